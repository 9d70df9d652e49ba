"""Heading-scoped rows and pipe tables: the measure is in the heading or the column header."""
from __future__ import annotations

import datetime

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp
from crosscheck.extract.tables import apply_table_measures, table_cells

DATE = datetime.date(2027, 5, 20)

BULLETIN = """SITUATION REPORT NO. 4

Deaths (confirmed): 80
Shelters open: 140

2. DEATHS BY COUNTY (cumulative)

Northvale: 33
Eastmoor: 27
Total: 60

3. SHELTERS BY COUNTY

Northvale: 52
Eastmoor: 88
"""

NGO = """Our monitors recorded arrests in five towns.

Table 2: People detained by town, 1-9 May

Town | Detained | Of whom still in custody
Arden | 1,200 | 310
Bellow | 640 | 75
Total | 1,840 | 385

Sources: lawyers, families.
"""

PROSE = """The mayor spoke for an hour. Questions: 12

Roads closed: 4
Bridges closed: 2
"""


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _figures(nlp, text):
    doc = nlp(text)
    return apply_table_measures(doc, extract_figures(doc, DocContext("d1", "d1.txt", DATE)))


def _by_number(figures, number):
    return [f for f in figures if f.number_text == number][0]


@pytest.mark.parametrize("number, measure, location", [
    ("33", "killed", ["Northvale"]),
    ("27", "killed", ["Eastmoor"]),
    ("60", "killed", []),
    ("52", "other", []),   # a heading without a casualty word
    ("140", "other", []),
])
def test_tables_heading_scoped_rows(nlp, number, measure, location):
    fig = _by_number(_figures(nlp, BULLETIN), number)
    assert fig.measure == measure
    assert fig.location == location


@pytest.mark.parametrize("number, measure, location", [
    ("1,200", "detained", ["Arden"]),
    ("310", "detained", ["Arden"]),   # the column says no measure: the caption does
    ("640", "detained", ["Bellow"]),
    ("1,840", "detained", []),
])
def test_tables_pipe_table_cells(nlp, number, measure, location):
    fig = _by_number(_figures(nlp, NGO), number)
    assert fig.measure == measure
    assert fig.location == location


def test_tables_rows_without_casualty_heading_stay_other(nlp):
    assert all(f.measure == "other" for f in _figures(nlp, PROSE))
    assert table_cells(nlp(PROSE)) == {}


def test_tables_retyped_figure_gets_a_new_id(nlp):
    doc = nlp(BULLETIN)
    figures = extract_figures(doc, DocContext("d1", "d1.txt", DATE))
    ids = {f.char_start: f.id for f in figures}
    apply_table_measures(doc, figures)
    changed = [f for f in figures if f.measure == "killed" and f.number_text == "33"]
    assert changed and changed[0].id != ids[changed[0].char_start]
