"""Build the timeline: date expressions become events, merged across documents.

Rules (docs/reconciliation.md, "Timeline"):

* every date expression becomes an event whose description is the clause
  around it; a date with no words around it (a dateline) is skipped, and so
  is a note about the page itself ("This article was amended on 13 March",
  "The original article appeared in the print edition of 19 October");
* the event's date is the expression's resolved day (``date_start``), with
  ``date_end`` for a span; an expression that covers a whole month or year
  or names no day ("in March", "early March", "since 2017") is not a day, so
  its date is null;
* a day written without a year ("March 7") in an undated report takes the
  year that puts it nearest to the corpus date (the median publication date
  of the dated reports, see :func:`find_corpus_anchor`); relative expressions
  ("last Thursday") are never resolved against another report's date — but
  an undated wire whose dateline gives its own day without a year ("HILL TOWN,
  Marland, Oct 15 (Agency) -") is dated that day of the corpus year, and its
  relative expressions count from it;
* unresolved expressions ("last Thursday" in an undated report) are kept with
  date null and ``date_text`` as written;
* a plan ("is expected to visit the site on Friday") is never one event with a report of
  what happened that day;
* events on the same day (same span) whose descriptions share enough words are
  one event listing every document; so are events of that day told in other
  words that share two distinctive content words (names and nouns rare across
  the corpus's events, "Osk General Hospital ... struck" / "Hospital
  director: seven died in Tuesday strike"), one of them written as a name;
  words common to the corpus ("Osk", "killed", "people") never merge two
  happenings; undated events are merged only within one document (the same
  words in two undated reports may mean two days).
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from crosscheck.extract.dates import find_date_expressions, resolve_expression
from crosscheck.records import DateRef, Document, Event, record_id

# Clause boundaries inside a sentence: semicolons, colons, dashes, and a comma
# before a conjunction that starts a new clause.
CLAUSE_BREAK = re.compile(
    r"\s*[;:\u2014\u2013]\s+|\s+-\s+|,\s+(?=(?:but|while|whereas|although|though|after|before|when|as|and then|which)\b)",
    re.IGNORECASE,
)
MAX_DESCRIPTION_WORDS = 30
MIN_CONTEXT_WORDS = 3          # fewer words around the date: a dateline, not a happening
SHORT_CLAUSE_WORDS = 6         # a clause this short is extended with its neighbours
SIMILAR_JACCARD = 0.25         # share of content words two descriptions must share ...
SIMILAR_RATIO = 60             # ... or their rapidfuzz token_sort_ratio
WORD = re.compile(r"[\w']+")


@dataclass(slots=True)
class Item:
    ref: DateRef
    date: str | None
    date_end: str | None
    description: str
    words: set[str]
    stems: set[str] = field(default_factory=set)     # content words by stem
    names: set[str] = field(default_factory=set)     # stems written capitalised inside the description
    planned: bool = False                              # the sentence speaks of it as still to come


@dataclass(slots=True)
class Draft:
    items: list[Item] = field(default_factory=list)

    @property
    def first(self) -> Item:
        return self.items[0]


def find_corpus_anchor(documents: list[Document]) -> dt.date | None:
    """The date the corpus is about: the median publication date of the reports
    whose date was stated (metadata, text or user); failing that, the latest
    date inferred from a report's text."""
    stated, inferred = [], []
    for d in documents:
        try:
            day = dt.date.fromisoformat((d.published or "")[:10])
        except ValueError:
            continue
        (inferred if d.published_from == "inferred" else stated).append(day)
    if stated:
        return sorted(stated)[(len(stated) - 1) // 2]
    return max(inferred) if inferred else None


def complete_year(date_text: str, anchor: dt.date | None) -> tuple[str | None, str | None]:
    """Resolve an absolute date written without a year against the corpus anchor.

    Only absolute days, months and spans ("March 7", "from March 7 to March
    9"); relative expressions stay unresolved. Returns ISO (start, end).
    """
    if anchor is None or not date_text:
        return None, None
    # a span of weekdays ("from Friday to Sunday") has no month to complete: it stays relative
    exprs = [e for e in find_date_expressions(date_text) if e.kind in ("absolute", "range")
             and e.month is not None and (e.second is None or e.second.month is not None)]
    if not exprs:
        return None, None
    start, end, _, _ = resolve_expression(exprs[0], anchor, True)
    return (start.isoformat() if start else None), (end.isoformat() if end else None)


def complete_figure_periods(figures: list, documents: list[Document]) -> list:
    """The figures of undated reports whose period names a day without a year ("since March 6",
    "on March 10 alone") and that extraction left open, with that day dated in the corpus year
    (as :func:`complete_years` dates their date refs): a report among others about one event
    speaks of that event's days. A "since" day starts an open period; another day is the
    period. Returns the figures it changed (changed in place)."""
    anchor = find_corpus_anchor(documents)
    undated = {d.id for d in documents if not d.published} | {d.path for d in documents if not d.published}
    changed = []
    for f in figures:
        if f.period_start or f.period_end or not f.period_text \
                or (f.document_id not in undated and f.document not in undated):
            continue
        start, end = complete_year(f.period_text, anchor)
        if start is None:
            continue
        since = re.match(r"\s*since\b", f.period_text, re.IGNORECASE)
        f.period_start, f.period_end = start, None if since else (end or start)
        changed.append(f)
    return changed


def complete_years(date_refs: list[DateRef], documents: list[Document]) -> list[DateRef]:
    """Copies of the date refs, with yearless absolute dates of undated reports resolved.

    An undated report whose dateline gives its day without a year ("HILL TOWN, India, Oct
    15 (Agency) -") was written that day of the corpus year: its relative dates ("on
    Monday", "last night") count from it, as if the report were dated."""
    anchor = find_corpus_anchor(documents)
    undated = {d.path for d in documents if not d.published}
    completed = []
    for ref in date_refs:
        if ref.date_start is None and ref.resolution == "unresolved":
            start, end = complete_year(ref.date_text, anchor)
            if start:
                ref = dataclasses.replace(ref, date_start=start, date_end=end, resolution="absolute",
                                          note="year taken from the corpus date")
        completed.append(ref)
    own = {}
    for ref in completed:
        if ref.document in undated and ref.document not in own and ref.note == "year taken from the corpus date" \
                and ref.date_start and ref.date_start == ref.date_end and is_dateline(ref):
            own[ref.document] = dt.date.fromisoformat(ref.date_start[:10])
    if not own:
        return completed
    out = []
    for ref in completed:
        day = own.get(ref.document)
        if day is not None and ref.date_start is None and ref.note == "document date unknown":
            ref = resolve_from_dateline(ref, day)
        out.append(ref)
    return out


# A wire dateline: a place in capitals, maybe its country, the day, maybe the agency, a dash
# (the sentence splitter may leave the place in capitals in a sentence of its own)
DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z .'’-]{2,40}(?:/[A-Z][A-Z .'’-]{2,40})?)?,(?:[^,\n]{1,40},)?\s*(?P<date>[^()\n]{3,25}?)\s*"
                      r"(?:\([^)\n]{1,60}\))?\s*[-–—]")
