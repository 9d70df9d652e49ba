"""Figures in the styles of real local and wire news (crime, accidents, courts, business).

Each case reproduces, in invented words, an error pattern found by auditing the figure
extractor on real articles (see docs/quality.md, "Figures on real news (audit)"): numbers that
are not people harmed (ages after a name, photo-gallery counters, "a mother of two", arrest
warrants, the accused), elliptical counts ("two fatally"), and people nouns the extractor
did not know ("a technician", "a gentleman", "two men with gunshot wounds")."""
from __future__ import annotations

import datetime

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp
from crosscheck.extract.numbers import find_number_mentions

DATE = datetime.date(2027, 3, 9)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _all(nlp, text):
    return extract_figures(nlp(text), DocContext("d1", "d1.txt", DATE))


def _people(nlp, text):
    return [f for f in _all(nlp, text) if f.measure != "other"]


@pytest.mark.parametrize("sentence, number", [
    # an age after a name, with or without the closing comma
    ("Tomas Reyes, 41 was shot in the shoulder outside the bakery.", "41"),
    ("Officers said Lena Brook, 19, was grazed by a bullet.", "19"),
    # an age after a singular person noun
    ("A girl, 6, was hurt when the gun went off.", "6"),
])
def test_figures_real_styles_ages_are_not_counts(nlp, sentence, number):
    assert all(f.number_text != number for f in _people(nlp, sentence))
    assert all(m.text != number for m in find_number_mentions(nlp(sentence)))


@pytest.mark.parametrize("sentence", [
    "Photo: Desk Image 3 of 7 A teenager was wounded near the school on Friday.",
    "Slide 2 of 9. Two people were hurt in the crash.",
    "Teen survives shooting at party 2 / 5 Back to Gallery",
])
def test_figures_real_styles_gallery_counters_are_not_counts(nlp, sentence):
    numbers = {f.number_text for f in _people(nlp, sentence)}
    assert not numbers & {"3", "7", "2", "9", "5"}


def test_figures_real_styles_gallery_keeps_the_real_count(nlp):
    figs = _people(nlp, "Slide 2 of 9. Two people were hurt in the crash.")
    assert [(f.number_text, f.measure) for f in figs] == [("Two", "injured")]


@pytest.mark.parametrize("sentence, number", [
    ("A 40-year-old mother of four died when a van struck her, police said.", "four"),
    ("The victim, a father of two, was killed outside his shop.", "two"),
])
def test_figures_real_styles_parent_of_n_is_not_a_count(nlp, sentence, number):
    assert all(f.number_text != number for f in _people(nlp, sentence))


def test_figures_real_styles_family_of_n_still_counts(nlp):
    figs = _people(nlp, "A family of six died in the house fire.")
    assert [(f.number_text, f.measure) for f in figs] == [("six", "killed")]


@pytest.mark.parametrize("sentence, accused, victims", [
    ("Two cousins charged in the stabbing deaths of three men appeared in court.", "Two", "three"),
    ("Four teenagers accused of killing a shopkeeper were released on bail.", "Four", None),
    ("Three men convicted in the murder of two guards were sentenced on Monday.", "Three", "two"),
])
def test_figures_real_styles_the_accused_are_not_casualties(nlp, sentence, accused, victims):
    figs = {f.number_text: f.measure for f in _people(nlp, sentence)}
    assert accused not in figs
    if victims:
        assert figs.get(victims) == "killed"


@pytest.mark.parametrize("sentence, expected", [
    ("Four people were arrested and charged with looting.", ("Four", "detained")),
    ("Two suspects were killed in the shootout with deputies.", ("Two", "killed")),
])
def test_figures_real_styles_charged_does_not_hide_other_measures(nlp, sentence, expected):
    assert [(f.number_text, f.measure) for f in _people(nlp, sentence)] == [expected]


@pytest.mark.parametrize("sentence, number", [
    ("Deputies served three arrest warrants at the farmhouse.", "three"),
    ("The chain closed 12 restaurants after the outbreak of violence.", "12"),
])
def test_figures_real_styles_things_with_agent_suffixes(nlp, sentence, number):
    assert all(f.number_text != number for f in _people(nlp, sentence))


