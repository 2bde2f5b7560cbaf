//! The store (SPEC section 7): the only code that writes leadgap's data directory.
//!
//! Layout, readable by hand:
//!
//! ```text
//! <home>/
//!   .lock                       taken around every change
//!   assessments/<id>.json       the user's own finished assessments
//!   unfinished.json             the user's own unfinished run, if any
//!   plan.json                   what has been done of the plan (see `tracking`)
//!   clients/<slug>/assessments/ the same for each client of a coach
//!   clients/<slug>/unfinished.json
//!   clients/<slug>/plan.json
//!   rubrics/                    extra rubrics (read, never written)
//! ```
//!
//! Every write goes to a temporary file in the same directory that is flushed to disk and then
//! renamed over the target, so a reader (or a crash) sees the old file or the new one, never
//! half of one. Files are created 0600 and directories 0700: this is personal data.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::files::{
    create_private_dir, is_temporary, private_options, remove_stale_temporaries, write_atomic,
};

mod record;
mod tracking;

pub use crate::files::write_rescue_file;
pub use record::{Assessment, FORMAT, Kept, KeptAction, RubricRef, SkipWord, Unfinished};
pub use tracking::{ActionStatus, Change, Note, OwnAction, TRACKING_FORMAT, Track, Tracking};

/// A file in the store that could not be read; reported, then skipped.
#[derive(Debug)]
pub struct Damaged {
    pub path: PathBuf,
    pub reason: String,
}

/// One person's (or one client's) part of the store.
#[derive(Debug, Clone)]
pub struct Store {
    home: PathBuf,
    dir: PathBuf,
    client: Option<String>,
    /// What opening found worth saying (a folder moved to its new name, say).
    notices: Vec<String>,
}

