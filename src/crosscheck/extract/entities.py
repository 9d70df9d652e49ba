"""Named and described entities in one document, and in-document alias evidence.

``extract_mentions(doc, ctx)`` returns the document's mentions (people,
organisations, places, peoples and descriptive group phrases such as
"security forces" or "pro-government fighters") and the alias links the text
itself states (see :mod:`crosscheck.extract.alias_evidence`): an acronym
definition, a name variant, a title in front of a name, an appositive, and a
descriptor resolved to an organisation named earlier in the document. Find
steps return plain spans; the build step turns them into records.
"""
from __future__ import annotations

import re

from ..lexicons import load_mapping, load_words
from ..records import AliasLink, Mention, record_id
from .alias_evidence import Link, find_definitions, find_links
from .context import DocContext
from .entity_names import (  # normalize_name is re-exported for other stages
    ARTICLES, HONORIFICS, NAME_KINDS, Found, load_descriptor_heads, load_event_nouns, load_group_nouns, load_place_nouns, load_ranks, load_title_words, make_found, normalize_name, overlaps,
    trim_span,
)
from .nlp import parsed_text

def load_loaded_terms() -> dict[str, str]:
    return load_mapping("loaded_terms.tsv")


GROUP_KIND = {"force": "ORG", "government": "ORG", "armed": "NORP", "community": "NORP", "office": "ORG", "crowd": "NORP",
              "event": "EVENT"}
LOYALTY_WORDS = frozenset({"loyal", "allied", "linked", "affiliated"})
_CAPS = re.compile(r"^[A-Z]{2,6}$")
VAGUE_DETERMINERS = frozenset({"this", "that", "what", "which", "whose", "whatever", "other", "various", "many", "some", "several", "both", "all", "such", "these", "those",
                               "any", "each", "most", "no", "few", "numerous", "his", "her", "its", "their", "our", "my", "your"})


# ---------------------------------------------------------------- find: mentions

def find_named_mentions(doc, definitions: dict[str, str] | None = None) -> list[Found]:
    """spaCy entities of the name kinds, trimmed; at least one capital letter."""
    out = []
    for ent in doc.ents:
        kind = ent.label_
        if kind == "EVENT" and load_place_nouns().get(ent[0].lower_) == "event" and len(ent) >= 2:
            pass  # a named storm ("Hurricane Odile"): an entity of its own
        elif kind not in NAME_KINDS:
            # the small model sometimes calls "the X Monitor" (a name ending in a descriptor noun) a LAW or PRODUCT
            if ent[-1].lower_ not in load_descriptor_heads() or not ent[-1].text[:1].isupper():
                continue
            kind = "ORG"
        span = trim_span(cut_at_dateline(cut_at_verb(ent)))
        if span is not None and kind == "PERSON":
            span = strip_leading_titles(extend_person_name(span))
            if span[-1].lower_.rstrip(".") in load_title_words() | HONORIFICS:
                continue  # "Tory Treasurer Lord" (the name follows outside the span): no name here
        elif span is not None:
            span = strip_trailing_titles(span)
            titled = strip_leading_titles(span)
            if titled.start == span.start:
                titled = after_inner_title(span)
            if titled.start == span.start and len(span) >= 3 and is_capital_rank(span[0], definitions):
                titled = span[1:]  # "DSP Ana Ruiz" read as a body: a rank in capitals, then the name
            if titled.start > span.start and is_titled_person_name(span, titled):
                span, kind = titled, "PERSON"  # "Superintendent Dora Venk" read as a body: the person, the title is evidence
            elif is_after_title_word(span):
                kind = "PERSON"  # "police chief [Dora Venk]": the recogniser took the name after a title for a body
        if span is None or not any(c.isupper() for c in span.text) or is_title_abbreviation(span) \
                or is_capitalised_common_word(span):
            continue
        out.append(make_found(span, correct_kind(span, kind)))
    people = [f for f in out if f.kind == "PERSON"]
    return [f for f in out if f.kind == "PERSON" or not any(overlaps(f, p) for p in people)]  # "Dogo" of "Musa Kabiru Dogo"


def is_capitalised_common_word(span) -> bool:
    """"- Blankets, tarpaulins and soap": one word capitalised only because it opens a line or a
    sentence, which the same document writes in lower case elsewhere, is no name."""
    if len(span) != 1 or not span[0].is_alpha:
        return False
    token, doc = span[0], span.doc
    line_start = parsed_text(doc).rfind("\n", 0, token.idx) + 1
    if token.i != token.sent.start and parsed_text(doc)[line_start:token.idx].strip(" -*•\t") != "":
        return False
    return any(t.text == token.lower_ and is_prose_word(t) for t in doc)


