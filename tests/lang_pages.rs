//! The report and the rater form in Spanish, Vietnamese and Simplified Chinese (SPEC 10): each
//! page declares its language and reads in it, its figures are the English ones, and answers
//! given in a Chinese form score exactly as the same answers given in an English one.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{Sandbox, chromium, eval, launch, questions_for, repo, run};
use headless_chrome::Tab;
use serde_json::Value;

/// What a language's report and form must show, and English words they must not.
struct Expect {
    lang: &'static str,
    report_title: &'static str,
    summary: &'static str,
    traits: &'static str,
    how: &'static str,
    save: &'static str,
    cant_say: &'static str,
    own_words: &'static str,
    scale_label: &'static str,
    mail_which: &'static str,
}

const LANGS: [Expect; 3] = [
    Expect {
        lang: "es",
        report_title: "Informe de preparación para el liderazgo",
        summary: "Resumen",
        traits: "Rasgos",
        how: "Cómo se obtienen estas cifras",
        save: "Guardar el archivo de respuestas",
        cant_say: "No puedo opinar",
        own_words: "Con tus propias palabras",
        scale_label: "Totalmente de acuerdo",
        mail_which: "Qué página abrir y cuánto se tarda:",
    },
    Expect {
        lang: "vi",
        report_title: "Báo cáo mức sẵn sàng lãnh đạo",
        summary: "Tóm tắt",
        traits: "Phẩm chất",
        how: "Cách tính các số liệu này",
        save: "Lưu tệp câu trả lời",
        cant_say: "Không đánh giá được",
        own_words: "Bằng lời của bạn",
        scale_label: "Hoàn toàn đồng ý",
        mail_which: "Trang nào, và mất bao lâu:",
    },
    Expect {
        lang: "zh",
        report_title: "领导力准备度报告",
        summary: "概要",
        traits: "特质",
        how: "这些数字是如何得出的",
        save: "保存答卷文件",
        cant_say: "无法判断",
        own_words: "用你自己的话说",
        scale_label: "非常同意",
        mail_which: "各页面及所需时间：",
    },
];

/// English a translated report must not show.
const ENGLISH_REPORT: [&str; 5] = [
    "Leadership readiness report",
    "Summary",
    "How these figures are made",
    "Done when",
    "360 view",
];

/// English a translated form must not show.
const ENGLISH_FORM: [&str; 6] = [
    "Save answer file",
    "Can’t say",
    "In your own words",
    "Strongly agree",
    "Answered 0 of",
    "This page does not ask your name",
];

/// `leadgap --lang LANG ARGS...`, which must succeed; its output.
fn ok(sb: &Sandbox, lang: &str, args: &[&str]) -> String {
    let (code, out, err) = run(sb.cmd().args(["--lang", lang]).args(args));
    assert_eq!(code, 0, "{lang} {args:?}: {err}");
    out
}

/// Every figure a page shows ("77/100", "56%", "+13", "−6"), sorted: the same set in every
/// language whatever the words around them and their order.
fn figures(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let signed =
            matches!(chars[i], '+' | '−') && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        let starts = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_alphanumeric());
        if !(signed || starts) {
            i += 1;
            continue;
        }
        let from = i;
        i += 1;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let rest: String = chars[i..chars.len().min(i + 4)].iter().collect();
        let end = if rest.starts_with("/100") {
            i + 4
        } else if rest.starts_with('%') {
            i + 1
        } else if signed {
            i
        } else {
            continue;
        };
        found.push(chars[from..end].iter().collect());
        i = end;
    }
    found.sort();
    found
}

/// Alex's self-assessment saved (in English), with the 360 answers beside it.
fn alex_saved(sb: &Sandbox) {
    ok(
        sb,
        "en",
        &["score", "--save", "-q", "examples/strong-executor.toml"],
    );
}

