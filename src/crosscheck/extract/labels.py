"""Framing: the descriptive labels one document uses for each entity.

``extract_labels(doc, ctx, mentions)`` collects, per document, how entities
are described: descriptive group phrases ("VLF-led administration", "the new
hardline council", "pro-government fighters"), titles and appositives attached
to names ("acting Governor", "the former mayor"), descriptors resolved to an
organisation ("the Geneva-based monitor group"), modifiers on a name
("so-called X", "U.K.-based X") and location clauses ("X, which is based in
London" → "based in London"). Each label carries markers:

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

from ..lexicons import load_mapping, load_words
from ..records import Label, Mention, record_id
from .context import DocContext
from .alias_evidence import find_appositive_links, find_descriptor_links, find_government_links, find_title_links
from .entity_names import ARTICLES, Found, load_event_nouns, load_group_nouns, load_title_words, normalize_name, strip_article

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


def find_group_labels(doc, found: list[Found]) -> list[FoundLabel]:
    governments = {(link.alias, link.sentence): link.target for link in find_government_links(doc, found)}
    out = []
    for f in found:
        if f.named:
            continue
        span = drop_place_possessor(doc[f.tok_start:f.tok_end])
        sentence = doc[f.tok_start].sent.text.strip()
        entity = find_group_owner(doc, span, found) or governments.get((f.text, sentence)) or f.text
        out.append(FoundLabel(entity, span.text, span.start_char, span.end_char, sentence))
    return out


def find_group_owner(doc, span, found: list[Found]) -> str | None:
    """The named body a group phrase belongs to: "terrorists of the so-called “Popular Front”" → "Popular Front"."""
    ofs = [t for t in span if t.lower_ == "of" and t.head.i == span.root.i]
    if not ofs:
        return None
    for f in found:
        if f.named and f.kind in {"ORG", "NORP"} and ofs[0].i < f.tok_start < span.end + 2 and f.tok_start - ofs[0].i <= 8:
            return f.text
    return None


def find_linked_labels(doc, found: list[Found]) -> list[FoundLabel]:
    """Titles, appositives and multi-word descriptors: the label is the description, the entity its target."""
    links = find_title_links(doc, found, bare_ranks=True) + find_appositive_links(doc, found) + find_descriptor_links(doc, found)
    out = []
    for link in links:
        if link.evidence == "title" and link.alias.endswith(link.target):
            continue  # the "title + name" variant
        if link.evidence == "descriptor" and len(link.alias.split()) < 2:
            continue
        start = doc.text.find(link.alias, max(0, doc.text.find(link.sentence)))
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
        if not (t.lower_ in SO_CALLED or hyphen_part or quote or (t.pos_ in MODIFIER_POS and t.dep_ in MODIFIER_DEPS)):
            break
        i -= 1
    while i < f.tok_start and doc[i].text in QUOTE_MARKS:
        i += 1
    span = doc[i:f.tok_start]
    distanced = any(t.lower_ in SO_CALLED or t.lower_ in {"so", "called", "self", "styled", "proclaimed"} for t in span)
    if not len(span) or span[-1].text == "-" or any(t.lower_ in load_title_words() for t in span) and not distanced:
        return None
    if not any(t.pos_ in {"ADJ", "VERB"} or t.text == "-" or t.lower_ in SO_CALLED for t in span):
        return None
    return span


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
            if doc.text[mods.start_char:f.start].rstrip()[-1:] in QUOTE_MARKS and doc.text[end:end + 1] in QUOTE_MARKS:
                end += 1  # the closing mark of a quoted name: 'so-called “Popular Front”'
            text = doc.text[mods.start_char:end].replace("- ", "-").replace("\n", " ")
            out.append(FoundLabel(f.text, text, mods.start_char, end, sentence))
        m = _BASED_IN.match(doc.text[f.end:f.end + 120])
        if m:
            place = m.group(1)
            if place.endswith(".") and "." not in place.split()[-1][:-1]:
                place = place[:-1]  # the full stop, not an abbreviation ("U.K.")
            start = f.end + m.start(1)
            out.append(FoundLabel(f.text, place, start, start + len(place), sentence))
    return out


PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me", "you", "this", "that", "these", "those", "which", "who",
                      "whom", "what", "themselves", "itself", "himself", "herself"})
NAMING_GAP = 8  # tokens between the naming verb and the opening quotation mark


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
        inner = doc.text[q_start:q_end].strip(" ,.;:")
        if not inner or len(inner.split()) > 4 or not inner[:1].isalpha() or inner.split()[0].lower() in ARTICLES:
            continue  # "a cheap fabrication" describes a claim, not who or what is named
        span = doc.char_span(q_start, q_end, alignment_mode="expand")
        if span is None:
            continue
        q_tok = span.start - 1 if span.start and doc[span.start - 1].text in QUOTE_MARKS else span.start
        sent = span.sent
        naming = [t for t in doc[max(sent.start, q_tok - NAMING_GAP):q_tok] if t.lemma_.lower() in verbs and t.pos_ == "VERB"]
        if not naming:
            continue
        target = find_quoted_label_target(doc, naming[-1], q_tok, found)
        if not target or normalize_name(target) == normalize_name(inner):
            continue
        open_mark = doc.text.rfind(doc[q_tok].text, 0, q_start + 1) if doc[q_tok].text in QUOTE_MARKS else q_start
        out.append(FoundLabel(target, inner, open_mark, q_end + 1, sent.text.strip()))
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
        span = chunk[1:]
        if any(lb.start < span.end_char and span.start_char < lb.end for lb in taken):
            continue
        out.append(FoundLabel(span.text, span.text, span.start_char, span.end_char, root.sent.text.strip()))
    return out


@lru_cache(maxsize=1)
def load_actor_nouns() -> dict[tuple[str, ...], str]:
    """Words for people acting as a group that no entity mention carries (lexicons/label_actor_nouns.tsv):
    ``("armed", "men") → "group"``, ``("enemy",) → "epithet"``."""
    return {tuple(k.split()): v for k, v in load_mapping("label_actor_nouns.tsv").items()}


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
        if tuple(t.lower_ for t in doc[tok.i - n + 1:tok.i + 1]) == words:
            return tok.i - n + 1, kind
    return None


def extend_actor_phrase(doc, start: int, head) -> tuple[int, int]:
    """The phrase around an actor noun: its modifiers written before it ("Norland armed formations", "our
    defenders", "Marlandian propagandists") and a place after "of" ("defenders of Tilbury")."""
    i = start
    while i > head.sent.start:
        t = doc[i - 1]
        if t.is_punct or t.lower_ in ARTICLES or t.is_sent_end or "\n" in t.text_with_ws:
            break
        if t.dep_ not in {"amod", "compound", "nmod", "poss", "npadvmod"} or not (t.head.i >= start and t.head.i <= head.i):
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
        span = doc[start:end]
        if any(f.named and f.tok_start <= tok.i < f.tok_end for f in found):
            continue  # a word inside a name
        if any(lb.start < span.end_char and span.start_char < lb.end for lb in taken):
            continue  # already a label (a group mention)
        text = re.sub(r"^(?:their|his|her|its|the|a|an)\s+", "", span.text.replace("\n", " "), flags=re.I)
        entity = " ".join(w for w in text.split() if w.lower() not in FIRST_PERSON) or text
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
    return "armed" if load_actor_nouns().get((head,)) == "group" else None


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
        if not kind or normalize_name(lb.entity) != normalize_name(lb.label.split(" of ")[0]):
            continue
        epithets.append(lb)
        best = None
        for g, gkind in groups:
            if kind == "epithet_armed" and gkind != "armed" or normalize_name(g.entity) == normalize_name(lb.entity):
                continue
            if doc is not None and is_acting_on(doc, g, lb):
                continue
            gap = lb.start - g.end if g.end <= lb.start else 2 * (g.start - lb.end) if g.start >= lb.end else None
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

def build_labels(ctx: DocContext, found: list[FoundLabel]) -> list[Label]:
    grouped: dict[tuple[str, str], Label] = {}
    surfaces: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for f in found:
        label = f.label.strip(" ,;:")
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
    if len(words) == 1 and words[0].endswith(".") and len(words[0]) <= 5:
        return True
    return bool(set(low) & load_words("label_noise_words.txt"))


def extract_labels(doc, ctx: DocContext, mentions: list[Mention]) -> list[Label]:
    """The descriptive labels one document uses for its entities, with framing markers."""
    found = convert_to_found(doc, mentions)
    quotes = find_quote_spans(doc.text)
    named = find_quoted_labels(doc, found, quotes)
    others = find_group_labels(doc, found) + find_linked_labels(doc, found) + find_name_labels(doc, found)
    # the quoted word as its own group ("“terrorists”") gives way to what the naming verb says it names
    others = [lb for lb in others if not any(
        n.start <= lb.start and lb.end <= n.end and lb.entity == lb.label  # "“terrorists”" as a group of its own
        or lb.start < n.end and n.start < lb.end and any(c in lb.label for c in QUOTE_MARKS)  # "marchers “hooligans"
        for n in named)]
    labels = named + others
    labels += find_bare_title_labels(doc, found, labels) + find_event_name_labels(doc, found)
    labels += find_actor_labels(doc, found, labels, epithets=EPITHET_LABELS)
    resolve_short_forms(doc.text, labels)
    resolve_epithets(labels, doc)
    labels = [lb for lb in labels if not is_noise_label(lb.label)]
    seen, unique = set(), []
    for label in labels:
        if (label.start, label.end, label.entity) in seen:
            continue
        seen.add((label.start, label.end, label.entity))
        label.markers = find_markers(doc.text, label, quotes)
        unique.append(label)
    return build_labels(ctx, unique)


__all__ = ["extract_labels", "find_actor_labels", "find_quote_spans", "load_actor_nouns", "load_loaded_terms",
           "resolve_epithets"]
