"""House styles of other publishers, one test each: the same contract whatever the site.

The texts are written for these tests in the layouts those sites use (menus, bylines, labels,
numbered and bulleted paragraphs); names and events are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

import dipstate
from dipstate import PledgeKind, Role, SectionKind, StatementKind


def kinds(statement: dipstate.Statement) -> list[tuple[str, str]]:
    """Each section's kind and the start of its first paragraph (its heading when it has none)."""
    return [(s.kind.value, s.paragraphs[0].text if s.paragraphs else s.heading or "") for s in statement.sections]


def cut_as(statement: dipstate.Statement, expected: list[tuple[str, str]]) -> bool:
    """The sections have these kinds, in order, and open with these words."""
    got = kinds(statement)
    return len(got) == len(expected) and all(
        kind == want_kind and text.startswith(start) for (kind, text), (want_kind, start) in zip(got, expected, strict=True)
    )


def people(statement: dipstate.Statement) -> dict[str | None, tuple[str | None, str | None, str]]:
    return {p.name: (p.title, p.country, p.role.value) for p in statement.participants}


ALLIANCE_COUNCIL = """Statement by the North Atlantic Council on the Cyber Attacks against Estonia

  • 14 Mar. 2019 -
  • |
  • Press Release (2019) 041
  • Issued on 14 Mar. 2019
  • |
  • Last updated: 14 Mar. 2019 16:05

The North Atlantic Council met today at Estonia’s request to consult on the attacks.

Allies condemn these attacks in the strongest terms.

We will continue to support Estonia and will strengthen our collective cyber defence.
"""


def test_alliance_council_statement() -> None:
    st = dipstate.parse(ALLIANCE_COUNCIL)
    h = st.header
    assert h.date == dt.date(2019, 3, 14)
    assert h.kind is StatementKind.PRESS_STATEMENT
    assert (h.issuer, h.attribution, h.location) == ("North Atlantic Council", None, None)
    assert [p.code for p in st.parties] == ["NATO"]
    assert kinds(st)[0] == ("boilerplate", "• |")
    assert st.sections[1].kind is SectionKind.BODY
    (pledge,) = st.pledges
    assert pledge.actors == ("NATO",) and pledge.trigger.startswith("will")


MINISTERS_RELEASE = """Joint Statement: Third Chile-New Zealand Foreign and Trade Ministers' Dialogue

Release details

Release type

Related ministers and contacts

The Hon Aroha Grey MP

Minister for Trade

Media contact

Release content

5 March 2021

1. The New Zealand Minister for Foreign Affairs, the Hon Tama Reid MP, and the Minister for Trade, the Hon Aroha Grey MP, met the Minister of Foreign Affairs of Chile, Mr Pablo Rojas, in Wellington.

2. The Ministers reaffirmed their commitment to an open trading system.

3. They reiterated their determination to work together on climate finance.
"""


def test_ministerial_release_with_release_details_chrome() -> None:
    st = dipstate.parse(MINISTERS_RELEASE)
    assert st.header.date == dt.date(2021, 3, 5)
    assert st.header.kind is StatementKind.JOINT_STATEMENT
    assert cut_as(st, [("boilerplate", "Release details"), ("body", "1. The New Zealand Minis")]), kinds(st)
    assert len(st.sections[1].paragraphs) == 3
    found = people(st)
    assert found["Tama Reid"] == ("Minister for Foreign Affairs", "NZL", "attendee")
    assert found["Aroha Grey"] == ("Minister for Trade", "NZL", "attendee")
    assert found["Pablo Rojas"] == ("Minister of Foreign Affairs", "CHL", "attendee")
    assert [p.code for p in st.parties] == ["CHL", "NZL"]
    assert [(p.kind, p.actors) for p in st.pledges] == [
        (PledgeKind.REAFFIRMED, ("CHL", "NZL")),
        (PledgeKind.REAFFIRMED, ("CHL", "NZL")),
    ]


GOVERNMENT_PRESS_RELEASE = """Joint statement by the UK Foreign Secretary Lane and Norwegian Foreign Minister Dahl

Press release

Statement following a meeting in Oslo between the UK Foreign Secretary Priya Lane and Norwegian Foreign Minister Erik Dahl

The two ministers met today to review cooperation in the North Sea.

After a constructive discussion, the two ministers agreed to:

  • convene the energy working group no later than 30 April
  • publish a joint offshore wind plan

Published 12 March 2022
"""


def test_press_release_with_summary_line_and_colon_list() -> None:
    st = dipstate.parse(GOVERNMENT_PRESS_RELEASE)
    assert st.header.date == dt.date(2022, 3, 12)
    assert st.header.location == "Oslo"
    assert cut_as(st, [
        ("boilerplate", "Press release"),
        ("preamble", "Statement following a m"),
        ("body", "The two ministers met to"),
    ]), kinds(st)
    assert [p.code for p in st.parties] == ["GBR", "NOR"]
    (pledge,) = st.pledges
    assert pledge.text.startswith("After a constructive") and pledge.text.endswith("offshore wind plan")
    assert pledge.actors == ("GBR", "NOR")
    assert (pledge.timeframe, pledge.deadline) == ("no later than 30 April", dt.date(2022, 4, 30))


MINISTRY_BOARD = """바로가기 메뉴
본문 바로가기
주메뉴 바로가기
KOR

Press Releases

Outcome of ROK-Chile Foreign Ministers’ Meeting Held on Mar. 3

Date
2021-03-03
hit
912

1. Minister of Foreign Affairs Chung, Eui-yong had a meeting with Minister of Foreign Affairs of Chile Andrés Allamand.

2. The two Ministers agreed to continue cooperation on trade and vaccines.
"""


