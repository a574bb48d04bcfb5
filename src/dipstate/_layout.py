"""Line roles: site chrome, "Begin text" markers, the title and date lines, line shapes.

The layout is computed once per document and read by the header and section
stages, so both agree on which lines belong to the header and which are chrome.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

import attrs
import regex

from dipstate import _data, _dates, _gazetteer
from dipstate._source import SPEAKER_LABEL, Line, Source
from dipstate.model import Span

_MAX_CHROME = 400
_MAX_TITLE = 300
_MAX_HEADING_WORDS = 16
_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*+")
_TIME = regex.compile(
    r"(?:END[ \u00a0]+)?\d{1,2}:\d{2}[ \u00a0]*+[AaPp]\.?[Mm]\.?(?:[ \u00a0]+[A-Z]{2,5})?"
)
_PLACE = regex.compile(
    r"(?P<head>[\p{Lu}][\p{L}'\u2019.-]{0,30}+(?:[ \u00a0][\p{Lu}][\p{L}'\u2019.-]{0,30}+){0,4}+),"
    r"[ \u00a0](?P<tail>[\p{Lu}][\p{L}'\u2019.-]{0,30}+(?:[ \u00a0][\p{Lu}][\p{L}'\u2019.-]{0,30}+){0,4}+)"
)


class LineKind(Enum):
    BLANK = "blank"
    CHROME = "chrome"
    MARKER = "marker"
    TITLE = "title"
    DATE = "date"
    TEXT = "text"


@attrs.frozen
class Layout:
    """Per-line roles and the header's own lines."""

    kinds: tuple[LineKind, ...]
    title: Span | None
    title_lines: tuple[int, ...]
    date_line: int | None


@lru_cache(maxsize=1)
def _chrome() -> regex.Pattern[str]:
    langs = "(?:" + "|".join(_data.lines("languages.txt")) + ")"
    parts = [p.replace("{LANG}", langs) for p in _data.lines("boilerplate.txt")]
    return regex.compile("(?i)(?:" + "|".join(parts) + r")[ \u00a0]*+")


@lru_cache(maxsize=1)
def _markers() -> regex.Pattern[str]:
    return regex.compile("(?i)(?:" + "|".join(_data.lines("markers.txt")) + ")")


@lru_cache(maxsize=1)
def _preamble() -> regex.Pattern[str]:
    return regex.compile("(?i)(?:" + "|".join(_data.lines("preamble.txt")) + ")")


@lru_cache(maxsize=1)
def _date_line() -> regex.Pattern[str]:
    """A line that is a date: "June 3, 2023", "Release Date: 3 June 2023", "June 3, 2023 | Washington"."""
    prefix = r"(?i:(?:release date|date|dated|issued|published|for release)[ \u00a0]*+:?[ \u00a0]*+)?"
    clock = r"(?:,?[ \u00a0]++(?:at[ \u00a0]++)?\d{1,2}:\d{2}[ \u00a0]*+[AaPp]\.?[Mm]\.?(?:[ \u00a0]++[A-Z]{2,5})?)?"
    tail = clock + r"(?:[ \u00a0]*+[|\u2013\u2014-][ \u00a0]*+[\p{Lu}][\p{L}.,' \u00a0]{0,40}+)?"
    return regex.compile(prefix + r"(?:" + _dates.date_regex().pattern + r")" + tail + r"[ \u00a0.]*+")


@lru_cache(maxsize=1)
def _languages() -> regex.Pattern[str]:
    return regex.compile(r"\b(?:" + "|".join(_data.lines("languages.txt")) + r")\b")


def is_chrome(source: Source, line: Line) -> bool:
    """A line of site chrome (``data/boilerplate.txt``)."""
    return line.trail - line.lead <= _MAX_CHROME and bool(source.fullmatch(_chrome(), line.span))


@lru_cache(maxsize=1)
def _issuers() -> regex.Pattern[str]:
    return regex.compile("(?i)(?:" + "|".join(_data.lines("issuers.txt")) + ")")


def is_issuer(source: Source, line: Line) -> bool:
    """A line naming the publishing office ("Office of the Spokesperson"): page template."""
    return line.trail - line.lead <= 80 and bool(source.fullmatch(_issuers(), line.span))


def is_marker(source: Source, line: Line) -> bool:
    """A "Begin text" / "End text" line."""
    return line.trail - line.lead <= 40 and bool(source.fullmatch(_markers(), line.span))


def is_date_line(source: Source, line: Line) -> bool:
    """A line that holds only a date."""
    return line.trail - line.lead <= 80 and bool(source.fullmatch(_date_line(), line.span))


def is_time_line(source: Source, span: Span) -> bool:
    """"4:37 P.M. ICT", "END 4:45 P.M. ICT"."""
    return len(span) <= 40 and bool(source.fullmatch(_TIME, span))


def starts_preamble(source: Source, span: Span) -> bool:
    """A lead-in such as "The text of the following joint statement was released by"."""
    return bool(source.match(_preamble(), span))


def place_parts(source: Source, span: Span) -> tuple[str, str] | None:
    """("Phnom Penh", "Cambodia") for a line that is only a place, else None."""
    if len(span) > 80:
        return None
    m = source.fullmatch(_PLACE, span)
    if not m:
        return None
    tail = m.group("tail")
    return (m.group("head"), tail) if known_region(tail) else None


