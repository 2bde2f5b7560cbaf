//! Working the plan (SPEC section 8): the current plan of a part of the store, made of its
//! latest assessment's plan, the actions still in progress from earlier plans and the
//! person's own actions, each with what has been done of it. Pure: the saved assessments and
//! the plan's record ([`Tracking`]) in, a plan out; the store keeps the record.

use jiff::civil::Date;
use serde::Serialize;

use crate::answers::Rater;
use crate::compare::{Comparison, DoneAction};
use crate::store::{ActionStatus, Assessment, Change, KeptAction, Note, Track, Tracking};

/// An action done or dropped is not proposed again for this many days after that day.
pub const QUIET_DAYS: i64 = 180;
/// The plan suggests answering again this many days after it was made.
pub const REASSESS_DAYS: i64 = 90;

/// A day written `YYYY-MM-DD` (a longer date-time is read by its first ten characters).
pub fn parse_day(s: &str) -> Option<Date> {
    s.get(..10)?.parse().ok()
}

/// `day` plus `days` days.
pub fn add_days(day: Date, days: i64) -> Date {
    day.saturating_add(jiff::Span::new().days(days))
}

/// The day an assessment is of: its answers' `date`, else the day it was saved.
pub fn day_of(a: &Assessment) -> Option<Date> {
    a.date
        .as_deref()
        .and_then(parse_day)
        .or_else(|| parse_day(&a.created))
}

/// The assessment a part's current plan is of: the latest by its day, the later saved on the
/// same day. The person's own views come first: another rater's view is not their plan.
pub fn latest(list: &[Assessment]) -> Option<&Assessment> {
    let own = list.iter().any(|a| a.rater == Rater::Myself);
    list.iter()
        .enumerate()
        .filter(|(_, a)| !own || a.rater == Rater::Myself)
        .max_by_key(|(i, a)| (day_of(a), *i))
        .map(|(_, a)| a)
}

/// One action of the current plan, as `plan --format json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub id: String,
    pub text: String,
    pub done_when: String,
    /// One of the person's own actions (`plan add`).
    pub own: bool,
    /// The action's score (SPEC 3.6); `None` (null) for the person's own, which are not scored.
    pub score: Option<f64>,
    pub horizon: u32,
    /// The day its plan was made (for an own action, the day it was added) plus its horizon.
    pub due: String,
    pub primary: Option<String>,
    pub addresses: Vec<String>,
    pub status: ActionStatus,
    pub started: Option<String>,
    pub done: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dropped: Option<String>,
    /// Still open after its due day.
    pub overdue: bool,
    pub notes: Vec<Note>,
    /// The assessment whose plan it comes from; `None` for the person's own.
    #[serde(skip)]
    pub from: Option<String>,
    /// Where its record is in the [`Tracking`], when it has one.
    #[serde(skip)]
    pub track: Option<usize>,
}

/// The plan being worked on, with what has been done of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurrentPlan {
    pub assessment: String,
    pub subject: Option<String>,
    /// The day of the assessment: due days count from it.
    pub made: String,
    /// When to answer again.
    pub reassess_on: String,
    pub items: Vec<Item>,
    #[serde(skip)]
    pub rater: Rater,
    /// The actions of the assessment's plan with a score above zero.
    #[serde(skip)]
    pub candidates: usize,
}

impl CurrentPlan {
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn open(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| i.status.is_open())
    }
}

/// What an item is, before what has been done of it is added.
struct Base<'a> {
    id: &'a str,
    text: &'a str,
    done_when: &'a str,
    score: Option<f64>,
    horizon: u32,
    addresses: Vec<&'a str>,
    primary: Option<&'a str>,
    /// The day its due day counts from.
    start: Date,
    from: Option<&'a str>,
}

