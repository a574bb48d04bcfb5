"""Parsing many texts, in this process or in a pool of processes, results in input order."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

from dipstate._pipeline import parse
from dipstate.model import Statement

_CHUNK = 4


def parse_many(texts: Iterable[str], *, processes: int | None = None) -> Iterator[Statement]:
    """Parse ``texts`` one after another and yield their statements in input order.

    With ``processes`` of 2 or more, texts are parsed in that many worker
    processes (results still come back in input order, streamed as they are
    ready). ``None`` or 1 parses in this process. A non-``str`` item raises
    :class:`TypeError` when its turn comes, as :func:`dipstate.parse` does.
    """
    if processes is not None and processes < 1:
        raise ValueError(f"processes must be 1 or more, or None; got {processes}")
    if processes is None or processes == 1:
        for text in texts:
            yield parse(text)
        return
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        yield from pool.imap(parse, texts, chunksize=_CHUNK)
