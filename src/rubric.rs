//! Rubrics: the model, loading from TOML, and every rule of SPEC section 1.
//!
//! Loading happens in two passes. Each file is parsed and checked on its own (scale, weights,
//! targets, horizons, ...); then [`Loader::finish`] checks what spans files (unique ids,
//! `related` and `addresses` pointing at loaded dimensions) and builds the [`RubricSet`].
//! Both passes keep the TOML spans so every message names a line and column.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Diagnostic, Error, Result};
use crate::input;
use crate::rater::Rater;

/// The rubrics compiled into the binary, so leadgap works from any directory.
const BUILTIN: &[(&str, &str)] = &[
    (
        "senior-traits.toml",
        include_str!("../rubrics/senior-traits.toml"),
    ),
    (
        "stuck-barriers.toml",
        include_str!("../rubrics/stuck-barriers.toml"),
    ),
];

/// The rubric ids an answer file is for when it names none.
pub const DEFAULT_RUBRICS: &[&str] = &["senior-traits", "stuck-barriers"];

/// Scale bounds are kept small so `min + max - a` can never overflow.
const SCALE_LIMIT: i64 = 1000;

const DEFAULT_LABELS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    pub related: Vec<String>,
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
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

// ---------------------------------------------------------------------------------------------
// The file format as written, with spans for messages.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRubric {
    id: Spanned<String>,
    title: Spanned<String>,
    version: Spanned<String>,
    kind: Kind,
    description: Option<String>,
    scale: Option<Spanned<RawScale>>,
    #[serde(default)]
    dimension: Vec<Spanned<RawDimension>>,
    #[serde(default)]
    action: Vec<Spanned<RawAction>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    min: Option<i64>,
    max: Option<i64>,
    labels: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    id: Spanned<String>,
    name: Spanned<String>,
    summary: String,
    weight: Option<Spanned<f64>>,
    target: Option<Spanned<f64>>,
    threshold: Option<Spanned<f64>>,
    #[serde(default)]
    related: Vec<Spanned<String>>,
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    reverse: bool,
    text_others: Option<Spanned<String>>,
    observers: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAction {
    id: Spanned<String>,
    text: Spanned<String>,
    horizon: Spanned<i64>,
    done_when: Spanned<String>,
    addresses: Spanned<Vec<Spanned<String>>>,
}

/// A file that parsed, waiting for the checks that span files.
struct Parsed {
    file: String,
    /// What `rubric list` shows as its source.
    source: String,
    /// Added with `shadow`: stands in for a loaded rubric of the same id.
    shadows: bool,
    text: String,
    raw: RawRubric,
}

impl Parsed {
    fn diag<T>(&self, at: &Spanned<T>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(&self.file, &self.text, Some(at.span()), message)
    }
}

/// Collects rubric files, then checks them together.
#[derive(Default)]
pub struct Loader {
    parsed: Vec<Parsed>,
    errors: Vec<Diagnostic>,
}

impl Loader {
    pub fn new() -> Self {
        Self::default()
    }

    /// The rubrics compiled into the binary.
    pub fn add_builtins(&mut self) {
        for (name, text) in BUILTIN {
            self.add_text(&format!("built-in:{name}"), text, false);
            if let Some(p) = self.parsed.last_mut() {
                p.source = "built-in".to_string();
            }
        }
    }

    /// Every `*.toml` file directly in `dir`, in name order.
    /// A directory that does not exist is an error only when `required`.
    pub fn add_dir(&mut self, dir: &Path, required: bool) -> Result<()> {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e)
                if !required
                    && matches!(
                        e.kind(),
                        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                    ) =>
            {
                return Ok(());
            }
            Err(e) => return Err(Error::read(dir, e)),
        };
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
            .collect();
        files.sort();
        for file in files {
            self.add_file(&file, false)?;
        }
        Ok(())
    }

    /// One rubric file. With `shadow`, it replaces a loaded rubric of the same id (used by
    /// `rubric check`, so a changed copy of a built-in can be checked).
    pub fn add_file(&mut self, path: &Path, shadow: bool) -> Result<()> {
        let name = path.display().to_string();
        match input::read_text(path, &name) {
            Ok(text) => self.add_text(&name, &text, shadow),
            Err(Error::Data(diags)) => self.errors.extend(diags),
            Err(e) => return Err(e),
        }
        Ok(())
    }

    pub fn add_text(&mut self, file: &str, text: &str, shadow: bool) {
        let raw: RawRubric = match toml::from_str(text) {
            Ok(raw) => raw,
            Err(e) => {
                let diag = if text.trim().is_empty() {
                    Diagnostic::new(
                        file,
                        None,
                        "file is empty; a rubric needs `id`, `title`, `version`, `kind` and at least one [[dimension]]",
                    )
                } else {
                    Diagnostic::at(file, text, e.span(), toml_message(&e))
                };
                self.errors.push(diag);
                return;
            }
        };
        let parsed = Parsed {
            file: file.to_string(),
            source: file.to_string(),
            text: text.to_string(),
            shadows: shadow,
            raw,
        };
        check_file(&parsed, &mut self.errors);
        if shadow {
            // Only a rubric of the base set is replaced: two checked files with one id are
            // still a duplicate.
            let id = parsed.raw.id.get_ref();
            self.parsed
                .retain(|p| p.shadows || p.raw.id.get_ref() != id);
        }
        self.parsed.push(parsed);
    }

    /// Checks what spans files and builds the set, or returns every problem found.
    pub fn finish(self) -> Result<RubricSet> {
        let Loader { parsed, mut errors } = self;
        check_across(&parsed, &mut errors);
        if !errors.is_empty() {
            return Err(Error::Data(errors));
        }
        Ok(RubricSet::new(parsed.into_iter().map(convert).collect()))
    }
}

