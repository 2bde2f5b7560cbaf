//! Scoring (SPEC section 3): parsed rubrics and answers in, a result value out. No I/O.

use std::borrow::Cow;
use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use crate::answers::AnswerSheet;
use crate::rubric::{Dimension, Goal, Kind, PlanAction, Rubric, RubricSet, Scale};

/// The plan's length when no `--top` is given.
pub const DEFAULT_TOP: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Scored,
    /// Fewer than half of the questions were answered: reported, never counted as zero.
    Insufficient,
}

/// The score of one dimension. Optional values are `None` when the dimension is insufficient
/// or when they do not apply to its kind. Ids are borrowed from the rubrics when scored, and
/// owned when kept or read back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionScore<'a> {
    pub id: Cow<'a, str>,
    pub rubric: Cow<'a, str>,
    pub kind: Kind,
    pub status: Status,
    pub answered: usize,
    pub questions: usize,
    pub mean: Option<f64>,
    pub level: Option<f64>,
    pub gap: Option<f64>,
    pub severity: Option<f64>,
    pub active: Option<bool>,
    pub priority: Option<f64>,
}

impl DimensionScore<'_> {
    /// The same score, holding its ids.
    pub fn owned(&self) -> DimensionScore<'static> {
        DimensionScore {
            id: owned(&self.id),
            rubric: owned(&self.rubric),
            kind: self.kind,
            status: self.status,
            answered: self.answered,
            questions: self.questions,
            mean: self.mean,
            level: self.level,
            gap: self.gap,
            severity: self.severity,
            active: self.active,
            priority: self.priority,
        }
    }
}

/// An id that holds its text.
fn owned(id: &str) -> Cow<'static, str> {
    Cow::Owned(id.to_string())
}

/// One action of the plan with its score `A`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanItem<'a> {
    pub id: Cow<'a, str>,
    pub score: f64,
    pub horizon: u32,
    /// The action's primary dimension, the first of its `addresses` (`None` in plans kept
    /// under version 1 of the plan rule, which had none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<Cow<'a, str>>,
    /// The dimensions this action addresses that have a priority above zero: what earned it
    /// its place.
    pub addresses: Vec<Cow<'a, str>>,
}

impl PlanItem<'_> {
    /// The same item, holding its ids.
    pub fn owned(&self) -> PlanItem<'static> {
        PlanItem {
            id: owned(&self.id),
            score: self.score,
            horizon: self.horizon,
            primary: self.primary.as_deref().map(owned),
            addresses: self.addresses.iter().map(|a| owned(a)).collect(),
        }
    }
}

/// One rubric's readiness (traits) or barrier load (barriers), 0..100, by the same formula
/// as the totals over its own dimensions; `None` when none of them is scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RubricFigure<'a> {
    pub id: Cow<'a, str>,
    pub kind: Kind,
    pub value: Option<f64>,
}

impl RubricFigure<'_> {
    /// The same figure, holding its id.
    pub fn owned(&self) -> RubricFigure<'static> {
        RubricFigure {
            id: owned(&self.id),
            kind: self.kind,
            value: self.value,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores<'a> {
    /// 0..100 over scored traits; `None` when no trait is scored.
    pub readiness: Option<f64>,
    /// 0..100 over scored barriers; `None` when no barrier is scored.
    pub barrier_load: Option<f64>,
    /// Each rubric's own figure: readiness for traits, barrier load for barriers (SPEC 3).
    pub by_rubric: Vec<RubricFigure<'a>>,
    pub dimensions: Vec<DimensionScore<'a>>,
    pub plan: Vec<PlanItem<'a>>,
    /// How many actions had a score above zero, before `top` cut the list.
    #[serde(skip)]
    pub plan_candidates: usize,
}

impl<'a> Scores<'a> {
    /// These scores with the plan cut to `top` by the rule's choice (SPEC 3.6), for scores
    /// made with a longer plan (every candidate, to keep).
    pub fn cut(&self, top: usize) -> Scores<'a> {
        let chosen = select(
            self.plan
                .iter()
                .map(|p| p.primary.as_deref().unwrap_or(&p.id)),
            top,
        );
        Scores {
            plan: chosen.into_iter().map(|i| self.plan[i].clone()).collect(),
            ..self.clone()
        }
    }
}

/// Item value after reverse keying: `min + max - a` turns a reverse-keyed answer around.
pub fn item_value(scale: &Scale, reverse: bool, a: i64) -> i64 {
    if reverse {
        scale.min + scale.max - a
    } else {
        a
    }
}

/// Scores one dimension from its item values (already reverse-keyed).
pub fn score_dimension<'a>(
    rubric: &'a Rubric,
    dim: &'a Dimension,
    values: &[i64],
) -> DimensionScore<'a> {
    let n = dim.questions.len();
    let answered = values.len();
    let mut score = DimensionScore {
        id: Cow::Borrowed(&dim.id),
        rubric: Cow::Borrowed(&rubric.id),
        kind: rubric.kind,
        status: Status::Insufficient,
        answered,
        questions: n,
        mean: None,
        level: None,
        gap: None,
        severity: None,
        active: None,
        priority: None,
    };
    // Scored when at least ceil(n / 2) of the n questions are answered.
    if answered == 0 || answered < n.div_ceil(2) {
        return score;
    }
    let scale = &rubric.scale;
    let span = scale.span();
    let mean = values.iter().sum::<i64>() as f64 / answered as f64;
    let level = (mean - scale.min as f64) / span;
    score.status = Status::Scored;
    score.mean = Some(mean);
    score.level = Some(level);
    match dim.goal {
        Goal::Target(target) => {
            let gap = ((target - mean) / span).max(0.0);
            score.gap = Some(gap);
            score.priority = Some(dim.weight * gap);
        }
        Goal::Threshold(threshold) => {
            let active = level >= threshold;
            score.severity = Some(level);
            score.active = Some(active);
            score.priority = Some(if active { dim.weight * level } else { 0.0 });
        }
    }
    score
}

/// Scores an answer sheet against the rubrics it names, with a plan of at most `top` actions.
pub fn score<'a>(set: &'a RubricSet, sheet: &AnswerSheet, top: usize) -> Scores<'a> {
    score_excluding(set, sheet, top, &[])
}

/// [`score`], with the actions in `excluded` never proposed: those done or dropped lately
/// (SPEC section 8). The next candidate takes each one's place.
pub fn score_excluding<'a>(
    set: &'a RubricSet,
    sheet: &AnswerSheet,
    top: usize,
    excluded: &[String],
) -> Scores<'a> {
    let mut dimensions = Vec::with_capacity(set.dimension_total());
    let mut values = Vec::with_capacity(16);
    let mut readiness = Weighted::default();
    let mut load = Weighted::default();
    // Each dimension's priority by its number in the set, for the plan.
    let mut priorities = vec![0.0; set.dimension_total()];
    let mut covered = vec![false; set.rubrics.len()];
    let mut by_rubric = Vec::with_capacity(sheet.rubrics.len());
    for r in sheet.rubrics.iter().filter_map(|id| set.index_of(id)) {
        covered[r] = true;
        let rubric = &set.rubrics[r];
        let mut own = Weighted::default();
        for (d, dim) in rubric.dimensions.iter().enumerate() {
            let numbers = set.numbers(r, d);
            values.clear();
            values.extend(
                sheet
                    .answers
                    .within(numbers.clone())
                    .iter()
                    .filter_map(|&(n, a)| {
                        let q = &dim.questions[n - numbers.start];
                        Some(item_value(&rubric.scale, q.reverse, a.value()?))
                    }),
            );
            let s = score_dimension(rubric, dim, &values);
            priorities[set.dimension_number(r, d)] = s.priority.unwrap_or(0.0);
            if let Some(mean) = s.mean {
                let min = rubric.scale.min as f64;
                let value = match dim.goal {
                    Goal::Target(target) => ((mean - min) / (target - min)).min(1.0),
                    Goal::Threshold(_) => s.severity.unwrap_or(0.0),
                };
                match dim.goal {
                    Goal::Target(_) => readiness.add(dim.weight, value),
                    Goal::Threshold(_) => load.add(dim.weight, value),
                }
                own.add(dim.weight, value);
            }
            dimensions.push(s);
        }
        by_rubric.push(RubricFigure {
            id: Cow::Borrowed(&rubric.id),
            kind: rubric.kind,
            value: own.percent(),
        });
    }
    let actions = set
        .plan_actions()
        .filter(|p| !excluded.contains(&p.action.id));
    let priority = |(r, d)| priorities[set.dimension_number(r, d)];
    let (plan, plan_candidates) = plan(actions, priority, &covered, top);
    Scores {
        readiness: readiness.percent(),
        barrier_load: load.percent(),
        by_rubric,
        dimensions,
        plan,
        plan_candidates,
    }
}

