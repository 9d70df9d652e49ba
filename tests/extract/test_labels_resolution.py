"""Which entity a label describes (crosscheck.extract.labels): words for the perpetrators in a report that ties
one armed group to a name, loaded words for the government the report names in plain words, a group in
apposition across a parenthesis, titles completed by "of". Invented sentences in several news styles."""
from __future__ import annotations

import pytest
from label_helpers import find, labels_of


@pytest.mark.parametrize("text, label, entity", [
    # an NGO report: witnesses name the attackers as the group's fighters
    ("Witnesses identified the attackers as fighters of the Red Hand Brigade, which operates from the forest.",
     "attackers", "Red Hand Brigade"),
    ("Witnesses identified the attackers as fighters of the Red Hand Brigade, which operates from the forest.",
     "fighters of the Red Hand Brigade", "Red Hand Brigade"),
    # a rights group's release: the group's fighters in the lead, the army's "terrorists" later
    ("Fighters of the Dawn Legion killed at least 40 villagers, the group said. The army said it had "
     "neutralised 11 “terrorists” in a counter-offensive.", "terrorists", "Dawn Legion"),
    # a militia armed by the state is never the group the perpetrators' words stand for
    ("Fighters of the Dawn Legion burned the market. The Homeland Guards (HG), a civilian militia armed by "
     "the state, patrol the villages. The army said it killed dozens of terrorists.", "terrorists", "Dawn Legion"),
])
def test_perpetrator_words_take_the_named_group_of_their_fighters(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label, entity", [
    # wire style: a group described in apposition is a label of that group
    ("No group has claimed the raid. The Popular Valley Front (PVF), an armed group based in the forest, has "
     "attacked villages before.", "armed group", "Popular Valley Front"),
    ("The Dawn Legion (DL), a jihadist group, is active in the district.", "jihadist group", "Dawn Legion"),
])
def test_group_in_apposition_across_brackets(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label", [
    # a group only suspected: the report does not say its gunmen did it
    ("No group has claimed the raid. The Popular Valley Front (PVF), an armed group based in the forest, has "
     "attacked villages before. Witnesses said gunmen on motorbikes shot at the market.", "gunmen"),
    # two named groups whose fighters are named: either could be meant
    ("Fighters of the Dawn Legion and fighters of the Red Hand clashed on Monday. Gunmen burned the market on "
     "Friday.", "Gunmen"),
    # no armed group named at all
    ("Gunmen burned the market on Friday, residents said, and the attackers fled on foot.", "Gunmen"),
])
def test_perpetrator_words_stay_without_one_named_group(nlp, text, label):
    lb = find(labels_of(nlp, text), label)
    assert lb.entity == label


@pytest.mark.parametrize("text, label, entity", [
    # a commentary's loaded words for the government the report names plainly
    ("The interim government promised an inquiry. Critics called the new radical regime a danger to minorities.",
     "new radical regime", "interim government"),
    # a foreign government named in the same report is not the one in power there
    ("The interim government promised an inquiry. The German government said the Islamist terror regime must answer "
     "for the killings.", "Islamist terror regime", "interim government"),
    # a newspaper that calls a military government a junta
    ("The military government imposed a curfew. Exiled journalists said the brutal junta had lied about the toll.",
     "brutal junta", "military government"),
])
def test_loaded_government_words_take_the_plain_government(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label", [
    # the former government is another government
    ("The interim government promised an inquiry. The old regime had jailed thousands of dissidents.", "old regime"),
    # no plain phrase for the government: the loaded one stays its own
    ("The military junta imposed a curfew on the capital.", "military junta"),
])
def test_loaded_government_words_stay_when_other(nlp, text, label):
    lb = find(labels_of(nlp, text), label)
    assert lb.entity == label


@pytest.mark.parametrize("text, label", [
    ("The Head of State underlined that the state takes full responsibility.", "Head of State"),
    ("The Chief of Staff said the troops would stay.", "Chief of Staff"),
    ("The Minister of Health of the republic visited the hospital on Friday.", "Minister of Health"),
])
def test_bare_titles_keep_their_of_phrase(nlp, text, label):
    labels = labels_of(nlp, text)
    assert find(labels, label).entity == label
    assert not any(lb.label == label.split(" of ")[0] for lb in labels)


