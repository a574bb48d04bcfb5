"""Pledges: sentences in which the parties commit themselves (SPEC "Pledge").

Each sentence of the body, readout, annex and transcript sections is read for
commitment wording (``data/commitments.tsv``). A trigger counts only when the
subject of its clause is a party or stands for the parties: "we", "the three
countries", "the Secretary and the two Ministers", "Japan and the ROK", a
participant, a party's agency or a body the parties run. A sentence whose
triggers all have other subjects ("the DPRK's programme will ...") is no
pledge. The first trigger that counts decides the pledge's kind.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import NamedTuple

import attrs
import regex

from dipstate import _data, _gazetteer, _timeframes
from dipstate._participants import opening_sentence
from dipstate._parties import aligned_states
from dipstate._people import find_mentions, office_country, person_country, title_info
from dipstate._source import LIST_MARKER, Source
from dipstate._trie import trie
from dipstate.model import Paragraph, Participant, Pledge, PledgeKind, Role, Section, SectionKind, Span

_SECTIONS = (SectionKind.BODY, SectionKind.READOUT, SectionKind.ANNEX, SectionKind.TRANSCRIPT)
_BOUNDARY = regex.compile(
    r"[;:\u2014\u2013]|,|\s-\s|\b(?:that|which|who|whom|whereby|where|while|whilst|because|if|when|how|whether|"
    r"affirmed|affirms|affirm|said|says|stated|states|noted|notes|stressed|emphasi[sz]ed|underscored|"
    r"confirmed|confirms|added|declared|announced|concluded|recogni[sz]ed|agreed|agrees)\b"
)
_RELATIVE = frozenset({"that", "which", "who", "whom"})
# A trigger in a clause opened by one of these is a circumstance, or a topic ("discussed how our
# countries will work together"), not a commitment.
_SUBORDINATE = frozenset({"where", "whereby", "while", "whilst", "because", "if", "when", "how", "whether"})
_PARTS = regex.compile(r",[ \u00a0\t\r\n]*+(?:and[ \u00a0\t\r\n]++)?|[ \u00a0\t\r\n]++and[ \u00a0\t\r\n]++")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*+")
_DETERMINERS = frozenset({"the", "our", "both", "all", "its", "their"})
_CONJUNCTIONS = frozenset({"and", "but", "then", "so"})
_DOUBLE_NEGATIVE = regex.compile(r"\s++(?:\S++\s++){0,4}?(?:un\w+ed|hesitate|unanswered|unpunished)\b")
# "work closely with the United States", "continue to coordinate with Luxembourg": whom "we" acts with
_WITH_PARTY = regex.compile(
    r"\b(?:work|works|working|cooperat\w*+|coordinat\w*+|partner\w*+|engag\w*+|consult\w*+|collaborat\w*+|"
    r"stand|stands|standing)\b(?:[ \u00a0\n]++[\p{L}-]++){0,3}?[ \u00a0\n]++(?:with|alongside)[ \u00a0\n]++"
    r"(?:the[ \u00a0\n]++)?(?=\p{Lu})"
)
_NOUN_AFTER = regex.compile(
    r"[ \u00a0\n]++(?!(?:to|on|in|for|at|as|by|from|through|toward|towards|across|during|over|under|"
    r"within|against|since|until|so|that|which|who|while|but)\b)\p{Ll}"
)
_HIS_GOVERNMENT = regex.compile(r"(?:[Hh]is|[Hh]er)[ \u00a0]++(?:government|country|administration|nation)")
_OWNED_NOUN = regex.compile(r"['\u2019]s?[ \u00a0]\Z")
# "would like to" is a wish; "would I ...", "would you ..." a question
_WOULD_WISH = regex.compile(r"would[ \u00a0\n]++(?:like|love|prefer|rather|I|you|we|he|she|they|it)\b")
_FIRST_PERSON = frozenset({"i", "we", "i've", "we've", "i\u2019ve", "we\u2019ve", "we'd", "we\u2019d"})
_FUTURE = frozenset({"will", "would", "shall", "spare-no", "going-to"})
_MAX_SUBJECT_WORDS = 30
# The issuing government, in a text issued by one person ("my Administration will"), or the body
# whose page it is ("The Ministry will open a consulate").
_OWN_GOVERNMENT = regex.compile(
    r"(?i)(?:my|our|this|the)(?:[ \u00a0][\p{L}-]++)?[ \u00a0]administration|(?:my|our|the)[ \u00a0]government|"
    r"(?:our|the)[ \u00a0](?:ministry|department|embassy)"
)
_TRANSCRIPT_COLLECTIVES = frozenset({"we", "our countries", "our two countries", "our three countries", "our nations"})


@lru_cache(maxsize=1)
def _organ_of() -> regex.Pattern[str]:
    """An organisation's organ named with it: "The Peace and Security Council of the African Union"
    (the organ words of data/organ_words.txt)."""
    organs = "|".join(sorted(_data.lines("organ_words.txt"), key=len, reverse=True))
    return regex.compile(
        r"(?:[Tt]he[ \u00a0]++)?(?:\p{Lu}[\p{L}-]*+[ \u00a0]++(?:and[ \u00a0]++)?){0,5}?"
        rf"(?:{organs})[ \u00a0]++of[ \u00a0]++(?:the[ \u00a0]++)?"
    )


_ACRONYM_TAIL = regex.compile(r"(?:[ \u00a0]*+\(\p{Lu}{2,8}\))?")
# "The Governments of Japan and the United States": bodies of the states named after "of".
_BODIES_OF = regex.compile(
    r"(?i)(?:the\s++)?(?:governments?|leaders|ministers|foreign\s++ministers|defen[cs]e\s++ministers|"
    r"delegations|representatives|peoples?|presidents|prime\s++ministers|heads\s++of\s++state(?:\s++and\s++government)?)"
    r"\s++of\s++"
)
# The close of a quotation and the verb of saying that attributes it: ",” said", ",” the Minister said".
_SAID_AFTER_QUOTE = regex.compile(
    r"[,.!?]?[\"\u201d][ \u00a0]++(?:\p{L}++[ \u00a0]++){0,6}?"
    r"(?:said|says|added|stated|stressed|noted|emphasi[sz]ed|underlined|affirmed|declared)\b"
)
_WE = regex.compile(r"[Ww]e")
_WE_OR_I = regex.compile(r"\b(?:[Ww]e|I|[Oo]ur|[Mm]y)\b")
_WE_AGREED = regex.compile(
    r"[ \u00a0]++(?:(?:also|have|had|both|all|jointly|together)[ \u00a0]++){0,2}+(?:agreed|decided|jointly|together)\b"
)
_QUOTE_REACH = 800  # characters from a quoted trigger to the verb of saying that attributes the quotation
_QUOTE_PRONOUN = regex.compile(r"\b(?:he|she)\b")
_LOOKBACK = 400  # characters before a trigger searched for its subject: keeps long input linear
_MAX_TRIGGERS = 40  # triggers tried in one sentence
_MAX_SEGMENTS = 6  # opening comma-separated phrases searched for a sentence's subject
_COMMA = regex.compile(",")
_PRONOUNS = frozenset({"He", "She", "he", "she"})
# An organisation's own organ as a subject: in a text of the EU and aligned states, the EU.
# "The Commission" is an organisation's; "the Council" of a text issued jointly may be the parties'
# own joint council ("the U.S.-EU Energy Council").
_ORGAN = regex.compile(r"(?i:the)[ \u00a0]++(Council|Commission)")
_PRONOUN_REACH = 600  # characters back from "He" to the person it refers to
_FRAME_REACH = 400  # characters a frame may span from its first word


_BE_PARTICIPLE = regex.compile(r"[ \u00a0\n]++be[ \u00a0\n]++(?:(?:also|further|jointly)[ \u00a0\n]++)?(\p{L}++)")


class _Trigger(NamedTuple):
    """Commitment wording found in a sentence: where, new or reaffirmed, and its frame's name."""

    span: Span
    kind: PledgeKind
    name: str


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, str]:
    """``{CLASS}`` -> the words of that class (``data/commitment_words.tsv``) as one prefix trie."""
    classes: dict[str, list[str]] = {}
    for name, word in _data.table("commitment_words.tsv"):
        classes.setdefault(name, []).append(word)
    return {"{" + name + "}": trie(words) + r"\b" for name, words in classes.items()}


def _compose(frame: str) -> str:
    """A frame of ``data/commitments.tsv`` with each ``{CLASS}`` replaced by its words."""
    for name, words in _word_classes().items():
        frame = frame.replace(name, words)
    return frame


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[int, ...]], tuple[tuple[PledgeKind, str], ...]]:
    """For each word a frame opens with (`_first_words`), the rows of the frames that can start
    with that word, and the rows' kinds and names.

    Which frames can start with a word is found by partial matching: a frame that matches text
    opening with the word matches the word alone as far as it goes. So at "is" only the frames
    that can open with "is" are tried, and a word no frame can open with is passed over at once.
    A word's capitalised form, where no frame opens with it as written, maps to its rows after a
    -1 mark: it opens a frame only as a list item's operative verb ("2. Reaffirms ...")."""
    rows = _data.table("commitments.tsv")
    alone = [regex.compile(frame) for frame in _composed()]
    by_word: dict[str, tuple[int, ...]] = {}
    for word in _first_words():
        able = tuple(i for i, frame in enumerate(alone) if frame.match(word, partial=True))
        if able:
            by_word[word] = able
    for word, able in list(by_word.items()):  # "Reaffirms" opening an operative paragraph: marked -1
        capital = word[:1].upper() + word[1:]
        if capital not in by_word:
            by_word[capital] = (-1, *able)
    return by_word, tuple((PledgeKind(k), n) for k, n, _ in rows)


@lru_cache(maxsize=1)
def _composed() -> tuple[str, ...]:
    """The frames of ``data/commitments.tsv`` with their word classes filled in, in table order."""
    return tuple(_compose(frame) for _, _, frame in _data.table("commitments.tsv"))


@cache
def _frames(rows: tuple[int, ...]) -> regex.Pattern[str]:
    """One pattern of the frames of ``rows`` (group ``t<i>`` for row i), in table order; compiled
    when a text first holds a word they open with."""
    frames = _composed()
    return regex.compile("(?:" + "|".join(f"(?P<t{i}>{frames[i]})" for i in rows) + ")")


@lru_cache(maxsize=256)
def _frames_any_case(rows: tuple[int, ...]) -> regex.Pattern[str]:
    """`_frames` for an operative verb opening a list item, whose capital the frames do not expect."""
    return regex.compile("(?i:" + _frames(rows).pattern + ")")


_CALLED_ON = regex.compile(
    r"\b(?:call(?:s|ed)?+|urg(?:e|es|ed)|ask(?:s|ed)?+|request(?:s|ed)?+|encourag(?:e|es|ed))\b"
    r"[^.:]{0,80}?\bto:[ \t\n]*+(?:[-\u2022\u2013][ \t]*+)?\Z"
)
# "He calls on the parties to [agree to] a ceasefire", "urged all sides to commit to": what others
# are asked to do commits nobody.
_ASKED_OF_OTHERS = regex.compile(
    r"\b(?:call(?:s|ed|ing)?+[ \u00a0]++(?:on|upon)|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|"
    r"ask(?:s|ed|ing)?+|invit(?:e|es|ed|ing)|request(?:s|ed|ing)?+|appeal(?:s|ed)?+[ \u00a0]++to)"
    r"[ \u00a0]++(?:[^ \u00a0.;:\n]++[ \u00a0]++){1,8}?to[ \u00a0]++\Z"
)
_LETTERS = regex.compile(r"\p{L}++")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The words frames open with (also capitalised): those of the classes in a frame's first word,
    and ``FIRST``. A frame is tried only where one of them stands."""
    classes = {"FIRST"}
    for _, _, frame in _data.table("commitments.tsv"):
        opening = frame.split("\\s", 1)[0]
        classes.update(regex.findall(r"\{(\w+)\}", opening))
    words = {w for name, w in _data.table("commitment_words.tsv") if name in classes}
    return frozenset(words | {w[:1].upper() + w[1:] for w in words})


@lru_cache(maxsize=1)
def _member_collectives() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in _data.table("member_collectives.tsv")}


_YOU = regex.compile(r"(?i)\byou\b")
# Where a later clause opens: ", and", ", while", "; ".
_CLAUSE_BREAK = regex.compile(r"(?:,[ \u00a0]++(?:and|while|whereas|but)|;)[ \u00a0]++")
# A later clause's pronoun subject stands for the sentence's opening subject.
_CLAUSE_PRONOUNS = frozenset({"they", "he", "she"})


@lru_cache(maxsize=1)
def _collective() -> regex.Pattern[str]:
    return regex.compile("(?i)(?:" + "|".join(_data.lines("collectives.txt")) + ")")


@lru_cache(maxsize=1)
def _leading_words() -> frozenset[str]:
    """Words trimmed from the front of a subject: conjunctions and adverbs."""
    return _CONJUNCTIONS | _data.wordset("adverbs.txt")


def _trimmed(words: list[tuple[int, int, str]]) -> tuple[int, int]:
    """The range of ``words`` left without leading conjunctions and adverbs and trailing adverbs."""
    adverbs = _data.wordset("adverbs.txt")
    leading = _leading_words()
    lo, hi = 0, len(words)
    while lo < hi and words[lo][2].casefold() in leading:
        lo += 1
    while hi > lo and words[hi - 1][2].casefold() in adverbs:
        hi -= 1
    return lo, hi


def _elided(words: list[tuple[int, int, str]]) -> bool:
    """True when the clause before the trigger (its ``words``) ends in "and": its subject is the sentence's."""
    adverbs = _data.wordset("adverbs.txt")
    i = len(words) - 1
    while i >= 0 and words[i][2].casefold() in adverbs:
        i -= 1
    return i > 0 and words[i][2].casefold() in _CONJUNCTIONS


