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
from collections import ChainMap, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..records import AliasLink, Conflict, DateRef, Document, Entity, Event, Figure, Label, Mention, Quantity, Quote


@dataclass
class ReconcileSummary:
    counts: dict[str, int] = field(default_factory=dict)


def _optional(module: str):
    name = f"crosscheck.reconcile.{module}"
    return importlib.import_module(name) if importlib.util.find_spec(name) else None


def find_local_aliases(aliases, entities: list[Entity]) -> dict[str, dict[str, str]]:
    """Per document, the names it ties to one entity itself (a surname alone, a
    title, an appositive), as ``aliases.build_alias_index(entities, document)``
    adds them, gathered in one pass over the evidence rather than one per document."""
    kinds = getattr(aliases, "LOCAL_EVIDENCE", frozenset()) | getattr(aliases, "DESCRIPTIVE_EVIDENCE", frozenset())
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e in entities:
        for ev in e.evidence:
            if ev.get("document") and ev.get("why") in kinds:
                key = aliases.normalize_name(ev.get("alias") or "")
                if key:
                    names[ev["document"]][key].add(e.name)
    return {doc: {key: next(iter(found)) for key, found in keys.items() if len(found) == 1}
            for doc, keys in names.items()}


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

    local = find_local_aliases(aliases, results[Entity]) if aliases is not None else {}

    def canonical(name: str | None, document: str | None = None) -> str | None:
        """The merged entity's name for a source or speaker, read the way its own
        report uses it (a surname alone, a title: "Peterson" is that report's
        Peterson); a common-noun source ("city council") stays as written."""
        if not name or aliases is None or not index:
            return name
        idx = ChainMap(local[document], index) if document in local else index
        if aliases.normalize_name(name) in idx or name[:1].isupper():
            found = aliases.canonicalize(name, idx)
            if found and found.islower() and not name.islower():
                return name  # "Morvanian police" is not made the bare "police" another report says
            return found
        return name

    for f in figures:
        f.source = canonical(f.source, f.document)
    matching = _optional("quote_matching")
    for q in quotes:
        q.speaker = canonical(q.speaker, q.document)
    if matching is not None and quotes:
        quotes = matching.cluster_quotes(quotes)
    meaning = _optional("quote_meaning")
    if meaning is not None and quotes:
        from .. import semantic

        with semantic.vector_cache(store):  # a re-run encodes only quotations it has not seen
            quotes = meaning.link_by_meaning(quotes)  # translations; only with the optional model
    for lab in labels:
        lab.entity = canonical(lab.entity, lab.document) or lab.entity
    framing = _optional("framing")
    if framing is not None and labels:
        framing.resolve_labels_across_documents(labels)

    timeline = _optional("timeline")
    dated_periods = timeline.complete_figure_periods(figures, documents) if timeline is not None else []
    reconcile_records = getattr(importlib.import_module("crosscheck.reconcile"), "reconcile", None)
    if reconcile_records is not None:
        claims = [f for f in figures if not f.repeat_of]  # a restatement is the same claim
        res = reconcile_records(documents, claims, date_refs)
        results[Quantity], results[Conflict], results[Event] = res.quantities, res.conflicts, res.events

    with store.transaction():
        store.replace_cross_document(results)
        for f in figures:
            store.execute("UPDATE figures SET source = ? WHERE id = ?", (f.source, f.id))
        for f in dated_periods:
            store.execute("UPDATE figures SET period_start = ?, period_end = ? WHERE id = ?",
                          (f.period_start, f.period_end, f.id))
        for q in quotes:
            store.execute("UPDATE quotes SET speaker = ?, cluster = ? WHERE id = ?", (q.speaker, q.cluster, q.id))
        for lab in labels:
            store.execute("UPDATE labels SET entity = ? WHERE id = ?", (lab.entity, lab.id))
    return ReconcileSummary({cls.table: len(v) for cls, v in results.items()})
