//! Blank answer files: the scale legend, then every question as a comment above its key.

use std::fmt::Write;

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
        (_, Some(others)) => match subject {
            Some(name) => format!("{name}: {others}"),
            None => format!("{}: {others}", crate::t!("template-the-person")),
        },
    }
}

/// A blank answer file for `rubrics`: every answer is "skip" until the person fills it in.
pub fn blank(rubrics: &[&Rubric], subject: Option<&str>, rater: Rater) -> String {
    answer_file(rubrics, subject, rater, None, &|_| None)
}

/// An answer file holding each question's `answer`; questions without one are written as
/// "skip".
pub fn answer_file(
    rubrics: &[&Rubric],
    subject: Option<&str>,
    rater: Rater,
    date: Option<&str>,
    answer: &dyn Fn(&Question) -> Option<Answer>,
) -> String {
    let mut t = String::new();
    comment(&mut t, &crate::t!("template-title"));
    comment(&mut t, &crate::t!("template-how"));
    let _ = writeln!(t, "#");
    let mut legends: Vec<String> = Vec::new();
    for r in rubrics {
        let legend: Vec<String> = (r.scale.min..=r.scale.max)
            .map(|v| format!("{v} = {}", clean(r.scale.label(v))))
            .collect();
        let legend = legend.join(&crate::t!("table-list-comma"));
        if !legends.contains(&legend) {
            comment(
                &mut t,
                &crate::t!("template-scale", legend = legend.as_str()),
            );
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
            let _ = writeln!(
                t,
                "# subject = {}",
                toml_string(&crate::t!("template-your-name"))
            );
        }
    }
    let _ = writeln!(
        t,
        "rater = \"{rater}\"          # {}",
        crate::t!("template-raters")
    );
    match date {
        Some(d) if d.parse::<toml::value::Datetime>().is_ok() => {
            let _ = writeln!(t, "date = {d}");
        }
        _ => {
            let _ = writeln!(
                t,
                "# date = 2026-01-31        # {}",
                crate::t!("template-date")
            );
        }
    }
    let _ = writeln!(t);
    let _ = writeln!(t, "[answers]");
    if rater != Rater::Myself {
        let rater = rater.to_string();
        comment(
            &mut t,
            &match subject {
                Some(name) => crate::t!("template-about", name = clean(name), rater = rater),
                None => crate::t!("template-about-unnamed", rater = rater),
            },
        );
    }
    // The name before each statement about the person, looked up once.
    let unnamed =
        (subject.is_none() && rater != Rater::Myself).then(|| crate::t!("template-the-person"));
    let subject = subject.or(unnamed.as_deref());
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
                let value = match answer(q) {
                    Some(Answer::Value(v)) => v.to_string(),
                    _ => "\"skip\"".to_string(),
                };
                let _ = writeln!(t, "{} = {value}", key(&q.id));
            }
        }
    }
    t
}

/// `text` as comment lines, one for each of its lines.
fn comment(t: &mut String, text: &str) {
    for line in text.lines() {
        let _ = writeln!(t, "# {line}");
    }
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
