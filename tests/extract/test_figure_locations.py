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
    # a "when" clause right after a part aside tells where that part was, not the whole count
    ("At least 30 people have died, the Orla Fire Service said on Monday, six of them on Sunday alone, "
     "when a dam gave way above the village of Kest.", "30", []),
    ("At least 30 people have died, the Orla Fire Service said on Monday, six of them on Sunday alone, "
     "when a dam gave way above the village of Kest.", "six", ["Kest"]),
    # someone picked out "among them" was somewhere of their own
    ("Kell Hospital said it had treated 40 injured people in Mora, among them a boy who was found near the "
     "Tessa bridge.", "40", ["Mora"]),
])
def test_figure_locations_from_the_governing_clause(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    # a name before a place noun is a place, whatever the tagger thought of the name
    ("Some 2,500 families were evacuated from hamlets below the Brennick dam on Friday.", "2,500", ["Brennick dam"]),
    ("Heavy rain displaced 12,000 people in Dunmoor district.", "12,000", ["Dunmoor district"]),
    # ... also with a word of the site's kind between them, and for sites in the open
    ("Troops killed 31 men at the Orvath granite quarry on Friday.", "31", ["Orvath granite quarry"]),
    ("About 4,000 villagers fled over the Sarn pass into the next valley.", "4,000", ["Sarn pass"]),
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
    # a part of a whole is a place as written
    ("Eight soldiers were killed in the country's north, the ministry said.", "Eight", ["country's north"]),
    # a description with no name in it names no place (the fixtures' golds leave "mountain villages",
    # "low-lying areas" and the like out)
    ("Storms killed 17 people in coastal areas, the agency said.", "17", []),
    ("Floods killed 23 people in Tarnland's coastal areas, the agency said.", "23", ["Tarnland"]),
    # ... but one part of a whole stays a place, named or not, and so does one named by a code
    ("Rescuers have lost contact with 14 miners working in the 3-east district of the pit.", "14",
     ["3-east district"]),
    ("Troops detained 16 men in raids in the western suburbs overnight.", "16", ["western suburbs"]),
    ("On bad nights the mortuary took in up to 12 bodies from a single suburb.", "12", ["single suburb"]),
    # a description pointing back takes the place of that kind named before
    ("Relief teams reached Osterby district on Monday. At least 40 people have died in this same district, "
     "the agency said.", "40", ["Osterby"]),
    ("The governor of Dravel province said the real toll in his province was more than 600 dead.",
     "600", ["Dravel"]),
    # the kind written with a capital as part of the name
    ("Cholera reached Upper Teln District in May. At least 25 people have died in this same district, the "
     "agency said.", "25", ["Upper Teln District"]),
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


@pytest.mark.parametrize("text, number, want", [
    # the authority that gives a count scopes it to where it sits ...
    ("The Ministry of Health in rebel-held Dorvan now says 96 people have been killed since Monday.", "96", ["Dorvan"]),
    ("According to local health authorities in Marla, 12 people died.", "12", ["Marla"]),
    ("Police in Dorran County said 7 people were injured in the pile-up.", "7", ["Dorran County"]),
    # ... but not an international office's seat, nor where a press conference was held
    ("The UN human rights office in Geneva said it had verified 17 deaths.", "17", []),
    ("The governor told a press conference in Port Kovar that 83 people had died.", "83", []),
    # a place the count names itself wins over the authority's seat
    ("The health ministry in Dorvan said 30 people were killed in Tesk.", "30", ["Tesk"]),
])
def test_figure_locations_source_seat(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want) and (want or _location(nlp, text, number) == [])


@pytest.mark.parametrize("text, number, want", [
    # checkpoints, crossings and front lines are places when named
    ("Some 2,000 people have crossed at the Lorne checkpoint since Friday.", "2,000", ["Lorne checkpoint"]),
    ("The rebels said they had killed 40 soldiers on the Dessa front.", "40", ["Dessa front"]),
    # a capitalised force is no place
    ("One member of the Gendarmerie was killed, officials said.", "One", []),
    # a wreck off an island, bodies found along a coast
    ("Rescuers said 41 people drowned when their boat capsized off Lampedra.", "41", ["Lampedra"]),
])
def test_figure_locations_named_places(nlp, text, number, want):
    got = _location(nlp, text, number)
    assert _matches(got, want) and (want or got == [])


def test_figure_locations_headline_takes_body_place(nlp):
    text = ("Toll rises to 58\n"
            "The agency has just issued its evening figures: 58 people are now confirmed dead across "
            "Tarvan province since the storm hit on Saturday night.")
    found = [f for f in extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", None))
             if f.number_text == "58"]
    assert len(found) == 2 and all(f.location == ["Tarvan province"] for f in found)


@pytest.mark.parametrize("text, number, want", [
    # "at the market", "at the hospital": the site the text named before with the same noun
    ("A strike hit the crowded Darro market in Velna on Sunday.\n\n"
     "The network said it had documented 21 deaths at the market.", "21", ["Darro market"]),
    ("Doctors at Kell General Hospital treated the wounded overnight.\n\n"
     "By morning, 4 more people had died at the hospital.", "4", ["Kell General Hospital"]),
    # a site never named stays unplaced
    ("Officials said 9 people died at the hospital.", "9", []),
    # a part listed after its whole is where the whole is ...
    ("At least 12 people were killed in Tesk, among them five soldiers.", "five", ["Tesk"]),
    # ... and where a part is does not place the whole
    ("Nearly 400 people have been injured since the storm struck, many of them in Ambar, officials said.", "400", []),
    ("Missing: 41 (of whom 27 are fishermen from Kadal, Orre District)", "41", []),
    ("At least 27 people were killed yesterday, 17 of them in Velna.", "17", ["Velna"]),
    # a clause of its own, coordinated, says where something else happened
    ("Around sixty people have been arrested for looting, the police said, and a night curfew has been "
     "imposed on the port district of Kerrow.", "sixty", []),
    ("Five people were killed and 20 were injured in Tesk.", "20", ["Tesk"]),
    # a "when ..." clause dating a "since" phrase tells the earlier happening, with its own places
    ("The ministry said 1,200 people had been detained across the country since the night of the vote, "
     "when crowds first gathered outside the Electoral Commission in Velna.", "1,200", []),
    # ... but a "when" clause on the killing itself says where it happened
    ("Two people were killed when police opened fire in Orsk.", "Two", ["Orsk"]),
])
def test_figure_locations_sites_parts_and_asides(nlp, text, number, want):
    got = _location(nlp, text, number)
    assert _matches(got, want) and (want or got == [])


PRESS_RELEASE = ("In the period from 3 to 9 May 2031, violent groups attacked police stations in Arvel, Tosk and Lenn.\n\n"
                 "In these events four persons lost their lives, among them one police officer who was shot "
                 "by attackers in Tosk on Friday.")


@pytest.mark.parametrize("number, want", [
    # a part listed later keeps the place of its own clause, and it is not the whole's
    ("one", ["Tosk"]),
    ("four", []),
])
def test_figure_locations_later_parts(nlp, number, want):
    assert _location(nlp, PRESS_RELEASE, number) == want


SITREP = ("SITUATION REPORT No. 4\n"
          "Tropical storm and associated flooding, Tarsen Province\n"
          "Date: 2 June 2031\n\n"
          "1. HUMAN IMPACT (cumulative)\n\n"
          "Deaths: 64\n"
          "Injured: 210\n"
          "Missing: 18 (of whom 9 are fishermen from Orlo)\n\n"
          "2. RESPONSE\n\n"
          "Teams reached 12 villages.\n")


@pytest.mark.parametrize("number, want", [
    # the rows of a situation report count where its title says
    ("64", ["Tarsen Province"]),
    ("210", ["Tarsen Province"]),
    ("18", ["Tarsen Province"]),
])
def test_figure_locations_report_rows_take_the_title_place(nlp, number, want):
    assert _location(nlp, SITREP, number) == want


def test_figure_locations_rows_without_a_placed_title_stay_unplaced(nlp):
    text = "SITUATION REPORT No. 4\n\nDeaths: 64\nInjured: 210\n"
    assert _location(nlp, text, "64") == []


@pytest.mark.parametrize("text, number, want", [
    # "the city" in a wire story is the city of its dateline
    ("MARLOW BAY, Tessary (WP) — Officials met on Sunday.\n\n"
     "Some 40 people remain in critical condition in hospitals in the city, a doctor said.", "40", ["Marlow Bay"]),
    # a country or a region is no city
    ("MARLOW BAY, Tessary (WP) — Officials met on Sunday.\n\n"
     "Some 40 people remain in critical condition in hospitals across the region.", "40", []),
])
def test_figure_locations_dateline_city(nlp, text, number, want):
    got = _location(nlp, text, number)
    assert _matches(got, want) and (want or got == [])


@pytest.mark.parametrize("text, number, want", [
    # people harmed after a happening with a place, in a clause with none, were harmed there
    ("At least 41 people have been killed after Cyclone Mara tore through the coast of Velland, "
     "according to the agency.", "41", ["Velland"]),
    ("Nine miners died after a gas explosion ripped through a shaft in Karvash on Tuesday.", "Nine", ["Karvash"]),
    # a count that stands, not a harm, is not set where the later happening was
    ("Another 31 people remain missing, the police said, after two hikers were found alive on Corrin Island.",
     "31", []),
    # a place the harm names itself wins
    ("Six people were killed in Tesk after gunmen crossed from Varna.", "Six", ["Tesk"]),
])
def test_figure_locations_after_the_happening(nlp, text, number, want):
    got = _location(nlp, text, number)
    assert _matches(got, want) and (want or got == [])


@pytest.mark.parametrize("text, number, want", [
    # a place name is every capitalised word of it
    ("At least 38 people have been killed since Sunday in clashes in Kura Dam Local Government Area, "
     "the police said.", "38", ["Kura Dam Local Government Area"]),
    # a word without a capital names no place
    ("Eleven rebels were sent to hell, the army said.", "Eleven", []),
])
def test_figure_locations_whole_names(nlp, text, number, want):
    got = _location(nlp, text, number)
    assert (got == want) if not want else any(w == g for w in want for g in got)


@pytest.mark.parametrize("text, number, want", [
    # a clause whose subject is the happening named just before is set where that happening was
    ("On Monday, Air Force jets carried out strikes on a depot in the Karsh area of Olden "
     "province. The strikes led to the neutralisation of 40 fighters.", "40", ["Olden province"]),
    # not when the earlier sentence names another happening
    ("Yesterday morning, police raided a depot in Olden province. The strikes resulted in the deaths of 40 "
     "fighters.", "40", []),
])
def test_place_of_the_happening_named_before(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)



@pytest.mark.parametrize("text, number, want", [
    # a name the text calls a place elsewhere is a place as a verb's object, whatever the tagger made of it
    ("Gunmen struck in Harrow Dell on Sunday. Militiamen stormed Harrow Dell at dawn and killed 14 farmers.",
     "14", ["Harrow Dell"]),
    ("Aid groups work in Minsa Vale. Hundreds of families have fled Minsa Vale since the raid.", "Hundreds",
     ["Minsa Vale"]),
    ("Fighting reached the village of Obrek last week. Fighters went back to Obrek on Friday and killed 8 herders.",
     "8", ["Obrek"]),
    ("Many houses in Ostrava Dol fell. In Ostrava Dol alone, 300 bodies have been buried, the charity says.",
     "300", ["Ostrava Dol"]),
    # a name written after a title somewhere is a person's, even after "in" elsewhere
    ("Mr Tellan Orso lives in Tellan Orso. Troops shot Tellan Orso and killed 3 guards.", "3", []),
    # where someone comes from is not where the count is
    ("Trains pass through Bralin. Four men from Bralin were detained in the raid.", "Four", []),
    # an acronym names a body, not a place
    ("Staff worked in KMC all night. Two drivers went missing at KMC on Monday.", "Two", []),
    # a name beside another place ("above", "beyond") is a place when the document calls it one
    ("Soldiers searched homes in Tarvasa all week. Nine herders were killed at the sheep pens above Tarvasa.",
     "Nine", ["Tarvasa"]),
])
def test_figure_locations_names_known_as_places(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    # facility nouns end a named site
    ("A blast at the Pemmel-Ost mine killed 23 miners on Friday.", "23", ["Pemmel-Ost mine"]),
    ("Three guards hurt in the raid later died at Corlin Teaching College.", "Three", ["Corlin Teaching College"]),
    # a name after a place noun's "of"
    ("Troops killed 12 people in the village of Marsa Abra on Monday.", "12", ["Marsa Abra"]),
    ("Riots killed 40 inmates at Sorrel prison in the port city of Vanta Roca in 2019.", "40",
     ["Sorrel prison", "Vanta Roca"]),
])
def test_figure_locations_named_sites(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


def test_figure_locations_clock_time_is_no_report_row(nlp):
    # "By 09:15" is a sentence, not a "Label: N" row of a report: it takes no place from the title
    text = "FLOOD UPDATE, Marren Province\n\nBy 09:15 on Friday, medics had counted 16 bodies.\n"
    assert _location(nlp, text, "16") == []


@pytest.mark.parametrize("text, number, want", [
    # "the same mine" can only be the one named before
    ("A gas blast tore through the Orlan-Ost mine on Tuesday. Miners recalled that in 2009 the same mine had "
     "claimed 31 lives.", "31", ["Orlan-Ost mine"]),
    # the place people left, as a departure verb's object
    ("A fire broke out in Dorrak city on Sunday. About 700 residents left the city over the weekend.", "700",
     ["Dorrak"]),
])
def test_figure_locations_same_place_and_departures(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    # "the Basilica of the Holy Rood": a site named with its noun first is what "the basilica" refers to
    ("Pilgrims gathered at the Basilica of the Holy Rood for the feast. Volunteers treated 65 injured pilgrims in "
     "tents outside the basilica.", "65", ["Basilica of the Holy Rood"]),
    # a name after "the town of" is a place, whatever the tagger made of it
    ("In 2019, 40 people died in the town of Sant Amar.", "40", ["Sant Amar"]),
])
def test_figure_locations_sites_named_after_their_noun(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


INCIDENT_UPDATE = ("SITUATION REPORT No. 2\n"
                   "Forest fire and smoke, Corran Province\n\n"
                   "SUMMARY\n"
                   "- Area: Pell Ridge, near Upper Skelby\n"
                   "Deaths: 5\n"
                   "Injured: 12\n\n"
                   "CASUALTIES\n\n"
                   "| Type | Number | Reported by |\n"
                   "| Killed | 7 | State Police |\n")


@pytest.mark.parametrize("number, want", [
    # a list item is no title: "- Area: near Upper Skelby" does not place the rows under it
    ("5", ["Corran Province"]),
    # a table cell whose row label names no place stays unplaced: the header row is no title
    ("7", []),
])
def test_figure_locations_rows_and_cells_under_lists_and_headers(nlp, number, want):
    assert _location(nlp, INCIDENT_UPDATE, number) == want


@pytest.mark.parametrize("text, name, seat", [
    ("Special squads under the Superintendent of Police, Marrow, detained 12 suspects.", "Marrow", True),
    ("The toll stands at 9, as per the report of the District Medical Officer, Marrow.", "Marrow", True),
    ("Floods killed 9 people in the district, Marrow being the worst hit.", "Marrow", False),
    ("Nine people died in Marrow, officials said.", "Marrow", False),
])
def test_locations_office_seat_after_a_title(nlp, text, name, seat):
    from crosscheck.extract.figure_scope import _is_office_seat
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name)
    assert _is_office_seat(doc[start:start + 1]) is seat


