//! Every rule of SPEC section 1, broken one at a time: `rubric check` exits 65 with the file,
//! the line and column, and the rule; and `score` refuses to run with such a rubric loaded.

mod common;

use common::{Sandbox, run};

const VALID: &str = r#"id = "team-pulse"
title = "Team pulse"
version = "1.0.0"
kind = "traits"

[scale]
min = 1
max = 5
labels = ["1", "2", "3", "4", "5"]

[[dimension]]
id = "pulse-trust"
name = "Trust"
summary = "s"
weight = 1.0
target = 4.0
related = ["strategic-planning"]

  [[dimension.question]]
  id = "pt-1"
  text = "I trust my team."
  reverse = false

[[action]]
id = "pulse-retro"
text = "Run a retro."
horizon = 30
done_when = "Retro held."
addresses = ["pulse-trust", "insufficient-visibility"]
"#;

const BARRIER: &str = r#"id = "team-drag"
title = "Team drag"
version = "1"
kind = "barriers"

[[dimension]]
id = "drag-1"
name = "Drag"
summary = "s"
threshold = 0.5

  [[dimension.question]]
  id = "dg-1"
  text = "Things drag."
"#;

/// (what is broken, the text with it broken, where and what the message says)
fn cases() -> Vec<(&'static str, String, &'static str)> {
    vec![
        (
            "id pattern",
            VALID.replace("\"team-pulse\"", "\"Team Pulse\""),
            ":1:6: rubric id `Team Pulse` must match [a-z0-9][a-z0-9-]*",
        ),
        (
            "duplicate dimension id",
            VALID.replace("id = \"pulse-trust\"", "id = \"strategic-planning\""),
            ":12:6: dimension id `strategic-planning` is already used",
        ),
        (
            "duplicate question id",
            VALID.replace("\"pt-1\"", "\"sp-1\""),
            ":20:8: question id `sp-1` is already used",
        ),
        (
            "duplicate action id",
            VALID.replace("\"pulse-retro\"", "\"exec-visibility-brief\""),
            ":25:6: action id `exec-visibility-brief` is already used",
        ),
        (
            "missing title",
            VALID.replace("title = \"Team pulse\"\n", ""),
            ":1:1: missing field `title`",
        ),
        (
            "empty title",
            VALID.replace("\"Team pulse\"", "\"\""),
            ":2:9: `title` must not be empty",
        ),
        (
            "bad kind",
            VALID.replace("kind = \"traits\"", "kind = \"skills\""),
            ":4:8: unknown variant `skills`",
        ),
        (
            "unknown field",
            VALID.replace("summary = \"s\"", "summary = \"s\"\ncolour = \"red\""),
            ":15:1: unknown field `colour`",
        ),
        (
            "min not below max",
            VALID.replace("min = 1", "min = 5"),
            ":6:1: scale min (5) must be less than max (5)",
        ),
        (
            "label count",
            VALID.replace("\"4\", \"5\"]", "\"4\"]"),
            ":9:10: scale 1..5 needs exactly 5 labels, one per point, but has 4",
        ),
        (
            "zero weight",
            VALID.replace("weight = 1.0", "weight = 0"),
            ":15:10: dimension `pulse-trust`: weight 0 must be a number greater than 0",
        ),
        (
            "negative weight",
            VALID.replace("weight = 1.0", "weight = -2.5"),
            ":15:10: dimension `pulse-trust`: weight -2.5 must be a number greater than 0",
        ),
        (
            "nan weight",
            VALID.replace("weight = 1.0", "weight = nan"),
            ":15:10: dimension `pulse-trust`: weight NaN must be a number greater than 0",
        ),
        (
            "target at min",
            VALID.replace("target = 4.0", "target = 1"),
            ":16:10: dimension `pulse-trust`: target 1 must be above the scale's min (1) and at most its max (5)",
        ),
        (
            "target above max",
            VALID.replace("target = 4.0", "target = 5.5"),
            ":16:10: dimension `pulse-trust`: target 5.5 must be above",
        ),
        (
            "threshold on a trait",
            VALID.replace("target = 4.0", "threshold = 0.5"),
            ":16:13: dimension `pulse-trust`: `threshold` is for barriers",
        ),
        (
            "target on a barrier",
            BARRIER.replace("threshold = 0.5", "target = 4.0"),
            ":10:10: dimension `drag-1`: `target` is for traits",
        ),
        (
            "threshold zero",
            BARRIER.replace("threshold = 0.5", "threshold = 0"),
            ":10:13: dimension `drag-1`: threshold 0 must be greater than 0 and at most 1",
        ),
        (
            "threshold above one",
            BARRIER.replace("threshold = 0.5", "threshold = 1.5"),
            ":10:13: dimension `drag-1`: threshold 1.5 must be greater than 0 and at most 1",
        ),
        (
            "unknown related",
            VALID.replace("[\"strategic-planning\"]", "[\"nowhere\"]"),
            ":17:12: dimension `pulse-trust`: related id `nowhere` is not a dimension of any loaded rubric",
        ),
        (
            "bad horizon",
            VALID.replace("horizon = 30", "horizon = 45"),
            ":27:11: action `pulse-retro`: horizon 45 must be 30, 60 or 90 (days)",
        ),
        (
            "unknown addresses",
            VALID.replace("\"insufficient-visibility\"]", "\"nowhere\"]"),
            ":29:29: action `pulse-retro`: addresses `nowhere`, which is not a dimension of any loaded rubric",
        ),
        (
            "empty addresses",
            VALID.replace("[\"pulse-trust\", \"insufficient-visibility\"]", "[]"),
            ":29:13: action `pulse-retro`: `addresses` must name at least one dimension id",
        ),
        (
            "missing done_when",
            VALID.replace("done_when = \"Retro held.\"\n", ""),
            ":24:1: missing field `done_when`",
        ),
        (
            "no questions",
            BARRIER
                .split("  [[dimension.question]]")
                .next()
                .unwrap()
                .to_string(),
            ":7:6: dimension `drag-1` has no questions",
        ),
        (
            "no dimensions",
            "id = \"x\"\ntitle = \"x\"\nversion = \"1\"\nkind = \"traits\"\n".to_string(),
            ":1:6: rubric `x` has no [[dimension]]",
        ),
        (
            "syntax error",
            VALID.replace("title = \"Team pulse\"", "title = \"Team pulse"),
            ":2:",
        ),
        ("empty file", String::new(), ": file is empty"),
        (
            "non-integer horizon",
            VALID.replace("horizon = 30", "horizon = \"30\""),
            ":27:11: invalid type: string \"30\", expected i64",
        ),
    ]
}

