"""Figure periods: the dated onset of the incident a report is about, in the words reports use
for it (a verb of the event, a verb whose subject or object is the event, a phrasal onset, a part
of the day), and the dates that are not its onset (a later act, an older event recalled).

Invented texts only."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures, find_document_onset
from crosscheck.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _ctx():
    return DocContext("doc-1", "reports/doc-1.txt", PUBLISHED)


def _onset(nlp, text):
    found = find_document_onset(list(nlp(text).sents), _ctx())
    return found[1] if found else None


def _period(nlp, text, number):
    found = [f for f in extract_figures(nlp(text), _ctx()) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0].period_start


@pytest.mark.parametrize("text, day", [
    # a verb of the event itself
    ("A cargo plane crashed into a hillside near the town of Orvel on Monday night.", "2031-05-12"),
    ("Two buses collided on the coastal road early on Sunday, officials said.", "2031-05-11"),
    # the event as the subject or the object of a verb that brings it about
    ("Days of heavy rain triggered a landslide in the hills of Tarvo early on Tuesday.", "2031-05-13"),
    ("A mudslide buried half of the hamlet of Kesh on Monday, villagers said.", "2031-05-12"),
    # a two-word onset
    ("Before dawn on Sunday, the slope above the village gave way.", "2031-05-11"),
    ("The roof of the market hall caved in on Monday afternoon.", "2031-05-12"),
    # a part of the day or an adverb the date hangs on
    ("In the early hours of Tuesday the boiler room exploded.", "2031-05-13"),
    # a clause without a subject hanging on the event's verb
    ("The helicopter went down while landing at the base late on Monday, the army said.", "2031-05-12"),
    # the earliest day of the lead, whichever sentence tells it first
    ("The toll rose on Tuesday as rescuers searched the rubble. The building collapsed on Sunday.", "2031-05-11"),
])
def test_onset_in_the_words_of_the_event(nlp, text, day):
    assert _onset(nlp, text) == day


@pytest.mark.parametrize("text", [
    # a reaction to the event is not its onset
    ("The rebels condemned the government on Tuesday in a video."),
    # something else that starts
    ("The government declared two days of mourning starting on Monday."),
    # an older event recalled in the lead
    ("In March 2019, an explosion at the same plant killed 12 workers."),
    # a clause with a subject of its own is another act
    ("If only 40 were abducted, as the governor claimed on Monday, where are the others?"),
])
def test_dates_that_are_not_the_onset(nlp, text):
    assert _onset(nlp, text) is None


def test_toll_naming_the_event_counts_from_its_onset(nlp):
    text = ("Days of heavy rain triggered a landslide in the hills of Tarvo early on Tuesday. "
            "Rescuers dug through the mud. The number of dead in the landslide rose to 23, police said.")
    assert _period(nlp, text, "23") == "2031-05-13"


@pytest.mark.parametrize("text, number, start", [
    # a toll the sentence states beside the count, in a clause of its own, is not the count's toll
    ("A cargo ferry sank off Port Ovis early on Monday. Divers searched the hull. The governor said more than 30 "
     "people had been hurt and warned that the number of dead would rise.", "30", None),
    # the count in the toll's own clause is the toll's
    ("A cargo ferry sank off Port Ovis early on Monday. Divers searched the hull. On Tuesday, the ferry company "
     "put the number of dead at 37, with five crew members unaccounted for.", "five", "2031-05-12"),
    # a count verb dated to a later day reports the count as it stood that day, not from when it runs
    ("A cargo ferry sank off Port Ovis early on Monday. Divers searched the hull. The death toll from the "
     "sinking rose to 19 on Tuesday, officials said.", "19", None),
    ("A cargo ferry sank off Port Ovis early on Monday. Divers searched the hull. Yesterday the port authority "
     "revised the official death toll down to 17 from 18.", "17", None),
    # "as of" a later day is a cut-off of the count that runs from the event
    ("A cargo ferry sank off Port Ovis early on Monday. Divers searched the hull. As of noon on Tuesday, the "
     "death toll from the sinking had risen to 19.", "19", "2031-05-12"),
    # a sentence about a situation report's own window, or about a moment within the event
    ("A cyclone made landfall near Port Ovis on Monday. Shelters opened. The agency recorded nine further "
     "deaths in this reporting period, and its count of deaths now stands at 30.", "30", None),
    ("A cyclone made landfall near Port Ovis on Monday. Shelters opened. Some 4,000 people were evacuated at "
     "the height of the storm, the agency said.", "4,000", None),
])
def test_onset_reaches_only_counts_that_run_from_it(nlp, text, number, start):
    assert _period(nlp, text, number) == start


def test_a_year_ago_names_no_day(nlp):
    text = "A year ago, a blast at the same plant in Orvel had killed 9 workers, the union said."
    assert _period(nlp, text, "9") is None


@pytest.mark.parametrize("text, number, start", [
    # "since" the report's own event counts from its day: a phrase, a part of it, a clause
    ("A fire swept through a warehouse in Port Ovis on Monday. Crews searched the site. The ambulance service "
     "said 52 people had been treated in hospital since the fire.", "52", "2031-05-12"),
    ("A fire swept through a warehouse in Port Ovis on Monday. Crews searched the site. Since the first hours "
     "of the fire, volunteers have taken 38 injured people to clinics.", "38", "2031-05-12"),
    ("A fire swept through a warehouse in Port Ovis on Monday. Crews searched the site. Volunteers who have "
     "worked since the fire broke out say more than 60 people have died in the blaze.", "60", "2031-05-12"),
    # "since" another time, or another event than the one dated, is no count of the event
    ("A dam gave way above Port Ovis on Monday. Crews searched the valley. Nearly 90 people have been injured "
     "since the storm struck, health officials said.", "90", None),
    ("A fire swept through a warehouse in Port Ovis on Monday. Crews searched the site. Since 2024, 41 workers "
     "have been injured in fires in the port, the union said.", "41", None),
    ("A fire swept through a warehouse in Port Ovis on Monday. Crews searched the site. Since the new law "
     "came in, 41 workers have been injured in fires in the port, the union said.", "41", None),
])
def test_since_the_event_counts_from_its_onset(nlp, text, number, start):
    assert _period(nlp, text, number) == start


def _span(nlp, text, number):
    found = [f for f in extract_figures(nlp(text), _ctx()) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize("text, number, span", [
    # a past-tense sentence dated by days after the report's event is that day
    ("Gunmen attacked the market town of Belvo on Saturday. Two days after the first attack, the gunmen came "
     "back and killed four farmers.", "four", ("2031-05-12", "2031-05-12")),
    ("A gas explosion ripped through a depot in Tarnel on Sunday. The day after the explosion, three workers "
     "died in hospital.", "three", ("2031-05-12", "2031-05-12")),
])
def test_days_after_the_event_give_that_day(nlp, text, number, span):
    assert _span(nlp, text, number) == span


@pytest.mark.parametrize("text, number, start", [
    # told in the present of the report's day, "N days after the fire" puts the fire N days before it ...
    ("Three days after a blaze tore through the Orla settlement, doctors are struggling. Since the night of the "
     "blaze, our teams have treated 64 patients with burns.", "64", "2031-05-11"),
    # ... and "since the night of the <event>" counts from the event's day
    ("A blaze tore through the Orla settlement on Monday night. Since the night of the blaze, nurses have "
     "treated 58 people.", "58", "2031-05-12"),
])
def test_since_the_event_dated_by_days_before_the_report(nlp, text, number, start):
    assert _span(nlp, text, number)[0] == start


@pytest.mark.parametrize("text, number", [
    # a week-wide date on the event names the event; it starts no count ...
    ("The toll of last week's bus crash near Pellow has climbed to 31, officials said.", "31"),
    # ... and a death dated later in the story is no onset of the event then
    ("The toll of last week's bus crash near Pellow has climbed to 31. Two patients died on Monday, "
     "the hospital said. Rescue teams say they recovered 22 bodies.", "22"),
    # a later event of the same kind is not the one the count runs from
    ("Officials last night revised the toll for both raids to 44, a count that now includes yesterday's "
     "second raid on Dunmar.", "44"),
])
def test_vague_or_later_event_dates_start_no_count(nlp, text, number):
    assert _span(nlp, text, number)[0] is None


def test_days_after_another_happening_shift_nothing(nlp):
    text = ("Gunmen attacked the market town of Belvo on Saturday. Two days after the funeral, the gunmen came back "
            "and killed four farmers.")
    assert _span(nlp, text, "four")[0] != "2031-05-12"


def test_days_after_the_event_at_the_end_of_a_sentence_date_nothing(nlp):
    text = ("A gas explosion ripped through a depot in Tarnel on Sunday. At least 12 people have been killed in the "
            "explosion, police said on Tuesday, as rescuers searched for workers still missing two days after the blast.")
    assert _span(nlp, text, "12")[0] == "2031-05-11"


def test_since_the_event_began_counts_from_its_dated_day(nlp):
    text = ("Health officials declared an outbreak of measles in Wenlo district on 3 May. About 900 families have "
            "left the district since the outbreak began, the council said.")
    assert _span(nlp, text, "900")[0] == "2031-05-03"


@pytest.mark.parametrize("text, number, span", [
    # an addition on the day of a dated event is that day's ...
    ("On Monday, gunmen stormed the village of Arvo again, killing five more people.", "five",
     ("2031-05-12", "2031-05-12")),
    # ... while the toll of the event counts from it
    ("An earthquake struck the Dalen valley on Monday, killing 212 people.", "212", ("2031-05-12", None)),
])
def test_an_increment_on_the_day_of_an_event_is_that_day(nlp, text, number, span):
    assert _span(nlp, text, number) == span


@pytest.mark.parametrize("text, number, span", [
    # the day owns the happening the toll comes from: counted from that day on
    ("On Tuesday the count of the dead from Sunday evening's storm in Velm went up to 22.", "22", ("2031-05-11", None)),
    ("Nine villagers have died of wounds from Saturday's attack.", "Nine", ("2031-05-10", None)),
    # ... but not a count the text keeps to that day, nor deaths "in" it
    ("The toll of Saturday's attack alone is 12.", "12", ("2031-05-10", "2031-05-10")),
    ("Twelve people died in Saturday's attack alone.", "Twelve", ("2031-05-10", "2031-05-10")),
])
def test_toll_from_a_days_happening_counts_from_that_day(nlp, text, number, span):
    assert _span(nlp, text, number)[:2] == span