impl<'a> Base<'a> {
    fn kept(k: &'a KeptAction, from: &'a Assessment, start: Date) -> Base<'a> {
        Base {
            id: &k.item.id,
            text: &k.text,
            done_when: &k.done_when,
            score: Some(k.item.score),
            horizon: k.item.horizon,
            addresses: k.item.addresses.iter().map(|a| &**a).collect(),
            primary: k.item.primary.as_deref(),
            start,
            from: Some(&from.id),
        }
    }

    fn item(self, state: &Tracking, track: Option<usize>, today: Date) -> Item {
        let t = track.map(|i| &state.tracks[i]);
        let status = t.map_or(ActionStatus::Todo, Track::status);
        let due = add_days(self.start, i64::from(self.horizon));
        let day = |f: fn(&Track) -> Option<&str>| t.and_then(f).map(str::to_string);
        Item {
            id: self.id.to_string(),
            text: self.text.to_string(),
            done_when: self.done_when.to_string(),
            own: self.from.is_none(),
            score: self.score,
            horizon: self.horizon,
            due: due.to_string(),
            primary: self
                .primary
                .or(self.addresses.first().copied())
                .map(str::to_string),
            addresses: self.addresses.iter().map(|a| a.to_string()).collect(),
            status,
            started: day(Track::started),
            done: day(|t| t.since(ActionStatus::Done)),
            dropped: day(|t| t.since(ActionStatus::Dropped)),
            overdue: status.is_open() && due < today,
            notes: t.map(|t| t.notes.clone()).unwrap_or_default(),
            from: self.from.map(str::to_string),
            track,
        }
    }
}

/// The record that goes with `action` in the plan of `assessment` (made on `made`): its own,
/// else one carried over from an earlier plan (in progress, or closed since `made`).
fn record_of(state: &Tracking, action: &str, assessment: &str, made: Date) -> Option<usize> {
    let mine = |t: &Track| t.assessment.as_deref() == Some(assessment);
    let carried = |t: &Track| {
        t.assessment.is_some()
            && (t.status() == ActionStatus::Doing
                || t.closed().and_then(parse_day).is_some_and(|d| d >= made))
    };
    let of_action = || {
        state
            .tracks
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, t)| t.action == action)
    };
    of_action()
        .find(|(_, t)| mine(t))
        .or_else(|| of_action().find(|(_, t)| carried(t)))
        .map(|(i, _)| i)
}

/// The current plan of a part of the store: the plan (cut to `top`) of its [`latest`]
/// assessment and any other of that plan's actions already worked on; then the actions in
/// progress from earlier plans; then the person's own actions, but those closed before the
/// plan was made. `None` when nothing is saved.
pub fn current(
    list: &[Assessment],
    state: &Tracking,
    top: usize,
    today: Date,
) -> Option<CurrentPlan> {
    let latest = latest(list)?;
    let made = day_of(latest).unwrap_or(today);
    let chosen: Vec<&str> = latest.plan_of(top).map(|k| &*k.item.id).collect();
    let mut items: Vec<Item> = Vec::new();
    for k in &latest.plan {
        let track = record_of(state, &k.item.id, &latest.id, made);
        let worked_here =
            track.is_some_and(|i| state.tracks[i].assessment == Some(latest.id.clone()));
        if chosen.contains(&&*k.item.id) || worked_here {
            items.push(Base::kept(k, latest, made).item(state, track, today));
        }
    }
    for (i, t) in state.tracks.iter().enumerate() {
        let Some(from) = &t.assessment else { continue };
        if t.status() != ActionStatus::Doing || items.iter().any(|x| x.id == t.action) {
            continue;
        }
        let Some(a) = list.iter().find(|a| a.id == *from) else {
            continue;
        };
        if let Some(k) = a.plan.iter().find(|k| k.item.id == t.action) {
            let start = day_of(a).unwrap_or(made);
            items.push(Base::kept(k, a, start).item(state, Some(i), today));
        }
    }
    for own in &state.own {
        let track = state
            .tracks
            .iter()
            .rposition(|t| t.assessment.is_none() && t.action == own.id);
        let closed = track.and_then(|i| state.tracks[i].closed().and_then(parse_day));
        if closed.is_some_and(|d| d < made) {
            continue;
        }
        let base = Base {
            id: &own.id,
            text: &own.text,
            done_when: &own.done_when,
            score: None,
            horizon: own.horizon,
            addresses: own.addresses.iter().map(String::as_str).collect(),
            primary: None,
            start: parse_day(&own.added).unwrap_or(made),
            from: None,
        };
        items.push(base.item(state, track, today));
    }
    Some(CurrentPlan {
        assessment: latest.id.clone(),
        subject: latest.subject.clone(),
        made: made.to_string(),
        reassess_on: add_days(made, REASSESS_DAYS).to_string(),
        items,
        rater: latest.rater,
        candidates: latest.plan.len(),
    })
}

