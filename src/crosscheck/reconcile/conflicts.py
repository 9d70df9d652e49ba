"""Find figures that cannot all be right (rules: docs/reconciliation.md).

Three kinds:

* ``contradiction`` - the same scope at the same time, values that no single
  true number satisfies, from different voices;
* ``scope_conflict`` - the same number attached to different scopes or periods;
* ``attribution_conflict`` - the same number credited to different sources.

A cumulative toll from one source that differs from report to report is a
series of updates, not a conflict: figures of the same voice are compared
only to catch a death toll that falls between two dated reports.
"""
from __future__ import annotations

import math
import os
import re
from datetime import date, timedelta
from collections import defaultdict
from functools import lru_cache
from itertools import combinations

from crosscheck.lexicons import load_lexicon, load_mapping, load_words
from crosscheck.records import Conflict, Document, Figure, Quantity, record_id
from crosscheck.reconcile.quantities import (
    GROUP_WORDS,
    adds_a_site,
    is_facility_name,
    STORY_GAP_DAYS,
    TOTAL_GROUP,
    UNKNOWN_GROUP,
    CUMULATIVE_MEASURES,
    Claim,
    admin_nouns,
    are_periods_compatible,
    build_claims,
    find_name_words,
    match_names,
    normalize_name,
    count_days_apart,
    is_place_within,
    share_value,
    relate_places,
)

DEATHS = "killed"

# Numbers below this coincide too easily to say anything about scope or attribution.
MIN_TELLING_VALUE = 10
# ... unless a text marks one of the two as the count of one day or span only
# ("nine died on the night of 9 September alone", ``exclusive_markers.tsv``):
# then the same number given for the whole is a scope conflict from this value on.
MIN_EXCLUSIVE_VALUE = 5
# A later death toll below this share of an earlier one is read as a part the
# text did not scope (one day's deaths, one district), not as a revision: a
# toll revised down loses a few cases, not most of them.
FALL_MIN_RATIO = 0.5
# A sentence ending in none of these is a headline, a live-blog entry heading
# or a table row ("Toll rises to 58", "Deaths (confirmed): 112").
SENTENCE_END = ('.', '!', '?', '"', "'", '\u201d', '\u2019', ')', '\u2026')

# Wordings that state a number as a point (not a bound such as "at least").
POINT_QUALIFIERS = ("exact", "about")

QUALIFIER_WORDS = {
    "at_least": "at least ", "more_than": "more than ", "about": "about ",
    "nearly": "nearly ", "up_to": "up to ",
}


# --- wording ---------------------------------------------------------------

