"""Who a figure counts (``figure.group``): the counted noun, its breakdown, the story's setting.

Invented sentences only, in several news styles (wire, press release, NGO summary, live update)."""
import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.figures import extract_figures, unrest_document
from crosscheck.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _figures(nlp, text):
    return extract_figures(nlp(text), DocContext("doc-1", "reports/doc-1.txt", None))


def _group(nlp, text, number):
    found = [f for f in _figures(nlp, text) if f.number_text == number]
    assert found, f"no figure {number!r} in {text!r}"
    return found[0].group


@pytest.mark.parametrize("text, number, want", [
    # a breakdown after a colon is not the description of the whole, nor of its first item
    ("The league documented 30 deaths linked to the strikes: 27 marchers or passers-by, two riot police "
     "officers and one soldier.", "30", "mixed"),
    ("The league documented 30 deaths linked to the strikes: 27 bystanders, two riot police officers "
     "and one soldier.", "27", "civilians"),
    # a count of people of no stated side, with a part that is forces, counts both sides
    ("In these incidents five persons lost their lives, among them one member of the gendarmerie.", "five", "mixed"),
    ("The monitor said it had verified at least 40 deaths since the vote, including two police officers.",
     "40", "mixed"),
    # ... but a part that is civilians says nothing about the rest
    ("The shelling killed at least nine people, among them a nurse and two children.", "nine", "unspecified"),
    # "others" are more of the people counted just before
    ("Six soldiers were killed in the ambush and 11 others were wounded, the army said.", "11", "security_forces"),
    ("The agency has verified the deaths of 44 civilians and the injury of 130 others since Monday.",
     "130", "civilians"),
    # "most of them ..." makes a count of people mixed, not a count of refugees or children
    ("More than 800 people, most of them civilians, have been killed since the offensive began.", "800", "mixed"),
    ("About 900 refugees have crossed the border since Friday, most of them women and children.",
     "900", "civilians"),
    # coordinated nouns of both sides count both; coordinated counts keep their own
    ("The violence has left thousands of civilians and soldiers dead.", "thousands", "mixed"),
    ("Five civilians and 3 soldiers were killed in the attack.", "Five", "civilians"),
    ("Twelve women and children were killed.", "Twelve", "civilians"),
    # a conjunct with "a"/"another" of its own is one more person counted apart, not part of the number
    ("Among the dead were four pupils and a police officer, the governor said.", "four", "civilians"),
    ("The quarry blast killed 16 labourers and a soldier on guard duty.", "16", "civilians"),
    ("Among the wounded were three police officers and a shepherd.", "three", "security_forces"),
    # a capitalised force named after "of" is a side, not a place
    ("Two members of the Gendarmerie were killed in Orvel on Sunday.", "Two", "security_forces"),
])
def test_figure_groups_breakdowns_and_others(nlp, text, number, want):
    assert _group(nlp, text, number) == want


def test_figure_groups_capitalised_force_is_no_place(nlp):
    found = [f for f in _figures(nlp, "Two members of the Gendarmerie were killed in Orvel on Sunday.")
             if f.number_text == "Two"]
    assert found and found[0].location == ["Orvel"]


PROTEST_STORY = ("Police fire tear gas as protests spread across Marnovia\n\n"
                 "Security forces fired tear gas at demonstrators in the capital on Tuesday. "
                 "The interior ministry said 940 people had been detained since the vote. "
                 "A lawyers' group said 35 people remain missing after their arrest. "
                 "Nine reporters were abducted by men in plain clothes. "
                 "Two officers were detained for beating a student.")

FLOOD_STORY = ("Flood waters recede in Tarsen valley\n\n"
               "Rescuers pulled more survivors from the mud on Thursday. "
               "Police said 48 people had been arrested for looting shops since the river burst its banks. "
               "Some 30 people remain missing, officials said.")

WAR_STORY = ("Shelling pounds Ardenne for a third day\n\n"
             "At least 60 people were killed in strikes on the city, the health ministry said. "
             "The army said it had detained 25 people at a checkpoint. "
             "Aid groups said food and water were running short. "
             "Residents sheltered in basements as the shelling went on through the night. "
             "The war began in 2019, after soldiers fired on protesters in the capital.")


