"""Measures the fifteenth round reads: a harm noun a verb takes as its object, with the people
harmed in a "to"/"on" phrase the parser hangs on the verb. Invented sentences: an army board's
findings, a wire, a hospital statement."""
import pytest

from figure_helpers import measure_of


@pytest.mark.parametrize("text, number, measure", [
    ("The board confirmed injuries to eight civilians.", "eight", "injured"),
    ("The shelling caused injuries to 40 people, the hospital said.", "40", "injured"),
    ("The blast inflicted wounds on a dozen guards.", "a dozen", "injured"),
    # no harm noun as the object: the "to" phrase says nothing of a harm
    ("The virus spread to 40 people.", "40", "other"),
    ("The agency sent letters to 300 families.", "300", "other"),
    # a lone state word after the object, made a clause by the parser (sheriff's update, local paper)
    ("By Monday his office listed 22 people missing.", "22", "missing"),
    ("By noon the county listed 31 residents missing, the sheriff said.", "31", "missing"),
    ("The delay kept 40 people waiting.", "40", "other"),
])
def test_harm_object_with_victims_on_the_verb(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # the value a count-setting verb gives "the number of people killed", whatever the parser hung "at" on
    ("The union puts the count of people killed at 61.", "61", "killed"),
    ("The Farmers Union now puts the count of those killed in last week's raids on three hamlets "
     "in Kell district at 61, twice the police figure.", "61", "killed"),
])
def test_value_of_the_number_of_people_killed(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


def test_age_at_death_is_still_no_count(nlp):
    from figure_helpers import figures_of
    assert not [f for f in figures_of(nlp, "The actor, who died at 91, was buried on Monday.") if f.number_text == "91"]


@pytest.mark.parametrize("text, old, new", [
    # a correction note at the foot of a wire story
    ("Editor's note: this story misstated the count of those missing as 3,450. "
     "The right figure is 345.", "3,450", "345"),
    ("An earlier version of this report said 40 people died; the toll is 14.", "40", "14"),
    ("Prior reports had said 830 people died; officials now say 900.", "830", "900"),
    # an older count another voice gave, set against the count now (a wire, a local paper)
    ("Villagers had earlier said 20 were dead, but the governor now says 26 died.", "20", "26"),
])
def test_correction_note_supersedes_the_old_count_only(nlp, text, old, new):
    from figure_helpers import figures_of
    found = {f.number_text: f for f in figures_of(nlp, text)}
    assert "superseded" in found[old].hedges
    assert "superseded" not in found[new].hedges


def test_a_count_said_again_alone_is_the_count_and_no_sentence_between(nlp):
    # a governor's press conference: the number said again on its own, then its parts
    from figure_helpers import figures_of
    found = {f.number_text: f for f in figures_of(
        nlp, "As of noon, our teams have recovered 64 bodies. Sixty-four. Thirty-two of them were found in Orsk.")}
    assert found["Sixty-four"].measure == "killed"
    assert found["Thirty-two"].measure == "killed"


def test_a_different_number_alone_is_no_echo(nlp):
    assert measure_of(nlp, "Rescuers pulled out 12 bodies. 15.", "15") == "other"


@pytest.mark.parametrize("text, number", [
    ("The first toll given by the police on Sunday was 17.", "17"),
    ("The army had earlier said 12 soldiers were killed.", "12"),
])
def test_an_older_count_retold_is_superseded(nlp, text, number):
    from figure_helpers import figures_of
    assert "superseded" in next(f for f in figures_of(nlp, text) if f.number_text == number).hedges


@pytest.mark.parametrize("text, number, measure", [
    # "souls were lost" as "lives were lost" (a partisan outlet, a sermon); a ship's souls on board are no dead
    ("In the past week alone, 48 souls were lost to hunger.", "48", "killed"),
    ("The ship carried 300 souls.", "300", "other"),
    # a casualty word as the subject of "be"/"include" names who the counted people are (a wire, an NGO)
    ("He said the dead were three drivers and a nurse.", "three", "killed"),
    ("The injured include 12 children.", "12", "injured"),
    ("The dead man was 34.", None, None),
    # names with their ages are no count of the dead
    ("Police said the dead were Ana Ruiz, 23; Tomas Bell, 31; and a boy of three.", None, None),
])
def test_people_a_casualty_word_is_said_to_be(nlp, text, number, measure):
    from figure_helpers import figures_of
    if number is None:
        assert not [f for f in figures_of(nlp, text) if f.measure != "other"]
    else:
        assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number, group", [
    # an adjective saying the people took no part in the fighting (an opinion column, a rights report)
    ("Two innocent souls were murdered by the gunmen.", "Two", "civilians"),
    ("Soldiers shot dead 12 unarmed men.", "12", "civilians"),
    ("Troops killed 12 fighters.", "12", "armed_group"),
    # "innocent lives" mourns whoever died: no side is read from it
    ("Eighteen innocent lives were lost in the attack.", "Eighteen", "unspecified"),
])
def test_group_from_an_adjective_of_the_unarmed(nlp, text, number, group):
    from figure_helpers import figures_of
    assert next(f for f in figures_of(nlp, text) if f.number_text == number).group == group