def is_prose_word(token) -> bool:
    """A word of running text, not a piece of a web address on its line ("https://example.com/
    news/dara-quell-dies"): a name written in lower case in a link says nothing about the name."""
    text = parsed_text(token.doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    line_end = text.find("\n", token.idx)
    line = text[line_start:line_end if line_end >= 0 else len(text)].replace(" ", "").lower()
    return "://" not in line and "www." not in line


def is_capital_rank(token, definitions: dict[str, str] | None = None) -> bool:
    """A short rank or office in capitals that opens a span ("DSP", "SP", "PCOL"), never a line in capitals: a rank
    of the ranks list, or initials the document spells out as a title; other capitals ("NGO") open a body's name."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    long_form = (definitions or {}).get(token.text)
    known = token.lower_ in load_ranks() or long_form is not None and bool(set(normalize_name(long_form).split()) & load_title_words())
    return (known and token.is_alpha and token.text.isupper() and 2 <= len(token) <= 5 and nxt is not None
            and not nxt.text.isupper() and "\n" not in token.whitespace_)


def is_title_abbreviation(span) -> bool:
    """"Justice (Retd.) Ana Lund": a shortened title or honorific alone ("Retd.", "Gov.", "Dra."), never a name; an all-capitals word
    ("MP") may be a body's initials."""
    if len(span) != 1 or span.text.isupper():
        return False
    token = span[0]
    stopped = token.text.endswith(".") or token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "."
    return stopped and (token.lower_.rstrip(".") in load_title_words() or token.lower_.rstrip(".") in HONORIFICS)


def is_bare_name_word(token, misread: bool = False) -> bool:
    """A capitalised word the recogniser left out of a person's name next to it: a proper noun of no entity (with
    ``misread``, or one word it took for a place or a body: "Musa Kabiru [Dogo]"), neither a title, an honorific,
    nor a noun that makes the words a place or a body."""
    word = token.lower_.rstrip(".")
    alone = token.ent_iob_ == "B" and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")
    entity_ok = not token.ent_type_ or misread and alone and token.ent_type_ in {"GPE", "LOC", "ORG", "NORP"}
    return (token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() and not token.text.isupper()
            and entity_ok and word not in load_title_words() and word not in HONORIFICS
            and word not in load_descriptor_heads() and word not in load_group_nouns() and word not in load_place_nouns())


def extend_person_name(span):
    """"Rev. (Dr.) Samuel [Yakubu Danjuma]" → "Samuel Yakubu Danjuma", "Dr. [Musa Kabiru] Dogo visited" →
    "Musa Kabiru Dogo": one given name or surname the recogniser cut off the person's name."""
    doc, start, end = span.doc, span.start, span.end
    if end < len(doc) and len(span) < 4 and is_bare_name_word(doc[end], misread=True) and not doc[end].is_sent_start \
            and not (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper()):
        end += 1
    if start > 0 and end - start < 4 and is_bare_name_word(doc[start - 1]) and not doc[start].is_sent_start \
            and not doc[start - 1].is_sent_start:
        start -= 1
    return doc[start:end]


def is_after_title(span) -> bool:
    """A name right after a capitalised title or honorific ("“General” Loran", "President Obama"): a person."""
    i = span.start - 1
    doc = span.doc
    while i >= 0 and doc[i].text in {"“", "”", '"', "‘", "’", "."}:
        i -= 1
    if i < 0 or not doc[i].text[:1].isupper():
        return False
    word = doc[i].lower_.rstrip(".")
    return word in HONORIFICS or word in load_title_words() and word not in load_descriptor_heads()


def after_inner_title(span):
    """"Arden District Collector Dora Venk", "Field Marshal Ivo Kran" (a body to the recogniser): the words after
    the last title word inside the span (the whole span when none)."""
    for t in reversed(span[1:-1]):
        if t.lower_.rstrip(".") in load_title_words() and t.lower_ not in load_descriptor_heads() and t.text[:1].isupper():
            return span.doc[t.i + 1:span.end]
    return span


def is_after_title_word(span) -> bool:
    """Two or three words in title case right after a title word of any case ("police chief Dora Venk",
    "Deputy Mayor Ivo Kran" with the title left out of the span): a person, when no word makes them a body,
    a place or a group."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or span.start == span.sent.start:
        return False
    word = doc[i].lower_.rstrip(".")
    if word not in load_title_words() or word in load_descriptor_heads() or not doc[i].is_alpha:
        return False
    return is_titled_person_name(span, span)


def is_titled_person_name(span, name) -> bool:
    """"Superintendent Dora Venk" (a body to the recogniser): capitalised title words, then two or three words in
    title case none of which makes the words a body, a place or a group ("General Motors Company" stays a body)."""
    lexicons = (load_descriptor_heads(), load_place_nouns(), load_group_nouns(), load_title_words())
    return (2 <= len(name) <= 3 and all(t.text[:1].isupper() for t in span[:name.start - span.start] if t.text != ".")
            and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and not any(t.lower_ in lx for lx in lexicons)
                    for t in name))


def is_after_honorific(span) -> bool:
    """"Dr Ana Velk" read as a body or a place: two to four words in title case right after a courtesy title
    ("Mr", "Ms", "Dr", never "DR" of a country's initials) name a person, unless the last word makes the words
    a body or a place ("Dr Ana Velk Foundation" is never cut so short by the recogniser)."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].text == ".":
        i -= 1
    if i < 0 or not 2 <= len(span) <= 4 or doc[i].text.isupper() or not doc[i].text[:1].isupper():
        return False
    if doc[i].lower_.rstrip(".") not in HONORIFICS or "\n" in parsed_text(doc)[doc[i].idx:span.start_char]:
        return False
    last = span[-1].lower_
    return (all(t.text[:1].isupper() and not t.text.isupper() and t.is_alpha or t.text == "-" for t in span)
            and last not in load_descriptor_heads() and last not in load_place_nouns() and last not in load_group_nouns())


def correct_kind(span, kind: str) -> str:
    """A "person" named like a place or a storm: "Nellur Dam" → FAC, "Veyar River" → LOC, "Cyclone Oshan" → EVENT;
    a one-word "place" after a title is a person ("“General” Loran")."""
    if kind in {"GPE", "LOC", "NORP", "ORG"} and len(span) == 1 and not span.text.isupper() and is_after_title(span):
        return "PERSON"
    if kind in {"GPE", "LOC", "NORP", "ORG", "FAC"} and is_after_honorific(span):
        return "PERSON"
    if kind == "ORG" and len(span) >= 2 and span[-1].text.islower() \
            and "place" in load_mapping("place_nouns.tsv").get(span[-1].lower_, ""):
        return "LOC"  # "Varna valley", "the Osk road": a name and a common place noun is a place
    if kind != "PERSON" or len(span) < 2:
        return kind
    first, last = span[0].lower_, span[-1].lower_
    if load_place_nouns().get(first) == "event":
        return "EVENT"
    if not span[-1].text[:1].isupper():
        return kind
    if load_place_nouns().get(last) in {"admin", "water"}:
        return "LOC"
    kinds = load_mapping("place_nouns.tsv").get(last, "")
    if "facility" in kinds:
        return "FAC"
    if "place" in kinds:
        return "LOC"
    if "address" in kinds:
        return "FAC"  # "Mill Lane" read as a person
    return kind


def cut_at_verb(span):
    """"Teixeira Reportedly Bumped" (a headline read as one name) → "Teixeira"."""
    for t in span[1:]:
        if t.tag_ in {"VBD", "VBZ", "VBP", "MD", "RB"}:  # finite verbs and adverbs, not "Rising" or "United"
            return span.doc[span.start:t.i]
    return span


def cut_at_dateline(span):
    """"TACOMA, Wash. - Police" / "DETROIT — Detroit police": a dateline glued to the first name of the story."""
    doc = span.doc
    for t in span[1:-1]:
        dash = t.text in {"\u2014", "\u2013", "--"} or (t.text == "-" and t.whitespace_ and doc[t.i - 1].whitespace_)
        left = doc[span.start:t.i]
        if dash and (t.text != "-" or left.text.isupper() or left.text.endswith(".")):
            return doc[t.i + 1:span.end]
    return span


def strip_trailing_titles(span):
    """"Oregon State Police Lt" / "X Police and Capt" → "Oregon State Police": a rank that starts the next name."""
    end = span.end
    while end - span.start > 2 and span.doc[end - 1].lower_.rstrip(".") in load_title_words() and len(span.doc[end - 1]) <= 5:
        end -= 1
        if span.doc[end - 1].lower_ in {"and", "&"}:
            end -= 1
    return span.doc[span.start:end]


def strip_leading_titles(span):
    """"Sergeant Luis Ferreira" → "Luis Ferreira", "Dr. Jane Roe" / "Mr Roe" → "Jane Roe" / "Roe":
    a title or an honorific is evidence, not part of the name."""
    start, doc = span.start, span.doc
    while start < span.end - 1 and (doc[start].lower_ in load_title_words() or doc[start].lower_.rstrip(".") in HONORIFICS):
        start += 1
        if start < span.end - 1 and doc[start].text == ".":  # "Dr ." when the tokenizer splits the full stop
            start += 1
    return doc[start:span.end]


def find_acronym_mentions(doc, definitions: dict[str, str]) -> list[Found]:
    """Every occurrence of a defined long form and of its acronym."""
    out = []
    for acronym, long_form in definitions.items():
        for pattern in (re.escape(long_form), rf"(?<![\w.]){re.escape(acronym)}(?![\w])"):
            for m in re.finditer(pattern, parsed_text(doc)):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None:
                    out.append(Found(m.group(0), "ORG", m.start(), m.end(), span.start, span.end))
    return out


def find_parent_prefixed_forms(doc, long_forms: list[Found], definitions: dict[str, str]) -> list[tuple[Found, str]]:
    """A defined long form the recogniser reads with a parent body's name in front: "the UN Office for the
    Coordination of Humanitarian Affairs (OCHA)" → mention "UN Office for ..." tied to "Office for ..."."""
    longs = set(definitions.values())
    out = []
    for f in long_forms:
        if f.text not in longs:
            continue
        i = f.tok_start
        while (i > 0 and f.tok_start - i < 3 and doc[i - 1].ent_type_ == "ORG" and doc[i - 1].lower_ not in ARTICLES
               and (doc[i - 1].text[:1].isupper() or doc[i - 1].text == ".") and "\n" not in doc[i - 1].text_with_ws):
            i -= 1
        if i < f.tok_start:
            span = doc[i:f.tok_end]
            out.append((Found(span.text, "ORG", span.start_char, span.end_char, span.start, span.end), f.text))
    return out


def expand_group_phrase(chunk):
    """Extend a group noun chunk over "of ..." / "loyal to ..." / "in <place>" on its right."""
    root, end = chunk.root, chunk.end
    if root.lower_ in load_event_nouns() and not load_group_nouns().get(root.lower_):
        start = chunk.start  # "Wednesday's sinking of a boat packed with ...": the event, without its day or its "of"
        while start < root.i and (chunk.doc[start].ent_type_ in {"DATE", "TIME"} or chunk.doc[start].tag_ == "POS"):
            start += 1
        return chunk.doc[start:end]
    category = load_group_nouns().get(root.lower_) or load_group_nouns().get(root.lemma_.lower()) or "armed"
    for child in root.rights:
        if child.i < end:
            continue
        takes = (
            (child.dep_ == "prep" and child.lower_ == "of" and category == "armed")
            or (child.dep_ == "prep" and child.lower_ == "of" and category in {"force", "government"}
                and is_proper_owner(child.right_edge) and child.right_edge.i - child.i <= 4)
            or (child.dep_ == "prep" and child.lower_ == "in" and category == "government" and child.right_edge.ent_type_ == "GPE")
            or (child.dep_ in {"amod", "acl", "advmod"} and child.lower_ in LOYALTY_WORDS)
        )
        if takes and child.right_edge.i - chunk.start < 14:
            end = child.right_edge.i + 1
            if child.right_edge.i == child.i:
                end = name_after_of(child) or chunk.end  # the parser hung the name elsewhere
        break
    doc = chunk.doc
    for i in range(chunk.end, end):  # stop at a coordination: "remnants of X and their backers"
        if doc[i].dep_ == "cc" or doc[i].text in {",", ";", "(", "\u2013", "\u2014"}:
            end = i
            break
    return doc[chunk.start:end]


def name_after_of(of) -> int | None:
    """The end of a name written right after "of" ("rebels of [the Tarn Valley People's Front]") when the parser hung
    it elsewhere (the possessive "People's" read as the verb's subject), else None."""
    doc, i = of.doc, of.i + 1
    ent = doc[i].ent_iob_ == "B" and doc[i] or (i + 1 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].ent_iob_ == "B"
                                                and doc[i + 1]) or None
    if ent is None or ent.ent_type_ not in {"ORG", "NORP", "GPE"}:
        return None
    end = ent.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end if end - of.i <= 8 else None


def is_proper_owner(token) -> bool:
    """The last word of "of ..." after a government or a force names whose: a place or a person, or a capitalised
    proper noun the recogniser left without a kind ("the Government of Orsk")."""
    if token.ent_type_ in {"GPE", "PERSON"}:
        return True
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is None or "\n" in nxt.text or "\n" in token.whitespace_:
        return False  # a signature or letterhead line ("Government of Orsk" alone): left to the recogniser's reading
    return (not token.ent_type_ and token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()
            and not token.text.isupper() and token.lower_ not in load_group_nouns() and token.lower_ not in load_descriptor_heads())


def find_group_mentions(doc) -> list[Found]:
    """Descriptive noun phrases whose head names a group, force, government or community."""
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        cuts = [t.i for t in chunk if t.i < root.i and (t.dep_ == "cc" or t.text in {",", ";"})]
        # 'PRF “terrorists”': a name, then the group word in quotation marks
        cuts += [t.i for t in chunk if t.i < root.i and t.text in {"“", '"', "‘"} and t.i > chunk.start
                 and doc[t.i - 1].pos_ == "PROPN"]
        # 'names the Doran farmhands “bandits”': a noun phrase, then what someone calls it in quotation marks (the
        # chunk's head inside the marks); never 'the army “occupation” force' (the head after the marks)
        cuts += [t.i for t in chunk if t.i < root.i and t.text in {"“", '"', "‘"} and t.i > chunk.start
                 and doc[t.i - 1].pos_ == "NOUN" and not any(c.text in {"”", '"', "’"} for c in doc[t.i + 1:root.i + 1])]
        if cuts:
            chunk = doc[max(cuts) + 1:chunk.end]
        category = load_group_nouns().get(root.lower_) or load_group_nouns().get(root.lemma_.lower())
        if not category and root.i > chunk.start and doc[root.i - 1].dep_ == "compound":
            category = load_group_nouns().get(f"{doc[root.i - 1].lower_} {root.lower_}")  # "the coast guard"
        lead = next((t for t in chunk if not t.is_punct), chunk[0])  # "- A forest fire has been burning": a list's dash
        if not category and root.lower_ in load_event_nouns() and lead.lower_ in {"the", "a", "an"} | {
                t.lower_ for t in chunk if t.i < root.i and t.pos_ in {"ADJ", "VERB", "PROPN"}}:
            category = "event"  # "the vote", "a disputed election", "the stolen election"; never "their votes"
        if not category and any(c.lower_ in LOYALTY_WORDS for c in root.rights):
            category = "armed"
        if not category or root.pos_ == "PRON":
            continue
        if is_regime_of_rules(root):
            continue
        if category == "community" and not any(t.ent_type_ in NAME_KINDS or t.pos_ == "PROPN" for t in chunk if t.i != root.i):
            continue
        if category == "crowd" and chunk[0].lower_ in VAGUE_DETERMINERS - DEMONSTRATIVES and chunk[0].tag_ != "PRP$":
            chunk = chunk[1:]  # "several miscreants": the crowd, whatever its number
        if not len(chunk) or chunk[0].lower_ in VAGUE_DETERMINERS or chunk[0].tag_ == "PRP$":
            continue
        span = trim_span(cut_at_dateline(expand_group_phrase(chunk)))
        span = drop_so_called(span)
        while span is not None and (span[0].like_num or span[0].lower_ in VAGUE_DETERMINERS or span[0].pos_ in {"ADV", "ADP", "NUM"}):
            span = trim_span(span[1:]) if len(span) > 1 else None
        counts = [t.i for t in span if t.i < span.root.i and (t.like_num or t.dep_ == "nummod")] if span is not None else []
        if counts:  # "more than 200 terrorists of ...": the group, not the count
            span = trim_span(span.doc[max(counts) + 1:span.end]) if max(counts) + 1 < span.end else None
        if span is None or span.text.lower() in {"people", "elements", "majority", "community"}:
            continue
        if category == "office" and (len(span) < 2 or span[0].pos_ == "PROPN" and span.root.text[:1].isupper()):
            continue  # "the ministry" alone is a descriptor; "Health Ministry" is a name the recogniser finds
        out.append(make_found(span, GROUP_KIND[category], named=False))
    return out + find_group_possessors(doc)


def is_regime_of_rules(root) -> bool:
    """"the e-mail regime", "a sanctions regime": a set of rules, not a government ("the Islamist terror regime",
    "the Orvel regime", "the military regime" are governments)."""
    if root.lemma_.lower() != "regime":
        return False
    lefts = list(root.lefts)
    rules = any(t.dep_ == "compound" and t.pos_ == "NOUN" and t.text.islower() and t.lower_ not in load_loaded_terms()
                for t in lefts)
    return rules and not any(t.text[:1].isupper() and not t.is_sent_start for t in lefts)


DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "what", "which", "whose", "whatever"})
SO_CALLED_PARTS = frozenset({"called", "styled", "proclaimed", "declared"})


