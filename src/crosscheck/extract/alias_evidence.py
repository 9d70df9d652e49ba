"""In-document alias evidence: what the text itself says about two names.

Each ``find_*_links`` function reads a parsed document and its mentions
(:class:`~crosscheck.extract.entity_names.Found` spans) and returns
:class:`Link` rows: an acronym definition, a name variant (surname alone,
al-/Al- and case variants), a title in front of a name, an appositive, and a
descriptor ("the Network", "the Geneva-based monitor") resolved to an
organisation named earlier in the document.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..lexicons import load_mapping, load_words
from .acronyms import find_acronym_definitions
from .entity_names import (
    ARTICLES, HONORIFICS, load_ranks, Found, load_descriptor_bodies, load_descriptor_heads, load_group_nouns, get_last_word, make_found, normalize_name, overlaps, get_sentence,
    strip_article, load_place_nouns, load_title_words, trim_span,
)
from .nlp import parsed_text


PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
SETTLEMENT_NOUNS = frozenset({"city", "town", "village"})  # after a name as well: "Osk village"


@dataclass(slots=True)
class Link:
    alias: str
    target: str
    evidence: str
    sentence: str
    kind: str | None = None


def find_definitions(text: str) -> dict[str, str]:
    """Acronyms defined in the text, long forms without a leading article ("The X (X)")."""
    return {acr: strip_article(long) for acr, long in find_acronym_definitions(text).items()}


def find_acronym_links(doc, definitions: dict[str, str]) -> list[Link]:
    out = []
    for acronym, long_form in definitions.items():
        m = (re.search(rf"\({re.escape(acronym)}\)", parsed_text(doc)) or re.search(re.escape(long_form), parsed_text(doc))
             or re.search(rf"\b{re.escape(acronym)}\b", parsed_text(doc)))
        sentence = get_sentence(doc, doc.char_span(m.start(), m.end(), alignment_mode="expand").start) if m else ""
        out.append(Link(acronym, long_form, "acronym", sentence, "ORG"))
        written = re.search(rf"{re.escape(long_form)}\s*\({re.escape(acronym)}\)", parsed_text(doc))
        if written is not None and "\n" not in written.group(0):  # "Harbour Relief Network (HRN)", as other reports quote it
            out.append(Link(written.group(0), long_form, "acronym", sentence, "ORG"))
    return out


def find_name_variant_links(doc, mentions: list[Found]) -> list[Link]:
    """A surname (or al-/Al-/case variant) used alone, tied to the document's one full name ending in it."""
    full_names: dict[str, set[str]] = {}
    for f in mentions:
        if f.named and f.kind == "PERSON" and len(normalize_name(f.text).split()) >= 2:
            full_names.setdefault(get_last_word(f.text), set()).add(f.text)
    given: dict[str, set[str]] = {}
    for f in mentions:
        words = normalize_name(f.text).split()
        if f.named and f.kind == "PERSON" and len(words) >= 2:
            given.setdefault(words[0], set()).add(normalize_name(f.text))
    out, seen = [], set()
    for f in mentions:
        words = normalize_name(f.text).split()
        if not f.named or len(words) != 1 or not f.text[:1].isalpha() or f.kind in PLACE_KINDS:
            continue  # "Egypt" alone is the country, not the end of a name tagged as a person
        targets = full_names.get(words[0], set())
        if not targets and f.kind == "PERSON" and len(given.get(words[0], ())) == 1:
            # "If Ivan comes back": a given name alone, the first name of one person of the report and no one's surname
            targets = {next(m.text for m in mentions if m.named and normalize_name(m.text) in given[words[0]])}
        if len(targets) != 1:
            continue
        target = next(iter(targets))
        if (f.text, target) not in seen:
            seen.add((f.text, target))
            out.append(Link(f.text, target, "name_variant", get_sentence(doc, f.tok_start), "PERSON"))
    return out


def is_title_phrase(span, heads: frozenset[str]) -> bool:
    return (
        0 < len(span) <= 9
        and any(t.lower_ in heads or t.lemma_.lower() in heads or t.lower_.rstrip(".") in heads for t in span)
        and not any(t.pos_ in {"VERB", "AUX", "PRON"} and not is_hyphen_part(t) and not is_area_after_name(t)
                    or t.lower_ in {",", ";", "and", "or"} for t in span)
    )


def is_area_after_name(t) -> bool:
    """"district" of "Tarnapur district police chief": an area's noun right after a capitalised name, part of a title
    whatever part of speech the tagger gave it (it sometimes reads "district" as a verb)."""
    return load_place_nouns().get(t.lower_) == "admin" and t.i > 0 and t.doc[t.i - 1].text[:1].isupper() \
        and t.doc[t.i - 1].is_alpha


def is_hyphen_part(t) -> bool:
    """The first part of a hyphenated word ("cut" of "cut-price", "well" of "well-known")."""
    return not t.whitespace_ and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"


def find_title_before(doc, tok_start: int, heads: frozenset[str]):
    """The run of words right before a name that ends in a title word: "Arden's interim President"."""
    def is_head(t) -> bool:
        return t.lower_ in heads or t.lemma_.lower() in heads or t.text.endswith(".") and t.lower_.rstrip(".") in heads

    i = tok_start - 1
    if i < 0 or (doc[tok_start].is_sent_start or doc[i].is_sent_end) and not is_split_title(doc, i):
        return None  # "... Palisade High School. Justin is survived": no title across sentences
    if i >= 1 and doc[i].text == "." and is_head(doc[i - 1]):
        i -= 1  # "Col . Ana Ruiz": the tokenizer split the abbreviation's full stop
    if i >= 2 and doc[i].pos_ == "PROPN" and doc[i - 1].lower_ == "of" and is_head(doc[i - 2]):
        i -= 2  # "Secretary of State X"
    elif not is_head(doc[i]):
        i = find_field_title_head(doc, i, is_head)
    if i < 0 or not is_head(doc[i]):
        return None
    while i > 0:
        t = doc[i - 1]
        before = doc[i - 2] if i >= 2 else None  # "Secretary of State X", never "the grandson of Rep. X"
        joins = (t.lower_ in {"of", "in"} and doc[i].pos_ == "PROPN" and before is not None
                 and (before.text[:1].isupper() or is_head(before)))
        if t.ent_type_ in {"DATE", "TIME"} and t.is_alpha and t.text[:1].isupper():
            break  # "On Monday Health Minister X": the day is no part of the title
        age = t.like_num and doc[i].text == "-"  # "16-year-old brother"
        hyphened = doc[i].text == "-" and t.is_alpha and is_hyphen_part(t)  # "cut-price carrier": the whole word
        if "\n" in t.text or t.is_sent_end and not is_split_title(doc, t.i) or not (t.pos_ in {"ADJ", "NOUN", "PROPN", "PART", "X"} or t.text == "-" or joins
                                                    or age or hyphened or is_area_after_name(t)):
            break
        if t.text.endswith(".") and len(t.text) > 6:
            break  # a sentence's last word, not an abbreviated rank
        if t.lower_ in ARTICLES or t.pos_ == "PART" and t.tag_ != "POS":
            break
        i -= 1
    while i < tok_start and (doc[i].lower_ in {"of", "in"} or doc[i].text == "-" or doc[i].tag_ == "POS"):
        i += 1
    span = doc[i:tok_start]
    return span if is_title_phrase(span, heads) else None


def find_field_title_head(doc, i: int, is_head) -> int:
    """The title word of a title that ends in its field or office, right before a name: "Minister for Transport",
    "Head of the Norvan Regional Administration", "President of the Republic of Ostavia" (at most seven words after
    the title word: capitalised words, and "of"/"the" between them); ``i`` unchanged when there is none."""
    k = i
    while k > 0 and i - k < 7 and not doc[k].is_sent_start and "\n" not in doc[k - 1].whitespace_:
        t = doc[k]
        if t.lower_ in {"of", "for"} and k < i and doc[k - 1].text[:1].isupper() and is_head(doc[k - 1]):
            return k - 1
        if not (t.is_alpha and t.text[:1].isupper() and not t.text.isupper() or t.lower_ in {"of", "the"} and k < i):
            break
        k -= 1
    return i


def is_split_title(doc, i: int) -> bool:
    """The sentence splitter cut right after a title at token ``i``, on the same line as the name that follows:
    an abbreviated title or rank with its full stop ("Brig. | Gen. Ivo Kran", "Lt. | Col. Ana Ruiz"), or a rank in
    capitals read as a sentence of its own ("DSP | Ana Ruiz said")."""
    t = doc[i]
    if "\n" in t.text or "\n" in t.whitespace_ or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
        return False
    word = t.lower_.rstrip(".")
    if t.text.endswith(".") and 2 <= len(word) <= 5:
        return word in load_ranks() or word in HONORIFICS or word in load_title_words()
    return is_rank_word(t) and t.is_sent_start


def find_rank_abbreviation(doc, tok_start: int, definitions: dict[str, str] | None = None):
    """A short rank or office in capitals right before a person's name ("DSP", "PCOL", "SP"): the word alone,
    in the same sentence, no place or people, and not the initials of a body the document spells out."""
    i = tok_start - 1
    if i < 0 or doc[tok_start].is_sent_start and not is_split_title(doc, i):
        return None
    t = doc[i]
    if not (t.is_alpha and t.text.isupper() and 2 <= len(t.text) <= 5) or t.ent_type_ in {"GPE", "NORP", "LOC"}:
        return None
    if i > 0 and doc[i - 1].text.isupper() and doc[i - 1].is_alpha:
        return None  # a line in capitals, not a rank
    long_form = (definitions or {}).get(t.text)
    if long_form is not None and not set(normalize_name(long_form).split()) & load_title_words():
        return None  # "WFP Jane Roe": an organisation's initials
    return doc[i:tok_start]


