//! CSV in long, tidy form: one row per file and dimension, or per file and plan action.
//! Rows of one file are rendered on their own (on a worker thread); the header is written
//! once, first.

use std::io::{self, Write};

use super::Scored;
use crate::score::Status;

const DIMENSION_COLUMNS: [&str; 15] = [
    "file",
    "subject",
    "rater",
    "rubric",
    "dimension",
    "kind",
    "status",
    "answered",
    "questions",
    "mean",
    "level",
    "gap",
    "severity",
    "active",
    "priority",
];

const PLAN_COLUMNS: [&str; 9] = [
    "file",
    "subject",
    "rater",
    "rank",
    "action",
    "score",
    "horizon",
    "addresses",
    "primary",
];

/// Keeps an I/O error an I/O error, so a closed pipe is still recognised as one.
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn opt<T: ToString>(x: Option<T>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

/// The header line, with its line end.
pub fn header(plan: bool) -> String {
    let columns: &[&str] = if plan {
        &PLAN_COLUMNS
    } else {
        &DIMENSION_COLUMNS
    };
    format!("{}\n", columns.join(","))
}

/// The rows of one scored file.
pub fn rows(out: &mut dyn Write, s: Scored<'_>, plan: bool) -> io::Result<()> {
    // Text with control characters is quoted, so no tool mistakes it for structure.
    let hostile = [s.file, s.sheet.subject.as_deref().unwrap_or("")]
        .iter()
        .any(|t| t.chars().any(crate::text::is_unsafe));
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .quote_style(if hostile {
            csv::QuoteStyle::Always
        } else {
            csv::QuoteStyle::Necessary
        })
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    let subject = s.sheet.subject.as_deref().unwrap_or("");
    let rater = s.sheet.rater.as_str();
    if plan {
        for (i, p) in s.scores.plan.iter().enumerate() {
            w.write_record([
                s.file,
                subject,
                rater,
                &(i + 1).to_string(),
                &p.id,
                &p.score.to_string(),
                &p.horizon.to_string(),
                &p.addresses.join(";"),
                p.primary.as_deref().unwrap_or(""),
            ])
            .map_err(io_error)?;
        }
    } else {
        for d in &s.scores.dimensions {
            w.write_record([
                s.file,
                subject,
                rater,
                &d.rubric,
                &d.id,
                d.kind.as_str(),
                match d.status {
                    Status::Scored => "scored",
                    Status::Insufficient => "insufficient",
                },
                &d.answered.to_string(),
                &d.questions.to_string(),
                &opt(d.mean),
                &opt(d.level),
                &opt(d.gap),
                &opt(d.severity),
                &opt(d.active),
                &opt(d.priority),
            ])
            .map_err(io_error)?;
        }
    }
    w.flush()
}

/// `cohort --format csv`: one row per dimension, or with `items` one per question.
pub fn cohort(out: &mut dyn Write, c: &crate::cohort::Cohort, items: bool) -> io::Result<()> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    if items {
        w.write_record([
            "rubric",
            "dimension",
            "question",
            "reverse",
            "n",
            "mean",
            "item_total",
        ])
        .map_err(io_error)?;
        for d in &c.dimensions {
            for i in &d.items {
                w.write_record([
                    d.rubric.as_str(),
                    &d.id,
                    &i.id,
                    &i.reverse.to_string(),
                    &i.n.to_string(),
                    &opt(i.mean),
                    &opt(i.item_total),
                ])
                .map_err(io_error)?;
            }
        }
        return w.flush();
    }
    w.write_record([
        "rubric",
        "dimension",
        "kind",
        "n",
        "mean",
        "sd",
        "min",
        "q1",
        "median",
        "q3",
        "max",
        "share",
        "alpha",
        "me_level",
        "me_percentile",
    ])
    .map_err(io_error)?;
    for d in &c.dimensions {
        let s = &d.level;
        w.write_record([
            d.rubric.as_str(),
            &d.id,
            d.kind.as_str(),
            &s.n.to_string(),
            &opt(s.mean),
            &opt(s.sd),
            &opt(s.min),
            &opt(s.q1),
            &opt(s.median),
            &opt(s.q3),
            &opt(s.max),
            &opt(d.share),
            &opt(d.alpha),
            &opt(d.me.and_then(|m| m.value)),
            &opt(d.me.and_then(|m| m.percentile)),
        ])
        .map_err(io_error)?;
    }
    w.flush()
}