/// The actions not to propose again in a plan made on `on`: those done or dropped on that day
/// or in the [`QUIET_DAYS`] before it.
pub fn excluded(state: &Tracking, on: Date) -> Vec<String> {
    state
        .tracks
        .iter()
        .filter(|t| t.assessment.is_some())
        .filter_map(|t| {
            let closed = parse_day(t.closed()?)?;
            (closed <= on && on < add_days(closed, QUIET_DAYS)).then(|| t.action.clone())
        })
        .collect()
}

/// A step taken on an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Start,
    Done,
    Drop,
    /// Takes the last status change back.
    Undo,
}

/// Takes `step` on `track` on day `on`. Returns the status it now has, or `None` when it
/// already had the status asked for; an error says why there is nothing to undo.
pub fn take(track: &mut Track, step: Step, on: Date) -> Result<Option<ActionStatus>, String> {
    let to = match step {
        Step::Start => ActionStatus::Doing,
        Step::Done => ActionStatus::Done,
        Step::Drop => ActionStatus::Dropped,
        Step::Undo => {
            return match track.changes.pop() {
                Some(_) => Ok(Some(track.status())),
                None => Err(crate::t!(
                    "plan-nothing-to-undo",
                    action = track.action.as_str()
                )),
            };
        }
    };
    if track.status() == to {
        return Ok(None);
    }
    track.changes.push(Change {
        date: on.to_string(),
        status: to,
    });
    Ok(Some(to))
}

/// The record of `item`, started when it has none yet.
pub fn record_mut<'a>(state: &'a mut Tracking, item: &Item) -> &'a mut Track {
    let i = match item.track {
        Some(i) => i,
        None => {
            state
                .tracks
                .push(Track::new(&item.id, item.from.as_deref()));
            state.tracks.len() - 1
        }
    };
    &mut state.tracks[i]
}

/// An id for an own action made from its text: lowercase ASCII letters and digits joined by
/// `-`, at most 40 characters, made unique with `-2`, `-3`... where `taken` says so.
pub fn id_from_text(text: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut id = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !id.is_empty() && id.len() + 1 + word.len() > 40 {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.extend(word.chars().take(40).map(|c| c.to_ascii_lowercase()));
    }
    if id.is_empty() {
        id = "own-action".to_string();
    }
    let mut unique = id.clone();
    let mut n = 1;
    while taken(&unique) {
        n += 1;
        unique = format!("{id}-{n}");
    }
    unique
}

/// The day a side of a comparison is of.
fn side_day(s: &crate::compare::Side) -> Option<Date> {
    s.date
        .as_deref()
        .and_then(parse_day)
        .or_else(|| parse_day(&s.created))
}

