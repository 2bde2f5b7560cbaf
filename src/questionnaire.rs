//! The questionnaire's terminal: the only code that prompts. Prompts go to stderr, so stdout
//! stays for results.

use std::io::{self, IsTerminal};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use console::{Style, Term};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input, Select};

use crate::error::{Error, Result};
use crate::rubric::Scale;
use crate::text::clean;

/// Held while the unfinished run is written, so Ctrl-C never ends the process mid-write.
pub static SAVING: Mutex<()> = Mutex::new(());
static STOPPING: AtomicBool = AtomicBool::new(false);

/// What to tell the user when they press Ctrl-C.
static RESUME_HINT: Mutex<String> = Mutex::new(String::new());

/// The answers so far as an answer file, kept only while the store cannot be written: Ctrl-C
/// then writes them elsewhere instead of losing them.
static RESCUE: Mutex<Option<String>> = Mutex::new(None);

pub fn set_rescue(answer_file: Option<String>) {
    if let Ok(mut r) = RESCUE.lock() {
        *r = answer_file;
    }
}

/// True when both ends a person uses are terminals: keys come in on stdin, prompts go out on
/// stderr. `echo | leadgap assess` fails this, which dialoguer alone would not notice.
pub fn is_interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Ctrl-C: restore the cursor, say how to resume, exit 130. dialoguer leaves SIGINT to the
/// application, and the default would leave the cursor hidden.
pub fn install_interrupt_handler(hint: &str) {
    set_resume_hint(hint);
    // A second install (tests calling twice in one process) is harmless to ignore.
    let _ = ctrlc::set_handler(|| interrupted());
}

pub fn set_resume_hint(hint: &str) {
    if let Ok(mut h) = RESUME_HINT.lock() {
        *h = hint.to_string();
    }
}

/// Ends the process as Ctrl-C should. Only the first caller prints.
pub fn interrupted() -> ! {
    if STOPPING.swap(true, Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
    let _saving = SAVING.lock();
    let term = Term::stderr();
    let _ = term.show_cursor();
    let mut hint = RESUME_HINT.lock().map(|h| h.clone()).unwrap_or_default();
    if let Some(text) = RESCUE.lock().ok().and_then(|r| r.clone()) {
        hint = match crate::store::write_rescue_file(&text) {
            Some(path) => format!(
                "The store could not be written; your answers are in {}.",
                path.display()
            ),
            None => "The store could not be written, and neither could a file elsewhere.".into(),
        };
    }
    let _ = term.write_line("");
    let _ = term.write_line(&format!("Interrupted. {hint}"));
    std::process::exit(130)
}

/// The user's choice on a question screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Answer(i64),
    Skip,
    Back,
    SaveAndQuit,
}

/// One question screen.
pub struct Screen<'a> {
    /// 1-based place in the questionnaire.
    pub place: usize,
    pub total: usize,
    pub answered: usize,
    pub dimension: &'a str,
    pub statement: &'a str,
    pub scale: &'a Scale,
    /// The answer given before, if any: preselected.
    pub previous: Option<Choice>,
}

pub struct Prompter {
    term: Term,
    theme: Box<dyn Theme>,
    color: bool,
}

fn terminal_error(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(e) = e;
    if e.kind() == io::ErrorKind::Interrupted {
        interrupted()
    }
    Error::Io {
        path: "<terminal>".into(),
        source: e,
    }
}

