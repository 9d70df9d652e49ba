"""Entity merging on ECB+: are mentions that the annotators chained across
documents put in one entity, and only those?

usage: python benchmarks/ecbplus_aliases.py [--corpus ../shared/corpora/ecbplus] [--topics N]

For every topic (ECB+ groups news about two events of the same type per
topic), each document's text is rebuilt from its tokens, mentions and alias
links are extracted with ``extract_mentions`` and merged over the topic with
``merge_entities``. Gold: participant and location mentions (HUMAN_PART_*,
LOC_*) in the annotated sentences that belong to a cross-document chain.

A gold mention is *found* when an extracted mention covers its last token
(the head in English noun phrases). For every pair of found gold mentions in
two different documents of a topic: gold says same entity when their chain
ids are equal; the prediction says so when the two extracted mentions map to
the same merged entity. Pairwise precision and recall over those pairs are
printed per mention class, next to a baseline that only merges identical
normalised strings. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from crosscheck.extract.context import DocContext  # noqa: E402
from crosscheck.extract.entities import extract_mentions, normalize_name  # noqa: E402
from crosscheck.extract.nlp import load_nlp  # noqa: E402
from crosscheck.reconcile.aliases import build_alias_index, merge_entities  # noqa: E402

CLASSES = {
    "HUMAN_PART_PER": "person", "HUMAN_PART_ORG": "organisation", "HUMAN_PART_GPE": "place or people",
    "HUMAN_PART_MET": "group", "HUMAN_PART_GENERIC": "group", "HUMAN_PART_NON_HUMAN": "group",
    "HUMAN_PART_VEH": "group", "LOC_GEO": "place or people", "LOC_FAC": "facility", "LOC_OTHER": "place or people",
}


def read_docs(corpus: Path) -> dict[str, dict]:
    """Each document: topic, text rebuilt from its tokens, and token id → character span."""
    docs = {}
    with (corpus / "ecbplus_docs.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text, spans, token_id = [], {}, 1
            offset = 0
            for sentence in row["sentences"]:
                for token in sentence.split(" "):
                    spans[token_id] = (offset, offset + len(token))
                    text.append(token)
                    offset += len(token) + 1
                    token_id += 1
                text[-1] += "\n" if text else ""
            docs[row["doc"]] = {"topic": row["topic"], "text": " ".join(text).replace("\n ", "\n"), "spans": spans}
    return docs


def read_gold(corpus: Path, docs: dict[str, dict]) -> list[dict]:
    """Cross-document chained participant and location mentions in the annotated sentences."""
    out = []
    for path in sorted((corpus / "mentions").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                m = json.loads(line)
                if m["tag"] not in CLASSES or m["coref_kind"] != "cross" or not m["in_selected_sentence"]:
                    continue
                doc = docs.get(m["doc"])
                if doc is None or not m["token_ids"]:
                    continue
                first, last = doc["spans"].get(min(m["token_ids"])), doc["spans"].get(max(m["token_ids"]))
                if first and last:
                    out.append({**m, "start": first[0], "end": last[1], "head": last})
    return out


def find_cover(gold: dict, mentions: list) -> object | None:
    """The extracted mention that covers the gold mention's last token (largest overlap first)."""
    head_start, head_end = gold["head"]
    covering = [m for m in mentions if m.char_start <= head_start and head_end <= m.char_end]
    if not covering:
        return None
    return max(covering, key=lambda m: min(m.char_end, gold["end"]) - max(m.char_start, gold["start"]))


def score_pairs(found: list[tuple[dict, str, str]]) -> dict[str, dict[str, int]]:
    """Pair counts per class: found = (gold mention, merged entity, normalised string)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_topic = defaultdict(list)
    for item in found:
        by_topic[item[0]["topic"]].append(item)
    for items in by_topic.values():
        for (g1, e1, s1), (g2, e2, s2) in itertools.combinations(items, 2):
            if g1["doc"] == g2["doc"]:
                continue
            gold_same = g1["coref_id"] == g2["coref_id"]
            classes = {CLASSES[g1["tag"]], CLASSES[g2["tag"]]}
            for cls in ({"all"} | (classes if len(classes) == 1 else set())):
                c = counts[cls]
                c["gold"] += gold_same
                c["merge"] += e1 == e2
                c["merge_hit"] += e1 == e2 and gold_same
                c["string"] += s1 == s2
                c["string_hit"] += s1 == s2 and gold_same
    return counts


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def f1(p: str, r: str) -> str:
    if "-" in (p, r) or float(p) + float(r) == 0:
        return "-"
    return f"{2 * float(p) * float(r) / (float(p) + float(r)):.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "ecbplus"))
    ap.add_argument("--topics", type=int, default=0, help="only the first N topics (0 = all)")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    t0 = time.time()
    docs = read_docs(corpus)
    topics = sorted({d["topic"] for d in docs.values()})
    if args.topics:
        topics = topics[:args.topics]
        docs = {k: v for k, v in docs.items() if v["topic"] in topics}
    gold = read_gold(corpus, docs)
    nlp = load_nlp()
    names = list(docs)
    mentions_of, found = {}, []
    all_mentions = defaultdict(list)
    all_links = defaultdict(list)
    for name, parsed in zip(names, nlp.pipe((docs[n]["text"] for n in names), batch_size=32)):
        mentions, links = extract_mentions(parsed, DocContext(name, name))
        mentions_of[name] = mentions
        all_mentions[docs[name]["topic"]] += mentions
        all_links[docs[name]["topic"]] += links
    entity_of = {}
    for topic in topics:
        entities = merge_entities(all_mentions[topic], all_links[topic], [])
        by_document = defaultdict(list)
        for m in all_mentions[topic]:
            by_document[m.document].append(m)
        for document, mentions in by_document.items():
            index = build_alias_index(entities, document)  # a surname alone means whom its own document says
            for m in mentions:
                entity_of[m.id] = index.get(normalize_name(m.text), "\x00" + normalize_name(m.text))
    total_gold = len(gold)
    for g in gold:
        m = find_cover(g, mentions_of.get(g["doc"], []))
        if m is not None:
            found.append((g, entity_of[m.id], normalize_name(m.text)))
    counts = score_pairs(found)
    print(f"ECB+ entity merging: {len(topics)} topics, {len(docs)} documents, {total_gold} chained gold mentions, "
          f"{len(found)} found by an extracted mention ({ratio(len(found), total_gold)}); {time.time() - t0:.0f}s\n")
    print("| mentions | gold cross-doc pairs | merge P | merge R | merge F1 | same-string P | same-string R | same-string F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for cls in ["all", "person", "organisation", "place or people", "facility", "group"]:
        c = counts.get(cls)
        if not c:
            continue
        mp, mr = ratio(c["merge_hit"], c["merge"]), ratio(c["merge_hit"], c["gold"])
        sp, sr = ratio(c["string_hit"], c["string"]), ratio(c["string_hit"], c["gold"])
        print(f"| {cls} | {c['gold']} | {mp} | {mr} | {f1(mp, mr)} | {sp} | {sr} | {f1(sp, sr)} |")


if __name__ == "__main__":
    main()
