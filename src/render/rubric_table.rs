//! `rubric list` and `rubric show`: the loaded rubrics, as tables for a person.

use std::io::{self, Write};

use comfy_table::Cell;

use super::{Look, num, wrap};
use crate::rubric::{Kind, Rubric, RubricSet};
use crate::text::clean;

use super::table::{COMPACT, emit, new_table, right, unbroken};

/// `rubric list`: one row per loaded rubric, with where it came from when not built in.
/// Dimensions and actions are counted in `rubric show`.
pub fn rubric_list(out: &mut dyn Write, set: &RubricSet, look: Look) -> io::Result<()> {
    let mut t = new_table(look, COMPACT);
    t.set_header(vec!["Id", "Kind", "Statements", "Version", "Title"]);
    for r in &set.rubrics {
        let mut title = clean(&r.title).into_owned();
        if r.source != "built-in" {
            title.push_str(&format!("\nfrom {}", clean(&r.source)));
        }
        t.add_row(vec![
            Cell::new(clean(&r.id)),
            Cell::new(r.kind),
            right(r.question_count().to_string()),
            Cell::new(clean(&r.version)),
            Cell::new(title),
        ]);
    }
    unbroken(&mut t, 0);
    emit(out, &t)
}

/// `rubric show ID`: the dimensions with their questions, then the actions.
pub fn rubric_show(out: &mut dyn Write, r: &Rubric, look: Look) -> io::Result<()> {
    writeln!(
        out,
        "{} ({}, version {}, {})",
        look.bold().apply_to(clean(&r.title)),
        clean(&r.id),
        clean(&r.version),
        r.kind
    )?;
    if let Some(d) = &r.description {
        writeln!(out, "{}", wrap(&clean(d), look.width))?;
    }
    let labels: Vec<String> = (r.scale.min..=r.scale.max)
        .map(|v| format!("{v} = {}", clean(r.scale.label(v))))
        .collect();
    writeln!(
        out,
        "{}",
        wrap(&format!("Scale: {}", labels.join(", ")), look.width)
    )?;
    for d in &r.dimensions {
        writeln!(out)?;
        let goal = super::percent(Some(super::goal_level(&r.scale, d.goal)));
        let setting = match r.kind {
            Kind::Traits => format!("target {goal} of the scale"),
            Kind::Barriers => format!("active from {goal} of the scale"),
        };
        writeln!(out, "{}", look.bold().apply_to(clean(&d.name)))?;
        let about = format!("[{}] weight {}, {setting}", clean(&d.id), num(d.weight));
        writeln!(out, "{}", look.dim().apply_to(about))?;
        writeln!(out, "{}", wrap(&clean(&d.summary), look.width))?;
        let mut t = new_table(look, COMPACT);
        t.set_header(vec!["Question", "Statement", "Keyed"]);
        for q in &d.questions {
            t.add_row(vec![
                Cell::new(clean(&q.id)),
                Cell::new(clean(&q.text)),
                Cell::new(if q.reverse { "reverse" } else { "" }),
            ]);
        }
        unbroken(&mut t, 0);
        emit(out, &t)?;
    }
    if !r.actions.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", look.bold().apply_to("Actions"))?;
        // A list rather than a table: ids are long, and a narrow text column would break
        // every sentence into a word a line.
        let width = usize::from(look.width);
        // Ids keep their dashes whole.
        let options = |first: &'static str| {
            textwrap::Options::new(width)
                .initial_indent(first)
                .subsequent_indent("    ")
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .break_words(false)
        };
        let indent = options("    ");
        for a in &r.actions {
            writeln!(out)?;
            let (primary, others) = a
                .addresses
                .split_first()
                .map_or(("", &[][..]), |(p, o)| (p.as_str(), o));
            let mut head = format!(
                "{}  ·  {} days  ·  for {}",
                clean(&a.id),
                a.horizon,
                clean(primary)
            );
            if !others.is_empty() {
                head.push_str(&format!(" (also {})", clean(&others.join(", "))));
            }
            writeln!(out, "{}", textwrap::fill(&head, options("  ")))?;
            writeln!(out, "{}", textwrap::fill(&clean(&a.text), indent.clone()))?;
            writeln!(
                out,
                "{}",
                textwrap::fill(
                    &format!("Done when: {}", clean(&a.done_when)),
                    indent.clone()
                )
            )?;
        }
    }
    Ok(())
}
