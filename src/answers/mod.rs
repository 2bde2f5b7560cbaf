//! Answer files (SPEC section 2): what a person answered, checked against the loaded rubrics.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Diagnostic, Loc};

mod quick;
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
    pub answers: Answers,
    /// `[comments]`: free text by topic (SPEC section 2); empty when there are none.
    pub comments: crate::comments::Comments,
}

/// A sheet's answers, by the number of each question in the set the sheet was checked
/// against ([`crate::rubric::QuestionRef::number`]): in that order, each at most once. A
/// number stands for a question only with that set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers(Vec<(usize, Answer)>);

impl Answers {
    /// Answers by question number, in any order; of a number given twice, the last stands.
    pub fn from_numbers(mut list: Vec<(usize, Answer)>) -> Self {
        // A stable sort keeps each number's answers in the order they were given.
        list.sort_by_key(|&(n, _)| n);
        let mut answers: Vec<(usize, Answer)> = Vec::with_capacity(list.len());
        for (n, a) in list {
            match answers.last_mut() {
                Some(last) if last.0 == n => last.1 = a,
                _ => answers.push((n, a)),
            }
        }
        Answers(answers)
    }

    /// Answers by question id; an id that is not a question of `set` is left out.
    pub fn from_ids<'a>(
        set: &RubricSet,
        answers: impl IntoIterator<Item = (&'a str, Answer)>,
    ) -> Self {
        Self::from_numbers(
            answers
                .into_iter()
                .filter_map(|(id, a)| Some((set.question(id)?.number, a)))
                .collect(),
        )
    }

    /// Answers already in number order, each number once.
    fn sorted(list: Vec<(usize, Answer)>) -> Self {
        debug_assert!(list.windows(2).all(|w| w[0].0 < w[1].0));
        Answers(list)
    }

    /// The answer to question `number`, if one was given.
    pub fn get(&self, number: usize) -> Option<Answer> {
        self.0
            .binary_search_by_key(&number, |&(n, _)| n)
            .ok()
            .map(|i| self.0[i].1)
    }

    /// The answers to the questions numbered in `numbers`, in number order.
    pub fn within(&self, numbers: std::ops::Range<usize>) -> &[(usize, Answer)] {
        let start = self.0.partition_point(|&(n, _)| n < numbers.start);
        let end = start + self.0[start..].partition_point(|&(n, _)| n < numbers.end);
        &self.0[start..end]
    }

    /// Each answer with its question's number, in number order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, Answer)> + '_ {
        self.0.iter().copied()
    }

    /// Each answer with its question's id, in number order.
    pub fn by_id<'a>(&'a self, set: &'a RubricSet) -> impl Iterator<Item = (&'a str, Answer)> {
        self.iter()
            .map(|(n, a)| (set.question_at(n).1.id.as_str(), a))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSheet {
    rubrics: Option<Vec<Spanned<String>>>,
    subject: Option<String>,
    rater: Option<Spanned<String>>,
    date: Option<Spanned<toml::value::Datetime>>,
    answers: Option<BTreeMap<String, Spanned<toml::Value>>>,
    comments: Option<BTreeMap<String, Spanned<toml::Value>>>,
}

/// At most this many problems are listed for one file: past that they are noise.
const MAX_PROBLEMS: usize = 20;

/// An answer file's content before it is checked, from TOML or from a CSV row; each value
/// keeps its place for messages.
#[derive(Debug, Default, PartialEq)]
pub struct Draft {
    pub rubrics: Option<Vec<(String, Option<Loc>)>>,
    pub subject: Option<String>,
    pub rater: Option<(String, Option<Loc>)>,
    pub date: Option<String>,
    /// `None` when the `[answers]` table is missing.
    pub answers: Option<Vec<(String, toml::Value, Option<Loc>)>>,
    /// `[comments]`, when there is one.
    pub comments: Option<Vec<(String, toml::Value, Option<Loc>)>>,
}

/// Parses answer file `file` (its text) and checks it against the loaded rubrics.
/// Every problem found is returned, each naming the file and line and the question id.
pub fn parse(file: &str, text: &str, set: &RubricSet) -> Result<AnswerSheet, Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return Err(vec![Diagnostic::new(
            file,
            None,
            crate::t!("answers-empty-file"),
        )]);
    }
    match quick::sheet(text, set) {
        Some(sheet) => Ok(sheet),
        None => check(file, read_toml(file, text)?, set),
    }
}

