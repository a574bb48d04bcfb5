"""Participants: names, titles, countries, roles and every mention."""

from __future__ import annotations

import pytest

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


def test_a_leader_named_without_an_office_who_opens_a_meeting_sentence_attends() -> None:
    text = ("Telephone conversation with Prime Minister of Grenada Dickon Mitchell\n2023-03-02\n\n"
            "Vladimir Putin had a telephone conversation with Prime Minister of Grenada Dickon Mitchell. "
            "They agreed to continue contacts at various levels.\n")
    st = dipstate.parse(text)
    assert ("Vladimir Putin", None, "RUS", "attendee") in people(text)
    assert [p.code for p in st.parties] == ["GRD", "RUS"]
    assert st.pledges[0].actors == ("GRD", "RUS")


def test_the_subject_after_an_opening_adverbial_is_still_the_subject() -> None:
    text = ("Telephone conversation with President of Tajikistan Emomali Rahmon\n2022-05-13\n\n"
            "At the initiative of the Tajik side, Vladimir Putin had a telephone conversation with "
            "President of Tajikistan Emomali Rahmon. The presidents will meet in Dushanbe.\n")
    assert [p.code for p in dipstate.parse(text).parties] == ["RUS", "TJK"]


def test_both_sides_of_a_call_that_took_place_between_two_named_people() -> None:
    text = ("Phone call\n2022-06-15\n\n"
            "A phone call took place between Olena Kovalenko and Joseph Biden. The two discussed aid.\n")
    names = [p[0] for p in people(text)]
    assert "Joseph Biden" in names and "Olena Kovalenko" in names


def test_an_office_and_its_state_without_a_name_is_a_participant() -> None:
    text = ("Meeting with President of Kenya William Ruto\n2023-05-02\n\n"
            "The President of Russia met with President of the Republic of Kenya William Ruto in the Kremlin. "
            "The sides will continue to work together.\n")
    st = dipstate.parse(text)
    assert (None, "President", "RUS", "attendee") in people(text)
    assert st.pledges[0].actors == ("KEN", "RUS")


def test_an_office_alone_joins_the_one_named_holder_from_that_state() -> None:
    text = ("Talks\n2023-05-02\n\nVladimir Putin held talks with President of Kenya William Ruto. "
            "The President of Russia said trade had grown.\n")
    found = people(text)
    assert ("Vladimir Putin", "President", "RUS", "attendee") in found
    assert len([p for p in found if p[2] == "RUS"]) == 1


def test_an_office_new_to_the_data_does_not_swallow_the_name_before_it() -> None:
    text = ("Talks\n2022-04-09\n\nPresident Volodymyr Zelenskyy met with Federal Chancellor of Austria "
            "Karl Nehammer in Kyiv.\n")
    assert ("Karl Nehammer", "Federal Chancellor", "AUT", "attendee") in people(text)


def test_the_page_of_the_leader_who_opens_the_text_is_a_party() -> None:
    """No page furniture and no hint: the subject of the first sentence says whose page it is."""
    text = ("Greetings on the anniversary of the Security Council\n2022-06-03\n\n"
            "Vladimir Putin sent greetings on the 30th anniversary of the Security Council.\n\n"
            "We will always remember this feat.\n")
    st = dipstate.parse(text)
    assert [p.code for p in st.parties] == ["RUS"]
    assert st.pledges[0].actors == ("RUS",)


def test_a_spokesperson_speaks_for_their_own_state_not_for_the_first_name_in_the_text() -> None:
    text = ("Statement from Press Secretary Karine Jean-Pierre on Travel\nJune 3, 2023\n\n"
            "President Putin will announce new measures.\n")
    assert [p.code for p in dipstate.parse(text).parties] == ["USA"]


def test_an_office_of_a_ministry_belongs_to_the_ministrys_state() -> None:
    text = ("Meeting\nJuly 10, 2022\n\nOffice of the Spokesperson\n\nDeputy Secretary Wendy Sherman met today with "
            "Japanese Ministry of Foreign Affairs Director-General for Asian and Oceanian Affairs Funakoshi Takehiro.\n")
    assert ("Funakoshi Takehiro", "Ministry of Foreign Affairs Director-General for Asian and Oceanian Affairs",
            "JPN", "attendee") in people(text)


def test_one_person_holding_two_offices_keeps_the_state_before_the_first() -> None:
    text = ("Readout\nFebruary 14, 2024\n\nSecretary of the Treasury Janet L. Yellen met today with Nigerian "
            "Minister of Finance and Coordinating Minister of the Economy Wale Edun.\n")
    assert ("Wale Edun", "Minister of Finance and Coordinating Minister of the Economy", "NGA", "attendee") in people(text)


def test_an_office_built_on_a_known_office_names_its_state() -> None:
    text = ("Readout\nNov. 3, 2022\n\nDeputy Secretary of Defense Kathleen Hicks spoke today with Colombian Minister "
            "of Defense Ivan Velasquez. They agreed to meet again next year.\n")
    assert ("Kathleen Hicks", "Deputy Secretary of Defense", "USA", "attendee") in people(text)


def test_service_and_rank_before_a_name_are_not_the_name() -> None:
    text = ("Readout\nNov. 3, 2022\n\nPentagon Press Secretary Air Force Brig. Gen. Pat Ryder provided the following "
            "readout:\n\nSecretary of Defense Lloyd J. Austin III spoke today with Minister Lee.\n")
    assert "Pat Ryder" in [p[0] for p in people(text)]


def test_a_person_the_text_gives_no_country_does_not_take_the_other_sides() -> None:
    text = ("Telephone call\n18 March 2020\n\nMinister for Foreign Affairs Vivian Balakrishnan spoke with PRC State "
            "Councilor and Minister of Foreign Affairs Wang Yi.\n")
    found = {p[0]: p[2] for p in people(text)}
    assert found == {"Vivian Balakrishnan": None, "Wang Yi": "CHN"}


def test_the_state_in_brackets_before_a_qualified_office() -> None:
    text = ("Joint Statement\nJune 8, 2022\n\nRepublic of Korea (ROK) First Vice Foreign Minister Cho Min and Japan "
            "Vice Foreign Minister Mori Ken met today in Seoul.\n")
    assert ("Cho Min", "First Vice Foreign Minister", "KOR", "attendee") in people(text)


def test_a_possessive_state_before_an_office_is_its_owner() -> None:
    text = ("Readout\nMay 2, 2023\n\nThe Cabinet Secretary met Tanzania's Minister of Foreign Affairs Amina Juma "
            "in Arusha.\n")
    assert ("Amina Juma", "Minister of Foreign Affairs", "TZA", "attendee") in people(text)


def test_an_envoy_belongs_to_the_state_that_sends_them_not_the_one_they_are_posted_to() -> None:
    text = ("Readout\nMay 2, 2023\n\nThe Principal Secretary received Ambassador of Brazil to Zambia Carla Souza "
            "on Tuesday.\n")
    assert ("Carla Souza", "Ambassador", "BRA", "attendee") in people(text)


def test_a_name_with_a_style_before_the_office_and_its_state() -> None:
    text = ("Readout\nMay 2, 2023\n\nThe Chairperson received H.E. Mrs. Clara Mendes, Minister of Foreign Affairs "
            "of the Republic of Cabo Verde. They discussed regional security.\n")
    assert ("Clara Mendes", "Minister of Foreign Affairs", "CPV", "attendee") in people(text)


def test_a_second_portfolio_stays_in_the_office() -> None:
    text = ("Readout\nMay 2, 2023\n\nThe Minister met with Minister of Foreign Affairs and International Trade of "
            "Zimbabwe Tendai Moyo, and Secretary of Foreign Affairs and Trade Jane Smith.\n")
    found = {p[0]: p[1] for p in people(text)}
    assert found["Tendai Moyo"] == "Minister of Foreign Affairs and International Trade"
    assert found["Jane Smith"] == "Secretary of Foreign Affairs and Trade"