def format_number(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def describe_value(c: Claim) -> str:
    f = c.figure
    if f.qualifier == "vague" or f.value is None:
        return f.number_text or f"{format_number(f.low)}-{format_number(f.high)}"
    if f.qualifier == "range" and f.low is not None and f.high is not None:
        return f"{format_number(f.low)}-{format_number(f.high)}"
    return QUALIFIER_WORDS.get(f.qualifier, "") + format_number(f.value)


def describe_period(c: Claim) -> str:
    if c.era is not None:
        return f" in {c.era}"
    if c.closed:
        if c.start and c.start == c.end:
            return f" on {c.start}"
        if not (c.start or c.end):
            return " on a single day"
        return f" from {c.start or '?'} to {c.end}"
    if c.start:
        return f" since {c.start}"
    return ""


def describe_claim(c: Claim, with_scope: bool = True) -> str:
    """'more than 300 security forces killed in b.txt (in its own voice, undated, unverified)'."""
    scope = ""
    if with_scope:
        scope = f" {GROUP_WORDS.get(c.group, c.group)} {c.measure}"
        if c.places:
            scope += " in " + ", ".join(c.places.values())
        scope += describe_period(c)
    who = f"per {c.source}" if c.source else "in its own voice"
    when = f"reported {c.date}" if c.date else "undated"
    notes = ", ".join([who, when] + list(c.figure.hedges or []))
    return f"{describe_value(c)}{scope} in {os.path.basename(c.path)} ({notes})"


def make_conflict(kind: str, claims: list[Claim], explanation: str) -> Conflict:
    ids = sorted({c.id for c in claims})
    return Conflict(id=record_id("conflict", kind, *ids), kind=kind, figures=ids,
                    explanation=explanation)


# --- contradictions --------------------------------------------------------

def find_same_time(a: Claim, b: Claim) -> str | None:
    """Why two claims speak of the same moment, or None when we cannot tell.
    Two figures of one report are of the same moment unless the report dates
    them differently (a live blog's entries of two days; "had counted 210,000
    on 10 March" in a later report). Two reports of the same day are not: a
    running toll rises through the day, and two counters' figures published
    hours apart differ by their hour (only a finished day or span can be
    compared across reports)."""
    if a.report == b.report and not (a.date and b.date and a.date != b.date) \
            and not (a.moment and b.moment and a.moment != b.moment) \
            and not (bool(a.moment) != bool(b.moment)) and not are_dated_apart(a, b):
        # not: a live blog's or a log's entries of two hours; an entry and the summary above the
        # log; a count the report dates ("killing 9 men on the night of 12 March") and another it
        # dates otherwise or not at all (a witness's "we counted 37 bodies")
        return "both are given in the same report"
    if a.era is not None and a.era == b.era:
        return f"both count the same earlier event (of {a.era})"
    if a.closed and b.closed and a.start and (a.start, a.end) == (b.start, b.end):
        # a count of a finished day or span does not grow with the report's date
        span = a.start if a.end in (None, a.start) else f"{a.start} to {a.end}"
        return f"both count the same period ({span})"
    return None


# A period that pins a count to one day or night of the story ("on the night of 12 March",
# "on Tuesday", "during the raid on Friday"), not to the start of a toll ("the 3 March earthquake")
SPAN_RE = re.compile(r"\d\s*(?:to|and|[-\u2013])\s*\d")  # "March 12 to 13": a finished span
EVENT_DAY_RE = re.compile(r"^\W*(?:on|during|overnight|in\s+the\s+night|the\s+night|that\s+(?:day|night)|last\s+night)\b", re.IGNORECASE)


def are_dated_apart(a: Claim, b: Claim) -> bool:
    """Two figures of one report that the report dates differently: two different
    starts, a finished day or span against an open count, or a count the report
    pins to an event's date ("killing 9 men on the night of 12 March") against one
    it does not date (a witness's "we counted 37 bodies"). A running count ("since
    Sunday", "the toll from the 3 March earthquake") against an undated one is not
    dated apart."""
    if a.start and b.start and a.start != b.start:
        return True
    if a.closed != b.closed:
        return True
    if bool(a.start) != bool(b.start):
        dated = a if a.start else b
        text = dated.figure.period_text or ""
        return bool(EVENT_DAY_RE.match(text) or SPAN_RE.search(text))
    return False


def is_same_place_stated(a: Claim, b: Claim) -> bool:
    """Both name no place, or both name the same or overlapping places. When only
    one names a place we cannot tell that both count the same thing."""
    if not a.places and not b.places:
        return True
    return relate_places(a.places, b.places) in ("same", "overlap")


def is_same_sentence(a: Claim, b: Claim) -> bool:
    """Two numbers of one sentence are read together by its writer (a total and
    its breakdown: "23 injured, including five who fell"): never rivals."""
    if a.report != b.report:
        return False
    fa, fb = a.figure, b.figure
    if fa.sentence_idx is not None and fb.sentence_idx is not None:
        return fa.sentence_idx == fb.sentence_idx
    return bool(fa.sentence) and fa.sentence == fb.sentence


def is_headline(c: Claim) -> bool:
    """The figure stands in a line that is not a sentence: a headline, a live-blog
    entry heading, a table row. Such a line summarises (or dates) a body figure
    of its own report; it does not argue with it."""
    sentence = (c.figure.sentence or "").rstrip()
    return bool(sentence) and not sentence.endswith(SENTENCE_END)


def is_own_summary(a: Claim, b: Claim) -> bool:
    """Two figures of one report, one of them in a headline-like line: the report
    restates or updates itself (a live blog's headline carries its latest toll,
    a bulletin's table its parts), so the pair is never a contradiction."""
    return a.report == b.report and (is_headline(a) or is_headline(b))


def can_contradict(c: Claim) -> bool:
    """A figure that can be set against another at all: not one the text dates as
    older, not a breakdown of a larger figure of its sentence ("including five"),
    not a vague word ("hundreds": a description, not a count), not a share the
    text marks but we could not scope (``is_unscoped_share``)."""
    return not (c.stale or c.breakdown or c.figure.qualifier == "vague" or c.figure.value is None
                or is_unscoped_share(c) or is_added_to(c))


@lru_cache(maxsize=8)
def _more_after_re(rows: tuple) -> re.Pattern:
    words = sorted({r[0].lower() for r in rows if r and r[0]}, key=len, reverse=True)
    return re.compile(r"\b(?:\d[\d,]*|" + "|".join(map(re.escape, words)) + r")\s+(?:more|further|additional)\b",
                      re.IGNORECASE)


def is_added_to(c: Claim) -> bool:
    """The sentence adds to the figure after it ("We counted 37 bodies, and the
    next day we found two more"): the figure is an interim count that the same
    sentence completes, not a rival of the completed toll."""
    f = c.figure
    sentence, text = f.sentence or "", f.number_text or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return False
    return bool(_more_after_re(load_lexicon("number_words.tsv")).search(sentence[at + len(text):]))


# A phrase closed by an exclusive word ("on the 14th alone", "in the east alone",
# "during the night by itself"): the count is one part's, whatever the part is.
SHARE_PHRASE_RE = re.compile(r"\b(?:on|in|at|during|for|from|over)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:alone|by\s+itself)\b",
                             re.IGNORECASE)


def is_unscoped_share(c: Claim) -> bool:
    """The sentence marks the count as one part's ("On the 14th alone, rescuers
    raised nine bodies") but the figure carries neither the place nor the
    period of that part: it cannot be compared with a whole toll."""
    if c.places or c.start or c.closed or is_stated_place_part(c):
        return False  # "in his province alone": read as a place's share (find_part_above_whole)
    return bool(SHARE_PHRASE_RE.search(c.figure.sentence or ""))


# A smaller own-voice figure at most this many sentences after a named source's
# larger one, in the same report, details it (see is_breakdown_of).
BREAKDOWN_SENTENCES = 2


def follows_closely(small: Claim, large: Claim) -> bool:
    """``small`` comes after ``large`` in the report, at most BREAKDOWN_SENTENCES later."""
    fs, fl = small.figure, large.figure
    if fs.sentence_idx is not None and fl.sentence_idx is not None:
        return 0 < fs.sentence_idx - fl.sentence_idx <= BREAKDOWN_SENTENCES
    if fs.char_start is not None and fl.char_start is not None:
        return fs.char_start > fl.char_start
    return False


def is_breakdown_of(a: Claim, b: Claim) -> bool:
    """In one report, a smaller figure in the report's own voice that closely
    follows a named source's larger one details it ("23 were injured, the
    department said." "Twelve remain in hospital, three of them critical."):
    the writer breaks down the source's total. A larger own-voice figure is a
    rival estimate ("the monitor counts 125; more than 300 are believed dead"),
    and so is a smaller one stated first or far away."""
    if a.report != b.report:
        return False
    for small, large in ((a, b), (b, a)):
        if (small.source is None and large.source is not None and small.hi < large.lo
                and follows_closely(small, large)):
            return True
    return False


# A figure whose sentence disputes another one (dispute_cues.txt) at most this
# many sentences before it, in the same report, is its rival (see is_disputed_pair).
DISPUTE_SENTENCES = 2


def has_dispute_cue(c: Claim) -> bool:
    """The figure's sentence says it disputes another ("was contradicted by",
    "rejected", "could not explain the gap"): see ``dispute_cues.txt``."""
    text = " " + " ".join(re.findall(r"[\w']+", (c.figure.sentence or "").lower())) + " "
    return any(f" {cue} " in text for cue in load_words("dispute_cues.txt"))


def is_disputed_pair(a: Claim, b: Claim) -> bool:
    """In one report, the later figure stands at most DISPUTE_SENTENCES after the
    earlier one, in a sentence that says it disputes it ("The toll has risen to
    71, the agency said." "But the figure was immediately contradicted by the
    governor, who said 83 people had died."): the report itself sets the two
    against each other, so a place named by only one of them does not make
    them different counts."""
    if a.report != b.report:
        return False
    ia, ib = a.figure.sentence_idx, b.figure.sentence_idx
    if ia is not None and ia == ib:
        return is_set_aside(a) or is_set_aside(b) or are_voices_contrasted(a, b)
    if ia is None or ib is None or ia == ib or abs(ia - ib) > DISPUTE_SENTENCES:
        return False
    return has_dispute_cue(a if ia > ib else b)


CONTRAST_RE = re.compile(r"\b(?:while|whereas|whilst|but|against)\b", re.I)


def are_voices_contrasted(a: Claim, b: Claim) -> bool:
    """One sentence gives two named sources' numbers with "while"/"whereas"/"but"/"against" between
    them ("Police put the toll at 17, while the farmers' union said more than 50 had died"): the
    writer sets the two voices against each other; they are not a total and its breakdown."""
    if not (a.source and b.source) or a.source == b.source:
        return False
    fa, fb = sorted((a.figure, b.figure), key=lambda f: f.char_start or 0)
    text = fa.sentence or ""
    at_a, at_b = text.find(fa.number_text or "\0"), text.rfind(fb.number_text or "\0")
    if at_a < 0 or at_b < 0 or at_b <= at_a:
        return False
    return CONTRAST_RE.search(text[at_a + len(fa.number_text):at_b]) is not None


def is_set_aside(c: Claim) -> bool:
    """The figure's own sentence writes it right after "not" ("four people, not
    eleven as claimed by some groups", "at least 23, not the 17 the ministry
    announced"): the sentence sets this number against its other one, so the
    two are rivals, not a total and its breakdown."""
    text, number = c.figure.sentence or "", c.figure.number_text or ""
    if not number:
        return False
    return re.search(r"\bnot\s+(?:the\s+|even\s+)?" + re.escape(number) + r"(?!\w)", text, re.I) is not None


def says_count_revised(c: Claim) -> bool:
    """The figure's sentence says its source changed its count (``revised_count_cues.txt``: "up
    from", "now says", "revised")."""
    text = (c.figure.sentence or "").lower()
    return any(re.search(r"(?<!\w)" + re.escape(cue) + r"(?!\w)", text) for cue in load_words("revised_count_cues.txt"))


def is_same_source_same_day(a: Claim, b: Claim, cs: list[Claim] = ()) -> bool:
    """Two reports of the same day quoting the same named source with different
    numbers: a misquote, or an update within the day; flagged (see docs) unless
    one of the two reports also gives the other's number for that source (it
    shows the count was revised: "the agency's toll rose from 1,204 to 1,387")."""
    if not (bool(a.source) and a.source == b.source and a.report != b.report
            and bool(a.date) and a.date == b.date):
        return False
    if a.moment and b.moment and a.moment != b.moment:
        return False   # two live entries of the day at different hours: the source's count then and later
    if says_count_revised(a) or says_count_revised(b):
        return False   # "now says 30, up from her noon count": the count changed during the day
    return not any(c.source == a.source and ((c.report == a.report and c.value == b.value)
                                             or (c.report == b.report and c.value == a.value)) for c in cs)


# A count whose stated start lies more than this many days before it was
# reported is a long-running tally ("212 traffickers arrested since January").
LONG_TALLY_DAYS = 30


def is_long_tally(c: Claim) -> bool:
    return bool(c.start and c.date and not c.closed) and count_days_apart(c.start, c.date) > LONG_TALLY_DAYS and c.start < c.date


def is_tally_against_event(a: Claim, b: Claim) -> bool:
    """One figure is a long-running tally and the other states no start: the
    other counts the story's event ("seven arrested" beside "212 arrested since
    January"), a part of the tally, not a rival."""
    return any(is_long_tally(x) and not y.start for x, y in ((a, b), (b, a)))


def is_care_part(a: Claim, b: Claim) -> bool:
    """The smaller figure counts the patients or bodies of a place of care ("the hospital's figure
    of 30 deaths counted only patients who died in its hospital") and the larger one does not: the
    hospital's count is a part of the toll, not a rival. (A hospital count above the toll is
    still a contradiction: a part cannot exceed its whole.)"""
    small, large = (a, b) if a.hi < b.lo else (b, a) if b.hi < a.lo else (None, None)
    return small is not None and names_care(small) and not names_care(large)


# Words between a count and a phrase of its moment ("Two guards were killed instantly") at most.
AT_ONCE_GAP_WORDS = 6


def is_counted_at_once(c: Claim) -> bool:
    """The clause of the figure says its people died or were hurt there and then, in one
    incident ("Two guards died on the spot", "the first shell killed four men outright";
    ``at_once_phrases.txt``): the phrase follows the number within AT_ONCE_GAP_WORDS words,
    no comma or semicolon between ("four died, the police at the scene said" is not)."""
    f = c.figure
    sentence, text = f.sentence or "", f.number_text or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return False
    after = sentence[at + len(text):].lower()
    for phrase in load_words("at_once_phrases.txt"):
        m = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", after)
        if m and not re.search(r"[,;:()\u2013\u2014]", after[:m.start()]) \
                and len(after[:m.start()].split()) <= AT_ONCE_GAP_WORDS:
            return True
    return False


# Words between a count and a word saying its people are still in that state at most.
STILL_GAP_WORDS = 4


def is_counted_still(c: Claim) -> bool:
    """The clause of the figure says its people are still in the state counted, what is left
    of a larger number ("five are still in custody", "the remaining 30 hostages";
    ``still_phrases.txt``): the word follows the number within STILL_GAP_WORDS words, no comma
    or semicolon between, or comes right before it."""
    f = c.figure
    sentence, text = f.sentence or "", f.number_text or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return False
    before, after = sentence[:at].lower().split()[-1:], sentence[at + len(text):].lower()
    for phrase in load_words("still_phrases.txt"):
        if before and before[0] == phrase:
            return True
        m = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", after)
        if m and not re.search(r"[,;:()\u2013\u2014]", after[:m.start()]) \
                and len(after[:m.start()].split()) <= STILL_GAP_WORDS:
            return True
    return False


def is_still_part(a: Claim, b: Claim) -> bool:
    """The smaller figure counts those still held (in hospital, missing...) and the larger one
    does not: a remainder of the larger count (others were freed or discharged), not a rival.
    (A remainder above the whole is still a contradiction.)"""
    small, large = (a, b) if a.hi < b.lo else (b, a) if b.hi < a.lo else (None, None)
    return small is not None and is_counted_still(small) and not is_counted_still(large)


def is_at_once_part(a: Claim, b: Claim) -> bool:
    """The smaller figure counts those who died (or were hurt) at once, at the spot of one
    incident ("Two guards died on the spot"), and the larger one does not: those are a part of
    the toll (more die later, elsewhere), not a rival count. (Counted at once above the toll is
    still a contradiction: a part cannot exceed its whole.)"""
    small, large = (a, b) if a.hi < b.lo else (b, a) if b.hi < a.lo else (None, None)
    return small is not None and is_counted_at_once(small) and not is_counted_at_once(large)


def find_pair_contradictions(cs: list[Claim], everyone: list[Claim] | None = None,
                             any_place: bool = False) -> list[tuple[Claim, Claim, str]]:
    """Different voices (or one source quoted differently by two reports of one
    day), same time, same stated place, no common value, not one sentence, not
    a breakdown. ``everyone``: all claims, where a report may show a source's
    count revised ("up from 1,204", a part of its sentence, kept out of ``cs``).
    ``any_place``: the caller has already weighed the places (a count for one
    place above a count that names none, ``find_place_above_whole``)."""
    out = []
    for a, b in combinations(cs, 2):
        if not (can_contradict(a) and can_contradict(b)) or is_same_sentence(a, b) or is_breakdown_of(a, b):
            continue
        if is_own_summary(a, b) or share_value(a, b) or is_tally_against_event(a, b) or is_care_part(a, b):
            continue
        if is_at_once_part(a, b):
            continue  # "two died on the spot" beside the whole toll: a part of it
        if is_still_part(a, b):
            continue  # "five are still in custody" beside all those detained: what is left of them
        if names_earlier_year(a) != names_earlier_year(b):
            continue  # "140 killed in the country's mines since 2015" against this accident's toll
        same_source_day = is_same_source_same_day(a, b, cs if everyone is None else everyone)
        # one source's count quoted twice on one day: a place named by one report only does not make it another count
        if not (any_place or is_same_place_stated(a, b) or (same_source_day and not (a.places and b.places))):
            continue
        if a.voice != b.voice:
            when = find_same_time(a, b)
            if when:
                out.append((a, b, when))
        elif same_source_day:
            out.append((a, b, f"two reports of the same day ({a.date}) quote {a.source} with different "
                              f"numbers: a misquote, unless {a.source} revised its count during the day"))
    return out


def find_disputed(claims: list[Claim], qty_of: dict[str, str]) -> list[tuple[Claim, Claim, str]]:
    """Disputed pairs (``is_disputed_pair``): the report's own words set them
    against each other, so they are compared even when only one names a place
    or they were grouped into two quantities (the unlocated one joined another
    quantity of compatible scope). Compared when they have the same measure,
    compatible groups and periods, different voices and no common value. The
    places compared are those the report states (never lent by
    ``lend_echoed_places``)."""
    out = []
    for a, b in combinations([c for c in claims if not c.personal and c.id in qty_of], 2):
        if a.measure != b.measure or a.voice == b.voice:
            continue
        if not (is_disputed_pair(a, b) and are_groups_compatible(a.group, b.group)
                and are_periods_compatible(a, b) and (is_same_place_stated(a, b) or not (a.places and b.places))):
            continue
        if not (can_contradict(a) and can_contradict(b)) or share_value(a, b) or is_own_summary(a, b):
            continue
        when = find_same_time(a, b) or sets_aside_now(a, b)
        if when and not is_breakdown_of(a, b):
            out.append((a, b, when))
    return out


def sets_aside_now(a: Claim, b: Claim) -> str | None:
    """One sentence sets one number aside for the other ("at least 41 have died, not the 33 the
    ministry announced yesterday"): the set-aside number was stated earlier, but the sentence
    denies it today, so the two are compared as of the report."""
    if is_same_sentence(a, b) and (is_set_aside(a) or is_set_aside(b)):
        return "one sentence sets one number aside for the other"
    return None


def find_falling_deaths(cs: list[Claim]) -> list[tuple[Claim, Claim, str]]:
    """A later report giving fewer deaths than an earlier one: the dead do not
    come back, so one of the two is wrong (missing, detained or displaced
    people can fall; those are updates). Compared only when both figures name
    the same source or neither names one: two named counters (a hospital, an
    agency) may count differently; only when the later figure counts every place
    the earlier one names; and only when the later figure keeps at
    least FALL_MIN_RATIO of the earlier one (far fewer is a part of the toll,
    not a revision of it)."""
    out = []
    for a, b in combinations(cs, 2):
        if a.measure != DEATHS or not (a.date and b.date) or a.date == b.date:
            continue
        if not (can_contradict(a) and can_contradict(b)) or a.closed or b.closed:
            continue
        if a.source != b.source or is_at_once_part(a, b):
            continue  # "two died on the spot" in a later report: a part of the toll, not a revision
        early, late = (a, b) if a.date < b.date else (b, a)
        if late.hi < early.lo and late.hi >= FALL_MIN_RATIO * early.lo and is_same_place_stated(a, b) \
                and (not early.places or relate_places(early.places, late.places) in ("same", "narrower")):
            # a later count that leaves out one of the earlier count's places ("six, off Sirin and Port
            # Osk" then "Osk: 5") counts fewer places, not fewer dead
            out.append((early, late, f"a death toll cannot fall, yet the later report ({late.date}) "
                                     f"gives fewer than the earlier one ({early.date})"))
    return out


def find_aligned_contradictions(cs: list[Claim], pairs: list[tuple[Claim, Claim, str]]) -> list[tuple[Claim, Claim, str]]:
    """Carry a same-report contradiction over to the rival source's other counts.

    If a report sets estimate E against source S's count C, and S gives
    another count C2 elsewhere, E also contradicts C2 when C2 lies on the far
    side of C (a count at least as high as C when E is above C; the same
    count restated when E is below) and E still has no value in common with
    C2. S's counts only rise, so such a C2 is not earlier than C and cannot
    explain E away as an older figure; a lower count of S is an older one and
    adds nothing to E against C.
    """
    out = []
    for a, b, when in pairs:
        if a.report != b.report:
            continue
        for e, c in ((a, b), (b, a)):
            if not c.source:
                continue
            for c2 in cs:
                if c2 is c or c2.voice != c.voice or c2.report == e.report or not can_contradict(c2):
                    continue
                above = e.lo > c.hi and c2.lo >= c.lo and e.lo > c2.hi
                # below: only the same count restated elsewhere; a lower count of S is an older one
                # and adds nothing to E against S's count C, already shown
                below = e.hi < c.lo and c2.lo == c.lo and c2.hi == c.hi and e.hi < c2.lo
                if above or below:
                    why = (f"{os.path.basename(e.path)} itself sets {describe_value(e)} against "
                           f"{c.source}'s {describe_value(c)}, and {c.source}'s {describe_value(c2)} "
                           f"is no earlier than that count, so it cannot explain the difference away")
                    out.append((e, c2, why))
    return out


def own_place_alone_re() -> re.Pattern:
    """"in his province alone", "in the district alone": a share of one place the
    text names by a place noun (``place_nouns.tsv``, kinds place and area)."""
    return _own_place_alone_re(load_lexicon("place_nouns.tsv"))


@lru_cache(maxsize=8)
def _own_place_alone_re(rows: tuple) -> re.Pattern:
    nouns = sorted({row[0].lower() for row in rows
                    if len(row) > 1 and {"place", "area"} & set(row[1].split(","))}, key=len, reverse=True)
    return re.compile(r"\b(?:in|across|for)\s+(?:his|her|their|its|our|my|the|this|that)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:"
                      + "|".join(map(re.escape, nouns)) + r")s?\s+alone\b", re.IGNORECASE)


def is_stated_place_part(c: Claim) -> bool:
    """The text itself calls the count one place's share ("1,650 have died in
    Dravan province alone", "in his province alone")."""
    sentence = c.figure.sentence or ""
    for written in c.places.values():
        if re.search(re.escape(written) + r"(?:\s+[\w-]+)?\s+alone\b", sentence, re.IGNORECASE):
            return True
    # "in his province alone", also when the province was read from a name given before
    return bool(own_place_alone_re().search(sentence))


def names_earlier_year(c: Claim) -> bool:
    """The figure's sentence names a year before the one it was reported in."""
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", c.figure.sentence or "")]
    return bool(c.date) and any(y < int(c.date[:4]) for y in years)


def single_day(c: Claim) -> str | None:
    """The day a figure's own period is, when the text gives it one day ("on 9 May", a by-day row)."""
    f = c.figure
    return f.period_start if f.period_start and f.period_start == f.period_end and len(f.period_start) >= 10 else None


def report_totals(claims: list[Claim]) -> set[str]:
    """Per report, measure and voice, the largest count that names no place, no
    period of its own and no share: that voice's whole toll in the report ("at
    least 412 people have died", the agency said). Smaller unplaced counts of
    the same voice are often one incident's (a hospital's, a market's), whose
    place went unsaid."""
    best: dict[tuple[str, str], Claim] = {}
    days: dict[tuple, set[str]] = defaultdict(set)
    day_of = {c.id: single_day(c) for c in claims}
    for c in claims:
        if day_of[c.id]:
            days[(c.report, c.measure, c.voice)].add(day_of[c.id])
    for c in claims:
        if c.places or c.closed or c.personal or c.breakdown or not can_contradict(c) or is_stated_place_part(c) \
                or names_earlier_year(c):
            continue
        if day_of[c.id] and len(days[(c.report, c.measure, c.voice)]) > 1:
            continue  # a row of a by-day list ("9 May: 8"): one day's count, not the whole toll
        key = (c.report, c.measure, c.voice)
        if key not in best or c.lo > best[key].lo:
            best[key] = c
    return {c.id for c in best.values()}


def stated_ceiling(c: Claim) -> float:
    """The most a total can be read to say: its upper bound, or its number when
    the wording leaves the top open ("at least 412")."""
    return c.hi if math.isfinite(c.hi) else c.lo


def first_dates_given(claims: list[Claim]) -> dict[tuple, str]:
    """Per named source (or report, for a report's own voice), measure and number: the date of the
    first report to give it. "Police said 12 died" on 8 May, quoted again in a column of 14 May
    ("the police gave the nation a toll of 12 on the first day"), was given on 8 May."""
    first: dict[tuple, str] = {}
    for c in claims:
        key = (c.voice_of_source, c.measure, c.value)
        if c.date and (key not in first or c.date < first[key]):
            first[key] = c.date
    return first


def find_part_above_whole(claims: list[Claim]) -> list[tuple[Claim, Claim, str]]:
    """A place's share larger than the whole toll: "more than 600 in his province
    alone" against "at least 412" nationwide, said the same day or earlier
    (a total given later can only be larger still for the dead and injured;
    for other measures only the same day is compared). One of the two is
    wrong, whoever gives them."""
    out = []
    totals = report_totals(claims)
    first_given = first_dates_given(claims)
    for p in claims:
        if p.closed or p.personal or not p.date or not can_contradict(p) or not is_stated_place_part(p):
            continue
        if names_earlier_year(p):
            continue  # "more than 60 killed in the estate alone since 2020": another count
        for w in claims:
            if w.id not in totals or w is p or w.measure != p.measure or not w.date:
                continue
            if not (can_contradict(w) and covers_group(w.group, p.group) and are_same_story(p, w)):
                continue
            if is_long_tally(w) or is_same_sentence(p, w) or is_own_summary(p, w):
                continue
            later_ok = p.measure in CUMULATIVE_MEASURES and w.date >= p.date \
                and first_given[(w.voice_of_source, w.measure, w.value)] >= p.date
            if not (w.date == p.date or later_ok):
                continue  # (a total its source first gave before the share was given may since have risen)
            if p.lo > stated_ceiling(w):
                out.append((p, w, f"{describe_value(p)} for one place alone is more than the "
                                  f"{describe_value(w)} given for the whole by {w.date}"))
    return out


def stated_span(c: Claim) -> tuple[str, str] | None:
    """The day or span the text gives the figure ("on 12 May", "from 10 to 14
    May"), also when it is the report's own day and so read as the date of a
    running count (section 1, rule 3)."""
    if c.closed and c.start and c.end:
        return c.start[:10], c.end[:10]
    f = c.figure
    if f.period_start and f.period_end and len(f.period_start) >= 10:
        return f.period_start[:10], f.period_end[:10]
    return None


def covers_period(whole: Claim, part: Claim) -> bool:
    """The whole's period holds the part's: a span around the part's day or
    shorter span ("from 10 to 14 May" around "on 12 May")."""
    inner = stated_span(part)
    if not (inner and whole.closed and whole.start and whole.end):
        return False
    outer = (whole.start[:10], whole.end[:10])
    return outer[0] <= inner[0] and outer[1] >= inner[1] and outer != inner


def find_period_part_above_whole(claims: list[Claim]) -> list[tuple[Claim, Claim, str]]:
    """A count of one group on a day or span larger than another voice's count
    of the same group over a span that holds it: "nine soldiers were killed in
    the ambush on 12 May" against "six soldiers fell from 11 to 13 May". The
    dead and the injured only add up, so one of the two is wrong. Both must
    state the group (soldiers, civilians, fighters: a count of "people" over a
    span is often one kind of death, one district); the whole names no place or
    the part's places, and is no share or breakdown."""
    out = []
    for p in claims:
        if p.measure not in CUMULATIVE_MEASURES or not stated_span(p) or p.personal or p.breakdown \
                or p.group in (UNKNOWN_GROUP, TOTAL_GROUP) or not can_contradict(p) \
                or p.era is not None or names_earlier_year(p):
            continue
        for w in claims:
            if w is p or w.measure != p.measure or w.group != p.group or w.voice == p.voice \
                    or w.personal or w.breakdown or w.place_part:
                continue
            if not (can_contradict(w) and are_same_story(p, w) and covers_period(w, p)):
                continue
            if w.era is not None or names_earlier_year(w) or is_same_sentence(p, w) or is_own_summary(p, w) \
                    or is_stated_place_part(w):
                continue
            if w.places and not (p.places and set(p.places) <= set(w.places)):
                continue
            if p.lo > stated_ceiling(w):
                day = " on {}".format(stated_span(p)[0]) if len(set(stated_span(p))) == 1 else \
                    " from {} to {}".format(*stated_span(p))
                out.append((p, w, f"{describe_value(p)}{day} is more than the "
                                  f"{describe_value(w)}{describe_period(w)}"))
    return out


def lend_echoed_places(claims: list[Claim]) -> None:
    """A distinctive number identifies a count: an unlocated figure stated exactly
    whose number another report of the same story states exactly for some
    place(s) is read, for contradictions, as located there ("386 dead in Orun"
    in one report, "volunteers counted 386" in another)."""
    located: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.places and c.figure.qualifier == "exact" and c.value is not None and is_distinctive(c.value):
            located[(c.measure, c.value)].append(c)
    for c in claims:
        if c.places or c.figure.qualifier != "exact" or c.value is None:
            continue
        for o in located.get((c.measure, c.value), []):
            if o.report != c.report and are_same_story(c, o):
                c.places = dict(o.places)
                break


def earlier_event_year(c: Claim) -> int | None:
    """The earlier year of a finished, older event the figure counts: its ``era`` ("the 2017
    Ulla typhoon killed 160"), or the year of a closed period that ended before the year the figure
    was reported in ("In May 2009, a blast at the quarry killed 14", "on 19 May 2009")."""
    if c.era is not None:
        return c.era
    if c.closed and c.start and c.date and int((c.end or c.start)[:4]) < int(c.date[:4]):
        return int((c.end or c.start)[:4])
    return None


def is_same_earlier_event(a: Claim, b: Claim) -> bool:
    """Two figures of one older event: the same earlier year (``earlier_event_year``); the same
    period, or one dated by a whole month or year and the other by a day or span inside it ("In
    October 2019" / "on 9 October 2019": the same event dated more or less precisely; a day
    inside a longer span is a part of it, not a rival); and either a name word in common
    (capitalised words of their sentences, the first excepted: "Ulla") or both dated within one
    month."""
    ya, yb = earlier_event_year(a), earlier_event_year(b)
    if ya is None or ya != yb:
        return False
    within = any(is_whole_month_or_year(w) and not n.exclusive and w.start <= n.start and (n.end or n.start) <= w.end
                 and (w.start, w.end) != (n.start, n.end) for w, n in ((a, b), (b, a)))
    if not ((a.start, a.end) == (b.start, b.end) or within):
        return False
    if find_name_words(a.figure.sentence) & find_name_words(b.figure.sentence):
        return True
    return a.era is None and b.era is None and a.start[:7] == b.start[:7] \
        and (a.end or a.start)[:7] == (b.end or b.start)[:7] == a.start[:7]


def find_earlier_event_contradictions(claims: list[Claim], pairs: list[tuple[Claim, Claim, str]]
                                      ) -> list[tuple[Claim, Claim, str]]:
    """Two reports recalling one older event (``is_same_earlier_event``) with tolls that share no
    value: the event is over, so its toll no longer grows, and the two cannot both be right. They
    are compared across quantities (a month, a day of it and its year are three periods) and even
    when only one names a place (the name word or the month already ties them to one event); the
    voices, measure, groups and story must agree as for any contradiction. Pairs already found
    (``pairs``) are not repeated."""
    done = {frozenset((a.id, b.id)) for a, b, _ in pairs}
    out = []
    old = [c for c in claims if earlier_event_year(c) is not None and not c.personal and can_contradict(c)]
    for a, b in combinations(old, 2):
        if a.report == b.report or a.voice == b.voice or a.measure != b.measure or frozenset((a.id, b.id)) in done:
            continue
        if not (are_groups_compatible(a.group, b.group) and are_same_story(a, b) and is_same_earlier_event(a, b)):
            continue
        if share_value(a, b) or (a.places and b.places and not is_same_place_stated(a, b)):
            continue
        out.append((a, b, f"both count the same earlier event (of {earlier_event_year(a)}), whose toll no longer grows"))
    return out


def find_total_below_group(claims: list[Claim], qty_of: dict[str, str]) -> list[tuple[Claim, Claim, str]]:
    """A count that names no group ("20 people died"), or a stated total, below another voice's count
    of one group of the same measure, period and place ("at least 23 workers were killed"): whether
    it counts everyone or that group alone, it cannot be smaller, so one of the two is wrong. The two
    stand in different quantities (an unstated group is not read as that group when most figures
    leave it unstated); they are compared as a pair of one quantity would be (same time, same
    stated place, not one sentence, not a breakdown). Only a count credited to a source: a report's
    own smaller number ("the DNA results of four bodies have come") is often a detail of the toll.
    A larger unstated count is no rival: it may count the other groups too."""
    out = []
    wholes = [c for c in claims if c.group in (UNKNOWN_GROUP, TOTAL_GROUP) and c.source
              and c.id in qty_of and not c.personal]
    groups = [c for c in claims if c.group not in (UNKNOWN_GROUP, TOTAL_GROUP) and c.id in qty_of and not c.personal]
    for whole in wholes:
        for part in groups:
            if whole.measure != part.measure or qty_of[whole.id] == qty_of[part.id] or not whole.hi < part.lo:
                continue
            if not (are_same_story(whole, part) and are_periods_compatible(whole, part)):
                continue
            for a, b, when in find_pair_contradictions([whole, part]):
                out.append((a, b, when))
    return out


# A count that names no place below this share of a place's count is more often a part of
# the story whose place the text leaves unsaid (one incident, one kind of victim) than the
# same toll: it is not set against the place's count.
PLACE_WHOLE_MIN_RATIO = 0.5
# A report that gives the two counts at most this many sentences apart sets them side by side.
PLACE_WHOLE_SENTENCES = 4


def find_place_above_whole(claims: list[Claim], qty_of: dict[str, str]) -> list[tuple[Claim, Claim, str]]:
    """A count credited to a source that names no place ("the harbour master put the toll at 12")
    below another voice's count for a named place, of the same measure and period, whose group it
    covers ("Velder Rights Watch counts 19 deaths in Osk since Monday"): if the first is the whole toll, a part of it cannot be larger; if it counts that place
    too, the two differ. Either way one of them is wrong. Compared as a pair of one quantity would be
    (same time, not one sentence, not a breakdown...), except for the place test, and only when

    * the unplaced count is at least PLACE_WHOLE_MIN_RATIO of the place's (far below, it is
      more often one incident's or one kind of victim's count, its place unsaid);
    * it names no place of care ("30 deaths counted at its hospital": a part of the toll);
    * in one report, the two stand at most PLACE_WHOLE_SENTENCES apart (the report sets them
      side by side; far apart, the unplaced one may tell another part of the story).

    A count that names no place beside a *smaller* count for one place is left alone (the place
    may be one part of the toll), and so is a report's own unplaced number with no source (often a
    detail of the toll whose place the sentence leaves unsaid)."""
    out = []
    wholes = [c for c in claims if not c.places and c.source and c.id in qty_of and not c.personal]
    parts = [c for c in claims if c.places and c.id in qty_of and not c.personal]
    for whole in wholes:
        for part in parts:
            if whole.measure != part.measure or whole.voice == part.voice or not whole.hi < part.lo:
                continue
            if whole.hi < PLACE_WHOLE_MIN_RATIO * part.lo or names_care(whole):
                continue
            if whole.report == part.report:
                iw, ip = whole.figure.sentence_idx, part.figure.sentence_idx
                if iw is None or ip is None or abs(iw - ip) > PLACE_WHOLE_SENTENCES:
                    continue
            if not (covers_group(whole.group, part.group) and are_same_story(whole, part)
                    and are_periods_compatible(whole, part)):
                continue
            where = ", ".join(part.places.values())
            for a, b, when in find_pair_contradictions([whole, part], any_place=True):
                out.append((a, b, f"{when}; the count for {where} is larger than the count that names "
                                  f"no place, which can be neither the whole toll nor {where}'s"))
    return out


def find_contradictions(claims: list[Claim], qty_of: dict[str, str],
                        quantities: dict[str, Quantity]) -> list[Conflict]:
    by_q: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.id in qty_of:
            by_q[qty_of[c.id]].append(c)
    out = []
    for qid, cs in by_q.items():
        cs = [c for c in cs if not c.personal]
        pairs = find_pair_contradictions(cs, claims)
        for group in join_voice_pairs(pairs + find_aligned_contradictions(cs, pairs)):
            out.append(describe_contradiction(group))
        for group in join_pairs(find_falling_deaths(cs)):
            early = min(group, key=lambda c: (c.date or "", -c.hi))
            later = sorted((c for c in group if c is not early), key=lambda c: (c.date or "", c.order))
            out.append(make_conflict("contradiction", group, (
                f"{describe_claim(early)} and, later, "
                + "; ".join(describe_claim(c, with_scope=False) for c in later)
                + " count the same thing, but a death toll cannot fall: the later reports give fewer.")))
    return out


def join_voice_pairs(pairs: list[tuple[Claim, Claim, str]]) -> list[list[tuple[Claim, Claim, str]]]:
    """Contradicting pairs that share a figure and set it against the same
    number of the same voice, as one disagreement each: an estimate set
    against a source's count in one report, and against the same count
    repeated in other reports, is one conflict. Against the source's other
    (updated) counts it is a conflict of its own."""
    groups: list[list[tuple[Claim, Claim, str]]] = []

    def rival_key(pair: tuple[Claim, Claim, str], shared: set[str]) -> tuple | None:
        others = [c for c in pair[:2] if c.id not in shared]
        return (others[0].voice, others[0].value) if len(others) == 1 else None

    for pair in pairs:
        a, b, _ = pair
        home = []
        for g in groups:
            ids = {c.id for p in g for c in p[:2]}
            shared = {a.id, b.id} & ids
            if len(shared) != 1:
                continue
            key = rival_key(pair, shared)
            if key is not None and all(rival_key(p, shared) == key for p in g):
                home.append(g)
        if home:
            for other in home[1:]:
                home[0].extend(other)
                groups.remove(other)
            home[0].append(pair)
        else:
            groups.append([pair])
    return groups


def describe_contradiction(group: list[tuple[Claim, Claim, str]]) -> Conflict:
    """One conflict for a group of contradicting pairs (see join_voice_pairs)."""
    a, b, when = group[0]
    claims = {c.id: c for p in group for c in p[:2]}
    text = (f"{describe_claim(a)} and {describe_claim(b, with_scope=False)} count the same "
            f"thing but have no value in common; {when}.")
    for x, y, why in group[1:]:
        text += f" Also {describe_claim(y, with_scope=False)} against {describe_value(x)}: {why}."
    return make_conflict("contradiction", list(claims.values()), text)


def join_pairs(pairs: list[tuple[Claim, Claim, str]]) -> list[list[Claim]]:
    """Pairs that share a figure, joined into one group each (one disagreement:
    an early toll that later reports contradict, whichever of them is wrong)."""
    parent: dict[str, str] = {}
    claim: dict[str, Claim] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in pairs:
        for c in (a, b):
            claim.setdefault(c.id, c)
            parent.setdefault(c.id, c.id)
        ra, rb = root(a.id), root(b.id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Claim]] = defaultdict(list)
    for cid in sorted(claim):
        groups[root(cid)].append(claim[cid])
    return [sorted(g, key=lambda c: c.order) for g in groups.values()]


