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
from dipstate._people import find_mentions, title_info
from dipstate._source import SPEAKER_LABEL, Line, Source
from dipstate.model import Span, StatementKind

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
    BYLINE = "byline"
    TEXT = "text"


@attrs.frozen
class Layout:
    """Per-line roles and the header's own lines."""

    kinds: tuple[LineKind, ...]
    title: Span | None
    title_lines: tuple[int, ...]
    date_line: int | None
    date_span: Span | None = None


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
    bullet = r"(?:[\u2022\u25aa\u00b7*-][ \u00a0]++)?"
    byline = r"(?:[^|\n]{1,60}+\|[ \u00a0]*+)?"  # "PM Lee Hsien Loong | 11 June 2022"
    # "Brussels, 12/03/2023 - 14:05", "Karuizawa, Japan, 18 April 2023": the place it was issued
    # a place word is no month or weekday ("Washington, October 7, 2024", "Nairobi, Monday, ...")
    days = "|".join(_data.lines("weekdays.txt"))
    word = rf"(?!(?:{_dates.month_pattern()}|(?i:{days}))\b)\p{{Lu}}[\p{{L}}.'\u2019-]{{1,30}}+"
    place = rf"(?P<place>{word}(?:[ \u00a0,]{{1,2}}+{word}){{0,3}}+),[ \u00a0]++"
    prefix = (
        r"(?i:(?:release date|date|dated|issued(?: on)?|published(?: on)?|posted(?: on)?|last updated|updated"
        r"|for release)[ \u00a0]*+:?[ \u00a0]*+)?"
    )
    clock = (
        r"(?:,?[ \u00a0]++(?:at[ \u00a0]++)?\d{1,2}:\d{2}(?:[ \u00a0]*+[AaPp]\.?[Mm]\.?)?"
        r"(?:[ \u00a0]++[A-Z]{2,5})?)?"
    )
    tail = clock + r"(?:[ \u00a0]*+[|\u2013\u2014-][ \u00a0]*+(?:[\p{Lu}][\p{L}.,' \u00a0]{0,40}+|\d{1,2}:\d{2}))?"
    # "04.05.2026 Press and information team of the Delegation to Moldova": the issuer after the date
    offices = [o for o in _data.lines("issuers.txt") if "(?(" not in o]  # not those "Issued by" conditions
    issuer = r"(?:[ \u00a0]++(?i:" + "|".join(offices) + r"))?"
    return regex.compile(
        bullet + byline + f"(?:{place})?" + prefix + r"(?:" + _dates.date_regex().pattern + r")" + tail + issuer
        + r"[ \u00a0.\u2013\u2014-]*+"
    )


_LINK_WORD = regex.compile(r"\p{L}++")


@lru_cache(maxsize=1)
def _languages() -> regex.Pattern[str]:
    return regex.compile(r"\b(?:" + "|".join(_data.lines("languages.txt")) + r")\b")


def is_chrome(source: Source, line: Line, latin: bool = True) -> bool:
    """A line of site chrome: listed in ``data/boilerplate.txt``, or chrome by its shape.

    Shapes: no word at all ("• |", "______"), a bare number or code ("1645",
    "KOR"), a view counter ("hit 2763"), a breadcrumb ("Home > News > ..."),
    and, in a text written in Latin script (``latin``), a short line in another
    script (a menu in Korean above an English statement).
    """
    if line.trail - line.lead > _MAX_CHROME:
        return False
    if source.fullmatch(_chrome(), line.span):
        return True
    text = source.line_text(line)
    if not _TRAIL_MARKS.isdisjoint(text) and (
        source.match(_BREADCRUMB_START, line.span) or source.search(_BREADCRUMB, line.span)
    ):
        return True
    return latin and len(text) <= 80 and not text.isascii() and _foreign_script(text)


def _shaped_chrome(source: Source, line: Line) -> bool:
    """No word at all ("• |", "______"), a bare number or code ("1645", "KOR"), a counter ("hit").

    Inside the text such lines are separators ("***") or list numbers, so only the page's head reads them as chrome.
    """
    return bool(source.fullmatch(_SHAPE_CHROME, line.span))


# Chrome by shape: no letters; a bare number, code or counter.
_SHAPE_CHROME = regex.compile(
    r"[^\p{L}\p{N}]++"
    r"|[\d,.\u00a0 ]{1,12}+"
    r"|\p{Lu}{2,3}+"
    r"|(?i:hits?|views?|visits?|read count|page views?)(?:[ \u00a0:]++\d[\d,.]{0,12}+)?"
)
# "Home > Media > Statements", "Home | News", "Accueil » ...": a trail of links.
_TRAIL_MARKS = frozenset(">»›|/")
_BREADCRUMB_START = regex.compile(r"(?i:home|start|main page|accueil)[ \u00a0]*+[>»›|/][ \u00a0]")
_BREADCRUMB = regex.compile(r"[ \u00a0][>»›][ \u00a0][^>»›\n]{1,80}+[ \u00a0][>»›][ \u00a0]")
_LATIN = regex.compile(r"\p{Script=Latin}")
_LETTER = regex.compile(r"\p{L}")
_OTHER_SCRIPT = regex.compile(r"(?V1)[\p{L}--\p{Script=Latin}]")


def _foreign_script(text: str) -> bool:
    """Most letters of ``text`` are not Latin (a menu in Hangul, Cyrillic, Arabic ...)."""
    if _OTHER_SCRIPT.search(text) is None:
        return False
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_LATIN.findall(text)) * 2 < letters


def _latin_text(source: Source) -> bool:
    """The text is written mostly in Latin script: letters of other scripts make up less than a
    quarter of its first 5,000 characters (menus in Korean above an English text stay a minority)."""
    sample = source.between(0, min(len(source), 5_000))
    return len(_OTHER_SCRIPT.findall(sample)) * 4 < len(sample)


@lru_cache(maxsize=1)
def _issuers() -> regex.Pattern[str]:
    # "ISSUED BY THE DEPARTMENT OF ...": the office after the words that introduce it
    offices = "|".join(_data.lines("issuers.txt"))
    return regex.compile("(?i)(?P<lead>issued[ \u00a0]++by:?+[ \u00a0]++)?(?P<office>" + offices + ")")


def issuer_text(source: Source, line: Line) -> Span:
    """The office an issuer line names, without "Issued by"."""
    m = source.fullmatch(_issuers(), line.span)
    return Span(m.start("office"), line.trail) if m is not None else line.span


def is_issuer(source: Source, line: Line) -> bool:
    """A line naming the publishing office ("Office of the Spokesperson"): page template. A list
    item is content ("- Department of Energy" among the offices a meeting brought together)."""
    if line.trail - line.lead > 80 or source.opens_item(line):
        return False
    return bool(source.fullmatch(_issuers(), line.span))


def is_marker(source: Source, line: Line) -> bool:
    """A "Begin text" / "End text" line."""
    return line.trail - line.lead <= 40 and bool(source.fullmatch(_markers(), line.span))


def is_date_line(source: Source, line: Line) -> bool:
    """A line that holds only a date."""
    return line.trail - line.lead <= 80 and bool(source.fullmatch(_date_line(), line.span))


def date_line_place(source: Source, line: Line) -> str | None:
    """The place a date line opens with ("Brussels, 12/03/2023" -> "Brussels"), if it names a known one."""
    if line.trail - line.lead > 80:
        return None
    m = source.fullmatch(_date_line(), line.span)
    if m is None or m.group("place") is None:
        return None
    place = m.group("place")
    parts = [p.strip() for p in place.split(",")]
    if any(_dates.month_number(p.split()[0].rstrip(".")) for p in parts if p):
        return None  # "June 3, 2023" read as a place
    return place if known_region(parts[-1]) or len(parts) == 1 else None


def is_time_line(source: Source, span: Span) -> bool:
    """"4:37 P.M. ICT", "END 4:45 P.M. ICT"."""
    return len(span) <= 40 and bool(source.fullmatch(_TIME, span))


# A lead-in that ends by announcing what follows: "They issued the following statement:",
# "Spokesperson X provided the following readout:".
_ANNOUNCES = regex.compile(
    r"(?i)\bthe[ \u00a0]++following[ \u00a0]++(?:joint[ \u00a0]++|press[ \u00a0]++|media[ \u00a0]++)?"
    r"(?P<kind>statement|readout|text|declaration|communiqu[eé]|remarks|note)\b"
    r"(?:[ \u00a0,][^:.;\n]{0,160}+)?:[ \u00a0]*+\Z"  # "... statement today in Berlin following her talks:"
)


def starts_preamble(source: Source, span: Span) -> bool:
    """A lead-in such as "The text of the following joint statement was released by"."""
    return bool(source.match(_preamble(), span))


def announces_text(source: Source, span: Span) -> bool:
    """A short paragraph that ends by announcing the text that follows ("... issued the following statement:")."""
    return len(span) <= 600 and bool(source.search(_ANNOUNCES, span))


# "Pentagon Chief Spokesperson Dana W. White provided the following readout:"
_ANNOUNCER = regex.compile(
    r"(?P<who>\p{Lu}[^:;\n]{2,120}?)[ \u00a0]++(?:provided|issued|released|gave|delivered)[ \u00a0]++"
    r"the[ \u00a0]++following\b"
)


def announcer_span(source: Source, paragraph: Span) -> Span | None:
    """The one person who gives the text in a lead-in ("Spokesperson X provided the following readout:")."""
    m = source.match(_ANNOUNCER, paragraph)
    if m is None or " and " in m.group("who") or not announces_text(source, paragraph):
        return None
    return Span(m.start("who"), m.end("who"))


_ANNOUNCES_AHEAD = regex.compile(
    r"(?i)\bthe[ \u00a0]++following[ \u00a0]++(?P<kind>statement|note|remarks)[ \u00a0]++"
    r"(?:was|were|is|has[ \u00a0]++been)[ \u00a0]++(?:issued|released|made|delivered)\b"
)


def announced_kind_ahead(source: Source, span: Span) -> str | None:
    """The kind a lead-in opening "The following statement was issued ..." announces."""
    m = source.search(_ANNOUNCES_AHEAD, span) if len(span) <= 600 else None
    return m.group("kind").casefold() if m else None


def announced_kind(source: Source, span: Span) -> str | None:
    """The kind of text a lead-in announces ("the following readout:" -> "readout"), if it names one."""
    m = source.search(_ANNOUNCES, span) if len(span) <= 600 else None
    return m.group("kind").casefold() if m else None


