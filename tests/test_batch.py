"""parse_many: order, processes, pickling, and the Dask recipe from the docs."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import dipstate

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = [(FIXTURES / n).read_text(encoding="utf-8") for n in ("d01.txt", "d02.txt")] + [
    f"Joint Statement\nJune {i}, 2023\n\nWe will act.\n" for i in range(1, 6)
]


def test_parse_many_streams_in_input_order() -> None:
    got = list(dipstate.parse_many(iter(TEXTS)))
    assert got == [dipstate.parse(t) for t in TEXTS]


def test_parse_many_in_processes_matches_serial() -> None:
    assert list(dipstate.parse_many(TEXTS, processes=2)) == [dipstate.parse(t) for t in TEXTS]


def test_parse_many_rejects_bad_process_count() -> None:
    with pytest.raises(ValueError, match="processes"):
        list(dipstate.parse_many(TEXTS, processes=0))


def test_statement_pickles() -> None:
    statement = dipstate.parse(TEXTS[0])
    assert pickle.loads(pickle.dumps(statement)) == statement


def test_dask_bag_recipe() -> None:
    db = pytest.importorskip("dask.bag")
    bag = db.from_sequence(TEXTS, npartitions=2).map(dipstate.parse)
    results = bag.compute(scheduler="processes", num_workers=2)
    assert results == [dipstate.parse(t) for t in TEXTS]
