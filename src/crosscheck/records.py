"""Plain records passed between stages.

Field names follow the export contract (docs/export.md mirrors it). Every
record is a slotted dataclass with ``as_dict()``: it pickles cleanly for Dask,
inserts as a dict row into the store and serialises as one JSON Lines object.

Per-document records (produced by ``extract``): Document, Sentence, Figure,
Quote, Mention, AliasLink, DateRef, Label.
Cross-document records (produced by ``reconcile``): Quantity, Conflict,
Entity, Event.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, ClassVar


def content_hash(text: str, length: int = 16) -> str:
    """Stable id of a text: the first ``length`` hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def record_id(*parts: Any, length: int = 16) -> str:
    """Stable id built from the parts that identify a record."""
    return content_hash("\x1f".join("" if p is None else str(p) for p in parts), length)


class Record:
    """Mixin: ``as_dict`` and the export ``type`` name."""

    record_type: ClassVar[str] = ""
    table: ClassVar[str] = ""
    # Fields stored in the database but left out of the export.
    internal: ClassVar[tuple[str, ...]] = ()

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    def export_dict(self) -> dict[str, Any]:
        d = {"type": self.record_type}
        d.update({k: v for k, v in self.as_dict().items() if k not in self.internal})
        return d

    @classmethod
    def from_row(cls, row: dict[str, Any]):
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in row.items() if k in names})


@dataclass(slots=True)
class Document(Record):
    record_type: ClassVar[str] = "document"
    table: ClassVar[str] = "documents"
    internal: ClassVar[tuple[str, ...]] = ("text", "source_format", "added_at")

    id: str
    path: str
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None          # ISO date
    published_from: str | None = None     # metadata | text | user | inferred
    language: str | None = None
    words: int = 0
    duplicate_of: str | None = None
    source_format: str | None = None      # txt | md | html | json | jsonl
    added_at: str | None = None


@dataclass(slots=True)
class Sentence(Record):
    record_type: ClassVar[str] = "sentence"
    table: ClassVar[str] = "sentences"

    document_id: str
    idx: int
    char_start: int
    char_end: int
    text: str


@dataclass(slots=True)
class Figure(Record):
    """One numeric claim as one document states it."""

    record_type: ClassVar[str] = "figure"
    table: ClassVar[str] = "figures"
    internal: ClassVar[tuple[str, ...]] = ("document_id",)

    id: str
    document_id: str
    document: str                 # the document's path
    sentence: str
    char_start: int | None = None
    char_end: int | None = None
    number_text: str | None = None  # the number as written ("2,134", "hundreds")
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    measure: str = "other"
    subject: str | None = None
    group: str | None = None
    location: list[str] = field(default_factory=list)
    period_start: str | None = None
    period_end: str | None = None
    period_text: str | None = None
    source: str | None = None
    source_text: str | None = None  # the attribution as written ("the monitor")
    reported_on: str | None = None
    hedges: list[str] = field(default_factory=list)
    sentence_idx: int | None = None
    repeat_of: str | None = None    # id of the earlier figure of the same document this one restates


@dataclass(slots=True)
class Quote(Record):
    record_type: ClassVar[str] = "quote"
    table: ClassVar[str] = "quotes"
    internal: ClassVar[tuple[str, ...]] = ("document_id",)

    id: str
    document_id: str
    document: str
    text: str
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    sentence: str = ""
    char_start: int | None = None
    char_end: int | None = None
    cluster: str | None = None
    is_label: bool = False        # scare quote / short label, not a statement
    sentence_idx: int | None = None


@dataclass(slots=True)
class Mention(Record):
    """One mention of a named (or described) entity in one document."""

    record_type: ClassVar[str] = "mention"
    table: ClassVar[str] = "mentions"

    id: str
    document_id: str
    document: str
    text: str
    kind: str                      # PERSON, ORG, GPE, NORP, LOC, ...
    char_start: int
    char_end: int
    sentence_idx: int | None = None


@dataclass(slots=True)
class AliasLink(Record):
    """In-document evidence that two surface forms name the same entity."""

    record_type: ClassVar[str] = "alias_link"
    table: ClassVar[str] = "alias_links"

    id: str
    document_id: str
    document: str
    alias: str
    target: str
    evidence: str                  # acronym | name_variant | title | appositive | descriptor | modifier
    sentence: str = ""
    kind: str | None = None


@dataclass(slots=True)
class DateRef(Record):
    """One date expression in one document, normalised when possible."""

    record_type: ClassVar[str] = "date_ref"
    table: ClassVar[str] = "date_refs"

    id: str
    document_id: str
    document: str
    date_text: str
    date_start: str | None = None
    date_end: str | None = None
    resolution: str = "unresolved"  # absolute | relative | unresolved
    note: str | None = None          # why unresolved, e.g. "document date unknown"
    sentence: str = ""
    char_start: int | None = None
    char_end: int | None = None
    sentence_idx: int | None = None


@dataclass(slots=True)
class Label(Record):
    """How one document refers to one entity (framing)."""

    record_type: ClassVar[str] = "label"
    table: ClassVar[str] = "labels"
    internal: ClassVar[tuple[str, ...]] = ("document_id", "id")

    id: str
    document_id: str
    document: str
    outlet: str | None
    entity: str
    label: str
    count: int = 1
    markers: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quantity(Record):
    record_type: ClassVar[str] = "quantity"
    table: ClassVar[str] = "quantities"

    id: str
    label: str
    measure: str
    group: str | None = None
    location: list[str] = field(default_factory=list)
    period_start: str | None = None
    source: str | None = None
    figures: list[str] = field(default_factory=list)
    series: list[dict] = field(default_factory=list)
    low: float | None = None
    best: float | None = None
    high: float | None = None
    parent: str | None = None      # the quantity this one is a part of
    period_end: str | None = None
    by_source: list[dict] = field(default_factory=list)  # each source's own series: {source, figures, latest}


@dataclass(slots=True)
class Conflict(Record):
    record_type: ClassVar[str] = "conflict"
    table: ClassVar[str] = "conflicts"

    id: str
    kind: str
    figures: list[str]
    explanation: str


@dataclass(slots=True)
class Entity(Record):
    record_type: ClassVar[str] = "entity"
    table: ClassVar[str] = "entities"

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    mentions: int = 0
    evidence: list[dict] = field(default_factory=list)
    suggestions: list[dict] = field(default_factory=list)


@dataclass(slots=True)
class Event(Record):
    record_type: ClassVar[str] = "event"
    table: ClassVar[str] = "events"

    id: str
    date: str | None
    date_text: str
    description: str
    documents: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    date_end: str | None = None


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document (the output of ``extract_document``)."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    alias_links: list[AliasLink] = field(default_factory=list)
    date_refs: list[DateRef] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)

    def records(self):
        yield self.document
        for name in ("sentences", "figures", "quotes", "mentions", "alias_links", "date_refs", "labels"):
            yield from getattr(self, name)


PER_DOCUMENT = (Document, Sentence, Figure, Quote, Mention, AliasLink, DateRef, Label)
CROSS_DOCUMENT = (Quantity, Conflict, Entity, Event)
ALL_RECORDS = PER_DOCUMENT + CROSS_DOCUMENT
EXPORTED = (Document, Figure, Quantity, Conflict, Quote, Entity, Event, Label)