def test_ministry_board_with_menus_in_another_script() -> None:
    st = dipstate.parse(MINISTRY_BOARD)
    h = st.header
    assert h.title == "Outcome of ROK-Chile Foreign Ministers’ Meeting Held on Mar. 3"
    assert (h.date, h.kind) == (dt.date(2021, 3, 3), StatementKind.READOUT)
    assert cut_as(st, [("boilerplate", "바로가기 메뉴"), ("boilerplate", "hit"), ("readout", "1. Minister of Foreign ")]), kinds(st)
    found = people(st)
    assert found["Chung, Eui-yong"] == ("Minister of Foreign Affairs", "KOR", "attendee")
    assert found["Andrés Allamand"][1] == "CHL"
    (pledge,) = st.pledges
    assert pledge.actors == ("CHL", "KOR")


LEADERS_PAGE = """Main Container

logo

Joint Statement by the Prime Minister of Canada, Jane Moreau, and the President of Ghana, Kofi Mensah

Main Content

Ms. Jane Moreau, Prime Minister of Canada, and Mr. Kofi Mensah, President of Ghana, met in Accra, Ghana on May 4, 2023. They issued the following statement:

Canada and Ghana, building on decades of friendship, commit to:

  • expanding trade in clean energy;
  • supporting regional peace efforts;

They reiterate their willingness to cooperate with their partners.
"""


def test_leaders_page_with_landmark_chrome_and_lead_in() -> None:
    st = dipstate.parse(LEADERS_PAGE)
    assert st.header.title.startswith("Joint Statement by the Prime Minister of Canada")
    assert st.header.kind is StatementKind.JOINT_STATEMENT
    assert st.header.location == "Accra, Ghana"
    assert cut_as(st, [
        ("boilerplate", "Main Container"),
        ("boilerplate", "Main Content"),
        ("preamble", "Ms. Jane Moreau, Prime "),
        ("body", "Canada and Ghana, buildi"),
    ]), kinds(st)
    found = people(st)
    assert found["Jane Moreau"] == ("Prime Minister", "CAN", "signatory")
    assert found["Kofi Mensah"] == ("President", "GHA", "signatory")
    first, second = st.pledges
    assert first.trigger == "commit to" and "supporting regional peace efforts;" in first.text
    assert second.kind is PledgeKind.REAFFIRMED and second.actors == ("CAN", "GHA")


EMBASSY_PAGE = """javascript is required for this page
Joint Statement of the First Meeting of the Ministers of .....
Home      >  Joint Statement of the First Meeting of the Ministers of the Andes Dialogue

Joint Statement of the First Meeting of the Ministers of the Andes Dialogue

The First Meeting took place on 2 May 2019 in Lima, Republic of Peru. Foreign Ministers of the Republic of Peru, the Republic of Ecuador and the Plurinational State of Bolivia participated in the meeting.

All Sides condemned terrorism and agreed to cooperate in countering it.
"""


def test_embassy_page_with_breadcrumb_and_subject_list() -> None:
    st = dipstate.parse(EMBASSY_PAGE)
    assert st.header.title == "Joint Statement of the First Meeting of the Ministers of the Andes Dialogue"
    assert st.header.location == "Lima, Republic of Peru"
    assert kinds(st)[0][0] == "boilerplate" and kinds(st)[0][1].startswith("javascript is required")
    assert [p.code for p in st.parties] == ["BOL", "ECU", "PER"]
    (pledge,) = st.pledges
    assert pledge.actors == ("BOL", "ECU", "PER") and pledge.trigger == "agreed to"


SPEECH_PAGE = """PM Lim at the Joint Press Conference with Viet Nam PM Tran Van An (May 2023)

PM Lim Wei Ming | 9 May 2023

Transcript of remarks by Prime Minister Lim Wei Ming at the Joint Press Conference with Prime Minister Tran Van An on 9 May 2023.

Prime Minister Tran,

I am glad to welcome the Prime Minister to Singapore.

Prime Minister Tran and I had good discussions. We committed to deepen our digital economy partnership.

Regional Developments

Singapore supports a strong ASEAN.
"""


def test_speech_without_labels_is_one_speakers_transcript() -> None:
    st = dipstate.parse(SPEECH_PAGE, home="SGP")
    assert (st.header.date, st.header.kind, st.header.location) == (
        dt.date(2023, 5, 9),
        StatementKind.REMARKS,
        "Singapore",
    )
    assert cut_as(st, [
        ("preamble", "Transcript of remarks by"),
        ("transcript", "Prime Minister Tran,"),
        ("transcript", "Singapore supports a st"),
    ]), kinds(st)
    assert st.sections[2].heading == "Regional Developments"
    found = people(st)
    assert found["Lim Wei Ming"] == ("Prime Minister", "SGP", "speaker")
    assert found["Tran Van An"] == ("Prime Minister", "VNM", "attendee")
    (pledge,) = st.pledges
    assert pledge.actors == ("SGP", "VNM")


DEFENCE_READOUT = """Chief Spokesperson Lena M. Ortiz provided the following readout:
On May 2, Secretary of Defense Paul Grant spoke with the Philippine Secretary of National Defense Jose Cruz to discuss maritime security.
Secretary Grant reaffirmed the ironclad U.S. commitment to the alliance.
He expressed his commitment to the joint patrols.
Secretary Grant and Secretary Cruz will be meeting later this month in Manila.
"""


def test_readout_announced_by_a_spokesperson_one_paragraph_a_line() -> None:
    st = dipstate.parse(DEFENCE_READOUT)
    assert st.header.title is None
    assert st.header.kind is StatementKind.READOUT
    assert st.header.attribution == "Chief Spokesperson Lena M. Ortiz"
    assert cut_as(st, [("preamble", "Chief Spokesperson Lena "), ("readout", "On May 2, Secretary of ")]), kinds(st)
    assert len(st.sections[1].paragraphs) == 4
    assert people(st)["Lena M. Ortiz"][2] == Role.SPOKESPERSON.value
    actors = [p.actors for p in st.pledges]
    assert actors == [("USA",), ("USA",), ("PHL", "USA")]
    assert st.pledges[-1].timeframe == "later this month"


