//! Hostile input, store faults and forgetting: nothing crashes, nothing raw reaches a
//! terminal, nothing is lost, and deleting deletes exactly what it says.

mod common;

use common::{Sandbox, repo, run};
use serde_json::Value;

const CLEAR: &str = "\u{1b}[2J";
const TITLE: &str = "\u{1b}]0;pwned\u{7}";
const RLO: &str = "\u{202e}";

/// TOML basic-string escapes for the hostile pieces.
const T_CLEAR: &str = "\\u001b[2J";
const T_TITLE: &str = "\\u001b]0;pwned\\u0007";
const T_RLO: &str = "\\u202e";
/// A C1 control (CSI, which some terminals take as ESC [) and DEL.
const T_C1: &str = "\\u009b2J\\u007f";

fn hostile_rubric() -> String {
    format!(
        r#"id = "hostile"
title = "Hostile {T_CLEAR} rubric"
version = "1{T_TITLE}"
kind = "traits"
description = "{T_RLO}evil"

[[dimension]]
id = "h-dim"
name = "Name {T_TITLE} here"
summary = "Summary {T_RLO} here"
  [[dimension.question]]
  id = "h-1"
  text = "I {T_CLEAR} do things {T_RLO}."
  [[dimension.question]]
  id = "h-2"
  text = "Me too."
  reverse = true

[[action]]
id = "h-act"
text = "Act {T_CLEAR} now"
horizon = 30
done_when = "Done {T_TITLE} {T_RLO}"
addresses = ["h-dim"]
"#
    )
}

fn hostile_answers() -> String {
    let huge = "N".repeat(100 * 1024);
    format!(
        "rubrics = [\"hostile\"]\nsubject = \"Eve {T_CLEAR}{T_TITLE}{T_RLO}{T_C1} {huge}\"\n[answers]\nh-1 = 1\nh-2 = 5\n"
    )
}

fn assert_no_raw_controls(what: &str, text: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{202e}', '\u{9b}', '\u{7f}'] {
        assert!(
            !text.contains(bad),
            "{what}: raw {:?} reached the terminal",
            bad
        );
    }
}

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    let sb = Sandbox::new();
    sb.file("rubrics/hostile.toml", hostile_rubric());
    let answers = sb.file("eve.toml", hostile_answers());
    let dir = sb.dir.path().join("rubrics");
    let with_rubrics = || {
        let mut cmd = sb.cmd();
        cmd.arg("--rubrics").arg(&dir);
        cmd
    };

    // Terminal formats: escaped or stripped, never raw; the huge name is cut.
    for format in ["table", "markdown"] {
        let (code, out, err) = run(with_rubrics()
            .args(["score", "--format", format])
            .arg(&answers));
        assert_eq!(code, 0, "{format}: {err}");
        assert_no_raw_controls(format, &out);
        assert_no_raw_controls(format, &err);
        assert!(
            out.len() < 20_000,
            "{format}: the 100 KB name is shown whole"
        );
        // Markdown escapes the backslash and bracket again, so they read as written.
        let shown = if format == "markdown" {
            "\\\\u{1b}\\[2J"
        } else {
            "\\u{1b}[2J"
        };
        assert!(out.contains(shown), "{format}: escapes are not shown");
    }
    let eve = answers.display().to_string();
    for args in [
        vec!["rubric", "show", "hostile"],
        vec!["rubric", "list"],
        vec!["template", "--rubric", "hostile"],
        vec!["feedback", &eve],
        vec!["feedback", "--format", "markdown", &eve],
        vec!["cohort", &eve],
        vec!["report", "--format", "markdown", &eve],
        vec!["report", "--format", "html", &eve],
    ] {
        let (code, out, err) = run(with_rubrics().args(&args));
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_no_raw_controls(&format!("{args:?}"), &out);
    }
    // Saved, then read back through every view.
    let (code, _, err) = run(with_rubrics()
        .args(["score", "--save", "--format", "jsonl"])
        .arg(&answers));
    assert_eq!(code, 0, "{err}");
    for args in [
        vec!["history"],
        vec!["plan"],
        vec!["plan", "--format", "markdown"],
    ] {
        let (code, out, err) = run(with_rubrics().args(&args));
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_no_raw_controls(&format!("{args:?}"), &out);
        assert_no_raw_controls(&format!("{args:?}"), &err);
    }

    // JSON escapes them, and keeps the text whole.
    for format in ["json", "jsonl"] {
        let (_, out, _) = run(with_rubrics()
            .args(["score", "--format", format])
            .arg(&answers));
        assert_no_raw_controls(format, &out);
        let v: Value = serde_json::from_str(
            out.lines()
                .next()
                .filter(|_| format == "jsonl")
                .unwrap_or(&out),
        )
        .unwrap();
        let v = if v.is_array() { v[0].clone() } else { v };
        let subject = v["subject"].as_str().unwrap();
        assert!(subject.contains(CLEAR) && subject.contains(TITLE) && subject.contains(RLO));
        assert!(subject.len() > 100 * 1024);
    }
    // CSV quotes them.
    let (_, out, _) = run(with_rubrics()
        .args(["score", "--format", "csv"])
        .arg(&answers));
    let row = out.lines().nth(1).unwrap();
    assert!(row.starts_with('"'), "{}", &row[..40]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let record = reader.records().next().unwrap().unwrap();
    assert!(record[1].contains(CLEAR));

    // Errors name hostile values escaped.
    let bad = sb.file(
        "bad.toml",
        format!("rater = \"{T_CLEAR}boss\"\n[answers]\n"),
    );
    let (code, _, err) = run(sb.cmd().arg("score").arg(&bad));
    assert_eq!(code, 65);
    assert_no_raw_controls("error", &err);
    assert!(err.contains("rater `\\u{1b}[2Jboss`"), "{err}");
}

