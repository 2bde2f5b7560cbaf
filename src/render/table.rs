//! Tables for a person in a terminal: fit the width, colour only when asked.

use std::io::{self, Write};

use comfy_table::{
    Cell, CellAlignment, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle,
};

use super::{
    Look, PlanLine, Scored, bar, change, dimension_name, goal_level, num, out_of_100, percent,
    plan_lines, too_few, who, wrap,
};
use crate::compare::{Comparison, Direction};
use crate::rubric::{Kind, Rubric, RubricSet};
use crate::score::{DimensionScore, Status};
use crate::store::Assessment;
use crate::text::clean;

pub use super::rubric_table::{rubric_list, rubric_show};

pub(super) const BAR_WIDTH: usize = 10;

/// Lines under the header and at the bottom only: light enough to read at a glance.
pub(super) const COMPACT: TableStyle = TableStyle::new()
    .header_separator(LineStyle::none().fill('─').junction('─'))
    .bottom_border(LineStyle::none().fill('─').junction('─'));

/// With a faint line between rows, for cells that wrap over several lines.
pub(super) const SPACED: TableStyle =
    COMPACT.row_separator(LineStyle::none().fill('╌').junction('╌'));

pub(super) fn new_table(look: Look, style: TableStyle) -> Table {
    let mut t = Table::new();
    t.load_style(style)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(look.width);
    t
}

/// Writes a table and a line end, without the spaces that pad its last column: they are
/// noise in a pipe and in a file.
pub(super) fn emit(out: &mut dyn Write, t: &Table) -> io::Result<()> {
    for line in t.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Keeps column `i` as wide as its content: ids must not be broken mid-word.
pub(super) fn unbroken(t: &mut Table, i: usize) {
    if let Some(c) = t.column_mut(i) {
        c.set_constraint(ColumnConstraint::ContentWidth);
    }
}

pub(super) fn right(s: impl Into<String>) -> Cell {
    Cell::new(s.into()).set_alignment(CellAlignment::Right)
}

pub(super) fn opt_num(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), num)
}

/// One scored file: the summary line, a table per rubric, then the plan.
pub fn scores(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>, look: Look) -> io::Result<()> {
    let (who, file) = (who(s.sheet), clean(s.file));
    // The file goes on its own line when both do not fit on one.
    let sep = if console::measure_text_width(&who) + 2 + console::measure_text_width(&file)
        > usize::from(look.width)
    {
        "\n"
    } else {
        "  "
    };
    writeln!(
        out,
        "{}{sep}{}",
        look.bold().apply_to(who),
        look.dim().apply_to(file)
    )?;
    writeln!(
        out,
        "Readiness {}  ·  Barrier load {}",
        look.bold().apply_to(out_of_100(s.scores.readiness)),
        look.bold().apply_to(out_of_100(s.scores.barrier_load)),
    )?;
    for rubric_id in &s.sheet.rubrics {
        let Some(rubric) = set.get(rubric_id) else {
            continue;
        };
        let dims: Vec<_> = s
            .scores
            .dimensions
            .iter()
            .filter(|d| &d.rubric == rubric_id)
            .collect();
        writeln!(out)?;
        let figure = s
            .scores
            .by_rubric
            .iter()
            .find(|f| &f.id == rubric_id)
            .map(|f| match f.kind {
                Kind::Traits => format!("readiness {}", out_of_100(f.value)),
                Kind::Barriers => format!("barrier load {}", out_of_100(f.value)),
            })
            .unwrap_or_default();
        writeln!(
            out,
            "{}  {}",
            look.bold().apply_to(clean(&rubric.title)),
            look.dim().apply_to(figure)
        )?;
        emit(out, &dimension_table(rubric, &dims, look))?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        look.dim()
            .apply_to(super::wrap(super::RESULT_NOTE, look.width))
    )?;
    writeln!(out)?;
    plan(out, set, s, look)
}

fn dimension_table(rubric: &Rubric, dims: &[&DimensionScore], look: Look) -> Table {
    let mut t = new_table(look, COMPACT);
    t.set_header(match rubric.kind {
        Kind::Traits => ["Trait", "Level", "Target", "Gap"],
        Kind::Barriers => ["Barrier", "Severity", "Threshold", "Status"],
    });
    for d in dims {
        let Some(dim) = rubric.dimensions.iter().find(|x| x.id == d.id) else {
            continue;
        };
        let name = Cell::new(clean(&dim.name));
        let goal = right(percent(Some(goal_level(&rubric.scale, dim.goal))));
        if d.status == Status::Insufficient {
            t.add_row(vec![
                name,
                Cell::new(too_few(d.answered, d.questions)),
                goal,
                right(""),
            ]);
            continue;
        }
        let level = d.level.unwrap_or(0.0);
        let meter = format!("{} {:>4}", bar(level, BAR_WIDTH), percent(Some(level)));
        let last = match rubric.kind {
            Kind::Traits => match d.gap {
                Some(gap) if gap > 0.0 => look
                    .warn()
                    .apply_to(super::shown_gap(level, goal_level(&rubric.scale, dim.goal)))
                    .to_string(),
                _ => look.good().apply_to("met").to_string(),
            },
            Kind::Barriers => {
                if d.active == Some(true) {
                    look.alert().apply_to("active").to_string()
                } else {
                    look.dim().apply_to("below").to_string()
                }
            }
        };
        t.add_row(vec![name, Cell::new(meter), goal, right(last)]);
    }
    t
}

