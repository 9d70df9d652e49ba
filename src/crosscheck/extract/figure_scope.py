"""The scope of a figure: its subject as written, its group, its places, its clause.

* ``describe_subject(noun, skip)``: the counted noun phrase as written.
* ``classify_group(noun, subject)``: civilians, security_forces, armed_group, mixed, unspecified.
* ``find_locations(clause_root, exclude)``: place names in the figure's clause.
"""
from __future__ import annotations

import calendar
import re

from crosscheck.lexicons import load_lexicon, load_mapping, load_words
from crosscheck.extract.casualties import compound_group, find_counted_noun, group_nouns, measure_of_verb, term_measure
from crosscheck.extract.numbers import NumberMention, parse_number
from crosscheck.extract.dates import _attached_to, logs_the_count
from .nlp import parsed_text

COUNT_NOUNS = {"toll", "tally", "count", "total", "figure", "number"}

LOCATION_KINDS = {"GPE", "LOC", "FAC"}


_PLACE_NOUNS_CACHE: dict[tuple[str, int], frozenset[str]] = {}


def _place_nouns(kind: str) -> frozenset[str]:
    """Nouns of one kind in ``lexicons/place_nouns.tsv`` (place, facility, area, anaphoric)."""
    rows = load_lexicon("place_nouns.tsv")  # cached per lexicon folder
    key = (kind, id(rows))
    if key not in _PLACE_NOUNS_CACHE:
        _PLACE_NOUNS_CACHE[key] = frozenset(r[0].lower() for r in rows if len(r) > 1 and kind in r[1].split(","))
    return _PLACE_NOUNS_CACHE[key]


def _count_verbs() -> frozenset[str]:
    return load_words("count_verbs.txt")


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
    drop |= _nested_counts(noun, skip)
    tokens = [t for t in tokens if t.i not in drop]
    while tokens and (tokens[0].dep_ in ("det", "punct") or tokens[0].lower_ in ("of",)):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return noun.text, {noun.i}
    doc = noun.doc
    return parsed_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)], {t.i for t in tokens}


_NESTED_DEPS = {"appos", "conj"}


def _nested_counts(noun, skip: set[int]) -> set[int]:
    """Tokens of other counts listed inside the counted phrase: "21 deaths in connection with the
    protests: 19 protesters or bystanders, one member of the gendarmerie ..." — the breakdown
    after the colon (an apposition or a conjunct deeper in the phrase, with a number of its own)
    is not the counted people's description, and neither is what follows it."""
    out: set[int] = set()
    for tok in noun.subtree:
        if tok.i == noun.i or tok.dep_ not in _NESTED_DEPS or tok.i < noun.i:
            continue
        sub = {t.i for t in tok.subtree}
        if not any(t.dep_ == "nummod" and t.i not in skip and t.head.pos_ in ("NOUN", "PROPN") for t in tok.subtree):
            continue
        if sub & skip:
            continue  # the figure's own number is in there
        start = min(sub)
        # the words between the listing mark and the listed count go too (": 19 ...", ", one ...")
        while start - 1 > noun.i and (noun.doc[start - 1].is_punct or noun.doc[start - 1].dep_ == "cc"):
            start -= 1
        end = max(t.i for t in noun.subtree)
        out.update(range(start, end + 1))
    return out


def classify_group(noun, subject: str) -> str:
    """Group of the counted people: civilians, security_forces, armed_group, mixed or unspecified."""
    groups = group_nouns()
    lowered = subject.lower()
    following = parsed_text(noun.doc)[noun.idx + len(noun.text): noun.idx + len(noun.text) + 40].lower()
    own = groups.get(noun.lemma_.lower()) or groups.get(noun.lower_) or compound_group(noun)
    if own in (None, "unspecified", "mixed"):
        share = _share_named_after(noun, groups)
        if share is not None:
            return share
    if own in (None, "unspecified") and (_own_people(noun) or _from_home_place(noun)):
        return "civilians"  # "58 of our people"; "31 people from the three hamlets" (villagers)
    if (_share_of_a_side(re.match(r"^,?\s*(the )?(majority|most|many|half) of (them|whom)\b(.*)", following), groups)
            or _share_of_a_side(re.search(r"\b(majority|most) of them\b(.*)", lowered), groups)
            or "both civilians and" in lowered) and own in (None, "unspecified", "mixed"):
        return "mixed"  # "1,540 people, the majority of them civilians"; not "600 refugees, most of them women"
    # a conjunct before the counted noun is not counted by its number ("the guards and the four men")
    sides = {groups.get(t.lemma_.lower()) or groups.get(t.lower_) for t in [noun] + list(noun.conjuncts)
             if t.pos_ == "NOUN" and (t.i == noun.i or t.i > noun.i and not _counted_apart(t))}
    if "civilians" in sides and sides & {"security_forces", "armed_group"}:
        return "mixed"  # "thousands of civilians and soldiers dead"
    phrases = sorted((k for k in groups if " " in k), key=len, reverse=True)
    for conj in noun.conjuncts:  # "three children and a police officer": the officer is counted apart
        if conj.pos_ == "NOUN" and conj.i > noun.i and _counted_apart(conj):
            lowered = lowered.replace(noun.doc[conj.left_edge.i: conj.right_edge.i + 1].text.lower(), " ")
    padded = f" {re.sub(r'[,;:()]', ' ', lowered)} "  # "one person on the ground, a farm worker"
    for phrase in phrases:
        if f" {phrase} " in padded or f" {phrase}s " in padded:
            return groups[phrase]
    candidates = [noun]
    objects = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects.extend(c for c in child.children if c.dep_ == "pobj")
    candidates.extend(objects)
    acts = load_words("harm_act_nouns.txt")
    doers = [c for c in noun.children if c.dep_ in ("amod", "compound")
             and noun.lemma_.lower() in acts and _is_force(c, groups)]
    if doers and noun.lemma_.lower() in load_words("harm_act_victims.txt") and own in (None, "unspecified"):
        return "civilians"  # "41 police killings": killed by the police, who count as civilians
    candidates.extend(c for c in noun.children if c.dep_ in ("amod", "compound")
                      and c not in doers)  # "41 police killings": the doer, not the dead
    # "11 Peul (Fulani) men": a people's name glossed in brackets hangs on the noun as a name modifier
    names = [c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < noun.i]
    candidates.extend(names + [g for c in names for g in c.children if g.dep_ == "nmod" and g.pos_ == "PROPN"])
    # "18 of his Kurdish friends": the words naming the people the part is taken from
    candidates.extend(c for o in objects for c in o.children if c.dep_ in ("amod", "compound"))
    if noun.lemma_.lower() in _PERSON_WORDS or noun.lower_ in _PERSON_WORDS:
        forces = [o for o in objects if _is_force(o, groups)]
        if forces:  # "nine men and women of the armed forces": whose men they are
            return groups.get(forces[0].lemma_.lower()) or groups.get(forces[0].lower_)
    fallback = None
    for tok in candidates:
        group = groups.get(tok.lemma_.lower()) or groups.get(tok.lower_) or (compound_group(tok) if tok is noun else None)
        if group and group != "unspecified":
            return group
        fallback = fallback or group
    if "civilians" in sides:
        return "civilians"  # "40 men and women", "sons and daughters": one civilian noun, no side's forces
    if noun.lemma_.lower() not in ("life", "live") and any(
            c.dep_ == "amod" and c.lower_ in load_words("civilian_adjectives.txt") for c in noun.children):
        return "civilians"  # "two innocent souls", "12 unarmed men"
    if any(_names_a_people(tok) or _people_modifier(tok) for tok in candidates):
        return "civilians"
    return _group_referred_to(noun, groups) or fallback or "unspecified"


# nouns that name people and nothing else about them ("people", "persons"): who harmed them may say more
GENERIC_PEOPLE = frozenset({"people", "person", "persons", "individual", "individuals"})


def harmed_by_armed_group(noun) -> bool:
    """"Gunmen killed 19 people", "a dozen people were shot dead by the militia": people named only
    as people whose harm the sentence lays on an armed group (the subject or passive agent of the harm
    verb, with ``armed_group`` in ``group_nouns.tsv``) are the population it attacked, civilians. Not
    people harmed by the state's forces ("troops struck the clinic, killing seven people": fighters or
    suspects as well as civilians, the text does not say), nor a harm told with no doer ("96 people
    have died since the shelling began"), nor a doer hung elsewhere ("years of raids by insurgent
    bands have killed hundreds": the raids killed them), nor the doer of another verb ("a gunman
    fired on the queue at the depot, killing nine people": not handed down to the participle, whose
    people the developers' own set leaves unspecified)."""
    if noun.lemma_.lower() not in GENERIC_PEOPLE and noun.lower_ not in GENERIC_PEOPLE:
        return False
    node = noun
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head  # "dozens of people": the phrase the people hang in
    if node.dep_ not in ("dobj", "nsubjpass") or node.head.pos_ != "VERB":
        return False
    verb = node.head
    if measure_of_verb(verb) in (None, "other"):
        return False
    if node.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        doers = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
    else:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [c for d in doers for c in d.conjuncts]
    return any(d.pos_ in ("NOUN", "PROPN") and classify_group(d, d.doc[d.left_edge.i:d.i + 1].text) == "armed_group"
               for d in doers)


_ONE_PERSON_DETS = frozenset({"a", "an", "another", "one"})
# nouns that say only that the counted are men or women: "of" a force after them names their side
_PERSON_WORDS = frozenset({"man", "men", "woman", "women"})


def _from_home_place(noun) -> bool:
    """"31 people from the three hamlets", "two persons from this settlement": people named by the
    village they come from (``home_place_nouns.txt``) are its villagers."""
    places = load_words("home_place_nouns.txt")
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in places or o.lower_ in places) for o in p.children)
        for p in noun.children)


def _own_people(noun) -> bool:
    """"58 of our people", "our young comrades", "five of our members": a noun for people
    (``own_people_nouns.txt``) that the speaker calls "our"."""
    if noun.lemma_.lower() not in load_words("own_people_nouns.txt") and noun.lower_ not in load_words("own_people_nouns.txt"):
        return False
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children)


def _counted_apart(conjunct) -> bool:
    """"five children and a nurse", "30 villagers and two soldiers": a conjunct with a number or
    "a"/"another" of its own is a person counted apart, not more of the people the first number counts."""
    return any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in _ONE_PERSON_DETS) for c in conjunct.children)


def _is_force(token, groups) -> bool:
    """A word naming an armed side (the police, the army, a militia)."""
    return (groups.get(token.lemma_.lower()) or groups.get(token.lower_)) in ("security_forces", "armed_group")


_SHARE_AFTER = re.compile(
    r"^[^.;:!?\d]*?,\s*(?:the\s+)?(?P<q>(?:nearly|almost|virtually|practically)\s+all|all|majority|most|many|half|bulk)"
    r"\s+of\s+(?:them|whom)\s*,?\s+(?:(?:were|are|being)\s+)?(?:(?:the|local)\s+)?(?P<w>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})"
    r"|^[^.;:!?\d]*?,\s*(?P<q2>all|mostly|mainly|largely|predominantly|overwhelmingly|chiefly)\s+(?P<w2>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})"
    r"|^[^.;:!?\d]*?,\s*(?P<q3>\d[\d,]*|[^\W\d_]+)\s+of\s+(?:them|whom)\s*,?\s+(?:(?:were|are)\s+)?"
    r"(?P<w3>[^\W\d_][\w-]*)(?:\s+(?P<w4>[^\W\d_][\w-]*))?",
    re.I)
