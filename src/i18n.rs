//! Messages in the reader's language (SPEC section 10), through Fluent.
//!
//! Every text leadgap writes for a person, other than a rubric's own texts, has a key in
//! `locales/<lang>.ftl`; the four files are compiled into the binary. Code asks for a message
//! with [`t!`](crate::t): `t!("error-no-input", path = p)`. Plurals and other forms are chosen by
//! Fluent from the arguments, so a count is passed as a number, never pre-formatted. Decimal
//! figures are formatted by leadgap before they are passed, so numbers read the same in every
//! language (SPEC 10: numbers never change).
//!
//! A language's file is not parsed whole: each message is parsed the first time it is asked
//! for (with the messages and terms it refers to), so a run that prints one line does not pay
//! for the hundreds it does not print. A test holds this to what the whole file gives.
//!
//! The language is set once, at start-up, by [`set`]; until then (in library tests, say) it is
//! English. A key the chosen language lacks falls back to English; `tests/languages.rs` fails
//! when any language lacks a key or any code asks for a key English does not have.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// The message files, in the order of [`Lang::ALL`].
pub const SOURCES: [(Lang, &str); 4] = [
    (Lang::En, include_str!("../locales/en.ftl")),
    (Lang::Es, include_str!("../locales/es.ftl")),
    (Lang::Vi, include_str!("../locales/vi.ftl")),
    (Lang::Zh, include_str!("../locales/zh.ftl")),
];

static CURRENT: AtomicU8 = AtomicU8::new(0);

type Bundle = FluentBundle<FluentResource>;

/// Each language's messages parsed so far, and the ids of the entries added.
static BUNDLES: PerLang<Mutex<(Bundle, rustc_hash::FxHashSet<String>)>> = PerLang::new();

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// Makes `lang` the language of every message from now on.
pub fn set(lang: Lang) {
    CURRENT.store(index(lang) as u8, Ordering::Relaxed);
}

/// The language messages are in.
pub fn current() -> Lang {
    Lang::ALL[usize::from(CURRENT.load(Ordering::Relaxed)) % Lang::ALL.len()]
}

/// The bundle of one language, parsed when first needed: a run that prints no message for a
/// person (`score --format jsonl`) never parses one.
/// An empty bundle for `lang`.
fn new_bundle(lang: Lang) -> Bundle {
    let id = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent's isolation marks would reach terminals and files as invisible characters.
    bundle.set_use_isolating(false);
    bundle
}

/// The text of entry `id` (a message, or a term when it starts with `-`) in a message file:
/// from its first line up to the next line that starts a new entry or a comment.
fn entry<'s>(source: &'s str, id: &str) -> Option<&'s str> {
    let mut at = 0;
    let start = loop {
        let line_start = at;
        let line = source[at..].split('\n').next()?;
        at += line.len() + 1;
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start_matches(' ').starts_with('=')
        {
            break line_start;
        }
        if at >= source.len() {
            return None;
        }
    };
    let mut end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i + 1);
    for line in source[end..].split_inclusive('\n') {
        // An entry (a letter, or `-` for a term) or a comment starts a line; anything else
        // (indented text, variants, the closing brace of a selection) continues this one.
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            break;
        }
        end += line.len();
    }
    Some(&source[start..end])
}

/// The messages and terms an entry's placeables refer to: `{ other-message }`,
/// `{ -term }`, `{ message.attribute }`.
fn references(entry: &str) -> impl Iterator<Item = &str> {
    entry.split('{').skip(1).filter_map(|rest| {
        let rest = rest.trim_start();
        let body = rest.strip_prefix('-').unwrap_or(rest);
        if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let len = rest.len() - body.len()
            + body
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(body.len());
        let after = rest[len..].trim_start();
        (after.starts_with('}') || after.starts_with('.')).then_some(&rest[..len])
    })
}

/// Adds entry `id` of `source` to `bundle`, with the entries it refers to, unless it is
/// there already.
fn add_entry(
    bundle: &mut Bundle,
    added: &mut rustc_hash::FxHashSet<String>,
    source: &str,
    id: &str,
) {
    if !added.insert(id.to_string()) {
        return;
    }
    let Some(text) = entry(source, id) else {
        return;
    };
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    for other in references(text) {
        add_entry(bundle, added, source, other);
    }
}

