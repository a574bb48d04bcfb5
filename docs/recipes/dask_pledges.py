"""Parse a folder (or a glob of many folders) of statements on a Dask cluster; write every pledge
as JSONL and as Parquet, with the file it came from.

usage: python dask_pledges.py "statements/**/*.txt" out/ [--workers 2]

Needs the extra: pip install 'dipstate[dask]'.
"""

from __future__ import annotations

import argparse
import glob
import json
from pathlib import Path

import dask.bag as db
import pyarrow as pa
import pyarrow.parquet as pq
from dask.distributed import Client, LocalCluster

import dipstate

# One row per pledge; lists stay lists (actors), dates stay dates.
PLEDGES = pa.schema([
    ("document", pa.string()),
    ("text", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("actors", pa.list_(pa.string())),
    ("actor_text", pa.string()),
    ("trigger", pa.string()),
    ("kind", pa.string()),
    ("negated", pa.bool_()),
    ("timeframe", pa.string()),
    ("deadline", pa.date32()),
])


def pledge_rows(path: str) -> list[dict[str, object]]:
    """Parse one file and return its pledges as rows that keep the file's name."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return [
        {
            "document": path,
            "text": p.text,
            "start": p.span.start,
            "end": p.span.end,
            "actors": list(p.actors),
            "actor_text": p.actor_text,
            "trigger": p.trigger,
            "kind": p.kind.value,
            "negated": p.negated,
            "timeframe": p.timeframe,
            "deadline": p.deadline,
        }
        for p in dipstate.parse(text).pledges
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", help='a glob of text files, e.g. "statements/**/*.txt"')
    ap.add_argument("out", type=Path, help="a folder for pledges.jsonl and pledges.parquet")
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    paths = sorted(glob.glob(a.pattern, recursive=True))
    a.out.mkdir(parents=True, exist_ok=True)
    with LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True) as cluster, Client(cluster):
        bag = db.from_sequence(paths, npartitions=max(1, min(len(paths), a.workers * 4)))
        rows = bag.map(pledge_rows).flatten().compute()
    with (a.out / "pledges.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            deadline = row["deadline"]
            f.write(json.dumps({**row, "deadline": deadline.isoformat() if deadline else None}, ensure_ascii=False))
            f.write("\n")
    pq.write_table(pa.Table.from_pylist(rows, schema=PLEDGES), a.out / "pledges.parquet")
    print(f"{len(paths)} files, {len(rows)} pledges -> {a.out}")


if __name__ == "__main__":  # Dask's worker processes import this file again
    main()
