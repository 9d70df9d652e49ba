"""Clustering quotes of the same utterance across documents (sentences written for these tests)."""
import pytest

from crosscheck.records import Quote
from crosscheck.reconcile.quote_matching import cluster_quotes, collect_content_words, normalise_quote, stem_word


def make_quote(doc, text, speaker=None, is_label=False, start=0):
    return Quote(id=f"{doc}-{start}-{abs(hash(text)) % 10000}", document_id=doc, document=f"{doc}.txt",
                 text=text, speaker=speaker, char_start=start, char_end=start + len(text), is_label=is_label)


# (text in document a, text in document b, speaker a, speaker b)
SAME_UTTERANCE = [
    # two translations of one speech
    ("We will rebuild every destroyed home, firmly and without delay, for every family that lost one",
     "We will rebuild without delay every home destroyed, for all the families who lost theirs",
     "Ana Ruiz", "Ana Ruiz"),
    # a trimmed version
    ("The river crossed the barrier at three in the morning and flooded the lower town",
     "The river crossed the barrier at three in the morning", None, None),
    # an extended version with an elision in one
    ("Our teams found the survivors under the collapsed school\u2026 and they are now in hospital",
     "Our teams found the survivors under the collapsed school on the main road, and they are now in hospital",
     "Red Cross", "Red Cross"),
    # punctuation, case and apostrophes differ
    ("\u201cWe don\u2019t know how many are still missing,\u201d",
     "we don't know how many are still missing", "Tom Baker", "Baker"),
    # the same short statement quoted in full in both
    ("must be evacuated immediately.", "must be evacuated immediately", None, None),
    # two translations differing in number and word forms ("medicine"/"medicines")
    ("The situation in the hospitals is catastrophic and we are running out of medicine",
     "The situation in hospitals is disastrous, and medicines are running out", "Lia Noor", "Lia Noor"),
    # a short trim found verbatim in a much longer quote
    ("the whole village must be evacuated immediately",
     "The dam is cracked, the water keeps rising, the whole village must be evacuated immediately, and nobody "
     "should go back for cars, animals or papers until the engineers say it is safe", None, None),
    # a translation one content word apart, same known speaker
    ("we will not abandon a single village to the drought", "not a single village will be left to the drought",
     "Omar Sadek", "Sadek"),
    # one sentence of a two-sentence statement, reworded
    ("No village will go without water this summer. The state will pay for every tanker.",
     "not one village will go without water this summer", "Omar Sadek", "Omar Sadek"),
    # a phrase of one speaker quoted with a different ending
    ("drive frightened people into sinking dinghies",
     "The gangs who drive frightened people into overloaded boats are the real criminals, and we will find them",
     "Lina Varo", "Lina Varo"),
    # a headline's cut from inside a quote, speaker unknown in the headline
    ("They cut the fence and ran",
     "They cut the fence behind the old barracks and ran towards the river before dawn", None, "Ali Demir"),
]


@pytest.mark.parametrize("a,b,sa,sb", SAME_UTTERANCE)
def test_quote_matching_same_utterance_clusters(a, b, sa, sb):
    qa, qb = cluster_quotes([make_quote("a", a, sa), make_quote("b", b, sb)])
    assert qa.cluster == qb.cluster


