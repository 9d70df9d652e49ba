"""Heading-scoped rows and pipe tables: the measure is in the heading or the column header."""
from __future__ import annotations

import datetime

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp
from crosscheck.extract.tables import apply_table_measures, header_measure, heading_measure, table_cells

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


# Tables written for these tests (several layouts); none is taken from a report.
DISTRICT_TABLE = """Table 3: Impact by county, as of 4 June

County | Dead | Hurt | Unaccounted for | People in shelters | Homes destroyed | Boats lost
Redfield | 12 | 40 | 5 | 2,300 | 410 | 17
Ashby | 3 | 11 | 0 | 950 | 120 | 4
Grand total | 15 | 51 | 5 | 3,250 | 530 | 21
"""

MARKDOWN_TABLE = """| Province | Fatalities | Wounded | Evacuated |
|---|---|---|---|
| Lorne | 31 | 102 | 4,000 |
| Tessel | 9 | | 1,250 |
| **Total** | 40 | 102 | 5,250 |
"""

NO_HEADER_MIXED = """Table 2: Casualties, displacement and damage by town

Hollin | 4 | 9 | 300
Marsh End | 1 | 2 | 120
"""

NO_HEADER_ONE_MEASURE = """Table 5: Arrests by city

Calder | 210
Perrin | 95
"""

KEY_FIGURES = """KEY FIGURES
Deaths: 2,310 (Civil Protection)
Injured: 5,400+ (Health Ministry)
Missing: 77 (of whom 12 are children from Dunmore, Kell County)
Homes destroyed: 8,100
People affected: 120,000
People in temporary shelters: 41,500

The floods hit the valley on Monday.
"""


@pytest.mark.parametrize("number, measure, location", [
    ("12", "killed", ["Redfield"]),
    ("40", "injured", ["Redfield"]),
    ("5", "missing", ["Redfield"]),
    ("2,300", "displaced", ["Redfield"]),
    ("410", "other", ["Redfield"]),
    ("17", "other", ["Redfield"]),
    ("11", "injured", ["Ashby"]),
    ("950", "displaced", ["Ashby"]),
    ("51", "injured", []),          # a total row: the whole, no place
    ("3,250", "displaced", []),
    ("530", "other", []),
])
def test_tables_header_row_gives_each_column_its_measure(nlp, number, measure, location):
    figures = _figures(nlp, DISTRICT_TABLE)
    fig = [f for f in figures if f.number_text == number and (f.location == location or not location)][0]
    assert fig.measure == measure
    assert fig.location == location


@pytest.mark.parametrize("number, measure, location", [
    ("31", "killed", ["Lorne"]),
    ("102", "injured", ["Lorne"]),
    ("4,000", "displaced", ["Lorne"]),
    ("9", "killed", ["Tessel"]),
    ("1,250", "displaced", ["Tessel"]),   # after an empty cell: still the fourth column
    ("5,250", "displaced", []),
])
def test_tables_markdown_table_with_empty_cell(nlp, number, measure, location):
    fig = _by_number(_figures(nlp, MARKDOWN_TABLE), number)
    assert fig.measure == measure
    assert fig.location == location


def test_tables_first_row_of_numbers_is_not_a_header(nlp):
    figures = _figures(nlp, NO_HEADER_MIXED)
    # the caption names several measures: no column can be told, so nothing is typed
    assert all(f.measure == "other" for f in figures if f.number_text in ("4", "9", "300", "1", "2", "120"))
    typed = {f.number_text: (f.measure, f.location) for f in _figures(nlp, NO_HEADER_ONE_MEASURE)}
    assert typed["210"] == ("detained", ["Calder"])
    assert typed["95"] == ("detained", ["Perrin"])


@pytest.mark.parametrize("number, measure, qualifier", [
    ("2,310", "killed", "exact"),
    ("5,400", "injured", "more_than"),   # "5,400+"
    ("77", "missing", "exact"),
    ("12", "missing", "exact"),          # "(of whom 12 are children)": a part of the missing
    ("8,100", "other", "exact"),
    ("120,000", "other", "exact"),       # affected people are not a casualty count
    ("41,500", "displaced", "exact"),
])
def test_tables_key_figure_labels(nlp, number, measure, qualifier):
    fig = _by_number(_figures(nlp, KEY_FIGURES), number)
    assert fig.measure == measure
    assert fig.qualifier == qualifier


@pytest.mark.parametrize("header, measure", [
    ("Deaths", "killed"),
    ("No. of fatalities", "killed"),
    ("Injured seen", "injured"),
    ("Missing persons", "missing"),
    ("Persons in evacuation centres", "displaced"),
    ("Families displaced", "displaced"),
    ("Arrested", "detained"),
    ("Houses fully damaged", "other"),
    ("Livestock killed", "other"),       # a thing noun wins over the casualty word
    ("Relief camps in operation", "other"),
    ("People affected", "other"),
    ("District", None),
])
def test_tables_header_measure(header, measure):
    assert header_measure(header) == measure


@pytest.mark.parametrize("heading, measure", [
    ("3. DEATHS BY DISTRICT (cumulative)", "killed"),
    ("Table 4: People detained by town", "detained"),
    ("Table 1: Casualties, displacement and housing damage", None),   # several measures
    ("KEY FIGURES", None),
])
def test_tables_heading_measure(heading, measure):
    assert heading_measure(heading) == measure


