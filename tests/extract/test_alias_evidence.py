"""In-document alias evidence (crosscheck.extract.alias_evidence, crosscheck.extract.acronyms), on invented sentences."""
from __future__ import annotations

import pytest

from crosscheck.extract.acronyms import find_acronym_definitions
from crosscheck.extract.context import DocContext
from crosscheck.extract.entities import extract_mentions

CTX = DocContext("doc-1", "report.txt")


def links_of(nlp, text):
    _, links = extract_mentions(nlp(text), CTX)
    return {(link.alias, link.target, link.evidence) for link in links}


@pytest.mark.parametrize("text, alias, target", [
    # a body placed by its seat stands for the organisation the sentence before named
    ("The Northern Rights Network said it had counted 40 bodies. The Oslo-based group said its figures were provisional.",
     "Oslo-based group", "Northern Rights Network"),
    ("The Baltic Human Rights Monitor (BHRM) said it had counted 40 bodies. The Oslo-based group said its figures were provisional.",
     "Oslo-based group", "Baltic Human Rights Monitor"),
    ("Forty bodies were counted by the Coastal Rights Observatory, which tracks abuses. The Oslo-based group said more were missing.",
     "Oslo-based group", "Coastal Rights Observatory"),
    ("According to the Coastal Relief Alliance, 300 families lost their homes. The Lisbon-based charity appealed for tents.",
     "Lisbon-based charity", "Coastal Relief Alliance"),
])
def test_alias_evidence_based_descriptor_resolves_to_the_organisation_named_before(nlp, text, alias, target):
    assert (alias, target, "descriptor") in links_of(nlp, text)


@pytest.mark.parametrize("text, alias", [
    # nothing named just before: the description stays unresolved
    ("Storms hit the coast on Monday. Hundreds fled their homes overnight. The Paris-based group said aid was late.",
     "Paris-based group"),
    # the organisation was named three sentences earlier: too far to be sure
    ("The Northern Rights Network counted 40 bodies. Storms hit the coast on Monday. Hundreds fled overnight. "
     "The Paris-based group said aid was late.", "Paris-based group"),
])
def test_alias_evidence_based_descriptor_needs_a_recent_organisation(nlp, text, alias):
    assert not any(a == alias for a, _, _ in links_of(nlp, text))


@pytest.mark.parametrize("text, acronym, long_form", [
    # an organisation's initials in its own language, given in brackets after its English name
    ("The army and the Civil Defence Volunteers (VDC) patrolled the roads.", "VDC", "Civil Defence Volunteers"),
])
def test_alias_evidence_acronym_in_another_language(text, acronym, long_form):
    assert find_acronym_definitions(text).get(acronym) == long_form


@pytest.mark.parametrize("text, title, name, evidence", [
    # the title alone names the person elsewhere in the document
    ("Governor Ruth Amsel declared an emergency. The Governor has ordered all schools closed.", "Governor", "Ruth Amsel",
     "title"),
    # the title is only ever written in front of the name
    ("Governor Ruth Amsel declared an emergency on Monday. Schools stayed closed.", "Governor", "Ruth Amsel", "title_prefix"),
    # another governor's title with a name after it is not this one used alone
    ("Governor Ruth Amsel met Governor Paul Brenn on Monday.", "Governor", "Ruth Amsel", "title_prefix"),
])
def test_alias_evidence_one_word_title_used_alone_or_only_before_the_name(nlp, text, title, name, evidence):
    links = links_of(nlp, text)
    assert (title, name, evidence) in links
    assert (f"{title} {name}", name, "title") in links


@pytest.mark.parametrize("text, title, name", [
    # the head word of a long title, used alone later in the document
    ("President of the Republic of Ostland Karl Weiss arrived on Monday. The President personally visited the camps.",
     "President", "Karl Weiss"),
])
def test_alias_evidence_head_of_a_long_title_used_alone(nlp, text, title, name):
    assert (title, name, "title") in links_of(nlp, text)


def test_alias_evidence_title_head_given_to_two_people_links_neither(nlp):
    text = ("Interior Minister Karl Weiss met Finance Minister Anna Berg on Monday. "
            "The Minister later said the talks had gone well.")
    links = links_of(nlp, text)
    assert not any(alias == "Minister" for alias, _, _ in links)


