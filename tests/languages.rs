//! Languages (SPEC 10): how the language is chosen, rubric texts in every language leadgap
//! has, and numbers that never change with it.

mod common;

use common::{Sandbox, repo, run};
use leadgap::lang::Lang;
use leadgap::rubric::{RubricSet, RubricTexts, builtin_translations};
use serde_json::Value;

/// Every built-in rubric has every text in every language, and names no id it has not.
#[test]
fn every_builtin_rubric_is_translated_whole() {
    let set = RubricSet::builtin().unwrap();
    for lang in Lang::ALL.into_iter().skip(1) {
        for r in &set.rubrics {
            let (_, _, text) = builtin_translations()
                .iter()
                .find(|(l, id, _)| *l == lang.tag() && *id == r.id)
                .unwrap_or_else(|| panic!("no {} texts of `{}`", lang.tag(), r.id));
            let texts: RubricTexts =
                toml::from_str(text).unwrap_or_else(|e| panic!("{} `{}`: {e}", lang.tag(), r.id));
            let (missing, unknown) = texts.compare(r);
            assert!(
                missing.is_empty(),
                "{} `{}` lacks {missing:?}",
                lang.tag(),
                r.id
            );
            assert!(
                unknown.is_empty(),
                "{} `{}` names {unknown:?}",
                lang.tag(),
                r.id
            );
        }
    }
}

/// The first statement a blank answer file shows, in whatever language was chosen.
fn first_statement(sb: &Sandbox, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = sb.cmd();
    cmd.env_remove("LEADGAP_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let (code, out, err) = run(cmd.args(args).arg("template"));
    assert_eq!(code, 0, "{err}");
    out.lines()
        .skip_while(|l| !l.starts_with("# --- "))
        .nth(1)
        .unwrap()
        .to_string()
}

#[test]
fn the_language_comes_from_the_flag_then_the_locale() {
    let sb = Sandbox::new();
    let en = first_statement(&sb, &[], &[]);
    let es = first_statement(&sb, &[("LANG", "es_ES.UTF-8")], &[]);
    let vi = first_statement(
        &sb,
        &[("LC_ALL", "vi_VN.UTF-8"), ("LANG", "es_ES.UTF-8")],
        &[],
    );
    let zh = first_statement(
        &sb,
        &[
            ("LEADGAP_LANG", "zh"),
            ("LC_ALL", "vi_VN.UTF-8"),
            ("LANG", "es_ES.UTF-8"),
        ],
        &[],
    );
    assert!(en.contains("In the past quarter"), "{en}");
    assert!(es.contains("último trimestre"), "{es}");
    assert_ne!(vi, en);
    assert!(
        vi.chars()
            .any(|c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains(c)),
        "{vi}"
    );
    assert!(
        zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{zh}"
    );
    // --lang wins over all; zh_CN and zh-Hans are Simplified Chinese; an unknown locale is English.
    assert_eq!(
        first_statement(&sb, &[("LEADGAP_LANG", "vi")], &["--lang", "zh-Hans"]),
        zh
    );
    assert_eq!(first_statement(&sb, &[("LANG", "zh_CN.UTF-8")], &[]), zh);
    assert_eq!(first_statement(&sb, &[("LANG", "fr_FR.UTF-8")], &[]), en);
    assert_eq!(first_statement(&sb, &[], &["--lang", "xx"]), en);
}

/// Numbers, ids and field names are the same in every language; only texts change.
#[test]
fn scores_are_the_same_in_every_language() {
    let sb = Sandbox::new();
    let strip = |out: &str| -> Value {
        let mut v: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
        for p in v["plan"].as_array_mut().unwrap() {
            let p = p.as_object_mut().unwrap();
            p.remove("text");
            p.remove("done_when");
        }
        v
    };
    let mut seen = Vec::new();
    for lang in ["en", "es", "vi", "zh"] {
        let (code, out, err) = run(sb
            .cmd()
            .args(["--lang", lang, "score", "--format", "jsonl"])
            .arg(repo("examples/multi-rubric.toml")));
        assert_eq!(code, 0, "{lang}: {err}");
        seen.push(strip(&out));
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]));
}

