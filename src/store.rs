//! The store (SPEC section 7): the only code that writes leadgap's data directory.
//!
//! Layout, readable by hand:
//!
//! ```text
//! <home>/
//!   .lock                       taken around every change
//!   assessments/<id>.json       the user's own finished assessments
//!   unfinished.json             the user's own unfinished run, if any
//!   clients/<slug>/assessments/ the same for each client of a coach
//!   clients/<slug>/unfinished.json
//!   rubrics/                    extra rubrics (read, never written)
//! ```
//!
//! Every write goes to a temporary file in the same directory that is flushed to disk and then
//! renamed over the target, so a reader (or a crash) sees the old file or the new one, never
//! half of one. Files are created 0600 and directories 0700: this is personal data.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::answers::{Answer, AnswerSheet, Rater};
use crate::error::{Error, Result};
use crate::rubric::{Rubric, RubricSet};
use crate::score::{DimensionScore, PlanItem, Scores};

/// The version of the files' layout, written into each file.
pub const FORMAT: u32 = 1;

/// An answer as kept: a number, or the string "skip".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Kept {
    Value(i64),
    Skip(SkipWord),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SkipWord {
    Skip,
}

impl From<Answer> for Kept {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Value(v) => Kept::Value(v),
            Answer::Skip => Kept::Skip(SkipWord::Skip),
        }
    }
}

impl From<Kept> for Answer {
    fn from(k: Kept) -> Self {
        match k {
            Kept::Value(v) => Answer::Value(v),
            Kept::Skip(_) => Answer::Skip,
        }
    }
}

/// Which rubric, exactly, an assessment was scored against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RubricRef {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

impl From<&Rubric> for RubricRef {
    fn from(r: &Rubric) -> Self {
        RubricRef {
            id: r.id.clone(),
            version: r.version.clone(),
            sha256: r.sha256.clone(),
        }
    }
}

/// A plan action as kept: self-contained, so an old plan reads well after rubrics change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptAction {
    pub id: String,
    pub score: f64,
    pub horizon: u32,
    /// Kept since version 2 of the plan rule; a plan kept without it was chosen by version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<String>,
    pub addresses: Vec<String>,
    pub text: String,
    pub done_when: String,
}

/// A finished assessment: answers, scores, the whole plan, and where they came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub format: u32,
    /// Set when saved; also the file's name.
    #[serde(default)]
    pub id: String,
    /// When it was saved (RFC 3339, UTC).
    pub created: String,
    pub client: Option<String>,
    pub subject: Option<String>,
    pub rater: Rater,
    pub date: Option<String>,
    /// `assess`, or the answer file it was scored from.
    pub source: String,
    pub rubrics: Vec<RubricRef>,
    pub answers: BTreeMap<String, Kept>,
    pub readiness: Option<f64>,
    pub barrier_load: Option<f64>,
    pub dimensions: Vec<DimensionScore>,
    /// Every action with a score above zero, best first: `plan --top N` cuts it.
    pub plan: Vec<KeptAction>,
}

impl Assessment {
    /// Builds the record of a scored sheet; `scores` should hold the whole plan.
    pub fn new(
        set: &RubricSet,
        sheet: &AnswerSheet,
        scores: &Scores,
        client: Option<&str>,
        source: &str,
    ) -> Assessment {
        Assessment {
            format: FORMAT,
            id: String::new(),
            created: jiff::Timestamp::now().to_string(),
            client: client.map(str::to_string),
            subject: sheet.subject.clone(),
            rater: sheet.rater,
            date: sheet.date.clone(),
            source: source.to_string(),
            rubrics: sheet
                .rubrics
                .iter()
                .filter_map(|id| set.get(id))
                .map(RubricRef::from)
                .collect(),
            answers: sheet
                .answers
                .iter()
                .map(|(k, v)| (k.clone(), Kept::from(*v)))
                .collect(),
            readiness: scores.readiness,
            barrier_load: scores.barrier_load,
            dimensions: scores.dimensions.clone(),
            plan: scores
                .plan
                .iter()
                .map(|p| {
                    let action = set.actions().find(|a| a.id == p.id);
                    KeptAction {
                        id: p.id.clone(),
                        score: p.score,
                        horizon: p.horizon,
                        primary: p.primary.clone(),
                        addresses: p.addresses.clone(),
                        text: action.map(|a| a.text.clone()).unwrap_or_default(),
                        done_when: action.map(|a| a.done_when.clone()).unwrap_or_default(),
                    }
                })
                .collect(),
        }
    }