DIFFERENT_UTTERANCE = [
    # same speaker, same topic, different statements
    ("We will rebuild every destroyed home, firmly and without delay, for every family that lost one",
     "No one who stole aid from the families will escape justice, sooner or later",
     "Ana Ruiz", "Ana Ruiz"),
    # a few shared words, different statements
    ("The water rose in minutes and took the market in the old town",
     "The fire took the market in a few hours and spread to the port", None, None),
    # a label echoed inside a longer statement is not the same utterance
    ("gangs from the old port",
     "Tonight we face attempts by gangs from the former port to loot the flooded shops", None, None),
    # same speaker, a common phrase in two statements that say different things
    ("the people of the valley have been waiting for help since Monday",
     "The people of the valley will vote in March, whatever happens", "Omar Sadek", "Omar Sadek"),
    # a headline's words spread too far through a longer quote
    ("They cut the fence and ran",
     "They cut the power to the camp, then the guards fenced off the yard, and the families ran for hours",
     None, "Ali Demir"),
    # a shared run of words from different speakers
    ("drive frightened people into sinking dinghies",
     "The gangs who drive frightened people into overloaded boats are the real criminals",
     "Lina Varo", "Omar Sadek"),
    # same speaker, two statements built on the same words
    ("What the plan actually offers would help families like theirs.",
     "The plan certainly offers nothing that would hurt families like theirs.", "Len Hart", "Len Hart"),
    # a short quote whose last words appear in a longer one
    ("I don't trust the river anymore.", "Thank God at least you still trust the river anymore.", None, None),
    # a long transcript holds the words of a short unrelated quote
    ("You have a choice",
     "HOST: You have limited time, so a choice must be made. GUEST: I have a choice to make about the debate and "
     "the people who have been invited to sit in the front row, and you have heard my answer.", None, None),
    # same speaker, same words, opposite statements (one negated)
    ("The army will withdraw from the city by Friday",
     "The army will not withdraw from the city until the talks end", "Ray Holt", "Ray Holt"),
    # a short quote whose few content words recur in a three-times longer one
    ("You can't fix the dam if you don't know what broke it",
     "What we need to fix is how we think about water here. We don't know what we're talking about if you "
     "don't know what the dam was built for. It matters a great deal.", "Ida Marsh", "Ida Marsh"),
    # different speakers saying a generic sentence
    ("We are doing everything we can to help the people affected",
     "They are doing nothing to help the people affected by the storm", "Ana Ruiz", "Omar Haddad"),
]


@pytest.mark.parametrize("a,b,sa,sb", DIFFERENT_UTTERANCE)
def test_quote_matching_unrelated_quotes_stay_apart(a, b, sa, sb):
    qa, qb = cluster_quotes([make_quote("a", a, sa), make_quote("b", b, sb)])
    assert qa.cluster != qb.cluster


def test_quote_matching_identical_labels_cluster():
    quotes = cluster_quotes([
        make_quote("a", "independent panel", is_label=True),
        make_quote("b", "Independent Panel", is_label=True),
        make_quote("c", "independent inquiry", is_label=True),
    ])
    assert quotes[0].cluster == quotes[1].cluster != quotes[2].cluster


def test_quote_matching_label_never_joins_statement():
    quotes = cluster_quotes([
        make_quote("a", "cleanup operations", is_label=True),
        make_quote("b", "cleanup operations", is_label=False),
    ])
    assert quotes[0].cluster != quotes[1].cluster


def test_quote_matching_cluster_id_is_earliest_member_and_stable():
    quotes = [
        make_quote("b", "The dam will hold through the night if the rain stops", start=50),
        make_quote("a", "The dam will hold through the night if the rain stops soon", start=10),
        make_quote("c", "Schools will reopen next week in the northern district", start=5),
    ]
    first = cluster_quotes(quotes)
    again = cluster_quotes(list(reversed(quotes)))
    assert first[0].cluster == first[1].cluster == quotes[1].id
    assert first[2].cluster == quotes[2].id
    assert {q.id: q.cluster for q in first} == {q.id: q.cluster for q in again}
    assert all(q.cluster is None for q in quotes)  # inputs are not modified


def test_quote_matching_transitive_chain_forms_one_cluster():
    quotes = cluster_quotes([
        make_quote("a", "The bridge collapsed while the bus was crossing it in heavy rain"),
        make_quote("b", "The bridge collapsed while the bus was crossing it"),
        make_quote("c", "the bus was crossing it in heavy rain when the bridge collapsed"),
    ])
    assert len({q.cluster for q in quotes}) == 1


# word forms → the same stem; contractions are no content words
STEMS = [
    (["civilians", "civilian"], True),
    (["medicines", "medicine"], True),
    (["changing", "changed", "change"], True),
    (["churches", "church"], True),
    (["hospital", "hospitality"], False),
]


