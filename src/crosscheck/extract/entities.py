"""Named and described entities in one document, and in-document alias evidence.

``extract_mentions(doc, ctx)`` returns the document's mentions (people,
organisations, places, peoples and descriptive group phrases such as
"security forces" or "pro-government fighters") and the alias links the text
itself states: an acronym definition, a name variant (surname alone, al-/Al-
and case variants), a title in front of a name, an appositive, and a
descriptor ("the Observatory", "the monitor") resolved to an organisation named
earlier in the document. Find steps return plain spans; the build step turns
them into records.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import load_lexicon, load_words
from ..records import AliasLink, Mention, record_id
from .acronyms import find_acronym_definitions
from .context import DocContext

NAME_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
ARTICLES = frozenset({"the", "a", "an"})
GROUP_KIND = {"force": "ORG", "government": "ORG", "armed": "NORP", "community": "NORP"}
LOYALTY_WORDS = frozenset({"loyal", "allied", "linked", "affiliated"})
_CAPS = re.compile(r"^[A-Z]{2,6}$")
VAGUE_DETERMINERS = frozenset({"other", "various", "many", "some", "several", "both", "all", "such", "these", "those",
                               "any", "each", "most", "no", "few", "numerous", "his", "her", "its", "their", "our", "my", "your"})
_POSSESSIVE = re.compile(r"[’']s$", re.I)
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


@dataclass(slots=True)
class Link:
    alias: str
    target: str
    evidence: str
    sentence: str
    kind: str | None = None


# ---------------------------------------------------------------- lexicons

@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    words = set(load_words("entity_titles.txt"))
    try:
        words |= load_words("titles.txt")
    except FileNotFoundError:
        pass
    return frozenset(words)


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in load_lexicon("entity_group_nouns.tsv")}


@lru_cache(maxsize=1)
def descriptor_heads() -> dict[str, tuple[str, ...]]:
    return {row[0].lower(): tuple(w.strip() for w in row[1].split(",")) for row in load_lexicon("descriptor_heads.tsv")}


# ---------------------------------------------------------------- names

def normalize_name(text: str) -> str:
    """Comparison key of a name: case, apostrophes, "the", possessive, al-/Al-, dots and hyphens folded."""
    s = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'").replace("\u2018", "'")
    s = s.strip().lower()
    s = re.sub(r"^(the|a|an)\s+", "", s)
    s = _POSSESSIVE.sub("", s)
    s = _ARABIC_PREFIX.sub("", s)
    s = s.replace(".", "").replace("-", " ")
    s = re.sub(r"[^\w\s']", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def strip_article(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)


def last_word(text: str) -> str:
    words = normalize_name(text).split()
    return words[-1] if words else ""


# ---------------------------------------------------------------- spans

def trim_span(span):
    """Drop leading articles and trailing possessives or punctuation from a spaCy span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ARTICLES or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in {"'s", "’s"} or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def make_found(span, kind: str, named: bool = True) -> Found:
    return Found(span.text, kind, span.start_char, span.end_char, span.start, span.end, named)


def sentence_of(doc, token_i: int) -> str:
    return doc[token_i].sent.text.strip()


