//! The command-line interface: clap's definitions, and nothing that does the work.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::answers::Rater;

/// Where you stand on the road from manager to Director or VP, and what to do about it.
///
/// leadgap asks about the ten traits senior leaders show and the ten barriers that keep
/// managers stuck, scores the gaps, and prints a prioritised 30/60/90-day plan. Everything
/// stays on this machine.
#[derive(Debug, Parser)]
#[command(name = "leadgap", version, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Keep leadgap's data in DIR instead of the user's config directory
    #[arg(
        long,
        global = true,
        env = "LEADGAP_HOME",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub home: Option<PathBuf>,

    /// Also load every rubric (*.toml) in DIR; may be given more than once
    #[arg(long = "rubrics", global = true, value_name = "DIR")]
    pub rubric_dirs: Vec<PathBuf>,

    /// When to colour terminal output (NO_COLOR is honoured under `auto`)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print nothing on stderr but errors
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Keep this client's data apart from everyone else's (for coaches)
    #[arg(long, global = true, value_name = "NAME")]
    pub client: Option<String>,

    /// The language to read: en, es, vi or zh (else LC_ALL, LC_MESSAGES or LANG; an unknown
    /// one gives English)
    #[arg(long, global = true, env = "LEADGAP_LANG", value_name = "TAG")]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer the questionnaire in the terminal, then see your scores and plan (saved)
    Assess(AssessArgs),
    /// Score answer files: files, directories of them (searched for *.toml), or - for stdin
    Score(ScoreArgs),
    /// Print a blank answer file to fill in by hand, then score with `leadgap score FILE`
    Template(TemplateArgs),
    /// A rater form without leadgap: one offline HTML page, or a coach's kit (--all-roles)
    ///
    /// The page shows a rater the statements their role can judge, works offline and with
    /// the keyboard, and saves a standard answer file to send back.
    Form(FormArgs),
    /// The current plan and what is done of it; mark actions started, done or dropped
    ///
    /// Without an ID: the latest assessment's plan, the actions still in progress from
    /// earlier plans and your own, each with its status, due day and notes. With an ID (or
    /// `latest`): that saved assessment's plan as it was made.
    Plan(PlanArgs),
    /// Go through the open actions of the plan: done, started, not yet or dropped, a note
    Checkin,
    /// The saved assessments, oldest first
    History(HistoryArgs),
    /// What moved between two saved assessments (default: the latest two)
    Compare(CompareArgs),
    /// 360 feedback: self against others, per person, with blind spots and hidden strengths
    Feedback(FeedbackArgs),
    /// Statistics of a group: per dimension the spread, the share with a gap, and how
    /// reliable its questions are (Cronbach's alpha, item–total correlations)
    Cohort(CohortArgs),
    /// A report to hand over: scores, charts, the plan, progress and the 360 view
    Report(ReportArgs),
    /// Delete what leadgap keeps: one assessment, a client's data (--client), or all (--all)
    Forget(ForgetArgs),
    /// List, show, check and export rubrics
    #[command(subcommand)]
    Rubric(RubricCommand),
    /// Print a shell completion script
    ///
    /// For example: `leadgap completions bash > ~/.local/share/bash-completion/completions/leadgap`
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff)
    ///
    /// For example: `leadgap man | man -l -`, or `leadgap man > /usr/local/share/man/man1/leadgap.1`;
    /// `leadgap man score` prints the page of one command (leadgap-score(1))
    Man {
        /// The command whose page to print
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Whom the answers describe (asked when not given)
    #[arg(long, value_name = "NAME")]
    pub subject: Option<String>,

    /// Who is answering (asked when not given)
    #[arg(long, value_enum)]
    pub rater: Option<Rater>,

    /// A rubric to answer (by id); may be given more than once. Default: the built-in pair
    #[arg(long = "rubric", value_name = "ID")]
    pub rubrics: Vec<String>,

    /// Ask the questions in random order, to counter order effects
    #[arg(long)]
    pub shuffle: bool,

    /// The seed for --shuffle, to repeat an order
    #[arg(long, value_name = "N", requires = "shuffle")]
    pub seed: Option<u64>,

    /// Discard an unfinished run and start over
    #[arg(long)]
    pub restart: bool,

    /// Also write the answers as an answer file
    #[arg(long, value_name = "FILE")]
    pub save_answers: Option<PathBuf>,

    /// How many plan actions to show
    #[arg(long, default_value_t = crate::score::DEFAULT_TOP, value_name = "N")]
    pub top: usize,
}

/// Where answer files come from, for the commands that read many.
#[derive(Debug, Args)]
pub struct AnswerInputs {
    /// Answer files, directories of them (searched for *.toml), or - for stdin
    #[arg(value_name = "FILE", required = true)]
    pub inputs: Vec<PathBuf>,

    /// How the answers are written: TOML answer files, or CSV with a row per respondent
    /// (also Google Forms and Microsoft Forms exports), or an Excel workbook's first sheet
    #[arg(long, value_enum, default_value_t = AnswersFormat::Toml, value_name = "FORMAT")]
    pub answers_format: AnswersFormat,

