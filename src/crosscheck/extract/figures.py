"""Figures: numeric claims about people harmed or moved, as one document states them.

``extract_figures(doc, ctx, date_refs=None)`` reads every number in the document
(``numbers.find_number_mentions``) and, through spaCy's dependency parse,
decides what it counts:

1. the counted noun: the noun the number modifies ("42 villagers"), the noun
   after a partitive "of" ("dozens of abductions", "18 of his friends"), or
   none for a bare number ("the toll rose to 50");
2. the measure: a casualty term (``casualty_terms.tsv``) on the counted noun
   itself ("deaths", "kidnappings"), attached to it ("civilians killed",
   "death toll"), or on the first verb or noun above it ("were killed",
   "are believed to have died", "the deaths of 57 ...", "lost their lives").
   Coordinated casualty nouns give one figure each ("dozens of abductions
   and killings"). Anything else is measure ``other``;
3. subject, group (``group_nouns.tsv``), location (GPE/LOC/FAC names in the
   figure's clause), period (``dates.resolve_period``), source
   (``attribution.find_attribution``) and hedges.

A figure stated without a source takes the source of a figure with the same
value and measure in the next or previous sentence (a restatement).
"""
from __future__ import annotations

import datetime as dt
import re

from crosscheck.extract.attribution import SourceNames, find_attribution, find_hedges
from crosscheck.extract.casualties import (
    arrival_measure, care_measure, done_to_held, find_coordinated_measures, find_counted_noun, find_measure, previous_count_measure, group_nouns, harm_nouns, is_agent,
    is_not_people_phrase, is_people_noun, measure_of_noun, measure_of_verb, missing_reports_measure, illness_measure, reporting_verbs, size_nouns, parent_nouns, term_measure,
    area_nouns, acronym_group, casualty_terms, list_part_measure, toll_part_nouns,
)
from crosscheck.extract.dates import entry_date_at, find_date_expressions, find_onset_period, find_statement_date, resolve_period, spell_ends
from crosscheck.extract.figure_scope import (
    bare_counts_take_group, classify_group, date_roles, describe_subject, find_attribution_tokens, find_clause_root, find_locations,
    dweller_names, find_label_place, find_other_figure_phrases, find_source_seat, harmed_by_armed_group, refers_back_to_event, PRIOR_VALUE,
)
from crosscheck.lexicons import load_mapping, load_words
from crosscheck.extract.numbers import NumberMention, Quantity, count_after_weekday, find_number_mentions, parse_number
from crosscheck.extract.figure_noise import drop_noise_mentions
from crosscheck.extract.measure_cues import Recent, noun_before_of, refine_readings
from crosscheck.records import Figure, record_id
from .nlp import parsed_text

def _reporting_verbs() -> frozenset[str]:
    return load_words("attribution_verbs.txt")


PEOPLE_MEASURES = ("killed", "injured", "missing", "displaced", "abducted", "detained")
FOLLOW_UP_SUBJECTS = {"toll", "figure", "number", "count", "tally", "estimate", "figures", "numbers"}


# --- assembling records -------------------------------------------------------------------------

ASIDE_OPENERS = {"–", "—", "(", "-", "--"}


def find_aside_measure(doc, mention: NumberMention):
    """A bare number in an aside right after a casualty noun: "abductions – sometimes five or 10
    a day –", "kidnappings (at least 30 this year)". Returns (measure, the noun) or None."""
    for i in range(mention.start - 1, max(mention.start - 8, -1), -1):
        tok = doc[i]
        if tok.is_sent_start and tok.text not in ASIDE_OPENERS:
            return None
        if tok.text in ASIDE_OPENERS and i > 0:
            noun = doc[i - 1]
            measure = term_measure(noun) if noun.pos_ == "NOUN" and noun.lemma_.lower() not in harm_nouns() else None
            return (measure, noun) if measure else None
        if tok.text in (",", ";", ")") or tok.pos_ == "VERB":
            return None
    return None


BREAKDOWN_OPENERS = {"–", "—", ":", "-", "--"}
# a list of counts after a dash or colon takes the measure of the count before it: on (True) types
# "– six cyclists and three spectators" as parts of "nine hurt riders". Off (False) until a part "Two of
# them ..." in the next sentence is not taken for a restatement of an equal part (repeats), and such a
# sentence does not carry the source of the one before it: on, blind_avalanche number recall or its
# source accuracy fall below their floors (see the session report)
BREAKDOWN_LISTS = False


def breakdown_measure(doc, mention: NumberMention, counted) -> str | None:
    """"Medics treated nine hurt riders, the race office said – six cyclists and three spectators": counts of
    people listed after a dash or a colon, with no verb of their own, break down the count just
    before the dash in their sentence and take its measure (each part no larger than that count)."""
    if not BREAKDOWN_LISTS:
        return None
    first = counted
    for _ in range(4):
        if first.dep_ != "conj":
            break
        first = first.head
    if first.pos_ not in ("NOUN", "PROPN") or any(t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")
                                                  for t in first.subtree):
        return None
    opener = first.left_edge.i - 1
    sent = counted.sent
    if opener <= sent.start or doc[opener].text not in BREAKDOWN_OPENERS or first.head.i > opener:
        return None  # (a list that a later verb speaks of is not verbless: "– two neighbours said ...")
    found, whole = previous_count_measure(doc[opener], 0)
    if found not in PEOPLE_MEASURES or whole is None:
        return None
    if any((t.like_num or t.pos_ == "NUM") and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")
           for t in doc[whole.i + 1:opener]):
        return None  # only the count right before the list
    value, bound = mention.quantity.value, parse_number(whole.text)
    if value is None or bound is None or value > bound:
        return None
    return found


