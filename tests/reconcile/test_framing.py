"""Outlet × entity labels and sourcing profile (crosscheck.reconcile.framing)."""
from __future__ import annotations

import pytest

from crosscheck.records import Document, Figure, Label, Quote
from crosscheck.reconcile.framing import OWN_VOICE, UNNAMED, build_framing, resolve_labels_across_documents


def label(doc, outlet, entity, text, count=1, markers=()):
    return Label(id=f"{doc}{text}", document_id=doc, document=f"{doc}.txt", outlet=outlet, entity=entity,
                 label=text, count=count, markers=list(markers))


def figure(doc, source):
    return Figure(id=f"{doc}{source}", document_id=doc, document=f"{doc}.txt", sentence="...", source=source)


def quote(doc, speaker, is_label=False):
    return Quote(id=f"{doc}{speaker}", document_id=doc, document=f"{doc}.txt", text="...", speaker=speaker, is_label=is_label)


DOCS = [Document(id="a", path="a.txt", outlet="Valley Post"), Document(id="b", path="b.txt", outlet=None)]


@pytest.fixture
def framing():
    labels = [
        label("a", "Valley Post", "Northern Army", "rebels", 2),
        label("a", "Valley Post", "Northern Army", "so-called liberators", 1, ["so_called"]),
        label("b", None, "Northern Army", "freedom fighters", 3),
        label("b", None, "Northern Army", "Freedom fighters", 1),
    ]
    figures = [figure("a", "Red Crescent"), figure("a", "Red Crescent"), figure("a", None), figure("b", "Health Ministry")]
    quotes = [quote("a", "Red Crescent"), quote("b", None), quote("b", "Mayor Ruiz", is_label=True)]
    return build_framing(labels, quotes, figures, DOCS)


def test_framing_outlets_fall_back_to_file_name(framing):
    assert framing["outlets"] == ["Valley Post", "b.txt"]


@pytest.mark.parametrize("outlet, expected", [
    ("Valley Post", [("rebels", 2, []), ("so-called liberators", 1, ["so_called"])]),
    ("b.txt", [("freedom fighters", 4, [])]),
])
def test_framing_labels_per_outlet_and_entity(framing, outlet, expected):
    rows = framing["labels"]["Northern Army"][outlet]
    assert [(r["label"], r["count"], r["markers"]) for r in rows] == expected


@pytest.mark.parametrize("outlet, expected", [
    ("Valley Post", [("Red Crescent", 2, 1), (OWN_VOICE, 1, 0)]),
    ("b.txt", [("Health Ministry", 1, 0), (UNNAMED, 0, 1)]),
])
def test_framing_sources_count_figures_and_quotes(framing, outlet, expected):
    assert [(r["source"], r["figures"], r["quotes"]) for r in framing["sources"][outlet]] == expected


def test_unresolved_actor_word_takes_the_name_other_reports_give_it():
    labels = [
        label("a", None, "Black Reed Front", "gunmen"),
        label("b", None, "gunmen", "gunmen"),
        label("b", None, "gunmen", "assailants"),
        label("c", None, "armed raiders", "armed raiders"),
        label("d", None, "Black Reed Front", "raiders"),
    ]
    resolve_labels_across_documents(labels)
    assert [lab.entity for lab in labels] == ["Black Reed Front"] * 5


def test_actor_word_resolved_two_ways_or_institution_noun_stays():
    labels = [
        label("a", None, "Black Reed Front", "attackers"),
        label("b", None, "Hill Guard", "attackers"),
        label("c", None, "attackers", "attackers"),
        label("a", None, "Government of Tarvia", "government"),
        label("c", None, "government", "government"),
        label("a", None, "Gunmen", "attackers"),
        label("d", None, "attackers", "attackers"),
    ]
    resolve_labels_across_documents(labels)
    assert [lab.entity for lab in labels][2] == "attackers"
    assert labels[4].entity == "government"


