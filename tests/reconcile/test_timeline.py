"""The timeline: hand-built date references about an invented ferry sinking.

The Kestrel Bay ferry sinking (invented): the ferry Arnica, the port of
Selby Reach, a Coast Guard and a maritime inquiry.
"""
from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.records import DateRef, Document, record_id
from crosscheck.reconcile.timeline import build_timeline, complete_year, find_corpus_anchor, describe


def doc(name: str, published: str | None = None, published_from: str | None = None) -> Document:
    return Document(id=f"id-{name}", path=f"/reports/{name}.txt", published=published,
                    published_from=published_from or ("text" if published else None))


def ref(d: Document, date_text: str, sentence: str, start=None, end=None, resolution=None, n=0) -> DateRef:
    resolution = resolution or ("absolute" if start else "unresolved")
    return DateRef(id=record_id(d.id, n, date_text), document_id=d.id, document=d.path,
                   date_text=date_text, date_start=start, date_end=end or start, resolution=resolution,
                   note=None if start else "document date unknown", sentence=sentence, char_start=n)


def test_timeline_same_day_same_happening_is_merged_across_documents():
    a, b = doc("a", "2026-06-14"), doc("b", "2026-06-15")
    events = build_timeline([
        ref(a, "June 12", "The ferry Arnica capsized off Selby Reach on June 12 with 300 passengers aboard.",
            "2026-06-12"),
        ref(b, "Friday", "The Arnica ferry capsized on Friday near Selby Reach, the Coast Guard said.",
            "2026-06-12", resolution="relative"),
    ], [a, b])
    assert len(events) == 1
    assert events[0].date == "2026-06-12"
    assert events[0].documents == [a.path, b.path]
    assert len(events[0].sentences) == 2


def test_timeline_same_day_different_happenings_stay_apart():
    a = doc("a", "2026-06-14")
    events = build_timeline([
        ref(a, "June 12", "The ferry Arnica capsized off Selby Reach on June 12.", "2026-06-12"),
        ref(a, "June 12", "Parliament approved the new fisheries budget on June 12 after a long debate.",
            "2026-06-12", n=1),
    ], [a])
    assert [e.date for e in events] == ["2026-06-12", "2026-06-12"]


@pytest.mark.parametrize("published, start, expected", [
    ("2026-06-14", "2026-06-11", "2026-06-11"),   # "last Thursday" resolved by extraction
    (None, None, None),                           # no document date: kept, date null
])
def test_timeline_relative_date_with_and_without_document_date(published, start, expected):
    a = doc("a", published)
    text = "The maritime inquiry opened last Thursday in the port of Selby Reach."
    events = build_timeline([ref(a, "last Thursday", text, start, resolution="relative" if start else None)], [a])
    assert len(events) == 1
    assert events[0].date == expected
    assert events[0].date_text == "last Thursday"
    assert events[0].documents == [a.path]


def test_timeline_undated_events_are_not_merged_across_documents():
    a, b = doc("a"), doc("b")
    text = "The maritime inquiry opened last Thursday in the port of Selby Reach."
    events = build_timeline([ref(a, "last Thursday", text), ref(b, "last Thursday", text)], [a, b])
    assert len(events) == 2 and all(e.date is None for e in events)


@pytest.mark.parametrize("anchor_date, date_text, expected", [
    ("2026-06-14", "June 12", "2026-06-12"),
    ("2026-01-05", "December 30", "2025-12-30"),    # nearest occurrence across the new year
    ("2026-06-14", "last Thursday", None),           # relative: never resolved from another report
])
def test_timeline_yearless_date_in_undated_report_takes_the_corpus_year(anchor_date, date_text, expected):
    dated, undated = doc("dated", anchor_date), doc("undated")
    sentence = f"Divers recovered the Arnica's bell on {date_text}, the Coast Guard said."
    events = build_timeline([ref(undated, date_text, sentence)], [dated, undated])
    assert [e.date for e in events] == [expected]


def test_timeline_corpus_anchor_prefers_stated_dates():
    docs = [doc("a", "2026-06-13"), doc("b", "2026-06-20"), doc("c", "2026-06-14"),
            doc("d", "2025-01-01", published_from="inferred")]
    assert str(find_corpus_anchor(docs)) == "2026-06-14"
    assert str(find_corpus_anchor([doc("d", "2025-01-01", published_from="inferred")])) == "2025-01-01"
    assert find_corpus_anchor([doc("e")]) is None


def test_timeline_complete_year_of_a_span():
    import datetime as dt
    assert complete_year("from June 7 to June 9", dt.date(2026, 6, 14)) == ("2026-06-07", "2026-06-09")


