import pytest

from crosscheck.extract.repeats import mark_repeated_figures
from crosscheck.records import Figure


def fig(fid, start, value, measure="killed", group="civilians", location=(), low=None, high=None):
    return Figure(id=fid, document_id="d", document="d.txt", sentence="", char_start=start, value=value,
                  low=low, high=high, measure=measure, group=group, location=list(location))


@pytest.mark.parametrize("later, repeat", [
    (fig("b", 90, 40), True),                                   # the lead restated
    (fig("b", 90, 40, group="unspecified"), True),              # "40 people" after "40 civilians"
    (fig("b", 90, 40, location=["Dalmor"]), True),              # a place added
    (fig("b", 90, 40, measure="injured"), False),               # another measure
    (fig("b", 90, 41), False),                                  # another number
    (fig("b", 90, 40, group="security_forces"), False),         # another group
    (fig("b", 90, None, low=200, high=999), False),             # vague words are never repeats
])
def test_repeats_restatement_rules(later, repeat):
    first = fig("a", 10, 40, location=["Dalmor"])
    out = mark_repeated_figures([later, first])
    assert (out[0].repeat_of == "a") is repeat and first.repeat_of is None


def test_repeats_places_that_differ_are_two_claims():
    a, b = fig("a", 10, 5, location=["Halvik"]), fig("b", 50, 5, location=["Dalmor"])
    mark_repeated_figures([a, b])
    assert b.repeat_of is None


def test_repeats_cells_of_one_table_are_never_restatements():
    # "| Osk | 9 | 214 | 9 |": this year's and last year's deaths, two counts of nine
    a, b = fig("a", 110, 9, location=["Osk"]), fig("b", 118, 9, location=["Osk"])
    c = fig("c", 300, 9, location=["Osk"])       # a sentence below the table restates the first cell
    mark_repeated_figures([a, b, c], tables=[(100, 200)])
    assert a.repeat_of is None and b.repeat_of is None and c.repeat_of == "a"


def test_repeats_cells_of_two_tables_are_never_restatements():
    # a table by day, then a table by town: "| Mon 3 May | 7 |" and "| Osk | 7 |" count other scopes
    a, b = fig("a", 110, 7), fig("b", 310, 7, location=["Osk"])
    mark_repeated_figures([a, b], tables=[(100, 200), (300, 400)])
    assert b.repeat_of is None


def test_repeats_a_headline_gives_way_to_the_body_sentence():
    head = fig("h", 0, 52)
    head.sentence = "Death toll climbs to 52 in ferry sinking"
    lead = fig("l", 60, 52)
    lead.sentence = "At least 52 people died when the ferry sank, the coast guard said."
    again = fig("r", 200, 52)
    again.sentence = "The 52 dead included nine children."
    mark_repeated_figures([head, lead, again])
    assert lead.repeat_of is None and head.repeat_of == "l" and again.repeat_of == "l"


def test_repeats_a_body_sentence_stays_the_claim_before_a_later_one():
    a, b = fig("a", 10, 52), fig("b", 90, 52)
    a.sentence, b.sentence = "At least 52 people died.", "Police said 52 people died"
    mark_repeated_figures([a, b])
    assert a.repeat_of is None and b.repeat_of == "a"


def test_repeats_two_counts_of_one_sentence_are_two_claims():
    a, b = fig("a", 10, 1, group="security_forces"), fig("b", 40, 1, group="security_forces")
    a.sentence = b.sentence = "Two died: one member of the gendarmerie and one police officer."
    mark_repeated_figures([a, b])
    assert b.repeat_of is None


def test_repeats_the_claim_takes_the_source_a_restatement_names():
    a, b = fig("a", 10, 17), fig("b", 90, 17)
    a.sentence, b.sentence = "At least 17 people have died.", "The UN office said it had verified 17 deaths."
    b.source, b.source_text = "UN office", "The UN office"
    mark_repeated_figures([a, b])
    assert b.repeat_of == "a" and a.source == "UN office" and a.source_text == "The UN office"


# --- corrections (a correction note restates a figure with its right value) -------------------

