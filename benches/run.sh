#!/usr/bin/env bash
# leadgap's performance benchmark: the README section "Performance" is made from its output.
#
#   bash benches/run.sh                      # 2,000 and 20,000 answer files
#   N=50000 RUNS=10 bash benches/run.sh      # other sizes / more runs
#   bash benches/run.sh > perf.md            # progress goes to stderr, the table to stdout
#
# It builds the release binary and the parse-only floor (benches/parse_floor.rs), writes
# N_SMALL and N answer files for the built-in rubrics (benches/generate.py) into a temporary
# directory, and measures, at both sizes:
#   (a) leadgap score DIR --format jsonl > /dev/null
#   (b) the parse-only floor: the same files read and parsed on all cores, no scoring or output
#   (c) cat of the same files (their names listed beforehand): what reading them costs
#   (d) python3 benches/python_scorer.py DIR: a straightforward tomllib scorer, one process
# and checks that (d) gives the same numbers as leadgap (benches/compare.py). It also records
# leadgap's peak memory (/usr/bin/time -v) at both sizes, and the time to score one file,
# process start to exit, beside /bin/true, over STARTUP_RUNS runs. Times are medians.
#
# Timing uses hyperfine when it is installed (NO_HYPERFINE=1 to do without), else a loop:
# wall time of each run, best and mean reported. Throughput (files/s) is from the best run.
#
# Settings (environment): N (20000), N_SMALL (2000), RUNS (5) runs of leadgap and the floor
# after one warm-up, PY_RUNS (2) runs of the Python scorer, STARTUP_RUNS (200), SEED (42).
set -euo pipefail
export LC_ALL=C

N=${N:-20000}
N_SMALL=${N_SMALL:-2000}
RUNS=${RUNS:-10}
PY_RUNS=${PY_RUNS:-2}
STARTUP_RUNS=${STARTUP_RUNS:-200}
SEED=${SEED:-42}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

say() { printf '==> %s\n' "$*" >&2; }

# ---------------------------------------------------------------------------------------------
# Build. The executables' paths come from cargo itself, so CARGO_TARGET_DIR is respected.

artifact() { # artifact NAME: the executable of target NAME in cargo's JSON messages on stdin
    python3 -c '
import json, sys
name = sys.argv[1]
for line in sys.stdin:
    try:
        m = json.loads(line)
    except ValueError:
        continue
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == name and m.get("executable"):
        print(m["executable"])
' "$1" | tail -n 1
}

say "cargo build --release"
LEADGAP=$(cargo build --release --message-format=json-render-diagnostics | artifact leadgap)
say "cargo bench --bench parse_floor --no-run"
FLOOR=$(cargo bench --bench parse_floor --no-run --message-format=json-render-diagnostics | artifact parse_floor)
if [[ ! -x $LEADGAP || ! -x $FLOOR ]]; then
    echo "run.sh: could not find the built binaries (leadgap: '$LEADGAP', parse_floor: '$FLOOR')" >&2
    exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/leadgap-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export LEADGAP_HOME="$WORK/home"
mkdir -p "$LEADGAP_HOME"

HYPERFINE=""
if [[ -z ${NO_HYPERFINE:-} ]] && command -v hyperfine > /dev/null; then
    HYPERFINE=$(command -v hyperfine)
fi
TIME_V=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true > /dev/null 2>&1; then
    TIME_V=/usr/bin/time
fi

# ---------------------------------------------------------------------------------------------
# Timing helpers. Each result is kept as "best mean" seconds in RESULT[key].

declare -A RESULT

now() { if [[ -n ${EPOCHREALTIME:-} ]]; then echo "$EPOCHREALTIME"; else date +%s.%N; fi; }

# measure KEY RUNS WARMUP CMD: wall time of the shell command CMD.
measure() {
    local key=$1 runs=$2 warmup=$3 cmd=$4
    say "$key: $cmd (best of $runs)"
    if [[ -n $HYPERFINE ]]; then
        "$HYPERFINE" --style basic --warmup "$warmup" --runs "$runs" \
            --export-json "$WORK/$key.json" "$cmd" >&2
        RESULT[$key]=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(r["median"], r["mean"])' "$WORK/$key.json")
    else
        local i t0 t1 times=()
        for ((i = 0; i < warmup + runs; i++)); do
            t0=$(now)
            if ! bash -c "$cmd" 2> "$WORK/stderr"; then
                cat "$WORK/stderr" >&2
                echo "run.sh: failed: $cmd" >&2
                exit 1
            fi
            t1=$(now)
            ((i >= warmup)) || continue
            times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')")
        done
        RESULT[$key]=$(printf '%s\n' "${times[@]}" | sort -n |
            awk '{ t[NR] = $1; sum += $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.6f %.6f", m, sum / NR }')
        say "  median ${RESULT[$key]% *} s, mean ${RESULT[$key]#* } s"
    fi
}

