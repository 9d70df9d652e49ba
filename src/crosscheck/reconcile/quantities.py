"""Group figures from all documents into quantities (one measured thing each).

The rules are written down for users in docs/reconciliation.md; this module
implements them in the same order:

1. Only figures that count people (killed, injured, missing, displaced,
   abducted, detained) are reconciled. Near-duplicate documents
   (``Document.duplicate_of``) count as one report with their original.
2. Every figure becomes a :class:`Claim`: its scope (measure, group, places,
   period), the interval its wording allows, who says it (its *voice*) and
   when (its report date).
3. Claims are grouped into quantities by scope. Narrower scopes (a sub-place,
   a sub-period such as "on Tuesday alone", one group out of a total) form
   their own quantity whose ``parent`` is the wider one.
4. Each quantity gets a series in report order and reconciled low/best/high.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from crosscheck.lexicons import load_lexicon, load_mapping, load_words
from crosscheck.records import Document, Figure, Quantity, record_id
from crosscheck.reconcile.timeline import complete_year, find_corpus_anchor

PEOPLE_MEASURES = ("killed", "injured", "missing", "displaced", "abducted", "detained")
# Counts that only ever rise: the dead and the injured are not given back
# (missing, displaced, abducted or detained people can be found, return or be freed).
CUMULATIVE_MEASURES = ("killed", "injured")
SPECIFIC_GROUPS = ("civilians", "security_forces", "armed_group")
TOTAL_GROUP = "mixed"
UNKNOWN_GROUP = "unspecified"
UNATTRIBUTED = "unattributed"

GROUP_WORDS = {
    "civilians": "civilians",
    "security_forces": "security forces",
    "armed_group": "armed group members",
    "mixed": "people (all groups)",
    "unspecified": "people",
}
# A counted noun opening with a possessive ("18 of his friends", "her two sons")
# counts people close to someone: part of a toll, never a rival toll.
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
# Two reports further apart than this, with no report in between, are taken to
# be about different stories (a quantity never spans such a gap).
STORY_GAP_DAYS = 30
# A period phrase ending in one of these words is exclusive ("on Thursday
# alone"): the text itself says the count covers that day only. (The date
# extractor keeps the word in ``period_text`` for this reason.)
EXCLUSIVE_PERIOD_WORDS = frozenset({"alone"})
# Period phrases that count one day or less ("in a single day", "in 24 hours",
# "that day"): the same phrases the date extractor keeps in ``period_text``.
SINGLE_DAY_PHRASES = re.compile(
    r"\b(?:in|within|over)\s+(?:one|a|a\s+single|one\s+single|a\s+24-hour|24|twenty-four)\s+(?:day|night|hours?|24-hour\s+period|period)\b"
    r"|\bthat\s+(?:same\s+)?day\b", re.IGNORECASE)
# A number followed (within a few words) by one of these phrases counts a single
# day, even when the figure extractor kept no period ("27 dead in one day").
SINGLE_DAY_RE = re.compile(r"^\W*(?:[\w'-]+\W+){0,4}?(?:in\s+(?:a|one|a\s+single|one\s+single)|on\s+(?:one|a\s+single|one\s+single))"
                           r"\s+(?:day|night)\b", re.IGNORECASE)
# A figure in a report's own voice whose sentence speaks in the first person
# plural, outside quotation marks ("our count of 33", "we have recorded"), is
# the publishing organisation's own count: its source is the outlet.
FIRST_PERSON_RE = re.compile(r"\b(?:our|we|we've)\b", re.IGNORECASE)
QUOTED_RE = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")
# Two reports share a story when they share a place (a figure location) or at
# least this many name words (capitalised words of figure sentences, source names).
STORY_MIN_SHARED_NAMES = 2
# A label names at most this many places ("Osk, Marl, Tilbury and 3 more places").
MAX_LABEL_PLACES = 4
# A hedge the figure extractor sets on figures the text itself dates as older
# ("prior reports had said 830", "the toll was earlier put at 40"): such a
# figure is never a current figure and never contradicts a newer one.
STALE_HEDGE = "superseded"
# How wide "about N" and "nearly N" are taken to be when the figure gives no bounds.
ABOUT_MARGIN = 0.1
NAME_STOPWORDS = frozenset({"the", "of", "for", "and", "in", "on", "a", "an"})


@dataclass(slots=True)
class Claim:
    """One figure with everything reconciliation needs to compare it."""

    figure: Figure
    order: int                 # position in the input list (stable tie-break)
    report: str                # id of the report: the original of a near-duplicate
    is_copy: bool              # the figure comes from a near-duplicate of another document
    path: str                  # the document's path
    date: str | None           # day the claim was made (reported_on, else published)
    source: str | None         # canonical source name, None = the outlet's own voice
    group: str
    places: dict[str, str]     # normalised place name -> as written
    lo: float
    hi: float
    closed: bool               # the period has an end (a day, a span): a sub-period
    start: str | None
    end: str | None
    place_part: bool = False   # a place a report shows to be part of a wider toll
    personal: bool = False     # people close to someone ("his friends"): a part, never a toll
    story: int | None = None   # the story its report belongs to (None: cannot tell)
    self_count: bool = False   # the publishing organisation's own count ("our count")
    breakdown: bool = False    # a part of a larger figure in the same sentence ("including five")
    moment: str | None = None  # the time of day too, for a live blog's entries ("2026-10-12T18:05")
    era: int | None = None     # the earlier year of another, older event the sentence tells of
    era_names: frozenset[str] = frozenset()  # name words of that sentence (to tell two old events apart)

    @property
    def id(self) -> str:
        return self.figure.id

    @property
    def measure(self) -> str:
        return self.figure.measure

    @property
    def value(self) -> float | None:
        return self.figure.value

    @property
    def exclusive(self) -> bool:
        """The text marks the period as the only one counted ("on Thursday alone",
        "27 dead in one day")."""
        return (is_exclusive(self.figure.period_text) or is_single_day(self.figure)
                or is_marked_exclusive(self.figure))

    @property
    def stale(self) -> bool:
        """The text itself presents the figure as an older one."""
        return STALE_HEDGE in (self.figure.hedges or [])

    @property
    def voice(self) -> str:
        """Who speaks: the named source, or the document's own voice."""
        return f"source:{self.source}" if self.source else f"own:{self.report}"

    @property
    def voice_of_source(self) -> str:
        """The named source, case folded, or the document's own voice (``voice``)."""
        return f"source:{self.source.lower()}" if self.source else f"own:{self.report}"

    @property
    def source_key(self) -> str:
        """Source used for superseding: unattributed figures form one pseudo-source."""
        return self.source or UNATTRIBUTED


@dataclass(slots=True)
class Cluster:
    """Claims being grouped into one quantity."""

    measure: str
    group: str
    closed: bool
    start: str | None
    end: str | None
    place_part: bool
    personal: bool = False
    story: int | None = None
    era: int | None = None
    breakdown: bool = False    # its claims are parts of larger counts, scope unstated ("33 of them were men")
    self_counter: str | None = None
    places: dict[str, str] = field(default_factory=dict)   # every place its claims name
    core: dict[str, str] = field(default_factory=dict)     # the places of its first claim
    claims: list[Claim] = field(default_factory=list)
    parent: "Cluster | None" = None
    id: str = ""

    @property
    def reports(self) -> set[str]:
        return {c.report for c in self.claims}

    @property
    def dates(self) -> list[str]:
        return sorted({c.date for c in self.claims if c.date})