@pytest.mark.parametrize("text, number, want", [
    # a number counting places does not keep its places from the people counted with it
    ("Raiders have killed at least 47 herders in attacks on three hamlets in southern Karvel since Sunday.",
     "47", ["Karvel"]),
    ("A militia killed 66 civilians in three villages of Tessan's Orrel region last week.", "66", ["Orrel region"]),
    # a place closing coordinated counts is where each of them was ...
    ("Rebel shelling killed 12 people and wounded 40 in the market town of Kessaly on Monday.", "12", ["Kessaly"]),
    ("Rebel shelling killed 12 people and wounded 40 in the market town of Kessaly on Monday.", "40", ["Kessaly"]),
    # ... unless a count has a place of its own
    ("Rebels killed 12 people in Harrow and wounded 40 in Kessaly.", "12", ["Harrow"]),
    ("Rebels killed 12 people in Harrow and wounded 40 in Kessaly.", "40", ["Kessaly"]),
])
def test_figure_locations_across_counts_of_a_sentence(nlp, text, number, want):
    got = _location(nlp, text, number)
    assert _matches(got, want)
    if number == "12" and "Harrow" in text:
        assert not any("Kessaly" in g for g in got)


@pytest.mark.parametrize("text, number, want", [
    # "At <facility>, ..." opening a sentence is its scene
    ("At Fendale General Hospital, the medical superintendent said her staff had treated 135 people since Tuesday.",
     "135", ["Fendale General Hospital"]),
    ("At the Port Orrin Medical Center (PORMC), the chief of staff said 12 of the injured later died.",
     "12", ["Port Orrin Medical Center"]),
    # a facility named with the place it stands in after "of"
    ("Some 21 were transferred to the General Hospital of Peltos for care.", "21", ["General Hospital of Peltos"]),
    ("The Regional Hospital Centre (RHC) of Tolbe has taken in 58 wounded people since 8 March.", "58", ["Tolbe"]),
    # a facility with its town after a comma, when the text calls the town a place
    ("Fire broke out in Ranthal on Monday. Three more workers died overnight at the Civil Hospital (CH), Ranthal.",
     "Three", ["Ranthal"]),
    # ... or when the town closes the sentence
    ("Two more workers died overnight at the District Hospital (DH), Ranthal.", "Two", ["Ranthal"]),
])
def test_figure_locations_facilities_and_their_towns(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, name", [
    ("At Kell General Hospital, Marta Osk said 23 wounded people had been admitted.", "23", "Marta"),
    ("Three more workers died overnight at the Civil Hospital, Dr. Ranthal said.", "Three", "Ranthal"),
])
def test_figure_locations_facility_comma_person_is_no_town(nlp, text, number, name):
    assert not any(name in g for g in _location(nlp, text, number))


