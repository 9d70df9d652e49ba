"""Speakers behind a role word, a misparsed cue, a part of a statement, a
gendered noun, and the gender a clause gives a person.

All sentences are written for these tests (no third-party text).
"""
import pytest

from quote_helpers import quote_with, quotes_of


STYLED_ROLES = [
    # a possessed role word the tagger calls a name, with the person in apposition
    ('The Lagos Fire Service says the blaze is under control. Its Controller, Musa Bala, told reporters that '
     'his men had recovered 12 bodies, "most of them burnt".', "most of them", "Musa Bala"),
    # a style of address before the title and name
    ('Governor Musa Tanko visited. Gunmen rode into four villages. His Excellency Governor Tanko, speaking on '
     'Sunday in Dambi, said - and this is our translation: "What happened here is a war."',
     "What happened", "Musa Tanko"),
]


@pytest.mark.parametrize("text,words,speaker", STYLED_ROLES)
def test_quotes_roles_styled_role_word(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


MISPARSED_CUES = [
    # the names hung on the object of the clause before; the cue has no subject
    ('Yesterday the kidnappers called the families. When we approached City Hall, the Mayor\'s spokesperson, '
     'Mrs. Ada Kalu, told us that "the city does not negotiate with criminals". We do not ask.',
     "does not negotiate", "Ada Kalu"),
    # the cue coordinated with a noun instead of the verb before 'and'
    ('The Commissioner of Police, Lagos Command, CP Ade Bello, has ordered more patrols. The CP, who visited '
     'the scene on Sunday morning, condoled with the families of the deceased and assured residents that '
     '"the Command will not rest until the criminals are caught."', "will not rest", "CP Ade Bello"),
    # 'lecture' introduces speech
    ('Twelve farmers were taken into the hills. When the families begged for help, the mayor\'s '
     'spokesperson, Halima Sani, lectured them on principle: "The city will not pay. The city does not '
     'bargain." Fine words.', "will not pay", "Halima Sani"),
]


@pytest.mark.parametrize("text,words,speaker", MISPARSED_CUES)
def test_quotes_roles_misparsed_cue(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


def test_quotes_roles_passage_of_statement(nlp):
    text = ('Fires burned all day.\n\n21:30\nGovernor Ana Roe has issued a statement through her spokesman, '
            'Tom Lee. The key passage reads:\n"I am saddened by the loss of so many lives. We will find out '
            'what happened."')
    assert quote_with(quotes_of(nlp, text), "I am saddened").speaker in ("Ana Roe", "Roe")


def test_quotes_roles_passage_without_statement_is_nobody(nlp):
    text = 'Fires burned all day. The key passage reads: "We will find out what happened to the trucks."'
    assert quote_with(quotes_of(nlp, text), "We will find out").speaker is None


FAMILY = ('In the Bala family compound there are two fresh graves. Alhaji Musa Bala lost both his sons, Ali and '
          'Umar, both 20, who had stopped at the bend. Their two bicycles were burned.\n\n"My boys were not '
          'thieves. They went to look," the father said quietly. "Now I have nobody."')


def test_quotes_roles_gendered_noun_for_the_paragraph_subject(nlp):
    quotes = quotes_of(nlp, FAMILY)
    assert quote_with(quotes, "My boys").speaker == "Alhaji Musa Bala"
    assert quote_with(quotes, "Now I have").speaker == "Alhaji Musa Bala"


def test_quotes_roles_gendered_noun_needs_gender_evidence(nlp):
    text = 'Ana Roe, 7, died in the fire on Sunday.\n\n"She was our light," the father said.'
    assert quote_with(quotes_of(nlp, text), "our light").speaker is None


def test_quotes_roles_pronoun_rejects_person_of_other_gender(nlp):
    text = ('Tom Berg, 6, survived the crash. His mother Lina Berg, 38, said: "When they said there were no '
            'survivors I stopped breathing."\n\nTom is recovering at the city hospital with a broken leg and '
            'burns to his hands.\n\n"He is asking for his toy bear," she said, "so I know my boy is still in there."')
    assert quote_with(quotes_of(nlp, text), "toy bear").speaker == "Lina Berg"


def test_quotes_roles_title_before_name_typed_as_organisation(nlp):
    # the tagger types the name an organisation, the title stays outside it
    text = ('12:40\nPolice chief Arno Beltrami has just told a briefing in Varsk that more than 400 suspects are '
            'now in custody. He rejected the claims: "No one has disappeared. Every suspect is in a police station."')
    assert quote_with(quotes_of(nlp, text), "No one has").speaker == "Arno Beltrami"


def test_quotes_roles_surname_left_out_of_the_entity(nlp):
    text = ("5. Relief. Hon'ble Chief Minister Shri Ravi Kumar has sanctioned ex gratia of Rs 4,00,000 to the next "
            "of kin of each deceased.\n\n6. Statement of the Chief Minister. The Hon'ble Chief Minister, after "
            "reviewing the situation with senior officers at Dumka, stated: \"No guilty person will be spared. "
            "The State Government stands with every family.\"")
    assert quote_with(quotes_of(nlp, text), "No guilty").speaker == "Shri Ravi Kumar"


def test_quotes_roles_pronoun_for_name_hung_on_joined_title(nlp):
    # 'X of A and head of B, Name,': the name hangs on B; the subject is the first title
    text = ('On 19 November, the Special Representative of the Secretary-General and head of UNAMT, Greta Lund, '
            'met the Inspector-General of Police and the Minister for Internal Security. She later repeated her '
            'public appeal: "Stop shooting at the protesters."')
    assert quote_with(quotes_of(nlp, text), "Stop shooting").speaker == "Greta Lund"


def test_quotes_roles_reflexive_in_another_clause_tells_no_gender(nlp):
    text = ('UPDATE 6:05 p.m.: Police Chief Mara Quell told reporters that six people were killed by the gunman, '
            'who was himself shot dead by two officers.\n\nUPDATE 8:40 p.m.: Police have identified the gunman as '
            'Colin Dray, 24. Chief Quell said investigators believe he acted alone.\n\n"We are not looking," she '
            'said, "for anyone else at this time."')
    assert quote_with(quotes_of(nlp, text), "not looking").speaker == "Mara Quell"
