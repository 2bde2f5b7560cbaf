//! The questionnaire in a real pseudo-terminal: arrow keys, Enter, Skip, Back, Ctrl-C, resume.
#![cfg(unix)]

mod common;

use std::process::Command;
use std::time::Duration;

use common::{Sandbox, pty, repo, run};
use expectrl::{Eof, Expect, Session};
use serde_json::Value;

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ENTER: &str = "\r";

fn spawn(sb: &Sandbox, args: &[&str]) -> expectrl::session::OsSession {
    let mut cmd = pty::command(sb);
    cmd.args(args);
    pty::start(cmd)
}

/// How many statements of the built-in core pair a person answering about themselves is
/// asked: what `assess` asks by default.
fn core_questions(sb: &Sandbox) -> usize {
    common::questions_for(sb, &["senior-traits", "stuck-barriers"], "self").len()
}

/// Presses `keys` (a sequence of arrows) then Enter.
fn choose(session: &mut expectrl::session::OsSession, keys: &[&str]) {
    for key in keys {
        session.send(key).unwrap();
    }
    session.send(ENTER).unwrap();
}

/// The three comment prompts at the end, answered with `texts` (an empty one is Enter
/// alone, which skips it).
fn comments(session: &mut expectrl::session::OsSession, texts: [&str; 3]) {
    for (prompt, text) in ["Start:", "Stop:", "Continue:"].iter().zip(texts) {
        session.expect(*prompt).unwrap();
        session.send(text).unwrap();
        session.send(ENTER).unwrap();
    }
}

