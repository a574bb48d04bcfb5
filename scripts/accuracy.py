"""Write docs/accuracy-table.md from the scorer's figures on the annotated corpus.

usage: python scripts/accuracy.py [--corpus DIR]

Runs ../shared/tools/score.py against the installed dipstate, on the whole
corpus and on each publisher group, and turns its JSON into Markdown tables:
docs/accuracy-table.md and the README's accuracy section come from this one
run, so they are produced, not typed. When the corpus is not there (a build
outside the project's workspace), the tables generated last are kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "accuracy-table.md"
README = ROOT / "README.md"
START, END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"


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


def _groups(corpus: Path) -> dict[str, list[str]]:
    """Document ids by publisher group, from the corpus's SOURCES.tsv: White House pages, others."""
    sources = corpus / "SOURCES.tsv"
    groups: dict[str, list[str]] = {"White House": [], "other publishers": []}
    if not sources.exists():
        return {}
    for line in sources.read_text(encoding="utf-8").splitlines():
        doc = line.split("\t", 1)[0].split(" ", 1)[0]
        if not (corpus / f"{doc}.gold.json").exists():
            continue
        white_house = any(k in line for k in ("statements-releases/", "speeches-remarks/", " sample "))
        groups["White House" if white_house else "other publishers"].append(doc)
    return {k: v for k, v in groups.items() if v}


def _score(scorer: Path, corpus: Path, docs: list[str] | None = None) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        where = corpus
        if docs is not None:
            where = Path(tmp) / "subset"
            where.mkdir()
            for doc in docs:
                for suffix in (".txt", ".gold.json"):
                    shutil.copy(corpus / f"{doc}{suffix}", where / f"{doc}{suffix}")
        out = Path(tmp) / "figures.json"
        subprocess.run([sys.executable, str(scorer), "--corpus", str(where), "--json", str(out)],
                       check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        figures: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return figures


def _by_group(scorer: Path, corpus: Path) -> str:
    groups = _groups(corpus)
    if not groups:
        return ""
    lines = ["", "| publisher group | texts | overall |", "| --- | --- | --- |"]
    for name, docs in groups.items():
        figures = _score(scorer, corpus, docs)
        lines.append(f"| {name} | {len(docs)} | {figures['overall']:.3f} |")
    return "\n".join(lines) + "\n"


def _update_readme(table: str) -> None:
    """Put the table between the README's accuracy markers."""
    text = README.read_text(encoding="utf-8")
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        return
    README.write_text(text[: start + len(START)] + "\n" + table + text[end:], encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    a = ap.parse_args()
    scorer = a.corpus.parent.parent / "tools" / "score.py"
    if not scorer.exists() or not a.corpus.is_dir():
        return 0  # a build outside the project's workspace keeps the tables generated last
    figures = _score(scorer, a.corpus)
    table = render(figures, a.corpus) + _by_group(scorer, a.corpus)
    if not OUT.exists() or OUT.read_text(encoding="utf-8") != table:
        OUT.write_text(table, encoding="utf-8")
    _update_readme(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
