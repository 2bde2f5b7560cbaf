//! `rubric list` and `rubric show`: the loaded rubrics, as tables for a person.

use std::io::{self, Write};

use comfy_table::Cell;

use super::{Look, num, wrap};
use crate::rubric::{Kind, Rubric, RubricSet};
use crate::text::clean;

use super::table::{COMPACT, SPACED, new_table, right, unbroken};

/// `rubric list`: one row per loaded rubric.
pub fn rubric_list(out: &mut dyn Write, set: &RubricSet, look: Look) -> io::Result<()> {
    let mut t = new_table(look, COMPACT);
    t.set_header(vec![
        "Id", "Title", "Kind", "Dims", "Qs", "Actions", "Source",
    ]);
    for r in &set.rubrics {
        t.add_row(vec![
            Cell::new(clean(&r.id)),
            Cell::new(format!("{} {}", clean(&r.title), clean(&r.version))),
            Cell::new(r.kind),
            right(r.dimensions.len().to_string()),
            right(r.question_count().to_string()),
            right(r.actions.len().to_string()),
            Cell::new(clean(&r.source)),
        ]);
    }
    unbroken(&mut t, 0);
    writeln!(out, "{t}")
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
        let setting = match r.kind {
            Kind::Traits => format!("target {}", num(d.goal.target().unwrap_or_default())),
            Kind::Barriers => format!("threshold {}", num(d.goal.threshold().unwrap_or_default())),
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
        writeln!(out, "{t}")?;
    }
    if !r.actions.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", look.bold().apply_to("Actions"))?;
        let mut t = new_table(look, SPACED);
        t.set_header(vec!["Id", "When", "Action", "Addresses"]);
        for a in &r.actions {
            t.add_row(vec![
                Cell::new(clean(&a.id)),
                Cell::new(format!("{} days", a.horizon)),
                Cell::new(format!(
                    "{}\nDone when: {}",
                    clean(&a.text),
                    clean(&a.done_when)
                )),
                Cell::new(clean(&a.addresses.join(", "))),
            ]);
        }
        unbroken(&mut t, 0);
        writeln!(out, "{t}")?;
    }
    Ok(())
}
