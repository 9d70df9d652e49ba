"""Counts in tables and key-figure lists: the measure is in a header, label or heading, not in a sentence.

Situation reports and NGO reports give counts as table cells and list rows whose own words
say little of what is counted; the column header, the row's label or the heading does:

    KEY FIGURES                    3. DISTRICT-WISE DEATHS (cumulative)
    Deaths: 1,204 (NDRA)           Ambalpur: 46
    Injured: 3,100+ (MoH)          Port Kovar: 31

    Table 1: Persons detained by city
    City   | Detained | Of whom still held | Houses searched
    Osk | 2,140    | 410                | 96

``apply_table_measures(doc, figures)`` sets the measure of the figures whose number is such a
cell or row value:

- a cell of a pipe table (``a | b | c``) takes the measure of its column's header cell
  (``lexicons/table_headers.tsv``: "Deaths" → killed, "Persons in ECs" → displaced,
  "Houses destroyed" → other), else of the caption or heading line above the table when that
  names one measure; a header that names a thing or a non-casualty count ("Houses",
  "Affected") keeps its column ``other`` whatever the caption says. A first row with number
  cells is not a header: then only a caption naming one measure types the cells. The row's
  first cell ("Osk", "Tilbury") is the figure's location, unless it is a total ("TOTAL").
- a ``Label: N`` line whose label names the measure ("Deaths: 1,204", "Injured: 3,100+ (MoH)")
  is typed by the label; a number in its brackets after "of whom"/"including" is a part of the
  same count ("Missing: 41 (of whom 27 are fishermen)").
- a ``Label: N`` line in a run of such lines whose label names none ("Ambalpur: 46") takes the
  measure of the heading line above the run, and the label becomes the location.

- a column headed "Source" gives each row's figures their source (its bracketed note dropped);
  a column headed "Figure", "Value", "Category" or "Indicator" names what is counted, never a
  place (``table_headers.tsv`` kinds ``source``, ``label``, ``date``). A caption's measure belongs
  to the column that names it: "Cases and deaths" over "Place | Cases | Deaths" types only Deaths.
- the caption's span of days ("(3-9 May)", "03.05 to 09.05.2027", "since 3 May"; not one day
  alone, "as of 9 May") is the period of every row that gives none; its place ("Deaths in Kell
  province") is the total row's; a defined acronym among its bracketed notes is the rows' source.
- a count cell may carry a qualifier or a part ("at least 64", "210, incl. 35 policemen").
- a line that gives one place several named counts ("(a) Upper Tolvan: Dead 12, Injured 30,
  Missing 4.") types each number by its word, with the place as location.

A trailing "+" ("3,100+") makes the qualifier ``more_than``. Figures in prose are untouched.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.extract.casualties import casualty_terms, group_nouns
from crosscheck.extract.dates import find_date_expressions
from crosscheck.extract.numbers import parse_number
from crosscheck.lexicons import load_lexicon
from crosscheck.records import Figure, record_id
from .nlp import parsed_text

PEOPLE_MEASURES = ("killed", "injured", "missing", "displaced", "abducted", "detained")
TOTAL_LABELS = {"total", "overall", "all", "grand total", "sum", "totals", "national total", "total (all)"}
_LABEL_LINE = re.compile(
    r"^\s*(?:[-•*–]\s*)?([^:|]{1,40}?)\s*:\s*(\d[\d,.]*)(\+?)\s*(\([^)]*\))?\s*([A-Za-z.]+(?: [A-Za-z.]+){0,2})?\s*$")
_NUMBER = re.compile(r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\+?")  # "1,204", "85000", "3,100+"; not "12.06.2026"
_PART_IN_BRACKETS = re.compile(r"\b(?:of (?:whom|them|which)|including|incl\.|among them)\s+(\d[\d,.]*)", re.I)


ROLES = ("source", "label", "date", "serial", "place")  # table_headers.tsv kinds that name what a column holds, not a measure


# a header that opens with a part word counts a part of the column before it
# a column that keeps a running total of the people column before it ("Day | Dead | Cumulative")
_RUNNING_HEADER = re.compile(r"\s*(?:cumulative(?: total)?|running total|total to date|to date)\s*$", re.I)
# the cells of such a column in a table by day: char offset → (offset of the first row's date cell,
# offset of the row's date cell), filled by ``_scan``: the running total counts from the first day
running: dict[int, tuple[int, int]] = {}
# a run of "- 8 May: 7" lines under a heading that names the measure: counts by day (their label a date)
DATE_LABELS = True
# the cells of a column headed by a week of the year ("Deaths W41", "Cases wk 7", "Admissions (week 12)"):
# char offset → (week number, the year the caption names or None), filled by ``_scan``
week_cells: dict[int, tuple[int, int | None]] = {}
# the cells whose column header or row label names who the people are by age or sex ("of which
# children", "Women", "Children among the displaced"): char offset → their group, filled by ``_scan``
cell_groups: dict[int, str] = {}
# the (start, end) offsets of each pipe or aligned table of two or more lines, filled by ``_scan``
table_blocks: list[tuple[int, int]] = []
# the offsets of the number cells of a column of row numbers ("Day", "No.", "#": "| 3 | Sun 4 May |"),
# filled by ``_scan``: a row's serial number is no count
serial_cells: set[int] = set()
# the (start, end) offsets of the header cells of tables that have a header row, filled by ``_scan``
header_spans: list[tuple[int, int]] = []
_WEEK_HEADER = re.compile(r"(?<![\w-])(?:[Ww]|Wk\.?|wk\.?|[Ww]eek|WEEK)\s?(\d{1,2})(?![\w-])")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_PART_HEADER = re.compile(r"\s*(?:of whom|of which|among them|among whom|incl\.?|including)\b", re.I)


@lru_cache(maxsize=1)
def _header_roles() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in load_lexicon("table_headers.tsv") if len(row) >= 2 and row[1] in ROLES}


@lru_cache(maxsize=1)
def _count_headers() -> frozenset[str]:
    return frozenset(row[0].lower() for row in load_lexicon("table_headers.tsv") if len(row) > 2 and row[2] == "count")


def header_role(text: str) -> str | None:
    """What a header cell that names no measure holds: ``"source"`` ("Source", "Reported by"),
    ``"label"`` ("Figure", "Value", "Indicator": what is counted, never a place) or ``"date"``."""
    lower = " ".join(re.sub(r"[^\w\s/]", " ", text.lower()).split())
    return _header_roles().get(lower)


@lru_cache(maxsize=1)
def _header_entries() -> tuple[tuple[re.Pattern, str, bool], ...]:
    rows = []
    for row in load_lexicon("table_headers.tsv"):
        if len(row) < 2 or row[1] in ROLES:
            continue
        phrase, measure = row[0].lower(), row[1]
        thing = len(row) > 2 and row[2] == "thing"
        rows.append((re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])"), measure, thing, len(phrase)))
    rows.sort(key=lambda r: -r[3])
    return tuple((p, m, t) for p, m, t, _ in rows)


def header_measure(text: str) -> str | None:
    """What a column header or list label counts: a people measure, ``"other"`` (things, or people
    who are not casualties: "Houses destroyed", "People affected"), or ``None`` when it says nothing.

    A thing noun wins over a people word in the same header ("Livestock killed"); else the
    longest people phrase ("Persons in ECs" → displaced), else an ``other`` phrase."""
    bare = re.sub(r"\s*\([^)]*\)", " ", text).strip()
    if bare and bare != text.strip():
        # "Injured (in field hospitals)": the note says where or how, the words before it what
        own = header_measure(bare)
        if own in PEOPLE_MEASURES:
            return own
    lower = " ".join(text.lower().split())
    people = other = None
    for pattern, measure, thing in _header_entries():
        if not pattern.search(lower):
            continue
        if thing:
            return "other"
        if measure == "mixed":
            return None  # "Casualties": the dead and the injured together
        if measure == "other":
            other = other or measure
        elif people is None:
            people = measure
    if people:
        return people
    if other:
        return other
    for word in _INFLECTED.findall(text):
        found = _word_measure(word)
        if found:
            return found
    return None


def _names_mixed(text: str) -> bool:
    lower = " ".join(text.lower().split())
    return any(measure == "mixed" and pattern.search(lower) for pattern, measure, _ in _header_entries())


def heading_measure(text: str) -> str | None:
    """The one people measure a heading or caption names ("DISTRICT-WISE DEATHS"), ``None`` when it
    names none or several ("Casualties, displacement and damage")."""
    found = set()
    lower = " ".join(text.lower().split())
    for pattern, measure, thing in _header_entries():
        if (measure in PEOPLE_MEASURES or measure == "mixed") and pattern.search(lower):
            found.add(measure)
    for word in _INFLECTED.findall(text):
        m = _word_measure(word)
        if m:
            found.add(m)
    return found.pop() if len(found) == 1 and "mixed" not in found else None


# the header words looked up in casualty_terms.tsv when table_headers.tsv has none: inflected
# forms ("DEATHS", "Drowned", "Arrests", "Missing"), not bare stems that are also names ("Red Cross")
_INFLECTED = re.compile(r"\b(?i:[a-z]{3,}ing|[a-z]{3,}ed|[a-z]{2,}[^\Ws]s)\b")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _word_measure(word: str) -> str | None:
    """Measure of one heading word as written ("DEATHS", "Detained", "Injured", "Missing")."""
    terms = casualty_terms()
    lower = word.lower()
    for form in (lower, lower[:-1], lower[:-2], lower[:-3] if lower.endswith("ies") else None):
        if form and terms.get(form) in PEOPLE_MEASURES:
            return terms[form]
    if lower.endswith("ies") and terms.get(lower[:-3] + "y") in PEOPLE_MEASURES:
        return terms[lower[:-3] + "y"]  # "injuries"
    return None


def _is_label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 6 and not re.search(r"\d", text) and text[:1].isupper()


def _is_row_line(line: str) -> bool:
    return _LABEL_LINE.match(line) is not None or _is_table_line(line)


_GAP = re.compile(r"\t+| {2,}")


def _is_table_line(line: str) -> bool:
    """A row of a table: cells between bars ("a | b"), or between tabs or runs of two or more
    spaces ("Osk   15   64") when there are at least three such cells."""
    if line.count("|") >= 1:
        return True
    cells = _GAP.split(line.strip())
    return len(cells) >= 3 and all(len(cell.split()) <= 6 for cell in cells)


def _heading_above(lines, k: int) -> int | None:
    """Index of the heading line above row ``k``: skip blank lines and the rows of the block."""
    j = k - 1
    while j >= 0 and (not lines[j][1].strip() or _is_row_line(lines[j][1])):
        j -= 1
    return j if j >= 0 and k - j <= 12 else None


def _heading_line_measure(lines, h: int | None) -> str | None:
    if h is None:
        return None
    line = lines[h][1]
    if line.rstrip().endswith(".") and len(line.split()) > 12:
        return None  # a paragraph of prose, not a heading
    return heading_measure(line)


_PLACES = re.compile(r"\b(?:from|in|at)\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*)")


def _places_after(text: str) -> list[str] | None:
    """The places a bracketed part names ("of whom 27 are fishermen from Kadalur, Port Kovar
    District" → ["Kadalur", "Port Kovar District"]), ``None`` when it names none."""
    m = _PLACES.search(text)
    return [p.strip() for p in m.group(1).split(",") if p.strip()] if m else None


def _row_label(label: str) -> str | None:
    """The place a row's label names: its bracketed note dropped ("Osk (coastal)" → "Osk"),
    ``None`` for a total row."""
    label = re.sub(r"\s*\([^)]*\)\s*$", "", label.strip(" *_")).strip(" *_")
    lower = label.lower().strip(" .:")
    if not label or lower in TOTAL_LABELS or lower.startswith("total") or _is_date_cell(label) \
            or _TOTAL_END.search(lower):
        return None  # "8 May (to noon)": a day's row, its label a when, not a where
    if _names_people(lower):
        return None  # "- Women: 4": a row of who the people were, not where
    return label


_NAME_PART = re.compile(r"(?:[A-Z][a-z][\w'’.-]*)(?:\s+(?:[A-Z][a-z][\w'’.-]*|of|de|la|el))*")


def _row_places(label: str) -> list[str] | None:
    """The places a row's label names: the label itself and the places in its bracketed note
    ("Lake Route (Arvel–Tomsa)" → ["Lake Route", "Arvel", "Tomsa"]; "Kesh (Upper Dall)" → two),
    when the note is nothing but names; a note that describes ("(private)", "(total)", "(KMC)",
    "(camp for 3 villages)") is dropped."""
    place = _row_label(label)
    if place is None:
        return None
    note = re.search(r"\(([^()]*)\)\s*$", label.strip(" *_"))
    if not note:
        return [place]
    parts = [p.strip() for p in re.split(r"\s*(?:[–—/,;]|\s-\s|-(?=[A-Z])|\band\b)\s*", note.group(1)) if p.strip()]
    if parts and all(_NAME_PART.fullmatch(p) and not _is_date_cell(p) for p in parts):
        return [place] + [p for p in parts if p != place]
    return [place]


# "Province total", "NATIONAL TOTAL", "Region total": a total row named by the area it sums
_TOTAL_END = re.compile(r"^[a-z]+(?:[ -][a-z]+)? totals?$")


@lru_cache(maxsize=1)
def _age_nouns() -> dict[str, str]:
    """The nouns that say who people are by age or sex ("child", "woman", "girl": ``group_nouns.tsv``
    rows marked ``age``) and their group, when it is a side (not ``unspecified``)."""
    return {row[0].lower(): row[1] for row in load_lexicon("group_nouns.tsv")
            if len(row) > 2 and row[2] == "age" and row[1] not in ("unspecified", "mixed")}


def _age_group(text: str) -> str | None:
    """The group of a header or row label that names people by age or sex ("of which children",
    "Women", "Children among the displaced"), None otherwise (a place, "Police operations")."""
    nouns = _age_nouns()
    for word in re.findall(r"[a-z]+", text.lower()):
        for form in (word, word[:-1] if word.endswith("s") else word, word[:-3] if word.endswith("ren") else word,
                     word[:-2] + "an" if word.endswith("en") else word):
            if form in nouns:
                return nouns[form]
    return None


def _caption_group(text: str) -> str | None:
    """The one side a caption or heading names for the people its table counts ("Civilian
    casualties by district", "SOLDIERS KILLED BY PROVINCE"), None when it names none or several
    (a plain people noun such as "Patients at X" names no side)."""
    found = set()
    counted = re.split(r"\bby\b", (text or "").lower(), maxsplit=1)[0]   # "... by police region": the breakdown, not who
    for word in re.findall(r"[a-z]+", counted):
        forms = (word, word[:-1] if word.endswith("s") else word, word[:-3] + "man" if word.endswith("men") else word)
        group = next((group_nouns()[f] for f in forms if f in group_nouns()), None)
        if group in ("security_forces", "armed_group") or group == "civilians" and word.startswith("civilian"):
            found.add(group)   # a side; not a people noun such as "patients" or "passengers"
    return found.pop() if len(found) == 1 else None


def _part_group(label: str) -> str | None:
    """The group a part row names ("of whom police officers" → security_forces), by any word of
    ``group_nouns.tsv`` that names a side."""
    groups = group_nouns()
    for word in re.findall(r"[a-z]+", label.lower()):
        for form in (word, word[:-1] if word.endswith("s") else word):
            if groups.get(form) not in (None, "unspecified", "mixed"):
                return groups[form]
    return None


def _names_people(lower: str) -> bool:
    """A label that is a group of people ("Men", "Women", "Children (under 18)", "Adult males")."""
    groups = group_nouns()
    words = re.findall(r"[a-z]+", lower)
    if not words or len(words) > 3:
        return False
    last = words[-1]
    forms = {last, last[:-1] if last.endswith("s") else last, last[:-2] + "an" if last.endswith("en") else last}
    return any(f in groups for f in forms)


@dataclass
class TableRow:
    """One row of a pipe or aligned table: its span, the text and offset of its Source cell, whether
    it is a total row, and the caption or heading line above its table (offset, text)."""
    start: int
    end: int
    source: tuple[int, str] | None = None
    total: bool = False
    caption: tuple[int, str] | None = None
    heading: tuple[int, str] | None = None   # a section heading above the caption ("3. DEATHS, 1-9 MAY")


def table_cells(doc) -> dict[int, tuple[str, str | list[str] | None]]:
    """Char offset of each number cell of a table or key-figure list → (measure, row label or None).

    The measure may be ``"other"``: a column whose header counts things ("Houses destroyed"). The
    label of a part in brackets is the list of places it names."""
    return _scan(parsed_text(doc))[0]


def table_spans(doc) -> list[tuple[int, int]]:
    """The (start, end) char offsets of the document's pipe and aligned tables."""
    _scan(parsed_text(doc))
    return list(table_blocks)


def table_rows(doc) -> list[TableRow]:
    """The rows of the document's pipe and aligned tables (see :class:`TableRow`)."""
    return _scan(parsed_text(doc))[1]


_LEAD_NUMBER = re.compile(
    r"(?:(?:at least|more than|over|about|around|nearly|almost|up to|some|approx\.?|approximately|"
    r"an estimated|~|>|<)\s*)?(" + _NUMBER.pattern + r")", re.I)


_FOOTNOTE_MARK = re.compile(r"\s?(?:[*†‡§¹²³⁴⁵]{1,3}|\[\d{1,2}\])\s*")


def _cell_numbers(cell: str) -> list[int]:
    """Offsets in ``cell`` of the numbers a count cell gives: the number it is ("1,204", "at least 64",
    "3,100+"), and the parts a note after it names ("210, incl. 35 policemen" → 210 and 35). A cell
    whose number is followed by other words ("3 teams", "12 May") gives none."""
    bold = re.fullmatch(r"(\*\*|__)(.+?)\1", cell)
    if bold:
        # "**1,240**": a total set in bold, the offsets of the number inside the marks
        return [len(bold.group(1)) + k for k in _cell_numbers(bold.group(2))]
    m = _LEAD_NUMBER.fullmatch(cell) or _LEAD_NUMBER.match(cell)
    if not m:
        return []
    rest = cell[m.end():]
    if _FOOTNOTE_MARK.fullmatch(rest):
        return [m.start(1)]   # "12*", "12 †": a footnote says more of the count, it is still the count
    if rest.strip() and not re.match(r"\s*[,;(]|\s+(?:incl\.|including|of whom|among them)\b", rest, re.I):
        return []
    return [m.start(1)] + [m.end() + part.start(1) for part in _PART_IN_BRACKETS.finditer(rest)]


# "(a) Upper Tolvan: Dead 12, Injured 30, Missing 4": one place, several measures on one line
_PLACE_LINE = re.compile(r"^\s*(?:[-•*–]\s*|\(?[a-z0-9]{1,3}[.)]\s+)?([^:|]{1,60}?)\s*:\s*(\S.*)$")
_MEASURE_PAIR = re.compile(r"([A-Za-z][A-Za-z /-]{1,30}?)\s*:?\s+(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(\+?)(?!\.?\d|\s*(?:[A-Za-z]|%))")


def _place_line_cells(pos: int, line: str) -> dict[int, tuple[str, list[str] | None]]:
    """Cells of a line that gives one place several counts by name ("North ward: Dead 12, Injured
    30, Missing 4"): each number takes its own word's measure and the line's label as its place
    (cut at commas: "Route 9, Kell stretch" → two places). Needs two or more named counts."""
    m = _PLACE_LINE.match(line)
    if not m or len(m.group(1).split()) > 8 or header_measure(m.group(1)):
        return {}
    rest = m.group(2)
    masked = re.sub(r"\([^)]*\)", lambda b: " " * len(b.group()), rest)  # a bracketed note is no pair
    pairs = []
    for pair in _MEASURE_PAIR.finditer(masked):
        measure = header_measure(pair.group(1))
        if measure in PEOPLE_MEASURES and len(pair.group(1).split()) <= 3:
            pairs.append((pos + m.start(2) + pair.start(2), measure))
    if len(pairs) < 2:
        return {}
    between = _MEASURE_PAIR.sub("", masked)
    if not re.fullmatch(r"(?:[\s,;.]|\band\b)*", between):
        return {}  # a sentence with counts in it ("Update at 14:00: dead rose to 12, injured to 30")
    places = [p.strip() for p in m.group(1).split(",") if p.strip()]
    return {at: (measure, places or None) for at, measure in pairs}


# "Dead: 11 (confirmed) | Hurt: 26 | Missing: 5": a fact box, one named count between each pair of bars
_BOX_CELL = re.compile(r"\s*([A-Za-z][A-Za-z /-]{1,30}?)\s*:\s*(" + _NUMBER.pattern + r")(?:\s*\([^)]*\))?\s*$")


def _box_line_cells(pos: int, line: str) -> dict[int, tuple[str, None]]:
    """Cells of a fact box on one line: every cell between the bars is "Label: number" (a bracketed
    note allowed after the number), and each number takes its own label's measure. Needs two or more
    such cells naming people counts; one cell of another kind and it is a table row instead."""
    cells, at = [], 0
    for cell in line.split("|"):
        if cell.strip():
            m = _BOX_CELL.fullmatch(cell)
            if not m:
                return {}
            cells.append((pos + at + m.start(2), header_measure(m.group(1))))
        at += len(cell) + 1
    people = [(start, measure) for start, measure in cells if measure in PEOPLE_MEASURES]
    return {start: (measure, None) for start, measure in people} if len(people) >= 2 else {}


# "Van drivers 8; riders 6; walkers 2": one line of named counts set off by semicolons
_LIST_ITEM = re.compile(r"\s*([A-Za-z][A-Za-z /'-]{1,40}?)\s*:?\s+(" + _NUMBER.pattern + r")\s*")


def _list_line_cells(pos: int, line: str, measure: str | None) -> dict[int, tuple[str, None]]:
    """Cells of a line listing three or more "label number" items set off by semicolons, under a
    heading that names one people measure ("DEATHS BY ROAD USER" over "Van drivers 8;
    riders 6; walkers 2."): each number takes the heading's measure. Its labels name
    kinds of people, not places."""
    if measure not in PEOPLE_MEASURES:
        return {}
    items, at, out = line.rstrip().rstrip(".").split(";"), 0, {}
    if len(items) < 3:
        return {}
    for item in items:
        m = _LIST_ITEM.fullmatch(item)
        if not m:
            return {}
        out[pos + at + m.start(2)] = (measure, None)
        at += len(item) + 1
    return out


def _scan(text: str):
    lines = _lines(text)
    running.clear()
    week_cells.clear()
    cell_groups.clear()
    table_blocks.clear()
    serial_cells.clear()
    header_spans.clear()
    out: dict[int, tuple[str, str | None]] = {}
    rows_out: list[TableRow] = []
    for k, (pos, line) in enumerate(lines):
        m = _LABEL_LINE.match(line)
        if not m:
            if ":" in line and not _is_table_line(line):
                out.update(_place_line_cells(pos, line))
            elif ":" in line:
                out.update(_box_line_cells(pos, line))
            if line.count(";") >= 2 and not _is_table_line(line):
                out.update(_list_line_cells(pos, line, _heading_line_measure(lines, _heading_above(lines, k))))
            continue
        label = m.group(1).strip()
        own = header_measure(label)
        if own in PEOPLE_MEASURES:
            # "Deaths: 1,204 (NDRA)", "Missing: 41 (of whom 27 are fishermen)"
            out[pos + m.start(2)] = (own, None)
            if m.group(4):
                for part in _PART_IN_BRACKETS.finditer(m.group(4)):
                    out[pos + m.start(4) + part.start(1)] = (own, _places_after(m.group(4)[part.end():]))
            continue
        dated = DATE_LABELS and _is_date_cell(label)
        if own == "other" or not (_is_label(label) or dated):
            continue
        previous = k - 1
        while previous >= 0 and not lines[previous][1].strip():
            previous -= 1
        run = previous >= 0 and (_LABEL_LINE.match(lines[previous][1]) is not None) \
            or (k + 1 < len(lines) and _LABEL_LINE.match(lines[k + 1][1]) is not None)
        if not run:
            continue
        measure = _heading_line_measure(lines, _heading_above(lines, k))
        if measure:
            # "FATALITIES PER DAY" over "- 8 May: 7": a day's count, its label a when, not a where
            out[pos + m.start(2)] = (measure, None if dated else _row_label(label))
    # pipe tables: an optional header row, then rows "label | n | n"
    k = 0
    while k < len(lines):
        if not lines[k][1].strip() or not _is_table_line(lines[k][1]):
            k += 1
            continue
        first = k
        block = []
        while k < len(lines) and lines[k][1].strip() and _is_table_line(lines[k][1]):
            block.append(lines[k])
            k += 1
        heading = _heading_above(lines, first)
        caption_measure = _heading_line_measure(lines, heading)
        if CASES_TABLES and caption_measure is None and _cases_heading(lines, heading) and _illness_report(text):
            caption_measure = "injured"  # "Cases by province and school" in a report of people falling ill
        caption = lines[heading] if heading is not None and _is_caption(lines[heading][1]) else None
        # "Table 1. People held, by city" under "3. DETENTIONS BY CITY, 1-9 MAY": the section
        # heading may give the span the caption does not
        above = _heading_above(lines, heading) if caption is not None else None
        section = lines[above] if above is not None and heading - above <= 3 and _is_heading(lines[above][1]) else None
        header_cells = _cells(*block[0])
        numbers = [c for _, _, c in header_cells if _NUMBER.fullmatch(c)]
        # "| Road user | 2026 | 2025 |": a first row whose numbers are all years over rows of
        # counts heads the columns by year
        has_header = not numbers or (len(numbers) < len([c for _, _, c in header_cells if c])
                                     and all(_YEAR.fullmatch(c) for c in numbers)
                                     and any(_NUMBER.fullmatch(c) and not _YEAR.fullmatch(c)
                                             for _, row in block[1:] for _, _, c in _cells(0, row)))
        if len(block) < 2:
            continue  # one line of bars: a menu, a byline or a date line
        if has_header:
            # "| Road user | 2026 |", "| Deaths 2025 | Killed w46 |": a year or week in a header names a column
            header_spans.extend((s, e) for s, e, c in header_cells
                                if (_YEAR.search(c) or _WEEK_HEADER.search(c)) and ":" not in c)
        table_blocks.append((block[0][0], block[-1][0] + len(block[-1][1])))
        header_texts = [c for _, _, c in header_cells] if has_header else []
        roles = [header_role(c) for c in header_texts]
        if has_header:
            own_measures = [header_measure(cell) for _, _, cell in header_cells]
            # "Measles cases and deaths" over "Town | Cases | Deaths": the caption's measure is the
            # "Deaths" column's; a column the lexicon does not know does not take it too
            spoken_for = caption_measure in own_measures
            column_measures = []
            running_cols: set[int] = set()
            for (s, e, cell), own, role in zip(header_cells, own_measures, roles):
                if own is None and column_measures and _RUNNING_HEADER.match(cell) and column_measures[-1] in PEOPLE_MEASURES:
                    # "Day | Dead | Cumulative": the running total of the column before
                    column_measures.append(column_measures[-1])
                    running_cols.add(len(column_measures) - 1)
                    continue
                if own is None and column_measures and _PART_HEADER.match(cell):
                    # "Killed | of whom verified", "Displaced | incl. children": a part of the column before
                    column_measures.append(column_measures[-1])
                    continue
                inherits = not spoken_for and role not in ("source", "date", "serial") and not _names_mixed(cell)
                if own == "other" and inherits and caption_measure in PEOPLE_MEASURES \
                        and " ".join(cell.lower().split()) in _count_headers():
                    own = None   # "Deaths by town" over "Town | Cases": the cases are the deaths
                column_measures.append(own or (caption_measure if inherits else None))
            rows = block[1:]
        else:
            column_measures = None
            running_cols = set()
            rows = block
        if caption is not None and caption_measure in PEOPLE_MEASURES and has_header:
            # the caption's own count: "Deaths by town (90 cases, May 2027)"
            counted = False
            for cm in _CAPTION_COUNT.finditer(caption[1]):
                noun = cm.group(2).lower()
                if noun in _count_headers() or _word_measure(noun) == caption_measure \
                        or group_nouns().get(noun.rstrip("s")) or group_nouns().get(noun):
                    out[caption[0] + cm.start(1)] = (caption_measure, None)
                    counted = True
            if counted:
                rows_out.append(TableRow(caption[0], caption[0] + len(caption[1]), None, False, caption, section))
        date_col = next((i for i, role in enumerate(roles) if role == "date"), None)
        weeks = {}
        for col, cell in enumerate(header_texts):
            wk = _WEEK_HEADER.search(cell)
            if wk and 1 <= int(wk.group(1)) <= 53:
                weeks[col] = int(wk.group(1))
        year = None
        if weeks and caption is not None:
            y = _YEAR.search(caption[1])
            year = int(y.group(1)) if y else None
        first_day = None  # the first row's day: where a running total starts
        previous_measure = None   # the measure the row before names by its label
        source_col = next((i for i, role in enumerate(roles) if role == "source"), None)
        for row_pos, row in rows:
            if set(row.replace("|", "").strip()) <= set("-: "):
                continue  # a separator row
            row_cells = _cells(row_pos, row)
            if column_measures is not None and len(row_cells) == len(column_measures) - 1 \
                    and not block[0][1].lstrip().startswith("|") and row.lstrip().startswith("|"):
                # a blank first cell under a header that has one ("S.No. | District | Dead" over
                # "| TOTAL | 57", or "      | TOTAL | 57"): keep the columns in line
                row_cells = [(row_pos, row_pos, "")] + row_cells
            label = _row_text_label(row_cells, column_measures)
            if column_measures is not None and (len(row_cells) > len(column_measures) or
                                                ("|" not in row and len(row_cells) != len(column_measures))):
                continue  # cells do not line up with the header
            row_measure = header_measure(label) if label else None
            if row_measure is None and label and _PART_HEADER.match(label.lstrip("-–•* ")):
                # "- of whom in hotels | 301" under "People in emergency accommodation | 392": a part
                row_measure = previous_measure
            previous_measure = row_measure
            # the row's place: its label, unless the label names what is counted ("Killed",
            # "People treated") or stands in a column of such names ("Category", "Indicator") or of
            # times ("Period", "Date": "2025 (January-December)" is a when, not a where)
            label_col = next((i for i, (_, _, c) in enumerate(row_cells) if c == label), None)
            naming = row_measure is not None or (label_col is not None and label_col < len(roles)
                                                 and roles[label_col] in ("label", "source", "date"))
            source = None
            if source_col is not None and source_col < len(row_cells):
                at, _, cell = row_cells[source_col]
                if cell and not _NUMBER.fullmatch(cell):
                    source = (at, cell)
            rows_out.append(TableRow(row_pos, row_pos + len(row), source,
                                     bool(label) and _row_label(label) is None, caption, section))
            for col, (s, e, cell) in enumerate(row_cells):
                if col < len(roles) and roles[col] == "serial":
                    if re.fullmatch(r"\d{1,3}\.?", cell):
                        serial_cells.add(s)   # "| 3 | Sun 4 May | 11 |" under "Day": the row's number
                    continue
                if col == source_col or (col < len(roles) and roles[col] == "date"):
                    continue
                numbers = _cell_numbers(cell)
                if not numbers:
                    continue
                measure = column_measures[col] if column_measures is not None else caption_measure
                place = None if label is None or naming else _row_places(label)
                if place and label_col is not None and label_col < len(roles) and roles[label_col] == "place" \
                        and re.fullmatch(r"[A-Z0-9]{1,3}", label.strip(" *_")):
                    # "| B | 655 |" under "Sector": the place is "Sector B", not "B"
                    place = [f"{header_texts[label_col].strip(' *_')} {label.strip(' *_')}"]
                if row_measure in PEOPLE_MEASURES and col < len(header_texts) \
                        and header_measure(header_texts[col]) is None:
                    # a table turned on its side: "Deaths | 15 | 6" under "| Osk | Tilbury"; a header
                    # such as "Figure" or "Value" names no place
                    measure = row_measure
                    place = _row_label(header_texts[col]) if roles[col] is None else None
                elif row_measure == "other" and column_measures is None:
                    continue
                if not measure:
                    continue
                who = (_age_group(header_texts[col]) if col < len(header_texts) else None) or _age_group(label or "") \
                    or (_part_group(label) if label and _PART_HEADER.match(label.lstrip("-–•* ")) else None) \
                    or (_caption_group(caption[1]) if caption is not None else None)
                for offset in numbers:
                    out[s + offset] = (measure, place)
                    if who:
                        cell_groups[s + offset] = who
                    if col in weeks:
                        week_cells[s + offset] = (weeks[col], year)
                if col in running_cols and date_col is not None and date_col < len(row_cells):
                    day = row_cells[date_col][0]
                    first_day = first_day if first_day is not None else day
                    running[s + numbers[0]] = (first_day, day)
    return out, rows_out


_CASES = re.compile(r"\bcases\b", re.I)
# "Cases by district and town" over a table in a report of people falling ill: the cells count the
# injured (``_cases_heading``, ``_illness_report``). Off (False) until such rows get their group (the
# pupils of the prose are civilians), their period from a column header ("Cumulative since 4 Oct",
# "New this week") and no source when the table is the publisher's own: on, the eighteenth blind round's
# poisoning set gains 30 typed figures but its source, period and group accuracy fall by a third
CASES_TABLES = False


def _cases_heading(lines, heading: int | None) -> bool:
    """The heading or caption over a table (or a section heading just above it) counts "cases" and
    names no measure of its own ("2. Cases by district")."""
    if heading is None:
        return False
    for h in (heading, _heading_above(lines, heading)):
        if h is None or heading - h > 3:
            continue
        line = lines[h][1]
        if _CASES.search(line) and heading_measure(line) is None and len(line.split()) <= 16:
            return True
    return False


@lru_cache(maxsize=8)
def _illness_report(text: str) -> bool:
    """Whether a report tells of people falling ill from a harm (``illness_words.txt``, or "fell ill",
    "poisoned", "sickened"): there a table of "cases" counts the people harmed."""
    from crosscheck.lexicons import load_words

    words = sorted(load_words("illness_words.txt"), key=len, reverse=True)
    pattern = r"\b(?:fell ill|fallen ill|falling ill|fell sick|fallen sick|poisoned|sickened|" \
        + "|".join(re.escape(w) for w in words) + r")\b"
    return len(re.findall(pattern, text, re.I)) >= 2


def _is_heading(line: str) -> bool:
    """A short title line, not a sentence: at most 15 words, no closing full stop."""
    words = line.split()
    return 0 < len(words) <= 15 and not line.rstrip().endswith(".")


def _is_caption(line: str) -> bool:
    """A table's caption or heading, not a paragraph of prose above it."""
    return bool(line.strip()) and not (line.rstrip().endswith(".") and len(line.split()) > 12)


def _row_text_label(row_cells: list[tuple[int, int, str]], column_measures: list | None) -> str | None:
    """A row's label: its first cell, or, when that is a serial number, a date or blank under a header
    with no measure ("S.No.", "Date"), the first text cell before the counted columns ("1 | Redmoor | 52"
    and "4 June | Redmoor | 52" → "Redmoor"; the date is the row's period, read with the dates)."""
    if not row_cells:
        return None
    first = row_cells[0][2]
    if first and not _NUMBER.fullmatch(first) and not _is_date_cell(first):
        return first
    if first and _is_date_cell(first):
        # "4 June | Redmoor | 52": the first text cell before the counts, whatever the column headers say
        for _, _, cell in row_cells[1:]:
            if not cell or _is_date_cell(cell):
                continue
            return None if _NUMBER.fullmatch(cell) else cell
        return None
    if column_measures is None or column_measures[0] is not None:
        return None
    for col, (_, _, cell) in enumerate(row_cells[1:], start=1):
        if col >= len(column_measures) or column_measures[col] is not None:
            return None
        if cell and not _NUMBER.fullmatch(cell) and not _is_date_cell(cell):
            return cell
    return None


def _is_date_cell(cell: str) -> bool:
    """A cell that is nothing but a date ("4 June", "2024-06-04", "Tue 4 June"): a when, never a where."""
    cell = cell.strip(" *_.")
    rest = cell
    for e in sorted(find_date_expressions(cell), key=lambda e: -e.start):
        rest = rest[:e.start] + " " + rest[e.end:]
    words = re.findall(r"[^\W\d_]+|\d+", rest)
    return rest != cell and all(w.lower().rstrip(".") in _CALENDAR_WORDS for w in words) \
        or bool(words) and all(w.lower() in _CALENDAR_WORDS for w in words) and len(words) <= 2


_CALENDAR_WORDS = frozenset(
    w.lower() for names in (calendar.month_name, calendar.month_abbr, calendar.day_name, calendar.day_abbr)
    for w in names if w) | {"sept", "tues", "thur", "thurs"}


def _cells(pos: int, line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each ``|``-separated cell, stripped, with absolute offsets; an empty
    cell between two bars keeps its place (text ``""``), so cells line up with the header's.
    A line without bars is cut at tabs and runs of two or more spaces."""
    if "|" not in line:
        out, start = [], 0
        for gap in list(_GAP.finditer(line)) + [None]:
            end = gap.start() if gap else len(line)
            cell = line[start:end]
            if cell.strip():
                lead = len(cell) - len(cell.lstrip())
                out.append((pos + start + lead, pos + start + lead + len(cell.strip()), cell.strip()))
            start = gap.end() if gap else len(line)
        return out
    out, start = [], 0
    parts = line.split("|")
    for n, part in enumerate(parts):
        stripped = part.strip()
        offset = start + (part.index(stripped) if stripped else 0)
        if stripped or 0 < n < len(parts) - 1:
            out.append((pos + offset, pos + offset + len(stripped), stripped))
        start += len(part) + 1
    return out


def _line_span(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, (len(text) if end == -1 else end)


def _cell_figure(doc, figures: list[Figure], start: int, measure: str, label: str | list[str] | None) -> Figure | None:
    """A figure for a table cell that the sentence reading did not find (the parser took
    "9 | 14,820" for a time): its number as written, the attribution, period and report date
    of another figure of the same row or table, the row's label as location."""
    text = parsed_text(doc)
    m = re.compile(r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?").match(text, start)   # not the comma after "12, Injured 9"
    value = parse_number(m.group()) if m else None
    if value is None or not figures:
        return None
    line_start, line_end = _line_span(text, start)
    near = [f for f in figures if f.char_start is not None and line_start <= f.char_start < line_end]
    if not near:
        near = sorted((f for f in figures if f.char_start is not None and f.char_start < start and f.measure != "other"),
                      key=lambda f: start - f.char_start)[:1]
    model = near[0] if near else figures[0]
    sents = list(doc.sents)
    idx = next((i for i, sent in enumerate(sents) if sent.start_char <= start < sent.end_char), None)
    if idx is None:
        return None
    qualifier = "more_than" if text[m.end():m.end() + 1] == "+" else "exact"
    return Figure(
        id=record_id(model.document_id, start, measure, None),
        document_id=model.document_id, document=model.document, sentence=sents[idx].text,
        char_start=start, char_end=m.end(), number_text=m.group(), value=value, qualifier=qualifier,
        measure=measure, group="unspecified", location=label if isinstance(label, list) else [label] if label else [],
        period_start=model.period_start if near else None, period_end=model.period_end if near else None,
        period_text=model.period_text if near else None,
        source=model.source if near else None, source_text=model.source_text if near else None,
        reported_on=model.reported_on, sentence_idx=idx)


def apply_table_measures(doc, figures: list[Figure], publisher: str | None = None) -> list[Figure]:
    """Set the measure of figures whose number is a cell of a table or key-figure list (see module
    doc): people measure from the header, label or heading, group ``unspecified``, location the
    row's label; a cell of a column of things becomes ``other``. A cell with a people measure that
    no figure reads gets a figure of its own. Returns ``figures``, in document order."""
    cells, rows = _scan(parsed_text(doc))
    if not cells and not rows:
        return figures
    text = parsed_text(doc)
    seen = set()
    for fig in figures:
        if fig.char_start not in cells:
            continue
        seen.add(fig.char_start)
        measure, label = cells[fig.char_start]
        if fig.char_end is not None and text[fig.char_end:fig.char_end + 1] == "+" and fig.qualifier == "exact":
            fig.qualifier = "more_than"
        places = label if isinstance(label, list) else [label] if label else []
        in_row = any(r.start <= fig.char_start < r.end for r in rows)
        if places or in_row:
            # the row's place, or none: a sentence reading across table lines is no guide
            fig.location = places
        changed = measure != fig.measure
        if measure != fig.measure and measure == "other":
            fig.measure, fig.group = "other", None
        elif measure != fig.measure:
            fig.measure = measure
            fig.group = fig.group or "unspecified"
        if measure in PEOPLE_MEASURES and fig.group in (None, "unspecified") and fig.char_end is not None:
            # a part a cell names with its people ("210, incl. 35 policemen"): their group
            noun = re.match(r"\s+([A-Za-z]+)", text[fig.char_end:fig.char_end + 30])
            group = group_nouns().get(noun.group(1).lower()) if noun and in_row else None
            if group:
                fig.group = group
        if changed:
            fig.id = record_id(fig.document_id, fig.char_start, fig.measure, fig.subject)
    covered = [(f.char_start, f.char_end) for f in figures if f.char_start is not None and f.char_end is not None]
    added = []
    for start, (measure, label) in sorted(cells.items()):
        if start in seen or measure not in PEOPLE_MEASURES or any(s <= start < e for s, e in covered):
            continue
        fig = _cell_figure(doc, figures, start, measure, label)
        if fig is not None:
            added.append(fig)
    if added:
        figures.extend(added)
        figures.sort(key=lambda f: (f.char_start is None, f.char_start or 0))
    if rows:
        _apply_row_scope(doc, figures, rows, publisher)
    if running:
        _running_periods(doc, figures, dict(running))
    if week_cells:
        _week_periods(figures, dict(week_cells))
    if serial_cells or header_spans:
        figures[:] = [f for f in figures if f.char_start not in serial_cells
                      and not any(s <= (f.char_start or -1) < e for s, e in header_spans)]
    for fig in figures:
        if fig.char_start in cell_groups and fig.measure in PEOPLE_MEASURES and fig.group in (None, "unspecified"):
            fig.group = cell_groups[fig.char_start]   # "| of which children |": the children's group
    return figures


def _week_periods(figures: list[Figure], cells: dict[int, tuple[int, int | None]]) -> None:
    """A cell of a column headed by a week of the year ("Deaths W41") counts that ISO week, Monday
    to Sunday, of the year the caption names, else of the report's year (the year before when the
    week would end after the report)."""
    import datetime as dt

    for fig in figures:
        if fig.char_start not in cells or fig.measure not in PEOPLE_MEASURES:
            continue
        week, year = cells[fig.char_start]
        reported = None
        try:
            reported = dt.date.fromisoformat(str(fig.reported_on)[:10]) if fig.reported_on else None
        except ValueError:
            pass
        if year is None and reported is None:
            continue
        try:
            if year is None:
                year = reported.year
                if dt.date.fromisocalendar(year, week, 1) > reported:
                    year -= 1
            start, end = dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
        except ValueError:
            continue
        fig.period_start, fig.period_end, fig.period_text = start.isoformat(), end.isoformat(), f"week {week}"


def _running_periods(doc, figures: list[Figure], cells: dict[int, tuple[int, int]]) -> None:
    """A cell of a running-total column counts from the first row's day to its own row's day
    ("| 3 May | 12 | 12 |" ... "| 5 May | 4 | 30 |": 30 from 3 May to 5 May)."""
    from crosscheck.extract.dates import resolve_expression
    import datetime as dt

    def day(offset: int):
        line_end = parsed_text(doc).find("|", offset)
        cell = parsed_text(doc)[offset:line_end if line_end != -1 else offset + 30]
        base = None
        for fig in figures:
            if fig.reported_on:
                try:
                    base = dt.date.fromisoformat(str(fig.reported_on)[:10])
                except ValueError:
                    pass
                break
        exprs = find_date_expressions(cell)
        if not exprs:
            return None
        start = resolve_expression(exprs[0], base, base is None)[0]
        return start.isoformat() if start is not None else None

    for fig in figures:
        if fig.char_start in cells and fig.measure in PEOPLE_MEASURES:
            first, own = (day(o) for o in cells[fig.char_start])
            if first and own and first <= own:
                fig.period_start, fig.period_end = first, own


def is_publisher(written: str, canonical: str | None, publisher: str | None) -> bool:
    """A Source cell that names the report's own publisher ("NRC registration" or "Red Cross
    teams" in a bulletin of the "Norveland Red Cross (NRC)"): the figure is in its own voice."""
    if not publisher:
        return False
    m = re.match(r"\s*(.*?)\s*(?:\(([^)]*)\))?\s*$", publisher)
    name, acronym = (m.group(1) or "").lower(), (m.group(2) or "").strip()
    first = written.split()[0] if written.split() else ""
    return bool(name) and (written.lower().startswith(name) or (canonical or "").lower().startswith(name)
                           or (bool(acronym) and first == acronym))


def _apply_row_scope(doc, figures: list[Figure], rows: list[TableRow], publisher: str | None = None) -> None:
    """What a table says of each row's figures besides the measure: the row's Source cell is their
    source ("| Killed | 17 | Interior Ministry |"), none when it names the report's own publisher
    (``is_publisher``); a date range in the caption ("Deaths by
    district (3-9 May)") is their period when the row gives none; a total row's place is the one
    the caption names ("Total" under "Deaths in Kell province, 3-9 May")."""
    from crosscheck.extract.attribution import SourceNames, strip_citation   # attribution imports the figure readers

    names = None
    scopes: dict[tuple[int, str], tuple] = {}
    for fig in figures:
        if fig.char_start is None:
            continue
        row = next((r for r in rows if r.start <= fig.char_start < r.end), None)
        if row is None or (row.source and row.source[0] <= fig.char_start < row.source[0] + len(row.source[1])):
            continue
        if row.source or row.caption:
            names = names or SourceNames(doc)
        if row.source:
            written = re.sub(r"\s*\([^)]*\)\s*$", "", row.source[1]).strip() or row.source[1]
            written = strip_citation(written)  # "Kell Red Cross, sitrep no. 2[3]": the body, not its document
            fig.source, fig.source_text = names.canonical(written, row.source[0]), written
            if is_publisher(written, fig.source, publisher):
                fig.source, fig.source_text = None, None
        if row.caption is None:
            continue
        if row.caption not in scopes:
            scopes[row.caption] = _caption_scope(row.caption, fig.reported_on, names)
        period, places, source = scopes[row.caption]
        if period is None and row.heading is not None:
            if row.heading not in scopes:
                scopes[row.heading] = _caption_scope(row.heading, fig.reported_on, names)
            period = scopes[row.heading][0]
        if period and fig.period_start is None and fig.period_end is None:
            fig.period_start, fig.period_end, fig.period_text = period
        if row.total and places and not fig.location:
            fig.location = list(places)
        if source and not fig.source and not row.source and not is_publisher(source[1], source[0], publisher):
            fig.source, fig.source_text = source


# a count in a caption and the noun it counts: "(90 cases, May 2027)", "(n = 90 people)"
_CAPTION_COUNT = re.compile(r"(?<![\d.,])(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)\s+([A-Za-z]+)")
_CAPITAL_WORD = re.compile(r"\b[A-Z]{3,}\b")
_MONTH_BEFORE = re.compile(r"\b([A-Z][a-z]{2,8}\.?)\s*(?:-|–|—|to|through|until)\s*$")
# what joins the two days of a caption's span, a clock time after the first day allowed
# ("from 12.11.2031 11:58 to 14.11.2031 16:00")
_RANGE_JOIN = re.compile(r"^\s*(?:,?\s*(?:at\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:hrs?|h)?\s*)?(?:to|till|until|through|-|–|—)\s*$", re.I)


def _caption_scope(caption: tuple[int, str], reported_on, names):
    """(period, places, source) a table's caption gives all its rows: a span of days ("3-9 May",
    "03.05.2027 to 09.05.2027") or its opening day ("since 3 May") — one day alone ("as of 9 May")
    is the day the figures stood at, no period; the places after "in" ("Deaths in Kell province");
    a defined acronym among its bracketed notes ("(KHA, cumulative)")."""
    from crosscheck.extract.dates import MONTHS, find_date_expressions, resolve_expression
    import datetime as dt

    pos, line = caption
    base = None
    if reported_on:
        try:
            base = dt.date.fromisoformat(str(reported_on)[:10])
        except ValueError:
            base = None
    period = None
    # a caption in capitals ("DEATHS BY ROUTE, 1 MARCH – 9 JUNE 2027"): its month names read as
    # written in lower case, each word kept at its length so offsets stay those of the line
    dated = _CAPITAL_WORD.sub(lambda w: w.group().capitalize(), line)
    exprs = sorted(find_date_expressions(dated), key=lambda e: e.start)
    for i, expr in enumerate(exprs):
        start, end, _, _ = resolve_expression(expr, base, base is None)
        if start is None:
            continue
        month_before = _MONTH_BEFORE.search(dated[:expr.start])
        if month_before and end is not None and start.day == 1 and (end + dt.timedelta(days=1)).day == 1 \
                and MONTHS.get(month_before.group(1).lower().rstrip(".")) is not None \
                and MONTHS[month_before.group(1).lower().rstrip(".")] < start.month:
            # "February–April 2027": the first month's first day to the last month's last
            first = start.replace(month=MONTHS[month_before.group(1).lower().rstrip(".")])
            period = (first.isoformat(), end.isoformat(), line[month_before.start(1):expr.end])
        elif expr.kind == "range" and end is not None and end != start:
            period = (start.isoformat(), end.isoformat(), expr.text)
        elif i + 1 < len(exprs) and _RANGE_JOIN.match(line[expr.end:exprs[i + 1].start]):
            nxt = exprs[i + 1]
            stop = resolve_expression(nxt, base, base is None)[1]
            if stop is not None and stop >= start:
                period = (start.isoformat(), stop.isoformat(), line[expr.start:nxt.end])
        elif re.search(r"\bsince\s*$", line[:expr.start], re.I):
            period = (start.isoformat(), None, line[expr.start - 6:expr.end].strip())
        if period:
            break
    bare = re.sub(r"\([^)]*\)", " ", line)
    places = _places_after(bare)
    source = None
    for note in re.findall(r"\(([^()]*)\)", line):
        for part in note.split(","):
            part = part.strip()
            # "(KHA, cumulative)", "(KHA registration, 12 May)": the acronym a part opens with
            head = part.split()[0] if part.split() else ""
            if part in names.acronyms or (head in names.acronyms and len(part.split()) <= 3):
                source = (names.canonical(head if part not in names.acronyms else part, pos + line.find(part)), part)
                break
        if source:
            break
    return period, places, source
