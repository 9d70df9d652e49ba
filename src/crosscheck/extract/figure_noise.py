"""Numbers on a news page that count nothing: page furniture and designations.

``drop_noise_mentions(doc, mentions)`` removes from a sentence's number mentions those a reader
never takes for a count of anything:

- social-media counters: "31K Views", "1.2K Reposts  312 Quotes", "Comments (0)"
  (the counter words are ``social_counters.txt``);
- the number of a list item or a numbered paragraph at the start of a line: "1. Stop the work",
  "2. As per the report ...", "(3) ...";
- a line that holds nothing but a number (a comment or share counter left by the page);
- a number inside a conversion note "($1 = 88.50 rupees)";
- a telephone number "+7 7212 40 19 00", "(555) 010-4477", or a number to call after a word for a
  line ("Emergency hotline: 1122", "dial 112": ``contact_words.txt``);
- a designation after a hyphen: "the 7-bis district", "gallery 4-A" (suffixes: ``designator_suffixes.txt``);
- the first term of a rate: "109 deaths per 100 accidents", "12 deaths per 1,000 live births".

This module reads only the parsed text and lexicons (no casualty logic), so ``numbers`` may call it.
"""
from __future__ import annotations

import re

from crosscheck.lexicons import load_words
from .nlp import parsed_text

_SPELLED_NUMBER = re.compile(r"[A-Za-z]+(?:-[a-z]+)?")
_COUNTER_NUMBER = re.compile(r"\d[\d.,]*[KkMm]?")
_PHONE = re.compile(r"\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,}|\(\d{3}\)\s?\d{3}-\d{4}")
_CONVERSION = re.compile(r"\([^()]*\d[^()]*=[^()]*\)")
_LINE_ITEM = re.compile(r"[(\[]?\d{1,3}[.)\]](?=\s|$)")


def _counter_words() -> frozenset[str]:
    return load_words("social_counters.txt")


def _designator_suffixes() -> frozenset[str]:
    return load_words("designator_suffixes.txt")


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, (len(text) if le < 0 else le)


def is_social_counter(doc, mention) -> bool:
    """"48.2K Views", "312 Quotes", "Comments (0)": a counter of the page, not of people."""
    if not _COUNTER_NUMBER.fullmatch(mention.text):
        return False
    nxt = doc[mention.end] if mention.end < len(doc) else None
    if nxt is not None and nxt.lower_ in _counter_words():
        return nxt.text[:1].isupper() or mention.text[-1:] in "KkMm"
    before = doc[mention.start - 1] if mention.start > 0 else None
    after = doc[mention.end] if mention.end < len(doc) else None
    if before is not None and before.text in ("(", "[") and after is not None and after.text in (")", "]") \
            and mention.start > 1 and doc[mention.start - 2].lower_ in _counter_words():
        return True  # "Comments (0)"
    return False


def is_line_item_number(doc, mention) -> bool:
    """"1. Stop the work." "2. As per the report ...": the number of a list item or a numbered
    paragraph, written first on its line and closed by a full stop or bracket."""
    text = parsed_text(doc)
    ls, _ = _line_bounds(text, mention.char_start, mention.char_end)
    if text[ls:mention.char_start].strip() not in ("", "(", "["):
        return False
    return bool(_LINE_ITEM.match(text, mention.char_start - len(text[ls:mention.char_start].strip())))


def is_bare_number_line(doc, mention) -> bool:
    """A line holding nothing but the number: a counter the page left ("0"), or a number written out
    as a line of its own for effect ("Forty-one."), which repeats a count and counts nothing itself."""
    ls, le = _line_bounds(parsed_text(doc), mention.char_start, mention.char_end)
    line, number = parsed_text(doc)[ls:le].strip(), mention.text.strip()
    if line == number and bool(_COUNTER_NUMBER.fullmatch(number)):
        return True
    return line.rstrip(".!") == number and bool(_SPELLED_NUMBER.fullmatch(number))


def _inside(pattern: re.Pattern, doc, mention) -> bool:
    ls, le = _line_bounds(parsed_text(doc), mention.char_start, mention.char_end)
    return any(m.start() <= mention.char_start - ls and mention.char_end - ls <= m.end()
               for m in pattern.finditer(parsed_text(doc)[ls:le]))


def is_conversion_note(doc, mention) -> bool:
    """"($1 = 88.50 rupees)": an exchange rate, not a count."""
    return _inside(_CONVERSION, doc, mention)


def is_phone_number(doc, mention) -> bool:
    """"+7 7212 40 19 00", "(555) 010-4477"."""
    return _inside(_PHONE, doc, mention)


def _contact_words() -> frozenset[str]:
    return load_words("contact_words.txt")


def is_contact_number(doc, mention) -> bool:
    """"Emergency toll-free line: 122", "Helpline 0800 4400", "call 112": a number to call. Either
    the word right before it names a line (``contact_words.txt``), or a colon closes a label on its
    line, before it, that holds such a word."""
    i = mention.start - 1
    while i > 0 and doc[i].text.isdigit() and "\n" not in doc[i].whitespace_:
        i -= 1  # "Helpline 0800 4400": the later groups of the number
    if i < 0:
        return False
    before = doc[i]
    if before.lower_ in _contact_words() and before.lower_ not in ("line", "call"):
        return True  # "Helpline 0800 4400", "dial 112" (not "the front line 30 km away", "a call 20 minutes")
    if before.text != ":":
        return False
    ls, _ = _line_bounds(parsed_text(doc), mention.char_start, mention.char_end)
    label = parsed_text(doc)[ls:before.idx].lower()
    words = set(re.findall(r"[a-z][a-z.-]*", label))
    return bool(words & _contact_words())