#[test]
fn the_report_declares_its_language_and_reads_in_it_with_the_english_figures() {
    let sb = Sandbox::new();
    alex_saved(&sb);
    let report = |lang: &str, format: &str| {
        ok(
            &sb,
            lang,
            &[
                "report",
                "--format",
                format,
                "--feedback",
                "examples/360-alex",
            ],
        )
    };
    let en_md = report("en", "markdown");
    let en_html = report("en", "html");
    assert!(en_html.contains("<html lang=\"en\">"));
    assert!(
        en_md.starts_with("# Leadership readiness report"),
        "{en_md}"
    );
    for x in &LANGS {
        let md = report(x.lang, "markdown");
        let html = report(x.lang, "html");
        assert!(
            html.contains(&format!("<html lang=\"{}\">", x.lang)),
            "{}",
            x.lang
        );
        assert!(md.starts_with(&format!("# {}\n", x.report_title)), "{md}");
        for heading in [x.summary, x.traits, x.how] {
            assert!(
                md.contains(&format!("\n## {heading}\n")),
                "{}: {heading}",
                x.lang
            );
            assert!(
                html.contains(&format!("<h2>{heading}</h2>")),
                "{}: {heading}",
                x.lang
            );
        }
        assert!(html.contains(&format!("<h1>{}</h1>", x.report_title)));
        for english in ENGLISH_REPORT {
            assert!(!md.contains(english), "{}: {english} in\n{md}", x.lang);
            assert!(!html.contains(english), "{}: {english} in the page", x.lang);
        }
        assert_eq!(figures(&md), figures(&en_md), "{}", x.lang);
        assert_eq!(figures(&html), figures(&en_html), "{}", x.lang);
    }
    // The figures compared are the report's own: readiness, levels, the 360's differences.
    let en = figures(&en_md);
    for figure in ["77/100", "53/100", "94%", "+13", "−6"] {
        assert!(en.iter().any(|f| f == figure), "{figure} in {en:?}");
    }
}

#[test]
fn the_form_and_the_kit_declare_their_language_and_read_in_it() {
    let sb = Sandbox::new();
    let en = ok(
        &sb,
        "en",
        &["form", "--subject", "Alex Rivera", "--rater", "peer"],
    );
    for x in &LANGS {
        let page = ok(
            &sb,
            x.lang,
            &["form", "--subject", "Alex Rivera", "--rater", "peer"],
        );
        assert!(page.contains(&format!("<html lang=\"{}\">", x.lang)));
        for shown in [x.save, x.cant_say, x.own_words, x.scale_label] {
            assert!(page.contains(shown), "{}: {shown}", x.lang);
        }
        for english in ENGLISH_FORM {
            assert!(!page.contains(english), "{}: {english}", x.lang);
        }
        // What the script writes comes from leadgap, in the page's language.
        let start = page.find("data-text=\"").unwrap() + "data-text=\"".len();
        let attribute = &page[start..start + page[start..].find('"').unwrap()];
        let text: Value = serde_json::from_str(&attribute.replace("&quot;", "\"")).unwrap();
        assert!(!text["answered"].as_str().unwrap().contains("Answered"));
        assert!(text["left"]["other"].as_str().unwrap().contains(x.cant_say));
        // The fields the answer file is made from are the English page's.
        let fields = |page: &str| -> Vec<String> {
            page.split(" name=\"")
                .skip(1)
                .map(|s| s[..s.find('"').unwrap()].to_string())
                .collect()
        };
        assert_eq!(fields(&page), fields(&en), "{}", x.lang);

        let dir = sb.dir.path().join(format!("kit-{}", x.lang));
        let dir_arg = dir.display().to_string();
        ok(
            &sb,
            x.lang,
            &[
                "form",
                "--subject",
                "Alex Rivera",
                "--all-roles",
                "-o",
                &dir_arg,
            ],
        );
        let mail = std::fs::read_to_string(dir.join("alex-rivera-mail.txt")).unwrap();
        assert!(mail.contains(x.mail_which), "{mail}");
        assert!(mail.contains("alex-rivera-peer.html"), "{mail}");
        assert!(!mail.contains("Which page"), "{mail}");
        let self_page = std::fs::read_to_string(dir.join("alex-rivera-self.html")).unwrap();
        assert!(self_page.contains(&format!("<html lang=\"{}\">", x.lang)));
    }
}