def find_title_links(doc, mentions: list[Found], bare_ranks: bool = False, definitions: dict[str, str] | None = None) -> list[Link]:
    """A title written directly in front of a name: "acting Governor Ellen Marsh", "state news agency VNA".
    A rank alone ("General", "Brig. Gen.") is linked only with ``bare_ranks`` (a label, never an alias)."""
    out = []
    for f in mentions:
        # "DSP Ana Ruiz" read as a body or a building: a rank in capitals and a name
        ranked = f.named and f.kind in {"ORG", "FAC"} and len(f.text.split()) >= 3 and is_rank_word(doc[f.tok_start])
        if ranked:
            out += find_title_with_initials(doc, f, f.tok_start, load_title_words() | frozenset(load_descriptor_heads()), definitions)
        if not f.named or f.kind not in {"PERSON", "ORG", "NORP"}:
            continue
        # the recogniser often calls an armed group a person or a people: "the armed group Hayat Tahrir al-Sham"
        org_heads = frozenset(load_descriptor_heads())
        heads = load_title_words() | org_heads if f.kind == "PERSON" else org_heads
        start = f.tok_start
        if start > 1 and doc[start - 1].text == "." and doc[start - 2].lower_ in HONORIFICS:
            start -= 1
        if start > 1 and doc[start - 1].lower_.rstrip(".") in HONORIFICS and doc[start - 1].text[:1].isupper():
            start -= 1  # "Ministry spokeswoman Dr. Nadia Korsak": the title stands before the honorific
        left = find_title_before(doc, start, heads)
        if left is None and f.kind == "PERSON":
            out += find_title_with_initials(doc, f, start, heads, definitions)
        if left is None:
            abbreviation = find_rank_abbreviation(doc, start, definitions) if f.kind == "PERSON" and definitions is not None else None
            if abbreviation is not None:  # "DSP Ibrahim Tanko": the name with its rank, never the rank alone
                out.append(Link(parsed_text(doc)[abbreviation.start_char:f.end], f.text, "title", get_sentence(doc, f.tok_start), f.kind))
            continue
        sentence = get_sentence(doc, f.tok_start)
        styled = find_styled_title(doc, left)
        if styled is not None:  # "His Excellency President Ana Roe": the styled name, and the title without the style
            out.append(Link(parsed_text(doc)[doc[left.start - 1].idx:f.end], f.text, "title", sentence, f.kind))
            left = styled
        if bare_ranks or not is_bare_rank(left):  # "General", "Brig. Gen." alone name no one: only "Gen. X" is an alias
            # one title word ("Governor") the document never uses alone is only written in front of the name:
            # evidence ``title_prefix``, which another report's "the Governor" (used as a name) outweighs
            alone = bare_ranks or len(left) > 1 or is_title_used_alone(doc, left, mentions)
            out.append(Link(left.text, f.text, "title" if alone else "title_prefix", sentence, f.kind))

        bare = doc[left.start + 2:left.end] if len(left) > 2 and left[1].tag_ == "POS" else left
        out.append(Link(parsed_text(doc)[bare.start_char:f.end], f.text, "title", sentence, f.kind))
        rank = find_rank_tail(left)
        if rank is not None:  # "police spokesman Supt Ana Ruiz": the rank with the name, as other reports write it
            out.append(Link(parsed_text(doc)[rank.start_char:f.end], f.text, "title", sentence, f.kind))
            role = find_role_before_rank(left, rank)
            if role is not None:  # "army spokesman" of "the army spokesman Colonel Ana Ruiz": the role alone names her too
                out.append(Link(role.text, f.text, "title", sentence, f.kind))
        if start < f.tok_start:
            out.append(Link(f"{bare.text} {f.text}", f.text, "title", sentence, f.kind))
    return out


def find_styled_title(doc, left):
    """The title of "His Excellency President" without its style, when a possessive "His"/"Her" opens a run of
    courtesy styles (lexicons/courtesy_styles.txt) in front of the title; None otherwise."""
    if left.start < 1 or doc[left.start - 1].text not in {"His", "Her"}:
        return None
    styles = load_words("courtesy_styles.txt")
    k = left.start
    while k < left.end - 1 and (doc[k].lower_.rstrip(".") in styles and doc[k].text[:1].isupper() or doc[k].text == "."):
        k += 1
    return doc[k:left.end] if k > left.start else None


def find_rank_tail(title):
    """The ranks that end a longer title ("police spokesman Supt", "the army spokesman Brig. Gen."): the last
    words before the name that are all ranks, with a role word before them; None when the whole title is ranks.
    One rank in lower case counts after a person's role ("the army spokesman colonel"), never a word as common as
    "chief" after a body ("police chief")."""
    k = len(title)
    while k > 0 and (title[k - 1].text == "." or title[k - 1].lower_.rstrip(".") in load_ranks()
                     and title[k - 1].text[:1].isupper()):
        k -= 1
    if k == len(title) and k >= 2 and title[-1].is_lower and title[-1].lower_ in load_ranks() \
            and find_role_before_rank(title, title[-1:]) is not None:
        k -= 1
    if k == len(title) or k == 0 or title[k].text == ".":
        return None
    return title[k:]


def find_role_before_rank(title, rank):
    """The words of a title before its ranks when they hold a person's role that is no rank ("army spokesman" of
    "army spokesman Colonel"); None for a body or a place alone ("police" of "police Supt")."""
    role = title.doc[title.start:rank.start]
    if role and role[0].lower_ in ARTICLES:
        role = role[1:]
    person_roles = load_title_words() - load_ranks()
    if not role or not any(t.lower_ in person_roles or t.lemma_.lower() in person_roles for t in role) \
            or role[-1].lower_ not in person_roles and role[-1].lemma_.lower() not in person_roles:
        return None
    return role


def find_title_with_initials(doc, f: Found, start: int, heads: frozenset[str], definitions: dict[str, str] | None) -> list[Link]:
    """A title with its initials in brackets before a person's name: "Superintendent of Police (SP) Ana Ruiz",
    "the Police Public Relations Officer (PPRO), DSP Ana Ruiz": the title, its initials and the titled name name
    the person."""
    i = start
    if i >= 1 and is_rank_word(doc[i - 1]):
        i -= 1  # a rank in capitals between the brackets and the name ("DSP")
    if i >= 1 and doc[i - 1].text == ",":
        i -= 1
    if i < 4 or doc[i - 1].text != ")" or doc[i - 3].text != "(":
        return []
    initials = doc[i - 2]
    if not (initials.is_alpha and initials.text.isupper() and 2 <= len(initials) <= 6):
        return []
    if doc[i - 3].sent.start != doc[f.tok_start].sent.start:
        return []
    title = find_title_before(doc, i - 3, heads)
    owners = [t.i for t in title[:-1] if t.tag_ == "POS"] if title is not None else []
    if owners:
        title = doc[max(owners) + 1:title.end]  # "the Bureau's Chief Press Officer (CPO)": the office's own words
    if title is None or is_bare_rank(title) or not _initials_of(initials.text, title):
        return []
    sentence = get_sentence(doc, f.tok_start)
    return [Link(title.text, f.text, "title", sentence, f.kind),
            Link(initials.text, f.text, "title", sentence, f.kind),
            Link(parsed_text(doc)[title.start_char:f.end], f.text, "title", sentence, f.kind)]


def is_rank_word(token) -> bool:
    """A short rank or office in capitals ("DSP", "SP", "PCOL")."""
    return token.is_alpha and token.text.isupper() and 2 <= len(token) <= 5


def _initials_of(acronym: str, title) -> bool:
    """The acronym's letters are the initials of the title's capitalised words, in order ("SP": "Superintendent of
    Police")."""
    capitals = [t for t in title if t.text[:1].isupper()]
    initials = "".join(t.text[0] for t in capitals)
    # a title word among them ("Officer", "Superintendent"): "Harbour Rescue Service (HRS)" is a body's name
    return initials.upper() == acronym.upper() and any(t.lower_ in load_title_words() for t in capitals)


def is_title_used_alone(doc, title, mentions: list[Found]) -> bool:
    """The one-word title ``title`` (a span, or a word) stands somewhere in ``doc`` with no name after it and
    inside no name."""
    word, at = (title.lower(), -1) if isinstance(title, str) else (title[0].lower_, title.start)
    starts = {f.tok_start for f in mentions}
    for t in doc:
        if t.lower_ != word or t.i == at:
            continue
        if t.i + 1 in starts or any(f.tok_start <= t.i < f.tok_end for f in mentions if f.named):
            continue  # "Governor Marsh", "the Governor's Office"
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.tag_ == "POS" or nxt.lower_ == "of"):
            continue  # "the Governor of Arden", "Governor Ann": a name follows, or the title is another's
        return True
    return False


COURTESY_WORDS = frozenset({"hon", "honourable", "honorable", "hon'ble"})


