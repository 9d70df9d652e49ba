"""Live blogs: each figure gets the time of the entry it stands in."""
from __future__ import annotations

from dataclasses import replace

import pytest

from crosscheck.extract.liveblog import find_entry_times, stamp_entry_times
from crosscheck.records import Figure

BLOG = """Harbour fire live: toll rises to 12
Updated: 4 May 2026 19:40 BST

19:40 BST
Council confirms 12 dead
The council said 12 people had died.

14:05 BST
Seven dead, says fire service
Seven people have died, the fire service said.
"""


def test_liveblog_entry_times_in_text_order():
    assert [t for _, t in find_entry_times(BLOG)] == ["19:40", "14:05"]


@pytest.mark.parametrize("text, times", [
    ("6.45pm\nRescue boats return.\n\n7.10pm\nA second body is found.", ["18:45", "19:10"]),
    ("10:32 GMT \u2013 Rescuers reach the valley\n...\n11:05 GMT \u2013 Road reopens", ["10:32", "11:05"]),
    ("2:15 p.m. ET\nPolice update.\n\n12:30 a.m. ET\nOvernight.", ["14:15", "00:30"]),
    # a channel's posts stamped with their day, day first
    ("[14.09.2026 11:20]\nA strike hit the depot.\n\n[16.09.2026 08:05]\nThe market was hit.", ["2026-09-14T11:20", "2026-09-16T08:05"]),
    ("Jo Roe | Valley RMA, [14.09.2026 11:20]\nA strike hit the depot.\n\nJo Roe | Valley RMA, [16.09.2026 08:05]\nThe market was hit.",
     ["2026-09-14T11:20", "2026-09-16T08:05"]),
    # one time line is a timestamp, not a live blog
    ("Published 09:10\nThe storm killed four people.", []),
    # times inside sentences are not entry lines
    ("At 10:40 the reactor exploded. By 13:05 nine bodies had been recovered.", []),
])
def test_liveblog_entry_time_lines(text, times):
    assert [t for _, t in find_entry_times(text)] == times


def fig(value, at, reported_on="2026-05-04"):
    return Figure(id=f"f{value}", document_id="d", document="blog.txt", sentence="", value=value,
                  measure="killed", char_start=at, reported_on=reported_on)


def test_liveblog_figures_take_their_entry_time():
    twelve, seven = BLOG.index("12 people"), BLOG.index("Seven people")
    headline = BLOG.index("12\n")
    out = stamp_entry_times(BLOG, [fig(12, headline), fig(12, twelve), fig(7, seven)], "2026-05-04")
    assert [f.reported_on for f in out] == ["2026-05-04", "2026-05-04T19:40", "2026-05-04T14:05"]


def test_liveblog_a_statement_dated_by_the_text_keeps_its_day():
    seven = BLOG.index("Seven people")
    out = stamp_entry_times(BLOG, [fig(7, seven, reported_on="2026-05-02")], "2026-05-04")
    assert out[0].reported_on == "2026-05-02"


def test_liveblog_undated_or_plain_documents_are_unchanged():
    f = fig(7, BLOG.index("Seven people"))
    assert stamp_entry_times(BLOG, [f], None)[0].reported_on == "2026-05-04"
    assert stamp_entry_times("Seven people died.", [fig(7, 0)], "2026-05-04")[0].reported_on == "2026-05-04"


def test_liveblog_posts_of_several_days_date_their_figures_even_in_an_undated_document():
    text = "Valley channel\n\n[14.09.2026 11:20]\nSeven people died.\n\n[16.09.2026 08:05]\nEleven people died."
    figs = [fig(7, text.index("Seven"), reported_on=None), fig(11, text.index("Eleven"), reported_on=None)]
    assert [f.reported_on for f in stamp_entry_times(text, figs, None)] == ["2026-09-14T11:20", "2026-09-16T08:05"]


def test_liveblog_incident_log_lines_with_day_and_month_take_the_reports_year():
    text = ("1. SUMMARY\nAs of 18:00 today, 14 people have died.\n\n2. LOG\n"
            "16.10. 05:40 – Seven fatalities confirmed.\n16.10. 09:15 – Death toll rises to 11.\n")
    assert [t for _, t in find_entry_times(text)] == ["05:40", "09:15"]
    assert [t for _, t in find_entry_times(text, 2026)] == ["2026-10-16T05:40", "2026-10-16T09:15"]
    figs = [fig(v, text.index(w), reported_on="2026-10-16") for v, w in ((14, "14"), (7, "Seven"), (11, "11."))]
    out = stamp_entry_times(text, figs, "2026-10-16")
    assert [f.reported_on for f in out] == ["2026-10-16", "2026-10-16T05:40", "2026-10-16T09:15"]


