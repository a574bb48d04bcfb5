"""The ``dipstate`` command: parse statements from files, folders or standard input.

``dipstate parse PATH... [--format json|jsonl|csv|text] [--select ITEMS]
[--output FILE] [--jobs N] [--glob PATTERN] [--encoding ENC] [--home CODE]
[--date YYYY-MM-DD]`` and ``dipstate example``. A file that cannot be read or
parsed is reported on stderr by name and the others are still parsed; the
exit code is then 1. Ctrl-C stops with 130 and leaves ``--output`` as it was.
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import functools
import json
import multiprocessing
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import attrs

from dipstate._export import COLUMNS, SELECTIONS, flat, rows
from dipstate._pipeline import parse, parse_html
from dipstate._version import __version__
from dipstate.model import Statement

FORMATS = ("json", "jsonl", "csv", "text")


class InputError(Exception):
    """A named input that cannot be read as UTF-8 text."""


def read_input(name: str, encoding: str = "utf-8") -> str:
    """The text of a file (in ``encoding``; a UTF-8 BOM is dropped) or of standard input for "-"."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if path.is_symlink() and not path.exists():
            raise InputError(f"{name}: broken link (points to {os.readlink(path)})")
        if not path.exists():
            raise InputError(f"{name}: no such file")
        if path.is_dir():
            raise InputError(f"{name}: is a directory")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
    utf8 = encoding.replace("_", "-").lower() in ("utf-8", "utf8")
    try:
        return data.decode("utf-8-sig" if utf8 else encoding)
    except UnicodeDecodeError as exc:
        label = "UTF-8" if utf8 else encoding
        raise InputError(
            f"{name}: not {label} text (invalid byte at offset {exc.start}); try --encoding cp1252 or latin-1"
        ) from exc


def expand(names: Sequence[str], glob: str) -> Iterator[str]:
    """Files named, and the files under folders named that match ``glob`` (in any letter case), in
    sorted order. Broken links and unreadable entries are yielded too, so that they are reported."""
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = (p for p in path.rglob("*") if fnmatch.fnmatch(p.name.casefold(), glob.casefold()))
            yield from (str(p) for p in sorted(found) if p.is_file() or (p.is_symlink() and not p.exists()))
        else:
            yield name


@attrs.frozen
class _Options:
    encoding: str = "utf-8"
    home: str | None = None
    date: str | None = None
    html: bool = False


def is_html(name: str, options: _Options) -> bool:
    """Read as a saved page: ``--html``, or a name ending in .html or .htm."""
    return options.html or name.casefold().endswith((".html", ".htm"))


def _job(name: str, options: _Options) -> tuple[str, Statement | None, str | None]:
    try:
        text = read_input(name, options.encoding)
    except InputError as exc:
        return name, None, str(exc)
    read = parse_html if is_html(name, options) else parse
    try:
        return name, read(text, home=options.home, date=options.date), None
    except ImportError as exc:  # parse_html without the html extra: say what to install
        raise _Fatal(str(exc)) from exc
    except Exception as exc:  # one bad document is reported by name; the batch goes on
        return name, None, f"{name}: could not be parsed ({type(exc).__name__}: {exc})"


def _results(names: list[str], jobs: int, options: _Options) -> Iterator[tuple[str, Statement | None, str | None]]:
    work = functools.partial(_job, options=options)
    if jobs <= 1 or len(names) <= 1 or "-" in names:
        yield from map(work, names)
        return
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        try:
            yield from pool.map(work, names, chunksize=4)
        except BrokenProcessPool as exc:
            raise _Fatal("a worker process died; run again with --jobs 1 to find the input that kills it") from exc


class _Fatal(Exception):
    """A failure that ends the run with one line on stderr."""


def summary(statement: Statement, name: str) -> str:
    """A readable summary of a parsed statement, for a person at a terminal."""
    h = statement.header
    out = [f"== {name}"]
    out.append(f"title:       {h.title or '-'}")
    out.append(f"date:        {h.date.isoformat() if h.date else '-'}")
    out.append(f"kind:        {h.kind.value}")
    for label, value in (("location", h.location), ("issuer", h.issuer), ("attribution", h.attribution)):
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
            out.append(f"  - {','.join(p.actors)} {p.trigger!r} ({', '.join(flags)}){when}")
            out.append(f"    {' '.join(p.text.split())}")
    return "\n".join(out)


class _Writer:
    """Writes results in one format. JSON is always one array of records, whatever the number of
    inputs: whole statements with their ``document`` (``record.schema.json``), or the selected rows."""

    def __init__(self, out: TextIO, fmt: str, select: str | None, options: _Options | None = None) -> None:
        self.out, self.fmt, self.select = out, fmt, select
        self.options = options or _Options()
        self.count = 0
        self.csv: Any = None
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=COLUMNS[select], lineterminator="\n")
            self.csv.writeheader()

    def write(self, statement: Statement, name: str) -> None:
        fmt, out = self.fmt, self.out
        if fmt == "csv":
            self.csv.writerows(flat(row) for row in rows(statement, name, self.select))
        elif fmt == "text":
            if self.select:
                for row in rows(statement, name, self.select):
                    out.write("\t".join("" if v is None else str(v) for v in flat(row).values()) + "\n")
            else:
                out.write(summary(statement, name) + "\n")
        elif fmt == "jsonl":
            for record in self._records(statement, name):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            for item in self._records(statement, name):
                out.write(("[\n" if self.count == 0 else ",\n") + json.dumps(item, ensure_ascii=False, indent=2))
                self.count += 1

    def _records(self, statement: Statement, name: str) -> list[dict[str, Any]]:
        """One record per selected item, or the whole statement with its document name."""
        if self.select:
            return rows(statement, name, self.select)
        record = {"document": name, **statement.to_dict()}
        if is_html(name, self.options):  # the page text read from the HTML, which every span indexes
            record["text"] = statement.text
        return [record]

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.count == 0 else "\n]\n")


