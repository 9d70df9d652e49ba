"""What a number counts: the counted noun and the casualty measure, read from the parse.

* ``find_counted_noun(doc, mention)``: the noun a number modifies ("42 villagers"),
  the object of a partitive "of" ("dozens of abductions"), or None.
* ``find_measure(token)``: climb from a token to the first verb, reading casualty
  terms (``casualty_terms.tsv``) on nouns and verbs on the way.
* ``measure_of_verb`` / ``measure_of_noun``: the measure one verb or noun phrase says.
* ``is_people_noun``, ``is_agent``: whether a counted noun names people, and
  whether it is the doer of the verb rather than its victim.
"""
from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.extract.numbers import MORE_WORDS, NumberMention, count_after_weekday, parse_number
from crosscheck.lexicons import load_lexicon, load_mapping, load_words
from .nlp import parsed_text

NON_PEOPLE_ENTITIES = {"MONEY", "QUANTITY", "PERCENT", "DATE", "TIME"}
CLIMB_DEPS = {"nummod", "quantmod", "nsubj", "nsubjpass", "dobj", "pobj", "prep", "conj", "appos", "attr",
              "pcomp", "npadvmod", "compound", "amod", "advmod", "oprd", "acomp", "dep", "nmod", "prt"}
# ("its estimate of excess deaths to 2,900"; "the balance of victims", a translated "balance" for a toll)
COUNT_NOUNS = {"number", "total", "toll", "tally", "count", "figure", "estimate", "balance"}
TRANSPARENT_VERBS = {"include", "exclude"}
# a number inside one of these phrases is not counted by the verb above it: another happening
# ("after dinner with two of his children"), the doer ("killed by 20 gunmen"), a comparison
STOP_PREPOSITIONS = {"after", "before", "since", "until", "by", "against", "than"}


@lru_cache(maxsize=1)
def casualty_terms() -> dict[str, str]:
    return load_mapping("casualty_terms.tsv")


@lru_cache(maxsize=1)
def harm_nouns() -> frozenset[str]:
    """Casualty nouns that count harms, not people ("six gunshot wounds")."""
    return frozenset(row[0].lower() for row in load_lexicon("casualty_terms.tsv") if len(row) > 2 and row[2] == "harm")


def _tagged_terms(tag: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in load_lexicon("casualty_terms.tsv") if len(row) > 2 and tag in row[2].split(","))


@lru_cache(maxsize=1)
def surface_terms() -> frozenset[str]:
    """Word forms read as written, before their lemma ("hurting": feeling pain, not hurt)."""
    return _tagged_terms("form")


@lru_cache(maxsize=1)
def attempt_verbs() -> frozenset[str]:
    """Verbs and modifiers that say a harm was tried, not done ("tried to kill", "attempted murder")."""
    return _tagged_terms("attempt")


@lru_cache(maxsize=1)
def bare_verbs() -> frozenset[str]:
    """Verbs that say the measure only used without an object ("2,400 who have crossed since
    Sunday" are displaced; "crossed the street" is not); never read as nouns ("the Red Cross")."""
    return _tagged_terms("bare")


@lru_cache(maxsize=1)
def subject_verbs() -> frozenset[str]:
    """Verbs that say the measure only of their own counted subject ("three patients expired"),
    not of a number further down ("the visas of 300 workers expired")."""
    return _tagged_terms("subject")


@lru_cache(maxsize=1)
def remains_nouns() -> frozenset[str]:
    """Casualty nouns for remains ("bodies") that other senses share ("public bodies", "bodies that regulate")."""
    return _tagged_terms("remains")


@lru_cache(maxsize=1)
def people_object_verbs() -> frozenset[str]:
    """Verbs that say the measure only of an object naming people ("lost six people", not "lost 300 jobs")."""
    return _tagged_terms("people_object")


@lru_cache(maxsize=1)
def arrival_verbs() -> frozenset[str]:
    """Verbs of arriving: displaced only where the paragraph speaks of flight or shelter."""
    return _tagged_terms("arrival")


@lru_cache(maxsize=1)
def care_nouns() -> frozenset[str]:
    """Nouns that count the injured only where care is spoken of ("2,000 admissions for heat illness" to
    hospitals, not "university admissions"): ``care`` in the casualty terms."""
    return _tagged_terms("care")


@lru_cache(maxsize=1)
def toll_part_nouns() -> frozenset[str]:
    """Nouns whose partitive takes up the death toll before it ("five of the victims")."""
    return _tagged_terms("toll_part")


@lru_cache(maxsize=1)
def doer_nouns() -> frozenset[str]:
    """Nouns for the doers of a measure ("abductors", "kidnappers"): never a count of the harmed,
    but they say what a report is about and where captives are ("in the hands of their abductors")."""
    return _tagged_terms("doer")


def captivity_terms() -> frozenset[str]:
    """Verbs (and verb–object pairs) of being held, taken or freed that count the abducted only in
    a report of an abduction ("90 pupils were taken", "84 students regained their freedom",
    "more than 100 pupils still held"); elsewhere they say nothing ("taken to hospital")."""
    found = set(_tagged_terms("captivity"))
    if HELD_CAPTIVE:
        found |= _tagged_terms("held")
    if FREED_CAPTIVES:
        found |= _tagged_terms("freed")
    return frozenset(found)


@lru_cache(maxsize=1)
def _all_captivity_terms() -> frozenset[str]:
    """Every captivity term, switched on or not: never read as a measure of its own."""
    return _tagged_terms("captivity") | _tagged_terms("held") | _tagged_terms("freed")


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    return load_words("attribution_verbs.txt")


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, str]:
    """Nouns naming people → their group (rows marked ``not_people`` are left out)."""
    return {k: v for k, v in load_mapping("group_nouns.tsv").items() if v != "not_people"}


@lru_cache(maxsize=1)
def size_nouns() -> frozenset[str]:
    """Nouns whose number or "of N" gives a size, not people harmed ("population 167,000")."""
    return frozenset(row[0].lower() for row in load_lexicon("group_nouns.tsv") if len(row) > 2 and row[2] == "size")


@lru_cache(maxsize=1)
def not_people_nouns() -> frozenset[str]:
    """Nouns that look like agent nouns but are things ("warrants", "restaurants", "sites")."""
    return frozenset(k for k, v in load_mapping("group_nouns.tsv").items() if v == "not_people")


@lru_cache(maxsize=1)
def age_nouns() -> frozenset[str]:
    """Nouns for one person whose "of N" is their age ("a boy of nineteen", "a woman of 60")."""
    return frozenset(row[0].lower() for row in load_lexicon("group_nouns.tsv") if len(row) > 2 and row[2] == "age")


@lru_cache(maxsize=1)
def parent_nouns() -> frozenset[str]:
    """Nouns whose "of N" says how many children someone has ("a mother of two")."""
    return frozenset(row[0].lower() for row in load_lexicon("group_nouns.tsv") if len(row) > 2 and row[2] == "parent")


# --- measure ------------------------------------------------------------------------------------

def term_measure(token) -> str | None:
    """The measure a word says; "other" (legal-process verbs: charged, accused) only for verbs."""
    terms = casualty_terms()
    found = terms.get(token.lower_) if token.lower_ in surface_terms() else None
    found = found or terms.get(token.lemma_.lower()) or terms.get(token.lower_)
    if found == "other" and token.pos_ not in ("VERB", "AUX"):
        return None
    if found and token.lemma_.lower() in people_object_verbs() | arrival_verbs() | toll_part_nouns() | _all_captivity_terms() \
            | doer_nouns() | care_nouns():
        return None  # said only with a people object or in a context of flight (measure_of_verb)
    if found and token.lemma_.lower() in bare_verbs() \
            and (token.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children)):
        return None  # "crossed the street", "the Red Cross"
    if found and token.lemma_.lower() in _tagged_terms("custody") and token.pos_ == "VERB" \
            and _abduction_report(token.doc) and not _held_in_custody(token):
        return None  # "90 pupils were taken and six escaped": captives who got away, not people fleeing
    return found


def measure_of_verb(verb) -> str | None:
    """Measure said by a verb: a verb–word phrase ("lose life", "fatally shoot", "shoot dead"),
    its lemma ("killed"), or a verb it governs ("believed to have died", "reported missing",
    "left 2,400 people injured"). "Shot and killed" is killed."""
    if verb.pos_ == "ADJ":
        return term_measure(verb)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in attempt_verbs() or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in attempt_verbs()):
        return "other"  # "tried to kill a guard", "attempted to murder three people": not done
    if fires_at(verb):
        return "other"  # "two men who shot at a police car", "was shot at": fired at, not hit
    phrase = _phrase_measure(verb)
    if phrase == "detained" and _carried_to_care(verb):
        return "injured"  # "they took 31 boys away in ambulances": carried off to be treated, not arrested
    if phrase:
        return "abducted" if phrase == "detained" and _taken_by_armed_group(verb) else phrase
    lemma = verb.lemma_.lower()
    if lemma in people_object_verbs() and any(c.dep_ == "dobj" and (is_people_noun(c) or LOST_PARTITIVES and _people_partitive(c))
                                              and not is_agent(c, verb) and not c.conjuncts for c in verb.children):
        # "I lost six people", "she lost two sons" (not one family listed: "lost his wife and two daughters")
        return casualty_terms()[lemma]
    if lemma in people_object_verbs() and _is_passive(verb) and not _has_object(verb) \
            and any(c.dep_ == "nsubjpass" and is_people_noun(c) for c in verb.children):
        return casualty_terms()[lemma]  # "eleven guards were seized", "35 militants were destroyed"
    if lemma in people_object_verbs() and verb.dep_ == "acl" and verb.tag_ == "VBN" and not _has_object(verb) \
            and is_people_noun(verb.head) and not is_agent(verb.head, verb):
        return casualty_terms()[lemma]  # "900 students poisoned since May": a participle on the counted people
    if lemma in arrival_verbs() and not _has_object(verb) and _flight_context(verb):
        return casualty_terms()[lemma]  # "6,500 people have arrived in the town since the attack"
    own = term_measure(verb) if lemma not in ("body", "toll") else None
    if own and lemma not in casualty_terms() and _has_direct_object(verb):
        own = None  # matched by its surface form only: "Sale are missing 14 players" is not "gone missing"
    linked = []
    for child in verb.children:
        if child.dep_ in ("xcomp", "oprd", "acomp") or (child.dep_ == "conj" and child.pos_ == "VERB") \
                or (child.dep_ in ("advcl", "ccomp") and child.tag_ in ("VBN", "JJ") and not _has_subject(child)) \
                or _bare_state_after_object(verb, child):
            # "was found fatally shot": a participle complement without a subject of its own
            if child.dep_ == "conj" and _has_object(child) and not _has_subject(child) \
                    and _phrase_measure(child) in PEOPLE_MEASURES:
                linked.append(_phrase_measure(child))  # "packed up and left the camp": the verb with its object
                continue
            if child.dep_ == "conj" and (_has_object(child) or _has_subject(child)):
                continue  # "arrived and shot the man"; "pulled 251 out and 112 were missing"
            if child.dep_ == "conj" and any(c.dep_ == "xcomp" and _has_thing_object(c) for c in child.children):
                continue  # "flew in 25 doctors and started repairing the wells in the settlements": another act
            found = measure_of_verb(child) if child.pos_ in ("VERB", "AUX") else term_measure(child)
            if found:
                linked.append(found)
    if own and "killed" in linked:
        return "killed"
    if own == "other" and any(m in PEOPLE_MEASURES for m in linked):
        own = None  # "were charged ... and were remanded in custody": what was done to them
    found = own or (linked[0] if linked else None) or _phrase_measure(verb, prepositions=True)
    if found is None and any(c.dep_ == "dobj" and is_people_noun(c) for c in verb.children) \
            and any(p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and _names_illness(o) for o in p.children)
                    for p in verb.children):
        return "injured"  # "found 22 people with frostbite": the phrase hung on the verb
    if found == "displaced" and _with_harm(verb):
        return "injured"  # "three climbers were evacuated with injuries": moved because they were hurt
    if found == "detained" and _taken_by_armed_group(verb):
        return "abducted"  # "taken away by the attackers": armed men do not arrest, they abduct
    if found == "detained" and _carried_to_care(verb):
        return "injured"  # "they took 31 boys away in ambulances": carried off to be treated, not arrested
    if found is None and CAPTIVITY and _held_captive(verb):
        return "abducted"
    if found is None and lemma in _tagged_terms("captivity") | _tagged_terms("held") and _is_passive(verb) \
            and _taken_by_armed_group(verb):
        return "abducted"  # "20 people are still held by the gunmen", "were taken by militants": in any report
    return found


