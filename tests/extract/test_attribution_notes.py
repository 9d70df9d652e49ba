"""Sources a layout or a short word names: a transcript label with the speaker's title and
affiliation, "my office" in a speaker's turn, a table's "Source" column, a body owned by a
country ("Norvia's emergency authority", "Norvia's Joint Coordination Centre"), "according to"
a way of knowing ("the evidence collected so far": no one), a bulletin line's "(source: X)" note,
a comma-set relative clause recalling an event of a named year (the outlet's aside) and a subject with its verb closing the sentence
("..., the health department informed.").

All sentences are invented for these tests."""
import pytest
from attribution_helpers import source_of

TRANSCRIPT = ("TRANSCRIPT: Kell Fire Service news conference\n\n"
              "CHIEF ANA VELT (Kell Fire Service): Good afternoon. Eleven people have now died. "
              "Four remain in hospital.\n\n"
              "INSPECTOR OMAR DRASS (Kell County Police): On Monday my office told reporters that nine people had died.\n\n"
              "LENA FISK (Kell Post): How many were hurt?\n\n"
              "VELT: Twenty people were hurt.\n")

BULLETIN = ("Kell Relief Office (KRO) figures are reproduced below.\n\n"
            "UPDATE 2 | 12/05/2026 18:00\n"
            "- Impact (source: Kell Relief Office): 12 deaths confirmed, 40 injured. 300 persons evacuated.\n"
            "- Five bridges closed; 5 persons rescued from rooftops.\n"
            "- Shelters (source: interviews with camp managers): 17 persons injured in a stampede.\n")

TABLE = ("Figures come from the Kell Relief Office (KRO) and the Tork Civil Defence (TCD).\n\n"
         "| Province | Killed | Injured | Source and date |\n|---|---|---|---|\n"
         "| Kell | 212 | 540 | KRO, 4 May |\n| Tork | 87 | 131 | TCD, 3 May |\n"
         "| Varn | 19 | 44 | Hospital records |\n| TOTAL | 318 | 715 | |\n")


RADIO = ("KELL RADIO | MORNING NEWS | TRANSCRIPT\nPresenter: Ana Velt. Reporter: Omar Drass\n\n"
         "ANA VELT (PRESENTER): Good morning. The fire service says eleven people have died.\n\n"
         "OMAR DRASS (REPORTER): The ward behind me has treated more than 200 people since Monday.\n\n"
         "VELT: On the line is Lena Fisk of the Kell Workers' Union.\n\n"
         "LENA FISK: Since Sunday we know of four of our members who have died.\n\n"
         "VELT: Forty homes were lost overnight.\n")


