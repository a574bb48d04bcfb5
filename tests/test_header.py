"""Header rules: title, date, kind, location, issuer, attribution, languages."""

from __future__ import annotations

import datetime as dt

import pytest

import dipstate
from dipstate import SectionKind, StatementKind

BODY = "The two sides discussed trade and agreed to meet again.\n"


def header(text: str) -> dipstate.Header:
    return dipstate.parse(text).header


@pytest.mark.parametrize(
    "text",
    [
        f"Joint Statement on Trade\nJune 3, 2023\n\n{BODY}",
        f"June 3, 2023\n\nJoint Statement on Trade\n\n{BODY}",
        f"Joint Statement on Trade\n\n3 June 2023\n\n{BODY}",
        f"Joint Statement on Trade\n2023-06-03\n\n{BODY}",
        f"Joint Statement on Trade\n\nSaturday, June 3, 2023\n\n{BODY}",
    ],
)
def test_title_and_date_above_or_below(text: str) -> None:
    h = header(text)
    assert h.title == "Joint Statement on Trade"
    assert h.date == dt.date(2023, 6, 3)


def test_date_of_events_in_body_is_not_the_issue_date() -> None:
    h = header("Statement on the Launch\n\nOn July 12, 2023, the DPRK launched a missile.\n")
    assert h.date is None


def test_title_continues_on_a_linking_line() -> None:
    h = header("August 18, 2023\n\nCommitment to Consult\n\nAmong Japan and the United States\n\nWe commit.\n")
    assert h.title == "Commitment to Consult Among Japan and the United States"


def test_chrome_above_title_is_skipped() -> None:
    h = header("BRIEFING ROOM\n\nReadout of the Call with the Prime Minister\n\nMay 1, 2024\n\n" + BODY)
    assert h.title == "Readout of the Call with the Prime Minister"
    assert h.kind is StatementKind.READOUT


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Joint Press Statement of the Ministers", StatementKind.JOINT_STATEMENT),
        ("Joint Readout of the Advisors Meeting", StatementKind.JOINT_STATEMENT),
        ("G7 Leaders’ Statement", StatementKind.JOINT_STATEMENT),
        ("G7 Foreign Ministers’ Statement on Ukraine", StatementKind.JOINT_STATEMENT),
        ("Statement by the Leaders of the Quad", StatementKind.JOINT_STATEMENT),
        ("Readout of President Lee’s Call with Chancellor Merz", StatementKind.READOUT),
        ("The Jeddah Communique: A Joint Statement", StatementKind.COMMUNIQUE),
        ("Remarks by the President Before the Meeting", StatementKind.REMARKS),
        ("Statement from the Spokesperson on the Election", StatementKind.PRESS_STATEMENT),
        ("Fact Sheet: A New Partnership", StatementKind.FACT_SHEET),
        ("Secretary Blinken at a Joint Press Availability", StatementKind.REMARKS),
        ("Remarks by President Biden and Prime Minister Kishida in Joint Press Conference", StatementKind.REMARKS),
    ],
)
def test_kind_from_title(title: str, kind: StatementKind) -> None:
    assert header(f"{title}\nJune 3, 2023\n\n{BODY}").kind is kind


def test_kind_from_body_when_title_is_silent() -> None:
    text = "Commitment to Consult\nJune 3, 2023\n\nWe, the leaders of Japan and Canada, commit to consult.\n"
    assert header(text).kind is StatementKind.JOINT_STATEMENT
    text = "A Good Day\nJune 3, 2023\n\nThe Secretary met today with the Foreign Minister of Chile.\n"
    assert header(text).kind is StatementKind.READOUT


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        ("The ministers met today in Brussels at the invitation of the Presidency.", "Brussels"),
        ("The Secretary met the Minister on the margins of the Summit in Jakarta, Indonesia.", "Jakarta, Indonesia"),
        ("The advisors met in Washington, D.C., for talks.", "Washington, D.C."),
        ("The President met the Advisor at the White House.", "the White House"),
        ("The leaders met at the Naval Academy in Annapolis, MD, for talks.", "Annapolis, MD"),
        ("The leaders discussed the war.", None),
        ("The leaders met in November to discuss trade.", None),
    ],
)
def test_location_from_meeting_sentence(sentence: str, location: str | None) -> None:
    assert header(f"Joint Statement\nJune 3, 2023\n\n{sentence}\n").location == location


