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

const NOT_A_TERMINAL: &str = "`leadgap checkin` asks in a terminal, but stdin or stderr is not \
one. Without a terminal, change the plan with `leadgap plan start|done|drop|undo ACTION \
[--note TEXT] [--on YYYY-MM-DD]` and `leadgap plan note ACTION TEXT`; `leadgap plan` lists \
the actions and their ids";

pub fn run(ctx: &Context, out: &mut dyn Write) -> Result<Exit> {
    if !questionnaire::is_interactive() {
        return Err(Error::Usage(NOT_A_TERMINAL.into()));
    }
    let (store, list, state) = super::plan::load(ctx)?;
    let plan = super::plan::current(ctx, &list, &state, DEFAULT_TOP)?;
    let p = Prompter::new(ctx.stderr_color);
    let client = store
        .client()
        .map(|c| format!(" --client {}", crate::template::toml_string(c)))
        .unwrap_or_default();
    questionnaire::install_interrupt_handler(&format!(
        "What you recorded before is kept; `leadgap plan{client}` shows it."
    ));
    let open: Vec<_> = plan.open().collect();
    if open.is_empty() {
        p.say("Nothing in the plan is open: every action is done or dropped.")?;
        p.say(
            "Add one of your own with `leadgap plan add`, or answer again with `leadgap assess`.",
        )?;
        return Ok(Exit::Success);
    }
    p.clear();
    p.say(&format!(
        "leadgap check-in: {} open action{} of the plan made {}.",
        open.len(),
        if open.len() == 1 { "" } else { "s" },
        plan.made
    ))?;
    p.say("For each: done, started, not yet or dropped, then a note if you like.")?;
    let width = console::Term::stderr()
        .size_checked()
        .map_or(80, |(_, cols)| usize::from(cols).clamp(40, 100));
    let mut recorded = 0;
    for (k, item) in open.iter().enumerate() {
        p.say("")?;
        let title = format!("[{}/{}] {}", k + 1, open.len(), clean(&item.text));
        p.say(&textwrap::fill(&title, width))?;
        p.say(&textwrap::fill(
            &format!("Done when: {}", clean(&item.done_when)),
            width,
        ))?;
        let overdue = if item.overdue { ", overdue" } else { "" };
        p.say(&format!(
            "Now: {}; due {}{overdue}",
            shown::status_phrase(item),
            item.due
        ))?;
        let doing = item.status == ActionStatus::Doing;
        let choices: Vec<String> = [
            "Done",
            if doing {
                "Still in progress"
            } else {
                "Started"
            },
            "Not yet",
            "Drop it (not proposed again for 180 days)",
        ]
        .map(String::from)
        .to_vec();
        let step = match p.select("Where does it stand?", &choices, 2)? {
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
        let note = p.input_optional("A note: what was done, the evidence (Enter for none)")?;
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
        "Nothing changed. Check in again when something has moved.".to_string()
    } else {
        "Recorded. `leadgap plan --format ics` puts the due days in your calendar.".to_string()
    });
    Ok(Exit::Success)
}