DATELINE_CHARS = 600   # a dateline opens the report


def is_dateline(ref: DateRef) -> bool:
    """The date stands in the report's dateline ("HILL TOWN, India, Oct 15 (Agency) - ...")."""
    if ref.char_start is None or ref.char_start > DATELINE_CHARS:
        return False
    m = DATELINE.match(ref.sentence or "")
    return bool(m and m.group("date").strip() == ref.date_text.strip())


def resolve_from_dateline(ref: DateRef, day: dt.date) -> DateRef:
    """A relative date of an undated report resolved against its dateline's day."""
    from crosscheck.extract.dates import speaks_of_future
    exprs = find_date_expressions(ref.date_text)
    if len(exprs) != 1 or exprs[0].kind not in ("relative", "shifted"):
        return ref
    before = (ref.sentence or "")[:locate(ref)]
    start, end, resolution, _ = resolve_expression(exprs[0], day, False, forward=speaks_of_future(before))
    if start is None:
        return ref
    return dataclasses.replace(ref, date_start=start.isoformat(), date_end=end.isoformat(), resolution=resolution,
                               note="counted from the dateline's day, its year from the corpus date")


@lru_cache(maxsize=1)
def load_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


def extract_content_words(text: str, exclude: str = "") -> set[str]:
    skip = load_stop_words() | {w.lower() for w in WORD.findall(exclude)}
    return {w for w in (t.lower() for t in WORD.findall(text)) if len(w) > 2 and w not in skip}


