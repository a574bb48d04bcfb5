"""Country, organisation and place names from ``data/``, and finding them in text.

Names are matched case-sensitively as whole runs of words, longest first, by
walking word tokens (linear in the text): at each word the longest name of up
to eight words that starts there wins. Apostrophes are compared straight, so
"People’s Republic of China" and "People's Republic of China" are one name.

Ambiguous words are resolved by rule, documented in ``docs/data-model.md``:
"Korea" alone is the Republic of Korea; "Congo" alone is the Republic of the
Congo; "Georgia" right after a comma ("Atlanta, Georgia") is the US state, not
the country; places such as "Korean Peninsula" or "New Jersey" name no state.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator
from functools import lru_cache

import attrs
import regex

from dipstate import _data
from dipstate._source import Source
from dipstate.model import Span

STATE = "state"
ORG = "org"
DEMONYM = "demonym"
PLACE = "place"

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019.&]*+")
# A word that starts with a capital (names open with one); not the middle of a word.
_CAPITAL = regex.compile(r"(?<![\p{L}\p{N}'\u2019.&])\p{Lu}[\p{L}\p{N}'\u2019.&]*+")
_TAILS = (".", "..", "'s", "'")  # what may follow a name inside its last token
_CAPITAL_TAILS = (".", "..", "'S", "'")
# A footnote mark glued to a name's last word, as pages copied from superscripts keep it ("Albania2").
_FOOTNOTE = regex.compile(r"(?<=\p{Ll}{3})\d{1,2}+\Z")
_WINDOW = 120  # characters read for a name of up to eight words
_MAX_WORDS = 8
_INVERTED = regex.compile(r"(?P<head>[^,]{1,80}+), (?P<tail>[^,]{1,80}+)")


@attrs.frozen
class Entry:
    """What a name stands for: a state, an organisation, a demonym, or a non-party place."""

    code: str
    kind: str


@attrs.frozen
class Mention:
    """A name found in the text."""

    span: Span
    code: str
    kind: str


def _key(text: str) -> str:
    return text.replace("\u2019", "'")


def _uninvert(name: str) -> str:
    """"Korea, Republic of" -> "Republic of Korea"."""
    m = _INVERTED.fullmatch(name)
    if not m:
        return name
    tail = m.group("tail")
    if tail.endswith((" of", " of the")) or tail.startswith(("The ", "the ")):
        return f"{tail} {m.group('head')}".replace("The ", "the ", 1).strip()
    return name


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Entry], dict[str, str]]:
    names: dict[str, Entry] = {}
    display: dict[str, str] = {}
    for row in _data.table("countries.tsv"):
        code, name = row[0], row[1]
        variants = [_uninvert(n) for n in row[1:] if n]
        for v in variants:
            names.setdefault(_key(v), Entry(code, STATE))
            if v.startswith("the "):
                names.setdefault(_key(v[4:]), Entry(code, STATE))
        common = row[3] if len(row) > 3 and row[3] else ""
        display[code] = _uninvert(name) if "," in name else (common or name)
        if common and "," in name:
            display[code] = _uninvert(name)
    for alias, code in _data.table("aliases.tsv"):
        names[_key(alias)] = Entry(code, STATE)
    for word, code in _data.table("demonyms.tsv"):
        names.setdefault(_key(word), Entry(code, DEMONYM))
    for word, code in _data.table("demonym_aliases.tsv"):  # editorial choices win over generated words
        if _key(word) not in names or names[_key(word)].kind == DEMONYM:
            names[_key(word)] = Entry(code, DEMONYM)
    for row in _data.table("organisations.tsv"):
        code, full = row[0], row[1]
        display[code] = full
        for alias in row[1:]:
            names[_key(alias)] = Entry(code, ORG)
    for place in _data.lines("places.txt"):
        names[_key(place)] = Entry("", PLACE)
    display["USA"] = "United States"
    return names, display


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    return {name.casefold(): code for name, code in _data.table("cities.tsv")}


_SAINT = regex.compile(r"\ASt\.?+[ \u00a0]++")


def city_country(name: str) -> str | None:
    """The state of the city ``name`` names ("Moscow" -> "RUS", "St Petersburg", "Kyiv Oblast"),
    by data/cities.tsv (GeoNames); None for anything else."""
    words = name.split()
    if len(words) > 1 and words[-1] in _data.lineset("region_words.txt"):
        words = words[:-1]
    key = _SAINT.sub("Saint ", " ".join(words)).casefold()
    return _cities().get(key)


def lookup(text: str) -> Entry | None:
    """The entry for a name written exactly as ``text`` (whitespace folded), if any."""
    return _tables()[0].get(_key(" ".join(text.split())))


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(name for name, entry in _tables()[0].items() if entry.kind in (STATE, DEMONYM))


def is_state_word(word: str) -> bool:
    """True when ``word`` (one word, no spaces) is by itself the name of a state or its demonym."""
    return _key(word) in _state_names()


def display_name(code: str) -> str:
    """A readable name for a party code ("KOR" -> "Republic of Korea")."""
    return _tables()[1].get(code, code)


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    return frozenset(row[0] for row in _data.table("organisations.tsv"))


def is_organisation(code: str) -> bool:
    """True for the code of an organisation or group ("EU", "G7"), not of a state."""
    return code in _organisations()


def is_known(code: str) -> bool:
    """True for a code the gazetteer can produce."""
    return code in _tables()[1]


class MentionIndex:
    """All name mentions of one text, kept compact (offsets in arrays) and looked up by offset."""

    __slots__ = ("codes", "ends", "kinds", "starts")

    def __init__(self, found: Iterator[tuple[int, int, str, str]]) -> None:
        self.starts = array("q")
        self.ends = array("q")
        self.codes: list[str] = []
        self.kinds: list[str] = []
        for start, end, code, kind in found:
            self.starts.append(start)
            self.ends.append(end)
            self.codes.append(code)
            self.kinds.append(kind)

    def _at(self, i: int) -> Mention:
        return Mention(Span(self.starts[i], self.ends[i]), self.codes[i], self.kinds[i])

    def within(self, span: Span | None = None) -> list[Mention]:
        if span is None:
            return [self._at(i) for i in range(len(self.starts))]
        lo = bisect.bisect_left(self.starts, span.start)
        hi = bisect.bisect_left(self.starts, span.end)
        return [self._at(i) for i in range(lo, hi) if self.ends[i] <= span.end]

    def count_within(self, span: Span, kinds: tuple[str, ...], enough: int) -> int:
        """How many mentions of ``kinds`` lie inside ``span``, counting no further than ``enough``
        (and building no objects: a sentence may hold a great many)."""
        lo = bisect.bisect_left(self.starts, span.start)
        hi = bisect.bisect_left(self.starts, span.end)
        found = 0
        for i in range(lo, hi):
            if self.ends[i] <= span.end and self.kinds[i] in kinds:
                found += 1
                if found >= enough:
                    break
        return found

    def starting_at(self, pos: int, limit: int | None = None) -> Mention | None:
        """The mention that starts at ``pos`` and ends by ``limit`` (a window's end), if any."""
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.starts) and self.starts[i] == pos and (limit is None or self.ends[i] <= limit):
            return self._at(i)
        return None

    def ending_at(self, pos: int, floor: int = 0) -> Mention | None:
        """The mention that ends at ``pos`` and starts at or after ``floor``, if any."""
        i = bisect.bisect_left(self.ends, pos)
        if i < len(self.ends) and self.ends[i] == pos and self.starts[i] >= floor:
            return self._at(i)
        return None

    def spans_by_code(self) -> dict[str, list[Span]]:
        """Every mention's span, by code, in text order."""
        out: dict[str, list[Span]] = {}
        for i, code in enumerate(self.codes):
            out.setdefault(code, []).append(Span(self.starts[i], self.ends[i]))
        return out

    def first_spans(self) -> dict[str, Span]:
        """The first mention of each code."""
        out: dict[str, Span] = {}
        for i, code in enumerate(self.codes):
            if code not in out:
                out[code] = Span(self.starts[i], self.ends[i])
        return out


