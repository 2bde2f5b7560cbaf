//! Choosing what to answer in `assess`: an optional short screener that marks which further
//! rubrics look relevant, then a choice of rubrics with the core pair chosen by default.

use serde::Deserialize;

use crate::error::Result;
use crate::questionnaire::Prompter;
use crate::rubric::{DEFAULT_RUBRICS, RubricSet};

/// The screener's statements: one or two per further built-in rubric (not a rubric: its
/// answers are not kept).
const SCREENER: &str = include_str!("../../rubrics/screener/screener.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Screener {
    item: Vec<Item>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Names the statement for translations; not shown.
    #[allow(dead_code)]
    pub id: String,
    pub rubric: String,
    pub text: String,
}

/// The screener's statements, for the rubrics that are loaded.
pub fn screener(set: &RubricSet) -> Vec<Item> {
    toml::from_str::<Screener>(SCREENER)
        .map(|s| s.item)
        .unwrap_or_default()
        .into_iter()
        .filter(|i| set.get(&i.rubric).is_some())
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
        p.say(&format!(
            "Besides the core pair ({}), leadgap has {} further parts. {} quick statements \
             can show which of them fit you.",
            core.join("; "),
            set.rubrics.len() - DEFAULT_RUBRICS.len(),
            items.len()
        ))?;
        if p.confirm("Answer them first?", false)? {
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
                    .chain(std::iter::once((Some('s'), "Skip".to_string())))
                    .collect();
                p.clear();
                p.say(&format!("Screener [{}/{}]", k + 1, items.len()))?;
                p.say(&format!("  {}", crate::text::clean(&item.text)))?;
                p.say("")?;
                let picked = p.pick(
                    "How far do you agree?",
                    &choices,
                    2,
                    "1–5 answer · ↑↓ and Enter choose · s skip",
                )?;
                // Agreeing (4 or 5) marks the rubric as worth answering.
                if (3..5).contains(&picked) && !suggested.contains(&item.rubric.as_str()) {
                    suggested.push(&item.rubric);
                }
            }
            p.clear();
        }
    }
    let labels: Vec<String> = set
        .rubrics
        .iter()
        .map(|r| {
            let mark = if suggested.contains(&r.id.as_str()) {
                "  ← fits your answers"
            } else {
                ""
            };
            format!(
                "{} ({} statements){mark}",
                crate::text::clean(&r.title),
                r.question_count()
            )
        })
        .collect();
    let chosen: Vec<bool> = set
        .rubrics
        .iter()
        .map(|r| DEFAULT_RUBRICS.contains(&r.id.as_str()) || suggested.contains(&r.id.as_str()))
        .collect();
    loop {
        let picked = p.multi_select(
            "What will you answer? (space to choose, Enter when done)",
            &labels,
            &chosen,
        )?;
        if !picked.is_empty() {
            return Ok(picked
                .into_iter()
                .map(|i| set.rubrics[i].id.clone())
                .collect());
        }
        p.say("Choose at least one part.")?;
    }
}
