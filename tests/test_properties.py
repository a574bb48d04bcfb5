"""Properties over generated text: never raises, offsets hold, round trip, determinism."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dipstate
from dipstate import Statement

ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "S", "Z", "Cc"),
)
PIECES = st.sampled_from([
    "Joint Statement", "June 3, 2023", "\n", "\n\n", "\r\n", " ", "\t", "\u00a0", ".", "U.S.",
    "We will", "1. ", "- ", "PRESIDENT BIDEN:", "Begin text", "End text", "BRIEFING ROOM",
    "“", "”", "(", ")", "Japan", "the Republic of Korea", "commit to", "by 2030", "In Japanese",
])
TEXTS = st.one_of(
    st.text(ALPHABET, max_size=400),
    st.lists(PIECES, max_size=60).map("".join),
)


def all_text_spans(node: Any) -> list[tuple[list[int], str]]:
    out: list[tuple[list[int], str]] = []
    if isinstance(node, dict):
        if isinstance(node.get("span"), list) and isinstance(node.get("text"), str):
            out.append((node["span"], node["text"]))
        for v in node.values():
            out.extend(all_text_spans(v))
    elif isinstance(node, list):
        for v in node:
            out.extend(all_text_spans(v))
    return out


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(TEXTS)
def test_parse_never_raises_and_offsets_hold(text: str) -> None:
    statement = dipstate.parse(text)
    for (start, end), value in all_text_spans(statement.to_dict()):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == value


@settings(max_examples=80, deadline=None)
@given(TEXTS)
def test_round_trip_and_determinism(text: str) -> None:
    first = dipstate.parse(text)
    assert Statement.from_dict(first.to_dict()) == first
    assert dipstate.parse(text) == first