def is_designator(doc, mention) -> bool:
    """"the 7-bis district", "block 4-A": a number joined by a hyphen to a letter or a designation suffix."""
    if mention.end + 1 >= len(doc) or doc[mention.end].text != "-" or doc[mention.end].whitespace_:
        return False
    nxt = doc[mention.end + 1]
    return nxt.lower_ in _designator_suffixes() or (len(nxt.text) == 1 and nxt.is_alpha)


_ASIDE_OPEN = re.compile(r"\S\s+[-\u2013\u2014]\s*or\s+$")
_ASIDE_CLOSE = re.compile(r"^\s*[-\u2013\u2014]\s")


def is_dashed_alternative(doc, mention) -> bool:
    """"the three - or nine - men in custody": a number set between dashes after "or" is another
    figure for the count just before it, said in passing; the count is the number before the aside."""
    text = parsed_text(doc)
    return bool(_ASIDE_OPEN.search(text[max(0, mention.char_start - 12):mention.char_start])
                and _ASIDE_CLOSE.match(text[mention.char_end:mention.char_end + 3]))


RATE_REACH = 3  # words between the number and "per": "109 road deaths per 100 accidents"


def is_rate(doc, mention) -> bool:
    """"109 deaths per 100 accidents", "12 deaths per 1,000 live births": a ratio, which counts no one.
    Only "per" before a number: "five or 10 per day" still counts people (a day is not a number)."""
    if mention.start > 0 and doc[mention.start - 1].lower_ == "per":
        return True  # the second term: "per 100 accidents"
    i = mention.end
    while i < len(doc) and i < mention.end + RATE_REACH and doc[i].is_alpha and doc[i].lower_ != "per":
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ == "per" and doc[i + 1].like_num and doc[i + 1].lower_ != "cent"


def is_noise(doc, mention) -> bool:
    """Whether a number mention is page furniture, a designation, an aside or a rate (see the module doc)."""
    return (is_social_counter(doc, mention) or is_line_item_number(doc, mention) or is_bare_number_line(doc, mention)
            or is_conversion_note(doc, mention) or is_phone_number(doc, mention) or is_designator(doc, mention)
            or is_contact_number(doc, mention) or is_dashed_alternative(doc, mention) or is_rate(doc, mention))


def drop_noise_mentions(doc, mentions: list) -> list:
    """``mentions`` without the ones that count nothing."""
    return [m for m in mentions if not is_noise(doc, m)]


def figure_value(token) -> bool:
    """"The district administration's figure stands at 38", "the tally rose to 40", "the council puts
    the toll at 38": a number the recogniser took for a date, as the value of an unnamed count noun
    (``count_figure_nouns.txt``) that is the verb's subject or object."""
    if not token.text.isdigit() or token.dep_ != "pobj" or token.head.lower_ not in ("at", "to"):
        return False
    if any(c.dep_ not in ("punct",) for c in token.children):
        return False  # "at 38 minutes past"
    verb = token.head.head
    of = verb.head.head if verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in load_words("count_figure_nouns.txt"):
        return True  # "put the number of people killed in the raids at 61": "at" hung on the participle
    deps = ("nsubj", "nsubjpass") if _headline_line(token) else ("nsubj", "nsubjpass", "dobj")
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in deps and c.lemma_.lower() in load_words("count_figure_nouns.txt") for c in verb.children)


def _headline_line(token) -> bool:
    """The token's line has no closing punctuation: a headline ("Bishop puts toll at 40"), whose
    count the story's body gives again with its place and day."""
    text = parsed_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    line = text[start: len(text) if end == -1 else end].strip().rstrip("\"”'’)")
    return bool(line) and line[-1] not in ".!?"  # a quote closes a sentence only after its own stop


def listed_with_count(token) -> bool:
    """"24 are being treated at the Civil Hospital, 11 at the Memorial Hospital and six at ...": a
    number the recogniser took for a date, coordinated with a number it did not and with a place
    phrase of its own, is a count too (two dates coordinated — "on 11 and 14 March" — stay dates)."""
    if not token.text.isdigit() or token.ent_type_ != "DATE":
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "DATE":
        return False  # "11 March", "11 pm"
    if not any(c.dep_ == "prep" for c in token.children):
        return False  # "11 at the Memorial Hospital" (an elliptical count), not "his brothers, 17 and 22" (ages)
    partners = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return any(p.like_num and p.ent_type_ not in ("DATE", "TIME") and p.i != token.i for p in partners)


SEQUENCE_WORDS = {"then"}


def in_count_sequence(token) -> bool:
    """"the toll went 12, then 25, then 40": a bare number the recogniser took for a date, right after
    "then" that follows a count of the same sequence (a number it did not take for a date, or one
    that is itself in the sequence), is a count too ("then 11 March" stays a date)."""
    if not token.text.isdigit() or token.ent_type_ != "DATE":
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "DATE":
        return False  # "then 11 March"
    i = token.i - 1
    if i < 1 or doc[i].lower_ not in SEQUENCE_WORDS:
        return False
    i -= 1
    if doc[i].text in (",", ";") or doc[i].lower_ == "and":
        i -= 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ == "and":
        i -= 2
    if i < 0 or not doc[i].text.replace(",", "").isdigit():
        return False
    before = doc[i]
    return before.ent_type_ not in ("DATE", "TIME") or in_count_sequence(before)


def counted_one(token) -> bool:
    """"four of its residents were killed and one was wounded": a bare "one" as the subject of a verb
    coordinated after a clause whose subject is a count is a count of one, like the count before it."""
    if token.lower_ != "one" or token.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "prep" for c in token.children):
        return False
    verb = token.head
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first is not None and any(t.like_num and t.i != token.i for t in first.subtree)
