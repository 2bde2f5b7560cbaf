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

/// A small deterministic generator, so the files a test makes are the same on every run
/// and a failure can be replayed.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// `history --format json` (of `client`, when given): the kept assessments, and what was
/// said on stderr.
pub fn history(sb: &Sandbox, client: Option<&str>) -> (Vec<serde_json::Value>, String) {
    let mut cmd = sb.cmd();
    if let Some(c) = client {
        cmd.args(["--client", c]);
    }
    let (code, out, err) = run(cmd.args(["history", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    let list = serde_json::from_str::<serde_json::Value>(&out).unwrap();
    (list.as_array().unwrap().clone(), err)
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

/// Debian's Chromium, or `$CHROMIUM`. `.ci/run` installs it; elsewhere the browser tests are
/// skipped with a note, unless `CI` is set, where its absence is a failure.
pub fn chromium() -> Option<std::path::PathBuf> {
    let candidates = [
        std::env::var_os("CHROMIUM").map(Into::into),
        Some("/usr/bin/chromium".into()),
        Some("/usr/bin/chromium-browser".into()),
    ];
    let found = candidates
        .into_iter()
        .flatten()
        .find(|p: &std::path::PathBuf| p.exists());
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium is needed for the browser tests in CI (.ci/run installs it)"
        );
        eprintln!("skipping: no Chromium (set CHROMIUM=/path/to/chromium)");
    }
    found
}

/// The questions of `rubrics` (in order) that `role` can judge, as `rubric export` gives
/// them: objects with `id`, `text`, `text_others` and `observers`.
pub fn questions_for(sb: &Sandbox, rubrics: &[&str], role: &str) -> Vec<serde_json::Value> {
    let (code, out, err) = run(sb.cmd().args(["rubric", "export"]));
    assert_eq!(code, 0, "{err}");
    let export: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut found = Vec::new();
    for id in rubrics {
        let r = export["rubrics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == *id)
            .unwrap_or_else(|| panic!("rubric {id}"));
        for d in r["dimension"].as_array().unwrap() {
            for q in d["question"].as_array().unwrap() {
                if q["observers"].as_array().unwrap().iter().any(|o| o == role) {
                    found.push(q.clone());
                }
            }
        }
    }
    found
}

/// What `js` evaluates to in `tab`, or `null`.
pub fn eval(tab: &headless_chrome::Tab, js: &str) -> serde_json::Value {
    tab.evaluate(js, false)
        .unwrap_or_else(|e| panic!("{js}: {e}"))
        .value
        .unwrap_or(serde_json::Value::Null)
}

/// Headless Chromium with a fresh profile, no background traffic, a phone-sized window.
pub fn launch(browser: &Path, profile: &Path) -> headless_chrome::Browser {
    use std::ffi::OsStr;
    let args: Vec<&OsStr> = [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let options = headless_chrome::LaunchOptions::default_builder()
        .path(Some(browser.to_path_buf()))
        .headless(true)
        .sandbox(false)
        .window_size(Some((375, 800)))
        .user_data_dir(Some(profile.to_path_buf()))
        .args(args)
        .idle_browser_timeout(std::time::Duration::from_secs(180))
        .build()
        .unwrap();
    headless_chrome::Browser::new(options).expect("Chromium starts")
}

/// leadgap in a real pseudo-terminal, for the interactive screens.
#[cfg(unix)]
pub mod pty {
    use std::process::Command;
    use std::time::Duration;

    use expectrl::process::unix::WaitStatus;
    use expectrl::session::OsSession;
    use expectrl::{Expect, Session};

    use super::Sandbox;

    /// `leadgap` against the sandbox's home, in English, without colour, for a terminal.
    pub fn command(sb: &Sandbox) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("leadgap"));
        cmd.env("LEADGAP_HOME", sb.home())
            .env("LEADGAP_LANG", "en")
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        cmd
    }

    /// `cmd` started in a pty, waiting at most 20 s for each expected text.
    pub fn start(cmd: Command) -> OsSession {
        let mut session = Session::spawn(cmd).expect("spawn leadgap in a pty");
        session.set_expect_timeout(Some(Duration::from_secs(20)));
        session
    }

    /// Presses Ctrl-C and reads to the end: leadgap must exit 130 (interrupted). Returns what
    /// it showed after the key.
    pub fn interrupt(session: &mut OsSession) -> String {
        session.send(expectrl::ControlCode::EndOfText).unwrap();
        let tail = session.expect(expectrl::Eof).unwrap();
        let tail = String::from_utf8_lossy(tail.as_bytes()).into_owned();
        assert_eq!(exit_code(session), 130, "after Ctrl-C: {tail:?}");
        tail
    }

    /// How leadgap exited; a signal or a stop is a failure.
    pub fn exit_code(session: &OsSession) -> i32 {
        match session.get_process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("leadgap did not exit normally: {other:?}"),
        }
    }
}
