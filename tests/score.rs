//! `leadgap template` and `leadgap score` end to end: numbers, formats, batches, exit codes.

mod common;

use common::{Sandbox, repo, run};
use serde_json::Value;

fn close(v: &Value, want: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
    assert!((got - want).abs() < 1e-12, "{got} != {want}");
}

/// The template of the small rubrics, filled in, scored: every field of SPEC section 4 equals
/// the value worked by hand.
///
/// Scale 1..5, span 4.
/// plan: p1=4, p2=2 (reverse: 4), p3=3, p4 skipped. m = 11/3, L = 2/3, g = (4 - 11/3)/4 = 1/12,
///   P = 2/12 = 1/6.
/// comm: c1 only; 1 of 3 answered < ceil(3/2): insufficient.
/// vis: v1=4, v2=2 (reverse: 4). m = 4, s = 3/4, active, P = 1.5 × 3/4 = 9/8.
/// quiet: q1=1, q2=2. m = 1.5, s = 1/8 < 0.5: inactive, P = 0.
/// readiness = 100 × 2 × min(1, (11/3 - 1)/3) / 2 = 800/9.
/// barrier load = 100 × (1.5 × 3/4 + 1 × 1/8) / 2.5 = 50.
/// plan (rule version 2): brief, primary `plan`, = P(plan) + ½ P(vis) = 1/6 + 9/16 = 35/48; talk (comm, insufficient) and calm (quiet, inactive):
/// left out.
#[test]
fn a_filled_template_scores_as_worked_by_hand() {
    let sb = Sandbox::new();
    let dir = repo("tests/fixtures/rubrics");
    let (code, template, err) = run(sb.cmd().arg("--rubrics").arg(&dir).args([
        "template",
        "--rubric",
        "t",
        "--rubric",
        "b",
        "--subject",
        "Jane Doe",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(template.contains("# Scale: 1 = Strongly disagree"));
    let answers = [
        ("p1", 4),
        ("p2", 2),
        ("p3", 3),
        ("c1", 5),
        ("v1", 4),
        ("v2", 2),
        ("q1", 1),
        ("q2", 2),
    ];
    let mut filled = template.clone();
    for (id, a) in answers {
        let blank = format!("\n{id} = \"skip\"\n");
        assert!(filled.contains(&blank), "template lacks {id}");
        filled = filled.replace(&blank, &format!("\n{id} = {a}\n"));
    }
    let file = sb.file("jane.toml", filled);
    let (code, out, err) = run(sb
        .cmd()
        .arg("--rubrics")
        .arg(&dir)
        .args(["score", "--format", "jsonl"])
        .arg(&file));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1);
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["file"], file.display().to_string());
    assert_eq!(r["subject"], "Jane Doe");
    assert_eq!(r["rater"], "self");
    close(&r["readiness"], 800.0 / 9.0);
    close(&r["barrier_load"], 50.0);

    let d = r["dimensions"].as_array().unwrap();
    let ids: Vec<_> = d.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["plan", "comm", "vis", "quiet"]);
    let plan = &d[0];
    assert_eq!(plan["rubric"], "t");
    assert_eq!(plan["kind"], "traits");
    assert_eq!(plan["status"], "scored");
    assert_eq!(
        (plan["answered"].as_u64(), plan["questions"].as_u64()),
        (Some(3), Some(4))
    );
    close(&plan["mean"], 11.0 / 3.0);
    close(&plan["level"], 2.0 / 3.0);
    close(&plan["gap"], 1.0 / 12.0);
    close(&plan["priority"], 1.0 / 6.0);
    assert!(plan["severity"].is_null() && plan["active"].is_null());

    let comm = &d[1];
    assert_eq!(comm["status"], "insufficient");
    for field in ["mean", "level", "gap", "severity", "active", "priority"] {
        assert!(comm[field].is_null(), "comm.{field} = {}", comm[field]);
    }

    let vis = &d[2];
    assert_eq!(vis["kind"], "barriers");
    close(&vis["mean"], 4.0);
    close(&vis["level"], 0.75);
    close(&vis["severity"], 0.75);
    assert_eq!(vis["active"], true);
    assert!(vis["gap"].is_null());
    close(&vis["priority"], 9.0 / 8.0);

    let quiet = &d[3];
    close(&quiet["severity"], 0.125);
    assert_eq!(quiet["active"], false);
    close(&quiet["priority"], 0.0);

    let p = r["plan"].as_array().unwrap();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0]["id"], "brief");
    close(&p[0]["score"], 35.0 / 48.0);
    assert_eq!(p[0]["horizon"], 30);
    assert_eq!(p[0]["primary"], "plan");
    assert_eq!(p[0]["addresses"], serde_json::json!(["plan", "vis"]));
}

