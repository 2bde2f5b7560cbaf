//! `rubric list` and `rubric show`: the loaded rubrics, as tables for a person.

use std::io::{self, Write};

use comfy_table::Cell;

use super::{Look, num, wrap};
use crate::rubric::{Kind, Rubric, RubricSet};
use crate::t;
use crate::text::clean;

use super::table::{COMPACT, emit, new_table, right, unbroken};

/// `rubric list`: one row per loaded rubric, with where it came from when not built in.
/// Dimensions and actions are counted in `rubric show`.
pub fn rubric_list(out: &mut dyn Write, set: &RubricSet, look: Look) -> io::Result<()> {
    let mut t = new_table(look, COMPACT);
    t.set_header(vec![
        t!("table-head-id"),
        t!("table-head-kind"),
        t!("rubric-show-head-statements"),
        t!("rubric-show-head-version"),
        t!("rubric-show-head-title"),
    ]);
    let kinds = [Kind::Traits, Kind::Barriers].map(super::kind_name);
    for r in &set.rubrics {
        let mut title = clean(&r.title).into_owned();
        if r.source != "built-in" {
            title.push('\n');
            title.push_str(&t!("rubric-show-from", source = clean(&r.source)));
        }
        t.add_row(vec![
            Cell::new(clean(&r.id)),
            Cell::new(match r.kind {
                Kind::Traits => &kinds[0],
                Kind::Barriers => &kinds[1],
            }),
            right(r.question_count().to_string()),
            Cell::new(clean(&r.version)),
            Cell::new(title),
        ]);
    }
    unbroken(&mut t, 0);
    emit(out, &mut t)
}

/// `rubric show ID`: the dimensions with their questions, then the actions.
pub fn rubric_show(out: &mut dyn Write, r: &Rubric, look: Look) -> io::Result<()> {
    let title = clean(&r.title);
    let about = t!(
        "rubric-show-about",
        id = clean(&r.id),
        version = clean(&r.version),
        kind = super::kind_name(r.kind)
    );
    // A full-width parenthesis carries its own space.
    let gap = if about.starts_with('（') { "" } else { " " };
    writeln!(
        out,
        "{}{}{}",
        look.bold().apply_to(&title),
        super::table::apart(look, &title, gap, &about),
        about
    )?;
    if let Some(d) = &r.description {
        writeln!(out, "{}", wrap(&clean(d), look.width))?;
    }
    let comma = t!("table-list-comma");
    let labels: Vec<String> = (r.scale.min..=r.scale.max)
        .map(|v| format!("{v} = {}", clean(r.scale.label(v))))
        .collect();
    writeln!(
        out,
        "{}",
        wrap(
            &t!("rubric-show-scale", labels = labels.join(&comma)),
            look.width
        )
    )?;
    let head = [
        t!("rubric-show-head-question"),
        t!("rubric-show-head-statement"),
        t!("rubric-show-head-keyed"),
    ];
    let reverse = t!("rubric-show-reverse");
    for d in &r.dimensions {
        writeln!(out)?;
        let goal = super::percent(Some(super::goal_level(&r.scale, d.goal)));
        let setting = match r.kind {
            Kind::Traits => t!("rubric-show-target", goal = goal),
            Kind::Barriers => t!("rubric-show-threshold", goal = goal),
        };
        writeln!(out, "{}", look.bold().apply_to(clean(&d.name)))?;
        let about = t!(
            "rubric-show-dimension",
            id = clean(&d.id),
            weight = num(d.weight),
            setting = setting
        );
        writeln!(out, "{}", look.dim().apply_to(about))?;
        writeln!(out, "{}", wrap(&clean(&d.summary), look.width))?;
        let mut t = new_table(look, COMPACT);
        t.set_header(&head);
        for q in &d.questions {
            t.add_row(vec![
                Cell::new(clean(&q.id)),
                Cell::new(clean(&q.text)),
                Cell::new(if q.reverse { reverse.as_str() } else { "" }),
            ]);
        }
        unbroken(&mut t, 0);
        emit(out, &mut t)?;
    }
    if !r.actions.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", look.bold().apply_to(t!("rubric-show-actions")))?;
        // A list rather than a table: ids are long, and a narrow text column would break
        // every sentence into a word a line.
        let width = usize::from(look.width);
        // Ids keep their dashes whole.
        let options = |first: &'static str| {
            crate::text::wrap_options(width)
                .initial_indent(first)
                .subsequent_indent("    ")
                .break_words(false)
        };
        // Text without spaces (Chinese) is broken where the line ends.
        let indent = options("    ").break_words(true);
        let done_when = t!("table-done-when");
        for a in &r.actions {
            writeln!(out)?;
            let (primary, others) = a
                .addresses
                .split_first()
                .map_or(("", &[][..]), |(p, o)| (p.as_str(), o));
            let mut head = t!(
                "rubric-show-action",
                id = clean(&a.id),
                days = t!("table-days", count = a.horizon),
                primary = clean(primary)
            );
            if !others.is_empty() {
                head.push_str(&t!("rubric-show-also", others = clean(&others.join(", "))));
            }
            writeln!(out, "{}", textwrap::fill(&head, options("  ")))?;
            writeln!(out, "{}", textwrap::fill(&clean(&a.text), indent.clone()))?;
            writeln!(
                out,
                "{}",
                textwrap::fill(
                    &format!(
                        "{done_when}{}{}",
                        super::after_label(&done_when),
                        clean(&a.done_when)
                    ),
                    indent.clone()
                )
            )?;
        }
    }
    Ok(())
}
