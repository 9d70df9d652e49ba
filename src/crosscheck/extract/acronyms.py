"""Acronyms defined in a text: "Harbour Rights Monitor (HRM)".

``find_acronym_definitions(text)`` returns ``{acronym: long form}`` for every
parenthesised acronym whose letters match the initials of the words just
before it (function words and ``-led``-style suffixes may be skipped).
"""
from __future__ import annotations

import re

_PAREN = re.compile(r"\(([A-Z][A-Za-z&.\-]{1,11})\)")
_WORD = re.compile(r"[\w’'\-.&]+")
_MINOR = {"of", "for", "the", "and", "in", "on", "de", "du", "des", "la", "le", "al", "el", "&", "to", "at", "a"}


def _initials_match(acronym: str, words: list[str]) -> bool:
    letters = [c for c in acronym.upper() if c.isalpha()]
    # Each word contributes its first letter; hyphenated words may contribute each part.
    def rec(li: int, wi: int) -> bool:
        if li == len(letters):
            return wi == len(words)
        if wi == len(words):
            return False
        w = words[wi]
        parts = [p for p in re.split(r"[-’']", w) if p]
        if w.lower() in _MINOR and rec(li, wi + 1):
            return True
        # consume 1..len(parts) letters from hyphen parts (skipping minor parts)
        options = []
        k = li
        ok = True
        for p in parts:
            if k < len(letters) and p[0].upper() == letters[k]:
                k += 1
                options.append(k)
            elif p.lower() in _MINOR:
                continue
            else:
                ok = False
                break
        if options and rec(options[-1], wi + 1):
            return True
        if ok is False and options and rec(options[0], wi + 1):
            return True
        return False

    return rec(0, 0)


def find_acronym_definitions(text: str) -> dict[str, str]:
    """Map each acronym defined in ``text`` to its long form as written."""
    out: dict[str, str] = {}
    for m in _PAREN.finditer(text):
        acr = m.group(1).replace(".", "")
        if not acr[:1].isupper() or sum(c.isupper() for c in acr) < 2:
            continue
        before = text[: m.start()].rstrip()
        tokens = list(_WORD.finditer(before))[-(len(acr) * 2 + 4):]
        words = [t.group(0) for t in tokens]
        # strip a trailing "-led", "-backed" suffix: "Valley Liberation Front-led (VLF)"
        if words and re.search(r"-(led|backed|run|based|linked|allied)$", words[-1], re.I):
            words[-1] = re.sub(r"-(led|backed|run|based|linked|allied)$", "", words[-1], flags=re.I)
        best = None
        for start in range(len(words) - 1, -1, -1):
            cand = words[start:]
            if not cand[0][:1].isupper():
                continue
            if _initials_match(acr, cand):
                best = cand
        while best and best[0].lower() in _MINOR and len(best) > 1 and _initials_match(acr, best[1:]):
            best = best[1:]  # a sentence-initial "The" is no part of the name
        if best:
            out.setdefault(acr, " ".join(best).strip(" ,;:"))
    return out
