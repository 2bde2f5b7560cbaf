//! Answers from other people (SPEC section 9 and section 2's `[comments]`): survey tools'
//! exports as CSV and Excel score exactly as the equivalent answer files; comments are
//! checked, kept and shown under the anonymity rule of the scores.

mod common;

use common::{Sandbox, questions_for, run};
use serde_json::Value;

const SMALL: &str = "tests/fixtures/rubrics";
const LABELS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

/// Two peers' answers on the core pair: a value (or a skip) per question asked of a peer.
fn intended(row: usize, i: usize) -> Option<i64> {
    ((i + row) % 9 != 4).then_some(((i * 3 + row) % 5) as i64 + 1)
}

/// How a survey tool might head question `i`'s column: by its text for others after the
/// person's name, its text for the person, anything ending in `[id]`, or its id.
fn heading(i: usize, q: &Value) -> String {
    let id = q["id"].as_str().unwrap();
    match i % 4 {
        0 => format!("Alex Rivera: {}", q["text_others"].as_str().unwrap()),
        1 => q["text"].as_str().unwrap().to_uppercase(),
        2 => format!("How often does Alex do this? [{id}]"),
        _ => id.to_string(),
    }
}

/// How a respondent's answer might be written in a cell: a label, `N - label`, or a number.
fn cell(row: usize, i: usize) -> String {
    match intended(row, i) {
        None if i.is_multiple_of(2) => String::new(),
        None => "Skip".to_string(),
        Some(v) => match (i + row) % 3 {
            0 => LABELS[v as usize - 1].to_lowercase(),
            1 => format!("{v} - {}", LABELS[v as usize - 1]),
            _ => v.to_string(),
        },
    }
}

const STAMPS: [&str; 2] = ["11/22/2026 10:15:32", "2026/11/23 9:01:00 AM GMT+1"];
const DAYS: [&str; 2] = ["2026-11-22", "2026-11-23"];
const STARTS: [&str; 2] = ["Bring your numbers to the review, \"yourself\".", ""];

/// The survey as a table: a heading row, then two respondents.
fn table(questions: &[Value], extra: bool) -> Vec<Vec<String>> {
    let mut head: Vec<String> = ["Timestamp", "Email Address", "Subject", "Rater"]
        .map(String::from)
        .to_vec();
    head.extend(questions.iter().enumerate().map(|(i, q)| heading(i, q)));
    head.push("Start".into());
    head.push("comment: insufficient-visibility".into());
    if extra {
        head.push("Department".into());
    }
    let mut rows = vec![head];
    for r in 0..2 {
        let mut row = vec![
            STAMPS[r].to_string(),
            format!("peer{r}@example.invalid"),
            "Alex Rivera".into(),
            "Peer".into(),
        ];
        row.extend((0..questions.len()).map(|i| cell(r, i)));
        row.push(STARTS[r].into());
        row.push(format!("Seen by few, note {r}."));
        if extra {
            row.push("Sales".into());
        }
        rows.push(row);
    }
    rows
}

/// The same two respondents as answer files.
fn answer_files(sb: &Sandbox, questions: &[Value]) -> Vec<std::path::PathBuf> {
    (0..2)
        .map(|r| {
            let mut t = format!(
                "rubrics = [\"senior-traits\", \"stuck-barriers\"]\nsubject = \"Alex Rivera\"\n\
                 rater = \"peer\"\ndate = {}\n\n[answers]\n",
                DAYS[r]
            );
            for (i, q) in questions.iter().enumerate() {
                let v = intended(r, i).map_or("\"skip\"".to_string(), |v| v.to_string());
                t.push_str(&format!("{} = {v}\n", q["id"].as_str().unwrap()));
            }
            t.push_str("\n[comments]\n");
            if !STARTS[r].is_empty() {
                t.push_str(&format!(
                    "start = {}\n",
                    serde_json::to_string(STARTS[r]).unwrap()
                ));
            }
            t.push_str(&format!(
                "insufficient-visibility = \"Seen by few, note {r}.\"\n"
            ));
            sb.file(&format!("toml/{r}.toml"), t)
        })
        .collect()
}

fn csv_text(rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        w.write_record(row).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

/// The same table as an Excel workbook: numbers as numbers, the first timestamp as a date.
fn xlsx(rows: &[Vec<String>], path: &std::path::Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let stamp = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            if r == 1 && c == 0 {
                let when =
                    rust_xlsxwriter::ExcelDateTime::parse_from_str("2026-11-22 10:15:32").unwrap();
                sheet
                    .write_datetime_with_format(r, c, &when, &stamp)
                    .unwrap();
            } else if let Ok(n) = text.parse::<f64>() {
                sheet.write_number(r, c, n).unwrap();
            } else if !text.is_empty() {
                sheet.write_string(r, c, text).unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

/// `score --format json`, each result without its file name.
fn scores(sb: &Sandbox, args: &[&str], files: &[std::path::PathBuf]) -> (i32, Vec<Value>, String) {
    let (code, out, err) = run(sb
        .cmd()
        .arg("score")
        .args(args)
        .args(files)
        .args(["--format", "json"]));
    let mut v: Vec<Value> = serde_json::from_str(&out).unwrap_or_default();
    for x in &mut v {
        x.as_object_mut().unwrap().remove("file");
    }
    (code, v, err)
}

#[test]
fn survey_exports_as_csv_and_xlsx_score_as_the_answer_files_do() {
    let sb = Sandbox::new();
    let questions = questions_for(&sb, &["senior-traits", "stuck-barriers"], "peer");
    let files = answer_files(&sb, &questions);
    let (code, want, err) = scores(&sb, &[], &files);
    assert_eq!(code, 0, "{err}");
    assert_eq!(want.len(), 2);

    let csv = sb.file("survey.csv", csv_text(&table(&questions, false)));
    let (code, got, err) = scores(&sb, &[], std::slice::from_ref(&csv));
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, want);

    let book = sb.dir.path().join("survey.xlsx");
    xlsx(&table(&questions, false), &book);
    let (code, got, err) = scores(
        &sb,
        &["--answers-format", "xlsx"],
        std::slice::from_ref(&book),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, want);
    // A file named .xlsx is read as a workbook without the flag.
    let (code, got, _) = scores(&sb, &[], std::slice::from_ref(&book));
    assert_eq!((code, got), (0, want.clone()));

    // The comments come through as well: feedback shows them as the answer files' are.
    let feedback = |inputs: &[std::path::PathBuf]| {
        let (code, out, err) = run(sb.cmd().args(["feedback", "--format", "json"]).args(inputs));
        assert_eq!(code, 0, "{err}");
        serde_json::from_str::<Value>(&out).unwrap()[0]["comments_withheld"].clone()
    };
    assert_eq!(feedback(&files), feedback(std::slice::from_ref(&csv)));
    assert_eq!(
        feedback(&files),
        3,
        "two peers alone: their comments are withheld"
    );

    // A column that is nothing leadgap knows is named, exit 65; --ignore-column lets it pass.
    let extra = sb.file("extra.csv", csv_text(&table(&questions, true)));
    let (code, _, err) = scores(&sb, &[], std::slice::from_ref(&extra));
    assert_eq!(code, 65, "{err}");
    assert!(err.contains("column `Department`"), "{err}");
    assert!(err.contains("--ignore-column Department"), "{err}");
    let (code, got, err) = scores(&sb, &["--ignore-column", "department"], &[extra]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, want);
    let book = sb.dir.path().join("extra.xlsx");
    xlsx(&table(&questions, true), &book);
    let (code, _, err) = scores(&sb, &[], std::slice::from_ref(&book));
    assert_eq!(code, 65, "{err}");
    assert!(err.contains("column `Department`"), "{err}");
    let (code, got, _) = scores(&sb, &["--ignore-column", "Department"], &[book]);
    assert_eq!((code, got), (0, want));
}

#[test]
fn a_cell_that_cannot_be_read_names_its_row_and_column() {
    let sb = Sandbox::new();
    let csv = sb.file(
        "bad.csv",
        "Timestamp,sp-1,sp-2\n11/22/2026 10:00:00,agree,often\nlast tuesday,4,4\n",
    );
    let (code, _, err) = scores(&sb, &[], &[csv]);
    assert_eq!(code, 65, "{err}");
    assert!(
        err.contains("bad.csv:2:3: question `sp-2`: \"often\" is not a number"),
        "{err}"
    );
    assert!(err.contains("bad.csv:3:1: date `last tuesday`"), "{err}");
    let book = sb.dir.path().join("bad.xlsx");
    xlsx(
        &[
            vec!["sp-1".into(), "sp-2".into()],
            vec!["4".into(), "often".into()],
        ],
        &book,
    );
    let (code, _, err) = scores(&sb, &[], &[book]);
    assert_eq!(code, 65, "{err}");
    assert!(
        err.contains("bad.xlsx:2:2: question `sp-2`: \"often\" is not a number"),
        "{err}"
    );
    let not_a_book = sb.file("text.xlsx", "sp-1\n4\n");
    let (code, _, err) = scores(&sb, &[], &[not_a_book]);
    assert_eq!(code, 65, "{err}");
    assert!(err.contains("is not an Excel workbook"), "{err}");
}

/// An answer file on the small fixture rubrics with comments.
fn commented(rater: &str, comments: &[(&str, &str)]) -> String {
    let mut t = format!(
        "rubrics = [\"t\", \"b\"]\nsubject = \"Robin\"\nrater = \"{rater}\"\n\n[answers]\n\
         p1 = 3\np2 = 3\np3 = 3\np4 = 3\nc1 = 3\nc2 = 3\nc3 = 3\nv1 = 3\nv2 = 3\nq1 = 3\n\
         q2 = 3\nq3 = 3\n\n[comments]\n"
    );
    for (topic, text) in comments {
        t.push_str(&format!(
            "{topic} = {}\n",
            serde_json::to_string(text).unwrap()
        ));
    }
    t
}

#[test]
fn comments_are_shown_by_role_pooled_or_as_a_group_and_sorted_within_it() {
    let sb = Sandbox::new();
    let files = [
        (
            "0-self",
            "self",
            vec![("start", "Mine, not shown to anyone else as others'.")],
        ),
        (
            "1-manager",
            "manager",
            vec![
                ("stop", "Taking every escalation."),
                ("plan", "Plans late."),
            ],
        ),
        ("2-peer", "peer", vec![("start", "Zoom out more.")]),
        ("3-peer", "peer", vec![("start", "Ask for help.")]),
        (
            "4-report",
            "report",
            vec![("continue", "Weekly one-to-ones.")],
        ),
        (
            "5-report",
            "report",
            vec![("continue", "Clear priorities.")],
        ),
        (
            "6-report",
            "report",
            vec![("vis", "Bring us to the review.")],
        ),
    ];
    for (name, rater, comments) in &files {
        sb.file(&format!("360/{name}.toml"), commented(rater, comments));
    }
    let dir = sb.dir.path().join("360");
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback", "--format", "json"])
        .arg(&dir));
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let row = |g: &str, t: &str, x: &str| serde_json::json!({"group": g, "topic": t, "text": x});
    assert_eq!(
        v[0]["comments"],
        serde_json::json!([
            row("manager", "plan", "Plans late."),
            row("manager", "stop", "Taking every escalation."),
            row("reports", "vis", "Bring us to the review."),
            row("reports", "continue", "Clear priorities."),
            row("reports", "continue", "Weekly one-to-ones."),
            row("others", "start", "Ask for help."),
            row("others", "start", "Zoom out more."),
        ])
    );
    assert_eq!(v[0]["comments_withheld"], 0);

    // The same in the table and in a report, text cleaned and grouped.
    let (code, out, err) = run(sb.cmd().args(["--rubrics", SMALL, "feedback"]).arg(&dir));
    assert_eq!(code, 0, "{err}");
    let at = |s: &str| out.find(s).unwrap_or_else(|| panic!("{s}: {out}"));
    assert!(
        at("Manager\n") < at("Reports\n") && at("Reports\n") < at("Others\n"),
        "{out}"
    );
    assert!(at("Clear priorities.") < at("Weekly one-to-ones."));
    assert!(!out.contains("Mine, not shown"));
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "report"])
        .arg(dir.join("0-self.toml"))
        .arg("--feedback")
        .arg(&dir));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("### Comments"), "{out}");
    assert!(out.contains("- Planning: Plans late."), "{out}");

    // One peer alone: not enough to stand behind the pooled comments.
    let (code, out, _) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback", "--format", "json"])
        .arg(dir.join("0-self.toml"))
        .arg(dir.join("2-peer.toml")));
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["comments"], serde_json::json!([]));
    assert_eq!(v[0]["comments_withheld"], 1);
}

