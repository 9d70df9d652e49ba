"""A figure a document states again with the same scope is one claim, not two.

``mark_repeated_figures(figures)`` sets ``repeat_of`` on every later figure of
the same document that restates an earlier one: same measure, same number,
compatible group (equal, or one of them unspecified) and compatible places
(one has none, or they overlap). Vague figures ("hundreds", "dozens") are never
repeats: the same vague word often counts different things ("hundreds of
kidnappings ... hundreds of deaths"). The export leaves repeats out unless
asked (``crosscheck export --with-repeats``); reconciliation counts each claim
once.
"""
from __future__ import annotations

from ..records import Figure

PEOPLE = {"killed", "injured", "missing", "displaced", "abducted", "detained"}


def _places(f: Figure) -> set[str]:
    return {p.lower() for p in f.location or []}


def is_restatement(later: Figure, earlier: Figure) -> bool:
    """``later`` restates ``earlier`` (both of one document)."""
    if later.measure != earlier.measure or later.measure not in PEOPLE:
        return False
    if later.value is None or earlier.value is None or later.value != earlier.value:
        return False
    if later.group and earlier.group and later.group != earlier.group and "unspecified" not in (later.group, earlier.group):
        return False
    a, b = _places(later), _places(earlier)
    if a and b and not any(x in y or y in x for x in a for y in b):
        return False
    return True


def mark_repeated_figures(figures: list[Figure]) -> list[Figure]:
    """Set ``repeat_of`` on restatements, in document order; returns the same list."""
    firsts: list[Figure] = []
    for f in sorted(figures, key=lambda f: (f.char_start if f.char_start is not None else 0)):
        earlier = next((e for e in firsts if is_restatement(f, e)), None)
        if earlier is not None:
            f.repeat_of = earlier.id
        else:
            firsts.append(f)
    return figures
