"""Corpus-level merge rules for :mod:`crosscheck.reconcile.aliases`.

Each ``find_*`` function reads the alias graph (nodes keyed by normalised
names, joined so far by in-document evidence) and returns ``(pairs,
ambiguous)``: pairs ``(node, other node or core key, why)`` to join, and
suggestion rows for cases that would be ambiguous. They never modify the graph.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..extract.entity_names import HONORIFICS, normalize_name, load_ranks, load_descriptor_heads, load_place_nouns, load_title_words, load_event_nouns, load_group_nouns, load_name_suffixes
from ..extract.alias_evidence import is_person_title
from ..lexicons import load_mapping, load_words

MINOR_WORDS = frozenset({"of", "for", "the", "and", "in", "on", "de", "du", "des", "la", "le", "to", "at", "a", "'s"})
ALLEGIANCE_NOUNS = frozenset({"loyalists", "loyalist", "supporters", "partisans"})
COMMUNITY_MODIFIERS = frozenset({"religious", "ethnic", "sectarian", "minority", "majority"})
PRESENT_WORDS = frozenset({"new", "current", "present"})  # "the new security forces" = "security forces"; never "former"
TIME_MODIFIERS = frozenset({"ousted", "former", "deposed", "late", "old", "previous", "toppled", "fallen", "current", "new", "then"})
STATE_WORDS = frozenset({"government", "state"})
FORCE_NOUN = "forces"
PAST_WORDS = frozenset({"ousted", "former", "deposed", "old", "previous", "toppled", "fallen", "late", "exiled"})
LED_SUFFIXES = frozenset({"led", "backed", "run", "linked", "allied", "aligned"})


def get_majority_kind(node) -> str | None:
    return node.kinds.most_common(1)[0][0] if node.kinds else None


def select_global_names(graph):
    """Nodes that are proper names seen as mentions (not per-document descriptions)."""
    return {nid: n for nid, n in graph.nodes.items() if "\x1f" not in nid and n.named and n.mentions}


def strip_name_suffix(words: list[str], kind: str | tuple[str, ...]) -> list[str]:
    """"arcade joseph comeaux jr" → "arcade joseph comeaux"; "microsoft corp" → "microsoft" (kind: person/company/org,
    or a tuple of them)."""
    suffixes = load_name_suffixes()
    kinds = {kind} if isinstance(kind, str) else set(kind)
    end = len(words)
    while end > 1 and suffixes.get(words[end - 1]) in kinds:
        end -= 1
    return words[:end]


def is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def find_person_variant_pairs(graph):
    """A person's name that is another's with fewer given names or no "Jr." ("Mark Felt" / "W. Mark Felt",
    "Christopher Simpson" / "Christopher Kenyon Simpson"), when exactly one longer name fits."""
    named = select_global_names(graph)
    # "Governor Ana Ruiz" read as one name is no longer form of "Ana Ruiz"'s name
    people = {nid: strip_name_suffix(n.key.split(), "person") for nid, n in named.items()
              if get_majority_kind(n) == "PERSON" and len(n.key.split()) >= 2
              and n.key.split()[0] not in load_title_words() and n.key.split()[0] not in HONORIFICS}
    three = {nid: n.key.split() for nid, n in named.items() if len(n.key.split()) == 3
             and get_majority_kind(n) in {"PERSON", "ORG"} and n.kinds.get("PERSON")
             and n.key.split()[0] not in load_title_words() and n.key.split()[0] not in HONORIFICS}
    by_last: dict[str, set[str]] = defaultdict(set)
    for nid, words in people.items():
        by_last[words[-1]].add(nid)
    pairs, ambiguous = [], []
    for nid, words in people.items():
        if len(words) < 2:
            continue
        longer = {other for other in by_last[words[-1]] if other != nid and len(other) > len(nid)
                  and (len(people[other]) > len(words) or people[other] == words)
                  and people[other][-1] == words[-1] and is_subsequence(words, people[other])}
        if not longer and len(words) == 2:
            # "Rosa Ibarra" / "Rosa Ibarra Lugo": a given name and the first of two surnames, the second one dropped
            # (the recogniser reads a three-word name as a body now and then: "Minister Ana Ruiz Lugo said")
            longer = {other for other, full in three.items() if other != nid and full[:2] == words
                      and is_surname_word(full[2], named[other].surfaces)}
        pair_or_suggest(graph, nid, named[nid], longer, "name_variant",
                        "shorter form of several people's names in the corpus", pairs, ambiguous)
    # "Aldo Brenn" read as an organisation: a given name and a surname that open and close exactly one person's
    # longer name ("Aldo Maro Brenn") are that person, whatever the recogniser called the short form
    titles = load_title_words() | HONORIFICS | load_ranks()
    for nid, node in named.items():
        words = node.key.split()
        if nid in people or len(words) != 2 or get_majority_kind(node) not in {"ORG", "NORP"} or words[0] in titles:
            continue
        if not all(len(s.split()) == 2 and all(w[:1].isupper() and not w.isupper() for w in s.split()) for s in node.surfaces):
            continue
        longer = {other for other in by_last[words[-1]] if len(people[other]) >= 3 and people[other][0] == words[0]}
        pair_or_suggest(graph, nid, node, longer, "name_variant",
                        "shorter form of several people's names in the corpus", pairs, ambiguous)
    # "Oduya Piet" / "Piet Oduya": a two-word person's name written surname first (official lists, translations)
    # is the person the corpus names the other way round
    for nid, words in people.items():
        other = " ".join(reversed(words))
        if len(words) == 2 and words[0] != words[1] and other in people and nid < other:
            pairs.append((nid, other, "name_variant"))
    return pairs, ambiguous


def is_surname_word(word: str, surfaces) -> bool:
    """The last word of a three-word person name, as a second surname: written in title case in every spelling,
    and no place, settlement or organisation noun ("Osk Ridge LGA", "Osk Ridge Town" are places)."""
    if word in load_place_nouns() or word in load_name_suffixes() or word in load_descriptor_heads():
        return False
    lasts = [s.split()[-1] for s in surfaces if s.split() and not s.isupper()]  # a headline in capitals says nothing
    return bool(lasts) and all(w[:1].isupper() and not w.isupper() for w in lasts)


def is_title_prefix(words: list[str], surfaces) -> bool:
    """Words written in front of a person's name that only say who the person is: ending in a title or an
    honorific ("district collector", "thursday labour minister", "shri"), or one short abbreviation in capitals
    ("DC", "SP", "PCOL") in every spelling of the mention."""
    if not words:
        return False
    last = words[-1].rstrip(".")
    if last in load_title_words() or last in HONORIFICS:
        return True
    if len(words) != 1 or not 2 <= len(words[0]) <= 5 or not words[0].isalpha():
        return False
    return all(s.split()[0].isupper() for s in surfaces if s.split())


def find_title_name_pairs(graph):
    """"Norvik District Commissioner Halla Brenner" / "DC Halla Brenner" (read by the recogniser as one
    name) and "Halla Brenner": a mention that is a title run followed by the full name of exactly one person
    of the corpus names that person."""
    named = select_global_names(graph)
    people = {nid for nid, n in named.items() if get_majority_kind(n) == "PERSON"
              and len(strip_name_suffix(nid.split(), "person")) >= 2}
    pairs, ambiguous = [], []
    titled: dict[str, set[str]] = defaultdict(set)       # title words → the people they stand in front of
    title_docs: dict[str, set[str]] = defaultdict(set)   # title words → the documents that write them so
    for nid, node in named.items():
        words = nid.split()
        for i in range(1, len(words) - 1):
            rest = " ".join(words[i:])
            if rest in people and is_title_prefix(words[:i], [s.rsplit(" ", len(words) - i)[0] for s in node.surfaces]):
                pair_or_suggest(graph, nid, node, {rest}, "title", "", pairs, ambiguous)
                for j in range(i):
                    if is_title_prefix(words[j:i], [s.split()[j] for s in node.surfaces if len(s.split()) > j]):
                        titled[" ".join(words[j:i])].add(rest)
                        title_docs[" ".join(words[j:i])] |= node.documents
                break
    # the title alone ("the DC said") in the reports that write it in front of that one person's name only;
    # a title of two words or more ("the District Collector") in any report, when the corpus gives it to one person
    for title, persons in titled.items():
        node = graph.nodes.get(title)
        if node is None or not node.mentions or len(persons) != 1:
            continue
        if not node.documents <= title_docs[title] and (len(title.split()) < 2 or title.split()[-1] not in load_title_words()):
            continue
        if any(title in other and titled[other] != persons for other in titled if other != title):
            continue
        pairs.append((title, next(iter(persons)), "title"))
    return pairs, ambiguous


def strip_company_prefix(words: list[str]) -> list[str]:
    """"m s acme chemicals pvt ltd" → "acme chemicals pvt ltd": a legal prefix (entity_company_prefixes.txt) dropped
    when a name of two or more words stays behind."""
    prefixes = load_words("entity_company_prefixes.txt")
    for size in (2, 1):
        if len(words) > size + 1 and " ".join(words[:size]) in prefixes:
            return words[size:]
    return words


def is_name_with_group_noun(text: str) -> bool:
    """"Los Lobos gang", "the Red Hand faction": capitalised words and one lower-case group noun after them
    (name_suffixes.tsv, kind ``org``)."""
    words = text.replace("-", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or load_name_suffixes().get(words[-1]) != "org":
        return False
    return all(w[:1].isupper() or w.lower() in MINOR_WORDS for w in words[:-1]) and any(w[:1].isupper() for w in words[:-1])


def find_company_suffix_pairs(graph):
    """"Microsoft Corp." / "Microsoft", "Hewlett-Packard Co." / "Hewlett-Packard Company": a legal form dropped."""
    pairs = []
    candidates = dict(select_global_names(graph))
    candidates.update({nid: n for nid, n in graph.nodes.items() if "\x1f" not in nid and not n.named and n.mentions
                       and n.surfaces and all(is_name_with_group_noun(s) for s in n.surfaces)})
    for nid, node in candidates.items():
        if get_majority_kind(node) != "ORG":
            continue
        words = strip_company_prefix(node.key.split())
        core = " ".join(strip_name_suffix(words, "company"))
        if core == node.key:
            # "Amnesty International" / "Amnesty": a word that only widens an organisation's name, dropped when the
            # corpus names the organisation without it
            core = " ".join(strip_name_suffix(words, ("company", "org")))
            other = graph.nodes.get(core)
            if core != node.key and other is not None and other.named and other.mentions \
                    and get_majority_kind(other) == "ORG":
                pairs.append((nid, core, "company_suffix"))
            continue
        other = graph.nodes.get(core)
        # a name of two words or more is the company's even where the recogniser reads it as a person
        # ("Acme Pharmachem said"); one word ("Smith" / "Smith Ltd") may be a person of its own
        if other is None or get_majority_kind(other) in {None, "ORG"} or len(core.split()) >= 2 and other.named:
            pairs.append((nid, core, "company_suffix"))
    return pairs, []


def find_possessive_pairs(graph):
    """"Our Coast Guard" / "the Coast Guard": a speaker's own body ("our", lexicons/entity_possessives.txt) is the
    body the corpus names without the possessive, when it names exactly one."""
    possessives = load_words("entity_possessives.txt")
    pairs = []
    for nid, node in graph.nodes.items():
        words = node.key.split()
        if "\x1f" in nid or not node.mentions or len(words) < 2 or words[0] not in possessives:
            continue
        rest = " ".join(words[1:])
        other = graph.nodes.get(rest)
        if other is not None and other.mentions and graph.find(rest) != graph.find(nid):
            pairs.append((nid, rest, "possessive"))
    return pairs, []


def find_word_order_pairs(graph):
    """"Ministry of Health" / "Health Ministry", "Ministry of the Interior" / "Interior Ministry": an organisation
    noun with "of" after it or as the last word."""
    heads = load_descriptor_heads()
    pairs = []
    first_fields: dict[str, set[str]] = defaultdict(set)
    for nid, node in graph.nodes.items():
        if "\x1f" in nid or not node.mentions or get_majority_kind(node) not in {"ORG", None}:
            continue
        words = node.key.split()
        if len(words) < 3 or words[0] not in heads or words[1] != "of":
            continue
        rest = words[3:] if words[2] == "the" else words[2:]
        if "and" in rest[1:3]:
            # "Ministry of Interior and Public Order" / "Interior Ministry": the head and its first field
            first = " ".join(rest[:rest.index("and")] + [words[0]])
            if first in graph.nodes and first != nid:
                first_fields[first].add(nid)
        if not rest or len(rest) > 3:
            continue
        other = " ".join(rest + [words[0]])
        if other in graph.nodes and other != nid:
            pairs.append((nid, other, "word_order"))
    taken = {other for _, other, _ in pairs}
    pairs += [(next(iter(longs)), first, "word_order") for first, longs in first_fields.items()
              if len(longs) == 1 and first not in taken]  # two ministries "of Interior and ..." name no one
    return pairs, []


DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish", "ic")


def is_spelling_variant(a: str, b: str) -> bool:
    """"mykhas" / "mikhas", "mohamed" / "mohammed": one letter changed inside a given name of five letters or more,
    or one letter doubled; never the last letter ("maria" / "mario", "daniel" / "daniela": another person)."""
    if a == b or min(len(a), len(b)) < 5 or not a[:1] == b[:1]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 and 0 < diff[0] < len(a) - 1
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1:
        return False
    for i in range(1, len(long_) - 1):
        if long_[:i] + long_[i + 1:] == short and long_[i] == long_[i - 1]:
            return True
    return False


def is_short_given_name(a: str, b: str) -> bool:
    """"ray" / "raymond", "alex" / "alexander": a given name of three letters or more that opens a longer one by at
    least two letters (so "daniel" / "daniela" or "ali" / "alia", other people, are never one)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and len(long_) - len(short) >= 2 and long_.startswith(short) and short.isalpha()


