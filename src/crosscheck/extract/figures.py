"""Figures: numeric claims about people harmed or moved, as one document states them.

``extract_figures(doc, ctx, date_refs=None)`` reads every number in the document
(``numbers.find_number_mentions``) and, through spaCy's dependency parse,
decides what it counts:

1. the counted noun: the noun the number modifies ("42 Alawites"), the noun
   after a partitive "of" ("hundreds of kidnappings", "18 of his friends"), or
   none for a bare number ("the toll rose to 50");
2. the measure: a casualty term (``casualty_terms.tsv``) on the counted noun
   itself ("deaths", "kidnappings"), attached to it ("civilians killed",
   "death toll"), or on the first verb or noun above it ("were killed",
   "are believed to have died", "the deaths of 231 ...", "lost their lives").
   Coordinated casualty nouns give one figure each ("hundreds of kidnappings
   and killings"). Anything else is measure ``other``;
3. subject, group (``group_nouns.tsv``), location (GPE/LOC/FAC names in the
   figure's clause), period (``dates.resolve_period``), source
   (``attribution.find_attribution``) and hedges.

A figure stated without a source takes the source of a figure with the same
value and measure in the next or previous sentence (a restatement).
"""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.extract.attribution import SourceNames, find_attribution, find_hedges
from crosscheck.extract.dates import find_onset_period, resolve_period
from crosscheck.extract.numbers import NumberMention, find_number_mentions
from crosscheck.lexicons import load_lexicon, load_mapping
from crosscheck.records import Figure, record_id

PEOPLE_MEASURES = ("killed", "injured", "missing", "displaced", "abducted", "detained")
NON_PEOPLE_ENTITIES = {"MONEY", "QUANTITY", "PERCENT", "DATE", "TIME"}
CLIMB_DEPS = {"nummod", "quantmod", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj", "appos", "attr",
              "pcomp", "npadvmod", "compound", "amod", "advmod", "oprd", "acomp", "dep"}
COUNT_NOUNS = {"number", "total", "toll", "tally", "count", "figure"}
LOCATION_KINDS = {"GPE", "LOC", "FAC"}
FOLLOW_UP_SUBJECTS = {"toll", "figure", "number", "count", "tally", "estimate", "figures", "numbers"}


@lru_cache(maxsize=1)
def _casualty_terms() -> dict[str, str]:
    return load_mapping("casualty_terms.tsv")


@lru_cache(maxsize=1)
def _harm_nouns() -> frozenset[str]:
    """Casualty nouns that count harms, not people ("six gunshot wounds")."""
    return frozenset(row[0].lower() for row in load_lexicon("casualty_terms.tsv") if len(row) > 2 and row[2] == "harm")


@lru_cache(maxsize=1)
def _group_nouns() -> dict[str, str]:
    return load_mapping("group_nouns.tsv")


# --- measure ------------------------------------------------------------------------------------

def _term_measure(token) -> str | None:
    terms = _casualty_terms()
    return terms.get(token.lemma_.lower()) or terms.get(token.lower_)


def measure_of_verb(verb) -> str | None:
    """Measure said by a verb: a verb–word phrase ("lose life", "fatally shoot", "shoot dead"),
    its lemma ("killed"), or a verb it governs ("believed to have died", "reported missing",
    "left 2,400 people injured"). "Shot and killed" is killed."""
    if verb.pos_ == "ADJ":
        return _term_measure(verb)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    phrase = _phrase_measure(verb)
    if phrase:
        return phrase
    lemma = verb.lemma_.lower()
    own = _term_measure(verb) if lemma not in ("body", "toll") else None
    linked = []
    for child in verb.children:
        if child.dep_ in ("xcomp", "oprd", "acomp") or (child.dep_ == "conj" and child.pos_ == "VERB") \
                or (child.dep_ == "advcl" and child.tag_ in ("VBN", "JJ")):
            if child.dep_ == "conj" and _has_object(child):
                continue  # "arrived and shot the man": the subject did the shooting
            found = measure_of_verb(child) if child.pos_ in ("VERB", "AUX") else _term_measure(child)
            if found:
                linked.append(found)
    if own and "killed" in linked:
        return "killed"
    return own or (linked[0] if linked else None)


def _phrase_measure(verb) -> str | None:
    """A verb with one of its words: "lose life", "take hostage", "fatally shoot", "shoot dead"."""
    terms = _casualty_terms()
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "prt", "advmod", "acomp", "oprd", "xcomp"):
            for phrase in (f"{lemma} {child.lemma_.lower()}", f"{child.lower_} {lemma}", f"{lemma} {child.lower_}"):
                if phrase in terms:
                    return terms[phrase]
    return None


