"""Date expressions: finding, resolving against the document date, periods, inferred dates."""
import dataclasses
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.dates import (
    entry_dates, extract_date_refs, find_date_expressions, infer_document_date, resolve_expression, resolve_period,
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
    # the month, "of" and the year: the order of translated Spanish and Portuguese copy
    ("Some 60 inmates were killed in a riot in October of 2019.", ["October of 2019"]),
    # a week counted from an event is no calendar week
    ("Nine were hurt in week 3 of the strike.", []),
    ("Nine were hurt in week 12; four on Friday the 14th.", ["week 12", "on Friday the 14th"]),
    # two days joined by a dash are one span; a heading may write its months in capitals
    ("DEATHS ON THE ROUTE, 1 January – 13 August 2031", ["1 January – 13 August 2031"]),
    ("Deaths on the route, 1 January - 13 August 2031", ["1 January - 13 August 2031"]),
    ("THE TOLL MAY RISE IN MARCH", []),
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
    # a year or a month back is a rough span, no day
    ("a year ago", TUESDAY, None, None, "unresolved"),
    ("two months ago", TUESDAY, None, None, "unresolved"),
    ("earlier this month", TUESDAY, "2025-03-01", "2025-03-11", "relative"),
    ("last month", TUESDAY, "2025-02-01", "2025-02-28", "relative"),
    ("over the weekend", TUESDAY, "2025-03-08", "2025-03-09", "relative"),
    ("the past two weeks", TUESDAY, "2025-02-25", "2025-03-11", "relative"),
    ("from March 3 to March 5", TUESDAY, "2025-03-03", "2025-03-05", "absolute"),
    # a night between two days named by weekday (TUESDAY is 2025-03-11)
    ("in the night from Friday to Saturday", TUESDAY, "2025-03-07", "2025-03-08", "relative"),
    ("from Saturday to Monday", TUESDAY, "2025-03-08", "2025-03-10", "relative"),
    ("from Friday to Saturday", None, None, None, "unresolved"),
    ("last Thursday", None, None, None, "unresolved"),
    ("March 7", None, None, None, "unresolved"),
    # what happened "this week" (month, year) in a report happened by the report's date
    ("this week", TUESDAY, "2025-03-10", "2025-03-11", "relative"),
    ("this month", TUESDAY, "2025-03-01", "2025-03-11", "relative"),
    ("this year", TUESDAY, "2025-01-01", "2025-03-11", "relative"),
    ("next week", TUESDAY, "2025-03-17", "2025-03-23", "relative"),
    # a numbered calendar week of a surveillance bulletin is the ISO week (of the year before when still to come)
    ("in week 10", TUESDAY, "2025-03-03", "2025-03-09", "absolute"),
    ("during epidemiological week 50", TUESDAY, "2024-12-09", "2024-12-15", "absolute"),
    ("in ISO week 2 of 2023", None, "2023-01-09", "2023-01-15", "absolute"),
    ("in week 10", None, None, None, "unresolved"),
    # a weekday written before a day of the month names that day ("Sunday the 9th")
    ("Sunday the 9th", TUESDAY, "2025-03-09", "2025-03-09", "relative"),
    # a span whose first day has no year takes the year written after the second day
    ("1 January – 13 August 2023", TUESDAY, "2023-01-01", "2023-08-13", "absolute"),
    ("from 20 December to 3 January 2025", dt.date(2026, 1, 10), "2024-12-20", "2025-01-03", "absolute"),
    # the report's own month named: what it counts happened by the report's day
    ("in March alone", TUESDAY, "2025-03-01", "2025-03-11", "absolute"),
    ("in February", TUESDAY, "2025-02-01", "2025-02-28", "absolute"),
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
    # "up to" / "until" a day: the count ends then, its start is not said
    ("Police had detained 1,450 people up to March 9.", TUESDAY, None, "2025-03-09", "up to March 9"),
    ("Courts jailed 85 protesters until March 10.", TUESDAY, None, "2025-03-10", "until March 10"),
    # a single night with no day named: the span is said, not dated
    ("Surgeons operated on 14 wounded people in a single night.", TUESDAY, None, None, "in a single night"),
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
    # dates still to come say nothing about when the text was written
    ("The boy was shot on May 2, 2026. He is on parole through April 28, 2029.", "2026-05-02"),
    ("The dam broke on 2 May 2026. The inquiry will report on 1 September 2026.", "2026-05-02"),
    ("The dam broke on 2 May 2026. The new wall is due by March 1, 2027.", "2026-05-02"),
])
def test_dates_infer_document_date(text, expected):
    assert infer_document_date(text) == expected


