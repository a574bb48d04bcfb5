"""Parties: aliases, demonyms, ambiguity, and who is only talked about."""

from __future__ import annotations

import pytest

import dipstate
from dipstate import _gazetteer
from dipstate._source import Source


def codes(text: str) -> list[str]:
    return [p.code for p in dipstate.parse(text).parties]


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("ROK", "KOR"), ("South Korea", "KOR"), ("Republic of Korea", "KOR"), ("Korea", "KOR"),
        ("U.S.", "USA"), ("U.S.A.", "USA"), ("US", "USA"), ("United States of America", "USA"),
        ("DPRK", "PRK"), ("North Korea", "PRK"), ("Democratic People’s Republic of Korea", "PRK"),
        ("PRC", "CHN"), ("People's Republic of China", "CHN"), ("UK", "GBR"), ("U.K.", "GBR"),
        ("Britain", "GBR"), ("UAE", "ARE"), ("Türkiye", "TUR"), ("Turkey", "TUR"), ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"), ("Chinese Taipei", "TWN"), ("Group of Seven", "G7"), ("the Quad", "QUAD"),
        ("North Atlantic Treaty Organization", "NATO"), ("European Union", "EU"), ("ASEAN", "ASEAN"),
        ("Guinea-Bissau", "GNB"), ("Papua New Guinea", "PNG"), ("Democratic Republic of the Congo", "COD"),
    ],
)
def test_aliases_resolve(alias: str, code: str) -> None:
    src = Source(f"Talks with {alias} today.")
    found = [m.code for m in _gazetteer.mentions(src)]
    assert found == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [("the Japanese side", "JPN"), ("an American delegation", "USA"), ("the Emirati minister", "ARE"),
     ("Philippine waters", "PHL"), ("Filipino workers", "PHL")],
)
def test_demonyms(text: str, code: str) -> None:
    assert [m.code for m in _gazetteer.mentions(Source(text))] == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [("the Grenadian Prime Minister", "GRD"), ("a Gabonese Defense Minister", "GAB"),
     ("the Nigerien Foreign Minister", "NER"), ("Jamaican farmers", "JAM"), ("the Haitian police", "HTI"),
     ("the Ivorian delegation", "CIV"), ("the Kyrgyz side", "KGZ")],
)
def test_every_state_has_its_demonym(text: str, code: str) -> None:
    """Demonyms come from generated data (scripts/make_world.py), not a hand list of the usual few."""
    assert [m.code for m in _gazetteer.mentions(Source(text))] == [code]


@pytest.mark.parametrize(
    ("name", "code"),
    [("Czechia", "CZE"), ("Eswatini", "SWZ"), ("Ivory Coast", "CIV"), ("DR Congo", "COD"), ("Burma", "MMR"),
     ("Timor-Leste", "TLS"), ("Congo-Kinshasa", "COD"), ("Cabo Verde", "CPV")],
)
def test_common_and_former_names_resolve(name: str, code: str) -> None:
    assert [m.code for m in _gazetteer.mentions(Source(f"Talks with {name} today."))] == [code]


def test_a_demonym_two_states_share_is_decided_once() -> None:
    """countryinfo gives "Congolese" to both Congos: it names neither rather than guessing."""
    assert [m.code for m in _gazetteer.mentions(Source("the Congolese minister"))] == []


def test_places_that_contain_a_state_name_are_not_states() -> None:
    text = "Peace on the Korean Peninsula, in Latin America and in New Jersey."
    assert list(_gazetteer.mentions(Source(text))) == []


def test_georgia_after_a_comma_is_the_us_state() -> None:
    assert [m.code for m in _gazetteer.mentions(Source("Talks in Tbilisi, Georgia."))] == []
    assert [m.code for m in _gazetteer.mentions(Source("Georgia and Armenia met."))] == ["GEO", "ARM"]


def test_parties_from_title_not_its_topic() -> None:
    text = "Statement from President Biden on Russia’s Sham Referenda in Ukraine\nSeptember 23, 2022\n\nThe United States will never recognize them.\n"
    assert codes(text) == ["USA"]


def test_parties_from_we_the_leaders_list() -> None:
    text = "Joint Leaders Statement on AUKUS\nSeptember 15, 2021\n\nAs leaders of Australia, the United Kingdom, and the United States, we resolve to act.\n"
    assert codes(text) == ["AUS", "GBR", "USA"]


def test_condemned_state_is_not_a_party() -> None:
    text = ("Joint Statement of Japan and the United States\nJuly 14, 2023\n\n"
            "Japan and the United States condemn the DPRK launch and the decisions by the leaders of the DPRK and Russia.\n")
    assert codes(text) == ["JPN", "USA"]


