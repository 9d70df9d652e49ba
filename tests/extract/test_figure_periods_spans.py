"""Figure periods: a "since" date that opens a sentence, parts that take the period of the count
before them, times a count stood at ("as of noon Sunday", "as the toll climbed"), and the dated
event of a report starting the counts of its lead.

Invented texts only, in several styles (UN-style update, wire, local paper, police release)."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.dates import extract_date_refs
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _period(nlp, text, number):
    found = [f for f in extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", PUBLISHED))
             if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize("text, number, start", [
    # a "since" date opening the sentence is where the count starts, not the day of the statement,
    # even under a report whose first lines set a span of days for the figures after them
    ("Between 4 and 12 May 2031, the mission recorded 31 civilian casualties in the region. "
     "Since 2 March 2030, the mission has verified 1,204 civilians killed in the region.", "1,204", "2030-03-02"),
    ("Since 1 January, the agency has registered 640 people displaced by the fighting.", "640", "2031-01-01"),
    ("From 3 May, the charity said, its teams had treated 212 injured people.", "212", "2031-05-03"),
])
def test_figure_periods_opening_since_is_the_start(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


@pytest.mark.parametrize("text, number, start", [
    # a part of the count just before takes its period ...
    ("Since 2 March 2030, the mission has verified 1,204 civilians killed in the region. "
     "Of those killed, 58 were children.", "58", "2030-03-02"),
    ("Since 1 May, the monitor has counted 300 people killed in the province. "
     "Among the dead were 40 children.", "40", "2031-05-01"),
    ("At least 90 people have been killed since the start of the offensive on 2 May. "
     "Among the dead are 12 medics.", "12", "2031-05-02"),
    # ... but keeps a day of its own
    ("Since 1 May, the monitor has counted 300 people killed in the province. "
     "Of them, 25 were killed on 9 May alone.", "25", "2031-05-09"),
])
def test_figure_periods_part_takes_the_period_before(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


def test_figure_periods_part_of_a_count_without_period_gets_none(nlp):
    text = "The monitor has counted 300 people killed in the province. Of those killed, 40 were women."
    assert _period(nlp, text, "40") == (None, None)


@pytest.mark.parametrize("text, number", [
    # the time a count stood at is no start
    ("The hotline had logged 57 reports of missing pilgrims as of noon Sunday, the office said.", "57"),
    ("By midnight on Tuesday, 140 people had been treated for injuries, the hospital said.", "140"),
    # a date on the main clause while the toll "climbed" is when the toll stood there
    ("A strong aftershock shook the valley on Tuesday morning, toppling damaged houses, as the official death "
     "toll climbed to 781.", "781"),
])
def test_figure_periods_time_a_count_stood_is_no_start(nlp, text, number):
    assert _period(nlp, text, number)[0] is None


@pytest.mark.parametrize("text, number, start", [
    # a lead count of the event, stated before the sentence that dates the event, starts on its day
    ("TARN (Wire) - The death toll from the earthquake in the hill district rose to 412, officials said. "
     "Rescuers worked through the night. The quake struck at dawn on Monday, 12 May.", "412", "2031-05-12"),
    ("The number of people killed in the stampede has reached 38, police said. "
     "The stampede happened on Saturday at the gate of the stadium.", "38", "2031-05-10"),
])
def test_figure_periods_lead_count_before_the_dated_event(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


@pytest.mark.parametrize("text, number", [
    # a death dated later in the text is not the event's onset for a toll stated before it
    ("The death toll rose to 2,100, the agency said. Rescuers searched the ruins. "
     "Five people died on Tuesday when an aftershock brought down a damaged building.", "2,100"),
    ("The toll in the floods mounted to 118 on Saturday night. "
     "As many as 46 persons died in the valley on Tuesday alone, when the dam gave way.", "118"),
])
def test_figure_periods_lead_count_before_a_later_dated_death(nlp, text, number):
    assert _period(nlp, text, number)[0] is None


@pytest.mark.parametrize("text, number, start", [
    # "the early morning of Saturday", "the late evening of 9 May": the day named after it
    ("At least 41 people lost their lives in the early morning of Saturday in the crush at the shrine.", "41",
     "2031-05-10"),
    ("Police said 12 people were killed in the late evening of 9 May.", "12", "2031-05-09"),
])
def test_figure_periods_part_of_a_named_day(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


def test_figure_periods_not_shared_with_another_statement(nlp):
    text = ("A crowd crush at the shrine on Saturday killed 30 people. Police arrested three stewards on Sunday. "
            "The Red Cross said more than 150 people were treated for injuries, and local officials said that "
            "about 40 people were still missing on Sunday.")
    assert _period(nlp, text, "150")[0] is None


@pytest.mark.parametrize("text, number, start", [
    # the date of a clock time on the event's verb ("occurred at around 2:40 AM of 10 May")
    ("POLICE PRESS RELEASE No. 4\nSUBJECT: Update on the gate incident\n1. This Office wishes to update the public "
     "on the crowd incident that occurred at around 2:40 AM of May 10, 2031 at the north gate.\n"
     "2. As of 8:00 AM today, the total number of fatalities has reached forty-one (41), including victims who "
     "died in hospital.", "forty-one (41)", "2031-05-10"),
    # a situation report's label rows state the running toll of the event it dated
    ("FLASH UPDATE No. 2\nA magnitude 6.4 earthquake struck the border district on 9 May 2031.\n"
     "Key figures\nDeaths: 212 (health ministry)\nInjured: 1,040\nDisplaced: 15,000\n", "1,040", "2031-05-09"),
])
def test_figure_periods_document_onset_more_styles(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


def test_figure_periods_headline_over_the_dated_event_keeps_none(nlp):
    text = ("Death toll reaches 20 as two more injured workers lose battle for life at the Orsk chemical plant\n"
            "The explosion took place in the reactor on Monday morning. "
            "Officials said 20 people have lost their lives in the explosion so far.")
    assert _period(nlp, text, "20")[0] is None


def test_figure_periods_toll_before_the_dated_event_must_name_it(nlp):
    text = ("The official toll of 14 martyrs, published by the government, was established by the services. "
            "Critics disputed it. On 7 May, armed bandits attacked two villages in the district.")
    assert _period(nlp, text, "14")[0] is None


@pytest.mark.parametrize("text, number, start", [
    # a month opening the sentence dates what it tells; the report's own event does not start it
    ("The explosion on Monday at the plant set off a fire. Accidents remain common. "
     "Last October, an explosion at another plant in the same estate killed eight people.", "eight", "2030-10-01"),
    ("The blast on Monday killed 18 workers. Last March, a blast at a plant nearby killed three people.",
     "three", "2031-03-01"),
])
def test_figure_periods_month_opening_the_sentence_is_another_event(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


@pytest.mark.parametrize("text, number, end", [
    # an "as of" day is where the count ends (UN-style update, state agency, wire, Indian English "as on")
    ("As of 9 May, the health ministry reports that 61 people have died and 140 have been injured.", "140", "2031-05-09"),
    ("The office said 44 people had died, 90 were hurt and 12 remain missing as of 12 May.", "12", "2031-05-12"),
    ("As of 08:00 on 11 May the number of perished citizens constituted 312 persons.", "312", "2031-05-11"),
    ("Its hotline had logged 57 reports of missing pilgrims as of noon Sunday.", "57", "2031-05-11"),
    ("As on 10 May, 2,300 people were staying in relief camps in the district.", "2,300", "2031-05-10"),
    ("As of this morning, nine people remain unaccounted for, the governor said.", "nine", "2031-05-14"),
])
def test_figure_periods_as_of_day_ends_the_count(nlp, text, number, end):
    assert _period(nlp, text, number)[1] == end


@pytest.mark.parametrize("text, number", [
    # "by" a day and a toll that "rose to" a number on a day say when it stood, not an end the text gives
    ("By Tuesday evening, 23 bodies had been recovered from the village.", "23"),
    ("The toll from the mudslide climbed to 63 on Monday, officials said.", "63"),
    # a count of a single day keeps its own day
    ("As of 12 May, the mission had counted 17 people killed on 7 May alone.", "17"),
])
def test_figure_periods_other_times_are_no_as_of_end(nlp, text, number):
    start, end = _period(nlp, text, number)
    assert end is None or end == start


@pytest.mark.parametrize("text, number, period", [
    # a span of days on the event that began the count bounds it: no open count from its first day
    ("On the night of 6 to 7 May, the group attacked the village of Arno, killing 9 men.", "9",
     ("2031-05-06", "2031-05-07")),
    ("Between 8 and 10 May, raiders burned three hamlets near Tesk, killing at least 12 people.", "12",
     ("2031-05-08", "2031-05-10")),
    # a single day on that event still opens the count
    ("At least 26 people have died in the floods that struck the valley on 9 May.", "26", ("2031-05-09", None)),
])
def test_figure_periods_span_of_days_on_the_onset_event(nlp, text, number, period):
    assert _period(nlp, text, number) == period


@pytest.mark.parametrize("text, number, start, end", [
    # "the same day": the day the text gave just before
    ("Troops entered Velmor on 3 May 2030. The same day, in Orvath, 44 farmers were killed.", "44",
     "2030-05-03", "2030-05-03"),
    # "on the second day": counted within the span of days given just before
    ("The raids left 300 villagers dead between 2 and 4 May 2030. According to the tribunal, 70 men died on "
     "the second day.", "70", "2030-05-03", "2030-05-03"),
    # more days than the span has: unresolved
    ("The raids left 300 villagers dead between 2 and 3 May 2030. Officials said 70 men died on the fifth day.",
     "70", None, None),
    # "the first day of" something else counts from that, not from the span
    ("The raids lasted from 2 to 4 May 2030. On the first day of the trial, 12 witnesses said they were detained.",
     "12", None, None),
    # an anaphoric day on another verb dates that, not the count
    ("As of 19 May 2030, the agency counts 78 dead. The missing now number 21, down from 23 the previous "
     "day, once two bodies were named in Orvath.", "two", None, None),
    # a date that closes the conjunct before a count's "and" is that conjunct's; its own comes after it
    ("The raids left 300 villagers dead between 2 and 4 May 2030. The tribunal found that 90 men were shot in "
     "Orvath on the first day and 150 men and boys at the Sarn gravel pit on 3 May.", "150",
     "2030-05-03", "2030-05-03"),
])
def test_figure_periods_days_counted_from_the_text_before(nlp, text, number, start, end):
    doc, ctx = nlp(text), DocContext("doc-1", "reports/doc-1.txt", PUBLISHED)
    found = [f for f in extract_figures(doc, ctx, extract_date_refs(doc, ctx)) if f.number_text == number]
    assert (found[0].period_start, found[0].period_end) == (start, end)


@pytest.mark.parametrize("text, number, start, end", [
    # "overnight": the night before the report's day, into it; after a day the sentence gave, no reading of
    # its own (the night before or after that day), nor on the figure of the next conjunct
    ("The clinic treated more than 40 people for burns overnight.", "40", "2031-05-13", "2031-05-14"),
    ("Gunmen raided the village on 9 May, and 12 people died overnight.", "12", "2031-05-09", None),
    ("Crews pulled 80 survivors from the river overnight, and 21 people were still missing.", "21", None, None),
    # "since dawn": from the start of the report's day
    ("Six bodies had been found since dawn, police said.", "Six", "2031-05-14", None),
])
def test_figure_periods_overnight_and_dawn(nlp, text, number, start, end):
    doc = nlp(text)
    ctx = DocContext("doc-1", "reports/doc-1.txt", PUBLISHED)
    found = [f for f in extract_figures(doc, ctx, extract_date_refs(doc, ctx)) if f.number_text == number]
    assert found and (found[0].period_start, found[0].period_end) == (start, end)


def test_figure_periods_overnight_shelters_is_no_period(nlp):
    assert _period(nlp, "The town opened overnight shelters for 300 people.", "300") == (None, None)