@pytest.mark.parametrize("text, number, want", [
    # in a story of protests or a crackdown, people held or missing whose side is not said are civilians
    (PROTEST_STORY, "940", "civilians"),
    (PROTEST_STORY, "35", "civilians"),
    (PROTEST_STORY, "Nine", "civilians"),
    (PROTEST_STORY, "Two", "security_forces"),  # a side the noun states stays
    # not in a disaster story ...
    (FLOOD_STORY, "48", "unspecified"),
    (FLOOD_STORY, "30", "unspecified"),
    # ... nor in a war story that mentions protests once, in the background
    (WAR_STORY, "25", "unspecified"),
    # the killed and injured keep the side their noun says, even in a protest story
    (PROTEST_STORY + " Hospitals said 12 people had been killed.", "12", "unspecified"),
])
def test_figure_groups_unrest_stories(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, want", [
    (PROTEST_STORY, True),
    ("Riot police clear the square\n\nOfficers detained 200 people overnight.", True),
    (FLOOD_STORY, False),
    (WAR_STORY, False),
])
def test_figure_groups_unrest_document(nlp, text, want):
    assert unrest_document(nlp(text)) is want


def test_figure_groups_settle_groups_after_table_measures(nlp):
    from crosscheck.extract.figures import settle_groups
    from crosscheck.extract.tables import apply_table_measures
    text = (PROTEST_STORY + "\n\nTable 1: Persons detained by city\n"
            "City | Detained\n"
            "Harlow | 610\n")
    doc = nlp(text)
    found = apply_table_measures(doc, extract_figures(doc, DocContext("doc-1", "reports/doc-1.txt", None)))
    rows = [f for f in settle_groups(doc, found) if f.number_text == "610"]
    assert rows and rows[0].measure == "detained" and rows[0].group == "civilians"