def is_thing_noun(token) -> bool:
    """A noun for things, not people: "houses", "motorcycles", "water points" (not "victims",
    "bodies", "burns", a name)."""
    return token.pos_ in ("NOUN", "PROPN") and not token.ent_type_ and not is_people_noun(token) \
        and token.lemma_.lower() not in remains_nouns() and term_measure(token) is None


def _has_thing_object(verb) -> bool:
    """"had started repairing the wells in the settlements": a verb whose object is things (a place
    phrase on it says where the things are, not that people are sheltering or in hospital)."""
    return any(c.dep_ == "dobj" and is_thing_noun(c) and not any(n.dep_ == "nummod" for n in c.children)
               for c in verb.children)


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _illness_words() -> frozenset[str]:
    return frozenset(load_words("illness_words.txt"))


def _names_illness(pobj) -> bool:
    """A noun that names a harmful condition (``illness_words.txt``), alone or with the words before it."""
    words = _illness_words()
    if pobj.lemma_.lower() in words or pobj.lower_ in words:
        return True
    before = [c for c in pobj.children if c.dep_ in ("compound", "amod", "nmod") and c.i < pobj.i]
    if before:
        phrase = " ".join(t.lower_ for t in pobj.doc[before[0].i:pobj.i]) + " " + pobj.lemma_.lower()
        return phrase in words or " ".join(phrase.split()[-2:]) in words
    return False


def _with_illness(noun) -> bool:
    """"900 cases of heatstroke" (a case noun, ``case_report_nouns.txt``, whose "of" names a harmful
    condition), "22 people with frostbite" (people "with" one)."""
    if noun.lemma_.lower() == "case":
        preps = ("of",)
    elif is_people_noun(noun):
        preps = ("with",)
    else:
        return False
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in [c for c in prep.children if c.dep_ == "pobj"]:
                if _names_illness(pobj) or any(_names_illness(c) for c in pobj.conjuncts):
                    return True
    return False


def illness_measure(noun) -> str | None:
    """"injured" for a count of cases of a harmful condition or of people with one (``_with_illness``)."""
    return "injured" if _with_illness(noun) else None


@lru_cache(maxsize=1)
def _carrier_words() -> frozenset[str]:
    """Words of care (``care_words.txt``) a taking-away is done in or to ("in ambulances", "to hospital")."""
    return frozenset(load_words("care_words.txt"))


def _carried_to_care(verb) -> bool:
    """A verb of taking away whose "in"/"to" phrase (on the verb or on its particle) names a word of
    care: "took 31 boys away in ambulances", "were taken away to the clinic"."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("advmod", "prt")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "into", "to", "by"):
                if any(o.dep_ == "pobj" and o.lemma_.lower() in _carrier_words() for o in prep.children):
                    return True
    return False


def _with_harm(verb) -> bool:
    """A verb with a "with" phrase naming a harm ("evacuated with injuries", "airlifted with burns")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in harm_nouns() for o in c.children) for c in verb.children)


# "90 pupils were taken" read as abducted in a report of an abduction (see captivity_terms)
CAPTIVITY = True
# "more than 100 pupils still held" (``held``) and "84 students regained their freedom", "were
# released" (``freed``): off (False) until such status counts are dated to the abduction they
# continue (their period is read as the day of the statement: typing them now lowers
# period_start accuracy on the gates, see the session report)
HELD_CAPTIVE = False
FREED_CAPTIVES = False
# how many abduction words (kidnap, abduct, hostage, abductors ...) make a report one of an abduction
ABDUCTION_WORDS = 2


def _held_captive(verb) -> bool:
    """A captivity verb (``captivity`` in the casualty terms) said of people in a report of an
    abduction: passive or a bare participle ("were taken", "still held", "were freed"), or with its
    object ("regained their freedom"); not of suspects or prisoners ("five suspects were held")."""
    lemma = verb.lemma_.lower()
    terms = captivity_terms()
    with_object = any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in terms for c in verb.children)
    if not with_object:
        if lemma not in terms or verb.tag_ != "VBN" or _has_direct_object(verb):
            return False
        if any(c.dep_ == "nsubj" for c in verb.children):
            return False  # "the gunmen have taken", "they held": the doers speak
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None and verb.dep_ in ("acl", "relcl"):
        subject = verb.head
    if subject is not None and casualty_terms().get(subject.lemma_.lower()) in ("detained", "other"):
        return False  # "prisoners were released", "the suspects held"
    for prep in verb.children:  # "released from hospital", "taken into custody", "held in prison"
        if prep.dep_ == "prep":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and casualty_terms().get(f"{prep.lower_} {pobj.lemma_.lower()}") not in (None, "abducted"):
                    return False
    return _abduction_report(verb.doc)


def _held_in_custody(verb) -> bool:
    """Whether the subject of a ``custody`` verb ("escape") names people held by the state: a noun
    the casualty terms read as detained ("prisoners", "detainees")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None and subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head  # "41 of the prisoners who escaped"
    return subject is not None and (casualty_terms().get(subject.lemma_.lower()) == "detained"
                                    or subject.lemma_.lower() in custody_nouns())


@lru_cache(maxsize=1)
def custody_nouns() -> frozenset[str]:
    """People held by the state named without a casualty word ("inmates", "convicts"):
    ``custody`` in the third column of ``group_nouns.tsv``."""
    return frozenset(row[0].lower() for row in load_lexicon("group_nouns.tsv") if len(row) > 2 and row[2] == "custody")


def _abduction_report(doc) -> bool:
    """Whether the document speaks of an abduction: at least ``ABDUCTION_WORDS`` words the casualty
    terms read as abducted (captivity verbs aside)."""
    key = "crosscheck.abduction_report"
    if key not in doc.user_data:
        doc.user_data[key] = False  # while counting: the words counted never ask this again
        count = 0
        for tok in doc:
            if tok.pos_ in ("VERB", "NOUN", "ADJ") and term_measure(tok) == "abducted":
                count += 1
            elif tok.pos_ == "NOUN" and casualty_terms().get(tok.lemma_.lower()) == "abducted" \
                    and tok.lemma_.lower() in doer_nouns():
                count += 1  # "the abductors", "their captors"
        doc.user_data[key] = count >= ABDUCTION_WORDS
    return doc.user_data[key]


def _taken_by_armed_group(verb) -> bool:
    """A passive whose agent is an armed group (``group_nouns.tsv`` group ``armed_group``), or an
    active verb with such a subject ("the assailants took away about thirty women")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if pobj is None and any(c.dep_ == "dobj" for c in verb.children):
        pobj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if pobj is None:
        return False
    groups = group_nouns()
    return groups.get(pobj.lemma_.lower(), groups.get(pobj.lower_)) == "armed_group"


def _phrase_measure(verb, prepositions: bool = False) -> str | None:
    """A verb with one of its words: "lose life", "take hostage", "fatally shoot", "shoot dead";
    with ``prepositions``, a prepositional object: "were among the dead", "remain in hospital"."""
    terms = casualty_terms()
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "prt", "advmod", "acomp", "oprd", "xcomp", "auxpass"):
            for phrase in (f"{lemma} {child.lemma_.lower()}", f"{child.lower_} {lemma}", f"{lemma} {child.lower_}"):
                if phrase in terms and phrase not in _all_captivity_terms():
                    return terms[phrase]
        if child.dep_ == "dobj":
            found = _object_phrase_measure(verb, child)
            if found:
                return found
        if child.dep_ == "xcomp":
            # "are yet to return": an adverb of the verb and its complement
            for adv in verb.children:
                if adv.dep_ == "advmod" and f"{adv.lower_} {child.lemma_.lower()}" in terms:
                    return terms[f"{adv.lower_} {child.lemma_.lower()}"]
        if prepositions and child.dep_ == "agent":
            # "were transferred by ambulance to the General Hospital": the parser hung the
            # destination on the means
            for means in child.children:
                for prep in means.children if means.dep_ == "pobj" else ():
                    for pobj in prep.children if prep.dep_ == "prep" else ():
                        phrase = f"{prep.lower_} {pobj.lemma_.lower()}"
                        if pobj.dep_ == "pobj" and phrase in terms and terms[phrase] != "other":
                            return terms[phrase]
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in terms:
            return terms[f"{lemma} {child.lower_}"]  # "crossed into Chad"
        if child.dep_ == "prep" and f"{lemma} {child.lower_} gpe" in terms \
                and any(o.dep_ == "pobj" and _place_name(o) for o in child.children) \
                and any(c.dep_ in ("dobj", "nsubjpass") and (is_people_noun(c) or c.like_num or c.pos_ == "NUM")
                        for c in verb.children):
            return terms[f"{lemma} {child.lower_} gpe"]  # "has driven 41,000 people into Kestria"
        if child.dep_ in ("prep", "advmod") and _is_passive(verb):
            # "were moved out of low-lying areas": a two-word preposition and a place, said of people moved
            for inner in child.children:
                place = next((p for p in inner.children if p.dep_ == "pobj"), None) if inner.dep_ == "prep" else None
                if place is not None and (place.ent_type_ in ("GPE", "LOC") or place.lemma_.lower() in _area_nouns()) \
                        and f"{lemma} {child.lower_} {inner.lower_} area" in terms:
                    return terms[f"{lemma} {child.lower_} {inner.lower_} area"]
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pcomp" and f"{lemma} {child.lower_} {pobj.lower_}" in terms:
                    return terms[f"{lemma} {child.lower_} {pobj.lower_}"]  # "has 14 people listed as missing"
                if pobj.dep_ != "pobj":
                    continue
                # "shoot to death"; "deprived of liberty 2,317 persons" (the noun misparsed as a modifier)
                for word in [pobj] + [c for c in pobj.children if c.dep_ in ("nmod", "compound") and c.i < pobj.i]:
                    with_verb = f"{lemma} {child.lower_} {word.lemma_.lower()}"
                    if with_verb in terms:
                        return terms[with_verb]
                if pobj.ent_type_ in ("ORG", "FAC") and f"{lemma} {child.lower_} fac" in terms and _care_context(verb):
                    # "were admitted to St Agnes General, and nurses treated children on the floor": a named
                    # hospital, told by a word of care around it (not "admitted to Kelvin College")
                    return terms[f"{lemma} {child.lower_} fac"]
                for mod in pobj.children:  # "applied for medical assistance"
                    if mod.dep_ == "amod" and f"{lemma} {child.lower_} {mod.lower_} {pobj.lemma_.lower()}" in terms:
                        return terms[f"{lemma} {child.lower_} {mod.lower_} {pobj.lemma_.lower()}"]
                if prepositions and f"{child.lower_} {pobj.lemma_.lower()}" in terms:
                    return terms[f"{child.lower_} {pobj.lemma_.lower()}"]
                if prepositions and pobj.tag_ == "VBN" and f"{child.lower_} {pobj.lower_}" in terms:
                    return terms[f"{child.lower_} {pobj.lower_}"]  # "are among the displaced": the participle as written
                if prepositions:  # "are still in schools, churches and other shelters": the last of a list
                    listed = [f"{child.lower_} {c.lemma_.lower()}" for c in pobj.conjuncts if c.i > pobj.i] + \
                        [f"{child.lower_} {m.lower_} {c.lemma_.lower()}" for c in pobj.conjuncts if c.i > pobj.i
                         for m in c.children if m.dep_ in ("amod", "compound")]
                    found = next((terms[p] for p in listed if terms.get(p) not in (None, "other")), None)
                    if found:
                        return found
                if prepositions:  # "remain in the hands of their abductors": the noun's own "of" phrase
                    for of in pobj.children:
                        for owner in of.children if of.dep_ == "prep" and of.lower_ == "of" else ():
                            phrase = f"{child.lower_} {pobj.lemma_.lower()} of {owner.lemma_.lower()}"
                            if owner.dep_ == "pobj" and phrase in terms:
                                return terms[phrase]
                if prepositions:  # "are staying in collective centres", "with host families"
                    for mod in pobj.children:
                        phrase = f"{child.lower_} {mod.lower_} {pobj.lemma_.lower()}"
                        if mod.dep_ in ("amod", "compound") and phrase in terms and terms[phrase] != "other":
                            return terms[phrase]
                if prepositions and (child.lower_ == "among" and verb.lemma_.lower() == "be"
                                     or child.lower_ == "of" and child.i < verb.i
                                     and (verb.lemma_.lower() == "be" or child.i == verb.sent.start
                                          and not any(t.lower_ in SPLIT_REST_WORDS for t in verb.sent)
                                          and verb.lemma_.lower() not in load_words("fate_verbs.txt"))):
                    # (a fronted "of" on any verb: "Of the dead, 17 lived in the old quarter"; not one
                    # branch of a split whole: "Of the 30 injured, 11 were flown out, while the rest ...")
                    # "... among the 20 killed"; "Of the 44 fatalities, 11 were children"
                    # "two officers were among 11 people killed", "... among the 20 killed"
                    found = measure_of_noun(pobj, relative_clauses=child.lower_ == "among") \
                        if pobj.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") else None  # "among the 90 passengers who died"
                    if not found and (pobj.pos_ == "NUM" or pobj.lower_ == "those"):
                        found = next((measure_of_verb(c) if c.pos_ == "VERB" else term_measure(c)
                                      for c in pobj.children if c.dep_ in ("acl", "amod") and
                                      (measure_of_verb(c) if c.pos_ == "VERB" else term_measure(c))), None)
                    if not found and pobj.like_num and child.lower_ == "of" and child.i == verb.sent.start:
                        found = earlier_count_of(pobj)  # "Of the 40, thirty-two were found upstairs": the 40 dead
                    if not found and pobj.lower_ in BACK_PRONOUNS and child.i == verb.sent.start \
                            and (child.lower_ == "of" and OF_THESE_PARTS or AMONG_THEM_PRONOUN):
                        # "Of these, 12 were women", "Among them are four children": a part of the
                        # count of people just before (this sentence or the one before it)
                        found = previous_count_measure(child, sentences=1)[0]
                    if found and found != "other":
                        return found
    return None


