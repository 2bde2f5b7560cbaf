//! leadgap: a self-assessment for middle managers who want to move up to Director or VP.
//!
//! The program is a library so tests can call every part; `main.rs` only calls [`main`].
//! Scoring ([`score`]) is pure: files are read in [`input`], [`answers`] and [`rubric`], and
//! printed in [`render`].

pub mod answers;
pub mod answers_csv;
pub mod answers_xlsx;
pub mod batch;
pub mod cli;
pub mod cmd;
pub mod cohort;
pub mod comments;
pub mod compare;
pub mod error;
pub mod feedback;
pub mod files;
pub mod form;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod input;
pub mod lang;
pub mod questionnaire;
pub mod rater;
pub mod render;
pub mod rubric;
pub mod score;
pub mod stats;
pub mod store;
pub mod survey;
pub mod template;
pub mod text;
pub mod tracking;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};
use cmd::Context;
use error::{Exit, Result};

/// Parses the command line, runs the command, and turns the outcome into an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let ctx = Context::from_global(&cli.global);
    let code = match run(&ctx, &cli.command) {
        Ok(exit) => exit,
        Err(e) if e.is_broken_pipe() => Exit::Success,
        Err(e) => {
            e.print();
            e.exit()
        }
    };
    ExitCode::from(code.code())
}

/// Runs one command; data goes to stdout, messages to stderr.
pub fn run(ctx: &Context, command: &Command) -> Result<Exit> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let done = |()| Exit::Success;
    let exit = match command {
        Command::Assess(args) => cmd::assess::run(ctx, args, &mut out)?,
        Command::Score(args) => cmd::score::run(ctx, args, &mut out)?,
        Command::Template(args) => cmd::template::run(ctx, args, &mut out).map(done)?,
        Command::Form(args) => cmd::form::run(ctx, args, &mut out).map(done)?,
        Command::Plan(args) => cmd::plan::run(ctx, args, &mut out).map(done)?,
        Command::Checkin => cmd::checkin::run(ctx, &mut out)?,
        Command::History(args) => cmd::saved::history(ctx, args, &mut out).map(done)?,
        Command::Compare(args) => cmd::saved::compare(ctx, args, &mut out).map(done)?,
        Command::Feedback(args) => cmd::feedback::run(ctx, args, &mut out)?,
        Command::Cohort(args) => cmd::cohort::run(ctx, args, &mut out)?,
        Command::Report(args) => cmd::report::run(ctx, args, &mut out)?,
        Command::Forget(args) => cmd::forget::run(ctx, args, &mut out).map(done)?,
        Command::Rubric(sub) => cmd::rubric::run(ctx, sub, &mut out).map(done)?,
        Command::Completions { shell } => cmd::docs::completions(*shell, &mut out).map(done)?,
        Command::Man { command } => cmd::docs::man(command.as_deref(), &mut out).map(done)?,
    };
    out.flush().map_err(error::Error::stdout)?;
    Ok(exit)
}
