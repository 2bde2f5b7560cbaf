//! `leadgap score`: answer files in, results out, in input order. A bad file is reported and
//! the run goes on; the exit code says whether any failed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{Context, report};
use crate::answers::{self, AnswerSheet};
use crate::cli::{ScoreArgs, ScoreFormat};
use crate::error::{Error, Exit, Result};
use crate::input;
use crate::render::{self, Scored, csv::CsvOut, json, markdown, table};
use crate::rubric::RubricSet;
use crate::score::{self, Scores};
use crate::store::Assessment;

/// One answer file to score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// Named on the command line but not there.
    Missing(PathBuf),
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) | Input::Missing(p) => p.display().to_string(),
        }
    }
}

/// Files, directories (searched recursively for `*.toml`, in sorted order) and `-`.
pub fn expand(args: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(arg) {
            Ok(m) if m.is_dir() => walk(arg, &mut inputs),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                inputs.push(Input::Missing(arg.clone()));
            }
            _ => inputs.push(Input::File(arg.clone())),
        }
    }
    inputs
}

fn walk(dir: &Path, inputs: &mut Vec<Input>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        inputs.push(Input::File(dir.to_path_buf()));
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        // Symlinked directories are not followed: a link loop must not hang a batch.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            walk(&path, inputs);
        } else if path.extension().is_some_and(|x| x == "toml") {
            inputs.push(Input::File(path));
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
pub fn process(set: &RubricSet, input: &Input, top: usize) -> Outcome {
    let file = input.name();
    let text = match input {
        Input::Stdin => input::read_stdin(&file),
        Input::File(path) => input::read_text(path, &file),
        Input::Missing(path) => Err(Error::NoInput(path.clone())),
    };
    let result = text.and_then(|text| answers::parse(&file, &text, set).map_err(Error::Data));
    match result {
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

/// Writes each outcome in the chosen format as it comes.
struct Emitter<'a> {
    format: ScoreFormat,
    set: &'a RubricSet,
    look: render::Look,
    sink: Sink<'a>,
    /// `--format json` is one document: its objects wait for the end.
    json: Vec<serde_json::Value>,
    printed: usize,
}

enum Sink<'a> {
    Csv(Box<CsvOut<&'a mut dyn Write>>),
    Plain(&'a mut dyn Write),
}

impl<'a> Emitter<'a> {
    fn new(
        args: &ScoreArgs,
        set: &'a RubricSet,
        look: render::Look,
        out: &'a mut dyn Write,
    ) -> Self {
        let sink = if args.format == ScoreFormat::Csv {
            Sink::Csv(Box::new(CsvOut::new(out, args.plan)))
        } else {
            Sink::Plain(out)
        };
        Emitter {
            format: args.format,
            set,
            look,
            sink,
            json: Vec::new(),
            printed: 0,
        }
    }

    fn emit(&mut self, outcome: &Outcome) -> std::io::Result<()> {
        let out = match &mut self.sink {
            Sink::Csv(csv) => {
                if let Outcome::Scored {
                    file,
                    sheet,
                    scores,
                } = outcome
                {
                    csv.write(Scored {
                        file,
                        sheet,
                        scores,
                    })?;
                }
                return Ok(());
            }
            Sink::Plain(out) => &mut **out,
        };
        match outcome {
            Outcome::Scored {
                file,
                sheet,
                scores,
            } => {
                let s = Scored {
                    file,
                    sheet,
                    scores,
                };
                match self.format {
                    ScoreFormat::Table => {
                        if self.printed > 0 {
                            writeln!(out)?;
                            writeln!(out, "{}", "═".repeat(usize::from(self.look.width)))?;
                        }
                        table::scores(out, self.set, s, self.look)?;
                    }
                    ScoreFormat::Markdown => {
                        if self.printed > 0 {
                            writeln!(out, "\n---\n")?;
                        }
                        markdown::scores(out, self.set, s)?;
                    }
                    ScoreFormat::Jsonl => json::line(out, self.set, s)?,
                    ScoreFormat::Json => self.json.push(json::value(self.set, s)),
                    ScoreFormat::Csv => {}
                }
                self.printed += 1;
            }
            Outcome::Failed { file, error } => match self.format {
                ScoreFormat::Jsonl => json::error_line(out, file, &error.to_string())?,
                ScoreFormat::Json => self.json.push(json::error_value(file, &error.to_string())),
                _ => {}
            },
        }
        Ok(())
    }

    fn finish(self) -> std::io::Result<()> {
        match self.sink {
            Sink::Csv(csv) => csv.finish(),
            Sink::Plain(out) => {
                if self.format == ScoreFormat::Json {
                    json::pretty(out, &self.json)?;
                }
                out.flush()
            }
        }
    }
}

pub fn run(ctx: &Context, args: &ScoreArgs, out: &mut dyn Write) -> Result<Exit> {
    let started = Instant::now();
    let set = ctx.rubrics()?;
    let inputs = expand(&args.inputs);
    let store = if args.save { Some(ctx.store()?) } else { None };
    let mut store_error = None;
    let mut emitter = Emitter::new(args, &set, ctx.look, out);
    let (mut scored, mut bad, mut missing) = (0usize, 0usize, 0usize);
    // A saved assessment keeps the whole plan; what is printed is cut to --top.
    let top = if store.is_some() {
        usize::MAX
    } else {
        args.top
    };
    for input in &inputs {
        let mut outcome = process(&set, input, top);
        if let (
            Some(store),
            Outcome::Scored {
                file,
                sheet,
                scores,
            },
        ) = (&store, &mut outcome)
        {
            if store_error.is_none() {
                let mut a = Assessment::new(&set, sheet, scores, ctx.client.as_deref(), file);
                match store.save(&mut a) {
                    Ok(_) => ctx.say(format!("{}: saved as {}", crate::text::clean(file), a.id)),
                    Err(e) => store_error = Some(e),
                }
            }
            scores.plan.truncate(args.top);
        }
        match &outcome {
            Outcome::Scored { .. } => scored += 1,
            Outcome::Failed { error, .. } => {
                report(error);
                if matches!(error, Error::NoInput(_)) {
                    missing += 1;
                } else {
                    bad += 1;
                }
            }
        }
        emitter.emit(&outcome).map_err(Error::stdout)?;
    }
    emitter.finish().map_err(Error::stdout)?;
    if inputs.len() > 1 {
        ctx.say(format!(
            "scored {scored} file{}, {} failed, in {:.2} s",
            if scored == 1 { "" } else { "s" },
            bad + missing,
            started.elapsed().as_secs_f64()
        ));
    }
    if let Some(e) = store_error {
        return Err(e);
    }
    Ok(if missing > 0 {
        Exit::NoInput
    } else if bad > 0 {
        Exit::DataErr
    } else {
        Exit::Success
    })
}
