//! `leadgap plan`: the current plan with what has been done of it (SPEC section 8), a saved
//! assessment's plan as it was made, and the steps that change the plan's record: `start`,
//! `done`, `drop`, `undo`, `note` and `add`.

use std::io::Write;

use jiff::civil::Date;

use super::Context;
use crate::cli::{AddArgs, PlanArgs, PlanCommand, PlanFormat, PlanViewFormat};
use crate::error::{Error, Result};
use crate::render::{current as shown, ics, json};
use crate::store::{Assessment, Note, OwnAction, Store, Tracking};
use crate::tracking::{self, CurrentPlan, Step};

pub fn run(ctx: &Context, args: &PlanArgs, out: &mut dyn Write) -> Result<()> {
    match (&args.step, &args.id) {
        (Some(step), _) => change(ctx, step, out),
        (None, Some(id)) => {
            let format = match args.format {
                PlanViewFormat::Table => PlanFormat::Table,
                PlanViewFormat::Json => PlanFormat::Json,
                PlanViewFormat::Markdown => PlanFormat::Markdown,
                PlanViewFormat::Ics => {
                    return Err(Error::Usage(crate::t!("plan-ics-not-saved")));
                }
            };
            super::saved::plan(ctx, id, args.top, format, out)
        }
        (None, None) => show(ctx, args, out),
    }
}

/// The saved assessments of the chosen part of the store and its plan's record. A damaged
/// record is reported, and the plan is shown from the assessments alone.
pub(super) fn load(ctx: &Context) -> Result<(Store, Vec<Assessment>, Tracking)> {
    let store = ctx.store()?;
    let list = super::saved::assessments_in(ctx, &store)?;
    let state = record_or_warn(ctx, &store).unwrap_or_default();
    Ok((store, list, state))
}

/// The plan's record of `store`; `None`, with a warning, when it cannot be read.
pub(super) fn record_or_warn(ctx: &Context, store: &Store) -> Option<Tracking> {
    store
        .tracking()
        .map_err(|d| {
            ctx.warn(crate::t!(
                "plan-record-unreadable",
                path = d.path.display().to_string(),
                reason = d.reason.as_str()
            ))
        })
        .ok()
}

/// The plan's record of the chosen part of the store, for the commands that open the store
/// already (its warnings are not said twice); empty, with a warning, when it cannot be read.
pub(super) fn record_of_part(ctx: &Context) -> Tracking {
    ctx.home
        .as_ref()
        .and_then(|home| Store::open(home, ctx.client.as_deref()).ok())
        .and_then(|store| record_or_warn(ctx, &store))
        .unwrap_or_default()
}

/// The actions a plan made on `date` (default: today) must not propose again (SPEC 8).
pub(super) fn excluded(
    ctx: &Context,
    record: Option<&Tracking>,
    date: Option<&str>,
) -> Vec<String> {
    let Some(t) = record else {
        return Vec::new();
    };
    let on = date
        .and_then(tracking::parse_day)
        .unwrap_or_else(|| ctx.today());
    tracking::excluded(t, on)
}

/// The current plan, or a message that there is no saved assessment yet.
pub(super) fn current(
    ctx: &Context,
    list: &[Assessment],
    state: &Tracking,
    top: usize,
) -> Result<CurrentPlan> {
    tracking::current(list, state, top, ctx.today()).ok_or_else(|| super::saved::nothing_saved(ctx))
}

fn show(ctx: &Context, args: &PlanArgs, out: &mut dyn Write) -> Result<()> {
    let (store, list, state) = load(ctx)?;
    let plan = current(ctx, &list, &state, args.top)?;
    match args.format {
        PlanViewFormat::Table => shown::table(out, &plan, ctx.look),
        PlanViewFormat::Json => json::pretty(out, &plan),
        PlanViewFormat::Markdown => shown::markdown(out, &plan),
        PlanViewFormat::Ics => ics::calendar(out, &plan, store.client()),
    }
    .map_err(Error::stdout)
}

fn change(ctx: &Context, step: &PlanCommand, out: &mut dyn Write) -> Result<()> {
    let store = ctx.store()?;
    let (action, step, note, on) = match step {
        PlanCommand::Add(args) => return add(ctx, &store, args, out),
        PlanCommand::Note { action, text, on } => (action, None, Some(text.as_str()), *on),
        PlanCommand::Start(a) => (&a.action, Some(Step::Start), a.note.as_deref(), a.on),
        PlanCommand::Done(a) => (&a.action, Some(Step::Done), a.note.as_deref(), a.on),
        PlanCommand::Drop(a) => (&a.action, Some(Step::Drop), a.note.as_deref(), a.on),
        PlanCommand::Undo(a) => (&a.action, Some(Step::Undo), a.note.as_deref(), a.on),
    };
    let said = record(
        ctx,
        &store,
        action,
        step,
        note,
        on.unwrap_or_else(|| ctx.today()),
    )?;
    ctx.say(said);
    Ok(())
}