def test_each_office_in_a_pair_of_ministers_keeps_its_own_state() -> None:
    text = ("Joint Statement of Chile and Peru\nMay 2, 2023\n\nThe meeting between Minister of Energy of Chile "
            "Ana Rojas and Minister of Energy of Peru Luis Quispe was held in Lima.\n")
    assert [(p[0], p[1], p[2]) for p in people(text)] == [
        ("Ana Rojas", "Minister of Energy", "CHL"),
        ("Luis Quispe", "Minister of Energy", "PER"),
    ]


def test_the_head_of_a_state_institution_is_not_its_president() -> None:
    text = ("Readout\nMay 2, 2023\n\nHead of the Office of the President of Moldova Ion Rusu met Speaker of the "
            "Sejm of the Republic of Poland Anna Nowak.\n")
    found = {p[0]: (p[1], p[2]) for p in people(text)}
    assert found["Ion Rusu"] == ("Head of the Office of the President", "MDA")
    assert found["Anna Nowak"] == ("Speaker of the Sejm", "POL")


def test_an_organ_of_an_organisation_before_an_office_names_the_organisation() -> None:
    text = ("Readout\nMay 2, 2023\n\nThe Secretary spoke with African Union Commission Chairperson Moussa Faki "
            "Mahamat about Sudan.\n")
    assert ("Moussa Faki Mahamat", "African Union Commission Chairperson", "AU", "attendee") in people(text)


def test_a_name_before_an_office_that_another_office_follows_belongs_to_neither() -> None:
    text = ("Readout\nMay 2, 2023\n\nThe Secretary will meet Prime Minister Ana Lima, Foreign Minister and Deputy "
            "Prime Minister Rui Costa, and Defense Minister Eva Reis.\n")
    found = {p[0]: p[1] for p in people(text)}
    assert found["Ana Lima"] == "Prime Minister"
    assert found["Eva Reis"] == "Defense Minister"


def test_a_namesake_of_a_known_leader_with_other_given_names_or_office_is_someone_else() -> None:
    text = ("Readout of the President's Meeting with Congressional Leaders\nMay 2, 2024\n\nThe President met "
            "with Speaker Johnson and Governor John Carney of Delaware at the White House.\n")
    statement = dipstate.parse(text)
    assert "GBR" not in [p.code for p in statement.parties]
    assert "CAN" not in [p.code for p in statement.parties]


def test_two_people_sharing_a_surname_stay_two() -> None:
    text = ("Statement by the President and the First Lady\nMay 2, 2024\n\nPresident Joe Biden met Governor "
            "Jill Biden in Delaware.\n")
    assert {p[0] for p in people(text)} == {"Joe Biden", "Jill Biden"}


def test_who_a_statement_is_about_takes_no_part_in_it() -> None:
    text = ("Statement from the President on the Passing of Former President Ana Torres of Chile\n"
            "May 2, 2024\n\nI send my condolences to the people of Chile.\n")
    statement = dipstate.parse(text)
    assert "Ana Torres" not in [p.name for p in statement.participants]
    assert "CHL" not in [p.code for p in statement.parties]


def test_who_a_statement_about_a_call_names_took_part_in_the_call() -> None:
    text = ("Statement by NSC Spokesperson on National Security Advisor Jake Sullivan's Call with Foreign "
            "Minister Sara Lind of Sweden\nMay 2, 2024\n\nThey discussed support for Ukraine.\n")
    found = {p[0]: p[3] for p in people(text)}
    assert found["Sara Lind"] == "attendee"


def test_a_closing_line_of_name_and_office_signs_the_text() -> None:
    text = ("Statement on Mali\nApril 3, 2022\n\nThe Secretary-General is alarmed by the violence in Mali.\n\n"
            "Stéphane Dujarric, Spokesman for the Secretary-General\n")
    assert ("Stéphane Dujarric", "Spokesman", "UN", "spokesperson") in people(text)


