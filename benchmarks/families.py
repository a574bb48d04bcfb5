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
}
