"""Pledge rules: what counts (In), what does not (Out), actors, kind, negation."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import dipstate
from dipstate import PledgeKind, _data, _gazetteer, _pledges
from dipstate._source import Source
from dipstate.model import Span

HEAD = "Joint Statement of Japan, the Republic of Korea, and the United States\nJune 3, 2023\n\n"
ALL = ("JPN", "KOR", "USA")


def pledges(body: str, head: str = HEAD) -> list[dipstate.Pledge]:
    return list(dipstate.parse(head + body + "\n").pledges)


def one(body: str, head: str = HEAD) -> dipstate.Pledge:
    found = pledges(body, head)
    assert len(found) == 1, [p.text for p in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("We pledge to deepen our cooperation.", "pledge to"),
        ("The three countries committed to regular exercises.", "committed to"),
        ("They vowed to respond firmly.", "vowed to"),
        ("We promise to share data.", "promise to"),
        ("We undertake to consult each other.", "undertake to"),
        ("We resolve to deepen diplomatic ties.", "resolve to"),
        ("We are determined to align our efforts.", "are determined to"),
        ("We are dedicated to a free and open region.", "are dedicated to"),
        ("We intend to share information.", "intend to"),
        ("We plan to hold a summit.", "plan to"),
        ("The leaders agreed to meet annually.", "agreed to"),
        ("Both sides decided to consult regularly.", "decided to"),
        ("We aim to expand trade.", "aim to"),
        ("We seek to reduce tensions.", "seek to"),
        ("We strive to protect our people.", "strive to"),
        ("We endeavour to improve access.", "endeavour to"),
        ("We stand ready to apply additional measures.", "stand ready to"),
        ("We will work together with our partners.", "will work"),
        ("The parties shall consult each other.", "shall"),
        ("We are going to expand the programme.", "are going to"),
        ("Today, we announce the establishment of a Trilateral Secretariat.", "announce the establishment of"),
        ("We are committed to working closely with ASEAN.", "are committed to"),
    ],
)
def test_commitment_wording_counts(sentence: str, trigger: str) -> None:
    pledge = one(sentence)
    assert pledge.trigger == trigger
    assert pledge.actors == ALL
    assert pledge.kind is PledgeKind.NEW


@pytest.mark.parametrize(
    "sentence",
    [
        "We reaffirm our commitment to the complete denuclearization of the Korean Peninsula.",
        "They reiterated their commitment to a free and open Indo-Pacific.",
        "The leaders renewed their determination to respond firmly.",
        "We remain committed to the rules-based order.",
        "We remain determined to monitor the situation.",
        "The United States reiterated that its commitments to defend Japan are ironclad.",
        "The two sides expressed their continued commitment to countering terrorism.",
        "We recommit ourselves to this vision.",
    ],
)
def test_repetition_wording_is_reaffirmed(sentence: str) -> None:
    assert one(sentence).kind is PledgeKind.REAFFIRMED


def test_affirmed_commitment_is_new() -> None:
    assert one("The leaders affirmed their shared commitment to the agreement.").kind is PledgeKind.NEW


@pytest.mark.parametrize(
    "sentence",
    [
        "We strongly condemn the launch of an intercontinental ballistic missile.",
        "We express grave concern over the DPRK's illicit revenue generation.",
        "We welcome the progress made by the partnership.",
        "We urge the DPRK to cease its unlawful actions.",
        "They called for full implementation by the international community.",
        "The ministers discussed regional issues and underscored the importance of cooperation.",
        "The DPRK’s continued development of its missile capabilities will only bolster our resolve.",
        "Our three countries continue to call for adherence to shared norms.",
        "This investment will improve security in the Pacific.",
        "The two sides welcomed a new Memorandum that will connect technology companies.",
        "We reaffirm the importance of maintaining peace and stability.",
        "Russia will announce fabricated outcomes.",
        "Will the partners agree to this?",
    ],
)
def test_out_rules(sentence: str) -> None:
    assert pledges(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("The United States will never recognize the annexation.", True),
        ("We will not recognize any change made by force.", True),
        ("We commit not to deploy such weapons.", True),
        ("We will not leave these actions unaddressed.", False),
        ("We will expand our patrols.", False),
    ],
)
def test_negation(sentence: str, negated: bool) -> None:
    assert one(sentence).negated is negated


@pytest.mark.parametrize(
    ("sentence", "actors", "actor_text"),
    [
        ("The United States will take all necessary measures.", ("USA",), "The United States"),
        ("Japan and the United States are committed to closely coordinating.", ("JPN", "USA"), "Japan and the United States"),
        ("Japan, the ROK, and the United States are committed to the work of the team.", ALL, "Japan, the ROK, and the United States"),
        ("In addition, the three countries will further strengthen cooperation.", ALL, "the three countries"),
        ("The Secretary and the two Ministers pledged that the ROK will cooperate.", ALL, "The Secretary and the two Ministers"),
        ("They shared their concerns, and they committed to address them.", ALL, "they"),
        ("We are taking further steps, and will work together to this end.", ALL, "We"),
        ("This new secretariat will seek to align our objectives.", ALL, "This new secretariat"),
        ("The Japanese side will host the next meeting.", ("JPN",), "The Japanese side"),
    ],
)
def test_actor_resolution(sentence: str, actors: tuple[str, ...], actor_text: str) -> None:
    pledge = one(sentence)
    assert pledge.actors == actors
    assert pledge.actor_text == actor_text


def test_reported_speech_in_readout_resolves_participant() -> None:
    head = ("Readout of the Meeting\nJune 2, 2023\n\nNational Security Advisor Jake Sullivan met National Security "
            "Advisor Sheikh Tahnoon bin Zayed Al Nahyan of the United Arab Emirates at the White House. ")
    pledge = one("Mr. Sullivan and Sheikh Tahnoon pledged to intensify cooperation.", head)
    assert pledge.actors == ("ARE", "USA")


REMARKS = ("Remarks by President Biden and Prime Minister Kishida of Japan\nJune 3, 2023\n\n"
           "PRESIDENT BIDEN:  Thank you. ")


def test_transcript_hopes_are_not_pledges() -> None:
    assert pledges("I hope we will step up cooperation among our three nations.", REMARKS) == []


def test_transcript_first_person_speaks_for_the_speakers_country() -> None:
    assert one("I will travel to Tokyo next month.", REMARKS).actors == ("USA",)
    assert one("We will continue to support Ukraine.", REMARKS).actors == ("JPN", "USA")


def test_transcript_they_is_not_the_parties() -> None:
    assert pledges("They will keep testing missiles.", REMARKS) == []


def test_one_pledge_per_sentence_first_trigger_decides_kind() -> None:
    pledge = one("We reaffirm our commitment to peace, and we will expand our exercises.")
    assert pledge.kind is PledgeKind.REAFFIRMED
    assert pledge.trigger.startswith("reaffirm")


SENTENCES = st.sampled_from([
    "We will expand trade by 2030.", "The three countries reaffirm their commitment to peace.",
    "We condemn the launch.", "Japan will host the meeting within six months.", "They agreed to meet.",
    "The DPRK will test missiles.", "U.S. officials met. We intend to act.",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(SENTENCES, min_size=1, max_size=8), st.sampled_from([" ", "\n", "\n\n", "\r\n"]))
def test_pledge_spans_hold(sentences: list[str], sep: str) -> None:
    text = HEAD + sep.join(sentences)
    for pledge in dipstate.parse(text).pledges:
        assert text[pledge.span.start : pledge.span.end] == pledge.text
        assert pledge.span.contains(pledge.trigger_span)
        assert text[pledge.trigger_span.start : pledge.trigger_span.end] == pledge.trigger


def test_a_partnership_is_not_a_body_that_acts() -> None:
    assert pledges("This partnership will deliver tangible benefits for our peoples.") == []


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Our commitment to the defense of the ROK is ironclad.", ALL),
        ("The United States’ commitment to the defense of Japan remains ironclad.", ("USA",)),
        ("The U.S. commitment to Japan is ironclad.", ("USA",)),
    ],
)
def test_an_ironclad_commitment_is_reaffirmed_by_its_holder(sentence: str, actors: tuple[str, ...]) -> None:
    pledge = one(sentence)
    assert pledge.kind is PledgeKind.REAFFIRMED
    assert pledge.actors == actors


def test_ironclad_commitment_of_a_non_party_is_no_pledge() -> None:
    assert pledges("The DPRK’s commitment to its programme is ironclad.") == []


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("We task the relevant Ministers to monitor implementation.", "task the relevant Ministers"),
        ("The leaders directed their teams to develop a roadmap.", "directed their teams"),
        ("The United States has committed $500 million to the fund.", "committed $"),
        ("The United States is proud to announce a new partnership.", "is proud to announce a new"),
    ],
)
def test_tasking_funding_and_announcing(sentence: str, trigger: str) -> None:
    assert one(sentence).trigger == trigger


def test_tasking_others_is_not_a_pledge() -> None:
    assert pledges("The DPRK directed its officials to prepare another launch.") == []


def test_a_statement_by_one_person_speaks_for_their_country() -> None:
    head = "Statement from President Joe Biden on the Bill\nJune 3, 2023\n\n"
    assert one("I will sign this bill into law next week.", head).actors == ("USA",)
    assert one("My Administration will continue to work with Congress.", head).actors == ("USA",)


def test_a_named_leader_of_a_party_commits_even_when_not_a_participant() -> None:
    head = "Statement from Press Secretary Karine Jean-Pierre on the President’s Travel\nJune 3, 2023\n\n"
    assert one("President Biden will travel to Japan next week.", head).actors == ("USA",)
    assert pledges("President Putin will announce new measures.", head) == []


def test_members_of_an_organisation_stand_for_it_only_when_it_is_a_party() -> None:
    assert pledges("Allies and partners will continue to watch the situation.") == []
    head = "Vilnius Summit Communiqué\nJuly 11, 2023\n\nWe, the Heads of State and Government of the North Atlantic Alliance, met.\n\n"
    assert one("Allies commit to invest at least 2% of GDP.", head).actors == ("NATO",)


# -- at each word only the frames that can open with it are tried: what trying them all finds --------

_TRIGGER_WORDS = ["We", "we", "will", "Will", "is", "are", "be", "remain", "committed", "commit", "commits",
                  "to", "reaffirm", "reaffirmed", "our", "their", "commitment", "pledge", "continue", "agreed",
                  "shall", "not", "never", "strongly", "ironclad", "determined", "work", "together", "support",
                  "the", "Japan", "and", "also", "again", "resolve", "stand", "ready", "intend", ",", "."]


def _every_frame(source: Source, sentence: Span) -> list[tuple[tuple[int, int], str, str]]:
    """The reference: all frames in one pattern, tried at every word that opens any."""
    rows = _data.table("commitments.tsv")
    pattern = regex.compile("(?:" + "|".join(f"(?P<t{i}>{_pledges._compose(f)})" for i, (_, _, f) in enumerate(rows)) + ")")
    out = []
    after = sentence.start
    for opening in source.finditer(_pledges._LETTERS, sentence):
        if opening.start() < after or opening.group() not in _pledges._first_words():
            continue
        m = source.match_at(pattern, opening.start(), min(sentence.end, opening.start() + _pledges._FRAME_REACH))
        if m is None:
            continue
        after = m.end()
        kind, name = rows[int((m.lastgroup or "t0")[1:])][:2]
        if kind == "new" and _pledges._repeats(m.group()):
            kind = "reaffirmed"
        out.append((m.span(), kind, name))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TRIGGER_WORDS), max_size=25))
def test_trying_only_the_frames_a_word_opens_finds_what_all_frames_find(words: list[str]) -> None:
    text = " ".join(words)
    source = Source(text)
    reader = _pledges._Reader(source, (), {}, None, _gazetteer.index(source), {})
    sentence = Span(0, len(text))
    found = [((t.span.start, t.span.end), t.kind.value, t.name) for t in reader._triggers(sentence)]
    assert found == _every_frame(source, sentence)


def test_a_pledge_points_at_the_words_that_name_who_commits() -> None:
    text = ("Joint Statement of Japan and the United States\nJune 3, 2023\n\n"
            "Japan and the United States will build a new port by 2030. In addition, we reaffirm our commitment.\n")
    st = dipstate.parse(text)
    first, second = st.pledges
    assert first.subject is not None and text[first.subject.start:first.subject.end] == "Japan and the United States"
    assert second.subject is not None and text[second.subject.start:second.subject.end] == "we"
    assert all(text[p.subject.start:p.subject.end] == p.actor_text for p in st.pledges if p.subject)
    assert dipstate.Statement.from_json(st.to_json()).pledges == st.pledges


def test_agreeing_that_others_should_act_commits_nobody() -> None:
    head = "Joint Statement of Japan and Singapore\nJune 3, 2023\n\n"
    assert pledges("Japan and Singapore agreed that the international community should stand united.", head) == []
    assert one("Japan and Singapore agreed that the two countries will hold talks in May.", head).actors == ("JPN", "SGP")


def test_what_the_parties_discussed_how_to_do_is_not_a_pledge() -> None:
    head = "Joint Statement of Japan and Singapore\nJune 3, 2023\n\n"
    assert pledges("The ministers met today to discuss how our two countries will work together.", head) == []
    assert pledges("They discussed whether the two sides will extend the accord.", head) == []


def test_a_quotation_a_named_speaker_opens_the_sentence_with_commits_their_side() -> None:
    text = ("Peru and Chile Agree to Cooperate\n10 May 2023\n\nForeign Minister of Peru Luis Quispe held a meeting "
            "with Foreign Minister of Chile Ana Rojas in Lima.\n\n"
            "\u201cWe will open a new border crossing this year,\u201d said Foreign Minister Luis Quispe.\n\n"
            "\"Peru will host the next round,\" he added.\n")
    pledges = {p.text.split(",")[0]: p.actors for p in dipstate.parse(text).pledges}
    assert pledges["\u201cWe will open a new border crossing this year"] == ("PER",)
    assert pledges["\"Peru will host the next round"] == ("PER",)


def test_words_quoted_from_a_document_still_commit_nobody() -> None:
    text = ("Joint Statement\n10 May 2023\n\nThe ministers recalled the treaty, which states that \u201cthe parties "
            "will consult each other\u201d. \u201cThe parties will consult\u201d is its second article.\n")
    assert dipstate.parse(text).pledges == ()


def test_we_in_a_press_statement_is_the_government_that_issues_it() -> None:
    text = ("Statement by Press Secretary Jen Psaki on Ukraine\nMay 2, 2022\n\nThe President spoke with President "
            "Zelenskyy of Ukraine today. We will continue to support Ukraine for as long as it takes. Together, we "
            "are committed to holding Russia accountable.\n")
    actors = [p.actors for p in dipstate.parse(text).pledges]
    assert actors == [("USA",), ("UKR", "USA")]


def test_a_belief_about_others_is_not_their_pledge_but_ones_own_side_still_commits() -> None:
    text = ("Joint Statement of Germany and Poland\n\n"
            "Germany and Poland will deepen their cooperation on energy. "
            "We remain confident that Poland will host a successful summit in May. "
            "We request that the Secretary-General will appoint an envoy. "
            "We are convinced that by working together we will end the dispute.")
    found = [(p.actors, p.text.split()[:3]) for p in dipstate.parse(text).pledges]
    assert found == [(("DEU", "POL"), ["Germany", "and", "Poland"]), (("DEU", "POL"), ["We", "are", "convinced"])]


def test_a_readouts_reported_would_is_the_will_of_a_commitment() -> None:
    text = ("Chile-Peru Summit Meeting\n\nNovember 2, 2026\n\n"
            "1. President Ana Rojas of Chile held a summit meeting with President Luis Soto of Peru.\n\n"
            "2. The two leaders concurred to strengthen cooperation in security. They also confirmed that they "
            "would work together toward a free and open Pacific. President Rojas stated that Chile would "
            "continue to support Peru's reforms. She said that she would like to visit Lima. The leaders noted "
            "that Bolivia would hold elections.\n")
    st = dipstate.parse(text)
    assert [(p.trigger, p.actors) for p in st.pledges] == [
        ("concurred to", ("CHL", "PER")),
        ("would work", ("CHL", "PER")),
        ("would continue", ("CHL",)),
    ]  # a wish ("would like to") commits nobody, and a state only reported on is no party
    assert [p.code for p in st.parties] == ["CHL", "PER"]


def test_a_speaker_retelling_an_earlier_promise_makes_no_new_pledge() -> None:
    text = ("Remarks by the Minister\n\nMay 3, 2026\n\nMINISTER ROJAS: In Glasgow, we announced that we would "
            "double our climate finance. Today Chile will triple it.\n")
    st = dipstate.parse(text, home="CHL")
    assert [p.text for p in st.pledges] == ["Today Chile will triple it."]


SPEECH = """Mr. President, distinguished delegates,

