"""Participants: the people who issue the text, take part in the meeting, or speak in it.

A person becomes a participant only on positive evidence, each giving a role:
named in the title, the attribution, a transcript label, a meeting sentence
("X met today with Y"), a "We, X, Y and Z," opening, or a leader opening a
sentence of a joint text. People only talked about stay out. Mentions of
one person (full name, "Secretary Blinken", "SECRETARY BLINKEN", "Mr.
Sullivan", "the Secretary") are merged into one participant.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import attrs
import regex

from dipstate import _data, _gazetteer, _layout
from dipstate._people import (
    PersonMention,
    core_name,
    core_words,
    find_mentions,
    holder_country,
    label_mention,
    name_at,
    office_country,
    signature,
    skip_honorifics,
    title_info,
    title_regex,
)
from dipstate._source import Line, Source
from dipstate._trie import trie
from dipstate.model import Header, Participant, Role, Section, SectionKind, Span, StatementKind

# A meeting named by its noun: "will travel to Warsaw for talks with Polish Foreign Minister ...";
# read for the people a sentence names, not for bare names (which "talks with Tribal Nations" has).
_TALKS_WITH = regex.compile(r"\b(?:talks|consultations)[ \u00a0]++with\b")
_MEETING = regex.compile(
    r"\bwelcomed(?=[ \u00a0](?:(?:\p{Lu}\S{0,30}+|\(\p{Lu}{2,8}\)|of|the|and|bin|von|der)[ \u00a0\n]){1,14}?to\b)|"
    # "to meet Moldova's needs", "meet their goals", "meet the demand": no meeting
    r"\bmeets?+\b(?![ \u00a0]++(?:[\p{L}-]++['\u2019]s?+[ \u00a0]|(?:their|its|our|his|her|these|those|this|all|any)\b"
    r"|the[ \u00a0]++\p{Ll}))|"
    r"\b(?:met|convened|hosted|host|hosts|visited|spoke|speaks|talked|joined|received|"
    r"(?:held|had|hold|holds|has|have)(?:[ \u00a0]++(?:an?|the|their|its))?(?:[ \u00a0]++[\p{L}'\u2019-]++){0,4}?"
    r"[ \u00a0]++(?i:meeting|call|talks?|conversation|consultations|dialogue|summit)|"
    r"(?:conducted|paid|pays|pay|made|make)[ \u00a0]++an?[ \u00a0]++(?:(?i:official|state|working)[ \u00a0]++)?"
    r"(?i:visit)|"
    r"signed(?:[ \u00a0]++[\p{L}'\u2019-]++){1,6}?[ \u00a0]++with|"
    r"(?:co-)?chaired[ \u00a0]++(?:the|a|an)(?:[ \u00a0]++[\p{L}\p{N}'\u2019-]++){0,6}?[ \u00a0]++"
    r"(?i:session|meeting|dialogue|commission|consultations|talks|summit|forum))\b"
)
_MEETING_OR_TALKS = regex.compile(f"{_MEETING.pattern}|{_TALKS_WITH.pattern}")
# Where the people met end: a preposition, or a full stop that closes no initial or style ("H.E. Mrs.").
# "for" between a capital and a capital is an office's portfolio ("Minister for Foreign Affairs",
# "... and for Defence"), not an end ("nominations for Best Director" is).
_OBJECT_END = regex.compile(
    r"[ \u00a0\n](?:on|in|at|to|for(?![ \u00a0]\p{Lu})|during|about|and discussed|where|as(?![ \u00a0]well)|while|amid"
    r"|after|before)[ \u00a0\n]|;"
    r"|(?<=\b(?!and\b)\p{Ll}[\p{L}'\u2019-]{0,40})[ \u00a0\n]for[ \u00a0](?=\p{Lu})"
    r"|(?<!\b(?:\p{Lu}|Mrs?|Ms|Dr|Prof|Hon|Gen|Jr|Sr|St))\."
)
_WE_LIST = regex.compile(r"We,[ \u00a0\n]")
# Whose words a news item reports: "This was stated by President of Ukraine ..."; who chaired a
# meeting: "A working meeting on ... was chaired by ..." (not "the position that was held by").
_STATED_BY = regex.compile(
    r"\bThis[ \u00a0]++was[ \u00a0]++(?:stated|said|announced|emphasi[sz]ed|noted|declared|stressed|"
    r"reported|underlined)[ \u00a0]++by[ \u00a0]++"
)
_CHAIRED_BY = regex.compile(
    r"\b(?:meeting|session|talks|conference|summit|call|consultations)\b[^.;]{0,80}?[ \u00a0](?:was|were)[ \u00a0]++"
    r"(?:chaired|held|hosted|convened)[ \u00a0]++by[ \u00a0]++"
)
# Who chaired or joined a meeting, as translations write it: "Under the chairmanship of the Head of
# the Office ..., and with the participation of the Minister of Economy ...".
_PARTICIPATION = regex.compile(
    r"\b(?i:under[ \u00a0]++the[ \u00a0]++chairmanship|with[ \u00a0]++the[ \u00a0]++participation)"
    r"[ \u00a0]++of[ \u00a0]++"
)
# Who invited the visitor the sentence names: the host ("... at the invitation of Minister X").
_INVITED_BY = regex.compile(r"\b[Aa]t[ \u00a0]++the[ \u00a0]++invitation[ \u00a0]++of[ \u00a0]++")
_WE_END = regex.compile(r",[ \u00a0\n](?!and\b)\p{Ll}")
_LEADERS_DOC = regex.compile(r"(?i)\bwe,? the leaders\b|\bleaders['’]? statement\b|\bas leaders of\b")
_BY_TITLE = regex.compile(r"(?i)\b(?:statement|declaration|communiqu\w*) (?:by|from|of)\b")
_OFFICE_ALONE = regex.compile(
    r"\b[Tt]he[ \u00a0\n]++(?P<office>\p{Lu}[\p{L}]++(?:[ \u00a0]\p{Lu}[\p{L}]++){0,3}+)"
)
_SUBJECT_STOP = regex.compile(r"[ \u00a0\n](?!(?:and|bin|ibn|von|van|der|de|da|al)\b)\p{Ll}")
# "Remarks by X at the Joint Press Conference with Y": Y is met, not speaking in this text.
_WITH = regex.compile(r"[ \u00a0](?:with|and his counterpart|and her counterpart)[ \u00a0]")
_MAX_NAMES = 8  # distinct spellings kept for one person ("Joseph R. Biden, Jr.", "Biden", "Joe Biden")
_NAMESAKES = 8  # people indexed under one name word; more namesakes than this are ambiguous anyway
_ROLE_ORDER = (Role.SPOKESPERSON, Role.SIGNATORY, Role.SPEAKER, Role.ATTENDEE)


@attrs.define(eq=False)
class _Person:
    """One person's mentions, with their distinct names, offices and countries kept as they grow.

    Compared by identity: two people with the same mentions so far are still two people."""

    mentions: list[PersonMention] = attrs.Factory(list)
    roles: set[Role] = attrs.Factory(set)
    extra: list[Span] = attrs.Factory(list)
    name_set: dict[str, None] = attrs.Factory(dict)
    name_words: list[tuple[str, ...]] = attrs.Factory(list)  # folded core words of each name, in order
    title_set: set[str] = attrs.Factory(set)
    countries: dict[str, int] = attrs.Factory(dict)  # code -> mentions giving it, in first-seen order
    leader: bool = False

    def add(self, m: PersonMention, words: tuple[str, ...] = ()) -> None:
        """Take a mention; ``words`` are its name's folded core words (kept for comparisons)."""
        self.mentions.append(m)
        self.leader = self.leader or m.leader
        if m.name and len(self.name_set) < _MAX_NAMES and m.name not in self.name_set:
            self.name_set[m.name] = None
            self.name_words.append(words)
        if m.title:
            self.title_set.add(m.title)
        if m.country:
            self.countries[m.country] = self.countries.get(m.country, 0) + 1

    def names(self) -> list[str]:
        return list(self.name_set)

    def surname_keys(self) -> set[str]:
        keys = set()
        for name in self.names():
            words = core_name(name)
            if words:
                keys.add(words[-1])
                keys.add(words[0])
        return keys


@lru_cache(maxsize=1)
def _honorific_name() -> regex.Pattern[str]:
    """ "Mr. Sullivan", "Sheikh Tahnoon": a word of address (the longest that fits) and a name."""
    words = trie(_data.lines("honorifics.txt"))
    return regex.compile(r"(?<![\p{L}])" + words + r"[ \u00a0]++(?P<name>\p{Lu}[\p{L}'\u2019-]++)")


@lru_cache(maxsize=1)
def _home_phrases() -> tuple[tuple[regex.Pattern[str], str], ...]:
    return tuple((regex.compile(regex.escape(row[0])), row[1]) for row in _data.table("home.tsv"))


def _same(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """Two spellings of one person's name, given their folded core words."""
    if not wa or not wb:
        return False
    if len(wa) == 1 or len(wb) == 1:
        if wa == wb:
            return True
        short, full = (wa, wb) if len(wa) == 1 else (wb, wa)
        # "Biden", "Hayashi", and a name's middle word a text calls the person by ("Lula" of "Luiz
        # Inácio Lula da Silva", "Faki" of "Moussa Faki Mahamat")
        return short[0] in (full[0], full[-1]) or (len(short[0]) > 2 and short[0] in full[1:-1])
    # "Joseph R. Biden", "Joe Biden", "J. Biden": one surname, given names that open alike
    # (not "Jill Biden")
    if wa[-1] == wb[-1]:
        short, full = (wa, wb) if len(wa) < len(wb) else (wb, wa)
        if len(short) < len(full) and full[-len(short) :] == short:
            return True  # "López Obrador" of "Andrés Manuel López Obrador": a surname of two words
        a, b = wa[0], wb[0]  # written out: asked for every pair of namesakes
        if a[0] != b[0]:
            return False
        return len(a) == 1 or len(b) == 1 or a[1] == "." or b[1] == "." or a[1] == b[1]
    # "Fumio Kishida" and "Kishida Fumio" (the sort only where the last word is in the other name)
    return len(wa) == len(wb) and wa[-1] in wb and sorted(wa) == sorted(wb)


def _fits(words: tuple[str, ...], person: _Person) -> bool:
    """True when a name with these folded words is a spelling of one of ``person``'s names."""
    for other in person.name_words:  # noqa: SIM110 (a loop, not any(): asked for every mention)
        if _same(words, other):
            return True
    return False


def _folded_words(name: str | None) -> tuple[str, ...]:
    """The casefolded core words of a name, the form names are compared in."""
    return core_words(name.casefold()) if name else ()


def _group(mentions: Iterable[PersonMention]) -> list[_Person]:
    """One person per name: "Hayashi" joins "Hayashi Yoshimasa", "Biden" joins "Joseph R. Biden, Jr.".

    People are indexed by the first and last words of their names, so a mention is compared with
    the few people who share a word with it, never with everyone (at most ``_NAMESAKES`` a word).
    A mention joins the one person it fits, by exact name first; where several fit equally, it
    is a person of its own."""
    people: list[_Person] = []
    by_word: dict[str, dict[int, _Person]] = {}
    named = [(m, _folded_words(m.name)) for m in mentions if m.name]
    named.sort(key=lambda pair: -len(pair[1]))
    for m, words in named:
        name = m.name
        keys = {words[0], words[-1], *(w for w in words[1:-1] if len(w) > 2)} if words else set()
        candidates = {id(p): p for w in keys for p in by_word.get(w, {}).values()}
        matches = [p for p in candidates.values() if name in p.name_set]
        if not matches:
            matches = [p for p in candidates.values() if _fits(words, p)]
        if len(matches) > 1 and m.title:
            matches = [p for p in matches if m.title in p.title_set]
        fitting = [p for p in matches if not m.country or not p.countries or m.country in p.countries]
        if len(fitting) == 1:
            person = fitting[0]
        else:
            person = _Person()
            people.append(person)
        person.add(m, words)
        for w in keys:
            bucket = by_word.setdefault(w, {})
            if len(bucket) < _NAMESAKES:
                bucket[id(person)] = person
    return people


def find_participants(
    source: Source, header: Header, title: Span | None, sections: tuple[Section, ...], publisher: str | None = None
) -> tuple[Participant, ...]:
    """The participants, in order of first mention; ``publisher`` (the page's own, or the caller's
    ``home``) is the country of officials the text gives none."""
    spans = ([title] if title else []) + [p.span for s in sections for p in s.paragraphs]
    mentions = list(find_mentions(source, spans))
    labels: list[PersonMention] = []
    for s in sections:
        if s.kind is SectionKind.TRANSCRIPT:
            for p in s.paragraphs:
                label = _layout.speaker_label(source, p.span)
                found = label_mention(source, label) if label else None
                if found:
                    labels.append(found)
    signed = [m for s in sections if s.kind is not SectionKind.BOILERPLATE for p in s.paragraphs
              if (m := signature(source, p.span)) is not None]
    signed += _signed_on_one_line(source, sections)
    signed += _signed_block(source, sections, mentions)
    bare = list(_bare_meeting_names(source, title, sections, mentions))
    principal = _hostless_principal(source, title, sections, mentions + bare)
    people = _group(mentions + labels + signed + bare + principal)
    _attach_offices_alone([m for m in mentions if m.name is None and m.country], people)
    label_spans = {m.span for m in labels}
    _assign_roles(source, header, title, sections, people, label_spans)
    signed_spans = {m.span for m in signed}
    for person in people:
        if any(m.span == p.span for p in principal for m in person.mentions):
            person.roles.add(Role.ATTENDEE)
        signs = [m for m in person.mentions if m.span in signed_spans]
        if signs:  # a spokesperson signing the text is who it is attributed to
            spokes = any(m.title and m.title.casefold().startswith("spokes") for m in signs)
            person.roles.add(Role.SPOKESPERSON if spokes else Role.SIGNATORY)
    kept = [p for p in people if p.roles]
    kept.sort(key=lambda p: min(m.span.start for m in p.mentions))
    home = publisher or _home(source)
    resolved = [_country(p, None) for p in kept]
    aliases = _Aliases.scan(source, spans)
    holders: dict[str, int] = {}
    for person in kept:
        for office in _offices_of(person) | person.surname_keys():
            holders[office] = holders.get(office, 0) + 1
    _attach_office_labels([m for m in labels if m.name is None], kept, holders)
    out = []
    for person, country in zip(kept, resolved, strict=True):
        _extra_mentions(person, aliases, holders)
        out.append(_participant(person, country))
    out.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    unnamed = _unnamed_spokesperson(source, header, title, out, home)
    if unnamed is not None:
        out.insert(0, unnamed)
    host = _unnamed_home_office(source, sections, out, home)
    if host is not None:  # the bare office is the publisher's holder, no longer another holder's mention
        def free(m: Span, taken: tuple[Span, ...] = host.mentions) -> bool:
            return not any(m.start < t.end and t.start < m.end for t in taken)

        out = [attrs.evolve(p, mentions=tuple(m for m in p.mentions if free(m))) for p in out]
        out.append(host)
        out.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    filled = _fill_countries(tuple(out), home) if home is not None else tuple(out)
    return _named_holders(filled)  # after the fill: "First Lady" of Namibia is not Jill Biden


def _named_holders(participants: tuple[Participant, ...]) -> tuple[Participant, ...]:
    """One participant per person: an office named alone ("President of Ukraine: ..." in a title)
    joins the one named holder of that office and country, or of that office and no known country
    ("President of Ukraine Volodymyr Zelenskyy" further down), taking the role that ranks first."""
    merged = list(participants)
    for p in participants:
        if p.name is not None or p.title is None or p.country is None:
            continue
        holders = [q for q in merged if q.name is not None and q.country in (p.country, None)
                   and q.title is not None and _same_office(p.title, q.title)]
        if len(holders) != 1:
            continue
        q = holders[0]
        role = min(p.role, q.role, key=_ROLE_ORDER.index)
        mentions = tuple(sorted(set(q.mentions) | set(p.mentions), key=lambda m: (m.start, m.end)))
        merged[merged.index(q)] = attrs.evolve(q, role=role, mentions=mentions, country=q.country or p.country)
        merged.remove(p)
    merged.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    return tuple(merged)


def _same_office(office: str, title: str) -> bool:
    """``title`` is ``office`` written out: the same words ("Foreign Minister", "Minister of Foreign
    Affairs"), its full form ("Chairperson" -> "Chairperson of the African Union Commission"), or
    the office with a second portfolio ("Minister for Foreign Affairs and Regional Integration")."""
    if office.casefold() == title.casefold() or title.casefold().startswith(office.casefold() + " "):
        return True
    first = title.casefold().split(" and ", 1)[0]
    return _office_key(office) == _office_key(first)


_ON_BEHALF = regex.compile(r"[ \u00a0]++on[ \u00a0]++behalf[ \u00a0]++of[ \u00a0]++(?:the[ \u00a0]++)?")


def _unnamed_spokesperson(
    source: Source, header: Header, title: Span | None, people: list[Participant], home: str | None
) -> Participant | None:
    """ "Declaration by the High Representative on behalf of the EU": a text attributed to an office
    that alone identifies its holder, who is named nowhere, has that holder as a participant without
    a name (SPEC "Participant"); the office's country is what it acts on behalf of, its own, or the
    publisher's."""
    office = header.attribution
    if office is None or title is None or title_info(office) is None:
        return None
    if any(p.role is Role.SPOKESPERSON or (p.title or "").casefold() == office.casefold() for p in people):
        return None
    at = source.slice(title).find(office)
    if at < 0:
        return None
    span = Span(title.start + at, title.start + at + len(office))
    behalf = source.match_at(_ON_BEHALF, span.end, title.end)
    on_behalf = _gazetteer.index(source).starting_at(behalf.end(), title.end) if behalf else None
    country = on_behalf.code if on_behalf else office_country(office) or home
    return Participant(None, office, country, Role.SPOKESPERSON, (span,))


# "The Prime Minister spoke to ...": an office, bare, as the subject opening a sentence.
_BARE_SUBJECT = regex.compile(
    r"(?:[Tt]he|[Oo]ur)[ \u00a0]++(?P<office>\p{Lu}[\p{L}-]++(?:[ \u00a0]++\p{Lu}[\p{L}-]++){0,3}?)"
    r"(?![ \u00a0]++(?:of|for)\b)(?=[ \u00a0]++(?:(?:also|today|then|later|has|had|have|will)[ \u00a0]++)?\p{Ll})"
)  # not "the Prime Minister of Italy"


def _unnamed_home_office(
    source: Source, sections: tuple[Section, ...], people: list[Participant], home: str | None
) -> Participant | None:
    """ "The Prime Minister spoke to the Prime Minister of Italy ..." on the Prime Minister's own
    page: the publisher's office holder, named nowhere, is the one the bare office stands for
    (SPEC "Hints from the caller", "Participant": name null). Only for an office of the lexicon that
    opens the text's first sentence as the subject of a meeting verb, when no participant already
    holds it for the publisher or for no known country."""
    if home is None:
        return None
    sentence = opening_sentence(source, sections)
    if sentence is None:
        return None
    head = source.match(_BARE_SUBJECT, sentence)
    if head is None or title_info(head.group("office")) is None:
        return None
    office = head.group("office")
    verb = source.search(_MEETING_OR_TALKS, Span(head.end(), sentence.end))
    if verb is None or source.between(head.end(), verb.start()).count(" ") > 3:
        return None
    if any((p.title or "").casefold() == office.casefold() and p.country in (home, None) for p in people):
        return None
    spans = [Span(m.start("office"), m.end("office")) for s in sections if s.kind is not SectionKind.BOILERPLATE
             for p in s.paragraphs for m in source.finditer(_BARE_SUBJECT, p.span) if m.group("office") == office]
    return Participant(None, office, home, Role.ATTENDEE, tuple(spans))


_MAX_SIGNATURE = 120
_LIST_HEAD = regex.compile(r":[ \t]*+(?:</[a-z]{1,8}>)?\Z")  # "Participants Included:" (markup kept)


def _signed_on_one_line(source: Source, sections: tuple[Section, ...]) -> list[PersonMention]:
    """The text's last paragraph is one line of a name and an office ("Stéphane Dujarric, Spokesman
    for the Secretary-General"): the text is signed by that person."""
    last = next((s for s in reversed(sections) if s.kind is not SectionKind.BOILERPLATE), None)
    if last is None:
        return []
    # the line closes a section, or stands alone as a heading nothing follows
    paragraphs = [p.span for p in last.paragraphs] or [last.span]
    found = _name_office_line(source, paragraphs[-1])
    if found is None or (len(paragraphs) > 1 and _name_office_line(source, paragraphs[-2]) is not None):
        return []  # the last of a list of attendees ("Xavier Becerra, Secretary, HHS") signs nothing
    at = source.lines_in(paragraphs[-1])[0].index
    above = [ln for ln in source.lines[max(0, at - 8) : at] if not ln.blank][-3:]
    if any(source.search(_LIST_HEAD, ln.span) for ln in above):
        return []  # ... under "Participants Included:"
    return [found]


def _signed_block(source: Source, sections: tuple[Section, ...], mentions: list[PersonMention]) -> list[PersonMention]:
    """Offices and names stacked under a text, one a line, and perhaps its date ("President Joe
    Biden" / "Prime Minister Justin Trudeau" / "February 23, 2021"): those people sign it. Two
    names at least, or one above a date; never above the text's first paragraph (a byline) or under
    a list's head ("Participants:")."""
    whole = {m.span: m for m in mentions if m.name and m.title}
    paragraphs = [p.span for s in sections if s.kind in _SIGNED_IN for p in s.paragraphs]
    if len(paragraphs) < 2:
        return []
    first_text = paragraphs[0].start
    out: list[PersonMention] = []
    seen: set[int] = set()
    for paragraph in paragraphs:
        lines = _line_block(source, paragraph)
        if lines[0].index in seen or lines[0].start <= first_text:
            continue
        seen.add(lines[0].index)
        dated = 0
        while lines and _layout.is_date_line(source, lines[-1]):
            lines, dated = lines[:-1], dated + 1
        if not lines or len(lines) + dated < 2 or len(lines) > _MAX_SIGNERS:
            continue
        if any(line.trail - line.lead > _MAX_SIGNATURE for line in lines):
            continue
        found = [whole.get(line.span) or _person_line(source, line.span) for line in lines]
        above = next((ln for ln in reversed(source.lines[: lines[0].index]) if not ln.blank), None)
        if any(m is None for m in found) or (above is not None and source.search(_LIST_HEAD, above.span)):
            continue
        out.extend(m for m in found if m is not None)
    return out


def _line_block(source: Source, paragraph: Span) -> list[Line]:
    """The paragraph's lines and the lines around it up to blank lines (a section's heading, a
    date line the layout set apart)."""
    inside = source.lines_in(paragraph)
    lo, hi = inside[0].index, inside[-1].index
    while lo > 0 and not source.lines[lo - 1].blank and hi - lo < _MAX_SIGNERS + 2:
        lo -= 1
    while hi + 1 < len(source.lines) and not source.lines[hi + 1].blank and hi - lo < _MAX_SIGNERS + 2:
        hi += 1
    return list(source.lines[lo : hi + 1])


_MAX_SIGNERS = 8


def _person_line(source: Source, line: Span) -> PersonMention | None:
    """The line is one office and name ("Prime Minister Justin Trudeau")."""
    return next((m for m in find_mentions(source, [line]) if m.span == line and m.name and m.title), None)


_SIGNED_IN = (SectionKind.BODY, SectionKind.PREAMBLE, SectionKind.ANNEX)


def _name_office_line(source: Source, span: Span) -> PersonMention | None:
    """The paragraph is one short line "Name, Office ...", without a sentence's end."""
    lines = source.lines_in(span)
    if len(lines) != 1 or lines[0].trail - lines[0].lead > _MAX_SIGNATURE:
        return None
    line = lines[0]
    if source.between(line.trail - 1, line.trail) in ".!?:;":
        return None
    for m in find_mentions(source, [line.span]):
        if (m.name and m.span.start == line.lead and source.between(m.span.end, m.span.end + 2) == ", "
                and source.match_at(title_regex(), m.span.end + 2, line.trail) is not None):
            if m.country is not None:
                return m
            # "Spokesman for the Secretary-General": the office served names the organisation
            served = [office_country(o.group()) for o in source.finditer_at(title_regex(), m.span.end + 2, line.trail)]
            return m._replace(country=next((c for c in served if c), None))
    return None


_SAYING = regex.compile(
    r"(?i)\b(?:statement|message|remarks|says|said|comments?|condemns?|welcomes?|congratulates?|"
    r"calls[ \u00a0]for|on[ \u00a0]behalf|urges?|deplores?|expresses|mourns|applauds?|announces?|"
    r"readout|press|note|notes|declaration|attributable|letter|op-ed|tribute)\b"
)
_ATTRIBUTED = regex.compile(r"(?i)\battribut(?:able|ed)[ \u00a0]++to\b")
_TOPIC = regex.compile(r"[ \u00a0](?i:on|about|regarding|concerning)[ \u00a0]")  # "... Regarding the Visit of"
_ENCOUNTER = regex.compile(
    r"(?i)\b(?:calls?|meetings?|met|meets|visits?|travel|trip|talks|conversations?|discussions?|summit|dialogue)\b"
)
_BETWEEN = regex.compile(r"\bbetween[ \u00a0\n]++")
_AND = regex.compile(r"[ \u00a0\n]++and[ \u00a0\n]++")


_ACTS = regex.compile(
    r"(?i)\b(?:announc(?:es|ed|ing)|nominat(?:es|ed)|appoints?|appointed|signs?|signed|launch(?:es|ed)|names|"
    r"letter|memorandum|proclamation|message)\b"
)


_SAYS_NEXT = regex.compile(
    r"[ \u00a0]++(?:(?i:on|about|regarding|concerning)[ \u00a0]|(?:\p{Ll}++[ \u00a0]++)?+(?=\p{L}))"
)


def _says_after(source: Source, person: _Person, start: int, end: int) -> bool:
    """The title's person is followed at once by what they say or speak on ("X on the ceasefire",
    "X strongly condemns ...")."""
    stop = max(m.span.end for m in person.mentions if m.span.start == start)
    nxt = source.match_at(_SAYS_NEXT, stop, end)
    if nxt is None:
        return False
    if nxt.group().strip().casefold() in ("on", "about", "regarding", "concerning"):
        return True
    return source.match_at(_STANCE, nxt.end(), end) is not None


def _title_speaker(source: Source, title: Span) -> int | None:
    """Where the person a title of no kind opens with starts, when the title gives what they say or
    what they speak on ("X condemns ...", "X calls for ...", "X on the ceasefire"), not a meeting,
    trip or announcement: the text is theirs."""
    if source.search(_ACTS, title) is not None:
        return None  # "President X Announces Key Nominees": a news item about an act
    if source.search(_ENCOUNTER, title) is not None and source.search(_STANCE, title) is None:
        return None
    if source.search(_STANCE, title) is None and source.search(_TOPIC, title) is None:
        return None
    return title.start + 4 if source.between(title.start, title.start + 4) == "The " else title.start


def _bare_meeting_names(
    source: Source, title: Span | None, sections: tuple[Section, ...], found: list[PersonMention]
) -> Iterator[PersonMention]:
    """People named without an office where a meeting is told: the subject that opens a meeting
    sentence ("Vladimir Putin had a telephone conversation with ..."), the one met ("... with Joseph
    Biden"), and the two of "a call between A and B" in the title or the first sentence. Their
    country comes from a known holder's name, or from the office mention of the same name elsewhere
    once mentions are grouped."""
    taken = {(m.span.start, m.span.end) for m in found}
    covered = sorted((m.span.start, m.span.end) for m in found)
    starts = [c[0] for c in covered]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and covered[i][0] <= pos < covered[i][1]

    def at(pos: int, end: int) -> PersonMention | None:
        pos = skip_honorifics(source, pos, end)
        if inside(pos):
            return None
        name = name_at(source, pos, end)
        if name is None or (name.start, name.end) in taken or len(core_words(source.slice(name))) < 2:
            return None
        if _capitals_first(source, name):
            return None  # "with DNI Haines": an office's acronym, not a surname in capitals
        if inside(name.end - 1) or inside(name.end + 1):
            return None  # the words run into an office ("Federal Chancellor of Austria Karl Nehammer")
        if any(m.span.start == name.start for m in _gazetteer.mentions(source, name)):
            return None  # a state or organisation: "... a meeting with Viet Nam's Minister ..."
        text = source.collapsed(name)
        return PersonMention(name, text, None, holder_country(text), False)

    def _and_named(pos: int, verb: int) -> bool:
        """ "Vladimir Putin and President of Tajikistan Emomali Rahmon spoke": a named office
        holder joins the subject."""
        joined = source.match_at(_AND, pos, verb)
        if joined is None:
            return False
        partner = next((m for m in found if m.span.start == joined.end() and m.name), None)
        return partner is not None and _auxiliaries(source.between(partner.span.end, verb))

    first_sentence = opening_sentence(source, sections)
    spans = [title] if title is not None else []
    spans += [p.span for s in sections if s.kind in (SectionKind.BODY, SectionKind.READOUT) for p in s.paragraphs]
    for span in spans:
        for sentence in source.sentences(span):
            verb = source.search(_MEETING, sentence)
            if verb is None:
                continue
            before = source.between(sentence.start, verb.start())
            comma = before.rfind(", ")  # "At the initiative of the Tajik side, Vladimir Putin had ..."
            subject = at(sentence.start if comma < 0 else sentence.start + comma + 2, verb.start())
            if subject is not None and (
                _auxiliaries(source.between(subject.span.end, verb.start()))
                or _and_named(subject.span.end, verb.start())
            ):
                yield subject
            rest = Span(verb.end(), sentence.end)
            with_ = source.search(_WITH_OBJECT, rest)
            if with_ is not None:
                met = at(with_.end(), sentence.end)
                if met is not None:
                    yield met
    for span in [s for s in (title, first_sentence) if s is not None]:
        between = source.search(_BETWEEN, span)  # "the telephone conversation between A and B"
        first = at(between.end(), span.end) if between is not None else None
        if first is not None:
            yield first
            joined = source.match_at(_AND, first.span.end, span.end)
            second = at(joined.end(), span.end) if joined is not None else None
            if second is not None:
                yield second


def _capitals_first(source: Source, name: Span) -> bool:
    """The name opens with a word in capitals ("KISHIDA Fumio", but also "DNI Haines"): only an
    office or a style before it says it is a name."""
    first = source.slice(name).split()[0]
    return len(first) > 1 and first.isupper()


def _hostless_principal(
    source: Source, title: Span | None, sections: tuple[Section, ...], found: list[PersonMention]
) -> list[PersonMention]:
    """ "Telephone conversation with President of France Emmanuel Macron": the page's own principal
    goes unnamed in the title; a known office holder named bare as a subject in the first two
    paragraphs is them ("During the conversation, Vladimir Putin extended ...")."""
    if title is None or source.match(_HOSTLESS_TITLE, title) is None:
        return []
    taken = [m.span for m in found]
    opening = [p.span for s in sections if s.kind in (SectionKind.BODY, SectionKind.READOUT)
               for p in s.paragraphs][:2]
    for span in opening:
        for sentence in source.sentences(span):
            lead = source.match(_LEAD_CLAUSE, Span(sentence.start, min(sentence.end, sentence.start + 160)))
            pos = skip_honorifics(source, lead.end() if lead else sentence.start, sentence.end)
            name = name_at(source, pos, sentence.end)
            if name is None or len(core_words(source.slice(name))) < 2 or _capitals_first(source, name):
                continue
            if any(t.start <= name.start < t.end for t in taken):
                continue  # an office holder already read ("President of France Emmanuel Macron")
            text = source.collapsed(name)
            country = holder_country(text)
            if country is not None:
                return [PersonMention(name, text, None, country, False)]
    return []


_HOSTLESS_TITLE = regex.compile(
    r"(?i)(?:telephone |phone |video )?(?:conversation|call|meeting|talks|conference)[ \u00a0]++with\b"
)
_LEAD_CLAUSE = regex.compile(r"[^,;.]{0,140}+,[ \u00a0]++")  # "During the conversation, "
_AUXILIARIES = frozenset({"will", "would", "has", "have", "had", "is", "was", "also", "today", "then", "again"})


def _auxiliaries(gap: str) -> bool:
    """Nothing but auxiliaries stands between a subject and its meeting verb ("Putin will hold talks")."""
    return all(w in _AUXILIARIES for w in gap.split())


_WITH_OBJECT = regex.compile(r"\Gwith[ \u00a0\n]++|\G[ \u00a0\n]++(?:\p{L}++[ \u00a0\n]++){0,3}?with[ \u00a0\n]++")


def _attach_offices_alone(offices: list[PersonMention], people: list[_Person]) -> None:
    """ "The President of Russia", "Federal Chancellor of Germany": an office and its state without a
    name. It joins the one named person who holds that office for that state; else the mentions of
    one office and state are one person of their own (named nowhere, ``name`` null)."""
    alone: dict[tuple[str, str], _Person] = {}
    for m in offices:
        assert m.title is not None and m.country is not None
        same_state = [p for p in people if m.country in p.countries]
        holders = [p for p in same_state if m.title in _offices_of(p)]
        if not holders:  # "Foreign Minister" and "Minister of Foreign Affairs" are one office
            holders = [p for p in same_state if any(_office_key(t) == _office_key(m.title) for t in p.title_set)]
        if not holders:
            holders = [p for p in same_state if not p.title_set]  # "Vladimir Putin" ... "the President of Russia"
        if len(holders) == 1:
            holders[0].add(m)
            continue
        if holders:
            continue  # several hold it: which one is meant is unknown
        person = alone.get((m.title, m.country))
        if person is None:
            person = alone[(m.title, m.country)] = _Person()
            people.append(person)
        person.add(m)


def opening_voice(
    source: Source, title: Span | None, sections: tuple[Section, ...], participants: tuple[Participant, ...]
) -> str | None:
    """The side whose page this is, where the text opens with one of its people: the country of the
    person who is the subject of the first sentence ("Vladimir Putin had a telephone conversation
    with ...", "On May 23, Vladimir Putin will hold talks ...", "President of Ukraine Volodymyr
    Zelenskyy met ..."), as a leader's own site writes. Read only where nothing else says whose
    page it is: a participant's country, an office's state, or a known holder's name. A text
    attributed to a spokesperson speaks with the spokesperson's country; one whose title names its
    author ("Essay by ...", "Op-ed from ...") with the author's."""
    for p in participants:
        if p.role is Role.SPOKESPERSON and p.country:
            return p.country  # the text is attributed to them: theirs is the voice
    by = source.search(_AUTHOR_IN_TITLE, title) if title is not None else None
    if by is not None and title is not None:  # "Essay by Head of the Office of the President of Ukraine ..."
        for p in participants:
            if p.country and any(by.end() <= m.start < title.end for m in p.mentions):
                return p.country
    sentence = opening_sentence(source, sections)
    if sentence is None:
        return None
    openings = [sentence.start]
    comma = source.between(sentence.start, min(sentence.end, sentence.start + 80)).find(", ")
    if comma > 0:
        openings.append(sentence.start + comma + 2)  # after an opening adverbial: "On May 23, ..."
    if source.between(sentence.start, sentence.start + 4) == "The ":
        openings.append(sentence.start + 4)  # "The President of Russia addressed ..."
    for opening in (o for o in openings if o < sentence.end):
        for p in participants:
            if p.country and any(m.start == opening and not _layout.possessive(source, m.end) for m in p.mentions):
                return p.country
        for m in find_mentions(source, [Span(opening, sentence.end)]):
            if m.span.start == opening and not _layout.possessive(source, m.span.end):
                return m.country or (holder_country(m.name, [m.title] if m.title else []) if m.name else None)
        name = name_at(source, skip_honorifics(source, opening, sentence.end), sentence.end)
        if name is not None and len(core_words(source.slice(name))) >= 2:
            known = holder_country(source.collapsed(name))
            if known:
                return known
    return None


# "Essay by ...", "Message from ...": not "Phone Call from ...", "Visit by ...", "Invitation from ..."
_AUTHOR_IN_TITLE = regex.compile(
    r"(?<!\b(?i:call|visit|delegation|conversation|invitation)[ \u00a0])"
    r"\b(?:[Bb]y|[Ff]rom)[ \u00a0]++(?=\p{Lu}|the[ \u00a0])"
)


def opens_with_meeting(source: Source, sections: tuple[Section, ...]) -> bool:
    """The text's first sentence reports a meeting, call or visit ("The Prime Minister spoke to ...")."""
    sentence = opening_sentence(source, sections)
    return sentence is not None and source.search(_MEETING_OR_TALKS, sentence) is not None


def home_countries(participants: tuple[Participant, ...], home: str) -> tuple[Participant, ...]:
    """People the text gives no country, as officials of the publisher ``home`` (what
    `find_participants` does with a publisher known before it runs)."""
    return _fill_countries(participants, home)


def _fill_countries(participants: tuple[Participant, ...], code: str) -> tuple[Participant, ...]:
    """People the text gives no country, as officials of ``code``; but not a second holder of a
    leader's office someone of ``code`` holds ("President Biden and President Lula": one President
    a state)."""
    if all(p.country for p in participants):
        return participants

    def taken(p: Participant) -> bool:
        info = title_info(p.title) if p.title else None
        return info is not None and info.leader and any(q.country == code and q.title == p.title for q in participants)

    return tuple(attrs.evolve(p, country=code) if p.country is None and not taken(p) else p for p in participants)


def complete_countries(
    participants: tuple[Participant, ...], parties: tuple[str, ...], publisher: str | None = None
) -> tuple[Participant, ...]:
    """People the text gives no country: the one party no other participant represents, where
    exactly one is left ("Minister Kang" beside
    "Minister Motegi of Japan" at a Korea-Japan meeting);
    else the ``publisher``'s. Nothing else: the one country the text does give may well be the
    other side's, so a person it gives none stays without."""
    if all(p.country for p in participants):
        return participants
    known = [p.country for p in participants if p.country]
    left = [code for code in parties if code not in known]
    fill = left[0] if len(left) == 1 else publisher
    return participants if fill is None else _fill_countries(participants, fill)


def _assign_roles(
    source: Source,
    header: Header,
    title: Span | None,
    sections: tuple[Section, ...],
    people: list[_Person],
    label_spans: set[Span],
) -> None:
    starts = sorted((m.span.start, i) for i, person in enumerate(people) for m in person.mentions)
    keys = [start for start, _ in starts]

    def people_in(lo: int, hi: int) -> Iterable[_Person]:
        seen: set[int] = set()
        for _, i in starts[bisect.bisect_left(keys, lo) : bisect.bisect_left(keys, hi)]:
            if i not in seen:
                seen.add(i)
                yield people[i]

    if title is not None:
        role: Role | None = _title_role(header)
        met = source.search(_WITH, title)
        if role is Role.SPOKESPERSON and source.search(_SAYING, title) is None:
            # "Minister Mokoena undertakes Official Visit to Ghana": a press release about its
            # minister's travel or meeting, not a statement in their name
            role = Role.ATTENDEE if source.search(_ENCOUNTER, title) else None
        news = header.kind is StatementKind.OTHER and role is Role.ATTENDEE
        speaker = _title_speaker(source, title) if news else None
        topic = source.search(_TOPIC, title) if role in (Role.SPOKESPERSON, Role.SIGNATORY) else None
        for person in people_in(title.start, title.end):
            first = min(m.span.start for m in person.mentions)
            if topic is not None and first >= topic.end():
                # "Statement by X on the Passing of Prince Philip": who the statement is about takes
                # no part, unless it is about their call, meeting or travel
                if source.search(_ENCOUNTER, Span(topic.end(), title.end)) is None:
                    continue
                person.roles.add(Role.ATTENDEE)
                continue
            if role is None:
                continue
            after_with = met is not None and first >= met.end()
            if speaker is not None and first == speaker and _says_after(source, person, first, title.end):
                person.roles.add(Role.SPOKESPERSON)  # "Foreign Minister X on the ceasefire"
                continue
            person.roles.add(Role.ATTENDEE if after_with and role is Role.SPEAKER else role)
    for person in people:
        if any(m.span in label_spans for m in person.mentions):
            person.roles.add(Role.SPEAKER)
    leaders_doc = source.search(_LEADERS_DOC) is not None
    opening = opening_sentence(source, sections)
    for span in ([title] if title is not None else []) + ([opening] if opening is not None else []):
        between = source.search(_BETWEEN, span)  # "the telephone conversation between A and B ..."
        if between is not None:
            for person in people_in(between.end(), _object_end(source, between.end(), span.end)):
                person.roles.add(Role.ATTENDEE)
    joint = header.kind in (StatementKind.JOINT_STATEMENT, StatementKind.COMMUNIQUE)
    for section in sections:
        if section.kind not in (SectionKind.BODY, SectionKind.READOUT, SectionKind.PREAMBLE):
            continue
        for paragraph in section.paragraphs:
            if source.search(_ATTRIBUTED, paragraph.span):
                # "The following statement is attributable to Spokesperson ...": the sentence names them
                for sentence in source.sentences(paragraph.span):
                    if source.search(_ATTRIBUTED, sentence):
                        for person in people_in(sentence.start, sentence.end):
                            person.roles.add(Role.SPOKESPERSON)
                continue
            announcer = _layout.announcer_span(source, paragraph.span) if section.kind is SectionKind.PREAMBLE else None
            if announcer is not None:
                for person in people_in(announcer.start, announcer.end):
                    person.roles.add(Role.SPOKESPERSON)
                continue
            if section.kind is SectionKind.PREAMBLE and _byline_person(source, paragraph.span):
                for person in people_in(paragraph.span.start, paragraph.span.end):
                    person.roles.add(_title_role(header))  # a named byline: the text is theirs
                continue
            for sentence in source.sentences(paragraph.span):
                _sentence_roles(source, sentence, people_in, joint, leaders_doc)
    if joint:
        _signed_by_office(source, sections, people)
    if header.kind is StatementKind.OTHER and opening is not None:
        _opening_statement(source, title, opening, people, people_in)


# What a person opening a news item says in it: "strongly condemns", "expressed deep concern",
# "said today", "called on"; not "announced" (a news item about an act) nor a meeting.
_STANCE = regex.compile(
    r"(?i)\b(?:condemn(?:s|ed)|welcom(?:es|ed)|express(?:es|ed)|deplor(?:es|ed)|urg(?:es|ed)|"
    r"congratulat(?:es|ed)|said|says|stated|call(?:s|ed)[ \u00a0](?:on|for|upon)|mourn(?:s|ed)|"
    r"extend(?:s|ed)[ \u00a0](?:his|her|their)[ \u00a0]condolences)\b"
)
_SUBORDINATE_LEAD = regex.compile(r"(?:As|While|When|Since|Like|If|Although|Because|Unlike)\b")
# Right after the person: ", strongly condemns", " today expressed", " has called on".
_STANCE_NEXT = regex.compile(r",?+[ \u00a0]++(?:\p{Ll}++[ \u00a0]++){0,2}?" + _STANCE.pattern[4:])


def _opening_statement(
    source: Source,
    title: Span | None,
    opening: Span,
    people: list[_Person],
    find: Callable[[int, int], Iterable[_Person]],
) -> None:
    """ "The Chairperson of the Commission, H.E. X, strongly condemns ...": in a news item of no
    kind whose text nobody signs or speaks, the person its first sentence opens with, stating a
    stance, is who the text is attributed to."""
    if any(r in p.roles for p in people for r in (Role.SPOKESPERSON, Role.SIGNATORY, Role.SPEAKER)):
        return
    if any(m.span.start < opening.start and (title is None or m.span.start >= title.end)
           for p in people for m in p.mentions):
        return  # a byline above the text ("Antony J. Blinken, Secretary of State") says whose it is
    if source.search(_MEETING_OR_TALKS, opening) is not None:
        return
    first = next(iter(find(opening.start, opening.end)), None)
    if first is None:
        return
    start = min(m.span.start for m in first.mentions if m.span.start >= opening.start)
    end = max(m.span.end for m in first.mentions if m.span.start == start)
    lead = source.between(opening.start, start)
    if len(lead) > 80 or ". " in lead or _layout.possessive(source, end) or _SUBORDINATE_LEAD.match(lead):
        return  # the person is not the sentence's subject ("As President X's war enters ...", "As X has said")
    if source.match_at(_STANCE_NEXT, end, opening.end) is not None:
        first.roles.add(Role.SPOKESPERSON)


_RELEASED_BY = regex.compile(r"(?i)\b(?:released|issued|adopted|statement)[ \u00a0]++by[ \u00a0]++the[ \u00a0]++")


def _signed_by_office(source: Source, sections: tuple[Section, ...], people: list[_Person]) -> None:
    """ "The following is the joint statement released by the Vice Foreign Ministers of the Republic
    of Korea and Japan and the Deputy Secretary of State": the holders of the offices a joint
    text's lead-in names as its issuers sign it (an office of two words at least, plural or not)."""
    spans = [p.span for s in sections if s.kind is SectionKind.PREAMBLE for p in s.paragraphs
             if source.search(_RELEASED_BY, p.span)]
    if not spans:
        return
    leads = [source.slice(span).casefold() for span in spans]
    named = {m.code for span in spans for m in _gazetteer.mentions(source, span)}
    for person in people:
        if person.countries and not set(person.countries) & named:
            continue  # "Foreign Minister Kuleba" is no G7 foreign minister the lead-in lists
        for title in person.title_set:
            words = title.casefold().split()
            suffixes = {" ".join(words[n:]) for n in range(len(words) - 1)}
            if any(f" {suffix}" in lead for suffix in suffixes for lead in leads):
                person.roles.add(Role.SIGNATORY)
                break


def opening_sentence(source: Source, sections: tuple[Section, ...]) -> Span | None:
    """The first sentence of the text proper (its first body or readout paragraph)."""
    first = next((s for s in sections if s.kind in (SectionKind.BODY, SectionKind.READOUT) and s.paragraphs), None)
    if first is None:
        return None
    sentences = source.sentences(first.paragraphs[0].span)
    return sentences[0] if sentences else None


def _sentence_roles(
    source: Source, sentence: Span, find: Callable[[int, int], Iterable[_Person]], joint: bool, leaders_doc: bool
) -> None:
    """Roles one sentence gives: "We, X and Y," signatories; whom "This was stated by" reports (the
    text is theirs) and who chaired a meeting; meeting subjects and objects; leaders."""
    we = source.match(_WE_LIST, sentence)
    if we:
        stop = source.search(_WE_END, Span(we.end(), sentence.end))
        end = stop.start() if stop else sentence.end
        for person in find(we.end(), end):
            person.roles.add(Role.SIGNATORY)
    by = " by " in source.slice(sentence)  # both passives name their agent after "by"
    for pattern, role in ((_STATED_BY, Role.SPOKESPERSON), (_CHAIRED_BY, Role.ATTENDEE)):
        said = source.search(pattern, sentence) if by else None
        if said is not None:
            for person in find(said.end(), _object_end(source, said.end(), sentence.end)):
                person.roles.add(role)
    for joined in source.finditer(_PARTICIPATION, sentence):
        for person in find(joined.end(), _participation_end(source, joined.end(), sentence.end)):
            person.roles.add(Role.ATTENDEE)
    invited = source.search(_INVITED_BY, sentence)
    if invited is not None:
        host = _visited_state(source, Span(sentence.start, invited.start()))
        for person in find(invited.end(), _object_end(source, invited.end(), sentence.end)):
            person.roles.add(Role.ATTENDEE)
            if host is not None and not person.countries:
                person.countries[host] = 1  # "... travel to Saudi Arabia at the invitation of King Salman"
    verb = source.search(_MEETING_OR_TALKS, sentence)
    if verb is not None:
        side = _delegation_state(source, sentence, verb.end())
        for person in find(sentence.start, verb.start()):
            person.roles.add(Role.ATTENDEE)
            if side is not None and not person.countries:
                person.countries[side] = 1  # "... and Ambassador Z chaired the meeting for Mexico."
        for person in find(verb.end(), _object_end(source, verb.end(), sentence.end)):
            person.roles.add(Role.ATTENDEE)
    if joint:
        first_lower = source.search(_SUBJECT_STOP, sentence)
        end = first_lower.start() if first_lower else sentence.end
        for person in find(sentence.start, end):
            if person.leader:
                person.roles.add(Role.SIGNATORY if leaders_doc else Role.ATTENDEE)


_TO = regex.compile(r"\bto[ \u00a0]++(?:the[ \u00a0]++)?\Z")


_PARTICIPATION_END = regex.compile(
    r",[ \u00a0]++(?:a|an|the)[ \u00a0]|[ \u00a0]and[ \u00a0]++with[ \u00a0]|;|\.(?=[ \u00a0\n]|\Z)"
)


def _participation_end(source: Source, pos: int, end: int) -> int:
    """Where the people after "with the participation of" end: the clause's comma, "and with", or
    the sentence's end."""
    m = source.search(_PARTICIPATION_END, Span(pos, end))
    return m.start() if m else end


_FOR_SIDE = regex.compile(
    r"(?:\b(?i:meeting|dialogue|session|talks|consultations|delegation|side)[ \u00a0]for"
    r"|[ \u00a0]on[ \u00a0]behalf[ \u00a0]of)[ \u00a0](?:the[ \u00a0])?\Z"
)


def _delegation_state(source: Source, sentence: Span, after: int) -> str | None:
    """The state a sentence's last words (after ``after``, its meeting verb) say its subjects met
    for ("chaired the meeting for Mexico.", "... on behalf of the United States.")."""
    end = sentence.end
    while end > after and source.between(end - 1, end) in " .\n":
        end -= 1
    found = _gazetteer.index(source).ending_at(end, after)
    if found is None or found.kind != _gazetteer.STATE:
        return None
    before = Span(max(sentence.start, found.span.start - 30), found.span.start)
    return found.code if source.search(_FOR_SIDE, before) else None


def _visited_state(source: Source, before: Span) -> str | None:
    """The state a visit goes to, as the words before "at the invitation of" name it ("will travel
    to Saudi Arabia", "an official visit to Türkiye"): the last state named right after "to"."""
    found = None
    for m in _gazetteer.mentions(source, before):
        if m.kind == _gazetteer.STATE and source.search(_TO, Span(max(before.start, m.span.start - 8), m.span.start)):
            found = m.code
    return found


def _object_end(source: Source, pos: int, end: int) -> int:
    """Where the people a verb names from ``pos`` end: at a preposition or a closing stop."""
    ends = source.search(_OBJECT_END, Span(pos, end))
    return ends.start() if ends else end


def _byline_person(source: Source, paragraph: Span) -> bool:
    lines = source.lines_in(paragraph)
    return len(lines) == 1 and _layout.person_line(source, lines[0])


def _title_role(header: Header) -> Role:
    kind = header.kind
    if kind is StatementKind.PRESS_STATEMENT:
        return Role.SPOKESPERSON
    if kind is StatementKind.REMARKS:
        return Role.SPEAKER
    joint = kind in (StatementKind.JOINT_STATEMENT, StatementKind.COMMUNIQUE)
    if joint and header.title and _BY_TITLE.search(header.title):
        return Role.SIGNATORY
    return Role.ATTENDEE


def _home(source: Source) -> str | None:
    """The publishing government, where the page says so (``data/home.tsv``)."""
    for phrase, code in _home_phrases():
        if source.search(phrase):
            return code
    return None


@attrs.frozen
class _Aliases:
    """Honorific-and-name mentions ("Mr. Sullivan") and offices alone ("the Secretary"), by word."""

    by_name: dict[str, list[Span]]
    by_office: dict[str, list[Span]]

    @classmethod
    def scan(cls, source: Source, spans: list[Span]) -> _Aliases:
        by_name: dict[str, list[Span]] = {}
        by_office: dict[str, list[Span]] = {}
        for named in source.finditer_each(_honorific_name(), spans).values():
            for m in named:
                by_name.setdefault(m.group("name"), []).append(Span(m.start(), m.end()))
        for i, held in source.finditer_each(_OFFICE_ALONE, spans).items():
            for m in held:
                nxt = source.between(m.end(), min(spans[i].end, m.end() + 2))
                if not (len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper()):
                    by_office.setdefault(m.group("office"), []).append(Span(m.start(), m.end()))
        return cls(by_name, by_office)


def _attach_office_labels(labels: list[PersonMention], kept: list[_Person], holders: dict[str, int]) -> None:
    """ "THE PRESIDENT:" speaks for the one participant who holds that office."""
    for label in labels:
        if label.title is None or holders.get(label.title) != 1:
            continue
        for person in kept:
            if label.title in _offices_of(person):
                person.extra.append(label.span)
                person.roles.add(Role.SPEAKER)


def _extra_mentions(person: _Person, aliases: _Aliases, holders: dict[str, int]) -> None:
    """ "Mr. Sullivan", "Sheikh Tahnoon", and an office alone that only this person holds.

    ``holders`` counts, for each surname key and office, how many participants share it.
    """
    for key in person.surname_keys():
        if holders.get(key) == 1:
            person.extra.extend(aliases.by_name.get(key, ()))
    for office in _offices_of(person):
        if holders.get(office) == 1:
            person.extra.extend(aliases.by_office.get(office, ()))


_OFFICE_FILLER = frozenset({"of", "for", "the", "affairs"})


def _office_key(title: str) -> tuple[str, ...]:
    """An office's words in any order, without "of", "for", "the", "Affairs"."""
    return tuple(sorted(w for w in title.casefold().split() if w not in _OFFICE_FILLER))


def _offices_of(person: _Person) -> set[str]:
    """A person's offices and their leading words ("Secretary of Defense" -> "Secretary")."""
    titles = person.title_set
    return titles | {" ".join(t.split()[:n]) for t in titles for n in range(1, len(t.split()))}


def _participant(person: _Person, country: str | None) -> Participant:
    names = person.names()
    name = max(names, key=lambda n: (len(core_name(n)), len(n))) if names else None
    titles = [m.title for m in person.mentions if m.title]
    title = max(titles, key=len) if titles else None
    role = next(r for r in _ROLE_ORDER if r in person.roles)
    spans = sorted({m.span for m in person.mentions} | set(person.extra), key=lambda s: (s.start, s.end))
    return Participant(name=name, title=title, country=country, role=role, mentions=tuple(spans))


@lru_cache(maxsize=1024)
def _owner_in_title(title: str) -> str | None:
    """The one state or organisation an office's own words name before any portfolio ("Secretary
    of the Russian Security Council", "UN High Commissioner for Refugees"); not what a portfolio
    is about ("Special Envoy for Haiti")."""
    owned = title.split(" for ", 1)[0]
    line = Source(owned)
    codes = {m.code for m in _gazetteer.mentions(line)}
    return codes.pop() if len(codes) == 1 else None


def _country(person: _Person, home: str | None) -> str | None:
    """The country a person's mentions, office or name give, else ``home``."""
    titles = [m.title for m in person.mentions if m.title]
    countries = person.countries
    if countries:
        return max(countries, key=countries.__getitem__)  # the most given; the first seen on a tie
    for t in titles:
        if office_country(t):
            return office_country(t)
    for t in titles:
        owner = _owner_in_title(t)
        if owner:
            return owner
    for n in person.names():
        known = holder_country(n, titles)
        if known:
            return known
    return home
