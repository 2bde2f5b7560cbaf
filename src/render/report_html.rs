//! The report as one HTML page (`report --format html`): the same sections as the Markdown
//! report, with inline charts, printable.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::chart::svg_chart;
use super::report::{
    Notes, Report, bars, by_horizon, change_lines, headline, kind_words, label, list_or_none,
    rubric_refs, side_when, subject, title_line,
};
use super::{change, dimension_name, out_of_100, percent, points, saved_plan_lines};
use crate::feedback::Feedback;
use crate::rubric::{Kind, RubricSet};
use crate::text::clean;

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