@pytest.mark.parametrize("date_text, start, end", [
    ("early June", "2026-06-01", "2026-06-10"),
    ("June", "2026-06-01", "2026-06-30"),
])
def test_timeline_month_precision_is_not_a_day(date_text, start, end):
    a = doc("a", "2026-06-14")
    events = build_timeline([ref(a, date_text, f"Storm warnings were issued in {date_text} for the strait.",
                                 start, end)], [a])
    assert [e.date for e in events] == [None]


def test_timeline_span_keeps_its_end():
    a = doc("a", "2026-06-14")
    events = build_timeline([ref(a, "from June 7 to June 9", "Rescuers searched the strait from June 7 to June 9 without rest.",
                                 "2026-06-07", "2026-06-09")], [a])
    assert (events[0].date, events[0].date_end) == ("2026-06-07", "2026-06-09")


@pytest.mark.parametrize("sentence, date_text, expected", [
    ("The ferry sank on June 12; the inquiry will report within a month.", "June 12", "The ferry sank on June 12"),
    ("Officials said the ferry was overloaded, but the owner denied it on Tuesday in a statement to reporters.",
     "Tuesday", "but the owner denied it on Tuesday in a statement to reporters"),
])
def test_timeline_description_is_the_clause_around_the_date(sentence, date_text, expected):
    a = doc("a", "2026-06-14")
    assert describe(ref(a, date_text, sentence, "2026-06-12")) == expected


def test_timeline_dateline_without_a_happening_is_skipped():
    a = doc("a", "2026-06-14")
    assert build_timeline([ref(a, "2026-06-14", "date 2026-06-14", "2026-06-14")], [a]) == []


def test_timeline_events_in_date_order_undated_last():
    a = doc("a", "2026-06-14")
    events = build_timeline([
        ref(a, "June 12", "The ferry Arnica capsized off Selby Reach on June 12.", "2026-06-12", n=3),
        ref(a, "last spring", "The Arnica last spring failed a safety inspection at the port.", n=2),
        ref(a, "June 3", "Harbour officials inspected the Arnica on June 3 and found no faults.", "2026-06-03", n=1),
    ], [a])
    assert [e.date for e in events] == ["2026-06-03", "2026-06-12", None]


def _corpus_days(a, b):
    """Other days' events that use the words every report uses (Selby Reach, ferry, people, killed)."""
    return [
        ref(a, "June 10", "Storms killed two people near the Selby Reach ferry pier on June 10, police said.", "2026-06-10", n=10),
        ref(b, "June 11", "The Selby Reach ferry service was suspended on June 11 as people waited at the pier.", "2026-06-11", n=11),
        ref(a, "June 13", "The Selby Reach council said on June 13 that the ferry killed nobody else.", "2026-06-13", n=12),
        ref(b, "June 14", "People in Selby Reach mourned on June 14 for those killed on the ferry.", "2026-06-14", n=13),
    ]


def test_timeline_same_happening_in_other_words_shares_that_days_nouns():
    a, b = doc("a", "2026-06-15"), doc("b", "2026-06-16")
    events = build_timeline(_corpus_days(a, b) + [
        ref(a, "Friday", "On Friday a mudslide buried the Hillcrest primary school in Selby Reach, killing four people.",
            "2026-06-12", resolution="relative", n=1),
        ref(b, "June 12", "Teachers at Hillcrest said the school had been evacuated an hour before it was buried on June 12.",
            "2026-06-12", n=2),
    ], [a, b])
    (day,) = [e for e in events if e.date == "2026-06-12"]
    assert day.documents == [a.path, b.path]


def test_timeline_same_day_different_happenings_sharing_common_words_stay_apart():
    a, b = doc("a", "2026-06-15"), doc("b", "2026-06-16")
    events = build_timeline(_corpus_days(a, b) + [
        ref(a, "June 12", "A mudslide buried the Hillcrest school in Selby Reach on June 12, killing four people.", "2026-06-12", n=1),
        ref(b, "June 12", "In Selby Reach, people who fled the ferry were killed by a falling crane on June 12.", "2026-06-12", n=2),
    ], [a, b])
    assert len([e for e in events if e.date == "2026-06-12"]) == 2


def test_timeline_an_event_told_in_two_ways_joins_both_tellings():
    a, b, c = doc("a", "2026-06-15"), doc("b", "2026-06-16"), doc("c", "2026-06-17")
    events = build_timeline(_corpus_days(a, b) + [
        ref(a, "June 12", "The coast guard suspended the search for the Arnica on June 12.", "2026-06-12", n=1),
        ref(b, "June 12", "Divers recovered the Arnica's bell from the seabed on June 12.", "2026-06-12", n=2),
        ref(c, "June 12", "On June 12 divers recovered the Arnica's bell and the coast guard suspended the search.", "2026-06-12", n=3),
    ], [a, b, c])
    (day,) = [e for e in events if e.date == "2026-06-12"]
    assert set(day.documents) == {a.path, b.path, c.path}


