"""Run reconciliation over everything in a store and write the results back.

Loads the per-document records, calls the cross-document steps (quantities,
conflicts and timeline; entity merging; quote clustering) and replaces the
cross-document tables in one transaction. Per-document rows only gain the
fields that need the whole corpus: a quote's ``cluster`` and canonical
``speaker``, a figure's canonical ``source``, a label's canonical ``entity``.
"""
from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from ..records import AliasLink, Conflict, DateRef, Document, Entity, Event, Figure, Label, Mention, Quantity, Quote


@dataclass
class ReconcileSummary:
    counts: dict[str, int] = field(default_factory=dict)


def _optional(module: str):
    name = f"crosscheck.reconcile.{module}"
    return importlib.import_module(name) if importlib.util.find_spec(name) else None


def reconcile_store(store, user_aliases: str | Path | None = None) -> ReconcileSummary:
    """Rebuild quantities, conflicts, events and entities from the stored records."""
    # A fixed order, so results do not depend on the order documents were stored in.
    documents = store.load(Document, order="path, id")
    figures = store.load(Figure, order="document, char_start, id")
    date_refs = store.load(DateRef, order="document, char_start, id")
    quotes = store.load(Quote, order="document, char_start, id")
    mentions = store.load(Mention, order="document, char_start, id")
    links = store.load(AliasLink, order="document, id")
    labels = store.load(Label, order="document, entity, label, id")

    results: dict[type, list] = {Entity: [], Quantity: [], Conflict: [], Event: []}
    aliases = _optional("aliases")
    index: dict[str, str] = {}
    if aliases is not None and (mentions or links):
        user = aliases.load_user_aliases(user_aliases) if user_aliases else None
        entities = aliases.merge_entities(mentions, links, documents, user)
        results[Entity] = entities
        index = aliases.build_alias_index(entities)

    def canonical(name: str | None) -> str | None:
        """The merged entity's name for a source or speaker; a common-noun source ("city council") stays as written."""
        if not name or aliases is None or not index:
            return name
        if aliases.normalize_name(name) in index or name[:1].isupper():
            return aliases.canonicalize(name, index)
        return name

    for f in figures:
        f.source = canonical(f.source)
    matching = _optional("quote_matching")
    for q in quotes:
        q.speaker = canonical(q.speaker)
    if matching is not None and quotes:
        quotes = matching.cluster_quotes(quotes)
    meaning = _optional("quote_meaning")
    if meaning is not None and quotes:
        quotes = meaning.link_by_meaning(quotes)  # translations; only with the optional model
    for lab in labels:
        lab.entity = canonical(lab.entity) or lab.entity

    reconcile_records = getattr(importlib.import_module("crosscheck.reconcile"), "reconcile", None)
    if reconcile_records is not None:
        claims = [f for f in figures if not f.repeat_of]  # a restatement is the same claim
        res = reconcile_records(documents, claims, date_refs)
        results[Quantity], results[Conflict], results[Event] = res.quantities, res.conflicts, res.events

    with store.transaction():
        store.replace_cross_document(results)
        for f in figures:
            store.execute("UPDATE figures SET source = ? WHERE id = ?", (f.source, f.id))
        for q in quotes:
            store.execute("UPDATE quotes SET speaker = ?, cluster = ? WHERE id = ?", (q.speaker, q.cluster, q.id))
        for lab in labels:
            store.execute("UPDATE labels SET entity = ? WHERE id = ?", (lab.entity, lab.id))
    return ReconcileSummary({cls.table: len(v) for cls, v in results.items()})
