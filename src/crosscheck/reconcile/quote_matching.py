"""Quotes of the same utterance across documents share a cluster id.

Two reports of one speech rarely quote it word for word: one translation
says "act swiftly, fully and without delay", another "act fully
and without delay"; one outlet trims the quote, another elides a middle
part with "…". The match is lexical (no embeddings):

* both texts are normalised (case, curly apostrophes, ellipses and
  punctuation dropped) into words; content words are compared by a crude
  stem ("civilians" ~ "civilian", "changing" ~ "change"), contractions
  ("don't", "we're") count as function words;
* a quote and its negation never link: when the shorter quote has at most 20
  words, both (or neither) must hold a negation ("not", "never", "won't") in
  the stretch where they match;
* quotes of comparable length (within 3x in words) link on word overlap:
  rapidfuzz ``token_set_ratio`` >= 80 (100 when one quote's words are a subset
  of the other's: trims, extensions, elisions), at least 70% of the shorter
  quote's content words found in the other, and at least three (up to four)
  shared content words (four when one quote is over twice as long) —
  translations reorder and reword, but keep most content words;
* a much shorter quote links to a longer one only when it appears nearly
  verbatim inside it: ``partial_ratio`` >= 90 on quotes of 25+ characters
  (a long speech contains the words of many unrelated short quotes);
* the same known speaker lowers the thresholds by 5 (and needs one shared
  content word fewer, never under three), two different known speakers raise
  them by 10;
* a quote of two or more sentences is also compared sentence by sentence with
  the other quote (an outlet quotes one sentence of a statement, or renders
  it in other words);
* a quote of four or more words (three content words; two from five words
  on) found word for word inside a quote of the same known speaker is a
  fragment of it;
* quotes of the same known speaker link when the shorter shares a verbatim
  run of four or more words (three content words) covering half its words
  ("load human beings onto floating coffins" / "… who load human beings onto
  unseaworthy vessels …");
* unless the speakers differ, a quote of five or more words whose words all
  appear in order within a stretch of the other at most twice as long is a
  headline's cut of it ("They tied a rope and pulled").

Labels (scare quotes, one- to three-word names) link only to labels with the
same normalised text. Linked quotes form clusters by union-find; a cluster's
id is the id of its earliest member (by document, then offset), so it is
stable across runs. A quote alone keeps its own id as cluster.
"""
from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from crosscheck.records import Quote

SET_RATIO_THRESHOLD = 80      # token_set_ratio, 0..100
MIN_CONTAINMENT = 0.7         # shared content words / content words of the shorter quote
PARTIAL_RATIO_THRESHOLD = 90  # partial_ratio, 0..100
SAME_SPEAKER_BONUS = 5        # thresholds lowered by this when the speaker is the same
MIN_SHARED_NAME_CHARS = 4     # a given name alone this long makes two speakers unsure, not different
SPEAKER_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "shri", "sri", "smt", "sir", "madam"})
OTHER_SPEAKER_PENALTY = 10    # threshold raised by this when both speakers are known and differ
MIN_SHARED_WORDS = 4          # distinct content words the two quotes must share
MIN_PARTIAL_CHARS = 25        # partial_ratio only for quotes at least this long
MAX_LENGTH_RATIO = 3          # word-overlap links only quotes within this length ratio
POLARITY_MAX_WORDS = 20       # negation must agree when the shorter quote is this short
LOOSE_LENGTH_RATIO = 2        # beyond this ratio, word overlap needs MIN_SHARED_WORDS in full

STOPWORDS = frozenset(
    "a an the and or but of to in on at for by with from as is are was were be been being it its this that "
    "these those we our you your he she his her they their them i me my not no will would shall should can "
    "could may might must has have had do does did so if than then there here who whom which what "
    "ours yours theirs hers mine its us also just very about more most some any all only even still such "
    "into out up over too like how when where why".split()
)


