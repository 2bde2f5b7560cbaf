//! Rows of answers in a table, as a CSV or an Excel sheet holds them (SPEC section 9): what
//! each column is, from its heading, and each row as the draft of an answer file.
//!
//! A column is named by a question's id, its `text` or `text_others` (case and spacing
//! aside; `text_others` also after the person's name), or anything ending in
//! `[question-id]`; or it is one of `subject`, `rater`, `date`, `rubrics`; or a comment
//! (`start`, `stop`, `continue`, `comment: DIMENSION-ID`); or one that Google Forms or
//! Microsoft Forms adds (the timestamp gives the date, the rest are left out). Any other
//! column is an error that names it, unless the user asked to leave it out. A cell holds a
//! number, a label of the scale (any case), `N - label`, or `skip`.

use std::collections::HashMap;

use crate::answers::{self, AnswerSheet, Draft};
use crate::error::{Diagnostic, Loc};
use crate::rubric::{DEFAULT_RUBRICS, RubricSet};

/// The columns of our own CSV beside the questions.
pub const META: [&str; 4] = ["subject", "rater", "date", "rubrics"];

/// Headings of the time a form was sent (Google Forms in English and Spanish, Microsoft
/// Forms): the day of it is the answers' `date`.
const TIMESTAMPS: [&str; 3] = ["timestamp", "marca temporal", "completion time"];

/// Headings that survey tools add and leadgap leaves out.
const IGNORED: [&str; 8] = [
    "email address",
    "email",
    "dirección de correo electrónico",
    "name",
    "id",
    "start time",
    "last modified time",
    "hora de inicio",
];

#[derive(Debug, Clone, PartialEq)]
enum Column {
    Subject,
    Rater,
    Date,
    Rubrics,
    Timestamp,
    Question(String),
    Comment(String),
    Ignored,
}

/// A heading or a label with case and spacing set aside, and a final full stop.
fn norm(s: &str) -> String {
    let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    words.join(" ").trim_end_matches(['.', ' ']).to_string()
}

/// What the columns of a table of answers are, worked out once from its heading row.
#[derive(Debug)]
pub struct Header {
    columns: Vec<Column>,
    /// The rubrics of a row without a `rubrics` cell: the built-in pair, or, where questions
    /// of other rubrics have columns, the rubrics of every question column.
    rubrics: Vec<String>,
}

impl Header {
    /// Reads the heading row; a column that is neither known nor in `ignore` is an error
    /// at its (0-based) index.
    pub fn new(
        headings: &[String],
        ignore: &[String],
        set: &RubricSet,
    ) -> Result<Header, (usize, String)> {
        let ignore: Vec<String> = ignore.iter().map(|s| norm(s)).collect();
        let texts = texts(set);
        let mut columns = Vec::with_capacity(headings.len());
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (col, heading) in headings.iter().enumerate() {
            let column = column(heading, &ignore, &texts, set).ok_or_else(|| {
                (
                    col,
                    crate::t!(
                        "answers-column-unknown",
                        column = crate::text::clean(heading),
                        fields = META.join(", "),
                        flag = format!("--ignore-column {}", crate::text::shell_word(heading))
                    ),
                )
            })?;
            let key = match &column {
                Column::Question(id) => {
                    Some(crate::t!("answers-column-question", id = id.as_str()))
                }
                Column::Comment(t) => Some(crate::t!("answers-column-comment", topic = t.as_str())),
                Column::Ignored => None,
                other => Some(format!("{other:?}").to_lowercase()),
            };
            if let Some(key) = key
                && let Some(first) = seen.insert(key.clone(), col)
            {
                return Err((
                    col,
                    crate::t!(
                        "answers-columns-same",
                        first = first + 1,
                        second = col + 1,
                        what = key
                    ),
                ));
            }
            columns.push(column);
        }
        let mut used: Vec<usize> = columns
            .iter()
            .filter_map(|c| match c {
                Column::Question(id) => set.question(id).map(|q| q.rubric),
                _ => None,
            })
            .collect();
        used.sort_unstable();
        used.dedup();
        let beyond_default = used
            .iter()
            .any(|&r| !DEFAULT_RUBRICS.contains(&set.rubrics[r].id.as_str()));
        let rubrics = if beyond_default {
            used.iter().map(|&r| set.rubrics[r].id.clone()).collect()
        } else {
            DEFAULT_RUBRICS.iter().map(|s| s.to_string()).collect()
        };
        Ok(Header { columns, rubrics })
    }

