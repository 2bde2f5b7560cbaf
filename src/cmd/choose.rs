//! Choosing what to answer in `assess`: an optional short screener that marks which further
//! rubrics look relevant, then a choice of rubrics with the core pair chosen by default.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::error::Result;
use crate::lang::Lang;
use crate::questionnaire::Prompter;
use crate::rubric::{DEFAULT_RUBRICS, RubricSet};

/// The screener's statements: one or two per further built-in rubric (not a rubric: its
/// answers are not kept).
const SCREENER: &str = include_str!("../../rubrics/screener/screener.toml");

/// The screener's statements in other languages, by item id: `rubrics/screener/i18n/<lang>.toml`.
pub const SCREENER_TRANSLATIONS: [(Lang, &str); 3] = [
    (
        Lang::Es,
        include_str!("../../rubrics/screener/i18n/es.toml"),
    ),
    (
        Lang::Vi,
        include_str!("../../rubrics/screener/i18n/vi.toml"),
    ),
    (
        Lang::Zh,
        include_str!("../../rubrics/screener/i18n/zh.toml"),
    ),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Screener {
    item: Vec<Item>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Names the statement for translations; not shown.
    pub id: String,
    pub rubric: String,
    pub text: String,
}

/// The screener's statements, for the rubrics that are loaded, in the reader's language
/// (English where a translation lacks one).
pub fn screener(set: &RubricSet) -> Vec<Item> {
    let lang = crate::i18n::current();
    let texts: BTreeMap<String, String> = SCREENER_TRANSLATIONS
        .iter()
        .find(|(l, _)| *l == lang)
        .and_then(|(_, text)| toml::from_str(text).ok())
        .unwrap_or_default();
    toml::from_str::<Screener>(SCREENER)
        .map(|s| s.item)
        .unwrap_or_default()
        .into_iter()
        .filter(|i| set.get(&i.rubric).is_some())
        .map(|mut i| {
            if let Some(text) = texts.get(&i.id) {
                i.text.clone_from(text);
            }
            i
        })
        .collect()
}

/// Asks which rubrics to answer; returns their ids in the order loaded.
pub fn rubrics(p: &Prompter, set: &RubricSet) -> Result<Vec<String>> {
    let items = screener(set);
    let mut suggested: Vec<&str> = Vec::new();
    if set.rubrics.len() > DEFAULT_RUBRICS.len() && !items.is_empty() {
        let core: Vec<String> = DEFAULT_RUBRICS
            .iter()
            .filter_map(|id| set.get(id))
            .map(|r| crate::text::clean(&r.title).into_owned())
            .collect();
        p.say(&crate::t!(
            "choose-screener-offer",
            core = core.join(&crate::t!("list-separator")),
            parts = set.rubrics.len() - DEFAULT_RUBRICS.len(),
            count = items.len()
        ))?;
        if p.confirm(&crate::t!("choose-screener-ask"), false)? {
            let (skip, how_far, keys) = (
                crate::t!("choose-skip"),
                crate::t!("ask-how-far"),
                crate::t!("choose-keys"),
            );
            for (k, item) in items.iter().enumerate() {
                let scale = &set.get(&item.rubric).expect("filtered above").scale;
                let choices: Vec<(Option<char>, String)> = (1..=5)
                    .map(|v| {
                        (
                            char::from_digit(v, 10),
                            scale
                                .labels
                                .get(v as usize - 1)
                                .cloned()
                                .unwrap_or_default(),
                        )
                    })
                    .chain(std::iter::once((Some('s'), skip.clone())))
                    .collect();
                p.clear();
                p.say(&crate::t!(
                    "choose-screener-place",
                    place = k + 1,
                    total = items.len()
                ))?;
                p.say(&format!("  {}", crate::text::clean(&item.text)))?;
                p.say("")?;
                let picked = p.pick(&how_far, &choices, 2, &keys)?;
                // Agreeing (4 or 5) marks the rubric as worth answering.
                if (3..5).contains(&picked) && !suggested.contains(&item.rubric.as_str()) {
                    suggested.push(&item.rubric);
                }
            }
            p.clear();
        }
    }
    let fits = crate::t!("choose-fits");
    let labels: Vec<String> = set
        .rubrics
        .iter()
        .map(|r| {
            let part = crate::t!(
                "choose-part",
                title = crate::text::clean(&r.title),
                count = r.question_count()
            );
            if suggested.contains(&r.id.as_str()) {
                format!("{part}  ← {fits}")
            } else {
                part
            }
        })
        .collect();
    let chosen: Vec<bool> = set
        .rubrics
        .iter()
        .map(|r| DEFAULT_RUBRICS.contains(&r.id.as_str()) || suggested.contains(&r.id.as_str()))
        .collect();
    loop {
        let picked = p.multi_select(&crate::t!("choose-which"), &labels, &chosen)?;
        if !picked.is_empty() {
            return Ok(picked
                .into_iter()
                .map(|i| set.rubrics[i].id.clone())
                .collect());
        }
        p.say(&crate::t!("choose-at-least-one"))?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every screener statement is translated in every language, and no translation names an
    /// item the screener has not.
    #[test]
    fn every_screener_statement_is_translated() {
        let items = toml::from_str::<Screener>(SCREENER).unwrap().item;
        let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
        for (lang, text) in SCREENER_TRANSLATIONS {
            let texts: BTreeMap<String, String> = toml::from_str(text).unwrap();
            let mut keys: Vec<&str> = texts.keys().map(String::as_str).collect();
            let mut want = ids.clone();
            keys.sort_unstable();
            want.sort_unstable();
            assert_eq!(keys, want, "{}", lang.tag());
            for item in &items {
                assert_ne!(texts[&item.id], item.text, "{} {}", lang.tag(), item.id);
            }
        }
    }
}
