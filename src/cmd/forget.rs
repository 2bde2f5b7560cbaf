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
            return Err(Error::Usage(crate::t!("forget-what")));
        }
    };
    let files = store.forget_plan(&what)?;
    if files.is_empty() {
        ctx.say(crate::t!("forget-nothing"));
        return Ok(());
    }
    let count = crate::t!("files-count", count = files.len());
    let description = match &what {
        Forget::Assessment(id) => crate::t!("forget-assessment", id = crate::text::clean(id)),
        Forget::Client => crate::t!(
            "forget-client",
            client = crate::text::clean(ctx.client.as_deref().unwrap_or_default()),
            files = count.as_str()
        ),
        Forget::Everything => crate::t!(
            "forget-everything",
            path = crate::text::clean(&ctx.home()?.display().to_string()),
            files = count.as_str()
        ),
    };
    // What will go, before anything goes.
    ctx.say(crate::t!("forget-will-delete", files = count.as_str()));
    for path in &files {
        ctx.say(format!(
            "  {}",
            crate::text::clean(&path.display().to_string())
        ));
    }
    if !args.yes {
        if !questionnaire::is_interactive() {
            return Err(Error::Usage(crate::t!(
                "forget-not-asking",
                what = description.as_str()
            )));
        }
        let prompt = crate::t!("forget-confirm", what = description.as_str());
        if !Prompter::new(ctx.stderr_color).confirm(&prompt, false)? {
            ctx.say(crate::t!("forget-nothing-deleted"));
            return Ok(());
        }
    }
    let removed = store.forget(&what)?;
    for path in &removed {
        writeln!(
            out,
            "{}",
            crate::t!(
                "forget-removed",
                path = crate::text::clean(&path.display().to_string())
            )
        )
        .map_err(Error::stdout)?;
    }
    ctx.say(crate::t!("forget-done", what = description));
    Ok(())
}