def find_transliteration_pairs(graph):
    """Two full person names with the same surname whose given names are one spelling apart ("Pavol Dresky" /
    "Pavel Dresky", "Mohamed Salah" / "Mohammed Salah") or a short form of one another ("Ray Ostby" /
    "Raymond Ostby"), used in different documents only and by no third name."""
    named = select_global_names(graph)
    people = {nid: strip_name_suffix(n.key.split(), "person") for nid, n in named.items()
              if get_majority_kind(n) == "PERSON" and len(n.key.split()) == 2}
    by_last: dict[str, list[str]] = defaultdict(list)
    for nid, words in people.items():
        by_last[words[-1]].append(nid)
    titles = load_title_words() | HONORIFICS | load_ranks()  # "Col Ostby" is no short form of "Colin Ostby"
    pairs, ambiguous = [], []
    for last, nids in by_last.items():
        for nid in nids:
            fits = {o for o in nids if o != nid and (is_spelling_variant(people[nid][0], people[o][0])
                                                     or is_short_given_name(people[nid][0], people[o][0])
                                                     and not {people[nid][0], people[o][0]} & titles)}
            if not fits:
                continue
            if len(fits) > 1 or named[nid].documents & named[next(iter(fits))].documents:
                ambiguous.append({"alias": next(iter(named[nid].surfaces)), "alias_key": nid, "candidates": sorted(fits),
                                  "why": "a spelling of several names in the corpus, or both in one report"})
                continue
            pair_or_suggest(graph, nid, named[nid], fits, "name_variant", "", pairs, ambiguous)
    pairs += find_place_spelling_pairs(graph, named)
    return pairs, ambiguous


def spell_out_letters(text: str) -> str:
    """"Ana Petrović" → "ana petrovich": letters with a diacritic written out (lexicons/name_transliterations.tsv)."""
    letters = load_mapping("name_transliterations.tsv")
    return normalize_name("".join(letters.get(c.lower(), c) for c in text))


def find_spelled_out_pairs(graph):
    """"Ana Petrović" / "Ana Petrovich": a person's name whose diacritic one report drops ("Petrovic", the same key)
    and another spells out with two letters, when exactly one person of the corpus is written that way."""
    named = select_global_names(graph)
    people = {nid: n for nid, n in named.items() if get_majority_kind(n) == "PERSON" and len(nid.split()) >= 2}
    by_spelling: dict[str, set[str]] = defaultdict(set)
    for nid, node in people.items():
        for surface in node.surfaces:
            spelled = spell_out_letters(surface)
            if spelled != nid:
                by_spelling[spelled].add(nid)
    pairs, ambiguous = [], []
    for nid, node in people.items():
        pair_or_suggest(graph, nid, node, by_spelling.get(nid, set()) - {nid}, "name_variant",
                        "a spelling of several names in the corpus", pairs, ambiguous)
    return pairs, ambiguous


def has_doubled_letter(short: str, long_: str) -> bool:
    """"kesoum" / "kessoum", "tesire" / "tessire": the longer word is the shorter one with one letter written twice."""
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1:] == short and long_[i] == long_[i - 1] for i in range(1, len(long_)))


def is_close_spelling(a: str, b: str) -> bool:
    return has_doubled_letter(a, b) or has_doubled_letter(b, a) or is_spelling_variant(a, b)


def find_place_spelling_pairs(graph, named) -> list[tuple[str, str, str]]:
    """"Tamoul" in one report, "Tammoul" in another: a one-word place name of five letters or more spelled with one
    letter doubled, both read as a place somewhere, in different documents only, and no third name so close."""
    places = {}
    for nid, node in named.items():
        if len(node.key.split()) != 1 or len(node.key) < 5 or not node.key.isalpha():
            continue
        kinds = Counter()
        for i in graph.ids_of(node.key):
            kinds.update(graph.nodes[i].kinds)
        if kinds.get("GPE", 0) + kinds.get("LOC", 0):
            places[nid] = kinds
    pairs = []
    for nid, kinds in places.items():
        fits = [o for o in places if o != nid and has_doubled_letter(nid, o)]
        if len(fits) != 1 or named[nid].documents & named[fits[0]].documents:
            continue
        if any(is_close_spelling(o, x) for o in places if o not in {nid, fits[0]} for x in (nid, fits[0])):
            continue
        other = places[fits[0]]
        # one of the two is mostly read as a place (a surname misread as a town is not enough)
        if any(2 * (k.get("GPE", 0) + k.get("LOC", 0)) > sum(k.values()) for k in (kinds, other)):
            pairs.append((nid, fits[0], "name_variant"))
    return pairs


