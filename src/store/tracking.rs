//! What has been done of the plan (SPEC section 8), kept per part of the store in
//! `<part>/plan.json`: each action's status changes and dated notes, and the person's own
//! actions. Read whole, changed under the store's lock, written atomically.

use std::fs;
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{Damaged, Store, read_json};
use crate::error::{Error, Result};
use crate::files::write_atomic;

/// The version of `plan.json`'s layout.
pub const TRACKING_FORMAT: u32 = 1;

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    Todo,
    Doing,
    Done,
    Dropped,
}

impl ActionStatus {
    /// Still to be worked on: to do or in progress.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Todo | ActionStatus::Doing)
    }

    /// The status in a word, in the reader's language.
    pub fn word(self) -> String {
        match self {
            ActionStatus::Todo => crate::t!("plan-status-todo"),
            ActionStatus::Doing => crate::t!("plan-status-doing"),
            ActionStatus::Done => crate::t!("plan-status-done"),
            ActionStatus::Dropped => crate::t!("plan-status-dropped"),
        }
    }
}

/// A status set on a day (`YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub date: String,
    pub status: ActionStatus,
}

/// A dated note: a step taken, the evidence that something was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub date: String,
    pub text: String,
}

/// One action's record: an action of an assessment's plan, or one of the person's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// The action's id.
    pub action: String,
    /// The assessment whose plan it was taken from; `None` for the person's own actions.
    #[serde(default)]
    pub assessment: Option<String>,
    /// Status changes, oldest first; the last one is the status (none: to do).
    #[serde(default)]
    pub changes: Vec<Change>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

impl Track {
    pub fn new(action: &str, assessment: Option<&str>) -> Track {
        Track {
            action: action.to_string(),
            assessment: assessment.map(str::to_string),
            changes: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn status(&self) -> ActionStatus {
        self.changes.last().map_or(ActionStatus::Todo, |c| c.status)
    }

    /// The day of the last change to `status`, while that is the status.
    pub fn since(&self, status: ActionStatus) -> Option<&str> {
        self.changes
            .last()
            .filter(|c| c.status == status)
            .map(|c| c.date.as_str())
    }

    /// The first day it was in progress, of the changes still standing.
    pub fn started(&self) -> Option<&str> {
        self.changes
            .iter()
            .find(|c| c.status == ActionStatus::Doing)
            .map(|c| c.date.as_str())
    }

    /// The day it was done or dropped, while it is.
    pub fn closed(&self) -> Option<&str> {
        self.changes
            .last()
            .filter(|c| !c.status.is_open())
            .map(|c| c.date.as_str())
    }
}

/// An action of the person's own, beside those the rubrics propose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnAction {
    pub id: String,
    pub text: String,
    pub done_when: String,
    /// Dimension ids; the first is its primary.
    pub addresses: Vec<String>,
    pub horizon: u32,
    /// The day it was added: its due date counts from there.
    pub added: String,
}

/// Everything `plan.json` holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tracking {
    pub format: u32,
    #[serde(default)]
    pub tracks: Vec<Track>,
    #[serde(default)]
    pub own: Vec<OwnAction>,
}

impl Default for Tracking {
    fn default() -> Self {
        Tracking {
            format: TRACKING_FORMAT,
            tracks: Vec::new(),
            own: Vec::new(),
        }
    }
}

impl Store {
    fn tracking_path(&self) -> PathBuf {
        self.dir.join("plan.json")
    }

    /// The plan's record; empty when there is none yet, an error when the file is damaged.
    pub fn tracking(&self) -> std::result::Result<Tracking, Damaged> {
        let path = self.tracking_path();
        match fs::symlink_metadata(&path) {
            Err(_) => Ok(Tracking::default()),
            Ok(m) if m.file_type().is_symlink() => Err(Damaged {
                path,
                reason: crate::t!("store-symlink"),
            }),
            Ok(_) => read_json(&path).map_err(|reason| Damaged { path, reason }),
        }
    }

    /// Reads the plan's record, lets `change` change it and writes it back, all under the
    /// store's lock, so that two processes changing it at once lose nothing. Nothing is
    /// written when `change` fails; a damaged record is never written over.
    pub fn change_tracking<T>(&self, change: impl FnOnce(&mut Tracking) -> Result<T>) -> Result<T> {
        let _lock = self.lock()?;
        self.change_tracking_locked(change)
    }

    fn change_tracking_locked<T>(
        &self,
        change: impl FnOnce(&mut Tracking) -> Result<T>,
    ) -> Result<T> {
        let path = self.tracking_path();
        let mut tracking = self.tracking().map_err(|d| Error::Store {
            path: d.path,
            source: io::Error::other(crate::t!("store-record-damaged", reason = d.reason)),
        })?;
        let result = change(&mut tracking)?;
        self.prepare(&self.dir)?;
        let json = serde_json::to_vec_pretty(&tracking).map_err(anyhow::Error::from)?;
        write_atomic(&path, &json).map_err(Self::store_error(&path))?;
        Ok(result)
    }

    /// Forgets the record of the actions taken from assessment `id`; called with the lock
    /// held, when the assessment itself is forgotten. Other assessments' records stay.
    pub(super) fn forget_tracks_of(&self, id: &str) -> Result<()> {
        // A damaged record cannot be changed; it is reported wherever the plan is shown.
        let has_some = self
            .tracking()
            .is_ok_and(|t| t.tracks.iter().any(|x| x.assessment.as_deref() == Some(id)));
        if !has_some {
            return Ok(());
        }
        self.change_tracking_locked(|t| {
            t.tracks
                .retain(|track| track.assessment.as_deref() != Some(id));
            Ok(())
        })
    }
}
