//! One module per command; [`Context`] is the checked configuration they all share.

pub mod assess;
pub mod checkin;
mod choose;
pub mod cohort;
pub mod docs;
pub mod feedback;
pub mod forget;
pub mod form;
pub mod plan;
pub mod report;
pub mod rubric;
pub mod saved;
pub mod score;
pub mod template;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use crate::cli::{ColorChoice, Global};
use crate::error::{Error, Result};
use crate::render::Look;
use crate::rubric::{Loader, RubricSet};
use crate::store::Store;

pub use crate::text::shell_word;

/// The rubrics named with `--rubric` (each must be loaded), or the built-in pair.
pub fn chosen<'a>(set: &'a RubricSet, ids: &[String]) -> Result<Vec<&'a crate::rubric::Rubric>> {
    if ids.is_empty() {
        return crate::rubric::DEFAULT_RUBRICS
            .iter()
            .map(|id| set.require(id))
            .collect();
    }
    ids.iter().map(|id| set.require(id)).collect()
}

/// What every command needs, worked out once from the command line and the environment.
pub struct Context {
    /// The data directory: `--home`, `LEADGAP_HOME`, or the user's config directory.
    pub home: Option<PathBuf>,
    pub rubric_dirs: Vec<PathBuf>,
    /// How tables look on stdout.
    pub look: Look,
    /// Whether prompts and messages on stderr may be coloured.
    pub stderr_color: bool,
    pub quiet: bool,
    /// `--client`: whose part of the store to use.
    pub client: Option<String>,
    /// The language a person reads (SPEC 10).
    pub lang: crate::lang::Lang,
    /// The options in force that a hint's command must repeat (`--home` given as a flag,
    /// `--client`), ready to put after `leadgap`.
    hint_options: String,
    /// Today, for due days and the default of `--on`. `LEADGAP_TODAY=YYYY-MM-DD` sets it,
    /// for tests only, so that what is overdue does not depend on when they run.
    today: std::sync::OnceLock<jiff::civil::Date>,
}

impl Context {
    pub fn from_global(g: &Global) -> Context {
        let home = g.home.clone().or_else(|| {
            directories::ProjectDirs::from("", "", "leadgap").map(|d| d.config_dir().to_path_buf())
        });
        let stdout_tty = std::io::stdout().is_terminal();
        let color_for = |tty: bool| match g.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        };
        let color = color_for(stdout_tty);
        let stderr_color = color_for(std::io::stderr().is_terminal());
        let width = if stdout_tty {
            console::Term::stdout()
                .size_checked()
                .map_or(80, |(_, cols)| cols.clamp(60, 120))
        } else {
            80
        };
        let mut hint_options = String::new();
        // --home given as a flag (not through LEADGAP_HOME, which the next command sees too).
        if let Some(h) = &g.home
            && std::env::var_os("LEADGAP_HOME").is_none_or(|env| env != h.as_os_str())
        {
            hint_options.push_str(&format!(" --home {}", shell_word(&h.display().to_string())));
        }
        if let Some(c) = &g.client {
            hint_options.push_str(&format!(" --client {}", shell_word(c)));
        }
        let lang = crate::lang::Lang::pick(g.lang.as_deref(), |var| {
            std::env::var(var).ok().filter(|v| !v.is_empty())
        });
        crate::i18n::set(lang);
        Context {
            lang,
            hint_options,
            home,
            rubric_dirs: g.rubric_dirs.clone(),
            look: Look { width, color },
            stderr_color,
            quiet: g.quiet,
            client: g.client.clone(),
            today: std::sync::OnceLock::new(),
        }
    }

    /// Today, in the local time zone (or `LEADGAP_TODAY`, for tests). Worked out when first
    /// asked: finding the time zone reads the system's zone database, which most commands
    /// never need.
    pub fn today(&self) -> jiff::civil::Date {
        *self.today.get_or_init(|| {
            std::env::var("LEADGAP_TODAY")
                .ok()
                .and_then(|d| crate::tracking::parse_day(&d))
                .unwrap_or_else(|| jiff::Zoned::now().date())
        })
    }

    /// A command to suggest, in backticks, with the options in force: after `assess --client
    /// "Jane Doe"`, "see `leadgap --client 'Jane Doe' plan`", never someone else's plan.
    pub fn leadgap(&self, rest: &str) -> String {
        format!("`leadgap{} {rest}`", self.hint_options)
    }

    /// The data directory, or a message that says how to set one.
    pub fn home(&self) -> Result<&PathBuf> {
        self.home
            .as_ref()
            .ok_or_else(|| Error::Usage(crate::t!("store-no-home")))
    }

    /// A loader holding the built-ins, the config directory's rubrics and every `--rubrics DIR`.
    pub fn loader(&self) -> Result<Loader> {
        let mut loader = Loader::new();
        loader.add_builtins();
        if let Some(home) = &self.home {
            loader.add_dir(&home.join("rubrics"), false)?;
        }
        for dir in &self.rubric_dirs {
            loader.add_dir(dir, true)?;
        }
        Ok(loader)
    }

    /// Every rubric this run can use, checked.
    /// Their texts are in the chosen language where a translation gives them.
    pub fn rubrics(&self) -> Result<RubricSet> {
        let mut set = self.loader()?.finish()?;
        crate::rubric::translate(&mut set, self.lang);
        Ok(set)
    }

    /// Every answer input named, scored in input order; failures are printed as they come.
    pub fn score_all<'a>(
        &self,
        set: &'a RubricSet,
        answers: &crate::cli::AnswerInputs,
    ) -> Result<(Vec<crate::batch::ScoredFile<'a>>, crate::error::Exit)> {
        crate::batch::score_all(
            set,
            &answers.inputs,
            answers.answers_format.into(),
            &answers.ignore_columns,
            None,
            0,
            Error::print,
        )
    }

    /// The store for `--client`, or the user's own.
    pub fn store(&self) -> Result<Store> {
        let store = Store::open(self.home()?, self.client.as_deref())?;
        for notice in store.notices() {
            self.warn(notice);
        }
        for warning in store.privacy_warnings() {
            self.warn(warning);
        }
        Ok(store)
    }

    /// A warning on stderr, unless `--quiet`.
    pub fn warn(&self, message: impl std::fmt::Display) {
        self.say(crate::t!(
            "store-warning",
            message = crate::text::clean_lines(&message.to_string())
        ));
    }

    /// A message for a person on stderr, unless `--quiet`.
    pub fn say(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr(), "{message}");
        }
    }
}