MEDIA_NOTE = """Joint Statement of the United States-Mongolia Strategic Dialogue
Media Note
Office of the Spokesperson
Washington, DC
June 2, 2014
________________________________________
A Partnership for the Future
Following is the text of a joint statement by the United States of America and Mongolia issued on June 2, 2014.
I. Preamble
Our partnership is stronger than ever, and the Ministers meet today in Washington to reaffirm the Ulaanbaatar Declaration.
"""


def test_media_note_byline_block_and_lead_in_heading() -> None:
    st = dipstate.parse(MEDIA_NOTE)
    h = st.header
    assert (h.date, h.issuer, h.location) == (dt.date(2014, 6, 2), "Office of the Spokesperson", "Washington, DC")
    assert [(s.kind.value, s.heading) for s in st.sections] == [
        ("preamble", None),
        ("boilerplate", None),
        ("preamble", "A Partnership for the Future"),
        ("body", "I. Preamble"),
    ]
    assert [p.text for p in st.sections[0].paragraphs] == ["Media Note", "Office of the Spokesperson", "Washington, DC"]
    (pledge,) = st.pledges
    assert pledge.kind is PledgeKind.REAFFIRMED and pledge.actors == ("MNG", "USA")


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("Joint Statement of New Zealand and Fiji, Auckland, 22 February 2019", dt.date(2019, 2, 22)),
        ("Readout of the Minister's Call with Her Counterpart", None),
    ],
)
def test_date_at_the_end_of_the_title(title: str, date: dt.date | None) -> None:
    st = dipstate.parse(title + "\n\nThe two Ministers met today.\n")
    assert st.header.title == title and st.header.date == date


def test_caller_hints_name_the_publisher_and_the_date() -> None:
    text = "PM meeting with the President of Kenya\n\nThe Prime Minister met President Ruto today. The Prime Minister will visit Nairobi next year.\n"
    bare = dipstate.parse(text)
    hinted = dipstate.parse(text, home="GBR", date="2024-11-18")
    assert bare.header.date is None and hinted.header.date == dt.date(2024, 11, 18)
    assert hinted.header.kind is StatementKind.READOUT
    assert [p.code for p in hinted.parties] == ["GBR", "KEN"]
    (pledge,) = hinted.pledges
    assert pledge.actors == ("GBR",) and pledge.deadline == dt.date(2025, 12, 31)


def test_a_date_in_the_text_wins_over_the_callers() -> None:
    st = dipstate.parse("Joint Statement\nJune 3, 2023\n\nWe will act.\n", date=dt.date(2020, 1, 1))
    assert st.header.date == dt.date(2023, 6, 3)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [({"home": "XX"}, ValueError), ({"home": 3}, TypeError), ({"date": "3 June"}, ValueError), ({"date": 2023}, TypeError)],
)
def test_bad_hints_raise_clear_errors(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error, match=r"home|date"):
        dipstate.parse("text", **kwargs)  # type: ignore[arg-type]


DEPARTMENT_PRESS_STATEMENT = """On the Anniversary of the Accord

Press Statement

Maria Lopez, Secretary of State

July 14, 2023

The United States will continue to support the accord.
"""


def test_named_byline_of_a_press_statement_is_its_attribution() -> None:
    st = dipstate.parse(DEPARTMENT_PRESS_STATEMENT)
    h = st.header
    assert (h.kind, h.attribution, h.location) == (StatementKind.PRESS_STATEMENT, "Maria Lopez, Secretary of State", None)
    assert cut_as(st, [("preamble", "Press Statement"), ("body", "The United States will")]), kinds(st)
    assert people(st)["Maria Lopez"] == ("Secretary of State", "USA", "spokesperson")
    assert [p.actors for p in st.pledges] == [("USA",)]


UNION_STATEMENT = """Statement by the High Representative on behalf of the EU on the floods in the region

Brussels, 12/03/2023 - 14:05
UNIQUE ID: 230312_5

The European Union expresses its solidarity. The EU will continue to support the people affected.
"""


def test_union_statement_with_numeric_dateline() -> None:
    st = dipstate.parse(UNION_STATEMENT)
    assert (st.header.date, st.header.location) == (dt.date(2023, 3, 12), "Brussels")
    assert [p.code for p in st.parties] == ["EU"]
    assert [s.kind for s in st.sections] == [SectionKind.BOILERPLATE, SectionKind.BODY]
    assert [p.actors for p in st.pledges] == [("EU",)]


GROUP_COMMUNIQUE = """G7 Trade Ministers' Communiqué

Osaka, Japan, 2 May 2019

We, the Trade Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America and the High Representative of the European Union, met today.

We will work to reform the trading system.
"""


def test_group_communique_with_place_and_date_line() -> None:
    st = dipstate.parse(GROUP_COMMUNIQUE)
    assert (st.header.kind, st.header.date, st.header.location) == (
        StatementKind.COMMUNIQUE,
        dt.date(2019, 5, 2),
        "Osaka, Japan",
    )
    # the members list themselves as the issuers: they are the parties, with the EU named beside
    # them, and the group's own code is not a party as well (SPEC "Party")
    assert {"EU", "CAN", "USA", "JPN"} <= {p.code for p in st.parties}
    assert "G7" not in {p.code for p in st.parties}


DEPARTMENT_RELEASE = """United States and Peru Launch a Mining Partnership

July 14, 2022

WASHINGTON – The United States and the Republic of Peru today announced the launch of a mining partnership. The two countries intend to meet again this year.
"""


def test_department_release_with_capitalised_dateline() -> None:
    st = dipstate.parse(DEPARTMENT_RELEASE)
    assert st.header.location == "WASHINGTON"
    assert [p.code for p in st.parties] == ["PER", "USA"]
    assert [p.actors for p in st.pledges] == [("PER", "USA"), ("PER", "USA")]