@pytest.mark.parametrize("text, alias, target", [
    # an area noun after the place's name
    ("Gunmen attacked four villages in the Valdoro province of northern Estrania on Saturday.", "Valdoro province", "Valdoro"),
    ("Floods cut roads across Kelmar district, where 300 homes were lost.", "Kelmar district", "Kelmar"),
    # a place noun before "of"
    ("Some 6,000 people have arrived in the town of Mirabel since Monday, aid workers said.", "town of Mirabel", "Mirabel"),
    ("The fighting spread to the province of Valdoro on Sunday, officials said.", "province of Valdoro", "Valdoro"),
    # a settlement noun after the name
    ("Rescuers reached Dhanpur village late on Friday, police said.", "Dhanpur village", "Dhanpur"),
    # a site's noun in lower case after its name (entity_site_nouns.txt)
    ("Forty miners were trapped in the Delk mine on Tuesday, rescuers said.", "Delk mine", "Delk"),
])
def test_alias_evidence_place_written_with_its_noun(nlp, text, alias, target):
    assert (alias, target, "name_variant") in links_of(nlp, text)


@pytest.mark.parametrize("text, alias", [
    # the noun starts another name: "Valdoro Province Police" is a police force, not the province
    ("Valdoro Province Police said 12 people were arrested in Valdoro.", "Valdoro Province"),
    # a people, not a place: "the Marani community"
    ("Elders of the Marani community said 20 men were missing.", "Marani community"),
])
def test_alias_evidence_place_noun_not_read_as_the_place(nlp, text, alias):
    assert not any(a == alias and why == "name_variant" for a, _, why in links_of(nlp, text))


def test_alias_evidence_region_of_a_city_is_not_the_city(nlp):
    text = "Shelling hit the city of Marinsk in Estrania overnight. In the Marinsk region, 40 homes were damaged, officials said."
    links = links_of(nlp, text)
    assert ("city of Marinsk", "Marinsk", "name_variant") in links
    assert not any(a == "Marinsk region" for a, _, _ in links)


@pytest.mark.parametrize("text, alias, target", [
    ("Acting police chief PMAJ Lorna Reyes said the gate was shut.", "PMAJ Lorna Reyes", "Lorna Reyes"),
])
def test_alias_evidence_rank_abbreviation_before_a_name(nlp, text, alias, target):
    assert (alias, target, "title") in links_of(nlp, text)


def test_alias_evidence_initials_of_a_body_are_no_rank(nlp):
    text = "The World Food Programme (WFP) said aid was late. WFP Jane Roe said 40 trucks waited."
    assert not any(a.startswith("WFP ") for a, _, _ in links_of(nlp, text))


@pytest.mark.parametrize("text, acronym, long_form", [
    # a translated name whose initials are the acronym's letters in another order
    ("Units of the Security and Defence Forces (FDS) were deployed on Tuesday.", "FDS", "Security and Defence Forces"),
    ("The Armed Forces of Ostland (FAO) said the convoy was ambushed.", "FAO", "Armed Forces of Ostland"),
    ("Registration is run by the Regional Directorate of Civil Protection (DRPC), an official said.",
     "DRPC", "Regional Directorate of Civil Protection"),
    # a doubled letter for a plural, one initial ("Joint") the acronym leaves out
    ("Hostages were freed, the Armed Forces Joint Command (CCFFAA) said on Friday.", "CCFFAA", "Armed Forces Joint Command"),
    # written in lower case, three letters or more
    ("He said the defence and security forces (FDS) had been sent north.", "FDS", "defence and security forces"),
])
def test_alias_evidence_acronym_of_a_translated_name(text, acronym, long_form):
    assert find_acronym_definitions(text).get(acronym) == long_form


@pytest.mark.parametrize("text, acronym", [
    # a dateline and its agency code: the letters are not the place's initials
    ("PORT KOVAR, Marendra Province (GNS) - Rescuers worked overnight.", "GNS"),
    # a politician's party in brackets: not the initials of the name
    ("The bill was tabled by Dana Holm (PLD) on Monday.", "PLD"),
    # two letters in lower case are too few to tell a translated name
    ("They met at the old dock (DO) on Monday.", "DO"),
])
def test_alias_evidence_acronym_needs_the_initials_of_the_run(text, acronym):
    assert acronym not in find_acronym_definitions(text)


