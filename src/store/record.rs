//! The records kept in the store: finished assessments and unfinished runs, as JSON.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::answers::{Answer, AnswerSheet, Rater};
use crate::rubric::{Rubric, RubricSet};
use crate::score::{DimensionScore, PlanItem, RubricFigure, Scores};

/// The version of the files' layout, written into each file.
pub const FORMAT: u32 = 1;

/// An answer as kept: a number, or the string "skip".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Kept {
    Value(i64),
    Skip(SkipWord),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SkipWord {
    Skip,
}

impl From<Answer> for Kept {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Value(v) => Kept::Value(v),
            Answer::Skip => Kept::Skip(SkipWord::Skip),
        }
    }
}

impl From<Kept> for Answer {
    fn from(k: Kept) -> Self {
        match k {
            Kept::Value(v) => Answer::Value(v),
            Kept::Skip(_) => Answer::Skip,
        }
    }
}

/// Which rubric, exactly, an assessment was scored against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RubricRef {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

impl From<&Rubric> for RubricRef {
    fn from(r: &Rubric) -> Self {
        RubricRef {
            id: r.id.clone(),
            version: r.version.clone(),
            sha256: r.sha256.clone(),
        }
    }
}

/// A plan action as kept: self-contained, so an old plan reads well after rubrics change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptAction {
    /// The plan item as scored (its `primary` is kept since version 2 of the plan rule; a
    /// plan kept without it was chosen by version 1), with the action's texts beside it.
    #[serde(flatten)]
    pub item: PlanItem<'static>,
    pub text: String,
    pub done_when: String,
}

/// A finished assessment: answers, scores, the whole plan, and where they came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub format: u32,
    /// Set when saved; also the file's name.
    #[serde(default)]
    pub id: String,
    /// When it was saved (RFC 3339, UTC).
    pub created: String,
    pub client: Option<String>,
    pub subject: Option<String>,
    pub rater: Rater,
    pub date: Option<String>,
    /// `assess`, or the answer file it was scored from.
    pub source: String,
    pub rubrics: Vec<RubricRef>,
    pub answers: BTreeMap<String, Kept>,
    pub readiness: Option<f64>,
    pub barrier_load: Option<f64>,
    /// Each rubric's own figure (kept since 0.2; empty in older files).
    #[serde(default)]
    pub by_rubric: Vec<RubricFigure<'static>>,
    pub dimensions: Vec<DimensionScore<'static>>,
    /// Every action with a score above zero, best first: `plan --top N` cuts it.
    pub plan: Vec<KeptAction>,
    /// The answer file's `[comments]` (kept since 0.2; none in older files).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub comments: BTreeMap<String, String>,
}

impl Assessment {
    /// Builds the record of a scored sheet; `scores` should hold the whole plan.
    pub fn new(
        set: &RubricSet,
        sheet: &AnswerSheet,
        scores: &Scores,
        client: Option<&str>,
        source: &str,
        created: String,
    ) -> Assessment {
        Assessment {
            format: FORMAT,
            id: String::new(),
            created,
            client: client.map(str::to_string),
            subject: sheet.subject.clone(),
            rater: sheet.rater,
            date: sheet.date.clone(),
            source: source.to_string(),
            rubrics: sheet
                .rubrics
                .iter()
                .filter_map(|id| set.get(id))
                .map(RubricRef::from)
                .collect(),
            answers: sheet
                .answers
                .by_id(set)
                .map(|(k, v)| (k.to_string(), Kept::from(v)))
                .collect(),
            readiness: scores.readiness,
            barrier_load: scores.barrier_load,
            by_rubric: scores.by_rubric.iter().map(RubricFigure::owned).collect(),
            dimensions: scores
                .dimensions
                .iter()
                .map(DimensionScore::owned)
                .collect(),
            plan: scores
                .plan
                .iter()
                .map(|p| {
                    let action = set.action(&p.id);
                    KeptAction {
                        item: p.owned(),
                        text: action.map(|a| a.text.clone()).unwrap_or_default(),
                        done_when: action.map(|a| a.done_when.clone()).unwrap_or_default(),
                    }
                })
                .collect(),
            comments: sheet.comments.clone(),
        }
    }

    /// The day the assessment describes: its `date`, else the day it was saved (UTC).
    pub fn day(&self) -> Option<jiff::civil::Date> {
        self.date
            .as_deref()
            .and_then(|d| d.get(..10))
            .and_then(|d| d.parse().ok())
            .or_else(|| {
                self.created
                    .parse::<jiff::Timestamp>()
                    .ok()
                    .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date())
            })
    }

    /// The kept plan of at most `top` actions, chosen again as the rule it was made under
    /// says (see [`Assessment::scores`]).
    pub fn plan_of(&self, top: usize) -> impl Iterator<Item = &KeptAction> {
        let chosen: Vec<usize> = if self.plan.iter().all(|a| a.item.primary.is_some()) {
            crate::score::select(
                self.plan.iter().filter_map(|a| a.item.primary.as_deref()),
                top,
            )
        } else {
            (0..self.plan.len().min(top)).collect()
        };
        chosen.into_iter().map(|i| &self.plan[i])
    }

    /// The scores, with the plan cut to `top` as the rule it was made under says: every
    /// candidate is kept in candidate order, so version 2's choice can be made again for any
    /// length; a plan from version 1 (no primaries kept) is cut as it was.
    pub fn scores(&self, top: usize) -> Scores<'static> {
        Scores {
            readiness: self.readiness,
            barrier_load: self.barrier_load,
            by_rubric: self.by_rubric.clone(),
            dimensions: self.dimensions.clone(),
            plan: self.plan_of(top).map(|a| a.item.clone()).collect(),
            plan_candidates: self.plan.len(),
        }
    }
}

/// A questionnaire in progress, saved after every answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unfinished {
    pub format: u32,
    pub started: String,
    pub client: Option<String>,
    pub subject: Option<String>,
    pub rater: Rater,
    pub rubrics: Vec<String>,
    /// The seed of `--shuffle`, so a resumed run keeps its order.
    pub seed: Option<u64>,
    /// Question ids in the order they are asked.
    pub order: Vec<String>,
    pub answers: BTreeMap<String, Kept>,
}
