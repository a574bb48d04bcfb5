"""The documented Dask recipe (docs/recipes/dask_pledges.py), run as written on a two-worker cluster."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

RECIPE = Path(__file__).resolve().parent.parent / "docs" / "recipes" / "dask_pledges.py"
TEXTS = {
    "a/one.txt": "Joint Statement of Japan and Canada\nJune 3, 2023\n\nJapan and Canada will expand trade by 2030.\n",
    "b/two.txt": "Joint Statement of Chile and Kenya\nMay 1, 2024\n\nWe reaffirm our commitment to ocean data.\n"
    "We will not recognise any change by force.\n",
    "b/three.txt": "Statement on Nothing\nMay 2, 2024\n\nThe weather was fine.\n",
}


def test_dask_recipe_writes_the_pledges_the_cli_writes(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    pq = pytest.importorskip("pyarrow.parquet")
    for name, text in TEXTS.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    pattern = str(tmp_path / "**" / "*.txt")
    subprocess.run([sys.executable, str(RECIPE), pattern, str(out), "--workers", "2"], check=True, timeout=300)
    serial = subprocess.run(
        [sys.executable, "-m", "dipstate", "parse", str(tmp_path / "a"), str(tmp_path / "b"),
         "--select", "pledges", "--format", "csv", "--quiet"],
        check=True, capture_output=True, text=True, timeout=120,
    ).stdout
    expected = sorted((r["document"], int(r["start"]), r["actors"]) for r in csv.DictReader(serial.splitlines()))
    lines = (out / "pledges.jsonl").read_text(encoding="utf-8").splitlines()
    got = sorted((r["document"], r["start"], ";".join(r["actors"])) for r in map(json.loads, lines))
    assert got == expected and len(got) == 3
    table = pq.read_table(out / "pledges.parquet")
    assert table.num_rows == 3
    assert str(table.schema.field("actors").type) == "list<element: string>"
    assert sorted(table.column("document").to_pylist()) == sorted(d for d, _, _ in expected)
