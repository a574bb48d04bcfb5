"""What the caller knows about a text (SPEC "Hints from the caller"), checked at the edge."""

from __future__ import annotations

import datetime as dt

import attrs

from dipstate import _gazetteer


@attrs.frozen
class Hints:
    """``home``: the code of the publishing state or organisation; ``date``: the issue date from
    the caller's metadata, used only where the text states none."""

    home: str | None = None
    date: dt.date | None = None


def read_hints(home: object, date: object) -> Hints:
    """Validate the keyword arguments of ``parse``; raise ``TypeError``/``ValueError`` that say what to pass."""
    code = None
    if home is not None:
        if not isinstance(home, str):
            raise TypeError(f"home must be a str code such as 'GBR', not {type(home).__name__}")
        code = home.strip().upper()
        if not _gazetteer.is_known(code):
            raise ValueError(
                f"home {home!r} is not a known code: give an ISO 3166 alpha-3 code ('GBR', 'JPN') "
                "or an organisation code ('EU', 'NATO')"
            )
    day = None
    if isinstance(date, dt.datetime):
        day = date.date()
    elif isinstance(date, dt.date):
        day = date
    elif isinstance(date, str):
        try:
            day = dt.date.fromisoformat(date.strip())
        except ValueError:
            raise ValueError(f"date {date!r} is not an ISO date: give 'YYYY-MM-DD'") from None
    elif date is not None:
        raise TypeError(f"date must be a datetime.date or a 'YYYY-MM-DD' str, not {type(date).__name__}")
    return Hints(code, day)
