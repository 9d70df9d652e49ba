"""Direct quotations: finding the marks, the cue and the speaker.

All sentences are written for these tests (no third-party text).
"""
import pytest

from crosscheck.extract.quotes import find_segments
from quote_helpers import quotes_of


def only_statement(quotes):
    statements = [q for q in quotes if not q.is_label]
    assert len(statements) == 1, [q.text for q in quotes]
    return statements[0]


# text → (quote text, speaker, speaker_mention, cue)
STATEMENTS = [
    # straight quotes, speaker after the quote, "said X"
    ('"We will rebuild the bridge before winter," said Maria Lopez, the mayor of the town.',
     "We will rebuild the bridge before winter", "Maria Lopez", "Maria Lopez", "said"),
    # curly quotes, "X told reporters"
    ("\u201cWe have recovered twelve bodies from the river,\u201d Captain Ravi Singh told reporters.",
     "We have recovered twelve bodies from the river", "Ravi Singh", "Ravi Singh", "told"),
    # "X said" after the quote
    ("\u201cThe water rose faster than anyone expected,\u201d Tom Baker said on Sunday.",
     "The water rose faster than anyone expected", "Tom Baker", "Tom Baker", "said"),
    # speaker before, "X said that ..."
    ("Health minister Ana Ruiz said that \u201call hospitals in the region are now full.\u201d",
     "all hospitals in the region are now full.", "Ana Ruiz", "Ana Ruiz", "said"),
    # colon introduction
    ("Ana Ruiz said: \u201cNobody should return to the valley until the engineers have checked the dam.\u201d",
     "Nobody should return to the valley until the engineers have checked the dam.", "Ana Ruiz", "Ana Ruiz", "said"),
    # organisation as speaker
    ('The Red Cross said in a statement: "Our teams reached the village at dawn and found no survivors."',
     "Our teams reached the village at dawn and found no survivors.", "Red Cross", "The Red Cross", "said"),
    # participle cue climbing to the subject of the main verb
    ("Mayor Karen Holt praised the volunteers, writing: \u201cThis town has never been so united.\u201d",
     "This town has never been so united.", "Karen Holt", "Karen Holt", "writing"),
    # a name between the quote and the cue, with an appositive and a day after the cue
    ("\u201cThe levee will not hold another day of rain,\u201d Ken Ito, an engineer with the county, said Thursday on local radio.",
     "The levee will not hold another day of rain", "Ken Ito", "Ken Ito", "said"),
    # a name between quote and cue, another person named in its appositive
    ("\u201cThe water came through the door in seconds,\u201d John Ruiz, a neighbour of Ann Lee, said.",
     "The water came through the door in seconds", "John Ruiz", "John Ruiz", "said"),
    # a day right after the cue
    ("\u201cWe will find the people who did this,\u201d police Chief Ray Dunn said Monday.",
     "We will find the people who did this", "Ray Dunn", "Ray Dunn", "said"),
    # a cue far up the parse: "repeated the promise she made: ..."
    ("Governor Leyla Haddad repeated the promise she made on the first day: "
     "\u201cWe will not leave anyone under the rubble.\u201d",
     "We will not leave anyone under the rubble.", "Leyla Haddad", "Haddad", "repeated"),
    # according to
    ('The storm was "the worst to hit the coast in a century," according to meteorologist Lena Park.',
     "the worst to hit the coast in a century", "Lena Park", "Lena Park", "according to"),
]


@pytest.mark.parametrize("text,quote,speaker,mention,cue", STATEMENTS)
def test_quotes_statement_speaker_and_cue(nlp, text, quote, speaker, mention, cue):
    q = only_statement(quotes_of(nlp, text))
    assert q.text == quote
    assert q.speaker == speaker
    assert mention in (q.speaker_mention or "")
    assert q.cue == cue
    assert q.document == "report.txt" and q.document_id == "d1"