/// The actions done between the two assessments of `c` (both days included), each with how
/// the dimensions it addresses moved.
pub fn done_between(state: &Tracking, list: &[Assessment], c: &Comparison) -> Vec<DoneAction> {
    let (Some(from), Some(to)) = (side_day(&c.before), side_day(&c.after)) else {
        return Vec::new();
    };
    let mut done: Vec<DoneAction> = state
        .tracks
        .iter()
        .filter_map(|t| {
            let day = t.since(ActionStatus::Done)?;
            parse_day(day).filter(|d| from <= *d && *d <= to)?;
            let (text, addresses) = match &t.assessment {
                None => state
                    .own
                    .iter()
                    .find(|o| o.id == t.action)
                    .map(|o| (o.text.clone(), o.addresses.clone())),
                Some(from) => list
                    .iter()
                    .find(|a| a.id == *from)
                    .and_then(|a| a.plan.iter().find(|k| k.item.id == t.action))
                    .map(|k| {
                        let addresses = k.item.addresses.iter().map(|a| a.to_string()).collect();
                        (k.text.clone(), addresses)
                    }),
            }
            .unwrap_or_else(|| (t.action.clone(), Vec::new()));
            Some(DoneAction {
                id: t.action.clone(),
                text,
                own: t.assessment.is_none(),
                done: day.to_string(),
                dimensions: addresses
                    .iter()
                    .filter_map(|d| c.dimensions.iter().find(|x| x.id == *d).cloned())
                    .collect(),
            })
        })
        .collect();
    done.sort_by(|a, b| a.done.cmp(&b.done).then_with(|| a.id.cmp(&b.id)));
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn closed(action: &str, status: ActionStatus, on: &str) -> Track {
        let mut t = Track::new(action, Some("a1"));
        t.changes.push(Change {
            date: on.to_string(),
            status,
        });
        t
    }

    #[test]
    fn done_or_dropped_is_left_out_for_180_days_from_that_day() {
        let state = Tracking {
            tracks: vec![
                closed("x", ActionStatus::Done, "2026-12-01"),
                closed("y", ActionStatus::Dropped, "2026-12-10"),
                closed("z", ActionStatus::Doing, "2026-12-10"),
            ],
            ..Tracking::default()
        };
        assert!(excluded(&state, day("2026-11-30")).is_empty());
        assert_eq!(excluded(&state, day("2026-12-01")), ["x"]);
        assert_eq!(excluded(&state, day("2027-02-10")), ["x", "y"]);
        // 2026-12-01 + 180 days = 2027-05-30: proposed again from that day.
        assert_eq!(excluded(&state, day("2027-05-29")), ["x", "y"]);
        assert_eq!(excluded(&state, day("2027-05-30")), ["y"]);
    }

    #[test]
    fn steps_change_the_status_and_undo_takes_the_last_back() {
        let mut t = Track::new("x", Some("a1"));
        let on = day("2026-12-01");
        assert_eq!(take(&mut t, Step::Start, on), Ok(Some(ActionStatus::Doing)));
        assert_eq!(take(&mut t, Step::Start, on), Ok(None));
        assert_eq!(
            take(&mut t, Step::Done, day("2026-12-20")),
            Ok(Some(ActionStatus::Done))
        );
        assert_eq!(t.started(), Some("2026-12-01"));
        assert_eq!(t.closed(), Some("2026-12-20"));
        assert_eq!(take(&mut t, Step::Undo, on), Ok(Some(ActionStatus::Doing)));
        assert_eq!(t.closed(), None);
        assert_eq!(take(&mut t, Step::Undo, on), Ok(Some(ActionStatus::Todo)));
        assert!(take(&mut t, Step::Undo, on).is_err());
    }

    #[test]
    fn own_ids_follow_the_id_pattern_and_do_not_clash() {
        let taken = |id: &str| id == "weekly-coffee" || id == "weekly-coffee-2";
        assert_eq!(id_from_text("Weekly coffee!", taken), "weekly-coffee-3");
        assert_eq!(
            id_from_text("Café avec l'équipe", |_| false),
            "caf-avec-l-quipe"
        );
        assert_eq!(id_from_text("¿?", |_| false), "own-action");
        let long = id_from_text(&"word ".repeat(30), |_| false);
        assert!(long.len() <= 40 && crate::rubric::is_id(&long), "{long}");
    }
}
