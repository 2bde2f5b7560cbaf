//! Tables, plans and messages in Spanish, Vietnamese and Chinese (SPEC 10): every line fits
//! 80 display columns, the headings are in the language asked for, and the machine formats
//! (`--format json`, the calendar's UIDs) are the same as in English.

mod common;

use std::path::PathBuf;

use common::{Sandbox, repo, run};
use serde_json::Value;

/// The day the plan commands take as today.
const TODAY: &str = "2026-12-15";

/// The languages besides English.
const LANGS: [&str; 3] = ["es", "vi", "zh"];

/// A sandbox with two saved assessments of Alex Rivera (August, then November with some
/// answers moved), so that `plan`, `history` and `compare` have something to show; one
/// action of the plan started with a note, and one of the person's own added.
fn saved_twice() -> Sandbox {
    let sb = Sandbox::new();
    let text = std::fs::read_to_string(repo("examples/strong-executor.toml")).unwrap();
    let august = text.replace("date = 2026-11-02", "date = 2026-08-01");
    let mut november = text.clone();
    // Strategic planning up, the visibility barrier down.
    for (prefix, to) in [("sp-", 5), ("vis-", 1)] {
        for line in text.lines().filter(|l| l.starts_with(prefix)) {
            if let Some((q, _)) = line.split_once(" = ") {
                november = november.replace(line, &format!("{q} = {to}"));
            }
        }
    }
    for (name, text) in [("august.toml", august), ("november.toml", november)] {
        let path: PathBuf = sb.file(name, text);
        let (code, _, err) = run(sb.cmd().args(["score", "--save"]).arg(path));
        assert_eq!(code, 0, "{err}");
    }
    let plan: Value = serde_json::from_str(&ok(&sb, "en", &["plan", "--format", "json"])).unwrap();
    let first = plan["items"][0]["id"].as_str().unwrap();
    ok(
        &sb,
        "en",
        &["plan", "start", first, "--note", "Asked for a slot."],
    );
    ok(
        &sb,
        "en",
        &[
            "plan",
            "add",
            "Lunch with a peer manager every month",
            "--done-when",
            "Three lunches held",
            "--addresses",
            "weak-network",
            "--horizon",
            "60",
        ],
    );
    sb
}

/// `leadgap --lang LANG ARGS...` with today fixed; it must succeed. Returns stdout.
fn ok(sb: &Sandbox, lang: &str, args: &[&str]) -> String {
    let (code, out, err) = run(sb
        .cmd()
        .env("LEADGAP_TODAY", TODAY)
        .args(["--lang", lang])
        .args(args));
    assert_eq!(code, 0, "{lang} {args:?}: {err}");
    out
}

/// What each view is asked with, and a heading that names it: (arguments, English heading,
/// then the heading in es, vi and zh).
fn views() -> Vec<(Vec<String>, &'static str, [&'static str; 3])> {
    let path = |p: &str| repo(p).display().to_string();
    vec![
        (
            vec!["score".into(), path("examples/multi-rubric.toml")],
            "Readiness",
            ["Preparación", "Mức sẵn sàng", "准备度"],
        ),
        (
            vec!["plan".into()],
            "overdue",
            ["vencida", "quá hạn", "已逾期"],
        ),
        (
            vec!["plan".into(), "latest".into()],
            "Your plan",
            ["Tu plan", "Kế hoạch của bạn", "你的计划"],
        ),
        // A heading longer than English's stays one word: "Preparación", not "Preparaci" over
        // "ón".
        (
            vec!["history".into()],
            "Date",
            ["Preparación", "Ngày", "日期"],
        ),
        (
            vec!["compare".into()],
            "Dimension",
            ["Dimensión", "Khía cạnh", "维度"],
        ),
        (
            vec![
                "feedback".into(),
                path("examples/360-alex"),
                path("examples/strong-executor.toml"),
            ],
            "Blind spots",
            ["Puntos ciegos", "Điểm mù", "盲点"],
        ),
        (
            vec![
                "cohort".into(),
                path("examples/360-alex"),
                path("examples/strong-executor.toml"),
                "--me".into(),
                path("examples/ready-for-director.toml"),
            ],
            "Cohort:",
            ["Grupo:", "Nhóm:", "群体："],
        ),
        (
            vec!["rubric".into(), "show".into(), "stuck-barriers".into()],
            "Done when:",
            ["Hecha cuando:", "Hoàn thành khi:", "完成标准："],
        ),
    ]
}

