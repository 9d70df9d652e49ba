"""Speakers found by the sixth round of blind sets: an inverted cue before a
title with the name in apposition (translated copy), a he/she whose nearest
naming sentence is not a subject, an office's initials as a subject, a
relative clause's noun that is no speaker, a number as subject with the name
in apposition.

All sentences are written for these tests (no third-party text).
"""
import pytest

from quote_helpers import quote_with, quotes_of


INVERTED = [
    ('It took ten hours to end the siege. "All the gunmen were neutralised, the building is secure," declared the '
     'Minister of the Interior, Daniel Obuya Kamau, in front of the hotel.', "All the gunmen", "Daniel Obuya Kamau"),
    ('"The dam held through the night," indicated the regional governor, Marta Selin, on Monday.',
     "The dam held", "Marta Selin"),
    ('"We are searching every street," said the Minister of Health, Petra Lund.', "We are searching", "Petra Lund"),
]


@pytest.mark.parametrize("text,words,speaker", INVERTED)
def test_quotes_antecedents_inverted_cue_before_title(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


NEAREST_SENTENCE = [
    # the person is named in the sentence right before, but not as its subject;
    # a person who was a subject further back is not the speaker
    ('The militia leader Omar Vant boasted of the raid on Monday. The group has been active for years. '
     'For the security analyst Peter Ndolo, this claim is "absurd". "These groups need to show strength to '
     'recruit. The figure is propaganda," he told us.', "These groups need", "Peter Ndolo"),
    ('Rescuers freed eleven people on Friday, the regional health department said. One of the injured, 24-year-old '
     'Arman Velik, told our correspondent that he was working far from the blast. "There was a bang, then dust," '
     'he said.', "There was a bang", "Arman Velik"),
]


@pytest.mark.parametrize("text,words,speaker", NEAREST_SENTENCE)
def test_quotes_antecedents_nearest_naming_sentence(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


def test_quotes_antecedents_relative_clause_noun_is_no_speaker(nlp):
    text = ('Lena Marsh has waited at the gate since Tuesday. By Friday, Mrs Marsh had stopped asking for the lists. '
            'She sat on the steps with her son, who is six, and watched the tower. '
            '"When the wheel turns, someone is coming up," she said.')
    assert quote_with(quotes_of(nlp, text), "When the wheel").speaker == "Lena Marsh"


def test_quotes_antecedents_office_initials_as_subject(nlp):
    text = ('The Inspector General of Police, Samson Oruko, said the attackers had been identified. He spoke at the '
            'scene.\n\nSUSPECTS ARRESTED\n'
            'The IG said seven suspects had been arrested in raids in the Kanda and Mabati estates on Wednesday.\n\n'
            '"We will follow the money," he said.')
    assert quote_with(quotes_of(nlp, text), "follow the money").speaker == "Samson Oruko"