def _has_object(verb) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def is_agent(noun, verb) -> bool:
    """Whether ``noun`` is the doer of ``verb`` ("Two gunmen killed a guard"), not its victim."""
    subject = noun
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    return subject.dep_ == "nsubj" and subject.head.i == verb.i and _has_object(verb) \
        and not any(c.dep_ == "dobj" and f"{verb.lemma_.lower()} {c.lemma_.lower()}" in _casualty_terms()
                    for c in verb.children)


def measure_of_noun(noun, depth: int = 0, relative_clauses: bool = True) -> str | None:
    """Measure said by a noun phrase: "deaths", "death toll", "civilians killed", "the number of dead"."""
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    own = _term_measure(noun)
    if own:
        return own
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and _term_measure(child) and child.lemma_.lower() != "civilian":
            if child.dep_ == "compound" or child.lower_ in ("dead", "injured", "wounded", "missing", "displaced"):
                return _term_measure(child)
        if (child.dep_ == "acl" or (relative_clauses and child.dep_ == "relcl")) and measure_of_verb(child):
            return measure_of_verb(child)
    if depth < 2 and noun.lemma_.lower() in COUNT_NOUNS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return measure_of_noun(pobj, depth + 1)
    return None


def _measure_around_verb(verb) -> tuple[str | None, object]:
    found = measure_of_verb(verb)
    if found:
        return found, verb
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj", "nsubjpass") and child.lemma_.lower() in COUNT_NOUNS | {"death"}:
            found = measure_of_noun(child)
            if found:
                return found, child
    return None, verb


def find_measure(start) -> tuple[str | None, object]:
    """Climb from ``start`` to the first verb (checking nouns on the way) and read the measure."""
    node = start
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return _measure_around_verb(node)
        if node.i != start.i:
            found = measure_of_noun(node)
            if found:
                return found, node
        if node.head.i == node.i or node.dep_ not in CLIMB_DEPS:
            break
        node = node.head
    if node.pos_ in ("VERB", "AUX"):
        return _measure_around_verb(node)
    return None, node


# --- the counted noun ---------------------------------------------------------------------------

def _partitive_object(doc, mention: NumberMention):
    for i in range(mention.start, mention.end):
        for child in doc[i].children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def find_counted_noun(doc, mention: NumberMention):
    """The noun a number counts, or None for a bare number."""
    head = doc[mention.head]
    if head.dep_ in ("nummod", "quantmod", "amod", "compound") and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.i >= mention.end:
        noun = head.head
        while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
            noun = noun.head  # "231 security forces members" counts members
        return noun
    partitive = _partitive_object(doc, mention)
    if partitive is not None and not (mention.start <= partitive.i < mention.end):
        return partitive
    return None


PEOPLE_SUFFIXES = ("ists", "ians", "ites", "ers", "ors", "ants", "ees", "men", "women", "people", "folk")


def _is_people_noun(noun) -> bool:
    """Whether a counted noun names people: a group noun, a nationality or people, a casualty noun,
    or an agent noun ("loyalists", "protesters", "Alawites")."""
    if noun.ent_type_ in NON_PEOPLE_ENTITIES:
        return False
    lemma = noun.lemma_.lower()
    if lemma in _group_nouns() or noun.lower_ in _group_nouns() or _term_measure(noun):
        return True
    if noun.ent_type_ in ("NORP", "PERSON") or (noun.pos_ == "PROPN" and noun.tag_ == "NNPS"):
        return True
    return noun.lower_.endswith(PEOPLE_SUFFIXES) and noun.tag_ in ("NNS", "NNPS")


def _coordinated_measures(noun) -> list[tuple[str, object]]:
    """"kidnappings and extra-judicial killings" → [("abducted", kidnappings), ("killed", killings)]."""
    out = []
    for conj in noun.conjuncts:
        if conj.i > noun.i and conj.pos_ in ("NOUN", "PROPN"):
            found = _term_measure(conj)
            if found and all(found != m for m, _ in out):
                out.append((found, conj))
    return out


# --- subject, group, location -------------------------------------------------------------------

def describe_subject(noun, skip: set[int]) -> tuple[str, set[int]]:
    """The counted noun phrase as written (without the number, its qualifier, a leading article,
    the casualty verb or a coordinated second count), and its token indices."""
    tokens = [t for t in noun.subtree if t.i not in skip]
    drop: set[int] = set()
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl") and measure_of_verb(child):
            drop.update(t.i for t in child.subtree)
        if child.dep_ == "conj" and any(t.like_num for t in child.subtree):
            drop.update(t.i for t in child.subtree)
            drop.update(t.i for t in noun.rights if t.dep_ == "cc")
        if child.dep_ in ("punct",) and child.i == max(t.i for t in noun.subtree):
            drop.add(child.i)
    tokens = [t for t in tokens if t.i not in drop]
    while tokens and (tokens[0].dep_ in ("det", "punct") or tokens[0].lower_ in ("of",)):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return noun.text, {noun.i}
    doc = noun.doc
    return doc.text[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)], {t.i for t in tokens}


