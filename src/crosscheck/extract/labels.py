"""Framing: the descriptive labels one document uses for each entity.

``extract_labels(doc, ctx, mentions)`` collects, per document, how entities
are described: descriptive group phrases ("VLF-led administration", "the new
hardline council", "pro-government fighters"), titles and appositives attached
to names ("acting Governor", "the former mayor"), descriptors resolved to an
organisation ("the Geneva-based monitor group"), modifiers on a name
("so-called X", "U.K.-based X") and location clauses ("X, which is based in
London" → "based in London"), "so-called" over any noun phrase, words in scare
quotes inside a noun phrase ('the “human rights” crowd'), noun phrases built on
a loaded word ("the profit-hungry monopoly", "bean-counters in the Finance
Ministry"), words for actors no mention carries (lexicons/label_actor_nouns.tsv)
and a government's formal name. Role words ("terrorists") take the entity of
the fuller armed-group phrase the report also uses ("armed terrorist groups"),
else the one named group whose people the report names ("fighters of the Red
Hand Brigade"; never a group only described or on the state's side); role
words before or beside a person's name ("the building's owner Ana Ruiz", "Tom
Hale, owner of the yard,") label that person; a loaded word for a
government with no owner ("the new radical regime") takes the entity of the
report's plain phrase for the government in power ("the interim government").
Each label carries markers:

* ``so_called`` — "so-called", "self-styled", "self-proclaimed" in front of it;
* ``scare_quotes`` — the label itself stands inside quotation marks;
* ``in_quote`` — the label is inside someone else's quotation;
* ``loaded_term`` — it contains a word from ``lexicons/loaded_terms.tsv``.

``entity`` is the entity as the document names it (the named target of a
title or appositive, or the group phrase itself); the reconcile step maps it
to a canonical name with ``reconcile.aliases.canonicalize``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicons import load_lexicon, load_mapping, load_words
from ..records import Label, Mention, record_id
from .context import DocContext
from .alias_evidence import find_appositive_links, find_descriptor_links, find_government_links, find_title_links
from .entity_names import ARTICLES, Found, load_descriptor_heads, load_event_nouns, load_group_nouns, load_title_words, normalize_name, strip_article
from .nlp import parsed_text

SO_CALLED = ("so-called", "so called", "self-styled", "self-proclaimed", "self-declared")
_QUOTE = re.compile(r"[“\"]([^“”\"\n]{1,800}?)[”\"]|‘([^‘’\n]{1,80}?)’(?!\w)")
_BASED_IN = re.compile(r"^ *,? *(?:(?:which|who|that) +(?:is|are|was|were) +)?(based +in +(?:the +)?[A-Z][\w.\-’']*(?: +[A-Z][\w.\-’']*)*)")
QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’", "«", "»"})
MODIFIER_POS = frozenset({"ADJ", "VERB", "PROPN", "NOUN", "ADV"})
MODIFIER_DEPS = frozenset({"amod", "advmod", "npadvmod", "compound", "nmod"})


@dataclass(slots=True)
class FoundLabel:
    entity: str
    label: str
    start: int
    end: int
    sentence: str
    markers: set = field(default_factory=set)


@lru_cache(maxsize=1)
def load_loaded_terms() -> dict[str, str]:
    return load_mapping("loaded_terms.tsv")


# ---------------------------------------------------------------- find

def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks."""
    return [(m.start(1) if m.group(1) is not None else m.start(2), m.end(1) if m.group(1) is not None else m.end(2))
            for m in _QUOTE.finditer(text)]


def convert_to_found(doc, mentions: list[Mention]) -> list[Found]:
    out = []
    for m in mentions:
        span = doc.char_span(m.char_start, m.char_end, alignment_mode="expand")
        if span is not None:
            out.append(Found(m.text, m.kind, m.char_start, m.char_end, span.start, span.end, not is_group_phrase(span)))
    return out


def is_group_phrase(span) -> bool:
    """A descriptive phrase ("security forces"), not a proper name ("Northern Democratic Forces")."""
    nouns = load_group_nouns()
    head = span.root
    if any(t.lower_ == "loyal" for t in span):
        return True
    if head.lower_ in load_event_nouns() and head.text[:1].islower():
        return True  # "the stolen election": each outlet's word for the event
    if head.lower_ not in nouns and head.lemma_.lower() not in nouns:
        return False
    return head.text[:1].islower() or head.is_sent_start


def drop_place_possessor(span):
    """"Arden's interim government" → "interim government"; a person's possessive stays ("Vance's regime")."""
    if len(span) > 2 and span[1].tag_ == "POS" and span[0].ent_type_ in {"GPE", "NORP", "LOC"}:
        return span.doc[span.start + 2:span.end]
    return span


def extend_hyphen_prefix(doc, span):
    """The span with the hyphenated word it starts inside: a mention "state armed groups" written as "non-state
    armed groups" is that whole phrase, never cut after a hyphen (which would turn its meaning around)."""
    i = span.start
    while i >= 2 and doc[i - 1].text in {"-", "‑", "–"} and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        i -= 2
    return doc[i:span.end] if i < span.start else span


def find_group_labels(doc, found: list[Found]) -> list[FoundLabel]:
    governments = {(link.alias, link.sentence): link.target for link in find_government_links(doc, found)}
    out = []
    for f in found:
        if f.named and not is_capitalised_government(doc, f):
            continue
        whole = extend_to_remnants(doc, extend_hyphen_prefix(doc, doc[f.tok_start:f.tok_end]))
        span = drop_place_possessor(whole)
        sentence = doc[f.tok_start].sent.text.strip()
        entity = find_group_owner(doc, span, found) or governments.get((f.text, sentence)) \
            or appositive_owner(doc, whole, found)
        if not entity:
            entity = whole.text if whole.start < f.tok_start else f.text
        out.append(FoundLabel(entity, span.text, span.start_char, span.end_char, sentence))
    return out


def is_capitalised_government(doc, f: Found) -> bool:
    """"The Government reports 60 deaths": the government's common noun written with a capital after "the", which the
    recogniser takes for a name, is the writer's plain word for it; never a part of a title ("Minister of Government")
    or a line in capitals (a letterhead)."""
    return f.kind == "ORG" and f.text.istitle() and " " not in f.text and f.tok_start > 0 \
        and doc[f.tok_start - 1].lower_ == "the" and load_group_nouns().get(f.text.lower()) == "government" \
        and (f.tok_end >= len(doc) or doc[f.tok_end].lower_ != "of")  # "the Government of National Unity": a name


def is_armed_head(tok) -> bool:
    """The head noun of a phrase naming armed people ("fighters", "militants", "gunmen")."""
    return load_group_nouns().get(tok.lower_) == "armed" or load_actor_nouns().get((tok.lower_,)) == "group"


MEMBER_KINDS = frozenset({"force", "crowd"})


def is_member_head(tok) -> bool:
    """The head noun of a phrase naming a body's members or a crowd ("officers", "troops", "activists"): with "of"
    and an organisation's name after it, the people of that organisation."""
    return load_group_nouns().get(tok.lower_) in MEMBER_KINDS


def org_after(doc, i: int, found: list[Found]) -> str | None:
    """The organisation named at token ``i`` (after an optional "the"): "of the Harbour Police" → "Harbour Police"."""
    k = i + (i < len(doc) and doc[i].lower_ == "the")
    for f in found:
        if f.named and f.kind == "ORG" and f.tok_start == k:
            return f.text
    return None


def find_group_owner(doc, span, found: list[Found]) -> str | None:
    """The named body a group phrase belongs to: "terrorists of the so-called “Popular Front”" → "Popular Front"."""
    ofs = [t for t in span if t.lower_ == "of" and t.head.i == span.root.i]
    if not ofs and span.end < len(span.doc) and span.doc[span.end].head.i == span.root.i and (
            span.doc[span.end].lower_ == "from" or span.doc[span.end].lower_ == "of" and (
                is_armed_head(span.root) or is_member_head(span.root) and org_after(span.doc, span.end + 1, found))):
        ofs = [span.doc[span.end]]  # "gunmen from the Red Hand group", "fighters of the Red Hand": their group
        span = span.doc[span.start:span.end + 1]
    if not ofs and is_armed_head(span.root):
        for f in found:  # "the Red Hand's fighters": the named group that owns them
            if f.named and f.kind in {"ORG", "NORP"} and f.tok_start == span.start \
                    and f.tok_end < span.root.i and doc[f.tok_end].tag_ == "POS":
                return f.text
    if not ofs:
        return None
    kinds = {"ORG", "NORP", "PERSON"} if is_armed_head(span.root) else {"ORG", "NORP"}  # a recogniser's PERSON group
    for f in found:
        if f.named and f.kind in kinds and ofs[0].i < f.tok_start < span.end + 2 and f.tok_start - ofs[0].i <= 8:
            if f.tok_end < len(doc) and doc[f.tok_end].tag_ == "POS":
                continue  # "remnants of Vance's forces": the forces, not Vance
            last = doc[f.tok_end - 1]
            if last.dep_ in {"amod", "compound", "nmod"} and last.head.i >= f.tok_end:
                continue  # "fighters of the Islamist armed group": a word that qualifies the group, not its name
            return f.text
    if is_armed_head(span.root):  # one mention for the whole phrase ("Fighters of the Dawn Legion"): its name part
        i = ofs[0].i + 1 + (ofs[0].i + 1 < len(doc) and doc[ofs[0].i + 1].lower_ == "the")
        j = i
        while j < span.end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].ent_type_ not in PLACE_KINDS:
            j += 1
        if j > i and j == span.end:
            return doc[i:j].text
    return None



def appositive_owner(doc, span, found: list[Found]) -> str | None:
    """The name a group phrase stands in apposition to across a parenthesis: "the Popular Valley Front (PVF), an
    armed group active in the hills" → "Popular Valley Front"."""
    i = span.start
    if i and doc[i - 1].lower_ in ARTICLES:
        i -= 1
    if i < 3 or doc[i - 1].text != "," or doc[i - 2].text != ")":
        return None
    j = i - 3
    while j > max(0, i - 20) and doc[j].text != "(":
        j -= 1
    if doc[j].text != "(":
        return None
    for f in found:
        if f.named and f.kind in {"ORG", "NORP", "PERSON"} and f.tok_end == j:
            return f.text
    return None

APPOSITION_DETERMINERS = frozenset({"a", "an", "the", "these", "those", "this", "that"})


def name_before_comma(doc, span, found: list[Found]) -> str | None:
    """The name a descriptive phrase stands in apposition to after a comma: "the Harbour Board, a profit-hungry
    body with offices abroad" → "Harbour Board"; "Dale Fenwick, the penny-pinchers' lawyer" never (a list
    "the Board, bureaucrats and clerks" neither)."""
    i = span.start
    if i and doc[i - 1].lower_ in APPOSITION_DETERMINERS:
        i -= 1
    if i < 2 or doc[i - 1].text != "," or (span.end < len(doc) and doc[span.end].lower_ in {"and", "or", "'s", "’s"}):
        return None
    for f in found:
        if f.named and f.kind in {"ORG", "PERSON"} and f.tok_end == i - 1:
            return f.text
    return None


