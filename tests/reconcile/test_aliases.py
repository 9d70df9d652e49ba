"""Merging entities across documents (crosscheck.reconcile.aliases), on hand-made records."""
from __future__ import annotations

import pytest

from crosscheck.records import AliasLink, Mention
from crosscheck.reconcile.aliases import (
    build_alias_index, canonicalize, format_entities, load_user_aliases, merge_entities,
)


def mention(doc: str, text: str, kind: str = "ORG", n: int = 0) -> Mention:
    return Mention(id=f"{doc}-{text}-{n}", document_id=doc, document=f"{doc}.txt", text=text, kind=kind,
                   char_start=n, char_end=n + len(text))


def link(doc: str, alias: str, target: str, evidence: str, kind: str = "ORG") -> AliasLink:
    return AliasLink(id=f"{doc}-{alias}", document_id=doc, document=f"{doc}.txt", alias=alias, target=target,
                     evidence=evidence, sentence=f"... {alias} ... {target} ...", kind=kind)


def entity_with(entities, alias):
    found = [e for e in entities if alias in e.aliases]
    assert len(found) == 1, f"{alias!r} in {len(found)} entities"
    return found[0]


def together(entities, a, b) -> bool:
    return entity_with(entities, a) is entity_with(entities, b)


@pytest.mark.parametrize("mentions, links, a, b, why", [
    # exact normalised names: apostrophes, "the", case, al-/Al-
    ([mention("d1", "Ma’arat Council"), mention("d2", "Ma'arat Council")], [], "Ma’arat Council", "Ma'arat Council", None),
    ([mention("d1", "Omar al-Khatib", "PERSON"), mention("d2", "Omar Al-Khatib", "PERSON")], [],
     "Omar al-Khatib", "Omar Al-Khatib", None),
    # acronym defined in one document, used alone in another
    ([mention("d1", "Norwegian Refugee Council"), mention("d1", "NRC"), mention("d2", "NRC")],
     [link("d1", "NRC", "Norwegian Refugee Council", "acronym")], "NRC", "Norwegian Refugee Council", "acronym"),
    # surname alone in another document, one full name in the corpus
    ([mention("d1", "Maria Lopez", "PERSON"), mention("d2", "Lopez", "PERSON")], [], "Lopez", "Maria Lopez", "surname"),
    # Al- variant of the surname
    ([mention("d1", "Omar al-Khatib", "PERSON"), mention("d2", "Al-Khatib", "PERSON")], [],
     "Al-Khatib", "Omar al-Khatib", "surname"),
    # title and appositive links
    ([mention("d1", "Jonas Berg", "PERSON")], [link("d1", "Prime Minister", "Jonas Berg", "title", "PERSON")],
     "Prime Minister", "Jonas Berg", "title"),
    ([mention("d1", "Lena Fischer", "PERSON")],
     [link("d1", "the regional police spokesperson", "Lena Fischer", "appositive", "PERSON")],
     "the regional police spokesperson", "Lena Fischer", "appositive"),
    # descriptor resolved in its document
    ([mention("d1", "Global Flood Observatory")], [link("d1", "Geneva-based monitor", "Global Flood Observatory", "descriptor")],
     "Geneva-based monitor", "Global Flood Observatory", "descriptor"),
    # initials of exactly one multi-word name
    ([mention("d1", "United Nations"), mention("d2", "UN")], [], "UN", "United Nations", "initials"),
    # group phrase with and without its place word
    ([mention("d1", "Ruritanian", "NORP"), mention("d1", "Ruritanian security forces"), mention("d2", "security forces")], [],
     "Ruritanian security forces", "security forces", "group_variant"),
    ([mention("d1", "Ruritanian", "NORP"), mention("d1", "Ruritanian government security forces"), mention("d2", "security forces")], [],
     "Ruritanian government security forces", "security forces", "group_variant"),
    ([mention("d1", "security personnel"), mention("d2", "security forces")], [], "security personnel", "security forces", "group_variant"),
    # a named body and its description without the place word
    ([mention("d1", "Ostland", "GPE"), mention("d1", "Ostland Regional Government"), mention("d2", "regional government")], [],
     "Ostland Regional Government", "regional government", "group_variant"),
    # the same allegiance
    ([mention("d1", "Vance", "PERSON"), mention("d1", "pro-Vance fighters", "NORP"), mention("d2", "Vance loyalists", "NORP")], [],
     "pro-Vance fighters", "Vance loyalists", "allegiance"),
    # an organisation's short name, and a description matching a named body without its place
    ([mention("d1", "Los Angeles Angels"), mention("d2", "Angels")], [], "Angels", "Los Angeles Angels", "short_name"),
    ([mention("d1", "Oregon", "GPE"), mention("d1", "Oregon State Police"), mention("d2", "state police")], [],
     "Oregon State Police", "state police", "group_variant"),
    # a people in singular and plural, and as a community
    ([mention("d1", "Yazidis", "NORP"), mention("d2", "Yazidi", "NORP"), mention("d2", "Yazidi minority", "NORP")], [],
     "Yazidi minority", "Yazidis", "community"),
    # a legal form dropped, with or without its full stop
    ([mention("d1", "Harlow Motors Inc."), mention("d2", "Harlow Motors")], [], "Harlow Motors Inc.", "Harlow Motors",
     "company_suffix"),
    ([mention("d1", "Harlow Motors Co."), mention("d2", "Harlow Motors Company")], [], "Harlow Motors Co.",
     "Harlow Motors Company", "company_suffix"),
    # initials of a company whose legal form is written out
    ([mention("d1", "Northfield Power Systems Ltd"), mention("d2", "NPS")], [], "NPS", "Northfield Power Systems Ltd",
     "initials"),
    # a person's name with fewer given names, or without "Jr."
    ([mention("d1", "Dana Kay Whitfield", "PERSON"), mention("d2", "Dana Whitfield", "PERSON")], [],
     "Dana Whitfield", "Dana Kay Whitfield", "name_variant"),
    ([mention("d1", "Arlo Benton Jr.", "PERSON"), mention("d2", "Arlo Benton", "PERSON")], [],
     "Arlo Benton", "Arlo Benton Jr.", "name_variant"),
    ([mention("d1", "R. Mark Hollis", "PERSON"), mention("d2", "Mark Hollis", "PERSON")], [],
     "Mark Hollis", "R. Mark Hollis", "name_variant"),
    # the surname of a name ending in "Jr."
    ([mention("d1", "Arlo Benton Jr.", "PERSON"), mention("d2", "Benton", "PERSON")], [], "Benton", "Arlo Benton Jr.",
     "surname"),
    # an organisation noun with "of" after it or as its last word
    ([mention("d1", "Ministry of Health"), mention("d2", "Health Ministry")], [], "Health Ministry", "Ministry of Health",
     "word_order"),
    ([mention("d1", "Ministry of the Interior"), mention("d2", "Interior Ministry")], [], "Interior Ministry",
     "Ministry of the Interior", "word_order"),
    # who runs a body is dropped like a place word
    ([mention("d1", "Hamas"), mention("d1", "Hamas-run health ministry"), mention("d2", "Gaza", "GPE"),
      mention("d2", "Gaza's health ministry"), mention("d3", "health ministry")], [],
     "Hamas-run health ministry", "Gaza's health ministry", "group_variant"),
])
def test_aliases_merge_patterns(mentions, links, a, b, why):
    entities = merge_entities(mentions, links, [])
    assert together(entities, a, b)
    if why:
        assert why in {ev["why"] for ev in entity_with(entities, a).evidence}
        assert all({"alias", "why", "document", "sentence"} <= set(ev) for ev in entity_with(entities, a).evidence)


@pytest.mark.parametrize("mentions, links, a, b", [
    # different kinds of forces are not one group
    ([mention("d1", "security forces"), mention("d2", "government forces"), mention("d2", "Berg", "PERSON"),
      mention("d3", "Anna Berg", "PERSON"), mention("d3", "Jonas Berg", "PERSON")], [], "security forces", "government forces"),
    # a short name that ends two organisations' names
    ([mention("d1", "Marfin Bank"), mention("d2", "Central Bank"), mention("d3", "Bank")], [], "Bank", "Marfin Bank"),
    # two people share the surname: not merged
    ([mention("d1", "Anna Berg", "PERSON"), mention("d2", "Jonas Berg", "PERSON"), mention("d3", "Berg", "PERSON")], [],
     "Berg", "Anna Berg"),
    # one group word with two places: neither merged with the bare phrase
    ([mention("d1", "Ruritanian", "NORP"), mention("d2", "Ostlandic", "NORP"), mention("d1", "Ruritanian security forces"),
      mention("d2", "Ostlandic security forces"), mention("d3", "security forces")], [],
     "security forces", "Ruritanian security forces"),
    # the same title given to two different people in two documents
    ([mention("d1", "Jonas Berg", "PERSON"), mention("d2", "Karl Weiss", "PERSON")],
     [link("d1", "the interior minister", "Jonas Berg", "title", "PERSON"),
      link("d2", "the interior minister", "Karl Weiss", "title", "PERSON")], "Jonas Berg", "Karl Weiss"),
    # a shorter name that fits two longer ones
    ([mention("d1", "George Walker Hale", "PERSON"), mention("d2", "George Herbert Hale", "PERSON"),
      mention("d3", "George Hale", "PERSON")], [], "George Hale", "George Walker Hale"),
    # forces backed by two different powers
    ([mention("d1", "Kremlin-backed forces"), mention("d2", "Western-backed forces"), mention("d3", "forces")], [],
     "Kremlin-backed forces", "Western-backed forces"),
])
def test_aliases_weak_links_are_suggestions_not_merges(mentions, links, a, b):
    entities = merge_entities(mentions, links, [])
    assert not together(entities, a, b)
    assert any(e.suggestions for e in entities)


def test_aliases_title_never_glues_through_a_mention_elsewhere():
    entities = merge_entities(
        [mention("d1", "Jonas Berg", "PERSON"), mention("d2", "Karl Weiss", "PERSON"), mention("d3", "President", "PERSON")],
        [link("d1", "President", "Jonas Berg", "title", "PERSON"), link("d2", "President", "Karl Weiss", "title", "PERSON")], [])
    assert not together(entities, "Jonas Berg", "Karl Weiss")


def test_aliases_shared_title_suggests_the_other_entity():
    entities = merge_entities(
        [mention("d1", "Jonas Berg", "PERSON"), mention("d2", "Karl Weiss", "PERSON")],
        [link("d1", "the interior minister", "Jonas Berg", "title", "PERSON"),
         link("d2", "the interior minister", "Karl Weiss", "title", "PERSON")], [])
    berg = entity_with(entities, "Jonas Berg")
    assert [s["entity"] for s in berg.suggestions] == ["Karl Weiss"]