@pytest.mark.parametrize("text, place, description", [
    # the province that holds the town is another place, not a description of the town
    ("Gunmen attacked the market in the town of Veska, province of Dorran, on Sunday.", "Veska", "province of Dorran"),
])
def test_alias_evidence_containing_area_is_no_appositive(nlp, text, place, description):
    assert not any(a == description and t == place and e == "appositive" for a, t, e in links_of(nlp, text))


@pytest.mark.parametrize("text, alias", [
    # a title-case headline read as a name does not take the descriptions of the body
    ("Displaced Men Arbitrarily Detained; Army Denies Scale of Killings\n\nSoldiers detained dozens of men in Veska, "
     "witnesses said. It said the army had killed 43 fighters.", "army"),
])
def test_alias_evidence_descriptor_skips_headline_names(nlp, text, alias):
    links = links_of(nlp, text)
    assert not any(a.lower() == alias and "Denies" in t for a, t, _ in links)


@pytest.mark.parametrize("text, links", [
    # a title with its initials in brackets, then the name
    ("Two men were held, Superintendent of Police (SP) Ravi Tandon said on Friday.",
     {("Superintendent of Police", "Ravi Tandon"), ("SP", "Ravi Tandon")}),
    ("The District Fire Officer (DFO) Mara Lind said the blaze was out by noon.",
     {("District Fire Officer", "Mara Lind"), ("DFO", "Mara Lind")}),
    # ... with a rank in capitals after a comma (the whole read as one body: the rank is cut off the name)
    ("The Police Public Relations Officer (PPRO), DSP Ibrahim Tanko, confirmed the attack on Sunday.",
     {("Police Public Relations Officer", "Ibrahim Tanko"), ("PPRO", "Ibrahim Tanko"), ("DSP Ibrahim Tanko", "Ibrahim Tanko")}),
    # ... with the body that holds the office in front, in the possessive
    ("The Bureau's Chief Press Officer (CPO), DSP Ibrahim Tanko, denied the report.",
     {("Chief Press Officer", "Ibrahim Tanko"), ("CPO", "Ibrahim Tanko")}),
])
def test_alias_evidence_title_with_initials_before_a_name(nlp, text, links):
    found = {(a, t) for a, t, e in links_of(nlp, text) if e == "title"}
    assert links <= found


@pytest.mark.parametrize("text, alias", [
    # the bracket holds a body's initials, not the title's: no title link
    ("The spokesman of the Harbour Rescue Service (HRS), Ivo Marn, said ten were rescued.", "HRS"),
])
def test_alias_evidence_body_initials_are_no_title(nlp, text, alias):
    assert not any(a == alias and e == "title" for a, t, e in links_of(nlp, text))


@pytest.mark.parametrize("text, alias", [
    # an office held by a person is never the body "the police" stands for
    ("The Police Public Relations Officer (PPRO), DSP Ibrahim Tanko, confirmed the attack. "
     "We challenge the police to come with us and count the graves.", "police"),
])
def test_alias_evidence_descriptor_skips_a_persons_office(nlp, text, alias):
    assert not any(a == alias and e == "descriptor" for a, t, e in links_of(nlp, text))


@pytest.mark.parametrize("text, links", [
    # terms a company filing defines in brackets after the name
    ("Regulatory Announcement\n\nOstmark Coal JSC\n(\"Ostmark Coal\", \"OstCoal\" or the \"Company\")\n\n"
     "The Company regrets to announce an accident at its mine.",
     {("Ostmark Coal", "Ostmark Coal JSC", "acronym"), ("OstCoal", "Ostmark Coal JSC", "acronym"),
      ("Company", "Ostmark Coal JSC", "descriptor")}),
    # a translation of a group's name in quotation marks
    ("The armed group Harakat al-Nasr (\"Movement of Victory\") claimed the attack.",
     {("Movement of Victory", "Harakat al-Nasr", "acronym")}),
])
def test_alias_evidence_defined_terms_in_brackets(nlp, text, links):
    assert links <= links_of(nlp, text)


@pytest.mark.parametrize("text", [
    # words quoted in brackets that are no name
    "Residents of Veska (\"we are scared\") asked for troops.",
])
def test_alias_evidence_quoted_phrase_is_no_defined_term(nlp, text):
    assert not any(e == "acronym" for a, t, e in links_of(nlp, text))


@pytest.mark.parametrize("text, alias, target", [
    # a memo's subject line in title case still names the body when the name ends in its noun
    ("SUBJECT: Update on the Harbour Crowd Incident and Arrest of Three Officers of the Festival Committee\n\n"
     "1. Investigation disclosed that the committee issued twelve thousand passes for the ramp area.",
     "committee", "Festival Committee"),
])
def test_alias_evidence_descriptor_keeps_a_headline_name_ending_in_its_noun(nlp, text, alias, target):
    assert (alias, target, "descriptor") in links_of(nlp, text)


@pytest.mark.parametrize("text", [
    # a title, then whose office it is: a person's office, not the body "the police" stands for
    "The Inspector General of Police (IGP) Dan Okoro visited the hotel. Residents thanked the police for their courage.",
])
def test_alias_evidence_descriptor_skips_a_title_of_a_body(nlp, text):
    assert not any(a.lower() == "police" and "Inspector" in t and e == "descriptor" for a, t, e in links_of(nlp, text))


@pytest.mark.parametrize("text, alias, target", [
    # "the county" is the area, never a body whose name holds the area's name
    ("Deputies from the Bellmoor County Sheriff's Office went door to door on Tuesday. Across the county, tens of "
     "thousands of people were ordered to leave.", "county", "Bellmoor County Sheriff's Office"),
    ("The Kessel County Fire Authority said the blaze grew overnight. Across the county, tens of thousands of people "
     "were ordered to leave.", "county", "Kessel County Fire Authority"),
])
def test_alias_evidence_area_descriptor_is_no_body(nlp, text, alias, target):
    assert (alias, target, "descriptor") not in links_of(nlp, text)


@pytest.mark.parametrize("text, alias, target", [
    ("Floods hit Ambalpur District on Monday. Across the district, roads were cut.", "district", "Ambalpur District"),
    # the noun heading a body's name before "of"
    ("Nine people were killed, the State Department of Public Safety reported. Later the department said 23 were hurt.",
     "department", "State Department of Public Safety"),
])
def test_alias_evidence_area_descriptor_is_the_area(nlp, text, alias, target):
    assert (alias, target, "descriptor") in links_of(nlp, text)


@pytest.mark.parametrize("text, alias", [
    # a people's word before a site noun is no site's name: "the Kurdish camp" is not the Kurds
    ("Aid reached the Estranian camp on Monday, officials said.", "Estranian camp"),
    # initials before a site noun name the body that runs it
    ("Tents were pitched at the IRC camp near the border on Monday.", "IRC camp"),
])
def test_alias_evidence_site_noun_needs_a_place_name(nlp, text, alias):
    assert not any(a == alias and why == "name_variant" for a, _, why in links_of(nlp, text))


@pytest.mark.parametrize("text, alias, target", [
    # a title of a place, a comma, then the name: whatever the parser made of the commas
    ("Families were sheltered in schools. The mayor of Brennmoor, Peter Okafor, said the town was full.",
     "mayor of Brennmoor", "Peter Okafor"),
    ("His Excellency, the Executive Governor of Arden State, Dr. Paul Adeyemi Kolo, visited the camp.",
     "Executive Governor of Arden State", "Paul Adeyemi Kolo"),
    ("A community leader in Kuran Dala, Mr Musa Kanta, said 20 were laid to rest.", "community leader in Kuran Dala",
     "Musa Kanta"),
    # an owner's title, a comma, then the name
    ("Arden's chief administrator, Peter Okafor, said many were missing.", "Arden's chief administrator", "Peter Okafor"),
])
def test_alias_evidence_office_of_a_place_before_the_name(nlp, text, alias, target):
    assert (alias, target, "appositive") in links_of(nlp, text)


def test_alias_evidence_office_of_a_place_needs_an_apposition(nlp):
    # a list of names after the comma is no apposition
    links = links_of(nlp, "We met the mayor of Brennmoor, Ivo Marren and Ana Kel on Monday.")
    assert not any(alias.startswith("mayor") for alias, _, _ in links)


@pytest.mark.parametrize("text, alias, target", [
    # the noun heading a body's name calls the body back
    ("The Karu State Police Command confirmed the attack. The command said six suspects were held.",
     "command", "Karu State Police Command"),
    ("The Delta Doctors Forum said 40 people died. The forum called for an inquiry.", "forum", "Delta Doctors Forum"),
])
def test_alias_evidence_body_called_back_by_its_head_noun(nlp, text, alias, target):
    assert any(a.lower().endswith(alias) and t == target and why == "descriptor" for a, t, why in links_of(nlp, text))


@pytest.mark.parametrize("text, alias, target", [
    # a run of courtesy styles before the name, brackets and all
    ("The Governor of Arden State, Hon. Dr. Samuel Okonkwo Bello, has received the news.",
     "Hon. Dr. Samuel Okonkwo Bello", "Samuel Okonkwo Bello"),
    ("Signed: Very Rev. (Prof.) Peter Adeyemi Okafor, Principal", "Very Rev. (Prof.) Peter Adeyemi Okafor", "Peter Adeyemi Okafor"),
])
def test_alias_evidence_courtesy_styles_before_the_name(nlp, text, alias, target):
    assert (alias, target, "honorific") in links_of(nlp, text)


@pytest.mark.parametrize("text, alias, target", [
    # a descriptor that owns the next words ("the association's count") still refers back to the body
    ("The Lakeshore Tenants Association filed a complaint. Reporters asked to see the association's list of names.",
     "association", "Lakeshore Tenants Association"),
    ("The Upland Beekeepers Society held a vote. Members praised the society's treasurer for the accounts.",
     "society", "Upland Beekeepers Society"),
])
def test_alias_evidence_possessive_descriptor_resolves(nlp, text, alias, target):
    assert (alias, target, "descriptor") in links_of(nlp, text)


def test_alias_evidence_area_noun_tagged_as_a_verb_stays_in_the_title(nlp):
    # the tagger sometimes reads "district" after a place's name as a verb: the title still runs over it
    from spacy.tokens import Doc

    from crosscheck.extract.alias_evidence import find_title_before
    from crosscheck.extract.entity_names import load_title_words

    words = ["said", "Tarnapur", "district", "police", "chief", "Vikram", "Sethi"]
    doc = Doc(nlp.vocab, words=words, pos=["VERB", "PROPN", "VERB", "NOUN", "NOUN", "PROPN", "PROPN"])
    title = find_title_before(doc, 5, load_title_words())
    assert title is not None and title.text == "Tarnapur district police chief"


@pytest.mark.parametrize("text, alias, target", [
    # a report gives the name of someone it had only described: the description is the person
    ("Investigators have identified the attacker as Peter Halloway, a 31-year-old mechanic.", "the attacker", "Peter Halloway"),
    ("The attacker, identified by police as 40-year-old Peter Halloway, was arrested at dawn.", "The attacker", "Peter Halloway"),
    ("The driver was named as Ana Veltri, a mother of two.", "The driver", "Ana Veltri"),
])
def test_alias_evidence_identified_as_links_the_description_to_the_name(nlp, text, alias, target):
    assert (alias, target, "appositive") in links_of(nlp, text)


@pytest.mark.parametrize("text, target", [
    # two people named at once: neither is "the dead" alone
    ("Officials named the dead as Ana Veltri and Rui Santos.", "Ana Veltri"),
    # a count, not a description
    ("Police identified two of the victims as Ana Veltri.", "Ana Veltri"),
])
def test_alias_evidence_identified_as_needs_one_person_and_a_description(nlp, text, target):
    assert not any(t == target and e == "appositive" for _, t, e in links_of(nlp, text))


@pytest.mark.parametrize("text, alias, target", [
    # a role, then a rank, then the name: the role alone and the rank with the name both name the person
    ("\"We cleared the building,\" army spokesman Colonel Ivo Vrana said.", "army spokesman", "Ivo Vrana"),
    ("\"We cleared the building,\" army spokesman Colonel Ivo Vrana said.", "Colonel Ivo Vrana", "Ivo Vrana"),
    ("On Monday, the army spokesman colonel Vrana was saying that 12 people were killed.", "colonel Vrana", "Vrana"),
    ("On Monday, the army spokesman colonel Vrana was saying that 12 people were killed.", "army spokesman", "Vrana"),
])
def test_alias_evidence_role_before_a_rank_names_the_person(nlp, text, alias, target):
    assert (alias, target, "title") in links_of(nlp, text)