def test_location_from_venue_lines_above_transcript() -> None:
    text = (
        "Remarks Before the Meeting\n\nNovember 13, 2022\n\nSokha Hotel\nPhnom Penh, Cambodia\n\n"
        "4:37 P.M. ICT\n\nPRESIDENT BIDEN:  Thank you all.\n"
    )
    h = header(text)
    assert h.location == "Phnom Penh, Cambodia"
    assert h.kind is StatementKind.REMARKS


def test_attribution_from_lead_in_and_from_title() -> None:
    text = "Statement on Trade\nJune 3, 2023\n\nThe below is attributable to Spokesperson Jane Roe:\n\n" + BODY
    assert header(text).attribution == "Spokesperson Jane Roe"
    text = "Statement from NSC Spokesperson Jane Roe on the Launch\nJune 3, 2023\n\n" + BODY
    assert header(text).attribution == "NSC Spokesperson Jane Roe"
    text = "Joint Statement by Secretary Roe and Minister Doe\nJune 3, 2023\n\n" + BODY
    assert header(text).attribution is None


def test_issuer_line() -> None:
    text = "Press Statement\n\nOffice of the Spokesperson\n\nJune 3, 2023\n\n" + BODY
    assert header(text).issuer == "Office of the Spokesperson"


def test_languages_from_language_links() -> None:
    text = "Joint Statement\nJune 3, 2023\n\nIn Japanese\n\n" + BODY + "\n[Read the full text: English I Korean]\n"
    assert header(text).languages == ("Japanese", "Korean")


def test_statement_by_two_leaders_is_joint() -> None:
    text = "Statement by President Biden and Prime Minister Kishida on the Alliance\nJune 3, 2023\n\nWe will act.\n"
    assert header(text).kind is StatementKind.JOINT_STATEMENT
    text = "Statement from President Biden on the Alliance\nJune 3, 2023\n\nWe will act.\n"
    assert header(text).kind is StatementKind.PRESS_STATEMENT


def test_meeting_place_comes_before_its_purpose() -> None:
    text = "Readout of the Call\nJune 3, 2023\n\nThe President met with the Prime Minister to discuss the war in Ukraine.\n"
    assert header(text).location is None


def test_date_line_with_clock_time() -> None:
    assert header("Readout of the Call\nJune 3, 2023, 4:30 PM EDT\n\n" + BODY).date == dt.date(2023, 6, 3)


@pytest.mark.parametrize("title", [
    "Foreign Minister Receives the Ambassador of Chile",
    "Minister Holds Bilateral Talks with Her Ugandan Counterpart",
    "Bilateral Meeting between the Foreign Ministers of Peru and Chile",
])
def test_titles_of_an_account_of_a_meeting_are_readouts(title: str) -> None:
    text = f"{title}\n12 March 2024\n\nThe two sides discussed trade.\n"
    assert header(text).kind is StatementKind.READOUT


def test_a_first_paragraph_that_reports_a_meeting_makes_a_readout() -> None:
    text = ("News\n12 March 2024\n\nThe Minister held bilateral talks with the Foreign Minister of Chile in Lima "
            "on Tuesday.\n")
    assert header(text).kind is StatementKind.READOUT


@pytest.mark.parametrize("title", [
    "We will rebuild every school - address by the President",
    "Address by the Prime Minister to the Nation",
])
def test_an_address_is_remarks_even_when_the_speaker_mentions_a_call(title: str) -> None:
    text = f"{title}\n12 March 2024\n\nDear compatriots! Today I spoke with the Chancellor about our defence.\n"
    assert header(text).kind is StatementKind.REMARKS


