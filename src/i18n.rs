//! Messages in the reader's language (SPEC section 10), through Fluent.
//!
//! Every text leadgap writes for a person, other than a rubric's own texts, has a key in
//! `locales/<lang>.ftl`; the four files are compiled into the binary. Code asks for a message
//! with [`t!`](crate::t): `t!("error-no-input", path = p)`. Plurals and other forms are chosen by
//! Fluent from the arguments, so a count is passed as a number, never pre-formatted. Decimal
//! figures are formatted by leadgap before they are passed, so numbers read the same in every
//! language (SPEC 10: numbers never change).
//!
//! The language is set once, at start-up, by [`set`]; until then (in library tests, say) it is
//! English. A key the chosen language lacks falls back to English; `tests/languages.rs` fails
//! when any language lacks a key or any code asks for a key English does not have.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

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

static BUNDLES: PerLang<Bundle> = PerLang::new();

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
fn bundle(lang: Lang) -> &'static Bundle {
    BUNDLES.get_for(lang, || {
        let (_, source) = SOURCES[index(lang)];
        // The shipped files are checked by tests; a damaged one still gives every message
        // that parsed.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let id = lang
            .tag()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Terminal text: no invisible direction marks around the values put in.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        bundle
    })
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
    let found = [lang, Lang::En].into_iter().find_map(|l| {
        let b = bundle(l);
        b.get_message(key)
            .and_then(|m| m.value())
            .map(|pattern| (b, pattern))
    });
    let Some((bundle, pattern)) = found else {
        return key.to_string();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
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
}