@pytest.mark.parametrize("sentence, date_text, kept", [
    ("This article was amended on 13 March 2026 to correct the spelling of a name.", "13 March 2026", False),
    ("(Translated. The original article appeared in the print edition of 19 October.)", "19 October", False),
    ("The ferry's owner published the passenger list on 13 March 2026 after days of pressure.", "13 March 2026", True),
])
def test_timeline_notes_about_the_page_are_no_events(sentence, date_text, kept):
    a = doc("a", "2026-10-20")
    start = "2026-03-13" if "March" in date_text else "2026-10-19"
    events = build_timeline([ref(a, date_text, sentence, start)], [a])
    assert bool(events) == kept


@pytest.mark.parametrize("text", ["from Friday to Sunday", "from Monday to Wednesday"])
def test_timeline_complete_year_leaves_weekday_spans_alone(text):
    """A span of weekdays in an undated report has no month to give a year to (it crashed once)."""
    assert complete_year(text, dt.date(2026, 3, 10)) == (None, None)


@pytest.mark.parametrize("dateline, relative, expected", [
    # an undated wire whose dateline gives a day without a year: relative dates count from it
    ("SELBY REACH, Kestrel Bay, June 18 (Harbour Wire) - The inquiry opened", "on Monday", "2026-06-15"),
    ("SELBY REACH, June 18 (Harbour Wire) - The inquiry opened", "last night", "2026-06-17"),
    # the place alone in a sentence of its own, as a sentence splitter may leave it
    (", Kestrel Bay, June 18 (Harbour Wire) -", "on Tuesday", "2026-06-16"),
    # a yearless date inside a sentence is no dateline: the relative date stays unresolved
    ("The inquiry, which opened on June 18 in Selby Reach, heard divers", "on Monday", None),
])
def test_timeline_dateline_day_dates_an_undated_report(dateline, relative, expected):
    a, b, c = doc("a", "2026-06-16"), doc("b", "2026-06-19"), doc("c")
    sentence = f"{dateline} after the ferry sank {relative}, the Coast Guard said."
    refs = [ref(c, "June 18", sentence, n=dateline.index("June 18")),
            ref(c, relative, f"The ferry Arnica sank {relative} with 300 passengers aboard.", n=200)]
    events = build_timeline(refs, [a, b, c])
    (event,) = [e for e in events if e.date_text == relative]
    assert event.date == expected


@pytest.mark.parametrize("plan, planned_apart", [
    ("The transport minister is expected to visit Selby Reach on Friday to meet the families.", True),
    ("The transport minister will visit Selby Reach on Friday to meet the families.", True),
    ("The transport minister visited Selby Reach on Friday and met the families.", False),
])
def test_timeline_a_plan_is_not_the_happening(plan, planned_apart):
    a, b = doc("a", "2026-06-10"), doc("b", "2026-06-13")
    events = build_timeline([
        ref(a, "on Friday", plan, "2026-06-12", resolution="relative"),
        ref(b, "on Friday", "The transport minister visited Selby Reach on Friday and met the families of the missing.",
            "2026-06-12", resolution="relative", n=1),
    ], [a, b])
    assert len(events) == (2 if planned_apart else 1)


def _period_figure(doc, period_text, start=None, end=None):
    from crosscheck.records import Figure
    return Figure(id=f"f-{doc.id}-{period_text}", document_id=doc.id, document=doc.path, sentence="",
                  value=40, measure="killed", period_start=start, period_end=end, period_text=period_text)


def test_complete_figure_periods_dates_yearless_days_of_undated_reports():
    from crosscheck.reconcile.timeline import complete_figure_periods
    dated = [doc("wire", "2031-04-02"), doc("daily", "2031-04-04")]
    undated = doc("blog", None)
    since = _period_figure(undated, "since April 1")
    alone = _period_figure(undated, "on March 30 alone")
    weekday = _period_figure(undated, "since Tuesday")            # relative: no day to complete
    kept = _period_figure(dated[0], "since April 1")              # a dated report resolved it itself
    changed = complete_figure_periods([since, alone, weekday, kept], dated + [undated])
    assert changed == [since, alone]
    assert (since.period_start, since.period_end) == ("2031-04-01", None)
    assert (alone.period_start, alone.period_end) == ("2031-03-30", "2031-03-30")
    assert (weekday.period_start, kept.period_start) == (None, None)
