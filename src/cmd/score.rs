//! `leadgap score`: answer files in, results out, in input order. A bad file is reported and
//! the run goes on; the exit code says whether any failed.
//!
//! Files are read, parsed, scored and rendered in parallel, a batch at a time; the main
//! thread writes each batch in input order before the next one starts. Memory therefore
//! stays flat however many files there are: nothing but counters outlives a batch.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

use super::{Context, report};
use crate::answers::{self, AnswerSheet};
use crate::cli::{AnswerInputs, AnswersFormat, ScoreArgs, ScoreFormat};
use crate::error::{Error, Exit, Result};
use crate::input;
use crate::render::{self, Scored, csv as csv_out, json, markdown, table};
use crate::rubric::RubricSet;
use crate::score::{self, Scores};
use crate::store::Assessment;

/// Files handed to the workers at once: enough to keep every core busy, few enough that
/// memory does not grow with the batch.
const BATCH: usize = 512;

/// Batches from this size on get a progress line, when stderr is a terminal.
const PROGRESS_FROM: usize = 2_000;

/// One answer file, or one row of a CSV of answers.
#[derive(Debug)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// Named on the command line but not there.
    Missing(PathBuf),
    /// A respondent from a CSV of answers: its name (`file:line`) and its sheet or problems.
    Row(
        String,
        std::result::Result<AnswerSheet, Vec<crate::error::Diagnostic>>,
    ),
}

impl Input {
    /// One file named on the command line: `-` is standard input.
    pub fn at(path: &Path) -> Input {
        if path.as_os_str() == "-" {
            Input::Stdin
        } else if path.exists() {
            Input::File(path.to_path_buf())
        } else {
            Input::Missing(path.to_path_buf())
        }
    }

    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) | Input::Missing(p) => p.display().to_string(),
            Input::Row(name, _) => name.clone(),
        }
    }
}

/// Files, directories and `-`, in order: a directory's `*.toml` files recursively, sorted
/// by name. Lazy, so a directory of a million files is never listed into memory at once
/// beyond one directory's entries.
pub struct Inputs<'a> {
    args: std::slice::Iter<'a, PathBuf>,
    /// Directories being walked: each level's remaining entries (and whether each is a
    /// directory, from the listing itself, so no file costs an extra `stat`), sorted.
    stack: Vec<std::vec::IntoIter<(PathBuf, bool)>>,
}

impl<'a> Inputs<'a> {
    pub fn new(args: &'a [PathBuf]) -> Self {
        Inputs {
            args: args.iter(),
            stack: Vec::new(),
        }
    }

    fn listing(dir: &Path) -> std::io::Result<std::vec::IntoIter<(PathBuf, bool)>> {
        let mut entries: Vec<(PathBuf, bool)> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                // Symlinked directories are not followed: a link loop must not hang a batch.
                let is_dir = e.file_type().ok()?.is_dir();
                let path = e.path();
                (is_dir || path.extension().is_some_and(|x| x == "toml")).then_some((path, is_dir))
            })
            .collect();
        entries.sort();
        Ok(entries.into_iter())
    }
}

impl Iterator for Inputs<'_> {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some(level) = self.stack.last_mut() {
                match level.next() {
                    Some((path, is_dir)) => {
                        if !is_dir {
                            return Some(Input::File(path));
                        }
                        match Self::listing(&path) {
                            Ok(listing) => self.stack.push(listing),
                            Err(_) => return Some(Input::File(path)),
                        }
                    }
                    None => {
                        self.stack.pop();
                    }
                }
                continue;
            }
            let arg = self.args.next()?;
            if arg.as_os_str() == "-" {
                return Some(Input::Stdin);
            }
            match std::fs::metadata(arg) {
                Ok(m) if m.is_dir() => match Self::listing(arg) {
                    Ok(listing) => self.stack.push(listing),
                    Err(_) => return Some(Input::File(arg.clone())),
                },
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Some(Input::Missing(arg.clone()));
                }
                _ => return Some(Input::File(arg.clone())),
            }
        }
    }
}

/// What became of one input.
pub enum Outcome {
    Scored {
        file: String,
        sheet: AnswerSheet,
        scores: Scores,
    },
    Failed {
        file: String,
        error: Error,
    },
}

/// Reads, parses and scores one input.
pub fn process(set: &RubricSet, input: Input, top: usize) -> Outcome {
    let file = input.name();
    let sheet = match input {
        Input::Row(_, sheet) => sheet.map_err(Error::Data),
        Input::Stdin => input::read_stdin(&file)
            .and_then(|text| answers::parse(&file, &text, set).map_err(Error::Data)),
        Input::File(path) => input::read_text(&path, &file)
            .and_then(|text| answers::parse(&file, &text, set).map_err(Error::Data)),
        Input::Missing(path) => Err(Error::NoInput(path)),
    };
    match sheet {
        Ok(sheet) => {
            let scores = score::score(set, &sheet, top);
            Outcome::Scored {
                file,
                sheet,
                scores,
            }
        }
        Err(error) => Outcome::Failed { file, error },
    }
}

