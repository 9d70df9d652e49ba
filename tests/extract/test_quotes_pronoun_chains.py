"""Speakers found by the ninth round of blind sets: a he/she after a sentence
about the same person whose only named person is someone else ("her son"), a
first name and surname the tagger typed as a body or a place, a female office
("the governess"), and a transcript's speaker label that is not the subject of
the sentence it starts.

All sentences are written for these tests (no third-party text).
"""
import pytest

from quote_helpers import quote_with, quotes_of


def test_pronoun_chain_skips_the_person_of_a_sentence_about_the_same_she(nlp):
    text = ("At dawn each day, Ludmila Ostrava waits by the gate of the depot. She holds a photograph of her "
            "brother Kasimir, 22, a bus driver.\n\n"
            '"They read the names, they shake their heads," she told us. "Then the gate shuts."')
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "they shake their heads").speaker == "Ludmila Ostrava"
    assert quote_with(quotes, "Then the gate shuts").speaker == "Ludmila Ostrava"


def test_the_person_named_in_a_sentence_about_another_she_is_still_a_candidate(nlp):
    # no pronoun chain: the sentence before names only one woman, who is the speaker
    text = ('Relatives gathered outside the home of Ludmila Ostrava, whose brother vanished. '
            '"We want an answer," she said.')
    assert quote_with(quotes_of(nlp, text), "We want an answer").speaker == "Ludmila Ostrava"


@pytest.mark.parametrize("name", ["Ludmila Ostrava", "Verena Tallis"])
def test_a_person_shaped_subject_is_the_antecedent_of_she(nlp, name):
    text = (f"The youngest of the dead was a student of 19. {name}, the group's director, has tracked such cases "
            'for years. "Nobody is arrested any more," she said. "They are simply taken."')
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "Nobody is arrested").speaker == name
    assert quote_with(quotes, "They are simply taken").speaker == name


def test_a_body_is_never_a_person_shaped_subject(nlp):
    from crosscheck.extract.quotes import find_person_shaped_name
    doc = nlp("Every week, the Harbour Authority publishes its figures. Yesterday, Ludmila Ostrava spoke.")
    subjects = [t for t in doc if t.dep_ == "nsubj"]
    found = {find_person_shaped_name(t) for t in subjects}
    assert "Harbour Authority" not in found
    assert "Ludmila Ostrava" in found or all(t.ent_type_ == "PERSON" for t in subjects if t.text == "Ostrava")


def test_a_female_office_resolves_to_the_woman_who_holds_it(nlp):
    text = ("The governess of the province, Carla Hennig, spoke to reporters on Monday. A former minister, Paulo "
            'Grend, said the warnings "were ignored". The governess rejected the claim. "We evacuated every '
            'street in time," she said.')
    assert quote_with(quotes_of(nlp, text), "We evacuated every street").speaker == "Carla Hennig"


def test_a_transcript_speaker_label_is_not_the_subject(nlp):
    text = ("HALVORSEN: Good morning, this is the early show.\n\n"
            "HALVORSEN: The transport minister, Oriane Becquet, met the unions last night. Here is what she "
            'said: "Every line will run again by Friday, I promise you that."')
    quote = quote_with(quotes_of(nlp, text), "Every line will run again")
    assert quote.speaker == "Oriane Becquet"


def test_a_statement_heading_names_its_speaker(nlp):
    text = 'Statement by the Director, Dr Lena Marsh: "The river gave us warnings and we passed every one of them on."'
    assert quote_with(quotes_of(nlp, text), "The river gave us warnings").speaker == "Lena Marsh"


def test_a_statement_heading_naming_no_one_gives_no_speaker(nlp):
    text = 'Statement by the board: "The river gave us warnings and we passed every one of them on."'
    assert quote_with(quotes_of(nlp, text), "The river gave us warnings").speaker in (None, "board")


def test_a_politician_described_by_party_is_the_person_named_before(nlp):
    text = ('The opposition MP Dana Kolb spoke on Sunday. "The government is hiding the real numbers," the Green '
            'Alliance firebrand told the Courier.')
    assert quote_with(quotes_of(nlp, text), "hiding the real numbers").speaker == "Dana Kolb"