def extend_to_remnants(doc, span):
    """A group phrase written as the object of "remnants/elements/supporters of" ("“remnants of the old regime”")
    is named by the whole phrase: the span from that noun, else the span itself."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i >= span.start:
        return span
    head = prep.head
    if head.i >= prep.i or head.pos_ != "NOUN" or load_group_nouns().get(head.lower_) != "armed" \
            or span.start - head.i > 4 or any(t.text in QUOTE_MARKS for t in doc[head.i:span.start]):
        return span
    start = head.i
    while start > head.sent.start and doc[start - 1].dep_ in {"amod", "compound"} and doc[start - 1].head.i == head.i:
        start -= 1
    return doc[start:span.end]


def find_linked_labels(doc, found: list[Found]) -> list[FoundLabel]:
    """Titles, appositives and multi-word descriptors: the label is the description, the entity its target."""
    links = find_title_links(doc, found, bare_ranks=True) + find_appositive_links(doc, found) + find_descriptor_links(doc, found)
    out = []
    for link in links:
        if link.evidence == "title" and link.alias.endswith(link.target):
            continue  # the "title + name" variant
        if link.evidence == "descriptor" and len(link.alias.split()) < 2:
            continue
        start = parsed_text(doc).find(link.alias, max(0, parsed_text(doc).find(link.sentence)))
        if start < 0:
            continue
        span = doc.char_span(start, start + len(link.alias), alignment_mode="expand")
        span = drop_place_possessor(span) if span is not None else None
        if span is None:
            continue
        out.append(FoundLabel(link.target, strip_article(span.text), span.start_char, span.end_char, link.sentence))
    return out


def find_name_modifiers(doc, f: Found):
    """Modifiers written right before a name: "so-called", "U.K.-based", "notorious"."""
    name = doc[f.tok_start:f.tok_end]
    head = name.root.head
    modifies_later_noun = head.i >= f.tok_end and head.pos_ in {"NOUN", "PROPN"}
    if name.root.dep_ in {"amod", "compound", "poss", "nmod"} or modifies_later_noun or is_headline(name.sent):
        return None  # the name modifies something else ("new Ardenian rulers"), or a headline in title case
    i = f.tok_start
    while i > 0:
        t = doc[i - 1]
        if t.is_sent_end or "\n" in t.text or t.lower_ in {"the", "a", "an"} or t.tag_ == "POS":
            break
        hyphen_part = t.text == "-" or (i < f.tok_start and doc[i].text == "-")
        quote = t.text in QUOTE_MARKS  # 'so-called “General” Loran', 'the so-called “Popular Front”'
        side = t.lower_ in load_side_modifiers() and t.text.islower()  # "the rebel Northern Front", parsed any way
        if not (t.lower_ in SO_CALLED or hyphen_part or quote or side or (t.pos_ in MODIFIER_POS and t.dep_ in MODIFIER_DEPS)):
            break
        i -= 1
    while i < f.tok_start and doc[i].text in QUOTE_MARKS:
        i += 1
    span = doc[i:f.tok_start]
    distanced = any(t.lower_ in SO_CALLED or t.lower_ in {"so", "called", "self", "styled", "proclaimed"} for t in span)
    if not len(span) or span[-1].text == "-" or any(t.lower_ in load_title_words() for t in span) and not distanced:
        return None
    if not any(t.pos_ in {"ADJ", "VERB"} or t.text == "-" or t.lower_ in SO_CALLED or t.lower_ in load_side_modifiers()
               for t in span):
        return None
    return span


@lru_cache(maxsize=1)
def load_side_modifiers() -> frozenset[str]:
    """Nouns for a side written before a name as its qualifier ("rebel", "opposition": label_name_modifiers.txt)."""
    return frozenset(load_words("label_name_modifiers.txt"))


def is_headline(sent) -> bool:
    """A line in capitals or title case ("Minister Pledges Inquiry Into Killings")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) / len(words) > 0.7


def find_name_labels(doc, found: list[Found]) -> list[FoundLabel]:
    """"so-called X", "U.K.-based X", and "X, which is based in London"."""
    out = []
    for f in found:
        if not f.named or f.kind not in {"ORG", "PERSON", "NORP"}:
            continue
        sentence = doc[f.tok_start].sent.text.strip()
        mods = find_name_modifiers(doc, f)
        if mods is not None:
            end = f.end
            if parsed_text(doc)[mods.start_char:f.start].rstrip()[-1:] in QUOTE_MARKS and parsed_text(doc)[end:end + 1] in QUOTE_MARKS:
                end += 1  # the closing mark of a quoted name: 'so-called “Popular Front”'
            text = parsed_text(doc)[mods.start_char:end].replace("- ", "-").replace("\n", " ")
            out.append(FoundLabel(f.text, text, mods.start_char, end, sentence))
        m = _BASED_IN.match(parsed_text(doc)[f.end:f.end + 120])
        if m:
            place = m.group(1)
            if place.endswith(".") and "." not in place.split()[-1][:-1]:
                place = place[:-1]  # the full stop, not an abbreviation ("U.K.")
            start = f.end + m.start(1)
            out.append(FoundLabel(f.text, place, start, start + len(place), sentence))
    return out


_DISTANCING = re.compile(r"\b(?:so[- ]called|self[- ](?:styled|proclaimed|declared))\b", re.I)
NP_INNER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod", "punct", "det", "poss", "case", "nummod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def noun_phrase_from(doc, first: int, limit: int = 8):
    """The head noun of the noun phrase that begins at token ``first`` ("so-called [human rights organisations]",
    "so-called [“Public Safety Power Shutoff” program]"), or None when a noun phrase does not begin there."""
    tok = doc[first]
    for _ in range(limit):
        if tok.pos_ in NOUN_POS and (tok.dep_ not in {"compound", "amod", "nmod"} or tok.head.i < tok.i
                                     or tok.head.i - first > limit or tok.head.pos_ not in NOUN_POS):
            return tok
        if tok.head.i <= tok.i or tok.head.i - first > limit or tok.dep_ not in NP_INNER_DEPS | {"nsubj", "dobj"}:
            break
        tok = tok.head
    return tok if tok.pos_ in NOUN_POS else None


def extend_of_name(doc, head, found: list[Found], institution: bool = False) -> tuple[int, str | None]:
    """Where a phrase ends when its head takes "of"/"in"/"at" + a name ("mediators of the Ombudsman's Office",
    "bean-counters in the Transport Ministry"): the token after the name and the name, else (head + 1, None).
    With ``institution``, only "the" + an organisation counts ("defenders of Marlow" is a town's people)."""
    j = head.i + 1
    if j + 1 < len(doc) and doc[j].lower_ in {"of", "in", "at"} and doc[j].head.i == head.i:
        article = doc[j + 1].lower_ == "the"
        k = j + 1 + article
        kinds = {"ORG"} if institution else {"ORG", "NORP", "PERSON", "FAC"}
        for f in found:
            if f.named and f.tok_start == k and f.kind in kinds and (article or not institution):
                return f.tok_end, f.text
        body = doc[j + 1].head if article and not institution else None
        if body is not None and body.head.i == j and body.dep_ == "pobj" and body.lower_ in load_descriptor_heads() \
                and all(t.pos_ in NOUN_POS | {"ADJ"} and t.text[:1].islower() for t in doc[k:body.i + 1]):
            return body.i + 1, doc[k:body.i + 1].text  # "number-crunchers at the census office": that office
    return head.i + 1, None


def named_inside(found: list[Found], start: int, end: int) -> str | None:
    """The longest name among the tokens ``start``..``end``."""
    names = [f for f in found if f.named and start <= f.tok_start and f.tok_end <= end]
    return max(names, key=lambda f: f.tok_end - f.tok_start).text if names else None


