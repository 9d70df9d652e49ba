"""Quote attribution in styles from official, translated and broadcast copy:
colon-introduced quotes after a titled name, 'as X said' clauses, absolute
'with X saying', texts as speakers (communiqués, statements), names in
capitals, 'who' clauses, nicknames and header fields that are no quotes.

All sentences are written for these tests (no third-party text).
"""
import pytest

from crosscheck.extract.quotes import find_segments, is_same_title
from quote_helpers import quotes_of


def quote_with(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return found[0]


SPEAKERS = [
    # a clause ending with a colon, with a titled name as subject, that the parser ties into the quote
    ('Harbour Police spokeswoman Inspector Maja Dorn was clear: "The crew refused all help and insisted on '
     'sailing on to the mainland."', "refused all help", "Maja Dorn"),
    ('Fire Service spokesman Captain Owen Hale was blunt: "The owners ignored every warning we sent them."',
     "ignored every warning", "Owen Hale"),
    # an absolute 'with' phrase before the participle cue
    ('The agency has called for "more rescue ships", with its spokesman, Tomas Berger, saying these were '
     '"the only way to save lives".', "only way to save lives", "Tomas Berger"),
    ('The union demanded talks, with its leader, Ilse Marten, saying the strike would "go on until we are heard".',
     "go on until we are heard", "Ilse Marten"),
    # 'as X said': the words are the as-clause subject's
    ('The troops "struck back with great force", as the Danforth army statement said.',
     "struck back with great force", "Danforth army"),
    # a text as speaker: the body that issued it earlier in the report
    ('In a statement read on radio, the Ministry of Water said the dam was safe.\n\n'
     'The dam "was never at risk of failing", according to the statement.', "never at risk", "Ministry of Water"),
    # a coordinated cue whose sister verb lies inside the quote
    ('The head of the club, Rafael Ortun, rejected the charges and assured that "the guards locked the gate; '
     'we begged them to open it, and nobody listened".', "guards locked the gate", "Rafael Ortun"),
    # a misparsed subject: the organisation under an adjective
    ('Even the Red Cross, usually so quick to comment, had to admit that it could not "confirm the numbers".',
     "confirm the numbers", "Red Cross"),
    # the one quoted speaks ('quoting him')
    ('The mayor, Ivo Brandt, has been angry for days. He called us last night, and I am quoting him here, '
     '"Nobody from the capital has come to see this town."', "Nobody from the capital", "Ivo Brandt"),
    # a name in capitals with rank and middle initial (signature style)
    ('The Provincial Director, PSUPT MARCO T LINDQVIST, stated: "The organisers sold far too many tickets."',
     "sold far too many tickets", "Marco Lindqvist"),
    ('"Our units reached the site within the hour," said MAJOR HELEN ASHBY.', "reached the site", "Helen Ashby"),
    # a characterising cue: attributing a cause with quoted words
    ('The Harlow Fire Brigade attributed the blaze to "a faulty heater left on overnight".', "faulty heater",
     "Harlow Fire Brigade"),
]


@pytest.mark.parametrize("text,words,speaker", SPEAKERS)
def test_quotes_cues_speaker(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# a title with a gender word before it ('the lady governor') and an abbreviated title ('Gov.')
def test_quotes_cues_gendered_title_resolves_to_abbreviated_title(nlp):
    text = ("Gov. Rosa Delmar declared a state of emergency on Monday.\n\n"
            '"This is the worst day our town has seen," the lady governor said at a briefing.')
    assert quote_with(quotes_of(nlp, text), "worst day").speaker == "Rosa Delmar"


# a 'who' clause makes a name the tagger may take for an organisation a person,
# and a pronoun after it refers to that person, not to the one quoted before
def test_quotes_cues_who_clause_person_is_pronoun_antecedent(nlp):
    text = ('"We have enough water for a week," Dana Kovac said on Monday.\n\n'
            "At the depot, Mirna Solberg, who heads the charity's northern branch, said the blankets had run out.\n\n"
            '"People are sleeping in their cars. We need heaters, not promises," she said.')
    assert quote_with(quotes_of(nlp, text), "heaters").speaker == "Mirna Solberg"


@pytest.mark.parametrize("a,b,same", [
    ("gov", "governor", True), ("sgt", "sergeant", True), ("supt", "superintendent", True),
    ("col", "colonel", True), ("governor", "governor", True), ("gov", "general", False),
    ("minister", "ministry", False), ("mayor", "major", False),
])
def test_quotes_cues_same_title(a, b, same):
    assert is_same_title(a, b) is same


# a nickname in quotation marks inside a name is no quote
@pytest.mark.parametrize("text,quoted", [
    ('Club president Mario "Bebot" Alcantar told reporters the gate was shut.', []),
    ("Boxer Joe \u201cThe Hammer\u201d Roe lost the fight on points.", []),
    ('The army called it "Operation Dawn" on Tuesday.', ["Operation Dawn"]),
    ('Mayor Calls "Reckless" Plan Dead', ["Reckless"]),
])
def test_quotes_cues_nickname_is_no_quote(text, quoted):
    assert [text[s.start:s.end] for s in find_segments(text)] == quoted


# a release header's field in quotation marks is no quote; a headline speaker is
@pytest.mark.parametrize("text,quoted", [
    ('From: Port Office\nSubject: "Rescue Operation South of Port Elm"\n\nThe office said boats were out.', []),
    ('Re: "Flood relief in the northern districts"\n\nThe office said boats were out.', []),
    ('Minister Ana Roe: "We will rebuild every school"\n\nThe minister spoke in the capital.',
     ["We will rebuild every school"]),
])
def test_quotes_cues_header_field_is_no_quote(nlp, text, quoted):
    assert [q.text for q in quotes_of(nlp, text)] == quoted


# an unnamed speaker described by a relative clause stays unnamed
def test_quotes_cues_anonymous_source_not_credited_to_named_person(nlp):
    text = ("Village chief Moussa Keita said 30 people were buried on Sunday.\n\n"
            "The head nurse, who asked not to be named, says the clinic lacks blood. "
            '"We are doing what we can, but we have only one surgeon," he said.')
    assert quote_with(quotes_of(nlp, text), "only one surgeon").speaker is None


# a capitalised office with no title link: the person titled in the sentence before
@pytest.mark.parametrize("text,words,speaker", [
    ("Head of State General Ines Moreau visited the camp on Friday. "
     '"We will find every one of them. Nobody will escape," the President of the Republic declared.',
     "find every one", "Ines Moreau"),
    ("Prime Minister Karl Aberg toured the flooded streets. "
     '"The water will not beat us," the Head of Government told the crowd.', "water will not beat us", "Karl Aberg"),
])
def test_quotes_cues_office_holder_from_previous_sentence(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# a lower-case office or another paragraph names no one by this rule
def test_quotes_cues_office_holder_needs_capitals_and_paragraph(nlp):
    text = ("Head of State General Ines Moreau visited the camp on Friday.\n\n"
            "Across the border, a different leader spoke. "
            '"We are ready to help," the president told reporters.')
    assert quote_with(quotes_of(nlp, text), "ready to help").speaker is None


# people (or a loaded name for them) are no text: the speaker stays unnamed
@pytest.mark.parametrize("text,words", [
    ('The regime\'s mouthpiece claimed the site was an "arms depot".', "arms depot"),
    ('Norway\'s soldiers said the border was "quiet all night and all morning".', "quiet all night"),
])
def test_quotes_cues_people_are_no_text(nlp, text, words):
    assert quote_with(quotes_of(nlp, text), words).speaker is None


# a state body named by its common noun with 'the': the organisation the
# document names with those words (written solid or spaced), else the noun
@pytest.mark.parametrize("text,words,speaker", [
    ("The Vellan Coast Guard sent two boats.\n\nThe coastguard says the crew \"refused assistance\".",
     "refused assistance", "Vellan Coast Guard"),
    ('Shops stayed shut. The government said the curfew was "a temporary measure".', "temporary measure",
     "government"),
    ('A ministry said the curfew was "a temporary measure".', "temporary measure", None),
])
def test_quotes_cues_definite_body(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# a title after a word or two of its office, the whole typed as an organisation
@pytest.mark.parametrize("text,words,speaker", [
    ("09:10\nDam breach in Ravli\nThe district administration says 12 bodies were found. District Collector Ravi "
     'Menon told us boats were still out. "We fear there are more under the mud," he said.', "under the mud",
     "Ravi Menon"),
])
def test_quotes_cues_office_words_before_title(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker
