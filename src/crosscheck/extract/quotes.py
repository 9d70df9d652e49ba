"""Direct quotations and who said them.

``extract_quotes(doc, ctx)`` works in two steps:

1. *find*: scan the text for quotation marks and pair them into quoted
   segments (straight, curly, mixed, single curly quotes outside double ones),
   then join segments that belong to one quote: a split quote
   ("…," he said, "…") or a quote running over several paragraphs.
2. *resolve*: for each quote, find the reporting verb (the cue) through the
   dependency parse, take its subject as the speaker mention, and resolve
   that mention to the fullest name the document gives: a surname or a pronoun
   to the person named before it, a title ("the spokesperson") to the person
   an earlier appositive or pre-modifier gave it, "the Commission" or an
   acronym to the organisation's full name.

Short quotes (one to three words) and quotes with no cue that are not clauses
are labels (``is_label=True``): scare quotes and names, kept apart from
statements.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from crosscheck.extract.acronyms import find_acronym_definitions
from crosscheck.extract.context import DocContext
from crosscheck.extract.entity_names import (HONORIFICS, load_descriptor_heads, load_event_nouns, load_group_nouns, load_name_suffixes,
                                           load_place_nouns)
from crosscheck.lexicons import lexicon_dirs, load_mapping, load_words
from crosscheck.records import Quote, record_id
from .nlp import parsed_text

OPEN_DOUBLE = "\u201c\u201e\u00ab"      # “ „ «
CLOSE_DOUBLE = "\u201d\u00bb"           # ” »
STRAIGHT_DOUBLE = '"'
LOW_OPEN = "\u201e"                     # „
OPEN_SINGLE = "\u2018"                  # ‘
CLOSE_SINGLE = "\u2019"                 # ’ (also the apostrophe)
OPENING_CONTEXT = set("([{\u2014\u2013-/")  # characters that may precede an opening mark
CLOSING_CONTEXT = set(".,;:!?)]}\u2014\u2013-\u2026")

LABEL_MAX_WORDS = 3
MAX_TITLE_WORDS = 10
MAX_SPLIT_GAP_WORDS = 10
MAX_SINGLE_QUOTE_WORDS = 40
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLIMB_DEPS = ("advcl", "xcomp", "conj", "pcomp", "prep", "ccomp", "acl", "relcl", "dep", "parataxis", "dobj", "pobj",
              "oprd")  # 'X can be heard yelling, “…”'
VERB_DEPS = ("ROOT", "advcl", "xcomp", "ccomp", "conj", "pcomp", "relcl")
NOUN_MODIFIER_DEPS = ("det", "compound", "amod", "poss", "nmod", "nummod", "quantmod", "predet")
SPEAKER_KINDS = ("PERSON", "ORG", "NORP", "GPE")
PERSON_PRONOUNS = {"he", "she", "him", "her"}
PRONOUN_GENDER = {"he": "he", "him": "he", "she": "she", "her": "she", "his": "he"}
ORG_PRONOUNS = {"it"}
NAME_PARTICLES = re.compile(r"^(al|el|ad|as|ash|at|ar|az|an)[-\u2010\u2011]", re.I)
WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


def get_text(doc) -> str:
    """The document's text, built once per Doc (``nlp.parsed_text``)."""
    return parsed_text(doc)


def has_colon_before(text: str, i: int) -> bool:
    """True when the last non-space character before ``i`` is a colon."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] == ":"


# --------------------------------------------------------------------------
# Find step: quotation marks → quoted segments → quotes
# --------------------------------------------------------------------------

@dataclass(slots=True)
class Segment:
    """One stretch of text between an opening and a closing mark."""

    open_at: int          # offset of the opening mark
    close_at: int         # offset of the closing mark (== end of content if unclosed)
    continues: bool = False  # an unclosed paragraph of a multi-paragraph quote

    @property
    def start(self) -> int:
        return self.open_at + 1

    @property
    def end(self) -> int:
        return self.close_at

    @property
    def outer_end(self) -> int:
        return self.close_at if self.continues else self.close_at + 1


@dataclass(slots=True)
class FoundQuote:
    """One quote: one or more segments (a split or multi-paragraph quote)."""

    segments: list[Segment]

    @property
    def start(self) -> int:
        return self.segments[0].start

    @property
    def end(self) -> int:
        return self.segments[-1].end

    @property
    def outer_start(self) -> int:
        return self.segments[0].open_at

    @property
    def outer_end(self) -> int:
        return self.segments[-1].outer_end


def classify_straight_mark(text: str, i: int) -> str:
    """Say whether a straight ``"`` at ``i`` opens, closes, or is ambiguous."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if (prev.isspace() or prev in OPENING_CONTEXT) and not nxt.isspace():
        return "open"
    if not prev.isspace() and (nxt.isspace() or nxt in CLOSING_CONTEXT):
        return "close"
    return "either"


def list_double_marks(text: str) -> list[tuple[int, str]]:
    """Every double quotation mark with its role (open, close, either)."""
    marks = []
    for i, ch in enumerate(text):
        if ch in OPEN_DOUBLE:
            marks.append((i, "open"))
        elif ch in CLOSE_DOUBLE:
            marks.append((i, "close"))
        elif ch == STRAIGHT_DOUBLE:
            marks.append((i, classify_straight_mark(text, i)))
    return marks


def starts_paragraph(text: str, i: int) -> bool:
    line_start = text.rfind("\n", 0, i) + 1
    return line_start > 0 and not text[line_start:i].strip()


SENTENCE_FINAL = (".", "!", "?", "\u2026")


def is_inline_paragraph_break(text: str, open_at: int, i: int) -> bool:
    """A second opening mark inside an open quote, after a finished sentence:
    the paragraphs of a multi-paragraph quote run together on one line
    (text scraped with its paragraph breaks lost): '“We are friends. “I would…'.
    """
    before = text[open_at + 1:i]
    return text[i - 1].isspace() and before.rstrip().endswith(SENTENCE_FINAL) and len(WORD.findall(before)) >= 2


def pair_double_marks(text: str) -> list[Segment]:
    """Pair double marks into segments.

    An unclosed quote is dropped at the end of its paragraph unless the next
    paragraph opens with a quotation mark (the multi-paragraph convention:
    each paragraph of a long quote opens with a mark, only the last closes).
    """
    segments: list[Segment] = []
    open_at: int | None = None
    for i, role in list_double_marks(text):
        if open_at is not None and text[open_at] == LOW_OPEN and text[i] == "\u201c":
            role = "close"  # German-style „…“
        if open_at is not None and "\n" in text[open_at:i]:
            if role in ("open", "either") and starts_paragraph(text, i):
                paragraph_end = text.find("\n", open_at)
                segments.append(Segment(open_at, len(text[:paragraph_end].rstrip()), continues=True))
                open_at = i
                continue
            open_at = None
        if role == "open" and open_at is not None and is_inline_paragraph_break(text, open_at, i):
            segments.append(Segment(open_at, len(text[:i].rstrip()), continues=True))
            open_at = i
            continue
        if role == "open" or (role == "either" and open_at is None):
            open_at = i  # a second opening mark restarts: the first was stray
        elif open_at is not None:
            if i > open_at + 1:
                segments.append(Segment(open_at, i))
            open_at = None
    return segments


def find_single_quote_segments(text: str, taken: list[Segment]) -> list[Segment]:
    """Single-quoted segments outside double-quoted ones: curly ‘…’ and
    straight '…' (British headline and body style: Rank 'set to sell unit').

    The opening mark follows a space, an opening bracket or dash (or starts
    the text); a straight one must be followed by a letter. The closing mark
    must end a word and not be followed by a letter or digit, so apostrophes
    ("Arden’s", "don't", "BA's") never close a quote. The quote ends within
    its paragraph and holds at most MAX_SINGLE_QUOTE_WORDS words.
    """
    inside = [(s.open_at, s.outer_end) for s in taken]
    out = []
    for m in re.finditer("[\u2018']", text):
        i = m.start()
        mark = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if not (prev.isspace() or prev in OPENING_CONTEXT) or any(a <= i < b for a, b in inside):
            continue
        if mark == "'" and not nxt.isalpha():
            continue
        closing = CLOSE_SINGLE if mark == OPEN_SINGLE else "'"
        paragraph_end = text.find("\n", i)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        for j in range(i + 2, paragraph_end):
            if text[j] != closing or text[j - 1].isspace():
                continue
            after = text[j + 1] if j + 1 < len(text) else " "
            if after.isalpha() or (mark == "'" and after.isdigit()):
                continue
            if len(WORD.findall(text[i + 1:j])) <= MAX_SINGLE_QUOTE_WORDS:
                out.append(Segment(i, j))
            break
    return out


def find_segments(text: str) -> list[Segment]:
    """Quoted segments in text order; a single-quoted segment overlapping a
    double-quoted one is dropped."""
    doubles = pair_double_marks(text)
    singles = [s for s in find_single_quote_segments(text, doubles)
               if not any(s.open_at < d.outer_end and d.open_at < s.outer_end for d in doubles)]
    segments = sorted(doubles + singles, key=lambda s: s.open_at)
    kept: list[Segment] = []
    for seg in segments:
        if is_nickname(text, seg):
            continue
        if not kept or seg.open_at >= kept[-1].outer_end:
            kept.append(seg)
    return kept


MAX_NICKNAME_WORDS = 2
NAME_WORD = re.compile(r"[A-Z][\w'\u2019.-]*$")


def is_nickname(text: str, seg: Segment) -> bool:
    """A quoted nickname inside a name: 'Teodoro “Dodong” Salcedo', 'Joe
    \"The Hammer\" Roe' — one or two capitalised words between a capitalised
    word and a capitalised word, with only a space on either side."""
    if seg.continues:
        return False
    inner = text[seg.start:seg.end]
    words = inner.split()
    if not words or len(words) > MAX_NICKNAME_WORDS or not all(w[:1].isupper() for w in words) \
            or not inner[-1:].isalpha():
        return False
    before = text[max(0, seg.open_at - 40):seg.open_at]
    after = text[seg.outer_end:seg.outer_end + 40]
    if not before.endswith(" ") or before.endswith("  ") or not after.startswith(" "):
        return False
    line_start = text.rfind("\n", 0, seg.open_at) + 1
    line_end = text.find("\n", seg.outer_end)
    line = text[line_start:seg.open_at] + " " + text[seg.outer_end:len(text) if line_end < 0 else line_end]
    line_words = [w for w in WORD.findall(line) if w.lower() not in TITLE_SMALL_WORDS]
    if line_words and sum(w[0].isupper() for w in line_words) > 0.6 * len(line_words):
        return False  # a title-case headline: 'Mayor Calls “Reckless” Plan Dead'
    prev_words, next_words = before.split(), after.split()
    return bool(prev_words and next_words and NAME_WORD.match(prev_words[-1]) and NAME_WORD.match(next_words[0])
                and prev_words[-1][-1:].isalpha() and next_words[0].rstrip(".,;:!?")[-1:].isalpha())


def is_split_gap(gap_tokens) -> bool:
    """True for the frame between two halves of a split quote: ', he said, '."""
    words = [t for t in gap_tokens if not t.is_punct and not t.is_space]
    text = "".join(t.text_with_ws for t in gap_tokens).strip()
    if not words or len(words) > MAX_SPLIT_GAP_WORDS:
        return False
    if not text.endswith((",", ":", "\u2014", "\u2013")):
        return False
    if any(t.text in ".!?" for t in gap_tokens):
        return False
    return any(is_reporting_token(t) for t in words)


def group_segments(doc, segments: list[Segment]) -> list[FoundQuote]:
    """Join continued paragraphs and split quotes into single quotes."""
    quotes: list[FoundQuote] = []
    for seg in segments:
        if quotes:
            last = quotes[-1]
            prev = last.segments[-1]
            if prev.continues:
                last.segments.append(seg)
                continue
            gap = doc.char_span(prev.outer_end, seg.open_at, alignment_mode="expand")
            gap_text = get_text(doc)[prev.outer_end:seg.open_at]
            first_part = get_text(doc)[prev.start:prev.end].rstrip()
            if gap is not None and "\n" not in gap_text and not first_part.endswith((".", "!", "?")) \
                    and is_split_gap(list(gap)):
                last.segments.append(seg)
                continue
        quotes.append(FoundQuote([seg]))
    return quotes


def find_quotes(doc) -> list[FoundQuote]:
    """Find step: every quotation in the document text, split quotes joined."""
    return group_segments(doc, find_segments(get_text(doc)))


# --------------------------------------------------------------------------
# Resolve step: cue, speaker mention, speaker name
# --------------------------------------------------------------------------

@lru_cache(maxsize=None)
def load_words_cached(name: str, dirs: tuple[str, ...]) -> frozenset[str]:
    return load_words(name)


def load_lexicon_words(name: str) -> frozenset[str]:
    """A lexicon as a lower-cased set, built once per lexicon folder setting."""
    return load_words_cached(name, tuple(map(str, lexicon_dirs())))


@lru_cache(maxsize=None)
def load_descriptor_words_cached(dirs: tuple[str, ...]) -> dict[str, frozenset[str]]:
    return {noun: frozenset(w.strip().lower() for w in words.split(",") if w.strip())
            for noun, words in load_mapping("descriptor_heads.tsv").items()}


def load_descriptor_words() -> dict[str, frozenset[str]]:
    """Descriptor nouns ('bloc', 'monitor') → words an organisation's name they stand for may hold."""
    return load_descriptor_words_cached(tuple(map(str, lexicon_dirs())))


TITLE_LEXICONS = ("titles.txt", "entity_titles.txt")


def load_title_words() -> frozenset[str]:
    """Role words: titles.txt and entity_titles.txt."""
    return frozenset().union(*(load_lexicon_words(name) for name in TITLE_LEXICONS))


def find_title(token) -> str | None:
    """The title word a token is ("spokesperson", "minister"), or None."""
    titles = load_title_words()
    for form in (token.lemma_.lower(), token.lower_, token.lower_.rstrip(".")):
        if form in titles:
            return form
    return None


def is_reporting_token(token) -> bool:
    """A verb listed in reporting_verbs.txt (by lemma or surface form).

    A listed word the tagger calls a noun still counts when the parse uses
    it as a verb ("…, writing: “…”" is sometimes tagged NOUN but parsed advcl).
    """
    words = load_lexicon_words("reporting_verbs.txt")
    if token.pos_ in ("VERB", "AUX"):
        return token.lemma_.lower() in words or token.lower_ in words
    if token.pos_ == "NOUN" and token.dep_ in VERB_DEPS:
        return any(form in words for form in guess_verb_bases(token.lower_))
    return False


def guess_verb_bases(word: str) -> set[str]:
    """Possible base forms of an inflected verb the tagger missed: 'writing' → 'write'."""
    forms = {word}
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])
    return forms


@dataclass(slots=True)
class Attribution:
    cue: str | None = None
    speaker_token: object | None = None   # spaCy Token heading the speaker mention
    speaker_mention: str | None = None
    frame_end: int = 0                    # where the quote's sentence (frame included) ends


