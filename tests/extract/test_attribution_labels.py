"""Attribution in table, transcript and live-entry layouts: a table's "Sources:" note that lists
the outlet's own research, a transcript's speaker turns; and the people counted ("most of them", "12 of them") never taken for whoever gives the count."""
import pytest
from attribution_helpers import source_of as _source_of

TABLE = ("Detentions by town\n\n| Town | Detained |\n| Osk | 412 |\n| Varn | 98 |\n\n"
         "Sources: interviews with 61 former detainees; court lists.\n")

TRANSCRIPT = ("Speakers: Ana Velt, chief of the Kell Fire Service; Omar Drass, county coroner.\n\n"
              "VELT: Good evening. Forty people were injured in the fire, and nine remain missing.\n\n"
              "The search goes on. Twelve people were taken to hospital.\n\n"
              "Q (Lena Fisk, Kell Post): How many have died?\n\n"
              "DRASS: I can confirm that seven people died.\n")


@pytest.mark.parametrize("text, number, source", [
    (TRANSCRIPT, "Forty", "Ana Velt"),
    (TRANSCRIPT, "nine", "Ana Velt"),
    (TRANSCRIPT, "Twelve", "Ana Velt"),          # the turn goes on over its paragraphs
    (TRANSCRIPT, "seven", "Omar Drass"),
    (TABLE, "412", None),                      # the outlet's own research, not a body
    ("Detentions by town\n\n| Town | Detained |\n| Osk | 412 |\n| Varn | 98 |\n\nSources: Osk Bar Association.\n",
     "412", "Osk Bar Association"),
    # the people counted never give the count; a counted casualty word reports nothing
    ("The toll: nine deaths confirmed in Tork, seven of them children, the Kell Relief Office said.", "seven",
     "Kell Relief Office"),
    ("- Impact: eleven deaths recorded, six of them in Tork.", "six", None),
    ("At least 12 people have died and more than 35 are hurt, most of them with burns, the Ravel "
     "Relief Agency said on Monday.", "35", "Ravel Relief Agency"),
    ("At least 300 men were detained; 25 of them told Open Door they had been beaten.", "25", None),
    # a named body in an "according to" on the verb tells what the unnamed subject counted
    ("By Monday, clinics had registered 187 deaths from the fever, according to the Ministry of Health.",
     "187", "Ministry of Health"),
    # a live entry's verbless label naming one person: their words after the colon
    ("KRO Director-General Ana Velt on Kell Radio a moment ago: 11 confirmed dead, dozens injured.", "11", "Ana Velt"),
    ("Kell, Monday: 9 confirmed dead, dozens injured.", "9", None),
    # a dateline on its own line: the reported clause parsed as a second subject is not the speaker
    ("(Tork) –\nAn armed group shot dead at least 66 civilians in three hamlets, Civil Watch International "
     "said today.", "66", "Civil Watch International"),
])
def test_attribution_layout_sources(nlp, text, number, source):
    found = _source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


def test_attribution_caps_labels_are_no_transcript(nlp):
    """Capitalised labels that name no person ("UPDATE:", "KELL:") make no transcript."""
    text = ("UPDATE: Forty people were injured in Kell, police said.\n\n"
            "KELL: Twelve people were taken to hospital.\n")
    found = _source_of(nlp, text, "Twelve")
    assert found is not None and found.source is None