@lru_cache(maxsize=4096)
def _repeats(trigger: str) -> bool:
    """True when the trigger's words mark a repetition ("reaffirm", "again"); trigger wordings recur."""
    repetition = _data.wordset("repetition.txt")
    return any(w.casefold() in repetition for w in _WORD.findall(trigger))


@attrs.define
class _Reader:
    """Reads sentences for pledges, knowing the parties and participants."""

    source: Source
    parties: tuple[str, ...]
    people: dict[int, tuple[Span, str | None]]
    date: dt.date | None
    mentions: _gazetteer.MentionIndex
    offices: dict[str, set[str]]
    voice: str | None = None
    speaker: str | None = None
    transcript: bool = False
    quote_voice: str | None = None
    in_quote: bool = False
    one_voice: bool = False
    joint: bool = False  # issued by several parties: "the Council" may be their joint council
    referents: tuple[str, ...] = ()  # whom "They" opening the current sentence stands for, if known
    sentence: Span | None = None  # the sentence being read
    person_starts: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.person_starts = sorted(self.people)

    def pledge(self, sentence: Span, speaker: str | None = None, transcript: bool = False) -> Pledge | None:
        """The pledge ``sentence`` makes, if any. In a transcript, ``speaker`` is the country of the
        person speaking: "I" stands for it, and "they" or "the leaders" stand for nobody."""
        if transcript and speaker is None:
            return None  # a reporter, a moderator, or a speaker we cannot place
        self.speaker = speaker
        self.transcript = transcript
        return self._pledge(sentence)

    def _pledge(self, sentence: Span) -> Pledge | None:
        source = self.source
        self.sentence = sentence
        text = source.slice(sentence)
        if text.rstrip().endswith("?"):
            return None
        for n, trigger in enumerate(self._triggers(sentence)):
            if n >= _MAX_TRIGGERS:
                break
            if trigger.name == "verb-to" and source.search(
                    _OWNED_NOUN, Span(max(sentence.start, trigger.span.start - 3), trigger.span.start)):
                continue  # "welcomed Poland's plans to build ...": a noun someone else owns, not a verb
            if self._quoted(sentence, trigger.span.start):  # sets in_quote for this trigger
                continue  # words quoted from a treaty or another speaker commit nobody here
            if _ASKED_OF_OTHERS.search(source.between(max(sentence.start, trigger.span.start - 100),
                                                      trigger.span.start)):
                continue
            if trigger.name in ("will", "would", "shall") and self._event_passive(trigger.span.end, sentence.end):
                continue
            if trigger.name == "would" and not self._reported(sentence, trigger.span.start):
                continue  # "we would welcome", "it would be": a wish or a condition
            if trigger.name == "ironclad":
                found = self._possessor(sentence, trigger.span.start)
            else:
                found = self._subject(sentence, trigger.span.start)
            if found is None:
                continue
            subject, actors = found
            self.in_quote = False
            later = self._later_actors(sentence, self._triggers(sentence)[n + 1 : _MAX_TRIGGERS], subject) \
                if self._named(subject) else set()
            if later - set(actors):  # "A will host ..., and B will participate": both commit
                actors = tuple(sorted(set(actors) | later))
            return self._build(sentence, trigger, subject, actors)
        self.in_quote = False
        return None

    def _named(self, subject: Span) -> bool:
        """The subject names a state or organisation ("Norway"), not a voice ("we", "I", "you")."""
        if self.source.search(_WE_OR_I, subject) is not None or self.source.search(_YOU, subject) is not None:
            return False
        return any(m.kind in (_gazetteer.STATE, _gazetteer.ORG) for m in self.mentions.within(subject))

    def _later_actors(self, sentence: Span, triggers: tuple[_Trigger, ...], first: Span) -> set[str]:
        """The parties that commit in the sentence's later clauses, each with a subject of its own
        after a clause break ("..., and Norway will participate"); the sentence is one pledge."""
        out: set[str] = set()
        for trigger in triggers:
            if trigger.name == "would" or self._quoted(sentence, trigger.span.start):
                continue
            if trigger.name in ("will", "shall") and self._event_passive(trigger.span.end, sentence.end):
                continue
            window = Span(max(first.end, sentence.start, trigger.span.start - _LOOKBACK), trigger.span.start)
            breaks = list(self.source.finditer(_CLAUSE_BREAK, window))
            if not breaks:
                continue
            clause = Span(breaks[-1].end(), trigger.span.start)  # the later clause's own subject
            found = self._subject(sentence, trigger.span.start)
            if found is None or not self._named(clause):
                continue
            own = {m.code for m in self.mentions.within(clause) if m.kind in (_gazetteer.STATE, _gazetteer.ORG)}
            out.update(code for code in found[1] if code in self.parties and code in own)
        self.in_quote = False
        return out

    def _quoted(self, sentence: Span, pos: int) -> bool:
        """True when ``pos`` lies inside a quotation that opened within the sentence, unless the
        quotation is the words of a speaker the sentence names and places ("“Indonesia will
        continue ...,” said Foreign Minister Retno"): then ``quote_voice`` is that speaker's country,
        whom "I" and "we" in it stand for."""
        self.quote_voice = None
        self.in_quote = False
        before = self.source.between(max(sentence.start, pos - _LOOKBACK), pos)
        opened = before.count("\u201c") - before.count("\u201d")
        inside = opened > 0 or before.count('"') % 2 == 1
        if not inside or self.source.between(sentence.start, sentence.start + 1) not in ('"', "\u201c"):
            return inside
        said = self.source.search(_SAID_AFTER_QUOTE, Span(pos, min(sentence.end, pos + _QUOTE_REACH)))
        if said is None:
            return True
        self.in_quote = True
        self.quote_voice = self._quote_speaker(Span(said.start(), sentence.end))
        return False

    def _partner(self, we: Span) -> str | None:
        """The one party "we" works "with" later in the sentence ("We will work closely with the
        United States"), which "we" then leaves out."""
        if self.sentence is None or self.joint:
            return None  # a text the parties issue together: its "we" is all of them
        found = self.source.search(_WITH_PARTY, Span(we.end, self.sentence.end))
        if found is None:
            return None
        mention = self.mentions.starting_at(found.end(), self.sentence.end)
        if mention is None or mention.code not in self.parties:
            return None
        if self.source.match_at(_NOUN_AFTER, mention.span.end, self.sentence.end):
            return None  # "engage with U.S. and EU stakeholders": the name qualifies a noun
        return mention.code

    def _together(self, we: Span) -> bool:
        """ "together, we are committed", "we also agreed": a "we" of the sides, not of one voice."""
        before = self.source.between(max(0, we.start - 12), we.start).casefold()
        after = self.source.match_at(_WE_AGREED, we.end, min(len(self.source), we.end + 40))
        return "together" in before or after is not None

    def _quote_speaker(self, attribution: Span) -> str | None:
        """The country of who ",” said X" / ",” X said" / ",” he said" names."""
        i = bisect.bisect_left(self.person_starts, attribution.start)
        if i < len(self.person_starts) and self.person_starts[i] < attribution.end:
            return self.people[self.person_starts[i]][1]
        pronoun = self.source.search(_QUOTE_PRONOUN, attribution)
        return self._last_person(attribution.start) if pronoun is not None else None

    def _triggers(self, sentence: Span) -> tuple[_Trigger, ...]:
        """The commitment wording in ``sentence``, found once per source (discovery and pledges share it)."""
        found: dict[tuple[int, int], tuple[_Trigger, ...]] = self.source.memo("triggers", dict)
        key = (sentence.start, sentence.end)
        cached = found.get(key)
        if cached is not None:
            return cached
        by_word, rows = _lexicon()
        out: list[_Trigger] = []
        after = sentence.start
        for opening in self.source.finditer(_LETTERS, sentence):
            if opening.start() < after:
                continue  # inside the trigger just found
            able = by_word.get(opening.group())
            if able is None:
                continue  # no frame starts with this word
            # "2. Reaffirms its commitment ...": an operative verb opening a list item, capitalised
            operative = able[0] < 0
            if operative:
                if not self._opens_item(opening.start()):
                    continue
                able = able[1:]
            frames = _frames_any_case(able) if operative else _frames(able)
            m = self.source.match_at(frames, opening.start(), min(sentence.end, opening.start() + _FRAME_REACH))
            if m is None:
                continue
            after = m.end()
            index = int((m.lastgroup or "t0")[1:])
            kind, name = rows[index]
            if kind is PledgeKind.NEW and _repeats(m.group()):
                kind = PledgeKind.REAFFIRMED
            out.append(_Trigger(Span(m.start(), m.end()), kind, name))
            if len(out) >= _MAX_TRIGGERS:
                break
        kept = tuple(out)  # most sentences have none: the empty tuple is shared, not one list each
        found[key] = kept
        return kept

    def _opens_item(self, pos: int) -> bool:
        """``pos`` follows a list item's marker at the start of its line ("2. ", "(b) ")."""
        lead = self.source.between(max(0, pos - 12), pos)
        nl = lead.rfind("\n")
        if nl < 0 and pos > 12:
            return False
        return LIST_MARKER.fullmatch(lead[nl + 1 :]) is not None  # the marker that makes a paragraph an item

    # -- subjects -----------------------------------------------------------

    def _subject(self, sentence: Span, start: int) -> tuple[Span, tuple[str, ...]] | None:
        source = self.source
        prefix = Span(max(sentence.start, start - _LOOKBACK), start)
        bounds = list(source.finditer(_BOUNDARY, prefix))
        last = bounds[-1] if bounds else None
        begin = last.end() if last else prefix.start
        if last is not None and self._hedged(Span(sentence.start, last.start())):
            return None
        if last is not None and last.group().casefold() in _SUBORDINATE:
            return None
        words = source.tokens_at(_WORD, begin, start)
        if _elided(words):
            return self._leading_subject(sentence, start)  # "..., and will work"
        if self._opens_item(start):
            # "2. Reaffirms its commitment ..." under the lead-in that names who; not the items of
            # "called on Congress to:", which others are asked to do
            if source.search(_CALLED_ON, Span(max(sentence.start, begin - 120), begin)):
                return None
            return self._leading_subject(sentence, start)
        lo, hi = _trimmed(words)
        if lo >= hi:
            if last is not None and last.group().casefold() in _RELATIVE:
                return None  # "a Memorandum that will connect": the relative pronoun is the subject
            return self._leading_subject(sentence, start)
        if hi - lo > _MAX_SUBJECT_WORDS:
            return None
        candidate = Span(words[lo][0], words[hi - 1][1])
        believed = last is not None and last.group() == "that" and self._believed(Span(sentence.start, last.start()))
        subject = self._extend_list(candidate, bounds, sentence)
        actors = self._resolve(subject, strict=False)
        if actors is None and not self.transcript and self._bare_collective(subject):
            actors = self.parties  # "The two also reiterated ...": those who met
        found = (subject, actors) if actors is not None else None
        if found is None and last is not None and self.source.collapsed(subject).casefold() in _CLAUSE_PRONOUNS:
            found = self._leading_subject(sentence, start)  # "A and B stand with ..., and they will"
        if found is None:
            found = self._after_adverbial(candidate) or self._purpose(candidate)
        if believed and found is not None and not self._own_side(*found):
            return None  # "We are confident that relations will improve": a belief about others
        return found

    def _bare_collective(self, subject: Span) -> bool:
        return " ".join(self.source.collapsed(subject).casefold().split()) in _data.wordset("bare_collectives.txt")

    def _own_side(self, subject: Span, actors: tuple[str, ...]) -> bool:
        """The subject is the speaker's side: its voice, or "we"/"I" in it."""
        return bool({self.voice, self.speaker} & set(actors)) or self.source.search(_WE_OR_I, subject) is not None

    def _purpose(self, candidate: Span) -> tuple[Span, tuple[str, ...]] | None:
        """ "our Ministers meet today in Washington to [reaffirm]": the subject of a clause whose
        purpose the trigger states."""
        words = self.source.tokens(_WORD, candidate)
        if len(words) < 3 or words[-1][2] != "to":
            return None
        for n in range(min(4, len(words) - 2), 0, -1):
            span = self._trim(Span(words[0][0], words[n - 1][1]))
            actors = self._resolve(span, strict=True) if span is not None else None
            if span is not None and actors is not None:
                return span, actors
        return None

    def _possessor(self, sentence: Span, start: int) -> tuple[Span, tuple[str, ...]] | None:
        """Whose commitment "is ironclad": "our commitment", "the United States' commitment"."""
        source = self.source
        words = source.tokens_at(_WORD, max(sentence.start, start - 60), start)
        if words and words[-1][2].casefold() == "our":
            return Span(words[-1][0], words[-1][1]), self.parties
        pos = start
        while pos > sentence.start and source.between(pos - 1, pos).isspace():
            pos -= 1
        for mark in ("\u2019s", "'s", "\u2019", "'"):
            if source.between(pos - len(mark), pos) == mark:
                pos -= len(mark)
                break
        mention = self.mentions.ending_at(pos, sentence.start)
        if mention is not None and mention.code in self.parties:
            return mention.span, (mention.code,)
        return None

    def _after_adverbial(self, candidate: Span) -> tuple[Span, tuple[str, ...]] | None:
        """ "In today's meeting they": a subject after an opening prepositional phrase."""
        words = self.source.tokens(_WORD, candidate)
        if len(words) < 2 or words[0][2].casefold() not in _data.wordset("prepositions.txt"):
            return None
        for n in range(1, min(4, len(words) - 1) + 1):
            span = Span(words[-n][0], candidate.end)
            actors = self._resolve(span, strict=True)
            if actors is not None:
                return span, actors
        return None

    def _event_passive(self, pos: int, end: int) -> bool:
        """ "... will be discussed", "will be accompanied by", "will be livestreamed": a passive that
        says what will happen at or to an event (data/event_passives.txt), not what anyone undertakes;
        "cooperation ... will be enhanced" stays a pledge."""
        m = self.source.match_at(_BE_PARTICIPLE, pos, min(end, pos + 40))
        return m is not None and m.group(1).casefold() in _data.wordset("event_passives.txt")

    def _reported(self, sentence: Span, pos: int) -> bool:
        """ "They confirmed that they would work together": "would" is the "will" of a clause a
        reporting verb opens (data/reporting_verbs.txt), as readouts put what was said."""
        bounds = list(self.source.finditer(_BOUNDARY, Span(max(sentence.start, pos - _LOOKBACK), pos)))
        if not bounds or self.source.match_at(_WOULD_WISH, pos, min(sentence.end, pos + 20)):
            return False  # no clause reported, or "he would like to", a wish
        last = bounds[-1]
        that = last.start()
        if last.group().casefold() == "that":
            if not self._last_word_in(Span(sentence.start, that), "reporting_verbs.txt"):
                return False
        elif last.group().casefold() not in _data.wordset("reporting_verbs.txt"):
            return False  # "said his government would ...": the verb opens the clause itself
        if len(bounds) > 1 and bounds[-2].group().casefold() in _SUBORDINATE:
            return False  # "If Harry said he would do something": a condition
        # "In Glasgow, we announced that we would double ...": a speaker retelling an earlier promise
        reporter = {w.casefold() for w in _WORD.findall(self.source.between(max(sentence.start, that - 40), that))}
        said = {w.casefold() for w in _WORD.findall(self.source.between(last.end(), pos))}
        return not (reporter & _FIRST_PERSON and said & _FIRST_PERSON)

    def _believed(self, before: Span) -> bool:
        """ "We remain confident that ...", "We request that ...": the words before "that" state a
        belief about, or a request of, whoever follows (data/beliefs.txt)."""
        return self._last_word_in(before, "beliefs.txt")

    def _hedged(self, before: Span) -> bool:
        return self._last_word_in(before, "hedges.txt")

    def _last_word_in(self, before: Span, words_file: str) -> bool:
        """The last word ending at ``before`` is one of ``data/<words_file>``."""
        words = _WORD.findall(self.source.between(max(before.start, before.end - 40), before.end))
        return bool(words) and words[-1].casefold() in _data.wordset(words_file)

    def _trim(self, span: Span) -> Span | None:
        """``span`` without leading conjunctions and adverbs around it; None when nothing is left."""
        words = self.source.tokens(_WORD, span)
        lo, hi = _trimmed(words)
        if lo >= hi:
            return None
        return Span(words[lo][0], words[hi - 1][1])

    def _extend_list(self, candidate: Span, bounds: list[regex.Match[str]], sentence: Span) -> Span:
        """ "Japan, the ROK, and the United States": take in the list items before the last comma
        (not "... to visit Israel, and the two agreed": a collective is no list's last item)."""
        start = candidate.start
        if self._bare_collective(candidate) or self.source.fullmatch(_collective(), candidate):
            return candidate
        for i in range(len(bounds) - 1, -1, -1):
            if bounds[i].group() != ",":
                break
            lo = bounds[i - 1].end() if i > 0 else sentence.start
            segment = self._trim(Span(lo, bounds[i].start()))
            if segment is None or self._resolve(segment, strict=True) is None:
                break
            start = segment.start
        return Span(start, candidate.end)

    def _leading_subject(self, sentence: Span, limit: int) -> tuple[Span, tuple[str, ...]] | None:
        """The subject opening the sentence, for a clause that leaves it out ("..., and will work")."""
        source = self.source
        start = sentence.start
        commas = [*source.finditer_at(_COMMA, sentence.start, limit)][:_MAX_SEGMENTS]
        for m in [*commas, None]:
            end = m.start() if m else limit
            words = source.tokens_at(_WORD, start, min(end, start + 200))
            for n in range(min(len(words), 12), 0, -1):
                span = self._trim(Span(words[0][0], words[n - 1][1]))
                if span is None:
                    continue
                actors = self._resolve(span, strict=True)
                if actors is not None:
                    return span, actors
            if m is None:
                break
            start = m.end()
        return None

    def _resolve(self, span: Span, *, strict: bool) -> tuple[str, ...] | None:
        """The parties a subject stands for, or None when it is not (only) the parties."""
        source = self.source
        if self.in_quote and source.fullmatch(_collective(), span):
            return (self.quote_voice,) if self.quote_voice in self.parties else None  # the quoted speaker's side
        we = source.fullmatch(_WE, span) is not None
        if self.one_voice and not self.transcript and self.voice in self.parties and we and not self._together(span):
            return (self.voice,)  # a press statement's "we": the government that issues it
        partner = self._partner(span) if we else None
        if partner is not None:  # "We will work closely with the United States": "we" is the other side
            own = self.speaker if self.transcript else self.voice
            rest = tuple(c for c in self.parties if c != partner)
            if own in rest:
                return (own,)
            return rest if len(rest) == 1 else None
        if self.referents and source.slice(span) in ("They", "they"):
            return self.referents  # the states the sentence before listed ("... align themselves with")
        organ = source.fullmatch(_ORGAN, span) if not self.transcript else None
        if organ is not None and not (self.joint and organ.group(1) == "Council"):
            orgs = [c for c in self.parties if _gazetteer.is_organisation(c)]
            if len(orgs) == 1:
                return (orgs[0],)  # "The Council decided ...": the organisation whose organ it is
        if not self.transcript and source.fullmatch(_collective(), span):
            if self.one_voice and len(self.parties) < 2 and source.slice(span) in ("They", "they"):
                return None  # one government's text: "they" are others it talks about
            return self.parties
        organ_of = source.match(_organ_of(), span)
        if organ_of is not None:  # "The Peace and Security Council of the African Union (AU)"
            owner = self.mentions.starting_at(organ_of.end(), span.end)
            whole = owner is not None and source.fullmatch(_ACRONYM_TAIL, Span(owner.span.end, span.end))
            if owner is not None and whole and owner.code in self.parties:
                return (owner.code,)
        bodies = source.match(_BODIES_OF, span)
        if bodies:
            named = _gazetteer.mentions(source, Span(bodies.end(), span.end))
            if named and all(m.code in self.parties for m in named):
                return tuple(sorted({m.code for m in named}))
        codes: list[str] = []
        cursor = span.start
        pieces = []
        for m in source.finditer(_PARTS, span):
            pieces.append(Span(cursor, m.start()))
            cursor = m.end()
        pieces.append(Span(cursor, span.end))
        for raw in pieces:
            piece = source.strip(raw.start, raw.end)
            if not piece:
                continue
            found = self._resolve_part(piece)
            if found is None:
                return None
            if not found:
                if strict:
                    return None
                continue
            codes.extend(found)
        if not codes:
            return None
        return tuple(sorted(set(codes)))

    def _resolve_part(self, piece: Span) -> list[str] | None:
        """Codes for one item of a subject; [] for an item that names nobody; None for a non-party."""
        source = self.source
        word = source.slice(piece)
        if self.in_quote and (word in ("I", "We", "we") or source.fullmatch(_collective(), piece)):
            return [self.quote_voice] if self.quote_voice in self.parties else None  # the quoted speaker's side
        if (word in _PRONOUNS or source.fullmatch(_HIS_GOVERNMENT, piece)) and not self.transcript:
            country = self._last_person(piece.start)  # "He", "his government": the person named last
            return [country] if country in self.parties else None
        if word == "I" or (not self.transcript and source.fullmatch(_OWN_GOVERNMENT, piece)):
            voice = self.speaker if self.transcript else self.voice
            return [voice] if voice in self.parties else None
        members = _member_collectives().get(" ".join(word.casefold().split()))
        if members is not None:
            return [members] if members in self.parties else None
        if source.fullmatch(_collective(), piece):
            if self.transcript and word.casefold() not in _TRANSCRIPT_COLLECTIVES:
                return None  # in speech, "they" or "the leaders" may be anyone
            return list(self.parties)
        words = source.tokens(_WORD, piece)
        start = piece.start
        head = words[:1]
        for n, (s, _, token) in enumerate(words):
            if token.casefold() in _DETERMINERS:
                continue
            start = s
            head = words[n : n + 1]
            break
        for at in (piece.start, start):
            person = self.people.get(at)
            if person is not None and person[0].end <= piece.end:
                return [person[1]] if person[1] else []
        named = next(iter(find_mentions(source, [piece])), None)
        if named is not None and named.span.start == start and named.name:
            country = person_country(named) or self.voice
            return [country] if country in self.parties else None
        mention = self.mentions.starting_at(start, piece.end)
        if mention is not None:
            return [mention.code] if mention.code in self.parties else None
        bare = self._bare(piece)
        office = office_country(bare)
        if office is not None:
            return [office] if office in self.parties else None
        held = self.offices.get(bare)
        if held is not None and len(held) == 1:
            return list(held)
        if held is not None and self.voice in held and word[:4].casefold() == "the ":
            return [self.voice]  # "The President" where both leaders are presidents: the publisher's own
        if held is None and self.voice in self.parties and word[:4].casefold() == "the " and title_info(word[4:]):
            return [self.voice]  # "the Prime Minister" of a text that names no other: its publisher's
        states = _gazetteer.mentions(source, piece)
        if any(m.code not in self.parties for m in states):
            return None
        if states and head and head[0][2] in _data.lineset("organ_words.txt"):
            return sorted({m.code for m in states})  # "the Ministry of Foreign Affairs of Japan"
        return []

    def _last_person(self, pos: int) -> str | None:
        """The country of the person named last before ``pos`` (within a paragraph's reach): whom
        "He" or "She" opening a sentence refers to."""
        i = bisect.bisect_left(self.person_starts, pos)
        if i == 0 or pos - self.person_starts[i - 1] > _PRONOUN_REACH:
            return None
        return self.people[self.person_starts[i - 1]][1]

    def _bare(self, piece: Span) -> str:
        text = self.source.collapsed(piece).casefold()
        return text[4:] if text.startswith("the ") else text

    # -- the pledge ---------------------------------------------------------

    def _build(self, sentence: Span, trigger: _Trigger, subject: Span, actors: tuple[str, ...]) -> Pledge:
        source = self.source
        trigger_text = source.slice(trigger.span)
        words = trigger_text.split()
        negated = "not" in words or "never" in words
        if negated and source.match_at(_DOUBLE_NEGATIVE, trigger.span.end, sentence.end):
            negated = False
        timeframe = _timeframes.find(
            source, sentence, self.date, lead=trigger.span.start, future=trigger.name in _FUTURE
        )
        return Pledge(
            text=source.slice(sentence),
            span=sentence,
            actors=actors,
            actor_text=source.slice(subject),
            trigger=trigger_text,
            trigger_span=trigger.span,
            kind=trigger.kind,
            negated=negated,
            timeframe=source.slice(timeframe.span) if timeframe else None,
            deadline=timeframe.deadline if timeframe else None,
            subject=subject,
        )


