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
use crate::t;
use crate::text::clean;

pub use super::group_table::{cohort, feedback};
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
pub(super) fn emit(out: &mut dyn Write, t: &mut Table) -> io::Result<()> {
    keep_words_whole(t);
    for line in t.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Widens columns so that no word is cut in two ("Preparaci" then "ón") when a heading or a
/// value in another language is longer than the English one, as long as the table still fits
/// its width; cells then wrap at spaces only. A run of Chinese has no spaces and may still
/// break between characters.
fn keep_words_whole(t: &mut Table) {
    let Some(width) = t.width() else {
        return;
    };
    let mut longest = vec![0u16; t.column_count()];
    for row in t.header().into_iter().chain(t.row_iter()) {
        for (i, cell) in row.cell_iter().enumerate() {
            for word in cell.content().split_whitespace() {
                let w = console::measure_text_width(word);
                let wide = word
                    .chars()
                    .any(|c| textwrap::core::display_width(c.encode_utf8(&mut [0; 4])) > 1);
                let w = if wide { 2 } else { w };
                if let Some(l) = longest.get_mut(i) {
                    *l = (*l).max(u16::try_from(w).unwrap_or(u16::MAX));
                }
            }
        }
    }
    // Each column is padded by a space on either side, with a space between columns.
    let needed: usize = longest.iter().map(|&w| usize::from(w) + 3).sum();
    if needed > usize::from(width) + 1 {
        return;
    }
    for (i, w) in longest.into_iter().enumerate() {
        if let Some(c) = t.column_mut(i)
            && c.constraint().is_none()
        {
            // The boundary counts the column's padding too.
            let w = w.saturating_add(2);
            c.set_constraint(ColumnConstraint::LowerBoundary(comfy_table::Width::Fixed(
                w,
            )));
        }
    }
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

/// The words of a scored file's tables, looked up once per language: a batch renders
/// thousands of files with the same headings.
struct Words {
    traits: [String; 4],
    barriers: [String; 4],
    met: String,
    active: String,
    below: String,
    note: String,
    no_plan: String,
    too_few_answers: String,
    nothing_called: String,
    plan: PlanWords,
}

/// The words of a plan's table.
struct PlanWords {
    title: String,
    head: [String; 4],
    done_when: String,
}

impl PlanWords {
    fn new() -> Self {
        PlanWords {
            title: t!("plan-title"),
            head: [
                "#".to_string(),
                t!("table-head-when"),
                t!("table-head-action"),
                t!("table-head-score"),
            ],
            done_when: t!("table-done-when"),
        }
    }
}

fn words() -> &'static Words {
    static WORDS: crate::i18n::PerLang<Words> = crate::i18n::PerLang::new();
    WORDS.get(|| Words {
        traits: [
            t!("table-head-trait"),
            t!("table-head-level"),
            t!("table-head-target"),
            t!("table-head-gap"),
        ],
        barriers: [
            t!("table-head-barrier"),
            t!("table-head-severity"),
            t!("table-head-threshold"),
            t!("table-head-status"),
        ],
        met: t!("table-met"),
        active: t!("table-active"),
        below: t!("table-below"),
        note: super::result_note(),
        no_plan: t!("table-no-plan"),
        too_few_answers: t!("table-no-plan-too-few"),
        nothing_called: t!("table-no-plan-nothing"),
        plan: PlanWords::new(),
    })
}

/// "No plan: why." with "No plan" in bold.
fn no_plan(out: &mut dyn Write, look: Look, label: &str, why: &str) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        t!(
            "table-no-plan-line",
            label = look.bold().apply_to(label).to_string(),
            why = why
        )
    )
}

/// "Readiness 64/100  ·  Barrier load 38/100", the figures in bold.
fn headline(look: Look, readiness: Option<f64>, barrier_load: Option<f64>) -> String {
    t!(
        "table-headline",
        readiness = look.bold().apply_to(out_of_100(readiness)).to_string(),
        barrier_load = look.bold().apply_to(out_of_100(barrier_load)).to_string()
    )
}

/// One scored file: the summary line, a table per rubric, then the plan.
pub fn scores(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>, look: Look) -> io::Result<()> {
    let (who, file) = (who(s.sheet), clean(s.file));
    writeln!(
        out,
        "{}{}{}",
        look.bold().apply_to(&who),
        beside(look, &who, &file),
        look.dim().apply_to(&file)
    )?;
    writeln!(
        out,
        "{}",
        headline(look, s.scores.readiness, s.scores.barrier_load)
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
                Kind::Traits => t!("table-rubric-readiness", value = out_of_100(f.value)),
                Kind::Barriers => t!("table-rubric-barrier-load", value = out_of_100(f.value)),
            })
            .unwrap_or_default();
        let title = clean(&rubric.title);
        writeln!(
            out,
            "{}{}{}",
            look.bold().apply_to(&title),
            beside(look, &title, &figure),
            look.dim().apply_to(&figure)
        )?;
        emit(out, &mut dimension_table(rubric, &dims, look))?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        look.dim().apply_to(super::wrap(&words().note, look.width))
    )?;
    writeln!(out)?;
    plan(out, set, s, look)
}

