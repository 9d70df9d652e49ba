"""Figure periods in a bulletin framed by its reporting period ("Reporting period: ... to ...")
whose counts are those of that span: the counts under the header take it, unless they name
another time or a standing state.

Invented texts only."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import apply_framing_reporting_period, extract_figures
from crosscheck.extract.tables import apply_table_measures


PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _ctx():
    return DocContext("doc-1", "reports/doc-1.txt", PUBLISHED)


# a bulletin framed by its reporting period (header, then counts that name no time of their own)
def _bulletin_figures(nlp, text):
    doc = nlp(text)
    found = apply_table_measures(doc, extract_figures(doc, _ctx()))
    apply_framing_reporting_period(doc, found, _ctx())
    return found


_WEEKLY = """MEDICAL EXAMINER OF TERRANO COUNTY
Weekly note on deaths linked to the flooding

Reporting period: Monday 5 May 2031 to Sunday 11 May 2031

1. During the reporting period, 40 deaths were reported to this office.

2. Of these 40 deaths, 25 occurred in Vell and 15 elsewhere in the county. 12 people remain in hospital.

| Cause           | Vell | Elsewhere | Same week 2030 |
|-----------------|------|-----------|----------------|
| Drowning        | 18   | 9         | 2              |
| Electrocution   | 7    | 6         | 1              |

3. In 2030, 31 deaths were reported in the whole year.
"""


@pytest.mark.parametrize("number, period", [
    ("25", ("2031-05-05", "2031-05-11")),
    ("18", ("2031-05-05", "2031-05-11")),
    ("9", ("2031-05-05", "2031-05-11")),
    # a column, a clause or a state of another time keeps none
    ("2", (None, None)),
    ("12", (None, None)),
])
def test_a_bulletin_framed_by_its_reporting_period_covers_its_counts(nlp, number, period):
    found = [f for f in _bulletin_figures(nlp, _WEEKLY) if f.number_text == number and f.measure != "other"]
    assert found, number
    assert (found[0].period_start, found[0].period_end) == period


def test_a_count_of_another_year_in_a_framed_bulletin_keeps_its_own_time(nlp):
    found = [f for f in _bulletin_figures(nlp, _WEEKLY) if f.number_text == "31"]
    assert found and found[0].period_start != "2031-05-05"


def test_a_sitrep_with_a_cumulative_toll_frames_only_what_it_says(nlp):
    text = _WEEKLY.replace("2. Of these 40 deaths", "2. The cumulative toll stands at 90. Of these 40 deaths")
    found = [f for f in _bulletin_figures(nlp, text) if f.number_text == "25"]
    assert (found[0].period_start, found[0].period_end) == (None, None)


def test_a_header_that_says_cumulative_frames_the_counts(nlp):
    text = ("ROAD SAFETY BULLETIN No. 4\n\nReporting period: cumulative since Friday 2 May 2031 to Monday 5 May 2031\n\n"
            "21 car occupants and 12 motorcyclists have been killed on the roads.\n")
    found = [f for f in _bulletin_figures(nlp, text) if f.number_text == "12"]
    assert (found[0].period_start, found[0].period_end) == ("2031-05-02", "2031-05-05")
