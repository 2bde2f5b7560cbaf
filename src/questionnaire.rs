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
            Some(path) => crate::t!("ask-rescued", path = path.display().to_string()),
            None => crate::t!("ask-rescue-failed"),
        };
    }
    let _ = term.write_line("");
    let _ = term.write_line(&crate::t!("ask-interrupted", hint = hint));
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
        // dialoguer's own words ("yes", "no") in the reader's language; English as it is.
        let theme: Box<dyn Theme> = if crate::i18n::current() == crate::lang::Lang::En {
            theme
        } else {
            Box::new(Localized {
                inner: theme,
                yes: crate::t!("ask-yes"),
                no: crate::t!("ask-no"),
            })
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
        self.line(&crate::text::fill(text, self.width()))
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
        let width = self.width();
        // Every line fits the terminal, so the lines to clear before a redraw are the lines
        // drawn: a Chinese or Vietnamese label is wrapped here, not by the terminal.
        let draw = |at: usize| -> Result<usize> {
            let mut drawn = 0;
            let bold = self.style(Style::new().bold());
            for line in fit(prompt, width, "") {
                self.line(&bold.apply_to(line).to_string())?;
                drawn += 1;
            }
            for (i, (key, text)) in items.iter().enumerate() {
                let key = key.map_or("   ".to_string(), |k| format!("[{k}]"));
                let line = format!("{} {key} {}", if i == at { ">" } else { " " }, clean(text));
                for line in fit(&line, width, "      ") {
                    let line = if i == at {
                        self.style(Style::new().cyan().bold())
                            .apply_to(line)
                            .to_string()
                    } else {
                        line.into_owned()
                    };
                    self.line(&line)?;
                    drawn += 1;
                }
            }
            for line in fit(help, width, "") {
                self.line(&self.style(Style::new().dim()).apply_to(line).to_string())?;
                drawn += 1;
            }
            Ok(drawn)
        };
        self.term.hide_cursor().map_err(io)?;
        let mut lines = draw(at)?;
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
            lines = draw(at)?;
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
        let place = format!("[{}/{}]", s.place, s.total);
        let dimension = clean(s.dimension);
        let head = format!(
            "{}  {}",
            self.style(Style::new().bold()).apply_to(&place),
            self.style(Style::new().dim()).apply_to(&progress),
        );
        let cyan = self.style(Style::new().cyan());
        // The dimension beside the progress bar where it fits, else under it.
        let beside = console::measure_text_width(&format!("{place}  {progress}  {dimension}"));
        if beside <= width {
            self.line(&format!("{head}  {}", cyan.apply_to(&dimension)))?;
        } else {
            self.line(&head)?;
            for line in fit(&dimension, width, "") {
                self.line(&cyan.apply_to(line).to_string())?;
            }
        }
        self.line("")?;
        for line in textwrap::wrap(
            &clean(s.statement),
            crate::text::wrap_options(width.saturating_sub(2)),
        ) {
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
        items.push((Some('s'), crate::t!("ask-skip")));
        items.push((Some('b'), crate::t!("ask-back")));
        items.push((Some('q'), crate::t!("ask-save-and-quit")));
        let neutral = points / 2;
        let default = match s.previous {
            Some(Choice::Answer(v)) => (v - scale.min) as usize,
            Some(Choice::Skip) => points,
            _ => neutral,
        };
        let help = if digits {
            crate::t!(
                "ask-keys-digits",
                min = scale.min.to_string(),
                max = scale.max.to_string()
            )
        } else {
            crate::t!("ask-keys")
        };
        let picked = self.pick(&crate::t!("ask-how-far"), &items, default, &help)?;
        Ok(match picked {
            i if i < points => Choice::Answer(scale.min + i as i64),
            i if i == points => Choice::Skip,
            i if i == points + 1 => Choice::Back,
            _ => Choice::SaveAndQuit,
        })
    }
}

/// `line` as it is when it fits `width` display columns, else wrapped at words (at any
/// character in a run of Chinese), later lines after `indent`.
fn fit<'a>(line: &'a str, width: usize, indent: &str) -> Vec<std::borrow::Cow<'a, str>> {
    if console::measure_text_width(line) <= width {
        return vec![line.into()];
    }
    textwrap::wrap(
        line,
        crate::text::wrap_options(width).subsequent_indent(indent),
    )
}

/// dialoguer's theme with its few words of its own ("yes", "no") in the reader's language.
/// The keys stay y and n, as dialoguer reads them.
struct Localized {
    inner: Box<dyn Theme>,
    yes: String,
    no: String,
}