def test_tables_cell_missed_by_the_parser_gets_a_figure(nlp):
    # a row whose cells no sentence reading found still yields its people cells
    doc = nlp(DISTRICT_TABLE)
    figures = apply_table_measures(doc, [f for f in extract_figures(doc, DocContext("d1", "d1.txt", DATE))
                                         if f.number_text != "5"])
    five = [f for f in figures if f.number_text == "5" and f.location == ["Redfield"]]
    assert len(five) == 1 and five[0].measure == "missing" and five[0].value == 5
    starts = [f.char_start for f in figures]
    assert starts == sorted(starts)


def test_tables_prose_lines_untouched(nlp):
    text = "Officials said: 14 people died in the blast.\nResidents: 300 remain without power in the town centre.\n"
    figures = _figures(nlp, text)
    assert table_cells(nlp(text)) == {}
    assert _by_number(figures, "300").measure == "other"


TAB_TABLE = "Table 6: Storm impact by parish\n\nParish\tDeaths\tInjured\tHouses destroyed\nWest Mill\t8\t31\t260\nKellow\t2\t5\t90\n"

ALIGNED_TABLE = """Region        Killed   Wounded   Homes lost
Upper Vale       41       130        2,200
Lower Vale        7        18          640
"""

DOUBLE_SPACED_PROSE = "The river rose fast.  Two bridges fell.  Crews worked overnight.\nBy dawn 40 homes had flooded.  Nobody died.  Schools shut.\n"


@pytest.mark.parametrize("text, number, measure, location", [
    (TAB_TABLE, "8", "killed", ["West Mill"]),
    (TAB_TABLE, "31", "injured", ["West Mill"]),
    (TAB_TABLE, "260", "other", ["West Mill"]),
    (TAB_TABLE, "5", "injured", ["Kellow"]),
    (ALIGNED_TABLE, "41", "killed", ["Upper Vale"]),
    (ALIGNED_TABLE, "130", "injured", ["Upper Vale"]),
    (ALIGNED_TABLE, "18", "injured", ["Lower Vale"]),
    (ALIGNED_TABLE, "640", "other", ["Lower Vale"]),
])
def test_tables_tab_and_space_aligned_columns(nlp, text, number, measure, location):
    fig = _by_number(_figures(nlp, text), number)
    assert fig.measure == measure
    assert fig.location == location


def test_tables_double_spaced_prose_is_not_a_table(nlp):
    assert table_cells(nlp(DOUBLE_SPACED_PROSE)) == {}


def test_tables_row_label_drops_its_bracketed_note(nlp):
    text = "Hospital | Deaths | Injured\nSt Anne's Hospital (private) | 3 | 12\nCity General (CGH) | 5 | 40\n"
    figures = _figures(nlp, text)
    assert _by_number(figures, "3").location == ["St Anne's Hospital"]
    assert _by_number(figures, "40").location == ["City General"]


def test_tables_bracketed_part_takes_the_places_it_names(nlp):
    fig = _by_number(_figures(nlp, KEY_FIGURES), "12")
    assert fig.location == ["Dunmore", "Kell County"]
    assert _by_number(_figures(nlp, KEY_FIGURES), "77").measure == "missing"


TRANSPOSED = """Table 7: Impact by municipality

Indicator | Port Lane | Hillcrest | Total
Deaths | 14 | 3 | 17
Injured | 60 | 12 | 72
Houses damaged | 800 | 95 | 895
"""


@pytest.mark.parametrize("number, measure, location", [
    ("14", "killed", ["Port Lane"]),
    ("3", "killed", ["Hillcrest"]),
    ("17", "killed", []),
    ("12", "injured", ["Hillcrest"]),
    ("800", "other", []),
])
def test_tables_transposed_table_rows_name_the_measure(nlp, number, measure, location):
    fig = _by_number(_figures(nlp, TRANSPOSED), number)
    assert fig.measure == measure
    assert fig.location == location


@pytest.mark.parametrize("text", [
    "NEWS | 12.06.2026 | Press release\n\nFour people died on Monday.\n",
    "By Staff Reporter | 3 May 2026 | 27 Comments\n",
])
def test_tables_single_bar_lines_are_not_tables(nlp, text):
    assert table_cells(nlp(text)) == {}


@pytest.mark.parametrize("label, measure", [
    ("Red Cross", None),       # a name, though "cross" is a casualty verb (crossing a border)
    ("Drowned", "killed"),     # an inflected casualty word the table lexicon does not list
])
def test_tables_header_fallback_reads_inflected_words_only(label, measure):
    assert header_measure(label) == measure


# A bulletin's table with a serial-number column and a total row whose serial cell is blank.
SERIAL_TABLE = """4. LOSS OF LIFE BY COUNTY (as at 17:00 hrs)

No. | County | Deaths | Injured | Missing | In camps
1   | Larch  | 21     | 14      | 6       | 1,830
2   | Brenna | 5      | 2       | 1       | 410
    | TOTAL  | 26     | 16      | 7       | 2,240
"""