/// The small rubrics (12 questions) answered with arrows and Enter, using Skip and Back;
/// Enter alone takes the defaults of the subject and rater prompts.
#[test]
fn a_whole_questionnaire_with_skip_and_back() {
    let sb = Sandbox::new();
    let fixtures = repo("tests/fixtures/rubrics");
    let mut s = spawn(
        &sb,
        &[
            "--rubrics",
            fixtures.to_str().unwrap(),
            "assess",
            "--rubric",
            "t",
            "--rubric",
            "b",
        ],
    );
    s.expect("never leave this machine").unwrap();
    s.expect("12 statements").unwrap();
    s.expect("Whom do these answers describe?").unwrap();
    s.send(ENTER).unwrap();
    s.expect("Who is answering?").unwrap();
    s.send(ENTER).unwrap();

    // The scale's middle is preselected: down once is 4.
    s.expect("[1/12]").unwrap();
    s.expect("Save and quit").unwrap();
    choose(&mut s, &[DOWN]);
    s.expect("[2/12]").unwrap();
    s.expect("Save and quit").unwrap();
    choose(&mut s, &[]);
    // Skip is three below the middle of five.
    s.expect("[3/12]").unwrap();
    s.expect("Save and quit").unwrap();
    choose(&mut s, &[DOWN, DOWN, DOWN]);
    // Back, four below the middle: returns to question 3 with Skip preselected.
    s.expect("[4/12]").unwrap();
    s.expect("Save and quit").unwrap();
    choose(&mut s, &[DOWN, DOWN, DOWN, DOWN]);
    s.expect("[3/12]").unwrap();
    s.expect("Save and quit").unwrap();
    // From Skip, four up is 2.
    choose(&mut s, &[UP, UP, UP, UP]);
    s.expect("[4/12]").unwrap();
    s.expect("Save and quit").unwrap();
    choose(&mut s, &[UP, UP]);
    for k in 5..=12 {
        s.expect(format!("[{k}/12]").as_str()).unwrap();
        s.expect("Save and quit").unwrap();
        choose(&mut s, &[]);
    }
    comments(&mut s, ["Say no to the Friday report.", "", ""]);
    s.expect("Your plan").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(pty::exit_code(&s), 0);

    let (code, out, err) = run(sb.cmd().args(["history", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    let history: Value = serde_json::from_str(&out).unwrap();
    let list = history.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["source"], "assess");
    assert_eq!(list[0]["rater"], "self");
    let rubric_ids: Vec<_> = list[0]["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    assert_eq!(rubric_ids, ["t", "b"]);
    assert_eq!(list[0]["rubrics"][0]["sha256"].as_str().unwrap().len(), 64);

    // The answers as given: 4, 3, 2 (after Skip and Back), 1, then the middle.
    let id = list[0]["id"].as_str().unwrap();
    let saved = std::fs::read_to_string(sb.home().join(format!("assessments/{id}.json"))).unwrap();
    let saved: Value = serde_json::from_str(&saved).unwrap();
    let answers = &saved["answers"];
    assert_eq!(answers["p1"], 4);
    assert_eq!(answers["p2"], 3);
    assert_eq!(answers["p3"], 2);
    assert_eq!(answers["p4"], 1);
    for q in ["c1", "c2", "c3", "v1", "v2", "q1", "q2", "q3"] {
        assert_eq!(answers[q], 3, "{q}");
    }
    // The comment given is kept; the two skipped with Enter are not.
    assert_eq!(
        saved["comments"],
        serde_json::json!({"start": "Say no to the Friday report."})
    );
    // The finished run leaves no unfinished one behind.
    assert!(!sb.home().join("unfinished.json").exists());
}

#[test]
fn ctrl_c_after_five_answers_then_resume_at_six() {
    let sb = Sandbox::new();
    let args = [
        "assess",
        "--rubric",
        "senior-traits",
        "--rubric",
        "stuck-barriers",
        "--subject",
        "Pat",
        "--rater",
        "self",
    ];
    let n = core_questions(&sb);
    let mut s = spawn(&sb, &args);
    for k in 1..=5 {
        s.expect(format!("[{k}/{n}]").as_str()).unwrap();
        s.expect("Save and quit").unwrap();
        choose(&mut s, &[DOWN]);
    }
    s.expect(format!("[6/{n}]").as_str()).unwrap();
    s.expect("Save and quit").unwrap();
    let tail = pty::interrupt(&mut s);
    assert!(
        tail.contains("\x1b[?25h"),
        "the cursor is not shown again: {tail:?}"
    );
    assert!(tail.contains("run `leadgap assess` to resume"), "{tail:?}");

    let mut s = spawn(&sb, &args);
    s.expect("You have an assessment in progress").unwrap();
    s.expect(format!("5 of {n}").as_str()).unwrap();
    s.expect("Resume it?").unwrap();
    s.send(ENTER).unwrap();
    s.expect(format!("[6/{n}]").as_str()).unwrap();
    s.expect("Save and quit").unwrap();
    // Save and quit is the last choice, five below the middle of the scale.
    choose(&mut s, &[DOWN; 5]);
    s.expect(format!("Saved: 5 of {n} statements answered").as_str())
        .unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(pty::exit_code(&s), 0);
    let unfinished = std::fs::read_to_string(sb.home().join("unfinished.json")).unwrap();
    let unfinished: Value = serde_json::from_str(&unfinished).unwrap();
    assert_eq!(unfinished["answers"].as_object().unwrap().len(), 5);
    assert!(
        unfinished["answers"]
            .as_object()
            .unwrap()
            .values()
            .all(|v| v == 4)
    );
}

#[test]
fn not_a_terminal_prompts_nothing() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.cmd().arg("assess").write_stdin("\n"));
    assert_ne!(code, 0);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("leadgap template > answers.toml"), "{err}");
    assert!(err.contains("leadgap score answers.toml"), "{err}");
    assert!(!err.contains("Whom do these answers describe"), "{err}");
    assert!(!sb.home().exists(), "nothing is written");
}

/// The store cannot be written: the questionnaire carries on, the results print, exit 73,
/// and the answers are in the file the message names.
#[test]
fn an_unwritable_store_loses_no_answer() {
    let sb = Sandbox::new();
    sb.file("blocker", "a file where the store's parent should be");
    let fixtures = repo("tests/fixtures/rubrics");
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("leadgap"));
    cmd.env("LEADGAP_HOME", sb.dir.path().join("blocker/home"))
        .env("LEADGAP_LANG", "en")
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("TMPDIR", sb.dir.path())
        .args(["--rubrics", fixtures.to_str().unwrap()])
        .args([
            "assess",
            "--rubric",
            "t",
            "--rubric",
            "b",
            "--subject",
            "Kim",
            "--rater",
            "peer",
        ]);
    let mut s = Session::spawn(cmd).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s.expect("Carrying on").unwrap();
    for k in 1..=12 {
        s.expect(format!("[{k}/12]").as_str()).unwrap();
        s.expect("Save and quit").unwrap();
        choose(&mut s, &[UP]);
    }
    comments(&mut s, ["", "", ""]);
    s.expect("Your plan").unwrap();
    let tail = s.expect(Eof).unwrap();
    let tail = String::from_utf8_lossy(tail.as_bytes()).into_owned();
    assert_eq!(pty::exit_code(&s), 73);
    assert!(tail.contains("cannot write the store at"), "{tail}");
    let start = tail
        .find("your answers are safe in ")
        .expect("the file is named")
        + 25;
    let path: String = tail[start..].chars().take_while(|c| *c != ';').collect();
    let path = path.replace(['\r', '\n'], "");
    let (code, out, err) = run(sb
        .cmd()
        .arg("--rubrics")
        .arg(&fixtures)
        .args(["score", "--format", "jsonl"])
        .arg(path.trim()));
    assert_eq!(code, 0, "{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["subject"], "Kim");
    assert_eq!(r["rater"], "peer");
    // Every answer was 2 (one up from the middle); reverse-keyed ones score 4.
    assert_eq!(r["dimensions"][0]["answered"], 4);
    let mean = r["dimensions"][0]["mean"].as_f64().unwrap();
    assert!((mean - 2.5).abs() < 1e-12, "{mean}");
}

