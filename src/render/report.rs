//! `leadgap report`: one assessment written up for the person it describes, as Markdown or
//! as a single self-contained HTML page (inline SVG charts, no scripts, nothing fetched,
//! print CSS for A4).

use std::io::{self, Write};

use super::markdown::cell as md;
use super::{PlanLine, dimension_name, out_of_100, percent, saved_plan_lines};
use crate::compare::Comparison;
use crate::feedback::Feedback;
use crate::rubric::{Kind, RubricSet};
use crate::store::Assessment;
use crate::text::clean;

/// What a report is made of.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub assessment: &'a Assessment,
    /// The change since the previous assessment of the same person, where there is one.
    pub change: Option<&'a Comparison>,
    /// The 360 view, where others have rated the person.
    pub feedback: Option<&'a Feedback>,
    /// How many plan actions to list.
    pub top: usize,
    /// What has been done of the plan, when the report is of the current plan's assessment.
    pub progress: Option<&'a crate::tracking::CurrentPlan>,
}

/// One bar of a chart: a dimension's level with its target (traits) or threshold (barriers).
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub name: String,
    pub level: Option<f64>,
    /// The target as a level (traits) or the threshold (barriers), when the rubric is loaded.
    pub mark: Option<f64>,
    /// A trait short of its target, or an active barrier.
    pub flagged: bool,
}

/// The words a bar is noted with, fetched once per report.
pub struct Notes {
    pub too_few: String,
    pub gap: String,
    pub active: String,
}

impl Notes {
    pub fn new() -> Self {
        Notes {
            too_few: crate::t!("report-too-few-answers"),
            gap: crate::t!("report-note-gap"),
            active: crate::t!("report-note-active"),
        }
    }
}

impl Default for Notes {
    fn default() -> Self {
        Notes::new()
    }
}

impl Bar {
    /// A word on the bar: a gap, an active barrier, or too few answers to say.
    pub fn note<'n>(&self, kind: Kind, notes: &'n Notes) -> &'n str {
        match (kind, self.flagged, self.level.is_some()) {
            (_, _, false) => &notes.too_few,
            (Kind::Traits, true, _) => &notes.gap,
            (Kind::Barriers, true, _) => &notes.active,
            _ => "",
        }
    }
}

/// The bars of one kind, in the assessment's order.
pub fn bars(set: &RubricSet, a: &Assessment, kind: Kind) -> Vec<Bar> {
    a.dimensions
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| {
            let found = set.get(&d.rubric).and_then(|r| {
                r.dimensions
                    .iter()
                    .find(|x| x.id == d.id)
                    .map(|dim| (r, dim))
            });
            let mark = found.map(|(r, dim)| match kind {
                Kind::Traits => {
                    let target = dim.goal.target().unwrap_or_default();
                    (target - r.scale.min as f64) / r.scale.span()
                }
                Kind::Barriers => dim.goal.threshold().unwrap_or_default(),
            });
            Bar {
                name: found.map_or_else(|| d.id.to_string(), |(_, dim)| dim.name.clone()),
                level: d.level,
                mark,
                flagged: match kind {
                    Kind::Traits => d.gap.is_some_and(|g| g > 0.0),
                    Kind::Barriers => d.active == Some(true),
                },
            }
        })
        .collect()
}

/// The person an assessment is of, or a word for no name.
pub(super) fn subject(a: &Assessment) -> String {
    a.subject
        .as_deref()
        .map_or_else(|| crate::t!("report-unnamed"), str::to_string)
}

/// "Jane Doe, self-assessment of 2026-11-02"; "Jane Doe, rated by a coach on 2026-11-23".
pub(super) fn title_line(a: &Assessment) -> String {
    let name = clean(&subject(a)).into_owned();
    let date = clean(super::day(a.date.as_deref(), &a.created)).into_owned();
    match a.rater {
        crate::answers::Rater::Myself => crate::t!("report-self-title", name = name, date = date),
        r => crate::t!(
            "report-rated-title",
            name = name,
            role = r.as_str(),
            date = date
        ),
    }
}

/// "Readiness:": a label followed by the colon of the language.
pub(super) fn label(text: &str) -> String {
    crate::t!("report-label", label = text)
}

