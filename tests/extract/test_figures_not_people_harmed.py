"""Numbers that are no count of people harmed, and counts of things read as people: an age after
"of", the population of a country, "one" count of a toll, things burned or destroyed, children
found back, and a participle the parser made a speaker. Invented sentences in several styles: an
opinion column, a community letter's list, a broadcast transcript, a wire story."""
import pytest

from attribution_helpers import source_of
from figure_helpers import figures_of, measure_of


@pytest.mark.parametrize("text, number, measure", [
    # an age after "of" on a noun for one person (opinion column)
    ("The driver fled; the police have arrested his cousin, a man of thirty-one, and called it justice.",
     "thirty-one", "other"),
    ("Among those held is a girl of about 15 from the market district.", "15", "other"),
    # ... but a collective's "of N" is its people, and a group of people counted stays a count
    ("A family of five was killed when the roof fell in.", "five", "killed"),
    ("A group of 30 men was detained at the checkpoint.", "30", "detained"),
    # the population of a country or a nation (opinion column)
    ("Four burned patients were flown abroad because there is one burns unit in a country of 12 million people.",
     "12 million", "other"),
    ("It is a scandal for a nation of 40 million.", "40 million", "other"),
    ("The police chief first told the country nine were dead, then revised it.", "nine", "killed"),
    ("Two people from this fishing settlement of some 60 families were killed when the wave struck.", "60", "other"),
    ("Two people from this fishing settlement of some 60 families were killed when the wave struck.", "Two", "killed"),
    # "one" count of a toll, plural tolls (opinion column)
    ("Above all, release one credible death toll with names and revise it weekly.", "one", "other"),
    ("Two casualty counts are circulating in the capital.", "Two", "other"),
    ("The death toll of 34 was confirmed by the ministry.", "34", "killed"),
    # things burned or destroyed: a list line whose label names things, a part of a whole of things
    ("1. NORTHVILLE\n- Killed: ten (10)\n- Homes burnt: 42\n- Cattle killed: 300\n- Persons injured: 5\n", "42", "other"),
    ("1. NORTHVILLE\n- Killed: ten (10)\n- Homes burnt: 42\n- Cattle killed: 300\n- Persons injured: 5\n", "300", "other"),
    ("1. NORTHVILLE\n- Killed: ten (10)\n- Homes burnt: 42\n- Cattle killed: 300\n- Persons injured: 5\n", "5", "injured"),
    ("1. NORTHVILLE\n- Killed: ten (10)\n- Homes burnt: 42\n", "ten (10)", "killed"),
    ("Their two trucks were among dozens torched on the roadside.", "dozens", "other"),
    ("The ministry now admits to 40 dead, a number it has raised slowly, one bulletin at a time: 12, then 25, "
     "then 40.", "12", "killed"),
    ("Two journalists were among 17 injured in the blast.", "17", "injured"),
    ("Ali Venn was among 17 killed in the blast.", "17", "killed"),
    # children found back are no longer missing (broadcast transcript)
    ("ANCHOR: Forty pupils were listed as missing after the quake. The tracing team says 26 are now "
     "reunited with their families.", "26", "other"),
    ("Thirty children were reported missing. Nine have not been traced.", "Nine", "missing"),
    # people back home after fleeing are no longer displaced; those still sheltering are (statement)
    ("Some 20,000 people fled the smoke. Of them, roughly 8,000 have returned to their villages.",
     "8,000", "other"),
    ("About 30,000 people fled the fumes. Of these, 9,000 are staying in schools.", "9,000", "displaced"),
    # a place phrase on a verb with a thing object says where the things are (wire)
    ("The agency said it was flying 25 extra doctors to the province and had started repairing "
     "the wells in the settlements.", "25", "other"),
    ("Some 3,000 residents are sheltering in the camps.", "3,000", "displaced"),
    ("Rescuers took 12 people to hospital.", "12", "injured"),
])
def test_not_people_harmed(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number, source", [
    # a participle describing the speaker, parsed as the subject: its own noun speaks
    ("Thirty children were reported missing. The tracing desk run with the town council says 21 have now "
     "been found.", "21", "desk"),
])
def test_participle_is_no_source(nlp, text, number, source):
    found = source_of(nlp, text, number)
    assert found is not None and found.source is not None and source in found.source.lower()
    assert "run" not in found.source.lower().split()


@pytest.mark.parametrize("text, dropped, kept", [
    # a number to call after a word for a line (a release's closing lines, a bulletin)
    ("Emergency toll-free line: 122\nKilled: 12\n", "122", "12"),
    ("Helpline 0800 4400\nInjured: 30\n", "4400", "30"),
    ("Nine people were hurt. In an emergency dial 112.", "112", "Nine"),
    ("The front line is 30 km away and 14 soldiers died there.", None, "14"),
])
def test_numbers_to_call_are_no_figures(nlp, text, dropped, kept):
    found = [f.number_text for f in figures_of(nlp, text)]
    assert dropped is None or dropped not in found, found
    assert kept in found, found
