"""Measures the twelfth round reads: euphemisms of death, people named by their trade or as
clients, harm said of people held, survivors found alive in a bad state, people moved with
injuries. Invented sentences in several styles: a travel agency's update to families, a
communiqué, a group's claim, a wire story, a police release."""
import pytest

from figure_helpers import measure_of


@pytest.mark.parametrize("text, number, measure", [
    # a trade or a business relation names people (agency update)
    ("One porter, Tomas Ferrel, aged 31, was killed.", "One", "killed"),
    ("Two clients, both Ruvanian nationals, have been confirmed dead.", "Two", "killed"),
    ("One client remains missing.", "One", "missing"),
    ("In all, four of our clients and a guide have lost their lives, the agency said.", "four", "killed"),
    # a euphemism of death (communiqué)
    ("Five soldiers of the border brigade gave their lives in the battle.", "Five", "killed"),
    # the harm said of people held decides, not the noun for their captivity (wire, translated paper)
    ("Officials reported 12 hostages killed.", "12", "killed"),
    ("The number of killed hostages now is 14.", "14", "killed"),
    ("Gunmen are still holding 30 hostages in the depot.", "30", "abducted"),
    # found alive in a state that needs care (police release)
    ("Eleven climbers were found alive with frostbite.", "Eleven", "injured"),
    ("Eleven climbers were found alive but unconscious.", "Eleven", "injured"),
    ("Nine miners were found alive and well.", "Nine", "other"),
    # moved because they were hurt (agency update)
    ("Three hikers were evacuated with injuries to Lendal Hospital on Monday.", "Three", "injured"),
    ("About 300 residents were evacuated with their belongings.", "300", "displaced"),
])
def test_round12_measures(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, expected", [
    # a tally line: each number counts its own noun, a harm noun beside a death count counts people
    ("The relief office reports 43 deaths, 137 injuries and 12 people missing.",
     [("43", "killed"), ("137", "injured"), ("12", "missing")]),
    ("The ministry confirmed 43 deaths and 137 injuries.", [("43", "killed"), ("137", "injured")]),
    # a number with no second number of its own is shared by coordinated measures
    ("Officials confirmed 43 deaths and injuries in the district.", [("43", "killed"), ("43", "injured")]),
    # harms on one body are not people
    ("One victim had six gunshot wounds and two broken ribs.", [("One", "other"), ("six", "other"), ("two", "other")]),
])
def test_round12_tally_line_one_measure_per_number(nlp, text, expected):
    from figure_helpers import figures_of

    assert sorted((f.number_text, f.measure) for f in figures_of(nlp, text)) == sorted(expected)


@pytest.mark.parametrize("text, number, measure", [
    # a part named after "among the <measure>" (a wire's list of those held or taken)
    ("Among the detained, the minister said, are 17 citizens of other states.", "17", "detained"),
    ("Among the arrested was one reporter of the city paper.", "one", "detained"),
    ("Among the abducted were nine teachers from the village school.", "nine", "abducted"),
    ("Among the deceased are four nurses of the district clinic.", "four", "killed"),
])
def test_round13_among_the_measure(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure
