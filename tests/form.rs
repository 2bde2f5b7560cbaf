//! The rater form (SPEC section 9) in a real browser: a peer of the strong executor opens
//! the page from a file, answers it as a person would (clicks and keys), comments, saves;
//! leadgap reads back exactly what was entered. The page makes no request, logs no error
//! and fits a 375-pixel phone screen.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Sandbox, chromium, eval, launch, questions_for, repo, run};
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::{Browser as CdpBrowser, Emulation, Page};
use serde_json::Value;

/// Waits for the first finished `.toml` download in `dir`.
fn downloaded(dir: &Path) -> Option<PathBuf> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(15) {
        let found = std::fs::read_dir(dir).ok().and_then(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .find(|p| p.extension().is_some_and(|x| x == "toml"))
        });
        if found.is_some() {
            return found;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}

#[test]
fn a_peer_answers_the_form_in_chromium_and_leadgap_reads_exactly_that() {
    let Some(browser_path) = chromium() else {
        return;
    };
    let sb = Sandbox::new();
    let page = sb.dir.path().join("alex-rivera-peer.html");
    let (code, _, err) = run(sb
        .cmd()
        .args(["form", "--subject", "Alex Rivera", "--rater", "peer", "-o"])
        .arg(&page));
    assert_eq!(code, 0, "{err}");
    let asked: Vec<String> = questions_for(&sb, &["senior-traits", "stuck-barriers"], "peer")
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_string())
        .collect();
    let downloads = sb.dir.path().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();

    let browser = launch(&browser_path, &sb.dir.path().join("profile"));
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));

    // Everything the browser says about the page: console calls, log entries (CSP
    // violations and failed loads are logged there), uncaught exceptions.
    let said = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = said.clone();
    tab.enable_log().unwrap();
    tab.enable_runtime().unwrap();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let line = match event {
            Event::LogEntryAdded(e) => Some(format!(
                "log {:?} {:?}: {}",
                e.params.entry.level, e.params.entry.source, e.params.entry.text
            )),
            Event::RuntimeConsoleAPICalled(e) => {
                Some(format!("console {:?}: {:?}", e.params.Type, e.params.args))
            }
            Event::RuntimeExceptionThrown(e) => {
                Some(format!("exception: {:?}", e.params.exception_details))
            }
            _ => None,
        };
        if let Some(line) = line {
            sink.lock().unwrap().push(line);
        }
    }))
    .unwrap();
    // Violations of the page's policy, counted by the page itself from its first moment.
    tab.call_method(Page::AddScriptToEvaluateOnNewDocument {
        source: "window.__violations = []; document.addEventListener('securitypolicyviolation', \
                 e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
            .into(),
        world_name: None,
        include_command_line_api: None,
        run_immediately: None,
    })
    .unwrap();
    tab.call_method(CdpBrowser::SetDownloadBehavior {
        behavior: CdpBrowser::SetDownloadBehaviorBehaviorOption::Allow,
        browser_context_id: None,
        download_path: Some(downloads.display().to_string()),
        events_enabled: None,
    })
    .unwrap();

    // A phone's screen: a window cannot be that narrow, so the viewport is emulated.
    tab.call_method(Emulation::SetDeviceMetricsOverride {
        width: 375,
        height: 800,
        device_scale_factor: 2.0,
        mobile: true,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .unwrap();

    let url = format!("file://{}", page.display());
    tab.navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab.wait_for_element("#save").unwrap();

    // A peer is asked exactly the statements a peer can judge, in order.
    let shown = eval(
        &tab,
        "Array.from(document.querySelectorAll('fieldset.q')).map(f => f.dataset.q).join(' ')",
    );
    assert_eq!(shown.as_str().unwrap(), asked.join(" "));
    let n = asked.len();
    assert!(
        eval(&tab, "document.body.textContent")
            .as_str()
            .unwrap()
            .contains(&format!("[{n}/{n}]"))
    );

    // What the peer means to answer: 1..5 in turn, every seventh "can't say".
    let intended = |i: usize| -> Option<i64> { (i % 7 != 6).then_some((i % 5) as i64 + 1) };
    let key = |i: usize| intended(i).map_or("s".to_string(), |v| v.to_string());

    // The first five with the mouse, clicking the labels.
    for (i, id) in asked.iter().enumerate().take(5) {
        let nth = intended(i).map_or(6, |v| v as usize);
        tab.find_element(&format!("fieldset[data-q='{id}'] label:nth-child({nth})"))
            .unwrap()
            .click()
            .unwrap();
    }
    assert_eq!(
        eval(&tab, "document.getElementById('status').textContent"),
        format!("Answered 5 of {n}")
    );
    // Closed and opened again: the answers are still there (kept in this browser).
    tab.reload(false, None)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab.wait_for_element("#save").unwrap();
    assert_eq!(
        eval(&tab, "document.getElementById('status').textContent"),
        format!("Answered 5 of {n}")
    );

    // The rest with the keyboard: focus the sixth statement, then a key each; each answer
    // moves the focus to the next statement.
    tab.find_element(&format!("fieldset[data-q='{}'] input", asked[5]))
        .unwrap()
        .focus()
        .unwrap();
    for i in 5..n {
        tab.press_key(&key(i)).unwrap();
    }
    assert_eq!(
        eval(&tab, "document.activeElement.name"),
        "start",
        "after the last statement the keyboard is in the first comment"
    );
    assert_eq!(
        eval(&tab, "document.getElementById('status').textContent"),
        format!("Answered {n} of {n}")
    );

    // Comments: start, and a note on the first dimension shown.
    let start = "Bring the team's numbers to the \"monthly\" review — yourself.";
    tab.find_element("textarea[name='start']")
        .unwrap()
        .type_into(start)
        .unwrap();
    let dimension = eval(&tab, "document.querySelector('label.note textarea').name");
    let dimension = dimension.as_str().unwrap().to_string();
    let note = "Few executives know what the team shipped.";
    tab.find_element(&format!("textarea[name='{dimension}']"))
        .unwrap()
        .type_into(note)
        .unwrap();

    // Fits a phone: nothing wider than the 375-pixel window.
    assert_eq!(eval(&tab, "window.innerWidth"), 375);
    let width = eval(&tab, "document.documentElement.scrollWidth");
    assert!(
        width.as_u64().unwrap() <= 375,
        "the page is {width} px wide"
    );

    tab.find_element("#save").unwrap().click().unwrap();
    let copy = eval(&tab, "document.getElementById('copy').value");
    let copy = copy.as_str().unwrap().to_string();
    assert!(copy.contains("[answers]"), "{copy}");
    let file = downloaded(&downloads).expect("the answer file is downloaded");
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("alex-rivera-peer-") && name.ends_with(".toml"),
        "{name}"
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text, copy, "the download and the text to copy are the same");
    assert_eq!(
        eval(&tab, "localStorage.length"),
        0,
        "saving clears what was kept"
    );

    // No request left the page, nothing broke its policy, nothing was logged.
    let resources = eval(&tab, "performance.getEntriesByType('resource').length");
    assert_eq!(resources, 0, "the page loaded nothing");
    assert_eq!(eval(&tab, "window.__violations.length"), 0);
    let heard = said.lock().unwrap().clone();
    assert!(heard.is_empty(), "the browser said: {heard:#?}");
    // The check above can fail: an error on the console is heard.
    tab.evaluate("console.error('probe')", false).unwrap();
    let started = Instant::now();
    while said.lock().unwrap().is_empty() && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        !said.lock().unwrap().is_empty(),
        "console errors are not heard"
    );

    // leadgap reads exactly what was entered.
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(parsed["subject"].as_str(), Some("Alex Rivera"));
    assert_eq!(parsed["rater"].as_str(), Some("peer"));
    let answers: BTreeMap<String, Option<i64>> = parsed["answers"]
        .as_table()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_integer()))
        .collect();
    let expected: BTreeMap<String, Option<i64>> = asked
        .iter()
        .enumerate()
        .map(|(i, id)| (id.clone(), intended(i)))
        .collect();
    assert_eq!(answers, expected);

    let (code, out, err) = run(sb.cmd().args(["score", "--format", "json"]).arg(&file));
    assert_eq!(code, 0, "{err}");
    let scored: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(scored[0]["rater"], "peer");

    // Beside the shipped 360 on Alex (four peers already), the peers are a group: the
    // comments are shown under it, exactly as typed.
    let (code, out, err) = run(sb
        .cmd()
        .args(["feedback", "--format", "json"])
        .arg(repo("examples/strong-executor.toml"))
        .arg(repo("examples/peer-on-alex.toml"))
        .arg(repo("examples/360-alex"))
        .arg(&file));
    assert_eq!(code, 0, "{err}");
    let views: Value = serde_json::from_str(&out).unwrap();
    let mut comments = views[0]["comments"].as_array().unwrap().clone();
    comments.retain(|c| c["group"] == "peers");
    let mut want = vec![
        serde_json::json!({"group": "peers", "topic": "start", "text": start}),
        serde_json::json!({"group": "peers", "topic": dimension, "text": note}),
    ];
    want.sort_by(|a, b| a["text"].as_str().cmp(&b["text"].as_str()));
    assert_eq!(comments, want);
}