    /// The answers as an answer sheet again.
    pub fn sheet(&self) -> AnswerSheet {
        AnswerSheet {
            rubrics: self.rubrics.iter().map(|r| r.id.clone()).collect(),
            subject: self.subject.clone(),
            rater: self.rater,
            date: self.date.clone(),
            answers: self
                .answers
                .iter()
                .map(|(k, v)| (k.clone(), Answer::from(*v)))
                .collect(),
        }
    }

    /// The kept plan of at most `top` actions, chosen again as the rule it was made under
    /// says (see [`Assessment::scores`]).
    pub fn plan_of(&self, top: usize) -> impl Iterator<Item = &KeptAction> {
        let chosen: Vec<usize> = if self.plan.iter().all(|a| a.primary.is_some()) {
            crate::score::select(self.plan.iter().filter_map(|a| a.primary.as_deref()), top)
        } else {
            (0..self.plan.len().min(top)).collect()
        };
        chosen.into_iter().map(|i| &self.plan[i])
    }

    /// The scores, with the plan cut to `top` as the rule it was made under says: every
    /// candidate is kept in candidate order, so version 2's choice can be made again for any
    /// length; a plan from version 1 (no primaries kept) is cut as it was.
    pub fn scores(&self, top: usize) -> Scores {
        Scores {
            readiness: self.readiness,
            barrier_load: self.barrier_load,
            dimensions: self.dimensions.clone(),
            plan: self
                .plan_of(top)
                .map(|a| PlanItem {
                    id: a.id.clone(),
                    score: a.score,
                    horizon: a.horizon,
                    primary: a.primary.clone(),
                    addresses: a.addresses.clone(),
                })
                .collect(),
            plan_candidates: self.plan.len(),
        }
    }
}

/// A questionnaire in progress, saved after every answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unfinished {
    pub format: u32,
    pub started: String,
    pub client: Option<String>,
    pub subject: Option<String>,
    pub rater: Rater,
    pub rubrics: Vec<String>,
    /// The seed of `--shuffle`, so a resumed run keeps its order.
    pub seed: Option<u64>,
    /// Question ids in the order they are asked.
    pub order: Vec<String>,
    pub answers: BTreeMap<String, Kept>,
}

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

