//! The parse-only floor of `benches/run.sh`: how fast answer files can be read and parsed
//! into [`leadgap::answers::AnswerSheet`] with no scoring and no output.
//!
//! `cargo bench --bench parse_floor -- DIR` (or the built binary in `target/release/deps`
//! run directly with `DIR`). Walks DIR recursively for `*.toml` in sorted order, then reads
//! and parses every file on all cores: `available_parallelism` workers pull the next index
//! from a shared atomic counter, as `leadgap score` does. Prints
//! `parsed N files (E errors) in S s` on stdout.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use leadgap::rubric::RubricSet;

/// Every `*.toml` under `dir`, in the same sorted, depth-first order as `leadgap score DIR`.
/// Symlinked directories are not followed.
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|x| x == "toml") {
            files.push(path);
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    // `cargo bench` adds `--bench`; any other `--flag` is ignored too.
    let dirs: Vec<PathBuf> = std::env::args_os()
        .skip(1)
        .filter(|a| !a.to_string_lossy().starts_with("--"))
        .map(PathBuf::from)
        .collect();
    let dir = match dirs.as_slice() {
        [dir] => dir,
        // A plain `cargo bench` runs every bench target with no arguments: nothing to do.
        [] => {
            eprintln!(
                "parse_floor: no DIR given; run `bash benches/run.sh` or `cargo bench --bench parse_floor -- DIR`"
            );
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("usage: cargo bench --bench parse_floor -- DIR");
            return ExitCode::from(2);
        }
    };

    let started = Instant::now();
    let set = RubricSet::builtin().expect("the built-in rubrics load");
    let mut files = Vec::new();
    if let Err(e) = walk(dir, &mut files) {
        eprintln!("parse_floor: cannot read {}: {e}", dir.display());
        return ExitCode::from(66);
    }

    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let (ok, errors) = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let (mut ok, mut errors) = (0usize, 0usize);
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = files.get(i) else { break };
                        let name = path.display().to_string();
                        let parsed =
                            std::fs::read_to_string(path)
                                .map_err(|_| ())
                                .and_then(|text| {
                                    leadgap::answers::parse(&name, &text, &set).map_err(|_| ())
                                });
                        match parsed {
                            // Keep the sheet alive until here so the parse is not optimised away.
                            Ok(sheet) => {
                                std::hint::black_box(&sheet);
                                ok += 1;
                            }
                            Err(()) => errors += 1,
                        }
                    }
                    (ok, errors)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a parse worker panicked"))
            .fold((0, 0), |(a, b), (c, d)| (a + c, b + d))
    });
    let secs = started.elapsed().as_secs_f64();
    println!(
        "parsed {} files ({errors} errors) in {secs:.3} s",
        ok + errors
    );
    ExitCode::SUCCESS
}
