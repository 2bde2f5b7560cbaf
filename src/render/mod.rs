//! Output formats: one module per format, all fed the same scored results.

pub mod chart;
pub mod comments;
pub mod csv;
pub mod current;
pub mod group_table;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod report;
pub mod report_html;
pub mod rubric_table;
pub mod table;

use console::Style;

use crate::answers::AnswerSheet;
use crate::rubric::RubricSet;
use crate::score::Scores;
use crate::store::Assessment;

/// One scored answer file, ready to print.
#[derive(Debug, Clone, Copy)]
pub struct Scored<'a> {
    /// How the file is named: its path as given, or `<stdin>`.
    pub file: &'a str,
    pub sheet: &'a AnswerSheet,
    pub scores: &'a Scores<'a>,
}

/// How terminal output looks: its width and whether it is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub width: u16,
    pub color: bool,
}

impl Look {
    /// Plain, 80 columns: what a pipe and a snapshot get.
    pub const PLAIN: Look = Look {
        width: 80,
        color: false,
    };

    fn style(&self, style: Style) -> Style {
        style.force_styling(self.color)
    }

    pub fn bold(&self) -> Style {
        self.style(Style::new().bold())
    }

    pub fn warn(&self) -> Style {
        self.style(Style::new().yellow())
    }

    pub fn alert(&self) -> Style {
        self.style(Style::new().red().bold())
    }

    pub fn good(&self) -> Style {
        self.style(Style::new().green())
    }

    pub fn dim(&self) -> Style {
        self.style(Style::new().dim())
    }
}

/// A bar of `width` cells for a level in 0..1, in eighths of a cell.
pub fn bar(level: f64, width: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = (level.clamp(0.0, 1.0) * (width * 8) as f64).round() as usize;
    let (full, part) = (eighths / 8, eighths % 8);
    let mut s = "█".repeat(full);
    if full < width {
        if part > 0 {
            s.push(PARTS[part]);
        }
        let used = full + usize::from(part > 0);
        s.push_str(&"·".repeat(width - used));
    }
    s
}

/// Prose wrapped to the terminal's width, one string with newlines.
pub fn wrap(text: &str, width: u16) -> String {
    crate::text::fill(text, usize::from(width))
}

/// A figure rounded for people: two decimals.
pub fn num(x: f64) -> String {
    format!("{x:.2}")
}

/// A 0..100 figure rounded to a whole number, or `n/a`.
pub fn out_of_100(x: Option<f64>) -> String {
    x.map_or_else(|| crate::t!("table-na"), |v| format!("{v:.0}/100"))
}

/// Items joined as a sentence says them: "a, b and c".
pub fn join_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let comma = crate::t!("table-list-comma");
            crate::t!(
                "table-list-and",
                rest = rest.join(&comma),
                last = last.as_str()
            )
        }
    }
}

/// What follows a label such as "Done when:" before its text: a space, or nothing after a
/// full-width colon (Chinese "完成标准："), which carries its own space.
pub fn after_label(label: &str) -> &'static str {
    let mut last = [0; 4];
    match label.chars().last() {
        Some(c) if console::measure_text_width(c.encode_utf8(&mut last)) == 2 => "",
        _ => " ",
    }
}

/// A rater's role as a word in a sentence or a heading: "self", "manager".
pub fn rater_name(rater: crate::answers::Rater) -> String {
    use crate::answers::Rater;
    match rater {
        Rater::Myself => crate::t!("table-rater-self"),
        Rater::Manager => crate::t!("table-rater-manager"),
        Rater::Peer => crate::t!("table-rater-peer"),
        Rater::Report => crate::t!("table-rater-report"),
        Rater::Coach => crate::t!("table-rater-coach"),
    }
}

/// A rubric's kind as a word: "traits", "barriers".
pub fn kind_name(kind: crate::rubric::Kind) -> String {
    match kind {
        crate::rubric::Kind::Traits => crate::t!("table-kind-traits"),
        crate::rubric::Kind::Barriers => crate::t!("table-kind-barriers"),
    }
}

/// One line of a plan as printed, whether it comes from a live rubric or a saved assessment.
#[derive(Debug, Clone, Copy)]
pub struct PlanLine<'a> {
    pub id: &'a str,
    pub horizon: u32,
    pub score: f64,
    pub text: &'a str,
    pub done_when: &'a str,
}

/// The plan of freshly computed scores, its texts taken from the rubrics.
pub fn plan_lines<'a>(set: &'a RubricSet, scores: &'a Scores) -> Vec<PlanLine<'a>> {
    scores
        .plan
        .iter()
        .map(|p| {
            let a = set.action(&p.id);
            PlanLine {
                id: &p.id,
                horizon: p.horizon,
                score: p.score,
                text: a.map_or(&p.id, |a| &a.text),
                done_when: a.map_or("", |a| &a.done_when),
            }
        })
        .collect()
}