SIDE_WORDS = frozenset({"civilian", "civilians"})
SIDES = ("civilians", "security_forces", "armed_group")


def _word_group(word: str, groups) -> str | None:
    """The group of a word as written, plural or not ("pilgrims", "policemen", "women")."""
    word = word.lower()
    forms = (word, word[:-1], word[:-2], word[:-3] + "man" if word.endswith("men") else "")
    return next((groups[f] for f in forms if f and f in groups), None)


# words after "most of them" that end the description of who they were ("most of them in the market")
_SHARE_STOP_WORDS = frozenset("""in on at from by with of to for near along after before during who whom which that
    were are was is had have has still being""".split())


def _side_words_group(words: list[str], groups) -> tuple[str | None, str | None]:
    """The group of the first word or two-word phrase that names a side in ``words`` ("armed SLA
    fighters" → fighters, "armed men" → the phrase, "young men" → men), and the words that named it;
    none once the words turn to where, when or how ("in the market", "for head wounds")."""
    for i, word in enumerate(words):
        if word in _SHARE_STOP_WORDS:
            break
        if i + 1 < len(words):
            group = _word_group(f"{word} {words[i + 1]}", groups)
            if group in SIDES:
                return group, f"{word} {words[i + 1]}"
        group = _word_group(word, groups)
        if group in SIDES:
            return group, word
    return None, None


def _share_of_a_side(match, groups) -> bool:
    """Whether the words after "most of them" (the last group of ``match``) name people of a side
    ("most of them civilians", "the majority of them soldiers"), not a place, a time or a state."""
    if match is None:
        return False
    words = re.findall(r"[^\W\d_][\w-]*", match.groups()[-1].lower())[:4]
    return _side_words_group(words, groups)[0] is not None


def _share_named_after(noun, groups) -> str | None:
    """A count of people whose side its noun does not say, followed in its sentence by who they
    (mostly) were: "40 people died in the raids, all of them civilians" → civilians; "..., nearly all
    of them civilians" or "most of them soldiers" → mixed (the rest are of another side); "..., most
    of them women and children" → civilians (kinds of civilians, no other side named). Only a share
    with no other number before it, so it is this count's."""
    sent_end = noun.sent.end_char
    after = parsed_text(noun.doc)[noun.idx + len(noun.text): sent_end]
    m = _SHARE_AFTER.match(after)
    if not m:
        return None
    if m.group("q3"):
        # "17 people, six of them children", "300 people, nine of them small children": a number's
        # share; its people (a word, or the word after one adjective) say who the count is made of
        word = m.group("w3").lower()
        group = _word_group(word, groups)
        if group is None and m.group("w4"):
            word = m.group("w4").lower()
            group = _word_group(word, groups)
        if group == "civilians":
            return "civilians"  # kinds of civilians, no other side named
        return "mixed" if group in ("security_forces", "armed_group") else None
    quantity = (m.group("q") or m.group("q2")).lower()
    # the side may come after a word or two that describe them ("nearly all of them armed PLF fighters")
    group, word = _side_words_group((m.group("w") or m.group("w2")).lower().split(), groups)
    if group not in ("civilians", "security_forces", "armed_group"):
        return None
    whole = quantity == "all"
    if group == "civilians" and word not in SIDE_WORDS:
        return "civilians"  # kinds of civilians: the rest are not said to be of another side
    return group if whole else "mixed"


def _group_referred_to(noun, groups) -> str | None:
    """A count that names its people only by reference takes the group of what it refers to:
    "the Kurdish community ..., with 30,000 members having fled" (bare "members": of the group the
    sentence named before them); "the Yazidi minority, which faces abductions in batches of five"
    (a harm with no people noun, in a relative clause on a group: that group's)."""
    def group_of(tok):
        group = groups.get(tok.lemma_.lower()) or groups.get(tok.lower_)
        if group not in (None, "unspecified", "not_people"):
            return group
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
        if group is not None and any(_names_a_people(m) for m in mods):
            return "civilians"  # "the Alawite community", "Kurdish families"
        return None

    if noun.lemma_.lower() == "member" and not any(c.dep_ in ("prep", "amod", "compound", "poss") for c in noun.children):
        own = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        for tok in reversed(list(noun.doc[noun.sent.start:noun.i])):
            if tok.pos_ != "NOUN" or not group_of(tok):
                continue
            if tok.dep_ in ("nsubj", "nsubjpass") and (tok.head == own or tok.head.lemma_.lower() in _reporting_verbs()):
                continue  # who acts on the members or speaks of them ("police detained 40 members")
            return group_of(tok)
        return None
    if noun.lemma_.lower() in groups or noun.lower_ in groups or term_measure(noun) is None:
        return None  # people named by a noun of their own; or no harm noun at all
    node = noun
    while node.head.i != node.i and node.dep_ != "relcl":
        node = node.head
    if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
        return group_of(node.head)
    return None


def _people_modifier(token) -> bool:
    """"his Alawite friends", "Kurdish relatives": a capitalised word before a noun for people is the
    people they belong to, whatever the tagger thought of it (a single word, not a place or a body)."""
    if token.dep_ not in ("amod", "compound") or token.is_sent_start or not token.text[:1].isupper() \
            or token.text.isupper():
        return False
    head = token.head
    if head.i <= token.i or not (head.lemma_.lower() in group_nouns() or head.lower_ in group_nouns()):
        return False
    if token.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "DATE", "TIME"):
        return False
    neighbours = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    return not any(n.ent_type_ == "PERSON" and n.i != head.i and n.text[:1].isupper() for n in neighbours)


def _names_a_people(token) -> bool:
    """A nationality, religious or ethnic group ("Karans", "Karan friends", "Welsh women")."""
    if token.ent_type_ == "NORP":
        return True
    if token.lower_ in group_nouns() or term_measure(token) is not None or token.lower_ in COUNT_NOUNS:
        return False  # a headline in title case: "Toll Rises", "Officers Killed"
    if token.pos_ == "PROPN" and token.tag_ in ("NNPS", "NNP") \
            and token.ent_type_ not in ("PERSON", "GPE", "ORG", "LOC", "FAC"):
        return True
    # a capitalised plural inside a sentence names a people, whatever the tagger thought ("hundreds of Karans")
    return (token.text[:1].isupper() and token.text.endswith("s") and not token.is_sent_start
            and token.ent_type_ not in ("PERSON", "ORG") and token.tag_ in ("NNPS", "NNS", "NNP"))


def find_locations(clause_root, exclude: set[int], number: int | None = None) -> list[str]:
    """Place names in the clause headed by ``clause_root`` (not inside the attribution).

    Falls back, in order, to: the places of the clause it hangs off ("struck Taldir province,
    killing 1,412"); the place "there" points back to; the place a bare "the town" refers to."""
    doc = clause_root.doc
    region = _own_region(clause_root, number)
    later = _later_counting_verbs(clause_root, number)
    others = _coordinated_counts(clause_root, number)
    out = _places_in(doc, region - later - others, exclude)
    if later and not out:
        # "killed 12 and wounded 40 in Kessaly": a place closing coordinated counts is where each was;
        # "killed 12 in Harrow and wounded 40 in Kessaly": each count keeps its own
        trailing = _trailing_place_phrases(doc, later)
        out = _places_in(doc, (region - others) | trailing, exclude - trailing)
    if others and not out:
        # "12 died and 40 were hurt in Kessaly": a place only the second count's clause names is
        # where both were; "12 died in Harrow and 40 were hurt in Kessaly": each keeps its own
        out = _places_in(doc, region, exclude)
    for ent in _scene_places(clause_root.sent):
        # "In Orun, the small town ..., volunteers said they had counted 386 dead": the scene of the sentence
        if ent.start not in exclude:
            out.append((ent.start, ent.text))
    if not out:
        out = _account_subject_place(clause_root, number, exclude)
    if not out:
        out = _descriptive_places(doc, region, exclude)
    if not out:
        out = _governing_places(clause_root, exclude)
    if not out:
        out = _anaphoric_places(doc, region, exclude)
    if not out:
        out = _cause_places(clause_root, exclude)
    if not out:
        out = _event_anaphor_places(clause_root, exclude)
    if not out:
        out = _incident_name_places(clause_root, region, exclude, number)
    if not out:
        out = _label_places(clause_root, exclude)
    return _names(out)


EXCEPT_WORDS = {"excluding", "except", "without", "besides", "unlike", "beyond"}


def _incident_name_places(clause_root, region: set[int], exclude: set[int],
                          number: int | None) -> list[tuple[int, str]]:
    """"the toll of the Tarrow bus accident stood at 31", "14 suspects held over the Osk attacks":
    a happening (a lower-case ``incident_nouns.txt`` noun) named after the place it struck sets the
    count there, when the document names that place as one elsewhere ("near Tarrow"). Not a named
    happening written as a title ("the Osk Ridge Fire"), nor a body's name ("the Osk Mining blast");
    not a happening the count leaves out ("Excluding the Osk crash, 14 died"), one in a line's
    heading ("Osk bus crash: 22 dead"), nor one in a coordinated clause counting people of its own
    ("12 are held over the Osk raid, and five were arrested after the Tell attack")."""
    doc = clause_root.doc
    incidents = load_words("incident_nouns.txt")
    places = _doc_place_names(doc)
    others: set[int] = set()
    for child in clause_root.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and number not in {t.i for t in child.subtree} \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            others |= {t.i for t in child.subtree}
    out: list[tuple[int, str]] = []
    for i in sorted(region - others):
        tok = doc[i]
        if i in exclude or tok.pos_ != "NOUN" or not tok.text.islower() or tok.lemma_.lower() not in incidents:
            continue
        if number is not None and any(t.text == ":" for t in doc[min(i, number): max(i, number)]):
            continue
        if any(a.lower_ in EXCEPT_WORDS for a in tok.ancestors if a.i != clause_root.i) \
                or any(a.lower_ == "apart" for a in tok.ancestors):
            continue
        # the name right before the noun, or before one more common noun ("the Tarrow bus accident")
        end = tok.i
        if end - 1 >= 0 and doc[end - 1].pos_ == "NOUN" and doc[end - 1].text.islower() and doc[end - 1].dep_ == "compound":
            end -= 1
        start = end
        while start - 1 >= 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].i >= tok.sent.start:
            start -= 1
        if start == end or any(j in exclude for j in range(start, end)):
            continue
        name = doc[start:end]
        if name.text not in places or _titled(doc, name.text) or _names_people(name.text):
            continue
        ent = next((e for e in doc.ents if e.start <= start < e.end), None)
        if ent is not None and ent.label_ in ("ORG", "PERSON") and (ent.start < start or ent.end > end):
            continue  # a body or person whose name holds the place's
        out.append((start, name.text))
    return out


def _label_places(clause_root, exclude: set[int]) -> list[tuple[int, str]]:
    """"In Tull District: three killed.", "Osk Province: 12 dead, 40 injured": a place set as the
    label of a line, before a colon, for the counts after it — a recognised place name, or a name
    ending in an administrative noun (``entity_place_nouns.tsv``, kind admin)."""
    sent = clause_root.sent
    doc = sent.doc
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is None or colon - sent.start > 5 or colon > clause_root.i:
        return []
    start = sent.start + (1 if doc[sent.start].lower_ == "in" else 0)
    label = doc[start:colon]
    if not len(label) or start in exclude or not all(t.text[:1].isupper() for t in label if t.is_alpha):
        return []
    named = any(e.label_ in ("GPE", "LOC", "FAC") and e.start == start and e.end == colon for e in doc.ents)
    if named or load_mapping("entity_place_nouns.tsv").get(label[-1].lower_) == "admin":
        return [(start, label.text)]
    return []