#[test]
fn comments_are_checked_like_every_answer() {
    let sb = Sandbox::new();
    let unknown = sb.file("unknown.toml", commented("peer", &[("strat", "x")]));
    let (code, _, err) = run(sb.cmd().args(["--rubrics", SMALL, "score"]).arg(&unknown));
    assert_eq!(code, 65, "{err}");
    assert!(err.contains("unknown.toml:20:"), "{err}");
    assert!(
        err.contains("comment `strat` is neither start, stop, continue nor a dimension id"),
        "{err}"
    );
    let long = "é".repeat(2001);
    let long = sb.file("long.toml", commented("peer", &[("start", &long)]));
    let (code, _, err) = run(sb.cmd().args(["--rubrics", SMALL, "score"]).arg(&long));
    assert_eq!(code, 65, "{err}");
    assert!(err.contains("2001 characters"), "{err}");
    // Hostile text never reaches the terminal raw.
    let hostile = sb.file(
        "360/hostile.toml",
        commented(
            "manager",
            &[("start", "\u{1b}]0;owned\u{7}\u{1b}[2J\u{202e}x")],
        ),
    );
    sb.file("360/self.toml", commented("self", &[]));
    let (code, out, err) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback"])
        .arg(hostile.parent().unwrap()));
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{202e}'),
        "{out:?}"
    );
    let (_, json, _) = run(sb
        .cmd()
        .args(["--rubrics", SMALL, "feedback", "--format", "json"])
        .arg(hostile.parent().unwrap()));
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v[0]["comments"][0]["text"],
        "\u{1b}]0;owned\u{7}\u{1b}[2J\u{202e}x"
    );
}

