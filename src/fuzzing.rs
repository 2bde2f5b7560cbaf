//! Entry points shared by the fuzz targets (`fuzz/`) and the robustness property tests: each
//! takes arbitrary bytes through the same path a real file takes (size and UTF-8 checks,
//! parsing, checking, scoring, every output format). They must return, never panic.

use crate::answers;
use crate::batch::{Input, ScoredFile, process};
use crate::render::{self, Look, Scored};
use crate::rubric::{Loader, RubricSet};
use crate::score;

/// Renders a scored sheet in every format, as `score` would.
fn render_all(set: &RubricSet, s: Scored<'_>) {
    let mut sink = Vec::new();
    let _ = render::table::scores(&mut sink, set, s, Look::PLAIN);
    let _ = render::markdown::scores(&mut sink, set, s);
    let _ = render::json::line(&mut sink, set, s);
    let _ = render::csv::rows(&mut sink, s, false);
    let _ = render::csv::rows(&mut sink, s, true);
}

/// An answer file: decoded, parsed, checked, scored and rendered.
pub fn answer_file(set: &RubricSet, data: &[u8]) {
    let Ok(text) = crate::input::decode("fuzz.toml", data.to_vec()) else {
        return;
    };
    if let Ok(sheet) = answers::parse("fuzz.toml", &text, set) {
        let scores = score::score(set, &sheet, usize::MAX);
        render_all(
            set,
            Scored {
                file: "fuzz.toml",
                sheet: &sheet,
                scores: &scores,
            },
        );
    }
}

/// A rubric file: loaded beside the built-ins and checked; when it passes, its blank
/// template is parsed back and scored.
pub fn rubric_file(data: &[u8]) {
    let Ok(text) = crate::input::decode("fuzz-rubric.toml", data.to_vec()) else {
        return;
    };
    let mut loader = Loader::new();
    loader.add_builtins();
    loader.add_text("fuzz-rubric.toml", &text, true);
    let Ok(set) = loader.finish() else {
        return;
    };
    // The fuzzed rubric only: the built-ins are the same every run, and rendering them each
    // time made this target a hundred times slower than the others.
    for rubric in set
        .rubrics
        .iter()
        .filter(|r| r.source == "fuzz-rubric.toml")
    {
        let mut sink = Vec::new();
        let _ = render::table::rubric_show(&mut sink, rubric, Look::PLAIN);
        let blank = crate::template::blank(&[rubric], Some("Fuzz"), answers::Rater::Myself);
        match answers::parse("template.toml", &blank, &set) {
            Ok(sheet) => {
                let scores = score::score(&set, &sheet, 5);
                render_all(
                    &set,
                    Scored {
                        file: "template.toml",
                        sheet: &sheet,
                        scores: &scores,
                    },
                );
            }
            Err(problems) => panic!("the template of a valid rubric must parse: {problems:?}"),
        }
    }
}

/// A CSV of answers: every row checked, scored and written in the machine formats. (The
/// person's formats read a scored row as they read a scored file, which the `answers`
/// target covers; here they would take most of each run.)
pub fn csv_answers(set: &RubricSet, data: &[u8]) {
    for item in crate::answers_csv::rows_from("fuzz.csv", Box::new(data), &[], set) {
        let input = Input::from(item);
        if let Input::Missing(_) = input {
            continue;
        }
        if let Ok(ScoredFile {
            file,
            sheet,
            scores,
        }) = process(set, input, 5)
        {
            let s = Scored {
                file: &file,
                sheet: &sheet,
                scores: &scores,
            };
            let mut sink = Vec::new();
            let _ = render::json::line(&mut sink, set, s);
            let _ = render::csv::rows(&mut sink, s, false);
            let _ = render::csv::rows(&mut sink, s, true);
        }
    }
}
