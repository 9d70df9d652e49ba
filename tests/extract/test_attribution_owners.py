"""Who a figure is credited to when the text names the source through its people, its
documents, a description set beside its name or a sentence adverb.

All sentences are invented for these tests."""
import pytest
from attribution_helpers import source_of

from crosscheck.extract.nlp import load_nlp


@pytest.mark.parametrize("text, number, source", [
    # "its volunteers", "its monitors": the body that said what its own people counted
    ("The Lomar Aid Network said its monitors had recorded 52 deaths.", "52", "Lomar Aid Network"),
    ("A tenants' union in the port district, the Halden Tenants' Alliance (HTA), said its volunteers "
     "had counted 33 bodies.", "33", "Halden Tenants' Alliance"),
    # a description with the body's name set beside it after a comma
    ("A residents' group, the Tarn Street Committee, said 14 people were missing.", "14", "Tarn Street Committee"),
    # "concede" reports a figure like "admit"
    ("The Interior Ministry said on Friday that 80 people were held. The ministry itself concedes 210 arrests.",
     "210", "Interior Ministry"),
    # a breakdown is a document: its issuer is the source
    ("A breakdown from the provincial health office puts 27 of the deaths in Velm.",
     "27", "provincial health office"),
    # "the bulletin" an earlier sentence said the body issued
    ("The Water Ministry said in its second weekly bulletin, issued on Monday, that 150 wells had been "
     "tested. Sixty-two patients were in hospital wards, the bulletin said.", "Sixty-two", "Water Ministry"),
    # "the statement" an earlier sentence said the body issued
    ("The Interior Ministry issued a written statement on Monday. The statement says 41 \"bandits\" were "
     "killed, including three leaders.", "41", "Interior Ministry"),
    # a body of its own is not the people of another body sharing a word of its name
    ("The Korva State Health Department (KSHD) said 20 people had died. State police put the toll at least at "
     "8 people are dead in Velm.", "8", "State police"),
    ("The Korva State Health Department (KSHD) said 20 people had died. Two of the depot's night-shift "
     "workers are still missing after a body was found near the tank, state police said.", "Two", "state police"),
    # officials of a body speak for it
    ("Police officials told the Gazette that 35 people were held in three districts.", "35", "police"),
    # ... but officials named by a field, not a body, stay as written
    ("Local health officials said 40 people were treated.", "40", "Local health officials"),
    # a sentence adverb is no part of a name
    ("Meanwhile Kelvar Chemicals, the conglomerate that owns the depot, still "
     "insists that only 9 deaths are linked to the leak.", "9", "Kelvar Chemicals"),
    ("In short: the state health department now counts 27 people dead in Velm after a toxic leak.",
     "27", "state health department"),
])
def test_source_through_owner(nlp, text, number, source):
    assert source_of(nlp, text, number).source == source


@pytest.mark.parametrize("text, names", [
    ("Meanwhile Kelvar Chemicals, the conglomerate that owns the depot, still "
     "insists that only 9 deaths are linked to the leak.", "Kelvar Chemicals"),
    ("In short: the state health department now counts 27 people dead in Velm.", "state health department"),
])
def test_adverb_cut_off_names(text, names):
    doc = load_nlp()(text)
    assert any(e.text.removeprefix("the ") == names for e in doc.ents), [e.text for e in doc.ents]


@pytest.mark.parametrize("text, number, source", [
    # a descriptor names only a body whose name holds one of its words (descriptor_heads.tsv)
    ("The Harbour Watch has counted 31 deaths. The ministry itself concedes 212 arrests.", "212", "ministry"),
    ("The Lomar Monitoring Network said 40 people died. The monitor said 12 more died on Sunday.", "12",
     "Lomar Monitoring Network"),
])
def test_source_descriptor_names_only_a_body_it_can_stand_for(nlp, text, number, source):
    assert source_of(nlp, text, number).source == source


@pytest.mark.parametrize("text, number, source", [
    # a relative clause the parser hangs on a document's date speaks for the document's issuer, never the day
    ("The association rejects the press release of the Orsk State Police Command dated 9th May, 2026, which "
     "put the toll at 27.", "27", "Orsk State Police Command"),
    ("The report released on Monday, which put the toll at 27, was withdrawn.", "27", None),
])
def test_attribution_relative_clause_on_a_date(nlp, text, number, source):
    assert source_of(nlp, text, number).source == source


@pytest.mark.parametrize("text, number, source", [
    # "her office" counted: the person who says so, not "Office"
    ("The district coroner, Hanna Velde, said on Monday her office had counted 27 deaths linked to the storm.",
     "27", "Hanna Velde"),
    # a body's "X of Y and Z" name cut at "and" by the recogniser stays whole
    ("The toll is far above the 88 deaths announced on Sunday by the Ministry of Labour and Emigrants.",
     "88", "Ministry of Labour and Emigrants"),
    # the writer's own people, outside quotation marks: the writer's own voice
    ("Registers kept by our 40 member clinics show that at least 212 patients were admitted.", "212", None),
    ("Our field teams have counted 75 families sleeping in the open.", "75", None),
    # inside a quotation "our teams" are the speaker's, named after it
    ("\"Our teams have recovered 31 bodies,\" said Lars Omvik, the regional rescue coordinator.", "31", "Lars Omvik"),
])
def test_attribution_own_people_and_whole_names(nlp, text, number, source):
    found = source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


@pytest.mark.parametrize("text, number, source", [
    # "It said ...": the body the sentence before had as its subject, not the last source credited
    ("Doctors at Osk Hospital said 12 people were hurt. The Lomar Front, a hill movement, "
     "has claimed attacks on army posts. It announced on Friday that 23 of its men had been killed.",
     "23", "Lomar Front"),
    # a person before "it" is no body: "it" keeps the last source
    ("The Velm Relief Council said 40 homes were lost. Ana Roske has worked in the valley for years. "
     "It said 18 families were sheltering in a school.", "18", "Velm Relief Council"),
    # "Velland now reports 431 dead": the number inside what the subject reports
    ("Velland by itself now reports 517 dead, against 340 on Tuesday.", "517", "Velland"),
])
def test_attribution_it_and_reports_dead(nlp, text, number, source):
    found = source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


def test_attribution_persons_reported_unaccounted_stay_unsourced(nlp):
    """"Persons reported missing: 27": the people reported, not who reports them."""
    found = source_of(nlp, "Persons reported unaccounted for: 27.", "27")
    assert found is not None and found.source is None
