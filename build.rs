//! Converts the built-in rubrics (`rubrics/*.toml`) into Rust at build time, so that leadgap
//! does not parse their TOML text and hash it on every start (it was most of the time a
//! one-file run took).
//!
//! The generated `builtin.rs` defines `FILES` (each file's name and text, for `rubric check`
//! and for tests) and `rubrics()`, the rubrics with every default filled in as the loader
//! fills them. The loader's checks are not repeated here: a unit test loads the same texts
//! through the loader and requires the two to be equal, and the built-ins are checked there.

use std::fmt::Write as _;
use std::path::Path;

use toml::{Table, Value};

const DEFAULT_LABELS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];
const RATERS: [&str; 5] = ["Myself", "Manager", "Peer", "Report", "Coach"];

fn main() {
    println!("cargo::rerun-if-changed=rubrics");
    let dir = Path::new("rubrics");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("rubrics/ is there")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    // The core pair first, as `rubric list` and the choice in `assess` show them, then the
    // rest by name.
    names.sort_by_key(|n| {
        (
            !matches!(n.as_str(), "senior-traits.toml" | "stuck-barriers.toml"),
            n.clone(),
        )
    });
    let mut files = String::from("pub(super) const FILES: &[(&str, &str)] = &[\n");
    let mut rubrics = String::from(
        "#[allow(clippy::all)]\npub(super) fn rubrics() -> Vec<(&'static str, Rubric)> {\n    vec![\n",
    );
    for name in &names {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("a built-in rubric is UTF-8");
        let abs = std::fs::canonicalize(&path).expect("the file is there");
        writeln!(files, "    ({name:?}, include_str!({:?})),", abs.display()).unwrap();
        // A built-in that does not parse is reported by the loader's test with its place;
        // here it is left out so that the build still runs and that test can say why.
        if let Ok(table) = text.parse::<Table>() {
            write!(rubrics, "        ({name:?}, ").unwrap();
            rubric(&mut rubrics, &table, &text);
            rubrics.push_str("),\n");
        }
    }
    files.push_str("];\n");
    rubrics.push_str("    ]\n}\n");
    // Their texts in other languages: rubrics/i18n/<lang>/<rubric-id>.toml, compiled in
    // as text and read only when that language is chosen.
    let mut translations =
        String::from("pub(super) const TRANSLATIONS: &[(&str, &str, &str)] = &[\n");
    let i18n = dir.join("i18n");
    println!("cargo::rerun-if-changed={}", i18n.display());
    let mut langs: Vec<_> = std::fs::read_dir(&i18n)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    for lang_dir in langs {
        println!("cargo::rerun-if-changed={}", lang_dir.display());
        let lang = lang_dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut texts: Vec<_> = std::fs::read_dir(&lang_dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        texts.sort();
        for path in texts {
            println!("cargo::rerun-if-changed={}", path.display());
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            let abs = std::fs::canonicalize(&path).unwrap();
            writeln!(
                translations,
                "    ({lang:?}, {id:?}, include_str!({:?})),",
                abs.display()
            )
            .unwrap();
        }
    }
    translations.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin.rs");
    std::fs::write(out, files + &rubrics + &translations).unwrap();
}

fn s(v: Option<&Value>) -> String {
    format!(
        "String::from({:?})",
        v.and_then(Value::as_str).unwrap_or_default()
    )
}

fn strings(v: Option<&Value>) -> String {
    let items: Vec<String> = v
        .and_then(Value::as_array)
        .map(|a| a.iter().map(|x| s(Some(x))).collect())
        .unwrap_or_default();
    format!("vec![{}]", items.join(", "))
}

fn float(v: Option<&Value>, default: f64) -> String {
    let x = match v {
        Some(Value::Float(f)) => *f,
        Some(Value::Integer(i)) => *i as f64,
        _ => default,
    };
    format!("{x:?}")
}

fn table_array<'a>(t: &'a Table, key: &str) -> Vec<&'a Table> {
    t.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_table).collect())
        .unwrap_or_default()
}

