//! Scripting at scale: order under parallelism, CSV answers, pipes, completions, man page.

mod common;

use std::path::Path;

use common::{Lcg, Sandbox, run};
use leadgap::rubric::RubricSet;
use serde_json::Value;

/// Answers for every question of the core pair (what a file without `rubrics` is for): 1..5,
/// about one in twelve skipped.
fn respondent(rng: &mut Lcg, set: &RubricSet) -> Vec<(String, Option<i64>)> {
    set.rubrics
        .iter()
        .filter(|r| leadgap::rubric::DEFAULT_RUBRICS.contains(&r.id.as_str()))
        .flat_map(|r| r.dimensions.iter())
        .flat_map(|d| d.questions.iter())
        .map(|q| {
            let v = rng.next();
            (
                q.id.clone(),
                (!v.is_multiple_of(12)).then_some(1 + (v % 5) as i64),
            )
        })
        .collect()
}

fn toml_file(subject: &str, rater: &str, answers: &[(String, Option<i64>)]) -> String {
    let mut t = format!("subject = \"{subject}\"\nrater = \"{rater}\"\n\n[answers]\n");
    for (id, a) in answers {
        match a {
            Some(v) => t.push_str(&format!("{id} = {v}\n")),
            None => t.push_str(&format!("{id} = \"skip\"\n")),
        }
    }
    t
}

/// `n` answer files in subdirectories of `dir`, with a bad one every 50.
fn generate(dir: &Path, n: usize) {
    let set = RubricSet::builtin().unwrap();
    let mut rng = Lcg(42);
    for i in 0..n {
        let sub = dir.join(format!("{:02}", i / 100));
        std::fs::create_dir_all(&sub).unwrap();
        let text = if i % 50 == 7 {
            "[answers]\nsp-1 = 11\n".to_string()
        } else {
            toml_file(
                &format!("Person {i:04}"),
                "self",
                &respondent(&mut rng, &set),
            )
        };
        std::fs::write(sub.join(format!("{i:04}.toml")), text).unwrap();
    }
}

#[test]
fn output_order_is_input_order_whatever_the_jobs() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("many");
    generate(&dir, 700);
    for format in ["jsonl", "csv", "table"] {
        let one = run(sb
            .cmd()
            .args(["score", "--jobs", "1", "--format", format])
            .arg(&dir));
        let four = run(sb
            .cmd()
            .args(["score", "--jobs", "4", "--format", format])
            .arg(&dir));
        assert_eq!(one.0, 65, "{format}");
        assert_eq!(four.0, 65, "{format}");
        assert!(
            one.1 == four.1,
            "{format}: outputs differ between --jobs 1 and --jobs 4"
        );
    }
    let (_, out, err) = run(sb.cmd().args(["score", "--format", "jsonl"]).arg(&dir));
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 700);
    // Sorted walk: 00/0000.toml first, 06/0699.toml last; errors in place.
    assert!(lines[0]["file"].as_str().unwrap().ends_with("00/0000.toml"));
    assert!(
        lines[699]["file"]
            .as_str()
            .unwrap()
            .ends_with("06/0699.toml")
    );
    assert!(
        lines[7]["error"]
            .as_str()
            .unwrap()
            .contains("11 is outside the scale")
    );
    assert_eq!(
        lines.iter().filter(|l| l.get("error").is_some()).count(),
        14
    );
    assert!(err.contains("scored 686 files, 14 failed"), "{err}");
    // One JSON document with every result.
    let (_, json, _) = run(sb.cmd().args(["score", "--format", "json"]).arg(&dir));
    let doc: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc.as_array().unwrap().len(), 700);
}