@pytest.mark.parametrize("number, measure, location", [
    ("21", "killed", ["Larch"]),
    ("14", "injured", ["Larch"]),
    ("1,830", "displaced", ["Larch"]),
    ("5", "killed", ["Brenna"]),
    ("26", "killed", []),        # the total row keeps its columns although its first cell is blank
    ("16", "injured", []),
    ("7", "missing", []),
    ("2,240", "displaced", []),
])
def test_tables_serial_column_and_blank_total_cell(nlp, number, measure, location):
    figures = _figures(nlp, SERIAL_TABLE)
    fig = [f for f in figures if f.number_text == number][0]
    assert fig.measure == measure
    assert fig.location == location


def test_tables_measure_word_before_each_count_in_a_breakdown_line(nlp):
    # a bulletin's break-up line: "Dead 12" is a count after its label, not a name like "Route 66"
    figures = _figures(nlp, "3. BREAK-UP BY SITE\n(a) Hillside camp: Dead 12, Injured 30, Missing 4.\n")
    typed = {f.number_text: f.measure for f in figures}
    assert typed.get("12") == "killed"
    assert typed.get("30") == "injured"
    assert typed.get("4") == "missing"


DATED_TABLE = """Attacks we could verify, by day

Date | Village | Killed | Injured
2 May | Ostrava Hill | 8 | 3
Wed 5 May | Kellan Ford | 12 | 7
Total | | 20 | 10
"""


@pytest.mark.parametrize("number, measure, location, day", [
    ("8", "killed", ["Ostrava Hill"], "2027-05-02"),
    ("3", "injured", ["Ostrava Hill"], "2027-05-02"),
    ("12", "killed", ["Kellan Ford"], "2027-05-05"),
    ("7", "injured", ["Kellan Ford"], "2027-05-05"),
])
def test_tables_date_column_is_the_rows_period_not_its_place(nlp, number, measure, location, day):
    fig = _by_number(_figures(nlp, DATED_TABLE), number)
    assert (fig.measure, fig.location) == (measure, location)
    assert fig.period_start == fig.period_end == day


@pytest.mark.parametrize("cell, is_date", [
    ("3 May", True), ("May 3", True), ("2027-05-03", True), ("Mon, 4 June", True), ("June", True),
    ("Ostrava Hill", False), ("May Town", False), ("Marchfield", False), ("Total", False),
])
def test_tables_date_cells(cell, is_date):
    from crosscheck.extract.tables import _is_date_cell
    assert _is_date_cell(cell) is is_date


SOURCED = """Table 3. Reported casualty figures (as of 4 June)

| Category | Figure | Source |
|---|---|---|
| Killed | 41 | Ministry of Civil Defence |
| Killed | 58 | Lakeside General Hospital (morgue count) |
| Injured | 210, incl. 35 policemen | Red Crescent Society |
| Missing | at least 12 | Harbour Police |

Rescue work went on through the night.
"""


@pytest.mark.parametrize("number, measure, source", [
    ("41", "killed", "Ministry of Civil Defence"),
    ("58", "killed", "Lakeside General Hospital"),   # the cell's bracketed note is not the source
    ("210", "injured", "Red Crescent Society"),
    ("35", "injured", "Red Crescent Society"),        # a part the cell names after "incl."
    ("12", "missing", "Harbour Police"),              # "at least 12" is still a count cell
])
def test_tables_source_column_gives_each_row_its_source(nlp, number, measure, source):
    fig = _by_number(_figures(nlp, SOURCED), number)
    assert (fig.measure, fig.source) == (measure, source)
    assert fig.location == []          # "Figure" is a header, no place; "Category" holds measures
    assert fig.period_start is None    # one day in the caption ("as of 4 June") is no period


SOURCE_FIRST = """Deaths and injuries by source

Source | Killed | Injured
Ministry of Health | 33 | 140
Volunteer Medics Network | 61 | 305
"""


def test_tables_source_as_first_column_is_no_place(nlp):
    figures = _figures(nlp, SOURCE_FIRST)
    fig = _by_number(figures, "61")
    assert (fig.measure, fig.source, fig.location) == ("killed", "Volunteer Medics Network", [])
    fig = _by_number(figures, "140")
    assert (fig.measure, fig.source, fig.location) == ("injured", "Ministry of Health", [])


CASES = """Table 2. Cases and deaths in Vell province by district (2-15 May)

| District | Suspected cases | Deaths |
|----------|-----------------|--------|
| Arnholt  | 812             | 26     |
| Brisk    | 340             | 9      |
| Total    | 1,152           | 35     |
"""


@pytest.mark.parametrize("number, measure, location", [
    ("812", "other", ["Arnholt"]),   # the caption's "deaths" belong to the Deaths column, not to cases
    ("26", "killed", ["Arnholt"]),
    ("1,152", "other", ["Vell"]),
    ("35", "killed", ["Vell"]),      # the total row takes the place the caption names
])
def test_tables_caption_measure_belongs_to_its_own_column(nlp, number, measure, location):
    fig = _by_number(_figures(nlp, CASES), number)
    assert (fig.measure, fig.location) == (measure, location)
    assert (fig.period_start, fig.period_end) == ("2027-05-02", "2027-05-15")