def in_number_aside(doc, mention: NumberMention):
    """"The smugglers, seven (7) in number, were arrested": a count set off by commas with "in number"
    after it counts the people named before it, and the verb after the aside says what befell them
    (read from the words: a number written twice often breaks the parse). Returns (measure, the
    people noun, the verb) or None."""
    end = mention.end
    if end + 2 >= len(doc) or mention.start < 2 or doc[mention.start - 1].text != "," \
            or doc[end].lower_ != "in" or doc[end + 1].lower_ != "number" or doc[end + 2].text != ",":
        return None
    sent = doc[mention.start].sent
    noun = next((t for t in reversed(doc[sent.start:mention.start - 1])
                 if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS") and is_people_noun(t)), None)
    verb = next((t for t in doc[end + 3:sent.end] if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"
                 and not (t.pos_ == "AUX" and t.dep_ == "auxpass")), None)
    if noun is None or verb is None or verb.pos_ != "VERB":
        return None
    measure = measure_of_verb(verb)
    return (measure, noun, verb) if measure in PEOPLE_MEASURES else None


def is_reference_set(noun, mention: NumberMention) -> bool:
    """"Of the 30 passengers, 12 died", "two of the four occupants": the whole a part is taken from."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.doc[mention.head].head.i != noun.i:
        return False  # only a number inside the "of" phrase counts the whole
    owner = noun.head.head
    if owner.ent_type_ == "ORDINAL" or owner.lower_ in ("first", "last", "latest", "youngest", "oldest"):
        return False  # "the first of two teenagers killed": the two are the count
    return owner.pos_ in ("VERB", "AUX", "NUM") or (owner.i != noun.i and owner.like_num)


TIME_PREPOSITIONS = {"at", "around", "about", "until", "till", "by", "after", "before", "from"}


def _is_clock_time(head, mention: NumberMention) -> bool:
    """A bare hour after a time preposition on a passive verb whose subject is already named
    ("Jones was arrested around 9", "two were wounded at 11"): a clock time, not a count."""
    if head.dep_ != "pobj" or head.head.lower_ not in TIME_PREPOSITIONS or mention.quantity.value is None:
        return False
    verb = head.head.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubjpass" for c in verb.children) \
        and 0 < mention.quantity.value <= 24 and mention.quantity.value == int(mention.quantity.value)


def _negated(token) -> bool:
    """"were not hurt", "was never found dead": the casualty word is denied."""
    return token is not None and token.pos_ in ("VERB", "AUX", "ADJ") \
        and any(c.dep_ == "neg" and not _contrast(c) for c in token.children)


def _contrast(neg) -> bool:
    """"30 miners died, not 24 as the company claims": a "not" after the verb and a
    comma, before another count, sets a count against it; it denies nothing."""
    doc = neg.doc
    return neg.i > neg.head.i and neg.i > 0 and doc[neg.i - 1].text in (",", ";", "–", "—") \
        and neg.i + 1 < len(doc) and (doc[neg.i + 1].like_num or doc[neg.i + 1].pos_ == "DET")


def _readings(doc, mention: NumberMention) -> list[tuple[str, object | None, object]]:
    """(measure, counted noun, the token the measure came from) for each figure a number states;
    a casualty verb that is denied ("two children were not hurt") gives measure ``other``."""
    return [("other", counted, source)
            if measure in PEOPLE_MEASURES and (_negated(source) or _predicted(source)) else (measure, counted, source)
            for measure, counted, source in _raw_readings(doc, mention)]


def _predicted(token) -> bool:
    """"45 million children will die before 2030": a forecast, not a count of people harmed
    (but "will have died" and "would die" — often a past narrated — are kept)."""
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    return any(a in ("will", "'ll", "shall") for a in auxes) and "have" not in auxes


def _tallied_with_people_count(harm) -> bool:
    """A numbered harm noun ("120 injuries") coordinated with a numbered count of people harmed
    ("40 deaths, 120 injuries and 9 missing"): a tally, each number a count of people, not of
    wounds on a body."""
    if not any(c.dep_ == "nummod" for c in harm.children):
        return False
    for other in harm.conjuncts:
        if other.pos_ == "NOUN" and other.lemma_.lower() not in harm_nouns() \
                and term_measure(other) in PEOPLE_MEASURES and any(c.dep_ == "nummod" for c in other.children):
            return True
    return False


def _settlement_size(doc, mention: NumberMention) -> bool:
    """"this foothill town of about 9,000", "a village of 400": a number after "of" on a singular area
    noun with its determiner (``place_nouns.tsv`` kind area) is how many live there."""
    noun = noun_before_of(doc, mention)
    return noun is not None and noun.tag_ == "NN" and noun.lower_ in area_nouns() \
        and any(c.dep_ in ("det", "poss") for c in noun.children)


def _counts_tolls(counted, head) -> bool:
    """"give one reliable death toll", "two tallies differ": a number on a count noun
    (``toll_nouns.txt``) counts the counts — when it is "one" or the noun is plural ("the 2,500
    figure" states the count's value)."""
    return counted.lemma_.lower() in load_words("toll_nouns.txt") and head.dep_ == "nummod" \
        and head.head.i == counted.i and (head.lower_ == "one" or counted.tag_ == "NNS")


def _raw_readings(doc, mention: NumberMention) -> list[tuple[str, object | None, object]]:
    counted = find_counted_noun(doc, mention)
    head = doc[mention.head]
    if mention.start >= 2 and doc[mention.start - 1].lower_ == "of" \
            and doc[mention.start - 2].lemma_.lower() in parent_nouns() | size_nouns():
        return [("other", counted, head)]  # "a mother of 12 - another mom ...", however it is parsed
    if _settlement_size(doc, mention):
        return [("other", counted, head)]  # "this foothill town of about 9,000": its people, not a toll
    if counted is not None:
        if any(t.ent_type_ in ("MONEY", "PERCENT") or t.ent_type_ == "QUANTITY" and not is_people_noun(counted)
               for t in doc[mention.start:mention.end]):
            # (the recogniser tags "nearly 7,000" before "displaced persons" a quantity too: people are no unit)
            return [("other", counted, counted)]
        if _counts_tolls(counted, head):
            return [("other", counted, counted)]  # "publish one honest death toll": a count of tolls
        harm = counted.lemma_.lower() in harm_nouns() and not counted.lower_.endswith("ed")  # "the wounded" are people
        if is_reference_set(counted, mention) and not harm and is_people_noun(counted):
            own = measure_of_noun(counted)
            if own in PEOPLE_MEASURES:
                return [(own, counted, counted)]  # "Of the 31 persons injured, 11 ...": the whole is a count too
        if harm and _tallied_with_people_count(counted):
            return [(term_measure(counted), counted, counted)]  # "40 deaths and 120 injuries": a tally of people
        if harm or is_reference_set(counted, mention) or is_not_people_phrase(counted):
            return [("other", counted, counted)]
        nominal = counted.pos_ == "NOUN" or (counted.dep_ == "pobj" and counted.tag_ in ("VBN", "JJ")
                                             and any(c.lower_ == "the" for c in counted.children))
        own = term_measure(counted) if nominal else None  # "five of the wounded", "two of the dead"
        own = own or (arrival_measure(counted) if nominal else None)  # "4,000 new arrivals" after flight
        own = own or (care_measure(counted) if nominal else None)  # "900 heat-related admissions" to hospitals
        own = own or (missing_reports_measure(counted) if nominal else None)  # "nine missing-person reports"
        own = own or (illness_measure(counted) if nominal else None)  # "900 cases of heatstroke"
        done, verb = done_to_held(counted, own) if own else (None, None)
        if done:
            return [(done, counted, verb)]  # "two hostages were killed", "40 prisoners escaped"
        if own:
            return [(own, counted, counted)] + [(m, tok, tok) for m, tok in find_coordinated_measures(counted)]
        people = is_people_noun(counted)
        noun_measure = measure_of_noun(counted, relative_clauses=False)
        if noun_measure and people:
            return [(noun_measure, counted, counted)]
        # "Two (2) ASP sustained injuries": a number written twice, its noun right after, climbs from the noun
        written_twice = counted.i == mention.end and doc[mention.end - 1].text == ")"
        start = counted if head.head.i == counted.i or count_after_weekday(head) or written_twice else head
        measure, source = find_measure(start)
        if measure in (None, "other") and people:
            listed = breakdown_measure(doc, mention, counted)
            if listed is not None:
                return [(listed, counted, counted)]  # "nine hurt riders ... – six cyclists and three spectators"
        if measure and _speaks(counted, source):
            return [("other", counted, source)]  # "two neighbors said they heard him scream 'shoot me'"
        if measure == "other" and people:
            clause_measure = measure_of_noun(counted)
            if clause_measure in PEOPLE_MEASURES:
                return [(clause_measure, counted, counted)]  # "trying to reach 9 fishermen with whom contact was lost"
        if measure and people and not (source.pos_ in ("VERB", "AUX") and is_agent(counted, source)):
            return [(measure, counted, source)]
        if measure in PEOPLE_MEASURES and _part_of_number(counted, head) and source.pos_ in ("VERB", "AUX") \
                and not is_agent(head, source):
            return [(measure, None, source)]  # "four of the 12 had died": a part of a count, what its verb says
        clause_measure = measure_of_noun(counted)
        if clause_measure and people:
            return [(clause_measure, counted, counted)]
        above = _object_of_verb_above(counted, source) if people and measure is None else None
        if above is None and people and measure is None:
            above = _verb_just_before(doc, mention)
        if above is None and people and measure in (None, "other") and SUBJECTLESS_VERB_AFTER:
            above = _subjectless_verb_after(counted)
        if above is not None:
            return [(measure_of_verb(above), counted, above)]
        return [("other", counted, source)]
    if any(t.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") for t in doc[mention.start:mention.end]) \
            or (mention.start > 0 and doc[mention.start - 1].is_currency):
        return [("other", None, head)]  # "$105bn (£54bn)"
    if _is_clock_time(head, mention):
        return [("other", None, head)]  # "was arrested at the pier around 9"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in parent_nouns():
        return [("other", None, head)]  # "a mother of two": her children, not the harmed
    if mention.start >= 1 and doc[mention.start - 1].lemma_.lower() in size_nouns() \
            and (head.head.i == mention.start - 1 or doc[mention.start - 1].head.i in range(mention.start, mention.end)):
        return [("other", None, head)]  # "a city of population 167,000"
    follower = doc[mention.end] if mention.end < len(doc) else None
    if follower is not None and follower.tag_ in ("JJ", "VBN") and follower.i == mention.end:
        adjacent = measure_of_verb(follower) if follower.pos_ in ("VERB", "AUX") else term_measure(follower)
        if adjacent and adjacent != "other" and not _negated(follower):
            return [(adjacent, None, follower)]  # "left five dead and 16 injured": 16 injured
    lost = _noun_of_number(doc, mention)
    if lost is not None:
        return [(lost, None, follower)]  # "the loss of 34 lives", however "lives" is parsed
    if _part_of_thing_count(head):
        return [("other", None, head)]  # "20 gunshot wounds, including six in the back"; "20 times, including 6"
    manner = next((term_measure(c) for c in head.children if c.dep_ == "advmod" and term_measure(c)), None)
    if manner:
        return [(manner, None, head)]  # "three were shot, two fatally"; "five hurt, one critically"
    aside = in_number_aside(doc, mention)
    if aside is not None:
        return [(aside[0], aside[1], aside[2])]  # "the smugglers, seven (7) in number, were arrested"
    listed = list_part_measure(head)
    if listed:
        return [(listed, None, head)]  # "By district: 20 in Marlo, 14 in Pesca": parts of the toll before
    own = measure_of_noun(head)  # "1 dead, 1 injured", "five who were hurt"
    if own:
        return [(own, None, head)]
    measure, source = find_measure(head)
    if measure and source.pos_ in ("VERB", "AUX") and is_agent(head, source):
        return [("other", None, source)]
    if measure is None:
        aside = find_aside_measure(doc, mention)
        if aside is not None:
            return [(aside[0], aside[1], aside[1])]
    if measure and source.pos_ in ("NOUN", "PROPN") and source.i != head.i:
        return [(measure, source, source)]
    return [(measure or "other", None, source)]


def _noun_of_number(doc, mention: NumberMention) -> str | None:
    """"the loss of 34 lives": a noun, "of", the number and the word right after it (``<noun> of
    <noun>`` in the casualty terms, by lemma or as written), read from the words: the parser often
    tags "lives" a verb or hangs the number apart from it."""
    if mention.start < 2 or mention.end >= len(doc) or doc[mention.start - 1].lower_ != "of":
        return None
    owner, word = doc[mention.start - 2], doc[mention.end]
    if owner.pos_ != "NOUN":
        return None
    terms = casualty_terms()
    for phrase in (f"{owner.lemma_.lower()} of {word.lemma_.lower()}", f"{owner.lemma_.lower()} of {word.lower_}"):
        if terms.get(phrase) in PEOPLE_MEASURES:
            return terms[phrase]
    return None


def _elliptical_thing_counts(doc, readings):
    """"killing 91 foxes - only four were killed by hounds", "12,500 posts have been axed and 7,800
    relocated": a bare number that is the subject of its verb, after a count of things (not
    people) at least as large in the same sentence, counts more of those things."""
    out = []
    last_thing = None  # (value, counted noun) of the latest count of things
    for mention, reading in readings:
        measure, counted, source = reading
        value = mention.quantity.value if mention.quantity.value is not None else mention.quantity.low
        if counted is not None:
            people = is_people_noun(counted) or counted.lemma_.lower() in harm_nouns()
            last_thing = None if people or measure != "other" else (value, counted)
        elif measure in PEOPLE_MEASURES and last_thing is not None and value is not None \
                and last_thing[0] is not None and value <= last_thing[0] \
                and doc[mention.head].dep_ in ("nsubj", "nsubjpass"):
            reading = ("other", None, source)
        out.append((mention, reading))
    return out


_GAP_FOLLOWERS = {",", "and", ".", ";", "in", "at", "for", "from", "on"}


def _gapped_partitive_parts(doc, readings, spans: dict | None = None):
    """"30 of the deaths were from Orva, 9 from Belo and four from Tamsa Hill", "Marlow town accounts
    for 340 of the dead, the northern shore for 175": the later bare numbers of the
    list repeat the partitive of the first with its words left out ("of the deaths were") and take
    its measure, whatever their place phrase says alone ("in camp"). Only with no verb between the
    items, and only numbers that stand bare in the text (a comma, "and" or a preposition after them)."""
    out = []
    last_end = 0
    whole = None  # (measure, mention) of the latest partitive count of the sentence
    for mention, reading in readings:
        head = doc[mention.head]
        if whole is not None and reading[0] != whole[0] and mention.start > whole[1].end \
                and (mention.end >= len(doc) or doc[mention.end].lower_ in _GAP_FOLLOWERS) \
                and (reading[1] is None or reading[1].i < mention.start or not is_people_noun(reading[1])) \
                and not any(t.pos_ == "VERB" for t in doc[whole[1].end:mention.start]) \
                and doc[mention.start - 1].lower_ in (",", "and", "for", "with"):
            reading = (whole[0], None, head)
            if spans is not None:  # the item's own words: from the item before it to the next number
                after = next((t.i for t in doc[mention.end:doc[mention.start].sent.end] if t.lower_ in (",", "and", ";")),
                             doc[mention.start].sent.end)
                seps = [t.i for t in doc[last_end:mention.start] if t.lower_ in (",", "and", ";")]
                lo = seps[-1] if seps else last_end
                spans[mention.start] = (doc[lo].idx, doc[min(after, len(doc) - 1)].idx)
        elif any(c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and (term_measure(p) in PEOPLE_MEASURES or p.lemma_.lower() in toll_part_nouns())
                for p in c.children) for c in head.children) and reading[0] in PEOPLE_MEASURES:
            whole = (reading[0], mention)
        last_end = mention.end
        out.append((mention, reading))
    return out


def _gapped_parts_own_places(figures: list[Figure], gapped: dict[int, tuple[int, int]]) -> None:
    """A gapped part's place is the one written in its own item ("9 from Belo"), not those of the
    items before it that the clause also holds."""
    for i, (lo, hi) in gapped.items():
        fig = figures[i]
        text = fig.sentence
        offset = _sentence_offset(fig)
        if offset is None:
            continue
        own = text[max(lo - offset, 0):max(hi - offset, 0)]
        fig.location = [place for place in fig.location if place in own]


def _part_of_number(counted, head) -> bool:
    """"four of the 12": the partitive object is itself a bare number (the whole counted before), and
    the part is the subject of its clause."""
    return (counted.like_num or counted.pos_ == "NUM") and counted.dep_ == "pobj" and counted.head.lower_ == "of" \
        and counted.head.head.i == head.i and head.dep_ in ("nsubj", "nsubjpass") \
        and counted.ent_type_ not in ("MONEY", "QUANTITY", "PERCENT", "DATE", "TIME", "ORDINAL")


def _object_of_verb_above(counted, verb):
    """"a strike that killed about 40 Palestinians sheltering in a school": the parser made the
    counted noun the subject of a participle hanging off a casualty verb that has no object of
    its own — the noun is that verb's object."""
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBG", "VBN") or verb.dep_ not in ("advcl", "xcomp", "ccomp"):
        return None
    if counted.dep_ != "nsubj" or counted.head.i != verb.i or counted.i > verb.i:
        return None
    above = verb.head
    if above.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in above.children) or above.i > counted.i:
        return None
    found = measure_of_verb(above)
    return above if found in PEOPLE_MEASURES else None


def _part_of_thing_count(head) -> bool:
    """A bare number after "including" whose whole is a count of things or harms, not people:
    "suffered 20 gunshot wounds, including six in the back", "shot him 20 times, including 6 in the back"."""
    including = head.head if head.dep_ == "pobj" and head.head.lemma_.lower() in ("include", "including") else None
    if including is None:
        return False
    whole = including.head
    if whole.pos_ in ("VERB", "AUX"):  # the counted noun among the verb's words, before "including"
        whole = next((c for c in reversed(list(whole.children)) if c.i < including.i and c.pos_ == "NOUN"
                      and any(g.dep_ == "nummod" for g in c.children)), None)
    if whole is None or whole.pos_ != "NOUN":
        return False
    return whole.lemma_.lower() in harm_nouns() or not is_people_noun(whole)


def _speaks(counted, source) -> bool:
    """The counted people are the subject of a reporting verb the climb reached: they tell, they are
    not the harmed ("at least two neighbours said they heard him shout 'shoot me'") - unless the
    verb itself says their harm ("17 women reported missing", parsed as the women reporting)."""
    return source is not None and source.pos_ == "VERB" and source.lemma_.lower() in reporting_verbs() \
        and counted.dep_ == "nsubj" and counted.head.i == source.i \
        and measure_of_verb(source) not in PEOPLE_MEASURES


def _verb_just_before(doc, mention: NumberMention):
    """"a strike that killed about 40 villagers sheltering ... brought": the counted phrase follows
    an active casualty verb that has no object in the parse — the phrase is its object."""
    i = mention.start - 1
    while i >= 0 and doc[i].dep_ in ("advmod", "quantmod") and doc[i].head.i > i:
        i -= 1  # "about", "at least", "more than"
    if i < 0:
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VB") \
            or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    found = measure_of_verb(verb)
    return verb if found in PEOPLE_MEASURES else None


# "17 (seventeen) persons have lost their lives" with the noun misparsed: off (False) until such
# counts in a press note get their source ("as per the information received from the Collector")
# and group (typing them now lowers source and group accuracy on the gates, see the session report)
SUBJECTLESS_VERB_AFTER = False


def _subjectless_verb_after(counted):
    """"Hill Town, 17 (seventeen) persons have lost their lives": the parser hung the counted noun
    elsewhere, but the casualty verb right after it (past its auxiliaries) has no subject of its
    own — the noun is its subject."""
    doc = counted.doc
    i = counted.i + 1
    while i < counted.sent.end and doc[i].pos_ == "AUX" and doc[i].dep_ in ("aux", "auxpass"):
        i += 1
    if i >= counted.sent.end or i == counted.i + 1 and doc[i].tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or counted.head.i == verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    found = measure_of_verb(verb)
    return verb if found in PEOPLE_MEASURES else None


PART_PRONOUNS = {"them", "whom", "those", "these"}
# "46 people have died, two of them in hospital": a verbless part keeps the whole's measure
PARTS_KEEP_MEASURE = True


def _parts_of_previous(doc, readings):
    """"At least 12 people have died, ..., nine of them on Tuesday alone": a bare "N of them"
    after a figure counts part of it, with the same measure."""
    out = []
    for mention, reading in readings:
        measure = reading[0]
        head = doc[mention.head]
        if PARTS_KEEP_MEASURE and measure in PEOPLE_MEASURES and reading[1] is None \
                and head.dep_ not in ("nsubj", "nsubjpass") and (head.head.i == head.i or head.head.i < mention.start):
            # "46 people have died, two of them in hospital": a part with no verb of its own counts
            # what the whole counts; "in hospital" says where they died, not that they were hurt
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pronoun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            whole = [r for m, r in out if m.start < mention.start and r[0] in PEOPLE_MEASURES]
            if pronoun is not None and pronoun.lower_ in PART_PRONOUNS and whole and whole[-1][0] != measure:
                reading = (whole[-1][0], None, head)
                measure = reading[0]
        if measure == "other" and reading[1] is None and _opens_listed_people(doc, readings, mention):
            # "The army admits 40 dead, and the parish has buried 57, among them six girls": a bare
            # number whose part is people continues the count of people before it
            whole = [r for m, r in out if m.start < mention.start and r[0] in PEOPLE_MEASURES]
            if whole:
                reading = (whole[-1][0], None, doc[mention.head])
                measure = reading[0]
        if measure == "other" and reading[1] is None:
            of = next((c for i in range(mention.start, mention.end) for c in doc[i].children
                       if c.dep_ == "prep" and c.lower_ == "of"), None)
            pronoun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pronoun is not None and pronoun.lower_ in PART_PRONOUNS:
                whole = [r for m, r in out if m.start < mention.start and r[0] in PEOPLE_MEASURES]
                if whole:
                    reading = (whole[-1][0], None, doc[mention.head])
        elif measure == "other" and reading[1] is not None and _listed_part(doc, mention) \
                and is_people_noun(reading[1]) and reading[1].lemma_.lower() not in harm_nouns():
            # "40 deaths since the vote, including two police officers": a part of the count before
            whole = [r for m, r in out if m.start < mention.start and r[0] in PEOPLE_MEASURES]
            if whole:
                reading = (whole[-1][0], reading[1], reading[1])
        out.append((mention, reading))
    return out


def _opens_listed_people(doc, readings, mention: NumberMention) -> bool:
    """The bare number is followed right away by a part of people listed after it ("57, among them
    six girls", "57, including four toddlers"): the number counts those people's whole."""
    later = [m for m, r in readings if m.start > mention.start]
    if not later:
        return False
    part = min(later, key=lambda m: m.start)
    between = doc[mention.end:part.start].text
    if not re.fullmatch(r"\s*,\s*(?:including|among\s+(?:them|whom)|of\s+(?:them|whom))(?:\s+\w+)?\s*", between, re.I):
        return False
    counted = next((r[1] for m, r in readings if m is part), None)
    return counted is not None and is_people_noun(counted) and counted.lemma_.lower() not in harm_nouns()


PART_OPENERS = re.compile(r"(?:\bincluding|\bamong\s+(?:them|whom|those)|\bof\s+(?:them|whom))\s*$", re.I)


def _listed_part(doc, mention: NumberMention) -> bool:
    """The number opens a part listed after "including" or "among them" (its qualifier aside)."""
    start = mention.start
    while start > 0 and doc[start - 1].dep_ in ("advmod", "quantmod") and doc[start - 1].lower_ not in ("including",):
        start -= 1
    sent_start = doc[mention.start].sent.start
    return start > sent_start and PART_OPENERS.search(doc[max(sent_start, start - 3):start].text) is not None


def _subject_modifiers(counted, subject_tokens: set[int]) -> set[int]:
    """The counted phrase's own words, up to the counted noun: places after it ("33 deaths recorded
    by our teams in Dalmor") are where the figure is, places before it name the people."""
    if counted is None:
        return subject_tokens
    return {i for i in subject_tokens if i <= counted.i} - dweller_names(counted)  # "Osk villagers": where


def _part_group(doc, mention: NumberMention) -> str | None:
    """"seven of them children": the noun after "N of them" says who the part is."""
    end = mention.end
    if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in PART_PRONOUNS:
        noun = doc[end + 2]
        if noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in group_nouns() or noun.lower_ in group_nouns()):
            return classify_group(noun, noun.text)
    return None


PARTIAL_ADVERBS = {"mostly", "mainly", "largely", "partly", "chiefly", "predominantly", "primarily", "reportedly"}


def _predicate_group(doc, mention: NumberMention, counted) -> str | None:
    """"Six of the victims were schoolchildren", "Of the fatalities, nine were minors", "Twelve people
    from the valley were among the passengers": the counted people are what the sentence says they were; the group of the noun after "were" (a noun of
    ``group_nouns.tsv``). Not when the copula is negated or hedged ("none were soldiers", "the
    dead were mostly soldiers")."""
    number = doc[mention.head]
    subject = counted if counted is not None and number.dep_ == "nummod" and number.head.i == counted.i else number
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() != "be":
        return None
    verb = subject.head
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in PARTIAL_ADVERBS) for c in verb.children):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > subject.i and c.pos_ in ("NOUN", "PROPN")), None)
    if attr is None:
        # "Twelve people from the valley were among the 90 passengers who died": of the people named after "among"
        among = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" and c.i > subject.i), None)
        attr = next((c for c in among.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None) \
            if among is not None else None
    if attr is None or not (attr.lemma_.lower() in group_nouns() or attr.lower_ in group_nouns()):
        return None
    # the words before the noun go with it: "were armed men" (``group_nouns.tsv`` phrases)
    group = classify_group(attr, doc[attr.left_edge.i:attr.i + 1].text)
    return group if group in ("civilians", "security_forces", "armed_group", "mixed") else None


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


def _as_of_date(sent, role, ctx) -> str | None:
    """The date a cumulative count stood at ("the toll rose to 27 on Thursday", "as of Sunday")."""
    from crosscheck.extract.dates import context_base, resolve_expression
    base, inferred = context_base(ctx)
    for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
        if role(sent.start_char + expr.start, sent.start_char + expr.end) == "asof" and expr.kind != "range":
            start, end, _, _ = resolve_expression(expr, base, inferred)
            if start is not None and start == end:
                return start.isoformat()
    return None


def _later_part_clauses(doc, mentions: list[NumberMention], mention: NumberMention) -> set[int]:
    """The clauses on the counted nouns of parts listed after the figure ("three persons lost their
    lives, among them one gendarme who was killed ... last Friday"): their dates are the part's."""
    later = [m for m in mentions if m.start > mention.start]
    if not later:
        return set()
    out: set[int] = set()
    own = {t.i for t in doc[mention.head].subtree}
    for other in later:
        counted = find_counted_noun(doc, other)
        if counted is None or counted.i in own:
            continue
        for child in counted.children:
            if child.dep_ in ("relcl", "acl"):
                sub = {t.i for t in child.subtree}
                if mention.start not in sub:
                    out |= sub
    return out


def _own_date_words(sent) -> bool:
    """Whether ``sent`` has date words other than the time a count stood ("as of Sunday", "by
    noon"): "the deadliest since a quake in 2019 killed 300" dates its own count."""
    return bool(re.search(r"\b(?:in|of|since|from)\s+(?:19|20)\d\d\b", sent.text)) \
        or any(not _AS_OF_BEFORE.search(sent.text[:expr.start]) for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)))