def test_party_from_participant_country_and_first_mention_span() -> None:
    text = ("Readout of the Call\nMay 1, 2024\n\nPresident Biden spoke today with Prime Minister Rishi Sunak "
            "of the United Kingdom. The leaders discussed the United Kingdom’s plans.\n")
    st = dipstate.parse(text)
    assert [p.code for p in st.parties] == ["GBR", "USA"]
    gbr = st.parties[0]
    assert text[gbr.span.start : gbr.span.end] == "United Kingdom"
    assert gbr.span.start == text.index("United Kingdom")


def test_country_list_matches_pycountry() -> None:
    pycountry = pytest.importorskip("pycountry")
    for country in pycountry.countries:
        assert _gazetteer.is_known(country.alpha_3), country.alpha_3


def test_leaders_hosted_or_met_are_parties() -> None:
    text = ("FACT SHEET: Quad Leaders’ Summit\nSeptember 21, 2024\n\n"
            "Today, President Biden hosted the leaders of Australia, India, and Japan.\n")
    assert codes(text) == ["AUS", "IND", "JPN", "QUAD", "USA"]


def test_joint_title_that_names_its_parties_only_in_its_topic() -> None:
    st = dipstate.parse("Joint Statement on U.S.-UK Consultations on the Indo-Pacific\nJune 3, 2023\n\nWe will meet again.\n")
    assert [p.code for p in st.parties] == ["GBR", "USA"]
    assert st.pledges[0].actors == ("GBR", "USA")
    press = dipstate.parse("Statement on U.S.-China Trade\nJune 3, 2023\n\nThe talks will resume.\n")
    assert "CHN" not in [p.code for p in press.parties]


def test_a_name_may_open_with_a_particle() -> None:
    st = dipstate.parse("Joint Statement by President Biden and President von der Leyen\nJune 3, 2023\n\nWe will act.\n")
    assert "von der Leyen" in [p.name for p in st.participants]


def test_a_group_whose_members_list_themselves_as_issuers_is_not_a_party_beside_them() -> None:
    text = ("Quad Leaders' Joint Statement\nMay 24, 2022\n\n"
            "We, the Leaders of Australia, India, Japan, and the United States, met today in Tokyo. "
            "We will continue to meet annually.\n")
    st = dipstate.parse(text)
    assert [p.code for p in st.parties] == ["AUS", "IND", "JPN", "USA"]
    assert st.pledges[0].actors == ("AUS", "IND", "JPN", "USA")


def test_a_group_that_speaks_as_itself_stays_the_party() -> None:
    text = "G7 Leaders' Statement\nMarch 24, 2022\n\nWe, the Leaders of the G7, will continue to support Ukraine.\n"
    assert codes(text) == ["G7"]


@pytest.mark.parametrize(
    ("name", "code"),
    [("European External Action Service", "EU"), ("EEAS", "EU"), ("European Parliament", "EU"),
     ("UN Security Council", "UN"), ("Organization of Islamic Cooperation", "OIC"), ("ECOWAS", "ECOWAS"),
     ("Shanghai Cooperation Organisation", "SCO"), ("Arab League", "LAS")],
)
def test_organisations_and_their_organs_resolve(name: str, code: str) -> None:
    assert [m.code for m in _gazetteer.mentions(Source(f"Talks with the {name} today."))] == [code]


def test_an_officials_bodys_secretary_general_stands_for_the_organisation() -> None:
    text = ("Deputy Secretary's Call with European External Action Service Secretary General Rossi\nJuly 1, 2022\n\n"
            "Office of the Spokesperson\n\nDeputy Secretary Wendy Sherman spoke today with European External "
            "Action Service Secretary General Marco Rossi. They committed to continue cooperating closely.\n")
    st = dipstate.parse(text)
    assert [p.code for p in st.parties] == ["EU", "USA"]
    assert st.pledges[0].actors == ("EU", "USA")


@pytest.mark.parametrize(
    ("word", "code"),
    [("Kosovan", "XKX"), ("Ivoirian", "CIV"), ("Kyrgyzstani", "KGZ"), ("Somalian", "SOM"),
     ("Republican", None), ("African", None), ("Dominican", None), ("Deputy", None), ("Asian", None)],
)
def test_an_unknown_adjective_is_read_by_its_stem_only_where_one_state_fits(word: str, code: str | None) -> None:
    assert _gazetteer.demonym_guess(word) == code


def test_an_unknown_adjective_before_an_office_gives_the_persons_country() -> None:
    text = ("Secretary Blinken's Meeting with Ivoirian Prime Minister Achi\nMarch 14, 2022\n\n"
            "Office of the Spokesperson\n\nSecretary of State Antony J. Blinken met today with Ivoirian Prime "
            "Minister Patrick Achi in Washington.\n")
    assert codes(text) == ["CIV", "USA"]


