//! `feedback` and `cohort`: tables of a group of answer files, for a person in a terminal.

use std::io::{self, Write};

use comfy_table::Cell;

use super::table::{COMPACT, emit, new_table, opt_num, right};
use super::{Look, dimension_name, num, percent, wrap};
use crate::rubric::{Kind, RubricSet};
use crate::t;
use crate::text::clean;

/// The rows of each kind of dimension that has any, traits first, with the kind and the
/// heading of its table's first column: each kind gets a table of its own.
fn by_kind<T>(rows: &[T], kind_of: impl Fn(&T) -> Kind) -> Vec<(Kind, String, Vec<&T>)> {
    [
        (Kind::Traits, t!("table-head-trait")),
        (Kind::Barriers, t!("table-head-barrier")),
    ]
    .into_iter()
    .map(|(kind, title)| {
        let of_kind: Vec<&T> = rows.iter().filter(|r| kind_of(r) == kind).collect();
        (kind, title, of_kind)
    })
    .filter(|(_, _, of_kind)| !of_kind.is_empty())
    .collect()
}

/// `feedback`: per person, self against others, dimension by dimension, then the findings.
pub fn feedback(
    out: &mut dyn Write,
    set: &RubricSet,
    f: &crate::feedback::Feedback,
    look: Look,
) -> io::Result<()> {
    let unnamed = t!("table-unnamed");
    let subject = clean(f.subject.as_deref().unwrap_or(&unnamed));
    let title = wrap(&t!("table-360-title", subject = subject), look.width);
    writeln!(out, "{}", look.bold().apply_to(title))?;
    writeln!(out, "{}", wrap(&super::raters_line(f), look.width))?;
    let shown: Vec<_> = f.raters.iter().filter(|c| c.shown).collect();
    let (blind_spot, hidden_strength) = (t!("table-blind-spot"), t!("table-hidden-strength"));
    for (_, title, dims) in by_kind(&f.dimensions, |d| d.kind) {
        writeln!(out)?;
        let mut t = new_table(look, COMPACT);
        let mut header = vec![
            title,
            t!("table-group-self"),
            t!("table-head-others"),
            "Δ".into(),
        ];
        header.extend(shown.iter().map(|c| super::group_label(c.rater, c.n)));
        header.push(String::new());
        t.set_header(header);
        for d in dims {
            let mut row = vec![
                Cell::new(clean(dimension_name(set, &d.id))),
                right(percent(d.myself)),
                right(percent(d.others)),
                right(super::points(d.others, d.myself)),
            ];
            row.extend(shown.iter().map(|c| right(percent(d.group_level(c.rater)))));
            row.push(Cell::new(match d.finding {
                Some(crate::feedback::Finding::BlindSpot) => {
                    look.alert().apply_to(&blind_spot).to_string()
                }
                Some(crate::feedback::Finding::HiddenStrength) => {
                    look.good().apply_to(&hidden_strength).to_string()
                }
                None => String::new(),
            }));
            t.add_row(row);
        }
        emit(out, &mut t)?;
    }
    for (label, text) in super::findings(set, f) {
        writeln!(
            out,
            "{}",
            wrap(&t!("table-finding", label = label, text = text), look.width)
        )?;
    }
    super::comments::text(out, set, f, look)
}

/// `cohort`: the group's figures per dimension, then the questions that do not hang
/// together with the rest of their dimension.
pub fn cohort(
    out: &mut dyn Write,
    set: &RubricSet,
    c: &crate::cohort::Cohort,
    look: Look,
) -> io::Result<()> {
    let summary = |s: &crate::cohort::Summary| match (s.median, s.q1, s.q3) {
        (Some(m), Some(a), Some(b)) => t!(
            "cohort-median",
            median = format!("{m:.0}"),
            q1 = format!("{a:.0}"),
            q3 = format!("{b:.0}")
        ),
        _ => t!("table-na"),
    };
    let title = t!("cohort-title");
    writeln!(
        out,
        "{}{}{}",
        look.bold().apply_to(&title),
        super::after_label(&title),
        t!("cohort-respondents", count = c.respondents)
    )?;
    writeln!(
        out,
        "{}",
        t!(
            "table-headline",
            readiness = summary(&c.readiness),
            barrier_load = summary(&c.barrier_load)
        )
    )?;
    if let Some(me) = &c.me {
        let place = |p: &crate::cohort::Place| match (p.value, p.percentile) {
            (Some(v), Some(pc)) => t!(
                "cohort-place",
                value = format!("{v:.0}"),
                percentile = format!("{pc:.0}")
            ),
            (Some(v), None) => format!("{v:.0}"),
            _ => t!("table-na"),
        };
        writeln!(
            out,
            "{}",
            wrap(
                &t!(
                    "cohort-me",
                    who = clean(me.subject.as_deref().unwrap_or(&me.file)),
                    readiness = place(&me.readiness),
                    barrier_load = place(&me.barrier_load)
                ),
                look.width
            )
        )?;
    }
    let with_me = c.me.is_some();
    let whole = |x: Option<f64>| x.map_or_else(|| "–".to_string(), |v| format!("{:.0}", v * 100.0));
    for (kind, title, dims) in by_kind(&c.dimensions, |d| d.kind) {
        let flag = match kind {
            Kind::Traits => t!("table-head-gap"),
            Kind::Barriers => t!("cohort-head-active"),
        };
        writeln!(out)?;
        let mut t = new_table(look, COMPACT);
        let mut header = vec![
            title,
            "n".to_string(),
            t!("cohort-head-mean"),
            t!("cohort-head-sd"),
            t!("cohort-head-median"),
            t!("cohort-head-iqr"),
            flag,
            t!("cohort-head-alpha"),
        ];
        if with_me {
            header.extend([t!("cohort-head-me"), t!("cohort-head-pct")]);
        }
        t.set_header(header);
        for d in dims {
            let iqr = match (d.level.q1, d.level.q3) {
                (Some(a), Some(b)) => format!("{:.0}–{:.0}", a * 100.0, b * 100.0),
                _ => "–".to_string(),
            };
            let mut row = vec![
                Cell::new(clean(dimension_name(set, &d.id))),
                right(d.level.n.to_string()),
                right(whole(d.level.mean)),
                right(whole(d.level.sd)),
                right(whole(d.level.median)),
                right(iqr),
                right(percent(d.share)),
                right(opt_num(d.alpha)),
            ];
            if with_me {
                let me = d.me.unwrap_or(crate::cohort::Place {
                    value: None,
                    percentile: None,
                });
                row.push(right(whole(me.value)));
                row.push(right(
                    me.percentile.map_or("–".into(), |p| format!("{p:.0}")),
                ));
            }
            t.add_row(row);
        }
        emit(out, &mut t)?;
    }
    writeln!(
        out,
        "{}",
        wrap(
            &format!(
                "{}{}",
                t!("cohort-note"),
                if with_me {
                    t!("cohort-note-me")
                } else {
                    String::new()
                }
            ),
            look.width
        )
    )?;
    let weak: Vec<String> = c
        .dimensions
        .iter()
        .flat_map(|d| {
            d.items
                .iter()
                .filter(|i| i.item_total.is_some_and(|r| r < crate::cohort::WEAK_ITEM))
                .map(move |i| (d, i))
        })
        .map(|(d, i)| {
            t!(
                "cohort-weak-item",
                question = clean(&i.id),
                dimension = clean(&d.id),
                r = num(i.item_total.unwrap_or_default())
            )
        })
        .collect();
    if !weak.is_empty() {
        writeln!(out)?;
        let line = t!(
            "cohort-weak",
            under = num(crate::cohort::WEAK_ITEM),
            list = weak.join(&t!("table-list-comma"))
        );
        writeln!(out, "{}", wrap(&line, look.width))?;
    }
    Ok(())
}
