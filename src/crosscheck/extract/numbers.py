"""Numbers as written in news text: find them in a parsed sentence, read their value.

Two steps, testable alone:

* ``parse_quantity(text)`` reads a phrase such as ``"nearly 20,000"``,
  ``"hundreds"``, ``"five or 10"`` or ``"at least 42"`` into a
  :class:`Quantity` (value, low, high, qualifier) — plain string work.
* ``find_number_mentions(span)`` walks the tokens of a spaCy ``Span``/``Doc``
  and returns a :class:`NumberMention` for every number that could count
  something (dates, times, percentages, ordinals, ages and years are left out).

Qualifier codes and bounds follow the export contract:
``exact`` (low = high = value), ``at_least``/``more_than`` (low = value),
``nearly``/``up_to`` (high = value), ``about`` (no bounds), ``range`` (low and
high, no value) and ``vague`` (no value; bounds from ``vague_numbers.tsv``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.extract.figure_noise import counted_one, figure_value, in_count_sequence, listed_with_count
from crosscheck.lexicons import load_lexicon, load_mapping, load_words
from .nlp import parsed_text

SKIPPED_ENTITY_TYPES = {"DATE", "TIME", "PERCENT", "ORDINAL"}
NAME_ENTITIES = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}
RANGE_JOINERS = {"or", "to", "-", "–", "—"}
# "anywhere from 215 to 565", "somewhere from 10 to 20": "from ... to" spanning one uncertain count
SPAN_WORDS = {"anywhere", "somewhere"}
# "1,540", "973", "2.5"; and the South Asian grouping in lakhs and crores: "1,68,491", "12,34,56,789"
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)(k|m|bn)$", re.I)


@dataclass(slots=True)
class Quantity:
    value: float | None
    low: float | None
    high: float | None
    qualifier: str


@dataclass(slots=True)
class NumberMention:
    """One number in a sentence, with the words that qualify it."""

    start: int          # doc token index of the first number token
    end: int            # doc token index after the last number token
    char_start: int
    char_end: int
    text: str           # the number as written ("1,260", "hundreds", "five or 10")
    qualifier_text: str | None
    quantity: Quantity
    head: int           # doc token index of the token that links the number to the parse


# --- lexicons -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _number_words() -> tuple[dict[str, float], dict[str, float]]:
    units: dict[str, float] = {}
    multipliers: dict[str, float] = {}
    for row in load_lexicon("number_words.tsv"):
        word, value, kind = row[0].lower(), float(row[1]), (row[2] if len(row) > 2 else "unit")
        (multipliers if kind == "multiplier" else units)[word] = value
    return units, multipliers


@lru_cache(maxsize=1)
def _vague_numbers() -> dict[str, tuple[float, float]]:
    return {row[0].lower(): (float(row[1]), float(row[2])) for row in load_lexicon("vague_numbers.tsv")}


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[dict[str, str], dict[str, str]]:
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for row in load_lexicon("qualifiers.tsv"):
        phrase, code = row[0].lower(), row[1]
        position = row[2] if len(row) > 2 else "before"
        (after if position == "after" else before)[phrase] = code
    return before, after


# --- string parsing -------------------------------------------------------------------------

# "31.000", "1.200.000": dots between groups of three digits mark thousands (never "1.5", "0.125")
_DOTTED_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+$")


def parse_number(text: str) -> float | None:
    """Value of one number as written: "1,260", "1.5 million", "twenty-three", "a dozen"."""
    units, multipliers = _number_words()
    cleaned = text.lower().strip().replace("\u2013", "-")
    if cleaned in units:
        return units[cleaned]
    words = [w for w in re.split(r"[\s\-]+", cleaned) if w and w != "and"]
    if words and words[0] in ("a", "an") and len(words) > 1:
        words[0] = "one"
    total = 0.0
    current: float | None = None
    for k, word in enumerate(words):
        if _DOTTED_THOUSANDS.match(word) and not any(w in multipliers for w in words[k + 1:]):
            current = (current or 0) + float(word.replace(".", ""))  # "31.000 residents": thousands, as in much of Europe
        elif _DIGITS.match(word):
            current = (current or 0) + float(word.replace(",", ""))
        elif m := _SUFFIXED.match(word):
            current = (current or 0) + float(m.group(1)) * multipliers[m.group(2).lower()]
        elif word in multipliers or (word == "dozen" and current is not None):
            factor = 12.0 if word == "dozen" else multipliers[word]
            base = current if current is not None else 1.0
            if factor >= 1000:
                total += base * factor
                current = None
            else:
                current = base * factor
        elif word in units:
            current = (current or 0) + units[word]
        else:
            return None
    if current is None and total == 0:
        return None
    return total + (current or 0)


def _bounded(value: float, qualifier: str) -> Quantity:
    if qualifier in ("at_least", "more_than"):
        return Quantity(value, value, None, qualifier)
    if qualifier in ("nearly", "up_to"):
        return Quantity(value, None, value, qualifier)
    if qualifier == "about":
        return Quantity(value, None, None, qualifier)
    return Quantity(value, value, value, "exact")


def split_qualifier(text: str) -> tuple[str | None, str, str | None]:
    """Split "at least 42" into ("at least", "42", None) and "42 or more" into (None, "42", "or more")."""
    before, after = _qualifiers()
    lowered = text.lower().strip()
    head = tail = None
    for phrase in sorted(before, key=len, reverse=True):
        if lowered.startswith(phrase + " "):
            head = phrase
            lowered = lowered[len(phrase) + 1:]
            break
    for phrase in sorted(after, key=len, reverse=True):
        if lowered.endswith(" " + phrase) or lowered.endswith("-" + phrase):
            tail = phrase
            lowered = lowered[: -len(phrase) - 1]
            break
    return head, lowered.strip(), tail


def _parse_range(core: str) -> Quantity | None:
    m = re.match(r"^(?:between\s+)?(.+?)\s*(?:\s(?:or|to|and)\s|[-\u2013\u2014])\s*(.+)$", core)
    if not m:
        return None
    low, high = parse_number(m.group(1)), parse_number(m.group(2))
    if low is None or high is None or high <= low:
        return None
    return Quantity(None, low, high, "range")


def parse_quantity(text: str) -> Quantity | None:
    """Read a number phrase with its qualifier: "nearly 20,000", "hundreds", "five or 10"."""
    before, after = _qualifiers()
    head, core, tail = split_qualifier(text)
    vague = _vague_numbers()
    if core in vague:
        low, high = vague[core]
        return Quantity(None, low, high, "vague")
    code = before.get(head) if head else (after.get(tail) if tail else None)
    return _mention_quantity(core, code)


# --- finding numbers in a parse -------------------------------------------------------------

def _is_number_word(token) -> bool:
    units, multipliers = _number_words()
    lower = token.lower_
    return lower in units or lower in multipliers or lower == "dozen"


# nouns whose value a copula gives ("the toll was 31"): a number there is a count, not a day
COUNT_SUBJECTS = {"toll", "figure", "number", "count", "tally", "total"}


def _is_count_value(token) -> bool:
    """"The first toll given by police on Saturday was 31": a bare number the recogniser took for a
    date, as the value of a count noun after "be", is the count; so is one written again in words
    in brackets after it ("34 (thirty four) persons")."""
    if token.ent_type_ == "DATE" and _DIGITS.match(token.text) and _written_twice(token.doc, token.i, token.i + 1,
                                                                                 len(token.doc)) > token.i + 1:
        return True
    if token.ent_type_ == "DATE" and _is_number_word(token) and (token.i == 0 or not _is_number_word(token.doc[token.i - 1])):
        end = _extend_number(token.doc, token.i, len(token.doc))
        if _written_twice(token.doc, token.i, end, len(token.doc)) > end:
            return True  # "eleven (11) lives since 2 June": words and figures in brackets are a count, not a day
    if token.ent_type_ == "DATE" and _DIGITS.match(token.text) and _earlier_count(token):
        return True
    if count_after_weekday(token) or _counts_people_alone(token) or _people_said_after(token) or _range_before_plural(token) or figure_value(token) \
            or listed_with_count(token) or in_count_sequence(token):  # figure_noise
        return True
    if token.ent_type_ != "DATE" or not _DIGITS.match(token.text) or token.dep_ != "attr" or token.head.lemma_ != "be":
        return False
    if any(c.dep_ not in ("punct",) and not _set_against(c) for c in token.children):
        return False
    if _it_was_count(token):
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in COUNT_SUBJECTS for c in token.head.children)


def _it_was_count(token) -> bool:
    """"The first count said 21. A day later it was 20.": a number that ends its sentence as
    all "it" is, right after a sentence with a count in it, is that count again (not a day)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in (".", "!", ";") \
            or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.head.children):
        return False
    sent = token.sent
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    if "\n" in parsed_text(doc)[before.end_char:sent.start_char]:
        return False  # a paragraph ends between them
    return any(_DIGITS.match(t.text) and t.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY") for t in before)


def _set_against(token) -> bool:
    """"the number is 12, not 14 as first reported": a denied number set against the count."""
    doc = token.doc
    if token.dep_ == "neg":  # "is 8, not 9": the parser hung the "not" on the count
        return token.i + 1 < len(doc) and (doc[token.i + 1].like_num or doc[token.i + 1].pos_ == "NUM")
    return token.dep_ == "appos" and token.like_num and any(c.dep_ == "neg" for c in token.children)


def _earlier_count(token) -> bool:
    """"eight were still missing, down from 23 at the weekend", "up from 12 a day earlier": the
    count a change is measured from, which the recogniser took for a day with the time after it."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "from" or prep.head.lower_ not in ("down", "up"):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.lower_.rstrip(".") not in MONTHS and after.text not in ("/", "-", ".")


def _counts_people_alone(token) -> bool:
    """"Eighteen inmates were killed": a number the recogniser took alone for a date, counting
    the plural people noun it modifies, is a count (a year such as "2009" is not)."""
    if token.ent_type_ != "DATE" or token.dep_ != "nummod" or token.head.tag_ != "NNS" or token.head.i != token.i + 1:
        return False
    if any(t.ent_type_ == "DATE" for t in token.doc[max(token.i - 1, 0):token.i]) and token.i > 0 \
            and token.doc[token.i - 1].ent_iob_ != "O" and token.ent_iob_ == "I":
        return False  # part of a longer date ("March 18 inmates ...")
    if re.fullmatch(r"(1[89]|20)\d\d", token.text):
        return False
    return token.head.lemma_.lower() in _person_nouns()


def _people_said_after(token) -> bool:
    """"Of those, 41 are women and 12 were boys": a bare number the recogniser took for a date,
    followed by a form of "be" and a plural noun for people, counts those people (not "at 6 were
    days of rain", and not a year: "in 2019 were farmers")."""
    doc = token.doc
    if token.ent_type_ != "DATE" or not _DIGITS.match(token.text) or re.fullmatch(r"(1[89]|20)\d\d", token.text):
        return False
    if token.i > 0 and doc[token.i - 1].ent_iob_ != "O" and token.ent_iob_ == "I" \
            and doc[token.i - 1].lower_ not in ("and", "or", ","):
        return False  # part of a longer date ("May 18 were ...")
    j = token.i + 1
    if j >= len(doc) or doc[j].lower_ not in ("are", "were", "is", "was"):
        return False
    j += 1
    if j < len(doc) and doc[j].tag_ in ("JJ", "VBN"):
        j += 1  # "41 are young women"
    return j < len(doc) and doc[j].tag_ == "NNS" and doc[j].lemma_.lower() in _person_nouns()


def _range_before_plural(token) -> bool:
    """"Between 40 and 90 climbers are missing": a range the recogniser took for a span of days
    (a capital "Between" opening the sentence) is a count when a plural noun, not a unit of time,
    follows its second number ("between 1998 and 2004 ..." stays a span of years)."""
    doc = token.doc
    if token.ent_type_ != "DATE" or not (_DIGITS.match(token.text) or _is_number_word(token)):
        return False
    i = token.i
    if i >= 1 and doc[i - 1].lower_ == "between" and i + 2 < len(doc) and doc[i + 1].lower_ == "and":
        second = i + 2
    elif i >= 3 and doc[i - 1].lower_ == "and" and doc[i - 3].lower_ == "between":
        second = i
    else:
        return False
    numbers = (doc[second - 2], doc[second])
    if any(re.fullmatch(r"(1[89]|20)\d\d", t.text) or not (_DIGITS.match(t.text) or _is_number_word(t)) for t in numbers):
        return False
    after = doc[second + 1] if second + 1 < len(doc) else None
    if after is not None and after.tag_ in ("JJ", "VBN") and second + 2 < len(doc):
        after = doc[second + 2]  # "between 40 and 60 foreign climbers"
    return after is not None and after.tag_ == "NNS" and after.lower_ not in TIME_UNITS \
        and after.lower_.rstrip(".") not in MONTHS


MORE_WORDS = {"more", "other", "additional", "further"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades"}


def count_after_weekday(token) -> bool:
    """"since Saturday 29 people have been killed": a number the recogniser joined to the weekday
    before it is a count when a plural noun follows it (not "Saturday 29 March")."""
    doc = token.doc
    if token.ent_type_ not in ("DATE", "CARDINAL") or not (token.text.isdigit() or token.like_num) or token.i == 0 \
            or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if after.lower_ in MORE_WORDS and token.i + 2 < len(doc):
        after = doc[token.i + 2]  # "On Friday four more bodies were found"
    return doc[token.i - 1].lower_ in WEEKDAYS and after.tag_ == "NNS" and after.lower_ not in TIME_UNITS


def _is_number_token(token) -> bool:
    if token.ent_type_ in SKIPPED_ENTITY_TYPES and not _is_count_value(token):
        return False
    text = token.text
    if "/" in text or ":" in text or token.like_url:
        return False
    if _DIGITS.match(text) or _SUFFIXED.match(text):
        return True
    return _is_number_word(token) or token.lower_ in _vague_numbers()


def _is_year(token) -> bool:
    if not re.fullmatch(r"(1[89]|20)\d\d", token.text):
        return False
    if token.dep_ != "nummod":
        return True
    # "the 2004 Olympics", "the 1998 World Cup": a year before a capitalised name
    return token.head.pos_ == "PROPN" and token.head.i == token.i + 1 and token.head.text[:1].isupper()


def _is_age(doc, start: int, end: int) -> bool:
    """"a 34-year-old", "aged 34", and "Jane Doe, 34," (a number set off after a name)."""
    after = doc[end: end + 4].text.lower()
    before = doc[max(start - 2, 0): start].text.lower()
    if re.match(r"^-?\s*(year|month|week)s?\s*-?\s*old", after) or before.endswith(("aged", "age", "ages")):
        return True
    if before.endswith(("age of", "ages of")):
        return True  # "kids under the age of 12"
    if _is_age_at_death(doc, start, end):
        return True
    if start < 2 or doc[start - 1].text != ",":
        return False
    named = doc[start - 2]
    after_name = named.pos_ == "PROPN" and named.ent_type_ not in ("GPE", "LOC", "DATE", "ORG", "NORP")
    after_person = named.pos_ == "NOUN" and named.tag_ == "NN" and named.lemma_.lower() in _person_nouns()
    closes = end >= len(doc) or doc[end].text in (",", ";", ")", ".", "-", "–", "—", "--", "[", "(", "|")
    # "Jane Doe, 26 was shot": no closing comma, but a singular verb cannot have a count as subject
    singular_verb = end < len(doc) and doc[end].lower_ in ("was", "is", "has", "remains", "remained", "died", "who")
    if named.tag_ == "NNS" and named.lemma_.lower() in _person_nouns() and end + 1 < len(doc) \
            and doc[end].lower_ in ("and", ",") and doc[end + 1].like_num and end - start == 1:
        return (parse_number(doc[start].text) or 0) <= 120  # "his two brothers, 17 and 22,"
    return (after_name or after_person) and (closes or singular_verb) and end - start == 1 \
        and (parse_number(doc[start].text) or 0) <= 120


def _is_age_at_death(doc, start: int, end: int) -> bool:
    """"has died in Rome at 81", "dead at 95", "passed away at 85": a bare number after "at" on a
    death word is the age at death (or an hour), never a count."""
    if start < 1 or doc[start - 1].lower_ != "at" or end - start != 1 or (parse_number(doc[start].text) or 0) > 120:
        return False
    number, at = doc[start], doc[start - 1]
    if number.head.i != at.i or any(c.pos_ not in ("SPACE", "PUNCT") for c in number.children):
        return False
    word = at.head  # "dies at 91", "dead at 95", "passed away at 85"
    if _counted_by_count_noun(word):
        return False  # "put the number of people killed at 61": the count the verb sets
    terms = load_mapping("casualty_terms.tsv")
    lemma = word.lemma_.lower()
    return word.pos_ in ("VERB", "AUX", "ADJ") and not word.like_num \
        and (terms.get(lemma) == "killed" or terms.get(f"{lemma} away") == "killed")


def _counted_by_count_noun(word) -> bool:
    """"the number of people killed", "the toll of those who died": a death word on the people a
    count noun (``count_figure_nouns.txt``) counts."""
    if word.dep_ not in ("acl", "relcl", "amod"):
        return False
    people = word.head
    if people.dep_ == "pobj" and people.head.lower_ == "of":
        return people.head.head.lemma_.lower() in load_words("count_figure_nouns.txt")
    return False


def _has_manner_adverb(token) -> bool:
    """"one critically", "two fatally": an adverb from the casualty terms on the number."""
    terms = load_mapping("casualty_terms.tsv")
    return any(c.dep_ == "advmod" and terms.get(c.lower_) not in (None, "other") for c in token.children)


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Singular nouns for one person ("a boy, 7,"): the group nouns lexicon, read lazily."""
    return frozenset(k for k, v in load_mapping("group_nouns.tsv").items() if v != "not_people" and " " not in k)


def _sequence_nouns() -> frozenset[str]:
    """"Image 2 of 5", "Part 3 of 10": nouns whose number is a position (``lexicons/sequence_nouns.txt``)."""
    return load_words("sequence_nouns.txt")


def _is_position(doc, start: int, end: int) -> bool:
    """"1 / 4", "3/10" split by the tokenizer, "Image 2 of 5": a fraction, score or gallery counter."""
    if (start > 0 and doc[start - 1].text == "/") or (end < len(doc) and doc[end].text == "/"):
        return True
    if start > 0 and doc[start - 1].lower_ in _sequence_nouns():
        return True
    return start > 2 and doc[start - 1].lower_ == "of" and doc[start - 3].lower_ in _sequence_nouns() \
        and doc[start - 2].like_num


@lru_cache(maxsize=1)
def _address_nouns() -> frozenset[str]:
    """Street nouns that end an address ("105 Lindsey Lane", "24 Kell St."): ``place_nouns.tsv``, kind address."""
    return frozenset(row[0].lower() for row in load_lexicon("place_nouns.tsv")
                     if len(row) > 1 and "address" in row[1].split(","))


def _is_address(doc, start: int, end: int) -> bool:
    """"at 105 Lindsey Lee Lane", "1240 Bell's Ferry Road": a house number before a street name."""
    if not doc[end - 1].text.isdigit():
        return False
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _address_nouns():
        return True  # "the intersection of 367 and Parker Road"
    if end < len(doc) and doc[end].lower_ in ("and", "&") and start >= 1 and doc[start - 1].lower_ in ("of", "at", "near"):
        return _is_address_words(doc, end + 1)  # "near 367 and Parker Road"
    return _is_address_words(doc, end)


def _is_address_words(doc, end: int) -> bool:
    for j in range(end, min(end + 5, len(doc))):
        tok = doc[j]
        word = tok.lower_.rstrip(".")
        if j > end and word in _address_nouns() and tok.text[:1].isupper():
            return True
        if not (tok.text[:1].isupper() or tok.text in ("'s", "’s", ".", "-")):
            return False
    return False


def _is_title_number(doc, start: int) -> bool:
    """"a remake of the Three Musketeers", "the Three Gorges Dam": a capitalised number word inside
    a name, mid-sentence (not a headline in title case, not the sentence's first word)."""
    tok = doc[start]
    if not tok.is_alpha or not tok.text[:1].isupper() or tok.is_sent_start or tok.pos_ != "PROPN":
        return False
    if start + 1 >= len(doc) or not doc[start + 1].text[:1].isupper() or doc[start + 1].pos_ != "PROPN":
        return False
    prev = doc[start - 1]
    if prev.is_punct or prev.is_sent_start and prev.text[:1].isupper() and prev.pos_ != "DET":
        return False  # "Police: Two Dead", "— Four Wounded"
    sent = tok.sent
    words = [t for t in sent if t.is_alpha]
    capitalised = sum(1 for t in words if t.text[:1].isupper())
    return capitalised * 2 < len(words)  # prose, not a title-case headline


def _is_hyphen_compound(doc, start: int, end: int) -> bool:
    """"a 15-bed jail", "a five-member team", "a 12-storey block": a number hyphenated to a singular
    noun modifies another noun; it counts no people ("year-old" ages are handled apart)."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", "–") or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    nxt = doc[end + 1]
    return nxt.is_alpha and nxt.tag_ == "NN" and not nxt.like_num and nxt.lower_ not in ("year", "month", "week", "day")


def _is_score(doc, start: int, end: int) -> bool:
    """"at 2-0", "a 3-1 win": a score (the second number is not above the first), not a count or range."""
    def digits(tok) -> float | None:
        return float(tok.text) if tok.text.isdigit() else None
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end].whitespace_ \
            and not doc[end - 1].whitespace_:
        a, b = digits(doc[end - 1]), digits(doc[end + 1])
        if a is not None and b is not None and b <= a:
            return True
    if start >= 2 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        a, b = digits(doc[start - 2]), digits(doc[start])
        if a is not None and b is not None and b <= a:
            return True
    return False


def _is_part_of_name(doc, start: int) -> bool:
    """"Resolution 2254", "F-16", "COVID-19": a number glued to a name."""
    if start == 0:
        return False
    if _is_title_number(doc, start):
        return True
    prev = doc[start - 1]
    if prev.text == "-" and start >= 2 and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper():
        return True
    if prev.pos_ == "PROPN" and prev.ent_type_ in ("LAW", "PRODUCT", "WORK_OF_ART", "FAC"):
        return True
    # "Ocean's 12": a number after a name's possessive, counting nothing after it
    if prev.text in ("'s", "’s") and start >= 2 and doc[start - 2].pos_ == "PROPN" \
            and (start + 1 >= len(doc) or doc[start + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
        return True
    # "FOX 8 WVUE", "Channel 4 News": a number inside an organisation's or work's name
    number = doc[start]
    if number.ent_type_ in NAME_ENTITIES and number.ent_iob_ == "I" and prev.ent_type_ == number.ent_type_ \
            and prev.pos_ == "PROPN" and prev.text[:1].isupper():
        return True
    # "Route 66", "Doom 3", "Apollo 11": a number attached to the name just before it
    number = doc[start]
    if count_after_weekday(number):
        return False  # "since Saturday 29 people have been killed"
    if _casualty_label(prev):
        return False  # a bulletin's "Dead 12, Injured 30": the word heads the count, it names nothing
    return prev.pos_ == "PROPN" and prev.text[:1].isupper() and number.head.i == prev.i \
        and number.dep_ in ("nummod", "appos", "compound", "npadvmod")


def _casualty_label(token) -> bool:
    """A capitalised word that labels a count of people harmed ("Dead", "Deaths", "Injured")."""
    from .tables import header_measure, PEOPLE_MEASURES

    return token.is_alpha and header_measure(token.text) in PEOPLE_MEASURES


# one-letter multipliers that are also units of length or mass when set apart by a space ("7.5 m", "40 k")
UNIT_LETTERS = {"m", "k"}


def _extend_number(doc, i: int, limit: int) -> int:
    """Token index after the number phrase that starts at ``i``."""
    _, multipliers = _number_words()
    j = i + 1
    units, _ = _number_words()
    while j < limit:
        tok = doc[j]
        if tok.lower_ in UNIT_LETTERS and doc[j - 1].whitespace_ and not (i > 0 and doc[i - 1].is_currency):
            break  # "a wave of 7.5 m": metres (a unit after a space); "7.5m", "$7.5 m": a million
        if tok.lower_ in multipliers or tok.lower_ == "dozen":
            j += 1
        elif doc[j - 1].lower_ in multipliers and tok.lower_ in units and doc[i].lower_ in units | multipliers:
            j += 1  # "one hundred twelve"
        elif doc[j - 1].lower_ in units and tok.lower_ in units and 20 <= units[doc[j - 1].lower_] <= 90 \
                and units[doc[j - 1].lower_] % 10 == 0 and 1 <= units[tok.lower_] <= 9:
            j += 1  # "thirty four" written without a hyphen
        elif tok.lower_ == "and" and j + 1 < limit and doc[j - 1].lower_ in multipliers \
                and doc[i].lower_ in units | multipliers and doc[j + 1].lower_ in units:
            j += 2  # "one hundred and fifty million"
        elif tok.text == "-" and j + 1 < limit and _is_number_word(doc[j - 1]) and _is_number_word(doc[j + 1]):
            j += 2
        else:
            break
    # "tens of thousands", "hundreds of thousands"
    if j + 1 < limit and doc[j].lower_ == "of" and f"{doc[i:j].text.lower()} of {doc[j + 1].lower_}" in _vague_numbers():
        j += 2
    return j


def _extend_range(doc, start: int, end: int, limit: int) -> int:
    """Include a second number joined by "or"/"to"/"-" ("five or 10", "10 to 20")."""
    if end + 1 < limit and doc[end].lower_ in RANGE_JOINERS and _is_number_token(doc[end + 1]):
        if start > 0 and doc[start - 1].lower_ == "from" and not (start > 1 and doc[start - 2].lower_ in SPAN_WORDS):
            return end  # "from 380 to 412": two numbers, not a range (but "anywhere from 215 to 565" is one)
        second_end = _extend_number(doc, end + 1, limit)
        low = parse_number(doc[start:end].text)
        high = parse_number(doc[end + 1:second_end].text)
        if low is not None and high is not None and high > low:
            return second_end
    if start > 0 and doc[start - 1].lower_ == "between" and end + 1 < limit and doc[end].lower_ == "and" \
            and _is_number_token(doc[end + 1]):
        return _extend_number(doc, end + 1, limit)
    return end


def _find_qualifier(doc, start: int, end: int, sent_start: int, sent_end: int) -> tuple[str | None, str | None, int, int]:
    """The qualifier phrase next to the number: (text, code, new start, new end)."""
    before, after = _qualifiers()
    for width in (3, 2, 1):
        s = start - width
        if s < sent_start:
            continue
        phrase = doc[s:start].text.lower()
        if phrase in before:
            if before[phrase] == "up_to" and phrase.startswith("up ") and _rise_before(doc, s, sent_start):
                return None, None, start, end  # "had gone up to nine": the count rose to nine
            return doc[s:start].text, before[phrase], s, end
    for width in (2, 1):
        e = end + width
        if e > sent_end:
            continue
        phrase = doc[end:e].text.lower().lstrip("-")
        if phrase in after:
            return doc[end:e].text, after[phrase], start, e
    return None, None, start, end


def _rise_before(doc, start: int, sent_start: int) -> bool:
    """"the number held had gone up to nine", "the toll was revised up to 60": "up" is the
    particle of a verb that moves a count (``rise_verbs.txt``) with no object of its own, so "up to"
    says where the count went, not a ceiling ("moved up to 300 people" is transitive)."""
    if start <= sent_start:
        return False
    verb = doc[start - 1]
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in load_words("rise_verbs.txt") \
        and not any(c.dep_ == "dobj" and not c.like_num for c in verb.children)  # ("the counts add up to 640": the count itself)


def _head_token(doc, start: int, end: int) -> int:
    """The token of ``doc[start:end]`` whose head lies outside the span (the last one)."""
    heads = [t.i for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    words = [i for i in heads if not doc[i].is_punct]  # "sixty-two (62)": not the closing bracket
    return words[-1] if words else heads[-1] if heads else end - 1


def _mention_quantity(number_text: str, qualifier_code: str | None) -> Quantity | None:
    vague = _vague_numbers()
    lowered = number_text.lower()
    if lowered in vague:
        low, high = vague[lowered]
        return Quantity(None, low, high, "vague")
    if re.search(r"\s(or|to|and)\s|^\d[\d,.]*\s*[-\u2013\u2014]\s*\d", lowered):
        joined = _parse_range(lowered)
        if joined is not None:
            return joined
    value = parse_number(number_text)
    if value is None:
        return None
    return _bounded(value, qualifier_code or "exact")


def find_number_mentions(span) -> list[NumberMention]:
    """Every number in ``span`` (a spaCy Doc or Span) that may count people or things."""
    doc = span.doc if hasattr(span, "doc") else span
    limit = span.end if hasattr(span, "end") else len(doc)
    first = span.start if hasattr(span, "start") else 0
    out: list[NumberMention] = []
    i = first
    while i < limit:
        tok = doc[i]
        vague_end = _match_vague_phrase(doc, i, limit)
        if vague_end is None and not _is_number_token(tok):
            i += 1
            continue
        start = i
        if vague_end is not None:
            end = vague_end
            i = end
            out.append(_build_mention(doc, start, end, first, limit))
            continue
        if i > first and doc[i - 1].lower_ == "a" and (tok.lower_ == "dozen" or tok.lower_ in _number_words()[1]):
            start = i - 1  # "a dozen", "a hundred"
            if start > first and doc[start - 1].lower_ == "half" and doc[start - 1:i + 1].text.lower() in _number_words()[0]:
                start -= 1  # "half a dozen", "about half a hundred" (a translated idiom), "half a million"
        end = _extend_number(doc, i, limit)
        end = _extend_range(doc, start, end, limit)
        end = _written_twice(doc, start, end, limit)
        i = end
        if not _is_acceptable(doc, start, end):
            continue
        mention = _build_mention(doc, start, end, first, limit)
        if mention is not None:
            out.append(mention)
    return _distribute_qualifiers(doc, [m for m in out if m is not None])


DISTRIBUTED_QUALIFIERS = {"at_least", "more_than", "about"}


def _distribute_qualifiers(doc, mentions: list[NumberMention]) -> list[NumberMention]:
    """"At least 62 civilians killed and 180 injured": a leading qualifier covers a number
    coordinated right after it (at most two words and "and" between them), not one further on."""
    out = list(mentions)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.qualifier_text or prev.quantity.qualifier not in DISTRIBUTED_QUALIFIERS or cur.quantity.value is None:
            continue
        gap = doc[prev.end:cur.start]
        if not 1 <= len(gap) <= 3 or gap[-1].lower_ != "and" or any(t.is_punct or t.like_num for t in gap):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "JJ") for t in gap):
            continue  # "at least 62 died and 180 ...": a finite verb ends the phrase
        quantity = _bounded(cur.quantity.value, prev.quantity.qualifier)
        out[k] = NumberMention(cur.start, cur.end, cur.char_start, cur.char_end, cur.text,
                               None, quantity, cur.head)
    return out


def _match_vague_phrase(doc, i: int, limit: int) -> int | None:
    """End of a multi-word vague phrase starting at ``i`` ("tens of thousands", "several hundred")."""
    if doc[i].ent_type_ in SKIPPED_ENTITY_TYPES:
        return None
    vague = _vague_numbers()
    for width in (4, 3, 2):
        if i + width <= limit and doc[i:i + width].text.lower() in vague:
            return i + width
    return None


_IN_FIGURES = re.compile(r"\s*\(\s*\d[\d,.]*\s*\)$|\s*\(\s*[a-z][a-z\s-]*\)$", re.I)


def _written_twice(doc, start: int, end: int, limit: int) -> int:
    """"fourteen (14)", "one hundred twelve (112)": a number in words with the same number in
    figures in brackets after it (the style of official statements) is one number."""
    if end + 2 < limit and doc[end].text == "(" and doc[end + 2].text == ")" \
            and _DIGITS.match(doc[end + 1].text) and _is_number_word(doc[end - 1]):
        words = parse_number(doc[start:end].text)
        figures = parse_number(doc[end + 1].text)
        if words is not None and words == figures:
            return end + 3
    # "17 (seventeen) persons", "34 (thirty four)": figures first, the words in brackets
    if end - start == 1 and _DIGITS.match(doc[start].text) and end + 2 < limit and doc[end].text == "(":
        close = next((k for k in range(end + 2, min(end + 7, limit)) if doc[k].text == ")"), None)
        inside = doc[end + 1:close] if close is not None else None
        if inside is not None and all(_is_number_word(t) or t.text in ("-", "and") for t in inside) \
                and parse_number(inside.text) == parse_number(doc[start].text):
            return close + 1
    return end


def _build_mention(doc, start: int, end: int, sent_start: int, sent_end: int) -> NumberMention | None:
    qualifier_text, code, _, _ = _find_qualifier(doc, start, end, sent_start, sent_end)
    char_end = doc[end - 1].idx + len(doc[end - 1].text)
    number_text = parsed_text(doc)[doc[start].idx: char_end]
    quantity = _mention_quantity(_IN_FIGURES.sub("", number_text), code)
    if quantity is None:
        return None
    # "17 (seventeen) persons": the figures speak for the number, not the words in brackets
    head_end = start + 1 if end - start > 2 and doc[start + 1].text == "(" and _DIGITS.match(doc[start].text) else end
    return NumberMention(
        start=start, end=end, char_start=doc[start].idx, char_end=char_end,
        text=number_text, qualifier_text=qualifier_text, quantity=quantity,
        head=_head_token(doc, start, head_end),
    )


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_DAY_MONTH = re.compile(r"^(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.?$")


def _is_day_of_month(doc, start: int, end: int) -> bool:
    """"between 12 and 15 October", "on 8 and 9 March": days before a capitalised month name
    (the recogniser does not always tag them as a date)."""
    def month(j: int) -> bool:
        return j < len(doc) and doc[j].lower_.rstrip(".") in MONTHS and doc[j].text[:1].isupper()
    if not all(t.like_num and (parse_number(t.text) or 0) <= 31 or t.lower_ in RANGE_JOINERS | {"and"}
               for t in doc[start:end]):
        return False
    if month(end):
        return True
    return end + 1 < len(doc) and doc[end].lower_ in ("and", "to", "-", "–") and doc[end + 1].like_num \
        and (parse_number(doc[end + 1].text) or 0) <= 31 and month(end + 2)


def _is_timestamp(doc, start: int, end: int) -> bool:
    """"18.09, 18:30 – At least 6 dead": a day.month stamp opening an update, not a decimal count."""
    if end - start != 1 or not _DAY_MONTH.match(doc[start].text):
        return False
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.lower_ in _number_words()[1] or nxt.lower_ == "dozen"):
        return False  # "2.10 million"
    before = doc[start - 1] if start > 0 else None
    opens = before is None or before.is_space or "\n" in before.text \
        or (before.is_sent_start and not before.is_alpha and not before.like_num)  # "🔴 18.09, 18:30 –"
    closes = nxt is None or nxt.text in (",", ":", "–", "—", "-", "|") or nxt.is_space or ":" in nxt.text
    return opens or (doc[start].is_sent_start and closes)


# words a telephone number follows ("the toll-free line 112", "helpline 1555")
PHONE_WORDS = {"line", "helpline", "hotline", "hotlines", "toll-free", "tollfree", "dial", "call"}


def _is_acceptable(doc, start: int, end: int) -> bool:
    first = doc[start]
    if _is_day_of_month(doc, start, end) or _is_timestamp(doc, start, end):
        return False
    if end - start == 1:
        if _is_year(first):
            return False
        if first.lower_ == "one" and first.dep_ != "nummod" and not _has_manner_adverb(first) \
                and not counted_one(first):  # figure_noise
            return False  # "one of", "no one", "one another" (but "five hurt, one critically")
        if first.lower_ in _number_words()[1]:
            return False  # a bare "hundred", "million"
    if re.fullmatch(r"0\d+", first.text):
        return False  # "000", "007": a code or a digit group cut off by the tokenizer, never a count
    if start > 0 and doc[start - 1].lower_ in PHONE_WORDS:
        return False  # "the toll-free line 112", "call the hotline 1555": a number to dial
    if start > 0 and doc[start - 1].text in ("#", "No.", "no.", "Nr.", "nr."):
        return False  # an issue or item number: "report No. 4", "#3"
    if start > 1 and doc[start - 1].text == "." and doc[start - 2].lower_ in ("no", "nr", "num"):
        return False  # the same, split by the tokenizer: "no", ".", "4"
    if _is_bracketed_age(doc, start, end) or _is_law_section(doc, start):
        return False
    if _is_stage_label(doc, start, end) or _is_section_number(doc, start, end):
        return False
    return not (_is_age(doc, start, end) or _is_part_of_name(doc, start) or _is_position(doc, start, end)
                or _is_address(doc, start, end) or _is_score(doc, start, end) or _is_hyphen_compound(doc, start, end))


AGE_JOINERS = {"and", ",", "&"}
# "a dispatcher (41)", "a married couple (71 and 68)": ages after a noun for one person (not only a
# name). Off (False) until reconcile's grouping of figures into quantities no longer leans on such
# false tolls: on, rail loses its true scope conflict on 21 (the false tolls kept two reports'
# counts in separate quantities), see the session report
AGES_AFTER_NOUNS = False
# singular agent-noun endings: a noun for one person ("a dispatcher", "his assistant") even when
# the group nouns do not list it
PERSON_ENDINGS = ("er", "or", "ant", "ent", "ist", "ian", "ee", "man")


def _bracket_ages(doc, start: int, end: int) -> tuple[int, int] | None:
    """The bracket ``(`` … ``)`` around the number when it holds nothing but small whole numbers
    (up to 120, written in digits) joined by "and" or commas: "(27)", "(71 and 68)". Returns
    (index of "(", how many numbers) or None."""
    i = start - 1
    while i >= 0 and (doc[i].lower_ in AGE_JOINERS or doc[i].text.isdigit()):
        i -= 1
    j = end
    while j < len(doc) and (doc[j].lower_ in AGE_JOINERS or doc[j].text.isdigit()):
        j += 1
    if i < 1 or j >= len(doc) or doc[i].text != "(" or doc[j].text != ")":
        return None
    inside = doc[i + 1:j]
    numbers = [t for t in inside if t.text.isdigit()]
    if not numbers or any(not 0 < int(t.text) <= 120 for t in numbers) or inside[0].lower_ in AGE_JOINERS \
            or inside[-1].lower_ in AGE_JOINERS:
        return None
    if any(a.text.isdigit() == b.text.isdigit() for a, b in zip(inside, inside[1:])):
        return None  # "(12 14)": not a list of ages
    return i, len(numbers)


def _names_one_person(noun) -> bool:
    """A singular common noun for one person with its determiner: "a dispatcher", "his assistant",
    "the engine driver" (a group noun, or an agent-noun ending); never a count noun ("the number")."""
    if noun.tag_ != "NN" or not noun.is_alpha or noun.lemma_.lower() in COUNT_SUBJECTS:
        return False
    if not any(c.dep_ in ("det", "poss") for c in noun.children) and not (noun.i > 0 and noun.doc[noun.i - 1].dep_ in ("det", "poss")):
        return False
    lemma = noun.lemma_.lower()
    return lemma in _person_nouns() or noun.lower_.endswith(PERSON_ENDINGS) and len(noun.text) > 4


def _is_bracketed_age(doc, start: int, end: int) -> bool:
    """"arrested Jane Doe (52), the owner", "a dispatcher (41)", "a married couple (71 and 68)":
    small numbers alone in brackets right after a person's name or a noun for one person (or, two
    or more of them, after any noun for people) are ages, never counts."""
    if end - start != 1:
        return False
    found = _bracket_ages(doc, start, end)
    if found is None:
        return False
    opening, count = found
    named = doc[opening - 1]
    if named.pos_ == "PROPN" and named.text[:1].isupper() and named.ent_type_ in ("PERSON", ""):
        return count == 1 and doc[start - 1].text == "(" and doc[end].text == ")" \
            or AGES_AFTER_NOUNS and named.ent_type_ == "PERSON"
    if named.pos_ != "NOUN" or not AGES_AFTER_NOUNS:
        return False
    if count > 1 and named.lemma_.lower() in _person_nouns():
        return True  # "a married couple (71 and 68)", "his two sons (9 and 12)"
    return count == 1 and _names_one_person(named)


LABEL_ENDS = {":", ",", "-", "–", "—", "|", ";"}


def _is_stage_label(doc, start: int, end: int) -> bool:
    """"Rail disaster, day three: toll corrected to 19", "Stage 2 - the ruling": a number right after a
    singular noun set off by punctuation labels a stage or day of the story, never a count."""
    if end - start != 1 or start < 1:
        return False
    noun = doc[start - 1]
    if noun.tag_ not in ("NN", "NNP") or noun.like_num or not noun.is_alpha:
        return False
    if noun.tag_ == "NNP" and noun.ent_type_ not in ("", "DATE"):
        return False
    opens = noun.i == noun.sent.start or doc[noun.i - 1].is_punct
    closes = end >= len(doc) or doc[end].text in LABEL_ENDS or end == doc[start].sent.end
    if not (opens and closes):
        return False
    terms = load_mapping("casualty_terms.tsv")
    return terms.get(noun.lemma_.lower()) is None and terms.get(noun.lower_) is None \
        and noun.lemma_.lower() not in ("toll", "number", "total", "tally", "count", "figure", "population")


_SECTION_NUMBER = re.compile(r"\d{1,2}(\.\d{1,2})+\.?")


def _is_section_number(doc, start: int, end: int) -> bool:
    """"3.2 Fatalities: 57", "4.1 Shelters opened ...": a dotted number opening a line
    and followed by a capitalised word numbers a section of a report, never a count."""
    if end - start != 1 or not _SECTION_NUMBER.fullmatch(doc[start].text):
        return False
    before = parsed_text(doc)[:doc[start].idx].rstrip(" \t")
    if before and not before.endswith("\n"):
        return False
    return end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper()


def _law_section_nouns() -> frozenset[str]:
    """Nouns whose numbers name a part of a document ("(para. 12)", "footnote 4"), always; and, when
    ``LAW_SECTIONS`` is on, provisions of a law ("Section 304", "Articles 7 and 9"):
    ``document_part_nouns.txt`` and ``law_section_nouns.txt``."""
    return _document_part_nouns() | _provision_nouns() if LAW_SECTIONS else _document_part_nouns()


@lru_cache(maxsize=1)
def _document_part_nouns() -> frozenset[str]:
    return load_words("document_part_nouns.txt")


@lru_cache(maxsize=1)
def _provision_nouns() -> frozenset[str]:
    return load_words("law_section_nouns.txt")


# "booked under Sections 106(1) and 125": provision numbers are no counts; off (False) until the
# grouping of figures into quantities (reconcile) no longer leans on such a false toll to keep two
# reports' counts apart (switching it on loses a true scope conflict on the gates, see the session report).
# Paragraph and footnote numbers ("(para. 12)") are never counts, whatever the switch.
LAW_SECTIONS = False
LIST_JOINERS = {"and", "or", ",", "&", "/"}
LAW_LIST_REACH = 25


def _is_law_section(doc, start: int) -> bool:
    """"booked under Section 304", "Sections 106(1) (causing death by negligence) and 125": a number
    after a provision noun, or further along a list the noun opens (bracketed glosses passed over)."""
    sent_start = doc[start].sent.start
    i = start - 1
    if i > sent_start and doc[i].text == "." and doc[i - 1].lower_ in _law_section_nouns():
        return True  # "(para. 12)": the tokenizer split the abbreviation's full stop off
    if i >= sent_start and doc[i].lower_.rstrip(".") in _law_section_nouns():
        return True
    if i < sent_start or doc[i].lower_ not in LIST_JOINERS:
        return False
    while i >= max(sent_start, start - LAW_LIST_REACH):
        tok = doc[i]
        if tok.text == ")":  # a bracketed gloss or sub-clause number ("106(1)"): pass over it
            depth = 0
            while i >= sent_start:
                depth += doc[i].text.count(")") - doc[i].text.count("(")
                if depth <= 0:
                    break
                i -= 1
            if any(ch.isdigit() for ch in doc[i].text):
                continue  # "106(1": the provision number the bracket belonged to
            i -= 1
            continue
        if tok.lower_ in LIST_JOINERS or any(ch.isdigit() for ch in tok.text) or tok.text == "(":
            i -= 1
            continue
        return tok.lower_.rstrip(".") in _law_section_nouns()
    return False