def drop_so_called(span):
    """"so-called freedom fighters" → "freedom fighters": the distancing word is a framing marker, not the group."""
    if span is None:
        return None
    i = 0
    while i < len(span) - 1 and (span[i].lower_ in {"so", "self", "-"} or span[i].lower_ in SO_CALLED_PARTS
                                 or span[i].lower_ in {"so-called", "self-styled", "self-proclaimed", "self-declared"}):
        i += 1
    if i and any(t.lower_ in SO_CALLED_PARTS or "-" in t.text for t in span[:i]):
        return trim_span(span[i:])
    return span


def find_group_possessors(doc) -> list[Found]:
    """A group phrase used as a possessor: "the X-led administration's ministry"."""
    out = []
    for token in doc:
        category = load_group_nouns().get(token.lower_)
        if category == "community" and not any(t.pos_ == "PROPN" or t.ent_type_ for t in token.lefts):
            continue  # "the community's distress": no people named
        if token.dep_ == "poss" and category and category != "office" and token.left_edge.i < token.i:
            cuts = [t.i for t in doc[token.left_edge.i:token.i] if t.dep_ == "cc" or t.text in {",", ";"}]
            span = trim_span(doc[(max(cuts) + 1 if cuts else token.left_edge.i):token.i + 1])
            if span is not None and span[0].lower_ not in VAGUE_DETERMINERS:
                out.append(make_found(span, GROUP_KIND[category], named=False))
    return out