def split_clauses(sentence: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of a sentence."""
    spans, start = [], 0
    for m in CLAUSE_BREAK.finditer(sentence):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if b > a]


def locate(ref: DateRef) -> int:
    pos = ref.sentence.lower().find(ref.date_text.lower()) if ref.date_text else -1
    return max(pos, 0)


def describe(ref: DateRef) -> str:
    """The clause around the date expression, trimmed to at most 30 words."""
    sentence = re.sub(r"\s+", " ", ref.sentence or "").strip()
    if not sentence:
        return ref.date_text
    ref_in = DateRef(id=ref.id, document_id=ref.document_id, document=ref.document,
                     date_text=ref.date_text, sentence=sentence)
    pos = locate(ref_in)
    spans = split_clauses(sentence)
    i = next((k for k, (a, b) in enumerate(spans) if a <= pos < b), len(spans) - 1)
    a, b = spans[i]
    # Extend a short clause with the following (then preceding) one.
    if len(sentence[a:b].split()) < SHORT_CLAUSE_WORDS and i + 1 < len(spans):
        b = spans[i + 1][1]
    if len(sentence[a:b].split()) < SHORT_CLAUSE_WORDS and i > 0:
        a = spans[i - 1][0]
    return trim_words(sentence[a:b], sentence[a:b].lower().find(ref.date_text.lower()))


def trim_words(text: str, pos: int) -> str:
    """At most MAX_DESCRIPTION_WORDS words, centred on the date expression."""
    words = text.split()
    if len(words) > MAX_DESCRIPTION_WORDS:
        at = len(text[:max(pos, 0)].split())
        lo = max(0, min(at - MAX_DESCRIPTION_WORDS // 2, len(words) - MAX_DESCRIPTION_WORDS))
        words = words[lo:lo + MAX_DESCRIPTION_WORDS]
    return " ".join(words).strip(" ,;:.\u201c\u201d\"'")


def is_whole_month_or_year(start: str, end: str | None) -> bool:
    """'in March' (the 1st to the last day of a month) or 'in 2017' is not a day."""
    if not end or end == start:
        return False
    try:
        s, e = dt.date.fromisoformat(start[:10]), dt.date.fromisoformat(end[:10])
    except ValueError:
        return False
    month_end = calendar.monthrange(s.year, s.month)[1]
    whole_month = s.day == 1 and e == s.replace(day=month_end)
    whole_year = (s.month, s.day) == (1, 1) and (e.month, e.day) == (12, 31)
    return whole_month or whole_year


def lacks_day(date_text: str) -> bool:
    """'early March', 'in December', 'since 2017': the expression names no day."""
    exprs = find_date_expressions(date_text or "")
    return len(exprs) == 1 and exprs[0].kind == "absolute" and exprs[0].day is None


def resolve_event_dates(ref: DateRef) -> tuple[str | None, str | None]:
    start = ref.date_start[:10] if ref.date_start else None
    end = ref.date_end[:10] if ref.date_end else None
    if not start or is_whole_month_or_year(start, end) or lacks_day(ref.date_text):
        return None, None
    return start, (end if end and end != start else None)


_CALENDAR_WORDS = frozenset(
    [n.lower() for n in calendar.day_name] + [n.lower() for n in calendar.month_name if n]
    + [n.lower() for n in calendar.month_abbr if n] + ["today", "yesterday", "tomorrow", "morning", "afternoon",
                                                      "evening", "night", "week", "weekend", "month", "year", "day",
                                                      "days", "hours", "early", "late", "earlier", "later"])
DATE_SPECIFIC_SHARE = 0.5   # a stem is a day's own when at least this share of the dated events using it are on that day


@lru_cache(maxsize=1)
def _reporting_words() -> frozenset[str]:
    """Reporting verbs in their forms ("said", "says", "told"): who reported is no happening."""
    from crosscheck.lexicons import load_words

    verbs = load_words("reporting_verbs.txt")
    forms = set(verbs)
    for v in verbs:
        forms.update({v + "s", v + "ed", v + "d", v + "ing", v + "es"})
    return frozenset(forms | {"said", "says", "told", "according", "reported", "added"})


def stem(word: str) -> str:
    """A crude stem that joins inflections: strikes/strike, hospitals/hospital, killed/kill."""
    w = re.sub(r"['’]s$", "", word.lower())
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_stems(description: str, exclude: str = "") -> tuple[set[str], set[str]]:
    """(stems of the content words, stems of the words written capitalised after the first word)."""
    skip = load_stop_words() | _CALENDAR_WORDS | _reporting_words() | {w.lower() for w in WORD.findall(exclude)}
    stems, names = set(), set()
    for k, m in enumerate(re.finditer(r"[A-Za-z][\w'’\-]*", description)):
        w = m.group(0)
        if len(w) <= 2 or w.lower() in skip:
            continue
        st = stem(w)
        stems.add(st)
        if k > 0 and w[:1].isupper() and not w.isupper() or (len(w) > 2 and w.isupper()):
            names.add(st)
    return stems, names


# A note about the page itself, not a happening: "The original article appeared in the print edition of
# 19 October", "This article was amended on 13 March 2026", "An earlier version of this article misstated ..."
PUBLICATION_NOTE = re.compile(
    r"\b(?:this|the\s+original|an\s+earlier\s+version\s+of\s+this)\s+(?:article|story|report|piece|page|post)\b"
    r"[^.]{0,80}?\b(?:appeared|published|amended|updated|corrected|misstated|edited|translated)\b"
    r"|\b(?:print|online|web|english)\s+edition\s+of\b", re.I)


def make_item(ref: DateRef) -> Item | None:
    if PUBLICATION_NOTE.search(ref.sentence or ""):
        return None
    description = describe(ref)
    if len(description.split()) - len(ref.date_text.split()) < MIN_CONTEXT_WORDS:
        return None
    date, date_end = resolve_event_dates(ref)
    stems, names = content_stems(description, exclude=ref.date_text)
    return Item(ref=ref, date=date, date_end=date_end, description=description,
                words=extract_content_words(description, exclude=ref.date_text), stems=stems, names=names,
                planned=is_planned(ref))


def is_planned(ref: DateRef) -> bool:
    """The sentence tells of the day as still to come ("is expected to visit the site on Friday",
    "will march to the city hall on Monday"): a plan, which never merges with a report of the
    happening itself."""
    from crosscheck.extract.dates import speaks_of_future
    return speaks_of_future((ref.sentence or "")[:locate(ref)])


class DayWords:
    """Which stems belong to one day: most of the dated events that use the stem are on that day
    ("hospital", "maternity" on the day the hospital was hit), unlike the words every day's
    events use ("Osk", "killed", the names of the sides)."""

    def __init__(self, items: list[Item]):
        from collections import Counter

        self.total: Counter = Counter()
        self.on_day: Counter = Counter()
        for i in items:
            if i.date is None:
                continue
            for st in i.stems:
                self.total[st] += 1
                self.on_day[(st, i.date)] += 1

    def specific(self, stems: set[str], day: str) -> set[str]:
        return {st for st in stems
                if self.total[st] and self.on_day[(st, day)] / self.total[st] >= DATE_SPECIFIC_SHARE}


def are_similar(a: Item, b: Item, day_words: DayWords | None = None) -> bool:
    """Descriptions of the same happening: the same sentence; two shared stems that belong to
    that day (given the corpus's ``day_words``); or enough shared content words (a share of
    them, or a fuzzy match of the descriptions), one of them that day's own — sharing only
    the words every day's events use is no match."""
    if a.ref.sentence and a.ref.sentence == b.ref.sentence:
        return True
    own = None if day_words is None or a.date is None or a.date != b.date else day_words.specific(a.stems & b.stems, a.date)
    if own is not None and len(own) >= 2:
        return True
    if own is not None and not own:
        return False   # only words every day's events use ("Selby Reach", "people", "killed")
    union = a.words | b.words
    if union and len(a.words & b.words) / len(union) >= SIMILAR_JACCARD:
        return True
    return fuzz.token_sort_ratio(a.description.lower(), b.description.lower()) >= SIMILAR_RATIO


def can_merge(draft: Draft, item: Item, day_words: DayWords | None = None) -> bool:
    first = draft.first
    if item.date is None:
        same_doc = first.date is None and first.ref.document == item.ref.document
        same_text = first.ref.date_text.lower() == item.ref.date_text.lower()
        return same_doc and same_text and any(are_similar(i, item) for i in draft.items)
    same_day = (first.date, first.date_end) == (item.date, item.date_end)
    return same_day and any(are_similar(i, item, day_words) for i in draft.items)


def merge_key(item: Item) -> tuple:
    """Only items with the same key can merge (see ``can_merge``): the same day (or span) for a
    dated item; the same document and date wording for an unresolved one."""
    if item.date is None:
        return ("undated", item.ref.document, item.ref.date_text.lower())
    return ("dated", item.date, item.date_end, item.planned)


def merge_items(items: list[Item]) -> list[Draft]:
    """Drafts of events in the order they were started. Each item is compared only with the
    drafts of its own day (its ``merge_key``), so the work grows with the number of items per
    day, not with the square of all items."""
    drafts: dict[int, Draft] = {}   # creation number -> draft, in creation order
    by_key: dict[tuple, list[int]] = {}
    numbers = itertools.count()
    day_words = DayWords(items)
    for item in items:
        key = merge_key(item)
        block = by_key.setdefault(key, [])
        targets = [n for n in block if can_merge(drafts[n], item, day_words)]
        if not targets:
            n = next(numbers)
            drafts[n] = Draft([item])
            block.append(n)
            continue
        target = drafts[targets[0]]
        target.items.append(item)
        for other in targets[1:]:   # an item telling what two events tell: they were one happening
            if item.date is not None:
                target.items.extend(drafts[other].items)
                del drafts[other]
                block.remove(other)
    return list(drafts.values())


def make_event(draft: Draft) -> Event:
    first = draft.first
    documents: list[str] = []
    sentences: list[str] = []
    for i in draft.items:
        if i.ref.document not in documents:
            documents.append(i.ref.document)
        if i.ref.sentence and i.ref.sentence not in sentences:
            sentences.append(i.ref.sentence)
    return Event(id=record_id("event", first.ref.id), date=first.date, date_text=first.ref.date_text,
                 description=first.description, documents=documents, sentences=sentences,
                 date_end=first.date_end)


def rank_documents(documents: list[Document]) -> dict[str, int]:
    return {d.path: i for i, d in enumerate(documents)}


def build_timeline(date_refs: list[DateRef], documents: list[Document]) -> list[Event]:
    """Events in date order (undated last), merged across documents."""
    rank = rank_documents(documents)
    order = sorted(complete_years(date_refs, documents), key=lambda r: (rank.get(r.document, len(rank)), r.document,
                                             r.char_start if r.char_start is not None else 0))
    items = [i for i in (make_item(r) for r in order) if i is not None]
    drafts = merge_items(items)
    events = [make_event(d) for d in drafts]
    return sorted(events, key=lambda e: (e.date is None, e.date or "", e.date_end or ""))
