//! Reading the store back: `history`, `plan` and `compare`.

use std::io::Write;

use serde::Serialize;

use super::Context;
use crate::answers::Rater;
use crate::cli::{CompareArgs, HistoryArgs, ListFormat, PlanFormat};
use crate::error::{Error, Result};
use crate::render::{json, markdown, table};
use crate::store::{Assessment, RubricRef};

/// Every readable assessment of the chosen store; damaged files are reported and skipped.
pub(super) fn assessments(ctx: &Context) -> Result<Vec<Assessment>> {
    assessments_in(ctx, &ctx.store()?)
}

/// Every readable assessment of `store`; damaged files are reported and skipped.
pub(super) fn assessments_in(
    ctx: &Context,
    store: &crate::store::Store,
) -> Result<Vec<Assessment>> {
    let (list, damaged) = store.list()?;
    for d in damaged {
        ctx.warn(crate::t!(
            "saved-damaged",
            path = d.path.display().to_string(),
            reason = d.reason.as_str()
        ));
    }
    Ok(list)
}

/// "Jane Doe's self-assessment", "a coach's view of Jane Doe", for a sentence.
fn view(a: &Assessment) -> String {
    let who = match a.subject.as_deref() {
        Some(s) => crate::text::clean(s).into_owned(),
        None => crate::t!("saved-someone"),
    };
    match a.rater {
        Rater::Myself => crate::t!("saved-self-view", who = who),
        r => crate::t!(
            "saved-other-view",
            rater = crate::render::rater_name(r),
            who = who
        ),
    }
}

pub(super) fn nothing_saved(ctx: &Context) -> Error {
    let (assess, score) = (ctx.leadgap("assess"), ctx.leadgap("score FILE --save"));
    Error::NotFound(match &ctx.client {
        Some(c) => crate::t!(
            "saved-none-for-client",
            client = c.as_str(),
            assess = assess,
            score = score
        ),
        None => crate::t!("saved-none", assess = assess, score = score),
    })
}

/// `latest`, or an id as `history` lists it.
pub(super) fn pick<'a>(ctx: &Context, list: &'a [Assessment], id: &str) -> Result<&'a Assessment> {
    if list.is_empty() {
        return Err(nothing_saved(ctx));
    }
    if id == "latest" {
        return Ok(list.last().expect("not empty"));
    }
    list.iter().find(|a| a.id == id).ok_or_else(|| {
        Error::NotFound(crate::t!(
            "saved-no-such",
            id = crate::text::clean(id),
            history = ctx.leadgap("history")
        ))
    })
}

#[derive(Serialize)]
struct HistoryEntry<'a> {
    id: &'a str,
    created: &'a str,
    date: Option<&'a str>,
    client: Option<&'a str>,
    subject: Option<&'a str>,
    rater: Rater,
    source: &'a str,
    rubrics: &'a [RubricRef],
    readiness: Option<f64>,
    barrier_load: Option<f64>,
}

pub fn history(ctx: &Context, args: &HistoryArgs, out: &mut dyn Write) -> Result<()> {
    let list = assessments(ctx)?;
    match args.format {
        ListFormat::Table => {
            if list.is_empty() {
                ctx.say(nothing_saved(ctx));
                return Ok(());
            }
            table::history(out, &list, ctx.look)
        }
        ListFormat::Json => {
            let entries: Vec<_> = list
                .iter()
                .map(|a| HistoryEntry {
                    id: &a.id,
                    created: &a.created,
                    date: a.date.as_deref(),
                    client: a.client.as_deref(),
                    subject: a.subject.as_deref(),
                    rater: a.rater,
                    source: &a.source,
                    rubrics: &a.rubrics,
                    readiness: a.readiness,
                    barrier_load: a.barrier_load,
                })
                .collect();
            json::pretty(out, &entries)
        }
    }
    .map_err(Error::stdout)
}

/// `plan ID`: a saved assessment's plan as it was made.
pub fn plan(
    ctx: &Context,
    id: &str,
    top: usize,
    format: PlanFormat,
    out: &mut dyn Write,
) -> Result<()> {
    let list = assessments(ctx)?;
    let a = pick(ctx, &list, id)?;
    match format {
        PlanFormat::Table => table::saved_plan(out, a, top, ctx.look),
        PlanFormat::Markdown => markdown::saved_plan(out, a, top),
        PlanFormat::Json => {
            #[derive(Serialize)]
            struct PlanJson<'a> {
                id: &'a str,
                subject: Option<&'a str>,
                rater: Rater,
                date: Option<&'a str>,
                readiness: Option<f64>,
                barrier_load: Option<f64>,
                plan: Vec<&'a crate::store::KeptAction>,
            }
            json::pretty(
                out,
                &PlanJson {
                    id: &a.id,
                    subject: a.subject.as_deref(),
                    rater: a.rater,
                    date: a.date.as_deref(),
                    readiness: a.readiness,
                    barrier_load: a.barrier_load,
                    plan: a.plan_of(top).collect(),
                },
            )
        }
    }
    .map_err(Error::stdout)
}

pub fn compare(ctx: &Context, args: &CompareArgs, out: &mut dyn Write) -> Result<()> {
    let list = assessments(ctx)?;
    let (before, after) = match (&args.before, &args.after) {
        (Some(a), Some(b)) => (pick(ctx, &list, a)?, pick(ctx, &list, b)?),
        (Some(a), None) => (pick(ctx, &list, a)?, pick(ctx, &list, "latest")?),
        _ => {
            if list.is_empty() {
                return Err(nothing_saved(ctx));
            }
            if list.len() < 2 {
                return Err(Error::NotFound(crate::t!(
                    "saved-compare-one",
                    assess = ctx.leadgap("assess")
                )));
            }
            (&list[list.len() - 2], &list[list.len() - 1])
        }
    };
    if before.rater != after.rater || before.subject != after.subject {
        ctx.warn(crate::t!(
            "saved-compare-views",
            before = view(before),
            after = view(after)
        ));
    }
    let set = ctx.rubrics()?;
    let mut c = crate::compare::compare(before, after, args.top);
    c.done = crate::tracking::done_between(&super::plan::record_of_part(ctx), &list, &c);
    match args.format {
        PlanFormat::Table => table::comparison(out, &set, &c, ctx.look),
        PlanFormat::Markdown => markdown::comparison(out, &set, &c),
        PlanFormat::Json => json::pretty(out, &c),
    }
    .map_err(Error::stdout)
}
