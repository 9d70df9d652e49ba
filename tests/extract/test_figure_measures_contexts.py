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
    ("The council said 30 of the deaths were from Orva, 9 from Belo, four from Tamsa Hill and two from the "
     "old port.", ["9", "four", "two"], "killed"),
    ("Marlow town accounts for 340 of the dead, the northern shore for 175 and the islands for 92, officials "
     "said.", ["175", "92"], "killed"),
])
def test_gapped_partitive_parts(nlp, text, numbers, measure):
    for number in numbers:
        assert measure_of(nlp, text, number) == measure


def test_gapped_part_keeps_only_its_own_place(nlp):
    text = "The council said 30 of the deaths were from Orva, 9 from Belo and two from Dunmere."
    nine = next(f for f in figures_of(nlp, text) if f.number_text == "9")
    assert nine.measure == "killed"
    assert nine.location and all("Orva" not in place and "Dunmere" not in place for place in nine.location)


def test_gapped_list_stops_at_a_verb(nlp):
    text = "Seven of the dead were from Orva, and 40 families fled to Belo camp."
    assert measure_of(nlp, text, "40") != "killed"


def test_not_before_another_count_is_a_contrast_not_a_denial(nlp):
    text = "The miners' federation says 30 miners were killed, not the 24 in the company's statement."
    assert measure_of(nlp, text, "30") == "killed"
    assert measure_of(nlp, text, "24") == "killed"
    assert measure_of(nlp, "Four guards were not hurt in the fire, the warden said.", "Four") != "injured"


def test_section_number_is_no_figure(nlp):
    text = "Bulletin No. 3\n\n3.2 Fatalities: 57\n3.4 Shelters opened in the district: 12"
    numbers = [f.number_text for f in figures_of(nlp, text)]
    assert "3.2" not in numbers and "3.4" not in numbers
    assert any(n.startswith("57") for n in numbers)


def test_object_with_harm_behind_its_switch(nlp, monkeypatch):
    text = "The hospital received nine patients with burns on Friday."
    assert measure_of(nlp, text, "nine") == "other"
    monkeypatch.setattr(casualties, "OBJECT_WITH_HARM", True)
    assert measure_of(nlp, text, "nine") == "injured"
    # "with" a thing that is no harm says nothing of the people counted
    assert measure_of(nlp, "The ferry carried 30 passengers with luggage to the island.", "30") == "other"


@pytest.mark.parametrize("text, number, measure", [
    ("At least 250 civilians were killed in the raid, the office said. Among the victims were 31 "
     "schoolchildren.", "31", "killed"),
    ("Police said 14 people died in the crash. Among the victims were two teachers.", "two", "killed"),
    # after a count of the injured it is no part of a death toll
    ("The storm injured 40 people. Among the victims are 12 children.", "12", "other"),
])
def test_among_the_victims_behind_its_switch(nlp, monkeypatch, text, number, measure):
    monkeypatch.setattr(casualties, "AMONG_VICTIMS", True)
    assert measure_of(nlp, text, number) == measure


def test_shot_parts_of_a_toll_are_killed_by_default(nlp):
    text = ("At least 300 villagers from Arvel were killed during the raid. Of those, 140 villagers were shot "
            "on 3 May near the old mill. Nearly 2,000 villagers fled.")
    assert measure_of(nlp, text, "140") == "killed"


def test_shot_parts_behind_their_switches(nlp, monkeypatch):
    fronted = ("At least 300 villagers from Arvel were killed during the raid. Of those, 140 villagers were shot "
               "on 3 May near the old mill. Nearly 2,000 villagers fled.")
    elsewhere = ("At least 300 villagers from Arvel were killed during the raid. Nearly 2,000 villagers fled. "
                 "The same day, in Dosk, 90 farmers were shot near the bridge.")
    monkeypatch.setattr(figures, "SHOT_AMONG_DEAD", False)  # on by default: read the fronted part alone first
    monkeypatch.setattr(figures, "SHOT_PARTS", False)
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
