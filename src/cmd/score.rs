//! `leadgap score`: answer files in, results out, in input order. A bad file is reported and
//! the run goes on; the exit code says whether any failed.
//!
//! The pipeline ([`crate::batch`]) reads, parses and scores on every core; here each result
//! is rendered on the worker that made it, and written (and, with `--save`, kept) in input
//! order on the main thread.

use std::borrow::Cow;
use std::io::{IoSlice, IsTerminal, Write};
use std::time::Instant;

use super::Context;
use crate::batch::{self, Outcome, ScoredFile};
use crate::cli::{ScoreArgs, ScoreFormat};
use crate::error::{Error, Exit, Result};
use crate::render::{self, Scored, csv as csv_out, json, markdown, table};
use crate::rubric::RubricSet;
use crate::score::Scores;
use crate::store::Assessment;

/// Batches from this size on get a progress line, when stderr is a terminal.
const PROGRESS_FROM: usize = 2_000;

/// One input read, scored and rendered on a worker. Only the bytes (and, with `--save`,
/// the record to keep) go back to the writer: sheets and scores are freed on the thread
/// that made them. `save` carries the client when saving.
fn work(
    set: &RubricSet,
    renderer: &Renderer<'_>,
    input: batch::Input,
    top: usize,
    save: Option<Option<&str>>,
    excluded: &dyn Fn(Option<&str>) -> Vec<String>,
) -> (Done, std::io::Result<Vec<u8>>) {
    let mut outcome = batch::process(set, input, top);
    // Saved into a part of the store with a plan's record: actions done or dropped lately
    // are not proposed again (SPEC 8).
    if let Ok(s) = &mut outcome {
        let excluded = excluded(s.sheet.date.as_deref());
        if !excluded.is_empty() {
            s.scores = crate::score::score_excluding(set, &s.sheet, top, &excluded);
        }
    }
    let bytes = renderer.render(&outcome);
    let done = match outcome {
        Ok(ScoredFile {
            file,
            sheet,
            scores,
        }) => Done::Scored {
            keep: save.map(|client| {
                Box::new(Assessment::new(
                    set,
                    &sheet,
                    &scores,
                    client,
                    &file,
                    jiff::Timestamp::now().to_string(),
                ))
            }),
            file,
        },
        Err((_, error)) => Done::Failed(error),
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
    fn render(&self, outcome: &Outcome) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        match outcome {
            Ok(ScoredFile {
                file,
                sheet,
                scores,
            }) => {
                // Cut a copy, so a saved assessment still keeps the whole plan.
                let shown;
                let scores: &Scores = if scores.plan.len() > self.top {
                    shown = scores.cut(self.top);
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
            Err((file, error)) => match self.format {
                ScoreFormat::Jsonl => json::error_line(&mut out, file, &error.to_string())?,
                ScoreFormat::Json => json::pretty_error(&mut out, file, &error.to_string())?,
                _ => {}
            },
        }
        Ok(out)
    }
}

/// Results waiting to be written together: one system call for many files, and no copy
/// of them into the output buffer.
#[derive(Default)]
struct Gathered {
    parts: Vec<Cow<'static, [u8]>>,
    results: usize,
}

impl Gathered {
    /// Results held before they are written: about 100 KB of JSON Lines.
    const RESULTS: usize = 16;

    fn push(&mut self, part: impl Into<Cow<'static, [u8]>>) {
        self.parts.push(part.into());
    }

    /// Adds one result's bytes; true when enough are held to be written.
    fn push_result(&mut self, bytes: Vec<u8>) -> bool {
        self.parts.push(Cow::Owned(bytes));
        self.results += 1;
        self.results >= Self::RESULTS
    }

    fn flush(&mut self, out: &mut dyn Write) -> Result<()> {
        let mut slices: Vec<IoSlice> = self.parts.iter().map(|p| IoSlice::new(p)).collect();
        let mut unwritten = &mut slices[..];
        while !unwritten.is_empty() {
            match out.write_vectored(unwritten) {
                Ok(0) => return Err(Error::stdout(std::io::ErrorKind::WriteZero.into())),
                Ok(n) => IoSlice::advance_slices(&mut unwritten, n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(Error::stdout(e)),
            }
        }
        self.parts.clear();
        self.results = 0;
        Ok(())
    }

    /// [`Gathered::flush`], and `out`'s own buffer too: before anything is said on stderr.
    fn flush_out(&mut self, out: &mut dyn Write) -> Result<()> {
        self.flush(out)?;
        out.flush().map_err(Error::stdout)
    }
}

/// Counts for the closing summary.
struct Tally {
    scored: usize,
    failed: usize,
    /// The worst exit code of the failed inputs.
    exit: Exit,
    /// Results written so far, for separators between them.
    printed: usize,
}

pub fn run(ctx: &Context, args: &ScoreArgs, out: &mut dyn Write) -> Result<Exit> {
    let started = Instant::now();
    if args.plan && args.format != ScoreFormat::Csv {
        return Err(Error::Usage(crate::t!("score-plan-needs-csv")));
    }
    // The set lives until the process ends: freeing its thousands of strings at exit would
    // cost a tenth of a one-file run for nothing.
    let set: &'static RubricSet = Box::leak(Box::new(ctx.rubrics()?));
    let store = if args.save { Some(ctx.store()?) } else { None };
    let renderer = Renderer {
        format: args.format,
        plan_rows: args.plan,
        set,
        look: ctx.look,
        top: args.top,
    };
    // A saved assessment keeps the whole plan; what is printed is cut to --top.
    let top = if store.is_some() {
        usize::MAX
    } else {
        args.top
    };

    let inputs = batch::inputs(
        &args.answers.inputs,
        args.answers.answers_format.into(),
        &args.answers.ignore_columns,
        set,
    );
    let progress = (std::io::stderr().is_terminal() && !ctx.quiet).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            // The counts stay indicatif's placeholders; a translation that broke the template
            // falls back to the plain spinner.
            indicatif::ProgressStyle::with_template(&format!(
                "{{spinner}} {}",
                crate::t!("score-progress", count = "{pos}", rate = "{per_sec}")
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
        bar
    });

    let write = |out: &mut dyn Write, bytes: &[u8]| out.write_all(bytes).map_err(Error::stdout);
    let mut tally = Tally {
        scored: 0,
        failed: 0,
        exit: Exit::Success,
        printed: 0,
    };
    let mut store_error = None;
    let mut total = 0usize;
    match args.format {
        ScoreFormat::Json => write(out, b"[")?,
        ScoreFormat::Csv => write(out, csv_out::header(args.plan).as_bytes())?,
        _ => {}
    }
    let saving = store.is_some();
    let mut gathered = Gathered::default();
    let record = store
        .as_ref()
        .and_then(|s| super::plan::record_or_warn(ctx, s));
    let excluded = |date: Option<&str>| super::plan::excluded(ctx, record.as_ref(), date);
    let excluded = &excluded;
    let client = ctx.client.as_deref();
    let (set, renderer) = (&set, &renderer);
    batch::ordered(
        inputs,
        args.jobs.map(|j| j as usize),
        |input| {
            work(
                set,
                renderer,
                input,
                top,
                saving.then_some(client),
                excluded,
            )
        },
        |(done, bytes)| {
            total += 1;
            let bytes = match bytes {
                Ok(bytes) => bytes,
                Err(e) => {
                    // What came before is written all the same.
                    gathered.flush(out)?;
                    return Err(Error::Internal(e.into()));
                }
            };
            match done {
                Done::Scored { file, keep } => {
                    tally.scored += 1;
                    if let (Some(store), None, Some(mut a)) = (&store, &store_error, keep) {
                        // What is said on stderr comes after the results before it.
                        gathered.flush_out(out)?;
                        match store.save(&mut a) {
                            Ok(_) => ctx.say(crate::t!(
                                "score-saved-as",
                                file = crate::text::clean(&file),
                                id = a.id.as_str()
                            )),
                            Err(e) => store_error = Some(e),
                        }
                    }
                }
                Done::Failed(error) => {
                    gathered.flush_out(out)?;
                    error.print();
                    tally.exit = tally.exit.worse(error.exit());
                    tally.failed += 1;
                }
            }
            if let Some(bar) = &progress
                && total.is_multiple_of(256)
            {
                if total >= PROGRESS_FROM && bar.is_hidden() {
                    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                }
                bar.set_position(total as u64);
            }
            if bytes.is_empty() {
                return Ok(());
            }
            if tally.printed > 0 {
                match args.format {
                    ScoreFormat::Table => {
                        let rule = "═".repeat(usize::from(ctx.look.width));
                        gathered.push(format!("\n{rule}\n").into_bytes());
                    }
                    ScoreFormat::Markdown => gathered.push(b"\n---\n\n".as_slice()),
                    ScoreFormat::Json => gathered.push(b",".as_slice()),
                    _ => {}
                }
            }
            if args.format == ScoreFormat::Json {
                gathered.push(b"\n".as_slice());
            }
            tally.printed += 1;
            if gathered.push_result(bytes) {
                gathered.flush(out)?;
            }
            Ok(())
        },
    )?;
    gathered.flush(out)?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if args.format == ScoreFormat::Json {
        write(out, if tally.printed > 0 { b"\n]\n" } else { b"]\n" })?;
    }
    out.flush().map_err(Error::stdout)?;
    if total > 1 {
        ctx.say(crate::t!(
            "score-summary",
            count = tally.scored,
            failed = tally.failed,
            seconds = format!("{:.2}", started.elapsed().as_secs_f64())
        ));
    }
    if let Some(e) = store_error {
        return Err(e);
    }
    if total == 0 {
        // An empty folder or a CSV with a header alone: say so rather than print nothing.
        return Err(Error::NotFound(crate::t!("score-nothing")));
    }
    Ok(tally.exit)
}
