"""Finding people in text: an office and a name ("Secretary of State Antony J. Blinken"),
a name and an office ("Micheál Martin, Prime Minister of Ireland"), transcript labels
("PRESIDENT YOON"), with the country word that qualifies them.

This module only finds mentions; which people are participants, and how the
mentions group into one person, is decided in ``_participants``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

import attrs
import regex

from dipstate import _data, _gazetteer
from dipstate._source import Source
from dipstate._trie import trie
from dipstate.model import Span

_TOKEN = regex.compile(r"[\p{L}][\p{L}'\u2019-]*+\.?|[\p{Lu}]\.")
_SPACE = regex.compile(r"[ \u00a0\t]*+(?:\r?\n)?[ \u00a0\t]*+")
_OF_COUNTRY = regex.compile(r"[ \u00a0\n]++of[ \u00a0\n]++(?:the[ \u00a0\n]++)?")
_MAX_NAME = 6
_LETTERS = regex.compile(r"\p{L}++")
_GIVEN_AFTER_COMMA = regex.compile(r"\p{Lu}\p{Ll}++-\p{Ll}++")


@attrs.frozen
class Title:
    text: str
    leader: bool


class PersonMention(NamedTuple):
    """One place the text names a person (a named tuple: a text may name thousands)."""

    span: Span
    name: str | None
    title: str | None
    country: str | None
    leader: bool


@lru_cache(maxsize=1)
def _titles() -> dict[str, Title]:
    """The offices of ``data/titles.txt``, and each field of ``data/field_words.txt`` before
    "Minister" or "Secretary" ("Agriculture Secretary", "Fisheries Minister")."""
    out = {}
    for field in _data.lines("field_words.txt"):
        for head in ("Minister", "Secretary"):
            out[f"{field} {head}"] = Title(f"{field} {head}", False)
    for line in _data.lines("titles.txt"):
        leader = line.endswith("*")
        text = line.rstrip("*")
        out[text] = Title(text, leader)
    return out


@lru_cache(maxsize=1)
def title_regex() -> regex.Pattern[str]:
    # A trie: at a position the longest office wins, as in a list sorted longest first.
    return regex.compile(r"(?<![\p{L}])" + trie(_titles()) + r"(?![\p{L}])")


@lru_cache(maxsize=1)
def _title_upper() -> dict[str, Title]:
    return {k.upper(): v for k, v in _titles().items()}


@lru_cache(maxsize=1)
def _office_countries() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in _data.table("offices.tsv")}


@lru_cache(maxsize=4096)
def office_country(office: str) -> str | None:
    """The country an office names by itself ("Taoiseach" -> "IRL"), in any letter case; an office
    built on such an office names it too ("Deputy Secretary of Defense", "Acting Secretary of State",
    "Chief of Staff for the President of the European Commission")."""
    words = office.casefold().split()
    table = _office_countries()
    for n in range(len(words)):  # "Head of Cabinet of the President of the European Council"
        found = table.get(" ".join(words[n:]))
        if found is not None:
            return found
    return None


def core_name(name: str) -> list[str]:
    """The words of a name without suffixes ("Joseph R. Biden, Jr." -> [Joseph, R., Biden])."""
    return list(core_words(name))


@lru_cache(maxsize=4096)
def core_words(name: str) -> tuple[str, ...]:
    """`core_name` as a tuple, kept for names asked about again."""
    suffixes = _data.wordset("name_suffixes.txt")
    return tuple(w.rstrip(",") for w in name.split() if w.rstrip(",").casefold() not in suffixes)


@lru_cache(maxsize=1)
def _holders() -> dict[str, tuple[str, frozenset[str], tuple[str, ...]]]:
    """Known office holders: name -> (code, given names, offices); empty where the data lists none."""
    return {row[0]: (row[1], frozenset(g.rstrip(".") for g in row[2].split()) if len(row) > 2 else frozenset(),
                     tuple(o.strip().casefold() for o in row[3].split(";")) if len(row) > 3 else ())
            for row in _data.table("people.tsv")}


def holder_country(name: str, titles: Iterable[str] = ()) -> str | None:
    """The country of a known office holder (``data/people.tsv``): full name, surname or first
    word; a surname with given names the holder does not have, or under offices the holder never
    held ("Speaker Johnson"), is someone else."""
    core = core_name(name)
    if not core:
        return None
    full = " ".join(core)
    for key in (full, core[-1], core[0]):
        if key not in _holders():
            continue
        code, given, offices = _holders()[key]
        others = {w.rstrip(".") for w in core if w != key}
        if key != full and given and others and not others & given:
            return None
        held = [t.casefold() for t in titles]
        if offices and held and not any(o in t for o in offices for t in held):
            return None
        return code
    return None


def person_country(mention: PersonMention) -> str | None:
    """The country a single mention gives: its state word, its office, or a known holder's name."""
    if mention.country:
        return mention.country
    if mention.title and office_country(mention.title):
        return office_country(mention.title)
    return holder_country(mention.name, [mention.title] if mention.title else []) if mention.name else None