def find_capitalised_acronyms(doc, taken: list[Found]) -> list[Found]:
    """All-capital words ("VNA", "UNHCR") the entity recogniser missed: organisations."""
    out = []
    for token in doc:
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        in_capitals = any(n.text.isupper() and n.is_alpha and len(n) > 1 for n in neighbours)
        if (_CAPS.match(token.text) and token.ent_type_ not in NAME_KINDS and not token.is_stop
                and not in_capitals and not token.sent.text.isupper()):
            f = make_found(doc[token.i:token.i + 1], "ORG")
            if not any(overlaps(f, t) for t in taken):
                out.append(f)
    return out


_CAPS_LINE = re.compile(r"^[ \t]*([A-Z][A-Z'’\-]*(?:[ \t]+[A-Z][A-Z'’\-&]*)+)[ \t]*$", re.MULTILINE)
LETTERHEAD_MINOR = frozenset({"of", "the", "and", "for", "&"})
HEADLINE_SMALL_WORDS = frozenset({"on", "to", "in", "at", "by", "as", "a", "an", "with", "from", "over", "after", "is", "are"})


def read_letterhead_kind(words: list[str]) -> str | None:
    """The kind of a body or state named alone on a line in capitals ("MINISTRY OF HEALTH AND SANITATION",
    "SUPREME COURT OF THE REPUBLIC OF ..." → ORG; "REPUBLIC OF ..." → GPE), or None for other lines in
    capitals (headlines, section heads): three to nine words, only "of", "the", "and", "for" as small words, and
    the word before the first "of" a body's noun (lexicons/descriptor_heads.tsv, a government noun of
    lexicons/entity_group_nouns.tsv) or a state noun (lexicons/entity_state_nouns.txt) opening the line."""
    lower = [w.lower() for w in words]
    if not 3 <= len(lower) <= 9 or lower[0] == "of" or "of" not in lower[1:4] or lower[-1] in LETTERHEAD_MINOR:
        return None
    if any(len(w) < 2 and w != "&" or not w.replace("'", "").replace("’", "").replace("-", "").replace("&", "").isalpha()
           for w in lower):
        return None
    if any(w in HEADLINE_SMALL_WORDS for w in lower):  # "MINISTRY OF WATER OPENS INQUIRY INTO ... TO THE ..."
        return None
    head = lower[lower.index("of") - 1]
    if lower.index("of") == 1 and head in load_words("entity_state_nouns.txt") and head not in load_descriptor_heads():
        return "GPE"
    if head in load_descriptor_heads() or load_group_nouns().get(head) == "government":
        return "ORG"
    return None


