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


_NAME = r"[A-Z][\w’'\-&.]*(?:\s+(?:of|for|the|and|on|in|de|du|des|la|le|al|el|to|at|[A-Z][\w’'\-&.]*))*"
_ACR = r"[A-Z][A-Z&.]{1,10}"
# "the ICRC (International Committee of the Red Cross)", "the ICRC, or International Committee of the Red Cross,"
_ACRONYM_FIRST = re.compile(rf"\b({_ACR})(?:\s*\(\s*(?:the\s+)?({_NAME})\s*\)|,?\s+or\s+(?:the\s+)?({_NAME}))")
# "International Committee of the Red Cross, or ICRC," / "..., known as ICRC" / "..., also known as the ICRC"
_LONG_FIRST = re.compile(rf"({_NAME}),?\s+(?:or|(?:also\s+)?known\s+as|abbreviated(?:\s+as)?)\s+(?:the\s+)?({_ACR})\b")


# "The Centre for Civic Rights, a monitoring group known by its Dravenian acronym CGP": stated, whatever its letters
_KNOWN_BY = re.compile(rf"({_NAME}),[^.;()]{{0,100}}?\bknown\s+(?:by|under)\s+(?:its|the)\s+(?:[\w-]+\s+){{0,2}}"
                       rf"(?:acronym|initials|abbreviation),?\s+({_ACR})\b")
# "the UN Human Rights Office (OHCHR)", "Independent Doctors' Union (NSL)": an organisation's name in another language
_NAMED_PAREN = re.compile(rf"({_NAME})\s*\(\s*({_ACR})\s*\)")


def is_organisation_name(words: list[str]) -> bool:
    """Two or more capitalised words, one of them an organisation noun ("Office", "Union", "Front")."""
    from .entity_names import load_descriptor_heads, load_place_nouns

    from .entity_names import load_name_suffixes

    capitals = [w.lower().strip(".,'’") for w in words if w[:1].isupper()]
    if len(capitals) < 2 or any(w in load_place_nouns() for w in capitals):
        return False  # "PORT KOVAR, Marendra Province (GNS)": a dateline and its agency
    # "Osterby Water Supply Ltd (OSWA)": a company's legal form closing the name marks it as one
    return any(w in load_descriptor_heads() for w in capitals) or load_name_suffixes().get(capitals[-1]) == "company"


def find_stated_definitions(text: str) -> dict[str, str]:
    """Acronyms the text ties to a name whose initials they do not spell: a name in another language."""
    out: dict[str, str] = {}
    candidates = [(m.group(2), m.group(1)) for m in _KNOWN_BY.finditer(text)]
    candidates += [(m.group(2), m.group(1)) for m in _NAMED_PAREN.finditer(text)]
    for acr, long_form in candidates:
        letters = acr.replace(".", "")
        words = long_form.split()
        while words and words[0].lower() in _MINOR:
            words = words[1:]
        if sum(c.isupper() for c in letters) < 2 or "\n" in long_form or not is_organisation_name(words):
            continue
        out.setdefault(letters, " ".join(words).strip(" ,;:"))
    return out


def find_other_definitions(text: str) -> dict[str, str]:
    """Acronyms defined in other ways than "Long Form (ACR)": "ACR (Long Form)", "ACR, or Long Form", "Long Form, or ACR"."""
    out: dict[str, str] = {}
    candidates = [(m.group(1), m.group(2) or m.group(3)) for m in _ACRONYM_FIRST.finditer(text)]
    candidates += [(m.group(2), m.group(1)) for m in _LONG_FIRST.finditer(text)]
    for acr, long_form in candidates:
        letters = acr.replace(".", "")
        if sum(c.isupper() for c in letters) < 2 or not long_form:
            continue
        words = long_form.split()
        for end in range(len(words), 0, -1):  # the shortest tail of the phrase whose initials spell the acronym
            for start in range(end - 1, -1, -1):
                cand = words[start:end]
                if cand[0][:1].isupper() and cand[0].lower() not in _MINOR and _initials_match(letters, cand):
                    out.setdefault(letters, " ".join(cand).strip(" ,;:"))
                    break
            if letters in out:
                break
    return out


def find_translated_long_form(acronym: str, words: list[str]) -> list[str] | None:
    """The name just before "(ACR)" whose initials are the acronym's letters in another order: a name translated
    from a language that puts its words in another order ("Defence and Security Forces (FDS)", "Armed Forces of
    Osland (FAO)"); a doubled letter is a plural ("Joint Command of the Armed Forces (CCFFAA)").

    The shortest run of words ending at the parenthesis whose content-word initials are all letters of the
    acronym and hold every one of them (one more initial is allowed in a capitalised name of three or more words).
    A lower-case phrase needs three letters or more and no extra initial."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    distinct = set(letters)
    if len(distinct) < 2 or len(letters) > 8:
        return None
    words = [w for w in words]
    for start in range(len(words) - 1, -1, -1):
        cand = words[start:]
        if any(not re.fullmatch(r"[\w’'\-&]+", w) for w in cand):
            return None  # the run stops at a full stop, a comma or a number's punctuation
        if cand[0].lower() in _MINOR or not cand[0][:1].isalpha():
            continue
        content = [w for w in cand if w.lower() not in _MINOR]
        initials = [w[0].upper() for w in content]
        capitalised = all(w[:1].isupper() for w in content)
        if not capitalised and (len(distinct) < 3 or any(w[:1].isupper() for w in content)):
            continue
        extra = [c for c in initials if c not in distinct]
        if set(initials) >= distinct and (not extra or capitalised and len(extra) == 1 and len(content) >= 3
                                          and len(content) <= len(distinct) + 1):
            if len(content) > len(letters) + 1:
                return None
            return cand
        if len(content) > len(letters) + 1:
            return None
    return None


def _seated_long_form(acronym: str, words: list[str]) -> list[str] | None:
    """"Special Court for Border Crimes in Kell (SCBC)": a name whose initials are the acronym's, followed by
    the seat it sits in ("in" or "at" and one or two capitalised words) that the acronym leaves out; the name
    as written, seat included."""
    for seat in (2, 3):
        if len(words) <= seat or words[-seat].lower() not in ("in", "at") \
                or not all(w[:1].isupper() and w.isalpha() for w in words[-seat + 1:]):
            continue
        head = words[:-seat]
        for start in range(len(head) - 1, -1, -1):
            cand = head[start:]
            if cand[0][:1].isupper() and cand[0].lower() not in _MINOR and _initials_match(acronym, cand):
                return cand + words[-seat:]
    return None


def find_acronym_definitions(text: str) -> dict[str, str]:
    """Map each acronym defined in ``text`` to its long form as written."""
    out: dict[str, str] = {}
    for acr, long_form in find_other_definitions(text).items():
        out.setdefault(acr, long_form)
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
        if not best:
            best = _seated_long_form(acr, words)
        if not best:
            best = find_translated_long_form(acr, words)
        if best:
            out.setdefault(acr, " ".join(best).strip(" ,;:"))
    for acr, long_form in find_stated_definitions(text).items():
        out.setdefault(acr, long_form)
    return out