/// The plan kept with a saved assessment, cut to `top`.
pub fn saved_plan_lines(a: &Assessment, top: usize) -> Vec<PlanLine<'_>> {
    a.plan_of(top)
        .map(|p| PlanLine {
            id: &p.item.id,
            horizon: p.item.horizon,
            score: p.item.score,
            text: &p.text,
            done_when: &p.done_when,
        })
        .collect()
}

/// A dimension's name from the loaded rubrics, or its id when they no longer have it.
pub fn dimension_name<'a>(set: &'a RubricSet, id: &'a str) -> &'a str {
    set.dimension(id).map_or(id, |(_, d)| d.name.as_str())
}

/// Dimensions' names from their ids, cleaned and joined with commas.
pub fn dimension_names(set: &RubricSet, ids: &[String]) -> String {
    ids.iter()
        .map(|id| crate::text::clean(dimension_name(set, id)).into_owned())
        .collect::<Vec<_>>()
        .join(&crate::t!("table-list-comma"))
}

/// "Jane Doe (self, 2026-11-22)" — who the answers describe, for headings.
pub fn who(sheet: &AnswerSheet) -> String {
    who_parts(sheet.subject.as_deref(), sheet.rater, sheet.date.as_deref())
}

pub fn who_parts(
    subject: Option<&str>,
    rater: crate::answers::Rater,
    date: Option<&str>,
) -> String {
    let unnamed;
    let subject = match subject {
        Some(s) => s,
        None => {
            unnamed = crate::t!("table-unnamed");
            &unnamed
        }
    };
    let mut meta = vec![rater_name(rater)];
    if let Some(d) = date {
        // A kept assessment's date may have been edited by hand: cleaned like any text.
        meta.push(crate::text::clean(d).into_owned());
    }
    crate::t!(
        "table-who",
        subject = crate::text::clean(subject),
        meta = meta.join(&crate::t!("table-meta-comma"))
    )
}

/// The day an assessment is of: its answers' `date`, else the day it was saved.
pub fn day<'a>(date: Option<&'a str>, created: &'a str) -> &'a str {
    date.unwrap_or(created.get(..10).unwrap_or(""))
}

/// The change from one level to another as signed percentage points, with an arrow:
/// "▲ +12". The difference of the two figures as shown, so a row always adds up.
pub fn change(from: Option<f64>, to: Option<f64>) -> String {
    let arrow = match shown_difference(from, to) {
        None => return crate::t!("table-na"),
        Some(0) => "=",
        Some(d) if d > 0 => "▲",
        Some(_) => "▼",
    };
    format!("{arrow} {}", points(from, to))
}

/// The difference from one level to another as signed percentage points: "+25", "−30", "0",
/// or `–`; the difference of the two figures as shown.
pub fn points(from: Option<f64>, to: Option<f64>) -> String {
    signed(shown_difference(from, to))
}

/// A signed whole number as people read it: "+3", "−3" (a true minus sign), "0", or `–`.
pub fn signed(n: Option<i64>) -> String {
    match n {
        None => "–".to_string(),
        Some(0) => "0".to_string(),
        Some(n) if n > 0 => format!("+{n}"),
        Some(n) => format!("−{}", -n),
    }
}

fn shown_difference(from: Option<f64>, to: Option<f64>) -> Option<i64> {
    Some(whole_percent(to?) - whole_percent(from?))
}

/// A role as a group's heading: "Manager", "Peers (4)".
pub fn group_label(rater: crate::answers::Rater, n: usize) -> String {
    use crate::answers::Rater;
    match rater {
        Rater::Myself => crate::t!("table-group-self"),
        Rater::Manager => crate::t!("table-group-managers", count = n),
        Rater::Coach => crate::t!("table-group-coaches", count = n),
        Rater::Peer => crate::t!("table-group-peers", count = n),
        Rater::Report => crate::t!("table-group-reports", count = n),
    }
}

/// Who rated a person, for a 360 heading: "self, 1 manager, 4 peers and 2 reports; 1
/// manager and 2 reports counted only in Others, so that ...".
pub fn raters_line(f: &crate::feedback::Feedback) -> String {
    use crate::answers::Rater;
    let noun = |r: Rater, n: usize| match r {
        Rater::Myself if n == 1 => crate::t!("table-raters-self"),
        Rater::Myself => crate::t!("table-raters-selves", count = n),
        Rater::Manager => crate::t!("table-raters-managers", count = n),
        Rater::Peer => crate::t!("table-raters-peers", count = n),
        Rater::Report => crate::t!("table-raters-reports", count = n),
        Rater::Coach => crate::t!("table-raters-coaches", count = n),
    };
    let parts: Vec<String> = f.raters.iter().map(|c| noun(c.rater, c.n)).collect();
    let mut line = if parts.is_empty() {
        crate::t!("table-raters-none")
    } else {
        join_list(&parts)
    };
    let folded: Vec<String> = f
        .raters
        .iter()
        .filter(|c| c.rater != Rater::Myself && !c.shown)
        .map(|c| noun(c.rater, c.n))
        .collect();
    if f.others_withheld {
        line.push_str(&crate::t!(
            "table-raters-withheld",
            min = crate::feedback::MIN_GROUP
        ));
    } else if !folded.is_empty() {
        line.push_str(&crate::t!(
            "table-raters-folded",
            groups = join_list(&folded)
        ));
    }
    line
}

