"""Cutting the document into sections: boilerplate, preamble, body, readout, transcript, annex.

The document is first turned into units (a run of chrome lines, a marker, a
paragraph), then a small state machine walks the units top to bottom and
opens a new section at a heading, a "Begin text"/"End text" boundary, a
change of kind (chrome, lead-in lines, the text proper, speaker turns) and
where a later item's title starts a new item on the same page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from dipstate import _layout
from dipstate._layout import Layout, LineKind, kind_from_title
from dipstate._source import Line, Source
from dipstate.model import Paragraph, Section, SectionKind, Span, StatementKind

_READOUT_TITLE = regex.compile(r"(?i)\breadout\b|\b(?:call|meeting|meetings|talks) with\b")
_ANNEX_TITLE = regex.compile(r"(?i)(?:annex|appendix|attachment|addendum|enclosure)\b")
_NEW_ITEM_WORDS = 34
# A line that describes the document rather than saying anything: "Statement following a meeting ...".
_DESCRIBES = regex.compile(
    r"(?i:(?:joint |press )?(?:statement|readout|remarks|speech|transcript|communiqu[eé]|declaration|summary))"
    r"[ \u00a0]++(?:following|after|by|of|from|at|issued|released|made|delivered|on the occasion)\b"
)


class Unit(NamedTuple):
    """A piece of the page: a chrome run, a marker, or a paragraph (``lines`` > 0).

    ``heads_text`` marks a heading line cut from the top of its block ("Combating COVID-19:").
    A named tuple: a page has one for every paragraph.
    """

    kind: str  # "chrome" | "marker" | "byline" | "para"
    span: Span
    lines: int = 1
    heads_text: bool = False


def _item_kind(title: str | None) -> SectionKind:
    """The section kind of an item's text proper, from its title."""
    if not title:
        return SectionKind.BODY
    if _ANNEX_TITLE.match(title):
        return SectionKind.ANNEX
    if _READOUT_TITLE.search(title) and "statement" not in title.casefold():
        return SectionKind.READOUT
    kind = kind_from_title(title)
    if kind is StatementKind.READOUT:
        return SectionKind.READOUT
    if kind is StatementKind.REMARKS:
        return SectionKind.TRANSCRIPT  # a speech without speaker labels is one speaker's turn
    return SectionKind.BODY


def units(source: Source, layout: Layout) -> list[Unit]:
    """The page as chrome runs, markers and paragraphs, skipping the header's own lines."""
    out: list[Unit] = []
    lines = source.lines
    kinds = layout.kinds
    i = 0
    n = len(lines)
    while i < n:
        kind = kinds[i]
        if kind is LineKind.MARKER:
            out.append(Unit("marker", lines[i].span))
            i += 1
        elif kind is LineKind.CHROME:
            first = last = i
            i += 1
            while i < n and kinds[i] in (LineKind.CHROME, LineKind.BLANK):
                if kinds[i] is LineKind.CHROME:
                    last = i
                i += 1
            count = sum(1 for k in kinds[first : last + 1] if k is LineKind.CHROME)
            out.append(Unit("chrome", Span(lines[first].lead, lines[last].trail), count))
        elif kind is LineKind.BYLINE:
            out.append(Unit("byline", lines[i].span))
            i += 1
        elif kind is LineKind.TEXT:
            start = i
            while i < n and kinds[i] is LineKind.TEXT:
                i += 1
            out.extend(_block_units(source, lines[start:i]))
        else:
            i += 1
    return out


def _block_units(source: Source, block: Sequence[Line]) -> Iterator[Unit]:
    """Paragraphs of one block of consecutive text lines."""
    if len(block) > 1 and _heads_block(source, block):
        yield Unit("para", block[0].span, 1, heads_text=True)
        block = block[1:]
    group: list[Line] = []
    for line in block:
        if group and _layout.speaker_label(source, line.span):
            yield from _paragraph_units(source, group)
            group = []
        group.append(line)
    yield from _paragraph_units(source, group)


