#!/usr/bin/env python3
"""Plan fit: does the built-in content give people a plan aimed at their own largest gaps?

    python3 benches/plan_fit.py [--bin PATH] [--n 5000] [--seed S] [--top 5] [--python]

Simulates N respondents to the built-in pair (senior-traits, stuck-barriers). Each has a
true level per dimension, drawn from one of several populations (uniform, mostly strong,
mostly weak, a typical spread with a few weak spots); each answer is that level plus noise,
reverse keying applied, rounded and clamped to the scale, with a few answers skipped. The
answers are written as answer files in a temporary directory and scored by the binary
(`leadgap score DIR --format jsonl`); the content comes from the binary itself
(`leadgap rubric export --format json`), so what is measured is what users get.

It prints, and checks against a target:
- top-1 fit: the share of people whose largest-priority dimension (highest `priority` among
  scored dimensions with priority > 0) is the `primary` of some plan action (>= 95%);
- top-3 fit: the share where at least two of the three largest-priority dimensions are
  primaries (>= 90%; people with at least three such dimensions);
- the most frequent action and its share of plans (no action in more than 25%);
- actions that never appear in any plan (none);
- the share of plan slots taken by actions that address three or more dimensions (shown);
- that answering the middle of the scale (3) everywhere leaves every barrier inactive.
A tie for a place among the largest priorities counts as met when any tied dimension fills
it. Exits 1 when a target is missed, 2 on a usage error, 3 when the binary fails.

--python scores with the plan rule version 2 written out here (SPEC 3.6) instead of the
binary, reading rubrics/*.toml: for prototyping content before the binary has the rule.
The figures to report are the binary's. Python 3.11+, standard library only.
"""

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUBRICS = ["senior-traits", "stuck-barriers"]

TARGET_TOP1 = 0.95
TARGET_TOP3 = 0.90
TARGET_MAX_ACTION = 0.25


# --- content ----------------------------------------------------------------------------

def content_from_binary(binary):
    out = run([binary, "rubric", "export", "--format", "json"])
    return normalise(json.loads(out)["rubrics"])


def content_from_repo():
    rubrics = []
    for path in sorted((REPO / "rubrics").glob("*.toml")):
        with open(path, "rb") as f:
            rubrics.append(tomllib.load(f))
    return normalise(rubrics)


def normalise(rubrics):
    """Keep the built-in pair, with every default of SPEC section 1 filled in."""
    chosen = [r for r in rubrics if r["id"] in RUBRICS]
    if sorted(r["id"] for r in chosen) != sorted(RUBRICS):
        sys.exit(f"plan_fit: the content does not hold both of {RUBRICS}")
    for r in chosen:
        scale = r.get("scale") or {}
        r["min"], r["max"] = scale.get("min", 1), scale.get("max", 5)
        for d in r["dimension"]:
            d.setdefault("weight", 1.0)
            d.setdefault("target", 4.0)
            d.setdefault("threshold", 0.5)
            for q in d["question"]:
                q.setdefault("reverse", False)
        r.setdefault("action", [])
    return chosen


# --- respondents --------------------------------------------------------------------------

# Each population draws a "strength" in 0..1 per dimension (1 = a trait at its best, a
# barrier absent); the true level on the dimension's own scale follows from it.
def strength_uniform(rng):
    return rng.random()


def strength_strong(rng):
    return rng.betavariate(5, 2)


def strength_weak(rng):
    return rng.betavariate(2, 5)


def strength_typical(rng):
    return min(1.0, max(0.0, rng.gauss(0.55, 0.18)))


POPULATIONS = [
    # name, strength per dimension, answer noise (sd, scale points), share of respondents
    ("uniform", strength_uniform, 0.6, 0.25),
    ("mostly-strong", strength_strong, 0.6, 0.20),
    ("mostly-weak", strength_weak, 0.6, 0.20),
    ("typical", strength_typical, 0.8, 0.20),
    ("few-weak-spots", None, 0.7, 0.15),
]
SKIP = 0.03