def title_info(text: str) -> Title | None:
    """The lexicon entry of an office, in any letter case."""
    return _titles().get(text) or _title_upper().get(text.upper())


@lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    return tuple(sorted(_data.lines("honorifics.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    words = set(_data.wordset("small_words.txt")) | {"their", "his", "her"}
    words |= {w.casefold() for w in _data.lines("weekdays.txt")}
    words |= {row[0].casefold().rstrip(".") for row in _data.table("months.tsv")}
    return frozenset(words)


@lru_cache(maxsize=1)
def _honorific_run() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in _honorifics())
    return regex.compile(r"(?:(?:" + words + r")(?:[ \u00a0]++|$)){1,2}+")


def skip_honorifics(source: Source, pos: int, end: int) -> int:
    """Past "His Excellency", "Sheikh", "Mr." before a name (at most two)."""
    m = source.match_at(_honorific_run(), pos, end)
    return m.end() if m else pos


def name_at(source: Source, pos: int, end: int) -> Span | None:
    """The person's name starting at ``pos``: capitalised words, initials, particles, a suffix.
    A word of an office ("Minister") or of a headline ("Announces") ends it."""
    suffixes = _data.lineset("name_suffixes.txt")
    particles = _data.lineset("name_particles.txt")
    enders = _name_enders()
    stops = _stop_words()
    out_end = None
    expect = pos
    count = 0
    caps_run = False
    for token in source.finditer_at(_TOKEN, pos, min(end, pos + 120)):
        (start, stop), word = token.span(), token.group()
        gap = source.between(expect, start)
        if gap in (" ", ""):
            folded = ""
        else:
            folded = "" if gap.isspace() and len(gap) <= 4 and gap.count("\n") <= 1 else gap.strip(" \n")
        if count and folded not in ("", ","):
            break
        if folded == "," and word not in suffixes:
            if count == 1 and _GIVEN_AFTER_COMMA.fullmatch(word):
                out_end = stop  # "Kang, Kyung-wha": surname, comma, hyphenated given name
            break
        if count == 0 and start != pos and expect == pos:
            return None
        bare = word.rstrip(".")
        if word in suffixes and count:
            out_end = stop
            break
        if word in particles and (count or word[0].islower()):
            expect = stop  # "bin Zayed", and "von der Leyen" opening a name
            continue
        prefixed = word[0].islower() and "-" in word and word.split("-", 1)[0] in particles and count > 0
        if prefixed and word.split("-", 1)[1][:1].isupper():
            if word.endswith(("’s", "'s", ".")):  # "al-Swaha." closes a sentence, "al-Sisi's" a name
                out_end = stop - (1 if word.endswith(".") else 2)
                break
            out_end = expect = stop  # "Mohammed Shia' al-Sudani", "Abdel Fattah el-Sisi"
            count += 1
            continue
        if not word[0].isupper() or bare in enders or _gazetteer.is_state_word(bare):
            break
        if bare.casefold() in stops and (count < 2 or "\n" in gap):
            break  # "Tran Van An": a capitalised small word deep in a name is part of it, not on the next line
        if len(bare) > 1 and bare.isupper() and not word.endswith("."):
            numeral = not bare.strip("IVXLC")  # "Minister of Foreign Affairs II Dato Erywan"
            if numeral or (not (count == 0 and _capitals_name(source, token.end(), end)) and not caps_run):
                break  # an acronym ("ROK"), not a name
            caps_run = True  # "KISHIDA Fumio", "UHURU KENYATTA": a surname or a name in capitals
        if word.endswith(("’s", "'s")):
            out_end = stop - 2
            break
        if word.endswith(".") and len(bare) > 1:
            out_end = stop - 1
            break  # the end of a sentence
        out_end = stop
        expect = stop
        count += 1
        if count >= _MAX_NAME:
            break
    if out_end is None or out_end <= pos:
        return None
    return Span(pos, out_end)


@lru_cache(maxsize=1)
def _office_heads() -> frozenset[str]:
    """The head nouns of offices ("Minister", "Secretary", "Ambassador"): the last word of a title
    with no portfolio in it."""
    return frozenset(t.split()[-1] for t in _titles() if " of " not in t and " for " not in t)


# After a first word in capitals: a given name ("KONO Taro"), or more capitals to a comma ("UHURU
# KENYATTA, President").
_CAPITALS_TAIL = regex.compile(
    r"[ \u00a0]\p{Lu}\p{Ll}{1,20}+(?![\p{L}'\u2019])|(?:[ \u00a0]\p{Lu}{3,20}+){1,2}+(?=,|[ \u00a0]*+\Z)"
)


def _capitals_name(source: Source, pos: int, end: int) -> bool:
    """A name that opens with a word in capitals: the Japanese and Korean styles "KISHIDA Fumio",
    "KONO Taro", and a name set in capitals "UHURU KENYATTA," (not an acronym: "ROK Minister")."""
    m = source.match_at(_CAPITALS_TAIL, pos, min(end, pos + 60))
    if m is None:
        return False
    nxt = source.between(m.start() + 1, m.end()).split()[0]
    return nxt.capitalize() not in _name_enders() and not _gazetteer.is_state_word(nxt.capitalize())


@lru_cache(maxsize=1)
def _name_enders() -> frozenset[str]:
    """Words no name holds: headline words (``data/not_name_words.txt``) and the capitalised words
    of offices ("Minister", "Secretary"), so "Foreign Minister Foreign Minister" names nobody."""
    office_words = {w for title in _titles() for w in title.split() if w[:1].isupper()}
    return frozenset(_data.lines("not_name_words.txt")) | (office_words - _data.lineset("name_words_in_offices.txt"))


_POSSESSIVE = ("'s", "\u2019s")


def _country_before(source: Source, start: int, places: _gazetteer.MentionIndex) -> str | None:
    """A state word right before an office: "Japanese Foreign Minister", "Republic of Korea (ROK) Minister"."""
    window = source.between(max(0, start - 12), start)  # the characters the loop may step back over
    base = start - len(window)
    pos = start
    newlines = 0
    for _ in range(12):
        if pos <= 0:
            return None
        ch = window[pos - 1 - base]
        if ch == "\n":
            newlines += 1
        if ch in " \u00a0\n\r)" and newlines < 2:
            pos -= 1
            continue
        break
    if newlines and source.between(pos, start).strip() == "":
        # across a line break only inside a wrapped paragraph, not after a heading
        line_end = source.between(max(0, pos - 1), pos)
        if line_end in ".:":
            return None
    mention = places.ending_at(pos)
    if mention is None and source.between(max(0, pos - 2), pos) in _POSSESSIVE:
        mention = places.ending_at(pos - 2)  # "Uganda's Minister of Foreign Affairs"
        if mention is not None and mention.kind != _gazetteer.STATE:
            return None
    if mention is not None and _gazetteer.portfolio_at(source, mention.span.start):
        return None  # "Special Representative for the DPRK Ambassador Sung Kim": the portfolio, not the owner
    if mention is None:
        if source.between(pos, start).strip() == "":
            return _gazetteer.demonym_guess(_word_ending(source.between(max(0, pos - 30), pos)))
        return None
    if source.between(pos, start).strip() == ")":
        opening = source.between(max(0, mention.span.start - 1), mention.span.start)
        if opening == "(":
            inner = _country_before(source, mention.span.start - 1, places)
            return inner or mention.code
    return mention.code if mention.kind in (_gazetteer.STATE, _gazetteer.DEMONYM) else None


def _portfolio_end(
    source: Source, pos: int, end: int, places: _gazetteer.MentionIndex, openers: tuple[str, ...] = ("for", "of")
) -> int | None:
    """Where "for East Asian and Pacific Affairs" after an office ends, if it is a portfolio. It
    ends before "of <state>": "Minister of Infrastructure of Ukraine Oleksandr Kubrakov and ...".
    With ``openers=("and",)``, a second portfolio: "Secretary of Foreign Affairs and Trade"; it
    ends before another office ("Foreign Minister and Defence Minister Ali")."""
    if not any(source.between(pos, pos + len(w) + 2) == f" {w} " for w in openers):
        return None  # only "for ..." or "of ..." right after the office opens a portfolio
    tokens = source.tokens_at(_TOKEN, pos, min(end, pos + 120))[:10]
    if not tokens or tokens[0][2] not in openers or source.between(pos, tokens[0][0]) != " ":
        return None
    last = None
    last_at = 0  # the token closing the portfolio so far
    for i, (start, stop, word) in enumerate(tokens[1:], 1):
        if openers == ("and",) and word in _office_heads():
            break
        gap = source.between(tokens[i - 1][1], start)
        if gap != " " and (last is not None and i - 1 - last_at >= 2):
            break  # "for Global Criminal Justice Beth Van Schaack, and ...": a name closed the portfolio
        if gap != " " and not (gap == ", " and (word == "and" or word in _data.lineset("portfolio_words.txt")
                                                 or _closing_and(tokens[i:]))):
            break  # "of Economy, Trade, and Industry" goes on; "of Strategic Affairs Ron Dermer, National" not
        if i > 1 and tokens[i - 1][2] == "of" and _state_at(places, tokens[i], tokens[i + 1 :]):
            break
        bare = word.rstrip(".")
        if bare in _data.lineset("portfolio_words.txt"):
            last = stop - (len(word) - len(bare))
            last_at = i
        elif not (word[0].isupper() or word in ("and", "the", "of", "for")):
            break  # "... for Foreign Affairs and for Defence" goes on
    return last


def _closing_and(tokens: list[tuple[int, int, str]]) -> bool:
    """A list of capitalised portfolio words goes on to its ", and" ("for Democracy, Human Rights,
    and Labor"): "and" comes before any word in lower case."""
    for _, _, word in tokens:
        if word == "and":
            return True
        if not word[0].isupper():
            return False
    return False


_PENDING = regex.compile(r"-(?i:elect|designate)\b")
_OFFICE_OF_OFFICE = regex.compile(
    r"[ \u00a0]of[ \u00a0]the[ \u00a0](?:Executive[ \u00a0])?Office[ \u00a0]of[ \u00a0]the[ \u00a0]"
)


def _institution_end(source: Source, pos: int, end: int, places: _gazetteer.MentionIndex) -> int | None:
    """Where "of the Saeima" after an office ends when a state owns it ("Speaker of the Saeima of
    the Republic of Latvia", "Head of the Office of the President of Ukraine"); the state's words
    are left to be read as the owner."""
    if source.between(pos, pos + 8) != " of the ":
        return None
    office_of = source.match_at(_OFFICE_OF_OFFICE, pos, end)
    if office_of is not None:  # "Head of the Office of the President Andriy Yermak": an office named by an office
        held = source.match_at(title_regex(), office_of.end(), end)
        if held is not None:
            return held.end()
    tokens = source.tokens_at(_TOKEN, pos, min(end, pos + 120))[:12]
    for i in range(2, len(tokens) - 1):
        word = tokens[i][2]
        if word == "of" and i > 2 and _state_at(places, tokens[i + 1], tokens[i + 2 :]):
            return tokens[i - 1][1]
        if not (word[0].isupper() or word in ("and", "the", "of")):
            return None
    return None


def _state_at(
    places: _gazetteer.MentionIndex, token: tuple[int, int, str], following: list[tuple[int, int, str]]
) -> bool:
    """A state's name starts at ``token``, or after it if it is "the"."""
    mention = places.starting_at(token[0])
    if mention is None and token[2] == "the" and following:
        mention = places.starting_at(following[0][0])
    return mention is not None and mention.kind == _gazetteer.STATE


def _qualified_office(
    source: Source, start: int, span: Span, places: _gazetteer.MentionIndex
) -> tuple[int, str | None]:
    """ "Indian External Affairs Minister": up to three capitalised words between a state word
    and the office belong to the office. Returns the office's start and the state, if any."""
    before = source.between(max(span.start, start - 2), start)
    if len(before) < 2 or before[1] != " " or not before[0].isalpha():
        return start, None  # no word right before the office
    floor = max(span.start, start - 50)
    word = _word_ending(source.between(floor, start - 1))
    if not word[:1].isupper() or word.casefold() in _stop_words():
        return start, None  # the word before is not capitalised: no qualifier (what the loop below finds)
    tokens = source.tokens_at(_TOKEN, floor, start)
    words: list[tuple[int, int, str]] = []
    expect = start
    for tok in reversed(tokens[-4:]):
        if source.between(tok[1], expect) != " ":
            if words and source.between(tok[1], expect) == ") ":
                # "Republic of Korea (ROK) First Vice Foreign Minister": the state in brackets
                inner = _country_before(source, words[-1][0], places)
                if inner is not None:
                    return words[-1][0], inner
            break
        mention = places.ending_at(tok[1], span.start)
        if mention is not None and mention.kind in (_gazetteer.STATE, _gazetteer.DEMONYM):
            if words:
                return words[-1][0], mention.code
            break
        if len(words) == 3 or not tok[2][0].isupper() or tok[2].casefold() in _stop_words():
            break
        words.append(tok)
        expect = tok[0]
    return start, None


def _word_ending(text: str) -> str:
    """The last `_TOKEN` of ``text``, which ends in a letter: its letters, apostrophes and hyphens
    from the first letter on (found backwards, without scanning the whole window)."""
    i = len(text)
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] in "'\u2019-"):
        i -= 1
    while i < len(text) and not text[i].isalpha():
        i += 1
    return text[i:]


