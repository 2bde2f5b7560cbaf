//! The rater form (SPEC section 9): one self-contained HTML page that a rater without
//! leadgap opens from a file or a mail attachment, answers, and saves as a standard answer
//! file (SPEC section 2) to send back.
//!
//! The page makes no request of any kind: its Content-Security-Policy is `default-src
//! 'none'` and allows only its own inline script and style, by their SHA-256 hashes. Every
//! text from a rubric or the command line is escaped here; the script reads the subject and
//! the rater from data attributes and never writes text as HTML. What the page must keep
//! for assistive technology and scripts: each statement is a group of radio inputs named by
//! the question id with `value` the scale point or `skip`, each with its label; each comment
//! field a `<textarea name="start|stop|continue|DIMENSION-ID">`; the save button `id="save"`.

mod kit;

use std::fmt::Write;

pub use kit::{Kit, kit};

use crate::answers::Rater;
use crate::comments::{MAX_CHARS, TOPICS};
use crate::render::report_html::{escape, html_escape as e};
use crate::rubric::{Question, Rubric};

const SCRIPT: &str = include_str!("form.js");
const STYLE: &str = include_str!("form.css");

/// The statements a rater in `role` is asked, in rubric, dimension and question order.
pub fn statements<'a>(rubrics: &[&'a Rubric], role: Rater) -> Vec<&'a Question> {
    rubrics
        .iter()
        .flat_map(|r| r.dimensions.iter())
        .flat_map(|d| d.questions.iter())
        .filter(|q| q.observed_by(role))
        .collect()
}

/// `subject` as a file name's stem: lowercase letters and digits, words joined by `-`
/// (`Alex Rivera` → `alex-rivera`); `person` when nothing is left.
pub fn slug(subject: &str) -> String {
    let mut out = String::new();
    for c in subject.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "person".to_string()
    } else {
        out.chars().take(60).collect()
    }
}

/// The name of the page for `role`: `alex-rivera-peer.html`.
pub fn file_name(subject: &str, role: Rater) -> String {
    format!("{}-{role}.html", slug(subject))
}

/// `'sha256-…'`, the CSP source that allows exactly this inline script or style.
fn csp_hash(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The Content-Security-Policy of the page: nothing but its own script and style.
pub fn policy() -> String {
    format!(
        "default-src 'none'; script-src {}; style-src {}; base-uri 'none'; form-action 'none'",
        csp_hash(SCRIPT),
        csp_hash(STYLE)
    )
}

/// What the rater is asked to say in each comment field, about `name` or about oneself.
fn topic_prompt(topic: &str, name: &str, role: Rater) -> String {
    let own = role == Rater::Myself;
    match (topic, own) {
        ("start", true) => crate::t!("form-start-self"),
        ("stop", true) => crate::t!("form-stop-self"),
        ("continue", true) => crate::t!("form-continue-self"),
        ("start", false) => crate::t!("form-start", name = name),
        ("stop", false) => crate::t!("form-stop", name = name),
        _ => crate::t!("form-continue", name = name),
    }
}

/// The texts the page's script writes, as JSON: where the script puts a number or a file
/// name, the text holds `{answered}`, `{left}` or `{file}`. The sentence on statements left
/// without an answer comes in each plural form the page may need (`one`, `other`), which the
/// script picks with `Intl.PluralRules` in the page's language.
fn script_texts(total: usize) -> String {
    let left = |count: usize| {
        crate::t!(
            "form-saved-as-left",
            count = count,
            file = "{file}",
            left = "{left}"
        )
    };
    serde_json::json!({
        "answered": crate::t!("form-answered", answered = "{answered}", total = total),
        "saved": crate::t!("form-saved-as", file = "{file}"),
        "left": { "one": left(1), "other": left(2) },
    })
    .to_string()
}

/// The whole page for a rater in `role` about `subject`, over `rubrics`.
pub fn page(rubrics: &[&Rubric], subject: &str, role: Rater) -> String {
    let total = statements(rubrics, role).len();
    let ids: Vec<&str> = rubrics.iter().map(|r| r.id.as_str()).collect();
    let name = e(subject);
    let mut h = String::with_capacity(64 * 1024);
    let title = if role == Rater::Myself {
        crate::t!("form-title-self", name = subject)
    } else {
        crate::t!("form-title-others", name = subject)
    };
    crate::render::html_head(
        &mut h,
        crate::i18n::current().tag(),
        &policy(),
        &title,
        STYLE,
    );
    let _ = write!(h, "<main>\n<h1>{}</h1>\n", e(&title));
    intro(&mut h, &name, role, total);
    let _ = writeln!(
        h,
        r#"<form id="form" data-subject="{name}" data-rater="{role}" data-rubrics="{rubrics}" data-file="{file}" data-key="{key}" data-total="{total}" data-text="{text}">
<p id="status" class="status" role="status" aria-live="polite">{answered}</p>"#,
        rubrics = e(&ids.join(" ")),
        file = e(&format!("{}-{role}", slug(subject))),
        key = e(&format!("{subject}|{role}|{}", ids.join(" "))),
        text = escape(&script_texts(total)),
        answered = escape(&crate::t!("form-answered", answered = 0, total = total)),
    );
    let cant_say = escape(&crate::t!("form-cant-say"));
    let mut k = 0;
    for r in rubrics {
        let shown: Vec<_> = r
            .dimensions
            .iter()
            .filter(|d| d.questions.iter().any(|q| q.observed_by(role)))
            .collect();
        if shown.is_empty() {
            continue;
        }
        let _ = writeln!(h, "<section>\n<h2>{}</h2>", e(&r.title));
        for d in shown {
            let _ = writeln!(h, "<h3>{}</h3>", e(&d.name));
            for q in d.questions.iter().filter(|q| q.observed_by(role)) {
                k += 1;
                statement(&mut h, r, q, (subject, role), (k, total), &cant_say);
            }
            let _ = writeln!(
                h,
                r#"<label class="note">{}<textarea name="{}" rows="2" maxlength="{MAX_CHARS}"></textarea></label>"#,
                crate::t!("form-note", dimension = e(&d.name)),
                e(&d.id)
            );
        }
        h.push_str("</section>\n");
    }
    let _ = writeln!(
        h,
        "<section>\n<h2>{}</h2>\n<p>{}</p>",
        escape(&crate::t!("form-own-words")),
        escape(&crate::t!("form-own-words-hint"))
    );
    for topic in TOPICS {
        let _ = writeln!(
            h,
            r#"<label class="note">{}<textarea name="{topic}" rows="3" maxlength="{MAX_CHARS}"></textarea></label>"#,
            topic_prompt(topic, &name, role)
        );
    }
    let _ = writeln!(
        h,
        r#"</section>
<p class="save"><button type="button" id="save">{}</button></p>
</form>
<section id="saved" hidden>
<h2>{}</h2>
<p id="saved-name"></p>
<p>{}</p>
<textarea id="copy" readonly rows="12" aria-label="{}"></textarea>
</section>
</main>
<script>{SCRIPT}</script>
</body>
</html>"#,
        escape(&crate::t!("form-save")),
        escape(&crate::t!("form-saved")),
        escape(&crate::t!("form-send-back")),
        escape(&crate::t!("form-copy-label")),
    );
    h
}

/// What the rater reads first: who it is about, how long it takes, what happens to it.
/// `name` is escaped already; the messages are leadgap's own, with markup put in as values.
fn intro(h: &mut String, name: &str, role: Rater, total: usize) {
    let minutes = kit::minutes(total);
    let cant_say = format!("<em>{}</em>", escape(&crate::t!("form-cant-say")));
    if role == Rater::Myself {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            crate::t!("form-intro-self", count = total, minutes = minutes)
        );
    } else {
        let _ = writeln!(
            h,
            "<p>{}</p>\n<p>{}</p>",
            crate::t!(
                "form-intro-others",
                count = total,
                name = name,
                role = role.as_str(),
                minutes = minutes,
                cant_say = cant_say.as_str()
            ),
            crate::t!("form-no-name", anonymity = escape(&kit::anonymity(role)))
        );
    }
    let _ = writeln!(
        h,
        "<p class=\"keys\">{}</p>\n<p class=\"keep\">{}</p>",
        crate::t!(
            "form-keys",
            key = "<kbd>s</kbd>",
            cant_say = cant_say.as_str()
        ),
        escape(&crate::t!("form-keep"))
    );
}

