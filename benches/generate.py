#!/usr/bin/env python3
"""Write N answer files for leadgap's built-in rubrics, for benches/run.sh.

    python3 benches/generate.py DIR N [--seed S]

Files go in subdirectories of 1,000 each: DIR/000/00000.toml, DIR/000/00001.toml, ...,
DIR/001/01000.toml, ... Each names the rubrics, a subject ("Person 00042"), a rater (mostly
self, some peer or manager), a date, and an [answers] table with a whole number 1..5 for
each question, about 5% "skip", and now and then a whole dimension skipped or left out so
that some dimensions are insufficient. The question ids are read from rubrics/*.toml, so the
files stay valid when the rubrics change. The same seed writes the same files.
"""

import argparse
import datetime
import os
import random
import sys
import tomllib
from pathlib import Path

RUBRIC_DIR = Path(__file__).resolve().parent.parent / "rubrics"
PER_DIR = 1000


CORE = ("senior-traits", "stuck-barriers")


def load_rubrics(rubric_dir, every=False):
    """[(rubric id, [[question id, ...] per dimension]), ...]: the core pair (or, with
    `every`, every rubric) in file order."""
    rubrics = []
    for path in sorted(rubric_dir.glob("*.toml")):
        with open(path, "rb") as f:
            r = tomllib.load(f)
        if not every and r["id"] not in CORE:
            continue
        dims = [[q["id"] for q in d.get("question", [])] for d in r.get("dimension", [])]
        rubrics.append((r["id"], dims))
    return rubrics


def answer_file(rng, i, rubrics):
    # Most files are for every built-in rubric; a few for one of them only, so files with
    # no readiness (or no barrier load) occur too.
    roll = rng.random()
    if roll < 0.02 and len(rubrics) > 1:
        chosen = [rubrics[0]]
    elif roll < 0.03 and len(rubrics) > 1:
        chosen = [rubrics[-1]]
    else:
        chosen = rubrics
    roll = rng.random()
    rater = "self" if roll < 0.8 else "peer" if roll < 0.9 else "manager"
    date = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randrange(730))

    lines = [
        "rubrics = [" + ", ".join(f'"{rid}"' for rid, _ in chosen) + "]",
        f'subject = "Person {i:05d}"',
        f'rater = "{rater}"',
        f"date = {date.isoformat()}",
        "",
        "[answers]",
    ]
    for _, dims in chosen:
        for questions in dims:
            roll = rng.random()
            if roll < 0.015:
                # The whole dimension skipped explicitly.
                lines.extend(f'{q} = "skip"' for q in questions)
                continue
            if roll < 0.03:
                # The whole dimension left out: the same as skipping it.
                continue
            for q in questions:
                if rng.random() < 0.05:
                    lines.append(f'{q} = "skip"')
                else:
                    lines.append(f"{q} = {rng.randint(1, 5)}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--rubrics", type=Path, default=RUBRIC_DIR, help="where the rubric TOML files are")
    ap.add_argument("--every-rubric", action="store_true", help="answer every rubric there, not only the core pair")
    args = ap.parse_args()

    rubrics = load_rubrics(args.rubrics, args.every_rubric)
    if not rubrics:
        sys.exit(f"generate.py: no rubrics in {args.rubrics}")
    rng = random.Random(args.seed)
    for i in range(args.n):
        sub = args.dir / f"{i // PER_DIR:03d}"
        if i % PER_DIR == 0:
            os.makedirs(sub, exist_ok=True)
        with open(sub / f"{i:05d}.toml", "w", encoding="utf-8") as f:
            f.write(answer_file(rng, i, rubrics))


if __name__ == "__main__":
    main()