def find_letterhead_names(doc) -> list[Found]:
    """A body or state named alone on a line in capitals, as letterheads do ("MINISTRY OF MARITIME AFFAIRS AND
    FISHERIES", "REPUBLIC OF ..."): the recogniser cuts such lines into pieces or misses them."""
    out = []
    for m in _CAPS_LINE.finditer(doc.text):
        kind = read_letterhead_kind(m.group(1).split())
        if kind is None:
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is not None and span.text == m.group(1):
            out.append(make_found(span, kind))
    return out


def is_name_marker(token) -> bool:
    """An honorific or an abbreviated rank that only ever stands before a name: "Mr", "Ms.", "Dr", "Col.", "Gen."."""
    word = token.lower_.rstrip(".")
    if word in HONORIFICS:
        return True
    abbreviated = token.text.endswith(".") or token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "."
    return abbreviated and len(word) <= 5 and word in load_title_words()


def find_marked_persons(doc, taken: list[Found]) -> list[Found]:
    """Names the recogniser missed after an honorific or a rank: "Mr Karimi said", "Lt. Col. Ana Ruiz"."""
    out = []
    for token in doc:
        marker = is_name_marker(token) and token.text[:1].isupper()
        if not marker and not is_title_before_unknown_name(token) and not is_capital_title_before_unknown_name(token):
            continue
        i = token.i + 1
        while i < len(doc) and (is_name_marker(doc[i]) or doc[i].text == "."):
            i += 1  # "Lt. Col." / "Brig . Gen."
        start = i
        while (i < len(doc) and i - start < 4 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()
               and doc[i].is_alpha and doc[i].lower_ not in load_title_words()):
            i += 1
        if i == start or is_title_case_line(token.sent):
            continue
        found = make_found(doc[start:i], "PERSON")
        if not any(overlaps(found, t) for t in taken + out):
            out.append(found)
    return out