def place_parts(source: Source, span: Span) -> tuple[str, str] | None:
    """("Phnom Penh", "Cambodia") for a line that is only a place, else None."""
    if len(span) > 80:
        return None
    m = source.fullmatch(_PLACE, span)
    if not m:
        return None
    tail = m.group("tail")
    if known_region(tail) or _gazetteer.city_country(tail):  # "Phnom Penh, Cambodia", "The Kremlin, Moscow"
        return m.group("head"), tail
    return None


def venue_and_city(head: str, tail: str) -> bool:
    """A place line's parts are a venue and its city ("The Kremlin", "Moscow"), not a city and its
    state or region ("Phnom Penh", "Cambodia"; "Novo-Ogaryovo", "Moscow Region")."""
    region = tail.rsplit(maxsplit=1)[-1] in _data.lineset("region_words.txt")
    if region or _gazetteer.city_country(head) or known_region(head):
        return False
    return _gazetteer.city_country(tail) is not None and not known_region(tail)


def city_line(source: Source, span: Span) -> bool:
    """A line that names one city and nothing else ("St Petersburg", "Sochi", "Kyiv Oblast")."""
    if not span or len(span) > 40:
        return False
    text = source.collapsed(span)
    return text[0].isupper() and len(text.split()) <= 4 and _gazetteer.city_country(text) is not None


def place_line(source: Source, span: Span) -> bool:
    """A line that is only a place: "City, Country", "Venue, City" or a city alone."""
    return place_parts(source, span) is not None or city_line(source, span)