@pytest.mark.parametrize("words,same", STEMS)
def test_quote_matching_stems(words, same):
    assert (len({stem_word(w) for w in words}) == 1) == same


def test_quote_matching_contractions_are_not_content_words():
    assert collect_content_words(normalise_quote("We don\u2019t know what we\u2019re changing")) == {"know", "chang"}


NORMALISED = [
    ("\u201cWe don\u2019t know\u2026 yet,\u201d", "we don't know yet"),
    ("Civilians\u2014 mostly children [...] were hurt.", "civilians mostly children were hurt"),
]


@pytest.mark.parametrize("text,expected", NORMALISED)
def test_quote_matching_normalise(text, expected):
    assert normalise_quote(text) == expected


# accents dropped by a translated report name the same speaker
SAME_SPEAKER_NAMES = [
    ("Dragan Mirkovi\u0107", "Dragan Mirkovic", 1),
    ("Jos\u00e9 Mar\u00eda Ortega", "Ortega", 1),
    ("Ana Roe", "Tom Lee", -1),
    (None, "Tom Lee", 0),
    # one report gives both family names, another only the first
    ("Marta Soler Vidal", "Marta Soler", 1),
    ("Marta Soler", "Marta Vidal", -1),
    ("Soler", "Marta Soler Vidal", -1),
    # a given name alone after an honorific may be the full name's bearer: unsure
    ("Shri Ravi", "Ravi Menon", 0),
    ("Ravi", "Ravi Menon", 0),
    ("Shri Ravi", "Anil Menon", -1),
    ("Ravi Menon", "Shri Ravi", 0),
]


@pytest.mark.parametrize("a,b,expected", SAME_SPEAKER_NAMES)
def test_quote_matching_speakers_compared_without_accents(a, b, expected):
    from crosscheck.reconcile.quote_matching import compare_speakers
    assert compare_speakers(a, b) == expected


# a short fragment of one speaker's statement quoted word for word elsewhere
FRAGMENTS = [
    ("Schools are not, and must never be, shelters for soldiers. The families of the valley have nowhere left to go.",
     "nowhere left to go", "Ana Ruiz", "Ana Ruiz", True),
    # different speakers: no link on a short fragment
    ("Schools are not, and must never be, shelters for soldiers. The families of the valley have nowhere left to go.",
     "nowhere left to go", "Ana Ruiz", "Tom Lee", False),
    # too few content words to be telling
    ("We will do what we can for them.", "what we can for", "Ana Ruiz", "Ana Ruiz", False),
]


@pytest.mark.parametrize("long_text,short_text,speaker_a,speaker_b,linked", FRAGMENTS)
def test_quote_matching_verbatim_fragment_of_same_speaker(long_text, short_text, speaker_a, speaker_b, linked):
    a = make_quote("a", long_text, speaker_a)
    b = make_quote("b", short_text, speaker_b)
    qa, qb = cluster_quotes([a, b])
    assert (qa.cluster == qb.cluster) is linked


# a fragment of five or more words found verbatim in the same speaker's quote
# needs only two content words; a four-word one still needs three
SHORT_FRAGMENTS = [
    ("We have taken the harbour back. The city does not bend before smugglers.",
     "the city does not bend", "Ivo Marn", "Ivo Marn", True),
    ("We have taken the harbour back. The city does not bend before smugglers.",
     "does not bend before", "Ivo Marn", "Ivo Marn", False),
    # the same five words, but not in the quote: no link
    ("We have taken the harbour back. The city will never bend before smugglers.",
     "the city does not bend", "Ivo Marn", "Ivo Marn", False),
]


@pytest.mark.parametrize("long_text,short_text,speaker_a,speaker_b,same", SHORT_FRAGMENTS)
def test_quote_matching_short_fragment_of_same_speaker(long_text, short_text, speaker_a, speaker_b, same):
    out = cluster_quotes([make_quote("a", long_text, speaker_a), make_quote("b", short_text, speaker_b)])
    assert (out[0].cluster == out[1].cluster) is same
