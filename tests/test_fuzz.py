"""Fuzzing in the suite: the generators of ``fuzzing.py`` driven by hypothesis (a short run; the long
seeded run is ``make fuzz``), and the inputs that once broke parse, each as its own case."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzzing import GENERATORS, problems


@pytest.mark.parametrize("name", sorted(GENERATORS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_generated_inputs_hold_every_property(name: str, rng: random.Random) -> None:
    text = GENERATORS[name](rng)
    assert problems(text) == [], repr(text[:200])


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=300))
def test_any_code_points_hold_every_property(text: str) -> None:
    assert problems(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a name that ran past its paragraph's end (backwards span)
        "Ms. Enoh T. Ebong, Acting Director of the United States Trade and Development Agency, will lead the delegation.",
        # a country name wrapped across the paragraph end (backwards span)
        "Q:We the leaders of Japan the Republic\nof Korea t Unitedveer, in an expeditious manner, to coordinat",
        # year 0 in a deadline
        "we commit to\x12by Jun 0000",
        # a deadline past year 9999
        "December 1 9999\nThe National Security Advisors reaffirmed commitment\nwithin 9 year",
        "December 30 9999\nWe will act next year, within 3 days and by the end of this decade.",
        # a first sentence that is only "The" before a line break (an opening past the sentence's end)
        "J uly 14, 2023\nThe \ntext of the following joint statement was released by the Governments of the United"
        " States, Japan, and the Republic of Korea.",
    ],
)
def test_inputs_that_once_raised(text: str) -> None:
    assert problems(text) == []
