"""The long, seeded fuzz run: ``python scripts/fuzz.py --count 100000 --seed 1`` (``make fuzz``).

Feeds dipstate.parse the generated inputs of tests/fuzzing.py (any code points, statement words,
shuffled and mutated statements) and counts every broken property: exceptions, spans that do not
hold, non-deterministic parses, JSON round trips that change a statement, schema failures. Prints
the counts and the first few failing inputs; exits 1 when anything failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fuzzing import GENERATORS, problems

KINDS = ("exception", "span", "second parse", "round trip", "schema")


def kind_of(problem: str) -> str:
    for kind in KINDS:
        if problem.startswith(kind) or kind in problem:
            return kind
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    names = sorted(GENERATORS)
    counts: Counter[str] = Counter()
    shown = 0
    t0 = time.perf_counter()
    for i in range(a.count):
        name = names[i % len(names)]
        text = GENERATORS[name](rng)
        counts[f"inputs: {name}"] += 1
        for problem in problems(text):
            counts[kind_of(problem)] += 1
            if shown < 10:
                shown += 1
                print(f"FAIL #{i} ({name}): {problem}\n    {text[:300]!r}")
    seconds = time.perf_counter() - t0
    print(f"{a.count} inputs (seed {a.seed}) in {seconds:.0f} s")
    for key in sorted(k for k in counts if k.startswith("inputs")):
        print(f"  {key:24s} {counts[key]}")
    for kind in (*KINDS, "other"):
        print(f"  {kind + ' failures':24s} {counts[kind]}")
    return 1 if any(counts[k] for k in (*KINDS, "other")) else 0


if __name__ == "__main__":
    sys.exit(main())