_NICKNAME = re.compile(r"\b((?:[A-Z][\w'-]+ ){1,3})[\"“‘']([A-Z][\w-]+)[\"”’'] ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\b")


def find_nicknamed_persons(doc) -> list[tuple[Found, str]]:
    """'Ramil "Boyet" Tancredo': a person's name with a nickname in quotes between the given name and the
    surname, and the name without it ("Ramil Tancredo"). The recogniser reads the pieces as two names."""
    out = []
    for m in _NICKNAME.finditer(parsed_text(doc)):
        first, last = m.group(1).strip(), m.group(3)
        span = doc.char_span(m.start(1), m.end(3), alignment_mode="contract")
        if span is None or "\n" in span.text or any(t.is_sent_start for t in span[1:]):
            continue
        names = doc.char_span(m.start(1), m.end(1) - 1, alignment_mode="contract")
        if names is None or not any(t.ent_type_ == "PERSON" for t in names) or names[0].lower_ in load_title_words():
            continue  # the words in front are a given name the recogniser calls a person
        out.append((make_found(span, "PERSON"), f"{first} {last}"))
    return out


def is_title_before_unknown_name(token) -> bool:
    """A role word in lower case right before a capitalised word the recogniser left unnamed: "the usurper
    Mirković" (never "Osk General Hospital")."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (nxt is not None and token.text.islower() and token.lower_ in load_title_words()
            and token.lower_ not in load_descriptor_heads() and nxt.lower_ not in load_descriptor_heads()
            and token.pos_ in {"NOUN", "ADJ", "PROPN"} and nxt.pos_ == "PROPN" and not nxt.ent_type_
            and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_sent_start)


def is_capital_title_before_unknown_name(token) -> bool:
    """A capitalised role word right before two or three plain words in title case the recogniser left unnamed,
    then a word in lower case or a stop: "Fire Chief Ana Roe said", "the Regional Commandant Ivo Kran, who"
    (never "Chief Executive Officer", "Minister Counsellor Reports")."""
    doc = token.doc
    if not (token.text[:1].isupper() and token.is_alpha and token.lower_ in load_title_words()
            and token.lower_ not in load_descriptor_heads()) and not is_capital_rank(token):
        return False  # "DSP Ada Vell": a rank in capitals of the ranks list opens a name too
    lexicons = (load_title_words(), load_descriptor_heads(), load_group_nouns(), load_place_nouns(), HONORIFICS)
    i = token.i + 1
    while i < len(doc) and i - token.i <= 3 and doc[i].pos_ == "PROPN" and doc[i].is_alpha \
            and doc[i].text[:1].isupper() and not doc[i].text.isupper() and not doc[i].ent_type_ \
            and not any(doc[i].lower_ in lx for lx in lexicons) and not doc[i].is_sent_start:
        i += 1
    n = i - token.i - 1
    after = doc[i] if i < len(doc) else None
    return 2 <= n <= 3 and (after is None or after.is_punct or after.text[:1].islower())


FIELD_JOINS = frozenset({"of", "for"})


def is_initial(token) -> bool:
    """One capital with its full stop, as in "B. Kessler"."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def find_name_after_long_title(doc, token):
    """The person's name after a title with its field or office, which the recogniser often misses or glues to the
    office: "Minister for Transport Lukas Brenner said", "Head of the Norvan Regional Administration B. Kessler
    reported". ``token`` is the capitalised title word; the name is the last two words of the run of capitalised
    words after "of"/"for" (an initial and a surname, or a given name and a surname), and at least one word of the
    field stays before it. The run ends at a word in lower case or a stop. None when the run is too short to hold
    both, or its last words read as a body, a place or a role."""
    if not (token.text[:1].isupper() and token.is_alpha and token.lower_ in load_title_words()
            and token.lower_ not in load_descriptor_heads()):
        return None
    i = token.i + 1
    if i >= len(doc) or doc[i].lower_ not in FIELD_JOINS:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    start = i
    while i < len(doc) and i - start < 8 and "\n" not in doc[i - 1].whitespace_ and not doc[i].is_sent_start:
        if doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].text.isupper() or is_initial(doc[i]):
            i += 1
        elif doc[i].lower_ == "of" and i > start and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            i += 1  # "President of the Republic of Ostavia Pavel Dorn"
        elif doc[i].lower_ == "the" and i > start and doc[i - 1].lower_ == "of":
            i += 1
        else:
            break
    after = doc[i] if i < len(doc) else None
    if i - start < 3 or after is not None and not (after.is_punct or after.text[:1].islower()):
        return None
    name = doc[i - 2:i]
    if is_initial(name[1]) or name[0].lower_ in FIELD_JOINS or i - 2 - start < 1:
        return None
    lexicons = (load_title_words(), load_descriptor_heads(), load_group_nouns(), load_place_nouns(), HONORIFICS)
    if any(t.lower_ in lx or t.lower_.rstrip(".") in lx for t in name for lx in lexicons):
        return None
    if any(t.ent_type_ in {"GPE", "LOC", "NORP", "FAC", "DATE"} for t in name):
        return None
    if doc[i - 3].lower_ in FIELD_JOINS or doc[i - 3].text == "&":
        return None  # "Minister of Trade and Industry" style runs never end in a name right after a joining word
    return name


