"""Framing labels and their markers (crosscheck.extract.labels), on invented sentences."""
from __future__ import annotations

import pytest
from label_helpers import CTX, find, labels_of

from crosscheck.extract.entities import extract_mentions
from crosscheck.extract.labels import (convert_to_found, find_actor_labels, find_group_labels,
                                       find_quote_spans, is_noise_label, resolve_epithets)


@pytest.mark.parametrize("text, label, entity, markers", [
    # so-called in front of a name
    ("Casualty figures came from the so-called Freedom Monitoring Council in the north.",
     "so-called Freedom Monitoring Council", "Freedom Monitoring Council", {"so_called"}),
    # a short label inside quotation marks: scare quotes (and inside a quotation)
    ("The minister blamed the blast on “terrorists” operating near the border.",
     "terrorists", "terrorists", {"scare_quotes", "in_quote", "loaded_term"}),
    # a label inside someone else's longer quotation
    ("“The regime in Arden has abandoned this valley and everyone here knows it,” the mayor said.",
     "regime in Arden", "regime in Arden", {"in_quote", "loaded_term"}),
    # loaded term in the outlet's own voice
    ("Witnesses said militants fired on the convoy near the bridge.",
     "militants", "militants", {"loaded_term"}),
    # a neutral group label has no marker
    ("Government forces reopened the road on Friday.",
     "Government forces", "Government forces", set()),
    # a place-based modifier on a name
    ("The Oslo-based Peace Research Group said 40 people died.",
     "Oslo-based Peace Research Group", "Peace Research Group", set()),
    # a location clause after a name
    ("Figures were compiled by the Coastal Rights Network, which is based in Lisbon.",
     "based in Lisbon", "Coastal Rights Network", set()),
    # a title in front of a name
    ("Interim Mayor Clara Ruiz ordered an evacuation.", "Interim Mayor", "Clara Ruiz", set()),
    # an appositive
    ("Paul Okafor, the deposed governor, fled the city.", "deposed governor", "Paul Okafor", set()),
    # armed actors in other conflicts and styles: descriptive words carry no marker, evaluative ones do
    ("Rebels seized the airport on Tuesday, the army said.", "Rebels", "Rebels", set()),
    ("Separatist fighters shelled the town overnight.", "Separatist fighters", "Separatist fighters", set()),
    ("The military junta imposed a curfew on the capital.", "military junta", "military junta", {"loaded_term"}),
    ("Occupation forces withdrew from the ridge at dawn.", "Occupation forces", "Occupation forces", {"loaded_term"}),
    ("Occupying forces withdrew from the ridge at dawn.", "Occupying forces", "Occupying forces", {"loaded_term"}),
    # a loaded term of two words, and "so-called" split off the group it distances
    ("The so-called freedom fighters claimed the attack.", "freedom fighters", "freedom fighters",
     {"so_called", "loaded_term"}),
    ("The self-proclaimed militia seized the bridge.", "militia", "militia", {"so_called"}),
    ("Villagers said armed gangs burned the market.", "armed gangs", "armed gangs", {"loaded_term"}),
    # a group's description in front of its name, when the recogniser calls the group a person
    ("The armed group Hayat Tahrir al-Sham seized the city.", "armed group", "Hayat Tahrir al-Sham", set()),
    # the words each side uses for people in the streets
    ("The ministry said organised groups of rioters attacked police stations.", "rioters", "rioters", {"loaded_term"}),
    ("State television blamed foreign-backed saboteurs for the unrest.", "foreign-backed saboteurs",
     "foreign-backed saboteurs", {"loaded_term"}),
    ("Residents said plainclothes thugs beat the marchers.", "plainclothes thugs", "plainclothes thugs", {"loaded_term"}),
    ("Police arrested several miscreants after the shops were looted.", "miscreants", "miscreants", {"loaded_term"}),
    ("Thousands of protesters gathered in the square on Sunday.", "protesters", "protesters", set()),
    ("The exiled outlet said the dictator's riot squads fired on the crowd.", "dictator's riot squads",
     "dictator's riot squads", {"loaded_term"}),
    # a so-called name in quotation marks, and a title set in scare quotes
    ("The army said it killed 20 members of the so-called “Popular Valley Front” on Monday.",
     "so-called “Popular Valley Front”", "Popular Valley Front", {"so_called", "scare_quotes"}),
    ("The regime’s mouthpiece, the so-called “General” Marn, denied it.", "so-called “General” Marn", "Marn",
     {"so_called", "scare_quotes"}),
    ("The regime’s mouthpiece, the so-called “General” Marn, denied it.", "regime’s mouthpiece", "Marn",
     {"loaded_term"}),
    # a group word in quotation marks after a name; a government "of" its leader
    # (the quoted word describes the group named right before it: the report's one armed group)
    ("Residents blamed PRF “terrorists” for the blast.", "terrorists", "PRF", {"scare_quotes", "in_quote", "loaded_term"}),
    ("Refugees fled the regime of president Viktor Marek last year.", "regime of president Viktor Marek",
     "regime of president Viktor Marek", {"loaded_term"}),
    # "the regime" alone is the government the report last named with its owner
    ("The Vedrin regime shelled the city. Residents said the regime wanted them gone.", "regime", "Vedrin regime",
     {"loaded_term"}),
    # a person's loaded title in front of the name
    ("Protesters chanted against the usurper Viktor Marek outside the palace.", "usurper", "Viktor Marek", {"loaded_term"}),
    # a group of a named body is a label of that body
    ("The army said it killed 200 terrorists of the Popular Valley Front.", "terrorists of the Popular Valley Front",
     "Popular Valley Front", {"loaded_term"}),
])
def test_labels_phrases_and_markers(nlp, text, label, entity, markers):
    found = find(labels_of(nlp, text), label)
    assert found.entity == entity
    assert set(found.markers) == markers


