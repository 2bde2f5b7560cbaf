//! Every rule of the rubric format (SPEC section 1): first each file on its own, then what
//! spans files.

use std::collections::HashMap;

use toml::Spanned;

use super::format::{Parsed, RawDimension, SCALE_LIMIT, scale_of};
use super::{DEFAULT_TARGET, Kind, Rubric, Scale, is_id};
use crate::error::Diagnostic;

/// The range of a dimension's weight: wide enough for any relative weighting, narrow enough
/// that weighted sums neither overflow nor vanish.
pub(super) const MIN_WEIGHT: f64 = 1e-6;
pub(super) const MAX_WEIGHT: f64 = 1e6;
use crate::rater::Rater;

pub(super) fn check_file(p: &Parsed, errors: &mut Vec<Diagnostic>) {
    let raw = &p.raw;
    if !is_id(raw.id.get_ref()) {
        errors.push(p.diag(
            &raw.id,
            crate::t!("check-bad-id", what = "rubric", id = raw.id.get_ref()),
        ));
    }
    for (field, value) in [("title", &raw.title), ("version", &raw.version)] {
        if value.get_ref().trim().is_empty() {
            errors.push(p.diag(value, crate::t!("check-field-empty", field = field)));
        }
    }
    let scale = scale_of(raw);
    if let Some(s) = &raw.scale {
        if scale.min >= scale.max {
            errors.push(p.diag(
                s,
                crate::t!(
                    "check-scale-order",
                    min = scale.min.to_string(),
                    max = scale.max.to_string()
                ),
            ));
        } else if scale.min < -SCALE_LIMIT || scale.max > SCALE_LIMIT {
            errors.push(p.diag(
                s,
                crate::t!("check-scale-bounds", limit = SCALE_LIMIT.to_string()),
            ));
        } else if let Some(labels) = &s.get_ref().labels {
            let want = scale.max - scale.min + 1;
            if labels.get_ref().len() as i64 != want {
                errors.push(p.diag(
                    labels,
                    crate::t!(
                        "check-scale-labels",
                        min = scale.min.to_string(),
                        max = scale.max.to_string(),
                        want = want,
                        count = labels.get_ref().len()
                    ),
                ));
            }
        }
    }
    if raw.dimension.is_empty() {
        errors.push(Diagnostic::at(
            &p.file,
            &p.text,
            Some(raw.id.span()),
            crate::t!("check-no-dimension", id = raw.id.get_ref()),
        ));
    }
    for d in &raw.dimension {
        check_dimension(p, raw.kind, &scale, d, errors);
    }
    for a in &raw.action {
        let action = a.get_ref();
        let id = action.id.get_ref();
        if id.trim().is_empty() {
            errors.push(p.diag(&action.id, crate::t!("check-id-empty", what = "action")));
        } else {
            check_id(p, "action", &action.id, errors);
        }
        for (field, value) in [("text", &action.text), ("done_when", &action.done_when)] {
            if value.get_ref().trim().is_empty() {
                errors.push(p.diag(
                    value,
                    crate::t!("check-action-field-empty", id = id.as_str(), field = field),
                ));
            }
        }
        if ![30, 60, 90].contains(action.horizon.get_ref()) {
            errors.push(p.diag(
                &action.horizon,
                crate::t!(
                    "check-horizon",
                    id = id.as_str(),
                    horizon = action.horizon.get_ref().to_string()
                ),
            ));
        }
        if action.addresses.get_ref().is_empty() {
            errors.push(p.diag(
                &action.addresses,
                crate::t!("check-addresses-empty", id = id.as_str()),
            ));
        }
        check_distinct(
            p,
            &crate::t!("check-owner-action", id = id.as_str()),
            "addresses",
            action.addresses.get_ref(),
            errors,
        );
    }
}

