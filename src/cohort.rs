//! Cohort statistics: a group of scored answer sheets summarised per dimension, with the
//! reliability of each dimension's questions. Pure: sheets and scores in, statistics out.
//!
//! Levels are summarised on the 0..1 level scale of SPEC section 3. Cronbach's alpha and the
//! corrected item–total correlations are computed on item values after reverse keying, from
//! the pairwise covariance matrix of every answered item of every person (see
//! [`crate::stats`]), as R's `psych::alpha(use = "pairwise")` and `pingouin` do.

use serde::Serialize;

use crate::answers::{Answer, AnswerSheet};
use crate::rubric::{Kind, RubricSet};
use crate::score::{Scores, item_value};
use crate::stats;

/// The smallest group in which one person is placed by percentile: below it, a percentile
/// says more about the few others than about the person.
pub const MIN_FOR_PERCENTILE: usize = 5;

/// Below this corrected item–total correlation a question is pointed out as not going
/// with the rest of its dimension (a common rule of thumb is 0.2–0.3).
pub const WEAK_ITEM: f64 = 0.2;

/// One person of the group.
#[derive(Debug, Clone, Copy)]
pub struct Respondent<'a> {
    pub sheet: &'a AnswerSheet,
    pub scores: &'a Scores<'a>,
}

/// The distribution of one figure over the group.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub n: usize,
    pub mean: Option<f64>,
    pub sd: Option<f64>,
    pub min: Option<f64>,
    pub q1: Option<f64>,
    pub median: Option<f64>,
    pub q3: Option<f64>,
    pub max: Option<f64>,
}

impl Summary {
    pub fn of(mut xs: Vec<f64>) -> Summary {
        xs.sort_by(f64::total_cmp);
        Summary {
            n: xs.len(),
            mean: stats::mean(&xs),
            sd: stats::sd(&xs),
            min: xs.first().copied(),
            q1: stats::quantile(&xs, 0.25),
            median: stats::quantile(&xs, 0.5),
            q3: stats::quantile(&xs, 0.75),
            max: xs.last().copied(),
        }
    }
}

/// One question's statistics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemStats {
    pub id: String,
    pub reverse: bool,
    /// People who answered it.
    pub n: usize,
    /// Mean item value, after reverse keying.
    pub mean: Option<f64>,
    /// Corrected item–total correlation: with the sum of the dimension's other questions.
    pub item_total: Option<f64>,
}

/// Where one person stands on a figure: their value and the share of the group at or
/// below it (ties counted half), when the group is large enough.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Place {
    pub value: Option<f64>,
    pub percentile: Option<f64>,
}

impl Place {
    fn new(value: Option<f64>, group: &[f64]) -> Place {
        let percentile = value
            .filter(|_| group.len() >= MIN_FOR_PERCENTILE)
            .and_then(|v| stats::percentile_rank(group, v));
        Place { value, percentile }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionStats {
    pub id: String,
    pub rubric: String,
    pub kind: Kind,
    /// The level (0..1) over the people for whom the dimension is scored.
    #[serde(flatten)]
    pub level: Summary,
    /// Share of those people with a gap (traits) or the barrier active (barriers).
    pub share: Option<f64>,
    /// Cronbach's alpha of the dimension's questions; null with fewer than two questions
    /// or two people.
    pub alpha: Option<f64>,
    pub items: Vec<ItemStats>,
    /// With `--me`: where that person stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub me: Option<Place>,
}

/// `--me`: one person placed within the group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Me {
    pub file: String,
    pub subject: Option<String>,
    pub readiness: Place,
    pub barrier_load: Place,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cohort {
    pub respondents: usize,
    /// Readiness (0..100) over the people with a trait scored.
    pub readiness: Summary,
    /// Barrier load (0..100) over the people with a barrier scored.
    pub barrier_load: Summary,
    pub dimensions: Vec<DimensionStats>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub me: Option<Me>,
}

/// The person compared with the group, for [`cohort`].
#[derive(Debug, Clone, Copy)]
pub struct MeInput<'a> {
    pub file: &'a str,
    pub person: Respondent<'a>,
}

/// Statistics of the group, per dimension of every rubric its answer sheets name.
pub fn cohort(set: &RubricSet, group: &[Respondent<'_>], me: Option<MeInput<'_>>) -> Cohort {
    let readiness: Vec<f64> = group.iter().filter_map(|r| r.scores.readiness).collect();
    let load: Vec<f64> = group.iter().filter_map(|r| r.scores.barrier_load).collect();

    let mut rubric_ids: Vec<&str> = Vec::new();
    for r in group {
        for id in &r.sheet.rubrics {
            if !rubric_ids.contains(&id.as_str()) {
                rubric_ids.push(id);
            }
        }
    }

    let mut dimensions = Vec::new();
    for rubric in rubric_ids.iter().filter_map(|id| set.get(id)) {
        let people: Vec<&Respondent<'_>> = group
            .iter()
            .filter(|r| r.sheet.rubrics.contains(&rubric.id))
            .collect();
        // A personal dimension (signs of depletion) is never set beside others' answers.
        for dim in rubric.dimensions.iter().filter(|d| !d.personal) {
            let scored: Vec<_> = people
                .iter()
                .filter_map(|r| {
                    r.scores
                        .dimensions
                        .iter()
                        .find(|d| d.id == dim.id && d.rubric == rubric.id && d.level.is_some())
                })
                .collect();
            let levels: Vec<f64> = scored.iter().filter_map(|d| d.level).collect();
            let flagged = scored
                .iter()
                .filter(|d| match rubric.kind {
                    Kind::Traits => d.gap.is_some_and(|g| g > 0.0),
                    Kind::Barriers => d.active == Some(true),
                })
                .count();
            let rows: Vec<Vec<Option<f64>>> = people
                .iter()
                .map(|r| {
                    dim.questions
                        .iter()
                        .map(|q| {
                            r.sheet
                                .answers
                                .get(set.question(&q.id)?.number)
                                .and_then(Answer::value)
                                .map(|a| item_value(&rubric.scale, q.reverse, a) as f64)
                        })
                        .collect()
                })
                .filter(|row: &Vec<Option<f64>>| row.iter().any(Option::is_some))
                .collect();
            let reliability = stats::item_stats(&rows);
            let items = dim
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    let answered: Vec<f64> = rows.iter().filter_map(|row| row[i]).collect();
                    ItemStats {
                        id: q.id.clone(),
                        reverse: q.reverse,
                        n: answered.len(),
                        mean: stats::mean(&answered),
                        item_total: reliability.item_total.get(i).copied().flatten(),
                    }
                })
                .collect();
            let me_place = me.map(|m| {
                let value = m
                    .person
                    .scores
                    .dimensions
                    .iter()
                    .find(|d| d.id == dim.id && d.rubric == rubric.id)
                    .and_then(|d| d.level);
                Place::new(value, &levels)
            });
            dimensions.push(DimensionStats {
                id: dim.id.clone(),
                rubric: rubric.id.clone(),
                kind: rubric.kind,
                share: (!levels.is_empty()).then(|| flagged as f64 / levels.len() as f64),
                level: Summary::of(levels),
                alpha: reliability.alpha,
                items,
                me: me_place,
            });
        }
    }
    Cohort {
        respondents: group.len(),
        me: me.map(|m| Me {
            file: m.file.to_string(),
            subject: m.person.sheet.subject.clone(),
            readiness: Place::new(m.person.scores.readiness, &readiness),
            barrier_load: Place::new(m.person.scores.barrier_load, &load),
        }),
        readiness: Summary::of(readiness),
        barrier_load: Summary::of(load),
        dimensions,
    }
}
