"""``parse``: the pipeline from a string to a [`Statement`][dipstate.Statement]."""

from __future__ import annotations

import datetime as dt

from dipstate import _gazetteer, _layout
from dipstate._header import issuing_place, read_header
from dipstate._hints import read_hints
from dipstate._html import page_text
from dipstate._layout import read_layout
from dipstate._own_side import own_side
from dipstate._participants import (
    complete_countries,
    find_participants,
    home_countries,
    opening_voice,
    opens_with_meeting,
)
from dipstate._parties import find_parties, page_publisher
from dipstate._pledges import acting_states, find_pledges, speaks_jointly
from dipstate._reflow import lost_breaks
from dipstate._sections import cut_sections
from dipstate._source import Source
from dipstate.model import Party, Statement, StatementKind

_JOINT = (StatementKind.JOINT_STATEMENT, StatementKind.COMMUNIQUE)


def parse(text: str, *, home: str | None = None, date: dt.date | str | None = None) -> Statement:
    """Parse the plain text of one diplomatic statement.

    Accepts any ``str`` and never raises on one; every element's ``span``
    indexes ``text`` exactly. Raises `TypeError` for anything else.

    ``home`` is the code of the state or organisation that published the text
    ("GBR" for a gov.uk page): who "the Prime Minister", "the Government" and
    "I" stand for where the text names nobody else, and a party of a text it
    issues in its own name. ``date`` ("2024-11-18" or a `datetime.date`)
    is the issue date from the caller's metadata, used only where the text
    states none; it then also anchors deadlines. A bad hint raises
    `TypeError` or `ValueError` saying what to pass.
    """
    if not isinstance(text, str):
        raise TypeError(f"dipstate.parse() takes a str, not {type(text).__name__}")
    hints = read_hints(home, date)
    source = Source(text, lost_breaks(text))
    layout = read_layout(source)
    title = source.collapsed(layout.title) if layout.title else None
    sections = cut_sections(source, layout, title)
    header = read_header(source, layout, sections, hints.date)
    publisher = hints.home or page_publisher(source, layout)
    participants = find_participants(source, header, layout.title, sections, publisher)
    if publisher is None:
        publisher = opening_voice(source, layout.title, sections, participants)
        if publisher is None and header.kind is StatementKind.READOUT:
            publisher = own_side(source, layout.title, sections, participants)
        if publisher is not None:
            participants = home_countries(participants, publisher)
    issued_jointly = header.kind in _JOINT
    own = None if issued_jointly else publisher
    parties = find_parties(source, layout.title, sections, participants, own=own, joint=issued_jointly)
    if not parties and publisher is None and header.kind not in (*_JOINT, StatementKind.REMARKS):
        # a leader's site, nobody of any state named: the state it was issued in ("The Kremlin, Moscow";
        # not the city a speech or briefing was given in)
        place = issuing_place(source, layout, sections)
        publisher = own = _layout.place_country(place) if place else None
        if publisher is not None:
            participants = home_countries(participants, publisher)
            parties = find_parties(source, layout.title, sections, participants, own=own, joint=issued_jointly)
    if issued_jointly and not parties and publisher is not None and _gazetteer.is_organisation(publisher):
        own = publisher  # an organisation's communiqué on its own site ("Peace and Security Council")
        parties = find_parties(source, layout.title, sections, participants, own=own, joint=issued_jointly)
    if issued_jointly and publisher is not None and _one_state(parties, publisher):
        own = publisher  # a joint text on one signatory's own page that names only the other
        parties = find_parties(source, layout.title, sections, participants, own=own, joint=issued_jointly)
    # a text of no kind on a page whose publisher is known (a speech, a ministry's news item) speaks
    # for that publisher: states it names acting ("Iran seeks to ...", "Bangladesh is ready to work with
    # Myanmar") are talked about, not parties
    alone_voice = header.kind is StatementKind.OTHER and own is not None and not speaks_jointly(
        source, layout.title, sections, participants)
    several = issued_jointly or header.kind is StatementKind.READOUT
    acting = () if alone_voice else acting_states(source, sections, several, alone=len(parties) < 2)
    if acting:
        parties = find_parties(source, layout.title, sections, participants, acting, own=own, joint=issued_jointly)
    if alone_voice and layout.title is None and not opens_with_meeting(source, sections):
        # a speech as its text alone (no title, no meeting reported): the states it names, and people
        # it names meeting others, are talked about; it is its publisher's
        parties = tuple(p for p in parties if p.code == own) or parties
    codes = tuple(p.code for p in parties)
    participants = complete_countries(participants, codes, publisher)
    # one government's statement speaks for it alone, unless it speaks with a body it belongs to (NATO, G7)
    spoken_alone = header.kind is StatementKind.PRESS_STATEMENT or alone_voice
    one_voice = spoken_alone and not any(map(_gazetteer.is_organisation, codes))
    pledges = find_pledges(source, sections, codes, participants, header.date, hints.home or own, one_voice,
                           issued_jointly)
    return Statement(header, parties, participants, sections, pledges, text=text)


def parse_html(html: str, *, home: str | None = None, date: dt.date | str | None = None) -> Statement:
    """Parse a saved HTML page: `parse` of the text a reader sees in it (block elements as lines;
    scripts, styles and hidden elements dropped). Every span indexes ``statement.text``, that text,
    not ``html``. Needs the ``html`` extra (``pip install 'dipstate[html]'``) and raises
    `ImportError` saying so without it; `TypeError` for anything but a ``str``."""
    if not isinstance(html, str):
        raise TypeError(f"dipstate.parse_html() takes a str, not {type(html).__name__}")
    return parse(page_text(html), home=home, date=date)


def _one_state(parties: tuple[Party, ...], publisher: str) -> bool:
    """The parties of a joint text are one state other than the publisher: its page names only the
    other signatory ("the Minister of Foreign Affairs of Togo paid a visit ..." on Ghana's site). A
    group's statement (G7) is the group's alone, so an organisation among them keeps it so."""
    return len(parties) == 1 and parties[0].code != publisher and not _gazetteer.is_organisation(parties[0].code)
