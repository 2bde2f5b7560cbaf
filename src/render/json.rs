//! JSON and JSON Lines (SPEC section 4): full precision, one object per answer file.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::Scored;
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

/// One scored file in JSON; [`line`] writes the same object by hand.
#[derive(Serialize)]
struct FileJson<'a> {
    file: &'a str,
    subject: Option<&'a str>,
    rater: Rater,
    date: Option<&'a str>,
    rubrics: &'a [String],
    readiness: Option<f64>,
    barrier_load: Option<f64>,
    by_rubric: &'a [crate::score::RubricFigure<'a>],
    dimensions: &'a [DimensionScore<'a>],
    plan: Vec<PlanJson<'a>>,
}

#[derive(Serialize)]
struct PlanJson<'a> {
    id: &'a str,
    score: f64,
    horizon: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    primary: Option<&'a str>,
    addresses: &'a [std::borrow::Cow<'a, str>],
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
        by_rubric: &s.scores.by_rubric,
        dimensions: &s.scores.dimensions,
        plan: s
            .scores
            .plan
            .iter()
            .map(|p| {
                let a = set.action(&p.id);
                PlanJson {
                    id: &p.id,
                    score: p.score,
                    horizon: p.horizon,
                    primary: p.primary.as_deref(),
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
///
/// The same bytes as serde would write for [`FileJson`] (a test holds the two together),
/// but the dimensions, most of the line, are written directly: their keys are fixed and
/// their ids checked rubric ids, so serde's per-key escaping machinery is not needed.
/// `score --format jsonl` over thousands of files spends much of its time here.
pub fn line(buf: &mut Vec<u8>, set: &RubricSet, s: Scored<'_>) -> io::Result<()> {
    let j = file_json(set, s);
    // About what the line takes (a dimension's object is under 300 bytes, a plan item's
    // under 200): one allocation rather than a dozen, and not much more than is used.
    buf.reserve(512 + 300 * j.dimensions.len() + 200 * j.plan.len());
    buf.extend_from_slice(b"{\"file\":");
    text(buf, j.file)?;
    buf.extend_from_slice(b",\"subject\":");
    maybe_text(buf, j.subject)?;
    buf.extend_from_slice(b",\"rater\":\"");
    buf.extend_from_slice(j.rater.as_str().as_bytes());
    buf.extend_from_slice(b"\",\"date\":");
    maybe_text(buf, j.date)?;
    buf.extend_from_slice(b",\"rubrics\":");
    list(buf, j.rubrics, |buf, r| id(buf, r))?;
    buf.extend_from_slice(b",\"readiness\":");
    number(buf, j.readiness)?;
    buf.extend_from_slice(b",\"barrier_load\":");
    number(buf, j.barrier_load)?;
    buf.extend_from_slice(b",\"by_rubric\":");
    list(buf, j.by_rubric, |buf, r| {
        buf.extend_from_slice(b"{\"id\":");
        id(buf, &r.id)?;
        buf.extend_from_slice(b",\"kind\":\"");
        buf.extend_from_slice(r.kind.as_str().as_bytes());
        buf.extend_from_slice(b"\",\"value\":");
        number(buf, r.value)?;
        buf.push(b'}');
        Ok(())
    })?;
    buf.extend_from_slice(b",\"dimensions\":");
    list(buf, j.dimensions, dimension)?;
    buf.extend_from_slice(b",\"plan\":");
    list(buf, &j.plan, plan_item)?;
    buf.extend_from_slice(b"}\n");
    Ok(())
}

/// A JSON array of `items`, each written by `each`.
fn list<T>(
    buf: &mut Vec<u8>,
    items: &[T],
    each: impl Fn(&mut Vec<u8>, &T) -> io::Result<()>,
) -> io::Result<()> {
    buf.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        each(buf, item)?;
    }
    buf.push(b']');
    Ok(())
}

/// Any value, as compact safe JSON.
fn value(buf: &mut Vec<u8>, v: &impl Serialize) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(&mut *buf, SafeCompact);
    Ok(v.serialize(&mut ser)?)
}

/// A number as serde_json writes it (its own formatter, zmij; `null` for what is not finite),
/// or `null`.
fn number(buf: &mut Vec<u8>, x: Option<f64>) -> io::Result<()> {
    match x {
        Some(x) if x.is_finite() => NUMBERS.with_borrow_mut(|numbers| numbers.write(buf, x)),
        _ => buf.extend_from_slice(b"null"),
    }
    Ok(())
}

thread_local! {
    static NUMBERS: std::cell::RefCell<Numbers> = const {
        std::cell::RefCell::new(Numbers([Slot { bits: 0, len: 0, text: [0; SLOT_BYTES] }; 256]))
    };
}

/// The longest number a slot keeps; zmij writes none longer (`-1.2345678901234567e-308`).
const SLOT_BYTES: usize = 24;

/// Numbers as zmij wrote them, by their bits, one slot for each of 256 hashes. A file's
/// hundred-odd numbers take few values (each dimension's mean is of a few answers on a short
/// scale, its level, gap and priority follow from it), so most are formatted once a thread.
struct Numbers([Slot; 256]);

#[derive(Clone, Copy)]
struct Slot {
    bits: u64,
    /// 0 for a slot not yet used.
    len: u8,
    text: [u8; SLOT_BYTES],
}

impl Numbers {
    fn write(&mut self, buf: &mut Vec<u8>, x: f64) {
        let bits = x.to_bits();
        let slot = &mut self.0[(bits.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize];
        if slot.len == 0 || slot.bits != bits {
            let mut formatter = zmij::Buffer::new();
            let text = formatter.format_finite(x).as_bytes();
            if text.len() > SLOT_BYTES {
                buf.extend_from_slice(text);
                return;
            }
            slot.text[..text.len()].copy_from_slice(text);
            slot.len = text.len() as u8;
            slot.bits = bits;
        }
        buf.extend_from_slice(&slot.text[..usize::from(slot.len)]);
    }
}

/// [`crate::rubric::is_id_byte`] for each byte, looked up rather than compared.
const ID_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = crate::rubric::is_id_byte(b as u8);
        b += 1;
    }
    table
};