def proper_tail(doc, head, found: list[Found]) -> str | None:
    """The name a phrase ends on when no mention covers it: its head and the capitalised words before it, without a
    leading abbreviation ("rescue NGO Tessaly Beacon" → "Tessaly Beacon")."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    i = head.i
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "compound" and doc[i - 1].text.istitle():
        i -= 1
    for f in found:
        if f.named and f.tok_start <= i and head.i < f.tok_end:
            return f.text
    return doc[i:head.i + 1].text if head.i > i else None


def quoted_name(text: str) -> str | None:
    """The capitalised words in quotation marks inside a phrase ('a so-called “Safe Harbour” plan' → "Safe Harbour")."""
    m = _QUOTE.search(text)
    inner = (m.group(1) or m.group(2) or "").strip(" ,.") if m else ""
    return inner if inner[:1].isupper() else None


def name_in_quotes_after(doc, i: int) -> str | None:
    """The name written in quotation marks right at token ``i``: 'the so-called workers' union “Iron Shift”' →
    "Iron Shift" (capitalised words, at most five)."""
    if i >= len(doc) - 1 or doc[i].text not in QUOTE_MARKS:
        return None
    j = i + 1
    while j < len(doc) and j - i <= 6 and doc[j].text not in QUOTE_MARKS and "\n" not in doc[j].text:
        j += 1
    if j >= len(doc) or doc[j].text not in QUOTE_MARKS or j == i + 1:
        return None
    words = doc[i + 1:j]
    return words.text if all(t.text[:1].isupper() or t.is_punct or t.is_stop for t in words) \
        and words[0].text[:1].isupper() else None


SO_CALLED_QUOTE_REACH = 10  # tokens a quoted phrase after "so-called" may hold


def quote_close(doc, i: int) -> int | None:
    """The closing quotation mark of the phrase whose opening mark is token ``i``, in the same sentence and at most
    ``SO_CALLED_QUOTE_REACH`` tokens on; None without one."""
    if i >= len(doc) or doc[i].text not in QUOTE_MARKS:
        return None
    for j in range(i + 2, min(len(doc), i + 2 + SO_CALLED_QUOTE_REACH)):
        if doc[j].text in QUOTE_MARKS:
            return j if doc[j].sent == doc[i].sent or doc[j - 1].sent == doc[i].sent else None
        if "\n" in doc[j].text:
            return None
    return None


def find_so_called_labels(doc, found: list[Found]) -> list[FoundLabel]:
    """"so-called X" and "self-styled X" over any noun phrase ("the so-called mediators of the Ombudsman's
    Office", "so-called human rights groups", "a so-called “safety” programme"): the whole phrase is a label,
    of the name it holds, else of the phrase without the distancing word."""
    out = []
    for m in _DISTANCING.finditer(parsed_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        first = span.end
        while first < len(doc) - 1 and doc[first].text in QUOTE_MARKS:
            first += 1
        head = noun_phrase_from(doc, first)
        if head is None or head.sent != span.sent:
            continue
        end, owner = extend_of_name(doc, head, found)
        end = max([end] + [f.tok_end for f in found if f.named and first <= f.tok_start < end])  # a name it cuts
        closing = quote_close(doc, span.end) if first > span.end else None
        if closing is not None and closing >= end:
            end, owner = closing + 1, None  # the whole quoted phrase: 'so-called "king of the night markets"'
        if end < len(doc) and doc[end].text in QUOTE_MARKS and doc[end - 1].text not in QUOTE_MARKS \
                and any(t.text in QUOTE_MARKS for t in doc[span.end:end]):
            end += 1  # the closing mark of a quoted phrase
        phrase = doc[span.start:end]
        described = "".join(c for c in doc[span.end:end].text if c not in QUOTE_MARKS).strip()
        entity = name_before_comma(doc, phrase, found) or owner or proper_tail(doc, head, found) \
            or closing is None and named_inside(found, first, end) \
            or quoted_name(doc[first - (doc[first - 1].text in QUOTE_MARKS):end].text) \
            or name_in_quotes_after(doc, end) or strip_article(described)
        out.append(FoundLabel(entity, phrase.text.replace("\n", " "), phrase.start_char, phrase.end_char,
                              span.sent.text.strip()))
    return out


PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me", "you", "this", "that", "these", "those", "which", "who",
                      "whom", "what", "themselves", "itself", "himself", "herself"})
NAMING_GAP = 8  # tokens between the naming verb and the opening quotation mark
NAMING_GAP_LONG = 12  # ... when only one noun phrase stands between ("calls the fighters of the X Front “...”")


def find_named_phrase(doc, tokens, found: list[Found]) -> str | None:
    """The name or noun phrase that ``tokens`` (a run of the sentence) names: a mention among them, else the noun
    phrase of their last noun ("the Sarin checkpoint" → "Sarin checkpoint"); pronouns name nothing here."""
    tokens = [t for t in tokens if not t.is_punct]
    nouns = [t for t in tokens if t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in PRONOUNS]
    if not nouns:
        return None
    head, lo, hi = nouns[-1], tokens[0].i, tokens[-1].i + 1
    hits = [f for f in found if lo <= f.tok_start <= head.i < f.tok_end <= hi]  # a name that holds the phrase's noun
    if hits:
        return max(hits, key=lambda f: (f.named, f.tok_end - f.tok_start)).text
    start = head.i
    while start > lo and doc[start - 1].dep_ in {"compound", "amod", "nmod"} and not doc[start - 1].is_punct:
        start -= 1
    return doc[start:head.i + 1].text


def person_before(doc, verb, found: list[Found]) -> str | None:
    """The person "him" or "her" after a naming verb stands for ("Police named Tomas Varga. His union called him
    “a scapegoat”"): the nearest person named before the verb in its sentence or the one before, never the verb's
    own subject."""
    sent = verb.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    people = [f for f in found if f.named and f.kind == "PERSON" and start <= f.tok_start and f.tok_end <= verb.i]
    people = [f for f in people if not any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == verb.i
                                            for t in doc[f.tok_start:f.tok_end])]
    return people[-1].text if people else None


def find_quoted_label_target(doc, verb, q_tok: int, found: list[Found]) -> str | None:
    """What a naming verb names with the quoted words at token ``q_tok``: its object written between them ("call the
    army an “occupation” force"), else the noun its clause describes ("the checkpoint, which the regime calls a “…”",
    "the site described by state media as a “…”")."""
    between = list(doc[verb.i + 1:q_tok])
    cut = len(between)
    for j, t in enumerate(between):
        if t.lower_ in {"a", "an", "as", "by"} or t.is_punct:
            cut = j
            break
    obj = [t for t in between[:cut] if t.lower_ not in ARTICLES]
    if obj and not all(t.lower_ in PRONOUNS for t in obj):
        return find_named_phrase(doc, obj, found)
    if len(obj) == 1 and obj[0].lower_ in {"him", "her"}:
        return person_before(doc, verb, found)
    if verb.dep_ in {"relcl", "acl"} and verb.head.i < verb.i and verb.head.pos_ in {"NOUN", "PROPN"}:
        head = verb.head
        return find_named_phrase(doc, list(doc[head.left_edge.i:head.i + 1]), found)
    return None


def find_quoted_labels(doc, found: list[Found], quotes: list[tuple[int, int]]) -> list[FoundLabel]:
    """Short words in quotation marks by which one side names another ("the rebels call the army an “occupation”
    force"): the quoted words are a label of what the naming verb names (lexicons/entity_naming_verbs.txt)."""
    verbs = load_words("entity_naming_verbs.txt")
    out = []
    for q_start, q_end in quotes:
        inner = parsed_text(doc)[q_start:q_end].strip(" ,.;:")
        if not inner or len(inner.split()) > 4 or not inner[:1].isalpha():
            continue
        article = inner.split()[0].lower() in ARTICLES
        if article and len(inner.split()) < 2:
            continue
        span = doc.char_span(q_start, q_end, alignment_mode="expand")
        if span is None:
            continue
        q_tok = span.start - 1 if span.start and doc[span.start - 1].text in QUOTE_MARKS else span.start
        sent = span.sent
        naming = [t for t in doc[max(sent.start, q_tok - NAMING_GAP_LONG):q_tok] if t.lemma_.lower() in verbs
                  and t.pos_ == "VERB" and not (t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in {"so", "self"})
                  and (q_tok - t.i <= NAMING_GAP or not any(u.pos_ in {"VERB", "AUX"} or u.is_punct
                                                            for u in doc[t.i + 1:q_tok]))]
        if not naming:
            continue
        target = find_quoted_label_target(doc, naming[-1], q_tok, found)
        if article:
            # "called Ana Ruiz “a traitor”", "described Tom Hale as “a lone wolf”": a phrase with its article
            # labels a person or body the sentence names; "called the report “a cheap fabrication”" a claim
            if not target or not (any(f.named and f.text == target for f in found)
                                  or all(w[:1].isupper() for w in target.split())):
                continue
            inner = inner.split(None, 1)[1]
        if not target or normalize_name(target) == normalize_name(inner):
            continue
        open_mark = parsed_text(doc).rfind(doc[q_tok].text, 0, q_start + 1) if doc[q_tok].text in QUOTE_MARKS else q_start
        out.append(FoundLabel(target, inner, open_mark, q_end + 1, sent.text.strip()))
    return out


def cut_at_named_quotes(text: str, labels: list[FoundLabel], named: list[FoundLabel]) -> list[FoundLabel]:
    """A phrase that runs into the quoted word a naming verb gives it ('names the Doran farmhands “bandits”' read as
    'Doran farmhands “bandits'): cut before the opening mark, the phrase's own entity cut with it. A phrase that goes
    on after the closing mark ('an “occupation” force') is left whole; a cut one that repeats another label's span
    is dropped."""
    out, spans = [], set()
    for lb in labels:
        n = next((n for n in named if lb is not n and lb.start < n.start < lb.end <= n.end), None)
        if n is not None:
            cut = text[lb.start:n.start].rstrip(" ,;:")
            if not cut.strip():
                continue
            if normalize_name(lb.entity) == normalize_name(lb.label) or lb.entity.startswith(cut):
                lb.entity = cut
            lb.label, lb.end = cut, lb.start + len(cut)
            if (lb.start, lb.end) in spans:
                continue
        spans.add((lb.start, lb.end))
        out.append(lb)
    return out


def take_holder_entity(label: FoundLabel, labels: list[FoundLabel]) -> FoundLabel:
    """A scare-quoted phrase that is its own entity, inside a longer label already tied to a name ("their so-called
    “hands-off” manager, Greyfield Estates"), names what that label names."""
    if label.entity not in (label.label, label.label.strip("".join(QUOTE_MARKS))):
        return label
    for o in labels:
        if o.start <= label.start and label.end <= o.end and o.entity[:1].isupper() \
                and normalize_name(o.entity) != normalize_name(o.label):
            label.entity = o.entity
            break
    return label


def find_scare_quote_labels(doc, found: list[Found], quotes: list[tuple[int, int]]) -> list[FoundLabel]:
    """A word or two in quotation marks used as a name inside the writer's own noun phrase: 'the “human rights”
    crowd', 'the glossy “Safe Rails” programme', 'the German “hotline”', 'The “culprit” has been found'. The label is
    the noun phrase with its marks; its entity a name it holds, else the capitalised quoted words, else the phrase.
    A quotation with a verb, one that opens with an article or a whole sentence in marks is speech, not a label."""
    out = []
    for q_start, q_end in quotes:
        inner = parsed_text(doc)[q_start:q_end].strip(" ,.;:!?")
        words = inner.split()
        if not words or len(words) > 3 or not inner[:1].isalpha() or words[0].lower() in ARTICLES:
            continue
        span = doc.char_span(q_start, q_start + len(parsed_text(doc)[q_start:q_end].rstrip(" ,.;:!?")), alignment_mode="expand")
        if span is None or not len(span) or any(t.pos_ in {"VERB", "AUX", "PRON"} for t in span):
            continue
        nouns = [t for t in span if t.pos_ in NOUN_POS]
        if not nouns:
            continue
        qhead = nouns[-1]
        open_tok = span.start - 1 if span.start and doc[span.start - 1].text in QUOTE_MARKS else None
        close_tok = span.end
        while close_tok < len(doc) - 1 and close_tok < span.end + 2 and doc[close_tok].is_punct \
                and doc[close_tok].text not in QUOTE_MARKS:
            close_tok += 1  # 'was not an “act of fate.”': the full stop inside the marks
        close_tok = close_tok if close_tok < len(doc) and doc[close_tok].text in QUOTE_MARKS else None
        if open_tok is None or close_tok is None:
            continue
        head, end = qhead, close_tok + 1
        nxt = doc[close_tok + 1] if close_tok + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() \
                and nxt.sent == qhead.sent:
            head, end = nxt, nxt.i + 1  # 'the “human rights” crowd', 'the “Safe Rails” programme'
        start = open_tok
        while start > head.sent.start and doc[start - 1].pos_ in {"ADJ", "NOUN", "PROPN"} and doc[start - 1].is_alpha \
                and start - 1 < doc[start - 1].head.i <= head.i and doc[start - 1].dep_ in {"amod", "compound", "nmod"}:
            start -= 1  # 'the German “hotline”', 'the glossy “Safe Rails” programme'
        if start == open_tok and end == close_tok + 1 and not (start and doc[start - 1].pos_ == "DET") \
                and not qhead.text[:1].isupper():
            continue  # a bare quoted word ("warned of “mistakes”") is a partial quotation, not a name
        phrase = doc[start:end]
        text = phrase.text.replace("\n", " ")
        bare = text[1:-1] if text[:1] in QUOTE_MARKS and text[-1:] in QUOTE_MARKS else text
        names = [f for f in found if f.named and start <= f.tok_start and f.tok_end <= end and f.kind not in PLACE_KINDS]
        entity = (names[0].text if names else None) or quoted_name(text) or bare
        out.append(FoundLabel(entity, text, phrase.start_char, phrase.end_char, head.sent.text.strip()))
    return out


def extend_title_of(doc, span, found: list[Found]):
    """A title with the "of" phrase that completes it ("Head of State", "Chief of the General Staff"): the whole
    phrase, when it ends within six tokens and names no person; else the span as it is."""
    end = span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i != span.root.i:
        return span
    objs = [c for c in doc[end].children if c.dep_ == "pobj"]
    if not objs or objs[0].i - end > 6 or objs[0].pos_ not in NOUN_POS:
        return span
    stop = objs[0].i + 1
    if any(f.kind == "PERSON" and f.tok_start < stop and end < f.tok_end for f in found):
        return span
    return doc[span.start:stop]


@lru_cache(maxsize=1)
def load_person_roles() -> frozenset[str]:
    """Words for a person's part in the story that are not titles (lexicons/label_person_roles.txt)."""
    return frozenset(load_words("label_person_roles.txt"))


def find_role_labels(doc, found: list[Found], taken: list[FoundLabel]) -> list[FoundLabel]:
    """A role word written right before a person's name, with or without a comma ("the building's owner Ana
    Ruiz", "the yard's owner, Ana Ruiz,", "Builder Tom Hale", "structural engineer Paul Okafor"): the role
    phrase, with its modifiers and a possessor in front, is a label of that person."""
    roles = load_person_roles()
    out = []
    for f in found:
        if not f.named or f.kind != "PERSON" or f.tok_start < 1:
            continue
        r = f.tok_start - 1
        if doc[r].text == "," and r >= 1:
            r -= 1
        if doc[r].lower_ not in roles or doc[r].sent != doc[f.tok_start].sent:
            continue
        start = r
        while start > doc[r].sent.start:
            t = doc[start - 1]
            if t.tag_ == "POS" and start >= 2 and doc[start - 2].pos_ in {"NOUN", "PROPN"}:
                start -= 2  # "the building's owner"
                continue
            if t.is_punct and t.text != "-" or t.lower_ in ARTICLES or t.pos_ in {"DET", "ADP", "VERB", "AUX", "PRON"}:
                break
            if t.pos_ not in {"ADJ", "NOUN", "NUM", "PUNCT"} or t.text[:1].isupper() and t.ent_type_:
                break
            start -= 1
        span = doc[start:r + 1]
        if any(lb.start < span.end_char and span.start_char < lb.end for lb in taken):
            continue
        out.append(FoundLabel(f.text, span.text, span.start_char, span.end_char, doc[r].sent.text.strip()))
    return out


def find_bare_appositive_labels(doc, found: list[Found], taken: list[FoundLabel]) -> list[FoundLabel]:
    """A title written after a person's name without an article, closed by a comma or a bracket ("Tom Baptiste,
    leader of the Popular Renewal Party (PRP), said", "Ana Ruiz, spokeswoman for the Harbour Board, said"): the
    title with what completes it is a label of that person."""
    titles = load_title_words() | load_person_roles()
    out = []
    for f in found:
        if not f.named or f.kind != "PERSON" or f.tok_end + 2 >= len(doc) or doc[f.tok_end].text != ",":
            continue
        first = doc[f.tok_end + 1]
        i = first.i
        while i < len(doc) and i - first.i < 3 and doc[i].pos_ in {"ADJ", "NOUN", "PROPN"} and doc[i].text[:1].islower() \
                and doc[i].lower_ not in titles:
            i += 1  # "deputy", "acting", "top"
        if i >= len(doc) or doc[i].lower_ not in titles or doc[i].text[:1].isupper() or first.lower_ in ARTICLES:
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and doc[end].lower_ in titles and doc[end].text[:1].islower():
            end += 1  # "deputy mayor", "police chief"
        if end + 1 < len(doc) and doc[end].lower_ in {"of", "for", "at"}:
            names = [g for g in found if g.named and g.kind in {"ORG", "GPE", "NORP", "FAC", "LOC"}
                     and g.tok_start in {end + 1, end + 2} and (g.tok_start == end + 1 or doc[end + 1].lower_ == "the")]
            k = end + 1 + (doc[end + 1].lower_ in ARTICLES)
            while k < len(doc) and k - end <= 4 and doc[k].pos_ in {"ADJ", "NOUN"} and doc[k].text[:1].islower():
                k += 1  # "owner of the yard", "spokeswoman for the ministry"
            if names:
                end = names[0].tok_end
            elif k > end + 1 + (doc[end + 1].lower_ in ARTICLES) and doc[k - 1].pos_ == "NOUN":
                end = k
            else:
                continue
        if end >= len(doc) or doc[end].text not in {",", "(", ";", "."}:
            continue  # only a title closed off as an aside
        span = doc[first.i:end]
        if any(lb.start < span.end_char and span.start_char < lb.end for lb in taken):
            continue
        out.append(FoundLabel(f.text, span.text, span.start_char, span.end_char, first.sent.text.strip()))
    return out


APPOSITION_ENDS = frozenset({",", ".", ";", ":", "(", "—", "–", "that", "which", "who", "whose", "in", "of", "with",
                             "for", "at", "from", "on", "and", "or"})


@lru_cache(maxsize=1)
def load_body_nouns() -> frozenset[str]:
    """Nouns naming an organisation by its kind (descriptor_heads.tsv, label_body_nouns.txt)."""
    return frozenset(load_descriptor_heads()) | load_words("label_body_nouns.txt")


def find_apposed_body_labels(doc, found: list[Found], taken: list[FoundLabel]) -> list[FoundLabel]:
    """A description of an organisation written after its name (and its initials) between a comma and a relative
    word, a preposition or a comma ("Tarn Freight, a Lisbon-based haulier that runs ten lorries", "the Coastal
    Relief Agency (CRA), the UN-affiliated body that tracks deaths", "Dunmore Plastics, the multinational whose
    chief ..."), read by the words whatever the parser made of the commas: the description, without its article,
    is a label of the organisation. Its head must be a noun for a kind of body, in lower case."""
    bodies = load_body_nouns()
    out = []
    for f in found:
        if not f.named or f.kind not in {"ORG", "PERSON"}:
            continue
        i = f.tok_end
        if i < len(doc) and doc[i].text == "(":
            close = next((k for k in range(i + 1, min(i + 6, len(doc))) if doc[k].text == ")"), None)
            if close is None:
                continue
            i = close + 1
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"the", "a", "an"}:
            continue
        first = i + 2
        end = first
        while end < len(doc) and end - first < 7 and doc[end].lower_ not in APPOSITION_ENDS \
                and not doc[end].is_sent_start and "\n" not in doc[end - 1].whitespace_:
            end += 1
        if end == first or end >= len(doc) or doc[end].lower_ not in APPOSITION_ENDS:
            continue
        head = doc[end - 1]
        if head.lower_ not in bodies or not head.text.islower() or head.pos_ not in {"NOUN", "ADJ", "PROPN"}:
            continue
        if f.kind == "PERSON" and head.lower_ not in load_words("label_body_nouns.txt") \
                and head.lower_ not in {"charity", "company", "firm", "group", "foundation", "association"}:
            continue  # a name the recogniser took for a person: only a body's own kind makes it one
        span = doc[first:end]
        if any(g.named and g.kind == "PERSON" and span.start <= g.tok_start < span.end for g in found):
            continue
        if any(lb.start < span.end_char and span.start_char < lb.end for lb in taken + out):
            continue
        out.append(FoundLabel(f.text, span.text, span.start_char, span.end_char, doc[f.tok_start].sent.text.strip()))
    return out


@lru_cache(maxsize=1)
def load_organisation_kinds() -> frozenset[str]:
    """Nouns for a kind of organisation, never a place or a site ("group", "union", "charity"; not "district")."""
    from ..lexicons import load_mapping as mapping
    places = set(mapping("place_nouns.tsv")) | load_words("entity_site_nouns.txt")
    return frozenset(w for w in load_body_nouns() if w not in places)


def find_body_labels_before(doc, found: list[Found], taken: list[FoundLabel]) -> list[FoundLabel]:
    """A body's kind written before its name as an apposition, read by the words whatever the parse ("An
    environmental group, Save the Lakes Trust, says", "A tenants' association in the east of Pell, the Pell
    Housing Forum (PHF), said"): an article opening a clause, modifiers, a noun for a kind of organisation, an
    optional place phrase, a comma, then the name closed by a comma, a bracket or a verb. The phrase up to the
    noun, without its article, is a label of the organisation."""
    kinds = load_organisation_kinds()
    out = []
    for f in found:
        if not f.named or f.kind != "ORG":
            continue
        k = f.tok_start - (f.tok_start > 0 and doc[f.tok_start - 1].lower_ == "the")
        after = doc[f.tok_end] if f.tok_end < len(doc) else None
        if k < 3 or doc[k - 1].text != "," or after is None or not (after.text in {",", "("} or after.pos_ in {"VERB", "AUX"}):
            continue
        comma = k - 1
        head = None
        for i in range(comma - 1, max(comma - 13, doc[comma].sent.start - 1), -1):
            t = doc[i]
            if t.text in {",", ";", ":", "(", ")"} or t.text in QUOTE_MARKS or "\n" in t.whitespace_:
                break
            if t.lower_ in kinds and t.text.islower() and t.pos_ == "NOUN":
                head = t  # the first kind noun of the clause wins: keep looking further back
        if head is None:
            continue
        start = head.i
        while start > 0 and doc[start - 1].lower_ not in ARTICLES and start > head.i - 4 and (
                doc[start - 1].pos_ in {"ADJ", "NOUN", "PROPN", "PART"} or doc[start - 1].tag_ == "POS"
                or doc[start - 1].text == "-"):
            start -= 1
        if start == 0 or doc[start - 1].lower_ not in {"a", "an", "the"}:
            continue
        opening = doc[start - 2] if start >= 2 else None
        if not (start - 1 == doc[start - 1].sent.start or opening is not None and (
                opening.is_punct or opening.pos_ in {"ADP", "VERB", "AUX", "SCONJ", "CCONJ"})):
            continue  # the article opens a clause or a verb's object, not the middle of a phrase
        between = doc[head.i + 1:comma]
        if len(between) and between[0].pos_ != "ADP":
            continue  # "a group of ..."/"a group in ..." may carry a place phrase; nothing else
        if any(g.named and g.kind == "PERSON" and start <= g.tok_start < comma for g in found):
            continue
        span = doc[start:head.i + 1]
        if any(lb.start < span.end_char and span.start_char < lb.end for lb in taken + out):
            continue
        out.append(FoundLabel(f.text, span.text, span.start_char, span.end_char, doc[f.tok_start].sent.text.strip()))
    return out


def find_bare_title_labels(doc, found: list[Found], taken: list[FoundLabel]) -> list[FoundLabel]:
    """A title used as a name, with no name after it ("The Hon. Prime Minister has approved", "the governor said"):
    a label whose entity is the title itself, which the reconcile step resolves to the person the corpus gives it."""
    titles = load_title_words()
    persons = {f.tok_start for f in found if f.kind == "PERSON"}
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if chunk[0].lower_ != "the" or root.lower_.rstrip(".") not in titles or root.tag_ in {"NNS", "NNPS"}:
            continue
        if chunk.end in persons or chunk.end + 1 in persons and doc[chunk.end].text in {",", "."}:
            continue  # "the governor, Priya Kannath": an appositive, linked elsewhere
        if any(f.named and f.tok_start < chunk.end and chunk.start < f.tok_end for f in found):
            continue  # a name inside the phrase
        if any(t.i < root.i and t.pos_ not in {"DET", "ADJ", "PROPN", "NOUN", "PUNCT"} for t in chunk):
            continue
        span = extend_title_of(doc, chunk[1:], found)
        if any(lb.start < span.end_char and span.start_char < lb.end for lb in taken):
            continue
        out.append(FoundLabel(span.text, span.text, span.start_char, span.end_char, root.sent.text.strip()))
    return out


@lru_cache(maxsize=1)
def load_actor_nouns() -> dict[tuple[str, ...], str]:
    """Words for people acting as a group that no entity mention carries (lexicons/label_actor_nouns.tsv):
    ``("armed", "men") → "group"``, ``("enemy",) → "epithet"``."""
    return {tuple(k.replace("-", " - ").split()): v for k, v in load_mapping("label_actor_nouns.tsv").items()}


PLACE_KINDS = frozenset({"NORP", "GPE", "LOC"})  # "the German “hotline”": a nationality qualifies, it is not named
FIRST_PERSON = frozenset({"our", "my", "we", "us"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def match_actor_noun(doc, tok) -> tuple[int, str] | None:
    """The first token and the kind of the actor phrase ``tok`` heads ("armed men", "kidnappers"), or None."""
    if tok.pos_ not in {"NOUN", "PROPN"} or not tok.text[:1].islower():
        return None  # a capitalised word is part of a name ("the Enemy Within")
    for words, kind in sorted(load_actor_nouns().items(), key=lambda kv: -len(kv[0])):
        n = len(words)
        if words[-1] != tok.lower_ or tok.i + 1 < n:
            continue
        if kind == "epithet_one" and (tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i
                                      or tok.tag_ in {"NNS", "NNPS"}):
            continue  # "a killer storm", "monster waves": a word that qualifies a thing, no one's name
        if tuple(t.lower_ for t in doc[tok.i - n + 1:tok.i + 1]) == words:
            return tok.i - n + 1, kind
        if n == 2 and "-" not in words:  # "armed groups" written "armed terrorist groups", "armed Islamist groups"
            for gap in (1, 2):
                j = tok.i - gap - 1
                between = doc[j + 1:tok.i] if j >= 0 else []
                if j >= 0 and doc[j].lower_ == words[0] and all(
                        t.dep_ in {"amod", "compound"} and t.pos_ in {"ADJ", "NOUN", "PROPN"} and t.is_alpha
                        for t in between):
                    return j, kind
    return None


def extend_actor_phrase(doc, start: int, head) -> tuple[int, int]:
    """The phrase around an actor noun: its modifiers written before it ("Norland armed formations", "our
    defenders", "Marlandian propagandists") and a place after "of" ("defenders of Tilbury")."""
    i = start
    while i > head.sent.start:
        t = doc[i - 1]
        if t.is_punct or t.lower_ in ARTICLES or t.is_sent_end or "\n" in t.text_with_ws:
            break
        if t.dep_ not in {"amod", "compound", "nmod", "poss", "npadvmod"} or not (t.head.i >= i and t.head.i <= head.i):
            break
        if t.tag_ == "POS" or t.pos_ in {"NUM", "VERB"}:
            break
        i -= 1
    end = head.i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == head.i:
        j = end + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].ent_type_ in PLACE_TYPES:
            k += 1
        if k > j:
            end = k  # "defenders of Tilbury"
    return i, end


def find_actor_owner(doc, span, head, found: list[Found]):
    """The institution a word for its people belongs to, and the phrase with it: a name in the possessive before
    it ("Norvale's bureaucrats") or after "in/of/at (the)" ("bean-counters in the Transport Ministry")."""
    end, owner = extend_of_name(doc, head, found, institution=True)
    if owner is not None:
        return owner, doc[span.start:end]
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        for f in found:
            if f.named and f.tok_end == span.start - 1 and f.kind == "ORG":
                return f.text, doc[f.tok_start:span.end]
    return None


def proper_run_before(doc, start: int, end: int) -> str | None:
    """The capitalised words ``start``..``end`` when all of them are a name's words: two or more, or one that is no
    place or people word ("Vardo Chemicals" of "the Vardo Chemicals bosses"; never "Marlandian bosses")."""
    words = doc[start:end]
    if not len(words) or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    return words.text if len(words) > 1 or words[0].ent_type_ not in PLACE_KINDS else None


def find_actor_labels(doc, found: list[Found], taken: list[FoundLabel], epithets: bool = True) -> list[FoundLabel]:
    """Words for people acting as a group that no entity mention carries ("the hoodlums", "armed men", "our
    defenders", "the enemy"): each is a label; its entity is the phrase itself (an ``epithet`` is resolved to the
    group it stands for by ``resolve_epithets``)."""
    out = []
    for tok in doc:
        hit = match_actor_noun(doc, tok)
        if hit is None or hit[1].startswith("epithet") and not epithets:
            continue
        start, end = extend_actor_phrase(doc, hit[0], tok)
        span = extend_hyphen_prefix(doc, doc[start:end])
        if any(f.named and f.tok_start <= tok.i < f.tok_end for f in found):
            continue  # a word inside a name
        if any(lb.start < span.end_char and span.start_char < lb.end for lb in taken):
            continue  # already a label (a group mention)
        text = re.sub(r"^(?:their|his|her|its|the|a|an|these|those)\s+", "", span.text.replace("\n", " "), flags=re.I)
        entity = " ".join(w for w in text.split() if w.lower() not in FIRST_PERSON) or text
        owner = find_actor_owner(doc, span, tok, found)
        orgs = [f for f in found if f.named and f.kind == "ORG" and span.start <= f.tok_start and f.tok_end <= tok.i]
        if owner is None and orgs and hit[1] in {"faction", "people"}:
            entity = orgs[-1].text  # "the rival Harbour Boys faction": the organisation it names
        elif owner is None and hit[1] == "people" and span.start < hit[0]:
            entity = proper_run_before(doc, span.start, hit[0]) or entity  # "the Vardo Chemicals bosses"
        if owner is not None:  # "the ministry's bureaucrats", "bean-counters in the Transport Ministry"
            entity, span = owner
            text = re.sub(r"^(?:the|a|an)\s+", "", span.text.replace("\n", " "), flags=re.I)
        elif hit[1] in {"group", "faction"}:
            entity = appositive_owner(doc, span, found) or entity  # "the Valley Front (VF), an armed group"
        elif hit[1] == "people":
            entity = name_before_comma(doc, span, found) or entity  # "Harbour Board, these penny-pinchers,"
        out.append(FoundLabel(entity, text, span.start_char, span.end_char, tok.sent.text.strip()))
    return out


def label_head(label: FoundLabel) -> str:
    words = re.findall(r"[\w\-]+", label.label.lower().split(" of ")[0])
    return words[-1] if words else ""


def epithet_kind(label: FoundLabel) -> str | None:
    """"epithet" or "epithet_armed" when the label's head is such a word of label_actor_nouns.tsv, else None."""
    words = tuple(re.findall(r"[\w\-]+", label.label.lower().split(" of ")[0]))
    kinds = [(len(k), kind) for k, kind in load_actor_nouns().items() if kind.startswith("epithet") and words[-len(k):] == k]
    return max(kinds)[1] if kinds else None


def group_kind(label: FoundLabel) -> str | None:
    """"armed" or "force" for a label naming an armed group or a state force by its head noun; None for others, for
    an epithet, and for the writer's own side ("our defenders")."""
    head = label_head(label)
    if not head or label.label.split()[0].lower() in FIRST_PERSON or epithet_kind(label):
        return None
    kind = load_group_nouns().get(head)
    if kind in {"armed", "force"}:
        return kind
    return "armed" if load_actor_nouns().get((head,)) in {"group", "faction"} else None


EPITHET_LABELS = True  # label a bare epithet ("the enemy") no mention carries; off until its entity is reliable
EPITHET_REACH = 2000  # characters between an epithet and the group it stands for


def is_acting_on(doc, group: FoundLabel, epithet: FoundLabel) -> bool:
    """The group is the subject of a verb that governs the epithet ("the army said the enemy lost", "troops killed
    the enemy"): it speaks of or acts on the enemy, so it is not that enemy."""
    g = doc.char_span(group.start, group.end, alignment_mode="expand")
    e = doc.char_span(epithet.start, epithet.end, alignment_mode="expand")
    if g is None or e is None:
        return False
    root = g.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head in list(e.root.ancestors)


def label_gap(lb: FoundLabel, other: FoundLabel) -> int | None:
    """How far ``other`` stands from ``lb`` in characters, a phrase after it counting double (a label points
    back to the nearest phrase before it, else to the nearest after it); None when the two overlap."""
    if other.end <= lb.start:
        return lb.start - other.end
    if other.start >= lb.end:
        return 2 * (other.start - lb.end)
    return None


def resolve_epithets(labels: list[FoundLabel], doc=None) -> None:
    """"The enemy", "criminals", "foreign mercenaries" stand for a group the report names nearby: the label's entity
    becomes the nearest armed group or force before it (else after it, counted double, at most ``EPITHET_REACH``
    characters away), never one the writer calls "our ..." ("criminals" only an armed group, not a force). Every use
    of one epithet in the document then takes the entity most of its uses resolve to; with none, it stays its own."""
    groups = [(lb, group_kind(lb)) for lb in labels]
    groups = [(lb, kind) for lb, kind in groups if kind]
    resolved: dict[str, Counter] = defaultdict(Counter)
    epithets = []
    for lb in labels:
        kind = epithet_kind(lb)
        if not kind or kind == "epithet_one" or normalize_name(lb.entity) != normalize_name(lb.label.split(" of ")[0]):
            continue
        epithets.append(lb)
        best = None
        for g, gkind in groups:
            if kind == "epithet_armed" and gkind != "armed" or normalize_name(g.entity) == normalize_name(lb.entity):
                continue
            if doc is not None and is_acting_on(doc, g, lb):
                continue
            gap = label_gap(lb, g)
            if gap is not None and normalize_name(g.entity) != normalize_name(g.label):
                gap //= 4  # a group the report has tied to a name ("armed terrorist groups (GAT)") is the better referent
            if gap is not None and gap <= EPITHET_REACH and (best is None or gap < best[0]):
                best = (gap, g)
        if best is not None:
            resolved[normalize_name(lb.label)][best[1].entity] += 1
    for lb in epithets:
        votes = resolved.get(normalize_name(lb.label))
        if votes:
            lb.entity = votes.most_common(1)[0][0]


@lru_cache(maxsize=1)
def load_single_perpetrator_nouns() -> frozenset[str]:
    """Singular nouns for the one person who carried out an attack ("gunman", "attacker", "shooter"): the singular
    head nouns of lexicons/entity_perpetrator_words.tsv."""
    return frozenset(w for w, role in load_mapping("entity_perpetrator_words.tsv").items()
                     if role == "noun" and not w.endswith("s"))


_IDENTIFIED_AS = re.compile(r"^\s+(?:as|to be)\s+$")
_SUSPECTED = frozenset({"suspected", "alleged", "presumed", "lone", "suspect"})


def identified_person(doc, lb: FoundLabel, found: list[Found]) -> str | None:
    """The person a report says one perpetrator is: "police identified the gunman as Tarek Holm", "the gunman,
    Tarek Holm,", "Tarek Holm, the suspected attacker," (the named person right after "as"/"to be" or a comma
    after the description, or right before it with a comma)."""
    persons = [f for f in found if f.named and f.kind == "PERSON"]
    for f in persons:
        between = parsed_text(doc)[lb.end:f.start]
        if f.start >= lb.end and len(between) <= 8 and (_IDENTIFIED_AS.match(between) or between.strip() == ","):
            if between.strip() == "," and not parsed_text(doc)[f.end:f.end + 1] in {",", ".", ")", ";"}:
                continue  # "the gunman, Tarek Holm said" is not an apposition
            return f.text
        before = parsed_text(doc)[f.end:lb.start]
        words = before.replace(",", " , ").split()
        if f.end <= lb.start and len(before) <= 30 and words[:1] == [","] \
                and all(w.lower() in ARTICLES | _SUSPECTED for w in words[1:]):
            return f.text
    return None


def resolve_single_perpetrator(labels: list[FoundLabel], doc, found: list[Found]) -> None:
    """Words for the one person who did it ("the killer", "a monster", "the deranged lone wolf": the
    ``epithet_one`` words of label_actor_nouns.tsv) stand for the report's lone perpetrator: the person the report
    identifies as the gunman or attacker, else its own plain word for him ("the gunman"). A bare description the
    report ties to a named person ("identified the gunman as Tarek Holm") takes that person too. With no such
    description in the report, the word stays its own entity."""
    nouns = load_single_perpetrator_nouns()
    plain = [lb for lb in labels if label_head(lb) in nouns and normalize_name(lb.entity) == normalize_name(lb.label)]
    if not plain:
        return
    people = Counter(p for p in (identified_person(doc, lb, found) for lb in plain) if p)
    target = people.most_common(1)[0][0] if people else Counter(lb.entity for lb in plain).most_common(1)[0][0]
    for lb in labels:
        if normalize_name(lb.entity) != normalize_name(lb.label):
            continue
        if epithet_kind(lb) == "epithet_one" or people and lb in plain:
            lb.entity = target


@lru_cache(maxsize=1)
def load_role_words() -> tuple[frozenset[str], frozenset[str]]:
    """(role nouns and phrases, generic modifiers) of lexicons/label_role_words.txt."""
    words = load_words("label_role_words.txt")
    return (frozenset(w for w in words if not w.startswith("@")),
            frozenset(w[1:] for w in words if w.startswith("@")))


def is_role_label(label: FoundLabel) -> bool:
    """A label that names people only by their part in the event ("gunmen", "the assailants", "unknown armed
    men"), with no name and not the writer's own side: it stands for a group the report names elsewhere."""
    if normalize_name(label.entity) != normalize_name(label.label):
        return False
    words = re.findall(r"[\w\-]+", label.label.lower())
    if words and words[0] in ARTICLES:
        words = words[1:]
    if not words or len(words) > 4 or any(c.isupper() for c in label.label[1:]):
        return False
    nouns, modifiers = load_role_words()
    for n in (2, 1):
        if len(words) >= n and " ".join(words[-n:]) in nouns:
            return all(w in modifiers for w in words[:-n])
    return False


def is_armed_phrase(label: FoundLabel) -> bool:
    """A label naming an armed group: by its head noun ("militants", "hordes") or as an actor phrase of
    label_actor_nouns.tsv written with more words between ("armed terrorist groups" for "armed groups")."""
    if group_kind(label) == "armed":
        return True
    words = re.findall(r"[\w\-]+", label.label.lower().split(" of ")[0])
    return bool(words) and any(kind in {"group", "faction"} and len(key) > 1 and key[-1] == words[-1] and key[0] in words[:-1]
                               for key, kind in load_actor_nouns().items())


def resolve_role_words(labels: list[FoundLabel], doc=None) -> None:
    """A bare role word ("terrorists", "the militants") that the same report also uses as the modifier of a fuller
    armed-group phrase ("armed terrorist groups", "the terrorist hordes"), or as the head of a fuller phrase with a
    capitalised modifier ("Suspected Islamist militants"), is that group: its entity becomes the phrase's entity
    (the nearest such phrase before it, else after it). A role word with no such phrase stays its
    own entity: reports that never name the group ("gunmen", "the attackers") keep it as written."""
    for lb in labels:
        if not is_role_label(lb):
            continue
        words = [w for w in re.findall(r"[\w\-]+", lb.label.lower()) if w not in ARTICLES]
        if len(words) != 1:
            continue
        stem = words[0].removesuffix("s")
        best = None
        for g in labels:
            if g is lb or not is_armed_phrase(g) or epithet_kind(g):
                continue
            g_words = re.findall(r"[\w\-]+", g.label.lower().split(" of ")[0])
            proper = [w for w in re.findall(r"[\w\-]+", g.label.split(" of ")[0])[1:-1] if w[:1].isupper()]
            as_modifier = stem in {w.removesuffix("s") for w in g_words[:-1]}
            as_head = g_words[-1].removesuffix("s") == stem and bool(proper)  # "Suspected Islamist militants"
            if len(g_words) < 2 or not (as_modifier or as_head):
                continue
            if doc is not None and is_acting_on(doc, g, lb):
                continue
            gap = label_gap(lb, g)
            if gap is not None and (best is None or gap < best[0]):
                best = (gap, g)
        if best is not None:
            lb.entity = best[1].entity



@lru_cache(maxsize=1)
def load_government_qualifiers() -> dict[str, str]:
    """Words that make a government phrase name another government than the one in power where the events happen
    (lexicons/label_government_qualifiers.tsv): ``former`` ("the ousted regime"), ``local`` ("provincial
    authorities"), ``foreign`` ("foreign governments")."""
    return load_mapping("label_government_qualifiers.tsv")


def government_head(label: FoundLabel) -> bool:
    return load_group_nouns().get(label_head(label)) == "government" and " of " not in label.label.lower()


def is_other_government(label: FoundLabel) -> bool:
    """A government phrase qualified as former, local or foreign ("the old regime", "municipal authorities")."""
    words = re.findall(r"[\w\-]+", label.label.lower())
    return any(w in load_government_qualifiers() or w.split("-")[0] in {"ex", "pre"} for w in words)


def names_a_place(doc, label: FoundLabel) -> bool:
    """The label holds a name, a place or a people ("the German government", "Nokaran authorities")."""
    span = doc.char_span(label.start, label.end, alignment_mode="expand")
    return span is None or any(t.ent_type_ or t.pos_ == "PROPN" for t in span)


def names_an_owner(doc, label: FoundLabel) -> bool:
    """The label names whose government it is: a person, a place or a body ("the Vedrin regime", "the Tesmin
    regime"); a people's or creed's adjective does not ("the Islamist regime")."""
    span = doc.char_span(label.start, label.end, alignment_mode="expand")
    return span is None or any(t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "GPE", "ORG", "LOC", "FAC"} for t in span)


def resolve_loaded_governments(labels: list[FoundLabel], doc) -> None:
    """A loaded word for a government with no name ("the new radical regime", "the junta", "the Islamist regime")
    is the writer's framing of the government the same report names in plain words ("the interim government",
    "the military government"): its entity becomes that plain phrase's entity, the nearest before it, else after
    it. A phrase for a former, local or foreign government is neither resolved nor taken ("the old regime",
    "provincial authorities", "the German government": lexicons/label_government_qualifiers.tsv)."""
    plain = [g for g in labels if government_head(g) and not find_loaded_terms(g.label) and not is_other_government(g)
             and not names_a_place(doc, g)]
    for lb in labels:
        if not government_head(lb) or not find_loaded_terms(lb.label) or is_other_government(lb) \
                or normalize_name(lb.entity) != normalize_name(lb.label) or names_an_owner(doc, lb):
            continue
        best = None
        for g in plain:
            if g is lb or normalize_name(g.entity) == normalize_name(lb.entity):
                continue
            gap = label_gap(lb, g)
            if gap is not None and (best is None or gap < best[0]):
                best = (gap, g)
        if best is not None:
            lb.entity = best[1].entity


def is_state_side(label: str) -> bool:
    """A phrase that puts a group on the state's side (lexicons/label_state_side_words.txt): "a civilian militia
    armed by the state", "state-backed militia"; "non-state armed groups" is not."""
    words = load_words("label_state_side_words.txt")
    for w in re.findall(r"[\w\-]+", label.lower()):
        if w.startswith("non-"):
            continue
        if w in words or any(p in words for p in w.split("-")):
            return True
    return False


_BACKED_BY = re.compile(r"^[^,;.()]{0,40}?\b(?:armed|backed|supported|funded|trained|sponsored|raised|created|set up)"
                        r"\s+by\s+(?:the\s+)?([\w\-]+)", re.I)


def backer_after(text: str, end: int) -> str:
    """Who a phrase says arms or backs the group, written after it ("a militia armed by the state" → "state")."""
    m = _BACKED_BY.match(text[end:end + 80])
    return m.group(1) if m else ""


def is_short_form(short: str, name: str) -> bool:
    """``short`` is ``name`` or its first or last words ("red hand" of "red hand brigade")."""
    a, b = short.split(), name.split()
    return a == b[:len(a)] or a == b[-len(a):]


def is_described_armed_group(label: FoundLabel) -> bool:
    """A lower-case phrase for an armed group by its head noun, no name in it ("armed gangs", "outlaw gangs",
    "the terrorist militias"): the writer's description of a group, not a group of its own."""
    return group_kind(label) == "armed" and not any(c.isupper() for c in label.label[1:]) \
        and not is_state_side(label.label)


def resolve_single_armed_group(labels: list[FoundLabel], found_as: dict[int, str], doc) -> None:
    """Role words and armed epithets still unresolved ("the gunmen", "armed men", "the attackers", "terrorists")
    in a report that names their people as the people of exactly one named group ("fighters of the Popular Valley
    Front", "the Front's gunmen") stand for that group: the report itself ties the perpetrators to it. A group the
    report only describes ("the Front (PVF), an armed group based in the forest": suspected, not said to have done
    it) or puts on the state's side takes nothing."""
    named = {}
    roles = load_role_words()[0]

    def members(g: FoundLabel) -> bool:  # people of the group by the phrase's head: "fighters of X", "X's gunmen",
        span = doc.char_span(g.start, g.end, alignment_mode="expand")  # or its armed units: "the militias of X"
        return span is not None and (span.root.lower_ in roles or group_kind(g) == "armed")

    state_side = {normalize_name(g.entity) for g in labels
                  if is_state_side(g.label) or is_state_side(backer_after(parsed_text(doc), g.end))}
    for g in labels:
        if normalize_name(g.entity) in state_side:
            continue
        owner = g.entity[:1].isupper() and g.entity == found_as.get(id(g), "")  # "fighters of the X", not resolved later
        if owner and normalize_name(g.entity) != normalize_name(g.label) \
                and members(g) and not epithet_kind(g) and group_kind(g) != "force" \
                and not is_armed_phrase(FoundLabel(g.entity, g.entity, 0, 0, "")) \
                and g.label.split()[0].lower() not in FIRST_PERSON:
            named.setdefault(normalize_name(g.entity), g.entity)
    longest = max(named, key=len, default="")
    if not named or any(not is_short_form(key, longest) for key in named):
        return  # none, or two different groups
    entity = named[longest]
    for lb in labels:
        if normalize_name(lb.entity) != normalize_name(lb.label.split(" of ")[0]):
            continue
        if is_role_label(lb) or epithet_kind(lb) == "epithet_armed" or is_described_armed_group(lb):
            lb.entity = entity


CLAIM_OBJECTS = frozenset({"responsibility", "credit"})


def claimant_of(doc, verb, found: list[Found]) -> str | None:
    """The named organisation that claims an attack with ``verb`` ("the Valley Front claimed the attack", "the attack
    was claimed by the Valley Front", "a statement attributed to the Valley Front claiming the bombing")."""
    orgs = [f for f in found if f.named and f.kind == "ORG"]

    def org_at(tok):
        hits = [f for f in orgs if f.tok_start <= tok.i < f.tok_end]
        return max(hits, key=lambda f: f.tok_end - f.tok_start).text if hits else None

    for c in verb.children:
        if c.dep_ == "nsubj":
            return org_at(c)
        if c.dep_ == "agent":
            return next((org_at(g) for g in c.children if g.dep_ == "pobj"), None)
    head = verb.head
    if verb.dep_ == "acl" and org_at(head):  # "... by the Valley Front claiming the attack"
        return org_at(head)
    if verb.dep_ in {"acl", "relcl"} and head.pos_ == "NOUN":  # "a statement attributed to X claiming the attack"
        for c in head.children:
            if c.lower_ in {"attributed", "issued", "posted", "signed"}:
                for p in c.children:
                    if p.dep_ in {"prep", "agent"} and p.lower_ in {"to", "by"}:
                        return next((org_at(g) for g in p.children if g.dep_ == "pobj"), None)
    return None


def find_attack_claimants(doc, found: list[Found]) -> set[str]:
    """The named organisations a report says claimed the attack: the subject of "claim" whose object is the attack
    or responsibility for it (an incident noun of lexicons/incident_nouns.txt)."""
    incidents = load_words("incident_nouns.txt")
    out = set()
    for tok in doc:
        if tok.lemma_.lower() != "claim" or tok.pos_ != "VERB":
            continue
        objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not any(o.lemma_.lower() in CLAIM_OBJECTS | incidents for o in objects):
            continue
        who = claimant_of(doc, tok, found)
        if who:
            out.add(who)
    return out


def resolve_claimed_attack(labels: list[FoundLabel], doc, found: list[Found]) -> None:
    """Role words and armed epithets still unresolved ("the gunmen", "the attackers", "terrorists") in a report that
    names one organisation as claiming the attack ("the Valley Front (VF) claimed responsibility for the attack")
    stand for that organisation. Two claimants, or a claimant the report puts on the state's side, take nothing."""
    claimants = find_attack_claimants(doc, found)
    keys = {normalize_name(c) for c in claimants}
    longest = max(keys, key=len, default="")
    if not keys or any(not is_short_form(k, longest) for k in keys) or is_state_side(longest):
        return
    entity = next(c for c in claimants if normalize_name(c) == longest)
    for lb in labels:
        if normalize_name(lb.entity) != normalize_name(lb.label.split(" of ")[0]):
            continue
        if is_role_label(lb) or epithet_kind(lb) == "epithet_armed" or is_described_armed_group(lb):
            lb.entity = entity


# Verbs by which someone gives a thing a name: "the HFF, which Osk brands a terrorist group"
NAMING_VERBS = frozenset({"call", "list", "brand", "designate", "label", "term", "describe", "consider", "regard",
                          "classify", "dub", "name"})
RELATIVE_WORDS = frozenset({"which", "whom", "that", "who"})


def resolve_naming_clauses(labels: list[FoundLabel], doc, found: list[Found]) -> None:
    """A label inside a relative clause of naming ("the Hill Front (HF), which the state calls a terrorist
    organisation", "..., which Osk lists as a terrorist group") describes the name the clause hangs on."""
    for lb in labels:
        span = doc.char_span(lb.start, lb.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        for _ in range(4):
            if tok.dep_ == "relcl" and tok.lemma_.lower() in NAMING_VERBS \
                    and any(c.lower_ in RELATIVE_WORDS for c in tok.children):
                head = tok.head
                names = [f for f in found if f.named and f.start <= head.idx < f.end]
                if names:
                    lb.entity = names[0].text
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head


@lru_cache(maxsize=1)
def load_movement_words() -> dict[str, frozenset[str]]:
    """lexicons/label_armed_movement_words.tsv by kind: ``member`` ("militants", "insurgents"), ``body``
    ("organisation", "movement") and ``name`` ("front", "liberation") words."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in load_lexicon("label_armed_movement_words.tsv"):
        if len(row) > 1:
            kinds[row[1].strip().lower()].add(row[0].strip().lower())
    return {k: frozenset(v) for k, v in kinds.items()}


def is_movement_name(name: str) -> bool:
    """An organisation's name that marks it as an armed movement ("the Copper Hills Liberation Front", "Harakat
    al-Nur"), not a state's force ("People's Liberation Army": a state-side word, lexicons/label_state_side_words.txt)."""
    words = {w.strip("'’") for w in re.findall(r"[\w'’]+", name.lower())}
    return bool(words & load_movement_words().get("name", frozenset())) and not is_state_side(name)


def same_group_name(a: str, b: str) -> bool:
    """Two forms of one group's name: one is the other's first or last words, or its initials ("CHLF")."""
    a, b = normalize_name(a), normalize_name(b)
    short, long_ = sorted((a, b), key=len)
    initials = "".join(w[0] for w in long_.split() if w not in {"of", "the", "and", "for"})
    return is_short_form(short, long_) or " " not in short and short == initials


def named_movements(doc, labels: list[FoundLabel], found_as: dict[int, str], found: list[Found]) -> list[str]:
    """The armed movements a report names, one name per movement: an organisation whose name marks it as one
    ("the Copper Hills Liberation Front"), or a name the report itself gives an armed phrase ("the Dawn Legion
    (DL), an armed group", "fighters of the Red Hand"). Never a group on the state's side."""
    names = [f.text for f in found if f.named and f.kind in {"ORG", "NORP", "PERSON"} and is_movement_name(f.text)]
    for g in labels:
        entity = found_as.get(id(g), "")
        if entity == g.entity and entity[:1].isupper() and normalize_name(entity) != normalize_name(g.label) \
                and is_armed_phrase(g) and not is_state_side(g.label) and not is_state_side(entity) \
                and g.label.split()[0].lower() not in FIRST_PERSON:
            names.append(entity)
    groups: list[str] = []
    for name in sorted(set(names), key=lambda n: -len(n)):
        if not any(same_group_name(name, g) for g in groups):
            groups.append(name)
    return groups


def is_movement_body(words: list[str]) -> bool:
    """Lower-case words of a phrase for an armed movement as an organisation: a ``body`` head after a ``member``
    modifier ("terrorist organisation", "militant groups", "the jihadist movement")."""
    kinds = load_movement_words()
    return len(words) > 1 and words[-1] in kinds.get("body", frozenset()) \
        and any(w in kinds.get("member", frozenset()) for w in words[:-1])


def is_movement_member_label(doc, lb: FoundLabel) -> bool:
    """A label that names people by the armed movement they belong to and by nothing else: its head is a
    ``member`` word ("the militants", "Islamist rebels", "our mujahideen") or a ``body`` word after one ("a
    terrorist organisation", "the jihadist movement"); no name but a people's or creed's in it, not on the
    state's side."""
    kinds = load_movement_words()
    words = [w for w in re.findall(r"[\w\-]+", lb.label.lower().split(" of ")[0]) if w not in ARTICLES]
    if not words or is_state_side(lb.label):
        return False
    if words[-1] not in kinds.get("member", frozenset()) and not is_movement_body(words):
        return False
    span = doc.char_span(lb.start, lb.end, alignment_mode="expand")
    return span is not None and not any(t.ent_type_ in {"PERSON", "ORG", "GPE", "LOC", "FAC"} for t in span)


def resolve_named_movement(labels: list[FoundLabel], found_as: dict[int, str], doc, found: list[Found]) -> None:
    """Words that name people by the armed movement they belong to ("militants", "the insurgents", "rebels",
    "jihadists", "a terrorist organisation": lexicons/label_armed_movement_words.tsv), still unresolved, in a report
    that names exactly one armed movement, stand for that movement, and so do the labels an earlier step tied to
    them ("the terrorists" to "the terrorist militias"): "the army said it killed a dozen militants"
    in a report on the Copper Hills Liberation Front's war is the Front. Words for the doers of one act ("gunmen",
    "the attackers") are not such words: those may be unknown even where a group is named. Two movements, or none,
    leave the words as written."""
    groups = named_movements(doc, labels, found_as, found)
    if len(groups) != 1:
        return
    taken = set()
    for lb in labels:
        if normalize_name(lb.entity) != normalize_name(lb.label.split(" of ")[0]):
            continue
        if is_movement_member_label(doc, lb):
            taken.add(normalize_name(lb.entity))
            lb.entity = groups[0]
    for lb in labels:  # "the terrorists" an earlier step tied to "the terrorist militias": the movement too
        if normalize_name(lb.entity) in taken:
            lb.entity = groups[0]


_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Z\-]{1,7})\)")


def resolve_short_forms(text: str, labels: list[FoundLabel]) -> None:
    """A one-word group label that repeats the key word of a group phrase the report defines with initials
    ("armed terrorist groups (GAT)" ... "eleven terrorists") is that group: its entity becomes the initials."""
    defined = {}
    for lb in labels:
        m = _ACRONYM_AFTER.match(text[lb.end:lb.end + 12])
        if m and len(lb.label.split()) > 1:
            defined[(lb.start, lb.end)] = (lb.label.lower().split()[:-1], m.group(1))
    for lb in labels:
        words = lb.label.lower().split()
        if len(words) != 1 or normalize_name(lb.entity) != normalize_name(lb.label):
            continue
        stem = words[0].removesuffix("s")
        owners = {initials for modifiers, initials in defined.values() if stem in {w.removesuffix("s") for w in modifiers}}
        if len(owners) == 1:
            lb.entity = owners.pop()


OWNING_WORDS = frozenset({"this", "that", "his", "her", "their", "our", "my", "your"})


def find_owned_government_labels(doc, found: list[Found], taken: list[FoundLabel]) -> list[FoundLabel]:
    """A government named by whose or which it is, not by a name ("This government will rebuild every home", "his
    government", "our administration"): the phrase with its owning word is a label; its entity the phrase without
    it and without adjectives ("government"), which the reconcile step maps to the government the corpus names."""
    out = []
    for tok in doc:
        if load_group_nouns().get(tok.lower_) != "government" or tok.pos_ != "NOUN" or tok.tag_ in {"NNS", "NNPS"}:
            continue
        owner = [c for c in tok.lefts if c.lower_ in OWNING_WORDS and c.dep_ in {"det", "poss"}]
        if not owner or any(f.named and f.tok_start <= tok.i < f.tok_end for f in found):
            continue
        mods = [c for c in tok.lefts if c.i > owner[0].i and c.dep_ in {"amod", "compound"} and c.is_alpha]
        if any(c.i != tok.i - 1 - k for k, c in enumerate(reversed(mods))):
            mods = []  # only the words written right before the noun
        span = doc[owner[0].i:tok.i + 1]
        if len(span) != len(mods) + 2 or any(lb.start < span.end_char and span.start_char < lb.end for lb in taken):
            continue
        nouns = 0
        while nouns < len(mods) and mods[-1 - nouns].dep_ == "compound":
            nouns += 1  # "their transition government": the kind of government, never the writer's verdict on it
        entity = doc[tok.i - nouns:tok.i + 1].text
        out.append(FoundLabel(entity, span.text, span.start_char, span.end_char, tok.sent.text.strip()))
    return out


def find_government_name_labels(doc, found: list[Found]) -> list[FoundLabel]:
    """A government under its formal name ("the Government of the Transition", "Government of the Republic of
    Arvenia"): the name one report chooses where another says "the junta" or "the regime" is itself a framing."""
    out = []
    for f in found:
        words = normalize_name(f.text).split()
        if f.named and f.kind == "ORG" and len(words) >= 3 and words[1] == "of" \
                and load_group_nouns().get(words[0]) == "government":
            out.append(FoundLabel(f.text, f.text, f.start, f.end, doc[f.tok_start].sent.text.strip()))
    return out


def find_event_name_labels(doc, found: list[Found]) -> list[FoundLabel]:
    """The name a report gives a named event ("Severe Cyclonic Storm OSHAN", "Cyclone Oshan"): each outlet's form."""
    return [FoundLabel(f.text, f.text, f.start, f.end, doc[f.tok_start].sent.text.strip()) for f in found
            if f.named and (f.kind == "EVENT" or normalize_name(f.text).split()[-1:] and normalize_name(f.text).split()[-1]
                            in load_event_nouns())]  # "the Lorna Basilica Crowd Incident"


@lru_cache(maxsize=1)
def load_loaded_phrases() -> frozenset[str]:
    """Loaded terms of several words, hyphens and spaces folded: "freedom fighters", "occupation forces"."""
    return frozenset(t.replace("-", " ") for t in load_loaded_terms() if " " in t)


def find_loaded_terms(label: str) -> list[str]:
    """The loaded terms in a label: a word, a part of a hyphenated word, or a phrase ("so-called freedom fighters")."""
    words = [re.sub(r"[’']s$", "", w) for w in re.findall(r"[\w’'\-]+", label.lower())]  # "the dictator's riot squads"
    parts = words + [p for w in words for p in w.split("-")]
    found = [w for w in parts if w in load_loaded_terms()]
    folded = f" {' '.join(w.replace('-', ' ') for w in words)} "
    found += [p for p in load_loaded_phrases() if f" {p} " in folded]
    return found


LITERAL_SENSE = frozenset({"animals", "beasts", "monsters", "vermin", "cockroaches", "resistance", "occupation",
                           "terror", "terrorism", "extremism", "stolen", "legitimate", "heroic", "radical"})


def is_dismissive_plural(chunk, head) -> bool:
    """A body left unnamed on purpose: "certain political parties", "certain non-governmental organisations",
    "certain elements" — "certain" before a plural noun for a group, an organisation or people (a group noun, an
    actor noun, an organisation's descriptor), never a thing ("certain areas", "certain conditions")."""
    if head.tag_ != "NNS" or not any(t.lower_ == "certain" and t.i < head.i and t.dep_ in {"amod", "det"} for t in chunk):
        return False
    lemma = head.lemma_.lower()
    return head.lower_ in load_group_nouns() or (head.lower_,) in load_actor_nouns() \
        or lemma in load_descriptor_heads() or lemma in {"individual", "person", "quarter", "section", "ngo"}


def find_loaded_phrase_labels(doc, found: list[Found], taken: list[FoundLabel]) -> list[FoundLabel]:
    """A noun phrase that names someone with a loaded word ("the profit-hungry monopoly", "bean-counters in the
    Transport Ministry", "the regime's mouthpiece"): its head is the loaded word, or a hyphenated loaded modifier
    qualifies it, or a loaded modifier qualifies a group noun. The entity is a name the phrase holds or ends on
    ("of/in the X"), else the phrase. Words with a plain literal sense ("animals", "resistance") and words for the
    violence itself ("atrocities", "slaughter": the event, not someone) are left out."""
    out = []
    terms = load_loaded_terms()
    groups = load_group_nouns()
    for chunk in doc.noun_chunks:
        head = chunk.root
        if head.pos_ not in NOUN_POS or not head.text[:1].islower():
            continue
        loaded = [t for t in chunk if t.lower_ in terms and t.lower_ not in LITERAL_SENSE and terms[t.lower_] != "violence"]
        start = chunk.start + (chunk[0].lower_ in ARTICLES or chunk[0].pos_ == "PRON" and chunk[0].lower_ not in FIRST_PERSON)
        words = [w for w in re.findall(r"[\w\-]+", doc[start:chunk.end].text.lower())]
        hyphened = [w for w in words if "-" in w and w in terms and terms[w] != "violence"]
        folded = " ".join(re.findall(r"[\w]+", doc[start:head.i + 1].text.lower()))
        phrase = any(f" {folded}".endswith(f" {p}") for p in load_loaded_phrases())  # "a death trap", "errand boys"
        dismissive = is_dismissive_plural(chunk, head)  # "certain political parties"
        movement = is_movement_body([t.lower_ for t in chunk if t.i <= head.i and t.is_alpha])  # "terrorist groups"
        if not (head in loaded or hyphened or phrase or dismissive or movement
                or loaded and (head.lower_ in groups or (head.lower_,) in load_actor_nouns())):
            continue
        if head in loaded and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in terms for c in head.children):
            continue  # a kind of thing ("a sanctions regime"), not a name for someone
        span = extend_hyphen_prefix(doc, doc[start:chunk.end])
        if not len(span) or any(lb.start < span.end_char and span.start_char < lb.end for lb in taken):
            continue
        end, owner = extend_of_name(doc, head, found)
        poss = [f for f in found if f.named and f.tok_end <= head.i and chunk.start <= f.tok_start and
                doc[f.tok_end].tag_ == "POS"]  # "the agency's bureaucrats", "the regime's mouthpiece"
        entity = owner or (poss[0].text if poss else None) or named_inside(found, span.start, span.end)
        span = doc[span.start:max(end, span.end)] if owner else span
        entity = entity or appositive_owner(doc, span, found) or name_before_comma(doc, span, found)
        text = span.text.replace("\n", " ")
        out.append(FoundLabel(entity or text, text, span.start_char, span.end_char, head.sent.text.strip()))
    return out


def find_markers(text: str, label: FoundLabel, quotes: list[tuple[int, int]]) -> set[str]:
    markers = set()
    before = text[max(0, label.start - 20):label.start].lower().rstrip(" " + "".join(QUOTE_MARKS))  # 'so-called "accident"'
    if any(s in label.label.lower() or before.rstrip().endswith(s) for s in SO_CALLED):
        markers.add("so_called")
    if find_loaded_terms(label.label):
        markers.add("loaded_term")
    for q_start, q_end in quotes:
        inside = label.start <= q_start - 1 and q_end + 1 <= label.end and len(text[q_start:q_end].split()) <= 4
        if inside:  # a quoted word inside the label: 'so-called “General” Loran'
            markers.add("scare_quotes")
        if q_start <= label.start and label.end <= q_end:
            markers.add("in_quote")
            inner = text[q_start:q_end].strip()
            if len(inner.split()) <= 6 and (label.label in inner or inner in text[label.start:label.end]):
                markers.add("scare_quotes")
    return markers


# ---------------------------------------------------------------- build

_LINE_MARKS = re.compile(r"^[\s|•·*▪►▸]+|[\s|•·*▪►▸]+$")


def strip_marks(text: str) -> str:
    """The text without the table rules and bullets a line of a page may start or end with ("| armed men", "• UNICEF")."""
    return _LINE_MARKS.sub("", text or "")


_PAIRED_MARKS = "“”\"«»"
_QUOTE_REST = re.compile(r"^[^“”\"«»\n.;:!?()]{0,60}?[”\"»]")


def close_cut_quote(text: str, label: FoundLabel) -> None:
    """A label cut inside the quoted phrase it opens ('so-called "king', 'foreign-funded "rights watchdogs')
    runs on to the closing mark; an entity that was the cut phrase becomes the whole one without its marks."""
    if sum(label.label.count(c) for c in _PAIRED_MARKS) % 2 == 0 or label.label[:1] in _PAIRED_MARKS:
        return
    m = _QUOTE_REST.match(text[label.end:])
    if not m:
        return
    cut = label.label
    label.label = cut + text[label.end:label.end + m.end()]
    label.end += m.end()
    if normalize_name(label.entity) == normalize_name(cut):
        inner = _DISTANCING.sub("", label.label)
        label.entity = strip_article("".join(c for c in inner if c not in _PAIRED_MARKS).strip()) or label.entity


def build_labels(ctx: DocContext, found: list[FoundLabel]) -> list[Label]:
    grouped: dict[tuple[str, str], Label] = {}
    surfaces: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for f in found:
        label = strip_marks(f.label).strip(" ,;:")
        f.entity = strip_marks(f.entity) or f.entity
        if not label:
            continue
        key = (normalize_name(f.entity), normalize_name(label))
        row = grouped.get(key)
        if row is None:
            row = grouped[key] = Label(
                id=record_id(ctx.document_id, "label", *key), document_id=ctx.document_id, document=ctx.path,
                outlet=ctx.outlet, entity=f.entity, label=label, count=0)
        surfaces[key][label] += 1
        row.label = max(surfaces[key], key=lambda s: (surfaces[key][s], s[:1].islower()))
        row.count += 1
        row.markers = sorted(set(row.markers) | f.markers)
        if f.sentence not in row.sentences:
            row.sentences.append(f.sentence)
    return list(grouped.values())


_DANGLING = frozenset({"of", "at", "to", "for", "in", "on", "with", "by", "from", "and", "or", "the", "a", "an"})
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "january", "february", "march", "april", "june", "july", "august", "september",
                       "october", "november", "december", "yesterday", "today"})


_ORDINAL = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                      r"\d+(?:st|nd|rd|th)|last|latest|next)$", re.I)


def is_furniture_line(text: str, label: FoundLabel) -> bool:
    """A one-word label standing on a short line of its own: a section header ("FORCES"), a masthead slogan
    ("Independent. Fearless. Ours."), a menu."""
    if len(label.label.split()) != 1:
        return False
    line_start = text.rfind("\n", 0, label.start) + 1
    line_end = text.find("\n", label.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    words = re.findall(r"[\w'’-]+", line)
    return len(words) <= 4 and all(w[:1].isupper() or w.isdigit() for w in words)


def is_noise_label(text: str) -> bool:
    """A span that is no way of naming an actor: it ends on a word that needs more
    ("father of", "treatment at"), opens with a day ("Thursday Labour Minister": a
    date run into a title), is an abbreviation alone ("Hon."), or holds a word of
    page furniture ("Photo", "our free daily newsletter": ``label_noise_words.txt``)."""
    words = re.findall(r"[\w'\u2019.-]+", text or "")
    if not words:
        return True
    low = [w.lower().strip(".") for w in words]
    if low[-1] in _DANGLING or low[0] in _CALENDAR:
        return True
    if len(low) == 2 and _ORDINAL.match(low[0]):
        return True  # "third victim", "the latest victims": a count in passing, not a way of naming someone
    if len(words) == 1 and words[0].endswith(".") and len(words[0]) <= 5:
        return True
    return bool(set(low) & load_words("label_noise_words.txt"))


def extract_labels(doc, ctx: DocContext, mentions: list[Mention]) -> list[Label]:
    """The descriptive labels one document uses for its entities, with framing markers."""
    found = convert_to_found(doc, mentions)
    quotes = find_quote_spans(parsed_text(doc))
    named = find_quoted_labels(doc, found, quotes)
    others = find_group_labels(doc, found) + find_linked_labels(doc, found) + find_name_labels(doc, found)
    # the quoted word as its own group ("“terrorists”") gives way to what the naming verb says it names
    others = [lb for lb in others if not any(
        n.start <= lb.start and lb.end <= n.end and lb.entity == lb.label  # "“terrorists”" as a group of its own
        or lb.start < n.end and n.start < lb.end and any(c in lb.label for c in QUOTE_MARKS)  # "marchers “hooligans"
        for n in named)]
    labels = named + others
    labels += [lb for lb in find_so_called_labels(doc, found) if not any(
        o.start == lb.start or o.start <= lb.start < o.end and "so_called" in find_markers(parsed_text(doc), o, quotes)
        for o in labels)]
    labels += find_bare_title_labels(doc, found, labels) + find_event_name_labels(doc, found)
    labels += find_bare_appositive_labels(doc, found, labels)
    labels += find_apposed_body_labels(doc, found, labels)
    labels += find_body_labels_before(doc, found, labels)
    labels += find_role_labels(doc, found, labels)
    labels += [lb for lb in find_government_name_labels(doc, found) if not any(o.start == lb.start for o in labels)]
    labels += find_owned_government_labels(doc, found, labels)
    labels += find_actor_labels(doc, found, labels, epithets=EPITHET_LABELS)
    labels += find_loaded_phrase_labels(doc, found, labels)
    labels += [take_holder_entity(lb, labels) for lb in find_scare_quote_labels(doc, found, quotes)
               if not any(o.start == lb.start and o.end == lb.end for o in labels)]
    labels = cut_at_named_quotes(parsed_text(doc), labels, named)
    found_as = {id(lb): lb.entity for lb in labels}  # each label's entity as its own words give it
    resolve_short_forms(parsed_text(doc), labels)
    resolve_role_words(labels, doc)
    resolve_epithets(labels, doc)
    resolve_single_perpetrator(labels, doc, found)
    resolve_single_armed_group(labels, found_as, doc)
    resolve_claimed_attack(labels, doc, found)
    resolve_named_movement(labels, found_as, doc, found)
    resolve_naming_clauses(labels, doc, found)
    resolve_loaded_governments(labels, doc)
    labels = [lb for lb in labels if not is_noise_label(lb.label) and not is_furniture_line(parsed_text(doc), lb)]
    for lb in labels:
        close_cut_quote(parsed_text(doc), lb)
    seen, unique = set(), []
    for label in labels:
        if (label.start, label.end, label.entity) in seen:
            continue
        seen.add((label.start, label.end, label.entity))
        label.markers = find_markers(parsed_text(doc), label, quotes)
        unique.append(label)
    return build_labels(ctx, unique)


__all__ = ["extract_labels", "find_actor_labels", "find_quote_spans", "load_actor_nouns", "load_loaded_terms",
           "resolve_epithets"]