#[test]
fn a_coach_s_kit_has_a_page_per_role_and_a_text_for_the_mail() {
    let sb = Sandbox::new();
    let kit = sb.dir.path().join("kit");
    let (code, _, err) = run(sb
        .cmd()
        .args(["form", "--subject", "Alex Rivera", "--all-roles", "-o"])
        .arg(&kit));
    assert_eq!(code, 0, "{err}");
    let mut names: Vec<String> = std::fs::read_dir(&kit)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "alex-rivera-coach.html",
            "alex-rivera-mail.txt",
            "alex-rivera-manager.html",
            "alex-rivera-peer.html",
            "alex-rivera-report.html",
            "alex-rivera-self.html"
        ]
    );
    let mail = std::fs::read_to_string(kit.join("alex-rivera-mail.txt")).unwrap();
    let peers = questions_for(&sb, &["senior-traits", "stuck-barriers"], "peer").len();
    assert!(
        mail.contains(&format!(
            "alex-rivera-peer.html: a peer of Alex Rivera; {peers} statements"
        )),
        "{mail}"
    );
    assert!(mail.contains("three or more"), "{mail}");

    // One page on stdout; the same page in a file.
    let (code, page, err) =
        run(sb
            .cmd()
            .args(["form", "--subject", "Alex Rivera", "--rater", "report"]));
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        page,
        std::fs::read_to_string(kit.join("alex-rivera-report.html")).unwrap()
    );
    // A role or --all-roles is needed; the kit needs a directory; a name is plain text.
    let (code, _, _) = run(sb.cmd().args(["form", "--subject", "A"]));
    assert_eq!(code, 2);
    let (code, _, _) = run(sb.cmd().args(["form", "--subject", "A", "--all-roles"]));
    assert_eq!(code, 2);
    let (code, _, err) = run(sb
        .cmd()
        .args(["form", "--subject", "A\u{1b}[2J", "--rater", "peer"]));
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(sb.cmd().args([
        "form",
        "--subject",
        "A",
        "--rater",
        "peer",
        "--rubric",
        "nope",
    ]));
    assert_eq!(code, 2, "{err}");
}
