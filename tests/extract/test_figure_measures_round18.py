"""Measures the eighteenth round reads: people who fell ill or were poisoned, carried off to care,
parted from their families or driven across a border, cases of a harmful condition, "the number of
missing", and tables of "cases" in a report of people falling ill. Invented sentences: a factory
canteen, a ferry, a mountain road, a flood, a border town."""
import datetime

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract import tables
from crosscheck.extract.tables import apply_table_measures
from figure_helpers import measure_of


@pytest.mark.parametrize("text, number, measure", [
    # illness and poisoning said of counted people
    ("About 150 workers fell ill after the canteen meal.", "150", "injured"),
    ("The fumes sickened 40 dock workers on Tuesday.", "40", "injured"),
    ("Around 1,300 pupils were poisoned at the Elmfield academy.", "1,300", "injured"),
    ("More than 900 students poisoned since May in three towns.", "900", "injured"),
    ("In one ward alone eleven pupils fainted.", "eleven", "injured"),
    ("Nearly seventy boys have been sick since Monday.", "seventy", "injured"),
    ("By Friday 95 pupils were referred to health centres.", "95", "injured"),
    # not people: a thing poisoned stays other
    ("The chemical spill poisoned 300 wells along the river.", "300", "other"),
    ("Thirty wells poisoned by the spill were closed.", "Thirty", "other"),
])
def test_illness_and_poisoning(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    # taken away to be treated, not arrested
    ("Paramedics took 31 boys away in ambulances.", "31", "injured"),
    ("Medics took 12 passengers away to the clinic.", "12", "injured"),
    ("Police took 31 men away in vans.", "31", "detained"),
    # the harm named in the "of" phrase of a word for its kind or degree
    ("Twelve (12) miners suffered varying degrees of burns.", "Twelve (12)", "injured"),
    # a ministry's word for its own citizens abroad
    ("Thirty-one (31) compatriots remain unaccounted for.", "Thirty-one (31)", "missing"),
])
def test_care_degrees_and_compatriots(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("In the crush 25 small children were separated from their parents.", "25", "missing"),
    ("Volunteers counted 380 boys and girls separated from their parents at the pier.", "380", "missing"),
    ("Aid workers list 500 unaccompanied and separated children at the two ports.", "500", "missing"),
    ("Three did not come out.", "Three", "missing"),
    ("Camps in Norland are full. The fighting has driven more than 30,000 people into Norland.",
     "30,000", "displaced"),
    ("Nearly 90,000 villagers have been driven toward the northern border since June.", "90,000", "displaced"),
    ("Since Monday 17,200 persons entered through crossing points at Ana and Bel.", "17,200", "displaced"),
    # a car driving into people is no flight
    ("A van drove into 12 people at the market.", "12", "other"),
])
def test_separated_children_and_driven_across_borders(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number, measure", [
    ("The clinics logged 1,900 cases of heatstroke during the festival.", "1,900", "injured"),
    ("Officials said 1,800 cases of heatstroke had been treated since Friday.", "1,800", "injured"),
    ("Rescue teams brought down 17 climbers with frostbite.", "17", "injured"),
    ("The court heard 40 cases of fraud.", "40", "other"),
    ("Police found 17 people with knives.", "17", "other"),
    ("By noon the number of missing had fallen from 30 to 22, officials said.", "22", "missing"),
    ("By noon the number of missing had fallen from 30 to 22, officials said.", "30", "missing"),
])
def test_cases_of_a_condition_and_the_number_of_missing(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


ILLNESS_REPORT = """Dozens of pupils fell ill again this week at schools in the valley. Parents say the girls
were poisoned by a gas released in the classrooms.

2. Cases by district and school

| District | School | Cumulative since 2 May | New this week |
|---|---|---|---|
| Ostvale | Birch Lane School | 58 | 12 |
| Ostvale | 3 other schools | 41 | 9 |
| **Total** | | **99** | **21** |
"""

COURT_REPORT = """The tribunal sat for six days and heard the prosecutors and the defence.

2. Cases by district and court

| District | Court | Opened | Closed |
|---|---|---|---|
| Ostvale | Birch Lane | 58 | 12 |
"""


def _table_figures(nlp, text):
    doc = nlp(text)
    return apply_table_measures(doc, extract_figures(doc, DocContext("d1", "d1.txt", datetime.date(2027, 5, 20))))


@pytest.mark.parametrize("number, measure", [("58", "injured"), ("12", "injured"), ("41", "injured"),
                                             ("99", "injured"), ("21", "injured")])
def test_cases_table_in_an_illness_report(nlp, monkeypatch, number, measure):
    monkeypatch.setattr(tables, "CASES_TABLES", True)
    found = [f for f in _table_figures(nlp, ILLNESS_REPORT) if f.number_text == number]
    assert found and found[0].measure == measure


def test_cases_table_count_of_things_in_label_stays_other(nlp, monkeypatch):
    monkeypatch.setattr(tables, "CASES_TABLES", True)
    assert all(f.measure != "injured" for f in _table_figures(nlp, ILLNESS_REPORT) if f.number_text == "3")


def test_cases_table_outside_an_illness_report_stays_other(nlp, monkeypatch):
    monkeypatch.setattr(tables, "CASES_TABLES", True)
    assert all(f.measure == "other" for f in _table_figures(nlp, COURT_REPORT))


def test_people_without_a_home_who_died_are_dead(nlp):
    assert measure_of(nlp, "Nine rough sleepers without shelter died overnight in the frost.", "Nine") == "killed"
    assert measure_of(nlp, "At least 900 people are without shelter after the flood.", "900") == "displaced"


def test_cases_table_switched_off(nlp):
    assert all(f.measure == "other" for f in _table_figures(nlp, ILLNESS_REPORT) if f.number_text in ("58", "99"))