def _country_after(
    source: Source, pos: int, end: int, places: _gazetteer.MentionIndex
) -> tuple[str, int] | None:
    """ "of Japan" / "of the United Kingdom" right after a name or office."""
    m = source.match_at(_OF_COUNTRY, pos, end)
    if not m:
        return None
    mention = places.starting_at(m.end(), end)
    if mention is None or mention.kind not in (_gazetteer.STATE, _gazetteer.ORG):
        # a city takes no article: "of the Commonwealth of ..." is no city
        return _city_after(source, m.end(), end) if "the" not in m.group().split() else None
    return mention.code, mention.span.end


_CITY_WORDS = regex.compile(r"\p{Lu}[\p{L}'\u2019-]*+(?:[ \u00a0]\p{Lu}[\p{L}'\u2019-]*+){0,2}+")


def _city_after(source: Source, pos: int, end: int) -> tuple[str, int] | None:
    """ "Crown Prince of Abu Dhabi", "Mayor of Kyiv": an office of a city is of the city's state
    (data/cities.tsv); the longest run of capitalised words that names one."""
    m = source.match_at(_CITY_WORDS, pos, end)
    if m is None:
        return None
    words = m.group().split()
    for n in range(len(words), 0, -1):
        city = " ".join(words[:n])
        code = _gazetteer.city_country(city)
        if code is not None:
            following = source.match_at(_CITY_WORDS, pos + len(city) + 1, end)
            if following and following.group().split()[0] in _data.lineset("local_body_words.txt"):
                return None  # "Head of Kharkiv Regional State Administration": a local body's office
            return code, pos + len(city)
    return None