def list_tokens_inside(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def is_in_quote(token, quote: FoundQuote) -> bool:
    return any(s.open_at <= token.idx < s.outer_end for s in quote.segments)


def find_chain_cues(doc, quote: FoundQuote) -> list:
    """Reporting verbs on the head chains from the quote up, nearest first.

    The chain starts at each quoted token whose head lies outside the quote
    ("HRM added that “…” were ongoing": operations → were → added).
    """
    found: dict[int, int] = {}
    for seg in quote.segments:
        for tok in list_tokens_inside(doc, seg.start, seg.end):
            if tok.head.i == tok.i or is_in_quote(tok.head, quote) or tok.is_punct:
                continue  # punctuation hangs off whatever verb the parser liked
            node, steps = tok.head, 0
            while steps < 6:
                if is_reporting_token(node) and not is_in_quote(node, quote):
                    found[node.i] = min(found.get(node.i, steps), steps)
                if node.head.i == node.i:
                    break
                node, steps = node.head, steps + 1
    return [doc[i] for i in sorted(found, key=lambda i: (found[i], i))]


def has_break_before(doc, token) -> bool:
    """True when a line break lies in the whitespace right before ``token``
    (line breaks held in whitespace tokens are handled by their own token)."""
    if token.i == 0:
        return True
    prev = doc[token.i - 1]
    return "\n" in get_text(doc)[prev.idx + len(prev.text):token.idx]


def is_sentence_end(token) -> bool:
    return token.text in (".", "!", "?") or (token.is_space and "\n" in token.text)


def collect_frame_tokens(doc, quote: FoundQuote, all_quotes: list[FoundQuote]):
    """Tokens around the quote, outside every quotation, up to the sentence ends.

    The frame runs left from the opening mark to the previous full stop or
    paragraph break (or into the previous paragraph when it ends with a colon),
    and right from the closing mark to the next full stop or paragraph break.
    A quote that ends with a full stop and is followed by a capital letter has
    no right frame (the next sentence is not its attribution).
    """
    span = doc.char_span(quote.outer_start, quote.outer_end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    text = get_text(doc)
    frame = []
    crossed_colon = False  # one paragraph break may be crossed, into a paragraph ending with ':'

    def may_cross_break(tok) -> bool:
        nonlocal crossed_colon
        if crossed_colon or not has_colon_before(text, tok.idx):
            return False
        crossed_colon = True
        return True

    for i in range(span.start - 1, -1, -1):
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            if may_cross_break(tok):
                continue
            break
        inside = any(is_in_quote(tok, q) for q in all_quotes)
        if not inside and tok.text in (".", "!", "?") and not is_abbreviation_stop(tok):
            break
        if not inside and not tok.is_space:
            frame.append(tok)
        if has_break_before(doc, tok) and not may_cross_break(tok):
            break
    frame.reverse()
    frame += [t for t in span if not t.is_space and not any(is_in_quote(t, q) for q in all_quotes)]  # split-quote gap
    content = text[quote.start:quote.end].rstrip()
    after = text[quote.outer_end:quote.outer_end + 3].lstrip(" \t")
    if content.endswith(".") and (not after or after[:1].isupper() or after[:1] in "\n\u201c\""):
        return frame
    for tok in doc[span.end:]:
        if has_break_before(doc, tok) and tok.idx > quote.outer_end:
            break
        if any(is_in_quote(tok, q) for q in all_quotes):
            continue
        if is_sentence_end(tok) and not is_abbreviation_stop(tok):
            break
        if not tok.is_space:
            frame.append(tok)
    return frame


MAX_ABBREVIATION_CHARS = 4


def is_abbreviation_stop(tok) -> bool:
    """The full stop of an abbreviated title the tokenizer split off ('Sgt' '.')
    when a capitalised word follows: not the end of a sentence."""
    doc = tok.doc
    if tok.text != "." or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    if prev.i > 0 and doc[prev.i - 1].pos_ in ("DET", "PRON"):
        return False  # 'said the King. Prince Omar …' ends a sentence
    return (not prev.whitespace_ and len(prev.text) <= MAX_ABBREVIATION_CHARS and prev.text[:1].isupper()
            and bool(find_title(prev)) and nxt.text[:1].isupper())


def find_according_to(frame):
    for tok in frame:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            objects = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return tok, objects[0]
    return None


def is_speaker_like(noun) -> bool:
    """A noun that can name who speaks: a name, an entity, a title, a plural group."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in SPEAKER_KINDS or bool(find_title(noun)) or noun.tag_ == "NNPS" \
        or noun.tag_ == "NNS"


RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def repair_subject(subject):
    """A subject that names no one directly: a relative pronoun → its antecedent;
    a date parsed as head ("Chief Chuck Jordan said Monday") → the name inside it."""
    if not any(ch.isalnum() for ch in subject.text):
        return None  # a stray full stop parsed as subject ('[Ed. note 2]')
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        return subject.head.head
    if subject.pos_ == "ADJ":  # a misparse: 'the UN, usually so prompt to …, had to admit' (UN under 'prompt')
        inner = [c for c in subject.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "NOUN")]
        if inner:
            return repair_subject(inner[0])
        # a hyphenated title parsed as an adjective: "The agency's director-general, Ana Roe, said"
        named = [c for c in subject.children if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or (
            c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME", "CARDINAL")))]
        return named[0] if named else subject
    if subject.pos_ == "NUM":  # 'One of the injured, Tom Roe, told …'
        named = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if named:
            return named[0]
    if subject.ent_type_ in ("DATE", "TIME"):
        names = [c for c in subject.children if c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")]
        return names[-1] if names else None
    named = find_name_after_abbreviation(subject)
    if named is not None:
        return named
    styled = find_styled_role_name(subject)
    if styled is not None:
        return styled
    # a lower-case word the tagger called a proper noun ('said the headman, Ann Roe,'), or an untyped one
    # opening the sentence ('Owner of the mill, Ann Roe, said'), is a common noun
    misread = subject.pos_ == "PROPN" and not subject.ent_type_ and (subject.text.islower() or subject.is_sent_start)
    if subject.pos_ == "NOUN" or misread or (
            subject.pos_ == "PROPN" and subject.ent_type_ != "PERSON" and find_title(subject)):
        named = find_appositive_name(subject)
        if named is None and find_title(subject):
            named = find_name_in_title_phrase(subject)
        return named or subject
    return subject


POSSESSIVE_DETERMINERS = ("its", "his", "her", "their", "our")


def find_styled_role_name(subject):
    """The person named in apposition to a capitalised role word that is no
    name: one with a possessive ('Its Controller, Musa Bala, told') or a style
    of address ('His Excellency Governor Tanko, speaking …, said';
    courtesy_styles.txt). The tagger calls such a word a proper noun or an
    organisation, so the title rules miss it."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return None
    possessed = any(c.dep_ == "poss" and (c.lower_ in POSSESSIVE_DETERMINERS or c.pos_ in ("PROPN", "NOUN"))
                    for c in subject.children)
    if not possessed and subject.lower_ not in load_lexicon_words("courtesy_styles.txt"):
        return None
    names = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    return names[0] if names else None


def find_name_after_abbreviation(token):
    """The name after an abbreviated title the tokenizer split from its full
    stop ('said Sgt. Maria Lopez' → 'Sgt' '.' 'Maria Lopez'): the name's last word."""
    doc = token.doc
    if token.i + 2 >= len(doc) or not is_abbreviation_stop(doc[token.i + 1]):
        return None
    i = token.i + 2
    while i < len(doc) and (find_title(doc[i]) or doc[i].text == ".") and i - token.i < 6:
        i += 1  # 'Lt. Col. Ray Adams'
    if i >= len(doc) or doc[i].ent_type_ != "PERSON":
        return None
    entity = find_entity_span(doc[i])
    return entity[-1] if entity is not None else None


def find_appositive_name(noun):
    """The name a role noun is given in apposition: 'his daughter Nicole Caron',
    'producers Ann Lee and Bo Park', 'the group, Amnesty International,',
    "Argentina's President, Nestor Kirchner," → the name; a title joined to a
    person's name ('founder and director Elliot Grove') → the person."""
    names = [c for c in noun.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or is_capitals_word(c))
             and c.ent_type_ not in ("DATE", "TIME", "GPE", "CARDINAL")]
    if find_title(noun):
        names += [c for c in noun.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
        if not names:
            names = find_chain_appositives(noun)
    names.sort(key=lambda c: c.ent_type_ != "PERSON")
    return names[0] if names else None


TITLE_CHAIN_PREPOSITIONS = ("for", "of", "at", "in", "to", "with", "on")


def find_chain_appositives(noun) -> list:
    """A person named in apposition at the end of a title's prepositional
    phrase: 'The UN coordinator for Karesia, Margit Ellison, warned' (the parser
    hangs the name on 'Karesia'). Only through places and organisations: after
    a person or another title ('the spokesman for the mayor, Ann Roe,') the
    name may describe that one, so none is given."""
    frontier = [noun]
    for _ in range(3):
        found, deeper = [], []
        for node in frontier:
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ not in TITLE_CHAIN_PREPOSITIONS:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    if obj.ent_type_ == "PERSON" or (find_title(obj) and not obj.ent_type_) or obj.pos_ == "PRON":
                        return []
                    found += [c for c in obj.children if c.dep_ == "appos" and (
                        c.ent_type_ == "PERSON" or (c.ent_type_ in ("ORG", "NORP") and is_person_by_description(c))
                        or is_bare_name(c))]
                    deeper.append(obj)
        if found:
            return found
        frontier = deeper
    return []


def is_bare_name(token) -> bool:
    """Two or three capitalised proper nouns the tagger left untyped or typed as
    an organisation, with no title and no word of a body's name: 'the Bishop of
    Varna, Tomas Reyl,' (the name hung on the place and typed ORG)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "ORG"):
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    words = doc[start: token.i + 1]
    bodies = load_speaker_bodies() | load_body_nouns()
    return 2 <= len(words) <= MAX_RELATIVE_NAME_WORDS and all(
        t.is_alpha and t.text[:1].isupper() and not t.is_upper and not find_title(t) and t.lower_ not in bodies
        for t in words)


def find_title_above_appositive(root):
    """The title noun whose prepositional phrase a person's name is in
    apposition to ('The spokesman for the General Command, Gen. Ray Adams,'
    → spokesman), or None (see ``find_chain_appositives``)."""
    node = root.head
    for _ in range(4):
        if node.ent_type_ == "PERSON" or node.pos_ == "PRON":
            return None
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in TITLE_CHAIN_PREPOSITIONS:
            return None
        if find_title(node) and not node.ent_type_:
            return None
        node = node.head.head
        if find_title(node) and node.pos_ in ("NOUN", "PROPN") and node.ent_type_ != "PERSON":
            return node
    return None


def find_name_in_title_phrase(noun):
    """The name ending a title's 'of' phrase: 'Minister of Interior of Morvania
    Tomislav Brkić said' → Brkić. Not a name right after 'of' or after another
    title ('the spokesman of Mayor Ann Roe' speaks for Ann Roe, he is not her)."""
    node = noun
    for _ in range(4):
        preps = [c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [c for c in preps[0].children if c.dep_ == "pobj"] if preps else []
        if not objects:
            return None
        node = objects[0]
        if node.ent_type_ == "PERSON":
            entity = find_entity_span(node)
            before = node.doc[entity.start - 1] if entity.start > 0 else None
            if before is None or before.pos_ in ("ADP", "DET") or find_title(before) or entity[0].i == preps[0].i + 1:
                return None
            return node
    return None


def find_quoted_person(cue):
    """'the paper quoted the minister as saying' → the minister (the object of
    'quote' whose words these are), or None."""
    node = cue
    for _ in range(3):
        if node.lemma_.lower() == "quote":
            saying = [g for c in node.children if c.dep_ == "prep" and c.lower_ == "as"
                      for g in c.children if is_reporting_token(g)]
            objects = [c for c in node.children if c.dep_ == "dobj" and (is_speaker_like(c) or c.pos_ == "PRON")]
            if objects and node.i == cue.i and not saying and objects[0].lower_ not in ("it", "this", "that"):
                return repair_subject(objects[0])  # 'and I'm quoting him here, “…”': the one quoted speaks
            return repair_subject(objects[0]) if objects and saying else None
        if node.head.i == node.i:
            break
        node = node.head
    return find_quoted_person_by_order(cue)


AS_SAYING_WINDOW = 30  # tokens looked back from 'as saying' for 'quoted'


def find_quoted_person_by_order(cue):
    """'KNA quoted Brig. Gen. Ray Adams, the army spokesman, as saying …' when
    the parse breaks it (an abbreviated rank splits the sentence): the first
    person named between 'quoted' and 'as'."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].lower_ != "as" or not is_reporting_token(cue):
        return None
    for k in range(cue.i - 2, max(-1, cue.i - AS_SAYING_WINDOW), -1):
        tok = doc[k]
        if tok.is_space and "\n" in tok.text:
            return None
        if tok.lemma_.lower() != "quote" and tok.lower_ not in ("quoted", "quoting"):
            continue
        between = doc[k + 1: cue.i - 1]
        persons = [t for t in between if t.ent_type_ == "PERSON" and not find_title(t)]
        if persons:
            entity = find_entity_span(persons[0])
            return entity[-1] if entity is not None else persons[0]
        return None
    return None


def find_speaker_token(cue, quote: FoundQuote):
    """The subject of the cue, climbing out of participles and clauses; for
    'X quoted Y as saying', Y."""
    quoted = find_quoted_person(cue)
    if quoted is not None:
        return quoted
    node = cue
    if cue.dep_ == "conj" and not is_reporting_token(cue.head) and cue.head.dep_ in ("ccomp", "xcomp") \
            and is_reporting_token(cue.head.head) and not is_in_quote(cue.head.head, quote) \
            and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        node = cue.head.head  # 'He said 60 people were hurt and warned “…”': warned is coordinated with said
    absolute = find_absolute_subject(cue)
    if absolute is not None:
        return repair_subject(absolute)
    sibling = find_reporting_sibling(cue)
    if sibling is not None:
        return repair_subject(sibling)
    for _ in range(6):
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS and not is_in_quote(c, quote)]
        if len(subjects) > 1 and any(c.i < node.i for c in subjects):
            # 'Question (radio): The minister said …' parsed with two subjects: the one after the colon
            nearest = max((c for c in subjects if c.i < node.i), key=lambda c: c.i)
            if any(t.text.startswith(":") or t.text.endswith(":") for t in node.doc[subjects[0].i:nearest.i]):
                subjects = [nearest]
        if subjects:
            return repair_subject(subjects[0])
        agents = [c for c in node.children if c.dep_ == "agent"]
        if agents:
            objects = [c for c in agents[0].children if c.dep_ == "pobj"]
            if objects and (is_speaker_like(objects[0]) or objects[0].pos_ == "PRON"):
                return objects[0]  # not 'sobbed by phone'

        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN") and is_speaker_like(node.head):
            return repair_subject(node.head)  # 'Its spokesman, Ana Roe, conceded …' parsed as a fragment
        if node.dep_ in CLIMB_DEPS and node.head.i != node.i:
            node = node.head
            continue
        break
    return find_adjacent_speaker(cue, quote) or find_name_before_cue(cue, quote) \
        or find_coordinated_verb_subject(cue, quote)


def find_name_before_cue(cue, quote: FoundQuote):
    """A person named in apposition right before a cue the parser left without
    a subject: 'When we reached the town hall, the mayor's aide, Ana Roe, told
    us that “…”' (the names hung on 'town hall')."""
    doc = cue.doc
    k = cue.i - 1
    if k < 1 or doc[k].text != "," or cue.idx > quote.outer_start:
        return None
    prev = doc[k - 1]
    if prev.ent_type_ != "PERSON" or prev.dep_ != "appos" or is_in_quote(prev, quote):
        return None
    entity = find_entity_span(prev)
    return prev if entity is not None and entity[-1].i == prev.i else None


def find_coordinated_verb_subject(cue, quote: FoundQuote):
    """The subject of the verb a cue is coordinated with when the parser hung
    the cue on a noun instead: 'The chief, who came on Sunday, met the families
    of the dead and promised that “…”' (promised as a conjunct of 'dead'):
    the verb before 'and', and its subject."""
    doc = cue.doc
    if cue.dep_ != "conj" or cue.head.pos_ in ("VERB", "AUX") or cue.i == 0 or doc[cue.i - 1].lower_ != "and" \
            or cue.idx > quote.outer_start:
        return None
    verbs = [t for t in doc[cue.sent.start: cue.i - 1] if t.pos_ == "VERB" and t.dep_ != "relcl"
             and not is_in_quote(t, quote)]
    if not verbs:
        return None
    return find_speaker_token(verbs[-1], quote)


def find_reporting_sibling(cue):
    """The subject of a reporting verb right before a participle cue when the
    parser hung both on the reported clause: 'The road was cut by noon, union
    leader Ana Roe said, accusing officials of "…"' → Ana Roe (not 'The road')."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "conj") \
            or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc = cue.doc
    for verb in cue.head.children:
        if verb.dep_ not in ("parataxis", "ccomp", "conj") or verb.i > cue.i or not is_reporting_token(verb) \
                or not all(t.is_punct for t in doc[verb.right_edge.i + 1: cue.i]):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects and (is_speaker_like(subjects[0]) or subjects[0].pos_ == "PRON"):
            return subjects[0]
    return None


def find_absolute_subject(cue):
    """The noun of an absolute 'with' phrase right before a participle cue:
    'The agency called for aid, with its spokesman, Ann Roe, saying “…”' →
    spokesman (the parser hangs 'with' and 'saying' side by side on the main verb)."""
    if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    doc = cue.doc
    for prep in cue.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i > cue.i:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and all(t.is_punct for t in doc[obj.right_edge.i + 1: cue.i]) \
                    and (is_speaker_like(obj) or obj.pos_ == "PRON"):
                return obj
    return None


def find_adjacent_speaker(cue, quote: FoundQuote):
    """A speaker the parse did not tie to the cue, read from word order.

    '“…,” Flynn, an adviser, said' → the name between quote and cue (a person
    before an organisation before a pronoun before any proper noun);
    '“…,” said HRM on Monday' → the first name right after the cue (days,
    times, titles and articles skipped; a preposition ends the search).
    """
    doc = cue.doc
    if cue.idx >= quote.outer_end:
        between = [doc[i] for i in range(cue.i) if doc[i].idx >= quote.outer_end]
        for accept in (lambda t: t.ent_type_ == "PERSON",
                       lambda t: t.ent_type_ in ("ORG", "NORP"),
                       lambda t: t.lower_ in PERSON_PRONOUNS | ORG_PRONOUNS,
                       lambda t: t.pos_ == "PROPN" and t.ent_type_ != "GPE"):
            names = [t for t in between if accept(t)]
            if names:
                entity = find_entity_span(names[0])
                return entity[-1] if entity is not None else names[0]
    title = None
    for tok in doc[cue.i + 1: cue.i + 8]:
        if find_name_after_abbreviation(tok) is not None:
            return find_name_after_abbreviation(tok)
        if is_in_quote(tok, quote) or tok.pos_ in ("ADP", "PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"):
            break
        if tok.ent_type_ in ("DATE", "TIME") or tok.pos_ == "DET":
            continue
        if find_title(tok):
            title = title or tok
            continue
        if tok.pos_ in ("PROPN", "NOUN"):
            return tok
    if title is not None and cue.idx >= quote.outer_end and is_inverted_cue(cue, quote):
        # '“…,” declared the Minister of the Interior, Ana Roe, …' (a title
        # with its office, then the name in apposition): the title, or the
        # name given it in apposition, speaks
        return repair_subject(title)
    return None


def is_inverted_cue(cue, quote: FoundQuote) -> bool:
    """The cue stands right after the closing mark, with nothing but
    punctuation between: '“…,” declared the minister'."""
    doc = cue.doc
    return all(t.is_punct or t.is_space for t in doc[:cue.i] if t.idx >= quote.outer_end)


def find_mention_span(token):
    """The speaker mention as written: the entity of ``token``, or its noun
    with the determiners and modifiers before it ("the company spokesman")."""
    if token.ent_type_ in SPEAKER_KINDS:
        return find_entity_span(token)
    start = token.i
    for child in token.lefts:
        if child.dep_ in NOUN_MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    while start < token.i and (token.doc[start].is_punct or token.doc[start].is_space):
        start += 1  # not the closing mark and dash a signature's name hangs on ('“…” - Cmdr Ana Roe')
    return token.doc[start: token.i + 1]


def find_attribution(doc, quote: FoundQuote, all_quotes: list[FoundQuote]) -> Attribution:
    """Cue and speaker mention of one quote (no name resolution yet)."""
    frame = collect_frame_tokens(doc, quote, all_quotes)
    frame_ids = {t.i for t in frame}
    frame_end = max([quote.outer_end] + [t.idx + len(t.text) for t in frame])
    chain = [c for c in find_chain_cues(doc, quote) if c.i in frame_ids]
    as_cue = find_as_clause_cue(frame, quote)
    as_speaker = find_speaker_token(as_cue, quote) if as_cue is not None else None
    if as_speaker is not None and not is_in_quote(as_speaker, quote):
        return Attribution(as_cue.text, as_speaker, find_mention_span(as_speaker).text, frame_end)
    cue = choose_cue(chain, quote)
    if cue is not None:
        cue = skip_quoting_aside(find_nested_colon_cue(doc, quote, cue) or cue)
    if cue is None:
        according = find_according_to(frame)
        if according:
            acc, obj = according
            return Attribution("according to", obj, find_mention_span(obj).text, frame_end)
        cues = [t for t in frame if is_reporting_token(t) and t.pos_ in ("VERB", "AUX")]
        if cues:
            cue = min(cues, key=lambda t: min(abs(t.idx - quote.outer_start), abs(t.idx - quote.outer_end)))
    if cue is None:
        signed = find_dash_signature(doc, quote) or find_colon_speaker(doc, quote)
        if signed is not None:
            return Attribution(None, signed, find_mention_span(signed).text, max(frame_end, signed.idx + len(signed.text)))
        introduced = find_colon_clause(doc, quote)
        if introduced is not None:
            verb, subject = introduced
            return Attribution(verb.text, subject, find_mention_span(subject).text, frame_end)
        return Attribution(frame_end=frame_end)
    speaker = find_speaker_token(cue, quote)
    if speaker is None or is_in_quote(speaker, quote):
        return Attribution(cue.text, frame_end=frame_end)
    return Attribution(cue.text, speaker, find_mention_span(speaker).text, frame_end)


def find_nested_colon_cue(doc, quote: FoundQuote, cue):
    """A reporting verb inside the clause of ``cue`` that ends with the colon opening the quote and
    whose own subject can speak: 'I remind the minister what the relief council said last week: “…”'
    → said (the council's words, not the member's)."""
    colon = find_opening_colon(doc, quote)
    if colon is None or cue.i >= colon.start:
        return None
    for verb in reversed(doc[cue.i + 1:colon.start]):
        if verb.pos_ != "VERB" or not is_reporting_token(verb) or cue not in verb.ancestors:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and cue.i < c.i < verb.i]
        if subjects and (any(t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN" for t in subjects[0].subtree)
                         or is_speaker_like(subjects[0]) or find_title(subjects[0])):
            return verb
    return None


DASHES = "\u2015\u2014\u2013-"
LONG_DASHES = ("\u2015", "\u2014", "\u2013", "--")


def find_dash_signature(doc, quote: FoundQuote):
    """A name signed after the quote with a dash: '“…” ― Carla Reyes'."""
    after = get_text(doc)[quote.outer_end:quote.outer_end + 4]
    stripped = after.lstrip(" \t\u00a0")
    if not stripped or stripped[0] not in DASHES:
        return None
    start = quote.outer_end + (len(after) - len(stripped)) + 1
    span = doc.char_span(start, min(len(get_text(doc)), start + 60), alignment_mode="expand")
    if span is None:
        return None
    names = []
    for tok in span:
        if tok.is_space or tok.text in DASHES:
            continue
        if tok.pos_ != "PROPN" and tok.ent_type_ not in ("PERSON", "ORG"):
            break
        names.append(tok)
    return names[-1] if names else None


MAX_COLON_SPEAKER_WORDS = 4


def find_opening_colon(doc, quote: FoundQuote):
    """The span of the colon that opens the quote ('X: “…”'), or None when the
    quote is not introduced by a colon (spaces and tabs between are skipped)."""
    text = get_text(doc)
    j = quote.outer_start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] != ":":
        return None
    return doc.char_span(j, j + 1, alignment_mode="expand")


def find_colon_speaker(doc, quote: FoundQuote):
    """A name standing alone before a colon that opens the quote, headline
    style: 'Blair: “I will not quit”', 'Mayor Ana Ruiz: 'We will rebuild''.
    The name must start its line or sentence and be a person or organisation
    (a title alone, 'Mayor:', names no one)."""
    colon = find_opening_colon(doc, quote)
    if colon is None:
        return None
    start = colon.start
    while start > 0 and not doc[start - 1].is_space and doc[start - 1].text not in ".!?" \
            and doc[start - 1].text not in LONG_DASHES and not has_break_before(doc, doc[start]):
        start -= 1  # a dash ends a live-blog entry's time stamp: '21:05 — City Hospital: “…”'
    words = [t for t in doc[start:colon.start] if not t.is_space]
    voice = [t for t in words if t.lower_ not in ("in", ",")]
    if 2 <= len(voice) <= 3 and voice[0].lower_ in ("his", "her", "its") and voice[-1].pos_ == "NOUN" \
            and is_voice_noun(voice[-1]):
        return voice[-1]  # 'In his words: “…”', 'Her statement: “…”': whoever the pronoun points back to
    if len(words) > MAX_COLON_SPEAKER_WORDS:
        words = cut_colon_name_phrase(words)
    if not words or len(words) > MAX_COLON_SPEAKER_WORDS:
        return None
    if len(words) == 1 and words[0].pos_ == "NOUN" and is_known_person_word(words[0]):
        return words[0]  # 'Roe: “…”' with the surname tagged as a common noun, 'Ana Roe' named before
    if not all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or find_title(t) or t.tag_ == "POS"
               or (t.pos_ == "NOUN" and t.text[:1].isupper() and len(words) > 1) for t in words):
        return None  # a capitalised common noun only inside a longer name ('Eastside Children's Hospital')
    if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or find_title(t) for t in words):
        return None
    if len(words) > 1 and find_title(words[-1]) and words[-1].pos_ in ("NOUN", "PROPN"):
        return words[-1]  # 'Army spokesman: “…”': the person with that title, else the army
    names = [t for t in words if not find_title(t) and t.ent_type_ not in ("GPE", "NORP", "DATE")]
    return names[-1] if names else None


PERSON_WORDS_KEY = "crosscheck.quotes.person_words"


def is_known_person_word(token) -> bool:
    """A capitalised word that the document names a person with elsewhere
    (a word of a PERSON entity, 'Ana Roe' for 'Roe')."""
    doc = token.doc
    words = doc.user_data.get(PERSON_WORDS_KEY)
    if words is None:
        words = doc.user_data[PERSON_WORDS_KEY] = frozenset(
            t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent if t.text[:1].isupper())
    return token.text[:1].isupper() and not token.is_upper and token.text in words and not find_title(token)


MAX_COLON_NAME_TOKENS = 8  # a title and a name before a comma or preposition, hyphen tokens counted
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def cut_colon_name_phrase(words: list) -> list:
    """The name that heads a verbless phrase before a quote's colon: 'Mayor
    Ana Roe, standing outside the ruined market: “…”', 'Opposition leader Ben
    Okoro on X: “…”' → the words before the first comma or lower-case
    preposition, hyphens dropped, when they hold a person's name and nothing
    before the colon is a finite verb (else a clause, not a heading). Else []."""
    if any(t.tag_ in FINITE_TAGS for t in words):
        return []
    if len(words) > 2 and is_voice_noun(words[0]) and words[1].lower_ in ("by", "from"):
        # 'Statement by the Director, Dr Ana Roe: “…”': the one person the heading names
        people = [t for t in words[2:] if t.ent_type_ == "PERSON"]
        if people and all(t.i == people[0].i + k for k, t in enumerate(people)):
            return people[-MAX_COLON_SPEAKER_WORDS:]
        words = words[2:]
    cut = next((k for k, t in enumerate(words) if t.text == "," or (t.pos_ == "ADP" and t.text.islower())), None)
    if cut is None or cut == 0 or cut > MAX_COLON_NAME_TOKENS:
        return []
    head = [t for t in words[:cut] if t.text not in NAME_HYPHENS]
    # the proper nouns after a title ('Osk Mayor Ana Dabo', whatever type the
    # tagger gave the words), else the person entity
    titles = [k for k, t in enumerate(head) if find_title(t)]
    person = head[titles[-1] + 1:] if titles else []
    if len(person) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in person):
        person = [t for t in head if t.ent_type_ == "PERSON" or is_known_person_word(t)]
        if not person and is_surname_of_body(head, words[cut:]):
            person = head  # 'Kostova of Lantern, to reporters: “…”': a surname and whom she speaks for
        if not person:
            return []
    return (head[:-len(person)][-1:] if len(head) > len(person) else []) + person[-(MAX_COLON_SPEAKER_WORDS - 1):]


def is_surname_of_body(head: list, rest: list) -> bool:
    """One capitalised word, no title, place or word for a body, then 'of' and a
    name: 'Kostova of Lantern' heading a quote, a person by her surname."""
    if len(head) != 1 or len(rest) < 2 or rest[0].lower_ != "of":
        return False
    word, after = head[0], rest[1]
    return word.pos_ == "PROPN" and word.text[:1].isupper() and not word.is_upper and not find_title(word) \
        and word.ent_type_ not in ("GPE", "NORP", "LOC", "FAC", "DATE") and word.lower_ not in load_body_nouns() \
        and word.lower_ not in load_descriptor_words() and after.pos_ == "PROPN" and after.text[:1].isupper()


def find_colon_clause(doc, quote: FoundQuote):
    """A clause whose subject can speak, ending with the colon that opens the
    quote: 'Lena Vukas, the president-elect, addressed the nation from hiding:
    “…”', 'The mayor was blunt: “…”' → (verb, subject). A thing as subject
    ('The sign read: “…”') gives nothing."""
    span = find_opening_colon(doc, quote)
    if span is None:
        return None
    colon = span[0]
    verb = colon.head if colon.head.pos_ in ("VERB", "AUX") else colon.sent.root
    if verb.i > colon.i or verb.pos_ not in ("VERB", "AUX") or is_in_quote(verb, quote):
        verb = find_verb_before_colon(colon, quote)
        if verb is None:
            return None
    verb = skip_quoting_aside(verb)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < colon.i]
    subject = repair_subject(subjects[0]) if subjects else None
    if subject is None or is_in_quote(subject, quote):
        return None
    if subject.ent_type_ in ("PERSON", "ORG") or subject.pos_ == "PROPN" or find_title(subject) \
            or subject.lower_ in PERSON_PRONOUNS:
        return verb, subject
    return None


def skip_quoting_aside(verb):
    """'He said, and I quote: “…”': the writer's aside 'and I quote' is no
    cue of its own; the verb it is joined to is."""
    subjects = [c.lower_ for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if verb.lemma_.lower() == "quote" and verb.dep_ == "conj" and subjects[:1] in (["i"], ["we"]) \
            and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return verb


def find_verb_before_colon(colon, quote: FoundQuote):
    """The main verb of the clause before a colon when the parser made that
    clause part of the quote ('Commander Ann Roe was clear: “The crew refused…”'
    parsed with 'was' under 'refused'): the last verb before the colon whose
    head lies in the quote or after the colon."""
    verbs = [t for t in colon.sent if t.i < colon.i and t.pos_ in ("VERB", "AUX") and not is_in_quote(t, quote)
             and t.dep_ not in ("aux", "auxpass") and (t.head.i == t.i or t.head.i > colon.i)]
    return verbs[-1] if verbs else None


def find_lead_in_attribution(doc, quote: FoundQuote, all_quotes: list[FoundQuote]) -> Attribution | None:
    """The attribution of a quote that stands alone right after a reporting
    sentence: 'Mayor Ana Ruiz described the damage. “Half the town is under
    water.”' — the sentence's reporting verb and its subject."""
    text = get_text(doc)
    j = quote.outer_start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] not in ".!?":
        return None
    lead = doc.char_span(j, j + 1, alignment_mode="expand")
    if lead is None:
        return None
    sentence = lead[0].sent
    if any(is_in_quote(t, q) for t in sentence for q in all_quotes):
        return None
    verbs = sorted((t for t in sentence if is_reporting_token(t)), key=lambda t: t.dep_ != "ROOT")
    for verb in verbs:
        speaker = find_speaker_token(verb, quote)
        if speaker is not None and (is_speaker_like(speaker) or speaker.pos_ == "PRON"):
            return Attribution(verb.text, speaker, find_mention_span(speaker).text, quote.outer_end)
    return None


def find_as_clause_cue(frame, quote: FoundQuote):
    """A reporting clause opened by 'as' around the quote: 'The army “struck
    back hard”, as the statement put it', 'As the mayor said, “…”' — the words
    are the as-clause subject's, not the main clause's."""
    for tok in frame:
        if tok.dep_ != "advcl" or not is_reporting_token(tok) or is_in_quote(tok, quote):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            continue
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and not is_in_quote(c, quote)]
        if subjects and subjects[0].pos_ in ("NOUN", "PROPN", "PRON") and subjects[0].lower_ not in ("it", "this"):
            return tok
    return None


def choose_cue(chain: list, quote: FoundQuote):
    """The nearest cue on the chain whose subject can speak; a thing as subject
    ("the advertisement suggests") gives way to a cue higher up ("Holm said
    that the advertisement “…” suggests"); with none, the nearest cue."""
    for cue in chain:
        if is_told_passive(cue) and cue is not chain[-1]:
            continue  # 'X said the families had been told "…"': the families heard it, X speaks
        speaker = find_speaker_token(cue, quote)
        if speaker is not None and (is_speaker_like(speaker) or speaker.pos_ == "PRON"):
            return cue
    return chain[0] if chain else None


def is_told_passive(cue) -> bool:
    """A passive verb of telling ('had been told', 'were informed') without a
    'by' agent: its subject is the one told, not the speaker."""
    return cue.lemma_.lower() in load_lexicon_words("hearer_verbs.txt") \
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children) \
        and not any(c.dep_ == "agent" for c in cue.children)


def continues_previous(doc, quote: FoundQuote, attribution: Attribution, previous: Attribution | None) -> bool:
    """A quote with no frame of its own that directly follows an attributed quote:
    '“A,” said X. “B.”' — B is X's too."""
    if previous is None or attribution.cue is not None or attribution.frame_end > quote.outer_end:
        return False
    gap = get_text(doc)[previous.frame_end:quote.outer_start]
    return not gap.strip(" \t\n.!?")


# ----- speaker names ------------------------------------------------------

def strip_determiner(text: str) -> str:
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"[\u2019']s$", "", text).strip()


