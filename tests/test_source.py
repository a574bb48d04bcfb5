"""The text layer: lines, paragraphs and sentences as exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipstate._participants import _OFFICE_ALONE, _honorific_name
from dipstate._people import title_regex
from dipstate._source import Source
from dipstate.model import Span


def sentences(text: str) -> list[str]:
    src = Source(text)
    return [src.slice(s) for s in src.sentences(Span(0, len(text)))]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("plain", "We met. They left.", ["We met.", "They left."]),
        ("us_inside", "The U.S. Secretary met the U.K. Minister.", ["The U.S. Secretary met the U.K. Minister."]),
        ("us_at_end", "They met in the U.S. The talks went well.", ["They met in the U.S.", "The talks went well."]),
        ("dc", "They met in Washington, D.C. The talks ended.", ["They met in Washington, D.C.", "The talks ended."]),
        ("month_abbrev", "It opens on Dec. 5 in Rome. It closes later.", ["It opens on Dec. 5 in Rome.", "It closes later."]),
        ("number", "See No. 2 of the list. Then stop.", ["See No. 2 of the list.", "Then stop."]),
        ("titles", "Mr. Sullivan and Dr. Lee met. They spoke.", ["Mr. Sullivan and Dr. Lee met.", "They spoke."]),
        ("initials", "Secretary Antony J. Blinken and Lloyd J. Austin III met today.", ["Secretary Antony J. Blinken and Lloyd J. Austin III met today."]),
        ("am_pm", "It began at 9 a.m. and ended at 5 p.m. The end.", ["It began at 9 a.m. and ended at 5 p.m.", "The end."]),
        ("eg_ie", "Some partners, e.g. Japan, i.e. a friend, joined.", ["Some partners, e.g. Japan, i.e. a friend, joined."]),
        ("closing_quote", "He said “we will.” Then he left.", ["He said “we will.”", "Then he left."]),
        ("closing_bracket", "They agreed (as before.) New talks follow.", ["They agreed (as before.)", "New talks follow."]),
        ("jr", "President Joseph R. Biden, Jr. met today with the Prime Minister.", ["President Joseph R. Biden, Jr. met today with the Prime Minister."]),
        ("question", "Will they come? We hope so.", ["Will they come?", "We hope so."]),
        ("wrapped", "We will work\ntogether. They\nagree.", ["We will work\ntogether.", "They\nagree."]),
        ("decimal", "Growth was 2.5 percent. It rose.", ["Growth was 2.5 percent.", "It rose."]),
    ],
)
def test_sentence_rules(name: str, text: str, expected: list[str]) -> None:
    assert sentences(text) == expected, name


def test_sentences_skip_list_marker_and_speaker_label() -> None:
    src = Source("12. We will act. We agree.")
    assert [src.slice(s) for s in src.sentences(Span(0, len(src)))] == ["We will act.", "We agree."]
    src = Source("PRESIDENT YOON:  (As interpreted.)  Thank you.")
    assert src.slice(src.sentences(Span(0, len(src)))[0]) == "(As interpreted.)"


def test_lines_keep_offsets_with_crlf_tabs_and_nbsp() -> None:
    text = "Title\r\n\r\n\tFirst\u00a0line \r\nsecond\rthird"
    src = Source(text)
    assert [src.line_text(line) for line in src.lines] == ["Title", "", "First\u00a0line", "second", "third"]
    for line in src.lines:
        assert text[line.lead : line.trail] == src.line_text(line)


def test_paragraphs_join_wrapped_lines_and_split_items() -> None:
    text = "We will\nwork together.\n\n1. First item\n   continues here.\n2. Second item.\n- a bullet\n- another"
    src = Source(text)
    paras = [src.slice(p) for p in src.paragraphs(src.lines)]
    assert paras == [
        "We will\nwork together.",
        "1. First item\n   continues here.",
        "2. Second item.",
        "- a bullet",
        "- another",
    ]


def test_wrapped_line_starting_with_a_number_is_not_an_item() -> None:
    text = "1. Following the resolution of\n2 March 2022, we will act.\n2. Next item."
    src = Source(text)
    paras = [src.slice(p) for p in src.paragraphs(src.lines)]
    assert paras == ["1. Following the resolution of\n2 March 2022, we will act.", "2. Next item."]


def test_curly_quotes_do_not_shift_offsets() -> None:
    text = "“We will act,” they said. The DPRK’s launch failed."
    src = Source(text)
    spans = src.sentences(Span(0, len(text)))
    assert [text[s.start : s.end] for s in spans] == ["“We will act,” they said.", "The DPRK’s launch failed."]


def test_lettered_items_start_paragraphs_and_are_not_part_of_sentences() -> None:
    text = "(a) We will act now.\n(b) We will meet again.\n(iv) We agree."
    src = Source(text)
    paras = src.paragraphs(src.lines)
    assert [src.slice(p) for p in paras] == ["(a) We will act now.", "(b) We will meet again.", "(iv) We agree."]
    assert [src.slice(s) for p in paras for s in src.sentences(p)] == ["We will act now.", "We will meet again.", "We agree."]


# -- one scan for many spans finds what a scan of each span finds ------------------------------------

_PIECES = ["the", "The", "President", "Mr.", "Mr", "Smith", " ", "  ", "\n", "\n\n", ",", "Secretary", "of", "é",
           "Prime Minister", "Ministers", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.lists(st.integers(0, 200), max_size=12))
def test_one_scan_over_spans_finds_what_each_span_finds(pieces: list[str], cuts: list[int]) -> None:
    text = "".join(pieces)
    source = Source(text)
    bounds = sorted({min(c, len(text)) for c in cuts})
    spans = [Span(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False)]
    for pattern in (_OFFICE_ALONE, _honorific_name(), title_regex()):
        expected = {i: [m.span() for m in found] for i, span in enumerate(spans)
                    if (found := list(source.finditer(pattern, span)))}
        assert {i: [m.span() for m in found] for i, found in source.finditer_each(pattern, spans).items()} == expected


def test_a_span_a_match_runs_into_is_scanned_on_its_own() -> None:
    text = "Read the The Secretary said so."
    source = Source(text)
    spans = [Span(0, 4), Span(9, len(text))]  # the match "the The Secretary" starts between them
    found = source.finditer_each(_OFFICE_ALONE, spans)
    assert [m.group() for m in found[1]] == ["The Secretary"]
    assert 0 not in found


def test_a_match_up_to_a_span_end_is_read_as_the_span_alone_would() -> None:
    # Scanned alone, "President" ends the span; in the whole text an "s" follows it.
    source = Source("Presidents met")
    found = source.finditer_each(title_regex(), [Span(0, 9), Span(11, 14)])
    assert [m.group() for m in found[0]] == ["President"]
