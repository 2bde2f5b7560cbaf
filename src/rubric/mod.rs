//! Rubrics (SPEC section 1): the model and the set of loaded rubrics.
//!
//! The file format as written is in [`format`], every rule of the format in [`check`], and
//! reading files (built-in and the user's) in [`load`]: each file is parsed and checked on its
//! own, then [`Loader::finish`] checks what spans files (unique ids, `related` and
//! `addresses` pointing at loaded dimensions) and builds the [`RubricSet`], with every default
//! filled in once. Messages name a line and column.

mod check;
mod format;
mod load;
mod texts;

use rustc_hash::FxHashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::rater::Rater;

pub use load::{Loader, builtin_files, builtin_translations, translate, translation_path};
pub use texts::RubricTexts;

/// The rubric ids an answer file is for when it names none.
pub const DEFAULT_RUBRICS: &[&str] = &["senior-traits", "stuck-barriers"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Higher is better, measured against a target.
    Traits,
    /// Higher means the barrier holds the person back more.
    Barriers,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Traits => "traits",
            Kind::Barriers => "barriers",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scale {
    pub min: i64,
    pub max: i64,
    pub labels: Vec<String>,
}

impl Scale {
    pub fn span(&self) -> f64 {
        (self.max - self.min) as f64
    }

    pub fn contains(&self, a: i64) -> bool {
        (self.min..=self.max).contains(&a)
    }

    /// The label of answer `a`, which must be on the scale.
    pub fn label(&self, a: i64) -> &str {
        &self.labels[(a - self.min) as usize]
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub reverse: bool,
    /// The statement about the person being rated, for every rater but `self`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_others: Option<String>,
    /// Which raters can judge it (all five by default).
    pub observers: Vec<Rater>,
}

impl Question {
    /// Whether a rater in `role` can judge this statement.
    pub fn observed_by(&self, role: Rater) -> bool {
        self.observers.contains(&role)
    }

    /// What a rater in `role` reads: the first-person text for `self`, else `text_others`
    /// (or, where a rubric gives none, the first-person text).
    pub fn text_for(&self, role: Rater) -> &str {
        match (&self.text_others, role) {
            (Some(others), r) if r != Rater::Myself => others,
            _ => &self.text,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub weight: f64,
    /// The target (traits) or threshold (barriers), default filled in at load.
    #[serde(flatten)]
    pub goal: Goal,
    pub related: Vec<String>,
    /// About how the person is rather than how they work (signs of depletion): left out of
    /// every group statistic (`cohort`), so that it is never shown beside others'.
    pub personal: bool,
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
}

/// What a dimension is measured against: a trait's target mean on the scale, or the level
/// (0..1) from which a barrier is active.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Goal {
    Target(f64),
    Threshold(f64),
}

impl Goal {
    pub fn target(self) -> Option<f64> {
        match self {
            Goal::Target(t) => Some(t),
            Goal::Threshold(_) => None,
        }
    }

    pub fn threshold(self) -> Option<f64> {
        match self {
            Goal::Threshold(t) => Some(t),
            Goal::Target(_) => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Action {
    pub id: String,
    pub text: String,
    pub horizon: u32,
    pub done_when: String,
    pub addresses: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rubric {
    pub id: String,
    pub title: String,
    pub version: String,
    pub kind: Kind,
    pub description: Option<String>,
    pub scale: Scale,
    #[serde(rename = "dimension")]
    pub dimensions: Vec<Dimension>,
    #[serde(rename = "action")]
    pub actions: Vec<Action>,
    /// Where the rubric was read from: a path, or `built-in`.
    #[serde(skip)]
    pub source: String,
    /// SHA-256 of the file's text, so a saved assessment records exactly what it was scored
    /// against.
    #[serde(skip)]
    pub sha256: String,
}

impl Rubric {
    pub fn question_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.questions.len()).sum()
    }
}

/// Every id (rubric, dimension, question, action) matches `[a-z0-9][a-z0-9-]*`.
pub fn is_id(id: &str) -> bool {
    id.bytes().next().is_some_and(|b| b != b'-') && id.bytes().all(is_id_byte)
}

/// A byte an id may have: `a`-`z`, `0`-`9` and `-`.
pub const fn is_id_byte(b: u8) -> bool {
    matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-')
}

/// The default target of a trait dimension.
pub const DEFAULT_TARGET: f64 = 4.0;
/// The default threshold of a barrier dimension.
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    use std::fmt::Write;
    sha2::Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Where each of an action's `addresses` is: (rubric, dimension) indexes, if loaded.
pub type Targets = [Option<(usize, usize)>];

/// An action as the plan sees it: where each of its `addresses` is, and its rank in
/// (horizon, id) order among every action of the set, which breaks ties between equal scores.
#[derive(Debug, Clone, Copy)]
pub struct PlanAction<'a> {
    pub action: &'a Action,
    pub targets: &'a Targets,
    pub rank: u32,
}

/// Where a question sits: rubric, dimension and question index, and its number in one
/// numbering of every question of the set, in that order (`0..question_total()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionRef {
    pub rubric: usize,
    pub dimension: usize,
    pub question: usize,
    pub number: usize,
}

/// An id of up to eight bytes, none of them NUL, as one number. Ids of that kind and their
/// numbers match one to one: the bytes are kept in order and the rest is zeros.
fn short_key(id: &str) -> Option<u64> {
    let bytes = id.as_bytes();
    if bytes.len() > 8 || bytes.contains(&0) {
        return None;
    }
    let mut key = [0u8; 8];
    key[..bytes.len()].copy_from_slice(bytes);
    Some(u64::from_le_bytes(key))
}

/// Every loaded rubric, with indexes by id.
#[derive(Debug, Clone)]
pub struct RubricSet {
    pub rubrics: Vec<Rubric>,
    /// Questions with an id of [`short_key`]'s kind, by that key: answer files name a
    /// question on every line, and a number is looked up faster than a string.
    short_questions: FxHashMap<u64, QuestionRef>,
    /// The other questions, by id.
    questions: FxHashMap<String, QuestionRef>,
    dimensions: FxHashMap<String, (usize, usize)>,
    actions: FxHashMap<String, usize>,
    /// Where each dimension's questions start in one numbering of every question of the set
    /// (see [`RubricSet::number`]), by (rubric, dimension) index.
    first_question: Vec<Vec<usize>>,
    /// Each rubric's first dimension in one numbering of every dimension of the set.
    first_dimension: Vec<usize>,
    dimension_total: usize,
    /// Every question by number.
    by_number: Vec<QuestionRef>,
    /// Every action as the plan sees it, in [`RubricSet::actions`] order: the plan walks
    /// these rather than the nested lists, and never looks a dimension up by name.
    plan_entries: Vec<PlanEntry>,
}

/// An action of the set as the plan sees it.
#[derive(Debug, Clone)]
struct PlanEntry {
    /// Where it is: (rubric, action) indexes.
    at: (usize, usize),
    /// Where each of its `addresses` is: (rubric, dimension) indexes, if loaded.
    targets: Vec<Option<(usize, usize)>>,
    /// Its rank in (horizon, id) order among every action of the set.
    rank: u32,
}

impl RubricSet {
    pub fn new(rubrics: Vec<Rubric>) -> Self {
        let mut questions = FxHashMap::default();
        let mut short_questions = FxHashMap::default();
        let mut dimensions = FxHashMap::default();
        let mut first_question = Vec::with_capacity(rubrics.len());
        let mut by_number = Vec::new();
        let mut first_dimension = Vec::with_capacity(rubrics.len());
        let mut dimension_total = 0;
        for (r, rubric) in rubrics.iter().enumerate() {
            first_dimension.push(dimension_total);
            dimension_total += rubric.dimensions.len();
            let mut firsts = Vec::with_capacity(rubric.dimensions.len());
            for (d, dim) in rubric.dimensions.iter().enumerate() {
                firsts.push(by_number.len());
                dimensions.insert(dim.id.clone(), (r, d));
                for (q, question) in dim.questions.iter().enumerate() {
                    let at = QuestionRef {
                        rubric: r,
                        dimension: d,
                        question: q,
                        number: by_number.len(),
                    };
                    match short_key(&question.id) {
                        Some(key) => short_questions.insert(key, at),
                        None => questions.insert(question.id.clone(), at),
                    };
                    by_number.push(at);
                }
            }
            first_question.push(firsts);
        }
        let actions = rubrics
            .iter()
            .flat_map(|r| r.actions.iter())
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let mut order: Vec<&Action> = rubrics.iter().flat_map(|r| r.actions.iter()).collect();
        order.sort_unstable_by(|a, b| a.horizon.cmp(&b.horizon).then_with(|| a.id.cmp(&b.id)));
        let plan_entries = rubrics
            .iter()
            .enumerate()
            .flat_map(|(r, rubric)| {
                rubric
                    .actions
                    .iter()
                    .enumerate()
                    .map(move |(i, a)| ((r, i), a))
            })
            .map(|(at, a)| PlanEntry {
                at,
                targets: a
                    .addresses
                    .iter()
                    .map(|id| dimensions.get(id).copied())
                    .collect(),
                rank: u32::try_from(
                    order.partition_point(|o| (o.horizon, &o.id) < (a.horizon, &a.id)),
                )
                .unwrap_or(u32::MAX),
            })
            .collect();
        RubricSet {
            rubrics,
            short_questions,
            questions,
            dimensions,
            actions,
            first_question,
            first_dimension,
            dimension_total,
            by_number,
            plan_entries,
        }
    }

    /// The built-in rubrics alone.
    pub fn builtin() -> Result<Self> {
        let mut loader = Loader::new();
        loader.add_builtins();
        loader.finish()
    }

    /// How many questions the set has in all.
    pub fn question_total(&self) -> usize {
        self.by_number.len()
    }

    /// The question numbered `number` (see [`QuestionRef::number`]): where it sits, and
    /// itself.
    pub fn question_at(&self, number: usize) -> (QuestionRef, &Question) {
        let at = self.by_number[number];
        let q = &self.rubrics[at.rubric].dimensions[at.dimension].questions[at.question];
        (at, q)
    }

    /// How many dimensions the set has in all.
    pub fn dimension_total(&self) -> usize {
        self.dimension_total
    }

    /// A dimension's number in one numbering of every dimension of the set, in rubric and
    /// dimension order: `0..dimension_total()`.
    pub fn dimension_number(&self, rubric: usize, dimension: usize) -> usize {
        self.first_dimension[rubric] + dimension
    }

    /// The numbers of a dimension's questions.
    pub fn numbers(&self, rubric: usize, dimension: usize) -> std::ops::Range<usize> {
        let first = self.first_question[rubric][dimension];
        first..first + self.rubrics[rubric].dimensions[dimension].questions.len()
    }

    /// The action with this id, in any loaded rubric.
    pub fn action(&self, id: &str) -> Option<&Action> {
        let (r, a) = self.plan_entries[*self.actions.get(id)?].at;
        Some(&self.rubrics[r].actions[a])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.rubrics.iter().position(|r| r.id == id)
    }

    pub fn get(&self, id: &str) -> Option<&Rubric> {
        self.rubrics.iter().find(|r| r.id == id)
    }

    /// The rubric named on the command line, or a usage error that says where to look.
    pub fn require(&self, id: &str) -> Result<&Rubric> {
        self.get(id).ok_or_else(|| {
            crate::error::Error::Usage(crate::t!("rubric-not-loaded", id = crate::text::clean(id)))
        })
    }

    pub fn question(&self, id: &str) -> Option<QuestionRef> {
        match short_key(id) {
            Some(key) => self.short_questions.get(&key),
            None => self.questions.get(id),
        }
        .copied()
    }

    pub fn dimension(&self, id: &str) -> Option<(&Rubric, &Dimension)> {
        self.dimensions
            .get(id)
            .map(|&(r, d)| (&self.rubrics[r], &self.rubrics[r].dimensions[d]))
    }

    /// Every action of every loaded rubric.
    pub fn actions(&self) -> impl Iterator<Item = &Action> {
        self.rubrics.iter().flat_map(|r| r.actions.iter())
    }

    /// Every action as the plan sees it, in [`RubricSet::actions`] order.
    pub fn plan_actions(&self) -> impl Iterator<Item = PlanAction<'_>> {
        self.plan_entries.iter().map(|e| PlanAction {
            action: &self.rubrics[e.at.0].actions[e.at.1],
            targets: &e.targets,
            rank: e.rank,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    fn load(text: &str) -> Result<RubricSet> {
        let mut loader = Loader::new();
        loader.add_text("test.toml", text, false);
        loader.finish()
    }

    #[test]
    fn questions_are_found_by_short_and_long_ids() {
        let set = RubricSet::builtin().unwrap();
        let mut seen = 0;
        for number in 0..set.question_total() {
            let (at, q) = set.question_at(number);
            assert_eq!(set.question(&q.id), Some(at), "{}", q.id);
            seen += 1;
        }
        assert!(seen > 0);
        let long = MINIMAL.replace("\"q1\"", "\"a-question-id-of-some-length\"");
        let set = load(&long).unwrap();
        let at = set.question("a-question-id-of-some-length").unwrap();
        assert_eq!(at.number, 0);
        for other in ["a-question-id-of-some-lengt", "q1", "", "a\0"] {
            assert_eq!(set.question(other), None, "{other:?}");
        }
    }

    #[test]
    fn short_keys_differ_for_different_ids() {
        let ids = ["", "a", "a-", "a-1", "sp-1", "sp-10", "12345678", "1234567"];
        let keys: std::collections::BTreeSet<u64> =
            ids.iter().map(|id| short_key(id).unwrap()).collect();
        assert_eq!(keys.len(), ids.len());
        assert_eq!(short_key("123456789"), None);
        assert_eq!(short_key("a\0"), None);
    }

    fn messages(text: &str) -> Vec<String> {
        match load(text) {
            Err(Error::Data(d)) => d.iter().map(ToString::to_string).collect(),
            other => panic!("expected data errors, got {other:?}"),
        }
    }

    const MINIMAL: &str = r#"
id = "mini"
title = "Mini"
version = "1"
kind = "traits"

[[dimension]]
id = "d1"
name = "One"
summary = "s"

  [[dimension.question]]
  id = "q1"
  text = "I do it."
"#;

    #[test]
    fn defaults_are_filled_in() {
        let set = load(MINIMAL).unwrap();
        let r = &set.rubrics[0];
        assert_eq!((r.scale.min, r.scale.max), (1, 5));
        assert_eq!(r.scale.labels.len(), 5);
        assert_eq!(r.dimensions[0].weight, 1.0);
        assert_eq!(r.dimensions[0].goal, Goal::Target(4.0));
        assert!(!r.dimensions[0].questions[0].reverse);
    }

    /// The built-ins as converted at build time are exactly what the loader makes of their
    /// text, with every check passed.
    #[test]
    fn the_builtins_converted_at_build_time_equal_the_loaded_text() {
        let mut loader = Loader::new();
        loader.add_builtin_texts();
        let parsed = loader.finish().unwrap();
        let built = RubricSet::builtin().unwrap();
        assert_eq!(built.rubrics, parsed.rubrics);
        assert_eq!(built.rubrics.len(), builtin_files().len());
    }

    #[test]
    fn the_builtins_load() {
        let set = RubricSet::builtin().unwrap();
        let ids: Vec<&str> = set.rubrics.iter().map(|r| r.id.as_str()).collect();
        // The core pair first, then the further rubrics by name.
        assert_eq!(
            ids,
            [
                "senior-traits",
                "stuck-barriers",
                "change-agent",
                "dual-pressure",
                "leading-up",
                "learning-leader",
                "track-fit"
            ]
        );
    }

    #[test]
    fn a_bad_weight_names_line_and_column() {
        let text = MINIMAL.replace("summary = \"s\"", "summary = \"s\"\nweight = 0");
        let m = messages(&text);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].starts_with("test.toml:11:10: "), "{m:?}");
        assert!(
            m[0].contains("weight 0 must be a number greater than 0"),
            "{m:?}"
        );
    }

    #[test]
    fn unknown_fields_are_errors() {
        let text = MINIMAL
            .replace("reverse", "x")
            .replace("text = ", "txet = ");
        let m = messages(&text);
        assert!(m[0].contains("unknown field `txet`"), "{m:?}");
        assert!(m[0].starts_with("test.toml:14:3: "), "{m:?}");
    }

    #[test]
    fn text_others_and_observers_are_read_and_defaulted() {
        let text = MINIMAL.replace(
            "text = \"I do it.\"",
            "text = \"I do it.\"\n  text_others = \"Does it.\"\n  observers = [\"self\", \"manager\"]",
        );
        let set = load(&text).unwrap();
        let q = &set.rubrics[0].dimensions[0].questions[0];
        assert_eq!(q.text_for(Rater::Myself), "I do it.");
        assert_eq!(q.text_for(Rater::Peer), "Does it.");
        assert!(q.observed_by(Rater::Manager) && !q.observed_by(Rater::Peer));
        let plain = load(MINIMAL).unwrap();
        assert_eq!(
            plain.rubrics[0].dimensions[0].questions[0].observers,
            Rater::ALL
        );
    }

    #[test]
    fn bad_ids_repeats_and_unknown_observers_are_refused() {
        let text = MINIMAL
            .replace("id = \"q1\"", "id = \"q\\u001b1\"")
            .replace(
                "text = \"I do it.\"",
                "text = \"I do it.\"\n  observers = [\"peer\", \"peer\", \"boss\"]",
            )
            .replace(
                "summary = \"s\"",
                "summary = \"s\"\nrelated = [\"d1\", \"d1\"]",
            );
        let m = messages(&text).join("\n");
        assert!(m.contains("question id `q\\u{1b}1` must match"), "{m}");
        assert!(m.contains("`d1` is listed twice in `related`"), "{m}");
        assert!(m.contains("`peer` is listed twice in `observers`"), "{m}");
        assert!(m.contains("rater `boss` is not one of"), "{m}");
        assert!(!m.contains('\x1b'), "{m}");
    }

    #[test]
    fn ids_are_checked_across_files() {
        let mut loader = Loader::new();
        loader.add_text("a.toml", MINIMAL, false);
        loader.add_text("b.toml", &MINIMAL.replace("\"mini\"", "\"other\""), false);
        let Err(Error::Data(d)) = loader.finish() else {
            panic!("duplicates must be refused")
        };
        let m: Vec<_> = d.iter().map(ToString::to_string).collect();
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(m[0].contains("dimension id `d1` is already used in a.toml"));
        assert!(m[1].contains("question id `q1` is already used in a.toml"));
    }
}
