//! CSV in long, tidy form: one row per file and dimension, or per file and plan action.

use std::io::{self, Write};

use super::Scored;

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

const PLAN_COLUMNS: [&str; 8] = [
    "file",
    "subject",
    "rater",
    "rank",
    "action",
    "score",
    "horizon",
    "addresses",
];

/// Writes rows as results arrive; the header goes first, once.
pub struct CsvOut<W: Write> {
    writer: csv::Writer<W>,
    plan: bool,
    header_written: bool,
}

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

impl<W: Write> CsvOut<W> {
    pub fn new(out: W, plan: bool) -> Self {
        CsvOut {
            writer: csv::Writer::from_writer(out),
            plan,
            header_written: false,
        }
    }

    fn header(&mut self) -> csv::Result<()> {
        if !self.header_written {
            self.header_written = true;
            if self.plan {
                self.writer.write_record(PLAN_COLUMNS)?;
            } else {
                self.writer.write_record(DIMENSION_COLUMNS)?;
            }
        }
        Ok(())
    }

    pub fn write(&mut self, s: Scored<'_>) -> io::Result<()> {
        self.header().map_err(io_error)?;
        let subject = s.sheet.subject.as_deref().unwrap_or("");
        let rater = s.sheet.rater.as_str();
        let result = if self.plan {
            s.scores.plan.iter().enumerate().try_for_each(|(i, p)| {
                self.writer.write_record([
                    s.file,
                    subject,
                    rater,
                    &(i + 1).to_string(),
                    &p.id,
                    &p.score.to_string(),
                    &p.horizon.to_string(),
                    &p.addresses.join(";"),
                ])
            })
        } else {
            s.scores.dimensions.iter().try_for_each(|d| {
                self.writer.write_record([
                    s.file,
                    subject,
                    rater,
                    &d.rubric,
                    &d.id,
                    d.kind.as_str(),
                    match d.status {
                        crate::score::Status::Scored => "scored",
                        crate::score::Status::Insufficient => "insufficient",
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
            })
        };
        result.map_err(io_error)
    }

    /// Writes the header even when nothing was scored, then flushes.
    pub fn finish(mut self) -> io::Result<()> {
        self.header().map_err(io_error)?;
        self.writer.flush()
    }
}
