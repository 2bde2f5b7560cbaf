#!/usr/bin/env bash
# Fuzz leadgap's readers: answer files, rubric files and CSV answers.
#
#   bash fuzz/run.sh                 # every target for 10 minutes each
#   SECONDS_EACH=60 bash fuzz/run.sh answers rubric
#   RUNS_EACH=3000000 SECONDS_EACH=0 bash fuzz/run.sh answers   # a number of executions
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). libFuzzer wants nightly flags; on a stable
# toolchain RUSTC_BOOTSTRAP=1 lets them through. Each target starts from every shipped file
# of its kind (answers: examples/; rubric: rubrics/ and tests/fixtures/rubrics/) and the
# seeds in fuzz/seeds/TARGET; what it learns goes to
# fuzz/corpus/TARGET and any crash to fuzz/artifacts/TARGET, both ignored by git. A crash
# found here becomes a named regression test in tests/robustness.rs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SECONDS_EACH=${SECONDS_EACH:-600}
RUNS_EACH=${RUNS_EACH:--1}
# leadgap forbids unsafe code, so AddressSanitizer finds little that Rust's own checks do not,
# and it makes every execution several times slower; SANITIZER=address turns it back on.
SANITIZER=${SANITIZER:-none}
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(answers rubric csv_answers)

command -v cargo-fuzz > /dev/null || {
    echo "fuzz/run.sh: cargo-fuzz is not installed; run: cargo install cargo-fuzz" >&2
    exit 1
}
export RUSTC_BOOTSTRAP=1

seeds() { # the shipped files a target starts from
    case $1 in
        answers) echo examples examples/360-alex ;;
        rubric) echo rubrics tests/fixtures/rubrics ;;
        *) ;;
    esac
}

for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$t" "fuzz/seeds/$t"
    echo "==> fuzzing $t (seconds: ${SECONDS_EACH}, runs: ${RUNS_EACH})" >&2
    # shellcheck disable=SC2046
    cargo fuzz run --fuzz-dir fuzz -O -s "$SANITIZER" "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" $(seeds "$t") -- \
        -max_total_time="$SECONDS_EACH" -runs="$RUNS_EACH" -max_len=65536 -timeout=10 \
        -print_final_stats=1
done