def test_alias_evidence_body_before_a_rank_is_no_role(nlp):
    # "police" is the force, not the person: only the full title and the rank with the name
    links = links_of(nlp, "Police chief Ana Ruiz said 12 people died.")
    assert not any(a.lower() == "police" for a, _, _ in links)


def test_alias_evidence_name_with_its_bracketed_initials_is_an_alias(nlp):
    # reports quote the name with its initials as one form: that form names the body too
    text = "The Harbour Relief Network (HRN) said 40 people were missing. HRN teams were on site."
    assert ("Harbour Relief Network (HRN)", "Harbour Relief Network", "acronym") in links_of(nlp, text)


@pytest.mark.parametrize("text, alias, target", [
    # a descriptor noun for a body, a site or a project named earlier in the document
    ("The Coastal Emergency Authority ordered an evacuation. The authority said 12 people were missing.",
     "authority", "Coastal Emergency Authority"),
    ("Guests fled the Hotel Belvane Palace on Friday. The hotel was sealed off by police.", "hotel", "Hotel Belvane Palace"),
])
def test_alias_evidence_descriptor_for_sites_and_authorities(nlp, text, alias, target):
    assert (alias, target, "descriptor") in links_of(nlp, text)


@pytest.mark.parametrize("text, name, title", [
    # a title that ends in its field or office: the recogniser misses the name or glues it to the office
    ("Minister for Transport Lukas Brenner said the line would reopen.", "Lukas Brenner", "Minister for Transport"),
    ("Seven patients died on Sunday, Larra State Commissioner for Health Anita Borue told reporters on Monday.",
     "Anita Borue", "Larra State Commissioner for Health"),
    ("Head of the Norvan Regional Administration B. Kessler reported on the work of the rescuers.",
     "B. Kessler", "Head of the Norvan Regional Administration"),
    ("President of the Republic of Ostavia Pavel Dorn chaired the session.", "Pavel Dorn",
     "President of the Republic of Ostavia"),
])
def test_alias_evidence_name_after_a_title_with_its_field(nlp, text, name, title):
    links = links_of(nlp, text)
    assert (title, name, "title") in links
    assert (f"{title} {name}", name, "title") in links


@pytest.mark.parametrize("text", [
    "The Director of the World Food Programme said aid was short.",
    "The Minister of Foreign Affairs said talks would resume.",
    "The Secretary of State for Foreign Affairs said talks would resume.",
])
def test_alias_evidence_office_after_a_title_is_no_name(nlp, text):
    doc = nlp(text)
    mentions, _ = extract_mentions(doc, CTX)
    assert not [m for m in mentions if m.kind == "PERSON"]


@pytest.mark.parametrize("text, alias, target", [
    ("Army spokesman Colonel Ivo Kranjec told reporters the strike was precise. According to the colonel, the "
     "target was a meeting.", "colonel", "Ivo Kranjec"),
    ("Tomas Rell, the headman of Osk, said the drone hit a courtyard. Later the headman said 12 people had died.",
     "headman", "Tomas Rell"),
    ("Brig. Gen. Ivo Kranjec, spokesman for the army, spoke on Monday. The spokesman denied the claims.",
     "spokesman", "Ivo Kranjec"),
])
def test_alias_evidence_role_word_of_one_persons_title_used_alone(nlp, text, alias, target):
    assert (alias, target, "title") in links_of(nlp, text)


@pytest.mark.parametrize("text, alias", [
    # a second holder of the word ("a police spokesman"), or two people given it
    ("Brig. Gen. Ivo Kranjec, spokesman for the army, spoke on Monday. The spokesman denied the claims. "
     "A police spokesman said nothing.", "spokesman"),
    ("Army spokesman Colonel Ivo Kranjec and police spokesman Tomas Rell spoke. The spokesman denied the claims.",
     "spokesman"),
])
def test_alias_evidence_role_word_with_two_holders_links_no_one(nlp, text, alias):
    assert not [link for link in links_of(nlp, text) if link[0] == alias]


