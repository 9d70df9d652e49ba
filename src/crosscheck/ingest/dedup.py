"""Near-duplicate documents: one wire story published on several sites.

Each document gets a MinHash signature of its word 5-shingles. A new document
whose estimated Jaccard similarity with an earlier one reaches ``threshold``
(0.8 by default) is marked ``duplicate_of`` that document. Reconciliation
counts a document and its copies as one report.
"""
from __future__ import annotations

import re

NUM_PERM = 64
SHINGLE = 5


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def minhash_signature(text: str) -> list[int]:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=7)
    for s in shingles(text):
        m.update(s.encode("utf-8"))
    return [int(x) for x in m.hashvalues]


def similarity(sig_a: list[int], sig_b: list[int]) -> float:
    if not sig_a or not sig_b:
        return 0.0
    return sum(1 for a, b in zip(sig_a, sig_b) if a == b) / len(sig_a)


class DuplicateIndex:
    """Signatures of documents seen so far, with an LSH index for lookups."""

    def __init__(self, threshold: float = 0.8):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, list[int]] = {}

    def _minhash(self, sig: list[int]):
        import numpy as np
        from datasketch import MinHash

        m = MinHash(num_perm=NUM_PERM, seed=7)
        m.hashvalues = np.array(sig, dtype=np.uint64)
        return m

    def add(self, doc_id: str, sig: list[int]) -> None:
        if doc_id in self.signatures or not sig:
            return
        self.signatures[doc_id] = sig
        self.lsh.insert(doc_id, self._minhash(sig))

    def find(self, sig: list[int]) -> str | None:
        """The most similar earlier document at or above the threshold, if any."""
        if not sig or not self.signatures:
            return None
        best, best_sim = None, 0.0
        for cand in self.lsh.query(self._minhash(sig)):
            sim = similarity(sig, self.signatures[cand])
            if sim >= self.threshold and (sim > best_sim or (sim == best_sim and str(cand) < str(best))):
                best, best_sim = cand, sim
        return best