# --- same number, different scope or source --------------------------------

def is_telling(value: float | None) -> bool:
    return value is not None and value >= MIN_TELLING_VALUE


# From this value on, a round number with at least two significant digits
# ("38,000", "4,500", "210,000") is distinctive; a one-digit one ("2,000",
# "50,000") is not. Below it, trailing zeros are common ("150", "250").
ROUND_DISTINCTIVE_FROM = 1000


def count_significant_digits(value: float) -> int:
    """Digits of a whole number without its trailing zeros: 38,000 -> 2, 4,500 -> 2, 2,000 -> 1."""
    digits = str(int(abs(value))).rstrip("0")
    return len(digits)


def is_distinctive(value: float) -> bool:
    """A number unlikely to recur by chance: not a multiple of ten ("57", "412"),
    or from ROUND_DISTINCTIVE_FROM on, a round number with two or more
    significant digits ("38,000", "4,500"; not "2,000" or "50,000")."""
    if not is_telling(value) or not float(value).is_integer():
        return is_telling(value)
    if value % 10 != 0:
        return True
    return value >= ROUND_DISTINCTIVE_FROM and count_significant_digits(value) >= 2


def are_groups_compatible(a: str, b: str) -> bool:
    return a == b or a in (TOTAL_GROUP, UNKNOWN_GROUP) or b in (TOTAL_GROUP, UNKNOWN_GROUP)