def find_pledges(
    source: Source,
    sections: tuple[Section, ...],
    parties: tuple[str, ...],
    participants: tuple[Participant, ...],
    date: dt.date | None,
    home: str | None = None,
    one_voice: bool = False,
    joint: bool = False,
) -> tuple[Pledge, ...]:
    """Every pledge, one per sentence, in document order; ``home`` (the caller's) is whom "I",
    "the Government" and a text's own officials stand for where the text names nobody else. In a
    text issued by ``one_voice`` (a press statement), "we" is that voice too, not every party; in one
    issued ``joint``ly, "the Council" may be the parties' joint council, not an organisation's."""
    people = {m.start: (m, p.country) for p in participants for m in p.mentions}
    mentions = _gazetteer.index(source)
    offices: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}  # "the President" of "European Council President": the office's last words
    for p in participants:
        if p.title and p.country:
            words = p.title.casefold().split()
            for n in range(1, len(words) + 1):
                offices.setdefault(" ".join(words[:n]), set()).add(p.country)
                heads.setdefault(" ".join(words[n - 1 :]), set()).add(p.country)
    for office, countries in heads.items():
        offices.setdefault(office, countries)  # an office read from its start wins
    voice = _voice(parties, participants) or (home if home in parties else None)
    reader = _Reader(source, parties, people, date, mentions, offices, voice=voice, one_voice=one_voice,
                     joint=joint)
    speakers = _speaker_countries(source, participants)
    out = []
    for section in sections:
        if section.kind not in _SECTIONS:
            continue
        transcript = section.kind is SectionKind.TRANSCRIPT
        voice = _speech_voice(section, participants) if transcript else None
        def voice_of(paragraph: Paragraph, voice: str | None = voice) -> str | None:
            return speakers.get(paragraph.speaker) if paragraph.speaker else voice

        # In a transcript, turns of speakers who cannot be placed ("Q") make no pledges: not even split.
        wanted = (lambda p: voice_of(p) is not None) if transcript else None
        previous: Span | None = None
        for paragraph, sentence in _sentences(source, section, wanted):
            referents = aligned_states(source, previous) if previous is not None else ()
            reader.referents = referents if all(c in parties for c in referents) else ()
            previous = sentence
            pledge = reader.pledge(sentence, voice_of(paragraph), transcript)
            if pledge is not None:
                out.append(pledge)
    return tuple(out)