impl Prompter {
    pub fn new(color: bool) -> Prompter {
        console::set_colors_enabled_stderr(color);
        let theme: Box<dyn Theme> = if color {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Prompter {
            term: Term::stderr(),
            theme,
            color,
        }
    }

    fn style(&self, s: Style) -> Style {
        s.force_styling(self.color)
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(40, 100)
    }

    /// Prose for the person, wrapped at words to the terminal's width.
    pub fn say(&self, text: &str) -> Result<()> {
        self.line(&textwrap::fill(text, self.width()))
    }

    /// One line as it is (already laid out).
    fn line(&self, text: &str) -> Result<()> {
        self.term.write_line(text).map_err(|e| Error::Io {
            path: "<terminal>".into(),
            source: e,
        })
    }

    pub fn clear(&self) {
        let _ = self.term.clear_screen();
    }

    pub fn input(&self, prompt: &str, default: &str) -> Result<String> {
        self.text(prompt, Some(default))
    }

    /// A line of text that may be left empty.
    pub fn input_optional(&self, prompt: &str) -> Result<String> {
        self.text(prompt, None)
    }

    fn text(&self, prompt: &str, default: Option<&str>) -> Result<String> {
        let mut input = Input::<String>::with_theme(&*self.theme)
            .with_prompt(prompt)
            .allow_empty(default.is_none());
        if let Some(default) = default {
            input = input.default(default.to_string());
        }
        input.interact_text_on(&self.term).map_err(terminal_error)
    }

    /// Free text that may be left empty (Enter alone), such as a comment.
    pub fn optional_text(&self, prompt: &str) -> Result<String> {
        Input::<String>::with_theme(&*self.theme)
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(terminal_error)
    }

    pub fn select(&self, prompt: &str, items: &[String], default: usize) -> Result<usize> {
        Select::with_theme(&*self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact_on(&self.term)
            .map_err(terminal_error)
    }

    /// A list to choose from with the arrow keys and Enter, where a key of `keys` chooses its
    /// item at once (digits for the points of a scale, letters for the rest). The keys are
    /// shown beside the items and in a line under them.
    pub fn pick(
        &self,
        prompt: &str,
        items: &[(Option<char>, String)],
        default: usize,
        help: &str,
    ) -> Result<usize> {
        use console::Key;
        let io = |e: io::Error| Error::Io {
            path: "<terminal>".into(),
            source: e,
        };
        let mut at = default.min(items.len().saturating_sub(1));
        let lines = items.len() + 2;
        let draw = |at: usize| -> Result<()> {
            self.line(&self.style(Style::new().bold()).apply_to(prompt).to_string())?;
            for (i, (key, text)) in items.iter().enumerate() {
                let key = key.map_or("   ".to_string(), |k| format!("[{k}]"));
                let line = format!("{} {key} {}", if i == at { ">" } else { " " }, clean(text));
                let line = if i == at {
                    self.style(Style::new().cyan().bold())
                        .apply_to(line)
                        .to_string()
                } else {
                    line
                };
                self.line(&line)?;
            }
            self.line(&self.style(Style::new().dim()).apply_to(help).to_string())
        };
        self.term.hide_cursor().map_err(io)?;
        draw(at)?;
        let chosen = loop {
            let key = self.term.read_key().map_err(|e| {
                if e.kind() == io::ErrorKind::Interrupted {
                    interrupted()
                }
                io(e)
            })?;
            match key {
                Key::ArrowUp | Key::Char('k') => at = at.checked_sub(1).unwrap_or(items.len() - 1),
                Key::ArrowDown | Key::Char('j') | Key::Tab => at = (at + 1) % items.len(),
                Key::Home => at = 0,
                Key::End => at = items.len() - 1,
                Key::Enter | Key::Char(' ') => break at,
                Key::CtrlC => interrupted(),
                Key::Char(c) => {
                    let c = c.to_ascii_lowercase();
                    if let Some(i) = items.iter().position(|(k, _)| *k == Some(c)) {
                        break i;
                    }
                    continue;
                }
                _ => continue,
            }
            self.term.clear_last_lines(lines).map_err(io)?;
            draw(at)?;
        };
        self.term.show_cursor().map_err(io)?;
        Ok(chosen)
    }

    /// Several of `items` chosen with the arrow keys, space and Enter; their indexes.
    pub fn multi_select(
        &self,
        prompt: &str,
        items: &[String],
        chosen: &[bool],
    ) -> Result<Vec<usize>> {
        dialoguer::MultiSelect::with_theme(&*self.theme)
            .with_prompt(prompt)
            .items(items)
            .defaults(chosen)
            .interact_on(&self.term)
            .map_err(terminal_error)
    }

    pub fn confirm(&self, prompt: &str, default: bool) -> Result<bool> {
        Confirm::with_theme(&*self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on(&self.term)
            .map_err(terminal_error)
    }

    /// Shows one question on a clean screen and returns the choice made.
    pub fn question(&self, s: &Screen<'_>) -> Result<Choice> {
        self.clear();
        let width = self.width();
        let done = s.answered * 20 / s.total.max(1);
        let progress = format!("{}{}", "■".repeat(done), "□".repeat(20 - done));
        self.line(&format!(
            "{}  {}  {}",
            self.style(Style::new().bold())
                .apply_to(format!("[{}/{}]", s.place, s.total)),
            self.style(Style::new().dim()).apply_to(progress),
            self.style(Style::new().cyan()).apply_to(clean(s.dimension)),
        ))?;
        self.line("")?;
        for line in textwrap::wrap(&clean(s.statement), width.saturating_sub(2)) {
            self.line(&format!(
                "  {}",
                self.style(Style::new().bold()).apply_to(line)
            ))?;
        }
        self.line("")?;
        let scale = s.scale;
        // A scale of single digits is answered with its digits.
        let digits = scale.min >= 0 && scale.max <= 9;
        let mut items: Vec<(Option<char>, String)> = (scale.min..=scale.max)
            .map(|v| {
                let key = digits.then(|| char::from_digit(v as u32, 10)).flatten();
                (key, clean(scale.label(v)).into_owned())
            })
            .collect();
        let points = items.len();
        items.push((Some('s'), "Skip this one".to_string()));
        items.push((Some('b'), "Back to the previous question".to_string()));
        items.push((Some('q'), "Save and quit (resume later)".to_string()));
        let neutral = points / 2;
        let default = match s.previous {
            Some(Choice::Answer(v)) => (v - scale.min) as usize,
            Some(Choice::Skip) => points,
            _ => neutral,
        };
        let help = if digits {
            format!(
                "{}–{} answer · ↑↓ and Enter choose · s skip · b back · q save and quit",
                scale.min, scale.max
            )
        } else {
            "↑↓ and Enter choose · s skip · b back · q save and quit".to_string()
        };
        let picked = self.pick("How far do you agree?", &items, default, &help)?;
        Ok(match picked {
            i if i < points => Choice::Answer(scale.min + i as i64),
            i if i == points => Choice::Skip,
            i if i == points + 1 => Choice::Back,
            _ => Choice::SaveAndQuit,
        })
    }
}