@pytest.mark.parametrize("text, number, want", [
    # people named by where they live were where that place is
    ("Some 31,000 residents of Alder Hill, Fenwick and Lower Brook are under evacuation order, the sheriff said.",
     "31,000", ["Alder Hill", "Fenwick", "Lower Brook"]),
    ("About 300 Upper Marr residents were evacuated on Monday.", "300", ["Upper Marr"]),
    # a people word is no place
    ("About 300 Kenyan residents were evacuated on Monday.", "300", []),
    # a "while" clause with its own subject tells another count's place
    ("Of the dead, 26 lived in Torvik while five were driving on the highway near Kelso.",
     "26", ["Torvik"]),
    ("Of the dead, 26 lived in Torvik while five were driving on the highway near Kelso.",
     "five", ["Kelso"]),
])
def test_figure_locations_where_the_people_live(nlp, text, number, want):
    got = _location(nlp, text, number)
    assert _matches(got, want)
    if number == "31":
        assert not any("Kelso" in g for g in got)


@pytest.mark.parametrize("text, number, want", [
    # the "after" clause hung on the last of coordinated harm verbs still sets where both counts were
    ("Seven people died and scores were hurt after a bus and a lorry crashed close to the hamlet of "
     "Vesko in the western hills late on Friday.", "Seven", ["Vesko"]),
])
def test_figure_locations_more_place_phrases(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


def test_the_body_credited_with_a_count_is_not_its_place(nlp):
    # who counted is not where the people were; the same name as the scene still is a place
    estimate = "An estimate by the statistics group at the University of Osterby puts the toll higher, at about 2,400 deaths."
    assert _location(nlp, estimate, "2,400") == []
    scene = "Four students were killed at the University of Osterby on Monday."
    assert _matches(_location(nlp, scene, "Four"), ["University of Osterby"])
    morgue = "Nurses said the mortuary of the Osterby Teaching Hospital took in 14 bodies by itself."
    assert _matches(_location(nlp, morgue, "14"), ["Osterby Teaching Hospital"])
    treated = "At least 40 people were being treated at Osterby Civil Hospital, hospital officials told our reporter."
    assert _matches(_location(nlp, treated, "40"), ["Osterby Civil Hospital"])


@pytest.mark.parametrize("text, number, want", [
    # a care facility in the phrase of whoever gives a count of wounded counts the people it treats
    ("Ferrow General Hospital reports that it has admitted 86 patients with burns this week.", "86",
     ["Ferrow General Hospital"]),
    ("Nurse Pola Vantry, who works in the emergency ward at Ferrow General Hospital, said staff were caring "
     "for 47 wounded.", "47", ["Ferrow General Hospital"]),
    # ... but the figure's own place comes first
    ("A nurse at Ferrow County Hospital said 33 people were wounded in the fighting in Galdre.", "33", ["Galdre"]),
    # only the nearest count-giver's facility; and bodies a morgue took in died elsewhere
    ("Rescuers say 64 people were hurt, while Ferrow County Hospital says 70.", "64", []),
    ("Officials put the toll at eight, although Ferrow County Hospital said its morgue had taken in "
     "13 bodies by Sunday.", "13", []),
])
def test_figure_locations_care_facility_giving_the_count(nlp, text, number, want):
    got = _location(nlp, text, number)
    assert _matches(got, want)
    if number == "33":
        assert not any("Hospital" in g for g in got)


@pytest.mark.parametrize("text, number, want", [
    # the object of a verb of leaving is where the people were
    ("Hundreds of families have since fled Pellam Fold.", "Hundreds", ["Pellam Fold"]),
    ("The mayor said dozens of families packed their belongings and left Orrin Bay on Sunday.", "dozens", ["Orrin Bay"]),
    # "X accounted for N of the M": X is where the part was, not the whole
    ("Casterby by itself accounted for 17 of the fatalities, the coroner said.", "17", ["Casterby"]),
    ("West Marlin accounted for 64 of the 250 deaths recorded this month.", "64", ["West Marlin"]),
    ("Casterby by itself accounted for 17 of the 90 fatalities, the coroner said.", "90", []),
    ("Children accounted for 30 of the victims.", "30", []),
    # "over" before a number qualifies it: the clause is still the verb's
    ("Over 700 of the arrests took place in Dunmere.", "700", ["Dunmere"]),
    # the name after "on" that hangs on an attack is the place hit; not a company or a person
    ("Eleven farmers died in last week's raid on Hollin, officials said.", "Eleven", ["Hollin"]),
    ("Six staff were killed in an assault on Varrow Shipping Ltd, police said.", "Six", []),
    ("Three bodyguards were hurt in the ambush on Pieter Olsk, his party said.", "Three", []),
])
def test_figure_locations_places_made_by_the_verb(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    # a named fire, quake or storm is a happening, not a place: the sentence names no place
    ("The county sheriff says four hikers have died in the Tolley Creek Fire.", "four", []),
    ("Nine people were killed in the Marrow Basin Earthquake, officials said.", "Nine", []),
    # a day after "to" is a when, not a where
    ("Fourteen fishermen died in the storm that raged from Friday to Saturday, the coast guard said.",
     "Fourteen", []),
    # a place written before the happening's name stays a place when the sentence names it
    ("Twelve people died in a fire in Oskmere on Sunday.", "Twelve", ["Oskmere"]),
])
def test_figure_locations_happening_or_day_names_are_no_place(nlp, text, number, want):
    assert _location(nlp, text, number) == want if not want else _matches(_location(nlp, text, number), want)


