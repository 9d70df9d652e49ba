"""Speakers named after their title, institutions named in full, unnamed
holders of a title who speak for a body (failures found by the newest blind
sets). All sentences are written for these tests (no third-party text).
"""
import pytest

from quote_helpers import quote_with, quotes_of


# the speaker follows the verb: a title phrase, then the person's name
NAME_AFTER_TITLE = [
    ('"The families here have lost everything," said the Humanitarian Coordinator a.i. in Varnia, Helga Morsund.',
     "lost everything", "Helga Morsund"),
    ('"The bridge was a danger for years," said the mayor of Oston Dale Pim Corvel (LPD).',
     "danger for years", "Pim Corvel"),
    ('"The bridge was a danger for years," said the mayor of Oston Dale, Pim Corvel.',
     "danger for years", "Pim Corvel"),
    # an institution word ends the run of capitals: no person in it
    ('"We need blood donors," said the head of the Valley Red Cross Society.', "blood donors", None),
    # a relative clause after the title names no one
    ('"We need blood donors," said the minister, who visited on Tuesday.', "blood donors", None),
]


@pytest.mark.parametrize("text,words,speaker", NAME_AFTER_TITLE)
def test_speakers_name_after_title_after_verb(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# an institution's name kept whole, title words and 'of' tail included
INSTITUTIONS = [
    ('In a statement, the General Staff of the Armed Forces said: "The army has never targeted civilians."',
     "never targeted", "General Staff of the Armed Forces"),
    ('The General Staff said the operation was over. "The army has never targeted civilians," it said.',
     "never targeted", "General Staff"),
    ('A spokesman for the Directorate told us: "We apologise to the families for this error."',
     "We apologise", "Directorate"),
    ('"The river is still rising," the Civil Protection Agency said.', "still rising", "Civil Protection Agency"),
    # a body of a body, and a country the tagger may take for a person
    ("The army's general staff said its forces \"have never targeted civilians.\"", "never targeted",
     "army's general staff"),
    ('Nokaria\'s army said in a short statement late on Tuesday that it had "neutralized dozens of fighters," '
     'without giving a figure.', "neutralized", "Nokaria's army"),
    # a person's relative is no institution
    ('Ana Roe\'s daughter said "they never came back to the village."', "never came back", None),
]


@pytest.mark.parametrize("text,words,speaker", INSTITUTIONS)
def test_speakers_institution_named_in_full(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# a title mention later in the text: the person or body the earlier mention named
EARLIER_TITLE = [
    ('6. His Excellency, the Executive Governor of Varna State, Dr. Musa Bello Kari, has approved the sum of ten '
     'million. 7. The Governor has reiterated that "Government will not negotiate with criminals who hold our '
     'children hostage."', "will not negotiate", "Musa Bello Kari"),
    ('The agency now gives 19 dead. A spokeswoman for the Water Authority told us that two victims had been '
     'counted twice. "We apologise for this error," the spokeswoman said.', "We apologise", "Water Authority"),
    # a named holder of the title in between: not the body of the first one
    ('A spokeswoman for the Water Authority told us that two victims had been counted twice. Ana Roe, the '
     'mayor\'s spokeswoman, disagreed. "We apologise for this error," the spokeswoman said.', "We apologise", None),
]


@pytest.mark.parametrize("text,words,speaker", EARLIER_TITLE)
def test_speakers_title_mention_resolved_from_earlier_sentence(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker
