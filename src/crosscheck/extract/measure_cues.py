"""Measure cues the casualty vocabulary alone misses, and numbers that only look like tolls.

``refine_readings(doc, readings, recent)`` revises the (measure, counted noun, cue token)
readings of one sentence's numbers (``figures._readings``), in document order:

people harmed or moved, said without a casualty word
- abducted: a count said to be in captivity ("12 fishermen remain in captivity"):
  ``captivity_cues.txt``; a count raiders carried off ("they took 14 of our daughters"):
  ``seizure_verbs.txt``; a count held by an armed group ("15 to 25 villagers are thought to be still held by
  the gunmen"): ``captive_verbs.txt`` and the armed groups of ``group_nouns.tsv``;
- missing: a count whose clause says they are still down there or out of contact
  ("32 colleagues with whom communication has not been re-established", "one of the 13 men
  still below ground", "30 persons still trapped"): ``missing_cues.txt``;
- injured: a count said to be in a grave state ("5 persons are reported to be critical",
  "the condition of four is stated to be critical"): ``condition_words.txt``;
- killed: a count mourned or buried ("a funeral service for 23 of the dead", "the parish buried twelve"), or a
  count of rites ("40 burials recorded"): ``death_rite_words.txt``;
- detained: a count held, coordinated with an arrest ("arrested 40, freed 15 and is holding nine");
- displaced: a count a shelter takes in ("its shelter is housing 150 people"): ``host_verbs.txt``;
  a count a community lost ("had lost dozens of people in a massacre", "lost hundreds of cattle
  and dozens of people to rustlers"), or an event or place took ("this mine took 28 of our
  comrades");
- a running total or a figure that refers back ("Total 14 bodies retrieved so far", "Total 19.",
  "The district administration's figure stands at 38"): the measure of the count just before
  it (``running_total_words.txt``), "killed" for remains ("bodies").

numbers that are not counts of people harmed
- money: a number with a currency word or sign next to it ("Rs 50,000 to those injured",
  "2 million naira"): ``currency_words.txt``;
- a legal threshold: "the death of two or more persons" in a sentence citing a law;
- people rescued alive with no word of injury or care in their clause ("64 people have been
  pulled out alive"): found unhurt is neither harmed nor moved (gold.md), so ``other``; the
  ones "brought up alive and taken to hospital" are injured (``care_words.txt``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from crosscheck.extract.casualties import age_nouns, earlier_count_of, measure_of_verb, is_thing_noun, group_nouns, is_people_noun, casualty_terms, remains_nouns, reporting_verbs, term_measure
from crosscheck.extract.numbers import parse_number
from crosscheck.lexicons import load_lexicon, load_words

PEOPLE_MEASURES = ("killed", "injured", "missing", "displaced", "abducted", "detained")
_UP = ("pobj", "prep", "conj", "nummod", "quantmod", "appos", "nmod")
_NOT_AGENTS = ("PERSON", "ORG", "NORP", "GPE")
_AWAY = ("to", "into", "from", "away", "off", "out", "hostage", "hostages", "captive", "prisoner", "prisoners", "back")


@dataclass
class Recent:
    """The measure of the last count read in the document ("other" for things), its sentence and value."""
    measure: str | None = None
    sentence: int = -10
    sentence_now: int = field(default=0)
    value: float | None = None
    bare: bool = False   # the last count had no counted noun ("Five came from ...")
    parts: set = field(default_factory=set)   # char offsets of counts read as parts of the count before
    named_whole: int | None = None   # the sentence of a whole named in a part's "of the N"
    people: str | None = None   # the measure of the last count of people read, and its sentence
    people_sentence: int = -10


def _missing_cues() -> list[tuple[str, ...]]:
    return [tuple(e.lower().split()) for e in load_lexicon("missing_cues.txt")]


def _words(name: str) -> frozenset[str]:
    return load_words(name)


def _anchor(doc, mention, counted):
    return counted if counted is not None else doc[mention.head]


def governor(token, steps: int = 6):
    """The verb a counted noun or bare number belongs to: climbing through "of", "for", "and" and
    number heads ("dozens of people" → "lost"); None when a noun's own clause ends first."""
    t = token
    for _ in range(steps):
        if t.pos_ in ("VERB", "AUX") and t.i != token.i:
            return t
        if t.dep_ in _UP or t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj"):
            if t.head.i == t.i:
                return None
            t = t.head
            continue
        return t if t.pos_ in ("VERB", "AUX") else None
    return t if t.pos_ in ("VERB", "AUX") else None


