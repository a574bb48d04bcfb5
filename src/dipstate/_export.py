"""Flat rows for spreadsheets and record streams: one row per document, or per pledge, participant,
party or section. Text cells have their line breaks folded to single spaces (the spans point at the
exact text); list cells are lists, joined with ";" only by `flat` for CSV and text."""

from __future__ import annotations

from typing import Any

from dipstate.model import Statement

SELECTIONS = ("pledges", "participants", "parties", "sections")

COLUMNS: dict[str | None, tuple[str, ...]] = {
    None: ("document", "title", "date", "kind", "location", "issuer", "attribution", "languages",
           "parties", "participants", "sections", "pledges"),
    "pledges": ("document", "text", "start", "end", "actors", "actor_text", "trigger", "trigger_start",
                "trigger_end", "kind", "negated", "timeframe", "deadline", "subject_start", "subject_end"),
    "participants": ("document", "name", "title", "country", "role", "mentions", "start", "end"),
    "parties": ("document", "name", "code", "start", "end", "mentions"),
    "sections": ("document", "kind", "heading", "start", "end", "paragraphs"),
}


def fold(value: str | None) -> str | None:
    """Whitespace runs, line breaks included, as one space: a cell stays on one line."""
    return " ".join(value.split()) if value is not None else None


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """A row for CSV and text: lists joined with ";"."""
    return {k: ";".join(v) if isinstance(v, (list, tuple)) else v for k, v in row.items()}


def rows(statement: Statement, document: str, select: str | None) -> list[dict[str, Any]]:
    """The rows of one statement, as dicts keyed by ``COLUMNS[select]``."""
    if select is None:
        h = statement.header
        return [{
            "document": document, "title": fold(h.title), "date": h.date.isoformat() if h.date else None,
            "kind": h.kind.value, "location": fold(h.location), "issuer": fold(h.issuer),
            "attribution": fold(h.attribution), "languages": list(h.languages),
            "parties": [p.code for p in statement.parties],
            "participants": len(statement.participants), "sections": len(statement.sections),
            "pledges": len(statement.pledges),
        }]
    if select == "pledges":
        return [{
            "document": document, "text": fold(p.text), "start": p.span.start, "end": p.span.end,
            "actors": list(p.actors), "actor_text": fold(p.actor_text), "trigger": fold(p.trigger),
            "trigger_start": p.trigger_span.start, "trigger_end": p.trigger_span.end, "kind": p.kind.value,
            "negated": p.negated, "timeframe": fold(p.timeframe),
            "deadline": p.deadline.isoformat() if p.deadline else None,
            "subject_start": p.subject.start if p.subject else None,
            "subject_end": p.subject.end if p.subject else None,
        } for p in statement.pledges]
    if select == "participants":
        return [{
            "document": document, "name": fold(p.name), "title": fold(p.title), "country": p.country,
            "role": p.role.value,
            "mentions": len(p.mentions),
            "start": p.mentions[0].start if p.mentions else None,
            "end": p.mentions[0].end if p.mentions else None,
        } for p in statement.participants]
    if select == "parties":
        return [{"document": document, "name": p.name, "code": p.code, "start": p.span.start, "end": p.span.end,
                 "mentions": len(p.mentions)} for p in statement.parties]
    if select == "sections":
        return [{
            "document": document, "kind": s.kind.value, "heading": fold(s.heading), "start": s.span.start,
            "end": s.span.end, "paragraphs": len(s.paragraphs),
        } for s in statement.sections]
    raise ValueError(f"unknown selection {select!r}; choose one of {', '.join(SELECTIONS)}")
