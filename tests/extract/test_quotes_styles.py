"""Direct quotations in styles beyond the basic ones: local crime news, British
copy, flattened web text, role nouns with names, mixed quotes with
characterising verbs.

All sentences are written for these tests (no third-party text).
"""
import pytest

from crosscheck.extract.quotes import find_segments
from quote_helpers import quotes_of


def statements(quotes):
    return [q for q in quotes if not q.is_label]


# a role noun with the name in apposition: the name is the speaker
ROLE_AND_NAME = [
    ('"The shop was closed all week," said his eldest daughter Rosa Quint.', "Rosa Quint"),
    ('"We never expected a crowd this size," organisers Lena Brandt and Omar Tilly said in a statement.',
     "Lena Brandt"),
    ('"He fixed every bike on the street," the victim\'s neighbour Carl Dobbs said.', "Carl Dobbs"),
    ("Harbour Holdings' finance director Ines Varga told investors: \u201cWe will repay the loan in March.\u201d",
     "Ines Varga"),
]


@pytest.mark.parametrize("text,speaker", ROLE_AND_NAME)
def test_quotes_styles_role_noun_with_name(nlp, text, speaker):
    (q,) = statements(quotes_of(nlp, text))
    assert q.speaker == speaker
    assert speaker.split()[-1] in q.speaker_mention


def test_quotes_styles_surname_tagged_as_noun_resolves(nlp):
    text = ('"The road will stay closed," Sheriff Paul Perkins said. "Crews are still on the bridge," Perkins said.\n\n'
            '"We will update the public tonight."')
    quotes = statements(quotes_of(nlp, text))
    assert [q.speaker for q in quotes] == ["Paul Perkins"] * 3


# paragraphs of one quote run together on one line (scraped text): each opens
# with a mark, only the last closes
FLATTENED = [
    ('Mayor Dana Ruiz added: "We lost the first game. We were tired. "We will win the next one."',
     "Dana Ruiz", ["We lost the first game.", "We will win the next one."]),
    ('"The bridge moved," he said. "I felt it twice. "Then the lights went out." Fire officer Sam Lee arrived later.',
     None, ["I felt it twice.", "Then the lights went out."]),
]


@pytest.mark.parametrize("text,speaker,parts", FLATTENED)
def test_quotes_styles_flattened_paragraphs_are_one_quote(nlp, text, speaker, parts):
    quotes = statements(quotes_of(nlp, text))
    joined = [q for q in quotes if parts[0] in q.text]
    assert len(joined) == 1
    assert all(p in joined[0].text for p in parts)
    if speaker:
        assert joined[0].speaker == speaker


def test_quotes_styles_flattened_quote_continues_previous_speaker(nlp):
    text = ('Tom Baker spoke at the hall. "The water came fast," Baker said. "We lost the shop. '
            '"We lost the car too."')
    quotes = statements(quotes_of(nlp, text))
    assert [q.speaker for q in quotes] == ["Tom Baker", "Tom Baker"]
    assert quotes[1].text == "We lost the shop. We lost the car too."


# straight single quotes (British style, headlines)
SINGLE_STRAIGHT = [
    ("Flood barriers 'will not hold', engineers warn", ["will not hold"]),
    ("'We don't know where they are,' said Mayor Tom Reyes.", ["We don't know where they are,"]),
    ("Police said the blast was 'deliberate' and the area's roads stay shut.", ["deliberate"]),
    ("The players' union said it was Tom's decision.", []),
    ("He said rock 'n' roll was back in the '90s.", ["n"]),
    ("\u201cShe shouted 'run' twice,\u201d he said.", ["She shouted 'run' twice,"]),
]


@pytest.mark.parametrize("text,contents", SINGLE_STRAIGHT)
def test_quotes_styles_straight_single_quotes(text, contents):
    assert [text[s.start:s.end] for s in find_segments(text)] == contents


