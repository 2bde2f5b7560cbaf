//! `leadgap report`: a saved assessment or an answer file written up as Markdown or HTML,
//! with the change since the person's previous assessment and the 360 view where others
//! have rated them.

use std::io::Write;
use std::path::Path;

use super::Context;
use crate::answers::Rater;
use crate::cli::{AnswerInputs, AnswersFormat, ReportArgs, ReportFormat};
use crate::error::{Error, Exit, Result};
use crate::feedback::{DEFAULT_GAP, Rating, feedback};
use crate::render::report::{self, Report};
use crate::store::Assessment;

/// Whether the argument names an answer file rather than a saved assessment.
fn is_file(source: &str) -> bool {
    source == "-"
        || source.ends_with(".toml")
        || source.contains(['/', '\\'])
        || Path::new(source).is_file()
}

pub fn run(ctx: &Context, args: &ReportArgs, out: &mut dyn Write) -> Result<Exit> {
    let set = ctx.rubrics()?;
    let format = match args.format {
        Some(f) => f,
        None => {
            let ext = args
                .output
                .as_deref()
                .filter(|p| p.as_os_str() != "-")
                .and_then(Path::extension)
                .map(|x| x.to_string_lossy().to_ascii_lowercase());
            match ext.as_deref() {
                Some("html" | "htm") => ReportFormat::Html,
                None | Some("md" | "markdown" | "txt") => ReportFormat::Markdown,
                Some(other) => {
                    return Err(Error::Usage(crate::t!(
                        "saved-report-format",
                        ext = crate::text::clean(other)
                    )));
                }
            }
        }
    };
    // The store is optional for a file: without one there is simply no history.
    let saved = if is_file(&args.source) {
        ctx.home()
            .ok()
            .filter(|home| home.exists())
            .map(|_| super::saved::assessments(ctx))
            .transpose()?
            .unwrap_or_default()
    } else {
        super::saved::assessments(ctx)?
    };

    let mut exit = Exit::Success;
    let from_file;
    let a: &Assessment = if is_file(&args.source) {
        let s = crate::batch::score_one(&set, Path::new(&args.source), usize::MAX)?;
        from_file = Assessment::new(
            &set,
            &s.sheet,
            &s.scores,
            ctx.client.as_deref(),
            &s.file,
            jiff::Timestamp::now().to_string(),
        );
        &from_file
    } else if args.source == "latest" {
        // The person's own latest view, when there is one.
        match saved.iter().rev().find(|a| a.rater == Rater::Myself) {
            Some(a) => a,
            None => super::saved::pick(ctx, &saved, "latest")?,
        }
    } else {
        super::saved::pick(ctx, &saved, &args.source)?
    };

    // The previous assessment: the latest saved one of the same person by the same rater
    // from before this one (the store lists them by date, then by saving time), not the same
    // answers saved again, and not one dated later; one of the same day counts.
    let before = saved
        .iter()
        .position(|b| b.id == a.id)
        .unwrap_or(saved.len());
    let previous = saved[..before].iter().rev().find(|b| {
        a.subject.is_some()
            && b.subject == a.subject
            && b.rater == a.rater
            && b.answers != a.answers
            && match (&b.date, &a.date) {
                (Some(then), Some(now)) => then <= now,
                _ => true,
            }
    });
    let record = super::plan::record_of_part(ctx);
    let change = previous.map(|p| {
        let mut c = crate::compare::compare(p, a, args.top);
        c.done = crate::tracking::done_between(&record, &saved, &c);
        c
    });
    // What has been done of the plan, when this is the assessment the current plan is of
    // and something has been recorded of it.
    let progress = crate::tracking::current(&saved, &record, args.top, ctx.today())
        .filter(|p| !is_file(&args.source) && p.assessment == a.id)
        .filter(|p| p.items.iter().any(|i| i.track.is_some() || i.own));

    // Others' views of a self-assessment: saved assessments of the same subject by other
    // raters, then --feedback files. Each answer file counts once, at its latest: one
    // peer saved three times must not make a group of three.
    type Other<'s> = (
        String,
        Rater,
        crate::score::Scores<'s>,
        crate::comments::Comments,
    );
    let mut others: Vec<Other<'_>> = Vec::new();
    let mut add = |key: String, rater: Rater, scores, comments| {
        others.retain(|(k, ..)| *k != key);
        others.push((key, rater, scores, comments));
    };
    let same_person = |subject: &Option<String>| a.subject.is_some() && *subject == a.subject;
    if a.rater == Rater::Myself {
        for b in saved
            .iter()
            .filter(|b| same_person(&b.subject) && b.rater != Rater::Myself)
        {
            let key = if b.source == "assess" {
                b.id.clone()
            } else {
                crate::batch::source_key(&b.source)
            };
            add(key, b.rater, b.scores(0), b.comments.clone());
        }
    }
    if !args.feedback.is_empty() && a.rater != Rater::Myself {
        ctx.warn(crate::t!("saved-report-feedback-not-self"));
    } else if !args.feedback.is_empty() {
        let inputs = AnswerInputs {
            inputs: args.feedback.clone(),
            answers_format: AnswersFormat::Toml,
            ignore_columns: Vec::new(),
        };
        let (scored, bad) = ctx.score_all(&set, &inputs)?;
        if bad != Exit::Success {
            exit = bad;
        }
        let mut skipped = 0;
        for s in scored {
            if same_person(&s.sheet.subject) && s.sheet.rater != Rater::Myself {
                add(
                    crate::batch::source_key(&s.file),
                    s.sheet.rater,
                    s.scores,
                    s.sheet.comments,
                );
            } else {
                skipped += 1;
            }
        }
        if skipped > 0 {
            ctx.warn(crate::t!("saved-report-feedback-skipped", count = skipped));
        }
    }
    let others: Vec<(Rater, crate::score::Scores, crate::comments::Comments)> =
        others.into_iter().map(|(_, r, s, c)| (r, s, c)).collect();
    let own = a.scores(0);
    let view = (!others.is_empty()).then(|| {
        let mut ratings = vec![Rating {
            rater: Rater::Myself,
            scores: &own,
        }];
        ratings.extend(others.iter().map(|(rater, scores, _)| Rating {
            rater: *rater,
            scores,
        }));
        let mut view = feedback(a.subject.as_deref(), &ratings, DEFAULT_GAP);
        view.set_comments(others.iter().map(|(rater, _, comments)| (*rater, comments)));
        view
    });

    let r = Report {
        assessment: a,
        change: change.as_ref(),
        feedback: view.as_ref(),
        top: args.top,
        progress: progress.as_ref(),
    };
    let mut bytes = Vec::new();
    match format {
        ReportFormat::Markdown => report::markdown(&mut bytes, &set, r),
        ReportFormat::Html => crate::render::report_html::html(&mut bytes, &set, r),
    }
    .map_err(|e| Error::Internal(e.into()))?;
    match &args.output {
        Some(path) if path.as_os_str() == "-" => out.write_all(&bytes).map_err(Error::stdout)?,
        Some(path) => {
            crate::files::write_named(path, &bytes).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            ctx.say(crate::t!("saved-wrote", path = path.display().to_string()));
        }
        None => out.write_all(&bytes).map_err(Error::stdout)?,
    }
    Ok(exit)
}