/// A directory name for a client: lowercase letters, digits, `-` and `_`; other characters
/// become `-`. `None` when nothing usable is left.
pub fn client_slug(name: &str) -> Option<String> {
    let mut slug = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '_' {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-').to_string();
    (!slug.is_empty()).then_some(slug)
}

/// A client's folder: the readable slug of the name and a short hash of the name exactly as
/// given, so that two different names ("A B", "a-b", "a.b") never share a folder.
pub fn client_dir_name(name: &str) -> Option<String> {
    let slug: String = client_slug(name)?.chars().take(48).collect();
    let hash = crate::rubric::sha256_hex(name.as_bytes());
    Some(format!("{slug}-{}", &hash[..10]))
}

impl Store {
    /// The store under `home`, for `client` or for the user's own data. Creates nothing, but
    /// moves a client's folder from the name 0.1 gave it (the slug alone, which different
    /// names could share) to its own, when everything in it is that client's.
    pub fn open(home: &Path, client: Option<&str>) -> Result<Store> {
        if fs::metadata(home).is_ok_and(|m| !m.is_dir()) {
            return Err(Error::Store {
                path: home.to_path_buf(),
                source: io::Error::other(crate::t!("store-home-not-a-folder")),
            });
        }
        let mut notices = Vec::new();
        let dir = match client {
            None => home.to_path_buf(),
            Some(name) => {
                let folder = client_dir_name(name).ok_or_else(|| {
                    Error::Usage(crate::t!(
                        "store-client-name",
                        name = crate::text::clean(name)
                    ))
                })?;
                let dir = home.join("clients").join(folder);
                if let Some(old) = client_slug(name).map(|s| home.join("clients").join(s))
                    && let Some(notice) = adopt_old_folder(&old, &dir, name)
                {
                    notices.push(notice);
                }
                dir
            }
        };
        Ok(Store {
            home: home.to_path_buf(),
            dir,
            client: client.map(str::to_string),
            notices,
        })
    }

    /// What opening the store found worth saying.
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    pub fn client(&self) -> Option<&str> {
        self.client.as_deref()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn assessments_dir(&self) -> PathBuf {
        self.dir.join("assessments")
    }

    fn unfinished_path(&self) -> PathBuf {
        self.dir.join("unfinished.json")
    }

    fn store_error(path: &Path) -> impl FnOnce(io::Error) -> Error + '_ {
        move |source| Error::Store {
            path: path.to_path_buf(),
            source,
        }
    }

    /// Takes the store's lock; it is released when the guard is dropped.
    fn lock(&self) -> Result<fs::File> {
        create_private_dir(&self.home).map_err(Self::store_error(&self.home))?;
        if fs::symlink_metadata(self.home.join(".lock")).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Error::Store {
                path: self.home.join(".lock"),
                source: io::Error::other(crate::t!("store-symlink")),
            });
        }
        let path = self.home.join(".lock");
        let file = private_options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(Self::store_error(&path))?;
        file.lock().map_err(Self::store_error(&path))?;
        Ok(file)
    }

    /// Refuses to write through a symbolic link between the store's root and `dir`: a link
    /// planted inside the store must not send personal data elsewhere.
    fn check_inside(&self, dir: &Path) -> Result<()> {
        let Ok(rest) = dir.strip_prefix(&self.home) else {
            return Ok(());
        };
        let mut at = self.home.clone();
        for part in rest.components() {
            at.push(part);
            if fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(Error::Store {
                    path: at,
                    source: io::Error::other(crate::t!("store-symlink")),
                });
            }
        }
        Ok(())
    }

    /// Creates `dir` inside the store, privately, without following links.
    fn prepare(&self, dir: &Path) -> Result<()> {
        self.check_inside(dir)?;
        create_private_dir(dir).map_err(Self::store_error(dir))?;
        remove_stale_temporaries(dir);
        Ok(())
    }

    /// Warnings for parts of the store that other users can read.
    pub fn privacy_warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mut paths = vec![self.home.clone(), self.dir.clone(), self.assessments_dir()];
            if let Ok(entries) = fs::read_dir(self.assessments_dir()) {
                paths.extend(entries.filter_map(|e| e.ok()).map(|e| e.path()));
            }
            paths.push(self.unfinished_path());
            paths.push(self.dir.join("plan.json"));
            paths.dedup();
            for path in paths {
                let Ok(meta) = fs::symlink_metadata(&path) else {
                    continue;
                };
                if meta.file_type().is_symlink() {
                    // Advice to chmod a link would change what it points to.
                    warnings.push(crate::t!(
                        "store-privacy-symlink",
                        path = path.display().to_string()
                    ));
                    continue;
                }
                if !meta.is_dir() && !meta.is_file() {
                    continue;
                }
                if meta.permissions().mode() & 0o077 != 0 {
                    let fix = if meta.is_dir() { "700" } else { "600" };
                    warnings.push(crate::t!(
                        "store-privacy-readable",
                        path = path.display().to_string(),
                        mode = fix
                    ));
                }
            }
        }
        warnings
    }

    /// Saves a finished assessment under a new id and returns the file's path.
    pub fn save(&self, assessment: &mut Assessment) -> Result<PathBuf> {
        let mut lock = self.lock()?;
        let dir = self.assessments_dir();
        self.prepare(&dir)?;
        let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
        // Under the lock, so two processes cannot pick the same id; and above the last id
        // given (kept in the lock file, which is never deleted), so an id is never given
        // twice, even to a save that follows a `forget` in the same second.
        let mut last = String::new();
        {
            use std::io::Read;
            let _ = (&lock).read_to_string(&mut last);
        }
        let last = NaturalId(last.trim().to_string());
        let mut id = stamp.clone();
        let mut n = 1;
        while dir.join(format!("{id}.json")).exists()
            || (last.0.starts_with(&stamp) && NaturalId(id.clone()) <= last)
        {
            n += 1;
            id = format!("{stamp}-{n}");
        }
        {
            use std::io::{Seek, Write};
            let _ = lock.set_len(0);
            let _ = lock.rewind();
            let _ = lock.write_all(id.as_bytes());
        }
        assessment.id = id.clone();
        let path = dir.join(format!("{id}.json"));
        let json = serde_json::to_vec_pretty(assessment).map_err(anyhow::Error::from)?;
        write_atomic(&path, &json).map_err(Self::store_error(&path))?;
        Ok(path)
    }

    /// Every readable assessment, oldest first, and the files that could not be read.
    /// A store whose folder cannot be read at all is an error, not an empty list.
    pub fn list(&self) -> Result<(Vec<Assessment>, Vec<Damaged>)> {
        let mut found = Vec::new();
        let mut damaged = Vec::new();
        let dir = self.assessments_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((found, damaged)),
            Err(source) => return Err(Error::Io { path: dir, source }),
        };
        for entry in entries.filter_map(|e| e.ok()) {
            let path = entry.path();
            if path.extension().is_none_or(|x| x != "json") {
                continue;
            }
            match entry.file_type() {
                Ok(t) if t.is_symlink() => {
                    damaged.push(Damaged {
                        path,
                        reason: crate::t!("store-symlink"),
                    });
                    continue;
                }
                Ok(t) if !t.is_file() => {
                    // A FIFO or a device would block the read, or never end.
                    damaged.push(Damaged {
                        path,
                        reason: crate::t!("store-not-a-file"),
                    });
                    continue;
                }
                _ => {}
            }
            match read_json::<Assessment>(&path) {
                Ok(mut a) => {
                    if let Some(stem) = path.file_stem() {
                        a.id = stem.to_string_lossy().into_owned();
                    }
                    found.push(a);
                }
                Err(reason) => damaged.push(Damaged { path, reason }),
            }
        }
        // By the day each describes (its date, else the day it was saved), then by saving
        // time: a file dated August saved after one dated November comes first.
        found.sort_by_cached_key(|a| {
            let created = a.created.parse::<jiff::Timestamp>().ok();
            (a.day(), created, NaturalId(a.id.clone()))
        });
        damaged.sort_by(|a, b| a.path.cmp(&b.path));
        Ok((found, damaged))
    }

    /// The unfinished run, if there is one. A damaged one is reported as such.
    pub fn unfinished(&self) -> std::result::Result<Option<Unfinished>, Damaged> {
        let path = self.unfinished_path();
        match fs::symlink_metadata(&path) {
            Err(_) => return Ok(None),
            Ok(m) if m.file_type().is_symlink() => {
                return Err(Damaged {
                    path,
                    reason: crate::t!("store-symlink-not-followed"),
                });
            }
            Ok(m) if !m.is_file() => {
                return Err(Damaged {
                    path,
                    reason: crate::t!("store-not-regular"),
                });
            }
            Ok(_) => {}
        }
        read_json(&path)
            .map(Some)
            .map_err(|reason| Damaged { path, reason })
    }

    pub fn save_unfinished(&self, run: &Unfinished) -> Result<()> {
        let _lock = self.lock()?;
        self.prepare(&self.dir)?;
        let path = self.unfinished_path();
        let json = serde_json::to_vec_pretty(run).map_err(anyhow::Error::from)?;
        write_atomic(&path, &json).map_err(Self::store_error(&path))
    }

    pub fn clear_unfinished(&self) -> Result<()> {
        let _lock = self.lock()?;
        let path = self.unfinished_path();
        match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Self::store_error(&path)(e)),
            _ => Ok(()),
        }
    }
}