/// What a 360 view found, as (label, sentence) pairs the same in every format: either why
/// there is no comparison, or how to read Δ, then the blind spots and hidden strengths.
/// Names are cleaned; each format escapes the rest its own way.
pub fn findings(set: &RubricSet, f: &crate::feedback::Feedback) -> Vec<(String, String)> {
    use crate::t;
    if f.dimensions.iter().all(|d| d.delta.is_none()) {
        let missing = if f.others_withheld || f.dimensions.iter().any(|d| d.others_withheld) {
            t!("table-findings-withheld")
        } else if f.dimensions.iter().all(|d| d.myself.is_none()) {
            t!("table-findings-no-self")
        } else {
            t!("table-findings-no-others")
        };
        return vec![(t!("table-findings-no-comparison"), missing)];
    }
    let gap = format!("{:.0}", f.gap * 100.0);
    let list = |ids: &[String]| {
        if ids.is_empty() {
            t!("table-none")
        } else {
            dimension_names(set, ids)
        }
    };
    vec![
        ("Δ".to_string(), t!("table-findings-delta")),
        (
            t!("table-findings-blind-spots"),
            t!(
                "table-findings-blind-spots-text",
                gap = gap.as_str(),
                list = list(&f.blind_spots)
            ),
        ),
        (
            t!("table-findings-hidden-strengths"),
            t!(
                "table-findings-hidden-strengths-text",
                gap = gap.as_str(),
                list = list(&f.hidden_strengths)
            ),
        ),
    ]
}

/// Which way a dimension moved, in a word.
/// Looked up once per language: a comparison says it on every row.
pub fn direction(d: crate::compare::Direction) -> &'static str {
    use crate::compare::Direction;
    static WORDS: crate::i18n::PerLang<[String; 4]> = crate::i18n::PerLang::new();
    let words = WORDS.get(|| {
        [
            crate::t!("table-better"),
            crate::t!("table-worse"),
            crate::t!("table-same"),
            crate::t!("table-na"),
        ]
    });
    &words[match d {
        Direction::Better => 0,
        Direction::Worse => 1,
        Direction::Same => 2,
        Direction::Unknown => 3,
    }]
}

/// A level as a whole percentage, or `–`.
/// The opening of a self-contained page, through `<body>`: its language, its
/// Content-Security-Policy, its title (escaped here) and its style. Shared by the report and
/// the rater form.
pub fn html_head(h: &mut String, lang: &str, policy: &str, title: &str, style: &str) {
    use std::fmt::Write as _;
    let _ = write!(
        h,
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="leadgap {version}">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
"#,
        version = env!("CARGO_PKG_VERSION"),
        title = report_html::html_escape(title),
    );
}

/// Where a goal sits on the scale, as a level (0..1): a trait's target mean, or a barrier's
/// threshold (already a level).
pub fn goal_level(scale: &crate::rubric::Scale, goal: crate::rubric::Goal) -> f64 {
    match goal {
        crate::rubric::Goal::Target(t) => (t - scale.min as f64) / scale.span(),
        crate::rubric::Goal::Threshold(t) => t,
    }
}

/// A dimension with too few answers, said the same way in every format.
pub fn too_few(answered: usize, questions: usize) -> String {
    crate::t!("table-too-few", answered = answered, questions = questions)
}

/// The line under the result tables: what the figures are, and what they are for.
pub fn result_note() -> String {
    crate::t!("table-result-note")
}

pub fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |v| format!("{}%", whole_percent(v)))
}

/// A level (0..1) as a whole percent, halves rounded up, as every table shows it.
pub fn whole_percent(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

/// A gap as shown beside its level and target: the difference of the two as shown, so the
/// three figures of a row always add up.
pub fn shown_gap(level: f64, goal: f64) -> String {
    format!("{}%", whole_percent(goal) - whole_percent(level))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_a_sentence_and_labels_keep_one_space() {
        let list =
            |items: &[&str]| join_list(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["self"]), "self");
        assert_eq!(list(&["self", "2 peers"]), "self and 2 peers");
        assert_eq!(
            list(&["self", "1 manager", "2 peers"]),
            "self, 1 manager and 2 peers"
        );
        assert_eq!(after_label("Done when:"), " ");
        assert_eq!(after_label("完成标准："), "");
        assert_eq!(after_label(""), " ");
    }

    #[test]
    fn bars_fill_in_eighths() {
        assert_eq!(bar(0.0, 4), "····");
        assert_eq!(bar(1.0, 4), "████");
        assert_eq!(bar(0.5, 4), "██··");
        assert_eq!(bar(0.5625, 4), "██▎·");
        assert_eq!(bar(7.0, 2), "██");
    }
}
