"""Shared pieces of entity extraction: name keys, lexicons, span helpers.

``normalize_name`` is the comparison key used in every stage (extraction,
merging, canonicalisation): case, curly/straight apostrophes, a leading
article, a trailing possessive, Arabic al-/el- prefixes, dots and hyphens are
folded.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import load_lexicon, load_words

NAME_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
ARTICLES = frozenset({"the", "a", "an"})
HONORIFICS = load_words("entity_honorifics.txt")  # "mr", "dr", "shri": courtesy titles, never roles
_POSSESSIVE = re.compile(r"[’']s$", re.I)
_STROKED = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ħ": "h", "ı": "i", "ß": "ss"})
_ARABIC_PREFIX = re.compile(r"\b(?:(?:al|el)[-\s]|(?:as|ad|ar|an|ash|at|az|ul)-)(?=\w)", re.I)


@dataclass(slots=True)
class Found:
    """A span found in the text before it becomes a record."""

    text: str
    kind: str
    start: int          # character offsets
    end: int
    tok_start: int
    tok_end: int
    named: bool = True  # a proper name (False: a descriptive group phrase)


# ---------------------------------------------------------------- lexicons

@lru_cache(maxsize=1)
def load_title_words() -> frozenset[str]:
    """Role words (entity_titles.txt and, when present, titles.txt); honorifics are not roles."""
    words = set(load_words("entity_titles.txt"))
    try:
        words |= load_words("titles.txt")
    except FileNotFoundError:
        pass
    return frozenset(words - HONORIFICS)


@lru_cache(maxsize=1)
def load_place_nouns() -> dict[str, str]:
    """Nouns that follow a place's name ("Ambalpur district", "Veyar River") → "admin" or "water" (entity_place_nouns.tsv)."""
    return {row[0].lower(): row[1] for row in load_lexicon("entity_place_nouns.tsv")}


@lru_cache(maxsize=1)
def load_event_nouns() -> dict[str, str]:
    """Common nouns naming an event ("election", "vote", "referendum") → the event they stand for
    (entity_event_nouns.tsv)."""
    return {row[0].lower(): row[1].lower() for row in load_lexicon("entity_event_nouns.tsv")}


@lru_cache(maxsize=1)
def load_descriptor_bodies() -> dict[str, tuple[str, ...]]:
    """"authorities" → ministry, agency...: resolved only through another word of the name (descriptor_bodies.tsv)."""
    return {row[0].lower(): tuple(w.strip() for w in row[1].split(",")) for row in load_lexicon("descriptor_bodies.tsv")}


@lru_cache(maxsize=1)
def load_ranks() -> frozenset[str]:
    """Military and police ranks, full and abbreviated ("general", "gen", "sgt"): a title, never a name alone."""
    return frozenset(load_words("ranks.txt"))


@lru_cache(maxsize=1)
def load_group_nouns() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in load_lexicon("entity_group_nouns.tsv")}


@lru_cache(maxsize=1)
def load_descriptor_heads() -> dict[str, tuple[str, ...]]:
    return {row[0].lower(): tuple(w.strip() for w in row[1].split(",")) for row in load_lexicon("descriptor_heads.tsv")}


@lru_cache(maxsize=1)
def load_name_suffixes() -> dict[str, str]:
    """Generational ("jr") and legal-form ("inc", "ltd") suffixes → "person" or "company"."""
    return {row[0].lower(): row[1] for row in load_lexicon("name_suffixes.tsv")}


# ---------------------------------------------------------------- names

def fold_accents(text: str) -> str:
    """"Mirković" → "Mirkovic", "São Paulo" → "Sao Paulo": combining marks dropped (and "đ"/"ø"/"ł" → "d"/"o"/"l")."""
    s = unicodedata.normalize("NFKD", text or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", s.translate(_STROKED))


def normalize_name(text: str) -> str:
    """Comparison key of a name: case, accents, apostrophes, "the", possessive, al-/Al-, dots and hyphens folded."""
    s = fold_accents(text).replace("\u2019", "'").replace("\u2018", "'")
    s = s.strip().lower()
    s = re.sub(r"^(the|a|an)\s+", "", s)
    s = _POSSESSIVE.sub("", s)
    s = _ARABIC_PREFIX.sub("", s)
    s = s.replace(".", "").replace("-", " ")
    s = re.sub(r"[^\w\s']", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return fold_compounds(s) if " " in s else s


@lru_cache(maxsize=1)
def _compound_pattern() -> tuple[re.Pattern | None, dict[str, str]]:
    closed = {row[0].lower(): row[1].lower() for row in load_lexicon("name_compounds.tsv") if len(row) >= 2}
    if not closed:
        return None, closed
    words = "|".join(re.escape(k) for k in sorted(closed, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b"), closed


def fold_compounds(key: str) -> str:
    """"varland coast guard" → "varland coastguard": a word written both closed and as two words
    (lexicons/name_compounds.tsv) takes its closed spelling in a name's key."""
    pattern, closed = _compound_pattern()
    return pattern.sub(lambda m: closed[m.group(0)], key) if pattern is not None else key


def strip_article(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)


def get_last_word(text: str) -> str:
    words = normalize_name(text).split()
    return words[-1] if words else ""


# ---------------------------------------------------------------- spans

RULE_MARKS = frozenset({"|", "•", "·", "▪", "►", "▸"})  # a table's column rule, a bullet: never part of a name


def trim_span(span):
    """Drop leading articles and trailing possessives or punctuation from a spaCy span."""
    start, end = span.start, span.end
    doc = span.doc
    breaks = [t.i for t in span if "\n" in t.text]
    if breaks:  # a phrase never runs over a line break (headlines, captions)
        after = doc[max(breaks) + 1:end]
        start = max(breaks) + 1 if len(after) else start
        end = end if len(after) else min(breaks)
    while start < end and (doc[start].lower_ in ARTICLES or doc[start].is_punct or doc[start].text in RULE_MARKS):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in {"'s", "’s"} or doc[end - 1].is_punct
                           or doc[end - 1].text in RULE_MARKS):
        end -= 1
    return doc[start:end] if end > start else None


def make_found(span, kind: str, named: bool = True) -> Found:
    return Found(span.text, kind, span.start_char, span.end_char, span.start, span.end, named)


def get_sentence(doc, token_i: int) -> str:
    return doc[token_i].sent.text.strip()


def overlaps(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end
