"""Line breaks a copied page lost: where a page was flattened to one line, or its body to one block.

A page copied without its line breaks runs breadcrumbs, title, kind label, byline, date and body
together ("BRIEFING ROOM Readout of ... November 16, 2022 Statements and Releases President ...").
`lost_breaks` finds where a reader would put the breaks back, by the cues a reader uses: site
landmarks (``data/boilerplate.txt``, ``data/issuers.txt``), the date under the title, the title
repeated after breadcrumbs, a kind label before the date, bullets and "|" separators in the head,
numbered paragraphs, "Begin text" markers and speaker labels in the body. It returns offsets only:
the text layer (`Source`) cuts its lines there and nothing in the text changes.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from dipstate import _data, _dates
from dipstate._source import LABEL_WORDS

# A lost break: the whitespace run ``[start, end)`` ends a line; ``paragraph`` when it ends a paragraph.
Break = tuple[int, int, bool]

_LONG = 300  # a line longer than any title may hold lost breaks
_SHORT = 120  # ... and so may a text's only line longer than a hard-wrapped one
_HEAD = 1_200  # how far into a flattened line its head (title, byline, date) may reach
_MAX_TITLE_WORDS = 45
_SPACE = regex.compile(r"[ \t\u00a0]++")
_TOKEN = regex.compile(r"[^ \t\u00a0]++")
# "•", "|" and "-" standing alone between items of a flattened head.
_SEPARATOR = regex.compile(
    r"(?<=[ \t\u00a0])(?:[\u2022\u25aa\u00b7|]|[-\u2013\u2014](?=[ \t\u00a0]{1,8}+[\u2022|]))(?=[ \t\u00a0])"
)
_TRUNCATED = regex.compile(r"(?:\.{3,}+|\u2026)(?=[ \t\u00a0]{1,8}+\p{Lu})")
_BREADCRUMB = regex.compile(r"(?<![\p{L}\p{N}])(?:Home|Start|Main page|Accueil)(?=[ \t\u00a0]{0,8}+[>»›|/][ \t\u00a0])")
# "Date", "Issued on", "Last updated:" before a date; a clock after it ("12:31").
# The rest of a breadcrumb trail after "Home": "> Media > Statements >" up to its last mark.
_TRAIL_END = regex.compile(r"(?:[ \t\u00a0]*+[>»›|/](?:[^>»›|/\n]{1,60}?[>»›|/]){0,6}+)")
_DATE_LABEL = regex.compile(
    r"(?i:release date|date|dated|issued(?: on)?|published(?: on)?|posted(?: on)?|last updated|updated)"
    r"[ \t\u00a0]*+:?[ \t\u00a0]*+\Z"
)
_CLOCK = regex.compile(
    r"[ \t\u00a0]*+(?:,[ \t\u00a0]*+)?(?:at[ \t\u00a0]++)?\d{1,2}:\d{2}(?:[ \t\u00a0]*+[AaPp]\.?[Mm]\.?)?"
)
# A numbered paragraph inside a block: "... partnership. 2. Ministers ..."
_NUMBERED = regex.compile(r"(?<=[ \t\u00a0])(\d{1,2})[.)](?=[ \t\u00a0]{1,8}+[\p{Lu}\"“‘'(])")
# A speaker's turn inside a block, after a sentence's end: "... thank you. PRESIDENT BIDEN: Well, ..."
# or "... as ever. President of Russia Vladimir Putin: Dear friends, ..."; searched for back from
# each colon that a capital follows (the pattern ends where the search window does).
_LABEL = regex.compile(
    r"(?<=[\p{Ll}\d)][.!?\u2026][\"”’)]{0,2}[ \t\u00a0]{1,3}|[!?\u2026][\"”’)]{0,2}[ \t\u00a0]{1,3})"
    r"(?:\p{Lu}[\p{Lu}.'’-]{0,20}+(?:[ \t\u00a0]++\p{Lu}[\p{Lu}.'’-]{0,20}+){0,6}+|" + LABEL_WORDS + ")"
    r"\Z"
)


def lost_breaks(text: str) -> tuple[Break, ...]:
    """The breaks a reader would put back into ``text``'s lines longer than a hard wrap, in order:
    paragraphs inside a block; and the head of the first line of text when it holds the page's
    head (a date or a site landmark before its first sentence) and is longer than any title or is
    the text's only line."""
    out: list[Break] = []
    first = True
    pos = 0
    lines = text.split("\n")
    alone = sum(1 for content in lines if content.strip()) == 1
    for content in lines:
        start, end = pos, pos + len(content.rstrip("\r"))
        pos = start + len(content) + 1
        if not content.strip():
            continue
        if end - start > _SHORT:
            body_from = start
            if first and (alone or end - start > _LONG):
                head = _head_breaks(text, start, end)
                out += head
                body_from = head[-1][1] if head else start
            out += _body_breaks(text, body_from, end)
        first = False
    return tuple(sorted(set(out)))


