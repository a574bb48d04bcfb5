"""Timeframes as written and the deadlines they resolve to against the header date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dipstate
from dipstate import _timeframes
from dipstate._source import Source
from dipstate.model import Span

HEAD = "Joint Statement of Japan and the United States\nJune 3, 2023\n\n"


def first(sentence: str, head: str = HEAD) -> dipstate.Pledge:
    found = dipstate.parse(head + sentence + "\n").pledges
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "timeframe", "deadline"),
    [
        ("We will cut emissions by 2030.", "by 2030", dt.date(2030, 12, 31)),
        ("We will cut emissions by the end of 2025.", "by the end of 2025", dt.date(2025, 12, 31)),
        ("We will open the centre by June 2025.", "by June 2025", dt.date(2025, 6, 30)),
        ("We will sign it before the end of the year.", "before the end of the year", dt.date(2023, 12, 31)),
        ("We will meet again next year.", "next year", dt.date(2024, 12, 31)),
        ("We will report within six months.", "within six months", dt.date(2023, 12, 3)),
        ("We will report within 90 days.", "within 90 days", dt.date(2023, 9, 1)),
        ("We will launch it in November.", "in November", dt.date(2023, 11, 30)),
        ("We will launch it in February.", "in February", dt.date(2024, 2, 29)),
        ("This year, we will hold a summit.", "This year", dt.date(2023, 12, 31)),
        ("Today, President Biden will host Prime Minister Kishida.", "Today", dt.date(2023, 6, 3)),
        ("We will conclude talks by July 15, 2024.", "by July 15, 2024", dt.date(2024, 7, 15)),
        ("We will conclude talks by 15 July.", "by 15 July", dt.date(2023, 7, 15)),
        ("We pledged to make progress over the next few months.", "over the next few months", None),
        ("We will act for an initial period of 90 days.", "for an initial period of 90 days", None),
        ("We will meet at the earliest opportunity.", "at the earliest opportunity", None),
        ("We will work together.", None, None),
        ("We decided to expand cooperation prior to the next Dialogue to be held later this year.",
         "prior to the next Dialogue to be held later this year", dt.date(2023, 12, 31)),
        ("We will enlist partners pending its formal launch at COP 26.", "pending its formal launch at COP 26", None),
    ],
)
def test_timeframe_and_deadline(sentence: str, timeframe: str | None, deadline: dt.date | None) -> None:
    pledge = first(sentence)
    assert pledge.timeframe == timeframe
    assert pledge.deadline == deadline


def test_past_event_dates_are_not_deadlines() -> None:
    pledge = first("Following the resolution of 2 March 2022, we will continue to act.")
    assert pledge.timeframe is None


def test_relative_phrase_without_header_date_keeps_text_only() -> None:
    pledge = first("We will meet again next year.", head="Joint Statement of Japan and the United States\n\n")
    assert pledge.timeframe == "next year"
    assert pledge.deadline is None


# -- only words that can open a phrase are tried: the same result as trying every position --------

_PIECES = ["by 2030", "in 2025", "by June 15", "by the end of 2026", "within six months", "next year", "today",
           "Today,", "This year,", "later this year", "prior to the summit", "over the coming weeks", "no later than",
           "as soon as possible", "in due course", "for 90 days", "until", "on 3 May 2024", "agreed on 3 May", "the",
           "end", "of", "year", "June", "15", "Thursday", "bypass", "into", "ongoing", "toward", "é", ",", "."]


def _every_position(source: Source, span: Span, base: dt.date | None, lead: int, future: bool) -> object:
    """The reference: the whole pattern scanned at every position, as the regex engine would."""
    pattern, rules = _timeframes._pattern()
    for m in source.finditer(pattern, span):
        if m.start() < lead and not _timeframes._opens(source, span, m):
            continue
        index = _timeframes._row(m, len(rules))
        if rules[index] == "today" and not future:
            continue
        if m.group().startswith("on") and _timeframes._after_participle(source, span, m.start()):
            continue
        point = (_timeframes._inner_point(source, m, base) if rules[index] == "event"
                 else _timeframes._resolve(rules[index], m, index, base))
        if point is not None and base is not None and point < base:
            continue
        if rules[index] in _timeframes._POINTS and point is None:
            continue
        return (m.span(), rules[index], point)
    return None


def test_every_timeframe_phrase_starts_with_a_known_opening() -> None:
    assert _timeframes._openings() is not None  # else every word is tried: correct, but slow


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20), st.integers(0, 100), st.booleans())
def test_trying_only_opening_words_finds_what_a_full_scan_finds(pieces: list[str], lead: int, future: bool) -> None:
    text = " ".join(pieces)
    source = Source(text)
    span = Span(0, len(text))
    lead = len(text) * lead // 100
    base = dt.date(2023, 6, 3)
    found = _timeframes.find(source, span, base, lead=lead, future=future)
    got = None if found is None else ((found.span.start, found.span.end), found.rule, found.deadline)
    assert got == _every_position(source, span, base, lead, future)
