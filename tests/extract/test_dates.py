"""Date expressions: finding, resolving against the document date, periods, inferred dates."""
import dataclasses
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.dates import (
    extract_date_refs, find_date_expressions, infer_document_date, resolve_expression, resolve_period,
)

TUESDAY = dt.date(2025, 3, 11)


@dataclasses.dataclass(slots=True, frozen=True)
class InferredContext(DocContext):
    published_from: str | None = None


@pytest.mark.parametrize("text, expected", [
    ("The talks opened on Monday, February 3, 2025, in the capital.", ["Monday, February 3, 2025"]),
    ("Clashes broke out on 7 March 2025 near the port.", ["7 March 2025"]),
    ("The ceasefire began March 4 and ended November 19, 2024.", ["March 4", "November 19, 2024"]),
    ("Flooding lasted from March 3 to March 5, officials said.", ["from March 3 to March 5"]),
    ("Police said the suspect was arrested yesterday.", ["yesterday"]),
    ("Two weeks ago the dam burst; last Thursday it rained again.", ["Two weeks ago", "last Thursday"]),
    ("Earlier this month, the river rose; last month it was dry.", ["Earlier this month", "last month"]),
    ("May we add that nothing happened.", []),
])
def test_dates_find_date_expressions(text, expected):
    assert [e.text for e in find_date_expressions(text)] == expected


@pytest.mark.parametrize("text, base, start, end, resolution", [
    ("March 7", TUESDAY, "2025-03-07", "2025-03-07", "absolute"),
    ("December 20", TUESDAY, "2024-12-20", "2024-12-20", "absolute"),   # after the document date → last year
    ("7 March 2023", None, "2023-03-07", "2023-03-07", "absolute"),
    ("on Sunday", TUESDAY, "2025-03-09", "2025-03-09", "relative"),
    ("last Thursday", TUESDAY, "2025-03-06", "2025-03-06", "relative"),
    ("yesterday", TUESDAY, "2025-03-10", "2025-03-10", "relative"),
    ("two weeks ago", TUESDAY, "2025-02-25", "2025-02-25", "relative"),
    ("earlier this month", TUESDAY, "2025-03-01", "2025-03-11", "relative"),
    ("last month", TUESDAY, "2025-02-01", "2025-02-28", "relative"),
    ("over the weekend", TUESDAY, "2025-03-08", "2025-03-09", "relative"),
    ("the past two weeks", TUESDAY, "2025-02-25", "2025-03-11", "relative"),
    ("from March 3 to March 5", TUESDAY, "2025-03-03", "2025-03-05", "absolute"),
    ("last Thursday", None, None, None, "unresolved"),
    ("March 7", None, None, None, "unresolved"),
])
def test_dates_resolve_expression(text, base, start, end, resolution):
    (expr,) = find_date_expressions(text)
    got_start, got_end, got_resolution, note = resolve_expression(expr, base)
    assert (got_start and got_start.isoformat(), got_end and got_end.isoformat(), got_resolution) == (start, end, resolution)
    assert (note == "document date unknown") == (base is None and resolution == "unresolved")


def test_dates_inferred_base_takes_nearest_occurrence():
    (expr,) = find_date_expressions("on March 5 alone")
    start, _, _, _ = resolve_expression(expr, dt.date(2024, 11, 19), base_is_inferred=True)
    assert start == dt.date(2025, 3, 5)


def test_dates_inferred_base_leaves_relative_dates_unresolved(nlp):
    doc = nlp("Troops entered the town last Thursday. The siege began on March 2.")
    ctx = InferredContext("d1", "d1.txt", dt.date(2024, 11, 19), published_from="inferred")
    refs = extract_date_refs(doc, ctx)
    assert [(r.date_start, r.resolution) for r in refs] == [(None, "unresolved"), ("2025-03-02", "absolute")]
    assert refs[0].note == "document date only inferred"


@pytest.mark.parametrize("sentence, published, start, end, text", [
    ("At least 30 people have been killed since March 4, the ministry said.", TUESDAY, "2025-03-04", None, "since March 4"),
    ("Twelve villagers were shot dead on March 5 alone.", TUESDAY, "2025-03-05", "2025-03-05", "March 5 alone"),
    ("Over the weekend, floods killed 14 people.", TUESDAY, "2025-03-08", "2025-03-09", "Over the weekend"),
    ("Over the weekend, floods killed 14 people.", None, None, None, "Over the weekend"),
    ("Rebels abducted 40 students during the past two weeks.", TUESDAY, "2025-02-25", "2025-03-11", "the past two weeks"),
    ("So far 230 people have died in the outbreak.", TUESDAY, None, None, "So far"),
    ("The storm destroyed 300 homes.", TUESDAY, None, None, None),
])
def test_dates_resolve_period(nlp, sentence, published, start, end, text):
    doc = nlp(sentence)
    ctx = DocContext("d1", "d1.txt", published)
    assert resolve_period(doc[:], ctx) == (start, end, text)


def test_dates_extract_date_refs_records(nlp):
    doc = nlp("Troops entered the town on Sunday. The siege began on March 2, 2025.")
    refs = extract_date_refs(doc, DocContext("d1", "d1.txt", TUESDAY))
    assert [(r.date_text, r.date_start, r.resolution, r.sentence_idx) for r in refs] == [
        ("on Sunday", "2025-03-09", "relative", 0), ("March 2, 2025", "2025-03-02", "absolute", 1)]
    refs = extract_date_refs(doc, DocContext("d1", "d1.txt", None))
    assert refs[0].resolution == "unresolved" and refs[0].note == "document date unknown"
    assert refs[1].date_start == "2025-03-02"


@pytest.mark.parametrize("text, expected", [
    ("date 2025-02-14\nOn Monday, February 3, 2025 the ministers met.", "2025-02-14"),
    ("Violence has grown since November 19, 2024, and on March 5 it peaked.", "2024-11-19"),
    ("Nothing here is dated, except last Thursday.", None),
])
def test_dates_infer_document_date(text, expected):
    assert infer_document_date(text) == expected