NOTICE_AND_SIGN_OFF = """Beware of callers claiming to be from this ministry. Officials will never ask you for your bank details over the phone. Report suspicious calls to the police.

Minister for Foreign Affairs Amina Odhiambo's Telephone Call with Norwegian Foreign Minister Lars Dahl, 4 May 2021

4 May 2021

Minister for Foreign Affairs Amina Odhiambo spoke with Norwegian Foreign Minister Lars Dahl on 4 May 2021.

The two Ministers agreed to deepen cooperation on ocean governance.

*   *   *

MINISTRY OF FOREIGN AFFAIRS
KENYA
4 MAY 2021

Related Links
"""


def test_site_notice_above_the_title_and_sign_off_below_the_text() -> None:
    st = dipstate.parse(NOTICE_AND_SIGN_OFF)
    # a notice of the site's own (prose, above a title and its date) is furniture, not the text
    assert st.header.title is not None and st.header.title.startswith("Minister for Foreign Affairs Amina")
    assert st.header.kind is StatementKind.READOUT
    # the sign-off under the divider is one boilerplate section; its ministry and state name the issuer
    assert cut_as(st, [("boilerplate", "Beware"), ("readout", "Minister for Foreign Affairs Amina"), ("boilerplate", "*")])
    assert st.header.issuer == "MINISTRY OF FOREIGN AFFAIRS KENYA"
    assert [p.code for p in st.parties] == ["KEN", "NOR"]
    assert [p.actors for p in st.pledges] == [("KEN", "NOR")]


def test_a_list_closing_the_text_stays_its_content() -> None:
    text = (
        "Readout of the Task Force Meeting\n\nMay 3, 2023\n\nThe Task Force met today with officials of:\n\n"
        "- Department of Energy\n- Department of Labor\n- Department of State\n\nNext Post\n"
    )
    st = dipstate.parse(text)
    assert cut_as(st, [("readout", "The Task Force met"), ("boilerplate", "Next Post")])
    assert [p.text for p in st.sections[0].paragraphs][1:] == [
        "- Department of Energy",
        "- Department of Labor",
        "- Department of State",
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Download the full Statement here.", True),
        ("Read the complete report online.", True),
        ("Read the full story below:", False),  # it leads into text the page quotes
    ],
)
def test_link_to_the_full_document_is_furniture(line: str, furniture: bool) -> None:
    text = f"The Ministers of the Andean Community expressed concern over the floods.\n\n{line}\n"
    st = dipstate.parse(text)
    assert st.header.kind is StatementKind.JOINT_STATEMENT  # the members speak together
    kinds_of_line = [s.kind for s in st.sections if any(p.text.startswith(line[:12]) for p in s.paragraphs)]
    assert (kinds_of_line == [SectionKind.BOILERPLATE]) is furniture


def test_a_dateline_in_title_case_opening_the_first_paragraph() -> None:
    text = ("Press Release\n\nCommissioner Receives the Trade Minister of Zambia\n\nShare:\n\n"
            "Kigali, 14 May 2019 - The Commissioner for Trade received today the Minister of Commerce of "
            "Zambia. The two sides discussed the free trade area.\n")
    statement = dipstate.parse(text)
    assert statement.header.date == dt.date(2019, 5, 14)
    assert statement.header.location == "Kigali"
    assert kinds(statement)[0] == ("boilerplate", "Press Release")
    assert not any(p.text == "Share:" for s in statement.sections if s.kind is not SectionKind.BOILERPLATE
                   for p in s.paragraphs)


def test_a_date_after_the_release_number_opening_the_title() -> None:
    text = ("No: 112, 3 May 2021, Joint Statement of the Foreign Ministers of Chile and Peru\n\n"
            "The Foreign Ministers met in Lima.\n")
    header = dipstate.parse(text).header
    assert header.date == dt.date(2021, 5, 3)
    assert header.title == "No: 112, 3 May 2021, Joint Statement of the Foreign Ministers of Chile and Peru"


def test_the_two_countries_are_the_two_states_the_sentence_before_lists() -> None:
    text = ("Minister Visits Ghana\n\n3 July 2022\n\nThe Minister will visit Accra. Namibia and Ghana enjoy warm "
            "relations. The two countries will sign an agreement on training.\n")
    statement = dipstate.parse(text)
    pledge = next(p for p in statement.pledges if "sign an agreement" in p.text)
    assert pledge.actors == ("GHA", "NAM")
    assert {"GHA", "NAM"} <= {p.code for p in statement.parties}


def test_a_release_about_a_ministers_visit_is_not_a_statement_in_their_name() -> None:
    text = ("Media Statement\n\n3 July 2022\n\nMinister Dlamini undertakes Official Visit to Ghana\n\n"
            "The Minister of International Relations, Dr Sibusiso Dlamini, will visit Ghana from 4 to 6 July.\n")
    roles = {p.name: p.role for p in dipstate.parse(text).participants}
    assert roles.get("Sibusiso Dlamini") is not Role.SPOKESPERSON


@pytest.mark.parametrize(("line", "issuer"), [
    ("ISSUED BY THE DEPARTMENT OF INTERNATIONAL RELATIONS AND COOPERATION",
     "THE DEPARTMENT OF INTERNATIONAL RELATIONS AND COOPERATION"),
    ("Ministry of Foreign and Diaspora Affairs", "Ministry of Foreign and Diaspora Affairs"),
])
def test_the_issuing_office_without_the_words_that_introduce_it(line: str, issuer: str) -> None:
    text = (f"{line}\n\nMinister Meets the Ambassador of Chile\n\n3 July 2022\n\nThe Minister met the Ambassador "
            "of Chile in Nairobi. They discussed trade.\n")
    assert dipstate.parse(text).header.issuer == issuer


def test_a_ministry_with_its_city_is_a_venue_not_the_issuer() -> None:
    text = ("Remarks with the Foreign Minister\n\nMarch 27, 2022\n\nMinistry of Foreign Affairs, Jerusalem\n\n"
            "SECRETARY BLINKEN: Thank you. It is good to be here.\n")
    assert dipstate.parse(text).header.issuer is None


