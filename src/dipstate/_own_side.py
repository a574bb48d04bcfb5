"""Whose page a two-sided readout is, read from how the text speaks of the two sides.

A government's own readout names its counterpart's state ("received a phone call from President
Alexander Stubb of Finland") but often not its own leader's ("President Abdel Fattah El-Sisi").
Where nothing on the page says whose it is, the own state is the one the text pairs with the
counterpart's: "Saudi-Japanese relations", "between Egypt and Finland", "the latter's visit to
Viet Nam", "New Zealand will work with Viet Nam", or the own leader speaking of it ("President
El-Sisi affirmed Egypt's keenness ..."). States only talked about ("Russia's war") pair with no
side this way, so they are never read as the own state. Read only where some person the text
reports meeting has no country and the counterparts do; one state must lead, else none.
"""

from __future__ import annotations

import regex

from dipstate import _gazetteer
from dipstate._source import Source
from dipstate.model import Participant, Role, Section, SectionKind, Span

_SIDE_KINDS = (_gazetteer.STATE, _gazetteer.DEMONYM)
_PAIR_GAP = regex.compile(r"[ \u00a0]?+[-\u2013\u2014/][ \u00a0]?+|[ \u00a0]and[ \u00a0]")
_PAIR_NOUN = regex.compile(
    r"[ \u00a0](?i:relations|ties|cooperation|partnership|bilateral|friendship|trade|strategic)\b"
)
_BETWEEN = regex.compile(r"\bbetween[ \u00a0](?:the[ \u00a0])?\Z")
_VISIT_TO = regex.compile(r"\b(?:visit|visits|visiting|trip|travel|come)[ \u00a0](?:to[ \u00a0])?(?:the[ \u00a0])?\Z")
_WITH = regex.compile(
    r"\b(?i:cooperation|relations|ties|partnership|work|working|trade|cooperate)[ \u00a0](?:\p{Ll}+[ \u00a0]){0,3}?"
    r"with[ \u00a0](?:the[ \u00a0])?\Z"
)
_OWN_NOUN = regex.compile(
    r"['\u2019]s?[ \u00a0](?:keenness|commitment|readiness|willingness|desire|determination|eagerness|"
    r"support|position|stance|appreciation|interest|aspiration|keen|firm|full|continued|unwavering|strong)\b"
)
_THE_LATTER = regex.compile(r"\b[Tt]he[ \u00a0]latter['\u2019]s\b")
_LOOKBACK = 40


def own_side(
    source: Source, title: Span | None, sections: tuple[Section, ...], participants: tuple[Participant, ...]
) -> str | None:
    """The state of the people met who carry no country, as the text pairs it with the other side's."""
    placed = {p.country for p in participants if p.country and not _gazetteer.is_organisation(p.country)}
    unplaced = [p for p in participants if p.country is None and p.role is Role.ATTENDEE and p.mentions]
    if not placed or not unplaced:
        return None
    people: list[tuple[int, bool]] = sorted(  # (start, is of a known other side) for every person mention
        [(m.start, True) for p in participants if p.country in placed for m in p.mentions]
        + [(m.start, False) for p in unplaced for m in p.mentions]
    )
    spans = ([title] if title is not None else []) + [
        s for sec in sections if sec.kind in (SectionKind.BODY, SectionKind.READOUT)
        for par in sec.paragraphs for s in source.sentences(par.span)
    ]
    votes: dict[str, int] = {}
    for sentence in spans:
        found = [m for m in _gazetteer.mentions(source, sentence) if m.kind in _SIDE_KINDS]
        other_at = [m.span for m in found if m.code in placed]
        for m in found:
            if m.code in placed:
                continue
            if _paired(source, m.span, other_at) or _own_words(source, sentence, m.span, people, other_at):
                votes[m.code] = votes.get(m.code, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _paired(source: Source, span: Span, others: list[Span]) -> bool:
    """``span`` names a state joined to the other side's: "Saudi-Japanese", "Egypt and Finland
    relations", "between Egypt and Finland"."""
    for other in others:
        first, second = (span, other) if span.start < other.start else (other, span)
        gap = source.match_at(_PAIR_GAP, first.end, second.start)
        if gap is None or gap.end() != second.start:
            continue
        if gap.group().strip() != "and":
            return True  # "Saudi-Japanese", "Egypt–Finland", "Viet Nam/New Zealand"
        before = source.between(max(0, first.start - 12), first.start)
        if _BETWEEN.search(before) or source.match_at(_PAIR_NOUN, second.end, second.end + 16):
            return True
    return False


def _own_words(
    source: Source, sentence: Span, span: Span, people: list[tuple[int, bool]], others: list[Span]
) -> bool:
    """The state is named as the other side's partner or host ("the latter's visit to Viet Nam",
    "New Zealand will work with Viet Nam"), or by its own unplaced person ("President El-Sisi
    affirmed Egypt's keenness")."""
    before = source.between(max(sentence.start, span.start - _LOOKBACK), span.start)
    last = None  # the person named last before the state in this sentence: (start, of the other side)
    for start, other in people:
        if sentence.start <= start < span.start:
            last = other
    latter = source.search(_THE_LATTER, Span(sentence.start, span.start)) is not None
    if _VISIT_TO.search(before):
        return bool(last) or latter  # the other side visits it: it is the host
    if _WITH.search(before):
        return bool(last) or any(o.end <= span.start for o in others)
    return last is False and source.match_at(_OWN_NOUN, span.end, min(sentence.end, span.end + 24)) is not None