def test_quotes_styles_single_quoted_statement_has_speaker(nlp):
    text = "'We don't know where they are,' said Mayor Tom Reyes. 'We are asking everyone to call us.'"
    quotes = statements(quotes_of(nlp, text))
    assert [q.text for q in quotes] == ["We don't know where they are", "We are asking everyone to call us."]
    assert [q.speaker for q in quotes] == ["Tom Reyes", "Tom Reyes"]


# characterising and manner verbs introduce quotes too
CUES = [
    ('Senator Ida Marsh blasted the plan as "a reckless gamble with public money."', "Ida Marsh", "blasted"),
    ("Judge Omar Wills likened the scheme to \u201ca house built on sand that everyone could see.\u201d",
     "Omar Wills", "likened"),
    ('"I would do it all again tomorrow," Nora Finch joked.', "Nora Finch", "joked"),
    ('Union leader Pia Holm maintained that "no worker was ever told about the gas leak."', "Pia Holm", "maintained"),
    ('"They would not even let us back into the house," Evan Marsh choked out.', "Evan Marsh", "choked"),
    # a passive 'by' phrase that names a thing, not a speaker
    ('"I keep calling his phone," Lena Ortiz, the boy\'s aunt, sobbed by phone.', "Lena Ortiz", "sobbed"),
    # 'can be heard yelling'
    ("The boy's uncle, Sam Ruiz, can be heard yelling, \u201cGet an ambulance to the house now\u201d on the call.",
     "Sam Ruiz", "yelling"),
]


@pytest.mark.parametrize("text,speaker,cue", CUES)
def test_quotes_styles_more_reporting_verbs(nlp, text, speaker, cue):
    (q,) = quotes_of(nlp, text)
    assert (q.speaker, q.cue) == (speaker, cue)


def test_quotes_styles_document_reads(nlp):
    (q,) = quotes_of(nlp, 'The letter reads: "We ask the council to reopen the clinic before winter."')
    assert q.cue == "reads"
    assert "letter" in q.speaker_mention


def test_quotes_styles_cue_nearest_the_quote_not_punctuation_head(nlp):
    text = "Mayor Karen Holt thanked the crews, adding: \u201cThis town has never been so united.\u201d"
    (q,) = quotes_of(nlp, text)
    assert (q.speaker, q.cue) == ("Karen Holt", "adding")


# he/she/it: the antecedent is the subject of the sentence before (main clause
# first), or an earlier subject of the pronoun's own sentence
PRONOUNS = [
    # the main-clause subject, not the person named inside the reported clause
    ('Ann Roe, the council leader, said Tom Lee had been "fully committed" to the plan. '
     '"He is very disappointed by the vote," she said.', "He is very disappointed by the vote", "Ann Roe"),
    # an unnamed speaker brought in just before: the pronoun is theirs, not the last named person's
    ('Mark Dunn opened the centre in May. A spokeswoman for the charity said the shelter was full. '
     'She added: "We cannot take anyone else in tonight."', "We cannot take anyone else in tonight.", None),
    # the subject earlier in the pronoun's own sentence
    ('Tom Lee spoke first. Clara Voss says she regrets what she calls a "needless and cruel delay to the repairs."',
     "needless and cruel delay to the repairs.", "Clara Voss"),
    # a plural noun is no antecedent of she
    ('Rita Holm left the hall after the vote. Local observers had been surprised by her decision. '
     '"I had no other choice that night," she said.', "I had no other choice that night", "Rita Holm"),
    # it: the organisation that is the subject of the sentence before
    ('Mayor Ken Ito visited the harbour. The Harbour Authority closed the port on Monday. '
     '"The storm surge may reach three metres," it said in a statement.',
     "The storm surge may reach three metres", "Harbour Authority"),
    # a title given in apposition to a name: "Argentina's President, Nestor Kirchner,"-style
    ("Finance minister Ola Berg spoke on Monday. The country's President, Ines Duarte, said on Friday: "
     '"We were told the talks would fail." But she added that "the best agreement in years" was close.',
     "the best agreement in years", "Ines Duarte"),
]