def _build_figure(doc, ctx, sents, mentions_by_sent, idx, mention, reading, names, date_refs,
                  other_governors: frozenset[int] = frozenset()) -> Figure:
    measure, counted, governor = reading
    sent = sents[idx]
    skip = set(range(mention.start, mention.end))
    if mention.qualifier_text:
        skip.update(t.i for t in doc[max(mention.start - 3, 0):mention.start] if t.text.lower() in mention.qualifier_text.lower())
    subject, subject_tokens = describe_subject(counted, skip) if counted is not None else (None, set())
    people = measure in PEOPLE_MEASURES
    group = acronym_group(counted) if people and counted is not None else None  # "18 PPL": whom it stands for
    if group is None:
        group = classify_group(counted, subject or "") if people and counted is not None else ("unspecified" if people else None)
    if people and counted is None:
        group = _part_group(doc, mention) or group
    if people and group in (None, "unspecified"):
        group = _predicate_group(doc, mention, counted) or group
    attribution = find_attribution(sent, mention.head, names)
    if attribution.source and not attribution.is_person and people:
        names.last_source = attribution.source  # what "the monitor" will refer to
    clause = find_clause_root(governor if governor is not None else doc[mention.head])
    later_parts = _later_part_clauses(doc, mentions_by_sent[idx], mention)
    excluded = find_attribution_tokens(sent) | _subject_modifiers(counted, subject_tokens) \
        | find_other_figure_phrases(doc, mentions_by_sent[idx], mention) | later_parts
    locations = find_locations(clause, excluded, mention.head) if people else []
    if people and not locations:
        label = find_label_place(sent, mention.start)
        locations = [label] if label else []
    if people and not locations:
        reporting_verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _reporting_verbs()]
        locations = find_source_seat(sent, mention.head, reporting_verbs, measure)
    # in a live blog or update list, a count is reported on its entry's day ("18.09, 18:30 - ...")
    entry_day = entry_date_at(parsed_text(doc), mention.char_start, ctx.published, dated_only=True) \
        if ctx.published_iso else None
    reported_on = entry_day.isoformat() if entry_day else ctx.published_iso
    statement_span, stated = None, None
    if attribution.cue_index is not None:
        stated, statement_span = find_statement_date(sent, attribution.cue_index, mention.head, ctx)
        reported_on = stated or reported_on
    governor_token = governor if governor is not None else doc[mention.head]
    others = find_other_figure_phrases(doc, mentions_by_sent[idx], mention) | find_attribution_tokens(sent) \
        | later_parts
    reporting = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _reporting_verbs()]
    role = date_roles(doc, mention, governor_token, clause, others, set(other_governors), reporting, measure)
    if stated is None:
        reported_on = _as_of_date(sent, role, ctx) or reported_on
    period_start, period_end, period_text = resolve_period(sent, ctx, date_refs, anchor=mention.char_start,
                                                           exclude=statement_span, role=role)
    if period_text is None and idx > 0 and refers_back_to_event(sent) and not _own_date_words(sent):
        period_start, period_end, period_text = find_onset_period(sents[idx - 1], ctx)
        after = [(days, phrase) for tok, days, phrase in
                 _days_after_events(sent, frozenset(t.lemma_.lower() for t in sent if t.pos_ == "NOUN"))
                 if tok.pos_ == "NOUN" and any(_same_event_word(t, tok) for t in sents[idx - 1])] \
            if period_start and _past_tense(sent) else []
        if after:
            # "Gunmen attacked X on Saturday. Two days after the attack, they came back and killed four": that day
            period_start = period_end = (dt.date.fromisoformat(period_start) + dt.timedelta(days=after[0][0])).isoformat()
            period_text = after[0][1]
    hedges = find_hedges(sent.text)
    if "superseded" in hedges and _correction_keeps(sent, mention):
        hedges.remove("superseded")  # "the toll is 6, not 7 as previously reported": 6 is the count now
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
        reported_on=reported_on, hedges=hedges, sentence_idx=idx,
    )


def _denied(doc, start: int) -> bool:
    """A number right after "not" (a qualifier between them allowed): "not 9", "not about 40"."""
    i = start - 1
    while i >= 0 and doc[i].dep_ in ("advmod", "quantmod") and doc[i].lower_ != "not":
        i -= 1
    return i >= 0 and doc[i].lower_ == "not"


_CLAUSE_BREAK = re.compile(r";|,?\s+but\s+|,\s+while\s+")


def _correction_keeps(sent, mention: NumberMention) -> bool:
    """"The number of dead is 6, not 7 as previously reported": in a sentence that sets a count
    against a denied older one, the older count is the superseded one, not the count it corrects."""
    doc = sent.doc
    if _denied(doc, mention.start):
        return False
    before = parsed_text(doc)[sent.start_char:mention.char_start]
    parts = _CLAUSE_BREAK.split(before)
    if len(parts) > 1:
        # "An earlier version said 40 died; the toll is 14", "Residents had earlier given 20, but the
        # governor now says 26": the old count's clause ends before this count's
        own = parts[-1] + _CLAUSE_BREAK.split(parsed_text(doc)[mention.char_start:sent.end_char])[0]
        if "superseded" not in find_hedges(own):
            return True
    return any(_denied(doc, t.i) for t in sent if t.i >= mention.end and (t.like_num or t.pos_ == "NUM"))


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


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those|these)\b", re.I)
_WERE_NOUN = re.compile(r"\s+(?:of\s+(?:them|whom|those|these)\s+)?(?:were|are|was|is)\s+(?:all\s+)?([^\W\d_]+)\b(?!\s+of\b)", re.I)


_OF_WHOM_BEFORE = re.compile(r"\bof\s+(?:them|whom|those|these)\s*,?\s*$", re.I)
# "Of the 90 passengers, 88 died": the people a part is taken from, named before it
_OF_THE_NOUN_BEFORE = re.compile(r"^\W*(?:of|out\s+of)\s+(?:the|these|those)\s+(?:[\d.,]+\s+)?"
                                 r"(?:[^\W\d_]+\s+){0,2}?([^\W\d_]+)\s*,\s*$", re.I)


def _noun_group(word: str) -> str | None:
    """The group of a word as written, plural or not ("passengers", "policemen")."""
    word = word.lower()
    forms = (word, word[:-1], word[:-2], word[:-3] + "man" if word.endswith("men") else "")
    return next((group_nouns()[f] for f in forms if f in group_nouns()), None)


# "killed ten (10) rebels, including two (2) commanders": the part takes its whole's side. Off (False):
# on, the part is no longer taken for a restatement of an equal count of another side ("two nephews"
# later in the report), and blind_airstrike, whose gold leaves such a part of the army's count out,
# falls below its figure precision floor; on again once the gold sets agree on such parts
INCLUDED_PARTS_TAKE_GROUP = False
_INCLUDING_BEFORE = re.compile(r",\s*(?:including|among\s+them)\s*$", re.I)


def _included_parts_take_group(figures: list[Figure]) -> None:
    """"killed ten (10) rebels, including two (2) commanders": a part set after "including" whose own
    noun names no side is of the side of the count it is part of (the count just before it in its
    sentence, of the same measure, no smaller)."""
    people = [f for f in figures if f.measure in PEOPLE_MEASURES and f.char_start is not None and f.sentence_idx is not None]
    for part in people:
        if part.group not in (None, "unspecified") or part.value is None:
            continue
        at = _sentence_offset(part)
        if at is None or not _INCLUDING_BEFORE.search(part.sentence[:part.char_start - at]):
            continue
        wholes = [w for w in people if w.sentence_idx == part.sentence_idx and w.char_end is not None
                  and w.char_end <= part.char_start and w.measure == part.measure]
        if not wholes:
            continue
        whole = max(wholes, key=lambda w: w.char_end)
        if whole.group in SPECIFIC_GROUPS and whole.value is not None and whole.value >= part.value:
            part.group = whole.group


def _partitives_take_group(figures: list[Figure]) -> None:
    """"85 police officers were hurt, 12 of them seriously", "66 miners were treated, of whom 19 are
    in hospital": a bare part of the count just before it (in its sentence, or ending the sentence
    before when the part opens its own) counts the same side's people; "Of the 90 passengers, 88
    died": the part is of the people the sentence names first. Only a side the whole states."""
    people = [f for f in figures if f.measure in PEOPLE_MEASURES and f.sentence_idx is not None
              and f.char_start is not None and f.char_end is not None]
    for part in people:
        if part.group not in (None, "unspecified") or part.subject is not None or part.value is None:
            continue
        at = _sentence_offset(part)
        if at is None:
            continue
        before, after = part.sentence[:part.char_start - at], part.sentence[part.char_end - at:]
        m = _OF_THE_NOUN_BEFORE.match(before)
        if m:
            group = _noun_group(m.group(1))
            if group in SPECIFIC_GROUPS:
                part.group = group
            continue
        if not (_OF_THEM.match(after) or _OF_WHOM_BEFORE.search(before)):
            continue
        same = [w for w in people if w.sentence_idx == part.sentence_idx and w.char_end <= part.char_start]
        if not same and not before.strip():
            same = [w for w in people if w.sentence_idx == part.sentence_idx - 1]
        if not same:
            continue
        whole = max(same, key=lambda w: w.char_end)
        if whole.group in SPECIFIC_GROUPS and _least(whole) is not None and _least(whole) >= part.value:
            part.group = whole.group


def _least(f: Figure) -> float | None:
    """The count a figure states at least: its value, or the low end of a vague one."""
    return f.value if f.value is not None else f.low


def _bare_parts_take_scope(figures: list[Figure], parts: set) -> None:
    """"At least 40 people died in Hollin on Monday, police said. Eleven were women.": a bare count
    (no counted noun) read as a part of the count before it (``measure_cues``) is counted per the same
    source, where and when its whole is, and of the whole's side when it names none of its own. The
    whole is the largest count of the same measure in the part's sentence or the one before; a part
    that names a place of its own ("27 of them from the coast villages") is that place's count, with
    its own scope."""
    people = [f for f in figures if f.measure in PEOPLE_MEASURES and f.sentence_idx is not None and f.char_start is not None]
    for k, part in enumerate(people):
        if part.value is None or part.subject is not None and part.char_start not in parts:
            continue  # a part with a noun of its own only when read as one ("Among them are 30 nurses")
        at = _sentence_offset(part)
        after = part.sentence[part.char_end - at:] if at is not None and part.char_end is not None else ""
        if part.char_start not in parts and not _OF_THEM.match(after):
            continue
        if part.group in (None, "unspecified"):
            # "... and 8 were women": what the part was, when the parser lost the clause
            m = _WERE_NOUN.match(after)
            noun = m.group(1).lower() if m else ""
            forms = (noun, noun[:-1], noun[:-2], noun[:-3] + "man" if noun.endswith("men") else "")
            part.group = next((group_nouns()[f] for f in forms if f in group_nouns()), part.group)
        if part.char_start not in parts:
            continue  # "three of them in critical condition": its whole is whichever count came just before
        wholes = [w for w in people[:k] if w.measure == part.measure and 0 <= part.sentence_idx - w.sentence_idx <= 1
                  and _least(w) is not None and _least(w) >= part.value]
        if not wholes:
            continue
        whole = max(wholes, key=_least)
        own = part.source_text is not None and part.source_text.lower() in part.sentence.lower()
        if not own and (part.source is None or part.sentence_idx != whole.sentence_idx) \
                and (whole.source or part.char_start in parts and not part.source_text):
            # a source carried from elsewhere yields to the whole's: the part is that voice's breakdown
            # (a part its sentence names no voice for is the whole's, unsourced too)
            part.source, part.source_text = whole.source, whole.source_text
        if part.group in (None, "unspecified") and whole.group not in (None, "unspecified", "mixed"):
            part.group = whole.group
        if part.location:
            continue
        if whole.location:
            part.location = list(whole.location)
        if not part.period_text and not part.period_start and not part.period_end and whole.period_start \
                and (not whole.period_text or whole.period_text.lower() in whole.sentence.lower()):
            # the period the whole's own sentence states, not one the whole took from elsewhere
            part.period_start, part.period_end, part.period_text = whole.period_start, whole.period_end, whole.period_text


CONTINUING_SUBJECTS = FOLLOW_UP_SUBJECTS | {"total"}


