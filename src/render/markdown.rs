//! Markdown, to paste into notes or hand to a coach.

use std::io::{self, Write};

use super::{Scored, action, num, out_of_100, who};
use crate::rubric::{Kind, RubricSet};
use crate::score::Status;
use crate::text::clean;

/// Text safe inside a Markdown table cell: cleaned, pipes escaped.
fn cell(s: &str) -> String {
    clean(s).replace('|', "\\|")
}

pub fn scores(out: &mut dyn Write, set: &RubricSet, s: Scored<'_>) -> io::Result<()> {
    writeln!(out, "# {}", cell(&who(s.sheet)))?;
    writeln!(out)?;
    writeln!(
        out,
        "**Readiness:** {} · **Barrier load:** {} · *{}*",
        out_of_100(s.scores.readiness),
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
        match rubric.kind {
            Kind::Traits => {
                writeln!(out, "| Trait | Level | Mean | Target | Gap |")?;
                writeln!(out, "|---|---:|---:|---:|---:|")?;
            }
            Kind::Barriers => {
                writeln!(out, "| Barrier | Severity | Mean | Threshold | Status |")?;
                writeln!(out, "|---|---:|---:|---:|---|")?;
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
            if d.status == Status::Insufficient {
                writeln!(
                    out,
                    "| {} | insufficient ({}/{} answered) | | | |",
                    cell(&dim.name),
                    d.answered,
                    d.questions
                )?;
                continue;
            }
            let level = format!("{:.0}%", d.level.unwrap_or(0.0) * 100.0);
            let mean = num(d.mean.unwrap_or(0.0));
            match rubric.kind {
                Kind::Traits => {
                    let gap = d.gap.unwrap_or(0.0);
                    let gap = if gap > 0.0 { num(gap) } else { "met".into() };
                    let target = num(dim.target.unwrap_or_default());
                    writeln!(
                        out,
                        "| {} | {level} | {mean} | {target} | {gap} |",
                        cell(&dim.name)
                    )?;
                }
                Kind::Barriers => {
                    let status = if d.active == Some(true) {
                        "**active**"
                    } else {
                        "below"
                    };
                    let threshold = num(dim.threshold.unwrap_or_default());
                    writeln!(
                        out,
                        "| {} | {level} | {mean} | {threshold} | {status} |",
                        cell(&dim.name)
                    )?;
                }
            }
        }
    }
    writeln!(out)?;
    writeln!(out, "## Plan")?;
    writeln!(out)?;
    if s.scores.plan.is_empty() {
        writeln!(out, "No action is called for yet.")?;
    }
    for (i, item) in s.scores.plan.iter().enumerate() {
        let Some(a) = action(set, &item.id) else {
            continue;
        };
        writeln!(
            out,
            "{}. **{} days** — {}  \n   *Done when:* {} *(score {})*",
            i + 1,
            item.horizon,
            cell(&a.text),
            cell(&a.done_when),
            num(item.score)
        )?;
    }
    Ok(())
}