@pytest.mark.parametrize("text,quote,speaker", PRONOUNS)
def test_quotes_styles_pronoun_antecedent(nlp, text, quote, speaker):
    matching = [q for q in quotes_of(nlp, text) if q.text == quote]
    assert len(matching) == 1, [q.text for q in quotes_of(nlp, text)]
    assert matching[0].speaker == speaker


# a name before a colon that opens the quote (headline style)
COLON_SPEAKERS = [
    ("Blair: 'I will not quit before the election'\n\nTony Blair said on Monday he would stay.", "Tony Blair"),
    ('Mayor Ana Ruiz: "We will rebuild every home on the river."', "Ana Ruiz"),
    ("Red Cross: 'Aid convoys blocked for a third day'", "Red Cross"),
    ("Mayor: 'We will rebuild the bridge by spring'", None),
    ('The report had one conclusion: "The levee failed because nobody maintained it."', None),
]


@pytest.mark.parametrize("text,speaker", COLON_SPEAKERS)
def test_quotes_styles_name_before_colon(nlp, text, speaker):
    (q,) = statements(quotes_of(nlp, text))
    assert q.speaker == speaker
    assert q.cue is None


# abbreviated ranks the tokenizer splits from their full stop ('Sgt' '.'):
# needs the abbreviations in titles.txt, given here through a user lexicon folder
ABBREVIATED = [
    ('"We don\'t know where they are," said Sgt. Maria Lopez, a police spokeswoman. '
     '"We\'re asking anyone to call us."', ["Maria Lopez", "Maria Lopez"]),
    ('"Our troops came under fire twice," Lt. Col. Ray Adams told reporters.', ["Ray Adams"]),
    ("'Nobody saw the driver,' Det. Ana Cruz said.", ["Ana Cruz"]),
    # a title after an article ends its sentence: the next sentence's name is not the speaker
    ('"The road is shut," said the King. Prince Omar added nothing.', [None]),
]


@pytest.fixture
def abbreviated_titles(tmp_path, monkeypatch):
    from crosscheck.lexicons import BUNDLED
    words = (BUNDLED / "titles.txt").read_text(encoding="utf-8") + "\nsgt\nlt\ncol\ndet\n"
    (tmp_path / "titles.txt").write_text(words, encoding="utf-8")
    monkeypatch.setenv("CROSSCHECK_LEXICONS", str(tmp_path))


@pytest.mark.parametrize("text,speakers", ABBREVIATED)
def test_quotes_styles_abbreviated_rank_before_name(nlp, abbreviated_titles, text, speakers):
    assert [q.speaker for q in statements(quotes_of(nlp, text))] == speakers


def test_quotes_styles_pronoun_skips_person_already_called_by_the_other_pronoun(nlp):
    text = ('Dana Price, the club director, says she rejected what she calls "a bid that wastes everyone\'s time".'
            '\n\nTom Reed has played every game this season. Price praised the team on Sunday. '
            '"The crowd gave me a standing ovation," he said.')
    quotes = statements(quotes_of(nlp, text))
    assert [(q.speaker_mention, q.speaker) for q in quotes] == [("she", "Dana Price"), ("he", "Tom Reed")]


# 'X quoted Y as saying': the words are Y's
QUOTED_AS_SAYING = [
    ('"The savings are far greater than we hoped," the newspaper quoted the executive as saying.', "the executive"),
    ('State television quoted Interior Minister Sami Haddad as saying: "Order has been restored in every province."',
     "Sami Haddad"),
    # quoting a text, not 'as saying': the one who quotes speaks
    ('Hala Nour quoted an old proverb in her speech: "Whoever saves one life saves a whole world."', "Hala Nour"),
]


@pytest.mark.parametrize("text,speaker", QUOTED_AS_SAYING)
def test_quotes_styles_quoted_as_saying(nlp, text, speaker):
    (q,) = statements(quotes_of(nlp, text))
    assert speaker in (q.speaker, q.speaker_mention)