def test_the_last_of_a_list_of_participants_signs_nothing() -> None:
    text = ("Readout of a Roundtable\nMay 2, 2024\n\nSenior officials hosted a roundtable on care.\n\n"
            "Participants Included:\n\nAna Lima, Director, Office of Care\n\nXavier Reis, Secretary, "
            "Department of Health\n")
    assert "signatory" not in [p[3] for p in people(text)]


def test_the_unnamed_host_of_a_call_titled_with_its_guest_is_the_known_holder_who_acts_in_it() -> None:
    text = ("Telephone conversation with President of Chile Ana Rojas\n2022-02-06\n\nDuring the conversation, "
            "Joe Biden congratulated Ana Rojas on her inauguration. They agreed to stay in contact.\n")
    statement = dipstate.parse(text)
    assert ("Joe Biden", None, "USA", "attendee") in people(text)
    assert [p.code for p in statement.parties] == ["CHL", "USA"]
    assert statement.pledges[0].actors == ("CHL", "USA")


def test_a_bare_name_joined_to_a_named_office_holder_in_the_subject_attends() -> None:
    text = ("News\n2022-01-10\n\nAfter the summit, Joe Biden and President of Peru Luis Quispe spoke on the phone "
            "about the floods.\n")
    assert {p[0] for p in people(text)} == {"Joe Biden", "Luis Quispe"}


def test_attributable_to_makes_a_spokesperson_only_of_who_that_sentence_names() -> None:
    text = ("Readout\n2022-01-10\n\nThe President met Governor Ana Lima. The delay is attributable to the weather, "
            "the Governor said, and President Joe Biden agreed.\n")
    roles = {p[0]: p[3] for p in people(text)}
    assert roles.get("Ana Lima") != "spokesperson"


def test_a_middle_name_a_text_calls_the_person_by_is_the_same_person() -> None:
    text = ("Readout\nMay 2, 2024\n\nPresident Joe Biden spoke with President Luiz Inácio Lula da Silva today. "
            "President Lula thanked him.\n")
    assert [p[0] for p in people(text)] == ["Joe Biden", "Luiz Inácio Lula da Silva"]


def test_a_second_president_is_not_the_publishers() -> None:
    text = ("BRIEFING ROOM\n\nJoint Statement by President Joe Biden and President Ana Lima Following Their Call\n"
            "May 2, 2024\n\nPresident Biden and President Lima spoke by telephone.\n")
    found = {p[0]: p[2] for p in people(text)}
    assert found == {"Joe Biden": "USA", "Ana Lima": None}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, met the Minister of Chile.", "HAYASHI Yoshimasa"),
    ("H.E. UHURU KENYATTA, President of the Republic of Kenya, met the Minister of Chile.", "UHURU KENYATTA"),
])
def test_names_with_a_surname_or_the_whole_name_in_capitals(sentence: str, name: str) -> None:
    assert name in [p[0] for p in people(f"Readout\nMay 3, 2023\n\n{sentence}\n")]


def test_an_acronym_before_a_name_or_a_numeral_after_an_office_is_not_a_name() -> None:
    text = ("Readout\nMay 3, 2023\n\nThe Secretary met with DNI Haines and with Brunei's Minister of Foreign "
            "Affairs II Erywan Yusof.\n")
    names = [p[0] for p in people(text)]
    assert "DNI Haines" not in names
    assert not any(n and n.startswith("II ") for n in names)


def test_a_pair_of_office_holders_after_one_state_word_are_two_people_of_that_state() -> None:
    text = ("Readout\nMay 3, 2023\n\nThe Secretary met Kosovo President Vjosa Osmani and Prime Minister Albin "
            "Kurti in Pristina.\n")
    found = {p[0]: (p[1], p[2]) for p in people(text)}
    assert found["Albin Kurti"] == ("Prime Minister", "XKX")