impl Localized {
    /// `written` with the last `yes` or `no` after the prompt in the reader's language.
    fn words(&self, written: String, prompt: &str, answer: Option<bool>) -> String {
        let Some(answer) = answer else {
            return written;
        };
        let (english, word) = if answer {
            ("yes", &self.yes)
        } else {
            ("no", &self.no)
        };
        let after = written.find(prompt).map_or(0, |i| i + prompt.len());
        match written[after..].rfind(english) {
            Some(i) => {
                let i = after + i;
                format!("{}{word}{}", &written[..i], &written[i + english.len()..])
            }
            None => written,
        }
    }
}

type Out<'a> = &'a mut dyn std::fmt::Write;

impl Theme for Localized {
    fn format_prompt(&self, f: Out<'_>, prompt: &str) -> std::fmt::Result {
        self.inner.format_prompt(f, prompt)
    }
    fn format_error(&self, f: Out<'_>, err: &str) -> std::fmt::Result {
        self.inner.format_error(f, err)
    }
    fn format_confirm_prompt(
        &self,
        f: Out<'_>,
        prompt: &str,
        default: Option<bool>,
    ) -> std::fmt::Result {
        let mut written = String::new();
        self.inner
            .format_confirm_prompt(&mut written, prompt, default)?;
        f.write_str(&self.words(written, prompt, default))
    }
    fn format_confirm_prompt_selection(
        &self,
        f: Out<'_>,
        prompt: &str,
        selection: Option<bool>,
    ) -> std::fmt::Result {
        let mut written = String::new();
        self.inner
            .format_confirm_prompt_selection(&mut written, prompt, selection)?;
        f.write_str(&self.words(written, prompt, selection))
    }
    fn format_input_prompt(
        &self,
        f: Out<'_>,
        prompt: &str,
        default: Option<&str>,
    ) -> std::fmt::Result {
        self.inner.format_input_prompt(f, prompt, default)
    }
    fn format_input_prompt_selection(
        &self,
        f: Out<'_>,
        prompt: &str,
        sel: &str,
    ) -> std::fmt::Result {
        self.inner.format_input_prompt_selection(f, prompt, sel)
    }
    fn format_select_prompt(&self, f: Out<'_>, prompt: &str) -> std::fmt::Result {
        self.inner.format_select_prompt(f, prompt)
    }
    fn format_select_prompt_selection(
        &self,
        f: Out<'_>,
        prompt: &str,
        sel: &str,
    ) -> std::fmt::Result {
        self.inner.format_select_prompt_selection(f, prompt, sel)
    }
    fn format_multi_select_prompt(&self, f: Out<'_>, prompt: &str) -> std::fmt::Result {
        self.inner.format_multi_select_prompt(f, prompt)
    }
    fn format_multi_select_prompt_selection(
        &self,
        f: Out<'_>,
        prompt: &str,
        selections: &[&str],
    ) -> std::fmt::Result {
        self.inner
            .format_multi_select_prompt_selection(f, prompt, selections)
    }
    fn format_select_prompt_item(&self, f: Out<'_>, text: &str, active: bool) -> std::fmt::Result {
        self.inner.format_select_prompt_item(f, text, active)
    }
    fn format_multi_select_prompt_item(
        &self,
        f: Out<'_>,
        text: &str,
        checked: bool,
        active: bool,
    ) -> std::fmt::Result {
        self.inner
            .format_multi_select_prompt_item(f, text, checked, active)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialoguer_yes_and_no_are_translated_after_the_prompt_only() {
        let theme = Localized {
            inner: Box::new(SimpleTheme),
            yes: "sí".into(),
            no: "no".into(),
        };
        let mut out = String::new();
        theme
            .format_confirm_prompt_selection(&mut out, "¿yes?", Some(true))
            .unwrap();
        assert_eq!(out, "¿yes? sí");
        let theme = Localized {
            inner: Box::new(ColorfulTheme::default()),
            yes: "是".into(),
            no: "否".into(),
        };
        let mut out = String::new();
        theme
            .format_confirm_prompt(&mut out, "no?", Some(false))
            .unwrap();
        assert!(out.contains("no?") && out.contains('否'), "{out:?}");
    }

    #[test]
    fn long_lines_wrap_by_display_width() {
        let line = "  [1] 非常不同意非常不同意非常不同意非常不同意非常不同意";
        let lines = fit(line, 20, "      ");
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(console::measure_text_width(l) <= 20, "{l}");
        }
        assert_eq!(fit("short", 20, ""), ["short"]);
    }
}