def is_phrase_used_alone(doc, phrase: str, mentions: list[Found]) -> bool:
    """A title of two words ("Honourable Minister") standing somewhere in ``doc`` with no name or "of" after it."""
    words = phrase.lower().split()
    for t in doc[:len(doc) - len(words) + 1]:
        if [doc[t.i + k].lower_ for k in range(len(words))] != words:
            continue
        end = t.i + len(words)
        nxt = doc[end] if end < len(doc) else None
        if any(f.tok_start == end or f.tok_start <= t.i < f.tok_end and f.named for f in mentions):
            continue
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.tag_ == "POS" or nxt.lower_ in {"of", "for"} or nxt.text == ","):
            continue  # "the Honourable Minister of Labour", "the Honourable Minister, Mr. X": the full title
        return True
    return False


def is_bare_rank(span) -> bool:
    """A title made only of ranks and honorifics ("Brigadier General", "Brig. Gen.", "Sgt"): no alias on its own."""
    words = [t.lower_.rstrip(".") for t in span if t.text != "."]
    return bool(words) and all(w in load_ranks() or w in HONORIFICS for w in words)


def find_honorific_links(doc, mentions: list[Found]) -> list[Link]:
    """"Ms Kannath", "Dr. Nadia Korsak", "Mr. Mirkovic": the name with its honorific as written is an alias of the
    name in that document (evidence ``honorific``; the honorific alone is none)."""
    out = []
    for f in mentions:
        if not f.named or f.kind != "PERSON":
            continue
        styled = find_courtesy_styles(doc, f.tok_start)
        if styled is not None:  # "Hon. Dr. Ana Roe", "Very Rev. (Prof.) Ana Roe": the name with all its styles
            out.append(Link(parsed_text(doc)[styled:f.end], f.text, "honorific", get_sentence(doc, f.tok_start), "PERSON"))
        i = f.tok_start
        if i > 1 and doc[i - 1].text == ".":
            i -= 1  # "Dr ." when the tokenizer splits the full stop
        if i == 0 or doc[i - 1].lower_.rstrip(".") not in HONORIFICS or not doc[i - 1].text[:1].isupper():
            continue
        i -= 1
        if "\n" in parsed_text(doc)[doc[i].idx:f.start]:
            continue
        target = f.text
        if len(f.text.split()) == 1:
            target = choose_by_gender(doc, doc[i], f, mentions) or f.text
        out.append(Link(parsed_text(doc)[doc[i].idx:f.end], target, "honorific", get_sentence(doc, f.tok_start), "PERSON"))
    return out


def find_courtesy_styles(doc, tok_start: int) -> int | None:
    """The character offset where a run of two or more courtesy styles before a name starts ("Hon. Dr.", "Most
    Rev.", "Very Rev. (Prof.)": lexicons/courtesy_styles.txt and the honorifics), on the name's line; None without one."""
    styles = load_words("courtesy_styles.txt") | HONORIFICS
    i, words = tok_start, 0
    while i > 0:
        t = doc[i - 1]
        if t.text in {".", "(", ")"}:
            i -= 1
            continue
        word = t.lower_.rstrip(".")
        if not (word.isalpha() and t.text[:1].isupper() and word in styles) or "\n" in t.whitespace_:
            break
        words += 1
        i -= 1
    while i < tok_start and doc[i].text in {".", ")"}:
        i += 1
    if words < 2 or "\n" in parsed_text(doc)[doc[i].idx:doc[tok_start].idx] or parsed_text(doc)[doc[i].idx:doc[tok_start].idx].count("(") \
            != parsed_text(doc)[doc[i].idx:doc[tok_start].idx].count(")"):
        return None
    return doc[i].idx


def choose_by_gender(doc, honorific, f: Found, mentions: list[Found]) -> str | None:
    """"Ms. Horvat" where the report names Vesna Horvat ("Vesna Horvat saw her son") and her son Ivan Horvat: the one
    full name of that surname whose words give the honorific's gender (lexicons/person_gender.tsv), when no other
    full name of that surname does."""
    from .quotes import find_gender_hint, find_possessive_hint, find_word_gender

    gender = find_word_gender(honorific)
    if gender is None:
        return None
    surname = normalize_name(f.text)
    genders: dict[str, set] = {}
    for m in mentions:
        words = normalize_name(m.text).split()
        if m.named and m.kind == "PERSON" and len(words) >= 2 and words[-1] == surname:
            span = doc[m.tok_start:m.tok_end]
            genders.setdefault(m.text, set()).update({find_gender_hint(span), find_possessive_hint(span)} - {None})
    if len({normalize_name(n) for n in genders}) < 2:
        return None  # one full name: the surname rule links it
    fits = {normalize_name(n): n for n, g in genders.items() if g == {gender}}
    return next(iter(fits.values())) if len(fits) == 1 else None


def find_appositive_phrase(doc, f: Found):
    """The appositive attached to a mention, either side, as a span."""
    root = doc[f.tok_start:f.tok_end].root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= f.tok_end:
            if child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == "(" \
                    and any(c.dep_ == "appos" and c.i > child.right_edge.i for c in root.children):
                continue  # "Lumen Power (LP), the utility that serves the valley": initials first, then the description
            return doc[child.left_edge.i:child.right_edge.i + 1]
    if root.dep_ == "appos" and root.head.i < f.tok_start:
        head = root.head
        # "the governor of Thalavar province, Priya Kannath": the name is parsed as the place's appositive
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in {"NOUN", "PROPN"} \
                and head.head.head.i < head.i:
            head = head.head.head
        end = max(head.i + 1, min(root.left_edge.i, f.tok_start))
        commas = [t.i for t in doc[head.i:end] if t.text in {",", ";", "\u2013", "\u2014"}]
        return doc[head.left_edge.i:commas[0] if commas else end]
    return None


COUNT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
QUANTIFIERS = frozenset({"many", "some", "most", "all", "several", "few", "both", "each", "none", "half", "dozens", "hundreds",
                         "thousands"})


def is_descriptive(span, mentions: list[Found]) -> bool:
    if span is None or not 0 < len(span) <= 12:
        return False
    if span.text.lower().strip(" .,!") in load_words("salutations.txt"):
        return False  # "Colonel Dara Voss, good morning.": a greeting, not a description
    root = span.root
    hyphenated = root.i >= 2 and root.doc[root.i - 1].text == "-" and f"{root.doc[root.i - 2].lower_}-{root.lower_}"
    if root.pos_ != "NOUN" and root.lower_ not in load_title_words() and hyphenated not in load_title_words():
        return False  # "the legitimate president-elect" is headed by "elect"
    if any(c in span.text for c in "\n()[]:"):
        return False
    if root.ent_type_ in COUNT_ENTS or any(c.dep_ == "nummod" for c in root.children):
        return False  # "Sunday evening", "210,000 people in camps": a time or a count, not a description
    if span[0].lower_ in QUANTIFIERS or root.lower_ in QUANTIFIERS:
        return False  # "many of them young men"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children) and not is_role_noun(root):
        return False  # "the anger of the disaster victims of Ambalpur": a noun of something, not a role
    return not any(f.named and f.kind == "PERSON" and span.start <= f.tok_start < span.end and not is_office_place(root, f)
                   for f in mentions)


def is_office_place(root, f: Found) -> bool:
    """"the headman of [Sarbandi]", "the governor of [Upper Tarn]": the name after a title's "of" is the place of the
    office, whatever the recogniser called it (it reads a little-known place as a person now and then)."""
    doc = root.doc
    of = doc[f.tok_start - 1] if f.tok_start else None
    return of is not None and of.lower_ == "of" and of.head.i == root.i and root.lower_ in load_title_words() \
        and f.tok_end == root.right_edge.i + 1


def is_role_noun(token) -> bool:
    """A title, descriptor or group noun ("governor", "agency", "forces"): a phrase headed by it can describe a name."""
    word, lemma = token.lower_, token.lemma_.lower()
    return bool({word, lemma} & (load_title_words() | set(load_descriptor_heads()) | set(load_group_nouns())))


def is_place_description(span) -> bool:
    """"the capital", "the provincial capital", "an industrial city": a place noun heads the phrase."""
    from ..lexicons import load_mapping

    kinds = load_mapping("place_nouns.tsv").get(span.root.lower_, "")
    return span.root.lower_ == "capital" or "anaphoric" in kinds


def cut_relative_clause(span):
    """"a farmer who is still searching for his wife" → "a farmer"; "the victim's mother, sobbed" → "the victim's mother";
    "an industrial city 90 km north of the capital" → "an industrial city"."""
    for t in span:
        relative_that = t.lower_ == "that" and t.head.dep_ == "relcl"  # "a German charity that runs a rescue ship"
        # "a charter airline set up in 1987", "an armed group based in the forest": a clause after the head
        participle = t.dep_ in {"acl", "amod"} and t.tag_ in {"VBN", "VBG", "JJ"} and t.head.i == span.root.i \
            and t.i > span.root.i and (t.tag_ != "JJ" or any(c.dep_ == "prep" for c in t.children))  # "active in"
        if t.i > span.start and (t.lower_ in {"who", "which", "whose", "whom"} or relative_that or t.dep_ == "relcl"
                                 or t.text == "," or participle):
            end = t.i
            while participle and end > span.root.i + 1 and span.doc[end - 1].pos_ == "ADV":
                end -= 1  # "a former pilot now consulting on safety" → "a former pilot"
            return span.doc[span.start:end]
        if t.i > span.root.i and t.like_num:
            return span.doc[span.start:t.i]
    return span