fn rubric(out: &mut String, t: &Table, text: &str) {
    let traits = t.get("kind").and_then(Value::as_str) == Some("traits");
    let scale = t.get("scale").and_then(Value::as_table);
    let int = |key: &str, default: i64| {
        scale
            .and_then(|s| s.get(key))
            .and_then(Value::as_integer)
            .unwrap_or(default)
    };
    let (min, max) = (int("min", 1), int("max", 5));
    let labels = match scale.and_then(|s| s.get("labels")) {
        Some(l) => strings(Some(l)),
        None if (min, max) == (1, 5) => format!(
            "vec![{}]",
            DEFAULT_LABELS
                .iter()
                .map(|l| format!("String::from({l:?})"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => format!("(({min})..=({max})).map(|v: i64| v.to_string()).collect()"),
    };
    let description = match t.get("description").and_then(Value::as_str) {
        Some(d) => format!("Some(String::from({d:?}))"),
        None => "None".into(),
    };
    use sha2::Digest;
    let sha: String = sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    writeln!(
        out,
        "        Rubric {{ id: {}, title: {}, version: {}, kind: Kind::{}, description: {description}, \
         scale: Scale {{ min: {min}, max: {max}, labels: {labels} }}, dimensions: vec![",
        s(t.get("id")),
        s(t.get("title")),
        s(t.get("version")),
        if traits { "Traits" } else { "Barriers" },
    )
    .unwrap();
    for d in table_array(t, "dimension") {
        let goal = if traits {
            format!("Goal::Target({})", float(d.get("target"), 4.0))
        } else {
            format!("Goal::Threshold({})", float(d.get("threshold"), 0.5))
        };
        writeln!(
            out,
            "            Dimension {{ id: {}, name: {}, summary: {}, weight: {}, goal: {goal}, \
             related: {}, personal: {}, questions: vec![",
            s(d.get("id")),
            s(d.get("name")),
            s(d.get("summary")),
            float(d.get("weight"), 1.0),
            strings(d.get("related")),
            d.get("personal").and_then(Value::as_bool).unwrap_or(false),
        )
        .unwrap();
        for q in table_array(d, "question") {
            let others = match q.get("text_others").and_then(Value::as_str) {
                Some(o) => format!("Some(String::from({o:?}))"),
                None => "None".into(),
            };
            let observers: Vec<String> = match q.get("observers").and_then(Value::as_array) {
                Some(list) => list
                    .iter()
                    .filter_map(Value::as_str)
                    .filter_map(|o| {
                        let i = ["self", "manager", "peer", "report", "coach"]
                            .iter()
                            .position(|r| *r == o)?;
                        Some(format!("Rater::{}", RATERS[i]))
                    })
                    .collect(),
                None => RATERS.iter().map(|r| format!("Rater::{r}")).collect(),
            };
            writeln!(
                out,
                "                Question {{ id: {}, text: {}, reverse: {}, text_others: {others}, \
                 observers: vec![{}] }},",
                s(q.get("id")),
                s(q.get("text")),
                q.get("reverse").and_then(Value::as_bool).unwrap_or(false),
                observers.join(", "),
            )
            .unwrap();
        }
        out.push_str("            ] },\n");
    }
    out.push_str("        ], actions: vec![\n");
    for a in table_array(t, "action") {
        writeln!(
            out,
            "            Action {{ id: {}, text: {}, horizon: {}, done_when: {}, addresses: {} }},",
            s(a.get("id")),
            s(a.get("text")),
            a.get("horizon").and_then(Value::as_integer).unwrap_or(0),
            s(a.get("done_when")),
            strings(a.get("addresses")),
        )
        .unwrap();
    }
    write!(
        out,
        "        ], source: String::from(\"built-in\"), sha256: String::from({sha:?}) }}"
    )
    .unwrap();
}