def make_name_key(word: str) -> str:
    """A surname compared without Arabic-style particles: 'al-Barani' ~ 'Barani'."""
    return NAME_PARTICLES.sub("", re.sub(r"[\u2019']s$", "", word)).lower()


@dataclass
class NameIndex:
    """Names the document gives, in order, for resolving speaker mentions."""

    persons: list[tuple[int, str, bool]] = field(default_factory=list)  # (offset, name, is_subject)
    proper_names: list[str] = field(default_factory=list)  # proper-noun runs the tagger left untyped
    orgs: list[tuple[int, str]] = field(default_factory=list)
    titles: list[tuple[int, str, str, frozenset]] = field(default_factory=list)  # (offset, title, name, phrase words)
    acronyms: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)  # name → "he"/"she", from pronouns resolved to it
    # name → "he"/"she" from the words around a full name: an honorific or a
    # family noun ("Mr Tom Roe", "his wife, Ana Roe,")
    gender_hints: dict[str, str] = field(default_factory=dict)
    # weaker: a possessive on the object of a verb the person is subject of
    # ("Ana Roe saw her son"); it prefers a name, never rules one out
    possessive_hints: dict[str, str] = field(default_factory=dict)
    entry_starts: list[int] = field(default_factory=list)  # offsets of live-blog entries and headings
    turn_starts: list[int] = field(default_factory=list)  # offsets of a transcript's speaker turns
    turn_speakers: list[str | None] = field(default_factory=list)  # who holds each of those turns
    # token index → the name a person noun is given by a relative clause ('a
    # mother, who gave her name as Mrs Lami,'): both the noun and the name's tokens
    given_names: dict[int, str] = field(default_factory=dict)

    # name → "he"/"she" from a possessive in a clause the person is the subject
    # of and no one else is named in ('Tom is recovering with burns to his hands')
    clause_hints: dict[str, str] = field(default_factory=dict)

    def fits_pronoun(self, name: str | None, pronoun: str) -> bool:
        """False when the document already used the other pronoun for ``name``,
        or showed that person to be of the other gender ('Mr', 'his wife, Ana
        Roe', 'Tom … with burns to his hands')."""
        if not name:
            return True
        gender = PRONOUN_GENDER.get(pronoun)
        fullest = self.find_fullest_person(name, gender) or name
        known = self.genders.get(fullest)
        if known is not None:
            return known == PRONOUN_GENDER.get(pronoun, known)
        hinted = {self.gender_hints.get(n) or self.clause_hints.get(n) for n in (name, fullest)} - {None}
        return gender is None or not hinted or gender in hinted

    def gender_of(self, name: str) -> str | None:
        return self.genders.get(name) or self.gender_hints.get(name)

    def likely_gender_of(self, name: str) -> str | None:
        return self.gender_of(name) or self.possessive_hints.get(name)

    def find_entry_start(self, offset: int) -> int:
        """Where the live-blog entry (or the section under a heading) holding ``offset`` starts."""
        earlier = [e for e in self.entry_starts if e <= offset]
        return earlier[-1] if earlier else 0

    def find_fullest_person(self, mention: str, gender: str | None = None) -> str | None:
        """The document's full name for a person mention ("Whitfield" → "Dana Whitfield").

        Candidates are the names ending with the mention's words (particles
        such as al- ignored). With ``gender`` known (from "Ms", "Mr" or the
        pronoun being resolved), a person the document shows to be of the
        other gender is no candidate and one shown to be of that gender comes
        first ("Ms Roe" is Ana Roe, not her son Tom Roe). Then a name of two
        or more words beats a single word; among those, the form the document
        uses most often wins (so a stray adjective the tagger put into one
        mention does not), then the longest.
        """
        words = strip_determiner(mention).split()
        if not words:
            return None
        key = [make_name_key(w) for w in words]
        counts: dict[str, int] = {}
        typed = {p[1] for p in self.persons}
        for name in [p[1] for p in self.persons] + self.proper_names:
            parts = [make_name_key(w) for w in name.split()]
            if len(parts) >= len(key) and parts[-len(key):] == key:
                counts[name] = counts.get(name, 0) + 1
        if not counts:
            return None
        if gender and len(counts) > 1:
            fitting = {n: c for n, c in counts.items() if self.gender_of(n) in (None, gender)}
            matching = {n: c for n, c in fitting.items() if self.likely_gender_of(n) == gender}
            counts = matching or fitting or counts
        # a name the tagger typed as a person beats an untyped proper-noun run
        # that may carry a rank or unit ("Gen. Norman Ham" vs "Norman Ham")
        return max(counts, key=lambda n: (len(n.split()) > 1, n in typed, counts[n], len(n.split()), -len(n)))

    def find_fullest_org(self, mention: str, before: int) -> str | None:
        text = strip_determiner(mention)
        if text.upper() == text and text in self.acronyms:
            return strip_determiner(self.acronyms[text])
        head = text.split()[-1].lower() if text.split() else ""
        best = None
        for offset, name in self.orgs:
            if offset >= before and best is not None:
                break
            words = [w.lower() for w in name.split()]
            joined = {a + b for a, b in zip(words, words[1:])}  # 'coastguard' ~ 'Coast Guard'
            if text.lower() == name.lower() or (len(text.split()) == 1 and (head in words or head in joined)) \
                    or (len(text.split()) > 2 and name.lower().startswith(text.lower() + " ")) \
                    or squeeze_name(text) == squeeze_name(name):
                if best is None or len(name) > len(best):
                    best = name
        return best

    def find_person_before(self, offset: int, quotes: list[FoundQuote], pronoun: str = "") -> str | None:
        entry = self.find_entry_start(offset)
        turns = [t for t in self.turn_starts if t <= offset]
        if len(turns) >= 2:
            # in a transcript "he" points into the speaker's own turn or the one it answers, never
            # back to whoever was named turns ago
            entry = max(entry, turns[-2])
        earlier = [p for p in self.persons if entry <= p[0] < offset and self.fits_pronoun(p[1], pronoun)
                   and not any(q.outer_start <= p[0] < q.outer_end for q in quotes)]
        for p in reversed(earlier[-6:]):
            if p[2]:
                return p[1]
        return earlier[-1][1] if earlier else None

    def find_described_org(self, noun: str, before: int) -> str | None:
        """The last organisation named before ``before`` that a descriptor noun
        ('the bloc', 'the monitor') can stand for (descriptor_heads.tsv)."""
        words = load_descriptor_words().get(noun)
        if not words:
            return None
        for offset, name in reversed(self.orgs):
            if offset < before and any(w in words for w in name.lower().split()):
                return name
        return None

    def find_org_before(self, offset: int) -> str | None:
        entry = self.find_entry_start(offset)
        earlier = [o for o in self.orgs if entry <= o[0] < offset]
        return earlier[-1][1] if earlier else None

    def find_titled_person_after(self, title: str, modifiers: frozenset[str], offset: int) -> str | None:
        """The first person given ``title`` after ``offset`` in the same entry
        (a live-blog heading names the role, its entry the person); the title
        phrase's modifiers are preferred, not required ('Army spokesman' /
        'the military spokesman')."""
        later = [e for e in self.entry_starts if e > offset]
        end = later[0] if later else float("inf")
        after = [t for t in self.titles if offset < t[0] < end and is_same_title(t[1], title)]
        exact = [t for t in after if modifiers <= t[3]]
        chosen = exact or after
        return chosen[0][2] if chosen else None

    def find_titled_person(self, title: str, modifiers: frozenset[str], offset: int) -> str | None:
        """The last person given ``title`` before ``offset`` whose title phrase has every modifier."""
        gender = {g for w in modifiers if (g := load_gender_words().get(w))}
        modifiers = frozenset(w for w in modifiers if w not in load_gender_words())  # 'the lady governor'
        earlier = [t for t in self.titles if t[0] < offset and is_same_title(t[1], title) and modifiers <= t[3]
                   and (not gender or self.gender_of(t[2]) in (None, *gender))]
        return earlier[-1][2] if earlier else None