def _continues_count(sent) -> bool:
    """"The total number of dead since last Monday has reached 158": a sentence whose subject is a
    definite count noun carries on the count of the sentence before."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in CONTINUING_SUBJECTS:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in subject.children)


def _carry_continued_counts(figures: list[Figure], sents) -> None:
    """A sentence that names no source and continues the count of the sentence before
    ("According to the ministry, 112 died on Thursday. The total number of dead has reached 158,
    and nearly 500 were wounded.") keeps that sentence's source, for every figure it states."""
    by_sent: dict[int, list[Figure]] = {}
    for fig in figures:
        if fig.sentence_idx is not None and fig.measure in PEOPLE_MEASURES:
            by_sent.setdefault(fig.sentence_idx, []).append(fig)
    for idx in sorted(by_sent):
        figs = by_sent[idx]
        if any(f.source_text for f in figs) or idx == 0 or not _continues_count(sents[idx]):
            continue
        before = [f for f in by_sent.get(idx - 1, []) if f.source]
        if before:
            for fig in figs:
                fig.source, fig.source_text = before[-1].source, before[-1].source_text


_PART_OF_BEFORE = re.compile(r"^\W*(?:of|among)\s+(?:them|those|these|whom|the\s+(?:dead|victims|injured|wounded|missing|killed|fatalities|deaths))\b"
                             r"|^\W*of\s+(?:those|the\s+people)\s+(?:killed|injured|wounded|dead|missing|detained|abducted)\b", re.I)


def _parts_take_period(figures: list[Figure], sents) -> None:
    """"Since 1 May the mission has verified 1,200 civilians killed. Of those killed, 61 were
    children.": a count that opens by taking its part of the count just before ("Of them",
    "Among the dead") covers that count's period when it names none of its own."""
    for fig in figures:
        if fig.period_text or fig.measure not in PEOPLE_MEASURES or not fig.sentence_idx \
                or not _PART_OF_BEFORE.search(sents[fig.sentence_idx].text):
            continue
        before = [f for f in figures if f.sentence_idx == fig.sentence_idx - 1 and f.measure in PEOPLE_MEASURES]
        if before and before[0].period_text and (before[0].period_start or before[0].period_end):
            fig.period_start, fig.period_end, fig.period_text = before[0].period_start, before[0].period_end, before[0].period_text


def _share_coordinated_periods(figures: list[Figure]) -> None:
    """"At least 62 civilians killed and 180 injured between 12 and 15 October": a period written
    after coordinated counts covers each of them."""
    by_sent: dict[int, list[Figure]] = {}
    for fig in figures:
        if fig.sentence_idx is not None and fig.measure in PEOPLE_MEASURES:
            by_sent.setdefault(fig.sentence_idx, []).append(fig)
    for figs in by_sent.values():
        for fig in figs:
            if fig.period_text:
                continue
            for other in figs:
                if other is fig or not other.period_text or other.period_start is None or other.char_start <= fig.char_start:
                    continue
                if re.search(r"\balone\W*$", other.period_text):
                    continue  # "4,500 were arrested, and 17 were killed on 18 September alone": the 17's day only
                sentence = fig.sentence
                base = _sentence_offset(fig)
                if base is None:
                    continue
                between = sentence[fig.char_end - base: other.char_start - base]
                at = sentence.find(other.period_text, other.char_end - base)
                if at == -1 or not re.search(r"\band\b", between) \
                        or re.search(r"[;:.]|\b(?:since|after|before|on|in|that|while|whereas|but)\b", between):
                    # "150 were treated, and officials said that 50 were missing on Sunday": another statement
                    continue
                fig.period_start, fig.period_end, fig.period_text = other.period_start, other.period_end, other.period_text
                break


# what may stand before a period phrase that opens a sentence: "During the week of", "In total, since", "Late on"
_FRONT_OPENER = re.compile(r"^[\W]*(?:[A-Za-z]+\W+){0,5}$")
# words between two coordinated counts that start another statement, another time or a state
_NOT_SAME_SPAN = re.compile(r"[;:]|\b(?:said|says|told|added|but|while|whereas|that|which|who|still|now|remain\w*|"
                            r"since|after|before|until|by|alone|only|so\s+far|to\s+date|earlier|later|"
                            r"bring\w*|tak\w*|took|rais\w*|push\w*|toll|total|tally|(?:up|down)\s+from)\b", re.I)


def _share_fronted_periods(figures: list[Figure], sents) -> None:
    """"During the week of 3 to 9 May, 40 suspects were killed and 1,200 were arrested", "Since
    Tuesday 41 people have died, 96 have been hurt": a period phrase that opens the
    sentence, before its first count, covers the counts coordinated after it that name no period
    of their own (the parser hangs the phrase on the first count's verb only)."""
    by_sent: dict[int, list[Figure]] = {}
    for fig in figures:
        if fig.sentence_idx is not None and fig.measure in PEOPLE_MEASURES:
            by_sent.setdefault(fig.sentence_idx, []).append(fig)
    for idx, figs in by_sent.items():
        figs = sorted(figs, key=lambda f: f.char_start)
        first = figs[0]
        if not first.period_text or not (first.period_start or first.period_end) or ";" in first.period_text:
            continue
        sent = sents[idx]
        text = parsed_text(sent.doc)
        at = text.find(first.period_text, sent.start_char, first.char_start)
        if at == -1 or not _FRONT_OPENER.match(text[sent.start_char:at]) \
                or re.search(r"\balone\b", text[at:first.char_start + 12], re.I):
            continue  # not an opening phrase ("On Monday alone, 40 died and ...": that day's only)
        previous = first
        for fig in figs[1:]:
            between = text[previous.char_end:fig.char_start]
            if fig.period_text or fig.period_start or fig.period_end:
                break
            if not re.search(r"\band\b|,", between) or _NOT_SAME_SPAN.search(between) \
                    or _NOT_SAME_SPAN.search(text[fig.char_end:fig.char_end + 40].split(",")[0].split(".")[0]):
                break
            fig.period_start, fig.period_end, fig.period_text = first.period_start, first.period_end, first.period_text
            previous = fig


# "In the period from 13 to 20 September 2026, ...", "During the reporting period (1-7 May), ...",
# "Between 3 and 9 May, ...": a sentence that sets the span the figures after it count over
_GOVERNING_OPENER = re.compile(r"^\W*(?:(?:in|during|over|for)\s+the\s+(?:reporting\s+|same\s+)?period\b[^,;]{0,12}?|from\s|between\s)", re.I)


def _governing_period(sent, ctx) -> tuple[str, str, str] | None:
    """The span a scope-setting opening phrase gives (start, end, text), or None."""
    from crosscheck.extract.dates import context_base, resolve_expression
    m = _GOVERNING_OPENER.match(sent.text)
    if not m:
        return None
    base, inferred = context_base(ctx)
    for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
        if expr.kind != "range" or expr.start > m.end() + 12:
            continue
        if "," not in sent.text[expr.end: expr.end + 3]:
            return None  # "Between 3 and 9 May 40 people died": a figure's own period, not a heading
        start, end, _, _ = resolve_expression(expr, base, inferred)
        if start is not None and end is not None:
            return start.isoformat(), end.isoformat(), expr.text
    return None


# a labelled line of a bulletin's header: "Reporting period: 2/05/2027 to 9/05/2027"
_REPORTING_PERIOD_LINE = re.compile(r"^[ \t]*reporting[ \t]+period[ \t]*[:\-\u2013][ \t]*(.+)$", re.I | re.M)
_THE_REPORTING_PERIOD = re.compile(r"\b(?:during|in|over|for|within)\s+(?:the|this)\s+reporting\s+period\b", re.I)


def _reporting_span(doc, ctx):
    """(header line match, first day, last day) of a bulletin's "Reporting period: ..." line, or None."""
    from crosscheck.extract.dates import context_base, resolve_expression
    line = _REPORTING_PERIOD_LINE.search(parsed_text(doc))
    if line is None:
        return None
    exprs = [e for e in find_date_expressions(line.group(1)) if e.kind in ("absolute", "range")]
    if not exprs:
        return None
    base, inferred = context_base(ctx)
    first = resolve_expression(exprs[0], base, inferred)
    last = resolve_expression(exprs[-1], base, inferred) if len(exprs) > 1 else first
    if first[0] is None or last[1] is None or first[0] > last[1]:
        return None
    return line, first, last


def _apply_reporting_period(figures: list[Figure], doc, ctx) -> None:
    """"Eleven new deaths were recorded during the reporting period": a count said over "the
    reporting period" covers the span the bulletin's header labels so ("Reporting period: 2/05/2027
    to 9/05/2027"), when it names no period of its own."""
    span = _reporting_span(doc, ctx)
    if span is None:
        return
    line, first, last = span
    for fig in figures:
        if fig.period_text or fig.period_start or fig.period_end or fig.measure not in PEOPLE_MEASURES:
            continue
        said = _THE_REPORTING_PERIOD.search(fig.sentence or "")
        at = _sentence_offset(fig)
        if said is None or at is None or fig.char_start is None:
            continue
        number_at = fig.char_start - at
        if number_at > said.start() and (said.start() > 2 or re.search(
                r"\b(?:bringing|cumulative|total|overall|since)\b", fig.sentence[said.end():number_at], re.I)):
            continue  # "..., taking the running count of deaths to 20": the running total's own span
        fig.period_start, fig.period_end = first[0].isoformat(), last[1].isoformat()
        fig.period_text = line.group(1).strip()


_CUMULATIVE_WORD = re.compile(r"\bcumulative(?:ly)?\b", re.I)
# what marks a count of another time or a standing state: a year, "last year", "the same period",
# "remain", "still", "currently"
_NOT_THE_PERIOD = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|previous|past|prior)\s+(?:years?|weeks?|months?)\b"
                             r"|\bsame\s+(?:period|days?|weeks?|months?)\b|\ba\s+year\s+(?:earlier|ago|before)\b"
                             r"|\b(?:remain\w*|still|currently)\b", re.I)


def apply_framing_reporting_period(doc, figures: list[Figure], ctx) -> None:
    """A bulletin whose counts are those of its reporting period covers them all with it: its header
    says so ("Reporting period: cumulative since 2 May to 9 May"), or it counts "during the
    reporting period" and gives no cumulative count beside it ("4.2 During the reporting period, 40
    deaths were reported. 1.2 Of these, 25 ..."; a sitrep with new deaths "during the reporting
    period" and a "cumulative" toll counts only the new ones over it). A people count after the header
    with no period of its own takes the span, unless its own words (or, in a table, its row and
    column header) name another time or a standing state ("51 over the same days of 2030", "12
    remain in hospital"). Runs after the table measures (cells are counts too)."""
    span = _reporting_span(doc, ctx)
    if span is None:
        return
    line, first, last = span
    text = parsed_text(doc)
    rest = text[:line.start()] + text[line.end():]
    if not _CUMULATIVE_WORD.search(line.group(1)) and (
            not _THE_REPORTING_PERIOD.search(rest) or _CUMULATIVE_WORD.search(rest)):
        return
    for fig in figures:
        if fig.period_start or fig.period_end or fig.measure not in PEOPLE_MEASURES or fig.char_start is None \
                or fig.char_end is None or fig.char_start < line.end():
            continue
        if _NOT_THE_PERIOD.search(_own_words(text, fig.char_start, fig.char_end)):
            continue
        fig.period_start, fig.period_end = first[0].isoformat(), last[1].isoformat()
        fig.period_text = line.group(1).strip()


def _own_words(text: str, start: int, end: int) -> str:
    """The words that say what a count at ``start``-``end`` is: in a pipe table, its row and its
    column's header cell; else its clause, from the last stop or bracket before it to the next
    comma, stop or bracket after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start: len(text) if line_end == -1 else line_end]
    if line.lstrip().startswith("|"):
        column = text.count("|", line_start, start)
        top = line_start
        while top > 0:
            above = text.rfind("\n", 0, top - 1) + 1
            if not text[above:top].lstrip().startswith("|"):
                break
            top = above
        header = text[top: text.find("\n", top) if text.find("\n", top) != -1 else len(text)]
        cells = header.split("|")
        return line + " " + (cells[column] if column < len(cells) else "")
    before = re.split(r"[.;(\n](?:\s|$)|\n", text[line_start:start])[-1]
    after = re.split(r"[,;()\n]|\.(?:\s|$)", text[end:end + 200])[0]
    return before + text[start:end] + after


def _apply_governing_periods(figures: list[Figure], sents, ctx) -> None:
    """A bulletin's "In the period from 13 to 20 September 2026, ..." covers the figures of the
    sentences that follow it (until another such opening) that name no period of their own.
    Only a sentence that states no people count of its own sets such a span."""
    counted = {f.sentence_idx for f in figures if f.measure in PEOPLE_MEASURES}
    spans: dict[int, tuple[str | None, str | None, str] | None] = {}
    heading_span = False
    for idx, sent in enumerate(sents):
        if idx in counted:
            continue
        found = _governing_period(sent, ctx)
        if found is not None:
            spans[idx], heading_span = found, False
        elif _title_line(sent) and _title_range(sent, ctx) is not None:
            spans[idx], heading_span = _title_range(sent, ctx), True
        elif _section_heading(sent):
            dated = _heading_period(sent, ctx)
            if dated is not None:
                spans[idx], heading_span = dated, True
            elif heading_span and not re.search(r"\bcumulative\b", sent.text, re.I):
                spans[idx], heading_span = None, False  # a new section: the heading's span ends
    if not spans:
        return
    for fig in figures:
        if fig.sentence_idx is None or (fig.period_text and (fig.period_start or not fig.period_end)):
            continue
        if fig.measure not in PEOPLE_MEASURES and not _table_row(fig.sentence):
            continue  # a table's cells get their measure from its header later (tables.py)
        before = [i for i in spans if i < fig.sentence_idx]
        if before and spans[max(before)] is not None and _names_a_year(fig.sentence):
            continue  # "In 2030, the agency recorded 241 deaths" under a heading of this year's days: another time
        if before and spans[max(before)] is not None:
            start, end, text = spans[max(before)]
            if fig.period_end:  # "up to 20 September" under "13–22 September": from the 13th to the 20th
                if start is not None and start <= fig.period_end:
                    fig.period_start, fig.period_text = start, f"{text}; {fig.period_text}"
                continue
            fig.period_start, fig.period_end, fig.period_text = start, end, text


_A_YEAR = re.compile(r"\b(?:in|of|during|for|since|from|throughout)\s+(?:(?:the\s+)?(?:whole|all|course)\s+of\s+)?(?:19|20)\d\d\b", re.I)


def _names_a_year(text: str | None) -> bool:
    """Whether a sentence names a year as its time ("In 2030, ...", "in the whole of 2029")."""
    return bool(text and _A_YEAR.search(text))


TITLE_WORDS = 30


def _table_row(text: str) -> bool:
    """"Osk | 2,140 | 410": a row of a table written as text."""
    return re.match(r"^[^|\t\n]{0,60}(?:[|\t]\s*[~≈]?\d[\d,.]*\s*)+$", text.strip()) is not None


def _title_line(sent) -> bool:
    """A title, heading or caption line: the sentence's whole line has no closing punctuation
    ("Table 2: Persons detained by town, 4–10 May" is one line, whatever the sentence splitter did)."""
    text = parsed_text(sent.doc)
    if "\n" in sent.text.strip():
        return False
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.start_char)
    line = text[line_start: len(text) if line_end == -1 else line_end].strip()
    return bool(line) and line[-1] not in ".!?\"”'’" and len(line.split()) <= TITLE_WORDS


def _title_range(sent, ctx) -> tuple[str, str, str] | None:
    """"Ten days of repression: findings on the protests, 13–22 September 2026", "Table 1: Persons
    detained by city, 13–22 September": a title's span of days covers the counts under it."""
    from crosscheck.extract.dates import context_base, resolve_expression
    base, inferred = context_base(ctx)
    for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
        if expr.kind != "range":
            continue
        start, end, _, _ = resolve_expression(expr, base, inferred)
        if start is not None and end is not None and start < end:
            return start.isoformat(), end.isoformat(), expr.text
    return None


_LIST_ITEM = re.compile(r"^\s*(?:[-•*|–]\s|\|)")
_LABEL_ROW = re.compile(r"^\W*[A-Za-z][^:|\n]{0,50}(?<!\d)[:|]\s*[~≈]?(?:about\s+|around\s+)?\d")  # not "By 09:15"


def _line_of(sent) -> str:
    """The whole text line a sentence starts on."""
    text = parsed_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char)
    return text[start: len(text) if end == -1 else end]


def _label_rows_take_title_place(figures: list[Figure], sents) -> None:
    """"Deaths (confirmed): 112", "Injured: 436": the rows of a situation report with no place of
    their own count where the report's title or heading line says ("Cyclone and flooding, Tarsen
    Province"): the nearest title line above them that names a place."""
    from crosscheck.extract.figure_scope import places_in_sentence
    titles: dict[int, list[str]] = {}
    for fig in figures:
        if fig.location or fig.measure not in PEOPLE_MEASURES or fig.sentence_idx is None \
                or not _LABEL_ROW.match(sents[fig.sentence_idx].text) or _line_of(sents[fig.sentence_idx]).lstrip()[:1] == "|":
            continue  # a table cell's place is its row's label (tables.py), if any
        for idx in range(fig.sentence_idx - 1, -1, -1):
            if idx not in titles:
                sent = sents[idx]
                titles[idx] = places_in_sentence(sent) if _title_line(sent) and not _LABEL_ROW.match(sent.text) \
                    and not _LIST_ITEM.match(_line_of(sent)) else []  # "- Location: east of Osk" is a row, no title
            if titles[idx]:
                fig.location = list(titles[idx])
                break


ADDING_VERBS = {"add"}


def _adds_to_statement(sent) -> bool:
    """"He added that four soldiers were killed": a pronoun speaker adding to the statement before."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root.lemma_.lower() in ADDING_VERBS and subject is not None and subject.pos_ == "PRON"


def _added_periods(figures: list[Figure], sents) -> None:
    """A count in a sentence that adds to the statement before ("... said that since the start of the
    operation on Monday the army has killed 200 fighters. He added that four soldiers were killed")
    covers the same open span as the counts of that statement, when it names none."""
    for fig in figures:
        if fig.period_text or fig.measure not in PEOPLE_MEASURES or not fig.sentence_idx \
                or not _adds_to_statement(sents[fig.sentence_idx]):
            continue
        before = [f for f in figures if f.sentence_idx == fig.sentence_idx - 1 and f.measure in PEOPLE_MEASURES
                  and f.period_start and not f.period_end]
        if before:
            fig.period_start, fig.period_end, fig.period_text = before[0].period_start, None, before[0].period_text


def _since_event_noun(sent):
    """"since the dam breach": the noun of a "since the <event>" phrase that names no date."""
    for tok in sent:
        if tok.lower_ != "since":
            continue
        noun = next((c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if noun is None and tok.dep_ == "mark" and tok.head.pos_ == "VERB" and _onset_verb(tok.head):
            # "since the outbreak began", "since the storm hit": the event is the clause's subject
            noun = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
            if noun is None or noun.ent_type_ or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                         for c in noun.children):
                continue
            return noun, sent.doc[tok.i: tok.head.i + 1].text
        if noun is not None and noun.lemma_.lower() in _TIME_OF_EVENT:
            # "since the night of the blaze", "since the first hours of the assault": the event is the noun after "of"
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
            if inner is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in inner.children):
                continue
            return inner, sent.doc[tok.i: inner.i + 1].text
        if noun is None or noun.ent_type_ in ("DATE", "TIME") \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
                or any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree):
            continue
        return noun, sent.doc[tok.i: noun.i + 1].text
    return None


# the time of an event a "since" phrase may name before it: "since the night of the blaze"
_TIME_OF_EVENT = frozenset({"night", "day", "morning", "evening", "afternoon", "hour", "hours", "eve", "start",
                            "beginning", "onset", "outbreak", "time", "moment"})


def _date_events_since(figures: list[Figure], sents, ctx) -> None:
    """"arrested since the dam breach": a count since an event the document dated earlier
    ("the Selva dam breached on Tuesday night") starts on that day."""
    from crosscheck.extract.dates import base_at, resolve_expression
    for fig in figures:
        if fig.period_start or fig.measure not in PEOPLE_MEASURES or fig.sentence_idx is None:
            continue
        found = _since_event_noun(sents[fig.sentence_idx])
        if found is None:
            continue
        noun, phrase = found
        word = noun.lower_
        stem = word[:5] if len(word) >= 6 else word  # "breach" / "breached", "election" / "elected"
        for idx in range(fig.sentence_idx - 1, -1, -1):
            sent = sents[idx]
            # "17 deaths since the election": a word in a "since" phrase refers back, it dates nothing
            hits = [t for t in sent if t.lower_.startswith(stem)
                    and not re.search(r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+)?$", parsed_text(sent.doc)[max(0, t.idx - 40):t.idx], re.I)]
            if not hits:
                continue
            base, inferred = base_at(parsed_text(sent.doc), sent.start_char, ctx)
            near = hits[0].idx - sent.start_char
            day = None
            # a date in the event noun's own phrase first, however far ("the blast at the depot in the
            # small hours of 4 May"), before one merely near it ("as of 9 May regarding the blast")
            own = [t.idx - sent.start_char for t in hits[0].subtree]
            exprs = sorted(find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)),
                           key=lambda e: not (near < e.start <= max(own)))
            for expr in exprs:
                if expr.kind == "range" or abs(expr.start - near) > 60 and not near < expr.start <= max(own) \
                        or _verb_between(sent, expr.start, expr.end, hits[0]):
                    continue
                start, end, _, _ = resolve_expression(expr, base, inferred)
                if start is not None and start == end:
                    day = start
                    break
            if day is None and base is not None and not inferred and _present_tense(sent):
                # "Three days after the fire swept the camp, doctors are ...": that many days before the report
                after = [days for tok, days, _ in _days_after_events(sent, frozenset({noun.lemma_.lower(), word}))
                         if tok.i == hits[0].i]
                day = base - dt.timedelta(days=after[0]) if after else None
            if day is not None:
                fig.period_start, fig.period_text = day.isoformat(), phrase
                break


def _verb_between(sent, start: int, end: int, word) -> bool:
    """Whether a verb of another clause stands between a date (chars ``start``-``end`` of ``sent``)
    and ``word``: "said on Friday that it had verified 17 deaths since the election" dates the
    saying, not the election; "the election held on 13 September", "the election was held on
    13 September" date it."""
    lo, hi = (end, word.idx - sent.start_char) if start >= 0 and end <= word.idx - sent.start_char \
        else (word.idx - sent.start_char + len(word.text), start)
    for tok in sent:
        at = tok.idx - sent.start_char
        if lo <= at < hi and tok.pos_ in ("VERB", "AUX") \
                and not (tok.dep_ in ("acl", "relcl") and tok.head.i == word.i) \
                and tok.i != word.head.i and not (tok.pos_ == "AUX" and tok.head.i == word.head.i):
            return True
    return False


# prepositions through which a count refers to the event it comes from: "the toll of the attacks",
# "the death toll from the earthquake", "killed in the crush", "dead after the flooding"
_EVENT_PREPS = frozenset({"of", "from", "in", "after", "since", "during", "by"})
_AS_OF_BEFORE = re.compile(r"\b(?:as\s+(?:of|at|on)|by)(?:\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h|hrs)?|noon|midday|midnight|dawn|dusk)"
                           r"(?:\s+(?:on|of))?)?\s*$", re.I)


def _event_nouns(sent) -> list:
    """Definite common nouns a count in ``sent`` refers back to as its event: the object of "of /
    from / in / after ..." ("the toll of the attacks", "killed in the crush") or the subject of an
    active verb with an object ("the fighting has killed 40 people"). No names, no people, no places."""
    from crosscheck.extract.casualties import group_nouns
    groups = group_nouns()
    places = load_mapping("place_nouns.tsv")
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.ent_type_ or tok.like_num or tok.lemma_.lower() in groups \
                or tok.lower_ in groups or tok.lemma_.lower() in places or tok.lower_ in places:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in tok.children):
            continue
        if any(c.like_num or c.ent_type_ in ("DATE", "TIME", "CARDINAL") for c in tok.subtree):
            continue
        # only where a casualty word takes it: "toll of", "died in", "displaced by", "the fighting killed"
        via = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in _EVENT_PREPS \
            and term_measure(tok.head.head) is not None
        agent = tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and term_measure(tok.head) is not None \
            and any(c.dep_ == "dobj" for c in tok.head.children)
        if via or agent:
            out.append(tok)
    return out


def _same_event_word(word, noun) -> bool:
    """"attacked" / "the attacks", "earthquake" / "the quake", "flooded" / "the floods"."""
    a, b = word.lemma_.lower(), noun.lemma_.lower()
    if word.pos_ not in ("NOUN", "VERB") or len(b) < 4:
        return False
    if a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]):
        return True
    return word.pos_ == "NOUN" and len(b) >= 5 and (a.endswith(b) or b.endswith(a)) and min(len(a), len(b)) >= 5


def _event_start_before(sents, idx: int, noun, ctx) -> tuple[str, str] | None:
    """The first day of the event ``noun`` names, from the nearest earlier sentence that dates it
    ("gunmen attacked four villages on 7 and 8 November" → 7 November)."""
    from crosscheck.extract.dates import base_at, resolve_expression
    for j in range(idx - 1, -1, -1):
        sent = sents[j]
        hits = [t for t in sent if _same_event_word(t, noun)]
        if not hits:
            continue
        base, inferred = base_at(parsed_text(sent.doc), sent.start_char, ctx)
        best = None
        for hit in hits:
            near = hit.idx - sent.start_char
            for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
                gap = expr.start - (near + len(hit.text)) if expr.start >= near else near - expr.end
                if gap > 45 or re.search(r"\b(?:since|until|till|by|as\s+of)\W*$", sent.text[:expr.start], re.I):
                    continue
                start, _, _, _ = resolve_expression(expr, base, inferred)
                if start is not None and (best is None or gap < best[0]):
                    best = (gap, start.isoformat(), expr.text)
        if best is not None:
            return best[1], best[2]
    return None


def _date_referred_events(figures: list[Figure], sents, ctx) -> None:
    """"Gunmen attacked four villages on 7 and 8 November. [...] The toll of the attacks has risen to
    52": a count of the event the document dated earlier, naming no date of its own, starts on the
    event's first day."""
    for fig in figures:
        if fig.period_text or fig.period_start or fig.period_end or fig.measure not in PEOPLE_MEASURES \
                or not fig.sentence_idx:
            continue
        sent = sents[fig.sentence_idx]
        if _own_date_words(sent):
            continue  # the count's sentence has date words of its own
        for noun in _event_nouns(sent):
            found = _event_start_before(sents, fig.sentence_idx, noun, ctx)
            if found is not None:
                after = [(days, phrase) for tok, days, phrase in _days_after_events(sent, frozenset({noun.lemma_.lower()}))
                         if tok.i == noun.i] if _past_tense(sent) else []
                if after:
                    # "Two days after the first attack, the gunmen came back and killed four": that day
                    day = (dt.date.fromisoformat(found[0]) + dt.timedelta(days=after[0][0])).isoformat()
                    fig.period_start, fig.period_end, fig.period_text = day, day, after[0][1]
                    break
                fig.period_start, fig.period_text = found
                break


