//! Who gave the answers (SPEC section 2), and who can judge a statement (SPEC section 1).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Who gave the answers.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Rater {
    #[default]
    #[serde(rename = "self")]
    #[value(name = "self")]
    Myself,
    Manager,
    Peer,
    Report,
    Coach,
}

impl Rater {
    pub const ALL: [Rater; 5] = [
        Rater::Myself,
        Rater::Manager,
        Rater::Peer,
        Rater::Report,
        Rater::Coach,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rater::Myself => "self",
            Rater::Manager => "manager",
            Rater::Peer => "peer",
            Rater::Report => "report",
            Rater::Coach => "coach",
        }
    }
}

impl fmt::Display for Rater {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Rater {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Rater::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| crate::t!("answers-rater-unknown", rater = s))
    }
}
