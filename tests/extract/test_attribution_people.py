"""Attribution to people and bodies written around the source: a title with the person named
beside it, "he" after a place the recogniser took for a person, a source inside a body, a conduit
citing a body, a verb of taking lives, "as per" with an abbreviation after it."""
import pytest

from attribution_helpers import source_of


@pytest.mark.parametrize("text, number, source", [
    # a title with the person in apposition: the person speaks, not the title
    ("The Police Public Relations Officer (PPRO), SP Marko Delan Vesk, confirmed the figure, "
     "saying six of the dead were farmers.", "six", "Marko Delan Vesk"),
    ("The Anglican Bishop of Orvale Diocese, Rt. Rev. Tomas Ivo Brennik, has said that 64 people "
     "have been killed in the raids.", "64", "Tomas Ivo Brennik"),
    # a title with no person beside it stays as written
    ("The Provincial Police Commissioner said 9 suspects had been arrested.",
     "9", "Provincial Police Commissioner"),
])
def test_title_with_person_in_apposition(nlp, text, number, source):
    found = source_of(nlp, text, number)
    assert found is not None and found.source is not None
    assert found.source.endswith(source)


@pytest.mark.parametrize("text, number, source", [
    # "he" is the person named before, not a village the recogniser read as a name
    ("Police spokesman Daren Oluwo said gunmen attacked a hamlet known as Kora Wanbe overnight. "
     "Fourteen people were killed there, he said.", "Fourteen", "Daren Oluwo"),
    ("Daren Oluwo, the district chief, spoke after the raid in Kora Wanbe. "
     "He said 20 homes had been burned.", "20", "Daren Oluwo"),
    ("Governor Ilsa Marrow visited the camp on Tuesday. A curfew was declared on Belfa Tanu LGA. "
     "She disclosed that 31 suspects had been arrested.", "31", "Ilsa Marrow"),
])
def test_pronoun_skips_places_read_as_people(nlp, text, number, source):
    assert source_of(nlp, text, number).source == source


@pytest.mark.parametrize("text, number, source", [
    # an unnamed source speaks from a body: the body is credited
    ("Rescuers raised nine bodies on Friday, a source in the operational headquarters told the Courier.",
     "nine", "operational headquarters"),
    ("Twelve people remain in intensive care, a source at the Orvale Health Directorate said.",
     "Twelve", "Orvale Health Directorate"),
])
def test_source_inside_a_body(nlp, text, number, source):
    assert source_of(nlp, text, number).source == source


@pytest.mark.parametrize("text, number, source", [
    # a conduit citing a body: the body cited is the source
    ("Local media, citing the Ministry of Civil Protection, had earlier reported that 23 workers "
     "had died.", "23", "Ministry of Civil Protection"),
    ("State television, citing the Regional Fire Service, said 40 homes were destroyed.",
     "40", "Regional Fire Service"),
    # no citation: the conduit itself
    ("Local media reported that 23 workers had died.", "23", "Local media"),
])
def test_conduit_citing_a_body(nlp, text, number, source):
    assert source_of(nlp, text, number).source == source


@pytest.mark.parametrize("text, number", [
    # a disaster that "claimed lives" reports nothing: the outlet's own voice
    ("It was the worst collapse since the Tarvo Arcade disaster of 2011, which claimed 31 lives.", "31"),
    ("The governor mourned the raids on three villages, which have claimed the lives of 43 residents "
     "since Sunday.", "43"),
])
def test_claimed_lives_credits_no_one(nlp, text, number):
    assert source_of(nlp, text, number).source is None


@pytest.mark.parametrize("text, number, source", [
    # "as per" a body's list; an abbreviation's full stop does not end the statement
    ("Approx 30 persons still believed trapped as per list of district admin.", "30", "district admin"),
    ("As per district admin, est. 20 persons still missing.", "20", "district admin"),
])
def test_as_per_a_body(nlp, text, number, source):
    assert source_of(nlp, text, number).source == source


def test_as_per_stops_at_a_sentence_end(nlp):
    # a real full stop ends the "as per" statement: the next count is the outlet's
    text = "Three were rescued as per the fire brigade. Later 40 workers were found in the basement."
    assert source_of(nlp, text, "40").source is None
