"""The two vendored sample statements, with their expected header and sections."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dipstate
from dipstate import SectionKind, StatementKind

FIXTURES = Path(__file__).parent / "fixtures"


def parsed(name: str) -> tuple[str, dipstate.Statement]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return text, dipstate.parse(text)


def test_d01_header() -> None:
    _, st = parsed("d01.txt")
    h = st.header
    assert h.title == "Joint Statement by Secretary Blinken, Japanese Foreign Minister Hayashi, and ROK Foreign Minister Park"
    assert h.date == dt.date(2023, 7, 14)
    assert h.kind is StatementKind.JOINT_STATEMENT
    assert h.location == "Jakarta, Indonesia"
    assert h.attribution == "Spokesperson Matthew Miller"
    assert h.issuer is None
    assert h.languages == ("Korean",)


def test_d01_sections() -> None:
    _, st = parsed("d01.txt")
    got = [(s.kind, s.heading) for s in st.sections]
    assert got == [
        (SectionKind.BOILERPLATE, None),
        (SectionKind.PREAMBLE, None),
        (SectionKind.BODY, None),
        (SectionKind.PREAMBLE, "Secretary Blinken’s Meeting with Japanese Foreign Minister Hayashi and Republic of Korea Foreign Minister Park"),
        (SectionKind.READOUT, None),
        (SectionKind.BOILERPLATE, None),
        (SectionKind.TRANSCRIPT, "Secretary Antony J. Blinken, Japanese Foreign Minister Hayashi Yoshimasa, and Republic of Korea Foreign Minister Park Jin Before Their Meeting"),
        (SectionKind.BOILERPLATE, None),
    ]
    body = st.sections[2]
    assert body.paragraphs[0].text.startswith("The United States, Republic of Korea, and Japan strongly condemn")
    assert len(body.paragraphs) == 5
    assert st.sections[6].paragraphs[0].speaker == "SECRETARY BLINKEN"


def test_d02_header_and_sections() -> None:
    _, st = parsed("d02.txt")
    h = st.header
    assert h.title == "United States-Japan-Republic of Korea Trilateral Ministerial Meeting (TMM) Joint Press Statement"
    assert h.date == dt.date(2023, 6, 3)
    assert h.kind is StatementKind.JOINT_STATEMENT
    assert h.location == "Singapore"
    assert h.attribution is None
    assert h.languages == ("Japanese",)
    assert [s.kind for s in st.sections] == [SectionKind.BOILERPLATE, SectionKind.BODY, SectionKind.BOILERPLATE]
    assert st.sections[1].paragraphs[0].text.startswith("U.S. Secretary of Defense Lloyd J. Austin III")
    assert st.sections[2].paragraphs[0].text.endswith("(PDF)")


def test_fixture_offsets_hold() -> None:
    for name in ("d01.txt", "d02.txt"):
        text, st = parsed(name)
        for s in st.sections:
            for p in s.paragraphs:
                assert text[p.span.start : p.span.end] == p.text
