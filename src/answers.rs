//! Answer files (SPEC section 2): what a person answered, checked against the loaded rubrics.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Diagnostic, Loc};
pub use crate::rater::Rater;
use crate::rubric::{DEFAULT_RUBRICS, RubricSet};

/// One answer: a point on the scale, or an explicit skip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Value(i64),
    Skip,
}

impl Answer {
    pub fn value(self) -> Option<i64> {
        match self {
            Answer::Value(v) => Some(v),
            Answer::Skip => None,
        }
    }
}

/// A parsed and checked answer file.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerSheet {
    pub rubrics: Vec<String>,
    pub subject: Option<String>,
    pub rater: Rater,
    /// A TOML date (or date-time), as written.
    pub date: Option<String>,
    pub answers: BTreeMap<String, Answer>,
}

impl AnswerSheet {
    /// The answer to question `id`, if one was given (a skip is no answer).
    pub fn value(&self, id: &str) -> Option<i64> {
        self.answers.get(id).and_then(|a| a.value())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSheet {
    rubrics: Option<Vec<Spanned<String>>>,
    subject: Option<String>,
    rater: Option<Spanned<String>>,
    date: Option<toml::value::Datetime>,
    answers: Option<BTreeMap<String, Spanned<toml::Value>>>,
}

/// At most this many problems are listed for one file: past that they are noise.
const MAX_PROBLEMS: usize = 20;

/// An answer file's content before it is checked, from TOML or from a CSV row; each value
/// keeps its place for messages.
#[derive(Debug, Default)]
pub struct Draft {
    pub rubrics: Option<Vec<(String, Option<Loc>)>>,
    pub subject: Option<String>,
    pub rater: Option<(String, Option<Loc>)>,
    pub date: Option<String>,
    /// `None` when the `[answers]` table is missing.
    pub answers: Option<Vec<(String, toml::Value, Option<Loc>)>>,
}

/// Parses answer file `file` (its text) and checks it against the loaded rubrics.
/// Every problem found is returned, each naming the file and line and the question id.
pub fn parse(file: &str, text: &str, set: &RubricSet) -> Result<AnswerSheet, Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return Err(vec![Diagnostic::new(
            file,
            None,
            "file is empty; an answer file needs an [answers] table (`leadgap template` writes one)",
        )]);
    }
    let raw: RawSheet = toml::from_str(text).map_err(|e| {
        vec![Diagnostic::at(
            file,
            text,
            e.span(),
            e.message().trim_end().replace('\n', "; "),
        )]
    })?;
    let lines = crate::error::LineIndex::new(text);
    let loc = |span: std::ops::Range<usize>| Some(lines.loc(span.start));
    let draft = Draft {
        rubrics: raw.rubrics.map(|ids| {
            ids.into_iter()
                .map(|id| (id.get_ref().clone(), loc(id.span())))
                .collect()
        }),
        subject: raw.subject,
        rater: raw.rater.map(|r| (r.get_ref().clone(), loc(r.span()))),
        date: raw.date.map(|d| d.to_string()),
        answers: raw.answers.map(|table| {
            table
                .into_iter()
                .map(|(id, v)| {
                    let at = loc(v.span());
                    (id, v.into_inner(), at)
                })
                .collect()
        }),
    };
    check(file, draft, set)
}

