"""Figures from sentences in several news styles: measure, subject, group, place, period, source, hedges."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures

TUESDAY = dt.date(2025, 3, 11)


def _figures(nlp, text, published=TUESDAY):
    return extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", published))


def _figure(nlp, text, number, published=TUESDAY, measure=None):
    found = [f for f in _figures(nlp, text, published) if f.number_text == number and (measure is None or f.measure == measure)]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, number, measure", [
    # active
    ("Gunmen killed 14 villagers in the raid.", "14", "killed"),
    ("The floods displaced 3,000 families.", "3,000", "displaced"),
    ("Kidnappers seized and abducted 40 students from the school.", "40", "abducted"),
    ("Police arrested 15 protesters outside parliament.", "15", "detained"),
    # passive
    ("At least 12 people were killed in the blast.", "12", "killed"),
    ("Nine people were wounded when the bus overturned.", "Nine", "injured"),
    ("Twenty fishermen are still missing after the storm.", "Twenty", "missing"),
    ("Five aid workers were kidnapped near the border.", "Five", "abducted"),
    ("Over 300 soldiers are believed to have died in the fighting.", "300", "killed"),
    ("Some 200 detainees were arrested overnight.", "200", "detained"),
    # participle / nominal / phrase
    ("Rescuers counted 30 bodies in the rubble.", "30", "killed"),
    ("The clashes resulted in the deaths of 231 soldiers.", "231", "killed"),
    ("The shelling caused hundreds of civilian deaths.", "hundreds", "killed"),
    ("The attack brought the death toll to 1,311.", "1,311", "killed"),
    ("The total number of people killed is 973.", "973", "killed"),
    ("Seventeen women were reported missing last week.", "Seventeen", "missing"),
    ("Nearly 30,000 residents have fled to neighbouring countries.", "30,000", "displaced"),
    ("Forty-two miners lost their lives in the collapse.", "Forty-two", "killed"),
    ("The earthquake left 2,400 people injured.", "2,400", "injured"),
    # local crime report: manner verbs with a result
    ("Two men were shot and killed outside the bar.", "Two", "killed"),
    ("Two men were found shot to death in a van.", "Two", "killed"),
    ("Three teens were shot and wounded at the park.", "Three", "injured"),
    ("Officers fatally shot two suspects.", "two", "killed"),
    ("The two teens who fled the house were arrested.", "two", "detained"),
    # prepositional phrases and partitives
    ("Two police officers were among the dead.", "Two", "killed"),
    ("About 48,000 people have lost their homes.", "48,000", "displaced"),
    ("Twelve people remain in hospital.", "Twelve", "injured"),
    ("Police said 17 were wounded, six of them critically.", "six", "injured"),
    ("The toll includes five who were hurt while escaping.", "five", "injured"),
    ("Five people died in hospital on Sunday.", "Five", "killed"),
    # a partitive count: the number before "of" is the count
    ("He said 18 of his friends were also killed in the attacks.", "18", "killed"),
    # "including" passes the measure on; a coordinated count keeps its own
    ("The fire killed 10, including 4 children, and injured 25 others.", "4", "killed"),
    ("Casualties included 12 dead and 40 wounded.", "40", "injured"),
    # an aside after a casualty noun
    ("The community faces abductions – sometimes in batches of five or 10 per day – and threats.", "five or 10", "abducted"),
    ("Reports of kidnappings (at least 30 this year) have grown.", "30", "abducted"),
    # headline style
    ("1 dead, 2 injured in shooting at liquor store.", "2", "injured"),
])
def test_figures_measure_from_verb_and_noun_forms(nlp, text, number, measure):
    assert _figure(nlp, text, number).measure == measure


@pytest.mark.parametrize("text, number", [
    ("The government pledged $60 million in aid.", "60 million"),
    ("The convoy stopped just 20 kilometers from the capital.", "20"),
    ("The EU removed five banks from its sanctions list.", "five"),
    ("Gunmen attacked three coastal cities.", "three"),
    ("The officer suffered six gunshot wounds.", "six"),
    ("Two gunmen killed a guard at the gate.", "Two"),
    ("The club is missing 14 players through injury.", "14"),
    ("Of the 30 passengers on board, 12 died.", "30"),
    ("Two of the four occupants were arrested.", "four"),
    ("Rescuers pulled 251 survivors from the water and 112 people were still missing.", "251"),
    ("Police said two officers arrived and shot the man.", "two"),
    ("The country has endured more than a dozen years of war.", "a dozen"),
])
def test_figures_non_people_counts_are_other(nlp, text, number):
    assert _figure(nlp, text, number).measure == "other"


@pytest.mark.parametrize("text", [
    "The 25-year-old victim was shot on March 3, 2021.",
    "The hotline is open 24/7 for families.",
    "It was the third attack since 2019.",
])
def test_figures_dates_ages_ordinals_are_not_figures(nlp, text):
    assert _figures(nlp, text) == []


def test_figures_coordinated_casualty_nouns_give_two_figures(nlp):
    figs = _figures(nlp, "Rights groups recorded hundreds of kidnappings and extra-judicial killings since January.")
    assert sorted(f.measure for f in figs if f.number_text == "hundreds") == ["abducted", "killed"]


@pytest.mark.parametrize("text, number, subject, group", [
    ("Militants killed 1,700 Alawite civilians in the villages.", "1,700", "Alawite civilians", "civilians"),
    ("The deaths of 231 security forces members were confirmed.", "231", "security forces members", "security_forces"),
    ("Fighting killed 250 pro-government fighters.", "250", "pro-government fighters", "armed_group"),
    ("More than 1,540 people, the majority of them civilians, have been killed.", "1,540", "people", "mixed"),
    ("At least 9 schoolchildren died when the roof collapsed.", "9", "schoolchildren", "civilians"),
    ("Insurgents killed 18 police officers at a checkpoint.", "18", "police officers", "security_forces"),
    ("Attackers shot dead 12 Yazidis in the village.", "12", "Yazidis", "civilians"),
    ("The army was accused of the slaughter of hundreds of Alawites in the west.", "hundreds", "Alawites", "civilians"),
    ("Dozens of people were hurt in the stampede.", "Dozens", "people", "unspecified"),
])
def test_figures_subject_and_group(nlp, text, number, subject, group):
    fig = _figure(nlp, text, number)
    assert (fig.subject, fig.group) == (subject, group)


@pytest.mark.parametrize("text, number, locations", [
    ("Over 740 civilians were killed in Latakia, Jableh, and Banias.", "740", ["Latakia", "Jableh", "Banias"]),
    ("Floods displaced 5,000 people in Pakistan's Sindh province.", "5,000", ["Pakistan", "Sindh"]),
    ("Ministers met in Brussels after 40 people were killed.", "40", []),
])
def test_figures_location_from_the_figure_clause(nlp, text, number, locations):
    fig = _figure(nlp, text, number)
    assert all(any(want in got for got in fig.location) for want in locations)
    assert len(fig.location) >= len(locations) if locations else fig.location == []


@pytest.mark.parametrize("text, published, number, start, end", [
    ("At least 973 civilians have been killed since March 6.", TUESDAY, "973", "2025-03-06", None),
    ("Gunmen killed 61 people on March 10 alone.", TUESDAY, "61", "2025-03-10", "2025-03-10"),
    ("Over the weekend, floods killed 14 people.", TUESDAY, "14", "2025-03-08", "2025-03-09"),
    ("Over the weekend, floods killed 14 people.", None, "14", None, None),
    ("Clashes erupted on Thursday (March 6). The fighting has killed 231 soldiers.", TUESDAY, "231", "2025-03-06", None),
    ("The storm killed 8 people.", TUESDAY, "8", None, None),
])
def test_figures_period(nlp, text, published, number, start, end):
    fig = _figure(nlp, text, number, published)
    assert (fig.period_start, fig.period_end) == (start, end)


@pytest.mark.parametrize("text, number, source", [
    # wire copy with an acronym
    ("The Syrian Network for Human Rights (SNHR) said at least 42 people were killed.", "42",
     "Syrian Network for Human Rights"),
    ("At least 42 people were killed, according to SNHR. The Syrian Network for Human Rights (SNHR) "
     "publishes monthly tallies.", "42", "Syrian Network for Human Rights"),
    # local paper: passive → no source
    ("Two people were reported injured on Elm Street.", "Two", None),
    # NGO bulletin: "the monitor" resolved to the organisation named before
    ("The Border Rights Observatory said 50 people were killed on Monday. On Tuesday, the monitor "
     "said 17 women were missing.", "17", "Border Rights Observatory"),
    # government statement
    ("The Interior Ministry announced that 85 suspects had been detained.", "85", "Interior Ministry"),
    # a restatement in the next sentence carries its source back
    ("Soldiers killed at least 42 villagers last week. The Human Rights League reported that 42 villagers "
     "lost their lives.", "42", "Human Rights League"),
])
def test_figures_source(nlp, text, number, source):
    assert _figure(nlp, text, number).source == source


@pytest.mark.parametrize("text, number, hedges", [
    ("The monitor documented over 740 civilians killed. The death toll has not been verified and could "
     "be significantly higher.", "740", ["unverified", "could_rise"]),
    ("Militants reportedly went door to door, killing 1,700 civilians.", "1,700", ["unverified"]),
    ("Police arrested 15 suspects.", "15", []),
])
def test_figures_hedges(nlp, text, number, hedges):
    assert _figure(nlp, text, number).hedges == hedges


def test_figures_record_fields(nlp):
    text = "Officials said 1,311 people had died. The toll was updated on Monday."
    doc = nlp(text)
    (fig,) = [f for f in extract_figures(doc, DocContext("doc-1", "reports/doc-1.txt", TUESDAY))]
    assert doc.text[fig.char_start:fig.char_end] == "1,311"
    assert fig.sentence == list(doc.sents)[fig.sentence_idx].text
    assert (fig.document, fig.document_id, fig.reported_on) == ("reports/doc-1.txt", "doc-1", "2025-03-11")
    assert (fig.value, fig.low, fig.high, fig.qualifier) == (1311, 1311, 1311, "exact")
    again = extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", TUESDAY))
    assert again[0].id == fig.id


@pytest.mark.parametrize("text, number, reported_on, period_start", [
    # the date of the statement is when it was made, not the period counted
    ("The death toll rose to 2,134, the Ministry of Interior announced on Sunday.", "2,134", "2025-03-09", None),
    ("Officials said on Monday that 40 people had died since March 6.", "40", "2025-03-10", "2025-03-06"),
    # no date on the statement: the document's date
    ("At least 12 people were killed on Sunday, police said.", "12", "2025-03-11", "2025-03-09"),
])
def test_figures_reported_on_and_statement_dates(nlp, text, number, reported_on, period_start):
    fig = _figure(nlp, text, number)
    assert (fig.reported_on, fig.period_start) == (reported_on, period_start)


@pytest.mark.parametrize("text, expected", [
    ("A 42-year-old man was shot and killed outside the restaurant.", [("killed", 1.0)]),
    ("A woman was hospitalized after the crash.", [("injured", 1.0)]),
    ("A gunman killed a guard at the gate.", [("killed", 1.0)]),  # the guard, not the gunman
    ("A man walked into the store.", []),
    ("Three people were killed and a child was injured.", [("killed", 3.0), ("injured", 1.0)]),
])
def test_figures_single_victims_when_asked(nlp, text, expected):
    figs = extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", TUESDAY), count_single_victims=True)
    assert [(f.measure, f.value) for f in figs if f.measure != "other"] == expected
    plain = extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", TUESDAY))
    assert all(f.number_text.lower() not in ("a", "an") for f in plain)
