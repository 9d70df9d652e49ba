"""Where a figure is: the figure's own clause, the clause it hangs off, "there", "the town".

Invented sentences only."""
import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures
from crosscheck.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _location(nlp, text, number):
    found = [f for f in extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", None))
             if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0].location


def _matches(got, want):
    if not want:
        return got == []
    return all(any(w.lower() in g.lower() or g.lower() in w.lower() for g in got) for w in want)


@pytest.mark.parametrize("text, number, want", [
    # a participle hanging off the event's clause is set where that clause is
    ("A strong earthquake hit Varnel province before dawn on Monday, killing at least 230 people, officials said.",
     "230", ["Varnel province"]),
    # the object of a coordinated verb is what that verb acted on, not where the figure is
    ("A cyclone hit Osbrey province, killing 52 people and flooding the old quarter of the port city Tamsin.",
     "52", ["Osbrey province"]),
    # an "after" clause tells another happening: its places are not the figure's ...
    ("Another 31 people remain missing, the police said, after two hikers were found alive on Corrin Island.",
     "31", []),
    ("Ministers gathered in Halvern after 60 people were killed.", "60", []),
    # ... but a count that rose after people died stays with the count's place
    ("The toll from the blast at the Dorrow Central Market has risen to 22 after three people died overnight.",
     "three", ["Dorrow Central Market"]),
    # "with N killed": the scene of the main clause
    ("Fighting spread across Kavaria last month, with hundreds of arrests and abductions reported since May.",
     "hundreds", ["Kavaria"]),
])
def test_figure_locations_from_the_governing_clause(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    # a name before a place noun is a place, whatever the tagger thought of the name
    ("Some 2,500 families were evacuated from hamlets below the Brennick dam on Friday.", "2,500", ["Brennick dam"]),
    ("Heavy rain displaced 12,000 people in Dunmoor district.", "12,000", ["Dunmoor district"]),
    # a facility named after "at"
    ("Attacker kills 9 at Pellham Shopping Centre", "9", ["Pellham Shopping Centre"]),
    # a name after "in" is a place even when the tagger took it for a person
    ("Scores of wounded workers were flown to clinics in Arlo, where families waited outside.", "Scores", ["Arlo"]),
    # "at" with a newsroom is no place
    ("Gunmen killed 14 villagers, a source told colleagues at Reuters.", "14", []),
])
def test_figure_locations_place_names(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    # "there" points back to the place named before it
    ("Our medics at Harrow Bay Hospital say that about 35 survivors are being treated there.", "35", ["Harrow Bay Hospital"]),
    # a bare "the town" is the town the paragraph was about
    ("In Velka, a mining town in the hills, rescuers said they had found 112 bodies. "
     "A teacher said at least 20 pupils were among the dead in the town.", "20", ["Velka"]),
    # ... but not across a paragraph break
    ("In Velka, a mining town in the hills, rescuers said they had found 112 bodies.\n\n"
     "A teacher said at least 20 pupils were among the dead in the town.", "20", []),
])
def test_figure_locations_refer_back(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    # a described place is a place as written
    ("Storms killed 17 people in coastal areas, the agency said.", "17", ["coastal areas"]),
    ("Eight soldiers were killed in the country's north, the ministry said.", "Eight", ["country's north"]),
    # a named place wins over the description around it
    ("Most of the 200 dead were found in rural villages of Narn province.", "200", ["Narn province"]),
    # the reporter's dateline is not where it happened
    ("BRANTFORD (Newswire) - At least 30 people died when a bus plunged into a ravine in northern Kesh.",
     "30", ["Kesh"]),
    ("Tolvik, May 2 (Newswire) – Nine people were killed in a fire.", "Nine", []),
    # nor is the place a speaker spoke from
    ("At least 40 people were killed, the governor told reporters in Calder.", "40", []),
])
def test_figure_locations_described_places_and_datelines(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    # a destination is a place: gold counts where people fled to
    ("About 3,000 people fled to Varnisk over the weekend.", "3,000", ["Varnisk"]),
    # ... but an organisation people are handed to is not, nor a capitalised common noun
    ("Some 200 detainees were handed over to the Red Crescent.", "200", []),
    ("Some 40 wounded were brought to Hospital.", "40", []),
])
def test_figure_locations_destinations(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    # a figure in a relative clause is where the noun it describes is
    ("The raids target the Kesh minority of Dorrin province, which faces abductions – sometimes in batches "
     "of five or 10 per day – executions, and home invasions.", "five or 10", ["Dorrin province"]),
])
def test_figure_locations_relative_clause_antecedent(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)