/// The message of a TOML error without the excerpt toml adds: we give the place ourselves.
fn toml_message(e: &toml::de::Error) -> String {
    let message = e.message().trim_end();
    let mut message = message.replace('\n', "; ");
    if message.starts_with("unknown field") {
        message.push_str(" (fields are checked: mind the spelling)");
    }
    message
}

/// Every id (rubric, dimension, question, action) matches `[a-z0-9][a-z0-9-]*`.
pub fn is_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_file(p: &Parsed, errors: &mut Vec<Diagnostic>) {
    let raw = &p.raw;
    if !is_id(raw.id.get_ref()) {
        errors.push(p.diag(
            &raw.id,
            format!(
                "rubric id `{}` must match [a-z0-9][a-z0-9-]*: lowercase letters, digits and dashes",
                raw.id.get_ref()
            ),
        ));
    }
    for (field, value) in [("title", &raw.title), ("version", &raw.version)] {
        if value.get_ref().trim().is_empty() {
            errors.push(p.diag(value, format!("`{field}` must not be empty")));
        }
    }
    let scale = scale_of(raw);
    if let Some(s) = &raw.scale {
        if scale.min >= scale.max {
            errors.push(p.diag(
                s,
                format!(
                    "scale min ({}) must be less than max ({})",
                    scale.min, scale.max
                ),
            ));
        } else if scale.min < -SCALE_LIMIT || scale.max > SCALE_LIMIT {
            errors.push(p.diag(
                s,
                format!("scale bounds must lie within -{SCALE_LIMIT}..={SCALE_LIMIT}"),
            ));
        } else if let Some(labels) = &s.get_ref().labels {
            let want = scale.max - scale.min + 1;
            if labels.get_ref().len() as i64 != want {
                errors.push(p.diag(
                    labels,
                    format!(
                        "scale {}..{} needs exactly {want} labels, one per point, but has {}",
                        scale.min,
                        scale.max,
                        labels.get_ref().len()
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
            format!(
                "rubric `{}` has no [[dimension]]; add at least one",
                raw.id.get_ref()
            ),
        ));
    }
    for d in &raw.dimension {
        check_dimension(p, raw.kind, &scale, d, errors);
    }
    for a in &raw.action {
        let action = a.get_ref();
        let id = action.id.get_ref();
        if id.trim().is_empty() {
            errors.push(p.diag(&action.id, "action id must not be empty"));
        } else {
            check_id(p, "action", &action.id, errors);
        }
        for (field, value) in [("text", &action.text), ("done_when", &action.done_when)] {
            if value.get_ref().trim().is_empty() {
                errors.push(p.diag(value, format!("action `{id}`: `{field}` must not be empty")));
            }
        }
        if ![30, 60, 90].contains(action.horizon.get_ref()) {
            errors.push(p.diag(
                &action.horizon,
                format!(
                    "action `{id}`: horizon {} must be 30, 60 or 90 (days)",
                    action.horizon.get_ref()
                ),
            ));
        }
        if action.addresses.get_ref().is_empty() {
            errors.push(p.diag(
                &action.addresses,
                format!("action `{id}`: `addresses` must name at least one dimension id"),
            ));
        }
        check_distinct(
            p,
            &format!("action `{id}`"),
            "addresses",
            action.addresses.get_ref(),
            errors,
        );
    }
}

fn check_dimension(
    p: &Parsed,
    kind: Kind,
    scale: &Scale,
    d: &Spanned<RawDimension>,
    errors: &mut Vec<Diagnostic>,
) {
    let dim = d.get_ref();
    let id = dim.id.get_ref();
    if id.trim().is_empty() {
        errors.push(p.diag(&dim.id, "dimension id must not be empty"));
    } else {
        check_id(p, "dimension", &dim.id, errors);
    }
    check_distinct(
        p,
        &format!("dimension `{id}`"),
        "related",
        &dim.related,
        errors,
    );
    if dim.name.get_ref().trim().is_empty() {
        errors.push(p.diag(
            &dim.name,
            format!("dimension `{id}`: `name` must not be empty"),
        ));
    }
    if let Some(w) = &dim.weight {
        let w_val = *w.get_ref();
        if !(w_val.is_finite() && w_val > 0.0) {
            errors.push(p.diag(
                w,
                format!("dimension `{id}`: weight {w_val} must be a number greater than 0"),
            ));
        }
    }
    match kind {
        Kind::Traits => {
            if let Some(t) = &dim.threshold {
                errors.push(p.diag(
                    t,
                    format!("dimension `{id}`: `threshold` is for barriers; a traits rubric uses `target`"),
                ));
            }
            if let Some(t) = &dim.target {
                let t_val = *t.get_ref();
                if !(t_val.is_finite() && t_val > scale.min as f64 && t_val <= scale.max as f64) {
                    errors.push(p.diag(
                        t,
                        format!(
                            "dimension `{id}`: target {t_val} must be above the scale's min ({}) and at most its max ({})",
                            scale.min, scale.max
                        ),
                    ));
                }
            } else if !(DEFAULT_TARGET > scale.min as f64 && DEFAULT_TARGET <= scale.max as f64) {
                errors.push(p.diag(
                    &dim.id,
                    format!(
                        "dimension `{id}`: the default target {DEFAULT_TARGET} is outside the scale {}..{}; set `target`",
                        scale.min, scale.max
                    ),
                ));
            }
        }
        Kind::Barriers => {
            if let Some(t) = &dim.target {
                errors.push(p.diag(
                    t,
                    format!("dimension `{id}`: `target` is for traits; a barriers rubric uses `threshold`"),
                ));
            }
            if let Some(t) = &dim.threshold {
                let t_val = *t.get_ref();
                if !(t_val.is_finite() && t_val > 0.0 && t_val <= 1.0) {
                    errors.push(p.diag(
                        t,
                        format!("dimension `{id}`: threshold {t_val} must be greater than 0 and at most 1"),
                    ));
                }
            }
        }
    }
    if dim.question.is_empty() {
        errors.push(p.diag(
            &dim.id,
            format!("dimension `{id}` has no questions; add at least one [[dimension.question]]"),
        ));
    }
    for q in &dim.question {
        let q = q.get_ref();
        if q.id.get_ref().trim().is_empty() {
            errors.push(p.diag(
                &q.id,
                format!("dimension `{id}`: question id must not be empty"),
            ));
        } else {
            check_id(p, "question", &q.id, errors);
        }
        let qid = crate::text::clean(q.id.get_ref());
        if q.text.get_ref().trim().is_empty() {
            errors.push(p.diag(
                &q.text,
                format!("question `{qid}`: `text` must not be empty"),
            ));
        }
        if let Some(t) = &q.text_others
            && t.get_ref().trim().is_empty()
        {
            errors.push(p.diag(
                t,
                format!("question `{qid}`: `text_others` must not be empty; leave it out instead"),
            ));
        }
        if let Some(obs) = &q.observers {
            let what = format!("question `{qid}`");
            if obs.get_ref().is_empty() {
                errors.push(p.diag(
                    obs,
                    format!("{what}: `observers` must name at least one of self, manager, peer, report, coach"),
                ));
            }
            for o in obs.get_ref() {
                if let Err(msg) = o.get_ref().parse::<Rater>() {
                    errors.push(p.diag(o, format!("{what}: observer {msg}")));
                }
            }
            check_distinct(p, &what, "observers", obs.get_ref(), errors);
        }
    }
}

/// A dimension, question or action id that is not empty but breaks the id pattern.
fn check_id(p: &Parsed, what: &str, id: &Spanned<String>, errors: &mut Vec<Diagnostic>) {
    if !is_id(id.get_ref()) {
        errors.push(p.diag(
            id,
            format!(
                "{what} id `{}` must match [a-z0-9][a-z0-9-]*: lowercase letters, digits and dashes",
                crate::text::clean(id.get_ref())
            ),
        ));
    }
}

/// The ids of a list (`addresses`, `related`, `observers`) are distinct: a repeated one
/// would count twice.
fn check_distinct(
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
                format!(
                    "{owner}: `{}` is listed twice in `{field}`; list each id once",
                    crate::text::clean(id.get_ref())
                ),
            ));
        }
    }
}