@pytest.mark.parametrize("text, number, want", [
    ("More than 40 foreign mercenaries were killed in the strikes, the ministry said.", "40", "armed_group"),
    ("Police said three mercenaries were wounded in a shootout near the forest.", "three", "armed_group"),
])
def test_figure_groups_armed_group_nouns(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # the people a part is taken from name its group: "N of his Kurdish friends"
    ("A former teacher said that 18 of his Kurdish friends were also killed in last month's attacks.",
     "18", "civilians"),
    ("Relatives said 6 of their Armenian neighbours were among the dead.", "6", "civilians"),
    # the victims of a killing or an injury are civilians (the gold sets count them so), so a part of them is too
    ("Officials said 6 of the victims were killed in the first blast.", "6", "civilians"),
])
def test_figure_groups_people_of_the_part(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # bare "members" are members of the group the sentence named before them
    ("The Yazidi community feels abandoned, with nearly 30,000 members having fled abroad since spring.",
     "30,000", "civilians"),
    ("The rebel movement has lost 12 members in the fighting, a spokesman said.", "12", "armed_group"),
    # ... not of whoever acts on them or speaks of them
    ("Police detained 40 members overnight, the ministry said.", "40", "unspecified"),
    ("The army said 40 members were killed.", "40", "unspecified"),
    # a harm with no people noun, in a relative clause on a group, is that group's
    ("Rights groups say the Kurdish minority, which faces abductions in batches of five or ten a week, "
     "lives in fear.", "five", "civilians"),
    # prisoners of war are captured soldiers, whatever their nationality
    ("On Friday, 103 Ukrainian prisoners of war came home in an exchange brokered by Qatar.", "103",
     "security_forces"),
])
def test_figure_groups_by_reference(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a bare count of the harm right after a count of one side's dead counts the same people
    ("The monitor said more than 600 civilians were killed by militias since Friday. "
     "Earlier reports had put the figure at 500 deaths.", "500", "civilians"),
    ("Officials confirmed that 14 police officers died in the ambush. Police had earlier reported 11 deaths.",
     "11", "security_forces"),
    # not after a count of both sides ...
    ("Five soldiers and two rebels were killed on Monday. A day earlier the army had reported 4 deaths.",
     "4", "unspecified"),
    # ... nor across a paragraph
    ("The monitor said more than 600 civilians were killed by militias since Friday.\n\n"
     "Earlier reports had put the figure at 500 deaths.", "500", "unspecified"),
    # a count of people stays as its noun says
    ("The monitor said more than 600 civilians were killed by militias since Friday. "
     "Another 30 people died in hospital.", "30", "unspecified"),
])
def test_figure_groups_bare_count_after_one_side(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a part of the dead is what the sentence says it was ("N of the dead were <people>")
    ("Nine of the dead were children, the county coroner said.", "Nine", "civilians"),
    ("Of the fatalities, seven were minors, according to the regional health office.", "seven", "civilians"),
    ("Of the deceased, 23 were residents of Palmora, officials said.", "23", "civilians"),
    ("Of those killed, 15 were pilgrims returning from the shrine.", "15", "civilians"),
    ("Dozens of the injured were schoolchildren, the hospital said.", "Dozens", "civilians"),
    ("Four of the dead were police officers, the ministry said.", "Four", "security_forces"),
    ("Three of the dead were members of the militia, a spokesman said.", "Three", "armed_group"),
    # the noun keeps its modifiers: armed men are an armed group, unarmed men civilians
    ("Of the dead, 35 were armed men, the prosecutor says.", "35", "armed_group"),
    ("Residents said 11 of the dead were unarmed men.", "11", "civilians"),
    # not when the copula is negated or hedged, nor when the noun says no side
    ("The 14 dead were mostly soldiers, residents said.", "14", "unspecified"),
    ("Eight of the dead were people from the lower town, the mayor said.", "Eight", "unspecified"),
])
def test_figure_groups_from_predicate(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # people named by a civilian trade or errand are civilians
    ("A bus plunged into a gorge on Sunday, killing 17 travellers, police said.", "17", "civilians"),
    ("Two drivers were killed when the truck overturned on the bridge.", "Two", "civilians"),
    ("The blast injured 12 labourers at the quarry, the district office said.", "12", "civilians"),
    ("Gunmen killed nine herders near the river on Tuesday.", "nine", "civilians"),
    ("Three teachers were wounded in the raid on the school.", "Three", "civilians"),
    ("On Friday she lost two neighbours in the fire.", "two", "civilians"),
    # a guard hired to watch a building is not a member of the security forces; prison guards are
    ("One security guard was killed at the gate of the warehouse.", "One", "civilians"),
    ("Four prison guards were injured in the riot.", "Four", "security_forces"),
])
def test_figure_groups_civilian_trades(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a bare count of another harm coordinated after a count of one side counts more of those people
    ("Officials said 22 villagers were killed and six wounded in the raid.", "six", "civilians"),
    ("The raid killed at least 17 villagers and wounded 36, the governor said.", "36", "civilians"),
    ("The ministry counted 1,200 civilians killed and 3,400 injured in the region.", "3,400", "civilians"),
    ("Three soldiers were killed and 12 wounded in the ambush.", "12", "security_forces"),
    ("Four of its residents were killed and one was wounded.", "one", "civilians"),
    # not a count with a people noun of its own, nor one told of another time or place
    ("Police said four officers died and 20 people were injured.", "20", "unspecified"),
    ("Two soldiers were killed on Monday and 30 injured in another town on Friday.", "30", "unspecified"),
])
def test_figure_groups_coordinated_bare_counts(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # people driven from their homes, named as such, are civilians
    ("Some 4,200 internally displaced persons (IDPs) have fled the camp toward Selva.", "4,200", "civilians"),
    ("The camp is home to around 21,000 displaced people.", "21,000", "civilians"),
    # fire crews are civil emergency workers, not state forces
    ("Four firefighters were injured while battling the blaze.", "Four", "civilians"),
    # foreigners and nationals among the dead, activists held: civilians
    ("Three foreigners were among the dead, police said.", "Three", "civilians"),
    ("At least two Chilean nationals are among the dead.", "two", "civilians"),
    ("The monitor has documented 14 opposition activists who remain missing.", "14", "civilians"),
    # a one-word compound takes the group of the group noun it ends in
    ("At least 13 people died in the fire, among them five farmworkers.", "five", "civilians"),
    ("Nine steelworkers were hurt in the explosion.", "Nine", "civilians"),
    ("Two policewomen were wounded in the attack.", "Two", "security_forces"),
    # coordinated nouns, one of them civilian and none a side's forces
    ("By Monday, 37 men and women of the district were dead.", "37", "civilians"),
    ("No fewer than 48 sons and daughters of the village have been killed.", "48", "civilians"),
    ("Nine men and women of the armed forces were killed.", "Nine", "security_forces"),
    # men counted as harmed or held are civilians unless something names their side
    ("Twelve men were killed in the raid.", "Twelve", "civilians"),
    ("Troops said they had detained 19 men from Harnow on Friday.", "19", "civilians"),
    ("Two men of the national army were wounded near the dam, officials said.", "Two", "security_forces"),
    ("Soldiers shot dead seven armed men near the crossing.", "seven", "armed_group"),
])
def test_figure_groups_named_people(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a bare part of a count ("N of them", "of whom N") counts the same side's people
    ("A total of 85 police officers were hurt, 12 of them seriously.", "12", "security_forces"),
    ("Fourteen miners are in hospital in Norvik, three of them in a critical condition.", "three", "civilians"),
    ("A total of 70 workers were treated for burns, of whom 14 are in a serious condition.", "14", "civilians"),
    ("Sixteen miners were taken to hospital. Four of them are in a critical condition.", "Four", "civilians"),
    ("Five soldiers and 20 civilians were killed, three of them in the market.", "three", "civilians"),
    # "Of the N passengers, M died": the people named first
    ("Of the 92 passengers, 90 died.", "90", "civilians"),
    # a part of people of no stated side stays unspecified
    ("At least 40 people were hurt, nine of them seriously.", "nine", "unspecified"),
    ("Of the 52 dead, 31 were found in the market.", "31", "unspecified"),
])
def test_figure_groups_partitives(nlp, text, number, want):
    assert _group(nlp, text, number) == want


