//! SPEC section 3 worked again, independently of leadgap's code, on random answer files over
//! any mix of the seven built-in rubrics: every figure of `score --format jsonl`, `by_rubric`
//! and the plan (rule version 2) included.

mod common;

use common::{Lcg, Sandbox, run};
use serde_json::Value;

fn close(got: &Value, want: Option<f64>, what: &str) {
    match want {
        None => assert!(got.is_null(), "{what}: {got} should be null"),
        Some(w) => {
            let g = got
                .as_f64()
                .unwrap_or_else(|| panic!("{what}: {got} is not a number"));
            assert!((g - w).abs() < 1e-9, "{what}: {g} != {w}");
        }
    }
}

struct Dim<'a> {
    dim: &'a Value,
    priority: f64,
}

#[test]
fn random_mixes_of_the_seven_rubrics_score_as_the_spec_says() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.cmd().args(["rubric", "export", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    let export: Value = serde_json::from_str(&out).unwrap();
    let rubrics = export["rubrics"].as_array().unwrap();
    assert_eq!(rubrics.len(), 7);
    let mut rng = Lcg(20261123);
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut chosen_per_file = Vec::new();
    for i in 0..60 {
        let chosen: Vec<&Value> = rubrics
            .iter()
            .filter(|_| rng.next().is_multiple_of(3))
            .collect();
        let chosen = if chosen.is_empty() {
            vec![&rubrics[i % 7]]
        } else {
            chosen
        };
        let mut text = format!(
            "rubrics = [{}]\nsubject = \"P{i}\"\n\n[answers]\n",
            chosen
                .iter()
                .map(|r| format!("{}", r["id"]))
                .collect::<Vec<_>>()
                .join(", ")
        );
        for r in &chosen {
            for d in r["dimension"].as_array().unwrap() {
                let skip_all = rng.next().is_multiple_of(9);
                for q in d["question"].as_array().unwrap() {
                    let v = rng.next();
                    if skip_all || v.is_multiple_of(7) {
                        text.push_str(&format!("{} = \"skip\"\n", q["id"].as_str().unwrap()));
                    } else {
                        text.push_str(&format!("{} = {}\n", q["id"].as_str().unwrap(), 1 + v % 5));
                    }
                }
            }
        }
        let path = dir.path().join(format!("{i:03}.toml"));
        std::fs::write(&path, text).unwrap();
        files.push(path);
        chosen_per_file.push(chosen);
    }
    let (code, out, err) = run(sb
        .cmd()
        .arg("score")
        .arg(dir.path())
        .args(["--format", "jsonl"]));
    assert_eq!(code, 0, "{err}");
    let results: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(results.len(), files.len());

    for ((file, chosen), got) in files.iter().zip(&chosen_per_file).zip(&results) {
        let text = std::fs::read_to_string(file).unwrap();
        let answers: toml::Table = text.parse::<toml::Table>().unwrap()["answers"]
            .as_table()
            .unwrap()
            .clone();
        let mut dims: Vec<Dim> = Vec::new();
        let (mut ready, mut ready_w, mut load, mut load_w) = (0.0, 0.0, 0.0, 0.0);
        let mut got_dims = got["dimensions"].as_array().unwrap().iter();
        let mut by_rubric = Vec::new();
        for r in chosen {
            let (min, max) = (
                r["scale"]["min"].as_f64().unwrap(),
                r["scale"]["max"].as_f64().unwrap(),
            );
            let span = max - min;
            let traits = r["kind"] == "traits";
            let (mut own, mut own_w) = (0.0, 0.0);
            for d in r["dimension"].as_array().unwrap() {
                let qs = d["question"].as_array().unwrap();
                let values: Vec<f64> = qs
                    .iter()
                    .filter_map(|q| {
                        let a = answers.get(q["id"].as_str().unwrap())?.as_integer()? as f64;
                        Some(if q["reverse"] == true {
                            min + max - a
                        } else {
                            a
                        })
                    })
                    .collect();
                let g = got_dims.next().expect("a dimension per dimension");
                assert_eq!(g["id"], d["id"]);
                let w = d["weight"].as_f64().unwrap();
                let mut priority = 0.0;
                if values.is_empty() || values.len() < qs.len().div_ceil(2) {
                    assert_eq!(g["status"], "insufficient", "{}", d["id"]);
                    close(&g["priority"], None, "priority");
                } else {
                    let m = values.iter().sum::<f64>() / values.len() as f64;
                    let level = (m - min) / span;
                    close(&g["mean"], Some(m), "mean");
                    close(&g["level"], Some(level), "level");
                    let value = if traits {
                        let t = d["target"].as_f64().unwrap();
                        let gap = ((t - m) / span).max(0.0);
                        priority = w * gap;
                        close(&g["gap"], Some(gap), "gap");
                        ((m - min) / (t - min)).min(1.0)
                    } else {
                        let active = level >= d["threshold"].as_f64().unwrap();
                        assert_eq!(g["active"], active, "{}", d["id"]);
                        priority = if active { w * level } else { 0.0 };
                        level
                    };
                    close(&g["priority"], Some(priority), "priority");
                    own += w * value;
                    own_w += w;
                    if traits {
                        ready += w * value;
                        ready_w += w;
                    } else {
                        load += w * value;
                        load_w += w;
                    }
                }
                dims.push(Dim { dim: d, priority });
            }
            by_rubric.push((r["id"].clone(), (own_w > 0.0).then(|| 100.0 * own / own_w)));
        }
        close(
            &got["readiness"],
            (ready_w > 0.0).then(|| 100.0 * ready / ready_w),
            "readiness",
        );
        close(
            &got["barrier_load"],
            (load_w > 0.0).then(|| 100.0 * load / load_w),
            "load",
        );
        let got_by: Vec<&Value> = got["by_rubric"].as_array().unwrap().iter().collect();
        assert_eq!(got_by.len(), by_rubric.len());
        for (g, (id, want)) in got_by.iter().zip(&by_rubric) {
            assert_eq!(&g["id"], id);
            close(&g["value"], *want, "by_rubric");
        }

        // Plan rule version 2 over every loaded action.
        let priority = |id: &str| {
            dims.iter()
                .find(|d| d.dim["id"] == id)
                .map_or(0.0, |d| d.priority)
        };
        let covered = |id: &str| dims.iter().any(|d| d.dim["id"] == id);
        let mut candidates: Vec<(f64, u64, String, String)> = rubrics
            .iter()
            .flat_map(|r| r["action"].as_array().unwrap())
            .filter_map(|a| {
                let ids: Vec<&str> = a["addresses"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect();
                if !covered(ids[0]) {
                    return None;
                }
                let score =
                    priority(ids[0]) + 0.5 * ids[1..].iter().map(|d| priority(d)).sum::<f64>();
                (score > 0.0).then(|| {
                    (
                        score,
                        a["horizon"].as_u64().unwrap(),
                        a["id"].as_str().unwrap().to_string(),
                        ids[0].to_string(),
                    )
                })
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut taken = vec![false; candidates.len()];
        let mut primaries: Vec<&str> = Vec::new();
        for (i, c) in candidates.iter().enumerate() {
            if primaries.len() == 5 {
                break;
            }
            if !primaries.contains(&c.3.as_str()) {
                primaries.push(&c.3);
                taken[i] = true;
            }
        }
        let mut n = primaries.len();
        for t in taken.iter_mut() {
            if n == 5 {
                break;
            }
            if !*t {
                *t = true;
                n += 1;
            }
        }
        let want: Vec<(&str, f64)> = candidates
            .iter()
            .zip(&taken)
            .filter(|(_, t)| **t)
            .map(|(c, _)| (c.2.as_str(), c.0))
            .collect();
        let plan = got["plan"].as_array().unwrap();
        let got_plan: Vec<&str> = plan.iter().map(|p| p["id"].as_str().unwrap()).collect();
        assert_eq!(
            got_plan,
            want.iter().map(|w| w.0).collect::<Vec<_>>(),
            "{}",
            file.display()
        );
        for (p, (_, score)) in plan.iter().zip(&want) {
            close(&p["score"], Some(*score), "plan score");
        }
    }
}