fn plan(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>, look: Look) -> io::Result<()> {
    if s.scores.plan.is_empty() {
        let why = if s
            .scores
            .dimensions
            .iter()
            .all(|d| d.status == Status::Insufficient)
        {
            "no dimension has enough answers to score yet"
        } else {
            "no gap or active barrier calls for one"
        };
        return writeln!(out, "{}: {why}.", look.bold().apply_to("No plan"));
    }
    plan_table(
        out,
        &plan_lines(set, s.scores),
        s.scores.plan_candidates,
        look,
    )
}

/// The plan: rank, horizon, action with its `done_when`, and score.
pub fn plan_table(
    out: &mut dyn Write,
    lines: &[PlanLine<'_>],
    candidates: usize,
    look: Look,
) -> io::Result<()> {
    writeln!(
        out,
        "{} — top {} of {} actions, highest priority first",
        look.bold().apply_to("Your plan"),
        lines.len(),
        candidates
    )?;
    let mut t = new_table(look, SPACED);
    t.set_header(vec!["#", "When", "Action", "Score"]);
    for (i, line) in lines.iter().enumerate() {
        let text = format!(
            "{}\n{} {}",
            clean(line.text),
            look.dim().apply_to("Done when:"),
            clean(line.done_when)
        );
        t.add_row(vec![
            right((i + 1).to_string()),
            Cell::new(format!("{} days", line.horizon)),
            Cell::new(text),
            right(num(line.score)),
        ]);
    }
    emit(out, &t)
}

/// `history`: one row per saved assessment.
pub fn history(out: &mut dyn Write, list: &[Assessment], look: Look) -> io::Result<()> {
    let mut t = new_table(look, COMPACT);
    t.set_header(vec![
        "Id",
        "Date",
        "Subject",
        "Rater",
        "Readiness",
        "Barrier load",
    ]);
    for a in list {
        let date = super::day(a.date.as_deref(), &a.created);
        t.add_row(vec![
            Cell::new(clean(&a.id)),
            Cell::new(clean(date)),
            Cell::new(clean(a.subject.as_deref().unwrap_or(""))),
            Cell::new(a.rater),
            right(a.readiness.map_or("–".into(), |v| format!("{v:.0}"))),
            right(a.barrier_load.map_or("–".into(), |v| format!("{v:.0}"))),
        ]);
    }
    unbroken(&mut t, 0);
    unbroken(&mut t, 1);
    emit(out, &t)
}

/// `plan`: a saved assessment's plan with a heading that says whose it is.
pub fn saved_plan(out: &mut dyn Write, a: &Assessment, top: usize, look: Look) -> io::Result<()> {
    writeln!(
        out,
        "{}  {}",
        look.bold().apply_to(super::who_parts(
            a.subject.as_deref(),
            a.rater,
            a.date.as_deref()
        )),
        look.dim().apply_to(format!("assessment {}", clean(&a.id)))
    )?;
    writeln!(out)?;
    if a.plan.is_empty() {
        return writeln!(
            out,
            "{}: no gap or active barrier calls for one.",
            look.bold().apply_to("No plan")
        );
    }
    plan_table(out, &super::saved_plan_lines(a, top), a.plan.len(), look)
}

/// `compare`: what moved, dimension by dimension, then the barriers and the plan.
pub fn comparison(
    out: &mut dyn Write,
    set: &RubricSet,
    c: &Comparison,
    look: Look,
) -> io::Result<()> {
    let when = |s: &crate::compare::Side| {
        format!(
            "{} ({})",
            clean(&s.id),
            clean(super::day(s.date.as_deref(), &s.created))
        )
    };
    writeln!(
        out,
        "{} {} → {}",
        look.bold().apply_to("Compared:"),
        when(&c.before),
        when(&c.after)
    )?;
    let delta = |b: Option<f64>, a: Option<f64>| match (b, a) {
        (Some(b), Some(a)) => format!(
            " ({})",
            super::signed(Some(a.round() as i64 - b.round() as i64))
        ),
        _ => String::new(),
    };
    writeln!(
        out,
        "Readiness {} → {}{}  ·  Barrier load {} → {}{}",
        out_of_100(c.before.readiness),
        look.bold().apply_to(out_of_100(c.after.readiness)),
        delta(c.before.readiness, c.after.readiness),
        out_of_100(c.before.barrier_load),
        look.bold().apply_to(out_of_100(c.after.barrier_load)),
        delta(c.before.barrier_load, c.after.barrier_load),
    )?;
    writeln!(out)?;
    let mut t = new_table(look, COMPACT);
    t.set_header(vec!["Dimension", "Kind", "Then", "Now", "Change", ""]);
    for d in &c.dimensions {
        let verdict = match d.direction {
            Direction::Better => look.good().apply_to("better").to_string(),
            Direction::Worse => look.alert().apply_to("worse").to_string(),
            Direction::Same => "same".to_string(),
            Direction::Unknown => look.dim().apply_to("n/a").to_string(),
        };
        t.add_row(vec![
            Cell::new(clean(dimension_name(set, &d.id))),
            Cell::new(match d.kind {
                Kind::Traits => "trait",
                Kind::Barriers => "barrier",
            }),
            right(percent(d.before)),
            right(percent(d.after)),
            right(change(d.before, d.after)),
            Cell::new(verdict),
        ]);
    }
    emit(out, &t)?;
    let names = |ids: &[String]| super::dimension_names(set, ids);
    let mut said = false;
    if !c.barriers_off.is_empty() {
        writeln!(
            out,
            "{} {}",
            look.good().apply_to("Barriers no longer active:"),
            wrap(&names(&c.barriers_off), look.width)
        )?;
        said = true;
    }
    if !c.barriers_on.is_empty() {
        writeln!(
            out,
            "{} {}",
            look.alert().apply_to("Barriers now active:"),
            wrap(&names(&c.barriers_on), look.width)
        )?;
        said = true;
    }
    if !said {
        writeln!(out, "No barrier switched on or off.")?;
    }
    if c.plan_in.is_empty() && c.plan_out.is_empty() {
        writeln!(out, "The plan's top actions are the same.")?;
    }
    let bullet = |out: &mut dyn Write, line: &str| {
        let wrapped = textwrap::Options::new(usize::from(look.width)).subsequent_indent("  ");
        writeln!(out, "{}", textwrap::fill(&format!("- {line}"), wrapped))
    };
    for (title, list) in [
        ("Left the plan:", &c.plan_out),
        ("New in the plan:", &c.plan_in),
    ] {
        if list.is_empty() {
            continue;
        }
        writeln!(out, "{}", look.bold().apply_to(title))?;
        for p in list {
            bullet(out, &format!("{} ({} days)", clean(&p.text), p.horizon))?;
        }
    }
    if !c.done.is_empty() {
        writeln!(out, "{}", look.bold().apply_to("Done in between:"))?;
        for d in &c.done {
            bullet(out, &super::current::done_line(set, d))?;
        }
    }
    Ok(())
}

/// `feedback`: per person, self against others, dimension by dimension, then the findings.
pub fn feedback(
    out: &mut dyn Write,
    set: &RubricSet,
    f: &crate::feedback::Feedback,
    look: Look,
) -> io::Result<()> {
    let subject = clean(f.subject.as_deref().unwrap_or("Unnamed"));
    let title = wrap(&format!("{subject} — 360 view"), look.width);
    writeln!(out, "{}", look.bold().apply_to(title))?;
    writeln!(out, "{}", wrap(&super::raters_line(f), look.width))?;
    let shown: Vec<_> = f.raters.iter().filter(|c| c.shown).collect();
    for (kind, title) in [(Kind::Traits, "Trait"), (Kind::Barriers, "Barrier")] {
        let dims: Vec<_> = f.dimensions.iter().filter(|d| d.kind == kind).collect();
        if dims.is_empty() {
            continue;
        }
        writeln!(out)?;
        let mut t = new_table(look, COMPACT);
        let mut header = vec![
            title.to_string(),
            "Self".into(),
            "Others".into(),
            "Δ".into(),
        ];
        header.extend(shown.iter().map(|c| super::group_label(c.rater, c.n)));
        header.push(String::new());
        t.set_header(header);
        for d in dims {
            let mut row = vec![
                Cell::new(clean(dimension_name(set, &d.id))),
                right(percent(d.myself)),
                right(percent(d.others)),
                right(super::points(d.others, d.myself)),
            ];
            row.extend(shown.iter().map(|c| right(percent(d.group_level(c.rater)))));
            row.push(Cell::new(match d.finding {
                Some(crate::feedback::Finding::BlindSpot) => {
                    look.alert().apply_to("blind spot").to_string()
                }
                Some(crate::feedback::Finding::HiddenStrength) => {
                    look.good().apply_to("hidden strength").to_string()
                }
                None => String::new(),
            }));
            t.add_row(row);
        }
        emit(out, &t)?;
    }
    for (label, text) in super::findings(set, f) {
        writeln!(out, "{}", wrap(&format!("{label}: {text}"), look.width))?;
    }
    super::comments::text(out, set, f, look)
}

/// `cohort`: the group's figures per dimension, then the questions that do not hang
/// together with the rest of their dimension.
pub fn cohort(
    out: &mut dyn Write,
    set: &RubricSet,
    c: &crate::cohort::Cohort,
    look: Look,
) -> io::Result<()> {
    let summary = |s: &crate::cohort::Summary| match (s.median, s.q1, s.q3) {
        (Some(m), Some(a), Some(b)) => format!("median {m:.0} (IQR {a:.0}–{b:.0})"),
        _ => "n/a".to_string(),
    };
    writeln!(
        out,
        "{} {} respondent{}",
        look.bold().apply_to("Cohort:"),
        c.respondents,
        if c.respondents == 1 { "" } else { "s" }
    )?;
    writeln!(
        out,
        "Readiness {}  ·  Barrier load {}",
        summary(&c.readiness),
        summary(&c.barrier_load)
    )?;
    if let Some(me) = &c.me {
        let place = |p: &crate::cohort::Place| match (p.value, p.percentile) {
            (Some(v), Some(pc)) => format!("{v:.0}, percentile {pc:.0}"),
            (Some(v), None) => format!("{v:.0}"),
            _ => "n/a".to_string(),
        };
        writeln!(
            out,
            "{}",
            wrap(
                &format!(
                    "Me: {} — readiness {}, barrier load {}",
                    clean(me.subject.as_deref().unwrap_or(&me.file)),
                    place(&me.readiness),
                    place(&me.barrier_load)
                ),
                look.width
            )
        )?;
    }
    let with_me = c.me.is_some();
    let whole = |x: Option<f64>| x.map_or_else(|| "–".to_string(), |v| format!("{:.0}", v * 100.0));
    for (kind, title, flag) in [
        (Kind::Traits, "Trait", "Gap"),
        (Kind::Barriers, "Barrier", "Active"),
    ] {
        let dims: Vec<_> = c.dimensions.iter().filter(|d| d.kind == kind).collect();
        if dims.is_empty() {
            continue;
        }
        writeln!(out)?;
        let mut t = new_table(look, COMPACT);
        let mut header = vec![title, "n", "Mean", "SD", "Median", "IQR", flag, "Alpha"];
        if with_me {
            header.extend(["Me", "Pct"]);
        }
        t.set_header(header);
        for d in dims {
            let iqr = match (d.level.q1, d.level.q3) {
                (Some(a), Some(b)) => format!("{:.0}–{:.0}", a * 100.0, b * 100.0),
                _ => "–".to_string(),
            };
            let mut row = vec![
                Cell::new(clean(dimension_name(set, &d.id))),
                right(d.level.n.to_string()),
                right(whole(d.level.mean)),
                right(whole(d.level.sd)),
                right(whole(d.level.median)),
                right(iqr),
                right(percent(d.share)),
                right(opt_num(d.alpha)),
            ];
            if with_me {
                let me = d.me.unwrap_or(crate::cohort::Place {
                    value: None,
                    percentile: None,
                });
                row.push(right(whole(me.value)));
                row.push(right(
                    me.percentile.map_or("–".into(), |p| format!("{p:.0}")),
                ));
            }
            t.add_row(row);
        }
        emit(out, &t)?;
    }
    writeln!(
        out,
        "{}",
        wrap(
            &format!(
                "Levels in % of the scale; IQR from the first to the third quartile. Gap, \
                 Active: share of people with a gap or with the barrier active. Alpha: \
                 Cronbach's alpha of the dimension's questions (pairwise); under 0.7 they do not \
                 measure one thing well together.{}",
                if with_me {
                    " Me: the person given with --me; Pct: their percentile within the group."
                } else {
                    ""
                }
            ),
            look.width
        )
    )?;
    let weak: Vec<String> = c
        .dimensions
        .iter()
        .flat_map(|d| {
            d.items
                .iter()
                .filter(|i| i.item_total.is_some_and(|r| r < crate::cohort::WEAK_ITEM))
                .map(move |i| (d, i))
        })
        .map(|(d, i)| {
            format!(
                "{} in {} (r = {})",
                clean(&i.id),
                clean(&d.id),
                num(i.item_total.unwrap_or_default())
            )
        })
        .collect();
    if !weak.is_empty() {
        writeln!(out)?;
        let line = format!(
            "Questions that do not go with the rest of their dimension (corrected item–total \
             correlation under {}): {}.",
            num(crate::cohort::WEAK_ITEM),
            weak.join(", ")
        );
        writeln!(out, "{}", wrap(&line, look.width))?;
    }
    Ok(())
}
