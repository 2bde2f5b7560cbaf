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

/// The words of Markdown output, in one language. `score --format markdown` writes a page
/// per answer file: they are looked up once per language, not once per file or row.
struct Words {
    readiness: String,
    barrier_load: String,
    trait_head: String,
    barrier_head: String,
    met: String,
    active: String,
    below: String,
    plan: String,
    no_action: String,
    done_when: String,
}

impl Words {
    fn new() -> Self {
        let label = |key: String| crate::t!("report-label", label = key);
        let row = |cells: [String; 4]| format!("| {} |", cells.join(" | "));
        Words {
            readiness: label(crate::t!("report-readiness")),
            barrier_load: label(crate::t!("report-barrier-load")),
            trait_head: row([
                crate::t!("report-trait"),
                crate::t!("report-level"),
                crate::t!("report-target"),
                crate::t!("md-gap"),
            ]),
            barrier_head: row([
                crate::t!("report-barrier"),
                crate::t!("report-severity"),
                crate::t!("report-threshold"),
                crate::t!("md-status"),
            ]),
            met: crate::t!("md-met"),
            active: crate::t!("report-note-active"),
            below: crate::t!("md-below"),
            plan: crate::t!("report-plan"),
            no_action: crate::t!("md-no-action-yet"),
            done_when: crate::t!("report-done-when"),
        }
    }

    /// The words in the current language.
    fn get() -> &'static Words {
        static WORDS: crate::i18n::PerLang<Words> = crate::i18n::PerLang::new();
        WORDS.get(Words::new)
    }
}

pub fn scores(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>) -> io::Result<()> {
    let w = Words::get();
    writeln!(out, "# {}", cell(&who(s.sheet)))?;
    writeln!(out)?;
    writeln!(
        out,
        "**{}** {} · **{}** {} · *{}*",
        w.readiness,
        out_of_100(s.scores.readiness),
        w.barrier_load,
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
                Kind::Traits => &w.readiness,
                Kind::Barriers => &w.barrier_load,
            };
            writeln!(out, "**{what}** {}", out_of_100(f.value))?;
            writeln!(out)?;
        }
        match rubric.kind {
            Kind::Traits => {
                writeln!(out, "{}", w.trait_head)?;
                writeln!(out, "|---|---:|---:|---:|")?;
            }
            Kind::Barriers => {
                writeln!(out, "{}", w.barrier_head)?;
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
                    _ => w.met.clone(),
                },
                Kind::Barriers if d.active == Some(true) => format!("**{}**", w.active),
                Kind::Barriers => w.below.clone(),
            };
            writeln!(out, "| {} | {level} | {goal} | {last} |", cell(&dim.name))?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", super::result_note())?;
    writeln!(out)?;
    writeln!(out, "## {}", w.plan)?;
    writeln!(out)?;
    plan_list(out, &plan_lines(set, s.scores))
}

/// A numbered plan: horizon, action, and when it is done.
pub fn plan_list(out: &mut dyn Write, lines: &[PlanLine<'_>]) -> io::Result<()> {
    let w = Words::get();
    if lines.is_empty() {
        writeln!(out, "{}", w.no_action)?;
    }
    for (i, line) in lines.iter().enumerate() {
        writeln!(
            out,
            "{}. **{}** — {}  \n   *{}* {} *({})*",
            i + 1,
            crate::t!("md-days", days = line.horizon),
            cell(line.text),
            w.done_when,
            cell(line.done_when),
            crate::t!("md-score", score = num(line.score))
        )?;
    }
    Ok(())
}

/// `plan --format markdown`.
pub fn saved_plan(out: &mut dyn Write, a: &Assessment, top: usize) -> io::Result<()> {
    let w = Words::get();
    let who = super::who_parts(a.subject.as_deref(), a.rater, a.date.as_deref());
    writeln!(out, "# {}", crate::t!("md-plan-of", who = cell(&who)))?;
    writeln!(out)?;
    writeln!(
        out,
        "**{}** {} · **{}** {} · *{}*",
        w.readiness,
        out_of_100(a.readiness),
        w.barrier_load,
        out_of_100(a.barrier_load),
        crate::t!("md-assessment", id = cell(&a.id))
    )?;
    writeln!(out)?;
    plan_list(out, &super::saved_plan_lines(a, top))
}

/// `compare --format markdown`.
pub fn comparison(out: &mut dyn Write, set: &RubricSet, c: &Comparison) -> io::Result<()> {
    writeln!(
        out,
        "# {}",
        crate::t!(
            "md-what-moved",
            before = cell(&c.before.id),
            after = cell(&c.after.id)
        )
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
    let w = Words::get();
    writeln!(
        out,
        "{b}{}{b} {} → {} · {b}{}{b} {} → {}",
        w.readiness,
        out_of_100(c.before.readiness),
        out_of_100(c.after.readiness),
        w.barrier_load,
        out_of_100(c.before.barrier_load),
        out_of_100(c.after.barrier_load)
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "| {} | {} | {} | {} | |",
        crate::t!("report-dimension"),
        crate::t!("report-then"),
        crate::t!("report-now"),
        crate::t!("report-change")
    )?;
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
        let names = names(&c.barriers_off);
        writeln!(out, "- {}", crate::t!("report-barriers-off", names = names))?;
    }
    if !c.barriers_on.is_empty() {
        let names = names(&c.barriers_on);
        writeln!(out, "- {}", crate::t!("report-barriers-on", names = names))?;
    }
    let moved = |p: &crate::compare::PlanChange| {
        crate::t!("md-in-days", action = cell(&p.text), days = p.horizon)
    };
    for p in &c.plan_out {
        writeln!(
            out,
            "- {}",
            crate::t!("report-left-plan", actions = moved(p))
        )?;
    }
    for p in &c.plan_in {
        writeln!(
            out,
            "- {}",
            crate::t!("report-new-in-plan", actions = moved(p))
        )?;
    }
    for d in &c.done {
        let action = cell(&super::current::done_line(set, d));
        writeln!(out, "- {}", crate::t!("report-done", action = action))?;
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
    let subject = f
        .subject
        .as_deref()
        .map_or_else(|| crate::t!("report-unnamed"), str::to_string);
    writeln!(
        out,
        "{hashes} {}",
        crate::t!("report-360-of", name = cell(&subject))
    )?;
    writeln!(out)?;
    let raters = cell(&super::raters_line(f));
    writeln!(out, "{}", crate::t!("report-rated-by", raters = raters))?;
    writeln!(out)?;
    let shown: Vec<_> = f.raters.iter().filter(|c| c.shown).collect();
    let mut header = format!(
        "| {} | {} | {} | Δ |",
        crate::t!("report-dimension"),
        crate::t!("report-self"),
        crate::t!("report-others")
    );
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
            Kind::Barriers => crate::t!("report-as-barrier", name = name),
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
