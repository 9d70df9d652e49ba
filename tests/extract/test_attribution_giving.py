"""Attribution, second round: counts a body gives out ("gives 19 dead", "gave a toll of 20"), a
possessive label before a colon, the people reported as harmed, and a speaker written after its verb."""
import pytest

from attribution_helpers import source_of as _source_of


def _same(got, expected):
    if expected is None:
        return got is None
    return got is not None and got.removesuffix("'s").lower() == expected.lower()


@pytest.mark.parametrize("text, number, source", [
    # a body gives out a count: the counted words or a count noun are the verb's object
    ("The civil protection directorate now gives 19 dead, not 21 as reported yesterday.", "19",
     "civil protection directorate"),
    ("Residents had earlier given a toll of 20.", "20", "Residents"),
    ("The interior ministry issued a new toll of 57 dead on Sunday.", "57", "interior ministry"),
    ("On Tuesday the Valmont Red Cross provided a figure of 300 injured.", "300", "Valmont Red Cross"),
    # no one gives a count: a storm, or something handed out
    ("The storm gave the coastal district a toll of 40.", "40", None),
    ("Doctors gave 12 patients blood transfusions overnight.", "12", None),
    ("The Red Cross gave 300 families tents and blankets.", "300", None),
    # a passive no one reports stays without a source
    ("At least 12 people were confirmed dead after the blast.", "12", None),
    # a label naming whose figures follow the colon
    ("The Health Ministry's latest figures: 69 people were injured, 20 of them seriously.", "69", "Health Ministry"),
    ("The coast guard's count: 41 migrants rescued and 9 missing.", "41", "coast guard"),
    # a label with no owner credits no one
    ("Latest figures: 69 people were injured.", "69", None),
    # the people reported as missing are not who reports them
    ("Persons reported unaccounted for: 27", "27", None),
    ("Hikers reported missing: 4 (two since found)", "4", None),
    # a translated sentence names the speaker after the verb
    ("The number of dead in the collision thus rose to 21, confirmed for the Herald the regional crisis staff.",
     "21", "regional crisis staff"),
    ("The death toll rose to 30, confirmed the Interior Ministry on Sunday.", "30", "Interior Ministry"),
    ("Eight people died, confirmed the hospital director.", "Eight", "hospital director"),
    # ... but not the one told
    ("Police arrested 12 people, informed the mayor.", "12", None),
    # a bare count noun is no one's voice
    ("- 12,340 newly displaced persons registered in Tarvo as of 15 March, three times the figure reported "
     "on 11 March.", "12,340", None),
    # an "according to" in the number's own clause, under another verb, is the closer source
    ("The Marlan authorities should acknowledge the killings and protect the more than 15,000 people who, "
     "according to UN agencies, have fled to the town of Hill Town.", "15,000", "UN"),
    ("The governor said that, according to the Red Cross, 40 houses were destroyed.", "40", "Red Cross"),
])
def test_giving_passive_and_label_sources(nlp, text, number, source):
    found = _source_of(nlp, text, number)
    assert found is not None
    assert _same(found.source, source), (found.source, source)