#[test]
fn csv_answers_score_exactly_as_toml_files() {
    let sb = Sandbox::new();
    let set = RubricSet::builtin().unwrap();
    let mut rng = Lcg(7);
    let ids: Vec<String> = respondent(&mut Lcg(0), &set)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let mut csv = format!("subject,rater,date,{}\n", ids.join(","));
    let dir = sb.dir.path().join("toml");
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..40 {
        let answers = respondent(&mut rng, &set);
        let rater = ["self", "peer", "manager"][i % 3];
        let cells: Vec<String> = answers
            .iter()
            .map(|(_, a)| {
                a.map_or(
                    if i % 2 == 0 {
                        String::new()
                    } else {
                        "skip".into()
                    },
                    |v| v.to_string(),
                )
            })
            .collect();
        csv.push_str(&format!(
            "\"Doe, {i}\",{rater},2026-11-{:02},{}\n",
            1 + i % 28,
            cells.join(",")
        ));
        let mut text = toml_file(&format!("Doe, {i}"), rater, &answers);
        text = text.replacen(
            "\n\n",
            &format!("\ndate = 2026-11-{:02}\n\n", 1 + i % 28),
            1,
        );
        std::fs::write(dir.join(format!("{i:03}.toml")), text).unwrap();
    }
    let csv_path = sb.file("answers.csv", &csv);
    let (code, from_csv, err) = run(sb
        .cmd()
        .args(["score", "--answers-format", "csv", "--format", "jsonl"])
        .arg(&csv_path));
    assert_eq!(code, 0, "{err}");
    let (code, from_toml, err) = run(sb.cmd().args(["score", "--format", "jsonl"]).arg(&dir));
    assert_eq!(code, 0, "{err}");
    let strip = |out: &str| -> Vec<Value> {
        out.lines()
            .map(|l| {
                let mut v: Value = serde_json::from_str(l).unwrap();
                v.as_object_mut().unwrap().remove("file");
                v
            })
            .collect()
    };
    let (a, b) = (strip(&from_csv), strip(&from_toml));
    assert_eq!(a.len(), 40);
    assert_eq!(a, b);
    let first: Value = serde_json::from_str(from_csv.lines().next().unwrap()).unwrap();
    assert_eq!(first["file"], format!("{}:2", csv_path.display()));
}

#[test]
fn bad_csv_rows_are_named_by_line() {
    let sb = Sandbox::new();
    let csv =
        "subject,rater,sp-1,sp-2\nA,self,4,5\nB,boss,4,5\nC,self,4.5,2\nD,self,4\nE,self,3,3\n";
    let path = sb.file("answers.csv", csv);
    let (code, out, err) = run(sb
        .cmd()
        .args(["score", "--answers-format", "csv", "--format", "jsonl"])
        .arg(&path));
    assert_eq!(code, 65);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["subject"], "A");
    assert_eq!(lines[4]["subject"], "E");
    let p = path.display();
    assert!(err.contains(&format!("{p}:3:2: rater `boss`")), "{err}");
    assert!(
        err.contains(&format!(
            "{p}:4:3: question `sp-1`: 4.5 is not a whole number"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{p}:5:")) && err.contains("row has 3 fields, the header has 4"),
        "{err}"
    );

    let unknown = sb.file("unknown.csv", "subject,zz-1\nA,3\n");
    let (code, _, err) = run(sb
        .cmd()
        .args(["score", "--answers-format", "csv"])
        .arg(&unknown));
    assert_eq!(code, 65);
    assert!(
        err.contains(":1:2: column `zz-1` is neither a question id"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("many");
    generate(&dir, 300);
    let bin = assert_cmd::cargo::cargo_bin("leadgap");
    for format in ["jsonl", "csv", "table"] {
        let script = format!(
            "set -o pipefail; '{}' score '{}' --format {format} 2>'{}' | head -1 >/dev/null",
            bin.display(),
            dir.display(),
            sb.dir.path().join("err.txt").display()
        );
        let status = std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .env("LEADGAP_HOME", sb.home())
            .status()
            .unwrap();
        let err = std::fs::read_to_string(sb.dir.path().join("err.txt")).unwrap();
        assert!(
            !err.to_lowercase().contains("broken pipe"),
            "{format}: {err}"
        );
        assert!(!err.contains("panicked"), "{format}: {err}");
        // The only lines on stderr are the bad files' messages.
        assert!(
            err.lines().all(|l| l.contains("outside the scale")),
            "{format}: {err}"
        );
        assert!(
            status.code() == Some(0) || status.code() == Some(65),
            "{format}: {status}"
        );
    }
}

#[test]
fn quiet_prints_only_errors() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("some");
    generate(&dir, 60);
    let (_, _, err) = run(sb
        .cmd()
        .args(["score", "-q", "--format", "jsonl"])
        .arg(&dir));
    assert!(!err.contains("scored"), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.lines().all(|l| l.contains("outside the scale")),
        "{err}"
    );
}

/// Every subcommand, from the command-line definition itself, so a new one cannot be
/// forgotten here.
fn subcommands() -> Vec<String> {
    let cli = <leadgap::cli::Cli as clap::CommandFactory>::command();
    let names: Vec<String> = cli
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(names.len() >= 13, "{names:?}");
    names
}

#[test]
fn completions_and_man_page_cover_every_subcommand() {
    let sb = Sandbox::new();
    let subcommands = subcommands();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (code, out, err) = run(sb.cmd().args(["completions", shell]));
        assert_eq!(code, 0, "{shell}: {err}");
        for sub in &subcommands {
            assert!(
                out.contains(sub.as_str()),
                "{shell} completions lack `{sub}`"
            );
        }
        assert!(out.contains("answers-format"), "{shell}");
    }
    let (code, man, _) = run(sb.cmd().arg("man"));
    assert_eq!(code, 0);
    assert!(
        man.starts_with(".ie") || man.contains(".TH leadgap"),
        "{}",
        &man[..80]
    );
    for sub in &subcommands {
        assert!(
            man.contains(&format!("leadgap\\-{sub}")),
            "man page lacks `{sub}`"
        );
    }
}

#[test]
fn a_failed_file_is_reported_in_its_place_when_both_streams_go_to_one_file() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("many");
    // Bad files at 7, 57 and 107: each among results that are written many at a time.
    generate(&dir, 120);
    let both = sb.dir.path().join("both.txt");
    let file = std::fs::File::create(&both).unwrap();
    let status = common::pty::command(&sb)
        .args(["score", "--format", "jsonl"])
        .arg(&dir)
        .stdout(file.try_clone().unwrap())
        .stderr(file)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(65));
    let text = std::fs::read_to_string(&both).unwrap();
    for bad in [7, 57, 107] {
        let at = |i: usize| {
            let name = format!("{:02}/{i:04}.toml", i / 100);
            text.find(&name)
                .unwrap_or_else(|| panic!("{name} in\n{text}"))
        };
        let message = text
            .find(&format!("{bad:04}.toml:2:8:"))
            .unwrap_or_else(|| panic!("the message for {bad} in\n{text}"));
        assert!(
            at(bad - 1) < message,
            "{bad}: message before the file ahead of it"
        );
        assert!(
            message < at(bad + 1),
            "{bad}: message after the file behind it"
        );
    }
}