pub(super) fn check_dimension(
    p: &Parsed,
    kind: Kind,
    scale: &Scale,
    d: &Spanned<RawDimension>,
    errors: &mut Vec<Diagnostic>,
) {
    let dim = d.get_ref();
    let id = dim.id.get_ref();
    if id.trim().is_empty() {
        errors.push(p.diag(&dim.id, crate::t!("check-id-empty", what = "dimension")));
    } else {
        check_id(p, "dimension", &dim.id, errors);
    }
    check_distinct(
        p,
        &crate::t!("check-owner-dimension", id = id.as_str()),
        "related",
        &dim.related,
        errors,
    );
    if dim.name.get_ref().trim().is_empty() {
        errors.push(p.diag(&dim.name, crate::t!("check-name-empty", id = id.as_str())));
    }
    if let Some(w) = &dim.weight {
        let w_val = *w.get_ref();
        if !(w_val.is_finite() && w_val > 0.0) {
            errors.push(p.diag(
                w,
                crate::t!(
                    "check-weight-positive",
                    id = id.as_str(),
                    weight = w_val.to_string()
                ),
            ));
        } else if !(MIN_WEIGHT..=MAX_WEIGHT).contains(&w_val) {
            // Sums of such weights overflow or vanish: readiness came out NaN or 0.
            errors.push(p.diag(
                w,
                crate::t!(
                    "check-weight-range",
                    id = id.as_str(),
                    weight = w_val.to_string(),
                    min = MIN_WEIGHT.to_string(),
                    max = MAX_WEIGHT.to_string()
                ),
            ));
        }
    }
    match kind {
        Kind::Traits => {
            if let Some(t) = &dim.threshold {
                errors.push(p.diag(t, crate::t!("check-threshold-in-traits", id = id.as_str())));
            }
            if let Some(t) = &dim.target {
                let t_val = *t.get_ref();
                if !(t_val.is_finite() && t_val > scale.min as f64 && t_val <= scale.max as f64) {
                    errors.push(p.diag(
                        t,
                        crate::t!(
                            "check-target-range",
                            id = id.as_str(),
                            target = t_val.to_string(),
                            min = scale.min.to_string(),
                            max = scale.max.to_string()
                        ),
                    ));
                }
            } else if !(DEFAULT_TARGET > scale.min as f64 && DEFAULT_TARGET <= scale.max as f64) {
                errors.push(p.diag(
                    &dim.id,
                    crate::t!(
                        "check-default-target",
                        id = id.as_str(),
                        target = DEFAULT_TARGET.to_string(),
                        min = scale.min.to_string(),
                        max = scale.max.to_string()
                    ),
                ));
            }
        }
        Kind::Barriers => {
            if let Some(t) = &dim.target {
                errors.push(p.diag(t, crate::t!("check-target-in-barriers", id = id.as_str())));
            }
            if let Some(t) = &dim.threshold {
                let t_val = *t.get_ref();
                if !(t_val.is_finite() && t_val > 0.0 && t_val <= 1.0) {
                    errors.push(p.diag(
                        t,
                        crate::t!(
                            "check-threshold-range",
                            id = id.as_str(),
                            threshold = t_val.to_string()
                        ),
                    ));
                }
            }
        }
    }
    if dim.question.is_empty() {
        errors.push(p.diag(&dim.id, crate::t!("check-no-questions", id = id.as_str())));
    }
    for q in &dim.question {
        let q = q.get_ref();
        if q.id.get_ref().trim().is_empty() {
            errors.push(p.diag(
                &q.id,
                crate::t!("check-question-id-empty", id = id.as_str()),
            ));
        } else {
            check_id(p, "question", &q.id, errors);
        }
        let qid = crate::text::clean(q.id.get_ref());
        if q.text.get_ref().trim().is_empty() {
            errors.push(p.diag(&q.text, crate::t!("check-text-empty", id = qid.as_ref())));
        }
        if let Some(t) = &q.text_others
            && t.get_ref().trim().is_empty()
        {
            errors.push(p.diag(t, crate::t!("check-text-others-empty", id = qid.as_ref())));
        }
        if let Some(obs) = &q.observers {
            let what = crate::t!("check-owner-question", id = qid.as_ref());
            if obs.get_ref().is_empty() {
                errors.push(p.diag(
                    obs,
                    crate::t!("check-observers-empty", owner = what.as_str()),
                ));
            }
            for o in obs.get_ref() {
                if let Err(msg) = o.get_ref().parse::<Rater>() {
                    errors.push(p.diag(
                        o,
                        crate::t!("check-observer", owner = what.as_str(), reason = msg),
                    ));
                }
            }
            check_distinct(p, &what, "observers", obs.get_ref(), errors);
        }
    }
}

