"""Figure periods: a calendar year as the span of a tally ("in the whole of 2029", "in 2029, the
agency recorded ..."), not a year alone dating a happening ("in 2029, a fire killed five"); a count
logged in a span ("three deaths were logged over the last 24 hours"); and a period closing the
conjunct before a figure's "and nearly ...".

Invented texts only, in several styles (wire, health bulletin, NGO statement)."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _period(nlp, text, number):
    found = [f for f in extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", PUBLISHED))
             if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize("text, number, period", [
    # a year as the span of a tally: the whole calendar year
    ("Nearly 900 deaths were recorded on the crossing in the whole of 2030.", "900", ("2030-01-01", "2030-12-31")),
    ("Throughout 2029, at least 75 aid workers were killed in the region.", "75", ("2029-01-01", "2029-12-31")),
    ("In 2029, the agency recorded 241 deaths on the desert route.", "241", ("2029-01-01", "2029-12-31")),
    # each conjunct keeps its own period, whatever qualifier opens the second count
    ("At least 310 people have died at sea since the start of the year, and nearly 900 deaths "
     "were logged on that route in the whole of 2030.", "900", ("2030-01-01", "2030-12-31")),
    ("At least 310 people have died at sea since the start of the year, and nearly 900 deaths "
     "were logged on that route in the whole of 2030.", "310", ("2031-01-01", None)),
    # a passive logging verb: its date is when the counted deaths were logged, not a statement's day
    ("Three deaths were logged over the last 24 hours.", "Three", ("2031-05-13", "2031-05-14")),
])
def test_figure_periods_years_and_logged_counts(nlp, text, number, period):
    assert _period(nlp, text, number) == period


@pytest.mark.parametrize("text, number", [
    # a year alone dating a past happening, a year opening a count, a record the count is compared
    # with, a year naming an event, a future year: no period
    ("In 2029, over 300 villagers died of typhoid in that province.", "300"),
    ("Since 2028, over 60 miners have died in blasts at the pit.", "60"),
    ("The 30 deaths make it the deadliest flood in the valley since 2028.", "30"),
    ("The 2029 floods killed 40 people in the valley.", "40"),
    ("The agency recorded 41 deaths, a figure it expects to halve in 2035.", "41"),
])
def test_figure_periods_years_that_are_no_period(nlp, text, number):
    assert _period(nlp, text, number) == (None, None)