def test_update_heading_weekday_dates_its_block(nlp):
    # a page first dated Saturday; the update headed "Sunday" is the next day, and "Sunday
    # morning" in it is that Sunday, not the one six days before the page
    import datetime as dt

    from crosscheck.extract.context import DocContext
    from crosscheck.extract.dates import extract_date_refs

    text = ("Valley TV live updates\n\nUPDATE 9:40 a.m. Sunday: Eleven people were hurt in total, the mayor's office "
            "said Sunday morning.\n\nUPDATE 7:10 p.m. Saturday: Police said four people were killed.")
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", dt.date(2027, 6, 12)))
    sunday = [r.date_start for r in refs if r.date_text.lower().startswith("sunday")]
    assert sunday and set(sunday) == {"2027-06-13"}, [(r.date_text, r.date_start) for r in refs]


DAY_HEADED = """RIVERTON LIVE: flood toll climbs

By the newsdesk | First posted May 3, 2027 | Updated May 4, 2027, 9:00 a.m.

MONDAY, MAY 3

8:00 a.m. — Rescuers reached the lower town. Four people are dead, the fire chief said.

6:40 p.m. — The county raised the toll to nine.

TUESDAY, MAY 4

9:00 a.m. — Twelve people remain missing, the sheriff said.
"""


def test_liveblog_timed_entries_under_a_day_heading_take_that_day():
    from crosscheck.extract.dates import entry_date_at
    import datetime as dt

    base = dt.date(2027, 5, 4)
    four, nine, twelve = DAY_HEADED.index("Four"), DAY_HEADED.index("nine."), DAY_HEADED.index("Twelve")
    # the day heading, not the page's last update, dates the timed entries under it
    assert entry_date_at(DAY_HEADED, four, base, dated_only=True) == dt.date(2027, 5, 3)
    assert entry_date_at(DAY_HEADED, twelve, base, dated_only=True) == dt.date(2027, 5, 4)
    figs = [fig(4, four, "2027-05-03"), fig(9, nine, "2027-05-03"), fig(12, twelve, "2027-05-04")]
    out = stamp_entry_times(DAY_HEADED, figs, "2027-05-04")
    assert [f.reported_on for f in out] == ["2027-05-03T08:00", "2027-05-03T18:40", "2027-05-04T09:00"]


def test_liveblog_figures_under_a_day_heading_are_reported_that_day(nlp):
    import datetime as dt

    from crosscheck.extract.context import DocContext
    from crosscheck.extract.figures import extract_figures

    figs = extract_figures(nlp(DAY_HEADED), DocContext("d1", "d1.txt", dt.date(2027, 5, 4)))
    by_value = {f.value: f for f in figs}
    assert by_value[4].reported_on == "2027-05-03" and by_value[9].reported_on == "2027-05-03"
    assert by_value[12].reported_on == "2027-05-04"


THREAD_POSTS = """Marsh County Fire (official account)

@MarshFire · Jun 2, 2027, 11:30 PM
Crews are working at the mill. Six workers are still missing, the chief said.

@MarshFire · Jun 4, 2027, 7:15 AM
Two people were pulled alive from the mill yesterday. Four workers are still missing.
"""


def test_liveblog_social_thread_posts_date_their_figures_and_relative_days(nlp):
    import datetime as dt

    from crosscheck.extract.context import DocContext
    from crosscheck.extract.dates import extract_date_refs
    from crosscheck.extract.figures import extract_figures

    ctx = DocContext("d1", "d1.txt", dt.date(2027, 6, 2))
    doc = nlp(THREAD_POSTS)
    refs = extract_date_refs(doc, ctx)
    assert [(r.date_text, r.date_start) for r in refs if r.date_text == "yesterday"] == [("yesterday", "2027-06-03")]
    figs = {f.value: f for f in extract_figures(doc, ctx)}
    assert figs[6].reported_on == "2027-06-02" and figs[4].reported_on == "2027-06-04"
    # a post gives the state as of its stamp: no one-day period for the count
    assert figs[4].period_start is None and figs[6].period_start is None


def test_liveblog_social_post_headers_give_day_and_time():
    assert [t for _, t in find_entry_times(THREAD_POSTS)] == ["2027-06-02T23:30", "2027-06-04T07:15"]
    figs = [fig(6, THREAD_POSTS.index("Six workers"), "2027-06-02"), fig(4, THREAD_POSTS.index("Four workers"), "2027-06-04")]
    assert [f.reported_on for f in stamp_entry_times(THREAD_POSTS, figs, "2027-06-02")] == ["2027-06-02T23:30", "2027-06-04T07:15"]


def test_liveblog_since_midnight_in_an_entry_starts_on_the_entrys_day(nlp):
    import datetime as dt

    from crosscheck.extract.context import DocContext
    from crosscheck.extract.figures import extract_figures

    text = DAY_HEADED.replace("Four people are dead, the fire chief said.",
                              "The clinic says it has treated 31 flood patients since midnight.")
    figs = {f.value: f for f in extract_figures(nlp(text), DocContext("d1", "d1.txt", dt.date(2027, 5, 4)))}
    # the midnight that opened the entry's day (Monday), not the page's last update
    assert figs[31].period_start == "2027-05-03"