def _has_sequence(tokens, cue: tuple[str, ...]) -> bool:
    k = 0
    for t in tokens:
        if k < len(cue) and (t.lemma_.lower() == cue[k] or t.lower_ == cue[k]):
            k += 1
    return k == len(cue)


def _clause_tokens(anchor, verb) -> list:
    """The counted noun's phrase, and the verb with its own words (not the phrases under it)."""
    toks = {t.i: t for t in anchor.subtree}
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.dep_ in ("nsubj", "attr", "appos"):
        above = anchor.head.head.head  # "one of the 9 men still underground"
        for t in [above] + [c for c in above.children if c.dep_ in ("advmod", "prep", "acomp")]:
            toks[t.i] = t
            for d in (t.subtree if t is not above else ()):
                toks[d.i] = d
    if verb is not None:
        toks[verb.i] = verb
        for c in verb.children:
            if c.dep_ in ("neg", "advmod", "auxpass", "aux", "nsubj", "nsubjpass", "acomp", "oprd", "prt"):
                for t in c.subtree:
                    toks[t.i] = t
            elif c.dep_ == "prep" and anchor not in c.subtree:
                for t in c.subtree:
                    toks[t.i] = t
        if verb.dep_ in ("advcl", "xcomp", "conj") and 0 < verb.i - verb.head.i <= 3:
            for c in verb.head.children:  # "has not been re-established": a hyphen that split the verb
                if c.dep_ in ("neg", "nsubj", "nsubjpass", "auxpass", "aux") and c.i < verb.i:
                    for t in c.subtree:
                        toks[t.i] = t
    return [toks[i] for i in sorted(toks)]


def missing_cue(anchor, verb) -> bool:
    """"with whom communication has been lost", "still below ground", "still trapped"."""
    tokens = _clause_tokens(anchor, verb)
    return any(_has_sequence(tokens, cue) for cue in _missing_cues())


def captivity_cue(anchor, verb) -> bool:
    """"12 fishermen remain in captivity", "nine pupils are still held captive"."""
    tokens = _clause_tokens(anchor, verb)
    return any(_has_sequence(tokens, tuple(e.lower().split())) for e in load_lexicon("captivity_cues.txt"))


def condition_cue(doc, mention, counted) -> bool:
    """"5 persons are reported to be critical", "The condition of four is stated to be critical"."""
    anchor = _anchor(doc, mention, counted)
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in ("condition", "state"):
        anchor = anchor.head.head
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = anchor.head
    inside = {t.i for t in anchor.subtree}
    for t in verb.subtree:
        if t.i in inside or t.lemma_.lower() not in _words("condition_words.txt") or t.pos_ not in ("ADJ", "ADV"):
            continue
        if t.dep_ in ("acomp", "oprd", "attr", "xcomp", "advmod") and not any(a.like_num for a in t.ancestors if a.i not in inside):
            return True
    return False


def rite_cue(anchor) -> bool:
    """"a funeral service for 23 of the dead", "buried 23 villagers", "mourned 19 victims"."""
    rites = _words("death_rite_words.txt")
    def rite(noun) -> bool:
        return noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in rites or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in rites for c in noun.children))
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("for", "of"):
        above = anchor.head.head
        if rite(above):
            return True
        if above.pos_ in ("VERB", "AUX"):  # "officiating at a funeral Mass for 19 victims"
            objects = [c for c in above.children if c.dep_ == "dobj"]
            objects += [g for c in above.children if c.dep_ == "prep" and c is not anchor.head
                        for g in c.children if g.dep_ == "pobj"]
            if any(rite(o) for o in objects):
                return True
    return anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in rites


def rite_count(doc, mention, counted) -> bool:
    """"40 burials recorded": a count of rites held once per body (``body_rite_nouns.txt``; not
    "three funerals", which may each be for many) is a count of the dead; "the parish buried eleven":
    a bare number a rite verb takes as its object."""
    rites = _words("death_rite_words.txt")
    if counted is not None:
        return counted.pos_ == "NOUN" and counted.lemma_.lower() in _words("body_rite_nouns.txt")
    head = doc[mention.head]
    return head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in rites