def classify_group(noun, subject: str) -> str:
    """Group of the counted people: civilians, security_forces, armed_group, mixed or unspecified."""
    groups = _group_nouns()
    lowered = subject.lower()
    following = noun.doc.text[noun.idx + len(noun.text): noun.idx + len(noun.text) + 40].lower()
    if re.match(r"^,?\s*(the )?(majority|most|many|half) of (them|whom)\b", following) or \
            any(p in lowered for p in ("majority of them", "most of them", "both civilians and")):
        return "mixed"
    phrases = sorted((k for k in groups if " " in k), key=len, reverse=True)
    for phrase in phrases:
        if f" {phrase} " in f" {lowered} " or f" {phrase}s " in f" {lowered} ":
            return groups[phrase]
    candidates = [noun]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
    candidates.extend(c for c in noun.children if c.dep_ in ("amod", "compound"))
    fallback = None
    for tok in candidates:
        group = groups.get(tok.lemma_.lower()) or groups.get(tok.lower_)
        if group and group != "unspecified":
            return group
        fallback = fallback or group
    if any(_names_a_people(tok) for tok in candidates):
        return "civilians"
    return fallback or "unspecified"


def _names_a_people(token) -> bool:
    """A nationality, religious or ethnic group ("Alawites", "Alawite friends", "Yazidi women")."""
    return token.ent_type_ == "NORP" or (token.pos_ == "PROPN" and token.tag_ in ("NNPS", "NNP")
                                         and token.ent_type_ not in ("PERSON", "GPE", "ORG", "LOC", "FAC"))


