"""Input families for the scaling benchmark and the linear-work test: each builds ~n characters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

_FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def statements(n: int) -> str:
    """Real-looking statements one after another (the vendored samples)."""
    parts = [(_FIXTURES / name).read_text(encoding="utf-8") for name in ("d01.txt", "d02.txt")]
    return _repeat("\n\n".join(parts) + "\n\n", n)


def one_line(n: int) -> str:
    """One line with no break: sentences that never reach a newline."""
    return _repeat("The three countries will deepen cooperation with the U.S. and Japan by 2030. ", n)


def blank_lines(n: int) -> str:
    return "Joint Statement\n" + "\n" * max(0, n - 16)


def dots(n: int) -> str:
    return "." * n


def us_abbrev(n: int) -> str:
    return _repeat("U.S. ", n)


def unbalanced(n: int) -> str:
    return _repeat("“We (will [act “now ‘(", n)


def we_will(n: int) -> str:
    return _repeat("We will ", n)


def capitalised_title(n: int) -> str:
    return _repeat("Joint Statement Of The Republic Korea Japan United States Leaders ", n)


def nested_parens(n: int) -> str:
    half = n // 2
    return "(" * half + ")" * (n - half)


def repeated_titles(n: int) -> str:
    """One office word after another: every match opens a title scan."""
    return _repeat("Foreign Minister ", n)


def repeated_people(n: int) -> str:
    """The same two people, again and again: mention grouping and country counts."""
    unit = "Japanese Foreign Minister Aa Smith met the press. French Foreign Minister Aa Smith met the press. "
    return _repeat(unit, n)


def _name(i: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        out = letters[i % 26] + out
        i //= 26
        if i == 0:
            return "A" + out


def distinct_people(n: int) -> str:
    """A new person in every paragraph: the participant index grows with the text."""
    parts: list[str] = []
    size = i = 0
    while size < n:
        line = f"Foreign Minister {_name(i)} Smith met Prime Minister {_name(i)} Jones.\n\n"
        parts.append(line)
        size += len(line)
        i += 1
    return "".join(parts)[:n]


def speaker_labels(n: int) -> str:
    """A transcript of short turns: labels, speakers and their countries."""
    unit = "PRESIDENT BIDEN:  We will act together.\n\nQ  Thank you, sir.\n\nPRIME MINISTER KISHIDA:  Yes.\n\n"
    return _repeat(unit, n)


def country_lists(n: int) -> str:
    """One endless "We, the leaders of A, B, C, ..." list of states."""
    states = "Japan, France, Germany, Italy, Canada, the United Kingdom, the United States, India, Brazil, "
    return "We, the leaders of " + _repeat(states, max(0, n - 19))


def dates(n: int) -> str:
    """Date lines and dated deadlines everywhere."""
    return _repeat("June 3, 2023\nWe will act by June 30, 2025, and within six months.\n", n)


def commitment_words(n: int) -> str:
    """Commitment wording without end: every word a trigger candidate."""
    return _repeat("We reaffirm our commitment to remain committed and determined to pledge to ", n)


def flattened(n: int) -> str:
    """The vendored statements with every line break gone, as a page copied without them."""
    return " ".join(statements(n).split())


def flattened_furniture(n: int) -> str:
    """A head of landmarks, separators, crumbs and dates without end, on one line."""
    return _repeat("BRIEFING ROOM • | Home > News > Press Release June 3, 2023 Statements and Releases | ", n)


def dash_lists(n: int) -> str:
    """A list after a colon that never ends: every dash a cut, no full stop to stop the scan."""
    return "They support it: - Japan" + _repeat(": - Japan - France", max(0, n - 24))


def inline_turns(n: int) -> str:
    """Speaker turns and numbered paragraphs run together in one block."""
    unit = "Thank you. PRESIDENT BIDEN: Yes. President of Russia Vladimir Putin: Good. 1. The Sides 2. They "
    return _repeat(unit, n)


def quoted_pledges(n: int) -> str:
    """One quotation that never closes, every clause a commitment, then an attribution: each trigger
    looks for the verb of saying after the quotation."""
    return '"' + _repeat("we will act and we are committed to ", max(0, n - 20)) + '," said Minister Lee.'


def guest_titles(n: int) -> str:
    """A readout titled by its guest, with paragraphs of bare names and "the two countries"."""
    head = "Telephone conversation with President of Chile Ana Rojas\n2022-02-06\n\n"
    return head + _repeat("Peru and Chile met. The two countries will act. Luis Soto Vega said so.\n\n", max(0, n - 80))


FAMILIES: dict[str, Callable[[int], str]] = {
    "statements": statements,
    "one 5 MB line": one_line,
    "blank lines": blank_lines,
    "dots": dots,
    "U.S. x N": us_abbrev,
    "unbalanced quotes": unbalanced,
    "We will x N": we_will,
    "capitalised title": capitalised_title,
    "nested parens": nested_parens,
    "repeated titles": repeated_titles,
    "repeated people": repeated_people,
    "distinct people": distinct_people,
    "speaker labels": speaker_labels,
    "country lists": country_lists,
    "dates": dates,
    "commitment words": commitment_words,
    "flattened page": flattened,
    "flattened furniture": flattened_furniture,
    "dash lists": dash_lists,
    "inline turns": inline_turns,
    "quoted pledges": quoted_pledges,
    "guest titles": guest_titles,
}
