"""Figures in the styles the blind test sets showed (floods, air strikes, a protest crackdown).

Every sentence here is invented; each reproduces a pattern the tool typed ``other`` or
counted wrongly: displacement wording (forced from their homes, relief camps, crossing a
border), missing people (had not returned, under the rubble, whereabouts unknown), killed
(martyrs, eliminated, "killed civilians"), detained (deprived of liberty, held incommunicado,
taken away), abducted, injured (sought medical help), running-count qualifiers ("passes 70"),
a leading "at least" over a coordinated number, and numbers that are dates or timestamps."""
from __future__ import annotations

import datetime

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp
from crosscheck.extract.numbers import find_number_mentions, parse_quantity

DATE = datetime.date(2027, 5, 20)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _figures(nlp, text):
    return extract_figures(nlp(text), DocContext("d1", "d1.txt", DATE))


def _one(nlp, text, number):
    figs = [f for f in _figures(nlp, text) if f.number_text == number]
    assert figs, f"no figure {number!r} in {text!r}"
    return figs[-1]


@pytest.mark.parametrize("sentence, number, measure", [
    # displaced
    ("The storm hit the coast on Sunday, forcing about 90,000 from their homes.", "90,000", "displaced"),
    ("More than 12,000 people have been forced from their homes by the fighting.", "12,000", "displaced"),
    ("Officials said 6,500 villagers have left their homes since the river burst its banks.", "6,500", "displaced"),
    ("The relief agency says 45,000 people are sheltering in relief camps.", "45,000", "displaced"),
    ("Thousands of families remain in makeshift camps outside the town.", "Thousands", "displaced"),
    ("Volunteers had counted 8,000 people in the camps by Friday.", "8,000", "displaced"),
    ("Nearly 1.4 lakh people continue to stay in relief camps.", "1.4 lakh", "displaced"),
    ("About 900 have crossed the border into the neighbouring state this week.", "900", "displaced"),
    ("Roughly 3,000 have exited through the southern checkpoint since the truce.", "3,000", "displaced"),
    ("So far 2,200 residents have left the district through the humanitarian corridor.", "2,200", "displaced"),
    ("More than 1,500 citizens entered Romania over the weekend.", "1,500", "displaced"),
    # missing
    ("Nine fishermen who set out on Friday had not returned by evening.", "Nine", "missing"),
    ("Fourteen boatmen from the island are yet to return.", "Fourteen", "missing"),
    ("Some thirty people are still missing, most of them farmers.", "thirty", "missing"),
    ("Rescuers said dozens more are under the rubble of a collapsed school.", "dozens", "missing"),
    ("The whereabouts of 28 people who were seen being arrested remain unknown.", "28", "missing"),
    ("Four were released; the fate of the other five is unknown.", "five", "missing"),
    # killed
    ("The army said it had eliminated more than 80 insurgents in the valley.", "80", "killed"),
    ("Three soldiers were martyred in the ambush.", "Three", "killed"),
    ("The number of martyrs since the offensive began has risen to 61.", "61", "killed"),
    ("The funeral was held for the 12 martyrs of the square.", "12", "killed"),
    ("The monitor has confirmed at least 48 killed civilians.", "48", "killed"),
    ("The number of martyrs has risen to 90, among them 20 children and 11 women.", "20", "killed"),
    # detained
    ("At least 75 of them were held incommunicado for days.", "75", "detained"),
    ("Detention of up to 30 days has been ordered for 340 persons.", "340", "detained"),
    ("At least 60 students taken away from the dormitory.", "60", "detained"),
    ("Masked officers took away dozens of young men.", "dozens", "detained"),
    ("Witnesses saw police dragging at least a dozen people into vans.", "a dozen", "detained"),
    ("Number of arrested since the vote passes 2,000.", "2,000", "detained"),
    ("Hundreds were beaten and thousands remain in detention.", "thousands", "detained"),
    # abducted
    ("Two reporters were bundled into a van by unidentified men.", "Two", "abducted"),
    # injured
    ("In total 53 citizens sought medical assistance after the clashes.", "53", "injured"),
])
def test_figures_blind_styles_measures(nlp, sentence, number, measure):
    assert _one(nlp, sentence, number).measure == measure


