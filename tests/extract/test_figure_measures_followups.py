"""Counts of people read after the care and shelter work: people who left a place the report names
elsewhere, numbers written twice ("eleven (11)"), the count a change is measured from ("down from
23"), and the span a bulletin's "Reporting period:" line gives. All sentences invented for these tests."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _figures(nlp, text):
    return extract_figures(nlp(text), DocContext("d", "d.txt", dt.date(2027, 5, 9), None))


def _figure(nlp, text, number):
    found = [f for f in _figures(nlp, text) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[-1]


@pytest.mark.parametrize("text, number", [
    ("Site managers estimate that about 4,100 people left Tembo between 3 and 9 May. Cases in Tembo rose.", "4,100"),
    ("Nearly 700 people left the town on Monday.", "700"),
])
def test_people_who_left_a_place_are_displaced(nlp, text, number):
    assert _figure(nlp, text, number).measure == "displaced"


def test_people_who_left_a_firm_are_not_displaced(nlp):
    assert _figure(nlp, "About 300 employees left Vantor Industries last year.", "300").measure == "other"


@pytest.mark.parametrize("text, number, measure", [
    ("The Government regrets the loss of twenty-three (23) lives since 3rd May.", "twenty-three (23)", "killed"),
    ("The cabinet mourns the loss of nineteen (19) lives since 3rd May, 2027.", "nineteen (19)", "killed"),
    ("Eleven (11) new deaths were recorded on Tuesday.", "Eleven (11)", "killed"),
])
def test_numbers_written_twice(nlp, text, number, measure):
    assert _figure(nlp, text, number).measure == measure


@pytest.mark.parametrize("text, number", [
    ("Inspector Ann Lowe said nine tenants were still unaccounted for, down from 23 at the weekend.", "23"),
    ("Some 14 hikers stayed unaccounted for on Sunday, down from 26 a day earlier, the sheriff said.", "26"),
])
def test_count_a_change_is_measured_from(nlp, text, number):
    assert _figure(nlp, text, number).measure == "missing"


def test_day_after_down_from_stays_a_day(nlp):
    assert not [f for f in _figures(nlp, "Eight remain missing, down from 21 May.") if f.number_text == "21"]


def test_reporting_period_line_gives_the_span(nlp):
    text = ("SITUATION REPORT No. 2\nReporting period: 07/05/2027 18:00 hrs to 08/05/2027 18:00 hrs\n\n"
            "Eleven (11) new deaths were recorded in the reporting period, taking the cumulative "
            "number of deaths to 20.")
    new = _figure(nlp, text, "Eleven (11)")
    assert (new.measure, new.period_start, new.period_end) == ("killed", "2027-05-07", "2027-05-08")
    assert _figure(nlp, text, "20").period_end != "2027-05-08"