/// Checks a draft against the loaded rubrics: the rules of SPEC section 2.
pub fn check(file: &str, draft: Draft, set: &RubricSet) -> Result<AnswerSheet, Vec<Diagnostic>> {
    let at = |loc: Option<Loc>, msg: String| Diagnostic::new(file, loc, msg);
    let mut problems = Vec::new();

    let rubrics: Vec<String> = match draft.rubrics {
        Some(ids) => {
            if ids.is_empty() {
                problems.push(Diagnostic::new(
                    file,
                    None,
                    "`rubrics` is empty; name at least one rubric id or leave the key out",
                ));
            }
            let mut seen = std::collections::HashSet::new();
            for (id, loc) in &ids {
                if !seen.insert(id.as_str()) {
                    problems.push(at(
                        *loc,
                        format!(
                            "rubric `{}` is listed twice in `rubrics`; list each id once",
                            crate::text::clean(id)
                        ),
                    ));
                } else if set.get(id).is_none() {
                    problems.push(at(
                        *loc,
                        format!(
                            "rubric `{id}` is not loaded (see `leadgap rubric list`; add it with --rubrics DIR)"
                        ),
                    ));
                }
            }
            ids.into_iter().map(|(id, _)| id).collect()
        }
        None => DEFAULT_RUBRICS.iter().map(|s| s.to_string()).collect(),
    };

    let rater = match draft.rater {
        Some((r, loc)) => match r.parse::<Rater>() {
            Ok(rater) => rater,
            Err(msg) => {
                problems.push(at(loc, msg));
                Rater::Myself
            }
        },
        None => Rater::Myself,
    };

    let Some(raw_answers) = draft.answers else {
        problems.push(Diagnostic::new(
            file,
            None,
            "missing [answers] table; put each answer under it as `question-id = 1..5` (see `leadgap template`)",
        ));
        return Err(problems);
    };

    let mut answers = BTreeMap::new();
    for (id, value, loc) in raw_answers {
        let qref = set.question(&id).filter(|q| {
            let rubric_id = &set.rubrics[q.rubric].id;
            rubrics.iter().any(|r| r == rubric_id)
        });
        let Some(qref) = qref else {
            let hint = match set.question(&id) {
                Some(q) => format!(
                    "; it belongs to rubric `{}`, which this file's `rubrics` does not list",
                    set.rubrics[q.rubric].id
                ),
                None => String::new(),
            };
            problems.push(at(
                loc,
                format!("question `{id}` is not in the rubrics this file is for{hint}"),
            ));
            continue;
        };
        let scale = &set.rubrics[qref.rubric].scale;
        let answer = match value {
            toml::Value::Integer(a) if scale.contains(a) => Answer::Value(a),
            toml::Value::Integer(a) => {
                problems.push(at(
                    loc,
                    format!(
                        "question `{id}`: {a} is outside the scale {}..{}",
                        scale.min, scale.max
                    ),
                ));
                continue;
            }
            toml::Value::String(s) if s == "skip" => Answer::Skip,
            other => {
                let what = match other {
                    toml::Value::Float(f) => format!("{f} is not a whole number"),
                    toml::Value::String(s) => format!("\"{}\" is not a number", s.escape_debug()),
                    toml::Value::Boolean(b) => format!("{b} is not a number"),
                    toml::Value::Array(_) => "an array is not a number".to_string(),
                    toml::Value::Table(_) => "a table is not a number".to_string(),
                    _ => format!("a {} is not a number", other.type_str()),
                };
                problems.push(at(
                    loc,
                    format!(
                        "question `{id}`: {what}; answer a whole number from {} to {}, or \"skip\"",
                        scale.min, scale.max
                    ),
                ));
                continue;
            }
        };
        answers.insert(id, answer);
    }

    if !problems.is_empty() {
        problems.truncate(MAX_PROBLEMS);
        return Err(problems);
    }
    Ok(AnswerSheet {
        rubrics,
        subject: draft.subject,
        rater,
        date: draft.date,
        answers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> RubricSet {
        RubricSet::builtin().unwrap()
    }

    fn first_problem(text: &str) -> String {
        parse("a.toml", text, &set()).unwrap_err()[0].to_string()
    }

    #[test]
    fn defaults_apply() {
        let sheet = parse("a.toml", "[answers]\nsp-1 = 4\nsp-2 = \"skip\"\n", &set()).unwrap();
        assert_eq!(sheet.rubrics, DEFAULT_RUBRICS);
        assert_eq!(sheet.rater, Rater::Myself);
        assert_eq!(sheet.subject, None);
        assert_eq!(sheet.value("sp-1"), Some(4));
        assert_eq!(sheet.value("sp-2"), None);
        assert_eq!(sheet.answers.get("sp-2"), Some(&Answer::Skip));
    }

    #[test]
    fn bad_values_name_line_and_question() {
        assert_eq!(
            first_problem("[answers]\nsp-1 = 4\nsp-2 = 9\n"),
            "a.toml:3:8: question `sp-2`: 9 is outside the scale 1..5"
        );
        assert!(
            first_problem("[answers]\nsp-1 = 2.5\n").contains("`sp-1`: 2.5 is not a whole number")
        );
        assert!(first_problem("[answers]\nsp-1 = true\n").contains("`sp-1`: true is not a number"));
        assert!(first_problem("[answers]\nsp-1 = \"four\"\n").contains("\"four\" is not a number"));
        assert!(
            first_problem("[answers]\nnope = 1\n")
                .contains("question `nope` is not in the rubrics")
        );
    }

    #[test]
    fn rater_rubrics_and_table_are_checked() {
        assert!(
            first_problem("rater = \"boss\"\n[answers]\n").starts_with("a.toml:1:9: rater `boss`")
        );
        assert!(
            first_problem("rubrics = [\"nope\"]\n[answers]\n")
                .contains("rubric `nope` is not loaded")
        );
        assert!(first_problem("subject = \"x\"\n").contains("missing [answers] table"));
        assert!(first_problem("").contains("file is empty"));
    }
}
