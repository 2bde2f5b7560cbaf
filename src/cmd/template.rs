//! `leadgap template`: a blank answer file on stdout.

use std::io::Write;

use super::Context;
use crate::cli::TemplateArgs;
use crate::error::{Error, Result};

pub fn run(ctx: &Context, args: &TemplateArgs, out: &mut dyn Write) -> Result<()> {
    let set = ctx.rubrics()?;
    let rubrics = super::chosen(&set, &args.rubrics)?;
    let text = crate::template::blank(&rubrics, args.subject.as_deref(), args.rater);
    out.write_all(text.as_bytes()).map_err(Error::stdout)
}