#[test]
fn the_builtin_template_filled_scores_in_every_format() {
    let sb = Sandbox::new();
    let (code, template, _) =
        run(sb
            .cmd()
            .args(["template", "--subject", "Ann", "--rater", "coach"]));
    assert_eq!(code, 0);
    let mut n = 0;
    let filled: String = template
        .lines()
        .map(|l| {
            if l.ends_with(" = \"skip\"") && !l.starts_with('#') {
                n += 1;
                l.replace("\"skip\"", &(1 + n % 5).to_string())
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(n >= 60, "only {n} questions");
    let file = sb.file("ann.toml", filled);
    for format in ["table", "json", "jsonl", "csv", "markdown"] {
        let (code, out, err) = run(sb.cmd().args(["score", "--format", format]).arg(&file));
        assert_eq!(code, 0, "{format}: {err}");
        assert!(!out.is_empty(), "{format}");
        if format == "table" {
            assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
            assert!(out.contains("Ann (coach)"));
        }
    }
    let (_, out, _) = run(sb.cmd().args(["score", "--format", "jsonl"]).arg(&file));
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["rater"], "coach");
    assert_eq!(r["dimensions"].as_array().unwrap().len(), 20);
    assert!(
        r["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["status"] == "scored")
    );
}

#[test]
fn every_example_scores() {
    let sb = Sandbox::new();
    let files: Vec<_> = std::fs::read_dir(repo("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    assert!(files.len() >= 3);
    for f in files {
        let (code, out, err) = run(sb.cmd().args(["score", "--format", "jsonl"]).arg(&f));
        assert_eq!(code, 0, "{}: {err}", f.display());
        let r: Value = serde_json::from_str(&out).unwrap();
        assert!(r["readiness"].is_number(), "{}", f.display());
    }
}

/// One bad input: (name, contents, the place and words the message must carry).
const BAD_ANSWERS: &[(&str, &str, &str)] = &[
    (
        "range.toml",
        "[answers]\nsp-1 = 4\nsp-2 = 7\n",
        ":3:8: question `sp-2`: 7 is outside the scale 1..5",
    ),
    (
        "zero.toml",
        "[answers]\nsp-1 = 0\n",
        ":2:8: question `sp-1`: 0 is outside the scale",
    ),
    (
        "fraction.toml",
        "[answers]\nsp-1 = 3.5\n",
        ":2:8: question `sp-1`: 3.5 is not a whole number",
    ),
    (
        "string.toml",
        "[answers]\nsp-1 = \"agree\"\n",
        ":2:8: question `sp-1`: \"agree\" is not a number",
    ),
    (
        "boolean.toml",
        "[answers]\nsp-1 = true\n",
        ":2:8: question `sp-1`: true is not a number",
    ),
    (
        "array.toml",
        "[answers]\nsp-1 = [4]\n",
        ":2:8: question `sp-1`: an array is not a number",
    ),
    (
        "unknown-q.toml",
        "[answers]\nsp-1 = 4\nzz-9 = 2\n",
        ":3:8: question `zz-9` is not in the rubrics",
    ),
    (
        "unlisted-q.toml",
        "rubrics = [\"senior-traits\"]\n[answers]\nvis-1 = 2\n",
        ":3:9: question `vis-1` is not in the rubrics this file is for; it belongs to rubric `stuck-barriers`",
    ),
    (
        "unknown-r.toml",
        "rubrics = [\"nope\"]\n[answers]\n",
        ":1:12: rubric `nope` is not loaded",
    ),
    (
        "rater.toml",
        "rater = \"boss\"\n[answers]\n",
        ":1:9: rater `boss` is not one of self, manager, peer, report, coach",
    ),
    (
        "no-answers.toml",
        "subject = \"A\"\n",
        ": missing [answers] table",
    ),
    ("syntax.toml", "[answers]\nsp-1 = = 4\n", ":2:8: "),
    ("dup-key.toml", "[answers]\nsp-1 = 4\nsp-1 = 2\n", ":3:1: "),
    (
        "unknown-field.toml",
        "subjet = \"A\"\n[answers]\n",
        ":1:1: unknown field `subjet`",
    ),
    ("empty.toml", "", ": file is empty"),
    ("blank.toml", "  \n\n", ": file is empty"),
    (
        "bad-date.toml",
        "date = \"yesterday\"\n[answers]\n",
        ":1:8: ",
    ),
];

#[test]
fn every_bad_answer_file_is_exit_65_with_file_and_place() {
    let sb = Sandbox::new();
    for (name, contents, want) in BAD_ANSWERS {
        let file = sb.file(name, contents);
        let (code, out, err) = run(sb.cmd().arg("score").arg(&file));
        assert_eq!(code, 65, "{name}: {err}");
        assert!(out.is_empty(), "{name}: {out}");
        let expected = format!("{}{want}", file.display());
        assert!(
            err.contains(&expected),
            "{name}: expected `{expected}` in:\n{err}"
        );
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
}

#[test]
fn non_utf8_is_exit_65_with_the_line() {
    let sb = Sandbox::new();
    let file = sb.file("latin1.toml", b"subject = \"Jos\xe9\"\n[answers]\n");
    let (code, _, err) = run(sb.cmd().arg("score").arg(&file));
    assert_eq!(code, 65);
    assert!(err.contains(&format!("{}:1:", file.display())), "{err}");
    assert!(err.contains("not valid UTF-8"), "{err}");
}

#[test]
fn a_missing_file_is_exit_66() {
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.cmd().args(["score", "no/such/file.toml"]));
    assert_eq!(code, 66);
    assert!(
        err.contains("no/such/file.toml: no such file or directory"),
        "{err}"
    );
}

#[test]
fn a_batch_prints_every_good_result_in_order_and_exits_65() {
    let sb = Sandbox::new();
    let good = std::fs::read_to_string(repo("examples/strong-executor.toml")).unwrap();
    let a = sb.file("batch/a.toml", &good);
    let b = sb.file("batch/b.toml", "[answers]\nsp-1 = 9\n");
    let c = sb.file("batch/c.toml", good.replace("Alex Rivera", "Chris"));
    let (code, out, err) = run(sb
        .cmd()
        .args(["score", "--format", "jsonl"])
        .arg(&a)
        .arg(&b)
        .arg(&c));
    assert_eq!(code, 65, "{err}");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["subject"], "Alex Rivera");
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("9 is outside the scale")
    );
    assert_eq!(lines[1]["file"], b.display().to_string());
    assert!(lines[1].get("readiness").is_none());
    assert_eq!(lines[2]["subject"], "Chris");
    assert!(err.contains("b.toml:2:8:"), "{err}");

    // A directory is walked in sorted order; table output still shows every good file.
    let (code, out, _) = run(sb.cmd().arg("score").arg(sb.dir.path().join("batch")));
    assert_eq!(code, 65);
    let alex = out.find("Alex Rivera").unwrap();
    let chris = out.find("Chris").unwrap();
    assert!(alex < chris);
}

#[test]
fn stdin_is_read_with_a_dash() {
    let sb = Sandbox::new();
    let good = std::fs::read_to_string(repo("examples/ready-for-director.toml")).unwrap();
    let (code, out, err) = run(sb
        .cmd()
        .args(["score", "-", "--format", "jsonl"])
        .write_stdin(good));
    assert_eq!(code, 0, "{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["file"], "<stdin>");
}

#[test]
fn csv_is_long_form_with_a_header() {
    let sb = Sandbox::new();
    let (code, out, _) = run(sb
        .cmd()
        .args(["score", "--format", "csv"])
        .arg(repo("examples/strong-executor.toml"))
        .arg(repo("examples/ready-for-director.toml")));
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "file,subject,rater,rubric,dimension,kind,status,answered,questions,mean,level,gap,severity,active,priority"
    );
    assert_eq!(lines.count(), 40);
}

#[test]
fn colour_only_when_asked() {
    let sb = Sandbox::new();
    let file = repo("examples/strong-executor.toml");
    let (_, plain, _) = run(sb.cmd().arg("score").arg(&file));
    assert!(!plain.contains('\x1b'));
    let (_, coloured, _) = run(sb.cmd().args(["--color", "always", "score"]).arg(&file));
    assert!(coloured.contains("\x1b["));
    let (_, never, _) = run(sb
        .cmd()
        .args(["--color", "never", "score"])
        .arg(&file)
        .env("NO_COLOR", "1"));
    assert_eq!(never, plain);
}

#[test]
fn top_limits_the_plan() {
    let sb = Sandbox::new();
    let file = repo("examples/strong-executor.toml");
    for top in [0, 1, 3, 8] {
        let (_, out, _) = run(sb
            .cmd()
            .args(["score", "--format", "jsonl", "--top", &top.to_string()])
            .arg(&file));
        let r: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(r["plan"].as_array().unwrap().len(), top);
    }
}