def _heads_block(source: Source, block: Sequence[Line]) -> bool:
    """A heading line directly above its text: "Combating COVID-19:" or a short title-cased line."""
    first, second = block[0], block[1]
    if not _layout.heading_like(source, first.span):
        return False
    if source.line_text(first).endswith(":"):
        return True
    if first.trail - first.lead > 60 or _layout.speaker_label(source, second.span):
        return False
    if _layout.is_time_line(source, second.span) or _layout.place_parts(source, second.span):
        return False  # a venue above its city ("Sokha Hotel" / "Phnom Penh, Cambodia")
    return len(block) > 2 or second.trail - second.lead > 60


def _paragraph_units(source: Source, group: Sequence[Line]) -> Iterator[Unit]:
    i = 0
    for span in source.paragraphs(group):
        while i < len(group) and group[i].lead < span.start:
            i += 1
        count = 0
        while i < len(group) and group[i].lead < span.end:
            count += 0 if group[i].blank else 1
            i += 1
        yield Unit("para", span, count)


@attrs.define
class _Open:
    kind: SectionKind
    heading: Span | None
    paragraphs: list[Paragraph] = attrs.Factory(list)


@attrs.define
class _Cutter:
    """The state machine that turns units into sections."""

    source: Source
    units: list[Unit]
    item_kind: SectionKind
    sections: list[Section] = attrs.Factory(list)
    current: _Open | None = None
    heading: Span | None = None
    item_start: bool = True
    after_marker: bool = False
    speaker: str | None = None

    def run(self) -> tuple[Section, ...]:
        for index, unit in enumerate(self.units):
            if unit.kind == "chrome":
                self.close(flush=True)
                self.emit(SectionKind.BOILERPLATE, None, self._chrome_paragraphs(unit))
            elif unit.kind == "byline":
                self.preamble(unit)
            elif unit.kind == "marker":
                self.close(flush=True)
                self.after_marker = True
            else:
                self.paragraph(index, unit)
        self.close(flush=True)
        return tuple(self.sections)

    def paragraph(self, index: int, unit: Unit) -> None:
        source = self.source
        label = _layout.speaker_label(source, unit.span)
        nxt = self.units[index + 1] if index + 1 < len(self.units) else None
        in_transcript = self.current is not None and self.current.kind is SectionKind.TRANSCRIPT
        if label is not None:
            self.speaker = source.slice(label)
            if not in_transcript:
                self.open(SectionKind.TRANSCRIPT)
            self.add(unit, self.speaker)
            return
        if not in_transcript and (self._is_preamble(unit) or self._standfirst(unit)):
            self.preamble(unit)
            return
        heading = self._heading(unit, nxt)
        if in_transcript and self.speaker is not None and not (heading and self._new_item(unit, nxt)):
            self.add(unit, self.speaker)
            return
        if heading:
            if _ANNEX_TITLE.match(source.slice(unit.span)):
                self.item_kind = SectionKind.ANNEX
            elif self._new_item(unit, nxt):
                self.item_kind = _item_kind(source.collapsed(unit.span))
                self.item_start = True
            elif self.item_start and self._venue(nxt):
                self.preamble(unit)
                return
            self.after_marker = False
            self.close(flush=True)
            self.heading = unit.span
            return
        if self.current is None or self.current.kind is not self.item_kind:
            self.open(self.item_kind)
        self.add(unit, None)
        self.item_start = False

    def preamble(self, unit: Unit) -> None:
        if _layout.announced_kind(self.source, unit.span) == "readout":
            self.item_kind = SectionKind.READOUT  # "... provided the following readout:"
        if self.current is None or self.current.kind is not SectionKind.PREAMBLE:
            self.open(SectionKind.PREAMBLE)
        self.add(unit, None)

    # -- unit shapes ------------------------------------------------------

    def _heading(self, unit: Unit, nxt: Unit | None) -> bool:
        if unit.heads_text:
            return True
        if unit.lines != 1 or not _layout.heading_like(self.source, unit.span, _NEW_ITEM_WORDS):
            return False
        if (nxt is None or nxt.kind != "para") and self.current is not None and self._signature(unit):
            return False  # "Stéphane Dujarric, Spokesman for the Secretary-General" closing the text
        if _layout.heading_like(self.source, unit.span):
            return True
        return self._new_item(unit, nxt)

    def _signature(self, unit: Unit) -> bool:
        """A name and office on their own line: who signs what stands above it."""
        lines = self.source.lines_in(unit.span)
        return len(lines) == 1 and "," in self.source.line_text(lines[0]) and _layout.person_line(self.source, lines[0])

    def _new_item(self, unit: Unit, nxt: Unit | None) -> bool:
        if unit.heads_text:
            return False
        if self.after_marker or kind_from_title(self.source.collapsed(unit.span)) is not None:
            return True
        if nxt is None or nxt.kind != "para":
            return False
        return _layout.starts_preamble(self.source, nxt.span) or bool(
            _layout.speaker_label(self.source, nxt.span)
        )

    def _is_preamble(self, unit: Unit) -> bool:
        source = self.source
        if _layout.starts_preamble(source, unit.span):
            return True
        if not self.item_start or unit.lines > 4:
            return False
        if _layout.announces_text(source, unit.span):
            return True
        lines = source.lines_in(unit.span)
        if any(line.trail - line.lead > 60 or source.line_text(line)[-1] in ".;!?" for line in lines):
            return False
        return any(
            _layout.is_time_line(source, line.span) or _layout.place_parts(source, line.span)
            or (unit.lines == 1 and _layout.city_line(source, line.span))
            for line in lines
        )

    def _standfirst(self, unit: Unit) -> bool:
        """A one-line summary under the title that describes the document ("Statement following a
        meeting in London between ..."): the lead-in of the text, not the text."""
        if not self.item_start or unit.lines != 1 or self.current is not None or len(unit.span) > 300:
            return False
        if any(s.kind not in (SectionKind.BOILERPLATE, SectionKind.PREAMBLE) for s in self.sections):
            return False
        return self.source.match(_DESCRIBES, unit.span) is not None

    def _venue(self, nxt: Unit | None) -> bool:
        """A venue line ("Sokha Hotel") is one followed by a place or time line."""
        return (
            nxt is not None
            and nxt.kind == "para"
            and nxt.lines == 1
            and (
                _layout.is_time_line(self.source, nxt.span)
                or bool(_layout.place_parts(self.source, nxt.span))
            )
        )

    # -- building ---------------------------------------------------------

    def _chrome_paragraphs(self, unit: Unit) -> list[Paragraph]:
        return [Paragraph(self.source.line_text(line), line.span) for line in self.source.lines_in(unit.span)]

    def open(self, kind: SectionKind) -> None:
        self.close(flush=False)
        self.current = _Open(kind, self.heading)
        self.heading = None
        if kind is not SectionKind.TRANSCRIPT:
            self.speaker = None

    def add(self, unit: Unit, speaker: str | None) -> None:
        assert self.current is not None
        self.current.paragraphs.append(Paragraph(self.source.slice(unit.span), unit.span, speaker))

    def close(self, *, flush: bool) -> None:
        """End the open section; with ``flush``, a heading nothing followed becomes one too."""
        if self.current is not None:
            self.emit(self.current.kind, self.current.heading, self.current.paragraphs)
            self.current = None
        if flush and self.heading is not None:
            self.emit(self.item_kind, self.heading, [])
            self.heading = None

    def emit(self, kind: SectionKind, heading: Span | None, paragraphs: list[Paragraph]) -> None:
        start = heading.start if heading else paragraphs[0].span.start
        end = paragraphs[-1].span.end if paragraphs else (heading.end if heading else start)
        heading_text = self.source.collapsed(heading) if heading else None
        self.sections.append(Section(kind, heading_text, Span(start, end), tuple(paragraphs)))


def cut_sections(source: Source, layout: Layout, title: str | None) -> tuple[Section, ...]:
    """The document's sections, in order; every non-header, non-marker line in exactly one."""
    return _Cutter(source, units(source, layout), _item_kind(title)).run()
