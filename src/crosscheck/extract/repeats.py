"""A figure a document states again with the same scope is one claim, not two.

``mark_repeated_figures(figures)`` sets ``repeat_of`` on every later figure of
the same document that restates an earlier one: same measure, same number,
compatible group (equal, or one of them unspecified) and compatible places
(one has none, or they overlap). Vague figures ("hundreds", "dozens") are
repeats only of a headline right above them ("Dozens feared trapped" over "Dozens
of workers are feared trapped ..."): elsewhere the same vague word often counts
different things ("hundreds of kidnappings ... hundreds of deaths"). The export leaves repeats out unless
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
    if later.value is None and earlier.value is None and later.qualifier == earlier.qualifier == "vague":
        # "Dozens feared trapped" over "Dozens of workers are feared trapped ...": a headline and the
        # sentence right under it; elsewhere the same vague word often counts different things
        return is_headline(earlier) and (later.number_text or "").lower() == (earlier.number_text or "").lower() \
            and later.sentence_idx is not None and earlier.sentence_idx is not None \
            and later.sentence_idx - earlier.sentence_idx == 1
    if later.value is None or earlier.value is None or later.value != earlier.value:
        return False
    if later.sentence and later.sentence == earlier.sentence and later.sentence_idx == earlier.sentence_idx:
        return False  # "one member of the gendarmerie and one police officer": two counts of one sentence
    if later.group and earlier.group and later.group != earlier.group and "unspecified" not in (later.group, earlier.group):
        return False
    a, b = _places(later), _places(earlier)
    if a and b and not any(x in y or y in x for x in a for y in b) and not _lead_under_headline(later, earlier):
        return False
    return True


def _lead_under_headline(later: Figure, earlier: Figure) -> bool:
    """"Tarsen factory fire: toll reaches 12" over "Twelve died when fire swept a plant in the Tarsen town
    of Osk": the lead right under a headline (past a byline) restates it, naming the place more closely."""
    first_line = earlier.sentence_idx == 0 and len((earlier.sentence or "").split()) <= 25  # a title ending in a quote
    return (is_headline(earlier) or first_line) and not is_headline(later) and later.sentence_idx is not None \
        and earlier.sentence_idx is not None and 0 < later.sentence_idx - earlier.sentence_idx <= 3  # past a byline


def is_headline(f: Figure) -> bool:
    """The figure stands in a headline-like line: short, with no closing punctuation
    ("Death toll climbs to 52 in ferry sinking")."""
    s = (f.sentence or "").strip()
    return bool(s) and len(s.split()) <= 25 and not s.endswith((".", "!", "?", "\"", "”", "’", "'", ")", ":", ";"))


def _table_of(f: Figure, tables) -> int | None:
    if f.char_start is None:
        return None
    return next((i for i, (start, end) in enumerate(tables) if start <= f.char_start < end), None)


def mark_repeated_figures(figures: list[Figure], tables: list[tuple[int, int]] | None = None) -> list[Figure]:
    """Set ``repeat_of`` on restatements, in document order; returns the same list.

    The first statement is the claim, except that a headline gives way to the body sentence
    that restates it: the body says what the headline leaves out ("at least 52, the coast guard
    said" under "Death toll climbs to 52"). ``tables`` are the (start, end) offsets of the
    document's tables: two table cells never restate each other, whatever their numbers (each
    row and column is its own count: "| Osk | 9 | 214 | 9 |" gives two counts of 9, and a table
    by province below a table by day counts other scopes again)."""
    tables = tables or []
    firsts: list[Figure] = []
    for f in sorted(figures, key=lambda f: (f.char_start if f.char_start is not None else 0)):
        table = _table_of(f, tables)
        earlier = next((e for e in firsts if (table is None or _table_of(e, tables) is None)
                        and is_restatement(f, e)), None)
        if earlier is None:
            firsts.append(f)
        elif is_headline(earlier) and not is_headline(f):
            firsts[firsts.index(earlier)] = f
            for g in figures:
                if g is earlier or g.repeat_of == earlier.id:
                    g.repeat_of = f.id
        else:
            f.repeat_of = earlier.id
    # the claim takes the source a restatement names when it names none itself
    by_id = {f.id: f for f in figures}
    for f in sorted(figures, key=lambda f: (f.char_start if f.char_start is not None else 0)):
        claim = by_id.get(f.repeat_of) if f.repeat_of else None
        if claim is not None and not claim.source and f.source:
            claim.source, claim.source_text = f.source, f.source_text
    return figures


# --- corrections ------------------------------------------------------------------------------

import dataclasses
import re

from ..records import record_id

_CORRECTION_CUES = re.compile(r"\b(correction|corrected|misstated|misreported|an earlier version|erroneously|"
                              r"incorrectly (?:stated|reported|said|gave))\b", re.I)
_NUM = r"(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)"
_IS_NOT = re.compile(r"\b(?:is|was|are|were|should (?:have )?(?:been|read)|is actually|was actually)\s+" + _NUM
                     + r"\s*,?\s+(?:and\s+)?not\s+" + _NUM + r"\b", re.I)
_NOT_BUT = re.compile(r"\bnot\s+" + _NUM + r"\s*,?\s+(?:but|as)\s+" + _NUM + r"\b", re.I)


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def apply_corrections(doc, figures: list[Figure]) -> list[Figure]:
    """A correction note ("Correction: ... misstated the number of people missing. It is 64, not
    46.") restates a figure of the same document with its right value: a new figure with value 64
    and the measure, group, source, places and period of the figure stated as 46, whose own
    hedges gain ``superseded`` (reconciliation never takes it as the current count). The note must
    say it corrects (correction, misstated, an earlier version ...) in its sentence or the one
    before. Returns ``figures`` with the new figures appended."""
    sents = list(doc.sents)
    added: list[Figure] = []
    for k, sent in enumerate(sents):
        text = sent.text
        context = text + " " + (sents[k - 1].text if k > 0 else "")
        if not _CORRECTION_CUES.search(context):
            continue
        for pattern, right_group, wrong_group in ((_IS_NOT, 1, 2), (_NOT_BUT, 2, 1)):
            for m in pattern.finditer(text):
                right, wrong = _value(m.group(right_group)), _value(m.group(wrong_group))
                olds = [f for f in figures if f.value == wrong and f.measure in PEOPLE
                        and not (sent.start_char <= (f.char_start or -1) < sent.end_char)]
                if not olds or right == wrong:
                    continue
                old = olds[-1]
                start = sent.start_char + m.start(right_group)
                end = sent.start_char + m.end(right_group)
                if any(f.char_start == start and f.measure == old.measure for f in figures + added):
                    continue
                for f in olds:
                    if "superseded" not in (f.hedges or []):
                        f.hedges = list(f.hedges or []) + ["superseded"]
                new = dataclasses.replace(
                    old, id=record_id(old.document_id, start, old.measure, old.subject), sentence=text,
                    char_start=start, char_end=end, number_text=m.group(right_group),
                    value=right, low=right, high=right, qualifier="exact",
                    hedges=[h for h in (old.hedges or []) if h != "superseded"],
                    sentence_idx=k, repeat_of=None)
                # figures that restate the corrected one were counted against the old value
                figures = [f for f in figures if not (f.value in (right, wrong) and f.measure == "other"
                                                       and sent.start_char <= (f.char_start or -1) < sent.end_char)]
                added.append(new)
    return figures + added
