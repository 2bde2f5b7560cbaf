#!/usr/bin/env python3
"""Check that two JSON Lines score outputs agree (leadgap's and benches/python_scorer.py's).

    python3 benches/compare.py A.jsonl B.jsonl

Same files in the same order; for each file, readiness and barrier_load, and for every
dimension (in the same order) mean, level, gap, severity, priority, active, status, answered
and questions equal within 1e-9 (null only where the other is null); the plan's ids in the
same order, with scores within 1e-9 and the same horizons. A file that failed in one output
must fail in the other (the messages are not compared). Exits 0 when they agree, 1 with a
message naming the file and field at the first differences otherwise.
"""

import json
import os
import sys

TOL = 1e-9
DIMENSION_FIELDS = ["status", "answered", "questions", "mean", "level", "gap", "severity", "priority", "active"]
MAX_REPORTED = 10


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def same(a, b):
    """Numbers within TOL; booleans, strings and null exactly."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b or a == b and type(a) is type(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= TOL
    return a == b


def compare(a_rows, b_rows, a_name, b_name):
    problems = []

    def problem(msg):
        problems.append(msg)
        return len(problems) >= MAX_REPORTED

    if len(a_rows) != len(b_rows):
        problem(f"{a_name} has {len(a_rows)} results, {b_name} has {len(b_rows)}")
    for i, (a, b) in enumerate(zip(a_rows, b_rows)):
        fa, fb = os.path.normpath(a.get("file", "")), os.path.normpath(b.get("file", ""))
        where = f"result {i + 1} ({fa})"
        if fa != fb:
            if problem(f"{where}: file differs: {a_name} has {fa!r}, {b_name} has {fb!r}"):
                break
            continue
        if ("error" in a) != ("error" in b):
            failed, passed = (a_name, b_name) if "error" in a else (b_name, a_name)
            err = a.get("error") or b.get("error")
            if problem(f"{where}: failed in {failed} ({err}) but not in {passed}"):
                break
            continue
        if "error" in a:
            continue
        for field in ["subject", "rater", "readiness", "barrier_load"]:
            if not same(a.get(field), b.get(field)):
                if problem(f"{where}: {field}: {a_name} {a.get(field)!r} != {b_name} {b.get(field)!r}"):
                    return problems
        da, db = a.get("dimensions", []), b.get("dimensions", [])
        ids_a, ids_b = [d["id"] for d in da], [d["id"] for d in db]
        if ids_a != ids_b:
            if problem(f"{where}: dimensions differ: {a_name} {ids_a} != {b_name} {ids_b}"):
                break
        else:
            for x, y in zip(da, db):
                for field in DIMENSION_FIELDS:
                    if not same(x.get(field), y.get(field)):
                        if problem(
                            f"{where}: dimension {x['id']}: {field}: "
                            f"{a_name} {x.get(field)!r} != {b_name} {y.get(field)!r}"
                        ):
                            return problems
        pa, pb = a.get("plan", []), b.get("plan", [])
        plan_a, plan_b = [p["id"] for p in pa], [p["id"] for p in pb]
        if plan_a != plan_b:
            if problem(f"{where}: plan differs: {a_name} {plan_a} != {b_name} {plan_b}"):
                break
            continue
        for x, y in zip(pa, pb):
            for field in ["score", "horizon"]:
                if not same(x.get(field), y.get(field)):
                    if problem(
                        f"{where}: plan {x['id']}: {field}: "
                        f"{a_name} {x.get(field)!r} != {b_name} {y.get(field)!r}"
                    ):
                        return problems
    return problems


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: python3 benches/compare.py A.jsonl B.jsonl")
    a_name, b_name = sys.argv[1], sys.argv[2]
    a_rows, b_rows = load(a_name), load(b_name)
    problems = compare(a_rows, b_rows, a_name, b_name)
    if problems:
        print(f"compare: {a_name} and {b_name} DIFFER:", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        if len(problems) >= MAX_REPORTED:
            print(f"  (stopped after {MAX_REPORTED} differences)", file=sys.stderr)
        sys.exit(1)
    failed = sum("error" in r for r in a_rows)
    print(f"compare: {len(a_rows)} results agree ({failed} failed in both), within {TOL:g}")


if __name__ == "__main__":
    main()
