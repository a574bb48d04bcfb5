"""The ``dipstate`` command: parse statements from files, folders or standard input."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from dipstate._pipeline import parse
from dipstate._version import __version__
from dipstate.model import Statement

FORMATS = ("json", "jsonl", "text")


class InputError(Exception):
    """A named input that cannot be read as UTF-8 text."""


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if path.is_dir():
            raise InputError(f"{name}: is a directory")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start})") from exc


def _expand(names: Sequence[str], glob: str) -> Iterator[str]:
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from (str(p) for p in sorted(path.rglob(glob)) if p.is_file())
        else:
            yield name


def summary(statement: Statement, name: str) -> str:
    """A readable summary of a parsed statement, for a person at a terminal."""
    h = statement.header
    out = [f"== {name}"]
    out.append(f"title:       {h.title or '-'}")
    out.append(f"date:        {h.date.isoformat() if h.date else '-'}")
    out.append(f"kind:        {h.kind.value}")
    for label, value in (("location", h.location), ("issuer", h.issuer),
                         ("attribution", h.attribution)):
        if value:
            out.append(f"{label + ':':<13}{value}")
    if h.languages:
        out.append(f"languages:   {', '.join(h.languages)}")
    if statement.parties:
        out.append("parties:     " + ", ".join(f"{p.code} ({p.name})" for p in statement.parties))
    if statement.participants:
        out.append("participants:")
        for person in statement.participants:
            who = ", ".join(x for x in (person.name, person.title, person.country) if x)
            out.append(f"  - {who} [{person.role.value}, {len(person.mentions)} mentions]")
    out.append("sections:")
    for s in statement.sections:
        heading = f" {s.heading!r}" if s.heading else ""
        out.append(f"  - {s.kind.value}{heading}: {len(s.paragraphs)} paragraph(s)")
    if statement.pledges:
        out.append("pledges:")
        for p in statement.pledges:
            flags = [p.kind.value] + (["negated"] if p.negated else [])
            when = f" [{p.timeframe} -> {p.deadline or 'no date'}]" if p.timeframe else ""
            actors = ",".join(p.actors)
            out.append(f"  - {actors} {p.trigger!r} ({', '.join(flags)}){when}")
            out.append(f"    {' '.join(p.text.split())}")
    return "\n".join(out)


def _write(statement: Statement, name: str, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        out.write(statement.to_json() + "\n")
    elif fmt == "jsonl":
        record = {"document": name, **statement.to_dict()}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        out.write(summary(statement, name) + "\n")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="dipstate", description="Parse diplomatic statements into structured JSON."
    )
    ap.add_argument("--version", action="version", version=f"dipstate {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse files, folders (*.txt) or - for standard input")
    p.add_argument("inputs", nargs="+", metavar="FILE", help="a file, a folder, or -")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.add_argument("--glob", default="*.txt", help="files to take from folders (default *.txt)")
    e = sub.add_parser("example", help="parse the bundled example statement and print it")
    e.add_argument("--format", choices=FORMATS, default="text")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``dipstate`` command; returns the exit code."""
    args = _parser().parse_args(argv)
    out = sys.stdout
    if args.command == "example":
        example = resources.files("dipstate").joinpath("examples").joinpath("joint_statement.txt")
        _write(parse(example.read_text(encoding="utf-8")), "joint_statement.txt", args.format, out)
        return 0
    failed = 0
    names = list(_expand(args.inputs, args.glob))
    for name in names:
        try:
            text = _read(name)
        except InputError as exc:
            print(f"dipstate: {exc}", file=sys.stderr)
            failed += 1
            continue
        _write(parse(text), name, args.format, out)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
