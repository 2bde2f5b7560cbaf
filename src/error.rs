//! Errors and the exit codes they map to (SPEC section 6).

use std::fmt;
use std::io;
use std::path::PathBuf;

/// The process exit codes fixed by the specification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    Internal = 1,
    Usage = 2,
    /// An answer or rubric file is malformed (sysexits `EX_DATAERR`).
    DataErr = 65,
    /// An input file does not exist (sysexits `EX_NOINPUT`).
    NoInput = 66,
    /// The store cannot be written (sysexits `EX_CANTCREAT`).
    CantCreate = 73,
    /// Any other I/O failure (sysexits `EX_IOERR`).
    IoErr = 74,
    /// Cancelled by the user (128 + SIGINT).
    Interrupted = 130,
}

impl Exit {
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The worse of two outcomes, for a run over many inputs (SPEC 6): bad data over a missing
    /// input over another I/O failure over success; anything graver than a bad input (the
    /// store, usage, an internal error, an interruption) over all of those.
    pub fn worse(self, other: Exit) -> Exit {
        let rank = |e: Exit| match e {
            Exit::Success => 0,
            Exit::IoErr => 1,
            Exit::NoInput => 2,
            Exit::DataErr => 3,
            Exit::CantCreate => 4,
            Exit::Usage => 5,
            Exit::Internal => 6,
            Exit::Interrupted => 7,
        };
        if rank(other) > rank(self) {
            other
        } else {
            self
        }
    }
}

/// Where in a file something went wrong: 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loc {
    pub line: usize,
    pub col: usize,
}

impl Loc {
    /// Turns a byte offset into a line and column (columns count characters).
    pub fn from_offset(text: &str, offset: usize) -> Loc {
        let offset = offset.min(text.len());
        let mut offset = offset;
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Loc { line, col }
    }
}

/// The line starts of a text, found once, so that turning many offsets into places costs a
/// binary search each rather than a scan from the top of the file.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset where each line begins.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// The same place as [`Loc::from_offset`].
    pub fn loc(&self, offset: usize) -> Loc {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        Loc {
            line,
            col: self.text[start..offset].chars().count() + 1,
        }
    }
}

/// One problem in one data file, with its place where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub loc: Option<Loc>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl Into<String>, loc: Option<Loc>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.into(),
            loc,
            message: message.into(),
        }
    }

    /// A diagnostic placed at a byte span of `text`.
    pub fn at(
        file: &str,
        text: &str,
        span: Option<std::ops::Range<usize>>,
        message: impl Into<String>,
    ) -> Self {
        let loc = span.map(|s| Loc::from_offset(text, s.start));
        Diagnostic::new(file, loc, message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.loc {
            Some(Loc { line, col }) => {
                write!(f, "{}:{}:{}: {}", self.file, line, col, self.message)
            }
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Everything that can end a command, each with its exit code. The messages are in the
/// reader's language; `Usage` and `NotFound` carry one already made.
#[derive(Debug)]
pub enum Error {
    /// One or more problems in rubric or answer files.
    Data(Vec<Diagnostic>),
    NoInput(PathBuf),
    Store {
        path: PathBuf,
        source: io::Error,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
    Usage(String),
    /// Something asked for by name is not there (a saved assessment, say).
    NotFound(String),
    Interrupted,
    Internal(anyhow::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = |p: &PathBuf| p.display().to_string();
        match self {
            Error::Data(diags) => f.write_str(&join(diags)),
            Error::NoInput(p) => f.write_str(&crate::t!("error-no-input", path = path(p))),
            Error::Store { path: p, source } => f.write_str(&crate::t!(
                "error-store",
                path = path(p),
                reason = io_reason(source)
            )),
            Error::Io { path: p, source } => write!(f, "{}: {}", path(p), io_reason(source)),
            Error::Usage(m) | Error::NotFound(m) => f.write_str(m),
            Error::Interrupted => f.write_str(&crate::t!("error-interrupted")),
            Error::Internal(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Store { source, .. } | Error::Io { source, .. } => Some(source),
            Error::Internal(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}

impl From<anyhow::Error> for Error {
    fn from(e: anyhow::Error) -> Self {
        Error::Internal(e)
    }
}

/// Why an I/O operation failed, in the reader's language for the common reasons and as the
/// system says it otherwise.
fn io_reason(e: &io::Error) -> String {
    use crate::t;
    if e.get_ref().is_some() {
        // A message of leadgap's own (already in the reader's language) or a library's.
        return e.to_string();
    }
    match e.kind() {
        io::ErrorKind::NotFound => t!("io-not-found"),
        io::ErrorKind::PermissionDenied => t!("io-permission-denied"),
        io::ErrorKind::AlreadyExists => t!("io-already-exists"),
        io::ErrorKind::IsADirectory => t!("io-is-a-directory"),
        io::ErrorKind::NotADirectory => t!("io-not-a-directory"),
        io::ErrorKind::StorageFull => t!("io-storage-full"),
        io::ErrorKind::ReadOnlyFilesystem => t!("io-read-only"),
        io::ErrorKind::InvalidData => t!("io-invalid-data"),
        _ => e.to_string(),
    }
}

fn join(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    pub fn exit(&self) -> Exit {
        match self {
            Error::Data(_) => Exit::DataErr,
            Error::NoInput(_) | Error::NotFound(_) => Exit::NoInput,
            Error::Store { .. } => Exit::CantCreate,
            Error::Io { .. } => Exit::IoErr,
            Error::Usage(_) => Exit::Usage,
            Error::Interrupted => Exit::Interrupted,
            Error::Internal(_) => Exit::Internal,
        }
    }

    /// Reading `path` failed: a missing file is its own exit code.
    pub fn read(path: impl Into<PathBuf>, source: io::Error) -> Self {
        let path = path.into();
        if source.kind() == io::ErrorKind::NotFound {
            Error::NoInput(path)
        } else {
            Error::Io { path, source }
        }
    }
}

impl Error {
    /// Writing to standard output failed.
    pub fn stdout(source: io::Error) -> Self {
        Error::Io {
            path: "<stdout>".into(),
            source,
        }
    }

    /// Prints the error on stderr, a line each, every line cleaned for the terminal; errors
    /// print even under `--quiet`.
    pub fn print(&self) {
        use std::io::Write;
        let text = self.to_string();
        let mut err = std::io::stderr().lock();
        for line in text.lines() {
            let _ = writeln!(err, "leadgap: {}", crate::text::clean_ends(line));
        }
    }

    /// A closed pipe downstream (`leadgap score dir | head`): not worth a message.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::Data(vec![d])
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(Loc::from_offset(text, 0), Loc { line: 1, col: 1 });
        assert_eq!(Loc::from_offset(text, 6), Loc { line: 2, col: 1 });
        // 'é' is two bytes but one column.
        assert_eq!(Loc::from_offset(text, 9), Loc { line: 2, col: 3 });
        assert_eq!(Loc::from_offset(text, 999), Loc { line: 3, col: 1 });
        let index = LineIndex::new(text);
        for offset in 0..text.len() + 3 {
            assert_eq!(
                index.loc(offset),
                Loc::from_offset(text, offset),
                "{offset}"
            );
        }
    }
}