/// The draft of an answer file through the general TOML reader: every shape TOML allows,
/// and every error with its place.
fn read_toml(file: &str, text: &str) -> Result<Draft, Vec<Diagnostic>> {
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
    if let Some(d) = &raw.date
        && d.get_ref().date.is_none()
    {
        return Err(vec![Diagnostic::new(
            file,
            loc(d.span()),
            crate::t!("answers-date-is-time", value = d.get_ref().to_string()),
        )]);
    }
    let placed = |table: BTreeMap<String, Spanned<toml::Value>>| {
        table
            .into_iter()
            .map(|(id, v)| {
                let at = loc(v.span());
                (id, v.into_inner(), at)
            })
            .collect()
    };
    let draft = Draft {
        rubrics: raw.rubrics.map(|ids| {
            ids.into_iter()
                .map(|id| (id.get_ref().clone(), loc(id.span())))
                .collect()
        }),
        subject: raw.subject,
        rater: raw.rater.map(|r| (r.get_ref().clone(), loc(r.span()))),
        date: raw.date.map(|d| d.into_inner().to_string()),
        answers: raw.answers.map(placed),
        comments: raw.comments.map(placed),
    };
    Ok(draft)
}

/// The question id of `rubrics` closest to a mistyped `id`, when one is close enough to be
/// what was meant (`sp2` for `sp-2`).
fn nearest_question<'a>(set: &'a RubricSet, rubrics: &[String], id: &str) -> Option<&'a str> {
    set.rubrics
        .iter()
        .filter(|r| rubrics.contains(&r.id))
        .flat_map(|r| r.dimensions.iter())
        .flat_map(|d| d.questions.iter())
        .map(|q| (strsim::osa_distance(id, &q.id), q.id.as_str()))
        .filter(|(distance, _)| *distance <= 2.min(id.len().saturating_sub(1)))
        .min()
        .map(|(_, near)| near)
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
                    crate::t!("answers-rubrics-empty"),
                ));
            }
            let mut seen = std::collections::HashSet::new();
            for (id, loc) in &ids {
                if !seen.insert(id.as_str()) {
                    problems.push(at(
                        *loc,
                        crate::t!("answers-rubric-twice", id = crate::text::clean(id)),
                    ));
                } else if set.get(id).is_none() {
                    problems.push(at(
                        *loc,
                        crate::t!("answers-rubric-not-loaded", id = crate::text::clean(id)),
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
            crate::t!("answers-missing-table"),
        ));
        return Err(problems);
    };

    let mut covered = vec![false; set.rubrics.len()];
    for r in rubrics.iter().filter_map(|id| set.index_of(id)) {
        covered[r] = true;
    }
    let mut answers = Vec::with_capacity(raw_answers.len());
    for (id, value, loc) in raw_answers {
        let qref = set.question(&id).filter(|q| covered[q.rubric]);
        let Some(qref) = qref else {
            let hint = match set.question(&id) {
                Some(q) => crate::t!(
                    "answers-question-other-rubric",
                    rubric = set.rubrics[q.rubric].id.as_str()
                ),
                // Only for problems that will be shown: a file of unknown ids must not cost a
                // search for each.
                None if problems.len() < MAX_PROBLEMS => {
                    match nearest_question(set, &rubrics, &id) {
                        Some(near) => crate::t!("answers-did-you-mean", near = near),
                        None => String::new(),
                    }
                }
                None => String::new(),
            };
            problems.push(at(
                loc,
                crate::t!(
                    "answers-question-unknown",
                    id = crate::text::clean(&id),
                    hint = hint
                ),
            ));
            continue;
        };
        let scale = &set.rubrics[qref.rubric].scale;
        let answer = match value {
            toml::Value::Integer(a) if scale.contains(a) => Answer::Value(a),
            toml::Value::Integer(a) => {
                problems.push(at(
                    loc,
                    crate::t!(
                        "answers-outside-scale",
                        id = id.as_str(),
                        value = a.to_string(),
                        min = scale.min.to_string(),
                        max = scale.max.to_string()
                    ),
                ));
                continue;
            }
            toml::Value::String(s) if s == "skip" => Answer::Skip,
            other => {
                let what = match other {
                    toml::Value::Float(f) => crate::t!("answers-not-whole", value = f.to_string()),
                    toml::Value::String(s) => crate::t!(
                        "answers-not-number",
                        value = format!("\"{}\"", s.escape_debug())
                    ),
                    toml::Value::Boolean(b) => {
                        crate::t!("answers-not-number", value = b.to_string())
                    }
                    toml::Value::Array(_) => crate::t!("answers-array-not-number"),
                    toml::Value::Table(_) => crate::t!("answers-table-not-number"),
                    _ => crate::t!("answers-kind-not-number", kind = other.type_str()),
                };
                problems.push(at(
                    loc,
                    crate::t!(
                        "answers-bad-value",
                        id = id.as_str(),
                        what = what,
                        min = scale.min.to_string(),
                        max = scale.max.to_string()
                    ),
                ));
                continue;
            }
        };
        answers.push((qref.number, answer));
    }

    let mut comments = crate::comments::Comments::new();
    for (topic, value, loc) in draft.comments.unwrap_or_default() {
        let toml::Value::String(text) = value else {
            problems.push(at(
                loc,
                crate::t!(
                    "answers-comment-not-text",
                    topic = crate::text::clean(&topic),
                    kind = value.type_str()
                ),
            ));
            continue;
        };
        if let Some(problem) = crate::comments::problem(&topic, &text, &rubrics, set) {
            problems.push(at(loc, problem));
        } else if !text.trim().is_empty() {
            comments.insert(topic, text.trim().to_string());
        }
    }

    if !problems.is_empty() {
        problems.truncate(MAX_PROBLEMS);
        return Err(problems);
    }
    Ok(AnswerSheet {
        comments,
        rubrics,
        subject: draft.subject,
        rater,
        date: draft.date,
        // Of a question given twice (CSV columns), the last answer stands.
        answers: Answers::from_numbers(answers),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Lines of every kind an answer file may hold, right and wrong, for the readers to agree
    /// on.
    fn line() -> impl Strategy<Value = String> {
        let top = prop::sample::select(vec![
            r#"rubrics = ["senior-traits", "stuck-barriers"]"#,
            r#"rubrics=["senior-traits",]  # c"#,
            r#"rubrics = [ ]"#,
            r#"rubrics = [1]"#,
            r#"rubrics = ["a" "b"]"#,
            r#"subject = "José \"x\"""#,
            "subject = \"中文 name\"\t# c",
            r#"subject = 'literal'"#,
            r#"subject = 5"#,
            r#"subject = """x""""#,
            r#"subject = "plain""#,
            r#"rater = "peer""#,
            r#"rater = "boss""#,
            "date = 2026-11-22",
            "date = 2024-02-29 # leap",
            "date = 2026-02-30",
            "date = 10:00:00",
            "date = 2026-11-22T10:00:00",
            "other = 1",
            "[answers]",
            "  [answers]  # the answers",
            "[ answers ]",
            "[other]",
            "[[answers]]",
            "[comments]",
            "start = \"x\"",
        ])
        .prop_map(str::to_string);
        let answer = (
            prop::sample::select(vec![
                "sp-1", "sp-2", "td-1", "vis-1", "nope", "a.b", "\"sp-3\"",
            ]),
            prop::sample::select(vec!["=", " = ", "\t=  ", " =", " "]),
            prop::sample::select(vec![
                "1",
                "5",
                "3",
                "0",
                "-3",
                "+4",
                "007",
                "1.5",
                "1e3",
                "1_0",
                "\"skip\"",
                "\"x\"",
                "true",
                "99999999999999999999",
                "\"a\" \"b\"",
                "4 # c",
                "4#c",
                "4 x",
                "[1]",
                "{}",
                "\"\"",
                "2026-01-01",
                "12:00:00",
                "\"é\\u00e9\"",
            ]),
        )
            .prop_map(|(k, eq, v)| format!("{k}{eq}{v}"));
        prop_oneof![
            3 => top,
            6 => answer,
            1 => Just(String::new()),
            1 => Just("# a comment".to_string()),
            1 => Just("\t  ".to_string()),
            1 => Just("x = 1\r".to_string()),
        ]
    }

    /// The built-in rubrics, loaded once for every test here.
    static BUILTIN: std::sync::LazyLock<RubricSet> =
        std::sync::LazyLock::new(|| RubricSet::builtin().unwrap());

    /// What the general path makes of a text: the TOML reader, then the checks.
    fn general(text: &str) -> Result<AnswerSheet, Vec<Diagnostic>> {
        check("a.toml", read_toml("a.toml", text)?, &BUILTIN)
    }

    proptest! {
        /// Where the quick reader takes a file, the general path makes the same sheet of it.
        #[test]
        fn the_quick_reader_agrees_with_the_general_one(
            lines in proptest::collection::vec(line(), 0..24),
            newline_at_end in any::<bool>(),
        ) {
            let mut text = lines.join("\n");
            if newline_at_end { text.push('\n'); }
            if let Some(quick) = quick::sheet(&text, &BUILTIN) {
                prop_assert_eq!(Ok(quick), general(&text), "{}", text);
            }
        }
    }

    proptest! {
        /// Files of the usual shape: the quick reader takes those that are right and makes the
        /// general path's sheet of them, and leaves those with an answer off the scale to the
        /// general path, which reports it.
        #[test]
        fn usual_files_read_the_same(
            subject in "[ -!#-\\[\\]-~éü中]{0,12}",
            dated in any::<bool>(),
            picks in proptest::collection::vec(
                (any::<prop::sample::Index>(), 0i64..7, any::<bool>(), 0usize..3), 0..40),
            pad in prop::sample::select(vec!["", " ", "\t", "  "]),
        ) {
            let ids: Vec<&str> = BUILTIN.get("senior-traits").unwrap().dimensions.iter()
                .flat_map(|d| d.questions.iter().map(|q| q.id.as_str()))
                .collect();
            let mut text = format!("# header\nrubrics = [\"senior-traits\"]\nsubject = \"{subject}\"\nrater = \"peer\"\n");
            if dated { text.push_str("date = 2026-11-22 # day\n"); }
            text.push_str("\n[answers]\n");
            let mut seen = std::collections::BTreeSet::new();
            let mut off_scale = false;
            for (pick, v, skip, style) in &picks {
                let id = pick.get(&ids);
                if !seen.insert(id) { continue; }
                let value = if *skip { "\"skip\"".to_string() } else { v.to_string() };
                off_scale |= !*skip && !(1..=5).contains(v);
                match style {
                    0 => text.push_str(&format!("{id} = {value}\n")),
                    1 => text.push_str(&format!("{pad}{id}{pad}={pad}{value}{pad}# note\n")),
                    _ => text.push_str(&format!("# {id}\n{id}={value}\n")),
                }
            }
            let quick = quick::sheet(&text, &BUILTIN);
            if off_scale {
                prop_assert_eq!(quick, None, "{}", text);
                prop_assert!(general(&text).is_err(), "{}", text);
            } else {
                prop_assert!(quick.is_some(), "{}", text);
                prop_assert_eq!(quick, general(&text).ok(), "{}", text);
            }
        }
    }

    #[test]
    fn the_quick_reader_takes_the_usual_files() {
        for file in [
            "examples/strong-executor.toml",
            "examples/new-manager-partial.toml",
        ] {
            let text = std::fs::read_to_string(file).unwrap();
            let quick = quick::sheet(&text, &BUILTIN);
            assert!(quick.is_some(), "{file}");
            assert_eq!(quick, general(&text).ok(), "{file}");
        }
        let blank = crate::template::blank(
            &BUILTIN.rubrics.iter().collect::<Vec<_>>(),
            Some("Jane"),
            Rater::Myself,
        );
        let quick = quick::sheet(&blank, &BUILTIN);
        assert!(quick.is_some());
        assert_eq!(quick, general(&blank).ok());
    }

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
        let number = |id| set().question(id).unwrap().number;
        assert_eq!(sheet.answers.get(number("sp-1")), Some(Answer::Value(4)));
        assert_eq!(sheet.answers.get(number("sp-2")), Some(Answer::Skip));
        assert_eq!(sheet.answers.get(number("sp-4")), None);
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