def _gap(text: str, pos: int, start: int, end: int) -> tuple[int, int] | None:
    """The whitespace run at or just before ``pos`` (inside ``[start, end)``), as ``(start, end)``."""
    lo = pos
    while lo > start and text[lo - 1] in " \t\u00a0":
        lo -= 1
    hi = pos
    while hi < end and text[hi] in " \t\u00a0":
        hi += 1
    if lo == hi or lo <= start or hi >= end:
        return None
    return lo, hi


def _cut(text: str, pos: int, start: int, end: int, out: list[Break], paragraph: bool = True) -> None:
    gap = _gap(text, pos, start, end)
    if gap is not None:
        out.append((gap[0], gap[1], paragraph))


_OPEN_TAIL = regex.compile(r"\.(?:\*|\{0,\d{1,4}\})\Z")


@lru_cache(maxsize=1)
def _landmarks() -> regex.Pattern[str]:
    """Site landmarks and issuers that can be found inside running text: the multi-word entries of
    ``data/boilerplate.txt`` and ``data/issuers.txt`` without open-ended parts."""
    entries = []
    for name in ("boilerplate.txt", "issuers.txt"):
        for entry in _data.lines(name):
            fixed = _OPEN_TAIL.sub("", entry)  # "java ?script ... required.{0,80}": its fixed words
            if "{LANG}" in fixed or "." in fixed.replace(r"\.", "") or "[" in fixed:
                continue
            if " " in fixed or fixed.startswith("(?-i:"):
                entries.append(fixed)
    return regex.compile(r"(?<![\p{L}\p{N}])(?i:" + "|".join(entries) + r")(?![\p{L}\p{N}])")


@lru_cache(maxsize=1)
def _kind_labels() -> regex.Pattern[str]:
    """A kind label and its year ending the words before a date ("... Consultations Joint Statement
    2008"); without the year it is the end of the title ("... Joint Press Statement")."""
    return regex.compile(r"(?i:" + "|".join(_data.lines("bylines.txt")) + r")[ \t\u00a0]++\d{4}[ \t\u00a0]*+\Z")


@lru_cache(maxsize=1)
def _dash_label() -> regex.Pattern[str]:
    """A dash and a kind label right after a date ("12.03.2024 - Press release")."""
    labels = "|".join([*_data.lines("bylines.txt"), "press release", "media release", "news release"])
    return regex.compile(r"[ \t\u00a0]*+[-\u2013\u2014][ \t\u00a0]*+(?i:" + labels + r")(?![\p{L}])")