def index(source: Source) -> MentionIndex:
    """The mention index of ``source``, built once."""
    return source.memo("gazetteer.index", lambda: MentionIndex(_scan(source)))


def mentions(source: Source, span: Span | None = None) -> list[Mention]:
    """Every state, organisation and demonym name inside ``span`` (default: all), in order."""
    return index(source).within(span)


def _scan(source: Source) -> Iterator[tuple[int, int, str, str]]:
    """Mentions, left to right: at each capitalised word that can open a name, the longest name."""
    names, firsts = _tables()[0], _first_words()
    after = 0
    last_end = -1  # where the last mention yielded ends
    for cap in source.finditer(_CAPITAL):
        start = cap.start()
        if start < after:
            continue
        word = _key(cap.group())
        capitals = False
        if word not in firsts and _bare(word) not in firsts:
            # "THE HASHEMITE KINGDOM OF JORDAN": a heading set in capitals (an acronym as written wins)
            capitals = word.upper() in _capital_firsts() or _bare(word).upper() in _capital_firsts()
            if not (capitals and _in_capitals(word) and _among_capitals(source, start, cap.end())):
                continue
        found = _longest(source, start, _capital_names() if capitals else names, capitals)
        if found is None:
            continue
        end, entry = found
        after = end
        if entry.code == "GEO" and source.between(max(0, start - 2), start) == ", " and last_end != start - 2:
            continue  # "Atlanta, Georgia": the US state; not in a list of states ("Canada, Georgia, ...")
        if entry.kind != PLACE:
            last_end = end
            yield start, end, entry.code, entry.kind