#[test]
fn the_valid_rubrics_pass() {
    let sb = Sandbox::new();
    let a = sb.file("valid.toml", VALID);
    let b = sb.file("barrier.toml", BARRIER);
    let (code, out, err) = run(sb.cmd().args(["rubric", "check"]).arg(&a).arg(&b));
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("ok: ")
            && out.contains("rubric `team-pulse`: 1 dimensions, 1 questions, 1 actions"),
        "{out}"
    );
}

#[test]
fn every_broken_rule_is_named_with_its_place() {
    let sb = Sandbox::new();
    for (i, (what, text, want)) in cases().into_iter().enumerate() {
        let file = sb.file(&format!("case-{i}.toml"), &text);
        let (code, out, err) = run(sb.cmd().args(["rubric", "check"]).arg(&file));
        assert_eq!(code, 65, "{what}: {err}");
        assert!(!out.contains("ok: "), "{what}: {out}");
        let expected = format!("{}{want}", file.display());
        assert!(
            err.contains(&expected),
            "{what}: expected `{expected}` in:\n{err}"
        );
    }
}

#[test]
fn score_refuses_to_run_with_a_broken_rubric_loaded() {
    let sb = Sandbox::new();
    sb.file(
        "extra/bad.toml",
        VALID.replace("horizon = 30", "horizon = 7"),
    );
    let answers = sb.file("a.toml", "[answers]\nsp-1 = 4\n");
    let (code, out, err) = run(sb
        .cmd()
        .arg("--rubrics")
        .arg(sb.dir.path().join("extra"))
        .arg("score")
        .arg(&answers));
    assert_eq!(code, 65);
    assert!(out.is_empty());
    assert!(
        err.contains("bad.toml:27:11: action `pulse-retro`: horizon 7"),
        "{err}"
    );
}

#[test]
fn a_missing_rubric_file_or_dir_is_exit_66() {
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.cmd().args(["rubric", "check", "nope.toml"]));
    assert_eq!(code, 66, "{err}");
    let (code, _, err) = run(sb.cmd().args(["--rubrics", "no-dir", "rubric", "list"]));
    assert_eq!(code, 66, "{err}");
}

#[test]
fn rubric_ids_are_unique_among_all_loaded() {
    let sb = Sandbox::new();
    let a = sb.file("a/pulse.toml", VALID);
    let renamed = VALID
        .replace("pulse-trust", "x-trust")
        .replace("pt-1", "x-1")
        .replace("pulse-retro", "x-retro");
    let b = sb.file("b/pulse.toml", &renamed);
    let (code, _, err) = run(sb.cmd().args(["rubric", "check"]).arg(&a).arg(&b));
    assert_eq!(code, 65);
    let want = format!(
        "{}:1:6: rubric id `team-pulse` is already used in {}",
        b.display(),
        a.display()
    );
    assert!(err.contains(&want), "{err}");

    // A directory of extra rubrics may not reuse a built-in id either.
    let builtin_id = renamed.replace("\"team-pulse\"", "\"senior-traits\"");
    sb.file("c/clash.toml", builtin_id);
    let (code, _, err) = run(sb
        .cmd()
        .arg("--rubrics")
        .arg(sb.dir.path().join("c"))
        .args(["rubric", "list"]));
    assert_eq!(code, 65);
    assert!(err.contains("clash.toml:1:6: rubric id `senior-traits` is already used in built-in:senior-traits.toml"), "{err}");
}