@pytest.fixture
def alias_file(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text(
        "merge:\n  - [Abu Karim, Karim Haddad]\n"
        "never:\n  - [Lopez, Maria Lopez]\n"
        "canonical:\n  NRC: Norwegian Refugee Council (NRC)\n",
        encoding="utf-8",
    )
    return path


def test_aliases_user_file_forces_forbids_and_names(alias_file):
    mentions = [
        mention("d1", "Abu Karim", "PERSON"), mention("d2", "Karim Haddad", "PERSON"),
        mention("d1", "Maria Lopez", "PERSON"), mention("d2", "Lopez", "PERSON"),
        mention("d1", "Norwegian Refugee Council"), mention("d1", "NRC"),
    ]
    links = [link("d1", "NRC", "Norwegian Refugee Council", "acronym")]
    plain = merge_entities(mentions, links, [])
    assert not together(plain, "Abu Karim", "Karim Haddad")
    assert together(plain, "Lopez", "Maria Lopez")
    user = merge_entities(mentions, links, [], user_aliases=alias_file)
    assert together(user, "Abu Karim", "Karim Haddad")
    assert "user_alias_file" in {ev["why"] for ev in entity_with(user, "Abu Karim").evidence}
    assert not together(user, "Lopez", "Maria Lopez")
    assert entity_with(user, "NRC").name == "Norwegian Refugee Council (NRC)"


def test_aliases_load_user_aliases_reads_groups(alias_file):
    user = load_user_aliases(alias_file)
    assert user.merge == [("Abu Karim", "Karim Haddad")]
    assert user.never == [("Lopez", "Maria Lopez")]
    assert user.canonical == {"NRC": "Norwegian Refugee Council (NRC)"}


def test_aliases_canonical_is_most_frequent_full_form():
    mentions = [mention("d1", "Maria Lopez", "PERSON", i) for i in range(2)]
    mentions += [mention("d2", "Lopez", "PERSON", i) for i in range(5)]
    mentions += [mention("d3", "the Maria Lopez", "PERSON")]
    entities = merge_entities(mentions, [], [])
    assert len(entities) == 1
    assert entities[0].name == "Maria Lopez"
    assert entities[0].mentions == 8
    assert entities[0].documents == ["d1.txt", "d2.txt", "d3.txt"]


@pytest.mark.parametrize("name, expected", [
    ("Lopez", "Maria Lopez"),
    ("the Maria Lopez", "Maria Lopez"),
    ("Health Minister Maria Lopez", "Maria Lopez"),
    ("NRC", "Norwegian Refugee Council"),
    ("Unknown Person", "Unknown Person"),
])
def test_aliases_canonicalize_through_index(name, expected):
    mentions = [mention("d1", "Maria Lopez", "PERSON"), mention("d2", "Lopez", "PERSON"),
                mention("d1", "Norwegian Refugee Council"), mention("d2", "NRC")]
    links = [link("d1", "NRC", "Norwegian Refugee Council", "acronym")]
    index = build_alias_index(merge_entities(mentions, links, []))
    assert canonicalize(name, index) == expected


def test_aliases_index_leaves_out_forms_of_two_entities():
    mentions = [mention("d1", "Anna Berg", "PERSON"), mention("d2", "Jonas Berg", "PERSON")]
    links = [link("d1", "the minister", "Anna Berg", "title", "PERSON"), link("d2", "the minister", "Jonas Berg", "title", "PERSON")]
    index = build_alias_index(merge_entities(mentions, links, []))
    assert "minister" not in index
    assert index["anna berg"] == "Anna Berg"


def test_aliases_format_entities_rows():
    mentions = [mention("d1", "Norwegian Refugee Council"), mention("d2", "NRC")]
    rows = format_entities(merge_entities(mentions, [link("d1", "NRC", "Norwegian Refugee Council", "acronym")], []))
    assert rows == [{"name": "Norwegian Refugee Council", "kind": "ORG", "mentions": 2, "documents": 2,
                     "aliases": "NRC", "evidence": "acronym ×1", "suggestions": ""}]


def test_aliases_former_body_is_not_the_current_one():
    entities = merge_entities([mention("d1", "previous administration"), mention("d2", "new administration"),
                               mention("d3", "administration")], [], [])
    assert not together(entities, "previous administration", "administration")
    assert together(entities, "new administration", "administration")


def two_petersons():
    """One report's "Peterson" is Scott Peterson, another's is Laci Peterson."""
    mentions = [mention("d1", "Scott Peterson", "PERSON"), mention("d1", "Peterson", "PERSON", 40),
                mention("d2", "Laci Peterson", "PERSON"), mention("d2", "Peterson", "PERSON", 40)]
    links = [link("d1", "Peterson", "Scott Peterson", "name_variant", "PERSON"),
             link("d2", "Peterson", "Laci Peterson", "name_variant", "PERSON")]
    return mentions, links


def test_aliases_surname_alone_means_its_own_documents_person():
    entities = merge_entities(*two_petersons(), [])
    scott = next(e for e in entities if e.name == "Scott Peterson")
    laci = next(e for e in entities if e.name == "Laci Peterson")
    assert scott is not laci
    assert "Peterson" in scott.aliases and "Peterson" in laci.aliases
    assert scott.documents == ["d1.txt"] and laci.documents == ["d2.txt"]
    assert any(s["entity"] == "Laci Peterson" for s in scott.suggestions)


def test_aliases_index_per_document_resolves_a_shared_surname():
    entities = merge_entities(*two_petersons(), [])
    assert "peterson" not in build_alias_index(entities)
    assert build_alias_index(entities, "d1.txt")["peterson"] == "Scott Peterson"
    assert build_alias_index(entities, "d2.txt")["peterson"] == "Laci Peterson"


@pytest.mark.parametrize("third_doc_links, expected", [
    # every report that ties "Reyes" to a full name ties it to Tomas Reyes: a third report's "Reyes" is his
    ([], "Tomas Reyes"),
    # reports disagree: the third report's "Reyes" is left alone
    ([link("d4", "Reyes", "Ana Reyes", "name_variant", "PERSON")], None),
])
def test_aliases_shared_surname_follows_how_reports_use_it(third_doc_links, expected):
    mentions = [mention("d1", "Tomas Reyes", "PERSON"), mention("d1", "Reyes", "PERSON", 40),
                mention("d2", "Ana Reyes", "PERSON"), mention("d3", "Reyes", "PERSON")]
    links = [link("d1", "Reyes", "Tomas Reyes", "name_variant", "PERSON")]
    if third_doc_links:
        mentions += [mention("d4", "Ana Reyes", "PERSON"), mention("d4", "Reyes", "PERSON", 40)]
    entities = merge_entities(mentions, links + third_doc_links, [])
    owner = [e.name for e in entities if "d3.txt" in e.documents]
    if expected:
        assert owner == [expected]
    else:
        assert owner == ["Reyes"]


def test_aliases_one_title_for_two_people_in_one_document_joins_neither():
    entities = merge_entities(
        [mention("d1", "Jonas Berg", "PERSON"), mention("d1", "Karl Weiss", "PERSON", 40), mention("d1", "President", "PERSON", 80)],
        [link("d1", "President", "Jonas Berg", "title", "PERSON"), link("d1", "President", "Karl Weiss", "title", "PERSON")], [])
    berg = next(e for e in entities if e.name == "Jonas Berg")
    assert "Karl Weiss" not in berg.aliases


def test_aliases_user_file_never_applies_to_a_surname_of_one_document(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("never:\n  - [Scott Peterson, Peterson]\n", encoding="utf-8")
    entities = merge_entities(*two_petersons(), [], user_aliases=path)
    scott = next(e for e in entities if e.name == "Scott Peterson")
    assert "Peterson" not in scott.aliases


def test_aliases_canonical_is_never_the_all_capitals_form():
    entities = merge_entities([mention("d1", "MESKAN", "GPE"), mention("d1", "MESKAN", "GPE", 20),
                               mention("d2", "Meskan", "GPE")], [], [])
    assert entity_with(entities, "MESKAN").name == "Meskan"


def test_aliases_acronym_in_capitals_stays_canonical_when_alone():
    entities = merge_entities([mention("d1", "UNHCR"), mention("d2", "UNHCR")], [], [])
    assert entity_with(entities, "UNHCR").name == "UNHCR"


@pytest.mark.parametrize("mentions, a, b", [
    # a country next to a people noun is not a people ("Sudan People" from a cut name)
    ([mention("d1", "Sudan", "GPE"), mention("d2", "Sudan People", "GPE")], "Sudan", "Sudan People"),
    # a headline in capitals is no full name to attach a surname to
    ([mention("d1", "DRUNK DRIVER", "PERSON"), mention("d2", "Driver", "PERSON")], "Driver", "DRUNK DRIVER"),
    # a place is not a surname
    ([mention("d1", "George Washington", "PERSON"), mention("d2", "Washington", "GPE")], "Washington", "George Washington"),
])
def test_aliases_kept_apart(mentions, a, b):
    assert not together(merge_entities(mentions, [], []), a, b)


def test_aliases_one_word_after_a_title_is_a_place_elsewhere():
    """"Baroness Scotland" is a person; "Scotland" in another report is the country."""
    entities = merge_entities(
        [mention("d1", "Scotland", "PERSON"), mention("d2", "Scotland", "GPE"), mention("d3", "Scotland", "GPE")],
        [link("d1", "Baroness", "Scotland", "title", "PERSON")], [])
    kinds = sorted(e.kind for e in entities if "Scotland" in e.aliases)
    assert kinds == ["GPE", "PERSON"]


def test_aliases_one_word_after_a_title_joins_the_same_person_elsewhere():
    entities = merge_entities(
        [mention("d1", "Obama", "PERSON"), mention("d2", "Obama", "PERSON"), mention("d3", "Barack Obama", "PERSON")],
        [link("d1", "President", "Obama", "title", "PERSON")], [])
    assert together(entities, "President", "Barack Obama")


def test_aliases_bare_rank_for_different_people_is_no_suggestion():
    entities = merge_entities(
        [mention("d1", "Lord Ashby", "PERSON"), mention("d2", "Lord Penrose", "PERSON")],
        [link("d1", "Lord", "Lord Ashby", "title", "PERSON"), link("d2", "Lord", "Lord Penrose", "title", "PERSON")], [])
    assert not any(e.suggestions for e in entities)


@pytest.mark.parametrize("mentions, links, a, b, why", [
    # spelling variants of the same organisation
    ([mention("d1", "Centre for Press Freedom"), mention("d2", "Center for Press Freedom")], [],
     "Centre for Press Freedom", "Center for Press Freedom", "org_variant"),
    # a people word for the country, a legal word dropped, and the short name that ends one of them
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostland Red Cross Society"), mention("d2", "Ostlandic Red Cross"),
      mention("d3", "Ostlander Red Cross"), mention("d3", "Red Cross")], [],
     "Ostland Red Cross Society", "Red Cross", None),
    ([mention("d0", "Velmaria", "GPE"), mention("d1", "Velmarian Red Cross"), mention("d2", "Velmaria Red Cross Society")], [],
     "Velmarian Red Cross", "Velmaria Red Cross Society", "org_variant"),
    # "internal affairs" is the interior; "of" and word order; a people word in front
    ([mention("d0", "Ruritania", "GPE"), mention("d1", "Ministry of Internal Affairs"), mention("d2", "Interior Ministry"),
      mention("d3", "Ruritanian Ministry of Interior")], [],
     "Ministry of Internal Affairs", "Ruritanian Ministry of Interior", None),
    ([mention("d0", "Ruritania", "GPE"), mention("d1", "Ministry of Internal Affairs"), mention("d2", "Interior Ministry")], [],
     "Ministry of Internal Affairs", "Interior Ministry", "org_variant"),
    # the state's formal name closing the body's name ("of the Republic of ..."), and the country in front
    ([mention("d0", "Tessaly", "GPE"), mention("d1", "Ministry of Water Resources of the Kingdom of Tessaly"),
      mention("d2", "Tessaly Ministry of Water Resources")], [],
     "Ministry of Water Resources of the Kingdom of Tessaly", "Tessaly Ministry of Water Resources", "org_variant"),
    ([mention("d1", "Ministry of Public Works of the Republic of Norvelia"), mention("d2", "Ministry of Public Works")], [],
     "Ministry of Public Works of the Republic of Norvelia", "Ministry of Public Works", "org_variant"),
    # a parent body's name in front of an office's name
    ([mention("d1", "UN"), mention("d1", "U.N. Office for Refugee Affairs"), mention("d2", "Office for Refugee Affairs")], [],
     "U.N. Office for Refugee Affairs", "Office for Refugee Affairs", "org_variant"),
    # a place with and without its administrative or water noun
    ([mention("d1", "Dalvik", "GPE"), mention("d2", "Dalvik district", "GPE")], [], "Dalvik", "Dalvik district", "place_noun"),
    ([mention("d1", "Velna", "LOC"), mention("d2", "Velna River", "LOC")], [], "Velna", "Velna River", "place_noun"),
    ([mention("d1", "Dravenia", "GPE"), mention("d2", "Republic of Dravenia", "GPE")], [], "Dravenia", "Republic of Dravenia",
     "place_noun"),
    ([mention("d1", "Cyclone Vela", "EVENT"), mention("d2", "Vela", "PERSON")], [], "Cyclone Vela", "Vela", "place_noun"),
    # a one-word name after a title, never used alone elsewhere, is the corpus's one person of that surname
    ([mention("d1", "Dragan Ilic", "PERSON"), mention("d2", "Ilic", "ORG")],
     [link("d2", "usurper", "Ilic", "title", "PERSON")], "usurper", "Dragan Ilic", "surname"),
    # an honorific with a surname in one report, the full name in another
    ([mention("d1", "Adaeze Okonjo", "PERSON"), mention("d2", "Okonjo", "PERSON")],
     [link("d2", "Ms Okonjo", "Okonjo", "honorific", "PERSON")], "Ms Okonjo", "Adaeze Okonjo", None),
])
def test_aliases_org_and_place_variants_merge(mentions, links, a, b, why):
    entities = merge_entities(mentions, links, [])
    assert together(entities, a, b)
    if why:
        assert why in {ev["why"] for ev in entity_with(entities, a).evidence}


