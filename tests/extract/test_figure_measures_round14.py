"""Measures the fourteenth round reads: police wording for arrests, people a shelter takes in,
a force named before an act noun (the doer, not the dead), a corrected count set against the one it
replaces, and counts that continue the count before them. Invented sentences in several styles: a
police release, a relief agency's update, a rights report, a live page, an opinion column."""
import pytest

from figure_helpers import figures_of, measure_of


@pytest.mark.parametrize("text, number, measure", [
    # police wording for an arrest (police release, wire)
    ("Police said 14 suspects were apprehended near the border.", "14", "detained"),
    ('The navy says it "apprehended" 12 smugglers.', "12", "detained"),
    ("Troops rounded up 30 youths in the market.", "30", "detained"),
    # held, in one breath with an arrest (a wire); a stadium holds no one
    ('Border guards say they apprehended 40 migrants, released 15 and are holding nine.', "nine", "detained"),
    ("Police arrested 30 men, released 11 and are holding 19.", "19", "detained"),
    ("The stadium is holding 40,000 people.", "40,000", "other"),
    # a euphemism of killing whatever noun the people are named by (a police briefing)
    ("In March alone, 120 drug personalities were neutralized.", "120", "killed"),
    ("Officers have neutralized a total of 3,200 gang members since January.", "3,200", "killed"),
    ("Eight gang personalities were neutralised, according to the police, and 40 were arrested.", "Eight", "killed"),
    ("The capital region accounted for 210 of the neutralized personalities.", "210", "killed"),
    # people come to a shelter, registered there, sleeping on cots, taken in (relief update)
    ("About 60 people had arrived at the shelter by midnight.", "60", "displaced"),
    ("More than 200 people registered at its two shelters tonight.", "200", "displaced"),
    ("Its shelter at Lindell Middle School is housing 150 people tonight.", "150", "displaced"),
    ("The parish church is sheltering 90 people tonight.", "90", "displaced"),
    ("Relief Aid tells us its shelter at Dunmore High School is housing 150 people tonight.", "150", "displaced"),
    ("The relief group opened a shelter at Kell Secondary School overnight. A volunteer said some 60 "
     "people had arrived by 3 a.m., most of them barefoot.", "60", "displaced"),
    ("Hundreds of families were sleeping on cots in the gym.", "Hundreds", "displaced"),
    ("About 80 people were sleeping on cots in the school hall.", "80", "displaced"),
    # a qualified count the recogniser tags a quantity is still a count of people (agency update)
    ("By Friday our teams had registered nearly 7,000 displaced persons in Marlo.", "7,000", "displaced"),
    ("Officials registered about 7,000 displaced persons.", "7,000", "displaced"),
    ("The river rose about 3 metres.", "3", "other"),
    # no shelter named: a prison's inmates, climbers signing in
    ("The prison houses 2,000 inmates.", "2,000", "other"),
    ("Some 45 runners had registered at the start line.", "45", "other"),
])
def test_round14_measures(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


@pytest.mark.parametrize("text, number, group", [
    # a force before an act noun of killing did the act; its dead count as civilians (rights report)
    ("The group documented 30 police killings last year.", "30", "civilians"),
    ("The report lists 14 army executions in the valley.", "14", "civilians"),
    ("The monitor counted 12 militia murders in the district.", "12", "civilians"),
    # a people's name glossed in brackets names who they are (an NGO report)
    ("Soldiers killed at least 11 Taro (Kessi) men in the village.", "11", "civilians"),
    ("On May 3, police and soldiers detained at least 11 Taro (Kessi) men near the market, "
     "relatives said.", "11", "civilians"),
    # a force before a noun of the dead names who died
    ("Five police deaths were recorded in the clashes.", "Five", "security_forces"),
])
def test_round14_doer_before_act_noun(nlp, text, number, group):
    found = [f for f in figures_of(nlp, text) if f.number_text == number]
    assert found and found[0].measure in ("killed", "detained") and found[0].group == group


@pytest.mark.parametrize("text", [
    "The confirmed number of deaths in Lorne County is 6, not 7 as previously reported.",
    "The death toll in Lorne County is 6, not 7 as previously reported.",
    "Officials said 6 people died in Lorne County, not 7 as previously reported.",
    "After checking with the medical examiner, the verified number of flood deaths in Lorne County "
    "is 6, not 7 as previously reported.",
])
def test_round14_correction_keeps_the_current_count(nlp, text):
    found = {f.number_text: f for f in figures_of(nlp, text)}
    assert found["6"].measure == "killed" and "superseded" not in found["6"].hedges
    assert found["7"].measure == "killed" and "superseded" in found["7"].hedges


@pytest.mark.parametrize("text, number, measure", [
    # "N more" after a count of people (live page)
    ("Mercy General says it has treated 52 storm patients since midnight, three of them in critical "
     "condition. Lakeview Hospital in Dunmore reported 12 more.", "12", "injured"),
    # "it was N" right after a count (opinion column)
    ("The agency's first count said 21 dead. A day later it was 20.", "20", "killed"),
    ("Police said 30 people were killed. By evening it was 34.", "34", "killed"),
    # a source's bare number after a count: its version of that count (a translated paper)
    ("The agency gave a toll of 20 on Saturday. The civil defence agency on Sunday was saying 27.", "27", "killed"),
    # "more" before a noun of things is no continuation
    ("Police said 30 people were killed. Crews found 12 more cars in the river.", "12", "other"),
])
def test_round14_counts_that_continue(nlp, text, number, measure):
    assert measure_of(nlp, text, number) == measure


def test_round14_included_part_takes_the_side_of_its_whole(nlp, monkeypatch):
    from crosscheck.extract import figures as figures_module
    monkeypatch.setattr(figures_module, "INCLUDED_PARTS_TAKE_GROUP", True)
    from figure_helpers import PUBLISHED
    from crosscheck.extract.context import DocContext
    from crosscheck.extract.figures import extract_figures
    from crosscheck.extract.repeats import mark_repeated_figures

    text = ("The operation killed ten (10) rebels, including two (2) commanders. "
            "The panel has confirmed the deaths of five (5) civilians, including two (2) children.")
    figs = mark_repeated_figures(extract_figures(nlp(text), DocContext("d", "d.txt", PUBLISHED, None)))
    twos = [f for f in figs if f.value == 2 and f.measure == "killed"]
    assert sorted(f.group for f in twos) == ["armed_group", "civilians"]
    assert not any(f.repeat_of for f in twos)  # two parts of two wholes, not one count said twice
    # a part whose own noun names a side keeps it
    found = {f.number_text: f.group for f in extract_figures(
        nlp("The strike killed 9 fighters, including 3 children."), DocContext("d", "d.txt", PUBLISHED, None))}
    assert found["3"] == "civilians"


def test_round14_parts_listed_among_them_take_the_count_before(nlp, monkeypatch):
    from crosscheck.extract import measure_cues
    monkeypatch.setattr(measure_cues, "LISTED_AMONG_THEM", True)
    # a rebel channel's toll: the parts after "among them" are of the dead, not of the wounded after them
    text = ("The final toll of the attack has reached 90 martyrs, among them 31 children and 18 women, "
            "and more than 200 wounded, the office said.")
    found = {f.number_text: f.measure for f in figures_of(nlp, text)}
    assert found == {"90": "killed", "31": "killed", "18": "killed", "200": "injured"}