    /// One row: its cells (0-based column, text) checked as an answer file would be; every
    /// problem names the row's `line` and the cell's column.
    pub fn row<'c>(
        &self,
        file: &str,
        line: usize,
        cells: impl Iterator<Item = (usize, &'c str)>,
        set: &RubricSet,
    ) -> Result<AnswerSheet, Vec<Diagnostic>> {
        let at = |col: usize| Some(Loc { line, col: col + 1 });
        let mut draft = Draft {
            answers: Some(Vec::new()),
            comments: Some(Vec::new()),
            ..Draft::default()
        };
        let mut problems = Vec::new();
        let mut stamp = None;
        for (col, cell) in cells {
            let cell = cell.trim();
            let Some(column) = self.columns.get(col) else {
                continue;
            };
            if cell.is_empty() {
                continue;
            }
            let bad_date = || {
                Diagnostic::new(
                    file,
                    at(col),
                    crate::t!("answers-bad-date", value = cell.escape_debug().to_string()),
                )
            };
            match column {
                Column::Subject => draft.subject = Some(cell.to_string()),
                Column::Rater => draft.rater = Some((cell.to_lowercase(), at(col))),
                Column::Date => match cell.parse::<toml::value::Datetime>() {
                    Ok(d) => draft.date = Some(d.to_string()),
                    Err(_) => problems.push(bad_date()),
                },
                Column::Timestamp => match day_of(cell) {
                    Some(d) => stamp = Some(d),
                    None => problems.push(bad_date()),
                },
                Column::Rubrics => {
                    draft.rubrics = Some(
                        cell.split([' ', ';', ','])
                            .filter(|s| !s.is_empty())
                            .map(|id| (id.to_string(), at(col)))
                            .collect(),
                    );
                }
                Column::Question(id) => {
                    let value = answer(cell, id, set);
                    if let Some(answers) = &mut draft.answers {
                        answers.push((id.clone(), value, at(col)));
                    }
                }
                Column::Comment(topic) => {
                    if let Some(comments) = &mut draft.comments {
                        comments.push((topic.clone(), toml::Value::String(cell.into()), at(col)));
                    }
                }
                Column::Ignored => {}
            }
        }
        if draft.date.is_none() {
            draft.date = stamp;
        }
        if draft.rubrics.is_none() {
            draft.rubrics = Some(self.rubrics.iter().map(|r| (r.clone(), None)).collect());
        }
        if problems.is_empty() {
            answers::check(file, draft, set)
        } else {
            Err(problems)
        }
    }
}

/// Every question's `text` and `text_others`, set aside case and spacing, to its id.
fn texts(set: &RubricSet) -> Vec<(String, &str)> {
    set.rubrics
        .iter()
        .flat_map(|r| r.dimensions.iter())
        .flat_map(|d| d.questions.iter())
        .flat_map(|q| {
            std::iter::once(norm(&q.text))
                .chain(q.text_others.as_deref().map(norm))
                .map(move |t| (t, q.id.as_str()))
        })
        .collect()
}