def _head_breaks(text: str, start: int, end: int) -> list[Break]:
    """Breaks in the head of a flattened page: around landmarks, separators, the date and the title.
    None when the line opens with prose (a long first paragraph of a page that kept its breaks)."""
    limit = min(end, start + _HEAD)
    date = _dates.date_regex().search(text, start, limit)
    first_stop = _first_sentence_end(text, start, limit)
    if date is not None and first_stop is not None and first_stop < date.start():
        date = None  # the date is inside the first sentence: "On June 3, 2023, the ministers met"
    if date is not None and _in_sentence(text, start, date.start()):
        date = None  # "took place on 13 January 2019": the date of an event
    marks = [
        m for m in _landmarks().finditer(text, start, limit)
        if text[m.start()].isupper() and not _runs_on(text, m.end(), limit)
        and (first_stop is None or m.start() < first_stop or (date and m.start() < date.end() + 60))
    ]
    marks += _furniture_after(text, marks, limit)
    dash = _dash_label().match(text, date.end(), min(end, date.end() + 40)) if date is not None else None
    if dash is not None:  # "12.03.2024 - Press release": the label stays on the date's line
        marks = [m for m in marks if not dash.start() <= m.start() < dash.end()]
    crumbs = list(_BREADCRUMB.finditer(text, start, limit)) + list(_TRUNCATED.finditer(text, start, limit))
    if date is None and not marks and not crumbs:
        return []
    out: list[Break] = []
    head_end = date.end() if date is not None else max(m.end() for m in marks + crumbs)
    for m in marks:
        _cut(text, m.start(), start, end, out)
        _cut(text, m.end(), start, end, out)
        head_end = max(head_end, m.end()) if m.start() <= head_end + 1 else head_end
    for pattern in (_SEPARATOR, _BREADCRUMB):
        for m in pattern.finditer(text, start, head_end if pattern is _SEPARATOR else limit):
            if m.group() == "|":
                _byline_before(text, start, m.start(), end, out)
                if date is not None and 0 < date.start() - m.end() <= 3:
                    continue  # "PM Lee Hsien Loong | 11 June 2022": a byline and the date, one line
            _cut(text, m.start(), start, end, out)
            _cut(text, m.end(), start, end, out)
            if pattern is _BREADCRUMB:
                trail = _TRAIL_END.match(text, m.end(), min(end, m.end() + 300))
                if trail is not None:
                    _cut(text, trail.end(), start, end, out)  # the last crumb starts a line
    for m in _TRUNCATED.finditer(text, start, head_end):
        _cut(text, m.end(), start, end, out)
    if date is not None:
        _date_breaks(text, date, start, end, out)
    _repeated_title(text, start, end, out)
    if date is not None and not _title_before(text, start, date.start(), out):
        after = min((b[1] for b in out if b[0] >= date.end()), default=None)
        if after is not None:
            _title_after(text, after, end, out)  # the date opens the page: the title follows it
    return sorted(set(out))


_NEXT_WORD = regex.compile(r"[ \t\u00a0]++([\p{L}]++)")
_WORD_BEFORE = regex.compile(r"([\p{L}]++)[ \t\u00a0]++\Z")


def _runs_on(text: str, pos: int, limit: int) -> bool:
    """The words at ``pos`` continue a phrase: a lower-case word follows ("Press Release on the ..." in a title)."""
    m = _NEXT_WORD.match(text, pos, min(limit, pos + 40))
    return m is not None and m.group(1)[0].islower() and m.group(1) not in _single_landmarks()


def _in_sentence(text: str, start: int, pos: int) -> bool:
    """A lower-case word other than a date label stands right before ``pos``: the date is part of a sentence."""
    m = _WORD_BEFORE.search(text, max(start, pos - 40), pos)
    return m is not None and m.group(1)[0].islower() and _DATE_LABEL.search(text, max(start, pos - 30), pos) is None


@lru_cache(maxsize=1)
def _single_landmarks() -> frozenset[str]:
    """One-word entries of ``data/boilerplate.txt`` ("logo", "menu", "share"): landmarks inside
    running text only beside another landmark."""
    return frozenset(w for w in _data.lines("boilerplate.txt") if w.isalpha())


def _furniture_after(text: str, marks: list[regex.Match[str]], limit: int) -> list[regex.Match[str]]:
    """One-word landmarks that follow a landmark ("Main Container logo")."""
    out = []
    words = _single_landmarks()
    for m in marks:
        pos = m.end()
        while (nxt := _NEXT_WORD.match(text, pos, min(limit, pos + 40))) is not None:
            if nxt.group(1).casefold() not in words:
                break
            out.append(nxt)
            pos = nxt.end()
    return out


_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?][\"”’)]?[ \t\u00a0]++(?=[\p{Lu}\"“])")


def _first_sentence_end(text: str, start: int, limit: int) -> int | None:
    """Where the line's first sentence ends: a full stop after a lower-case word, before a capital."""
    m = _SENTENCE_END.search(text, start, limit)
    return m.end() if m else None


