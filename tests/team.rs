//! Coach and team views end to end: `feedback` (360), `cohort` and `report`.

mod common;

use common::{Sandbox, chromium, repo, run};
use serde_json::Value;

const SMALL: &str = "tests/fixtures/rubrics";

/// An answer file for the small fixture rubrics (`plan`: p1 p2(reverse) p3 p4; `comm`: c1
/// c2 c3; `vis`: v1 v2(reverse); `quiet`: q1 q2 q3), all on the 1..5 scale.
fn sheet(rater: &str, subject: &str, answers: &[(&str, i64)]) -> String {
    let mut s = format!(
        "rubrics = [\"t\", \"b\"]\nsubject = \"{subject}\"\nrater = \"{rater}\"\n\n[answers]\n"
    );
    for (id, v) in answers {
        s.push_str(&format!("{id} = {v}\n"));
    }
    s
}

/// Answers giving the four levels: plan and comm (traits), vis and quiet (barriers). A
/// level L on 1..5 is the mean 1 + 4L; every level used here is a whole answer.
fn levels(plan: f64, comm: f64, vis: f64, quiet: f64) -> Vec<(&'static str, i64)> {
    let a = |l: f64| (1.0 + 4.0 * l).round() as i64;
    let rev = |l: f64| 6 - a(l);
    vec![
        ("p1", a(plan)),
        ("p2", rev(plan)),
        ("p3", a(plan)),
        ("p4", a(plan)),
        ("c1", a(comm)),
        ("c2", a(comm)),
        ("c3", a(comm)),
        ("v1", a(vis)),
        ("v2", rev(vis)),
        ("q1", a(quiet)),
        ("q2", a(quiet)),
        ("q3", a(quiet)),
    ]
}

/// Robin: self, a manager, 4 peers and 2 reports. Others' levels, by hand (7 raters):
///   plan  (0.5 + 0.5 + 0.5 + 0.75 + 0.25 + 0.5 + 0.5) / 7 = 3.5 / 7  = 0.5
///   comm  (0.75 + 4 × 0.75 + 1.0 + 0.5) / 7              = 5.25 / 7 = 0.75
///   vis   (0.75 + 4 × 0.75 + 0.5 + 0.5) / 7              = 4.75 / 7 ≈ 0.6786
///   quiet (0.5 + 4 × 0.5 + 1.0 + 0.0) / 7                = 3.5 / 7  = 0.5
/// Self: plan 1.0, comm 0.25, vis 0.25, quiet 0.5. So delta = self − others:
///   plan +0.5 (trait rated higher by self: blind spot), comm −0.5 (hidden strength),
///   vis 0.25 − 0.6786 = −0.4286 (a barrier others see more strongly: blind spot),
///   quiet 0 (nothing).
fn robin_360(sb: &Sandbox) -> std::path::PathBuf {
    let files = [
        ("self", levels(1.0, 0.25, 0.25, 0.5)),
        ("manager", levels(0.5, 0.75, 0.75, 0.5)),
        ("peer", levels(0.5, 0.75, 0.75, 0.5)),
        ("peer", levels(0.5, 0.75, 0.75, 0.5)),
        ("peer", levels(0.75, 0.75, 0.75, 0.5)),
        ("peer", levels(0.25, 0.75, 0.75, 0.5)),
        ("report", levels(0.5, 1.0, 0.5, 1.0)),
        ("report", levels(0.5, 0.5, 0.5, 0.0)),
    ];
    for (i, (rater, answers)) in files.iter().enumerate() {
        sb.file(
            &format!("360/{i}-{rater}.toml"),
            sheet(rater, "Robin", answers),
        );
    }
    sb.dir.path().join("360")
}

fn close(v: &Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 1e-12)
}