@pytest.mark.parametrize("mentions, a, b", [
    # a river named like a country, a city named like its country
    ([mention("d1", "Jordan", "GPE"), mention("d2", "Jordan River", "LOC")], "Jordan", "Jordan River"),
    ([mention("d1", "Kuwait", "GPE"), mention("d2", "Kuwait City", "GPE")], "Kuwait", "Kuwait City"),
    # two countries' societies are two bodies
    ([mention("d0", "Ostland", "GPE"), mention("d0", "Ruritania", "GPE"), mention("d1", "Ostland Red Cross Society"),
      mention("d2", "Ruritanian Red Cross")], "Ostland Red Cross Society", "Ruritanian Red Cross"),
    ([mention("d0", "Ostland", "GPE"), mention("d0", "Ruritania", "GPE"), mention("d1", "Ostlandic Ministry of Interior"),
      mention("d2", "Ruritanian Interior Ministry")], "Ostlandic Ministry of Interior", "Ruritanian Interior Ministry"),
    # different offices of one parent body
    ([mention("d1", "UN"), mention("d1", "UN Office for Refugee Affairs"), mention("d2", "UN Office for Children")],
     "UN Office for Refugee Affairs", "UN Office for Children"),
])
def test_aliases_org_and_place_variants_kept_apart(mentions, a, b):
    assert not together(merge_entities(mentions, [], []), a, b)


@pytest.mark.parametrize("mentions, a, b", [
    # a country's military by its people word, a possessive, "of" the country, or alone
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostlandic armed forces"), mention("d2", "the army of Ostland")],
     "Ostlandic armed forces", "the army of Ostland"),
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostland’s military"), mention("d2", "the army")],
     "Ostland’s military", "the army"),
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostlandic Armed Forces"), mention("d2", "government forces"),
      mention("d3", "the Ostlandic government army")], "government forces", "the Ostlandic government army"),
    ([mention("d1", "the military"), mention("d2", "the armed forces")], "the military", "the armed forces"),
])
def test_aliases_national_forces_merge(mentions, a, b):
    entities = merge_entities(mentions, [], [])
    assert together(entities, a, b)
    assert "national_forces" in {ev["why"] for ev in entity_with(entities, a).evidence}


@pytest.mark.parametrize("mentions, a, b", [
    # two countries' armies stay apart, and "the army" alone joins neither
    ([mention("d0", "Ostland", "GPE"), mention("d0", "Ruritania", "GPE"), mention("d1", "Ostlandic army"),
      mention("d2", "Ruritania's military")], "Ostlandic army", "Ruritania's military"),
    ([mention("d0", "Ostland", "GPE"), mention("d0", "Ruritania", "GPE"), mention("d1", "Ostlandic army"),
      mention("d2", "Ruritania's military"), mention("d3", "the army")], "Ostlandic army", "the army"),
    # a named part or a described army is not the country's military
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostlandic army"), mention("d2", "occupation army")],
     "Ostlandic army", "occupation army"),
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostlandic army"), mention("d2", "Ostlandic army units")],
     "Ostlandic army", "Ostlandic army units"),
])
def test_aliases_national_forces_kept_apart(mentions, a, b):
    assert not together(merge_entities(mentions, [], []), a, b)


@pytest.mark.parametrize("mentions, a, b", [
    # the one police force of the corpus by its people word, its full name, "of" the country, or alone
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostland National Police Service"), mention("d2", "the police")],
     "Ostland National Police Service", "the police"),
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostlandic police"), mention("d2", "the National Police")],
     "Ostlandic police", "the National Police"),
])
def test_aliases_national_police_merge(mentions, a, b):
    entities = merge_entities(mentions, [], [])
    assert together(entities, a, b)
    assert "police_force" in {ev["why"] for ev in entity_with(entities, a).evidence}


@pytest.mark.parametrize("mentions, a, b", [
    # the one coastguard of the corpus, by its name, its people word, or alone, in either spelling
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostland Coast Guard"), mention("d2", "the coastguard")],
     "Ostland Coast Guard", "the coastguard"),
    ([mention("d0", "Ostland", "GPE"), mention("d1", "the Ostlandic coastguard"), mention("d2", "the coast guard")],
     "the Ostlandic coastguard", "the coast guard"),
])
def test_aliases_national_coast_guard_merge(mentions, a, b):
    entities = merge_entities(mentions, [], [])
    assert together(entities, a, b)
    assert "coast_guard" in {ev["why"] for ev in entity_with(entities, a).evidence}


def test_aliases_coast_guards_of_two_places_stay_apart():
    mentions = [mention("d0", "Ostland", "GPE"), mention("d0", "Varn", "GPE"), mention("d1", "Ostland Coast Guard"),
                mention("d2", "Varn coastguard"), mention("d3", "the coastguard")]
    entities = merge_entities(mentions, [], [])
    assert not together(entities, "Ostland Coast Guard", "Varn coastguard")
    assert not together(entities, "Ostland Coast Guard", "the coastguard")


@pytest.mark.parametrize("mentions, a, b", [
    # two places' police stay apart, and "the police" alone joins neither; a unit is not the force
    ([mention("d0", "Ostland", "GPE"), mention("d0", "Varn", "GPE"), mention("d1", "Ostland National Police"),
      mention("d2", "Varn police"), mention("d3", "the police")], "Ostland National Police", "the police"),
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostlandic police"), mention("d2", "riot police")],
     "Ostlandic police", "riot police"),
])
def test_aliases_national_police_kept_apart(mentions, a, b):
    assert not together(merge_entities(mentions, [], []), a, b)


@pytest.mark.parametrize("mentions, a, b", [
    # a surname the recogniser once took for a place, once for a person, is the one full name ending in it
    ([mention("d1", "Anton Vedra", "PERSON"), mention("d2", "Vedra", "GPE", 1), mention("d2", "Vedra", "PERSON", 2)],
     "Vedra", "Anton Vedra"),
])
def test_aliases_surname_with_tied_kinds_merges(mentions, a, b):
    assert together(merge_entities(mentions, [], []), a, b)


@pytest.mark.parametrize("mentions, a, b", [
    # one election under each outlet's words
    ([mention("d1", "disputed presidential election", "EVENT"), mention("d2", "stolen election", "EVENT"),
      mention("d3", "presidential elections", "EVENT")], "disputed presidential election", "stolen election"),
    ([mention("d1", "presidential election", "EVENT"), mention("d2", "vote", "EVENT")], "presidential election", "vote"),
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ostlandic election", "EVENT"), mention("d2", "rigged election", "EVENT")],
     "Ostlandic election", "rigged election"),
])
def test_aliases_event_nouns_merge(mentions, a, b):
    entities = merge_entities(mentions, [], [])
    assert together(entities, a, b)
    assert "event_noun" in {ev["why"] for ev in entity_with(entities, a).evidence}


@pytest.mark.parametrize("mentions, a, b", [
    # two kinds of election, two years, or an election and a referendum are different events
    ([mention("d1", "presidential election", "EVENT"), mention("d2", "parliamentary elections", "EVENT")],
     "presidential election", "parliamentary elections"),
    ([mention("d1", "presidential election", "EVENT"), mention("d2", "parliamentary elections", "EVENT"),
      mention("d3", "election", "EVENT")], "presidential election", "election"),
    ([mention("d1", "2019 election", "EVENT"), mention("d2", "2024 election", "EVENT")], "2019 election", "2024 election"),
    ([mention("d1", "election", "EVENT"), mention("d2", "referendum", "EVENT")], "election", "referendum"),
])
def test_aliases_event_nouns_kept_apart(mentions, a, b):
    assert not together(merge_entities(mentions, [], []), a, b)