/// One statement: its place, the text the rater reads, and a radio input per scale point
/// and one to skip, each inside its label.
/// `who` is the subject and the rater's role, `place` the statement's number and the count;
/// `cant_say` is the skip answer's label, escaped.
fn statement(
    h: &mut String,
    r: &Rubric,
    q: &Question,
    (subject, role): (&str, Rater),
    (k, total): (usize, usize),
    cant_say: &str,
) {
    let id = e(&q.id);
    let _ = write!(
        h,
        r#"<fieldset class="q" data-q="{id}"><legend><span class="k">[{k}/{total}]</span> {}</legend><div class="scale">"#,
        e(&crate::template::statement(q, Some(subject), role))
    );
    for v in r.scale.min..=r.scale.max {
        let _ = write!(
            h,
            r#"<label><input type="radio" name="{id}" value="{v}"><span class="v">{v}</span> {}</label>"#,
            e(r.scale.label(v))
        );
    }
    let _ = writeln!(
        h,
        r#"<label class="skip"><input type="radio" name="{id}" value="skip"><span class="v">s</span> {cant_say}</label></div></fieldset>"#
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::RubricSet;

    fn core(set: &RubricSet) -> Vec<&Rubric> {
        crate::rubric::DEFAULT_RUBRICS
            .iter()
            .map(|id| set.get(id).unwrap())
            .collect()
    }

    #[test]
    fn slugs_are_plain_file_stems() {
        assert_eq!(slug("Alex Rivera"), "alex-rivera");
        assert_eq!(slug("  José  O'Neil "), "josé-o-neil");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("<>"), "person");
        assert_eq!(
            file_name("Alex Rivera", Rater::Peer),
            "alex-rivera-peer.html"
        );
    }

    #[test]
    fn the_policy_allows_exactly_the_page_s_own_script_and_style() {
        let set = RubricSet::builtin().unwrap();
        let page = page(&core(&set), "Alex", Rater::Peer);
        let script = page.split("<script>").nth(1).unwrap();
        let script = &script[..script.find("</script>").unwrap()];
        assert_eq!(script, SCRIPT);
        assert!(policy().contains(&csp_hash(script)));
        assert!(policy().starts_with("default-src 'none';"));
        // One script and one style, no attribute that the policy would refuse.
        assert_eq!(page.matches("<script").count(), 1);
        assert_eq!(page.matches("<style").count(), 1);
        assert!(!page.contains(" style="));
        let handler = page.match_indices(" on").any(|(i, _)| {
            let rest = &page[i + 3..];
            let name = rest.bytes().take_while(u8::is_ascii_lowercase).count();
            name > 0 && rest[name..].starts_with('=')
        });
        assert!(!handler, "no inline event handler");
        assert!(!page.contains("http:") && !page.contains("https:"));
    }

    #[test]
    fn a_peer_is_asked_only_what_peers_can_see_about_the_person() {
        let set = RubricSet::builtin().unwrap();
        let rubrics = core(&set);
        let page = page(&rubrics, "Alex Rivera", Rater::Peer);
        let asked = statements(&rubrics, Rater::Peer);
        assert!(asked.len() < statements(&rubrics, Rater::Myself).len());
        for q in rubrics
            .iter()
            .flat_map(|r| r.dimensions.iter())
            .flat_map(|d| d.questions.iter())
        {
            let named = format!("name=\"{}\"", q.id);
            assert_eq!(
                page.contains(&named),
                q.observed_by(Rater::Peer),
                "{}",
                q.id
            );
        }
        assert!(page.contains(&format!("[{}/{}]", asked.len(), asked.len())));
        assert!(page.contains("Alex Rivera: "));
        for topic in TOPICS {
            assert!(page.contains(&format!("<textarea name=\"{topic}\"")));
        }
        assert!(page.contains("id=\"save\""));
        // No field but the statements and the comments: nothing asks who the rater is.
        let inputs = page.matches("<input ").count();
        assert_eq!(inputs, page.matches("<input type=\"radio\"").count());
        assert!(!page.contains("name=\"name\""));
    }

    #[test]
    fn every_text_is_escaped() {
        let set = RubricSet::builtin().unwrap();
        let page = page(&core(&set), "<script>alert(1)</script>\"'&", Rater::Manager);
        assert!(!page.contains("<script>alert"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"));
    }
}
