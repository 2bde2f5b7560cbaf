//! JSON and JSON Lines (SPEC section 4): full precision, one object per answer file.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::{Scored, action};
use crate::answers::Rater;
use crate::rubric::RubricSet;
use crate::score::DimensionScore;

/// JSON escapes the C0 controls itself; this also escapes DEL, the C1 controls (one of
/// which, U+009B, starts a terminal escape sequence) and the Unicode bidirectional controls,
/// so that JSON shown in a terminal can neither drive it nor reorder what a person sees.
fn write_safe_fragment<W: ?Sized + Write>(writer: &mut W, fragment: &str) -> io::Result<()> {
    // Printable ASCII, nearly every fragment, needs no look at its characters.
    // (serde_json has escaped the C0 controls before a fragment gets here).
    if fragment.is_ascii() && !fragment.as_bytes().contains(&0x7f) {
        return writer.write_all(fragment.as_bytes());
    }
    let mut rest = fragment;
    while let Some(i) = rest.find(crate::text::is_unsafe) {
        writer.write_all(&rest.as_bytes()[..i])?;
        let c = rest[i..].chars().next().expect("found a char");
        write!(writer, "\\u{:04x}", c as u32)?;
        rest = &rest[i + c.len_utf8()..];
    }
    writer.write_all(rest.as_bytes())
}

/// Compact JSON with bidirectional controls escaped.
struct SafeCompact;

impl Formatter for SafeCompact {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        write_safe_fragment(writer, fragment)
    }
}

/// Pretty JSON with bidirectional controls escaped.
struct SafePretty(PrettyFormatter<'static>);

impl Formatter for SafePretty {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        write_safe_fragment(writer, fragment)
    }
}

fn compact(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    // Into a buffer of a known type first: serde's many small writes then inline, instead
    // of each going through `dyn Write`.
    let mut buf = Vec::with_capacity(8 * 1024);
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, SafeCompact);
    value.serialize(&mut ser)?;
    out.write_all(&buf)
}

fn pretty_no_newline(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, SafePretty(PrettyFormatter::new()));
    Ok(value.serialize(&mut ser)?)
}

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
    pretty_no_newline(out, &file_json(set, s))
}

/// The failure of one file, pretty-printed without a final newline.
pub fn pretty_error(out: &mut dyn Write, file: &str, error: &str) -> io::Result<()> {
    pretty_no_newline(out, &ErrorJson { file, error })
}

/// One line of JSON Lines for a scored file.
pub fn line(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>) -> io::Result<()> {
    compact(out, &file_json(set, s))?;
    out.write_all(b"\n")
}

/// One line of JSON Lines for a file that failed.
pub fn error_line(out: &mut dyn Write, file: &str, error: &str) -> io::Result<()> {
    compact(out, &ErrorJson { file, error })?;
    out.write_all(b"\n")
}

/// Any serialisable value, pretty-printed, with a final newline.
pub fn pretty(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    pretty_no_newline(out, value)?;
    out.write_all(b"\n")
}
