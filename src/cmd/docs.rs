//! `leadgap completions` and `leadgap man`: written to memory first, so that a failing write
//! (a full disk, a closed pipe) is an I/O error like any other, never a panic.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, Result};

pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> Result<()> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "leadgap", &mut script);
    out.write_all(&script).map_err(Error::stdout)
}

/// What every page ends with: exit status, environment and files, as SPEC sections 5–7 fix
/// them.
const SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
success
.TP
\fB1\fR
internal error
.TP
\fB2\fR
usage: a wrong option or argument, an unknown rubric or action
.TP
\fB65\fR
bad data: an answer or rubric file that breaks the format
.TP
\fB66\fR
an input file is missing
.TP
\fB73\fR
the store cannot be written
.TP
\fB74\fR
any other input or output error (a file that cannot be read, a full disk)
.TP
\fB130\fR
interrupted (Ctrl\-C)
.PP
A batch in which some inputs failed prints every result it could, then exits 65 if any input
was bad data, else 66 if any was missing, else 74.
.SH ENVIRONMENT
.TP
\fBLEADGAP_HOME\fR
where leadgap keeps its data, instead of the config directory (as \fB\-\-home\fR)
.TP
\fBNO_COLOR\fR
when set and not empty, no colour (as \fB\-\-color never\fR)
.SH FILES
.TP
\fI~/.config/leadgap/\fR (Linux), \fI~/Library/Application Support/leadgap/\fR (macOS)
the store: \fIassessments/\fR (finished assessments, one JSON file each), \fIunfinished.json\fR
(a questionnaire in progress), \fIclients/\fR (the same for each client of a coach),
\fIrubrics/\fR (your own rubrics, read at every start). Files are readable by you alone.
.SH "SEE ALSO"
\fBleadgap help\fR \fICOMMAND\fR; the specification, docs/SPEC.md, in the source.
"#;

/// The manual page of leadgap, or of one of its commands (`leadgap-score(1)`).
pub fn man(command: Option<&str>, out: &mut dyn Write) -> Result<()> {
    let root = Cli::command();
    let page = match command {
        None => root,
        Some(name) => {
            let sub = root.find_subcommand(name).cloned().ok_or_else(|| {
                Error::Usage(crate::t!(
                    "hint-no-command",
                    name = crate::text::clean(name)
                ))
            })?;
            // The page's name is leadgap-NAME, as the main page's list of commands refers to
            // it; clap keeps names for the life of the program, which here is this one page.
            let page_name: &'static str = Box::leak(format!("leadgap-{name}").into_boxed_str());
            sub.name(page_name)
        }
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut roff)
        .map_err(Error::stdout)?;
    roff.extend_from_slice(SECTIONS.as_bytes());
    out.write_all(&roff).map_err(Error::stdout)
}
