"""The header: title, date, kind, location, issuer, attribution, languages (SPEC "Header").

Each field comes from the first place in the text that states it: the title
and date lines found by the layout, lead-in lines ("attributable to …"),
venue lines above a transcript, and meeting sentences ("met today in Brussels").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache

import regex

from dipstate import _data, _dates, _gazetteer, _layout
from dipstate._layout import Layout, LineKind, kind_from_title
from dipstate._people import find_mentions
from dipstate._source import Line, Source
from dipstate.model import Header, Section, SectionKind, Span, StatementKind

# "attributable to Spokesperson Ned Price.", "Attributed to Pentagon Press Secretary Air Force Brig. Gen.
# Pat Ryder:" (a stop after a short capitalised word is an abbreviation's, not the sentence's end).
_ATTRIBUTABLE = regex.compile(
    r"(?i:attribut(?:able|ed) to)[ \u00a0]++(?P<who>[^:\n]{2,120}?)[ \u00a0]*+"
    r"(?::|$|(?<!\b\p{Lu}\p{Ll}{0,3})\.(?:$|[ \u00a0]))"
)
_STATEMENT_FROM = regex.compile(
    r"(?i:(?:press )?(?:statement|declaration) (?:from|by|attributable to))[ \u00a0]++(?:the[ \u00a0]++)?"
    r"(?P<who>.{2,120}?)"
    r"(?:[ \u00a0]++(?:on|regarding|concerning|following|after|at|in|to mark|marking|[-\u2013\u2014])"
    r"(?=[ \u00a0]|$)|:|$)"
)
_MEETING = regex.compile(
    r"\b(?:met|convened|gathered|hosted|visited|held talks|held a meeting|took place|(?:a|the) meeting|"
    r"(?P<to>welcomed|welcome|official visit|state visit))\b"
)
# After "welcomed X" or "a visit", the place follows "to": "welcomed President Yoon to Washington, D.C."
_TO = regex.compile(r"\bto[ \u00a0\n]++(?P<place>(?:the[ \u00a0\n]++)?\p{Lu})")
# A place after a meeting verb comes before the meeting's purpose ("... to discuss the war in Ukraine").
_PLACE_STOP = regex.compile(r"[ \u00a0\n](?:to|about|regarding|concerning|discussed|and discussed)[ \u00a0\n]|;")
_IN_AT = regex.compile(r"\b(?:in|at)[ \u00a0\n]++(?P<place>(?:the[ \u00a0\n]++)?\p{Lu})")
_PLACE_WORDS = regex.compile(
    r"(?:the[ \u00a0\n]++)?\p{Lu}[\p{L}'\u2019.&-]*+(?:[ \u00a0\n]++\p{Lu}[\p{L}'\u2019.&-]*+){0,5}+"
)
_NEXT_WORD = regex.compile(r"[ \u00a0]++(\p{Ll}++)")
_AFTER_COMMA = regex.compile(
    r",[ \u00a0\n]++(?P<tail>D\.C\.|[A-Z]{2}\b|"
    r"\p{Lu}[\p{L}'\u2019.-]*+(?:[ \u00a0](?:of[ \u00a0](?:the[ \u00a0])?)?\p{Lu}[\p{L}'\u2019.-]*+){0,3}+)"
)
_JOINT_BODY = regex.compile(
    r"(?i)\bwe,? the (?:leaders|heads|ministers|foreign ministers|governments|participants)\b"
    r"|\bjoint(?:ly)? (?:statement|declaration|communiqu)"
)
# A text that opens with a group's members speaking together: "The Foreign Ministers of ASEAN
# expressed ...", "The Heads of State and Government of the G20 ...".
_JOINT_OPENING = regex.compile(
    r"(?:The[ \u00a0]++)?(?:Leaders|Heads of State and Government|Heads of State|Heads of Government"
    r"|(?:Foreign |Defen[cs]e |Finance |Trade )?Ministers)[ \u00a0]++of[ \u00a0]++(?:the[ \u00a0]++)?\p{Lu}"
)
_READOUT_BODY = regex.compile(
    r"(?<!\b(?:I|[Ww]e)(?:[ \u00a0]\p{Ll}{1,12})?[ \u00a0])"  # "I spoke with ..." is a speech, not a readout
    r"\b(?:met|spoke|speaks|meets|(?:held|had) (?:a |an )?(?:bilateral |official |telephone |phone |video )?"
    r"(?:call|meeting|talks|conversation|consultations))"
    r"(?: today| virtually| by phone| by telephone)? with\b"
    r"|\breceived (?:today |on \p{L}++ )?(?:H\.E\.|His Excellency|Her Excellency|the )"
)


def read_header(
    source: Source, layout: Layout, sections: tuple[Section, ...], fallback_date: dt.date | None = None
) -> Header:
    """The header of the document, from its layout and its sections; ``fallback_date`` (the caller's)
    where the text states no date."""
    title = source.collapsed(layout.title) if layout.title else None
    return Header(
        title=title,
        date=_date(source, layout, sections) or fallback_date,
        kind=_kind(source, layout, sections),
        location=_location(source, sections, layout),
        issuer=_issuer(source, layout),
        attribution=_attribution(source, title, sections, layout),
        languages=_languages(source, layout),
    )


def _paragraphs(sections: tuple[Section, ...], *kinds: SectionKind) -> Iterator[Span]:
    for section in sections:
        if not kinds or section.kind in kinds:
            for p in section.paragraphs:
                yield p.span


def _date(source: Source, layout: Layout, sections: tuple[Section, ...]) -> dt.date | None:
    if layout.date_span is not None:
        match = source.fullmatch(_dates.date_regex(), layout.date_span)
        if match:
            return _dates.to_date(match)
    # A dateline opening the first paragraph: "WASHINGTON, June 3, 2023 - ..."
    for span in _paragraphs(sections, SectionKind.BODY, SectionKind.READOUT):
        head = Span(span.start, min(span.end, span.start + 60))
        mixed = _mixed_dateline(source, span)
        for match in source.finditer(_dates.date_regex(), head):
            before = source.between(span.start, match.start())
            if not before.strip() or before.strip().rstrip(",").isupper():
                return _dates.to_date(match)
            if mixed is not None and mixed[1].start() == match.start():
                return _dates.to_date(match)  # "Addis Ababa, 6 June 2018 - The Chairperson ..."
        return None
    return None


def _kind(source: Source, layout: Layout, sections: tuple[Section, ...]) -> StatementKind:
    title = source.collapsed(layout.title) if layout.title else None
    from_title = kind_from_title(title)
    if from_title is StatementKind.PRESS_STATEMENT and layout.title and _issued_jointly(source, layout.title):
        return StatementKind.JOINT_STATEMENT
    if from_title is not None:
        return from_title
    label = _byline_kind(source, layout) or _label_above(source, layout) or _date_line_label(source, layout)
    if label is not None:
        return label  # "Press Statement", "Readout", "Media Note" under the title
    if any(_spoken(p.speaker) for s in sections if s.kind is SectionKind.TRANSCRIPT for p in s.paragraphs):
        return StatementKind.REMARKS
    first = next(_paragraphs(sections, SectionKind.BODY, SectionKind.READOUT), None)
    if first is not None:
        if source.search(_JOINT_BODY, first) or source.match(_JOINT_OPENING, first):
            return StatementKind.JOINT_STATEMENT
        if source.search(_READOUT_BODY, first):
            return StatementKind.READOUT
    if any(s.kind is SectionKind.READOUT for s in sections):
        return StatementKind.READOUT
    announced = _announced(source, sections)
    return announced if announced is not None else StatementKind.OTHER


_ISSUED = regex.compile(r"\b(?:issued|released)\b")
_ANNOUNCED_KINDS = {"statement": StatementKind.PRESS_STATEMENT, "note": StatementKind.PRESS_STATEMENT,
                    "remarks": StatementKind.REMARKS}


def _announced(source: Source, sections: tuple[Section, ...]) -> StatementKind | None:
    """ "The following statement was issued today by the Spokesman for ...:": what a lead-in says
    the text is, where nothing else has (a joint statement's lead-in is read with the body)."""
    for span in _paragraphs(sections, SectionKind.PREAMBLE):
        found = _layout.announced_kind_ahead(source, span)
        if found is None and source.search(_ISSUED, span):
            found = _layout.announced_kind(source, span)  # "... issued the following statement:"
        if found is not None and "joint" not in source.slice(span).casefold():
            return _ANNOUNCED_KINDS.get(found)
    return None


def _spoken(label: str | None) -> bool:
    """A label a person speaks under ("Q", "MS. PSAKI", "THE PRESIDENT", "PRIME MINISTER KISHIDA"),
    not a lone outlet or source quoted in a roundup ("CNN", "AP")."""
    if label is None:
        return False
    words = label.split()
    return label == "Q" or len(words) >= 2 or label.endswith(".")


def _issued_jointly(source: Source, title: Span) -> bool:
    """ "Statement by President X and Prime Minister Y", "Statement of Japan and Canada"."""
    scope = _layout.title_scope(source, title)
    states = {m.code for m in _gazetteer.mentions(source, scope) if m.kind != _gazetteer.DEMONYM}
    people = {m.name for m in find_mentions(source, [scope]) if m.name}
    return len(states) >= 2 or len(people) >= 2


# "WASHINGTON – The United States ...", "BRUSSELS, June 3, 2023 - ...": the dateline's place.
_DATELINE = regex.compile(
    r"(?P<place>\p{Lu}[\p{Lu} .'\u2019-]{1,40}+(?:,[ \u00a0]\p{Lu}[\p{Lu}.]{1,10}+)?)"
    r"(?=[ \u00a0]*+[\u2013\u2014-][ \u00a0]|,[ \u00a0]++(?:\p{Lu}\p{Ll}{2,8}\.?[ \u00a0]\d|\d))"
)


# A dateline's place in title case: "Addis Ababa, ", "Pretoria, South Africa, "; the date and a dash
# (or a colon: "Addis Ababa, Ethiopia, 18 March 2024: The Chairperson ...") follow.
_PLACE_COMMA = regex.compile(
    r"(?P<place>\p{Lu}\p{Ll}++(?:[ \u00a0]\p{Lu}\p{Ll}++){0,3}+"
    r"(?:,[ \u00a0]\p{Lu}\p{Ll}++(?:[ \u00a0]\p{Lu}\p{Ll}++){0,2}+)?),[ \u00a0]"
)
# A news agency's tag may stand before the dash: "(Reuters) -", ", SPA --".
_DASH_AFTER = regex.compile(
    r"[ \u00a0]*+(?:\([^()\n]{1,20}\)[ \u00a0]*+|,[ \u00a0]\p{Lu}{2,8}+[ \u00a0]*+)?(?:[\u2013\u2014-]{1,2}|:)[ \u00a0]"
)


def _mixed_dateline(source: Source, first: Span) -> tuple[str, regex.Match[str]] | None:
    """The place and the date of "Addis Ababa, 6 June 2018 - ..." opening the first paragraph."""
    m = source.match(_PLACE_COMMA, first)
    if m is None:
        return None
    date = source.match_at(_dates.date_regex(), m.end(), first.end)
    if date is None or source.match_at(_DASH_AFTER, date.end(), first.end) is None:
        return None
    return m.group("place"), date


def _dated_place(source: Source, layout: Layout) -> str | None:
    """The place the date line opens with: "Brussels, 12/03/2023", "Karuizawa, Japan, 18 April 2023"."""
    if layout.date_line is None:
        return None
    return _layout.date_line_place(source, source.lines[layout.date_line])


def _location(source: Source, sections: tuple[Section, ...], layout: Layout) -> str | None:
    place = _dated_place(source, layout)
    if place:
        return place
    first = next(_paragraphs(sections, SectionKind.BODY, SectionKind.READOUT), None)
    if first is not None:
        m = source.match(_DATELINE, first)
        if m and len(m.group("place").strip()) > 2:
            return m.group("place").strip()  # "WASHINGTON – ..."
        mixed = _mixed_dateline(source, first)
        if mixed is not None:
            return mixed[0]
    for section in sections:
        if section.kind is SectionKind.PREAMBLE:
            place = _preamble_place(source, section)
            if place:
                return place
        for p in section.paragraphs:
            spoken = section.kind is SectionKind.TRANSCRIPT and p.speaker is None  # a speech, not an exchange
            if spoken or section.kind in (SectionKind.BODY, SectionKind.READOUT, SectionKind.PREAMBLE):
                place = _meeting_place(source, p.span)
                if place:
                    return place
    return None


def issuing_place(source: Source, layout: Layout, sections: tuple[Section, ...]) -> str | None:
    """Where the text says it was issued: the place of its date line or of a place line in its
    lead-in ("The Kremlin, Moscow" under the date), not a meeting's venue in its sentences."""
    place = _dated_place(source, layout)
    if place:
        return place
    for section in sections:
        if section.kind is SectionKind.PREAMBLE:
            for p in section.paragraphs:
                for line in source.lines_in(p.span):
                    if _layout.place_line(source, line.span):
                        return source.line_text(line)
        elif section.kind is not SectionKind.BOILERPLATE:
            return None
    return None


def _preamble_place(source: Source, section: Section) -> str | None:
    """The city line above a transcript ("Phnom Penh, Cambodia"), else a venue alone ("East Room")."""
    venue = None
    for p in section.paragraphs:
        for line in source.lines_in(p.span):
            if _layout.is_byline(source, line) or _layout.person_line(source, line):
                continue
            if source.between(line.trail - 1, line.trail) == ":":
                continue  # a lead-in ("Attributed to Pentagon Press Secretary ...:"), not a venue
            parts = _layout.place_parts(source, line.span)
            if parts and _layout.venue_and_city(*parts):
                return parts[1]  # "The Kremlin, Moscow": the city (SPEC "Header")
            if parts or _layout.city_line(source, line.span):
                return source.line_text(line)
            if venue is None and not _layout.is_time_line(source, line.span) and _layout.heading_like(
                source, line.span
            ):
                venue = source.line_text(line)
    return venue


def _meeting_place(source: Source, paragraph: Span) -> str | None:
    for sentence in source.sentences(paragraph):
        verb = source.search(_MEETING, sentence)
        if verb is None:
            continue
        if verb.group("to"):
            to = source.search(_TO, Span(verb.end(), sentence.end))
            place = _place_at(source, Span(to.start("place"), sentence.end)) if to else None
            if place:
                return place
            continue
        stop = source.search(_PLACE_STOP, Span(verb.end(), sentence.end))
        rest = Span(verb.end(), stop.start() if stop else sentence.end)
        for m in source.finditer(_IN_AT, rest):
            place = _place_at(source, Span(m.start("place"), sentence.end))
            if place:
                return place
    return None


def _place_at(source: Source, span: Span) -> str | None:
    """The place name starting at ``span.start`` ("Jakarta, Indonesia"), if it is one."""
    m = source.match(_PLACE_WORDS, span)
    if not m:
        return None
    words = m.group().split()
    if words[-1].endswith(("'s", "\u2019s")):
        return None  # "at Turkey's request": a possessor, not a place
    first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    if _dates.month_number(first.rstrip(".")) or first in _not_places():
        return None
    noun = source.match_at(_NEXT_WORD, m.end(), span.end) if words[0] == "the" else None
    if noun is not None and noun.group(1) in _data.lineset("adjective_nouns.txt"):
        return None  # "in the Kyiv region", "in the Normandy format": a name used as an adjective
    end = m.end()
    while end > m.start() and source.between(end - 1, end) in ".,":
        end -= 1
    tail = source.match_at(_AFTER_COMMA, end, span.end)
    if tail:
        name = tail.group("tail")
        if not name.endswith("D.C."):
            name = name.rstrip(".,")
        if _layout.known_region(name):
            end = tail.start("tail") + len(name)
    # A venue and its city: "at the Naval Academy in Annapolis, MD" -> "Annapolis, MD".
    after = Span(end, min(span.end, end + 4))
    if source.slice(after) == " in ":
        inner = _place_at(source, Span(end + 4, span.end))
        if inner:
            return inner
    return source.collapsed(Span(m.start(), end))


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(_data.lines("languages.txt")) | frozenset(_data.lines("weekdays.txt"))


def _issuer(source: Source, layout: Layout) -> str | None:
    for i, line in enumerate(source.lines):
        if line.blank:
            continue
        if layout.kinds[i] in (LineKind.CHROME, LineKind.BYLINE) and _layout.is_issuer(source, line):
            office = _layout.issuer_text(source, line)
            below = source.lines[i + 1] if i + 1 < len(source.lines) else None
            if below is not None and layout.kinds[i + 1] is layout.kinds[i] and _names_state(source, below):
                return source.collapsed(Span(office.start, below.trail))  # "MINISTRY OF FOREIGN AFFAIRS" / "SINGAPORE"
            return source.collapsed(office)
    body = _issuing_body(source, layout)
    return source.slice(body) if body else None


def _names_state(source: Source, line: Line) -> bool:
    """The line is a state's name and nothing else (in capitals too: "SINGAPORE")."""
    text = source.line_text(line)
    if text.isupper():
        text = " ".join(w.lower() if w in ("OF", "THE", "AND") else w.capitalize() for w in text.split())
    alone = Source(text)
    found = _gazetteer.mentions(alone)
    return len(found) == 1 and found[0].kind == _gazetteer.STATE and found[0].span == Span(0, len(alone.text))


def _issuing_body(source: Source, layout: Layout) -> Span | None:
    """ "Statement by the North Atlantic Council ...": an organisation or one of its organs issues it."""
    if layout.title is None:
        return None
    m = source.match(_STATEMENT_FROM, layout.title)
    if m is None:
        return None
    who = Span(m.start("who"), m.end("who"))
    words = source.slice(who).split()
    if words and words[0].casefold() == "the":
        who = source.strip(who.start + 3, who.end)
    found = _gazetteer.mentions(source, who)
    if len(found) == 1 and found[0].kind == _gazetteer.ORG and found[0].span == who:
        return who
    return None


def _attribution(
    source: Source, title: str | None, sections: tuple[Section, ...], layout: Layout
) -> str | None:
    if title and kind_from_title(title) is StatementKind.PRESS_STATEMENT and _issuing_body(source, layout) is None:
        m = _STATEMENT_FROM.search(title)
        if m and _a_person(m.group("who").strip()):
            return m.group("who").strip()
    for span in _paragraphs(sections):
        head = Span(span.start, min(span.end, span.start + 300))
        for m in source.finditer(_ATTRIBUTABLE, head):
            return " ".join(m.group("who").split())
    for span in _paragraphs(sections, SectionKind.PREAMBLE):
        announcer = _layout.announcer_span(source, span)
        if announcer is not None:
            return source.collapsed(announcer)
    if (kind_from_title(title) or _byline_kind(source, layout)) is StatementKind.PRESS_STATEMENT:
        byline = _person_byline(source, layout)
        if byline is not None:
            return source.collapsed(byline)  # "Antony J. Blinken, Secretary of State" under the title
    return None


def _a_person(who: str) -> bool:
    """ "President Biden", "High Representative": a person or office, not a body ("the Embassy",
    "White House"): the body is the issuer, and a text is attributed to people."""
    words = who.split()
    if not words:
        return False
    if words[-1] in _data.lineset("institution_words.txt") | _data.lineset("organ_words.txt"):
        return False
    return all(row[0] != who for row in _data.table("home.tsv"))


def _byline_kind(source: Source, layout: Layout) -> StatementKind | None:
    for i, line in enumerate(source.lines):
        if layout.kinds[i] is LineKind.BYLINE and not _layout.person_line(source, line):
            kind = kind_from_title(source.line_text(line))
            if kind is not None:
                return kind
    return None


def _label_above(source: Source, layout: Layout) -> StatementKind | None:
    """A kind label in the chrome right above the title ("Media Statement" / date / title)."""
    if not layout.title_lines:
        return None
    for i in range(layout.title_lines[0] - 1, max(-1, layout.title_lines[0] - 6), -1):
        line = source.lines[i]
        if layout.kinds[i] is LineKind.CHROME and _layout.is_byline(source, line):
            return kind_from_title(source.line_text(line))
    return None


def _date_line_label(source: Source, layout: Layout) -> StatementKind | None:
    """A kind label sharing the date's line ("12.03.2024 - Press release")."""
    if layout.date_line is None:
        return None
    return kind_from_title(source.line_text(source.lines[layout.date_line]))


def _person_byline(source: Source, layout: Layout) -> Span | None:
    for i, line in enumerate(source.lines):
        if layout.kinds[i] is LineKind.BYLINE and _layout.person_line(source, line):
            return line.span
    return None


def _languages(source: Source, layout: Layout) -> tuple[str, ...]:
    out: list[str] = []
    for i, line in enumerate(source.lines):
        if layout.kinds[i] is LineKind.CHROME:
            for name in _layout.languages_in(source, line):
                if name != "English" and name not in out:
                    out.append(name)
    return tuple(out)