/// `key` formatted in `lang` with `args`, if `lang`'s file has it.
fn format_in(lang: Lang, key: &str, args: &FluentArgs<'_>) -> Option<String> {
    let parsed = BUNDLES.get_for(lang, || Mutex::new((new_bundle(lang), Default::default())));
    let mut parsed = parsed.lock().unwrap_or_else(|e| e.into_inner());
    let (bundle, added) = &mut *parsed;
    add_entry(bundle, added, SOURCES[index(lang)].1, key);
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned(),
    )
}

/// Texts made once per language and kept: a batch renders thousands of files with the same
/// headings, and a comparison says the same words on every row.
pub struct PerLang<T>([OnceLock<T>; 4]);

impl<T> PerLang<T> {
    pub const fn new() -> Self {
        PerLang([const { OnceLock::new() }; 4])
    }

    /// The value for the current language, made by `make` the first time.
    pub fn get(&self, make: impl FnOnce() -> T) -> &T {
        self.get_for(current(), make)
    }

    /// The value for `lang`, made by `make` the first time.
    pub fn get_for(&self, lang: Lang, make: impl FnOnce() -> T) -> &T {
        self.0[index(lang)].get_or_init(make)
    }
}

impl<T> Default for PerLang<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value put into a message.
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(s.into_owned())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u8, u16, u32, u64, i32, i64);

/// The message `key` in the current language, with `args` put in.
pub fn message(key: &str, args: &[(&str, Arg)]) -> String {
    message_in(current(), key, args)
}

/// The message `key` in `lang`, with `args` put in; English where `lang` lacks it, and the key
/// itself where English does too (which a test rules out).
pub fn message_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let fluent_args = fluent_args(args);
    [lang, Lang::En]
        .into_iter()
        .find_map(|l| format_in(l, key, &fluent_args))
        .unwrap_or_else(|| key.to_string())
}

/// `args` as Fluent takes them.
fn fluent_args<'a>(args: &'a [(&str, Arg)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    fluent_args
}

/// A message in the reader's language: `t!(KEY)`, or `t!(KEY, name = value, ...)` where a
/// value is text or a whole number.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::message($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_the_language_and_missing_keys_fall_back() {
        let files = |n: usize| message_in(Lang::En, "files-count", &[("count", Arg::from(n))]);
        assert_eq!(files(1), "1 file");
        assert_eq!(files(3), "3 files");
        let es = |n: usize| message_in(Lang::Es, "files-count", &[("count", Arg::from(n))]);
        assert_eq!(es(1), "1 archivo");
        assert_eq!(es(2), "2 archivos");
        assert_eq!(message_in(Lang::Zh, "no-such-key", &[]), "no-such-key");
    }

    /// Parsing a message on its own, with what it refers to, reads the same as parsing the
    /// whole file, for every message of every language, with every count.
    #[test]
    fn each_message_parsed_alone_reads_as_in_the_whole_file() {
        for (lang, source) in SOURCES {
            let whole = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            let ids: Vec<String> = whole
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            let mut bundle = new_bundle(lang);
            bundle.add_resource(whole).unwrap();
            assert!(ids.len() > 100, "{lang:?}");
            for id in &ids {
                let text = entry(source, id).unwrap_or_else(|| panic!("{lang:?} {id}"));
                let names: Vec<&str> = text
                    .split('$')
                    .skip(1)
                    .map(|r| {
                        let end = r
                            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                            .unwrap_or(r.len());
                        &r[..end]
                    })
                    .collect();
                for n in [0usize, 1, 2, 5, 21] {
                    let args: Vec<(&str, Arg)> = names
                        .iter()
                        .map(|&name| {
                            (
                                name,
                                if name == "count" {
                                    Arg::from(n)
                                } else {
                                    Arg::from("x")
                                },
                            )
                        })
                        .collect();
                    let fluent_args = fluent_args(&args);
                    let pattern = bundle.get_message(id).and_then(|m| m.value()).unwrap();
                    let want = bundle.format_pattern(pattern, Some(&fluent_args), &mut Vec::new());
                    assert_eq!(message_in(lang, id, &args), want, "{lang:?} {id} {n}");
                }
            }
        }
    }
}
