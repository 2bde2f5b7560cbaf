//! The rubric file format as written, with the TOML spans kept for messages, and its
//! conversion into the model once every check has passed.

use serde::Deserialize;
use toml::Spanned;

use super::{
    Action, DEFAULT_TARGET, DEFAULT_THRESHOLD, Dimension, Goal, Kind, Question, Rubric, Scale,
    sha256_hex,
};
use crate::error::Diagnostic;
use crate::rater::Rater;

/// Scale bounds are kept small so `min + max - a` can never overflow.
pub(super) const SCALE_LIMIT: i64 = 1000;

pub(super) const DEFAULT_LABELS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRubric {
    pub(super) id: Spanned<String>,
    pub(super) title: Spanned<String>,
    pub(super) version: Spanned<String>,
    pub(super) kind: Kind,
    pub(super) description: Option<String>,
    pub(super) scale: Option<Spanned<RawScale>>,
    #[serde(default)]
    pub(super) dimension: Vec<Spanned<RawDimension>>,
    #[serde(default)]
    pub(super) action: Vec<Spanned<RawAction>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScale {
    pub(super) min: Option<i64>,
    pub(super) max: Option<i64>,
    pub(super) labels: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDimension {
    pub(super) id: Spanned<String>,
    pub(super) name: Spanned<String>,
    pub(super) summary: String,
    pub(super) weight: Option<Spanned<f64>>,
    pub(super) target: Option<Spanned<f64>>,
    pub(super) threshold: Option<Spanned<f64>>,
    #[serde(default)]
    pub(super) related: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) personal: bool,
    #[serde(default)]
    pub(super) question: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub(super) id: Spanned<String>,
    pub(super) text: Spanned<String>,
    #[serde(default)]
    pub(super) reverse: bool,
    pub(super) text_others: Option<Spanned<String>>,
    pub(super) observers: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAction {
    pub(super) id: Spanned<String>,
    pub(super) text: Spanned<String>,
    pub(super) horizon: Spanned<i64>,
    pub(super) done_when: Spanned<String>,
    pub(super) addresses: Spanned<Vec<Spanned<String>>>,
}

/// A file that parsed, waiting for the checks that span files.
pub(super) struct Parsed {
    pub(super) file: String,
    /// What `rubric list` shows as its source.
    pub(super) source: String,
    /// Added with `shadow`: stands in for a loaded rubric of the same id.
    pub(super) shadows: bool,
    pub(super) text: String,
    pub(super) raw: RawRubric,
}

impl Parsed {
    pub(super) fn diag<T>(&self, at: &Spanned<T>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(&self.file, &self.text, Some(at.span()), message)
    }
}

/// The message of a TOML error without the excerpt toml adds: we give the place ourselves.
pub(super) fn toml_message(e: &toml::de::Error) -> String {
    let message = e.message().trim_end();
    let mut message = message.replace('\n', "; ");
    if message.starts_with("unknown field") {
        message.push_str(&crate::t!("rubric-unknown-field-hint"));
    }
    message
}

pub(super) fn scale_of(raw: &RawRubric) -> Scale {
    let (min, max, labels) = match &raw.scale {
        Some(s) => {
            let s = s.get_ref();
            (
                s.min.unwrap_or(1),
                s.max.unwrap_or(5),
                s.labels.as_ref().map(|l| l.get_ref().clone()),
            )
        }
        None => (1, 5, None),
    };
    let labels = labels.unwrap_or_else(|| {
        if (min, max) == (1, 5) {
            DEFAULT_LABELS.iter().map(|s| s.to_string()).collect()
        } else {
            (min..=max.min(min.saturating_add(2 * SCALE_LIMIT)))
                .map(|v| v.to_string())
                .collect()
        }
    });
    Scale { min, max, labels }
}

pub(super) fn convert(p: Parsed) -> Rubric {
    let scale = scale_of(&p.raw);
    let raw = p.raw;
    let kind = raw.kind;
    Rubric {
        id: raw.id.into_inner(),
        title: raw.title.into_inner(),
        version: raw.version.into_inner(),
        kind,
        description: raw.description,
        scale,
        dimensions: raw
            .dimension
            .into_iter()
            .map(|d| {
                let d = d.into_inner();
                Dimension {
                    id: d.id.into_inner(),
                    name: d.name.into_inner(),
                    summary: d.summary,
                    weight: d.weight.map_or(1.0, Spanned::into_inner),
                    goal: match kind {
                        Kind::Traits => {
                            Goal::Target(d.target.map_or(DEFAULT_TARGET, Spanned::into_inner))
                        }
                        Kind::Barriers => Goal::Threshold(
                            d.threshold.map_or(DEFAULT_THRESHOLD, Spanned::into_inner),
                        ),
                    },
                    related: d.related.into_iter().map(Spanned::into_inner).collect(),
                    personal: d.personal,
                    questions: d
                        .question
                        .into_iter()
                        .map(|q| {
                            let q = q.into_inner();
                            Question {
                                id: q.id.into_inner(),
                                text: q.text.into_inner(),
                                reverse: q.reverse,
                                text_others: q.text_others.map(Spanned::into_inner),
                                observers: match q.observers {
                                    Some(list) => list
                                        .into_inner()
                                        .iter()
                                        .filter_map(|o| o.get_ref().parse().ok())
                                        .collect(),
                                    None => Rater::ALL.to_vec(),
                                },
                            }
                        })
                        .collect(),
                }
            })
            .collect(),
        actions: raw
            .action
            .into_iter()
            .map(|a| {
                let a = a.into_inner();
                Action {
                    id: a.id.into_inner(),
                    text: a.text.into_inner(),
                    horizon: a.horizon.into_inner() as u32,
                    done_when: a.done_when.into_inner(),
                    addresses: a
                        .addresses
                        .into_inner()
                        .into_iter()
                        .map(Spanned::into_inner)
                        .collect(),
                }
            })
            .collect(),
        source: p.source,
        sha256: sha256_hex(p.text.as_bytes()),
    }
}