/// What goes between a heading and the note after it: two spaces, or a line end when both
/// do not fit on one line (measured in display columns: a Chinese character takes two).
fn beside(look: Look, heading: &str, note: &str) -> &'static str {
    apart(look, heading, "  ", note)
}

/// `gap`, or a line end when `left`, `gap` and `right` do not fit on one line.
pub(super) fn apart(look: Look, left: &str, gap: &'static str, right: &str) -> &'static str {
    let width = |s: &str| console::measure_text_width(s);
    if width(left) + width(gap) + width(right) > usize::from(look.width) {
        "\n"
    } else {
        gap
    }
}

fn dimension_table(rubric: &Rubric, dims: &[&DimensionScore], look: Look) -> Table {
    let words = words();
    let mut t = new_table(look, COMPACT);
    t.set_header(match rubric.kind {
        Kind::Traits => &words.traits,
        Kind::Barriers => &words.barriers,
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
                _ => look.good().apply_to(&words.met).to_string(),
            },
            Kind::Barriers => {
                if d.active == Some(true) {
                    look.alert().apply_to(&words.active).to_string()
                } else {
                    look.dim().apply_to(&words.below).to_string()
                }
            }
        };
        t.add_row(vec![name, Cell::new(meter), goal, right(last)]);
    }
    t
}

fn plan(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>, look: Look) -> io::Result<()> {
    let words = words();
    if s.scores.plan.is_empty() {
        let why = if s
            .scores
            .dimensions
            .iter()
            .all(|d| d.status == Status::Insufficient)
        {
            &words.too_few_answers
        } else {
            &words.nothing_called
        };
        return no_plan(out, look, &words.no_plan, why);
    }
    plan_rows(
        out,
        &plan_lines(set, s.scores),
        s.scores.plan_candidates,
        look,
        &words.plan,
    )
}