def _date_breaks(text: str, date: regex.Match[str], start: int, end: int, out: list[Break]) -> None:
    """The date's own line: its label before ("Date", "Issued on"), a clock after; a kind label
    that ends the words before it ("Joint Statement 2008") goes on a line of its own."""
    begin = date.start()
    label = _DATE_LABEL.search(text, max(start, begin - 30), begin)
    if label is not None:
        begin = label.start()
    stop = date.end()
    clock = _CLOCK.match(text, stop, min(end, stop + 24))
    if clock is not None:
        stop = clock.end()
    label = _dash_label().match(text, stop, min(end, stop + 40))
    if label is not None:
        stop = label.end()  # "12.03.2024 - Press release": the kind label shares the date's line
    before = max((b[1] for b in out if b[1] <= begin), default=start)
    gap = _gap(text, begin, start, end)
    kind = _kind_labels().search(text, before, gap[0] if gap else begin)
    if kind is not None and kind.start() > before:
        _cut(text, kind.start(), start, end, out)
    before_date = text[max(start, begin - 4) : begin].rstrip()
    # "PM Lee Hsien Loong | 11 June 2022" stays one line; so does "..., Moscow, May 27, 2019", the
    # date at the end of a title, and "(June 3, 2023)".
    if not before_date.endswith(("|", ",", "(")):
        _cut(text, begin, start, end, out)
    elif before_date.endswith(","):
        place = _PLACE_AFTER_CAPITALS.search(text, max(start, begin - 80), begin)
        if place is not None:  # "... CROSS-BORDER TRADE Nairobi, 3rd April 2025": a dateline under a title in capitals
            _cut(text, place.start("place"), start, end, out)
    _cut(text, stop, start, end, out)


# A place in title case after a word in capitals, then a comma before the date.
_PLACE_AFTER_CAPITALS = regex.compile(
    r"\b\p{Lu}{2,}+[ \t\u00a0]++(?P<place>\p{Lu}\p{Ll}++(?:[ \t\u00a0]\p{Lu}\p{Ll}++){0,2}+),[ \t\u00a0]*+\Z"
)


def _title_before(text: str, start: int, stop: int, out: list[Break]) -> bool:
    """A title stands before the date at ``stop``: a piece of three words or more between the cuts
    before it that is not a landmark."""
    cuts = sorted(b for b in out if b[1] <= stop)
    pieces = zip([start] + [b[1] for b in cuts], [b[0] for b in cuts] + [stop], strict=True)
    return any(
        len(piece.split()) >= 3 and _landmarks().fullmatch(piece) is None
        for lo, hi in pieces
        if (piece := text[lo:hi].strip())
    )


def _title_after(text: str, begin: int, end: int, out: list[Break]) -> None:
    """Cut a title that follows the date from the first sentence after it: the title runs in title
    case; the sentence starts at the last sentence-opening word ("We", "Today", "The") before the
    first word in lower case, or at an opening quote."""
    small = _data.lineset("small_words.txt") | _data.lineset("name_particles.txt")
    starters = _data.lineset("starters.txt")
    last_starter: int | None = None
    count = 0
    for m in _TOKEN.finditer(text, begin, end):
        word = m.group()
        count += 1
        if count > _MAX_TITLE_WORDS:
            return
        core = word.strip("\"'“”‘’*(),:;")
        if count > 2 and word[0] in "\"“‘*":
            _cut(text, m.start(), begin, end, out)
            return
        if not core:
            continue
        if core[0].islower() and core.casefold() not in small:
            if last_starter is not None:
                _cut(text, last_starter, begin, end, out)
            return
        if count > 2 and core in starters:
            last_starter = m.start()


