//! Answers from a form or a spreadsheet: a CSV with one row per respondent and a column per
//! question id, plus optional `subject`, `rater`, `date` and `rubrics` columns. Each row is
//! checked by the same rules as an answer file ([`crate::answers::check`]), so it scores
//! exactly as the equivalent TOML file would; problems name the row's line and column.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::answers::{self, AnswerSheet, Draft};
use crate::error::{Diagnostic, Loc};
use crate::rubric::RubricSet;

const META: [&str; 4] = ["subject", "rater", "date", "rubrics"];

/// What a CSV of answers yields: a respondent's row, checked, or a CSV that is not there.
#[derive(Debug)]
pub enum CsvItem {
    /// A row named `file:line`, with its sheet or its problems.
    Row {
        name: String,
        sheet: Result<AnswerSheet, Vec<Diagnostic>>,
    },
    Missing(PathBuf),
}

/// Every row of every CSV named, in order.
pub fn rows<'a>(paths: &'a [PathBuf], set: &'a RubricSet) -> impl Iterator<Item = CsvItem> + 'a {
    paths.iter().flat_map(move |p| CsvRows::open(p, set))
}

/// Every row of one CSV read from `source`, named `name` in messages.
pub fn rows_from<'a>(
    name: &str,
    source: Box<dyn Read + Send + 'a>,
    set: &'a RubricSet,
) -> impl Iterator<Item = CsvItem> + 'a {
    CsvRows::from_reader(name, source, set)
}

struct CsvRows<'a> {
    name: String,
    set: &'a RubricSet,
    reader: Option<csv::Reader<Box<dyn Read + Send + 'a>>>,
    header: Vec<String>,
    /// Something to report before (or instead of) the rows.
    pending: Option<CsvItem>,
}

