"""Cross-document reconciliation: a pure function over stored records.

``reconcile(documents, figures, date_refs)`` groups figures into quantities,
finds conflicts and builds the timeline. Each step is its own module, so a
new step (entities, quote clusters) is one more field and one more call.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from crosscheck.records import Conflict, DateRef, Document, Event, Figure, Quantity
from crosscheck.reconcile.conflicts import find_conflicts
from crosscheck.reconcile.quantities import group_quantities
from crosscheck.reconcile.timeline import build_timeline


@dataclass(slots=True)
class ReconcileResult:
    quantities: list[Quantity] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def records(self):
        """Every cross-document record, for storing or exporting."""
        yield from self.quantities
        yield from self.conflicts
        yield from self.events


def reconcile(documents: list[Document], figures: list[Figure], date_refs: list[DateRef]) -> ReconcileResult:
    """Reconcile per-document records into quantities, conflicts and events."""
    quantities = group_quantities(figures, documents)
    conflicts = find_conflicts(figures, quantities, documents)
    events = build_timeline(date_refs, documents)
    return ReconcileResult(quantities=quantities, conflicts=conflicts, events=events)


__all__ = ["ReconcileResult", "reconcile", "group_quantities", "find_conflicts", "build_timeline"]