def covers_group(whole: str, part: str) -> bool:
    """The whole counts at least the part's people: the same group, or a whole of every group or of
    unstated ones ("2 soldiers killed" is no whole for "nine dead in Osk", who may be anyone)."""
    return whole == part or whole in (TOTAL_GROUP, UNKNOWN_GROUP)


def are_same_story(a: Claim, b: Claim) -> bool:
    """Reports of different stories (see quantities.assign_stories) are never compared."""
    return a.story is None or b.story is None or a.story == b.story


def list_ancestors(qid: str, quantities: dict[str, Quantity]) -> set[str]:
    seen: set[str] = set()
    while qid in quantities and quantities[qid].parent and quantities[qid].parent not in seen:
        qid = quantities[qid].parent
        seen.add(qid)
    return seen


def do_periods_differ(a: Claim, b: Claim) -> bool:
    """Periods known to differ: two different days or spans; or a day against
    a cumulative count when the day is marked exclusive ("on Thursday alone")
    or the count started earlier. A day against a count of unknown start may
    be the whole event ("14 killed" / "14 killed on Saturday"). Two cumulative
    counts with different starts are not known to differ: reports date the
    start of one event differently (the storm's landfall, the dam's breach)."""
    if a.closed and b.closed:
        return (a.start, a.end) != (b.start, b.end) and not are_nested_spans(a, b) \
            and not is_dated_within_month(a, b)
    if not a.closed and not b.closed:
        return False
    day, span = (a, b) if a.closed else (b, a)
    return day.exclusive or bool(span.start and day.start and span.start < day.start)


