//! Answers in an Excel workbook (`--answers-format xlsx`, or any file named `.xlsx`): the
//! first sheet, read as a CSV of answers is ([`crate::survey`]): a heading row, then a row
//! per respondent. A cell that cannot be read is an error naming its row and column.

use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};

use crate::answers_csv::CsvItem;
use crate::error::{Diagnostic, Loc};
use crate::rubric::RubricSet;
use crate::survey::Header;

/// Every row of every workbook named, in order; columns headed as in `ignore` are left out.
pub fn rows<'a>(
    paths: &'a [PathBuf],
    ignore: &'a [String],
    set: &'a RubricSet,
) -> impl Iterator<Item = CsvItem> + 'a {
    paths.iter().flat_map(move |p| workbook(p, ignore, set))
}

/// The rows of one workbook, or what keeps it from being read.
fn workbook(path: &Path, ignore: &[String], set: &RubricSet) -> Vec<CsvItem> {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let fail = |line: Option<usize>, message: String| {
        vec![CsvItem::Row {
            name: line.map_or_else(|| name.clone(), |l| format!("{name}:{l}")),
            sheet: Err(vec![Diagnostic::new(
                &name,
                line.map(|line| Loc { line, col: 1 }),
                message,
            )]),
        }]
    };
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)
    } else {
        match std::fs::File::open(path) {
            Ok(mut f) => f.read_to_end(&mut bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return vec![CsvItem::Missing(path.to_path_buf())];
            }
            Err(e) => Err(e),
        }
    };
    if let Err(e) = read {
        return fail(
            None,
            crate::t!("answers-cannot-read", reason = e.to_string()),
        );
    }
    let range = match Xlsx::new(std::io::Cursor::new(bytes))
        .map_err(|e| e.to_string())
        .and_then(|mut book| match book.worksheet_range_at(0) {
            Some(sheet) => sheet.map_err(|e| e.to_string()),
            None => Err(crate::t!("answers-no-sheet")),
        }) {
        Ok(range) => range,
        Err(e) => {
            return fail(None, crate::t!("answers-not-xlsx", reason = e.to_string()));
        }
    };
    // Lines and columns as Excel numbers them, wherever the sheet's cells start.
    let (top, left) = range.start().unwrap_or((0, 0));
    let line_of = |i: usize| top as usize + i + 1;
    let at = |line: usize, col: usize| {
        Some(Loc {
            line,
            col: left as usize + col + 1,
        })
    };
    let mut rows = range.rows().enumerate();
    let Some((_, heading)) = rows.next() else {
        return fail(None, crate::t!("answers-sheet-empty"));
    };
    let headings: Result<Vec<String>, (usize, String)> = heading
        .iter()
        .enumerate()
        .map(|(col, cell)| text(cell).map_err(|e| (col, e)))
        .collect();
    let header = headings.and_then(|h| Header::new(&h, ignore, set));
    let header = match header {
        Ok(header) => header,
        Err((col, message)) => {
            return vec![CsvItem::Row {
                name: format!("{name}:{}", line_of(0)),
                sheet: Err(vec![Diagnostic::new(&name, at(line_of(0), col), message)]),
            }];
        }
    };
    let mut items = Vec::new();
    for (i, row) in rows {
        let line = line_of(i);
        let cells: Vec<Result<String, String>> = row.iter().map(text).collect();
        if cells.iter().all(|c| c.as_deref().is_ok_and(str::is_empty)) {
            continue;
        }
        let unreadable: Vec<Diagnostic> = cells
            .iter()
            .enumerate()
            .filter_map(|(col, c)| {
                c.as_ref()
                    .err()
                    .map(|e| Diagnostic::new(&name, at(line, col), e.clone()))
            })
            .collect();
        let sheet = if unreadable.is_empty() {
            let texts = cells
                .iter()
                .enumerate()
                .map(|(col, c)| (col, c.as_deref().unwrap_or_default()));
            header
                .row(&name, line, texts, set)
                .map_err(|problems| shifted(problems, left as usize))
        } else {
            Err(unreadable)
        };
        items.push(CsvItem::Row {
            name: format!("{name}:{line}"),
            sheet,
        });
    }
    items
}

/// Problems placed by column within the sheet's cells, placed as Excel numbers columns.
fn shifted(mut problems: Vec<Diagnostic>, left: usize) -> Vec<Diagnostic> {
    for p in &mut problems {
        if let Some(loc) = &mut p.loc {
            loc.col += left;
        }
    }
    problems
}

/// A cell as the text a CSV would hold: whole numbers without a fraction, dates as
/// `YYYY-MM-DD` (the day is all an answer file keeps), an error cell as an error.
fn text(cell: &Data) -> Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            // Excel counts days from 1899-12-30 (its 1900 leap-year mistake included).
            let days = d.as_f64().floor() as i64;
            jiff::civil::date(1899, 12, 30)
                .checked_add(jiff::Span::new().days(days))
                .map_err(|_| {
                    crate::t!("answers-date-out-of-range", value = d.as_f64().to_string())
                })?
                .to_string()
        }
        Data::Error(e) => {
            return Err(crate::t!("answers-cell-error", error = e.to_string()));
        }
    })
}