def overlaps(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


# ---------------------------------------------------------------- find: mentions

def find_named_mentions(doc) -> list[Found]:
    """spaCy entities of the name kinds, trimmed; at least one capital letter."""
    out = []
    for ent in doc.ents:
        kind = ent.label_
        if kind not in NAME_KINDS:
            # the small model sometimes calls "the X Observatory" a LAW or PRODUCT
            if ent[-1].lower_ not in descriptor_heads() or not ent[-1].text[:1].isupper():
                continue
            kind = "ORG"
        span = trim_span(ent)
        if span is None or not any(c.isupper() for c in span.text):
            continue
        out.append(make_found(span, kind))
    return out


def find_acronym_mentions(doc, definitions: dict[str, str]) -> list[Found]:
    """Every occurrence of a defined long form and of its acronym."""
    out = []
    for acronym, long_form in definitions.items():
        for pattern in (re.escape(long_form), rf"(?<![\w.]){re.escape(acronym)}(?![\w])"):
            for m in re.finditer(pattern, doc.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    out.append(Found(m.group(0), "ORG", m.start(), m.end(), span.start, span.end))
    return out


def expand_group_phrase(chunk):
    """Extend a group noun chunk over "of ..." / "loyal to ..." / "in <place>" on its right."""
    root, end = chunk.root, chunk.end
    category = group_nouns().get(root.lower_) or group_nouns().get(root.lemma_.lower()) or "armed"
    for child in root.rights:
        if child.i < end:
            continue
        takes = (
            (child.dep_ == "prep" and child.lower_ == "of" and category == "armed")
            or (child.dep_ == "prep" and child.lower_ == "in" and category == "government" and child.right_edge.ent_type_ == "GPE")
            or (child.dep_ in {"amod", "acl", "advmod"} and child.lower_ in LOYALTY_WORDS)
        )
        if takes and child.right_edge.i - chunk.start < 14:
            end = child.right_edge.i + 1
        break
    doc = chunk.doc
    for i in range(chunk.end, end):  # stop at a coordination: "remnants of X and their backers"
        if doc[i].dep_ == "cc" or doc[i].text in {",", ";", "(", "\u2013", "\u2014"}:
            end = i
            break
    return doc[chunk.start:end]


def find_group_mentions(doc) -> list[Found]:
    """Descriptive noun phrases whose head names a group, force, government or community."""
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        cuts = [t.i for t in chunk if t.i < root.i and (t.dep_ == "cc" or t.text in {",", ";"})]
        if cuts:
            chunk = doc[max(cuts) + 1:chunk.end]
        category = group_nouns().get(root.lower_) or group_nouns().get(root.lemma_.lower())
        if not category and any(c.lower_ in LOYALTY_WORDS for c in root.rights):
            category = "armed"
        if not category or root.pos_ == "PRON":
            continue
        if category == "community" and not any(t.ent_type_ in NAME_KINDS or t.pos_ == "PROPN" for t in chunk if t.i != root.i):
            continue
        if chunk[0].lower_ in VAGUE_DETERMINERS or chunk[0].tag_ == "PRP$":
            continue
        span = trim_span(expand_group_phrase(chunk))
        while span is not None and (span[0].like_num or span[0].lower_ in VAGUE_DETERMINERS or span[0].pos_ in {"ADV", "ADP", "NUM"}):
            span = trim_span(span[1:]) if len(span) > 1 else None
        if span is None or span.text.lower() in {"people", "elements", "majority", "community"}:
            continue
        out.append(make_found(span, GROUP_KIND[category], named=False))
    return out + find_group_possessors(doc)


def find_group_possessors(doc) -> list[Found]:
    """A group phrase used as a possessor: "the X-led administration's ministry"."""
    out = []
    for token in doc:
        category = group_nouns().get(token.lower_)
        if token.dep_ == "poss" and category and token.left_edge.i < token.i:
            cuts = [t.i for t in doc[token.left_edge.i:token.i] if t.dep_ == "cc" or t.text in {",", ";"}]
            span = trim_span(doc[(max(cuts) + 1 if cuts else token.left_edge.i):token.i + 1])
            if span is not None and span[0].lower_ not in VAGUE_DETERMINERS:
                out.append(make_found(span, GROUP_KIND[category], named=False))
    return out


def find_capitalised_acronyms(doc, taken: list[Found]) -> list[Found]:
    """All-capital words ("SANA", "UNHCR") the entity recogniser missed: organisations."""
    out = []
    for token in doc:
        if _CAPS.match(token.text) and token.ent_type_ not in NAME_KINDS and not token.sent.text.isupper():
            f = make_found(doc[token.i:token.i + 1], "ORG")
            if not any(overlaps(f, t) for t in taken):
                out.append(f)
    return out


def find_bare_surnames(doc, taken: list[Found]) -> list[Found]:
    """A surname the recogniser missed ("Hipper said") when the document names the full person."""
    surnames = {}
    for f in taken:
        words = f.text.split()
        if f.kind == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            surnames.setdefault(words[-1], f)
    out = []
    for token in doc:
        if token.text in surnames and not token.ent_type_ in NAME_KINDS:
            found = make_found(doc[token.i:token.i + 1], "PERSON")
            if not any(overlaps(found, t) for t in taken + out):
                out.append(found)
    return out


def extend_over_long_form(doc, group: Found, long_forms: list[Found]) -> Found:
    """A group phrase that starts inside a defined long form starts with it: "X-led (XL) administration"."""
    for f in long_forms:
        if f.start < group.start < f.end:
            span = doc[f.tok_start:group.tok_end]
            return make_found(span, group.kind, named=False)
    return group


def find_mentions(doc, definitions: dict[str, str]) -> list[Found]:
    """All mentions; NER pieces inside an acronym's long form give way to the long form."""
    acronym_found = find_acronym_mentions(doc, definitions)
    named = [f for f in find_named_mentions(doc) if not any(overlaps(f, a) for a in acronym_found)]
    named += find_capitalised_acronyms(doc, named + acronym_found)
    named += find_bare_surnames(doc, named)
    groups = [extend_over_long_form(doc, g, acronym_found) for g in find_group_mentions(doc)]
    found = {(f.start, f.end): f for f in named + acronym_found + groups}
    return sorted(found.values(), key=lambda f: (f.start, f.end))


# ---------------------------------------------------------------- find: alias evidence

def find_definitions(text: str) -> dict[str, str]:
    """Acronyms defined in the text, long forms without a leading article ("The X (X)")."""
    return {acr: strip_article(long) for acr, long in find_acronym_definitions(text).items()}


def find_acronym_links(doc, definitions: dict[str, str]) -> list[Link]:
    out = []
    for acronym, long_form in definitions.items():
        m = re.search(rf"\({re.escape(acronym)}\)", doc.text)
        sentence = sentence_of(doc, doc.char_span(m.start(), m.end(), alignment_mode="expand").start) if m else ""
        out.append(Link(acronym, long_form, "acronym", sentence, "ORG"))
    return out


def find_name_variant_links(doc, mentions: list[Found]) -> list[Link]:
    """A surname (or al-/Al-/case variant) used alone, tied to the document's one full name ending in it."""
    full_names: dict[str, set[str]] = {}
    for f in mentions:
        if f.named and f.kind == "PERSON" and len(normalize_name(f.text).split()) >= 2:
            full_names.setdefault(last_word(f.text), set()).add(f.text)
    out, seen = [], set()
    for f in mentions:
        words = normalize_name(f.text).split()
        if not f.named or len(words) != 1 or not f.text[:1].isalpha():
            continue
        targets = full_names.get(words[0], set())
        if len(targets) != 1:
            continue
        target = next(iter(targets))
        if (f.text, target) not in seen:
            seen.add((f.text, target))
            out.append(Link(f.text, target, "name_variant", sentence_of(doc, f.tok_start), "PERSON"))
    return out


def is_title_phrase(span, heads: frozenset[str]) -> bool:
    return (
        0 < len(span) <= 9
        and any(t.lower_ in heads or t.lemma_.lower() in heads for t in span)
        and not any(t.pos_ in {"VERB", "AUX", "PRON"} or t.lower_ in {",", ";", "and", "or"} for t in span)
    )


def title_phrase_before(doc, tok_start: int, heads: frozenset[str]):
    """The run of words right before a name that ends in a title word: "Syria's interim President"."""
    def is_head(t) -> bool:
        return t.lower_ in heads or t.lemma_.lower() in heads

    i = tok_start - 1
    if i >= 2 and doc[i].pos_ == "PROPN" and doc[i - 1].lower_ == "of" and is_head(doc[i - 2]):
        i -= 2  # "Secretary of State X"
    if i < 0 or not is_head(doc[i]):
        return None
    while i > 0:
        t = doc[i - 1]
        joins = t.lower_ in {"of", "in"} and doc[i].pos_ == "PROPN"
        if "\n" in t.text or t.is_sent_end or not (t.pos_ in {"ADJ", "NOUN", "PROPN", "PART", "X"} or t.text == "-" or joins):
            break
        if t.lower_ in ARTICLES or t.pos_ == "PART" and t.tag_ != "POS":
            break
        i -= 1
    while i < tok_start and (doc[i].lower_ in {"of", "in"} or doc[i].text == "-" or doc[i].tag_ == "POS"):
        i += 1
    span = doc[i:tok_start]
    return span if is_title_phrase(span, heads) else None


def find_title_links(doc, mentions: list[Found]) -> list[Link]:
    """A title written directly in front of a name: "interim President Ahmed X", "state news agency SANA"."""
    out = []
    for f in mentions:
        if not f.named or f.kind not in {"PERSON", "ORG"}:
            continue
        heads = title_words() if f.kind == "PERSON" else frozenset(descriptor_heads())
        left = title_phrase_before(doc, f.tok_start, heads)
        if left is None:
            continue
        sentence = sentence_of(doc, f.tok_start)
        out.append(Link(left.text, f.text, "title", sentence, f.kind))
        bare = doc[left.start + 2:left.end] if len(left) > 2 and left[1].tag_ == "POS" else left
        out.append(Link(f"{bare.text} {f.text}", f.text, "title", sentence, f.kind))
    return out


def appositive_phrase(doc, f: Found):
    """The appositive attached to a mention, either side, as a span."""
    root = doc[f.tok_start:f.tok_end].root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= f.tok_end:
            return doc[child.left_edge.i:child.right_edge.i + 1]
    if root.dep_ == "appos" and root.head.i < f.tok_start:
        head = root.head
        return doc[head.left_edge.i:max(head.i + 1, min(root.left_edge.i, f.tok_start))]
    return None


def is_descriptive(span, mentions: list[Found]) -> bool:
    if span is None or not 0 < len(span) <= 12 or span.root.pos_ != "NOUN":
        return False
    if any(c in span.text for c in "\n()[]:"):
        return False
    return not any(f.named and f.kind == "PERSON" and span.start <= f.tok_start < span.end for f in mentions)


def find_appositive_links(doc, mentions: list[Found]) -> list[Link]:
    """"X, the European Commission spokesperson" / "Syria's de-facto leader, X"."""
    out = []
    for f in mentions:
        if not f.named or f.kind not in {"PERSON", "ORG", "NORP"}:
            continue
        span = appositive_phrase(doc, f)
        span = trim_span(span) if span is not None else None
        if span is not None and span.start and doc[span.start - 1].lower_ in ARTICLES:
            span = doc[span.start - 1:span.end]
        if not is_descriptive(span, mentions):
            continue
        if f.kind != "PERSON" and span.root.lower_ in title_words():
            continue  # a person's title does not describe an organisation
        out.append(Link(span.text, f.text, "appositive", sentence_of(doc, f.tok_start), f.kind))
    return out


def descriptor_head(span) -> str | None:
    heads = descriptor_heads()
    for token in [span.root] + [t for t in span if t.dep_ == "compound"]:
        if token.lower_ in heads:
            return token.lower_
    return None


def find_descriptor_candidates(doc, mentions: list[Found]) -> list:
    """Definite noun phrases ("the Observatory", "the Britain-based monitor group") headed by a descriptor noun."""
    out = []
    for chunk in doc.noun_chunks:
        if chunk[0].lower_ != "the" or descriptor_head(chunk) is None:
            continue
        if any(f.named and f.kind in {"ORG", "PERSON"} and overlaps(f, make_found(chunk, "")) and f.text.lower() != chunk.root.lower_ for f in mentions):
            continue
        out.append(chunk)
    for f in mentions:
        if f.named and len(f.text.split()) == 1 and f.text.lower() in descriptor_heads():
            out.append(doc[f.tok_start:f.tok_end])
    return out


def resolve_descriptor(span, mentions: list[Found]) -> Found | None:
    """The most recent organisation named before ``span`` whose name contains a word the descriptor allows."""
    allowed = set(descriptor_heads()[descriptor_head(span)])
    for f in sorted(mentions, key=lambda m: -m.start):
        if f.end > span.start_char or not f.named or f.kind in {"PERSON", "NORP"}:
            continue
        words = set(f.text.lower().replace("-", " ").split())
        if len(words) > 1 and words & allowed:
            return f
    return None


def find_descriptor_links(doc, mentions: list[Found]) -> list[Link]:
    out = []
    for span in find_descriptor_candidates(doc, mentions):
        target = resolve_descriptor(span, mentions)
        if target is not None:
            out.append(Link(strip_article(span.text), target.text, "descriptor", sentence_of(doc, span.start), target.kind))
    return out


def find_links(doc, mentions: list[Found], definitions: dict[str, str]) -> list[Link]:
    return (
        find_acronym_links(doc, definitions)
        + find_name_variant_links(doc, mentions)
        + find_title_links(doc, mentions)
        + find_appositive_links(doc, mentions)
        + find_descriptor_links(doc, mentions)
    )


# ---------------------------------------------------------------- build

def build_mentions(doc, ctx: DocContext, found: list[Found]) -> list[Mention]:
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    return [
        Mention(
            id=record_id(ctx.document_id, "mention", f.start, f.end, f.text),
            document_id=ctx.document_id,
            document=ctx.path,
            text=f.text,
            kind=f.kind,
            char_start=f.start,
            char_end=f.end,
            sentence_idx=sent_index.get(doc[f.tok_start].sent.start),
        )
        for f in found
    ]


def build_links(ctx: DocContext, links: list[Link]) -> list[AliasLink]:
    out, seen = [], set()
    for link in links:
        key = (link.alias, link.target, link.evidence)
        if key in seen or normalize_name(link.alias) == normalize_name(link.target) and link.evidence != "name_variant":
            continue
        seen.add(key)
        out.append(AliasLink(
            id=record_id(ctx.document_id, "alias", *key),
            document_id=ctx.document_id,
            document=ctx.path,
            alias=link.alias,
            target=link.target,
            evidence=link.evidence,
            sentence=link.sentence,
            kind=link.kind,
        ))
    return out


def extract_mentions(doc, ctx: DocContext) -> tuple[list[Mention], list[AliasLink]]:
    """Mentions of entities in one parsed document and the alias evidence it states."""
    definitions = find_definitions(doc.text)
    found = find_mentions(doc, definitions)
    links = find_links(doc, found, definitions)
    return build_mentions(doc, ctx, found), build_links(ctx, links)
