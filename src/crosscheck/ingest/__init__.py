"""Ingest: files in, cleaned documents with metadata out.

``read_documents(paths)`` turns files and folders into :class:`Document`
records (with their cleaning offset map); ``ingest(paths, store)`` also
extracts every new document and stores it, one transaction per batch.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..records import Document, content_hash
from .clean import clean_text
from .dedup import DuplicateIndex, minhash_signature
from .metadata import build_metadata, year_for_month_day
from .readers import InputError, iter_input_files, read_file


@dataclass(slots=True)
class PreparedDocument:
    document: Document
    raw_offsets: list[tuple[int, int]]
    minhash: list[int]
    month_day: str | None = None  # a dateline's month and day when nothing gave the year


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)        # paths
    unchanged: list[str] = field(default_factory=list)    # same content already stored
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, duplicate_of id)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def prepare_document(raw_text: str, path: str, source_format: str, input_meta: dict, user_meta: dict, file_path: Path | None) -> PreparedDocument:
    """Metadata cascade, cleaning and content-hash id for one article."""
    meta = build_metadata(raw_text, file_path, input_meta, user_meta)
    cleaned = clean_text(raw_text, drop_lines=meta.used_lines, markdown=source_format in ("md", "markdown"),
                         line_breaks=meta.line_breaks)
    if not cleaned.text.strip():
        raise InputError(f"{path}: no article text left after cleaning")
    v = meta.values
    doc = Document(
        id=content_hash(cleaned.text),
        path=path,
        text=cleaned.text,
        title=v.get("title"),
        outlet=v.get("outlet"),
        url=v.get("url"),
        author=v.get("author"),
        published=v.get("published"),
        published_from=meta.published_from,
        language=v.get("language") or detect_language(cleaned.text),
        words=len(cleaned.text.split()),
        source_format=source_format,
        added_at=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    if not doc.published:
        infer_document_date(doc)
    return PreparedDocument(doc, cleaned.runs, minhash_signature(cleaned.text),
                            meta.month_day if not doc.published else None)


def detect_language(text: str) -> str | None:
    """``"en"`` when English function words make up a typical share of the words, else ``None`` (unknown).

    crosscheck's extractors and word lists are English; other languages are stored
    but marked, so a user can see why little was extracted from them.
    """
    import re

    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[a-z]+", text.lower())[:2000]
    if len(words) < 3:
        return None
    share = sum(1 for w in words if w in STOP_WORDS) / len(words)
    return "en" if share >= 0.2 else None


def infer_document_date(doc: Document) -> None:
    """Fill ``published`` from the content (marked ``inferred``) when nothing else gave it."""
    import importlib.util

    if importlib.util.find_spec("crosscheck.extract.dates") is None:
        return
    from ..extract.dates import infer_document_date as infer

    date = infer(doc.text)
    if date:
        doc.published, doc.published_from = date, "inferred"


def read_documents(paths: list[Path], user_meta: dict | None = None, errors: list[str] | None = None) -> Iterator[PreparedDocument]:
    """Every readable article under ``paths``; problems are appended to ``errors``."""
    errors = errors if errors is not None else []
    user_meta = {k: v for k, v in (user_meta or {}).items() if v}
    for f in iter_input_files(paths):
        try:
            for art in read_file(f, errors):
                try:
                    yield prepare_document(art.text, art.path, art.source_format, art.meta, user_meta, f if art.path == str(f) else None)
                except (InputError, ValueError) as exc:
                    errors.append(str(exc))
        except (InputError, ValueError) as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(f"{f}: cannot read ({exc.strerror or exc})")


def ingest(
    paths: list[Path],
    store,
    user_meta: dict | None = None,
    nlp=None,
    batch_size: int = 32,
    progress: Callable[[int], None] | None = None,
    dedup_threshold: float = 0.8,
    workers: int = 0,
    scheduler: str | None = None,
    model: str | None = None,
    options=None,
) -> IngestReport:
    """Read, clean, extract and store every new document under ``paths``.

    With ``workers`` > 0 (a local Dask cluster) or a ``scheduler`` address,
    extraction runs on Dask; reading, de-duplication and writing stay here.
    """
    from ..extract.pipeline import extract_documents

    report = IngestReport()
    index = DuplicateIndex(dedup_threshold)
    for row in store.query("SELECT id, minhash FROM documents WHERE duplicate_of IS NULL"):
        if row["minhash"]:
            index.add(row["id"], json.loads(row["minhash"]))
    batch: list[PreparedDocument] = []
    undated: list[PreparedDocument] = []  # a dateline without a year: dated from the corpus at the end
    queued: list[list[PreparedDocument]] = []
    seen: set[str] = set()
    dates: list[str] = []  # publication dates of this batch, to date a dateline without a year
    on_dask = bool(workers or scheduler)

    def write(preps: list[PreparedDocument], extractions) -> None:
        with store.transaction():
            for prep, ex in zip(preps, extractions):
                if ex is None:  # extraction failed: reported in errors, not stored
                    report.added.remove(prep.document.path)
                    continue
                store.write_extraction(ex, {"raw_offsets": json.dumps(prep.raw_offsets), "minhash": json.dumps(prep.minhash)})
        if progress:
            progress(len(preps))

    def flush() -> None:
        if not batch:
            return
        if on_dask:
            queued.append(list(batch))
        else:
            write(batch, list(extract_documents([p.document for p in batch], nlp=nlp, batch_size=batch_size, errors=report.errors, options=options)))
        batch.clear()

    for prep in read_documents(paths, user_meta, report.errors):
        doc = prep.document
        if doc.id in seen or store.has_document(doc.id):
            report.unchanged.append(doc.path)
            if progress:
                progress(1)
            continue
        seen.add(doc.id)
        dup = index.find(prep.minhash)
        if dup:
            doc.duplicate_of = dup
            report.duplicates.append((doc.path, dup))
        else:
            index.add(doc.id, prep.minhash)
        report.added.append(doc.path)
        if prep.month_day:
            undated.append(prep)
            continue
        dates.append(doc.published)
        batch.append(prep)
        if len(batch) >= batch_size:
            flush()
    if undated:
        dates.extend(r["published"] for r in store.query("SELECT published FROM documents WHERE published IS NOT NULL"))
        for prep in undated:
            prep.document.published = year_for_month_day(prep.month_day, dates)
            prep.document.published_from = "text" if prep.document.published else None  # the day as its dateline states it
            batch.append(prep)
            if len(batch) >= batch_size:
                flush()
    flush()
    if queued:
        _extract_queued_on_dask(queued, write, workers, scheduler, model, report.errors, options)
    return report


def _extract_queued_on_dask(queued, write, workers: int, scheduler: str | None, model: str | None, errors: list[str], options=None) -> None:
    from ..scale import extract_on_dask

    def on_result(i: int, extractions) -> None:
        write(queued[i], extractions)

    extract_on_dask(parts=[[p.document for p in part] for part in queued], workers=workers or 2,
                    scheduler=scheduler, model=model, on_result=on_result, errors=errors, options=options)