def _sentences(
    source: Source, section: Section, wanted: Callable[[Paragraph], bool] | None = None
) -> Iterable[tuple[Paragraph, Span]]:
    """The sentences of a section's ``wanted`` paragraphs (all by default), with their paragraphs.
    A sentence that ends in a colon runs on through the list items it opens, up to the first that
    ends in a full stop (SPEC "Across publishers")."""
    paragraphs = section.paragraphs
    i = 0
    while i < len(paragraphs):
        paragraph = paragraphs[i]
        i += 1
        if wanted is not None and not wanted(paragraph):
            continue
        spans = source.sentences(paragraph.span)
        for n, sentence in enumerate(spans):
            end = sentence.end
            if n == len(spans) - 1 and source.between(end - 1, end) == ":":
                while i < len(paragraphs) and source.is_item(paragraphs[i].span):
                    end = paragraphs[i].span.end
                    i += 1
                    if source.between(end - 1, end) == ".":
                        break
            yield paragraph, sentence if end == sentence.end else Span(sentence.start, end)


_OPENING_ADVERBIAL = regex.compile(r"[^,.;:\n]{1,40}+,[ \u00a0]++")  # "Today, ", "On June 10, 2021, "
_SUBJECT_GLUE = frozenset({"the", "of", "and", "for", "de", "du", "al"})


