"""Reads the package's data files (word lists and tables under ``data/``), once each."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``data/<name>``, stripped of surrounding spaces."""
    text = resources.files("dipstate").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated ``data/<name>``; cells are stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in lines(name))


@cache
def lineset(name: str) -> frozenset[str]:
    """The lines of ``data/<name>`` as a set, letter case kept."""
    return frozenset(lines(name))


@cache
def wordset(name: str) -> frozenset[str]:
    """The lines of ``data/<name>`` as a case-folded set."""
    return frozenset(line.casefold() for line in lines(name))
