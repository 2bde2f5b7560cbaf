//! The report's charts: inline SVG, drawn to read in grey on paper.

use std::fmt::Write as _;

use super::percent;
use super::report::Bar;
use super::report_html::{escape, html_escape};
use crate::rubric::Kind;
use crate::text::clean;
use textwrap::core::display_width;

const CHART_WIDTH: f64 = 680.0;
const LABEL_WIDTH: f64 = 260.0;
const VALUE_WIDTH: f64 = 56.0;
const ROW: f64 = 24.0;
const TOP: f64 = 28.0;
/// Room for one column of text at the chart's font size: a Latin letter takes about one
/// column, a Chinese character two.
const COLUMN: f64 = 6.0;
/// The widest a label is shown, in columns; a longer one is cut with `…`.
const LABEL_COLUMNS: usize = 40;

/// `name` cut to at most [`LABEL_COLUMNS`] display columns, `…` included.
fn fit_label(name: &str) -> String {
    console::truncate_str(name, LABEL_COLUMNS, "…").into_owned()
}

/// Where the legend's three items start: after the one before it has room for its words,
/// never sooner than the places English has always used, and pulled left when they would
/// run past the chart.
fn legend_places(flagged: &str, unflagged: &str, mark: &str) -> [f64; 3] {
    let room = |text: &str, gap: f64| 16.0 + display_width(text) as f64 * COLUMN + gap;
    let first = LABEL_WIDTH;
    let second = (first + room(flagged, 10.0)).max(LABEL_WIDTH + 120.0);
    let third = (second + room(unflagged, 10.0)).max(LABEL_WIDTH + 250.0);
    let end = third + 8.0 + display_width(mark) as f64 * COLUMN;
    let shift = (end - CHART_WIDTH).max(0.0).min(first);
    [first - shift, second - shift, third - shift]
}

/// A horizontal bar chart of levels with their targets or thresholds, drawn to read in grey
/// on paper: flagged bars dark, others light, marks as black ticks, a legend on top.
pub fn svg_chart(kind: Kind, bars: &[Bar]) -> String {
    let plot = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let height = TOP + ROW * bars.len() as f64 + 22.0;
    let (title, mark, flagged, unflagged) = match kind {
        Kind::Traits => (
            crate::t!("chart-traits-title"),
            crate::t!("chart-target"),
            crate::t!("chart-short-of-target"),
            crate::t!("chart-target-met"),
        ),
        Kind::Barriers => (
            crate::t!("chart-barriers-title"),
            crate::t!("chart-threshold"),
            crate::t!("report-note-active"),
            crate::t!("chart-below-threshold"),
        ),
    };
    let too_few = escape(&crate::t!("report-too-few-answers"));
    let [x1, x2, x3] = legend_places(&flagged, &unflagged, &mark);
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" width="{CHART_WIDTH}" height="{height}" viewBox="0 0 {CHART_WIDTH} {height}" font-family="Helvetica, Arial, sans-serif" font-size="12"><title>{}</title>"##,
        escape(&title)
    );
    // Legend.
    let _ = write!(
        s,
        r##"<rect x="{x1}" y="6" width="12" height="10" fill="#333"/><text x="{}" y="15">{}</text><rect x="{x2}" y="6" width="12" height="10" fill="#bbb"/><text x="{}" y="15">{}</text><line x1="{x3}" y1="4" x2="{x3}" y2="18" stroke="#000" stroke-width="2"/><text x="{}" y="15">{}</text>"##,
        x1 + 16.0,
        escape(&flagged),
        x2 + 16.0,
        escape(&unflagged),
        x3 + 8.0,
        escape(&mark),
    );
    // Grid at 0, 25, 50, 75 and 100%.
    let bottom = TOP + ROW * bars.len() as f64;
    for i in 0..=4 {
        let x = LABEL_WIDTH + plot * f64::from(i) / 4.0;
        let _ = write!(
            s,
            r##"<line x1="{x:.1}" y1="{TOP}" x2="{x:.1}" y2="{bottom}" stroke="#ddd"/><text x="{x:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}%</text>"##,
            bottom + 14.0,
            i * 25
        );
    }
    for (i, b) in bars.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let name = fit_label(&clean(&b.name));
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
            LABEL_WIDTH - 8.0,
            y + 16.0,
            html_escape(&name)
        );
        match b.level {
            Some(level) => {
                let w = plot * level.clamp(0.0, 1.0);
                let fill = if b.flagged { "#333" } else { "#bbb" };
                let _ = write!(
                    s,
                    r##"<rect x="{LABEL_WIDTH}" y="{:.1}" width="{w:.1}" height="14" fill="{fill}"/><text x="{:.1}" y="{:.1}">{}</text>"##,
                    y + 5.0,
                    CHART_WIDTH - VALUE_WIDTH + 6.0,
                    y + 16.0,
                    percent(Some(level))
                );
            }
            None => {
                let _ = write!(
                    s,
                    r##"<text x="{:.1}" y="{:.1}" fill="#555" font-style="italic">{too_few}</text>"##,
                    LABEL_WIDTH + 4.0,
                    y + 16.0
                );
            }
        }
        if let Some(m) = b.mark {
            let x = LABEL_WIDTH + plot * m.clamp(0.0, 1.0);
            // A white halo under the black tick keeps it visible on a dark bar.
            let _ = write!(
                s,
                r##"<line x1="{x:.1}" y1="{y1:.1}" x2="{x:.1}" y2="{y2:.1}" stroke="#fff" stroke-width="5"/><line x1="{x:.1}" y1="{y1:.1}" x2="{x:.1}" y2="{y2:.1}" stroke="#000" stroke-width="2"/>"##,
                y1 = y + 2.0,
                y2 = y + 22.0
            );
        }
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_cut_by_display_width() {
        let latin = "a".repeat(45);
        assert_eq!(display_width(&fit_label(&latin)), 40);
        assert!(fit_label(&latin).ends_with("a…"));
        assert_eq!(fit_label("Planning"), "Planning");
        // Chinese characters take two columns: 20 of them fill the label.
        let chinese = "战".repeat(25);
        let cut = fit_label(&chinese);
        assert_eq!(cut.chars().filter(|&c| c == '战').count(), 19);
        assert!(display_width(&cut) <= 40);
    }

    #[test]
    fn the_legend_keeps_its_english_places_and_makes_room_for_longer_words() {
        let english = legend_places("short of target", "target met", "target");
        assert_eq!(
            english,
            [LABEL_WIDTH, LABEL_WIDTH + 120.0, LABEL_WIDTH + 250.0]
        );
        let long = legend_places(
            "por debajo del objetivo previsto",
            "objetivo alcanzado del todo",
            "objetivo",
        );
        assert!(long[1] >= long[0] + 16.0 + 32.0 * COLUMN);
        assert!(long[2] >= long[1] + 16.0 + 27.0 * COLUMN);
        assert!(long[2] + 8.0 + 8.0 * COLUMN <= CHART_WIDTH);
    }
}