def captive_cue(verb) -> bool:
    """"are believed to be still held by the gunmen": the count's verb, or a verb it governs
    (xcomp), is a captivity verb (``captive_verbs.txt``) whose agent is an armed group."""
    chain = [verb]
    while chain[-1] is not None and len(chain) < 4:
        chain.append(next((c for c in chain[-1].children if c.dep_ == "xcomp"), None))
    armed = {k for k, v in group_nouns().items() if v == "armed_group"}
    for v in chain:
        if v is None or v.lemma_.lower() not in _words("captive_verbs.txt"):
            continue
        for agent in (c for c in v.children if c.dep_ == "agent"):
            if any(p.dep_ == "pobj" and (p.lemma_.lower() in armed or p.lower_ in armed) for p in agent.children):
                return True
    return False


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def loss_cue(anchor, verb) -> bool:
    """"had lost dozens of people in a massacre", "lost ... dozens of people to rustlers":
    a community lost people to violence; "this same mine took 28 of our comrades": a place or an
    event took them."""
    if verb is None or anchor.i < verb.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "lose":
        return any(c.dep_ in ("prep", "dative") and c.lower_ in ("in", "to", "during") for c in verb.children)
    if lemma == "take":
        subject = _subject(verb)
        return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ not in _NOT_AGENTS \
            and not is_people_noun(subject) \
            and not any(c.dep_ in ("prt", "dative") or c.lower_ in _AWAY for c in verb.children) \
            and not any(t.lower_ in _AWAY for t in anchor.subtree)
    return False


def _host_lemma(token) -> str:
    """The verb lemma of a host verb, also when the parser took "housing" for a noun."""
    if token.pos_ in ("VERB", "AUX"):
        return token.lemma_.lower()
    word = token.lower_
    if word.endswith("ing") and token.dep_ in ("attr", "acomp", "ROOT", "ccomp", "conj"):
        hosts = _words("host_verbs.txt")
        return next((w for w in (word[:-3], word[:-3] + "e") if w in hosts), "")
    return ""


def host_cue(anchor) -> bool:
    """"Its shelter at the high school is housing 150 people tonight", "the church is sheltering 90
    people": a count of people that is the object of a verb by which a shelter takes people in
    (``host_verbs.txt``) whose subject names a shelter (``shelter_words.txt``), or a verb that is a
    shelter word itself. Not "the prison houses 900 inmates": no shelter is named."""
    if anchor.dep_ != "dobj":
        return False
    verb = anchor.head
    lemma = _host_lemma(verb)
    if lemma not in _words("host_verbs.txt"):
        return False
    shelters = _words("shelter_words.txt")
    if lemma in shelters:
        return True
    subject = _subject(verb)
    if subject is None and verb.dep_ in ("attr", "acomp") and verb.head.pos_ == "AUX":
        subject = _subject(verb.head)  # "... is housing 150 people" parsed as a copula and a noun
    if subject is not None:
        return any(t.lower_ in shelters or t.lemma_.lower() in shelters for t in subject.subtree)
    doc = verb.doc
    for i in range(verb.i - 1, max(verb.sent.start, verb.i - 10) - 1, -1):
        t = doc[i]  # no subject parsed ("tells us its shelter ... is housing"): the words before the verb
        if t.pos_ == "VERB":
            return False
        if t.lower_ in shelters or t.lemma_.lower() in shelters:
            return True
    return False


def held_after_arrest(anchor, verb) -> bool:
    """"Police arrested 30, released 11 and are holding six": a count held, said in one breath with an
    arrest (a detention verb it is coordinated with), is a count of the detained."""
    if verb is None or anchor.dep_ != "dobj" or anchor.head.i != verb.i or verb.lemma_.lower() != "hold" \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    arrests = [first] + [c for c in first.conjuncts if c.i != verb.i]
    if first.dep_ == "acl" and first.head.dep_ == "dobj":
        arrests.append(first.head.head)  # "apprehended 40 migrants, freed 15 and are holding nine" (misparsed)
    return any(v.pos_ == "VERB" and v.i != verb.i and measure_of_verb(v) == "detained" for v in arrests)


_NOT_SEIZED = ("to", "into", "for", "as", "part", "care", "back", "away")


def seizure_cue(anchor, verb) -> bool:
    """"They took 14 of our daughters", "the gunmen snatched nine pupils": people carried off by
    raiders (``seizure_verbs.txt``, subject "they" or an armed group), not taken somewhere or into care."""
    if verb is None or anchor.i < verb.i or verb.lemma_.lower() not in _words("seizure_verbs.txt") \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = _subject(verb)
    armed = {k for k, v in group_nouns().items() if v == "armed_group"}
    if subject is None or not (subject.lower_ == "they" or subject.lemma_.lower() in armed or subject.lower_ in armed):
        return False
    if any(c.dep_ in ("prt", "dative", "oprd", "xcomp", "ccomp") or c.lower_ in _NOT_SEIZED for c in verb.children):
        return False
    return not any(t.lower_ in _AWAY and t.lower_ not in ("from",) for t in anchor.subtree)