def normalise_quote(text: str) -> str:
    """Lower-case words only: curly apostrophes straightened, ellipses and punctuation dropped."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\.\.\.|\u2026|\[\s*\.*\s*\]", " ", text)
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


NEGATIONS = frozenset("not no never nothing nobody none neither nor cannot".split())


def stem_word(word: str) -> str:
    """A crude English stem, so that translations differing in number or tense
    share words: 'civilians' ~ 'civilian', 'medicines' ~ 'medicine',
    'destroyed' ~ 'destroy', 'working' ~ 'work'."""
    w = word[:-2] if word.endswith("'s") else word
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith(("sses", "xes", "zes", "ches", "shes")):
        w = w[:-2]
    else:
        for suffix in ("ing", "ed", "s"):
            if len(w) > len(suffix) + 3 and w.endswith(suffix) and not w.endswith("ss"):
                w = w[: -len(suffix)]
                break
    return w[:-1] if len(w) > 3 and w.endswith("e") else w  # 'change' ~ 'changing' ~ 'changed'


@lru_cache(maxsize=65536)
def collect_content_words(normalised: str) -> frozenset[str]:
    """Stems of the words outside the stop list; contractions ("don't",
    "we're", "it's") are function words too."""
    words = (w for w in normalised.split() if w not in STOPWORDS and len(w) > 1)
    stems = (stem_word(w) for w in words if "'" not in w or (w.endswith("'s") and w[:-2] not in STOPWORDS))
    return frozenset(w for w in stems if "'" not in w)


@lru_cache(maxsize=65536)
def stem_text(normalised: str) -> str:
    return " ".join(stem_word(w) for w in normalised.split())


def is_negated(normalised: str) -> bool:
    """Does the text hold a negation ('not', 'never', "won't", 'nobody' …)?"""
    return any(w in NEGATIONS or w.endswith("n't") for w in normalised.split())


def has_same_polarity(a: str, b: str) -> bool:
    """Both quotes negated or neither: 'will withdraw' is not 'will not withdraw'.
    For a much shorter quote, only the stretch of the longer one it matches counts."""
    short, long_ = sorted((a, b), key=len)
    if len(short.split()) > POLARITY_MAX_WORDS:
        return True  # long passages quoted in different cuts may differ in one negated clause
    if len(long_) > 1.2 * len(short):
        alignment = fuzz.partial_ratio_alignment(short, long_)
        long_ = long_[alignment.dest_start:alignment.dest_end]
    return is_negated(short) == is_negated(long_)


def normalise_speaker(name: str | None) -> str:
    """Lower case, no article, accents folded: 'Dragan Mirković' ~ 'Dragan Mirkovic'
    (a translated report often drops the diacritics of a name)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", (name or "").strip().lower())
                     if not unicodedata.combining(c))
    return re.sub(r"^(the|a|an)\s+", "", folded)


def compare_speakers(a: str | None, b: str | None) -> int:
    """+1 same speaker, -1 different known speakers, 0 unknown.

    A surname matches the full name ("Whitfield" ~ "Dana Whitfield"); a name
    of two or more words matches the same name with a further surname
    ("Ana Ruiz" ~ "Ana Ruiz Soto": one report gives both family names);
    a given name alone (after an honorific: "Shri Ravi") against a full name
    that starts with it is unknown, not different.
    """
    na, nb = normalise_speaker(a), normalise_speaker(b)
    if not na or not nb:
        return 0
    if na == nb:
        return 1
    ta, tb = na.split(), nb.split()
    short, long_ = sorted((ta, tb), key=len)
    if long_[-len(short):] == short:
        return 1
    if len(short) >= 2 and long_[:len(short)] == short:
        return 1
    short, long_ = sorted(([w for w in t if w.rstrip(".") not in SPEAKER_HONORIFICS] for t in (ta, tb)), key=len)
    if len(short) == 1 and len(long_) > 1 and len(short[0]) >= MIN_SHARED_NAME_CHARS and long_[0] == short[0]:
        return 0  # "Shri Ravi" / "Ravi Menon": a given name alone may be the same person; unsure
    return -1


def count_required_shared_words(a: str, b: str) -> int:
    """Shared content words needed for a word-overlap link: MIN_SHARED_WORDS,
    or 80% of a shorter quote's content words, and never fewer than three."""
    shorter = min(len(collect_content_words(a)), len(collect_content_words(b)))
    return max(3, min(MIN_SHARED_WORDS, math.ceil(0.8 * shorter)))


def measure_containment(a: str, b: str) -> float:
    """Share of the shorter quote's content words that the other quote has too."""
    ca, cb = collect_content_words(a), collect_content_words(b)
    return len(ca & cb) / min(len(ca), len(cb)) if ca and cb else 0.0