# --- building claims -------------------------------------------------------

def build_claims(figures: list[Figure], documents: list[Document]) -> list[Claim]:
    """Turn people-counting figures into claims (scope, interval, voice, date)."""
    docs = {d.id: d for d in documents}
    by_path = {d.path: d for d in documents}
    own_counts = {f.id: doc_outlet(docs.get(f.document_id) or by_path.get(f.document))
                  for f in figures if is_self_count(f)}
    canon = canonicalize_sources([f.source for f in figures if f.source] + [o for o in own_counts.values() if o])
    anchor = find_corpus_anchor(documents)
    stories = assign_stories(figures, documents, canon)
    claims = []
    for i, f in enumerate(figures):
        if f.measure not in PEOPLE_MEASURES or find_part_word(f) == "increment":
            continue  # "six more bodies" adds to a toll: it is not one
        lo, hi = compute_interval(f)
        if lo is None:
            continue
        doc = docs.get(f.document_id) or by_path.get(f.document)
        report = find_report(doc, docs) if doc else (f.document_id or f.document)
        date = f.reported_on or find_stated_date(doc)
        era = find_earlier_year(f, date)
        if era is None and is_of_earlier_year(f, date):
            continue  # "Seventeen years ago at Hill Town, eleven died": an older event, year unknown
        start, end = complete_period(f, anchor)
        if era is not None:
            # "Typhoon Ulla in 2017 killed more than 150": another, finished event of that year
            start, end = f"{era}-01-01", f"{era}-12-31"
        said = {d[:10] for d in (date, find_stated_date(doc)) if d}
        if start and end in (start, None) and start in said and not is_exclusive(f.period_text) \
                and not is_single_day(f):
            # "the toll was 27 on Thursday", said on Thursday; "taking the toll to 38 on Friday"
            # (read as "since Friday") in Friday's report: the count's date, not its period (but
            # "nine died on a single day, Friday" is that day's count, a part of the toll)
            start = end = None
        if end and is_as_of_end(f) and not is_exclusive(f.period_text):
            # "as of 16 May, 49 have died": a running total on that day, not a span that ended then
            end = None
        single_day = is_single_day(f) and not (start and end)
        source = own_counts.get(f.id) or f.source
        claims.append(Claim(
            figure=f, order=i, report=report,
            is_copy=bool(doc and report != doc.id),
            path=f.document, date=date[:10] if date else None,
            source=canon.get(normalize_name(source)) if source else None,
            group=f.group or UNKNOWN_GROUP,
            places={normalize_name(p): p for p in f.location or [] if normalize_name(p)},
            lo=lo, hi=hi,
            closed=end is not None or single_day,
            start=start, end=end,
            personal=is_personal(f.subject),
            story=stories.get(report),
            self_count=f.id in own_counts and bool(own_counts[f.id]),
            moment=f.reported_on if f.reported_on and len(f.reported_on) > 10 else None,
            era=era, era_names=find_name_words(f.sentence) if era is not None else frozenset(),
        ))
    resolve_unknown_groups(claims)
    mark_breakdowns(claims)
    mark_place_parts(claims)
    return claims


# The last part of a period phrase is an "as of" day ("as of 16 May", "since Monday; as at 08:00 on
# Friday"): the day the count stood at, not the end of a span.
AS_OF_TEXT_RE = re.compile(r"(?:^|;\s*)as\s+(?:of|at|on)\b[^;]*$", re.IGNORECASE)


def is_as_of_end(f: Figure) -> bool:
    """The figure's period ends on the day an "as of" phrase names ("as of 16 May, 49
    have died"; "since Monday; as of Friday"): a cumulative count as it stood that day."""
    return bool(f.period_end and AS_OF_TEXT_RE.search(f.period_text or ""))


# "in 2019", "of 2019", "the 2019 floods": a year that dates what the sentence tells.
YEAR_RE = re.compile(r"\b(?:in|of|the)\s+((?:19|20)\d\d)\b(?!\s*[-\u2013/]\s*\d)", re.IGNORECASE)


# "Seventeen years ago at Hill Town", "a year ago", "last year": what the sentence tells is older
YEARS_AGO_RE = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|\d+)"
                          r"(?:[\s-]\w+)?\s+years?\s+ago|last\s+year|the\s+previous\s+year)\b", re.IGNORECASE)


def is_of_earlier_year(f: Figure, date: str | None) -> bool:
    """The figure has no period and its sentence dates what it tells to a year
    before the report's ("The last major storm, Typhoon Ulla in 2017, killed
    more than 150 people"; "Seventeen years ago at Hill Town, eleven people
    died"): it counts another, older event."""
    if f.period_start or f.period_end or not f.sentence:
        return False
    if YEARS_AGO_RE.search(f.sentence) and not re.search(r"\bsince\b", f.sentence, re.IGNORECASE):
        return True
    if not date:
        return False
    years = [int(y) for y in YEAR_RE.findall(f.sentence)]
    return bool(years) and all(y < int(date[:4]) for y in years)


def find_earlier_year(f: Figure, date: str | None) -> int | None:
    """The one year, before the report's, to which the sentence dates what it
    tells ("The 2019 floods killed 80"; "in 2019, a fire killed 80"), when the
    figure has no period of its own and the sentence speaks of no "since":
    the figure counts another, finished event of that year."""
    if f.period_start or f.period_end or not f.sentence or not date:
        return None
    if re.search(r"\bsince\b", f.sentence, re.IGNORECASE):
        return None
    years = {int(y) for y in YEAR_RE.findall(f.sentence)}
    if len(years) != 1 or next(iter(years)) >= int(date[:4]):
        return None
    return years.pop()


def find_name_words(sentence: str | None) -> frozenset[str]:
    """Capitalised words of a sentence, its first word excepted ("Tarvel", "Delta")."""
    words = [strip_possessive(w) for w in re.findall(r"[^\W\d_][\w'\u2019-]*", sentence or "")]
    names = {w.lower() for i, w in enumerate(words) if i and w[0].isupper() and len(w) > 2}
    return frozenset(names - load_words("story_stopwords.txt"))


def is_single_day(f: Figure) -> bool:
    """The words right after the number say it counts one day ("27 dead in one day")."""
    if not f.sentence:
        return False
    text = f.number_text or ""
    at = f.sentence.find(text) if text else -1
    if at < 0:
        return False
    return bool(SINGLE_DAY_RE.match(f.sentence[at + len(text):]))


# Words between an exclusive marker and the period phrase it marks (see
# ``is_marked_exclusive``): "alone" at most two words after the phrase ("on
# Saturday night alone"), "only" at most five words before it ("only in the
# early morning of Saturday"), never across a comma or a clause break.
EXCLUSIVE_AFTER_WORDS = 2
EXCLUSIVE_BEFORE_WORDS = 5