def test_figure_locations_names_no_place():
    from crosscheck.extract.figure_scope import names_no_place
    assert names_no_place("Tolley Creek Fire") and names_no_place("Tsunami") and names_no_place("Saturday")
    assert names_no_place("8 Nov") and names_no_place("Harlow raids")
    assert not names_no_place("Oskmere") and not names_no_place("Fire Island") and not names_no_place("Tolley Creek")
    # a document capitalised as a defined term ("listed in the Indictment") is no place
    assert names_no_place("Indictment") and names_no_place("Report") and not names_no_place("Report Island")


@pytest.mark.parametrize("text, number, want", [
    # the place a count-giving authority belongs to scopes its count, as "the ministry in X" does
    ("Tarnland's National Relief Agency had confirmed at least 64 deaths by Friday.", "64", ["Tarnland"]),
    ("Across the border, Belloria's emergency authority said 57 bodies had been recovered on Monday alone.",
     "57", ["Belloria"]),
    ("Floods hit Varsenia last week. Six people died, according to Varsenia's Coordination Headquarters "
     "for Civil Defence.", "Six", ["Varsenia"]),
    # a foreign ministry counts its nationals abroad; a person's or an international body's office is no place
    ("Kandor's foreign ministry said three of its citizens were killed.", "three", []),
    ("Fourteen people were hurt in all, Governor Mara Tellis's office said.", "Fourteen", []),
    ("The UN's humanitarian office says about 12,000 people have been displaced.", "12,000", []),
    # a name the document gives a person is no place, whatever the tagger thought
    ("President Omar Castell flew home. Castell's government said 40 people died.", "40", []),
    ("Madam Orvik spoke on Monday. Orvik's ministry said 40 people died.", "40", []),
    # the sentence's own place comes first
    ("Belloria's emergency authority said 23 people died in Farrow Bay.", "23", ["Farrow Bay"]),
])
def test_figure_locations_possessive_authority_seat(nlp, text, number, want):
    got = _location(nlp, text, number)
    assert got == [] if not want else _matches(got, want)
    if want:
        assert len(got) == len(want)


