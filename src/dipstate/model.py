"""The data model: frozen attrs classes for a parsed statement, and their JSON shape.

Every class mirrors one object of the contract (SPEC.md). ``to_dict`` emits
exactly the contract's JSON; ``from_dict`` reads it back so that
``Statement.from_dict(s.to_dict()) == s``.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

import attrs

SCHEMA_VERSION = 1


class StatementKind(str, Enum):
    """What kind of document the statement is (``header.kind``)."""

    JOINT_STATEMENT = "joint_statement"
    COMMUNIQUE = "communique"
    READOUT = "readout"
    REMARKS = "remarks"
    PRESS_STATEMENT = "press_statement"
    FACT_SHEET = "fact_sheet"
    OTHER = "other"


class SectionKind(str, Enum):
    """The structural role of a section."""

    BOILERPLATE = "boilerplate"
    PREAMBLE = "preamble"
    BODY = "body"
    READOUT = "readout"
    TRANSCRIPT = "transcript"
    ANNEX = "annex"


class Role(str, Enum):
    """Why a person is a participant; the first that applies wins, in this order."""

    SPOKESPERSON = "spokesperson"
    SIGNATORY = "signatory"
    SPEAKER = "speaker"
    ATTENDEE = "attendee"


class PledgeKind(str, Enum):
    """``reaffirmed`` when the wording marks a repetition of a commitment."""

    NEW = "new"
    REAFFIRMED = "reaffirmed"


_set = object.__setattr__  # how a frozen class sets its own fields


@attrs.frozen(order=True, init=False)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the parsed string."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out rather than generated: parsing makes hundreds of thousands of spans a megabyte.
        if start < 0:
            raise ValueError(f"span offsets must be >= 0, got {start}")
        if end < start:
            raise ValueError(f"span end {end} is before its start {start}")
        _set(self, "start", start)
        _set(self, "end", end)

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Sequence[int]) -> Span:
        start, end = value
        return cls(int(start), int(end))

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


def _opt_date(value: str | None) -> _dt.date | None:
    return _dt.date.fromisoformat(value) if value else None


def _iso(value: _dt.date | None) -> str | None:
    return value.isoformat() if value else None


@attrs.frozen
class Header:
    """What the document says about itself."""

    title: str | None = None
    date: _dt.date | None = None
    kind: StatementKind = StatementKind.OTHER
    location: str | None = None
    issuer: str | None = None
    attribution: str | None = None
    languages: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": _iso(self.date),
            "kind": self.kind.value,
            "location": self.location,
            "issuer": self.issuer,
            "attribution": self.attribution,
            "languages": list(self.languages),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Header:
        return cls(
            title=d.get("title"),
            date=_opt_date(d.get("date")),
            kind=StatementKind(d.get("kind", "other")),
            location=d.get("location"),
            issuer=d.get("issuer"),
            attribution=d.get("attribution"),
            languages=tuple(d.get("languages") or ()),
        )


@attrs.frozen
class Party:
    """A state (ISO 3166-1 alpha-3 ``code``) or organisation ("EU", "NATO") that is a party.

    ``span`` is its first mention; ``mentions`` (an addition to the contract's fields) are every
    span that names it: its names, aliases and demonyms ("Japan", "Japanese"), in order. A party
    the text never names (known only from the caller's ``home``) has none."""

    name: str
    code: str
    span: Span
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code, "span": self.span.to_list(),
                "mentions": [m.to_list() for m in self.mentions]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Party:
        mentions = tuple(Span.from_list(m) for m in d.get("mentions") or ())
        return cls(d["name"], d["code"], Span.from_list(d["span"]), mentions)


@attrs.frozen
class Participant:
    """A person who issued the text, took part in the meeting, or speaks in it."""

    name: str | None
    title: str | None
    country: str | None
    role: Role
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "country": self.country,
            "role": self.role.value,
            "mentions": [m.to_list() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Participant:
        return cls(
            name=d.get("name"),
            title=d.get("title"),
            country=d.get("country"),
            role=Role(d["role"]),
            mentions=tuple(Span.from_list(m) for m in d.get("mentions") or ()),
        )


@attrs.frozen
class Paragraph:
    """One paragraph of a section; ``speaker`` is set in transcripts."""

    text: str
    span: Span
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list(), "speaker": self.speaker}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Paragraph:
        return cls(d["text"], Span.from_list(d["span"]), d.get("speaker"))


@attrs.frozen
class Section:
    """A structural part of the document: its kind, heading and paragraphs."""

    kind: SectionKind
    heading: str | None
    span: Span
    paragraphs: tuple[Paragraph, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "heading": self.heading,
            "span": self.span.to_list(),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Section:
        return cls(
            kind=SectionKind(d["kind"]),
            heading=d.get("heading"),
            span=Span.from_list(d["span"]),
            paragraphs=tuple(Paragraph.from_dict(p) for p in d.get("paragraphs") or ()),
        )


@attrs.frozen
class Pledge:
    """A sentence in which the parties commit themselves (see SPEC "Pledge").

    ``trigger_span`` and ``subject`` are additions to the contract's fields:
    ``trigger_span`` points at the commitment word(s) inside the sentence so a
    reader can see why it counts; ``subject`` at the words that name who commits
    (``actor_text`` is their text), or is None where the actors come from the
    context rather than from words of the sentence.
    """

    text: str
    span: Span
    actors: tuple[str, ...]
    actor_text: str | None
    trigger: str
    trigger_span: Span
    kind: PledgeKind = PledgeKind.NEW
    negated: bool = False
    timeframe: str | None = None
    deadline: _dt.date | None = None
    subject: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "actors": list(self.actors),
            "actor_text": self.actor_text,
            "trigger": self.trigger,
            "trigger_span": self.trigger_span.to_list(),
            "kind": self.kind.value,
            "negated": self.negated,
            "timeframe": self.timeframe,
            "deadline": _iso(self.deadline),
            "subject": self.subject.to_list() if self.subject is not None else None,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Pledge:
        return cls(
            text=d["text"],
            span=Span.from_list(d["span"]),
            actors=tuple(d.get("actors") or ()),
            actor_text=d.get("actor_text"),
            trigger=d["trigger"],
            trigger_span=Span.from_list(d["trigger_span"]),
            kind=PledgeKind(d.get("kind", "new")),
            negated=bool(d.get("negated", False)),
            timeframe=d.get("timeframe"),
            deadline=_opt_date(d.get("deadline")),
            subject=Span.from_list(d["subject"]) if d.get("subject") is not None else None,
        )


@attrs.frozen
class Statement:
    """A parsed diplomatic statement: the result of [`dipstate.parse`][dipstate.parse]."""

    header: Header = attrs.field(factory=Header)
    parties: tuple[Party, ...] = ()
    participants: tuple[Participant, ...] = ()
    sections: tuple[Section, ...] = ()
    pledges: tuple[Pledge, ...] = ()
    schema_version: int = SCHEMA_VERSION
    # The text every span indexes: the string given to `parse`, or the page text `parse_html` read.
    # Not part of the JSON shape nor of equality; None for a statement read back from JSON.
    text: str | None = attrs.field(default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape as plain Python values."""
        return {
            "schema_version": self.schema_version,
            "header": self.header.to_dict(),
            "parties": [p.to_dict() for p in self.parties],
            "participants": [p.to_dict() for p in self.participants],
            "sections": [s.to_dict() for s in self.sections],
            "pledges": [p.to_dict() for p in self.pledges],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """``to_dict()`` as a JSON string (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Statement:
        """Read back what `to_dict` wrote."""
        version = d.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {version!r}; this dipstate reads 1")
        return cls(
            header=Header.from_dict(d.get("header") or {}),
            parties=tuple(Party.from_dict(p) for p in d.get("parties") or ()),
            participants=tuple(Participant.from_dict(p) for p in d.get("participants") or ()),
            sections=tuple(Section.from_dict(s) for s in d.get("sections") or ()),
            pledges=tuple(Pledge.from_dict(p) for p in d.get("pledges") or ()),
            schema_version=version,
        )

    @classmethod
    def from_json(cls, text: str) -> Statement:
        """Read back what `to_json` wrote."""
        return cls.from_dict(json.loads(text))
