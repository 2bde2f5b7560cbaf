//! Answers from a form or a spreadsheet: a CSV with one row per respondent and a column per
//! question, plus optional `subject`, `rater`, `date` and `rubrics` columns, or a survey
//! tool's export (the columns are read by [`crate::survey`]). Each row is checked by the same
//! rules as an answer file ([`crate::answers::check`]), so it scores exactly as the
//! equivalent TOML file would; problems name the row's line and column.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::answers::AnswerSheet;
use crate::error::{Diagnostic, Loc};
use crate::rubric::RubricSet;
use crate::survey::Header;

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

/// Every row of every CSV named, in order; columns headed as in `ignore` are left out.
pub fn rows<'a>(
    paths: &'a [PathBuf],
    ignore: &'a [String],
    set: &'a RubricSet,
) -> impl Iterator<Item = CsvItem> + 'a {
    paths
        .iter()
        .flat_map(move |p| CsvRows::open(p, ignore, set))
}

/// Every row of one CSV read from `source`, named `name` in messages.
pub fn rows_from<'a>(
    name: &str,
    source: Box<dyn Read + Send + 'a>,
    ignore: &[String],
    set: &'a RubricSet,
) -> impl Iterator<Item = CsvItem> + 'a {
    CsvRows::from_reader(name, source, ignore, set)
}

struct CsvRows<'a> {
    name: String,
    set: &'a RubricSet,
    reader: Option<csv::Reader<Box<dyn Read + Send + 'a>>>,
    header: Vec<String>,
    /// What each column is, once the header row is read and known.
    columns: Option<Header>,
    /// Something to report before (or instead of) the rows.
    pending: Option<CsvItem>,
}

impl<'a> CsvRows<'a> {
    fn open(path: &Path, ignore: &[String], set: &'a RubricSet) -> CsvRows<'a> {
        if path.as_os_str() == "-" {
            return CsvRows::from_reader("<stdin>", Box::new(std::io::stdin()), ignore, set);
        }
        let name = path.display().to_string();
        match std::fs::File::open(path) {
            Ok(f) => CsvRows::from_reader(&name, Box::new(f), ignore, set),
            Err(e) => {
                let mut rows = CsvRows::empty(&name, set);
                if e.kind() == std::io::ErrorKind::NotFound {
                    rows.pending = Some(CsvItem::Missing(path.to_path_buf()));
                } else {
                    rows.fail(
                        None,
                        crate::t!("answers-cannot-read", reason = e.to_string()),
                    );
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
            columns: None,
            pending: None,
        }
    }

    fn from_reader(
        name: &str,
        source: Box<dyn Read + Send + 'a>,
        ignore: &[String],
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
                rows.fail(
                    Some(1),
                    crate::t!("answers-cannot-read-header", reason = e.to_string()),
                );
                return rows;
            }
        }
        if rows.header.iter().all(String::is_empty) {
            rows.fail(None, crate::t!("answers-table-empty"));
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
            let message = crate::t!(
                "answers-column-twice",
                column = crate::text::clean(&c),
                first = first + 1,
                second = col + 1
            );
            rows.header_problem(col, message);
            return rows;
        }
        match Header::new(&rows.header, ignore, set) {
            Ok(header) => rows.columns = Some(header),
            Err((col, message)) => {
                rows.header_problem(col, message);
                return rows;
            }
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
        let sheet = match &self.columns {
            Some(header) => header.row(&self.name, line, record.iter().enumerate(), self.set),
            None => Err(Vec::new()),
        };
        CsvItem::Row {
            name: format!("{}:{line}", self.name),
            sheet,
        }
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
                    } => crate::t!("answers-row-length", len = *len, expected = *expected_len),
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