def speaks_jointly(
    source: Source, title: Span | None, sections: tuple[Section, ...], participants: tuple[Participant, ...]
) -> bool:
    """A text of no kind that speaks for several parties together, whatever its title calls it:
    signed by people of two countries ("We, Prime Minister X, President Y ..."), titled by two
    parties ("US-UK Energy Security Partnership"), or opening with two as its subject ("Today, the
    President of the United States and Prime Minister of the United Kingdom reaffirm ...")."""
    if len({p.country for p in participants if p.role is Role.SIGNATORY and p.country}) >= 2:
        return True
    kinds = (_gazetteer.STATE, _gazetteer.ORG)
    if title is not None and len({m.code for m in _gazetteer.mentions(source, title) if m.kind in kinds}) >= 2:
        return True
    sentence = opening_sentence(source, sections)
    if sentence is None:
        return False
    start = sentence.start
    adverbial = source.match(_OPENING_ADVERBIAL, sentence)
    if adverbial is not None and source.between(start, start + 1).isupper():
        start = adverbial.end()
    end = start
    for m in source.finditer(_WORD, Span(start, sentence.end)):
        word = m.group()
        if word[0].islower() and word not in _SUBJECT_GLUE:
            break
        end = m.end()
    return len({m.code for m in _gazetteer.mentions(source, Span(start, end)) if m.kind in kinds}) >= 2