#[test]
fn feedback_finds_the_hand_computed_blind_spots_and_hides_small_groups() {
    let sb = Sandbox::new();
    let dir = robin_360(&sb);
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback", "--format", "json"])
        .arg(&dir));
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let robin = &v[0];
    assert_eq!(robin["subject"], "Robin");
    let dims = robin["dimensions"].as_array().unwrap();
    let dim = |id: &str| dims.iter().find(|d| d["id"] == id).unwrap();
    assert!(close(&dim("plan")["others"], 0.5));
    assert!(close(&dim("plan")["delta"], 0.5));
    assert!(close(&dim("comm")["others"], 0.75));
    assert!(close(&dim("comm")["delta"], -0.5));
    assert!(close(&dim("vis")["others"], 4.75 / 7.0));
    assert!(close(&dim("vis")["delta"], 0.25 - 4.75 / 7.0));
    assert!(close(&dim("quiet")["delta"], 0.0));
    assert_eq!(dim("plan")["finding"], "blind_spot");
    assert_eq!(dim("comm")["finding"], "hidden_strength");
    assert_eq!(dim("vis")["finding"], "blind_spot");
    assert_eq!(dim("quiet")["finding"], Value::Null);
    assert_eq!(robin["blind_spots"], serde_json::json!(["plan", "vis"]));
    assert_eq!(robin["hidden_strengths"], serde_json::json!(["comm"]));

    // The two reports never appear as a group; the peers (4) do.
    for d in dims {
        let groups: Vec<&str> = d["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["rater"].as_str().unwrap())
            .collect();
        assert!(!groups.contains(&"report"), "{d}");
        assert!(groups.contains(&"peer"), "{d}");
    }
    let peers = dim("plan")["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["rater"] == "peer")
        .unwrap()
        .clone();
    assert_eq!(peers["n"], 4);
    assert!(close(&peers["level"], 0.5));

    for format in ["table", "markdown"] {
        let (code, out, err) = run(sb
            .cmd()
            .args(["--rubrics", SMALL, "feedback", "--format", format])
            .arg(&dir));
        assert_eq!(code, 0, "{err}");
        assert!(!out.contains("Reports ("), "{format}: {out}");
        assert!(out.contains("Peers (4)"), "{format}: {out}");
        assert!(out.contains("blind spot"), "{format}: {out}");
        assert!(out.contains("hidden strength"), "{format}: {out}");
    }
}

#[test]
fn feedback_table_is_pinned() {
    let sb = Sandbox::new();
    let dir = robin_360(&sb);
    let (code, out, err) = run(sb.cmd().args(["--rubrics", SMALL, "feedback"]).arg(&dir));
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn feedback_withholds_others_when_one_peer_could_be_recognised() {
    let sb = Sandbox::new();
    sb.file(
        "two/self.toml",
        sheet("self", "Kim", &levels(1.0, 1.0, 0.0, 0.0)),
    );
    sb.file(
        "two/peer.toml",
        sheet("peer", "Kim", &levels(0.0, 0.0, 1.0, 1.0)),
    );
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback", "--format", "json"])
        .arg(sb.dir.path().join("two")));
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["others_withheld"], true);
    for d in v[0]["dimensions"].as_array().unwrap() {
        assert_eq!(d["others"], Value::Null, "{d}");
        assert_eq!(d["delta"], Value::Null, "{d}");
    }
}

#[test]
fn feedback_counts_a_file_once_and_leaves_out_files_about_no_one() {
    let sb = Sandbox::new();
    let dir = robin_360(&sb);
    let (_, once, _) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback", "--format", "json"])
        .arg(&dir));
    sb.file(
        "360/zz-nobody.toml",
        "rubrics = [\"t\", \"b\"]\n[answers]\np1 = 5\n",
    );
    // The directory, and one of its files again: Robin still has 4 peers, not 5.
    let (code, twice, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback", "--format", "json"])
        .arg(&dir)
        .arg(dir.join("2-peer.toml")));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("named more than once"), "{err}");
    assert!(err.contains("name no `subject`"), "{err}");
    assert_eq!(once, twice);

    let (code, _, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback", "--gap", "0"])
        .arg(&dir));
    assert_eq!(code, 2, "{err}");
}

#[test]
fn feedback_groups_by_subject_and_reports_bad_files() {
    let sb = Sandbox::new();
    let dir = robin_360(&sb);
    sb.file(
        "360/z-other.toml",
        sheet("self", "Ana", &levels(0.5, 0.5, 0.5, 0.5)),
    );
    sb.file("360/zz-bad.toml", "[answers]\np1 = 9\n");
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback", "--format", "json"])
        .arg(&dir));
    assert_eq!(code, 65, "{err}");
    assert!(err.contains("zz-bad.toml"), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let subjects: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["subject"].as_str().unwrap())
        .collect();
    assert_eq!(subjects, ["Robin", "Ana"]);
}