/// A rubric or dimension id: written as it is when it is a checked id, else escaped.
fn id(buf: &mut Vec<u8>, id: &str) -> io::Result<()> {
    // Every byte looked up, without an early exit.
    if id.bytes().fold(true, |ok, b| ok & ID_BYTE[usize::from(b)]) {
        buf.push(b'"');
        buf.extend_from_slice(id.as_bytes());
        buf.push(b'"');
        Ok(())
    } else {
        value(buf, &id)
    }
}

/// A count in decimal, without the formatting machinery (it is called for every dimension).
fn count(buf: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[i..]);
}

/// Text from a rubric: written as it is when it is plain printable ASCII with nothing to
/// escape (most are), else escaped as everywhere.
fn text(buf: &mut Vec<u8>, s: &str) -> io::Result<()> {
    // As in `id`: every byte looked at, without an early exit.
    if s.bytes().fold(true, |ok, b| {
        ok & ((0x20..0x7f).contains(&b) & (b != b'"') & (b != b'\\'))
    }) {
        buf.push(b'"');
        buf.extend_from_slice(s.as_bytes());
        buf.push(b'"');
        Ok(())
    } else {
        value(buf, &s)
    }
}

/// A text, or `null`.
fn maybe_text(buf: &mut Vec<u8>, s: Option<&str>) -> io::Result<()> {
    match s {
        Some(s) => text(buf, s),
        None => {
            buf.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// One plan item's object, in [`PlanJson`]'s field order.
fn plan_item(buf: &mut Vec<u8>, p: &PlanJson<'_>) -> io::Result<()> {
    buf.extend_from_slice(b"{\"id\":");
    id(buf, p.id)?;
    buf.extend_from_slice(b",\"score\":");
    number(buf, Some(p.score))?;
    buf.extend_from_slice(b",\"horizon\":");
    count(buf, p.horizon as usize);
    if let Some(primary) = p.primary {
        buf.extend_from_slice(b",\"primary\":");
        id(buf, primary)?;
    }
    buf.extend_from_slice(b",\"addresses\":");
    list(buf, p.addresses, |buf, a| id(buf, a))?;
    buf.extend_from_slice(b",\"text\":");
    text(buf, p.text)?;
    buf.extend_from_slice(b",\"done_when\":");
    text(buf, p.done_when)?;
    buf.push(b'}');
    Ok(())
}

/// One dimension's object, in [`DimensionScore`]'s field order.
fn dimension(buf: &mut Vec<u8>, d: &DimensionScore) -> io::Result<()> {
    buf.extend_from_slice(b"{\"id\":");
    id(buf, &d.id)?;
    buf.extend_from_slice(b",\"rubric\":");
    id(buf, &d.rubric)?;
    buf.extend_from_slice(b",\"kind\":\"");
    buf.extend_from_slice(d.kind.as_str().as_bytes());
    buf.extend_from_slice(match d.status {
        crate::score::Status::Scored => b"\",\"status\":\"scored\"".as_slice(),
        crate::score::Status::Insufficient => b"\",\"status\":\"insufficient\"".as_slice(),
    });
    buf.extend_from_slice(b",\"answered\":");
    count(buf, d.answered);
    buf.extend_from_slice(b",\"questions\":");
    count(buf, d.questions);
    for (key, x) in [
        (b",\"mean\":".as_slice(), d.mean),
        (b",\"level\":", d.level),
        (b",\"gap\":", d.gap),
        (b",\"severity\":", d.severity),
    ] {
        buf.extend_from_slice(key);
        number(buf, x)?;
    }
    buf.extend_from_slice(match d.active {
        Some(true) => b",\"active\":true".as_slice(),
        Some(false) => b",\"active\":false",
        None => b",\"active\":null",
    });
    buf.extend_from_slice(b",\"priority\":");
    number(buf, d.priority)?;
    buf.push(b'}');
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, AnswerSheet, Answers};
    use proptest::prelude::*;

    /// What serde writes for the same object: the reference for [`line`].
    fn by_serde(set: &RubricSet, s: Scored<'_>) -> String {
        let mut out = Vec::new();
        compact(&mut out, &file_json(set, s)).unwrap();
        out.push(b'\n');
        String::from_utf8(out).unwrap()
    }

    fn by_hand(set: &RubricSet, s: Scored<'_>) -> String {
        let mut out = Vec::new();
        line(&mut out, set, s).unwrap();
        String::from_utf8(out).unwrap()
    }

    proptest! {
        #[test]
        fn numbers_are_written_as_serde_writes_them(
            xs in proptest::collection::vec(
                prop_oneof![any::<f64>(), (0u32..64, 1u32..8).prop_map(|(a, b)| f64::from(a) / f64::from(b))],
                1..200,
            ),
        ) {
            // Twice each, so that both a slot filled and one looked up are seen, and over
            // more values than slots, so that values share slots.
            for x in xs.iter().chain(&xs) {
                let mut buf = Vec::new();
                number(&mut buf, Some(*x)).unwrap();
                prop_assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(x).unwrap());
            }
        }

        #[test]
        fn the_hand_written_line_is_what_serde_writes(
            values in proptest::collection::vec(proptest::option::of(1i64..=5), 66),
            subject in proptest::option::of("\\PC{0,12}|[\u{1b}\u{9b}\u{202e}\"\\\\]{1,4}"),
            rater in proptest::sample::select(Rater::ALL.to_vec()),
            dated in any::<bool>(),
            top in 0usize..8,
        ) {
            let set = RubricSet::builtin().unwrap();
            let ids: Vec<String> = set
                .rubrics
                .iter()
                .flat_map(|r| r.dimensions.iter())
                .flat_map(|d| d.questions.iter().map(|q| q.id.clone()))
                .collect();
            let sheet = AnswerSheet {
                rubrics: crate::rubric::DEFAULT_RUBRICS.iter().map(|s| s.to_string()).collect(),
                subject,
                rater,
                date: dated.then(|| "2026-11-23".to_string()),
                comments: Default::default(),
                answers: Answers::from_ids(
                    &set,
                    ids.iter()
                        .zip(&values)
                        .map(|(id, v)| (id.as_str(), v.map_or(Answer::Skip, Answer::Value))),
                ),
            };
            let scores = crate::score::score(&set, &sheet, top);
            let s = Scored { file: "dir/a \"b\".toml", sheet: &sheet, scores: &scores };
            prop_assert_eq!(by_hand(&set, s), by_serde(&set, s));
        }
    }
}