/// The plan split by horizon: what to do in the first 30 days, by 60, by 90.
pub(super) fn by_horizon<'a>(lines: &[PlanLine<'a>]) -> Vec<(u32, Vec<PlanLine<'a>>)> {
    let mut horizons: Vec<u32> = lines.iter().map(|l| l.horizon).collect();
    horizons.sort_unstable();
    horizons.dedup();
    horizons
        .into_iter()
        .map(|h| {
            (
                h,
                lines.iter().filter(|l| l.horizon == h).copied().collect(),
            )
        })
        .collect()
}

/// The largest gaps and the active barriers, as names, for the summary.
pub(super) fn headline(set: &RubricSet, a: &Assessment) -> (Vec<String>, Vec<String>) {
    let mut gaps: Vec<_> = a
        .dimensions
        .iter()
        .filter(|d| d.gap.is_some_and(|g| g > 0.0))
        .collect();
    gaps.sort_by(|x, y| {
        y.priority
            .unwrap_or(0.0)
            .total_cmp(&x.priority.unwrap_or(0.0))
    });
    let name = |id: &str| clean(dimension_name(set, id)).into_owned();
    let gaps = gaps.iter().take(3).map(|d| name(&d.id)).collect();
    let active = a
        .dimensions
        .iter()
        .filter(|d| d.active == Some(true))
        .map(|d| name(&d.id))
        .collect();
    (gaps, active)
}

pub(super) fn list_or_none(names: &[String]) -> String {
    if names.is_empty() {
        crate::t!("report-none")
    } else {
        names.join(&crate::t!("table-list-comma"))
    }
}

/// The words of one kind's section: its heading, the first column, the figure and its mark.
pub(super) struct KindWords {
    pub(super) title: String,
    pub(super) one: String,
    pub(super) figure: String,
    pub(super) mark: String,
}