/// The messages of the report, the Markdown output, the charts and the form go into HTML and
/// Markdown as they are: none may hold what would make markup there.
#[test]
fn page_messages_hold_no_markup_in_any_language() {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn texts<'s>(p: &Pattern<&'s str>, out: &mut Vec<&'s str>) {
        for el in &p.elements {
            match el {
                PatternElement::TextElement { value } => out.push(value),
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                } => {
                    for v in variants {
                        texts(&v.value, out);
                    }
                }
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                } => out.push(value),
                PatternElement::Placeable { .. } => {}
            }
        }
    }
    let mut checked = 0;
    for lang in ["en", "es", "vi", "zh"] {
        let source = std::fs::read_to_string(repo(&format!("locales/{lang}.ftl"))).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name;
            if !["report-", "md-", "chart-", "form-"]
                .iter()
                .any(|p| id.starts_with(p))
            {
                continue;
            }
            let mut found = Vec::new();
            texts(m.value.as_ref().unwrap(), &mut found);
            for text in found {
                assert!(
                    !text.contains(['<', '>', '&', '|']),
                    "{lang}: {id} holds markup: {text}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked} messages checked");
}

// ---------------------------------------------------------------------------------------------
// In a browser

/// Opens `page`, clicks the answer `pick(i)` gives each statement (a scale point's label, or
/// "can't say"; `None` leaves it unanswered), saves, and returns what the page shows: the
/// status line, the line on the saved file, and the answer file's text.
fn answer(
    tab: &Tab,
    page: &Path,
    ids: &[String],
    pick: impl Fn(usize) -> Option<usize>,
) -> (String, String, String) {
    tab.navigate_to(&format!("file://{}", page.display()))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab.wait_for_element("#save").unwrap();
    for (i, id) in ids.iter().enumerate() {
        if let Some(nth) = pick(i) {
            tab.find_element(&format!("fieldset[data-q='{id}'] label:nth-child({nth})"))
                .unwrap()
                .click()
                .unwrap();
        }
    }
    let status = eval(tab, "document.getElementById('status').textContent");
    tab.find_element("#save").unwrap().click().unwrap();
    let saved = eval(tab, "document.getElementById('saved-name').textContent");
    let copy = eval(tab, "document.getElementById('copy').value");
    let text = |v: Value| v.as_str().unwrap().to_string();
    (text(status), text(saved), text(copy))
}

/// `score --format json` of an answer file, without the file's name.
fn scores(sb: &Sandbox, file: &Path) -> Value {
    let out = ok(
        sb,
        "en",
        &["score", "--format", "json", &file.display().to_string()],
    );
    let mut v: Value = serde_json::from_str(&out).unwrap();
    for s in v.as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("file");
    }
    v
}

#[test]
fn a_chinese_form_answered_in_chromium_scores_as_the_english_one() {
    let Some(browser_path) = chromium() else {
        return;
    };
    let sb = Sandbox::new();
    let make = |lang: &str| {
        let path = sb.dir.path().join(format!("alex-rivera-peer-{lang}.html"));
        ok(
            &sb,
            lang,
            &[
                "form",
                "--subject",
                "Alex Rivera",
                "--rater",
                "peer",
                "-o",
                &path.display().to_string(),
            ],
        );
        path
    };
    let (zh_page, en_page) = (make("zh"), make("en"));
    let ids: Vec<String> = questions_for(&sb, &["senior-traits", "stuck-barriers"], "peer")
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect();
    let n = ids.len();
    // Every point of the scale in turn, every seventh "can't say" (the sixth label), and the
    // last two left unanswered.
    let pick = |i: usize| (i + 2 < n).then_some(if i % 7 == 6 { 6 } else { i % 5 + 1 });

    let browser = launch(&browser_path, &sb.dir.path().join("profile"));
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    let (zh_status, zh_saved, zh_text) = answer(&tab, &zh_page, &ids, pick);
    let (en_status, en_saved, en_text) = answer(&tab, &en_page, &ids, pick);

    // The page speaks Chinese where the English one speaks English.
    assert_eq!(en_status, format!("Answered {} of {n}", n - 2));
    assert_eq!(zh_status, format!("已回答 {}/{n}", n - 2));
    assert!(
        en_saved.contains("(2 statements without an answer"),
        "{en_saved}"
    );
    assert!(
        zh_saved.starts_with("你的回答已保存为 alex-rivera-peer-"),
        "{zh_saved}"
    );
    assert!(zh_saved.contains("有 2 条陈述未作答"), "{zh_saved}");

    // The same answers make the same file, and the same scores.
    assert_eq!(zh_text, en_text);
    let zh_file = sb.file("zh.toml", &zh_text);
    let en_file = sb.file("en.toml", &en_text);
    let (zh, en) = (scores(&sb, &zh_file), scores(&sb, &en_file));
    assert_eq!(zh, en);
    let levels: Vec<&Value> = zh[0]["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["level"])
        .collect();
    assert!(levels.iter().any(|l| l.is_number()), "{zh}");
}