# pronouns that take up the count just before ("Of these, ...", "Among them ...")
BACK_PRONOUNS = {"these", "those", "them"}

# "Among them are 15 children", "Among them two nurses and six patients" (with a copula, or verbless) as
# parts of the count before; such a part takes the source, place and period of the count it belongs to
# (measure_cues registers it as a part, figures._bare_parts_take_scope). Off (False) for now: on, the part
# takes its whole's source also where that source is misread ("according to the <role>'s office"
# is credited to an office named earlier in the report), and blind_wildfire's source accuracy falls
# below its floor (session 17 full run: every other set same or better). On again once a body written
# as "the office of the <role>" is read as that office.
AMONG_THEM_PRONOUN = False

# the verbless form ("Among them two nurses, six patients and a driver."): off (False) for now. Its parts
# take their whole's period, and the whole, a toll in a channel's timestamped post, is dated by the post
# rather than by the attack it counts; on, blind_convoy's period accuracy falls below its floor. On again
# once a toll posted after the event is dated by the event.
VERBLESS_AMONG_THEM = False

# "Of these, 39 were children", "Of those, 1,200 were admitted": parts of the count before, on the same
# terms (they take the period the whole's own sentence states, when they state none).
OF_THESE_PARTS = True


# words that split a whole into branches ("11 were flown out, while the rest stayed")
SPLIT_REST_WORDS = {"rest", "remainder", "remaining", "others"}


def _paragraph_sentences(token, reach: int = 1) -> list:
    """The sentence of ``token`` and up to ``reach`` sentences either side of it in its paragraph."""
    doc = token.doc
    sents = [token.sent]
    for step in (-1, 1):
        sent = token.sent
        for _ in range(reach):
            edge = sent.start - 1 if step < 0 else sent.end
            if edge < 0 or edge >= len(doc):
                break
            other = doc[edge].sent
            first, second = (other, sent) if step < 0 else (sent, other)
            gap = parsed_text(doc)[first.end_char:second.start_char] if first.end < len(doc) else ""
            if "\n" in gap or (first.text.endswith("\n")):
                break  # a paragraph ends between them
            sents.append(other)
            sent = other
    return sents


def _care_context(verb) -> bool:
    """Whether the paragraph around ``verb`` (its sentence and the next and previous one) has a word of
    injury or medical care (``care_words.txt``) other than the verb itself."""
    care = load_words("care_words.txt")
    return any(tok.i != verb.i and (tok.lemma_.lower() in care or tok.lower_ in care)
               for sent in _paragraph_sentences(verb) for tok in sent)


def _flight_context(verb) -> bool:
    """Whether the paragraph around ``verb`` (its sentence and the next and previous one) speaks of
    flight or shelter: a displacement word ("fled", "displaced", "refugees") or a shelter phrase
    ("staying with host families", "in camps")."""
    for sent in _paragraph_sentences(verb):
        for tok in sent:
            if tok.i == verb.i:
                continue
            if term_measure(tok) == "displaced":
                return True
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in load_words("shelter_context_nouns.txt"):
                return True  # "opened an emergency shelter at the school. About 60 people had arrived"
            if tok.dep_ == "prep":
                for pobj in tok.children:
                    if pobj.dep_ != "pobj":
                        continue
                    phrases = [f"{tok.lower_} {pobj.lemma_.lower()}"] + \
                        [f"{tok.lower_} {m.lower_} {pobj.lemma_.lower()}" for m in pobj.children if m.dep_ in ("amod", "compound")]
                    if any(casualty_terms().get(p) == "displaced" for p in phrases):
                        return True
    return False


def arrival_measure(noun) -> str | None:
    """"5,000 new arrivals" counts the displaced when the paragraph around it speaks of flight or
    shelter (an ``arrival`` noun in the casualty terms); elsewhere arrivals are visitors."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in arrival_verbs() or not _flight_context(noun):
        return None
    return casualty_terms()[noun.lemma_.lower()]


def care_measure(noun) -> str | None:
    """"1,200 admissions for heatstroke" counts the injured when a word of care is around it
    (``care_words.txt``) or the sentence names an emergency department; elsewhere admissions are
    to schools or of guilt."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in care_nouns():
        return None
    emergency = any(t.lower_ == "emergency" and t.head.lemma_.lower() in ("department", "ward", "room", "unit")
                    or t.head.i == noun.i and t.lower_ == "emergency" for t in noun.sent)
    if not (emergency or _care_context(noun)):
        return None
    return casualty_terms()[noun.lemma_.lower()]


def missing_reports_measure(noun) -> str | None:
    """"nine missing-person reports", "14 missing persons complaints": a report filed about a person
    (``case_report_nouns.txt``) with a person said to be missing before it counts the missing."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in load_words("case_report_nouns.txt"):
        return None
    def missing(word) -> bool:
        return word.dep_ == "amod" and (word.lower_ == "missing" or term_measure(word) == "missing")
    for person in noun.children:
        if person.dep_ in ("compound", "amod") and person.lemma_.lower() in ("person", "people") \
                and (any(missing(m) for m in person.children)
                     or any(missing(m) and m.i < person.i for m in noun.children)):
            return "missing"  # ("missing" hung on the person or, beside it, on the report)
    return None


def _object_phrase_measure(verb, obj) -> str | None:
    """The measure a verb says with its object: "lose life" (verb and object), "sought medical
    assistance" (verb, the object's modifier and the object), "entered Morvania" (``<verb> gpe``:
    the object is a country or city name)."""
    terms = casualty_terms()
    lemma = verb.lemma_.lower()
    if f"{lemma} {obj.lemma_.lower()}" in terms and f"{lemma} {obj.lemma_.lower()}" not in _all_captivity_terms():
        return terms[f"{lemma} {obj.lemma_.lower()}"]
    for mod in obj.children:
        if mod.dep_ in ("amod", "compound") and f"{lemma} {mod.lower_} {obj.lemma_.lower()}" in terms:
            return terms[f"{lemma} {mod.lower_} {obj.lemma_.lower()}"]
    if obj.ent_type_ == "GPE" and f"{lemma} gpe" in terms:
        return terms[f"{lemma} gpe"]
    if f"{lemma} area" in terms and (obj.ent_type_ in ("GPE", "LOC") or obj.lemma_.lower() in _area_nouns()):
        return terms[f"{lemma} area"]  # "4,300 citizens have left the neighbourhoods"
    if f"{lemma} area" in terms and obj.dep_ == "dobj" and obj.pos_ == "PROPN":
        from crosscheck.extract.figure_scope import known_place

        if known_place(obj) is not None:
            return terms[f"{lemma} area"]  # "900 people left Tarvo": a name the report calls a place elsewhere
    for prep in obj.children:
        # "dragging a dozen people into police vans": the parser hung the phrase on the object
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for word in [pobj] + [c for c in pobj.children if c.dep_ in ("nmod", "compound") and c.i < pobj.i]:
                if f"{lemma} {prep.lower_} {word.lemma_.lower()}" in terms:
                    return terms[f"{lemma} {prep.lower_} {word.lemma_.lower()}"]
            if prep.lower_ == "of" and obj.lemma_.lower() in _degree_nouns() \
                    and f"{lemma} {pobj.lemma_.lower()}" in terms:
                return terms[f"{lemma} {pobj.lemma_.lower()}"]  # "sustained various degrees of injuries"
            phrase = f"{prep.lower_} {pobj.lemma_.lower()}"
            if phrase in terms and terms[phrase] != "other" and prep.lower_ == "for":
                return terms[phrase]  # "received attention for injuries"
    return None


# nouns for a kind or measure of something, whose "of" phrase says what it is ("degrees of injuries",
# "varying types of burns")
DEGREE_NOUNS = ("degree", "kind", "type", "form", "level", "sort")


def _degree_nouns() -> frozenset[str]:
    return frozenset(DEGREE_NOUNS)


@lru_cache(maxsize=1)
def _area_nouns() -> frozenset[str]:
    """Nouns for a stretch of land people leave (``place_nouns.tsv`` kind area): "the city", "villages"."""
    return frozenset(row[0].lower() for row in load_lexicon("place_nouns.tsv")
                     if len(row) > 1 and "area" in row[1].split(","))


def area_nouns() -> frozenset[str]:
    """Nouns for a stretch of land or a settlement ("town", "village", "district"): ``place_nouns.tsv`` kind area."""
    return _area_nouns()


@lru_cache(maxsize=1)
def _target_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in load_lexicon("place_nouns.tsv")
                     if len(row) > 1 and "target" in row[1].split(","))


def _is_passive(verb) -> bool:
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and not _has_subject(node):
        node = node.head
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children) or (node.tag_ == "VBN" and node.dep_ == "acl")


def fires_at(verb) -> bool:
    """"shot at him", "shot at a police car", "was shot at": a shooting verb with "at" and a target
    (a pronoun, a person, people, or a thing from ``place_nouns.tsv`` kind target), or a stranded "at"."""
    if verb.lemma_.lower() not in ("shoot", "fire"):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return prep.i == verb.i + 1 and _is_passive(verb)  # "was shot at" (stranded)
        if _is_passive(verb):
            return False  # "were shot at a party": where
        if pobj.pos_ == "PRON" or pobj.ent_type_ == "PERSON" or pobj.lemma_.lower() in _target_nouns() \
                or is_people_noun(pobj) or pobj.lower_ in ("other", "another"):  # "at each other"
            return True
    return False


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _has_object(verb) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _place_name(token) -> bool:
    """A country or place name: tagged as one, or a name the report calls a place elsewhere."""
    if token.ent_type_ in ("GPE", "LOC"):
        return True
    if token.pos_ != "PROPN":
        return False
    from crosscheck.extract.figure_scope import known_place

    return known_place(token) is not None


def _has_direct_object(verb) -> bool:
    """An object right after the verb, not one set off by a comma ("are still missing, most of
    them fishermen" is a misparse of an apposition, not "missing 14 players")."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "dobj" and c.i > verb.i and not any(doc[j].is_punct for j in range(verb.i + 1, c.i)):
            return True
    return False


def is_agent(noun, verb) -> bool:
    """Whether ``noun`` is the doer of ``verb`` ("Two gunmen killed a guard"), not its victim."""
    subject = noun
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    if subject.dep_ != "nsubj" or subject.head.i != verb.i:
        return False
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
        return False  # "two men killed themselves": they are the dead
    acting = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_subject(c)]
    # "a woman shot and killed a man": the object of the coordinated verb makes her the doer
    return any(_has_direct_object(v) and not any(c.dep_ == "dobj" and (_object_phrase_measure(v, c) or
                                                                   f"{v.lemma_.lower()} {c.lemma_.lower()}" in captivity_terms())
                                                 for c in v.children)
               and not _moves_through(v) and not _receives_for_harm(v)
               for v in acting)


