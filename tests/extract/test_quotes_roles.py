"""Speakers behind a role word, a misparsed cue, a part of a statement, a
gendered noun, and the gender a clause gives a person.

All sentences are written for these tests (no third-party text).
"""
import pytest

from quote_helpers import quote_with, quotes_of


STYLED_ROLES = [
    # a possessed role word the tagger calls a name, with the person in apposition
    ('The Orlen Ambulance Service says the roads are open again. Its Controller, Dana Petrov, told journalists '
     'that her crews had carried 30 patients, "many of them children".', "many of them", "Dana Petrov"),
    # a style of address before the title and name
    ('Governor Petra Holm toured the valley. Raiders attacked three hamlets. Her Excellency Governor Holm, '
     'addressing mourners on Friday in Tarvik, said - in our own rendering: "This was a slaughter of farmers."',
     "This was a slaughter", "Petra Holm"),
    # a style of address standing alone, as a pronoun does, for the person named before
    ('His Excellency Dr. Omar Bessa stated: "We spared no effort for the guests." His Excellency added that the '
     'state "will not let those who sell false hope escape justice", in reference to unlicensed agents.',
     "sell false hope", "Omar Bessa"),
    # a style of address in apposition to the office, with the name in apposition to it
    ('The Minister of Water, Her Excellency Mrs. Ana Maria Roe, who chaired a meeting on Tuesday, declared: '
     '"No family should learn of a death from a photograph."', "No family", "Ana Maria Roe"),
]


def test_quotes_roles_definite_plural_points_to_its_fuller_name(nlp):
    text = ('GENEVA (3 May 2026) – UN experts on Monday voiced concern over the attacks on clinics.\n\n'
            '"Patients are being punished for seeking care," the experts said. "Clinics must be protected."')
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "being punished").speaker == "UN experts"
    # a plural with its own modifier names a group of its own
    text = ('UN experts on Monday voiced concern over the attacks on clinics. "We were not consulted," two local '
            'experts said.')
    assert quote_with(quotes_of(nlp, text), "not consulted").speaker != "UN experts"


@pytest.mark.parametrize("text,words,speaker", STYLED_ROLES)
def test_quotes_roles_styled_role_word(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


MISPARSED_CUES = [
    # the names hung on the object of the clause before; the cue has no subject
    ('Last night the abductors phoned the relatives. When our reporter reached the town hall, the Mayor\'s '
     'press officer, Mr. Karl Brenn, informed us that "the council pays no ransoms to anyone". Nobody believes it.',
     "pays no ransoms", "Karl Brenn"),
    # the cue coordinated with a noun instead of the verb before 'and'
    ('The Commissioner of Police, Delta Command, CP Tunde Bakare, has ordered more checkpoints. The CP, who '
     'visited the site on Monday morning, condoled with the families of the deceased and assured residents that '
     '"the Command will bring the attackers to justice."', "will bring", "CP Tunde Bakare"),
    # 'lecture' introduces speech
    ('Nine herders were led away at gunpoint. When the relatives pleaded for money, the governor\'s '
     'aide, Tomas Ferro, lectured them on duty: "The province will not pay. The province does not '
     'trade in lives." Cold comfort.', "will not pay", "Tomas Ferro"),
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


FAMILY = ('Behind the Osei house there are three new graves. Chief Kwame Osei lost his two daughters, Efua and '
          'Ama, both 17, who had gone to fetch water at the pump. Their buckets lay in the ditch.\n\n"My girls '
          'did nothing wrong. They went for water," the father said softly. "Now the house is empty."')


def test_quotes_roles_gendered_noun_for_the_paragraph_subject(nlp):
    quotes = quotes_of(nlp, FAMILY)
    assert quote_with(quotes, "My girls").speaker == "Kwame Osei"
    assert quote_with(quotes, "Now the house").speaker == "Kwame Osei"


def test_quotes_roles_gendered_noun_needs_gender_evidence(nlp):
    text = 'Ana Roe, 7, died in the fire on Sunday.\n\n"She was our light," the father said.'
    assert quote_with(quotes_of(nlp, text), "our light").speaker is None


def test_quotes_roles_pronoun_rejects_person_of_other_gender(nlp):
    text = ('Mia Lund, 5, was pulled from the wreck. Her father Piet Lund, 41, said: "When the phone rang at '
            'dawn I could not stand up."\n\nMia is in the children\'s ward with a fractured arm and cuts to '
            'her face.\n\n"She keeps asking for her cat," he said, "so I know my girl is still the same."')
    assert quote_with(quotes_of(nlp, text), "her cat").speaker == "Piet Lund"


def test_quotes_roles_title_before_name_typed_as_organisation(nlp):
    # the tagger types the name an organisation, the title stays outside it
    text = ('09:15\nPolice chief Vito Marsk has just told reporters in Olden that more than 250 people are now '
            'detained. He denied the reports: "Nobody is missing. Every detainee is registered by name."')
    assert quote_with(quotes_of(nlp, text), "Nobody is missing").speaker == "Vito Marsk"


def test_quotes_roles_surname_left_out_of_the_entity(nlp):
    text = ("4. Compensation. Hon'ble Chief Minister Shri Arjun Kumar has announced relief of Rs 2,00,000 for "
            "each injured person.\n\n5. Remarks of the Chief Minister. The Hon'ble Chief Minister, after "
            "visiting the wards at Korput, stated: \"Every family will be helped. No claim will be refused.\"")
    assert quote_with(quotes_of(nlp, text), "Every family").speaker == "Shri Arjun Kumar"


def test_quotes_roles_pronoun_for_name_hung_on_joined_title(nlp):
    # 'X of A and head of B, Name,': the name hangs on B; the subject is the first title
    text = ('On 4 March, the Special Envoy of the Secretary-General and head of UNKAT, Sofia Brandt, met the '
            'Chief of Defence Staff and the Minister for Water. She later repeated her written appeal: '
            '"Open the roads to the convoys."')
    assert quote_with(quotes_of(nlp, text), "Open the roads").speaker == "Sofia Brandt"


def test_quotes_roles_reflexive_in_another_clause_tells_no_gender(nlp):
    text = ('UPDATE 3:10 p.m.: Sheriff Nora Vale told journalists that four people were wounded by the attacker, '
            'who was himself wounded by a deputy.\n\nUPDATE 5:25 p.m.: Deputies have named the attacker as '
            'Brent Hoyle, 31. Sheriff Vale said detectives think he planned it alone.\n\n"We are not searching," '
            'she said, "for a second suspect."')
    assert quote_with(quotes_of(nlp, text), "not searching").speaker == "Nora Vale"


def test_quotes_roles_body_named_by_its_head_noun_is_no_text(nlp):
    # 'command' heads a body's name; the place before it does not make it another body's document
    text = ('The head of the Hill Province Health Directorate, Dr. Amir Sadeghi, said 87 pupils were taken to '
            'clinics.\n\nSeparately, the Hill provincial police command said that two people had been held in '
            'Kell for "spreading false news and alarming the public" about the cases.')
    assert quote_with(quotes_of(nlp, text), "false news").speaker == "Hill provincial police command"


def test_quotes_roles_writers_aside_and_i_quote(nlp):
    text = ('Interior Minister Karl Vass went on state radio and admitted that the fires were set on purpose. He '
            'blamed nobody at home. He said, and I quote: "Enemies abroad who want our schools shut did this."')
    assert quote_with(quotes_of(nlp, text), "Enemies abroad").speaker == "Karl Vass"


def test_quotes_roles_person_named_for_a_title_in_apposition_to_a_misparsed_subject(nlp):
    text = ('The analyst Kelvin Roe said the counts differ. "We will never know," he said.\n\nIn Vorna, the imam '
            'of the old mosque, Sheikh Idris Malo, keeps his own list. It holds 14 names. "Two of them are '
            'on no list but mine," he said.')
    assert quote_with(quotes_of(nlp, text), "no list but mine").speaker == "Idris Malo"



def test_quotes_roles_a_date_speaks_for_no_one(nlp):
    text = ('We read with sorrow the statement of the Hill State Police Command dated 9th May, 2026, which gave '
            'a toll of 31 and described our figures as "inflated". We buried our own dead.')
    assert quote_with(quotes_of(nlp, text), "inflated").speaker != "9th May, 2026"