def test_labels_count_repeats_and_keep_outlet(nlp):
    text = ("Security forces entered the town at dawn. Residents said security forces fired in the air. "
            "Later, security forces withdrew.")
    found = find(labels_of(nlp, text), "security forces")
    assert found.count >= 2
    assert found.outlet == "Valley Post" and found.document == "report.txt"
    assert len(found.sentences) == found.count


@pytest.mark.parametrize("text, inside", [
    ("He said “we will rebuild” and left.", ["we will rebuild"]),
    ("The so-called \"liberators\" arrived.", ["liberators"]),
    ("It’s the town’s ‘red zone’ now.", ["red zone"]),
    ("No quotes here, only the town’s mayor.", []),
])
def test_labels_quote_spans(text, inside):
    assert [text[a:b] for a, b in find_quote_spans(text)] == inside


@pytest.mark.parametrize("text, absent", [
    # a title-case headline is not framing
    ("Sheriff Promises Full Review Of Alleged Riverside Shootings\nThe sheriff spoke on Monday.", "Alleged Riverside Shootings"),
    # a name that modifies a later noun carries no label of its own
    ("A former Northern Army commander, Paul Okafor, denied the charges.", "former Northern Army"),
    # a community word with no people named is not a label
    ("To the community's relief, the water finally receded.", "community"),
])
def test_labels_not_produced(nlp, text, absent):
    assert absent not in {lb.label for lb in labels_of(nlp, text)}


@pytest.mark.parametrize("text, label", [
    ("The suspect was arrested at a petrol station two hours after the attack.", "suspect"),
    ("Witnesses said the attacker fled on foot.", "attacker"),
])
def test_labels_attacker_roles_are_labels(nlp, text, label):
    from crosscheck.extract.context import DocContext
    from crosscheck.extract.entities import extract_mentions
    from crosscheck.extract.labels import extract_labels

    doc = nlp(text)
    ctx = DocContext("d", "d.txt")
    mentions, _ = extract_mentions(doc, ctx)
    assert label in [lab.label for lab in extract_labels(doc, ctx, mentions)]


@pytest.mark.parametrize("label, expected", [
    ("so-called freedom fighters", {"freedom fighters"}),
    ("freedom-fighters", {"freedom-fighters", "freedom fighters"}),
    ("Kremlin-backed occupation forces", {"occupation", "occupation forces"}),
    ("Houthi rebels", set()),
    ("Criminal Investigations Division chief", set()),
])
def test_labels_loaded_terms_in_words_and_phrases(label, expected):
    from crosscheck.extract.labels import find_loaded_terms
    assert set(find_loaded_terms(label)) == expected


@pytest.mark.parametrize("text, absent", [
    # "regime" as a set of rules is no government
    ("He said the new e-mail regime was a silly fuss.", "e-mail regime"),
    ("A sanctions regime was agreed on Friday.", "sanctions regime"),
])
def test_labels_regime_of_rules_is_no_label(nlp, text, absent):
    assert absent not in {lb.label for lb in labels_of(nlp, text)}


@pytest.mark.parametrize("text, label", [
    ("The Assad regime shelled the town on Monday.", "Assad regime"),
    ("He called it an Islamist terror regime and left.", "Islamist terror regime"),
])
def test_labels_regime_of_a_ruler_is_loaded(nlp, text, label):
    found = find(labels_of(nlp, text), label)
    assert "loaded_term" in found.markers


def test_labels_descriptor_with_two_nouns_resolves_through_either(nlp):
    labels = labels_of(nlp, "The Coastal Rights Observatory counted 12 deaths. "
                            "The Lisbon-based monitor group said the toll could rise.")
    assert any(lb.entity == "Coastal Rights Observatory" and lb.label == "Lisbon-based monitor group" for lb in labels), \
        [(lb.entity, lb.label) for lb in labels]


@pytest.mark.parametrize("text, label, entity", [
    # one side's word for another, set in quotation marks after a naming verb: a label of the verb's object
    ("State media call the Northern Relief Fund a “terrorist front”.", "terrorist front", "Northern Relief Fund"),
    ("The ministry branded the marchers “hooligans” and said order would be restored.", "hooligans", "marchers"),
    ("The rebels call the army an “occupation” force.", "occupation", "army"),
    # the noun a relative or participle clause describes
    ("Crowds waited at the Dolna bridge, which the governor calls a “safe passage”, all day.", "safe passage",
     "Dolna bridge"),
    ("Police said the depot described by state television as a “warehouse” was empty.", "warehouse", "depot"),
    # a phrase with its article labels the person or body the naming verb names, without the article
    ("The Farmers Union described Dale Fenwick as “a lone wolf” on Monday.", "lone wolf", "Dale Fenwick"),
    ("The Clean Water Coalition called Fenwick “a domestic terrorist” on Sunday.", "domestic terrorist", "Fenwick"),
])
def test_labels_quoted_word_after_naming_verb(nlp, text, label, entity):
    hit = find(labels_of(nlp, text), label)
    assert hit.entity == entity
    assert "scare_quotes" in hit.markers


@pytest.mark.parametrize("text, label, entity", [
    # the phrase before the quoted word is a label of its own, cut at the opening mark
    ('Radio Kesh keeps calling the Doran farmhands "bandits" even though they were unarmed.', "bandits",
     "Doran farmhands"),
    # a long object ("the medics of the X Clinic") between the naming verb and the marks, with no verb between
    ('The ministry in Orbe labels the volunteer medics of the Green Hill Clinic "collaborators" in every bulletin.',
     "collaborators", "Green Hill Clinic"),
])
def test_labels_quoted_word_after_a_longer_object(nlp, text, label, entity):
    labels = labels_of(nlp, text)
    assert not any('"' in lb.label.strip('"') or '"' in lb.entity for lb in labels)
    hit = find(labels_of(nlp, text), label)
    assert hit.entity == entity
    assert "scare_quotes" in hit.markers


