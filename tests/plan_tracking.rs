//! Working the plan (SPEC section 8) end to end: statuses, notes, own actions, the current
//! plan in every format, the next assessment building on it, `compare` and `report`,
//! `checkin` in a real terminal, the calendar file, concurrent writers and `forget`.
//! "Today" is fixed with `LEADGAP_TODAY`, so due days and overdue marks do not depend on
//! when the tests run.

mod common;

use std::path::PathBuf;

use common::{Sandbox, repo, run};
use jiff::civil::Date;
use serde_json::Value;

/// The day the plan commands take as today, six weeks into the first plan.
const TODAY: &str = "2026-12-15";

/// The strong executor's answers with another date and, optionally, some answers changed.
fn answers(sb: &Sandbox, name: &str, date: &str, changes: &[(&str, &str)]) -> PathBuf {
    let text = std::fs::read_to_string(repo("examples/strong-executor.toml")).unwrap();
    let mut text = text.replace("date = 2026-11-02", &format!("date = {date}"));
    for (q, to) in changes {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{q} =")))
            .unwrap_or_else(|| panic!("no question {q} in the example"))
            .to_string();
        text = text.replace(&line, &format!("{q} = {to}"));
    }
    sb.file(name, text)
}

fn leadgap(sb: &Sandbox, today: &str, args: &[&str]) -> (i32, String, String) {
    run(sb.cmd().env("LEADGAP_TODAY", today).args(args))
}

fn ok(sb: &Sandbox, today: &str, args: &[&str]) -> String {
    let (code, out, err) = leadgap(sb, today, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

fn save(sb: &Sandbox, file: &PathBuf) {
    let (code, _, err) = run(sb.cmd().args(["score", "--save"]).arg(file));
    assert_eq!(code, 0, "{err}");
}

fn current(sb: &Sandbox, today: &str, extra: &[&str]) -> Value {
    let mut args = vec!["plan", "--format", "json"];
    args.extend_from_slice(extra);
    serde_json::from_str(&ok(sb, today, &args)).unwrap()
}

fn ids(plan: &Value) -> Vec<String> {
    plan["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

fn item<'a>(plan: &'a Value, id: &str) -> &'a Value {
    plan["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no item {id} in {plan:#}"))
}

fn day(s: &Value) -> Date {
    s.as_str().unwrap().parse().unwrap()
}

fn plus(d: Date, days: i64) -> Date {
    d.saturating_add(jiff::Span::new().days(days))
}

/// Every item's due day is the day its plan was made (for own actions, the day they were
/// added; for those in `carried`, the first plan's day) plus its horizon, and it is overdue
/// exactly when it is open and due before today.
fn check_days(plan: &Value, today: &str, carried: &[&str]) {
    let made = day(&plan["made"]);
    let today: Date = today.parse().unwrap();
    assert_eq!(day(&plan["reassess_on"]), plus(made, 90));
    for i in plan["items"].as_array().unwrap() {
        let from = if i["own"] == true {
            TODAY.parse().unwrap()
        } else if carried.contains(&i["id"].as_str().unwrap()) {
            Date::new(2026, 11, 2).unwrap()
        } else {
            made
        };
        let due = day(&i["due"]);
        assert_eq!(due, plus(from, i["horizon"].as_i64().unwrap()), "{i:#}");
        let open = i["status"] == "todo" || i["status"] == "doing";
        assert_eq!(i["overdue"], open && due < today, "{i:#}");
    }
}

/// The whole loop: answer, act, check in, answer again, compare and report.
#[test]
fn answer_act_and_answer_again() {
    let sb = Sandbox::new();
    let first = answers(&sb, "first.toml", "2026-11-02", &[]);
    // Three months on: stakeholder communication better.
    let second = answers(
        &sb,
        "second.toml",
        "2027-02-10",
        &[("sc-1", "4"), ("sc-2", "5")],
    );
    save(&sb, &first);

    let plan = current(&sb, TODAY, &[]);
    assert_eq!(plan["made"], "2026-11-02");
    assert_eq!(plan["reassess_on"], "2027-01-31");
    assert_eq!(plan["subject"], "Alex Rivera");
    let first_ids = ids(&plan);
    assert_eq!(first_ids.len(), 5);
    for i in plan["items"].as_array().unwrap() {
        assert_eq!(i["status"], "todo");
        assert_eq!(i["own"], false);
        assert!(i["score"].as_f64().unwrap() > 0.0);
        assert!(i["text"].as_str().unwrap().len() > 10);
        assert!(i["done_when"].as_str().unwrap().len() > 10);
        assert_eq!(i["primary"], i["addresses"][0]);
        assert_eq!(i["notes"], serde_json::json!([]));
        assert!(i.get("dropped").is_none());
    }
    check_days(&plan, TODAY, &[]);
    // The 30-day actions were due on 2026-12-02: overdue by today.
    assert!(
        plan["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["horizon"] == 30 && i["overdue"] == true)
    );

    let (done, dropped, doing) = (&first_ids[0], &first_ids[1], &first_ids[4]);
    ok(
        &sb,
        TODAY,
        &[
            "plan",
            "start",
            doing,
            "--on",
            "2026-11-20",
            "--note",
            "List made",
        ],
    );
    ok(
        &sb,
        TODAY,
        &[
            "plan",
            "done",
            done,
            "--note",
            "Third brief sent; the CFO asked for more.",
            "--on",
            "2026-12-01",
        ],
    );
    ok(&sb, TODAY, &["plan", "drop", dropped, "--on", "2026-12-10"]);
    ok(
        &sb,
        TODAY,
        &["plan", "note", doing, "Two of three notes sent"],
    );
    // Undo takes the last change back; doing it again restores it.
    ok(&sb, TODAY, &["plan", "start", &first_ids[2]]);
    ok(&sb, TODAY, &["plan", "undo", &first_ids[2]]);
    let (code, _, err) = leadgap(&sb, TODAY, &["plan", "undo", &first_ids[2]]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nothing to undo"), "{err}");
    let own = ok(
        &sb,
        TODAY,
        &[
            "plan",
            "add",
            "Weekly skip-level coffee",
            "--addresses",
            "weak-network,insufficient-visibility",
            "--horizon",
            "30",
            "--done-when",
            "Four coffees held",
        ],
    );
    assert_eq!(own.trim(), "weekly-skip-level-coffee");

    let plan = current(&sb, TODAY, &[]);
    check_days(&plan, TODAY, &[]);
    let d = item(&plan, done);
    assert_eq!(d["status"], "done");
    assert_eq!(d["done"], "2026-12-01");
    assert_eq!(d["overdue"], false);
    assert_eq!(
        d["notes"],
        serde_json::json!([{"date": "2026-12-01", "text": "Third brief sent; the CFO asked for more."}])
    );
    let x = item(&plan, dropped);
    assert_eq!(x["status"], "dropped");
    assert_eq!(x["dropped"], "2026-12-10");
    assert_eq!(x["overdue"], false);
    let w = item(&plan, doing);
    assert_eq!(w["status"], "doing");
    assert_eq!(w["started"], "2026-11-20");
    assert_eq!(w["done"], Value::Null);
    assert_eq!(w["notes"][0]["date"], "2026-11-20");
    assert_eq!(w["notes"][1]["date"], TODAY);
    assert_eq!(w["notes"][1]["text"], "Two of three notes sent");
    assert_eq!(item(&plan, &first_ids[2])["status"], "todo");
    let o = item(&plan, "weekly-skip-level-coffee");
    assert_eq!(o["own"], true);
    assert_eq!(o["score"], Value::Null);
    assert_eq!(o["due"], "2027-01-14");
    assert_eq!(o["primary"], "weak-network");
    assert_eq!(
        o["addresses"],
        serde_json::json!(["weak-network", "insufficient-visibility"])
    );

    // Markdown is a checklist; the table has an Id column and marks what is overdue.
    let md = ok(&sb, TODAY, &["plan", "--format", "markdown"]);
    assert!(md.starts_with("# Plan: Alex Rivera"), "{md}");
    assert_eq!(md.matches("- [x] **").count(), 1, "{md}");
    assert!(md.contains("~~**"), "{md}");
    assert!(md.contains("  - 2026-12-01: Third brief sent; the CFO asked for more."));
    let table = ok(&sb, TODAY, &["plan"]);
    assert!(table.contains(" Id "), "{table}");
    assert!(table.contains("overdue"), "{table}");
    assert!(table.contains("(own)"), "{table}");

    // Without the done and dropped actions, this is what the second plan would be.
    let (_, unexcluded, _) = run(sb.cmd().args(["score", "--format", "json"]).arg(&second));
    let unexcluded: Value = serde_json::from_str(&unexcluded).unwrap();
    let proposed: Vec<&str> = unexcluded[0]["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(proposed.contains(&done.as_str()) && proposed.contains(&dropped.as_str()));

    // The second assessment does not propose them again: the next candidates take their place.
    save(&sb, &second);
    let later = "2027-02-12";
    let kept: Value = serde_json::from_str(&ok(
        &sb,
        later,
        &["plan", "latest", "--format", "json", "--top", "100"],
    ))
    .unwrap();
    let kept: Vec<&str> = kept["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(!kept.contains(&done.as_str()) && !kept.contains(&dropped.as_str()));
    let plan = current(&sb, later, &[]);
    assert_eq!(plan["made"], "2027-02-10");
    check_days(&plan, later, &[]);
    let now = ids(&plan);
    assert!(!now.contains(done) && !now.contains(dropped), "{now:?}");
    assert_eq!(
        plan["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["own"] == false && i["status"] == "todo")
            .count(),
        4,
        "{now:?}"
    );
    // Work in progress is carried over, with its notes; own actions stay.
    assert_eq!(item(&plan, doing)["status"], "doing");
    assert_eq!(item(&plan, doing)["notes"].as_array().unwrap().len(), 2);
    assert_eq!(item(&plan, "weekly-skip-level-coffee")["own"], true);
    // Carried over even where the new plan is too short to hold it.
    let short = current(&sb, later, &["--top", "1"]);
    let short_ids = ids(&short);
    assert!(short_ids.contains(doing), "{short_ids:?}");
    check_days(&short, later, &[doing]);

    // compare lists what was done, with how its dimensions moved.
    let c: Value = serde_json::from_str(&ok(&sb, later, &["compare", "--format", "json"])).unwrap();
    let done_list = c["done"].as_array().unwrap();
    assert_eq!(done_list.len(), 1, "{c:#}");
    assert_eq!(done_list[0]["id"], done.as_str());
    assert_eq!(done_list[0]["done"], "2026-12-01");
    let dims = done_list[0]["dimensions"].as_array().unwrap();
    assert!(!dims.is_empty());
    for m in dims {
        assert!(m["before"].is_number() && m["after"].is_number(), "{m:#}");
    }
    let table = ok(&sb, later, &["compare"]);
    assert!(table.contains("Done in between:"), "{table}");
    assert!(table.contains("→"), "{table}");

    // The report shows each current action's status and notes as evidence.
    let report = ok(&sb, later, &["report", "--format", "markdown"]);
    assert!(report.contains("## Progress on the plan"), "{report}");
    assert!(report.contains("Two of three notes sent"), "{report}");
    assert!(report.contains("doing since 2026-11-20"), "{report}");
    assert!(report.contains("- Done: "), "{report}");
    let html = ok(&sb, later, &["report", "--format", "html"]);
    assert!(html.contains("Progress on the plan") && html.contains("Two of three notes sent"));
    assert!(!html.contains("<script"));
}