STATE_ADJECTIVES = frozenset({"federal", "islamic", "democratic", "people's", "peoples", "united", "socialist", "arab"})


def find_state_name_pairs(graph):
    """"the French Republic" / "France", "the Marlandian Federation" / "Marland": a state's formal name made of
    its people word and a state noun (lexicons/entity_state_nouns.txt) is the one place of the corpus the people
    word belongs to."""
    nouns = load_words("entity_state_nouns.txt")
    places = {nid for nid, n in graph.nodes.items() if "\x1f" not in nid and n.mentions and len(nid.split()) == 1
              and (n.kinds.get("GPE") or n.kinds.get("LOC"))}
    demonyms = build_demonyms(places)
    pairs = []
    for nid, node in select_global_names(graph).items():
        words = nid.split()
        if 2 <= len(words) <= 4 and words[-1] in nouns and words[0] in demonyms and "of" not in words:
            pairs.append((nid, demonyms[words[0]], "state_name"))
        elif "of" in words[1:3] and words[words.index("of") - 1] in nouns - {"federation", "confederation"} \
                and all(w in nouns or w in STATE_ADJECTIVES for w in words[:words.index("of")]):
            # "the Republic of Marland", "the Federal Republic of Marland": the state noun, "of", then the place
            rest = words[words.index("of") + 1:]
            place = " ".join(rest[1:] if rest[:1] == ["the"] else rest)
            other = graph.nodes.get(place)
            if other is not None and other.mentions and other.named and (other.kinds.get("GPE") or other.kinds.get("LOC")):
                pairs.append((nid, place, "state_name"))
    return pairs, []


def build_demonyms(places: set[str]) -> dict[str, str]:
    """"karesian" → "karesia", "iraqi" → "iraq": the people word of each one-word place of the corpus."""
    out: dict[str, str] = {}
    for place in places:
        stems = {place, place[:-1]} if place[-1:] in "aeoy" else {place}
        for stem in stems:
            for ending in DEMONYM_ENDINGS:
                out.setdefault(stem + ending, place)
    for place in places:
        out.pop(place, None)  # a place is never another place's people
    return out


def fold_spellings(words: list[str]) -> list[str]:
    """"centre" → "center", "internal affairs" → "interior", "society" dropped (lexicons/name_spellings.tsv)."""
    table = load_mapping("name_spellings.tsv")
    out, i = [], 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if i + 1 < len(words) and pair in table:
            standard, i = table[pair], i + 2
        else:
            standard, i = table.get(words[i], words[i]), i + 1
        if standard != "-":
            out.extend(standard.split())
    return out


def find_parent_keys(graph) -> set[str]:
    """Short names of bodies that head others ("un", "united nations", "eu"): an all-capitals acronym of an
    organisation, and the corpus's long name it spells."""
    named = select_global_names(graph)
    acronyms = {nid for nid, n in named.items() if get_majority_kind(n) == "ORG" and len(nid.split()) == 1 and 2 <= len(nid) <= 4
                and any(s.replace(".", "").isupper() for s in n.surfaces)}
    longs = {nid for nid, n in named.items() if len(nid.split()) in (2, 3) and get_majority_kind(n) == "ORG"
             and "".join(w[0] for w in nid.split() if w not in MINOR_WORDS) in acronyms}
    return acronyms | longs


def make_org_variant(words: list[str], places: set[str], demonyms: dict[str, str], parents: set[str], drop_places: bool = True,
                     towns: frozenset[str] = frozenset()):
    """The comparison form of an organisation's name and the places dropped from it:
    "dravenian ministry of interior" → ("interior ministry", {"dravenia"}); "osk city police" → ("police", {"osk"})
    (a town's noun after its name goes with it, unless ``towns`` holds "osk city" as a name of its own)."""
    words = [demonyms.get(strip_possessive(w), strip_possessive(w)) for w in fold_spellings(words)]
    present = set(words)
    for parent in sorted((p for p in parents if p.split()[:1] and p.split()[0] in present),
                         key=lambda p: -len(p.split())):  # "un office for the coordination of ..."
        p = parent.split()
        for i in range(len(words) - len(p) + 1):
            if words[i:i + len(p)] == p and len(words) - len(p) >= 3:
                words = words[:i] + words[i + len(p):]
                break
    dropped = set()
    while drop_places and len(words) >= 3 and words[0] in places:  # "ruritania ministry of interior"
        dropped.add(words[0])
        words = drop_town_noun(words, towns)
    if len(words) >= 5 and words[-4:-2] == ["of", "the"] and words[-2].isalpha() \
            and words[-1] in load_words("entity_state_nouns.txt"):  # "ministry of defence of the ostlandic republic"
        # one word before a state noun names a country, whether or not the recogniser knew it for a place
        dropped.add(words[-2])
        words = words[:-4]
    if len(words) >= 7 and words[-5:-3] == ["of", "the"] and words[-3] in load_words("entity_state_nouns.txt") \
            and words[-2] == "of" and words[-1].isalpha():  # "ministry of transport of the republic of ostland"
        # the state's formal name closing a body's name names the country, known to the recogniser or not
        dropped.add(words[-1])
        words = words[:-5]
    if len(words) >= 3 and words[-2] in {"in", "of"} and words[-1] in places:  # "ministry of health in velmar"
        dropped.add(words[-1])
        words = words[:-2]
    heads = load_descriptor_heads()
    nouns = load_group_nouns()
    of = words.index("of") if "of" in words[1:3] else 0
    if of and len(words) > of + 1 and (words[of - 1] in heads or words[of - 1] in nouns) and not set(words[:of - 1]) & places:
        rest = words[of + 2:] if words[of + 1] == "the" else words[of + 1:]
        if 1 <= len(rest) <= 3 and "of" not in rest and "the" not in rest:
            # "ministry of interior" → "interior ministry", "army of karesia" → "karesia army",
            # "popular front of resistance" → "popular resistance front"
            words = words[:of - 1] + rest + [words[of - 1]] if of > 1 and rest[0] not in places else rest + words[:of]
    if not drop_places:
        return " ".join(words), dropped
    while len(words) >= 2 and words[0] in places:
        dropped.add(words[0])
        words = drop_town_noun(words, towns)
    return " ".join(words), dropped


def drop_town_noun(words: list[str], towns: frozenset[str]) -> list[str]:
    """The words after a place word in front, with a town's noun right after it ("osk city police" → "police"),
    unless the two words are a name of their own ("mexico city police")."""
    if len(words) >= 3 and words[1] in load_words("entity_settlement_nouns.txt") and " ".join(words[:2]) not in towns:
        return words[2:]
    return words[1:]


def find_org_variant_pairs(graph):
    """Organisations named with spelling variants, a people word for the country, a parent body's name, a place
    or the word order of "X of Y": "Centre"/"Center for Civic Rights", "Marendran Red Cross"/"Marendra Red Cross
    Society", "Dravenian Ministry of Interior"/"Ministry of Internal Affairs"/"Interior Ministry", "U.N. Office for
    the Coordination of Humanitarian Affairs"/"Office for ...". Names dropping different places are left apart."""
    places = collect_place_words(graph)
    demonyms = build_demonyms({p for p in places if p not in graph.nodes or get_majority_kind(graph.nodes[p]) != "NORP"})
    parents = find_parent_keys(graph)
    towns = frozenset(nid for nid, n in select_global_names(graph).items()
                      if len(nid.split()) == 2 and get_majority_kind(n) in {"GPE", "LOC"})  # "mexico city"
    by_variant: dict[str, list[tuple[str, frozenset]]] = defaultdict(list)
    place_only: set[str] = set()
    for nid, node in graph.nodes.items():
        if "\x1f" in nid or not node.mentions or get_majority_kind(node) not in {"ORG", None}:
            continue
        if nid in parents or len(nid.split()) < 2 or not node.named and "of" not in nid.split():
            continue  # descriptions without "of" are left to the group rules ("Ruritanian security forces")
        if make_org_variant(nid.split(), places, demonyms, parents, drop_places=False)[0] == nid:
            place_only.add(nid)  # only a place in front ("Ostland Regional Government"): joins only a reordered name
        variant, dropped = make_org_variant(nid.split(), places, demonyms, parents, towns=towns)
        if variant and (len(variant.split()) >= 2 or variant in load_descriptor_heads() or variant in load_group_nouns()):
            by_variant[variant].append((nid, frozenset(dropped)))
    pairs, ambiguous = [], []
    for variant, members in by_variant.items():
        if variant in graph.nodes and "\x1f" not in variant and all(variant != nid for nid, _ in members):
            if get_majority_kind(graph.nodes[variant]) in {"ORG", None}:
                members = members + [(variant, frozenset())]
        if len(members) < 2 or all(nid in place_only or nid == variant for nid, _ in members):
            continue  # the group rules decide between a place in front and none ("Ostland Regional Government")
        used = {p for _, dropped in members for p in dropped}
        if len(used) > 1:
            ambiguous.append({"alias": variant, "alias_key": members[0][0], "candidates": sorted(n for n, _ in members[1:]),
                              "why": "the same organisation name is used with several places"})
            continue
        if variant in BARE_RULERS and len(find_current_governments(graph)) > 1:
            continue  # "the government" where the corpus names a state's and a country's government
        first = members[0][0]
        pairs.extend((nid, first, "org_variant") for nid, _ in members[1:])
    return pairs, ambiguous


