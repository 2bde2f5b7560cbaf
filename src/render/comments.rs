//! Others' comments in a 360 view (SPEC section 9), for the terminal, Markdown and HTML: by
//! group, in the order [`crate::feedback::set_comments`] sorted them.
//!
//! [`crate::feedback::set_comments`]: crate::feedback::Feedback::set_comments

use std::fmt::Write as _;
use std::io::{self, Write};

use super::Look;
use crate::comments::topic_name;
use crate::feedback::{COMMENT_GROUPS, Feedback};
use crate::rubric::RubricSet;

/// A group's heading.
fn heading(group: &str) -> String {
    match group {
        "manager" => crate::t!("feedback-comments-manager"),
        "peers" => crate::t!("feedback-comments-peers"),
        "reports" => crate::t!("feedback-comments-reports"),
        "coach" => crate::t!("feedback-comments-coach"),
        _ => crate::t!("feedback-comments-others"),
    }
}

/// Each group with comments: its heading, then (topic as read, text) in order.
fn groups(set: &RubricSet, f: &Feedback) -> Vec<(String, Vec<(String, String)>)> {
    COMMENT_GROUPS
        .iter()
        .filter_map(|&g| {
            let lines: Vec<(String, String)> = f
                .comments
                .iter()
                .filter(|c| c.group == g)
                .map(|c| (topic_name(&c.topic, set).into_owned(), c.text.clone()))
                .collect();
            (!lines.is_empty()).then_some((heading(g), lines))
        })
        .collect()
}

/// Why some comments are not shown, when some are not.
fn withheld(f: &Feedback) -> Option<String> {
    (f.comments_withheld > 0)
        .then(|| crate::t!("feedback-comments-withheld", count = f.comments_withheld))
}

/// For the terminal: text cleaned and wrapped to the width.
pub fn text(out: &mut dyn Write, set: &RubricSet, f: &Feedback, look: Look) -> io::Result<()> {
    let groups = groups(set, f);
    let note = withheld(f);
    if groups.is_empty() && note.is_none() {
        return Ok(());
    }
    writeln!(
        out,
        "\n{}",
        look.bold().apply_to(crate::t!("feedback-comments"))
    )?;
    let width = usize::from(look.width);
    for (heading, lines) in groups {
        writeln!(out, "{heading}")?;
        for (topic, text) in lines {
            let line = format!(
                "{}: {}",
                crate::text::clean(&topic),
                crate::text::clean(&text)
            );
            let options = crate::text::wrap_options(width.max(20))
                .initial_indent("  ")
                .subsequent_indent("    ");
            writeln!(out, "{}", textwrap::fill(&line, options))?;
        }
    }
    if let Some(note) = note {
        writeln!(out, "{}", super::wrap(&note, look.width))?;
    }
    Ok(())
}

/// For Markdown: a heading at `level`, then a list per group; text escaped.
pub fn markdown(
    out: &mut dyn Write,
    set: &RubricSet,
    f: &Feedback,
    level: usize,
) -> io::Result<()> {
    let groups = groups(set, f);
    let note = withheld(f);
    if groups.is_empty() && note.is_none() {
        return Ok(());
    }
    let hashes = "#".repeat(level.clamp(1, 6));
    writeln!(out, "\n{hashes} {}\n", crate::t!("feedback-comments"))?;
    let cell = super::markdown::cell;
    for (heading, lines) in groups {
        writeln!(out, "**{heading}**\n")?;
        for (topic, text) in lines {
            writeln!(out, "- {}: {}", cell(&topic), cell(&text))?;
        }
        writeln!(out)?;
    }
    if let Some(note) = note {
        writeln!(out, "{note}")?;
    }
    Ok(())
}

/// For HTML: a heading, then a list per group; text escaped.
pub fn html(h: &mut String, set: &RubricSet, f: &Feedback) {
    let groups = groups(set, f);
    let note = withheld(f);
    if groups.is_empty() && note.is_none() {
        return;
    }
    let e = super::report_html::html_escape;
    let _ = writeln!(h, "<h3>{}</h3>", e(&crate::t!("feedback-comments")));
    for (heading, lines) in groups {
        let _ = writeln!(h, "<h4>{}</h4>\n<ul>", e(&heading));
        for (topic, text) in lines {
            let _ = writeln!(h, "<li><b>{}</b>: {}</li>", e(&topic), e(&text));
        }
        h.push_str("</ul>\n");
    }
    if let Some(note) = note {
        let _ = writeln!(h, "<p>{}</p>", e(&note));
    }
}
