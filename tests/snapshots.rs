//! What a person sees, pinned: tables at 80 columns without colour, Markdown, and --help.

mod common;

use common::{Sandbox, repo, run};

fn stdout(args: &[&str]) -> String {
    let sb = Sandbox::new();
    let (code, out, err) = run(sb.cmd().args(args));
    assert!(code == 0 || code == 65, "{err}");
    out
}

#[test]
fn table_strong_executor() {
    insta::assert_snapshot!(stdout(&["score", "examples/strong-executor.toml"]));
}

#[test]
fn table_partial_answers_show_insufficient() {
    let out = stdout(&["score", "examples/new-manager-partial.toml"]);
    assert!(out.contains("too few: 0 of"), "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn table_ready_for_director() {
    insta::assert_snapshot!(stdout(&[
        "score",
        "examples/ready-for-director.toml",
        "--top",
        "3"
    ]));
}

#[test]
fn markdown_strong_executor() {
    insta::assert_snapshot!(stdout(&[
        "score",
        "examples/strong-executor.toml",
        "--format",
        "markdown"
    ]));
}

#[test]
fn rubric_list() {
    insta::assert_snapshot!(stdout(&["rubric", "list"]));
}

#[test]
fn help() {
    insta::assert_snapshot!(stdout(&["--help"]));
    insta::assert_snapshot!("score_help", stdout(&["score", "--help"]));
}

#[test]
fn tables_fit_80_columns() {
    for example in std::fs::read_dir(repo("examples")).unwrap() {
        let path = example.unwrap().path();
        let name = format!("examples/{}", path.file_name().unwrap().to_string_lossy());
        let out = stdout(&["score", &name]);
        for line in out.lines() {
            assert!(line.chars().count() <= 80, "{}: {line}", path.display());
        }
    }
}