/// One input read, scored and rendered on a worker. Only the bytes (and, with `--save`,
/// the record to keep) go back to the writer: sheets and scores are freed on the thread
/// that made them. `save` carries the client when saving.
fn work(
    set: &RubricSet,
    renderer: &Renderer<'_>,
    input: Input,
    top: usize,
    save: Option<Option<&str>>,
) -> (Done, std::io::Result<Vec<u8>>) {
    let mut outcome = process(set, input, top);
    let bytes = renderer.render(&mut outcome);
    let done = match outcome {
        Outcome::Scored {
            file,
            sheet,
            scores,
        } => Done::Scored {
            keep: save.map(|client| Box::new(Assessment::new(set, &sheet, &scores, client, &file))),
            file,
        },
        Outcome::Failed { error, .. } => Done::Failed(error),
    };
    (done, bytes)
}

/// What the main thread needs of a processed input, once it has been rendered.
enum Done {
    Scored {
        file: String,
        /// With `--save`: the record to keep.
        keep: Option<Box<Assessment>>,
    },
    Failed(Error),
}

/// How each outcome is turned into bytes; runs on the worker threads.
struct Renderer<'a> {
    format: ScoreFormat,
    plan_rows: bool,
    set: &'a RubricSet,
    look: render::Look,
    /// With `--save`, scores carry the whole plan; print only this many.
    top: usize,
}

impl Renderer<'_> {
    fn render(&self, outcome: &mut Outcome) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        match outcome {
            Outcome::Scored {
                file,
                sheet,
                scores,
            } => {
                // Cut a copy, so a saved assessment still keeps the whole plan.
                let shown;
                let scores: &Scores = if scores.plan.len() > self.top {
                    let mut cut = scores.clone();
                    cut.plan.truncate(self.top);
                    shown = cut;
                    &shown
                } else {
                    scores
                };
                let s = Scored {
                    file,
                    sheet,
                    scores,
                };
                match self.format {
                    ScoreFormat::Table => table::scores(&mut out, self.set, s, self.look)?,
                    ScoreFormat::Markdown => markdown::scores(&mut out, self.set, s)?,
                    ScoreFormat::Jsonl => json::line(&mut out, self.set, s)?,
                    ScoreFormat::Json => json::pretty_value(&mut out, self.set, s)?,
                    ScoreFormat::Csv => csv_out::rows(&mut out, s, self.plan_rows)?,
                }
            }
            Outcome::Failed { file, error } => match self.format {
                ScoreFormat::Jsonl => json::error_line(&mut out, file, &error.to_string())?,
                ScoreFormat::Json => json::pretty_error(&mut out, file, &error.to_string())?,
                _ => {}
            },
        }
        Ok(out)
    }
}

/// Counts for the closing summary.
#[derive(Default)]
struct Tally {
    scored: usize,
    bad: usize,
    missing: usize,
    /// Results written so far, for separators between them.
    printed: usize,
}

