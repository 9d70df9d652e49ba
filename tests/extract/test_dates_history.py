"""Dates without a year in a report about earlier years: the year the text establishes."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.dates import context_year, extract_date_refs, find_date_expressions, resolve_period

SPRING = dt.date(2024, 4, 20)


def _refs(nlp, text, published=SPRING):
    return {r.date_text: (r.date_start, r.date_end) for r in extract_date_refs(nlp(text), DocContext("d1", "d1.txt", published))}


def test_dates_section_heading_year(nlp):
    text = ("Published 20 April 2024\n\nThe museum opened its archive last month.\n\n"
            "II. October 1987\n\nThe river rose for three days.\n\nOn 12 October the dam at Pellow gave way.")
    assert _refs(nlp, text)["12 October"] == ("1987-10-12", "1987-10-12")


def test_dates_previous_sentence_year(nlp):
    text = ("The court heard that the raids took place between March 3 and 5, 1993. "
            "Witnesses said 40 villagers were taken on March 4.")
    assert _refs(nlp, text)["March 4"] == ("1993-03-04", "1993-03-04")


def test_dates_previous_paragraph_year(nlp):
    text = "The siege of Corran began on 2 June 2001.\n\nOn 9 June, the water supply was cut."
    assert _refs(nlp, text)["9 June"] == ("2001-06-09", "2001-06-09")


@pytest.mark.parametrize("text, date_text, expected", [
    # a year of the report itself, or a later one, changes nothing
    ("The plan was adopted in January 2024. On 3 March the first trucks left.", "3 March", "2024-03-03"),
    ("The target is to finish by 2030. On 3 March the first trucks left.", "3 March", "2024-03-03"),
    # a year named paragraphs away, under another heading, is not this date's
    ("Floods of 1999\n\nThe valley flooded in May 1999.\n\nToday\n\nOn 3 March the first trucks left.", "3 March", "2024-03-03"),
    # a year that opens a span running to the report's day ("since 5 May 2022") sets no time for the text
    ("Since 5 May 2022, the mission has recorded 900 deaths. After the talks of 3 March, 40 were freed.",
     "3 March", "2024-03-03"),
    # a bare year in an earlier sentence ("in 2022") names no month: a background line, not this date's year
    ("The war began in 2022. Rebels took the hills in 2023. Troops shut the road on 14 March, the agency said.",
     "14 March", "2024-03-14"),
    # a span that runs to the report's day ("since January") takes a year only from its own sentence
    ("The siege began in August 2022.\n\nAt least nine aid workers have been killed since January.",
     "January", "2024-01-01"),
])
def test_dates_context_year_only_when_earlier_and_near(nlp, text, date_text, expected):
    assert _refs(nlp, text)[date_text][0] == expected


def test_dates_context_year_on_expression():
    text = "The strike began in November 1984.\n\nBy 20 November, 300 miners had walked out."
    e = [x for x in find_date_expressions(text) if x.text == "20 November"][0]
    assert e.context_year == 1984
    assert context_year(text, 0) is None


def test_dates_period_takes_context_year(nlp):
    doc = nlp("The offensive began on 6 August 1995. Some 120 civilians were killed on 8 August.")
    sent = list(doc.sents)[1]
    start, end, _ = resolve_period(sent, DocContext("d1", "d1.txt", SPRING))
    assert (start, end) == ("1995-08-08", "1995-08-08")


@pytest.mark.parametrize("text, date_text, expected", [
    # in its own sentence a bare year, or the year of a span, still holds
    ("In 1999 the dam failed on 4 May.", "4 May", "1999-05-04"),
    ("The siege began in August 2022 and since September some 300 people have died.", "September", "2022-09-01"),
])
def test_dates_context_year_in_the_same_sentence(nlp, text, date_text, expected):
    assert _refs(nlp, text)[date_text][0] == expected