    /// With CSV or Excel answers: a column to leave out, by its heading; may be repeated
    #[arg(long = "ignore-column", value_name = "NAME")]
    pub ignore_columns: Vec<String>,
}

fn level_difference(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x > 0.0 && x <= 1.0 => Ok(x),
        _ => Err("expected a difference of levels above 0 and at most 1, such as 0.25".to_string()),
    }
}

#[derive(Debug, Args)]
pub struct FeedbackArgs {
    #[command(flatten)]
    pub answers: AnswerInputs,

    /// The least difference of levels (0..1) that counts as a blind spot or hidden strength
    #[arg(long, default_value_t = crate::feedback::DEFAULT_GAP, value_parser = level_difference, value_name = "LEVELS")]
    pub gap: f64,

    /// Only this person (the `subject` of the answer files)
    #[arg(long, value_name = "NAME")]
    pub subject: Option<String>,

    #[arg(long, short, value_enum, default_value_t = PlanFormat::Table)]
    pub format: PlanFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CohortFormat {
    /// Tables for a person
    Table,
    /// One JSON document
    Json,
    /// One row per dimension (or per question with --items)
    Csv,
}

#[derive(Debug, Args)]
pub struct CohortArgs {
    #[command(flatten)]
    pub answers: AnswerInputs,

    /// Place this person's answer file within the group (shown from 5 people on)
    #[arg(long, value_name = "FILE")]
    pub me: Option<PathBuf>,

    /// Count only answers from this kind of rater; may be given more than once
    #[arg(long = "rater", value_enum, value_name = "RATER")]
    pub raters: Vec<Rater>,

    /// With --format csv: one row per question instead of per dimension
    #[arg(long)]
    pub items: bool,

    #[arg(long, short, value_enum, default_value_t = CohortFormat::Table)]
    pub format: CohortFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Markdown,
    /// One self-contained HTML file, ready to print to A4
    Html,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A saved assessment's id (see `leadgap history`), `latest`, or an answer file
    #[arg(default_value = "latest", value_name = "ID|FILE")]
    pub source: String,

    /// Default: html when --output ends in .html or .htm, else markdown
    #[arg(long, short, value_enum)]
    pub format: Option<ReportFormat>,

    /// Write the report to FILE instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Answer files from others about the same person, for the 360 view; may be repeated
    /// (saved assessments of the same subject by other raters are used as well)
    #[arg(long, value_name = "FILE|DIR")]
    pub feedback: Vec<PathBuf>,

    /// How many plan actions to list
    #[arg(long, default_value_t = crate::score::DEFAULT_TOP, value_name = "N")]
    pub top: usize,
}

#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// The assessment to delete (see `leadgap history`); with --client, one of that client's
    #[arg(value_name = "ID", conflicts_with = "all")]
    pub id: Option<String>,

    /// Delete every assessment, unfinished run and client (your own rubrics are kept)
    #[arg(long)]
    pub all: bool,

    /// Do not ask first (for scripts)
    #[arg(long, short)]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    Table,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PlanArgs {
    #[command(subcommand)]
    pub step: Option<PlanCommand>,

    /// A saved assessment's plan as it was made (an id from `leadgap history`, or `latest`);
    /// without one, the current plan with what has been done of it
    #[arg(value_name = "ID")]
    pub id: Option<String>,

    /// How many actions of the assessment's plan to list
    #[arg(long, default_value_t = crate::score::DEFAULT_TOP, value_name = "N")]
    pub top: usize,

    /// Output format; `ics` is a calendar of the open actions' due days and the day to answer again
    #[arg(long, short, value_enum, default_value_t = PlanViewFormat::Table)]
    pub format: PlanViewFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanViewFormat {
    Table,
    Json,
    /// A checklist
    Markdown,
    /// iCalendar (RFC 5545), for any calendar program
    Ics,
}

fn day(s: &str) -> Result<jiff::civil::Date, String> {
    crate::tracking::parse_day(s)
        .filter(|_| s.len() == 10)
        .ok_or_else(|| format!("expected a day written YYYY-MM-DD, such as 2026-12-20, not `{s}`"))
}

fn horizon(s: &str) -> Result<u32, String> {
    match s {
        "30" | "60" | "90" => Ok(s.parse().expect("a number")),
        _ => Err("a horizon is 30, 60 or 90 days".to_string()),
    }
}

/// What to do to one action of the current plan.
#[derive(Debug, Args)]
pub struct StepArgs {
    /// The action's id: the Id column of `leadgap plan`, or `leadgap plan --format json`
    #[arg(value_name = "ACTION")]
    pub action: String,