#[test]
fn files_over_a_mebibyte_are_refused_before_parsing() {
    let sb = Sandbox::new();
    let big = sb.file(
        "big.toml",
        format!("[answers]\n# {}\n", "x".repeat(1024 * 1024)),
    );
    let (code, _, err) = run(sb.cmd().arg("score").arg(&big));
    assert_eq!(code, 65);
    assert!(err.contains("file is larger than 1024 KiB"), "{err}");
    let (code, _, err) = run(sb.cmd().args(["rubric", "check"]).arg(&big));
    assert_eq!(code, 65);
    assert!(err.contains("file is larger than 1024 KiB"), "{err}");
}

/// A store that cannot be written (its directory would sit under a regular file: this
/// fails for root too, unlike a read-only mode).
#[test]
fn an_unwritable_store_is_exit_73_and_the_results_still_print() {
    let sb = Sandbox::new();
    sb.file("blocker", "a file where the store's parent should be");
    let home = sb.dir.path().join("blocker/home");
    let (code, out, err) = run(sb
        .cmd()
        .env("LEADGAP_HOME", &home)
        .args(["score", "--save", "--format", "jsonl"])
        .arg(repo("examples/strong-executor.toml")));
    assert_eq!(code, 73, "{err}");
    let r: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(r["subject"], "Alex Rivera");
    assert!(err.contains("cannot write the store at"), "{err}");
    assert!(
        err.contains(&sb.dir.path().join("blocker").display().to_string()),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn killing_a_writer_never_leaves_a_partial_file() {
    use std::time::Duration;
    let sb = Sandbox::new();
    let bin = assert_cmd::cargo::cargo_bin("leadgap");
    let examples = repo("examples");
    let mut rng = 0x2545F4914F6CDD1Du64;
    for _ in 0..200 {
        let mut child = std::process::Command::new(&bin)
            .env("LEADGAP_HOME", sb.home())
            .args(["-q", "score", "--save", "--format", "jsonl"])
            .arg(&examples)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        std::thread::sleep(Duration::from_micros(rng % 60_000));
        let _ = child.kill();
        let _ = child.wait();
    }
    let dir = sb.home().join("assessments");
    let mut whole = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let v: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} is damaged: {e}"));
            assert!(v["dimensions"].is_array());
            whole += 1;
        } else {
            assert!(
                name.starts_with(".tmp-") && name.ends_with(".partial"),
                "{name}"
            );
        }
    }
    assert!(
        whole > 0,
        "no writer got to the end: the test proves nothing"
    );
    // The next write clears what killed writers left, and every file lists.
    let (code, out, err) = run(sb
        .cmd()
        .args(["score", "--save"])
        .arg(repo("examples/strong-executor.toml")));
    assert_eq!(code, 0, "{err}");
    assert!(!out.is_empty());
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".partial"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    let (_, history, err) = run(sb.cmd().args(["history", "--format", "json"]));
    assert!(!err.contains("damaged"), "{err}");
    assert_eq!(
        serde_json::from_str::<Value>(&history)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        whole + 1
    );
}

#[cfg(unix)]
#[test]
fn links_inside_the_store_are_not_followed() {
    let sb = Sandbox::new();
    let outside = sb.dir.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::create_dir_all(sb.home().join("clients")).unwrap();
    let eve = leadgap::store::client_dir_name("eve").unwrap();
    std::os::unix::fs::symlink(&outside, sb.home().join("clients").join(eve)).unwrap();
    let (code, _, err) = run(sb
        .cmd()
        .args(["--client", "eve", "score", "--save"])
        .arg(repo("examples/strong-executor.toml")));
    assert_eq!(code, 73, "{err}");
    assert!(err.contains("symbolic link"), "{err}");
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);

    // A linked assessment file is reported, not read.
    std::fs::create_dir_all(sb.home().join("assessments")).unwrap();
    let secret = sb.file("secret.json", "{}");
    std::os::unix::fs::symlink(&secret, sb.home().join("assessments/x.json")).unwrap();
    let (code, _, err) = run(sb.cmd().args(["history", "--format", "json"]));
    assert_eq!(code, 0);
    assert!(err.contains("symbolic link"), "{err}");

    // So is a linked unfinished run: assess would otherwise read (and later replace) a
    // file outside the store.
    let run_outside = sb.file("run.json", "{}");
    std::os::unix::fs::symlink(&run_outside, sb.home().join("unfinished.json")).unwrap();
    let store = leadgap::store::Store::open(&sb.home(), None).unwrap();
    let damaged = store.unfinished().unwrap_err();
    assert!(
        damaged.reason.contains("symbolic link"),
        "{}",
        damaged.reason
    );
}

