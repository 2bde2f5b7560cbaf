//! The current plan with what has been done of it (SPEC section 8): a table, a Markdown
//! checklist, the report's section on progress, and the actions done between two
//! assessments as `compare` and `report` show them.

use std::fmt::Write as _;
use std::io::{self, Write};

use comfy_table::Cell;

use super::markdown::cell as md;
use super::report_html::html_escape;
use super::table::{SPACED, new_table, unbroken};
use super::{Look, dimension_name, percent};
use crate::compare::DoneAction;
use crate::rubric::RubricSet;
use crate::store::ActionStatus;
use crate::t;
use crate::text::clean;
use crate::tracking::{CurrentPlan, Item};

/// The day an item got its status: started, done or dropped.
fn status_day(item: &Item) -> Option<&str> {
    match item.status {
        ActionStatus::Todo => None,
        ActionStatus::Doing => item.started.as_deref(),
        ActionStatus::Done => item.done.as_deref(),
        ActionStatus::Dropped => item.dropped.as_deref(),
    }
}

/// Where an item stands, in words: "done 2026-12-20", "doing since 2026-11-20", "todo".
pub fn status_phrase(item: &Item) -> String {
    match (item.status, status_day(item)) {
        (ActionStatus::Doing, Some(day)) => t!("plan-status-doing-since", day = day),
        (ActionStatus::Done, Some(day)) => t!("plan-status-done-on", day = day),
        (ActionStatus::Dropped, Some(day)) => t!("plan-status-dropped-on", day = day),
        (status, _) => status.word(),
    }
}

/// An id on lines of at most `width` characters, broken only after a `-`.
fn wrap_id(id: &str, width: usize) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for part in id.split_inclusive('-') {
        let line = lines.last_mut().expect("one line");
        if !line.is_empty() && line.len() + part.len() > width {
            lines.push(part.to_string());
        } else {
            line.push_str(part);
        }
    }
    lines.join("\n")
}

/// Where an item comes from, when not from the latest plan: "own", "earlier plan".
fn origin(plan: &CurrentPlan, item: &Item) -> Option<String> {
    match &item.from {
        None => Some(t!("plan-origin-own")),
        Some(a) if *a != plan.assessment => Some(t!("plan-origin-earlier")),
        Some(_) => None,
    }
}

/// "Made 2026-11-02 (assessment …) · answer again on 2027-01-31 · 1 of 6 done".
fn summary(plan: &CurrentPlan) -> String {
    let done = plan
        .items
        .iter()
        .filter(|i| i.status == ActionStatus::Done)
        .count();
    t!(
        "plan-summary",
        made = plan.made.as_str(),
        assessment = plan.assessment.as_str(),
        again = plan.reassess_on.as_str(),
        done = done,
        count = plan.items.len()
    )
}

fn heading(plan: &CurrentPlan) -> String {
    super::who_parts(plan.subject.as_deref(), plan.rater, Some(&plan.made))
}

/// `plan`: one row per action with its id, status, due day and last note.
pub fn table(out: &mut dyn Write, plan: &CurrentPlan, look: Look) -> io::Result<()> {
    writeln!(out, "{}", look.bold().apply_to(heading(plan)))?;
    writeln!(out, "{}", super::wrap(&clean(&summary(plan)), look.width))?;
    writeln!(out)?;
    if plan.items.is_empty() {
        return writeln!(
            out,
            "{}",
            t!(
                "table-no-plan-line",
                label = look.bold().apply_to(t!("table-no-plan")).to_string(),
                why = t!("plan-none-added")
            )
        );
    }
    let mut t = new_table(look, SPACED);
    t.set_header(vec![
        t!("table-head-id"),
        t!("table-head-status"),
        t!("table-head-action"),
    ]);
    let (done_when, overdue) = (t!("table-done-when"), t!("plan-overdue"));
    let id_width = usize::from(look.width / 5).max(14);
    for item in &plan.items {
        let mut id = wrap_id(&clean(&item.id), id_width);
        if let Some(o) = origin(plan, item) {
            id.push_str(&format!("\n{}", look.dim().apply_to(format!("({o})"))));
        }
        let word = item.status.word();
        let mut status = match item.status {
            ActionStatus::Done => look.good().apply_to(word).to_string(),
            _ => word,
        };
        if let Some(day) = status_day(item) {
            status.push_str(&format!("\n{}", look.dim().apply_to(day)));
        }
        status.push_str(&format!("\n{}", t!("plan-due", day = item.due.as_str())));
        if item.overdue {
            status.push_str(&format!("\n{}", look.alert().apply_to(&overdue)));
        }
        let mut text = format!(
            "{}\n{}{}{}",
            clean(&item.text),
            look.dim().apply_to(&done_when),
            super::after_label(&done_when),
            clean(&item.done_when)
        );
        if let Some(note) = item.notes.last() {
            let label = t!("plan-note", day = note.date.as_str());
            text.push_str(&format!(
                "\n{}{}{}",
                look.dim().apply_to(&label),
                super::after_label(&label),
                clean(&note.text)
            ));
        }
        t.add_row(vec![Cell::new(id), Cell::new(status), Cell::new(text)]);
    }
    unbroken(&mut t, 0);
    unbroken(&mut t, 1);
    super::table::emit(out, &mut t)?;
    writeln!(out, "{}", super::wrap(&t!("plan-hint-steps"), look.width))
}

/// The plan as a Markdown checklist: `[x]` done, `[ ]` open, dropped ones struck through;
/// every note under its action.
fn checklist(out: &mut dyn Write, plan: &CurrentPlan) -> io::Result<()> {
    if plan.items.is_empty() {
        writeln!(out, "{}", t!("plan-no-action"))?;
    }
    let (done_when, overdue) = (t!("table-done-when"), t!("plan-overdue"));
    for item in &plan.items {
        let mark = if item.status == ActionStatus::Done {
            'x'
        } else {
            ' '
        };
        let text = match item.status {
            ActionStatus::Dropped => format!("~~**{}**~~", md(&item.text)),
            _ => format!("**{}**", md(&item.text)),
        };
        let mut meta = vec![status_phrase(item), t!("plan-due", day = item.due.as_str())];
        if item.overdue {
            meta.push(format!("**{overdue}**"));
        }
        if let Some(o) = origin(plan, item) {
            meta.push(o);
        }
        meta.push(format!("`{}`", clean(&item.id)));
        writeln!(out, "- [{mark}] {text} — {}  ", meta.join(" · "))?;
        // Always a space: Markdown's closing `*` after a colon needs one to close.
        writeln!(out, "  *{done_when}* {}", md(&item.done_when))?;
        for note in &item.notes {
            writeln!(out, "  - {}: {}", note.date, md(&note.text))?;
        }
    }
    Ok(())
}

/// `plan --format markdown`.
pub fn markdown(out: &mut dyn Write, plan: &CurrentPlan) -> io::Result<()> {
    writeln!(out, "# {}", t!("plan-md-title", who = md(&heading(plan))))?;
    writeln!(out)?;
    writeln!(out, "{}", md(&summary(plan)))?;
    writeln!(out)?;
    checklist(out, plan)
}

/// The report's section on the plan's progress, in Markdown.
pub fn report_markdown(out: &mut dyn Write, plan: &CurrentPlan) -> io::Result<()> {
    writeln!(out, "## {}", t!("plan-progress"))?;
    writeln!(out)?;
    writeln!(out, "{}", md(&summary(plan)))?;
    writeln!(out)?;
    checklist(out, plan)?;
    writeln!(out)
}

/// The report's section on the plan's progress, in HTML; every text escaped.
pub fn report_html(h: &mut String, plan: &CurrentPlan) {
    let e = html_escape;
    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<p>{}</p>\n<ul class=\"progress\">",
        e(&t!("plan-progress")),
        e(&summary(plan))
    );
    let (done_when, overdue) = (t!("table-done-when"), t!("plan-overdue"));
    for item in &plan.items {
        let text = match item.status {
            ActionStatus::Dropped => format!("<s>{}</s>", e(&item.text)),
            _ => e(&item.text),
        };
        let mut meta = format!(
            "{} · {}",
            status_phrase(item),
            t!("plan-due", day = item.due.as_str())
        );
        if item.overdue {
            let _ = write!(meta, " · {overdue}");
        }
        if let Some(o) = origin(plan, item) {
            let _ = write!(meta, " · {o}");
        }
        let _ = write!(
            h,
            "<li><b>{}</b> {text}<br><span class=\"done\">{}{}{}</span>",
            e(&item.status.word()),
            e(&done_when),
            super::after_label(&done_when),
            e(&item.done_when)
        );
        let _ = write!(h, "<br><small>{}</small>", e(&meta));
        if !item.notes.is_empty() {
            h.push_str("<ul>");
            for note in &item.notes {
                let _ = write!(h, "<li>{}: {}</li>", e(&note.date), e(&note.text));
            }
            h.push_str("</ul>");
        }
        h.push_str("</li>\n");
    }
    h.push_str("</ul>\n");
}

/// An action done between two assessments, with how its dimensions moved, in a line:
/// "Send a brief (done 2026-12-20): Visibility 70% → 45% (better)". Names are cleaned;
/// each format escapes the rest its own way.
pub fn done_line(set: &RubricSet, d: &DoneAction) -> String {
    let moves: Vec<String> = d
        .dimensions
        .iter()
        .map(|m| {
            format!(
                "{} {} → {} ({})",
                clean(dimension_name(set, &m.id)),
                percent(m.before),
                percent(m.after),
                super::direction(m.direction)
            )
        })
        .collect();
    let mut line = t!(
        "plan-done-line",
        text = clean(&d.text),
        day = d.done.as_str()
    );
    if !moves.is_empty() {
        let _ = write!(line, ": {}", moves.join(&crate::t!("list-separator")));
    }
    line
}