@lru_cache(maxsize=8)
def _exclusive_res(rows: tuple) -> tuple[re.Pattern | None, re.Pattern | None]:
    after = [r[0] for r in rows if len(r) > 1 and r[1] == "after"]
    before = [r[0] for r in rows if len(r) > 1 and r[1] == "before"]
    alt = lambda ws: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))
    after_re = re.compile(r"^(?:\s+[\w'\u2019-]+){0,%d}?\s+(?:%s)\b" % (EXCLUSIVE_AFTER_WORDS, alt(after)),
                          re.IGNORECASE) if after else None
    before_re = re.compile(r"\b(?:%s)(?:\s+[\w'\u2019-]+){0,%d}\s*$" % (alt(before), EXCLUSIVE_BEFORE_WORDS),
                           re.IGNORECASE) if before else None
    return after_re, before_re


def is_marked_exclusive(f: Figure) -> bool:
    """The sentence marks the figure's dated period as the only one counted: an
    ``exclusive_markers.tsv`` word right after the period phrase ("18 died on
    Saturday night alone") or right before it in the same clause, after the
    number ("41 died only in the early morning of Saturday"; not "only 3 died
    on Monday", where "only" belittles the number). Needs a period the text dates."""
    text, sentence = f.period_text or "", f.sentence or ""
    if not (text and sentence and (f.period_start or f.period_end)):
        return False
    at = sentence.find(text)
    if at < 0:
        return False
    after_re, before_re = _exclusive_res(load_lexicon("exclusive_markers.tsv"))
    if after_re and after_re.match(sentence[at + len(text):]):
        return True
    # "only" between the number and the period, not before the number ("only 3 died on Monday")
    num = sentence.find(f.number_text) if f.number_text else -1
    if before_re is None or num < 0 or num + len(f.number_text) > at:
        return False
    return bool(before_re.search(sentence[num + len(f.number_text):at]))


def is_self_count(f: Figure) -> bool:
    """A figure in the report's own voice that the writer gives as their own
    organisation's count ("our count of 33", "we have recorded 33 deaths")."""
    if not f.sentence or f.source and _names_source(f) and not is_own_people(f):
        return False  # "we have recorded 40, the ministry says" (a source carried from before does not count)
    text = QUOTED_RE.sub(" ", f.sentence)
    return bool(FIRST_PERSON_RE.search(text)) and bool(self_count_re().search(text))


def _names_source(f: Figure) -> bool:
    written = f.source_text or f.source
    return written.lower() in f.sentence.lower()


def is_own_people(f: Figure) -> bool:
    """The figure's source is the outlet's own people, written "our field teams", "our monitors"
    (the extraction keeps what they are: "field teams")."""
    written = f.source_text or f.source
    return bool(written) and re.search(r"\b(?:our|my)\s+" + re.escape(written) + r"\b",
                                       QUOTED_RE.sub(" ", f.sentence), re.IGNORECASE) is not None


def self_count_re() -> re.Pattern:
    """The first-person phrases of ``self_count_cues.txt`` ("our count", "we
    have recorded"): the organisation counting, not a side speaking ("our soldiers")."""
    return _self_count_re(load_lexicon("self_count_cues.txt"))


@lru_cache(maxsize=8)
def _self_count_re(rows: tuple) -> re.Pattern:
    alts = []
    for phrase in sorted({r.lower() for r in rows if r}, key=len, reverse=True):
        words = phrase.split()
        if words[0] == "we" and len(words) > 1:
            # "we have recorded", "we've counted", "we can confirm", "we were able to verify"
            head = r"we(?:\s+have|'ve|\u2019ve|\s+can|\s+could|\s+were\s+able\s+to|\s+had)?"
            verb = words[1]
            stem = verb[:-2] if verb.endswith("ed") and len(verb) > 5 else verb.rstrip("e")
            alts.append(head + r"\s+(?:" + re.escape(verb) + "|" + re.escape(stem) + r"\w*)"
                        + "".join(r"\s+" + re.escape(w) for w in words[2:]))
        else:
            alts.append(r"\s+".join(map(re.escape, words)))
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


def doc_outlet(doc: Document | None) -> str | None:
    return (doc.outlet or None) if doc else None