def _byline_before(text: str, start: int, stop: int, end: int, out: list[Break]) -> None:
    """A name said again before a "|" ("PM Lee at the ... Conference (June 2022) PM Lee |"): the
    byline that repeats the title's first words goes on a line of its own."""
    begin = max((b[1] for b in out if b[1] <= stop and b[1] < stop - 1), default=start)
    words = [m for m in _TOKEN.finditer(text, begin, stop)]
    for k in range(min(6, len(words) // 2), 1, -1):
        head = [w.group() for w in words[:k]]
        if [w.group() for w in words[-k:]] == head:
            _cut(text, words[-k].start(), start, end, out)
            return


def _repeated_title(text: str, start: int, end: int, out: list[Break]) -> None:
    """The title said twice, as a breadcrumb trail ends with it and the page then prints it: the
    second saying goes on a line of its own."""
    cuts = sorted({b[1] for b in out} | {start})
    for begin in cuts:
        words = list(_TOKEN.finditer(text, begin, min(end, begin + 400)))
        if len(words) < 8:
            continue
        probe = text[begin : words[5].end()]
        again = text.find(probe, words[5].end(), min(end, begin + 800))
        if again < 0:
            continue
        length = again - begin
        first = text[begin:again].rstrip()
        if text[again : again + len(first)] == first and length > 0:
            _cut(text, again, start, end, out)
            _cut(text, again + len(first), start, end, out)
            return


def _body_breaks(text: str, start: int, end: int) -> list[Break]:
    """Paragraph breaks inside a block: after a lead-in sentence, before numbered paragraphs that
    follow each other (1., 2., 3.), bullets and speaker labels after a sentence's end, and around
    a dated footer ("Published 11 February 2021") and "Begin text" / "End text"."""
    out: list[Break] = []
    lead_in = _preamble().match(text, start, min(end, start + 200))
    if lead_in is not None:  # "Transcript of remarks by ... on 11 June 2022." is a paragraph of its own
        stop = _LEAD_IN_END.search(text, lead_in.end(), min(end, lead_in.end() + 600))
        if stop is not None:
            _cut(text, stop.end(), start, end, out)
    if text.find("1.", start, end) >= 0 or text.find("1)", start, end) >= 0:  # a chain starts at 1
        expected = 1
        for m in _NUMBERED.finditer(text, start, end):
            number = int(m.group(1))
            if number == expected or (number == expected + 1 and expected > 1):
                _cut(text, m.start(), start, end, out)
                expected = number + 1
    colon = text.find(":", start, end)
    while colon >= 0:  # a label ends at a colon: look back from each one
        label = _LABEL.search(text, max(start, colon - 200), colon) if _AFTER_LABEL.match(text, colon, end) else None
        if label is not None and len(label.group()) > 1 and (label.group().isupper() or _titled_label(label.group())):
            _cut(text, label.start(), start, end, out)  # (not "I:")
        colon = text.find(":", colon + 1, end)
    if any(text.find(bullet, start, end) >= 0 for bullet in _BULLETS):
        for m in _BULLET.finditer(text, start, end):
            _cut(text, m.start(), start, end, out)
    found: list[regex.Match[str]] = []
    if any(text.find(word, start, end) >= 0 for word in _DATE_LABEL_WORDS):
        found += _labelled_dates().finditer(text, start, end)  # "... pragmatism Published 11 February 2021"
    if text.find(" text", start, end) >= 0 or text.find(" joint statement", start, end) >= 0:
        found += _markers().finditer(text, start, end)
    for m in found:
        _cut(text, m.start(), start, end, out)
        _cut(text, m.end(), start, end, out)
    return out


_AFTER_LABEL = regex.compile(r":[ \t\u00a0]{1,8}+[\p{Lu}\"“‘(]")
_BULLETS = ("\u2022", "\u25aa", "\u25cf")
_BULLET = regex.compile(r"(?<=[ \t\u00a0])[\u2022\u25aa\u25cf](?=[ \t\u00a0])")
_DATE_LABEL_WORDS = ("Published", "updated", "Updated", "Issued", "Posted", "Release")


@lru_cache(maxsize=1)
def _labelled_dates() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\p{L}])(?:Published|Last updated|Updated|Issued on|Posted on|Release date)"
        r"[ \t\u00a0]*+:?[ \t\u00a0]*+(?:"
        + _dates.date_regex().pattern + ")"
    )


_LEAD_IN_END = regex.compile(r"\p{Ll}[.:](?=[ \t\u00a0]{1,8}+[\p{Lu}\"“])|\d[.:](?=[ \t\u00a0]{1,8}+\p{Lu})")


@lru_cache(maxsize=1)
def _preamble() -> regex.Pattern[str]:
    """A lead-in sentence opening the body (``data/preamble.txt``)."""
    return regex.compile("(?i:" + "|".join(_data.lines("preamble.txt")) + ")")


def _titled_label(label: str) -> bool:
    """A mixed-case speaker label names a person by office and name: four words at least, the last
    two capitalised ("President of Russia Vladimir Putin")."""
    words = label.split()
    return len(words) >= 4 and all(w[0].isupper() for w in words[-2:])


@lru_cache(maxsize=1)
def _markers() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<=[ \t\u00a0])(?i:begin|end)[ \t\u00a0]++(?i:text|joint statement)[.:]?(?=[ \t\u00a0]{1,8}+\p{Lu})"
    )
