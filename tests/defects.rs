//! What two trials of 0.1.0 found, one test each (numbered as in the report), and the class
//! behind each checked across the commands it could reach.
#![cfg(unix)]

mod common;

use std::path::Path;
use std::process::Command as Process;
use std::time::Duration;

use common::{Sandbox, repo, run};
use serde_json::Value;

/// A FIFO at `path`: reading it would block until a writer comes, which never happens.
fn fifo(path: &Path) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    let status = Process::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

fn save(sb: &Sandbox, file: &Path, client: Option<&str>) -> (i32, String) {
    let mut cmd = sb.cmd();
    if let Some(c) = client {
        cmd.args(["--client", c]);
    }
    let (code, _, err) = run(cmd.args(["score", "--save"]).arg(file));
    (code, err)
}

/// Item 1: `forget --all` racing saves: the lock is never deleted, so ids stay unique and no save
/// fails for a lock file that vanished.
#[test]
fn forget_all_racing_saves_loses_nothing_it_should_keep() {
    let sb = Sandbox::new();
    let file = repo("examples/strong-executor.toml");
    let bin = assert_cmd::cargo::cargo_bin("leadgap");
    let spawn = |args: &[&str]| {
        Process::new(&bin)
            .env("LEADGAP_HOME", sb.home())
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let path = file.to_str().unwrap();
    let mut saves = Vec::new();
    let mut forgets = Vec::new();
    for i in 0..12 {
        saves.push(spawn(&["score", "--save", path]));
        if i % 3 == 0 {
            forgets.push(spawn(&["forget", "--all", "--yes"]));
        }
    }
    let mut ids = Vec::new();
    for child in saves {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{err}");
        ids.extend(
            err.lines()
                .filter_map(|l| l.split("saved as ").nth(1))
                .map(str::to_string),
        );
    }
    for child in forgets {
        assert!(child.wait_with_output().unwrap().status.success());
    }
    assert_eq!(ids.len(), 12);
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), 12, "two saves got the same id: {ids:?}");
    assert!(
        sb.home().join(".lock").exists(),
        "the lock file was deleted"
    );
}

/// Item 2: Different client names never share data, and forgetting one leaves the others.
#[test]
fn client_names_never_collide() {
    let sb = Sandbox::new();
    let file = repo("examples/strong-executor.toml");
    let names = ["A B", "a-b", "a.b", "Jane Doe!", "Jane Doe"];
    for name in names {
        assert_eq!(save(&sb, &file, Some(name)).0, 0);
    }
    for name in names {
        let h = common::history(&sb, Some(name)).0;
        assert_eq!(h.len(), 1, "{name}");
        assert_eq!(h[0]["client"], name);
    }
    let (code, _, err) = run(sb.cmd().args(["--client", "A B", "forget", "--yes"]));
    assert_eq!(code, 0, "{err}");
    assert!(common::history(&sb, Some("A B")).0.is_empty());
    for name in &names[1..] {
        assert_eq!(
            common::history(&sb, Some(name)).0.len(),
            1,
            "{name} lost data"
        );
    }
}

