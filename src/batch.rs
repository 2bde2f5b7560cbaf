//! The batch pipeline: answer inputs found, read, parsed and scored on every core, handed on
//! in input order. `score`, `feedback`, `cohort`, `report` and the fuzz entry points all go
//! through it; it prints nothing and knows no command.
//!
//! [`inputs`] turns what was named on the command line into a lazy stream of [`Input`]s
//! (files, directories walked in sorted order, `-`, rows of a CSV of answers); [`ordered`]
//! runs a function over them in parallel, a batch at a time, and gives the results back in
//! input order, so memory stays flat however many inputs there are.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::answers::{self, AnswerSheet};
use crate::answers_csv::{self, CsvItem};
use crate::answers_xlsx;
use crate::error::{Diagnostic, Error, Exit, Result};
use crate::input;
use crate::rubric::RubricSet;
use crate::score::{self, Scores};

/// Inputs handed to the workers at once: enough to keep every core busy, few enough that
/// memory does not grow with the batch.
const BATCH: usize = 16;

/// Batches given to the pool before the first of them is written.
const AHEAD: usize = 3;

/// How answers are given: answer files, or rows of answers in a CSV or an Excel workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Toml,
    Csv,
    Xlsx,
}

/// One answer file, or one row of a CSV of answers.
#[derive(Debug)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// A file that a directory listing called a regular file.
    Listed(PathBuf),
    /// Named on the command line but not there.
    Missing(PathBuf),
    /// A respondent from a CSV of answers: its name (`file:line`) and its sheet or problems.
    Row(String, std::result::Result<AnswerSheet, Vec<Diagnostic>>),
}

impl Input {
    /// One file named on the command line: `-` is standard input.
    pub fn at(path: &Path) -> Input {
        if path.as_os_str() == "-" {
            Input::Stdin
        } else if path.exists() || path.symlink_metadata().is_ok() {
            Input::File(path.to_path_buf())
        } else {
            Input::Missing(path.to_path_buf())
        }
    }

    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) | Input::Listed(p) | Input::Missing(p) => p.display().to_string(),
            Input::Row(name, _) => name.clone(),
        }
    }
}

impl From<CsvItem> for Input {
    fn from(item: CsvItem) -> Self {
        match item {
            CsvItem::Missing(path) => Input::Missing(path),
            CsvItem::Row { name, sheet } => Input::Row(name, sheet),
        }
    }
}

/// The inputs named on the command line, lazily, in order. Columns of CSV and Excel
/// answers headed as in `ignore` are left out.
pub fn inputs<'a>(
    paths: &'a [PathBuf],
    source: Source,
    ignore: &'a [String],
    set: &'a RubricSet,
) -> Box<dyn Iterator<Item = Input> + Send + 'a> {
    match source {
        // A file named `.csv` or `.xlsx` is read as such whatever the flag says.
        Source::Toml => Box::new(paths.iter().flat_map(move |p| {
            let one = std::slice::from_ref(p);
            if has_extension(p, "csv") {
                Box::new(answers_csv::rows(one, ignore, set).map(Input::from))
                    as Box<dyn Iterator<Item = Input> + Send + 'a>
            } else if has_extension(p, "xlsx") {
                Box::new(answers_xlsx::rows(one, ignore, set).map(Input::from))
            } else {
                files(p)
            }
        })),
        Source::Csv => Box::new(answers_csv::rows(paths, ignore, set).map(Input::from)),
        Source::Xlsx => Box::new(answers_xlsx::rows(paths, ignore, set).map(Input::from)),
    }
}

/// Whether a name given on the command line has this extension (any case).
fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|x| x.eq_ignore_ascii_case(ext))
}