@pytest.mark.parametrize("text, label, entity", [
    # a title after the name, without an article, closed by a bracket or a comma
    ("Tom Baptiste, leader of the Popular Renewal Party (PRP), has accused the government of sleeping.",
     "leader of the Popular Renewal Party", "Tom Baptiste"),
    ("Maria Okonkwo, spokeswoman for the Harbour Board, said the port was closed.",
     "spokeswoman for the Harbour Board", "Maria Okonkwo"),
    ("Peter Hallmann, deputy mayor of Marlow, said the bridge would stay shut.", "deputy mayor of Marlow",
     "Peter Hallmann"),
])
def test_titles_after_a_name_without_article(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text", [
    "Peter Hallmann, 52, a farmer from the valley, said the bridge would stay shut.",
    "Peter Hallmann, who runs the bakery, said the bridge would stay shut.",
])
def test_no_title_label_without_a_title(nlp, text):
    assert not any(lb.entity == "Peter Hallmann" for lb in labels_of(nlp, text))


@pytest.mark.parametrize("text, label, entity", [
    # a police brief: the role written before the name, with a possessor
    ("Police arrested two persons, the building's owner Naveen Kapoor, 54, and an engineer, late on Friday.",
     "building's owner", "Naveen Kapoor"),
    # a wire: the same with a comma
    ("Police have arrested three people, including the building's owner, Naveen Kapoor, and the engineer.",
     "building's owner", "Naveen Kapoor"),
    # a rail report
    ("Police detained signaller Milan Horak on Friday.", "signaller", "Milan Horak"),
    # an aside after the name, closed by a comma
    ("Tom Hale, owner of the yard, said the crane had failed.", "owner of the yard", "Tom Hale"),
])
def test_person_roles_before_and_after_names(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label, entity", [
    # an opinion piece: its words for the one gunman stand for its plain word for him
    ("A gunman opened fire at the Ostra market, killing six. The killer had bought the rifle a month ago. Any man "
     "can decide to become a monster.", "killer", "gunman"),
    ("A gunman opened fire at the Ostra market, killing six. The killer had bought the rifle a month ago. Any man "
     "can decide to become a monster.", "monster", "gunman"),
    ("A gunman opened fire at the Ostra market. The union blamed \"a lone wolf\".", "lone wolf",
     "gunman"),
    # a wire: the police name the gunman, and every word for him is that person
    ("Police identified the gunman as Tarek Holm, 31. The killer had posted a message before the attack.",
     "gunman", "Tarek Holm"),
    ("Police identified the gunman as Tarek Holm, 31. The killer had posted a message before the attack.",
     "killer", "Tarek Holm"),
    ("Tarek Holm, the suspected attacker, was arrested at dawn. The killer was 31.", "killer", "Tarek Holm"),
])
def test_words_for_the_one_perpetrator_take_the_gunman(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, absent", [
    # a word that qualifies a thing names no one
    ("The cyclone was a killer storm. Monster waves hit the coast.", "killer"),
    ("The cyclone was a killer storm. Monster waves hit the coast.", "Monster"),
])
def test_words_for_the_one_perpetrator_never_qualify_a_thing(nlp, text, absent):
    assert not [lb for lb in labels_of(nlp, text) if lb.label.lower() == absent.lower()]


def test_word_for_the_one_perpetrator_stays_without_a_gunman(nlp):
    # no perpetrator in the report: the word stays its own
    lb = find(labels_of(nlp, "Critics called the minister's plan a killer for small farms. The killer is debt."), "killer")
    assert lb.entity == "killer"


def test_quoted_word_for_him_labels_the_person_named_before(nlp):
    # "called him “a scapegoat”": the person the sentence before names
    text = "Police named the driver as Tomas Varga. The rail union called him \"a scapegoat\" and demanded his release."
    assert find(labels_of(nlp, text), "scapegoat").entity == "Tomas Varga"