class _Progress:
    """Progress on stderr with rate and time left (tqdm), only for a person watching: stderr is a
    terminal, the data does not go to that same terminal, more than one file, and no ``--quiet``."""

    def __init__(self, total: int, quiet: bool, to_terminal: bool) -> None:
        self.bar: Any = None
        if quiet or total < 2 or to_terminal or not sys.stderr.isatty() or os.environ.get("CI"):
            return
        from tqdm import tqdm  # noqa: PLC0415 - only a person at a terminal needs it

        self.bar = tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True, leave=False)

    def step(self, name: str) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(name if len(name) <= 40 else "..." + name[-37:], refresh=False)
            self.bar.update(1)

    def message(self, text: str) -> None:
        """A line on stderr that the bar does not overwrite."""
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="dipstate", description="Parse diplomatic statements into structured data.")
    ap.add_argument("--version", action="version", version=f"dipstate {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse files, folders or - (standard input)")
    p.add_argument("inputs", nargs="+", metavar="PATH", help="a file, a folder (searched recursively), or -")
    p.add_argument("--format", choices=FORMATS, default="json", help="output format (default json)")
    p.add_argument("--select", choices=SELECTIONS, help="one row per pledge, participant, party or section")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="parse in N processes (default 1)")
    p.add_argument("--glob", default="*.txt", help="files to take from folders, any letter case (default *.txt)")
    p.add_argument("--encoding", default="utf-8", help="encoding of the input files (default utf-8)")
    p.add_argument("--home", metavar="CODE", help="code of the publishing state or organisation, e.g. GBR")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="issue date to use where a text states none")
    p.add_argument("--html", action="store_true", help="read inputs as HTML pages (default: names ending .html/.htm)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    e = sub.add_parser("example", help="parse the bundled example statement and print it")
    e.add_argument("--format", choices=FORMATS, default="text")
    e.add_argument("--select", choices=SELECTIONS)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``dipstate`` command; returns the exit code."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (``dipstate parse dir | head``): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("\ndipstate: interrupted", file=sys.stderr)
        return 130
    except _Fatal as exc:
        print(f"dipstate: {exc}", file=sys.stderr)
        return 1


def _main(argv: Sequence[str] | None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    if args.command == "example":
        text = resources.files("dipstate").joinpath("examples").joinpath("joint_statement.txt")
        writer = _Writer(sys.stdout, args.format, args.select)
        writer.write(parse(text.read_text(encoding="utf-8")), "joint_statement.txt")
        writer.close()
        return 0
    if args.jobs < 1:
        ap.error("--jobs takes a whole number of 1 or more")
    try:
        parse("", home=args.home, date=args.date)
        "".encode(args.encoding)
    except (TypeError, ValueError) as exc:
        ap.error(str(exc))
    except LookupError:
        ap.error(f"--encoding {args.encoding!r} is not an encoding Python knows (try utf-8, cp1252, latin-1)")
    options = _Options(args.encoding, args.home, args.date, args.html)
    names = list(expand(args.inputs, args.glob))
    if not names:
        print("dipstate: no input files found", file=sys.stderr)
        return 1
    with _output(args.output) as out:
        failed = _run(names, args, options, out)
    if failed:
        print(f"dipstate: {failed} of {len(names)} input(s) failed", file=sys.stderr)
    return 1 if failed else 0


def _run(names: list[str], args: argparse.Namespace, options: _Options, out: TextIO) -> int:
    failed = 0
    to_terminal = out is sys.stdout and sys.stdout.isatty()
    progress = _Progress(len(names), args.quiet, to_terminal)
    try:
        writer = _Writer(out, args.format, args.select, options)
        for name, statement, error in _results(names, args.jobs, options):
            progress.step(name)
            if statement is None:
                progress.message(f"dipstate: {error}")
                failed += 1
                continue
            writer.write(statement, name)
        writer.close()
    finally:
        progress.close()
    return failed


class _output:
    """Standard output, or a file written through a temporary beside it and renamed into place only
    when the run completes: an interrupted run leaves no truncated file where a complete one stood."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.temp: str | None = None
        self.handle: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self.path is None:
            return sys.stdout
        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder):
            raise _Fatal(f"cannot write {self.path}: no such folder {folder}")
        try:
            fd, self.temp = tempfile.mkstemp(prefix=".dipstate-", suffix=".part", dir=folder)
        except OSError as exc:
            raise _Fatal(f"cannot write {self.path}: {exc.strerror}") from exc
        self.handle = open(fd, "w", encoding="utf-8", newline="")
        return self.handle

    def __exit__(self, kind: object, value: object, trace: object) -> None:
        if self.temp is None:
            return
        self.handle.close()
        if kind is None:
            try:
                os.replace(self.temp, self.path or "")
            except OSError as exc:
                os.unlink(self.temp)
                raise _Fatal(f"cannot write {self.path}: {exc.strerror}") from exc
        else:
            os.unlink(self.temp)


if __name__ == "__main__":
    sys.exit(main())
