"""Speaker turns of transcripts in the styles of parliamentary records, hearings and broadcasts:
a label with a lower-case honorific and a bracketed constituency, an office with its holder in
brackets (and the office alone later), a rank abbreviation with a slash, a role after a comma, a
newsroom role before the name; stage directions in brackets are no one's turn and name no one.

All names, places and numbers are invented for these tests."""
import pytest
from attribution_helpers import source_of
from quote_helpers import quote_with, quotes_of

HANSARD = ("PARLIAMENT OF KELLAND\nOFFICIAL REPORT\n\nSitting of Tuesday, 3 March 2026\n\n"
           "Mr. TOMAS BRELL (Osk West, Kelland Labour Party): Madam Speaker, the families of Osk are still waiting. "
           "According to the Osk Relief Council, 31 people died in the flood.\n\n"
           "The MINISTER OF THE INTERIOR (Mrs. Ilka Varno): I am grateful to the member for Osk West. Nineteen people "
           "died in the flood, and the count stands.\n\n"
           "Hon. MEMBERS: Resign!\n\n"
           "Mr. BRELL: And the missing? My office counts eleven in Osk alone.\n\n"
           "The MINISTER OF THE INTERIOR: Four people remain missing.\n\n"
           "Mrs. ADA KORVEN (Tork North, Civic Union; Chair, Committee on Home Affairs): The committee heard "
           "that 60 homes were lost. Twenty-two families have no roof tonight.\n\n"
           "The DEPUTY SPEAKER: Order. Five more people died in Tork yesterday.\n")

HEARING = ("KELL INQUIRY INTO THE RIVER FLOOD\nRECORD OF THE HEARING, SECOND DAY\n\n"
           "Panel: Mirta Oslo (chairperson) and Commissioner Ravi Tenne.\n"
           "Appearing: Dario Fenn, superintendent of the Kell River Police.\n\n"
           "CHAIRPERSON OSLO: Superintendent Fenn, please begin.\n\n"
           "P/SUPT. FENN: Good morning to the panel. Fourteen of our officers were injured in the rescue.\n\n"
           "COMMISSIONER TENNE: How many were detained afterwards?\n\n"
           "P/SUPT. FENN: Thirty-two persons were arrested for looting.\n\n"
           "(Short adjournment. Hearing Reconvened at 11:05 a.m.)\n\n"
           "CHAIRPERSON OSLO: Did you speak to the harbour master?\n\n"
           "P/SUPT. FENN: Yes. He rang me that night, and I quote him: \"Nobody leaves the docks tonight.\"\n")

BROADCAST = ("KELL TV | EVENING NEWS | TRANSCRIPT\n\n"
             "ANA MIRO, ANCHOR: Good evening. Nine people have died in the fire in Osk.\n\n"
             "REPORTER LEV DORN: Ana, the ward behind me has treated 40 people since noon.\n\n"
             "MIRO: With us is a resident.\n\n"
             "KARL ESSE, OSK TENANTS' UNION (translated): We counted 12 families without a home.\n\n"
             "DORN: Six people are still missing.\n")


@pytest.mark.parametrize("text, number, source", [
    # a member with a lower-case honorific and a bracketed constituency and party
    (HANSARD, "31", "Osk Relief Council"),          # a source the sentence names comes first
    (HANSARD, "eleven", "Tomas Brell"),             # the surname alone, later, is the same member
    # an office with its holder in brackets; the office alone later is the same holder
    (HANSARD, "Nineteen", "Ilka Varno"),
    (HANSARD, "Four", "Ilka Varno"),
    # a bracket with a constituency, a party and a committee chair
    (HANSARD, "Twenty-two", "Ada Korven"),
    # a rank abbreviation with a slash before the surname
    (HEARING, "Fourteen", "Dario Fenn"),
    (HEARING, "Thirty-two", "Dario Fenn"),
    # the outlet's own anchor and reporter, with the role after a comma or before the name
    (BROADCAST, "Nine", None),
    (BROADCAST, "40", None),
    (BROADCAST, "Six", None),
    (BROADCAST, "12", "Karl Esse"),                 # a guest with an affiliation after a comma
])
def test_attribution_turn_labels(nlp, text, number, source):
    found = source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


def test_attribution_turn_of_chair_names_no_one(nlp):
    """"The DEPUTY SPEAKER:" and "Hon. MEMBERS:" hold turns that are no member's words."""
    found = source_of(nlp, HANSARD, "Five")
    assert found is not None and found.source is None


def test_quotes_stage_direction_is_no_speaker(nlp):
    """A word of a stage direction ("Reconvened at ...") is no one a later "him" points to; in a
    transcript a pronoun looks back no further than the turn it answers."""
    quote = quote_with(quotes_of(nlp, HEARING), "Nobody leaves")
    assert quote.speaker is None


