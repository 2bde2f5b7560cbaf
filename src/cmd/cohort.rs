//! `leadgap cohort`: statistics of a group of answer files, and one person placed in it.

use std::io::Write;

use super::Context;
use crate::cli::{CohortArgs, CohortFormat};
use crate::cohort::{MeInput, Respondent, cohort};
use crate::error::{Error, Exit, Result};
use crate::render::{csv as csv_out, json, table};

pub fn run(ctx: &Context, args: &CohortArgs, out: &mut dyn Write) -> Result<Exit> {
    if args.items && args.format != CohortFormat::Csv {
        return Err(Error::Usage(crate::t!("cohort-items-needs-csv")));
    }
    let set = ctx.rubrics()?;
    let (scored, exit) = ctx.score_all(&set, &args.answers)?;
    let group: Vec<Respondent<'_>> = scored
        .iter()
        .filter(|s| args.raters.is_empty() || args.raters.contains(&s.sheet.rater))
        .map(|s| Respondent {
            sheet: &s.sheet,
            scores: &s.scores,
        })
        .collect();
    let me = args
        .me
        .as_deref()
        .map(|path| crate::batch::score_one(&set, path, 0))
        .transpose()?;
    if group.is_empty() {
        ctx.warn(if scored.is_empty() {
            crate::t!("cohort-none-scored")
        } else {
            crate::t!("cohort-none-by-raters")
        });
        return Ok(if exit == Exit::Success {
            Exit::NoInput
        } else {
            exit
        });
    }
    let c = cohort(
        &set,
        &group,
        me.as_ref().map(|m| MeInput {
            file: &m.file,
            person: Respondent {
                sheet: &m.sheet,
                scores: &m.scores,
            },
        }),
    );
    if me.is_some() && group.len() < crate::cohort::MIN_FOR_PERCENTILE {
        ctx.warn(crate::t!(
            "cohort-too-small",
            count = group.len(),
            min = crate::cohort::MIN_FOR_PERCENTILE
        ));
    }
    match args.format {
        CohortFormat::Table => table::cohort(out, &set, &c, ctx.look),
        CohortFormat::Json => json::pretty(out, &c),
        CohortFormat::Csv => csv_out::cohort(out, &c, args.items),
    }
    .map_err(Error::stdout)?;
    Ok(exit)
}
