"""Flat rows for spreadsheets: one row per document, or per pledge, participant, party or section."""

from __future__ import annotations

from typing import Any

from dipstate.model import Statement

SELECTIONS = ("pledges", "participants", "parties", "sections")

COLUMNS: dict[str | None, tuple[str, ...]] = {
    None: ("document", "title", "date", "kind", "location", "issuer", "attribution", "languages",
           "parties", "participants", "sections", "pledges"),
    "pledges": ("document", "text", "start", "end", "actors", "actor_text", "trigger", "trigger_start",
                "trigger_end", "kind", "negated", "timeframe", "deadline"),
    "participants": ("document", "name", "title", "country", "role", "mentions", "start", "end"),
    "parties": ("document", "name", "code", "start", "end"),
    "sections": ("document", "kind", "heading", "start", "end", "paragraphs"),
}


def rows(statement: Statement, document: str, select: str | None) -> list[dict[str, Any]]:
    """The rows of one statement, as dicts keyed by ``COLUMNS[select]``; lists joined with ";"."""
    if select is None:
        h = statement.header
        return [{
            "document": document, "title": h.title, "date": h.date.isoformat() if h.date else None,
            "kind": h.kind.value, "location": h.location, "issuer": h.issuer, "attribution": h.attribution,
            "languages": ";".join(h.languages), "parties": ";".join(p.code for p in statement.parties),
            "participants": len(statement.participants), "sections": len(statement.sections),
            "pledges": len(statement.pledges),
        }]
    if select == "pledges":
        return [{
            "document": document, "text": " ".join(p.text.split()), "start": p.span.start, "end": p.span.end,
            "actors": ";".join(p.actors), "actor_text": p.actor_text, "trigger": p.trigger,
            "trigger_start": p.trigger_span.start, "trigger_end": p.trigger_span.end, "kind": p.kind.value,
            "negated": p.negated, "timeframe": p.timeframe,
            "deadline": p.deadline.isoformat() if p.deadline else None,
        } for p in statement.pledges]
    if select == "participants":
        return [{
            "document": document, "name": p.name, "title": p.title, "country": p.country, "role": p.role.value,
            "mentions": len(p.mentions),
            "start": p.mentions[0].start if p.mentions else None,
            "end": p.mentions[0].end if p.mentions else None,
        } for p in statement.participants]
    if select == "parties":
        return [{"document": document, "name": p.name, "code": p.code, "start": p.span.start, "end": p.span.end}
                for p in statement.parties]
    if select == "sections":
        return [{
            "document": document, "kind": s.kind.value, "heading": s.heading, "start": s.span.start,
            "end": s.span.end, "paragraphs": len(s.paragraphs),
        } for s in statement.sections]
    raise ValueError(f"unknown selection {select!r}; choose one of {', '.join(SELECTIONS)}")