def test_quotes_office_of_a_turn_label_names_its_holder(nlp):
    """"The MINISTER OF THE INTERIOR (Mrs. Ilka Varno):" makes a later "the Minister says" hers, and
    "Mr. BRELL:" never makes him a minister ("Mr" abbreviates no office)."""
    text = HANSARD + ('\nMr. BRELL: "Soon," the Minister says. Soon is not good enough.\n')
    assert quote_with(quotes_of(nlp, text), "Soon").speaker == "Ilka Varno"


def test_quotes_words_of_whoever_said_them_before_the_colon(nlp):
    """'I remind the Secretary what the flood inquiry said last month: "…"': the inquiry's words (its
    reporting verb and mention), not the words of the "I" who reminds."""
    text = ('I remind the Secretary what the Kell flood inquiry said last month: "We ask for a full and public '
            'review of every warning that failed."')
    quote = quote_with(quotes_of(nlp, text), "public review")
    assert quote.cue == "said" and quote.speaker_mention == "the Kell flood inquiry"


def test_quotes_first_person_in_a_turn_is_its_speaker(nlp):
    """'As I told the council on Monday: “…”' in a member's turn: the member's words."""
    text = HANSARD + ('\nMr. BRELL: As I told the council on Monday: "Osk cannot wait another winter."\n')
    assert quote_with(quotes_of(nlp, text), "Osk cannot wait").speaker == "Tomas Brell"


RADIO = ("KELL FM | MORNING SHOW\nPresenter: Nia Osei\n"
         "Guests: Mr. Tomas Ekow Brell, chair, Osk Farmers' Union; Ms. Ada Korven, Kell Relief Office\n\n"
         "NIA OSEI: Good morning. Eight villages were flooded overnight.\n\n"
         "TOMAS BRELL: Good morning, Nia. We have counted 45 families without a roof.\n\n"
         "NIA OSEI: And the Relief Office?\n\n"
         "ADA KORVEN: We have registered 300 displaced people.\n")


@pytest.mark.parametrize("number, source", [
    ("Eight", None),                  # the presenter the header names speaks in the outlet's voice
    ("45", "Tomas Ekow Brell"),       # the label's first name and surname: the guest list's full name
    ("300", "Ada Korven"),
])
def test_attribution_radio_header_names_staff_and_guests(nlp, number, source):
    found = source_of(nlp, RADIO, number)
    assert found is not None
    assert found.source == source


def test_attribution_role_label_with_article_is_no_surname(nlp):
    """A court record's "THE WITNESS:" names a role, never someone surnamed Witness."""
    text = ("KELL DISTRICT COURT\nRECORD OF PROCEEDINGS\n\n"
            "Counsel for the families, Ms. Ana Ruiz, appeared. Tom Human Witness was sworn.\n\n"
            "MS. RUIZ: How many workers did you see?\n\n"
            "THE WITNESS: I saw eleven people injured on the stairs.\n\n"
            "MS. RUIZ: And after that?\n\n"
            "JUDGE ORLA BENN: Counsel, please. Four people were hurt in the hall, the record shows.\n")
    found = source_of(nlp, text, "eleven")
    assert found is not None and found.source is None


def test_attribution_turn_label_match_ignores_the_bracket(nlp):
    """A word of the label's bracketed affiliation ("Office") is no label taken for a clause's
    subject; the name before it is."""
    from crosscheck.extract.attribution import SourceNames, _in_turn_label
    text = ("CHIEF ANA VELT (Kell Fire Service): Good afternoon. Eleven people have died.\n\n"
            "SHERIFF TOM DRASS (Kell County Sheriff's Office): On Monday my office told reporters that nine "
            "people had died.\n")
    doc = nlp(text)
    names = SourceNames(doc)
    nine = next(t for t in doc if t.text == "nine")
    assert not _in_turn_label("office", nine, names)
    assert _in_turn_label("TOM DRASS", nine, names)


@pytest.mark.parametrize("text, number, source", [
    # on air, the guest addressed at the head of the sentence is not the one who says the figure
    ("Inspector Kamau, the Valley Farmers Union says 74 people were killed. What do you say?",
     "74", "Valley Farmers Union"),
    ("Dr Wanjiru, the farmers say 74 people were killed.", "74", "farmers"),
    ("HOST: Inspector Kamau, the Valley Farmers Union says 74 people were killed. What do you say?",
     "74", "Valley Farmers Union"),
    # a name set off by commas on both sides is the speaker, described
    ("Inspector Kamau, the police spokesman, said 74 people were killed.", "74", "Inspector Kamau"),
])
def test_addressed_guest_is_not_the_source(nlp, text, number, source):
    assert source_of(nlp, text, number).source == source


