"""The span a figure counts (``period_start``/``period_end``): its own phrase, a count's subject,
a title or heading over it.

Invented texts only, in several styles (wire, NGO report with a table, ministry statement)."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _figures(nlp, text):
    return extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", PUBLISHED))


def _period(nlp, text, number):
    found = [f for f in _figures(nlp, text) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize("text, number, start", [
    # a "since" phrase on the subject of a count verb is where the count starts ...
    ("The ministry said that the number of dead since the start of the shelling last Monday has risen to 88.",
     "88", "2031-05-12"),
    ("The number of people detained since the vote on 2 May has passed 1,300, lawyers said.", "1,300", "2031-05-02"),
    # ... and covers the parts and the coordinated counts that follow it
    ("The number of dead since the start of the offensive last Monday has risen to 88, among them 20 children, "
     "while 240 people have been injured.", "20", "2031-05-12"),
    # a date on the count verb itself is when the count stood, not a start
    ("The toll rose to 27 on Tuesday.", "27", None),
])
def test_figure_periods_since_on_the_count(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


REPORT = ("Nine days of fear: findings on abuses during the strikes in Harlow province, 3–11 May 2031\n\n"
          "Summary | Published 13 May 2031\n\n"
          "The League has documented 14 deaths in connection with the strikes. At least 9 of the dead had "
          "gunshot wounds. Seven people were killed on 6 May alone. The ministry has acknowledged only 300 "
          "detentions up to 9 May.\n\n"
          "Table 2: Persons detained by town, 4–10 May 2031\n"
          "Town | Detained\n"
          "Harlow | 610\n"
          "Esk | 95\n")


@pytest.mark.parametrize("number, start, end", [
    # the title's span of days covers the counts of the report that name none
    ("14", "2031-05-03", "2031-05-11"),
    ("9", "2031-05-03", "2031-05-11"),
    # a count with a day of its own keeps it
    ("Seven", "2031-05-06", "2031-05-06"),
    # a count "up to" a day within the span starts where the span starts
    ("300", "2031-05-03", "2031-05-09"),
    # a table's heading gives its rows the table's span
    ("610", "2031-05-04", "2031-05-10"),
    ("95", "2031-05-04", "2031-05-10"),
])
def test_figure_periods_title_span(nlp, number, start, end):
    assert _period(nlp, REPORT, number) == (start, end)


def test_figure_periods_title_without_span_gives_none(nlp):
    text = ("Nine days of fear in Harlow province\n\n"
            "The League has documented 14 deaths in connection with the strikes.")
    assert _period(nlp, text, "14") == (None, None)


def test_figure_periods_sentence_with_range_is_no_title(nlp):
    # a sentence (closing full stop) that states a span is a figure's own, not a heading
    text = ("Fighting raged between 3 and 5 May in the hills.\n\n"
            "Medics said 30 people were wounded.")
    assert _period(nlp, text, "30") == (None, None)


def test_figure_periods_later_part_keeps_its_own_day(nlp):
    text = ("In the period from 3 to 9 May 2031, violent groups attacked police stations in Arvel.\n\n"
            "In these events four persons lost their lives, among them one police officer who was shot "
            "by attackers on 8 May.")
    assert _period(nlp, text, "four") == ("2031-05-03", "2031-05-09")
    assert _period(nlp, text, "one")[0] == "2031-05-08"


@pytest.mark.parametrize("text, number, start", [
    # "He added that ...": more of the statement before, over the same open span
    ("The general said that since the start of the operation on Monday the army has killed 200 fighters. "
     "He added that four soldiers were killed and nine others were wounded.", "nine", "2031-05-12"),
    # a day of its own wins
    ("The general said that since the start of the operation on Monday the army has killed 200 fighters. "
     "He added that 3 civilians died on Tuesday.", "3", "2031-05-13"),
    # a sentence that does not add to a statement does not inherit it
    ("The general said that since the start of the operation on Monday the army has killed 200 fighters. "
     "Medics said four soldiers were killed.", "four", None),
])
def test_figure_periods_added_statement(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


def test_figure_periods_alone_is_not_shared_with_an_earlier_clause(nlp):
    text = "According to the UN, about 4,500 persons were arrested, and 17 people were killed on 9 May alone."
    assert _period(nlp, text, "17") == ("2031-05-09", "2031-05-09")
    assert _period(nlp, text, "4,500") == (None, None)


@pytest.mark.parametrize("text, number, start", [
    # a date on the event whose toll is counted starts the count
    ("The death toll from the 3 May earthquake has risen to 1,204, the agency said.", "1,204", "2031-05-03"),
    ("Rescuers dug through the rubble as the toll from Monday's earthquake rose to at least 412 dead.",
     "412", "2031-05-12"),
    # a date on the toll itself, or on the count verb, is when the count stood
    ("Monday's toll rose to 30.", "30", None),
    ("The toll rose to 27 on Tuesday.", "27", None),
    # "as of 08:00 on 6 May": the time the count stood, not a start
    ("As of 08:00 on 6 May the number of dead stood at 1,046 persons, the agency said.", "1,046", None),
])
def test_figure_periods_event_dates_and_as_of(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


@pytest.mark.parametrize("text, number, start", [
    # a toll of the event the document dated earlier starts on the event's first day ...
    ("Gunmen attacked three hamlets near Orsk on 4 and 5 May, residents said. The army sent troops. "
     "The toll of the attacks has risen to 37, a local official said.", "37", "2031-05-04"),
    ("A strong earthquake struck the valley on Sunday. Rescuers dug through the night. "
     "The death toll from the quake has climbed to 310.", "310", "2031-05-11"),
    ("Floods swept through the lowlands on 9 May. Many roads remain closed. "
     "At least 26 people have died in the floods, the agency said.", "26", "2031-05-09"),
    # ... but never when the count names a date of its own, or the earlier sentence dates another thing
    ("Gunmen attacked three hamlets on 4 May. On 12 May, 8 people were killed in the attacks.", "8", "2031-05-12"),
    ("The governor visited the area on Monday. Officials said 40 people were killed in the region.", "40", None),
])
def test_figure_periods_toll_of_an_event_dated_earlier(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


@pytest.mark.parametrize("text, number, start", [
    # a report about one sudden event dates it once; later counts that name the event start on its day
    ("A powerful earthquake struck the hill district at 3.10 am on Monday. Roads were cut. "
     "The death toll from the quake has risen to 118, officials said.", "118", "2031-05-12"),
    ("MARLOW (Wire) - A gas explosion tore through a market on Saturday evening. Firefighters worked overnight. "
     "The explosion killed at least 14 people, police said.", "14", "2031-05-10"),
    ("SITUATION REPORT No. 2\nOn 11 May 2031 at about 0230H, a crowd crush occurred at the stadium gate. "
     "Hospitals activated emergency plans.\nThe number of people injured in the crush stands at 63.", "63", "2031-05-11"),
    ("Gunmen attacked the village of Tarn on Sunday. Soldiers arrived hours later. "
     "At least 30 women were abducted during the attack, a local leader said.", "30", "2031-05-11"),
    # "as of 08:00 on 6 May" is when the count stood; the count still starts on the event's day
    ("The earthquake which occurred on 3 May in the hills flattened whole streets. As of 08:00 on 6 May the "
     "number of citizens who perished in the earthquake constituted 1,046 persons.", "1,046", "2031-05-03"),
    # a sentence stating the running toll counts the report's event
    ("A ferry carrying 300 people capsized off the cape on Sunday night. Divers searched the hull. "
     "The official death toll climbed to 61, the coast guard said.", "61", "2031-05-11"),
    ("PRESS RELEASE\nThe incident occurred at around 2:40 AM of May 10, 2031 at the north gate. "
     "The total number of fatalities has reached forty-one (41).", "forty-one (41)", "2031-05-10"),
    # the parser may hang the date on the verb after the event's phrase
    ("The death toll in the stampede at the shrine of Saint Anne at dawn Saturday climbed to 38 as of 6 p.m. "
     "yesterday, officials said.", "38", "2031-05-10"),
    # a later death dated in the lead is not the event's day
    ("Blast toll reaches 20 as two more workers died on Thursday. The explosion took place in the reactor on "
     "Monday morning. 14 people had died in the explosion, officials said.", "14", "2031-05-12"),
    # the dated sentence itself
    ("At least 31 people were killed early Saturday when a stampede broke out at the shrine.", "31", "2031-05-10"),
])
def test_figure_periods_document_onset_starts_counts_of_its_event(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


def test_figure_periods_document_onset_dated_by_a_possessive_after_by(nlp):
    """"weakened by Monday's earthquake": the word before a possessive date governs the event noun."""
    text = ("An aftershock toppled houses already weakened by Monday's earthquake. "
            "The death toll from the earthquake rose to 230, the agency said.")
    assert _period(nlp, text, "230")[0] == "2031-05-12"


@pytest.mark.parametrize("text, number, start, end", [
    # "bringing the toll to 40": the day is when the toll stood there, the toll counts from the event
    ("A factory building collapsed in the old town on Monday. Crews recovered two more bodies from the "
     "debris on Wednesday, bringing the toll to 41, officials said.", "41", "2031-05-12", None),
    # "remained unaccounted for on Wednesday": how things stood that day, not when the harm happened
    ("A factory building collapsed in the old town on Monday. Officials said 18 people remained "
     "unaccounted for on Wednesday evening.", "18", None, None),
    ("A ferry sank on Monday. Eleven passengers were still missing on Tuesday, the coast guard said.",
     "Eleven", None, None),
    # a death on the day is that day's
    ("A ferry sank on Monday. Two more passengers died in hospital on Tuesday.", "Two", "2031-05-13", "2031-05-13"),
])
def test_figure_periods_a_day_when_a_count_stood(nlp, text, number, start, end):
    assert _period(nlp, text, number) == (start, end)


@pytest.mark.parametrize("text, number", [
    # a count that does not name the event: the text does not say when it starts
    ("A gunman opened fire in a shopping centre on Saturday, killing nine people. "
     "Twelve people remain in hospital, the hospital said.", "Twelve"),
    # a count about another time or another event
    ("A powerful earthquake struck the hill district on Monday. "
     "The earthquake was the deadliest since a quake in 2019 killed 300 people.", "300"),
    # a headline count before the report dates its event
    ("Quake toll passes 400\nThe earthquake struck on Monday at dawn.", "400"),
    # a report with no dated event
    ("The death toll from the earthquake has risen to 1,204, the agency said.", "1,204"),
    # arrests come after the event, on days of their own
    ("A ferry sank in the strait on Sunday. Police said the ferry's owner and 4 crew members were arrested.", "4"),
])
def test_figure_periods_document_onset_leaves_other_counts(nlp, text, number):
    assert _period(nlp, text, number)[0] is None


def test_figure_periods_document_onset_yields_to_a_period_of_its_own(nlp):
    text = "A ferry sank in the strait on Sunday. Last year, 45 people died in ferry accidents in the strait."
    assert _period(nlp, text, "45") == ("2030-01-01", "2030-12-31")


@pytest.mark.parametrize("text, number, start", [
    # "since the start of" the report's week, month or year starts the count on that unit's first day
    ("Seven people have been killed in bandit attacks in the district since the beginning of the month, "
     "the state government said.", "Seven", "2031-05-01"),
    ("Regional authorities say about 3,500 people have been evacuated since the start of the week.", "3,500",
     "2031-05-12"),
    ("At least 1,150 migrants have died on the route since the beginning of this year, the agency said.", "1,150",
     "2031-01-01"),
    # a season or an operation has no calendar day: the text does not say
    ("At least 90 people have died since the start of the rainy season.", "90", None),
    ("Since the beginning of the month of fasting, 14 people have been detained.", "14", None),
])
def test_figure_periods_since_the_start_of_a_calendar_unit(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


@pytest.mark.parametrize("text, number, start", [
    # "since the vote": the day an earlier sentence gives the vote itself ...
    ("The presidential election was held on 2 May amid tension. About 2,400 people have crossed the border "
     "since the election.", "2,400", "2031-05-02"),
    # ... not the day of a statement that only mentions it in a "since" phrase of its own
    ("Turnout was low in the 2 May vote. The UN said on Friday that it had verified 17 deaths since the vote. "
     "About 2,400 people have fled abroad since the vote, the refugee agency said.", "2,400", "2031-05-02"),
    ("Observers called the vote flawed. The mission said on Friday that it had counted 17 deaths since the "
     "vote.", "17", None),
])
def test_figure_periods_since_an_event_dated_earlier(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


def test_since_the_event_dated_in_its_own_phrase(nlp):
    # the date inside the event noun's own phrase, though further off than a status date near it
    text = ("The board gives its count at 10:00 on 6 May 2031 regarding the explosion at the Ravel depot of "
            "Tormund Fuels Company (TFC) in the night of 2 May 2031. In all, 640 people have been "
            "treated since the explosion.")
    assert _period(nlp, text, "640")[0] == "2031-05-02"


@pytest.mark.parametrize("text, number, start, end", [
    # a count "this week" (month, year) runs up to the report's date, not past it
    ("This week alone, 45 people have died crossing the desert, the agency said.", "45", "2031-05-12", "2031-05-14"),
    ("Nine people were injured in the storms this month, the council said.", "Nine", "2031-05-01", "2031-05-14"),
    # a weekday written with the day of the month names that day
    ("Twenty of them were killed on one day, Monday the 5th.", "Twenty", "2031-05-05", "2031-05-05"),
    ("Twenty of them died on Saturday, the 10th, officials said.", "Twenty", "2031-05-10", "2031-05-10"),
    # a surveillance bulletin's numbered week is the ISO week of the report's year
    ("Hospitals notified 126 deaths between 1 and 11 May: 7 in week 18 and 119 in week 19.", "119",
     "2031-05-05", "2031-05-11"),
    ("Of the 25 confirmed deaths in week 19, 16 were in people over 80.", "25", "2031-05-05", "2031-05-11"),
    # a week counted from the event is no calendar week
    ("Only 12 people were injured in week 3 of the protests.", "12", None, None),
])
def test_figure_periods_calendar_weeks_and_days(nlp, text, number, start, end):
    assert _period(nlp, text, number) == (start, end)


HEADED = ("The agency briefed reporters on Monday.\n\nDEATHS RECORDED ON THE ROUTE, 1 January – 10 May 2031\n\n"
          "Along the western corridor, 143 people died.\n\nIn 2030, the agency recorded 241 deaths on the western corridor.\n")


@pytest.mark.parametrize("number, start, end", [
    ("143", "2031-01-01", "2031-05-10"),   # a heading's span of days covers the count under it
    ("241", "2030-01-01", "2030-12-31"),   # a tally the text puts in another year takes that year, not the heading's
])
def test_figure_periods_heading_span_in_capitals(nlp, number, start, end):
    assert _period(nlp, HEADED, number) == (start, end)


def test_figure_periods_relative_clause_on_an_included_person_dates_nothing(nlp):
    text = ("Police said five people accused of aiding the raiders, including a cook who reportedly hid ammunition "
            "in a cellar last week, were in custody.")
    assert _period(nlp, text, "five") == (None, None)


@pytest.mark.parametrize("text, number, start, end", [
    # a period phrase opening the sentence covers the counts coordinated after the first one ...
    ("During the week of 3 to 9 May, 40 suspects were killed and 1,200 were arrested.", "1,200",
     "2031-05-03", "2031-05-09"),
    ("Since Saturday 41 people have died in the port, 96 have been hurt.", "96", "2031-05-10", None),
    ("On Tuesday, five people were killed and 12 were injured in Varna.", "12", "2031-05-13", "2031-05-13"),
    # ... but not a running total joined to it
    ("On Friday two more bodies were found in the quarry, taking the toll to 31, the operator said.", "31",
     None, None),
])
def test_figure_periods_fronted_phrase_covers_coordinated_counts(nlp, text, number, start, end):
    assert _period(nlp, text, number) == (start, end)


@pytest.mark.parametrize("text, number, start", [
    # a relative clause on the dead or hurt that says what they did is no time of the harm ...
    ("Nine people died and scores were hurt, most of them pensioners who had been queuing "
     "since dawn for their allowance.", "Nine", None),
    ("Also among the dead are three guards of the depot, who had gone off duty on Monday night, medics said.",
     "three", None),
    # ... but one that says the harm is, and of missing people it may say when they went
    ("The 41 people who died since Monday were buried in Olm.", "41", "2031-05-12"),
    ("Sixteen sailors who left Port Edda on Sunday are missing.", "Sixteen", "2031-05-11"),
])
def test_figure_periods_person_clause_dates_no_harm(nlp, text, number, start):
    assert _period(nlp, text, number)[0] == start


@pytest.mark.parametrize("text, number, start, end", [
    # a deed told in the simple past as the conjunct of a dated attack happened that day ...
    ("On Sunday 3 May 2026, rebels ambushed a convoy near Olm and killed six soldiers.", "six",
     "2026-05-03", "2026-05-03"),
    ("Gunmen stormed the village on Monday and abducted 30 women.", "30", "2031-05-12", "2031-05-12"),
    ("On 3 May, fighters attacked the market town of Olm, killing at least 39 people.", "39",
     "2031-05-03", "2031-05-03"),
    # ... while a toll still running since the event's day stays open, and so does a disaster's
    ("The quake struck on Sunday and has killed 1,400 people.", "1,400", "2031-05-11", None),
    ("A quake struck on Sunday, killing 1,400 people.", "1,400", "2031-05-11", None),
])
def test_figure_periods_deed_coordinated_with_dated_attack(nlp, text, number, start, end):
    assert _period(nlp, text, number) == (start, end)
