//! The interactive screens in every language (SPEC 10): `assess` and `checkin` in a real
//! pseudo-terminal, the language taken from the locale as for every other text, and the blank
//! answer file of `template` translated whole yet read back as the same answers.
#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::{Sandbox, pty, repo, run};
use expectrl::{Eof, Expect};
use serde_json::Value;

const ENTER: &str = "\r";

/// `leadgap` in the sandbox with, of the variables that choose the language, `env` only.
fn leadgap(sb: &Sandbox, env: &[(&str, &str)]) -> Command {
    let mut cmd = pty::command(sb);
    for var in ["LEADGAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    cmd
}

/// `leadgap args` in a pty, with the language variables set to `env` only.
fn spawn(sb: &Sandbox, env: &[(&str, &str)], args: &[&str]) -> expectrl::session::OsSession {
    let mut cmd = leadgap(sb, env);
    cmd.args(args);
    pty::start(cmd)
}

/// Waits for `text` and returns everything shown up to and including it.
fn shown(s: &mut expectrl::session::OsSession, text: &str) -> String {
    let found = s
        .expect(text)
        .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"));
    let mut seen = String::from_utf8_lossy(found.before()).into_owned();
    seen.push_str(text);
    seen
}

/// The number of statements `rater` is asked in the core pair.
fn core_questions(sb: &Sandbox, rater: &str) -> usize {
    common::questions_for(sb, &["senior-traits", "stuck-barriers"], rater).len()
}

/// The English words of the question screen, none of which a translated screen shows.
const ENGLISH_SCREEN: [&str; 4] = [
    "How far do you agree?",
    "Skip this one",
    "save and quit",
    "Strongly agree",
];

/// Spanish from `LANG` alone: the subject and rater prompts, then the question screen, whose
/// words are all Spanish.
#[test]
fn assess_in_spanish_from_lang() {
    let sb = Sandbox::new();
    let n = core_questions(&sb, "self");
    let mut s = spawn(
        &sb,
        &[("LANG", "es_ES.UTF-8")],
        &[
            "assess",
            "--rubric",
            "senior-traits",
            "--rubric",
            "stuck-barriers",
        ],
    );
    let mut seen = shown(&mut s, "nunca salen de este dispositivo");
    seen += &shown(&mut s, "¿A quién describen estas respuestas?");
    s.send(ENTER).unwrap();
    seen += &shown(&mut s, "¿Quién responde?");
    seen += &shown(&mut s, "self: respondo sobre mí");
    s.send(ENTER).unwrap();
    seen += &shown(&mut s, &format!("[1/{n}]"));
    seen += &shown(&mut s, "Totalmente de acuerdo");
    seen += &shown(&mut s, "q guardar y salir");
    assert!(
        seen.contains("¿Hasta qué punto estás de acuerdo?"),
        "{seen}"
    );
    for english in ENGLISH_SCREEN {
        assert!(!seen.contains(english), "{english:?} in {seen}");
    }
    s.send("q").unwrap();
    s.expect("Guardado: 0 de").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(pty::exit_code(&s), 0);
}

/// Vietnamese from `LC_ALL`, which wins over `LANG`: three answers with digits, then `q`
/// saves them and says so in Vietnamese.
#[test]
fn assess_in_vietnamese_answers_with_digits_and_saves() {
    let sb = Sandbox::new();
    let n = core_questions(&sb, "self");
    let mut s = spawn(
        &sb,
        &[("LC_ALL", "vi_VN.UTF-8"), ("LANG", "es_ES.UTF-8")],
        &[
            "assess",
            "--rubric",
            "senior-traits",
            "--rubric",
            "stuck-barriers",
            "--subject",
            "Lan",
            "--rater",
            "self",
        ],
    );
    for k in 1..=3 {
        let seen = shown(&mut s, &format!("[{k}/{n}]"));
        let seen = seen + &shown(&mut s, "q lưu và thoát");
        assert!(seen.contains("Hoàn toàn đồng ý"), "{seen}");
        assert!(seen.contains("Bạn đồng ý đến mức nào?"), "{seen}");
        for english in ENGLISH_SCREEN {
            assert!(!seen.contains(english), "{english:?} in {seen}");
        }
        s.send("4").unwrap();
    }
    s.expect(format!("[4/{n}]").as_str()).unwrap();
    s.expect("q lưu và thoát").unwrap();
    s.send("q").unwrap();
    s.expect(format!("Đã lưu: đã trả lời 3 trên {n} nhận định").as_str())
        .unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(pty::exit_code(&s), 0);
    let kept: Value =
        serde_json::from_str(&std::fs::read_to_string(sb.home().join("unfinished.json")).unwrap())
            .unwrap();
    let answers = kept["answers"].as_object().unwrap();
    assert_eq!(answers.len(), 3);
    assert!(answers.values().all(|v| v == 4));
}

/// Chinese from `LEADGAP_LANG`, which wins over both: the screener offer (a yes/no whose
/// answer reads in Chinese), the choice of parts, then the question screen.
#[test]
fn assess_in_chinese_from_leadgap_lang() {
    let sb = Sandbox::new();
    let n = core_questions(&sb, "self");
    let mut s = spawn(
        &sb,
        &[
            ("LEADGAP_LANG", "zh"),
            ("LC_ALL", "vi_VN.UTF-8"),
            ("LANG", "es_ES.UTF-8"),
        ],
        &["assess", "--subject", "小王", "--rater", "self"],
    );
    shown(&mut s, "先回答这些陈述吗？");
    s.send("n").unwrap();
    shown(&mut s, "否");
    shown(&mut s, "你要回答哪些部分？");
    s.send(ENTER).unwrap();
    let seen = shown(&mut s, &format!("[1/{n}]")) + &shown(&mut s, "q 保存并退出");
    assert!(seen.contains("非常同意"), "{seen}");
    assert!(seen.contains("跳过这一题"), "{seen}");
    for english in ENGLISH_SCREEN {
        assert!(!seen.contains(english), "{english:?} in {seen}");
    }
    // Every line of the question screen fits 80 display columns (the pty is 80 wide).
    let screen = &seen[seen.rfind(&format!("[1/{n}]")).unwrap()..];
    for line in screen.lines() {
        let line = line.rsplit('\r').next().unwrap_or(line);
        let width = console::measure_text_width(line);
        assert!(width <= 80, "{width} columns: {line}");
    }
    s.send("q").unwrap();
    s.expect("已保存").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(pty::exit_code(&s), 0);
}

/// Without a terminal, `assess` says so in the language the locale chooses, in the same order
/// as for every other text: `LEADGAP_LANG`, then `LC_ALL`, then `LANG`.
#[test]
fn the_questionnaire_follows_the_locale_without_a_terminal() {
    let sb = Sandbox::new();
    let said = |env: &[(&str, &str)]| {
        let mut cmd = assert_cmd::Command::from_std(leadgap(&sb, env));
        let (code, out, err) = run(cmd.env("TERM", "dumb").arg("assess").write_stdin(""));
        assert_ne!(code, 0);
        assert!(out.is_empty(), "{out}");
        // The commands it names stay as they are in every language.
        assert!(err.contains("leadgap template > answers.toml"), "{err}");
        err
    };
    assert!(said(&[]).contains("asks its questions in a terminal"));
    let es = said(&[("LANG", "es_ES.UTF-8")]);
    assert!(es.contains("hace sus preguntas en una terminal"), "{es}");
    let vi = said(&[("LC_ALL", "vi_VN.UTF-8"), ("LANG", "es_ES.UTF-8")]);
    assert!(vi.contains("đặt câu hỏi trong terminal"), "{vi}");
    let zh = said(&[
        ("LEADGAP_LANG", "zh"),
        ("LC_ALL", "vi_VN.UTF-8"),
        ("LANG", "es_ES.UTF-8"),
    ]);
    assert!(zh.contains("在终端中提问"), "{zh}");
}

/// A template's statements by question id, and its comment lines.
fn template(sb: &Sandbox, lang: &str, extra: &[&str]) -> (BTreeMap<String, String>, Vec<String>) {
    let (code, out, err) = run(sb.cmd().args(["--lang", lang, "template"]).args(extra));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    let mut statements = BTreeMap::new();
    let mut in_answers = false;
    for (i, line) in lines.iter().enumerate() {
        in_answers |= *line == "[answers]";
        if in_answers && line.ends_with(" = \"skip\"") {
            let id = line.split(" = ").next().unwrap().to_string();
            let statement = lines[i - 1].strip_prefix("# ").unwrap().to_string();
            statements.insert(id, statement);
        }
    }
    let comments = lines
        .iter()
        .filter(|l| l.starts_with('#') || l.contains(" # "))
        .map(|l| l.to_string())
        .collect();
    (statements, comments)
}

/// `template` in each language: every statement and every comment translated, for the person
/// and for a peer; filled in, it scores exactly as the English one does.
#[test]
fn template_is_translated_whole_and_scores_the_same() {
    let sb = Sandbox::new();
    let all: Vec<&str> = [
        "senior-traits",
        "stuck-barriers",
        "leading-up",
        "change-agent",
        "learning-leader",
        "dual-pressure",
        "track-fit",
    ]
    .iter()
    .flat_map(|id| ["--rubric", id])
    .collect();
    let peer: Vec<&str> = all.iter().copied().chain(["--rater", "peer"]).collect();
    let marks = [
        ("es", "archivo de respuestas de leadgap"),
        ("vi", "tệp câu trả lời leadgap"),
        ("zh", "leadgap 答卷"),
    ];
    for args in [&all[..], &peer[..]] {
        let (english, english_comments) = template(&sb, "en", args);
        assert!(english.len() > 50, "{}", english.len());
        for (lang, title) in marks {
            let (texts, comments) = template(&sb, lang, args);
            assert_eq!(
                texts.keys().collect::<Vec<_>>(),
                english.keys().collect::<Vec<_>>(),
                "{lang}"
            );
            for (id, text) in &texts {
                assert_ne!(text, &english[id], "{lang} {id} is in English");
                assert!(!text.starts_with("The person"), "{lang} {id}: {text}");
            }
            assert_eq!(comments[0], format!("# {title}"), "{lang}");
            // No comment is left in English but the empty one.
            let left: Vec<_> = comments
                .iter()
                .filter(|c| *c != "#" && english_comments.contains(c))
                .collect();
            assert!(left.is_empty(), "{lang}: {left:?}");
        }
    }

    // Filled in with the same answers, each language's file scores as the English one.
    let scored = |lang: &str| -> Value {
        let (code, out, err) = run(sb.cmd().args(["--lang", lang, "template"]).args(&all));
        assert_eq!(code, 0, "{err}");
        let mut k = 0;
        let filled: String = out
            .lines()
            .map(|l| match l.strip_suffix(" = \"skip\"") {
                Some(id) => {
                    k += 1;
                    format!("{id} = {}\n", 1 + k % 5)
                }
                None => format!("{l}\n"),
            })
            .collect();
        let file = sb.file(&format!("{lang}.toml"), filled);
        let (code, out, err) = run(sb
            .cmd()
            .args(["score", "--format", "jsonl"])
            .arg(&file)
            .arg("--lang")
            .arg("en"));
        assert_eq!(code, 0, "{lang}: {err}");
        let mut v: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
        v.as_object_mut().unwrap().remove("file");
        v
    };
    let english = scored("en");
    assert!(english["dimensions"].as_array().unwrap().len() > 20);
    for lang in ["es", "vi", "zh"] {
        assert_eq!(scored(lang), english, "{lang}");
    }
}

/// `checkin` in Spanish in a real terminal: the heading, the action's lines and the choices.
#[test]
fn checkin_in_spanish() {
    let sb = Sandbox::new();
    let (code, _, err) = run(sb
        .cmd()
        .args(["score", "--save"])
        .arg(repo("examples/strong-executor.toml")));
    assert_eq!(code, 0, "{err}");
    let mut s = spawn(
        &sb,
        &[("LEADGAP_LANG", "es"), ("LEADGAP_TODAY", "2026-12-15")],
        &["checkin"],
    );
    let mut seen = shown(&mut s, "acciones abiertas del plan del");
    seen += &shown(&mut s, "[1/");
    seen += &shown(&mut s, "Hecha cuando:");
    seen += &shown(&mut s, "¿En qué punto está?");
    seen += &shown(&mut s, "Descartarla");
    for english in ["open action", "Done when", "Where does it stand", "Drop it"] {
        assert!(!seen.contains(english), "{english:?} in {seen}");
    }
    // "Todavía no" is preselected: Enter keeps the action as it is; no note.
    s.send(ENTER).unwrap();
    s.expect("Una nota").unwrap();
    s.send(ENTER).unwrap();
    s.expect("[2/").unwrap();
    s.expect("Descartarla").unwrap();
    let tail = pty::interrupt(&mut s);
    assert!(
        tail.contains("Lo que registraste antes se conserva"),
        "{tail}"
    );
}