def test_a_party_carries_every_span_that_names_it() -> None:
    text = ("Joint Statement of Japan and the Republic of Korea\nJune 3, 2023\n\n"
            "The Japanese and Korean ministers met. Japan and the ROK will meet again in Tokyo, Japan.\n")
    st = dipstate.parse(text)
    by_code = {p.code: p for p in st.parties}
    assert [text[m.start:m.end] for m in by_code["JPN"].mentions] == ["Japan", "Japanese", "Japan", "Japan"]
    assert [text[m.start:m.end] for m in by_code["KOR"].mentions] == ["Republic of Korea", "Korean", "ROK"]
    assert all(p.mentions[0] == p.span for p in st.parties)
    again = dipstate.Statement.from_json(st.to_json())
    assert again.parties == st.parties


def test_a_party_known_only_from_the_caller_has_no_mentions() -> None:
    st = dipstate.parse("Statement\nJune 3, 2023\n\nThe Government will act.\n", home="GBR")
    gbr = next(p for p in st.parties if p.code == "GBR")
    assert gbr.mentions == ()


def test_a_state_that_is_an_offices_portfolio_is_not_a_party_nor_the_officials_country() -> None:
    text = ("Special Representative for the Democratic People's Republic of Korea (DPRK) Ito's Meeting with "
            "Japanese Director General Sato\nJuly 10, 2022\n\nOffice of the Spokesperson\n\n"
            "U.S. Special Representative for the DPRK Ambassador Mary Ito met today with Japanese Director General "
            "Sato Ken. They reiterated their commitment to dialogue.\n")
    st = dipstate.parse(text)
    assert [p.code for p in st.parties] == ["JPN", "USA"]
    assert {p.name: p.country for p in st.participants}["Mary Ito"] == "USA"
    assert st.pledges[0].actors == ("JPN", "USA")


@pytest.mark.parametrize(
    ("line", "code"),
    [("Ministry of Foreign Affairs of the Republic of Indonesia", "IDN"),
     ("REPUBLIC OF TÜRKIYE MINISTRY OF FOREIGN AFFAIRS", "TUR"),
     ("Embassy of the Russian Federation in the Republic of Kenya", "RUS")],
)
def test_a_government_bodys_line_in_the_page_furniture_says_whose_page_it_is(line: str, code: str) -> None:
    text = (f"{line}\n\nPress Release Regarding the Visit of the Foreign Minister\n12 May 2023\n\n"
            "The Minister met with the Ambassador of Chile. The Ministry will open a consulate next year.\n")
    st = dipstate.parse(text)
    assert code in [p.code for p in st.parties]
    assert st.pledges[0].actors == (code,)


def test_an_office_in_the_title_that_names_its_organisation_is_the_publisher() -> None:
    text = ("Statement attributable to the Spokesperson for the Secretary-General on Mali\n3 April 2022\n\n"
            "The Secretary-General is deeply concerned by the violence in central Mali. He calls on all "
            "parties to protect civilians.\n")
    assert [p.code for p in dipstate.parse(text).parties] == ["UN"]


def test_the_issuers_a_lead_in_lists_are_the_parties() -> None:
    text = ("Joint Statement on Elections in Chad\nMay 3, 2022\n\nOffice of the Spokesperson\n\n"
            "Following is a joint statement issued by the High Representative on behalf of the European Union and "
            "the Foreign Ministers of Canada, Georgia, Norway, and the United States.\n\n"
            "We call on all sides to respect the vote.\n")
    assert codes(text) == ["CAN", "EU", "GEO", "NOR", "USA"]


def test_a_lead_in_naming_the_governments_that_issue_the_statement() -> None:
    text = ("Joint Statement on the Strategic Dialogue\nApril 28, 2022\n\nOffice of the Spokesperson\n\n"
            "The following is the text of a joint statement by the Governments of the United States of America and "
            "Iceland following their strategic dialogue.\n\nBegin text:\n\nThe two countries discussed security.\n")
    assert codes(text) == ["ISL", "USA"]


def test_georgia_after_a_city_and_a_comma_is_the_us_state() -> None:
    assert "GEO" not in codes("Statement\nMay 3, 2022\n\nThe President spoke in Atlanta, Georgia today.\n")


def test_states_named_in_a_title_set_in_capitals() -> None:
    text = ("JOINT STATEMENT OF THE KINGDOM OF NORWAY AND THE HASHEMITE KINGDOM OF JORDAN\n\nMay 2, 2026\n\n"
            "The two sides will deepen their cooperation.\n")
    assert codes(text) == ["JOR", "NOR"]


