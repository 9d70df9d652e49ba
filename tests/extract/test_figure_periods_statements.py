"""Figure periods: dates that belong to something other than the count's span — the day an
earlier value stood ("up from 38 on Sunday"), the day of a part ("most of them on Sunday"), the
end of a spell of weather ("the frost broke on Sunday"), a stay that lasts the night.

Invented texts only."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures, find_document_onset


PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _ctx():
    return DocContext("doc-1", "reports/doc-1.txt", PUBLISHED)


def _period(nlp, text, number):
    found = [f for f in extract_figures(nlp(text), _ctx()) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize("text, number", [
    # the earlier value's day is when it stood, not a span of either count
    ("The agency said that 57 Orlanians had died, up from 38 on Sunday, as temperatures stayed high.", "38"),
    ("The agency said that 57 Orlanians had died, up from 38 on Sunday, as temperatures stayed high.", "57"),
    ("Merova now reports 260 dead, up from 190 on 9 May and 230 a day later.", "190"),
    ("Merova now reports 260 dead, up from 190 on 9 May and 230 a day later.", "230"),
    ("The ministry said 31 people had been arrested in four provinces, up from 22 announced on Monday.", "22"),
    ("The ministry said 31 people had been arrested in four provinces, up from 22 announced on Monday.", "31"),
    ("Officials said 12 people were still missing, down from 40 missing on 9 May, as survivors reached hospitals.",
     "40"),
    # a date on a part of the count ("most of them") is that part's
    ("The agency said that 57 Orlanians had died, most of them on Sunday, when the heat peaked.", "57"),
])
def test_dates_of_other_values_are_no_period(nlp, text, number):
    assert _period(nlp, text, number) == (None, None)


@pytest.mark.parametrize("text, number, period", [
    # the day of the count itself still counts
    ("Gunmen killed 14 people in Harrow on Sunday, up from a first toll of nine.", "14", ("2031-05-11", "2031-05-11")),
    ("Six people died on Monday and 40 were hurt, officials said.", "Six", ("2031-05-12", "2031-05-12")),
    # "down from" a place is no earlier value
    ("Three climbers were killed when the snow came down from the ridge on Monday morning.", "Three",
     ("2031-05-12", None)),
    # a night of its own, not a stay
    ("Rescuers pulled 25 people from the rubble overnight, officials said.", "25", ("2031-05-13", "2031-05-14")),
])
def test_own_days_are_kept(nlp, text, number, period):
    assert _period(nlp, text, number) == period


def test_a_stay_overnight_is_no_night_of_harm(nlp):
    text = "At least 85 of the pupils were kept in hospital overnight, the teachers' union said."
    assert _period(nlp, text, "85") == (None, None)


@pytest.mark.parametrize("text", [
    "The frost broke on Sunday, as the air in Ulvik rose above zero. "
    "The final count includes 14 deaths from hypothermia and six in road crashes.",
    "The heatwave finally broke on Sunday. The final count includes 14 deaths.",
])
def test_a_spell_that_breaks_ends_and_dates_no_onset(nlp, text):
    assert find_document_onset(list(nlp(text).sents), _ctx()) is None
    assert _period(nlp, text, "14") == (None, None)


def test_what_breaks_out_still_begins(nlp):
    text = "Fighting broke out in Lorvan on Sunday. The fighting has killed 14 people, medics said."
    assert _period(nlp, text, "14")[0] == "2031-05-11"


def test_an_earlier_value_takes_no_date_of_the_statement(nlp):
    text = "The ministry on Tuesday put the number of deaths from the floods at 88, up from 61 last week."
    assert _period(nlp, text, "61") == (None, None)