def _receives_for_harm(verb) -> bool:
    """"150 people received attention for injuries": a verb that says no harm itself, with a
    phrase that does ("for injury"), has the harmed as its subject, not a doer."""
    if term_measure(verb) is not None:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and
               any(p.dep_ == "pobj" and casualty_terms().get(f"for {p.lemma_.lower()}") in PEOPLE_MEASURES
                   for p in c.children) for c in verb.children)


def _moves_through(verb) -> bool:
    """"4,300 citizens left the city through the corridor", "2,000 crossed the checkpoint": a
    displacement verb whose object is a place, not people — its subject is the displaced."""
    if measure_of_verb(verb) != "displaced":
        return False
    return all(not is_people_noun(c) and c.pos_ != "PRON" for c in verb.children if c.dep_ == "dobj")


REFLEXIVES = {"himself", "herself", "themselves", "themself", "oneself"}


def measure_of_noun(noun, depth: int = 0, relative_clauses: bool = True) -> str | None:
    """Measure said by a noun phrase: "deaths", "death toll", "civilians killed", "the number of dead"."""
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in attempt_verbs() or c.lemma_.lower() in attempt_verbs())
           for c in noun.children):
        return None  # "attempted murder", "an attempted kidnapping"
    if any(c.dep_ == "amod" and c.lower_ in ("previous", "prior") for c in noun.children):
        return None  # "a gang member with 45 previous arrests": one person's record
    own = term_measure(noun)
    if own in STATUS_MEASURES:
        own = _harm_said_of_held(noun) or own  # "the number of killed hostages": the harm, not the captivity
    if own:
        return own
    found = noun_of_phrase(noun)
    if found:
        return found
    if _with_illness(noun):
        return "injured"  # "900 cases of heatstroke", "40 climbers suffering from frostbite"
    for child in noun.children:
        phrase = f"{child.lower_} {noun.lemma_.lower()}"
        if child.dep_ == "amod" and child.i < noun.i and casualty_terms().get(phrase) in PEOPLE_MEASURES:
            return casualty_terms()[phrase]  # "13 fatal victims": the adjective and the noun together
    if REMAINS_OF_PEOPLE and _remains_of_people(noun):
        return "killed"  # "the remains of 42 persons were recovered"
    predicate = _predicate_measure(noun)
    if predicate:
        return predicate
    joined = _joined_relatives(noun)
    for child in list(noun.children) + _quantity_clauses(noun) + joined:
        relative = child.dep_ == "relcl" or child in joined
        if relative and _relative_subject_acts(child):
            continue  # "two people who shot a guard": doers, not victims
        if child.dep_ in ("compound", "amod") and term_measure(child) and child.lemma_.lower() != "civilian":
            if child.dep_ == "compound" or child.lower_ in ("dead", "injured", "wounded", "missing", "displaced") \
                    or (child.tag_ in ("VBN", "VBD") and child.dep_ == "amod" and child.i < noun.i and term_measure(child) != "other") \
                    or (child.dep_ == "amod" and child.i < noun.i and child.lower_.endswith("ed") and term_measure(child) != "other"):
                # "75 killed civilians", "40 abducted girls", "the number of perished citizens"
                if term_measure(child) == "injured" and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" \
                        and measure_of_verb(noun.head) == "killed":
                    return "killed"  # "two more injured workers died": the injured who die are dead
                return term_measure(child)  # "75 killed civilians", "40 abducted girls"
        if child.dep_ == "prep" and child.lower_ != "with":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            phrase = f"{child.lower_} {pobj.lemma_.lower()}" if pobj is not None else None
            if phrase in casualty_terms() and casualty_terms()[phrase] != "other":
                done = _harm_done_to(noun)
                if done is None and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" \
                        and measure_of_verb(noun.head) == "killed":
                    done = "killed"  # "nine rough sleepers without shelter died overnight": their death, not their state
                if done and done != casualty_terms()[phrase]:
                    return done  # "killed 14 people in camps sheltering ...": what was done to them wins
                return casualty_terms()[phrase]  # "thousands in detention", "210,000 people in camps"
        if (child.dep_ == "acl" or (relative_clauses and relative)) and measure_of_verb(child):
            above = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" else None
            if above is None and noun.left_edge.i > 0:
                before = noun.doc[noun.left_edge.i - 1]
                if before.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in before.children):
                    above = before  # the parser lost the object: "a strike that killed about 40 villagers sheltering ..."
            harmed = measure_of_verb(above) if above is not None else None
            if harmed and harmed not in ("other", measure_of_verb(child)):
                return harmed  # "killed about 40 villagers sheltering in a school": what was done to them
            fate = measure_of_verb(noun.head) if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") \
                and child.i < noun.head.i and not any(t.like_num for t in noun.doc[child.i + 1:noun.head.i]) else None
            # (not across another count: "48 civilians killed and 19 people missing" misparsed as one clause)
            if fate in LATER_FATES and fate != measure_of_verb(child):
                return fate  # "40 people arrested at the rally are still unaccounted for": what became of them since
            if measure_of_verb(child) == "other" and _misparsed_main_verb(noun)[0]:
                return _misparsed_main_verb(noun)[0]  # "arrested yesterday, Sunday, three members ..., accused of"
            return measure_of_verb(child)
        if child.dep_ == "prep" and child.lower_ == "with" and (noun.pos_ in ("NOUN", "PROPN") or noun.like_num) \
                and not _remains_of(noun):
            harm = next((c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in harm_nouns()), None)
            if harm is not None:  # "two men with gunshot wounds", "11 with severe burns"
                return term_measure(harm)
    harm = _object_with_harm(noun) if OBJECT_WITH_HARM else None
    if harm is not None:
        return term_measure(harm)
    if depth < 2 and noun.lemma_.lower() in COUNT_NOUNS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        if pobj.pos_ == "VERB" and pobj.tag_ == "VBN":
                            return term_measure(pobj)  # "the number of arrested"
                        if pobj.pos_ == "VERB" and pobj.tag_ == "VBG" and pobj.lower_ in casualty_terms():
                            return term_measure(pobj)  # "the number of missing" (tagged a verb form)
                        return measure_of_noun(pobj, depth + 1)
    return None


HELD_HARMS = ("killed", "injured", "missing")


def _harm_said_of_held(noun) -> str | None:
    """The harm a modifier or participle says of a noun for people held ("hostages", "detainees"):
    "twelve hostages killed", "the killed hostages", "three detainees wounded". The noun says who
    they were; the word that governs the number says what was done to them."""
    for child in noun.children:
        if child.dep_ == "amod" and child.i < noun.i and child.tag_ in ("VBN", "VBD", "JJ"):
            found = term_measure(child)
        elif child.dep_ in ("acl", "amod") and child.i > noun.i and child.tag_ in ("VBN", "VBD", "JJ"):
            found = measure_of_verb(child) if child.pos_ in ("VERB", "AUX") else term_measure(child)
        else:
            continue
        if found in HELD_HARMS:
            return found
    return None


# "the hospital received nine patients with burns": off (False) until a hospital's own statement is read
# in its own voice (the count is credited to a cut name of the hospital) and a hospital's count of
# patients of one source is told apart from its conditions table: on, blind_shooting source accuracy
# and conflict precision fall below their floors
OBJECT_WITH_HARM = False


def _object_with_harm(noun):
    """"The hospital received nine patients with burns": the "with" phrase right after a
    counted people object, hung by the parser on the verb, says the harm of the people counted."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or not is_people_noun(noun) or _remains_of(noun):
        return None
    after = noun.right_edge.i + 1
    for prep in noun.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i == after:
            return next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in harm_nouns()), None)
    return None


# fates that overtake how the people counted came to be counted: "20 men held after the march are
# unaccounted for" are missing, "six people wounded in the raid died in hospital" are dead
LATER_FATES = ("killed", "missing")


# "Marden has lost twelve of its people, Foxley eight": off (False) until attribution reads "according to the
# list maintained at <hospital>" as the hospital (on, the list's counts are typed killed but credited
# to "list", lowering blind_methanol source accuracy below its floor)
LOST_PARTITIVES = False


def _people_partitive(number) -> bool:
    """"twelve of its people": a number whose "of" phrase names people."""
    if not (number.like_num or number.pos_ == "NUM"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and is_people_noun(o) for o in p.children)
               for p in number.children)


def _remains_of(noun) -> bool:
    """"the bodies of six men with stab wounds": the people are dead, whatever wounds they bore."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
        and casualty_terms().get(noun.head.head.lemma_.lower()) == "killed"


# "the remains of 42 persons were recovered": off (False) until a count of remains takes its place from
# the "from"/"at" phrase of the recovery ("recovered from <site>", "in the old well at <village>") and not
# the institution that identified them or a village of the sentence before; on, blind_court's location
# accuracy falls below its floor and the same count read with those wrong places makes a false scope
# conflict (conflict precision below its floor)
REMAINS_OF_PEOPLE = False


def _remains_of_people(noun) -> bool:
    """"the remains of 42 persons", "identified the remains of 58 people": the plural noun "remains"
    (not the verb: "the toll remains at 40") with an "of" phrase counting people says they are dead."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or not is_people_noun(noun):
        return False
    owner = noun.head.head
    return owner.lower_ == "remains" and owner.pos_ in ("NOUN", "PROPN") and owner.i < noun.head.i


def noun_of_phrase(noun) -> str | None:
    """"the loss of 34 lives": a noun, "of" and its object (``<noun> of <noun>`` in the casualty
    terms, the object by its lemma or as written: "lives" is often tagged a verb)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
        return None
    owner = noun.head.head.lemma_.lower()
    for word in (noun.lemma_.lower(), noun.lower_):
        if casualty_terms().get(f"{owner} of {word}") in PEOPLE_MEASURES:
            return casualty_terms()[f"{owner} of {word}"]
    return None


