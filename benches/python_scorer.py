#!/usr/bin/env python3
"""A straightforward leadgap scorer, written the way a user would: the reference point that
benches/run.sh measures `leadgap score` against.

    python3 benches/python_scorer.py DIR > out.jsonl

Reads the built-in rubrics from rubrics/*.toml and every *.toml answer file under DIR (sorted,
recursively) with tomllib, scores them as SPEC section 3 says, and prints one JSON object per
file with the fields of `leadgap score --format jsonl`. One process, no tricks.
"""

import json
import math
import os
import sys
import tomllib
from pathlib import Path

RUBRIC_DIR = Path(__file__).resolve().parent.parent / "rubrics"
DEFAULT_RUBRICS = ["senior-traits", "stuck-barriers"]
RATERS = {"self", "manager", "peer", "report", "coach"}
TOP = 5


def load_rubrics():
    rubrics = {}
    for path in sorted(RUBRIC_DIR.glob("*.toml")):
        with open(path, "rb") as f:
            r = tomllib.load(f)
        scale = r.get("scale", {})
        r["min"] = scale.get("min", 1)
        r["max"] = scale.get("max", 5)
        for d in r.get("dimension", []):
            d.setdefault("weight", 1.0)
            d.setdefault("target", 4.0)
            d.setdefault("threshold", 0.5)
            d.setdefault("question", [])
        rubrics[r["id"]] = r
    return rubrics


def walk(top):
    """Every *.toml under `top`, sorted by name at each level, depth first."""
    entries = sorted(os.scandir(top), key=lambda e: e.name)
    for e in entries:
        if e.is_dir(follow_symlinks=False):
            yield from walk(e.path)
        elif e.name.endswith(".toml"):
            yield e.path


def score_file(path, rubrics, question_rubric, actions):
    with open(path, "rb") as f:
        doc = tomllib.load(f)
    wanted = doc.get("rubrics", DEFAULT_RUBRICS)
    for rid in wanted:
        if rid not in rubrics:
            raise ValueError(f"rubric {rid} is not loaded")
    rater = doc.get("rater", "self")
    if rater not in RATERS:
        raise ValueError(f"rater {rater} is not valid")
    if "answers" not in doc:
        raise ValueError("missing [answers] table")
    answers = doc["answers"]
    for qid, a in answers.items():
        rid = question_rubric.get(qid)
        if rid not in wanted:
            raise ValueError(f"question {qid} is not in the rubrics this file is for")
        r = rubrics[rid]
        if a == "skip":
            continue
        if type(a) is not int or not r["min"] <= a <= r["max"]:
            raise ValueError(f"question {qid}: {a!r} is not on the scale")

    dimensions = []
    priorities = {}
    ready_sum = ready_weights = 0.0
    load_sum = load_weights = 0.0
    for rid in wanted:
        r = rubrics[rid]
        lo, hi = r["min"], r["max"]
        span = hi - lo
        for d in r.get("dimension", []):
            values = []
            for q in d["question"]:
                a = answers.get(q["id"])
                if a is None or a == "skip":
                    continue
                values.append(lo + hi - a if q.get("reverse", False) else a)
            n = len(d["question"])
            dim = {
                "id": d["id"], "rubric": rid, "kind": r["kind"], "status": "insufficient",
                "answered": len(values), "questions": n,
                "mean": None, "level": None, "gap": None, "severity": None,
                "active": None, "priority": None,
            }
            if values and len(values) >= math.ceil(n / 2):
                mean = sum(values) / len(values)
                level = (mean - lo) / span
                dim["status"] = "scored"
                dim["mean"] = mean
                dim["level"] = level
                w = d["weight"]
                if r["kind"] == "traits":
                    gap = max(0.0, (d["target"] - mean) / span)
                    dim["gap"] = gap
                    dim["priority"] = w * gap
                    ready_sum += w * min(1.0, (mean - lo) / (d["target"] - lo))
                    ready_weights += w
                else:
                    active = level >= d["threshold"]
                    dim["severity"] = level
                    dim["active"] = active
                    dim["priority"] = w * level if active else 0.0
                    load_sum += w * level
                    load_weights += w
                priorities[d["id"]] = dim["priority"]
            dimensions.append(dim)

    # Plan rule version 2 (SPEC 3.6): the primary dimension (first of `addresses`) in full,
    # the others at half; only actions whose primary belongs to a rubric these answers cover.
    covered = {d["id"] for d in dimensions}
    candidates = []
    for a in actions:
        ids = a.get("addresses", [])
        if not ids or ids[0] not in covered:
            continue
        p = [priorities.get(did) or 0.0 for did in ids]
        score = p[0] + 0.5 * sum(p[1:])
        if score > 0:
            addresses = [did for did, x in zip(ids, p) if x > 0]
            candidates.append({"id": a["id"], "score": score, "horizon": a["horizon"],
                               "primary": ids[0], "addresses": addresses})
    candidates.sort(key=lambda c: (-c["score"], c["horizon"], c["id"]))
    taken, primaries = set(), set()
    for i, c in enumerate(candidates):
        if len(taken) == TOP:
            break
        if c["primary"] not in primaries:
            primaries.add(c["primary"])
            taken.add(i)
    for i in range(len(candidates)):
        if len(taken) == TOP:
            break
        taken.add(i)
    plan = [c for i, c in enumerate(candidates) if i in taken]

    return {
        "file": path,
        "subject": doc.get("subject"),
        "rater": rater,
        "readiness": 100 * ready_sum / ready_weights if ready_weights > 0 else None,
        "barrier_load": 100 * load_sum / load_weights if load_weights > 0 else None,
        "dimensions": dimensions,
        "plan": plan,
    }


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 benches/python_scorer.py DIR")
    rubrics = load_rubrics()
    question_rubric = {
        q["id"]: r["id"] for r in rubrics.values() for d in r.get("dimension", []) for q in d["question"]
    }
    actions = [a for r in rubrics.values() for a in r.get("action", [])]
    out = sys.stdout
    failed = 0
    for path in walk(sys.argv[1]):
        try:
            result = score_file(path, rubrics, question_rubric, actions)
        except (OSError, ValueError, tomllib.TOMLDecodeError) as e:
            failed += 1
            result = {"file": path, "error": str(e)}
        out.write(json.dumps(result) + "\n")
    sys.exit(65 if failed else 0)


if __name__ == "__main__":
    main()
