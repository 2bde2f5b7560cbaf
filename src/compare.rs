//! What moved between two saved assessments. Pure: two assessments in, a comparison out.

use serde::Serialize;

use crate::rubric::Kind;
use crate::store::Assessment;

/// Changes smaller than this are "no change": rounding, not movement.
const SAME: f64 = 1e-9;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Better,
    Worse,
    Same,
    /// Scored on one side only.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    pub id: String,
    pub created: String,
    pub date: Option<String>,
    pub readiness: Option<f64>,
    pub barrier_load: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionChange {
    pub id: String,
    pub kind: Kind,
    /// Level (traits) or severity (barriers) before and after; `None` when insufficient.
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub change: Option<f64>,
    pub direction: Direction,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub before: Side,
    pub after: Side,
    pub dimensions: Vec<DimensionChange>,
    /// Barriers active now that were not before, and the reverse.
    pub barriers_on: Vec<String>,
    pub barriers_off: Vec<String>,
    /// Plan actions (within the top N) that came in, and that dropped out.
    pub plan_in: Vec<PlanChange>,
    pub plan_out: Vec<PlanChange>,
    /// The actions done between the two assessments' days (SPEC 8); filled in from the
    /// plan's record (the `tracking` module's `done_between`), empty without one.
    pub done: Vec<DoneAction>,
}

/// An action done between two assessments, with how the dimensions it addresses moved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DoneAction {
    pub id: String,
    pub text: String,
    pub own: bool,
    /// The day it was done.
    pub done: String,
    pub dimensions: Vec<DimensionChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanChange {
    pub id: String,
    pub horizon: u32,
    pub text: String,
}

fn side(a: &Assessment) -> Side {
    Side {
        id: a.id.clone(),
        created: a.created.clone(),
        date: a.date.clone(),
        readiness: a.readiness,
        barrier_load: a.barrier_load,
    }
}

/// Compares `before` with `after`, looking at the top `top` plan actions of each.
pub fn compare(before: &Assessment, after: &Assessment, top: usize) -> Comparison {
    let mut dimensions = Vec::new();
    let mut barriers_on = Vec::new();
    let mut barriers_off = Vec::new();
    // Dimensions in the order of the later assessment, then any the earlier one had alone.
    let mut ids: Vec<&str> = after.dimensions.iter().map(|d| &*d.id).collect();
    for d in &before.dimensions {
        if !ids.contains(&&*d.id) {
            ids.push(&d.id);
        }
    }
    for id in ids {
        let b = before.dimensions.iter().find(|d| d.id == id);
        let a = after.dimensions.iter().find(|d| d.id == id);
        let Some(kind) = a.or(b).map(|d| d.kind) else {
            continue;
        };
        let value = |d: Option<&crate::score::DimensionScore>| d.and_then(|d| d.level);
        let (vb, va) = (value(b), value(a));
        let change = vb.zip(va).map(|(vb, va)| va - vb);
        let direction = match change {
            None => Direction::Unknown,
            Some(c) if c.abs() < SAME => Direction::Same,
            Some(c) => match (kind, c > 0.0) {
                (Kind::Traits, true) | (Kind::Barriers, false) => Direction::Better,
                _ => Direction::Worse,
            },
        };
        if kind == Kind::Barriers {
            let active = |d: Option<&crate::score::DimensionScore>| {
                d.and_then(|d| d.active).unwrap_or(false)
            };
            match (active(b), active(a)) {
                (false, true) => barriers_on.push(id.to_string()),
                (true, false) => barriers_off.push(id.to_string()),
                _ => {}
            }
        }
        dimensions.push(DimensionChange {
            id: id.to_string(),
            kind,
            before: vb,
            after: va,
            change,
            direction,
        });
    }
    let in_top = |a: &Assessment, id: &str| a.plan_of(top).any(|p| p.item.id == id);
    let moved = |from: &Assessment, to: &Assessment| -> Vec<PlanChange> {
        from.plan_of(top)
            .filter(|p| !in_top(to, &p.item.id))
            .map(|p| PlanChange {
                id: p.item.id.to_string(),
                horizon: p.item.horizon,
                text: p.text.clone(),
            })
            .collect()
    };
    Comparison {
        before: side(before),
        after: side(after),
        dimensions,
        barriers_on,
        barriers_off,
        plan_in: moved(after, before),
        plan_out: moved(before, after),
        done: Vec::new(),
    }
}