def _owner_after(
    source: Source, pos: int, end: int, places: _gazetteer.MentionIndex, country: str | None
) -> tuple[int, str | None]:
    """Past "of Kenya" after a portfolio: where reading goes on, and the country (the one already
    read first)."""
    owner = _country_after(source, pos, end, places)
    return (owner[1], country or owner[0]) if owner is not None else (pos, country)


_POSTED = regex.compile(r"[ \u00a0\n]++(?:to|in)[ \u00a0\n]++(?:the[ \u00a0\n]++)?")


def _posted_to(source: Source, pos: int, end: int, places: _gazetteer.MentionIndex) -> int:
    """Past "to Kenya" / "in the Republic of Kenya" after an envoy's own state ("Ambassador of
    Russia to Kenya Ivan Petrov"): the state of the posting, not the holder's."""
    m = source.match_at(_POSTED, pos, end)
    if not m:
        return pos
    mention = places.starting_at(m.end(), end)
    if mention is None or mention.kind not in (_gazetteer.STATE, _gazetteer.ORG):
        return pos
    return mention.span.end


# "his Belgian counterpart Hadja Lahbib", "her Japanese counterpart, Mr. Hayashi": the state word before.
_COUNTERPART = regex.compile(r"[ \u00a0]counterpart,?[ \u00a0]++")