def find_appositive_links(doc, mentions: list[Found]) -> list[Link]:
    """"X, the regional police spokesperson" / "Arden's chief negotiator, X"."""
    out = []
    for f in mentions:
        if not f.named or f.kind not in {"PERSON", "ORG", "NORP", "GPE"}:
            continue
        span = find_appositive_phrase(doc, f)
        if f.kind == "GPE" and (span is None or not is_place_description(span)):
            continue  # "the capital, Varam": a place is described only by a place noun
        if span is not None and load_place_nouns().get(span.root.lower_) == "admin" \
                and any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span if t.i != span.start):
            continue  # "in Osk, province of Valdoro": the area that holds the place, another place (whatever Osk was read as)
        span = trim_span(cut_relative_clause(span)) if span is not None else None
        if span is not None and span.start and doc[span.start - 1].lower_ in ARTICLES:
            span = doc[span.start - 1:span.end]
        if not is_descriptive(span, mentions):
            continue
        if span.start and doc[span.start - 1].text == "(" or span.text.isupper():
            continue  # "PUERTO ALCARAZ, Corvera (MP)": an agency's code in parentheses, an acronym, not a description
        if f.kind != "PERSON" and span.root.lower_ in load_title_words():
            continue  # a person's title does not describe an organisation
        if f.tok_start and doc[f.tok_start - 1].text == "(" and span.end <= f.tok_start and not is_role_noun(span.root) \
                and f.tok_end + 1 < len(doc) and doc[f.tok_end].text == ")" and doc[f.tok_end + 1].text in {".", ";"}:
            continue  # "12 are in critical condition (KHD).": a source in brackets closing the sentence, not a name
        out.append(Link(span.text, f.text, "appositive", get_sentence(doc, f.tok_start), f.kind))
    return out + find_place_descriptions_before(doc, mentions, {(link.alias, link.target) for link in out})


def find_identified_noun(verb):
    """The noun phrase an identifying verb names: its object ("identified the driver as"), its passive subject
    ("the driver was named as") or the noun its participle describes ("the driver, identified by police as")."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ == "NOUN":
            return child
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        return verb.head
    return None


def find_identified_as_links(doc, mentions: list[Found]) -> list[Link]:
    """"Police identified the driver as Ana Roe", "the driver, named by police as Ana Roe": the described phrase is
    the person (lexicons/entity_identifying_verbs.txt). One person only: never "named the dead as A and B"."""
    verbs = load_words("entity_identifying_verbs.txt")
    out = []
    for f in mentions:
        if not f.named or f.kind != "PERSON":
            continue
        root = doc[f.tok_start:f.tok_end].root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ != "as" or any(c.dep_ == "conj" for c in root.children):
            continue
        verb = prep.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        noun = find_identified_noun(verb)
        if noun is None or any(c.dep_ == "conj" for c in noun.children):
            continue
        span = doc[noun.left_edge.i:noun.i + 1]
        span = trim_span(span) if span is not None else None
        if span is not None and span.start and doc[span.start - 1].lower_ in ARTICLES:
            span = doc[span.start - 1:span.end]
        if span is None or span.root.i != noun.i or not is_descriptive(span, mentions) \
                or any(t.pos_ == "PRON" or t.like_num for t in span):
            continue
        if any(m.tok_start <= noun.i < m.tok_end and m.named for m in mentions):
            continue  # "the Halden Institute named ... as": a name, not a description
        out.append(Link(span.text, f.text, "appositive", get_sentence(doc, f.tok_start), f.kind))
    return out


def find_office_of_before(doc, f: Found):
    """"the mayor of Brennmoor, Ivo Marren," / "the Executive Governor of Arden State, Dr. Paul Kolo,": a title, "of" or
    "in", a capitalised name (a place, a body), a comma, then the person's name (an honorific between) closed by
    punctuation or a verb -- read by the words, whatever the parser made of the commas. The span or None."""
    start = f.tok_start
    if start >= 2 and doc[start - 1].text == "." and doc[start - 2].lower_ in HONORIFICS:
        start -= 2  # "Dr . Paul Kolo"
    elif start >= 1 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        start -= 1
    i = start - 1
    if i < 3 or doc[i].text != "," or doc[start].is_sent_start:
        return None
    nxt = doc[f.tok_end] if f.tok_end < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.pos_ in {"VERB", "AUX"}):
        return None  # "the mayor of Osk, Ivo Marren and Ana Kel": a list, not an apposition
    heads = load_title_words()
    word = doc[i - 1]
    if word.lower_ in heads or word.lemma_.lower() in heads:
        title = find_title_before(doc, i, heads)  # "Arden's chief administrator, Ana Roe": an owner's title
        if title is not None and any(t.tag_ == "POS" for t in title) and title[0].text[:1].isupper():
            return title
        return None
    j = i - 1
    capitals = 0
    while j > 0 and i - j <= 8:
        t = doc[j]
        if t.is_sent_start or "\n" in t.whitespace_:
            return None
        if t.is_alpha and t.text[:1].isupper() and t.lower_ not in ARTICLES:
            capitals += 1
        elif t.lower_ in {"of", "and", "-"} or t.tag_ == "POS" or t.lower_ in ARTICLES and doc[j - 1].lower_ in {"of", "in"}:
            pass
        elif not (t.is_lower and load_place_nouns().get(t.lower_) == "admin"):
            break
        j -= 1
    while j < i and not (doc[j].lower_ in {"of", "in"} and (doc[j + 1].text[:1].isupper() or doc[j + 1].lower_ in ARTICLES)):
        j += 1  # back to the last "of"/"in" whose object starts with a capital ("of the Karu region", "of Osk")
    if j >= i or capitals == 0 or j < 1:
        return None
    title_end = j
    word = doc[title_end - 1]
    if word.lower_ not in heads and word.lemma_.lower() not in heads:
        return None
    title = find_title_before(doc, title_end, heads)
    if title is None or not title.text[:1].isalpha():
        return None
    return doc[title.start:i]


def find_office_of_links(doc, mentions: list[Found]) -> list[Link]:
    """Links from a person's office of a place or body written before the name ("the mayor of Brennmoor, Ivo Marren")."""
    out = []
    for f in mentions:
        if not f.named or f.kind != "PERSON":
            continue
        span = find_office_of_before(doc, f)
        if span is not None:
            out.append(Link(span.text, f.text, "appositive", get_sentence(doc, f.tok_start), f.kind))
    return out


def find_place_descriptions_before(doc, mentions: list[Found], taken: set) -> list[Link]:
    """"in the capital, Varam," / "to the provincial capital, Mirna,": a place noun phrase, a comma, then a one-place
    name closed by punctuation — read by the words, whatever the parser made of the commas."""
    out = []
    for f in mentions:
        if not f.named or f.tok_start < 3 or doc[f.tok_start - 1].text != ",":  # the recogniser calls many towns people
            continue
        if f.tok_end < len(doc) and not (doc[f.tok_end].is_punct or doc[f.tok_end].is_sent_start):
            continue  # "the capital, Varam and Dorn": not an apposition
        i = f.tok_start - 2
        root = doc[i]
        if root.pos_ != "NOUN":
            continue
        start = i
        while start > 0 and doc[start - 1].pos_ in {"ADJ", "NOUN"} and doc[start - 1].dep_ in {"amod", "compound"}:
            start -= 1
        if start == 0 or doc[start - 1].lower_ != "the" or start >= 2 and doc[start - 2].lower_ == "of":
            continue  # "the governor of the province, Priya Kannath": the governor is named, not the province
        if f.kind == "PERSON" and len(f.text.split()) > 1:
            continue  # a town the recogniser calls a person has one word; two are a person's name
        span = doc[start - 1:i + 1]
        if not is_place_description(span) or (span.text, f.text) in taken:
            continue
        out.append(Link(span.text, f.text, "appositive", get_sentence(doc, f.tok_start), "GPE" if f.kind in {"ORG", "PERSON"} else f.kind))
    return out


def find_descriptor_heads(span) -> list[str]:
    """The descriptor nouns of a phrase, its head first: "the monitor group" → ["group", "monitor"]."""
    heads = load_descriptor_heads()
    out = []
    if span.root.lower_ in load_descriptor_bodies():
        return [span.root.lower_]
    if span.root.lower_ not in heads:
        return out  # "the hospital strike" is a strike, not the hospital
    for token in [span.root] + [t for t in span if t.dep_ == "compound"]:
        if token.lower_ in heads and token.lower_ not in out:
            out.append(token.lower_)
    return out


def find_descriptor_head(span) -> str | None:
    found = find_descriptor_heads(span)
    return found[0] if found else None


