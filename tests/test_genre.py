"""Page furniture and phrasings common across the genre: state.gov readouts, press gaggles."""

from __future__ import annotations

import datetime as dt

import dipstate
from dipstate import PledgeKind, SectionKind, StatementKind

READOUT = """Secretary Roe’s Call with Indian External Affairs Minister Patel

READOUT

OFFICE OF THE SPOKESPERSON

Release Date: March 3, 2023

The following is attributable to Spokesperson Ned Price:

Secretary of State Jane Roe spoke today with Indian External Affairs Minister Raj Patel. The Secretary underscored the United States’ ironclad commitment to the partnership. The Governments of India and the United States will convene the dialogue by June 2023. The United States is announcing $50 million in new assistance.

Assistant Secretary for East Asian and Pacific Affairs Daniel J. Kritenbrink also joined the call.
"""

GAGGLE = """BRIEFING ROOM

Press Gaggle by Press Secretary Karine Jean-Pierre

May 1, 2024

MS. JEAN-PIERRE:  Hi, everybody.

Q    Thank you, Karine.  Will the President travel?

MS. JEAN-PIERRE:  We are committed to working with Congress.
"""


def test_byline_block_under_the_title_is_preamble() -> None:
    st = dipstate.parse(READOUT)
    assert st.header.issuer == "OFFICE OF THE SPOKESPERSON"
    assert st.header.kind is StatementKind.READOUT
    assert st.header.date == dt.date(2023, 3, 3)
    assert st.sections[0].kind is SectionKind.PREAMBLE
    assert [p.text for p in st.sections[0].paragraphs] == [
        "READOUT",
        "OFFICE OF THE SPOKESPERSON",
        "The following is attributable to Spokesperson Ned Price:",
    ]


def test_offices_with_portfolio_and_qualifiers() -> None:
    people = {p.name: (p.title, p.country) for p in dipstate.parse(READOUT).participants}
    assert people["Raj Patel"] == ("External Affairs Minister", "IND")
    assert people["Daniel J. Kritenbrink"] == ("Assistant Secretary for East Asian and Pacific Affairs", "USA")
    assert people["Ned Price"] == ("Spokesperson", "USA")


def test_ironclad_governments_of_and_funding_announcements() -> None:
    pledges = dipstate.parse(READOUT).pledges
    by_start = {p.text.split()[1]: p for p in pledges}
    assert by_start["Secretary"].kind is PledgeKind.REAFFIRMED
    governments = by_start["Governments"]
    assert governments.actors == ("IND", "USA")
    assert governments.deadline == dt.date(2023, 6, 30)
    assert by_start["United"].trigger.startswith("is announcing")


def test_location_needs_a_past_meeting() -> None:
    assert dipstate.parse(READOUT).header.location is None


def test_gaggle_labels_merge_with_the_named_speaker() -> None:
    st = dipstate.parse(GAGGLE)
    assert [(p.name, p.title, p.country, p.role.value) for p in st.participants] == [
        ("Karine Jean-Pierre", "Press Secretary", "USA", "speaker")
    ]
    turns = st.sections[-1].paragraphs
    assert [p.speaker for p in turns] == ["MS. JEAN-PIERRE", "Q", "MS. JEAN-PIERRE"]
    assert [p.actors for p in st.pledges] == [("USA",)]


CONFERENCE = """BRIEFING ROOM

Remarks by President Biden and Prime Minister Kishida of Japan in Joint Press Conference

April 10, 2024

Speeches and Remarks

East Room

12:15 P.M. EDT

THE PRESIDENT:  Good afternoon.  I will travel to Tokyo next year.

PRIME MINISTER KISHIDA:  (As interpreted.)  Japan will double its defense budget by 2027.

Q    We will see about that.

END 12:58 P.M. EDT
"""


def test_office_labels_speak_for_the_office_holder() -> None:
    st = dipstate.parse(CONFERENCE)
    biden = st.participants[0]
    assert biden.name == "Biden"
    assert "THE PRESIDENT" in [CONFERENCE[m.start : m.end] for m in biden.mentions]
    assert [(p.actors, p.timeframe) for p in st.pledges] == [(("USA",), "next year"), (("JPN",), "by 2027")]


def test_venue_alone_is_the_location() -> None:
    assert dipstate.parse(CONFERENCE).header.location == "East Room"


def test_rank_labels_and_known_spokespeople() -> None:
    text = ("Press Briefing by Press Secretary Karine Jean-Pierre and Admiral John Kirby\nMay 1, 2024\n\n"
            "MS. JEAN-PIERRE:  Hello.\n\nADMIRAL KIRBY:  We will continue to support Ukraine.\n")
    st = dipstate.parse(text)
    assert [(p.name, p.title, p.country) for p in st.participants] == [
        ("Karine Jean-Pierre", "Press Secretary", "USA"),
        ("Kirby", "Admiral", "USA"),
    ]
    assert [p.actors for p in st.pledges] == [("USA",)]


STATE_VISIT = """Joint Statement from the Leaders of the United States and the Republic of Korea
April 26, 2023

President Joseph R. Biden, Jr. welcomed President Yoon Suk Yeol of the
Republic of Korea (ROK) to Washington, D.C., for a State Visit.

Deepening our Security Alliance

The Presidents reaffirmed their commitment to the Mutual Defense Treaty.
The ROK will host the next meeting in Seoul in early 2024.
"""


def test_state_visit_welcome_gives_place_participants_and_headed_body() -> None:
    st = dipstate.parse(STATE_VISIT)
    assert st.header.location == "Washington, D.C."
    assert [(p.name, p.country) for p in st.participants] == [
        ("Joseph R. Biden, Jr.", "USA"), ("Yoon Suk Yeol", "KOR")
    ]
    assert [s.heading for s in st.sections] == [None, "Deepening our Security Alliance"]
    presidents, rok = st.pledges
    assert presidents.actors == ("KOR", "USA")
    assert (rok.actors, rok.timeframe, rok.deadline) == (("KOR",), "in early 2024", None)


COMMUNIQUE = """Vilnius Summit Communiqué
July 11, 2023

Issued by NATO Heads of State and Government participating in the meeting of the North Atlantic Council.

1. We, the Heads of State and Government of the North Atlantic Alliance, have
   met in Vilnius. We will continue to support Ukraine.

Deterrence and Defence

2. We have agreed to deliver new regional plans by the end of
   2024. Allies commit to invest at least 2% of GDP annually on defence.
"""


def test_alliance_communique() -> None:
    st = dipstate.parse(COMMUNIQUE)
    assert st.header.kind is StatementKind.COMMUNIQUE
    assert st.header.location == "Vilnius"
    assert [p.code for p in st.parties] == ["NATO"]
    assert [s.kind for s in st.sections] == [SectionKind.PREAMBLE, SectionKind.BODY, SectionKind.BODY]
    assert [(p.trigger, p.actors) for p in st.pledges] == [
        ("will continue", ("NATO",)), ("agreed to", ("NATO",)), ("commit to", ("NATO",))
    ]
    assert st.pledges[1].deadline == dt.date(2024, 12, 31)


def test_issued_by_in_the_body_names_no_party() -> None:
    text = "Joint Statement of Japan and Canada\nJune 3, 2023\n\nWe condemn the threats issued by the DPRK.\n"
    assert [p.code for p in dipstate.parse(text).parties] == ["CAN", "JPN"]
