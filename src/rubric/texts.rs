//! A rubric's texts in another language (SPEC 10): a file beside the rubric,
//! `i18n/<lang>/<rubric-id>.toml`, keyed by id; what it lacks stays in English.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::Rubric;

/// A rubric's texts in one language, as its translation file gives them.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricTexts {
    pub title: Option<String>,
    pub description: Option<String>,
    pub scale_labels: Option<Vec<String>>,
    #[serde(default)]
    pub dimension: BTreeMap<String, DimensionTexts>,
    #[serde(default)]
    pub question: BTreeMap<String, QuestionTexts>,
    #[serde(default)]
    pub action: BTreeMap<String, ActionTexts>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionTexts {
    pub name: Option<String>,
    pub summary: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionTexts {
    pub text: Option<String>,
    pub text_others: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionTexts {
    pub text: Option<String>,
    pub done_when: Option<String>,
}

/// Replaces `value` with a translation that is there and not blank.
fn put(value: &mut String, translated: &Option<String>) {
    if let Some(t) = translated.as_ref().filter(|t| !t.trim().is_empty()) {
        *value = t.clone();
    }
}

impl RubricTexts {
    /// The rubric with every text this file gives in its language; the rest stays English.
    pub fn apply(&self, r: &mut Rubric) {
        put(&mut r.title, &self.title);
        if let (Some(d), Some(t)) = (&mut r.description, &self.description) {
            put(d, &Some(t.clone()));
        }
        if let Some(labels) = &self.scale_labels
            && labels.len() == r.scale.labels.len()
        {
            for (label, t) in r.scale.labels.iter_mut().zip(labels) {
                put(label, &Some(t.clone()));
            }
        }
        for d in &mut r.dimensions {
            if let Some(t) = self.dimension.get(&d.id) {
                put(&mut d.name, &t.name);
                put(&mut d.summary, &t.summary);
            }
            for q in &mut d.questions {
                if let Some(t) = self.question.get(&q.id) {
                    put(&mut q.text, &t.text);
                    if let (Some(o), Some(_)) = (&mut q.text_others, &t.text_others) {
                        put(o, &t.text_others);
                    }
                }
            }
        }
        for a in &mut r.actions {
            if let Some(t) = self.action.get(&a.id) {
                put(&mut a.text, &t.text);
                put(&mut a.done_when, &t.done_when);
            }
        }
    }

    /// What this file lacks (`missing`) and what it names that the rubric has not
    /// (`unknown`), each as a readable place: "question `sp-1`: text_others".
    pub fn compare(&self, r: &Rubric) -> (Vec<String>, Vec<String>) {
        let mut missing = Vec::new();
        let mut unknown = Vec::new();
        let mut need = |present: bool, what: String| {
            if !present {
                missing.push(what);
            }
        };
        let there = |t: &Option<String>| t.as_ref().is_some_and(|t| !t.trim().is_empty());
        need(there(&self.title), "title".into());
        if r.description.is_some() {
            need(there(&self.description), "description".into());
        }
        need(
            self.scale_labels
                .as_ref()
                .is_some_and(|l| l.len() == r.scale.labels.len()),
            format!("scale_labels ({} of them)", r.scale.labels.len()),
        );
        for d in &r.dimensions {
            let t = self.dimension.get(&d.id);
            need(
                t.is_some_and(|t| there(&t.name)),
                format!("dimension `{}`: name", d.id),
            );
            need(
                t.is_some_and(|t| there(&t.summary)),
                format!("dimension `{}`: summary", d.id),
            );
            for q in &d.questions {
                let t = self.question.get(&q.id);
                need(
                    t.is_some_and(|t| there(&t.text)),
                    format!("question `{}`: text", q.id),
                );
                if q.text_others.is_some() {
                    need(
                        t.is_some_and(|t| there(&t.text_others)),
                        format!("question `{}`: text_others", q.id),
                    );
                }
            }
        }
        for a in &r.actions {
            let t = self.action.get(&a.id);
            need(
                t.is_some_and(|t| there(&t.text)),
                format!("action `{}`: text", a.id),
            );
            need(
                t.is_some_and(|t| there(&t.done_when)),
                format!("action `{}`: done_when", a.id),
            );
        }
        let dims: Vec<&str> = r.dimensions.iter().map(|d| d.id.as_str()).collect();
        let questions: Vec<&str> = r
            .dimensions
            .iter()
            .flat_map(|d| d.questions.iter().map(|q| q.id.as_str()))
            .collect();
        let actions: Vec<&str> = r.actions.iter().map(|a| a.id.as_str()).collect();
        for id in self
            .dimension
            .keys()
            .filter(|id| !dims.contains(&id.as_str()))
        {
            unknown.push(format!("dimension `{id}`"));
        }
        for id in self
            .question
            .keys()
            .filter(|id| !questions.contains(&id.as_str()))
        {
            unknown.push(format!("question `{id}`"));
        }
        for id in self
            .action
            .keys()
            .filter(|id| !actions.contains(&id.as_str()))
        {
            unknown.push(format!("action `{id}`"));
        }
        (missing, unknown)
    }
}
