"""Framing labels on partisan wording (crosscheck.extract.labels): "so-called" over any noun phrase, scare-quoted
words inside a noun phrase, loaded phrases, role words, hyphenated modifiers and page furniture. Invented sentences."""
from __future__ import annotations

import pytest
from label_helpers import find, labels_of

from crosscheck.extract.labels import find_loaded_terms


@pytest.mark.parametrize("text, label, entity", [
    # a hyphenated modifier belongs to the phrase: never "state armed groups"
    ("Attacks by non-state armed groups on four villages triggered displacement towards the town.",
     "non-state armed groups", "non-state armed groups"),
    ("Aid workers said anti-government armed groups controlled the road.",
     "anti-government armed groups", "anti-government armed groups"),
])
def test_labels_keep_hyphenated_modifiers(nlp, text, label, entity):
    labels = labels_of(nlp, text)
    assert find(labels, label).entity == entity
    cut = label.split("-", 1)[1]
    assert not any(lb.label == cut for lb in labels)


@pytest.mark.parametrize("text, label, entity", [
    # "so-called" over a common noun phrase: the phrase is the entity
    ("The army rejected claims by so-called human rights organisations about the raid.",
     "so-called human rights organisations", "human rights organisations"),
    ("Under the so-called modernisation, hundreds of signal jobs were cut.",
     "so-called modernisation", "modernisation"),
    # ... of a named body: the body is the entity
    ("The hostages were freed after the so-called mediators of the Halvern Council stepped in.",
     "so-called mediators of the Halvern Council", "Halvern Council"),
    # ... in front of a name: the name
    ("The so-called rescue charity Blue Harbour says it warned the coastguard twice.",
     "so-called rescue charity", "Blue Harbour"),
    # ... with capitalised words in quotation marks: those words
    ("The utility has a so-called \"Storm Shield\" program for windy days.",
     "so-called \"Storm Shield\" program", "Storm Shield"),
])
def test_labels_so_called_noun_phrases(nlp, text, label, entity):
    lb = find(labels_of(nlp, text), label)
    assert lb.entity == entity
    assert "so_called" in lb.markers


@pytest.mark.parametrize("text, label, entity", [
    ("Inside the jail, which the \"human rights\" crowd likes to praise, the riot went on all night.",
     "\"human rights\" crowd", "\"human rights\" crowd"),
    ("The German \"hotline\" has even accused the navy of towing the boat.", "German \"hotline\"", "German \"hotline\""),
    ("They have already put him in a cell. The \"culprit\" has been found, the cameras can go home.",
     "culprit", "culprit"),
    ("Since 2019 the glossy \"Rail Ahead\" programme has cut maintenance money.",
     "glossy \"Rail Ahead\" programme", "Rail Ahead"),
])
def test_labels_scare_quoted_words_in_noun_phrases(nlp, text, label, entity):
    lb = find(labels_of(nlp, text), label)
    assert lb.entity == entity
    assert "scare_quotes" in lb.markers


@pytest.mark.parametrize("text, absent", [
    # a bare word in quotation marks after a verb is a partial quotation of someone's words, not a name
    ("The inspector warned of \"mistakes\" in the count.", "\"mistakes\""),
    ("Officials urged \"restraint\" on both sides.", "\"restraint\""),
    # a quoted clause is speech
    ("The minister promised that the \"smugglers will pay\".", "\"smugglers will pay\""),
])
def test_labels_partial_quotations_are_not_labels(nlp, text, absent):
    assert all(absent not in lb.label for lb in labels_of(nlp, text))


