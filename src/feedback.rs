//! 360 feedback: how a person sees themselves against how others see them. Pure: scored
//! answer sheets in, a view out.
//!
//! Per dimension, the self level is the mean of the person's own ratings (usually one), the
//! others' level the mean of each other rater's level, and `delta = self − others` in level
//! units (0..1). A trait the person rates at least `gap` above others, or a barrier others
//! see at least `gap` more strongly, is a **blind spot**; the reverse is a **hidden
//! strength**. Raters are grouped by role: the manager and the coach are shown by role, as
//! each is one known person; peers and direct reports only as a group of at least
//! [`MIN_GROUP`], so that no answer can be traced to a person. Smaller groups still count in
//! "others".

use std::collections::BTreeMap;

use serde::Serialize;

use crate::answers::Rater;
use crate::rubric::Kind;
use crate::score::Scores;
use crate::stats::mean;

/// `--gap` when none is given: a quarter of the scale.
pub const DEFAULT_GAP: f64 = 0.25;

/// The fewest peers or reports shown as a group of their own.
pub const MIN_GROUP: usize = 3;

/// Differences this close to `gap` count as reaching it: levels are sums of quarters and
/// fifths, and `0.75 − 0.5` must be a quarter.
const TOLERANCE: f64 = 1e-9;

/// One rater's scored answers about the person.
#[derive(Debug, Clone, Copy)]
pub struct Rating<'a> {
    pub rater: Rater,
    pub scores: &'a Scores<'a>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Finding {
    BlindSpot,
    HiddenStrength,
}

impl Finding {
    /// The finding's name for a person, in their language.
    pub fn label(self) -> String {
        match self {
            Finding::BlindSpot => crate::t!("finding-blind-spot"),
            Finding::HiddenStrength => crate::t!("finding-hidden-strength"),
        }
    }
}

/// Whether a role may be shown on its own, given how many of its raters there are.
pub fn shown_alone(rater: Rater, raters: usize) -> bool {
    match rater {
        Rater::Myself => false,
        Rater::Manager | Rater::Coach => raters > 0,
        Rater::Peer | Rater::Report => raters >= MIN_GROUP,
    }
}

/// Who is shown how. Peers and reports in groups under [`MIN_GROUP`] are counted only in
/// "others". So that their answers cannot be worked out by subtracting the groups that are
/// shown from "others", shown groups are folded in too, smallest first, until at least
/// [`MIN_GROUP`] raters stand behind what is not shown. When there are not that many raters
/// besides the person, "others" is withheld instead (the second value is true).
pub fn groups(ratings: &[Rating<'_>]) -> (Vec<RaterCount>, bool) {
    let raters = Rater::ALL
        .iter()
        .map(|&rater| {
            let n = ratings.iter().filter(|r| r.rater == rater).count();
            RaterCount {
                rater,
                n,
                shown: shown_alone(rater, n),
            }
        })
        .filter(|c| c.n > 0)
        .collect();
    fold(raters)
}

/// Folds shown groups in with the hidden raters until at least [`MIN_GROUP`] stand behind
/// what is not shown; true when that cannot be done and "others" must be withheld.
fn fold(mut raters: Vec<RaterCount>) -> (Vec<RaterCount>, bool) {
    let hidden = |raters: &[RaterCount]| -> usize {
        raters
            .iter()
            .filter(|c| c.rater != Rater::Myself && !c.shown)
            .map(|c| c.n)
            .sum()
    };
    let others: usize = raters
        .iter()
        .filter(|c| c.rater != Rater::Myself)
        .map(|c| c.n)
        .sum();
    if hidden(&raters) == 0 {
        return (raters, false);
    }
    if others < MIN_GROUP {
        return (raters, true);
    }
    while hidden(&raters) < MIN_GROUP {
        let smallest = raters
            .iter_mut()
            .filter(|c| c.shown)
            .min_by_key(|c| c.n)
            .expect("others outnumber the hidden raters, so some group is shown");
        smallest.shown = false;
    }
    (raters, false)
}

/// One group's view of a dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupLevel {
    pub rater: Rater,
    /// Raters of this group with the dimension scored.
    pub n: usize,
    pub level: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionView {
    pub id: String,
    pub rubric: String,
    pub kind: Kind,
    #[serde(rename = "self")]
    pub myself: Option<f64>,
    pub others: Option<f64>,
    /// Other raters with the dimension scored.
    pub others_n: usize,
    pub delta: Option<f64>,
    /// True when others' view of this dimension is withheld: too few of them scored it
    /// for their answers to stay untraceable.
    pub others_withheld: bool,
    /// The groups shown on their own, in role order.
    pub groups: Vec<GroupLevel>,
    pub finding: Option<Finding>,
}

impl DimensionView {
    /// The level a shown group gives this dimension, if it is shown and scored it.
    pub fn group_level(&self, rater: Rater) -> Option<f64> {
        self.groups
            .iter()
            .find(|g| g.rater == rater)
            .and_then(|g| g.level)
    }
}

/// Raters of one role, and whether they are shown as a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RaterCount {
    pub rater: Rater,
    pub n: usize,
    pub shown: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Feedback {
    pub subject: Option<String>,
    /// Every role with at least one rater, self included, in role order.
    pub raters: Vec<RaterCount>,
    /// True when "others" is not shown at all: fewer than [`MIN_GROUP`] raters besides the
    /// person, some of them peers or reports, whose answers would be laid bare.
    pub others_withheld: bool,
    pub gap: f64,
    pub dimensions: Vec<DimensionView>,
    pub blind_spots: Vec<String>,
    pub hidden_strengths: Vec<String>,
    /// Others' comments as they may be shown: by group, sorted by text within a group.
    pub comments: Vec<GroupComment>,
    /// Comments left out because too few raters stand behind them.
    pub comments_withheld: usize,
}

/// A comment as shown: the group it is shown under (`manager`, `peers`, `reports`, `coach`
/// or `others`), its topic (`start`, `stop`, `continue` or a dimension id) and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupComment {
    pub group: &'static str,
    pub topic: String,
    pub text: String,
}

/// The groups comments are shown under, in the order they are shown.
pub const COMMENT_GROUPS: [&str; 5] = ["manager", "peers", "reports", "coach", "others"];

impl Feedback {
    /// Raters other than the person.
    pub fn others(&self) -> usize {
        self.raters
            .iter()
            .filter(|c| c.rater != Rater::Myself)
            .map(|c| c.n)
            .sum()
    }

    /// Where a rater's comments are shown, under the rule of the scores (SPEC section 9):
    /// the manager's and the coach's by role, as each is one known person; peers' and
    /// reports' under their role where that group is shown, else pooled into "others"; `None`
    /// (withheld) when "others" is withheld or too few raters stand behind it.
    pub fn comment_group(&self, rater: Rater) -> Option<&'static str> {
        let shown = self.raters.iter().any(|c| c.rater == rater && c.shown);
        match rater {
            Rater::Myself => None,
            Rater::Manager => Some("manager"),
            Rater::Coach => Some("coach"),
            Rater::Peer if shown => Some("peers"),
            Rater::Report if shown => Some("reports"),
            Rater::Peer | Rater::Report => {
                (!self.others_withheld && self.folded() >= MIN_GROUP).then_some("others")
            }
        }
    }

    /// Sets others' comments, each rater's under its group (see [`Feedback::comment_group`]),
    /// groups in [`COMMENT_GROUPS`] order and comments sorted by text within a group (then by
    /// topic), never in the order of the files, which could tell who wrote what.
    pub fn set_comments<'c>(
        &mut self,
        raters: impl IntoIterator<Item = (Rater, &'c crate::comments::Comments)>,
    ) {
        let mut shown = Vec::new();
        let mut withheld = 0;
        for (rater, comments) in raters {
            if rater == Rater::Myself {
                continue;
            }
            match self.comment_group(rater) {
                Some(group) => shown.extend(comments.iter().map(|(topic, text)| GroupComment {
                    group,
                    topic: topic.clone(),
                    text: text.clone(),
                })),
                None => withheld += comments.len(),
            }
        }
        let rank = |g: &str| COMMENT_GROUPS.iter().position(|x| *x == g);
        shown.sort_by(|a, b| {
            (rank(a.group), &a.text, &a.topic).cmp(&(rank(b.group), &b.text, &b.topic))
        });
        self.comments = shown;
        self.comments_withheld = withheld;
    }

    /// Raters counted in "others" but not shown as a group of their own.
    pub fn folded(&self) -> usize {
        self.raters
            .iter()
            .filter(|c| c.rater != Rater::Myself && !c.shown)
            .map(|c| c.n)
            .sum()
    }
}

/// Classifies a difference between self and others.
pub fn finding(kind: Kind, delta: f64, gap: f64) -> Option<Finding> {
    let over = delta >= gap - TOLERANCE;
    let under = delta <= -gap + TOLERANCE;
    match kind {
        // Rating yourself higher on a trait than others do is the blind spot.
        Kind::Traits if over => Some(Finding::BlindSpot),
        Kind::Traits if under => Some(Finding::HiddenStrength),
        // Others seeing a barrier more strongly than you do is the blind spot.
        Kind::Barriers if under => Some(Finding::BlindSpot),
        Kind::Barriers if over => Some(Finding::HiddenStrength),
        _ => None,
    }
}

/// The 360 view of one person from every rating about them.
pub fn feedback(subject: Option<&str>, ratings: &[Rating<'_>], gap: f64) -> Feedback {
    let (raters, file_withheld) = groups(ratings);
    let withheld = file_withheld;
    // Dimensions in the order they first appear, the person's own ratings first.
    let mut order: Vec<(&str, &str, Kind)> = Vec::new();
    let own_first = ratings
        .iter()
        .filter(|r| r.rater == Rater::Myself)
        .chain(ratings.iter().filter(|r| r.rater != Rater::Myself));
    for r in own_first {
        for d in &r.scores.dimensions {
            if !order
                .iter()
                .any(|(id, rubric, _)| *id == d.id && *rubric == d.rubric)
            {
                order.push((&d.id, &d.rubric, d.kind));
            }
        }
    }

    let level_of = |r: &Rating<'_>, id: &str, rubric: &str| {
        r.scores
            .dimensions
            .iter()
            .find(|d| d.id == id && d.rubric == rubric)
            .and_then(|d| d.level)
    };
    let levels = |id: &str, rubric: &str, keep: &dyn Fn(Rater) -> bool| -> Vec<f64> {
        ratings
            .iter()
            .filter(|r| keep(r.rater))
            .filter_map(|r| level_of(r, id, rubric))
            .collect()
    };

    let mut dimensions = Vec::new();
    let (mut blind_spots, mut hidden_strengths) = (Vec::new(), Vec::new());
    for (id, rubric, kind) in order {
        let own = levels(id, rubric, &|r| r == Rater::Myself);
        let others = levels(id, rubric, &|r| r != Rater::Myself);
        // The same rules again with only the raters who scored this dimension: one whose
        // answers were too few must not leave a group of two, or a single hidden rater.
        let scored: Vec<RaterCount> = raters
            .iter()
            .filter(|c| c.rater != Rater::Myself)
            .map(|c| {
                let n = levels(id, rubric, &|r| r == c.rater).len();
                RaterCount {
                    rater: c.rater,
                    n,
                    shown: c.shown && shown_alone(c.rater, n),
                }
            })
            .collect();
        let (scored, withheld_here) = fold(scored);
        let withheld = withheld || withheld_here;
        let groups = scored
            .iter()
            .filter(|c| c.shown && !withheld)
            .map(|c| {
                let xs = levels(id, rubric, &|r| r == c.rater);
                GroupLevel {
                    rater: c.rater,
                    n: xs.len(),
                    level: mean(&xs),
                }
            })
            .collect();
        let myself = mean(&own);
        let other = if withheld { None } else { mean(&others) };
        let delta = myself.zip(other).map(|(s, o)| s - o);
        let found = delta.and_then(|d| finding(kind, d, gap));
        match found {
            Some(Finding::BlindSpot) => blind_spots.push(id.to_string()),
            Some(Finding::HiddenStrength) => hidden_strengths.push(id.to_string()),
            None => {}
        }
        dimensions.push(DimensionView {
            others_withheld: withheld,
            id: id.to_string(),
            rubric: rubric.to_string(),
            kind,
            myself,
            others: other,
            others_n: if withheld { 0 } else { others.len() },
            delta,
            groups,
            finding: found,
        });
    }
    Feedback {
        subject: subject.map(str::to_string),
        raters,
        others_withheld: file_withheld,
        gap,
        dimensions,
        blind_spots,
        hidden_strengths,
        comments: Vec::new(),
        comments_withheld: 0,
    }
}

