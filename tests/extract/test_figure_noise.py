"""Numbers on a page that count nothing (figure_noise): page furniture and designations are
dropped before figures are read; real counts next to them are kept. Sentences written for these
tests in several styles: a social post, a numbered press note, a wire story, a statement."""
import datetime as dt

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figure_noise import drop_noise_mentions
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp
from crosscheck.extract.numbers import find_number_mentions


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _numbers(nlp, text):
    doc = nlp(text)
    return [m.text for s in doc.sents for m in drop_noise_mentions(doc, find_number_mentions(s))]


def _figures(nlp, text):
    doc = nlp(text)
    return [(f.number_text, f.measure) for f in extract_figures(doc, DocContext("d", "d.txt", dt.date(2027, 3, 2), None))]


@pytest.mark.parametrize("text, dropped, kept", [
    # social-media counters under a post
    ("Update 4: 6 more bodies found. Total 21.\n9:30 PM · Mar 2, 2027 · 48.2K Views\n", ["48.2K"], ["6", "21"]),
    ("Five people were hurt in the blast.\n\n1.2K Reposts  312 Quotes  9.8K Likes  104 Bookmarks\n",
     ["1.2K", "312", "9.8K", "104"], ["Five"]),
    ("Eleven homes were destroyed.\n\nComments (0)\n", ["0"], ["Eleven"]),
    # a line holding only a number (a counter left by the page)
    ("Twelve people drowned when the ferry capsized.\n\n0\n\nShare this story", ["0"], ["Twelve"]),
    # numbered list items and paragraphs of a press note
    ("Our demands:\n1. Pay the families of the 14 dead.\n2. Free the 3 detained organisers.\n",
     ["1", "2"], ["14", "3"]),
    ("2. As per the district report, 27 persons have died so far.\n3. Relief camps are open.\n",
     ["2", "3"], ["27"]),
    ("(4) Nine workers remain in hospital.\n", ["4"], ["Nine"]),
    # an exchange-rate note and a telephone number
    ("The fund pays 200,000 rupees to each family ($1 = 88.50 rupees).", ["1", "88.50"], ["200,000"]),
    ("Relatives can call the crisis line on +44 20 7946 0018 for news of the 40 missing.",
     ["44", "20", "7946", "0018"], ["40"]),
    # designations after a hyphen
    ("The blast hit the 7-bis gallery where 19 miners were working.", ["7"], ["19"]),
    ("Residents of Block 12-C said four neighbours were arrested.", ["12"], ["four"]),
    # both terms of a rate; a count "per day" and a share "per cent" stay
    ("The province had 14 road deaths per 100 crashes last year, and 31 people died in March.", ["14", "100"], ["31"]),
    ("Malaria killed 22 per 1,000 children, officials said.", ["22", "1,000"], []),
    ("Gunmen killed 12 per day, and 40 per cent of the dead were women.", [], ["12", "40"]),
])
def test_noise_numbers_dropped(nlp, text, dropped, kept):
    found = _numbers(nlp, text)
    for number in dropped:
        assert number not in found, (number, found)
    for number in kept:
        assert number in found, (number, found)


@pytest.mark.parametrize("text, number, measure", [
    # a count the recogniser glued to the weekday before it
    ("On Friday four more bodies were brought to the surface, the company said.", "four", "killed"),
    ("On Tuesday 12 more villagers were abducted from the market.", "12", "abducted"),
    ("Since Saturday 29 people have been killed in the fighting.", "29", "killed"),
    # the value of an unnamed count noun that the recogniser took for a date
    ("Volunteers list at least 61 residents who died in the fire. The city's figure stands at 44.", "44", "killed"),
    # ... or its object: "puts the toll at 28"
    ("The Harbour Aid Forum, which has been gathering names of the dead from families in two wards, now puts the toll "
     "at 28, including five women and two children.", "28", "killed"),
    # a capital "Between" opening the sentence: a range of people, not a span of days
    ("Between 16 and 30 trawlermen are still unaccounted for at sea.", "16 and 30", "missing"),
    ("Between 20 and 35 people were killed in the raid on the market.", "20 and 35", "killed"),
    # a number the recogniser took for a date, then "are" and a plural noun for people
    ("The council said 190 people were killed. Of these, 47 are children under 18.", "47", "killed"),
    # a number in a list of counts that the recogniser took for a date
    ("Of the 30 injured, 14 are in the district hospital, 9 at St Anne's Clinic and seven at the army hospital.",
     "9", "injured"),
])
def test_counts_kept(nlp, text, number, measure):
    assert (number, measure) in _figures(nlp, text)


@pytest.mark.parametrize("text, number", [
    ("The bridge reopened on Friday 14 March after repairs, officials said.", "14"),
    ("The hearings were held on 11 and 14 March in the capital.", "11"),
    ("Between 12 and 15 October heavy rain fell across the valley.", "12 and 15"),
    # a headline's "puts toll at N" (the body gives the count again with its place and day)
    ("Home > News > Bishop puts toll at 78, accuses officials", "78"),
    ('Home > News > Bishop puts toll at 78, accuses officials of "hiding the dead"', "78"),
    ("Between 2019 and 2022 the dam was rebuilt by the workers.", "2019 and 2022"),
])
def test_dates_are_not_counts(nlp, text, number):
    assert number not in [n for n, _ in _figures(nlp, text)]


def test_spelled_number_alone_on_its_line_is_no_count(nlp):
    # a number written out as a line of its own, for effect, repeats the count before it
    text = "Thirty-one people drowned when the ferry capsized.\n\nThirty-one.\n\nNobody has resigned."
    assert _numbers(nlp, text) == ["Thirty-one"]


def test_dashed_alternative_number_is_not_a_figure(nlp):
    """"the three - or nine - men in custody": the number in the aside is another figure for the same
    count, said in passing; a count after a dash that is not an aside is kept."""
    text = "Lawyers want access to the three - or nine - men in custody in Selvin."
    assert _numbers(nlp, text) == ["three"]
    assert _numbers(nlp, "Rescuers found 12 bodies - or 14 according to the mayor.") == ["12", "14"]