SERIAL = """3. CUMULATIVE LOSS (03.05.2027 to 09.05.2027)

No. | Town | Dead | Injured
1 | Osk | 5 | 9
2 | Arden | 3 | 14
| TOTAL | 8 | 23
"""


@pytest.mark.parametrize("number, measure", [("8", "killed"), ("23", "injured"), ("14", "injured")])
def test_tables_total_row_with_leading_bar_keeps_columns_in_line(nlp, number, measure):
    fig = _by_number(_figures(nlp, SERIAL), number)
    assert fig.measure == measure
    assert (fig.period_start, fig.period_end) == ("2027-05-03", "2027-05-09")


PLACE_LINES = """4. BREAK-UP BY SITE
(a) Upper Tolvan: Dead 12, Injured 30, Missing 4.
(b) Route 9, Kell bridge: Dead 7 (including 2 drivers), Injured 11, Missing 3.
Note: the shelters opened on 4 May, 6 May and 9 May.
"""


@pytest.mark.parametrize("number, measure, location", [
    ("12", "killed", ["Upper Tolvan"]),
    ("30", "injured", ["Upper Tolvan"]),
    ("4", "missing", ["Upper Tolvan"]),
    ("7", "killed", ["Route 9", "Kell bridge"]),
    ("11", "injured", ["Route 9", "Kell bridge"]),
])
def test_tables_place_line_with_named_counts(nlp, number, measure, location):
    fig = _by_number(_figures(nlp, PLACE_LINES), number)
    assert (fig.measure, fig.location) == (measure, location)


def test_tables_place_line_needs_named_counts():
    from crosscheck.extract.tables import _place_line_cells
    assert _place_line_cells(0, "Note: the shelters opened on 4 May, 6 May and 9 May.") == {}
    assert _place_line_cells(0, "Weather: heavy rain 3 days, wind 40 km") == {}
    assert _place_line_cells(0, "Update: the dead rose to 12 and injured to 30 by noon") == {}
    assert _place_line_cells(0, "Update: the dead rose to 12 and injured to 30") == {}
    assert sorted(_place_line_cells(0, "Kell: Dead 1,200; Missing 30+").values()) == [
        ("killed", ["Kell"]), ("missing", ["Kell"])]


ALIGNED = """Figures by source, since 2 May

Measure        Number     Source
Killed         41         Civil Defence Agency
Missing        17         Coast Guard
"""


def test_tables_aligned_columns_source_and_open_period(nlp):
    from crosscheck.extract.tables import table_rows
    doc = nlp(ALIGNED)
    rows = table_rows(doc)
    assert [r.source[1] for r in rows] == ["Civil Defence Agency", "Coast Guard"]
    fig = _by_number(_figures(nlp, ALIGNED), "17")
    assert (fig.measure, fig.source, fig.location) == ("missing", "Coast Guard", [])
    assert (fig.period_start, fig.period_end) == ("2027-05-02", None)


@pytest.mark.parametrize("cell, numbers", [
    ("1,204", [0]), ("at least 87", [9]), ("3,100+", [0]), ("146, incl. 23 police", [0, 11]),
    ("3 teams", []), ("12 May", []), ("n/a", []),
])
def test_tables_cell_numbers(cell, numbers):
    from crosscheck.extract.tables import _cell_numbers
    assert _cell_numbers(cell) == numbers


@pytest.mark.parametrize("text, role", [
    ("Source", "source"), ("Sources:", "source"), ("Figure", "label"), ("Indicator", "label"),
    ("Date", "date"), ("Deaths", None), ("District", None),
])
def test_tables_header_role(text, role):
    from crosscheck.extract.tables import header_role
    assert header_role(text) == role


def test_tables_part_in_a_cell_takes_its_group(nlp):
    figures = _figures(nlp, SOURCED)
    assert _by_number(figures, "35").group == "security_forces"
    assert _by_number(figures, "210").group == "unspecified"


@pytest.mark.parametrize("text, measure", [
    ("Patients admitted to hospital so far", "injured"), ("Admissions", "injured"),
    ("Suspected cases", "other"), ("Of recorded deaths: women", "killed"),
])
def test_tables_header_measure_admissions_and_cases(text, measure):
    assert header_measure(text) == measure


def test_tables_aligned_table_survives_cleaning(nlp):
    from crosscheck.ingest.clean import clean_text

    raw = ("Flood toll by district\n\nDistrict        Deaths    Injured    Houses\n"
           "Osk             15        64         120\nTilbury Ford    6         21         47\n")
    figures = _figures(nlp, clean_text(raw).text)
    assert (_by_number(figures, "15").measure, _by_number(figures, "15").location) == ("killed", ["Osk"])
    assert (_by_number(figures, "21").measure, _by_number(figures, "21").location) == ("injured", ["Tilbury Ford"])
    assert _by_number(figures, "120").measure == "other"


PART_COLUMN_TABLE = """Flood bulletin, 3-9 April (Provincial Relief Office):

| District | Dead | of whom identified | Displaced | incl. children |
|---|---|---|---|---|
| Harrowfield | 23 | 19 | 1,400 | 610 |
| Kelby | 8 | 6 | 300 | 120 |
"""