@pytest.mark.parametrize("text, absent", [
    # a pronoun names no one here; a quoted description of a claim is no label; no naming verb, no label
    ("The interior minister described them as “foreign agents”.", "foreign agents"),
    ("He called the report “a cheap fabrication” and left.", "a cheap fabrication"),
    ("He called the report “a cheap fabrication” and left.", "cheap fabrication"),
    ("The convoy reached the “market” at noon.", "market"),
])
def test_labels_quoted_word_without_named_target_is_no_label(nlp, text, absent):
    assert not any(lb.label == absent for lb in labels_of(nlp, text))


@pytest.mark.parametrize("text, label", [
    # a title used as a name, with no name after it
    ("The Hon. Prime Minister has approved a special allocation for relief.", "Hon. Prime Minister"),
    ("The former president said nothing about the arrests.", "former president"),
    # a named storm: each report's form of its name
    ("Hurricane Odile struck the coast overnight, officials said.", "Hurricane Odile"),
])
def test_labels_titles_as_names_and_event_names(nlp, text, label):
    hit = find(labels_of(nlp, text), label)
    assert hit.entity == label


@pytest.mark.parametrize("text, absent", [
    # a title before a name, a title in apposition to a name, and plural titles are not bare titles
    ("The prime minister, Jonas Berg, visited the camp.", "prime minister"),
    ("The ministers met on Monday.", "ministers"),
])
def test_labels_title_with_a_name_is_no_bare_title(nlp, text, absent):
    assert not any(lb.label == absent and lb.entity == absent for lb in labels_of(nlp, text))


@pytest.mark.parametrize("text, label", [
    # each outlet's word for the disaster it reports
    ("The crush began when the gates opened at dawn.", "crush"),
    ("Officials called it a crowd crush, not a stampede.", "crowd crush"),
    ("The tragedy left forty people dead.", "tragedy"),
    ("Police described the Lorna Basilica Crowd Incident in a memo.", "Lorna Basilica Crowd Incident"),
    # the event without its day or what it happened to
    ("Wednesday's sinking of a fishing boat packed with migrants shocked the island.", "sinking"),
])
def test_labels_incident_words(nlp, text, label):
    find(labels_of(nlp, text), label)


@pytest.mark.parametrize("text, label", [
    ("The boat carried hundreds of illegal migrants when it sank.", "illegal migrants"),
    ("Police said human traffickers had packed the boat.", "human traffickers"),
])
def test_labels_words_for_people_on_the_move(nlp, text, label):
    find(labels_of(nlp, text), label)


@pytest.mark.parametrize("text, label, loaded", [
    # how a report names people crossing a border, and the gangs that move them
    ("About 60 asylum seekers slept in the station hall.", "asylum seekers", False),
    ("Charities count thousands of people on the move along the coast road.", "people on the move", False),
    ("The talk-show host warned of illegal aliens at the docks.", "illegal aliens", True),
    ("The minister blamed foreign-funded troublemakers for the unrest.", "foreign-funded troublemakers", True),
])
def test_labels_border_and_racket_words(nlp, text, label, loaded):
    hit = find(labels_of(nlp, text), label)
    assert ("loaded_term" in hit.markers) == loaded