def find_persons_after_long_titles(doc, taken: list[Found]) -> tuple[list[Found], list[tuple[Found, Found]]]:
    """People named after a title with its field ("Minister for Transport Lukas Brenner") the recogniser missed,
    and the mentions it found that the name cuts: an office glued to the name is cut back to the office."""
    people, cut = [], []
    for token in doc:
        name = find_name_after_long_title(doc, token)
        if name is None:
            continue
        person = make_found(name, "PERSON")
        clash = [t for t in taken if overlaps(person, t)]
        glued = [t for t in clash if t.kind == "PERSON" and t.tok_start < name.start and t.tok_end == name.end]
        if glued and len(clash) == 1 and not any(overlaps(person, p) for p in people):
            people.append(person)  # "Minister for Housing [Housing Ana Roe]": the field's last word read as a given name
            cut.append((glued[0], person))
            continue
        if any(t.kind == "PERSON" for t in clash) or any(overlaps(person, p) for p in people):
            continue
        if any(t.tok_start >= name.start for t in clash):
            continue  # the recogniser read the name itself as something else: leave it
        people.append(person)
        for t in clash:  # "the Norvan Regional Administration B. Kessler": the office alone
            office = trim_span(doc[t.tok_start:name.start])
            if office is not None:
                cut.append((t, make_found(office, t.kind)))
    return people, cut


def is_title_case_line(sent) -> bool:
    """A headline in title case ("Mr Smith Goes To Town"): its capitals say nothing about names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) / len(words) > 0.7


def find_bare_surnames(doc, taken: list[Found]) -> list[Found]:
    """A surname the recogniser missed ("Okafor said") when the document names the full person."""
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


COUNT_KINDS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def is_titled_by_apposition(doc, f: Found) -> bool:
    """A name of two or three plain words in title case the recogniser took for a body or a place, set off by
    commas with a person's title: "Ana Roe, Arden's director," / "the mayor of Osk, Ana Roe,"."""
    from .alias_evidence import find_office_of_before

    span = doc[f.tok_start:f.tok_end]
    if f.kind not in {"ORG", "GPE", "NORP", "LOC", "FAC"} or not is_titled_person_name(span, span):
        return False
    if find_office_of_before(doc, f) is not None:
        return True
    j = f.tok_end
    if j + 1 >= len(doc) or doc[j].text != ",":
        return False
    k = j + 1
    while k < len(doc) and k - j <= 7 and not doc[k].is_punct and not doc[k].is_sent_start:
        k += 1
    if k >= len(doc) or doc[k].text not in {",", ".", ";"} or k - j < 2:
        return False
    last = doc[k - 1]
    titles, heads = load_title_words(), load_descriptor_heads()
    return (last.lower_ in titles or last.lemma_.lower() in titles) and last.lower_ not in heads and last.is_lower


def find_site_names(doc, taken: list[Found]) -> list[Found]:
    """"Kessa Flats camp", "Toru village", "Ambal district": one to three capitalised words the recogniser left out,
    right before a lower-case site, settlement or area noun (entity_site_nouns.txt, entity_place_nouns.tsv): the
    place's bare name (the noun after it is alias evidence)."""
    from ..lexicons import load_words
    from .alias_evidence import SETTLEMENT_NOUNS

    sites = load_words("entity_site_nouns.txt")
    nouns = load_place_nouns()
    lexicons = (load_title_words(), load_descriptor_heads(), load_group_nouns(), nouns)
    out = []
    for t in doc:
        area = nouns.get(t.lower_) == "admin" or t.lower_ in SETTLEMENT_NOUNS
        if not t.is_lower or not (area or t.lower_ in sites) or t.i == 0:
            continue
        end = t.i
        if doc[end - 1].is_lower and doc[end - 1].pos_ in {"NOUN", "ADJ"} and end >= 2 and not area:
            end -= 1  # "Kessa Flats displacement camp"
        start = end
        while start > 0 and end - start < 3:
            w = doc[start - 1]
            if not (w.pos_ == "PROPN" and w.is_alpha and w.text[:1].isupper() and not w.text.isupper()) \
                    or any(w.lower_ in lx for lx in lexicons) or "\n" in w.whitespace_:
                break
            start -= 1
        if start == end or doc[start].is_sent_start or doc[start - 1].tag_ == "POS" or doc[start - 1].text[:1].isupper():
            continue  # a capital that only starts the sentence, a name after an owner ("Arden's Kessa camp")
        found = make_found(doc[start:end], "GPE" if area else "FAC")
        if not any(overlaps(found, f) for f in taken + out) and not any(doc[k].ent_type_ in COUNT_KINDS for k in range(start, end)):
            out.append(found)
    return out


def extend_over_long_form(doc, group: Found, long_forms: list[Found]) -> Found:
    """A group phrase that starts inside a defined long form starts with it: "X-led (XL) administration"."""
    for f in long_forms:
        if f.start < group.start < f.end:
            span = doc[f.tok_start:group.tok_end]
            return make_found(span, group.kind, named=False)
    return group


def trim_headline_names(doc, named: list[Found]) -> list[Found]:
    """A title-case headline read as one name is cut to the name the body uses:
    "Microsoft Rushes" / "Buys SeaMicro" / "Fred LaRue Dies" → "Microsoft" / "SeaMicro" / "Fred LaRue"."""
    body = {normalize_name(f.text) for f in named if not is_title_case_line(doc[f.tok_start].sent)}
    out = []
    for f in named:
        span = doc[f.tok_start:f.tok_end]
        if normalize_name(f.text) not in body and len(span) > 1 and is_title_case_line(span.sent):
            for cut in range(len(span) - 1, 0, -1):
                head, tail = span[:cut], span[len(span) - cut:]
                if normalize_name(head.text) in body and may_cut(f, head, span[cut]):
                    f = make_found(head, f.kind)
                    break
                if normalize_name(tail.text) in body and may_cut(f, tail, span[len(span) - cut - 1]):
                    f = make_found(tail, f.kind)
                    break
        out.append(f)
    return out


