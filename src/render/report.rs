//! `leadgap report`: one assessment written up for the person it describes, as Markdown or
//! as a single self-contained HTML page (inline SVG charts, no scripts, nothing fetched,
//! print CSS for A4).

use std::fmt::Write as _;
use std::io::{self, Write};

use super::markdown::cell as md;
use super::{PlanLine, change, dimension_name, out_of_100, percent, points, saved_plan_lines};
use crate::compare::Comparison;
use crate::feedback::Feedback;
use crate::rubric::{Kind, RubricSet};
use crate::store::Assessment;
use crate::text::clean;

pub use super::chart::svg_chart;

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
                name: found.map_or_else(|| d.id.clone(), |(_, dim)| dim.name.clone()),
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
fn subject(a: &Assessment) -> String {
    a.subject
        .as_deref()
        .map_or_else(|| crate::t!("report-unnamed"), str::to_string)
}

/// "Jane Doe, self-assessment of 2026-11-02"; "Jane Doe, rated by a coach on 2026-11-23".
fn title_line(a: &Assessment) -> String {
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
fn label(text: &str) -> String {
    crate::t!("report-label", label = text)
}

/// The plan split by horizon: what to do in the first 30 days, by 60, by 90.
fn by_horizon<'a>(lines: &[PlanLine<'a>]) -> Vec<(u32, Vec<PlanLine<'a>>)> {
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
fn headline(set: &RubricSet, a: &Assessment) -> (Vec<String>, Vec<String>) {
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

fn list_or_none(names: &[String]) -> String {
    if names.is_empty() {
        crate::t!("report-none")
    } else {
        names.join(", ")
    }
}

/// The words of one kind's section: its heading, the first column, the figure and its mark.
struct KindWords {
    title: String,
    one: String,
    figure: String,
    mark: String,
}

fn kind_words(kind: Kind) -> KindWords {
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
fn text_bar(level: Option<f64>, mark: Option<f64>) -> String {
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

fn side_when(s: &crate::compare::Side) -> &str {
    super::day(s.date.as_deref(), &s.created)
}

/// Barriers that switched and plan actions that moved, as sentences.
fn change_lines(set: &RubricSet, c: &Comparison) -> Vec<String> {
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
            .join("; ")
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

fn rubric_refs(a: &Assessment) -> String {
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

// ---------------------------------------------------------------------------------------------
// HTML

/// Text safe in HTML content and attribute values, after [`clean`].
pub fn html_escape(s: &str) -> String {
    escape(&clean(s))
}

/// leadgap's own text (a message, never text from a file) safe in HTML content and attribute
/// values: escaped, but neither cleaned nor cut, so a long paragraph stays whole.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Opens a table: a text column, right-aligned figure columns, and a last text column.
/// Headings are escaped here.
fn table_head(h: &mut String, first: &str, figures: &[String]) {
    let _ = write!(h, "<table><thead><tr><th>{}</th>", html_escape(first));
    for f in figures {
        let _ = write!(h, "<th class=\"n\">{}</th>", html_escape(f));
    }
    h.push_str("<th></th></tr></thead><tbody>\n");
}

/// One row of a table opened by [`table_head`]; text is escaped here.
fn table_row(h: &mut String, first: &str, figures: &[String], last: &str) {
    let _ = write!(h, "<tr><td>{}</td>", html_escape(first));
    for f in figures {
        let _ = write!(h, "<td class=\"n\">{}</td>", html_escape(f));
    }
    let _ = writeln!(h, "<td>{}</td></tr>", html_escape(last));
}

const STYLE: &str = r#"
:root { color: #111; background: #fff; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 11pt; line-height: 1.4;
       max-width: 760px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: 2px; margin-top: 1.6em; }
h3 { font-size: 12pt; margin-bottom: 0.3em; }
.who { font-size: 12pt; color: #333; margin-top: 0; }
.figures { display: flex; gap: 2em; margin: 0.8em 0; }
.figure { border: 1px solid #999; padding: 0.4em 1em; }
.figure b { display: block; font-size: 18pt; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; }
th, td { border-bottom: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; white-space: nowrap; }
ol.plan li { margin-bottom: 0.5em; }
.done { color: #333; font-style: italic; }
.chart { display: block; max-width: 100%; height: auto; margin: 0.5em 0; }
.method { font-size: 9pt; color: #333; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  table, .chart, li, figure { break-inside: avoid; }
}
"#;

pub fn html(out: &mut dyn Write, set: &RubricSet, r: Report<'_>) -> io::Result<()> {
    let a = r.assessment;
    let e = html_escape;
    let notes = Notes::new();
    let mut h = String::new();
    let title = crate::t!("report-title");
    super::html_head(
        &mut h,
        crate::i18n::current().tag(),
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        &crate::t!("report-page-title", name = subject(a)),
        STYLE,
    );
    let _ = write!(
        h,
        "<h1>{}</h1>\n<p class=\"who\">{}</p>\n",
        escape(&title),
        e(&title_line(a))
    );
    let (gaps, active) = headline(set, a);
    let readiness = crate::t!("report-readiness");
    let load = crate::t!("report-barrier-load");
    let _ = write!(
        h,
        r#"<h2>{}</h2>
<div class="figures"><div class="figure">{}<b>{}</b></div><div class="figure">{}<b>{}</b></div></div>
<p><b>{}</b> {}<br><b>{}</b> {}</p>
"#,
        escape(&crate::t!("report-summary")),
        escape(&readiness),
        out_of_100(a.readiness),
        escape(&load),
        out_of_100(a.barrier_load),
        escape(&label(&crate::t!("report-largest-gaps"))),
        e(&list_or_none(&gaps)),
        escape(&label(&crate::t!("report-active-barriers"))),
        e(&list_or_none(&active))
    );
    for kind in [Kind::Traits, Kind::Barriers] {
        let bars = bars(set, a, kind);
        if bars.is_empty() {
            continue;
        }
        let w = kind_words(kind);
        let _ = write!(
            h,
            "<h2>{}</h2>\n<figure>{}</figure>\n",
            escape(&w.title),
            svg_chart(kind, &bars)
        );
        table_head(&mut h, &w.one, &[w.figure, w.mark]);
        for b in &bars {
            let note = b.note(kind, &notes);
            table_row(&mut h, &b.name, &[percent(b.level), percent(b.mark)], note);
        }
        h.push_str("</tbody></table>\n");
    }
    let _ = writeln!(h, "<h2>{}</h2>", escape(&crate::t!("report-plan")));
    let lines = saved_plan_lines(a, r.top);
    if lines.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", escape(&crate::t!("report-no-action")));
    }
    let done_when = escape(&crate::t!("report-done-when"));
    for (horizon, group) in by_horizon(&lines) {
        let _ = writeln!(
            h,
            "<h3>{}</h3>\n<ol class=\"plan\">",
            escape(&crate::t!("report-within-days", days = horizon))
        );
        for l in group {
            let _ = writeln!(
                h,
                "<li>{}<br><span class=\"done\">{done_when} {}</span></li>",
                e(l.text),
                e(l.done_when)
            );
        }
        h.push_str("</ol>\n");
    }
    if let Some(p) = r.progress {
        super::current::report_html(&mut h, p);
    }
    if let Some(c) = r.change {
        let _ = write!(
            h,
            "<h2>{}</h2>\n<p>{} {} → {} · {} {} → {}</p>\n",
            e(&crate::t!("report-since", date = side_when(&c.before))),
            escape(&readiness),
            out_of_100(c.before.readiness),
            out_of_100(c.after.readiness),
            escape(&load),
            out_of_100(c.before.barrier_load),
            out_of_100(c.after.barrier_load)
        );
        table_head(
            &mut h,
            &crate::t!("report-dimension"),
            &[
                crate::t!("report-then"),
                crate::t!("report-now"),
                crate::t!("report-change"),
            ],
        );
        for d in &c.dimensions {
            table_row(
                &mut h,
                dimension_name(set, &d.id),
                &[
                    percent(d.before),
                    percent(d.after),
                    change(d.before, d.after),
                ],
                super::direction(d.direction),
            );
        }
        h.push_str("</tbody></table>\n<ul>\n");
        for line in change_lines(set, c) {
            let _ = writeln!(h, "<li>{}</li>", e(&line));
        }
        h.push_str("</ul>\n");
    }
    if let Some(f) = r.feedback {
        feedback_html(&mut h, set, f);
    }
    let _ = write!(
        h,
        "<h2>{}</h2>\n<p class=\"method\">{}</p>\n<p class=\"method\">{}</p>\n</body>\n</html>\n",
        escape(&crate::t!("report-how")),
        escape(&crate::t!("report-method")),
        e(&crate::t!("report-rubrics", list = rubric_refs(a)))
    );
    out.write_all(h.as_bytes())
}

fn feedback_html(h: &mut String, set: &RubricSet, f: &Feedback) {
    let e = html_escape;
    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<p>{}</p>",
        escape(&crate::t!("report-360")),
        e(&crate::t!(
            "report-rated-by",
            raters = super::raters_line(f)
        ))
    );
    let shown: Vec<_> = f.raters.iter().filter(|c| c.shown).collect();
    let mut head = vec![
        crate::t!("report-self"),
        crate::t!("report-others"),
        "Δ".into(),
    ];
    head.extend(shown.iter().map(|c| super::group_label(c.rater, c.n)));
    table_head(h, &crate::t!("report-dimension"), &head);
    for d in &f.dimensions {
        let mut figures = vec![
            percent(d.myself),
            percent(d.others),
            points(d.others, d.myself),
        ];
        figures.extend(shown.iter().map(|c| percent(d.group_level(c.rater))));
        let name = match d.kind {
            Kind::Traits => dimension_name(set, &d.id).to_string(),
            Kind::Barriers => crate::t!("report-as-barrier", name = dimension_name(set, &d.id)),
        };
        table_row(
            h,
            &name,
            &figures,
            &d.finding.map(|x| x.label()).unwrap_or_default(),
        );
    }
    h.push_str("</tbody></table>\n");
    for (label, text) in super::findings(set, f) {
        let _ = writeln!(h, "<p><b>{label}</b>: {}</p>", e(&text));
    }
    super::comments::html(h, set, f);
}