def respondent(rng, rubrics, pop):
    name, draw, noise, _ = pop
    dims = [(r, d) for r in rubrics for d in r["dimension"]]
    if draw is None:
        # Strong overall, with two to four dimensions clearly weak.
        weak = set(rng.sample(range(len(dims)), rng.randint(2, 4)))
        strengths = [rng.uniform(0.0, 0.35) if i in weak else rng.uniform(0.6, 1.0)
                     for i in range(len(dims))]
    else:
        strengths = [draw(rng) for _ in dims]
    answers = {}
    for (r, d), s in zip(dims, strengths):
        lo, hi = r["min"], r["max"]
        level = s if r["kind"] == "traits" else 1.0 - s
        true = lo + level * (hi - lo)
        for q in d["question"]:
            if rng.random() < SKIP:
                answers[q["id"]] = "skip"
                continue
            x = true + rng.gauss(0.0, noise)
            if q["reverse"]:
                x = lo + hi - x
            answers[q["id"]] = min(hi, max(lo, int(math.floor(x + 0.5))))
    return answers


def write_answers(path, subject, answers):
    lines = [
        "rubrics = [" + ", ".join(f'"{r}"' for r in RUBRICS) + "]",
        f'subject = "{subject}"',
        'rater = "self"',
        "",
        "[answers]",
    ]
    for qid, a in answers.items():
        lines.append(f'{qid} = "skip"' if a == "skip" else f"{qid} = {a}")
    path.write_text("\n".join(lines) + "\n")


# --- scoring ------------------------------------------------------------------------------