def test_a_lead_in_that_announces_a_statement_and_goes_on_before_its_colon_is_preamble() -> None:
    text = ("Minister Lind on her talks with the Foreign Minister of Peru\n\n12.03.2024 - Press release\n\n"
            "Foreign Minister Sara Lind issued the following statement today in Oslo following her talks with "
            "Foreign Minister of Peru Luis Quispe:\n\nNorway and Peru are close partners.\n")
    statement = dipstate.parse(text)
    assert statement.sections[0].kind is SectionKind.PREAMBLE
    assert people(statement)["Sara Lind"][2] == "spokesperson"


def test_a_un_press_release_document_symbol_and_closing_marks_are_chrome() -> None:
    text = ("Meetings Coverage and Press Releases\n\nSecretary-General Condemns Attack in Mali\n\nSG/SM/21234\n\n"
            "3 April 2022\n\nThe following statement was issued today by the Spokesman for the Secretary-General:\n\n"
            "The Secretary-General condemns the attack. The United Nations will continue to support Mali.\n\n"
            "* *** *\nFor information media. Not an official record.\n")
    statement = dipstate.parse(text)
    assert statement.header.title == "Secretary-General Condemns Attack in Mali"
    assert statement.header.kind is StatementKind.PRESS_STATEMENT
    assert kinds(statement)[-1][0] == "boilerplate"
    assert [p.code for p in statement.parties] == ["UN"]


def test_a_bare_divider_and_a_heading_with_a_slash_stay_content() -> None:
    text = ("Joint Statement of Chile and Peru\nMay 3, 2022\n\nChile and Peru will meet again.\n\n***\n\n"
            "Women/Peace\n\nThe two countries will support women peacebuilders.\n")
    assert all(kind != "boilerplate" for kind, _ in kinds(dipstate.parse(text)))


def test_a_defence_readout_attributed_to_its_press_secretary() -> None:
    text = ("Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Peruvian Minister of Defense "
            "Ana Rojas\n\nAug. 29, 2023\n\nAttributed to Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder:\n\n"
            "Secretary of Defense Lloyd J. Austin III met Peruvian Minister of Defense Ana Rojas at the Pentagon "
            "today. The two leaders committed to deepen cooperation.\n")
    statement = dipstate.parse(text)
    assert statement.header.attribution == "Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder"
    assert statement.sections[0].kind is SectionKind.PREAMBLE
    assert statement.header.location != "Attributed to Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder:"
    assert people(statement)["Pat Ryder"] == ("Pentagon Press Secretary", "USA", "spokesperson")


def test_a_trade_office_page_is_a_us_page() -> None:
    text = ("Office of the United States Trade Representative\n\nReadout of Ambassador Tai's Meeting with the Trade "
            "Minister of Chile\n\nMay 30, 2023\n\nAmbassador Tai met today with the Trade Minister of Chile. "
            "We will launch negotiations in the coming weeks.\n")
    statement = dipstate.parse(text)
    assert statement.header.issuer == "Office of the United States Trade Representative"
    assert {p.code for p in statement.parties} == {"CHL", "USA"}


# An EU foreign-policy declaration as a news site reposts it: weather and today's date above the
# headline, the site's disclaimers, the aligned countries' formula, footnote marks glued to names.
ALIGNMENT_REPOST = """14 C
Tuesday, March 3, 2026
WorldDeclaration by the High Representative on behalf of the EU on the...

Declaration by the High Representative on behalf of the EU on the alignment of certain countries with restrictive measures concerning Moldova

DISCLAIMER: The views quoted in our articles belong to those who hold them; republishing them here is not an endorsement.

On 9 February 2026 the Council adopted Decision (CFSP) 2026/311.

The Council decided to prolong the restrictive measures against persons destabilising Moldova.

The Candidate Countries Serbia and Albania1, and the EFTA country Norway, member of the European Economic Area, as well as Georgia align themselves with this Decision.

They will ensure that their national policies conform to this Decision.

The European Union takes note of this commitment and welcomes it.

1Albania continues to be part of the Stabilisation and Association Process.

- Advertisement -

More from the author

- Advertisement -

Latest articles
"""


def test_an_eu_declaration_reposted_on_a_news_page() -> None:
    st = dipstate.parse(ALIGNMENT_REPOST)
    assert st.header.title is not None and st.header.title.startswith("Declaration by the High Representative")
    assert st.header.date is None  # the line beside the weather is the site's today, not the declaration's
    assert st.header.kind is StatementKind.PRESS_STATEMENT  # one office's declaration
    assert st.header.attribution == "High Representative"
    assert people(st) == {None: ("High Representative", "EU", "spokesperson")}  # named nowhere
    assert cut_as(st, [("boilerplate", "14 C"), ("boilerplate", "DISCLAIMER:"),
                       ("body", "On 9 February 2026"), ("boilerplate", "- Advertisement -")])
    # the aligned states join the text ("Albania1" is Albania with its footnote mark)
    assert [p.code for p in st.parties] == ["ALB", "EU", "GEO", "NOR", "SRB"]
    found = {p.text.split()[1]: p.actors for p in st.pledges}
    assert found == {"Council": ("EU",), "will": ("ALB", "GEO", "NOR", "SRB")}


def test_taking_note_of_anothers_commitment_pledges_nothing() -> None:
    text = ("Declaration by the High Representative on behalf of the EU on Freedonia\n\nThe Government of "
            "Freedonia has promised elections in May. The European Union takes note of this commitment. The "
            "European Union stands ready to support the vote.")
    st = dipstate.parse(text)
    assert [p.text for p in st.pledges] == ["The European Union stands ready to support the vote."]  # not the note


def test_the_council_of_a_joint_text_is_the_parties_joint_council() -> None:
    text = ("Joint Statement on the U.S.-EU Energy Council\n\nThe United States and the European Union "
            "convened the tenth U.S.-EU Energy Council in Brussels. The Council reaffirmed its commitment to "
            "secure energy supplies.")
    st = dipstate.parse(text)
    council = [p for p in st.pledges if p.text.startswith("The Council")]
    assert [p.actors for p in council] == [("EU", "USA")]


