"""Entities merged across documents, each merged alias with its evidence.

``merge_entities`` builds a graph over normalised names (one node per
name; descriptive aliases such as titles and appositives get one node per
document, so a title never glues two people together by itself) and joins
nodes on:

* the same normalised name (case, apostrophes, "the", possessive, al-/Al-);
* in-document alias links (acronym, name_variant, title, appositive, descriptor);
* a surname used alone, when exactly one full name in the corpus ends in it;
* initials ("UN") of exactly one multi-word name in the corpus;
* group phrases that differ only by a place or people word ("Ruritanian security
  forces" / "security forces"), by a community noun ("the Kurdish minority" /
  "Kurds"), or that name the same allegiance ("pro-X fighters", "X loyalists",
  "fighters loyal to X") or the same ruler ("the X government", "X's regime");
* the user alias file (forced merges, forbidden merges, canonical names).

Weaker links become ``suggestions`` and are never merged: one title or
description attached to different entities in different documents, a surname
shared by several people, a group word used with several places.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..extract.entity_names import load_event_nouns, load_place_nouns, load_title_words, normalize_name
from ..lexicons import load_mapping, load_words
from ..records import AliasLink, Document, Entity, Mention, record_id
from .alias_rules import (
    find_company_suffix_pairs, find_core_keys, find_office_pairs, find_state_name_pairs, find_transliteration_pairs, find_possessive_pairs, find_settlement_pairs, find_event_pairs, find_initials_pairs, find_national_force_pairs, find_national_police_pairs, find_national_coast_guard_pairs, find_org_variant_pairs, find_person_variant_pairs,
    find_name_prefix_pairs, find_spelled_out_pairs, find_place_noun_pairs, find_short_name_pairs, find_surname_pairs, find_title_initials_pairs, find_title_name_pairs, find_word_order_pairs, find_perpetrator_pairs,
)

NAME_PARTICLES = frozenset({"al", "el", "as", "ad", "ar", "an", "ash", "at", "az", "ul", "bin", "ibn", "bint", "abu", "of", "the",
                            "and", "for", "de", "du", "des", "da", "di", "la", "le", "van", "von", "der", "den", "y", "e", "on", "in"})
DESCRIPTIVE_EVIDENCE = frozenset({"title", "title_prefix", "appositive", "descriptor", "honorific", "modifier"})
PREFIX_EVIDENCE = "title_prefix"  # a title word its document writes only in front of the name
SHARED_NAME_WHY = "the same short name stands for another entity in another document; no sentence ties them"
LOCAL_EVIDENCE = frozenset({"name_variant"})  # the alias means its target in its own document only


@dataclass
class UserAliases:
    """Forced merges, forbidden merges and canonical names from the user alias file."""

    merge: list[tuple[str, str]] = field(default_factory=list)
    never: list[tuple[str, str]] = field(default_factory=list)
    canonical: dict[str, str] = field(default_factory=dict)


def load_user_aliases(path: str | Path) -> UserAliases:
    """Read a YAML alias file: ``merge: [[A, B], ...]``, ``never: [[A, C], ...]``, ``canonical: {alias: name}``."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with merge/never/canonical")

    def pairs(name: str) -> list[tuple[str, str]]:
        out = []
        for group in data.get(name) or []:
            names = [str(n) for n in group]
            out.extend((names[0], other) for other in names[1:])
        return out

    return UserAliases(pairs("merge"), pairs("never"), {str(k): str(v) for k, v in (data.get("canonical") or {}).items()})


@dataclass
class Node:
    key: str                                   # normalised name
    surfaces: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    documents: set = field(default_factory=set)
    mentions: int = 0
    named: bool = True                         # a proper name, not a description
    prefix_only: bool = False                  # a title its document writes only in front of the name