# "Among the dead are 14 choir members": an opening part phrase, then the verb, then the number.
COPULA_BEFORE_RE = re.compile(r"\b(?:are|were|is|was)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def find_part_word(f: Figure) -> str | None:
    """What the words around the number make of the figure
    (count_part_words.tsv): ``increment`` ("six more bodies"), ``partitive``
    ("nine of them", "17 of the victims", or a sentence opening "Of the
    fatalities, nine were minors"), or None."""
    if not f.sentence or not f.number_text:
        return None
    at = f.sentence.find(f.number_text)
    if at < 0:
        return None
    rows = [(row[0].lower(), row[1]) for row in load_lexicon("count_part_words.tsv") if len(row) > 1]
    rest = f.sentence[at + len(f.number_text):]
    # "41, of whom 27 ...", "57, among them six girls": after a comma the words open a part of
    # this number, they do not make it a part
    after = "" if re.match(r"\s*[,;:(\u2013\u2014]", rest) else " ".join(re.findall(r"[\w']+", rest.lower())[:2])
    before = " ".join(re.findall(r"[\w']+", f.sentence[:at].lower())[:2])
    just_before = " ".join(re.findall(r"[\w']+", f.sentence[:at].lower())[-2:])
    for words, kind in sorted(rows, key=lambda wk: -len(wk[0])):
        if kind in ("increment", "partitive") and (after == words or after.startswith(words + " ")):
            return kind
        if kind == "inclusion" and (just_before == words or just_before.endswith(" " + words)):
            return "inclusion"
        if kind == "opening" and (before == words or before.startswith(words + " ")) \
                and ("," in f.sentence[:at] or COPULA_BEFORE_RE.search(f.sentence[:at])):
            return "partitive"
        if kind == "whole_subject" and part_verb_before(f.sentence[:at], words):
            return "partitive"
    return None


# Between a part verb and a later number of its list ("include 9 children, 13 women and 4 men"):
# no clause break and no verb of a clause of its own.
LIST_GAP_RE = re.compile(r"^[^;:.!?\u2013\u2014]*$")
CLAUSE_VERB_RE = re.compile(r"\b(?:said|says|say|were|was|are|is|have|has|had|while|but|whereas)\b", re.IGNORECASE)


def part_verb_before(before: str, verb: str) -> bool:
    """The number is the object of a part verb ("The dead include 9 children") or a later item
    of its list ("... and 13 women"), and the verb's subject is a casualty noun with no number."""
    found = None
    for m in re.finditer(r"\b" + re.escape(verb) + r"\b", before, re.IGNORECASE):
        found = m
    if found is None:
        return False
    gap = before[found.end():]
    if gap.strip() and (not LIST_GAP_RE.match(gap) or CLAUSE_VERB_RE.search(gap) or len(gap.split()) > 10):
        return False
    return names_whole_subject(before[:found.start()] + " " + verb)


def names_whole_subject(before: str) -> bool:
    """The clause before a part verb ("The dead include", "Fatalities comprised") is a casualty
    noun with no number of its own: the whole is counted elsewhere, this number is a part of it."""
    clause = re.split(r"[,;:\u2013\u2014]", before)[-1]
    if re.search(r"\d", clause):
        return False
    terms = casualty_words()
    return any(w in terms or singular(w) in terms for w in re.findall(r"[a-z]+", clause.lower())[:-1])


@lru_cache(maxsize=1)
def casualty_words() -> frozenset[str]:
    """One-word casualty terms and nouns for the harmed (``casualty_terms.tsv``, ``part_whole_nouns.txt``)."""
    words = {row[0].lower() for row in load_lexicon("casualty_terms.tsv") if row and " " not in row[0]}
    return frozenset(words | {w.lower() for w in load_words("part_whole_nouns.txt")})


def singular(word: str) -> str:
    """"fatalities" -> "fatality", "deaths" -> "death", "killed" -> "kill" (a rough lemma)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ed"):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def shelter_re() -> re.Pattern:
    """Words that put displaced people in one kind of shelter (``shelter_words.txt``)."""
    return words_re(load_lexicon("shelter_words.txt"))


@lru_cache(maxsize=64)
def words_re(entries: tuple[str, ...]) -> re.Pattern:
    """One pattern matching any of the entries as whole words (a space matches any spaces)."""
    words = sorted({e.lower() for e in entries}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.IGNORECASE)


def mark_breakdowns(claims: list[Claim]) -> None:
    """A figure in the same sentence as a larger figure of the same measure,
    group and voice is a breakdown of it ("23 injured, including five who were
    hurt while escaping"): a part whose scope the text does not state. A part
    that names a place the larger figure does not ("eleven killed, nine of
    them in Osk") states its scope: it is a located count, compared with
    other counts of that place. So is a partitive without a place of its own
    ("Six of them later surfaced"), whatever sentence its whole is in."""
    by_sentence: dict[tuple, list[Claim]] = {}
    for c in claims:
        if find_part_word(c.figure) == "partitive" and not c.places and not names_own_day(c):
            c.breakdown = True
        key = c.figure.sentence_idx if c.figure.sentence_idx is not None else c.figure.sentence
        if key is None or key == "":
            continue
        by_sentence.setdefault((c.report, key, c.measure, c.group, c.voice), []).append(c)
    for same in by_sentence.values():
        for c in same:
            if any(o is not c and c.hi < o.lo and not names_own_scope(c, o) for o in same):
                c.breakdown = True
    # "39 people, including 6 children": a part of the larger count before it, whatever its group
    for c in claims:
        if find_part_word(c.figure) == "inclusion" and not c.places and any(
                o is not c and o.report == c.report and o.measure == c.measure and o.voice == c.voice
                and c.hi < o.lo and o.figure.sentence_idx == c.figure.sentence_idx
                and (o.figure.char_start or 0) < (c.figure.char_start or 0) for o in claims):
            c.breakdown = True
    # "At least 40 people died in Hollin. Eleven were women.": a bare count (no counted noun) in
    # the sentence right after a larger count of the same measure and voice is a part of it, unless it
    # names a place of its own ("Eleven were killed on Monday. Nine of them in Osk." is Osk's count)
    for c in claims:
        if c.figure.subject is None and c.figure.sentence_idx is not None and any(
                o is not c and o.report == c.report and o.measure == c.measure and o.voice == c.voice
                and c.hi < o.lo and o.figure.sentence_idx is not None and not names_own_scope(c, o)
                and c.figure.sentence_idx - o.figure.sentence_idx == 1 for o in claims):
            c.breakdown = True
    # people in one kind of shelter ("41,000 are staying in collective centres and tent
    # camps") are a part of the displaced the same report counts ("Displaced: 85,000")
    for c in claims:
        if c.measure == "displaced" and shelter_re().search(c.figure.sentence or "") and any(
                o.report == c.report and o.measure == c.measure and c.hi < o.lo
                and not shelter_re().search(o.figure.sentence or "") for o in claims):
            c.breakdown = True


def names_own_day(part: Claim, whole: Claim | None = None) -> bool:
    """The part is dated to one day of its own ("three of them on Thursday alone", "Six of them died
    on 3 May"), a day the whole (when given) is not: it is that day's count. The day must be written
    in the part's own sentence (not lent by the sentences around it)."""
    f = part.figure
    if not (part.closed and part.start and part.end in (None, part.start)):
        return False
    if not (f.period_text and f.period_text.lower() in (f.sentence or "").lower()):
        return False
    return whole is None or not (whole.closed and (whole.start, whole.end) == (part.start, part.end))


def names_own_scope(part: Claim, whole: Claim) -> bool:
    """The part states a scope of its own: places the whole does not name, or a day of its own."""
    return names_own_places(part, whole) or names_own_day(part, whole)


def names_own_places(part: Claim, whole: Claim) -> bool:
    """The part names places and the whole names none of them (or none at all)."""
    return bool(part.places) and relate_places(part.places, whole.places) in ("unknown", "narrower", "disjoint")


def strip_possessive(word: str) -> str:
    """"Agency's" -> "Agency" (a name word is the same name with or without it)."""
    return re.sub(r"['\u2019]s?$", "", word)


def collect_story_names(figures: list[Figure], report_of: dict[str, str],
                        canon: dict[str, str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per report: the places its figures name, and the name words of its figure
    sentences (capitalised words not opening the sentence) and of its sources."""
    places: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for f in figures:
        r = report_of.get(f.document_id) or report_of.get(f.document)
        if r is None or f.measure not in PEOPLE_MEASURES:
            continue
        ps, ns = places.setdefault(r, set()), names.setdefault(r, set())
        ps.update(p for p in map(normalize_name, f.location or []) if p)
        words = [strip_possessive(w) for w in re.findall(r"[^\W\d_][\w'\u2019-]*", f.sentence or "")]
        ns.update(w.lower() for i, w in enumerate(words) if i and w[0].isupper() and len(w) > 2)
        if f.source:
            written = canon.get(normalize_name(f.source), f.source)
            ns.update(strip_possessive(w).lower() for w in re.findall(r"[^\W\d_][\w'\u2019-]*", written)
                      if w[0].isupper() and len(strip_possessive(w)) > 2)
        for p in f.location or []:
            ns.update(split_name(normalize_name(p)))
    for r in names:
        names[r] -= load_words("story_stopwords.txt")
    return places, names


def assign_stories(figures: list[Figure], documents: list[Document], canon: dict[str, str]) -> dict[str, int]:
    """Group reports into stories: a report joins another's story when they share a
    place named in their figures or at least STORY_MIN_SHARED_NAMES name words
    (transitively). A report with no place and at most STORY_MIN_SHARED_NAMES
    name words cannot be told apart: it gets no story and fits any. A report that
    names no place and joined no other joins the one story whose name words meet
    its own, when exactly one does. When every report ends in one story, nothing is split."""
    docs = {d.id: d for d in documents}
    report_of: dict[str, str] = {}
    for d in documents:
        r = find_report(d, docs)
        report_of[d.id] = report_of[d.path] = r
    places, names = collect_story_names(figures, report_of, canon)
    known = sorted(r for r in names if places.get(r) or len(names[r]) > STORY_MIN_SHARED_NAMES)
    parent = {r: r for r in known}

    def root(r: str) -> str:
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    def share_place(a: str, b: str) -> bool:
        """A place of one report among the places of the other, or written in its
        figure sentences as a name word ("Sollen" a place in one, "the Sollen
        line" in the other)."""
        pa, pb = places.get(a, set()), places.get(b, set())
        return bool(pa & pb or pa & names[b] or pb & names[a])

    for i, a in enumerate(known):
        for b in known[i + 1:]:
            if share_place(a, b) or len(names[a] & names[b]) >= STORY_MIN_SHARED_NAMES:
                parent[root(a)] = root(b)
    # A report that names no place and was joined to no other shares too little to
    # be set apart: when its name words meet those of exactly one story, it is that story's.
    members: dict[str, set[str]] = {}
    for r in known:
        members.setdefault(root(r), set()).add(r)
    for r in known:
        if places.get(r) or len(members[root(r)]) > 1:
            continue
        met = {root(o) for o in known if root(o) != root(r) and names[r] & names[o]}
        if len(met) == 1:
            parent[root(r)] = met.pop()
    roots = sorted({root(r) for r in known})
    if len(roots) < 2:
        return {}
    return {r: roots.index(root(r)) for r in known}


def find_stated_date(doc: Document | None) -> str | None:
    """The publication date, unless it was only inferred from the text (a date the
    text mentions is a lower bound on when it was written, not its date)."""
    if doc is None or not doc.published or doc.published_from == "inferred":
        return None
    return doc.published


def complete_period(f: Figure, anchor) -> tuple[str | None, str | None]:
    """The figure's period; a yearless day in its period text ("March 10 alone",
    "since March 6") is dated with the corpus year when extraction left it open."""
    if f.period_start or f.period_end or not f.period_text:
        return f.period_start, f.period_end
    start, end = complete_year(f.period_text, anchor)
    if start is None:
        return None, None
    if re.match(r"\s*since\b", f.period_text, re.IGNORECASE):
        return start, None
    return start, end or start


def is_exclusive(period_text: str | None) -> bool:
    """The period phrase says the count covers that span only: "on Thursday alone",
    "in a single day", "in 24 hours", "that day"."""
    words = re.findall(r"[\w']+", (period_text or "").lower())
    return bool(words) and (words[-1] in EXCLUSIVE_PERIOD_WORDS or bool(SINGLE_DAY_PHRASES.search(period_text or "")))


def is_personal(subject: str | None) -> bool:
    words = re.findall(r"[\w']+", (subject or "").lower())
    return bool(words) and words[0] in POSSESSIVES


def find_report(doc: Document, docs: dict[str, Document]) -> str:
    """The id of the report a document belongs to: its original, if that is known."""
    seen = {doc.id}
    current = doc
    while current.duplicate_of and current.duplicate_of in docs and current.duplicate_of not in seen:
        current = docs[current.duplicate_of]
        seen.add(current.id)
    return current.id


def compute_interval(f: Figure) -> tuple[float | None, float]:
    """The range of true values the figure's wording allows.

    "more than N" is taken as "N or more": a report of exactly N and one of
    "more than N" are compatible.
    """
    v, q = f.value, f.qualifier
    if v is None:
        if f.low is None and f.high is None:
            return None, math.inf
        return (f.low if f.low is not None else 0.0), (f.high if f.high is not None else math.inf)
    if q in ("at_least", "more_than"):
        return v, math.inf
    if q == "about":
        return (f.low if f.low is not None and f.low < v else v * (1 - ABOUT_MARGIN),
                f.high if f.high is not None and f.high > v else v * (1 + ABOUT_MARGIN))
    if q == "nearly":
        return v * (1 - ABOUT_MARGIN), v
    if q == "up_to":
        return 0.0, v
    if q in ("range", "vague"):
        return (f.low if f.low is not None else v), (f.high if f.high is not None else v)
    return v, v


def share_value(a: Claim, b: Claim) -> bool:
    """True when the two claims' intervals share at least one value."""
    return a.lo <= b.hi and b.lo <= a.hi


def get_point(c: Claim) -> float | None:
    """The single number a claim stands for (None for vague wording such as "hundreds")."""
    f = c.figure
    if f.value is not None and f.qualifier != "vague":
        return f.value
    return None


# --- names -----------------------------------------------------------------

def normalize_name(name: str | None) -> str:
    """Lower-case, drop a leading article and possessive 's, squeeze spaces."""
    if not name:
        return ""
    s = name.strip().lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^(the|a|an)\s+", "", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def split_name(name: str) -> set[str]:
    return {t for t in re.split(r"[\s-]+", name) if t and t not in NAME_STOPWORDS}


def make_acronyms(name: str) -> set[str]:
    """Initials of a multi-word name, with and without small words ("hrmh", "hrmoh" for "Harbour Rights Monitor of Hull")."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in NAME_STOPWORDS)}


def match_names(a: str, b: str) -> bool:
    """Two normalised source names denote the same source.

    Equal; one is the acronym of the other; or the words of one are all
    words of the other ("Health Ministry" / "Ministry of Health").
    """
    if not a or not b:
        return False
    if a == b or a in make_acronyms(b) or b in make_acronyms(a):
        return True
    ta, tb = split_name(a), split_name(b)
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def is_description(written: str) -> bool:
    """A source written all in lower case is a description ("the regional
    civil-protection agency"), not a name."""
    return not any(ch.isupper() for ch in written)


def match_description(desc: str, name: str) -> bool:
    """A lower-case description denotes a named source when its head (last word)
    is a word of the name and at most one other content word of it is missing
    from the name (a scope word such as "regional" or "local"): "regional
    civil-protection agency" / "Varna Civil Protection Agency". Hyphens count
    as spaces."""
    words = [w for w in re.split(r"[\s-]+", desc) if w and w not in NAME_STOPWORDS]
    target = split_name(name)
    if len(words) < 2 or words[-1] not in target:
        return False
    return sum(w not in target for w in words[:-1]) <= 1


def canonicalize_sources(names: list[str]) -> dict[str, str]:
    """Map every normalised source name to one canonical written form (the longest).

    A lower-case description that fits exactly one named source
    (``match_description``) is mapped to that source. Each name is compared only with the
    canonical names it could match (a shared word, or an acronym of one another), found
    through an index, so the work does not grow with the square of the number of sources."""
    written: dict[str, str] = {}
    for n in names:
        written.setdefault(normalize_name(n), n)
    keys = sorted(written, key=lambda k: (-len(k), k))
    canon: dict[str, str] = {}
    by_word: dict[str, list[int]] = {}
    by_acronym: dict[str, list[int]] = {}
    by_key: dict[str, int] = {}
    for pos, k in enumerate(keys):
        candidates = {p for w in split_name(k) for p in by_word.get(w, ())}
        candidates.update(by_acronym.get(k, ()))
        candidates.update(by_key[a] for a in make_acronyms(k) if a in by_key)
        match = next((keys[p] for p in sorted(candidates) if match_names(k, keys[p])), None)
        canon[k] = canon[match] if match else written[k]
        if canon[k] == written[k]:  # a canonical name others may match
            by_key[k] = pos
            for w in split_name(k):
                by_word.setdefault(w, []).append(pos)
            for a in make_acronyms(k):
                by_acronym.setdefault(a, []).append(pos)
    named = sorted({canon[k] for k in keys if not is_description(written[k])})
    for k in keys:
        if is_description(written[k]):
            fits = [n for n in named if match_description(k, normalize_name(n))]
            if len(fits) == 1:
                canon[k] = fits[0]
    return canon


@lru_cache(maxsize=1)
def admin_nouns() -> frozenset[str]:
    """Nouns of administrative units ("county", "district": ``entity_place_nouns.tsv``, kind admin)."""
    return frozenset(noun for noun, kind in load_mapping("entity_place_nouns.tsv").items() if kind == "admin")


def is_place_within(a: str, b: str) -> bool:
    """Place name ``a`` lies within ``b``: same name, or ``b`` plus qualifying words
    ("northern Arden" within "Arden"); a name with or without its administrative noun is
    one place ("Arden County" / "Arden", both ways)."""
    if a == b:
        return True
    ta, tb = split_name(a), split_name(b)
    bare = ta - admin_nouns()
    if bare and bare == tb - admin_nouns():
        return True
    return bool(tb) and tb < ta


def adds_a_site(x: dict[str, str], y: dict[str, str]) -> bool:
    """Place lists that share ground ("Osk General Hospital" lies in "Osk"), where ``x`` also
    names a site of its own ("Tarn Bend camp") that lies in none of ``y``'s places by its name:
    every place of ``y`` meets one of ``x``'s, and ``x`` counts a site more ("112 wounded from the
    strikes on Tarn Bend camp and the market", treated at Osk General Hospital, against "112
    hurt in the market strike" at "its hospital in Osk")."""
    def meet(p: str, q: str) -> bool:
        return is_place_within(p, q) or is_place_within(q, p)
    if not x or not y or not all(any(meet(q, p) for p in x) for q in y):
        return False
    words = {w.lower() for q in y.values() for w in re.findall(r"[^\W\d_][\w'-]*", q)
             if w[0].isupper() and w.lower() not in admin_nouns()}
    return any(is_facility_name(name) and not any(meet(p, q) for q in y)
               and not words & {w.lower() for w in re.findall(r"[^\W\d_][\w'-]*", name)}
               for p, name in x.items())


def is_facility_name(place: str) -> bool:
    """A place named by a building or site noun at its end ("Marl Central Prison", "Tarn Bend
    camp"; ``place_nouns.tsv`` kind facility)."""
    words = re.findall(r"[a-z]+", place.lower())
    return bool(words) and words[-1] in _facility_nouns()


@lru_cache(maxsize=1)
def _facility_nouns() -> frozenset[str]:
    """Nouns that end a facility's name (``place_nouns.tsv``, kind facility), read once."""
    return frozenset(noun for noun, kinds in load_mapping("place_nouns.tsv").items() if "facility" in kinds.split(","))


def relate_places(a: dict[str, str] | set[str], b: dict[str, str] | set[str]) -> str:
    """How place list ``a`` relates to ``b``.

    ``unknown`` (either is empty), ``same``, ``narrower`` (every place of a
    lies within b and not the reverse), ``wider``, ``overlap`` (they share a
    place) or ``disjoint``.
    """
    if not a or not b:
        return "unknown"
    a_in_b = all(any(is_place_within(x, y) for y in b) for x in a)
    b_in_a = all(any(is_place_within(y, x) for x in a) for y in b)
    if a_in_b and b_in_a:
        return "same"
    if a_in_b:
        return "narrower"
    if b_in_a:
        return "wider"
    if any(is_place_within(x, y) or is_place_within(y, x) for x in a for y in b):
        return "overlap"
    return "disjoint"


# --- scope rules -----------------------------------------------------------

def are_periods_compatible(a: Claim | Cluster, b: Claim | Cluster) -> bool:
    """Same kind of period and no disagreement on its dates (an unknown start fits any)."""
    if a.closed != b.closed:
        return False
    if a.closed:
        return (a.start, a.end) == (b.start, b.end)
    return a.start is None or b.start is None or a.start == b.start


def resolve_unknown_groups(claims: list[Claim]) -> None:
    """Give figures of unspecified group the group they most likely count.

    An unspecified figure is read as the total (``mixed``) when some report
    gives a total for the same measure; otherwise as the one specific group
    that the reports count for that measure, if there is exactly one and
    more figures of that measure state it than leave their group unstated
    (one "two officers were killed" among five unspecified tolls does not
    make them all tolls of officers); otherwise it stays ``unspecified``.
    """
    groups: dict[str, set[str]] = {}
    stated: Counter = Counter()
    unstated: Counter = Counter()
    for c in claims:
        if c.group != UNKNOWN_GROUP:
            groups.setdefault(c.measure, set()).add(c.group)
            stated[c.measure] += 1
        else:
            unstated[c.measure] += 1
    for c in claims:
        known = groups.get(c.measure, set())
        if c.group != UNKNOWN_GROUP or not known:
            continue
        if TOTAL_GROUP in known:
            c.group = TOTAL_GROUP
        elif len(known) == 1 and stated[c.measure] > unstated[c.measure]:
            c.group = next(iter(known))


def mark_place_parts(claims: list[Claim]) -> None:
    """Mark places that a report shows to be part of a wider toll.

    When one report, in one voice, gives a figure without a place and a
    smaller figure of the same measure, group and period located in some
    place(s) ("745 killed ... 72 of them in the port city"), those places are
    parts. Every figure of that measure and group located only in such places
    is then a part, in every report.
    """
    part_places: dict[tuple[str, str], set[str]] = {}
    by_report: dict[str, list[Claim]] = {}
    for c in claims:
        by_report.setdefault(c.report, []).append(c)
    for same_report in by_report.values():
        unplaced = [w for w in same_report if not w.places]
        for c in same_report:
            if not c.places:
                continue
            if any(w.voice == c.voice and w.measure == c.measure and w.group == c.group
                   and are_periods_compatible(w, c) and c.hi < w.lo for w in unplaced):
                part_places.setdefault((c.measure, c.group), set()).update(c.places)
    for c in claims:
        if c.places and is_below_earlier_total(c, claims):
            part_places.setdefault((c.measure, c.group), set()).update(c.places)
    for c in claims:
        known = part_places.get((c.measure, c.group))
        if known and c.places and all(any(is_place_within(p, k) or is_respelling(p, k) for k in known)
                                      for p in c.places):
            c.place_part = True


RESPELLING_MIN_LENGTH = 5  # shorter names differing by a letter are as likely two places


def is_respelling(a: str, b: str) -> bool:
    """Two one-word place names one letter apart ("Kessar" / "Kesar"):
    one village spelt two ways, as reports transliterating a name often do."""
    a, b = a.strip(), b.strip()
    if a == b or " " in a or " " in b or min(len(a), len(b)) < RESPELLING_MIN_LENGTH or a[:1] != b[:1]:
        return False
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


# A count whose start lies more than this many days before its report date is a
# long-running tally ("since the beginning of the year"), not the story's total.
LONG_TALLY_DAYS = 30


def is_long_running(c: Claim) -> bool:
    return bool(c.start and c.date and not c.closed) and c.start < c.date and count_days_apart(c.start, c.date) > LONG_TALLY_DAYS


# A located count at most this share of an earlier total is a part of it; a count
# close to the total is more likely the same toll, revised ("down to 81 from 82").
PART_MAX_SHARE = 0.5


def is_below_earlier_total(c: Claim, claims: list[Claim]) -> bool:
    """Another report of the same story gave, no later than this claim's day, a
    total of the same measure and group with no place, at least twice this
    count: a toll only
    rises, so the total on this claim's day is larger still, and the place
    this claim counts ("46 dead in Zagorin", after "at least 412 dead" across
    the country) is a part of it, not the whole."""
    if c.closed or c.personal or not c.date or c.measure not in CUMULATIVE_MEASURES:
        return False
    return any(w.report != c.report and not w.places and not w.closed and not w.personal
               and w.measure == c.measure and w.group == c.group and w.date and w.date <= c.date
               and w.story == c.story
               and are_periods_compatible(w, c) and c.hi <= PART_MAX_SHARE * w.lo and not is_long_running(w)
               and not w.breakdown and w.value is not None and w.figure.qualifier != "vague" for w in claims)


def count_days_apart(a: str, b: str) -> int:
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def are_close_in_time(dates: list[str], others: list[str]) -> bool:
    """Reports of one story: some report of one set is at most STORY_GAP_DAYS from
    some report of the other (undated reports fit anywhere)."""
    if not dates or not others:
        return True
    return any(count_days_apart(a, b) <= STORY_GAP_DAYS for a in dates for b in others)


def is_loose_part(c: Claim) -> bool:
    """A breakdown whose period the text does not pin ("nine of the dead", "33 were
    men"): it joins a quantity of parts, never the toll's series. A breakdown the
    text dates to a day ("five of them on Tuesday alone") is that day's count."""
    return c.breakdown and not c.closed


def fit_claim(c: Claim, k: Cluster) -> str | None:
    """The place relation under which claim ``c`` can join cluster ``k``, or None."""
    if (c.measure, c.group, c.place_part, c.personal) != (k.measure, k.group, k.place_part, k.personal):
        return None
    if (c.source if c.self_count else None) != k.self_counter:
        return None
    if c.story is not None and k.story is not None and c.story != k.story:
        return None
    if is_loose_part(c) != k.breakdown:
        return None  # a part of a larger count of its report ("nine of the dead") is not a member of the toll
    if c.era != k.era or (c.era is not None and not any(c.era_names & o.era_names for o in k.claims)):
        return None  # an older event joins only a count of the same year that names it alike
    if not are_periods_compatible(c, k):
        return None
    if c.date and not are_close_in_time([c.date], k.dates):
        return None
    rel = relate_places(c.places, k.core or k.places)
    if rel == "overlap" and adds_a_site(c.places, k.core or k.places) != adds_a_site(k.core or k.places, c.places):
        return None  # one count takes in a site the other does not
    return rel if rel in ("same", "overlap", "unknown") else None


def cluster_claims(claims: list[Claim]) -> list[Cluster]:
    """Group claims with compatible scopes.

    Precise claims go before vague ones ("hundreds"), which never set a
    quantity's scope; then claims with a known period start (so an unknown
    start never borrows one); then located claims before unlocated, more
    places first.
    """
    clusters: list[Cluster] = []
    ranked = sorted(claims, key=lambda c: (get_point(c) is None, c.start is None, not c.places, -len(c.places),
                                           c.date or "9999", c.path, c.order))
    for c in ranked:
        fits = [(fit_claim(c, k), k) for k in clusters]
        fits = [(rel, k) for rel, k in fits if rel]
        if fits:
            best = min(fits, key=lambda rk: (
                {"same": 0, "overlap": 1, "unknown": 2}[rk[0]] if c.places else bool(rk[1].places),
                -len(rk[1].reports), clusters.index(rk[1])))[1]
        else:
            best = Cluster(c.measure, c.group, c.closed, c.start, c.end, c.place_part,
                           personal=c.personal, era=c.era, breakdown=is_loose_part(c), places=dict(c.places), core=dict(c.places),
                           self_counter=c.source if c.self_count else None)
            clusters.append(best)
        best.claims.append(c)
        best.story = best.story if best.story is not None else c.story
        if get_point(c) is not None:
            best.start = best.start or c.start
            best.core = best.core or dict(c.places)
            for k, v in c.places.items():
                best.places.setdefault(k, v)
    return clusters


def count_narrower_dimensions(c: Cluster, p: Cluster) -> int | None:
    """How many scope dimensions of ``c`` are strictly narrower than ``p``'s.

    None when ``c`` is not inside ``p`` at all.
    """
    if c is p or c.measure != p.measure or not are_close_in_time(c.dates, p.dates) or c.era != p.era:
        return None
    if c.story is not None and p.story is not None and c.story != p.story:
        return None
    if p.self_counter and c.self_counter != p.self_counter:
        return None
    if c.group == p.group:
        group = 0
    elif p.group == TOTAL_GROUP and c.group in SPECIFIC_GROUPS:
        group = 1
    else:
        return None
    if are_periods_compatible(c, p):
        period = 0
    elif c.closed and not p.closed and (p.start is None or c.start is None or c.start >= p.start):
        period = 1
    else:
        return None
    rel = relate_places(c.core, p.core)
    if c.breakdown != p.breakdown:
        if p.breakdown or c.personal != p.personal or c.place_part != p.place_part \
                or rel not in ("unknown", "same", "narrower", "overlap"):
            return None
        place = 1
    elif c.personal and not p.personal and rel in ("unknown", "same", "narrower", "overlap"):
        place = 1
    elif c.personal != p.personal:
        return None
    elif c.place_part and not p.place_part and rel in ("unknown", "same", "narrower", "overlap"):
        place = 1
    elif rel == "narrower":
        place = 1
    elif rel in ("same", "overlap", "unknown") and c.place_part == p.place_part:
        place = 0
    else:
        return None
    total = group + period + place
    return total or None


def link_parents(clusters: list[Cluster]) -> None:
    """Point each narrower quantity at the closest wider one."""
    for c in clusters:
        options = [(n, p) for p in clusters if (n := count_narrower_dimensions(c, p))]
        if options:
            c.parent = min(options, key=lambda np: (np[0], -len(np[1].reports), clusters.index(np[1])))[1]


# --- series and reconciled values -----------------------------------------

def order_entry(c: Claim) -> tuple:
    return (c.date is None, c.date or "", c.path, c.moment or "", c.figure.char_start or 0, c.order)


def build_series(k: Cluster) -> list[dict]:
    """One entry per report and stated value, in report order; undated last.

    Copies (near-duplicates) and repeats within one report are folded into
    the first entry as ``copies``.
    """
    entries: dict[tuple, dict] = {}
    for c in sorted(k.claims, key=lambda c: (c.is_copy,) + order_entry(c)):
        f = c.figure
        key = (c.report, f.value, f.low, f.high, f.qualifier, c.source_key)
        if key in entries:
            e = entries[key]
            if c.path != e["document"] and c.path not in e["copies"]:
                e["copies"].append(c.path)
            continue
        entries[key] = {
            "date": c.date, "undated": c.date is None,
            "value": f.value, "low": f.low, "high": f.high, "qualifier": f.qualifier,
            "figure": f.id, "document": c.path, "source": c.source,
            "copies": [], "_claim": c,
        }
    ordered = sorted(entries.values(), key=lambda e: order_entry(e["_claim"]))
    return ordered


def find_current_claims(entries: list[dict]) -> dict[str, Claim]:
    """Each source's current figure: its latest dated one, unless an undated one is
    higher (tolls rise, so a higher undated figure is taken to be later)."""
    by_source: dict[str, list[Claim]] = {}
    # a part of a larger count of its sentence ("including 6 children") is never a source's whole count
    fresh = [e for e in entries if not e["_claim"].stale and not e["_claim"].breakdown] \
        or [e for e in entries if not e["_claim"].stale] or entries
    for e in fresh:
        by_source.setdefault(e["_claim"].source_key, []).append(e["_claim"])
    current = {}
    for src, cs in by_source.items():
        dated = [c for c in cs if c.date]
        undated = [c for c in cs if not c.date]
        latest = max(dated, key=lambda c: (c.date, c.lo)) if dated else None
        top_undated = max(undated, key=lambda c: c.lo) if undated else None
        if latest is None or (top_undated is not None and top_undated.lo > latest.lo):
            latest = top_undated
        current[src] = latest
    return current


def rank_sources(entries: list[dict], current: dict[str, Claim]) -> list[str]:
    """Sources by number of distinct reports citing them (named sources before
    unattributed figures); ties: most recent current figure, then name."""
    reports: dict[str, set[str]] = {}
    for e in entries:
        if e["_claim"].source_key in current:
            reports.setdefault(e["_claim"].source_key, set()).add(e["_claim"].report)
    names = sorted(reports)
    names.sort(key=lambda s: current[s].date or "", reverse=True)
    names.sort(key=lambda s: (s == UNATTRIBUTED, -len(reports[s])))
    return names


def reconcile_values(entries: list[dict]) -> tuple[float | None, float | None, float | None, str | None]:
    """low, best, high and the source of best (see docs/reconciliation.md)."""
    if not entries:
        return None, None, None, None
    current = find_current_claims(entries)
    lows = [get_point(c) if get_point(c) is not None else c.lo for c in current.values()]
    highs = [get_point(c) if get_point(c) is not None else (c.hi if math.isfinite(c.hi) else c.lo)
             for c in current.values()]
    best, best_source = None, None
    for src in rank_sources(entries, current):
        if get_point(current[src]) is not None:
            best, best_source = get_point(current[src]), src
            break
    if best_source is None:
        best_source = rank_sources(entries, current)[0]
    return min(lows), best, max(highs), (None if best_source == UNATTRIBUTED else best_source)


def split_by_source(entries: list[dict]) -> list[dict]:
    """The quantity's series per source: one ``{source, figures, latest}`` per
    counter (``source`` None for the reports' own voice), the figures in report
    order and ``latest`` the number of its current figure; most-cited source first
    (as for ``best``)."""
    if not entries:
        return []
    current = find_current_claims(entries)
    figures: dict[str, list[str]] = {}
    for e in entries:
        figures.setdefault(e["_claim"].source_key, []).append(e["figure"])
    ranked = rank_sources(entries, current)
    order = ranked + [s for s in figures if s not in ranked]
    return [{"source": None if s == UNATTRIBUTED else s, "figures": figures[s],
             "latest": get_point(current[s]) if s in current else None} for s in order]


def describe_scope(measure: str, group: str, places: list[str], closed: bool,
                   start: str | None, end: str | None, part: bool = False) -> str:
    """"civilians killed, Dalmor, since 2026-03-31" - the scope in words."""
    parts = [f"{GROUP_WORDS.get(group, group)} {measure}" + (" (part of a larger count)" if part else "")]
    if len(places) > MAX_LABEL_PLACES:
        places = places[:MAX_LABEL_PLACES - 1] + [f"{len(places) - MAX_LABEL_PLACES + 1} more places"]
    if places:
        parts.append(" and ".join([", ".join(places[:-1]), places[-1]]) if len(places) > 1 else places[0])
    if closed:
        if start and start == end:
            parts.append(f"on {start}")
        elif start and end and start[4:] == "-01-01" and end[4:] == "-12-31" and start[:4] == end[:4]:
            parts.append(f"in {start[:4]}")
        elif start:
            parts.append(f"{start} to {end}")
        elif end:
            parts.append(f"until {end}")
        else:
            parts.append("on a single day")
    elif start:
        parts.append(f"since {start}")
    return ", ".join(parts)


def make_quantity_key(k: Cluster) -> tuple:
    key = (k.measure, k.group, tuple(sorted(k.places)), k.closed, k.start, k.end, k.place_part, k.personal)
    return key + ((k.self_counter,) if k.self_counter else ()) + (("part",) if k.breakdown else ())


def make_quantity(k: Cluster) -> Quantity:
    entries = build_series(k)
    low, best, high, source = reconcile_values(entries)
    places = list(k.places.values())
    scope = describe_scope(k.measure, k.group, places, k.closed, k.start, k.end, k.breakdown)
    by_source = split_by_source(entries)
    others = sum(1 for b in by_source if b["source"] and b["source"] != source)
    label = f"{scope}, per {source or 'unattributed reports'}"
    if source and others:
        label += f" and {others} other source{'s' if others > 1 else ''}"
    series = [{kk: v for kk, v in e.items() if not kk.startswith("_")} for e in entries]
    return Quantity(
        id=k.id, label=label, measure=k.measure, group=k.group, location=places,
        period_start=k.start, period_end=k.end, source=source,
        figures=[c.id for c in sorted(k.claims, key=order_entry)],
        series=series, low=low, best=best, high=high,
        parent=k.parent.id if k.parent else None, by_source=by_source,
    )


def assign_ids(clusters: list[Cluster]) -> None:
    seen: set[str] = set()
    for k in clusters:
        qid = record_id("quantity", *make_quantity_key(k))
        if qid in seen:  # two quantities with the same scope words: tell them apart
            qid = record_id("quantity", *make_quantity_key(k), min(c.id for c in k.claims))
        seen.add(qid)
        k.id = qid


def group_claims(claims: list[Claim]) -> list[Cluster]:
    """Cluster claims, link parts to wholes and give every cluster its id."""
    clusters = cluster_claims(claims)
    link_parents(clusters)
    assign_ids(clusters)
    return clusters


def group_quantities(figures: list[Figure], documents: list[Document]) -> list[Quantity]:
    """Reconcile figures from all documents into quantities (see docs/reconciliation.md)."""
    clusters = group_claims(build_claims(figures, documents))
    return [make_quantity(k) for k in clusters]