def _harm_done_to(noun) -> str | None:
    """The people measure of the verb a noun is the object (or passive subject) of: "killed 14 people
    in camps", "40 detainees in custody were injured"."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
        return None
    found = measure_of_verb(noun.head)
    return found if found in PEOPLE_MEASURES and not is_agent(noun, noun.head) else None


def _joined_relatives(noun) -> list:
    """"37 persons who are named on the charge sheet and who remain missing": a second relative
    clause joined to the first by "and", with a relative pronoun of its own; it too says what
    happened to the people."""
    return [k for c in noun.children if c.dep_ == "relcl" for k in c.children
            if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX")
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "that", "which") for s in k.children)]


def _quantity_clauses(noun) -> list:
    """"dozens of people who vanished after arrest": the parser hung the clause on the quantity
    word ("dozens") the noun is the partitive object of; it says what happened to the people."""
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    quantity = of.head if of is not None and of.head.i != of.i else None
    if quantity is None or not (quantity.like_num or quantity.pos_ == "NUM" or quantity.ent_type_ == "CARDINAL"):
        return []
    return [c for c in quantity.children if c.dep_ in ("relcl", "acl") and c.i > noun.i]


def _predicate_measure(noun) -> str | None:
    """"the whereabouts of 64 people remain unknown", "the fate of the other three is unknown": the
    noun and the adjective said of it (``<noun> <adjective>`` in the casualty terms)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "attr") and f"{noun.lemma_.lower()} {child.lower_}" in casualty_terms():
            return casualty_terms()[f"{noun.lemma_.lower()} {child.lower_}"]
        if child.dep_ == "xcomp" and child.lemma_.lower() == "be":
            # "the condition of four is stated to be critical": the adjective after "to be"
            for word in child.children:
                if word.dep_ in ("acomp", "attr") and f"{noun.lemma_.lower()} {word.lower_}" in casualty_terms():
                    return casualty_terms()[f"{noun.lemma_.lower()} {word.lower_}"]
        if child.dep_ == "prep" and child.lower_ == "as":
            # "the condition of 12 patients is described as critical": the adjective after "as"
            for word in child.children:
                if word.dep_ in ("pobj", "amod", "acomp") and f"{noun.lemma_.lower()} {word.lower_}" in casualty_terms():
                    return casualty_terms()[f"{noun.lemma_.lower()} {word.lower_}"]
    return None


def _relative_subject_acts(verb) -> bool:
    """A relative clause whose relative pronoun is the subject of an active verb with an object:
    "people who killed a guard", "people who can't arrest anyone"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("who", "that", "which"):
        return False
    lemma = verb.lemma_.lower()
    acts = any(c.dep_ == "dobj" and c.lower_ not in REFLEXIVES and f"{lemma} {c.lemma_.lower()}" not in casualty_terms()
               for c in verb.children)  # "who lost their lives", "who killed themselves" are the harmed
    return acts or any(c.dep_ == "neg" for c in verb.children)


def negated_measure(verb) -> tuple[str | None, object]:
    """"12 fishermen had not returned", "never came back": a verb whose denial is the casualty
    (``not <verb>`` in the casualty terms). Returns (measure, the negation token) or (None, None)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None, None
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    phrase = f"not {verb.lemma_.lower()}"
    if neg is not None and phrase in casualty_terms():
        return casualty_terms()[phrase], neg
    for part in verb.children:  # "have not come back": a particle after the verb
        if neg is not None and part.dep_ in ("prt", "advmod") and f"{phrase} {part.lower_}" in casualty_terms():
            return casualty_terms()[f"{phrase} {part.lower_}"], neg
    return None, None


# "Number of dead rose to 21, in the hospital nine ...": a rising count is what its subject counts.
# Off (False) until the scorer's or the exporter's pairing of a headline with the body sentence that
# repeats it (``repeat_of``) keeps the body's scope: on, a headline toll is typed killed and is paired
# with the gold body figure, lowering rail location accuracy below the gate (see the session report)
RISING_COUNT_SUBJECT = False


def _measure_around_verb(verb) -> tuple[str | None, object]:
    denied, neg = negated_measure(verb)
    if denied:
        return denied, neg  # the negation token: the verb itself reads as denied
    if RISING_COUNT_SUBJECT and verb.lemma_.lower() in load_words("count_verbs.txt"):
        # "Number of dead rose to 21, in the hospital nine ...": a count that rises is what its
        # subject counts, whatever phrase the parser hung on the verb
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in COUNT_NOUNS | {"death"}), None)
        found = measure_of_noun(subject) if subject is not None else None
        if found in PEOPLE_MEASURES:
            return found, subject
    found = measure_of_verb(verb)
    if found:
        return found, verb
    said_of = _people_said_to_be(verb)
    if said_of is not None:
        return term_measure(said_of), said_of  # "the dead were three drivers and a nurse"
    for child in verb.children:
        if child.dep_ in ("nsubj", "dobj", "nsubjpass") and child.lemma_.lower() in COUNT_NOUNS | {"death"}:
            found = measure_of_noun(child)
            if found:
                return found, child
        if child.dep_ == "nsubjpass" and child.pos_ == "NOUN" and child.lemma_.lower() not in harm_nouns():
            found = term_measure(child)  # "detention has been ordered for 612 persons"
            if found in ("detained", "displaced", "abducted"):
                return found, child
    if verb.lemma_.lower() in load_words("count_verbs.txt") and not _has_subject(verb):
        # "... while the toll of the valley's flood disaster rose to 21": the count noun the parser hung on a
        # preposition before the verb, with no other verb between them
        for i in range(verb.i - 1, verb.sent.start - 1, -1):
            tok = verb.doc[i]
            if tok.pos_ in ("VERB", "AUX"):
                break
            if tok.lemma_.lower() in COUNT_NOUNS | {"death"} and tok.pos_ == "NOUN":
                found = measure_of_noun(tok)
                if found in PEOPLE_MEASURES:
                    return found, tok
                break
    if verb.lemma_.lower() in load_words("count_verbs.txt") and verb.dep_ in ("advcl", "relcl", "acl") \
            and verb.head.pos_ in ("VERB", "NOUN"):
        # "Number of arrested since the election passes 5,000": the count verb misparsed under its subject
        above = verb.head
        while above.dep_ in ("pobj", "prep") and above.head.i != above.i:
            above = above.head
        found = measure_of_noun(above) if above.pos_ == "NOUN" else measure_of_verb(above)
        if found and found != "other":
            return found, verb
    return None, verb


def _is_counted_sibling(node) -> bool:
    """A number or a noun with its own number: "12 dead and 40 wounded" — 40 is not 12's dead."""
    return node.pos_ == "NUM" or any(c.dep_ == "nummod" for c in node.children)


PEOPLE_MEASURES = ("killed", "injured", "missing", "displaced", "abducted", "detained")
PART_RELATIVES = {"which", "whom"}
RUNNING_COUNT_NOUNS = {"figure", "number", "count", "tally", "total", "estimate"}
# "Yesterday the figure was 12" continues the count of the sentences before; off (0) until the
# period of such a copula is read as the day the count stood at (figure_scope.date_roles), so
# that typing it does not give it a wrong period
RUNNING_COUNT_REACH = 0
# "Missing: 41 (of whom 27 are fishermen)" with "of whom" hung on the relative clause's verb: off
# (False) until a part in brackets on a label line takes the label's period (figure_scope)
RELATIVE_PARTS = False


def find_measure(start) -> tuple[str | None, object]:
    """Climb from ``start`` to the first verb (checking nouns on the way) and read the measure.
    "including" is passed through ("killed 10, including 4 children"). A bare number that says
    nothing of its own continues the count before it ("put the toll at 21; the ministry has
    acknowledged three", "3,100 entered, of which 640 on Sunday", "Yesterday the figure was 12")."""
    if start.like_num or start.pos_ == "NUM":
        adjacent = _adjacent_participle(start)
        if adjacent is not None:
            return term_measure(adjacent), adjacent
    measure, token = _climb_measure(start)
    if measure is None:
        found, verb = _none_of_whom_measure(start)
        if found:
            return found, verb
    if measure is None and ((start.like_num or start.pos_ == "NUM") and _part_of_toll_noun(start)
                            or start.pos_ == "NOUN" and _among_toll_noun(start)):
        found = _earlier_toll(start, this_sentence=True)
        if found:
            return found, token  # "Police said 14 people died. Five of the victims were teenagers."
        if _among_toll_noun(start, dead_only=True):
            return "killed", token  # "Among the killed are four bus drivers"
    if measure is None and (start.like_num or start.pos_ == "NUM") and _running_count_value(start):
        found, _ = previous_count_measure(start, 3)
        if not found and not _paragraph_has_count(start, 3):
            found = _earlier_toll(start)  # a count of things just before is what "the figure" means
        if found:
            return found, token
    if measure is None and (start.like_num or start.pos_ == "NUM") and _in_then_sequence(start):
        found, _ = previous_count_measure(start, 0)
        if found:
            return found, token  # "now concedes 64 dead, step by step: 19, then 33, then 47"
    if measure is None and (start.like_num or start.pos_ == "NUM") and _continues_count(start):
        found, _ = previous_count_measure(start, 1)
        if found:
            return found, token  # "confirmed 34 deaths; a further six are under review"
    if measure is None and (start.like_num or start.pos_ == "NUM") and is_lone_number_sentence(start.sent):
        found, before = previous_count_measure(start, 1)
        if found and before is not None and _number_value(before) == parse_number(start.sent.text.strip(" .!\n")):
            return found, token  # "We have recovered 58 bodies. Fifty-eight.": the count said again
    if measure is None and AMONG_THEM_PRONOUN and VERBLESS_AMONG_THEM and (start.like_num or start.pos_ in ("NUM", "NOUN")) \
            and _verbless_among_them(start):
        found, _ = previous_count_measure(start, 1)
        if found:
            return found, token  # "Among them two nurses, six patients and a driver."
    if measure is None and (start.like_num or start.pos_ == "NUM"):
        sentences = _elliptical_reach(start)
        if sentences is not None:
            found, _ = previous_count_measure(start, sentences)
            if found:
                return found, token
    return measure, token


def _verbless_among_them(number) -> bool:
    """"Among them two nurses, six patients and a driver.": a verbless sentence opened by "among" and
    a pronoun for the count before it lists parts of that count."""
    words = [t for t in number.sent if not (t.is_punct or t.is_space)]
    if len(words) < 3 or words[0].lower_ not in ("among", "amongst") or words[1].lower_ not in BACK_PRONOUNS:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in words)


# prepositions that place a part of a count in a verbless list ("20 in Marlo, 14 in Pesca")
LIST_PART_PREPOSITIONS = {"in", "at", "on", "from"}
# list items after a count: on (True) reads "By district: 20 in Marlo, 14 in Pesca" as parts of the count before.
# Off (False) until such a part takes the period of its whole and only its own place (on, the parts
# took the report's date and the places of the items before them, lowering blind_volcano period
# accuracy below its floor, and a part could hide an equal count told later in the report)
LIST_PARTS = False


def list_part_measure(number) -> str | None:
    """"The toll rose to 47. By district: 20 in Marlo, 14 in Pesca and four in Lumo"; "Eleven workers
    died. Four on farms, three in warehouses": a bare number with a place or setting after it, in a
    list with no verb of its own, is a part of the count of people before it (in its sentence or the
    one before, in its paragraph) and takes its measure — when it is no larger than that count."""
    if not LIST_PARTS or not (number.like_num or number.pos_ == "NUM") or number.ent_type_ in NON_PEOPLE_ENTITIES:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children):
        return None  # "nine of them in Velmar": a partitive, read by its own rules
    if not any(c.dep_ == "prep" and c.lower_ in LIST_PART_PREPOSITIONS and
               any(p.dep_ == "pobj" and p.ent_type_ not in NON_PEOPLE_ENTITIES for p in c.children)
               for c in number.children):
        return None
    node = number
    for _ in range(6):  # up through the other items of the list to its first item or the whole it lists
        if node.dep_ == "ROOT" or node.head.i == node.i:
            break
        if node.dep_ not in ("appos", "conj", "npadvmod", "dep") or node.head.pos_ in ("VERB", "AUX"):
            return None
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and not node.like_num:
            break
    if node.pos_ in ("VERB", "AUX") or any(c.pos_ in ("VERB", "AUX") and c.dep_ not in ("amod", "acl", "relcl")
                                           for c in node.children):
        return None
    found, whole = previous_count_measure(node if node.i < number.i else number, 1)  # not an item before it
    if found not in PEOPLE_MEASURES or whole is None:
        return None
    value, bound = parse_number(number.text), parse_number(whole.text)
    if value is None or bound is None or value > bound:
        return None
    return found


