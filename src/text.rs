//! Making text from files safe to show in a terminal.
//!
//! Rubrics and answer files may come from anyone. Their text reaches tables, prompts and error
//! messages; a raw escape sequence there could clear the screen, retitle the window or reorder
//! what the reader sees. Everything printed for a person goes through [`clean`].

use std::borrow::Cow;
use std::fmt::Write;

/// Longest text shown for one value in terminal output; longer text is cut with `…`.
pub const MAX_SHOWN_CHARS: usize = 1000;

/// The Unicode bidirectional controls, which can reorder what is displayed.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters that must never reach a terminal raw: C0 and C1 controls, DEL, and the
/// bidirectional controls.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// How leadgap wraps prose for a terminal: by display width, at spaces, and never inside a
/// hyphenated word, so a date, an id or a flag stays whole (`2027-01-31`, not `2027-01-` then
/// `31`). A run with no spaces (Chinese) is broken where the width ends.
pub fn wrap_options<'a>(width: usize) -> textwrap::Options<'a> {
    textwrap::Options::new(width).word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// `text` wrapped by [`wrap_options`], one string with newlines.
pub fn fill(text: &str, width: usize) -> String {
    textwrap::fill(text, wrap_options(width))
}

/// `s` with unsafe characters shown as `\u{..}` escapes and newlines and tabs as spaces,
/// cut to [`MAX_SHOWN_CHARS`].
pub fn clean(s: &str) -> Cow<'_, str> {
    clean_with(s, false)
}

/// Like [`clean`], but keeps newlines (for multi-line messages).
pub fn clean_lines(s: &str) -> Cow<'_, str> {
    clean_with(s, true)
}

/// Like [`clean`], but a line too long to show loses its middle, not its end: an error's
/// reason ("File name too long") comes after the value that made it long.
pub fn clean_ends(s: &str) -> Cow<'_, str> {
    let n = s.chars().count();
    if n <= MAX_SHOWN_CHARS {
        return clean(s);
    }
    let half = MAX_SHOWN_CHARS / 2;
    let head: String = s.chars().take(half).collect();
    let tail: String = s.chars().skip(n - half).collect();
    Cow::Owned(format!("{} … {}", clean(&head), clean(&tail)))
}

/// A TOML basic string holding `s` exactly. A JSON string is one (the same escapes,
/// `\uXXXX` included) but for DEL, which TOML wants escaped and JSON leaves raw.
pub fn toml_string(s: &str) -> String {
    let json = serde_json::to_string(s).expect("a string serialises");
    if json.contains('\u{7f}') {
        json.replace('\u{7f}', "\\u007f")
    } else {
        json
    }
}

/// `s` as one word for a POSIX shell, for a hint to copy: as it is when plainly safe, else
/// in single quotes; cleaned first.
pub fn shell_word(s: &str) -> String {
    let s = clean(s);
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c))
    {
        s.into_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

fn clean_with(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let too_long = s.len() > MAX_SHOWN_CHARS && s.chars().nth(MAX_SHOWN_CHARS).is_some();
    if !too_long && !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len().min(MAX_SHOWN_CHARS * 2));
    for (i, c) in s.chars().enumerate() {
        if i == MAX_SHOWN_CHARS {
            out.push('…');
            break;
        }
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\n' | '\t' | '\r' => out.push(' '),
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_are_neutralised() {
        assert_eq!(clean("plain"), "plain");
        assert_eq!(clean("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(clean("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(clean("two\nlines"), "two lines");
        assert_eq!(clean_lines("two\nlines"), "two\nlines");
        assert!(!clean("\x1b]0;title\x07").contains(['\x1b', '\x07']));
    }

    #[test]
    fn a_long_error_keeps_its_end() {
        let line = format!("{}: File name too long", "x".repeat(50_000));
        let shown = clean_ends(&line);
        assert!(shown.ends_with("File name too long"), "{shown}");
        assert!(shown.chars().count() < MAX_SHOWN_CHARS + 10);
    }

    #[test]
    fn long_text_is_cut() {
        let long = "é".repeat(100_000);
        let shown = clean(&long);
        assert_eq!(shown.chars().count(), MAX_SHOWN_CHARS + 1);
        assert!(shown.ends_with('…'));
    }
}