UPDATES_PAGE = """Quarry collapse at Brenn: latest
Published: 3 March 2027, 08:10 | Updated: 4 March 2027, 20:40

UPDATE (Mar 4, 8:40 pm): Rescuers said this afternoon that eleven workers have now died.

UPDATE (Mar 3, 6:15 pm): Six workers are dead, the mine office said.

-----

BRENN: A wall of the Brenn quarry gave way early this morning, trapping workers.
"""

BULLETINS = """COUNTY EMERGENCY OFFICE - FLOOD SITUATION BULLETINS

BULLETIN No. 1
Issued: 03/03/2027, 06:00 hrs
1. Four (4) persons have died. Crews are working since last night.

BULLETIN No. 2
Issued: 04/03/2027, 07:30 hrs
1. Nine (9) persons have died. Two bodies were recovered overnight.
"""


def test_liveblog_labelled_update_and_bulletin_stamps():
    assert [t for _, t in find_entry_times(UPDATES_PAGE, 2027)] == ["2027-03-04T20:40", "2027-03-03T18:15"]
    assert [t for _, t in find_entry_times(BULLETINS)] == ["2027-03-03T06:00", "2027-03-04T07:30"]
    # one "Updated:" line is the page's own stamp, not a part of a file of updates
    assert find_entry_times("Harbour fire\nUpdated: 4 May 2026, 19:40\n\nSeven people died.", 2026) == []


def test_liveblog_figures_of_labelled_updates_take_their_stamp_and_the_story_after_keeps_its_day():
    figs = [fig(11, UPDATES_PAGE.index("eleven")), fig(6, UPDATES_PAGE.index("Six workers")),
            fig(1, UPDATES_PAGE.index("A wall"))]
    out = stamp_entry_times(UPDATES_PAGE, [replace(f, reported_on="2027-03-03") for f in figs], "2027-03-03")
    assert [f.reported_on for f in out] == ["2027-03-04T20:40", "2027-03-03T18:15", "2027-03-03"]


def test_liveblog_relative_days_in_a_bulletin_count_from_its_own_stamp(nlp):
    import datetime as dt

    from crosscheck.extract.context import DocContext
    from crosscheck.extract.dates import extract_date_refs
    from crosscheck.extract.figures import extract_figures

    ctx = DocContext("d1", "d1.txt", dt.date(2027, 3, 4))
    refs = {r.date_text: r.date_start for r in extract_date_refs(nlp(BULLETINS), ctx)}
    assert refs["last night"] == "2027-03-02" and refs["overnight"] == "2027-03-03"
    figs = {f.value: f for f in extract_figures(nlp(BULLETINS), ctx)}
    # a bulletin gives the state as of its stamp: no one-day period from the stamp
    assert figs[4].period_start is None and figs[9].period_start is None
    refs = {r.date_text: r.date_start for r in extract_date_refs(nlp(UPDATES_PAGE), DocContext("d2", "d2.txt", dt.date(2027, 3, 3)))}
    # each update's "this afternoon" is its own day; the story under the rule keeps the page's
    assert refs["this afternoon"] == "2027-03-04" and refs["this morning"] == "2027-03-03"


@pytest.mark.parametrize("text, times", [
    # a numbered update with a yearless day and a four-digit clock time
    ("Update 1 (04 Jun, 0650 hrs): Teams reach the mill.\n\nUpdate 2 (04 Jun, 1415 hrs): 3 more bodies found.",
     ["2027-06-04T06:50", "2027-06-04T14:15"]),
    # a numbered bulletin with its stamp on the same line, day first with slashes
    ("BULLETIN No. 5 \u2013 21/06/2027 08:00\nNine dead.\n\nBULLETIN No. 6 \u2013 22/06/2027 08:00\nTen dead.",
     ["2027-06-21T08:00", "2027-06-22T08:00"]),
])
def test_liveblog_labelled_stamp_shapes(text, times):
    assert [t for _, t in find_entry_times(text, 2027)] == times


def test_liveblog_what_a_numbered_update_adds_happened_that_day(nlp):
    import datetime as dt

    from crosscheck.extract.context import DocContext
    from crosscheck.extract.figures import extract_figures

    text = ("Update 1 (04 Jun, 0650 hrs): A total of 12 bodies have been retrieved from the mill.\n\n"
            "Update 2 (05 Jun, 1415 hrs): Rescuers retrieved 3 more bodies. A total of 15 bodies have been retrieved.\n")
    figs = {f.value: f for f in extract_figures(nlp(text), DocContext("d1", "d1.txt", dt.date(2027, 6, 5)))}
    assert (figs[3].period_start, figs[3].period_end) == ("2027-06-05", "2027-06-05")
    assert figs[15].period_end is None and figs[15].reported_on == "2027-06-05"
