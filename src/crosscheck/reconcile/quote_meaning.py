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
  of links never mixes speakers).

Checked on 2,407 quotes of PolNeAR (244 US political articles): the links
this step adds were read by hand; see docs/quotes.md.

A cluster keeps the id of its earliest member, as in ``cluster_quotes``.
Without the model the quotes are returned unchanged.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from crosscheck import semantic
from crosscheck.records import Quote

SAME_SPEAKER_SIMILARITY = 0.72
UNKNOWN_SPEAKER_SIMILARITY = 0.85
# Quotes shorter than this many words carry too little meaning to compare.
MIN_WORDS = 4


def speaker_key(name: str | None) -> str | None:
    """The last word of a speaker's name, lower-cased ("Brig Gen Matei Loran" -> "loran")."""
    words = re.findall(r"[^\W\d_][\w'-]*", name or "")
    return words[-1].lower() if words else None


def required_similarity(a: Quote, b: Quote) -> float | None:
    """The similarity two quotes need to be linked, or None when they never are."""
    ka, kb = speaker_key(a.speaker), speaker_key(b.speaker)
    if ka and kb:
        return SAME_SPEAKER_SIMILARITY if ka == kb else None
    return UNKNOWN_SPEAKER_SIMILARITY


def is_comparable(q: Quote) -> bool:
    return not q.is_label and len((q.text or "").split()) >= MIN_WORDS


def link_by_meaning(quotes: list[Quote]) -> list[Quote]:
    """Join the clusters of quotes that say the same thing in other words."""
    if not semantic.is_available():
        return quotes
    chosen = [i for i, q in enumerate(quotes) if is_comparable(q)]
    texts: list[str] = []
    owner: list[tuple[int, bool]] = []          # (quote index, is the whole quote)
    for i in chosen:
        whole = " ".join(quotes[i].text.split())
        texts.append(whole)
        owner.append((i, True))
        for s in semantic.segments(whole):
            if s != whole:
                texts.append(s)
                owner.append((i, False))
    vectors = semantic.encode(texts)
    wholes: dict[int, list[float]] = {}
    parts: dict[int, list[list[float]]] = defaultdict(list)
    for (i, is_whole), v in zip(owner, vectors):
        if is_whole:
            wholes[i] = v
        parts[i].append(v)  # the whole quote counts among its own parts

    parent = {q.cluster or q.id: q.cluster or q.id for q in quotes}
    speakers: dict[str, set[str]] = defaultdict(set)
    first: dict[str, tuple] = {}
    for q in quotes:
        c = q.cluster or q.id
        key = (q.document or "", q.char_start or 0, q.id)
        if c not in first or key < first[c]:
            first[c] = key
        if speaker_key(q.speaker):
            speakers[c].add(speaker_key(q.speaker))

    def root(c: str) -> str:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for x, i in enumerate(chosen):
        for j in chosen[x + 1:]:
            a, b = quotes[i], quotes[j]
            if a.document == b.document:
                continue
            need = required_similarity(a, b)
            if need is None:
                continue
            ra, rb = root(a.cluster or a.id), root(b.cluster or b.id)
            if ra == rb or len(speakers[ra] | speakers[rb]) > 1:
                continue  # already one cluster, or joining would mix two speakers
            # one quote as a whole against each sentence of the other (a trimmed or partial quote)
            best = max(max(semantic.cosine(wholes[i], v) for v in parts[j]),
                       max(semantic.cosine(wholes[j], v) for v in parts[i]))
            if best >= need:
                keep, drop = sorted((ra, rb), key=lambda c: first[c])
                parent[drop] = keep
                speakers[keep] |= speakers[drop]
    return [dataclasses.replace(q, cluster=root(q.cluster or q.id)) for q in quotes]