/// One name given on the command line: `-`, a file, or a directory whose `*.toml` files are
/// taken recursively, sorted by name. Links to directories are not followed (a link loop must
/// not hang a batch); an entry that cannot be listed is passed on as a file, so that reading
/// it reports why.
fn files(arg: &Path) -> Box<dyn Iterator<Item = Input> + Send + '_> {
    if arg.as_os_str() == "-" {
        return Box::new(std::iter::once(Input::Stdin));
    }
    match std::fs::metadata(arg) {
        Ok(m) if m.is_dir() => Box::new(
            walkdir::WalkDir::new(arg)
                .follow_links(false)
                // Siblings' paths are their parent's and a name, so they order as their
                // names do; comparing whole paths spares taking each one apart at every
                // comparison, as `sort_by_file_name` does.
                .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
                .into_iter()
                .filter_map(|entry| match entry {
                    Ok(e) if !is_toml_path(e.path()) || e.file_type().is_dir() => None,
                    Ok(e) if e.file_type().is_file() => Some(Input::Listed(e.into_path())),
                    Ok(e) => Some(Input::File(e.into_path())),
                    Err(e) => e.path().map(|p| Input::File(p.to_path_buf())),
                }),
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && arg.symlink_metadata().is_err() => {
            Box::new(std::iter::once(Input::Missing(arg.to_path_buf())))
        }
        _ => Box::new(std::iter::once(Input::File(arg.to_path_buf()))),
    }
}

/// Whether a file found in a walk has the extension `toml`, as [`Path::extension`] would
/// say, without taking the whole path apart for each of thousands of files: its name ends
/// in `.toml` and is more than that.
fn is_toml_path(path: &Path) -> bool {
    let path = path.as_os_str().as_encoded_bytes();
    path.strip_suffix(b".toml")
        .and_then(|stem| stem.last())
        .is_some_and(|&b| b != b'/')
}

thread_local! {
    /// Each worker reads its listed files into one buffer.
    static READ: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The most a worker's read buffer keeps between files: far more than an answer file takes.
const KEPT_READ_BYTES: usize = 64 * 1024;

/// One input scored.
#[derive(Debug)]
pub struct ScoredFile<'a> {
    /// How the input is named in output: a path, `<stdin>`, or `file:line` for a CSV row.
    pub file: String,
    pub sheet: AnswerSheet,
    pub scores: Scores<'a>,
}

/// What became of one input.
pub type Outcome<'a> = std::result::Result<ScoredFile<'a>, (String, Error)>;

/// Reads, parses and scores one input, with a plan of at most `top` actions.
pub fn process(set: &RubricSet, input: Input, top: usize) -> Outcome<'_> {
    let file = input.name();
    let parse = |text: &str| answers::parse(&file, text, set).map_err(Error::Data);
    let sheet = match input {
        Input::Row(_, sheet) => sheet.map_err(Error::Data),
        Input::Stdin => input::read_stdin(&file).and_then(|text| parse(&text)),
        Input::File(path) => input::read_text(&path, &file).and_then(|text| parse(&text)),
        Input::Listed(path) => READ.with_borrow_mut(|buf| {
            let sheet = input::read_listed(&path, &file, buf).and_then(|text| parse(&text));
            // A large file's buffer is not kept for the files after it.
            if buf.capacity() > KEPT_READ_BYTES {
                *buf = Vec::new();
            }
            sheet
        }),
        Input::Missing(path) => Err(Error::NoInput(path)),
    };
    match sheet {
        Ok(sheet) => {
            let scores = score::score(set, &sheet, top);
            Ok(ScoredFile {
                file,
                sheet,
                scores,
            })
        }
        Err(error) => Err((file, error)),
    }
}

/// One answer file (or `-`) scored, for the commands that take a single one.
pub fn score_one<'a>(set: &'a RubricSet, path: &Path, top: usize) -> Result<ScoredFile<'a>> {
    process(set, Input::at(path), top).map_err(|(_, error)| error)
}

/// One answer file however it is named: its canonical path where it still exists, so
/// that a file named twice, or saved and named again, is known as the same file.
pub fn source_key(file: &str) -> String {
    std::fs::canonicalize(file).map_or_else(|_| file.to_string(), |p| p.display().to_string())
}

/// How many worker threads to use for `jobs` (`None`: one per core), never more than there
/// are cores to run them or inputs to give them.
fn threads(jobs: Option<usize>, inputs: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    jobs.unwrap_or(cores).clamp(1, cores).min(inputs.max(1))
}