@pytest.mark.parametrize("number, measure", [("23", "killed"), ("19", "killed"), ("1,400", "displaced"),
                                             ("610", "displaced"), ("6", "killed"), ("120", "displaced")])
def test_tables_part_column_takes_the_measure_of_the_column_before(nlp, number, measure):
    figures = _figures(nlp, PART_COLUMN_TABLE)
    fig = [f for f in figures if f.number_text == number][0]
    assert fig.measure == measure


OWN_SOURCE_TABLE = """KESTREL AID NETWORK (KAN)
Flash update No. 2

Key figures (as of 4 May)

| Indicator | Figure | Source |
|---|---|---|
| Deaths confirmed | 31 | Harrow Police |
| People registered as displaced | 640 | KAN registration |
| People sheltered by volunteers | 220 | Kestrel Aid Network |
"""


@pytest.mark.parametrize("number, source", [("31", "Harrow Police"), ("640", None), ("220", None)])
def test_tables_source_cell_naming_the_publisher_is_its_own_voice(nlp, number, source):
    doc = nlp(OWN_SOURCE_TABLE)
    ctx = DocContext("d1", "d1.txt", DATE, "Kestrel Aid Network (KAN)")
    figures = apply_table_measures(doc, extract_figures(doc, ctx), ctx.outlet)
    assert _by_number(figures, number).source == source


def test_tables_publisher_test_reads_name_and_acronym():
    from crosscheck.extract.tables import is_publisher
    assert is_publisher("KAN registration", None, "Kestrel Aid Network (KAN)")
    assert is_publisher("Kestrel Aid Network teams", None, "Kestrel Aid Network (KAN)")
    assert not is_publisher("Harrow Police", "Harrow Police", "Kestrel Aid Network (KAN)")
    assert not is_publisher("KANSAS Relief", None, "Kestrel Aid Network (KAN)")
    assert not is_publisher("KAN registration", None, None)


BY_DAY = """SITUATION REPORT No. 4
Issued 9 May 2027

3. DEATHS BY DAY

| Date | Dead | Cumulative |
|---|---|---|
| 3 May | 12 | 12 |
| 4 May | 8 | 20 |
| 5 May | 4 | 24 |
| 6 May (to noon) | 1 | 25 |

4. FATALITIES PER DAY

- 6 May: 3
- 7 May: 5
- 8 May: 2
"""

CONDITIONS = """The hospital gave the following update on Sunday.

| Status | Number of people |
|---|---|
| Discharged | 4 |
| Deceased | 2 |

Table 2: Figures by district

| District | Dead | Sheltered |
|---|---|---|
| Marko | 12 | 40 |
"""


@pytest.mark.parametrize("number, measure, start, end", [
    ("8", "killed", "2027-05-04", "2027-05-04"),    # a day's deaths
    ("20", "killed", "2027-05-03", "2027-05-04"),   # the running total: from the first row's day
    ("24", "killed", "2027-05-03", "2027-05-05"),
    ("5", "killed", "2027-05-07", "2027-05-07"),    # "- 7 May: 5" under a heading of deaths by day
])
def test_tables_running_total_column_and_day_lines(nlp, number, measure, start, end):
    fig = _by_number(_figures(nlp, BY_DAY), number)
    assert (fig.measure, fig.period_start, fig.period_end, fig.location) == (measure, start, end, [])


def test_tables_day_row_with_a_note_is_no_place(nlp):
    # "6 May (to noon)": the note dropped, the label is still a day, not a place
    assert _by_number(_figures(nlp, BY_DAY), "25").location == []


@pytest.mark.parametrize("number, measure, location", [
    ("2", "killed", []),    # "Deceased" says the measure; the header "Number of people" is no place
    ("12", "killed", ["Marko"]),
    ("40", "displaced", ["Marko"]),
])
def test_tables_conditions_and_admitted(nlp, number, measure, location):
    fig = _by_number(_figures(nlp, CONDITIONS), number)
    assert (fig.measure, fig.location) == (measure, location)


CAPS_SPAN = """The agency briefed reporters on Thursday.

CORRIDOR DEATHS RECORDED BY THE AGENCY, 1 January – 13 May 2027

| Corridor | Deaths | Missing |
|---|---|---|
| Western Sands Corridor | 143 | 52 |
| Lake Route | 61 | 97 |

Figures are minimum estimates.
"""

TIMED_SPAN = """Casualties admitted (cumulative, from 02.05.2027 11:58 to 04.05.2027 16:00)

| Category | Number |
|---|---|
| Wounded admitted | 38 |
| Died after admission | 4 |

The hospital will update these figures daily.
"""


@pytest.mark.parametrize("text, number, start, end", [
    # a caption with a span of days joined by a dash: each row's period
    (CAPS_SPAN, "143", "2027-01-01", "2027-05-13"),
    (CAPS_SPAN, "97", "2027-01-01", "2027-05-13"),
    # a caption's span whose first day carries a clock time
    (TIMED_SPAN, "38", "2027-05-02", "2027-05-04"),
])
def test_tables_caption_span_in_capitals_or_with_times(nlp, text, number, start, end):
    fig = _by_number(_figures(nlp, text), number)
    assert (fig.period_start, fig.period_end) == (start, end)