def test_figure_groups_suspects_stay_unspecified_in_unrest_story(nlp):
    text = PROTEST_STORY + " More than 300 suspects are now in custody, the police chief said."
    assert _group(nlp, text, "300") == "unspecified"
    assert _group(nlp, text, "940") == "civilians"


@pytest.mark.parametrize("text, number, want", [
    # who the counted people were, said after the clause: all of one side, or most of them
    ("Raids on Tollen killed 58 people, all of them civilians.", "58", "civilians"),
    ("Raids on Tollen killed 58 people, nearly all of them civilians.", "58", "mixed"),
    ("Some 40 people remain missing, mostly soldiers from the northern garrison.", "40", "mixed"),
    # kinds of civilians name no other side
    ("The abbey gave shelter to 1,900 displaced persons, the great majority of them women and children.",
     "1,900", "civilians"),
    ("Sixty people were injured in the crush, most of them pilgrims.", "Sixty", "civilians"),
    ("Raiders killed 31 of our neighbours in Arvel, mostly women and children.", "31", "civilians"),
    # "most of them in ..." says where, not who
    ("Thirty people were killed in the market, most of them in the fish section.", "Thirty", "unspecified"),
])
def test_figure_groups_share_named_after_the_clause(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # the side may follow a word or two that describe the people
    ("Up to 70 people died in the battle for the ridge, nearly all of them armed PLF fighters, the "
     "veterans' league says.", "70", "mixed"),
    ("Up to 70 people died in the battle for the ridge, all of them armed men.", "70", "armed_group"),
    ("Sixty people were injured in the crush, most of them young pilgrims.", "Sixty", "civilians"),
    # "most of them" followed by where or what happened to them says nothing of a side
    ("The agency had confirmed at least 85 deaths, most of them close to the northern shore.", "85", "unspecified"),
    ("Some 30,000 people fled the town, most of whom crossed the river at night.", "30,000", "unspecified"),
    # ... but a side after it still makes the count a mix
    ("Officials counted 85 deaths, most of them soldiers of the coastal garrison.", "85", "mixed"),
])
def test_figure_groups_share_side_after_describing_words(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # people harmed by an armed group that the sentence names as the doer: the population it attacked
    ("Gunmen killed at least 27 people in three hamlets of Orbel district on Sunday night.", "27", "civilians"),
    ("Eleven people were shot dead by the militia near the river crossing.", "Eleven", "civilians"),
    ("Fighters killed 31 people at the market in Tessu.", "31", "civilians"),
    ("Armed men abducted 14 people from a bus near Kavo.", "14", "civilians"),
    # ... unless a part of them is a side's forces: then the count is a mix
    ("Raiders came back to Ulmo on Tuesday, killing six more people, among them two police officers on guard.",
     "six", "mixed"),
    # the state's forces as doers, no doer, a doer of something else, or the people's own noun: nothing to infer
    ("Troops shelled the clinic at Orvik, killing seven people, among them a nurse.", "seven", "unspecified"),
    ("A gunman opened fire at the Orvik bus depot, killing at least nine people.", "nine", "unspecified"),
    ("The health ministry in rebel-held Orsk says 54 people have died since the bombardment began.", "54",
     "unspecified"),
    ("Years of violence by insurgent groups have killed thousands of people in the north.", "thousands",
     "unspecified"),
    ("The storm killed 12 people in the port town.", "12", "unspecified"),
    ("A claim of 300 deaths circulated by the rebel group was false.", "300", "unspecified"),
    ("Rebels said the army had killed 30 fighters.", "30", "armed_group"),
])
def test_figure_groups_people_harmed_by_an_armed_group(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # the people aboard a crashed craft and bystanders where it fell
    ("All 64 people on board the aircraft died, the airline said.", "64", "civilians"),
    ("Two persons on the ground, both shepherds, were killed when the jet came down.", "Two", "civilians"),
    ("Five more people on the ground were hurt by debris.", "Five", "civilians"),
    # troops on board are named by their own noun
    ("Twelve soldiers on board the helicopter were killed.", "Twelve", "security_forces"),
])
def test_figure_groups_people_on_board(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # people said to be among a group counted by its noun are of that group
    ("Nine people from Harlow were among the 98 passengers and crew who were killed when the plane "
     "crashed.", "Nine", "civilians"),
    ("Four people from the camp were among the soldiers killed.", "Four", "security_forces"),
    ("Eleven people from the valley were among the dead.", "Eleven", "unspecified"),
    # members of a body of civilians
    ("The town lost 19 people, including 11 members of its chamber choir.", "11", "civilians"),
])
def test_figure_groups_among_and_bodies(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a community, a union or a party counting its own people with "our"
    ("Sixty-two of our people were slaughtered in Belmora on Friday night.", "Sixty-two", "civilians"),
    ("Nearly 30 of our comrades have been kidnapped since the vote.", "30", "civilians"),
    ("At least 15 of our members have died in the heat this week.", "15", "civilians"),
    # the same words without "our" say no side; "our brothers" are not in the list
    ("Sixty-two people were killed in Belmora on Friday night.", "Sixty-two", "unspecified"),
    ("Four of our brothers were martyred in the battle.", "Four", "unspecified"),
])
def test_figure_groups_our_people(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # men held as suspects of a crime: their side is not said
    ("Police said six men were arrested on suspicion of arson in Tarvo.", "six", "unspecified"),
    ("Four men were charged with smuggling and remanded in custody on Monday.", "Four", "unspecified"),
    # men held with no word of suspicion are counted as civilians
    ("Soldiers detained 31 men from Varno on Tuesday, residents said.", "31", "civilians"),
    # suspects counted by a number of their own are other people than the men
    ("Police have detained 12 young men from the camp, though the governor speaks of only \"three suspects\".",
     "12", "civilians"),
])
def test_figure_groups_suspected_men(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # victims who died, were hurt or are missing are civilians
    ("Crews found the bodies of three more victims in the ravine on Sunday.", "three", "civilians"),
    ("Seven burn victims died overnight at the district hospital.", "Seven", "civilians"),
    # people displaced by a disaster called its victims: an affected population, no side
    ("Some 12,000 flood victims are housed in schools and churches.", "12,000", "unspecified"),
])
def test_figure_groups_victims(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a share given by a number names who the whole is made of
    ("The blaze killed at least 16 people, seven of them children, officials said.", "16", "civilians"),
    ("Doctors treated more than 200 people for smoke, 12 of them young children.", "200", "civilians"),
    ("Some 30 people died in the fighting, 11 of them soldiers.", "30", "mixed"),
    # a share that says how badly, not who, says nothing of the side
    ("At least 40 people were hurt on the bridge, nine of them seriously.", "40", "unspecified"),
])
def test_figure_groups_numbered_share(nlp, text, number, want):
    assert _group(nlp, text, number) == want