@pytest.mark.parametrize("text, label, entity", [
    # a loaded description in apposition after a comma names the body before it
    ("The Rivermouth Port Trust, a foreign-funded outfit run from a city hotel, denied the charge.",
     "foreign-funded outfit run from a city hotel", "Rivermouth Port Trust"),
])
def test_labels_loaded_phrase_in_apposition(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label, entity", [
    # words for attackers that no entity mention carries: each is a label of itself
    ("Residents said the hoodlums arrived on motorcycles before dawn.", "hoodlums", "hoodlums"),
    ("The pupils were taken by armed men from their dormitory.", "armed men", "armed men"),
    ("The kidnappers have demanded a ransom for the workers.", "kidnappers", "kidnappers"),
    ("Two girls escaped from their abductors on Sunday.", "abductors", "abductors"),
    # one side's own word for its army, the writer's "our" kept in the label, not in the entity
    ("Glory to our defenders, who held the bridge all night.", "our defenders", "defenders"),
    ("Among the freed prisoners were six defenders of Marlow.", "defenders of Marlow", "defenders of Marlow"),
    # the other side's word for that army, with the modifiers written before it
    ("Artillery destroyed a depot of Norland armed formations near the river.", "Norland armed formations",
     "Norland armed formations"),
    ("The ministry said 20 nationalists were eliminated.", "nationalists", "nationalists"),
    # an illicit trade's people named by the trade before them
    ("Police broke up a smuggling network in the port.", "smuggling network", "smuggling network"),
    ("Officials blamed criminal networks for the crossings.", "criminal networks", "criminal networks"),
])
def test_labels_actor_nouns_are_labels(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


def epithet_labels(nlp, text):
    """Labels with bare epithets ("the enemy") found too, resolved as extract_labels resolves them."""
    doc = nlp(text)
    mentions, _ = extract_mentions(doc, CTX)
    found = convert_to_found(doc, mentions)
    labels = find_group_labels(doc, found)
    labels += find_actor_labels(doc, found, labels, epithets=True)
    resolve_epithets(labels, doc)
    return labels


@pytest.mark.parametrize("text, label, entity", [
    # "the enemy" stands for the group the report names nearby, never the writer's own side
    ("Thanks to our defenders, the invaders paid dearly near the village. The enemy will not pass.", "enemy",
     "invaders"),
    # a government's "criminals" are the attackers, not its own police
    ("Gunmen stormed the school on Friday. Police officers reached the area at noon. "
     "“We will never negotiate with criminals,” the governor said.", "criminals", "Gunmen"),
    # every use of one epithet in a report takes the same entity
    ("The rebels shelled the port. Later the enemy fired drones at the market, and the enemy lost two tanks.",
     "enemy", "rebels"),
    # the alone epithet stays its own entity
    ("The enemy fired drones at the market overnight.", "enemy", "enemy"),
])
def test_labels_epithets_take_the_nearest_group(nlp, text, label, entity):
    hits = [lb for lb in epithet_labels(nlp, text) if lb.label == label]
    assert hits, f"no label {label!r}"
    assert {lb.entity for lb in hits} == {entity}


@pytest.mark.parametrize("text, label, entity", [
    # a group mention that is an epithet ("foreign mercenaries") takes the army named with it
    ("Missiles struck a depot of the rebel fighters and foreign mercenaries near the port.", "foreign mercenaries",
     "rebel fighters"),
])
def test_labels_epithet_mentions_are_resolved(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label, entity", [
    # a bare epithet in a report is a label of the group named nearby
    ("Rebel fighters attacked the depot at dawn. The army said the enemy lost six trucks.", "enemy", "Rebel fighters"),
    # a one-word label repeating the key word of a group defined by initials is that group
    ("Armed separatist groups (ASG) attacked two villages. Troops killed nine separatists.", "separatists", "ASG"),
])
def test_labels_epithets_and_short_forms_in_reports(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label", [
    # without initials the phrase defines nothing: the bare word stays its own entity
    ("Armed separatist groups attacked two villages. Troops killed nine separatists.", "separatists"),
    # two defined phrases with the word: ambiguous
    ("Separatist militias (SM) and separatist gangs (SG) clashed. Nine separatists died.", "separatists"),
])
def test_labels_short_form_needs_one_defined_group(nlp, text, label):
    assert find(labels_of(nlp, text), label).entity == label


@pytest.mark.parametrize("text, label", [
    # "so-called" in front of a quoted word
    ("The company called the blast a so-called “accident” in its statement.", "accident"),
])
def test_labels_so_called_before_quoted_word(nlp, text, label):
    hits = [lb for lb in labels_of(nlp, text) if label in lb.label]
    assert hits and "so_called" in hits[0].markers, [(lb.label, lb.markers) for lb in labels_of(nlp, text)]


@pytest.mark.parametrize("label, noise", [
    ("father of", True),                 # a span cut before what it needs
    ("treatment at", True),
    ("Thursday Labour Minister", True),  # a day run into a title
    ("Hon.", True),                      # an abbreviation alone
    ("Photo", True),                     # page furniture
    ("our free daily newsletter", True),
    ("the enemy", False),
    ("interim government", False),
    ("so-called Islamic State", False),
    ("Labour Minister", False),
    ("terrorists", False),
])
def test_labels_noise_spans_are_no_labels(label, noise):
    assert is_noise_label(label) is noise