def _running_total(doc, mention, counted) -> bool:
    """"Total 14 bodies ...", "Total 19.", "Toll 23": a number right after a total word at the head of its clause."""
    i = mention.start - 1
    if i < 0 or doc[i].lower_ not in _words("running_total_words.txt"):
        return False
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_punct or doc[i - 1].is_space


def _figure_refers_back(doc, mention, counted) -> bool:
    """"The district administration's figure stands at 38": the value of an unnamed count noun."""
    if counted is not None:
        return False
    head = doc[mention.head]
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("at", "to") else head.head if head.dep_ == "attr" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = _subject(verb)
    return subject is not None and subject.lemma_.lower() in _words("count_figure_nouns.txt")


def _more_of_before(doc, mention, counted) -> bool:
    """"The city hospital treated 40 patients. Lakeview Hospital reported 12 more.": a number with
    "more" after it and no noun of its own continues the count before it."""
    if mention.end >= len(doc) or doc[mention.end].lower_ != "more":
        return False
    if counted is not None and counted.i != mention.end:
        return False
    after = doc[mention.end + 1] if mention.end + 1 < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _it_was(doc, mention, counted) -> bool:
    """"By noon the toll was 9. By evening it was 11.": a bare number that is all "it" is,
    right after a count of people, is that count again."""
    if counted is not None:
        return False
    head = doc[mention.head]
    if head.dep_ != "attr" or head.head.lemma_.lower() != "be" or any(c.dep_ != "punct" for c in head.children):
        return False
    subject = _subject(head.head)
    return subject is not None and subject.lower_ == "it"


def is_money(doc, mention) -> bool:
    """A number with a currency word or sign on either side ("Rs 50,000", "50,000 rupees", "$5m")."""
    currency = _words("currency_words.txt")
    before = doc[mention.start - 1] if mention.start > 0 else None
    after = doc[mention.end] if mention.end < len(doc) else None
    return (before is not None and (before.is_currency or before.lower_ in currency or before.lower_.rstrip(".") in currency)) \
        or (after is not None and (after.is_currency or after.lower_ in currency))


def _is_count_token(t) -> bool:
    return (t.like_num or t.pos_ == "NUM") and t.ent_type_ not in ("DATE", "TIME")


def _ratio_link(doc, i) -> int | None:
    """The index just past "in" or "out of" starting at ``i``, or None."""
    if i < len(doc) and doc[i].lower_ == "in":
        return i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "out" and doc[i + 1].lower_ == "of":
        return i + 2
    return None