def _counterparts(source: Source, span: Span, places: _gazetteer.MentionIndex) -> Iterator[PersonMention]:
    """A person named as someone's "<demonym> counterpart": the demonym's state is theirs."""
    for m in source.finditer(_COUNTERPART, span):
        state = places.ending_at(m.start(), span.start)
        if state is None or state.kind not in (_gazetteer.STATE, _gazetteer.DEMONYM):
            continue
        name = name_at(source, skip_honorifics(source, m.end(), span.end), span.end)
        if name is not None and len(core_words(source.slice(name))) >= 2:
            yield PersonMention(Span(state.span.start, name.end), source.collapsed(name), None, state.code, False)


def find_mentions(source: Source, spans: list[Span]) -> Iterator[PersonMention]:
    """People named with an office inside ``spans`` (title line, paragraphs), or as a state's
    counterpart ("his Belgian counterpart Hadja Lahbib")."""
    places = _gazetteer.index(source)
    for span in spans:
        yield from _counterparts(source, span, places)
        named_until = span.start  # an office inside a named person's mention is part of theirs:
        last_name: str | None = None
        for m in source.finditer(title_regex(), span):  # "Head of the Office of the President of ..."
            if m.start() < named_until:
                continue
            found = _around_title(source, m, span, places)
            if found is not None:
                if found.name is not None:
                    if found.span.start < named_until and found.name != last_name:
                        if last_name is None or not last_name.endswith(" " + found.name):
                            continue  # "Ebrard, Secretary of Finance": a name read back into the last person's
                        found = found._replace(name=last_name)  # "King Salman bin Abdulaziz Al Saud, King of ..."
                    named_until, last_name = found.span.end, found.name
                yield found


def _around_title(
    source: Source,
    m: regex.Match[str],
    span: Span,
    places: _gazetteer.MentionIndex,
) -> PersonMention | None:
    info = _titles()[m.group()]
    title_start = m.start()
    country = _country_before(source, m.start(), places)
    if country is None:
        title_start, country = _institution_before(source, m.start(), span, places)
    if country is None:
        title_start, country = _ministry_before(source, m.start(), span, places)
    if country is None:
        title_start, country = _qualified_office(source, m.start(), span, places)
    if country is None:
        title_start, country = _joined_office_before(source, title_start, span, places)
    title_text = source.collapsed(Span(title_start, m.end())) if title_start < m.start() else info.text
    pos = m.end()
    pending = source.match_at(_PENDING, pos, span.end)
    if pending is not None:  # "Prime Minister-Designate Anthony Albanese", "President-elect"
        pos = pending.end()
        title_text = source.collapsed(Span(title_start, pos))
    after_title = _country_after(source, pos, span.end, places)
    if after_title:
        country = country or after_title[0]
        pos = _posted_to(source, after_title[1], span.end, places)
        if source.between(pos, min(span.end, pos + 2)) == ", ":
            pos += 2
        elif not (source.between(pos, min(span.end, pos + 1)) == " " and name_at(source, pos + 1, span.end)):
            # "H.E. Awa Ndiaye, Minister of Foreign Affairs of the Republic of Senegal"
            before = _name_before(source, m, span, info, country, places, title_text)
            return before or PersonMention(Span(m.start(), pos), None, info.text, country, info.leader)
        else:
            pos += 1
    else:
        portfolio = _portfolio_end(source, pos, span.end, places) or _institution_end(source, pos, span.end, places)
        if portfolio is not None:  # "... of the Ministry of X Affairs (of Kenya)"
            title_text = source.collapsed(Span(title_start, portfolio))
            pos, country = _owner_after(source, portfolio, span.end, places, country)
        more = _portfolio_end(source, pos, span.end, places, ("and",))
        if more is not None:  # "Minister for Foreign Affairs and Regional Integration (of Ghana)"
            title_text = source.collapsed(Span(title_start, more))
            pos, country = _owner_after(source, more, span.end, places, country)
        gap = source.match_at(_SPACE, pos, span.end)
        if gap is None or gap.end() == pos:
            holder = _appositive(source, pos, span.end)
            if holder is not None:
                after = _country_after(source, holder.end, span.end, places)
                country = country or (after[0] if after else None)
                return PersonMention(Span(title_start, holder.end), source.collapsed(holder), title_text, country,
                                     info.leader)
            return _name_before(source, m, span, info, country, places, title_text)
        pos = gap.end()
    pos = skip_honorifics(source, pos, span.end)
    name = name_at(source, pos, span.end)
    if name is None:
        return _name_before(source, m, span, info, country, places, title_text)
    after = _country_after(source, name.end, span.end, places)
    if after:
        country = country or after[0]
    return PersonMention(Span(title_start, name.end), source.collapsed(name), title_text, country, info.leader)


