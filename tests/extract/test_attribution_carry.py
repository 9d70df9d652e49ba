"""Attribution that the sentence states indirectly: "(as) per X", a part of a count credited just
before, titles the recogniser took for bodies, and unnamed "sources" that stay as written."""
import pytest
from attribution_helpers import source_of as _source_of


@pytest.mark.parametrize("text, number, source", [
    # "(as) per X" is "according to X" (government press notes, South Asian and wire copy)
    ("As per the information received from the District Collector, Ravenna, 17 persons have lost their lives.",
     "17", "District Collector"),
    ("Per hospital officials, 40 people were injured in the collapse.", "40", "hospital officials"),
    # a letterhead that names a department is not what "information" refers to
    ("GOVERNMENT OF RAVENNA\nINFORMATION & PUBLIC RELATIONS DEPARTMENT\n\n2. As per the information received "
     "from the District Collector, Ostia, 17 (seventeen) persons have lost their lives so far.", "17 (seventeen)",
     "District Collector"),
    ("The toll stands at 12, as per police.", "12", "police"),
    # "information verified by X": the body that verified it, not "information"
    ("Since January, at least 260 children have been abducted, according to information verified by the "
     "Children's Relief Alliance.", "260", "Children's Relief Alliance"),
    # a part of a count credited in the sentence right before (same paragraph)
    ("The Disaster Office said 63 people had died. Nineteen of the deaths were in the coastal district.",
     "Nineteen", "Disaster Office"),
    ("According to the Red Cross, 80 people were injured. Twelve of them are in critical condition.",
     "Twelve", "Red Cross"),
    ("The fire service counted 45 dead. The northern district accounts for 29 of the victims.",
     "29", "fire service"),
    # "police" is the police force, not the post an acronym defined earlier stands for
    ("Superintendent of Police (SP) Arvind Kolar visited the site. Nine bodies have been recovered, police said.",
     "Nine", "police"),
    # nor the post named with a title, "General" and "of" ("Inspector General of Police", "Director General of ...")
    ("Speaking at headquarters on Sunday, the Inspector General of Police, Joseph Mwangi, said 21 people died. "
     "Police said 12 people were still missing.", "12", "Police"),
    ("The Inspector General of Police said on Sunday that 21 people had died. Police said 12 people were "
     "still missing.", "12", "Police"),
    # of two subjects the parser gave a reporting verb, the one right before it speaks (a live-page label)
    ("UPDATE, 10:05 am: Police spokesman Teodor Marin has now told journalists that eight suspects are in custody.",
     "eight", "Teodor Marin"),
    # a coordinated reporting verb with no subject of its own goes on with the verb above
    ("The Lakeside Red Cross said it had sent 300 volunteers and estimated that some 20,000 people had been "
     "left homeless.", "20,000", "Lakeside Red Cross"),
    # a circumstance clause does not take the number out of what is reported
    ("The mayor said on Monday, as rescuers dug through the rubble, that 30 people had died.", "30", "mayor"),
    ("At least 40 people died when the building collapsed, officials said.", "40", "officials"),
    # a statement whose heading names who makes it: the figures in its quoted paragraphs are theirs
    ("Statement by Regional Director Ana Ruiz on the floods in the valley\n\nOSTIA, 3 May 2026 \u2013\n\n"
     "\"Three days ago, more than 200 families lost their homes.\n\n\"We call for calm.\"", "200", "Ana Ruiz"),
    # one government under several names in one document
    ("The Government of Karesia said on Monday that 12 people had died. Later the Karesian government said 14 "
     "people had died.", "14", "Government of Karesia"),
    ("The Government of the Transition said on Monday that 12 people had died. Later the transitional "
     "government said 14 people had died.", "14", "Government of the Transition"),
    ("The Government of Karesia said on Monday that 12 people had died. The government said 3 more had died.",
     "3", "Government of Karesia"),
    # a government described otherwise is not the one named
    ("The Government of Karesia said on Monday that 12 people had died. The local government said 15 had died.",
     "15", "local government"),
    # unnamed sources stay as written even when a hospital is named in the sentence
    ("Nine of the injured were moved to the burns ward of Kell General Hospital, hospital sources said.",
     "Nine", "hospital sources"),
])
def test_attribution_indirect_source(nlp, text, number, source):
    found = _source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