@pytest.mark.parametrize("sentence, number, measure", [
    # the manner adverb of an elliptical count gives its measure
    ("Five hikers were shot at the trailhead, two fatally, the sheriff's office said.", "two", "killed"),
    ("Six people were hurt in the blast, one critically.", "one", "injured"),
    # a people noun with harm nouns after "with"
    ("Paramedics found two men with stab wounds behind the bar.", "two", "injured"),
    # people nouns common in local news
    ("The fire service said at least one technician was injured.", "one", "injured"),
    ("The sheriff's department arrested one gentleman after the brawl.", "one", "detained"),
    ("Police said three coworkers were wounded.", "three", "injured"),
])
def test_figures_real_styles_measures(nlp, sentence, number, measure):
    figs = [f for f in _people(nlp, sentence) if f.number_text == number]
    assert figs, f"no figure {number!r} in {sentence!r}"
    assert figs[-1].measure == measure


def test_figures_real_styles_whole_shot_count_stays_injured(nlp):
    figs = {f.number_text: f.measure for f in _people(nlp, "Five hikers were shot at the trailhead, two fatally.")}
    assert figs == {"Five": "injured", "two": "killed"}


@pytest.mark.parametrize("sentence, source", [
    ("Two men were wounded in the parking lot, the sheriff's office said.", "sheriff's office"),
    ("According to police, three people were shot near the bus depot.", "police"),
])
def test_figures_real_styles_local_sources(nlp, sentence, source):
    figs = _people(nlp, sentence)
    assert figs and figs[0].source and figs[0].source.lower() == source


@pytest.mark.parametrize("sentence, number, measure", [
    # "found" + a participle complement
    ("A couple and their two sons were found fatally shot in the cabin.", "two", "killed"),
    ("A household of four, including two toddlers, was found fatally stabbed in the flat.", "four", "killed"),
    # a condition in hospital says injured
    ("On Monday, all three patients were said to be in serious condition, the hospital said.", "three", "injured"),
    ("Two deputies remain in critical condition.", "Two", "injured"),
])
def test_figures_real_styles_found_and_condition(nlp, sentence, number, measure):
    figs = [f for f in _people(nlp, sentence) if f.number_text == number]
    assert figs, f"no figure {number!r} in {sentence!r}"
    assert figs[-1].measure == measure


def test_figures_real_styles_found_without_harm_is_not_a_figure(nlp):
    assert _people(nlp, "The inspector found two ledgers signed by the mayor.") == []


@pytest.mark.parametrize("sentence, number, measure, subject_word", [
    # a hyphenated noun the tokenizer splits: the count is of its last part
    ("The clerk allegedly shot three co-workers in the warehouse.", "three", "injured", "workers"),
    # "the wounded" are people, not wounds
    ("All five of the wounded were flown to a trauma centre.", "five", "injured", "wounded"),
    ("Two females and a male were wounded in the brawl.", "Two", "injured", "females"),
    ("The attacker came back and gunned down three cashiers.", "three", "killed", "cashiers"),
])
def test_figures_real_styles_counted_people(nlp, sentence, number, measure, subject_word):
    figs = [f for f in _people(nlp, sentence) if f.number_text == number]
    assert figs, f"no figure {number!r} in {sentence!r}"
    assert figs[-1].measure == measure and subject_word in (figs[-1].subject or "")


@pytest.mark.parametrize("sentence", [
    "His three nephews, who were asleep upstairs, were not hurt.",
    "Two deputies were not injured in the exchange of fire.",
])
def test_figures_real_styles_denied_harm_is_not_a_figure(nlp, sentence):
    assert _people(nlp, sentence) == []


def test_figures_real_styles_wounds_are_not_people(nlp):
    assert _people(nlp, "Doctors counted seven gunshot wounds on the body.") == []


def test_figures_real_styles_denied_reporting_credits_no_one(nlp):
    figs = _people(nlp, "What most of the networks won't tell you about the clerk who shot three customers.")
    assert [(f.number_text, f.source) for f in figs] == [("three", None)]


@pytest.mark.parametrize("sentence, number, measure", [
    # a bare hour after a time preposition on a passive verb with its subject named
    ("Ruiz was detained outside the stadium around 10.", "10", None),
    ("The two were wounded at 11, the club said.", "11", None),
    # but a bare count after "around" on an active verb is still a count
    ("Police arrested around 9 after the riot.", "9", "detained"),
    ("The toll was raised to 9.", "9", "killed"),
])
def test_figures_real_styles_clock_hours(nlp, sentence, number, measure):
    figs = {f.number_text: f.measure for f in _people(nlp, sentence)}
    assert figs.get(number) == measure