/// Score tables fit 80 display columns in every language.
#[test]
fn tables_fit_80_display_columns_in_every_language() {
    let sb = Sandbox::new();
    for lang in ["es", "vi", "zh"] {
        let (code, out, err) = run(sb
            .cmd()
            .args(["--lang", lang, "score"])
            .arg(repo("examples/multi-rubric.toml")));
        assert_eq!(code, 0, "{err}");
        for line in out.lines() {
            let width = console::measure_text_width(line);
            assert!(width <= 80, "{lang}: {width} columns: {line}");
        }
    }
}

/// `rubric check` names what a user's translation lacks (a warning: English is shown) and
/// what it names that the rubric has not (an error).
#[test]
fn rubric_check_names_missing_and_unknown_translations() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("mine");
    std::fs::create_dir_all(dir.join("i18n/es")).unwrap();
    std::fs::copy(
        repo("tests/fixtures/rubrics/small-traits.toml"),
        dir.join("t.toml"),
    )
    .unwrap();
    std::fs::copy(
        repo("tests/fixtures/rubrics/small-barriers.toml"),
        dir.join("b.toml"),
    )
    .unwrap();
    std::fs::write(
        dir.join("i18n/es/t.toml"),
        "title = \"Rasgos\"\n[question.nope]\ntext = \"x\"\n",
    )
    .unwrap();
    let (code, _, err) = run(sb
        .cmd()
        .args(["rubric", "check"])
        .arg(dir.join("t.toml"))
        .arg(dir.join("b.toml")));
    assert_eq!(code, 65, "{err}");
    assert!(
        err.contains("question `nope` is not in rubric `t`"),
        "{err}"
    );
    assert!(err.contains("missing, shown in English instead"), "{err}");
    // What is there is used; what is not stays English.
    std::fs::write(dir.join("i18n/es/t.toml"), "title = \"Rasgos\"\n").unwrap();
    let (code, out, err) = run(sb
        .cmd()
        .arg("--rubrics")
        .arg(&dir)
        .args(["--lang", "es", "rubric", "show", "t"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Rasgos"), "{out}");
}

/// Each message file's keys, with the variables each message uses.
fn messages(
    source: &str,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn vars(p: &Pattern<&str>, out: &mut std::collections::BTreeSet<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    fn inline(e: &InlineExpression<&str>, out: &mut std::collections::BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut std::collections::BTreeSet<String>) {
        match e {
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    vars(&v.value, out);
                }
            }
            Expression::Inline(i) => inline(i, out),
        }
    }
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("a message file does not parse: {errors:?}");
    });
    let mut map = std::collections::BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut set = std::collections::BTreeSet::new();
            if let Some(v) = &m.value {
                vars(v, &mut set);
            }
            let before = map.insert(m.id.name.to_string(), set);
            assert!(before.is_none(), "{} is defined twice", m.id.name);
        }
    }
    map
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    let dir = repo("locales");
    let english = messages(&std::fs::read_to_string(dir.join("en.ftl")).unwrap());
    assert!(english.len() > 10);
    for lang in Lang::ALL.into_iter().skip(1) {
        let path = dir.join(format!("{}.ftl", lang.tag()));
        let other = messages(&std::fs::read_to_string(&path).unwrap());
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let unknown: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "{}: missing {missing:?}",
            path.display()
        );
        assert!(
            unknown.is_empty(),
            "{}: not in English {unknown:?}",
            path.display()
        );
        for (key, vars) in &english {
            // A translation may leave out a placeable English uses (a count a language does
            // not repeat), but never ask for one the code does not give.
            let extra: Vec<_> = other[key].difference(vars).collect();
            assert!(extra.is_empty(), "{}: {key} uses {extra:?}", path.display());
        }
    }
}

#[test]
fn every_message_the_code_asks_for_is_in_english() {
    let english = messages(&std::fs::read_to_string(repo("locales/en.ftl")).unwrap());
    let mut used = std::collections::BTreeSet::new();
    for entry in walkdir::WalkDir::new(repo("src")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for pattern in ["t!(\"", "message(\"", "message_in(lang, \""] {
            for (i, _) in text.match_indices(pattern) {
                // `t!(` itself, not the end of `format!(`.
                let before = text[..i].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[i + pattern.len()..];
                let key = &rest[..rest.find('"').unwrap()];
                used.insert((key.to_string(), entry.path().display().to_string()));
            }
        }
    }
    assert!(used.len() > 5, "the scan found {} keys", used.len());
    let missing: Vec<_> = used
        .iter()
        .filter(|(k, _)| !english.contains_key(k))
        .collect();
    assert!(
        missing.is_empty(),
        "asked for but not in locales/en.ftl: {missing:?}"
    );
}

