"""Guards for speed and safety without clocks: linear work, line endings, threads, statement-shaped input."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import dipstate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from families import FAMILIES

FIXTURES = Path(__file__).parent / "fixtures"


def work(text: str) -> int:
    """Function calls (Python and C, regex calls included) made by one parse: a clock-free work count."""
    calls = 0

    def count(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        dipstate.parse(text)
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_pathological_inputs_take_linear_work(family: str) -> None:
    make = FAMILIES[family]
    dipstate.parse(make(1000))  # load data and compile patterns before counting
    small, large = work(make(50_000)), work(make(200_000))
    assert large <= 5 * max(small, 1), (family, small, large)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_pathological_inputs_parse_with_exact_offsets(family: str) -> None:
    text = FAMILIES[family](200_000)
    statement = dipstate.parse(text)
    for section in statement.sections:
        for p in section.paragraphs:
            assert text[p.span.start : p.span.end] == p.text
    for pledge in statement.pledges:
        assert text[pledge.span.start : pledge.span.end] == pledge.text


def elements(statement: dipstate.Statement) -> list[tuple[str, int, int]]:
    out = [("section", s.span.start, s.span.end) for s in statement.sections]
    out += [("pledge", p.span.start, p.span.end) for p in statement.pledges]
    out += [("party", p.span.start, p.span.end) for p in statement.parties]
    out += [("mention", m.start, m.end) for p in statement.participants for m in p.mentions]
    return out


def crlf_map(text: str) -> list[int]:
    """Offsets of ``text`` (with \\n) in the same text written with \\r\\n."""
    out, shift = [], 0
    for ch in text:
        out.append(len(out) + shift)
        if ch == "\n":
            shift += 1
    out.append(len(text) + shift)
    return out


HEADS = st.sampled_from([
    "Joint Statement of Japan, the Republic of Korea, and the United States",
    "Readout of President Biden’s Call with Prime Minister Albanese of Australia",
    "G7 Leaders’ Statement", "Statement from NSC Spokesperson Jane Roe on the Launch",
])
DATES = st.sampled_from(["June 3, 2023", "3 June 2023", "2023-06-03", ""])
NAMES = st.sampled_from([
    "Secretary of State Antony J. Blinken", "Japanese Foreign Minister Hayashi Yoshimasa",
    "ROK President Yoon Suk Yeol", "Prime Minister Rishi Sunak of the United Kingdom", "the Secretary",
])
ALIASES = st.sampled_from(["the U.S.", "the ROK", "South Korea", "the DPRK", "the PRC", "Türkiye", "the UK", "the EU"])
SENTENCES = st.one_of(
    st.builds("We will work with {} by 2030.".format, ALIASES),
    st.builds("{} met today with {} in Jakarta, Indonesia.".format, NAMES, NAMES),
    st.builds("The three countries reaffirm their commitment to {}.".format, ALIASES),
    st.builds("{} strongly condemn the launch.".format, ALIASES),
    st.just("1. We commit to act within six months."),
    st.just("PRESIDENT BIDEN:  Thank you."),
    st.just("BRIEFING ROOM"),
)
STATEMENTS = st.builds(
    lambda head, date, paras: "\n\n".join([f"{head}\n{date}", *(" ".join(p) for p in paras)]),
    HEADS, DATES, st.lists(st.lists(SENTENCES, min_size=1, max_size=4), max_size=6),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STATEMENTS)
def test_statement_shaped_text(text: str) -> None:
    first = dipstate.parse(text)
    assert dipstate.parse(text) == first
    for kind, start, end in elements(first):
        assert 0 <= start <= end <= len(text), kind
    for pledge in first.pledges:
        assert text[pledge.span.start : pledge.span.end] == pledge.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STATEMENTS)
@example(  # a line of exactly the hard-wrap limit: its "\r" must not count towards its length
    "Joint Statement of Japan, the Republic of Korea, and the United States\nJune 3, 2023\n\n"
    "1. We commit to act within six months. 1. We commit to act within six months. "
    "PRESIDENT BIDEN:  Thank you. BRIEFING ROOM\n\nWe will work with the U.S. by 2030."
)
def test_line_endings_do_not_change_results(text: str) -> None:
    crlf = text.replace("\n", "\r\n")
    mapping = crlf_map(text)
    expected = [(kind, mapping[s], mapping[e]) for kind, s, e in elements(dipstate.parse(text))]
    assert elements(dipstate.parse(crlf)) == expected
    assert dipstate.parse(crlf).header == dipstate.parse(text).header


def test_parsing_from_eight_threads_matches_one() -> None:
    texts = [(FIXTURES / name).read_text(encoding="utf-8") for name in ("d01.txt", "d02.txt")] * 8
    expected = [dipstate.parse(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(dipstate.parse, texts))
    assert got == expected