@pytest.mark.parametrize("mentions, a, b", [
    # "X of Y" with a word before the organisation noun
    ([mention("d1", "Popular Front of Liberation"), mention("d2", "Popular Liberation Front")],
     "Popular Front of Liberation", "Popular Liberation Front"),
    # a place after "of" goes first
    ([mention("d0", "Dorn", "GPE"), mention("d1", "General Hospital of Dorn"), mention("d2", "Dorn General Hospital")],
     "General Hospital of Dorn", "Dorn General Hospital"),
    # the ruler's possessive in front of a ministry's description
    ([mention("d1", "junta's interior ministry"), mention("d2", "interior ministry")],
     "junta's interior ministry", "interior ministry"),
    # a ministry "of the" country's state noun, and the same ministry after the country's possessive
    ([mention("d0", "Ostland", "GPE"), mention("d1", "Ministry of Defence of the Ostlandic Republic"),
      mention("d2", "Ostland's Defense Ministry")], "Ministry of Defence of the Ostlandic Republic", "Ostland's Defense Ministry"),
    # the same, with a country the recogniser never named as a place
    ([mention("d1", "Ministry of Health of the Ostlandic Republic"), mention("d2", "Health Ministry")],
     "Ministry of Health of the Ostlandic Republic", "Health Ministry"),
    # the head and the first field of a ministry of two fields
    ([mention("d1", "Ministry of Fisheries and Coastal Affairs"), mention("d2", "Fisheries Ministry")],
     "Ministry of Fisheries and Coastal Affairs", "Fisheries Ministry"),
])
def test_aliases_word_order_and_ruler_possessive_merge(mentions, a, b):
    assert together(merge_entities(mentions, [], []), a, b)


@pytest.mark.parametrize("mentions, a, b", [
    ([mention("d1", "Popular Front of Liberation"), mention("d2", "Popular Front")], "Popular Front of Liberation",
     "Popular Front"),
    ([mention("d1", "Bank of Dorn"), mention("d2", "Dorn Bank"), mention("d3", "Bank of Velna")], "Dorn Bank", "Bank of Velna"),
    # two countries' ministries of one field: the bare name is neither's
    ([mention("d1", "Ministry of Health of the Ostlandic Republic"), mention("d2", "Ministry of Health of the Varnian Republic"),
      mention("d3", "Health Ministry")], "Ministry of Health of the Ostlandic Republic", "Health Ministry"),
    # two ministries with the same first field: the short name is neither's
    ([mention("d1", "Ministry of Fisheries and Coastal Affairs"), mention("d2", "Ministry of Fisheries and Forests"),
      mention("d3", "Fisheries Ministry")], "Ministry of Fisheries and Coastal Affairs", "Fisheries Ministry"),
])
def test_aliases_word_order_kept_apart(mentions, a, b):
    assert not together(merge_entities(mentions, [], []), a, b)


@pytest.mark.parametrize("mentions, a, b", [
    # "the government of X" is "X's government", with X a place or a person named with a title
    ([mention("d0", "Ostland", "GPE"), mention("d1", "government of Ostland"), mention("d2", "Ostland's government")],
     "government of Ostland", "Ostland's government"),
    ([mention("d0", "Dragan Ilic", "PERSON"), mention("d1", "regime of President Dragan Ilic"), mention("d2", "Ilic regime")],
     "regime of President Dragan Ilic", "Ilic regime"),
    ([mention("d0", "Rohan Pereira", "PERSON"), mention("d1", "government of Mr Pereira"), mention("d2", "Pereira government")],
     "government of Mr Pereira", "Pereira government"),
    # "the government" alone is the one government the corpus names with its owner
    ([mention("d0", "Rohan Pereira", "PERSON"), mention("d1", "government of Mr Pereira"), mention("d2", "government")],
     "government of Mr Pereira", "government"),
    # a district's administration is no rival for "the government"
    ([mention("d0", "Rohan Pereira", "PERSON"), mention("d0", "Dorn district", "GPE"), mention("d1", "government of Mr Pereira"),
      mention("d2", "Dorn district administration"), mention("d3", "government")], "government of Mr Pereira", "government"),
])
def test_aliases_ruler_forms_merge(mentions, a, b):
    assert together(merge_entities(mentions, [], []), a, b)


def test_aliases_bare_government_with_two_governments_joins_neither():
    entities = merge_entities([mention("d0", "Ostland", "GPE"), mention("d0", "Ruritania", "GPE"),
                               mention("d1", "Ostland's government"), mention("d2", "Ruritanian government"),
                               mention("d3", "government")], [], [])
    assert not together(entities, "government", "Ostland's government")
    assert not together(entities, "government", "Ruritanian government")


def test_aliases_surname_read_once_as_place_is_no_place_word():
    entities = merge_entities([mention("d1", "Anton Vedra", "PERSON"), mention("d2", "Vedra", "GPE", 1),
                               mention("d2", "Vedra", "PERSON", 2), mention("d2", "Vedra's militias", "NORP"),
                               mention("d3", "militias", "NORP")], [], [])
    assert not together(entities, "Vedra's militias", "militias")


@pytest.mark.parametrize("mentions, a, b, together_", [
    # the disaster a corpus reports, by each outlet's word
    ([mention("d1", "crush", "EVENT"), mention("d2", "stampede", "EVENT"), mention("d3", "Lorna Basilica Crowd Incident")],
     "crush", "Lorna Basilica Crowd Incident", True),
    ([mention("d1", "tragedy", "EVENT"), mention("d2", "crowd crush", "EVENT")], "tragedy", "crowd crush", True),
    # a year tells an earlier disaster apart
    ([mention("d1", "stampede", "EVENT"), mention("d2", "2008 stampede", "EVENT")], "stampede", "2008 stampede", False),
    ([mention("d1", "2019 election", "EVENT"), mention("d2", "election", "EVENT")], "2019 election", "election", False),
])
def test_aliases_incident_nouns(mentions, a, b, together_):
    assert together(merge_entities(mentions, [], []), a, b) is together_


@pytest.mark.parametrize("mentions, a, b, together_", [
    # the physical kind of a disaster is the same event as each outlet's verdict on it
    ([mention("d1", "gas leak", "EVENT"), mention("d2", "industrial massacre", "EVENT"), mention("d3", "tragedy", "EVENT")],
     "gas leak", "industrial massacre", True),
    ([mention("d1", "quarry blast", "EVENT"), mention("d2", "explosion", "EVENT")], "quarry blast", "explosion", True),
    # a form put on an earlier event stays apart
    ([mention("d1", "Ostland", "GPE"), mention("d1", "accident", "EVENT"),
      mention("d2", "Ostland's deadliest previous industrial accident", "EVENT")],
     "accident", "Ostland's deadliest previous industrial accident", False),
    ([mention("d1", "landslide", "EVENT"), mention("d2", "earlier landslide", "EVENT")], "landslide", "earlier landslide", False),
    # two named fires that share no word of their names are two events; two names of one crush are one
    ([mention("d1", "Pine Hollow Fire", "EVENT"), mention("d2", "Cedar Ridge Fire", "EVENT"), mention("d3", "fire", "EVENT")],
     "Pine Hollow Fire", "Cedar Ridge Fire", False),
    ([mention("d1", "Tarno Square Crowd Incident", "EVENT"), mention("d2", "Tarno Square Mass Casualty Incident", "EVENT")],
     "Tarno Square Crowd Incident", "Tarno Square Mass Casualty Incident", True),
    # the start of an organisation's name is no event
    ([mention("d1", "fire", "EVENT"), mention("d2", "Dorn Fire"), mention("d2", "Dorn Fire and Rescue Service", n=30)],
     "fire", "Dorn Fire", False),
])
def test_aliases_disaster_kind_nouns(mentions, a, b, together_):
    assert together(merge_entities(mentions, [], []), a, b) is together_


@pytest.mark.parametrize("mentions, name", [
    # a plain form with the place in it names the event, not an outlet's verdict
    ([mention("d0", "Dunmore", "GPE"), mention("d1", "Dunmore gas leak", "EVENT"), mention("d2", "industrial massacre", "EVENT"),
      mention("d3", "industrial massacre", "EVENT", 40), mention("d4", "leak", "EVENT"), mention("d4", "leak", "EVENT", 50),
      mention("d5", "Dunmore gas leak", "EVENT")], "Dunmore gas leak"),
    ([mention("d1", "natural calamity", "EVENT"), mention("d2", "natural calamity", "EVENT", 30),
      mention("d3", "landslide", "EVENT")], "landslide"),
    ([mention("d1", "worst mining disaster", "EVENT"), mention("d2", "incident", "EVENT")], "incident"),
    # a place only one report writes gives way to the plain word the reports use most
    ([mention("d1", "Ostland gas leak", "EVENT"), mention("d2", "gas leak", "EVENT"), mention("d3", "gas leak", "EVENT"),
      mention("d4", "industrial massacre", "EVENT")], "gas leak"),
])
def test_aliases_event_named_plainly(mentions, name):
    entities = merge_entities(mentions, [], [])
    assert entity_with(entities, name).name == name


@pytest.mark.parametrize("mentions, a, b, why", [
    # a place read as a person in one report and as a place in another, with its district noun elsewhere
    ([mention("d1", "Korvel", "PERSON"), mention("d2", "Korvel", "GPE"), mention("d2", "Korvel", "PERSON"),
      mention("d3", "Korvel district", "GPE")], "Korvel district", "Korvel", "place_noun"),
    # a river whose bare name the recogniser once calls a town
    ([mention("d1", "Sallow River", "LOC"), mention("d2", "Sallow", "GPE"), mention("d3", "Sallow", "LOC")],
     "Sallow River", "Sallow", "place_noun"),
    # a town with and without its noun
    ([mention("d1", "Tessary", "GPE"), mention("d2", "Tessary city", "GPE")], "Tessary city", "Tessary", "place_noun"),
    ([mention("d1", "San Ormando", "ORG"), mention("d2", "San Ormando", "GPE"), mention("d3", "San Ormando City", "GPE")],
     "San Ormando City", "San Ormando", "place_noun"),
    # a speaker's own body
    ([mention("d1", "Coast Guard"), mention("d2", "Our Coast Guard")], "Our Coast Guard", "Coast Guard", "possessive"),
    # a word that only widens an organisation's name
    ([mention("d1", "Rivers Watch International"), mention("d2", "Rivers Watch")], "Rivers Watch International",
     "Rivers Watch", "company_suffix"),
    # a province named only with its noun still qualifies its police
    ([mention("d1", "Ostmark province", "GPE"), mention("d1", "Ostmark Provincial Police"), mention("d2", "provincial police")],
     "Ostmark Provincial Police", "provincial police", "group_variant"),
    # a faith noun after a community's name
    ([mention("d1", "Ostland", "GPE"), mention("d1", "Sunnis", "NORP"), mention("d2", "Ostland's Sunni Muslim majority", "NORP")],
     "Ostland's Sunni Muslim majority", "Sunnis", "community"),
    # a given name spelt two ways in two reports
    ([mention("d1", "Pavol Dresky", "PERSON"), mention("d2", "Pavel Dresky", "PERSON")], "Pavel Dresky",
     "Pavol Dresky", "name_variant"),
    ([mention("d1", "Mohamed Tarek", "PERSON"), mention("d2", "Mohammed Tarek", "PERSON")], "Mohammed Tarek",
     "Mohamed Tarek", "name_variant"),
    # a state's formal name from its people word
    ([mention("d1", "Ostrava", "GPE"), mention("d2", "Ostravan Federation", "GPE")], "Ostravan Federation", "Ostrava",
     "state_name"),
    ([mention("d1", "Carvania", "GPE"), mention("d2", "Carvanian Arab Republic", "GPE")], "Carvanian Arab Republic",
     "Carvania", "state_name"),
    # "the Emirate of X" where X is read once as a place, once as a person
    ([mention("d1", "Qemira", "PERSON"), mention("d2", "Qemira", "GPE"), mention("d3", "Emirate of Qemira", "GPE")],
     "Emirate of Qemira", "Qemira", "place_noun"),
    # an organisation's office in a country
    ([mention("d1", "UNHAB"), mention("d2", "Ostland", "GPE"), mention("d2", "UNHAB Ostland")], "UNHAB Ostland", "UNHAB",
     "country_office"),
])
def test_aliases_place_office_and_possessive_variants_merge(mentions, a, b, why):
    entities = merge_entities(mentions, [], [])
    assert together(entities, a, b)
    assert why in {ev["why"] for ev in entity_with(entities, a).evidence}