# measures a sudden event's toll counts from its first day: the dead, hurt, missing, fled, taken
# (arrests and detentions come after the event, on days of their own)
_ONSET_MEASURES = frozenset({"killed", "injured", "missing", "displaced", "abducted"})
# how many sentences from the top a report dates its event in (headline, dateline, lead, summary)
_ONSET_LEAD = 12
# how many days before its date a report's own event may be: older dates in the lead recall other events
_ONSET_WINDOW_DAYS = 90
_NOT_ONSET_BEFORE = re.compile(r"\b(?:since|until|till|by|as\s+(?:of|at|on)|up\s+to|before|after|through|ahead\s+of)\W*$", re.I)
# a count that says it is about another time: "last year", "in recent weeks", "so far this year",
# "previous", "prior reports", "in total since", a year of its own
_OTHER_TIME = re.compile(r"\b(?:(?:last|this|previous|past|recent|coming)\s+(?:few\s+)?(?:years?|months?|weeks?|days|decades?"
                         r"|january|february|march|april|may|june|july|august|september|october|november|december)"
                         r"|prior|ago|since|so\s+far\s+this|whole\s+of|entire|annual(?:ly)?|on\s+average|in\s+history"
                         r"|historic\w*|per\s+(?:day|week|month|year)|a\s+(?:day|week|month|year)\b(?!\s+(?:earlier|before|later))"
                         # a situation report's own window ("in this reporting period"), a moment within the
                         # event ("at the height of the storm"): a time other than the span from the event's start
                         r"|reporting\s+period|at\s+(?:the|its)\s+(?:height|peak)\s+of)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _incident_nouns() -> frozenset[str]:
    """"stampede", "shipwreck", "massacre", "tragedy": the nouns that name a disaster or killing
    (the ``incident`` rows of ``entity_event_nouns.tsv``)."""
    from crosscheck.lexicons import load_lexicon
    return frozenset(row[0].lower() for row in load_lexicon("entity_event_nouns.tsv")
                     if len(row) > 1 and row[1].lower() == "incident")


def _sudden_event_nouns() -> frozenset[str]:
    """"landslide", "explosion", "crash", "airstrike": nouns of a sudden event whose tolls count
    from its day (``incident_nouns.txt``), with the incident nouns above."""
    return load_words("incident_nouns.txt") | _incident_nouns()


def _onset_event_nouns(sents) -> frozenset[str]:
    """Lemmas of the nouns a document's counts name as their event: "the toll from the
    earthquake", "killed in the attacks", "the blast killed 12", plus the incident nouns of
    ``entity_event_nouns.tsv`` ("stampede", "shipwreck", "massacre")."""
    out = set(_sudden_event_nouns())
    groups = group_nouns()
    places = load_mapping("place_nouns.tsv")
    for sent in sents:
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() in groups or tok.lower_ in groups \
                    or tok.lemma_.lower() in places or tok.lower_ in places:
                continue
            via = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in _EVENT_PREPS \
                and term_measure(tok.head.head) is not None
            agent = tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and term_measure(tok.head) is not None \
                and any(c.dep_ == "dobj" for c in tok.head.children)
            # "since the start of the operation": a part of something else, no event of its own
            if (via or agent) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                out.add(tok.lemma_.lower())
    return frozenset(out)


def _onset_word(tok, event_nouns: frozenset[str], casualty_verbs: bool = True) -> bool:
    """A word whose date is the day an event happened: an onset verb whose subject is not a
    named body ("the quake struck", "a crush occurred", "gunmen attacked"), a casualty verb
    ("were killed early Saturday") or an event noun ("Tuesday's earthquake", "the attack on
    Saturday")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if _onset_verb(tok):
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and tok.dep_ in ("acl", "xcomp", "advcl") and lemma in _OPENING_VERBS:
                # "three days of mourning starting on Monday": the start of something else, unless of the event
                return (tok.head.pos_ == "NOUN" and _is_event_noun(tok.head, event_nouns)) \
                    or (tok.head.pos_ == "VERB" and tok.head.i != tok.i and _onset_verb(tok.head)
                        and tok.head.lemma_.lower() not in _OPENING_VERBS)
            # a named body does not happen ("the ministry launched an inquiry"); a name-like code on a
            # common noun does ("flight XY123 crashed")
            return subject is None or subject.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") \
                or any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in subject.children)
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
            return _onset_word(tok.head, event_nouns, casualty_verbs)  # "the attacks carried out on 7 November"
        # a verb whose subject or object is the event: "a landslide buried the village on Tuesday",
        # "heavy rain triggered a landslide early on Tuesday", "the army carried out strikes on Monday"
        if any(c.pos_ == "NOUN" and _is_event_noun(c, event_nouns)
               and (c.dep_ == "nsubj" or (c.dep_ == "dobj" and lemma in load_words("causing_verbs.txt")))
               for c in tok.children):
            return True
        # a clause hanging on the event's verb: "the helicopter went down while landing at the base late on Monday"
        # (a clause without a subject of its own: "as the minister claimed on Wednesday" is another act)
        if tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ == "VERB" and tok.head.i != tok.i \
                and _onset_verb(tok.head) and term_measure(tok) is None and lemma not in _reporting_verbs() \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True
        # a dated death, injury, flight or abduction ("were killed early Saturday"), not an arrest: arrests
        # come after the event
        return casualty_verbs and term_measure(tok) in _ONSET_MEASURES and lemma not in _reporting_verbs()
    if tok.pos_ == "NOUN":
        return _is_event_noun(tok, event_nouns)
    return False


def _is_event_noun(tok, event_nouns: frozenset[str]) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in event_nouns or tok.lower_ in event_nouns or _ends_with_event_noun(lemma, event_nouns):
        return True
    # "air strike", "flash flood": a two-word event noun
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and f"{before.lower_} {lemma}" in event_nouns


def _onset_verb(tok) -> bool:
    """An onset verb of ``onset_verbs.txt``, alone ("the quake struck") or with its particle or
    fixed object ("the hillside gave way", "the roof caved in", "gunmen opened fire")."""
    words = load_words("onset_verbs.txt")
    lemma = tok.lemma_.lower()
    if lemma == "break" and spell_ends(tok):
        return False
    if lemma in words:
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (after is not None and f"{lemma} {after.lower_}" in words) \
        or any(c.dep_ in ("prt", "dobj", "advmod", "prep", "npadvmod") and f"{lemma} {c.lower_}" in words
               for c in tok.children)


# onset verbs that open anything at all ("mourning starting on Monday", "talks began on Monday")
_OPENING_VERBS = frozenset({"begin", "start", "launch"})


def _ends_with_event_noun(lemma: str, event_nouns: frozenset[str]) -> bool:
    """"earthquake" for "quake", "airstrike" for "strike", "gunfight" for "fight": a compound
    word ending in one of the document's event nouns names the same event."""
    return any(len(noun) >= 5 and len(lemma) > len(noun) and lemma.endswith(noun) for noun in event_nouns)


def _date_governor(span):
    """The word a date phrase says when of: "Tuesday's earthquake" → earthquake, "killed on
    Saturday" → killed, "the 3 March earthquake" → earthquake."""
    tok = span.root
    head = tok.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    # "occurred at around 2:40 AM of 10 May": the clock time the date hangs on is the event's time
    for _ in range(2):
        if head is tok or head.ent_type_ != "TIME" or head.dep_ != "pobj" or head.head.dep_ != "prep" \
                or not any(c.like_num or any(ch.isdigit() for ch in c.text) for c in head.subtree):
            break
        head = head.head.head
    # a part of the day or an adverb the date hangs on: "late on Thursday" (late → the verb), "the early
    # hours of Tuesday" (hours → the verb), "Last Monday night the barge sank" (night → the verb)
    for _ in range(3):
        if head is tok:
            break
        if head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.i != head.i:
            head = head.head
        elif head.pos_ in ("NOUN", "PROPN") and (head.lemma_.lower() in _DAY_PARTS or head.ent_type_ in ("DATE", "TIME")) \
                and head.head.i != head.i:
            if head.dep_ == "pobj" and head.head.dep_ == "prep":
                head = head.head.head
            elif head.dep_ in ("npadvmod", "appos", "compound", "nmod"):
                head = head.head
            else:
                break
        else:
            break
    return head if head is not tok else None


# parts of a day a date may qualify ("Tuesday morning", "the early hours of Friday")
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "hour", "hours", "dawn", "dusk", "midnight",
                        "noon", "midday", "daybreak", "time", "today", "yesterday", "tonight"})


def _event_noun_before(span, event_nouns: frozenset[str]):
    """"the stampede at the basilica at dawn Saturday": an event noun whose phrase the date
    closes, with no verb between them (the parser may hang the date on the verb after)."""
    for tok in reversed(span.doc[max(span.sent.start, span.start - 12):span.start]):
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct and tok.text in ",;:":
            return None
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in event_nouns or tok.lower_ in event_nouns) \
                and span.start_char - (tok.idx + len(tok.text)) <= 60:
            return tok
    return None


def find_document_onset(sents, ctx, event_nouns: frozenset[str] | None = None) -> tuple[int, str, str, object] | None:
    """(sentence index, first day, date text, the dated word) of the sudden event a report is about, dated in its
    first sentences: the earliest day a date phrase gives to an onset verb, a casualty verb or an
    event noun ("the toll from Tuesday's earthquake rose to 412", "On 10 January at 0240H a crowd
    crush occurred", "gunmen attacked four villages on 7 and 8 November" → 7 November). None when
    no such phrase resolves to a day."""
    if event_nouns is None:
        event_nouns = _onset_event_nouns(sents)
    # the event's own words first; a dated casualty verb only when the report dates nothing else
    # ("five more died on Thursday" is a later death, not the event), nor the event in words wider
    # than a day ("the toll from last week's explosion": a death "on Sunday" is no onset then)
    found = _first_onset(sents, ctx, event_nouns, False)
    if found is not None or _vaguely_dated_event(sents, ctx):
        return found
    return _first_onset(sents, ctx, event_nouns, True)


def _after_prior_value(before: str) -> bool:
    """Whether a date follows an earlier value's phrase ("up from 38 on Sunday")."""
    prior = PRIOR_VALUE.search(before)
    return prior is not None and parse_number(prior.group("num").rstrip(",.")) is not None


def _vaguely_dated_event(sents, ctx) -> bool:
    """Whether the lead names its event by a span wider than a few days ("last week's explosion",
    "last month's floods")."""
    from crosscheck.extract.dates import base_at, resolve_expression
    for sent in sents[:_ONSET_LEAD]:
        base, inferred = base_at(parsed_text(sent.doc), sent.start_char, ctx)
        for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
            if not _possessive_date(sent.text, expr.end):
                continue
            start, end, _, _ = resolve_expression(expr, base, inferred)
            if start is not None and end is not None and (end - start).days > 3:
                return True
    return False


def _first_onset(sents, ctx, event_nouns: frozenset[str], casualty_verbs: bool):
    """The earliest day the lead gives the event (an event starts on its first day, whichever
    sentence of the lead tells it first)."""
    found = None
    for idx, sent in enumerate(sents[:_ONSET_LEAD]):
        onset = _sentence_onset(sent, ctx, event_nouns, casualty_verbs)
        if onset is not None and (found is None or onset[0] < found[1]):
            found = (idx,) + onset
    return found


def _possessive_date(text: str, end: int) -> bool:
    """"Tuesday's earthquake": a date that says which event, not when a span ends or starts."""
    return re.match(r"['\u2019]s\b", text[end:end + 3]) is not None


def _sentence_onset(sent, ctx, event_nouns: frozenset[str], casualty_verbs: bool):
    """(first day, date text, dated word) of the event ``sent`` dates, the earliest if several."""
    from crosscheck.extract.dates import base_at, resolve_expression
    base, inferred = base_at(parsed_text(sent.doc), sent.start_char, ctx)
    best = None
    if not casualty_verbs and base is not None and not inferred and _present_tense(sent):
        # "Three days after the flood swept the valley, rescuers are still digging": told in the present
        # of the report's day, the event was that many days before it
        for tok, days, phrase in _days_after_events(sent, event_nouns):
            best = ((base - dt.timedelta(days=days)).isoformat(), phrase, tok)
            break
    for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
        if not _possessive_date(sent.text, expr.end) and (_NOT_ONSET_BEFORE.search(sent.text[:expr.start])
                                                          or _AS_OF_BEFORE.search(sent.text[:expr.start])
                                                          or _after_prior_value(sent.text[max(0, expr.start - 80):expr.start])):
            # "by midnight on Tuesday": when a count stood, not when the event happened ("weakened by
            # Tuesday's earthquake" names the event: the word before governs the noun, not the date)
            continue
        span = sent.doc.char_span(sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand")
        if span is None:
            continue
        governor = _date_governor(span)
        if governor is None or not _onset_word(governor, event_nouns, casualty_verbs):
            governor = _event_noun_before(span, event_nouns)
        if governor is None or _later_event(governor):
            continue  # "yesterday's second attack": a later event, not the one the report counts from
        start, end, _, _ = resolve_expression(expr, base, inferred)
        if start is None or end is None or (end - start).days > 3:
            continue
        if ctx.published is not None and ctx.published_from != "inferred" \
                and not 0 <= (ctx.published - start).days <= _ONSET_WINDOW_DAYS:
            continue  # an earlier event recalled in the lead ("in March 2011 a blast at the mine killed 26")
        if best is None or start.isoformat() < best[0]:
            best = (start.isoformat(), expr.text, governor)
    return best


# "a second attack", "another blast", "the latest raid": a later event of the same kind
_LATER_EVENT_WORDS = frozenset({"second", "third", "fourth", "fifth", "another", "new", "fresh", "latest", "renewed",
                                "further", "subsequent"})


def _later_event(word) -> bool:
    """Whether the event noun ``word`` names a later event of its kind ("yesterday's second attack",
    "Friday's fresh strikes"), not the first one a report's counts run from."""
    return word.pos_ == "NOUN" and any(c.dep_ in ("amod", "det") and c.lower_ in _LATER_EVENT_WORDS for c in word.children)


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
# "three days after the second assault", "a week after the quake", "the day after the blast", "48 hours after the fire"
_DAYS_AFTER = re.compile(r"\b(?:(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|hour)s?"
                         r"|the\s+(?P<next>day|morning|night|evening))\s+after\s+(?:the\s+|this\s+|that\s+)?"
                         r"(?:[\w-]+\s+){0,2}$", re.I)


def _days_after_events(sent, event_nouns: frozenset[str]):
    """(event word, days, phrase) for each "<N> days after the <event>" that opens ``sent`` ("Two
    days after the second assault, ...", "The day after the blast, ..."): a day counted from the event's.
    Hours count only in whole days ("48 hours after the quake")."""
    for tok in sent:
        if not ((tok.pos_ == "NOUN" and (tok.lemma_.lower() in event_nouns or tok.lower_ in event_nouns
                                         or _ends_with_event_noun(tok.lemma_.lower(), event_nouns)))
                or (tok.pos_ == "VERB" and _onset_verb(tok))):
            continue
        before = parsed_text(sent.doc)[max(sent.start_char, tok.idx - 60):tok.idx]
        m = _DAYS_AFTER.search(before)
        if m is None or re.search(r"[,;:.]", m.group(0)):
            continue
        at = tok.idx - len(before) + m.start()
        if any(t.pos_ in ("VERB", "AUX") and t.idx < at for t in sent):
            continue  # only a phrase that opens the sentence dates it ("..., still missing three days after the blast" does not)
        if m.group("next"):
            days = 1
        else:
            n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS[m.group("n").lower()]
            unit = m.group("unit").lower()
            if unit == "hour" and n % 24:
                continue
            days = n // 24 if unit == "hour" else n * (7 if unit == "week" else 1)
        yield tok, days, (m.group(0) + tok.text).strip()


def _present_tense(sent) -> bool:
    """Whether ``sent``'s main clause is in the present ("rescuers are digging", "the toll stands at 9")."""
    root = sent.root
    tags = {root.tag_} | {c.tag_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & {"VBP", "VBZ"}) and "VBD" not in tags and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "should", "might") for c in root.children)


def _past_tense(sent) -> bool:
    root = sent.root
    tags = {root.tag_} | {c.tag_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    return "VBD" in tags


def _names_event(sent, word, incidents: frozenset[str]) -> bool:
    """Whether ``sent`` names the event ``word`` dated ("the quake" / "Tuesday's earthquake",
    "the toll from the stampede"): its word again (not a bare casualty verb: "killed" names no
    event) or one of the document's event nouns."""
    event_word = word.pos_ == "NOUN" or term_measure(word) is None
    for tok in sent:
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in incidents or tok.lower_ in incidents):
            return True
        if event_word and _same_event_word(tok, word):
            return True
    return False


def _onset_words(word) -> list:
    """The dated word and, for an onset verb, its subject: "the quake struck on Monday" → struck, quake."""
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None) if word.pos_ == "VERB" else None
    # the subject phrase's nouns: "the magnitude 6.9 earthquake struck" may parse "magnitude" as the head
    return [word] + ([t for t in subject.subtree if t.pos_ == "NOUN"] if subject is not None else [])


def _states_toll(sent, number=None) -> bool:
    """"the death toll climbed to 781", "the total number of fatalities has reached 41": the
    sentence states the running toll itself (a toll noun, or a count noun of casualties). A
    situation report's label row ("Deaths: 1,204 (agency)") states it too (see ``_LABEL_ROW``).
    With ``number`` (the count's token), the toll must be the count's own: the count stands in the
    clause of the toll noun ("the toll rose to 41", "put the number of dead at 37, with five
    still unaccounted for"), not in another clause beside it ("45 were hurt and he warned the number of
    dead will rise")."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        toll = lemma in ("toll", "tally") or (
            lemma in ("number", "total", "count") and tok.pos_ == "NOUN"
            and any(term_measure(c) is not None for c in tok.subtree if c.i != tok.i))
        if toll and (number is None or number in _clause_of(tok).subtree):
            return True
    return False


def _clause_of(tok):
    """The verb whose clause ``tok`` stands in (the sentence root when no verb is above it)."""
    head = tok
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head


def _figure_token(sent, fig):
    """The token of ``sent`` the figure's number starts at, if any."""
    if fig.char_start is None:
        return None
    return next((t for t in sent if t.idx <= fig.char_start < t.idx + max(len(t.text), 1)), None)


