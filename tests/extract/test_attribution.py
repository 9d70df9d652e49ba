"""Attribution of figures: according to, reporting verbs, passives, references back, acronyms; hedges."""
import pytest

from crosscheck.extract.attribution import SourceNames, find_attribution, find_hedges
from crosscheck.extract.numbers import find_number_mentions


def _source_of(nlp, text, number):
    doc = nlp(text)
    names = SourceNames(doc)
    found = None
    for sent in doc.sents:
        for mention in find_number_mentions(sent):
            attribution = find_attribution(sent, mention.head, names)
            if attribution.source and not attribution.is_person:
                names.last_source = attribution.source
            if mention.text == number:
                found = attribution
    return found


@pytest.mark.parametrize("text, number, source", [
    # wire copy
    ("At least 36 people were killed, according to the Red Crescent.", "36", "Red Crescent"),
    ("Police said 3 suspects were arrested after the raid.", "3", "Police"),
    ('"We have counted 18 bodies," said Maria Lopez, a local nurse.', "18", "Maria Lopez"),
    ("The Health Ministry reported that 230 people had died in the outbreak.", "230", "Health Ministry"),
    # passive reporting: no one is named
    ("Dozens of kidnappings were reported in the province.", "Dozens", None),
    ("At least 12 people were killed in the blast.", "12", None),
    # NGO bulletin: acronym defined in the text → long form
    ("The Committee to Protect Journalists (CPJ) was founded long ago. "
     "According to CPJ, 14 reporters were detained this year.", "14", "Committee to Protect Journalists"),
    ("The Norwegian Refugee Council (NRC) documented more than 5,000 families displaced.",
     "5,000", "Norwegian Refugee Council"),
    # "the monitor" / "the Observatory" resolved to the organisation named earlier
    ("The Northern Observatory for Civil Liberties said 50 people were killed. "
     "The monitor said 20 more were missing.", "20", "Northern Observatory for Civil Liberties"),
    ("The Northern Observatory for Civil Liberties gave a first toll on Monday. "
     "The Observatory confirmed that 88 workers were killed.", "88", "Northern Observatory for Civil Liberties"),
    # a person named in full, later by surname
    ("Mayor Ana Ruiz visited the site. Ruiz said 7 residents were injured.", "7", "Ana Ruiz"),
    # a parenthetical reporting clause
    ("Another 89 people are still missing, the coast guard said, after the search resumed.", "89", "coast guard"),
    # a member of a named organisation speaks for it; "they" gives way to the named speaker
    ("Volunteers of the Green Crescent said they had counted 40 dead.", "40", "Green Crescent"),
    # a person credited earlier is not what "the council" refers to
    ("Maria Lopez, a local nurse, said 12 people died. Three more died on Monday, the city council said.",
     "Three", "city council"),
    # a described source stays as written; only a bare "the agency" refers back
    ("The Ministry of Health said 40 people died. More than 30 people remain missing, according to the "
     "state news agency.", "30", "state news agency"),
    ("The Ministry of Health said 40 people died. More than 30 people remain missing, the agency said.",
     "30", "Ministry of Health"),
    # a title with the name in apposition
    ("About 4,000 residents were evacuated, the provincial governor, Leyla Haddad, told reporters.",
     "4,000", "Leyla Haddad"),
    # the possessor of a count
    ("The ministry's toll rose to 50 on Sunday.", "50", "ministry"),
])
def test_attribution_find_source(nlp, text, number, source):
    found = _source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


@pytest.mark.parametrize("text, hedges", [
    ("The official count has not been verified and could be much higher.", ["unverified", "could_rise"]),
    ("Reuters could not independently verify the figures.", ["unverified"]),
    ("Gunmen reportedly killed 34 shoppers.", ["unverified"]),
    ("Over 160 passengers are believed to have died.", ["unverified"]),
    ("An estimated 2,000 people were displaced.", ["estimate"]),
    ("The toll is expected to rise as rescuers dig.", ["could_rise"]),
    ("The government disputed the figure.", ["disputed"]),
    ("Police arrested 15 suspects.", []),
])
def test_attribution_find_hedges(text, hedges):
    assert find_hedges(text) == hedges