import datetime

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp
from crosscheck.extract.repeats import apply_corrections


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


CORRECTED = ("The Harbour Rights Group says 37 people remain missing after the raids. "
             "Police deny holding anyone.\n\n"
             "Correction: An earlier version of this article misstated the number of people the group "
             "says are missing. {note}")


@pytest.mark.parametrize("note, right", [
    ("It is 73, not 37.", 73),
    ("The right figure is 73, not 37.", 73),
    ("The group counted not 37 but 73.", 73),
])
def test_repeats_correction_supersedes_the_old_figure(nlp, note, right):
    doc = nlp(CORRECTED.format(note=note))
    figures = apply_corrections(doc, extract_figures(doc, DocContext("d", "d.txt", datetime.date(2027, 1, 5))))
    old = [f for f in figures if f.value == 37 and f.measure == "missing"]
    new = [f for f in figures if f.value == right and f.measure == "missing"]
    assert old and all("superseded" in f.hedges for f in old)
    assert len(new) == 1 and "superseded" not in new[0].hedges
    assert new[0].source == old[0].source and new[0].number_text == str(right)


def test_repeats_without_a_correction_cue_nothing_changes(nlp):
    doc = nlp("The group says 37 people remain missing. Asked about police figures, it said: it is 37, not 12.")
    figures = extract_figures(doc, DocContext("d", "d.txt", datetime.date(2027, 1, 5)))
    before = [(f.value, f.measure, list(f.hedges)) for f in figures]
    after = apply_corrections(doc, figures)
    assert [(f.value, f.measure, list(f.hedges)) for f in after] == before


def _vague(fid, start, sentence, idx, number_text="Dozens"):
    return Figure(id=fid, document_id="d", document="d.txt", sentence=sentence, char_start=start, value=None,
                  low=24, high=99, qualifier="vague", number_text=number_text, measure="missing",
                  group="civilians", location=[], sentence_idx=idx)


def test_repeats_a_vague_headline_gives_way_to_the_sentence_under_it():
    head = _vague("a", 10, "Dozens feared trapped", 4)
    body = _vague("b", 40, "Dozens of climbers are thought to be buried by the snow, guides said.", 5)
    mark_repeated_figures([head, body])
    assert head.repeat_of == "b" and body.repeat_of is None


@pytest.mark.parametrize("later", [
    _vague("b", 400, "Dozens of climbers are thought to be buried by the snow, guides said.", 9),  # not right under it
    _vague("b", 40, "Hundreds of miners are feared trapped, officials said.", 5, "Hundreds"),   # another word
])
def test_repeats_vague_counts_elsewhere_stay_two_claims(later):
    head = _vague("a", 10, "Dozens feared trapped", 4)
    mark_repeated_figures([head, later])
    assert head.repeat_of is None and later.repeat_of is None


def test_repeats_the_lead_under_a_headline_may_name_the_place_more_closely():
    head = fig("h", 0, 12, location=["Tarsenia"])
    head.sentence, head.sentence_idx = "Tarsenia factory fire: death toll reaches 12", 0
    lead = fig("l", 50, 12, location=["Osk"])
    lead.sentence, lead.sentence_idx = "Twelve people died when fire swept a plant in the Tarsenian town of Osk, officials said.", 1
    later = fig("x", 400, 12, location=["Brell"])
    later.sentence, later.sentence_idx = "In 2011, 12 people died in a fire in Brell.", 9
    mark_repeated_figures([head, lead, later])
    assert head.repeat_of == "l" and lead.repeat_of is None and later.repeat_of is None


def test_repeats_a_first_line_title_ending_in_a_quote_is_restated_by_the_lead():
    head = fig("h", 0, 9, location=["Tarsenia"])
    head.sentence, head.sentence_idx = 'Tarsenia mill fire kills 9; owners deny "negligence"', 0
    lead = fig("l", 60, 9, location=["Osk"])
    lead.sentence, lead.sentence_idx = "Nine workers died when fire swept a mill in the town of Osk, police said.", 2
    mark_repeated_figures([head, lead])
    assert lead.repeat_of == "h"