def find_descriptor_candidates(doc, mentions: list[Found]) -> list:
    """Definite noun phrases ("the Network", "the Geneva-based monitor group") headed by a descriptor noun."""
    out = []
    for chunk in doc.noun_chunks:
        if find_descriptor_head(chunk) is None:
            continue
        if chunk[0].lower_ != "the" and not (chunk[0].tag_ != "PRP$" and chunk[0].lower_ not in ARTICLES
                                             and find_descriptor_modifiers(chunk)):
            continue  # "local health authorities": a description without "the" needs words of the name
        capitals = [t for t in chunk[1:] if t.text[:1].isupper()]
        if chunk.root.text[:1].isupper() and len(capitals) >= 2:
            continue  # "the Mesa County Sheriff's Office" is a name of its own, not a description
        if chunk[0].lower_ != "the" and chunk.root.text[:1].isupper() and chunk[0].text[:1].isupper() and chunk[0].pos_ == "PROPN":
            continue  # "Mesa County", "Halden Dam": a name, not a description
        if any(f.named and f.kind in {"ORG", "PERSON"} and overlaps(f, make_found(chunk, "")) and f.text.lower() != chunk.root.lower_ for f in mentions):
            continue
        out.append(chunk)
    out += find_possessive_descriptors(doc, mentions)
    for f in mentions:
        if f.named and len(f.text.split()) == 1 and f.text.lower() in load_descriptor_heads():
            out.append(doc[f.tok_start:f.tok_end])
    return out


def find_possessive_descriptors(doc, mentions: list[Found]) -> list:
    """"the charity's field teams", "The agency's director": a descriptor noun right after "the" that owns the
    next words (the noun chunk is the owned thing, so the owner is found here)."""
    out = []
    heads = load_descriptor_heads()
    for t in doc[1:len(doc) - 1]:
        if t.lower_ not in heads or doc[t.i + 1].tag_ != "POS" or doc[t.i - 1].lower_ != "the":
            continue
        span = doc[t.i - 1:t.i + 1]
        if not any(f.named and overlaps(f, make_found(span, "")) for f in mentions):
            out.append(span)
    return out


def find_descriptor_modifiers(span) -> list[str]:
    """The content words in front of a descriptor's head: "the country's disaster agency" → ["disaster"]."""
    return [t.lower_ for t in span if t.i < span.root.i and t.dep_ in {"compound", "amod", "nmod"} and t.is_alpha
            and t.pos_ in {"NOUN", "ADJ", "PROPN"} and len(t) > 2 and not t.is_stop]


def resolve_by_modifiers(span, mentions: list[Found]) -> Found | None:
    """The one organisation of the document, before or after, whose name holds a word the head allows and a word
    in front of it: "the country's disaster agency" → "National Disaster Risk Management Agency", "local health
    authorities" → "Ministry of Health"."""
    mods = set(find_descriptor_modifiers(span))
    if not mods:
        return None
    heads = find_descriptor_heads(span)
    words_of = {**load_descriptor_heads(), **load_descriptor_bodies()}
    allowed = set(heads) | {w for h in heads for w in words_of[h]}
    fits = {}
    for f in mentions:
        words = set(f.text.lower().replace("-", " ").split())
        if f.named and f.kind not in {"PERSON", "GPE", "LOC"} and len(words) > 1 and words & allowed and words & mods \
                and not is_person_title(f.text):
            fits.setdefault(normalize_name(f.text), f)
    return next(iter(fits.values())) if len(fits) == 1 else None


def resolve_descriptor(span, mentions: list[Found]) -> Found | None:
    """The one organisation whose name holds the descriptor's own words, else the most recent organisation named
    before ``span`` whose name contains a word the descriptor allows."""
    by_words = resolve_by_modifiers(span, mentions)
    if by_words is not None or span[0].lower_ != "the" and len(span) > 1 or span.root.lower_ in load_descriptor_bodies():
        return by_words
    earlier = [f for f in sorted(mentions, key=lambda m: -m.start)
               if f.end <= span.start_char and f.named and f.kind != "PERSON" and len(f.text.split()) > 1
               and not is_headline_name(span.doc, f) and not is_person_title(f.text)]
    # each descriptor noun, the head first ("the monitor group": group, then monitor); for each, its own word
    # first ("the centre" → "X Shopping Centre"), then the words it may stand for
    for head in find_descriptor_heads(span):
        area = load_place_nouns().get(head) == "admin"  # "the county" is a place, not "the County Sheriff's Office"
        for allowed in ({head}, set(load_descriptor_heads()[head])):
            for f in earlier:
                if area and not heads_the_name(head, f.text):
                    continue  # the area's noun inside a body's name ("Bellmoor County Sheriff's Office")
                if set(f.text.lower().replace("-", " ").split()) & allowed:
                    return f
    return resolve_based_descriptor(span, earlier) or resolve_described_body(span, mentions)


def resolve_described_body(span, mentions: list[Found]) -> Found | None:
    """"the charity" where the document calls one body by that noun in apposition to its name ("Ostland Relief
    Medics (ORM), a medical charity that runs ...", "Harbour Aid, the charity"): that body, whatever its name's words;
    none when the document so describes two bodies."""
    doc, head = span.doc, span.root.lower_
    mods = set(find_descriptor_modifiers(span))  # "the medical charity": only a body called a medical charity
    found = {}
    for f in mentions:
        if not f.named or f.kind not in {"ORG", "NORP", "PERSON", "FAC"} or len(f.text.split()) < 2:
            continue  # a body the recogniser took for a person still makes the noun ambiguous
        i = f.tok_end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3  # the acronym in brackets after the name
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
            continue
        j = i + 2
        while j < min(len(doc), i + 8) and doc[j].lower_ != head and (doc[j].pos_ in {"ADJ", "NOUN", "PROPN"} or doc[j].text == "-"
                                                                       or doc[j].lower_ == "based" or doc[j].tag_ == "POS"):
            j += 1  # "the country's largest hunting lobby": the possessive too
        if j >= len(doc) or doc[j].lower_ != head or doc[j].sent.start != doc[f.tok_start].sent.start:
            continue
        if j + 1 < len(doc) and doc[j + 1].pos_ in {"NOUN", "PROPN"}:
            continue  # "a charity worker": no body
        if any(c.dep_ in {"cc", "conj"} for c in doc[j].children) or doc[j].dep_ == "conj" \
                or j + 1 < len(doc) and doc[j + 1].lower_ in {"and", "or"}:
            continue  # "the Rescue Corps (RC), the fire brigade and police": a list of bodies, no apposition
        if doc[j].dep_ in {"nsubj", "nsubjpass"} or j + 1 < len(doc) and doc[j + 1].tag_ in {"VBZ", "VBD", "VBP", "MD"}:
            continue  # "said the Coast Police, the storm has killed 12": a new clause's subject, no apposition
        if mods - {t.lower_ for t in doc[i + 2:j]}:
            continue  # "the hunting lobby" is not "X, a shooting-range lobby"
        found.setdefault(normalize_name(f.text), f)
    body = next(iter(found.values())) if len(found) == 1 else None
    return body if body is not None and body.kind in {"ORG", "NORP"} else None


def is_person_title(text: str) -> bool:
    """"Police Public Relations Officer", "Regional Fire Chief": a name that ends in a person's title is an office
    held by a person, never the body a description ("the police") stands for."""
    words = text.lower().replace("-", " ").split()
    if words and words[0] in ARTICLES:
        words = words[1:]
    if not words:
        return False
    titles, heads = load_title_words(), load_descriptor_heads()
    # "Inspector General of Police", "Commissioner of Police": a title, then whose
    first = words[0] in titles and words[0] not in heads and "of" in words
    return first or words[-1] in titles and words[-1] not in heads


def is_headline_name(doc, f: Found) -> bool:
    """A name found in a title-case headline that does not end in an organisation noun ("Army Denies Scale of
    Killings"): the recogniser read the headline's capitals as a name. "Officers of the Organizing Committee" in a
    memo's subject line still ends in its noun; a letterhead's "MINISTRY OF PORTS AND FISHERIES" has it before "of"."""
    words = f.text.lower().replace("-", " ").split()
    before_of = words[:words.index("of")] if "of" in words[1:] else []
    heads = load_descriptor_heads()
    return is_headline_line(doc[f.tok_start].sent) and not (words and words[-1] in heads or before_of and before_of[-1] in heads)


def is_headline_line(sent) -> bool:
    """A headline in title case ("Army Denies Scale of Killings"): the recogniser reads its capitals as names, so a
    description later in the text never stands for a name found there."""
    if sent.text.rstrip().endswith((".", "!", "?", "\"", "”", ":")):
        return False  # a sentence of the body ("Engineers inspected the Halden Dam on Monday.")
    words = [t for t in sent if t.is_alpha and len(t) > 3 and t.i != sent.start]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) / len(words) > 0.7


def heads_the_name(noun: str, name: str) -> bool:
    """``noun`` heads ``name``: its last word, or the word before "of" ("Ambalpur District", "Department of
    Safety"), not a word in front of another noun ("Bellmoor County Sheriff's Office")."""
    words = normalize_name(name).split()
    return any(w == noun and (i == len(words) - 1 or words[i + 1] == "of") for i, w in enumerate(words))


def resolve_based_descriptor(span, earlier: list[Found]) -> Found | None:
    """"The Geneva-based group", "the London-based monitor": a body placed by its seat stands for the organisation
    named last, in its own sentence or the one before, whatever its name's words."""
    based = [t for t in span if t.lower_ == "based" and t.i > span.start and span.doc[t.i - 1].text == "-"]
    if not based:
        return None
    sentence = span.doc[span.start].sent
    window = sentence.start_char
    if sentence.start > 0:
        window = span.doc[sentence.start - 1].sent.start_char
    orgs = [f for f in earlier if f.kind == "ORG" and f.start >= window]
    return orgs[0] if orgs else None


def find_descriptor_links(doc, mentions: list[Found]) -> list[Link]:
    out = []
    for span in find_descriptor_candidates(doc, mentions):
        target = resolve_descriptor(span, mentions)
        if target is not None:
            out.append(Link(strip_article(span.text), target.text, "descriptor", get_sentence(doc, span.start), target.kind))
    return out


OWNER_EXCLUDED = frozenset({"remnants", "remnant", "supporters", "loyalists", "partisans", "members", "leaders", "victims"})


def find_group_of_links(doc, mentions: list[Found]) -> list[Link]:
    """"Rebel fighters of the Popular Valley Front", "terrorists of the so-called X": the group words name that body
    in this document (evidence ``descriptor``)."""
    out = []
    named = [m for m in mentions if m.named and m.kind in {"ORG", "NORP"} and len(m.text.split()) >= 2 or m.named and m.text.isupper()]
    for g in mentions:
        if g.named:
            continue
        span = doc[g.tok_start:g.tok_end]
        ofs = [t for t in span if t.lower_ == "of" and t.head.i == span.root.i]
        if not ofs or span.root.lower_ in OWNER_EXCLUDED or load_group_nouns().get(span.root.lower_) not in {"armed", "crowd", "force"}:
            continue
        owner = next((m for m in named if ofs[0].i < m.tok_start <= ofs[0].i + 8 and m.tok_start < g.tok_end + 2), None)
        head = trim_span(doc[g.tok_start:ofs[0].i])
        if owner is None or head is None or not 0 < len(head) <= 4:
            continue
        alias = strip_article(head.text).strip("“”\"‘’ ")
        out.append(Link(alias, owner.text, "descriptor", get_sentence(doc, g.tok_start), owner.kind))
    return out


def find_government_links(doc, mentions: list[Found]) -> list[Link]:
    """"the regime", "the junta" alone: the government the document last named with its owner ("the Vedrin regime",
    "Karesia's government", "the government in Tesmin") — evidence ``descriptor``."""
    nouns = load_group_nouns()
    owned = [m for m in mentions if not m.named and len(m.text.split()) >= 2
             and nouns.get(doc[m.tok_start:m.tok_end].root.lower_) == "government"
             and any(t.ent_type_ or t.pos_ == "PROPN" for t in doc[m.tok_start:m.tok_end])]
    out = []
    for m in mentions:
        words = normalize_name(m.text).split()
        if m.named or len(words) != 1 or nouns.get(words[0]) != "government":
            continue
        earlier = [o for o in owned if o.end <= m.start]
        if earlier:
            target = max(earlier, key=lambda o: o.start)
            out.append(Link(m.text, target.text, "descriptor", get_sentence(doc, m.tok_start), "ORG"))
    return out


def find_title_head_links(doc, links: list[Link], mentions: list[Found]) -> list[Link]:
    """"President of the Republic of Marland Ivo Marn" ... "The President personally visited": the title word
    of a person's longer title, used alone elsewhere in the document, names that person (evidence ``title``) —
    when the document gives that word to no one else."""
    titles = load_title_words()
    found: dict[str, set[str]] = defaultdict(set)
    sentences: dict[tuple[str, str], str] = {}
    for link in links:
        if link.kind != "PERSON" or link.evidence not in {"title", "appositive"}:
            continue
        words = [w for w in re.split(r"[\s,]+", link.alias) if w]
        if len(words) < 2 or link.target in link.alias:
            continue
        at = next((i for i, w in enumerate(words) if w[:1].isupper() and w.lower().rstrip(".") in titles), None)
        head = words[at] if at is not None else None
        if head is not None and head.lower().rstrip(".") in COURTESY_WORDS and at + 1 < len(words) \
                and words[at + 1][:1].isupper() and words[at + 1].lower() in titles:
            head = f"{head} {words[at + 1]}"  # "The Honourable Minister of Labour, Mr. X" ... "The Honourable Minister said"
        if head is not None and head.lower() not in load_ranks():
            found[head].add(link.target)
            sentences.setdefault((head, link.target), link.sentence)
    have = {(link.alias.lower(), link.target) for link in links}
    out = []
    for head, targets in found.items():
        alone = is_title_used_alone(doc, head, mentions) if " " not in head else is_phrase_used_alone(doc, head, mentions)
        if len(targets) != 1 or not alone:
            continue
        target = next(iter(targets))
        if (head.lower(), target) not in have:
            out.append(Link(head, target, "title", sentences[(head, target)], "PERSON"))
    return out


def find_place_noun_links(doc, mentions: list[Found]) -> list[Link]:
    """A place's name written with its noun: "the Valdoro province" / "the town of Osk" / "the Republic of Arden"
    (lexicons/entity_place_nouns.tsv: an area noun after the name, or any place noun before "of") names the
    place the recogniser found without the noun (evidence ``name_variant``)."""
    nouns = load_place_nouns()
    sites = load_words("entity_site_nouns.txt")
    text = parsed_text(doc).lower()
    out = []
    for f in mentions:
        words = normalize_name(f.text).split()
        if not f.named or f.kind not in {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"} or not words or words[-1] in nouns:
            continue
        if f.kind not in PLACE_KINDS and (len(words) > 1 or f.text.isupper()):
            continue  # the recogniser reads a one-word place as a person, a body or a people now and then, not a full name
        span = None
        after = doc[f.tok_end] if f.tok_end < len(doc) else None
        # "the Varo Flats camp", "the Delk mine": a site's name and its noun in lower case (entity_site_nouns.txt)
        site = after is not None and after.text.islower() and after.lower_ in sites and f.kind != "NORP"
        if after is not None and (nouns.get(after.lower_) == "admin" or after.lower_ in SETTLEMENT_NOUNS or site):
            following = doc[after.i + 1] if after.i + 1 < len(doc) else None
            if following is None or not (following.text[:1].isupper() and following.is_alpha):
                span = doc[f.tok_start:after.i + 1]  # "Valdoro province", not "Valdoro Province Police"
            name = f.text.lower()
            if after.lower_ not in SETTLEMENT_NOUNS and any(f"{n} of {name}" in text or f"{name} {n}" in text for n in SETTLEMENT_NOUNS):
                span = None  # the document's town of Osk and its Osk region are two places
        if span is None and f.tok_start >= 2 and doc[f.tok_start - 1].lower_ == "of":
            noun = doc[f.tok_start - 2]
            if nouns.get(noun.lower_) in {"admin", "of"} and noun.is_alpha:
                span = doc[noun.i:f.tok_end]  # "town of Osk", "Province of Valdoro"
        if span is not None and "\n" not in span.text:
            out.append(Link(span.text, f.text, "name_variant", get_sentence(doc, f.tok_start), "GPE"))
    return out


_QUOTED = r"[\"“]([^\"”\n]{1,40})[\"”]"
_DEFINED_TERMS = re.compile(rf"\s*\(\s*(?:the\s+)?{_QUOTED}(?:\s*,\s*(?:the\s+)?{_QUOTED})*"
                            rf"(?:\s*,?\s*(?:or|and)\s+(?:the\s+)?{_QUOTED})?\s*\)")


def find_defined_term_links(doc, mentions: list[Found]) -> list[Link]:
    """Names a document defines for a body in brackets right after its name, each in quotation marks (the style
    of company filings and statements): 'Ostmark Coal JSC ("Ostmark Coal", "OstCoal" or the "Company")'. The name
    is the run of capitalised words just before the brackets, on their line or the line above. One capitalised
    word ("the Company", "the Operator") stands for the body in this document only (evidence ``descriptor``); a
    longer name or one with inner capitals ("OstCoal") everywhere (``acronym``)."""
    out = []
    for m in _DEFINED_TERMS.finditer(parsed_text(doc)):
        before = parsed_text(doc)[:m.start()].rstrip()
        line = before.rsplit("\n", 1)[-1]
        run = re.search(r"((?:[A-Z][\w&.'’-]*)(?:\s+(?:of|for|the|and|de|[a-z]{1,3}-[A-Z][\w'’-]*|[A-Z][\w&.'’-]*))*)\s*$", line)
        if run is None or len(run.group(1).split()) < 2 and not any(f.text == run.group(1) for f in mentions):
            continue
        name = run.group(1).strip()
        kind = next((f.kind for f in mentions if f.named and f.text in name), "ORG")
        sentence = line.strip() + parsed_text(doc)[m.start():m.end()]
        for term in re.findall(_QUOTED, m.group(0)):
            term = term.strip()
            words = term.split()
            if not term or len(words) > 6 or normalize_name(term) == normalize_name(name) \
                    or not all(w[:1].isupper() or w in {"of", "for", "the", "and", "de"} for w in words):
                continue  # a name in title case, not a phrase ("We are scared")
            common = len(term.split()) == 1 and term[1:].islower()
            out.append(Link(term, name, "descriptor" if common else "acronym", sentence, kind))
    return out


def find_bracketed_name_links(doc, mentions: list[Found]) -> list[Link]:
    """A body's name with its name in another language in brackets right after it, either way round: "the Ostland
    Relief Front (Jabhat Ighathat Ostland)" or "Jabhat Ighathat Ostland (the Ostland Relief Front)". Like an acronym
    in brackets, the bracketed name is an alias everywhere (evidence ``acronym``). One of the two holds a word that
    says what kind of body it is ("front", "movement", "ministry") and the other none: it is that name in another
    language, of three words or more or with a joined particle ("al-"); never a place or a people."""
    heads = set(load_descriptor_heads()) | set(load_group_nouns()) | load_title_words()
    by_start = {f.tok_start: f for f in mentions if f.named}
    out = []
    for f in mentions:
        if not f.named or f.tok_end + 1 >= len(doc) or doc[f.tok_end].text != "(":
            continue
        g = by_start.get(f.tok_end + 1)
        if g is None or g.tok_end >= len(doc) or doc[g.tok_end].text != ")" or "ORG" not in {f.kind, g.kind}:
            continue
        if {f.kind, g.kind} & {"GPE", "LOC", "NORP", "DATE"} or doc[f.tok_start].sent.start != doc[g.tok_start].sent.start:
            continue
        words_f, words_g = normalize_name(f.text).split(), normalize_name(g.text).split()
        if set(words_f) & set(words_g) - {"of", "the", "and"}:
            continue  # "Ostland Relief Front (Ostland branch)": a part or a note, not the name again
        headed = [bool(set(w) & heads) for w in (words_f, words_g)]
        if headed[0] == headed[1]:
            continue  # "Department of Roads (Ministry of Transport)": two bodies; "Ana Ruiz (Dorn Clinic)" neither
        other = g if headed[0] else f
        if len(other.text.split()) < 3 and not re.search(r"\b[a-z]{1,3}-[A-Z]", other.text):
            continue
        out.append(Link(g.text, f.text, "acronym", get_sentence(doc, f.tok_start), "ORG"))
    return out


POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their", "our", "my", "your"})
MODIFIER_STOPWORDS = frozenset({"former", "late", "other", "another", "same", "such", "said", "only", "first", "last",
                                "next", "then", "now", "also", "new", "own"})
MAX_MODIFIER_WORDS = 4


def is_modifier_word(t) -> bool:
    """A lower-case noun or adjective ("structural", "engineer"), capitalised only when it opens the sentence."""
    text = t.text if not t.is_sent_start else t.text[:1].lower() + t.text[1:]
    return t.is_alpha and text.islower() and t.pos_ in {"ADJ", "NOUN"} and t.lower_ not in MODIFIER_STOPWORDS


def find_modifier_start(doc, f: Found) -> int | None:
    """The first token of the words written in front of a name that describe it, inside its noun phrase:
    lower-case nouns and adjectives ("structural engineer", "state capital", "Geneva-based"), an owner's
    possessive ("Arden's", "the army's", "its"); ``None`` when there are none. The words and the name make one
    phrase (only one of its words hangs on a word outside it), so a verb's object or a list never counts."""
    i, words, owner, hyphened = f.tok_start, 0, False, False
    while i > 0 and words < MAX_MODIFIER_WORDS and not doc[i].is_sent_start:
        t = doc[i - 1]
        if "\n" in t.text or "\n" in t.whitespace_:
            break
        if t.tag_ == "POS" and i >= 2 and doc[i - 2].pos_ in {"PROPN", "NOUN"} and doc[i - 2].is_alpha:
            j = i - 2  # "Arden's", "the army's": the owner, as far back as its own name goes
            while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_alpha and not doc[j].is_sent_start \
                    and doc[j - 1].ent_iob_ == "I" or j > 0 and doc[j].ent_iob_ == "I" and doc[j - 1].is_alpha:
                j -= 1
            i, owner = j, True
            break
        if t.lower_ in POSSESSIVE_DETERMINERS and t.tag_ == "PRP$":
            i, owner = i - 1, True
            break
        if t.ent_type_ in COUNT_ENTS:
            break  # "58-year-old", "9 am": an age or a time, not a description
        if i >= 3 and doc[i - 2].text == "-" and t.is_alpha and t.text.islower() and doc[i - 3].is_alpha \
                and not doc[i - 2].whitespace_ and not doc[i - 3].whitespace_:
            if i >= 4 and not doc[i - 4].whitespace_:
                break  # part of a longer hyphened word
            i -= 3  # "Geneva-based", "military-led": the whole word
            words, hyphened = words + 1, True
            continue
        if not is_modifier_word(t):
            break
        i -= 1
        words += 1
    if i >= f.tok_start or not (words or owner):
        return None
    span = doc[i:f.tok_end]
    if sum(1 for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i) != 1:
        return None  # "killed [workers] Ana Ruiz", a list, a clause: the words are not one phrase with the name
    if not owner and not hyphened and not any(is_modifier_word(t) for t in doc[i:f.tok_start]):
        return None
    return i


STATE_NOUNS = frozenset({"state", "government", "republic", "nation", "country", "kingdom", "federation", "union"})


def is_common_noun_name(name: str) -> bool:
    """"State", "Ministry", "the Police", "Government": a name that is one common noun saying what kind of body or
    place a thing is (the descriptor, group, place and title nouns of the lexicons), capitalised as a report's
    house style or the recogniser's guess; words written in front of it describe no particular name. Two such
    words ("Interior Ministry", "Border Police") do name a body."""
    words = [w for w in normalize_name(name).split() if w not in ARTICLES]
    if len(words) != 1:
        return not words
    w = words[0]
    return (w in STATE_NOUNS or w in load_descriptor_heads() or w in load_group_nouns() or w in load_place_nouns()
            or w in load_mapping("place_nouns.tsv") or w in load_title_words())


def find_modifier_links(doc, mentions: list[Found]) -> list[Link]:
    """A name with the words its document writes in front of it, kept whole as that document's alias of the name
    (evidence ``modifier``): "structural engineer Ana Ruiz", "Arden's Ministry of Defence", "its spokesman Ivo Kran",
    "the Geneva-based Flood Watch" ("the" is no part of it). Like a title, it is a description of one document."""
    out = []
    for f in mentions:
        if not f.named or f.kind not in {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP"} or f.tok_start == 0:
            continue
        if is_common_noun_name(f.text):
            continue  # "a dry State", "the local Police": a common noun the recogniser took for a name
        start = find_modifier_start(doc, f)
        if start is None:
            continue
        alias = doc.text[doc[start].idx:f.end]
        if "\n" in alias or normalize_name(alias) == normalize_name(f.text):
            continue
        out.append(Link(alias, f.text, "modifier", get_sentence(doc, f.tok_start), f.kind))
    return out + find_place_after_comma_links(doc, mentions)


PHRASE_ENDS = frozenset({".", ";", ":", ")", ",", "\u2013", "\u2014"})


def find_place_after_comma_links(doc, mentions: list[Found]) -> list[Link]:
    """A body or a building with its town after a comma, the way addresses and letterheads write it ("Civil
    Hospital, Osk", "Ministry of Health, Republic of Arden"): the whole is that document's alias of the name
    (evidence ``modifier``). The town ends the phrase (a line end or punctuation, never "and" or a word:
    "Osk, Tarn and Vell" is a list)."""
    starts = {f.tok_start: f for f in mentions if f.named}
    out = []
    for f in mentions:
        if not f.named or f.kind not in {"ORG", "FAC"} or f.tok_end + 1 >= len(doc) or doc[f.tok_end].text != ",":
            continue
        g = starts.get(f.tok_end + 1)
        if g is None or g.kind not in {"GPE", "LOC"} or "\n" in doc.text[f.start:g.end]:
            continue
        after = doc[g.tok_end] if g.tok_end < len(doc) else None
        if after is not None and not ("\n" in doc[g.tok_end - 1].whitespace_ or after.text in PHRASE_ENDS):
            continue
        if after is not None and after.text == "," and g.tok_end + 1 < len(doc) and doc[g.tok_end + 1].lower_ in {"and", "or"}:
            continue
        out.append(Link(doc.text[f.start:g.end], f.text, "modifier", get_sentence(doc, f.tok_start), f.kind))
    return out


TURN_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Z.'’/-]*(?:[ \t]+[A-Z][A-Z.'’/-]*){0,4})[ \t]*(?:\([^)\n]{0,80}\))?[ \t]*:[ \t]+\S")


def is_title_word(word: str) -> bool:
    """A role, rank, honorific or newsroom role written before a name ("GOVERNOR", "P/DGEN.", "DR.", "ANCHOR"),
    or an abbreviation with a full stop or a stroke."""
    bare = word.lower().rstrip(".")
    return bare in load_title_words() or bare in HONORIFICS or bare in load_ranks() \
        or bare in load_words("newsroom_roles.txt") or "." in word or "/" in word


def find_turn_label_links(doc, mentions: list[Found]) -> list[Link]:
    """A transcript's turn label in capitals names a person of the document ("GOVERNOR KOLVANE:", "DR. OKAFOR:",
    "BRANNOCK:", "ANCHOR RUTH CALLOWAY:"): its last words are the end of one person's full name the document
    writes (in its text or in another label), the words before them titles; the label is that document's alias
    of the full name (evidence ``name_variant``). A surname shared by two people of the document links nothing."""
    labels = [(m.group("label"), m.start("label")) for m in TURN_LABEL.finditer(doc.text)]
    if not labels:
        return []
    names: dict[tuple[str, ...], str] = {}
    for f in mentions:
        words = f.text.split()
        while len(words) > 2 and is_title_word(words[0]):
            words = words[1:]  # "SP Yusuf Barde" read as one name: the name after the rank
        if f.named and f.kind == "PERSON" and len(words) >= 2 and not is_title_word(words[0]):
            names.setdefault(tuple(normalize_name(" ".join(words)).split()), " ".join(words))
    for label, _ in labels:  # "ANCHOR RUTH CALLOWAY": the titles, then a full name
        words = label.split()
        k = 0
        while k < len(words) - 1 and is_title_word(words[k]):
            k += 1
        rest = words[k:]
        if 0 < k and len(rest) >= 2 and not any(is_title_word(w) for w in rest):
            names.setdefault(tuple(normalize_name(" ".join(rest)).split()), " ".join(rest))
    out = []
    for label, start in labels:
        words = label.split()
        if len(words) == 1 and is_title_word(words[0]):
            continue
        key = tuple(normalize_name(label).split())
        found = set()
        for n in range(len(key), 0, -1):
            if all(is_title_word(w) for w in words[:len(words) - n]):
                found = {text for full, text in names.items() if full[-n:] == key[-n:] and len(full) > n - (len(words) > n)}
                if found:
                    break
        found = {text for text in found if tuple(normalize_name(text).split()) != key}
        if len(found) != 1 or len({tuple(normalize_name(t).split()) for t in found}) != 1:
            continue
        target = next(iter(found))
        line = doc.text[start:doc.text.find("\n", start) if "\n" in doc.text[start:] else len(doc.text)]
        out.append(Link(label, target, "name_variant", line.strip(), "PERSON"))
    return out


def find_links(doc, mentions: list[Found], definitions: dict[str, str]) -> list[Link]:
    links = (
        find_acronym_links(doc, definitions)
        + find_defined_term_links(doc, mentions)
        + find_bracketed_name_links(doc, mentions)
        + find_name_variant_links(doc, mentions)
        + find_title_links(doc, mentions, definitions=definitions)
        + find_honorific_links(doc, mentions)
        + find_appositive_links(doc, mentions)
        + find_identified_as_links(doc, mentions)
        + find_office_of_links(doc, mentions)
        + find_descriptor_links(doc, mentions)
        + find_group_of_links(doc, mentions)
        + find_government_links(doc, mentions)
        + find_place_noun_links(doc, mentions)
        + find_signed_title_links(doc, mentions)
        + find_modifier_links(doc, mentions)
        + find_turn_label_links(doc, mentions)
    )
    links += find_title_comma_links(doc, mentions, links)
    links += find_title_head_links(doc, links, mentions)
    return links + find_role_word_links(doc, links, mentions)


OTHER_HOLDER_WORDS = frozenset({"a", "an", "another", "one", "other", "every", "each", "any", "no"})


def find_role_word_links(doc, links: list[Link], mentions: list[Found]) -> list[Link]:
    """"Army spokesman Colonel Ivo Kran" ... "the spokesman said"; "Ana Roe, the headman of Osk" ... "the headman
    recalled": a role or rank word of one person's title or appositive, used later with "the" and nothing after it,
    names that person (evidence ``title``, the sentence that gave the title) when the document gives the word to
    no one else and never writes it after "a" or "another" (a second holder)."""
    titles = load_title_words()
    holders: dict[str, set[str]] = defaultdict(set)
    sentences: dict[tuple[str, str], str] = {}
    for link in links:
        if link.kind != "PERSON" or link.evidence not in {"title", "appositive"}:
            continue
        for w in re.split(r"[\s,]+", link.alias):
            word = w.lower().rstrip(".")
            if word in titles and len(word) > 2 and w[-1:] != ".":
                holders[word].add(link.target)
                sentences.setdefault((word, link.target), link.sentence)
    have = {(link.alias.lower(), link.target) for link in links}
    starts = {f.tok_start for f in mentions}
    out = []
    for word, targets in holders.items():
        if len(targets) != 1:
            continue
        target = next(iter(targets))
        uses = [t for t in doc if t.lower_ == word]
        if any(t.i > 0 and doc[t.i - 1].lower_ in OTHER_HOLDER_WORDS
               or any(c.dep_ == "det" and c.lower_ in OTHER_HOLDER_WORDS for c in t.children) for t in uses):
            continue
        for t in uses:
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.i == 0 or doc[t.i - 1].lower_ != "the" or t.i + 1 in starts \
                    or any(f.tok_start <= t.i < f.tok_end for f in mentions if f.named):
                continue
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.tag_ == "POS" or nxt.lower_ in {"of", "for", "-"}):
                continue  # "the spokesman for the army", "the general's men": another's, or the full title
            if not t.text.islower() and not doc[t.i - 1].is_sent_start:
                continue  # "the Commissioner" inside a sentence may be an office's name
            if (t.text.lower(), target) not in have:
                out.append(Link(t.text.lower(), target, "title", sentences[(word, target)], "PERSON"))
                have.add((t.text.lower(), target))
            break
    return out


SIGNATURE_STOPS = frozenset({"(", "-", "\u2013", "\u2014", ";", ".", ",", ":", "|"})


def ends_line(doc, k: int) -> bool:
    """Token ``k`` starts a new line (or the document ends before it)."""
    return k >= len(doc) or "\n" in doc[k - 1].whitespace_ or doc[k].is_space and "\n" in doc[k].text


def read_signed_title(doc, i: int):
    """"Executive Secretary, KASEMA" from token ``i``: a title in capitalised words (at most five, one of them a
    title word), a comma, then the body or place it serves in capitalised words (at most five), ending the line
    or followed by a stop. The span, or None."""
    titles = load_title_words()

    def capitalised(t) -> bool:  # "Director-General" may be one token
        parts = t.text.split("-")
        return all(p.isalpha() and p[:1].isupper() for p in parts)

    j = i
    while j < len(doc) and j - i < 6 and (capitalised(doc[j]) or doc[j].text == "-") and "\n" not in doc[j].whitespace_:
        j += 1
    title = doc[i:j]
    if not title or j >= len(doc) or doc[j].text != "," or title[0].text == "-" or title[-1].text == "-" \
            or not any(p in titles for t in title for p in t.lower_.split("-")) \
            or any(t.pos_ in {"VERB", "AUX"} and not capitalised(t) for t in title):
        return None
    k = j + 1
    while k < len(doc) and k - j <= 5 and (doc[k].is_alpha and doc[k].text[:1].isupper() or doc[k].lower_ == "of"):
        k += 1
        if "\n" in doc[k - 1].whitespace_:
            break
    body = doc[j + 1:k]
    if not body or body[-1].lower_ == "of" or any(t.lower_ in titles for t in body):
        return None
    if not ends_line(doc, k) and doc[k].text not in SIGNATURE_STOPS:
        return None
    return doc[i:k]


def find_signed_title_links(doc, mentions: list[Found]) -> list[Link]:
    """A person's office and the body it serves, as a signature or a guest list writes them: "Dr. Amos Telli,
    Executive Secretary, KASEMA (in studio)", or a name alone on its line and "Director-General, NEMO" on the
    next. The office with its body names the person (evidence ``appositive``)."""
    out = []
    for f in mentions:
        if not f.named or f.kind != "PERSON" or f.tok_end >= len(doc):
            continue
        after = doc[f.tok_end]
        span = None
        if after.text == "," and "\n" not in after.whitespace_ and f.tok_end + 1 < len(doc):
            span = read_signed_title(doc, f.tok_end + 1)
        elif "\n" in doc[f.tok_end - 1].whitespace_ or after.is_space:
            line_start = parsed_text(doc).rfind("\n", 0, f.start) + 1
            nxt = f.tok_end + 1 if after.is_space else f.tok_end
            if parsed_text(doc)[line_start:f.start].strip(" *-\u2013\u2014") == "" and nxt < len(doc) and doc[nxt].text.count("\n") <= 1:
                span = read_signed_title(doc, nxt)
                if span is not None and not ends_line(doc, span.end):
                    span = None  # the next line holds more than the office
        if span is not None:
            out.append(Link(span.text, f.text, "appositive", get_sentence(doc, f.tok_start), f.kind))
    return out


def find_title_comma_links(doc, mentions: list[Found], links: list[Link]) -> list[Link]:
    """"the Honourable Commissioner for Health, Dr. Ana Roe, and ...": an office in capitalised words after "the",
    a comma, then a person's name (an honorific may stand before it) set off by a comma or a stop. The parser often
    misses the apposition inside a list. The office names the person (evidence ``appositive``)."""
    titles = load_title_words()
    heads = load_descriptor_heads()
    have = {(link.alias.lower(), link.target) for link in links}
    out = []
    for f in mentions:
        if not f.named or f.kind != "PERSON" or f.tok_end >= len(doc) or doc[f.tok_end].text not in {",", ".", ";", ")"}:
            continue
        i = f.tok_start
        while i > 0 and (doc[i - 1].lower_.rstrip(".") in HONORIFICS or doc[i - 1].text == "."):
            i -= 1
        if i < 3 or doc[i - 1].text != ",":
            continue
        j = i - 1
        while j > 0 and i - 1 - j < 6 and (doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper() or doc[j - 1].lower_ in {"of", "for"}) \
                and not doc[j - 1].is_sent_start:
            j -= 1
        if j < 1 or doc[j - 1].lower_ != "the" or j == i - 1:
            continue
        office = doc[j:i - 1]
        words = [t.lower_ for t in office]
        if words[0] in {"of", "for"} or words[-1] in {"of", "for"} or not any(w in titles for w in words) \
                or any(w in heads for w in words) or any(t.ent_type_ in {"PERSON"} for t in office):
            continue
        alias = doc[j - 1:i - 1].text
        if (alias.lower(), f.text) not in have:
            out.append(Link(alias, f.text, "appositive", get_sentence(doc, f.tok_start), f.kind))
    return out