def are_nested_spans(a: Claim, b: Claim) -> bool:
    """Two spans of several days, one within the other ("13 to 20 September" /
    "13 to 22 September"): the same number over both is possible (nothing
    counted in the extra days), so their scopes are not known to differ. A
    single day is never such a span."""
    spans = []
    for c in (a, b):
        if not (c.start and c.end) or c.start == c.end:
            return False
        spans.append((c.start, c.end))
    (s1, e1), (s2, e2) = spans
    return (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2)


def is_whole_month_or_year(c: Claim) -> bool:
    """The period is a whole calendar month or year ("in November", "in 2025"): it dates an
    event to that month, rather than counting over it."""
    if not (c.start and c.end) or len(c.start) < 10 or len(c.end) < 10 or c.start[8:10] != "01":
        return False
    try:
        end = date.fromisoformat(c.end[:10])
    except ValueError:
        return False
    last_of_month = (end + timedelta(days=1)).day == 1
    return last_of_month and (c.start[:7] == c.end[:7] or (c.start[5:7] == "01" and c.end[5:10] == "12-31"
                                                           and c.start[:4] == c.end[:4]))


def is_dated_within_month(a: Claim, b: Claim) -> bool:
    """One figure is dated by a whole month or year ("In November, gunmen killed 19 in Osk") and
    the other by a day or span inside it ("on 21 November, 19 were killed in Osk"): the same
    event dated more or less precisely, not two scopes — unless the narrower one is marked
    exclusive ("on 21 November alone")."""
    for wide, narrow in ((a, b), (b, a)):
        if is_whole_month_or_year(wide) and not is_whole_month_or_year(narrow) and not narrow.exclusive \
                and narrow.start and wide.start <= narrow.start and (narrow.end or narrow.start) <= wide.end:
            return True
    return False