class Graph:
    """Union-find over nodes with forbidden pairs and the evidence of every join."""

    def __init__(self, never: Iterable[tuple[str, str]] = ()):
        self.nodes: dict[str, Node] = {}
        self.parent: dict[str, str] = {}
        self.never = [(normalize_name(a), normalize_name(b)) for a, b in never]
        self.evidence: list[tuple[str, dict]] = []   # (node id, evidence row)
        self.refused: list[tuple[str, str]] = []
        self.by_key: dict[str, list[str]] = defaultdict(list)

    def add(self, node_id: str, key: str, named: bool = True) -> Node:
        if node_id not in self.nodes:
            self.nodes[node_id] = Node(key, named=named)
            self.parent[node_id] = node_id
            self.by_key[key].append(node_id)
        return self.nodes[node_id]

    def ids_of(self, key: str) -> list[str]:
        """Every node spelled ``key``: the corpus-wide one and those of single documents."""
        return self.by_key.get(key, [])

    def find(self, node_id: str) -> str:
        while self.parent[node_id] != node_id:
            self.parent[node_id] = self.parent[self.parent[node_id]]
            node_id = self.parent[node_id]
        return node_id

    def forbidden(self, ra: str, rb: str) -> bool:
        for a, b in self.never:
            roots_a = {self.find(n) for n in self.ids_of(a)}
            roots_b = {self.find(n) for n in self.ids_of(b)}
            if ra in roots_a and rb in roots_b or rb in roots_a and ra in roots_b:
                return True
        return False

    def union(self, a: str, b: str, evidence: dict | None = None) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.forbidden(ra, rb):
            self.refused.append((a, b))
            return False
        self.parent[rb] = ra
        if evidence:
            self.evidence.append((a, evidence))
        return True

    def clusters(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for node_id in self.nodes:
            out[self.find(node_id)].append(node_id)
        return out


def is_descriptive_text(text: str) -> bool:
    """A phrase headed by a common noun ("security forces"), not a proper name."""
    words = [w for w in text.replace("-", " ").split() if w[:1].isalpha()]
    # a lower-case content word ("pro-Vance", "the VLF regime in Arden", "armed men loyal to Vance")
    return any(w[:1].islower() and w.lower() not in NAME_PARTICLES for w in words)


def make_descriptive_node_id(document: str, key: str) -> str:
    return f"{document}\x1f{key}"


# ---------------------------------------------------------------- build the graph

def find_local_names(links: Iterable[AliasLink]) -> set[tuple[str, str]]:
    """(document, key) of names the document itself ties to one full name: a surname used alone.

    Such a mention is a node of its own document, so that "Peterson" for Scott
    Peterson in one report and for Laci Peterson in another are not one entity.
    """
    local = {(link.document, normalize_name(link.alias)) for link in links if link.evidence in LOCAL_EVIDENCE}
    # one word after a person's title ("Baroness Scotland", "Prince Harry") is that document's person
    # (never an acronym: "Aid charity KRF" is the organisation every report calls KRF, though read as a person)
    local |= {(link.document, normalize_name(link.target)) for link in links
              if link.evidence in {"title", PREFIX_EVIDENCE} and link.kind == "PERSON"
              and len(normalize_name(link.target).split()) == 1 and not is_acronym(link.target)}
    return local


def is_acronym(text: str) -> bool:
    """"KRF", "U.N.": a name in capitals of two to six letters, never a surname."""
    letters = text.strip().replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def add_mentions(graph: Graph, mentions: Iterable[Mention], local: set[tuple[str, str]] = frozenset()) -> None:
    for m in mentions:
        key = normalize_name(m.text)
        if not key:
            continue
        node_id = make_descriptive_node_id(m.document, key) if (m.document, key) in local else key
        node = graph.add(node_id, key, named=not is_descriptive_text(m.text))
        node.surfaces[m.text.strip()] += 1
        node.kinds[m.kind] += 1
        node.documents.add(m.document)
        node.mentions += 1


def add_alias_links(graph: Graph, links: Iterable[AliasLink]) -> None:
    """Join each link's alias to its target; a description is a per-document node.

    A description one document gives to two names ("President" in front of two
    people in one report) is a node per name: it joins neither to the other.
    """
    links = list(links)
    targets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for link in links:
        if link.evidence in DESCRIPTIVE_EVIDENCE:
            targets[(link.document, normalize_name(link.alias))].add(normalize_name(link.target))
    for link in links:
        alias_key, target_key = normalize_name(link.alias), normalize_name(link.target)
        if not alias_key or not target_key:
            continue
        local_target = make_descriptive_node_id(link.document, target_key)
        if local_target in graph.nodes and graph.nodes[local_target].named:
            target_key = local_target  # "Governor" → "Marsh", where this document's "Marsh" is Ellen Marsh
        target = graph.add(target_key, graph.nodes[target_key].key if target_key in graph.nodes else target_key)
        if not target.surfaces:
            target.surfaces[link.target] += 1
            target.kinds[link.kind or "ORG"] += 1
            target.documents.add(link.document)
        evidence = {"alias": link.alias, "why": link.evidence, "document": link.document, "sentence": link.sentence}
        descriptive = link.evidence in DESCRIPTIVE_EVIDENCE
        per_document = descriptive or link.evidence in LOCAL_EVIDENCE
        alias_id = make_descriptive_node_id(link.document, alias_key) if per_document else alias_key
        shared = descriptive and len(targets[(link.document, alias_key)]) > 1
        if shared:
            alias_id = f"{alias_id}\x1f{target_key}"
        fresh = alias_id not in graph.nodes
        alias = graph.add(alias_id, alias_key, named=not descriptive)
        alias.prefix_only = link.evidence == PREFIX_EVIDENCE and (fresh or alias.prefix_only)
        alias.surfaces[link.alias] += 1
        alias.documents.add(link.document)
        if link.kind and not descriptive:
            alias.kinds[link.kind] += 1
        graph.union(target_key, alias_id, evidence)
        local = graph.nodes.get(alias_key)
        if descriptive and not shared and local is not None and local.documents == {link.document}:
            graph.union(target_key, alias_key, evidence)  # the same words named as a mention in this document only


def join_local_names(graph: Graph, links: list[AliasLink]) -> None:
    """A one-word name kept to its document after a title joins the corpus-wide name when the corpus uses
    that name mostly for a person: "President Obama" / "Obama", but "Baroness Scotland" / "Scotland" stay apart.
    A surname its document ties to a full name is left to the surname rule."""
    surnames = {(link.document, normalize_name(link.alias)) for link in links if link.evidence in LOCAL_EVIDENCE}
    for document, key in sorted(find_local_names(links) - surnames):  # sorted: the same run twice writes the same
        node_id = make_descriptive_node_id(document, key)
        node = graph.nodes.get(node_id)
        if node is not None and key not in graph.nodes and len(key.split()) == 1:
            join_to_full_name(graph, node_id, node)  # "the usurper Mirković" where no report names "Mirković" alone
            continue
        if node is None or key not in graph.nodes:
            continue
        kinds = graph.nodes[key].kinds
        if kinds and kinds.most_common(1)[0][0] == "PERSON":
            graph.union(node.key, node_id, {"alias": next(iter(node.surfaces), node.key), "why": "same_name",
                                            "document": min(node.documents, default=None), "sentence": None})



def join_titled_names(graph: Graph, links: list[AliasLink]) -> None:
    """A one-word name after a person's title ("Gov Osei") that its document keeps apart because the corpus reads
    the word mostly as a place or a building ("the Osei government"), still alone once the corpus rules have
    joined the full names: the one full person name of the corpus ending in it."""
    surnames = {(link.document, normalize_name(link.alias)) for link in links if link.evidence in LOCAL_EVIDENCE}
    clusters = graph.clusters()
    for document, key in sorted(find_local_names(links) - surnames):  # sorted: the same run twice writes the same
        node_id = make_descriptive_node_id(document, key)
        node = graph.nodes.get(node_id)
        if node is None or len(key.split()) != 1:
            continue
        members = clusters.get(graph.find(node_id), [])
        if all(graph.nodes[n].documents <= {document} for n in members):
            join_to_full_name(graph, node_id, node)


def join_to_full_name(graph: Graph, node_id: str, node: Node) -> None:
    """A one-word name after a title, used alone nowhere else, joins the one full person name of the corpus ending in it."""
    full = {graph.find(n) for n, other in graph.nodes.items() if "\x1f" not in n and other.named and other.mentions
            and len(n.split()) >= 2 and n.split()[-1] == node.key and other.kinds.get("PERSON")
            and other.kinds.most_common(1)[0][0] == "PERSON"}
    if len(full) == 1:
        graph.union(next(iter(full)), node_id, {"alias": next(iter(node.surfaces), node.key), "why": "surname",
                                                "document": min(node.documents, default=None), "sentence": None})


def add_user_merges(graph: Graph, user: UserAliases) -> None:
    pairs = list(user.merge) + [(alias, name) for alias, name in user.canonical.items()]
    for a, b in pairs:
        ids_a, ids_b = graph.ids_of(normalize_name(a)), graph.ids_of(normalize_name(b))
        for node_id in ids_a if ids_b else []:
            graph.union(ids_b[0], node_id, {"alias": a, "why": "user_alias_file", "document": None, "sentence": f"{a} = {b}"})


def add_corpus_rules(graph: Graph) -> list[dict]:
    """Surnames, initials and group-phrase cores; returns suggestions for ambiguous cases."""
    suggestions = []
    for rule in (find_company_suffix_pairs, find_possessive_pairs, find_word_order_pairs, find_org_variant_pairs, find_place_noun_pairs, find_settlement_pairs, find_office_pairs,
                 find_title_name_pairs, find_person_variant_pairs, find_transliteration_pairs, find_spelled_out_pairs, find_state_name_pairs, find_surname_pairs, find_initials_pairs, find_short_name_pairs, find_name_prefix_pairs, find_core_keys,
                 find_national_force_pairs, find_national_police_pairs, find_national_coast_guard_pairs, find_event_pairs, find_title_initials_pairs, find_perpetrator_pairs):
        pairs, ambiguous = rule(graph)
        for a, b, why in pairs:
            if b not in graph.nodes:
                graph.add(b, b, named=False)
            surface = next(iter(graph.nodes[a].surfaces), a)
            if graph.union(b, a, {"alias": surface, "why": why, "document": None, "sentence": None}) and why == "title":
                # "DC Halla Brenner": a person named with a title, never the entity's name nor an organisation
                node = graph.nodes[a]
                node.named, node.kinds = False, Counter({"PERSON": sum(node.kinds.values())})
        suggestions.extend(ambiguous)
    return suggestions


# ---------------------------------------------------------------- build the entities

def is_judgement(node: Node) -> bool:
    """A form whose head is a loaded word ("the Vance regime", "the Oster junta": lexicons/loaded_terms.tsv): the
    writer's verdict on a body that other reports name plainly."""
    words = [w.removesuffix("'s") for w in node.key.split()]
    return bool(words) and words[-1] in load_mapping("loaded_terms.tsv")


def score_canonical(node: Node) -> tuple:
    """Names: multi-word first, then frequency, then length. Descriptions: no possessor, frequency, then brevity."""
    words = node.key.split()
    if node.named:
        return (True, len(words) >= 2, node.mentions, len(words), node.key)
    fragment = words[0] in {"pro", "anti"} and len(words) == 2  # "pro-X" alone is an adjective
    return (False, not fragment, not words[0].endswith("'s"), len(words) >= 2, node.mentions, -len(words), node.key)


def is_event_description(node: Node) -> bool:
    """A described event ("the gas leak", "the tragedy"): no name, headed by an event noun
    (lexicons/entity_event_nouns.tsv)."""
    words = node.key.split()
    return not node.named and bool(words) and words[-1] in load_event_nouns()


def judges_event(node: Node) -> bool:
    """A form by which a report judges the event ("the industrial massacre", "a natural calamity", "the worst
    mining disaster": lexicons/event_verdict_words.txt, or a loaded word) rather than says what happened."""
    verdicts = load_words("event_verdict_words.txt")
    loaded = load_mapping("loaded_terms.tsv")
    return any(w.removesuffix("'s") in verdicts or w.removesuffix("'s") in loaded for w in node.key.split())


def names_its_place(node: Node) -> bool:
    """A form with a name in it ("the Dunmore gas leak", "Tarn Valley landslide"), written in normal case by some
    report (not a headline's capitals on every word)."""
    for surface in node.surfaces:
        words = surface.split()
        if words and words[0].lower() in {"the", "a", "an", "this", "that"}:
            words = words[1:]
        if len(words) >= 2 and any(w[:1].isupper() for w in words) and not all(w[:1].isupper() for w in words):
            return True
    return False


def choose_canonical(graph: Graph, node_ids: list[str]) -> str:
    """The most frequent full form: multi-word names first, then frequency, then length. A form that judges
    ("the Vance regime") gives way to a plain one of the cluster, named or not; so does an outlet's verdict on an
    unnamed event ("the industrial massacre" → "the Dunmore gas leak", "the explosion")."""
    named = [graph.nodes[n] for n in node_ids if graph.nodes[n].surfaces and graph.nodes[n].mentions]
    written = [n for n in named if not is_headline_form(n)]
    if written and len(written) < len(named):
        named = written  # "VICTIMS OF THE COUNCIL" (a headline in capitals) gives way to a form written normally
    plain = [n for n in named if not is_judgement(n)]
    if plain and len(plain) < len(named):
        named = plain
    pool = [n for n in named if n.named] or named or [graph.nodes[n] for n in node_ids if graph.nodes[n].surfaces]
    if not pool:
        return graph.nodes[node_ids[0]].key
    if all(is_event_description(n) for n in pool):
        # an unnamed event: a plain form several reports write with its place ("the Dunmore gas leak"), else the
        # plain word the reports use most ("the explosion"), never an outlet's verdict ("the industrial massacre")
        best = max(pool, key=lambda n: (not judges_event(n), len(n.documents) >= 2 and names_its_place(n), n.mentions,
                                        score_canonical(n)))
    else:
        best = max(pool, key=score_canonical)
        people = [n for n in pool if is_person_name_node(n)]
        if people and is_office_node(best):
            best = max(people, key=score_canonical)  # 'Director of Ports' holds 'Ana Roe': the cluster is her
    if best.named:
        # "Armed Forces" / "Armed Forces of Ostland": the form that says whose, when the cluster holds it
        fuller = [n for n in pool if n.named and n.key.startswith(best.key + " of ") and not n.key.isupper()
                  and not all(s.isupper() for s in n.surfaces)]
        if fuller:
            best = max(fuller, key=lambda n: (n.mentions, -len(n.key)))
    surfaces = sorted(best.surfaces.items(), key=lambda kv: (is_shouted(kv[0], best.surfaces), -kv[1],
                                                             kv[0].lower().startswith("the "), kv[0]))
    return surfaces[0][0]


def is_office_node(node: Node) -> bool:
    """An office's name or a title before a name ('Inspector General of Police', 'Chief Minister Ana Roe'): its
    first word a title."""
    words = node.key.split()
    return bool(words) and words[0] in load_title_words()


def is_person_name_node(node: Node) -> bool:
    """A person's full name ('Ana Maria Roe'): read as a person, two words or more, no title word among them."""
    words = node.key.split()
    titles = load_title_words()
    return len(words) >= 2 and node.named and bool(node.kinds) and node.kinds.most_common(1)[0][0] == "PERSON" \
        and not any(w in titles for w in words)


def is_headline_form(node: Node) -> bool:
    """A form of three words or more only ever written in capitals ("MARCHERS FACE THE COUNCIL", "COUNCIL'S ARMED
    GUARDS"): a headline or a banner line, no name a cluster should be called by while it holds another form. A
    two-word form in capitals ("VANCE'S CABINET") may be the only one that says whose the body is, and stays."""
    return len(node.key.split()) >= 3 and all(s.isupper() for s in node.surfaces)


def is_shouted(text: str, others) -> bool:
    """An all-capitals form ("MESKAN", a headline or dateline) when the name is also written in normal case."""
    return text.isupper() and len(text.replace(".", "")) > 1 and any(not o.isupper() for o in others)


def find_shared_descriptions(graph: Graph, clusters: dict[str, list[str]]) -> dict[str, list[dict]]:
    """Descriptive aliases (titles, appositives) attached to different entities in different documents."""
    owners: dict[tuple[str, bool], set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for root, node_ids in clusters.items():
        for n in node_ids:
            if "\x1f" in n:
                node = graph.nodes[n]
                owners[(node.key, node.named)].add(root)
                shown.setdefault(node.key, node.surfaces.most_common(1)[0][0] if node.surfaces else node.key)
    out: dict[str, list[dict]] = defaultdict(list)
    titles = load_title_words()
    for (key, named), roots in owners.items():
        if len(roots) < 2 or key in titles:
            continue  # a bare rank ("Lord", "Professor") given to different people says nothing
        why = (SHARED_NAME_WHY if named else
               "same title or description given to another entity in another document; no sentence ties them")
        for root in roots:
            for other in roots - {root}:
                out[root].append({"alias": shown[key], "entity": other, "why": why})
    return out


def evidence_by_node(graph: Graph) -> dict[str, list[tuple[int, dict]]]:
    """The graph's evidence rows per node, with their position (read once, not once per entity)."""
    rows: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for k, (node_id, ev) in enumerate(graph.evidence):
        rows[node_id].append((k, ev))
    return rows


def find_prefix_titles(graph: Graph, clusters: dict[str, list[str]]) -> set[str]:
    """Nodes of a title word written only in front of one entity's name ("Governor Leyla Haddad") while another
    entity is called by that word alone ("the Governor has directed"): the word is that other entity's alias; here
    it stays evidence only."""
    called: dict[str, set[str]] = defaultdict(set)
    for root, node_ids in clusters.items():
        for n in node_ids:
            node = graph.nodes[n]
            if not node.prefix_only:
                called[node.key].add(root)
    return {n for root, node_ids in clusters.items() for n in node_ids
            if graph.nodes[n].prefix_only and called.get(graph.nodes[n].key, set()) - {root}}


def _place_before_of(alias: str) -> bool:
    """"town of Orsk", "the village of Kell": a place noun written before "of" and the name
    (``entity_place_nouns.tsv``, kind "of") says the name is a place's."""
    words = alias.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) >= 3 and words[1] == "of" and load_place_nouns().get(words[0]) == "of"


def build_entity(graph: Graph, root: str, node_ids: list[str], canonical: str,
                 by_node: dict[str, list[tuple[int, dict]]] | None = None, hidden: set[str] = frozenset()) -> Entity:
    nodes = [graph.nodes[n] for n in node_ids]
    kinds = Counter()
    for n in nodes:
        kinds.update(n.kinds)
    aliases = sorted({s for n in node_ids if n not in hidden for s in graph.nodes[n].surfaces}, key=lambda s: (s.lower(), s))
    by_node = by_node if by_node is not None else evidence_by_node(graph)
    evidence = [dict(ev) for _, ev in sorted((r for n in set(node_ids) for r in by_node.get(n, ())), key=lambda r: r[0])]
    for n in nodes:  # spelling variants of one normalised name
        first = n.surfaces.most_common(1)[0][0] if n.surfaces else None
        evidence += [{"alias": s, "why": "same_name", "document": None, "sentence": f"{s} = {first}"}
                     for s in n.surfaces if s != first]
    kind = kinds.most_common(1)[0][0] if kinds else "ORG"
    if kind == "PERSON" and any(ev.get("why") == "place_noun" for ev in evidence):
        kind = "EVENT" if kinds.get("EVENT") else "GPE"  # "Ambalpur" (read as a person) is "Ambalpur district"
    elif kind == "PERSON" and any(_place_before_of(a) for a in aliases):
        kind = "GPE"  # "Orsk" (read as a person) is "the town of Orsk"
    return Entity(
        id=record_id("entity", normalize_name(canonical)),
        name=canonical,
        kind=kind,
        aliases=aliases if canonical in aliases else [canonical] + aliases,
        documents=sorted({d for n in nodes for d in n.documents}),
        mentions=sum(n.mentions for n in nodes),
        evidence=evidence,
    )


def merge_entities(
    mentions: list[Mention],
    alias_links: list[AliasLink],
    documents: list[Document] | None = None,
    user_aliases: UserAliases | str | Path | None = None,
) -> list[Entity]:
    """Canonical entities across documents, with evidence for every merged alias."""
    if isinstance(user_aliases, (str, Path)):
        user_aliases = load_user_aliases(user_aliases)
    user = user_aliases or UserAliases()
    graph = Graph(user.never)
    alias_links = list(alias_links)
    add_mentions(graph, mentions, find_local_names(alias_links))
    add_alias_links(graph, alias_links)
    join_local_names(graph, alias_links)
    add_user_merges(graph, user)
    suggestions = add_corpus_rules(graph)
    join_titled_names(graph, alias_links)
    clusters = {r: ids for r, ids in graph.clusters().items() if any(graph.nodes[i].mentions for i in ids)}
    forced = {graph.find(n): name for a, name in user.canonical.items() for n in graph.ids_of(normalize_name(a))}
    names = {root: forced.get(root) or choose_canonical(graph, ids) for root, ids in clusters.items()}
    by_node = evidence_by_node(graph)
    hidden = find_prefix_titles(graph, clusters)
    entities = {root: build_entity(graph, root, ids, names[root], by_node, hidden) for root, ids in clusters.items()}
    attach_suggestions(graph, entities, names, suggestions, find_shared_descriptions(graph, clusters))
    return sorted(entities.values(), key=lambda e: (-e.mentions, e.name))


def attach_suggestions(graph, entities, names, corpus_suggestions, shared) -> None:
    for root, rows in shared.items():
        if root in entities:
            entities[root].suggestions.extend(
                {**row, "entity": names.get(row["entity"], row["entity"])} for row in rows if row["entity"] in names)
    for row in corpus_suggestions:
        key = row.get("alias_key")
        if key in graph.nodes and graph.find(key) in entities:
            others = sorted({names[graph.find(k)] for k in row.get("candidates", []) if k in graph.nodes and graph.find(k) in names})
            entities[graph.find(key)].suggestions.extend(
                {"alias": row["alias"], "entity": other, "why": row["why"]} for other in others if other != names[graph.find(key)])


# ---------------------------------------------------------------- other stages

def build_alias_index(entities: Iterable[Entity], document: str | None = None) -> dict[str, str]:
    """Normalised surface form → canonical name; forms claimed by two entities are left out.

    With ``document`` (a document path), the names that document itself ties to
    an entity (a surname alone, a title, an appositive) map to that entity even
    when another document uses them for another one ("Peterson").
    """
    entities = list(entities)
    index: dict[str, str] = {}
    clash: set[str] = set()
    for e in entities:
        for alias in [e.name] + list(e.aliases):
            key = normalize_name(alias)
            if not key:
                continue
            if key in index and index[key] != e.name:
                clash.add(key)
            index.setdefault(key, e.name)
    for key in clash:
        index.pop(key, None)
    if document is not None:
        local: dict[str, set[str]] = defaultdict(set)
        for e in entities:
            for ev in e.evidence:
                if ev.get("document") == document and ev.get("why") in LOCAL_EVIDENCE | DESCRIPTIVE_EVIDENCE:
                    local[normalize_name(ev.get("alias") or "")].add(e.name)
        index.update({key: next(iter(names)) for key, names in local.items() if key and len(names) == 1})
    return index


def canonicalize(name: str | None, index: dict[str, str]) -> str | None:
    """The canonical name for ``name``; titles in front of a known name are dropped ("Foreign Minister X" → X)."""
    if not name:
        return name
    key = normalize_name(name)
    if key in index:
        return index[key]
    words, raw = key.split(), name.replace("-", " ").split()
    titles = load_title_words()
    for i in range(1, len(words)):
        dropped = words[:i]
        title_before = dropped[-1] in titles
        if title_before or all(w.endswith("'s") or (j < len(raw) and raw[j][:1].islower()) for j, w in enumerate(dropped)):
            suffix = " ".join(words[i:])
            if suffix in index:
                return index[suffix]
    return name.strip()


def format_entities(entities: Iterable[Entity]) -> list[dict]:
    """Rows for ``crosscheck entities``: one per entity, aliases and evidence summarised."""
    rows = []
    for e in entities:
        why = Counter(ev.get("why") for ev in e.evidence)
        rows.append({
            "name": e.name,
            "kind": e.kind,
            "mentions": e.mentions,
            "documents": len(e.documents),
            "aliases": "; ".join(a for a in e.aliases if a != e.name),
            "evidence": ", ".join(f"{k} ×{v}" for k, v in sorted(why.items()) if k),
            "suggestions": "; ".join(f"{s.get('alias')} ~ {s.get('entity')}" for s in e.suggestions),
        })
    return rows


__all__ = [
    "UserAliases", "load_user_aliases", "merge_entities", "build_alias_index", "canonicalize",
    "format_entities", "is_descriptive_text",
]