def find_place_noun_pairs(graph):
    """"Ambalpur district" / "Ambalpur", "Veyar River" / "Veyar": a place named with and without its noun
    (lexicons/entity_place_nouns.tsv); a river or lake only when the bare name is never a country or city."""
    from ..extract.entity_names import load_place_nouns

    nouns = load_place_nouns()
    named = {nid: n for nid, n in graph.nodes.items() if "\x1f" not in nid and n.mentions}  # "Ambalpur district" is lower-case
    surnames = {nid.split()[-1] for nid, n in named.items() if len(nid.split()) >= 2 and get_majority_kind(n) == "PERSON"}
    pairs = []
    for nid, node in named.items():
        words = nid.split()
        if len(words) >= 2 and nouns.get(words[0]) == "event":  # "Cyclone Oshan" / "Oshan"
            bare = " ".join(words[1:])
            other = graph.nodes.get(bare)
            if other is not None and "\x1f" not in bare and other.mentions and get_majority_kind(other) not in {"GPE", "LOC"}:
                pairs.append((nid, bare, "place_noun"))
            continue
        if len(words) >= 3 and words[1] == "of" and nouns.get(words[0]) in {"admin", "of"}:
            bare = " ".join(words[2:])  # "the Republic of Dravenia", "the village of Kadalur"
            other = graph.nodes.get(bare)
            if other is not None and "\x1f" not in bare and other.mentions and (get_majority_kind(other) in {"GPE", "LOC"}
                                                                               or other.kinds.get("GPE") or other.kinds.get("LOC")
                                                                               or is_state_of_name(words, other)):
                pairs.append((nid, bare, "place_noun"))  # "the Emirate of Qadira" / "Qadira", read once as a place
            continue
        if len(words) == 2 and words[1] in load_words("entity_member_state_nouns.txt"):
            other = graph.nodes.get(words[0])  # "Karu State" / "Karu", the bare name read mostly as a place
            if other is not None and other.named and other.mentions and get_majority_kind(other) in {"GPE", "LOC"} \
                    and words[0] not in surnames:
                pairs.append((nid, words[0], "place_noun"))
            continue
        if len(words) < 2 or words[-1] not in nouns or nouns[words[-1]] not in {"admin", "water"}:
            continue
        bare = " ".join(words[:-1])
        other = graph.nodes.get(bare)
        if other is None or "\x1f" in bare or not other.mentions:
            continue
        kinds = Counter()  # the bare name's kinds in every document: the recogniser reads a place as a person now and then
        for i in graph.ids_of(bare):
            kinds.update(graph.nodes[i].kinds)
        kind = get_majority_kind(other)
        place_reads = kinds.get("GPE", 0) + kinds.get("LOC", 0)
        if kind in {"PERSON", "ORG", "NORP"} and len(words) == 2 and bare not in surnames and nouns[words[-1]] == "admin" \
                and (place_reads or kind == "PERSON" and not kinds.get("PERSON", 0) < sum(kinds.values())):
            kind = "GPE"  # "Ambalpur" read as a person (and as a place elsewhere), "Ambalpur district": no one is called Ambalpur
        elif kind in {"ORG", "NORP"} and len(words) <= 4 and nouns[words[-1]] == "admin" and bare not in surnames \
                and get_majority_kind(node) in {"GPE", "LOC"} and not any(s.isupper() for s in other.surfaces):
            kind = "GPE"  # "Upper Kessa" read as a body, "Upper Kessa District" as a place: the district
        if nouns[words[-1]] == "admin" and kind in {"GPE", "LOC", "FAC"}:
            pairs.append((nid, bare, "place_noun"))
        elif nouns[words[-1]] == "water" and 2 * kinds.get("GPE", 0) <= sum(kinds.values()) and not kinds.get("PERSON") \
                and (kind in {"LOC", "ORG", "FAC"} or kinds.get("LOC")):
            pairs.append((nid, bare, "place_noun"))  # "Veyar" read once as a place name, once as a town: not a country's
    return pairs, []


def is_state_of_name(words: list[str], other) -> bool:
    """"the Republic of Dravenia" / "Dravenia" where the recogniser reads "Dravenia" as a body: a state noun
    (lexicons/entity_state_nouns.txt), "of", then a proper name no report reads mostly as a person."""
    return (words[0] in load_words("entity_state_nouns.txt") and other.named
            and get_majority_kind(other) not in {"PERSON", None} and not other.kinds.get("PERSON", 0) * 2 >= sum(other.kinds.values()))


def find_settlement_pairs(graph):
    """"Osk city" / "Osk", "Port Elm City" / "Port Elm": a town named with and without its
    noun (lexicons/entity_settlement_nouns.txt), when the bare name is read as a place and is no person's name.
    A capitalised one-word "X City" is a name of its own ("Mexico City", "Kuwait City") and stays apart."""
    nouns = load_words("entity_settlement_nouns.txt")
    named = {nid: n for nid, n in graph.nodes.items() if "\x1f" not in nid and n.mentions}
    surnames = {nid.split()[-1] for nid, n in named.items() if len(nid.split()) >= 2 and get_majority_kind(n) == "PERSON"}
    pairs = []
    for nid, node in named.items():
        words = nid.split()
        if len(words) < 2 or words[-1] not in nouns:
            continue
        bare = " ".join(words[:-1])
        other = named.get(bare)
        if other is None or bare in surnames:
            continue
        capital = any(s.split()[-1][:1].isupper() for s in node.surfaces)
        if capital and len(words) < 3:
            continue
        kinds = Counter()
        for i in graph.ids_of(bare):
            kinds.update(graph.nodes[i].kinds)
        place_reads = kinds.get("GPE", 0) + kinds.get("LOC", 0)
        if place_reads and get_majority_kind(other) != "PERSON" or place_reads * 2 >= sum(kinds.values()):
            pairs.append((nid, bare, "place_noun"))
    return pairs, []


def find_office_pairs(graph):
    """"OCHA Karesia" / "OCHA", "UNICEF Sudan" / "UNICEF": an organisation's initials and a place it works in name
    its office there, one entity with the organisation."""
    named = select_global_names(graph)
    pairs = []
    for nid, node in named.items():
        words = nid.split()
        if len(words) < 2 or not any(s.split()[0].isupper() and len(s.split()[0]) >= 3 for s in node.surfaces):
            continue
        head, place = words[0], " ".join(words[1:])
        org, where = named.get(head), named.get(place)
        if org is None or where is None or get_majority_kind(org) != "ORG" or get_majority_kind(where) not in {"GPE", "LOC"}:
            continue
        if not any(s.isupper() for s in org.surfaces):
            continue
        pairs.append((nid, head, "country_office"))
    return pairs, []


def join_hyphened_surname(words: list[str], surfaces) -> list[str]:
    """"Irène Fontaine-Dabo" → ["irene", "fontaine dabo"]: a hyphened last word, written so in every spelling of the
    name, is one surname word (the key splits it at the hyphen)."""
    tails = {s.split()[-1] for s in surfaces if s.split()}
    if not tails or not all("-" in t.strip("-") for t in tails):
        return words
    parts = {len(normalize_name(t).split()) for t in tails}
    n = next(iter(parts))
    if len(parts) != 1 or not 2 <= n <= len(words):
        return words
    return words[:len(words) - n] + [" ".join(words[len(words) - n:])]


def find_surname_pairs(graph):
    """A one-word name that is the last word of exactly one full person name in the corpus (a hyphened surname,
    "Fontaine-Dabo", is one word)."""
    named = select_global_names(graph)
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for nid, node in named.items():
        words = join_hyphened_surname(strip_name_suffix(node.key.split(), "person"), node.surfaces)
        shouted = all(s.isupper() for s in node.surfaces)  # "DRUNK DRIVER": a headline in capitals, not a name
        # "UNDP Ostland": an organisation's acronym in front of a place, an office, not a given name
        acronym_first = all(s.split()[0].isupper() and len(s.split()[0]) > 1 for s in node.surfaces if s.split())
        titled = len(words) == 2 and (words[0] in load_title_words() or words[0] in HONORIFICS)  # "Gov Sanda"
        if len(words) >= 2 and node.kinds.get("PERSON") and not shouted and not acronym_first and not titled:
            full_by_last[words[-1]].add(nid)
    pairs, ambiguous = [], []
    for nid, node in named.items():
        key_words = join_hyphened_surname(node.key.split(), node.surfaces)
        if len(key_words) == 2 and (key_words[0] in load_title_words() or key_words[0] in HONORIFICS) \
                and (node.kinds.get("PERSON", 0) * 2 > sum(node.kinds.values())
                     or get_majority_kind(node) in {"ORG", "NORP"} and is_titled_surname(node)):
            # "Gov Sanda", "Reverend Osei": a title and a surname, read as one name, are the one person of that surname
            candidates = full_by_last.get(key_words[1], set())
            pair_or_suggest(graph, nid, node, candidates, "title",
                            "surname shared by several people in the corpus", pairs, ambiguous)
            continue
        if len(key_words) != 1:
            continue
        kinds = Counter()  # the name's kinds in every document: the recogniser calls a surname a place now and then
        for i in graph.ids_of(node.key):
            kinds.update(graph.nodes[i].kinds)
        if kinds.get("GPE", 0) + kinds.get("LOC", 0) > kinds.get("PERSON", 0):
            continue  # a tie ("Vedrin" once a place, once a person) is left to the one full name ending in it
        if " " in node.key and not kinds.get("PERSON"):
            continue  # "Stone-Hill" alone, never read as a person: a place or a body as likely as a surname
        candidates = full_by_last.get(node.key, set())
        used_for = {graph.find(i) for i in graph.ids_of(node.key) if i != nid}
        if len({graph.find(c) for c in candidates}) > 1 and len(used_for) == 1 and used_for & {graph.find(c) for c in candidates}:
            # several people share the surname, but every report that ties it to a full name ties it to the same one
            candidates = {c for c in candidates if graph.find(c) in used_for}
        pair_or_suggest(graph, nid, node, candidates, "surname",
                        "surname shared by several people in the corpus", pairs, ambiguous)
    return pairs, ambiguous


def is_titled_surname(node) -> bool:
    """"Bishop Brenn", "Governor Malik" read as an organisation: a title word, then one name word, both in title case
    in every spelling (a headline in capitals says nothing)."""
    return bool(node.surfaces) and all(
        len(s.split()) == 2 and s.split()[1][:1].isupper() and not s.split()[1].isupper() and s.split()[0][:1].isupper()
        for s in node.surfaces)


def pair_or_suggest(graph, nid, node, candidates: set, evidence: str, why: str, pairs: list, ambiguous: list) -> None:
    """One candidate entity: a merge pair with ``evidence``; several: a suggestion saying ``why``."""
    roots = {graph.find(c) for c in candidates}
    if len(roots) == 1 and graph.find(nid) not in roots:
        pairs.append((nid, next(iter(candidates)), evidence))
    elif len(roots) > 1:
        ambiguous.append({"alias": next(iter(node.surfaces)), "alias_key": nid, "candidates": sorted(candidates), "why": why})


def find_short_name_pairs(graph):
    """An organisation's short name ("the Angels", "the Commission") that ends exactly one longer organisation name."""
    named = select_global_names(graph)
    orgs = {nid: n for nid, n in named.items() if get_majority_kind(n) == "ORG"}
    by_suffix: dict[str, set[str]] = defaultdict(set)
    for nid, node in orgs.items():
        if is_person_title(node.key):
            continue  # "Inspector General of Police" is an office held by a person, not the longer name of "Police"
        words = node.key.split()
        for i in range(1, len(words)):
            by_suffix[" ".join(words[i:])].add(nid)
    # "Ministry of Fisheries and Blue Economy" cut at "and": the head and its first field, "Ministry of Fisheries"
    by_first_field: dict[str, set[str]] = defaultdict(set)
    for nid, node in orgs.items():
        words = node.key.split()
        if "of" in words[1:3] and "and" in words[words.index("of") + 2:]:
            by_first_field[" ".join(words[:words.index("and", words.index("of") + 2)])].add(nid)
    pairs, ambiguous = [], []
    for nid, node in orgs.items():
        pair_or_suggest(graph, nid, node, by_suffix.get(node.key, set()) or by_first_field.get(node.key, set()), "short_name",
                        "short name of several organisations in the corpus", pairs, ambiguous)
    return pairs, ambiguous


PLACE_KINDS = frozenset({"GPE", "LOC", "NORP"})  # a place, or a people named like one


def is_generic_word(word: str) -> bool:
    """A word that says what kind of thing a name is ("ministry", "police", "city", "state"), not whose."""
    return (word in MINOR_WORDS or word in STATE_WORDS or word in load_descriptor_heads() or word in load_group_nouns() or word in load_place_nouns()
            or word in load_title_words() or word in load_name_suffixes())


def find_place_first_words(graph) -> set[str]:
    """First words of names of places and peoples ("orsk" of "Orsk City", "Orsk", "Orskans"): a name that starts
    like a place may be the place."""
    out = set()
    for nid, node in graph.nodes.items():
        if "\x1f" not in nid and node.mentions and node.kinds and set(node.kinds) & PLACE_KINDS:
            out.add(nid.split()[0])
            out.add(nid)
    return out


def find_name_prefix_pairs(graph):
    """"Kerrow" / "Kerrow Chemicals", "Alvo General" / "Alvo General Hospital": an organisation's name that a report
    shortens to its first words, when exactly one longer organisation name in the corpus starts with them. The
    short name is never read as a place anywhere ("Orsk" the town is not "Orsk General Hospital"), is not an
    acronym nor a body that heads others (the UN is not the "UN Office for ..."), and says whose, not what kind ("Ministry" / "Ministry of ...")."""
    named = select_global_names(graph)
    bodies = {nid: n for nid, n in named.items() if get_majority_kind(n) in {"ORG", "FAC"}}
    places = find_place_first_words(graph) | find_parent_keys(graph)
    by_prefix: dict[str, set[str]] = defaultdict(set)
    for nid, node in bodies.items():
        words = nid.split()
        if is_person_title(nid):
            continue  # "Orsk police chief" is a person, not the longer name of a body
        for i in range(1, len(words)):
            if any(w in MINOR_WORDS - {"and"} for w in words[i - 1:]):
                break  # "United Nations Office for ...": an office of the body the first words name
            if words[i] not in {"'s", "s"}:
                by_prefix[" ".join(words[:i])].add(nid)
    pairs, ambiguous = [], []
    for nid, node in bodies.items():
        words = nid.split()
        if get_majority_kind(node) != "ORG" or set(node.kinds) & PLACE_KINDS or nid in places or words[0] in places:
            continue
        if any(s.replace(".", "").isupper() for s in node.surfaces) or all(is_generic_word(w) for w in words):
            continue
        if is_generic_word(words[0]) or words[-1] in load_group_nouns() or words[-1] in load_descriptor_heads() \
                or any(c.isdigit() for c in nid):
            continue  # "Armed Forces" / "Armed Forces Joint Command": a kind of body, not the short name of one
        pair_or_suggest(graph, nid, node, by_prefix.get(nid, set()), "name_prefix",
                        "first words of several organisation names in the corpus", pairs, ambiguous)
    return pairs, ambiguous


def spell_initials(key: str, legal_form: bool = False) -> str:
    """"advanced micro devices inc" → "amd": minor words and (unless ``legal_form``) a legal form are not spelled."""
    words = key.split() if legal_form else strip_name_suffix(key.split(), "company")
    return "".join(w[0] for w in words if w not in MINOR_WORDS and w[:1].isalpha())


_PLURAL_INITIALS = re.compile(r"^[A-Z]{2,6}s$")


def read_initials(node) -> str | None:
    """The initials a node's all-capitals surface spells: "UN" → "un"; a plural "NGOs" → "ngo" (the plural of the
    body's initials, "district relief committees" / "DRCs")."""
    if len(node.key.split()) != 1:
        return None
    if any(s.replace(".", "").isupper() and 2 <= len(s.replace(".", "")) <= 6 for s in node.surfaces):
        return node.key
    if any(_PLURAL_INITIALS.match(s) for s in node.surfaces):
        return node.key[:-1]
    return None


def find_initials_pairs(graph):
    """An all-capitals name ("UN", "U.S.") that spells the initials of exactly one multi-word name."""
    named = select_global_names(graph)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for nid, node in named.items():
        if len(node.key.split()) >= 2 and get_majority_kind(node) != "PERSON" and not any(c.isdigit() for c in node.key):
            # "Orsk Broadcasting Corporation" is "OBC": a legal form that ends a name may be spelled too
            for spelled in {spell_initials(node.key), spell_initials(node.key, legal_form=True)}:
                by_initials[spelled].add(nid)
    pairs, ambiguous = [], []
    for nid, node in named.items():
        initials = read_initials(node)
        if initials is None:
            continue
        pair_or_suggest(graph, nid, node, by_initials.get(initials, set()), "initials",
                        "initials of several names in the corpus", pairs, ambiguous)
    return pairs, ambiguous


def collect_place_words(graph) -> set[str]:
    """One-word names of places and peoples ("ruritania", "ruritanian") that can qualify a group phrase."""
    from ..extract.entity_names import load_place_nouns

    admin = {w for w, kind in load_place_nouns().items() if kind == "admin"}
    out = set()
    for nid, node in select_global_names(graph).items():
        if len(node.key.split()) == 1 and (node.kinds.get("GPE") or node.kinds.get("NORP") or node.kinds.get("LOC")):
            out.add(node.key)
    for nid, node in graph.nodes.items():
        words = nid.split()
        if "\x1f" not in nid and node.mentions and len(words) == 2 and words[1] in admin and words[0] not in graph.nodes \
                and get_majority_kind(node) in {"GPE", "LOC"}:
            out.add(words[0])  # "Thalavar province": "Thalavar Provincial Police" is that province's police
    people = {graph.find(nid) for nid, node in graph.nodes.items() if "\x1f" not in nid and len(nid.split()) >= 2
              and get_majority_kind(node) == "PERSON"}
    out = {key for key in out if key not in graph.nodes or graph.find(key) not in people}  # a surname joined to a full name ("Vedrin's militias")
    return out


def strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def resolve_owner(graph, words: list[str]) -> str | None:
    """The root of the named node spelled by ``words`` (possessive, "the", time words dropped)."""
    words = [strip_possessive(w) for w in words if w not in {"the"}]
    while words and words[0] in TIME_MODIFIERS:
        words = words[1:]
    while words and words[-1] in LED_SUFFIXES:
        words = words[:-1]
    key = " ".join(words)
    if key and key in graph.nodes and "\x1f" not in key:
        return graph.find(key)
    from ..extract.entity_names import HONORIFICS, load_title_words
    titles = load_title_words() | HONORIFICS
    bare = list(words)
    while len(bare) > 1 and bare[0] in titles:  # "president dragan mirkovic", "mr jayasekara"
        bare = bare[1:]
    key = " ".join(bare)
    if bare != words and key in graph.nodes and "\x1f" not in key:
        return graph.find(key)
    if len(bare) == 1 and key not in graph.nodes:
        index = get_owner_index(graph)
        if key in index["demonyms"] and index["demonyms"][key] in graph.nodes:  # "ruritanian" → "ruritania"
            return graph.find(index["demonyms"][key])
        full = {graph.find(n) for n in index["surnames"].get(key, ())}  # "mr jayasekara", "ilic": one full person name
        if len(full) == 1:
            return next(iter(full))
    return None


def get_owner_index(graph) -> dict:
    """Full person names by their last word and the corpus's people words (built once per graph)."""
    index = getattr(graph, "_owner_index", None)
    if index is None:
        surnames: dict[str, set[str]] = defaultdict(set)
        for n, node in graph.nodes.items():
            if "\x1f" not in n and node.named and node.mentions and len(n.split()) >= 2 and get_majority_kind(node) == "PERSON":
                surnames[n.split()[-1]].add(n)
        places = collect_place_words(graph)
        demonyms = build_demonyms({p for p in places if p not in graph.nodes or get_majority_kind(graph.nodes[p]) != "NORP"})
        # a people word the corpus also names as a people ("Suvarian" of "Suvarian citizens") still says whose
        # government it is: "the Suvarian government" is Suvaria's (never a people's own)
        peoples = {d: p for d, p in demonyms.items() if d in graph.nodes and get_majority_kind(graph.nodes[d]) == "NORP"
                   and p in graph.nodes and get_majority_kind(graph.nodes[p]) in {"GPE", "LOC"}}
        index = {"surnames": surnames, "demonyms": {d: p for d, p in demonyms.items() if d not in graph.nodes},
                 "peoples": peoples}
        graph._owner_index = index
    return index


def find_allegiance_core(graph, words: list[str]) -> str | None:
    """"pro-X fighters", "X loyalists", "fighters loyal to X", "remnants of X's forces" → supporters of X."""
    category = load_group_nouns().get(words[-1])
    owner_words = None
    if words[0] == "pro" and len(words) >= 2:
        owner_words = words[1:-1] if category and len(words) > 2 else words[1:]
    elif words[-1] in ALLEGIANCE_NOUNS and len(words) >= 2:
        owner_words = words[:-1]
    elif ("loyal" in words and words.index("loyal") + 2 < len(words) and words[words.index("loyal") + 1] == "to"
          and load_group_nouns().get(words[words.index("loyal") - 1]) != "force"):
        owner_words = words[words.index("loyal") + 2:]
    elif words[0] == "remnants" and len(words) > 2 and words[1] == "of":
        owner_words = words[2:-1] if category in {"government", "force"} else words[2:]
    if not owner_words:
        return None
    owner = resolve_owner(graph, owner_words)
    if owner is None and len(owner_words) == 1 and owner_words[0] not in TIME_MODIFIERS:
        owner = owner_words[0]
    return f"\x1esupporters of {owner}" if owner else None


BARE_RULERS = frozenset({"government", "regime", "junta"})  # "the administration" alone is as often a district's or a hospital's


def find_ruler_core(graph, words: list[str]) -> str | None:
    """"the X government", "X's regime", "X-led administration", "the government of X", "the regime of President X"
    → the government of X (a person, organisation or place)."""
    if len(words) >= 3 and words[1] == "of" and load_group_nouns().get(words[0]) == "government":
        words = words[2:] + [words[0]]  # "the government of mr jayasekara" → "mr jayasekara government"
    place_words_ = []
    if "in" in words[1:]:
        words, place_words_ = words[:words.index("in")], words[words.index("in") + 1:]
    category = load_group_nouns().get(words[-1])
    if category not in {"government", "force", "armed"} or not words:
        return None
    for i in range(len(words) - 1):
        owner = resolve_owner(graph, words[i:-1])
        if owner is None:
            continue
        kind = get_majority_kind(graph.nodes[owner]) if owner in graph.nodes else None
        place = get_owner_index(graph)["peoples"].get(" ".join(words[i:-1])) if kind == "NORP" and i == len(words) - 2 else None
        if category == "government" and place is not None:
            owner, kind = graph.find(place), "GPE"  # "the Suvarian government": the people word of the country
        if category == "government" and kind in {"PERSON", "ORG"}:
            return f"\x1egovernment of {owner}"
        if category in {"force", "armed"} and kind == "ORG":
            return f"\x1eforces of {owner}"
        if category == "government" and kind in {"GPE", "LOC"} and not set(words) & PAST_WORDS:
            return f"\x1egovernment of {owner}"
    owner = resolve_owner(graph, place_words_) if place_words_ else None
    if category == "government" and owner and get_majority_kind(graph.nodes[owner]) in {"GPE", "LOC"} and not set(words) & PAST_WORDS:
        return f"\x1egovernment of {owner}"
    return None


def find_current_governments(graph) -> set[str]:
    """The governments the corpus names by their owner ("the Kadena state government", "the government of Arden",
    "the Marn administration"), former ones left out: with two or more, "the government" alone is ambiguous
    (a state's and the federal one, a city's and the country's)."""
    found = set()
    for nid, node in graph.nodes.items():
        if "\x1f" in nid or not node.mentions:
            continue
        words = node.key.split()
        if not words or set(words) & PAST_WORDS or words[-1] not in {"government", "administration"} and words[0] != "government":
            continue
        core = find_ruler_core(graph, words)
        if core is None:  # "the Kadena state government": a named place or person among the words in front
            owners = [w for w in (words[2:] if words[0] == "government" else words[:-1])
                      if w in graph.nodes and graph.nodes[w].named and graph.nodes[w].mentions]
            core = f"\x1egovernment of {graph.find(owners[0])}" if owners else None
        if core is not None and core.startswith("\x1egovernment of "):
            found.add(core)
    return found


def find_community_core(graph, words: list[str], places: set[str]) -> str | None:
    """"Ruritania's Yazidi minority community" → "yazidi" when that people is named in the corpus."""
    if not any(load_group_nouns().get(w) == "community" for w in words):
        return None
    content = [w for w in words if load_group_nouns().get(w) != "community" and w not in COMMUNITY_MODIFIERS
               and not (w.endswith("'s") and strip_possessive(w) in places)]
    faiths = load_words("entity_faith_nouns.txt")
    if len(content) > 1 and any(w in faiths for w in content[1:]):
        content = [content[0]] + [w for w in content[1:] if w not in faiths]  # "Sunni Muslim majority" → "sunni"
    if len(content) != 1:
        return None
    for key in (content[0], content[0] + "s"):
        if key in graph.nodes and "\x1f" not in key and key != " ".join(words) and graph.nodes[key].kinds.get("NORP"):
            return key  # a people ("Kurds"), never a country ("Sudan" / "Sudan People")
    return None