def may_cut(f: Found, kept, removed) -> bool:
    """A person's full name is never cut to one word, unless the word cut off reads as a headline verb
    ("Lohan Checks", "Nominates Regina Benjamin"); "Ellen Marsh" stays whole."""
    if not removed.text[:1].isupper():
        return False
    return f.kind != "PERSON" or len(kept) >= 2 or removed.lower_.endswith(("s", "ed", "ing"))


def find_mentions(doc, definitions: dict[str, str]) -> list[Found]:
    """All mentions; NER pieces inside an acronym's long form give way to the long form."""
    acronym_found = find_acronym_mentions(doc, definitions)
    acronym_found += [f for f, _ in find_parent_prefixed_forms(doc, acronym_found, definitions)]
    named = [f for f in trim_headline_names(doc, find_named_mentions(doc, definitions)) if not any(overlaps(f, a) for a in acronym_found)]
    nicknamed = [f for f, _ in find_nicknamed_persons(doc)]
    named = [f for f in named if not any(overlaps(f, n) for n in nicknamed)] + nicknamed
    named += find_marked_persons(doc, named + acronym_found)
    long_titled, cut = find_persons_after_long_titles(doc, named + acronym_found)
    replaced = {(old.start, old.end): new for old, new in cut}
    named = [replaced.get((f.start, f.end), f) for f in named]
    named += [p for p in long_titled if not any((p.start, p.end) == (f.start, f.end) for f in named)]
    named += find_capitalised_acronyms(doc, named + acronym_found)
    named += find_bare_surnames(doc, named)
    named += find_site_names(doc, named + acronym_found)
    named = [make_found(doc[f.tok_start:f.tok_end], "PERSON") if is_titled_by_apposition(doc, f) else f for f in named]
    groups = [extend_over_long_form(doc, g, acronym_found) for g in find_group_mentions(doc)]
    # a letterhead's whole name, beside the pieces the recogniser found in it (they stay: a short form of the name)
    letterheads = [f for f in find_letterhead_names(doc) if not any(overlaps(f, a) for a in acronym_found)]
    found = {(f.start, f.end): f for f in groups + named + letterheads + acronym_found}  # a name wins over a group reading of it
    return sorted(found.values(), key=lambda f: (f.start, f.end))


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


def find_outlet_acronym_links(doc, found: list[Found], outlet: str | None) -> list[Link]:
    """"SARVELO, Oct 14 (KNA) -": an agency's initials in brackets, spelling the name of the outlet that
    published the report ("Kestrel News Agency"), are that outlet."""
    from .acronyms import _initials_match

    words = (outlet or "").split()
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in {"of", "the", "and", "for", "&"} for w in words):
        return []
    out = []
    for f in found:
        text = parsed_text(doc)
        bracketed = text[f.start - 1:f.start] == "(" and text[f.end:f.end + 1] == ")"
        if bracketed and f.text.isupper() and f.text.isalpha() and 2 <= len(f.text) <= 6 and _initials_match(f.text, words):
            out.append(Link(f.text, outlet, "acronym", doc[f.tok_start].sent.text.strip(), "ORG"))
    return out


def find_outlet_name_links(doc, found: list[Found], outlet: str | None) -> list[Link]:
    """"the Courier" in a report published by "The Osk Courier": the outlet's name cut to its masthead words
    (lexicons/outlet_words.txt) is the outlet (evidence ``name_variant``: in this document only). Never a word that
    names a kind of body ("the Agency" in a news agency's report is as often another agency), never the words in
    front ("Osk" of "The Osk Courier" is the town)."""
    from ..lexicons import load_words

    words = normalize_name(outlet or "").split()
    outlet_words = load_words("outlet_words.txt")
    if len(words) < 2 or words[-1] not in outlet_words:
        return []
    bodies = set(load_descriptor_heads())
    tails = {" ".join(words[i:]) for i in range(1, len(words)) if words[i] in outlet_words and not set(words[i:]) & bodies}
    out = []
    for f in found:
        if f.named and f.text[:1].isupper() and normalize_name(f.text) in tails and f.kind != "PERSON":
            out.append(Link(f.text, outlet, "name_variant", doc[f.tok_start].sent.text.strip(), "ORG"))
    return out


def extract_mentions(doc, ctx: DocContext) -> tuple[list[Mention], list[AliasLink]]:
    """Mentions of entities in one parsed document and the alias evidence it states."""
    definitions = find_definitions(parsed_text(doc))
    found = find_mentions(doc, definitions)
    links = find_links(doc, found, definitions)
    long_forms = [f for f in found if f.text in set(definitions.values())]
    links += [Link(f.text, long_form, "acronym", doc[f.tok_start].sent.text.strip(), "ORG")
              for f, long_form in find_parent_prefixed_forms(doc, long_forms, definitions)]
    links += [Link(f.text, plain, "name_variant", doc[f.tok_start].sent.text.strip(), "PERSON")
              for f, plain in find_nicknamed_persons(doc)]
    links += find_outlet_acronym_links(doc, found, ctx.outlet)
    links += find_outlet_name_links(doc, found, ctx.outlet)
    return build_mentions(doc, ctx, found), build_links(ctx, links)


__all__ = ["extract_mentions", "normalize_name"]
