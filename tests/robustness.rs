//! The fuzz targets' entry points under proptest, so CI checks what `fuzz/run.sh` explores
//! at length: arbitrary bytes and arbitrary valid-shaped documents fed to answer-file,
//! rubric and CSV reading (through scoring and every output format) give an error or a
//! result, never a panic.
//!
//! A crash found by the fuzzer is kept below as a named regression test with its input.

use std::sync::OnceLock;

use leadgap::fuzzing;
use leadgap::rubric::RubricSet;
use proptest::prelude::*;
use proptest::strategy::ValueTree;

fn builtins() -> &'static RubricSet {
    static SET: OnceLock<RubricSet> = OnceLock::new();
    SET.get_or_init(|| RubricSet::builtin().expect("the built-ins load"))
}

/// The built-in rubrics' question ids.
fn real_question_id() -> impl Strategy<Value = String> {
    // The core pair's: what a file without `rubrics` is for.
    let real: Vec<String> = builtins()
        .rubrics
        .iter()
        .filter(|r| leadgap::rubric::DEFAULT_RUBRICS.contains(&r.id.as_str()))
        .flat_map(|r| r.dimensions.iter())
        .flat_map(|d| d.questions.iter().map(|q| q.id.clone()))
        .collect();
    proptest::sample::select(real)
}

/// Question ids: most of them real, some not.
fn question_id() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => real_question_id(),
        1 => "[a-z]{1,3}-[0-9]{1,2}",
        1 => ".{0,8}",
    ]
}

/// Any TOML value an answer might be given as.
fn answer_value() -> impl Strategy<Value = toml::Value> {
    prop_oneof![
        6 => (-3i64..9).prop_map(toml::Value::Integer),
        1 => any::<i64>().prop_map(toml::Value::Integer),
        1 => any::<f64>().prop_map(toml::Value::Float),
        1 => prop_oneof![Just("skip".to_string()), ".{0,6}"].prop_map(toml::Value::String),
        1 => any::<bool>().prop_map(toml::Value::Boolean),
        1 => Just(toml::Value::Array(vec![])),
    ]
}

/// Text with a fair share of the characters that cause trouble: controls, bidi, quotes.
fn tricky_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::char::range('a', 'z'),
            1 => proptest::sample::select(vec![
                '\u{1b}', '\u{7}', '\u{0}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{2066}', '"',
                '\\', '\n', '|', '<', '&', ',', '█',
            ]),
            1 => any::<char>(),
        ],
        0..40,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

/// Answer files: about half of them valid, the rest wrong in one way or several.
fn answer_document() -> impl Strategy<Value = String> {
    let rubrics = prop_oneof![
        3 => Just(None),
        2 => Just(Some(vec!["senior-traits".to_string(), "stuck-barriers".to_string()])),
        1 => proptest::option::of(proptest::collection::vec(
            prop_oneof![
                Just("senior-traits".to_string()),
                Just("stuck-barriers".to_string()),
                "[a-z-]{0,12}",
            ],
            0..3,
        )),
    ];
    let rater = proptest::option::of(prop_oneof![
        4 => proptest::sample::select(vec!["self", "manager", "peer", "report", "coach"])
            .prop_map(str::to_string),
        1 => ".{0,6}",
    ]);
    let good_value = prop_oneof![
        5 => (1i64..=5).prop_map(toml::Value::Integer),
        1 => Just(toml::Value::String("skip".into())),
    ];
    let answers = prop_oneof![
        3 => proptest::collection::btree_map(real_question_id(), good_value, 0..70).prop_map(Some),
        1 => proptest::option::of(proptest::collection::btree_map(
            question_id(),
            answer_value(),
            0..70,
        )),
    ];
    (rubrics, proptest::option::of(tricky_text()), rater, answers).prop_map(
        |(rubrics, subject, rater, answers)| {
            let mut doc = toml::Table::new();
            if let Some(r) = rubrics {
                doc.insert(
                    "rubrics".into(),
                    toml::Value::Array(r.into_iter().map(toml::Value::String).collect()),
                );
            }
            if let Some(s) = subject {
                doc.insert("subject".into(), toml::Value::String(s));
            }
            if let Some(r) = rater {
                doc.insert("rater".into(), toml::Value::String(r));
            }
            if let Some(a) = answers {
                doc.insert(
                    "answers".into(),
                    toml::Value::Table(a.into_iter().collect()),
                );
            }
            toml::to_string(&doc).unwrap_or_default()
        },
    )
}

/// Rubric files: about half of them valid, the rest anything of roughly the right shape.
fn rubric_document() -> impl Strategy<Value = String> {
    prop_oneof![1 => valid_rubric(), 1 => rough_rubric()]
}

/// A rubric that follows every rule, with tricky text where text is free.
fn valid_rubric() -> impl Strategy<Value = String> {
    let dimension = (
        0.1f64..3.0,
        0.0f64..1.0,
        proptest::collection::vec((tricky_text(), any::<bool>()), 1..5),
        tricky_text(),
    );
    (
        "[a-z][a-z0-9]{0,6}",
        any::<bool>(),
        proptest::collection::vec(dimension, 1..4),
        proptest::collection::vec(
            (
                proptest::sample::select(vec![30i64, 60, 90]),
                tricky_text(),
                any::<u8>(),
            ),
            0..4,
        ),
    )
        .prop_map(|(id, traits, dims, actions)| {
            use std::fmt::Write;
            let q = |s: &str| toml::Value::String(s.to_string()).to_string();
            let mut doc = format!(
                "id = \"g-{id}\"\ntitle = \"T\"\nversion = \"1\"\nkind = \"{}\"\n",
                if traits { "traits" } else { "barriers" }
            );
            for (i, (weight, setting, questions, name)) in dims.iter().enumerate() {
                let _ = write!(
                    doc,
                    "\n[[dimension]]\nid = \"g-{id}-d{i}\"\nname = {}\nsummary = \"s\"\nweight = {weight}\n",
                    q(name)
                );
                if traits {
                    let _ = writeln!(doc, "target = {}", 1.01 + 3.99 * setting);
                } else {
                    let _ = writeln!(doc, "threshold = {}", 0.01 + 0.99 * setting);
                }
                for (j, (text, reverse)) in questions.iter().enumerate() {
                    let _ = write!(
                        doc,
                        "  [[dimension.question]]\n  id = \"g-{id}-{i}-{j}\"\n  text = {}\n  reverse = {reverse}\n",
                        q(text)
                    );
                }
            }
            for (k, (horizon, text, target)) in actions.iter().enumerate() {
                let _ = write!(
                    doc,
                    "\n[[action]]\nid = \"g-{id}-a{k}\"\ntext = {}\nhorizon = {horizon}\ndone_when = \"d\"\naddresses = [\"g-{id}-d{}\"]\n",
                    q(text),
                    usize::from(*target) % dims.len()
                );
            }
            doc
        })
}

fn rough_rubric() -> impl Strategy<Value = String> {
    let question = (
        "[a-z]{1,2}-[0-9]",
        tricky_text(),
        proptest::option::of(any::<bool>()),
    );
    let dimension = (
        "[a-z]{1,6}",
        tricky_text(),
        proptest::option::of(-1.0f64..6.0),
        proptest::option::of(-1.0f64..7.0),
        proptest::option::of(-0.5f64..1.5),
        proptest::collection::vec(question, 0..5),
        proptest::collection::vec("[a-z]{1,6}", 0..2),
    );
    let action = (
        "[a-z]{1,6}",
        tricky_text(),
        proptest::sample::select(vec![0i64, 30, 60, 90, 45]),
        proptest::collection::vec("[a-z]{1,6}", 0..3),
    );
    (
        "[a-z0-9-]{0,8}",
        proptest::sample::select(vec!["traits", "barriers", "other"]),
        proptest::option::of((-2i64..4, 0i64..9)),
        proptest::collection::vec(dimension, 0..4),
        proptest::collection::vec(action, 0..3),
    )
        .prop_map(|(id, kind, scale, dims, actions)| {
            use toml::Value as V;
            let mut doc = toml::Table::new();
            doc.insert("id".into(), V::String(id));
            doc.insert("title".into(), V::String("T".into()));
            doc.insert("version".into(), V::String("1".into()));
            doc.insert("kind".into(), V::String(kind.into()));
            if let Some((min, max)) = scale {
                let mut s = toml::Table::new();
                s.insert("min".into(), V::Integer(min));
                s.insert("max".into(), V::Integer(max));
                doc.insert("scale".into(), V::Table(s));
            }
            let dims: Vec<V> = dims
                .into_iter()
                .map(|(id, name, weight, target, threshold, qs, related)| {
                    let mut d = toml::Table::new();
                    d.insert("id".into(), V::String(id));
                    d.insert("name".into(), V::String(name));
                    d.insert("summary".into(), V::String("s".into()));
                    if let Some(w) = weight {
                        d.insert("weight".into(), V::Float(w));
                    }
                    if let Some(t) = target {
                        d.insert("target".into(), V::Float(t));
                    }
                    if let Some(t) = threshold {
                        d.insert("threshold".into(), V::Float(t));
                    }
                    if !related.is_empty() {
                        d.insert(
                            "related".into(),
                            V::Array(related.into_iter().map(V::String).collect()),
                        );
                    }
                    let qs: Vec<V> = qs
                        .into_iter()
                        .map(|(id, text, reverse)| {
                            let mut q = toml::Table::new();
                            q.insert("id".into(), V::String(id));
                            q.insert("text".into(), V::String(text));
                            if let Some(r) = reverse {
                                q.insert("reverse".into(), V::Boolean(r));
                            }
                            V::Table(q)
                        })
                        .collect();
                    d.insert("question".into(), V::Array(qs));
                    V::Table(d)
                })
                .collect();
            doc.insert("dimension".into(), V::Array(dims));
            let actions: Vec<V> = actions
                .into_iter()
                .map(|(id, text, horizon, addresses)| {
                    let mut a = toml::Table::new();
                    a.insert("id".into(), V::String(id));
                    a.insert("text".into(), V::String(text));
                    a.insert("horizon".into(), V::Integer(horizon));
                    a.insert("done_when".into(), V::String("d".into()));
                    a.insert(
                        "addresses".into(),
                        V::Array(addresses.into_iter().map(V::String).collect()),
                    );
                    V::Table(a)
                })
                .collect();
            doc.insert("action".into(), V::Array(actions));
            toml::to_string(&doc).unwrap_or_default()
        })
}