def place_country(text: str) -> str | None:
    """The state a place line lies in: its last part's state, or its city's ("The Kremlin, Moscow")."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for part in reversed(parts):
        entry = _gazetteer.lookup(part)
        if entry is not None and entry.kind == _gazetteer.STATE:
            return entry.code
        found = _gazetteer.city_country(part)
        if found is not None:
            return found
    return None


def known_region(name: str) -> bool:
    """A state, a known place, or a US state abbreviation: what may follow "City, "."""
    entry = _gazetteer.lookup(name) or (_gazetteer.lookup(name.title()) if name.isupper() else None)
    if entry is not None and entry.kind in (_gazetteer.STATE, _gazetteer.PLACE):
        return True
    return name in _data.lineset("us_states.txt")


def languages_in(source: Source, line: Line) -> list[str]:
    """Language names on a chrome line ("[Read the full text: English I Korean]")."""
    found = list(source.finditer(_languages(), line.span))
    if not found:
        return []
    rest = _languages().sub(" ", source.line_text(line))
    if any(w.casefold() not in _data.wordset("language_link_words.txt") for w in _LINK_WORD.findall(rest)):
        return []  # "Embassy of the Russian Federation": a name, not a link to a translation
    return [m.group() for m in found]


def speaker_label(source: Source, span: Span) -> Span | None:
    """The span of a transcript speaker label opening ``span`` ("PRESIDENT YOON"), if any; read once
    per position (sections and participants both ask)."""
    found: dict[int, Span | None] = source.memo("speaker_labels", dict)
    if span.start not in found:
        found[span.start] = _speaker_label(source, span)
    return found[span.start]


_SENTENCE_STOP = regex.compile(r"[.!?](?=\s|\Z)")
_OPENS_QUOTE = regex.compile(r"[ \u00a0\n]*+[\"\u201c\u2018]")


def _speaker_label(source: Source, span: Span) -> Span | None:
    m = source.match(SPEAKER_LABEL, span)
    if m and _speaker_words(m.group("label")):
        return Span(m.start("label"), m.end("label"))
    titled = source.titled_label(span.start, span.end)
    if titled is None:
        return None
    label = Span(titled.start("label"), titled.end("label"))
    if not source.search(_SENTENCE_STOP, Span(titled.end(), min(span.end, titled.end() + 600))):
        return None  # "First Lady Melania Trump: Mothers are America's strength": a headline
    if source.match(_OPENS_QUOTE, Span(titled.end(), span.end)):
        return None  # "Speaker Emerita Nancy Pelosi: “...”": a quotation in a roundup, not a turn
    # a person's office and name, as the label is written ("President of Russia Vladimir Putin")
    if any(m.name and m.span.start == label.start and m.span.end == label.end for m in find_mentions(source, [label])):
        return label
    return None


@lru_cache(maxsize=4096)
def _speaker_words(label: str) -> bool:
    """The words of a label a person speaks under: capitals, not a marker, heading or memo field."""
    letters = "".join(c for c in label if c.isalpha())
    if not letters or not letters.isupper():
        return False
    if label.rstrip(".") in ("END", "NOTE", "PDF") or (len(letters) < 2 and label != "Q"):
        return False
    # "NOMINATIONS SENT TO THE SENATE:", "SUBJECT:": a heading or a memo field
    return not any(word.strip(".,'\u2019") in _data.lineset("not_speaker_words.txt") for word in label.split())


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
    """A line that could be a title: short, capitalised start, no closing full stop unless the
    line is title-cased ("... Ferdinand Marcos Jr.", "Message to the Congress on ... Ukraine.")."""
    if not span or len(span) > _MAX_TITLE:
        return False
    text = source.slice(span)
    if text[-1] in ";,!" or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
        return False
    if text[-1] == "." and not _titled_stop(text):
        return False
    return not starts_preamble(source, span)


_NAME_SUFFIX_END = regex.compile(r"(?:Jr|Sr|D\.C|U\.S|Inc|Ltd|Co)\.\Z")


def _titled_stop(text: str) -> bool:
    """A line ending in a full stop that is still a title: every significant word capitalised, or a
    suffix such as "Jr." or "D.C." closing a title-cased line."""
    if len(text) > _MAX_TITLE:
        return False
    body = text.rstrip(".")
    if _NAME_SUFFIX_END.search(text):
        return title_case(body)
    words = [w for w in _WORDS.findall(body) if w.casefold() not in _small_words()]
    return len(words) >= 3 and all(w[0].isupper() or w[0].isdigit() for w in words)


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


# Where a title's topic starts: "... on Russia's Referenda"; a headline's verb of judgement ("Secretary-
# General Condemns Attack in Mali": Mali is talked about), in any case ("... Biden On Speaker ...").
# Not "welcomes": a host welcomes a guest.
_TOPIC = regex.compile(
    r"[ \u00a0](?i:on(?![ \u00a0]behalf[ \u00a0]of)|regarding|concerning|about|"
    r"condemns?|deplores?|congratulates?|mourns|urges?|calls[ \u00a0]for)[ \u00a0]"
)


def title_scope(source: Source, title: Span) -> Span:
    """The part of a title that names its issuers, before its topic ("... on Russia's Referenda")."""
    topic = source.search(_TOPIC, title)
    return Span(title.start, topic.start() if topic else title.end)


def read_layout(source: Source) -> Layout:
    """Classify every line and find the title and date lines of the first item.

    Chrome is recognised line by line (`is_chrome`) and then by place:
    short lines above the title, and label-like lines between the title and
    the first line of prose (the page's "head"), are chrome too; a statement
    kind label or an issuer under the title is a byline (preamble).
    """
    latin = _latin_text(source)
    kinds: list[LineKind] = []
    for line in source.lines:
        if line.blank:
            kinds.append(LineKind.BLANK)
        elif is_marker(source, line):
            kinds.append(LineKind.MARKER)
        elif is_chrome(source, line, latin) or is_issuer(source, line):
            kinds.append(LineKind.CHROME)
        else:
            kinds.append(LineKind.TEXT)
    _mark_notice(source, kinds)
    _mark_page_clock(source, kinds)
    _mark_label_values(source, kinds)
    head_end = _head_end(source, kinds)
    title_lines = _find_title(source, kinds, head_end)
    date_lines = _find_date(source, kinds, title_lines, head_end)
    for i in title_lines:
        kinds[i] = LineKind.TITLE
    for i in date_lines:
        kinds[i] = LineKind.DATE
    _mark_head(source, kinds, title_lines, head_end)
    _mark_tail(source, kinds, max(title_lines + date_lines, default=-1))
    title = None
    if title_lines:
        title = Span(source.lines[title_lines[0]].lead, source.lines[title_lines[-1]].trail)
    date_line = date_lines[-1] if date_lines else None
    date_span = None
    if date_line is not None:
        found = source.search(_dates.date_regex(), source.lines[date_line].span)
        date_span = Span(found.start(), found.end()) if found else None
    elif title is not None:
        date_span = _date_in_title(source, title)
    return Layout(tuple(kinds), title, tuple(title_lines), date_line, date_span)


_TERMINAL = ".!?:;"
_TRUNCATED = regex.compile(r"(?:\.{3,}+|…)[  ]*+\Z")
_TITLE_DATE = regex.compile(r"[,:][  ]++(?P<date>" + "[^,:]{6,40}+" + r")\Z")  # "...: 4 March 2025" too
_TITLE_DATE_HEAD = regex.compile(r"(?:No[:.]?+[  ]*+\d{1,6}+,[  ]++)?(?P<date>[^,]{6,40}+),[  ]")
_HEAD_LINES = 40
_MOTTO_WORDS = 8


def _words(source: Source, line: Line) -> int:
    return len(_WORDS.findall(source.line_text(line)[:400]))


def _prose(source: Source, line: Line) -> bool:
    """A line of running text: a sentence's end with enough words, or longer than any title."""
    text = source.line_text(line)
    if len(text) > _MAX_TITLE:
        return True
    if source.search(_TRUNCATED, line.span):
        return False  # "Joint Statement on the outcome of the First meeting ....." (a shortened link)
    if text[-1] == "." and _titled_stop(text):
        return False  # a title that ends in "Jr." or a full stop
    words = _words(source, line)
    if words < _MOTTO_WORDS and text[-1] == "." and title_case(text):
        return False  # a motto or slogan: "Peace, Security and Cooperation."
    return (text[-1] in ".!?" and words >= 3) or (text[-1] in _TERMINAL and words >= 6)


def _head_end(source: Source, kinds: list[LineKind]) -> int:
    """The index of the first line of prose: the lines above it are the page's head."""
    limit = min(len(kinds), _HEAD_LINES)
    for i in range(limit):
        if kinds[i] is LineKind.TEXT and _prose(source, source.lines[i]):
            return i
        wrapped = (
            i + 1 < len(kinds) and kinds[i + 1] is LineKind.TEXT and not is_date_line(source, source.lines[i + 1])
        )
        if kinds[i] is LineKind.TEXT and wrapped and _words(source, source.lines[i]) >= 8:
            return i  # the first line of a hard-wrapped paragraph
        if kinds[i] is LineKind.MARKER or (kinds[i] is LineKind.TEXT and source.list_number(source.lines[i])):
            return i
    return limit


_NOTICE_BLOCK_LINES = 3
_DIVIDER = regex.compile(r"[^\p{L}\p{N}]{3,}+")  # ". . . . .", "* * *", "______"
_TAIL_WORDS = 6


def _mark_notice(source: Source, kinds: list[LineKind]) -> None:
    """A site-wide notice above the header (a scam warning, a cookie or service message): a block of
    prose opening the page, followed by a line standing alone that could be a title and then a
    date line. The notice is chrome, so the head starts under it."""
    lines = source.lines
    first = next((i for i, k in enumerate(kinds) if k is not LineKind.BLANK), None)
    if first is None or kinds[first] is not LineKind.TEXT:
        return
    end = first
    while end < len(kinds) and kinds[end] is LineKind.TEXT:
        end += 1
    if end - first > _NOTICE_BLOCK_LINES or not all(_prose(source, lines[i]) for i in range(first, end)):
        return
    title = _next_nonblank(kinds, end)
    if title is None or kinds[title] is not LineKind.TEXT or is_date_line(source, lines[title]):
        return
    if not title_like(source, lines[title].span) or not _isolated(kinds, title, source, True):
        return
    date = _next_nonblank(kinds, title + 1)
    if date is None or kinds[date] is not LineKind.TEXT or not is_date_line(source, lines[date]):
        return
    for i in range(first, end):
        kinds[i] = LineKind.CHROME


def _next_nonblank(kinds: list[LineKind], i: int) -> int | None:
    while i < len(kinds) and kinds[i] is LineKind.BLANK:
        i += 1
    return i if i < len(kinds) else None


def _mark_tail(source: Source, kinds: list[LineKind], header_end: int) -> None:
    """The page's foot: the short lines closing the text (a sign-off "MINISTRY OF FOREIGN AFFAIRS" /
    "SINGAPORE" / "18 MARCH 2020", links) are chrome when a divider line (". . . . .") stands above
    them or an issuer's line is among them. Lines of the header are never part of it."""
    lines = source.lines
    run: list[int] = []
    i = len(kinds) - 1
    while i > header_end:
        kind = kinds[i]
        if kind is LineKind.BLANK:
            i -= 1
            continue
        if source.opens_item(lines[i]):
            break  # a list closing the text ("- Department of the Interior") is its content
        if kind is LineKind.CHROME or (kind is LineKind.TEXT and _foot_line(source, lines[i])):
            run.append(i)
            i -= 1
            continue
        break
    if not run or i <= header_end:
        return
    if kinds[i] is LineKind.TEXT and source.fullmatch(_DIVIDER, lines[i].span):
        run.append(i)  # the divider
    elif not any(kinds[j] is LineKind.CHROME and is_issuer(source, lines[j]) for j in run):
        return
    for j in run:
        if kinds[j] is LineKind.TEXT:
            kinds[j] = LineKind.CHROME


def _foot_line(source: Source, line: Line) -> bool:
    """A line that could close a page: a date line, or a few words that end no sentence."""
    if is_date_line(source, line):
        return True
    return _words(source, line) <= _TAIL_WORDS and source.line_text(line)[-1] not in _TERMINAL


def _short_label(source: Source, line: Line) -> bool:
    """A label-like line: a few words, no sentence end, not title-cased ("Release details")."""
    text = source.line_text(line)
    if text[-1] in _TERMINAL or _words(source, line) > 5:
        return False
    return not title_case(text) and not (text[0].isdigit() or place_parts(source, line.span))


@lru_cache(maxsize=1)
def _bylines() -> regex.Pattern[str]:
    return regex.compile("(?i)(?:" + "|".join(_data.lines("bylines.txt")) + r")(?:[  ]++\d{4})?[  .]*+")


def is_byline(source: Source, line: Line) -> bool:
    """A byline line under a title: an issuer ("Office of the Spokesperson") or a kind label ("Media Note")."""
    return is_issuer(source, line) or bool(source.fullmatch(_bylines(), line.span))


def possessive(source: Source, end: int) -> bool:
    """ "President Putin's war", "Secretary Blinken's Travel": the name ending at ``end`` owns what
    follows; it is not the subject or a byline."""
    return source.between(end, end + 2) in ("'s", "\u2019s")


def person_line(source: Source, line: Line) -> bool:
    """A line that is one person and nothing else: "Antony J. Blinken, Secretary of State"."""
    if line.trail - line.lead > 120 or source.line_text(line)[-1] in ".:;!?":
        return False
    if _words(source, line) > 12:
        return False
    for m in find_mentions(source, [line.span]):
        if not m.name:
            continue
        # the person and words beside them that make no sentence: "– President Biden", "USAID
        # Administrator Samantha Power"; not "Foreign Minister Baerbock travels to Poland"
        if m.span.start == line.lead:
            rest = source.between(m.span.end, line.trail)
            if possessive(source, m.span.end):
                continue  # "Secretary Blinken's Travel to Chile": a title about what the person does
            if rest[:1] in (" ", "\u00a0") and len(_WORDS.findall(rest)) >= 2:
                continue  # "President Ruto Holds Talks With ...": a headline in title case, no "Name, Office"
        elif m.span.end == line.trail:
            rest = source.between(line.lead, m.span.start)
        else:
            continue
        if not any(w[0].islower() and w not in _small_words() for w in _WORDS.findall(rest)):
            return True
    return False


def _mark_head(source: Source, kinds: list[LineKind], title: list[int], head_end: int) -> None:
    """Chrome and bylines of the page's head (above ``head_end``)."""
    lines = source.lines
    first = title[0] if title else head_end
    below = title[-1] + 1 if title else head_end
    for i in range(min(first, head_end)):
        if kinds[i] is LineKind.TEXT and not is_date_line(source, lines[i]):
            kinds[i] = LineKind.CHROME  # above the title: the page's own furniture
    for i in range(below, head_end):
        if kinds[i] is LineKind.TEXT and _shaped_chrome(source, lines[i]):
            kinds[i] = LineKind.CHROME
    for i in range(below, head_end):
        line = lines[i]
        if kinds[i] not in (LineKind.CHROME, LineKind.TEXT):
            continue
        if is_byline(source, line) or (kinds[i] is LineKind.TEXT and person_line(source, line)):
            kinds[i] = LineKind.BYLINE
        elif kinds[i] is LineKind.CHROME:
            continue
        elif _beside_date(kinds, i) and _metadata(source, line):
            kinds[i] = LineKind.CHROME  # "• Press Release (2019) 041", "UNIQUE ID: 230312_5" around the date
        elif _alone(kinds, i) and (source.search(_TRUNCATED, line.span) or _short_label(source, line)):
            kinds[i] = LineKind.CHROME  # a label on its own line, not the first line of a wrapped paragraph
    _fill_between_chrome(source, kinds, below, head_end)


def _fill_between_chrome(source: Source, kinds: list[LineKind], start: int, end: int) -> None:
    """A few short lines with chrome above and below them in the head are chrome too
    ("Related ministers and contacts" / a name / an office / "Media contact")."""
    i = start
    while i < end:
        if kinds[i] is not LineKind.TEXT or _neighbour(kinds, i, -1) is not LineKind.CHROME:
            i += 1
            continue
        j = i
        run: list[int] = []
        while j < end and kinds[j] in (LineKind.TEXT, LineKind.BLANK):
            if kinds[j] is LineKind.TEXT:
                run.append(j)
            j += 1
        short = all(
            _words(source, source.lines[k]) <= 8 and source.line_text(source.lines[k])[-1] not in _TERMINAL
            for k in run
        )
        if j < end and kinds[j] is LineKind.CHROME and len(run) <= 4 and short:
            for k in run:
                kinds[k] = LineKind.CHROME
        i = j + 1


def _metadata(source: Source, line: Line) -> bool:
    """A page's metadata beside its date: a bulleted entry, or a short "Label: value" line."""
    if _prose(source, line) or place_parts(source, line.span):
        return False
    if source.opens_item(line):
        return True
    text = source.line_text(line)
    return ":" in text[:30] and _words(source, line) <= 6


def _beside_date(kinds: list[LineKind], i: int) -> bool:
    """Line ``i`` shares its block (no blank line between) with the date line: page metadata."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(kinds) and kinds[j] is not LineKind.BLANK:
            if kinds[j] is LineKind.DATE:
                return True
            j += step
    return False


def _alone(kinds: list[LineKind], i: int) -> bool:
    """No text line directly above or below line ``i``."""
    return all(not (0 <= j < len(kinds)) or kinds[j] is not LineKind.TEXT for j in (i - 1, i + 1))


def _neighbour(kinds: list[LineKind], i: int, step: int) -> LineKind | None:
    """The kind of the nearest non-blank line above (``step`` -1) or below (1)."""
    j = _nearest(kinds, i, step)
    return kinds[j] if j is not None else None


def _nearest(kinds: list[LineKind], i: int, step: int) -> int | None:
    """The index of the nearest non-blank line above (``step`` -1) or below (1) line ``i``."""
    j = i + step
    while 0 <= j < len(kinds):
        if kinds[j] is not LineKind.BLANK:
            return j
        j += step
    return None


def _date_in_title(source: Source, title: Span) -> Span | None:
    """A date closing the title ("..., Auckland, 22 February 2019", "PM call with ...: 4 March 2025")
    or opening it after a press release's number ("No: 265, 26 August 2022, Joint Statement ...")."""
    m = source.search(_TITLE_DATE, title) or source.match(_TITLE_DATE_HEAD, title)
    if not m:
        return None
    found = source.fullmatch(_dates.date_regex(), Span(m.start("date"), m.end("date")))
    return Span(found.start(), found.end()) if found else None


def _isolated(kinds: list[LineKind], i: int, source: Source, allow_date: bool) -> bool:
    """True when line ``i`` stands alone in its block (a date line or a short label may share it)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(kinds) and kinds[j] is LineKind.TEXT:
            line = source.lines[j]
            if allow_date and is_date_line(source, line):
                continue
            if j > i and _words(source, line) <= 6 and source.line_text(line)[-1] not in _TERMINAL:
                continue  # a byline or label under the title ("Media Note")
            return False
    return True


def _find_title(source: Source, kinds: list[LineKind], head_end: int) -> list[int]:
    """The title line of the page's head: the first title-like line; where that one names no kind
    of statement, the last one above the date line under the title that is not a byline (site
    names, mottos and menus sit higher: "Ministry of Foreign Affairs of Ghana" / "Peace, Security
    and Cooperation." / title / date). Lines above it are chrome."""
    seen = 0
    candidates: list[int] = []
    date: int | None = None
    for i, line in enumerate(source.lines[: head_end + 1]):
        if kinds[i] is not LineKind.TEXT:
            continue
        seen += 1
        if seen > 12 or i >= head_end:
            break
        if is_date_line(source, line):
            if candidates and _named_site(source, kinds, candidates, i):
                candidates = []  # "Council of the EU" / "Press release" / date / title: the site's name
                continue
            if candidates:
                date = i
                break
            continue
        if place_parts(source, line.span) or source.search(_TRUNCATED, line.span):
            continue
        text = source.line_text(line)
        if text.endswith(":") or not title_like(source, line.span) or not _isolated(kinds, i, source, True):
            continue
        if _words(source, line) < 3 and _later_title(source, kinds, i, head_end):
            continue
        candidates.append(i)
    if not candidates:
        return []
    first = candidates[0]
    if len(candidates) > 1 and _site_name(source, kinds, candidates[0], candidates[1]):
        first = candidates[1]
    if date is not None and kind_from_title(source.line_text(source.lines[first])) is None:
        all_lines = source.lines
        near = [c for c in candidates if _words(source, all_lines[c]) >= 3 and not _byline_like(source, all_lines[c])]
        first = near[-1] if near else first
    lines = [first]
    nxt = _next_text(kinds, first, source)
    if nxt is not None and _continues_title(source, kinds, nxt):
        lines.append(nxt)
    return lines


def _named_site(source: Source, kinds: list[LineKind], candidates: list[int], date: int) -> bool:
    """The one title-like line above a date line is a site's name when chrome lies between them
    and it names no kind of statement; the title comes under the date (where none does, the line
    is the title above its byline: "X's Travel to Chile" / "Office of the Spokesperson" / date)."""
    first = candidates[0]
    if len(candidates) != 1 or kind_from_title(source.line_text(source.lines[first])) is not None:
        return False
    return _chrome_between(kinds, first, date) and _later_title(source, kinds, date, len(kinds))


def _site_name(source: Source, kinds: list[LineKind], first: int, second: int) -> bool:
    """The first title-like line is the site's name above its menu ("Federal Foreign Office" /
    "Home" / "Newsroom" / title) or a state's name above its ministry ("REPUBLIC OF TÜRKİYE"):
    menu lines lie between it and the next title-like line, or it names a state or organisation and
    nothing else."""
    text = source.line_text(source.lines[first])
    if kind_from_title(text) is not None or _words(source, source.lines[second]) < 3:
        return False
    if _byline_like(source, source.lines[second]):
        return False
    if _chrome_between(kinds, first, second):
        return True
    entry = _gazetteer.lookup(text) or _gazetteer.lookup(capitalised(text))
    return entry is not None and entry.kind in (_gazetteer.STATE, _gazetteer.ORG)  # "European External Action Service"


def _chrome_between(kinds: list[LineKind], first: int, last: int) -> bool:
    """A chrome line (a menu, a label) lies between lines ``first`` and ``last``."""
    return any(kinds[i] is LineKind.CHROME for i in range(first + 1, last))


def capitalised(text: str) -> str:
    """ "REPUBLIC OF TÜRKİYE" -> "Republic of Türkiye" (the dotted capital I folds to a plain i)."""
    small = {"OF", "THE", "AND", "FOR", "IN"}
    return " ".join(w.lower() if w in small else w.capitalize().replace("i\u0307", "i") for w in text.split())


@lru_cache(maxsize=1)
def _statement_kinds() -> tuple[tuple[regex.Pattern[str], StatementKind], ...]:
    return tuple(
        (regex.compile("(?i)" + pattern), StatementKind(kind))
        for pattern, kind in _data.table("statement_kinds.tsv")
    )


def kind_from_title(title: str | None) -> StatementKind | None:
    """The statement kind a title's wording names ("Readout of ..." -> readout), if any."""
    if not title:
        return None
    return _kind_named(title) if len(title) <= _MAX_TITLE else _kind_in(title)


@lru_cache(maxsize=8192)
def _kind_named(title: str) -> StatementKind | None:
    """`kind_from_title` of a title-sized line, asked again and again by the layout, header and sections."""
    return _kind_in(title)


def _kind_in(title: str) -> StatementKind | None:
    """The first kind whose wording the title holds; a joint text, communiqué or fact sheet named
    only in the title's topic is what the text is about ("Statement from Secretary X on the Joint
    Declaration with Y" is a statement), while a call or address there is what it reports."""
    topic = _TOPIC.search(title)
    end = topic.start() if topic else len(title)
    for pattern, kind in _statement_kinds():
        m = pattern.search(title)
        if m is not None and (m.start() < end or kind not in _NAMED_IN_TOPIC):
            return kind
    return None


_NAMED_IN_TOPIC = frozenset({StatementKind.JOINT_STATEMENT, StatementKind.COMMUNIQUE, StatementKind.FACT_SHEET})


def _byline_like(source: Source, line: Line) -> bool:
    """A line of the byline block rather than a title: a kind label ("Joint Statement 2008"), an
    issuer, or a person or office and nothing else ("Minister for Defence")."""
    if is_byline(source, line) or title_info(source.line_text(line)) is not None:
        return True
    return any(m.span.start == line.lead and m.span.end == line.trail for m in find_mentions(source, [line.span])) or (
        person_line(source, line)
    )


def _later_title(source: Source, kinds: list[LineKind], i: int, head_end: int) -> bool:
    """A longer title-like line follows in the head (so a one- or two-word line is a label)."""
    for j in range(i + 1, head_end):
        line = source.lines[j]
        if kinds[j] is not LineKind.TEXT or is_date_line(source, line) or place_parts(source, line.span):
            continue
        if _words(source, line) >= 3 and title_like(source, line.span):
            return True
    return False


def _next_text(kinds: list[LineKind], i: int, source: Source) -> int | None:
    """The next non-blank line after ``i`` when it is text (not a date or chrome line)."""
    for j in range(i + 1, min(len(kinds), i + 3)):
        if kinds[j] is LineKind.BLANK:
            continue
        return j if kinds[j] is LineKind.TEXT and not is_date_line(source, source.lines[j]) else None
    return None


def _continues_title(source: Source, kinds: list[LineKind], i: int) -> bool:
    """A second title line ("Commitment to Consult" / "Among Japan, ..."): the next line but blanks,
    opening with a linking word, short, and not a lead-in ending in a colon."""
    line = source.lines[i]
    text = source.line_text(line)
    words = _WORDS.findall(text[:40])
    return (
        bool(words)
        and words[0] in _data.lineset("title_links.txt")
        and not text.endswith(":")
        and _words(source, line) <= 16
        and title_like(source, line.span)
        and _isolated(kinds, i, source, False)
    )


_DATE_LABEL = regex.compile(r"(?i:release date|date|dated|issued(?: on)?|published(?: on)?|posted(?: on)?)[  :]*+")
_LABELLED = regex.compile(r"(?i:release date|date|dated|issued|published|posted|last updated)\b")


def _find_date(source: Source, kinds: list[LineKind], title: list[int], head_end: int) -> list[int]:
    """The date line near the title (with a label line above it: "Date" / "2020-02-15"),
    else a labelled date line anywhere ("Published 11 February 2021")."""
    texts = [i for i, k in enumerate(kinds) if k is LineKind.TEXT][:14]
    if title:
        pos = texts.index(title[0])
        window = texts[max(0, pos - 3) : pos + 4 + len(title)]
    else:
        window = texts[:6]
    window += [i for i in range(min(len(kinds), head_end)) if kinds[i] is LineKind.TEXT and i not in window]
    for i in window:
        if i not in title and is_date_line(source, source.lines[i]):
            return _with_label(source, kinds, i)
    for i, line in enumerate(source.lines):
        if kinds[i] is LineKind.TEXT and source.match(_LABELLED, line.span) and is_date_line(source, line):
            return [i]
    return []


# A news site's weather reading ("20 C", "68 °F"): the date beside it is the page's today, not the text's.
_WEATHER = regex.compile(r"[-+\u2212]?+\d{1,3}+(?:[.,]\d)?+ ?+[\u00b0\u00ba]?+ ?+[CF]")


# A metadata label on its own line, its value on the next: "From:" / "Prime Minister's Office, ...".
_META_LABEL = regex.compile(
    r"(?i:from|published(?: on)?+|(?:last )?+updated(?: on)?+|source|category|topics?+|keywords?+|tags?+):?+"
)


def _mark_label_values(source: Source, kinds: list[LineKind]) -> None:
    """The value under a chrome metadata label is chrome too, unless it is the date (read later)."""
    lines = source.lines
    for i, line in enumerate(lines):
        if kinds[i] is not LineKind.CHROME or line.trail - line.lead > 20:
            continue
        if not source.fullmatch(_META_LABEL, line.span):
            continue
        j = _nearest(kinds, i, 1)
        if j is not None and kinds[j] is LineKind.TEXT and lines[j].trail - lines[j].lead <= 80:
            value = lines[j]
            if source.line_text(value)[-1] not in _TERMINAL and not is_date_line(source, value):
                kinds[j] = LineKind.CHROME


def _mark_page_clock(source: Source, kinds: list[LineKind]) -> None:
    """A news site's weather reading and the date line beside it are chrome: the page's today."""
    for w, reading in enumerate(source.lines):
        if reading.blank or reading.trail - reading.lead > 12 or not source.fullmatch(_WEATHER, reading.span):
            continue
        for step in (-1, 1):  # the nearest line above and below the reading
            i = _nearest(kinds, w, step)
            if i is not None and kinds[i] is LineKind.TEXT and is_date_line(source, source.lines[i]):
                kinds[i] = LineKind.CHROME


def _with_label(source: Source, kinds: list[LineKind], i: int) -> list[int]:
    j = i - 1
    while j >= 0 and kinds[j] is LineKind.BLANK:
        j -= 1
    if j >= 0 and kinds[j] is LineKind.TEXT and source.fullmatch(_DATE_LABEL, source.lines[j].span):
        return [j, i]
    return [i]