My country has chosen peace. Yet Arcadia seeks to expand its arsenal, and if they strike us, they will
regret it. We will defend our people, and we remain committed to the Charter.

This spring we hosted a summit and welcomed President Luis Soto of Peru to our capital.
"""


def test_a_speech_speaks_for_its_own_state_alone() -> None:
    st = dipstate.parse(SPEECH.replace("Arcadia", "Iran"), home="CHL")
    assert [p.code for p in st.parties] == ["CHL"]  # states it talks about, and whom it met before, are no parties
    assert [(p.text[:18], p.actors) for p in st.pledges] == [("We will defend our", ("CHL",))]


def test_whose_voice_a_page_with_no_publisher_speaks_in() -> None:
    # the first sentence's subject is what a person owns, not the person: nobody's page is guessed
    text = ("Sanctioning Further Entities\n\nMarch 24, 2026\n\nPresident Roe's war continues to inflict "
            "suffering. We will continue to impose costs until the war ends.\n")
    st = dipstate.parse(text)
    assert all(p.code != "RUS" for p in st.parties)
    # a title naming its author gives the text that author's voice
    essay = ("Essay by Foreign Minister of Chile Ana Rojas for a Newspaper\n\nMarch 3, 2026\n\n"
             "In launching a war on Chile, President Vladimir Putin made a mistake. We will fight to protect "
             "our country.\n")
    st = dipstate.parse(essay)
    assert [p.actors for p in st.pledges] == [("CHL",)]


def test_whose_plan_and_whose_government() -> None:
    text = ("Secretary Doe's Meeting with Chilean Foreign Minister Rojas\n\nMarch 18, 2026\n\n"
            "Secretary of State Jane Doe met today with Chilean Foreign Minister Ana Rojas. The Secretary "
            "welcomed Chile's plans to build a new port. Foreign Minister Rojas said her government would "
            "continue to invest in defense.\n")
    st = dipstate.parse(text)
    # a plan someone else owns is no pledge of the one who welcomes it; "her government" is hers
    assert [(p.trigger, p.actors) for p in st.pledges] == [("would continue", ("CHL",))]


def test_we_who_work_with_a_party_are_the_other_side() -> None:
    text = ("Secretary Jane Doe and Chilean Minister of Defense Ana Rojas Joint Press Conference\n\nJuly 28, 2026\n\n"
            "SECRETARY OF DEFENSE JANE DOE: Minister Rojas and I just met. We agreed to deepen our cooperation.\n\n"
            "MINISTER ROJAS: Thank you. We will work closely with the United States on maritime security. "
            "We will engage with U.S. and Chilean industry on procurement.\n")
    st = dipstate.parse(text)
    # "with the United States" leaves it out of Rojas's "we"; "with U.S. and Chilean industry" names no partner
    assert [p.actors for p in st.pledges] == [("CHL", "USA"), ("CHL",), ("CHL", "USA")]


READOUT_EU = ("Secretary Roe's Meeting with European Council President Moreau\n\nMay 2, 2026\n\n"
              "Secretary of State Jane Roe met with European Council President Luc Moreau in Brussels. ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The two reiterated their shared resolve to keep supporting Ukraine.",
        "The two also reiterated the United States' and the EU's shared resolve to keep supporting Ukraine.",
        "The Secretary and the President committed to meet again in the autumn.",
    ],
)
def test_the_two_who_met_and_offices_read_from_their_last_word(sentence: str) -> None:
    # "the President" of "European Council President" is the counterpart here, not the publisher
    assert one(sentence + "\n", READOUT_EU).actors == ("EU", "USA")


def test_a_number_opening_a_longer_subject_is_not_those_who_met() -> None:
    text = READOUT_EU + "The three pillars of the plan will support each other.\n"
    assert [p.actors for p in dipstate.parse(text).pledges] == []


def test_the_office_both_leaders_hold_is_the_publishers_own_on_its_page() -> None:
    text = ("Readout of President Ann Lee's Call with President Tomas Varga of Hungary\n\nMay 2, 2026\n\n"
            "President Ann Lee of the United States spoke today with President Tomas Varga of Hungary. "
            "The President underscored his commitment to a strong alliance.\n")
    assert one("", text).actors == ("USA",)


def test_the_states_a_bare_agreed_introduces_are_the_subject() -> None:
    text = READOUT_EU + "The leaders agreed the EU and America will keep working together.\n"
    assert one("", text).actors == ("EU", "USA")


def test_the_presidents_of_two_states_commit_for_both() -> None:
    text = ("Meeting of the President of Estonia with the President of Chile\n\nMay 2, 2026\n\n"
            "The Presidents of Estonia and Chile will sign a trade accord.\n")
    assert one("", text).actors == ("CHL", "EST")


def test_items_numbered_in_roman_numerals_open_with_their_subject() -> None:
    text = ("Joint Statement of Chile and Kenya\n\nMay 2, 2026\n\n"
            "I. The two sides agreed to deepen their partnership.\n\nII. Both sides will expand trade.\n")
    assert [p.actors for p in dipstate.parse(text).pledges] == [("CHL", "KEN"), ("CHL", "KEN")]


def test_a_collective_after_and_is_its_own_clauses_subject_not_a_lists_last_item() -> None:
    head = "Readout of the Call between Chile and Kenya\nJune 3, 2023\n\n"
    body = ("President Ana Rojas of Chile spoke with President Peter Otieno of Kenya. "
            "President Rojas invited President Otieno to visit Chile, and the two agreed to meet soon.")
    assert one(body, head).actors == ("CHL", "KEN")
    listed = "Japan, the Republic of Korea, and other partners will continue to share data."
    assert one(listed).actors == ("JPN", "KOR")


def test_a_pronoun_after_and_stands_for_the_sentences_opening_subject() -> None:
    text = ("Statement on the Floods\nJune 3, 2023\n\n"
            "The President and the Foreign Minister stand with the families of the victims, and they "
            "will continue to support the recovery of the region.\n")
    assert [p.actors for p in dipstate.parse(text, home="CHL").pledges] == [("CHL",)]


def test_a_sentence_whose_clauses_commit_two_named_parties_has_both_as_actors() -> None:
    head = "Joint Communiqué of Chile and Kenya\nJune 3, 2023\n\n"
    both = one("Chile will host the next forum in 2024, and Kenya will take part at ministerial level.", head)
    assert both.actors == ("CHL", "KEN") and both.trigger == "will"
    voice = one("Chile will host the next forum in 2024, and we will all attend.", head)
    assert voice.actors == ("CHL",)  # "we" in a later clause adds no one to a named subject's pledge


@pytest.mark.parametrize(
    "sentence",
    [
        "We call on all parties to agree to an immediate ceasefire.",
        "We urge the government of Freedonia to recommit itself to the talks.",
        "We encourage every partner to commit to the new goal by 2030.",
    ],
)
def test_what_others_are_asked_to_do_commits_nobody(sentence: str) -> None:
    assert pledges(sentence) == []
