"""Write docs/accuracy-table.md from the scorer's figures on the annotated corpus.

usage: python scripts/accuracy.py [--corpus DIR]

Runs ../shared/tools/score.py against the installed dipstate and turns its
JSON into a Markdown table, so the accuracy page is produced, not typed. When
the corpus is not there (a build outside the project's workspace), the page
that was generated last is kept.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "accuracy-table.md"


def render(figures: dict[str, object], corpus: Path) -> str:
    def prf(name: str) -> str:
        p, r, f = figures[name]  # type: ignore[misc]
        return f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} |"

    header = figures["header"]
    assert isinstance(header, dict)
    lines = [
        f"Measured on `{corpus.name}` ({len(list(corpus.glob('*.gold.json')))} annotated statements) "
        "by `scripts/accuracy.py`, which runs the scorer; do not edit by hand.",
        "",
        "| part | precision | recall | F1 |",
        "| --- | --- | --- | --- |",
        prf("parties"), prf("participants"), prf("sections"), prf("pledges"),
        "",
        "| header field | accuracy |",
        "| --- | --- |",
        *(f"| {k} | {v:.2f} |" for k, v in header.items()),
        "",
        "| attribute on matched items | score |",
        "| --- | --- |",
    ]
    for group in ("participant_attributes", "pledge_attributes"):
        values = figures[group]
        assert isinstance(values, dict)
        lines += [f"| {group.split('_')[0]} {k} | {v:.2f} |" for k, v in values.items()]
    lines += ["", f"Offset violations: {figures['span_violations']}. Overall: **{figures['overall']:.3f}**."]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    a = ap.parse_args()
    scorer = a.corpus.parent.parent / "tools" / "score.py"
    if not scorer.exists() or not a.corpus.is_dir():
        print(f"accuracy: no corpus at {a.corpus}; keeping {OUT.name}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        subprocess.run([sys.executable, str(scorer), "--corpus", str(a.corpus), "--json", str(out)],
                       check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        figures = json.loads(out.read_text(encoding="utf-8"))
    OUT.write_text(render(figures, a.corpus), encoding="utf-8")
    print(f"accuracy: wrote {OUT.relative_to(ROOT)} (overall {figures['overall']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
