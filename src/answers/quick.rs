//! A quick reader for answer files of the usual shape: comments, `key = value` lines with
//! bare keys, integers, plain strings, one-line arrays of strings, a date, and one
//! `[answers]` table; what `leadgap template` writes and what forms and scripts produce.
//!
//! It builds the same [`Draft`] the general TOML reader does, with the same places, without
//! building a document first. Anything else (another table, a quoted or dotted key, escapes,
//! a float, a multi-line value, a mistake of any kind) makes it give up and the general
//! reader takes over, so every error message and its place are the general reader's. A
//! property test holds the two readers together.

use toml::Value;

use super::Draft;
use crate::error::Loc;

/// The draft of `text`, or `None` when the text is not of the usual shape.
pub fn read(text: &str) -> Option<Draft> {
    // Control characters other than tab and newline (a carriage return included) are for the
    // general reader to report.
    if text
        .bytes()
        .any(|b| (b < 0x20 && b != b'\t' && b != b'\n') || b == 0x7f)
    {
        return None;
    }
    let mut draft = Draft::default();
    let mut answers: Option<Vec<(String, Value, Option<Loc>)>> = None;
    let mut seen_top: [bool; 4] = [false; 4];
    for (n, line) in text.split('\n').enumerate() {
        let number = n + 1;
        let body = line.trim_start_matches([' ', '\t']);
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        if let Some(rest) = body.strip_prefix('[') {
            if answers.is_some() || !end_of_line(rest.strip_prefix("answers]")?) {
                return None;
            }
            answers = Some(Vec::with_capacity(128));
            continue;
        }
        let key_len = body
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-')
            .count();
        if key_len == 0 {
            return None;
        }
        let key = &body[..key_len];
        let after_key = body[key_len..].trim_start_matches([' ', '\t']);
        let value_text = after_key.strip_prefix('=')?.trim_start_matches([' ', '\t']);
        let offset = line.len() - value_text.len();
        let at = Some(Loc {
            line: number,
            col: line[..offset].chars().count() + 1,
        });
        match &mut answers {
            Some(list) => {
                let (value, rest) = scalar(value_text)?;
                if !end_of_line(rest) {
                    return None;
                }
                list.push((key.to_string(), value, at));
            }
            None => {
                let slot = ["rubrics", "subject", "rater", "date"]
                    .iter()
                    .position(|k| *k == key)?;
                if std::mem::replace(&mut seen_top[slot], true) {
                    return None;
                }
                let rest = match slot {
                    0 => {
                        let (ids, rest) = string_array(value_text, line, number)?;
                        draft.rubrics = Some(ids);
                        rest
                    }
                    1 | 2 => {
                        let (s, rest) = string(value_text)?;
                        if slot == 1 {
                            draft.subject = Some(s.to_string());
                        } else {
                            draft.rater = Some((s.to_string(), at));
                        }
                        rest
                    }
                    _ => {
                        let (date, rest) = date(value_text)?;
                        draft.date = Some(date);
                        rest
                    }
                };
                if !end_of_line(rest) {
                    return None;
                }
            }
        }
    }
    if let Some(list) = &mut answers {
        // The general reader yields answers in key order, and a key twice is its error.
        list.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        if list.windows(2).any(|w| w[0].0 == w[1].0) {
            return None;
        }
    }
    draft.answers = answers;
    Some(draft)
}

/// What may follow a value: white space, then nothing or a comment.
fn end_of_line(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.is_empty() || rest.starts_with('#')
}

/// An answer: a decimal integer as TOML writes it (no leading zeros, no underscores) or a
/// plain string.
fn scalar(text: &str) -> Option<(Value, &str)> {
    if text.starts_with('"') {
        let (s, rest) = string(text)?;
        return Some((Value::String(s.to_string()), rest));
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let digits = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 18 || (digits > 1 && unsigned.starts_with('0')) {
        return None;
    }
    let end = text.len() - unsigned.len() + digits;
    let rest = &text[end..];
    // `1.5`, `1e3`, `1_000`, `12:00`, `2026-01-01` and the like are for the general reader.
    if rest.starts_with(|c: char| !matches!(c, ' ' | '\t' | '#')) {
        return None;
    }
    let n: i64 = text[..end].parse().ok()?;
    Some((Value::Integer(n), rest))
}

/// A basic string with no escapes: its content and what follows it.
fn string(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix('"')?;
    let close = inner.find(['"', '\\'])?;
    if inner.as_bytes()[close] != b'"' || inner[close + 1..].starts_with('"') {
        return None;
    }
    Some((&inner[..close], &inner[close + 1..]))
}

/// A one-line array of plain strings, each with its place.
#[allow(clippy::type_complexity)]
fn string_array<'a>(
    text: &'a str,
    line: &str,
    number: usize,
) -> Option<(Vec<(String, Option<Loc>)>, &'a str)> {
    let mut rest = text.strip_prefix('[')?;
    let mut items = Vec::new();
    loop {
        rest = rest.trim_start_matches([' ', '\t']);
        if let Some(after) = rest.strip_prefix(']') {
            return Some((items, after));
        }
        let offset = line.len() - rest.len();
        let (s, after) = string(rest)?;
        items.push((
            s.to_string(),
            Some(Loc {
                line: number,
                col: line[..offset].chars().count() + 1,
            }),
        ));
        rest = after.trim_start_matches([' ', '\t']);
        if let Some(after) = rest.strip_prefix(',') {
            rest = after;
        } else if !rest.starts_with(']') {
            return None;
        }
    }
}

/// A local date, `YYYY-MM-DD`, as the general reader writes it back.
fn date(text: &str) -> Option<(String, &str)> {
    let token = text.get(..10)?;
    let rest = &text[10..];
    let shape = token.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    });
    if !shape || rest.starts_with(|c: char| !matches!(c, ' ' | '\t' | '#')) {
        return None;
    }
    let parsed: toml::value::Datetime = token.parse().ok()?;
    (parsed.date.is_some() && parsed.time.is_none()).then(|| (parsed.to_string(), rest))
}