def _ratio_at(doc, first: int) -> int | None:
    """The index of the second number of a rate whose first number is the token ``first``, or None:
    "one in five (workers)" (the first bare), "one pupil in five" (the second bare); the first
    smaller than the second."""
    noun = first + 1 < len(doc) and doc[first + 1].pos_ == "NOUN"
    link = _ratio_link(doc, first + 1 + noun)
    if link is None or link >= len(doc) or not _is_count_token(doc[link]):
        return None
    if noun and link + 1 < len(doc) and doc[link + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "4,615 people in six towns": a count and a place
    low, high = parse_number(doc[first].text), parse_number(doc[link].text)
    return link if low is not None and high is not None and low < high else None


def is_ratio(doc, mention) -> bool:
    """"one pupil in five", "one in four workers", "three out of ten households": a rate, not two
    counts. The first number (with at most one noun after it) is joined by "in" / "out of" to a second."""
    if _ratio_at(doc, mention.end - 1) is not None:
        return True
    return any(_ratio_at(doc, i) == mention.start for i in range(max(mention.start - 4, 0), mention.start))


_AGE_BOUND = re.compile(r"\bas\s+(?:young|old)\s+as\s*$", re.I)


def is_age_bound(doc, mention) -> bool:
    """"pupils as young as twelve", "as old as 90": an age, not a count."""
    return bool(_AGE_BOUND.search(doc[max(mention.start - 4, 0):mention.start].text + " "))


def noun_before_of(doc, mention):
    """The token before "of" that opens the number ("a man of thirty-one", "a village of about
    400": the qualifier is passed over), or None when no "of" stands right before it."""
    i = mention.start - 1
    while i > 0 and doc[i].head.i in range(mention.start, mention.end) and doc[i].dep_ in ("advmod", "quantmod"):
        i -= 1  # the qualifier: "of about 12"
    if i < 1 or doc[i].lower_ != "of":
        return None
    return doc[i - 1]


def is_age_of_person(doc, mention, counted) -> bool:
    """"his cousin, a man of thirty-one", "a girl of about 12": a number after "of" on a singular
    noun for one person (``group_nouns.tsv`` column ``age``) is that person's age, not a count."""
    if counted is not None and counted.lemma_.lower() not in ("year", "age"):
        return False
    noun = noun_before_of(doc, mention)
    return noun is not None and noun.tag_ == "NN" and noun.lemma_.lower() in age_nouns()


def said_of_things(doc, mention, counted, source) -> bool:
    """A bare number whose harm is said of things: "Homes burnt: 54" (a list line whose label names
    things), "their two trucks were among dozens burned" (a part named with "among" whose whole is
    things). Vehicles, houses, shops and livestock burned or destroyed count no people harmed."""
    if counted is not None:
        return False
    head = doc[mention.head]
    if mention.start > 1 and doc[mention.start - 1].text == ":" and source is not None \
            and source.pos_ in ("VERB", "AUX") and source.i == mention.start - 2:  # "<noun> <verb>: N"
        subject = next((c for c in source.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < source.i), None)
        return subject is not None and is_thing_noun(subject)
    if head.dep_ == "pobj" and head.head.lower_ in ("among", "amongst"):
        verb = head.head.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and is_thing_noun(subject)
    return False


def is_legal_threshold(doc, mention) -> bool:
    """"entailing ... the death of two or more persons" in a sentence that cites a law."""
    if mention.end + 1 >= len(doc) or doc[mention.end].lower_ != "or" or doc[mention.end + 1].lower_ not in ("more", "above"):
        return False
    sent = doc[mention.start].sent
    sections = load_words("law_section_nouns.txt")
    return any(t.lower_.rstrip(".") in sections or t.lemma_.lower() in ("law", "code", "statute", "offence", "offense")
               for t in sent)


def rescued_alive(doc, mention, counted) -> bool | None:
    """None when the clause of the count does not say "alive"; else whether it says injury or care
    ("brought up alive and taken to hospital": True; "pulled out alive": False)."""
    anchor = _anchor(doc, mention, counted)
    verb = governor(anchor)
    if verb is None:
        return None
    skip = ("relcl", "advcl", "ccomp", "parataxis", "acl")
    tokens = [verb]
    stack = [c for c in verb.children if c.dep_ not in skip or c.lower_ == "alive"]
    while stack:
        t = stack.pop()
        tokens.append(t)
        stack.extend(c for c in t.children if c.dep_ not in skip or t.dep_ == "conj")
    if not any(t.lower_ == "alive" for t in tokens):
        return None
    care = _words("care_words.txt")
    return any(t.lemma_.lower() in care or t.lower_ in care for t in tokens)


def _people(counted) -> bool:
    return counted is not None and is_people_noun(counted)


def refine(doc, mention, reading, recent: Recent) -> tuple:
    """One reading revised (see the module doc)."""
    measure, counted, source = reading
    if is_money(doc, mention) or is_legal_threshold(doc, mention) or is_ratio(doc, mention) or is_age_bound(doc, mention) \
            or is_age_of_person(doc, mention, counted):
        return ("other", counted, source)
    if measure in PEOPLE_MEASURES and said_of_things(doc, mention, counted, source):
        return ("other", counted, source)
    alive = rescued_alive(doc, mention, counted) if measure in ("injured", "other") else None
    if measure == "injured" and alive is False:
        return ("other", counted, source)  # found unhurt: neither harmed nor moved
    if LISTED_AMONG_THEM and measure in PEOPLE_MEASURES and recent.measure in PEOPLE_MEASURES and measure != recent.measure \
            and recent.sentence == recent.sentence_now and _people(counted) and term_measure(counted) is None \
            and _listed_among_them(doc, mention):
        # "... reached 90 martyrs, among them 31 children and 18 women, and more than 200 wounded": the
        # parts named after "among them" are of the count before, not of the count coordinated after them
        return (recent.measure, counted, source)
    if measure != "other":
        return reading
    if alive and _people(counted):
        return ("injured", counted, source)  # "brought up alive and taken to hospital"
    anchor = _anchor(doc, mention, counted)
    verb = governor(anchor)
    if (counted is None or _people(counted)) and missing_cue(anchor, verb):
        return ("missing", counted, verb if verb is not None else anchor)
    if _people(counted) and verb is not None and anchor.dep_ in ("nsubj", "nsubjpass") and captive_cue(verb):
        return ("abducted", counted, verb)
    if (counted is None or _people(counted)) and condition_cue(doc, mention, counted):
        return ("injured", counted, anchor)
    if _people(counted) and rite_cue(anchor):
        return ("killed", counted, anchor)
    if rite_count(doc, mention, counted):
        return ("killed", counted, anchor)
    if (counted is None or _people(counted)) and captivity_cue(anchor, verb):
        return ("abducted", counted, verb if verb is not None else anchor)
    if _people(counted) and loss_cue(anchor, verb):
        return ("killed", counted, verb)
    if _people(counted) and seizure_cue(anchor, verb):
        return ("abducted", counted, verb)
    if _people(counted) and host_cue(anchor):
        return ("displaced", counted, verb)
    if (counted is None or _people(counted)) and held_after_arrest(anchor, verb):
        return ("detained", counted, verb)
    if counted is not None and counted.lemma_.lower() in remains_nouns() and _running_total(doc, mention, counted):
        return ("killed", counted, counted)
    if recent.measure in PEOPLE_MEASURES and recent.sentence_now - recent.sentence <= 2 and counted is None \
            and (_running_total(doc, mention, counted) or _figure_refers_back(doc, mention, counted)):
        return (recent.measure, counted, source)
    if recent.measure in PEOPLE_MEASURES and recent.sentence_now - recent.sentence <= 1 \
            and (_more_of_before(doc, mention, counted) or _it_was(doc, mention, counted)):
        return (recent.measure, counted, source)
    if AMONG_THEM_PARTS and (counted is None or _people(counted)) and recent.measure in PEOPLE_MEASURES \
            and recent.sentence_now - recent.sentence <= 1 and _among_them(doc, mention, verb):
        recent.parts.add(mention.char_start)  # takes its whole's source, place and period (figures)
        return (recent.measure, counted, verb if verb is not None else anchor)  # "Among them are 30 students"
    fronted = _fronted_whole(doc, mention, counted, verb)
    if fronted is not None:
        return (fronted, counted, verb if verb is not None else anchor)
    whole = _whole_of_part(doc, mention, counted, anchor, verb, recent)
    if whole is not None:
        if counted is None:
            recent.parts.add(mention.char_start)
        return (whole, counted, verb if verb is not None else anchor)
    return reading


# "... Seven came from Orrin and two from Tasby": the gapped twin of a part is a part too. Off: such
# parts take the place and date of their whole, which the whole often lacks (the test sets' floors on
# place accuracy fell); on again once a whole's place is read from the parts that name it.
GAPPED_PARTS = False
_REST = re.compile(r"\b(?:the\s+(?:rest|remainder|remaining|others)|others\s+(?:were|are|have))\b", re.I)


def _mention_value(mention) -> float | None:
    q = mention.quantity
    return q.value if q.value is not None else q.low


def _whole_of_part(doc, mention, counted, anchor, verb, recent: Recent) -> str | None:
    """The measure of the whole a count of people is a part of, or None:
    - "The dead include five children and 8 women": the object of a part verb (``part_verbs.txt``)
      whose subject is a casualty noun takes the noun's measure ("victims", "casualties": the
      measure of the count just before);
    - "At least 40 people died. Eleven were women, six were found in the river and three in the
      harbour": a bare count that is the subject of its clause (or a gapped conjunct of one), right
      after a count of people at least as large, is a part of it — unless its verb gives it a fate of
      its own (``fate_verbs.txt``: survived, escaped, were released)."""
    if verb is not None and anchor.i > verb.i and verb.lemma_.lower() in _words("part_verbs.txt") \
            and (counted is None or _people(counted)):
        subject = _subject(verb)
        if subject is not None:
            said = term_measure(subject) or casualty_terms().get(subject.lower_)   # "the injured", "the dead"
            if said in PEOPLE_MEASURES:
                return said
            if subject.lemma_.lower() in _words("part_whole_nouns.txt") and recent.measure in PEOPLE_MEASURES \
                    and recent.sentence_now - recent.sentence <= 1:
                return recent.measure
    if counted is not None or recent.measure not in PEOPLE_MEASURES or recent.sentence_now - recent.sentence > 1:
        return None
    value = _mention_value(mention)
    if value is None or recent.value is None or value > recent.value or value < 1:
        return None
    if "(" in doc[max(doc[mention.start].sent.start, mention.start - 4):mention.start].text:
        return None  # "Missing: 41 (of whom 27 are fishermen)": a key-figure line's aside, read with the table rules
    head = doc[mention.head]
    if GAPPED_PARTS and head.dep_ == "conj" and recent.bare and recent.sentence == recent.sentence_now \
            and mention.start > 0 and doc[mention.start - 1].lower_ in ("and", ",") \
            and not any(c.pos_ in ("VERB", "AUX") for c in head.children):
        return recent.measure  # "... and three in the harbour": the gapped twin of a part just read
    sent = doc[mention.start].sent
    if _REST.search(doc[mention.end:sent.end].text):
        return None  # "11 were flown to the capital, while the rest ...": one branch of a split whole
    if head.dep_ not in ("nsubj", "nsubjpass") or verb is None or head.head.i != verb.i:
        return recent.measure if COPULA_PARTS and _copula_part(doc, mention, recent) else None
    if verb.lemma_.lower() in reporting_verbs() or any(c.dep_ == "pobj" and c.lower_ in ("us", "you", "we")
                                                       for p in head.children if p.lower_ == "of" for c in p.children):
        return None  # "'..., all six of us,' said Ana": a speaker, not a part
    if verb.lemma_.lower() in _words("fate_verbs.txt") or any(
            c.dep_ == "conj" and c.lemma_.lower() in _words("fate_verbs.txt") for c in verb.children):
        return None
    if any(c.dep_ in ("dobj",) for c in verb.children):
        return None  # "Twelve carried the coffin": the count does something, it is not described
    return recent.measure


# "Among them are 30 students": a part of the count before it. Such a part is counted per its whole's
# source, place and period (figures._bare_parts_take_scope; a source carried in from another sentence
# yields to the whole's). Off (False): on, recall rose in five test sets, but a part whose whole was
# credited to the wrong body ("the office of the <post>" resolved to an organisation named earlier)
# copied that source and blind_wildfire source accuracy fell below its floor; on again once such an
# "office of" phrase is read as its own source.
AMONG_THEM_PARTS = False
_AMONG_THEM = {"among", "amongst"}
_THEM = {"them", "whom", "those", "these"}


def _among_them(doc, mention, verb) -> bool:
    """"Police hold 900 people. Among them are 30 students and 200 nurses", "..., among them two
    reporters": a count after "among them" in its clause, with no verb but a copula or a verb of
    saying between them, is a part of the count just before it — unless a verb of its own after
    "among them" gives it a fate ("of whom 400 went home")."""
    sent = doc[mention.start].sent
    if verb is not None and verb.i > mention.start and verb.lemma_.lower() != "be":
        return False
    for i in range(mention.start - 2, sent.start - 1, -1):
        t = doc[i]
        if t.text in (";", ":") or t.pos_ in ("VERB", "AUX") and t.lemma_.lower() != "be" \
                and t.lemma_.lower() not in reporting_verbs():
            return False
        if t.lower_ in _AMONG_THEM and doc[i + 1].lower_ in _THEM:
            return True
        if t.lower_ == "of" and doc[i + 1].lower_ in _THEM and i + 2 in (mention.start, mention.start - 1) \
                and (i == sent.start or doc[i - 1].lower_ in ("and", ",", ";")):
            return True  # "..., and of them 14 are children"
    return False


# "90 martyrs, among them 31 children and 18 women, and more than 200 wounded": the listed parts take the
# count before them, not the one coordinated after them. Off (False): on, the parts (right now) lack the
# story's place the blind_airstrike gold gives them, and its location accuracy falls below its floor;
# on again once such parts take their whole's place (and the whole its headline's)
LISTED_AMONG_THEM = False


def _listed_among_them(doc, mention) -> bool:
    """"90 martyrs, among them 31 children and 18 women": a count in a verbless list right after
    "among them" (read from the words: the parser often hangs the list on a verb further on)."""
    sent = doc[mention.start].sent
    for i in range(mention.start - 1, sent.start, -1):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return False
        if t.lower_ in _THEM and doc[i - 1].lower_ in _AMONG_THEM:
            return i - 2 >= sent.start and doc[i - 2].text == ","
    return False


_FRONTED_WHOLE = re.compile(r"^\W*of\s+(?:the|these|those)\s+(\S+)\s*,\s*$", re.I)


def _fronted_whole(doc, mention, counted, verb) -> str | None:
    """"Of the 40, thirty-two were found on the upper floors": a bare count after a fronted "Of the
    N," is a part of an earlier count of N people (within ``casualties.TOLL_REACH`` sentences) and
    takes its measure, unless its verb gives it a fate of its own ("Of the 40, 20 were rescued")."""
    if counted is not None:
        return None
    sent = doc[mention.start].sent
    m = _FRONTED_WHOLE.match(doc[sent.start:mention.start].text)
    if m is None:
        return None
    if verb is not None and (verb.lemma_.lower() in _words("fate_verbs.txt") or verb.lemma_.lower() in reporting_verbs()):
        return None
    whole = next((t for t in doc[sent.start:mention.start] if t.text == m.group(1)), None)
    found = earlier_count_of(whole) if whole is not None else None
    return found if found in PEOPLE_MEASURES else None


# "... 12 were children and 20 were women" read from the words when the parser lost the clause. On
# (True): such a part takes its whole's scope (figures._bare_parts_take_scope), with a source carried in
# from elsewhere yielding to the whole's.
COPULA_PARTS = True


def _copula_part(doc, mention, recent: Recent) -> bool:
    """"Of the 50 deaths, 12 were children and 20 were women", "...; one was a girl of nine": a bare
    count after "and", a comma or a semicolon, in the sentence of the part before it, followed by
    a copula and a noun of people. Read from the words, not the parse: the parser often hangs the
    second count on the first clause's noun ("under five and 20")."""
    if recent.sentence != recent.sentence_now or mention.start == 0 \
            or doc[mention.start - 1].lower_ not in ("and", ",", ";"):
        return False
    i = mention.end
    if i >= len(doc) or doc[i].lemma_.lower() != "be" or (i + 1 < len(doc) and doc[i + 1].lower_ in ("not", "n't")):
        return False
    j = i + 1
    while j < len(doc) and j < i + 4 and doc[j].pos_ in ("DET", "ADJ"):
        j += 1  # "a boy", "senior citizens"
    return j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") \
        and (is_people_noun(doc[j]) or doc[j].lemma_.lower() in group_nouns())


def _opens_with_back_pronoun(doc, mention) -> bool:
    """The count's sentence opens with "Of these,", "Of them", "Among them", "Amongst those": a
    pronoun that takes up the count before, of which this count is a part."""
    sent = doc[mention.start].sent
    words = [t for t in doc[sent.start:mention.start] if not (t.is_punct or t.is_space)]
    return len(words) >= 2 and words[0].lower_ in _AMONG_THEM | {"of"} and words[1].lower_ in _THEM


def refine_readings(doc, readings: list, recent: Recent, sentence: int) -> list:
    """The (mention, reading) pairs of sentence number ``sentence``, revised; ``recent`` carries the
    measure of the last count from sentence to sentence."""
    recent.sentence_now = sentence
    if recent.named_whole is not None and recent.named_whole != sentence:
        # a whole named in a part's "of the N" bounds the parts of its own sentence only; past it, the
        # number reads as the count of things it was taken for ("Nine of the twenty victims were
        # from the old town. Three were ...": whose scope the part would lack)
        recent.measure, recent.named_whole = "other", None
    out = []
    for mention, reading in readings:
        prior = recent.people if recent.sentence_now - recent.people_sentence <= 1 else None
        reading = refine(doc, mention, reading, recent)
        if reading[0] in PEOPLE_MEASURES and reading[0] == prior and _opens_with_back_pronoun(doc, mention):
            # "Of these, 12 were admitted", "Among them are four nurses": a part of the count just
            # before, counted by the same voice, where and when that count is (figures)
            recent.parts.add(mention.char_start)
        if reading[0] in PEOPLE_MEASURES:
            recent.people, recent.people_sentence = reading[0], sentence
        whole_named = bool(out) and reading[0] == "other" and recent.measure in PEOPLE_MEASURES \
            and mention.start - out[-1][0].end == 2 and doc[mention.start - 2].lower_ == "of" \
            and doc[mention.start - 1].lower_ == "the"
        out.append((mention, reading))
        if whole_named:
            # "nine of the 40 victims were children and twelve were women": the whole named in a
            # part's "of the N" bounds the next part; it is not a new count
            recent.value, recent.named_whole = _mention_value(mention), sentence
            continue
        # the last count, whatever it counts; a part keeps the whole's value as the bound of the next part
        if not (reading[0] == recent.measure and recent.sentence_now - recent.sentence <= 1
                and reading[1] is None and recent.value is not None):
            recent.value = _mention_value(mention)
        recent.measure, recent.sentence, recent.bare = reading[0], sentence, reading[1] is None
    return out
