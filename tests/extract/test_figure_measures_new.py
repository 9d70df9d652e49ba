"""What a count of people counts when no casualty word says it (measure_cues), and numbers that
only look like tolls. Sentences written for these tests in several news styles: a company
disclosure, a union statement, a rescue service's thread, a state press note, a wire story,
a diocesan bulletin, a translated regional paper."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _measure(nlp, text, number):
    doc = nlp(text)
    found = [f for f in extract_figures(doc, DocContext("d", "d.txt", dt.date(2027, 6, 3), None))
             if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[-1].measure


@pytest.mark.parametrize("text, number, measure", [
    # out of contact or still below: missing (company disclosure, agency, feature)
    ("Contact has not yet been re-established with 41 workers who were on the night shift.", "41", "missing"),
    ("The search for 17 divers with whom communication was lost on Monday continues.", "17", "missing"),
    ("Her son is one of the 9 men still underground.", "9", "missing"),
    ("About 30 residents are still trapped under the rubble of the tower, firefighters said.", "30", "missing"),
    # a grave state of health: injured (press note, translated paper)
    ("Of the 20 admitted, 6 patients are reported to be critical.", "6", "injured"),
    ("The condition of three is described as serious, the hospital said.", "three", "injured"),
    # mourned or buried: killed (diocesan bulletin, local paper)
    ("The archbishop led a funeral service for 12 victims in the cathedral.", "12", "killed"),
    ("Relatives gathered for the burial of 8 fishermen on Sunday.", "8", "killed"),
    # lost or taken by an event: killed (explainer, union statement)
    ("The district had already lost dozens of people in a raid in 2021.", "dozens", "killed"),
    ("Herders have lost hundreds of goats and dozens of men to bandits over the years.", "dozens", "killed"),
    ("Five years ago the same pit took 31 of our members.", "31", "killed"),
    ("Two site managers have been detained, the prosecutor's office said.", "Two", "detained"),
    ("They tell us that at least 14 of our comrades are dead.", "14", "killed"),
    # held by an armed group: abducted (live blog); unaccounted for: missing (tabloid)
    ("A police source says between 10 and 15 guests are believed to be still held by the gunmen upstairs.",
     "10 and 15", "abducted"),
    ("Officers said 9 people were still unaccounted for by late evening, and urged relatives to call.",
     "9", "missing"),
    # a bare "one" after a coordinated count (foreign ministry)
    ("The embassy said three of its nationals were killed and one was injured.", "one", "injured"),
    ("Three climbers died and one is missing after the storm.", "one", "missing"),
    # running totals in a terse thread, and a figure referring back (rescue service, statement)
    ("Update 3: 4 more bodies recovered from the east wing. Total 22. Work continues.", "22", "killed"),
    ("Total 16 bodies recovered so far.", "16", "killed"),
    ("Volunteers count at least 70 villagers who died in the floods. The official figure stands at 52.", "52",
     "killed"),
    # a second relative clause joined by "and who" says what became of them (court summary)
    ("The tribunal could not rule on the fate of 37 persons who are named in the charge sheet and who "
     "remain missing.", "37", "missing"),
    ("Ten workers who joined the strike and who were later injured were treated in Osk.", "Ten", "injured"),
])
def test_measure_without_casualty_word(nlp, text, number, measure):
    assert _measure(nlp, text, number) == measure


@pytest.mark.parametrize("text, number", [
    # money next to a casualty word (state press note, wire)
    ("The state announced Rs 75,000 to those injured and Rs 4 lakh to each bereaved family.", "75,000"),
    ("Each family of the dead will receive 500,000 naira, the governor said.", "500,000"),
    # a legal threshold is not a toll
    ("The case was opened under Section 12 of the Mining Code (negligence causing the death of two or more persons).",
     "two"),
    # rescued alive with no word of injury or care: unhurt (live page)
    ("So far 57 people have been pulled out alive, of whom 20 have been admitted to hospital.", "57"),
    # a bus that took people somewhere, a number after "Figure" with no count before it
    ("The bus took 28 passengers to the capital.", "28"),
    ("Figure 3 shows the river basin.", "3"),
    # a count that stays a count of the living
    ("Total 40 rescuers are on site.", "40"),
])
def test_not_a_count_of_people_harmed(nlp, text, number):
    assert _measure(nlp, text, number) == "other"


@pytest.mark.parametrize("text, number, measure", [
    # the people taken to hospital stay injured; an increment beside its total keeps its measure
    ("So far 57 people have been pulled out alive, of whom 20 have been admitted to hospital.", "20", "injured"),
    ("Two miners were brought to the surface alive and taken to hospital by ambulance.", "Two", "injured"),
    ("On Friday four more bodies were brought to the surface, taking the death toll to 21.", "21", "killed"),
    ("Eleven people were killed, police said; 13 miners are still missing.", "13", "missing"),
    # a recognised casualty word is never overridden by a state word
    ("Seven people were killed and 12 seriously injured.", "Seven", "killed"),
])
def test_existing_readings_kept(nlp, text, number, measure):
    assert _measure(nlp, text, number) == measure


def test_held_by_police_is_not_abducted(nlp):
    assert _measure(nlp, "About 30 people were held by the police for questioning.", "30") != "abducted"


@pytest.mark.parametrize("text, number, measure", [
    # a noun for people held says they are held only when nothing else is said of them (wire,
    # rights report, local paper)
    ("Two hostages were killed when troops stormed the compound.", "Two", "killed"),
    ("Three detainees died in custody last month, the commission said.", "Three", "killed"),
    ("Four of the hostages were wounded in the crossfire.", "Four", "injured"),
    ("Human rights groups say more than 500 prisoners have died in jails since 2021.", "500", "killed"),
    ("Two hostages were freed on Sunday after talks.", "Two", "abducted"),
    ("Police arrested 40 protesters on Monday and 12 detainees were later charged.", "12", "detained"),
    # held against one's will: captivity; a capitalised title after a number written twice
    ("Three (3) Border Guards were injured in the clash, the ministry said.", "Three (3)", "injured"),
    ("Six crew members were held against their will for three days, the shipping company said.", "Six", "abducted"),
    # care said with an adjective (translated paper)
    ("Sixty-one inmates received medical attention, of whom around thirty remain hospitalized.", "thirty", "injured"),
    ("Sixty-one inmates received medical attention, of whom around thirty remain hospitalized.", "Sixty-one", "injured"),
])
def test_held_people_and_captivity(nlp, text, number, measure):
    assert _measure(nlp, text, number) == measure




@pytest.mark.parametrize("text, number, measure", [
    # a part after its whole, in the next sentence (wire story, regional paper, press note)
    ("At least 40 people died when the ferry sank. Eleven were women.", "Eleven", "killed"),
    ("Thirty people were killed. Seven came from Orrin and two from Tasby.", "Seven", "killed"),
    ("Of the 22 dead, six were found in Marrow and two in Pell Harbour.", "six", "killed"),
    ("By nightfall, 64 bodies had been brought out, and a further 12 were recovered on Sunday.", "12", "killed"),
    ("Police arrested 30 people on Monday. Twelve were women.", "Twelve", "detained"),
    # the object of a part verb whose subject is a casualty noun (bulletin)
    ("At least 22 people died. The dead include five children and 8 women.", "five", "killed"),
    ("At least 22 people died. The dead include five children and 8 women.", "8", "killed"),
    ("Six people died. The injured include 12 police officers and four firefighters.", "12", "injured"),
    # not a part: a fate of its own, a larger number, a speaker, a doer
    ("Forty people died in the fire. Twelve survived.", "Twelve", "other"),
    ('Six people died. "We have slept in the school gym since Monday, all six of us," said Ana Tork.', "six", "other"),
    ("Twelve people died. Four carried the coffin.", "Four", "other"),
    ("Of the 26 injured, 9 were flown to the capital, while the rest stayed in Orrin.", "9", "other"),
])
def test_measure_part_after_its_whole(nlp, text, number, measure):
    assert _measure(nlp, text, number) == measure


@pytest.mark.parametrize("text, number", [
    ("Twelve people died. Forty were evacuated by boat.", "Forty"),    # more than the whole
    ("Nine people died in the blast. Forty lived on the street.", "Forty"),
])
def test_measure_larger_count_after_a_toll_is_not_its_part(nlp, text, number):
    doc = nlp(text)
    found = [f for f in extract_figures(doc, DocContext("d", "d.txt", dt.date(2027, 6, 3), None)) if f.number_text == number]
    assert all(f.measure != "killed" for f in found)


def test_measure_gapped_part_switched_off(nlp, monkeypatch):
    from crosscheck.extract import measure_cues
    text = "Thirty people were killed. Seven came from Orrin and two from Tasby."
    assert _measure(nlp, text, "two") == "other"
    monkeypatch.setattr(measure_cues, "GAPPED_PARTS", True)
    assert _measure(nlp, text, "two") == "killed"


def test_measure_bare_part_counts_where_when_and_per_whom_its_whole_does(nlp):
    doc = nlp("At least 40 people died in Hollin on Monday, police said. Eleven were women.")
    figures = extract_figures(doc, DocContext("d", "d.txt", dt.date(2027, 6, 3), None))
    whole, part = [f for f in figures if f.number_text in ("40", "Eleven")]
    assert part.measure == "killed"
    assert (part.source, part.location, part.period_start) == (whole.source, whole.location, whole.period_start)
    assert whole.source and whole.location and whole.period_start


@pytest.mark.parametrize("text, number, measure", [
    # a bare number whose listed part is people continues the count of people before it
    ("The army admits 40 dead, and the parish has buried 57, among them six girls.", "57", "killed"),
    ("Rangers confirm 40 dead; volunteers with the relief committee have buried 57, including six toddlers.",
     "57", "killed"),
    ("The ministry reported 40 deaths; observers counted 57, including six children.", "57", "killed"),
    # the listed part is not people
    ("The army admits 40 dead, and the parish has rebuilt 57, among them six schools.", "57", "other"),
])
def test_bare_whole_of_a_listed_part_of_people(nlp, text, number, measure):
    assert _measure(nlp, text, number) == measure