/// Errors read in the chosen language, with the same place, the same ids and the same exit
/// code as in English.
#[test]
fn errors_read_in_every_language_with_the_same_exit_codes() {
    let sb = Sandbox::new();
    let bad = sb.file("bad.toml", "[answers]\nsp-1 = 9\n");
    let missing = sb.home().join("nowhere.toml");
    let expected = [
        (
            Lang::En,
            "no such file or directory",
            "is outside the scale",
        ),
        (
            Lang::Es,
            "no existe el archivo o el directorio",
            "está fuera de la escala",
        ),
        (
            Lang::Vi,
            "không có tệp hoặc thư mục này",
            "nằm ngoài thang điểm",
        ),
        (Lang::Zh, "没有这个文件或目录", "超出了量表范围"),
    ];
    for (lang, no_file, outside) in expected {
        let (code, _, err) = run(sb
            .cmd()
            .env("LEADGAP_LANG", lang.tag())
            .arg("score")
            .arg(&missing));
        assert_eq!(code, 66, "{err}");
        assert!(err.contains(no_file), "{}: {err}", lang.tag());
        let (code, _, err) = run(sb
            .cmd()
            .env("LEADGAP_LANG", lang.tag())
            .arg("score")
            .arg(&bad));
        assert_eq!(code, 65, "{err}");
        assert!(err.contains("bad.toml:2:8: "), "{err}");
        assert!(err.contains("`sp-1`"), "{err}");
        assert!(err.contains(outside), "{}: {err}", lang.tag());
        if lang != Lang::En {
            assert!(
                !err.contains("is outside the scale"),
                "{}: {err}",
                lang.tag()
            );
        }
    }
}

/// A rubric of one's own that gives no scale labels has the agreement scale in the reader's
/// language, not in English.
#[test]
fn the_default_scale_is_in_the_readers_language() {
    let sb = Sandbox::new();
    let dir = sb.home().join("mine");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("mine.toml"),
        "id = \"mine\"\ntitle = \"Mine\"\nversion = \"1\"\nkind = \"traits\"\n\
         [[dimension]]\nid = \"m-one\"\nname = \"One\"\nsummary = \"One thing.\"\n\
         [[dimension.question]]\nid = \"m-1\"\ntext = \"I do one thing.\"\n",
    )
    .unwrap();
    for (lang, label) in [
        ("en", "Strongly agree"),
        ("zh", "非常同意"),
        ("es", "Totalmente de acuerdo"),
    ] {
        let (code, out, err) = run(sb
            .cmd()
            .env("LEADGAP_LANG", lang)
            .arg("--rubrics")
            .arg(&dir)
            .args(["template", "--rubric", "mine"]));
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(&format!("5 = {label}")), "{lang}: {out}");
    }
}

/// Every message formats cleanly in every language, whatever count it is given: no Fluent
/// error (an unknown message reference, a selector without a default), and nothing left
/// unformatted in the text a person would read.
#[test]
fn every_message_formats_in_every_language() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    let english = messages(&std::fs::read_to_string(repo("locales/en.ftl")).unwrap());
    // Every variable of every message: a message may refer to another that uses its own.
    let all: std::collections::BTreeSet<&String> = english.values().flatten().collect();
    for lang in Lang::ALL {
        let source = std::fs::read_to_string(repo(&format!("locales/{}.ftl", lang.tag()))).unwrap();
        let resource = FluentResource::try_new(source).unwrap_or_else(|(_, e)| panic!("{e:?}"));
        let mut bundle = FluentBundle::new(vec![lang.tag().parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        for key in english.keys() {
            let pattern = bundle
                .get_message(key)
                .and_then(|m| m.value())
                .unwrap_or_else(|| panic!("{}: {key} has no value", lang.tag()));
            for n in [0, 1, 2, 5, 21] {
                let mut args = FluentArgs::new();
                for v in &all {
                    args.set(v.as_str(), FluentValue::from(n));
                }
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} {key} ({n}): {errors:?}", lang.tag());
                assert!(
                    !text.contains("{$") && !text.contains("{ $") && !text.trim().is_empty(),
                    "{} {key} ({n}): {text:?}",
                    lang.tag()
                );
            }
        }
    }
}
