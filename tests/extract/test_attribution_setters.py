"""Sources written as the one who sets or keeps a count: "the agency raised the toll to 40", "by
the ministry's count", "data from the district office show", a government that gives a toll, a
body that "clarified" or "identified", and a list's bullet kept out of the name."""
import pytest

from attribution_helpers import source_of


@pytest.mark.parametrize("text, number, source", [
    ("By the ministry's count, 44 people have died.", "44", "ministry"),
    ("Up to 30 people, by the estimate of volunteers digging at the site, may still be buried.",
     "30", "volunteers"),
    ("Verified data from County Officers show that no more than 2,000 persons have left their homes.",
     "2,000", "County Officers"),
    ('In a statement read on state radio, the government gave a "provisional toll" of 18 civilians killed.',
     "18", "government"),
    ("The county office has since clarified that 15 people are missing, not dead.", "15", "county office"),
    ("Relief Watch has identified 13 people killed in the square on the first night.", "13", "Relief Watch"),
    ("- TRM reports that lawyers have been denied access to at least 70 detainees.", "70", "TRM"),
])
def test_count_setters_and_makers(nlp, text, number, source):
    found = source_of(nlp, text, number)
    assert found is not None and found.source == source


@pytest.mark.parametrize("text, number", [
    # a storm raises no toll of its own, and "by" the cause of harm is no maker of a count
    ("The second storm raised the toll to 61 on Friday.", "61"),
    ("Sixty people were killed by the blast.", "Sixty"),
    ("Seven people were injured by falling debris on Monday.", "Seven"),
])
def test_no_maker_of_the_count(nlp, text, number):
    found = source_of(nlp, text, number)
    assert found is None or found.source is None


def test_passive_finding_is_no_report(nlp):
    # "were identified" tells what happened to the bodies, not who counts: the part of the toll
    # after it keeps the agency that gave the toll
    text = ("As of Monday, the agency reports that 61 people have died. The number of missing fell to 9, "
            "after two bodies were identified in the river. The port district alone accounts for 30 of the deaths.")
    found = source_of(nlp, text, "30")
    assert found is not None and found.source == "agency"
