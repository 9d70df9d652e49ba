"""Speakers and non-quotes found by the sixth round of blind sets: a title
phrase tied to its name across a style of address ('Rt. Hon.'), a role word
pointing back to the person the paragraph before introduced, an office's name
as the speaker, a name hung in apposition on the place of a title phrase, a
signature after a dash, and quotation marks on page furniture (an editor's
bracketed note, a breadcrumb trail).

All sentences are written for these tests (no third-party text).
"""
import pytest

from quote_helpers import quote_with, quotes_of


SPEAKERS = [
    # a style of address between the title phrase and the name
    ('His Excellency, the Executive Governor of Lumo State, Rt. Hon. Daniel Obuya Kamau, has received the news '
     'with shock.\n\nThe Governor wishes to state that the attackers will be found.\n\n'
     '"I have directed the police to act decisively," the Governor said.', "I have directed", "Daniel Obuya Kamau"),
    ('The Archbishop of Lenn, Most Rev. Tomas Reyl, led the service.\n\n'
     '"We are praying for every family," the Archbishop said.', "We are praying", "Tomas Reyl"),
    # 'the cleric' right after the paragraph that introduced the bishop as speaking
    ("Bishop Tomas Reyl, who spoke on Sunday at a funeral Mass at St Anne's Church, said the toll was compiled from "
     'parish records.\n\n"We have buried 40 of our brothers. I have the names," the cleric said.',
     "We have buried", "Tomas Reyl"),
    # an office named, no person: the office speaks
    ('The Head of State was informed of the progress and instructed the commission "to establish the causes of the '
     'accident".', "to establish the causes", "Head of State"),
    # the name hangs on the place of the title phrase
    ('"What is happening is not a clash, it is the systematic depopulation of our people," the Catholic Bishop of '
     'Ewell, Clement Aboki, said at a funeral on Sunday.', "What is happening", "Clement Aboki"),
    # a signature after a dash
    ('Update 4 (10 Sep, 0615 hrs): 3 more bodies retrieved.\n"She was responding to our voices. The team worked '
     'for six hours to reach her" - Cmdr R.K. Mehta\n6:15 AM · Sep 10, 2026', "She was responding",
     "R.K. Mehta"),
]


@pytest.mark.parametrize("text,words,speaker", SPEAKERS)
def test_quotes_offices_speaker(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


FURNITURE = [
    ('[Translated from French. Original: "Attentat : les hommes armés revendiquent"]\n\n'
     'The gunmen claimed the attack on Wednesday.', "Attentat"),
    ('Home » News » Valley killings: Bishop puts toll at 78, accuses govt of "playing with figures"\n\n'
     'Valley killings: Bishop puts toll at 78, accuses govt of "playing with figures"\n\nThe bishop spoke on Sunday.',
     "playing with figures"),
]


@pytest.mark.parametrize("text,words", FURNITURE)
def test_quotes_offices_page_furniture_is_no_quote(nlp, text, words):
    assert len([q for q in quotes_of(nlp, text) if words in q.text]) == (1 if "Home" in text else 0)


def test_quotes_offices_french_guillemets_are_no_breadcrumb(nlp):
    text = "« Nous reconstruirons » , a déclaré le maire. « Tout » / « rien » / « jamais »."
    assert any("Nous reconstruirons" in q.text for q in quotes_of(nlp, text))


DIRECTIVES = [
    # a directive cue quoting the words of the order
    ('President Ana Velik has ordered a government commission to find the cause and to hold those responsible to '
     'account "regardless of their positions."', "regardless of their", "Ana Velik"),
    ('Premier Tom Brandt instructed the agency "to act without delay" on Monday.', "to act without", "Tom Brandt"),
]


@pytest.mark.parametrize("text,words,speaker", DIRECTIVES)
def test_quotes_offices_directive_cue(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


def test_quotes_offices_role_word_after_subject_with_other_titled_name(nlp):
    # the sentence before also gives a title to a place name ('victims at St Anne's Church, Ewell'):
    # the subject who spoke is the one the role word points back to
    text = ("Bishop Tomas Reyl, who spoke on Sunday while officiating at a funeral Mass for 19 victims at St Anne's "
            'Catholic Church, Ewell, said the toll was compiled from parish records.\n\n'
            '"We have buried 40 of our brothers. I have the names," the cleric said.')
    assert quote_with(quotes_of(nlp, text), "We have buried").speaker == "Tomas Reyl"


def test_quotes_offices_breadcrumb_with_cleaned_separators(nlp):
    # the cleaner may turn '»' into '”'
    text = ('Home \u201d News \u201d Valley killings: Bishop puts toll at 78, accuses govt of "playing with figures"\n\n'
            'Valley killings: Bishop puts toll at 78, accuses govt of "playing with figures"\n\nThe bishop spoke.')
    assert len([q for q in quotes_of(nlp, text) if "playing with figures" in q.text]) == 1


# An office phrase that stands for a title (office_titles.tsv): "the Head of
# State" is the one president the report named before, even paragraphs away;
# two presidents before it leave the office as spoken.
OFFICE_EQUIVALENTS = [
    ("President Oren Basko visited the quarry on Monday.\n\nThe talks went on late.\n\n"
     'The Head of State said "we will rebuild every bridge that fell".', "Oren Basko"),
    ("KOVEL, 14 June. /Newswire/ – On the instruction of the President of the Republic of Talvia Oren Basko, the "
     "rescue operation at the quarry is being carried out around the clock.\n\nThe operation continues.\n\n"
     'The Head of State was informed of the progress and instructed the commission "to establish the causes of the '
     'collapse quickly and to hold those responsible to account".', "Oren Basko"),
    ("President Oren Basko and President Lida Marr met in the capital on Monday.\n\nThe talks went on late.\n\n"
     'The Head of State said "we will rebuild every bridge that fell".', "Head of State"),
]


@pytest.mark.parametrize("text, speaker", OFFICE_EQUIVALENTS)
def test_quotes_office_phrase_stands_for_the_one_titled_person(nlp, text, speaker):
    quotes = quotes_of(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker == speaker
