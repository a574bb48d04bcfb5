"""dipstate: parse diplomatic statements into typed, offset-exact structure.

>>> import dipstate
>>> statement = dipstate.parse(text)
>>> statement.header.kind, [p.code for p in statement.parties]
"""

from __future__ import annotations

from dipstate._batch import BatchError, parse_many
from dipstate._pipeline import parse
from dipstate._version import __version__
from dipstate.model import (
    SCHEMA_VERSION,
    Header,
    Paragraph,
    Participant,
    Party,
    Pledge,
    PledgeKind,
    Role,
    Section,
    SectionKind,
    Span,
    Statement,
    StatementKind,
)

__all__ = [
    "SCHEMA_VERSION",
    "BatchError",
    "Header",
    "Paragraph",
    "Participant",
    "Party",
    "Pledge",
    "PledgeKind",
    "Role",
    "Section",
    "SectionKind",
    "Span",
    "Statement",
    "StatementKind",
    "__version__",
    "parse",
    "parse_many",
]
