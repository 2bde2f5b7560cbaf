//! `leadgap checkin`: a pass over the open actions of the current plan in the terminal, with
//! the questionnaire's look, keys and Ctrl-C. Each answer is kept as soon as it is given, so
//! Ctrl-C keeps what was recorded before it.

use std::io::Write;

use super::Context;
use crate::error::{Error, Exit, Result};
use crate::questionnaire::{self, Prompter};
use crate::render::current as shown;
use crate::score::DEFAULT_TOP;
use crate::store::ActionStatus;
use crate::text::clean;
use crate::tracking::Step;

pub fn run(ctx: &Context, out: &mut dyn Write) -> Result<Exit> {
    if !questionnaire::is_interactive() {
        return Err(Error::Usage(crate::t!("checkin-not-a-terminal")));
    }
    let (store, list, state) = super::plan::load(ctx)?;
    let plan = super::plan::current(ctx, &list, &state, DEFAULT_TOP)?;
    let p = Prompter::new(ctx.stderr_color);
    let client = store
        .client()
        .map(|c| format!(" --client {}", crate::template::toml_string(c)))
        .unwrap_or_default();
    questionnaire::install_interrupt_handler(&crate::t!(
        "checkin-resume-hint",
        command = format!("`leadgap plan{client}`")
    ));
    let open: Vec<_> = plan.open().collect();
    if open.is_empty() {
        p.say(&crate::t!("checkin-nothing-open"))?;
        p.say(&crate::t!("checkin-nothing-open-hint"))?;
        return Ok(Exit::Success);
    }
    p.clear();
    p.say(&crate::t!(
        "checkin-title",
        count = open.len(),
        date = plan.made.as_str()
    ))?;
    p.say(&crate::t!("checkin-how"))?;
    let width = console::Term::stderr()
        .size_checked()
        .map_or(80, |(_, cols)| usize::from(cols).clamp(40, 100));
    let mut recorded = 0;
    let (done, started, in_progress, not_yet, drop) = (
        crate::t!("checkin-done"),
        crate::t!("checkin-started"),
        crate::t!("checkin-in-progress"),
        crate::t!("checkin-not-yet"),
        crate::t!("checkin-drop"),
    );
    let (where_, note_prompt) = (crate::t!("checkin-where"), crate::t!("checkin-note"));
    for (k, item) in open.iter().enumerate() {
        p.say("")?;
        let title = format!("[{}/{}] {}", k + 1, open.len(), clean(&item.text));
        p.say(&crate::text::fill(&title, width))?;
        p.say(&crate::text::fill(
            &crate::t!("checkin-done-when", text = clean(&item.done_when)),
            width,
        ))?;
        let (status, due) = (shown::status_phrase(item), item.due.as_str());
        p.say(&if item.overdue {
            crate::t!("checkin-now-overdue", status = status, due = due)
        } else {
            crate::t!("checkin-now", status = status, due = due)
        })?;
        let doing = item.status == ActionStatus::Doing;
        let choices = [
            done.clone(),
            if doing {
                in_progress.clone()
            } else {
                started.clone()
            },
            not_yet.clone(),
            drop.clone(),
        ];
        let step = match p.select(&where_, &choices, 2)? {
            0 => Some(Step::Done),
            1 if !doing => Some(Step::Start),
            3 => Some(Step::Drop),
            _ => None,
        };
        if step.is_some() {
            let _saving = questionnaire::SAVING.lock();
            super::plan::record(ctx, &store, &item.id, step, None, ctx.today())?;
            recorded += 1;
        }
        let note = p.input_optional(&note_prompt)?;
        if !note.trim().is_empty() {
            let _saving = questionnaire::SAVING.lock();
            super::plan::record(ctx, &store, &item.id, None, Some(&note), ctx.today())?;
            recorded += 1;
        }
    }
    p.clear();
    let (list, _) = store.list()?;
    let state = store.tracking().unwrap_or_default();
    let plan = super::plan::current(ctx, &list, &state, DEFAULT_TOP)?;
    shown::table(out, &plan, ctx.look).map_err(Error::stdout)?;
    ctx.say(if recorded == 0 {
        crate::t!("checkin-nothing-changed")
    } else {
        crate::t!("checkin-recorded")
    });
    Ok(Exit::Success)
}
