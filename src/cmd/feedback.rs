//! `leadgap feedback`: the 360 view of each person in a set of answer files.

use std::io::Write;

use super::Context;
use crate::cli::{FeedbackArgs, PlanFormat};
use crate::error::{Error, Exit, Result};
use crate::feedback::{Feedback, Rating, by_subject, feedback};
use crate::render::{json, markdown, table};

pub fn run(ctx: &Context, args: &FeedbackArgs, out: &mut dyn Write) -> Result<Exit> {
    let set = ctx.rubrics()?;
    let (scored, exit) = ctx.score_all(&set, &args.answers)?;
    // A file named twice (a directory and a file in it) counts once; a file about no one
    // cannot be set beside anyone's view.
    let mut seen = std::collections::HashSet::new();
    let (mut twice, mut nameless) = (0, 0);
    let kept: Vec<_> = scored
        .iter()
        .filter(|s| {
            let new = seen.insert(crate::batch::source_key(&s.file));
            twice += usize::from(!new);
            new
        })
        .filter(|s| {
            nameless += usize::from(s.sheet.subject.is_none());
            s.sheet.subject.is_some()
        })
        .filter(|s| args.subject.is_none() || s.sheet.subject.as_deref() == args.subject.as_deref())
        .collect();
    if twice > 0 {
        ctx.warn(crate::t!("feedback-named-twice", count = twice));
    }
    if nameless > 0 {
        ctx.warn(crate::t!("feedback-nameless", count = nameless));
    }
    let views: Vec<Feedback> = by_subject(kept.iter().map(|s| (s.sheet.subject.as_deref(), s)))
        .into_iter()
        .map(|(subject, files)| {
            let ratings: Vec<Rating<'_>> = files
                .iter()
                .map(|s| Rating {
                    rater: s.sheet.rater,
                    scores: &s.scores,
                })
                .collect();
            let mut view = feedback(subject, &ratings, args.gap);
            view.set_comments(files.iter().map(|s| (s.sheet.rater, &s.sheet.comments)));
            view
        })
        .collect();
    if views.is_empty() {
        if let (Some(name), Exit::Success) = (&args.subject, exit) {
            return Err(Error::NotFound(crate::t!(
                "feedback-nobody",
                subject = crate::text::clean(name)
            )));
        }
        ctx.warn(crate::t!("feedback-none-scored"));
        return Ok(if exit == Exit::Success {
            Exit::NoInput
        } else {
            exit
        });
    }
    match args.format {
        PlanFormat::Json => json::pretty(out, &views).map_err(Error::stdout)?,
        PlanFormat::Table | PlanFormat::Markdown => {
            for (i, view) in views.iter().enumerate() {
                if args.format == PlanFormat::Table {
                    if i > 0 {
                        writeln!(out).map_err(Error::stdout)?;
                    }
                    table::feedback(out, &set, view, ctx.look).map_err(Error::stdout)?;
                } else {
                    if i > 0 {
                        writeln!(out, "\n---\n").map_err(Error::stdout)?;
                    }
                    markdown::feedback(out, &set, view, 2).map_err(Error::stdout)?;
                }
            }
        }
    }
    Ok(exit)
}