def _in_capitals(word: str) -> bool:
    """A word of two letters or more written all in capitals ("JORDAN", "EU")."""
    return word.isupper() and sum(c.isalpha() for c in word) > 1


_WORD_BEFORE = regex.compile(r"([\p{L}'\u2019.&-]++)[ \u00a0\n]++\Z")
_WORD_AFTER = regex.compile(r"[ \u00a0\n]++([\p{L}'\u2019.&-]++)")


def _among_capitals(source: Source, start: int, end: int) -> bool:
    """The word stands in a run of capitals (a heading set so), not alone as an acronym would
    ("the Secretary General of GUAM")."""
    before = source.search(_WORD_BEFORE, Span(max(0, start - 40), start))
    after = source.match_at(_WORD_AFTER, end, min(len(source), end + 40))
    return any(m is not None and _in_capitals(m.group(1)) for m in (before, after))


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, Entry]:
    """Every name keyed in capitals, for names in a run of capitals; the name as written wins."""
    out: dict[str, Entry] = {}
    for name, entry in _tables()[0].items():
        if name.upper() not in out or name.isupper():
            out[name.upper()] = entry
    return out


@lru_cache(maxsize=1)
def _capital_firsts() -> frozenset[str]:
    return frozenset(w.upper() for w in _first_words())


@lru_cache(maxsize=1)
def _capital_prefixes() -> frozenset[str]:
    return frozenset(p.upper() for p in _prefixes())


def _bare(word: str) -> str:
    """A word without a possessive or closing stops: "Japan's" -> "Japan", "U.S." -> "U.S"."""
    if word.endswith(("'s", "'S")):
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    elif word[-1:].isdigit():
        mark = _FOOTNOTE.search(word)
        return word[: mark.start()] if mark else word
    return word.rstrip(".")