/// A client folder named as 0.1 named it (`old`, the slug alone) is moved to `new` when every
/// record in it names exactly this client; otherwise it is left where it is, and said so,
/// since it may hold another client's answers.
fn adopt_old_folder(old: &Path, new: &Path, name: &str) -> Option<String> {
    if old == new
        || fs::symlink_metadata(new).is_ok()
        || !fs::symlink_metadata(old).is_ok_and(|m| m.is_dir())
    {
        return None;
    }
    let mut records = 0;
    let mut all_theirs = true;
    let mut check = |path: &Path| {
        let client = crate::input::read_text(path, "").ok().and_then(|text| {
            serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .map(|v| v["client"].as_str().map(str::to_string))
        });
        records += 1;
        all_theirs &= client.flatten().as_deref() == Some(name);
    };
    if let Ok(entries) = fs::read_dir(old.join("assessments")) {
        for entry in entries.filter_map(|e| e.ok()) {
            check(&entry.path());
        }
    }
    if fs::symlink_metadata(old.join("unfinished.json")).is_ok() {
        check(&old.join("unfinished.json"));
    }
    let shown = |p: &Path| crate::text::clean(&p.display().to_string()).into_owned();
    if records > 0 && all_theirs && fs::rename(old, new).is_ok() {
        return Some(crate::t!(
            "store-client-moved",
            from = shown(old),
            to = shown(new)
        ));
    }
    Some(crate::t!(
        "store-client-old-folder",
        folder = shown(old),
        client = crate::text::clean(name),
        to = shown(new)
    ))
}

/// What `forget` deletes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Forget {
    /// One assessment of this store.
    Assessment(String),
    /// This store's whole directory: a client's, with everything in it.
    Client,
    /// Everything but the user's own rubrics.
    Everything,
}