/// Runs `leadgap score ARGS` with stdout and stderr both into one file, and gives the file.
fn both_streams(sb: &Sandbox, args: &[&str]) -> String {
    let both = sb.dir.path().join("both.txt");
    let file = std::fs::File::create(&both).unwrap();
    common::pty::command(sb)
        .arg("score")
        .args(args)
        .stdout(file.try_clone().unwrap())
        .stderr(file)
        .status()
        .unwrap();
    std::fs::read_to_string(&both).unwrap()
}

#[test]
fn messages_on_stderr_come_after_the_short_results_before_them() {
    let sb = Sandbox::new();
    let good = std::fs::read_to_string(common::repo("examples/ready-for-director.toml")).unwrap();
    let a = sb.file("a.toml", &good);
    let b = sb.file("b.toml", "[answers]\nsp-1 = 11\n");
    let c = sb.file("c.toml", &good);
    let (a, b, c) = (
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        c.to_str().unwrap(),
    );
    for format in ["jsonl", "csv"] {
        let text = both_streams(&sb, &["--format", format, a, b, c]);
        let message = text.find("b.toml:2:8:").unwrap_or_else(|| panic!("{text}"));
        assert!(text.find("a.toml").unwrap() < message, "{format}:\n{text}");
        assert!(message < text.find("c.toml").unwrap(), "{format}:\n{text}");
    }
    // Saving: each file's "saved as" line comes after the results of the files before it.
    let text = both_streams(&sb, &["--save", "--format", "csv", a, c]);
    let saved_c = text
        .find("c.toml: saved as")
        .unwrap_or_else(|| panic!("{text}"));
    let result_a = text
        .rfind(&format!("{a},"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(result_a < saved_c, "{text}");
}