@pytest.mark.parametrize("mentions, a, b", [
    # a capitalised one-word "X City" is a city of its own, not the country
    ([mention("d1", "Mexico", "GPE"), mention("d2", "Mexico City", "GPE")], "Mexico City", "Mexico"),
    # a river named after a country
    ([mention("d1", "Jordan", "GPE"), mention("d2", "Jordan", "GPE"), mention("d3", "Jordan River", "LOC")], "Jordan River", "Jordan"),
    # a district named after a person the corpus names in full
    ([mention("d1", "Anna Korvel", "PERSON"), mention("d2", "Korvel", "PERSON"), mention("d2", "Korvel", "GPE"),
      mention("d3", "Korvel district", "GPE")], "Korvel district", "Korvel"),
    # "International" dropped only towards an organisation, never a people or a place
    ([mention("d1", "Refugees International"), mention("d2", "refugees", "NORP")], "Refugees International", "refugees"),
    # given names that differ in their last letter are another person; two spellings in one report are two people
    ([mention("d1", "Maria Lopez", "PERSON"), mention("d2", "Mario Lopez", "PERSON")], "Maria Lopez", "Mario Lopez"),
    ([mention("d1", "Daniel Rook", "PERSON"), mention("d2", "Daniela Rook", "PERSON")], "Daniel Rook", "Daniela Rook"),
    ([mention("d1", "Pavol Dresky", "PERSON"), mention("d1", "Pavel Dresky", "PERSON")], "Pavel Dresky",
     "Pavol Dresky"),
    # a place after a person's name is no office
    ([mention("d1", "Ostland", "GPE"), mention("d1", "Mara", "PERSON"), mention("d2", "Mara Ostland", "PERSON")],
     "Mara Ostland", "Mara"),
])
def test_aliases_place_office_and_possessive_variants_kept_apart(mentions, a, b):
    assert not together(merge_entities(mentions, [], []), a, b)


def test_aliases_title_written_only_before_a_name_yields_to_the_one_called_by_it():
    mentions = [mention("d1", "Ruth Amsel", "PERSON"), mention("d2", "Paul Brenn", "PERSON")]
    links = [link("d1", "Governor", "Ruth Amsel", "title_prefix", "PERSON"),
             link("d2", "Governor", "Paul Brenn", "title", "PERSON")]
    entities = merge_entities(mentions, links, [])
    assert "Governor" in entity_with(entities, "Paul Brenn").aliases
    amsel = entity_with(entities, "Ruth Amsel")
    assert "Governor" not in amsel.aliases
    assert "Governor" in {ev["alias"] for ev in amsel.evidence}


def test_aliases_title_written_only_before_one_name_is_still_its_alias():
    entities = merge_entities([mention("d1", "Ruth Amsel", "PERSON")],
                              [link("d1", "Governor", "Ruth Amsel", "title_prefix", "PERSON")], [])
    assert "Governor" in entity_with(entities, "Ruth Amsel").aliases


# ---------------------------------------------------------------- "the government" with a state's and a country's

@pytest.mark.parametrize("mentions, apart", [
    # a state government and the federal one: "the government" alone is neither
    ([mention("d1", "Kadena state government"), mention("d2", "Government of Ostria"), mention("d2", "Ostria", "GPE"),
      mention("d1", "Kadena", "GPE"), mention("d3", "government")], [("government", "Government of Ostria")]),
    # a governor's administration and the country's government
    ([mention("d1", "Abeni government"), mention("d1", "Tolu Abeni", "PERSON"), mention("d2", "Government of Ostria"),
      mention("d2", "Ostria", "GPE"), mention("d3", "government")],
     [("government", "Government of Ostria"), ("Abeni government", "Government of Ostria")]),
])
def test_bare_government_stays_apart_when_the_corpus_names_two(mentions, apart):
    entities = merge_entities(mentions, [], [])
    for a, b in apart:
        assert not together(entities, a, b)


def test_bare_government_joins_the_one_government():
    mentions = [mention("d1", "Government of Ostria"), mention("d1", "Ostria", "GPE"), mention("d2", "government")]
    assert together(merge_entities(mentions, [], []), "government", "Government of Ostria")


# ---------------------------------------------------------------- legal forms and name variants of other countries

@pytest.mark.parametrize("mentions, a, b, merged", [
    # an Indian legal form and its spelled-out form, with "M/s" in front
    ([mention("d1", "M/s Tarvik Chemicals Pvt. Ltd."), mention("d2", "Tarvik Chemicals"),
      mention("d3", "Tarvik Chemicals Private Limited")], "M/s Tarvik Chemicals Pvt. Ltd.", "Tarvik Chemicals Private Limited", True),
    # the short name read by the recogniser as a person: two words are still the company's
    ([mention("d1", "Tarvik Chemicals Pvt Ltd"), mention("d2", "Tarvik Chemicals", "PERSON")],
     "Tarvik Chemicals Pvt Ltd", "Tarvik Chemicals", True),
    # one word read as a person may be a person of its own
    ([mention("d1", "Osei Ltd"), mention("d2", "Osei", "PERSON")], "Osei Ltd", "Osei", False),
    # an Indonesian prefix and a Malaysian suffix
    ([mention("d1", "PT Samudra Lines"), mention("d2", "Samudra Lines")], "PT Samudra Lines", "Samudra Lines", True),
    ([mention("d1", "Harimau Timber Sdn Bhd"), mention("d2", "Harimau Timber")], "Harimau Timber Sdn Bhd", "Harimau Timber", True),
])
def test_company_legal_forms(mentions, a, b, merged):
    assert together(merge_entities(mentions, [], []), a, b) is merged


@pytest.mark.parametrize("mentions, a, b, merged", [
    # a given name and the first of two surnames
    ([mention("d1", "Rosa Ibarra Lugo", "PERSON"), mention("d2", "Rosa Ibarra", "PERSON")], "Rosa Ibarra", "Rosa Ibarra Lugo", True),
    # ... not when two people of the corpus fit
    ([mention("d1", "Rosa Ibarra Lugo", "PERSON"), mention("d2", "Rosa Ibarra Saenz", "PERSON"), mention("d3", "Rosa Ibarra", "PERSON")],
     "Rosa Ibarra", "Rosa Ibarra Lugo", False),
    # ... nor when the longer name is a place or a body
    ([mention("d1", "Rosa Ibarra Foundation"), mention("d2", "Rosa Ibarra", "PERSON")], "Rosa Ibarra", "Rosa Ibarra Foundation", False),
    # a middle name dropped, the full name also written with a title in front
    ([mention("d1", "Tunde Bako Sule", "PERSON"), mention("d2", "Tunde Sule", "PERSON"), mention("d2", "Governor Tunde Sule", "PERSON")],
     "Tunde Sule", "Tunde Bako Sule", True),
])
def test_person_name_variants(mentions, a, b, merged):
    assert together(merge_entities(mentions, [], []), a, b) is merged


@pytest.mark.parametrize("mentions, a, b, merged", [
    # a title and a surname read as one name
    ([mention("d1", "Tunde Bako Sule", "PERSON"), mention("d2", "Gov Sule", "PERSON"), mention("d3", "Sule", "PERSON")],
     "Gov Sule", "Tunde Bako Sule", True),
    ([mention("d1", "Tunde Bako Sule", "PERSON"), mention("d2", "Gov Sule", "PERSON"), mention("d3", "Sule", "PERSON")],
     "Sule", "Tunde Bako Sule", True),
    # two people of that surname: no merge
    ([mention("d1", "Tunde Bako Sule", "PERSON"), mention("d1", "Amina Sule", "PERSON"), mention("d2", "Gov Sule", "PERSON")],
     "Gov Sule", "Tunde Bako Sule", False),
    # an office's acronym in front of a country is no given name: the country is not its "surname"
    ([mention("d1", "UNDP Ostland", "PERSON"), mention("d2", "Ostland", "PERSON")], "Ostland", "UNDP Ostland", False),
])
def test_titled_surnames_and_offices(mentions, a, b, merged):
    assert together(merge_entities(mentions, [], []), a, b) is merged


@pytest.mark.parametrize("mentions, a, b, merged", [
    # a group's name with a lower-case group noun after it
    ([mention("d1", "Los Lobos gang"), mention("d2", "Los Lobos")], "Los Lobos gang", "Los Lobos", True),
    ([mention("d1", "the Red Hand faction"), mention("d2", "Red Hand")], "the Red Hand faction", "Red Hand", True),
    # a description, no name in front of the noun
    ([mention("d1", "rights group"), mention("d2", "Rights")], "rights group", "Rights", False),
    # a joint-stock company's legal form after the name
    ([mention("d1", "Ostmark Coal JSC"), mention("d2", "Ostmark Coal")], "Ostmark Coal JSC", "Ostmark Coal", True),
])
def test_group_nouns_and_legal_forms_after_a_name(mentions, a, b, merged):
    assert together(merge_entities(mentions, [], []), a, b) is merged


def test_titled_surname_joins_its_person_where_the_corpus_reads_the_word_as_a_place():
    mentions = [mention("d1", "Tunde Bako Sule", "PERSON"), mention("d2", "Tunde Sule", "PERSON"),
                mention("d3", "Sule", "PERSON"), mention("d4", "Sule", "GPE", 5), mention("d4", "Sule", "GPE", 40),
                mention("d4", "Sule government", "ORG", 80)]
    links = [link("d3", "Gov", "Sule", "title_prefix", "PERSON"), link("d3", "Gov Sule", "Sule", "title", "PERSON")]
    entities = merge_entities(mentions, links, [])
    assert together(entities, "Gov Sule", "Tunde Bako Sule")
    assert not together(entities, "Sule government", "Tunde Bako Sule")