# words that make a bare number more of the count before it: "a further six", "the remaining 40"
CONTINUING_WORDS = {"further", "another", "additional", "remaining"}


def _continues_count(number) -> bool:
    """"a further six", "another 12", "the remaining 40": a bare number (no noun of its own) marked
    as more of, or the rest of, the count before it."""
    return any(c.dep_ in ("amod", "advmod", "det", "quantmod") and c.lower_ in CONTINUING_WORDS and c.i < number.i
               for c in number.children)


def _in_then_sequence(number) -> bool:
    """A bare number in a sequence of counts: "19, then 33, then 47" (before ", then" and a number,
    or after ", then")."""
    doc = number.doc
    after = [t.lower_ if not t.like_num else "#" for t in doc[number.i + 1:number.i + 4]]
    before = [t.lower_ for t in doc[max(number.i - 2, 0):number.i]]
    return after == [",", "then", "#"] or before == [",", "then"]


def _none_of_whom_measure(start) -> tuple[str | None, object]:
    """"14 crew members, none of whom has been found": a following "none of whom / them" and its
    verb (``none <verb>`` in the casualty terms) say what happened to all of the people counted.
    Only the nearest count before it (no other number in between)."""
    doc = start.doc
    for i in range(start.i + 1, start.sent.end - 2):
        t = doc[i]
        if (t.like_num or t.pos_ == "NUM") and t.i != start.i and t.head.i != start.i:
            return None, None
        if t.lower_ != "none":
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in ("whom", "them", "which") for p in c.children)
                   for c in t.children) and not (doc[i - 1].lower_ in ("whom", "them") and doc[i - 2].lower_ == "of"):
            continue  # "of whom none has been found"
        verb = t.head
        found = casualty_terms().get(f"none {verb.lemma_.lower()}") if verb.pos_ in ("VERB", "AUX") else None
        if found in PEOPLE_MEASURES:
            return found, verb
        return None, None
    return None, None


def _adjacent_participle(number):
    """"fourteen (14) killed and nine (9) wounded": a casualty participle or adjective written right
    after a bare number (past a closing bracket) says what it counts, however the parser hung it —
    unless it has a subject or object of its own or modifies a noun ("3 wounded soldiers")."""
    doc = number.doc
    i = number.i + 1
    if i < len(doc) and doc[i].text == ")":
        i += 1
    if i >= len(doc) or i >= number.sent.end:
        return None
    word = doc[i]
    if word.tag_ not in ("VBN", "VBD", "JJ") or word.dep_ == "amod" or word.lower_ in attempt_verbs():
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != number.i for c in word.children):
        return None
    found = term_measure(word)
    return word if found in PEOPLE_MEASURES and not any(c.dep_ == "neg" for c in word.children) else None


def _elliptical_reach(number) -> int | None:
    """How far back (0 = this sentence) a bare number continues an earlier count, or None when it
    does not: the part of a whole ("of which 640", "of whom 27 are fishermen"), the object of a
    reporting or counting verb with no count noun of its own ("estimates some 4,500", "was
    counting only 71"), or the value of a definite count noun ("the figure was 12")."""
    def part_relative(node) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "of" and
                   any(p.dep_ == "pobj" and p.lower_ in PART_RELATIVES for p in c.children) for c in node.children)
    if number.dep_ in ("nsubj", "nsubjpass") and number.head.lemma_.lower() in load_words("fate_verbs.txt"):
        return None  # "Of them, 8,000 have gone back to their villages": a fate of their own (fate_verbs.txt)
    if part_relative(number) or (RELATIVE_PARTS and number.dep_ in ("nsubj", "nsubjpass")
                                 and number.head.dep_ == "relcl" and part_relative(number.head)):
        return 0  # "41 (of whom 27 are fishermen)": "of whom" hung on the relative clause's verb
    if any(c.dep_ == "prep" and c.lower_ == "of" and
           any(p.dep_ == "pobj" and p.lower_ in ("them", "these", "those") for p in c.children) for c in number.children):
        return 1  # "... 3,000 people have died. The network has the names of 2,214 of them."
    verb = number.head
    if number.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in RUNNING_COUNT_NOUNS \
            and measure_of_noun(verb.head) is None:
        return 1  # "Even the count of 1,650 published by the Red Crescent": the count spoken of before
    if number.dep_ == "pobj" and verb.lower_ in ("at", "of", "to"):
        verb = verb.head
    elif number.dep_ not in ("dobj", "attr"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    others = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != number.i]
    if number.dep_ == "attr":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_.lower() == "be" and subject is not None and subject.lemma_.lower() in RUNNING_COUNT_NOUNS \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children) \
                and not any(c.dep_ == "prep" for c in subject.children) and RUNNING_COUNT_REACH:
            return RUNNING_COUNT_REACH  # "Yesterday the figure was 12": the count of the sentences before
        return None
    counting = verb.lemma_.lower() in reporting_verbs() | load_words("count_verbs.txt") | {"acknowledge", "admit", "count"}
    if counting and all(o.lemma_.lower() in RUNNING_COUNT_NOUNS for o in others):
        # "The mayor put the toll at 18. Villagers said 23 on Monday.": a bare number a source says,
        # with no count of its own, gives its version of the count just before
        said = verb.lemma_.lower() in reporting_verbs() and not others and number.i > verb.i \
            and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)  # not "[Ed. note 1]"
        return SAID_COUNT_REACH if said else 0
    return None


# how many sentences back a bare number said by a source ("Elders said 32") looks for the count it
# gives a version of (0: its own sentence only)
SAID_COUNT_REACH = 1


def _running_count_value(number) -> bool:
    """"the figure is 1,387", "the real figure in his province was already more than 600": a bare
    number given as the value of a definite count noun ("figure", "count", "tally", "number") that says
    nothing of what it counts — the count spoken of before."""
    if number.dep_ != "attr" or number.head.lemma_ != "be" or \
            any(c.dep_ not in ("punct", "advmod", "quantmod", "amod") for c in number.children):
        return False
    subject = next((c for c in number.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in RUNNING_COUNT_NOUNS or measure_of_noun(subject):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in number.sent):
        return False  # "Yesterday the figure was 12": a count as it stood on a day (see RUNNING_COUNT_REACH)
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no", "any") for c in subject.children):
        return False  # "a figure"
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)  # "the number of boats"


def _paragraph_has_count(token, sentences: int) -> bool:
    """Whether a number (of anything) comes before ``token`` in its sentence or up to ``sentences``
    sentences back within its paragraph."""
    doc = token.doc
    first = token.sent.start
    for _ in range(sentences):
        if first == 0:
            break
        before = doc[first - 1].sent
        gap = parsed_text(doc)[before.start_char:doc[first].idx]
        if "\n" in gap[len(gap.rstrip()):]:
            break
        first = before.start
    return any((t.like_num or t.pos_ == "NUM") and t.ent_type_ not in NON_PEOPLE_ENTITIES | {"ORDINAL"}
               for t in doc[first:token.i])


# how many sentences back a running count ("the figure") looks for the toll across paragraphs
TOLL_REACH = 8


def _part_of_toll_noun(number) -> bool:
    """"five of the victims", "eight of the fourteen victims": a part of a noun that takes up the toll;
    "Among the victims were 6 pupils and a teacher": the same part said with "among" on its clause."""
    for prep in number.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            if any(p.dep_ == "pobj" and p.lemma_.lower() in toll_part_nouns() for p in prep.children):
                return True
    return _among_toll_noun(number)


# "Among the victims were 6 pupils" after a death toll: on (True) takes up the toll. (Such a part does
# not yet take its whole's period: it may take the day of the sentence before it.)
AMONG_VICTIMS = True


def _among_toll_noun(number, dead_only: bool = False) -> bool:
    """(``dead_only``: only "among the killed", a participle that names the dead itself.)"""
    if not AMONG_VICTIMS:
        return False
    node = number.head if number.dep_ == "nummod" else number
    for _ in range(3):  # up the coordinated parts to the first one ("6 pupils and 2 teachers")
        if node.dep_ != "conj":
            break
        node = node.head
    verb = node.head
    if node.dep_ in ("nsubj", "attr") and verb.lemma_.lower() == "be":
        preps = [prep for prep in verb.children if prep.i < node.i]
    elif node.dep_ == "dobj" and verb.pos_ == "VERB":
        # "coroners listed four Ruvanian pilgrims among the victims": the people found among a toll
        preps = [prep for prep in list(verb.children) + list(node.children) if prep.i > node.i]
    else:
        return False
    return any(prep.dep_ == "prep" and prep.lower_ in ("among", "amongst")
               and any(p.dep_ == "pobj" and (_names_dead(p) if dead_only else _names_toll(p)) for p in prep.children)
               for prep in preps)


def _names_toll(noun) -> bool:
    """"the victims", or the dead named by a participle ("Among the killed are ...")."""
    return noun.lemma_.lower() in toll_part_nouns() or _names_dead(noun)


def _names_dead(noun) -> bool:
    return noun.tag_ == "VBN" and any(c.dep_ == "det" for c in noun.children) and term_measure(noun) == "killed"


def _earlier_toll(token, this_sentence: bool = False) -> str | None:
    """Past its own paragraph, "the figure" / "the count" is the death toll: "killed" when a count of
    the dead comes before it within ``TOLL_REACH`` sentences (or earlier in its own sentence, with
    ``this_sentence``), else None."""
    doc = token.doc
    sent = token.sent
    if this_sentence and any(_count_measure(doc[i]) == "killed" for i in range(sent.start, token.i)):
        return "killed"
    for _ in range(TOLL_REACH):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        for i in range(sent.end - 1, sent.start - 1, -1):
            found = _count_measure(doc[i])
            if found == "killed":
                return found
    return None


def earlier_count_of(number) -> str | None:
    """The people measure of an earlier count of the same value within ``TOLL_REACH`` sentences: a
    fronted "Of the 40, ..." takes up the 40 dead said before it."""
    value = parse_number(number.text)
    if value is None:
        return None
    doc = number.doc
    sent = number.sent
    for _ in range(TOLL_REACH):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        for i in range(sent.end - 1, sent.start - 1, -1):
            t = doc[i]
            if t.like_num and parse_number(t.text) == value:
                found = _count_measure(t)
                if found in PEOPLE_MEASURES:
                    return found
    return None


def _count_measure(t) -> str | None:
    """The measure of a number token as a count of people (None for things, dates and parts of numbers)."""
    if not (t.like_num or t.pos_ == "NUM") or t.ent_type_ in NON_PEOPLE_ENTITIES | {"ORDINAL"}:
        return None
    if t.dep_ in ("nummod", "quantmod", "compound") and t.head.pos_ == "NUM":
        return None
    if t.dep_ in ("nummod", "compound") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
        noun = t.head
        found = term_measure(noun) if noun.pos_ == "NOUN" else None
        if not found and not is_people_noun(noun):
            return None
        return found or measure_of_noun(noun) or _climb_measure(noun)[0]
    return measure_of_noun(t) or _climb_measure(t)[0]