THURSDAY = dt.date(2026, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("Shelling went on through the night of April 4-5 in the old town.", [("April 4-5", "2026-04-04", "2026-04-05")]),
    ("The river peaked on 4-5 March, officials said.", [("4-5 March", "2026-03-04", "2026-03-05")]),
    ("Aid arrived between February 2 and 4, the agency said.", [("between February 2 and 4", "2026-02-02", "2026-02-04")]),
    ("Rescue teams worked from 2 to 4 March in the valley.", [("from 2 to 4 March", "2026-03-02", "2026-03-04")]),
    # a span opening the sentence: "Between"/"From" written with a capital
    ("Between 2 and 4 March, raiders burned three hamlets.", [("Between 2 and 4 March", "2026-03-02", "2026-03-04")]),
    ("From February 9 to 11, crews cleared the road.", [("From February 9 to 11", "2026-02-09", "2026-02-11")]),
    ("The dam failed on the 2nd of March after heavy rain.", [("2nd of March", "2026-03-02", "2026-03-02")]),
    ("The dam failed on March 2nd after heavy rain.", [("March 2nd", "2026-03-02", "2026-03-02")]),
    ("Crews have searched since Oct. 7 for survivors.", [("Oct. 7", "2025-10-07", "2025-10-07")]),
    # a yearless date just after the report's date is the coming one, not last year's
    ("Donors will meet in the capital on March 17.", [("March 17", "2026-03-17", "2026-03-17")]),
    ("The trial is set to open on June 12.", [("June 12", "2026-06-12", "2026-06-12")]),
    ("The mine collapsed on June 12, survivors recalled.", [("June 12", "2025-06-12", "2025-06-12")]),
    # weekdays: a report's own weekday is today; "late", "early hours of" keep the day
    ("Rescuers reached the village late Tuesday.", [("Tuesday", "2026-03-03", "2026-03-03")]),
    ("The blast happened in the early hours of Sunday.", [("Sunday", "2026-03-01", "2026-03-01")]),
    ("Thursday's attack killed six people.", [("Thursday", "2026-03-05", "2026-03-05")]),
    ("The mayor spoke to reporters this past weekend.", [("this past weekend", "2026-02-28", "2026-03-01")]),
    ("The minister will tour the valley tomorrow.", [("tomorrow", "2026-03-06", "2026-03-06")]),
    # a weekday placed in the week before ("a week ago, on Monday"; the report is a Thursday)
    ("A week ago, on Monday, the army began its attack.", [("A week ago", "2026-02-26", "2026-02-26"), ("on Monday", "2026-02-23", "2026-02-23")]),
    ("The army attacked last week on Thursday.", [("last week", "2026-02-23", "2026-03-01"), ("on Thursday", "2026-02-26", "2026-02-26")]),
    # words of the future inside a finished quotation do not make the date future
    ("“No family will be left without shelter,” the mayor said on Sunday night.", [("on Sunday", "2026-03-01", "2026-03-01")]),
    ("“We will rebuild,” the mayor had declared on 1 March.", [("1 March", "2026-03-01", "2026-03-01")]),
    # a weekday written with a yearless date picks its year (8 March is a Sunday in 2026, a Monday in 2027)
    ("The mayor will speak on Sunday 8 March.", [("Sunday 8 March", "2026-03-08", "2026-03-08")]),
])
def test_dates_extract_expressions_in_other_styles(nlp, text, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", THURSDAY))
    assert [(r.date_text, r.date_start, r.date_end) for r in refs] == expected


@pytest.mark.parametrize("text, published, expected", [
    # counted from the day the text gave just before
    ("The levee broke on March 2. The next day, crews evacuated the town.", THURSDAY,
     [("March 2", "2026-03-02"), ("The next day", "2026-03-03")]),
    ("Troops entered the town on Monday. A day earlier, shelling had stopped.", THURSDAY,
     [("on Monday", "2026-03-02"), ("A day earlier", "2026-03-01")]),
    ("The boy was shot on 12 January 2026. Two days later he died in hospital.", None,
     [("12 January 2026", "2026-01-12"), ("Two days later", "2026-01-14")]),
    ("The storm hit on 1 March. Crews arrived a week later, and the roads reopened 48 hours later.", THURSDAY,
     [("1 March", "2026-03-01"), ("a week later", "2026-03-08"), ("48 hours later", "2026-03-10")]),
    ("The suspect had bought the gun the day before, police said on Tuesday.", THURSDAY,
     [("the day before", None), ("on Tuesday", "2026-03-03")]),
    # "the same day" is the day given just before
    ("Gunmen raided Orvel on 4 March. The same day, in Tamsa, nine farmers were killed.", THURSDAY,
     [("4 March", "2026-03-04"), ("The same day", "2026-03-04")]),
    ("The dam failed on Monday and that same evening the valley flooded.", THURSDAY,
     [("on Monday", "2026-03-02"), ("that same evening", "2026-03-02")]),
    # with no day before it, or the day before too far back, it stays unresolved
    ("The next day, crews evacuated the town.", THURSDAY, [("The next day", None)]),
    ("The levee broke on March 2. Crews came. Then rain. Then wind. The next day the town flooded.", THURSDAY,
     [("March 2", "2026-03-02"), ("The next day", None)]),
    # "the day after" + a noun phrase counts from that happening, not from a date
    ("The levee broke on March 2. The day after the flood, looting began.", THURSDAY, [("March 2", "2026-03-02")]),
    # hours that are not whole days say nothing about the date
    ("The levee broke on March 2. Hours later the town flooded; six hours later it rained.", THURSDAY, [("March 2", "2026-03-02")]),
    # "That Sunday" in a retrospective: the Sunday the text dated before, however far back, else unresolved
    ("The ferry sank on Sunday 15 February. Divers came. Then rain. Then wind. That Sunday, the sea had been calm.", THURSDAY,
     [("Sunday 15 February", "2026-02-15"), ("Sunday", "2026-02-15")]),
    ("That Monday, the ferry left Kettle Bay at dawn with 40 farmers.", THURSDAY, [("Monday", None)]),
    # a weekday apposed to "tomorrow" or "yesterday" only names that day
    ("The vigil is set for tomorrow, Friday, at the old quay.", THURSDAY, [("tomorrow", "2026-03-06")]),
    ("Guards freed the two men yesterday (Wednesday) at the border.", THURSDAY, [("yesterday", "2026-03-04")]),
    ("The day before yesterday, the court in Velm sentenced the mayor.", THURSDAY, [("The day before yesterday", "2026-03-03")]),
])
def test_dates_anaphoric_expressions(nlp, text, published, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", published))
    assert [(r.date_text, r.date_start) for r in refs] == expected


@pytest.mark.parametrize("text", [
    "The score was 3-1 in March.",
    "At least 4-5 people were hurt.",
    "The March 4 and 5 people arrested",
    "Hearings are on 14, 20 and 27 April.",
])
def test_dates_no_false_day_ranges(text):
    assert not any(e.kind == "range" for e in find_date_expressions(text))


@pytest.mark.parametrize("text", [
    "Patients will be contacted in the next week.",
    "The work should be finished within the next week.",
    "She entered the camp a day later than the others.",
    "The final begins the following week.",
])
def test_dates_no_false_anaphora(text):
    assert not any(e.kind == "anaphoric" for e in find_date_expressions(text))


@pytest.mark.parametrize("text, base, forward, start", [
    # the weekday outweighs words of the future: 8 March 2026 is a Sunday, 8 March 2027 a Monday
    ("Sunday 8 March", dt.date(2026, 3, 17), True, "2026-03-08"),
    ("Monday 8 March", dt.date(2026, 3, 17), False, "2027-03-08"),
    # words of the future reach the coming date when it is within months, not a year ahead
    ("June 12", dt.date(2026, 3, 5), True, "2026-06-12"),
    ("February 10", dt.date(2026, 3, 5), True, "2026-02-10"),
    # without them, only a date within weeks ahead is the coming one
    ("June 12", dt.date(2026, 3, 5), False, "2025-06-12"),
    ("March 30", dt.date(2026, 3, 5), False, "2026-03-30"),
])
def test_dates_year_of_a_yearless_date(text, base, forward, start):
    (expr,) = find_date_expressions(text)
    got, _, _, _ = resolve_expression(expr, base, forward=forward)
    assert got.isoformat() == start


# --- live blogs and update lists: each entry's own day ------------------------------------------
SATURDAY = dt.date(2026, 9, 19)

UPDATE_LIST = (
    "Valley Post | English edition\n\n"
    "19.09.2026, 09:40 | Editorial team\n\n"
    "The river broke its banks.\n\n"
    "LIVE UPDATES\n\n"
    "🔴 18.09, 17:52 — Water reaches the old bridge.\n\n"
    "🔴 18.09, 23:40 — Confirmed: 17 dead in Hill Town today.\n\n"
    "🔴 19.09, 02:10 — At least 150 people rescued from roofs.\n\n"
    "The mayor said the cleanup would start today.\n"
)
LIVE_BLOG = (
    "Valley floods live\nTuesday, 10 March 2026\n\nKey events\n\n"
    "22:40\nLatest toll\nCrews say 58 are dead, up from 47 this morning.\n\n"
    "Monday 9 March, 21:15 – Rain\nThe river rose today.\n\n"
    "17.05 BST\nThe search ended this evening.\n"
)


@pytest.mark.parametrize("text, base, expected", [
    # a day and a time per entry; a one-line entry ends with its paragraph (None: the document's date)
    (UPDATE_LIST, SATURDAY, [("🔴 18.09, 17:52", "2026-09-18"), ("🔴 18.09, 23:40", "2026-09-18"),
                             ("🔴 19.09, 02:10", "2026-09-19")]),
    # a time alone takes the day of the heading before, or the document's date; "17.05 BST" is a time
    (LIVE_BLOG, dt.date(2026, 3, 10), [("22:40", "2026-03-10"), ("Monday 9 March, 21:15", "2026-03-09"),
                                       ("17.05 BST", "2026-03-09")]),
])
def test_dates_entry_dates(text, base, expected):
    got = [(text[o:].split("\n", 1)[0], d.isoformat()) for o, d in entry_dates(text, base) if d is not None]
    assert [(line[:len(h)], d) for (line, d), (h, _) in zip(got, expected)] == expected
    assert len(got) == len(expected)


@pytest.mark.parametrize("text", [
    "The river rose at 17.05 on Monday.\nCrews searched the valley.",
    "18.09 percent of the vote went to the mayor.",
    "March 7, the day the river rose, is remembered.\nCrews searched.",
    "Tuesday, 10 March 2026\n\nCrews searched the valley.",   # the page's own date line
])
def test_dates_entry_dates_not_entries(text):
    assert [d for _, d in entry_dates(text, dt.date(2026, 3, 10)) if d is not None] == []


@pytest.mark.parametrize("text", [
    "SITTING OF THE HOUSE\n\n3.12 p.m.\n\nMr. Ivo Renn: I rise to ask about the strike.",
    "11.45 am\nThe minister arrived.",
])
def test_dates_entry_time_with_a_dot_is_no_day(text):
    # "3.12 p.m." is a time: it is not the 3rd of January with "2 p.m." after it
    assert {d for _, d in entry_dates(text, dt.date(2026, 3, 10)) if d is not None} <= {dt.date(2026, 3, 10)}


@pytest.mark.parametrize("text, base, phrase, expected", [
    (UPDATE_LIST, SATURDAY, "today.", "2026-09-18"),                 # "17 dead in Hill Town today" on 18.09
    (UPDATE_LIST, SATURDAY, "today.\n", "2026-09-19"),               # after the list: the document's date
    (LIVE_BLOG, dt.date(2026, 3, 10), "this morning", "2026-03-10"),
    (LIVE_BLOG, dt.date(2026, 3, 10), "today", "2026-03-09"),        # under "Monday 9 March, 21:15"
    (LIVE_BLOG, dt.date(2026, 3, 10), "this evening", "2026-03-09"),
])
def test_dates_relative_dates_count_from_their_entry(nlp, text, base, phrase, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", base))
    at = text.rindex(phrase) if phrase.endswith("\n") else text.index(phrase)
    (ref,) = [r for r in refs if r.char_start == at]
    assert ref.date_start == expected


@pytest.mark.parametrize("sentence_start, expected", [
    ("Water reaches", ("2026-09-18", "2026-09-18")),   # no period of its own: the entry's day
    ("At least 150", ("2026-09-19", "2026-09-19")),
    ("The river broke", (None, None)),                 # not in an entry
])
def test_dates_resolve_period_in_a_dated_entry(nlp, sentence_start, expected):
    doc = nlp(UPDATE_LIST)
    at = UPDATE_LIST.index(sentence_start)
    (sent,) = [s for s in doc.sents if s.start_char <= at < s.end_char]
    start, end, _ = resolve_period(sent, DocContext("d1", "d1.txt", SATURDAY), anchor=at)
    assert (start, end) == expected


def test_dates_resolve_period_cumulative_count_in_an_entry_is_no_single_day(nlp):
    text = "Valley Post\n\n19.09.2026\n\n🔴 18.09, 19:30 — Arrests since the vote pass 5,000.\n"
    doc = nlp(text)
    sent = next(s for s in doc.sents if "Arrests" in s.text)
    assert resolve_period(sent, DocContext("d1", "d1.txt", SATURDAY))[:2] == (None, None)


@pytest.mark.parametrize("sentence, published, number, expected", [
    # a weekday with its date right after it is that date, not last week's weekday
    ('Rescuers said 17 people drowned on the so-called "black Friday", 18 September, alone.', dt.date(2026, 9, 29), "17",
     ("2026-09-18", "2026-09-18")),
    # "in the last 24 hours": from the day before
    ("Deaths in the last 24 hours: 9", dt.date(2026, 3, 14), "9", ("2026-03-13", "2026-03-14")),
    # a count "so far" that started "after" a dated happening
    ("Crews say 19 bodies have been recovered so far in the valley after this morning's landslide.", dt.date(2026, 3, 10), "19",
     ("2026-03-10", None)),
])
def test_dates_resolve_period_other_styles(nlp, sentence, published, number, expected):
    doc = nlp(sentence)
    start, end, _ = resolve_period(next(doc.sents), DocContext("d1", "d1.txt", published), anchor=sentence.index(number))
    assert (start, end) == expected


@pytest.mark.parametrize("text, expected", [
    ("Riots broke out in the period from 13 to 20 September 2026 in five towns.\n\n"
     "In the same period, police detained 2,317 persons.", ("2026-09-13", "2026-09-20")),
    ("Riots broke out in five towns.\n\nIn the same period, police detained 2,317 persons.", (None, None)),
])
def test_dates_resolve_period_the_same_period_as_before(nlp, text, expected):
    doc = nlp(text)
    sent = next(s for s in doc.sents if "2,317" in s.text)
    start, end, _ = resolve_period(sent, DocContext("d1", "d1.txt", dt.date(2026, 9, 21)), anchor=text.index("2,317"))
    assert (start, end) == expected


def test_dates_resolve_period_state_after_a_cumulative_count_in_an_entry(nlp):
    text = ("Valley Post\n\n19.09.2026\n\n🔴 18.09, 19:30 — Arrests since the vote pass 5,000. "
            "Dozens are missing: families cannot find them.\n")
    doc = nlp(text)
    sent = next(s for s in doc.sents if "Dozens" in s.text)
    assert resolve_period(sent, DocContext("d1", "d1.txt", SATURDAY), anchor=text.index("Dozens"))[:2] == (None, None)


@pytest.mark.parametrize("text, expected", [
    # published on a Sunday: a past perfect "on Sunday" is the Sunday before, a plain one today
    ('"Had they opened the gates on Sunday, our children would be alive," said a farmer.', "2026-03-08"),
    ("The governor visited the camps on Sunday, officials said.", "2026-03-15"),
])
def test_dates_same_weekday_in_the_past_perfect_is_the_week_before(nlp, text, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", dt.date(2026, 3, 15)))
    (ref,) = [r for r in refs if "Sunday" in r.date_text]
    assert ref.date_start == expected


@pytest.mark.parametrize("text, base, expected", [
    # numeric dates, day first: dots, hyphens, slashes; a month above 12 means month first
    ("The depot burned on 03.04.2027, the fire service said.", None, [("03.04.2027", "2027-04-03")]),
    ("The ferry sailed on 21-05-2027 from the harbour.", None, [("21-05-2027", "2027-05-21")]),
    ("Filed 05/23/2027 with the county clerk.", None, [("05/23/2027", "2027-05-23")]),
    ("Room 10.55.2027 and lot 44/13/2027 are no dates.", None, []),
    # "last <weekday>" is never the day before: that is "yesterday" or "on <weekday>"
    ("The siege began last Saturday night.", dt.date(2027, 6, 13), [("last Saturday", "2027-06-05")]),
    ("The siege began on Saturday night.", dt.date(2027, 6, 13), [("on Saturday", "2027-06-12")]),
    ("The siege began last Thursday.", dt.date(2027, 6, 13), [("last Thursday", "2027-06-10")]),
    # a count of days before or after a named day
    ("The raid came two days before Thursday's handover.", dt.date(2027, 6, 12),
     [("two days before Thursday", "2027-06-08")]),
    ("Talks resumed a week after 3 May 2027.", None, [("a week after 3 May 2027", "2027-05-10")]),
    ("Flooding began three days after the 14 June storm.", dt.date(2027, 6, 20),
     [("three days after the 14 June", "2027-06-17")]),
    # forecasts speak of the future: the coming weekday (2027-06-13 is a Sunday)
    ("Heavy snow is still forecast for the passes through Tuesday.", dt.date(2027, 6, 13), [("Tuesday", "2027-06-15")]),
    ("Winds are forecast to ease on Wednesday.", dt.date(2027, 6, 13), [("on Wednesday", "2027-06-16")]),
])
def test_dates_numeric_last_weekday_shifted_and_forecast(nlp, text, base, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", base))
    assert [(r.date_text, r.date_start) for r in refs] == expected


@pytest.mark.parametrize("text, expected", [
    # reported speech shifts the tense: the report's own day, not a week earlier (2027-06-15 is a Tuesday)
    ("The army said the rebels had fired 40 rockets overnight into Tuesday.", "2027-06-15"),
    ("Residents told reporters that the dam had burst on Tuesday.", "2027-06-15"),
    # a counterfactual past perfect still means the week before
    ("Had the guards opened the gates on Tuesday, they would be alive.", "2027-06-08"),
    # a past perfect state reached "by" the day is the report's own day
    ("At least 30 bodies had been pulled from the debris by Tuesday evening, volunteers said.", "2027-06-15"),
])
def test_dates_past_perfect_in_reported_speech_is_the_report_day(nlp, text, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", dt.date(2027, 6, 15)))
    (ref,) = [r for r in refs if "Tuesday" in r.date_text]
    assert ref.date_start == expected


@pytest.mark.parametrize("text, expected", [
    # a channel's posts under their stamps: relative dates count from the post's day
    ("Regional Council | Official\n\nRegional Council, [04.02.2027 09:10]\nShelling hit the school yesterday.\n\n"
     "Regional Council, [07.02.2027 18:45]\nWater was restored today.\n",
     [("yesterday", "2027-02-03"), ("today", "2027-02-07")]),
    ("[04.02.2027 09:10] Shelling hit the school yesterday.\n[07.02.2027 18:45] Water was restored today.\n",
     [("yesterday", "2027-02-03"), ("today", "2027-02-07")]),
])
def test_dates_post_stamps_anchor_relative_dates(nlp, text, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", None))
    assert [(r.date_text, r.date_start) for r in refs if r.resolution == "relative"] == expected


@pytest.mark.parametrize("text, expected", [
    # the inferred date stands alone on a line (a signature's date): the text states it
    ("STATEMENT\n\nThe pupils were taken last Friday.\n\nSigned: The Commissioner\n\n11th June, 2027.\n", "2027-06-04"),
    ("Dated: 11.06.2027\n\nThe pupils were taken last Friday.\n", "2027-06-04"),
    # a date inside a sentence is only a lower bound on when the text was written
    ("The pupils were taken last Friday, and talks were held on 11 June 2027 in the capital.\n", None),
])
def test_dates_inferred_date_stated_on_its_own_line(nlp, text, expected):
    ctx = InferredContext("d1", "d1.txt", dt.date(2027, 6, 11), None, published_from="inferred")
    refs = extract_date_refs(nlp(text), ctx)
    (ref,) = [r for r in refs if r.date_text == "last Friday"]
    assert ref.date_start == expected


@pytest.mark.parametrize("text, expected", [
    # a month named relatively is one month-level date (the report is of 14 October 2027)
    ("In October last year, a fire gutted the depot.", [("October last year", "2026-10-01", "2026-10-31")]),
    ("The depot was inspected last October.", [("last October", "2026-10-01", "2026-10-31")]),
    ("Last May the river burst its banks.", [("Last May", "2027-05-01", "2027-05-31")]),
    ("The dam broke in March of last year.", [("March of last year", "2026-03-01", "2026-03-31")]),
    ("The trial is due to open next March.", [("next March", "2028-03-01", "2028-03-31")]),
    # a day of a month named relatively
    ("The blockade started on June 4 last year.", [("June 4 last year", "2026-06-04", "2026-06-04")]),
    ("It opened on 3 March next year.", [("3 March next year", "2028-03-03", "2028-03-03")]),
    # a month and a year said apart stay apart (the report's own month ends on the report's day)
    ("In October, the rains came; last year was dry.",
     [("October", "2027-10-01", "2027-10-14"), ("last year", "2026-01-01", "2026-12-31")]),
])
def test_dates_month_named_relatively(text, expected):
    got = [(e.text, *(d.isoformat() for d in resolve_expression(e, dt.date(2027, 10, 14))[:2]))
           for e in find_date_expressions(text)]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a day something is set for, or a call to a coming event: the next such day
    ("The union announced a protest gathering in Hill Town for Tuesday.", "2026-03-10"),
    ("The Federation of River Workers has called a protest in Hill Town on Tuesday at noon.", "2026-03-10"),
    ("The union calls on every worker to join the protest on Tuesday.", "2026-03-10"),
    # what happened on a day, and a call made on a past day
    ("Mourners gathered for Tuesday's victims.", "2026-03-03"),
    ("A protest was held on Tuesday.", "2026-03-03"),
])
def test_dates_days_set_for_coming_events(nlp, text, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", THURSDAY))
    assert refs and refs[0].date_start == expected


MID_OCTOBER = dt.date(2027, 10, 15)


@pytest.mark.parametrize("text, expected", [
    # a four-digit 24-hour time after a date is no year
    ("Update 6 (10 Sep, 1930 hrs): two more bodies were retrieved.", [("10 Sep", "2027-09-10")]),
    ("Crews reached the site on 3 Oct, 0615 hours.", [("3 Oct", "2027-10-03")]),
    ("The mill opened on 3 October 1930 and closed in 1990.", [("3 October 1930", "1930-10-03")]),
    # a day of the month alone: the report's month, the month before when it is still to come,
    # the month the text named just before
    ("The blast occurred on the 13th at 03:40 local time.", [("the 13th", "2027-10-13")]),
    ("On the 14th alone, rescuers raised nine bodies.", [("the 14th", "2027-10-14")]),
    ("Families have waited at the gate since the 20th.", [("the 20th", "2027-09-20")]),
    ("The first quake struck on September 2 and a second on the 4th, officials said.",
     [("September 2", "2027-09-02"), ("the 4th", "2027-09-04")]),
    ("Fire broke out on the 14th floor of the tower.", []),
    ("The bridge was built in the 19th century.", []),
    # the same moment in another time zone is no other day
    ("The blast struck at 3:40 a.m. local time on Tuesday (2140 GMT Monday), the ministry said.",
     [("on Tuesday", "2027-10-12")]),
])
def test_dates_times_days_of_month_and_zone_conversions(nlp, text, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", MID_OCTOBER))
    assert [(r.date_text, r.date_start) for r in refs] == expected


@pytest.mark.parametrize("text, expected", [
    # a day declared for what is to come is the coming one (the report is of Friday 15 October)
    ("The president has declared Sunday a day of national mourning.", "2027-10-17"),
    ("The governor declared Monday a public holiday in the province.", "2027-10-18"),
    ("The president declared on Sunday that the search would go on.", "2027-10-10"),
])
def test_dates_a_declared_day_is_the_coming_one(nlp, text, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", MID_OCTOBER))
    assert [r.date_start for r in refs] == [expected]


THREAD = (
    "Valley Fire Service\n@ValleyFire\n\n"
    "Update 1 (14 Oct, 0710 hrs): Crews worked through the night. Search to resume this morning.\n"
    "7:10 AM · Oct 14, 2027 · 48.2K Views\n\n"
    "Update 2 (15 Oct, 1930 hrs): Two more people rescued. Search to continue tonight.\n"
    "7:30 PM · Oct 15, 2027 · 63.7K Views\n\n"
    "Show replies\n"
)


def test_dates_thread_posts_are_dated_by_the_stamp_under_them(nlp):
    refs = extract_date_refs(nlp(THREAD), DocContext("d1", "d1.txt", dt.date(2027, 10, 14)))
    got = [(r.date_text, r.date_start) for r in refs]
    assert ("tonight", "2027-10-15") in got and ("this morning", "2027-10-14") in got
    assert not any(t in ("Oct 14, 2027", "Oct 15, 2027") for t, _ in got)  # the stamps are no events


@pytest.mark.parametrize("text, date_text, sentence", [
    ("Attacks by date:\n\nDate | Village | Killed | Injured\n7 May | Hill Farm | 11 | 6\n9 May | Low Ford | 2 | 3\n",
     "7 May", "7 May | Hill Farm | 11 | 6"),
    ("Date | Place | Dead\n12 June 2027 | River Gate | 4\n", "12 June 2027", "12 June 2027 | River Gate | 4"),
])
def test_dates_a_table_row_is_the_sentence_of_its_date(nlp, text, date_text, sentence):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", dt.date(2027, 6, 15)))
    (ref,) = [r for r in refs if r.date_text == date_text]
    assert ref.sentence == sentence


def test_dates_a_date_in_running_text_keeps_its_sentence(nlp):
    text = "Crews searched the valley on 7 May. The river fell | rose on the charts."
    (ref,) = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", dt.date(2027, 6, 15)))
    assert ref.sentence == "Crews searched the valley on 7 May."


@pytest.mark.parametrize("text, expected", [
    # a quoted "today" is the day the speaker said it, when the sentence gives that day
    ("“We buried 12 people today,” the village head said on Tuesday.", [("today", "2027-10-12"), ("on Tuesday", "2027-10-12")]),
    ("\"The road was cut yesterday,\" the mayor told reporters on Wednesday.", [("yesterday", "2027-10-12"), ("on Wednesday", "2027-10-13")]),
    # without a day for the saying, the report's day
    ("“We buried 12 people today,” the village head said.", [("today", "2027-10-15")]),
    ("The mayor said on Tuesday that crews would finish today.", [("on Tuesday", "2027-10-12"), ("today", "2027-10-15")]),
])
def test_dates_a_quoted_today_is_the_day_it_was_said(nlp, text, expected):
    refs = extract_date_refs(nlp(text), DocContext("d1", "d1.txt", MID_OCTOBER))
    assert [(r.date_text, r.date_start) for r in refs] == expected


TABLE_REPORT = ("Attacks by date\n\nDate | Village | Killed | Injured\n4 May | Hill Farm | 6 | 4\n"
                "7 May | Low Ford | 11 | 6\nTotal | | 17 | 10\n")


@pytest.mark.parametrize("row_start, number, expected", [
    ("4 May", "6", ("2027-05-04", "2027-05-04")),
    ("7 May", "11", ("2027-05-07", "2027-05-07")),
    ("Total", "17", (None, None)),
])
def test_dates_resolve_period_in_a_table_row_is_the_row_date(nlp, row_start, number, expected):
    doc = nlp(TABLE_REPORT)
    row = TABLE_REPORT.index(row_start)
    anchor = TABLE_REPORT.index(" " + number + " ", row) + 1
    sent = next(s for s in doc.sents if s.start_char <= anchor < s.end_char)
    start, end, _ = resolve_period(sent, DocContext("d1", "d1.txt", dt.date(2027, 5, 15)), anchor=anchor)
    assert (start, end) == expected


def test_dates_resolve_period_till_a_time_today_is_a_cut_off(nlp):
    doc = nlp("As many as 38 persons have lost their lives in the incident till 2.00 PM today.")
    start, end, text = resolve_period(next(doc.sents), DocContext("d1", "d1.txt", dt.date(2027, 9, 11)), anchor=11)
    assert (start, end) == (None, "2027-09-11") and text.startswith("till")


def test_date_line_with_clock_time_and_zone():
    """A header line "<incident> – <date>, 18:00 local time" dates the text: the clock time and
    its zone belong to the date."""
    import datetime as _dt

    from crosscheck.extract.dates import _date_line
    assert _date_line("Update 3\nLake Vell incident – 14 May 2027, 18:00 local time\nDear all,", _dt.date(2027, 5, 14))
    assert not _date_line("The storm reached the west coast of Vell on 14 May 2027, 18:00 local time.",
                          _dt.date(2027, 5, 14))


@pytest.mark.parametrize("sentence", [
    # a matching span of another year is not that whole year, and the text gives no dates for it
    "Hospitals treated 940 injured people, against 812 in the same period of last year.",
    "Police recorded 57 road deaths, up from 49 in the corresponding period of 2029.",
])
def test_dates_the_same_span_of_another_year_is_no_period(nlp, sentence):
    doc = nlp(sentence)
    number = "812" if "812" in sentence else "49"
    start, end, _ = resolve_period(next(doc.sents), DocContext("d1", "d1.txt", dt.date(2030, 4, 9)),
                                   anchor=sentence.index(number))
    assert (start, end) == (None, None)
