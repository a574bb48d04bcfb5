"""Parties: the states and organisations that issue the text or take part.

Evidence, in order: names in the title before its topic ("Joint Statement of
Japan, the Republic of Korea, and the United States"; not "... on Russia's
referenda"), lists after "leaders of", "Governments of", "between", "among",
and the countries of the participants. States only talked about stay out.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

import regex

from dipstate import _data, _gazetteer, _layout
from dipstate._layout import Layout, LineKind
from dipstate._people import office_country, title_regex
from dipstate._source import Source
from dipstate.model import Participant, Party, Section, SectionKind, Span

_LIST_TRIGGER = regex.compile(
    r"\bWe,[ \u00a0\n]++(?=\p{Lu})|"  # "We, Angola, Argentina, ..."
    r"(?:\b[Ww]e,?[ \u00a0\n]++(?:the[ \u00a0\n]++)?|\b[Aa]s[ \u00a0\n]++(?:the[ \u00a0\n]++)?|"
    r"\b(?:released|issued|adopted)[ \u00a0\n]++by[ \u00a0\n]++the[ \u00a0\n]++|"
    r"\b(?:hosted|met|met[ \u00a0\n]++with|welcomed|joined|received)[ \u00a0\n]++(?:by[ \u00a0\n]++)?the[ \u00a0\n]++)"
    r"(?:\p{Lu}[\p{Lu}\p{N}]{1,7}+[ \u00a0\n]++)?+"  # a group's name: "the G7 Foreign Ministers of"
    r"(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ff]inance|[Ee]nergy|[Hh]ealth)[ \u00a0\n]++)?"
    r"(?:[Ll]eaders|[Gg]overnments|[Mm]inisters|[Hh]eads of (?:State|Government)(?: and Government)?|"
    r"[Rr]epresentatives)(?:[ \u00a0\n]++and[ \u00a0\n]++(?:[Ll]eaders|[Mm]inisters|[Rr]epresentatives))?+"
    r"[ \u00a0\n]++of[ \u00a0\n]++(?:the[ \u00a0\n]++)?"
)
_WE = regex.compile(r"\bWe,")
# The issuers' own list: "We, Angola, Argentina, ...", "We, the Leaders of A, B and C".
_WE_TRIGGER = regex.compile(
    r"\bWe,[ \u00a0\n]++(?=\p{Lu})|\b[Ww]e,?[ \u00a0\n]++(?:the[ \u00a0\n]++)?"
    r"(?:\p{Lu}[\p{Lu}\p{N}]{1,7}+[ \u00a0\n]++)?+"  # "We, the G7 Foreign Ministers of ..."
    r"(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ff]inance|[Ee]nergy|[Hh]ealth)[ \u00a0\n]++)?"
    r"(?:[Ll]eaders|[Gg]overnments|[Mm]inisters|[Hh]eads of (?:State|Government)(?: and Government)?|"
    r"[Rr]epresentatives)(?:[ \u00a0\n]++and[ \u00a0\n]++(?:[Ll]eaders|[Mm]inisters|[Rr]epresentatives))?+"
    r"[ \u00a0\n]++of[ \u00a0\n]++(?:the[ \u00a0\n]++)?"
)
# In a lead-in only: "Issued by NATO Heads of State and Government ...".
# "Joint Statement on Maritime Cooperation Between Fiji and New Zealand": a joint text's issuers in its topic.
_BETWEEN = regex.compile(r"\b(?:[Bb]etween|[Aa]mong)[ \u00a0\n]++(?:the[ \u00a0\n]++)?")
# "Issued by the ...", and a lead-in's "the text of a joint statement by (or from) the Governments of A and B".
_ISSUED_BY = regex.compile(
    r"\b(?:(?:[Ii]ssued|[Rr]eleased|[Aa]dopted)[ \u00a0\n]++by|(?:statement|declaration|communiqu[eé])[ \u00a0\n]++"
    r"(?:by|from))[ \u00a0\n]++"
    r"(?:the[ \u00a0\n]++)?(?:(?:[Ff]oreign[ \u00a0\n]++)?(?:Governments|Ministers|Leaders)[ \u00a0\n]++of[ \u00a0\n]++"
    r"(?:the[ \u00a0\n]++)?)?"
)
# The bodies of states further down such a list: "..., and the Foreign Ministers of Australia, ...".
_BODIES_IN_LIST = regex.compile(
    r"(?:(?:Foreign|Defen[cs]e|Trade|Finance)[ \u00a0\n]++)?(?:Ministers|Governments|Leaders)[ \u00a0\n]++of"
    r"[ \u00a0\n]++(?:the[ \u00a0\n]++)?"
)
_LIST_GAP = regex.compile(
    r"(?:[ \u00a0\n]*+\([^()\n]{1,12}\))?,?[ \u00a0\n]++(?:and[ \u00a0\n]++)?(?:the[ \u00a0\n]++)?|-"
)
_PARTY_KINDS = (_gazetteer.STATE, _gazetteer.ORG)
# "The Candidate Countries ... and the EFTA countries Iceland, ... align themselves with this
# declaration": states that join another's text (the EU's alignment formula).
_ALIGN = regex.compile(
    r"\balign(?:s|ed)?+[ \u00a0\n]++(?:themselves|itself)[ \u00a0\n]++with[ \u00a0\n]++(?:this|the|these)\b"
)
# An office of an organisation in a list of issuers: "... and the High Representative of the European Union".
_OFFICE_OF = regex.compile(
    r"(?:\p{Lu}[\p{L}-]++[ \u00a0\n]++){1,3}+(?:on[ \u00a0\n]++behalf[ \u00a0\n]++)?"
    r"of[ \u00a0\n]++(?:the[ \u00a0\n]++)?"
)
# A sentence that opens with the bodies of its states: "Foreign Ministers of Afghanistan, India, ...
# participated in the meeting", "The Leaders of France and Germany agreed ...".
_BODIES_OPEN = regex.compile(
    r"(?:[Tt]he[ \u00a0\n]++)?(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ff]inance|[Pp]rime)[ \u00a0\n]++)?"
    r"(?:[Ll]eaders|[Gg]overnments|[Mm]inisters|[Hh]eads of (?:State|Government)(?: and Government)?|"
    r"[Rr]epresentatives|[Dd]elegations)[ \u00a0\n]++of[ \u00a0\n]++(?:the[ \u00a0\n]++)?"
)


def find_parties(
    source: Source,
    title: Span | None,
    sections: tuple[Section, ...],
    participants: tuple[Participant, ...],
    acting: tuple[tuple[str, ...], ...] = (),
    *,
    own: str | None = None,
    joint: bool = False,
) -> tuple[Party, ...]:
    """The parties, sorted by code, each with the span of its first mention.

    ``acting`` are the subjects of commitments that name states ("Canada and France commit to"):
    two or more acting together are parties; a state acting alone is one only where the rest of the
    text names fewer than two parties (in a joint statement of three, "the DPRK will" is talked about).
    ``own`` is the publisher of a text it issues in its own name. In a ``joint`` text whose title
    names its issuers only in its topic ("Joint Statement on U.S.-UK Consultations", "... on
    Cooperation Between Fiji and New Zealand"), the states joined by a hyphen or listed after
    "between" there are its parties.
    """
    codes: list[str] = [own] if own else []
    groups: set[str] = set()  # organisations named in the title
    if title is not None:
        scope = _layout.title_scope(source, title)
        in_title = _not_portfolios(source, _gazetteer.mentions(source, scope))
        codes += [m.code for m in in_title]
        groups = {m.code for m in in_title if m.kind == _gazetteer.ORG}
        topic = Span(scope.end, title.end)
        if joint and len(set(codes)) < 2:
            codes += _compounds(source, topic) + _listed(source, topic, _BETWEEN)
        codes += _met_in_topic(source, topic)
    if joint:
        first = next((p.span for s in sections if s.kind in (SectionKind.BODY, SectionKind.READOUT)
                      for p in s.paragraphs), None)
        sentences = source.sentences(first) if first is not None else []
        if sentences:
            codes += _opening_subjects(source, sentences[0])
    issuers: list[str] = []  # "We, the leaders of A, B and C": who the text says issues it
    for section in sections:
        for paragraph in section.paragraphs:
            listed = _listed(source, paragraph.span, _LIST_TRIGGER)
            codes += listed
            if listed and source.search(_WE, paragraph.span):
                issuers += _listed(source, paragraph.span, _WE_TRIGGER)
            if section.kind in (SectionKind.BODY, SectionKind.READOUT):
                for sentence in source.sentences(paragraph.span):
                    codes += aligned_states(source, sentence)
                    codes += _met_officials(source, sentence)
                    opening = source.match(_BODIES_OPEN, sentence)
                    if opening:
                        codes += _listed(source, Span(opening.start(), sentence.end), _BODIES_OPEN)
            if section.kind is SectionKind.PREAMBLE:
                codes += _listed(source, paragraph.span, _ISSUED_BY)
    codes += [p.country for p in participants if p.country]
    if joint and groups and len(set(issuers)) >= 2 and not groups & set(issuers):
        # "Quad Leaders' Joint Statement" / "We, the leaders of Australia, India, Japan and the United
        # States": the group speaks through its members, who are the parties (SPEC "Party")
        codes = [c for c in codes if c not in groups]
    alone = len(set(codes)) < 2
    for subject in acting:
        if len(subject) >= 2 or alone:
            codes += subject
    named = _gazetteer.index(source).spans_by_code()
    out = []
    for code in sorted(set(codes)):
        spans = named.get(code, [])
        span = spans[0] if spans else _participant_span(participants, code)
        if span is None and code == own:
            span = _publisher_span(source, code)
        if span is not None:
            mentions = tuple(spans) or ((span,) if span.end > span.start else ())
            out.append(Party(_gazetteer.display_name(code), code, span, mentions))
    return tuple(out)


# "Statement by ... on President Biden's Meeting with G7 Leaders": whom the topic's meeting was with.
_MET_WITH = regex.compile(
    r"\b(?i:meetings?|calls?|talks|conversations?|meets|met|speaks)[ \u00a0]++with[ \u00a0]++"
)
_TOPIC_END = regex.compile(
    r"[ \u00a0](?i:on|about|regarding|concerning|to|following|after|ahead|before|during|in|at|for)[ \u00a0]|[:;]"
)


def _met_in_topic(source: Source, topic: Span) -> list[str]:
    """The states and organisations a title's topic names as met ("... on the President's Call
    with G7 Leaders"), up to the topic of that meeting ("... with EU Leaders on Energy")."""
    met = source.search(_MET_WITH, topic)
    if met is None:
        return []
    stop = source.search(_TOPIC_END, Span(met.end(), topic.end))
    scope = Span(met.end(), stop.start() if stop else topic.end)
    return [m.code for m in _not_portfolios(source, _gazetteer.mentions(source, scope)) if m.kind in _PARTY_KINDS]


# "met virtually with senior Haitian government officials", "received a Qatari delegation": a
# state's people met as a body, by its demonym (the demonym's position is the group's start).
_MET_BODY = regex.compile(
    r"\b(?:met|meets|meet|spoke|speaks|talked|hosted|hosts|received|receives|welcomed)\b"
    r"(?:[ \u00a0](?:virtually|separately|today|also|jointly|yesterday))?+(?:[ \u00a0]with)?+[ \u00a0]"
    r"(?:(?:the|a|senior|high-level|top)[ \u00a0])*+(?=\p{Lu})"
)
_BODY_AFTER = regex.compile(
    r"(?:[ \u00a0](?:government|senior|military|defen[cs]e|foreign|trade|civilian|security))*+[ \u00a0]"
    r"(?:officials|counterparts|delegation|leadership|authorities|representatives|ministers|government)\b"
)


def _met_officials(source: Source, sentence: Span) -> list[str]:
    """States whose officials a sentence says were met ("met with Chinese officials")."""
    out = []
    index = _gazetteer.index(source)
    for m in source.finditer(_MET_BODY, sentence):
        found = index.starting_at(m.end(), sentence.end)
        if found is not None and found.kind == _gazetteer.DEMONYM and source.match_at(
                _BODY_AFTER, found.span.end, sentence.end):
            out.append(found.code)
    return out


def aligned_states(source: Source, sentence: Span) -> tuple[str, ...]:
    """The states a sentence says align themselves with the text ("North Macedonia, Montenegro
    ... as well as Ukraine align themselves with this declaration"): they join it, so are parties,
    and are whom the next sentence's "They" stands for."""
    if not source.memo("aligns", lambda: source.search(_ALIGN) is not None):
        return ()  # most texts hold no such sentence: one search a text, not one a sentence
    m = source.search(_ALIGN, sentence)
    if m is None:
        return ()
    found = _gazetteer.index(source).within(Span(sentence.start, m.start()))
    return tuple(sorted({x.code for x in found if x.kind == _gazetteer.STATE}))


def _not_portfolios(source: Source, mentions: list[_gazetteer.Mention]) -> list[_gazetteer.Mention]:
    """Mentions less the states named as an office's portfolio ("Special Representative for the
    Democratic People's Republic of Korea (DPRK)", "Special Envoy for Syria"): the office's subject,
    not a party. The abbreviation in brackets right after one goes with it."""
    out = []
    previous: _gazetteer.Mention | None = None
    dropped = False
    for m in mentions:
        bracketed = previous is not None and source.between(previous.span.end, m.span.start) == " ("
        dropped = (bracketed and dropped) or _gazetteer.portfolio_at(source, m.span.start)
        if not dropped:
            out.append(m)
        previous = m
    return out


_HYPHEN = frozenset({"-", "\u2013"})


def _compounds(source: Source, topic: Span) -> list[str]:
    """States and organisations joined by hyphens in a title's topic: "U.S.-UK", "U.S.-EU-Japan"."""
    found = [m for m in _gazetteer.mentions(source, topic) if m.kind in _PARTY_KINDS]
    codes: list[str] = []
    for a, b in itertools.pairwise(found):
        if source.between(a.span.end, b.span.start) in _HYPHEN:
            codes += [a.code, b.code]
    return codes


def _participant_span(participants: tuple[Participant, ...], code: str) -> Span | None:
    for p in participants:
        if p.country == code and p.mentions:
            return p.mentions[0]
    return None


def _listed(source: Source, span: Span, trigger: regex.Pattern[str]) -> list[str]:
    """Codes in a list right after ``trigger`` ("We, the leaders of", "Issued by")."""
    out: list[str] = []
    triggers = list(source.finditer(trigger, span))
    if not triggers:
        return out
    for t in triggers:
        out += _list_at(source, t.end(), span.end)[0]
    return out


def _list_at(source: Source, pos: int, end: int) -> tuple[list[str], int]:
    """The codes of the list of states and organisations that starts at ``pos``, and where it ends."""
    by_start = _gazetteer.index(source)
    out: list[str] = []
    stop = pos
    while True:
        mention = by_start.starting_at(pos, end)
        if mention is None:
            bodies = source.match_at(_BODIES_IN_LIST, pos, end)  # "the Foreign Ministers of Japan"
            mention = by_start.starting_at(bodies.end(), end) if bodies else None
        if mention is None:
            office = source.match_at(_OFFICE_OF, pos, end)  # "the High Representative of the EU"
            mention = by_start.starting_at(office.end(), end) if office else None
            if mention is not None and mention.kind != _gazetteer.ORG:
                mention = None
        if mention is None or mention.kind not in _PARTY_KINDS:
            break
        out.append(mention.code)
        stop = mention.span.end
        gap = source.match_at(_LIST_GAP, mention.span.end, end)
        if gap is None:
            break
        pos = gap.end()
    return out, stop


# A joint text's first sentence whose subject lists its issuers: "Today, Argentina, Brazil, and the
# United States affirm ...": after a fronted word or two and a comma, the list, then a verb.
_OPENING_FRONT = regex.compile(r"(?:\p{Lu}\p{Ll}++(?:[ \u00a0]\p{L}++){0,3}?,[ \u00a0]++)?(?:[Tt]he[ \u00a0]++)?")
_VERB_AFTER = regex.compile(r"[ \u00a0]++(?:(?:also|today|jointly|together|hereby)[ \u00a0]++)?\p{Ll}")


def _opening_subjects(source: Source, sentence: Span) -> list[str]:
    """The states a joint text's opening sentence lists as its subject (two at least)."""
    front = source.match_at(_OPENING_FRONT, sentence.start, sentence.end)
    codes, stop = _list_at(source, front.end() if front else sentence.start, sentence.end)
    if len(set(codes)) < 2 or source.match_at(_VERB_AFTER, stop, sentence.end) is None:
        return []
    return codes


@lru_cache(maxsize=1)
def _home_phrases() -> tuple[tuple[regex.Pattern[str], str], ...]:
    return tuple(
        (regex.compile(r"(?i)(?<![\p{L}])" + regex.escape(phrase) + r"(?![\p{L}])"), code)
        for phrase, code in _data.table("home.tsv")
    )


def page_publisher(source: Source, layout: Layout) -> str | None:
    """The state or organisation whose page this is, where its own furniture says so: chrome and
    byline lines ("An official website of the United States government", "BRIEFING ROOM",
    "Ministry of Foreign Affairs of Japan"), by ``data/home.tsv``; an organisation's name alone
    on a line above the title ("African Union")."""
    lines = [line for i, line in enumerate(source.lines) if layout.kinds[i] in (LineKind.CHROME, LineKind.BYLINE)]
    for line in lines:
        for phrase, code in _home_phrases():
            if source.search(phrase, line.span):
                return code
    for n, line in enumerate(lines):
        found = _institution_state(source.line_text(line))
        if found is None and n + 1 < len(lines):  # "MINISTRY OF FOREIGN AFFAIRS" / "SINGAPORE"
            found = _institution_state(source.line_text(line) + " " + source.line_text(lines[n + 1]))
        if found is not None:
            return found
    title_start = source.lines[layout.title_lines[0]].lead if layout.title_lines else 0
    for line in lines:
        if line.lead >= title_start:
            break
        entry = _gazetteer.lookup(source.line_text(line))
        if entry is not None and entry.kind == _gazetteer.ORG:
            return entry.code  # "African Union" / motto / title: an organisation's own site
    return _title_office(source, layout)


def _title_office(source: Source, layout: Layout) -> str | None:
    """An office in the title that names its state or organisation by itself ("Statement attributable
    to the Spokesperson for the Secretary-General", "Statement by the Secretary of State"): the
    text is that office's, so the page is its government's."""
    if layout.title is None:
        return None
    codes = {office_country(m.group()) for m in source.finditer(title_regex(), layout.title)} - {None}
    return codes.pop() if len(codes) == 1 else None


_MAX_INSTITUTION_WORDS = 14
_HOSTED = regex.compile(r"\b(?:in|to|at|for|with)[ \u00a0]++(?:the[ \u00a0]++)?\Z")


def _institution_state(text: str) -> str | None:
    """The state a government body's line names as its own: "Ministry of Foreign Affairs of the
    Republic of Indonesia", "REPUBLIC OF TÜRKIYE MINISTRY OF FOREIGN AFFAIRS", "Embassy of the
    Russian Federation in Kenya" (the host after "in" is not the owner). None unless the line is
    short, holds an institution word and names exactly one state."""
    words = text.split()
    if not words or len(words) > _MAX_INSTITUTION_WORDS:
        return None
    if text.isupper():
        text = _layout.capitalised(text)
    institutions = _data.lineset("institution_words.txt")
    if not any(w.strip(",.:;") in institutions for w in text.split()):
        return None
    line = Source(text)
    codes = {
        m.code
        for m in _gazetteer.mentions(line)
        if m.kind in (_gazetteer.STATE, _gazetteer.DEMONYM) and not line.search(_HOSTED, Span(0, m.span.start))
    }
    return codes.pop() if len(codes) == 1 else None


def _publisher_span(source: Source, code: str) -> Span:
    """Where the page names its publisher: the first chrome phrase of ``data/home.tsv`` for ``code``;
    for a publisher known only from the caller, the start of the text."""
    for phrase, found in _home_phrases():
        if found == code:
            m = source.search(phrase)
            if m:
                return Span(m.start(), m.end())
    return Span(0, 0)
