"""Link quotes of one utterance that share meaning but not words.

``quote_matching.cluster_quotes`` links quotes by their words: trims,
elisions and close translations. Two translations of one statement can share
almost no words ("The state will bear the cost, whatever it may be" / "The
State will pay, whatever the price"). When the optional sentence-embedding
model is installed (``crosscheck.semantic``), this step joins the clusters of
two quotes from different documents when

* neither is a label (scare quotes, one- to three-word names),
* the speakers do not differ: the same canonical speaker (or the same last
  name), or one of them unknown,
* one quote as a whole is close in meaning to the other as a whole or to one
  of its sentences (or clauses, see ``semantic.segments``): cosine
  similarity at least ``SAME_SPEAKER_SIMILARITY`` (same speaker) or
  ``UNKNOWN_SPEAKER_SIMILARITY`` (one speaker unknown), and
* the two clusters joined name no two different speakers (so that a chain
  of links never mixes speakers); "Ana Ruiz" and "Ana Ruiz Soto" are one.

Checked on 2,407 quotes of PolNeAR (244 US political articles): the links
this step adds were read by hand; see docs/quotes.md.

A cluster keeps the id of its earliest member, as in ``cluster_quotes``.
Without the model the quotes are returned unchanged.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import defaultdict

from crosscheck import semantic
from crosscheck.records import Quote
from crosscheck.reconcile.quote_matching import compare_speakers

SAME_SPEAKER_SIMILARITY = 0.72
# One speaker unknown: a translation the other report leaves unattributed (a
# pronoun or title not resolved) scores 0.75-0.84 ("We will not leave a single
# village alone under the snow" / "Not one village will be left behind beneath
# the snow. ..."); on the 38 blind sets no unknown-speaker pair of two different
# utterances came above 0.56.
UNKNOWN_SPEAKER_SIMILARITY = 0.75
# Quotes shorter than this many words carry too little meaning to compare.
MIN_WORDS = 4
# Quotes of unknown speaker are compared with every quote only while that
# takes at most this many comparisons (a corpus of some 100,000 quotes);
# beyond it they are left to word matching, and only quotes of the same
# speaker are compared by meaning.
MAX_UNKNOWN_COMPARISONS = 2_000_000_000
# Quotes compared per matrix product.
CHUNK = 256


def speaker_key(name: str | None) -> str | None:
    """The last word of a speaker's name, lower-cased, accents dropped
    ("Brig Gen Matei Loran" -> "loran", "Mirković" -> "mirkovic")."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(ch))
    words = re.findall(r"[^\W\d_][\w'-]*", plain)
    return words[-1].lower() if words else None


def required_similarity(a: Quote, b: Quote) -> float | None:
    """The similarity two quotes need to be linked, or None when they never are."""
    ka, kb = speaker_key(a.speaker), speaker_key(b.speaker)
    if ka and kb:
        if ka == kb or compare_speakers(a.speaker, b.speaker) > 0:
            return SAME_SPEAKER_SIMILARITY
        # "Shri Ravi" / "Ravi Menon": unsure names are as good as one speaker unknown
        return UNKNOWN_SPEAKER_SIMILARITY if compare_speakers(a.speaker, b.speaker) == 0 else None
    return UNKNOWN_SPEAKER_SIMILARITY


def are_compatible(names_a: set[str], names_b: set[str]) -> bool:
    """Could every speaker of one cluster be every speaker of the other? The
    same name, a surname of it, or the name with a further surname
    ("Ana Ruiz" / "Ana Ruiz Soto"), or a given name alone that may be it ("Shri Ravi" / "Ravi
    Menon") — see ``quote_matching.compare_speakers``."""
    return all(speaker_key(x) == speaker_key(y) or compare_speakers(x, y) >= 0 for x in names_a for y in names_b)


def is_comparable(q: Quote) -> bool:
    return not q.is_label and len((q.text or "").split()) >= MIN_WORDS