@pytest.mark.parametrize("text, number, source", [
    # a statement setting aside another body's figure: the body that circulated it is its source
    ("The ministry rejected the figure of 268 deaths, circulated by the Valley Farmers Union at its briefing.",
     "268", "Valley Farmers Union"),
    ("The ministry dismissed the so-called toll of 90 deaths circulated by the Lake Relief Committee.",
     "90", "Lake Relief Committee"),
])
def test_figure_circulated_by_a_body(nlp, text, number, source):
    assert source_of(nlp, text, number).source == source


BRIEFING = ("MINISTRY OF WATER – REPUBLIC OF OSKAND\nPress Office\n\n"
            "TRANSCRIPT OF THE BRIEFING GIVEN BY THE MINISTER OF WATER, DR PAVLA RENKO DUSAN, ON THE FLOODS IN TERVO\n\n"
            "MODERATOR (Ivo Lask, press officer): Good afternoon. The Minister will speak first.\n\n"
            "MINISTER RENKO: Good afternoon. The number of dead now stands at 17. Forty people remain in hospital.\n\n"
            "JOURNALIST (Mira Sol, Tervo Radio): The Red Crescent says that eight people are missing. Is that right?\n\n"
            "MINISTER RENKO: Six families are still waiting for news.\n")


@pytest.mark.parametrize("number, source", [
    # a label with a title and the surname, under a heading in capitals that gave the full name
    ("17", "Pavla Renko Dusan"),
    ("Forty", "Pavla Renko Dusan"),
    ("Six", "Pavla Renko Dusan"),
    # a body named in a journalist's question, after a bracketed label the tokenizer ends with "):"
    ("eight", "Red Crescent"),
])
def test_attribution_turn_label_surname_named_in_capital_heading(nlp, number, source):
    found = source_of(nlp, BRIEFING, number)
    assert found is not None and found.source == source


FLOOD_BRIEFING = ("TOWN OF ESKLUND\nFLOOD BRIEFING No. 2\n\n"
                  "Participants:\nMira Haldane, Mayor of Esklund\nOskar Trell, Police Chief, Esklund Police (EPD)\n\n"
                  "MAYOR HALDANE: Good afternoon. The river rose again overnight.\n\n"
                  "CHIEF TRELL (EPD): Thank you. Seven people have drowned in the lower town since Friday.\n\n"
                  "Q (IDA VORN, ESK RADIO): And the hospital?\n\n"
                  "CHIEF TRELL: Forty people have been treated for hypothermia.\n")

RADIO_REPORT = ("RADIO OSKEL 88.2\nMorning programme\n\n"
                "NORA FELD (PRESENTER): Good morning. Our reporter is at the harbour. Tim, what do you hear?\n\n"
                "TIM ROSK (REPORTER): Nora, I spoke last night to Dr Elin Varko, the head of the Oskel clinic. "
                "She told me, and I quote her, \"We took in nine dead from the quay, and we treated twenty wounded.\"\n\n"
                "FELD: Thank you, Tim.\n")


@pytest.mark.parametrize("text, number, source", [
    # a rank and a surname with the body in brackets: the person introduced by that surname
    (FLOOD_BRIEFING, "Seven", "Oskar Trell"),
    (FLOOD_BRIEFING, "Forty", "Oskar Trell"),
    # "she" in a reporter's turn is the doctor named before it, not the presenter's label
    (RADIO_REPORT, "nine", "Elin Varko"),
    (RADIO_REPORT, "twenty", "Elin Varko"),
])
def test_attribution_turns_name_the_person_and_pronouns_skip_labels(nlp, text, number, source):
    found = source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


SQUARE_TURNS = ("Evening bulletin. Transcript prepared by the desk.\n\n"
                "[ANCHOR — MINA SOL]\nGood evening. A father from Orlo is with us by phone. We will call him "
                "Mr. Tarek. Mr. Tarek, good evening.\n\n"
                "[CALLER BY PHONE — \"MR. TAREK\", ORLO]\nGood evening.\n\n"
                "[ANCHOR]\nWhat happened at the school?\n\n"
                "[MR. TAREK]\nOn Monday there was a smell. They took 31 boys away in ambulances.\n\n"
                "[ANCHOR]\nAnd the doctors?\n\n"
                "[DOCTOR BY PHONE — \"DR. LENA\", ORLO]\nWe treated 40 pupils for breathing problems.\n")


@pytest.mark.parametrize("number, source", [("31", "Mr. Tarek"), ("40", "Dr. Lena")])
def test_attribution_square_bracket_turns_credit_their_speaker(nlp, number, source):
    found = source_of(nlp, SQUARE_TURNS, number)
    assert found is not None and found.source == source