/// Takes `step` on `action` of the current plan and adds `note`, both dated `on`, under the
/// store's lock (the plan is read again inside it, so concurrent changes are kept). Any
/// action of the latest assessment's plan can be worked on, beyond the `--top` shown; once
/// it has a record, it is shown. Returns what was done, in a sentence.
pub(super) fn record(
    ctx: &Context,
    store: &Store,
    action: &str,
    step: Option<Step>,
    note: Option<&str>,
    on: Date,
) -> Result<String> {
    if note.is_some_and(|n| n.trim().is_empty()) {
        return Err(Error::Usage(crate::t!("plan-note-empty")));
    }
    store.change_tracking(|state| {
        let (list, _) = store.list()?;
        let plan = current(ctx, &list, state, usize::MAX)?;
        let item = plan.item(action).ok_or_else(|| unknown(action))?;
        let track = tracking::record_mut(state, item);
        let said = match step.map(|s| tracking::take(track, s, on)) {
            None => crate::t!("plan-noted", action = action),
            Some(Err(why)) => return Err(Error::Usage(why)),
            Some(Ok(None)) => crate::t!(
                "plan-already",
                action = action,
                status = track.status().word()
            ),
            Some(Ok(Some(status))) if step == Some(Step::Undo) => {
                crate::t!("plan-undone", action = action, status = status.word())
            }
            Some(Ok(Some(status))) => crate::t!(
                "plan-now",
                action = action,
                status = status.word(),
                day = on.to_string()
            ),
        };
        if let Some(text) = note {
            track.notes.push(Note {
                date: on.to_string(),
                text: text.to_string(),
            });
            if step.is_some() {
                return Ok(crate::t!("plan-said-with-note", said = said));
            }
        }
        Ok(crate::t!("plan-said", said = said))
    })
}

/// An ACTION that is not in the current plan: a usage error that says where the ids are.
pub(super) fn unknown(action: &str) -> Error {
    Error::Usage(crate::t!("plan-unknown-action", action = action))
}

/// `plan add`: an action of the person's own. Its id is printed on stdout.
fn add(ctx: &Context, store: &Store, args: &AddArgs, out: &mut dyn Write) -> Result<()> {
    let set = ctx.rubrics()?;
    if args.text.trim().is_empty() || args.done_when.trim().is_empty() {
        return Err(Error::Usage(crate::t!("plan-add-empty")));
    }
    for (i, dim) in args.addresses.iter().enumerate() {
        if set.dimension(dim).is_none() {
            return Err(Error::Usage(crate::t!(
                "plan-add-unknown-dimension",
                dimension = dim.as_str()
            )));
        }
        if args.addresses[..i].contains(dim) {
            return Err(Error::Usage(crate::t!(
                "plan-add-twice",
                dimension = dim.as_str()
            )));
        }
    }
    if let Some(id) = &args.id
        && !crate::rubric::is_id(id)
    {
        return Err(Error::Usage(crate::t!(
            "plan-add-not-an-id",
            id = id.as_str()
        )));
    }
    let added = args.on.unwrap_or_else(|| ctx.today());
    let id = store.change_tracking(|state| {
        let taken = |id: &str| {
            set.action(id).is_some()
                || state.own.iter().any(|o| o.id == id)
                || state.tracks.iter().any(|t| t.action == id)
        };
        let id = match &args.id {
            Some(id) if taken(id) => {
                return Err(Error::Usage(crate::t!("plan-add-taken", id = id.as_str())));
            }
            Some(id) => id.clone(),
            None => tracking::id_from_text(&args.text, taken),
        };
        state.own.push(OwnAction {
            id: id.clone(),
            text: args.text.clone(),
            done_when: args.done_when.clone(),
            addresses: args.addresses.clone(),
            horizon: args.horizon,
            added: added.to_string(),
        });
        Ok(id)
    })?;
    writeln!(out, "{id}").map_err(Error::stdout)?;
    ctx.say(crate::t!(
        "plan-added",
        id = id.as_str(),
        day = tracking::add_days(added, i64::from(args.horizon)).to_string()
    ));
    Ok(())
}