def test_quoted_word_for_him_needs_a_person_other_than_the_speaker(nlp):
    # the one who speaks is not the one he names
    assert not [lb for lb in labels_of(nlp, "Tomas Varga called him \"a traitor\".") if lb.label == "traitor"]


@pytest.mark.parametrize("text, label, entity", [
    # a report that names the organisation claiming the attack: its plain words for the attackers stand for it
    ("Gunmen stormed a bus station in Tarvo on Friday. The Northern Dawn Front claimed responsibility for the "
     "attack. Police said the attackers escaped.", "attackers", "Northern Dawn Front"),
    ("Gunmen stormed a bus station in Tarvo. The attack was claimed by the Northern Dawn Front. The gunmen fled.",
     "gunmen", "Northern Dawn Front"),
    # "claimed that ..." is a statement, not a claim of the attack; with no claimant the words stay their own
    ("Gunmen stormed a bus station in Tarvo. The Interior Ministry claimed that the gunmen fled.", "gunmen", "Gunmen"),
])
def test_labels_role_words_take_the_group_claiming_the_attack(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label, entity", [
    # a body's members or a crowd "of" a named organisation are that organisation's people
    ("Witnesses said officers of the Rapid Order Police beat the marchers.", "officers", "Rapid Order Police"),
    ("Protesters of the Green Alliance marched to the square.", "Protesters", "Green Alliance"),
])
def test_labels_members_of_a_named_body_take_that_body(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label", [
    ("Residents of the Pell district said officers of the town were absent.", "officers"),  # a town, not a body
    ("Thousands of protesters marched on Friday.", "protesters"),
])
def test_labels_members_of_a_place_or_a_count_stay_their_own(nlp, text, label):
    found = find(labels_of(nlp, text), label)
    assert found.entity.lower() == label.lower()


@pytest.mark.parametrize("text, label, entity", [
    # a body's kind written after its name and initials, whatever the parse of the commas
    ("The toll was 40, according to the Coastal Relief Agency (CRA), the Geneva-based body that tracks deaths "
     "at sea.", "Geneva-based body", "Coastal Relief Agency"),
    ("Dunmore Plastics, the multinational whose board met in secret, says only 9 died.",
     "multinational", "Dunmore Plastics"),
])
def test_labels_body_described_after_its_name(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text", [
    "Dunmore Plastics, the company said on Monday, will pay the families.",
    "The Harbour Board, the army and the police met on Friday.",
])
def test_labels_no_body_description_without_an_apposition(nlp, text):
    assert not [lb for lb in labels_of(nlp, text) if lb.entity in {"Dunmore Plastics", "Harbour Board"}
                and lb.label != lb.entity]


