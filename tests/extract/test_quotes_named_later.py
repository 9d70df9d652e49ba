"""Speakers named in ways found by the fourth round of blind sets: a name given
by a relative clause, a verbless heading before a colon, a hyphenated title
parsed as an adjective, hyphenated surnames.

All sentences are written for these tests (no third-party text).
"""
import pytest

from quote_helpers import quotes_of


def quote_with(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


GIVEN_NAMES = [
    ('A nurse, who gave her name as Mrs Okafor, said: "We have had no power since Tuesday."',
     "We have had", "Mrs Okafor"),
    ('A fisherman who gave his name only as Tomas mended a net on the quay. "The boats never came back," he said.',
     "The boats never", "Tomas"),
    ('A bus driver, who gave only his first name, Omar, said: "We waited for hours at the checkpoint."',
     "We waited", "Omar"),
    ('A teacher who identified herself only as Grace said the school had no water. "The children drink from the river," '
     'she said.', "The children drink", "Grace"),
    ('One shopkeeper, who asked to be identified only as Kiran, told reporters: "Nobody came to help us."',
     "Nobody came", "Kiran"),
]


@pytest.mark.parametrize("text,words,speaker", GIVEN_NAMES)
def test_quotes_named_later_relative_clause_gives_name(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# a relative clause that names someone else gives the speaker no name
OTHER_NAMES = [
    ('A protester who called Mayor Ana Roe a coward said: "We waited for hours at the checkpoint."', "We waited",
     "Ana Roe"),
    ('A neighbour who saw Tom Lee leave said: "He looked frightened when he left."', "He looked", "Tom Lee"),
]


@pytest.mark.parametrize("text,words,other", OTHER_NAMES)
def test_quotes_named_later_other_person_not_speaker(nlp, text, words, other):
    assert quote_with(quotes_of(nlp, text), words).speaker != other


COLON_HEADINGS = [
    ('Harbour Mayor Irena Kovac-Lund, standing outside the flooded market: "The water rose in minutes."',
     "The water rose", "Irena Kovac-Lund"),
    ('Opposition leader Samuel Adeyemi-Cole on social media: "The warnings came far too late for the valley."',
     "The warnings came", "Samuel Adeyemi-Cole"),
    ('Fire Chief Dana Whitfield, speaking at the scene: "We lost two engines to the flames."',
     "We lost two", "Dana Whitfield"),
]


@pytest.mark.parametrize("text,words,speaker", COLON_HEADINGS)
def test_quotes_named_later_verbless_heading_before_colon(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


APPOSITIVES = [
    ('The agency\'s director-general, Pascal Mbeki, told reporters: "We have never seen rain like this."',
     "We have never", "Pascal Mbeki"),
    ('The mayor, Ana Fontaine-Roux, described the night: "The river came into the town like a wall."',
     "The river came", "Ana Fontaine-Roux"),
]


@pytest.mark.parametrize("text,words,speaker", APPOSITIVES)
def test_quotes_named_later_appositive_person_not_possessor(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


INITIALISMS = [
    ('Chief Minister Ana Roe reached the town on Tuesday to meet the injured. The CM said, "Those who are guilty '
     'will not be spared at any cost."', "Those who are guilty", "Ana Roe"),
    ('District Magistrate Tom Lee visited the camp. "Every family will get rations by Friday," the DM said.',
     "Every family will", "Tom Lee"),
]


@pytest.mark.parametrize("text,words,speaker", INITIALISMS)
def test_quotes_named_later_office_initials_to_holder(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# an organisation's acronym defined in the text is the organisation, not a person with those initials
def test_quotes_named_later_defined_acronym_not_person(nlp):
    text = ('The Civil Protection Agency (CPA) sent teams. Chief Planning Advisor Ana Roe joined them. '
            '"We need more tents for the valley," the CPA said.')
    assert quote_with(quotes_of(nlp, text), "We need more").speaker != "Ana Roe"


SCARE_QUOTES_INSIDE_MENTIONS = [
    'All 121 children are home, not the "87" the provincial administration spent a week insisting on.',
    'Residents mocked the "temporary" the city council promised in 2019.',
]


@pytest.mark.parametrize("text", SCARE_QUOTES_INSIDE_MENTIONS)
def test_quotes_named_later_quote_inside_mention_has_no_speaker(nlp, text):
    quotes = quotes_of(nlp, text)
    assert quotes and all(q.speaker is None or '"' not in q.speaker for q in quotes)
    assert all(q.speaker_mention is None or '"' not in q.speaker_mention for q in quotes)
