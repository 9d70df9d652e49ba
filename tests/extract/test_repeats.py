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