def do_groups_differ(a: Claim, b: Claim) -> bool:
    """Groups as the texts state them differ (a group read into an unspecified figure does not count)."""
    stated = {a.figure.group or UNKNOWN_GROUP, b.figure.group or UNKNOWN_GROUP}
    return UNKNOWN_GROUP not in stated and len(stated) == 2


def is_region(place: str) -> bool:
    """A place named with an administrative-area noun ("Port Kovar District",
    "Thalavar province"; ``entity_place_nouns.tsv`` kind admin)."""
    return any(w in admin_nouns() for w in place.lower().split())


@lru_cache(maxsize=1)
def place_noun_kinds() -> dict[str, tuple[str, ...]]:
    return {noun: tuple(kinds.split(",")) for noun, kinds in load_mapping("place_nouns.tsv").items()}


@lru_cache(maxsize=1)
def care_nouns() -> frozenset[str]:
    """Nouns that end the name of a place of care ("Kell General Hospital"; ``place_nouns.tsv`` kind care)."""
    return frozenset(noun for noun, kinds in place_noun_kinds().items() if "care" in kinds)


def names_care(c: Claim) -> bool:
    """The figure's sentence names a place of care ("are in hospital in Kell", "receiving care at
    the clinic"): it counts patients, wherever they were hurt."""
    words = re.findall(r"[a-z]+", (c.figure.sentence or "").lower())
    return any(w in care_nouns() or (w.endswith("s") and w[:-1] in care_nouns()) for w in words)


def do_places_differ(a: Claim, b: Claim) -> bool:
    """Places known to differ: a report shows the one place a figure names to be
    a part of a wider toll (a figure naming several such parts may be their
    sum: "2,317 detained in Osk, Marl, Kell and Tull"), or one list names the other's places and more ("Osk" / "Osk and
    Tilbury Ford"), unless all it adds are regions ("Kadalur" / "Kadalur,
    Port Kovar District": a place and where it lies) or buildings ("Osk" /
    "Greyfield Prison, Osk"). Lists with nothing in
    common are not known to differ: without a gazetteer, "the eastern
    districts" may lie in "Osk"."""
    if a.place_part != b.place_part:
        part = a if a.place_part else b
        # one place shown to be a part; several parts named together may make up the whole
        return len(part.places) == 1
    rel = relate_places(a.places, b.places)
    if rel == "overlap":
        return adds_a_site(a.places, b.places) != adds_a_site(b.places, a.places)
    if rel not in ("narrower", "wider"):
        return False
    small, large = (a, b) if rel == "narrower" else (b, a)
    extra = [p for p in large.places if not any(is_place_within(q, p) for q in small.places)]
    # a region a place lies in ("Kadalur, Port Kovar District") or a building in it ("Greyfield Prison, Osk")
    # adds no ground to the other figure's place
    return not all(is_region(large.places[p]) or is_facility_name(large.places[p]) for p in extra)


def do_scopes_differ(a: Claim, b: Claim) -> bool:
    """Period, places or group known to differ (an unknown one differs from nothing)."""
    return do_periods_differ(a, b) or do_places_differ(a, b) or do_groups_differ(a, b)


def group_by_number(claims: list[Claim], least: float = MIN_TELLING_VALUE) -> dict[tuple[str, float], list[Claim]]:
    out: dict[tuple[str, float], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.figure.qualifier != "vague" and c.value is not None and c.value >= least:
            out[(c.measure, c.value)].append(c)
    return out


def list_rows(claims: list[Claim]) -> set[str]:
    """Figures in lines that are rows of a list: a report's lines that are no sentences
    (``is_headline``) giving two or more numbers of one measure ("1. OSK / - Killed: 22 ...
    2. TILBURY / - Killed: 11"). Each row counts what its heading names, so none is the whole toll."""
    values: dict[tuple[str, str], set] = defaultdict(set)
    for c in claims:
        if is_headline(c):
            values[(c.report, c.measure)].add(c.value)
    return {c.id for c in claims if is_headline(c) and len(values[(c.report, c.measure)]) > 1}


def is_exclusive_against_whole(a: Claim, b: Claim, texts: dict[str, str] | None = None,
                               rows: set[str] = frozenset()) -> bool:
    """One figure is marked as one day's or span's count only ("nine died on the
    night of 9 September alone") and the other is the whole toll: it is no
    breakdown, covers no closed period, and names no period of its own ("the
    official count stands at nine") or a running count that started before
    that day ("nine have died since the fire"); and it names no place ("nine
    killed in Osk" is Osk's count, one place among others), unless the day's
    count names no place either and its report itself names the whole's places
    (the story's area: "nine killed in Osk" against a report from Osk)."""
    texts = texts or {}
    for x, y in ((a, b), (b, a)):
        if not x.exclusive or x.breakdown or y.breakdown or y.closed or y.id in rows:
            continue  # (a row of a list counts what its heading names: ``list_rows``)
        if y.start and not (x.start and y.start < x.start):
            continue  # a count starting that day or later is no whole around it
        if y.places and (x.places or not names_a_place_of(texts.get(x.figure.document_id, ""), y)):
            continue
        return True
    return False


def names_a_place_of(text: str, c: Claim) -> bool:
    """The text names one of the claim's places: a name word of it (a capitalised
    word, not an administrative noun: "Zorva" of "Republic of Zorva") stands in
    the text, capitalised."""
    words = {w for p in c.places.values() for w in re.findall(r"[^\W\d_][\w'-]*", p)
             if w[0].isupper() and w.lower() not in admin_nouns() and w.lower() not in load_words("story_stopwords.txt")}
    return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text) for w in words)


def find_scope_conflicts(claims: list[Claim], qty_of: dict[str, str],
                         quantities: dict[str, Quantity], texts: dict[str, str] | None = None) -> list[Conflict]:
    """The same number in quantities of different scope (see ``find_scope_clashes``)."""
    return [conflict for conflict, _ in find_scope_clashes(claims, qty_of, quantities, texts)]


def find_scope_clashes(claims: list[Claim], qty_of: dict[str, str], quantities: dict[str, Quantity],
                       texts: dict[str, str] | None = None) -> list[tuple[Conflict, bool]]:
    """The same number in quantities of different scope, each with whether some pair of its
    figures differs by period or group (True) rather than by places only (False).

    Flagged when the number is distinctive (``is_distinctive``) or, from
    MIN_EXCLUSIVE_VALUE on, one of the two figures is marked as one day's or
    span's count only ("on Saturday night alone") and the other is a whole
    (``is_exclusive_against_whole``); at least one of the figures
    states it as a point (exactly or "about"), and two figures from different
    reports are in different quantities with scopes known to differ
    (``do_scopes_differ``).
    """
    out = []
    rows = list_rows(claims)
    for (measure, value), cs in group_by_number(claims, MIN_EXCLUSIVE_VALUE).items():
        if all(c.figure.qualifier not in POINT_QUALIFIERS for c in cs):
            continue
        distinctive = is_distinctive(value)
        involved: list[Claim] = []
        firm = False
        for a, b in combinations(cs, 2):
            if not (distinctive or is_exclusive_against_whole(a, b, texts, rows)):
                continue  # a common number: only a text's own "alone" against a whole makes the clash telling
            if a.breakdown or b.breakdown:
                continue  # a part whose scope the text does not state has no scope to clash
            if a.era != b.era:
                continue  # an older event's count and a current one share the number by chance
            qa, qb = qty_of.get(a.id), qty_of.get(b.id)
            if not qa or not qb or qa == qb or not are_groups_compatible(a.group, b.group):
                continue
            if a.breakdown and b.breakdown:
                continue  # two parts of larger counts ("including 14 choir members"): a sub-count, scope unstated
            differ = do_periods_differ(a, b) or do_groups_differ(a, b) or (
                # a list row without a place of its own counts what its heading names, unread here
                do_places_differ(a, b) and not any(x.id in rows and not x.places for x in (a, b)))
            if not are_same_story(a, b) or (a.self_count != b.self_count and not differ):
                continue  # a self-count and another counter's figure of the same scope: not a scope clash
            if a.report != b.report and differ:
                involved += [x for x in (a, b) if x not in involved]
                firm = firm or do_periods_differ(a, b) or do_groups_differ(a, b)
        if len({qty_of[c.id] for c in involved}) >= 2:
            scopes = "; ".join(describe_claim(c) for c in sorted(involved, key=lambda c: c.path))
            out.append((make_conflict("scope_conflict", involved, (
                f"The number {format_number(value)} ({measure}) is attached to different scopes: "
                f"{scopes}. At most one of these scopes can be right.")), firm))
    return out


