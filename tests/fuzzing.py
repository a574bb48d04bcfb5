"""Input generators and property checks shared by the fuzz tests and ``scripts/fuzz.py``.

Every generator takes a :class:`random.Random`, so a run is repeatable from its seed, and
hypothesis can drive the same generators through ``st.randoms()``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

import dipstate

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Lines in the shapes statements take, written for these tests.
OWN_LINES = [
    "BRIEFING ROOM",
    "Joint Statement of Canada, Chile and Kenya on Ocean Data",
    "Readout of the Foreign Minister's Call with Her Counterpart",
    "Statement by the North Atlantic Council on the Incident",
    "11 Sep. 2001",
    "Date",
    "2015-03-21",
    "hit",
    "1645",
    "• |",
    "Home > Media > Statements",
    "바로가기 메뉴",
    "Press release",
    "Media Note",
    "Office of the Spokesperson",
    "Washington, DC",
    "They issued the following statement:",
    "Spokesperson Ana Ruiz provided the following readout:",
    "The Hon Sam Lee MP, Minister for Trade",
    "Minister of Foreign Affairs Park, Ji-won met Minister for Foreign Affairs of Japan Aoki Ken.",
    "1. The Ministers reaffirmed their commitment to regional stability.",
    "(a) We will convene the working group by June 2025.",
    "Canada and Kenya commit to:",
    "• share data within six months;",
    "• fund the centre before the end of the year.",
    "We, Chile, Kenya and Canada, are united in our resolve to act.",
    "All Sides agreed to cooperate in countering terrorism.",
    "He expressed his commitment to the talks.",
    "PRESIDENT ALVAREZ:  We will act together.",
    "Q  Will you?",
    "FROM: The Director",
    "SUBJECT: Travel",
    "December 1 9999",
    "we commit to\x12by Jun 0000",
    "within 9 year",
    "Ms. Enoh T. Ebong, Acting Director of the United States Trade and Development Agency, will lead.",
    "Foreign Minister Foreign Minister Foreign Minister",
    "U.S. U.S. U.S.",
    "“We will (not [act “now",
    "END 4:45 P.M. EST",
]

PIECES = [
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\u00a0",
    ".", ",", ":", ";", "—", "–", "-", "•", "“", "”", "’", "(", ")", "[", "]", "...", "…",
    "U.S.", "Jr.", "D.C.", "No. 2", "Mr.", "the Hon", "MP", "H.E.",
    "Japan", "the Republic of Korea", "ROK", "NATO", "the EU", "Allies", "We", "They", "the two Ministers",
    "will", "shall", "commit to", "reaffirm", "our commitment", "is ironclad", "not", "never",
    "by 2030", "within six months", "next year", "June 3, 2023", "22 February 2019",
    "Prime Minister", "President", "Secretary of State", "Foreign Minister", "Kishida Fumio", "Lee Jong-Sup",
    "\ud800", "\udfff", "\x00", "\x12", "\ufeff", "\u200b", "é", "ß", "한국", "日本", "ا", "𝔘",
]


@cache
def real_lines() -> tuple[str, ...]:
    """Lines of the vendored fixtures and of the lines above."""
    lines: list[str] = []
    for name in ("d01.txt", "d02.txt"):
        lines += [ln for ln in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if ln.strip()]
    return tuple(lines + OWN_LINES)


def arbitrary(rng: random.Random) -> str:
    """Any code points: controls, lone surrogates, line and paragraph separators, astral planes."""
    size = rng.choice((0, 1, 5, 40, 300, 2000))
    out = []
    for _ in range(size):
        pick = rng.random()
        if pick < 0.55:
            out.append(chr(rng.randint(0x20, 0x7E)))
        elif pick < 0.7:
            out.append(rng.choice("\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u00a0"))
        elif pick < 0.8:
            out.append(chr(rng.randint(0xD800, 0xDFFF)))
        else:
            out.append(chr(rng.randint(0, 0x10FFFF)))
    return "".join(out)


def pieces(rng: random.Random) -> str:
    """Statement words and punctuation in any order."""
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 120)))


def shuffled(rng: random.Random) -> str:
    """Real statement lines, shuffled, with random blank lines and line endings."""
    lines = list(rng.sample(real_lines(), rng.randint(1, min(40, len(real_lines())))))
    ends = ("\n", "\n\n", "\r\n", "\n\n\n", "\r\n\r\n")
    return "".join(line + rng.choice(ends) for line in lines)


def mutated(rng: random.Random) -> str:
    """A statement-shaped text with bytes inserted, deleted, duplicated and case-flipped."""
    text = shuffled(rng) if rng.random() < 0.7 else (FIXTURES / rng.choice(("d01.txt", "d02.txt"))).read_text(
        encoding="utf-8"
    )
    chars = list(text)
    for _ in range(rng.randint(1, 30)):
        if not chars:
            chars = list(rng.choice(PIECES))
        i = rng.randrange(len(chars))
        action = rng.random()
        if action < 0.3:
            chars[i:i] = list(rng.choice(PIECES))
        elif action < 0.5:
            del chars[i : i + rng.randint(1, 40)]
        elif action < 0.65:
            j = min(len(chars), i + rng.randint(1, 80))
            chars[j:j] = chars[i:j]
        elif action < 0.8:
            chars[i] = chars[i].swapcase()
        else:
            chars[i] = chr(rng.randint(0, 0x10FFFF))
    return "".join(chars)


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "arbitrary": arbitrary,
    "pieces": pieces,
    "shuffled": shuffled,
    "mutated": mutated,
}


@cache
def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resources.files("dipstate").joinpath("schema.json").read_text(encoding="utf-8"))
    return loaded


def spans_with_text(node: Any) -> list[tuple[list[int], str]]:
    """Every ``(span, text)`` pair in a statement's JSON."""
    out: list[tuple[list[int], str]] = []
    if isinstance(node, dict):
        if isinstance(node.get("span"), list) and isinstance(node.get("text"), str):
            out.append((node["span"], node["text"]))
        for value in node.values():
            out.extend(spans_with_text(value))
    elif isinstance(node, list):
        for value in node:
            out.extend(spans_with_text(value))
    return out


def problems(text: str) -> list[str]:
    """What is wrong with ``parse(text)``: an exception, a span that does not hold, a second parse
    that differs, a JSON round trip that changes it, or JSON that fails the shipped schema."""
    try:
        statement = dipstate.parse(text)
    except Exception as exc:  # the property under test: report it, the caller counts it
        return [f"exception: {type(exc).__name__}: {exc}"]
    found = []
    data = statement.to_dict()
    for (start, end), value in spans_with_text(data):
        if not (0 <= start <= end <= len(text)) or text[start:end] != value:
            found.append(f"span [{start}, {end}] does not hold {value[:40]!r}")
    for p in statement.pledges:
        if text[p.trigger_span.start : p.trigger_span.end] != p.trigger:
            found.append(f"trigger span does not hold {p.trigger!r}")
        if p.subject is not None and text[p.subject.start : p.subject.end] != p.actor_text:
            found.append(f"subject span does not hold {p.actor_text!r}")
    for party in statement.parties:
        for m in party.mentions:
            if not (0 <= m.start < m.end <= len(text)):
                found.append(f"party mention {m} of {party.code} lies outside the text")
    if dipstate.parse(text) != statement:
        found.append("a second parse differs")
    if dipstate.Statement.from_json(statement.to_json()) != statement:
        found.append("JSON round trip changes the statement")
    try:
        jsonschema.validate(data, _schema())
    except jsonschema.ValidationError as exc:
        found.append(f"schema: {exc.message}")
    return found
