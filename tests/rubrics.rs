//! The shipped rubrics: they load, they cover the seed article, and `rubric check` passes them.

mod common;

use common::{Sandbox, repo, run};
use serde_json::Value;

fn export() -> Value {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.cmd().args(["rubric", "export", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("export is JSON")
}

#[test]
fn export_covers_ten_traits_and_ten_barriers() {
    let doc = export();
    let rubrics = doc["rubrics"].as_array().unwrap();
    for (kind, want) in [("traits", 10), ("barriers", 10)] {
        let dims: Vec<&Value> = rubrics
            .iter()
            .filter(|r| r["kind"] == kind)
            .flat_map(|r| r["dimension"].as_array().unwrap())
            .collect();
        assert_eq!(dims.len(), want, "{kind}");
        for d in dims {
            let qs = d["question"].as_array().unwrap();
            assert!(qs.len() >= 3, "{} has {} questions", d["id"], qs.len());
            assert!(
                qs.iter().any(|q| q["reverse"] == true),
                "{} has no reverse-keyed question",
                d["id"]
            );
            // Defaults are filled in.
            assert!(d["weight"].is_number());
            match kind {
                "traits" => assert!(d["target"].is_number()),
                _ => assert!(d["threshold"].is_number()),
            }
        }
    }
}

#[test]
fn actions_cover_every_strategy_and_every_dimension() {
    let doc = export();
    let rubrics = doc["rubrics"].as_array().unwrap();
    let actions: Vec<&Value> = rubrics
        .iter()
        .flat_map(|r| r["action"].as_array().unwrap())
        .collect();
    // The seven concrete strategies of the seed article, each an action.
    for strategy in [
        "strategy-cross-team-relationships",
        "strategy-executive-visibility",
        "strategy-senior-mentor",
        "strategy-continuous-learning",
        "strategy-political-savvy",
        "strategy-measure-impact",
        "strategy-adaptability-decisions",
    ] {
        assert!(
            actions.iter().any(|a| a["id"] == strategy),
            "missing {strategy}"
        );
    }
    for r in rubrics {
        for d in r["dimension"].as_array().unwrap() {
            let n = actions
                .iter()
                .filter(|a| {
                    !a["id"].as_str().unwrap().starts_with("strategy-")
                        && a["addresses"].as_array().unwrap().contains(&d["id"])
                })
                .count();
            assert!(n >= 2, "{} is addressed by {n} actions", d["id"]);
        }
    }
    for a in &actions {
        assert!([30, 60, 90].contains(&a["horizon"].as_u64().unwrap()));
        assert!(!a["done_when"].as_str().unwrap().is_empty());
    }
}

#[test]
fn every_shipped_rubric_passes_check() {
    let sb = Sandbox::new();
    let files: Vec<_> = std::fs::read_dir(repo("rubrics"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    assert!(files.len() >= 2);
    let (code, out, err) = run(sb.cmd().args(["rubric", "check"]).args(&files));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines().filter(|l| l.starts_with("ok: ")).count(),
        files.len()
    );
}

#[test]
fn list_and_show_name_the_builtins() {
    let sb = Sandbox::new();
    let (code, out, _) = run(sb.cmd().args(["rubric", "list", "--format", "json"]));
    assert_eq!(code, 0);
    let list: Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    assert_eq!(ids, ["senior-traits", "stuck-barriers"]);
    let (code, out, _) = run(sb.cmd().args(["rubric", "show", "stuck-barriers"]));
    assert_eq!(code, 0);
    assert!(out.contains("Insufficient visibility with executives"));
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    let (code, _, err) = run(sb.cmd().args(["rubric", "show", "nope"]));
    assert_eq!(code, 2);
    assert!(err.contains("rubric `nope` is not loaded"));
}

#[test]
fn extra_rubrics_load_from_the_home_and_from_rubrics_dirs() {
    let sb = Sandbox::new();
    let extra = r#"
id = "extra"
title = "Extra"
version = "1"
kind = "traits"
[[dimension]]
id = "x-dim"
name = "X"
summary = "s"
  [[dimension.question]]
  id = "x-1"
  text = "I do X."
"#;
    sb.file("home/rubrics/extra.toml", extra);
    let (code, out, err) = run(sb.cmd().args(["rubric", "list"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("extra"));
    let other = sb.file(
        "more/other.toml",
        extra.replace("extra", "other").replace("x-", "y-"),
    );
    let (code, out, err) = run(sb
        .cmd()
        .args(["rubric", "list", "--rubrics"])
        .arg(other.parent().unwrap()));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("other") && out.contains("extra"));
}