PROFILE = """Relief note

The agency has confirmed 19 deaths after the fire.

CONFIRMED DEATHS BY SEX

- Men: 12
- Women: 4

The agency will update this note.
"""


def test_tables_rows_of_who_the_people_were_name_no_place(nlp):
    doc = nlp(PROFILE)
    figures = apply_table_measures(doc, extract_figures(doc, DocContext("d", "d.txt", DATE, None)))
    rows = {f.number_text: f for f in figures if f.number_text in ("12", "4")}
    assert rows["12"].measure == rows["4"].measure == "killed"
    assert rows["12"].location == [] and rows["4"].location == []


SECTION_SPAN = """4. ARRESTS BY TOWN, 2-14 APRIL 2027

Table 3. People held and people not yet traced, by town (monitor's count)

| Town | Detained | Unaccounted for |
|---|---|---|
| Darrow | 412 | 17 |
| Pellin | 88 | 6 |
"""

COUNTY_TABLE = """2. HARM AND SHELTER BY DISTRICT (cumulative)

| District | Dead | Injured (in field hospitals) | People in shelters |
|---|---|---|---|
| Marsh | 5 | 40 | 120 |
| Tarn | 2 | 11 | 35 |
| REGION TOTAL | 7 | 51 | 155 |
"""

WEEKLY = """Table 2. Heat admissions and deaths by district and week, 2027

| District | Admissions W30 | Deaths W30 | Deaths W31 |
|---|---|---|---|
| Orrin | 230 | 4 | 9 |
"""

WEEKLY_LOWER = """Burn injuries by ward, week 19 vs week 18, 2029

| Ward | Injured w19 | Injured w18 |
|---|---|---|
| Larch | 11 | 6 |
"""

ROUTES = """DROWNINGS AT THE CROSSING POINTS, 3 FEBRUARY - 30 JUNE 2027

| Crossing | Dead | Missing |
|---|---|---|
| Hill Ford (Arvel–Tomsa) | 33 | 8 |
| Clinic Lane (private) | 6 | 1 |
"""


@pytest.mark.parametrize("text, number, measure, location, start, end", [
    # the caption says who counted, the section heading above it the span of days
    (SECTION_SPAN, "412", "detained", ["Darrow"], "2027-04-02", "2027-04-14"),
    (SECTION_SPAN, "6", "missing", ["Pellin"], "2027-04-02", "2027-04-14"),
    # a header's bracketed note says where the injured were treated, not what is counted
    (COUNTY_TABLE, "40", "injured", ["Marsh"], None, None),
    # a total row named by the area it sums is a total, not a place
    (COUNTY_TABLE, "51", "injured", [], None, None),
    (COUNTY_TABLE, "7", "killed", [], None, None),
    # a column headed by a week of the year counts that ISO week
    (WEEKLY, "230", "injured", ["Orrin"], "2027-07-26", "2027-08-01"),
    (WEEKLY, "9", "killed", ["Orrin"], "2027-08-02", "2027-08-08"),
    # ... written in lower case too ("Injured w18")
    (WEEKLY_LOWER, "11", "injured", ["Larch"], "2029-05-07", "2029-05-13"),
    (WEEKLY_LOWER, "6", "injured", ["Larch"], "2029-04-30", "2029-05-06"),
    # a caption in capitals gives its span; a row label's bracketed names are places too
    (ROUTES, "33", "killed", ["Hill Ford", "Arvel", "Tomsa"], "2027-02-03", "2027-06-30"),
    (ROUTES, "6", "killed", ["Clinic Lane"], "2027-02-03", "2027-06-30"),
])
def test_tables_section_span_week_columns_total_names_and_bracketed_places(nlp, text, number, measure, location, start, end):
    fig = _by_number(_figures(nlp, text), number)
    assert (fig.measure, fig.location, fig.period_start, fig.period_end) == (measure, location, start, end)


@pytest.mark.parametrize("label, places", [
    ("Hill Road (Arvel–Tomsa)", ["Hill Road", "Arvel", "Tomsa"]),
    ("Dunmere (Upper Kell)", ["Dunmere", "Upper Kell"]),
    ("St Rose Clinic (SRC)", ["St Rose Clinic"]),
    ("Camp 4 (two villages)", ["Camp 4"]),
    ("Grand total (9 sites)", None),
])
def test_tables_row_places(label, places):
    from crosscheck.extract.tables import _row_places
    assert _row_places(label) == places


SAMPLE_CAPTION = """Table 5. Deaths our monitors recorded in the port towns (150 cases, February–April 2027)

| Town       | Cases | By police | At night |
|------------|-------|-----------|----------|
| Harrow Bay | 90    | 30        | 60       |
| Tolt       | 60    | 25        | 35       |
"""

DISEASE = """Table 4. Cholera cases by district (1-9 May)

| District | Cases | Deaths |
|---|---|---|
| Oster | 420 | 11 |
"""


