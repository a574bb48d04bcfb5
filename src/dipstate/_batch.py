"""Parsing many texts, in this process or in a pool of processes, results in input order."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from dipstate._pipeline import parse
from dipstate.model import Statement

_CHUNK = 4
_GUARD = (
    "a dipstate worker process died before it could parse; when parse_many(..., processes=N) runs "
    'in a script, call it under `if __name__ == "__main__":` (worker processes import the script again)'
)


class BatchError(Exception):
    """Some texts of a batch could not be parsed; every other text was.

    ``failures`` holds ``(index, exception)`` for each text that failed, by its position in the input.
    """

    def __init__(self, failures: list[tuple[int, BaseException]]) -> None:
        self.failures = failures
        shown = "; ".join(f"#{i}: {type(e).__name__}: {e}" for i, e in failures[:5])
        more = f" (and {len(failures) - 5} more)" if len(failures) > 5 else ""
        super().__init__(f"{len(failures)} text(s) could not be parsed: {shown}{more}")


def _attempt(
    text: object, home: str | None, date: dt.date | str | None
) -> tuple[Statement | None, BaseException | None]:
    """One text's statement, or the exception that stopped it (reported, never swallowed)."""
    try:
        return parse(text, home=home, date=date), None  # type: ignore[arg-type]
    except Exception as exc:  # a batch reports every failure with its position and goes on
        return None, exc


def parse_many(
    texts: Iterable[str],
    *,
    processes: int | None = None,
    home: str | None = None,
    date: dt.date | str | None = None,
) -> Iterator[Statement]:
    """Parse ``texts`` and yield their statements in input order, streamed as they are ready.

    With ``processes`` of 2 or more, texts are parsed in that many worker processes; in a script,
    call it under ``if __name__ == "__main__":``. ``None`` or 1 parses in this process. ``home`` and
    ``date`` are the caller's hints for every text (see [`dipstate.parse`][dipstate.parse]). A text that cannot
    be parsed (a non-``str`` item) does not stop the others: after the last statement,
    [`BatchError`][dipstate.BatchError] lists every failure by position. A worker process that dies raises
    `RuntimeError` instead of hanging.
    """
    if processes is not None and processes < 1:
        raise ValueError(f"processes must be 1 or more, or None; got {processes}")
    work = functools.partial(_attempt, home=home, date=date)
    failures: list[tuple[int, BaseException]] = []
    if processes is None or processes == 1:
        results: Iterator[tuple[Statement | None, BaseException | None]] = map(work, texts)
        yield from _collect(results, failures)
    else:
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only a pool needs it
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415
        from multiprocessing import get_context  # noqa: PLC0415

        with ProcessPoolExecutor(processes, mp_context=get_context("spawn")) as pool:
            try:
                yield from _collect(pool.map(work, texts, chunksize=_CHUNK), failures)
            except BrokenProcessPool as exc:
                raise RuntimeError(_GUARD) from exc
    if failures:
        raise BatchError(failures)


def _collect(
    results: Iterator[tuple[Statement | None, BaseException | None]], failures: list[tuple[int, BaseException]]
) -> Iterator[Statement]:
    for index, (statement, error) in enumerate(results):
        if statement is not None:
            yield statement
        elif error is not None:
            failures.append((index, error))