@pytest.mark.parametrize("mentions, a, b", [
    # a place written with its area noun or code, read by the recogniser as a person
    ([mention("d1", "Osk Ridge LGA", "PERSON"), mention("d2", "Osk Ridge", "PERSON")], "Osk Ridge", "Osk Ridge LGA"),
    ([mention("d1", "Osk Ridge Town", "PERSON"), mention("d2", "Osk Ridge", "PERSON")], "Osk Ridge", "Osk Ridge Town"),
])
def test_place_with_its_noun_is_no_second_surname(mentions, a, b):
    assert not together(merge_entities(mentions, [], []), a, b)


@pytest.mark.parametrize("mentions, a, b, merged", [
    # an office held by a person is not the longer name of the body it heads
    ([mention("d1", "Inspector General of Police"), mention("d2", "Police")], "Inspector General of Police", "Police", False),
    ([mention("d1", "Regional Police Commissioner"), mention("d2", "Police")], "Regional Police Commissioner", "Police", False),
    # the body's own longer name still is
    ([mention("d1", "Ostland National Police"), mention("d2", "Police")], "Ostland National Police", "Police", True),
])
def test_short_name_skips_a_persons_office(mentions, a, b, merged):
    assert together(merge_entities(mentions, [], []), a, b) is merged


@pytest.mark.parametrize("mentions, a, b, merged", [
    # a state's formal name: the state noun, "of", then the place
    ([mention("d1", "Republic of Marland", "GPE"), mention("d2", "Marland", "GPE")], "Republic of Marland", "Marland", True),
    ([mention("d1", "Federal Republic of Marland", "GPE"), mention("d2", "Marland", "GPE")], "Federal Republic of Marland", "Marland", True),
    ([mention("d1", "REPUBLIC OF MARLAND", "GPE"), mention("d2", "Marland", "GPE")], "REPUBLIC OF MARLAND", "Marland", True),
    ([mention("d1", "Emirate of Qarsa", "GPE"), mention("d2", "Qarsa", "GPE")], "Emirate of Qarsa", "Qarsa", True),
    # a body named "Federation of ..." is no state; nor is a kingdom of something that is no place
    ([mention("d1", "Federation of Marland"), mention("d2", "Marland", "GPE")], "Federation of Marland", "Marland", False),
    ([mention("d1", "Kingdom of Heaven"), mention("d2", "Heaven", "PERSON")], "Kingdom of Heaven", "Heaven", False),
])
def test_state_formal_name_with_of(mentions, a, b, merged):
    assert together(merge_entities(mentions, [], []), a, b) is merged


@pytest.mark.parametrize("mentions, a, b, merged", [
    # the three-word name read as a body in a statement's capitals and once as a person
    ([mention("d1", "RUTA OSEI MWANGI"), mention("d1", "RUTA OSEI MWANGI", n=50), mention("d2", "Ruta Osei Mwangi", "PERSON"),
      mention("d3", "Ruta Osei", "PERSON")], "Ruta Osei", "Ruta Osei Mwangi", True),
    # never read as a person: a body's name
    ([mention("d1", "Harbour Osei Mwangi"), mention("d3", "Harbour Osei", "PERSON")], "Harbour Osei", "Harbour Osei Mwangi", False),
])
def test_given_name_and_first_surname_when_the_full_name_is_read_as_a_body(mentions, a, b, merged):
    assert together(merge_entities(mentions, [], []), a, b) is merged


@pytest.mark.parametrize("mentions, a, b, merged", [
    # a ministry's name cut at "and"
    ([mention("d1", "Ministry of Fisheries and Coastal Affairs"), mention("d2", "Ministry of Fisheries")],
     "Ministry of Fisheries", "Ministry of Fisheries and Coastal Affairs", True),
    ([mention("d1", "Department of Roads and Public Works"), mention("d2", "Department of Roads")],
     "Department of Roads", "Department of Roads and Public Works", True),
    # two longer names fit: a suggestion, no merge
    ([mention("d1", "Ministry of Fisheries and Coastal Affairs"), mention("d1", "Ministry of Fisheries and Livestock"),
      mention("d2", "Ministry of Fisheries")], "Ministry of Fisheries", "Ministry of Fisheries and Livestock", False),
])
def test_organisation_name_cut_at_and(mentions, a, b, merged):
    assert together(merge_entities(mentions, [], []), a, b) is merged


@pytest.mark.parametrize("mentions, a, b, merged", [
    # a medium after an outlet's name
    ([mention("d1", "Meridian News"), mention("d2", "Meridian")], "Meridian News", "Meridian", True),
    ([mention("d1", "OBC Radio"), mention("d2", "OBC")], "OBC Radio", "OBC", True),
    # a place's news site is not the place
    ([mention("d1", "Marland Online"), mention("d2", "Marland", "GPE")], "Marland Online", "Marland", False),
])
def test_outlet_with_its_medium(mentions, a, b, merged):
    assert together(merge_entities(mentions, [], []), a, b) is merged


# ---------------------------------------------------------------- a title run read as part of a name

@pytest.mark.parametrize("mentions, a, b, merged", [
    # the recogniser reads "district commissioner" + name as one organisation
    ([mention("d1", "Norvik District Commissioner Halla Brenner"), mention("d2", "Halla Brenner", "PERSON")],
     "Norvik District Commissioner Halla Brenner", "Halla Brenner", True),
    # a short title abbreviation in capitals
    ([mention("d1", "DC Halla Brenner"), mention("d2", "Halla Brenner", "PERSON")], "DC Halla Brenner", "Halla Brenner", True),
    # a day glued to the title ("Thursday Trade Minister ...")
    ([mention("d1", "Thursday Trade Minister Ivo Marn"), mention("d2", "Ivo Marn", "PERSON")],
     "Thursday Trade Minister Ivo Marn", "Ivo Marn", True),
    # a place in capitals (a dateline), longer than a title abbreviation
    ([mention("d1", "NORVIK Ivo Marn"), mention("d2", "Ivo Marn", "PERSON")], "NORVIK Ivo Marn", "Ivo Marn", False),
    # an organisation named after a person, the name not at its end
    ([mention("d1", "Ivo Marn Foundation"), mention("d2", "Ivo Marn", "PERSON")], "Ivo Marn Foundation", "Ivo Marn", False),
    # a lower-case word that is no title, in capitals nowhere
    ([mention("d1", "Ostport Harbour Ivo Marn"), mention("d2", "Ivo Marn", "PERSON")], "Ostport Harbour Ivo Marn", "Ivo Marn", False),
])
def test_title_run_before_a_person_name(mentions, a, b, merged):
    entities = merge_entities(mentions, [], [])
    assert together(entities, a, b) is merged
    if merged:
        person = entity_with(entities, b)
        assert person.name == b and person.kind == "PERSON"  # the titled form is an alias, never the name


@pytest.mark.parametrize("extra, merged", [
    # "the DC said" in the report that writes "DC Halla Brenner"
    ([mention("d1", "DC", n=40)], True),
    # ... but not when another report uses "DC" with no name in front of a name
    ([mention("d1", "DC", n=40), mention("d3", "DC")], False),
    # ... nor when the same title stands in front of two people
    ([mention("d1", "DC", n=40), mention("d1", "DC Ivo Marn", n=80), mention("d2", "Ivo Marn", "PERSON", n=9)], False),
])
def test_bare_title_joins_its_documents_one_person(extra, merged):
    mentions = [mention("d1", "DC Halla Brenner"), mention("d2", "Halla Brenner", "PERSON")] + extra
    entities = merge_entities(mentions, [], [])
    assert together(entities, "DC", "Halla Brenner") is merged


# ---------------------------------------------------------------- initials of a person's title used as a name

@pytest.mark.parametrize("mentions, links, short, person", [
    # a state leader's title in one report, its initials alone in another
    ([mention("d1", "Anil Mehra", "PERSON"), mention("d2", "CM")],
     [link("d1", "Chief Minister", "Anil Mehra", "title", "PERSON")], "CM", "Anil Mehra"),
    # the "of ..." part of the title is not spelled: "the IG" for the Inspector General of Police
    ([mention("d1", "Peter Wambua", "PERSON"), mention("d2", "IG"), mention("d3", "IG")],
     [link("d1", "the Inspector General of Police", "Peter Wambua", "appositive", "PERSON")], "IG", "Peter Wambua"),
    # a headline's "PM" for the prime minister named in another report
    ([mention("d1", "Sara Lind", "PERSON"), mention("d2", "PM")],
     [link("d1", "Prime Minister", "Sara Lind", "title", "PERSON")], "PM", "Sara Lind"),
])
def test_title_initials_join_the_one_holder(mentions, links, short, person):
    entities = merge_entities(mentions, links)
    assert together(entities, short, person)
    assert any(ev["why"] == "title_initials" for ev in entity_with(entities, short).evidence)


def test_title_initials_held_by_two_people_stay_apart():
    # two prime ministers (two countries) in the corpus: "PM" could be either
    mentions = [mention("d1", "Sara Lind", "PERSON"), mention("d2", "Omar Haddad", "PERSON"), mention("d3", "PM")]
    links = [link("d1", "Prime Minister", "Sara Lind", "title", "PERSON"),
             link("d2", "Prime Minister", "Omar Haddad", "title", "PERSON")]
    entities = merge_entities(mentions, links)
    assert not together(entities, "PM", "Sara Lind") and not together(entities, "PM", "Omar Haddad")


def test_title_initials_not_for_defined_acronym_or_office():
    # "SP" defined as an office in one report stays with that office; "CM" spelled by no title stays alone
    mentions = [mention("d1", "Superintendent of Police"), mention("d1", "SP"), mention("d2", "SP"),
                mention("d2", "Ravi Kumar", "PERSON"), mention("d3", "CM")]
    links = [link("d1", "SP", "Superintendent of Police", "acronym"),
             link("d2", "the spokesman", "Ravi Kumar", "title", "PERSON")]
    entities = merge_entities(mentions, links)
    assert together(entities, "SP", "Superintendent of Police")
    assert not together(entities, "SP", "Ravi Kumar") and not together(entities, "CM", "Ravi Kumar")


# ---------------------------------------------------------------- short given names, misread names, place spellings

def test_short_given_name_in_another_report_is_one_person():
    mentions = [mention("d1", "Ray Okafor", "PERSON"), mention("d2", "Raymond Okafor", "PERSON")]
    assert together(merge_entities(mentions, []), "Ray Okafor", "Raymond Okafor")


@pytest.mark.parametrize("a, b", [
    ("Daniel Ferreira", "Daniela Ferreira"),   # one letter more: another person
    ("Ali Hassan", "Alia Hassan"),             # one letter more: another person
    ("Jo Ferreira", "Joanna Ferreira"),         # two letters: too short to say
])
def test_given_names_that_are_no_short_form_stay_apart(a, b):
    mentions = [mention("d1", a, "PERSON"), mention("d2", b, "PERSON")]
    assert not together(merge_entities(mentions, []), a, b)