@pytest.mark.parametrize("text, number, measure, location, start, end", [
    # a "Cases" column counts what the caption counts, when no column names it
    (SAMPLE_CAPTION, "90", "killed", ["Harrow Bay"], "2027-02-01", "2027-04-30"),
    (SAMPLE_CAPTION, "35", "killed", ["Tolt"], "2027-02-01", "2027-04-30"),
    # the caption's own count, with the caption's span of months
    (SAMPLE_CAPTION, "150", "killed", [], "2027-02-01", "2027-04-30"),
    # disease cases stay other; the deaths column is typed by its header
    (DISEASE, "420", "other", [], "2027-05-01", "2027-05-09"),
    (DISEASE, "11", "killed", ["Oster"], "2027-05-01", "2027-05-09"),
])
def test_tables_caption_count_cases_column_and_span_of_months(nlp, text, number, measure, location, start, end):
    fig = _by_number(_figures(nlp, text), number)
    assert fig.measure == measure
    if measure != "other":
        assert (fig.location, fig.period_start, fig.period_end) == (location, start, end)


PART_ROWS = """KEY FIGURES

| Indicator | Figure | Source |
|---|---|---|
| Deaths confirmed | 7 | Harbour Police |
| People in emergency accommodation | 140 | City Council |
| - of whom in hotels | 95 | City Council |
| - of whom at the sports hall | 45 | Relief Society |
| Shops closed | 12 | City Council |
"""


@pytest.mark.parametrize("number, measure", [
    ("140", "displaced"),   # people in emergency accommodation are displaced
    ("95", "displaced"),    # "- of whom ...": a part of the row above, its measure
    ("45", "displaced"),
    ("12", "other"),
])
def test_tables_part_rows_take_the_measure_of_the_row_above(nlp, number, measure):
    assert _by_number(_figures(nlp, PART_ROWS), number).measure == measure


SITE_TABLE = """The Regional Relief Agency (RRA) is registering families at three sites.

DISPLACEMENT AT RELIEF CAMPS (Kellford, RRA registration, 4 May)

| Camp | Families | Persons | incl. children |
|---|---:|---:|---:|
| North Quay School | 210 | 1,340 | 720 |
| TOTAL | 300 | 1,900 | 1,010 |
"""


@pytest.mark.parametrize("number, measure, location", [
    ("1,340", "displaced", ["North Quay School"]),   # the caption's displacement types the count columns
    ("720", "displaced", ["North Quay School"]),
    ("210", "other", ["North Quay School"]),          # families are no people count
    ("1,900", "displaced", []),
])
def test_tables_displacement_caption_and_its_acronym_source(nlp, number, measure, location):
    fig = _by_number(_figures(nlp, SITE_TABLE), number)
    assert (fig.measure, fig.location) == (measure, location)
    if measure != "other":
        assert fig.source == "Regional Relief Agency"   # "RRA registration": the acronym the note opens with


@pytest.mark.parametrize("text, number, group", [
    (SITE_TABLE, "720", "civilians"),        # "incl. children": the children's group
    (SITE_TABLE, "1,340", "unspecified"),
    (PART_ROWS, "140", "unspecified"),
    (SAMPLE_CAPTION, "30", "unspecified"),   # "By police" names who killed, not who died
])
def test_tables_children_column_gives_its_group(nlp, text, number, group):
    assert _by_number(_figures(nlp, text), number).group == group


WARD_TABLE = """Patients at Lakeside Hospital (2-4 June)

| Category | Number |
|---|---|
| Wounded admitted | 44 |
|   of whom police officers | 8 |
|   of whom girls | 5 |
"""


@pytest.mark.parametrize("number, group", [
    ("44", "unspecified"),
    ("8", "security_forces"),   # a part row names who its people are
    ("5", "civilians"),
])
def test_tables_part_row_names_its_group(nlp, number, group):
    fig = _by_number(_figures(nlp, WARD_TABLE), number)
    assert (fig.measure, fig.group) == ("injured", group)


FACT_BOX = """Ferry capsizes off Lumo Point

Dead: 11 (confirmed) | Hurt: 26 | Missing: 5
Boats in search: 4 | Divers: 12

Coast guard boats searched the bay overnight.
"""


@pytest.mark.parametrize("number, measure", [
    ("11", "killed"), ("26", "injured"), ("5", "missing"),   # each number takes its own label, not the next one's
    ("4", "other"), ("12", "other"),                          # a box of other counts stays other
])
def test_tables_fact_box_line_gives_each_count_its_own_label(nlp, number, measure):
    fig = _by_number(_figures(nlp, FACT_BOX), number)
    assert fig.measure == measure


PERIOD_TABLE = """Road crashes in Norland: the national picture

| Period | Crashes | Persons killed |
|---|---|---|
| 2029 (January-December) | 9,120 | 3,402 |
| 2030 (January-June, provisional) | 4,210 | 1,588 |
"""


@pytest.mark.parametrize("number", ["3,402", "1,588"])
def test_tables_row_labels_in_a_period_column_are_no_places(nlp, number):
    fig = _by_number(_figures(nlp, PERIOD_TABLE), number)
    assert fig.measure == "killed"
    assert not any(place[:2] in ("20", "19") for place in fig.location)


