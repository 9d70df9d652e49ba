"""Counts of people whose measure comes from the words around them rather than a harm verb of their
own: the items of a partitive list whose words are left out, a count set against another with "not",
the harm of people counted with "with", "among the victims" after a death toll, people "shot" in a
report that counts dead and no wounded. All sentences are invented for these tests (a prosecutor's
release, a hospital statement, a union statement, a district office, a wire story)."""
import pytest

from crosscheck.extract import casualties, figures
from figure_helpers import figures_of, measure_of


@pytest.mark.parametrize("text, numbers, measure", [
    # the later items of a partitive list repeat its words left out (district office, wire)
    ("According to the district office, 22 of the deaths were in Orva camp, 11 in Belo camp, five at Tamsa "
     "Hill and three in Ketra town itself.", ["11", "five", "three"], "killed"),
    ("Harlow city accounts for 270 of the dead, the Ostry coast for 118, according to the agency.", ["118"], "killed"),
])
def test_gapped_partitive_parts(nlp, text, numbers, measure):
    for number in numbers:
        assert measure_of(nlp, text, number) == measure


def test_gapped_part_keeps_only_its_own_place(nlp):
    text = ("According to the district office, 22 of the deaths were in Orva camp, 11 in Belo camp and three in "
            "Ketra town itself.")
    eleven = next(f for f in figures_of(nlp, text) if f.number_text == "11")
    assert eleven.location and all("Orva" not in place and "Ketra" not in place for place in eleven.location)


def test_gapped_list_stops_at_a_verb(nlp):
    text = "Seven of the dead were from Orva, and 40 families fled to Belo camp."
    assert measure_of(nlp, text, "40") != "killed"


def test_not_before_another_count_is_a_contrast_not_a_denial(nlp):
    text = "The union can state that at least 21 workers have been killed, not the 15 that the ministry announced."
    assert measure_of(nlp, text, "21") == "killed"
    assert measure_of(nlp, text, "15") == "killed"
    assert measure_of(nlp, "Four guards were not hurt in the fire, the warden said.", "Four") != "injured"


def test_section_number_is_no_figure(nlp):
    text = "Situation report No. 3\n\n3.2 Confirmed deaths: 57 (fifty-seven).\n3.4 Among the dead are two nurses."
    numbers = [f.number_text for f in figures_of(nlp, text)]
    assert "3.2" not in numbers and "3.4" not in numbers
    assert any(n.startswith("57") for n in numbers)


def test_object_with_harm_behind_its_switch(nlp, monkeypatch):
    text = "The clinic received nine patients with gunshot wounds on Friday."
    assert measure_of(nlp, text, "nine") == "other"
    monkeypatch.setattr(casualties, "OBJECT_WITH_HARM", True)
    assert measure_of(nlp, text, "nine") == "injured"
    # "with" a thing that is no harm says nothing of the people counted
    assert measure_of(nlp, "The ferry carried 30 passengers with luggage to the island.", "30") == "other"


@pytest.mark.parametrize("text, number, measure", [
    ("At least 250 civilians were killed in the raid, the office said. Among the victims identified so far "
     "are 31 boys under fifteen.", "31", "killed"),
    ("Police said 14 people died in the crash. Among the victims were two teachers.", "two", "killed"),
    # after a count of the injured it is no part of a death toll
    ("The storm injured 40 people. Among the victims are 12 children.", "12", "other"),
])
def test_among_the_victims_behind_its_switch(nlp, monkeypatch, text, number, measure):
    monkeypatch.setattr(casualties, "AMONG_VICTIMS", True)
    assert measure_of(nlp, text, number) == measure


def test_shot_parts_behind_their_switches(nlp, monkeypatch):
    fronted = ("At least 300 villagers from Arvel were killed during the raid. Of these, 140 men were shot on "
               "3 May at the old mill. Nearly 2,000 villagers fled.")
    elsewhere = ("At least 300 villagers from Arvel were killed during the raid. Nearly 2,000 villagers fled. "
                 "The same day, in Dosk, 90 men were shot in the fields behind the school.")
    assert measure_of(nlp, fronted, "140") == "injured"
    monkeypatch.setattr(figures, "SHOT_PARTS", True)
    assert measure_of(nlp, fronted, "140") == "killed"
    assert measure_of(nlp, elsewhere, "90") == "injured"   # not fronted by "Of these"
    monkeypatch.setattr(figures, "SHOT_AMONG_DEAD", True)
    assert measure_of(nlp, elsewhere, "90") == "killed"
    # a report that counts anyone hurt keeps "shot" as injured; more shot than dead: the rest survived
    assert measure_of(nlp, "Gunmen killed 12 people at the market. Police said 20 people were shot and 30 more "
                           "were hurt.", "20") == "injured"
    assert measure_of(nlp, "Ten people were shot at the rally; officers said the toll of the clash was 4 dead.",
                      "Ten") == "injured"
    assert measure_of(nlp, "Six protesters were shot near the bridge on Monday.", "Six") == "injured"
