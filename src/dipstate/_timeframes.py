"""Timeframe phrases in a pledge ("by 2030", "within six months") and their deadlines.

Phrases are found with the patterns in ``data/timeframes.tsv``. A phrase that
names a point resolves against the header date; a period ("over the next few
months") or a vague phrase ("at the earliest opportunity") gives no deadline.
``dateparser`` is imported only for a day and month without a year ("by June
15"), the calendar case it does well, and only on that phrase.
"""

from __future__ import annotations

import calendar
import datetime as dt
import string
from functools import lru_cache

import attrs
import regex

from dipstate import _data, _dates
from dipstate._source import Source
from dipstate.model import Span

_POINTS = frozenset({"date", "month_year", "day_month", "year"})


@attrs.frozen
class Timeframe:
    span: Span
    rule: str
    deadline: dt.date | None


@lru_cache(maxsize=1)
def _numbers() -> dict[str, int]:
    return {row[0]: int(row[1]) for row in _data.table("numbers.tsv")}


@lru_cache(maxsize=1)
def _pattern() -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """One regex of every row (group ``R<i>`` for row i, inner groups ``year_<i>`` ...), and the rules."""
    number = r"(?:\d{1,3}|" + "|".join(_numbers()) + ")"
    month = _dates.month_pattern()
    date = _dates.date_regex().pattern
    parts = []
    rules = []
    for i, (rule, raw) in enumerate(_data.table("timeframes.tsv")):
        pattern = regex.sub(r"\(\?P<(year|n|unit|phrase)>", rf"(?P<\1_{i}>", raw)
        pattern = pattern.replace("{MONTH}", f"(?P<month_{i}>{month})")
        pattern = pattern.replace("{N}", number).replace("{DATE}", f"(?:{date})")
        parts.append(f"(?P<R{i}>{pattern})")
        rules.append(rule)
    return regex.compile(_LOOKBEHIND + "(?:" + "|".join(parts) + ")"), tuple(rules)


_LOOKBEHIND = r"(?<![\p{L}\p{N}])"  # a phrase starts a word
# A run of letters and digits: where a phrase may start (every one starts with a word).
_RUN = regex.compile(_LOOKBEHIND + r"[\p{L}\p{N}]++")
_ASCII_ALNUM = string.ascii_letters + string.digits


@lru_cache(maxsize=1)
def _openings() -> tuple[frozenset[str], ...] | None:
    """The first one, two and three characters any phrase can start with, found by extending
    prefixes one ASCII letter or digit at a time while the pattern can still match them
    (partial matching); None (try every word) when a phrase could start with anything else."""
    pattern = regex.compile(_pattern()[0].pattern.removeprefix(_LOOKBEHIND))
    others = string.punctuation + string.whitespace + "\u00a0\u2018\u2019\u201c\u201d\u2013\u2014"
    if any(pattern.match(c, partial=True) for c in others):
        return None
    levels = [frozenset(c for c in _ASCII_ALNUM if pattern.match(c, partial=True))]
    for _ in range(2):
        levels.append(frozenset(p + c for p in levels[-1] for c in _ASCII_ALNUM if pattern.match(p + c, partial=True)))
    return tuple(levels)


def find(source: Source, span: Span, base: dt.date | None, *, lead: int, future: bool) -> Timeframe | None:
    """The first timeframe in ``span`` at or after ``lead``, or opening the sentence.

    A phrase before ``lead`` (the trigger) counts only when it opens the
    sentence ("This year, the Commission will ..."). "today" counts only for
    a future commitment (``future``). A point before ``base`` is an event
    already past, not a deadline, and is skipped. The phrases are tried only
    at words that can start one, and past each phrase found, as a scan of the
    whole pattern would.
    """
    pattern, rules = _pattern()
    openings = _openings()
    after = span.start
    for word in source.finditer(_RUN, span):
        start = word.start()
        if start < after:
            continue  # inside the phrase found last
        if openings is not None:
            head = word.group()[:3]
            if head.isascii() and head not in openings[len(head) - 1]:
                continue  # no phrase starts with this word
        m = source.match_at(pattern, start, span.end)
        if m is None:
            continue
        after = m.end()
        if m.start() < lead and not _opens(source, span, m):
            continue
        index = _row(m, len(rules))
        rule = rules[index]
        if rule == "today" and not future:
            continue
        if m.group().startswith("on") and _after_participle(source, span, m.start()):
            continue  # "solutions agreed on 17 December": when something was done, not a deadline
        deadline = _inner_point(source, m, base) if rule == "event" else _resolve(rule, m, index, base)
        if deadline is not None and base is not None and deadline < base:
            continue
        if rule in _POINTS and deadline is None:
            continue  # a calendar phrase that names no real date
        return Timeframe(Span(m.start(), m.end()), rule, deadline)
    return None