def test_a_states_counterpart_is_of_that_state() -> None:
    text = ("Press release\n4 May 2023\n\nMinister of Foreign Affairs Wopke Hoekstra met his Belgian counterpart "
            "Hadja Lahbib in The Hague today.\n")
    assert ("Hadja Lahbib", None, "BEL", "attendee") in people(text)


def test_the_holders_of_the_offices_a_joint_lead_in_names_sign_the_text() -> None:
    text = ("Joint Statement on the Chile-Peru Vice Ministerial Meeting\nJune 8, 2022\n\nOffice of the Spokesperson\n\n"
            "The following is the joint statement released by the Vice Foreign Ministers of Chile and Peru.\n\n"
            "Begin Text.\n\nChilean First Vice Foreign Minister Ana Rojas and Peruvian Vice Foreign Minister Luis "
            "Quispe met today in Lima with Ukrainian Foreign Minister Dmytro Kuleba. The Vice Foreign Ministers "
            "decided to meet again in Santiago.\n")
    roles = {p[0]: p[3] for p in people(text)}
    assert roles["Ana Rojas"] == roles["Luis Quispe"] == "signatory"
    assert roles.get("Dmytro Kuleba") != "signatory"
    assert dipstate.parse(text).pledges[-1].actors == ("CHL", "PER")


def test_whose_words_a_news_item_reports_is_its_spokesperson() -> None:
    # a leader's site: the headline quotes the office, the body names its holder once
    text = ("President of Freedonia: the harvest will be gathered in full\n2026-09-01\n\n"
            "The harvest will be gathered in full despite the drought. This was stated by President of "
            "Ukraine Petro Marchenko during a visit to the fields.\n")
    st = dipstate.parse(text)
    assert [(p.name, p.title, p.country, p.role) for p in st.participants] == [
        ("Petro Marchenko", "President", "UKR", Role.SPOKESPERSON)]
    assert [p.code for p in st.parties] == ["UKR"]


def test_an_office_named_alone_joins_its_named_holder() -> None:
    # the holder's country comes from the known-holders data, the headline's from "of Ukraine"
    text = ("President of Ukraine: we will rebuild every school\n2026-09-01\n\n"
            "Every school will be rebuilt by winter. This was stated by President Volodymyr Zelenskyy "
            "in his evening address.\n")
    st = dipstate.parse(text)
    assert [(p.name, p.country) for p in st.participants] == [("Volodymyr Zelenskyy", "UKR")]
    assert len(st.participants[0].mentions) == 2  # the headline's office and the full name


def test_who_chaired_a_meeting_took_part_and_who_held_a_post_did_not() -> None:
    text = ("Meeting on the reconstruction of the north\n2026-09-01\n\n"
            "A working meeting on the reconstruction of the north was chaired by Prime Minister of "
            "Ukraine Olena Kovalenko. She succeeds Taras Bondar, who held the post that was held by "
            "Foreign Minister Ivan Hrytsenko before.\n")
    st = dipstate.parse(text)
    assert [(p.name, p.role) for p in st.participants] == [("Olena Kovalenko", Role.ATTENDEE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office of a city is of the city's state
        ("Telephone conversation with Crown Prince of Abu Dhabi Hamad Saeed\n\nThe President spoke by "
         "telephone with Crown Prince of Abu Dhabi Hamad Saeed.", ("Hamad Saeed", "ARE")),
        # a local body named after a city is no city: its head is not the city's holder
        ("Appointment\n\nThe President appointed Oleh Marko as Head of Kharkiv Regional State Administration. "
         "Oleh Marko met the President.", None),
        # a city takes no article: "the Commonwealth of ..." is none
        ("Readout\n\nThe President met Prime Minister Ian Ross of the Commonwealth of Dominica.",
         ("Ian Ross", "DMA")),
    ],
)
def test_offices_of_cities(text: str, expected: tuple[str, str] | None) -> None:
    found = {(p.name, p.country) for p in dipstate.parse(text).participants}
    if expected is None:
        assert not any(country == "UKR" and name and "Regional" in name for name, country in found)
        assert all(name != "Regional" for name, _ in found)
    else:
        assert expected in found


def test_an_announced_meeting_names_both_sides() -> None:
    text = ("On March 3, Vladimir Putin will have talks with President of Vietnam Tran Van Minh\n2026-03-02\n\n"
            "The presidents will discuss the partnership between Russia and Vietnam.")
    assert [p.code for p in dipstate.parse(text).parties] == ["RUS", "VNM"]


def test_who_a_visit_is_for_talks_with_takes_part() -> None:
    text = ("Minister of State Jonas Weber travels to Latvia\n\n12.03.2026 - Press release\n\n"
            "Minister of State Jonas Weber will travel to Riga today for talks with Latvian Foreign Minister "
            "Inese Kalnina.\n")
    found = {(p.name, p.country, p.role) for p in dipstate.parse(text).participants}
    assert ("Inese Kalnina", "LVA", Role.ATTENDEE) in found


def test_an_office_named_by_its_field_and_an_agreement_signed_with_someone() -> None:
    text = ("USDA Press\n\nSecretary Doe Signs Agreement with Chilean Agriculture Minister\n\n"
            "WASHINGTON, May 14, 2026 – Agriculture Secretary Jane Doe today signed a memorandum of "
            "understanding with Chile's Minister of Agriculture and Livestock Ana Rojas. The two officials "
            "agreed to convene a working group by the end of 2026.\n")
    st = dipstate.parse(text)
    assert [(p.name, p.title, p.country, p.role.value) for p in st.participants] == [
        ("Jane Doe", "Agriculture Secretary", "USA", "attendee"),
        ("Ana Rojas", "Minister of Agriculture and Livestock", "CHL", "attendee"),
    ]
    assert [(p.trigger, p.actors) for p in st.pledges] == [("agreed to", ("CHL", "USA"))]
    # "Secretary General" of an organisation is not a field's Secretary
    org = dipstate.parse("Readout\n\nMay 3, 2026\n\nThe Organization for Economic Cooperation and Development "
                         "Secretary General Mathias Roe met President Ana Rojas of Chile.\n")
    assert all(p.title != "Development Secretary" for p in org.participants)


def test_a_telephone_talk_in_the_name_then_office_style() -> None:
    text = ("Japan-Chile Foreign Ministers' Telephone Talk\n\nJanuary 20, 2026\n\n"
            "On January 20, Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a telephone talk with "
            "H.E. Ms. Ana Rojas, Minister for Foreign Affairs of Chile. Minister Rojas responded that Chile "
            "would continue to work closely with Japan.\n")
    st = dipstate.parse(text)
    assert [(p.name, p.country) for p in st.participants] == [("SATO Ken", "JPN"), ("Ana Rojas", "CHL")]
    assert [(p.trigger, p.actors) for p in st.pledges] == [("would continue", ("CHL",))]


def test_malaysian_styles_are_dropped_from_the_name() -> None:
    text = ("Call with the Foreign Minister of Malaysia\n\n14 January 2026\n\nMinister for Foreign Affairs Ana "
            "Rojas spoke with Malaysian Foreign Minister Dato' Seri Utama Ahmad bin Yusof today.\n")
    st = dipstate.parse(text)
    assert "Ahmad bin Yusof" in [p.name for p in st.participants]


def test_meeting_a_need_is_no_meeting_with_whoever_follows() -> None:
    text = ("Deputy Secretary Roe's Meeting with Moldovan Foreign Minister Ion Rusu\n\nMay 2, 2026\n\n"
            "Deputy Secretary of State Jane Roe met with Moldovan Foreign Minister Ion Rusu in Chisinau. She pledged "
            "support to meet Moldova's energy needs as President Ivanov's pressure campaign continues.\n")
    assert [p[0] for p in people(text)] == ["Jane Roe", "Ion Rusu"]


