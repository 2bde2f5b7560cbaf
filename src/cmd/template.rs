//! `leadgap template`: a blank answer file on stdout.

use std::io::Write;

use super::Context;
use crate::cli::TemplateArgs;
use crate::error::{Error, Result};
use crate::rubric::DEFAULT_RUBRICS;

pub fn run(ctx: &Context, args: &TemplateArgs, out: &mut dyn Write) -> Result<()> {
    let set = ctx.rubrics()?;
    let ids: Vec<&str> = if args.rubrics.is_empty() {
        DEFAULT_RUBRICS.to_vec()
    } else {
        args.rubrics.iter().map(String::as_str).collect()
    };
    let rubrics = ids
        .iter()
        .map(|id| set.require(id))
        .collect::<Result<Vec<_>>>()?;
    let text = crate::template::blank(&rubrics, args.subject.as_deref(), args.rater);
    out.write_all(text.as_bytes()).map_err(Error::stdout)
}
