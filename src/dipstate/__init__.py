"""dipstate: parse diplomatic statements into typed, offset-exact structure.

>>> import dipstate
>>> statement = dipstate.parse(text)
>>> statement.header.kind, [p.code for p in statement.parties]
"""

from __future__ import annotations

from dipstate._batch import BatchError, parse_many
from dipstate._pipeline import parse, parse_html
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
    "parse_html",
    "parse_many",
]

# The public names belong to the package itself: help(), reprs, pickles and the API reference
# name ``dipstate.Statement``, not the private module that defines it.
for _name in __all__:
    _obj = globals()[_name]
    if hasattr(_obj, "__module__") and not isinstance(_obj, (int, str)):
        _obj.__module__ = __name__
del _name, _obj
