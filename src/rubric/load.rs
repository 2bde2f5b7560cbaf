//! Reading rubric files: the built-in ones compiled into the binary, the user's own, and
//! every `--rubrics DIR`.

use std::path::Path;

use super::RubricTexts;
use super::check::{check_across, check_file};
use super::format::{Parsed, RawRubric, convert, toml_message};
use super::{Rubric, RubricSet};
use crate::error::{Diagnostic, Error, Result};
use crate::input;
use crate::lang::Lang;

/// The rubrics compiled into the binary, so leadgap works from any directory: converted
/// from `rubrics/*.toml` at build time (`build.rs`).
mod builtin {
    use crate::rater::Rater;
    use crate::rubric::{Action, Dimension, Goal, Kind, Question, Rubric, Scale};

    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

/// The built-in rubric files, by name and text.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    builtin::FILES
}

/// The built-in translation files: (language tag, rubric id, text).
pub fn builtin_translations() -> &'static [(&'static str, &'static str, &'static str)] {
    builtin::TRANSLATIONS
}

/// The translation file of a rubric read from `source` (a path): `i18n/<lang>/<id>.toml`
/// beside it.
pub fn translation_path(source: &Path, lang: Lang, id: &str) -> std::path::PathBuf {
    source
        .parent()
        .unwrap_or(Path::new("."))
        .join("i18n")
        .join(lang.tag())
        .join(format!("{id}.toml"))
}

/// Every rubric's texts in `lang`, where a translation gives them; English stays where none
/// does. A user's translation file that cannot be read is left out here (`rubric check`
/// says why).
pub fn translate(set: &mut RubricSet, lang: Lang) {
    if lang == Lang::En {
        return;
    }
    for r in &mut set.rubrics {
        // A rubric that gives no labels of its own has the agreement scale, which leadgap
        // says in every language.
        if r.scale.labels == super::format::DEFAULT_LABELS {
            r.scale.labels = vec![
                crate::t!("scale-strongly-disagree"),
                crate::t!("scale-disagree"),
                crate::t!("scale-neither"),
                crate::t!("scale-agree"),
                crate::t!("scale-strongly-agree"),
            ];
        }
        let text: Option<std::borrow::Cow<'static, str>> = if r.source == "built-in" {
            builtin::TRANSLATIONS
                .iter()
                .find(|(l, id, _)| *l == lang.tag() && *id == r.id)
                .map(|(_, _, t)| std::borrow::Cow::Borrowed(*t))
        } else {
            let path = translation_path(Path::new(&r.source), lang, &r.id);
            input::read_text(&path, &path.display().to_string())
                .ok()
                .map(std::borrow::Cow::Owned)
        };
        if let Some(texts) = text.and_then(|t| toml::from_str::<RubricTexts>(&t).ok()) {
            texts.apply(r);
        }
    }
}

/// Collects rubric files, then checks them together.
#[derive(Default)]
pub struct Loader {
    /// The built-in rubrics, as converted at build time, each with its name in messages.
    builtins: Vec<(String, Rubric)>,
    parsed: Vec<Parsed>,
    errors: Vec<Diagnostic>,
    /// Files read so far, by canonical path: a folder named twice (or the store's own
    /// rubrics folder named again) must not conflict with itself.
    read: std::collections::HashSet<std::path::PathBuf>,
}

impl Loader {
    pub fn new() -> Self {
        Self::default()
    }

    /// The rubrics compiled into the binary.
    pub fn add_builtins(&mut self) {
        self.builtins.extend(
            builtin::rubrics()
                .into_iter()
                .map(|(name, r)| (format!("built-in:{name}"), r)),
        );
    }

    /// The built-in rubrics parsed from their TOML text like any other file, as they were
    /// before being converted at build time: what the conversion must equal.
    pub fn add_builtin_texts(&mut self) {
        for (name, text) in builtin::FILES {
            self.add_text(&format!("built-in:{name}"), text, false);
            if let Some(p) = self.parsed.last_mut() {
                p.source = "built-in".to_string();
            }
        }
    }

    /// Every `*.toml` file directly in `dir`, in name order.
    /// A directory that does not exist is an error only when `required`.
    pub fn add_dir(&mut self, dir: &Path, required: bool) -> Result<()> {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e)
                if !required
                    && matches!(
                        e.kind(),
                        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                    ) =>
            {
                return Ok(());
            }
            Err(e) => return Err(Error::read(dir, e)),
        };
        let mut files: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
            .collect();
        files.sort();
        for file in files {
            self.add_file(&file, false)?;
        }
        Ok(())
    }

    /// One rubric file. With `shadow`, it replaces a loaded rubric of the same id (used by
    /// `rubric check`, so a changed copy of a built-in can be checked).
    pub fn add_file(&mut self, path: &Path, shadow: bool) -> Result<()> {
        if let Ok(canonical) = std::fs::canonicalize(path)
            && !self.read.insert(canonical)
        {
            return Ok(());
        }
        let name = path.display().to_string();
        match input::read_text(path, &name) {
            Ok(text) => self.add_text(&name, &text, shadow),
            Err(Error::Data(diags)) => self.errors.extend(diags),
            Err(e) => return Err(e),
        }
        Ok(())
    }

    pub fn add_text(&mut self, file: &str, text: &str, shadow: bool) {
        let raw: RawRubric = match toml::from_str(text) {
            Ok(raw) => raw,
            Err(e) => {
                let diag = if text.trim().is_empty() {
                    Diagnostic::new(file, None, crate::t!("rubric-empty-file"))
                } else {
                    Diagnostic::at(file, text, e.span(), toml_message(&e))
                };
                self.errors.push(diag);
                return;
            }
        };
        let parsed = Parsed {
            file: file.to_string(),
            source: file.to_string(),
            text: text.to_string(),
            shadows: shadow,
            raw,
        };
        check_file(&parsed, &mut self.errors);
        if shadow {
            // Only a rubric of the base set is replaced: two checked files with one id are
            // still a duplicate.
            let id = parsed.raw.id.get_ref();
            self.parsed
                .retain(|p| p.shadows || p.raw.id.get_ref() != id);
            self.builtins.retain(|(_, r)| r.id != *id);
        }
        self.parsed.push(parsed);
    }

    /// Checks what spans files and builds the set, or returns every problem found.
    pub fn finish(self) -> Result<RubricSet> {
        let Loader {
            builtins,
            parsed,
            mut errors,
            ..
        } = self;
        if !parsed.is_empty() {
            check_across(&builtins, &parsed, &mut errors);
        }
        if !errors.is_empty() {
            return Err(Error::Data(errors));
        }
        Ok(RubricSet::new(
            builtins
                .into_iter()
                .map(|(_, r)| r)
                .chain(parsed.into_iter().map(convert))
                .collect(),
        ))
    }
}