def find_close_pairs(quotes: list[Quote], chosen: list[int]) -> dict[tuple[int, int], float]:
    """Pairs (i, j) of quotes from different documents, with the closeness of one
    as a whole to the other as a whole or to one of its sentences, for every
    pair at least SAME_SPEAKER_SIMILARITY close. Vectors are compared in
    blocks: quotes of one speaker among themselves, quotes of unknown speaker
    against all (skipped beyond MAX_UNKNOWN_COMPARISONS comparisons)."""
    import numpy as np

    texts: list[str] = []
    owner: list[int] = []
    whole_row: dict[int, int] = {}
    for i in chosen:
        whole = " ".join(quotes[i].text.split())
        whole_row[i] = len(texts)
        texts.append(whole)
        owner.append(i)
        for piece in semantic.segments(whole):
            if piece != whole:
                texts.append(piece)
                owner.append(i)
    vectors = np.asarray(semantic.encode(texts), dtype=np.float32)
    rows_of: dict[int, list[int]] = defaultdict(list)
    for row, i in enumerate(owner):
        rows_of[i].append(row)

    blocks: dict[str | None, list[int]] = defaultdict(list)
    for i in chosen:
        blocks[speaker_key(quotes[i].speaker)].append(i)
    unknown = blocks.pop(None, [])
    comparisons = [(members, members) for members in blocks.values() if len(members) > 1]
    if unknown and 2 * len(unknown) * len(chosen) <= MAX_UNKNOWN_COMPARISONS:
        # both ways: a known speaker's short quote against the sentences of an
        # unattributed longer one, and the other way round
        comparisons.append((unknown, chosen))
        comparisons.append((chosen, unknown))

    close: dict[tuple[int, int], float] = {}
    for left, right in comparisons:
        right_rows = [r for j in right for r in rows_of[j]]
        right_owner = np.asarray([owner[r] for r in right_rows])
        starts = np.flatnonzero(np.r_[True, right_owner[1:] != right_owner[:-1]])
        heads = right_owner[starts]
        for lo in range(0, len(left), CHUNK):
            part = left[lo:lo + CHUNK]
            sims = vectors[[whole_row[i] for i in part]] @ vectors[right_rows].T
            best = np.maximum.reduceat(sims, starts, axis=1)   # quote i whole vs any sentence of j
            for a, b in zip(*np.nonzero(best >= SAME_SPEAKER_SIMILARITY)):
                i, j = part[a], int(heads[b])
                if i == j or quotes[i].document == quotes[j].document:
                    continue
                key = (min(i, j), max(i, j))
                close[key] = max(close.get(key, 0.0), float(best[a, b]))
    return close


def link_by_meaning(quotes: list[Quote]) -> list[Quote]:
    """Join the clusters of quotes that say the same thing in other words."""
    if not semantic.is_available():
        return quotes
    chosen = [i for i, q in enumerate(quotes) if is_comparable(q)]
    if len(chosen) < 2:
        return quotes
    close = find_close_pairs(quotes, chosen)

    parent = {q.cluster or q.id: q.cluster or q.id for q in quotes}
    speakers: dict[str, set[str]] = defaultdict(set)
    first: dict[str, tuple] = {}
    for q in quotes:
        c = q.cluster or q.id
        key = (q.document or "", q.char_start or 0, q.id)
        if c not in first or key < first[c]:
            first[c] = key
        if speaker_key(q.speaker):
            speakers[c].add(q.speaker)

    def root(c: str) -> str:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    # closest pairs first, so that a chain is built from its strongest links
    for (i, j), similarity in sorted(close.items(), key=lambda kv: (-kv[1], kv[0])):
        a, b = quotes[i], quotes[j]
        need = required_similarity(a, b)
        if need is None or similarity < need:
            continue
        ra, rb = root(a.cluster or a.id), root(b.cluster or b.id)
        if ra == rb or not are_compatible(speakers[ra], speakers[rb]):
            continue  # already one cluster, or joining would mix two speakers
        keep, drop = sorted((ra, rb), key=lambda c: first[c])
        parent[drop] = keep
        speakers[keep] |= speakers[drop]
    return [dataclasses.replace(q, cluster=root(q.cluster or q.id)) for q in quotes]