/// A peer reads each statement about the person, after their name, and is not asked what a
/// peer cannot observe.
#[test]
fn a_peer_reads_statements_about_the_person() {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.cmd().args(["rubric", "export", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    let rubrics: Value = serde_json::from_str(&out).unwrap();
    let peer_questions: Vec<&Value> = rubrics["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["id"] == "senior-traits" || r["id"] == "stuck-barriers")
        .flat_map(|r| r["dimension"].as_array().unwrap())
        .flat_map(|d| d["question"].as_array().unwrap())
        .filter(|q| {
            q["observers"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o == "peer")
        })
        .collect();
    let all = core_questions(&sb);
    let n = peer_questions.len();
    assert!(n < all, "every statement is open to peers: {n} of {all}");
    let first = peer_questions[0]["text_others"].as_str().unwrap();

    let mut s = spawn(
        &sb,
        &[
            "assess",
            "--rubric",
            "senior-traits",
            "--rubric",
            "stuck-barriers",
            "--subject",
            "Alex Rivera",
            "--rater",
            "peer",
        ],
    );
    s.expect(format!("[1/{n}]").as_str()).unwrap();
    // The statement is wrapped to the terminal: look for its first words.
    let opening: String = first
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    s.expect("Alex Rivera:").unwrap();
    s.expect(opening.as_str()).unwrap();
    pty::interrupt(&mut s);
}

/// Saying no to "Resume?" asks before throwing answers away; and every hint carries the
/// `--client` in force, so it never points at someone else's data.
#[test]
fn declining_to_resume_asks_before_discarding_and_hints_keep_the_client() {
    let sb = Sandbox::new();
    let args = [
        "--client",
        "Jane Doe",
        "assess",
        "--rubric",
        "senior-traits",
        "--rubric",
        "stuck-barriers",
        "--subject",
        "Jane",
        "--rater",
        "self",
    ];
    let mut s = spawn(&sb, &args);
    s.expect("[1/").unwrap();
    s.expect("Save and quit").unwrap();
    s.send(ENTER).unwrap();
    s.expect("[2/").unwrap();
    s.expect("Save and quit").unwrap();
    let tail = pty::interrupt(&mut s);
    assert!(
        tail.contains("leadgap --client 'Jane Doe' assess"),
        "the hint lost the client: {tail:?}"
    );

    let mut s = spawn(&sb, &args);
    s.expect("Resume it?").unwrap();
    s.send("n").unwrap();
    s.expect("Start over and discard that answer?").unwrap();
    s.send("n").unwrap();
    s.expect("Nothing changed").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(pty::exit_code(&s), 0);
    let folder = leadgap::store::client_dir_name("Jane Doe").unwrap();
    let kept = std::fs::read_to_string(
        sb.home()
            .join("clients")
            .join(folder)
            .join("unfinished.json"),
    )
    .expect("the unfinished run is kept");
    let kept: Value = serde_json::from_str(&kept).unwrap();
    assert_eq!(kept["answers"].as_object().unwrap().len(), 1);
}

/// The statements of the given built-in rubrics, as `rubric export` lists them.
fn questions_of(sb: &Sandbox, ids: &[&str]) -> Vec<String> {
    let (code, out, err) = run(sb.cmd().args(["rubric", "export", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    let rubrics: Value = serde_json::from_str(&out).unwrap();
    rubrics["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| ids.contains(&r["id"].as_str().unwrap()))
        .flat_map(|r| r["dimension"].as_array().unwrap())
        .flat_map(|d| d["question"].as_array().unwrap())
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect()
}

/// `--rubric` chooses exactly what is asked, and digits answer at once.
#[test]
fn chosen_rubrics_are_asked_and_digits_answer() {
    let sb = Sandbox::new();
    let want = questions_of(&sb, &["leading-up", "dual-pressure"]);
    let n = want.len();
    let mut s = spawn(
        &sb,
        &[
            "assess",
            "--rubric",
            "leading-up",
            "--rubric",
            "dual-pressure",
            "--subject",
            "Sam",
            "--rater",
            "self",
        ],
    );
    for k in 1..=n {
        s.expect(format!("[{k}/{n}]").as_str()).unwrap();
        s.expect("q save and quit").unwrap();
        s.send("4").unwrap();
    }
    comments(&mut s, ["", "", ""]);
    s.expect("Saved as").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(pty::exit_code(&s), 0);
    let (code, out, err) = run(sb.cmd().args(["history", "--format", "json"]));
    assert_eq!(code, 0, "{err}");
    let id = serde_json::from_str::<Value>(&out).unwrap()[0]["id"].clone();
    let kept = std::fs::read_to_string(
        sb.home()
            .join(format!("assessments/{}.json", id.as_str().unwrap())),
    )
    .unwrap();
    let kept: Value = serde_json::from_str(&kept).unwrap();
    let answers = kept["answers"].as_object().unwrap();
    let mut got: Vec<&String> = answers.keys().collect();
    got.sort();
    let mut want_sorted: Vec<&String> = want.iter().collect();
    want_sorted.sort();
    assert_eq!(got, want_sorted);
    assert!(answers.values().all(|v| v == 4));
    let rubrics: Vec<&str> = kept["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(rubrics, ["leading-up", "dual-pressure"]);
}

/// Without `--rubric`: the screener marks what fits, the choice starts from the core pair
/// and what the screener marked, and arrows, space and Enter change it.
#[test]
fn the_screener_and_the_choice_work_with_arrows_space_and_enter() {
    let sb = Sandbox::new();
    let screener: toml::Table = std::fs::read_to_string(repo("rubrics/screener/screener.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let items = screener["item"].as_array().unwrap();
    assert!(!items.is_empty() && items.len() <= 10);
    let mut s = spawn(&sb, &["assess", "--subject", "Sam", "--rater", "self"]);
    s.expect("Answer them first?").unwrap();
    s.send("y").unwrap();
    for (k, item) in items.iter().enumerate() {
        s.expect(format!("Screener [{}/{}]", k + 1, items.len()).as_str())
            .unwrap();
        s.expect("s skip").unwrap();
        // Agree with leading-up's statements only.
        s.send(if item["rubric"].as_str() == Some("leading-up") {
            "5"
        } else {
            "2"
        })
        .unwrap();
    }
    s.expect("What will you answer?").unwrap();
    s.expect("fits your answers").unwrap();
    // Down to the last part (track-fit), take it with space, then Enter.
    for _ in 0..6 {
        s.send(DOWN).unwrap();
    }
    s.send(" ").unwrap();
    s.send(ENTER).unwrap();
    let n = questions_of(
        &sb,
        &["senior-traits", "stuck-barriers", "leading-up", "track-fit"],
    )
    .len();
    s.expect(format!("[1/{n}]").as_str()).unwrap();
    s.expect("q save and quit").unwrap();
    s.send("q").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(pty::exit_code(&s), 0);
    let kept: Value =
        serde_json::from_str(&std::fs::read_to_string(sb.home().join("unfinished.json")).unwrap())
            .unwrap();
    let rubrics: Vec<&str> = kept["rubrics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert_eq!(
        rubrics,
        ["senior-traits", "stuck-barriers", "leading-up", "track-fit"]
    );
}

/// A FIFO where the unfinished run should be is reported and a new run starts; nothing
/// waits on it.
#[test]
fn a_fifo_as_the_unfinished_run_never_hangs_assess() {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.home()).unwrap();
    let status = Command::new("mkfifo")
        .arg(sb.home().join("unfinished.json"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut s = spawn(
        &sb,
        &[
            "assess",
            "--rubric",
            "senior-traits",
            "--subject",
            "Sam",
            "--rater",
            "self",
        ],
    );
    s.expect("not a regular file").unwrap();
    s.expect("[1/").unwrap();
    pty::interrupt(&mut s);
}