def _longest(
    source: Source, start: int, names: dict[str, Entry], capitals: bool = False
) -> tuple[int, Entry] | None:
    """The end and entry of the longest name of up to eight words starting at ``start``; with
    ``capitals``, ``names`` is keyed in capitals and the words are read so ("UN Security Council")."""
    prefixes = _capital_prefixes() if capitals else _prefixes()
    tails = _CAPITAL_TAILS if capitals else _TAILS
    found: tuple[int, Entry] | None = None
    key = ""
    previous = start
    matches = source.finditer_at(_TOKEN, start, min(len(source), start + _WINDOW))
    for j, m in enumerate(matches):
        if j == _MAX_WORDS:
            break
        s, e, word = m.start(), m.end(), m.group()
        if j:
            gap = source.between(previous, s)
            if gap == "-":
                key += "-"
            elif len(gap) <= 3 and gap.isspace():
                key += " "
            else:
                break
        key += _key(word).upper() if capitals else _key(word)
        entry = names.get(key)
        if entry is not None:
            found = (e, entry)
        elif key[-1] in ".'sS":
            for tail in tails:  # "Japan." ending a sentence, "the United States' commitment"
                if key.endswith(tail) and key[: len(key) - len(tail)] in names:
                    found = (e - len(tail), names[key[: len(key) - len(tail)]])
                    break
        elif key[-1].isdigit() and (mark := _FOOTNOTE.search(key)) and key[: mark.start()] in names:
            found = (e - (mark.end() - mark.start()), names[key[: mark.start()]])
        if key not in prefixes:
            break  # no longer name starts this way
        previous = e
    return found


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """Every run of whole words that opens a name ("United", "United States"), as the walk keys it."""
    out = set()
    for name in _tables()[0]:
        for m in regex.finditer(r"[ -]", name):
            out.add(name[: m.start()])
    return frozenset(out)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every name, as the token walk keys it."""
    out = set()
    for name in _tables()[0]:
        first = regex.split(r"[ -]", name, maxsplit=1)[0]
        out.add(first)
        out.add(first.rstrip("."))
    return frozenset(out)


_DEMONYM_ENDINGS = ("ian", "an", "ese", "i", "ish", "ic", "ean", "er")
# Words of state names that name no state by themselves: their stems say nothing.
_GENERIC = frozenset({
    "Republic", "Democratic", "People's", "Kingdom", "United", "State", "States", "Federal", "Federated",
    "Islamic", "Islands", "Island", "Saint", "South", "North", "East", "West", "Central", "New", "Great",
    "Arab", "Socialist", "Plurinational", "Bolivarian", "Union", "Commonwealth", "Principality", "Grand",
    "Sultanate", "Province", "Territory", "Territories", "Outlying", "Minor", "Sint", "Holy", "Equatorial",
    "Republica", "Republika", "République", "República", "Africa", "America", "Americas", "Asia", "Europe",
})


@lru_cache(maxsize=1)
def _stems() -> tuple[tuple[str, str], ...]:
    """(stem, code) of every distinctive word of a state's names: "Kosovo" -> "Kosov", "Ivoire" -> "Ivoir";
    a whole word is kept as its own stem too, so a word that is itself a name ("Dominican") is known."""
    out: set[tuple[str, str]] = set()
    for name, entry in _tables()[0].items():
        if entry.kind != STATE:
            continue
        for piece in regex.split(r"[ -]", name):
            word = piece.split("'")[-1] if "'" in piece[1:-1] else piece  # "d'Ivoire" -> "Ivoire"
            if len(word) >= 4 and word[0].isupper() and word not in _GENERIC and not word.isupper():
                out.add((word[:-1] if word[-1] in "aeiouy" else word, entry.code))
                out.add((word, entry.code))
    return tuple(sorted(out))


@lru_cache(maxsize=4096)
def demonym_guess(word: str) -> str | None:
    """The state an unknown adjective comes from, by its stem: "Kosovan" -> XKX, "Ivoirian" -> CIV.
    Only a word with a demonym's ending whose stem opens exactly one state's distinctive name word
    (at least four letters) counts; anything else names nobody. Callers use it only right before an
    office ("Ivoirian Prime Minister"), where an adjective of a state is what a reader expects."""
    if not word[:1].isupper() or not word.isalpha() or not word.endswith(_DEMONYM_ENDINGS):
        return None
    codes = set()
    for stem, code in _stems():
        if word == stem:
            return None  # a word of a state's name ("Dominican Republic"): not an adjective to guess from
        if len(stem) >= 4 and word.startswith(stem):
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


_FOR = regex.compile(r"\bfor[ \u00a0\n]++(?:the[ \u00a0\n]++)?\Z")


def portfolio_at(source: Source, start: int) -> bool:
    """True when a name starting at ``start`` is an office's portfolio ("Special Representative for
    the DPRK", "Special Envoy for Syria"): the subject of the office, not its owner or a party."""
    return _FOR.search(source.between(max(0, start - 10), start)) is not None

