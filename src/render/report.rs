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

impl Bar {
    /// A word on the bar: a gap, an active barrier, or too few answers to say.
    pub fn note(&self, kind: Kind) -> &'static str {
        match (kind, self.flagged, self.level.is_some()) {
            (_, _, false) => "too few answers",
            (Kind::Traits, true, _) => "gap",
            (Kind::Barriers, true, _) => "active",
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

/// "a manager", "an ...": the article of a rater's role.
fn article(r: crate::answers::Rater) -> &'static str {
    if r.as_str().starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// "Jane Doe, self-assessment of 2026-11-02"; "Jane Doe, rated by a coach on 2026-11-23".
fn title_line(a: &Assessment) -> String {
    let who = a.subject.as_deref().unwrap_or("Unnamed");
    let when = clean(super::day(a.date.as_deref(), &a.created)).into_owned();
    match a.rater {
        crate::answers::Rater::Myself => format!("{}, self-assessment of {when}", clean(who)),
        r => format!("{}, rated by {} {r} on {when}", clean(who), article(r)),
    }
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
        "none".to_string()
    } else {
        names.join(", ")
    }
}

const METHOD: &str = "Each statement is answered on the rubric's scale; reverse-keyed statements \
are turned around first. A dimension's level is the mean of its answers placed on 0–100% of the \
scale, and it is scored only when at least half of its statements are answered. A trait's gap is \
how far its mean falls short of the target; a barrier is active when its level reaches the \
threshold. Each action is written mainly for one dimension: it scores that dimension's weighted \
gap (or active barrier) in full and half of each other one it helps, and the plan takes the best \
action for each of the most pressing dimensions first. The weights, targets and thresholds are \
the rubric author's judgement, and three to five statements per dimension make each level a \
rough measure: these results are for the person's own development, not for selecting or \
ranking people.";

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
    writeln!(out, "# Leadership readiness report")?;
    writeln!(out)?;
    writeln!(out, "**{}**", md(&title_line(a)))?;
    writeln!(out)?;
    writeln!(out, "## Summary")?;
    writeln!(out)?;
    let (gaps, active) = headline(set, a);
    writeln!(
        out,
        "- **Readiness:** {} — how far the traits reach their targets",
        out_of_100(a.readiness)
    )?;
    writeln!(
        out,
        "- **Barrier load:** {} — how strongly the barriers hold back",
        out_of_100(a.barrier_load)
    )?;
    writeln!(out, "- **Largest gaps:** {}", md(&list_or_none(&gaps)))?;
    writeln!(out, "- **Active barriers:** {}", md(&list_or_none(&active)))?;
    for (kind, title, head, mark) in [
        (Kind::Traits, "Traits", "Level", "target"),
        (Kind::Barriers, "Barriers", "Severity", "threshold"),
    ] {
        let bars = bars(set, a, kind);
        if bars.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "## {title}")?;
        writeln!(out)?;
        writeln!(
            out,
            "| {} | {head} | Chart (┃ = {mark}) | |",
            &title[..title.len() - 1]
        )?;
        writeln!(out, "|---|---:|---|---|")?;
        for b in &bars {
            let note = b.note(kind);
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
    writeln!(out, "## Plan")?;
    writeln!(out)?;
    let lines = saved_plan_lines(a, r.top);
    if lines.is_empty() {
        writeln!(out, "No gap or active barrier calls for an action.")?;
    }
    for (horizon, group) in by_horizon(&lines) {
        writeln!(out, "### Within {horizon} days")?;
        writeln!(out)?;
        for l in group {
            writeln!(out, "- [ ] **{}**  ", md(l.text))?;
            writeln!(out, "  *Done when:* {}", md(l.done_when))?;
        }
        writeln!(out)?;
    }
    if let Some(p) = r.progress {
        super::current::report_markdown(out, p)?;
    }
    if let Some(c) = r.change {
        writeln!(out, "## Since {}", md(side_when(&c.before)))?;
        writeln!(out)?;
        super::markdown::change_body(out, set, c, false)?;
        writeln!(out)?;
    }
    if let Some(f) = r.feedback {
        super::markdown::feedback(out, set, f, 2)?;
        writeln!(out)?;
    }
    writeln!(out, "## How these figures are made")?;
    writeln!(out)?;
    writeln!(out, "{METHOD}")?;
    writeln!(out)?;
    writeln!(out, "Rubrics: {}.", md(&rubric_refs(a)))
}

fn side_when(s: &crate::compare::Side) -> &str {
    super::day(s.date.as_deref(), &s.created)
}

/// Barriers that switched and plan actions that moved, as sentences.
fn change_lines(set: &RubricSet, c: &Comparison) -> Vec<String> {
    let names = |ids: &[String]| super::dimension_names(set, ids);
    let mut lines = Vec::new();
    if !c.barriers_off.is_empty() {
        lines.push(format!(
            "Barriers no longer active: {}",
            names(&c.barriers_off)
        ));
    }
    if !c.barriers_on.is_empty() {
        lines.push(format!("Barriers now active: {}", names(&c.barriers_on)));
    }
    if c.barriers_on.is_empty() && c.barriers_off.is_empty() {
        lines.push("No barrier switched on or off.".to_string());
    }
    for (what, list) in [
        ("Left the plan", &c.plan_out),
        ("New in the plan", &c.plan_in),
    ] {
        if !list.is_empty() {
            let texts: Vec<&str> = list.iter().map(|p| p.text.as_str()).collect();
            lines.push(format!("{what}: {}", texts.join("; ")));
        }
    }
    for d in &c.done {
        lines.push(format!("Done: {}", super::current::done_line(set, d)));
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
    let mut out = String::with_capacity(s.len());
    for c in clean(s).chars() {
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
    let mut h = String::new();
    let subject = a.subject.as_deref().unwrap_or("Unnamed");
    super::html_head(
        &mut h,
        "en",
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        &format!("Leadership readiness report: {subject}"),
        STYLE,
    );
    let _ = write!(
        h,
        "<h1>Leadership readiness report</h1>\n<p class=\"who\">{}</p>\n",
        e(&title_line(a))
    );
    let (gaps, active) = headline(set, a);
    let _ = write!(
        h,
        r#"<h2>Summary</h2>
<div class="figures"><div class="figure">Readiness<b>{}</b></div><div class="figure">Barrier load<b>{}</b></div></div>
<p><b>Largest gaps:</b> {}<br><b>Active barriers:</b> {}</p>
"#,
        out_of_100(a.readiness),
        out_of_100(a.barrier_load),
        e(&list_or_none(&gaps)),
        e(&list_or_none(&active))
    );
    for (kind, title) in [(Kind::Traits, "Traits"), (Kind::Barriers, "Barriers")] {
        let bars = bars(set, a, kind);
        if bars.is_empty() {
            continue;
        }
        let _ = write!(
            h,
            "<h2>{title}</h2>\n<figure>{}</figure>\n",
            svg_chart(kind, &bars)
        );
        let (head, mark) = match kind {
            Kind::Traits => ("Level", "Target"),
            Kind::Barriers => ("Severity", "Threshold"),
        };
        table_head(
            &mut h,
            &title[..title.len() - 1],
            &[head.to_string(), mark.to_string()],
        );
        for b in &bars {
            let note = b.note(kind);
            table_row(&mut h, &b.name, &[percent(b.level), percent(b.mark)], note);
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("<h2>Plan</h2>\n");
    let lines = saved_plan_lines(a, r.top);
    if lines.is_empty() {
        h.push_str("<p>No gap or active barrier calls for an action.</p>\n");
    }
    for (horizon, group) in by_horizon(&lines) {
        let _ = writeln!(h, "<h3>Within {horizon} days</h3>\n<ol class=\"plan\">");
        for l in group {
            let _ = writeln!(
                h,
                "<li>{}<br><span class=\"done\">Done when: {}</span></li>",
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
            "<h2>Since {}</h2>\n<p>Readiness {} → {} · Barrier load {} → {}</p>\n",
            e(side_when(&c.before)),
            out_of_100(c.before.readiness),
            out_of_100(c.after.readiness),
            out_of_100(c.before.barrier_load),
            out_of_100(c.after.barrier_load)
        );
        table_head(
            &mut h,
            "Dimension",
            &["Then".into(), "Now".into(), "Change".into()],
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
        "<h2>How these figures are made</h2>\n<p class=\"method\">{}</p>\n<p class=\"method\">Rubrics: {}.</p>\n</body>\n</html>\n",
        e(METHOD),
        e(&rubric_refs(a))
    );
    out.write_all(h.as_bytes())
}

fn feedback_html(h: &mut String, set: &RubricSet, f: &Feedback) {
    let e = html_escape;
    let _ = writeln!(
        h,
        "<h2>360 view</h2>\n<p>Rated by {}.</p>",
        e(&super::raters_line(f))
    );
    let shown: Vec<_> = f.raters.iter().filter(|c| c.shown).collect();
    let mut head = vec!["Self".to_string(), "Others".into(), "Δ".into()];
    head.extend(shown.iter().map(|c| super::group_label(c.rater, c.n)));
    table_head(h, "Dimension", &head);
    for d in &f.dimensions {
        let mut figures = vec![
            percent(d.myself),
            percent(d.others),
            points(d.others, d.myself),
        ];
        figures.extend(shown.iter().map(|c| percent(d.group_level(c.rater))));
        let name = match d.kind {
            Kind::Traits => dimension_name(set, &d.id).to_string(),
            Kind::Barriers => format!("{} (barrier)", dimension_name(set, &d.id)),
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