def test_a_word_of_other_states_names_is_no_state() -> None:
    # "Island" is one of Iceland's own names in the generated data, and the common noun of "Christmas Island"
    assert [m.code for m in _gazetteer.mentions(Source("The Pacific Island Forum met."))] == []


def test_whom_a_titles_topic_meeting_was_with() -> None:
    text = ("Statement by the Press Secretary on the President's Meeting with G7 Leaders on Energy\n\n"
            "May 2, 2026\n\nThe President joined the leaders by video.\n")
    assert codes(text) == ["G7"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Faced with aggression against Estonia, the G7 will act together.",
        "We welcome that Estonia will host the next meeting.",
        "We urge all sides to accept a deal that Estonia is ready to sign.",
        "We welcome that Finland will chair the G7 and Estonia will host the talks.",
    ],
)
def test_states_in_a_clause_others_frame_are_not_parties(sentence: str) -> None:
    assert codes(f"G7 Leaders' Statement\n\nMay 2, 2026\n\n{sentence}\n") == ["G7"]


def test_the_bodies_of_states_acting_together_are_still_parties() -> None:
    text = ("G7 Leaders' Statement\n\nMay 2, 2026\n\n"
            "The leaders of Estonia and Latvia will join the next meeting.\n")
    assert codes(text) == ["EST", "G7", "LVA"]


def test_the_state_whose_officials_were_met_takes_part() -> None:
    text = ("Deputy Secretary Roe's Travel to Suva\n\nMay 2, 2026\n\n"
            "Deputy Secretary of State Jane Roe met virtually with senior Fijian government officials.\n")
    assert codes(text) == ["FJI", "USA"]


def test_a_word_in_capitals_alone_is_an_acronym_not_a_heading() -> None:
    # "CHAD" alone among mixed-case words is no state name set in capitals
    assert [m.code for m in _gazetteer.mentions(Source("The programme CHAD met in Geneva."))] == []


def test_issuers_listed_after_a_lower_case_we_and_two_bodies() -> None:
    text = ("Joint Statement of the Ministers and Representatives of the Grain Initiative\n\nMay 2, 2026\n\n"
            "Having met in Lima, we the Ministers and Representatives of Chile, Peru and Kenya recognize the "
            "threat. We will share data.\n")
    assert codes(text) == ["CHL", "KEN", "PER"]


def test_a_joint_texts_opening_subject_lists_its_issuers() -> None:
    text = ("Grain Producers Declaration\n\nMay 2, 2026\n\n"
            "Today, Chile, Peru, and Kenya affirm the role of producers in food security. We intend to trade "
            "openly.\n")
    assert codes(text) == ["CHL", "KEN", "PER"]


def test_a_groups_ministers_listed_by_state_are_those_states() -> None:
    text = ("G7 Foreign Ministers' Statement on Shipping\n\nMay 2, 2026\n\n"
            "We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the "
            "United States of America and the High Representative of the European Union condemn the attack.\n")
    assert codes(text) == ["CAN", "DEU", "EU", "FRA", "GBR", "ITA", "JPN", "USA"]


def test_a_readout_on_its_own_page_pairs_its_own_state_with_the_counterpart() -> None:
    # neither leader of the page's own state carries a country; the text says which state is theirs
    compound = ("President Okafor Receives a Call from the Prime Minister of Norway\n\nMay 2, 2026\n\n"
                "President Chidi Okafor received a call from Prime Minister Erna Lund of Norway. "
                "They reviewed Nigerian-Norwegian relations. They agreed to meet in June.\n")
    assert codes(compound) == ["NGA", "NOR"]
    host = ("Prime Minister Tran holds talks with Irish counterpart\n\nMay 2, 2026\n\n"
            "Prime Minister Tran Van Minh held talks with Taoiseach Sean Byrne of Ireland during the "
            "latter's visit to Viet Nam. The two leaders agreed to expand trade.\n")
    assert codes(host) == ["IRL", "VNM"]
    own_words = ("President Diallo speaks with the President of Chile\n\nMay 2, 2026\n\n"
                 "President Amadou Diallo spoke by phone with President Mateo Rojas of Chile. "
                 "President Diallo affirmed Senegal's commitment to closer ties. Both sides agreed to "
                 "hold consultations.\n")
    pledge = dipstate.parse(own_words).pledges[-1]  # "Both sides agreed ..."
    assert codes(own_words) == ["CHL", "SEN"] and pledge.actors == ("CHL", "SEN")


def test_a_state_only_talked_about_in_a_readout_is_not_read_as_its_own() -> None:
    text = ("President Diallo speaks with the President of Chile\n\nMay 2, 2026\n\n"
            "President Amadou Diallo spoke by phone with President Mateo Rojas of Chile. "
            "The two presidents condemned Russia's war against Ukraine.\n")
    assert "RUS" not in codes(text) and "UKR" not in codes(text)