/// Ids must be unique across all loaded rubrics, and references must point at loaded ids.
fn check_across(parsed: &[Parsed], errors: &mut Vec<Diagnostic>) {
    let mut rubric_ids: HashMap<&str, &Parsed> = HashMap::new();
    let mut dim_ids: HashMap<&str, &Parsed> = HashMap::new();
    let mut question_ids: HashMap<&str, &Parsed> = HashMap::new();
    let mut action_ids: HashMap<&str, &Parsed> = HashMap::new();

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
                        format!(
                            "dimension `{}`: related id `{}` is not a dimension of any loaded rubric",
                            d.id.get_ref(),
                            r.get_ref()
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
                        format!(
                            "action `{}`: addresses `{}`, which is not a dimension of any loaded rubric",
                            a.id.get_ref(),
                            r.get_ref()
                        ),
                    ));
                }
            }
        }
    }
}

fn note_unique<'a>(
    seen: &mut HashMap<&'a str, &'a Parsed>,
    what: &str,
    p: &'a Parsed,
    id: &'a Spanned<String>,
    errors: &mut Vec<Diagnostic>,
) {
    if let Some(first) = seen.get(id.get_ref().as_str()) {
        errors.push(p.diag(
            id,
            format!(
                "{what} id `{}` is already used in {}; ids must be unique among all loaded rubrics",
                id.get_ref(),
                first.file
            ),
        ));
    } else {
        seen.insert(id.get_ref(), p);
    }
}