/// Ratings grouped by subject, subjects in the order they first appear. Files with no
/// subject are grouped together under `None`.
pub fn by_subject<'a, T>(
    items: impl IntoIterator<Item = (Option<&'a str>, T)>,
) -> Vec<(Option<&'a str>, Vec<T>)> {
    let mut groups: Vec<(Option<&str>, Vec<T>)> = Vec::new();
    let mut index: BTreeMap<Option<&str>, usize> = BTreeMap::new();
    for (subject, item) in items {
        let i = *index.entry(subject).or_insert_with(|| {
            groups.push((subject, Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(item);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::{DimensionScore, Status};

    fn scores(levels: &[(&str, Kind, Option<f64>)]) -> Scores<'static> {
        Scores {
            readiness: None,
            barrier_load: None,
            by_rubric: Vec::new(),
            dimensions: levels
                .iter()
                .map(|&(id, kind, level)| DimensionScore {
                    id: id.to_string().into(),
                    rubric: format!("{kind:?}").into(),
                    kind,
                    status: if level.is_some() {
                        Status::Scored
                    } else {
                        Status::Insufficient
                    },
                    answered: 4,
                    questions: 4,
                    mean: level.map(|l| 1.0 + 4.0 * l),
                    level,
                    gap: None,
                    severity: None,
                    active: None,
                    priority: None,
                })
                .collect(),
            plan: Vec::new(),
            plan_candidates: 0,
        }
    }

    #[test]
    fn findings_follow_the_kind() {
        use Finding::*;
        assert_eq!(finding(Kind::Traits, 0.25, 0.25), Some(BlindSpot));
        assert_eq!(finding(Kind::Traits, 0.75 - 0.5, 0.25), Some(BlindSpot));
        assert_eq!(finding(Kind::Traits, -0.3, 0.25), Some(HiddenStrength));
        assert_eq!(finding(Kind::Traits, 0.24, 0.25), None);
        assert_eq!(finding(Kind::Barriers, -0.25, 0.25), Some(BlindSpot));
        assert_eq!(finding(Kind::Barriers, 0.5, 0.25), Some(HiddenStrength));
        assert_eq!(finding(Kind::Barriers, 0.1, 0.25), None);
    }

    #[test]
    fn small_groups_are_folded_and_insufficient_levels_left_out() {
        let me = scores(&[("t", Kind::Traits, Some(0.75))]);
        let boss = scores(&[("t", Kind::Traits, Some(0.5))]);
        let peer_a = scores(&[("t", Kind::Traits, Some(0.25))]);
        let peer_b = scores(&[("t", Kind::Traits, None)]);
        let report = scores(&[("t", Kind::Traits, Some(0.5))]);
        let ratings = [
            Rating {
                rater: Rater::Myself,
                scores: &me,
            },
            Rating {
                rater: Rater::Manager,
                scores: &boss,
            },
            Rating {
                rater: Rater::Peer,
                scores: &peer_a,
            },
            Rating {
                rater: Rater::Peer,
                scores: &peer_b,
            },
            Rating {
                rater: Rater::Report,
                scores: &report,
            },
        ];
        let f = feedback(Some("Sam"), &ratings, DEFAULT_GAP);
        let d = &f.dimensions[0];
        // Others: (0.5 + 0.25 + 0.5) / 3; the peer with too few answers does not count.
        assert!((d.others.unwrap() - 1.25 / 3.0).abs() < 1e-12);
        assert_eq!(d.others_n, 3);
        assert!((d.delta.unwrap() - (0.75 - 1.25 / 3.0)).abs() < 1e-12);
        assert_eq!(d.finding, Some(Finding::BlindSpot));
        // Overall the manager is shown; on this dimension only one peer scored, so the
        // manager is folded in too, or the peer and report could be worked out.
        assert!(
            f.raters
                .iter()
                .any(|c| c.rater == Rater::Manager && c.shown)
        );
        assert!(d.groups.is_empty(), "{:?}", d.groups);
        assert_eq!(f.others(), 4);
        assert_eq!(f.folded(), 3);
        assert_eq!(f.blind_spots, ["t"]);
    }

    fn ratings<'a>(who: &[(Rater, &'a Scores)]) -> Vec<Rating<'a>> {
        who.iter()
            .map(|&(rater, scores)| Rating { rater, scores })
            .collect()
    }

    #[test]
    fn shown_groups_are_folded_until_three_stand_behind_the_hidden_ones() {
        let s = scores(&[("t", Kind::Traits, Some(0.5))]);
        let mut who = vec![(Rater::Myself, &s), (Rater::Manager, &s)];
        who.extend([(Rater::Peer, &s); 4]);
        who.extend([(Rater::Report, &s); 2]);
        let (raters, withheld) = groups(&ratings(&who));
        assert!(!withheld);
        let shown: Vec<Rater> = raters.iter().filter(|c| c.shown).map(|c| c.rater).collect();
        // Two reports alone could be recovered from Others minus the manager and the peers:
        // the manager is folded in with them.
        assert_eq!(shown, [Rater::Peer]);
    }

    #[test]
    fn a_rater_with_too_few_answers_does_not_leave_a_small_group_shown() {
        let s = scores(&[("t", Kind::Traits, Some(0.5))]);
        let gap = scores(&[("t", Kind::Traits, None)]);
        let mut who = vec![(Rater::Myself, &s), (Rater::Manager, &s)];
        who.extend([(Rater::Peer, &s); 2]);
        who.push((Rater::Peer, &gap));
        who.extend([(Rater::Report, &s); 3]);
        let f = feedback(None, &ratings(&who), DEFAULT_GAP);
        // Three peers overall, but two scored `t`: no peer group on `t`, and with the two
        // peers hidden the manager is folded in with them.
        assert!(f.raters.iter().any(|c| c.rater == Rater::Peer && c.shown));
        let shown: Vec<Rater> = f.dimensions[0].groups.iter().map(|g| g.rater).collect();
        assert_eq!(shown, [Rater::Report]);
        assert_eq!(f.dimensions[0].others_n, 6);
    }

    #[test]
    fn others_are_withheld_when_too_few_could_be_traced() {
        let s = scores(&[("t", Kind::Traits, Some(0.5))]);
        let f = feedback(
            None,
            &ratings(&[(Rater::Myself, &s), (Rater::Manager, &s), (Rater::Peer, &s)]),
            DEFAULT_GAP,
        );
        assert!(f.others_withheld);
        assert_eq!(f.dimensions[0].others, None);
        assert_eq!(f.dimensions[0].finding, None);
        // A manager alone is one known person, shown by role.
        let f = feedback(
            None,
            &ratings(&[(Rater::Myself, &s), (Rater::Manager, &s)]),
            DEFAULT_GAP,
        );
        assert!(!f.others_withheld);
        assert_eq!(f.dimensions[0].others, Some(0.5));
    }

    #[test]
    fn subjects_keep_their_first_order() {
        let groups = by_subject([(Some("b"), 1), (None, 2), (Some("a"), 3), (Some("b"), 4)]);
        assert_eq!(
            groups,
            [
                (Some("b"), vec![1, 4]),
                (None, vec![2]),
                (Some("a"), vec![3])
            ]
        );
    }
}
