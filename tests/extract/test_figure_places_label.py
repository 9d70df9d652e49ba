"""A place set as a line's label before a colon is where the counts after it were. Invented
lines: a sheriff's thread, a relief agency's update."""
import pytest

from figure_helpers import figures_of


@pytest.mark.parametrize("text, places", [
    ("In Tull District: three killed.", ["Tull District"]),
    ("Osk Province: 12 dead, 40 injured.", ["Osk Province"]),
    # a label that names no place
    ("Police: 12 dead.", []),
    ("Update: 12 dead.", []),
])
def test_place_as_a_line_label(nlp, text, places):
    assert all(f.location == places for f in figures_of(nlp, text))
