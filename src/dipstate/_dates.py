"""Calendar dates as datelines write them: "June 3, 2023", "3 June 2023", "2023-06-03", "03/06/2023"."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from dipstate import _data


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept." -> 9), else None."""
    return _months().get(name.casefold())


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {row[0].casefold(): int(row[1]) for row in _data.table("months.tsv")}


@lru_cache(maxsize=1)
def month_pattern() -> str:
    """An alternation of month names, longest first (no groups)."""
    names = sorted({row[0] for row in _data.table("months.tsv")}, key=len, reverse=True)
    return "(?i:" + "|".join(regex.escape(n) for n in names) + ")"  # "JULY 29, 2024" on some pages


@lru_cache(maxsize=1)
def date_regex() -> regex.Pattern[str]:
    """A date with its weekday optional; groups: mdy_m/mdy_d/mdy_y, dmy_d/dmy_m/dmy_y, iso."""
    month = month_pattern()
    days = "|".join(_data.lines("weekdays.txt"))
    weekday = rf"(?:(?i:{days}),?[ \u00a0]+)?"
    mdy = rf"(?P<mdy_m>{month})[ \u00a0]+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?[ \u00a0]+(?P<mdy_y>\d{{4}})"
    dmy = rf"(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?[ \u00a0]+(?P<dmy_m>{month}),?[ \u00a0]+(?P<dmy_y>\d{{4}})"
    iso = r"(?P<iso>\d{4}-\d{2}-\d{2})"
    # Day first with slashes or stops, as European pages write them: "12/03/2023", "12.03.2023".
    num = r"(?P<num_d>\d{1,2})(?P<sep>[/.])(?P<num_m>\d{1,2})(?P=sep)(?P<num_y>\d{4})"
    return regex.compile(rf"{weekday}(?:{mdy}|{dmy}|{iso}|{num})\b")


def to_date(m: regex.Match[str]) -> dt.date | None:
    """The calendar date of a `date_regex` match, or None if it does not exist."""
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        if m.group("mdy_m"):
            month = month_number(m.group("mdy_m"))
            return dt.date(int(m.group("mdy_y")), month or 0, int(m.group("mdy_d")))
        if m.group("num_d"):
            return dt.date(int(m.group("num_y")), int(m.group("num_m")), int(m.group("num_d")))
        month = month_number(m.group("dmy_m"))
        return dt.date(int(m.group("dmy_y")), month or 0, int(m.group("dmy_d")))
    except ValueError:
        return None