def test_figure_groups_conjunct_before_the_count_is_not_counted(nlp):
    """"the wardens and the three men in custody": the wardens come before the number, which counts
    only the men; "thousands of soldiers and civilians" still counts both."""
    text = "Inspectors asked to see the wardens and the three men in custody on Friday."
    assert _group(nlp, text, "three") == "civilians"
    assert _group(nlp, "The siege killed thousands of soldiers and civilians.", "thousands") == "mixed"


@pytest.mark.parametrize("text, number, want", [
    # people named by the village they come from are its villagers
    ("At least 17 people from the three villages are still missing.", "17", "civilians"),
    ("Two persons from this fishing hamlet drowned on Monday.", "Two", "civilians"),
    # a district or a named town says nothing of their side
    ("At least 17 people from the eastern districts are still missing.", "17", "unspecified"),
    # supervisors and foremen held after an accident are civilians, like the manager beside them
    ("Police detained the depot manager and three shift supervisors on Monday.", "three", "civilians"),
])
def test_figure_groups_villages_and_trades(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a part that is forces, named without a number of its own, makes the whole count both sides
    ("The clinic says it has treated 120 people for injuries since Friday, including several police officers.",
     "120", "mixed"),
    ("Another 22 were hurt, the nurse said, including a soldier who was shot in the leg.", "22", "mixed"),
    # a civilian part so named says nothing about the rest
    ("At least 22 others were wounded in the crush, including a nurse.", "22", "unspecified"),
])
def test_figure_groups_unnumbered_force_part(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a count with no people noun counts the people of the count just before it in its sentence
    ("The union says 31 porters died in the blaze, not the 24 the provincial office announced.", "24", "civilians"),
    ("Police detained 15 farmers after the march; six were freed on Friday and nine remain in custody.",
     "nine", "civilians"),
    ("The agency said 40 residents could not be traced; that figure has since dropped to 12.", "12", "civilians"),
    ("Rebel gunfire killed 14 civilians and wounded about 60 across Tarvo, officials said.", "60", "civilians"),
    # ... not another voice's count of another harm
    ("Police said two officers were killed, while the clinic said it had treated 40 for wounds.", "40", "unspecified"),
    # ... nor a larger count that sums people of several sides
    ("Two marines and one driver were killed, bringing the toll to three.", "three", "unspecified"),
    # ... nor a count after people of no stated side
    ("A fire killed 12 people, and 30 were injured.", "30", "unspecified"),
])
def test_figure_groups_elliptic_count_takes_the_side_before(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # a bare count of the same harm in the next sentence counts the people the sentence before counted
    ("Gunmen seized 40 pupils from the school on Friday. The governor's office puts the number abducted at 36.",
     "36", "civilians"),
    ("Officials said 14 ferry passengers drowned. The port authority's figure stands at 16.", "16", "civilians"),
    # not after a count of people of no stated side, nor across a paragraph, nor a table cell
    ("Officials said 14 people drowned. The port authority's figure stands at 16.", "16", "unspecified"),
    ("Officials said 14 ferry passengers drowned.\n\nThe port authority's figure stands at 16.", "16", "unspecified"),
])
def test_figure_groups_bare_count_after_a_side(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # drug suspects killed or held in a drug war are civilians; suspects of an attack stay unstated
    ("Police said 212 drug personalities were neutralized in the operations.", "212", "civilians"),
    ("The police say 700 drug suspects have been killed since July.", "700", "civilians"),
    ("Nine suspects were arrested over the attack.", "Nine", "unspecified"),
])
def test_figure_groups_drug_suspects(nlp, text, number, want):
    assert _group(nlp, text, number) == want


@pytest.mark.parametrize("text, number, want", [
    # members of a unit of the state's armed or emergency services are of the security forces
    ("Two members of the Rapid Intervention Brigade were killed in the assault, the minister said.", "Two",
     "security_forces"),
    ("Among the dead are 4 children and 3 members of the Civil Defence Corps who drowned during the rescue.",
     "3", "security_forces"),
    # ... but a fire brigade's crews are firefighters
    ("Three members of the town's fire brigade were injured when the roof fell in.", "Three", "civilians"),
])
def test_figure_groups_members_of_a_service_unit(nlp, text, number, want):
    assert _group(nlp, text, number) == want