def test_a_speech_in_the_first_person_is_not_a_readout() -> None:
    text = "News\n12 March 2024\n\nDear friends! This morning I had a call with the Chancellor of Austria.\n"
    assert header(text).kind is not StatementKind.READOUT


def test_a_kind_label_above_the_title_names_the_kind() -> None:
    text = ("Media Statement\n\n12 March 2024\n\nMinister Attends the Summit in Lima\n\nThe Minister will travel "
            "to Lima on Monday.\n")
    assert header(text).kind is StatementKind.PRESS_STATEMENT


def test_a_title_cased_topic_after_the_issuer_is_not_a_second_signatory() -> None:
    text = ("Statement by President Joe Biden On the Passing of Former President Ana Torres\nMay 2, 2024\n\n"
            "Jill and I mourn a friend.\n")
    assert header(text).kind is StatementKind.PRESS_STATEMENT


def test_a_roundup_of_quotations_under_names_is_no_transcript() -> None:
    text = ("WHAT THEY ARE SAYING: Leaders Praise the New Law\nMay 2, 2024\n\n"
            "Governor Ana Lima: \u201cThis law will help families.\u201d\n\n"
            "Mayor Luis Soto: \u201cA great day for our city.\u201d\n")
    assert header(text).kind is not StatementKind.REMARKS


def test_a_visit_announced_for_later_is_not_a_readout() -> None:
    text = "President Biden to Host the King of Jordan\nMay 2, 2024\n\nThe President will welcome the King.\n"
    assert header(text).kind is not StatementKind.READOUT


# A leader's site prints a place line under the date: a venue and its city, a residence and its
# region, or a city alone. Cities come from the generated data/cities.tsv.
@pytest.mark.parametrize(
    ("place", "location"),
    [
        ("The Kremlin, Moscow", "Moscow"),  # a venue and its city: the city
        ("Novo-Ogaryovo, Moscow Region", "Novo-Ogaryovo, Moscow Region"),  # a town and its region
        ("St Petersburg", "St Petersburg"),  # a city alone, "St" for "Saint"
    ],
)
def test_a_place_line_under_the_date_is_the_location(place: str, location: str) -> None:
    text = f"Meeting on the grain harvest\n2022-08-11\n{place}\n\nThe President held a meeting on the harvest.\n"
    st = dipstate.parse(text)
    assert st.header.location == location
    assert st.header.title == "Meeting on the grain harvest"
    assert st.sections[0].kind is SectionKind.PREAMBLE


def test_a_domestic_text_on_a_leaders_site_is_its_states() -> None:
    # nobody of any state named: the state of the place it was issued in is its party
    text = ("Meeting with Kaluga Region Governor Ivan Petrov\n2022-08-11\nThe Kremlin, Moscow\n\n"
            "Ivan Petrov reported to the President on the harvest in the region.\n")
    st = dipstate.parse(text)
    assert [p.code for p in st.parties] == ["RUS"]
    assert [(p.name, p.country) for p in st.participants] == [("Ivan Petrov", "RUS")]


def test_a_briefing_given_abroad_is_not_the_hosts() -> None:
    text = ("Briefing With a Senior Official\nJune 16, 2026\n\nGeneva, Switzerland\n\n"
            "SENIOR OFFICIAL: Good evening. We had long talks today.\n")
    assert [p.code for p in dipstate.parse(text).parties] == []


def test_a_name_used_as_an_adjective_is_no_meeting_place() -> None:
    text = ("Readout\n\nThe President held a meeting in the Kharkiv region with the Governor on the "
            "reconstruction of schools.\n")
    assert dipstate.parse(text).header.location != "the Kharkiv"