fn csv_document() -> impl Strategy<Value = String> {
    let header = proptest::collection::vec(
        prop_oneof![
            Just("subject".to_string()),
            Just("rater".to_string()),
            Just("date".to_string()),
            Just("rubrics".to_string()),
            question_id(),
        ],
        0..12,
    );
    let cell = prop_oneof![
        4 => (0i64..7).prop_map(|v| v.to_string()),
        1 => Just(String::new()),
        1 => Just("skip".to_string()),
        1 => tricky_text(),
    ];
    (
        header,
        proptest::collection::vec(proptest::collection::vec(cell, 0..14), 0..6),
    )
        .prop_map(|(header, rows)| {
            let mut w = csv::WriterBuilder::new().flexible(true).from_writer(vec![]);
            w.write_record(&header).unwrap();
            for r in rows {
                w.write_record(&r).unwrap();
            }
            String::from_utf8(w.into_inner().unwrap()).unwrap_or_default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn answer_files_of_arbitrary_bytes(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
        fuzzing::answer_file(builtins(), &data);
    }

    #[test]
    fn answer_files_of_valid_shape(doc in answer_document()) {
        fuzzing::answer_file(builtins(), doc.as_bytes());
    }

    #[test]
    fn rubric_files_of_arbitrary_bytes(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
        fuzzing::rubric_file(&data);
    }

    #[test]
    fn rubric_files_of_valid_shape(doc in rubric_document()) {
        fuzzing::rubric_file(doc.as_bytes());
    }

    #[test]
    fn csv_answers_of_arbitrary_bytes(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
        fuzzing::csv_answers(builtins(), &data);
    }

    #[test]
    fn csv_answers_of_valid_shape(doc in csv_document()) {
        fuzzing::csv_answers(builtins(), doc.as_bytes());
    }
}

#[test]
fn valid_shaped_documents_reach_scoring() {
    // The generators are worth running only if some of what they make is accepted: a
    // generator whose every document fails to parse would test nothing past the parser.
    let set = builtins();
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut scored = 0;
    for _ in 0..200 {
        let doc = answer_document().new_tree(&mut runner).unwrap().current();
        if leadgap::answers::parse("doc.toml", &doc, set).is_ok() {
            scored += 1;
        }
    }
    assert!(
        scored >= 10,
        "only {scored} of 200 generated answer files parse"
    );

    let mut loaded = 0;
    for _ in 0..200 {
        let doc = rubric_document().new_tree(&mut runner).unwrap().current();
        let mut loader = leadgap::rubric::Loader::new();
        loader.add_text("doc.toml", &doc, true);
        if loader.finish().is_ok() {
            loaded += 1;
        }
    }
    assert!(loaded >= 5, "only {loaded} of 200 generated rubrics load");
}