def test_actor_word_only_its_own_report_resolves_stays():
    labels = [label("a", None, "Black Reed Front", "militants"), label("a", None, "militants", "militants")]
    resolve_labels_across_documents(labels)
    assert labels[1].entity == "militants"


def test_sentence_initial_capital_counts_as_unresolved_and_descriptions_are_not_names():
    labels = [
        label("a", None, "Black Reed Front", "gunmen"),
        label("b", None, "Gunmen", "gunmen"),
        label("c", None, "Tolvan arsonists", "looters"),
        label("d", None, "looters", "looters"),
    ]
    resolve_labels_across_documents(labels)
    assert labels[1].entity == "Black Reed Front"
    assert labels[3].entity == "looters"


def test_actor_word_no_report_resolves_takes_the_name_others_write_it_before():
    labels = [
        label("a", None, "Ostra Valley Front", "outlawed raider Ostra Valley Front"),
        label("b", None, "raiders", "raiders"),
        label("c", None, "raiders", "the raiders"),
        label("b", None, "Hill Guard", "banned Hill Guard"),
        label("c", None, "Harbour Watch", "banned Harbour Watch"),
        label("d", None, "banned groups", "banned groups"),
    ]
    resolve_labels_across_documents(labels)
    entities = [lab.entity for lab in labels]
    assert entities[1:3] == ["Ostra Valley Front"] * 2
    assert entities[5] == "banned groups"  # no report writes "groups" before a name


def test_actor_word_written_before_two_names_stays_its_own():
    labels = [
        label("a", None, "Ostra Valley Front", "outlawed raider Ostra Valley Front"),
        label("b", None, "Hill Guard", "raider Hill Guard"),
        label("c", None, "raiders", "the raiders"),
    ]
    resolve_labels_across_documents(labels)
    assert labels[2].entity == "raiders"  # the word stands before two different names


def test_armed_word_no_report_resolves_takes_the_one_group_reports_tie_armed_words_to():
    labels = [
        label("a", None, "Sable Ridge Army", "gunmen"),
        label("b", None, "Sable Ridge Army", "armed men"),
        label("c", None, "insurgents", "insurgents"),
        label("c", None, "profiteers", "profiteers"),  # a judgement, not an armed word: stays
    ]
    resolve_labels_across_documents(labels)
    assert labels[2].entity == "Sable Ridge Army"
    assert labels[3].entity == "profiteers"


@pytest.mark.parametrize("resolved", [
    # only one report ties armed words to the group
    [label("a", None, "Sable Ridge Army", "gunmen")],
    # reports tie armed words to two groups
    [label("a", None, "Sable Ridge Army", "gunmen"), label("b", None, "Copper Hills Militia", "militants")],
])
def test_armed_word_stays_without_one_group_two_reports_name(resolved):
    labels = resolved + [label("c", None, "insurgents", "insurgents")]
    resolve_labels_across_documents(labels)
    assert labels[-1].entity == "insurgents"


def test_movement_as_an_organisation_takes_the_name_other_reports_give_it():
    labels = [
        label("a", None, "Black Reed Front", "terrorist organisation"),
        label("b", None, "terrorist organisation", "terrorist organisation"),
        # an ordinary organisation phrase is no actor word
        label("a", None, "Relief Union", "aid organisation"),
        label("c", None, "aid organisation", "aid organisation"),
    ]
    resolve_labels_across_documents(labels)
    assert labels[1].entity == "Black Reed Front"
    assert labels[3].entity == "aid organisation"


def test_movement_as_an_organisation_takes_the_one_armed_group_of_the_corpus():
    labels = [
        label("a", None, "Black Reed Front", "gunmen"),
        label("b", None, "Black Reed Front", "the militants"),
        label("c", None, "jihadist movement", "jihadist movement"),
    ]
    resolve_labels_across_documents(labels)
    assert labels[2].entity == "Black Reed Front"