def strip_group_modifiers(words: list[str], places: set[str], demonyms: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """Drop leading place/people words and time words, and a trailing "loyal to ..." tail.

    Returns the remaining words and the place words dropped.
    """
    if "loyal" in words:
        words = words[:words.index("loyal")]
    dropped = []
    i = 0
    while i < len(words) - 1:
        if i + 2 < len(words) and words[i + 1] in LED_SUFFIXES:  # "hamas run health ministry": who runs it
            dropped.append(f"{strip_possessive(words[i])} {words[i + 1]}")
            i += 2
            continue
        word = strip_possessive(words[i])
        word = (demonyms or {}).get(word, word)  # "ruritanian" is ruritania's
        state_word = word in STATE_WORDS and len(words) - i > 2  # "government security forces"
        ruler = words[i].endswith("'s") and load_group_nouns().get(word) == "government"  # "the junta's interior ministry"
        if not (word in places or word in PRESENT_WORDS or state_word or ruler):
            break
        if word in places:
            dropped.append(word)
        i += 1
    return words[i:], dropped


def list_core_forms(rest: list[str]) -> list[str]:
    """The core as written, then with its force noun as "forces" ("security personnel" → "security forces")."""
    forms = [" ".join(rest)]
    if len(rest) >= 2 and load_group_nouns().get(rest[-1]) == "force":
        forms.append(" ".join(rest[:-1] + [FORCE_NOUN]))
    return forms


def find_place_variants(graph, places: set[str]):
    """"Ruritanian security forces" / "the new security forces" / "security forces": merged unless the corpus
    uses the phrase with several places or peoples ("Israeli" and "Palestinian security forces")."""
    by_core: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    unnamed_cores: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)  # cores the corpus never uses alone
    town_pairs: list[tuple[str, str]] = []
    towns = frozenset(nid for nid, n in select_global_names(graph).items()
                      if len(nid.split()) == 2 and get_majority_kind(n) in {"GPE", "LOC"})  # "mexico city"
    for nid, node in graph.nodes.items():
        if "\x1f" in nid or not node.mentions or node.named and get_majority_kind(node) != "ORG":
            continue
        words = node.key.split()
        rest, dropped = strip_group_modifiers(words, places, get_owner_index(graph)["demonyms"])
        town_noun = dropped and len(rest) >= 2 and rest[0] in load_words("entity_settlement_nouns.txt") \
            and f"{dropped[-1]} {rest[0]}" not in towns and words[len(words) - len(rest) - 1] == dropped[-1]
        if town_noun:  # "osk city police": the town's police, as "osk police"
            short = " ".join([dropped[-1]] + rest[1:])
            if short in graph.nodes and graph.nodes[short].mentions:
                town_pairs.append((nid, short))
            if " ".join(rest) not in graph.nodes:
                rest = rest[1:]  # no "city police" alone: the core is "police"
        if " ".join(rest) in load_words("entity_national_forces.txt"):
            continue  # a country's military: the national_forces rule decides, army = military = armed forces
        if node.named and (not dropped or " ".join(rest) in places):
            continue  # "Ruritanian Football Federation" / "Federation"; never a place itself
        cores = [c for c in list_core_forms(rest) if c != node.key and c in graph.nodes and "\x1f" not in c]
        if cores:
            by_core[cores[0]].append((nid, tuple(dropped)))
        elif len(dropped) == 1 and " " not in dropped[0]:
            unnamed_cores[f"{dropped[0]}\x1e{' '.join(rest)}"].append((nid, tuple(dropped)))
    pairs, ambiguous = [(nid, short, "group_variant") for nid, short in town_pairs], []
    for variants in unnamed_cores.values():  # "osk police" / "osk city police": one place, one core, no bare core
        pairs.extend((nid, variants[0][0], "group_variant") for nid, _ in variants[1:])
    governments = find_current_governments(graph) if any(core in BARE_RULERS for core in by_core) else set()
    for core, variants in by_core.items():
        if core in BARE_RULERS and len(governments) > 1:
            continue  # "the Marn government" / "the government": which government is the ruler rule's to say
        used = {p for _, dropped in variants for p in dropped}
        places_used, rulers_used = {p for p in used if " " not in p}, {p for p in used if " " in p}
        if len(places_used) <= 1 and len(rulers_used) <= 1:  # "Gaza's health ministry", "the Hamas-run health ministry"
            pairs.extend((nid, core, "group_variant") for nid, _ in variants)
        else:
            ambiguous.append({"alias": core, "alias_key": core, "candidates": sorted(n for n, _ in variants),
                              "why": "the same group word is used with several places or peoples"})
    return pairs, ambiguous


def find_plural_pairs(graph):
    """"Yazidi" / "Yazidis": a people named in the singular and the plural."""
    named = select_global_names(graph)
    pairs = []
    for nid, node in named.items():
        plural = nid + "s"
        if len(nid.split()) == 1 and plural in named and (node.kinds.get("NORP") or named[plural].kinds.get("NORP")):
            pairs.append((plural, nid, "plural"))
    return pairs


def read_national_force(words: list[str], places: set[str], demonyms: dict[str, str],
                        lexicon: str = "entity_national_forces.txt") -> tuple[bool, str | None]:
    """Whether ``words`` name a country's military as a whole (lexicons/entity_national_forces.txt), and the
    place they name it by: "karesian armed forces", "army of karesia", "karesia's military" → (True, "karesia");
    "the army" → (True, None); "occupation army" → (False, None)."""
    forces = load_words(lexicon)
    words = [demonyms.get(strip_possessive(w), strip_possessive(w)) for w in words]
    named: set[str] = set()
    if len(words) >= 3 and words[-2] == "of" and words[-1] in places:  # "the army of karesia"
        named.add(words[-1])
        words = words[:-2]
    while len(words) >= 2 and (words[0] in places or words[0] in PRESENT_WORDS):
        if words[0] in places:
            named.add(words[0])
        words = words[1:]
    if " ".join(words) not in forces or len(named) > 1:
        return False, None
    return True, next(iter(named), None)


def find_national_force_pairs(graph):
    """"Karesian Armed Forces" / "the army of Karesia" / "Karesia's military" / "the army" / "government forces":
    a country's military by any of its names, when the corpus names at most one country's military (with two,
    each keeps its own place-named forms and the bare ones are left as suggestions)."""
    return pair_national_bodies(graph, "entity_national_forces.txt", "national armed forces", "national_forces",
                                "the military of several countries is named in the corpus")


def find_national_police_pairs(graph):
    """"Karesian police" / "the Karesia National Police Service" / "the police of Karesia" / "the police": the one
    police force the corpus names, by any of its names (lexicons/entity_police_forces.txt); with police of several
    places named, each keeps its own place-named forms and the bare ones are left as suggestions."""
    return pair_national_bodies(graph, "entity_police_forces.txt", "police force", "police_force",
                                "the police of several places is named in the corpus")


def find_national_coast_guard_pairs(graph):
    """"Varland Coast Guard" / "the Varland coastguard" / "the coast guard": the one coastguard the corpus names, by
    any of its names (lexicons/entity_coast_guards.txt); with the coastguards of several places named, each keeps
    its own place-named forms and the bare ones are left as suggestions."""
    return pair_national_bodies(graph, "entity_coast_guards.txt", "coastguard", "coast_guard",
                                "the coastguards of several places are named in the corpus")


def pair_national_bodies(graph, lexicon: str, core_name: str, why: str, ambiguous_why: str):
    """The nodes naming one kind of national body (a lexicon of its names without a place), grouped by the place
    they name it by; the bare ones join the one place's when the corpus names at most one."""
    places = collect_place_words(graph)
    demonyms = build_demonyms({p for p in places if p not in graph.nodes or get_majority_kind(graph.nodes[p]) != "NORP"})
    by_place: dict[str | None, list[str]] = defaultdict(list)
    for nid, node in graph.nodes.items():
        if "\x1f" in nid or not node.mentions or get_majority_kind(node) not in {"ORG", "NORP", None}:
            continue
        ok, place = read_national_force(nid.split(), places, demonyms, lexicon)
        if ok:
            by_place[place].append(nid)
    placed = [p for p in by_place if p is not None]
    pairs, ambiguous = [], []
    for place in placed:
        core = f"\x1e{core_name} of {place}"
        pairs.extend((nid, core, why) for nid in by_place[place])
    bare = by_place.get(None, [])
    if len(placed) <= 1:
        core = f"\x1e{core_name} of {placed[0] if placed else ''}"
        pairs.extend((nid, core, why) for nid in bare)
    elif bare:
        ambiguous.extend({"alias": next(iter(graph.nodes[nid].surfaces), nid), "alias_key": nid,
                          "candidates": sorted(n for p in placed for n in by_place[p]),
                          "why": ambiguous_why} for nid in bare)
    return pairs, ambiguous


PRIOR_EVENT = "\x1dprior"  # the "which" of an event noun written as an earlier one ("the previous accident")


def read_event_phrase(words: list[str], places: set[str], demonyms: dict[str, str]):
    """(event, which, place) of a phrase headed by an event noun (lexicons/entity_event_nouns.tsv): "disputed
    presidential elections" → ("election", ("presidential",), None); "the 2019 vote" → ("election", ("2019",), None).
    Words that judge the event ("disputed", "stolen") are dropped; None when the phrase is no event."""
    if not words or words[-1] not in load_event_nouns():
        return None
    types = load_words("entity_event_types.txt")
    prior = load_words("event_prior_words.txt")
    which, named = [], set()
    for w in words[:-1]:
        w = demonyms.get(strip_possessive(w), strip_possessive(w))
        if w in places:
            named.add(w)
        elif w in types or any(c.isdigit() for c in w):
            which.append(w)
        elif w in prior:
            which.append(PRIOR_EVENT)  # "the previous deadliest accident": an earlier event, like a year in front
        elif w in {"of", "in", "for", "on"}:
            return None  # "the night of the vote" is headed elsewhere; keep to modifier + noun
    if len(named) > 1:
        return None
    return load_event_nouns()[words[-1]], tuple(sorted(which)), next(iter(named), None)


def name_events_apart(graph, reads: list[tuple], places: set[str]) -> list[tuple]:
    """(node, event, which, place) with the named events of one kind that share no word of their names told apart:
    "Pine Hollow Fire" and "the Cedar Ridge Fire" are two fires, while "Lorna Basilica Crowd Incident" and "Lorna
    Basilica Mass Casualty Incident" name one; a name's own words count, not its place, its type or its year."""
    types = load_words("entity_event_types.txt")
    words_of = {}
    for nid, event, which, place in reads:
        if graph.nodes[nid].named and not any(c.isdigit() for w in which for c in w) and PRIOR_EVENT not in which:
            words = {strip_possessive(w) for w in nid.split()[:-1]} - places - types
            if words:
                words_of[nid] = (event, words)
    group: dict[str, int] = {}
    for nid, (event, words) in words_of.items():
        joined = {group[o] for o, (e, ws) in words_of.items() if o in group and e == event and ws & words}
        k = min(joined, default=len(group))
        for o in list(group):
            if group[o] in joined:
                group[o] = k
        group[nid] = k
    out = []
    for nid, event, which, place in reads:
        apart = nid in group and len({group[o] for o in group if words_of[o][0] == event}) > 1
        out.append((nid, event, which + (f"\x1dname{group[nid]}",) if apart else which, place))
    return out


def find_event_pairs(graph):
    """"the disputed presidential election" / "the stolen election" / "the presidential elections" / "the vote":
    one event when the corpus speaks of one event of that kind (one type, one place); a bare "the election" with
    several kinds in the corpus is only a suggestion."""
    places = collect_place_words(graph)
    demonyms = build_demonyms({p for p in places if p not in graph.nodes or get_majority_kind(graph.nodes[p]) != "NORP"})
    by_event: dict[str, dict[tuple, list[str]]] = defaultdict(lambda: defaultdict(list))
    # "Dorn Fire" cut from "Dorn Fire and Rescue Service": the start of a longer name, no event
    starts = {" ".join(words[:k]) for words in (n.key.split() for n in graph.nodes.values()) for k in range(1, len(words))}
    reads = []
    for nid, node in graph.nodes.items():
        if "\x1f" in nid or not node.mentions or node.named and node.key in starts:
            continue
        read = read_event_phrase(nid.split(), places, demonyms)
        if read is not None:
            reads.append((nid, *read))
    for nid, event, which, place in name_events_apart(graph, reads, places):
        by_event[event][(which, place)].append(nid)
    pairs, ambiguous = [], []
    for event, kinds in by_event.items():
        dated = [k for k in kinds if any(c.isdigit() for w in k[0] for c in w)  # "the 2008 stampede": its own event
                 or PRIOR_EVENT in k[0]]
        for key in dated:
            pairs.extend((nid, f"\x1e{event} {' '.join(key[0])} {key[1] or ''}", "event_noun") for nid in kinds[key])
        specific = [k for k in kinds if k != ((), None) and k not in dated]
        # a place alone ("the Dravenian election") joins the one kind of election that place holds
        typed = {which for which, _ in specific if which}
        placed = {place for _, place in specific if place}
        if len(typed) <= 1 and len(placed) <= 1:
            core = f"\x1e{event} {' '.join(next(iter(typed), ()))} {next(iter(placed), '')}"
            pairs.extend((nid, core, "event_noun") for key, nids in kinds.items() if key not in dated for nid in nids)
            continue
        for key in specific:
            pairs.extend((nid, f"\x1e{event} {' '.join(key[0])} {key[1] or ''}", "event_noun") for nid in kinds[key])
        ambiguous.extend({"alias": next(iter(graph.nodes[nid].surfaces), nid), "alias_key": nid,
                          "candidates": sorted(n for k in specific for n in kinds[k]),
                          "why": "the corpus speaks of several such events"} for nid in kinds.get(((), None), []))
    return pairs, ambiguous


def find_core_keys(graph):
    """Join group phrases to their core: allegiance, ruler, community, place variant, plural."""
    places = collect_place_words(graph)
    pairs = list(find_plural_pairs(graph))
    for nid, node in graph.nodes.items():
        if "\x1f" in nid or not node.mentions:
            continue
        words = node.key.split()
        if not words:
            continue
        core = find_allegiance_core(graph, words)
        why = "allegiance"
        if core is None:
            core, why = find_ruler_core(graph, words), "ruler"
        if core is None:
            core, why = find_community_core(graph, words, places), "community"
        if core is not None:
            pairs.append((nid, core, why))
    place_pairs, ambiguous = find_place_variants(graph, places)
    from ..extract.entity_names import load_place_nouns
    local = {root for root in {graph.find(n) for n in graph.nodes if "\x1f" not in n}
             if load_place_nouns().get(graph.nodes[root].key.split()[-1] if graph.nodes[root].key else "") == "admin"}
    # a district's or province's administration is not "the government"
    rulers = {core for _, core, why in pairs if why == "ruler" and core.startswith("\x1egovernment of ")
              and core[len("\x1egovernment of "):] not in local}
    others = {g for g in find_current_governments(graph) if g[len("\x1egovernment of "):] not in local} - rulers
    if len(rulers) == 1 and not others:  # "the government", "the regime" alone: the one government the corpus names with its owner
        core = next(iter(rulers))
        pairs += [(word, core, "ruler") for word in sorted(BARE_RULERS) if word in graph.nodes and graph.nodes[word].mentions]
    return pairs + place_pairs, ambiguous


JURISDICTION_WORDS = frozenset({"for", "in", "at"})


def spell_title_initials(key: str) -> set[str]:
    """"chief minister" → {"cm"}; "inspector general of police" → {"igp", "ig"}: the initials of a person's title,
    with and without its "of ..." part ("the IG" is the Inspector General of Police)."""
    words = [w for w in key.split() if w not in {"the", "a", "an"}]
    cut = next((i for i, w in enumerate(words) if i and w in JURISDICTION_WORDS), None)
    if cut is not None:
        words = words[:cut]  # "superintendent of police for osk district": the title before whose office it is
    if not words or any(w.endswith("'s") or not w[:1].isalpha() for w in words):
        return set()
    out = set()
    head = words[:words.index("of")] if "of" in words else words
    if len(head) >= 2 and head[-1] in load_title_words():
        out.add("".join(w[0] for w in head))
    if "of" in words and len(words) <= 5 and head and head[-1] in load_title_words():
        out.add("".join(w[0] for w in words if w not in MINOR_WORDS))
    return {s for s in out if 2 <= len(s) <= 4}


def spells_title(initials: str, key: str) -> bool:
    """``initials`` spell the title ``key``, written alone or with the initials in brackets after it
    ("police public relations officer (ppro)")."""
    if key.endswith(" " + initials):
        key = key[: -len(initials) - 1]
    return initials in spell_title_initials(key)


def find_title_initials_pairs(graph):
    """"the CM said" / "Chief Minister Vasant Rao": an all-capitals word that no report defines, spelling the
    initials of a title of two or more words ("Chief Minister", "Inspector General of Police") that the corpus
    gives to exactly one person, is that person. A title given to several people makes a suggestion only."""
    clusters = graph.clusters()
    people = set()
    for root, ids in clusters.items():
        kinds = Counter()
        for i in ids:
            kinds.update(graph.nodes[i].kinds)
        if kinds.get("PERSON") and kinds.most_common(1)[0][0] == "PERSON":
            people.add(root)
    by_initials: dict[str, set[str]] = defaultdict(set)   # initials → nodes of titles spelled so
    holders: dict[str, set[str]] = defaultdict(set)       # initials → the clusters those titles belong to
    for nid, node in graph.nodes.items():
        for initials in spell_title_initials(node.key):
            by_initials[initials].add(nid)
            holders[initials].add(graph.find(nid))
    pairs, ambiguous = [], []
    for nid, node in select_global_names(graph).items():
        if len(node.key.split()) != 1 or not node.surfaces or not all(s.replace(".", "").isupper() for s in node.surfaces):
            continue
        own = graph.find(nid)
        if any(i != nid and not spells_title(node.key, graph.nodes[i].key) for i in clusters.get(own, [])):
            continue  # joined by a report's own evidence to more than the title it spells ("DC" defined as a body)
        owners = holders.get(node.key, set()) - {own}
        if not owners or not owners <= people:
            continue  # no title spelled so, or one held by an office or body ("Superintendent of Police (SP)")
        pair_or_suggest(graph, nid, node, {i for i in by_initials[node.key] if graph.find(i) != own}, "title_initials",
                        "initials of a title several people hold in the corpus", pairs, ambiguous)
    return pairs, ambiguous


def is_perpetrator_description(key: str) -> bool:
    """"gunmen", "the armed men", "unidentified attackers", "criminal elements": modifiers, then a noun naming the
    unnamed authors of an attack (lexicons/entity_perpetrator_words.tsv); "men" or "elements" only after a modifier."""
    words = load_mapping("entity_perpetrator_words.tsv")
    parts = key.split()
    if not parts or not all(words.get(w) == "modifier" for w in parts[:-1]):
        return False
    role = words.get(parts[-1])
    return role == "noun" or role == "qualified_noun" and len(parts) >= 2


def find_perpetrator_pairs(graph):
    """"the gunmen" / "the attackers" / "armed men" / "the kidnappers": in reports of one event, the unnamed
    descriptions of who struck are the same perpetrators, unless a report ties one of them to a named body or
    person (then that description is left where its evidence put it and the others stay apart from it)."""
    clusters = graph.clusters()
    roots = []
    for nid, node in graph.nodes.items():
        if "\x1f" in nid or not node.mentions or not is_perpetrator_description(node.key):
            continue  # "Gunmen" at the head of a sentence is as plain a description as "gunmen"
        root = graph.find(nid)
        if any(graph.nodes[m].named and graph.nodes[m].mentions and not is_perpetrator_description(graph.nodes[m].key)
               for m in clusters.get(root, [])):
            continue  # "the gunmen" a report says are the Red Hand: not every report's gunmen
        if root not in {r for r, _ in roots}:
            roots.append((root, nid))
    if len(roots) < 2:
        return [], []
    first = max(roots, key=lambda r: (graph.nodes[r[1]].mentions, r[1]))[1]
    return [(nid, first, "perpetrator") for _, nid in roots if nid != first], []