/// The default target of a trait dimension.
pub const DEFAULT_TARGET: f64 = 4.0;
/// The default threshold of a barrier dimension.
pub const DEFAULT_THRESHOLD: f64 = 0.5;

fn scale_of(raw: &RawRubric) -> Scale {
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

fn convert(p: Parsed) -> Rubric {
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
                    target: (kind == Kind::Traits)
                        .then(|| d.target.map_or(DEFAULT_TARGET, Spanned::into_inner)),
                    threshold: (kind == Kind::Barriers)
                        .then(|| d.threshold.map_or(DEFAULT_THRESHOLD, Spanned::into_inner)),
                    related: d.related.into_iter().map(Spanned::into_inner).collect(),
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

/// Where a question sits: rubric, dimension and question index.
#[derive(Debug, Clone, Copy)]
pub struct QuestionRef {
    pub rubric: usize,
    pub dimension: usize,
    pub question: usize,
}

/// Every loaded rubric, with indexes by id.
#[derive(Debug, Clone)]
pub struct RubricSet {
    pub rubrics: Vec<Rubric>,
    questions: HashMap<String, QuestionRef>,
    dimensions: HashMap<String, (usize, usize)>,
    /// For each action (in [`RubricSet::actions`] order), where each of its `addresses`
    /// is: (rubric, dimension) indexes, so scoring never looks a dimension up by name.
    targets: Vec<Vec<Option<(usize, usize)>>>,
}

impl RubricSet {
    pub fn new(rubrics: Vec<Rubric>) -> Self {
        let mut questions = HashMap::new();
        let mut dimensions = HashMap::new();
        for (r, rubric) in rubrics.iter().enumerate() {
            for (d, dim) in rubric.dimensions.iter().enumerate() {
                dimensions.insert(dim.id.clone(), (r, d));
                for (q, question) in dim.questions.iter().enumerate() {
                    questions.insert(
                        question.id.clone(),
                        QuestionRef {
                            rubric: r,
                            dimension: d,
                            question: q,
                        },
                    );
                }
            }
        }
        let targets = rubrics
            .iter()
            .flat_map(|r| r.actions.iter())
            .map(|a| {
                a.addresses
                    .iter()
                    .map(|id| dimensions.get(id).copied())
                    .collect()
            })
            .collect();
        RubricSet {
            rubrics,
            questions,
            dimensions,
            targets,
        }
    }

    /// The built-in rubrics alone.
    pub fn builtin() -> Result<Self> {
        let mut loader = Loader::new();
        loader.add_builtins();
        loader.finish()
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.rubrics.iter().position(|r| r.id == id)
    }

    pub fn get(&self, id: &str) -> Option<&Rubric> {
        self.rubrics.iter().find(|r| r.id == id)
    }

    pub fn question(&self, id: &str) -> Option<QuestionRef> {
        self.questions.get(id).copied()
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

    /// Every action with the (rubric, dimension) indexes of its `addresses`, in order.
    pub fn actions_with_targets(&self) -> impl Iterator<Item = (&Action, &crate::score::Targets)> {
        self.actions().zip(self.targets.iter().map(Vec::as_slice))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<RubricSet> {
        let mut loader = Loader::new();
        loader.add_text("test.toml", text, false);
        loader.finish()
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
        assert_eq!(r.dimensions[0].target, Some(4.0));
        assert_eq!(r.dimensions[0].threshold, None);
        assert!(!r.dimensions[0].questions[0].reverse);
    }

    #[test]
    fn the_builtins_load() {
        let set = RubricSet::builtin().unwrap();
        assert_eq!(set.rubrics.len(), 2);
        assert!(set.get("senior-traits").is_some());
        assert!(set.get("stuck-barriers").is_some());
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
