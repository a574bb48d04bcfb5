"""Participants: names, titles, countries, roles and every mention."""

from __future__ import annotations

import dipstate
from dipstate import Role


def people(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(p.name, p.title, p.country, p.role.value) for p in dipstate.parse(text).participants]


def test_readout_attendees_with_country_after_name() -> None:
    text = ("Readout of President Joe Biden’s Meeting with Prime Minister Rishi Sunak of the United Kingdom\n"
            "November 16, 2022\n\nPresident Joseph R. Biden, Jr. met today with Prime Minister Rishi Sunak of the "
            "United Kingdom on the margins of the G20.\n")
    assert people(text) == [
        ("Joseph R. Biden, Jr.", "President", "USA", "attendee"),
        ("Rishi Sunak", "Prime Minister", "GBR", "attendee"),
    ]


def test_country_word_before_office_is_not_part_of_title() -> None:
    text = ("Joint Press Statement\nJune 3, 2023\n\nU.S. Secretary of Defense Lloyd J. Austin III, Japanese Minister of "
            "Defense Hamada Yasukazu, and Republic of Korea (ROK) Minister of National Defense Lee Jong-Sup convened "
            "a meeting in Singapore.\n")
    assert people(text) == [
        ("Lloyd J. Austin III", "Secretary of Defense", "USA", "attendee"),
        ("Hamada Yasukazu", "Minister of Defense", "JPN", "attendee"),
        ("Lee Jong-Sup", "Minister of National Defense", "KOR", "attendee"),
    ]


def test_talked_about_people_are_not_participants() -> None:
    text = ("Joint Press Statement\nJune 3, 2023\n\nThe Ministers of Defense met in Singapore. In line with the "
            "commitments made by President Biden and Prime Minister Kishida at the Summit, the Ministers agreed to act.\n")
    assert people(text) == []


def test_signatories_from_title_and_spokesperson_from_lead_in() -> None:
    text = ("Joint Statement by Secretary Blinken and Japanese Foreign Minister Hayashi\nJuly 14, 2023\n\n"
            "We will act together.\n\nSecretary Blinken’s Meeting with Japanese Foreign Minister Hayashi\n\n"
            "The below is attributable to Spokesperson Matthew Miller:\n\n"
            "Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi Yoshimasa.\n")
    got = people(text)
    assert got == [
        ("Antony J. Blinken", "Secretary of State", "USA", "signatory"),
        ("Hayashi Yoshimasa", "Foreign Minister", "JPN", "signatory"),
        ("Matthew Miller", "Spokesperson", "USA", "spokesperson"),
    ]


def test_mentions_are_merged_and_exact() -> None:
    text = ("Readout of the Meeting\nJune 2, 2023\n\nNational Security Advisor Jake Sullivan met National Security "
            "Advisor Sheikh Tahnoon bin Zayed Al Nahyan of the United Arab Emirates at the White House. "
            "Mr. Sullivan and Sheikh Tahnoon discussed trade.\n")
    st = dipstate.parse(text)
    assert [(p.name, p.country) for p in st.participants] == [("Jake Sullivan", "USA"), ("Tahnoon bin Zayed Al Nahyan", "ARE")]
    sullivan, tahnoon = st.participants
    assert [text[m.start : m.end] for m in sullivan.mentions] == ["National Security Advisor Jake Sullivan", "Mr. Sullivan"]
    assert "Sheikh Tahnoon" in [text[m.start : m.end] for m in tahnoon.mentions]


def test_transcript_speakers_and_label_mentions() -> None:
    text = ("Remarks by President Biden and Prime Minister Fumio Kishida of Japan Before Their Meeting\n"
            "November 13, 2022\n\nPRESIDENT BIDEN:  Welcome.\n\nPRIME MINISTER KISHIDA:  Thank you.\n")
    st = dipstate.parse(text)
    assert [(p.name, p.title, p.country, p.role) for p in st.participants] == [
        ("Biden", "President", "USA", Role.SPEAKER),
        ("Fumio Kishida", "Prime Minister", "JPN", Role.SPEAKER),
    ]
    assert "PRESIDENT BIDEN" in [text[m.start : m.end] for m in st.participants[0].mentions]


def test_name_before_office() -> None:
    text = ("Fact Sheet: A Partnership\nMarch 17, 2021\n\nToday, President Biden will host Micheál Martin, Prime "
            "Minister of Ireland, for a virtual bilateral meeting.\n")
    assert ("Micheál Martin", "Prime Minister", "IRL", "attendee") in people(text)


def test_we_list_signatories() -> None:
    text = ("Joint Statement on Financing\nNovember 15, 2022\n\nWe, President Biden, Prime Minister Albanese, and "
            "Prime Minister\nKishida, today reaffirmed our commitment.\n")
    assert [p[3] for p in people(text)] == ["signatory"] * 3


def test_office_alone_is_a_mention_when_one_person_holds_it() -> None:
    text = ("Joint Press Statement\nJune 3, 2023\n\nU.S. Secretary of Defense Lloyd J. Austin III met Japanese "
            "Minister of Defense Hamada Yasukazu. The Secretary and the Minister agreed.\n")
    st = dipstate.parse(text)
    austin = st.participants[0]
    assert "The Secretary" in [text[m.start : m.end] for m in austin.mentions]


def test_welcomed_to_the_white_house_is_a_meeting_but_welcoming_a_plan_is_not() -> None:
    text = ("Readout of the Meeting\nApril 26, 2023\n\nPresident Joseph R. Biden, Jr. welcomed President Yoon Suk Yeol "
            "of the Republic of Korea to the White House today. The leaders welcomed President Zelenskyy’s peace formula.\n")
    assert [(p[0], p[2]) for p in people(text)] == [("Joseph R. Biden, Jr.", "USA"), ("Yoon Suk Yeol", "KOR")]


def test_name_order_variants_are_one_person() -> None:
    text = ("Readout of the Meeting\nJune 3, 2023\n\nPresident Biden met Prime Minister Fumio Kishida of Japan. "
            "Prime Minister Kishida Fumio agreed to act.\n")
    assert [p[0] for p in people(text)] == ["Biden", "Fumio Kishida"]


def test_names_signed_under_the_text_are_signatories() -> None:
    text = ("Joint Declaration on Cooperation\nJune 3, 2023\n\nThe two governments will cooperate.\n\n"
            "For the Government of the United States of America:\n\nAntony J. Blinken\nSecretary of State\n\n"
            "For the Government of Japan:\n\nHayashi Yoshimasa\nMinister for Foreign Affairs of Japan\n")
    assert people(text) == [
        ("Antony J. Blinken", "Secretary of State", "USA", "signatory"),
        ("Hayashi Yoshimasa", "Minister for Foreign Affairs", "JPN", "signatory"),
    ]