def is_named_source(source: str | None) -> bool:
    """A source that names someone ("Red Crescent", "OCHA", "Reuters", "Ministry
    of Health"), not a description of a kind of source ("local groups",
    "Local groups" opening a sentence, "hospital sources", "officials"): a
    capitalised word after the first, or one capitalised word alone; a body
    named by the common noun of its kind ("Police", "the army", "the ministry")
    is one too: it can be credited with a number another source is credited with."""
    words = re.findall(r"[^\W\d_][\w'.-]*", source or "")
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return False
    if len(words) == 1:
        # "OCHA", "Reuters"; "Police", "the army": the one body of its kind in a story
        # (lone_body_nouns.txt); not "Sunday" or "Officials" (story_stopwords.txt)
        if words[0].lower() in load_words("lone_body_nouns.txt"):
            return True
        return words[0][0].isupper() and words[0].lower() not in load_words("story_stopwords.txt")
    return any(w[0].isupper() for w in words[1:])


def source_side(c: Claim) -> str | None:
    """The side a figure's source stands on, from the words of its name and of
    its attribution as written (``source_sides.tsv``): "state" ("local
    authorities", "the government"), "civil" ("the medical charity", "a
    workers' union"), or None when the words tell neither or both."""
    sides = load_mapping("source_sides.tsv")
    words = re.findall(r"[^\W\d_]+", f"{c.source or ''} {c.figure.source_text or ''}".lower())
    found = {sides[w] for w in words if w in sides}
    return found.pop() if len(found) == 1 else None


def are_sides_apart(a: Claim, b: Claim) -> bool:
    """One source is of the state and the other a body outside it (``source_side``)."""
    sa, sb = source_side(a), source_side(b)
    return bool(sa and sb) and sa != sb


def are_dated_near(a: Claim, b: Claim) -> bool:
    """Reported at most STORY_GAP_DAYS apart, or one of them undated."""
    return not (a.date and b.date) or count_days_apart(a.date, b.date) <= STORY_GAP_DAYS


def source_head(source: str | None) -> str:
    """The noun a source name is built on: the last word before "of"/"for"
    ("Government of the Transition" -> "government", "Network for Human
    Rights" -> "network"), else its last word ("Interior Ministry" ->
    "ministry"). Two names on the same head ("Government of Garmaly" /
    "Government of the Transition") are likely one body named two ways."""
    words = re.findall(r"[^\W\d_][\w'.-]*", (source or "").lower())
    for i, w in enumerate(words):
        if w in ("of", "for") and i:
            return words[i - 1]
    return words[-1] if words else ""


def are_related(qa: str | None, qb: str | None, quantities: dict[str, Quantity]) -> bool:
    """The same quantity, or one a part of the other."""
    if not qa or not qb:
        return False
    return qa == qb or qa in list_ancestors(qb, quantities) or qb in list_ancestors(qa, quantities)


# Characters of the report read before a figure's sentence for the body that "its spokesman" speaks for.
SPEAKER_BODY_CONTEXT = 400


def _role_owner(c: Claim) -> str | None:
    """The words that say whose speaker the figure's source is, when its sentence introduces the
    source as one (``official_nouns.txt``): "The guild's spokesman, Ana Roe, said" -> "the guild's",
    "Its spokeswoman, Ana Roe," -> "its", "Ana Roe, a spokesman for the guild," -> "a for the guild",
    "Ana Roe, the guild's spokeswoman," -> "the guild's";
    None when the sentence gives the source no such role."""
    name, sentence = c.source or "", c.figure.sentence or ""
    if not name or name not in sentence:
        return None
    roles = "|".join(sorted(map(re.escape, load_words("official_nouns.txt")), key=len, reverse=True))
    before = re.search(r"(?P<owner>[^,.;:]{0,80}?)\b(?:" + roles + r")s?\s*,?\s+" + re.escape(name) + r"\b",
                       sentence, re.IGNORECASE)
    if before:
        return before.group("owner").strip()
    after = re.search(re.escape(name) + r",\s+(?P<pre>(?:a|an|the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?)(?:"
                      + roles + r")s?\b(?P<owner>[^,.;:]{0,80})", sentence, re.IGNORECASE)
    return (after.group("pre") + after.group("owner")).strip() if after else None


def speaks_for(person: Claim, body: str | None, text: str = "") -> bool:
    """The figure's sentence introduces its source as a speaker of ``body`` ("The guild's
    spokesman, Ana Roe, said 14 were missing", "Ana Roe, a spokeswoman for the Kell Porters'
    Guild"), or as "its"/"their" speaker right after the report named that body (``text``, the
    report's text), or whose sentence calls the body "my"/"our" one ("my office said nine had
    died", "our agency counts 14"): a number credited to the speaker and to the body is one
    credit, not two."""
    head = source_head(body)
    if head and re.search(r"\b(?:my|our)\s+(?:[\w'\u2019-]+\s+){0,2}?" + re.escape(head) + r"\b",
                          (person.figure.sentence or "").lower()):
        return True  # "my office told the media that nine had died": its head speaking for it
    if head == "ministry" and _minister_of(person.source, body, text):
        return True  # "Health Minister Ana Roe" and the Health Ministry: one credit
    owner = _role_owner(person)
    if owner is None or not head:
        return False
    words = re.findall(r"[\w']+", owner.lower())
    if any(w == head or w == head + "'s" for w in words):
        return True
    if not (words and words[-1] in ("its", "their")) or not text:
        return False
    at = text.find(person.figure.sentence or "\0")
    before = text[max(0, at - SPEAKER_BODY_CONTEXT):at] if at > 0 else ""
    return re.search(r"\b" + re.escape(head) + r"\b", before.lower()) is not None


def _source_aliases(claims: list[Claim]) -> dict[str, str]:
    """How the reports write each source (lower case, without "the" and a possessive 's) -> its
    canonical name: the canonical name itself and each attribution as written ("the army" ->
    "Armed Forces of Osk" when a figure credited to the Armed Forces of Osk was attributed to "the
    army"). A wording that stands for two sources is left out."""
    seen: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if not c.source:
            continue
        for written in (c.source, c.figure.source_text):
            key = re.sub(r"^the\s+|['\u2019]s?$", "", (written or "").strip().lower()).strip()
            if len(key) > 2:
                seen[key].add(c.source)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _mentions(text: str, alias: str) -> list[int]:
    """Where the report writes ``alias`` as a whole phrase (lower case): end offsets."""
    return [m.end() for m in re.finditer(r"(?<![\w])" + re.escape(alias) + r"(?![\w])", text)]


def voice_groups(claims: list[Claim], texts: dict[str, str]) -> dict[str, str]:
    """Sources that speak with one voice: canonical source name -> the name of its group. A person
    whom any report introduces as the speaker of a body (a role of ``official_nouns.txt``: "the
    union's spokesman, Ivo Marek", "Ivo Marek, a spokeswoman for the union", "Its spokesman,
    Col. Ivo Marek," after the report named the union, "the union and its spokesman, the organiser
    Marek") speaks for that body in every report, so the body, its speaker and whoever the speaker
    also speaks for (the body's press office introduced with the same speaker) are one voice. The
    person is found by full name or surname; the body by a name or an attribution the reports
    use for one source (``_source_aliases``)."""
    aliases = _source_aliases(claims)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    roles = "|".join(sorted(map(re.escape, load_words("official_nouns.txt")), key=len, reverse=True))
    people = sorted({c.source for c in claims if c.source and len(c.source.split()) >= 2
                     and all(w[:1].isupper() for w in c.source.split())})
    for text in {t for t in texts.values() if t}:
        low = text.lower()
        for person in people:
            if person.split()[-1] not in text:
                continue  # cheap test first: the patterns below scan the whole text
            names = re.escape(person.split()[-1])
            name_re = r"(?:" + re.escape(" ".join(person.split()[:-1])) + r"\s+)?" + names + r"\b"
            patterns = (
                r"(?P<owner>[^,.;:\n]{0,80}?)\b(?:" + roles + r")s?\s*,?\s+(?:[\w.'\u2019-]+\s+){0,3}?" + name_re,
                name_re + r",\s+(?P<pre>(?:a|an|the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?)(?:" + roles
                + r")s?\b(?P<owner>[^,.;:\n]{0,80})",
            )
            for pattern in patterns:
                for m in re.finditer(pattern, text):
                    owner = ((m.groupdict().get("pre") or "") + " " + m.group("owner")).lower()
                    found = {src for alias, src in aliases.items() if src != person and _mentions(owner, alias)}
                    words = re.findall(r"[\w']+", owner)
                    if not found and {"its", "their"} & set(words):
                        # "its spokesman": the body the report named last before the phrase
                        before = low[max(0, m.start() - SPEAKER_BODY_CONTEXT):m.start()]
                        last = max(((max(_mentions(before, alias)), src) for alias, src in aliases.items()
                                    if src != person and _mentions(before, alias)), default=None)
                        found = {last[1]} if last else set()
                    if len(found) == 1:
                        body = found.pop()
                        parent[root(person)] = root(body)
    # an office named for the post its head holds ("Hill County Sheriff's Office", "Office of the
    # Coroner") and a person the reports title with that post ("Sheriff Ana Roe") are one voice
    sources = sorted({c.source for c in claims if c.source})
    for body in sources:
        post = OFFICE_OF_POST.search(body)
        if not post:
            continue
        title = (post.group(1) or post.group(2)).lower()
        for person in people:
            if person == body:
                continue
            titled = r"(?i:" + re.escape(title) + r")\s+(?:[\w.'\u2019-]+\s+){0,2}?" + re.escape(person.split()[-1]) + r"\b"
            if any(re.search(titled, text) for text in texts.values() if text and person.split()[-1] in text):
                parent[root(person)] = root(body)
    return {name: root(name) for name in parent}


# An office named for its head's post: "Hill County Sheriff's Office", "the Mayor's Office", "Office of the Coroner"
OFFICE_OF_POST = re.compile(r"\b([A-Z][a-z]+)['\u2019]s\s+Office\b|\bOffice\s+of\s+the\s+([A-Z][a-z]+)\b")


def _revisions_by_source(claims: list[Claim], qty_of: dict[str, str]) -> dict[tuple[str, str], list[Claim]]:
    """The dated claims of each source for each quantity: (source, quantity id) -> claims."""
    out: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.source and c.date and qty_of.get(c.id) and c.value is not None:
            out[(c.source, qty_of[c.id])].append(c)
    return out


def _revised_before(a: Claim, b: Claim, qty_of: dict[str, str],
                    revised: dict[tuple[str, str], list[Claim]]) -> bool:
    """``a``'s source itself gave another value for the same quantity after ``a`` and no later
    than ``b`` (an agency's bulletin: 26 missing on Monday, 25 on Wednesday; a paper on Thursday
    credits 26 to someone else): the equal numbers are two counts that met on the way, not one
    count credited twice. The other value is a revision: the same places, within half to twice
    the count (not the whole a part belongs to)."""
    if not (a.date and b.date and a.date[:10] < b.date[:10] and qty_of.get(a.id)):
        return False
    return any(c.value != a.value and a.date[:10] < (c.date or "")[:10] <= b.date[:10]
               and sorted(c.places) == sorted(a.places) and a.value / 2 <= c.value <= a.value * 2
               for c in revised.get((a.source, qty_of[a.id]), ()))


def _minister_of(name: str | None, body: str, text: str) -> bool:
    """The report titles ``name`` a minister of the field the ministry ``body`` names: "Interior
    Minister Ana Roe" or "Ana Roe, the interior minister" and "Ministry of the Interior"."""
    if not name or not text:
        return False
    field = set(re.findall(r"[^\W\d_]+", body.lower())) - {"ministry", "of", "the", "and", "for"}
    for at in (m.start() for m in re.finditer(re.escape(name), text)):
        near = re.findall(r"[^\W\d_]+", (text[max(0, at - 40):at] + " " + text[at + len(name):at + len(name) + 40]).lower())
        if "minister" in near and field & set(near):
            return True
    return False


def credits_on_record(cs: list[Claim], issuers: dict[str, str]) -> set[str]:
    """The sources ``cs`` (claims of one number) credit the number to that state it themselves:
    the issuer (``issuers``: document id -> outlet) of a report that gives the number in its own
    voice ("Forty of our members are still missing" in the families' association's own
    statement, which another report credits to the association)."""
    own = {normalize_name(issuers[c.figure.document_id]) for c in cs
           if (c.source is None or c.self_count) and issuers.get(c.figure.document_id)}
    return {c.source for c in cs if c.source and not c.self_count
            and any(match_names(normalize_name(c.source), o) for o in own)}


def find_attribution_conflicts(claims: list[Claim], qty_of: dict[str, str],
                               quantities: dict[str, Quantity], texts: dict[str, str] | None = None,
                               issuers: dict[str, str] | None = None) -> list[Conflict]:
    """The same distinctive number of the same quantity (or of a part and its
    whole) credited to different named sources by different reports; a common
    number only within one quantity (or a part and its whole) when one of the
    two states it exactly; a small one (from MIN_EXCLUSIVE_VALUE, below
    MIN_TELLING_VALUE) only within one quantity, both stating it exactly and
    both naming their source; a named source against a description only across
    the state line (``are_sides_apart``); not a body and its own speaker
    (``speaks_for``; ``texts``: report id -> text). Not a number two or more of
    its credited sources each give in their own reports (``credits_on_record``;
    ``issuers``: document id -> outlet): several bodies gave it, so credits to
    different ones show no misattribution."""
    texts = texts or {}
    out = []
    revised = _revisions_by_source(claims, qty_of)
    voices = voice_groups(claims, texts)
    for (measure, value), cs in group_by_number(claims, MIN_EXCLUSIVE_VALUE).items():
        distinctive = is_distinctive(value)
        if len(credits_on_record(cs, issuers or {})) >= 2:
            continue  # two bodies each gave the number in their own report: both credits are right
        involved: list[Claim] = []
        for a, b in combinations([c for c in cs if c.source and not c.breakdown], 2):
            if value < MIN_TELLING_VALUE and not (
                    qty_of.get(a.id) and qty_of.get(a.id) == qty_of.get(b.id)
                    and a.figure.qualifier == b.figure.qualifier == "exact"
                    and is_named_source(a.source) and is_named_source(b.source)):
                continue  # a small number: one credit only when both name their source and state
                # it exactly for the very same count ("eight still missing, Ana Roe said")
            if not distinctive and not (are_related(qty_of.get(a.id), qty_of.get(b.id), quantities)
                                        and "exact" in (a.figure.qualifier, b.figure.qualifier)):
                continue  # a common number: only a count one of them states exactly is one credit;
                # two estimates ("about 2,000", "up to 500") coincide too easily
            if not (a.report != b.report and a.source != b.source and a.era == b.era
                    and are_groups_compatible(a.group, b.group)
                    and source_head(a.source) != source_head(b.source) and are_same_story(a, b)
                    and voices.get(a.source, a.source) != voices.get(b.source, b.source)
                    and not speaks_for(a, b.source, texts.get(a.figure.document_id, ""))
                    and not speaks_for(b, a.source, texts.get(b.figure.document_id, ""))):
                continue
            if _revised_before(a, b, qty_of, revised) or _revised_before(b, a, qty_of, revised):
                continue  # the body had moved on to another count by the time the other report gave this one
            related = are_related(qty_of.get(a.id), qty_of.get(b.id), quantities)
            named = is_named_source(a.source) + is_named_source(b.source)
            # both named: any two bodies; one named and one described ("local authorities"): only
            # when the description puts its source on the other side of the state line
            if ((named == 2 and (related or (not do_scopes_differ(a, b) and are_dated_near(a, b))))
                    or (named == 1 and related and are_sides_apart(a, b))):
                involved += [x for x in (a, b) if x not in involved]
        if involved:
            credits = "; ".join(describe_claim(c, with_scope=False) for c in sorted(involved, key=lambda c: c.path))
            sources = sorted({c.source for c in involved})
            out.append(make_conflict("attribution_conflict", involved, (
                f"The same number {format_number(value)} ({measure}) is credited to different "
                f"sources ({', '.join(sources)}): {credits}.")))
    return out


def replace_places(c: Claim) -> Claim:
    """A copy of the claim whose places may be changed without touching the original."""
    from dataclasses import replace
    return replace(c, places=dict(c.places))


def find_conflicts(figures: list[Figure], quantities: list[Quantity],
                   documents: list[Document]) -> list[Conflict]:
    """All conflicts among the figures, given the quantities they were grouped into."""
    claims = [c for c in build_claims(figures, documents) if not c.is_copy]
    qty_of = {fid: q.id for q in quantities for fid in q.figures}
    qmap = {q.id: q for q in quantities}
    found: dict[str, Conflict] = {}
    lent = [replace_places(c) for c in claims]
    lend_echoed_places(lent)
    texts = {d.id: d.text or "" for d in documents}
    clashes = find_scope_clashes(claims, qty_of, qmap, texts)
    issuers = {d.id: d.outlet for d in documents if d.outlet}
    attributions = find_attribution_conflicts(claims, qty_of, qmap, texts, issuers)
    # One disagreement is reported once. A number whose periods (or groups) differ is explained by
    # that first: the same figures credited to different sources as well are not a second conflict.
    # When only the places differ, the differing credit is the surer finding (reports name the
    # places of one count in more or fewer words), so the attribution conflict is the one reported.
    scopes = [c for c, firm in clashes
              if firm or not any(set(a.figures) <= set(c.figures) for a in attributions)]
    attributions = [a for a in attributions
                    if not any(set(a.figures) <= set(c.figures) for c, firm in clashes if firm)]
    disputed = [describe_contradiction([pair]) for pair in find_disputed(claims, qty_of)]
    contradictions = disputed + find_contradictions(lent, qty_of, qmap)
    contradictions += [describe_contradiction([pair]) for pair in find_total_below_group(lent, qty_of)]
    contradictions += [describe_contradiction([pair]) for pair in find_place_above_whole(claims, qty_of)]
    for group in join_pairs(find_earlier_event_contradictions(claims, [])):
        if any(set(c.id for c in group) <= set(k.figures) for k in contradictions):
            continue  # already one disagreement of a quantity of that year
        contradictions.append(make_conflict("contradiction", group, (
            "; ".join(describe_claim(c) for c in group)
            + " recall the same earlier event with different tolls; that event is over, so they cannot all be right.")))
    above = find_part_above_whole(claims) + find_period_part_above_whole(claims)
    part_ids = {p.id for p, _, _ in above}
    for group in join_pairs(above):
        parts = [c for c in group if c.id in part_ids]
        wholes = [c for c in group if c.id not in part_ids]
        why = ("; ".join(describe_claim(c) for c in parts) + " — a share of the toll larger than the whole: "
               + "; ".join(describe_claim(c) for c in wholes) + ". A part cannot exceed its whole, so one of them is wrong.")
        # the same low total already set against other counts: one disagreement, not two
        home = next((k for k, c in enumerate(contradictions) if {w.id for w in wholes} & set(c.figures)), None)
        if home is None:
            contradictions.append(make_conflict("contradiction", group, why))
        else:
            old = contradictions[home]
            ids = sorted(set(old.figures) | {c.id for c in group})
            contradictions[home] = Conflict(id=record_id("conflict", "contradiction", *ids), kind="contradiction",
                                            figures=ids, explanation=f"{old.explanation} Also {why}")
    for conflict in contradictions + scopes + attributions:
        found.setdefault(conflict.id, conflict)
    return list(found.values())
