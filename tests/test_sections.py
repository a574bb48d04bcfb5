"""Section rules: chrome, lead-ins, markers, headings, items, transcripts."""

from __future__ import annotations

import dipstate
from dipstate import SectionKind


def kinds(text: str) -> list[tuple[str, str | None, str]]:
    st = dipstate.parse(text)
    return [(s.kind.value, s.heading, s.paragraphs[0].text[:20] if s.paragraphs else "") for s in st.sections]


def test_chrome_runs_preamble_markers_and_body() -> None:
    text = (
        "BRIEFING ROOM\n\nJoint Statement on Trade\n\nJune 3, 2023\n\nStatements and Releases\n\n"
        "The text of the following joint statement was released by the two governments.\n\n"
        "Begin text\n\nWe will trade more.\n\nWe will meet again.\n\nEnd text\n\nNext Post\n"
    )
    assert kinds(text) == [
        ("boilerplate", None, "BRIEFING ROOM"),
        ("boilerplate", None, "Statements and Relea"),
        ("preamble", None, "The text of the foll"),
        ("body", None, "We will trade more."),
        ("boilerplate", None, "Next Post"),
    ]
    body = dipstate.parse(text).sections[3]
    assert len(body.paragraphs) == 2


def test_title_and_markers_belong_to_no_section() -> None:
    text = "Joint Statement\nJune 3, 2023\n\nBegin text\n\nWe will act.\n\nEnd text\n"
    st = dipstate.parse(text)
    covered = "".join(p.text for s in st.sections for p in s.paragraphs)
    assert "Joint Statement" not in covered and "Begin text" not in covered and "End text" not in covered


def test_headings_open_body_sections() -> None:
    text = (
        "The Example Communique\nJuly 15, 2022\n\nThe two sides met.\n\nEnergy Security\n\n"
        "The two sides will cooperate.\n\nNuclear Disarmament and Non-Proliferation\n\nThey agreed.\n"
    )
    assert kinds(text) == [
        ("body", None, "The two sides met."),
        ("body", "Energy Security", "The two sides will c"),
        ("body", "Nuclear Disarmament and Non-Proliferation", "They agreed."),
    ]


def test_colon_heading_on_its_own_line_above_text() -> None:
    text = "Fact Sheet: Ties\nMarch 17, 2021\n\nIntro text here.\n\nCombating COVID-19:\nThe top priority is the pandemic.\n"
    assert kinds(text)[1] == ("body", "Combating COVID-19:", "The top priority is ")


def test_second_item_title_heads_its_first_section_and_readout_kind() -> None:
    text = (
        "Joint Statement on Trade\nJune 3, 2023\n\nBegin text\n\nWe will trade.\n\nEnd text\n\n"
        "Secretary Roe’s Meeting with Foreign Minister Doe\n\n"
        "The below is attributable to Spokesperson Jane Poe:\n\n"
        "Secretary Roe met today with Foreign Minister Doe.\n"
    )
    assert kinds(text) == [
        ("body", None, "We will trade."),
        ("preamble", "Secretary Roe’s Meeting with Foreign Minister Doe", "The below is attribu"),
        ("readout", None, "Secretary Roe met tod"[:20]),
    ]


def test_transcript_turns_carry_speakers_and_closing_lines() -> None:
    text = (
        "Remarks Before Their Meeting\n\nNovember 13, 2022\n\nSokha Hotel\nPhnom Penh, Cambodia\n\n"
        "4:37 P.M. ICT\n\nPRESIDENT BIDEN:  Thank you.\n\nWe have work to do.\n\n"
        "PRIME MINISTER KISHIDA:  (As interpreted.)  Thank you.\n\nEND 4:45 P.M. ICT\n"
    )
    st = dipstate.parse(text)
    assert [s.kind for s in st.sections] == [SectionKind.PREAMBLE, SectionKind.TRANSCRIPT]
    turns = st.sections[1].paragraphs
    assert [p.speaker for p in turns] == ["PRESIDENT BIDEN", "PRESIDENT BIDEN", "PRIME MINISTER KISHIDA", "PRIME MINISTER KISHIDA"]
    assert turns[-1].text == "END 4:45 P.M. ICT"


def test_numbered_communique_is_one_body_with_item_paragraphs() -> None:
    text = "G7 Leaders’ Statement\nMarch 24, 2022\n\n1. We met today.\n2. We will act\n   together.\n\n3. We agree.\n"
    st = dipstate.parse(text)
    assert len(st.sections) == 1
    assert [p.text for p in st.sections[0].paragraphs] == ["1. We met today.", "2. We will act\n   together.", "3. We agree."]


def test_every_non_blank_line_in_exactly_one_section_or_header() -> None:
    text = (
        "An official website of the United States government\n\nJoint Statement\nJune 3, 2023\n\n"
        "We will act.\n\nTrade\n\nWe will trade.\n\n(PDF)\n"
    )
    st = dipstate.parse(text)
    owned = [p.span for s in st.sections for p in s.paragraphs]
    for line in [ln for ln in text.split("\n") if ln.strip()]:
        if line in ("Joint Statement", "June 3, 2023"):
            continue
        hits = [sp for sp in owned if text[sp.start : sp.end] == line] + [
            s.span for s in st.sections if s.heading == line
        ]
        assert len(hits) == 1, line


def test_annex_heading_opens_annex_sections() -> None:
    text = "Joint Statement\nJune 3, 2023\n\nWe will act.\n\nAnnex: List of Initiatives\n\n- A training centre\n- A fund\n"
    st = dipstate.parse(text)
    assert [(s.kind, s.heading) for s in st.sections] == [
        (SectionKind.BODY, None),
        (SectionKind.ANNEX, "Annex: List of Initiatives"),
    ]
    assert len(st.sections[1].paragraphs) == 2


def test_head_chrome_rules_spare_text_that_starts_at_once() -> None:
    wrapped = "Joint Statement of Japan and Canada\nJune 3, 2023\n\nJapan and Canada will\nexpand trade\nby 2030.\n"
    bullets = "Fact Sheet: Ocean Data\n\n• We will fund buoys;\n• We will share data.\n"
    for text in (wrapped, bullets):
        st = dipstate.parse(text)
        assert [s.kind for s in st.sections] == [SectionKind.BODY], text
        assert st.pledges