/// A dimension, question or action id that is not empty but breaks the id pattern.
pub(super) fn check_id(p: &Parsed, what: &str, id: &Spanned<String>, errors: &mut Vec<Diagnostic>) {
    if !is_id(id.get_ref()) {
        errors.push(p.diag(
            id,
            crate::t!(
                "check-bad-id",
                what = what,
                id = crate::text::clean(id.get_ref())
            ),
        ));
    }
}

/// The ids of a list (`addresses`, `related`, `observers`) are distinct: a repeated one
/// would count twice.
pub(super) fn check_distinct(
    p: &Parsed,
    owner: &str,
    field: &str,
    ids: &[Spanned<String>],
    errors: &mut Vec<Diagnostic>,
) {
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        if !seen.insert(id.get_ref().as_str()) {
            errors.push(p.diag(
                id,
                crate::t!(
                    "check-listed-twice",
                    owner = owner,
                    id = crate::text::clean(id.get_ref()),
                    field = field
                ),
            ));
        }
    }
}

/// Ids must be unique across all loaded rubrics, and references must point at loaded ids.
/// `builtins` (with the names they are known by) were checked when leadgap was built; they
/// take part here so that a user's rubric cannot reuse their ids.
pub(super) fn check_across(
    builtins: &[(String, Rubric)],
    parsed: &[Parsed],
    errors: &mut Vec<Diagnostic>,
) {
    let mut rubric_ids: HashMap<&str, &str> = HashMap::new();
    let mut dim_ids: HashMap<&str, &str> = HashMap::new();
    let mut question_ids: HashMap<&str, &str> = HashMap::new();
    let mut action_ids: HashMap<&str, &str> = HashMap::new();

    for (file, r) in builtins {
        rubric_ids.insert(&r.id, file);
        for d in &r.dimensions {
            dim_ids.insert(&d.id, file);
            for q in &d.questions {
                question_ids.insert(&q.id, file);
            }
        }
        for a in &r.actions {
            action_ids.insert(&a.id, file);
        }
    }
    for p in parsed {
        note_unique(&mut rubric_ids, "rubric", p, &p.raw.id, errors);
        for d in &p.raw.dimension {
            let d = d.get_ref();
            note_unique(&mut dim_ids, "dimension", p, &d.id, errors);
            for q in &d.question {
                note_unique(&mut question_ids, "question", p, &q.get_ref().id, errors);
            }
        }
        for a in &p.raw.action {
            note_unique(&mut action_ids, "action", p, &a.get_ref().id, errors);
        }
    }
    for p in parsed {
        for d in &p.raw.dimension {
            let d = d.get_ref();
            for r in &d.related {
                if !dim_ids.contains_key(r.get_ref().as_str()) {
                    errors.push(p.diag(
                        r,
                        crate::t!(
                            "check-related-unknown",
                            id = d.id.get_ref(),
                            related = r.get_ref()
                        ),
                    ));
                }
            }
        }
        for a in &p.raw.action {
            let a = a.get_ref();
            for r in a.addresses.get_ref() {
                if !dim_ids.contains_key(r.get_ref().as_str()) {
                    errors.push(p.diag(
                        r,
                        crate::t!(
                            "check-addresses-unknown",
                            id = a.id.get_ref(),
                            dimension = r.get_ref()
                        ),
                    ));
                }
            }
        }
    }
}

pub(super) fn note_unique<'a>(
    seen: &mut HashMap<&'a str, &'a str>,
    what: &str,
    p: &'a Parsed,
    id: &'a Spanned<String>,
    errors: &mut Vec<Diagnostic>,
) {
    if let Some(first) = seen.get(id.get_ref().as_str()) {
        errors.push(p.diag(
            id,
            crate::t!(
                "check-id-taken",
                what = what,
                id = id.get_ref(),
                first = *first
            ),
        ));
    } else {
        seen.insert(id.get_ref(), &p.file);
    }
}
