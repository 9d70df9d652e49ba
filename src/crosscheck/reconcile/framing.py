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

from collections import Counter, defaultdict
from pathlib import PurePath
from typing import Iterable

from ..records import Document, Figure, Label, Quote

OWN_VOICE = "(own voice)"
UNNAMED = "(unnamed)"


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
