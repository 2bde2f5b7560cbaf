//! Blank answer files: the scale legend, then every question as a comment above its key.

use std::fmt::Write;

use std::collections::BTreeMap;

use crate::answers::{Answer, Rater};
use crate::rubric::{Question, Rubric};
use crate::text::clean;

/// A TOML key for `id`: bare where TOML allows it, quoted otherwise.
pub fn key(id: &str) -> String {
    let bare = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare {
        id.to_string()
    } else {
        toml_string(id)
    }
}

/// A TOML basic string holding `s` exactly.
pub fn toml_string(s: &str) -> String {
    crate::text::toml_string(s)
}

/// What a rater reads for a statement: the person's own words for `self`; for anyone else the
/// statement about the person, after their name.
pub fn statement(q: &Question, subject: Option<&str>, rater: Rater) -> String {
    match (rater, &q.text_others) {
        (Rater::Myself, _) | (_, None) => q.text.clone(),
        (_, Some(others)) => format!("{}: {others}", subject.unwrap_or("The person")),
    }
}

/// A blank answer file for `rubrics`: every answer is "skip" until the person fills it in.
pub fn blank(rubrics: &[&Rubric], subject: Option<&str>, rater: Rater) -> String {
    answer_file(rubrics, subject, rater, None, &BTreeMap::new())
}

/// An answer file holding `answers`; questions without one are written as "skip".
pub fn answer_file(
    rubrics: &[&Rubric],
    subject: Option<&str>,
    rater: Rater,
    date: Option<&str>,
    answers: &BTreeMap<String, Answer>,
) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "# leadgap answer file");
    let _ = writeln!(
        t,
        "# Replace each \"skip\" with your answer, then run: leadgap score FILE"
    );
    let _ = writeln!(
        t,
        "# Leave \"skip\" where you cannot answer; a dimension needs at least half of its"
    );
    let _ = writeln!(t, "# questions answered to be scored.");
    let _ = writeln!(t, "#");
    let mut legends: Vec<String> = Vec::new();
    for r in rubrics {
        let legend: Vec<String> = (r.scale.min..=r.scale.max)
            .map(|v| format!("{v} = {}", clean(r.scale.label(v))))
            .collect();
        let legend = legend.join(", ");
        if !legends.contains(&legend) {
            let _ = writeln!(t, "# Scale: {legend}");
            legends.push(legend);
        }
    }
    let _ = writeln!(t);
    let ids: Vec<String> = rubrics.iter().map(|r| toml_string(&r.id)).collect();
    let _ = writeln!(t, "rubrics = [{}]", ids.join(", "));
    match subject {
        Some(s) => {
            let _ = writeln!(t, "subject = {}", toml_string(s));
        }
        None => {
            let _ = writeln!(t, "# subject = \"Your name\"");
        }
    }
    let _ = writeln!(
        t,
        "rater = \"{rater}\"          # self, manager, peer, report or coach"
    );
    match date {
        Some(d) if d.parse::<toml::value::Datetime>().is_ok() => {
            let _ = writeln!(t, "date = {d}");
        }
        _ => {
            let _ = writeln!(
                t,
                "# date = 2026-01-31        # optional: the day you answered"
            );
        }
    }
    let _ = writeln!(t);
    let _ = writeln!(t, "[answers]");
    if rater != Rater::Myself {
        let _ = writeln!(
            t,
            "# Each statement is about {}, as you have seen them work; statements a {rater}",
            clean(subject.unwrap_or("the person"))
        );
        let _ = writeln!(t, "# cannot judge are left out.");
    }
    for r in rubrics {
        let _ = writeln!(t);
        let _ = writeln!(t, "# ===== {} =====", clean(&r.title));
        for d in &r.dimensions {
            if !d.questions.iter().any(|q| q.observed_by(rater)) {
                continue;
            }
            let _ = writeln!(t);
            let _ = writeln!(t, "# --- {}: {}", clean(&d.name), clean(&d.summary));
            for q in d.questions.iter().filter(|q| q.observed_by(rater)) {
                let _ = writeln!(t, "# {}", clean(&statement(q, subject, rater)));
                let value = match answers.get(&q.id) {
                    Some(Answer::Value(v)) => v.to_string(),
                    _ => "\"skip\"".to_string(),
                };
                let _ = writeln!(t, "{} = {value}", key(&q.id));
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_quoted_only_when_needed() {
        assert_eq!(key("sp-1"), "sp-1");
        assert_eq!(key("a b"), "\"a b\"");
        assert_eq!(key("x\"y"), "\"x\\\"y\"");
    }
}