/// Runs `work` over every input on up to `jobs` threads and hands each result to `sink` in
/// input order, on the calling thread. While the sink takes batch k, the workers make the
/// batches after it, up to k+[`AHEAD`]. A single input is worked on the calling thread, with
/// no threads started. The sink returning an error (a closed pipe, say) stops the run once
/// the batches in hand are done.
pub fn ordered<T, W, S>(
    inputs: impl Iterator<Item = Input>,
    jobs: Option<usize>,
    work: W,
    mut sink: S,
) -> Result<()>
where
    T: Send,
    W: Fn(Input) -> T + Sync,
    S: FnMut(T) -> Result<()>,
{
    let mut inputs = inputs.peekable();
    let first: Vec<Input> = inputs.by_ref().take(BATCH).collect();
    let n = threads(jobs, first.len());
    if n == 1 && inputs.peek().is_none() {
        // One input (or one thread's worth): no pool, no second thread.
        for input in first {
            sink(work(input))?;
        }
        return Ok(());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map_err(anyhow::Error::from)?;
    let work = &work;
    let mut inputs = inputs.fuse();
    // The calling thread gathers the next batches and writes the earliest while the pool
    // works on those after it, AHEAD batches in hand; each batch has its own channel, so
    // they are written in order whichever finishes first.
    pool.in_place_scope(|scope| -> Result<()> {
        let mut pending = std::collections::VecDeque::with_capacity(AHEAD);
        let start = |batch: Vec<Input>| {
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<T>>(1);
            scope.spawn(move |_| {
                // The receiver is gone only when the sink has failed: nothing to tell.
                let _ = tx.send(batch.into_par_iter().map(work).collect());
            });
            rx
        };
        pending.push_back(start(first));
        loop {
            while pending.len() < AHEAD {
                let next: Vec<Input> = inputs.by_ref().take(BATCH).collect();
                if next.is_empty() {
                    break;
                }
                pending.push_back(start(next));
            }
            let Some(Ok(results)) = pending.pop_front().map(|rx| rx.recv()) else {
                return Ok(());
            };
            for result in results {
                sink(result)?;
            }
        }
    })
}

/// Every input scored, in input order, for the commands that need the whole group at once
/// (`feedback`, `cohort`, `report --feedback`). Each failure goes to `failed` as it comes;
/// the exit code is the worst of them.
pub fn score_all<'a>(
    set: &'a RubricSet,
    paths: &[PathBuf],
    source: Source,
    ignore: &[String],
    jobs: Option<usize>,
    top: usize,
    mut failed: impl FnMut(&Error),
) -> Result<(Vec<ScoredFile<'a>>, Exit)> {
    let mut scored = Vec::new();
    let mut exit = Exit::Success;
    ordered(
        inputs(paths, source, ignore, set),
        jobs,
        |input| process(set, input, top),
        |outcome| {
            match outcome {
                Ok(s) => scored.push(s),
                Err((_, error)) => {
                    failed(&error);
                    exit = exit.worse(error.exit());
                }
            }
            Ok(())
        },
    )?;
    Ok((scored, exit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threads_are_capped_by_cores_and_inputs() {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        assert_eq!(threads(Some(100_000), 10_000), cores);
        assert_eq!(threads(Some(100_000), 1), 1);
        assert_eq!(threads(Some(0), 10), 1);
        assert_eq!(threads(None, 3), cores.min(3));
    }

    #[test]
    fn walks_take_files_named_toml_and_more() {
        for (path, toml) in [
            ("answers/ana.toml", true),
            ("a.toml", true),
            ("answers/.toml", false),
            ("answers/ana.toml.bak", false),
            ("answers/ana.TOML", false),
            ("answers/toml", false),
        ] {
            assert_eq!(is_toml_path(Path::new(path)), toml, "{path}");
        }
    }

    #[test]
    fn directories_are_walked_in_name_order_depth_first() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.toml",
            "a.toml",
            "B.toml",
            ".toml",
            "notes.txt",
            "b/c.toml",
            "b/a.toml",
        ] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "").unwrap();
        }
        let found: Vec<String> = files(dir.path())
            .map(|input| match input {
                Input::Listed(p) => p.strip_prefix(dir.path()).unwrap().display().to_string(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            found,
            ["B.toml", "a.toml", "b/a.toml", "b/c.toml", "b.toml"]
        );
    }

    #[test]
    fn results_come_back_in_input_order_whatever_the_jobs() {
        for jobs in [None, Some(1), Some(3)] {
            let inputs = (0..2_000).map(|i| Input::Missing(PathBuf::from(i.to_string())));
            let mut seen = Vec::new();
            ordered(
                inputs,
                jobs,
                |input| input.name(),
                |name| {
                    seen.push(name);
                    Ok(())
                },
            )
            .unwrap();
            let want: Vec<String> = (0..2_000).map(|i| i.to_string()).collect();
            assert_eq!(seen, want, "{jobs:?}");
        }
    }
}
