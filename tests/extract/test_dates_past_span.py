"""'The past week', 'over the last month': a span running back from the report's day, not the
calendar week or month before it ('last week'). Invented sentences."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.dates import extract_date_refs

PUBLISHED = dt.date(2031, 6, 12)   # a Thursday


@pytest.mark.parametrize("text, date_text, start, end", [
    ("Nine people were shot dead in the port in the past week alone.", "in the past week", "2031-06-05", "2031-06-12"),
    ("Over the past month, 40 people died of cholera.", "Over the past month", "2031-05-13", "2031-06-12"),
    ("In the last week, 12 more cases were logged.", "In the last week", "2031-06-05", "2031-06-12"),
    ("Within the past fortnight two clinics closed.", "Within the past fortnight", "2031-05-29", "2031-06-12"),
    # the calendar week before, and the weekend, are still what they were
    ("Last week 12 died.", "Last week", "2031-06-02", "2031-06-08"),
    ("Over the past weekend, five drowned.", "Over the past weekend", "2031-06-07", "2031-06-08"),
])
def test_dates_span_back_from_the_report(nlp, text, date_text, start, end):
    refs = {r.date_text: (r.date_start, r.date_end) for r in extract_date_refs(nlp(text), DocContext("d", "d.txt", PUBLISHED))}
    assert refs[date_text] == (start, end)


def test_dates_last_day_of_an_event_is_no_span(nlp):
    refs = extract_date_refs(nlp("On the last day of the festival, three died."), DocContext("d", "d.txt", PUBLISHED))
    assert not [r for r in refs if "last day" in r.date_text]