pub(super) fn kind_words(kind: Kind) -> KindWords {
    match kind {
        Kind::Traits => KindWords {
            title: crate::t!("report-traits"),
            one: crate::t!("report-trait"),
            figure: crate::t!("report-level"),
            mark: crate::t!("report-target"),
        },
        Kind::Barriers => KindWords {
            title: crate::t!("report-barriers"),
            one: crate::t!("report-barrier"),
            figure: crate::t!("report-severity"),
            mark: crate::t!("report-threshold"),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown

/// A bar of text for the Markdown chart: 20 cells, the mark shown as `┃`.
pub(super) fn text_bar(level: Option<f64>, mark: Option<f64>) -> String {
    const WIDTH: usize = 20;
    let Some(level) = level else {
        return "·".repeat(WIDTH);
    };
    let filled = (level.clamp(0.0, 1.0) * WIDTH as f64).round() as usize;
    let at = mark.map(|m| ((m.clamp(0.0, 1.0) * WIDTH as f64).round() as usize).min(WIDTH - 1));
    (0..WIDTH)
        .map(|i| match (Some(i) == at, i < filled) {
            (true, _) => '┃',
            (false, true) => '█',
            (false, false) => '·',
        })
        .collect()
}

pub fn markdown(out: &mut dyn Write, set: &RubricSet, r: Report<'_>) -> io::Result<()> {
    let a = r.assessment;
    let notes = Notes::new();
    writeln!(out, "# {}", crate::t!("report-title"))?;
    writeln!(out)?;
    writeln!(out, "**{}**", md(&title_line(a)))?;
    writeln!(out)?;
    writeln!(out, "## {}", crate::t!("report-summary"))?;
    writeln!(out)?;
    let (gaps, active) = headline(set, a);
    writeln!(
        out,
        "- **{}** {} — {}",
        label(&crate::t!("report-readiness")),
        out_of_100(a.readiness),
        crate::t!("report-readiness-means")
    )?;
    writeln!(
        out,
        "- **{}** {} — {}",
        label(&crate::t!("report-barrier-load")),
        out_of_100(a.barrier_load),
        crate::t!("report-barrier-load-means")
    )?;
    writeln!(
        out,
        "- **{}** {}",
        label(&crate::t!("report-largest-gaps")),
        md(&list_or_none(&gaps))
    )?;
    writeln!(
        out,
        "- **{}** {}",
        label(&crate::t!("report-active-barriers")),
        md(&list_or_none(&active))
    )?;
    for kind in [Kind::Traits, Kind::Barriers] {
        let bars = bars(set, a, kind);
        if bars.is_empty() {
            continue;
        }
        let w = kind_words(kind);
        let chart = match kind {
            Kind::Traits => crate::t!("report-chart-target"),
            Kind::Barriers => crate::t!("report-chart-threshold"),
        };
        writeln!(out)?;
        writeln!(out, "## {}", w.title)?;
        writeln!(out)?;
        writeln!(out, "| {} | {} | {chart} | |", w.one, w.figure)?;
        writeln!(out, "|---|---:|---|---|")?;
        for b in &bars {
            let note = b.note(kind, &notes);
            writeln!(
                out,
                "| {} | {} | `{}` | {note} |",
                md(&b.name),
                percent(b.level),
                text_bar(b.level, b.mark)
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "## {}", crate::t!("report-plan"))?;
    writeln!(out)?;
    let lines = saved_plan_lines(a, r.top);
    if lines.is_empty() {
        writeln!(out, "{}", crate::t!("report-no-action"))?;
    }
    let done_when = crate::t!("report-done-when");
    for (horizon, group) in by_horizon(&lines) {
        writeln!(
            out,
            "### {}",
            crate::t!("report-within-days", days = horizon)
        )?;
        writeln!(out)?;
        for l in group {
            writeln!(out, "- [ ] **{}**  ", md(l.text))?;
            writeln!(out, "  *{done_when}* {}", md(l.done_when))?;
        }
        writeln!(out)?;
    }
    if let Some(p) = r.progress {
        super::current::report_markdown(out, p)?;
    }
    if let Some(c) = r.change {
        writeln!(
            out,
            "## {}",
            crate::t!("report-since", date = md(side_when(&c.before)))
        )?;
        writeln!(out)?;
        super::markdown::change_body(out, set, c, false)?;
        writeln!(out)?;
    }
    if let Some(f) = r.feedback {
        super::markdown::feedback(out, set, f, 2)?;
        writeln!(out)?;
    }
    writeln!(out, "## {}", crate::t!("report-how"))?;
    writeln!(out)?;
    writeln!(out, "{}", crate::t!("report-method"))?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        crate::t!("report-rubrics", list = md(&rubric_refs(a)))
    )
}

pub(super) fn side_when(s: &crate::compare::Side) -> &str {
    super::day(s.date.as_deref(), &s.created)
}

/// Barriers that switched and plan actions that moved, as sentences.
pub(super) fn change_lines(set: &RubricSet, c: &Comparison) -> Vec<String> {
    let names = |ids: &[String]| super::dimension_names(set, ids);
    let mut lines = Vec::new();
    if !c.barriers_off.is_empty() {
        lines.push(crate::t!(
            "report-barriers-off",
            names = names(&c.barriers_off)
        ));
    }
    if !c.barriers_on.is_empty() {
        lines.push(crate::t!(
            "report-barriers-on",
            names = names(&c.barriers_on)
        ));
    }
    if c.barriers_on.is_empty() && c.barriers_off.is_empty() {
        lines.push(crate::t!("report-no-switch"));
    }
    let texts = |list: &[crate::compare::PlanChange]| {
        list.iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join(&crate::t!("list-separator"))
    };
    if !c.plan_out.is_empty() {
        lines.push(crate::t!("report-left-plan", actions = texts(&c.plan_out)));
    }
    if !c.plan_in.is_empty() {
        lines.push(crate::t!("report-new-in-plan", actions = texts(&c.plan_in)));
    }
    for d in &c.done {
        lines.push(crate::t!(
            "report-done",
            action = super::current::done_line(set, d)
        ));
    }
    lines
}

pub(super) fn rubric_refs(a: &Assessment) -> String {
    a.rubrics
        .iter()
        .map(|r| {
            format!(
                "{} {} (sha256 {})",
                r.id,
                r.version,
                r.sha256.get(..12).unwrap_or(&r.sha256)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}