/// A rubric of `k` questions on `min..max` and one answer file per row (`None` = skipped).
fn reference_cohort(
    sb: &Sandbox,
    name: &str,
    min: i64,
    max: i64,
    rows: &[Vec<Option<i64>>],
) -> std::path::PathBuf {
    let k = rows[0].len();
    let mut rubric = format!(
        "id = \"{name}\"\ntitle = \"x\"\nversion = \"1\"\nkind = \"traits\"\n\n[scale]\nmin = {min}\nmax = {max}\n\n\
         [[dimension]]\nid = \"{name}-dim\"\nname = \"x\"\nsummary = \"x\"\ntarget = {max}\n"
    );
    for i in 1..=k {
        rubric.push_str(&format!(
            "  [[dimension.question]]\n  id = \"{name}-q{i}\"\n  text = \"x\"\n"
        ));
    }
    sb.file(&format!("{name}-rubrics/{name}.toml"), rubric);
    for (p, row) in rows.iter().enumerate() {
        let mut s = format!("rubrics = [\"{name}\"]\nsubject = \"P{p}\"\n\n[answers]\n");
        for (i, v) in row.iter().enumerate() {
            if let Some(v) = v {
                s.push_str(&format!("{name}-q{} = {v}\n", i + 1));
            }
        }
        sb.file(&format!("{name}/p{p:02}.toml"), s);
    }
    sb.dir.path().join(name)
}

fn parse_csv(text: &str) -> Vec<Vec<Option<i64>>> {
    text.lines()
        .skip(1)
        .map(|l| {
            l.split(',')
                .map(|c| (!c.is_empty()).then(|| c.parse::<f64>().unwrap() as i64))
                .collect()
        })
        .collect()
}

/// pingouin's dataset `cronbach_alpha` (15 people × 10 items on 1..7), turned wide, copied
/// byte for byte from the reference data; `pingouin.cronbach_alpha` gives
/// 0.5917188485995826.
const CRONBACH_ALPHA_WIDE: &str = "Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10
3,2,4,1,4,5,1,4,3,2
5,4,6,3,5,1,2,5,5,5
7,3,5,5,6,4,3,3,6,5
2,4,3,3,2,2,2,6,6,3
6,5,6,5,4,4,4,6,7,5
1,2,3,4,2,5,2,3,5,2
4,3,5,3,5,2,1,2,4,3
2,4,4,3,7,2,2,4,6,5
6,5,5,5,1,6,5,2,3,2
5,4,6,4,3,5,3,1,7,2
4,3,5,2,5,3,2,3,4,1
4,2,3,2,5,3,4,2,3,4
5,5,6,2,3,3,2,4,4,5
6,5,5,4,2,2,1,4,6,5
4,3,5,5,3,1,3,2,3,4
";

/// pingouin's dataset `cronbach_wide_missing` (12 people × 11 binary items with gaps);
/// with pairwise deletion `pingouin.cronbach_alpha` gives 0.732660835214447.
const CRONBACH_WIDE_MISSING: &str = "Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11
1.0,1,1.0,1,1.0,1,1,1,1.0,1,1
1.0,1,1.0,1,1.0,1,1,1,0.0,1,0
,0,1.0,1,,1,1,1,1.0,0,0
1.0,1,1.0,0,1.0,1,0,1,1.0,0,0
1.0,1,1.0,1,1.0,0,0,0,1.0,0,0
0.0,1,,0,1.0,1,1,1,0.0,0,0
1.0,1,1.0,1,0.0,0,1,0,0.0,0,0
1.0,1,1.0,1,1.0,0,0,0,0.0,0,0
0.0,1,0.0,1,1.0,0,0,0,0.0,1,0
1.0,0,0.0,1,0.0,1,0,0,,0,0
1.0,1,1.0,0,0.0,0,0,0,0.0,0,0
1.0,0,0.0,1,0.0,0,0,0,0.0,0,0
";