def test_short_given_name_in_one_report_with_the_long_one_stays_apart():
    # one report names both: a father and a son, two people
    mentions = [mention("d1", "Alex Moreau", "PERSON"), mention("d1", "Alexander Moreau", "PERSON", 40)]
    assert not together(merge_entities(mentions, []), "Alex Moreau", "Alexander Moreau")


def test_middle_name_dropped_from_a_name_read_as_organisation():
    mentions = [mention("d1", "Joseph Kwame Mensah", "PERSON"), mention("d2", "Joseph Mensah", "ORG")]
    entities = merge_entities(mentions, [])
    assert together(entities, "Joseph Mensah", "Joseph Kwame Mensah")
    assert entity_with(entities, "Joseph Mensah").kind == "PERSON"


def test_name_read_as_organisation_with_two_longer_people_stays_apart():
    mentions = [mention("d1", "Joseph Kwame Mensah", "PERSON"), mention("d2", "Joseph Kofi Mensah", "PERSON"),
                mention("d3", "Joseph Mensah", "ORG")]
    entities = merge_entities(mentions, [])
    assert not together(entities, "Joseph Mensah", "Joseph Kwame Mensah")
    assert not together(entities, "Joseph Mensah", "Joseph Kofi Mensah")


def test_title_and_surname_read_as_organisation_join_the_one_full_name():
    mentions = [mention("d1", "Hannah Obi", "PERSON"), mention("d2", "Archbishop Obi", "ORG")]
    assert together(merge_entities(mentions, []), "Archbishop Obi", "Hannah Obi")


def test_title_and_surname_in_capitals_say_nothing():
    mentions = [mention("d1", "Hannah Obi", "PERSON"), mention("d2", "ARCHBISHOP OBI", "ORG")]
    assert not together(merge_entities(mentions, []), "ARCHBISHOP OBI", "Hannah Obi")


def test_place_spelled_with_a_doubled_letter_in_another_report():
    mentions = [mention("d1", "Marassa", "GPE"), mention("d1", "Marassa", "GPE", 50), mention("d2", "Marasa", "GPE")]
    assert together(merge_entities(mentions, []), "Marasa", "Marassa")


@pytest.mark.parametrize("mentions", [
    # both spellings in one report: two places
    [mention("d1", "Marassa", "GPE"), mention("d1", "Marasa", "GPE", 50)],
    # never read as a place: two people's surnames
    [mention("d1", "Hollis", "PERSON"), mention("d2", "Holliss", "PERSON")],
    # a third spelling close to both: left alone
    [mention("d1", "Marassa", "GPE"), mention("d2", "Marasa", "GPE"), mention("d3", "Marussa", "GPE")],
])
def test_place_spellings_that_stay_apart(mentions):
    entities = merge_entities(mentions, [])
    names = [m.text for m in mentions]
    assert not together(entities, names[0], names[1])


# ---------------------------------------------------------------- a title of two words alone in another report

def test_two_word_title_alone_in_another_report_joins_its_one_holder():
    mentions = [mention("d1", "Police Commissioner Ines Varga"), mention("d1", "Ines Varga", "PERSON", 60),
                mention("d2", "Ines Varga", "PERSON"), mention("d3", "Police Commissioner")]
    entities = merge_entities(mentions, [])
    assert together(entities, "Police Commissioner", "Ines Varga")


def test_title_with_a_place_in_front_still_names_one_holder():
    # "Norvik Police Commissioner Ines Varga" gives the shorter title to the same one person
    mentions = [mention("d1", "Norvik Police Commissioner Ines Varga"), mention("d2", "Ines Varga", "PERSON"),
                mention("d3", "Police Commissioner")]
    entities = merge_entities(mentions, [])
    assert together(entities, "Police Commissioner", "Ines Varga")


def test_two_word_title_given_to_two_people_stays_alone():
    mentions = [mention("d1", "Police Commissioner Ines Varga"), mention("d1", "Ines Varga", "PERSON", 60),
                mention("d2", "Police Commissioner Tomas Brandt"), mention("d2", "Tomas Brandt", "PERSON", 60),
                mention("d3", "Police Commissioner")]
    entities = merge_entities(mentions, [])
    assert not together(entities, "Police Commissioner", "Ines Varga")
    assert not together(entities, "Police Commissioner", "Tomas Brandt")


def test_one_word_title_alone_in_another_report_stays_alone():
    # "the Governor" in a report that names no governor may be another one
    mentions = [mention("d1", "Governor Ines Varga"), mention("d1", "Ines Varga", "PERSON", 60),
                mention("d2", "Governor")]
    entities = merge_entities(mentions, [])
    assert not together(entities, "Governor", "Ines Varga")


def test_aliases_acronym_after_a_description_is_the_defined_organisation():
    # "Aid charity KRF says ..." in one report (the recogniser reads KRF as a person), the acronym defined in another
    mentions = [mention("d1", "Kelvar Relief Fund"), mention("d1", "KRF"), mention("d2", "KRF", "PERSON"),
                mention("d2", "KRF", "ORG", 40)]
    links = [link("d1", "KRF", "Kelvar Relief Fund", "acronym"),
             link("d2", "Aid charity", "KRF", "title", "PERSON")]
    entities = merge_entities(mentions, links, [])
    assert together(entities, "KRF", "Kelvar Relief Fund")
    assert together(entities, "Aid charity", "Kelvar Relief Fund")
    assert len([e for e in entities if "KRF" in e.aliases]) == 1


def test_aliases_city_police_is_the_towns_police():
    # "Tarvel police" in one report, "Tarvel City Police" in another: the town's noun does not make another force
    mentions = [mention("d1", "Tarvel", "GPE"), mention("d1", "Tarvel police"), mention("d2", "Tarvel City Police")]
    entities = merge_entities(mentions, [], [])
    assert together(entities, "Tarvel police", "Tarvel City Police")


def test_aliases_police_of_a_city_named_with_its_noun_stays_apart():
    # "Port Aven City" is a city of its own name, not the country "Port Aven": its police is not the national police
    mentions = [mention("d1", "Aven", "GPE"), mention("d1", "Aven City", "GPE"), mention("d1", "Aven City Police"),
                mention("d2", "Aven police")]
    entities = merge_entities(mentions, [], [])
    assert not together(entities, "Aven police", "Aven City Police")


def test_aliases_place_read_as_a_body_joins_its_district():
    # "Upper Kessa" read as an organisation, "Upper Kessa District" as a place: one district
    mentions = [mention("d1", "Upper Kessa", "ORG"), mention("d2", "Upper Kessa District", "GPE"),
                mention("d3", "Mirra", "PERSON"), mention("d3", "Mirra Colony", "PERSON"), mention("d4", "Mirra", "GPE")]
    entities = merge_entities(mentions, [], [])
    assert together(entities, "Upper Kessa", "Upper Kessa District")
    assert together(entities, "Mirra", "Mirra Colony")


def test_aliases_acronym_body_stays_apart_from_a_district():
    mentions = [mention("d1", "KDA", "ORG"), mention("d2", "KDA District", "GPE")]
    assert not together(merge_entities(mentions, [], []), "KDA", "KDA District")


def test_aliases_city_police_used_alone_keeps_its_town_force():
    mentions = [mention("d1", "Tarvel", "GPE"), mention("d1", "Tarvel City Police"), mention("d2", "city police")]
    assert together(merge_entities(mentions, [], []), "Tarvel City Police", "city police")


def test_aliases_city_police_joins_the_towns_police_beside_a_bare_city_police():
    mentions = [mention("d1", "Tarvel", "GPE"), mention("d1", "Tarvel police"), mention("d2", "Tarvel City Police"),
                mention("d2", "city police"), mention("d3", "police")]
    entities = merge_entities(mentions, [], [])
    assert together(entities, "Tarvel police", "Tarvel City Police")
    assert together(entities, "city police", "Tarvel City Police")


@pytest.mark.parametrize("mentions, a, b", [
    # a hyphened surname alone in another document is one surname word
    ([mention("d1", "Irma Vasto-Lenk", "PERSON"), mention("d2", "Vasto-Lenk", "PERSON")], "Vasto-Lenk", "Irma Vasto-Lenk"),
    # ... also with a courtesy title read as part of the name
    ([mention("d1", "Irma Vasto-Lenk", "PERSON"), mention("d2", "Ms Vasto-Lenk", "PERSON")], "Ms Vasto-Lenk",
     "Irma Vasto-Lenk"),
])
def test_aliases_hyphened_surname_joins_the_full_name(mentions, a, b):
    assert together(merge_entities(mentions, [], []), a, b)


def test_aliases_hyphened_surname_of_two_people_is_a_suggestion():
    mentions = [mention("d1", "Irma Vasto-Lenk", "PERSON"), mention("d2", "Paul Vasto-Lenk", "PERSON"),
                mention("d3", "Vasto-Lenk", "PERSON")]
    entities = merge_entities(mentions, [], [])
    assert not together(entities, "Vasto-Lenk", "Irma Vasto-Lenk")
    assert not together(entities, "Vasto-Lenk", "Paul Vasto-Lenk")


def test_aliases_canonical_avoids_a_loaded_name():
    # a government called "the Ostrava regime" by one outlet keeps the plain name the others use
    mentions = [mention("d1", "Ostrava regime", "ORG", i) for i in range(3)] + [mention("d1", "the government", "ORG", 50)]
    links = [link("d1", "the government", "Ostrava regime", "descriptor")]
    entities = merge_entities(mentions, links, [])
    assert entity_with(entities, "Ostrava regime").name.lower().endswith("government")
    # with no plainer form the loaded one stays
    assert entity_with(merge_entities([mention("d1", "Ostrava regime"), mention("d2", "Ostrava regime")], [], []),
                       "Ostrava regime").name == "Ostrava regime"


def test_aliases_unnamed_perpetrators_are_one_entity():
    """"the gunmen", "Attackers", "the armed men", "the kidnappers" in reports of one raid: the same perpetrators."""
    mentions = [mention("d1", "gunmen", "NORP"), mention("d1", "Attackers", "NORP", 40), mention("d2", "the armed men", "NORP"),
                mention("d3", "the kidnappers", "NORP"), mention("d3", "men", "NORP", 60), mention("d3", "terrorists", "NORP", 90)]
    entities = merge_entities(mentions, [], [])
    assert together(entities, "gunmen", "Attackers")
    assert together(entities, "gunmen", "the armed men")
    assert together(entities, "gunmen", "the kidnappers")
    evidence = entity_with(entities, "gunmen").evidence
    assert {ev["why"] for ev in evidence} == {"perpetrator"} and len(evidence) == 3
    assert not together(entities, "gunmen", "men")  # "men" alone names no one in particular
    assert not together(entities, "gunmen", "terrorists")  # a label for a side, not the authors of one attack