/// The plan: rank, horizon, action with its `done_when`, and score.
pub fn plan_table(
    out: &mut dyn Write,
    lines: &[PlanLine<'_>],
    candidates: usize,
    look: Look,
) -> io::Result<()> {
    plan_rows(out, lines, candidates, look, &PlanWords::new())
}

fn plan_rows(
    out: &mut dyn Write,
    lines: &[PlanLine<'_>],
    candidates: usize,
    look: Look,
    words: &PlanWords,
) -> io::Result<()> {
    let top = t!(
        "plan-top",
        title = words.title.as_str(),
        shown = lines.len(),
        count = candidates
    );
    writeln!(
        out,
        "{}",
        styled_start(&wrap(&top, look.width), &words.title, look.bold())
    )?;
    let mut t = new_table(look, SPACED);
    t.set_header(&words.head);
    for (i, line) in lines.iter().enumerate() {
        let text = format!(
            "{}\n{}{}{}",
            clean(line.text),
            look.dim().apply_to(&words.done_when),
            super::after_label(&words.done_when),
            clean(line.done_when)
        );
        t.add_row(vec![
            right((i + 1).to_string()),
            Cell::new(t!("table-days", count = line.horizon)),
            Cell::new(text),
            right(num(line.score)),
        ]);
    }
    emit(out, &mut t)
}

/// `history`: one row per saved assessment.
pub fn history(out: &mut dyn Write, list: &[Assessment], look: Look) -> io::Result<()> {
    let mut t = new_table(look, COMPACT);
    t.set_header(vec![
        t!("table-head-id"),
        t!("table-head-date"),
        t!("table-head-subject"),
        t!("table-head-rater"),
        t!("table-head-readiness"),
        t!("table-head-barrier-load"),
    ]);
    let raters: Vec<String> = crate::answers::Rater::ALL
        .into_iter()
        .map(super::rater_name)
        .collect();
    for a in list {
        let date = super::day(a.date.as_deref(), &a.created);
        t.add_row(vec![
            Cell::new(clean(&a.id)),
            Cell::new(clean(date)),
            Cell::new(clean(a.subject.as_deref().unwrap_or(""))),
            Cell::new(&raters[a.rater as usize]),
            right(a.readiness.map_or("–".into(), |v| format!("{v:.0}"))),
            right(a.barrier_load.map_or("–".into(), |v| format!("{v:.0}"))),
        ]);
    }
    unbroken(&mut t, 0);
    unbroken(&mut t, 1);
    emit(out, &mut t)
}

/// `plan`: a saved assessment's plan with a heading that says whose it is.
pub fn saved_plan(out: &mut dyn Write, a: &Assessment, top: usize, look: Look) -> io::Result<()> {
    let who = super::who_parts(a.subject.as_deref(), a.rater, a.date.as_deref());
    let id = t!("table-assessment", id = clean(&a.id));
    writeln!(
        out,
        "{}{}{}",
        look.bold().apply_to(&who),
        beside(look, &who, &id),
        look.dim().apply_to(&id)
    )?;
    writeln!(out)?;
    if a.plan.is_empty() {
        return no_plan(
            out,
            look,
            &t!("table-no-plan"),
            &t!("table-no-plan-nothing"),
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
    let compared = t!("table-compared");
    writeln!(
        out,
        "{}{}{} → {}",
        look.bold().apply_to(&compared),
        super::after_label(&compared),
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
    let moved = |b: Option<f64>, a: Option<f64>| {
        format!(
            "{} → {}{}",
            out_of_100(b),
            look.bold().apply_to(out_of_100(a)),
            delta(b, a)
        )
    };
    writeln!(
        out,
        "{}",
        t!(
            "table-headline",
            readiness = moved(c.before.readiness, c.after.readiness),
            barrier_load = moved(c.before.barrier_load, c.after.barrier_load)
        )
    )?;
    writeln!(out)?;
    let mut t = new_table(look, COMPACT);
    t.set_header(vec![
        t!("table-head-dimension"),
        t!("table-head-kind"),
        t!("table-head-then"),
        t!("table-head-now"),
        t!("table-head-change"),
        String::new(),
    ]);
    let (a_trait, a_barrier) = (t!("table-kind-trait"), t!("table-kind-barrier"));
    for d in &c.dimensions {
        let word = super::direction(d.direction);
        let verdict = match d.direction {
            Direction::Better => look.good().apply_to(word).to_string(),
            Direction::Worse => look.alert().apply_to(word).to_string(),
            Direction::Same => word.to_string(),
            Direction::Unknown => look.dim().apply_to(word).to_string(),
        };
        t.add_row(vec![
            Cell::new(clean(dimension_name(set, &d.id))),
            Cell::new(match d.kind {
                Kind::Traits => &a_trait,
                Kind::Barriers => &a_barrier,
            }),
            right(percent(d.before)),
            right(percent(d.after)),
            right(change(d.before, d.after)),
            Cell::new(verdict),
        ]);
    }
    emit(out, &mut t)?;
    let names = |ids: &[String]| super::dimension_names(set, ids);
    let mut said = false;
    if !c.barriers_off.is_empty() {
        labelled(
            out,
            look,
            look.good(),
            &t!("table-barriers-off"),
            &names(&c.barriers_off),
        )?;
        said = true;
    }
    if !c.barriers_on.is_empty() {
        labelled(
            out,
            look,
            look.alert(),
            &t!("table-barriers-on"),
            &names(&c.barriers_on),
        )?;
        said = true;
    }
    if !said {
        writeln!(out, "{}", t!("table-barriers-same"))?;
    }
    if c.plan_in.is_empty() && c.plan_out.is_empty() {
        writeln!(out, "{}", t!("table-plan-same"))?;
    }
    let bullet = |out: &mut dyn Write, line: &str| {
        let wrapped = crate::text::wrap_options(usize::from(look.width)).subsequent_indent("  ");
        writeln!(out, "{}", textwrap::fill(&format!("- {line}"), wrapped))
    };
    for (title, list) in [
        (t!("table-plan-left"), &c.plan_out),
        (t!("table-plan-new"), &c.plan_in),
    ] {
        if list.is_empty() {
            continue;
        }
        writeln!(out, "{}", look.bold().apply_to(title))?;
        for p in list {
            bullet(
                out,
                &t!(
                    "table-plan-item",
                    text = clean(&p.text),
                    days = t!("table-days", count = p.horizon)
                ),
            )?;
        }
    }
    if !c.done.is_empty() {
        writeln!(out, "{}", look.bold().apply_to(t!("table-done-between")))?;
        for d in &c.done {
            bullet(out, &super::current::done_line(set, d))?;
        }
    }
    Ok(())
}

/// "Label: text", wrapped to the width as one paragraph, the label in `style`.
fn labelled(
    out: &mut dyn Write,
    look: Look,
    style: console::Style,
    label: &str,
    text: &str,
) -> io::Result<()> {
    let wrapped = wrap(
        &format!("{label}{}{text}", super::after_label(label)),
        look.width,
    );
    writeln!(out, "{}", styled_start(&wrapped, label, style))
}

/// `text` with `start` in `style` where it begins with it (a translation may put it
/// elsewhere, and then it is left plain).
fn styled_start(text: &str, start: &str, style: console::Style) -> String {
    match text.strip_prefix(start) {
        Some(rest) => format!("{}{rest}", style.apply_to(start)),
        None => text.to_string(),
    }
}