/// What a heading names, if anything leadgap knows.
fn column(
    heading: &str,
    ignore: &[String],
    texts: &[(String, &str)],
    set: &RubricSet,
) -> Option<Column> {
    let h = norm(heading);
    if ignore.contains(&h) {
        return Some(Column::Ignored);
    }
    match h.as_str() {
        "subject" => return Some(Column::Subject),
        "rater" => return Some(Column::Rater),
        "date" => return Some(Column::Date),
        "rubrics" => return Some(Column::Rubrics),
        "start" | "stop" | "continue" => return Some(Column::Comment(h)),
        _ => {}
    }
    if TIMESTAMPS.contains(&h.as_str()) {
        return Some(Column::Timestamp);
    }
    if IGNORED.contains(&h.as_str()) {
        return Some(Column::Ignored);
    }
    if let Some(topic) = h.strip_prefix("comment:").map(str::trim) {
        return set
            .dimension(topic)
            .map(|(_, d)| Column::Comment(d.id.clone()));
    }
    let id = heading.trim();
    if set.question(id).is_some() {
        return Some(Column::Question(id.to_string()));
    }
    // `Rate Alex [sp-1]`, or a grid's `Question [statement]`.
    if let Some(inner) = heading
        .trim()
        .strip_suffix(']')
        .and_then(|s| s.rsplit_once('['))
        .map(|(_, inner)| inner.trim())
    {
        if set.question(inner).is_some() {
            return Some(Column::Question(inner.to_string()));
        }
        if let Some(found) = by_text(&norm(inner), texts) {
            return Some(found);
        }
    }
    by_text(&h, texts)
}

/// The question whose text is `h`, or whose `text_others` ends `h` after a name.
fn by_text(h: &str, texts: &[(String, &str)]) -> Option<Column> {
    let question = |id: &str| Column::Question(id.to_string());
    if let Some((_, id)) = texts.iter().find(|(t, _)| t == h) {
        return Some(question(id));
    }
    texts
        .iter()
        .find(|(t, _)| {
            h.len() > t.len()
                && h.ends_with(t.as_str())
                && h[..h.len() - t.len()].ends_with([' ', ':'])
        })
        .map(|(_, id)| question(id))
}

/// A cell of a question's column as the value it would be in an answer file: a number, a
/// label of the scale (any case), `N - label`, or `skip`; anything else is left for the
/// answer file's checks to report.
fn answer(cell: &str, id: &str, set: &RubricSet) -> toml::Value {
    if cell.eq_ignore_ascii_case("skip") {
        return toml::Value::String("skip".into());
    }
    let number = cell.split_once(" - ").map_or(cell, |(n, _)| n.trim());
    if let Ok(i) = number.parse::<i64>() {
        return toml::Value::Integer(i);
    }
    if let Some(q) = set.question(id) {
        let scale = &set.rubrics[q.rubric].scale;
        let wanted = norm(cell);
        if let Some(v) = (scale.min..=scale.max).find(|&v| norm(scale.label(v)) == wanted) {
            return toml::Value::Integer(v);
        }
    }
    if let Ok(f) = cell.parse::<f64>() {
        toml::Value::Float(f)
    } else {
        toml::Value::String(cell.to_string())
    }
}