def _dated_later_by_count_verb(sent, number, day: str, onset_text: str, ctx) -> bool:
    """"The toll climbed to 29 on Friday", "Yesterday the ministry revised the toll down to 53": a
    count a count verb (``count_verbs.txt``) dates to a later day than the event's is the count as
    it stood on that day; the sentence reports an update, and does not say from when it runs."""
    from crosscheck.extract.dates import base_at, resolve_expression
    if number is None:
        return False
    base, inferred = base_at(parsed_text(sent.doc), sent.start_char, ctx)
    for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
        if expr.text == onset_text or _AS_OF_BEFORE.search(sent.text[:expr.start]):
            continue  # "as of 9:00 today the toll stood at 67": a cut-off of the count that runs from the event
        span = sent.doc.char_span(sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand")
        governor = _date_governor(span) if span is not None else None
        if (governor is None or governor.pos_ not in ("VERB", "AUX")) and not sent.text[:expr.start].strip(" \"'(-"):
            governor = sent.root  # a date that opens the sentence dates its main verb ("Yesterday X revised ...")
        if governor is None or governor.lemma_.lower() not in load_words("count_verbs.txt") \
                or number not in governor.subtree:
            continue
        start, _, _, _ = resolve_expression(expr, base, inferred)
        if start is not None and start.isoformat() > day:
            return True
    return False


def _date_document_onset(figures: list[Figure], sents, ctx) -> None:
    """"The toll from Tuesday's earthquake rose to at least 412. [...] The death toll from the
    quake has risen to 781": in a report about one sudden event, a count of its dead, hurt,
    missing, fled or taken that names no period of its own but names the event starts on the day
    the report dates the event. A count that does not name the event ("Twelve people remain in
    hospital") keeps no period: the text does not say."""
    if not any(f.measure in _ONSET_MEASURES and not (f.period_start or f.period_end or f.period_text) for f in figures):
        return
    event_nouns = _onset_event_nouns(sents)
    onset = find_document_onset(sents, ctx, event_nouns)
    if onset is None:
        return
    onset_idx, day, text, word = onset
    for fig in figures:
        # a headline or lead count before the sentence that dates the event counts from it too
        # ("Governor puts province's quake dead at 1,650 [...] The earthquake struck on Tuesday")
        if fig.period_start or fig.period_end or fig.period_text or fig.measure not in _ONSET_MEASURES \
                or fig.sentence_idx is None:
            continue
        if fig.sentence_idx < onset_idx and (_is_heading(sents[fig.sentence_idx]) or _title_line(sents[fig.sentence_idx])
                                             or term_measure(word) is not None):
            # a headline over the story ("Quake toll passes 400") is read as written; a later death dated
            # in the text ("five died on Tuesday when an aftershock ...") starts no count stated before it
            continue
        sent = sents[fig.sentence_idx]
        if fig.sentence_idx < onset_idx and not any(_names_event(sent, w, _sudden_event_nouns()) for w in _onset_words(word)):
            continue  # before the event is dated, only a count that names it is its count
        number = _figure_token(sent, fig)
        if fig.sentence_idx != onset_idx and not _names_event(sent, word, _sudden_event_nouns()) \
                and not _states_toll(sent, number) and not _LABEL_ROW.match(sent.text):
            continue
        if _dated_later_by_count_verb(sent, number, day, text, ctx):
            continue
        if _OTHER_TIME.search(_without_since_the_event(sent, word)) or any(year != day[:4] for year in _YEAR.findall(sent.text)):
            continue
        if fig.reported_on and fig.reported_on < day:
            continue
        shifted = _shifted_from_event(sent, word, day, event_nouns)
        if shifted is not None:
            # "Three days after the second assault, the attackers returned, killing a guard": that day
            fig.period_start, fig.period_end, fig.period_text = shifted
            continue
        fig.period_start, fig.period_text = day, text


def _shifted_from_event(sent, word, day: str, event_nouns: frozenset[str]) -> tuple[str, str, str] | None:
    """(day, day, phrase) when a past-tense ``sent`` dates what it tells by days after the report's
    event ("Three days after the second assault, attackers returned", "The day after the blast, four more
    died"), else None."""
    if not _past_tense(sent):
        return None
    for tok, days, phrase in _days_after_events(sent, event_nouns | {w.lemma_.lower() for w in _onset_words(word)}):
        if any(_same_event_word(tok, w) for w in _onset_words(word)) or tok.lemma_.lower() in event_nouns:
            shifted = (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
            return shifted, shifted, phrase
    return None


def _without_since_the_event(sent, word) -> str:
    """``sent``'s text without a "since" phrase or clause that names the report's own event ("74 were
    treated since the blaze", "since the first hours of the raid", "since the quake struck two days
    ago"): such a "since" counts from the event's day, it names no other time."""
    text = sent.text
    for tok in sent:
        if tok.lower_ != "since" or tok.head.i == tok.i:
            continue
        phrase = list(tok.subtree) if tok.dep_ == "prep" else list(tok.head.subtree) if tok.dep_ == "mark" else []
        if not phrase:
            continue
        nouns = [t for t in phrase if t.pos_ == "NOUN"]
        if tok.dep_ == "mark":  # the clause's subject is the event: "since the quake struck"
            nouns = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        if not any(_names_event_word(t, word) for t in nouns):
            continue
        lo, hi = phrase[0].idx - sent.start_char, phrase[-1].idx + len(phrase[-1].text) - sent.start_char
        lo = min(lo, tok.idx - sent.start_char)
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _names_event_word(tok, word) -> bool:
    """Whether the noun ``tok`` names the very event ``word`` dates: the dated word again, or a noun
    of the sentence that dates it ("the quake struck on Monday" → "since the earthquake"); another
    event ("since the storm" where only a dam's collapse is dated) does not."""
    if any(_same_event_word(tok, w) for w in _onset_words(word)):
        return True
    incidents = _sudden_event_nouns()
    return (tok.lemma_.lower() in incidents or tok.lower_ in incidents) \
        and any(t.pos_ == "NOUN" and _same_event_word(tok, t) for t in word.sent)


# "as of 19 March", "as at 08:00 on 6 May", "as on 15 March": the day up to which a count runs
_AS_OF_END = re.compile(r"\bas\s+(?:of|at|on)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|h|hrs)?|noon|midday|midnight|dawn|dusk)"
                        r"\s+(?:on\s+|of\s+)?)?(?:the\s+)?$", re.I)


def _as_of_ends(figures: list[Figure], sents, ctx) -> None:
    """"As of 19 March, 78 people have died", "23 remain missing as of noon Sunday": a count the
    text says stood "as of" a day runs up to that day: the day is its period's end (its start is
    what the text says elsewhere, or nothing). A count whose own period already ends, or a count
    of a single day, keeps it; "by Tuesday" and "rose to 27 on Thursday" are no "as of"."""
    from crosscheck.extract.dates import base_at, resolve_expression
    for fig in figures:
        if fig.period_end or fig.measure not in PEOPLE_MEASURES or fig.sentence_idx is None:
            continue
        sent = sents[fig.sentence_idx]
        base, inferred = base_at(parsed_text(sent.doc), sent.start_char, ctx)
        best = None
        for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
            m = _AS_OF_END.search(sent.text[max(0, expr.start - 40):expr.start])
            if m is None or expr.kind == "range":
                continue
            start, end, _, _ = resolve_expression(expr, base, inferred)
            if start is None or start != end:
                continue
            gap = abs(sent.start_char + expr.start - fig.char_start)
            phrase = sent.text[max(0, expr.start - 40) + m.start(): expr.end]
            if best is None or gap < best[0]:
                best = (gap, end.isoformat(), phrase)
        if best is None or (fig.period_start and fig.period_start > best[1]):
            continue
        fig.period_end = best[1]
        fig.period_text = f"{fig.period_text}; {best[2]}" if fig.period_text else best[2]


def _section_heading(sent) -> bool:
    """"2. HUMAN IMPACT (cumulative, from 7 March 2026)": a numbered or capitalised section heading
    (not a "Label: 12" row)."""
    text = sent.text.strip()
    # a label row has a colon or bar before its number ("Deaths: 12"); a clock time ("18:00") is no label
    if not text or text[-1] in ".!?" or len(text.split()) > 16 or re.search(r"(?<!\d)[:|]\s*[~≈]?\d", text):
        return False
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) >= 0.6 * len(letters) if letters else False
    return upper or re.match(r"^\d+(?:\.\d+)*\.?\s+[A-Z]", text) is not None


def _heading_period(sent, ctx) -> tuple[str | None, str | None, str] | None:
    """The open span a section heading gives: "(cumulative, from 7 March 2026)", "since 1 May"
    (a start), or the day its counts stood at: "IMPACT (cumulative as at 9/04/2031 12:00 hrs)",
    "CASUALTIES AS OF 9 APRIL" (an end)."""
    from crosscheck.extract.dates import context_base, resolve_expression
    base, inferred = context_base(ctx)
    for expr in find_date_expressions(sent.text, (parsed_text(sent.doc), sent.start_char)):
        m = re.search(r"\b(?:from|since)\s+$", sent.text[max(0, expr.start - 8): expr.start], re.I)
        upto = _AS_OF_END.search(sent.text[max(0, expr.start - 40): expr.start]) if m is None else None
        if (m is None and upto is None) or expr.kind == "range":
            continue
        start, end, _, _ = resolve_expression(expr, base, inferred)
        if m is not None and start is not None:
            return start.isoformat(), None, sent.text[expr.start - len(m.group(0)): expr.end]
        if upto is not None and end is not None and start == end:
            return None, end.isoformat(), sent.text[max(0, expr.start - 40) + upto.start(): expr.end]
    return None


def _is_heading(sent) -> bool:
    """A title or entry heading: a line of its own without closing punctuation."""
    text = sent.text.strip()
    return bool(text) and text[-1] not in ".!?\"”'’)" and len(text.split()) <= 16


def _complete_headings(figures: list[Figure], sents) -> None:
    """A heading's figure ("Health ministry raises toll to 96", "Monitor counts 70 civilian dead")
    is the figure the text under it states in full: it takes that figure's source and period
    when it names none."""
    for fig in figures:
        if fig.sentence_idx is None or fig.value is None or fig.measure not in PEOPLE_MEASURES \
                or not _is_heading(sents[fig.sentence_idx]):
            continue
        body = next((f for f in figures if f.sentence_idx is not None and f.sentence_idx > fig.sentence_idx
                     and f.value == fig.value and f.measure == fig.measure
                     and not _is_heading(sents[f.sentence_idx])), None)
        if body is None:
            continue
        if body.source and (fig.source is None or (fig.source_text or "") == (fig.source_text or "").lower()
                            or (fig.source_text or "").split()[0:1] != (fig.source or "").split()[0:1]):
            # the body names the source in full ("Hospital director: seven died" → Dr Emil Sarkis)
            fig.source, fig.source_text = body.source, body.source_text
        if not fig.period_text and body.period_text:
            fig.period_start, fig.period_end, fig.period_text = body.period_start, body.period_end, body.period_text
        if not fig.location and body.location:
            fig.location = list(body.location)  # "Toll rises to 58" over "58 ... dead across Thalavar province"


FORCE_GROUPS = ("security_forces", "armed_group")
_PART_MARK = re.compile(r"\b(?:including|includ(?:es|ed)|among\s+(?:them|whom|those|the\s+dead|the\s+victims)|of\s+(?:them|whom))\b|:", re.I)


def _mix_with_forces(figures: list[Figure], wholes: list[Figure] | None = None) -> None:
    """"Three persons lost their lives, among them one member of the gendarmerie", "17 deaths,
    including one member of the security forces": a count of people whose side it does not say,
    broken down into a part that is fighters or forces, counts both sides: ``mixed``. With
    ``wholes``, only those counts are looked at."""
    by_sent: dict[int, list[Figure]] = {}
    for fig in figures:
        if fig.sentence_idx is not None and fig.measure in PEOPLE_MEASURES:
            by_sent.setdefault(fig.sentence_idx, []).append(fig)
    for figs in by_sent.values():
        for whole in figs:
            if whole.group != "unspecified" or whole.value is None or wholes is not None \
                    and not any(whole is w for w in wholes):
                continue
            base = _sentence_offset(whole)
            if base is None:
                continue
            for part in figs:
                if part is whole or part.group not in FORCE_GROUPS or part.measure != whole.measure \
                        or part.char_start <= whole.char_end or part.value is None or part.value >= whole.value:
                    continue
                between = whole.sentence[whole.char_end - base: part.char_start - base]
                if _PART_MARK.search(between) and not re.search(r"[.;]", between):
                    whole.group = "mixed"
                    break
            if whole.group == "unspecified" and _unnumbered_force_part(whole.sentence[whole.char_end - base:]):
                whole.group = "mixed"


_UNNUMBERED_PART = re.compile(
    r"^[^.;:]*?\b(?:including|among\s+(?:them|whom))\s+(?:at\s+least\s+)?(?:a|an|one|several|some|a\s+few|many)\s+"
    r"((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)", re.I)


def _unnumbered_force_part(after: str) -> bool:
    """"163 people treated for injuries, including several police officers", "14 others were wounded,
    including a police officer": a part named without a number of its own (so not a figure) that is a
    side's forces."""
    m = _UNNUMBERED_PART.match(after)
    if not m:
        return False
    groups = group_nouns()
    words = m.group(1).lower().split()
    for n in range(len(words), 0, -1):  # "police officer" before "police"
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            forms = (phrase, phrase[:-1], phrase[:-2])
            group = next((groups[f] for f in forms if f in groups), None)
            if group is not None:
                return group in FORCE_GROUPS
    return False


UNREST_LEAD_SENTENCES = 4


def _parts_take_scope(figures: list[Figure]) -> None:
    """"21 deaths at the market, including four children": a part listed after its whole is counted
    where and when the whole is, unless it says otherwise."""
    by_sent: dict[int, list[Figure]] = {}
    for fig in figures:
        if fig.sentence_idx is not None and fig.measure in PEOPLE_MEASURES:
            by_sent.setdefault(fig.sentence_idx, []).append(fig)
    for figs in by_sent.values():
        for part in figs:
            if part.location and part.period_start:
                continue
            base = _sentence_offset(part)
            wholes = [w for w in figs if w is not part and w.char_end is not None and part.char_start is not None
                      and w.char_end <= part.char_start and w.measure == part.measure]
            if base is None or not wholes:
                continue
            whole = wholes[-1]
            between = part.sentence[whole.char_end - base: part.char_start - base]
            if not _PART_MARK.search(between) or re.search(r"[.;]", between):
                continue
            if not part.location and whole.location:
                part.location = list(whole.location)
            if not part.period_start and not part.period_end and whole.period_start:
                part.period_start, part.period_end, part.period_text = whole.period_start, whole.period_end, whole.period_text


def unrest_document(doc) -> bool:
    """Whether the document tells of civil unrest (protests, riots, a crackdown): a word marked
    ``unrest`` in ``group_nouns.tsv`` in its headline or lead (the first few sentences), or twice
    anywhere (once, late in the text, is background: "the war began when forces fired on protesters")."""
    markers = unrest_words()
    hits = [t for t in doc if t.lemma_.lower() in markers or t.lower_ in markers]
    if len(hits) >= 2:
        return True
    lead = list(doc.sents)[:UNREST_LEAD_SENTENCES]
    return bool(hits) and bool(lead) and hits[0].i < lead[-1].end


def unrest_words() -> frozenset[str]:
    from crosscheck.lexicons import load_lexicon
    return frozenset(r[0].lower() for r in load_lexicon("group_nouns.tsv") if len(r) > 2 and r[2] == "unrest")


UNREST_CIVILIAN_MEASURES = ("detained", "abducted", "missing")
# harms an armed group does to people it attacks ("gunmen killed 19 people", "abducted by the militia")
ATTACK_MEASURES = ("killed", "injured", "abducted")


def _unrest_civilians(figures: list[Figure], doc) -> None:
    """In a report on protests, riots or a crackdown, people detained, abducted or missing whose
    side the text does not say ("1,800 people detained", "64 people remain missing after arrest",
    a table of detainees per city) are civilians: the state holds civilians, not its own forces."""
    targets = [f for f in figures if f.measure in UNREST_CIVILIAN_MEASURES and f.group == "unspecified"
               and not _names_the_accused(f.subject)]
    if targets and unrest_document(doc):
        for fig in targets:
            fig.group = "civilians"


def _names_the_accused(subject: str | None) -> bool:
    """"More than 300 suspects are in custody": people the count names as accused (``accused`` in the
    third column of ``group_nouns.tsv``) are held as suspects, whatever the story's setting."""
    from crosscheck.lexicons import load_lexicon
    accused = {r[0].lower() for r in load_lexicon("group_nouns.tsv") if len(r) > 2 and r[2] == "accused"}
    words = re.findall(r"[^\W\d_]+", (subject or "").lower())
    return any({w, w[:-1], w[:-2]} & accused for w in words)


_MEN_WORDS = frozenset({"man", "men"})


def _suspected_men_unspecified(figures: list[Figure]) -> None:
    """"Police said six men were arrested on suspicion of arson": men count as civilians, but men held
    in a sentence that calls them suspects (``suspicion_cues.txt``) are held for a crime the text has
    not tied to any side; their side is not said."""
    cues = load_words("suspicion_cues.txt")
    for fig in figures:
        if fig.group != "civilians" or fig.measure != "detained":
            continue
        words = re.findall(r"[^\W\d_]+", (fig.subject or "").lower())
        if not set(words) & _MEN_WORDS:
            continue
        words = re.findall(r"[^\W\d_]+|\d[\d,.]*", fig.sentence.lower())
        numbers = load_mapping("number_words.tsv")
        # a cue counted by a number of its own ("only four suspects") names other people
        if any(w in cues and not (i and (words[i - 1][0].isdigit() or words[i - 1] in numbers))
               for i, w in enumerate(words)):
            fig.group = "unspecified"


_VICTIMS = re.compile(r"^(?:[^\W\d_][\w-]*\s+){0,2}victims?\b", re.I)
VICTIM_MEASURES = ("killed", "injured", "missing")


def _victims_civilians(figures: list[Figure]) -> None:
    """"Four of the victims later died in the clinic", "two more victims were found": people the text calls
    the victims of a killing or an injury, with no side named, are civilians (a side's fighters who
    fall are counted as its fighters). Not the "victims" housed or registered after a disaster
    (displaced: an affected population, of no stated side)."""
    for fig in figures:
        if fig.group == "unspecified" and fig.measure in VICTIM_MEASURES and _VICTIMS.match((fig.subject or "").strip()):
            fig.group = "civilians"


OTHERS_WORDS = {"others", "other", "more"}


def _others_take_group(figures: list[Figure]) -> None:
    """"Four soldiers were killed and nine others wounded", "62 civilians ... and the injury of 180
    others": "others" are more of the people counted just before in the sentence."""
    for i, fig in enumerate(figures):
        if fig.group != "unspecified" or fig.measure not in PEOPLE_MEASURES or fig.sentence_idx is None \
                or (fig.subject or "").lower() not in OTHERS_WORDS:
            continue
        before = [f for f in figures[:i] if f.sentence_idx == fig.sentence_idx and f.measure in PEOPLE_MEASURES
                  and f.char_end is not None and fig.char_start is not None and f.char_end <= fig.char_start
                  and f.group not in (None, "unspecified")]
        if before:
            fig.group = before[-1].group


SPECIFIC_GROUPS = ("civilians", "security_forces", "armed_group")
_COORDINATION_WORDS = frozenset("""and as well were was are is have has had been be reportedly killed dead died
    injured wounded hurt missing kill killing injure injuring wound wounding left leaving""".split())


def _coordinated_counts_take_group(figures: list[Figure]) -> None:
    """"22 villagers killed and six hurt", "The raid killed 17 villagers and wounded 36":
    a bare count of another harm (no people noun of its own) coordinated right after a count of
    one side's people counts more of the same people."""
    for fig in figures:
        if fig.group != "unspecified" or fig.subject or fig.measure not in PEOPLE_MEASURES \
                or fig.sentence_idx is None or fig.char_start is None:
            continue
        before = [f for f in figures if f is not fig and f.sentence_idx == fig.sentence_idx
                  and f.measure in PEOPLE_MEASURES and f.char_end is not None and f.char_end <= fig.char_start]
        if not before:
            continue
        prev = max(before, key=lambda f: f.char_end)
        if prev.group not in SPECIFIC_GROUPS or prev.measure == fig.measure:
            continue
        base = _sentence_offset(fig)
        if base is None or prev.char_end - base < 0:
            continue
        between = fig.sentence[prev.char_end - base: fig.char_start - base]
        # the words of the earlier count's own phrase ("13 civilians", "two of its citizens") may come first
        own = set(re.findall(r"[^\W\d_]+", (prev.subject or "").lower())) | {"of", "the", "its", "their", "his", "her"}
        words = re.findall(r"[^\W\d_]+|\d", between.lower())
        if "and" in words and not re.search(r"[.;:]", between) \
                and all(w in _COORDINATION_WORDS or w in own for w in words):
            fig.group = prev.group


def _elliptic_counts_take_group(figures: list[Figure]) -> None:
    """"31 miners have died, not the 12 the company gave", "52 villagers could not be traced;
    the figure has since dropped to 30", "detained 20 men ... and four are still in custody": a
    count with no people noun of its own counts the people of the count just before it in its
    sentence, when that count names one side (not a mix: a share of a mixed whole is of no stated
    side); of another harm only in the same voice; not when told of another place or time, nor when
    larger than that count after counts of other sides (a sum of them). Left to the more particular
    rules first (parts, "others", coordinated harms)."""
    people = [f for f in figures if f.measure in PEOPLE_MEASURES and f.sentence_idx is not None
              and f.char_start is not None and f.char_end is not None]
    for fig in people:
        if fig.group != "unspecified" or fig.subject:
            continue
        before = [f for f in people if f is not fig and f.sentence_idx == fig.sentence_idx
                  and f.char_end <= fig.char_start]
        if not before:
            continue
        prev = max(before, key=lambda f: f.char_end)
        if prev.measure != fig.measure and prev.source != fig.source:
            continue  # "police said two officers were killed, while the clinic treated 40": another voice's count
        if fig.location and set(fig.location) != set(prev.location or []) or fig.period_text and prev.period_text \
                and (fig.period_text.lower(), fig.period_start, fig.period_end) \
                != (prev.period_text.lower(), prev.period_start, prev.period_end):
            continue  # "two soldiers killed on Monday and 30 injured in another town on Friday": other people
        if _least(fig) is not None and _least(prev) is not None and _least(fig) > _least(prev) \
                and any(f.group != prev.group for f in before):
            continue  # "three guards and one officer were killed, bringing the toll to four": a sum of sides
        if prev.group in SPECIFIC_GROUPS:
            fig.group = prev.group


def settle_groups(doc, figures: list[Figure]) -> list[Figure]:
    """The document-wide group rules again, for figures whose measure was set after
    ``extract_figures`` (table rows typed by their header in ``tables.apply_table_measures``):
    in a story of protests or a crackdown, people detained, abducted or missing are civilians."""
    _unrest_civilians(figures, doc)
    return figures


# "Of those, 40 villagers were shot" right after a death toll: a part of the dead. On (True) since a
# site named with a modifier between its name and noun ("the Tarsk stone pit near Arvel") is read as
# a place (figure_scope) and "on the first day" / "the same day" date such parts (dates)
SHOT_PARTS = True
_FRONTED_OF_THESE = re.compile(r"^\W*(?:of|among)\s+(?:these|them|those|whom)\b", re.I)
# the people "shot" anywhere in a report that counts dead and no wounded: on (True) types them killed
# (a yearless date after a paragraph's year, "from 3 to 5 May 1988 ... 40 were shot on 4 May", now
# takes that year, so such counts of a decades-old massacre keep their year)
SHOT_AMONG_DEAD = True


def _passive_shooting(verb) -> bool:
    """"40 villagers were shot", "and 30 more at the bridge" (the same verb): a passive "shoot" with no
    word of its own for the outcome ("shot dead" and "shot and wounded" are read by their words)."""
    return verb is not None and verb.lemma_.lower() == "shoot" and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.children)