def test_a_spokespersons_statement_attributable_in_its_title_and_signed_at_its_foot() -> None:
    text = ("Statement attributable to the Spokesperson for the Secretary-General – on the floods in the Delta\n\n"
            "New York, 3 April 2026\n\nThe Secretary-General is saddened by the loss of life. The United Nations "
            "stands ready to support the relief effort.\n\nAmira Haddad, Spokesperson for the Secretary-General\n")
    st = dipstate.parse(text)
    assert st.header.attribution == "Spokesperson for the Secretary-General"
    assert [s.kind for s in st.sections] == [SectionKind.BODY]  # the signature is no heading
    assert [p.text for s in st.sections for p in s.paragraphs][-1].startswith("Amira Haddad,")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Statement from Secretary Jane Doe on the Joint Declaration with Guatemala", StatementKind.PRESS_STATEMENT),
        ("Statement from the President on Approving a Major Disaster Declaration for Texas",
         StatementKind.PRESS_STATEMENT),
        ("Readout of White House Meetings on the U.S.-UK Atlantic Declaration", StatementKind.READOUT),
        ("Statement by the Spokesperson on the National Security Advisor's Call with Minister Ana Rojas",
         StatementKind.READOUT),  # a call in the topic is what the text reports
    ],
)
def test_a_joint_text_named_only_in_the_titles_topic_is_what_the_text_is_about(
    title: str, kind: StatementKind
) -> None:
    text = f"{title}\n\nMay 2, 2026\n\nThe United States welcomes the decision.\n"
    assert dipstate.parse(text).header.kind is kind


def test_a_press_offices_block_above_the_title_and_a_tag_block_below_the_text() -> None:
    text = ("U.S. Department of Trade\n\nFOR IMMEDIATE RELEASE\nThursday, May 25, 2026\nOffice of Public Affairs\n"
            "publicaffairs@trade.example.gov\n\nReadout of Secretary Jane Doe's Meeting with Chilean Minister "
            "Ana Rojas\n\nToday, Secretary Jane Doe met with Chilean Minister of Economy Ana Rojas in Detroit.\n\n"
            "Topics\nTrade\n\nKeywords\nChile\nLast Updated: 05/25/2026\n")
    st = dipstate.parse(text)
    assert st.header.title == "Readout of Secretary Jane Doe's Meeting with Chilean Minister Ana Rojas"
    assert st.header.issuer == "Office of Public Affairs"
    assert st.header.location == "Detroit"
    assert [s.kind for s in st.sections][-1] is SectionKind.BOILERPLATE
    assert st.sections[-1].paragraphs[0].text == "Topics"


def test_a_chairs_summary_of_a_summit_is_its_readout() -> None:
    for title in ("Chair's Summary of the Forum on Energy and Climate", "Leaders Summit on Climate Summary of Proceedings"):
        st = dipstate.parse(f"{title}\n\nApril 23, 2026\n\nThe leaders of Chile and Peru met virtually.\n")
        assert st.header.kind is StatementKind.READOUT


def test_an_organisations_name_above_the_title_and_its_press_team_after_the_date() -> None:
    text = ("European External Action Service\n\n"
            "Statement by the High Representative on behalf of the EU on the vote in Armenia\n\n"
            "11.06.2026 Press and information team of the Delegation to Armenia\n\n"
            "The European Union notes the calm conduct of the vote.\n")
    header = dipstate.parse(text).header
    assert header.title == "Statement by the High Representative on behalf of the EU on the vote in Armenia"
    assert str(header.date) == "2026-06-11"


def test_a_title_case_dateline_with_a_news_agencys_tag_gives_place_and_date() -> None:
    h = header("Minister Receives Envoy\n\nDoha, March 4, 2026, QNA -- The Minister received the envoy.\n")
    assert (h.location, h.date) == ("Doha", dt.date(2026, 3, 4))
    h = header("Minister Receives Envoy\n\nDoha, 4 March 2026 (Reuters) - The Minister received the envoy.\n")
    assert (h.location, h.date) == ("Doha", dt.date(2026, 3, 4))