_LAST_WORD = regex.compile(r"(\p{L}++)[ \u00a0\n]*+\Z")


def _after_participle(source: Source, span: Span, pos: int) -> bool:
    """True when the word before ``pos`` is a past participle ("agreed", "signed", "held")."""
    m = source.search(_LAST_WORD, Span(max(span.start, pos - 30), pos))
    return m is not None and (m.group(1).endswith("ed") or m.group(1) in ("held", "made", "signed", "met"))


def _row(m: regex.Match[str], rows: int) -> int:
    """Which row of ``data/timeframes.tsv`` matched (group ``R<i>``)."""
    return next(i for i in range(rows) if m.group(f"R{i}") is not None)


def _inner_point(source: Source, m: regex.Match[str], base: dt.date | None) -> dt.date | None:
    """The first point named inside an event phrase ("... to be held later this year")."""
    pattern, rules = _pattern()
    for inner in source.finditer_at(pattern, m.start() + 1, m.end()):
        index = _row(inner, len(rules))
        if rules[index] not in ("event", "period", "vague", "today"):
            point = _resolve(rules[index], inner, index, base)
            if point is not None:
                return point
    return None


def _opens(source: Source, span: Span, m: regex.Match[str]) -> bool:
    before = source.between(span.start, m.start()).strip()
    after = source.slice(Span(m.end(), min(span.end, m.end() + 1)))
    return before == "" and after == ","


def _group(m: regex.Match[str], name: str, index: int) -> str | None:
    try:
        value = m.group(f"{name}_{index}")
    except IndexError:
        return None
    return value if isinstance(value, str) else None


def _calendar(year: int, month: int, day: int | None = None) -> dt.date | None:
    """The date, or the month's last day when ``day`` is None; None outside what ``datetime.date`` holds."""
    if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12):
        return None
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, last if day is None else min(day, last))


def _month_end(year: int, month: int) -> dt.date | None:
    return _calendar(year, month)


def _add(base: dt.date, n: int, unit: str) -> dt.date | None:
    if unit.startswith(("day", "week")):
        days = n * 7 if unit.startswith("week") else n
        if days > (dt.date.max - base).days:
            return None
        return base + dt.timedelta(days=days)
    months = n * 12 if unit.startswith("year") else n
    total = base.month - 1 + months
    return _calendar(base.year + total // 12, total % 12 + 1, base.day)


def _resolve(rule: str, m: regex.Match[str], i: int, base: dt.date | None) -> dt.date | None:
    if rule == "date":
        inner = _dates.date_regex().search(m.group())
        return _dates.to_date(inner) if inner else None
    if rule == "month_year":
        month = _dates.month_number(_group(m, "month", i) or "")
        year_text = _group(m, "year", i)
        return _month_end(int(year_text), month) if month and year_text else None
    if rule == "year":
        year_text = _group(m, "year", i)
        return _calendar(int(year_text), 12) if year_text else None
    if base is None:
        return None
    if rule == "this_year":
        return _calendar(base.year, 12)
    if rule == "this_month":
        return _calendar(base.year, base.month)
    if rule == "next_year":
        return _calendar(base.year + 1, 12)
    if rule == "decade":
        return _calendar(base.year - base.year % 10 + 9, 12)
    if rule == "today":
        return base
    if rule == "within":
        word = (_group(m, "n", i) or "").casefold()
        n = int(word) if word.isdigit() else _numbers().get(word)
        unit = _group(m, "unit", i) or ""
        return _add(base, n, unit) if n else None
    if rule == "month":
        month = _dates.month_number(_group(m, "month", i) or "")
        if not month:
            return None
        year = base.year if month >= base.month else base.year + 1
        return _month_end(year, month)
    if rule == "day_month":
        return _dateparser_point(_group(m, "phrase", i) or "", base)
    return None


def _dateparser_point(phrase: str, base: dt.date) -> dt.date | None:
    import dateparser  # noqa: PLC0415 - heavy; imported only when a phrase needs it

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "future",
        "REQUIRE_PARTS": ["day", "month"],
    }
    found = dateparser.parse(phrase, languages=["en"], settings=settings)
    return found.date() if found else None