impl<'a> CsvRows<'a> {
    fn open(path: &Path, set: &'a RubricSet) -> CsvRows<'a> {
        if path.as_os_str() == "-" {
            return CsvRows::from_reader("<stdin>", Box::new(std::io::stdin()), set);
        }
        let name = path.display().to_string();
        match std::fs::File::open(path) {
            Ok(f) => CsvRows::from_reader(&name, Box::new(f), set),
            Err(e) => {
                let mut rows = CsvRows::empty(&name, set);
                if e.kind() == std::io::ErrorKind::NotFound {
                    rows.pending = Some(CsvItem::Missing(path.to_path_buf()));
                } else {
                    rows.fail(None, format!("cannot read: {e}"));
                }
                rows
            }
        }
    }

    fn empty(name: &str, set: &'a RubricSet) -> CsvRows<'a> {
        CsvRows {
            name: name.to_string(),
            set,
            reader: None,
            header: Vec::new(),
            pending: None,
        }
    }

    fn from_reader(
        name: &str,
        source: Box<dyn Read + Send + 'a>,
        set: &'a RubricSet,
    ) -> CsvRows<'a> {
        let mut rows = CsvRows::empty(name, set);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(
                Box::new(crate::input::RecordLimit::new(source)) as Box<dyn Read + Send + 'a>
            );
        match reader.headers() {
            Ok(h) => rows.header = h.iter().map(|c| c.trim().to_string()).collect(),
            Err(e) => {
                rows.fail(Some(1), format!("cannot read the header row: {e}"));
                return rows;
            }
        }
        if rows.header.iter().all(String::is_empty) {
            rows.fail(
                None,
                "file is empty; the first row must name the columns".into(),
            );
            return rows;
        }
        // A column twice would let the last one win unseen (and thousands of them cost
        // memory for nothing).
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let twice = rows.header.iter().enumerate().find_map(|(col, c)| {
            seen.insert(c.as_str(), col)
                .map(|first| (first, col, c.clone()))
        });
        if let Some((first, col, c)) = twice {
            let message = format!(
                "column `{}` appears twice (columns {} and {}); give each question or field one column",
                crate::text::clean(&c),
                first + 1,
                col + 1
            );
            rows.header_problem(col, message);
            return rows;
        }
        let unknown: Vec<(usize, String)> = rows
            .header
            .iter()
            .enumerate()
            .filter(|(_, c)| !META.contains(&c.as_str()) && set.question(c).is_none())
            .map(|(col, c)| (col, c.clone()))
            .collect();
        if let Some((col, c)) = unknown.into_iter().next() {
            let message = format!(
                "column `{c}` is neither a question id of the loaded rubrics nor one of {}",
                META.join(", ")
            );
            rows.header_problem(col, message);
            return rows;
        }
        rows.reader = Some(reader);
        rows
    }

    /// A problem with the header row at column `col` (0-based): no row is read after it.
    fn header_problem(&mut self, col: usize, message: String) {
        self.pending = Some(CsvItem::Row {
            name: format!("{}:1", self.name),
            sheet: Err(vec![Diagnostic::new(
                &self.name,
                Some(Loc {
                    line: 1,
                    col: col + 1,
                }),
                message,
            )]),
        });
    }

    fn fail(&mut self, line: Option<usize>, message: String) {
        let loc = line.map(|line| Loc { line, col: 1 });
        let name = match line {
            Some(l) => format!("{}:{l}", self.name),
            None => self.name.clone(),
        };
        self.pending = Some(CsvItem::Row {
            name,
            sheet: Err(vec![Diagnostic::new(&self.name, loc, message)]),
        });
    }

    fn row(&self, line: usize, record: &csv::StringRecord) -> CsvItem {
        let at = |col: usize| Some(Loc { line, col: col + 1 });
        let mut draft = Draft {
            answers: Some(Vec::new()),
            ..Draft::default()
        };
        let mut problems = Vec::new();
        for (col, (column, cell)) in self.header.iter().zip(record.iter()).enumerate() {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            match column.as_str() {
                "subject" => draft.subject = Some(cell.to_string()),
                "rater" => draft.rater = Some((cell.to_string(), at(col))),
                "date" => match cell.parse::<toml::value::Datetime>() {
                    Ok(d) => draft.date = Some(d.to_string()),
                    Err(_) => problems.push(Diagnostic::new(
                        &self.name,
                        at(col),
                        format!(
                            "date `{}` is not a date such as 2026-11-22",
                            cell.escape_debug()
                        ),
                    )),
                },
                "rubrics" => {
                    draft.rubrics = Some(
                        cell.split([' ', ';', ','])
                            .filter(|s| !s.is_empty())
                            .map(|id| (id.to_string(), at(col)))
                            .collect(),
                    );
                }
                id => {
                    if let Some(answers) = &mut draft.answers {
                        answers.push((id.to_string(), cell_value(cell), at(col)));
                    }
                }
            }
        }
        let name = format!("{}:{line}", self.name);
        let result = if problems.is_empty() {
            answers::check(&self.name, draft, self.set)
        } else {
            Err(problems)
        };
        CsvItem::Row {
            name,
            sheet: result,
        }
    }
}

/// A cell as the TOML value it would be in an answer file.
fn cell_value(cell: &str) -> toml::Value {
    if let Ok(i) = cell.parse::<i64>() {
        toml::Value::Integer(i)
    } else if let Ok(f) = cell.parse::<f64>() {
        toml::Value::Float(f)
    } else if let Ok(b) = cell.parse::<bool>() {
        toml::Value::Boolean(b)
    } else {
        toml::Value::String(cell.to_string())
    }
}

impl Iterator for CsvRows<'_> {
    type Item = CsvItem;

    fn next(&mut self) -> Option<CsvItem> {
        if let Some(p) = self.pending.take() {
            return Some(p);
        }
        let reader = self.reader.as_mut()?;
        let mut record = csv::StringRecord::new();
        match reader.read_record(&mut record) {
            Ok(false) => {
                self.reader = None;
                None
            }
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line() as usize);
                Some(self.row(line, &record))
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("row has {len} fields, the header has {expected_len}"),
                    _ => e.to_string(),
                };
                // An I/O error ends the file; a malformed row does not.
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    self.reader = None;
                }
                self.fail(line, message);
                self.pending.take()
            }
        }
    }
}
