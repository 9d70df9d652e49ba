"""Speakers in styles found by blind test sets: colon-introduced quotes, names
inside title phrases, unnamed speakers for an organisation, live-blog entries,
people sharing a surname, headline quotes repeated in the body.

All sentences are written for these tests (no third-party text).
"""
import pytest

from crosscheck.extract.quotes import find_entry_starts
from quote_helpers import quote_with, quotes_of


# a clause whose subject can speak, ending with the colon that opens the quote
COLON_CLAUSES = [
    ('Dana Whitfield, the union leader, addressed the strikers from a truck: "We stay out until the '
     'contracts are signed."', "We stay out", "Dana Whitfield"),
    ('The mayor, Paul Anderson, spoke to reporters outside the town hall: "Nobody will be evicted this winter."',
     "Nobody will be", "Paul Anderson"),
    ('Tom Lee arrived at the station at noon. He was visibly tired: "We searched all night and found nothing."',
     "We searched", "Tom Lee"),
]


@pytest.mark.parametrize("text,words,speaker", COLON_CLAUSES)
def test_quotes_speakers_clause_ending_with_colon(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# a thing as subject before the colon names no speaker
COLON_THINGS = [
    'The sign on the door read: "Closed until further notice because of the flooding."',
    'The report ended with one line: "More inspections will be needed before the bridge reopens."',
]


@pytest.mark.parametrize("text", COLON_THINGS)
def test_quotes_speakers_colon_after_a_thing_names_no_one(nlp, text):
    (q,) = quotes_of(nlp, text)
    assert q.speaker is None


# live-blog entry lines: a time stamp, then a name and a colon
ENTRY_LINES = [
    ('Live updates\n\n14:05 \u2014 Northfield Children\'s Hospital: "Our wards are full and we are turning '
     'families away." Ambulances queued outside.', "Our wards", "Northfield Children's Hospital"),
    ('\U0001F534 02.11, 09:40 \u2014 Port Authority of Carden: "All ferries are cancelled until Monday."',
     "All ferries", "Port Authority of Carden"),
]


@pytest.mark.parametrize("text,words,speaker", ENTRY_LINES)
def test_quotes_speakers_entry_line_name_before_colon(nlp, text, words, speaker):
    q = quote_with(quotes_of(nlp, text), words)
    assert q.speaker is not None and q.speaker.endswith(speaker.split()[-1])


# the name at the end of a title phrase or in apposition to its prepositional object
TITLE_PHRASES = [
    ('Minister of Health of Slovakia Peter Novak visited the hospital on Monday and said that Slovakia '
     '"will not close its clinics to people who need care".', "will not close", "Peter Novak"),
    ('Minister of Foreign Affairs of Norway Jonas Lund met the envoys on Monday and said that Norway '
     '"will not close the door to refugees".', "close the door", "Jonas Lund"),
    ('The UN envoy for Sudan, Maria Gonzalez, warned that the camps "cannot take a single family more".',
     "cannot take", "Maria Gonzalez"),
    ('The spokesman for the Northern Command of the Border Guard, Colonel Marek Zima, said the patrols '
     '"found no trace of the missing boat".', "found no trace", "Marek Zima"),
]


@pytest.mark.parametrize("text,words,speaker", TITLE_PHRASES)
def test_quotes_speakers_name_in_title_phrase(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# a name after 'of' belongs to someone else: the speaker is unnamed
def test_quotes_speakers_spokesman_of_a_person_is_not_that_person(nlp):
    text = 'A spokesman of Mayor Ann Roe said the city "has done everything it could" for the victims.'
    q = quote_with(quotes_of(nlp, text), "has done everything")
    assert q.speaker != "Ann Roe"


def test_quotes_speakers_later_title_mention_resolves_to_named_person(nlp):
    text = ('The spokesman for the General Staff of the Navy, Rear Admiral Jonas Berg, said on Monday that the '
            'fleet "will stay in port".\n\nThe spokesman also described the reports as "a complete invention '
            'by foreign channels".')
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "stay in port").speaker == "Jonas Berg"
    assert quote_with(quotes, "complete invention").speaker == "Jonas Berg"


# an unnamed speaker for an organisation: the organisation
REPRESENTED = [
    ('Monitors from the International Election Mission (IEM) said the count was "flawed by intimidation '
     'and missing ballots".', "flawed by", "International Election Mission"),
    ('The African Union has urged calm. A spokeswoman for the bloc said it was "gravely worried" by the '
     'killings.', "gravely worried", "African Union"),
]


@pytest.mark.parametrize("text,words,speaker", REPRESENTED)
def test_quotes_speakers_unnamed_speaker_for_an_organisation(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


def test_quotes_speakers_organisation_name_with_its_tail(nlp):
    text = ('The U.N. Office for the Coordination of Humanitarian Affairs said it was "deeply alarmed" by the '
            'reports from the valley.')
    q = quote_with(quotes_of(nlp, text), "deeply alarmed")
    assert q.speaker == "U.N. Office for the Coordination of Humanitarian Affairs"


# X quoted Y as saying, with an abbreviated rank that splits the sentence
def test_quotes_speakers_quoted_as_saying_after_abbreviated_rank(nlp):
    text = ('The state agency TNA quoted Lt. Col. Aron Petrov, head of the coastal brigade, as saying the depot '
            '"had been used to hide weapons for months." He gave no details.')
    q = quote_with(quotes_of(nlp, text), "had been used")
    assert q.speaker is not None and q.speaker.endswith("Aron Petrov")


# a reporting verb the parser hung on the reported clause belongs with the one above
def test_quotes_speakers_cue_coordinated_with_reporting_verb(nlp):
    text = ('"The wind tore the roofs off in minutes," said Lina Okafor, a spokeswoman for the agency. She said '
            'more than 40 people had been injured and warned the toll "will almost certainly rise" tonight.')
    q = quote_with(quotes_of(nlp, text), "almost certainly")
    assert q.speaker == "Lina Okafor"


LIVE_BLOG = (
    "18:20\nShelters open in the north\n"
    "The regional council says 12 schools are now shelters. Council leader Maya Stern told us that buses would "
    "run all night. \"Nobody will sleep outside,\" she said.\n\n"
    "17:45\nArrests for looting\n"
    "Police say they have arrested nine people. Superintendent Oren Malik said patrols would be doubled. "
    "\"Anyone caught looting will be prosecuted,\" he said.\n\n"
    "16:10\nBodies recovered\n"
    "The district office says 19 bodies have been recovered. \"We fear there are more under the mud,\" he said.\n"
)


def test_quotes_speakers_live_blog_entries(nlp):
    quotes = quotes_of(nlp, LIVE_BLOG)
    assert quote_with(quotes, "Nobody will sleep").speaker == "Maya Stern"
    assert quote_with(quotes, "Anyone caught").speaker == "Oren Malik"  # a name the tagger types as an organisation
    # the pronoun does not reach back into the entry before
    assert quote_with(quotes, "We fear").speaker is None


ENTRY_STARTS = [
    ("Intro text.\n\n22:40\nLatest toll\nBody.", ["22:40", "Latest toll"]),
    ("17.05 BST\nMinistry raises toll\nBody.", ["17.05 BST", "Ministry raises toll"]),
    ("\U0001F534 18.09, 21:05 \u2014 Town: police fire on crowd.", ["\U0001F534 18.09"]),
    # a hard-wrapped paragraph's short last line is no heading
    ("Intro.\nHe said the talks would go on through\nthe night and into Friday.", []),
    ("Intro.\n\nHe said the talks would go on\nthrough the night.", []),
]


@pytest.mark.parametrize("text,starts", ENTRY_STARTS)
def test_quotes_speakers_entry_starts(text, starts):
    found = find_entry_starts(text)
    assert [text[i:i + len(s)] for i, s in zip(found, starts)] == starts
    assert len(found) == len(starts)


# two people of one surname: the honorific and the pronoun choose
SAME_SURNAME = [
    ("The last time Rosa Keller saw her son, he was being led away by police. Days later an officer told her "
     "that Marco Keller, 19, was \"not registered anywhere\".\n\n"
     "\"They told me to wait. I have waited for a week,\" Ms. Keller said.", "They told me", "Rosa Keller"),
    ("The last time Rosa Keller saw her son, he was being led away by police. Days later an officer told her "
     "that Marco Keller, 19, was \"not registered anywhere\".\n\n"
     "Ms. Keller said she would not move. \"If Marco comes home,\" she said, \"someone must open the door.\"",
     "If Marco", "Rosa Keller"),
    ("Mr. Paul Brandt and his daughter Eva Brandt run the bakery. \"We lost everything in one night,\" "
     "Ms. Brandt said.", "We lost everything", "Eva Brandt"),
]


@pytest.mark.parametrize("text,words,speaker", SAME_SURNAME)
def test_quotes_speakers_same_surname(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


def test_quotes_speakers_headline_quote_takes_body_speaker(nlp):
    text = ("'Nobody warned us to leave': anger grows in the valley\n\n"
            "In Karuvel, the school still stands. Ravi Menon, 34, lost his mother. \"Nobody warned us to leave. "
            "We heard a roar and then the water was inside,\" he said.")
    quotes = quotes_of(nlp, text)
    headline = [q for q in quotes if q.text.startswith("Nobody") and "roar" not in q.text]
    assert headline and headline[0].speaker == "Ravi Menon"
    assert headline[0].cue is None


def test_quotes_speakers_headline_quote_without_body_match_stays_unattributed(nlp):
    text = ("'They took him at night': families search for the missing\n\n"
            "Ravi Menon, 34, said: \"We heard a roar and then the water was inside.\"")
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "took him").speaker is None


# a live-blog heading gives a role; its entry names the person with that role
def test_quotes_speakers_heading_title_resolves_to_person_named_in_entry(nlp):
    text = ("Live updates\n\n14:10\nPolice chief: 'we will find them'\n"
            "A reminder of what police said this morning. Chief Constable Mark Evans, the regional police chief, "
            "told reporters: \"We will find whoever did this and they will face justice.\"\n")
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "we will find them").speaker == "Mark Evans"


# an unnamed title with an organisation before it speaks for the organisation
def test_quotes_speakers_unnamed_title_with_organisation_modifier(nlp):
    q = quote_with(quotes_of(nlp, 'A UN spokesman said the agency was "deeply worried about the convoys".'),
                   "deeply worried")
    assert q.speaker == "UN"


# a body named by the country it belongs to is a speaker; a possessive pronoun or a plural is not
NAMED_INSTITUTIONS = [
    ("Karesia's military says it targets only \"terrorist\" positions.", "terrorist", "Karesia's military"),
    ("His administration said the plan was \"dead on arrival\".", "dead on arrival", None),
    ("Norway's soldiers said the border was \"quiet all night and all morning\".", "quiet all night", None),
]


@pytest.mark.parametrize("text,words,speaker", NAMED_INSTITUTIONS)
def test_quotes_speakers_institution_named_by_its_country(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


# an unnamed speaker or a definite descriptor that stands for an organisation named before
BODY_DESCRIPTORS = [
    ('The bus was built by Marlo Motors in 2015. "Marlo is giving the inquiry all its data," a spokesman '
     'for the manufacturer said.', "Marlo is giving", "Marlo Motors"),
    ('Smoke rose from the Pellan Paints Ltd depot at dawn. The company said it had "lost contact with three '
     'drivers" on the night shift.', "lost contact", "Pellan Paints Ltd"),
    ('The Halden Regional Police closed the road. A police spokeswoman said the crowd had been "larger than any '
     'we planned for".', "larger than any", "Halden Regional Police"),
    ('A police spokeswoman said the crowd had been "larger than any we planned for" by a wide margin.',
     "larger than any", "police"),
    # an industry word in the name makes a company of it ('Chemicals', 'Mining')
    ('Velmar Chemicals put out a note from its chief executive. The company stated it had "no injured '
     'staff on site" but that two drivers could not be found.', "no injured staff", "Velmar Chemicals"),
    # the descriptor as the title's modifier, with 'a'
    ('Kesto Mining Group, which runs the pit, denied the claim. "Our tunnels are far from the village," a '
     'company spokesman said.', "Our tunnels", "Kesto Mining Group"),
]


def test_quotes_speakers_company_descriptor_needs_a_company_named(nlp):
    text = 'The Ministry of Health said 20 people died. The company insisted it had "no injured staff on site" at the depot.'
    assert quote_with(quotes_of(nlp, text), "no injured staff").speaker is None


def test_quotes_speakers_statement_of_a_named_movement(nlp):
    text = ('The statement of the movement Jund al-Nour, which was published on Friday night, is saying: '
            '"We held the town for a day."')
    assert quote_with(quotes_of(nlp, text), "We held the town").speaker == "Jund al-Nour"


@pytest.mark.parametrize("text,words,speaker", BODY_DESCRIPTORS)
def test_quotes_speakers_descriptor_stands_for_named_body(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


def test_quotes_speakers_indefinite_descriptor_names_no_body(nlp):
    text = ('Smoke rose from the Pellan Paints Ltd depot at dawn. A company in the next street said the fumes '
            'were "not ours, whatever people think".')
    assert quote_with(quotes_of(nlp, text), "not ours").speaker != "Pellan Paints Ltd"


def test_quotes_speakers_surname_tagged_as_place_after_full_name(nlp):
    text = ('Mira Castell, who runs the shelter, counted 40 beds.\n\n11:05\nThe shelter\'s Castell has answered '
            'the council\'s claims from Friday.\n\n"We have a name for every one of those people," she said.')
    assert quote_with(quotes_of(nlp, text), "We have a name").speaker == "Mira Castell"


def test_quotes_speakers_name_with_title_in_apposition_is_a_person(nlp):
    text = ('Orla Brannigan, leader of the opposition Civic Renewal Party, has posted a statement online. '
            '"The flooding in Marsh End was foretold by every survey," she wrote. "Nobody listened."')
    quotes = quotes_of(nlp, text)
    assert quote_with(quotes, "The flooding").speaker == "Orla Brannigan"
    assert quote_with(quotes, "Nobody listened").speaker == "Orla Brannigan"


def test_quotes_speakers_name_beside_title_is_a_person_whatever_its_type(nlp):
    # the tagger types this invented name as an organisation and the guild as a person
    text = ('The Weavers\' Guild says the toll is 12.\n\nThe police commissioner, Odile Brecq, dismissed the Guild\'s '
            'figure. "Gossip hurts too. Every name goes out when the families consent," she said.')
    assert quote_with(quotes_of(nlp, text), "Gossip hurts").speaker == "Odile Brecq"


# a spokesman with his name in apposition, in a sentence the parser reads as a fragment,
# after a paragraph whose subject is another man
SPOKESMAN_AFTER_OTHER_MAN = [
    'The Medics Without Walls tally of 28 dead counted only those brought to its tents. MWW\'s field chief, Tomas '
    'Kell, had cautioned on 2 June: "We only count the ones carried in."\n\nThe Tarn Freedom Front\'s figure of 90 '
    'was never backed by a list. The front\'s spokesman, Aron Vale, conceded in a radio interview that the number '
    '"took in fighters lost in earlier raids this month", among them, he said, an air raid on the hamlet of Dorn that '
    'killed 4 people on 5 June.',
    'Dr Karl Oster, head of the clinic, cautioned in May: "We only count the ones carried in."\n\nThe Tarn Front\'s '
    'figure of 90 was never backed by a list. Its spokesman, Aron Vale, conceded on the phone that the number "took '
    'in fighters lost in older raids", among them, he said, a raid on a farm that killed 4 people.',
    'Dr Karl Oster, head of the clinic, had cautioned in May: "We only count the ones carried in."\n\nThe Tarn '
    'Front\'s figure of 90 was never backed by a list. The front\'s spokesman, Aron Vale, in a radio interview, the '
    'number "took in fighters lost in earlier raids this month", among them, he said, a raid on a farm.',
]


@pytest.mark.parametrize("text", SPOKESMAN_AFTER_OTHER_MAN)
def test_quotes_speakers_spokesman_named_in_apposition_in_own_sentence(nlp, text):
    assert quote_with(quotes_of(nlp, text), "took in fighters").speaker == "Aron Vale"


def test_quotes_speakers_only_person_of_the_sentence_before(nlp):
    # the sentence before names one person and its subjects are no one who speaks ('neighbours', 'brother')
    text = ('Chief Medical Officer Dr Rina Solanki told reporters that most victims had come in too late. "They '
            'reached us after the damage was done," said Dr Solanki.\n\nIn Bhimpur, neighbours gathered by the '
            'tin-roofed home of Kamla Devi, 52, whose brother and nephew both died on Saturday. "They walked back '
            'from the fair singing. By dawn my nephew could not see," she said, as relatives took her inside.')
    assert quote_with(quotes_of(nlp, text), "They walked back").speaker == "Kamla Devi"


def test_quotes_speakers_title_inside_an_organisation_name_is_not_it(nlp):
    text = ('The Harlow General Hospital received 12 bodies. Police chief Tomas Brandt spoke on Monday. Asked about '
            'the union\'s tally, the Inspector-General told the press that the charity "adds up gossip, not graves".')
    assert quote_with(quotes_of(nlp, text), "adds up gossip").speaker != "Harlow General Hospital"


def test_quotes_speakers_title_that_ends_an_organisation_name_is_it(nlp):
    text = ('The Office of the Ombudsman opened an inquiry on Monday. The Ombudsman said the delays were '
            '"unacceptable in every district".')
    assert quote_with(quotes_of(nlp, text), "unacceptable").speaker in ("Office of the Ombudsman", "Ombudsman")


# a text or office with a possessive pronoun speaks for whoever the pronoun points back to
POSSESSOR_VOICES = [
    ('Governor Alma Ruiz flew to the valley on Sunday. Her office announced in a press release that "every '
     'culprit will face the courts".', "every culprit", "Alma Ruiz"),
    ('The Regional Rights Commission ordered an inquiry on Friday. Its order said that "a ban on paper and liquor '
     'on every corner is a failure of government".', "a ban on paper", "Regional Rights Commission"),
    ('The ministry quoted Inspector-General Tomas Brandt. In his words: "Officers acted with restraint in the face '
     'of provocation."', "Officers acted", "Tomas Brandt"),
]


@pytest.mark.parametrize("text,words,speaker", POSSESSOR_VOICES)
def test_quotes_speakers_possessive_text_or_office(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


def test_quotes_speakers_possessive_person_noun_is_someone_else(nlp):
    text = 'Mayor Ana Roe visited the ward. Her spokesman, Tom Lee, added that "more beds will come".'
    assert quote_with(quotes_of(nlp, text), "more beds").speaker == "Tom Lee"


# speakers the parse hides: a title tagged as a proper noun, a participle cue
# hung on the reported fact, a passive 'told' whose subject only heard it,
# a surname tagged as a common noun, a text whose issuer was named earlier
HIDDEN_SPEAKERS = [
    ('"The river took our sheep and the seed for spring," said the headman, Dawa Lhendup, '
     "standing in front of his brother's house.", "The river took our sheep", "Dawa Lhendup"),
    ('The flood reached the upper village by Monday evening, Farmers Union leader Pema Dorje said, accusing '
     'officials of helping "the hotels first and the farmers last."', "the hotels first", "Pema Dorje"),
    ('18:30\nInterior Minister Pavel Sorenko is talking to reporters at the barrier. He says 9 people were freed.\n\n'
     '18:34\nSorenko: "The gunmen chose a stadium because they wanted the whole city to watch." He thanked the '
     'police.', "The gunmen chose", "Pavel Sorenko"),
    ('Lena Osei, who heads the Water Board, was not at the meeting.\n\n3. Osei of the Water Board, to local '
     'reporters: "nobody told us the gates were shut, and then the water came".', "nobody told us", "Lena Osei"),
    ('A statement attributed to the Kestel Liberation Front claiming the bombing was posted on Friday.\n\n'
     '"Our fighters struck the fortress of the traitors," the statement continues.', "Our fighters struck",
     "Kestel Liberation Front"),
    ('The ministry had given a smaller number that morning. The Kestel Liberation Front claimed the '
     'bombing in a statement put online on Friday night. "Our fighters struck the fortress of the traitors," '
     'said the statement.', "Our fighters struck", "Kestel Liberation Front"),
    ('Owner of the factory, Mr. Paul Venner, said that the plant will be closed "for many months" and that he '
     'will pay all 120 workers.', "for many months", "Paul Venner"),
]


@pytest.mark.parametrize("text,words,speaker", HIDDEN_SPEAKERS)
def test_quotes_speakers_hidden_by_the_parse(nlp, text, words, speaker):
    assert quote_with(quotes_of(nlp, text), words).speaker == speaker


def test_quotes_speakers_passive_told_is_the_hearer(nlp):
    text = ('A spokesperson for the embassy, who asked not to be named, said the relatives had been told to call '
            'the embassy directly and "not to pay anyone who promises news".')
    quote = quote_with(quotes_of(nlp, text), "not to pay")
    assert quote.cue == "said" and quote.speaker_mention != "the relatives"


def test_quotes_speakers_single_word_heading_is_no_speaker(nlp):
    text = '18:34\nUpdate: "The gunmen chose a stadium because they wanted the whole city to watch."'
    assert quote_with(quotes_of(nlp, text), "The gunmen chose").speaker is None


def test_quotes_speakers_turn_label_is_not_the_subject(nlp):
    text = ('Question (regional radio): The interior minister told a TV channel that "every looter will be found '
            'and punished". How does the Office respond?')
    assert quote_with(quotes_of(nlp, text), "every looter").speaker_mention == "The interior minister"


def test_quotes_speakers_punctuation_is_no_speaker(nlp):
    text = 'The bulletin lists the dead by district. [Ed. note 2] The term "martyrs" is the group\'s own term.'
    quote = quote_with(quotes_of(nlp, text), "martyrs")
    assert quote.speaker is None and quote.speaker_mention is None


def test_quotes_speakers_appositive_after_subject_is_not_a_second_subject(nlp):
    text = ('A spokesman for Kelvar Builders, the company building the bridge, said in a written note: "The company '
            'followed every approved design. This was a natural disaster."')
    assert quote_with(quotes_of(nlp, text), "approved design").speaker_mention == "A spokesman"


@pytest.mark.parametrize("text", [
    'Kostova of Lantern, to foreign journalists: "people are taken, and then they vanish".',
    'Key facts:\n\n4. Kostova of Lantern, to foreign journalists: "people are taken, and then they vanish".',
])
def test_quotes_speakers_surname_of_body_heading_a_quote(nlp, text):
    assert quote_with(quotes_of(nlp, text), "people are taken").speaker == "Kostova"


def test_quotes_speakers_body_of_place_heading_is_no_surname(nlp):
    text = 'Ministry of Defence, to reporters: "No strikes hit the town."'
    assert quote_with(quotes_of(nlp, text), "No strikes").speaker != "Ministry"
