"""Counts of people harmed or moved that were read as ``other`` or with the wrong measure: harm said
by a verb phrase, a state, a place of care or of shelter, a sequence of tolls. All sentences are
invented for these tests (a state press note, a wire story, a relief agency update, a partisan
column, a military communiqué)."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _figures(nlp, text):
    return extract_figures(nlp(text), DocContext("d", "d.txt", dt.date(2027, 6, 3), None))


def _measure(nlp, text, number):
    found = [f for f in _figures(nlp, text) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[-1].measure


@pytest.mark.parametrize("text, number, measure", [
    # a verb misparsed as a modifier of its object ("sustained" on "injuries")
    ("A total of 212 persons sustained injuries, including 31 police personnel.", "212", "injured"),
    # an idiom of death in the line of duty
    ("One firefighter, Captain Boris Lant, laid down his life in the blaze.", "One", "killed"),
    # detention and custody
    ("Police say 180 persons were taken into preventive detention overnight.", "180", "detained"),
    # missing, in South Asian English
    ("3 (three) workers of the firm remain untraced, the company said.", "3 (three)", "missing"),
    # reports filed about missing people
    ("Nine missing-person reports were filed with the coastguard.", "Nine", "missing"),
    ("Police have received 14 missing persons complaints.", "14", "missing"),
    # a part of a bare number: what its verb says
    ("Officials said four of the 12 had died in police firing.", "four", "killed"),
    # "among the displaced" as the participle is written
    ("Some 430 children are among the displaced, the agency said.", "430", "displaced"),
    # leaving a camp, in a camp story
    ("About 4,800 people left Kimbo camp last week, the agency said.", "4,800", "displaced"),
    ("About 11,000 people left the camps during the fighting.", "11,000", "displaced"),
    # admitted for treatment or to a named hospital (with a word of care nearby)
    ("By Friday 2,310 patients were admitted for treatment.", "2,310", "injured"),
    ("Twelve nurses were admitted for treatment on Monday.", "Twelve", "injured"),
    ("On the first night alone, 940 people were admitted to Holloway General, and nurses treated children "
     "on the floor.", "940", "injured"),
    # the verb wins over a shelter phrase on its object
    ("A typhoid outbreak has killed at least 19 people in camps sheltering storm survivors, the ministry said.",
     "19", "killed"),
    # a denial of going home
    ("Tens of thousands of residents still cannot go home, officials say.", "Tens of thousands", "displaced"),
    # a communiqué's noun
    ("The army announced the neutralisation of 48 terrorists.", "48", "killed"),
    # arrivals after flight (the paragraph speaks of flight)
    ("Thousands have fled the fighting in the north. The camp has recorded 6,000 new arrivals since Monday.",
     "6,000", "displaced"),
    # a fronted "of the dead" on any verb, and a part of it in the next sentence
    ("Of the dead, 17 lived in Marsh Row, barely 200 metres from the depot. Five of them were children.",
     "17", "killed"),
    ("Of the dead, 17 lived in Marsh Row, barely 200 metres from the depot. Five of them were children.",
     "Five", "killed"),
])
def test_harm_measure(nlp, text, number, measure):
    assert _measure(nlp, text, number) == measure


@pytest.mark.parametrize("text, number", [
    ("The airport recorded 6,000 arrivals on Monday.", "6,000"),  # arrivals with no flight around them
    ("Some 30 students were admitted to Kelvin College in 1950.", "30"),  # admitted, no word of care
    ("She was admitted to the bar in 1990 with 40 classmates.", "40"),
    ("Police have received 14 complaints about looting.", "14"),
])
def test_not_harm(nlp, text, number):
    assert _measure(nlp, text, number) == "other"


def test_sequence_of_tolls(nlp):
    text = ("The interior ministry now admits to 70 dead, a number it has raised grudgingly, one statement at a "
            "time: 14, then 29, then 41, then 57.")
    got = {f.number_text: f.measure for f in _figures(nlp, text)}
    assert [got.get(n) for n in ("14", "29", "41", "57")] == ["killed"] * 4


def test_dates_after_then_stay_dates(nlp):
    assert not [f for f in _figures(nlp, "The talks were held on 12 March, then 14 March.")]


def test_sequence_after_a_toll_with_a_phrasal_verb(nlp):
    text = ("The Tarvel regime's interior ministry now concedes 70 dead, a figure it raised slowly, "
            "statement after statement: 14, then 29, then 41, then 57.")
    got = {f.number_text: f.measure for f in _figures(nlp, text)}
    assert [got.get(n) for n in ("14", "29", "41", "57")] == ["killed"] * 4
