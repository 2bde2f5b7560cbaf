//! The report's charts: inline SVG, drawn to read in grey on paper.

use std::fmt::Write as _;

use super::percent;
use super::report::{Bar, html_escape};
use crate::rubric::Kind;
use crate::text::clean;

const CHART_WIDTH: f64 = 680.0;
const LABEL_WIDTH: f64 = 260.0;
const VALUE_WIDTH: f64 = 56.0;
const ROW: f64 = 24.0;
const TOP: f64 = 28.0;

/// A horizontal bar chart of levels with their targets or thresholds, drawn to read in grey
/// on paper: flagged bars dark, others light, marks as black ticks, a legend on top.
pub fn svg_chart(kind: Kind, bars: &[Bar]) -> String {
    let plot = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let height = TOP + ROW * bars.len() as f64 + 22.0;
    let (title, mark, flagged) = match kind {
        Kind::Traits => ("Trait levels against targets", "target", "short of target"),
        Kind::Barriers => ("Barrier severities", "threshold", "active"),
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" width="{CHART_WIDTH}" height="{height}" viewBox="0 0 {CHART_WIDTH} {height}" font-family="Helvetica, Arial, sans-serif" font-size="12"><title>{title}</title>"##
    );
    // Legend.
    let _ = write!(
        s,
        r##"<rect x="{LABEL_WIDTH}" y="6" width="12" height="10" fill="#333"/><text x="{}" y="15">{flagged}</text><rect x="{}" y="6" width="12" height="10" fill="#bbb"/><text x="{}" y="15">{}</text><line x1="{}" y1="4" x2="{}" y2="18" stroke="#000" stroke-width="2"/><text x="{}" y="15">{mark}</text>"##,
        LABEL_WIDTH + 16.0,
        LABEL_WIDTH + 120.0,
        LABEL_WIDTH + 136.0,
        match kind {
            Kind::Traits => "target met",
            Kind::Barriers => "below threshold",
        },
        LABEL_WIDTH + 250.0,
        LABEL_WIDTH + 250.0,
        LABEL_WIDTH + 258.0,
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
        let mut name = clean(&b.name).into_owned();
        if name.chars().count() > 40 {
            name = name.chars().take(39).collect::<String>() + "…";
        }
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
                    r##"<text x="{:.1}" y="{:.1}" fill="#555" font-style="italic">too few answers</text>"##,
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
