"""Saved HTML pages: `parse_html` and `dipstate parse page.html` read the text a reader sees, and
every offset indexes ``statement.text``. The pages in fixtures/html are written in the styles of
different sites (a US department with its banner, a foreign ministry, a council press office, an
alliance, a prime minister's office, a UN organ in a table layout), each beside the plain text a
reader would copy from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dipstate
from dipstate.cli import main

pytest.importorskip("selectolax")

PAGES = sorted((Path(__file__).parent / "fixtures" / "html").glob("*.html"))


def _content(st: dipstate.Statement) -> tuple[object, ...]:
    """What a statement says, without its offsets (which index different texts)."""
    return (
        st.header,
        [(p.code, p.name) for p in st.parties],
        [(p.name, p.title, p.country, p.role) for p in st.participants],
        [(s.kind, s.heading, [" ".join(p.text.split()) for p in s.paragraphs]) for s in st.sections],
        [(" ".join(p.text.split()), p.actors, p.trigger, p.kind, p.negated, p.deadline) for p in st.pledges],
    )


def test_there_are_six_site_styles_at_least() -> None:
    assert len(PAGES) >= 6


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_a_page_parses_to_what_its_plain_text_gives(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    plain = page.with_suffix(".txt").read_text(encoding="utf-8")
    st = dipstate.parse_html(html)
    assert _content(st) == _content(dipstate.parse(plain))
    assert st.text is not None
    for section in st.sections:
        for p in section.paragraphs:
            assert st.text[p.span.start : p.span.end] == p.text
    for pledge in st.pledges:
        assert st.text[pledge.span.start : pledge.span.end] == pledge.text


def test_scripts_styles_and_hidden_elements_are_not_text() -> None:
    html = (
        "<html><head><title>Tab title</title><style>p{color:red}</style><script>var x = 1;</script></head><body>"
        "<div hidden>Hidden banner</div><p aria-hidden='true'>Decor</p><p style='display: none'>Cookie</p>"
        "<template><p>Later</p></template><p>Shown text.</p></body></html>"
    )
    assert dipstate.parse_html(html).text == "Shown text.\n"


def test_blocks_become_lines_and_list_items_keep_their_markers() -> None:
    html = "<h1>Title</h1><div>One<br>Two</div><ul><li>alpha</li><li>beta</li></ul><ol><li>first</li><li>second</li></ol>"
    assert dipstate.parse_html(html).text == "Title\n\nOne\nTwo\n\n• alpha\n• beta\n\n1. first\n2. second\n"


def test_parse_html_takes_only_a_str() -> None:
    with pytest.raises(TypeError, match="bytes"):
        dipstate.parse_html(b"<p>x</p>")  # type: ignore[arg-type]


def test_a_statement_from_parse_carries_its_text() -> None:
    text = "Joint Statement\nMay 1, 2024\n\nWe will act.\n"
    st = dipstate.parse(text)
    assert st.text is text
    assert dipstate.Statement.from_json(st.to_json()) == st  # text is not part of the JSON shape


def test_the_command_reads_an_html_file_and_gives_its_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = next(p for p in PAGES if p.stem == "us_readout")
    assert main(["parse", str(page), "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)[0]
    assert record["header"]["kind"] == "readout"
    text = record["text"]
    for pledge in record["pledges"]:
        start, end = pledge["span"]
        assert text[start:end] == pledge["text"]
    plain = tmp_path / "page.txt"
    plain.write_text(text, encoding="utf-8")
    assert main(["parse", str(plain), "--format", "json"]) == 0
    assert "text" not in json.loads(capsys.readouterr().out)[0]  # a text input's offsets index the file
