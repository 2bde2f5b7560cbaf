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
        ctx.warn(format!(
            "skipping damaged file {}: {}",
            d.path.display(),
            d.reason
        ));
    }
    Ok(list)
}

/// "Jane Doe's self-assessment", "a coach's view of Jane Doe", for a sentence.
fn view(a: &Assessment) -> String {
    let who = crate::text::clean(a.subject.as_deref().unwrap_or("someone")).into_owned();
    match a.rater {
        Rater::Myself => format!("{who}'s self-assessment"),
        r => format!("a {r}'s view of {who}"),
    }
}

pub(super) fn nothing_saved(ctx: &Context) -> Error {
    let whose = match &ctx.client {
        Some(c) => format!(" for client `{c}`"),
        None => String::new(),
    };
    Error::NotFound(format!(
        "no saved assessments{whose} yet; run {}, or {}",
        ctx.leadgap("assess"),
        ctx.leadgap("score FILE --save")
    ))
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
        Error::NotFound(format!(
            "no saved assessment `{}`; {} lists them",
            crate::text::clean(id),
            ctx.leadgap("history")
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
                return Err(Error::NotFound(format!(
                    "compare needs two saved assessments and there is one; answer again in a \
                     few months with {}",
                    ctx.leadgap("assess")
                )));
            }
            (&list[list.len() - 2], &list[list.len() - 1])
        }
    };
    if before.rater != after.rater || before.subject != after.subject {
        ctx.warn(format!(
            "this compares {} with {}: a change may be the other view, not a change in the person",
            view(before),
            view(after)
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
