//! JSON and JSON Lines (SPEC section 4): full precision, one object per answer file.

use std::io::{self, Write};

use serde::Serialize;

use super::{Scored, action};
use crate::answers::Rater;
use crate::rubric::RubricSet;
use crate::score::DimensionScore;

#[derive(Serialize)]
struct FileJson<'a> {
    file: &'a str,
    subject: Option<&'a str>,
    rater: Rater,
    date: Option<&'a str>,
    rubrics: &'a [String],
    readiness: Option<f64>,
    barrier_load: Option<f64>,
    dimensions: &'a [DimensionScore],
    plan: Vec<PlanJson<'a>>,
}

#[derive(Serialize)]
struct PlanJson<'a> {
    id: &'a str,
    score: f64,
    horizon: u32,
    addresses: &'a [String],
    text: &'a str,
    done_when: &'a str,
}

#[derive(Serialize)]
struct ErrorJson<'a> {
    file: &'a str,
    error: &'a str,
}

fn file_json<'a>(set: &'a RubricSet, s: Scored<'a>) -> FileJson<'a> {
    FileJson {
        file: s.file,
        subject: s.sheet.subject.as_deref(),
        rater: s.sheet.rater,
        date: s.sheet.date.as_deref(),
        rubrics: &s.sheet.rubrics,
        readiness: s.scores.readiness,
        barrier_load: s.scores.barrier_load,
        dimensions: &s.scores.dimensions,
        plan: s
            .scores
            .plan
            .iter()
            .map(|p| {
                let a = action(set, &p.id);
                PlanJson {
                    id: &p.id,
                    score: p.score,
                    horizon: p.horizon,
                    addresses: &p.addresses,
                    text: a.map_or("", |a| &a.text),
                    done_when: a.map_or("", |a| &a.done_when),
                }
            })
            .collect(),
    }
}

/// The result of one file, pretty-printed without a final newline (an element of
/// `--format json`'s array).
pub fn pretty_value(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>) -> io::Result<()> {
    Ok(serde_json::to_writer_pretty(out, &file_json(set, s))?)
}

/// The failure of one file, pretty-printed without a final newline.
pub fn pretty_error(out: &mut dyn Write, file: &str, error: &str) -> io::Result<()> {
    Ok(serde_json::to_writer_pretty(
        out,
        &ErrorJson { file, error },
    )?)
}

/// One line of JSON Lines for a scored file.
pub fn line(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &file_json(set, s))?;
    out.write_all(b"\n")
}

/// One line of JSON Lines for a file that failed.
pub fn error_line(out: &mut dyn Write, file: &str, error: &str) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &ErrorJson { file, error })?;
    out.write_all(b"\n")
}

/// Any serialisable value, pretty-printed, with a final newline.
pub fn pretty(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}