TRAILING_PLACE_PREPS = {"in", "across", "throughout", "near", "around", "at", "inside", "outside"}


def _later_counting_verbs(clause_root, number: int | None) -> set[int]:
    """Tokens of the verbs coordinated after the clause's own that count something of their own
    ("killed 12 people and wounded 40 ..."): their places are first theirs."""
    out: set[int] = set()
    for child in clause_root.children:
        if child.dep_ != "conj" or child.pos_ != "VERB" or child.i < clause_root.i:
            continue
        sub = {t.i for t in child.subtree}
        if number in sub or any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            continue
        if any(t.like_num and t.dep_ in ("nummod", "dobj", "nsubjpass", "nsubj") for t in child.subtree):
            out |= sub
    return out


def _coordinated_counts(clause_root, number: int | None) -> set[int]:
    """Tokens of the clauses coordinated after the figure's own that have a subject with a number of
    its own ("four died in the raid on Osk, and two others were killed in Tell"): that count's
    clause, whose places are first its own."""
    out: set[int] = set()
    for child in clause_root.children:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or child.i < clause_root.i:
            continue
        sub = {t.i for t in child.subtree}
        if number in sub:
            continue
        subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(t.like_num or t.dep_ == "nummod" for c in subjects for t in c.subtree):
            out |= sub
    return out


def _trailing_place_phrases(doc, tokens: set[int]) -> set[int]:
    """The place phrases ("in the town of Kessaly") among ``tokens``, wherever the parser hung them."""
    out: set[int] = set()
    for i in tokens:
        if doc[i].dep_ == "prep" and doc[i].lower_ in TRAILING_PLACE_PREPS:
            out |= {t.i for t in doc[i].subtree}
    return out


def _event_anaphor_places(clause_root, exclude: set[int]) -> list[tuple[int, str]]:
    """"Yesterday units struck a depot in the Karsh area of Olden province. The strikes resulted in the
    neutralisation of 40 fighters": a clause with no place whose subject is the happening named just
    before ("the strikes", an ``incident_nouns.txt`` noun with "the") is set where that happening was,
    the places of the nearest of the two sentences before it that names it (a noun or verb of the
    same lemma)."""
    doc = clause_root.doc
    subject = next((c for c in clause_root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in load_words("incident_nouns.txt") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in subject.children):
        return []
    sent = clause_root.sent
    for _ in range(2):
        if sent.start == 0:
            return []
        sent = doc[sent.start - 1].sent
        if any(t.lemma_.lower() == subject.lemma_.lower() for t in sent):
            return [p for p in _places_in(doc, set(range(sent.start, sent.end)), exclude) if not _names_people(p[1])]
    return []


HARM_MEASURES = {"killed", "injured", "displaced", "abducted"}


def _cause_places(clause_root, exclude: set[int]) -> list[tuple[int, str]]:
    """"41 people have been killed after a cyclone tore through the coast of Velland": people harmed
    in a clause with no place of its own, after a happening that has one, were harmed where it
    happened. Not for a clause that only states or reports ("31 remain missing, the police said,
    after two hikers were found on Corrin Island")."""
    if clause_root.pos_ != "VERB" or term_measure(clause_root) not in HARM_MEASURES:
        return []  # the harm's own verb ("were killed", "died"), not a state ("remain missing")
    # "9 were killed and dozens injured after two trains collided near Osk": the "after" clause may
    # hang off the last of coordinated harm verbs
    verbs = [clause_root] + [c for c in clause_root.children if c.dep_ == "conj" and c.i > clause_root.i
                             and term_measure(c) in HARM_MEASURES]
    for child in (c for v in verbs for c in v.children):
        if child.dep_ != "advcl" or child.i < clause_root.i \
                or not any(c.dep_ == "mark" and c.lower_ == "after" for c in child.children):
            continue
        return [p for p in _places_in(clause_root.doc, {t.i for t in child.subtree}, exclude)
                if not _names_people(p[1])]
    return []


def _names(out) -> list[str]:
    names: list[str] = []
    for _, name in sorted(out):
        name = re.sub(r"^(?:the|The)\s+", "", name.strip())
        # "But Tavrin district police ...": a sentence's opening conjunction the tagger took into the name
        name = re.sub(r"^(?:But|And|Yet|Or)\s+(?=[A-Z])", "", name)
        name = re.sub(r"\s*\([^)]*$", "", name)  # "Kell Medical Center (KMC": a bracket the tagger cut
        if name not in names and not names_no_place(name):
            names.append(name)
    return names


_CALENDAR_WORDS = frozenset(
    w.lower() for names in (calendar.month_name, calendar.month_abbr, calendar.day_name, calendar.day_abbr)
    for w in names if w) | {"sept", "tues", "thur", "thurs"}


def names_no_place(name: str) -> bool:
    """A name the tagger took for a place that names a happening or a day: "the Osk Ridge Fire",
    "Tarn Valley Earthquake", "Tsunami" (its last word an ``incident_nouns.txt`` noun: where the
    happening was is for the sentence to say, not its name), "Saturday", "8 Nov"; a document
    ("the Indictment", ``cited_document_nouns.txt``)."""
    words = re.findall(r"[^\W\d_]+|\d+", name)
    if not words:
        return True
    if all(w.isdigit() or w.lower().rstrip(".") in _CALENDAR_WORDS for w in words):
        return True
    if len(words) == 1 and words[0].lower() in load_words("cited_document_nouns.txt"):
        return True  # "listed in the Indictment", "named in the Report": a document, capitalised as a defined term
    last = words[-1].lower()
    incidents = load_words("incident_nouns.txt")
    return last in incidents or last.endswith("s") and last[:-1] in incidents


# "after" clauses tell an earlier or later happening, with places of its own
SEQUENCE_MARKS = {"after", "before", "since", "until", "once"}
CONTRAST_MARKS = {"while", "whereas", "whilst"}
CLAUSAL_DEPS = {"advcl", "conj", "ccomp", "xcomp", "parataxis", "csubj"}


def _own_region(clause_root, number: int | None = None) -> set[int]:
    """The clause's tokens, without an "after ..." clause hanging off it and without the object of a
    coordinated verb ("killing 40 and flattening the centre of Meskan": Meskan is what was flattened)."""
    inside = {t.i for t in clause_root.subtree}
    for child in clause_root.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in child.children):
            inside -= {t.i for t in child.subtree}
        if child.dep_ == "advcl" and number not in {t.i for t in child.subtree} \
                and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in child.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            inside -= {t.i for t in child.subtree}  # "31 lived in Osk, while seven were travelling near Tell"
        if child.dep_ == "conj" and child.pos_ == "VERB" \
                and child.lemma_.lower() not in load_words("departure_verbs.txt"):
            # "packed up and left Osk": what the counted people left is where they were
            for obj in child.children:
                if obj.dep_ == "dobj":
                    inside -= {t.i for t in obj.subtree}
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and _states_something_else(child):
            inside -= {t.i for t in child.subtree}
        if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN") and number not in {t.i for t in child.subtree} \
                and not measure_of_verb(clause_root) and child.lemma_.lower() not in load_words("count_figure_nouns.txt") \
                and child.lemma_.lower() not in group_nouns():
            # "The Harbour Aid Forum, which has been gathering names in Osk and Tell, puts the toll at
            # 28": a clause describing the body that gives the count is no place of the count (but
            # "the militia, which operates in Tarn, killed 12" may well have killed them there, and "the
            # number of inmates who died in the jail in Osk rose to 52" says where they died)
            for rel in child.children:
                if rel.dep_ == "relcl" and any(c.lower_ in ("which", "that", "who") for c in rel.children):
                    inside -= {t.i for t in rel.subtree}
    for tok in clause_root.subtree:
        if tok.dep_ in ("relcl", "advcl") and tok.i != clause_root.i and number not in {t.i for t in tok.subtree} \
                and _when_of_time_phrase(tok):
            inside -= {t.i for t in tok.subtree}  # "since the night of the vote, when crowds gathered in Osk"
        aside = _part_aside(tok)
        if aside is not None and number not in {t.i for t in aside.subtree}:
            inside -= {t.i for t in aside.subtree}
            inside -= _circumstance_after(aside)
        among = _among_them_aside(tok)
        if among is not None and number not in {t.i for t in among.subtree} and among.i != clause_root.i:
            inside -= {t.i for t in among.subtree}
    return inside


def _among_them_aside(tok):
    """"admitted 74 patients, among them a girl pulled from the water near the Kell bridge": a phrase
    set off by a comma that picks someone out among the counted tells where that one was. Returns
    the phrase's head, or None."""
    if tok.lower_ != "among" or not any(c.lower_ in ("them", "whom", "those") for c in tok.children):
        return None
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text not in (",", "(", "–", "—", ";"):
        return None
    return tok.head if tok.head.i > tok.i else None


def _circumstance_after(aside) -> set[int]:
    """"12 died, the agency said, four of them on Monday alone, when a wall gave way in Kest": a
    "when"/"as" clause right after a part aside tells of that part, wherever the parser hung it."""
    doc = aside.doc
    comma = aside.right_edge.i if aside.right_edge.text == "," else aside.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ not in ("when", "as", "where"):
        return set()
    opener = doc[comma + 1]
    clause = opener.head if opener.dep_ in ("advmod", "mark") else opener
    if clause.left_edge.i != opener.i:
        return set()
    return {t.i for t in clause.subtree}


def _when_of_time_phrase(clause) -> bool:
    """A "when ..." clause that dates a "since"/"after" phrase ("detained since the night of the vote,
    when crowds first gathered outside ... in Osk"): the earlier happening, with its own places."""
    when = next((c for c in clause.children if c.lower_ == "when" and c.dep_ == "advmod" and c.i < clause.i), None)
    if when is None:
        return False
    doc = clause.doc
    prev = when.i - 1
    while prev >= 0 and doc[prev].is_punct:
        prev -= 1
    if prev < 0:
        return False
    node = doc[prev]
    for _ in range(6):
        if node.dep_ == "prep" and node.lower_ in ("since", "after", "before", "until", "following"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _states_something_else(verb) -> bool:
    """A coordinated clause with a subject of its own that counts nothing ("..., and a curfew has been
    imposed on the port district of Kell"): another statement, with places of its own."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and not any(t.like_num or t.dep_ == "nummod" for t in subject.subtree) \
        and subject.lower_ not in ("who", "that", "which")


PART_QUANTIFIERS = {"many", "most", "some", "half", "majority", "all", "several", "few", "dozens", "hundreds"}


def _part_aside(tok):
    """"many of them in Ambalpur", "(of whom 27 are fishermen from Kadalur)": where a part of the
    count is, not where the count is. Returns the aside's top token, or None."""
    if tok.lower_ not in PART_QUANTIFIERS and not tok.like_num:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and any(c.lower_ in ("them", "whom", "those") for c in of.children):
        before = tok.doc[tok.i - 1].text if tok.i > 0 else ""
        return tok if before in (",", "(", "–", "—", "-", ";") else None
    # "of whom 27 are fishermen": "of whom" hangs off the verb of the aside
    if tok.dep_ in ("nsubj", "attr") and tok.head.dep_ in ("relcl", "acl") \
            and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "whom" for g in c.children)
                    for c in tok.head.children):
        return tok.head
    return None


def _governing_places(clause_root, exclude: set[int]) -> list[tuple[int, str]]:
    """A clause with no place of its own hanging off another ("..., killing 1,412 people",
    "... has risen to 19 after five people died in hospital") is set where that clause is: the
    governing verb's own words, not its other clauses nor a reporting verb's."""
    head, path = clause_root.head, clause_root
    if clause_root.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN") and head.i != clause_root.i:
        # "Varnia's Kesh community, which faces abductions in batches of five": where its antecedent is
        region = {t.i for t in head.subtree} - {t.i for c in head.children if c.dep_ in ("relcl", "acl")
                                                 for t in c.subtree}
        found = _places_in(head.doc, region, exclude)
        if not found:
            found = _where_antecedent(clause_root, exclude)
        return found
    if clause_root.dep_ == "pcomp" and head.lower_ == "with" and head.dep_ == "prep":
        head, path = head.head, head  # "violence surged in X, with hundreds of killings reported"
    elif clause_root.dep_ not in ("advcl", "conj", "xcomp"):
        return []
    if head.i == path.i or head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in clause_root.children) \
            and head.lemma_.lower() not in _count_verbs():
        return []  # "ministers met in Brussels after 40 were killed"; but "the toll rose to 19 after five died"
    if head.lemma_.lower() in _reporting_verbs():
        return []
    region = {head.i}
    carried = head.lemma_.lower() in load_words("transfer_verbs.txt")
    for child in head.children:
        if child.dep_ in CLAUSAL_DEPS or child.dep_ == "punct" or child.i == path.i:
            continue
        if carried and child.dep_ == "prep" and child.lower_ == "to":
            continue  # "seven were flown to Osk, and 38 are missing": where the seven were taken
        region.update(t.i for t in child.subtree)
    return _places_in(head.doc, region, exclude)




def _where_antecedent(relcl, exclude: set[int]) -> list[tuple[int, str]]:
    """"Troops entered Marrow, where 14 villagers were killed", "Worst hit was Block D, where 900
    people lost their shelters": a "where" clause says the name it hangs on is a place, whatever the
    tagger made of the name (a person, nothing). Not a titled person, a people, a date or an
    acronym."""
    head = relcl.head
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.i in exclude:
        return []
    if not any(c.lower_ == "where" and c.dep_ in ("advmod", "mark") and c.i < relcl.i for c in relcl.children):
        return []
    doc = head.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return []  # the clause set off by a comma right after the name
    span = _proper_name(head)
    if any(t.i in exclude for t in span) or head.ent_type_ in ("DATE", "TIME", "NORP", "ORDINAL") \
            or _names_people(span.text) or _titled(doc, span.text) or len(span) == 1 and span.text.isupper():
        return []
    return [(span.start, span.text)]


def _anaphoric_places(doc, region: set[int], exclude: set[int]) -> list[tuple[int, str]]:
    """"treated there", "among the dead in the town": the place named last before it, in the sentence
    or, failing that, in the two sentences before it in the same paragraph."""
    for i in sorted(region):
        tok = doc[i]
        there = tok.lower_ == "there" and tok.dep_ == "advmod"
        bare = tok.lemma_.lower() in _place_nouns("anaphoric") and tok.pos_ == "NOUN" and _bare_definite(tok)
        if not (there or bare) and i not in exclude and _bare_site(tok):
            named = _named_site(doc, tok)  # "21 deaths at the market": the market the text named before
            if named is not None:
                return [named]
            continue
        if not (there or bare) or i in exclude:
            continue
        sent = tok.sent
        before = [p for p in _places_in(doc, set(range(sent.start, tok.i)), exclude | region)]
        if before and there:
            return [max(before)]
        prev = sent
        for _ in range(2):
            if prev.start == 0 or "\n" in parsed_text(doc)[prev.start_char - 2: prev.start_char] \
                    or "\n" in doc[prev.start - 1].text_with_ws:
                break
            prev = doc[prev.start - 1].sent
            found = [p for p in _places_in(doc, set(range(prev.start, prev.end)), exclude)
                     if there or _may_be_called(p[1], tok)]
            if found:
                return [max(found)]
        if not there:
            named = _named_with_noun(doc, tok) or _dateline_place(doc, tok)
            if named is not None:
                return [named]
        return []
    return []


DATELINE_NOUNS = {"city", "town"}


def _dateline_place(doc, noun) -> tuple[int, str] | None:
    """"the city" in a wire story whose dateline names it ("PUERTO ALCARAZ, Corvera (MP) — ..."):
    the dateline's first name, when the text names no city before."""
    if noun.lemma_.lower() not in DATELINE_NOUNS:
        return None
    for sent in list(doc.sents)[:8]:
        end = _dateline_end(sent)
        if end <= sent.start or end > noun.i:
            continue
        words = []
        for tok in doc[sent.start:end]:
            if tok.text in (",", "(") or tok.text in DASHES:
                break
            if not tok.is_space:
                words.append(tok)
        if words and all(t.text[:1].isupper() and t.is_alpha for t in words) and len(words) <= 4:
            name = doc[words[0].i: words[-1].i + 1].text
            return (words[0].i, name.title() if name.isupper() else name)
    return None


def _bare_definite(tok) -> bool:
    """"in the city", "the city's annual feast", "the city health officer": the noun with only "the"."""
    words = [c.lower_ for c in tok.children if c.dep_ != "case"]
    if words != ["the"] and not _same_one(tok):
        return False
    if tok.dep_ == "pobj" or _same_one(tok):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in load_words("departure_verbs.txt"):
        return True  # "700 residents left the city"
    if tok.dep_ == "poss":
        return True
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN"


def _same_one(tok) -> bool:
    """"the same mine", "this same town": a place noun that can only mean one named before."""
    words = [c.lower_ for c in tok.children if c.dep_ != "case"]
    return len(words) == 2 and words[-1] == "same" and words[0] in ("the", "this", "that")


def _bare_site(tok) -> bool:
    """"at the market", "in the camp", "at the hospital": a facility or place noun with only "the";
    "the same mine" wherever it stands."""
    kinds = _place_nouns("facility") | _place_nouns("place")
    if not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()) or tok.lemma_.lower() not in kinds or tok.lemma_.lower() in _place_nouns("anaphoric"):
        return False
    if _same_one(tok):
        return True
    return tok.dep_ == "pobj" and [c.lower_ for c in tok.children] == ["the"] and tok.head.lower_ in PLACE_PREPS | {"on"}


def _named_site(doc, noun) -> tuple[int, str] | None:
    """The last site named before with the same noun: "the Qadis market", "Kell General Hospital"."""
    word = re.escape(noun.lower_)
    pattern = re.compile(r"\b((?:[A-Z][\w’'\-]+\s+){1,3}(?i:" + word + r"))\b")
    best = None
    for m in pattern.finditer(parsed_text(doc)[:noun.idx]):
        found = m.group(1)
        first = found.split()[0]
        if first.lower() in ("the", "a", "an", "this", "that", "at", "in", "on", "of"):
            found = found[len(first):].strip()
            if len(found.split()) < 2:
                continue
        best = (m.start(1), found)
    # "the Basilica of the Holy Cross", "the Hospital of Port Elm": the noun first, its name after "of"
    named_after = re.compile(r"\b((?i:" + word + r")\s+of\s+(?:the\s+)?[A-Z][\w’'\-]+"
                             r"(?:[ \t]+(?:[A-Z][\w’'\-]+|de|del|la|el|al)){0,3})")
    for m in named_after.finditer(parsed_text(doc)[:noun.idx]):
        found = re.sub(r"(?:[ \t]+(?:de|del|la|el|al))+$", "", m.group(1))
        if found[:1].isupper() and (best is None or m.start(1) > best[0]):
            best = (m.start(1), found)
    if best is None:
        return None
    tok = next((t for t in doc if t.idx >= best[0]), None)
    return (tok.i if tok is not None else 0, best[1])


def _named_with_noun(doc, noun) -> tuple[int, str] | None:
    """"across the city" with no place in its paragraph: the last place the document introduced with
    that noun ("Osk city", "the city of Osk", "the besieged Karesian city of Osk")."""
    word = re.escape(noun.lower_)
    name = r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})"
    text = parsed_text(doc)[:noun.idx]
    best = None
    for m in re.finditer(name + r"\s+((?i:" + word + r"))\b|\b(?i:" + word + r")\s+of\s+" + name, text):
        found = m.group(1) or m.group(3)
        if m.group(1) and m.group(2)[:1].isupper():
            found = f"{found} {m.group(2)}"  # "Lower Osk District": the noun is part of the name
        if found.split()[0].lower() not in ("the", "a", "an", "this", "that") and (best is None or m.start() > best[0]):
            best = (m.start(), found)
    if best is None:
        return None
    tok = next((t for t in doc if t.idx >= best[0]), None)
    return (tok.i if tok is not None else 0, best[1])


def places_in_sentence(sent) -> list[str]:
    """Every place named in a sentence (not its dateline), in order."""
    return _names(_places_in(sent.doc, set(range(sent.start, sent.end)), set()))


def find_source_seat(sent, mention_head: int, reporting_verbs, measure: str | None = None) -> list[str]:
    """"The Ministry of Health in Osk says 96 people have been killed", "according to local
    health authorities in Marla": a figure with no place of its own is counted where the
    authority that gives it sits — an authority noun (``seat`` in ``place_nouns.tsv``: ministry,
    authorities, police, governor ...) with a place after "in", as the subject of the reporting
    verb that governs the figure or in its "according to" phrase. An international office's seat
    ("the UN office in Geneva") is no authority noun."""
    doc = sent.doc
    sources: set[int] = set()
    for tok in sent:
        if tok.lower_ == "according":
            sources.update(t.i for t in tok.subtree)
    for verb in reporting_verbs:
        if mention_head in {t.i for t in verb.subtree}:
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and mention_head not in {t.i for t in child.subtree}:
                    sources.update(t.i for t in child.subtree)
    seats = _place_nouns("seat")
    out: list[tuple[int, str]] = []
    for i in sorted(sources):
        tok = doc[i]
        if tok.lower_ != "in" or tok.dep_ != "prep":
            continue
        owner = tok.head
        owner_words = {owner.lemma_.lower(), owner.lower_}
        org = next((e for e in doc.ents if e.start <= owner.i < e.end and e.label_ == "ORG"), None)
        if org is not None:  # "the Ministry of Health in Osk": any word of the name
            owner_words |= {t.lemma_.lower() for t in org}
        if not owner_words & seats:
            continue
        place = next((c for c in tok.children if c.dep_ == "pobj"), None)
        named = _named_place_noun(place) if place is not None else None
        if named is not None:  # "authorities in Tolvan district"
            out.append((named.start, named.text))
            continue
        if place is None or not (place.ent_type_ in LOCATION_KINDS or place.pos_ == "PROPN") \
                or not _may_be_place(place) or _names_people(place.text):
            continue
        span = next((e for e in doc.ents if e.start <= place.i < e.end and e.label_ in LOCATION_KINDS), None)
        out.append((place.i, span.text if span is not None else _proper_name(place).text))
    if not out:
        out = _possessive_seats(doc, sources, seats)
    if not out and measure == "injured":
        out = _care_seats(sent, mention_head, reporting_verbs)
    return _names(out)


def _named_place_noun(tok):
    """"Tolvan district", "the Kell camp": a place noun (kind ``place``) after capitalised names that
    are all its own; the span of names and noun, or None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _place_nouns("place"):
        return None
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    if not names or any(_names_people(c.text) or c.ent_type_ in ("PERSON", "NORP", "DATE") for c in names):
        return None
    start = min(t.i for c in names for t in c.subtree)
    if any(not t.text[:1].isupper() for t in tok.doc[start:tok.i]):
        return None
    return tok.doc[start: tok.i + 1]


def _possessive_seats(doc, sources: set[int], seats) -> list[tuple[int, str]]:
    """"Osk's health ministry says 40 died", "according to Tarnland's National Relief Agency": the
    place a count-giving authority belongs to (a seat noun, or a named body) scopes its count, as
    "the ministry in Osk" does. Not a person's or a body's office ("Governor Ana Osk's office", "the
    UN's office"), nor a foreign ministry (it counts its nationals abroad)."""
    out: list[tuple[int, str]] = []
    for i in sorted(sources):
        tok = doc[i]
        if tok.dep_ != "poss" or tok.pos_ != "PROPN" or tok.ent_type_ == "NORP":
            continue
        owner = tok.head
        org = next((e for e in doc.ents if e.start <= owner.i < e.end and e.label_ == "ORG"), None)
        if tok.ent_type_ in ("ORG", "PERSON") and _proper_name(tok).text not in _doc_place_names(doc) \
                and not _lone_name_of_no_person(tok):
            continue  # "the UN's office", "Ana Osk's office"; but "Tarnland's Relief Agency"
        words = {owner.lemma_.lower(), owner.lower_} | ({t.lemma_.lower() for t in org} if org is not None else set())
        named_body = owner.pos_ == "PROPN" and owner.text[:1].isupper()  # "Osk's Coordination Headquarters"
        if not (words & seats or org is not None or named_body) or "foreign" in words \
                or any(c.lower_ == "foreign" for c in owner.children):
            continue
        span = _proper_name(tok)
        if span.start < tok.sent.start or any(t.pos_ != "PROPN" for t in span):
            continue
        if not (tok.ent_type_ in LOCATION_KINDS or span.text in _doc_place_names(doc) or _lone_name_of_no_person(tok)) \
                or _names_people(span.text):
            continue
        out.append((span.start, span.text))
    return out


def _lone_name_of_no_person(tok) -> bool:
    """A one-word name ("Tarnland") that the document never gives as part of a person's name ("Ana
    Tarnland"), after a title ("Dr Tarnland", "Madam Tarnland") nor as an acronym: before an authority's
    noun ("Tarnland's emergency authority"), the place the authority belongs to."""
    doc = tok.doc
    if not tok.text[:1].isupper() or tok.text.isupper() or tok.i > tok.sent.start and doc[tok.i - 1].pos_ == "PROPN":
        return False
    if _titled(doc, tok.text):
        return False
    from crosscheck.extract.entity_names import load_title_words

    titles = load_title_words() | load_words("entity_honorifics.txt")
    if any(t.text == tok.text and t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in titles for t in doc):
        return False  # "Madam Osk", "Governor Osk"
    return not any(e.label_ == "PERSON" and len(e) > 1 and tok.text in [t.text for t in e] for e in doc.ents)


def _care_seats(sent, mention_head: int, reporting_verbs) -> list[tuple[int, str]]:
    """"Osk General Hospital says it has treated 140 people", "a surgeon at Osk General Hospital said
    his team operated on 12": a care facility (``care`` in ``place_nouns.tsv``) named in the phrase
    of whoever gives a count of wounded counts the people it treats (called for injured counts only:
    the dead a mortuary received died elsewhere). Only the subject of the nearest reporting verb
    over the count ("Police say 24 were hurt; Osk Hospital says 31": the 24 are the police's)."""
    doc = sent.doc
    governing = sorted((v for v in reporting_verbs if mention_head in {t.i for t in v.subtree}),
                       key=lambda v: len(list(v.subtree)))
    sources: set[int] = set()
    for verb in governing:  # "Osk Hospital says it has admitted 86": past the pronoun to who "it" is
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and mention_head not in {t.i for t in c.subtree}]
        if subjects and all(c.pos_ == "PRON" for c in subjects):
            continue
        sources = {t.i for c in subjects for t in c.subtree}
        break
    care = _place_nouns("care")
    out = []
    for ent in doc.ents:
        if ent.start not in sources or not _names_a_facility(ent) or not any(t.lower_ in care for t in ent):
            continue
        out.append((ent.start, ent.text))
    return out


def find_label_place(sent, number_start: int) -> str | None:
    """"Ambalpur: 46", "• Port Kovar – 31": a table or list row whose label is a place name."""
    doc = sent.doc
    colon = next((t for t in reversed(list(doc[sent.start:number_start])) if t.text in (":", "–", "—", "|")), None)
    if colon is None or any(not (t.is_punct or t.dep_ in ("advmod", "quantmod")) for t in doc[colon.i + 1:number_start]):
        return None
    words = [t for t in doc[sent.start:colon.i] if not (t.is_punct or t.is_space or t.text in ("•", "*", "-"))]
    if not 1 <= len(words) <= 4:
        return None
    if not all(t.pos_ == "PROPN" or t.ent_type_ in LOCATION_KINDS for t in words) \
            or any(t.ent_type_ in ("ORG", "DATE", "TIME") for t in words):
        return None
    name = doc[words[0].i: words[-1].i + 1].text
    if all(t.ent_type_ in LOCATION_KINDS for t in words) or _named_as_place(doc, name):
        return name
    return None


def _named_as_place(doc, name: str) -> bool:
    """The document names ``name`` as a place somewhere: a place entity, or after "in"/"at"/"from"."""
    if any(e.text == name and e.label_ in LOCATION_KINDS for e in doc.ents):
        return True
    return re.search(r"\b(?:in|at|from|near|of)\s+" + re.escape(name) + r"\b", parsed_text(doc)) is not None


def _may_be_called(name: str, noun) -> bool:
    """"the city" may be "Osk" or "Osk city", not "the Eastgate neighbourhood": a place whose name
    ends in another place noun is a different kind of place."""
    last = name.split()[-1].lower() if name.split() else ""
    nouns = _place_nouns("place") | _place_nouns("area") | _place_nouns("facility") | _place_nouns("anaphoric")
    return last not in nouns or last == noun.lower_ or last == noun.lemma_.lower()


def _reporting_verbs() -> frozenset[str]:
    from crosscheck.lexicons import load_words
    return load_words("attribution_verbs.txt")


def _places_in(doc, inside: set[int], exclude: set[int]) -> list[tuple[int, str]]:
    """Places among the tokens ``inside``: GPE/LOC/FAC names, facility names ("Kell General
    Hospital"), names before a place noun ("Taldir province") and names after a place preposition."""
    out: list[tuple[int, str]] = []
    for ent in doc.ents:
        if ent.start not in inside or ent.start in exclude:
            continue
        if ent.label_ not in LOCATION_KINDS and not _names_a_facility(ent):
            continue
        if ent.label_ == "ORG" and _describes_subject(ent.root):
            continue  # "a model by the unit at the University of Osk puts deaths at 900": who counted, not where
        if ent.end < len(doc) and doc[ent.end].text == "-" and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "based":
            continue
        if _is_dateline(ent) or _names_people(ent.text):
            continue
        out.append((ent.start, ent.text))
        if _names_a_facility(ent) or ent.label_ == "FAC":
            seat = _facility_seat(ent)
            if seat is not None and seat[0] not in exclude:
                out.append(seat)
        # "in Marlow, Eastbury, and Fenwick": names listed with a place are places too
        for conj in ent.root.conjuncts:
            if conj.pos_ == "PROPN" and conj.i in inside and conj.i not in exclude and not conj.ent_type_ in LOCATION_KINDS:
                name = _proper_name(conj)  # "in Osk, Upper Marr and Tell": the whole name
                out.append((name.start, name.text))
    taken = {i for i, _ in out}
    for i in sorted(inside):
        tok = doc[i]
        if i in exclude or i in taken or i < _dateline_end(tok.sent):
            continue
        # "evacuated from Lindenbrook": a name after a place preposition, whatever the tagger thought;
        # "the town of Lindenbrook": a name after a place noun's "of"
        if (tok.dep_ == "pobj" or tok.dep_ == "appos" and _carried_to(tok)) and tok.pos_ == "PROPN" \
                and not tok.ent_type_ in LOCATION_KINDS \
                and ((tok.head.lower_ in PLACE_PREPS or _on_an_incident(tok) or tok.dep_ == "appos") and _may_be_place(tok)
                     or _of_place_noun(tok) and tok.text[:1].isupper() and tok.ent_type_ not in NOT_PLACE_TYPES - {"ORG"}) \
                and not _names_people(tok.text):
            span = _proper_name(tok)
            if span.start not in taken and not any(t.i in exclude for t in span):
                out.append((span.start, span.text))
                taken.update(t.i for t in span)
                out.extend((_proper_name(c).start, _proper_name(c).text) for c in tok.conjuncts
                           if c.pos_ == "PROPN" and c.i not in exclude)
        # "families fled Upper Marr", "Osk alone accounted for 17 of the dead": a name the verb makes a place
        elif _placed_by_verb(tok, objects_only=True):
            span = _proper_name(tok)
            if span.start not in taken and not any(t.i in exclude for t in span):
                out.append((span.start, span.text))
                taken.update(t.i for t in span)
                out.extend((_proper_name(c).start, _proper_name(c).text) for c in tok.conjuncts
                           if c.pos_ == "PROPN" and c.i in inside and c.i not in exclude)
                taken.update(t.i for c in tok.conjuncts for t in _proper_name(c))
        # "residents of Osk", "the villagers of Upper Marr": where the people counted live
        elif tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ == "of" and _dwellers(tok.head.head) \
                and tok.ent_type_ not in NOT_PLACE_TYPES - {"ORG"} and not _names_people(tok.text):
            for name in [_proper_name(tok)] + [_proper_name(c) for c in tok.conjuncts if c.pos_ == "PROPN"]:
                if name.start not in taken and not any(t.i in exclude for t in name):
                    out.append((name.start, name.text))
                    taken.update(t.i for t in name)
        elif tok.dep_ == "compound" and i in dweller_names(tok.head):
            names = dweller_names(tok.head)  # "Osk villagers"
            if min(names) not in taken and not names & exclude:
                out.append((min(names), doc[min(names): max(names) + 1].text))
                taken.update(names)
        # "struck Taldir province", "villages below the Selva dam": a name before a place noun
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in _place_nouns("place"):
            names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
            # "the Kell limestone quarry": the name may come before a word saying what kind of site
            names += [g for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == tok.i - 1
                      for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN" and g.i == c.i - 1]
            if names and not any(t.ent_type_ in LOCATION_KINDS for t in names):
                span = doc[min(t.i for c in names for t in c.subtree): tok.i + 1]  # "the Kell-Ost mine"
                if span.start not in taken and not any(t.i in exclude for t in span):
                    out.append((span.start, span.text))
                    taken.update(t.i for t in span)
        else:
            # "raiders stormed Wendel and killed 14": a name the text calls a place elsewhere ("in Wendel"),
            # whatever the tagger made of it here
            known = _known_place(tok)
            if known is not None and known.start not in taken and not any(t.i in exclude for t in known):
                out.append((known.start, known.text))
                taken.update(t.i for t in known)
    return out


def _placed_by_verb(tok, objects_only: bool = False) -> bool:
    """A proper name that only a place can be, by the verb it hangs on: the object of a verb of
    leaving (``departure_verbs.txt``: "families fled Upper Marr", "2,000 left Osk"), the subject of
    "account for" a count ("Osk alone accounted for 17 of the dead", "Upper Marr accounts for 40 of
    the 120 deaths"). Not a people, a titled person or a date."""
    if not tok.text[:1].isupper() or tok.ent_type_ in NOT_PLACE_TYPES - {"ORG"} or _names_people(tok.text):
        return False
    verb = tok.head
    assault = False
    if tok.dep_ == "dobj" and tok.pos_ == "PROPN":
        assault = verb.lemma_.lower() in load_words("assault_verbs.txt")
        if verb.lemma_.lower() not in load_words("departure_verbs.txt") and not assault:
            return False
    elif tok.dep_ == "nsubj" and not objects_only and verb.lemma_.lower() == "account" and _accounts_for_count(verb):
        # "Osk alone accounted ...": the tagger's common noun at a sentence start, when named a place elsewhere
        if not (tok.pos_ == "PROPN" or tok.text in _doc_place_names(tok.doc)):
            return False
    else:
        return False
    if tok.ent_type_ == "ORG" and tok.dep_ == "dobj" and not (assault and _lone_place_like_name(tok)):
        return False  # "staff left Osk Mills": an employer, not a place; but "gunmen stormed Tell"
    return not _titled(tok.doc, _proper_name(tok).text)


def _lone_place_like_name(tok) -> bool:
    """A one-word name that is no acronym ("Tell", not "UNHCR" nor "Osk Mining Ltd"): after a verb
    of attack (``assault_verbs.txt``), the tagger's organisation label is no evidence of a body."""
    span = _proper_name(tok)
    return len(span) == 1 and not tok.text.isupper()


def _carried_to(tok) -> bool:
    """"the injured were flown to Osk", "40 were admitted to Tell General", "transferred to the
    capital, Osk": the name after the "to" of a verb of carrying people (``transfer_verbs.txt``)."""
    node = tok.head if tok.dep_ == "appos" and tok.head.dep_ == "pobj" else tok
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ == "to" and prep.dep_ == "prep" \
        and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in load_words("transfer_verbs.txt")


def _accounts_for_count(verb) -> bool:
    """"accounted for 17 (of the dead)": "account for" with a number right after "for"."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.like_num for g in c.children) for c in verb.children)


def _account_subject_place(clause_root, number: int | None, exclude: set[int]) -> list[tuple[int, str]]:
    """"Osk alone accounted for 31 of the 140 deaths": the subject is where the part ("44") was; the
    whole it is a part of ("119") is not there."""
    if clause_root.lemma_.lower() != "account" or number is None:
        return []
    doc = clause_root.doc
    part = next((g for c in clause_root.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.like_num), None)
    if part is None or number != part.i:
        return []
    out = []
    for subject in (c for c in clause_root.children if c.dep_ == "nsubj" and c.i not in exclude):
        if _placed_by_verb(subject):
            span = _proper_name(subject)
            out.append((span.start, span.text))
    return out


def _on_an_incident(tok) -> bool:
    """"the attack on Upper Marr", "a strike on Osk General Hospital", "raids on Tell and Marr": the
    name after "on" that hangs on a happening (``incident_nouns.txt``) is the place it hit."""
    prep = tok.head
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in ("ORG", "PERSON") and len(ent) > 1 \
            and ent.text not in _doc_place_names(tok.doc) and not _names_a_facility(ent):
        return False  # "a raid on Kell Mining Ltd", "the attack on Ana Rolf": a company, a person
    return prep.lower_ == "on" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() in load_words("incident_nouns.txt")


def _dwellers(tok) -> bool:
    """"residents", "villagers": people named by where they live (``place_nouns.tsv`` kind dweller)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _place_nouns("dweller")


def dweller_names(noun) -> set[int]:
    """The proper name written before a dweller noun ("Osk villagers", "Upper Marr residents"):
    where those people live, not a description of who they are."""
    if not _dwellers(noun):
        return set()
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.text[:1].isupper()
             and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and not c.is_sent_start)
             and c.ent_type_ not in NOT_PLACE_TYPES - {"ORG"} and not _names_people(c.text)]
    return {t.i for c in names for t in c.subtree if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")}


DASHES = {"-", "–", "—", "--"}

# a name after one of these is a place wherever it stands in the document
_PLACE_NAME = r"([A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2})"
_KNOWN_PLACE_CUES = re.compile(r"\b(?:in|near|outside|around|across|throughout|inside)\s+" + _PLACE_NAME)
NAME_DEPS = {"dobj", "pobj", "appos", "conj"}
NOT_PLACE_TYPES = {"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "ORG"}


def _doc_place_names(doc) -> frozenset[str]:
    """The names a document calls places somewhere: place entities, names after "in"/"near"/...,
    names with a settlement noun ("the village of Osk", "Osk district"). Cached on the doc."""
    cached = doc.user_data.get("crosscheck_place_names")
    if cached is not None:
        return cached
    names = {e.text for e in doc.ents if e.label_ in LOCATION_KINDS}
    nouns = "|".join(sorted(re.escape(n) for n in _place_nouns("place") if n.isalpha()))
    patterns = [_KNOWN_PLACE_CUES, re.compile(r"\b(?:" + nouns + r")\s+of\s+" + _PLACE_NAME)]
    for pattern in patterns:
        for m in pattern.finditer(parsed_text(doc)):
            words = m.group(1).split()  # "in Osk Central Market": "Osk" may be named alone elsewhere
            names.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    labels: dict[str, set[str]] = {}   # the tagger may call one name a place here and a body there
    for e in doc.ents:
        labels.setdefault(e.text, set()).add(e.label_)
    out = frozenset(n for n in names if not _names_people(n) and not _titled(doc, n)
                    and (n not in labels or not labels[n] <= NOT_PLACE_TYPES)
                    and not re.search(r"[A-Z]{2}", n))  # "KMC", "IDPs": an acronym names a body, not a place
    doc.user_data["crosscheck_place_names"] = out
    return out


def _titled(doc, name: str) -> bool:
    """"Mr Osk", "Dr. Osk": the name is a person's somewhere in the document."""
    last = name.split()[-1]
    return re.search(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Sen|Rep)\.?\s+(?:[A-Z][\w’'\-]+\s+)*" + re.escape(last) + r"\b",
                     parsed_text(doc)) is not None


def _of_place_noun(tok) -> bool:
    """"the northern city of Osk", "the village of Tell": the name after a place noun's "of"."""
    of = tok.head
    if not (of.lower_ == "of" and of.dep_ == "prep" and of.head.pos_ == "NOUN"
            and of.head.lemma_.lower() in _place_nouns("anaphoric")
            and not any(c.dep_ == "det" for c in tok.children)):  # not "the shrine of the Virgin"
        return False
    owner = of.head.head  # "the officials of the province of Tarn": the seat of whoever gives the count
    return not (owner.lower_ == "of" and owner.head.lemma_.lower() in _place_nouns("seat"))


OFFICE_SEAT_WINDOW = 4  # words before the comma searched for the title of an office


def _is_office_seat(span) -> bool:
    """A place written after a comma that closes an office's title ("the District Health Officer,
    Osk", "the Superintendent of Police, Osk"): where the office sits."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    from crosscheck.extract.entity_names import load_title_words

    titles = load_title_words()
    before = doc[max(0, span.start - 1 - OFFICE_SEAT_WINDOW): span.start - 1]
    return any(t.lower_ in titles and t.text[:1].isupper() for t in before) \
        and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in before)


def _known_place(tok):
    """The proper name ``tok`` heads when the document names it as a place elsewhere, else None."""
    if tok.pos_ != "PROPN" or tok.dep_ not in NAME_DEPS or tok.ent_type_ in NOT_PLACE_TYPES - {"ORG"} \
            or not tok.text[:1].isupper():
        return None
    if tok.dep_ == "conj" and tok.head.dep_ not in NAME_DEPS:
        return None
    if tok.dep_ == "pobj" and (tok.head.lower_ not in PLACE_PREPS | SIDE_PREPS
                               or tok.head.lower_ == "from" and term_measure(tok.head.head) != "displaced"):
        return None  # "workers of Osk Mills", "a clerk from Osk": whose, not where; but "fled from Osk"
    span = _proper_name(tok)
    if "\n" in span.text or span.text not in _doc_place_names(tok.doc):
        return None
    if _is_office_seat(span):
        return None  # "the District Health Officer, Osk": the office's seat, not where the count is
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ == "ORG" and ent.text != span.text:
        return None  # "the Osk Relief Committee": an organisation named after the place
    return span


def known_place(tok):
    """The proper name ``tok`` heads when the document names it as a place elsewhere, else None."""
    return _known_place(tok)


def _names_people(name: str) -> bool:
    """"the Gendarmerie", "the Police": a capitalised group noun the tagger took for a place."""
    return re.sub(r"^(?:the)\s+", "", name.lower()) in group_nouns()


def _dateline_end(sent) -> int:
    """Index just past the dash of a wire dateline opening the sentence ("KELL, May 2 (Wirepress) –"), else
    the sentence start: a few words with no verb, then a dash."""
    for tok in sent[:12]:
        if tok.text in DASHES:
            return tok.i + 1 if tok.i > sent.start else sent.start
        if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text not in ",()"):
            return sent.start
    return sent.start


def _is_dateline(span) -> bool:
    """A place that is the reporter's dateline, not where anything happened."""
    sent = span.sent if len(span) else span.doc[span.start].sent
    return len(span) > 0 and span.start == sent.start and _dateline_end(sent) > span.start


def _descriptive_places(doc, inside: set[int], exclude: set[int]) -> list[tuple[int, str]]:
    """"in coastal areas", "in the country's north": a described place, as written."""
    out = []
    for i in sorted(inside):
        tok = doc[i]
        if i in exclude or tok.dep_ != "pobj" or tok.head.lower_ not in AREA_PREPS or tok.pos_ != "NOUN" \
                or tok.lemma_.lower() not in _place_nouns("area"):
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "poss", "compound", "nmod")]
        if not mods:
            continue
        start = min(t.i for m in mods for t in m.subtree)
        span = doc[start: tok.i + 1]
        if any(t.i in exclude for t in span):
            continue
        if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span) or _DESIGNATION.search(span.text) \
                or any(t.lower_ in load_words("part_place_words.txt") for t in span):
            # "in Tarnland's coastal areas": described by a name; "in the country's north", "in the
            # eastern suburbs", "from a single district": one part of a whole (``part_place_words.txt``),
            # which keeps the count apart from the whole's
            out.append((span.start, span.text))
            continue
        # "in his province", "in this foothill town": the place of that kind named before; a
        # description with no name in it ("in mountain villages", "in the affected districts") names none
        if any(c.dep_ in ("det", "poss") and c.lower_ in REFERRING_DETERMINERS for c in tok.children):
            named = _named_with_noun(doc, tok)
            if named is not None and named[0] not in exclude:
                out.append(named)
    return out



# "7-bis", "B4": a code with a digit that names one place ("the 7-bis longwall district"), not a
# number counting places ("in 3 districts")
_DESIGNATION = re.compile(r"\d-?[^\W\d_]|[^\W\d_]-?\d")


# determiners that point back to a place named before: "this town", "his province"
REFERRING_DETERMINERS = {"this", "that", "these", "those", "his", "her", "its", "their"}


AREA_PREPS = {"in", "across", "throughout", "from", "near", "inside"}


def _describes_subject(tok) -> bool:
    """A body named in a phrase hung on the sentence's subject noun ("a model by the unit at the University
    of Osk puts ..."): where the counting body sits, not where the people counted were ("treated at Osk
    Hospital" hangs on the verb)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("at", "from", "with"):
        return False  # "the morgue of the Osk Centre received nine bodies": the morgue's place is the scene
    noun = prep.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "a model by the unit at the University of Osk"
    places = _place_nouns("facility") | _place_nouns("place") | _place_nouns("area")
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.lemma_.lower() not in places


def _names_a_facility(ent) -> bool:
    """"Kell General Hospital": an organisation name ending in a facility noun, with a name before it;
    "the General Hospital of Kell", "Clinical Hospital Centre Kell": a facility noun, then the name
    of the place it stands in."""
    nouns = _place_nouns("facility")
    label = ent.label_
    if label not in ("ORG", "FAC"):
        return False
    bracket = next((t.i for t in ent if t.text == "("), None)
    if bracket is not None and bracket > ent.start:
        ent = ent.doc[ent.start: bracket]  # "the Kell Hospital (KH": the name before the bracket
    if ent[-1].lower_ in nouns:
        return label == "ORG" and any(t.pos_ == "PROPN" and t.lower_ not in nouns for t in ent[:-1])
    last = max((t.i for t in ent if t.lower_ in nouns and t.text[:1].isupper()), default=None)
    if last is None:
        return False
    tail = [t for t in ent.doc[last + 1: ent.end] if t.lower_ not in ("of", "the")]
    if not tail or not all(t.text[:1].isupper() and t.is_alpha for t in tail):
        return False
    if ent.doc[last + 1].lower_ == "of":
        return True
    places = _doc_place_names(ent.doc)
    return any(" ".join(t.text for t in tail[k:]) in places for k in range(len(tail)))


def _facility_seat(ent) -> tuple[int, str] | None:
    """"Kell General Hospital (KGH), Osk", "the Regional Hospital (RH) of Osk": the town a facility
    name is placed in just after it."""
    doc, sent = ent.doc, ent.sent
    i = _past_bracket(sent, ent.end)
    if any(t.text == "(" for t in ent) and i < sent.end and doc[i].text == ")":
        i += 1  # "the Kell Hospital (KH" with the bracket closed after the name the tagger found
    if i + 1 >= sent.end or doc[i].text not in (",", "of"):
        return None
    words = []
    for tok in doc[i + 1: min(i + 4, sent.end)]:
        if not (tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() and tok.is_alpha):
            break
        words.append(tok)
    if not words:
        return None
    name = doc[words[0].i: words[-1].i + 1]
    closes = name.end >= sent.end or doc[name.end].text in (".", ";", "!", "?") or doc[name.end].is_space
    if doc[i].text == "," and not (name.text in _doc_place_names(doc) or closes and not _titled(doc, name.text)
                                  or any(e.label_ in LOCATION_KINDS and e.start == name.start for e in doc.ents)):
        return None  # "at Kell Hospital, Dr Osk said": a person after the comma
    if doc[i].text == "," and name.end < sent.end and not (doc[name.end].is_punct or doc[name.end].lower_ in ("and", "on")):
        return None
    return (name.start, name.text)


def _may_be_place(tok) -> bool:
    if _carried_to(tok) and tok.text[:1].isupper() and not tok.text.isupper() \
            and tok.ent_type_ not in ("DATE", "TIME") and not _titled(tok.doc, _proper_name(tok).text) \
            and tok.lower_ not in _place_nouns("facility") | _place_nouns("place"):
        return True  # "flown to Osk": a destination, whatever label the tagger gave it
    if tok.ent_type_ in ("NORP", "DATE", "TIME") or not tok.text[:1].isupper():
        return False  # "sent to hell", "prior to landfall": a place name is written with a capital
    if tok.lower_ in _place_nouns("facility") | _place_nouns("place") and not any(c.dep_ == "compound" for c in tok.children):
        return False  # "brought to Hospital": a capitalised common noun names no place
    if tok.head.lower_ in ("to", "into") and tok.ent_type_ in ("ORG", "PERSON"):
        return False  # "handed over to the Red Crescent"; "fled to Varnisk" is a destination, a place
    if tok.ent_type_ == "ORG" and tok.head.lower_ == "at":  # "at Reuters" is no place, "at Kell Hospital" is
        # nor "at Tell Hill": a name ending in a place noun
        return tok.lower_ in _place_nouns("facility") | _place_nouns("place") and len(_proper_name(tok)) > 1
    if tok.ent_type_ == "PERSON":  # "in Kell": nobody is killed "in" a person; "the raid on Kell" (one word)
        return tok.head.lower_ in ("in", "near", "outside", "inside", "throughout", "across") or _on_an_incident(tok)
    return True


PLACE_PREPS = {"in", "from", "near", "across", "outside", "around", "throughout", "inside", "at", "to", "into", "off",
               "along"}
# where a place lies beside another ("the pit above Osk", "camps beyond Tell"): a name after one of
# these is a place only when the document calls it one elsewhere
SIDE_PREPS = {"above", "below", "beneath", "beyond", "behind", "beside", "past", "opposite"}


def _proper_name(tok):
    """The whole name a proper noun heads ("Tarrow Strait", "Kell General Hospital")."""
    left = tok
    # "Kura Dam Local Government Area": every capitalised word of the name, whichever word it hangs off
    while left.i > 0 and tok.doc[left.i - 1].pos_ == "PROPN" and left.i - 1 >= tok.sent.start \
            and left.i <= tok.doc[left.i - 1].head.i <= tok.i and tok.doc[left.i - 1].text[:1].isupper():
        left = tok.doc[left.i - 1]
    return tok.doc[left.i: tok.i + 1]


def _scene_places(sent) -> list:
    """Places named in a sentence-opening "In <place>," phrase."""
    first = sent[0]
    if first.lower_ not in ("in", "across", "near", "at") or first.dep_ != "prep":
        return []
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.i + 1 >= sent.end:
        return []
    after = pobj.i + 1
    if sent.doc[after].lower_ in ("alone", "itself", "only") and after + 1 < sent.end:
        after += 1  # "In Osk alone, ..."
    after = _past_bracket(sent, after)  # "At Kell General Hospital (KGH), ..."
    if after >= sent.end or sent.doc[after].text != ",":
        return []
    found = [e for e in sent.ents if (e.label_ in LOCATION_KINDS or first.lower_ == "at" and _names_a_facility(e))
             and first.i < e.start <= pobj.i]
    if not found and pobj.pos_ == "PROPN" and _proper_name(pobj).text in _doc_place_names(sent.doc):
        found = [_proper_name(pobj)]
    return found


def _past_bracket(sent, i: int) -> int:
    """The token after a short bracket opening at ``i`` ("(KGH)"), else ``i``."""
    doc = sent.doc
    if i < sent.end and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1: min(i + 6, sent.end)] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return i


BOUNDARY_PREPS = {"after", "before", "since", "following", "amid", "despite", "during", "over"}


def _participle_as_noun(tok) -> bool:
    """"thirty wounded were flown to Osk", "nine of the injured": a participle the tagger made a verb
    standing as a noun (subject or object, with no verb words of its own) heads no clause."""
    return tok.pos_ == "VERB" and tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "prep", "agent", "advmod") for c in tok.children)


def find_clause_root(node):
    """The verb heading the figure's clause; a casualty noun inside an "after ..." phrase heads its own."""
    while (node.pos_ not in ("VERB", "AUX") or _participle_as_noun(node)) and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in BOUNDARY_PREPS \
                and not (node.like_num and node.head.lower_ == "over" and node.head.i == node.i - 1):
            return node  # "Over 1,900 of the arrests were in Osk": "over" qualifies the number
        node = node.head
    return node


