"""dipstate benchmark: throughput, sentence splitting against peers, scaling, memory, import time.

usage: python benchmarks/bench.py [--corpus DIR] [--repeats N] [--sizes 250000,1000000,4000000]

Run on demand (``make bench`` installs the ``bench`` extra with pysbd and spaCy);
never part of the test suite. Prints one table per measurement and a last
table of the targets with PASS or FAIL.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import dipstate
from dipstate._source import Source

sys.path.insert(0, str(Path(__file__).resolve().parent))
from families import FAMILIES

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts(corpus: Path) -> list[str]:
    files = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    if not files:
        files = sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
        print(f"(no texts in {corpus}; using the vendored fixtures)")
    return [f.read_text(encoding="utf-8") for f in files]


def median_time(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    print(f"\n## {title}")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)))


# -- sentence boundaries -----------------------------------------------------------


def dipstate_boundaries(text: str) -> set[int]:
    source = Source(text)
    ends: set[int] = set()
    for span in source.paragraphs(source.lines):
        ends.update(s.end for s in source.sentences(span))
    return ends


def _strip_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def pysbd_boundaries() -> Callable[[str], set[int]] | None:
    try:
        import pysbd  # noqa: PLC0415
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def run(text: str) -> set[int]:
        return {_strip_end(text, s.end) for s in seg.segment(text)}

    return run


def spacy_boundaries() -> Callable[[str], set[int]] | None:
    try:
        import spacy  # noqa: PLC0415
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000

    def run(text: str) -> set[int]:
        return {_strip_end(text, s.end_char) for s in nlp(text).sents}

    return run


# -- measurements ------------------------------------------------------------------


def throughput(texts: list[str], repeats: int) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    for t in texts:
        dipstate.parse(t)  # warm: data files and compiled patterns
    seconds = median_time(lambda: [dipstate.parse(t) for t in texts], repeats)
    return size / seconds / 1e6


def splitting(texts: list[str], repeats: int) -> tuple[list[list[str]], float]:
    size = sum(len(t.encode("utf-8")) for t in texts)
    ours = [dipstate_boundaries(t) for t in texts]
    base = median_time(lambda: [dipstate_boundaries(t) for t in texts], repeats)
    rows = [["dipstate", f"{size / base / 1e6:.2f}", "1.0x", f"{sum(map(len, ours))}/{sum(map(len, ours))}"]]
    ratio_pysbd = float("nan")
    for name, factory in (("pysbd", pysbd_boundaries), ("spaCy sentencizer", spacy_boundaries)):
        run = factory()
        if run is None:
            rows.append([name, "not installed (pip install -e '.[bench]')", "-", "-"])
            continue
        theirs = [run(t) for t in texts]
        seconds = median_time(lambda run=run: [run(t) for t in texts], max(1, repeats // 2))
        agree = sum(len(a & b) for a, b in zip(ours, theirs, strict=True))
        speed = size / seconds / 1e6
        rows.append([name, f"{speed:.2f}", f"{seconds / base:.1f}x", f"{agree}/{sum(map(len, ours))}"])
        if name == "pysbd":
            ratio_pysbd = seconds / base
    return rows, ratio_pysbd


_SCALING_RUN = """
import gc, sys, time
sys.path.insert(0, sys.argv[1])
import dipstate
from families import FAMILIES
dipstate.parse("Joint Statement\\nWe will act by 2025.")  # warm: data files and compiled patterns
make = FAMILIES[sys.argv[2]]
runs = int(sys.argv[3])
for n in map(int, sys.argv[4:]):
    text = make(n)
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        dipstate.parse(text)
        best = min(best, time.perf_counter() - t0)
    print(best, flush=True)
    del text