#[derive(Default)]
struct Weighted {
    sum: f64,
    weights: f64,
}

impl Weighted {
    fn add(&mut self, weight: f64, value: f64) {
        self.sum += weight * value;
        self.weights += weight;
    }

    fn percent(&self) -> Option<f64> {
        (self.weights > 0.0).then(|| 100.0 * self.sum / self.weights)
    }
}

/// The plan (SPEC 3.6, version 2 of the rule). Each action's score is the priority of its
/// primary dimension (the first of its `addresses`) plus half the priorities of the others.
/// Candidates are the actions scoring above zero, by score descending, then horizon
/// ascending, then id ascending; [`select`] picks at most `top` of them. Also returns how many
/// candidates there were. `priority` gives a dimension's priority by its (rubric, dimension)
/// indexes, and `covered` says which rubrics were answered: an action whose primary is in
/// another is no candidate.
pub fn plan<'a>(
    actions: impl Iterator<Item = PlanAction<'a>>,
    priority: impl Fn((usize, usize)) -> f64,
    covered: &[bool],
    top: usize,
) -> (Vec<PlanItem<'a>>, usize) {
    let priority = |at: &Option<(usize, usize)>| at.map_or(0.0, &priority);
    // Scores first, without allocating: only the actions that make the cut become items.
    let mut scored: Vec<(f64, PlanAction<'a>)> =
        Vec::with_capacity(actions.size_hint().1.unwrap_or(0));
    scored.extend(actions.filter_map(|a| {
        let (primary, others) = a.targets.split_first()?;
        if !primary.is_some_and(|(r, _)| covered[r]) {
            return None;
        }
        let score = priority(primary) + 0.5 * others.iter().map(priority).sum::<f64>();
        (score > 0.0).then_some((score, a))
    }));
    // Scores above zero order as their bits do. The rank stands for (horizon, id), and ids
    // are unique: the order is total, and an unstable sort gives the same result.
    scored.sort_unstable_by_key(|(score, a)| (std::cmp::Reverse(score.to_bits()), a.rank));
    let candidates = scored.len();
    let chosen = select(scored.iter().map(|(_, a)| a.targets[0]), top);
    let items = chosen
        .into_iter()
        .map(|i| {
            let (
                score,
                PlanAction {
                    action, targets, ..
                },
            ) = scored[i];
            PlanItem {
                id: Cow::Borrowed(&action.id),
                score,
                horizon: action.horizon,
                primary: Some(Cow::Borrowed(&action.addresses[0])),
                addresses: action
                    .addresses
                    .iter()
                    .zip(targets)
                    .filter(|(_, at)| priority(at) > 0.0)
                    .map(|(id, _)| Cow::Borrowed(id.as_str()))
                    .collect(),
            }
        })
        .collect();
    (items, candidates)
}

/// Which of the candidates (given in candidate order by their primary dimensions) make a plan
/// of at most `top`: first every candidate whose primary is not yet the primary of one taken,
/// then, while the plan is short, the rest in order. Returns their indexes in candidate order.
pub fn select<T: PartialEq>(primaries: impl Iterator<Item = T>, top: usize) -> Vec<usize> {
    let primaries: Vec<T> = primaries.collect();
    let mut taken = vec![false; primaries.len()];
    let mut count = 0;
    let mut seen: Vec<&T> = Vec::new();
    for (i, p) in primaries.iter().enumerate() {
        if count == top {
            break;
        }
        if !seen.contains(&p) {
            seen.push(p);
            taken[i] = true;
            count += 1;
        }
    }
    for t in taken.iter_mut().filter(|t| !**t) {
        if count == top {
            break;
        }
        *t = true;
        count += 1;
    }
    (0..primaries.len()).filter(|&i| taken[i]).collect()
}

/// The plan's order: score descending, then horizon ascending, then id ascending.
pub fn plan_order(a: &PlanItem, b: &PlanItem) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then(a.horizon.cmp(&b.horizon))
        .then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Answers, Rater};
    use crate::rubric::{Action, Loader};
    use proptest::prelude::*;

    /// A small rubric pair to work by hand, shared with the end-to-end tests.
    const TRAITS: &str = include_str!("../tests/fixtures/rubrics/small-traits.toml");
    const BARRIERS: &str = include_str!("../tests/fixtures/rubrics/small-barriers.toml");

    /// The pair, loaded once.
    fn set() -> &'static RubricSet {
        static SET: std::sync::LazyLock<RubricSet> = std::sync::LazyLock::new(|| {
            let mut loader = Loader::new();
            loader.add_text("t.toml", TRAITS, false);
            loader.add_text("b.toml", BARRIERS, false);
            loader.finish().unwrap()
        });
        &SET
    }

    fn sheet(answers: &[(&str, i64)]) -> AnswerSheet {
        AnswerSheet {
            rubrics: vec!["t".into(), "b".into()],
            subject: None,
            rater: Rater::Myself,
            date: None,
            comments: Default::default(),
            answers: Answers::from_ids(
                set(),
                answers.iter().map(|&(id, a)| (id, Answer::Value(a))),
            ),
        }
    }

    /// Worked by hand (scale 1..5, span 4):
    ///
    /// plan: p1=4, p2=2 (reverse: 1+5-2 = 4), p3=3, p4 skipped. 3 of 4 answered >= ceil(4/2).
    ///   m = (4+4+3)/3 = 11/3; L = (11/3 - 1)/4 = 2/3; g = (4 - 11/3)/4 = 1/12;
    ///   P = 2 × 1/12 = 1/6.
    /// comm: c1=5, c2=4; 2 of 3 answered >= ceil(3/2) = 2.
    ///   m = 4.5; L = 3.5/4 = 0.875; g = (5 - 4.5)/4 = 0.125; P = 0.125.
    /// vis: v1=5, v2=1 (reverse: 5). m = 5; s = L = 1; active (>= 0.5); P = 1.5 × 1 = 1.5.
    /// quiet: q1=2, q2=2; 2 of 3 answered >= ceil(3/2) = 2. m = 2; s = 0.25 < 0.5: inactive,
    ///   P = 0.
    /// readiness = 100 × (2 × min(1, (11/3-1)/3) + 1 × min(1, 3.5/4)) / 3
    ///           = 100 × (2 × 8/9 + 7/8) / 3 = 100 × (128/72 + 63/72) / 3 = 100 × 191/216.
    /// barrier load = 100 × (1.5 × 1 + 1 × 0.25) / 2.5 = 70.
    /// plan (rule version 2): brief = P(plan) + ½ P(vis) = 1/6 + 3/4 = 11/12 (30 days),
    /// talk = 0.125, calm = 0 (left out).
    #[test]
    fn worked_example() {
        let s = score(
            set(),
            &sheet(&[
                ("p1", 4),
                ("p2", 2),
                ("p3", 3),
                ("c1", 5),
                ("c2", 4),
                ("v1", 5),
                ("v2", 1),
                ("q1", 2),
                ("q2", 2),
            ]),
            5,
        );
        let close = |a: Option<f64>, b: f64| {
            let a = a.expect("a value");
            assert!((a - b).abs() < 1e-12, "{a} != {b}");
        };
        let d = &s.dimensions;
        assert_eq!(
            d.iter().map(|d| &*d.id).collect::<Vec<_>>(),
            ["plan", "comm", "vis", "quiet"]
        );
        close(d[0].mean, 11.0 / 3.0);
        close(d[0].level, 2.0 / 3.0);
        close(d[0].gap, 1.0 / 12.0);
        close(d[0].priority, 1.0 / 6.0);
        assert_eq!((d[0].answered, d[0].questions), (3, 4));
        close(d[1].gap, 0.125);
        close(d[2].severity, 1.0);
        assert_eq!(d[2].active, Some(true));
        assert_eq!(d[2].gap, None);
        close(d[2].priority, 1.5);
        close(d[3].severity, 0.25);
        assert_eq!(d[3].active, Some(false));
        close(d[3].priority, 0.0);
        close(s.readiness, 100.0 * 191.0 / 216.0);
        close(s.barrier_load, 70.0);
        let ids: Vec<_> = s.plan.iter().map(|p| &*p.id).collect();
        assert_eq!(ids, ["brief", "talk"]);
        close(Some(s.plan[0].score), 11.0 / 12.0);
        assert_eq!(s.plan[0].primary.as_deref(), Some("plan"));
        assert_eq!(s.plan[0].addresses, ["plan", "vis"]);
        assert_eq!(s.plan_candidates, 2);
    }

    fn action(id: &str, horizon: u32, addresses: &[&str]) -> Action {
        Action {
            id: id.into(),
            text: String::new(),
            horizon,
            done_when: String::new(),
            addresses: addresses.iter().map(|a| a.to_string()).collect(),
        }
    }

    /// Dimensions `a`, `b` (rubric 0) and `c` (rubric 1) by index.
    fn at(dim: &str) -> Option<(usize, usize)> {
        match dim {
            "a" => Some((0, 0)),
            "b" => Some((0, 1)),
            "c" => Some((1, 0)),
            _ => None,
        }
    }

    /// The plan of `actions` for these priorities by (rubric, dimension), for answers
    /// covering the rubrics marked in `covered`.
    fn plan_in(
        actions: &[Action],
        priorities: &[Vec<f64>],
        covered: &[bool],
        top: usize,
    ) -> (Vec<PlanItem<'static>>, usize) {
        let targets: Vec<Vec<_>> = actions
            .iter()
            .map(|a| a.addresses.iter().map(|d| at(d)).collect())
            .collect();
        let rank = |a: &Action| {
            actions
                .iter()
                .filter(|b| (b.horizon, &b.id) < (a.horizon, &a.id))
                .count() as u32
        };
        let (items, candidates) = plan(
            actions
                .iter()
                .zip(&targets)
                .map(|(action, targets)| PlanAction {
                    action,
                    targets,
                    rank: rank(action),
                }),
            |(r, d)| priorities[r][d],
            covered,
            top,
        );
        (items.iter().map(PlanItem::owned).collect(), candidates)
    }

    fn plan_of(actions: &[Action], priorities: &[Vec<f64>], top: usize) -> Vec<PlanItem<'static>> {
        plan_in(actions, priorities, &[true, true], top).0
    }

    /// Worked by hand: P(a) = 0.5, P(b) = 0.25, P(c) = 0.8.
    /// a1 [a] = 0.5; a2 [a, b] = 0.5 + 0.125 = 0.625; b1 [b] = 0.25;
    /// c1 [c, a] = 0.8 + 0.25 = 1.05. Candidates: c1, a2, a1, b1.
    /// Top 3: c1 (c), a2 (a), a1 passed over (a is taken), b1 (b).
    /// Top 4: the first pass takes c1, a2, b1; the fill adds a1; listed in candidate order.
    #[test]
    fn plan_rule_version_2_worked_by_hand() {
        let actions = [
            action("a1", 30, &["a"]),
            action("a2", 60, &["a", "b"]),
            action("b1", 30, &["b"]),
            action("c1", 90, &["c", "a"]),
        ];
        let priorities = vec![vec![0.5, 0.25], vec![0.8]];
        let ids = |top| {
            plan_of(&actions, &priorities, top)
                .iter()
                .map(|p| (p.id.clone(), p.score))
                .collect::<Vec<_>>()
        };
        let three = ids(3);
        assert_eq!(
            three.iter().map(|(id, _)| &**id).collect::<Vec<_>>(),
            ["c1", "a2", "b1"]
        );
        for ((_, got), want) in three.iter().zip([1.05, 0.625, 0.25]) {
            assert!((got - want).abs() < 1e-12, "{got} != {want}");
        }
        let four: Vec<_> = ids(4).into_iter().map(|(id, _)| id).collect();
        assert_eq!(four, ["c1", "a2", "a1", "b1"]);
        assert_eq!(ids(2).len(), 2);
        let items = plan_of(&actions, &priorities, 1);
        assert_eq!(items[0].primary.as_deref(), Some("c"));
        assert_eq!(items[0].addresses, ["c", "a"]);
        // Answers that do not cover rubric 1: c1, mainly for `c`, is no candidate.
        let (items, candidates) = plan_in(&actions, &priorities, &[true, false], 5);
        let ids: Vec<_> = items.iter().map(|p| &*p.id).collect();
        assert_eq!((ids, candidates), (vec!["a2", "a1", "b1"], 3));
    }

    #[test]
    fn too_few_answers_is_insufficient_not_zero() {
        let s = score(set(), &sheet(&[("p1", 1), ("c1", 1)]), 5);
        let plan = &s.dimensions[0];
        assert_eq!(plan.status, Status::Insufficient);
        assert_eq!((plan.mean, plan.priority, plan.gap), (None, None, None));
        // comm has 1 of 3 answered: ceil(3/2) = 2 are needed.
        assert_eq!(s.dimensions[1].status, Status::Insufficient);
        assert_eq!(s.readiness, None);
        assert_eq!(s.barrier_load, None);
        assert!(s.plan.is_empty());
    }

    fn answer_strategy() -> impl Strategy<Value = Vec<Option<i64>>> {
        proptest::collection::vec(proptest::option::of(1i64..=5), IDS.len())
    }

    const IDS: [&str; 11] = [
        "p1", "p2", "p3", "p4", "c1", "c2", "c3", "v1", "v2", "q1", "q2",
    ];

    fn sheet_of(values: &[Option<i64>]) -> AnswerSheet {
        let answers: Vec<(&str, i64)> = IDS
            .iter()
            .zip(values)
            .filter_map(|(id, v)| v.map(|v| (*id, v)))
            .collect();
        sheet(&answers)
    }

    proptest! {
        #[test]
        fn levels_and_gaps_stay_in_range(values in answer_strategy()) {
            let s = score(set(), &sheet_of(&values), 10);
            for d in &s.dimensions {
                if let Some(l) = d.level { prop_assert!((0.0..=1.0).contains(&l)); }
                if let Some(g) = d.gap { prop_assert!(g >= 0.0); }
                if let Some(p) = d.priority { prop_assert!(p >= 0.0); }
                let needed = d.questions.div_ceil(2);
                prop_assert_eq!(d.status == Status::Scored, d.answered >= needed && d.answered > 0);
                prop_assert_eq!(d.mean.is_some(), d.status == Status::Scored);
            }
            for r in [s.readiness, s.barrier_load].into_iter().flatten() {
                prop_assert!((0.0..=100.0 + 1e-9).contains(&r));
            }
        }

        #[test]
        fn plan_is_ordered_and_positive(values in answer_strategy(), top in 0usize..5) {
            let s = score(set(), &sheet_of(&values), top);
            prop_assert!(s.plan.len() <= top);
            for w in s.plan.windows(2) {
                prop_assert_ne!(plan_order(&w[0], &w[1]), Ordering::Greater);
            }
            prop_assert!(s.plan.iter().all(|p| p.score > 0.0));
        }

        /// SPEC 3.6: no two plan actions share a primary while a candidate with another
        /// primary is left out; scores are P(primary) + half the rest; listed in candidate
        /// order; as long as the plan can be.
        #[test]
        fn plan_rule_version_2_holds(
            p in proptest::collection::vec(0.0f64..1.0, 3),
            shapes in proptest::collection::vec(
                (proptest::sample::subsequence(vec!["a", "b", "c"], 1..=3), proptest::sample::select(vec![30u32, 60, 90]), any::<bool>()),
                1..12,
            ),
            top in 0usize..8,
        ) {
            let p = vec![vec![p[0], p[1]], vec![p[2]]];
            let actions: Vec<Action> = shapes
                .iter()
                .enumerate()
                .map(|(i, (dims, horizon, flip))| {
                    let mut dims = dims.clone();
                    if *flip { dims.reverse(); }
                    action(&format!("x{i:02}"), *horizon, &dims)
                })
                .collect();
            let items = plan_of(&actions, &p, top);
            let prio = |d: &str| at(d).map_or(0.0, |(r, i)| p[r][i]);
            let candidates: Vec<&Action> = actions.iter().filter(|a| {
                prio(&a.addresses[0]) + 0.5 * a.addresses[1..].iter().map(|d| prio(d)).sum::<f64>() > 0.0
            }).collect();
            prop_assert_eq!(items.len(), top.min(candidates.len()));
            for w in items.windows(2) {
                prop_assert_ne!(plan_order(&w[0], &w[1]), Ordering::Greater);
            }
            for item in &items {
                let a = actions.iter().find(|a| a.id == item.id).unwrap();
                let want = prio(&a.addresses[0]) + 0.5 * a.addresses[1..].iter().map(|d| prio(d)).sum::<f64>();
                prop_assert!((item.score - want).abs() < 1e-12);
                prop_assert_eq!(item.primary.as_deref(), Some(a.addresses[0].as_str()));
            }
            let primaries: Vec<&str> = items.iter().filter_map(|i| i.primary.as_deref()).collect();
            let repeated = primaries.iter().enumerate().any(|(i, p)| primaries[..i].contains(p));
            if repeated {
                for c in &candidates {
                    prop_assert!(
                        primaries.contains(&c.addresses[0].as_str()),
                        "{} was left out while a primary repeats", c.id
                    );
                }
            }
        }

        /// Flipping `reverse` on a question and mirroring its answer changes nothing.
        #[test]
        fn reversing_and_mirroring_is_invariant(values in answer_strategy(), which in 0usize..IDS.len()) {
            let base = set();
            let before = score(base, &sheet_of(&values), 10);
            let mut flipped = base.clone();
            for r in &mut flipped.rubrics {
                for d in &mut r.dimensions {
                    for q in &mut d.questions {
                        if q.id == IDS[which] { q.reverse = !q.reverse; }
                    }
                }
            }
            let mut mirrored = values.clone();
            mirrored[which] = mirrored[which].map(|a| 1 + 5 - a);
            let after = score(&flipped, &sheet_of(&mirrored), 10);
            prop_assert_eq!(before, after);
        }
    }
}