@pytest.mark.parametrize("text, number, source", [
    # the outlet's own presenter and reporter speak in its own voice; a guest is a source
    (RADIO, "200", None),
    (RADIO, "Forty", None),
    (RADIO, "four", "Lena Fisk"),

    # a capitalised label with a title and a bracketed affiliation names the speaker in full
    (TRANSCRIPT, "Eleven", "Ana Velt"),
    (TRANSCRIPT, "Four", "Ana Velt"),
    (TRANSCRIPT, "Twenty", "Ana Velt"),             # the surname alone, later, is the same speaker
    (TRANSCRIPT, "nine", "Omar Drass"),             # "my office" in his turn: he gives the count
    # a table's "Source" column names each row's source; an empty cell names none
    (TABLE, "212", "Kell Relief Office"),
    (TABLE, "131", "Tork Civil Defence"),
    (TABLE, "44", "Hospital records"),
    (TABLE, "318", None),
    # a body owned by a country: the body, never the country
    ("Across the border, Norvia's emergency authority said 61 bodies had been recovered on Monday.",
     "61", "Norvia's emergency authority"),
    ("The Norvian Emergency Management Authority (NEMA) leads the response. Across the border, "
     "Norvia's emergency authority said 61 bodies had been recovered.", "61", "Norvian Emergency Management Authority"),
    ("The Norvian Emergency Management Authority (NEMA) leads the response in Norvia. Across the border, "
     "Tarsk's emergency authority said 61 bodies had been recovered.", "61", "Tarsk's emergency authority"),
    # an unfamiliar country the recogniser takes for a person still owns the body, not speaks for it
    ("Across the border, Dalmerra's emergency authority said 61 bodies had been recovered on Monday.",
     "61", "Dalmerra's emergency authority"),
    ("Quillon's civil defence office has counted over 120 deaths.", "120",
     "Quillon's civil defence office"),
    # a person's office is no country's body
    ("Governor Ana Ruiz's office said 14 people were injured.", "14", "Governor Ana Ruiz's office"),
    # a country before a body's own name: the body's name, its "for ..." part included
    ("On Friday, 88 prisoners came home, according to Norvia's Joint Office for the "
     "Care of Returning Detainees.", "88", "Joint Office for the Care of Returning Detainees"),
    ("Across the border, Norvia's Joint Coordination Centre said 61 bodies had been recovered.", "61",
     "Joint Coordination Centre"),
    # a role's possessive inside a body's name stays in the name
    ("Fire has killed 11 people in Osk, according to the Tarrow County Sheriff's Office.", "11",
     "Tarrow County Sheriff's Office"),
    # "according to" a way of knowing names no one, unless it says whose
    ("According to the evidence gathered to date, at least 312 civilians were killed.", "312", None),
    ("According to an analysis of hospital records, 55 people died.", "55", None),
    ("According to findings by the Harlow Commission, 40 people died.", "40", "Harlow Commission"),
    ("According to the findings of the regional health department, 61 people died.", "61",
     "regional health department"),
    # a bracketed "source:" note on a bulletin line credits every count on that line
    (BULLETIN, "12", "Kell Relief Office"),
    (BULLETIN, "40", "Kell Relief Office"),
    (BULLETIN, "300", "Kell Relief Office"),
    (BULLETIN, "5", None),                        # the next line has no note
    (BULLETIN, "17", None),                       # a note that names a way of knowing names no one
    # a relative clause set off by a comma recalling an event of a named year: the outlet's aside
    ("Ana Ruiz said the blast bore the hallmarks of the March 2011 raid on the Kell depot, in which 67 "
     "people were killed over two days.", "67", None),
    ("The provincial cabinet said 43 people died on Monday, mostly in Osk, which had already "
     "buried dozens of residents after a flood in 2019.", "dozens", None),
    ("Police said 12 people were killed in the attack, which also injured 40.", "40", "Police"),
    ("Ana Ruiz said the blast recalled the Kell market attack of 2011, in which, according to the UN, "
     "21 people died.", "21", "UN"),
    # a passive with no one named inside what a body says goes on to the body
    ("The Kell Relief Office said on Monday that 45 people had been confirmed dead.", "45", "Kell Relief Office"),
    ("In Osk, 46 people had been confirmed dead.", "46", None),
    # a subject and its verb closing the sentence after a comma
    ("All told, 9 welders are being treated at Kell Regional Hospital, one of them in a grave "
     "state, the Ministry of Health of Norvia informed.", "9", "Ministry of Health of Norvia"),
    ("In the district clinic remain 9 welders, the provincial health bureau informed.", "9",
     "provincial health bureau"),
])
def test_attribution_notes(nlp, text, number, source):
    found = source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


def test_caps_label_with_bracket_but_no_name_is_no_speaker(nlp):
    """A bracketed label that names no person ("LIVE UPDATES (Monday):") makes no transcript turn."""
    text = ("LIVE UPDATES (Monday): Forty people were injured in Kell.\n\n"
            "CITY COUNCIL (Minutes): Twelve people were taken to hospital.\n")
    found = source_of(nlp, text, "Twelve")
    assert found is not None and found.source is None