def test_an_authority_named_before_an_office_is_its_country_not_its_title() -> None:
    text = ("Secretary Roe's Call with Palestinian Authority President Khalil\n\nMay 2, 2026\n\n"
            "Secretary of State Jane Roe spoke today with Palestinian Authority President Samir Khalil.\n")
    assert ("Samir Khalil", "President", "PSE", "attendee") in people(text)


def test_offices_and_names_stacked_under_a_text_sign_it() -> None:
    text = ("A Roadmap for the Partnership of Norway and Chile\n\nMay 2, 2026\n\n"
            "\u201cOur two countries will build a partnership for the decades ahead.\u201d\n\n"
            "Prime Minister of Norway Ingrid Dahl\nPresident of Chile Mateo Rojas\nMay 2, 2026\n\n"
            "The Prime Minister and the President agreed to meet every year.\n")
    assert people(text) == [("Ingrid Dahl", "Prime Minister", "NOR", "signatory"),
                            ("Mateo Rojas", "President", "CHL", "signatory")]
    assert [p.actors for p in dipstate.parse(text).pledges][-1] == ("CHL", "NOR")


def test_names_do_not_run_onto_a_date_line_and_keep_their_al_and_el() -> None:
    text = ("Call with Prime Minister Khalid Ja\u2019far al-Rashidi of Iraq\n\nMay 2, 2026\n\n"
            "President Ann Lee spoke with Prime Minister Khalid Ja\u2019far al-Rashidi of Iraq.\n")
    assert ("Khalid Ja\u2019far al-Rashidi", "Prime Minister", "IRQ", "attendee") in people(text)
    signed = ("A Statement\n\nMay 2, 2026\n\nWe stand together.\n\n"
              "Prime Minister Ingrid Dahl\u00a0\nJune 3, 2026\n")
    assert [p[0] for p in people(signed)] == ["Ingrid Dahl"]
    closing = ("Readout of the Envoy's Meeting\n\nMay 2, 2026\n\n"
               "Envoy Jane Roe met with Minister of Energy Omar al-Hakim. Their talks covered power grids.\n")
    assert [p[0] for p in people(closing)] == ["Jane Roe", "Omar al-Hakim"]


def test_a_surname_of_two_words_is_the_full_names_person() -> None:
    text = ("Readout of President Ann Lee's Call with President Luis Alberto Garc\u00eda M\u00e9ndez of Peru\n\n"
            "May 2, 2026\n\nPresident Ann Lee and President Luis Alberto Garc\u00eda M\u00e9ndez of Peru spoke "
            "this morning. The President and President Garc\u00eda M\u00e9ndez agreed to meet soon.\n")
    assert [p[0] for p in people(text)] == ["Ann Lee", "Luis Alberto Garc\u00eda M\u00e9ndez"]


def test_a_state_visit_at_the_invitation_of_the_host_opening_an_item() -> None:
    text = ("Joint Statement on the Visit of the President of Chile to Kenya\n\nMay 2, 2026\n\n"
            "1. At the invitation of President of Kenya Daniel Mwangi, President of Chile Mateo Rojas paid a "
            "State Visit to Kenya from 1 to 2 May 2026.\n")
    assert {p[0] for p in people(text)} == {"Daniel Mwangi", "Mateo Rojas"}


def test_ministers_who_co_chaired_a_session_and_the_side_they_chaired_for() -> None:
    text = ("Chile and Kenya hold the Third Joint Commission\n\nMay 2, 2026\n\n"
            "The Minister of Foreign Affairs of Chile, Ms Ana Rojas, and the Minister of Foreign Affairs of "
            "Kenya, Mr Peter Otieno, co-chaired the Third Session of the Joint Commission in Santiago. "
            "Ambassador Mary Wanjiru and Director General Luis Soto chaired the meeting for Kenya.\n")
    found = {(p[0], p[2]) for p in people(text)}
    assert {("Ana Rojas", "CHL"), ("Peter Otieno", "KEN"), ("Mary Wanjiru", "KEN"), ("Luis Soto", "KEN")} <= found


def test_a_name_is_not_read_back_into_the_office_list_before_it() -> None:
    text = ("Readout of the Dialogue\n\nMay 2, 2026\n\n"
            "Secretary of Foreign Relations Ana Rojas, Secretary of Finance Luis Soto and Ambassador Mary Ortiz "
            "met with Secretary of State Jane Roe.\n")
    assert [p[0] for p in people(text)] == ["Ana Rojas", "Luis Soto", "Mary Ortiz", "Jane Roe"]


def test_who_chaired_and_joined_a_meeting_as_translations_write_it() -> None:
    text = ("A meeting on aid deliveries was held\n\nMay 2, 2026\n\n"
            "Under the chairmanship of the Head of the Office of the President Ivan Petrenko and with the "
            "participation of the Minister of Economy of Ukraine Olena Koval, a meeting on aid was held.\n")
    assert ("Ivan Petrenko", "Head of the Office of the President") in [(p[0], p[1]) for p in people(text)]
    assert ("Olena Koval", "Minister of Economy", "UKR", "attendee") in people(text)


def test_pending_offices_and_portfolios_with_for_and_expatriates_keep_the_whole_title() -> None:
    text = ("Readout of the Secretary's Call\n\nMay 2, 2026\n\n"
            "Secretary of State Jane Roe spoke with Prime Minister-Designate Ana Rojas of Chile, "
            "Minister for Foreign Affairs and for Defence Sean Byrne of Ireland and "
            "Minister of Foreign Affairs and Expatriates Omar Haddad of Jordan.\n")
    found = {(p[0], p[1], p[2]) for p in people(text)}
    assert {("Ana Rojas", "Prime Minister-Designate", "CHL"),
            ("Sean Byrne", "Minister for Foreign Affairs and for Defence", "IRL"),
            ("Omar Haddad", "Minister of Foreign Affairs and Expatriates", "JOR")} <= found


def test_a_headline_verb_ends_the_name_and_a_call_from_someone_is_not_their_text() -> None:
    text = ("President Okafor Receives Phone Call from the President of Chile\n\nMay 2, 2026\n\n"
            "President Chidi Okafor received a phone call from President Mateo Rojas of Chile. "
            "President Okafor thanked him for the call.\n")
    found = people(text)
    assert [p[0] for p in found] == ["Chidi Okafor", "Mateo Rojas"]
    assert found[0][2] != "CHL"  # the caller's state is not the page's


def test_who_a_news_item_opens_with_stating_a_stance_is_who_it_is_attributed_to() -> None:
    condemns = ("The Chairperson of the Commission condemns the attack\n\nAccra, 2 May 2026\n\n"
                "The Chairperson of the African Union Commission, H.E. Kofi Mensah, strongly condemns "
                "the attack on a market.\n")
    assert ("Kofi Mensah", "Chairperson of the African Union Commission", "AU", "spokesperson") in people(condemns)
    on_topic = ("Foreign Minister Lena Vogel on the ceasefire\n\n2 May 2026\n\n"
                "The ceasefire is an important first step.\n")
    assert [(p[0], p[3]) for p in people(on_topic)] == [("Lena Vogel", "spokesperson")]


def test_a_person_only_quoted_or_acting_in_a_news_item_is_not_its_speaker() -> None:
    quoted = ("Women and Democracy\n\n2 May 2026\n\n"
              "As Vice President Ana Rojas has said, democracy needs everyone. We agree.\n")
    assert all(p[3] != "spokesperson" for p in people(quoted))
    announces = ("President Ana Rojas Announces Key Nominees on Trade\n\n2 May 2026\n\n"
                 "Today, President Ana Rojas announced her intent to nominate two envoys.\n")
    assert all(p[3] != "spokesperson" for p in people(announces))