#[test]
fn cohort_alpha_equals_pingouin_on_its_published_datasets() {
    let sb = Sandbox::new();
    for (name, data, min, max, expected) in [
        ("wide", CRONBACH_ALPHA_WIDE, 1, 7, 0.5917188485995826),
        ("missing", CRONBACH_WIDE_MISSING, 0, 1, 0.732660835214447),
    ] {
        let dir = reference_cohort(&sb, name, min, max, &parse_csv(data));
        let rubrics = sb.dir.path().join(format!("{name}-rubrics"));
        let (code, out, err) = run(sb
            .cmd()
            .arg("--rubrics")
            .arg(&rubrics)
            .args(["cohort", "--format", "json"])
            .arg(&dir));
        assert_eq!(code, 0, "{name}: {err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["respondents"], if name == "wide" { 15 } else { 12 });
        let d = &v["dimensions"][0];
        let alpha = d["alpha"].as_f64().unwrap();
        assert!(
            (alpha - expected).abs() < 1e-12,
            "{name}: alpha {alpha}, pingouin {expected}"
        );
        assert_eq!(
            d["items"].as_array().unwrap().len(),
            if name == "wide" { 10 } else { 11 }
        );
    }
}

#[test]
fn cohort_reverse_keys_items_before_alpha() {
    // Flipping every answer to a reverse-keyed question, and marking it reverse, must not
    // change alpha: it is computed on item values after reverse keying.
    let sb = Sandbox::new();
    let rows = parse_csv(CRONBACH_ALPHA_WIDE);
    let dir = reference_cohort(&sb, "wide", 1, 7, &rows);
    let flipped: Vec<Vec<Option<i64>>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .map(|(i, v)| if i == 2 { v.map(|v| 8 - v) } else { *v })
                .collect()
        })
        .collect();
    let dir2 = reference_cohort(&sb, "flip", 1, 7, &flipped);
    let path = sb.dir.path().join("flip-rubrics/flip.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replace(
        "id = \"flip-q3\"\n  text = \"x\"\n",
        "id = \"flip-q3\"\n  text = \"x\"\n  reverse = true\n",
    );
    std::fs::write(&path, text).unwrap();
    let alpha = |rubrics: &str, dir: &std::path::Path| {
        let (code, out, err) = run(sb
            .cmd()
            .arg("--rubrics")
            .arg(sb.dir.path().join(rubrics))
            .args(["cohort", "--format", "json"])
            .arg(dir));
        assert_eq!(code, 0, "{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        v["dimensions"][0]["alpha"].as_f64().unwrap()
    };
    let a = alpha("wide-rubrics", &dir);
    let b = alpha("flip-rubrics", &dir2);
    assert!((a - b).abs() < 1e-12, "{a} vs {b}");
}

#[test]
fn cohort_places_me_only_in_a_group_of_five() {
    let sb = Sandbox::new();
    let dir = robin_360(&sb);
    let me = dir.join("0-self.toml");
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "cohort", "--format", "json", "--me"])
        .arg(&me)
        .arg(&dir));
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["respondents"], 8);
    let plan = v["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "plan")
        .unwrap();
    // Plan levels: 1.0 (Robin), 0.5 × 5, 0.75, 0.25. Robin's 1.0 is above 7 and ties
    // with 1 (herself, counted half): (7 + 0.5) / 8 = 93.75.
    assert!(close(&plan["me"]["percentile"], 93.75), "{plan}");
    assert!(close(&plan["me"]["value"], 1.0));
    assert!(close(&plan["median"], 0.5));
    assert_eq!(plan["n"], 8);
    // Share with a gap: target 4.0 is level 0.75, so all but Robin (1.0) and the 0.75
    // peer have one: 6 of 8.
    assert!(close(&plan["share"], 0.75), "{plan}");

    // Four people are too few to place anyone; five are enough.
    for (n, placed) in [(4, false), (5, true)] {
        let few = sb.dir.path().join(format!("few-{n}"));
        std::fs::create_dir_all(&few).unwrap();
        for i in 0..n {
            let from = dir.join(format!("{}-peer.toml", i % 4 + 2));
            std::fs::copy(from, few.join(format!("{i}.toml"))).unwrap();
        }
        let (code, out, err) = run(sb
            .cmd()
            .args(["--rubrics", SMALL, "cohort", "--format", "json", "--me"])
            .arg(&me)
            .arg(&few));
        assert_eq!(code, 0, "{err}");
        let warned = err.contains("percentiles are shown from 5");
        assert_eq!(warned, !placed, "{n}: {err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        for d in v["dimensions"].as_array().unwrap() {
            assert!(d["me"]["value"].is_number(), "{d}");
            assert_eq!(d["me"]["percentile"].is_number(), placed, "{n}: {d}");
        }
    }
}

#[test]
fn cohort_csv_has_a_row_per_dimension_or_question() {
    let sb = Sandbox::new();
    let dir = robin_360(&sb);
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "cohort", "--format", "csv"])
        .arg(&dir));
    assert_eq!(code, 0, "{err}");
    let mut r = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().take(4).collect::<Vec<_>>(),
        ["rubric", "dimension", "kind", "n"]
    );
    assert_eq!(r.records().count(), 4);
    let (code, out, _) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "cohort", "--format", "csv", "--items"])
        .arg(&dir));
    assert_eq!(code, 0);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(r.headers().unwrap().get(2), Some("question"));
    assert_eq!(r.records().count(), 12);
}

#[test]
fn cohort_table_of_the_examples_is_pinned() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.cmd().args(["cohort", "examples"]));
    assert_eq!(code, 0, "{err}");
    insta::assert_snapshot!(out);
}

/// Saves Robin's self-assessment twice (an earlier and a later one) and the others' views,
/// so a report has history and a 360 view.
fn robin_in_store(sb: &Sandbox) {
    let early = sb.file(
        "early/self.toml",
        sheet("self", "Robin", &levels(0.75, 0.0, 0.75, 0.75)).replace(
            "rater = \"self\"\n",
            "rater = \"self\"\ndate = 2026-08-01\n",
        ),
    );
    let (code, _, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "score", "--save", "-q"])
        .arg(&early));
    assert_eq!(code, 0, "{err}");
    let dir = robin_360(sb);
    let own = dir.join("0-self.toml");
    let text = std::fs::read_to_string(&own).unwrap().replace(
        "rater = \"self\"\n",
        "rater = \"self\"\ndate = 2026-11-01\n",
    );
    std::fs::write(&own, text).unwrap();
    let (code, _, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "score", "--save", "-q"])
        .arg(&dir));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn report_markdown_is_pinned_with_history_and_360() {
    let sb = Sandbox::new();
    robin_in_store(&sb);
    let (code, out, err) = run(sb.cmd().args(["--rubrics", SMALL, "report"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("## Since 2026-08-01"), "{out}");
    assert!(out.contains("## 360 view: Robin"), "{out}");
    assert!(out.contains("### Within 60 days"), "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn report_of_a_saved_file_does_not_compare_it_with_itself() {
    let sb = Sandbox::new();
    robin_in_store(&sb);
    // The latest self-assessment, given again as a file: its previous one is August's.
    let own = sb.dir.path().join("360/0-self.toml");
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "report", "--format", "markdown"])
        .arg(&own));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("## Since 2026-08-01"), "{out}");
    // The saved peers and the same peers given as files count once each.
    let (code, again, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "report", "--format", "markdown"])
        .arg(&own)
        .arg("--feedback")
        .arg(sb.dir.path().join("360")));
    assert_eq!(code, 0, "{err}");
    assert!(again.contains("4 peers and 2 reports"), "{again}");
}

#[test]
fn report_html_is_one_self_contained_file() {
    let sb = Sandbox::new();
    robin_in_store(&sb);
    let path = sb.dir.path().join("robin.html");
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "report", "-o"])
        .arg(&path));
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "{out}");
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(
        html.matches("<svg").count(),
        2,
        "a chart of traits and one of barriers"
    );
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("default-src 'none'"));
    for forbidden in ["<script", "http://", "https://", "<link", "@import", "<img"] {
        let found = html.replace("http://www.w3.org/2000/svg", "");
        assert!(!found.contains(forbidden), "{forbidden} in the report");
    }
    assert!(html.contains("360 view"));
    // The report holds personal data: only its owner may read it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn report_of_a_file_needs_no_store_and_escapes_hostile_text() {
    let sb = Sandbox::new();
    // In TOML escapes, so the file itself is valid: ESC [2J, and a right-to-left override.
    let evil = "<script>alert(1)</script>\\u001b[2J\\u202e";
    let file = sb.file(
        "evil.toml",
        sheet("self", evil, &levels(0.5, 0.5, 0.5, 0.5)),
    );
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "report", "--format", "html"])
        .arg(&file));
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("<script>"), "{out}");
    assert!(out.contains("&lt;script&gt;"));
    assert!(!out.contains('\u{1b}') && !out.contains('\u{202e}'));
    assert!(
        !sb.home().exists(),
        "reading a file must not create a store"
    );
}