# peak_rss KEY OUT CMD...: leadgap's maximum resident set size in KiB, output kept in OUT.
peak_rss() {
    local key=$1 out=$2
    shift 2
    if [[ -z $TIME_V ]]; then
        say "$key: no /usr/bin/time -v here; peak memory not measured"
        RESULT[$key]=""
        "$@" > "$out"
        return
    fi
    say "$key: /usr/bin/time -v $*"
    "$TIME_V" -v "$@" > "$out" 2> "$WORK/$key.time"
    RESULT[$key]=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$WORK/$key.time")
}

q() { printf '%q' "$1"; }

# ---------------------------------------------------------------------------------------------
# The runs.

for size in "$N_SMALL" "$N"; do
    dir="$WORK/answers-$size"
    say "generating $size answer files in $dir"
    python3 benches/generate.py "$dir" "$size" --seed "$SEED"
    sync

    find "$dir" -name '*.toml' -print0 | sort -z > "$WORK/files-$size"
    measure "floor_$size" "$RUNS" 1 "$(q "$FLOOR") $(q "$dir") > /dev/null"
    measure "cat_$size" "$RUNS" 1 "xargs -0 cat < $(q "$WORK/files-$size") > /dev/null"
    measure "leadgap_$size" "$RUNS" 1 "$(q "$LEADGAP") score $(q "$dir") --format jsonl > /dev/null"
    measure "python_$size" "$PY_RUNS" 0 \
        "python3 benches/python_scorer.py $(q "$dir") > $(q "$WORK/python-$size.jsonl")"

    peak_rss "rss_$size" "$WORK/leadgap-$size.jsonl" "$LEADGAP" score "$dir" --format jsonl
    say "checking the Python scorer against leadgap ($size files)"
    if ! RESULT[compare_$size]=$(python3 benches/compare.py "$WORK/leadgap-$size.jsonl" "$WORK/python-$size.jsonl"); then
        echo "run.sh: the Python scorer and leadgap give different results for $size files (above)" >&2
        exit 1
    fi
    say "${RESULT[compare_$size]}"
done

# Start-up: one file, process start to exit, output and all; and /bin/true, the floor of any
# process.
one="$WORK/answers-$N_SMALL/000/00000.toml"
[[ -f $one ]] || { echo "run.sh: $one was not generated" >&2; exit 1; }
startup() { # startup KEY CMD
    local key=$1 cmd=$2
    say "start-up: $cmd, $STARTUP_RUNS runs"
    if [[ -n $HYPERFINE ]]; then
        "$HYPERFINE" --style basic -N --warmup 20 --runs "$STARTUP_RUNS" \
            --export-json "$WORK/$key.json" "$cmd" >&2
        RESULT[$key]=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(r["median"], r["mean"])' "$WORK/$key.json")
    else
        for ((i = 0; i < 20; i++)); do $cmd > /dev/null; done
        t0=$(now)
        for ((i = 0; i < STARTUP_RUNS; i++)); do $cmd > /dev/null; done
        t1=$(now)
        # A loop gives no median: the mean stands for both.
        RESULT[$key]=$(awk -v a="$t0" -v b="$t1" -v n="$STARTUP_RUNS" \
            'BEGIN { m = (b - a) / n; printf "%.6f %.6f", m, m }')
    fi
}
startup startup "$(q "$LEADGAP") score $(q "$one") --format jsonl"
startup true /bin/true

# ---------------------------------------------------------------------------------------------
# The report: a Markdown table to paste into README.md.

CPU=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2> /dev/null || true)
[[ -n $CPU ]] || CPU=$(uname -m)
if [[ -n $HYPERFINE ]]; then
    TIMER="$("$HYPERFINE" --version)"
else
    TIMER="a shell timing loop"
fi

export N N_SMALL RUNS PY_RUNS STARTUP_RUNS TIMER CPU
export NPROC=$(nproc 2> /dev/null || getconf _NPROCESSORS_ONLN)
export RUSTC=$(rustc --version)
export PYTHON=$(python3 --version 2>&1)
export OS="$(uname -sr)"
export LEADGAP_VERSION=$("$LEADGAP" --version 2> /dev/null || echo leadgap)
for key in "${!RESULT[@]}"; do export "R_$key=${RESULT[$key]}"; done