def score_pair(a: str, b: str) -> tuple[float, float, int]:
    """(token_set_ratio, partial_ratio, shared content words) of two normalised quotes."""
    shared = len(collect_content_words(a) & collect_content_words(b))
    set_ratio = fuzz.token_set_ratio(stem_text(a), stem_text(b))
    partial = fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= MIN_PARTIAL_CHARS else 0.0
    return set_ratio, partial, shared


def is_same_utterance(qa: Quote, qb: Quote, na: str, nb: str) -> bool:
    """Decide whether two quotes render the same utterance.

    Word overlap (``token_set_ratio``) links quotes of comparable length —
    translations, light trims; a long quote holds the words of many short
    ones, so a much shorter quote must instead appear nearly verbatim inside
    the longer one (``partial_ratio``).
    """
    if qa.is_label or qb.is_label:
        return qa.is_label and qb.is_label and na == nb and bool(na)
    if na == nb:
        return bool(na)
    if len(collect_content_words(na) & collect_content_words(nb)) < 2 or not has_same_polarity(na, nb):
        return False
    set_ratio, partial, shared = score_pair(na, nb)
    speakers = compare_speakers(qa.speaker, qb.speaker)
    shift = -SAME_SPEAKER_BONUS if speakers > 0 else OTHER_SPEAKER_PENALTY if speakers < 0 else 0
    if has_word_overlap(na, nb, speakers):
        return True
    if speakers > 0 and (is_verbatim_fragment(na, nb) or has_shared_run(na, nb)):
        return True
    if speakers >= 0 and is_elided_fragment(na, nb):
        return True
    if shared >= 2 and partial >= PARTIAL_RATIO_THRESHOLD + shift:
        return True
    if shared < 3:
        return False  # a sentence shares at most what its whole quote shares
    return any(has_word_overlap(x, y, speakers) and has_same_polarity(x, y)
               for x, y in list_sentence_pairs(qa.text, qb.text, na, nb))


def has_word_overlap(na: str, nb: str, speakers: int) -> bool:
    """Quotes of comparable length sharing most content words (translations,
    light trims): enough shared words, containment and ``token_set_ratio``; one
    word fewer is needed when the speaker is known to be the same ('we will
    not leave a single family alone' / 'not a single family will be left alone')."""
    set_ratio, _, shared = score_pair(na, nb)
    shift = -SAME_SPEAKER_BONUS if speakers > 0 else OTHER_SPEAKER_PENALTY if speakers < 0 else 0
    short, long_ = sorted((len(na.split()), len(nb.split())))
    comparable = long_ <= MAX_LENGTH_RATIO * max(short, 1)
    required = count_required_shared_words(na, nb)
    if long_ > LOOSE_LENGTH_RATIO * max(short, 1):
        required = max(required, MIN_SHARED_WORDS)  # a short quote's few words recur in a long one by chance
    elif speakers > 0:
        required = max(3, required - 1)
    return comparable and shared >= required and measure_containment(na, nb) >= MIN_CONTAINMENT \
        and set_ratio >= SET_RATIO_THRESHOLD + shift


SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+")
MIN_SENTENCE_WORDS = 4


@lru_cache(maxsize=65536)
def split_sentences(text: str) -> tuple[str, ...]:
    """The normalised sentences of a quote of two or more sentences (each of
    at least MIN_SENTENCE_WORDS words); none for a one-sentence quote."""
    parts = [normalise_quote(p) for p in SENTENCE_BREAK.split(text or "")]
    parts = [p for p in parts if len(p.split()) >= MIN_SENTENCE_WORDS]
    return tuple(parts) if len(parts) > 1 else ()


def list_sentence_pairs(ta: str, tb: str, na: str, nb: str) -> list[tuple[str, str]]:
    """One quote against each sentence of the other: an outlet that quotes one
    sentence of a longer statement (or renders it in other words)."""
    return [(na, y) for y in split_sentences(tb)] + [(x, nb) for x in split_sentences(ta)]


MIN_RUN_WORDS = 4          # a run of words two quotes share verbatim
MIN_RUN_CONTENT_WORDS = 3