#[test]
fn a_csv_line_over_a_mebibyte_is_refused_not_held() {
    let sb = Sandbox::new();
    let mut csv = String::from("subject,rater,sp-1\n");
    csv.push_str(&"x".repeat(2 * 1024 * 1024));
    csv.push_str(",self,4\n");
    let path = sb.file("huge.csv", csv);
    let (code, _, err) = run(sb
        .cmd()
        .args(["score", "--answers-format", "csv"])
        .arg(&path));
    assert_eq!(code, 65, "{err}");
    assert!(err.contains("longer than 1024 KiB"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_store_others_can_read_gets_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let (code, _, _) = run(sb
        .cmd()
        .args(["score", "--save"])
        .arg(repo("examples/strong-executor.toml")));
    assert_eq!(code, 0);
    std::fs::set_permissions(sb.home(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let (code, _, err) = run(sb.cmd().arg("history"));
    assert_eq!(code, 0);
    assert!(err.contains("can be read by other users"), "{err}");
    assert!(err.contains("chmod 700"), "{err}");
}

fn listing(sb: &Sandbox) -> Vec<String> {
    let mut files = Vec::new();
    let mut stack = vec![sb.home()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else {
            files.push(p.strip_prefix(sb.home()).unwrap().display().to_string());
        }
    }
    files.sort();
    files
}

#[test]
fn forget_removes_exactly_what_it_says() {
    let sb = Sandbox::new();
    let save = |client: Option<&str>, file: &str| {
        let mut cmd = sb.cmd();
        if let Some(c) = client {
            cmd.args(["--client", c]);
        }
        let (code, _, err) = run(cmd.args(["score", "--save"]).arg(repo(file)));
        assert_eq!(code, 0, "{err}");
    };
    save(None, "examples/strong-executor.toml");
    save(None, "examples/ready-for-director.toml");
    save(Some("Ann"), "examples/strong-executor.toml");
    save(Some("Bob"), "examples/ready-for-director.toml");
    sb.file("home/rubrics/mine.toml", "# my own rubric");
    let ids: Vec<String> = {
        let (_, out, _) = run(sb.cmd().args(["history", "--format", "json"]));
        serde_json::from_str::<Value>(&out)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids.len(), 2);

    // Without --yes and without a terminal, nothing happens.
    let before = listing(&sb);
    let (code, _, err) = run(sb.cmd().args(["forget", &ids[0]]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("add --yes"), "{err}");
    assert_eq!(listing(&sb), before);

    // One assessment.
    let (code, out, err) = run(sb.cmd().args(["forget", "--yes", &ids[0]]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1);
    assert!(
        out.contains(&format!("assessments/{}.json", ids[0])),
        "{out}"
    );
    let gone = format!("assessments/{}.json", ids[0]);
    let after: Vec<_> = before.iter().filter(|f| **f != gone).cloned().collect();
    assert_eq!(listing(&sb), after);
    let (code, _, _) = run(sb.cmd().args(["forget", "--yes", "no-such-id"]));
    assert_eq!(code, 66);
    let (code, _, _) = run(sb.cmd().args(["forget", "--yes", "../unfinished"]));
    assert_eq!(code, 66);

    // One client: all of Ann, nothing of Bob.
    let (code, out, err) = run(sb.cmd().args(["--client", "Ann", "forget", "--yes"]));
    assert_eq!(code, 0, "{err}");
    let ann = format!(
        "clients/{}/",
        leadgap::store::client_dir_name("Ann").unwrap()
    );
    let bob = format!(
        "clients/{}/",
        leadgap::store::client_dir_name("Bob").unwrap()
    );
    assert!(out.lines().all(|l| l.contains(&ann)), "{out}");
    let now = listing(&sb);
    assert!(!now.iter().any(|f| f.contains(&ann)));
    assert!(
        now.iter()
            .any(|f| f.contains(&format!("{bob}assessments/")))
    );
    assert!(now.iter().any(|f| f.starts_with("assessments/")));

    // Everything, but the user's own rubrics; a half-written file holds answers too.
    sb.file("home/.tmp-AbC123.partial", "{\"answers\":");
    let (code, out, err) = run(sb.cmd().args(["forget", "--all", "--yes"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("{bob}assessments/")), "{out}");
    assert!(!out.contains(".lock"), "the lock is never deleted: {out}");
    // The empty lock file stays: runs waiting on it must not be let in two at a time.
    assert_eq!(listing(&sb), [".lock", "rubrics/mine.toml"]);

    // Nothing said: a usage error.
    let (code, _, err) = run(sb.cmd().args(["forget", "--yes"]));
    assert_eq!(code, 2);
    assert!(err.contains("say what to forget"), "{err}");
}
