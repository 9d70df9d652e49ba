"""Per-document extraction: cleaned text + metadata in, records out.

``extract_document`` is a pure function of a :class:`Document` (its cleaned
text and metadata): it parses the text once with spaCy and runs each
extractor over the parsed ``Doc``. It never touches the store, so it can run
in any process (see :mod:`crosscheck.scale`) and re-running it on the same
document gives the same records.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import importlib.util
import signal
import threading
from typing import Iterable, Iterator

from ..records import Document, Extraction, Sentence
from .context import DocContext, ExtractOptions
from .liveblog import stamp_entry_times
from .nlp import load_nlp, parsed_text
from .repeats import apply_corrections, mark_repeated_figures
from .tables import apply_table_measures, table_spans


def make_context(document: Document, options: ExtractOptions | None = None) -> DocContext:
    """The context extractors see. A date inferred from the content is passed on marked
    ``inferred``: extractors use it only to complete yearless dates ("March 10"), never
    to resolve relative ones ("last Thursday")."""
    published = None
    if document.published:
        try:
            published = dt.date.fromisoformat(document.published[:10])
        except ValueError:
            published = None
    return DocContext(document.id, document.path, published, document.outlet, document.published_from,
                      options or ExtractOptions())


def _optional(module: str):
    """Import an extractor module if it exists in this checkout."""
    name = f"crosscheck.extract.{module}"
    return importlib.import_module(name) if importlib.util.find_spec(name) else None


def extract_sentences(doc, document_id: str) -> list[Sentence]:
    """Sentences as spaCy splits them, without the line breaks that end them."""
    out = []
    for i, s in enumerate(doc.sents):
        text = s.text.rstrip()
        out.append(Sentence(document_id, i, s.start_char, s.start_char + len(text), text))
    return out


def _strip_sentences(records, field: str = "sentence") -> None:
    for r in records:
        setattr(r, field, (getattr(r, field) or "").strip())


def extract_parsed(doc, document: Document, options: ExtractOptions | None = None) -> Extraction:
    """Run every extractor over an already parsed spaCy ``Doc``."""
    ctx = make_context(document, options)
    ex = Extraction(document=document, sentences=extract_sentences(doc, document.id))
    dates = _optional("dates")
    if dates is not None:
        ex.date_refs = dates.extract_date_refs(doc, ctx)
    figures = _optional("figures")
    if figures is not None:
        found = figures.extract_figures(doc, ctx, ex.date_refs, count_single_victims=ctx.options.count_single_victims)
        found = apply_table_measures(doc, found, ctx.outlet)   # rows and cells under a heading that names the measure
        figures.apply_framing_reporting_period(doc, found, ctx)  # a bulletin's counts over its reporting period
        found = figures.settle_groups(doc, found)  # the document-wide group rules for rows typed just now
        found = apply_corrections(doc, found)      # "Correction: ... It is 64, not 46."
        ex.figures = stamp_entry_times(parsed_text(doc), mark_repeated_figures(found, table_spans(doc)), document.published)  # live-blog entry times
    quotes = _optional("quotes")
    if quotes is not None:
        ex.quotes = quotes.extract_quotes(doc, ctx)
    entities = _optional("entities")
    if entities is not None:
        ex.mentions, ex.alias_links = entities.extract_mentions(doc, ctx)
    labels = _optional("labels")
    if labels is not None:
        ex.labels = labels.extract_labels(doc, ctx, ex.mentions)
    for records in (ex.figures, ex.quotes, ex.date_refs):
        _strip_sentences(records)
    return ex


def extract_document(document: Document, nlp=None, options: ExtractOptions | None = None) -> Extraction:
    """All records of one document."""
    nlp = nlp or load_nlp()
    return extract_parsed(nlp(document.text), document, options)


def extract_documents(documents: Iterable[Document], nlp=None, batch_size: int = 32, n_process: int = 1,
                      errors: list[str] | None = None, options: ExtractOptions | None = None) -> Iterator[Extraction | None]:
    """``extract_document`` over many documents, parsing them in batches with ``nlp.pipe``.

    With ``errors`` given, a document whose extraction fails yields ``None`` and
    a one-line message naming it is appended, so the rest of the batch goes on.
    """
    nlp = nlp or load_nlp()
    docs = list(documents)
    parsed = nlp.pipe((d.text for d in docs), batch_size=batch_size, n_process=n_process)
    for document, doc in zip(docs, parsed):
        if errors is None:
            yield extract_parsed(doc, document, options)
            continue
        limit = (options or ExtractOptions()).time_limit
        try:
            with _time_limit(limit):
                extraction = extract_parsed(doc, document, options)
        except ExtractionTimeout:
            errors.append(f"{document.path}: extraction stopped after {limit:g} s (the document was skipped; "
                          f"please report it)")
            yield None
        except Exception as exc:  # one bad document must not sink the batch
            errors.append(f"{document.path}: extraction failed ({exc.__class__.__name__}: {exc})".replace("\n", " "))
            yield None
        else:
            yield extraction


class ExtractionTimeout(Exception):
    """One document's extraction ran past ``ExtractOptions.time_limit``."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Raise :class:`ExtractionTimeout` in the block after ``seconds`` (no limit when 0, off the main
    thread, or where the platform has no interval timer)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise ExtractionTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