impl Store {
    /// The files `forget` would delete, so the user can be asked first.
    pub fn forget_plan(&self, what: &Forget) -> Result<Vec<PathBuf>> {
        let mut files = Vec::new();
        match what {
            Forget::Assessment(id) => {
                let path = self.assessments_dir().join(format!("{id}.json"));
                let safe = !id.is_empty() && !id.contains(['/', '\\']) && !id.starts_with('.');
                if !safe || fs::symlink_metadata(&path).is_err() {
                    return Err(Error::NotFound(crate::t!(
                        "store-no-such-assessment",
                        id = id.as_str()
                    )));
                }
                files.push(path);
            }
            Forget::Client => collect_files(&self.dir, &mut files),
            Forget::Everything => {
                // Never the lock: other runs hold it or wait for it, and a new one would let
                // two of them in at once.
                for part in ["assessments", "clients", "unfinished.json", "plan.json"] {
                    collect_files(&self.home.join(part), &mut files);
                }
                // What a writer killed mid-write left behind holds answers too.
                if let Ok(entries) = fs::read_dir(&self.home) {
                    files.extend(
                        entries
                            .filter_map(|e| e.ok())
                            .map(|e| e.path())
                            .filter(|p| is_temporary(p)),
                    );
                }
            }
        }
        files.sort();
        Ok(files)
    }

    /// Deletes what `forget_plan` listed, and the directories left empty.
    pub fn forget(&self, what: &Forget) -> Result<Vec<PathBuf>> {
        // Under the lock, like every writer, so no run saves while its files go; the lock file
        // itself is never deleted.
        let _lock = self.lock()?;
        let files = self.forget_plan(what)?;
        for file in &files {
            match fs::remove_file(file) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => {
                    return Err(Self::store_error(file)(e));
                }
                _ => {}
            }
        }
        let dirs: Vec<PathBuf> = match what {
            Forget::Assessment(id) => {
                self.forget_tracks_of(id)?;
                vec![]
            }
            Forget::Client => vec![self.dir.clone()],
            Forget::Everything => vec![self.home.join("assessments"), self.home.join("clients")],
        };
        for dir in dirs {
            match fs::remove_dir_all(&dir) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => {
                    return Err(Self::store_error(&dir)(e));
                }
                _ => {}
            }
        }
        Ok(files)
    }
}

/// Every file below `path` (or `path` itself), links included but not followed.
fn collect_files(path: &Path, files: &mut Vec<PathBuf>) {
    let Ok(meta) = fs::symlink_metadata(path) else {
        return;
    };
    if meta.is_dir() {
        if let Ok(entries) = fs::read_dir(path) {
            for entry in entries.filter_map(|e| e.ok()) {
                collect_files(&entry.path(), files);
            }
        }
    } else {
        files.push(path.to_path_buf());
    }
}

/// An id ordered so that `x-10` sorts after `x-9`.
#[derive(PartialEq, Eq)]
struct NaturalId(String);

impl PartialOrd for NaturalId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for NaturalId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        natural(&self.0, &other.0)
    }
}

/// Compares ids so that `x-10` sorts after `x-9`.
fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |s: &str| {
        let (head, n) = match s.rsplit_once('-') {
            Some((h, n)) if n.len() < 6 && n.chars().all(|c| c.is_ascii_digit()) => {
                (h.to_string(), n.parse::<u64>().unwrap_or(0))
            }
            _ => (s.to_string(), 1),
        };
        (head, n)
    };
    key(a).cmp(&key(b))
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> std::result::Result<T, String> {
    let name = path.display().to_string();
    let text = crate::input::read_text(path, &name).map_err(|e| match e {
        Error::Data(d) => d
            .iter()
            .map(|d| d.message.clone())
            .collect::<Vec<_>>()
            .join(&crate::t!("list-separator")),
        other => other.to_string(),
    })?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;
    use std::collections::BTreeMap;

    #[test]
    fn client_names_become_safe_directory_names() {
        assert_eq!(client_slug("Jane Doe").as_deref(), Some("jane-doe"));
        assert_eq!(client_slug("../../etc").as_deref(), Some("etc"));
        assert_eq!(client_slug("Zoë  O'Neil").as_deref(), Some("zoë-o-neil"));
        assert_eq!(client_slug(" / "), None);
    }

    #[test]
    fn ids_sort_naturally() {
        let mut ids = vec!["20261123-091500-10", "20261123-091500-2", "20261123-091500"];
        ids.sort_by(|a, b| natural(a, b));
        assert_eq!(
            ids,
            ["20261123-091500", "20261123-091500-2", "20261123-091500-10"]
        );
    }

    #[test]
    fn kept_answers_read_back() {
        let json = r#"{"a": 4, "b": "skip"}"#;
        let m: BTreeMap<String, Kept> = serde_json::from_str(json).unwrap();
        assert_eq!(Answer::from(m["a"]), Answer::Value(4));
        assert_eq!(Answer::from(m["b"]), Answer::Skip);
        assert!(serde_json::from_str::<Kept>("\"maybe\"").is_err());
    }
}
