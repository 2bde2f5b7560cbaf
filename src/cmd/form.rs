//! `leadgap form`: the rater form of SPEC section 9, for one role or, as a coach's kit, for
//! every role.

use std::io::Write;
use std::path::Path;

use super::Context;
use crate::cli::FormArgs;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &FormArgs, out: &mut dyn Write) -> Result<()> {
    let set = ctx.rubrics()?;
    let subject = args.subject.trim();
    if subject.is_empty() || subject.chars().any(crate::text::is_unsafe) {
        return Err(Error::Usage(crate::t!("form-error-subject")));
    }
    let rubrics = super::chosen(&set, &args.rubrics)?;

    let Some(rater) = args.rater else {
        // --all-roles, which requires --output: the kit goes into that directory.
        let dir = args.output.as_deref().unwrap_or(Path::new("."));
        let kit = crate::form::kit(&rubrics, subject);
        crate::files::create_private_dir(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        for (name, text) in kit.pages.iter().chain(std::iter::once(&kit.mail)) {
            let path = dir.join(name);
            crate::files::write_named(&path, text.as_bytes())
                .map_err(|source| Error::Io { path, source })?;
        }
        ctx.say(crate::t!(
            "form-wrote-kit",
            count = kit.pages.len(),
            mail = kit.mail.0.as_str(),
            dir = dir.display().to_string()
        ));
        return Ok(());
    };
    let page = crate::form::page(&rubrics, subject, rater);
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            crate::files::write_named(path, page.as_bytes()).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            ctx.say(crate::t!(
                "form-wrote",
                path = path.display().to_string(),
                count = crate::form::statements(&rubrics, rater).len(),
                role = rater.as_str()
            ));
            Ok(())
        }
        _ => out.write_all(page.as_bytes()).map_err(Error::stdout),
    }
}
