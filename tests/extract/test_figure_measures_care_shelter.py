"""People counts typed by the wording of care, shelter and loss, and the parts of a toll told
after it. Sentences invented for these tests in several news styles: a state press note, a
council statement, an NGO sitrep, a local daily, a wire story and an op-ed."""
import pytest

from figure_helpers import measure_of


@pytest.mark.parametrize("text, number, measure", [
    # care as a state, a course of treatment or a move between hospitals: injured
    ("As of this evening 40 patients are under treatment at the Civil Hospital, Marwar.", "40", "injured"),
    ("Some 140 people have been admitted to clinics and health facilities across the province since 2 May.", "140", "injured"),
    ("Of those, 1,350 were admitted as patients.", "1,350", "injured"),
    ("In Tolla, 540 remained admitted on Friday afternoon.", "540", "injured"),
    ("Doctors said 12 children were shifted to the Lorby Medical College (LMC) for dialysis.", "12", "injured"),
    # shelter given or taken after losing a home: displaced
    ("About 250 flood victims were given shelter by the parish, the mayor said.", "250", "displaced"),
    ("More than 410 tenants have been placed in temporary accommodation by the housing board.", "410", "displaced"),
    ("The borough says 380 people are still in temporary accommodation.", "380", "displaced"),
    ("After the quake, 70 families from the damaged estate were moved to a hotel near the airport.", "70",
     "displaced"),
    ("About 3,800 people are sheltering at the Al-Noor mosque in Dorvik.", "3,800", "displaced"),
    ("Hundreds of villagers are sleeping in school halls after the river burst its banks.", "Hundreds", "displaced"),
    # loss of life; the bodies of people who bore wounds are dead, not injured
    ("The ministry deeply regrets the loss of 19 lives since Monday.", "19", "killed"),
    ("The ministry deeply regrets the loss of thirty-four (34) lives since 3rd May.", "thirty-four (34)", "killed"),
    ("The morgue reported taking in the bodies of four men with knife wounds before dawn.", "four", "killed"),
    # a toll the parser hung on a preposition before its count verb
    ("Crowds waited outside the morgue as the death toll in the valley's flood disaster climbed to 21 on "
     "Tuesday night.", "21", "killed"),
])
def test_care_shelter_and_loss_wording(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number", [
    ("The clinic treated six people with stab wounds.", "six"),
])
def test_wounded_people_stay_injured(nlp, text, number):
    assert measure_of(nlp, text, number) == "injured"


@pytest.mark.parametrize("text, number", [
    ("The loss of 300 jobs was announced on Monday.", "300"),
    ("The haulier lost twelve of its lorries in the flood.", "twelve"),
])
def test_things_lost_are_not_people(nlp, text, number):
    assert measure_of(nlp, text, number) == "other"


def test_town_that_lost_people(nlp, monkeypatch):
    from crosscheck.extract import casualties
    monkeypatch.setattr(casualties, "LOST_PARTITIVES", True)
    assert measure_of(nlp, "According to the hospital list, Marden has lost twelve of its residents.", "twelve") == "killed"
    assert measure_of(nlp, "The haulier lost twelve of its lorries in the flood.", "twelve") == "other"


@pytest.mark.parametrize("text, number, measure, nth", [
    # a second part told with its own copula, however it is parsed
    ("Of the 50 deaths, 12 were children under five and 20 were women.", "20", "killed", -1),
    ("Officials said 20 people were killed. Nine of them were children and 6 were women.", "6", "killed", -1),
    # the whole named in a part's "of the N" bounds the next part
    ("Officials said 40 people died in the crush on Monday. They said nine of the 40 victims were children "
     "and twelve were women.", "twelve", "killed", -1),
    # a fronted "Of the N," takes up an earlier count of N (on with or without COPULA_PARTS)
    ("Forty people died in the blaze on Monday. Most of the victims lived upstairs. Of the 40, thirty-two "
     "were found on the upper floors.", "thirty-two", "killed", -1),
])
def test_parts_of_a_toll(nlp, monkeypatch, text, number, measure, nth):
    from crosscheck.extract import measure_cues
    monkeypatch.setattr(measure_cues, "COPULA_PARTS", True)
    assert measure_of(nlp, text, number, nth) == measure


@pytest.mark.parametrize("text, number", [
    # a part with a fate of its own, or with no earlier count of its whole
    ("Forty people were trapped. Of the 40, thirty-two were rescued.", "thirty-two"),
    ("Of the 40, thirty-two were found on the upper floors.", "thirty-two"),
    # not a part: what the count did, not who they were; a whole named in another sentence
    ("Officials said 40 people were killed on the bridge on Monday. Nine of the twenty victims were from "
     "the old town. Three were farmers who had moved to the city in 2025.", "Three"),
    ("Police arrested 40 people, and 30 were released on bail.", "30"),
])
def test_not_parts_of_a_toll(nlp, monkeypatch, text, number):
    from crosscheck.extract import measure_cues
    monkeypatch.setattr(measure_cues, "COPULA_PARTS", True)
    assert measure_of(nlp, text, number) == "other"


def test_copula_parts_are_on_by_default(nlp):
    text = "Officials in Brenna said 20 people were killed on Monday. Nine of them were children and 6 were women."
    assert measure_of(nlp, text, "6") == "killed"
