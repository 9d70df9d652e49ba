"""What the figure-measure tests share: the figures of one invented sentence, published on a fixed day.

The spaCy model comes from the session-wide ``nlp`` fixture in tests/conftest.py.
"""
import datetime as dt

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures

PUBLISHED = dt.date(2027, 6, 3)


def figures_of(nlp, text):
    return extract_figures(nlp(text), DocContext("d", "d.txt", PUBLISHED, None))


def measure_of(nlp, text, number, nth=-1):
    """The measure of the ``nth`` figure written ``number`` (fails when there is none)."""
    found = [f for f in figures_of(nlp, text) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[nth].measure