def _speech_voice(section: Section, participants: tuple[Participant, ...]) -> str | None:
    """Whose words a transcript without speaker labels holds: the one speaker's country."""
    if any(p.speaker for p in section.paragraphs):
        return None
    speakers = {p.country for p in participants if p.role is Role.SPEAKER and p.country}
    return next(iter(speakers)) if len(speakers) == 1 else None


def acting_states(
    source: Source, sections: tuple[Section, ...], joint: bool, *, alone: bool
) -> tuple[tuple[str, ...], ...]:
    """The states and organisations named right before commitment wording ("Canada and the EU
    will", "Thailand commits to"), one tuple a sentence. A lone state before a bare "will" counts
    only in a text issued by several parties (``joint``), where it speaks for itself; in one
    government's text it is talked about ("Russia will pay a price"). Which of them are parties is
    decided in ``_parties``; where a state acting ``alone`` would not count, only sentences naming
    two states or more are read."""
    mentions = _gazetteer.index(source)
    reader = _Reader(source, (), {}, None, mentions, {})
    found: list[tuple[str, ...]] = []
    for section in sections:
        if section.kind not in (SectionKind.BODY, SectionKind.READOUT, SectionKind.ANNEX):
            continue
        for paragraph in section.paragraphs:
            previous: Span | None = None
            for sentence in source.sentences(paragraph.span):
                needed = 1 if alone else 2
                named = _counted_referents(source, mentions, sentence, previous)
                previous = sentence
                if not named and mentions.count_within(sentence, (_gazetteer.STATE, _gazetteer.ORG), needed) < needed:
                    continue  # too few states named to find acting ones
                for trigger in reader._triggers(sentence):
                    if trigger.name == "would":
                        continue  # "stressed that Russia would pay a price": reported of others, not acting
                    words = source.slice(trigger.span).split()
                    if "not" in words or "never" in words or reader._quoted(sentence, trigger.span.start):
                        continue
                    codes = named or _named_before(source, mentions, sentence.start, trigger.span.start)
                    if not codes or (trigger.name in ("will", "shall") and not joint and len(codes) < 2):
                        continue
                    found.append(codes)
                    break
    return tuple(found)