    /// Also add this note (what was done, the evidence)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// The day it happened (default: today)
    #[arg(long, value_parser = day, value_name = "YYYY-MM-DD")]
    pub on: Option<jiff::civil::Date>,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Mark an action as started
    Start(StepArgs),
    /// Mark an action as done
    Done(StepArgs),
    /// Drop an action: it will not be proposed again for 180 days
    Drop(StepArgs),
    /// Take an action's last status change back
    Undo(StepArgs),
    /// Add a dated note to an action: a step taken, the evidence
    Note {
        /// The action's id (see `leadgap plan`)
        #[arg(value_name = "ACTION")]
        action: String,
        #[arg(value_name = "TEXT")]
        text: String,
        /// The day of the note (default: today)
        #[arg(long, value_parser = day, value_name = "YYYY-MM-DD")]
        on: Option<jiff::civil::Date>,
    },
    /// Add an action of your own to the plan
    Add(AddArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// What you will do
    #[arg(value_name = "TEXT")]
    pub text: String,

    /// The dimensions it works on, by id, the main one first (see `leadgap rubric show ID`)
    #[arg(long, value_delimiter = ',', required = true, value_name = "DIM[,DIM]")]
    pub addresses: Vec<String>,

    /// Within how many days: 30, 60 or 90
    #[arg(long, value_parser = horizon, value_name = "DAYS")]
    pub horizon: u32,

    /// What shows that it is done
    #[arg(long, value_name = "TEXT")]
    pub done_when: String,

    /// Its id (default: made from the text)
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,

    /// The day it was added; its due day counts from there (default: today)
    #[arg(long, value_parser = day, value_name = "YYYY-MM-DD")]
    pub on: Option<jiff::civil::Date>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier assessment (default: the one before the latest)
    #[arg(value_name = "A")]
    pub before: Option<String>,

    /// The later assessment (default: the latest)
    #[arg(value_name = "B")]
    pub after: Option<String>,

    /// How many plan actions to compare
    #[arg(long, default_value_t = crate::score::DEFAULT_TOP, value_name = "N")]
    pub top: usize,

    #[arg(long, short, value_enum, default_value_t = PlanFormat::Table)]
    pub format: PlanFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    /// Tables for a person
    Table,
    /// One JSON array with an object per file
    Json,
    /// One JSON object per file per line, in input order
    Jsonl,
    /// One row per file and dimension (long, tidy form)
    Csv,
    /// Markdown, to paste into notes
    Markdown,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Output format
    #[arg(long, short, value_enum, default_value_t = ScoreFormat::Table)]
    pub format: ScoreFormat,

    /// How many plan actions to list
    #[arg(long, default_value_t = crate::score::DEFAULT_TOP, value_name = "N")]
    pub top: usize,

    /// With --format csv: one row per file and plan action instead of per dimension
    #[arg(long)]
    pub plan: bool,

    /// Also keep each scored file in the store (with --client, under that client)
    #[arg(long)]
    pub save: bool,

    /// How many files to score at once (default: one per core)
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,

    #[command(flatten)]
    pub answers: AnswerInputs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnswersFormat {
    /// One answer file per respondent
    Toml,
    /// One row per respondent: a column per question id, plus `subject`, `rater`, `date`
    /// and `rubrics` (ids separated by spaces); survey exports are read too
    Csv,
    /// The first sheet of an Excel workbook (.xlsx), read as the CSV is
    Xlsx,
}

impl From<AnswersFormat> for crate::batch::Source {
    fn from(f: AnswersFormat) -> Self {
        match f {
            AnswersFormat::Toml => crate::batch::Source::Toml,
            AnswersFormat::Csv => crate::batch::Source::Csv,
            AnswersFormat::Xlsx => crate::batch::Source::Xlsx,
        }
    }
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("who").required(true).args(["rater", "all_roles"]))]
pub struct FormArgs {
    /// Whom the answers will describe
    #[arg(long, value_name = "NAME")]
    pub subject: String,

    /// Who will answer: the page asks only what this role can see
    #[arg(long, value_enum)]
    pub rater: Option<Rater>,

    /// A coach's kit: one page per role and a text for the mail that sends them, into the
    /// directory named by --output
    #[arg(long, requires = "output")]
    pub all_roles: bool,

    /// A rubric to include (by id); may be given more than once. Default: the built-in pair
    #[arg(long = "rubric", value_name = "ID")]
    pub rubrics: Vec<String>,

    /// Write the page to FILE (`-`: stdout, the default), or with --all-roles the kit into DIR
    #[arg(long, short, value_name = "FILE|DIR")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Whom the answers will describe
    #[arg(long, value_name = "NAME")]
    pub subject: Option<String>,

    /// Who will answer
    #[arg(long, value_enum, default_value_t = Rater::Myself)]
    pub rater: Rater,

    /// A rubric to include (by id); may be given more than once. Default: the built-in pair
    #[arg(long = "rubric", value_name = "ID")]
    pub rubrics: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
}

#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// The loaded rubrics: built-in, from the config directory, and from --rubrics
    List {
        #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// One rubric's dimensions, questions and actions
    Show {
        /// The rubric id
        id: String,
        #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Check rubric files against every rule of the format, as `--rubrics` would load them
    /// beside the built-in ones; exit 65 if any fails
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Check each file as a new version of the built-in rubric with its id (for changes
        /// to leadgap's own rubrics), instead of beside it
        #[arg(long)]
        as_builtin: bool,
    },
    /// Print every loaded rubric, with every default filled in
    Export {
        #[arg(long, short, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_interface_is_consistent() {
        Cli::command().debug_assert();
    }
}