def _shot_among_dead(figures: list[Figure], shot: set[int]) -> None:
    """"Of those, 40 villagers were shot at the mill": a report that counts dead and counts no one
    wounded, hurt or treated tells of people shot as people killed. A count typed injured only by a
    passive "were shot" becomes killed there when it is no larger than a death toll of the same
    report; a report that counts any injured otherwise keeps "shot" as injured."""
    if not SHOT_PARTS or not shot or any(f.measure == "injured" for i, f in enumerate(figures) if i not in shot):
        return
    tolls = [f.value for f in figures if f.measure == "killed" and f.value is not None]
    if not tolls:
        return
    for i in shot:
        fig = figures[i]
        if fig.value is None or fig.value > max(tolls):
            continue
        if SHOT_AMONG_DEAD or _FRONTED_OF_THESE.match(fig.sentence) and any(
                f.measure == "killed" and f.value is not None and f.value >= fig.value
                and f.sentence_idx is not None and fig.sentence_idx is not None
                and 0 < fig.sentence_idx - f.sentence_idx <= 1 for f in figures):
            fig.measure = "killed"


def _sentence_offset(fig: Figure) -> int | None:
    """Char offset of the figure's sentence in the document."""
    at = fig.sentence.find(fig.number_text)
    return None if at == -1 else fig.char_start - at


def find_single_victims(doc, sent, mentions: list[NumberMention]) -> list[tuple[NumberMention, tuple]]:
    """"A 42-year-old man was shot dead": one person harmed, written without a number.

    An indefinite singular person noun ("a man", "an officer") that a casualty term governs,
    and that is not the doer of the verb, reads as a count of 1 whose number is the article."""
    counted = {c.i for c in (find_counted_noun(doc, m) for m in mentions) if c is not None}
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.i in counted or term_measure(tok) or not is_people_noun(tok):
            continue
        article = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
        if article is None:
            continue
        measure, governor = measure_of_noun(tok, relative_clauses=False), tok
        if not measure:
            measure, governor = find_measure(tok)
            if measure and governor.pos_ in ("VERB", "AUX") and is_agent(tok, governor):
                continue
        if measure not in PEOPLE_MEASURES:
            continue
        mention = NumberMention(article.i, article.i + 1, article.idx, article.idx + len(article.text),
                                article.text, None, Quantity(1.0, 1.0, 1.0, "exact"), article.i)
        out.append((mention, (measure, tok, governor)))
    return out


def extract_figures(doc, ctx, date_refs=None, count_single_victims: bool = False) -> list[Figure]:
    """Every figure stated in ``doc`` (a spaCy Doc of the document's cleaned text).

    With ``count_single_victims``, "a man was killed" also gives a figure of 1 (off by
    default: the export contract counts numbers as written)."""
    sents = list(doc.sents)
    names = SourceNames(doc)
    figures: list[Figure] = []
    mentions_by_sent = [drop_noise_mentions(doc, find_number_mentions(sent)) for sent in sents]  # figure_noise
    recent = Recent()
    shot: set[int] = set()  # figures typed injured only by "were shot"
    attacked: list[Figure] = []  # people counts whose harm an armed group is the doer of
    gapped: dict[int, tuple[int, int]] = {}  # gapped parts of a partitive list → their item's char span
    for idx, mentions in enumerate(mentions_by_sent):
        readings = [(mention, reading) for mention in mentions for reading in _readings(doc, mention)]
        readings = refine_readings(doc, readings, recent, idx)  # measure_cues
        if count_single_victims:
            readings += find_single_victims(doc, sents[idx], mentions)
        readings = _parts_of_previous(doc, sorted(readings, key=lambda pair: pair[0].start))
        readings = _elliptical_thing_counts(doc, readings)
        spans: dict[int, tuple[int, int]] = {}
        readings = _gapped_partitive_parts(doc, readings, spans)
        governors = {r[2].i for _, r in readings if r[0] in PEOPLE_MEASURES and r[2] is not None
                     and r[2].pos_ in ("VERB", "AUX")}
        for mention, reading in readings:
            own = {reading[2].i} if reading[2] is not None else set()
            if reading[0] == "injured" and _passive_shooting(reading[2]):
                shot.add(len(figures))
            if mention.start in spans:
                gapped[len(figures)] = spans[mention.start]
            figures.append(_build_figure(doc, ctx, sents, mentions_by_sent, idx, mention, reading, names, date_refs,
                                         frozenset(governors - own)))
            if figures[-1].group == "unspecified" and figures[-1].measure in ATTACK_MEASURES and reading[1] is not None \
                    and harmed_by_armed_group(reading[1]):
                attacked.append(figures[-1])
    _shot_among_dead(figures, shot)
    _gapped_parts_own_places(figures, gapped)
    _carry_sources(figures)
    _carry_continued_counts(figures, sents)
    _share_coordinated_periods(figures)
    _share_fronted_periods(figures, sents)
    _parts_take_period(figures, sents)
    _apply_reporting_period(figures, doc, ctx)
    _apply_governing_periods(figures, sents, ctx)
    _added_periods(figures, sents)
    _label_rows_take_title_place(figures, sents)
    _date_events_since(figures, sents, ctx)
    _date_referred_events(figures, sents, ctx)
    _date_document_onset(figures, sents, ctx)
    _complete_headings(figures, sents)
    _as_of_ends(figures, sents, ctx)
    _mix_with_forces(figures, attacked)
    for fig in attacked:
        if fig.group == "unspecified":
            fig.group = "civilians"  # "gunmen killed 19 people": the population the armed group attacked
    _others_take_group(figures)
    _coordinated_counts_take_group(figures)
    bare_counts_take_group(figures, sents)
    _mix_with_forces(figures)
    _parts_take_scope(figures)
    _bare_parts_take_scope(figures, recent.parts)
    _partitives_take_group(figures)
    if INCLUDED_PARTS_TAKE_GROUP:
        _included_parts_take_group(figures)
    _unrest_civilians(figures, doc)
    _suspected_men_unspecified(figures)
    _victims_civilians(figures)
    _elliptic_counts_take_group(figures)
    return figures