MAX_TITLE_ABBREVIATION = 4
COURTESY_LONG_FORMS = frozenset({"doctor", "mister", "mistress"})  # what a courtesy title abbreviates


def is_same_title(a: str, b: str) -> bool:
    """Two title words for one office: equal, or one the abbreviation of the
    other ('gov' / 'governor', 'sgt' / 'sergeant', 'supt' / 'superintendent'):
    up to four letters, the other's first letter and then its letters in order."""
    if a == b:
        return True
    short, long_ = sorted((a.rstrip("."), b.rstrip(".")), key=len)
    if short in HONORIFICS and long_ not in HONORIFICS | COURTESY_LONG_FORMS:
        return False  # "Mr" is no abbreviation of "minister", nor "Dr" of "director"
    if len(short) > MAX_TITLE_ABBREVIATION or len(long_) <= len(short) or not short or short[0] != long_[0]:
        return False
    rest = iter(long_[1:])
    return all(ch in rest for ch in short[1:])


def squeeze_name(name: str) -> str:
    """A name lower-cased without spaces or hyphens: 'Mirelian coastguard' ~ 'Mirelian Coast Guard'."""
    return re.sub(r"[\s\-\u2010\u2011]+", "", name.lower())


def clean_person_name(ent) -> str:
    """A person entity's name without a leading title: 'Nurse Hana Sato' → 'Hana Sato'."""
    tokens = list(ent)
    while len(tokens) > 1 and (find_title(tokens[0]) or tokens[0].pos_ == "DET"):
        tokens = tokens[1:]
    doc, end = ent.doc, ent.end
    # the surname the tagger left out of the entity although the name's words hang
    # on it: 'Shri [Ravi] Kumar has …' (Kumar untyped, the head of the compound)
    while end < len(doc) and end - ent.end < MAX_LEFT_OUT_WORDS and doc[end].pos_ == "PROPN" \
            and not doc[end].ent_type_ and doc[end].is_alpha and doc[end].text[:1].isupper() \
            and not find_title(doc[end]) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        end += 1
    return strip_determiner(doc[tokens[0].i: end].text)


MAX_LEFT_OUT_WORDS = 1


def collect_phrase_words(tokens) -> frozenset[str]:
    return frozenset(t.lower_.rstrip(".") for t in tokens if t.is_alpha or t.text.endswith("."))


def collect_title_links(ent) -> list[tuple[str, frozenset[str]]]:
    """Titles tied to a person entity, each with the words of its title phrase:
    inside the entity ("Nurse Hana Sato"), pre-modifiers ("human rights chief
    Marta Lindqvist") and appositives ("Dana Whitfield, the regional council
    spokesperson,")."""
    doc = ent.doc
    found = [(find_title(t), collect_phrase_words(ent)) for t in ent if find_title(t)]
    i = ent.start - 1
    while i >= 0 and doc[i].dep_ in ("compound", "amod", "nmod", "poss", "case", "punct", "pobj", "prep", "det") \
            and doc[i].head.i >= ent.start - 1 and ent.start - i <= 6:
        i -= 1
    premodifiers = doc[i + 1: ent.start]
    found += [(find_title(t), collect_phrase_words(premodifiers)) for t in premodifiers if find_title(t)]
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and find_title(child):
            found.append((find_title(child), collect_phrase_words(child.subtree)))
    if root.dep_ == "appos":
        head = root.head if find_title(root.head) else find_title_above_appositive(root)
        if head is not None:
            found.append((find_title(head), collect_phrase_words(t for t in head.subtree if t.i < ent.start)))
    found += [t for t in find_title_before_comma(ent) if t[0] not in {f[0] for f in found}]
    found += [t for t in find_title_of_place_before(ent) if t[0] not in {f[0] for f in found}]
    return found


MAX_OFFICE_PHRASE_TOKENS = 8


def find_title_of_place_before(ent) -> list[tuple[str, frozenset[str]]]:
    """A capitalised title with its 'of' phrase written right before a name,
    read from word order when the parse does not tie them: 'the President of
    the Republic of Talvia Oren Basko' → president. Every word between the
    title and the name is capitalised or 'of'/'the', at most eight tokens."""
    doc = ent.doc
    i = ent.start - 1
    while i >= ent.sent.start and ent.start - i <= MAX_OFFICE_PHRASE_TOKENS:
        t = doc[i]
        if find_title(t) and t.text[:1].isupper() and i + 1 < ent.start and doc[i + 1].lower_ == "of":
            return [(find_title(t), collect_phrase_words(doc[i: ent.start]))]
        if not (t.lower_ in ("of", "the") or (t.text[:1].isupper() and t.is_alpha)):
            return []
        i -= 1
    return []


MAX_TITLE_PHRASE_TOKENS = 10
MAX_STYLE_TOKENS = 6  # 'Rt. Hon. Dr.' between a title phrase's comma and the name


def find_title_before_comma(ent) -> list[tuple[str, frozenset[str]]]:
    """A title phrase set off by a comma right before a name, read from word
    order when the parse does not tie them: 'His Excellency, the Executive
    Governor of Varna State, Dr. Musa Kari, has approved' → governor (the
    last title word before the phrase's first preposition: in 'the spokesman
    for the minister, Ana Roe' she is the spokesman). The phrase runs back to a comma, the sentence start
    or at most ten tokens, and holds no verb."""
    doc = ent.doc
    i = ent.start - 1
    styles = load_lexicon_words("courtesy_styles.txt")
    while i >= 0 and (find_title(doc[i]) or doc[i].text == "." or doc[i].lower_.rstrip(".") in styles) \
            and ent.start - i <= MAX_STYLE_TOKENS:
        i -= 1  # an honorific or style before the name: 'Dr.', 'Rt. Hon.', 'Most Rev.'
    if i < 1 or doc[i].text != ",":
        return []
    j = i - 1
    sent_start = ent.sent.start
    while j >= sent_start and doc[j].text != "," and i - j <= MAX_TITLE_PHRASE_TOKENS:
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in QUOTE_CHARS:
            return []
        j -= 1
    phrase = doc[j + 1: i]
    head_part = []
    for t in phrase:
        if t.pos_ == "ADP":
            break
        head_part.append(t)
    titles = [t for t in head_part if find_title(t) and t.ent_type_ != "PERSON"]
    if not titles or (j >= sent_start and doc[j].text != ","):
        return []
    return [(find_title(titles[-1]), collect_phrase_words(phrase))]


