//! Writing files safely: atomically, readable by the owner alone. Used by the store and by
//! every command that writes a file the user names (`report -o`, `assess --save-answers`).

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes an answer file where the store is not (the temporary directory, else the current
/// one), for when the store cannot be written: answers are never lost. Returns its path.
pub fn write_rescue_file(text: &str) -> Option<PathBuf> {
    let name = format!(
        "leadgap-answers-{}-{}.toml",
        jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S"),
        std::process::id()
    );
    [std::env::temp_dir(), PathBuf::from(".")]
        .into_iter()
        .map(|dir| dir.join(&name))
        .find(|path| write_new(path, text).is_ok())
}

pub fn write_new(path: &Path, text: &str) -> io::Result<()> {
    let mut f = private_options().write(true).create_new(true).open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// Removes temporary files left by a writer that was killed mid-write. Called under the lock,
/// when no writer of ours is running, so every temporary file found is stale.
pub fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        if is_temporary(&entry.path()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A temporary file of [`write_atomic`].
pub fn is_temporary(path: &Path) -> bool {
    path.file_name()
        .map(|n| n.to_string_lossy())
        .is_some_and(|n| n.starts_with(".tmp-") && n.ends_with(".partial"))
}

pub fn private_options() -> fs::OpenOptions {
    #[allow(unused_mut)]
    let mut options = fs::OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Creates `dir` and its missing parents, each readable by the owner only.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Writes a file at a path the user named (`-o FILE`, `--save-answers FILE`): atomically, and
/// only over a regular file or a new name, never through a link or over a device or a pipe
/// (SPEC 7). `-` is standard output, for the caller to handle.
pub fn write_named(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Ok(meta) = fs::symlink_metadata(path)
        && !meta.is_file()
    {
        let what = if meta.file_type().is_symlink() {
            crate::t!("files-is-symlink")
        } else if meta.is_dir() {
            crate::t!("input-is-directory")
        } else {
            crate::t!("files-not-regular")
        };
        return Err(io::Error::other(crate::t!(
            "files-regular-only",
            what = what
        )));
    }
    write_atomic(path, bytes)
}

/// Writes `bytes` to `path` so that readers see the old file or the new one, never a mix:
/// a temporary file in the same directory, flushed to disk (errors at close are otherwise
/// lost), then renamed over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // tempfile creates the file 0600 on Unix. Its errors name the temporary file, which
    // means nothing to the reader: keep only the reason.
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(|e| {
            let why = match e.kind() {
                io::ErrorKind::NotFound => crate::t!("files-no-such-directory"),
                io::ErrorKind::PermissionDenied => crate::t!("io-permission-denied"),
                kind => kind.to_string(),
            };
            io::Error::new(
                e.kind(),
                crate::t!(
                    "files-cannot-write-in",
                    dir = dir.display().to_string(),
                    why = why
                ),
            )
        })?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