# After an appositive holder: post-nominal styles ("MP", "QC"), then a comma, "and" or the end.
_APPOSITIVE_END = regex.compile(r"(?:[ \u00a0]++\p{Lu}{2,4}+\b){0,2}+[ \u00a0\n]*+(?:[,;.)]|and\b|\Z)")


def _appositive(source: Source, pos: int, end: int) -> Span | None:
    """ "the Minister for Foreign Affairs, Senator Marise Payne, and ...": the holder named after a comma."""
    if source.between(pos, min(end, pos + 2)) != ", ":
        return None
    start = skip_honorifics(source, pos + 2, end)
    name = name_at(source, start, end)
    if name is None or len(core_name(source.slice(name))) < 2:
        return None
    if not source.match_at(_APPOSITIVE_END, name.end, end):
        return None
    return name


def _institution_before(
    source: Source, start: int, span: Span, places: _gazetteer.MentionIndex
) -> tuple[int, str | None]:
    """ "European Commission Vice-President": an organisation right before an office is part of the
    title (the institution stays in it) and the person's party. Returns the title's start and the code."""
    if start - 1 <= span.start or source.between(start - 1, start) != " ":
        return start, None
    mention = places.ending_at(start - 1, span.start)
    if mention is None:  # "African Union Commission Chairperson": one organ word between
        organ = source.tokens_at(_TOKEN, max(span.start, start - 16), start - 1)[-1:]
        if organ and organ[0][1] == start - 1 and organ[0][2] in _data.lineset("organ_words.txt"):
            mention = places.ending_at(organ[0][0] - 1, span.start)
    if mention is None or mention.kind != _gazetteer.ORG:
        return start, None
    return mention.span.start, mention.code


# "... of Finance and Coordinating ": what may stand between two offices one person holds.
_OFFICE_JOIN = regex.compile(
    r"(?:[ \u00a0]++(?:of|for|the|&|\p{Lu}[\p{L}'\u2019-]*+))*+[ \u00a0]++and[ \u00a0]++"
    r"(?:\p{Lu}[\p{L}-]*+[ \u00a0]++){0,2}+\Z"
)


def _joined_office_before(
    source: Source, start: int, span: Span, places: _gazetteer.MentionIndex
) -> tuple[int, str | None]:
    """ "Nigerian Minister of Finance and Coordinating Minister of the Economy Wale Edun": one person
    holds both offices; the state before the first is theirs, and the title runs from the first."""
    floor = max(span.start, start - 100)
    window = source.between(floor, start)
    if " and " not in window[-40:]:
        return start, None
    earlier = None
    for e in source.finditer_at(title_regex(), floor, start):
        earlier = e
    between = source.between(earlier.end(), start) if earlier is not None else ""
    if earlier is None or not _OFFICE_JOIN.fullmatch(between):
        return start, None
    country = _country_before(source, earlier.start(), places)
    if country is None:
        return start, None
    if not between.startswith((" of ", " for ", " and ")):
        # "Kosovo President Vjosa Osmani and Prime Minister Albin Kurti": a name between, so two
        # people; the state word before the pair is the second's too, the first office is not
        return start, country
    return earlier.start(), country


# A ministry, department or office right before an office: "Ministry of Foreign Affairs Director-General".
_MINISTRY_END = regex.compile(
    r"(?:Ministry|Department|Office|Embassy)[ \u00a0]++(?:of|for)[ \u00a0]++"
    r"(?:(?:the|and|of|&|\p{Lu}[\p{L}'\u2019-]*+)[ \u00a0]++){1,8}+\Z"
)


def _ministry_before(
    source: Source, start: int, span: Span, places: _gazetteer.MentionIndex
) -> tuple[int, str | None]:
    """ "Japanese Ministry of Foreign Affairs Director-General": a ministry before an office belongs to
    the office's title, and its state (a state word before it, or "of Japan" inside it) is the
    person's. Returns the title's start and the state, if any."""
    floor = max(span.start, start - 90)
    m = _MINISTRY_END.search(source.between(floor, start))
    if m is None:
        return start, None
    ministry = floor + m.start()
    inside = [x for x in places.within(Span(ministry, start)) if x.kind in (_gazetteer.STATE, _gazetteer.DEMONYM)]
    country = inside[0].code if inside else _country_before(source, ministry, places)
    if country is None:
        return start, None
    return ministry, country