def test_aliases_perpetrators_tied_to_a_named_group_stay_with_it():
    # one report says its gunmen are the Kessel Brigade: the other reports' attackers are not thereby the Brigade
    mentions = [mention("d1", "Kessel Brigade"), mention("d1", "the gunmen", "NORP", 30), mention("d2", "attackers", "NORP"),
                mention("d3", "the assailants", "NORP")]
    links = [link("d1", "the gunmen", "Kessel Brigade", "descriptor")]
    entities = merge_entities(mentions, links, [])
    assert not together(entities, "attackers", "Kessel Brigade")
    assert together(entities, "attackers", "the assailants")


@pytest.mark.parametrize("mentions, a, b, joined", [
    # "X State" / "X", the bare name read as a place
    ([mention("d1", "Talvu State", "GPE"), mention("d2", "Talvu", "GPE"), mention("d3", "Talvu", "LOC")], "Talvu State", "Talvu", True),
    # the bare name read mostly as a person: no merge
    ([mention("d1", "Orrin State", "GPE"), mention("d2", "Orrin", "PERSON"), mention("d3", "Orrin", "PERSON")], "Orrin State", "Orrin", False),
    # "the Republic of X" / "X" where the recogniser reads X as a body
    ([mention("d1", "Republic of Vessany", "ORG"), mention("d2", "Vessany", "ORG"), mention("d3", "Vessany", "ORG")],
     "Republic of Vessany", "Vessany", True),
    # ... but never when X reads as a person
    ([mention("d1", "Republic of Vessany", "ORG"), mention("d2", "Vessany", "PERSON"), mention("d3", "Vessany", "PERSON")],
     "Republic of Vessany", "Vessany", False),
])
def test_aliases_state_names(mentions, a, b, joined):
    entities = merge_entities(mentions, [], [])
    assert together(entities, a, b) is joined
    if joined:
        assert any(ev["why"] == "place_noun" for ev in entity_with(entities, a).evidence)


@pytest.mark.parametrize("mentions, a, b, why", [
    # initials that spell a legal form written out, and initials in the plural
    ([mention("d1", "Orsk Broadcasting Corporation"), mention("d2", "OBC")], "OBC", "Orsk Broadcasting Corporation", "initials"),
    ([mention("d1", "Village Relief Committees"), mention("d2", "VRCs")], "VRCs", "Village Relief Committees", "initials"),
    # a body's name cut to its first words, when one longer name in the corpus starts with them
    ([mention("d1", "Kerrow Chemicals"), mention("d1", "Kerrow Chemicals Limited"), mention("d2", "Kerrow")],
     "Kerrow", "Kerrow Chemicals Limited", "name_prefix"),
    ([mention("d1", "Alvo General Hospital"), mention("d2", "Alvo General")], "Alvo General", "Alvo General Hospital",
     "name_prefix"),
])
def test_aliases_initials_and_first_words_merge(mentions, a, b, why):
    entities = merge_entities(mentions, [], [])
    assert together(entities, a, b)
    assert why in {ev["why"] for ev in entity_with(entities, a).evidence}


@pytest.mark.parametrize("mentions, a, b", [
    # a place's name is not the body named after the place
    ([mention("d1", "Alvo", "GPE"), mention("d2", "Alvo"), mention("d2", "Alvo General Hospital")], "Alvo",
     "Alvo General Hospital"),
    # a people's name is not the union named after it
    ([mention("d1", "Tessari", "NORP"), mention("d2", "Tessari"), mention("d2", "Tessari Farmers Union")], "Tessari",
     "Tessari Farmers Union"),
    # first words of two bodies' names
    ([mention("d1", "Kerrow Chemicals"), mention("d2", "Kerrow Holdings"), mention("d3", "Kerrow")], "Kerrow",
     "Kerrow Chemicals"),
    # an acronym is not the office it starts ("UN" / "UN Office for ...")
    ([mention("d1", "UN"), mention("d2", "UN Office for Refugee Affairs")], "UN", "UN Office for Refugee Affairs"),
    # a kind word alone is no name
    ([mention("d1", "Ministry"), mention("d2", "Ministry of Water")], "Ministry", "Ministry of Water"),
    # a kind of body, or "State", is no short name of the one body named after it
    ([mention("d1", "Armed Forces"), mention("d2", "Armed Forces Joint Staff")], "Armed Forces", "Armed Forces Joint Staff"),
    ([mention("d1", "State"), mention("d2", "State Forensic Laboratory")], "State", "State Forensic Laboratory"),
])
def test_aliases_first_words_kept_apart(mentions, a, b):
    assert not together(merge_entities(mentions, [], []), a, b)


def test_aliases_name_with_diacritic_spelled_out():
    entities = merge_entities([mention("d1", "Ana Petrović", "PERSON"), mention("d2", "Ana Petrovich", "PERSON"),
                               mention("d3", "Jan Müller", "PERSON"), mention("d4", "Jan Mueller", "PERSON"),
                               mention("d5", "Ana Petrova", "PERSON")], [], [])
    assert together(entities, "Ana Petrovich", "Ana Petrović")
    assert together(entities, "Jan Mueller", "Jan Müller")
    assert not together(entities, "Ana Petrova", "Ana Petrović")


@pytest.mark.parametrize("mentions, links, a, b", [
    # a title's initials, the title written with whose office it is
    ([mention("d1", "Ravi Menon", "PERSON"), mention("d2", "SP")],
     [link("d1", "Superintendent of Police for Osk District", "Ravi Menon", "appositive", "PERSON")], "SP", "Ravi Menon"),
    # initials a report defines as the title, the title held by one person in another report
    ([mention("d1", "Deputy Commissioner"), mention("d1", "DC"), mention("d2", "Tara Iyer", "PERSON")],
     [link("d1", "DC", "Deputy Commissioner", "acronym"),
      link("d2", "Deputy Commissioner", "Tara Iyer", "title", "PERSON")], "DC", "Tara Iyer"),
])
def test_aliases_title_initials_join_the_one_holder(mentions, links, a, b):
    entities = merge_entities(mentions, links, [])
    assert together(entities, a, b)
    assert "title_initials" in {ev["why"] for ev in entity_with(entities, a).evidence}


def test_aliases_title_initials_of_two_holders_join_neither():
    entities = merge_entities([mention("d1", "Deputy Commissioner"), mention("d1", "DC"), mention("d2", "Tara Iyer", "PERSON"),
                               mention("d3", "Omar Said", "PERSON")],
                              [link("d1", "DC", "Deputy Commissioner", "acronym"),
                               link("d2", "Deputy Commissioner", "Tara Iyer", "title", "PERSON"),
                               link("d3", "Deputy Commissioner", "Omar Said", "title", "PERSON")], [])
    assert not together(entities, "DC", "Tara Iyer") and not together(entities, "DC", "Omar Said")


def test_aliases_canonical_is_never_a_headline_in_capitals():
    """A headline line in capitals that the recogniser took for a name ("VICTIMS OF THE COUNCIL") and that joins the
    body's plain word ("council") never names the entity while a form written normally is in the cluster."""
    mentions = [mention("d1", "VICTIMS OF THE COUNCIL", "ORG"), mention("d1", "VICTIMS OF THE COUNCIL", "ORG", 30),
                mention("d1", "Ardel council", "ORG", 60)]
    links = [link("d1", "Ardel council", "VICTIMS OF THE COUNCIL", "descriptor")]
    entities = merge_entities(mentions, links, [])
    assert entity_with(entities, "Ardel council").name == "Ardel council"


def test_aliases_two_words_in_capitals_still_name_the_entity():
    """"VANCE'S CABINET" beside the bare "CABINET": the two-word form says whose cabinet it is and is no headline."""
    mentions = [mention("d1", "VANCE'S CABINET", "ORG"), mention("d1", "CABINET", "ORG", 30),
                mention("d1", "CABINET", "ORG", 60)]
    links = [link("d1", "CABINET", "VANCE'S CABINET", "descriptor")]
    entities = merge_entities(mentions, links, [])
    assert entity_with(entities, "CABINET").name == "VANCE'S CABINET"


def test_aliases_office_holder_cluster_is_named_by_the_person():
    mentions = [mention("d1", "the Director General of Ports", "ORG", i) for i in range(3)]
    mentions += [mention("d1", "Tomas Adeyo Kiran", "PERSON", 5), mention("d1", "Kiran", "PERSON", 6)]
    links = [link("d1", "the Director General of Ports", "Tomas Adeyo Kiran", "appositive", "PERSON")]
    entities = merge_entities(mentions, links, [])
    assert entity_with(entities, "Kiran").name == "Tomas Adeyo Kiran"


def test_aliases_town_of_name_makes_a_person_reading_a_place():
    # a town the recogniser mostly reads as a person, written once as "the town of X"
    mentions = [mention("d1", "Orsk", "PERSON"), mention("d1", "Orsk", "PERSON"), mention("d2", "Orsk", "GPE"),
                mention("d1", "town of Orsk", "PERSON")]
    links = [link("d1", "town of Orsk", "Orsk", "name_variant", "PERSON")]
    assert entity_with(merge_entities(mentions, links, []), "Orsk").kind == "GPE"
    assert entity_with(merge_entities(mentions[:3], [], []), "Orsk").kind == "PERSON"


def test_title_initials_with_the_title_written_with_them_in_brackets():
    # "Press Liaison Officer (PLO)" defined in one report, the title given to one person in another: the bracketed
    # form of the title does not keep the initials from that person
    mentions = [mention("d1", "Press Liaison Officer"), mention("d1", "PLO"), mention("d2", "PLO"),
                mention("d2", "Irena Vost", "PERSON")]
    links = [link("d1", "PLO", "Press Liaison Officer", "acronym"),
             link("d1", "Press Liaison Officer (PLO)", "Press Liaison Officer", "acronym"),
             link("d2", "the Press Liaison Officer", "Irena Vost", "appositive", "PERSON")]
    entities = merge_entities(mentions, links)
    assert together(entities, "PLO", "Irena Vost")


def test_aliases_government_named_by_a_people_word_the_corpus_also_uses_for_the_people():
    # "Talvenian" is a people of the corpus ("Talvenian citizens"); "the Talvenian government" is still Talvenia's
    entities = merge_entities([mention("d1", "Talvenia", "GPE"), mention("d1", "Talvenian", "NORP"),
                               mention("d1", "Talvenian", "NORP", 5), mention("d2", "Government of the Republic of Talvenia"),
                               mention("d3", "the Talvenian government")], [])
    assert together(entities, "Government of the Republic of Talvenia", "the Talvenian government")
    assert not together(entities, "Talvenian", "the Talvenian government")


def test_aliases_person_name_written_surname_first_is_the_same_person():
    entities = merge_entities([mention("d1", "Lisbet Harrow", "PERSON"), mention("d2", "Harrow Lisbet", "PERSON"),
                               mention("d3", "Harrow Bay", "LOC")], [])
    assert together(entities, "Lisbet Harrow", "Harrow Lisbet")
    assert not together(entities, "Lisbet Harrow", "Harrow Bay")