def known_region(name: str) -> bool:
    """A state, a known place, or a US state abbreviation: what may follow "City, "."""
    entry = _gazetteer.lookup(name) or (_gazetteer.lookup(name.title()) if name.isupper() else None)
    if entry is not None and entry.kind in (_gazetteer.STATE, _gazetteer.PLACE):
        return True
    return name in _data.lineset("us_states.txt")


def languages_in(source: Source, line: Line) -> list[str]:
    """Language names on a chrome line ("[Read the full text: English I Korean]")."""
    return [m.group() for m in source.finditer(_languages(), line.span)]


def speaker_label(source: Source, span: Span) -> Span | None:
    """The span of a transcript speaker label opening ``span`` ("PRESIDENT YOON"), if any."""
    m = source.match(SPEAKER_LABEL, span)
    if not m:
        return None
    label = m.group("label")
    letters = [c for c in label if c.isalpha()]
    if len(letters) < 1 or not all(c.isupper() for c in letters):
        return None
    if label.rstrip(".") in ("END", "NOTE", "PDF") or (len(letters) < 2 and label != "Q"):
        return None
    return Span(m.start("label"), m.end("label"))


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    return _data.wordset("small_words.txt")


def title_case(text: str) -> bool:
    """Most significant words capitalised, as in a title or heading."""
    words = _WORDS.findall(text)
    significant = [w for w in words if w.casefold() not in _small_words()]
    if not significant or not (text[0].isupper() or text[0].isdigit()):
        return False
    capitals = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return capitals / len(significant) >= 0.75


def title_like(source: Source, span: Span) -> bool:
    """A line that could be a title: short, no closing full stop, capitalised start."""
    if not span or len(span) > _MAX_TITLE:
        return False
    text = source.slice(span)
    if text[-1] in ".;,!" or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
        return False
    return not starts_preamble(source, span)


def heading_like(source: Source, span: Span, max_words: int = _MAX_HEADING_WORDS) -> bool:
    """A heading line: short, title-cased, no sentence punctuation at its end."""
    if not span or len(span) > max_words * 12:
        return False
    text = source.slice(span)
    body = text[:-1] if text.endswith(":") else text
    if not body or body[-1] in ".;,!?\"”'’" or body.startswith(("(", "[", "-", "*", "•")):
        return False
    if len(_WORDS.findall(body)) > max_words:
        return False
    return title_case(body)


_TOPIC = regex.compile(r"[ \u00a0](?:on|regarding|concerning|about)[ \u00a0]")


def title_scope(source: Source, title: Span) -> Span:
    """The part of a title that names its issuers, before its topic ("... on Russia's Referenda")."""
    topic = source.search(_TOPIC, title)
    return Span(title.start, topic.start() if topic else title.end)


def read_layout(source: Source) -> Layout:
    """Classify every line and find the title and date lines of the first item."""
    kinds: list[LineKind] = []
    for line in source.lines:
        if line.blank:
            kinds.append(LineKind.BLANK)
        elif is_marker(source, line):
            kinds.append(LineKind.MARKER)
        elif is_chrome(source, line) or is_issuer(source, line):
            kinds.append(LineKind.CHROME)
        else:
            kinds.append(LineKind.TEXT)
    title_lines = _find_title(source, kinds)
    date_line = _find_date(source, kinds, title_lines)
    for i in title_lines:
        kinds[i] = LineKind.TITLE
    if date_line is not None:
        kinds[date_line] = LineKind.DATE
    title = None
    if title_lines:
        title = Span(source.lines[title_lines[0]].lead, source.lines[title_lines[-1]].trail)
    return Layout(tuple(kinds), title, tuple(title_lines), date_line)


def _isolated(kinds: list[LineKind], i: int, source: Source, allow_date: bool) -> bool:
    """True when line ``i`` stands alone in its block (a date line may share it)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(kinds) and kinds[j] is LineKind.TEXT:
            if allow_date and is_date_line(source, source.lines[j]):
                continue
            return False
    return True


def _find_title(source: Source, kinds: list[LineKind]) -> list[int]:
    seen = 0
    for i, line in enumerate(source.lines):
        if kinds[i] is not LineKind.TEXT:
            continue
        seen += 1
        if seen > 12:
            return []
        if is_date_line(source, line) or place_parts(source, line.span):
            continue
        if not title_like(source, line.span) or not _isolated(kinds, i, source, True):
            return []
        lines = [i]
        nxt = _next_text(kinds, i, source)
        if nxt is not None and _continues_title(source, kinds, nxt):
            lines.append(nxt)
        return lines
    return []


def _next_text(kinds: list[LineKind], i: int, source: Source) -> int | None:
    for j in range(i + 1, min(len(kinds), i + 8)):
        if kinds[j] is LineKind.TEXT and not is_date_line(source, source.lines[j]):
            return j
    return None


def _continues_title(source: Source, kinds: list[LineKind], i: int) -> bool:
    line = source.lines[i]
    words = _WORDS.findall(source.line_text(line)[:40])
    return (
        bool(words)
        and words[0] in _data.lineset("title_links.txt")
        and title_like(source, line.span)
        and _isolated(kinds, i, source, False)
    )


def _find_date(source: Source, kinds: list[LineKind], title: list[int]) -> int | None:
    texts = [i for i, k in enumerate(kinds) if k is LineKind.TEXT][:14]
    if title:
        pos = texts.index(title[0])
        window = texts[max(0, pos - 3) : pos + 4 + len(title)]
    else:
        window = texts[:6]
    for i in window:
        if i not in title and is_date_line(source, source.lines[i]):
            return i
    return None