_AND = regex.compile(r"[ \u00a0]++and[ \u00a0]++")


def _office_follows(source: Source, pos: int, end: int) -> bool:
    """ " and " then, within two capitalised words, an office: "... and Alternate Prime Minister"."""
    joined = source.match_at(_AND, pos, end)
    if joined is None:
        return False
    starts = [joined.end()] + [t[0] for t in source.tokens_at(_TOKEN, joined.end(), min(end, joined.end() + 40))[1:3]]
    return any(source.match_at(title_regex(), start, end) is not None for start in starts)


def _name_before(
    source: Source,
    m: regex.Match[str],
    span: Span,
    info: Title,
    country: str | None,
    places: _gazetteer.MentionIndex,
    title_text: str | None = None,
) -> PersonMention | None:
    """ "Micheál Martin, Prime Minister of Ireland": the name stands before the office; not where
    another office follows it ("Bennett, Foreign Minister and Alternate Prime Minister Yair Lapid")."""
    if source.slice(Span(max(span.start, m.start() - 2), m.start())) != ", ":
        return None
    if _office_follows(source, m.end(), span.end):
        return None
    back = max(span.start, m.start() - 60)
    stop = m.start() - 2
    tokens = source.tokens_at(_TOKEN, back, stop)
    starts: list[int] = []
    for t_start, _, word in reversed(tokens[-6:]):
        if not word[0].isupper() or word.rstrip(".").casefold() in _stop_words():
            break
        starts.append(t_start)
    name = None
    for start in reversed(starts):  # the earliest start that, past a style ("H.E. Mrs."), reads a name
        found = name_at(source, skip_honorifics(source, start, stop), stop)
        if found is not None and found.end == stop:
            name = found
            break
    if name is None:
        return None
    after = _country_after(source, m.end(), span.end, places)
    if after:
        country = country or after[0]
    return PersonMention(name, source.collapsed(name), title_text or info.text, country, info.leader)


def signature(source: Source, paragraph: Span) -> PersonMention | None:
    """A name signed under the text: a paragraph of a name line and an office line
    ("Antony J. Blinken" / "Secretary of State", optionally "of Japan")."""
    lines = source.lines_in(paragraph)
    if len(lines) != 2:
        return None
    name_line, office_line = lines
    name = name_at(source, name_line.lead, name_line.trail)
    office = source.match(title_regex(), office_line.span)
    if name is None or name.end != name_line.trail or office is None:
        return None
    info = _titles()[office.group()]
    country = None
    if office.end() != office_line.trail:
        after = _country_after(source, office.end(), office_line.trail, _gazetteer.index(source))
        if after is None or after[1] != office_line.trail:
            return None
        country = after[0]
    return PersonMention(name, source.collapsed(name), info.text, country, info.leader)


def label_mention(source: Source, label: Span) -> PersonMention | None:
    """A transcript label "PRIME MINISTER KISHIDA" as office and name; "MR. PRICE" as a name;
    "THE PRESIDENT" as an office alone; a mixed-case label ("President of Russia Vladimir Putin")
    as the same words in a sentence."""
    text = source.slice(label)
    if not text.isupper():  # "President of Russia Vladimir Putin": read as the words are written
        whole = [m for m in find_mentions(source, [label]) if m.span == label and m.name]
        return whole[0] if whole else None
    read = _read_label(text)
    return PersonMention(label, *read) if read is not None else None


@lru_cache(maxsize=4096)
def _read_label(text: str) -> tuple[str | None, str | None, str | None, bool] | None:
    """Name, office, country and leadership a label's words give (labels repeat: read once each)."""
    words = text.split()
    if len(words) > 1 and words[0].capitalize() in _honorifics():
        return " ".join(_capitalize(w) for w in words[1:]), None, None, False
    if len(words) > 1 and words[0] == "THE":
        office = title_info(" ".join(words[1:]))
        return (None, office.text, None, office.leader) if office else None
    ranks = _data.wordset("ranks.txt")
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        info = title_info(head) or (Title(head.title(), False) if head.casefold() in ranks else None)
        if info is not None:
            return " ".join(_capitalize(w) for w in words[cut:]), info.text, None, info.leader
    return None


def _capitalize(word: str) -> str:
    """ "JEAN-PIERRE" -> "Jean-Pierre", "O'BRIEN" -> "O'Brien"."""
    return _LETTERS.sub(lambda m: m.group().capitalize(), word)
