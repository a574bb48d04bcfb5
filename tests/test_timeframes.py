"""Timeframes as written and the deadlines they resolve to against the header date."""

from __future__ import annotations

import datetime as dt

import pytest

import dipstate

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