# two-sentence texts where the speaker must be resolved from earlier mentions
RESOLVED = [
    # surname → full name
    ('Relief coordinator Jane Moyo arrived in the camp on Tuesday. "Supplies are running very low," Moyo said.',
     "Supplies are running very low", "Jane Moyo", "Moyo"),
    # pronoun → the person named before
    ('Jane Moyo arrived in the camp on Tuesday. "Supplies are running very low," she said.',
     "Supplies are running very low", "Jane Moyo", "she"),
    # title → the person an earlier appositive gave that title
    ("Peter Hall, the company spokesman, confirmed the closure. "
     "\u201cThe plant will reopen in May at the earliest,\u201d the spokesman said.",
     "The plant will reopen in May at the earliest", "Peter Hall", "the spokesman"),
    # title given as a pre-modifier
    ("Fire chief Omar Haddad inspected the ruins. \u201cThe wiring caused the blaze in the basement,\u201d the chief said.",
     "The wiring caused the blaze in the basement", "Omar Haddad", "the chief"),
    # organisation descriptor → its full name
    ("The World Health Organization sent a team to the district. "
     "\u201cThe risk of a cholera outbreak is very high,\u201d the organization said.",
     "The risk of a cholera outbreak is very high", "World Health Organization", "the organization"),
    # an organisation the tagger also calls a person elsewhere keeps its full name
    ("The Global Flood Observatory published its count. The Observatory estimated the damage. "
     "\u201cThe water reached the second floor in most homes,\u201d the Global Flood Observatory said.",
     "The water reached the second floor in most homes", "Global Flood Observatory", "the Global Flood Observatory"),
    # acronym → its definition
    ("The National Weather Service (NWS) issued a warning. \u201cStay off the roads tonight unless you must travel,\u201d the NWS said.",
     "Stay off the roads tonight unless you must travel", "National Weather Service", "NWS"),
    # the pronoun skips people named inside the quote
    ("Senator Diane Brooks visited the shelter. \u201cI spoke to Tom Reyes and his family about the losses,\u201d she said.",
     "I spoke to Tom Reyes and his family about the losses", "Diane Brooks", "she"),
]


@pytest.mark.parametrize("text,quote,speaker,mention", RESOLVED)
def test_quotes_speaker_resolved_in_document(nlp, text, quote, speaker, mention):
    q = only_statement(quotes_of(nlp, text))
    assert q.text == quote
    assert q.speaker == speaker
    assert q.speaker_mention == mention


def test_quotes_split_quote_joined(nlp):
    text = ("\u201cWe are searching every house on the street,\u201d said police chief Dan Kim, "
            "\u201cand we will not stop until everyone is found.\u201d")
    q = only_statement(quotes_of(nlp, text))
    assert q.text == "We are searching every house on the street, and we will not stop until everyone is found."
    assert q.speaker == "Dan Kim"
    assert q.char_start == text.index("We are")
    assert q.char_end == text.rindex("found.") + len("found.")


def test_quotes_spanning_sentences_keep_all_sentences(nlp):
    text = ("Nurse Hana Sato worked through the night. \u201cThe first patients came at midnight. "
            "By morning there were two hundred. We had no more beds,\u201d she said.")
    q = only_statement(quotes_of(nlp, text))
    assert q.text.startswith("The first patients came at midnight.")
    assert q.text.endswith("We had no more beds")
    assert q.speaker == "Hana Sato"
    assert q.sentence.startswith("\u201cThe first patients") and q.sentence.endswith("she said.")
    assert q.sentence_idx == 1


def test_quotes_multi_paragraph_quote_joined(nlp):
    text = ('Ali Reza described the flood.\n"The first wave hit at noon and took the market.\n'
            '"The second came an hour later and took the school," he said.')
    q = only_statement(quotes_of(nlp, text))
    assert q.text.startswith("The first wave hit at noon")
    assert q.text.endswith("took the school")
    assert q.speaker == "Ali Reza"


def test_quotes_two_separate_quotes_stay_apart(nlp):
    text = ('"The road is closed," said Maria Lopez. "Drivers must use the northern route," she added.')
    quotes = [q for q in quotes_of(nlp, text) if not q.is_label]
    assert [q.text for q in quotes] == ["The road is closed", "Drivers must use the northern route"]
    assert [q.speaker for q in quotes] == ["Maria Lopez", "Maria Lopez"]
    assert [q.cue for q in quotes] == ["said", "added"]


