"""The text layer: the one place that owns the input string and its offsets.

Every other module asks a `Source` for lines, paragraphs, sentences,
slices and regex matches as offsets into the exact string given to
``parse``. Nothing here rewrites the text: ``\\r\\n``, tabs, non-breaking
spaces and curly quotes stay where they are, and "whitespace" means what
``str.isspace`` says.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TypeVar, cast

import attrs
import regex

from dipstate import _data
from dipstate.model import Span

T = TypeVar("T")
_NEWLINE = regex.compile(r"\r\n|\r|\n")
# A numbered item ("1.", "12)", "IV."), or a bullet at the start of a line.
LIST_MARKER = regex.compile(
    r"[ \t\u00a0]*+(?:\d{1,3}[.)]|[IVX]{1,5}+\.|\((?:[a-z]|[ivx]{1,4}|\d{1,3})\)|[-\u2013\u2022*\u25aa\u00b7])"
    r"[ \t\u00a0]++"
)
_NUMBER = regex.compile(r"[ \t\u00a0]*+(\d{1,3})[.)]")
# A transcript speaker label at the start of a paragraph: "SECRETARY BLINKEN:", "Q:".
SPEAKER_LABEL = regex.compile(
    r"(?P<label>(?:[A-Z][A-Z.'\u2019-]{0,20}+)(?:[ \u00a0][A-Z][A-Z.'\u2019-]{0,20}+){0,6}+)"
    r"(?:[ \u00a0]\([A-Za-z .,'\u2019-]{1,40}\))?+:"
    r"|(?P<label>Q)(?=\t|[ \u00a0]{2})"
)
# A speaker label in the words of a page that writes them in mixed case: an office and a name,
# four words or more, the last two capitalised ("President of Russia Vladimir Putin:"); see `titled_label`.
LABEL_WORDS = (
    r"\p{Lu}[\p{L}.'\u2019-]{0,20}+(?:[ \u00a0]++(?:\p{Lu}[\p{L}.'\u2019-]{0,20}+|of|the|de|von|van|bin|al)){3,7}+"
)
TITLED_LABEL = regex.compile(rf"(?P<label>{LABEL_WORDS}):(?=[ \u00a0]{{1,8}}+[\p{{Lu}}\"\u201c\u2018(])")
_TERMINATOR = regex.compile(r"[.!?\u2026]++[\"'\u201d\u2019)\]*]*+")
_QUOTE_OPENERS = "\"'\u201c\u2018([*"
_WORD = regex.compile(r"[A-Za-z]{1,20}+")
_MAX_TOKEN = 40
MATCH_WINDOW = 4096  # the longest anchored match the text layer looks for
_UNWRAPPED = 120  # a line longer than this was not hard-wrapped


@attrs.frozen(init=False)
class Line:
    """One line: ``start``/``end`` bound its content without the line break;
    ``lead``/``trail`` bound it without surrounding whitespace, and ``span`` is ``[lead, trail)``;
    ``blank`` when nothing is left."""

    index: int
    start: int
    end: int
    lead: int
    trail: int
    span: Span = attrs.field(eq=False, repr=False)
    blank: bool = attrs.field(eq=False, repr=False)

    def __init__(self, index: int, start: int, end: int, lead: int, trail: int) -> None:
        # Written out: one per line of every input, and its span and blankness are asked for again and again.
        _set(self, "index", index)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "lead", lead)
        _set(self, "trail", trail)
        _set(self, "span", Span(lead, trail))
        _set(self, "blank", lead == trail)


_set = object.__setattr__  # how a frozen class sets its own fields


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in _data.table("abbreviations.tsv")}


def _trimmed(start: int, end: int, content: str) -> tuple[int, int]:
    """The line ``content`` at ``[start, end)`` without surrounding whitespace, as (lead, trail);
    (end, end) when blank."""
    left = content.lstrip()
    if not left:
        return end, end
    lead = end - len(left)
    return lead, lead + len(left.rstrip())


class Source:
    """The input string with its lines, paragraphs and sentences as offsets."""

    __slots__ = ("_breaks", "_line_ends", "_memo", "_sentences", "lines", "text")

    def __init__(self, text: str, breaks: Sequence[tuple[int, int, bool]] = ()) -> None:
        """``breaks`` are line breaks the text lost (`dipstate._reflow.lost_breaks`): each
        whitespace run ``[start, end)`` ends a line there, and a paragraph where its flag is set."""
        self.text = text
        self._breaks = sorted(breaks)
        self.lines: tuple[Line, ...] = tuple(self._split_lines())
        self._line_ends = [line.end for line in self.lines]  # for finding a span's lines by bisection
        self._sentences: dict[tuple[int, int], tuple[Span, ...]] = {}
        self._memo: dict[str, object] = {}

    def memo(self, key: str, factory: Callable[[], T]) -> T:
        """``factory()`` computed once per source: whole-text results other stages share."""
        if key not in self._memo:
            self._memo[key] = factory()
        return cast(T, self._memo[key])

    def __len__(self) -> int:
        return len(self.text)

    # -- slices -------------------------------------------------------------

    def slice(self, span: Span) -> str:
        """The exact text of ``span``."""
        return self.text[span.start : span.end]

    def between(self, start: int, end: int) -> str:
        """The exact text of ``[start, end)``, for hot loops that work on plain offsets."""
        return self.text[start:end]

    def collapsed(self, span: Span) -> str:
        """The text of ``span`` with every whitespace run folded to one space."""
        return " ".join(self.slice(span).split())

    def strip(self, start: int, end: int) -> Span:
        """``[start, end)`` without leading and trailing whitespace."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start, end)

    def finditer(
        self, pattern: regex.Pattern[str], span: Span | None = None
    ) -> Iterator[regex.Match[str]]:
        """Matches of ``pattern`` inside ``span`` (the whole text by default)."""
        if span is None:
            return pattern.finditer(self.text)
        return pattern.finditer(self.text, span.start, span.end)

    def finditer_each(self, pattern: regex.Pattern[str], spans: Sequence[Span]) -> dict[int, list[regex.Match[str]]]:
        """`finditer` inside each of ``spans`` (in order, not overlapping), by the index of each span
        with a match, from one scan over them all rather than one a span: a match inside a span is
        the span's, and a span that a match crosses into or out of, or that text other than
        whitespace follows, is scanned on its own. For patterns without end anchors whose
        lookaheads read one character and take whitespace as they take the end of the text
        ("(?![\\p{L}])"): a match inside a span then reads nothing that differs from the span alone."""
        if not spans:
            return {}
        starts = [span.start for span in spans]
        ends = [span.end for span in spans]
        if not all(map(operator.le, ends[:-1], starts[1:])):  # not in order: one by one
            return {i: found for i, span in enumerate(spans) if (found := list(self.finditer(pattern, span)))}
        out: dict[int, list[regex.Match[str]]] = {}
        text = self.text
        crossed = {i for i, end in enumerate(ends) if end < len(text) and not text[end].isspace()}
        for m in pattern.finditer(text, starts[0], ends[-1]):
            i = bisect.bisect_right(starts, m.start()) - 1  # the last span starting at or before the match
            if i >= 0 and m.start() < ends[i]:
                out.setdefault(i, []).append(m)
                if m.end() > ends[i]:
                    crossed.add(i)  # out of the span
            crossed.update(range(i + 1, bisect.bisect_left(starts, m.end())))  # spans the match runs into
        for i in crossed:
            found = list(self.finditer(pattern, spans[i]))
            if found:
                out[i] = found
            else:
                out.pop(i, None)
        return dict(sorted(out.items()))

    def search(self, pattern: regex.Pattern[str], span: Span | None = None) -> regex.Match[str] | None:
        """The first match of ``pattern`` inside ``span`` (the whole text by default)."""
        if span is None:
            return pattern.search(self.text)
        return pattern.search(self.text, span.start, span.end)

    def tokens(
        self, pattern: regex.Pattern[str], span: Span | None = None
    ) -> list[tuple[int, int, str]]:
        """``(start, end, text)`` of every match of ``pattern`` inside ``span``."""
        return self.tokens_at(pattern, *((span.start, span.end) if span is not None else (0, len(self.text))))

    def finditer_at(self, pattern: regex.Pattern[str], start: int, end: int) -> Iterator[regex.Match[str]]:
        """`finditer` inside ``[start, end)``, for hot loops that work on plain offsets."""
        return pattern.finditer(self.text, start, end)

    def tokens_at(self, pattern: regex.Pattern[str], start: int, end: int) -> list[tuple[int, int, str]]:
        """`tokens` inside ``[start, end)``, for hot loops that work on plain offsets."""
        return [(m.start(), m.end(), m.group()) for m in pattern.finditer(self.text, start, end)]

    def match_at(self, pattern: regex.Pattern[str], start: int, end: int) -> regex.Match[str] | None:
        """`match` at ``start`` bounded by ``end`` and ``MATCH_WINDOW``, for hot loops on plain offsets."""
        return pattern.match(self.text, start, min(end, start + MATCH_WINDOW))

    def match(self, pattern: regex.Pattern[str], span: Span) -> regex.Match[str] | None:
        """``pattern`` anchored at ``span.start``, not reaching past ``span.end`` nor ``MATCH_WINDOW``
        characters: the regex engine's anchored match costs time in proportion to its end bound,
        so an unbounded one at every word of a long text would be quadratic."""
        return self.match_at(pattern, span.start, span.end)

    def fullmatch(self, pattern: regex.Pattern[str], span: Span) -> regex.Match[str] | None:
        """``pattern`` matching the whole of ``span``."""
        return pattern.fullmatch(self.text, span.start, span.end)

    # -- lines --------------------------------------------------------------

    def _split_lines(self) -> Iterator[Line]:
        """Lines in order; a run of blank lines is kept as one blank line spanning the run."""
        text = self.text
        index = 0
        blank_from: int | None = None
        pieces = self._raw_lines()
        last = next(pieces)
        for nxt in pieces:  # every line but the last ends in a line break
            start, end, content = last
            last = nxt
            lead, trail = _trimmed(start, end, content)
            if lead == trail:
                if blank_from is None:
                    blank_from = start
                continue
            if blank_from is not None:
                yield Line(index, blank_from, start, start, start)
                index += 1
                blank_from = None
            yield Line(index, start, end, lead, trail)
            index += 1
        start, end, content = last
        lead, trail = _trimmed(start, end, content)
        last_blank = lead == trail
        if blank_from is not None and (last_blank or start < len(text)):
            yield Line(index, blank_from, end if last_blank else start, start, start)
            index += 1
            if last_blank:
                return
        if start < len(text) or not text or not last_blank:
            yield Line(index, start, end, lead, trail)

    def _raw_lines(self) -> Iterator[tuple[int, int, str]]:
        """``(start, end, content)`` of each line, the last one after the last line break (maybe
        empty); a lost break cuts a line in two, with an empty line between where it ends a paragraph."""
        if not self._breaks:
            yield from self._text_lines()
            return
        breaks = self._breaks
        i = 0
        text = self.text
        for start, end, _content in self._text_lines():
            pos = start
            while i < len(breaks) and breaks[i][0] < start:
                i += 1
            while i < len(breaks) and breaks[i][1] <= end:
                lo, hi, paragraph = breaks[i]
                i += 1
                if lo < pos:
                    continue
                yield pos, lo, text[pos:lo]
                if paragraph:
                    yield hi, hi, ""
                pos = hi
            yield pos, end, text[pos:end]

    def _text_lines(self) -> Iterator[tuple[int, int, str]]:
        """``(start, end, content)`` of each line the text's own line breaks make."""
        text = self.text
        if "\r" not in text:  # the common case: split at "\n" without a regex
            pos = 0
            for content in text.split("\n"):
                yield pos, pos + len(content), content
                pos += len(content) + 1
            return
        pos = 0
        for m in _NEWLINE.finditer(text):
            yield pos, m.start(), text[pos : m.start()]
            pos = m.end()
        yield pos, len(text), text[pos:]

    def lines_in(self, span: Span) -> list[Line]:
        """The non-blank lines that start inside ``span``."""
        lo = bisect.bisect_left(self._line_ends, span.start)  # the first line ending at or after the start
        out = []
        lines = self.lines
        for i in range(lo, len(lines)):
            line = lines[i]
            if line.lead >= span.end:
                break
            if not line.blank and line.lead >= span.start:
                out.append(line)
        return out

    def line_text(self, line: Line) -> str:
        """The line without surrounding whitespace."""
        return self.text[line.lead : line.trail]

    # -- paragraphs ---------------------------------------------------------

    def list_number(self, line: Line) -> int | None:
        """The number of a numbered item starting ``line`` ("3." -> 3), else None."""
        m = _NUMBER.match(self.text, line.start, line.end)
        return int(m.group(1)) if m else None

    def is_item(self, span: Span) -> bool:
        """True when the paragraph at ``span`` is a numbered or bulleted list item."""
        return LIST_MARKER.match(self.text, span.start, span.end) is not None

    def opens_item(self, line: Line) -> bool:
        """True when ``line`` starts with a numbered-item or bullet marker."""
        return LIST_MARKER.match(self.text, line.start, line.end) is not None

    def paragraphs(self, lines: Sequence[Line]) -> list[Span]:
        """Cut consecutive ``lines`` into paragraphs.

        Blank lines separate paragraphs; hard-wrapped lines are joined; a
        numbered item or a bullet starts a new one. A number opens an item only
        when it follows the previous item's number or is 1, so a wrapped line
        that starts "2 March 2022" stays inside its sentence. Where a line is
        longer than any hard wrap (``_UNWRAPPED``), the text puts one paragraph
        on a line, and every line is a paragraph.
        """
        if len(lines) == 1:
            return [] if lines[0].blank else [lines[0].span]  # what the loop below makes of one line
        out: list[Span] = []
        first: Line | None = None
        last: Line | None = None
        expected: int | None = None
        unwrapped = any(line.trail - line.lead > _UNWRAPPED for line in lines)
        for line in lines:
            if line.blank:
                if first is not None and last is not None:
                    out.append(Span(first.lead, last.trail))
                first = last = None
                continue
            starts = first is None or unwrapped
            number = self.list_number(line)
            if number is not None and number in (1, expected):
                starts = True
                expected = number + 1
            elif number is None and self.opens_item(line):
                starts = True
            if starts and first is not None and last is not None:
                out.append(Span(first.lead, last.trail))
            if starts:
                first = line
            last = line
        if first is not None and last is not None:
            out.append(Span(first.lead, last.trail))
        return out

    def content_start(self, span: Span) -> int:
        """Where a paragraph's own words begin: after a list marker or speaker label."""
        pos = span.start
        m = LIST_MARKER.match(self.text, pos, span.end)
        if m:
            pos = m.end()
        m = SPEAKER_LABEL.match(self.text, pos, span.end)
        if m:
            pos = m.end()
        elif (titled := self.titled_label(pos, span.end)) is not None and self._known_label(pos):
            pos = titled.end()
        return self.strip(pos, span.end).start

    def _known_label(self, pos: int) -> bool:
        """The layout read a mixed-case speaker label at ``pos`` (``memo("speaker_labels")``): only
        a person's office and name is one, not a run-in heading ("Forest Initiative: The ...")."""
        found = self._memo.get("speaker_labels")
        return isinstance(found, dict) and found.get(pos) is not None

    def titled_label(self, pos: int, end: int) -> regex.Match[str] | None:
        """A mixed-case speaker label at ``pos``: four words or more ending in two capitalised ones
        ("President of Russia Vladimir Putin:")."""
        m = TITLED_LABEL.match(self.text, pos, min(end, pos + 200))
        if m is None:
            return None
        words = m.group("label").split()
        return m if words[-1][0].isupper() and words[-2][0].isupper() else None

    # -- sentences ----------------------------------------------------------

    def sentences(self, span: Span) -> tuple[Span, ...]:
        """The sentences of a paragraph, without list markers or speaker labels.

        A full stop ends a sentence when whitespace and a capital, a digit or
        an opening quote follow, unless the word before it is an abbreviation
        (``data/abbreviations.tsv``) or an initial ("Antony J. Blinken").
        Abbreviations with inner stops ("U.S.", "D.C.", "a.m.") end a sentence
        only before a word that usually opens one (``data/starters.txt``).
        """
        key = (span.start, span.end)
        cached = self._sentences.get(key)
        if cached is None:
            cached = tuple(self._split_sentences(self.content_start(span), span.end))
            self._sentences[key] = cached
        return cached

    def _split_sentences(self, start: int, end: int) -> Iterator[Span]:
        text = self.text
        begin = start
        for m in _TERMINATOR.finditer(text, start, end):
            stop = m.end()
            if stop < end and not text[stop].isspace():
                continue
            nxt = stop
            while nxt < end and text[nxt].isspace():
                nxt += 1
            if nxt >= end:
                break
            if not self._opens_sentence(nxt, end):
                continue
            if not self._ends_sentence(m, nxt, end):
                continue
            if stop > begin:
                yield Span(begin, stop)
            begin = nxt
        tail = self.strip(begin, end)
        if tail.end > tail.start:
            yield tail

    def _opens_sentence(self, pos: int, end: int) -> bool:
        ch = self.text[pos]
        if ch.isupper() or ch.isdigit():
            return True
        if ch in _QUOTE_OPENERS and pos + 1 < end:
            after = self.text[pos + 1]
            return after.isupper() or after.isdigit() or after in _QUOTE_OPENERS
        return False

    def _ends_sentence(self, m: regex.Match[str], nxt: int, end: int) -> bool:
        if m.group() != ".":
            return True  # "?", "!", "...", or a stop followed by a closing quote or bracket
        token = self._token_before(m.start())
        if not token:
            return True
        low = token.casefold()
        rule = _abbreviations().get(low)
        if rule == "never":
            return False
        if len(token) == 1 and token.isalpha() and token.isupper():
            return False  # an initial: "Antony J. Blinken"
        if rule == "starter" or "." in token:
            word = _WORD.match(self.text, nxt, min(end, nxt + 20))
            return word is not None and word.group() in _data.lineset("starters.txt")
        return True

    def _token_before(self, pos: int) -> str:
        text = self.text
        start = pos
        limit = max(0, pos - _MAX_TOKEN)
        while start > limit and not text[start - 1].isspace():
            start -= 1
        token = text[start:pos]
        i = 0
        while i < len(token) and not token[i].isalnum():
            i += 1
        return token[i:]
