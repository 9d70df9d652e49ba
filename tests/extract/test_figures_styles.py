"""Figures in other reporting styles: statement dates, onsets, single days, parts of a figure,
sources behind appositives, places, groups, superseded counts. All sentences are invented."""
from __future__ import annotations

import datetime

import pytest

from crosscheck.extract.acronyms import find_acronym_definitions
from crosscheck.extract.attribution import find_hedges
from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp

# a Friday
DATE = datetime.date(2027, 5, 14)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _figures(nlp, text):
    doc = nlp(text)
    return [f for f in extract_figures(doc, DocContext("d1", "d1.txt", DATE)) if f.measure != "other"]


def _figure(nlp, text, number):
    found = [f for f in _figures(nlp, text) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[-1]


@pytest.mark.parametrize("sentence, number, reported_on, start, end", [
    # a date in a clause of its own dates neither the statement nor the count
    ("The death toll from the storm rose to 48 on Friday, the coastal rescue service said, as divers reached "
     "hamlets that had been isolated since the dyke gave way on Tuesday.", "48", "2027-05-14", None, None),
    # a count verb's date is the date the running count stood at
    ("The toll from the mudslide climbed to 63 on Thursday, officials said.", "63", "2027-05-13", None, None),
    # "as of" a day: the count runs up to that day (its end), and that is when it stood
    ("As of Wednesday morning, 140 people have been treated for burns.", "140", "2027-05-12", None, "2027-05-12"),
])
def test_figures_styles_statement_and_count_dates(nlp, sentence, number, reported_on, start, end):
    fig = _figure(nlp, sentence, number)
    assert (fig.reported_on, fig.period_start, fig.period_end) == (reported_on, start, end)


@pytest.mark.parametrize("sentence, number, start, end, text_part", [
    # the day the event began: an open period
    ("The council mourns the 52 people who have lost their lives in the landslide that buried the village "
     "on 9 May.", "52", "2027-05-09", None, "9 May"),
    ("An avalanche swept over the pass on Monday, killing at least 11 climbers.", "11", "2027-05-10", None, "Monday"),
    # deaths on that day: a single day
    ("Seven miners died on Tuesday when a gallery collapsed, the company said.", "Seven", "2027-05-11",
     "2027-05-11", "Tuesday"),
    ("Rescuers said 19 people died on Wednesday alone.", "19", "2027-05-12", "2027-05-12", "alone"),
    # "in one day", "in a single day", "in 24 hours" mark a single day
    ("Heat killed 85 people in 24 hours, the health ministry said.", "85", None, None, "in 24 hours"),
    ("The fires killed 26 people in one day.", "26", None, None, "in one day"),
])
def test_figures_styles_onset_and_single_day(nlp, sentence, number, start, end, text_part):
    fig = _figure(nlp, sentence, number)
    assert (fig.period_start, fig.period_end) == (start, end)
    assert text_part in (fig.period_text or "")


@pytest.mark.parametrize("sentence, whole, part, part_value, part_text", [
    ("At least 20 people have died since the dam broke, the Lorne Flood Authority (LFA) said on Friday, "
     "eight of them on Wednesday alone, when the spillway failed.", "20", "eight", 8, "Wednesday alone"),
    ("More than 30 people were hurt in the blast, the Ostrava Fire Service said, five of them seriously.",
     "30", "five", 5, None),
])
def test_figures_styles_part_of_a_figure(nlp, sentence, whole, part, part_value, part_text):
    figures = _figures(nlp, sentence)
    big = next(f for f in figures if f.number_text == whole)
    small = next(f for f in figures if f.number_text == part)
    assert small.measure == big.measure and small.value == part_value
    assert small.source == big.source and big.source is not None
    if part_text:
        assert part_text in (small.period_text or "")
        assert part_text not in (big.period_text or "")


@pytest.mark.parametrize("sentence, number, source", [
    ("At least 14 people have died in the storm, the Brenna Sea Rescue Institute (BSRI) said on Thursday.",
     "14", "Brenna Sea Rescue Institute"),
    ("Nine people died when a bus overturned near Sarno, the district council said.", "Nine", "district council"),
])
def test_figures_styles_source(nlp, sentence, number, source):
    assert _figure(nlp, sentence, number).source == source


@pytest.mark.parametrize("sentence, number, place", [
    ("Firefighters said dozens of families had been evacuated from Kestrelford overnight.", "dozens", "Kestrelford"),
    ("212 deaths recorded by our teams in Marlow, Eastbury and Fenwick since 2 May", "212", "Fenwick"),
])
def test_figures_styles_location(nlp, sentence, number, place):
    assert place in _figure(nlp, sentence, number).location


@pytest.mark.parametrize("sentence, number, group", [
    ("The death toll rose to 318, the interior ministry said.", "318", "unspecified"),
    ("Doctors said nearly 60 survivors are being treated at the city hospital.", "60", "civilians"),
    ("About 90 passengers were injured.", "90", "civilians"),
    ("More than 70 people were hurt, 12 of them children.", "12", "civilians"),
])
def test_figures_styles_group(nlp, sentence, number, group):
    assert _figure(nlp, sentence, number).group == group


@pytest.mark.parametrize("sentence, number, measure", [
    ("Officials said 230 people have been treated for injuries and 40 are still missing.", "230", "injured"),
    ("Some 75 people were treated for wounds at the field clinic.", "75", "injured"),
    ("At least 18 people were hospitalised after the gas leak.", "18", "injured"),
])
def test_figures_styles_treated_is_injured(nlp, sentence, number, measure):
    assert _figure(nlp, sentence, number).measure == measure


@pytest.mark.parametrize("text, superseded", [
    ("Prior reports had put the toll at 120.", True),
    ("Earlier reports said 40 people had died.", True),
    ("The agency had earlier put the toll at 95.", True),
    ("Officials had initially reported 12 deaths.", True),
    ("An earlier toll of 33 was revised upwards.", True),
    ("At least 50 people died, officials said.", False),
])
def test_figures_styles_superseded_hedge(text, superseded):
    assert ("superseded" in find_hedges(text)) is superseded


@pytest.mark.parametrize("text, acronym, long_form", [
    ("The Norwegian Refugee Council (NRC) said 400 families had fled.", "NRC", "Norwegian Refugee Council"),
    ("The Coastal Relief Alliance (CRA) opened shelters.", "CRA", "Coastal Relief Alliance"),
    ("Officials of The Hague Group (THG) spoke.", "THG", "The Hague Group"),
])
def test_figures_styles_acronym_without_article(text, acronym, long_form):
    assert find_acronym_definitions(text)[acronym] == long_form


@pytest.mark.parametrize("text", [
    "Situation report no. 2: river floods",
    "Bulletin No. 4 was issued on Friday.",
    "Update #3 from the field team.",
])
def test_figures_styles_issue_numbers_are_not_figures(nlp, text):
    from crosscheck.extract.numbers import find_number_mentions

    assert find_number_mentions(nlp(text)) == []


@pytest.mark.parametrize("text, expected", [
    # published on a Wednesday (2026-04-01); a weekday in a clause about the future resolves forward
    ("The minister is expected to visit the town on Thursday.", "2026-04-02"),
    ("Talks will resume on Monday, officials said.", "2026-04-06"),
    ("The river was expected to peak on Saturday.", "2026-04-04"),
    ("The minister visited the town on Thursday.", "2026-03-26"),
    ("Rescuers said on Monday that the search would go on.", "2026-03-30"),
    # parts of the day
    ("The ministry said this morning that 40 people had died.", "2026-04-01"),
    ("Two more bodies were found earlier today.", "2026-04-01"),
    ("The bridge collapsed yesterday afternoon.", "2026-03-31"),
])
def test_figures_styles_relative_dates_resolve(nlp, text, expected):
    import datetime as dt

    from crosscheck.extract.context import DocContext
    from crosscheck.extract.dates import extract_date_refs

    refs = extract_date_refs(nlp(text), DocContext("d", "d.txt", dt.date(2026, 4, 1), None, "text"))
    assert [r.date_start for r in refs] == [expected]