_COUNTED = regex.compile(
    r"(?i)(?:the[ \u00a0]++)?(?:(?P<n>two|three|four)|both)[ \u00a0]++(?:countries|nations|states)\b"
)
_COUNTS = {"two": 2, "three": 3, "four": 4}


def _counted_referents(
    source: Source, mentions: _gazetteer.MentionIndex, sentence: Span, previous: Span | None
) -> tuple[str, ...]:
    """ "South Africa and Ghana enjoy warm relations. The two countries will sign ...": the states
    a sentence opening with "the two countries" counts, where the sentence before opens by listing
    exactly that many."""
    m = source.match(_COUNTED, sentence)
    if m is None or previous is None:
        return ()
    want = _COUNTS[m.group("n").casefold()] if m.group("n") else 2
    codes: list[str] = []
    pos = previous.start
    for _ in range(want + 1):
        mention = mentions.starting_at(pos, previous.end)
        if mention is None or mention.kind != _gazetteer.STATE:
            break
        codes.append(mention.code)
        joiner = source.match_at(_LIST_JOINER, mention.span.end, previous.end)
        if joiner is None:
            break
        pos = joiner.end()
    return tuple(sorted(set(codes))) if len(set(codes)) == want else ()


_LIST_JOINER = regex.compile(r"(?:,[ \u00a0]++(?:and[ \u00a0]++)?|[ \u00a0]++and[ \u00a0]++)(?:the[ \u00a0]++)?")
_JOINER = regex.compile(r"(?:,[ \u00a0\n]*+(?:and[ \u00a0\n]++)?|[ \u00a0\n]++and[ \u00a0\n]++)(?:the[ \u00a0\n]++)?\Z")
_GAP_WORD = regex.compile(r"[ \u00a0\n]*+(\p{L}++)?[ \u00a0\n]*+\Z")


def _named_before(source: Source, mentions: _gazetteer.MentionIndex, floor: int, pos: int) -> tuple[str, ...]:
    """The states and organisations listed right before ``pos`` ("Canada and the EU [will]"),
    across adverbs ("also", "jointly"); empty when anything else stands there."""
    adverbs = _data.wordset("adverbs.txt")
    for _ in range(3):  # step back over adverbs
        gap = source.search(_GAP_WORD, Span(max(floor, pos - 30), pos))
        if gap is None or gap.group(1) is None or gap.group(1).casefold() not in adverbs:
            break
        pos = gap.start(1)
    while pos > floor and source.between(pos - 1, pos).isspace():
        pos -= 1
    codes: list[str] = []
    for _ in range(12):
        mention = mentions.ending_at(pos, floor)
        if mention is None or mention.kind not in (_gazetteer.STATE, _gazetteer.ORG):
            break
        codes.append(mention.code)
        pos = mention.span.start
        joiner = source.search(_JOINER, Span(max(floor, pos - 12), pos))
        if joiner is None:
            break
        pos = joiner.start()
        if len(codes) == 1 and "and" not in joiner.group():
            break  # a list ends in "and": "against Russia, the G7 will" lists neither
    if not codes:
        return ()
    opening = source.between(max(floor, pos - 4), pos).casefold()
    if pos > floor and not opening.endswith(("the ", " ", ", ")):
        return ()
    if _reported_clause(source, floor, pos):
        return ()
    return tuple(sorted(set(codes)))


def _reporting(word: str) -> bool:
    """A verb of saying or agreeing in any common form ("noted", "notes", "noting", "agree")."""
    verbs = _data.wordset("reporting_verbs.txt")
    stems = (word, word[:-1] if word.endswith("s") else word, word[:-3] if word.endswith("ing") else word)
    return word in verbs or any(stem + "d" in verbs or stem + "ed" in verbs for stem in stems)


def _reported_clause(source: Source, floor: int, pos: int) -> bool:
    """The states before ``pos`` are no subject of their own: they open a clause others' words
    frame ("we welcome that Italy will host", "a deal that Israel is ready to", "when Russia will"),
    or a verb or preposition governs them ("chair the G7 and the United States will host"), unless
    it is what is said or agreed ("agreed that Japan and Korea will", "announced that the EU plans to")."""
    words = source.tokens_at(_WORD, max(floor, pos - 40), pos)
    if words and words[-1][2].casefold() == "the" and source.between(words[-1][1], pos).isspace():
        pos = words[-1][0]
        words = words[:-1]
    if not words or not source.between(words[-1][1], pos).isspace():
        return False  # the sentence's start, or a fronted phrase's comma: "To that end, Japan will"
    last = words[-1][2]
    folded = last.casefold()
    if folded in _SUBORDINATE or folded in _RELATIVE:
        return folded != "that" or len(words) < 2 or not _reporting(words[-2][2].casefold())
    if folded == "of" or _reporting(folded):
        return False  # "the leaders of Australia and Japan will", "noted the United States and EU will"
    return last[:1].islower() and folded not in _CONJUNCTIONS and folded not in _data.wordset("adverbs.txt")


def _voice(parties: tuple[str, ...], participants: tuple[Participant, ...]) -> str | None:
    """Whose "I" a text issued by one person speaks with: the spokesperson's country, or the sole party."""
    for p in participants:
        if p.role is Role.SPOKESPERSON and p.country:
            return p.country
    return parties[0] if len(parties) == 1 else None


def _speaker_countries(source: Source, participants: tuple[Participant, ...]) -> dict[str, str]:
    """Transcript labels ("PRESIDENT YOON", "President of Russia Vladimir Putin") -> the speaker's
    country: the words of any mention of a participant, unless two countries' people share them."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for p in participants:
        if p.country:
            for m in p.mentions:
                text = source.slice(m)
                if out.setdefault(text, p.country) != p.country:
                    shared.add(text)
    return {text: code for text, code in out.items() if text not in shared}