# text → labels expected (is_label=True), in order
LABELS = [
    ('The government called the protesters "terrorists" and "foreign agents" on state television.',
     ["terrorists", "foreign agents"]),
    ("Residents dismissed the relief plan as \"cosmetic\u201d and left the meeting.", ["cosmetic"]),
    ("An \u201cindependent panel\u201d will review the response.", ["independent panel"]),
    ("The report, titled \u2018Lessons From the Flood\u2019, was published on Monday.", ["Lessons From the Flood"]),
    ("She told the \u201cGood Morning With Dan Reyes Show\u201d that she would run.", ["Good Morning With Dan Reyes Show"]),
    ("The appeal, called \u2018Rebuilding the Harbour: Shelter for Every Family\u2019, opens today.",
     ["Rebuilding the Harbour: Shelter for Every Family"]),
]


@pytest.mark.parametrize("text,labels", LABELS)
def test_quotes_scare_quotes_are_labels(nlp, text, labels):
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == labels
    assert all(q.is_label for q in quotes)


def test_quotes_cue_with_a_thing_as_subject_gives_way_to_the_speaker(nlp):
    text = ("Inspector Ben Cole said in a letter that the leaflet \u201cmisleadingly and deliberately\u201d "
            "suggests the water is safe.")
    (q,) = quotes_of(nlp, text)
    assert (q.speaker, q.cue) == ("Ben Cole", "said")


def test_quotes_label_keeps_its_speaker(nlp):
    text = "The army said it had destroyed \u201cterrorist hideouts\u201d near the border."
    (q,) = quotes_of(nlp, text)
    assert q.is_label
    assert q.text == "terrorist hideouts"
    assert q.speaker_mention == "The army"


def test_quotes_offsets_point_at_the_quoted_words(nlp):
    text = 'Witnesses heard shots. "It lasted ten minutes," said resident Sam Ortiz.'
    (q,) = quotes_of(nlp, text)
    assert text[q.char_start:q.char_end].rstrip(",") == q.text
    assert q.sentence == 'Witnesses heard shots. "It lasted ten minutes," said resident Sam Ortiz.'[len("Witnesses heard shots. "):]


# apostrophes and stray marks produce no quotes
NO_QUOTES = [
    "The country\u2019s largest dam and the farmers\u2019 fields were flooded.",
    "The 12\" pipe burst near the station.",
    "Nobody spoke at the ceremony.",
]


@pytest.mark.parametrize("text", NO_QUOTES)
def test_quotes_none_without_quotation(nlp, text):
    assert quotes_of(nlp, text) == []


# find step alone: marks → (start, end) of contents
SEGMENTS = [
    ('say "a" and "b"', ["a", "b"]),
    ("mixed \"open\u201d close", ["open"]),
    ("curly \u201cone\u201d and \u2018two words\u2019 here", ["one", "two words"]),
    ("nested \u201che said \u2018no\u2019 twice\u201d", ["he said \u2018no\u2019 twice"]),
    ("an apostrophe in the city\u2019s \u2018quoted\u2019 term", ["quoted"]),
    ("low-high \u201eso\u201c and guillemets \u00abnon\u00bb", ["so", "non"]),
]


@pytest.mark.parametrize("text,contents", SEGMENTS)
def test_quotes_find_segments(text, contents):
    assert [text[s.start:s.end] for s in find_segments(text)] == contents


def test_quotes_following_quote_continues_previous_speaker(nlp):
    text = ("\u201cThe shelter is full tonight,\u201d said volunteer Rosa Diaz. \u201cWe turned away forty families.\u201d\n\n"
            "The city opened a second hall. \u201cIt will not be enough for the winter.\u201d")
    quotes = quotes_of(nlp, text)
    assert [q.speaker for q in quotes] == ["Rosa Diaz", "Rosa Diaz", None]
    assert quotes[1].speaker_mention is None and quotes[1].cue is None


# unnamed speakers keep the mention and get no name
UNNAMED = [
    ("A farmer who said \u201cthe river took everything we had this year\u201d refused to leave.", "farmer"),
    ("\u201cNobody warned us about the water in time,\u201d residents told the council.", "residents"),
]