@pytest.mark.parametrize("text, label, entity", [
    # a body's kind written before its name, the name set off by commas
    ("According to a local rights group, the Valley Rights Monitor, 31 people died.", "local rights group",
     "Valley Rights Monitor"),
    ("A conservation group, the Friends of Lake Morrow, says the dam caused the flood.", "conservation group",
     "Friends of Lake Morrow"),
])
def test_labels_body_described_before_its_name(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label, entity", [
    # a communique that names one group by its fighters and describes it as gangs
    ("Fighters of the Copper Hills Front attacked the depot at dawn, the command said. Outlaw gangs then looted "
     "the granary.", "Outlaw gangs", "Copper Hills Front"),
    # the group named only through its militias
    ("The command said the terrorist militias of the Copper Hills Front shelled the depot. Armed gangs looted the "
     "granary.", "Armed gangs", "Copper Hills Front"),
])
def test_armed_group_description_takes_the_one_named_group(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


def test_armed_group_description_stays_with_two_named_groups(nlp):
    text = "Fighters of the Copper Hills Front and fighters of the Salt Marsh Legion clashed. Armed gangs looted the granary."
    assert find(labels_of(nlp, text), "Armed gangs").entity == "Armed gangs"


@pytest.mark.parametrize("text, label, entity", [
    # a wire report: the army's word for the people it struck, the one movement named in the report
    ("The army said its jets had killed nine militants near Orsk. The Salt River Liberation Front, which has "
     "fought the government since 2011, denied that any of its men were there.", "militants",
     "Salt River Liberation Front"),
    # a bare member word opening a sentence, the movement named after it
    ("Rebels shelled the town, officials said. The Red Dune Brigades denied it.", "Rebels", "Red Dune Brigades"),
    # a movement the report describes as an armed group, named in apposition
    ("The Dawn Legion (DL), an armed group of the hills, denied the claim. Police said two insurgents "
     "were arrested at a checkpoint.", "insurgents", "Dawn Legion"),
])
def test_movement_words_take_the_one_named_movement(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label", [
    # two movements named: either could be meant
    ("The Salt River Liberation Front and the Red Dune Brigades both claim the valley. The army said it "
     "killed nine militants.", "militants"),
    # no movement named at all
    ("The army said it had killed nine militants near Orsk, but villagers said the dead were shepherds.",
     "militants"),
    # a state's army is not a movement, even with a movement word in its name
    ("The People's Liberation Army said nine militants were killed near the border.", "militants"),
])
def test_movement_words_stay_without_one_named_movement(nlp, text, label):
    lb = find(labels_of(nlp, text), label)
    assert lb.entity == lb.label


def test_doers_of_one_act_are_not_movement_words(nlp):
    text = ("No group has claimed the raid. The Popular Valley Front (PVF), an armed group based in the forest, "
            "has attacked villages before. Witnesses said gunmen on motorbikes shot at the market.")
    assert find(labels_of(nlp, text), "gunmen").entity == "gunmen"


def test_a_state_unit_named_brigade_is_no_movement(nlp):
    text = ("Police said the Rapid Response Brigade freed the hostages. The terrorists had held them for a week, "
            "the Orsk Martyrs Front said in a statement.")
    assert find(labels_of(nlp, text), "terrorists").entity == "Orsk Martyrs Front"


@pytest.mark.parametrize("text, label, entity", [
    # a ministry's communique: the movement as an organisation, with a member word before it
    ("The army said it raided hideouts of the terrorist groups near Orsk. The Salt River Liberation Front "
     "denied it.", "terrorist groups", "Salt River Liberation Front"),
    ("The Salt River Front, which three governments list as a terrorist organisation, denied it.",
     "terrorist organisation", "Salt River Front"),
    # the report names no movement: the phrase stays its own
    ("The jihadist movement claimed the bombing through its news agency.", "jihadist movement",
     "jihadist movement"),
])
def test_movement_as_an_organisation_is_a_label(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


def test_an_ordinary_organisation_phrase_is_no_movement_label(nlp):
    labels = labels_of(nlp, "A local aid organisation said the convoy reached the camp on Monday.")
    assert not [lb for lb in labels if "organisation" in lb.label]


def test_a_word_tied_to_a_movement_phrase_follows_it_to_the_movement(nlp):
    text = ("The terrorist militias shelled the depot overnight, the ministry said, and the terrorists then fled "
            "east. The Salt River Liberation Front denied any role.")
    labels = labels_of(nlp, text)
    assert find(labels, "terrorist militias").entity == "Salt River Liberation Front"
    assert find(labels, "terrorists").entity == "Salt River Liberation Front"


@pytest.mark.parametrize("text, label, entity", [
    ("The army said it was acting against the Hill Freedom Front (HFF), which Osk calls a terrorist organisation.",
     "terrorist organisation", "Hill Freedom Front"),
    ("General Ivo Marl said the troops were fighting the Hill Freedom Front, which Osk, but not its neighbours, "
     "lists as a terrorist group.", "terrorist group", "Hill Freedom Front"),
])
def test_label_in_a_naming_clause_describes_the_name_it_hangs_on(nlp, text, label, entity):
    found = find(labels_of(nlp, text), label)
    assert found is not None and found.entity == entity
