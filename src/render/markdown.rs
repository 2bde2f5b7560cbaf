//! Markdown, to paste into notes or hand to a coach.

use std::io::{self, Write};

use super::{
    PlanLine, Scored, change, dimension_name, goal_level, num, out_of_100, percent, plan_lines,
    too_few, who,
};
use crate::compare::Comparison;
use crate::rubric::{Kind, RubricSet};
use crate::score::Status;
use crate::store::Assessment;
use crate::text::clean;

/// Text from a file made safe in Markdown, in a table cell or not: cleaned, and every
/// character that makes structure (tables, emphasis, links, HTML, headings) escaped.
pub fn cell(s: &str) -> String {
    let mut out = String::new();
    for c in clean(s).chars() {
        if matches!(
            c,
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn scores(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>) -> io::Result<()> {
    writeln!(out, "# {}", cell(&who(s.sheet)))?;
    writeln!(out)?;
    writeln!(
        out,
        "**Readiness:** {} · **Barrier load:** {} · *{}*",
        out_of_100(s.scores.readiness),
        out_of_100(s.scores.barrier_load),
        cell(s.file)
    )?;
    for rubric_id in &s.sheet.rubrics {
        let Some(rubric) = set.get(rubric_id) else {
            continue;
        };
        writeln!(out)?;
        writeln!(out, "## {}", cell(&rubric.title))?;
        writeln!(out)?;
        if let Some(f) = s.scores.by_rubric.iter().find(|f| &f.id == rubric_id) {
            let what = match f.kind {
                Kind::Traits => "Readiness",
                Kind::Barriers => "Barrier load",
            };
            writeln!(out, "**{what}:** {}", out_of_100(f.value))?;
            writeln!(out)?;
        }
        match rubric.kind {
            Kind::Traits => {
                writeln!(out, "| Trait | Level | Target | Gap |")?;
                writeln!(out, "|---|---:|---:|---:|")?;
            }
            Kind::Barriers => {
                writeln!(out, "| Barrier | Severity | Threshold | Status |")?;
                writeln!(out, "|---|---:|---:|---|")?;
            }
        }
        for d in s
            .scores
            .dimensions
            .iter()
            .filter(|d| &d.rubric == rubric_id)
        {
            let Some((_, dim)) = set.dimension(&d.id) else {
                continue;
            };
            let goal = percent(Some(goal_level(&rubric.scale, dim.goal)));
            if d.status == Status::Insufficient {
                writeln!(
                    out,
                    "| {} | {} | {goal} | |",
                    cell(&dim.name),
                    too_few(d.answered, d.questions)
                )?;
                continue;
            }
            let level = percent(d.level);
            let last = match rubric.kind {
                Kind::Traits => match d.gap {
                    Some(gap) if gap > 0.0 => super::shown_gap(
                        d.level.unwrap_or(0.0),
                        goal_level(&rubric.scale, dim.goal),
                    ),
                    _ => "met".into(),
                },
                Kind::Barriers if d.active == Some(true) => "**active**".into(),
                Kind::Barriers => "below".into(),
            };
            writeln!(out, "| {} | {level} | {goal} | {last} |", cell(&dim.name))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", super::result_note())?;
    writeln!(out)?;
    writeln!(out, "## Plan")?;
    writeln!(out)?;
    plan_list(out, &plan_lines(set, s.scores))
}

/// A numbered plan: horizon, action, and when it is done.
pub fn plan_list(out: &mut dyn Write, lines: &[PlanLine<'_>]) -> io::Result<()> {
    if lines.is_empty() {
        writeln!(out, "No action is called for yet.")?;
    }
    for (i, line) in lines.iter().enumerate() {
        writeln!(
            out,
            "{}. **{} days** — {}  \n   *Done when:* {} *(score {})*",
            i + 1,
            line.horizon,
            cell(line.text),
            cell(line.done_when),
            num(line.score)
        )?;
    }
    Ok(())
}

/// `plan --format markdown`.
pub fn saved_plan(out: &mut dyn Write, a: &Assessment, top: usize) -> io::Result<()> {
    writeln!(
        out,
        "# Plan: {}",
        cell(&super::who_parts(
            a.subject.as_deref(),
            a.rater,
            a.date.as_deref()
        ))
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "**Readiness:** {} · **Barrier load:** {} · *assessment {}*",
        out_of_100(a.readiness),
        out_of_100(a.barrier_load),
        cell(&a.id)
    )?;
    writeln!(out)?;
    plan_list(out, &super::saved_plan_lines(a, top))
}

/// `compare --format markdown`.
pub fn comparison(out: &mut dyn Write, set: &RubricSet, c: &Comparison) -> io::Result<()> {
    writeln!(
        out,
        "# What moved: {} → {}",
        cell(&c.before.id),
        cell(&c.after.id)
    )?;
    writeln!(out)?;
    change_body(out, set, c, true)
}

/// The figures, the dimension table and what switched or moved between two assessments;
/// `bold` sets the figures line in bold (as `compare` does; a report does not).
pub fn change_body(
    out: &mut dyn Write,
    set: &RubricSet,
    c: &Comparison,
    bold: bool,
) -> io::Result<()> {
    let b = if bold { "**" } else { "" };
    writeln!(
        out,
        "{b}Readiness:{b} {} → {} · {b}Barrier load:{b} {} → {}",
        out_of_100(c.before.readiness),
        out_of_100(c.after.readiness),
        out_of_100(c.before.barrier_load),
        out_of_100(c.after.barrier_load)
    )?;
    writeln!(out)?;
    writeln!(out, "| Dimension | Then | Now | Change | |")?;
    writeln!(out, "|---|---:|---:|---:|---|")?;
    for d in &c.dimensions {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            cell(dimension_name(set, &d.id)),
            percent(d.before),
            percent(d.after),
            change(d.before, d.after),
            super::direction(d.direction)
        )?;
    }
    let names = |ids: &[String]| cell(&super::dimension_names(set, ids));
    writeln!(out)?;
    if !c.barriers_off.is_empty() {
        writeln!(
            out,
            "- Barriers no longer active: {}",
            names(&c.barriers_off)
        )?;
    }
    if !c.barriers_on.is_empty() {
        writeln!(out, "- Barriers now active: {}", names(&c.barriers_on))?;
    }
    for (title, list) in [
        ("Left the plan", &c.plan_out),
        ("New in the plan", &c.plan_in),
    ] {
        for p in list {
            writeln!(out, "- {title}: {} ({} days)", cell(&p.text), p.horizon)?;
        }
    }
    for d in &c.done {
        writeln!(out, "- Done: {}", cell(&super::current::done_line(set, d)))?;
    }
    Ok(())
}

/// `feedback --format markdown`, with its title at heading `level` (a report nests it).
pub fn feedback(
    out: &mut dyn Write,
    set: &RubricSet,
    f: &crate::feedback::Feedback,
    level: usize,
) -> io::Result<()> {
    let hashes = "#".repeat(level.clamp(1, 6));
    writeln!(
        out,
        "{hashes} 360 view: {}",
        cell(f.subject.as_deref().unwrap_or("Unnamed"))
    )?;
    writeln!(out)?;
    writeln!(out, "Rated by {}.", cell(&super::raters_line(f)))?;
    writeln!(out)?;
    let shown: Vec<_> = f.raters.iter().filter(|c| c.shown).collect();
    let mut header = String::from("| Dimension | Self | Others | Δ |");
    let mut rule = String::from("|---|---:|---:|---:|");
    for c in &shown {
        header.push_str(&format!(" {} |", super::group_label(c.rater, c.n)));
        rule.push_str("---:|");
    }
    writeln!(out, "{header} |")?;
    writeln!(out, "{rule}---|")?;
    for d in &f.dimensions {
        let name = cell(dimension_name(set, &d.id));
        let name = match d.kind {
            Kind::Traits => name,
            Kind::Barriers => format!("{name} (barrier)"),
        };
        let mut row = format!(
            "| {name} | {} | {} | {} |",
            percent(d.myself),
            percent(d.others),
            super::points(d.others, d.myself)
        );
        for c in &shown {
            let level = d.group_level(c.rater);
            row.push_str(&format!(" {} |", percent(level)));
        }
        let finding = d.finding.map(|x| x.label()).unwrap_or_default();
        writeln!(out, "{row} {finding} |")?;
    }
    writeln!(out)?;
    for (label, text) in super::findings(set, f) {
        writeln!(out, "- **{label}**: {}", cell(&text))?;
    }
    super::comments::markdown(out, set, f, level + 1)
}