@pytest.mark.parametrize("text,mention_word", UNNAMED)
def test_quotes_unnamed_speaker_has_mention_only(nlp, text, mention_word):
    q = only_statement(quotes_of(nlp, text))
    assert mention_word in (q.speaker_mention or "")
    assert q.speaker is None


def test_quotes_dash_signature_names_the_speaker(nlp):
    text = ("Readers wrote in after the storm.\n\n\u201cWe lost the roof but nobody was hurt.\u201d \u2015 Carla Reyes\n\n"
            "\u201cThe buses came two days late.\u201d \u2014 Tomas Lind")
    quotes = quotes_of(nlp, text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Carla Reyes", None), ("Tomas Lind", None)]


# frame boundaries: which words around a quote may attribute it
FRAMES = [
    # a colon at a paragraph end introduces the next paragraph's quote
    ('Mayor Ana Ruiz told residents:\n"Nobody should go back to the valley yet."', "Ana Ruiz"),
    # a quote standing alone after a reporting sentence belongs to its speaker
    ('Mayor Ana Ruiz described the damage on Monday. "Half of the old town is under water."', "Ana Ruiz"),
    ('Mayor Ana Ruiz described the damage on Monday.\n\n"Half of the old town is under water."', "Ana Ruiz"),
    # ... but not after a sentence that reports nobody
    ('The river rose overnight. "Half of the old town is under water."', None),
    # a quote that ends its sentence is not attributed by the next sentence
    ('Sirens sounded at dawn. "The water is rising fast in the lower town." Officials later said the dam held.', None),
    # a question mark does not end the frame: '“…?” X asked'
    ("\u201cWhere were the buses when we needed them?\u201d Hana Sato asked the council.", "Hana Sato"),
]


@pytest.mark.parametrize("text,speaker", FRAMES)
def test_quotes_frame_boundaries(nlp, text, speaker):
    q = only_statement(quotes_of(nlp, text))
    assert q.speaker == speaker


# honorifics and capitalised titles
HONORIFICS = [
    ('Tony Marsh opened the debate. "We will not raise taxes this year," Mr Marsh told MPs.', "Tony Marsh"),
    ("Lord Ellis Grant chaired the inquiry. \u201cThe evidence was never shared,\u201d Lord Grant said.", "Ellis Grant"),
    ("\u201cThese plans were announced months ago,\u201d the Shadow Secretary said.", None),
    ("Dina Cole, the health secretary, visited the ward. \u201cWe need more nurses now,\u201d the Secretary said.", "Dina Cole"),
    # a title with a modifier the earlier title phrase lacks is someone else
    ("Trade Secretary Paul Ames spoke first. \u201cThe figures are simply wrong,\u201d the Shadow Secretary said.", None),
    ("Trade Secretary Paul Ames spoke first. \u201cThe figures are simply right,\u201d the Trade Secretary said.", "Paul Ames"),
]


@pytest.mark.parametrize("text,speaker", HONORIFICS)
def test_quotes_honorifics_and_titles(nlp, text, speaker):
    q = only_statement(quotes_of(nlp, text))
    assert q.speaker == speaker


def test_quotes_frame_stops_at_paragraph_break(nlp):
    text = 'Mayor Ana Ruiz spoke on Monday.\n\nFor the record, "nobody should go back to the valley yet," a resident said.'
    q = only_statement(quotes_of(nlp, text))
    assert q.speaker is None and "resident" in q.speaker_mention


def test_quotes_fullest_name_prefers_the_usual_full_form(nlp):
    text = ("Maria Vance spoke first. Later, Brave Maria Vance joined the march. Maria Vance then left. "
            "\u201cWe will be back next week,\u201d Vance said.")
    q = only_statement(quotes_of(nlp, text))
    assert q.speaker == "Maria Vance"


from hypothesis import given, settings, strategies as st  # noqa: E402

MARKY_TEXT = st.lists(st.sampled_from(['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", " ", "\n", "\n\n", ",",
                                       ".", ":", "said", "Ann", "we won", "\u2026", "x"]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKY_TEXT)
def test_quotes_find_segments_never_overlap(text):
    segments = find_segments(text)
    for a, b in zip(segments, segments[1:]):
        assert a.outer_end <= b.open_at
    for seg in segments:
        assert 0 <= seg.open_at < seg.start <= seg.end <= len(text)
