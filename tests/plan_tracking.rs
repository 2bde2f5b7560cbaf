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

fn all_todo(plan: &Value) -> bool {
    plan["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["status"] == "todo")
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

/// `checkin` in a real terminal: one action marked done with a note, then Ctrl-C on the next
/// keeps what was recorded (exit 130).
#[cfg(unix)]
#[test]
fn checkin_records_each_answer_and_ctrl_c_keeps_them() {
    use expectrl::Expect;

    let sb = Sandbox::new();
    save(&sb, &answers(&sb, "first.toml", "2026-11-02", &[]));
    let first = ids(&current(&sb, TODAY, &[]))[0].clone();

    let mut cmd = common::pty::command(&sb);
    cmd.env("LEADGAP_TODAY", TODAY).arg("checkin");
    let mut s = common::pty::start(cmd);
    s.expect("5 open actions").unwrap();
    s.expect("[1/5]").unwrap();
    s.expect("Where does it stand?").unwrap();
    s.expect("Drop it").unwrap();
    // "Not yet" is preselected; two up is "Done".
    s.send("\x1b[A").unwrap();
    s.send("\x1b[A").unwrap();
    s.send("\r").unwrap();
    s.expect("A note").unwrap();
    s.send("Sent to the CFO\r").unwrap();
    s.expect("[2/5]").unwrap();
    s.expect("Drop it").unwrap();
    let tail = common::pty::interrupt(&mut s);
    assert!(
        tail.contains("What you recorded before is kept"),
        "{tail:?}"
    );

    let plan = current(&sb, TODAY, &[]);
    let done = item(&plan, &first);
    assert_eq!(done["status"], "done");
    assert_eq!(done["done"], TODAY);
    assert_eq!(
        done["notes"],
        serde_json::json!([{"date": TODAY, "text": "Sent to the CFO"}])
    );
    let rest: Vec<_> = plan["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["id"] != first.as_str())
        .collect();
    assert!(
        rest.iter()
            .all(|i| i["status"] == "todo" && i["notes"] == serde_json::json!([]))
    );
}

/// Without a terminal, `checkin` says how to use the `plan` subcommands instead.
#[test]
fn checkin_without_a_terminal_explains_the_plan_commands() {
    let sb = Sandbox::new();
    save(&sb, &answers(&sb, "first.toml", "2026-11-02", &[]));
    let (code, out, err) = run(sb.cmd().arg("checkin").write_stdin(""));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("leadgap plan start|done|drop|undo ACTION"),
        "{err}"
    );
    assert!(err.contains("leadgap plan note ACTION TEXT"), "{err}");
}

/// The calendar: one all-day event per open action on its due day and one to answer again,
/// parsed back with a calendar library; UIDs the same on a second export; lines of at most
/// 75 octets ending in CRLF.
#[test]
fn the_calendar_parses_back_with_stable_uids() {
    use icalendar::{Calendar, Component};

    let sb = Sandbox::new();
    save(&sb, &answers(&sb, "first.toml", "2026-11-02", &[]));
    let first = ids(&current(&sb, TODAY, &[]));
    ok(&sb, TODAY, &["plan", "done", &first[0]]);
    ok(&sb, TODAY, &["plan", "start", &first[1]]);
    ok(
        &sb,
        TODAY,
        &[
            "plan",
            "add",
            "A long own action, to see that lines are folded: \u{e9}\u{e9}\u{e9} \u{1F600} \
             and a comma, a semicolon; and a backslash \\ in it, more than 75 octets long",
            "--addresses",
            "weak-network",
            "--horizon",
            "60",
            "--done-when",
            "Done",
            "--id",
            "long-one",
        ],
    );
    let plan = current(&sb, TODAY, &[]);
    let text = ok(&sb, TODAY, &["plan", "--format", "ics"]);
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(!line.contains('\n'), "a bare LF: {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(text.lines().count() > 20, "no line was long enough to fold");
    let cal: Calendar = text.parse().unwrap();
    let events: Vec<_> = cal.events().collect();
    let open: Vec<&Value> = plan["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["status"] == "todo" || i["status"] == "doing")
        .collect();
    assert_eq!(events.len(), open.len() + 1);
    for i in &open {
        let due = i["due"].as_str().unwrap().replace('-', "");
        let e = events
            .iter()
            .find(|e| {
                e.get_uid()
                    .is_some_and(|u| u.starts_with(&format!("{}.", i["id"].as_str().unwrap())))
            })
            .unwrap_or_else(|| panic!("no event for {}", i["id"]));
        assert_eq!(e.property_value("DTSTART"), Some(due.as_str()));
        assert!(e.get_summary().is_some());
    }
    let again = events
        .iter()
        .find(|e| e.get_summary() == Some("Answer leadgap again"))
        .expect("an event to answer again");
    assert_eq!(again.property_value("DTSTART"), Some("20270131"));
    assert_eq!(again.property_value("DTEND"), Some("20270201"));
    let long = events
        .iter()
        .find(|e| e.get_uid() == Some("long-one.own@leadgap"))
        .expect("the own action's event");
    assert!(
        long.get_summary()
            .unwrap()
            .contains("a semicolon; and a backslash \\ in it")
    );

    // A second export (after a note) gives the same UIDs.
    ok(&sb, TODAY, &["plan", "note", &first[1], "halfway"]);
    let again: Calendar = ok(&sb, TODAY, &["plan", "--format", "ics"])
        .parse()
        .unwrap();
    let uids = |c: &Calendar| {
        let mut u: Vec<String> = c
            .events()
            .filter_map(|e| e.get_uid())
            .map(String::from)
            .collect();
        u.sort();
        u
    };
    assert_eq!(uids(&cal), uids(&again));
    // A client's calendar has UIDs of its own.
    save_client(&sb, "Jane Doe");
    let theirs: Calendar = ok(
        &sb,
        TODAY,
        &["--client", "Jane Doe", "plan", "--format", "ics"],
    )
    .parse()
    .unwrap();
    assert!(
        uids(&theirs)
            .iter()
            .all(|u| u.ends_with(".jane-doe@leadgap"))
    );
    assert!(uids(&theirs).iter().all(|u| !uids(&cal).contains(u)));
}

fn save_client(sb: &Sandbox, client: &str) {
    let (code, _, err) = run(sb
        .cmd()
        .args(["--client", client, "score", "--save"])
        .arg(repo("examples/strong-executor.toml")));
    assert_eq!(code, 0, "{err}");
}

/// Eight processes adding a note at once: all eight are kept.
#[test]
fn concurrent_notes_are_all_kept() {
    let sb = Sandbox::new();
    save(&sb, &answers(&sb, "first.toml", "2026-11-02", &[]));
    let action = ids(&current(&sb, TODAY, &[]))[0].clone();
    common::all_at_once((0..8).map(|n| {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("leadgap"));
        cmd.env("LEADGAP_HOME", sb.home())
            .env("LEADGAP_TODAY", TODAY)
            .args(["plan", "note", &action, &format!("note {n}")]);
        cmd
    }));
    let plan = current(&sb, TODAY, &[]);
    let mut notes: Vec<String> = item(&plan, &action)["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap().to_string())
        .collect();
    notes.sort();
    assert_eq!(
        notes,
        (0..8).map(|n| format!("note {n}")).collect::<Vec<_>>()
    );
}

/// Unknown actions and bad arguments are usage errors that say what to do.
#[test]
fn mistakes_are_usage_errors_that_say_how_to_fix_them() {
    let sb = Sandbox::new();
    let (code, _, err) = leadgap(&sb, TODAY, &["plan", "done", "anything"]);
    assert_eq!(code, 66, "{err}");
    assert!(err.contains("no saved assessments"), "{err}");
    save(&sb, &answers(&sb, "first.toml", "2026-11-02", &[]));
    let first = ids(&current(&sb, TODAY, &[]));
    let (code, _, err) = leadgap(&sb, TODAY, &["plan", "done", "no-such-action"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no action `no-such-action` in the current plan"),
        "{err}"
    );
    assert!(err.contains("leadgap plan --format json"), "{err}");
    // `plan add x` with these options, the others as given here.
    fn add<'a>(options: &[&'a str]) -> Vec<&'a str> {
        let mut args = vec!["plan", "add", "x"];
        for (name, value) in [
            ("--addresses", "weak-network"),
            ("--horizon", "30"),
            ("--done-when", "y"),
        ] {
            if !options.contains(&name) {
                args.extend([name, value]);
            }
        }
        args.extend(options.iter().copied());
        args
    }
    for args in [
        vec!["plan", "done", &first[0], "--on", "15/12/2026"],
        vec!["plan", "done", &first[0], "--on", "2026-02-30"],
        vec!["plan", "note", &first[0], "  "],
        add(&["--horizon", "45"]),
        add(&["--addresses", "no-such-dim"]),
        add(&["--addresses", "weak-network,weak-network"]),
        add(&["--id", "Not An Id"]),
        add(&["--id", &first[0]]),
        vec!["plan", "latest", "--format", "ics"],
    ] {
        let (code, out, err) = leadgap(&sb, TODAY, &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
    }
    // Done twice is said, not an error; an id given is kept.
    ok(&sb, TODAY, &["plan", "done", &first[0]]);
    let (code, _, err) = leadgap(&sb, TODAY, &["plan", "done", &first[0]]);
    assert_eq!(code, 0);
    assert!(err.contains("already done"), "{err}");
    let id = ok(&sb, TODAY, &add(&["--horizon", "90", "--id", "my-own"]));
    assert_eq!(id.trim(), "my-own");
    // `plan ID` still shows that assessment's plan as it was made.
    let saved: Value =
        serde_json::from_str(&ok(&sb, TODAY, &["plan", "latest", "--format", "json"])).unwrap();
    assert_eq!(saved["plan"].as_array().unwrap().len(), 5);
}

/// Each client's plan is kept apart; a damaged record is reported and the plan still shows;
/// `forget` removes the record with what it belongs to.
#[test]
fn records_are_per_client_survive_damage_and_are_forgotten() {
    let sb = Sandbox::new();
    save(&sb, &answers(&sb, "first.toml", "2026-11-02", &[]));
    save_client(&sb, "Jane Doe");
    let mine = ids(&current(&sb, TODAY, &[]));
    ok(
        &sb,
        TODAY,
        &["--client", "Jane Doe", "plan", "done", &mine[0]],
    );
    assert_eq!(item(&current(&sb, TODAY, &[]), &mine[0])["status"], "todo");
    let jane = current(&sb, TODAY, &["--client", "Jane Doe"]);
    assert_eq!(item(&jane, &mine[0])["status"], "done");
    let record = sb
        .home()
        .join("clients")
        .join(leadgap::store::client_dir_name("Jane Doe").unwrap())
        .join("plan.json");
    assert!(record.is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&record).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Damaged: a warning, and the plan from the assessment alone; no change written over it.
    ok(&sb, TODAY, &["plan", "start", &mine[1]]);
    let own = sb.home().join("plan.json");
    std::fs::write(&own, "{\"format\": 1, \"tracks\": [").unwrap();
    let (code, out, err) = leadgap(&sb, TODAY, &["plan", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning") && err.contains("plan.json"),
        "{err}"
    );
    let plan: Value = serde_json::from_str(&out).unwrap();
    assert!(all_todo(&plan), "{plan:#}");
    let (code, _, err) = leadgap(&sb, TODAY, &["plan", "done", &mine[1]]);
    assert_eq!(code, 73, "{err}");
    assert_eq!(
        std::fs::read_to_string(&own).unwrap(),
        "{\"format\": 1, \"tracks\": ["
    );
    std::fs::remove_file(&own).unwrap();

    // Forgetting one assessment forgets the record of its actions, not of others.
    let later = answers(&sb, "second.toml", "2027-02-10", &[]);
    ok(&sb, TODAY, &["plan", "start", &mine[4], "--note", "begun"]);
    ok(
        &sb,
        TODAY,
        &[
            "plan",
            "add",
            "Own thing",
            "--addresses",
            "weak-network",
            "--horizon",
            "30",
            "--done-when",
            "y",
        ],
    );
    save(&sb, &later);
    let history: Value =
        serde_json::from_str(&ok(&sb, TODAY, &["history", "--format", "json"])).unwrap();
    let first_id = history[0]["id"].as_str().unwrap().to_string();
    ok(&sb, TODAY, &["forget", &first_id, "--yes"]);
    let plan = current(&sb, "2027-02-12", &["--top", "1"]);
    assert!(all_todo(&plan), "{plan:#}");
    assert_eq!(item(&plan, "own-thing")["own"], true);
    assert!(own.is_file());
    // A client's record goes with the client, and everything with --all.
    ok(&sb, TODAY, &["--client", "Jane Doe", "forget", "--yes"]);
    assert!(!record.exists());
    ok(&sb, TODAY, &["forget", "--all", "--yes"]);
    assert!(!own.exists());
}

/// Hostile text in notes never reaches the terminal raw, and JSON and HTML escape it.
#[test]
fn hostile_notes_are_cleaned_and_escaped() {
    let sb = Sandbox::new();
    save(&sb, &answers(&sb, "first.toml", "2026-11-02", &[]));
    let first = ids(&current(&sb, TODAY, &[]));
    let hostile = "\x1b[2J\x1b]0;pwned\x07<script>alert(1)</script>\u{202E}evil";
    ok(&sb, TODAY, &["plan", "note", &first[0], hostile]);
    ok(&sb, TODAY, &["plan", "start", &first[1], "--note", hostile]);
    for args in [
        vec!["plan"],
        vec!["plan", "--format", "markdown"],
        vec!["plan", "--format", "ics"],
        vec!["report", "--format", "markdown"],
        vec!["report", "--format", "html"],
    ] {
        let out = ok(&sb, TODAY, &args);
        assert!(
            !out.contains(['\x1b', '\x07', '\u{202E}']),
            "{args:?} prints raw controls"
        );
    }
    let html = ok(&sb, TODAY, &["report", "--format", "html"]);
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
    let plan = current(&sb, TODAY, &[]);
    assert_eq!(item(&plan, &first[0])["notes"][0]["text"], hostile);
}

/// Any action of the latest plan can be worked on, beyond the five shown; then it is shown.
#[test]
fn an_action_beyond_the_top_can_be_taken_up() {
    let sb = Sandbox::new();
    save(&sb, &answers(&sb, "first.toml", "2026-11-02", &[]));
    let saved: Value = serde_json::from_str(&ok(
        &sb,
        TODAY,
        &["plan", "latest", "--format", "json", "--top", "8"],
    ))
    .unwrap();
    let sixth = saved["plan"][5]["id"].as_str().unwrap().to_string();
    assert!(!ids(&current(&sb, TODAY, &[])).contains(&sixth));
    ok(&sb, TODAY, &["plan", "start", &sixth]);
    let plan = current(&sb, TODAY, &[]);
    assert_eq!(ids(&plan).len(), 6);
    assert_eq!(item(&plan, &sixth)["status"], "doing");
}