def test_alias_evidence_styled_title_before_a_name(nlp):
    links = links_of(nlp, "Flags flew at half mast on the order of His Excellency President Rodolfo Amaro on Monday.")
    assert ("His Excellency President Rodolfo Amaro", "Rodolfo Amaro", "title") in links
    assert ("President Rodolfo Amaro", "Rodolfo Amaro", "title") in links
    assert not [link for link in links if link[0].startswith("Excellency")]


def test_alias_evidence_name_glued_to_the_field_is_cut_back(nlp):
    from crosscheck.extract.entities import find_persons_after_long_titles
    from crosscheck.extract.entity_names import make_found

    doc = nlp("Minister for Housing Jonas Ekdahl said the tower would be rebuilt.")
    glued = make_found(doc[2:5], "PERSON")  # the recogniser's "Housing Jonas Ekdahl"
    people, cut = find_persons_after_long_titles(doc, [glued])
    assert [p.text for p in people] == ["Jonas Ekdahl"]
    assert [(old.text, new.text) for old, new in cut] == [("Housing Jonas Ekdahl", "Jonas Ekdahl")]
    assert ("Minister for Culture", "Hanna Borg", "title") in links_of(nlp, "Minister for Culture Hanna Borg said:")


@pytest.mark.parametrize("text, alias, target", [
    ("Guests: Dr. Amos Telli, Executive Secretary, KASEMA (in studio); Ruth Obi, a farmer.",
     "Executive Secretary, KASEMA", "Amos Telli"),
    ("Carl Benn, Regional Director, Norvan Relief Agency, said the camps were full.",
     "Regional Director, Norvan Relief Agency", "Carl Benn"),
    ("Our teams remain on the ground in the north.\n\nPaul Ndaba\nDirector-General, NEMO\n",
     "Director-General, NEMO", "Paul Ndaba"),
])
def test_alias_evidence_office_with_its_body_after_a_name(nlp, text, alias, target):
    assert (alias, target, "appositive") in links_of(nlp, text)


def test_alias_evidence_office_without_a_body_stays_the_office(nlp):
    links = links_of(nlp, "Carl Benn, Director, and Ana Roe spoke.")
    assert not [link for link in links if "," in link[0]]


def test_alias_evidence_office_set_off_before_a_name_in_a_list(nlp):
    text = ("Our gratitude goes to the Larra State Ministry of Health, the Honourable Commissioner for Health, "
            "Dr. Anita Borue, and to every volunteer who gave blood.")
    assert ("the Honourable Commissioner for Health", "Anita Borue", "appositive") in links_of(nlp, text)
    # a body before the comma is no office of the person
    assert not [link for link in links_of(nlp, "He thanked the Ministry of Health, Dr. Anita Borue, and the nurses.")
                if link[0].startswith("the Ministry")]


@pytest.mark.parametrize("text", [
    # a presenter greets the guest by name: the greeting describes no one
    "HOST: Our first caller is the police spokesman. SP Dauda Kem, good morning.",
    "Minister Rana Osei, welcome back to the programme.",
])
def test_alias_evidence_a_greeting_after_a_name_is_no_appositive(nlp, text):
    assert not [alias for alias, _, _ in links_of(nlp, text) if alias.lower().startswith(("good", "welcome"))]


@pytest.mark.parametrize("text, alias, target", [
    # the words a report writes in front of a name, kept whole with the name as that report's alias of it
    ("The fire killed deceased worker Tomas Berka on Friday.", "deceased worker Tomas Berka", "Tomas Berka"),
    ("Structural engineer Lidia Varn said the beams failed.", "Structural engineer Lidia Varn", "Lidia Varn"),
    ("Ostravia's Ministry of Energy said the plant was safe.", "Ostravia's Ministry of Energy", "Ministry of Energy"),
    ("The Geneva-based Ocean Watch Alliance published its count.", "Geneva-based Ocean Watch Alliance",
     "Ocean Watch Alliance"),
    ("Its spokesman Ilan Dervo said nothing.", "Its spokesman Ilan Dervo", "Ilan Dervo"),
    ("They met the rebel Northern Unity Front in Kessa.", "rebel Northern Unity Front", "Northern Unity Front"),
])
def test_alias_evidence_words_written_in_front_of_a_name(nlp, text, alias, target):
    assert (alias, target, "modifier") in links_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Workers told Ana Ruiz the truth.",               # an object, then the name: two phrases
    "The former Governor Ellen Marsh resigned.",      # a time word: the title rule's business
    "Police gave residents Omar Sayed's address.",    # the name owns something: not the phrase's head
    "Rescuers found 58-year-old Halyna Brenko alive.",  # an age
    "The shelling began at 9 am BST on Monday.",       # a time
])
def test_alias_evidence_words_in_front_of_a_name_outside_its_phrase(nlp, text):
    assert not any(evidence == "modifier" for _, _, evidence in links_of(nlp, text))


