"""Framing across outlets: how each outlet labels each entity, and whom it cites.

``build_framing(labels, quotes, figures, documents)`` returns a plain dict:

* ``outlets`` — the outlets (a document's ``outlet``, else its file name), sorted;
* ``labels`` — ``{entity: {outlet: [{label, count, markers}, ...]}}``, most used label first;
* ``sources`` — ``{outlet: [{source, figures, quotes}, ...]}``: who the outlet
  credits with figures (``Figure.source``) and whose words it quotes
  (``Quote.speaker``), most cited first. A figure stated in the outlet's own
  voice counts under ``(own voice)``; an unattributed quote under ``(unnamed)``.

Entity names in labels are taken as given: canonicalise them first (see
``reconcile.aliases.canonicalize``) so that one entity has one row.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import PurePath
from typing import Iterable

from ..lexicons import load_mapping, load_words
from ..records import Document, Figure, Label, Quote

OWN_VOICE = "(own voice)"
UNNAMED = "(unnamed)"


_ARTICLES = frozenset({"the", "a", "an"})


def _label_key(text: str) -> str:
    """A label or entity as a lower-case phrase without a leading article ("The gunmen" → "gunmen")."""
    words = re.findall(r"[\w\-’']+", (text or "").lower())
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    """Words that name people by their part or by the writer's judgement, not by who they are: the role words,
    the actor nouns and the loaded terms of the label lexicons ("gunmen", "assailants", "terrorists", "profiteers")."""
    words = {w.lstrip("@") for w in load_words("label_role_words.txt")}
    words |= set(load_mapping("label_actor_nouns.tsv"))
    words |= set(load_mapping("loaded_terms.tsv"))
    return frozenset(words)


def _is_actor_phrase(key: str) -> bool:
    """The phrase ends in an actor word ("armed terrorists", "the reckless profiteers", "hostage-takers")."""
    from ..extract.labels import is_movement_body

    words = key.split()
    if not words:
        return False
    actors = _actor_words()
    return words[-1] in actors or " ".join(words[-2:]) in actors or any(p in actors for p in words[-1].split("-")) \
        or is_movement_body(words)  # "the terrorist organisation": an armed movement as a body


def is_unresolved_caps(lab: Label, key: str) -> bool:
    """The label is its own entity and holds no capital past its first letter: "Gunmen" opening a sentence."""
    return key == _label_key(lab.label) and not any(c.isupper() for c in lab.label.lstrip()[1:])


def _singular(word: str) -> str:
    """A plural's singular by its last letter ("terrorists" → "terrorist"); other words as they are."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _name_modifier_votes(labels: list[Label]) -> dict[str, dict[str, set[str]]]:
    """Lower-case words a report writes before or around a name it labels ("the outlawed Red Hand Brigade" with
    "outlawed"; "the banned militant Red Hand Brigade" with "banned", "militant"), each with the names so written
    and the documents: the word as an epithet of that named entity. Words of the name itself do not count."""
    votes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for lab in labels:
        if not lab.entity or not lab.entity.split()[-1][:1].isupper() or _is_actor_phrase(_label_key(lab.entity)):
            continue
        own = set(_label_key(lab.entity).split())
        for word in _label_key(lab.label).split():
            if word not in own and word.islower():
                votes[_singular(word)][lab.entity].add(lab.document)
    return votes


def _is_armed_label(lab: Label) -> bool:
    """The label names armed people or an armed group by its head ("gunmen", "Islamist militants", "armed
    gangs", "terrorist hordes", "a terrorist organisation"), not only by the writer's judgement ("profiteers",
    "criminals")."""
    from ..extract.labels import FoundLabel, epithet_kind, is_armed_phrase, is_movement_body

    found = FoundLabel(lab.entity, lab.label, 0, 0, "")
    words = [w for w in _label_key(lab.label.split(" of ")[0]).split()]
    return is_armed_phrase(found) or epithet_kind(found) == "epithet_armed" or is_movement_body(words)


def _resolved_actor_word(lab: Label) -> str | None:
    """The label's key when it is a lower-case actor word ("the gunmen") its report resolved to a name ending in
    a capitalised word; ``None`` otherwise."""
    key = _label_key(lab.label)
    if not lab.entity or not lab.entity.split()[-1][:1].isupper() or any(c.isupper() for c in lab.label):
        return None
    if key == _label_key(lab.entity) or _is_actor_phrase(_label_key(lab.entity)) or not _is_actor_phrase(key):
        return None
    return key


