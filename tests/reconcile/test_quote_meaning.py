"""Quotes of one statement in other words (translations) join one cluster.

Runs the real sentence-embedding model (the ``semantic`` extra, installed by
the test dependencies). Quotes invented for these tests: a governor after a
flood, a minister after a mine collapse.
"""
from __future__ import annotations

import pytest

from crosscheck import semantic
from crosscheck.records import Quote, record_id
from crosscheck.reconcile.quote_matching import cluster_quotes
from crosscheck.reconcile.quote_meaning import link_by_meaning, speaker_key


def quote(doc: str, text: str, speaker: str | None, n: int = 0, is_label: bool = False) -> Quote:
    return Quote(id=record_id(doc, text, n), document_id=doc, document=f"/r/{doc}.txt", text=text,
                 speaker=speaker, sentence=text, char_start=n, is_label=is_label)


def clusters(quotes: list[Quote]) -> list[bool]:
    """For consecutive pairs (0,1), (2,3)...: do they share a cluster after both steps?"""
    out = link_by_meaning(cluster_quotes(quotes))
    return [out[i].cluster == out[i + 1].cluster for i in range(0, len(out), 2)]


def test_quote_meaning_model_is_installed():
    """CI installs the extra: without it the translation rules below are not exercised."""
    assert semantic.is_available()


@pytest.mark.parametrize("a, b, same", [
    # one statement, two translations that share few words
    (("The state will bear the cost, whatever it may be.", "Governor Ana Rus"),
     ("The State will pay, whatever the price.", "Ana Rus"), True),
    (("We will not leave a single family without a roof over its head.", "Ana Rus"),
     ("No family will be left without a roof.", "Ana Rus"), True),
    # a short part of a longer quotation, in other words
    (("The rescuers worked all night. We will not stop digging until every miner is brought out.", "Minister Ivo Dale"),
     ("We will keep digging until the last miner has been brought out", "Ivo Dale"), True),
    # the same speaker saying something else
    (("The state will bear the cost, whatever it may be.", "Ana Rus"),
     ("The dam was inspected last year and found to be safe.", "Ana Rus"), False),
    # the same meaning from different people: two utterances
    (("The state will bear the cost, whatever it may be.", "Ana Rus"),
     ("The State will pay, whatever the price.", "Lena Moss"), False),
])
def test_quote_meaning_links_translations_of_one_statement(a, b, same):
    quotes = [quote("d1", a[0], a[1]), quote("d2", b[0], b[1])]
    assert clusters(quotes) == [same]


def test_quote_meaning_unknown_speaker_needs_closer_meaning():
    close = [quote("d1", "The State will pay for every house, whatever the price.", "Ana Rus"),
             quote("d2", "The state will pay for every house, whatever the cost.", None)]
    loose = [quote("d1", "The state will bear the cost, whatever it may be.", "Ana Rus"),
             quote("d2", "Nobody will be asked to pay for the repairs.", None)]
    assert clusters(close + loose) == [True, False]


def test_quote_meaning_unknown_speaker_joins_a_free_translation():
    """A translation whose speaker one report leaves unresolved (cosine about 0.83)."""
    quotes = [quote("d1", "We will not leave a single village alone under the snow.", "Ana Rus"),
              quote("d2", "Not one village will be left behind beneath the snow. The state will help every family.", None)]
    assert clusters(quotes) == [True]


def test_quote_meaning_never_links_within_one_report_or_labels():
    same_doc = [quote("d1", "The state will bear the cost, whatever it may be.", "Ana Rus"),
                quote("d1", "The State will pay, whatever the price.", "Ana Rus", n=200)]
    labels = [quote("d1", "so-called rescue", None, is_label=True),
              quote("d2", "alleged rescue", None, is_label=True)]
    assert clusters(same_doc + labels) == [False, False]


def test_quote_meaning_switched_off_leaves_clusters(monkeypatch):
    monkeypatch.setenv("CROSSCHECK_SEMANTIC", "0")
    quotes = [quote("d1", "The state will bear the cost, whatever it may be.", "Ana Rus"),
              quote("d2", "The State will pay, whatever the price.", "Ana Rus")]
    assert clusters(quotes) == [False]


@pytest.mark.parametrize("name, key", [
    ("Brig Gen Matei Loran", "loran"), ("Loran", "loran"), (None, None), ("", None),
    ("Dragan Mirković", "mirkovic"), ("Mirkovic", "mirkovic"),
])
def test_quote_meaning_speaker_key_is_last_name(name, key):
    assert speaker_key(name) == key


@pytest.mark.parametrize("text, expected", [
    ("We will rebuild. Every house will stand again by winter.",
     ["We will rebuild.", "Every house will stand again by winter."]),
    ("The water rose in minutes, and nobody had warned the village below the dam",
     ["The water rose in minutes, and nobody had warned the village below the dam",
      "The water rose in minutes", "nobody had warned the village below the dam"]),
])
def test_quote_meaning_segments_split_sentences_then_clauses(text, expected):
    got = semantic.segments(text)
    # "We will rebuild." has three words: too short to compare on its own
    assert got == [s for s in expected if len(s.split()) >= semantic.MIN_SEGMENT_WORDS]


def test_quote_meaning_joins_speaker_named_with_and_without_second_surname():
    """A headline fragment joined with a report where the minister has one
    surname must still join the cluster of a report giving both surnames."""
    quotes = [quote("d1", "The republic does not bow to smugglers.", "Marta Soler"),
              quote("d2", "The republic does not bow to smugglers, and it never will.", "Marta Soler Vidal"),
              quote("d3", "The republic does not bow to smugglers.", "Marta Soler"),
              quote("d4", "The republic will never bow before the smugglers.", "Marta Soler Vidal")]
    out = link_by_meaning(cluster_quotes(quotes))
    assert len({q.cluster for q in out}) == 1



def test_quote_meaning_keeps_two_speakers_apart():
    quotes = [quote("d1", "The republic does not bow to smugglers.", "Marta Soler"),
              quote("d2", "The republic will never bow before the smugglers.", "Pau Riba")]
    assert clusters(quotes) == [False]


def test_quote_meaning_joins_given_name_after_honorific_with_the_full_name():
    """A press note that names the minister 'Shri Ravi' and reports that name him 'Ravi Menon'."""
    quotes = [quote("d1", "No guilty official will escape, whatever rank he holds.", "Shri Ravi"),
              quote("d2", "no guilty official will escape", "Ravi Menon"),
              quote("d3", "nobody found responsible will be let off", "Ravi Menon")]
    out = link_by_meaning(cluster_quotes(quotes))
    assert out[0].cluster == out[1].cluster


def test_quote_meaning_given_name_of_someone_else_stays_apart():
    quotes = [quote("d1", "The republic does not bow to smugglers.", "Shri Pau"),
              quote("d2", "The republic will never bow before the smugglers.", "Ravi Menon")]
    assert clusters(quotes) == [False]