def collect_title_modifiers(token) -> frozenset[str]:
    """Words that narrow a title mention: 'the Shadow Secretary' → {'shadow'}."""
    return collect_phrase_words(c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod"))


def is_stage_direction_word(ent) -> bool:
    """A one-word "name" the tagger found in a transcript's stage direction, a line wholly in
    brackets ("(Sitting suspended at 4.10 p.m. and Reconvened at 4.30 p.m.)", "[Laughter]"), that the
    text never writes outside one: a word of the record's narration, no one who speaks."""
    if len(ent) != 1:
        return False
    text = doc_text = parsed_text(ent.doc)

    def in_direction(at: int) -> bool:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        line = text[start:end if end >= 0 else len(text)].strip()
        return len(line) > 2 and line[0] in "([" and line[-1] in ")]"
    if not in_direction(ent.start_char):
        return False
    return all(in_direction(m.start()) for m in re.finditer(r"\b" + re.escape(ent.text) + r"\b", doc_text))


def index_names(doc) -> NameIndex:
    """Collect the document's person and organisation names in text order."""
    index = NameIndex(acronyms=find_acronym_definitions(get_text(doc)), entry_starts=find_entry_starts(get_text(doc)))
    for ent in doc.ents:
        if ent.label_ == "PERSON" and is_stage_direction_word(ent):
            continue
        titled = find_titled_name(ent[0]) if ent.label_ in ("ORG", "NORP") else None
        if not titled and ent.label_ in ("ORG", "NORP") and is_person_by_description(ent.root):
            titled = clean_person_name(ent)  # 'Ana Roe, who heads the branch, said' typed as an organisation
        if not titled and ent.label_ in ("ORG", "NORP", "GPE") and ent.root.i == ent.end - 1:
            titled = find_appositive_person_name(ent.root)  # 'The mayor, Ana Roe, said' typed as an organisation
        if ent.label_ == "PERSON" or titled:
            name = titled or clean_person_name(ent)
            if not name or not name[:1].isupper() or (len(ent) == 1 and find_title(ent[0])):
                continue  # a title alone the tagger took for a name ('Sgt' split from its stop)
            is_subject = ent.root.dep_ in SUBJECT_DEPS or (ent.root.dep_ == "appos" and ent.root.head.dep_ in SUBJECT_DEPS)
            index.persons.append((ent.start_char, name, is_subject))
            clause = find_clause_gender(ent.root)
            if clause:
                index.clause_hints[name] = clause if index.clause_hints.get(name, clause) == clause else "?"
            for title, words in collect_title_links(ent):
                index.titles.append((ent.start_char, title, name, words))
            if len(name.split()) > 1:
                for hints, gender in ((index.gender_hints, find_gender_hint(ent)),
                                      (index.possessive_hints, find_possessive_hint(ent))):
                    if gender:
                        hints[name] = gender if hints.get(name, gender) == gender else "?"  # conflicting: none
        elif ent.label_ in ("ORG", "NORP"):
            index.orgs.append((ent.start_char, strip_determiner(ent.text)))
    for acronym, full in index.acronyms.items():
        index.orgs.append((0, strip_determiner(full)))
    index.proper_names = collect_proper_names(doc)
    from crosscheck.extract.attribution import SourceNames
    source_names = SourceNames(doc)
    index.turn_starts = source_names.turn_starts()
    index.turn_speakers = [source_names.transcript_speaker(at) for at in index.turn_starts]
    for at, office, holder in source_names.turn_offices:
        # "The MINISTER OF HEALTH (Ms. Ana Roe):": a later "the minister says" is Ana Roe
        words = frozenset(office.lower().split())
        index.titles.extend((at, w, holder, words) for w in office.lower().split() if w in load_title_words())
    index.titles.sort(key=lambda t: t[0])
    for noun, name, tokens in find_given_names(doc):
        for i in (noun.i, *tokens):
            index.given_names[i] = name
        index.persons.append((find_mention_span(noun).start_char, name, noun.dep_ in SUBJECT_DEPS or noun.dep_ == "ROOT"))
    index.persons.sort(key=lambda p: p[0])
    index.orgs.sort()
    index.gender_hints = {n: g for n, g in index.gender_hints.items() if g != "?"}
    index.possessive_hints = {n: g for n, g in index.possessive_hints.items() if g != "?"}
    index.clause_hints = {n: g for n, g in index.clause_hints.items() if g != "?"}
    return index


# 'who gave her name as Mrs Lami', 'who gave his name only as Petro', 'who
# identified herself only as Maria', 'who asked to be identified by his first
# name, Omar', 'who goes by Kiki': a person the report names only this way
GIVEN_NAME = re.compile(
    r"\bwho\s+(?:(?:simply|only|just|would|asked|wished|wanted|preferred|agreed|to|be|give|only)\s+)*"
    r"(?:gave|gives|give|identified|identifies|introduced|introduces|called|calls|named|goes\s+by|went\s+by)"
    r"((?:\s+(?:only|simply|just|his|her|their|him|himself|herself|themselves|a|first|full|last|family|"
    r"name|names|by|as|only)|\s*,)*)\s+"
    r"((?:(?:HONORIFICS)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")


@lru_cache(maxsize=None)
def compile_given_name(dirs: tuple[str, ...]) -> re.Pattern:
    """GIVEN_NAME with the honorifics of name_honorifics.txt."""
    words = sorted(load_words("name_honorifics.txt"), key=len, reverse=True)
    honorifics = "(?i:" + "|".join(map(re.escape, words)) + ")" if words else "(?!)"  # the list is lower case
    return re.compile(GIVEN_NAME.pattern.replace("HONORIFICS", honorifics))


def find_given_names(doc) -> list[tuple]:
    """(person noun, name, the name's token indices) for each person a
    relative clause names ('a retired engineer who gave his name only as
    Petro'): the noun right before 'who' (commas skipped) must be a common
    noun, not a name."""
    text = get_text(doc)
    found = []
    for m in compile_given_name(tuple(map(str, lexicon_dirs()))).finditer(text):
        j = m.start() - 1
        while j >= 0 and text[j] in " ,\t":
            j -= 1
        noun_span = doc.char_span(j, j + 1, alignment_mode="expand") if j >= 0 else None
        name_span = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if noun_span is None or name_span is None:
            continue
        noun = noun_span[-1]
        if noun.pos_ != "NOUN" or noun.ent_type_:
            continue
        if not re.search(r"\b(?:as|name|names|by|himself|herself|themselves)\b", m.group(1)) \
                and not re.search(r"\b(?:goes|went) by$", text[m.start():m.start(1)].strip()):
            continue  # 'who called Ana Roe a liar' names someone else
        name = m.group(2)
        found.append((noun, name, tuple(t.i for t in name_span)))
    return found


TIME_STAMP_LINE = re.compile(
    r"^\W{0,4}(?:\d{1,2}[./]\d{1,2}[.,]?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*"
    r"(?:$|[\u2014\u2013|:-]\s)", re.I)
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 90
LINE_FINAL = tuple(".!?:;,\u201d\"\u2019')\u2026")


def find_entry_starts(text: str) -> list[int]:
    """Offsets of lines that open a new entry: a live-blog time stamp ('17.05
    BST', '22:40', '18.09, 21:05 — …') or a heading (a short line with no final
    punctuation, after a blank line or a time stamp). A pronoun never reaches
    back past one: the entry before is another story."""
    starts, offset, previous = [], 0, ""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        stripped = line.strip()
        following = next((l.strip() for l in lines[n + 1:] if l.strip()), "")
        if stripped:
            if TIME_STAMP_LINE.match(stripped):
                starts.append(offset)
            elif (not previous or TIME_STAMP_LINE.match(previous)) and is_heading_line(stripped, following):
                starts.append(offset)
        previous = stripped
        offset += len(line) + 1
    return starts


def is_heading_line(line: str, following: str) -> bool:
    """A short capitalised line with no final punctuation followed by a line
    that starts a sentence (a hard-wrapped paragraph continues in lower case)."""
    return len(line.split()) <= HEADING_MAX_WORDS and len(line) <= HEADING_MAX_CHARS and line[:1].isupper() \
        and not line.endswith(LINE_FINAL) and (not following or not following[:1].islower())


@lru_cache(maxsize=None)
def load_gender_words_cached(dirs: tuple[str, ...]) -> dict[str, str]:
    return {w: g.lower() for w, g in load_mapping("person_gender.tsv").items() if g.lower() in ("he", "she")}


def load_gender_words() -> dict[str, str]:
    """Honorifics and family/role nouns → "he"/"she" (person_gender.tsv)."""
    return load_gender_words_cached(tuple(map(str, lexicon_dirs())))


def find_word_gender(token) -> str | None:
    return load_gender_words().get(token.lower_.rstrip("."))


def find_mention_gender(token) -> str | None:
    """The gender an honorific gives a mention: 'Ms. Horvat' → "she"."""
    span = find_entity_span(token) or token.doc[token.i: token.i + 1]
    start = span.start
    while start > 0 and token.doc[start - 1].text == ".":
        start -= 1
    candidates = list(span[:-1]) + ([token.doc[start - 1]] if start > 0 else [])
    genders = {find_word_gender(t) for t in candidates if t.text[:1].isupper()} - {None}
    return genders.pop() if len(genders) == 1 else None


POSSESSIVE_GENDER = {"his": "he", "her": "she", "himself": "he", "herself": "she"}


def find_gender_hint(ent) -> str | None:
    """What the words around a person's full name tell of the pronoun used for
    them: an honorific ('Mr Tom Roe'), a family or gendered noun before the
    name or in apposition ('her son Tom Roe', 'Ana Roe, his wife,')."""
    doc, root = ent.doc, ent.root
    words = list(ent[:-1])
    if ent.start > 0:
        words.append(doc[ent.start - 1])
    words += [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        words.append(root.head)
    genders = {find_word_gender(t) for t in words} - {None}
    return genders.pop() if len(genders) == 1 else None


def find_possessive_hint(ent) -> str | None:
    """A possessive on the direct object of the verb a person is the subject of:
    'Ana Roe saw her son' → "she". Nothing when the verb has a person as
    object too ('Ann Roe grilled Tom Lee for his role')."""
    root = ent.root
    if root.dep_ not in SUBJECT_DEPS:
        return None
    verb = root.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(o.ent_type_ == "PERSON" or o.pos_ in ("PRON", "PROPN") for o in objects):
        return None
    genders = {POSSESSIVE_GENDER[c.lower_] for o in objects for c in o.children
               if c.dep_ == "poss" and c.lower_ in POSSESSIVE_GENDER}
    return genders.pop() if len(genders) == 1 else None


PERSON_RELATIVES = ("who", "whom", "whose")
MAX_RELATIVE_NAME_WORDS = 3


def is_person_by_description(token) -> bool:
    """A proper name of two or three capitalised words the tagger typed as an
    organisation that a 'who' clause or a title in apposition shows to be a
    person: 'Lejla Morina, who heads the branch, said', 'Lejla Morina, leader
    of the Green League, said' (an organisation is 'which'; 'a charity' or
    'the party' is no title)."""
    span = find_entity_span(token)
    words = [t for t in span if not is_name_hyphen(t.doc, t.i)] if span is not None else []
    if not 2 <= len(words) <= MAX_RELATIVE_NAME_WORDS \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    root = span.root
    return any((c.dep_ == "relcl" and any(g.lower_ in PERSON_RELATIVES and g.i < c.i for g in c.children))
               or (c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN" and find_title(c) is not None)
               for c in root.children)


MAX_OFFICE_WORDS = 2  # capitalised words of an office before its title word ('District Collector')


def find_titled_name(token) -> str | None:
    """A person's name after a title in a span the tagger typed as an
    organisation: 'Superintendent Ashok Raman said' → "Ashok Raman"; the
    title may follow a word or two of its office ('District Collector Hemant
    Varghese', 'Deputy Police Chief Ana Roe')."""
    span = find_entity_span(token)
    if span is None or token.ent_type_ not in ("ORG", "NORP", ""):
        return None
    tokens = [t for t in span if t.pos_ != "DET"]
    lead = next((k for k, t in enumerate(tokens[:MAX_OFFICE_WORDS + 1]) if find_title(t)), None)
    before = token.doc[span.start - 1] if span.start > 0 else None
    if lead is None and before is not None and find_title(before) and before.dep_ == "compound" \
            and before.head.i in range(span.start, span.end):
        tokens, lead = [before] + tokens, 0  # the title outside the span: 'Police chief [Ana Roe]' typed an organisation
    if lead is None or not all(t.text[:1].isupper() and t.is_alpha for t in tokens[:lead]):
        return None
    tokens = tokens[lead:]
    while tokens and (find_title(tokens[0]) or tokens[0].text == "."):
        tokens = tokens[1:]
    if len(tokens) < 2 or len(tokens) > 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
                                                     for t in tokens):
        return None
    return " ".join(t.text for t in tokens)


def collect_proper_names(doc) -> list[str]:
    """Runs of two or more capitalised proper nouns outside any typed entity
    other than PERSON ("Leyla Haddad" when the tagger missed it)."""
    names = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.ent_type_ not in ("", "PERSON"):
            continue
        words = [tok]
        i = tok.i - 1
        while i >= 0 and ((doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound" and not find_title(doc[i])
                           and doc[i].ent_type_ in ("", "PERSON") and doc[i].text[:1].isupper())
                          or (is_name_hyphen(doc, i) and doc[i - 1].pos_ == "PROPN")):
            if not is_name_hyphen(doc, i):
                words.insert(0, doc[i])
            i -= 1
        if len(words) >= 2 and all(w.text[:1].isupper() for w in words):
            names.append(" ".join(join_name_words(doc, words)))
    return names


def find_appositive_person_name(token) -> str | None:
    """A name of two or three capitalised words in apposition to a person's
    title, whatever type the tagger gave it: 'The mayor, Ana Fontaine-Roux,
    said' → "Ana Fontaine-Roux" (tagged an organisation)."""
    if token.dep_ != "appos" or token.pos_ != "PROPN" or token.ent_type_ == "PERSON" \
            or token.head.pos_ != "NOUN" or not find_title(token.head):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and (is_name_hyphen(doc, start - 1) or (doc[start - 1].pos_ == "PROPN"
                                                             and doc[start - 1].dep_ == "compound")):
        start -= 1
    words = [t for t in doc[start: token.i + 1] if t.text not in NAME_HYPHENS]
    if not 2 <= len(words) <= MAX_RELATIVE_NAME_WORDS or any(find_title(t) for t in words) \
            or not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return None
    return doc[start: token.i + 1].text


def join_name_words(doc, words) -> list[str]:
    """A name's words with hyphenated parts joined back ('Fontaine', 'Dabo' → 'Fontaine-Dabo')."""
    out = []
    for w in words:
        if out and w.i >= 2 and is_name_hyphen(doc, w.i - 1) and doc[w.i - 2].text == out[-1].rsplit("-", 1)[-1]:
            out[-1] += doc[w.i - 1].text + w.text
        else:
            out.append(w.text)
    return out


def resolve_speaker(token, mention: str, index: NameIndex, quotes: list[FoundQuote],
                    heading: bool = False) -> str | None:
    """The fullest in-document name of a speaker mention, or None. With
    ``heading`` (a title before a colon with no reporting verb: 'Army
    spokesman: “…”'), a title may also point to the person its entry names
    with it further on."""
    if token is None or token.ent_type_ in ("DATE", "TIME") or token.like_num:
        return None  # 'the release dated 6th April, 2026, which described …': a date speaks for no one
    if token.i in index.given_names:
        return index.given_names[token.i]
    offset = find_mention_start(token)
    lower = token.lower_
    honorific = find_honorific_pronoun(token)
    if honorific:
        named = [c for c in token.children if c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"]
        if named:  # 'the Minister, Her Excellency Mrs. Ana Roe, declared'
            name = named[-1]
            words = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and not find_title(c)
                     and c.lower_.rstrip(".") not in load_lexicon_words("courtesy_styles.txt")]
            head = " ".join(w.text for w in words + [name]) if words else find_head_name(name)
            return index.find_fullest_person(head) or head
        # 'His Excellency added that …': the style of address stands for the person named before
        lower = honorific
    if token.pos_ == "PRON" or lower in PERSON_PRONOUNS | ORG_PRONOUNS:
        if lower in ("i", "me") and index.turn_starts:
            # 'ROE: As I told the council, “…”': in a transcript "I" is whoever holds the turn
            held = [k for k, at in enumerate(index.turn_starts) if at <= offset]
            return index.turn_speakers[held[-1]] if held else None
        if lower in PERSON_PRONOUNS | ORG_PRONOUNS:
            kind = "person" if lower in PERSON_PRONOUNS else "org"
            found = find_subject_antecedent(token, kind, index, quotes)
            if found is not None:
                return found or None  # "" = an unnamed speaker ("a spokeswoman said …")
        if lower in PERSON_PRONOUNS:
            person = find_person_in_sentence_before(token, index, quotes) or index.find_person_before(offset, quotes, lower)
            return index.find_fullest_person(person, PRONOUN_GENDER[lower]) if person else None
        if lower in ORG_PRONOUNS:
            return index.find_org_before(offset)
        return None
    body = find_body_name(token)
    if body:
        return index.find_fullest_org(body, offset) or body
    capitals = find_capitals_name(token, index)
    if capitals:
        return capitals
    office = find_office_name(token) if token.ent_type_ == "PERSON" else None
    if office:  # 'The Head of State said' typed as a person: the office, or who holds it
        title = find_title(token)
        person = index.find_titled_person(title, collect_title_modifiers(token), offset) \
            or find_office_holder(token, index, quotes) or find_office_equivalent(office, index, offset)
        return (index.find_fullest_person(person) or person) if person else office
    if token.ent_type_ == "PERSON":
        head = find_head_name(token)
        return index.find_fullest_person(head, find_mention_gender(token)) or head
    titled = find_titled_name(token)
    if titled:
        return index.find_fullest_person(titled) or titled
    if token.ent_type_ in ("ORG", "NORP") and is_person_by_description(token):
        name = clean_person_name(find_entity_span(token))
        return index.find_fullest_person(name) or name
    named = find_appositive_person_name(token)
    if named:
        return index.find_fullest_person(named) or named
    if token.pos_ == "PROPN":
        # a name the tagger typed as an organisation or left untyped may still be a
        # person's surname ("Barani said"): accept a longer person name ending with it
        head = find_head_name(token)
        person = index.find_fullest_person(head)
        if person and (not token.ent_type_ or len(person.split()) > len(head.split())):
            return person
    if token.pos_ == "NOUN" and token.text[:1].isupper() and not token.ent_type_ and not find_title(token):
        # a surname the tagger took for a plural noun ("Perkins said"): accept it
        # only when the document names a person with it
        person = index.find_fullest_person(token.text)
        if person and len(person.split()) > 1:
            return person
    if find_title(token):
        plural = find_earlier_plural_name(token)  # 'the experts said' after 'UN experts'
        if plural:
            return plural
        person = index.find_titled_person(find_title(token), collect_title_modifiers(token), offset)
        if person is None and heading:
            person = index.find_titled_person_after(find_title(token), collect_title_modifiers(token), offset)
        if person is None:
            person = find_office_holder(token, index, quotes)
        if person is None:
            person = find_just_introduced_speaker(token, index, quotes)
        if person is None and find_office_name(token):
            person = find_office_equivalent(find_office_name(token), index, offset)
        if person is None:
            person = find_described_person(token, index, quotes)
        if person:
            return index.find_fullest_person(person) or person
        return find_org_named_by_title(token, index, offset) or find_represented_org(token, index, offset) \
            or find_modifying_org(token, index, offset) or find_earlier_represented_org(token, index, quotes, offset) \
            or find_office_name(token)
    holder = find_initialism_holder(token, index, offset)
    if holder:
        return index.find_fullest_person(holder) or holder
    if token.ent_type_ in ("ORG", "NORP", "GPE") or token.pos_ == "PROPN":
        name = strip_determiner(get_org_name(token))
        return index.find_fullest_org(name, offset) or name
    voice = find_possessor_voice(token, index, quotes) if token.pos_ == "NOUN" else None
    if voice is not None:
        return voice or None
    described = find_described_person(token, index, quotes) if token.pos_ == "NOUN" else None
    if described:
        return described
    if token.pos_ == "NOUN":
        return find_earlier_plural_name(token) or index.find_fullest_org(token.text, offset) or find_represented_org(token, index, offset) \
            or find_named_institution(token) or find_document_source(token, index, quotes, offset) \
            or find_definite_body(token, index, offset) or find_definite_descriptor(token, index, offset)
    return None


def find_honorific_pronoun(token) -> str | None:
    """'he' or 'she' for a style of address owned by a possessive ('His
    Excellency', 'Her Majesty'; courtesy_styles.txt), which names a person as
    a pronoun does; None for any other word."""
    if token.lower_ not in load_lexicon_words("courtesy_styles.txt") or token.lower_ in POSSESSIVE_GENDER:
        return None
    owners = [c.lower_ for c in token.children if c.dep_ == "poss"]
    return {"his": "he", "her": "she"}.get(owners[0]) if owners else None


def find_earlier_plural_name(noun) -> str | None:
    """'the experts said' → the fuller name the document gave that plural
    noun earlier ('UN experts', 'Hill State investigators'): a definite plural
    with no modifier of its own points back to the last phrase ending in the
    same noun whose first word is a capitalised name."""
    if noun.tag_ != "NNS" or [c.lower_ for c in noun.children if c.dep_ in NOUN_MODIFIER_DEPS] != ["the"]:
        return None
    for earlier in reversed(noun.doc[: noun.i]):
        if earlier.lower_ != noun.lower_ or earlier.tag_ != "NNS":
            continue
        left = [c for c in earlier.lefts if c.dep_ in ("compound", "amod", "nmod")]
        if left and left[0].pos_ == "PROPN" and left[0].text[:1].isupper():
            return noun.doc[left[0].i: earlier.i + 1].text
    return None


def find_paragraph_before(text: str, mention, quotes: list[FoundQuote]) -> tuple[int, int]:
    """The stretch of text a mention after a quotation looks back over: its own
    paragraph up to the quotation, or the paragraph before when the quotation
    opens the mention's paragraph."""
    anchor = mention.left_edge.idx
    for q in sorted(quotes, key=lambda q: -q.outer_start):
        if q.outer_end <= anchor and not text[q.outer_end:anchor].strip(" \t,.;:!?\u2014\u2013-") \
                or q.outer_start <= anchor < q.outer_end:
            anchor = q.outer_start
    start = text.rfind("\n\n", 0, anchor)
    if not text[max(start, 0):anchor].strip():
        start = text.rfind("\n\n", 0, max(start, 0))
    return max(start, 0), anchor


def find_described_person(noun, index: NameIndex, quotes: list[FoundQuote]) -> str | None:
    """The person a gendered common noun with 'the' stands for ('the father
    said', 'the widow told us'; person_gender.tsv): the last person the
    paragraph before the quote made the subject of a sentence, when the
    document shows that person to be of the noun's gender ('Tom Roe lost his
    two sons …'). A person of unknown gender is not taken: 'the father' of
    a child just named is someone else. Offices ('the spokesman') are left
    to the title rules."""
    gender = load_gender_words().get(noun.lower_)
    if noun.lower_ in load_lexicon_words("titles.txt"):
        return None  # an office ('the spokesman') is the title rules' to resolve
    dets = [c for c in noun.children if c.dep_ == "det"]
    if gender is None or not dets or dets[0].lower_ != "the" \
            or any(c.dep_ in ("poss", "prep", "compound", "amod") for c in noun.children):
        return None
    start, end = find_paragraph_before(get_text(noun.doc), noun, quotes)
    subjects = [p for p in index.persons if start <= p[0] < end and p[2]
                and not any(q.outer_start <= p[0] < q.outer_end for q in quotes)]
    if not subjects:
        return None
    name = subjects[-1][1]
    return name if index.likely_gender_of(name) == gender else None


def is_voice_noun(noun) -> bool:
    words = load_lexicon_words("voice_nouns.txt")
    return noun.lemma_.lower() in words or noun.lower_ in words


def find_possessor_voice(noun, index: NameIndex, quotes: list[FoundQuote]) -> str | None:
    """Whose voice a text or office with a possessive pronoun is ('His office said', 'Its order
    said', 'her statement'; voice_nouns.txt): the person or body the pronoun points back to, ""
    when nothing fits, None when the noun is no such voice."""
    if not is_voice_noun(noun):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its")), None)
    if poss is None:
        return None
    if poss.lower_ == "its":
        found = find_subject_antecedent(poss, "org", index, quotes)
        return found if found else (index.find_org_before(find_mention_start(poss)) or "")
    found = find_subject_antecedent(poss, "person", index, quotes)
    if found:
        return index.find_fullest_person(found, PRONOUN_GENDER[poss.lower_]) or found
    person = find_person_in_sentence_before(poss, index, quotes)
    return person or ""


def find_definite_descriptor(noun, index: NameIndex, offset: int) -> str | None:
    """'The company said', 'the airline says' → the last organisation named
    before whose name the descriptor fits (descriptor_heads.tsv: 'Tarvo
    Chemicals Ltd' for 'the company'); 'a company' points back to no one."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    if noun.tag_ != "NN" or not dets or dets[0].lower_ != "the":
        return None
    return index.find_described_org(noun.lower_, offset)


def find_org_named_by_title(token, index: NameIndex, offset: int) -> str | None:
    """An organisation the document named whose name ends with a title word
    ('the Ombudsman' → 'Office of the Ombudsman'); a title inside a name
    ('the Inspector-General' and 'Harlow General Hospital') is not it."""
    org = index.find_fullest_org(token.text, offset)
    return org if org and org.split()[-1].lower() == token.lower_ else None


MAX_OFFICE_NAME_WORDS = 4  # capitalised words after 'of' in an office's name ('Head of State')


def find_office_name(token) -> str | None:
    """An office's name the tagger typed as a person, the mention's own word
    its title: 'The Head of State', 'the Minister of Health' → "Head of
    State"; None when a name follows ('Minister of Health Ana Roe')."""
    if not find_title(token) or not token.text[:1].isupper():
        return None
    if token.ent_type_ == "PERSON":
        span = find_entity_span(token)
    else:  # 'the Head of State' with the place typed apart: the title's 'of' phrase
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        if token.ent_type_ or not preps or preps[0].i != token.i + 1:
            return None
        span = token.doc[token.i: preps[0].right_edge.i + 1]
    words = [t for t in span if t.pos_ != "DET"]
    if not words or words[0].i != token.i or len(words) < 3 or words[1].lower_ != "of":
        return None
    rest = words[2:]
    if len(rest) > MAX_OFFICE_NAME_WORDS or any(t.ent_type_ == "PERSON" and not t.text[:1].isupper() for t in rest) \
            or not all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and") for t in rest):
        return None
    if any(c.dep_ == "appos" for c in token.children) or rest[-1].dep_ == "appos":
        return None
    return " ".join(t.text for t in words)


def find_office_equivalent(office: str, index: NameIndex, offset: int) -> str | None:
    """The one person the report titled earlier with the title an office phrase
    stands for (office_titles.tsv): 'President Ana Roe visited the camp. …
    The Head of State instructed …' → "Ana Roe". None when no one, or more than
    one person, was given that title."""
    words = strip_determiner(office).lower().split()
    title = load_mapping("office_titles.tsv").get(" ".join(words))
    if not title:
        return None
    *modifiers, word = title.split()
    names = {t[2] for t in index.titles if t[0] < offset and is_same_title(t[1], word) and set(modifiers) <= t[3]}
    return names.pop() if len(names) == 1 else None


def find_just_introduced_speaker(title, index: NameIndex, quotes: list[FoundQuote]) -> str | None:
    """The person the sentence right before introduced as speaking, for 'the
    <role>' under another role word: 'The surgeon Ana Roe told reporters that
    … . “…,” the doctor said.' → Ana Roe. Only when that sentence, in the same
    paragraph, has a person given a title as the subject of a reporting verb,
    and no other person is named there or since; the mention has 'the'."""
    dets = [c for c in title.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ != "the" or title.tag_ != "NN":
        return None
    doc = title.doc
    sent = title.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    while all(t.is_space or t.is_punct or any(is_in_quote(t, q) for q in quotes) for t in before):
        if before.start == 0:
            return None
        before = doc[before.start - 1].sent  # back over the sentences of the quote itself
    text = get_text(doc)
    if "\n\n" in text[before.start_char:title.idx].strip() and not opens_next_paragraph(text, before, title, quotes):
        return None  # another paragraph
    titled = [t for t in index.titles if before.start_char <= t[0] < before.end_char]
    if len({t[2] for t in titled}) > 1:  # 'victims at St Roe's Church' gives a title too: the subject's first
        subjects = {p[1] for p in index.persons if before.start_char <= p[0] < before.end_char and p[2]}
        titled = [t for t in titled if t[2] in subjects]
    if len({t[2] for t in titled}) != 1:
        return None
    # no one else named since ('told Nabat' names whom he told, not a speaker)
    later = {p[1] for p in index.persons if before.start_char <= p[0] < title.idx and p[2]} \
        | {p[1] for p in index.persons if before.end_char <= p[0] < title.idx}
    if later - {titled[0][2]}:
        return None
    person = titled[0][2]
    speaking = [t for t in before if is_reporting_token(t) and any(
        c.dep_ in SUBJECT_DEPS and c.ent_type_ == "PERSON" or (c.dep_ in SUBJECT_DEPS and find_title(c))
        for c in t.children)]
    return person if speaking else None


def opens_next_paragraph(text: str, before, title, quotes: list[FoundQuote]) -> bool:
    """The paragraph right after ``before`` opens with the quotation the
    mention ``title`` attributes: 'Bishop Roe … said the toll was compiled
    from parish records.' then a new paragraph '“We have buried 78 …,” the
    cleric said.' The only paragraph break is the one before that quote."""
    gap = text[before.end_char: title.idx]
    lead = len(gap) - len(gap.lstrip())
    if "\n\n" in text[before.start_char: before.end_char].strip() or "\n\n" in gap[lead:]:
        return False
    start = before.end_char + lead
    return any(q.outer_start == start and q.outer_end <= title.idx for q in quotes)


MAX_INITIALISM = 4


def find_initialism_holder(token, index: NameIndex, offset: int) -> str | None:
    """The person an office's initials stand for: 'The CM said' after 'Chief
    Minister Ana Roe', 'the SP' after 'Superintendent of Police Tom Lee': an
    all-capitals word of two to four letters, not an organisation's acronym,
    each letter the first letter of a word of the title phrase of the last
    person given a title before it (the title word's among them)."""
    text = token.text
    if not (2 <= len(text) <= MAX_INITIALISM and text.isalpha() and text.isupper()) or text in index.acronyms \
            or token.ent_type_ in ("GPE", "NORP", "LOC"):
        return None  # 'the US said' is a country
    letters = text.lower()
    for start, title, name, words in reversed(index.titles):
        if start >= offset:
            continue
        initials = sorted(w[0] for w in words if w[:1].isalpha())
        if title[:1] not in (letters[0], letters[-1]):
            continue  # the title word opens or closes the office's name ('Chief Minister', 'Governor-General')
        pool = list(initials)
        if all(ch in pool and not pool.remove(ch) for ch in letters):
            return name
    return None


def find_definite_body(noun, index: NameIndex, offset: int) -> str | None:
    """A state body named by its common noun with 'the': 'the government said',
    'the Mirelian coastguard says' → the organisation the document names with
    those words, else the phrase as written without the article ('government').
    A body noun of the force or government kind (entity_group_nouns.tsv) in
    the singular; 'a ministry' or 'the soldiers' name no one body."""
    if noun.tag_ != "NN" or noun.lower_ not in load_body_nouns() | load_speaker_bodies() \
            or noun.lower_ in load_lexicon_words("source_nouns.txt"):
        return None
    dets = [c for c in noun.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ != "the":
        return None
    written = strip_determiner(" ".join(t.text if t.pos_ == "PROPN" or t.text.isupper() else t.lower_
                                        for t in noun.doc[dets[0].i + 1: noun.i + 1]))
    return (index.find_fullest_org(written, offset) or written) if written else None


@lru_cache(maxsize=None)
def load_body_nouns_cached(dirs: tuple[str, ...]) -> frozenset[str]:
    groups = load_mapping("entity_group_nouns.tsv")
    return frozenset(n for n, kind in groups.items() if kind in ("force", "government")) | load_words("source_nouns.txt")


def load_body_nouns() -> frozenset[str]:
    """Common nouns that name a body: 'government', 'army', 'police', 'ministry'
    (entity_group_nouns.tsv state forces and governments, source_nouns.txt)."""
    return load_body_nouns_cached(tuple(map(str, lexicon_dirs())))


DOCUMENT_PREPOSITIONS = ("in", "through", "via")


@lru_cache(maxsize=None)
def load_people_nouns_cached(dirs: tuple[str, ...]) -> frozenset[str]:
    groups = load_mapping("group_nouns.tsv")
    return frozenset(n for n, kind in groups.items() if kind != "not_people") | frozenset(load_gender_words()) \
        | frozenset(load_mapping("loaded_terms.tsv"))


def is_people_noun(noun) -> bool:
    """A plural, or a noun for people or a person (group_nouns.tsv, person_gender.tsv)
    or a loaded name for them ('the regime's mouthpiece': loaded_terms.tsv)."""
    words = load_people_nouns_cached(tuple(map(str, lexicon_dirs())))
    return noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in words or noun.lower_ in words


def find_document_source(noun, index: NameIndex, quotes: list[FoundQuote], offset: int) -> str | None:
    """Who issued a text quoted as speaker: 'the government communiqué said' →
    the government (a body noun or a name before it); 'according to the
    statement' → whoever the document said issued it earlier ('the army said
    in a statement'). A noun for people ('Norway's soldiers', 'a Red Cross
    volunteer': group_nouns.tsv, person_gender.tsv) is no text."""
    if is_people_noun(noun) or noun.lower_ in load_body_nouns() | load_speaker_bodies():
        return None  # 'the KLF administration', 'the UN human rights office', 'the Hill police command' are bodies, not their texts
    for child in noun.lefts:
        if child.dep_ not in ("compound", "poss", "nmod") or find_title(child):
            continue
        if child.pos_ == "PROPN" or child.ent_type_ in ("ORG", "NORP"):
            name = strip_determiner(get_org_name(child))
            return index.find_fullest_org(name, offset) or name
        if child.pos_ == "NOUN" and child.lower_ in load_body_nouns():
            written = strip_determiner(find_mention_span(child).text)  # 'the Danforth army statement'
            return index.find_fullest_org(written, offset) or index.find_fullest_org(child.text, offset) or written
    own = find_own_issuer(noun, quotes)
    if own:
        return index.find_fullest_org(own, offset) or own
    doc = noun.doc
    lemmas, start = {noun.lemma_.lower()}, 0
    if noun.lower_ in load_lexicon_words("text_part_nouns.txt"):
        # 'He issued a statement. The key passage reads: …': the part speaks for
        # the statement named in this or the sentence before
        lemmas = set(load_lexicon_words("statement_nouns.txt"))
        sent = noun.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[start:noun.i]):
        if tok.lemma_.lower() in lemmas and tok.i != noun.i:
            issuer = find_named_issuer(tok, quotes)
            if issuer is not None:  # 'a statement attributed to the Front', 'a statement by the Front'
                return resolve_speaker(issuer, find_mention_span(issuer).text, index, quotes)
        if tok.lemma_.lower() not in lemmas:
            continue
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUER_PARTICIPLES:
            verb = tok.head  # 'the ministry issued a statement'
        elif tok.dep_ == "pobj" and tok.head.lower_ in DOCUMENT_PREPOSITIONS:
            verb = tok.head.head
        else:
            continue
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # 'the group claimed the attack in a statement': the phrase hangs on the object
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not any(is_in_quote(c, q) for q in quotes)]
        subject = repair_subject(subjects[0]) if subjects else None
        if subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in lemmas:
            return None
        if subject.ent_type_ == "PERSON" or subject.ent_type_ in ("ORG", "NORP") or subject.pos_ == "PROPN":
            return resolve_speaker(subject, find_mention_span(subject).text, index, quotes)
        if subject.pos_ == "NOUN" and subject.lower_ in load_body_nouns():
            return index.find_fullest_org(subject.text, offset) or subject.lower_
        return None
    return None


ISSUER_PREPOSITIONS = ("by", "from")


def find_own_issuer(noun, quotes: list[FoundQuote]) -> str | None:
    """The body a text noun names with 'of' as its issuer, by name after a
    word for a group: 'The statement of the movement Kelso Front said' →
    'Kelso Front' (statement_nouns.txt, descriptor_heads.tsv)."""
    if noun.lower_ not in load_lexicon_words("statement_nouns.txt"):
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or obj.lower_ not in load_descriptor_words() \
                    or any(is_in_quote(obj, q) for q in quotes):
                continue
            names = [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > obj.i]
            if names:
                span = noun.doc[obj.i + 1: names[0].i + 1]
                words = [t for t in span if t.pos_ == "PROPN" or t.text == "-" or t.lower_ in ("al", "el", "of")]
                if len(words) == len(span):
                    return "".join(t.text_with_ws for t in span).strip()
    return None
ISSUER_PARTICIPLES = ("attribute", "issue", "sign", "release", "publish", "post")


def find_named_issuer(noun, quotes: list[FoundQuote]):
    """The name a text noun gives its issuer: 'a statement by the Front',
    'a statement from the ministry', 'a statement attributed to (issued by)
    the Front' → the name, when it is a person or an organisation."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ISSUER_PREPOSITIONS]
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in ISSUER_PARTICIPLES:
            preps += [c for c in acl.children if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "by")]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj" and not any(is_in_quote(obj, q) for q in quotes) and (
                    obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.pos_ == "PROPN"):
                return obj
    return None


def is_capitals_word(token) -> bool:
    word = token.text.rstrip(".")
    return bool(word) and word.replace("-", "").replace("'", "").isalpha() and word.isupper()


def find_capitals_name(token, index: NameIndex) -> str | None:
    """A name written in capitals, as in a signature or an official release
    ('PCOL RAMON I VARELA', 'JUAN C. DELA CRUZ'), in the case the document
    writes it elsewhere, else title-cased: a middle initial is dropped and so
    is everything before the first name it follows (a rank: 'PCOL'); without
    an initial, leading titles and ranks (titles.txt, ranks.txt) are dropped."""
    if not is_capitals_word(token) or len(token.text.rstrip(".")) < 2:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and is_capitals_word(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and is_capitals_word(doc[end]) and "\n" not in doc[end - 1].whitespace_:
        end += 1
    words = [t.text.rstrip(".") for t in doc[start:end]]
    initials = [k for k, w in enumerate(words) if len(w) == 1]
    if initials and 0 < initials[0] < len(words) - 1:
        k = initials[0]
        words = [words[k - 1]] + [w for w in words[k + 1:] if len(w) > 1]
    else:
        tokens = [t for t in doc[start:end]]
        ranks = load_lexicon_words("ranks.txt")
        while tokens and (find_title(tokens[0]) or tokens[0].lower_.rstrip(".") in ranks):
            tokens = tokens[1:]
        words = [t.text.rstrip(".") for t in tokens if len(t.text.rstrip(".")) > 1]
    if len(words) < 2 or len(words) > 4:
        return None
    name = " ".join(w.title() for w in words)
    known = index.find_fullest_person(name)
    return known if known and not known.isupper() else name


def find_office_holder(title, index: NameIndex, quotes: list[FoundQuote] = ()) -> str | None:
    """The person a capitalised office mention ('the President of the
    Transition') stands for when no title of the same word links it to a name:
    the one person given a title earlier in the same sentence or in the
    sentence before it, within the paragraph ('Head of State Colonel Ana Roe
    visited the camp. “…,” the President of the Transition declared.'), whose
    title phrase holds the mention's modifiers. A title in lower case ('the
    president said') may be any president, and one of the same word with other
    modifiers is another office ('Trade Secretary X … the Shadow Secretary'):
    none."""
    if not title.text[:1].isupper() or title.i == title.sent.start:
        return None
    doc = title.doc
    sent = title.sent
    while sent.start > 0:  # back over the sentences of a quote: '“A. B,” the President said'
        before = doc[sent.start - 1].sent
        sent = before
        if not all(t.is_space or t.is_punct or any(is_in_quote(t, q) for q in quotes) for t in before):
            break
    start = sent.start_char
    paragraph = get_text(doc).rfind("\n\n", 0, title.idx)
    start = max(start, paragraph + 2 if paragraph >= 0 else 0)
    modifiers = collect_title_modifiers(title)
    earlier = [t for t in index.titles if start <= t[0] < title.idx]
    if any(is_same_title(t[1], find_title(title) or "") for t in earlier):
        return None  # the same title word with other modifiers: another office ('Trade' / 'Shadow Secretary')
    names = {t[2] for t in earlier if modifiers <= t[3]}
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=None)
def load_speaker_bodies_cached(dirs: tuple[str, ...]) -> frozenset[str]:
    return load_words("speaker_bodies.txt")


def load_speaker_bodies() -> frozenset[str]:
    """Head nouns of an institution's name: 'staff', 'directorate', 'ministry' (speaker_bodies.txt)."""
    return load_speaker_bodies_cached(tuple(map(str, lexicon_dirs())))


BODY_NAME_LINKS = ("of", "for")


def find_body_name(token) -> str | None:
    """The whole name of an institution whose capitalised head noun the tagger
    left untyped (or took for a person): 'the General Staff of the Armed
    Forces said' → 'General Staff of the Armed Forces' (title words such as
    'General' kept, a capitalised 'of/for' tail added); 'a spokesman for the
    Directorate' → 'Directorate'. None for a lower-case word, a word not in
    speaker_bodies.txt, or a bare capitalised word opening its sentence
    ('Police said' is left to the other rules)."""
    if not token.text[:1].isupper() or token.lower_ not in load_speaker_bodies() \
            or token.ent_type_ in ("ORG", "NORP", "GPE", "LOC", "DATE", "TIME"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN") \
            and doc[start - 1].head.i == token.i and doc[start - 1].dep_ in ("compound", "amod", "nmod"):
        start -= 1
    if start == token.i and token.i == token.sent.start:
        return None
    end = token.i + 1
    while end + 1 < len(doc) and doc[end].lower_ in BODY_NAME_LINKS:
        j = end + 1 + (doc[end + 1].lower_ == "the")
        k = j
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
            k += 1
        if k == j or all(t.ent_type_ in ("GPE", "LOC", "PERSON", "DATE") for t in doc[j:k]):
            break
        end = k
    return doc[start:end].text


def find_named_institution(noun) -> str | None:
    """A body named by the country or organisation it belongs to: 'Karesia's
    military says', 'Norway's coast guard said' → the phrase as written
    (without the article); a body of a body too: "the army's general staff"
    (speaker_bodies.txt). Before a body noun ('army', 'ministry') the owner
    may be any name: the tagger often types an unknown country as a person. A plural ('Norway's soldiers') or a possessive
    pronoun ('his administration') stays unnamed."""
    if noun.tag_ != "NN" or find_title(noun):
        return None
    body = noun.lower_ in load_speaker_bodies() or noun.lower_ in load_body_nouns()
    owners = [c for c in noun.children if c.dep_ == "poss" and (
        (c.pos_ == "PROPN" and (c.ent_type_ in ("GPE", "NORP", "ORG") or body))
        or (c.pos_ == "NOUN" and c.lower_ in load_body_nouns() and noun.lower_ in load_speaker_bodies()))]
    if not owners:
        return None
    return strip_determiner(find_mention_span(noun).text) or None


REPRESENTING_PREPOSITIONS = ("for", "from", "of")


def find_modifying_org(title, index: NameIndex, offset: int) -> str | None:
    """The organisation named before a title: 'a UN spokesman', 'Army
    spokesman', 'a police spokeswoman' → the organisation (its full name when
    the document gives it)."""
    for child in title.lefts:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.lower_ in load_body_nouns() \
                and child.lower_ not in load_lexicon_words("source_nouns.txt"):
            # 'a police spokesperson', 'an army spokesman': the force the document named, else its noun
            return index.find_fullest_org(child.text, offset) or child.lower_
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.lower_ in load_descriptor_words():
            # 'a company spokesman' after 'Velmar Plastics Ltd denied it': the one the noun describes
            described = index.find_described_org(child.lower_, offset)
            if described:
                return described
        if child.dep_ not in ("compound", "nmod", "poss") or child.pos_ != "PROPN" or find_title(child):
            continue
        entity = find_entity_span(child)
        # an acronym or a typed name of two words or more: 'UN', 'Red Cross' (not 'the Shadow Secretary')
        if (child.text.isupper() and len(child.text) > 1) or (
                child.ent_type_ in ("ORG", "NORP") and entity is not None and len(entity) > 1 and entity.end <= title.i):
            name = strip_determiner(entity.text if entity is not None and entity.end <= title.i else child.text)
            return index.find_fullest_org(name, offset) or name
    return None


def find_represented_org(noun, index: NameIndex, offset: int) -> str | None:
    """The organisation an unnamed speaker speaks for: 'Observers from the OSCE
    said', 'A spokesman for the bloc said', 'officials of the ministry said' →
    the organisation (an acronym or a descriptor such as 'the bloc' resolved
    to the organisation the document named). A person or place after the
    preposition gives nothing ('a spokesman for Mr Roe')."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in REPRESENTING_PREPOSITIONS:
            continue
        if prep.lower_ == "of" and noun.tag_ != "NNS":
            continue  # 'Minister of Health' names an office, 'officials of the ministry' a body
        for obj in prep.children:
            body = find_body_name(obj) if obj.dep_ == "pobj" else None
            if body:
                return index.find_fullest_org(body, offset) or body
            if obj.dep_ != "pobj" or obj.ent_type_ in ("PERSON", "GPE", "LOC", "DATE", "TIME"):
                continue
            if obj.text.islower() and not find_title(obj):
                described = index.find_described_org(obj.lower_, offset)
                if described:
                    return described
            if obj.ent_type_ in ("ORG", "NORP") or (obj.pos_ == "PROPN" and not find_title(obj)):
                name = strip_determiner(get_org_name(obj))
                return index.find_fullest_org(name, offset) or name
            if obj.pos_ == "NOUN" and not find_title(obj):
                return index.find_fullest_org(obj.text, offset) or index.find_described_org(obj.lower_, offset)
    return None


def find_earlier_represented_org(title, index: NameIndex, quotes: list[FoundQuote], offset: int) -> str | None:
    """The body an unnamed holder of the same title spoke for a few sentences
    before: 'A spokesman for the Directorate told us that … “…,” the
    spokesman said.' → the Directorate. Only the nearest subject with that
    title counts, and only when it names no person."""
    sent = title.sent
    doc = title.doc
    for _ in range(ANTECEDENT_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        for subject in list_sentence_subjects(sent, quotes):
            if subject.i >= title.i:
                continue
            if any(find_title(t) and is_same_title(find_title(t), find_title(title))
                   for t in subject.subtree if t.i != subject.i):
                return None  # 'Ana Roe, the mayor's spokeswoman, said': a named holder of the title
            if not find_title(subject) or subject.ent_type_ == "PERSON" \
                    or not is_same_title(find_title(subject), find_title(title)):
                continue
            return find_represented_org(subject, index, offset) or find_modifying_org(subject, index, offset)
    return None


ANTECEDENT_SENTENCES = 3   # sentences looked back through for a pronoun's antecedent
NON_PERSON_KINDS = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "DATE", "TIME")


def list_sentence_subjects(sent, quotes: list[FoundQuote]) -> list:
    """Subjects of a sentence outside quotation marks, the main clause's first."""
    subjects = [repair_subject(t) for t in sent if t.dep_ in SUBJECT_DEPS and not is_turn_label(t)
                and not any(is_in_quote(t, q) for q in quotes)]
    subjects = [t for t in subjects if t is not None]
    return sorted(subjects, key=lambda t: (t.head.dep_ != "ROOT", t.i))


def is_turn_label(token) -> bool:
    """A transcript's speaker label at the start of a line ('ROE: The minister spoke yesterday. …'): whose turn
    it is, not the subject of the sentence the parser hung it on."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ":" or not token.text.isupper() or len(token.text) < 2:
        return False
    line_start = parsed_text(doc).rfind("\n", 0, token.idx) + 1
    before = parsed_text(doc)[line_start:token.idx].strip()  # 'ANA ROE:'
    return not before or (before.replace(" ", "").isalpha() and before.isupper() and len(before.split()) <= 2)


def judge_antecedent(subject, kind: str, index: NameIndex, offset: int, pronoun: str = "") -> str | None:
    found = judge_antecedent_kind(subject, kind, index, offset, PRONOUN_GENDER.get(pronoun))
    if found and kind == "person" and not index.fits_pronoun(found, pronoun):
        return None  # 'she' for a man the document already called 'he'
    gender = PRONOUN_GENDER.get(pronoun)
    if found and kind == "person" and gender and (index.gender_hints.get(found) not in (None, gender)
                                                  or find_clause_gender(subject) not in (None, gender)):
        return None  # 'she' for 'Mr Roe', or for 'Tom is recovering with burns to his hands'
    return found


def find_clause_gender(subject) -> str | None:
    """The gender a subject's own clause gives it by a possessive or reflexive
    pronoun ('Tom is recovering with burns to his hands' → "he"), when the
    clause names no other person or gendered noun the pronoun could belong to
    ('Ana Roe met Tom Lee and his wife' tells nothing of Ana Roe) and the
    pronoun is in no clause of its own ('told us the gunman was himself shot')."""
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.i == subject.i:
        return None
    found = set()
    for tok in verb.subtree:
        if subject.left_edge.i <= tok.i <= subject.right_edge.i:
            continue
        if tok.ent_type_ == "PERSON" or (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in load_gender_words()) \
                or tok.text in QUOTE_CHARS:
            return None
        if tok.lower_ in POSSESSIVE_GENDER and tok.i > subject.i and not crosses_clause(tok, verb):
            found.add(POSSESSIVE_GENDER[tok.lower_])
    return found.pop() if len(found) == 1 else None


def crosses_clause(token, verb) -> bool:
    """The path from ``token`` up to ``verb`` passes another verb: the token is
    in a clause of its own ('the gunman, who was himself shot')."""
    node = token.head
    while node.i != verb.i:
        if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and (
                node.dep_ in OWN_CLAUSE_DEPS or any(c.dep_ in SUBJECT_DEPS for c in node.children))):
            return True
        node = node.head
    return False


OWN_CLAUSE_DEPS = ("relcl", "ccomp", "advcl", "acl", "csubj", "parataxis", "xcomp")


def judge_antecedent_kind(subject, kind: str, index: NameIndex, offset: int, gender: str | None = None) -> str | None:
    """What a subject tells about a pronoun of ``kind``: a name, "" for an
    unnamed speaker that the pronoun stands for, or None (look further)."""
    if kind == "person" and subject.i in index.given_names:
        return index.given_names[subject.i]
    if kind == "person" and subject.ent_type_ != "PERSON" and subject.pos_ in ("NOUN", "PROPN"):
        # 'the Special Representative of …, Ana Roe, met …': the person in apposition
        named = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        # 'the envoy of the Council and head of its mission, Ana Roe,': the name hung
        # on the last title's phrase
        titles = [subject] + [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "NOUN" and find_title(c)]
        for title in titles if find_title(subject) else ():
            named = named or [c for c in find_chain_appositives(title) if c.ent_type_ == "PERSON"]
        for title in [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN" and find_title(c)]:
            # 'In Kell, the imam of the mosque, Sheikh Ali Roe, keeps …' parsed with the town as
            # subject: the person named for the title in apposition to it
            named = named or [c for c in list(title.children) + find_chain_appositives(title)
                              if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if named:
            subject = named[0]
    if kind == "person" and subject.pos_ == "NOUN" and subject.text[:1].isupper() and not subject.ent_type_:
        person = index.find_fullest_person(subject.text, gender)  # a surname tagged as a noun
        if person and len(person.split()) > 1:
            return person
    if kind == "person" and subject.ent_type_ in ("ORG", "NORP") and is_person_by_description(subject):
        name = clean_person_name(find_entity_span(subject))
        return index.find_fullest_person(name, gender) or name
    if kind == "person" and subject.pos_ == "PROPN" and find_initialism_holder(subject, index, offset):
        return find_initialism_holder(subject, index, offset)  # 'The IG said' after 'Inspector General Ana Roe'
    if kind == "person" and find_titled_name(subject):
        titled = find_titled_name(subject)  # 'Superintendent Ashok Raman' typed as an organisation
        return index.find_fullest_person(titled, gender) or titled
    if subject.pos_ == "PRON" or subject.tag_ in ("NNS", "NNPS"):
        return None  # a plural ("media observers") is no antecedent of he, she or it
    if kind == "person" and subject.pos_ == "PROPN" and subject.ent_type_ in NON_PERSON_KINDS:
        # a surname the tagger typed as a place or body ('The charity's Kerrin has
        # answered …'): the person when the document gave a longer name ending with it
        head = find_head_name(subject)
        person = index.find_fullest_person(head, gender)
        if person and len(person.split()) > len(head.split()):
            return person
        shaped = find_person_shaped_name(subject)
        if shaped and subject.head.dep_ == "ROOT":
            return index.find_fullest_person(shaped, gender) or shaped
    if kind == "person":
        if subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and subject.ent_type_ not in NON_PERSON_KINDS):
            head = find_head_name(subject)
            person = index.find_fullest_person(head, find_mention_gender(subject) or gender)
            if person or subject.ent_type_ == "PERSON":
                return person or head
            return None
        if subject.pos_ in ("NOUN", "PROPN") and find_title(subject):
            titled = index.find_titled_person(find_title(subject), collect_title_modifiers(subject), offset) \
                or find_office_holder(subject, index)
            if titled:
                return index.find_fullest_person(titled) or titled
            # 'a spokeswoman' brings in someone unnamed; 'the former secretary'
            # may point back to a person named earlier: look further
            return "" if is_indefinite(subject) or has_who_clause(subject) else None
        if subject.pos_ == "NOUN" and has_who_clause(subject):
            return ""  # 'The head nurse, who asked not to be named, says …': someone unnamed
        return None
    if subject.ent_type_ in ("ORG", "NORP") or (subject.pos_ == "PROPN" and subject.ent_type_ not in ("PERSON", "GPE")):
        name = strip_determiner(get_entity_text(subject) or find_body_name(subject) or find_head_name(subject))
        return index.find_fullest_org(name, offset) or name
    if subject.pos_ == "NOUN" and not find_title(subject):
        return index.find_fullest_org(subject.text, offset) or ""
    return None


PERSON_NAME_WORDS = (2, 3)  # words in a first name and surname ("Ana Roe", "Ana Maria Roe")


def find_person_shaped_name(subject) -> str | None:
    """A first name and surname the tagger typed as a body or a place ('Every day, Ana Roe walks to the gate.
    She …'): two or three capitalised proper nouns, the subject and the words compounded onto it, none of them a
    word that makes a name an organisation, a group, a place or an event ("Ministry", "Police", "District",
    "Storm"), no acronym, no "of". Only read for a he/she pronoun, which names a person."""
    words = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i] + [subject]
    words.sort(key=lambda t: t.i)
    if not PERSON_NAME_WORDS[0] <= len(words) <= PERSON_NAME_WORDS[1] or words[-1].i - words[0].i != len(words) - 1:
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha for t in words):
        return None
    if words[0].i > 0 and subject.doc[words[0].i - 1].pos_ == "PROPN":
        return None  # part of a longer name
    unnamed = load_non_person_name_words()
    if any(t.lower_ in unnamed or t.lemma_.lower() in unnamed for t in words):
        return None
    return " ".join(t.text for t in words)


@lru_cache(maxsize=None)
def load_non_person_name_words_cached(dirs: tuple[str, ...]) -> frozenset[str]:
    kinds = (load_group_nouns(), load_descriptor_heads(), load_place_nouns(), load_event_nouns(), load_name_suffixes(),
             load_speaker_bodies(), load_body_nouns(), load_title_words())
    return frozenset(word for kind in kinds for word in kind)


def load_non_person_name_words() -> frozenset[str]:
    """Words that make a name a body, a group, a place, an event or a title, never a first name and surname."""
    return load_non_person_name_words_cached(tuple(map(str, lexicon_dirs())))


def has_who_clause(noun) -> bool:
    """A 'who' clause describes the noun ('the nurse, who asked not to be named,'):
    it brings in someone new rather than pointing back to a person named before."""
    return any(c.dep_ == "relcl" and any(g.lower_ in PERSON_RELATIVES and g.i < c.i for g in c.children)
               for c in noun.children)


def is_indefinite(noun) -> bool:
    """'a spokeswoman', 'one resident', 'spokesman Tom' (no determiner) vs 'the spokeswoman', 'his lawyer'."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
    return not dets or any(d.lower_ in ("a", "an", "one", "another", "some") for d in dets)


def find_subject_antecedent(pronoun, kind: str, index: NameIndex, quotes: list[FoundQuote]) -> str | None:
    """The antecedent of a he/she/it speaker from the subjects of the sentences
    before it, nearest sentence first, main-clause subject first within one:
    'Ann Roe said Mr Lee had been “committed”. “…,” she said.' → Ann Roe, not
    Mr Lee; 'A spokeswoman for the charity said … She added: “…”' → "" (an
    unnamed speaker, not the last person named); None when nothing fits."""
    doc = pronoun.doc
    sent = pronoun.sent
    offset = find_mention_start(pronoun)
    for subject in list_sentence_subjects(sent, quotes):  # 'Ann Roe says she …'
        if subject.i < pronoun.i:
            found = judge_antecedent(subject, kind, index, offset, pronoun.lower_)
            if found and kind == "person" and subject.head.dep_ == "ROOT":
                # the pronoun in a clause of its antecedent's own sentence: sure enough
                # to remember which pronoun the document uses for that person
                index.genders.setdefault(found, PRONOUN_GENDER[pronoun.lower_])
            if found is not None:
                return found
    if kind == "person":
        named = find_named_person_in(sent, pronoun, index, quotes)
        if named:  # 'The group's spokesman, Ana Roe, admitted that …, he said,' parsed with no subject
            return named
    entry = index.find_entry_start(offset)
    looked = 0  # sentences looked through that are not wholly quoted
    for _ in range(ANTECEDENT_SENTENCES):
        if sent.start == 0 or sent.start_char <= entry:
            return None  # not past a live-blog entry's time stamp or a heading
        sent = doc[sent.start - 1].sent
        if all(t.is_space or t.is_punct or any(is_in_quote(t, q) for q in quotes) for t in sent):
            continue  # a sentence wholly quoted says nothing about who is speaking
        subjects = list_sentence_subjects(sent, quotes)
        for subject in subjects:
            found = judge_antecedent(subject, kind, index, offset, pronoun.lower_)
            if found == "" and subject.dep_ not in SUBJECT_DEPS:
                continue  # 'with her daughter, who is seven': a relative clause's noun is no one who spoke
            if found is not None:
                return found
        looked += 1
        chained = bool(subjects) and PRONOUN_GENDER.get(subjects[0].lower_) == PRONOUN_GENDER.get(pronoun.lower_)
        if looked == 1 and kind == "person" and not chained:
            # ('Ana Roe waits. She holds a photo of her son Tom. "…," she said.': Tom is no antecedent: the
            # sentence between is about the same "she", so look further back)
            only = find_only_person_in(sent, pronoun, index, quotes)
            if only:  # 'Women sat outside the house of Ana Roe, whose son died. "…," she said.'
                return only
    return None


def find_only_person_in(sent, pronoun, index: NameIndex, quotes: list[FoundQuote]) -> str | None:
    """The one person a sentence names (outside quotation marks) when that
    person fits a he/she pronoun and is the only person the sentence names."""
    names = {p[1] for p in index.persons if sent.start_char <= p[0] < sent.end_char
             and not any(q.outer_start <= p[0] < q.outer_end for q in quotes)}
    if len(names) != 1:
        return None
    name = names.pop()
    if not index.fits_pronoun(name, pronoun.lower_):
        return None
    return index.find_fullest_person(name, PRONOUN_GENDER[pronoun.lower_]) or name


def find_person_in_sentence_before(pronoun, index: NameIndex, quotes: list[FoundQuote]) -> str | None:
    """A person named in the sentence right before a he/she speaker whose
    antecedent no subject gave (the pronoun's own sentence first, wholly quoted
    sentences skipped): 'For the analyst Ana Roe, the claim is “absurd”. “…,”
    she told us.' → Ana Roe, not a person who was a subject further back.
    The subject among them first, else the last one named; None when that
    sentence names no person who fits the pronoun."""
    doc = pronoun.doc
    offset = find_mention_start(pronoun)
    entry = index.find_entry_start(offset)
    sent = pronoun.sent
    for _ in range(2):
        named = find_named_person_in(sent, pronoun, index, quotes)
        if named:
            return named
        if sent.start == 0 or sent.start_char <= entry:
            return None
        sent = doc[sent.start - 1].sent
        while sent.start > 0 and all(t.is_space or t.is_punct or any(is_in_quote(t, q) for q in quotes) for t in sent):
            sent = doc[sent.start - 1].sent
    return None


def find_named_person_in(sent, pronoun, index: NameIndex, quotes: list[FoundQuote]) -> str | None:
    """The person named in ``sent`` before a he/she pronoun (after any
    live-blog time stamp, outside quotation marks) who fits it: a subject among
    them first, else the last one named."""
    offset = find_mention_start(pronoun)
    start, end = max(sent.start_char, index.find_entry_start(offset)), min(sent.end_char, offset)
    named = [p for p in index.persons if start <= p[0] < end and index.fits_pronoun(p[1], pronoun.lower_)
             and not any(q.outer_start <= p[0] < q.outer_end for q in quotes)]
    if not named:
        return None
    subjects = [p for p in named if p[2]]
    name = (subjects or named)[-1][1]
    return index.find_fullest_person(name, PRONOUN_GENDER[pronoun.lower_]) or name


def find_mention_start(token) -> int:
    return find_mention_span(token).start_char


def find_entity_span(token):
    """The named-entity span holding ``token`` (from its IOB tags), or None."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def get_entity_text(token) -> str | None:
    span = find_entity_span(token)
    return span.text if span is not None else None


ORG_NAME_LINKS = ("for", "of", "on")


def get_org_name(token) -> str:
    """An organisation's name as written, with the 'for/of …' tail the tagger
    cut off: 'U.N. Office' + 'for the Coordination of Humanitarian Affairs'
    (a run of capitalised words; a place alone is not part of the name:
    'the Interior Ministry of Dravenia' stays 'Interior Ministry')."""
    span = find_entity_span(token)
    if span is None:
        return find_body_name(token) or find_head_name(token)
    doc, end = token.doc, span.end
    while end + 1 < len(doc) and doc[end].lower_ in ORG_NAME_LINKS:
        j = end + 1
        if doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and (doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN"
                                or (doc[k].lower_ in ("and", "of", "for", "-") and k > j)):
            k += 1
        while k > j and not doc[k - 1].text[:1].isupper():
            k -= 1
        if k == j or all(t.ent_type_ in ("GPE", "LOC", "PERSON", "DATE") for t in doc[j:k]):
            break
        end = k
    name = doc[span.start:end].text
    if "(" in name and ")" not in name:
        name = name[:name.index("(")].rstrip()  # 'Election Mission (IEM' → 'Election Mission'
    return name


def find_head_name(token) -> str:
    """The proper-name part of a mention: 'acting governor al-Barani' → 'al-Barani'."""
    if token.ent_type_ == "PERSON":
        return clean_person_name(find_entity_span(token))
    words = [token]
    left = token.i - 1
    while left >= 0:
        if is_name_hyphen(token.doc, left):
            left -= 1  # 'Fontaine-Dabo' split into three tokens
            continue
        if not (token.doc[left].pos_ == "PROPN" and token.doc[left].dep_ == "compound"
                and not find_title(token.doc[left]) and token.doc[left].ent_type_ not in ("NORP", "GPE", "ORG")):
            break
        words.insert(0, token.doc[left])
        left -= 1
    return strip_determiner(token.doc[words[0].i: token.i + 1].text)


NAME_HYPHENS = ("-", "\u2010", "\u2011")


def is_name_hyphen(doc, i: int) -> bool:
    """A hyphen joining two capitalised words with no space ('Fontaine-Dabo')."""
    return 0 < i < len(doc) - 1 and doc[i].text in NAME_HYPHENS and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------

def join_quote_text(text: str, quote: FoundQuote) -> str:
    parts = [text[s.start:s.end].strip() for s in quote.segments]
    joined = " ".join(p for p in parts if p)
    return re.sub(r"\s+", " ", joined).rstrip(",;:\u2014\u2013 ").strip()


TITLE_SMALL_WORDS = frozenset(
    "a an the and or nor but of for with from into onto over upon to in on at by as via vs per".split())


def is_title_case(words: list[str]) -> bool:
    """Every word capitalised except short function words: the name of a show,
    report, operation or campaign ("Standing with the Victims")."""
    main = [w for w in words if w.lower() not in TITLE_SMALL_WORDS and w.isalpha()]
    return len(main) >= 2 and all(w[0].isupper() for w in main)


def is_label_quote(text: str, attribution: Attribution, doc_span) -> bool:
    """Scare quotes and names: up to three words, a short title-case name,
    or a verbless phrase with no cue."""
    words = WORD.findall(text)
    if len(words) <= LABEL_MAX_WORDS:
        return True
    if len(words) <= MAX_TITLE_WORDS and is_title_case(words):
        return True
    if attribution.cue is None and doc_span is not None:
        has_verb = any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in doc_span)
        return not has_verb
    return False


def find_covering_sentences(doc, quote: FoundQuote):
    sents = list(doc.sents)
    first = last = None
    for idx, sent in enumerate(sents):
        if sent.end_char > quote.outer_start and first is None:
            first = idx
        if sent.start_char < quote.outer_end:
            last = idx
    if first is None:
        return None, ""
    last = max(last if last is not None else first, first)
    text = get_text(doc)[sents[first].start_char:sents[last].end_char].strip()
    return first, text


@dataclass(slots=True)
class SpokenBefore:
    """The last attributed quote: its attribution (for where its frame ends) and speaker."""

    attribution: Attribution
    speaker: str


def covers_quote(span, quote: FoundQuote) -> bool:
    """The span holds words of the quote (of any of its segments)."""
    return any(is_in_quote(t, quote) for t in span)


def attribute_quote(doc, quote: FoundQuote, found: list[FoundQuote], index: NameIndex,
                    previous: SpokenBefore | None) -> tuple[Attribution, str | None]:
    """Resolve step for one quote: its own frame, else the quote it continues,
    else the reporting sentence right before it."""
    attribution = find_attribution(doc, quote, found)
    if attribution.speaker_token is not None and covers_quote(find_mention_span(attribution.speaker_token), quote):
        # 'not the “87” the administration insisted on': the quote is inside the mention, not said by it
        attribution = Attribution(attribution.cue, frame_end=attribution.frame_end)
    trailing = find_trailing_person(attribution.speaker_token) if attribution.cue else None
    if trailing is not None:
        fullest = index.find_fullest_person(trailing.text)
        before = doc[trailing.start - 1].text if trailing.start > 0 else ""
        # not a longer name the tagger glued to the place before it ('Oston Dale Pim Corvel')
        speaker = fullest if fullest and fullest.split()[0] != before else trailing.text
    else:
        speaker = resolve_speaker(attribution.speaker_token, attribution.speaker_mention or "", index, found,
                                  heading=attribution.cue is None)
    if speaker is None and attribution.cue is None and is_written_name(attribution.speaker_mention):
        speaker = attribution.speaker_mention  # a signed or colon-headed name: 'Eastside Children's Hospital: “…”'
    if speaker is not None:
        return attribution, speaker
    if previous is not None and continues_previous(doc, quote, attribution, previous.attribution):
        return attribution, previous.speaker
    if attribution.cue is None:
        lead = find_lead_in_attribution(doc, quote, found)
        if lead is not None:
            return lead, resolve_speaker(lead.speaker_token, lead.speaker_mention or "", index, found)
    return attribution, None


QUOTE_CHARS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
TRAILING_NAME_WORDS = (2, 4)   # words of a name after a comma ending the title phrase
MIN_TRAILING_RUN = 4           # capitalised words after 'of'/'in' before a name is split off


def is_name_word(tok) -> bool:
    """A capitalised word that may be part of a person's name."""
    return tok.text[:1].isupper() and not tok.is_punct and tok.ent_type_ not in ("GPE", "LOC", "DATE", "TIME") \
        and not find_title(tok) and tok.lower_ not in load_speaker_bodies() and not (tok.text.isupper() and len(tok.text) > 1)


def find_trailing_person(token):
    """The person named at the end of a title phrase that follows its cue:
    '“…,” said the Regional Coordinator in Varnia, Helga Morsund.' → Helga
    Morsund (after the last comma); '“…,” said the mayor of Oston Dale Pim
    Corvel (LPD).' → Pim Corvel (the last two of four or more capitalised
    words after 'of'). None unless the mention comes right after a reporting
    verb, holds a title word before the name, and the name's words are no
    place, title, acronym or institution word ('said the head of the Valley Red
    Cross Society' names no person). Returns the name's span."""
    if token is None:
        return None
    doc = token.doc
    span = find_mention_span(token)
    if span.start == 0 or not is_reporting_token(doc[span.start - 1]):
        return None
    sent_end = token.sent.end
    stop = span.start
    while stop < sent_end:
        t = doc[stop]
        if t.text in QUOTE_CHARS or t.text in (";", ":", "(", "\u2014", "\u2013") or t.pos_ in ("VERB", "AUX") \
                or t.is_space or (t.text in (".", "!", "?") and (t.pos_ == "PUNCT" or stop == sent_end - 1)):
            break
        stop += 1
    words = list(doc[span.start:stop])
    commas = [k for k, t in enumerate(words) if t.text == ","]
    if commas:
        after = words[commas[-1] + 1:]
        lo, hi = TRAILING_NAME_WORDS
        if lo <= len(after) <= hi and all(is_name_word(t) or is_name_hyphen(doc, t.i) for t in after) \
                and any(find_title(t) for t in words[:commas[-1]]):
            return doc[after[0].i: after[-1].i + 1]
        return None
    run = 0
    while run < len(words) and words[len(words) - 1 - run].text[:1].isupper() and not words[len(words) - 1 - run].is_punct:
        run += 1
    first = len(words) - run
    if run < MIN_TRAILING_RUN or first == 0 or words[first - 1].lower_ not in ("of", "in", "for") \
            or not any(find_title(t) for t in words[:first]):
        return None
    name = words[-2:]
    if all(is_name_word(t) for t in name):
        return doc[name[0].i: name[-1].i + 1]
    return None


def is_written_name(mention: str | None) -> bool:
    """Two or more words, each capitalised or a possessive/short function word."""
    words = (mention or "").split()
    return len(words) > 1 and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS or w in ("'s", "\u2019s") for w in words)


def update_spoken_before(previous: SpokenBefore | None, attribution: Attribution,
                         speaker: str | None) -> SpokenBefore | None:
    """What a following quote may continue: a named speaker; nothing after a
    cue that named no one; an unattributed quote extends the previous frame."""
    if speaker is not None:
        return SpokenBefore(attribution, speaker)
    if attribution.cue is not None or previous is None:
        return None
    return SpokenBefore(dataclasses.replace(previous.attribution, frame_end=attribution.frame_end), previous.speaker)


def build_quote_record(doc, ctx: DocContext, quote: FoundQuote, text: str, attribution: Attribution,
                       speaker: str | None) -> Quote:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    sentence_idx, sentence = find_covering_sentences(doc, quote)
    return Quote(
        id=record_id("quote", ctx.document_id, quote.start, quote.end, text),
        document_id=ctx.document_id,
        document=ctx.path,
        text=text,
        speaker=speaker,
        speaker_mention=attribution.speaker_mention,
        cue=attribution.cue,
        sentence=sentence,
        char_start=quote.start,
        char_end=quote.end,
        is_label=is_label_quote(text, attribution, span),
        sentence_idx=sentence_idx,
    )


HEADER_FIELD = re.compile(r"(?:^|\n)[ \t]*([A-Z][a-z]+)[ \t]*:[ \t]*$")


def is_header_field(doc, quote: FoundQuote, text: str) -> bool:
    """A field of a release or memo header whose value is in quotation marks,
    'Subject: “Search operation south of Port Elm”': one capitalised word that
    names no one (no entity, no title) before a colon at the start of the line,
    and a title-case or verbless quote that ends the line."""
    full = get_text(doc)
    m = HEADER_FIELD.search(full, max(0, quote.outer_start - 40), quote.outer_start)
    if m is None or len(quote.segments) > 1:
        return False
    rest = full[quote.outer_end:full.find("\n", quote.outer_end) if "\n" in full[quote.outer_end:] else len(full)]
    if rest.strip(" \t.,;"):
        return False
    label = doc.char_span(m.start(1), m.end(1))
    if label is None or label[0].ent_type_ or find_title(label[0]):
        return False
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    words = WORD.findall(text)
    verbless = span is not None and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in span)
    return is_title_case(words) or verbless


BREADCRUMB_SEPARATORS = (" \u00bb ", " \u201d ", " \u203a ", " > ", " / ")  # » may come out of cleaning as ”
BREADCRUMB_LEAD_WORDS = 3  # words of a breadcrumb trail's first step ('Home', 'World News')


def find_line(text: str, i: int) -> str:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return text[start: end if end >= 0 else len(text)].strip()


def is_page_furniture(doc, quote: FoundQuote) -> bool:
    """A quotation on a line that is no part of the report's prose: an editor's
    note wholly in square brackets ('[Translated from French. Original: “…”]')
    or a breadcrumb trail ('Home » News » Floods: mayor warns of “chaos”',
    two or more separators, the first step a few words; a line with an opening
    « is French quotation, not a trail)."""
    line = find_line(get_text(doc), quote.outer_start)
    if line.startswith("[") and line.endswith("]"):
        return True
    for sep in BREADCRUMB_SEPARATORS:
        parts = line.split(sep)
        if len(parts) >= 3 and "\u00ab" not in line and len(parts[0].split()) <= BREADCRUMB_LEAD_WORDS \
                and len(parts[1].split()) <= BREADCRUMB_LEAD_WORDS:
            return True
    return False


def extract_quotes(doc, ctx: DocContext) -> list[Quote]:
    """Every direct quotation in ``doc`` with its cue and speaker."""
    found = find_quotes(doc)
    if not found:
        return []
    index = index_names(doc)
    records = []
    previous: SpokenBefore | None = None
    for quote in found:
        text = join_quote_text(get_text(doc), quote)
        if not WORD.search(text) or is_header_field(doc, quote, text):
            continue
        attribution, speaker = attribute_quote(doc, quote, found, index, previous)
        if is_page_furniture(doc, quote):
            continue  # an editor's bracketed note or a breadcrumb trail: not a statement
        if speaker is None and attribution.speaker_token is None and attribution.cue is None:
            speaker = find_statement_author(doc, quote, index)
        previous = update_spoken_before(previous, attribution, speaker)
        records.append(build_quote_record(doc, ctx, quote, text, attribution, speaker))
    return credit_repeated_quotes(records)


# a text headed as one person's words: 'Statement by Country Director Ana Roe on
# the floods', 'Remarks of the Secretary-General at …', 'Speech by President X'
STATEMENT_HEADING = re.compile(
    r"\b(?:STATEMENT_NOUNS)\s+(?:by|of|from)\s+(.+?)"
    r"(?=\s+(?:on|at|to|regarding|about|concerning|following|after|before|in)\b|\s*[:,;(\u2013\u2014-]|\s*$)",
    re.I)
STATEMENT_HEADING_LINES = 3  # non-empty lines at the top of the text searched for the heading


@lru_cache(maxsize=None)
def compile_statement_heading(dirs: tuple[str, ...]) -> re.Pattern:
    """STATEMENT_HEADING with the nouns of statement_nouns.txt."""
    words = sorted(load_words("statement_nouns.txt"), key=len, reverse=True)
    return re.compile(STATEMENT_HEADING.pattern.replace("STATEMENT_NOUNS", "|".join(map(re.escape, words)) or "(?!)"),
                      STATEMENT_HEADING.flags)


def find_statement_author(doc, quote: FoundQuote, index: NameIndex) -> str | None:
    """The person a text's heading names as the author of the statement it
    quotes, for a quotation with no attribution of its own that opens a
    paragraph below the heading: 'Statement by Country Director Ana Roe on …'
    then '“Four days ago …'. The heading must name a person (a person entity
    or a title with a name), not only an office or an organisation."""
    text = get_text(doc)
    if not starts_paragraph(text, quote.outer_start):
        return None
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text[:quote.outer_start]) if m.group(0).strip()]
    for start, line in lines[:STATEMENT_HEADING_LINES]:
        m = compile_statement_heading(tuple(map(str, lexicon_dirs()))).search(line)
        if m is None:
            continue
        span = doc.char_span(start + m.start(1), start + m.end(1), alignment_mode="expand")
        if span is None:
            continue
        people = [t for t in span if t.ent_type_ == "PERSON"]
        if people:
            name = clean_person_name(find_entity_span(people[-1]))
            return index.find_fullest_person(name) or name
        titled = next((find_titled_name(t) for t in span if find_titled_name(t)), None)
        if titled:
            return index.find_fullest_person(titled) or titled
    return None


REPEATED_MIN_WORDS = 4


def credit_repeated_quotes(records: list[Quote]) -> list[Quote]:
    """A quote with no attribution at all whose words the document quotes again
    with a named speaker (a headline or pull quote: ''Nobody came to warn us':
    anger grows …' … '“Nobody came to warn us,” said Ravi Anand') is that
    speaker's (``speaker_mention`` and ``cue`` stay null)."""
    def words(text: str) -> list[str]:
        return [w.lower() for w in WORD.findall(text.replace("\u2019", "'"))]

    out = []
    for rec in records:
        if rec.speaker is None and rec.cue is None and rec.speaker_mention is None:
            own = words(rec.text)
            if len(own) >= REPEATED_MIN_WORDS:
                joined = " " + " ".join(own) + " "
                sources = {r.speaker for r in records if r is not rec and r.speaker
                           and joined in " " + " ".join(words(r.text)) + " "}
                if len(sources) == 1:
                    rec = dataclasses.replace(rec, speaker=sources.pop())
        out.append(rec)
    return out