def _number_value(token) -> float | None:
    """The value of the number ``token`` ends ("58"; "eight" of "fifty-eight")."""
    words = [t for t in token.subtree if t.i <= token.i and (t.like_num or t.pos_ == "NUM" or t.text == "-")]
    start = min((t.i for t in words), default=token.i)
    return parse_number(token.doc[start:token.i + 1].text)


def is_lone_number_sentence(sent) -> bool:
    """"Fifty-eight." — a sentence that is a number and nothing else: a speaker saying a count again."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return bool(words) and len(words) <= 4 and all(t.like_num or t.pos_ == "NUM" or t.text == "-" for t in words)


def previous_count_measure(token, sentences: int = 0) -> tuple[str | None, object]:
    """The measure of the nearest count of people before ``token``: in its sentence, or up to
    ``sentences`` sentences back within the paragraph. Counts of things are passed over."""
    doc = token.doc
    first = token.sent.start
    reach = sentences
    while reach > 0:
        if first == 0:
            break
        before = doc[first - 1].sent
        gap = parsed_text(doc)[before.start_char:doc[first].idx]
        if "\n" in gap[len(gap.rstrip()):]:
            break  # a paragraph or an entry ends before this sentence
        first = before.start
        if not is_lone_number_sentence(before):
            reach -= 1  # "... 58 bodies. Fifty-eight. Thirty-one of them ...": the echo is no sentence of its own
    seen = 0
    for i in range(token.i - 1, first - 1, -1):
        t = doc[i]
        if not (t.like_num or t.pos_ == "NUM") or t.ent_type_ in NON_PEOPLE_ENTITIES | {"ORDINAL"}:
            continue
        if t.dep_ in ("nummod", "quantmod", "compound") and t.head.pos_ == "NUM":
            continue  # "several [thousand]": the number's last word speaks for it
        seen += 1
        if seen > 4:
            break
        if t.dep_ in ("nummod", "compound") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
            noun = t.head
            found = term_measure(noun) if noun.pos_ == "NOUN" else None
            if not found and not is_people_noun(noun):
                continue  # "11 more boats"
            found = found or measure_of_noun(noun) or _climb_measure(noun)[0]
        else:
            found = measure_of_noun(t) or find_measure(t)[0]
        if found in PEOPLE_MEASURES:
            return found, t
    return None, None


def _count_before(including):
    """The counted noun nearest before "including" in its clause ("17 deaths since the election,
    including one member"): the whole the parser should have hung "including" on."""
    doc = including.doc
    for i in range(including.i - 1, including.sent.start - 1, -1):
        t = doc[i]
        if t.text in (";", ":") or t.pos_ == "VERB" and t.dep_ != "amod":
            return None
        if t.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in t.children):
            return t
    return None


def _people_said_to_be(verb):
    """"The dead were three drivers and a nurse", "the injured include 12 children": the people a
    casualty word standing as the subject of "be" or "include" names (the word, or None)."""
    if verb.lemma_.lower() not in ("be", "include"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("ADJ", "NOUN") or term_measure(subject) not in PEOPLE_MEASURES \
            or not any(c.lower_ == "the" for c in subject.children) or len(list(subject.children)) > 1:
        return None
    named = [c for c in verb.children if c.dep_ in ("attr", "dobj")]
    if not any(c.like_num or c.pos_ == "NUM" or (c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in c.children))
               for c in named):
        return None  # "the dead were Ana Ruiz, 20; ...": names and their ages, no count
    return subject


def _bare_state_after_object(verb, child) -> bool:
    """"his office listed 22 people missing": a lone state word right after the verb's object,
    which the parser made a clause of its own, says what the object's people are."""
    if child.dep_ != "advcl" or child.tag_ != "VBG" or any(True for _ in child.children):
        return False
    return any(c.dep_ == "dobj" and max(t.i for t in c.subtree) + 1 == child.i for c in verb.children)


def _harm_object_before(prep):
    """"caused injuries to 40 people", "inflicted wounds on a dozen guards": the harm noun the verb
    takes as its object, when the parser hung the victims' "to"/"on" phrase on the verb."""
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i and c.lemma_.lower() in harm_nouns()
                 and term_measure(c) in PEOPLE_MEASURES), None)


def _climb_measure(start) -> tuple[str | None, object]:
    node = start
    came_by = None
    prev = None
    came_through_including = False
    for _ in range(7):
        if node.pos_ == "AUX" and node.dep_ in ("aux", "auxpass") and node.head.i != node.i:
            node = node.head  # "12 persons are unaccounted for": "are" hangs off the adjective
            if node.pos_ not in ("VERB", "AUX"):
                found = term_measure(node)
                if found:
                    return found, node
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in subject_verbs() \
                and not (came_by == "nsubj" and prev is not None and prev.i in (start.i, start.head.i)):
            return None, node  # "the contracts of 300 workers expired": only "300 workers expired" died
        if node.pos_ == "VERB" and noun_of_phrase(node):
            return noun_of_phrase(node), node  # "the loss of 34 lives" with "lives" tagged a verb
        if node.pos_ in ("VERB", "AUX") and not (node.lemma_.lower() in TRANSPARENT_VERBS and node.dep_ == "prep"):
            if came_through_including and node.lemma_.lower() in reporting_verbs():
                # "600 have been killed, the UN said, including 120 children": the reported clause
                said = next((c for c in node.children if c.dep_ == "ccomp"), None)
                if said is not None:
                    return _measure_around_verb(said)
            return _measure_around_verb(node)
        if node.lemma_.lower() in TRANSPARENT_VERBS and node.dep_ == "prep":
            came_through_including = True
            whole = node.head
            if whole.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "nummod" for c in whole.children) \
                    and measure_of_noun(whole) is None:
                counted = _count_before(node)  # the parser hung "including" on the wrong noun
                found = measure_of_noun(counted) if counted is not None else None
                if found in PEOPLE_MEASURES:
                    return found, counted
        if node.i != start.i and not (came_by == "conj" and _is_counted_sibling(node)):
            found = measure_of_noun(node)
            if found:
                done, verb = done_to_held(node, found)
                if done:
                    return done, verb  # "two hostages were killed", "40 prisoners escaped"
                return found, node
        found, verb = _misparsed_main_verb(node)
        if found:
            return found, verb
        among_them = any(c.dep_ == "prep" and c.lower_ in ("among", "including") and
                         any(p.dep_ == "pobj" and p.lower_ in ("them", "whom", "these", "those") for p in c.children)
                         for c in node.children)
        if node.head.i == node.i or (node.dep_ not in CLIMB_DEPS and not among_them):
            break  # "..., among them 38 children": the part climbs to the whole's verb
        if HARM_BEFORE_DOER and came_by == "pobj" and node.dep_ == "prep" and node.lower_ == "of":
            harm = _harm_noun_before_doer(node)
            if harm is not None:
                return term_measure(harm), harm  # "the killing by soldiers of at least four men"
        if came_by == "pobj" and node.dep_ == "prep" and node.lower_ in ("to", "on"):
            harm = _harm_object_before(node)
            if harm is not None:
                return term_measure(harm), harm  # "caused injuries to 40 people": "to" hung on the verb
        if came_by == "pobj" and node.dep_ == "prep" and node.lower_ in STOP_PREPOSITIONS:
            return None, node  # "died after dinner with his wife and two of his children"
        came_by = node.dep_
        prev = node
        node = node.head
    if node.pos_ in ("VERB", "AUX"):
        return _measure_around_verb(node)
    return None, node


STATUS_MEASURES = ("detained", "abducted")


def done_to_held(noun, found: str) -> tuple[str | None, object]:
    """A noun that names people by their captivity ("prisoners", "detainees", "hostages") says they
    are held only when nothing else is said of them: the verb they are the subject of, or a relative
    clause on them, tells what happened ("two hostages were killed", "three detainees died in
    custody", "the 40 prisoners who escaped"). Returns (that verb's people measure, the verb) or
    (None, None)."""
    if found not in STATUS_MEASURES or term_measure(noun) != found:
        return None, None
    harmed = _harm_said_of_held(noun)
    if harmed:
        return harmed, noun  # "twelve hostages killed", "the killed hostages"
    whole = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        whole = noun.head.head  # "four of the hostages were wounded": what is said of the part
    verbs = [whole.head] if whole.dep_ in ("nsubj", "nsubjpass") and whole.head.i != whole.i else []
    verbs += [c for c in noun.children if c.dep_ == "relcl"
              and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "that", "which") for s in c.children)]
    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        done = measure_of_verb(verb)
        if done in PEOPLE_MEASURES and done != found:
            return done, verb
    return None, None


def _misparsed_main_verb(node) -> tuple[str | None, object]:
    """"The National Police arrested yesterday, Sunday, three members of ...": the sentence's verb
    misparsed as a clause on its subject and the object as an apposition of the subject (a
    translated word order). The verb's people measure, or (None, None)."""
    if node.dep_ == "nsubj" and node.head.dep_ == "amod" and node.head.tag_ == "VBD" \
            and node.head.head.dep_ == "ROOT" and node.head.head.pos_ == "NOUN" and node.head.head.i > node.head.i:
        # "A total of 90 persons sustained injuries": the verb misparsed as a modifier of its object,
        # which became the root; the verb and its object say the measure ("sustain injury")
        verb, obj = node.head, node.head.head
        found = casualty_terms().get(f"{verb.lemma_.lower()} {obj.lemma_.lower()}")
        return (found, verb) if found in PEOPLE_MEASURES else (None, None)
    if node.dep_ != "appos" or node.head.dep_ != "ROOT" or node.head.pos_ not in ("NOUN", "PROPN"):
        return None, None
    verb = next((c for c in node.head.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                 and c.i < node.i and not _has_object(c)), None)
    found = measure_of_verb(verb) if verb is not None else None
    return (found, verb) if found in PEOPLE_MEASURES else (None, None)


# "the killing by soldiers of four men" read as killed: off (False) until the source of a count an
# NGO report gives in the first person ("We documented ...") is read as the reporting organisation,
# so that typing it does not lower source accuracy below the gates (see the session report)
HARM_BEFORE_DOER = False


def _harm_noun_before_doer(of):
    """"the killing by soldiers of four men", "the abduction by gunmen of 20 pupils": the parser hung
    the victims' "of" phrase on the doer; it belongs to the casualty noun the "by" phrase modifies."""
    doer = of.head
    by = doer.head
    if doer.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
        return None
    noun = by.head
    if noun.pos_ != "NOUN" and by.i > 0 and by.doc[by.i - 1].pos_ == "NOUN" and by.doc[by.i - 1].head.i == noun.i:
        noun = by.doc[by.i - 1]  # "condemned the abduction by gunmen of 20 pupils": "by" hung on the verb
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in harm_nouns() or term_measure(noun) not in PEOPLE_MEASURES:
        return None
    return noun


# --- the counted noun ---------------------------------------------------------------------------

def _partitive_object(doc, mention: NumberMention):
    for i in range(mention.start, mention.end):
        for child in doc[i].children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _hyphen_tail(noun):
    """"three co-workers" split by the tokenizer into "co", "-", "workers": the last part."""
    doc = noun.doc
    while noun.i + 2 < len(doc) and not noun.whitespace_ and doc[noun.i + 1].text == "-" \
            and not doc[noun.i + 1].whitespace_ and doc[noun.i + 2].pos_ in ("NOUN", "PROPN"):
        noun = doc[noun.i + 2]
    return noun


# "31 reports of missing pilgrims", "12 cases of missing persons": each report is one person
REPORT_NOUNS = {"report", "case", "complaint"}


def _reported_people(noun):
    """The people a count of reports counts: "31 reports of missing pilgrims" → pilgrims, when
    they are people with a casualty word of their own ("reports of flooding" stays reports)."""
    if noun.lemma_.lower() not in REPORT_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN" and is_people_noun(pobj) \
                    and measure_of_noun(pobj, relative_clauses=False) in PEOPLE_MEASURES:
                return pobj
    return None