@pytest.mark.parametrize("text, label, entity", [
    # words for a company by its trade, before the name or in apposition after it
    ("Twelve people died when cut-price carrier Tarvo Air's plane came down.", "cut-price carrier", "Tarvo Air"),
    ("Tarvo Air, a charter operator set up in 1987, said the pilot was experienced.", "charter operator",
     "Tarvo Air"),
    ("Attention turned to Lumen Power (LP), the state-licensed utility that supplies the valley.",
     "state-licensed utility", "Lumen Power"),
])
def test_labels_company_descriptions(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


@pytest.mark.parametrize("text, label, entity", [
    # a government named by whose or which it is
    ("\"Nobody will be left behind. This government will rebuild every home,\" the minister said.",
     "This government", "government"),
    ("Opponents blame his government for the slow relief effort.", "his government", "government"),
    ("Residents said their useless administration had forgotten them.", "their useless administration",
     "administration"),
])
def test_labels_owned_government(nlp, text, label, entity):
    assert find(labels_of(nlp, text), label).entity == entity


def test_labels_owned_government_needs_an_owning_word(nlp):
    labels = labels_of(nlp, "Several governments sent aid, and the cabinet met on Friday.")
    assert not any(lb.label.lower().startswith(("several", "governments")) for lb in labels)


def test_labels_so_called_phrase_before_a_quoted_name(nlp):
    text = "The so-called free labour federation \"Deep Seam Solidarity\" claims the alarms were switched off."
    labels = labels_of(nlp, text)
    hit = [lb for lb in labels if lb.label.startswith("so-called free labour federation")]
    assert hit and hit[0].entity == "Deep Seam Solidarity"
    # "so-called" is no naming verb: the quoted name is no label of the description
    assert not any(lb.label == "Deep Seam Solidarity" for lb in labels)


def test_labels_so_called_scare_quoted_word_entity_has_no_marks(nlp):
    hit = find(labels_of(nlp, "Work on the so-called \"modern\" bridge continued."), "so-called \"modern\" bridge")
    assert hit.entity == "modern bridge"


@pytest.mark.parametrize("text", [
    "HIGHLIGHTS\n• The Government reports 60 deaths and 200 injuries.",
    "\"The Government will not abandon a single village,\" the premier said.",
])
def test_labels_capitalised_government_word(nlp, text):
    assert find(labels_of(nlp, text), "Government").entity == "Government"


def test_labels_company_boss_before_a_name(nlp):
    assert find(labels_of(nlp, "Union boss Ana Ruiz said the talks had failed."), "Union boss").entity == "Ana Ruiz"


def test_labels_government_inside_a_title_is_no_label(nlp):
    labels = labels_of(nlp, "The Minister of Government Tomas Vela visited the jail on Monday.")
    assert not any(lb.label == "Government" for lb in labels)


def test_labels_appositive_stops_before_a_participle_clause(nlp):
    text = "Katrin Vos, a former training captain now consulting on safety, said the approach was hard."
    assert find(labels_of(nlp, text), "former training captain").entity == "Katrin Vos"


@pytest.mark.parametrize("text, label, entity", [
    # so-called + a quoted phrase with "of": the label runs to the closing mark, of the name in apposition
    ('Police arrested the owner, Marco Dellavalle, the so-called "baron of the Porto Vecchio docks", on Monday.',
     'so-called "baron of the Porto Vecchio docks"', "Marco Dellavalle"),
    # a quoted phrase cut after its first words runs on to its closing mark
    ('The columnist again attacked the foreign-funded "rights watchdogs" of the capital.',
     'foreign-funded "rights watchdogs"', "foreign-funded rights watchdogs"),
])
def test_labels_quoted_phrase_is_not_cut_at_its_first_word(nlp, text, label, entity):
    lb = find(labels_of(nlp, text), label)
    assert lb.entity == entity