def has_shared_run(a: str, b: str) -> bool:
    """The shorter quote shares a verbatim run of at least four words (three of
    them content words) with the longer one, covering half its words: a
    speaker's phrase quoted with a different ending ('load human beings onto
    floating coffins' / '… who load human beings onto unseaworthy vessels …').
    Used only for quotes of the same known speaker."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    if len(short) < MIN_RUN_WORDS:
        return False
    longest = 0
    text = f" {' '.join(long_)} "
    for i in range(len(short)):
        for j in range(len(short), i + max(longest, MIN_RUN_WORDS - 1), -1):
            run = " ".join(short[i:j])
            if f" {run} " in text:
                if len(collect_content_words(run)) >= MIN_RUN_CONTENT_WORDS:
                    longest = max(longest, j - i)
                break
    return longest >= MIN_RUN_WORDS and 2 * longest >= len(short)


MIN_ELIDED_WORDS = 5      # a fragment trimmed from inside a longer quote
MAX_ELISION_SPREAD = 2    # its words lie within this many times its length


def is_elided_fragment(a: str, b: str) -> bool:
    """Every word of the shorter quote appears, in order, within a stretch of the
    longer one at most twice as long, with three or more content words: a
    headline's cut ('They tied a rope and pulled' / 'They tied a rope to the
    front of our boat and pulled')."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    if len(short) < MIN_ELIDED_WORDS or len(collect_content_words(" ".join(short))) < MIN_RUN_CONTENT_WORDS:
        return False
    limit = MAX_ELISION_SPREAD * len(short)
    for start, word in enumerate(long_):
        if word != short[0]:
            continue
        k, end = 1, start + 1
        while k < len(short) and end < len(long_) and end - start < limit:
            if long_[end] == short[k]:
                k += 1
            end += 1
        if k == len(short) and end - start <= limit:
            return True
    return False


MIN_FRAGMENT_WORDS = 4          # a fragment of one speaker's statement: at least this many words
MIN_FRAGMENT_CONTENT_WORDS = 3  # and this many content words
LONG_FRAGMENT_WORDS = 5         # from this many words on, one content word fewer ("the state does not kneel")


def is_verbatim_fragment(a: str, b: str) -> bool:
    """The shorter normalised quote appears word for word inside the longer one
    and is not just a few common words ('nowhere left to run' inside the full
    statement; a fragment of five or more words needs two content words only:
    'the state does not kneel'). Used only for quotes of the same known speaker: too short for
    ``partial_ratio``, but one speaker's exact words."""
    short, long_ = sorted((a, b), key=len)
    words = len(short.split())
    needed = MIN_FRAGMENT_CONTENT_WORDS if words < LONG_FRAGMENT_WORDS else MIN_FRAGMENT_CONTENT_WORDS - 1
    return words >= MIN_FRAGMENT_WORDS and len(collect_content_words(short)) >= needed \
        and f" {short} " in f" {long_} "


def find_candidate_pairs(normalised: list[str]) -> set[tuple[int, int]]:
    """Pairs of quotes sharing at least one uncommon content word (blocking)."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(normalised):
        for w in collect_content_words(text):
            by_word[w].append(i)
    limit = max(50, len(normalised) // 10)  # words in too many quotes carry little evidence
    pairs = set()
    for members in by_word.values():
        if len(members) > limit:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    labels = defaultdict(list)
    for i, text in enumerate(normalised):
        labels[text].append(i)
    for members in labels.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


def find_root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def cluster_quotes(quotes: list[Quote]) -> list[Quote]:
    """Set ``cluster`` on every quote: quotes of one utterance share it."""
    normalised = [normalise_quote(q.text) for q in quotes]
    parent = list(range(len(quotes)))
    for i, j in sorted(find_candidate_pairs(normalised)):
        if is_same_utterance(quotes[i], quotes[j], normalised[i], normalised[j]):
            ri, rj = find_root(parent, i), find_root(parent, j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        members[find_root(parent, i)].append(i)
    cluster_of = {}
    for group in members.values():
        earliest = min(group, key=lambda k: (quotes[k].document or "", quotes[k].char_start or 0, quotes[k].id))
        for k in group:
            cluster_of[k] = quotes[earliest].id
    return [dataclasses.replace(q, cluster=cluster_of[k]) for k, q in enumerate(quotes)]