def _sole_armed_group(labels: list[Label]) -> dict[str, set[str]]:
    """The one named entity the corpus ties armed words to ("the gunmen" resolved to the Red Hand Brigade in one
    report, "militants of the Red Hand Brigade" in another), with the documents that do so; empty when the
    reports tie armed words to two names, or when fewer than two reports tie them to the one."""
    named: dict[str, set[str]] = defaultdict(set)
    for lab in labels:
        key = _resolved_actor_word(lab)
        if key is None:
            continue
        if _is_armed_label(lab):
            named[lab.entity].add(lab.document)
    if len(named) != 1 or len(next(iter(named.values()))) < 2:
        return {}
    return dict(named)


def resolve_labels_across_documents(labels: list[Label]) -> None:
    """An actor word a report leaves unresolved ("the gunmen", "terrorists", "armed terrorists": the label's
    entity is a lower-case phrase, no name) takes the named entity other reports of the corpus resolve the same
    word to ("the gunmen" that one report ties to the Red Hand Brigade): every other report that resolves it
    names that one entity. The phrase's head word stands in when the whole phrase is resolved nowhere ("dead
    attackers" by "attackers"); a label capitalised only by its place ("Gunmen" opening a sentence) counts as
    unresolved. The name must end in a capitalised word ("the Velani arsonists" is a description, not a name). A
    word other reports resolve to two different names, or to a word that is
    itself an actor word, stays as written; an armed word no report resolves ("the insurgents") takes the one
    named group that at least two reports tie their armed words to, when they tie them to no other; so do plain institution nouns ("the government", "police"), which
    are not actor words."""
    named: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for lab in labels:
        key = _resolved_actor_word(lab)
        if key is None:
            continue
        named[key][lab.entity].add(lab.document)
    modifiers = _name_modifier_votes(labels)
    if not named and not modifiers:
        return
    armed_group = _sole_armed_group(labels)
    for lab in labels:
        key = _label_key(lab.entity)
        if not key or any(c.isupper() for c in lab.entity) and not is_unresolved_caps(lab, key):
            continue
        if not _is_actor_phrase(key):
            continue
        votes = named.get(key) or named.get(key.split()[-1]) or modifiers.get(_singular(key.split()[-1]))
        if not votes and armed_group and _is_armed_label(lab):
            votes = armed_group
        if not votes:
            continue
        others = {name for name, docs in votes.items() if docs - {lab.document}}
        if len(others) == 1:
            lab.entity = next(iter(others))


def outlet_names(documents: Iterable[Document]) -> dict[str, str]:
    """Document path → outlet name (the file name when the outlet is unknown)."""
    return {d.path: d.outlet or PurePath(d.path).name for d in documents}


def collect_labels(labels: Iterable[Label], outlet_of: dict[str, str]) -> dict[str, dict[str, list[dict]]]:
    table: dict[str, dict[str, dict[str, dict]]] = defaultdict(lambda: defaultdict(dict))
    for lb in labels:
        outlet = lb.outlet or outlet_of.get(lb.document) or PurePath(lb.document).name
        row = table[lb.entity][outlet].setdefault(lb.label.lower(), {"label": lb.label, "count": 0, "markers": set()})
        row["count"] += lb.count
        row["markers"] |= set(lb.markers)
    return {
        entity: {
            outlet: sorted(({**r, "markers": sorted(r["markers"])} for r in rows.values()), key=lambda r: (-r["count"], r["label"]))
            for outlet, rows in sorted(by_outlet.items())
        }
        for entity, by_outlet in sorted(table.items())
    }


def collect_sources(quotes: Iterable[Quote], figures: Iterable[Figure], outlet_of: dict[str, str]) -> dict[str, list[dict]]:
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for f in figures:
        counts[outlet_of.get(f.document) or PurePath(f.document).name][f.source or OWN_VOICE]["figures"] += 1
    for q in quotes:
        if q.is_label:
            continue
        counts[outlet_of.get(q.document) or PurePath(q.document).name][q.speaker or UNNAMED]["quotes"] += 1
    return {
        outlet: sorted(
            ({"source": s, "figures": c["figures"], "quotes": c["quotes"]} for s, c in by_source.items()),
            key=lambda r: (-(r["figures"] + r["quotes"]), r["source"] in (OWN_VOICE, UNNAMED), r["source"]),
        )
        for outlet, by_source in sorted(counts.items())
    }


def build_framing(labels: Iterable[Label], quotes: Iterable[Quote], figures: Iterable[Figure],
                  documents: Iterable[Document]) -> dict:
    """Outlet × entity labels and outlet → cited sources with counts."""
    documents = list(documents)
    outlet_of = outlet_names(documents)
    labels_table = collect_labels(labels, outlet_of)
    sources = collect_sources(quotes, figures, outlet_of)
    outlets = sorted(set(outlet_of.values()) | set(sources) | {o for by in labels_table.values() for o in by})
    return {"outlets": outlets, "labels": labels_table, "sources": sources}