#[test]
fn report_without_any_assessment_says_what_to_do() {
    let sb = Sandbox::new();
    let (code, _, err) = run(sb.cmd().args(["report"]));
    assert_eq!(code, 66, "{err}");
    assert!(err.contains("leadgap assess"), "{err}");
}

#[test]
fn shipped_360_example_runs() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb
        .cmd()
        .arg("feedback")
        .arg(repo("examples/strong-executor.toml"))
        .arg(repo("examples/peer-on-alex.toml"))
        .arg(repo("examples/360-alex")));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Alex Rivera — 360 view"), "{out}");
    assert!(out.contains("Peers (4)"), "{out}");
}

/// Opens `page` in headless Chromium and returns the screenshot and what the browser
/// logged. A page that hangs the browser fails the test after two minutes.
fn screenshot(
    browser: &std::path::Path,
    page: &std::path::Path,
) -> (png::OutputInfo, Vec<u8>, String) {
    let dir = tempfile::tempdir().unwrap();
    let shot = dir.path().join("shot.png");
    let mut child = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1000,1800",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("Chromium starts");
    let mut stderr = child.stderr.take().unwrap();
    let log = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut s).ok();
        s
    });
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(120) {
            child.kill().ok();
            panic!("Chromium did not finish within two minutes");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let log = log.join().unwrap();
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&shot).unwrap_or_else(|e| panic!("no screenshot ({e}): {log}")),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info, buf, log)
}

/// The console messages in Chromium's log (errors, CSP violations, failed loads).
fn console_lines(log: &str) -> Vec<&str> {
    log.lines().filter(|l| l.contains(":CONSOLE")).collect()
}

#[test]
fn report_html_draws_its_charts_in_chromium_without_console_errors() {
    let Some(browser) = chromium() else { return };
    let sb = Sandbox::new();
    robin_in_store(&sb);
    let page = sb.dir.path().join("report.html");
    let (code, _, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "report", "-o"])
        .arg(&page));
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&page).unwrap();
    // The same page with the charts hidden: where the two differ is where the SVG is drawn.
    let blank = sb.dir.path().join("blank.html");
    std::fs::write(
        &blank,
        html.replace(
            "</head>",
            "<style>svg { visibility: hidden; }</style></head>",
        ),
    )
    .unwrap();

    // Labels hidden on both pages, so what differs is only what the charts draw: bars,
    // target and threshold ticks, grid lines.
    let no_text = "<style>svg text { visibility: hidden; }</style></head>";
    std::fs::write(&page, html.replace("</head>", no_text)).unwrap();
    let (info, shown, log) = screenshot(&browser, &page);
    assert_eq!(console_lines(&log), Vec::<&str>::new(), "console messages");
    let (info2, hidden, _) = screenshot(&browser, &blank);
    assert_eq!((info.width, info.height), (info2.width, info2.height));
    let channels = info.color_type.samples();
    let luma = |px: &[u8]| (u32::from(px[0]) + u32::from(px[1]) + u32::from(px[2])) / 3;
    let (mut differing, mut dark) = (0usize, 0usize);
    let (mut top, mut bottom) = (usize::MAX, 0);
    for (i, (a, b)) in shown
        .chunks(channels)
        .zip(hidden.chunks(channels))
        .enumerate()
    {
        if a[..3] != b[..3] {
            differing += 1;
            let y = i / info.width as usize;
            top = top.min(y);
            bottom = bottom.max(y);
            if luma(a) < 100 {
                dark += 1;
            }
        }
    }
    // Four dimensions' bars (the flagged ones dark), ticks and grid: thousands of pixels.
    assert!(
        differing > 3_000,
        "only {differing} pixels belong to the charts"
    );
    assert!(
        dark > 1_000,
        "only {dark} dark chart pixels: the bars are not drawn"
    );
    assert!(bottom - top > 150, "the charts span rows {top}..{bottom}");
}

#[test]
fn the_console_check_sees_a_page_that_breaks_its_policy() {
    // The check above must be able to fail: a page that tries to load from the network
    // under the report's own policy is reported on the console.
    let Some(browser) = chromium() else { return };
    let sb = Sandbox::new();
    let page = sb.file(
        "bad.html",
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" \
         content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"></head>\
         <body><img src=\"http://127.0.0.1:9/x.png\"></body></html>",
    );
    let (_, _, log) = screenshot(&browser, &page);
    assert!(!console_lines(&log).is_empty(), "{log}");
}