# A foreign ministry's page: the site's name above its menu, the title naming the minister and
# what they do, a kind label sharing the date's line.
MINISTRY_NEWSROOM = """Federal Office for Foreign Relations

Home
Newsroom
Press releases

State Secretary Lena Vogt travels to Lithuania

04.02.2026 - Press release

State Secretary Lena Vogt will travel to Vilnius today for consultations with her Lithuanian counterpart.

Top of page
"""


def test_the_sites_name_above_its_menu_is_not_the_title() -> None:
    st = dipstate.parse(MINISTRY_NEWSROOM)
    assert st.header.title == "State Secretary Lena Vogt travels to Lithuania"  # not a byline: a sentence
    assert st.header.date == dt.date(2026, 2, 4)
    assert st.header.kind is StatementKind.PRESS_STATEMENT  # "Press release" on the date's line
    assert st.sections[0].kind is SectionKind.BOILERPLATE


def test_a_states_name_in_capitals_above_its_ministry_is_the_publisher_not_the_title() -> None:
    text = ("REPUBLIC OF TÜRKİYE\nMINISTRY OF FOREIGN AFFAIRS\n\n"
            "No: 17, 2 February 2026, Press Release Regarding the Visit of the Foreign Minister of Chile\n\n"
            "Foreign Minister of Chile Ana Rojas will pay an official visit to our country on 3 February 2026.\n")
    st = dipstate.parse(text)
    assert st.header.title is not None and st.header.title.startswith("No: 17, 2 February 2026")
    assert st.header.date == dt.date(2026, 2, 2)
    assert [p.code for p in st.parties] == ["CHL", "TUR"]  # "TÜRKİYE": the dotted capital I folds


def test_an_institution_in_a_title_is_no_attribution_and_its_name_no_language() -> None:
    text = ("Embassy of the Russian Federation in the Republic of Ghana\n\n"
            "Statement by the Embassy on the anniversary of diplomatic relations\n\n14 December 2025\n\n"
            "Today we mark the anniversary of diplomatic relations between Russia and Ghana.\n")
    st = dipstate.parse(text)
    assert st.header.attribution is None  # a text is attributed to people, not to a body
    assert st.header.languages == ()  # "Russian Federation" is no link to a Russian translation


# An organisation's communiqué on its own site: its name and motto above the title, a lead-in that
# names the organ, numbered operative paragraphs that open with capitalised verbs.
ORGAN_COMMUNIQUE = """African Union
A Prosperous and Peaceful Continent.

Communiqué of the 1300th meeting of the Peace and Security Council

Addis Ababa, 2 March 2026

The Peace and Security Council of the African Union (AU), at its 1300th meeting held on 2 March 2026, on the situation in the Great Lakes region:

1. Expresses deep concern over the continued fighting;

2. Reaffirms its commitment to the sovereignty and territorial integrity of the states of the region;

3. Decides to remain actively seized of the matter.
"""


def test_an_organisations_communique_with_operative_paragraphs() -> None:
    st = dipstate.parse(ORGAN_COMMUNIQUE)
    assert st.header.kind is StatementKind.COMMUNIQUE
    assert [p.code for p in st.parties] == ["AU"]  # the organisation whose site and organ it is
    assert len(st.pledges) == 1  # the lead-in runs through its items: one sentence
    pledge = st.pledges[0]
    assert pledge.actors == ("AU",) and pledge.trigger == "Reaffirms its commitment"


def test_the_items_others_are_called_on_to_do_are_not_pledges() -> None:
    text = ("Statement from the Press Secretary\n\nThe President has called on Congress to:\n\n"
            "- Commit to funding the program in full.\n")
    assert dipstate.parse(text, home="USA").pledges == ()


# A foreign ministry's account of a ministers' meeting: the meeting's name as the title, names in
# the house's order and capitals, "held a <name> Meeting with", numbered paragraphs.
MINISTERS_MEETING = """Ministry of Foreign Affairs of Japan

Japan-Chile Foreign Ministers' Meeting

May 2, 2026

On May 2, for approximately 45 minutes, Ms. TANAKA Emi, Minister for Foreign Affairs of Japan, held a Japan-Chile Foreign Ministers' Meeting with H.E. Mr. Pablo Rojas, Minister of Foreign Affairs of the Republic of Chile.

1. The two ministers confirmed that they will cooperate closely on critical minerals.
"""


def test_a_ministers_meeting_named_in_the_title_is_a_readout_of_both_ministers() -> None:
    st = dipstate.parse(MINISTERS_MEETING)
    assert st.header.kind is StatementKind.READOUT
    assert people(st) == {"TANAKA Emi": ("Minister for Foreign Affairs", "JPN", "attendee"),
                          "Pablo Rojas": ("Minister of Foreign Affairs", "CHL", "attendee")}
    assert [p.actors for p in st.pledges] == [("CHL", "JPN")]


def test_a_visit_paid_at_the_invitation_of_the_host_and_the_two_prime_ministers() -> None:
    text = ("Joint Statement on the visit of the Prime Minister of Portugal to India\n\nMarch 3, 2026\n\n"
            "1. At the invitation of the Prime Minister of India, Shri Arjun Mehta, the Prime Minister of "
            "Portugal, H.E. Mr. Rui Costa, paid an official visit to India.\n\n"
            "2. The two Prime Ministers agreed to double bilateral trade by 2030.\n")
    st = dipstate.parse(text)
    assert people(st) == {"Arjun Mehta": ("Prime Minister", "IND", "attendee"),
                          "Rui Costa": ("Prime Minister", "PRT", "attendee")}  # "Shri" is a style
    assert [p.actors for p in st.pledges] == [("IND", "PRT")]  # "the two Prime Ministers"