impl Store {
    /// The store under `home`, for `client` or for the user's own data. Creates nothing.
    pub fn open(home: &Path, client: Option<&str>) -> Result<Store> {
        let dir = match client {
            None => home.to_path_buf(),
            Some(name) => {
                let slug = client_slug(name).ok_or_else(|| {
                    Error::Usage(format!(
                        "client name `{name}` has no letters or digits; give a name such as `jane-doe`"
                    ))
                })?;
                home.join("clients").join(slug)
            }
        };
        Ok(Store {
            home: home.to_path_buf(),
            dir,
            client: client.map(str::to_string),
        })
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
                source: io::Error::other(
                    "is a symbolic link; leadgap does not follow links inside its store",
                ),
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
                    source: io::Error::other(
                        "is a symbolic link; leadgap does not follow links inside its store",
                    ),
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
            paths.dedup();
            for path in paths {
                let Ok(meta) = fs::symlink_metadata(&path) else {
                    continue;
                };
                if meta.permissions().mode() & 0o077 != 0 {
                    let fix = if meta.is_dir() { "700" } else { "600" };
                    warnings.push(format!(
                        "{} can be read by other users; `chmod {fix} {}` keeps it private",
                        path.display(),
                        path.display()
                    ));
                }
            }
        }
        warnings
    }

    /// Saves a finished assessment under a new id and returns the file's path.
    pub fn save(&self, assessment: &mut Assessment) -> Result<PathBuf> {
        let _lock = self.lock()?;
        let dir = self.assessments_dir();
        self.prepare(&dir)?;
        let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
        let mut id = stamp.clone();
        let mut n = 1;
        // Under the lock, so two processes cannot pick the same id.
        while dir.join(format!("{id}.json")).exists() {
            n += 1;
            id = format!("{stamp}-{n}");
        }
        assessment.id = id.clone();
        let path = dir.join(format!("{id}.json"));
        let json = serde_json::to_vec_pretty(assessment).map_err(anyhow::Error::from)?;
        write_atomic(&path, &json).map_err(Self::store_error(&path))?;
        Ok(path)
    }

    /// Every readable assessment, oldest first, and the files that could not be read.
    pub fn list(&self) -> (Vec<Assessment>, Vec<Damaged>) {
        let mut found = Vec::new();
        let mut damaged = Vec::new();
        let dir = self.assessments_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return (found, damaged),
            Err(e) => {
                damaged.push(Damaged {
                    path: dir,
                    reason: e.to_string(),
                });
                return (found, damaged);
            }
        };
        for entry in entries.filter_map(|e| e.ok()) {
            let path = entry.path();
            if path.extension().is_none_or(|x| x != "json") {
                continue;
            }
            if entry.file_type().is_ok_and(|t| t.is_symlink()) {
                damaged.push(Damaged {
                    path,
                    reason: "is a symbolic link; leadgap does not follow links inside its store"
                        .into(),
                });
                continue;
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
        found.sort_by(|a, b| {
            let ta = a.created.parse::<jiff::Timestamp>().ok();
            let tb = b.created.parse::<jiff::Timestamp>().ok();
            ta.cmp(&tb).then_with(|| natural(&a.id, &b.id))
        });
        damaged.sort_by(|a, b| a.path.cmp(&b.path));
        (found, damaged)
    }

    /// The unfinished run, if there is one. A damaged one is reported as such.
    pub fn unfinished(&self) -> std::result::Result<Option<Unfinished>, Damaged> {
        let path = self.unfinished_path();
        match fs::symlink_metadata(&path) {
            Err(_) => return Ok(None),
            Ok(m) if m.file_type().is_symlink() => {
                return Err(Damaged {
                    path,
                    reason: "a symbolic link, not followed out of the store".to_string(),
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

fn write_new(path: &Path, text: &str) -> io::Result<()> {
    let mut f = private_options().write(true).create_new(true).open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// Removes temporary files left by a writer that was killed mid-write. Called under the lock,
/// when no writer of ours is running, so every temporary file found is stale.
fn remove_stale_temporaries(dir: &Path) {
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
fn is_temporary(path: &Path) -> bool {
    path.file_name()
        .map(|n| n.to_string_lossy())
        .is_some_and(|n| n.starts_with(".tmp-") && n.ends_with(".partial"))
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
                    return Err(Error::NotFound(format!(
                        "no saved assessment `{id}`; `leadgap history` lists them"
                    )));
                }
                files.push(path);
            }
            Forget::Client => collect_files(&self.dir, &mut files),
            Forget::Everything => {
                for part in ["assessments", "clients", "unfinished.json", ".lock"] {
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
        // Under the lock, so no run saves while its files go; the lock file itself goes
        // last, with everything else, when all is forgotten.
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
            Forget::Assessment(_) => vec![],
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
            .join("; "),
        other => other.to_string(),
    })?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

fn private_options() -> fs::OpenOptions {
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

/// Writes `bytes` to `path` so that readers see the old file or the new one, never a mix:
/// a temporary file in the same directory, flushed to disk (errors at close are otherwise
/// lost), then renamed over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    // tempfile creates the file 0600 on Unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .suffix(".partial")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