# "a total of sixty-one (61) reports of missing persons": a number written twice that the parser hung
# as "nmod" counts the noun; off (False) until such counts get their place (figure_scope), so that
# typing them does not lower location accuracy below the gates (see the session report)
WRITTEN_TWICE_MODIFIERS = False
# "Eleven (11) new deaths were recorded during the reporting period": the noun hung as an
# apposition of the number's first word (the bulletin's "Reporting period:" line gives such counts
# their span, figures._apply_reporting_period)
WRITTEN_TWICE_APPOSITIONS = True


def find_counted_noun(doc, mention: NumberMention):
    """The noun a number counts, or None for a bare number."""
    head = doc[mention.head]
    if count_after_weekday(head):  # "since Saturday 29 people have been killed": the noun after, not the day
        return doc[head.i + 2] if doc[head.i + 1].lower_ in MORE_WORDS else doc[head.i + 1]
    if (head.dep_ in ("nummod", "quantmod", "amod", "compound")
            or WRITTEN_TWICE_MODIFIERS and head.dep_ == "nmod" and mention.end - mention.start > 1) \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i >= mention.end:
        # ("nmod": "sixty-one (61) reports", a number written twice hung as a modifier)
        noun = head.head
        while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
            noun = noun.head  # "57 security forces members" counts members
        if mention.end < len(doc) and doc[mention.end].text == "(" and noun.i > mention.end:
            return None  # "Displaced: 85,000 (NDRA)": the bracket names a source, not what is counted
        reported = _reported_people(noun)
        return reported if reported is not None else _hyphen_tail(noun)
    if mention.end - mention.start > 1 and doc[mention.end - 1].text == ")":
        # "Eleven (11) new deaths were recorded": the noun after a number written twice, hung as an
        # apposition of the number's first word
        i = mention.end
        while i < len(doc) and doc[i].dep_ in ("amod", "compound") and doc[i].head.i > i:
            i += 1
        apposition = i < len(doc) and doc[i].dep_ == "appos" and mention.start <= doc[i].head.i < mention.end
        if i < len(doc) and (doc[i].pos_ == "NOUN" or doc[i].tag_ == "NNPS") \
                and (WRITTEN_TWICE_APPOSITIONS if apposition
                     else doc[i].tag_ in ("NNS", "NNPS") and is_people_noun(doc[i])):
            # (a title in capitals: "eleven (11) Penitentiary Security Agents")
            return doc[i]  # ("17 (seventeen) persons" with the number hung elsewhere: the noun right after)
        if PEOPLE_ACRONYMS and i < len(doc) and doc[i].pos_ == "PROPN" and not apposition \
                and acronym_long_form(doc[i]) is not None:
            return doc[i]  # "Two (2) ASP sustained injuries": a people acronym right after
    partitive = _partitive_object(doc, mention)
    if partitive is not None and not (mention.start <= partitive.i < mention.end) and partitive.pos_ != "PRON":
        return partitive  # "six of them": the number itself is the count
    return None


PEOPLE_SUFFIXES = ("ists", "ians", "ites", "ers", "ors", "ants", "ees", "men", "women", "people", "folk")
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
# "18 PPL", "Two (2) ASP", "five VDP (Volunteers ...)": acronyms for people count people. Off (False)
# until (1) a count whose onset is stated sentences before ("At 22:40 on Saturday 14 November ...")
# takes that date as its period (figures' period functions), (2) a historical toll "in February of
# 2024" is dated to that year (dates), and (3) the group of state-armed auxiliaries named by a long
# form is read from the report (figure_scope): on, prison period_start and sahel group accuracy fall
# below the gates, see the session report
PEOPLE_ACRONYMS = False
# how many words before "(ACR)" the long form may reach back ("persons deprived of their liberty (PPL)")
ACRONYM_REACH = 8
# the dependencies that join a long form's words to its head noun
_LONG_FORM_DEPS = {"pobj", "prep", "acl", "compound", "amod", "nmod", "det", "poss"}


def _plural_people(tok) -> bool:
    return tok.tag_ in ("NNS", "NNPS") and tok.pos_ in ("NOUN", "PROPN") and _is_people_word(tok)


def people_acronyms(doc) -> dict[str, tuple[object, str]]:
    """Acronyms the document defines as a name for people, whatever their letters: "persons
    deprived of liberty (PPL)", "Penitentiary Security Agents (ASP)", "five VDP (Volunteers for
    the Defence of the Homeland)" — the long form is headed by a plural noun for people. Maps each
    acronym to (that head noun, the long form as written)."""
    key = "crosscheck.people_acronyms"
    if key in doc.user_data:
        return doc.user_data[key]
    found: dict[str, tuple[object, str]] = {}
    for tok in doc:
        if tok.text != "(" or tok.i < 1 or tok.i + 2 >= len(doc):
            continue
        if _ACRONYM.match(doc[tok.i + 1].text) and doc[tok.i + 2].text == ")":
            # "<long form> (ACR)": climb from the word before the bracket to the long form's head
            first = max(tok.i - ACRONYM_REACH, tok.sent.start)
            node, head = doc[tok.i - 1], None
            while first <= node.i < tok.i:
                if _plural_people(node):
                    head = node
                if node.dep_ not in _LONG_FORM_DEPS or node.head.i == node.i:
                    break
                node = node.head
            if head is not None:
                begin = max(head.left_edge.i, first)
                while begin < head.i and not doc[begin].is_alpha:
                    begin += 1  # "eleven (11) Penitentiary Security Agents": the long form starts at a word
                found.setdefault(doc[tok.i + 1].text, (head, doc[begin:tok.i].text))
        elif _ACRONYM.match(doc[tok.i - 1].text) and doc[tok.i + 1].text[:1].isupper():
            # "ACR (<Long Form>)": the long form's head is the word the rest hangs on
            close = next((t.i for t in doc[tok.i + 1:min(tok.i + 2 + ACRONYM_REACH, len(doc))] if t.text == ")"), None)
            heads = [t for t in doc[tok.i + 1:close] if not tok.i < t.head.i < close] if close is not None else []
            if len(heads) == 1 and _plural_people(heads[0]):
                found.setdefault(doc[tok.i - 1].text, (heads[0], doc[tok.i + 1:close].text))
    doc.user_data[key] = found
    return found


def acronym_group(noun) -> str | None:
    """The group of the people a defined acronym names ("Penitentiary Security Agents (ASP)" →
    security_forces), read from its long form with ``group_nouns.tsv``; None for other words."""
    long_form = acronym_long_form(noun) if PEOPLE_ACRONYMS else None
    groups = group_nouns()
    if long_form is None or noun.lower_ in groups or noun.lemma_.lower() in groups or term_measure(noun):
        return None  # "IDPs": a known word speaks for itself
    head, text = long_form
    lowered = f" {text.lower()} "
    for phrase in sorted((k for k in groups if " " in k), key=len, reverse=True):
        if f" {phrase} " in lowered or f" {phrase}s " in lowered:
            return groups[phrase]
    word = head.lower_
    for form in (head.lemma_.lower(), word, word[:-1] if word.endswith("s") else word):
        if form in groups:
            return groups[form]
    return "unspecified"


def acronym_long_form(noun) -> tuple[object, str] | None:
    """(head noun, long form) of a people acronym the document defines ("PPL", "ASPs"), or None."""
    if not _ACRONYM.match(noun.text):
        return None
    acronyms = people_acronyms(noun.doc)
    return acronyms.get(noun.text) or (acronyms.get(noun.text[:-1]) if noun.text.endswith("s") else None)


def is_people_noun(noun) -> bool:
    """Whether a counted noun names people: a group noun, a nationality or people, a casualty noun,
    an agent noun ("loyalists", "protesters", "Karans"), or an acronym the document defines as a
    name for people ("18 PPL", see ``people_acronyms``)."""
    if noun.ent_type_ in NON_PEOPLE_ENTITIES:
        return False
    if PEOPLE_ACRONYMS and acronym_long_form(noun) is not None:
        return True
    if PEOPLE_ACRONYMS and _ACRONYM.match(noun.text) and any(c.dep_ == "amod" and c.i < noun.i and term_measure(c) in PEOPLE_MEASURES
                                         for c in noun.children):
        return True  # "37 injured PPL", "five wounded FDS": an acronym the harm is said of names people
    return _is_people_word(noun)


def _is_people_word(noun) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in not_people_nouns() or noun.lower_ in not_people_nouns():
        return False
    if lemma in group_nouns() or noun.lower_ in group_nouns() or term_measure(noun) not in (None, "other"):
        return True
    if noun.ent_type_ in ("NORP", "PERSON") or (noun.pos_ == "PROPN" and noun.tag_ == "NNPS"):
        return True
    if noun.pos_ == "NOUN" and _ends_with_group_noun(lemma):
        return True  # "schoolgirls", "grandchildren", "townspeople"
    return noun.lower_.endswith(PEOPLE_SUFFIXES) and noun.tag_ in ("NNS", "NNPS")


def _ends_with_group_noun(lemma: str) -> bool:
    return any(len(lemma) - len(g) >= 3 and lemma.endswith(g) for g in _single_group_nouns())


def compound_group(noun) -> str | None:
    """The group of a one-word compound that ends in a group noun of four letters or more and is not
    listed itself ("steelworkers" → worker → civilians, "stepdaughters" → daughter): the longest such
    ending says who the people are. None for listed words and things."""
    lemma = noun.lemma_.lower()
    groups = group_nouns()
    if lemma in groups or noun.lower_ in groups or lemma in not_people_nouns() or noun.lower_ in not_people_nouns():
        return None
    for form in (lemma, noun.lower_):
        endings = [g for g in _single_group_nouns() if len(form) - len(g) >= 3 and form.endswith(g)]
        if endings:
            return groups[max(endings, key=len)]
    return None


@lru_cache(maxsize=1)
def _single_group_nouns() -> tuple[str, ...]:
    return tuple(g for g in group_nouns() if " " not in g and len(g) >= 4)


def is_not_people_phrase(noun) -> bool:
    """A modifier and the noun listed ``not_people`` together ("public bodies"), a remains noun with
    a modifier the dead do not take (``remains_modifiers.txt``: "appointed bodies"), or a remains
    noun that acts ("two bodies that regulate banking", "bodies generating income")."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and f"{child.lower_} {lemma}" in not_people_nouns():
            return True
        if child.dep_ == "amod" and child.lower_ in ("previous", "prior") and term_measure(noun):
            return True  # "a gang member with 45 previous arrests": one person's record
        if lemma in remains_nouns() and child.dep_ in ("amod", "compound") and not child.like_num \
                and child.ent_type_ != "CARDINAL" and child.lower_ not in load_words("remains_modifiers.txt") \
                and not term_measure(child) and not is_people_noun(child):
            return True  # "appointed bodies", "governing bodies": institutions
        if lemma in remains_nouns() and child.dep_ in ("relcl", "acl") and child.tag_ != "VBN" \
                and (_has_object(child) or child.tag_ == "VBG") and not term_measure(child):
            return True
    return False


def _has_own_number(noun) -> bool:
    """The noun is counted by a number of its own ("120 injuries", "dozens of injuries")."""
    return any(c.dep_ == "nummod" or c.like_num for c in noun.children if c.i < noun.i)


def find_coordinated_measures(noun) -> list[tuple[str, object]]:
    """"abductions and summary killings" → [("abducted", abductions), ("killed", killings)].
    A conjunct with a number of its own ("40 deaths, 120 injuries") counts itself, not this noun's number."""
    out = []
    for conj in noun.conjuncts:
        if conj.i > noun.i and conj.pos_ in ("NOUN", "PROPN") and not _has_own_number(conj):
            found = term_measure(conj)
            if found and found != "other" and all(found != m for m, _ in out):
                out.append((found, conj))
    return out