@pytest.mark.parametrize("text, number, want", [
    # a clause describing the body that gives the count is no place of the count
    ("The Harbour Aid Forum, which has been gathering names of the dead from families in Osk Gate and Tell Market, "
     "now puts the toll at 28, including five women and two children.", "28", []),
    ("The Harbour Aid Forum, which has been gathering names of the dead from families in Osk Gate and Tell Market, "
     "now puts the toll at 28, including five women and two children.", "five", []),
    # ... but the doer's clause may well say where the harm was done
    ("The militia, which operates in Tarn province, killed 12 villagers.", "12", ["Tarn province"]),
    # ... and a count noun's own clause says where they died
    ("The number of inmates who lost their lives in the riot that took place in the Tarn Penitentiary, in Osk, "
     "rose to 52, the agency said.", "52", ["Tarn Penitentiary", "Osk"]),
])
def test_figure_locations_not_from_the_counting_body(nlp, text, number, want):
    assert _matches(_location(nlp, text, number), want)


@pytest.mark.parametrize("text, number, want", [
    ("Kell Hospital said it had admitted 40 injured people since Friday, among them a boy who was found near "
     "the Tessa bridge.", "40", ["Kell Hospital"]),
    ("At least 30 people have died after the Orla river burst its banks, the Orla Fire Service (OFS) said on "
     "Monday, six of them on Sunday alone, when a dam gave way above the village of Kest.", "30", ["Orla river"]),
])
def test_figure_locations_asides_keep_their_places(nlp, text, number, want):
    assert _location(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # the name after "to" of a verb of carrying people is where they were taken, whatever its label
    ("Helicopters have now flown five injured people to Omrel, officials say.", "five", ["Omrel"]),
    ("By Tuesday evening, 640 injured people had been admitted to Tenby General.", "640", ["Tenby General"]),
    ("Six of the wounded were airlifted to the capital, Orvel, in an air force plane, a spokeswoman said.",
     "Six", ["Orvel"]),
    # a participle standing as a noun heads no clause: the verb over it does
    ("More than forty wounded people were transferred to Orvel.", "forty", ["Orvel"]),
    # the destination belongs to the people carried, not to a count coordinated with them
    ("The agency's count at dusk: five injured people airlifted to Omrel, and at least 27 people still "
     "unaccounted for.", "27", []),
    # handed over to a body: no place
    ("Twelve hostages were handed over to the Red Crescent on Sunday.", "Twelve", []),
])
def test_figure_locations_carried_to(nlp, text, number, want):
    assert _location(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # the proper name a verb of attack takes as object is the place hit
    ("On the night of May 2, the group attacked Pellou, killing 9 men.", "9", ["Pellou"]),
    ("On Monday, gunmen stormed Kurdi Tala again, killing five more people.", "five", ["Kurdi Tala"]),
    # not an acronym, not a company
    ("Gunmen attacked UNICEF staff, killing two aid workers.", "two", []),
    ("The militia raided Kell Mining Ltd, killing three guards.", "three", []),
])
def test_figure_locations_attacked_name(nlp, text, number, want):
    assert _location(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a name ending in a place noun after "at", whatever the tagger's label
    ("Of the 28 people killed at Ossa Bend on the first night, most were farmers.", "28",
     ["Ossa Bend"]),
    ("The reporter at Reuters said 40 people died.", "40", []),
    # an authority in a named district gives the count there
    ("Authorities in Morvel district report 19 dead so far.", "19", ["Morvel district"]),
])
def test_figure_locations_named_place_nouns(nlp, text, number, want):
    assert _location(nlp, text, number) == want
def test_opening_conjunction_is_no_part_of_the_place(nlp):
    # the tagger takes a sentence's "But" into the name that follows it
    got = _location(nlp, "But Tavrin district police chief Ola Menk told reporters that 43 bodies had been "
                         "recovered in the district by Sunday.", "43")
    assert got == ["Tavrin"]


@pytest.mark.parametrize("text, number, want", [
    # a "where" clause makes the name it hangs on a place, whatever the tagger made of the name
    ("Police entered Vostrany, where 31 villagers died by the church.", "31", ["Vostrany"]),
    ("Fire gutted Block Tarsk, where 1,240 residents were left without shelter.", "1,240", ["Block Tarsk"]),
    # not a person's name
    ("The escort brought the men to Dr Kallo, where 12 of them were later treated for wounds.", "12", []),
])
def test_figure_locations_where_clause_antecedent(nlp, text, number, want):
    assert _location(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a happening named after the place it struck scopes the count there
    ("A bus left the road near Kelbridge on Sunday. Officials say the toll in the Kelbridge accident has "
     "risen to 26.", "26", ["Kelbridge"]),
    ("A bus left the road near Kelbridge on Sunday. Officials put the toll in the Kelbridge bus accident "
     "at 26 by Monday.", "26", ["Kelbridge"]),
    # each coordinated count keeps the happening of its own clause
    ("Gunmen struck villages near Kelbridge and in Marrowfield. So far police hold 14 suspects over the "
     "Kelbridge attacks, and five other men were detained after the Marrowfield incident.",
     "14", ["Kelbridge"]),
    ("Gunmen struck villages near Kelbridge and in Marrowfield. So far police hold 14 suspects over the "
     "Kelbridge attacks, and five other men were detained after the Marrowfield incident.",
     "five", ["Marrowfield"]),
    # a happening the count leaves out, or one in a line's heading, is no scope
    ("A bus left the road near Kelbridge on Sunday. Excluding the Kelbridge collision, Orvel recorded "
     "nine deaths.", "nine", []),
    ("A bus left the road near Kelbridge on Sunday. Kelbridge bus accident: status at noon - 22 dead, "
     "28 injured.", "22", []),
    # a name the document never calls a place
    ("Officials say the toll in the Kelbridge accident has risen to 26.", "26", []),
])
def test_figure_locations_incident_named_after_place(nlp, text, number, want):
    assert _location(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a coordinated clause counting people of its own keeps its places for its own count
    ("She said four villagers died in the raid on Kelbridge, while a further two lost their lives in "
     "Marrowfield.", "four", ["Kelbridge"]),
    ("Twelve people died in Marrowfield and 40 were injured in Kelbridge.", "Twelve", ["Marrowfield"]),
    ("Twelve people died in Marrowfield and 40 were injured in Kelbridge.", "40", ["Kelbridge"]),
    # ... but a place only the second clause names is where both counts were
    ("Twelve men drowned and 40 were hurt in Kelbridge.", "Twelve", ["Kelbridge"]),
])
def test_figure_locations_coordinated_counts_keep_their_places(nlp, text, number, want):
    assert _location(nlp, text, number) == want
