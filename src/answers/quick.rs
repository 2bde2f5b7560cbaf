//! A quick reader for answer files of the usual shape that are right: comments, `key = value`
//! lines with bare keys, integers, plain strings, one-line arrays of strings, a date, and one
//! `[answers]` table; what `leadgap template` writes and what forms and scripts produce.
//!
//! It goes from the text straight to the [`AnswerSheet`], with no TOML document, no draft and
//! no string for each answer. It never reports a problem: anything else (another table, a
//! quoted or dotted key, escapes, a float, a multi-line value, a question not in the rubrics,
//! a value off the scale, a mistake of any kind) makes it give up, and the general reader and
//! [`super::check`] take over, so every error message and its place are theirs. A property
//! test holds the two paths together.

use super::{Answer, AnswerSheet, Answers};
use crate::rater::Rater;
use crate::rubric::{DEFAULT_RUBRICS, RubricSet};

/// The sheet of `text` checked against `set`, or `None` when the text is not of the usual
/// shape or not right.
pub fn sheet(text: &str, set: &RubricSet) -> Option<AnswerSheet> {
    // Control characters other than tab and newline (a carriage return included) are for the
    // general reader to report.
    // Every byte looked at, without an early exit, so the check runs on whole words.
    if text.bytes().fold(false, |bad, b| {
        bad | ((b < 0x20) & (b != b'\t') & (b != b'\n')) | (b == 0x7f)
    }) {
        return None;
    }
    let mut rubrics: Option<Vec<String>> = None;
    let mut subject = None;
    let mut rater = None;
    let mut date = None;
    // Which of the set's rubrics the answers may come from, once `[answers]` has begun.
    let mut covered: Option<Vec<bool>> = None;
    let mut answers: Vec<(usize, Answer)> = Vec::new();
    let mut unread = text;
    while !unread.is_empty() {
        // Lines are short: a byte loop finds their end sooner than a searcher.
        let end = unread
            .bytes()
            .position(|b| b == b'\n')
            .unwrap_or(unread.len());
        let line = &unread[..end];
        unread = unread.get(end + 1..).unwrap_or("");
        let body = blank(line);
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        if let Some(rest) = body.strip_prefix('[') {
            if covered.is_some() || !end_of_line(rest.strip_prefix("answers]")?) {
                return None;
            }
            let ids = rubrics
                .get_or_insert_with(|| DEFAULT_RUBRICS.iter().map(|s| s.to_string()).collect());
            let mut open = vec![false; set.rubrics.len()];
            for id in ids.iter() {
                let r = set.index_of(id)?;
                // A rubric named twice is for the checks to report.
                if std::mem::replace(&mut open[r], true) {
                    return None;
                }
            }
            covered = Some(open);
            answers.reserve(set.question_total().min(128));
            continue;
        }
        let key_len = body
            .bytes()
            .position(|b| !BARE_KEY[usize::from(b)])
            .unwrap_or(body.len());
        if key_len == 0 {
            return None;
        }
        let key = &body[..key_len];
        let after_key = blank(&body[key_len..]);
        let value_text = blank(after_key.strip_prefix('=')?);
        let rest = match &covered {
            Some(covered) => {
                let q = set.question(key).filter(|q| covered[q.rubric])?;
                let (answer, rest) = scalar(value_text)?;
                if let Answer::Value(v) = answer
                    && !set.rubrics[q.rubric].scale.contains(v)
                {
                    return None;
                }
                answers.push((q.number, answer));
                rest
            }
            None => match key {
                "rubrics" if rubrics.is_none() => {
                    let (ids, rest) = string_array(value_text)?;
                    if ids.is_empty() {
                        return None;
                    }
                    rubrics = Some(ids);
                    rest
                }
                "subject" if subject.is_none() => {
                    let (s, rest) = string(value_text)?;
                    subject = Some(s.to_string());
                    rest
                }
                "rater" if rater.is_none() => {
                    let (s, rest) = string(value_text)?;
                    rater = Some(s.parse::<Rater>().ok()?);
                    rest
                }
                "date" if date.is_none() => {
                    let (d, rest) = self::date(value_text)?;
                    date = Some(d);
                    rest
                }
                _ => return None,
            },
        };
        if !end_of_line(rest) {
            return None;
        }
    }
    covered?;
    // A question answered twice is the general reader's error.
    answers.sort_unstable_by_key(|&(n, _)| n);
    if answers.windows(2).any(|w| w[0].0 == w[1].0) {
        return None;
    }
    Some(AnswerSheet {
        rubrics: rubrics?,
        subject,
        rater: rater.unwrap_or(Rater::Myself),
        date,
        answers: Answers::sorted(answers),
        comments: Default::default(),
    })
}

/// The bytes of a bare key: `A`-`Z`, `a`-`z`, `0`-`9`, `_` and `-`.
const BARE_KEY: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(b as u8, b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-');
        b += 1;
    }
    table
};

/// `text` without the spaces and tabs it starts with.
fn blank(text: &str) -> &str {
    let n = text
        .bytes()
        .take_while(|b| *b == b' ' || *b == b'\t')
        .count();
    &text[n..]
}

/// What may follow a value: white space, then nothing or a comment.
fn end_of_line(rest: &str) -> bool {
    let rest = blank(rest);
    rest.is_empty() || rest.starts_with('#')
}

/// An answer: a decimal integer as TOML writes it (no leading zeros, no underscores) or
/// `"skip"`.
fn scalar(text: &str) -> Option<(Answer, &str)> {
    if text.starts_with('"') {
        let (s, rest) = string(text)?;
        return (s == "skip").then_some((Answer::Skip, rest));
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
    // At most 18 digits: no overflow.
    let n = unsigned.as_bytes()[..digits]
        .iter()
        .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    Some((
        Answer::Value(if text.starts_with('-') { -n } else { n }),
        rest,
    ))
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

/// A one-line array of plain strings.
fn string_array(text: &str) -> Option<(Vec<String>, &str)> {
    let mut rest = text.strip_prefix('[')?;
    let mut items = Vec::new();
    loop {
        rest = blank(rest);
        if let Some(after) = rest.strip_prefix(']') {
            return Some((items, after));
        }
        let (s, after) = string(rest)?;
        items.push(s.to_string());
        rest = blank(after);
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