@pytest.mark.parametrize("text", [
    # a common noun the recogniser (or the house style) capitalised: the words before it describe no name
    "The Provincial Government insists that Varnia remains a dry State, and most women back the ban.",
    "Locals say the Brannock Council and the regional Council disagree.",
])
def test_alias_evidence_words_in_front_of_a_capitalised_common_noun(nlp, text):
    assert not any(evidence == "modifier" for _, _, evidence in links_of(nlp, text))


def test_alias_evidence_two_kind_words_still_name_a_body(nlp):
    from crosscheck.extract.alias_evidence import is_common_noun_name
    assert is_common_noun_name("State") and is_common_noun_name("the Police")
    assert not is_common_noun_name("Interior Ministry") and not is_common_noun_name("Dervo")


def test_alias_evidence_body_with_its_town_after_a_comma(nlp):
    assert ("Central Hospital, Kessa", "Central Hospital", "modifier") in \
        links_of(nlp, "Patients were taken to the Central Hospital, Kessa, on Monday.")


def test_alias_evidence_town_after_a_comma_in_a_list_is_no_part_of_the_name(nlp):
    assert not any(evidence == "modifier" for _, _, evidence in
                   links_of(nlp, "Aid went to the Red Crescent, Kessa and Sarnia."))


TRANSCRIPT = ("Governor Helena Strand spoke to reporters in Osk.\n\nGOVERNOR STRAND: We have found 12 bodies so far.\n\n"
              "Q (Radio Osk): When will the road open?\n\nSTRAND: Not this week.\n\nREAD ALSO: Floods in the north\n")


def test_alias_evidence_turn_label_names_the_person_of_the_document(nlp):
    links = links_of(nlp, TRANSCRIPT)
    assert ("GOVERNOR STRAND", "Helena Strand", "name_variant") in links
    assert ("STRAND", "Helena Strand", "name_variant") in links
    assert not any(alias == "READ ALSO" for alias, _, _ in links)


def test_alias_evidence_turn_label_with_title_and_full_name_names_the_later_labels(nlp):
    text = ("ANCHOR LIV MORTENSEN: Tomas, what can you see?\n\nTOMAS BERG: The water is still rising.\n\n"
            "MORTENSEN: Stay safe, Tomas.\n")
    links = links_of(nlp, text)
    assert ("MORTENSEN", "LIV MORTENSEN", "name_variant") in links
    assert ("ANCHOR LIV MORTENSEN", "LIV MORTENSEN", "name_variant") in links


def test_alias_evidence_turn_label_of_a_surname_two_people_share_links_nothing(nlp):
    text = ("Nurse Ana Berg said the shelter was full. Her husband, Tomas Berg, drove the van.\n\nBERG: We have no more beds.\n")
    assert not any(alias == "BERG" for alias, _, _ in links_of(nlp, text))


@pytest.mark.parametrize("text, alias, target", [
    # the office's place after "of" read as a person by the recogniser: still the first person's appositive
    ("Yusuf Karim Dawlat, the headman of Qarbandi, told us the shells fell at night.", "the headman of Qarbandi",
     "Yusuf Karim Dawlat"),
])
def test_alias_evidence_appositive_title_of_a_place_read_as_a_person(nlp, text, alias, target):
    assert (alias, target, "appositive") in links_of(nlp, text)


def test_alias_evidence_turn_label_surname_when_the_text_writes_the_name_with_a_rank(nlp):
    text = ("ANA KOLE (PRESENTER): Good morning.\n\nSP DAVID MBORO (POLICE SPOKESMAN): Good morning, Ana.\n\n"
            "MBORO: Nine men are held at the station.\n\nPRESENTER: SP Mboro, the group says 58 died.\n\n"
            "MBORO: We are verifying it.\n")
    assert ("MBORO", "DAVID MBORO", "name_variant") in links_of(nlp, text)
