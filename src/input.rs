//! Reading data files: one size limit and one UTF-8 check for every file leadgap parses.

use std::borrow::Cow;
use std::fs;
use std::io::Read;
use std::path::Path;

use crate::error::{Diagnostic, Error, Loc};

/// Files larger than this are refused before parsing: no rubric or answer file comes near it,
/// and a parser should never be handed an unbounded input.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Reads `path` as UTF-8 text, refusing files over [`MAX_FILE_BYTES`].
/// `name` is how the file is named in messages.
pub fn read_text(path: &Path, name: &str) -> Result<String, Error> {
    let (file, len) = open_regular(path)?;
    // Sized from the file's length, so a file is read in one call rather than in reads of
    // growing size; the limit still holds if the file grows meanwhile.
    let mut bytes = Vec::with_capacity(len.min(MAX_FILE_BYTES + 1) as usize + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read(path, e))?;
    decode(name, bytes).map_err(Error::from)
}

/// [`read_text`] for a file that a directory listing has just called a regular file, into
/// `buf` (a buffer kept from file to file) rather than a new string: the thousands of files
/// of a batch are neither looked up again nor each given an allocation. Anything unusual
/// (the file cannot be read, is empty, too large or not UTF-8, perhaps because it was
/// replaced meanwhile by a directory, a FIFO or a link to a device) is left to
/// [`read_text`], so every message is the one a file named on the command line gets.
pub fn read_listed<'b>(
    path: &Path,
    name: &str,
    buf: &'b mut Vec<u8>,
) -> Result<Cow<'b, str>, Error> {
    buf.clear();
    let read = reading()
        .open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(buf));
    match read {
        Ok(len) if len > 0 && len as u64 <= MAX_FILE_BYTES => {}
        _ => return read_text(path, name).map(Cow::Owned),
    }
    match std::str::from_utf8(buf) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(_) => read_text(path, name).map(Cow::Owned),
    }
}

/// Opens `path` for reading only if it is a regular file, and gives its length: a FIFO, a
/// device or a directory is refused at once instead of blocking on it or reading without
/// end.
fn open_regular(path: &Path) -> Result<(fs::File, u64), Error> {
    let file = reading().open(path).map_err(|e| Error::read(path, e))?;
    let meta = file.metadata().map_err(|e| Error::read(path, e))?;
    if !meta.is_file() {
        let what = if meta.is_dir() {
            crate::t!("input-is-directory")
        } else {
            crate::t!("input-not-regular")
        };
        return Err(Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other(crate::t!("input-regular-only", what = what)),
        });
    }
    Ok((file, meta.len()))
}

/// How files are opened: for reading, and without blocking. Opening a FIFO for reading
/// blocks until a writer comes; without blocking it returns at once, and the check in
/// [`open_regular`] refuses it.
fn reading() -> fs::OpenOptions {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options
}

/// Reads standard input with the same limits as a file.
pub fn read_stdin(name: &str) -> Result<String, Error> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::Io {
            path: name.into(),
            source: e,
        })?;
    decode(name, bytes).map_err(Error::from)
}

/// Checks size and encoding of bytes read from `name`.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            name,
            None,
            crate::t!("input-too-large", kib = MAX_FILE_BYTES / 1024),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        let loc = Loc::from_offset(&text, valid);
        Diagnostic::new(
            name,
            Some(loc),
            crate::t!("input-not-utf8", offset = valid.to_string()),
        )
    })
}

/// A reader for CSV of any length (thousands of respondents) that refuses any one record
/// longer than [`MAX_FILE_BYTES`], so a single row cannot make leadgap hold an unbounded
/// amount of memory. A record ends at a newline outside quotes: a quoted field over many
/// short lines is still one record. (A doubled quote inside a field toggles twice, so the
/// count stays right.)
pub struct RecordLimit<R> {
    inner: R,
    /// Bytes since the last record ended.
    record: u64,
    quoted: bool,
}

impl<R> RecordLimit<R> {
    pub fn new(inner: R) -> Self {
        RecordLimit {
            inner,
            record: 0,
            quoted: false,
        }
    }
}

impl<R: Read> Read for RecordLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &b in &buf[..n] {
            match b {
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => {
                    self.record = 0;
                    continue;
                }
                _ => {}
            }
            self.record += 1;
            if self.record > MAX_FILE_BYTES {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    crate::t!("input-row-too-long", kib = MAX_FILE_BYTES / 1024),
                ));
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a listed file gives when it is not the plain regular file its listing said,
    /// beside what the same file named on the command line gives: the same message.
    #[test]
    fn a_listed_file_that_is_not_plain_text_gets_a_named_files_message() {
        let dir = tempfile::tempdir().unwrap();
        let at = |name: &str| dir.path().join(name);
        std::fs::create_dir(at("folder.toml")).unwrap();
        std::fs::write(at("empty.toml"), "").unwrap();
        std::fs::write(at("latin1.toml"), b"subject = \"Ren\xe9\"\n").unwrap();
        std::fs::write(at("large.toml"), vec![b'#'; MAX_FILE_BYTES as usize + 10]).unwrap();
        let mut names = vec![
            "folder.toml",
            "empty.toml",
            "latin1.toml",
            "large.toml",
            "gone.toml",
        ];
        #[cfg(unix)]
        {
            let fifo = std::process::Command::new("mkfifo")
                .arg(at("fifo.toml"))
                .status();
            if fifo.is_ok_and(|s| s.success()) {
                names.push("fifo.toml");
            }
        }
        let mut buf = Vec::new();
        for name in names {
            let path = at(name);
            let listed = read_listed(&path, name, &mut buf).map(|t| t.into_owned());
            let named = read_text(&path, name);
            match (listed, named) {
                (Ok(listed), Ok(named)) => assert_eq!(listed, named, "{name}"),
                (Err(listed), Err(named)) => {
                    assert_eq!(listed.to_string(), named.to_string(), "{name}");
                }
                (listed, named) => panic!("{name}: listed {listed:?}, named {named:?}"),
            }
        }
        std::fs::write(at("plain.toml"), "subject = \"Ana\"\n").unwrap();
        let text = read_listed(&at("plain.toml"), "plain.toml", &mut buf).unwrap();
        assert!(
            matches!(text, Cow::Borrowed("subject = \"Ana\"\n")),
            "{text:?}"
        );
    }

    #[test]
    fn long_rows_are_refused_and_many_short_ones_are_not() {
        let mut ok = RecordLimit::new(std::io::repeat(b'\n').take(3 * MAX_FILE_BYTES));
        assert!(std::io::copy(&mut ok, &mut std::io::sink()).is_ok());
        let mut long = RecordLimit::new(std::io::repeat(b'x').take(MAX_FILE_BYTES + 10));
        let e = std::io::copy(&mut long, &mut std::io::sink()).unwrap_err();
        assert!(e.to_string().contains("longer than 1024 KiB"), "{e}");
        // One quoted field over many short lines is one row.
        let quoted = std::io::Cursor::new(b"a\n\"".to_vec())
            .chain(std::io::repeat(b'\n').take(MAX_FILE_BYTES + 10));
        let e = std::io::copy(&mut RecordLimit::new(quoted), &mut std::io::sink()).unwrap_err();
        assert!(e.to_string().contains("a row is longer"), "{e}");
        // Doubled quotes inside a field do not end it early or late.
        let rows = "x,\"say \"\"hi\"\"\"\n".repeat(200_000);
        let mut fine = RecordLimit::new(rows.as_bytes());
        assert!(std::io::copy(&mut fine, &mut std::io::sink()).is_ok());
    }
}