# A government portal's readout: the date closing the title after a colon, a summary, then the
# page's metadata block ("From:" / the office, "Published" / the date) above the text.
PORTAL_READOUT = """Press release

PM call with President of Chile: 9 April 2026

The Prime Minister spoke to the President of Chile, Ana Rojas, this morning.

From:
Prime Minister's Office
Published
9 April 2026

The Prime Minister spoke to President Rojas this morning. The leaders agreed to deepen cooperation on lithium.
"""


def test_a_portal_readout_with_its_date_in_the_title_and_a_metadata_block() -> None:
    st = dipstate.parse(PORTAL_READOUT)
    assert st.header.date == dt.date(2026, 4, 9)
    assert st.header.kind is StatementKind.READOUT
    metadata = [s for s in st.sections if s.paragraphs and s.paragraphs[0].text == "From:"]
    assert [s.kind for s in metadata] == [SectionKind.BOILERPLATE]
    assert "Prime Minister's Office" in [p.text for p in metadata[0].paragraphs]
    assert all(s.paragraphs for s in st.sections)  # no heading-only section from the metadata values


def test_a_site_name_above_a_label_and_the_date_is_not_the_title() -> None:
    text = ("Council of the Union\nPress release\n12 April 2026 10:15\n\nEU-Chile summit: joint statement\n\n"
            "1. We, the leaders of the European Union and Chile, met today in Brussels.\n\n"
            "2. We will launch a new partnership on critical raw materials.\n")
    st = dipstate.parse(text)
    assert st.header.title == "EU-Chile summit: joint statement"
    assert st.header.date == dt.date(2026, 4, 12)
    assert [p.code for p in st.parties] == ["CHL", "EU"]


def test_willingness_is_a_commitment() -> None:
    text = ("Wang Lei Holds Talks with Chilean Foreign Minister Ana Rojas\n\n2026-01-19\n\n"
            "Foreign Minister Wang Lei of China held talks with Chilean Foreign Minister Ana Rojas in Beijing. "
            "Wang Lei said that China is willing to work with Chile on green development.")
    st = dipstate.parse(text)
    assert [(p.trigger, p.actors) for p in st.pledges] == [("is willing to", ("CHN",))]


def test_the_us_government_banner_in_its_mil_variant_is_chrome() -> None:
    text = ("An official website of the United States government\nHere's how you know\n"
            "Official websites use .mil\n"
            "A .mil website belongs to an official U.S. Department of Defense organization in the United States.\n"
            "Secure .mil websites use HTTPS\n"
            "A lock ( ) or https:// means you've safely connected to the .mil website. Share sensitive "
            "information only on official, secure websites.\n\n"
            "Readout of Secretary of Defense Jane Doe's Meeting With Chilean Minister of Defense Ana Rojas\n\n"
            "March 12, 2026\n\nSecretary of Defense Jane Doe met Chilean Minister of Defense Ana Rojas at the "
            "Pentagon today. Both leaders agreed to deepen cooperation in maritime domain awareness.\n")
    st = dipstate.parse(text)
    assert st.header.title is not None and st.header.title.startswith("Readout of Secretary of Defense")
    assert st.header.date == dt.date(2026, 3, 12)
    assert st.header.kind is StatementKind.READOUT
    assert st.sections[0].kind is SectionKind.BOILERPLATE and len(st.sections[0].paragraphs) == 6


def test_the_publishers_own_office_holder_named_only_by_office() -> None:
    # the portal's metadata names the office that published it; "The Prime Minister" is its own
    text = PORTAL_READOUT.replace("Prime Minister's Office\n", "Prime Minister's Office, 10 Downing Street\n")
    text = text.replace("The leaders agreed", "The President of Chile and the Prime Minister agreed")
    st = dipstate.parse(text)
    assert [p.code for p in st.parties] == ["CHL", "GBR"]
    assert people(st) == {"Ana Rojas": ("President", "CHL", "attendee"), None: ("Prime Minister", "GBR", "attendee")}
    (own,) = [p for p in st.participants if p.name is None]
    # the bare office each time is the publisher's, not an office "of" another state
    assert [text[m.start : m.end] for m in own.mentions] == ["Prime Minister", "Prime Minister", "Prime Minister"]
    assert [p.actors for p in st.pledges] == [("CHL", "GBR")]
    # a counterpart of the same office keeps "the Prime Minister of Peru", not the publisher's bare office
    peer = dipstate.parse("Press release\n\nPM call with Prime Minister of Peru: 9 April 2026\n\nFrom:\n"
                          "Prime Minister's Office, 10 Downing Street\nPublished\n9 April 2026\n\n"
                          "The Prime Minister spoke to the Prime Minister of Peru, Ana Rojas, this morning.\n")
    (rojas,) = [p for p in peer.participants if p.name == "Ana Rojas"]
    (ours,) = [p for p in peer.participants if p.name is None]
    assert (rojas.country, ours.country) == ("PER", "GBR")
    assert not {(m.start, m.end) for m in rojas.mentions} & {(m.start, m.end) for m in ours.mentions}
    spoke = peer.text.index("The Prime Minister spoke")
    assert all(not m.start <= spoke + 4 < m.end for m in rojas.mentions)  # the sentence's subject is ours
    # without the page's word the office stays nobody's: no participant is guessed
    assert None not in people(dipstate.parse(PORTAL_READOUT))


def test_a_visit_announced_by_the_hosts_ministry() -> None:
    text = ("REPUBLIC OF ARCADIA\nMINISTRY OF FOREIGN AFFAIRS\n\n"
            "No: 12, 3 May 2026, Press Release Regarding the Visit of the Minister of Foreign Affairs of Chile "
            "to Türkiye\n\n"
            "Minister of Foreign Affairs of Chile Ana Rojas will pay an official visit to Türkiye on 5 May 2026 "
            "at the invitation of Minister of Foreign Affairs Kemal Aydin.\n\n"
            "During the visit, bilateral relations and regional issues will be discussed. The two Ministers "
            "will also sign an agreement on education.\n")
    st = dipstate.parse(text)
    # the visitor and the host who invited her take part; the host is of the state visited
    assert people(st) == {"Ana Rojas": ("Minister of Foreign Affairs", "CHL", "attendee"),
                          "Kemal Aydin": ("Minister of Foreign Affairs", "TUR", "attendee")}
    # what the visit will discuss is its agenda, not an undertaking
    assert [p.trigger for p in st.pledges] == ["will", "will also"]
    assert st.pledges[1].actors == ("CHL", "TUR")