/// Item 2: A folder named as 0.1 named it moves to its own name when all in it is the client's,
/// and is left alone, with a word, when it holds another name's answers.
#[test]
fn old_client_folders_are_adopted_only_when_unambiguous() {
    let sb = Sandbox::new();
    let file = repo("examples/strong-executor.toml");
    assert_eq!(save(&sb, &file, Some("Jane Doe")).0, 0);
    let clients = sb.home().join("clients");
    let new = clients.join(leadgap::store::client_dir_name("Jane Doe").unwrap());
    // Make it look as 0.1 left it.
    std::fs::rename(&new, clients.join("jane-doe")).unwrap();
    let (code, _, err) = run(sb.cmd().args(["--client", "Jane Doe", "history"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("moved"), "{err}");
    assert!(new.is_dir() && !clients.join("jane-doe").exists());

    // A folder shared by two names under 0.1 is not taken by either.
    std::fs::rename(&new, clients.join("jane-doe")).unwrap();
    assert_eq!(save(&sb, &file, Some("jane-doe")).0, 0);
    let shared = clients.join(leadgap::store::client_dir_name("jane-doe").unwrap());
    let from = std::fs::read_dir(shared.join("assessments"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    std::fs::rename(from.path(), clients.join("jane-doe/assessments/other.json")).unwrap();
    let (code, _, err) = run(sb.cmd().args(["--client", "Jane Doe", "history"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("written by leadgap 0.1"), "{err}");
    assert!(clients.join("jane-doe").is_dir());
}

/// Item 3: A FIFO in the store, among answer files, or as the unfinished run never hangs a
/// command; the good files are still read.
#[test]
fn fifos_never_hang_a_command() {
    let sb = Sandbox::new();
    assert_eq!(save(&sb, &repo("examples/strong-executor.toml"), None).0, 0);
    fifo(&sb.home().join("assessments/fifo.json"));
    for args in [
        vec!["history"],
        vec!["plan"],
        vec!["report", "--format", "markdown"],
    ] {
        let out = sb
            .cmd()
            .args(&args)
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?} hung or failed");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("not a regular file"), "{args:?}: {err}");
    }
    fifo(&sb.home().join("unfinished.json"));
    let out = sb
        .cmd()
        .args(["assess"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert!(out.status.code().is_some(), "assess hung on a FIFO");

    let dir = sb.dir.path().join("answers");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(repo("examples/strong-executor.toml"), dir.join("a.toml")).unwrap();
    fifo(&dir.join("b.toml"));
    let out = sb
        .cmd()
        .args(["score", "--format", "jsonl"])
        .arg(&dir)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(74), "a FIFO is an I/O failure");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("a.toml"), "the good file was not printed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
}

/// Item 3: `-o` and `--save-answers` write only over a regular file or a new name; `-o -` is
/// standard output.
#[test]
fn named_outputs_never_replace_links_devices_or_pipes() {
    let sb = Sandbox::new();
    let file = repo("examples/strong-executor.toml");
    let target = sb.file("target.md", "keep me");
    let link = sb.dir.path().join("link.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let pipe = sb.dir.path().join("pipe.md");
    fifo(&pipe);
    for out in [&link, &pipe, Path::new("/dev/null")] {
        let (code, _, err) = run(sb.cmd().arg("report").arg(&file).arg("-o").arg(out));
        assert_eq!(code, 74, "{}: {err}", out.display());
        assert!(err.contains("writes only over a regular file"), "{err}");
    }
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );

    let (code, out, err) = run(sb.cmd().arg("report").arg(&file).args(["-o", "-"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("# "), "{out}");
    assert!(!sb.dir.path().join("-").exists() && !repo("-").exists());

    // Item 23: Into a missing folder: the reason, and no temporary file's name.
    let missing = sb.dir.path().join("no/such/dir/r.md");
    let (code, _, err) = run(sb.cmd().arg("report").arg(&file).arg("-o").arg(&missing));
    assert_eq!(code, 74);
    assert!(err.contains("there is no such directory"), "{err}");
    assert!(!err.contains(".tmp-") && !err.contains(".partial"), "{err}");
    // Item 23: `.pdf` is not a format leadgap writes.
    let (code, _, err) = run(sb.cmd().arg("report").arg(&file).args(["-o", "out.pdf"]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("HTML or Markdown"), "{err}");
}

/// Item 4: An edited `date` in a kept assessment never reaches the terminal raw.
#[test]
fn kept_text_is_cleaned_on_the_way_out() {
    let sb = Sandbox::new();
    assert_eq!(save(&sb, &repo("examples/strong-executor.toml"), None).0, 0);
    let dir = sb.home().join("assessments");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut kept: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    kept["date"] = Value::String("2026-11-02\u{1b}]0;pwned\u{7}\u{1b}[2J".into());
    std::fs::write(&path, serde_json::to_string(&kept).unwrap()).unwrap();
    for args in [
        vec!["plan"],
        vec!["history"],
        vec!["report", "--format", "markdown"],
    ] {
        let (code, out, err) = run(sb.cmd().args(&args));
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(
            !out.contains('\u{1b}') && !err.contains('\u{1b}'),
            "{args:?}: {out}"
        );
    }
}

/// Item 6: One quoted CSV field over many short lines is one row, and too long.
#[test]
fn a_csv_row_is_bounded_not_its_lines() {
    let sb = Sandbox::new();
    let mut csv = String::from("subject,sp-1\n\"");
    csv.push_str(&"x\n".repeat(600_000));
    csv.push_str("\",4\n");
    let file = sb.file("big.csv", csv);
    let (code, _, err) = run(sb.cmd().arg("score").arg(&file));
    assert_eq!(code, 65, "{err}");
    assert!(err.contains("a row is longer than 1024 KiB"), "{err}");
}

/// Item 7: Weights that overflow or vanish are refused with the reason.
#[test]
fn extreme_weights_are_refused() {
    let text = std::fs::read_to_string(repo("tests/fixtures/rubrics/small-traits.toml")).unwrap();
    for weight in ["1e308", "5e-324"] {
        let sb = Sandbox::new();
        let changed = text.replacen("weight = 2.0", &format!("weight = {weight}"), 1);
        assert_ne!(changed, text, "the fixture has no `weight = 2.0`");
        let file = sb.file("w.toml", changed);
        let (code, _, err) = run(sb.cmd().args(["rubric", "check"]).arg(&file));
        assert_eq!(code, 65, "{weight}: {err}");
        assert!(err.contains("out of range"), "{err}");
    }
}

/// Item 8: Writing to a full disk is an I/O error (74) in every command that prints, never a
/// panic.
#[test]
fn a_full_disk_is_74_never_a_panic() {
    let sb = Sandbox::new();
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for args in [
        vec!["completions", "bash"],
        vec!["man"],
        vec!["template"],
        vec!["rubric", "export"],
        vec!["score", "examples/strong-executor.toml"],
    ] {
        let out = Process::new(assert_cmd::cargo::cargo_bin("leadgap"))
            .env("LEADGAP_HOME", sb.home())
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(&args)
            .stdout(full())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(74), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// Item 9: No harmful advice: a link in the store is not to be chmod-ed, and a home that is not a
/// folder is an error.
#[test]
fn advice_never_harms() {
    let sb = Sandbox::new();
    assert_eq!(save(&sb, &repo("examples/strong-executor.toml"), None).0, 0);
    let elsewhere = sb.file("elsewhere.json", "{}");
    let link = sb.home().join("assessments/linked.json");
    std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
    let (code, _, err) = run(sb.cmd().arg("history"));
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("chmod"), "{err}");

    let out = sb
        .cmd()
        .env("LEADGAP_HOME", "/dev/null")
        .arg("history")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(73), "{err}");
    assert!(
        err.contains("is not a directory") && !err.contains("chmod"),
        "{err}"
    );
}

/// Item 10: A long error keeps its reason; an unreadable store is an error, not a damaged file.
#[test]
fn errors_keep_their_reason() {
    let sb = Sandbox::new();
    let long = sb.dir.path().join(format!("{}.toml", "n".repeat(300)));
    let (code, _, err) = run(sb.cmd().arg("score").arg(&long));
    assert_eq!(code, 74, "{err}");
    assert!(err.contains("File name too long"), "{err}");

    std::fs::create_dir_all(sb.home()).unwrap();
    std::fs::write(sb.home().join("assessments"), "not a folder").unwrap();
    let (code, _, err) = run(sb.cmd().arg("history"));
    assert_eq!(code, 74, "{err}");
    assert!(!err.contains("damaged"), "{err}");
}

/// Item 11: Permission denied is 74 in every reader.
#[test]
fn permission_denied_is_74_everywhere() {
    if unsafe_root() {
        eprintln!("skipped: root reads any file whatever its mode");
        return;
    }
    let sb = Sandbox::new();
    let file = sb.file(
        "locked.toml",
        std::fs::read(repo("examples/strong-executor.toml")).unwrap(),
    );
    std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    for args in [
        vec!["score"],
        vec!["feedback"],
        vec!["cohort"],
        vec!["report"],
        vec!["rubric", "check"],
    ] {
        let (code, _, err) = run(sb.cmd().args(&args).arg(&file));
        assert_eq!(code, 74, "{args:?}: {err}");
    }
}

/// Root reads any file whatever its mode: a permission test cannot fail there.
fn unsafe_root() -> bool {
    Process::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Item 11: A batch with a missing file and a bad one exits 65 (bad data first), as SPEC 6 says.
#[test]
fn a_batch_exits_with_the_worst_failure() {
    let sb = Sandbox::new();
    let bad = sb.file("bad.toml", "[answers]\nsp-1 = 9\n");
    let good = repo("examples/strong-executor.toml");
    let (code, out, _) = run(sb
        .cmd()
        .arg("score")
        .arg(&good)
        .arg("missing.toml")
        .arg(&bad));
    assert_eq!(code, 65);
    assert!(out.contains("Alex Rivera"));
    let (code, _, _) = run(sb.cmd().arg("score").arg(&good).arg("missing.toml"));
    assert_eq!(code, 66);
}

/// Item 12: A CSV column twice is an error naming both places.
#[test]
fn duplicate_csv_columns_are_refused() {
    let sb = Sandbox::new();
    let file = sb.file("d.csv", "subject,sp-1,subject\nA,4,B\n");
    let (code, _, err) = run(sb.cmd().arg("score").arg(&file));
    assert_eq!(code, 65, "{err}");
    assert!(
        err.contains("column `subject` appears twice (columns 1 and 3)"),
        "{err}"
    );
}

/// Item 13: `rubric check` says what loading says; a folder named twice does not conflict with
/// itself.
#[test]
fn check_and_loading_agree() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("mine");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(repo("rubrics/track-fit.toml"), dir.join("copy.toml")).unwrap();
    let (check, _, check_err) = run(sb
        .cmd()
        .args(["rubric", "check"])
        .arg(dir.join("copy.toml")));
    let (load, _, load_err) = run(sb.cmd().arg("--rubrics").arg(&dir).args(["rubric", "list"]));
    assert_eq!((check, load), (65, 65), "{check_err}\n{load_err}");
    assert!(
        check_err.contains("already used in built-in:track-fit.toml"),
        "{check_err}"
    );
    assert!(
        check_err.contains("copy.toml:"),
        "the wrong file is blamed: {check_err}"
    );

    let fixtures = repo("tests/fixtures/rubrics");
    let (code, _, err) = run(sb
        .cmd()
        .arg("--rubrics")
        .arg(&fixtures)
        .arg("--rubrics")
        .arg(&fixtures)
        .args(["rubric", "list"]));
    assert_eq!(code, 0, "the same folder twice: {err}");
}

/// Item 14: A time is not a date; nothing to score says so.
#[test]
fn a_time_is_not_a_date_and_nothing_is_not_success() {
    let sb = Sandbox::new();
    let file = sb.file("t.toml", "date = 10:00:00\n[answers]\nsp-1 = 4\n");
    let (code, _, err) = run(sb.cmd().arg("score").arg(&file));
    assert_eq!(code, 65, "{err}");
    assert!(
        err.contains("t.toml:1:8: `date` 10:00:00 is a time of day"),
        "{err}"
    );

    let empty = sb.dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let header = sb.file("header.csv", "subject,sp-1\n");
    for input in [empty.as_path(), header.as_path()] {
        let (code, _, err) = run(sb.cmd().arg("score").arg(input));
        assert_eq!(code, 66, "{err}");
        assert!(err.contains("nothing to score"), "{err}");
    }
}

/// Item 15: History, compare and report go by the assessments' dates, not by when they were saved.
#[test]
fn history_goes_by_date() {
    let sb = Sandbox::new();
    let text = std::fs::read_to_string(repo("examples/strong-executor.toml")).unwrap();
    let november = sb.file(
        "nov.toml",
        text.replace("date = 2026-11-02", "date = 2026-11-23"),
    );
    let august = sb.file(
        "aug.toml",
        text.replace("date = 2026-11-02", "date = 2026-08-20"),
    );
    assert_eq!(save(&sb, &november, None).0, 0);
    assert_eq!(save(&sb, &august, None).0, 0);
    let h = common::history(&sb, None).0;
    let dates: Vec<_> = h.iter().map(|a| a["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2026-08-20", "2026-11-23"]);
    let (code, out, err) = run(sb.cmd().arg("compare"));
    assert_eq!(code, 0, "{err}");
    let (aug, nov) = (out.find("(2026-08-20)"), out.find("(2026-11-23)"));
    assert!(aug.is_some() && nov.is_some() && aug < nov, "{out}");
}

/// Item 24: A `.csv` file is CSV without the flag.
#[test]
fn a_csv_file_is_read_as_csv() {
    let sb = Sandbox::new();
    let file = sb.file("survey.csv", "subject,sp-1,sp-2,sp-4\nAna,4,3,2\n");
    let (code, out, err) = run(sb.cmd().arg("score").arg(&file).args(["--format", "jsonl"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\"subject\":\"Ana\""), "{out}");
}

/// Item 25: `forget` lists what it will delete first, counts right, and never the lock.
#[test]
fn forget_lists_first_and_counts_right() {
    let sb = Sandbox::new();
    assert_eq!(
        save(&sb, &repo("examples/strong-executor.toml"), Some("Ann")).0,
        0
    );
    let (code, out, err) = run(sb.cmd().args(["--client", "Ann", "forget", "--yes"]));
    assert_eq!(code, 0, "{err}");
    let listed = err
        .find("will delete 1 file:")
        .expect("the list comes first");
    let done = err.find("Forgot").expect("then what was done");
    assert!(listed < done, "{err}");
    assert!(
        !err.contains("1 files") && !out.contains(".lock"),
        "{err}{out}"
    );
}

/// Item 26: `man` has the sections a manual page needs, and the pages it refers to exist.
#[test]
fn the_manual_is_whole() {
    let sb = Sandbox::new();
    let (code, page, _) = run(sb.cmd().arg("man"));
    assert_eq!(code, 0);
    for section in ["EXIT STATUS", "ENVIRONMENT", "FILES", "LEADGAP_HOME", "65"] {
        assert!(page.contains(section), "no {section}");
    }
    let (code, score, err) = run(sb.cmd().args(["man", "score"]));
    assert_eq!(code, 0, "{err}");
    assert!(score.contains(".TH leadgap-score 1"), "{score}");
    let (code, _, _) = run(sb.cmd().args(["man", "nope"]));
    assert_eq!(code, 2);
}

/// Item 21: in `feedback` the difference is that of the two figures shown beside it.
#[test]
fn feedback_differences_add_up() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .cmd()
        .arg("feedback")
        .arg(repo("examples/strong-executor.toml"))
        .arg(repo("examples/peer-on-alex.toml"))
        .arg(repo("examples/360-alex")));
    assert_eq!(code, 0, "{err}");
    let mut rows = 0;
    for line in out.lines() {
        // Rows read "Name   67%   64%   +3 ...": the first two percentages and the signed
        // difference after them.
        let words: Vec<&str> = line.split_whitespace().collect();
        let Some(i) = words.iter().position(|w| w.ends_with('%')) else {
            continue;
        };
        let (Some(me), Some(others), Some(delta)) =
            (words.get(i), words.get(i + 1), words.get(i + 2))
        else {
            continue;
        };
        let pct = |w: &str| w.trim_end_matches('%').parse::<i64>().ok();
        let diff = delta.replace('−', "-").replace('+', "").parse::<i64>().ok();
        if let (Some(me), Some(others), Some(diff)) = (pct(me), pct(others), diff) {
            assert_eq!(me - others, diff, "{line}");
            rows += 1;
        }
    }
    assert!(rows >= 10, "no rows read from:\n{out}");
    assert!(
        !out.contains("(-"),
        "an ASCII minus among true ones:\n{out}"
    );
}

/// Item 22: the cohort note explains only the columns shown.
#[test]
fn cohort_explains_only_what_it_shows() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.cmd().arg("cohort").arg(repo("examples/360-alex")));
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("Pct"), "{out}");
}

/// Item 27: options that would be ignored are usage errors.
#[test]
fn ignored_flags_are_refused() {
    let sb = Sandbox::new();
    let (code, _, err) = run(sb
        .cmd()
        .args(["score", "--plan"])
        .arg(repo("examples/strong-executor.toml")));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--format csv"), "{err}");
    let (code, _, err) = run(sb
        .cmd()
        .args(["cohort", "--items"])
        .arg(repo("examples/360-alex")));
    assert_eq!(code, 2, "{err}");
}

/// Item 28: a mistyped question id gets a suggestion.
#[test]
fn a_typo_gets_a_suggestion() {
    let sb = Sandbox::new();
    let file = sb.file("typo.toml", "[answers]\nsp2 = 4\n");
    let (code, _, err) = run(sb.cmd().arg("score").arg(&file));
    assert_eq!(code, 65);
    assert!(err.contains("did you mean `sp-2`?"), "{err}");
}

/// Item 17: the report shows what changed since a previous assessment of the same day.
#[test]
fn the_report_compares_with_an_assessment_of_the_same_day() {
    let sb = Sandbox::new();
    let text = std::fs::read_to_string(repo("examples/strong-executor.toml")).unwrap();
    let first = sb.file("first.toml", &text);
    let changed = text.replacen("= 2\n", "= 4\n", 3);
    assert_ne!(changed, text);
    let second = sb.file("second.toml", changed);
    assert_eq!(save(&sb, &first, None).0, 0);
    assert_eq!(save(&sb, &second, None).0, 0);
    let (code, out, err) = run(sb.cmd().args(["report", "--format", "markdown"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("## Since"), "{out}");
}

/// Item 19 and 29: what a person reads fits 80 columns, ids whole, with no trailing spaces.
#[test]
fn terminal_output_fits_and_carries_no_padding() {
    let sb = Sandbox::new();
    for args in [
        vec!["rubric", "list"],
        vec!["rubric", "show", "stuck-barriers"],
        vec!["rubric", "show", "leading-up"],
        vec!["score", "examples/strong-executor.toml"],
    ] {
        let (code, out, err) = run(sb.cmd().args(&args));
        assert_eq!(code, 0, "{args:?}: {err}");
        for line in out.lines() {
            assert!(line.chars().count() <= 80, "{args:?}: {line}");
            assert_eq!(line, line.trim_end(), "{args:?}: trailing spaces");
        }
    }
    let (_, out, _) = run(sb.cmd().args(["rubric", "show", "stuck-barriers"]));
    assert!(out.contains("nsp-document-role  ·  90 days"), "{out}");
}

/// Item 5: an id twice counts twice nowhere: in an answer file's `rubrics`, in `addresses`.
#[test]
fn repeated_ids_are_refused() {
    let sb = Sandbox::new();
    let file = sb.file(
        "twice.toml",
        "rubrics = [\"senior-traits\", \"senior-traits\"]\n[answers]\nsp-1 = 4\n",
    );
    let (code, _, err) = run(sb.cmd().arg("score").arg(&file));
    assert_eq!(code, 65, "{err}");
    assert!(
        err.contains("twice.toml:1:29: rubric `senior-traits` is listed twice"),
        "{err}"
    );

    let text = std::fs::read_to_string(repo("tests/fixtures/rubrics/small-traits.toml")).unwrap();
    let thrice = text.replacen(
        "addresses = [\"plan\", \"vis\"]",
        "addresses = [\"plan\", \"plan\", \"plan\"]",
        1,
    );
    assert_ne!(thrice, text, "the fixture changed");
    let rubric = sb.file("thrice.toml", thrice);
    let barriers = repo("tests/fixtures/rubrics/small-barriers.toml");
    let (code, _, err) = run(sb
        .cmd()
        .args(["rubric", "check"])
        .arg(&rubric)
        .arg(&barriers));
    assert_eq!(code, 65, "{err}");
    assert!(
        err.contains("`plan` is listed twice in `addresses`"),
        "{err}"
    );
}

/// Item 15: compare says when it sets two different views side by side.
#[test]
fn compare_says_when_the_raters_differ() {
    let sb = Sandbox::new();
    let text = std::fs::read_to_string(repo("examples/strong-executor.toml")).unwrap();
    let coach = sb.file(
        "coach.toml",
        text.replace("rater = \"self\"", "rater = \"coach\"")
            .replace("date = 2026-11-02", "date = 2026-12-01"),
    );
    assert_ne!(std::fs::read_to_string(&coach).unwrap(), text);
    assert_eq!(save(&sb, &repo("examples/strong-executor.toml"), None).0, 0);
    assert_eq!(save(&sb, &coach, None).0, 0);
    let (code, _, err) = run(sb.cmd().arg("compare"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("a coach's view of Alex Rivera"), "{err}");
}