pub fn run(ctx: &Context, args: &ScoreArgs, out: &mut dyn Write) -> Result<Exit> {
    let started = Instant::now();
    let set = ctx.rubrics()?;
    let store = if args.save { Some(ctx.store()?) } else { None };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, |j| j as usize))
        .build()
        .map_err(anyhow::Error::from)?;
    let renderer = Renderer {
        format: args.format,
        plan_rows: args.plan,
        set: &set,
        look: ctx.look,
        top: args.top,
    };
    // A saved assessment keeps the whole plan; what is printed is cut to --top.
    let top = if store.is_some() {
        usize::MAX
    } else {
        args.top
    };

    let inputs = inputs(&args.answers, &set);
    let progress = (std::io::stderr().is_terminal() && !ctx.quiet).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} files scored ({per_sec})")
                .expect("a valid template"),
        );
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
        bar
    });

    let write = |out: &mut dyn Write, bytes: &[u8]| out.write_all(bytes).map_err(Error::stdout);
    let mut tally = Tally::default();
    let mut store_error = None;
    let mut total = 0usize;
    match args.format {
        ScoreFormat::Json => write(out, b"[")?,
        ScoreFormat::Csv => write(out, csv_out::header(args.plan).as_bytes())?,
        _ => {}
    }
    // A pipeline: a producer thread reads, scores and renders batch k+1 on the pool while
    // this thread writes batch k, in input order. Dropping the receiver (a closed pipe, a
    // write error) stops the producer after the batch in hand.
    let saving = store.is_some();
    let client = ctx.client.as_deref();
    let (set, renderer) = (&set, &renderer);
    std::thread::scope(|scope| -> Result<()> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(Done, std::io::Result<Vec<u8>>)>>(1);
        let pool = &pool;
        scope.spawn(move || {
            let mut inputs = inputs;
            loop {
                let batch: Vec<Input> = inputs.by_ref().take(BATCH).collect();
                if batch.is_empty() {
                    break;
                }
                let results = pool.install(|| {
                    batch
                        .into_par_iter()
                        .map(|input| work(set, renderer, input, top, saving.then_some(client)))
                        .collect()
                });
                if tx.send(results).is_err() {
                    break;
                }
            }
        });
        for results in rx {
            total += results.len();
            for (done, bytes) in results {
                let bytes = bytes.map_err(|e| Error::Internal(e.into()))?;
                match done {
                    Done::Scored { file, keep } => {
                        tally.scored += 1;
                        if let (Some(store), None, Some(mut a)) = (&store, &store_error, keep) {
                            match store.save(&mut a) {
                                Ok(_) => ctx.say(format!(
                                    "{}: saved as {}",
                                    crate::text::clean(&file),
                                    a.id
                                )),
                                Err(e) => store_error = Some(e),
                            }
                        }
                    }
                    Done::Failed(error) => {
                        report(&error);
                        if matches!(error, Error::NoInput(_)) {
                            tally.missing += 1;
                        } else {
                            tally.bad += 1;
                        }
                    }
                }
                if bytes.is_empty() {
                    continue;
                }
                if tally.printed > 0 {
                    match args.format {
                        ScoreFormat::Table => {
                            let rule = "═".repeat(usize::from(ctx.look.width));
                            write(out, format!("\n{rule}\n").as_bytes())?;
                        }
                        ScoreFormat::Markdown => write(out, b"\n---\n\n")?,
                        ScoreFormat::Json => write(out, b",")?,
                        _ => {}
                    }
                }
                if args.format == ScoreFormat::Json {
                    write(out, b"\n")?;
                }
                write(out, &bytes)?;
                tally.printed += 1;
            }
            if let Some(bar) = &progress {
                if total >= PROGRESS_FROM && bar.is_hidden() {
                    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                }
                bar.set_position(total as u64);
            }
        }
        Ok(())
    })?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if args.format == ScoreFormat::Json {
        write(out, if tally.printed > 0 { b"\n]\n" } else { b"]\n" })?;
    }
    out.flush().map_err(Error::stdout)?;
    if total > 1 {
        ctx.say(format!(
            "scored {} file{}, {} failed, in {:.2} s",
            tally.scored,
            if tally.scored == 1 { "" } else { "s" },
            tally.bad + tally.missing,
            started.elapsed().as_secs_f64()
        ));
    }
    if let Some(e) = store_error {
        return Err(e);
    }
    Ok(if tally.missing > 0 {
        Exit::NoInput
    } else if tally.bad > 0 {
        Exit::DataErr
    } else {
        Exit::Success
    })
}

/// The inputs named on the command line, as answer files or as rows of CSV answers.
fn inputs<'a>(
    answers: &'a AnswerInputs,
    set: &'a RubricSet,
) -> Box<dyn Iterator<Item = Input> + Send + 'a> {
    match answers.answers_format {
        AnswersFormat::Toml => Box::new(Inputs::new(&answers.inputs)),
        AnswersFormat::Csv => Box::new(crate::answers_csv::rows(&answers.inputs, set)),
    }
}

/// One answer file (or `-`) scored, for the commands that take a single one.
pub fn score_one(
    set: &RubricSet,
    path: &Path,
    top: usize,
) -> Result<(String, AnswerSheet, Scores)> {
    match process(set, Input::at(path), top) {
        Outcome::Scored {
            file,
            sheet,
            scores,
        } => Ok((file, sheet, scores)),
        Outcome::Failed { error, .. } => Err(error),
    }
}

/// One answer file however it is named: its canonical path where it still exists, so
/// that a file named twice, or saved and named again, is known as the same file.
pub fn source_key(file: &str) -> String {
    std::fs::canonicalize(file).map_or_else(|_| file.to_string(), |p| p.display().to_string())
}

/// Every input read, parsed and scored on all cores, kept in input order; for the commands
/// that need the whole group at once (`feedback`, `cohort`). Bad inputs are reported on
/// stderr as they would be by `score`; the exit code says whether any failed.
pub fn score_all(
    set: &RubricSet,
    answers: &AnswerInputs,
    top: usize,
) -> (Vec<(String, AnswerSheet, Scores)>, Exit) {
    let outcomes: Vec<Outcome> = inputs(answers, set)
        .collect::<Vec<Input>>()
        .into_par_iter()
        .map(|input| process(set, input, top))
        .collect();
    let mut scored = Vec::with_capacity(outcomes.len());
    let mut exit = Exit::Success;
    for outcome in outcomes {
        match outcome {
            Outcome::Scored {
                file,
                sheet,
                scores,
            } => scored.push((file, sheet, scores)),
            Outcome::Failed { error, .. } => {
                report(&error);
                exit = match (&error, exit) {
                    (Error::NoInput(_), _) | (_, Exit::NoInput) => Exit::NoInput,
                    _ => Exit::DataErr,
                };
            }
        }
    }
    (scored, exit)
}