def find_other_figure_tokens(doc, mentions: list[NumberMention], mention: NumberMention,
                             keep_clauses: bool = True) -> set[int]:
    """Tokens of the phrases of the sentence's other numbers: their places are theirs.

    With ``keep_clauses=False`` the clauses hanging off the other counted nouns are left
    out ("more than 400 people capsized ... on Thursday" is a misparse of a ferry that
    capsized)."""
    out: set[int] = set()
    for other in mentions:
        if other.start == mention.start:
            continue
        counted = find_counted_noun(doc, other)
        root = counted if counted is not None else doc[other.head]
        if mention.start in {t.i for t in root.subtree}:
            continue
        if counted is not None and _counts_places(counted):
            continue  # "killed 40 in raids on three villages in Tarn province": where the count is
        clauses = set() if keep_clauses else {t.i for c in root.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
        out.update(t.i for t in root.subtree if t.i not in clauses)
    return out


def _counts_places(noun) -> bool:
    """"three villages", "11 camps", "four districts": a number counting places, whose phrase names
    where the sentence's people were harmed, not a figure with places of its own."""
    kinds = _place_nouns("place") | _place_nouns("anaphoric")
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in kinds and noun.lemma_.lower() not in _place_nouns("care")


def find_other_figure_phrases(doc, mentions: list[NumberMention], mention: NumberMention) -> set[int]:
    """``find_other_figure_tokens`` without the clauses hanging off the other counted nouns."""
    return find_other_figure_tokens(doc, mentions, mention, keep_clauses=False)


def refers_back_to_event(sent) -> bool:
    """"The fighting has killed ...": the sentence's subject is a definite common noun."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in subject.children)


def find_attribution_tokens(sent) -> set[int]:
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ == "according":
            out.update(t.i for t in tok.subtree)
    return out




# --- what a date in the figure's sentence is to the figure ----------------------------------------

# Verbs that move or state a running count: a date on them is the date the count stood at
# ("the toll rose to 27 on Thursday"), not a day the count is limited to.
# "as of Sunday", "as at 18:00 hrs on", "by noon Sunday", "as of midnight on Tuesday"
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at|as\s+on|by)\s*(?:(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?|noon|midday|midnight|dawn|dusk|nightfall)"
                    r"\s*(?:hrs?\b|h\b)?\s*(?:on\s+)?)?$", re.I)


# "up from 38 (announced) on Sunday", "down from 64 missing on": an earlier value and the words after it
PRIOR_VALUE = re.compile(
    r"\b(?:up|down|rising|falling|climbing|dropping|revised\s+(?:up|down)(?:wards?)?)\s+from\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|at\s+least|more\s+than)\s+)?(?P<num>[\w,.-]+)"
    r"(?:\s+(?!(?:and|or|but|when|while|as|after|before|since|with|because)\b)[a-z-]+){0,3}\s*$", re.I)
_PRIOR_LEAD = re.compile(
    r"\b(?:up|down|rising|falling|climbing|dropping|revised\s+(?:up|down)(?:wards?)?)\s+from\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|at\s+least|more\s+than)\s+)?$", re.I)
# "..., most of them on Sunday", "many of whom in the first hours": a part of the count and its own time
_SOME_OF_THEM = re.compile(r",\s*(?:most|many|some|half|several|(?:nearly|almost)\s+all|all)\s+of\s+"
                           r"(?:them|whom|those|these)(?:\s+[a-z-]+){0,3}?\s*$", re.I)


def _verb_above(token):
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _event_host(tokens):
    """The noun a date names the day of ("Tuesday's earthquake", "the 3 March earthquake", "the attack
    on Sunday"), or None."""
    ids = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[0])
    host = root.head
    if root.dep_ == "pobj" and host.dep_ == "prep" and host.lower_ in ("on", "of"):
        host = host.head
    elif root.dep_ not in ("poss", "compound", "nmod", "amod", "npadvmod", "nummod"):
        return None
    if host.pos_ != "NOUN" or host.ent_type_ in ("DATE", "TIME") or host.i in ids:
        return None
    return host


def _dates_the_counted_event(tokens, verb) -> bool:
    """A date on the event noun inside the subject of a count verb: "the toll from Tuesday's
    earthquake", "the death toll from the 3 March earthquake" (but "Tuesday's toll rose to 27" dates
    the count itself)."""
    host = _event_host(tokens)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if host is None or subject is None or host.i == subject.i:
        return False
    return host.i in {t.i for t in subject.subtree}


def _moves_a_toll(verb) -> bool:
    """"bringing the death toll to 40", "taking the number of dead to 21", "raising the tally to
    52": a verb whose object is the running count (``toll_nouns.txt``), carried to the figure."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in load_words("toll_nouns.txt") for c in verb.children)


def _states_a_state(verb) -> bool:
    """"remained missing on Sunday", "were still unaccounted for on Friday evening": the figure's verb
    says how things stood on the day, not when the harm happened."""
    return verb.lemma_.lower() == "remain" or any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)


def date_roles(doc, mention: NumberMention, governor, clause_root, other_tokens: set[int],
               other_governors: set[int], reporting_verbs, measure: str | None = None):
    """A function ``role(char_start, char_end)`` saying what a date expression in the figure's
    sentence is to the figure (see ``dates.resolve_period``):

    * in the number's own phrase, or on the figure's casualty verb: ``direct``
      ("nine of them on Tuesday alone", "five people died on Tuesday");
    * on a count verb that governs the number, or after "as of": ``asof``
      ("the toll rose to 27 on Thursday", "as of Sunday, 112 ...");
    * in another figure's phrase, on another figure's verb, on a reporting verb, or in
      a clause that neither holds the figure nor governs it: ``skip``
      ("..., as rescuers reached villages cut off since the river burst its banks on Tuesday");
    * on another verb below the figure's own verb or noun, or above its clause: ``onset`` — the event that
      began the count ("the 41 who lost their lives in the floods that struck on 31 March",
      "an earthquake struck on Sunday, killing 1,412").
    """
    own = {t.i for t in doc[mention.head].subtree} | set(range(mention.start, mention.end))
    reporting = {v.i for v in reporting_verbs}
    # "57 died, up from 38 last week": an earlier value has no time but the one its own phrase gives
    earlier_value = _PRIOR_LEAD.search(parsed_text(doc)[max(0, mention.char_start - 40):mention.char_start]) is not None

    def role(char_start: int, char_end: int) -> str:
        tokens = [t for t in doc if char_start <= t.idx < char_end]
        if not tokens:
            return "direct"
        if _AS_OF.search(parsed_text(doc)[max(0, char_start - 30):char_start]):
            return "asof"
        before = parsed_text(doc)[max(0, char_start - 80):char_start]
        prior = PRIOR_VALUE.search(before)
        if prior is not None and parse_number(prior.group("num").rstrip(",.")) is not None:
            # "57 had died, up from 38 on Sunday", "down from 40 missing on May 30": the day an earlier
            # value stood (that value's as-of), not a span of the count
            at = char_start - len(before) + prior.start("num")
            return "asof" if mention.char_start <= at < mention.char_end else "skip"
        if earlier_value:
            return "skip"
        if _SOME_OF_THEM.search(before):
            return "skip"  # "57 died, most of them on Sunday": the day of a part, not of the count
        if any(t.i in own for t in tokens) and _in_person_clause(tokens, measure):
            return "skip"  # "12 killed, most of them women who had queued there for hours": what they did
        if any(t.i in own for t in tokens):
            return "direct"
        if any(t.i in other_tokens for t in tokens):
            return "skip"
        if governor.pos_ in ("NOUN", "PROPN") and _attached_to(tokens, governor):
            host = _event_host(tokens)
            if host is not None and host.i != governor.i and host.i in {t.i for t in governor.subtree}:
                return "onset"  # "the death toll from the 3 March earthquake": the count began then
            return "direct"  # "2,317 detentions up to 20 September": a date in the counted noun's own phrase
        since = next((t for t in doc[max(tokens[0].i - 12, 0):tokens[0].i] if t.lower_ == "since"), None)
        if since is not None and since.head.i != since.i and mention.head in {t.i for t in since.head.subtree} \
                and not any(t.text in ",;" for t in doc[since.i:tokens[0].i]):
            return "direct"  # "killings reported since the fall of the government on December 8"
        if since is not None and since.dep_ == "mark" and since.head.i != since.i and since.head.head.i != since.head.i \
                and mention.head in {t.i for t in since.head.head.subtree} \
                and mention.head not in {t.i for t in since.head.subtree} and since.head.i in {t.i for t in tokens[0].ancestors}:
            return "onset"  # "58 dead since the cyclone hit on Saturday night": the day the count began
        if since is not None and since.head.i != since.i and since.i >= tokens[0].i - 2 \
                and all(t.lower_ in ("since", "last", "the", "this") for t in doc[since.i:tokens[0].i]):
            above = _verb_above(since.head)
            if above is not None and mention.head in {t.i for t in above.subtree}:
                return "direct"  # "the number of dead since last Monday has reached 158": a start, not an as-of date
        if since is not None and since.dep_ == "prep" and tokens[0].i in {t.i for t in since.subtree}:
            above = _verb_above(since)
            subject = since.head
            if above is not None and mention.head in {t.i for t in above.subtree} \
                    and subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i == above.i:
                return "direct"  # "the number of martyrs since the start of the aggression last Monday has risen to 143"
        span_ids = {t.i for t in tokens}
        root = next((t for t in tokens if t.head.i not in span_ids or t.head.i == t.i), tokens[0])
        verb = _verb_above(root)
        if verb is None:
            return "direct"
        if verb.lemma_.lower() in _count_verbs() and mention.head in {t.i for t in verb.subtree}:
            if _dates_the_counted_event(tokens, verb):
                return "onset"  # "the toll from Tuesday's earthquake rose to 412": the count began then
            return "asof"
        if verb.i == governor.i:
            if _states_a_state(verb):
                return "asof"  # "12 climbers stayed unaccounted for on Monday": when the count stood so
            return "direct"
        if governor.i in {c.i for c in verb.conjuncts} and governor.i > verb.i and governor.tag_ == "VBD" \
                and verb.i not in other_governors and term_measure(verb) is None \
                and not any(c.ent_type_ in ("DATE", "TIME") or c.lower_ in _LATER_WORDS for c in governor.subtree):
            return "direct"  # "insurgents ambushed a patrol on 15 August and killed four officers": that day's deed
        if governor.dep_ == "advcl" and governor.head.i == verb.i and governor.tag_ == "VBG" and governor.i > verb.i \
                and verb.lemma_.lower() in load_words("assault_verbs.txt") and verb.i not in other_governors \
                and not any(c.ent_type_ in ("DATE", "TIME") or c.lower_ in _LATER_WORDS for c in governor.subtree):
            return "direct"  # "fighters attacked the village on 8 March, killing 39": the attack's own dead
        if governor.i in {a.i for a in verb.ancestors} and verb.i not in other_governors:
            if _describes_a_person(verb, governor) or _in_person_clause(tokens, measure):
                # "four people, including a driver who delivered the arms last week, were held", "12 killed,
                # most of them women who had queued there for hours"
                return "skip"
            return "onset"  # a clause inside the figure's own phrase: "the floods that struck ..."
        if verb.i in reporting and verb.i not in other_governors and logs_the_count(verb, mention.head):
            return "direct"  # "three deaths were recorded in the last 24 hours": when those deaths were logged
        if verb.i in reporting or verb.i in other_governors:
            return "skip"
        if verb.i == clause_root.i:
            return "direct"
        if clause_root.i in {t.i for t in verb.subtree}:
            if clause_root.lemma_.lower() in _count_verbs() or _moves_a_toll(clause_root):
                # "an aftershock hit on Thursday as the toll climbed to 781", "divers found six more bodies on
                # Friday, bringing the toll to 40": when the toll stood there
                return "asof"
            return "onset"
        return "skip"

    return role


# harm done at a moment: a relative clause on the harmed says what they did, not when it happened
_PERSON_CLAUSE_MEASURES = frozenset({"killed", "injured"})


# words that put a deed after the day told before it: "and 12 died overnight", "and later killed four"
_LATER_WORDS = frozenset({"overnight", "later", "afterwards", "afterward", "subsequently", "since", "then"})


def _in_person_clause(tokens, measure: str | None) -> bool:
    """Whether a date phrase lies in a relative clause on people ("who", "whom", "whose") that
    says no harm, in a count of the dead or hurt: "women and children who had queued since
    dawn", "pupils who had arrived on Monday" say what those people did, not when they were harmed
    ("the 41 who died since Monday", "who were taken in May and killed" do). Of missing or taken
    people it may say when they went ("34 fishermen who set out on Friday are missing")."""
    if measure not in _PERSON_CLAUSE_MEASURES:
        return False
    ids = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[0])
    for node in root.ancestors:
        if node.dep_ != "relcl":
            continue
        return node.pos_ in ("VERB", "AUX") and not any(term_measure(v) for v in [node] + list(node.conjuncts)) \
            and any(c.lower_ in ("who", "whom", "whose") for c in node.subtree if c.i < node.i)
    return False


def _describes_a_person(verb, governor) -> bool:
    """A relative clause on one person the count includes ("..., including a driver who drove the
    van last week, were arrested"): what that person did, not the event that began the count."""
    if verb.dep_ != "relcl" or not any(t.lower_ in ("who", "whom", "whose") for t in verb.children):
        return False
    for tok in verb.ancestors:
        if tok.i == governor.i:
            return False
        if tok.lower_ in ("including", "among", "notably", "especially"):
            return True
    return False


# --- a bare count of the harm, right after a count of people of one side --------------------------

_BARE_COUNT = re.compile(r"^(?:(?:the|a|an|total|overall|official|confirmed|earlier|prior|previous|death|"
                         r"known|reported)\s+)*(?:deaths?|dead|fatalities|killings|toll|tally|death\s+toll)$", re.I)


def bare_counts_take_group(figures, sents) -> None:
    """"More than 300 villagers were killed ... Earlier counts had given at least 260 deaths",
    "... said 121 pupils were taken. Officials later put the abducted at 87":
    a count of the harm with no people noun ("260 deaths", "the toll", a bare number), in the sentence right after
    one that counted that harm for people of one side, counts the same people. Not across a
    paragraph, not when the sentence before counts several sides, not after a part ("among them")."""
    for fig in figures:
        if fig.group != "unspecified" or fig.sentence_idx is None or fig.sentence_idx == 0 \
                or fig.subject is not None and not _BARE_COUNT.match(fig.subject.strip()):
            continue
        if fig.subject is None and "|" in fig.sentence:
            continue  # a table row's bare cell: its column says whom it counts (tables)
        if any(f is not fig and f.sentence_idx == fig.sentence_idx and f.measure == fig.measure
               and f.char_start is not None and fig.char_start is not None and f.char_start < fig.char_start
               for f in figures):
            continue  # an earlier count in its own sentence is what it follows
        prev, own = sents[fig.sentence_idx - 1], sents[fig.sentence_idx]
        text = parsed_text(prev.doc)
        gap_start = prev.start_char + len(prev.text.rstrip())
        gap_end = own.start_char + (len(own.text) - len(own.text.lstrip()))
        if "\n" in text[gap_start:gap_end]:
            continue
        before = [f for f in figures if f.sentence_idx == fig.sentence_idx - 1 and f.measure == fig.measure]
        groups = {f.group for f in before}
        if len(groups) != 1 or not groups <= {"civilians", "security_forces", "armed_group"}:
            continue
        if any(re.search(r"\b(?:among|including|of them|of whom)\b", (f.subject or "") + " " +
                         prev.text[max(0, (f.char_start or 0) - prev.start_char - 20):(f.char_start or 0) - prev.start_char])
               for f in before):
            continue
        fig.group = groups.pop()