@pytest.mark.parametrize("text, label, entity", [
    # a faction named by its organisation: the organisation
    ("Members of the rival Black Lantern faction set fire to the mattresses.", "rival Black Lantern faction",
     "Black Lantern"),
    # a criminal group the report does not name: the phrase
    ("The attack was ordered by a criminal organization based in the port.", "criminal organization",
     "criminal organization"),
    # people in custody, as the report names them
    ("Dozens of inmates climbed onto the roof of the east wing.", "inmates", "inmates"),
])
def test_labels_groups_in_crime_news(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label, entity", [
    ("Meanwhile the profit-hungry monopoly paid out $1.4 billion to shareholders.",
     "profit-hungry monopoly", "profit-hungry monopoly"),
    ("The cuts were signed off by the bean-counters in the Finance Ministry of Arvenia.",
     "bean-counters in the Finance Ministry of Arvenia", "Finance Ministry of Arvenia"),
    ("The communique said the terrorist hordes would be tracked down.", "terrorist hordes", "terrorist hordes"),
    # a stingy office
    ("The penny-pinching number-crunchers cut the hospital budget again.",
     "penny-pinching number-crunchers", "penny-pinching number-crunchers"),
    # ... at an office the report describes: that office
    ("The penny-pinching number-crunchers in the census office say the count can wait.",
     "penny-pinching number-crunchers in the census office", "census office"),
])
def test_labels_loaded_phrases(nlp, text, label, entity):
    lb = find(labels_of(nlp, text), label)
    assert lb.entity == entity
    assert "loaded_term" in lb.markers


@pytest.mark.parametrize("text, label, entity", [
    # a bare role word that repeats the modifier of a fuller armed-group phrase is that group
    ("The governor blamed armed terrorist groups for the raid. Troops later said 40 terrorists were neutralised.",
     "terrorists", "armed terrorist groups"),
    # ... or the same word in a fuller phrase with a proper modifier
    ("Suspected Islamist militants attacked the post on Sunday. The militants then fled north.",
     "militants", "Suspected Islamist militants"),
    # the group the sentence says they came from
    ("Gunmen from the Red Hand Brigade attacked the convoy on Monday.", "Gunmen", "Red Hand Brigade"),
    # with no such phrase, a role word stays as written
    ("Gunmen stormed the market in Orsa at dawn, witnesses said.", "Gunmen", "Gunmen"),
    ("Residents said the assailants arrived on motorbikes.", "assailants", "assailants"),
])
def test_labels_role_words(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, absent", [
    ("The third victim was identified on Sunday as a farm worker.", "third victim"),
    ("Police named the twelfth victim late on Friday.", "twelfth victim"),
    # a masthead slogan and a numbered section header
    ("THE DAILY LANTERN\nIndependent. Militant. Ours.\n\nThe storm reached the coast on Monday.", "Militant"),
    ("3. FORCES DEPLOYED\nRescue teams from three districts reached the site by noon.", "FORCES"),
])
def test_labels_furniture_and_passing_counts_are_not_labels(nlp, text, absent):
    assert all(lb.label != absent for lb in labels_of(nlp, text))


@pytest.mark.parametrize("label, loaded", [
    ("gang", False),                 # the ordinary word for a criminal group
    ("rival gangs", False),
    ("massacre", False),             # the ordinary word for a mass killing
    ("armed gangs", True),
    ("terrorist gangs", True),
    ("profit-hungry monopoly", True),
    ("bean-counters", True),
    ("narco-terrorists", True),
    ("terrorist hordes", True),
    ("do-nothing cabinet", True),
    ("penny-pinching number-crunchers", True),
])
def test_labels_loaded_lexicon(label, loaded):
    assert bool(find_loaded_terms(label)) is loaded


@pytest.mark.parametrize("text, label", [
    # a government under its formal name is how this report names it (another says "the junta")
    ("The Government of the Republic of Arvenia announced three days of mourning.",
     "Government of the Republic of Arvenia"),
    ("The Government of National Salvation has taken all measures to assist the displaced.",
     "Government of National Salvation"),
])
def test_labels_formal_government_names(nlp, text, label):
    assert find(labels_of(nlp, text), label).entity == label


def test_labels_plain_organisation_names_are_not_labels(nlp):
    labels = labels_of(nlp, "The Bank of Arvenia raised its rates on Tuesday.")
    assert all("Bank" not in lb.label for lb in labels)


@pytest.mark.parametrize("text, label", [
    # "remnants of" + a group phrase is one name for one group
    ("The council says its raids target “remnants of the old regime,” not civilians.", "remnants of the old regime"),
    ("He accused remnants of the former regime of stirring unrest in the hills.", "remnants of the former regime"),
])
def test_labels_remnants_of_a_group_is_one_label(nlp, text, label):
    lb = find(labels_of(nlp, text), label)
    assert lb.entity == label


@pytest.mark.parametrize("text, absent", [
    # words for the violence itself name the event, not an actor
    ("Observers documented mass atrocities in the coastal villages.", "mass atrocities"),
    ("The envoy called the killings a slaughter of the innocent.", "slaughter"),
])
def test_labels_words_for_the_violence_are_not_actor_labels(nlp, text, absent):
    assert all(lb.label != absent for lb in labels_of(nlp, text))


@pytest.mark.parametrize("text, label, entity, loaded", [
    # people of an illicit trade and the bosses over it, as reports name them
    ("Police said the bootleggers had mixed industrial spirit into the brew sold at the market in Talvor.",
     "bootleggers", "bootleggers", False),
    ("The drug barons of the coast have grown rich while the port looks away.", "drug barons", "drug barons", True),
    ("When justice campaigners marched on the town hall, police arrested four people.",
     "justice campaigners", "justice campaigners", False),
    # a firm's managers: the firm named among the modifiers is the entity, a recognised name or not
    ("The Vardo Chemicals bosses refused to meet the families, said the union.",
     "Vardo Chemicals bosses", "Vardo Chemicals", False),
    ("Miners blamed the Kolvek Coal bosses for the gas that built up in the shaft.",
     "Kolvek Coal bosses", "Kolvek Coal", False),
])
def test_labels_trade_and_boss_words(nlp, text, label, entity, loaded):
    lb = find(labels_of(nlp, text), label)
    assert lb.entity == entity
    assert ("loaded_term" in lb.markers) == loaded


def test_labels_dismissive_certain_bodies(nlp):
    labels = labels_of(nlp, "The ministry blamed certain political parties and certain non-governmental "
                            "organisations for spreading rumours.")
    for text in ("certain political parties", "certain non-governmental organisations"):
        assert "loaded_term" in find(labels, text).markers
    # "certain" before a thing names nobody
    assert not labels_of(nlp, "Officials said certain areas remained closed under certain conditions.")


def test_labels_loaded_compound_phrases(nlp):
    lb = find(labels_of(nlp, "Tenants had called the block a death trap for years."), "death trap")
    assert "loaded_term" in lb.markers
    assert not labels_of(nlp, "The death toll rose to 40 on Friday.")


def test_labels_scare_quotes_inside_a_named_label_take_its_name(nlp):
    labels = labels_of(nlp, "For years the city and its so-called “hands-off” landlord, Greyfield Housing Trust, "
                            "cut the upkeep budget.")
    assert find(labels, "“hands-off” landlord").entity == "Greyfield Housing Trust"


@pytest.mark.parametrize("text, label, entity", [
    # a side noun written before a name qualifies it, however the parser hangs the name on it
    ("Sushila Rane, who heads the opposition Varta Janmorcha (VJM) in parliament, toured the hospital.",
     "opposition Varta Janmorcha", "Varta Janmorcha"),
    ("Senator Paul Dane of the main opposition Civic Unity Party (CUP) accused the governor.",
     "main opposition Civic Unity Party", "Civic Unity Party"),
    ("A spokesman of the rebel Varn Liberation Front said the town had fallen.", "rebel Varn Liberation Front",
     "Varn Liberation Front"),
    # before a title, the side noun stays with the title
    ("The rebel commander Tomas Varga fled across the river.", "rebel commander", "Tomas Varga"),
])
def test_side_nouns_before_a_name_label_it(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity
