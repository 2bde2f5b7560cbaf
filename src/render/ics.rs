//! `plan --format ics`: the current plan as an iCalendar file (RFC 5545) for any calendar
//! program. One all-day event per open action on its due day and one on the day to answer
//! again. Each event's UID is made from the part of the store, the assessment the action
//! comes from and the action's id, so importing a newer file updates the events instead of
//! doubling them. The `icalendar` crate folds lines at 75 octets and ends them with CRLF.

use std::io::{self, Write};

use icalendar::{Calendar, Component, Event, Property, ValueType};
use jiff::civil::Date;

use super::current::status_phrase;
use crate::text::clean;
use crate::tracking::{CurrentPlan, add_days, parse_day};

/// An all-day event on `day`: it starts that day and ends (exclusively) the next.
fn all_day(uid: &str, day: Date, summary: &str, description: &str) -> Event {
    let date = |key: &str, d: Date| {
        Property::new(key, d.strftime("%Y%m%d").to_string())
            .append_parameter(ValueType::Date)
            .done()
    };
    Event::new()
        .uid(uid)
        .summary(&clean(summary))
        .description(&crate::text::clean_lines(description))
        .append_property(date("DTSTART", day))
        .append_property(date("DTEND", add_days(day, 1)))
        .done()
}

/// The calendar of `plan`; `client` is the part of the store it is of.
pub fn calendar(out: &mut dyn Write, plan: &CurrentPlan, client: Option<&str>) -> io::Result<()> {
    let part = client
        .and_then(crate::store::client_slug)
        .map(|slug| format!(".{slug}"))
        .unwrap_or_default();
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", "-//leadgap//plan//EN"));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    let unnamed = crate::t!("table-unnamed");
    let subject = plan.subject.as_deref().unwrap_or(&unnamed);
    cal.name(&clean(&crate::t!("ics-calendar", subject = subject)));
    let done_when = crate::t!("table-done-when");
    for item in plan.open() {
        let Some(due) = parse_day(&item.due) else {
            continue;
        };
        let uid = format!(
            "{}.{}{part}@leadgap",
            item.id,
            item.from.as_deref().unwrap_or("own")
        );
        let description = format!(
            "{done_when}{}{}\n{}",
            super::after_label(&done_when),
            item.done_when,
            crate::t!(
                "ics-now",
                status = status_phrase(item),
                id = item.id.as_str()
            )
        );
        cal.push(all_day(&uid, due, &item.text, &description));
    }
    if let Some(day) = parse_day(&plan.reassess_on) {
        let uid = format!("reassess.{}{part}@leadgap", plan.assessment);
        cal.push(all_day(
            &uid,
            day,
            &crate::t!("ics-reassess"),
            &crate::t!("ics-reassess-description"),
        ));
    }
    write!(out, "{cal}")
}