@pytest.mark.parametrize("text, number", [
    # rates are no sources
    ("The rate rose to 40 deaths per 1,000 births.", "40"),
    ("About 30 people per day crossed the border.", "30"),
    # a clause that says when a source spoke is not what it reported
    ("Police have arrested three suspects, a police spokesman said on Monday, as anxious parents waited for news "
     "of more than 100 pupils still held.", "100"),
    ("The governor spoke to reporters on Friday, while 20 families were still waiting for news.", "20"),
    # outside the quoted paragraphs of a statement, and in a statement with no named maker
    ("Statement by Regional Director Ana Ruiz on the floods\n\n\"We call for calm.\"\n\nNotes to editors\n\n"
     "The agency works in 34 countries and 500 people were hurt last year.", "500"),
    ("Statement on the floods\n\n\"Three days ago, more than 200 families lost their homes.\"", "200"),
    # information whose giver the sentence does not name
    ("According to information gathered locally, 12 people died.", "12"),
    # a part of a count in its own sentence; a part of what the issuing body states in its own report
    ("Eleven people were killed on Monday, nine of them in the capital.", "nine"),
    ("Lakeside Rights Watch | Annual report\n\nThe Lakeside Rights Watch (LRW) has documented 21 deaths. "
     "At least 16 of the dead had gunshot wounds.", "16"),
    # a passive with no agent and no source above it credits no one
    ("At least 12 people were confirmed dead in the blast.", "12"),
    # a part of a count after a paragraph break, or after a count no one is credited with
    ("The Disaster Office said 63 people had died.\n\nSix of the victims were women.", "Six"),
    ("At least 14 people died in the strike. Two of them died in hospital.", "Two"),
    # a partitive of a named thing is no reference back
    ("The Disaster Office said 63 people had died. Four of the Kell General Hospital staff were hurt.", "Four"),
])
def test_attribution_indirect_none(nlp, text, number):
    found = _source_of(nlp, text, number)
    assert found is not None
    assert found.source is None


@pytest.mark.parametrize("text, number, source", [
    # a number a speaker sets aside keeps the source its own clause names
    ("The council spokesman said five people, not nine as claimed by local activists, died in the raid.",
     "nine", "local activists"),
    ("The union said at least 40 workers died, not the 25 that the health ministry announced on Monday.",
     "25", "health ministry"),
    ("\"At least 23 of our members are dead, not the 17 the company announced,\" the union's leader, Omar Haddad, "
     "said.", "17", "company"),
    ("The governor said 80 people had died, far more than the 52 reported by the disaster agency.",
     "52", "disaster agency"),
    # a bare "the ministry" does not stand for the union described before it in the sentence
    ("From the ward registers the guild can state that at least 64 porters have been killed, not the 48 that "
     "the ministry announced.", "48", "ministry"),
    # the speaker's own number stays the speaker's
    ("The council spokesman said five people, not nine as claimed by local activists, died in the raid.",
     "five", "council spokesman"),
    ("The governor said 80 people had died, far more than the 52 reported by the disaster agency.",
     "80", "governor"),
])
def test_attribution_number_set_aside_keeps_its_claimant(nlp, text, number, source):
    found = _source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


@pytest.mark.parametrize("text, number, source", [
    # a sentence that opens with a part of a count it restates keeps that count's source, even
    # after a paragraph break
    ("The Relief Office said 52 people had died in the camps.\n\nOf the 52 deaths, 14 were children under five.",
     "14", "Relief Office"),
])
def test_attribution_named_parts_and_agencies(nlp, text, number, source):
    found = _source_of(nlp, text, number)
    assert found is not None
    assert found.source == source


@pytest.mark.parametrize("text, number", [
    # no earlier count of that number credited to anyone
    ("At least 52 people died in the camps. Of the 52 deaths, 14 were children under five.", "14"),
    # a table's label cell is no reporting clause ("admitted" is the hospital's sense)
    ("| Category | Number |\n|---|---|\n| Injured admitted, total | 41 |\n", "41"),
])
def test_attribution_named_parts_and_cells_none(nlp, text, number):
    found = _source_of(nlp, text, number)
    assert found is None or found.source is None


def test_according_to_agency_whose_name_the_parser_made_root(nlp):
    """"Forty dead, according to the UN refugee agency OMRA.", parsed (as the small model may)
    with the agency's name as the root: the name after "agency" is the source, not the "UN" before."""
    from spacy.tokens import Doc
    from crosscheck.extract.attribution import SourceNames, _according_to
    words = ["Forty", "dead", ",", "according", "to", "the", "UN", "refugee", "agency", "OMRA", "."]
    heads = [1, 9, 9, 9, 3, 8, 8, 8, 4, 9, 9]
    deps = ["nsubj", "nsubj", "punct", "prep", "prep", "det", "compound", "compound", "pobj", "ROOT", "punct"]
    pos = ["NUM", "ADJ", "PUNCT", "VERB", "ADP", "DET", "PROPN", "NOUN", "NOUN", "PROPN", "PUNCT"]
    lemmas = ["forty", "dead", ",", "accord", "to", "the", "UN", "refugee", "agency", "OMRA", "."]
    ents = ["B-CARDINAL", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "B-ORG", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents,
              sent_starts=[True] + [False] * 10)
    found = _according_to(next(doc.sents), SourceNames(doc), doc[0])
    assert found is not None and found.source == "OMRA"
