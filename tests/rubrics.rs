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
    for (id, kind) in [("senior-traits", "traits"), ("stuck-barriers", "barriers")] {
        let want = 10;
        let dims: Vec<&Value> = rubrics
            .iter()
            .filter(|r| r["id"] == id && r["kind"] == kind)
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
    let (code, out, err) = run(sb
        .cmd()
        .args(["rubric", "check", "--as-builtin"])
        .args(&files));
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
    assert_eq!(
        ids,
        [
            "senior-traits",
            "stuck-barriers",
            "change-agent",
            "dual-pressure",
            "leading-up",
            "learning-leader",
            "track-fit"
        ]
    );
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

/// The content rules (SPEC 1 and the content guide) on every built-in rubric: 3–5
/// statements per dimension with one reverse-keyed, `text_others` for every statement, every
/// dimension the primary of at least two actions (one of them 30-day), primary first and no
/// id twice in `addresses`; the core pair at most 80 statements, version 2.
#[test]
fn every_builtin_rubric_holds_the_content_rules() {
    let doc = export();
    // A sandbox loads the built-in rubrics alone.
    let rubrics: Vec<&Value> = doc["rubrics"].as_array().unwrap().iter().collect();
    let actions: Vec<&Value> = rubrics
        .iter()
        .flat_map(|r| r["action"].as_array().unwrap())
        .collect();
    let mut core = 0;
    for r in &rubrics {
        for d in r["dimension"].as_array().unwrap() {
            let id = &d["id"];
            let qs = d["question"].as_array().unwrap();
            assert!((3..=5).contains(&qs.len()), "{id}: {} statements", qs.len());
            assert!(
                qs.iter().any(|q| q["reverse"] == true),
                "{id}: none reverse-keyed"
            );
            for q in qs {
                let others = q["text_others"].as_str().unwrap_or_default();
                assert!(!others.trim().is_empty(), "{}: no text_others", q["id"]);
                assert!(
                    !q["observers"].as_array().unwrap().is_empty(),
                    "{}",
                    q["id"]
                );
            }
            if r["id"] == "senior-traits" || r["id"] == "stuck-barriers" {
                core += qs.len();
            }
            let primary_of: Vec<&&Value> = actions
                .iter()
                .filter(|a| a["addresses"][0] == *id)
                .collect();
            assert!(
                primary_of.len() >= 2,
                "{id}: primary of {} actions",
                primary_of.len()
            );
            assert!(
                primary_of.iter().any(|a| a["horizon"] == 30),
                "{id}: no 30-day action is mainly for it"
            );
        }
    }
    assert!(core <= 80, "the core pair has {core} statements");
    for r in &rubrics {
        if r["id"] == "senior-traits" || r["id"] == "stuck-barriers" {
            assert_eq!(r["version"], "2.0.0", "{}", r["id"]);
        }
    }
    for a in &actions {
        let ids = a["addresses"].as_array().unwrap();
        let distinct: std::collections::HashSet<_> = ids.iter().map(|v| v.as_str()).collect();
        assert_eq!(distinct.len(), ids.len(), "{}: an id twice", a["id"]);
    }
}

/// Someone who answers the middle of the scale to every statement has no active barrier.
#[test]
fn the_midpoint_everywhere_makes_no_barrier_active() {
    let sb = Sandbox::new();
    let (code, blank, err) = run(sb.cmd().args(["template", "--subject", "Mid"]));
    assert_eq!(code, 0, "{err}");
    let filled = blank.replace("= \"skip\"", "= 3");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mid.toml");
    std::fs::write(&file, filled).unwrap();
    let (code, out, err) = run(sb.cmd().arg("score").arg(&file).args(["--format", "json"]));
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let dims = doc[0]["dimensions"].as_array().unwrap();
    let barriers: Vec<&Value> = dims.iter().filter(|d| d["kind"] == "barriers").collect();
    assert_eq!(barriers.len(), 10);
    for d in barriers {
        assert_eq!(d["level"], 0.5, "{}", d["id"]);
        assert_eq!(d["active"], false, "{} is active at the midpoint", d["id"]);
    }
}

/// `dual-pressure`'s signs of depletion are personal: never in a group statistic, and asked
/// of the person and a coach only.
#[test]
fn depletion_stays_out_of_group_statistics() {
    let sb = Sandbox::new();
    let doc = export();
    let dual = doc["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "dual-pressure")
        .unwrap();
    let personal: Vec<&Value> = dual["dimension"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["personal"] == true)
        .collect();
    assert_eq!(personal.len(), 1);
    for q in personal[0]["question"].as_array().unwrap() {
        assert_eq!(
            q["observers"],
            serde_json::json!(["self", "coach"]),
            "{}",
            q["id"]
        );
    }
    let (code, blank, err) = run(sb.cmd().args(["template", "--rubric", "dual-pressure"]));
    assert_eq!(code, 0, "{err}");
    let dir = tempfile::tempdir().unwrap();
    for (i, v) in ["2", "3", "4", "5", "4", "3"].iter().enumerate() {
        let text = blank
            .replace("= \"skip\"", &format!("= {v}"))
            .replace("# subject = \"Your name\"", &format!("subject = \"P{i}\""));
        std::fs::write(dir.path().join(format!("{i}.toml")), text).unwrap();
    }
    let (code, out, err) = run(sb
        .cmd()
        .arg("cohort")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(code, 0, "{err}");
    let cohort: Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = cohort["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 5, "{ids:?}");
    assert!(
        !ids.contains(&personal[0]["id"].as_str().unwrap()),
        "{ids:?}"
    );
}

/// `template --rubric ID` lists exactly that rubric's statements, for any of the seven.
#[test]
fn a_template_of_one_rubric_lists_exactly_its_statements() {
    let sb = Sandbox::new();
    let doc = export();
    for r in doc["rubrics"].as_array().unwrap() {
        let id = r["id"].as_str().unwrap();
        let (code, out, err) = run(sb.cmd().args(["template", "--rubric", id]));
        assert_eq!(code, 0, "{err}");
        let parsed: toml::Table = out.parse().unwrap();
        assert_eq!(parsed["rubrics"].as_array().unwrap().len(), 1);
        let mut keys: Vec<&String> = parsed["answers"].as_table().unwrap().keys().collect();
        let mut want: Vec<String> = r["dimension"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|d| d["question"].as_array().unwrap())
            .map(|q| q["id"].as_str().unwrap().to_string())
            .collect();
        keys.sort();
        want.sort();
        assert_eq!(keys, want.iter().collect::<Vec<_>>(), "{id}");
    }
}
