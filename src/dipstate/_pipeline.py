"""``parse``: the pipeline from a string to a :class:`~dipstate.model.Statement`."""

from __future__ import annotations

from dipstate._header import read_header
from dipstate._layout import read_layout
from dipstate._participants import complete_countries, find_participants
from dipstate._parties import find_parties
from dipstate._pledges import acting_states, find_pledges
from dipstate._sections import cut_sections
from dipstate._source import Source
from dipstate.model import Statement, StatementKind


def parse(text: str) -> Statement:
    """Parse the plain text of one diplomatic statement.

    Accepts any ``str`` and never raises on one; every element's ``span``
    indexes ``text`` exactly. Raises :class:`TypeError` for anything else.
    """
    if not isinstance(text, str):
        raise TypeError(f"dipstate.parse() takes a str, not {type(text).__name__}")
    source = Source(text)
    layout = read_layout(source)
    title = source.collapsed(layout.title) if layout.title else None
    sections = cut_sections(source, layout, title)
    header = read_header(source, layout, sections)
    participants = find_participants(source, header, layout.title, sections)
    parties = find_parties(source, layout.title, sections, participants)
    joint = header.kind in (StatementKind.JOINT_STATEMENT, StatementKind.COMMUNIQUE, StatementKind.READOUT)
    acting = acting_states(source, sections, joint, alone=len(parties) < 2)
    if acting:
        parties = find_parties(source, layout.title, sections, participants, acting)
    codes = tuple(p.code for p in parties)
    participants = complete_countries(participants, codes)
    pledges = find_pledges(source, sections, codes, participants, header.date)
    return Statement(header, parties, participants, sections, pledges)