BY_DAY_TABLE = """3. FLOOD DEATHS BY DAY

| Day | Date | Deaths | Injured |
|---|---|---|---|
| 1 | Mon 3 May | 12 | 40 |
| 2 | Tue 4 May | 30* | 95 |
| 3 | Wed 5 May | 8 | 27 |

* Includes two firefighters.
"""


def test_tables_day_number_column_gives_no_figures(nlp):
    # "| 1 | Mon 3 May |" under "Day": the row's number, not a count
    figures = _figures(nlp, BY_DAY_TABLE)
    assert not [f for f in figures if f.number_text in ("1", "2", "3")]


def test_tables_footnoted_cell_keeps_its_column_measure(nlp):
    fig = _by_number(_figures(nlp, BY_DAY_TABLE), "30")
    assert fig.measure == "killed"


YEAR_TABLE = """4. Who was killed

| Victim type | 2031 | 2030 |
|---|---|---|
| Walkers | 17 | 11 |
| Cyclists | 6 | 9 |

| Region | Deaths | Deaths per 100,000 | Change (deaths) |
|---|---|---|---|
| Marvell | 40 | 8.2 | 3 |
"""


def test_tables_year_header_row_is_a_header(nlp):
    figures = _figures(nlp, YEAR_TABLE)
    assert not [f for f in figures if f.number_text in ("2031", "2030")]   # the header names columns
    walkers = _by_number(figures, "17")
    assert walkers.measure == "killed" and walkers.location == []          # a kind of people, not a place


@pytest.mark.parametrize("number, measure", [("40", "killed"), ("8.2", "other"), ("3", "other")])
def test_tables_rates_and_changes_are_no_counts(nlp, number, measure):
    assert _by_number(_figures(nlp, YEAR_TABLE), number).measure == measure


WEEK_TABLE = """Civilian harm by town, weeks 14 and 15 of 2031

| Town | Killed w15 | Killed w14 |
|---|---|---|
| Dunmere | 7 | 3 |
"""


@pytest.mark.parametrize("number, start", [("7", "2031-04-07"), ("3", "2031-03-31")])
def test_tables_lower_case_week_header_gives_the_week(nlp, number, start):
    fig = _by_number(_figures(nlp, WEEK_TABLE), number)
    assert fig.measure == "killed" and fig.period_start == start


SECTOR_TABLE = """2. DEATHS BY CAMP SECTOR

| Sector | Deaths |
|---|---|
| K | 4 |
| Lakeside | 2 |
"""


@pytest.mark.parametrize("number, place", [("4", ["Sector K"]), ("2", ["Lakeside"])])
def test_tables_code_under_a_place_noun_header_names_the_place(nlp, number, place):
    fig = _by_number(_figures(nlp, SECTOR_TABLE), number)
    assert fig.measure == "killed" and fig.location == place


SIDE_CAPTION_TABLE = ("Weekly monitoring note.\n\nCivilian casualties by province, week 12\n\n"
                      "| Province | Killed | Injured |\n|---|---|---|\n| Arno | 6 | 14 |\n| Belt | 3 | 9 |\n")
BREAKDOWN_CAPTION_TABLE = ("Weekly monitoring note.\n\nPeople killed and injured, by police district\n\n"
                           "| District | Killed | Injured |\n|---|---|---|\n| Arno | 6 | 14 |\n| Belt | 3 | 9 |\n")
MIXED_CAPTION_TABLE = ("Weekly monitoring note.\n\nCivilian and police casualties by province\n\n"
                       "| Province | Killed | Injured |\n|---|---|---|\n| Arno | 6 | 14 |\n| Belt | 3 | 9 |\n")


@pytest.mark.parametrize("text, group", [
    (SIDE_CAPTION_TABLE, "civilians"),   # the caption names one side: every cell counts it
    (MIXED_CAPTION_TABLE, None),         # two sides named: the caption does not say which a cell counts
    (BREAKDOWN_CAPTION_TABLE, None),     # "by police district" is the breakdown, not who is counted
])
def test_tables_caption_naming_one_side_gives_the_cells_group(nlp, text, group):
    fig = _by_number(_figures(nlp, text), "14")
    assert fig.measure == "injured"
    assert fig.group == (group or "unspecified")


LIST_UNDER_HEADING = ("Weekly bulletin.\n\n3. PEOPLE KILLED BY ROAD USER (Days 1-4)\n\n"
                      "Bus passengers 12; cyclists 5; pedestrians 7; drivers 3.\n\n4. OTHER\n\nMore text here.")
LIST_UNDER_PLAIN_HEADING = ("Weekly bulletin.\n\n3. ROAD USERS (Days 1-4)\n\n"
                            "Bus passengers 12; cyclists 5; pedestrians 7; drivers 3.\n\n4. OTHER\n\nMore text here.")


@pytest.mark.parametrize("text, measure", [
    (LIST_UNDER_HEADING, "killed"),       # the heading names the count each item gives
    (LIST_UNDER_PLAIN_HEADING, "other"),  # a heading naming no harm types nothing
])
def test_tables_semicolon_list_line_takes_its_headings_measure(nlp, text, measure):
    figures = _figures(nlp, text)
    for number in ("12", "5", "7", "3"):
        fig = _by_number(figures, number)
        assert fig.measure == measure and not fig.location
