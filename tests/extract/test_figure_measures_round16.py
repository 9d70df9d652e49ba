"""Measures the sixteenth round reads: harm said of counted people by an indirect predicate
(expulsion, being shut in), and, behind switches that are off until other fields catch up,
remains recovered and parts of a count taken up by a pronoun ("Of these, ...", "Among them ...").
Invented sentences: a tribunal's findings, a wire, a local paper."""
import pytest

from crosscheck.extract import casualties
from figure_helpers import figures_of, measure_of


@pytest.mark.parametrize("text, number, measure", [
    # the plural noun "remains" with people counted in its "of" phrase: the people are dead
    ("Investigators recovered the remains of 42 persons from the quarry.", "42", "killed"),
    ("The agency identified the remains of 58 people through DNA testing.", "58", "killed"),
    ("The remains of 35 villagers were found near the ford.", "35", "killed"),
    # not the verb "remains", not remains of things
    ("The number of visitors remains at 300 people a day.", "300", "other"),
    ("Divers found the remains of 12 boats in the harbour.", "12", "other"),
])
def test_remains_of_counted_people(nlp, monkeypatch, text, number, measure):
    monkeypatch.setattr(casualties, "REMAINS_OF_PEOPLE", True)
    assert measure_of(nlp, text, number) == measure


def test_remains_switched_off(nlp):
    assert measure_of(nlp, "The remains of 35 villagers were found near the ford.", "35") == "other"


@pytest.mark.parametrize("text, number, measure", [
    ("The rally was attended by 5,000 people.", "5,000", "other"),
    ("The slide buried 14 houses on the slope.", "14", "other"),
    # expulsion
    ("More than 2,000 residents were forcibly transferred to the coast.", "2,000", "displaced"),
    ("About 900 people were driven out by the militias by the militia.", "900", "displaced"),
    # being shut in, said only of people
    ("Around 80 men were locked in the warehouse by the soldiers.", "80", "detained"),
    ("The guards locked 12 gates before the count.", "12", "other"),
])
def test_indirect_predicates_of_counted_people(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("The tribunal found that at least 140 civilians were killed in the district. "
     "Of these, 21 were children under twelve and 44 were women.", "21", "killed"),
    ("The tribunal found that at least 140 civilians were killed in the district. "
     "Of these, 21 were children under twelve and 44 were women.", "44", "killed"),
    # the count before is no count of harmed people: the part says nothing either
    ("The ferry carried 30 passengers. Of these, 12 were women.", "12", "other"),
])
def test_part_taken_up_by_a_pronoun(nlp, monkeypatch, text, number, measure):
    monkeypatch.setattr(casualties, "OF_THESE_PARTS", True)
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # a verbless "Among them ..." lists parts of the count before it
    ("A drone struck the clinic, killing 14 people. Among them two of the clinic staff, six patients "
     "and a driver.", "two", "killed"),
    ("A drone struck the clinic, killing 14 people. Among them two of the clinic staff, six patients "
     "and a driver.", "six", "killed"),
    ("The ferry carried 30 passengers. Among them two doctors and six teachers.", "six", "other"),
])
def test_verbless_parts_among_them(nlp, monkeypatch, text, number, measure):
    monkeypatch.setattr(casualties, "AMONG_THEM_PRONOUN", True)
    monkeypatch.setattr(casualties, "VERBLESS_AMONG_THEM", True)
    assert measure_of(nlp, text, number) == measure


def test_parts_among_them_with_a_copula(nlp, monkeypatch):
    text = "Gunmen abducted 60 passengers on the highway. Among them are nine children."
    assert measure_of(nlp, text, "nine") == "other"  # switched off
    monkeypatch.setattr(casualties, "AMONG_THEM_PRONOUN", True)
    assert measure_of(nlp, text, "nine") == "abducted"


@pytest.mark.parametrize("text, number", [
    ("The district office said on 4 May that 310 people were treated in Hallow since 1 May. "
     "Of these, 75 were kept in hospital.", "75"),
    ("Rebels abducted 48 passengers near Ostrin on Friday, the governor said. Among them are nine nurses.", "nine"),
])
def test_part_taken_up_by_a_pronoun_takes_its_wholes_scope(nlp, monkeypatch, text, number):
    # a part opened by "Of these", "Among them" is counted per whom, where and when its whole is
    monkeypatch.setattr(casualties, "OF_THESE_PARTS", True)
    monkeypatch.setattr(casualties, "AMONG_THEM_PRONOUN", True)
    figures = figures_of(nlp, text)
    part = next(f for f in figures if f.number_text == number)
    whole = next(f for f in figures if f.measure == part.measure and f.value > part.value)
    assert part.source == whole.source and part.source is not None
    assert part.location == whole.location and part.location
    assert (part.period_start, part.period_end) == (whole.period_start, whole.period_end)
    assert part.period_start is not None


def test_part_takes_its_whole_past_a_count_of_things(nlp):
    # a count of things between the whole and its part ("two districts") does not hide the whole
    text = ("The tribunal found that at least 140 civilians were killed in two districts between 3 and 5 "
            "March 2031. Of these, 21 were pupils.")
    figures = figures_of(nlp, text)
    whole = next(f for f in figures if f.number_text == "140")
    part = next(f for f in figures if f.number_text == "21")
    assert part.measure == "killed" and part.group == whole.group == "civilians"
    assert (part.period_start, part.period_end) == (whole.period_start, whole.period_end)