def run(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as e:
        print(f"plan_fit: cannot run {cmd[0]}: {e}", file=sys.stderr)
        sys.exit(3)
    if p.returncode != 0:
        print(f"plan_fit: {' '.join(cmd)} exited {p.returncode}:\n{p.stderr}", file=sys.stderr)
        sys.exit(3)
    return p.stdout


def score_with_binary(binary, directory):
    results = {}
    for line in run([binary, "score", str(directory), "--format", "jsonl"]).splitlines():
        obj = json.loads(line)
        if "error" in obj:
            print(f"plan_fit: {obj['file']}: {obj['error']}", file=sys.stderr)
            sys.exit(3)
        for item in obj["plan"]:
            if "primary" not in item:
                print("plan_fit: this binary's plan items have no `primary`: it predates plan "
                      "rule version 2 (SPEC 3.6). Rebuild it, or prototype with --python.",
                      file=sys.stderr)
                sys.exit(3)
        results[Path(obj["file"]).stem] = obj
    return results


def score_in_python(rubrics, answers, top):
    """SPEC section 3 with plan rule version 2, for prototyping only."""
    dimensions, priority = [], {}
    for r in rubrics:
        lo, hi = r["min"], r["max"]
        for d in r["dimension"]:
            values = [lo + hi - answers[q["id"]] if q["reverse"] else answers[q["id"]]
                      for q in d["question"] if answers.get(q["id"], "skip") != "skip"]
            dim = {"id": d["id"], "kind": r["kind"], "status": "insufficient",
                   "priority": None, "active": None}
            if values and len(values) >= math.ceil(len(d["question"]) / 2):
                mean = sum(values) / len(values)
                level = (mean - lo) / (hi - lo)
                dim["status"] = "scored"
                if r["kind"] == "traits":
                    dim["priority"] = d["weight"] * max(0.0, (d["target"] - mean) / (hi - lo))
                else:
                    dim["active"] = level >= d["threshold"]
                    dim["priority"] = d["weight"] * level if dim["active"] else 0.0
                priority[d["id"]] = dim["priority"]
            dimensions.append(dim)
    candidates = []
    for r in rubrics:
        for a in r["action"]:
            primary, others = a["addresses"][0], a["addresses"][1:]
            score = priority.get(primary, 0.0) + 0.5 * sum(priority.get(o, 0.0) for o in others)
            if score > 0:
                candidates.append((-score, a["horizon"], a["id"], primary, a["addresses"]))
    candidates.sort(key=lambda c: c[:3])
    taken, primaries = [], set()
    for c in candidates:
        if len(taken) < top and c[3] not in primaries:
            taken.append(c)
            primaries.add(c[3])
    for c in candidates:
        if len(taken) < top and c not in taken:
            taken.append(c)
    taken.sort(key=lambda c: c[:3])
    plan = [{"id": c[2], "score": -c[0], "horizon": c[1], "primary": c[3], "addresses": c[4]}
            for c in taken]
    return {"dimensions": dimensions, "plan": plan}


# --- measures -----------------------------------------------------------------------------

def largest(dimensions, k):
    """The k largest priorities > 0 as (must, ties, slots): dimensions certainly among the
    k largest, the dimensions tied for the last place, and how many places the ties fill."""
    ranked = sorted((d["priority"], d["id"]) for d in dimensions
                    if d["status"] == "scored" and d["priority"] and d["priority"] > 0)
    ranked.reverse()
    if len(ranked) < k:
        return None
    cut = ranked[k - 1][0]
    must = {i for p, i in ranked if p > cut}
    ties = {i for p, i in ranked if p == cut}
    return must, ties, k - len(must)


def hits(must, ties, slots, primaries):
    return len(must & primaries) + min(slots, len(ties & primaries))


class Tally:
    def __init__(self):
        self.people = 0
        self.top1_n = self.top1_ok = 0
        self.top3_n = self.top3_ok = 0
        self.plans = 0
        self.actions = Counter()
        self.slots = self.broad_slots = 0

    def add(self, result, breadth):
        self.people += 1
        dims = result["dimensions"]
        primaries = {item["primary"] for item in result["plan"]}
        one = largest(dims, 1)
        if one:
            self.top1_n += 1
            self.top1_ok += hits(*one, primaries) >= 1
        three = largest(dims, 3)
        if three:
            self.top3_n += 1
            self.top3_ok += hits(*three, primaries) >= 2
        if result["plan"]:
            self.plans += 1
        for item in result["plan"]:
            self.actions[item["id"]] += 1
            self.slots += 1
            self.broad_slots += breadth[item["id"]] >= 3


def share(a, b):
    return a / b if b else float("nan")


def pct(x):
    return f"{100 * x:5.1f}%"


# --- main ---------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    target = Path(os.environ.get("CARGO_TARGET_DIR") or REPO / "target")
    ap.add_argument("--bin", default=str(target / "release" / "leadgap"),
                    help="leadgap binary (default: target/release/leadgap of this repo, "
                         "or under $CARGO_TARGET_DIR)")
    ap.add_argument("--n", type=int, default=5000, help="simulated respondents (default 5000)")
    ap.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    ap.add_argument("--top", type=int, default=5, help="plan length, as `--top N` (default 5)")
    ap.add_argument("--python", action="store_true",
                    help="score with the Python plan rule v2 instead of the binary (prototyping)")
    args = ap.parse_args()
    if args.n < 1 or args.top != 5 and not args.python:
        ap.error("--n must be at least 1; --top other than 5 needs --python")

    if not args.python and not Path(args.bin).is_file():
        print(f"plan_fit: no binary at {args.bin}: run `cargo build --release` or pass --bin",
              file=sys.stderr)
        sys.exit(3)
    rubrics = content_from_repo() if args.python else content_from_binary(args.bin)
    actions = [a for r in rubrics for a in r["action"]]
    breadth = {a["id"]: len(a["addresses"]) for a in actions}
    barrier_ids = {d["id"] for r in rubrics if r["kind"] == "barriers" for d in r["dimension"]}

    rng = random.Random(args.seed)
    weights = [p[3] for p in POPULATIONS]
    people = []  # (name, population, answers)
    for i in range(args.n):
        pop = rng.choices(POPULATIONS, weights)[0]
        people.append((f"p{i:06d}", pop[0], respondent(rng, rubrics, pop)))
    midpoint = {q["id"]: 3 for r in rubrics for d in r["dimension"] for q in d["question"]}

    if args.python:
        results = {name: score_in_python(rubrics, answers, args.top)
                   for name, _, answers in people}
        mid = score_in_python(rubrics, midpoint, args.top)
    else:
        with tempfile.TemporaryDirectory(prefix="plan_fit-") as tmp:
            tmp = Path(tmp)
            (tmp / "people").mkdir()
            for name, _, answers in people:
                write_answers(tmp / "people" / f"{name}.toml", name, answers)
            write_answers(tmp / "midpoint.toml", "midpoint", midpoint)
            results = score_with_binary(args.bin, tmp / "people")
            mid = score_with_binary(args.bin, tmp / "midpoint.toml")["midpoint"]

    total = Tally()
    by_pop = {p[0]: Tally() for p in POPULATIONS}
    for name, pop, _ in people:
        total.add(results[name], breadth)
        by_pop[pop].add(results[name], breadth)

    source = "Python plan rule v2 (prototype)" if args.python else args.bin
    versions = ", ".join(f"{r['id']} {r.get('version', '?')}" for r in rubrics)
    print(f"plan fit: {args.n} simulated respondents, seed {args.seed}, plan of {args.top}")
    print(f"scored by {source}; content {versions}: "
          f"{len(actions)} actions, {sum(b >= 3 for b in breadth.values())} addressing 3+ dimensions")
    print()
    print(f"{'population':<16}{'people':>8}{'top-1 fit':>11}{'top-3 fit':>11}  most frequent action")
    for name, t in [*by_pop.items(), ("all", total)]:
        act, cnt = t.actions.most_common(1)[0] if t.actions else ("-", 0)
        print(f"{name:<16}{t.people:>8}{pct(share(t.top1_ok, t.top1_n)):>11}"
              f"{pct(share(t.top3_ok, t.top3_n)):>11}  {act} {pct(share(cnt, t.plans)).strip()}")
    print()

    failed = []

    def check(ok, text):
        print(f"[{'ok' if ok else 'MISSED'}] {text}")
        if not ok:
            failed.append(text)

    top1 = share(total.top1_ok, total.top1_n)
    check(top1 >= TARGET_TOP1,
          f"largest-priority dimension is a plan primary: {pct(top1).strip()} of "
          f"{total.top1_n} people with a priority (target >= {TARGET_TOP1:.0%})")
    top3 = share(total.top3_ok, total.top3_n)
    check(top3 >= TARGET_TOP3,
          f"two of the three largest are plan primaries: {pct(top3).strip()} of "
          f"{total.top3_n} people with three or more (target >= {TARGET_TOP3:.0%})")
    act, cnt = total.actions.most_common(1)[0] if total.actions else ("-", 0)
    most = share(cnt, total.plans)
    check(most <= TARGET_MAX_ACTION,
          f"most frequent action: {act} in {pct(most).strip()} of {total.plans} plans "
          f"(target <= {TARGET_MAX_ACTION:.0%})")
    never = sorted(a["id"] for a in actions if total.actions[a["id"]] == 0)
    check(not never, f"actions never in a plan: {', '.join(never) if never else 'none'} "
                     f"(target: none)")
    print(f"[info] plan slots taken by actions addressing 3+ dimensions: "
          f"{pct(share(total.broad_slots, total.slots)).strip()} of {total.slots}")
    active = sorted(d["id"] for d in mid["dimensions"] if d["id"] in barrier_ids and d["active"])
    check(not active, f"answering 3 to everything leaves every barrier inactive: "
                      f"{'yes' if not active else 'active: ' + ', '.join(active)}")
    print()
    print("least frequent actions: " + ", ".join(
        f"{a['id']} {total.actions[a['id']]}"
        for a in sorted(actions, key=lambda a: (total.actions[a["id"]], a["id"]))[:5]))
    print("most frequent actions:  " + ", ".join(
        f"{a} {pct(share(c, total.plans)).strip()}" for a, c in total.actions.most_common(5)))
    if failed:
        print(f"\n{len(failed)} target(s) missed.", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