python3 - << 'EOF'
import os

E = os.environ
n, n_small = int(E["N"]), int(E["N_SMALL"])
sizes = [n_small, n]


def times(key):
    best, mean = E[f"R_{key}"].split()
    return float(best), float(mean)


def rate(key, size):
    return size / times(key)[0]


def rss(size):
    v = E.get(f"R_rss_{size}", "")
    return int(v) if v else None


def mib(kib):
    return f"{kib / 1024:.1f} MiB" if kib else "n/a"


def num(x):
    return f"{x:,.0f}"


def cell(key, size):
    best, mean = times(key)
    return f"{num(size / best)} files/s ({best:.3f} s)"


print("## Performance")
print()
print(
    f"Machine: {E['NPROC']} cores, {E['CPU']}, {E['OS']}; {E['RUSTC']}; {E['PYTHON']}; "
    f"{E['LEADGAP_VERSION']}. Timing: {E['TIMER']}, median of {E['RUNS']} runs after a warm-up "
    f"(Python scorer: of {E['PY_RUNS']}); files in the page cache. "
    f"Made by `bash benches/run.sh`."
)
print()
print(f"| | {num(n_small)} files | {num(n)} files |")
print("| --- | ---: | ---: |")
print("| (a) `leadgap score DIR --format jsonl` | " + " | ".join(cell(f"leadgap_{s}", s) for s in sizes) + " |")
print("| (b) parse-only floor (read + parse, all cores) | " + " | ".join(cell(f"floor_{s}", s) for s in sizes) + " |")
print("| (c) `cat` of the same files | " + " | ".join(cell(f"cat_{s}", s) for s in sizes) + " |")
print("| (d) Python scorer (`tomllib`, one process) | " + " | ".join(cell(f"python_{s}", s) for s in sizes) + " |")
print("| leadgap / Python throughput | " + " | ".join(f"{rate(f'leadgap_{s}', s) / rate(f'python_{s}', s):.1f}×" for s in sizes) + " |")
print("| leadgap time / `cat` time | " + " | ".join(f"{times(f'leadgap_{s}')[0] / times(f'cat_{s}')[0]:.2f}×" for s in sizes) + " |")
print("| leadgap time / parse-floor time | " + " | ".join(f"{times(f'leadgap_{s}')[0] / times(f'floor_{s}')[0]:.2f}×" for s in sizes) + " |")
print("| leadgap peak RSS (`/usr/bin/time -v`) | " + " | ".join(mib(rss(s)) for s in sizes) + " |")
print("| Python and leadgap agree (`benches/compare.py`) | " + " | ".join(
    "yes" if E.get(f"R_compare_{s}", "").startswith("compare:") else "NO" for s in sizes) + " |")
print()

one, _ = times("startup")
true, _ = times("true")
speedup = rate(f"leadgap_{n}", n) / rate(f"python_{n}", n)
throughput = rate(f"leadgap_{n}", n)
vs_cat = times(f"leadgap_{n}")[0] / times(f"cat_{n}")[0]
r_small, r_big = rss(n_small), rss(n)


def met(ok):
    return "n/a" if ok is None else ("yes" if ok else "**no**")


print(f"| target ({num(n)} files, {E['NPROC']} cores, medians) | measured | met |")
print("| --- | ---: | :---: |")
print(f"| faster than `cat` of the same files | {vs_cat:.2f}× cat's time | {met(vs_cat < 1)} |")
print(f"| at least 40× the Python scorer | {speedup:.1f}× | {met(speedup >= 40)} |")
print(f"| at least 70,000 files/s | {num(throughput)} files/s | {met(throughput >= 70_000)} |")
print(
    f"| peak RSS <= 8 MB at {num(n)}, and <= that at {num(n_small)} + 1 MB | "
    + (f"{mib(r_big)} ({mib(r_small)} at {num(n_small)})" if r_small and r_big else "n/a")
    + " | "
    + met(None if not (r_small and r_big) else (r_big * 1024 <= 8_000_000 and r_big <= r_small + 1024))
    + " |"
)
print(
    f"| one file, process start to exit, within 1 ms of `/bin/true` | {one * 1000:.2f} ms vs "
    f"{true * 1000:.2f} ms ({(one - true) * 1000:.2f} ms more) | {met(one - true <= 0.001)} |"
)
EOF
