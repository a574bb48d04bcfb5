"""Properties over generated text: never raises, offsets hold, round trip, determinism."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dipstate
from dipstate import Statement
from fuzzing import spans_with_text

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



@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(TEXTS)
def test_parse_never_raises_and_offsets_hold(text: str) -> None:
    statement = dipstate.parse(text)
    for (start, end), value in spans_with_text(statement.to_dict()):
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == value


@settings(max_examples=80, deadline=None)
@given(TEXTS)
def test_round_trip_and_determinism(text: str) -> None:
    first = dipstate.parse(text)
    assert Statement.from_dict(first.to_dict()) == first
    assert dipstate.parse(text) == first