@pytest.mark.parametrize("sentence, number, value", [
    ("Nearly 1.4 lakh people continue to stay in relief camps.", "1.4 lakh", 140000),
    ("The state sanctioned 300 crore for the victims.", "300 crore", 3_000_000_000),
])
def test_figures_blind_styles_lakh_and_crore(nlp, sentence, number, value):
    mention = next(m for m in find_number_mentions(nlp(sentence)) if m.text == number)
    assert mention.quantity.value == value


@pytest.mark.parametrize("text, value", [("2 lakh", 200000), ("1.5 crore", 15_000_000), ("12 lakhs", 1_200_000)])
def test_figures_blind_styles_parse_lakh(text, value):
    assert parse_quantity(text).value == value


@pytest.mark.parametrize("sentence, number, qualifier", [
    ("Flood death toll passes 70 as rain continues.", "70", "more_than"),
    ("Quake toll tops 1,000, officials say.", "1,000", "more_than"),
    ("At least 40 civilians killed and 95 injured in the city.", "95", "at_least"),
    ("More than 30 people killed and 70 injured in the attack.", "70", "more_than"),
    # a finite verb between the two numbers ends the qualifier's reach
    ("At least 40 people died and 95 were hurt.", "95", "exact"),
])
def test_figures_blind_styles_qualifiers(nlp, sentence, number, qualifier):
    assert _one(nlp, sentence, number).qualifier == qualifier


@pytest.mark.parametrize("sentence, not_a_count", [
    ("At least 40 civilians were killed in the city between 12 and 15 June.", "15"),
    ("Rescuers worked on 8 and 9 April to clear the roads.", "8 and 9"),
    ("18.09, 18:30 – At least 6 dead in the square, say medics.", "18.09"),
])
def test_figures_blind_styles_dates_are_not_counts(nlp, sentence, not_a_count):
    texts = [m.text for m in find_number_mentions(nlp(sentence))]
    assert not_a_count not in texts


def test_figures_blind_styles_decimal_with_multiplier_stays_a_count(nlp):
    texts = [m.text for m in find_number_mentions(nlp("Officials said 2.10 million people were affected."))]
    assert "2.10 million" in texts


@pytest.mark.parametrize("sentence, number, group", [
    ("Eleven fishermen who set out on Friday had not returned.", "Eleven", "unspecified"),
    ("Police had arrested 31 terrorist suspects by noon.", "31", "unspecified"),
    ("Four soldiers were martyred in the ambush.", "Four", "security_forces"),
    ("In total 53 citizens sought medical assistance.", "53", "civilians"),
])
def test_figures_blind_styles_groups(nlp, sentence, number, group):
    assert _one(nlp, sentence, number).group == group


@pytest.mark.parametrize("sentence, number", [
    # denied harm stays denied; a plain return is no casualty
    ("All 40 crew members returned safely to port.", "40"),
    ("The 25 passengers were not hurt.", "25"),
    # leaving a building or a meeting is not displacement
    ("About 200 delegates left the hall after the vote.", "200"),
    ("Twenty fans crossed the street to the stadium.", "Twenty"),
])
def test_figures_blind_styles_not_people_harmed(nlp, sentence, number):
    assert _one(nlp, sentence, number).measure == "other"


def test_figures_blind_styles_timestamp_after_a_marker(nlp):
    texts = [m.text for m in find_number_mentions(nlp("● 21.04, 09:15 – At least 3 dead near the bridge."))]
    assert "21.04" not in texts and "3" in texts


@pytest.mark.parametrize("sentence, number, measure", [
    ("About 5,000 are sheltering in schools and mosques.", "5,000", "displaced"),
    ("Two heroes of the border guard were martyred.", "Two", "killed"),
])
def test_figures_blind_styles_more_measures(nlp, sentence, number, measure):
    assert _one(nlp, sentence, number).measure == measure


def test_figures_blind_styles_live_blog_entry_is_the_reporting_day():
    """An update list: each count is reported on its entry's day, not the page's date."""
    from crosscheck.extract.context import DocContext
    from crosscheck.extract.figures import extract_figures
    from crosscheck.extract.nlp import load_nlp

    text = ("Live updates from the capital\n\n"
            "18.09, 18:30 – At least 6 people were killed in clashes near the square.\n\n"
            "19.09, 09:10 – Hospitals say 11 people have now died.")
    ctx = DocContext("d1", "d1.txt", datetime.date(2026, 9, 19), published_from="text")
    found = {f.value: f.reported_on for f in extract_figures(load_nlp()(text), ctx) if f.measure == "killed"}
    assert found == {6: "2026-09-18", 11: "2026-09-19"}