"""


def scaling(sizes: list[int], runs: int = 3) -> tuple[list[list[str]], float, float]:
    """Seconds per parse (the best of ``runs``) of every family at every size; the worst
    last/previous ratio and the slowest parse at 1 MB (or at the size nearest to it). Each family
    runs in a fresh interpreter, so that no family pays for the heap of an earlier measurement
    (spaCy's above all: the garbage collector walks every live object)."""
    rows = []
    worst = 0.0
    at_1mb = min(range(len(sizes)), key=lambda i: abs(sizes[i] - 1_000_000))
    slowest = 0.0
    here = str(Path(__file__).resolve().parent)
    for name in FAMILIES:
        out = subprocess.run(
            [sys.executable, "-c", _SCALING_RUN, here, name, str(runs), *map(str, sizes)],
            check=True, capture_output=True, text=True,
        ).stdout
        times = [float(x) for x in out.split()]
        ratio = times[-1] / times[-2] if len(times) > 1 and times[-2] else float("nan")
        worst = max(worst, ratio)
        slowest = max(slowest, times[at_1mb])
        rows.append([name, *(f"{t:.3f}" for t in times), f"{ratio:.2f}"])
    return rows, worst, slowest


def memory(size: int) -> tuple[list[list[str]], float]:
    rows = []
    worst = 0.0
    for name, make in FAMILIES.items():
        text = make(size)
        gc.collect()
        tracemalloc.start()
        dipstate.parse(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        per = peak / len(text.encode("utf-8"))
        worst = max(worst, per)
        rows.append([name, f"{peak / 1e6:.1f}", f"{per:.1f}x"])
    return rows, worst


def import_time(runs: int) -> tuple[float, float]:
    def run(code: str) -> float:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    return run("pass"), run("import dipstate")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--sizes", default="250000,1000000,4000000")
    a = ap.parse_args()
    sizes = [int(x) for x in a.sizes.split(",")]
    texts = corpus_texts(a.corpus)
    print(f"dipstate {dipstate.__version__}, Python {sys.version.split()[0]}, {len(texts)} corpus texts")

    mbps = throughput(texts, a.repeats)
    table("parse throughput on the corpus", ["measure", "value"], [["MB/s (median)", f"{mbps:.2f}"]])

    rows, vs_pysbd = splitting(texts, a.repeats)
    header = ["splitter", "MB/s", "time vs dipstate", "boundaries shared with dipstate"]
    table("sentence splitting on the corpus", header, rows)

    runs = min(3, a.repeats)
    scale_rows, worst_ratio, slowest = scaling(sizes, runs)
    labels = [f"{n // 1000} KB" if n < 1_000_000 else f"{n // 1_000_000} MB" for n in sizes]
    header = ["family", *labels, f"{labels[-1]}/{labels[-2]}"]
    table(f"scaling (seconds per parse, best of {runs})", header, scale_rows)

    mem_rows, worst_mem = memory(sizes[1] if len(sizes) > 1 else sizes[0])
    table("peak memory (tracemalloc) for 1 MB input", ["family", "peak MB", "per MB of input"], mem_rows)

    bare, imported = import_time(9)
    table("cold import", ["measure", "ms"], [["bare interpreter", f"{bare * 1000:.0f}"],
                                             ["import dipstate", f"{imported * 1000:.0f}"],
                                             ["added by import", f"{(imported - bare) * 1000:.0f}"]])

    targets = [
        ["parse >= 1 MB/s", f"{mbps:.2f} MB/s", mbps >= 1.0],
        ["splitting >= 20x pysbd", f"{vs_pysbd:.1f}x", vs_pysbd >= 20],
        [f"{labels[-1]} / {labels[-2]} <= 4.6 (worst family)", f"{worst_ratio:.2f}", worst_ratio <= 4.6],
        ["1 MB parse < 2 s (worst family)", f"{slowest:.2f} s", slowest < 2.0],
        ["peak memory <= 30x input (worst family)", f"{worst_mem:.1f}x", worst_mem <= 30],
        ["import adds <= 150 ms", f"{(imported - bare) * 1000:.0f} ms", imported - bare <= 0.150],
    ]
    table("targets", ["target", "measured", "result"], [[t, m, "PASS" if ok else "FAIL"] for t, m, ok in targets])
    return 0


if __name__ == "__main__":
    sys.exit(main())
