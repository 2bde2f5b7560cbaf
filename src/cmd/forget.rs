//! `leadgap forget`: delete what is kept about a person, after asking.

use std::io::Write;

use super::Context;
use crate::cli::ForgetArgs;
use crate::error::{Error, Result};
use crate::questionnaire::{self, Prompter};
use crate::store::Forget;

pub fn run(ctx: &Context, args: &ForgetArgs, out: &mut dyn Write) -> Result<()> {
    let store = ctx.store()?;
    let what = match (&args.id, args.all, &ctx.client) {
        (Some(id), _, _) => Forget::Assessment(id.clone()),
        (None, true, _) => Forget::Everything,
        (None, false, Some(_)) => Forget::Client,
        (None, false, None) => {
            return Err(Error::Usage(
                "say what to forget: an assessment ID (see `leadgap history`), --client NAME \
                 for a client's data, or --all for everything"
                    .into(),
            ));
        }
    };
    let files = store.forget_plan(&what)?;
    if files.is_empty() {
        ctx.say("Nothing to forget: there is no such data.");
        return Ok(());
    }
    let n = files.len();
    let count = format!("{n} file{}", if n == 1 { "" } else { "s" });
    let description = match &what {
        Forget::Assessment(id) => format!("assessment {}", crate::text::clean(id)),
        Forget::Client => format!(
            "everything kept for client `{}` ({count})",
            crate::text::clean(ctx.client.as_deref().unwrap_or_default())
        ),
        Forget::Everything => format!(
            "everything leadgap keeps in {} ({count}; your own rubrics stay)",
            crate::text::clean(&ctx.home()?.display().to_string())
        ),
    };
    // What will go, before anything goes.
    ctx.say(format!("leadgap forget will delete {count}:"));
    for path in &files {
        ctx.say(format!(
            "  {}",
            crate::text::clean(&path.display().to_string())
        ));
    }
    if !args.yes {
        if !questionnaire::is_interactive() {
            return Err(Error::Usage(format!(
                "not deleting {description} without asking; run it in a terminal, or add --yes"
            )));
        }
        let prompt = format!("Delete {description}? This cannot be undone.");
        if !Prompter::new(ctx.stderr_color).confirm(&prompt, false)? {
            ctx.say("Nothing deleted.");
            return Ok(());
        }
    }
    let removed = store.forget(&what)?;
    for path in &removed {
        writeln!(
            out,
            "removed {}",
            crate::text::clean(&path.display().to_string())
        )
        .map_err(Error::stdout)?;
    }
    ctx.say(format!("Forgot {description}."));
    Ok(())
}