def test_a_travel_notice_names_its_delegation_without_pledging() -> None:
    text = ("Deputy Secretary Jane Doe’s Travel to Chile\n\nMedia Note\n\nOffice of the Spokesperson\n\nMay 3, 2026\n\n"
            "Deputy Secretary Jane Doe will be accompanied by Assistant Secretary John Roe. "
            "Her remarks will be livestreamed. The United States will continue to support Chile.\n")
    st = dipstate.parse(text)
    assert st.header.title == "Deputy Secretary Jane Doe’s Travel to Chile"  # a title about her, not a byline
    assert [p.text for p in st.pledges] == ["The United States will continue to support Chile."]


def test_who_a_statement_is_about_in_a_title_case_title_takes_no_part() -> None:
    text = ("Statement by President Jane Doe On the Passing of Former Secretary of State John Roe\n\n"
            "May 3, 2026\n\nJohn Roe served our country with honour.\n")
    st = dipstate.parse(text)
    assert [(p.name, p.role) for p in st.participants] == [("Jane Doe", Role.SPOKESPERSON)]


def test_a_head_of_state_site_with_its_name_above_a_title_case_headline() -> None:
    text = ("STATE HOUSE ARCADIA\n\nPresident Doe Holds Talks With Chilean Counterpart\n\n"
            "Nairobi, Monday, October 5, 2026\n\n"
            "President Jane Doe has held talks with her Chilean counterpart Ana Rojas at State House.\n\n"
            "The two leaders agreed to remove barriers to trade between the two countries.\n")
    text = text.replace("ARCADIA", "KENYA")
    st = dipstate.parse(text)
    assert st.header.title == "President Doe Holds Talks With Chilean Counterpart"  # a headline, not a byline
    assert (st.header.date, st.header.location) == (dt.date(2026, 10, 5), "Nairobi")  # weekday in the date line
    assert [p.code for p in st.parties] == ["CHL", "KEN"]  # the site's own name says whose page it is
    assert people(st)["Jane Doe"] == ("President", "KEN", "attendee")
    assert [p.actors for p in st.pledges] == [("CHL", "KEN")]


def test_a_numbered_press_release_label_and_a_government_press_office() -> None:
    text = ("Press and Information Office of the Federal Government\n\nPress release 64/2026\n\n"
            "Federal Chancellor Doe receives the President of Chile\n\n"
            "Federal Chancellor Jane Doe will receive the President of the Republic of Chile, Ana Rojas, "
            "at the Federal Chancellery on Friday.\n")
    st = dipstate.parse(text)
    assert st.header.title == "Federal Chancellor Doe receives the President of Chile"
    assert st.header.issuer == "Press and Information Office of the Federal Government"
    assert st.sections[0].kind is SectionKind.BOILERPLATE
    assert set(people(st)) == {"Jane Doe", "Ana Rojas"}


def test_an_organisations_dateline_closed_by_a_colon_and_offices_written_two_ways() -> None:
    text = ("AFRICAN UNION\n\nPress Release\n\nChairperson of the AU Commission receives the Foreign Minister of "
            "Chile\n\nAddis Ababa, Ethiopia, 18 March 2026: The Chairperson of the African Union Commission, "
            "H.E. Jane Doe, received today H.E. Ana Rojas, Minister for Foreign Affairs and Regional "
            "Integration of the Republic of Chile.\n\nBoth sides agreed to strengthen cooperation on trade.\n")
    st = dipstate.parse(text)
    assert (st.header.date, st.header.location) == (dt.date(2026, 3, 18), "Addis Ababa, Ethiopia")
    # "the Foreign Minister of Chile" in the title is Ana Rojas, "Chairperson" is Jane Doe: one each
    assert people(st) == {
        "Jane Doe": ("Chairperson of the African Union Commission", "AU", "attendee"),
        "Ana Rojas": ("Minister for Foreign Affairs and Regional Integration", "CHL", "attendee"),
    }


def test_offices_whose_portfolio_or_owner_the_office_list_does_not_hold() -> None:
    text = ("Readout of Secretary Doe's Meeting with Chilean Minister of Mines and Natural Gas Ana Rojas\n\n"
            "March 3, 2026\n\nSecretary of Energy Jane Doe met Chile's Minister of Mines and Natural Gas Ana Rojas "
            "and Secretary of the Peruvian Security Council Luis Soto. She also met Assistant Secretary for "
            "Democracy, Human Rights, and Labor John Roe. Special Envoy for Haitian Affairs Mary Poe met them too.\n")
    st = dipstate.parse(text)
    found = people(st)
    assert found["Ana Rojas"] == ("Minister of Mines and Natural Gas", "CHL", "attendee")
    assert found["Luis Soto"][:2] == ("Secretary of the Peruvian Security Council", "PER")  # the owner in the office
    assert found["John Roe"][0] == "Assistant Secretary for Democracy, Human Rights, and Labor"
    assert found["Mary Poe"][1] != "HTI"  # what a portfolio is about is not whose office it is


def test_issued_by_a_presidency_under_the_text() -> None:
    text = ("Media Statement\n\nPresident Doe concludes State Visit to Chile\n\n3 December 2026\n\n"
            "President Jane Doe has concluded a State Visit to Chile at the invitation of President Ana Rojas.\n\n"
            "Issued by: The Presidency\n")
    st = dipstate.parse(text)
    assert st.header.issuer == "The Presidency"
    assert people(st)["Ana Rojas"][1:] == ("CHL", "attendee")