def find_locations(clause_root, exclude: set[int]) -> list[str]:
    """Place names in the clause headed by ``clause_root`` (not inside the attribution)."""
    doc = clause_root.doc
    inside = {t.i for t in clause_root.subtree}
    out: list[tuple[int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in LOCATION_KINDS or ent.start not in inside or ent.start in exclude:
            continue
        if ent.end < len(doc) and doc[ent.end].text == "-" and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "based":
            continue
        out.append((ent.start, ent.text))
        # "in Latakia, Jableh, and Banias": names listed with a place are places too
        for conj in ent.root.conjuncts:
            if conj.pos_ == "PROPN" and conj.i in inside and conj.i not in exclude and not conj.ent_type_ in LOCATION_KINDS:
                out.append((conj.i, conj.text))
    names: list[str] = []
    for _, name in sorted(out):
        if name not in names:
            names.append(name)
    return names


BOUNDARY_PREPS = {"after", "before", "since", "following", "amid", "despite", "during", "over"}


def _clause_root(node):
    """The verb heading the figure's clause; a casualty noun inside an "after ..." phrase heads its own."""
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in BOUNDARY_PREPS:
            return node
        node = node.head
    return node


def _other_figure_tokens(doc, mentions: list[NumberMention], mention: NumberMention) -> set[int]:
    """Tokens of the phrases of the sentence's other numbers: their places are theirs."""
    out: set[int] = set()
    for other in mentions:
        if other.start == mention.start:
            continue
        counted = find_counted_noun(doc, other)
        root = counted if counted is not None else doc[other.head]
        if mention.start not in {t.i for t in root.subtree}:
            out.update(t.i for t in root.subtree)
    return out


def _refers_back_to_event(sent) -> bool:
    """"The fighting has killed ...": the sentence's subject is a definite common noun."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in subject.children)


def _attribution_tokens(sent) -> set[int]:
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ == "according":
            out.update(t.i for t in tok.subtree)
    return out


# --- assembling records -------------------------------------------------------------------------

def _readings(doc, mention: NumberMention) -> list[tuple[str, object | None, object]]:
    """(measure, counted noun, the token the measure came from) for each figure a number states."""
    counted = find_counted_noun(doc, mention)
    head = doc[mention.head]
    if counted is not None:
        if any(t.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") for t in doc[mention.start:mention.end]):
            return [("other", counted, counted)]
        if counted.lemma_.lower() in _harm_nouns():
            return [("other", counted, counted)]
        own = _term_measure(counted) if counted.pos_ == "NOUN" else None
        if own:
            return [(own, counted, counted)] + [(m, tok, tok) for m, tok in _coordinated_measures(counted)]
        people = _is_people_noun(counted)
        noun_measure = measure_of_noun(counted, relative_clauses=False)
        if noun_measure and people:
            return [(noun_measure, counted, counted)]
        start = counted if head.head.i == counted.i else head
        measure, source = find_measure(start)
        if measure and people and not (source.pos_ in ("VERB", "AUX") and is_agent(counted, source)):
            return [(measure, counted, source)]
        clause_measure = measure_of_noun(counted)
        if clause_measure and people:
            return [(clause_measure, counted, counted)]
        return [("other", counted, source)]
    if any(t.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") for t in doc[mention.start:mention.end]):
        return [("other", None, head)]
    own = measure_of_noun(head, relative_clauses=False)  # "1 dead, 1 injured"
    if own:
        return [(own, None, head)]
    measure, source = find_measure(head)
    if measure and source.pos_ in ("VERB", "AUX") and is_agent(head, source):
        return [("other", None, source)]
    if measure and source.pos_ in ("NOUN", "PROPN") and source.i != head.i:
        return [(measure, source, source)]
    return [(measure or "other", None, source)]


def _follow_up_hedges(sents, mentions_by_sent, idx: int) -> list[str]:
    """Hedges in the next sentence when it is about the same count ("The toll has not been verified")."""
    if idx + 1 >= len(sents):
        return []
    nxt = sents[idx + 1]
    if mentions_by_sent[idx + 1]:
        return []
    subject = next((t for t in nxt if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in FOLLOW_UP_SUBJECTS:
        return []
    return find_hedges(nxt.text)


def _build_figure(doc, ctx, sents, mentions_by_sent, idx, mention, reading, names, date_refs) -> Figure:
    measure, counted, governor = reading
    sent = sents[idx]
    skip = set(range(mention.start, mention.end))
    if mention.qualifier_text:
        skip.update(t.i for t in doc[max(mention.start - 3, 0):mention.start] if t.text.lower() in mention.qualifier_text.lower())
    subject, subject_tokens = describe_subject(counted, skip) if counted is not None else (None, set())
    people = measure in PEOPLE_MEASURES
    group = classify_group(counted, subject or "") if people and counted is not None else ("unspecified" if people else None)
    attribution = find_attribution(sent, mention.head, names)
    clause = _clause_root(governor if governor is not None else doc[mention.head])
    excluded = _attribution_tokens(sent) | subject_tokens | _other_figure_tokens(doc, mentions_by_sent[idx], mention)
    locations = find_locations(clause, excluded) if people else []
    period_start, period_end, period_text = resolve_period(sent, ctx, date_refs, anchor=mention.char_start)
    if period_text is None and idx > 0 and _refers_back_to_event(sent):
        period_start, period_end, period_text = find_onset_period(sents[idx - 1], ctx)
    hedges = find_hedges(sent.text)
    for hedge in _follow_up_hedges(sents, mentions_by_sent, idx):
        if hedge not in hedges:
            hedges.append(hedge)
    q = mention.quantity
    return Figure(
        id=record_id(ctx.document_id, mention.char_start, measure, subject),
        document_id=ctx.document_id, document=ctx.path, sentence=sent.text,
        char_start=mention.char_start, char_end=mention.char_end, number_text=mention.text,
        value=q.value, low=q.low, high=q.high, qualifier=q.qualifier, measure=measure,
        subject=subject, group=group, location=locations,
        period_start=period_start, period_end=period_end, period_text=period_text,
        source=attribution.source, source_text=attribution.source_text,
        reported_on=ctx.published_iso, hedges=hedges, sentence_idx=idx,
    )


def _carry_sources(figures: list[Figure]) -> None:
    """A figure with no source takes that of the same figure restated in the next or previous sentence."""
    for fig in figures:
        if fig.source is not None or fig.measure not in PEOPLE_MEASURES or fig.value is None:
            continue
        for other in figures:
            if other.source and other.value == fig.value and other.measure == fig.measure \
                    and other.sentence_idx is not None and fig.sentence_idx is not None \
                    and abs(other.sentence_idx - fig.sentence_idx) == 1:
                fig.source, fig.source_text = other.source, other.source_text
                break


def extract_figures(doc, ctx, date_refs=None) -> list[Figure]:
    """Every figure stated in ``doc`` (a spaCy Doc of the document's cleaned text)."""
    sents = list(doc.sents)
    names = SourceNames(doc)
    figures: list[Figure] = []
    mentions_by_sent = [find_number_mentions(sent) for sent in sents]
    for idx, mentions in enumerate(mentions_by_sent):
        for mention in mentions:
            for reading in _readings(doc, mention):
                figure = _build_figure(doc, ctx, sents, mentions_by_sent, idx, mention, reading, names, date_refs)
                if figure.source and figure.measure in PEOPLE_MEASURES:
                    names.last_source = figure.source
                figures.append(figure)
    _carry_sources(figures)
    return figures
