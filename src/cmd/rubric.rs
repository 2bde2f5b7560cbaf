//! `leadgap rubric list | show | check | export`.

use std::io::Write;

use serde::Serialize;

use super::Context;
use crate::cli::{ExportFormat, ListFormat, RubricCommand};
use crate::error::{Error, Result};
use crate::render::{json, table};
use crate::rubric::{Kind, Rubric};

/// The translation files beside a checked rubric (`i18n/<lang>/<id>.toml`): a file that does
/// not parse, or names an id the rubric has not, is a problem; a text it lacks falls back to
/// English, and is said.
fn check_translations(
    ctx: &Context,
    file: &std::path::Path,
    r: &Rubric,
    problems: &mut Vec<crate::error::Diagnostic>,
) -> Result<()> {
    use crate::error::Diagnostic;
    for lang in crate::lang::Lang::ALL.into_iter().skip(1) {
        let path = crate::rubric::translation_path(file, lang, &r.id);
        if std::fs::symlink_metadata(&path).is_err() {
            continue;
        }
        let name = path.display().to_string();
        let text = match crate::input::read_text(&path, &name) {
            Ok(text) => text,
            Err(Error::Data(d)) => {
                problems.extend(d);
                continue;
            }
            Err(e) => return Err(e),
        };
        let texts: crate::rubric::RubricTexts = match toml::from_str(&text) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Diagnostic::at(
                    &name,
                    &text,
                    e.span(),
                    e.message().trim_end().replace('\n', "; "),
                ));
                continue;
            }
        };
        let (missing, unknown) = texts.compare(r);
        for u in unknown {
            problems.push(Diagnostic::new(
                &name,
                None,
                crate::t!(
                    "rubric-show-unknown-text",
                    what = u.to_string(),
                    rubric = crate::text::clean(&r.id)
                ),
            ));
        }
        if !missing.is_empty() {
            ctx.warn(crate::t!(
                "rubric-show-missing-texts",
                file = crate::text::clean(&name),
                count = missing.len(),
                list = missing.join("; ")
            ));
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct ListEntry<'a> {
    id: &'a str,
    title: &'a str,
    version: &'a str,
    kind: Kind,
    source: &'a str,
    dimensions: usize,
    questions: usize,
    actions: usize,
}

#[derive(Serialize)]
struct Export<'a> {
    rubrics: &'a [Rubric],
}

pub fn run(ctx: &Context, cmd: &RubricCommand, out: &mut dyn Write) -> Result<()> {
    match cmd {
        RubricCommand::List { format } => {
            let set = ctx.rubrics()?;
            match format {
                ListFormat::Table => table::rubric_list(out, &set, ctx.look),
                ListFormat::Json => {
                    let entries: Vec<_> = set
                        .rubrics
                        .iter()
                        .map(|r| ListEntry {
                            id: &r.id,
                            title: &r.title,
                            version: &r.version,
                            kind: r.kind,
                            source: &r.source,
                            dimensions: r.dimensions.len(),
                            questions: r.question_count(),
                            actions: r.actions.len(),
                        })
                        .collect();
                    json::pretty(out, &entries)
                }
            }
            .map_err(Error::stdout)
        }
        RubricCommand::Show { id, format } => {
            let set = ctx.rubrics()?;
            let rubric = set.require(id)?;
            match format {
                ListFormat::Table => table::rubric_show(out, rubric, ctx.look),
                ListFormat::Json => json::pretty(out, rubric),
            }
            .map_err(Error::stdout)
        }
        RubricCommand::Check { files, as_builtin } => {
            let mut loader = ctx.loader()?;
            for file in files {
                loader.add_file(file, *as_builtin)?;
            }
            let set = loader.finish()?;
            let mut problems = Vec::new();
            for file in files {
                let name = file.display().to_string();
                let loaded = set.rubrics.iter().find(|r| {
                    r.source == name
                        || std::fs::canonicalize(&r.source)
                            .is_ok_and(|p| std::fs::canonicalize(file).is_ok_and(|f| f == p))
                });
                if let Some(r) = loaded {
                    writeln!(
                        out,
                        "{}",
                        crate::t!(
                            "rubric-show-check-ok",
                            file = crate::text::clean(&name),
                            rubric = crate::text::clean(&r.id),
                            dimensions = r.dimensions.len(),
                            questions = r.question_count(),
                            actions = r.actions.len()
                        )
                    )
                    .map_err(Error::stdout)?;
                    check_translations(ctx, file, r, &mut problems)?;
                }
            }
            if problems.is_empty() {
                Ok(())
            } else {
                Err(Error::Data(problems))
            }
        }
        RubricCommand::Export { format } => {
            let set = ctx.rubrics()?;
            match format {
                ExportFormat::Json => json::pretty(
                    out,
                    &Export {
                        rubrics: &set.rubrics,
                    },
                ),
            }
            .map_err(Error::stdout)
        }
    }
}