/// The day of a survey tool's timestamp: `2026-11-22 10:15:32`, `2026/11/22 10:15:32 AM
/// GMT+1`, `11/22/2026 10:15:32` or `11/22/26 10:15` (month first, as the tools' US
/// default writes it, unless the first number cannot be a month), `22.11.2026 10:15`.
pub fn day_of(stamp: &str) -> Option<String> {
    let token = stamp.split([' ', 'T']).next()?;
    let sep = token.chars().find(|c| ['-', '/', '.'].contains(c))?;
    let parts: Vec<&str> = token.split(sep).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let n = |s: &str| s.parse::<i16>().ok();
    let (y, m, d) = if a.len() == 4 {
        (n(a)?, n(b)?, n(c)?)
    } else {
        let year = match c.len() {
            4 => n(c)?,
            2 => 2000 + n(c)?,
            _ => return None,
        };
        let (first, second) = (n(a)?, n(b)?);
        if sep == '.' || first > 12 {
            (year, second, first)
        } else {
            (year, first, second)
        }
    };
    let date = jiff::civil::Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some(date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_give_the_day() {
        assert_eq!(day_of("2026-11-22 10:15:32").as_deref(), Some("2026-11-22"));
        assert_eq!(
            day_of("2026-11-22T10:15:32Z").as_deref(),
            Some("2026-11-22")
        );
        assert_eq!(
            day_of("2026/11/22 10:15:32 AM GMT+1").as_deref(),
            Some("2026-11-22")
        );
        assert_eq!(day_of("11/22/2026 10:15:32").as_deref(), Some("2026-11-22"));
        assert_eq!(day_of("22/11/2026 10:15:32").as_deref(), Some("2026-11-22"));
        assert_eq!(day_of("11/22/26 10:15").as_deref(), Some("2026-11-22"));
        assert_eq!(day_of("22.11.2026 10:15").as_deref(), Some("2026-11-22"));
        assert_eq!(day_of("2026-02-30"), None);
        assert_eq!(day_of("yesterday"), None);
    }

    fn header(cols: &[&str], ignore: &[&str]) -> Result<Header, (usize, String)> {
        let set = RubricSet::builtin().unwrap();
        let cols: Vec<String> = cols.iter().map(|s| s.to_string()).collect();
        let ignore: Vec<String> = ignore.iter().map(|s| s.to_string()).collect();
        Header::new(&cols, &ignore, &set)
    }

    #[test]
    fn columns_are_known_by_id_text_name_and_bracket() {
        let set = RubricSet::builtin().unwrap();
        let (_, _, q) = {
            let r = set.get("senior-traits").unwrap();
            let d = &r.dimensions[0];
            (r, d, &d.questions[0])
        };
        let others = q.text_others.clone().unwrap();
        let h = header(
            &[
                "Timestamp",
                "Email Address",
                &q.text.to_uppercase(),
                &format!("Alex Rivera:  {}", others.trim_end_matches('.')),
                &format!(
                    "How does Alex do? [{}]",
                    set.rubrics[0].dimensions[1].questions[0].id
                ),
                "Start",
                "comment: strategic-planning",
            ],
            &[],
        );
        // The same question by its text and by its text for others is one question twice.
        let (col, message) = h.unwrap_err();
        assert_eq!(col, 3);
        assert!(
            message.contains(&format!("question `{}`", q.id)),
            "{message}"
        );
        let h = header(
            &[
                "Timestamp",
                "Email Address",
                &format!("Alex Rivera  {}", others),
                &format!("Rate [{}]", set.rubrics[0].dimensions[1].questions[0].id),
                "Start",
                "comment: strategic-planning",
            ],
            &[],
        )
        .unwrap();
        assert_eq!(h.columns[0], Column::Timestamp);
        assert_eq!(h.columns[1], Column::Ignored);
        assert_eq!(h.columns[2], Column::Question(q.id.clone()));
        assert_eq!(h.columns[4], Column::Comment("start".into()));
        assert_eq!(h.columns[5], Column::Comment("strategic-planning".into()));
    }

    #[test]
    fn an_unknown_column_is_named_unless_ignored() {
        let (col, message) = header(&["sp-1", "Department"], &[]).unwrap_err();
        assert_eq!(col, 1);
        assert!(message.contains("column `Department`"), "{message}");
        assert!(message.contains("--ignore-column Department"), "{message}");
        assert!(header(&["sp-1", "Department"], &["department"]).is_ok());
        assert!(header(&["comment: nope"], &[]).is_err());
    }

    #[test]
    fn cells_hold_numbers_labels_or_both() {
        let set = RubricSet::builtin().unwrap();
        assert_eq!(answer("4", "sp-1", &set), toml::Value::Integer(4));
        assert_eq!(
            answer("strongly AGREE", "sp-1", &set),
            toml::Value::Integer(5)
        );
        assert_eq!(
            answer("2 - Disagree", "sp-1", &set),
            toml::Value::Integer(2)
        );
        assert_eq!(
            answer("Skip", "sp-1", &set),
            toml::Value::String("skip".into())
        );
        assert_eq!(
            answer("often", "sp-1", &set),
            toml::Value::String("often".into())
        );
    }
}