/// Every view fits 80 display columns in every language, and its heading is translated.
#[test]
fn every_view_fits_80_columns_and_is_translated() {
    let sb = saved_twice();
    for (args, english, translated) in views() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let en = ok(&sb, "en", &args);
        assert!(en.contains(english), "en {args:?} lacks {english:?}:\n{en}");
        for (lang, heading) in LANGS.into_iter().zip(translated) {
            let out = ok(&sb, lang, &args);
            for line in out.lines() {
                let width = console::measure_text_width(line);
                assert!(width <= 80, "{lang} {args:?}: {width} columns: {line}");
                assert_eq!(line, line.trim_end(), "{lang} {args:?}: trailing spaces");
            }
            assert!(
                out.contains(heading),
                "{lang} {args:?} lacks {heading:?}:\n{out}"
            );
            assert!(
                !out.contains(english),
                "{lang} {args:?} still says {english:?}:\n{out}"
            );
        }
    }
}

/// `--format json` is the same in every language: a contract, not text for a person. A
/// fresh score carries the rubrics' action texts, which are translated; nothing else moves.
/// (`rubric show --format json` is the rubric itself, its texts in the language asked for.)
#[test]
fn json_is_the_same_in_every_language() {
    let sb = saved_twice();
    for (args, _, _) in views().into_iter().filter(|(a, ..)| a[0] != "rubric") {
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        args.extend(["--format", "json"]);
        let en = ok(&sb, "en", &args);
        for lang in LANGS {
            let out = ok(&sb, lang, &args);
            if args[0] != "score" {
                assert_eq!(out, en, "{lang} {args:?}");
                continue;
            }
            let without_texts = |text: &str| {
                let mut v: Value = serde_json::from_str(text).unwrap();
                for file in v.as_array_mut().unwrap() {
                    for p in file["plan"].as_array_mut().unwrap() {
                        let p = p.as_object_mut().unwrap();
                        p.remove("text");
                        p.remove("done_when");
                    }
                }
                v
            };
            assert_eq!(without_texts(&out), without_texts(&en), "{lang} {args:?}");
        }
    }
}

/// What leadgap says on stderr is in the language asked for, commands left as they are.
#[test]
fn messages_and_hints_are_translated() {
    let sb = Sandbox::new();
    let saved = |lang: &str| {
        let (code, _, err) = run(sb
            .cmd()
            .args(["--lang", lang, "score", "--save"])
            .arg(repo("examples/strong-executor.toml")));
        assert_eq!(code, 0, "{err}");
        err
    };
    assert!(saved("en").contains(": saved as "));
    let es = saved("es");
    assert!(es.contains(": guardada como "), "{es}");
    assert!(!es.contains("saved as"), "{es}");
    assert!(saved("zh").contains("：已保存为 "));

    // A hint names the command as it is typed, inside a translated sentence.
    let (code, _, err) = run(sb
        .cmd()
        .args(["--lang", "vi", "plan", "done", "no-such-action"]));
    assert_eq!(code, 2);
    assert!(err.contains("không có hành động `no-such-action`"), "{err}");
    assert!(err.contains("`leadgap plan --format json`"), "{err}");

    let empty = Sandbox::new();
    let (code, _, err) = run(empty.cmd().args(["--lang", "es", "compare"]));
    assert_eq!(code, 66);
    assert!(
        err.contains("todavía no hay evaluaciones guardadas"),
        "{err}"
    );
    assert!(err.contains("`leadgap assess`"), "{err}");
}

/// The calendar in Spanish parses with a calendar library and has the UIDs the English one
/// has; only the titles and descriptions change.
#[test]
fn the_calendar_in_spanish_parses_with_the_same_uids() {
    use icalendar::{Calendar, Component};

    let sb = saved_twice();
    let events = |lang: &str| {
        let text = ok(&sb, lang, &["plan", "--format", "ics"]);
        let cal: Calendar = text.parse().unwrap();
        cal.events()
            .map(|e| {
                (
                    e.get_uid().unwrap().to_string(),
                    e.get_summary().unwrap().to_string(),
                    e.get_description().unwrap().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let (en, es) = (events("en"), events("es"));
    assert!(en.len() > 1);
    let uids = |list: &[(String, String, String)]| {
        list.iter().map(|(u, ..)| u.clone()).collect::<Vec<_>>()
    };
    assert_eq!(uids(&es), uids(&en));
    let reassess = es
        .iter()
        .find(|(u, ..)| u.starts_with("reassess."))
        .unwrap();
    assert_eq!(reassess.1, "Vuelve a responder a leadgap");
    assert!(reassess.2.contains("`leadgap compare`"), "{}", reassess.2);
    for (_, _, description) in es.iter().filter(|(u, ..)| !u.starts_with("reassess.")) {
        assert!(description.starts_with("Hecha cuando: "), "{description}");
        assert!(description.contains("`leadgap plan done "), "{description}");
        assert!(!description.contains("Done when"), "{description}");
    }
}
