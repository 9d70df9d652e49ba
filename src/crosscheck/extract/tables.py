"""Counts in tables and heading-scoped lists: the measure is in a heading, not in the sentence.

Bulletins and NGO reports give counts as rows whose own words say nothing of what is
counted; the heading above them does:

    3. DISTRICT-WISE DEATHS (cumulative)        Table 1: Persons detained by city
    Ambalpur: 46                                City | Detained | Of whom still held
    Port Kovar: 31                              Velmar | 2,140 | 410

``apply_table_measures(doc, figures)`` retypes the figures the sentence reading left as
``other`` when their number is a cell of such a block: a ``Label: N`` line in a run of
such lines under a heading line, or a cell of a pipe table (``a | b | c``) under a
header row. The measure comes from the column's header cell, else from the heading or
caption line above the block (casualty words of ``casualty_terms.tsv``: "deaths",
"detained", "injured", "missing"...). The row's label ("Ambalpur", "Velmar") becomes
the figure's location unless it is a total ("Total", "Overall"). Figures that already
have a people measure are left as they are.
"""
from __future__ import annotations

import re

from crosscheck.extract.casualties import casualty_terms, term_measure
from crosscheck.records import Figure, record_id

PEOPLE_MEASURES = ("killed", "injured", "missing", "displaced", "abducted", "detained")
TOTAL_LABELS = {"total", "overall", "all", "grand total", "sum", "totals"}
_LABEL_LINE = re.compile(r"^\s*([^:|]{1,40}?)\s*:\s*([\d][\d,.]*)\s*(?:\(.*\))?\s*$")
_NUMBER = re.compile(r"\d[\d,.]*")


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


def _span_measure(doc, start: int, end: int) -> str | None:
    """The first people measure said by a word in ``doc.text[start:end]``."""
    for tok in doc:
        if tok.idx < start or tok.idx >= end or not tok.is_alpha:
            continue
        found = term_measure(tok)
        if found not in PEOPLE_MEASURES:
            found = _word_measure(tok.text)
        if found in PEOPLE_MEASURES:
            return found
    return None


def _is_label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and not _NUMBER.search(text) and text[:1].isupper()


def _heading_above(lines, k: int) -> int | None:
    """Index of the heading line above row ``k``: skip blank lines and the rows of the block."""
    j = k - 1
    while j >= 0 and (not lines[j][1].strip() or _LABEL_LINE.match(lines[j][1]) or lines[j][1].count("|") >= 1):
        j -= 1
    return j if j >= 0 and k - j <= 12 else None


def table_cells(doc) -> dict[int, tuple[str, str | None]]:
    """Char offset of each number cell in a heading-scoped block → (measure, row label or None)."""
    text = doc.text
    lines = _lines(text)
    out: dict[int, tuple[str, str | None]] = {}
    # "Label: N" runs under a heading line
    for k, (pos, line) in enumerate(lines):
        m = _LABEL_LINE.match(line)
        if not m or not _is_label(m.group(1)):
            continue
        if _span_measure(doc, pos, pos + m.start(2)) is not None:
            continue  # "Deaths in the last 24 hours: 9": the row says its own measure
        previous = k - 1
        while previous >= 0 and not lines[previous][1].strip():
            previous -= 1
        run = previous >= 0 and (_LABEL_LINE.match(lines[previous][1]) is not None) \
            or (k + 1 < len(lines) and _LABEL_LINE.match(lines[k + 1][1]) is not None)
        if not run:
            continue
        h = _heading_above(lines, k)
        if h is None:
            continue
        hpos, hline = lines[h]
        if hline.rstrip().endswith(".") and len(hline.split()) > 12:
            continue  # a paragraph of prose, not a heading
        measure = _span_measure(doc, hpos, hpos + len(hline))
        if measure:
            label = m.group(1).strip()
            out[pos + m.start(2)] = (measure, None if label.lower() in TOTAL_LABELS else label)
    # pipe tables: a header row, then rows "label | n | n"
    k = 0
    while k < len(lines):
        if lines[k][1].count("|") < 1 or not lines[k][1].strip():
            k += 1
            continue
        block = []
        while k < len(lines) and lines[k][1].count("|") >= 1:
            block.append(lines[k])
            k += 1
        if len(block) < 2:
            continue
        header_pos, header = block[0]
        cells = _cells(header_pos, header)
        caption = _heading_above(lines, lines.index(block[0]))
        caption_measure = None
        if caption is not None:
            cpos, cline = lines[caption]
            caption_measure = _span_measure(doc, cpos, cpos + len(cline))
        column_measures = [_span_measure(doc, s, e) or caption_measure for s, e, _ in cells]
        for row_pos, row in block[1:]:
            if set(row.replace("|", "").strip()) <= set("-: "):
                continue  # a separator row
            row_cells = _cells(row_pos, row)
            label = row_cells[0][2] if row_cells and not _NUMBER.fullmatch(row_cells[0][2]) else None
            for col, (s, e, cell) in enumerate(row_cells):
                if col >= len(column_measures) or not _NUMBER.fullmatch(cell) or not column_measures[col]:
                    continue
                out[s] = (column_measures[col], None if label is None or label.lower() in TOTAL_LABELS else label)
    return out


def _cells(pos: int, line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each ``|``-separated cell, stripped, with absolute offsets."""
    out, start = [], 0
    for part in line.split("|"):
        stripped = part.strip()
        if stripped:
            offset = start + part.index(stripped)
            out.append((pos + offset, pos + offset + len(stripped), stripped))
        start += len(part) + 1
    return out


def apply_table_measures(doc, figures: list[Figure]) -> list[Figure]:
    """Retype ``other`` figures whose number is a cell of a heading-scoped block (see module doc):
    measure from the heading, group ``unspecified``, location the row's label. Returns ``figures``."""
    cells = table_cells(doc)
    if not cells:
        return figures
    for fig in figures:
        if fig.measure != "other" or fig.char_start not in cells:
            continue
        measure, label = cells[fig.char_start]
        fig.measure = measure
        fig.group = fig.group or "unspecified"
        if label and not fig.location:
            fig.location = [label]
        fig.id = record_id(fig.document_id, fig.char_start, measure, fig.subject)
    return figures
