//! The store: permissions, concurrency, damage, clients, and reading it back.

mod common;

use common::{Sandbox, repo, run};
use serde_json::Value;

fn save(sb: &Sandbox, file: &std::path::Path, client: Option<&str>) {
    let mut cmd = sb.cmd();
    if let Some(c) = client {
        cmd.args(["--client", c]);
    }
    let (code, _, err) = run(cmd.args(["score", "--save", "--format", "jsonl"]).arg(file));
    assert_eq!(code, 0, "{err}");
}

#[cfg(unix)]
#[test]
fn files_are_0600_and_directories_0700() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    save(&sb, &repo("examples/strong-executor.toml"), None);
    save(
        &sb,
        &repo("examples/ready-for-director.toml"),
        Some("Sam Okafor"),
    );
    let mut seen = 0;
    let mut stack = vec![sb.home()];
    while let Some(path) = stack.pop() {
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        if path.is_dir() {
            assert_eq!(mode, 0o700, "{}", path.display());
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            assert_eq!(mode, 0o600, "{}", path.display());
            seen += 1;
        }
    }
    assert!(seen >= 3, "only {seen} files");
}

#[test]
fn eight_concurrent_saves_keep_eight_assessments() {
    let sb = Sandbox::new();
    let file = repo("examples/strong-executor.toml");
    common::all_at_once((0..8).map(|_| {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("leadgap"));
        cmd.env("LEADGAP_HOME", sb.home())
            .args(["score", "--save", "--format", "jsonl"])
            .arg(&file);
        cmd
    }));
    let (list, _) = common::history(&sb, None);
    assert_eq!(list.len(), 8);
    let mut ids: Vec<_> = list
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 8, "ids must be distinct");
    let leftovers: Vec<_> = std::fs::read_dir(sb.home().join("assessments"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".json"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn a_damaged_file_is_reported_and_the_rest_still_lists() {
    let sb = Sandbox::new();
    save(&sb, &repo("examples/strong-executor.toml"), None);
    save(&sb, &repo("examples/ready-for-director.toml"), None);
    let dir = sb.home().join("assessments");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    // Damage Alex's file; Sam's must still list.
    files.retain(|f| std::fs::read_to_string(f).unwrap().contains("Alex Rivera"));
    let text = std::fs::read(&files[0]).unwrap();
    std::fs::write(&files[0], &text[..text.len() / 2]).unwrap();
    let (list, err) = common::history(&sb, None);
    assert_eq!(list.len(), 1);
    assert!(err.contains("warning: skipping damaged file"), "{err}");
    assert!(err.contains(&files[0].display().to_string()), "{err}");
    // The table view and plan go on too.
    let (code, out, _) = run(sb.cmd().arg("history"));
    assert_eq!(code, 0);
    assert!(out.contains("Sam Okafor"));
    let (code, _, _) = run(sb.cmd().arg("plan"));
    assert_eq!(code, 0);
}

#[test]
fn clients_are_kept_apart() {
    let sb = Sandbox::new();
    save(
        &sb,
        &repo("examples/strong-executor.toml"),
        Some("Alex Rivera"),
    );
    save(
        &sb,
        &repo("examples/ready-for-director.toml"),
        Some("Sam Okafor"),
    );
    save(
        &sb,
        &repo("examples/ready-for-director.toml"),
        Some("Sam Okafor"),
    );
    assert_eq!(common::history(&sb, None).0.len(), 0);
    let alex = common::history(&sb, Some("Alex Rivera")).0;
    assert_eq!(alex.len(), 1);
    assert_eq!(alex[0]["client"], "Alex Rivera");
    assert_eq!(common::history(&sb, Some("Sam Okafor")).0.len(), 2);
    let folder = leadgap::store::client_dir_name("Alex Rivera").unwrap();
    assert!(folder.starts_with("alex-rivera-"), "{folder}");
    assert!(
        sb.home()
            .join("clients")
            .join(folder)
            .join("assessments")
            .is_dir()
    );
}

#[test]
fn plan_reads_back_in_every_format() {
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.cmd().arg("plan"));
    assert_eq!(code, 66, "{err}");
    assert!(err.contains("no saved assessments yet"), "{err}");
    save(&sb, &repo("examples/strong-executor.toml"), None);
    let (code, out, _) = run(sb
        .cmd()
        .args(["plan", "latest", "--format", "json", "--top", "3"]));
    assert_eq!(code, 0);
    let plan: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(plan["plan"].as_array().unwrap().len(), 3);
    assert!(plan["plan"][0]["done_when"].as_str().unwrap().len() > 5);
    // The saved plan is the one `score` prints.
    let (_, scored, _) = run(sb
        .cmd()
        .args(["score", "--format", "jsonl", "--top", "3"])
        .arg(repo("examples/strong-executor.toml")));
    let scored: Value = serde_json::from_str(&scored).unwrap();
    for i in 0..3 {
        assert_eq!(plan["plan"][i]["id"], scored["plan"][i]["id"]);
    }
    let (code, out, _) = run(sb.cmd().args(["plan", "--format", "markdown"]));
    assert_eq!(code, 0);
    assert!(out.starts_with("# Plan: Alex Rivera"));
    let (code, out, _) = run(sb.cmd().arg("plan"));
    assert_eq!(code, 0);
    assert!(out.contains("Done when:"));
    let (code, _, err) = run(sb.cmd().args(["plan", "nope"]));
    assert_eq!(code, 66);
    assert!(err.contains("no saved assessment `nope`"), "{err}");
}

#[test]
fn compare_shows_what_moved() {
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.cmd().arg("compare"));
    assert_eq!(code, 66);
    assert!(
        err.contains("no saved assessments yet; run `leadgap assess`"),
        "{err}"
    );
    save(&sb, &repo("examples/strong-executor.toml"), None);
    let (code, _, err) = run(sb.cmd().arg("compare"));
    assert_eq!(code, 66);
    assert!(err.contains("compare needs two saved assessments"), "{err}");
    // Three months on: visibility worked on, stakeholder communication better.
    let before = std::fs::read_to_string(repo("examples/strong-executor.toml")).unwrap();
    let mut after = before.replace("date = 2026-11-02", "date = 2027-02-10");
    for (q, to) in [("vis-1", "1"), ("vis-2", "2"), ("sc-1", "4"), ("sc-2", "5")] {
        let line = after
            .lines()
            .find(|l| l.starts_with(&format!("{q} =")))
            .unwrap()
            .to_string();
        after = after.replace(&line, &format!("{q} = {to}"));
    }
    let later = sb.file("later.toml", after);
    save(&sb, &later, None);
    let (code, out, err) = run(sb.cmd().arg("compare"));
    assert_eq!(code, 0, "{err}");
    insta::with_settings!({filters => vec![(r"\d{8}-\d{6}(-\d+)?", "[ID]")]}, {
        insta::assert_snapshot!(out);
    });
    let (_, json, _) = run(sb.cmd().args(["compare", "--format", "json"]));
    let c: Value = serde_json::from_str(&json).unwrap();
    let vis = c["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "insufficient-visibility")
        .unwrap();
    assert_eq!(vis["direction"], "better");
    assert!(vis["change"].as_f64().unwrap() < 0.0);
}
