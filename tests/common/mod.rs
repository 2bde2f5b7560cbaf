//! Shared helpers: every test runs leadgap against a temporary home, never the user's.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// A temporary leadgap home and a place for test files.
pub struct Sandbox {
    pub dir: TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// `leadgap` with `LEADGAP_HOME` pointing into the sandbox and no colour.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("leadgap").expect("the leadgap binary");
        // English whatever the machine's locale: a test that reads text must not depend on it.
        cmd.env("LEADGAP_HOME", self.home())
            .env("LEADGAP_LANG", "en")
            .env_remove("NO_COLOR")
            .env("TERM", "dumb")
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        cmd
    }

    /// Writes `contents` to `name` inside the sandbox and returns its path.
    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }
}

/// The repository's own files.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs and returns (exit code, stdout, stderr).
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().expect("leadgap runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Starts every command at once, then waits for them all; each must succeed.
pub fn all_at_once(commands: impl IntoIterator<Item = std::process::Command>) {
    let children: Vec<_> = commands
        .into_iter()
        .map(|mut cmd| {
            cmd.stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("leadgap starts")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
