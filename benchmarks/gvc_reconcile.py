"""Reconciliation on the Gun Violence Corpus: does the reconciled toll of an
incident's articles equal the incident's final count?

usage: python benchmarks/gvc_reconcile.py [--corpus ../shared/corpora/gvc] [--split all|train|dev|test] [--limit N]

For every incident (GVA incident id), the articles about it are parsed,
figures and date references are extracted per article, and the figures of
all its articles are reconciled with ``group_quantities``. The incident's
killed (injured) prediction is read from its main killed (injured) quantity:
the top-level quantity (no parent) cited by the most reports, ties broken by
the larger best value. An incident with no killed (injured) figure is read as
0. Gold: ``gold_incident.num_killed`` / ``num_injured`` from the Gun Violence
Archive. Prints a Markdown table.

Articles often name victims without a number ("a man was shot and killed"),
which has a count of 1 but no figure: the `any figure` row is the ceiling
that extraction leaves to reconciliation (some article's figure equals gold).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from crosscheck.extract.context import DocContext  # noqa: E402
from crosscheck.extract.dates import extract_date_refs  # noqa: E402
from crosscheck.extract.figures import extract_figures  # noqa: E402
from crosscheck.extract.nlp import load_nlp  # noqa: E402
from crosscheck.records import Document  # noqa: E402
from crosscheck.reconcile.quantities import group_quantities  # noqa: E402

MEASURES = ("killed", "injured")


def read_incidents(corpus: Path, split: str, limit: int | None) -> dict[str, list[dict]]:
    rows = [json.loads(line) for line in (corpus / "gvc_docs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    incidents: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if split == "all" or r["split"] == split:
            incidents[r["event_id"]].append(r)
    ids = sorted(incidents)[:limit] if limit else sorted(incidents)
    return {i: incidents[i] for i in ids}


def parse_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def extract_incident(nlp, articles: list[dict]) -> tuple[list[Document], list]:
    documents, figures = [], []
    texts = [f"{a['title']}\n\n{a['content']}" if a.get("title") else a["content"] for a in articles]
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=16)):
        published = parse_date(article.get("dct"))
        document = Document(id=article["doc_id"], path=article["doc_id"], text=doc.text,
                            published=published.isoformat() if published else None,
                            published_from="metadata" if published else None)
        ctx = DocContext(document.id, document.path, published)
        figures += extract_figures(doc, ctx, extract_date_refs(doc, ctx))
        documents.append(document)
    return documents, figures


def main_quantity(quantities, measure: str):
    roots = [q for q in quantities if q.measure == measure and q.parent is None]
    if not roots:
        return None
    return max(roots, key=lambda q: (len({e["document"] for e in q.series}), q.best or 0))


def as_count(x) -> int:
    return int(x) if x is not None else 0


def run(corpus: Path, split: str, limit: int | None, show_misses: bool = False) -> dict:
    nlp = load_nlp()
    incidents = read_incidents(corpus, split, limit)
    started = time.perf_counter()
    hits = {m: defaultdict(int) for m in MEASURES}
    for articles in incidents.values():
        gold = articles[0]["gold_incident"]
        documents, figures = extract_incident(nlp, articles)
        quantities = group_quantities(figures, documents)
        for m in MEASURES:
            truth = int(gold[f"num_{m}"])
            q = main_quantity(quantities, m)
            best, high = (as_count(q.best if q.best is not None else q.low), as_count(q.high)) if q else (0, 0)
            stated = {as_count(f.value) for f in figures if f.measure == m and f.value is not None}
            hits[m]["best"] += best == truth
            hits[m]["high"] += high == truth
            hits[m]["best_or_high"] += truth in (best, high)
            hits[m]["any_figure"] += truth in stated or (truth == 0 and not stated)
            hits[m]["has_figure"] += q is not None
            if show_misses and truth in stated and truth not in (best, high):
                print(f"miss {m}: incident {articles[0]['event_id']} gold {truth} best {best} high {high} "
                      f"stated {sorted(stated)} quantity {q.label if q else None!r}", file=sys.stderr)
    return {"n": len(incidents), "seconds": time.perf_counter() - started, "hits": hits}


def print_table(result: dict, split: str) -> None:
    n = result["n"]
    print(f"GVC {split}: {n} incidents, {result['seconds']:.0f} s\n")
    print("| reading | killed acc | injured acc |")
    print("|---|---|---|")
    labels = [("best", "reconciled best"), ("high", "reconciled high"), ("best_or_high", "best or high"),
              ("any_figure", "any figure (ceiling)"), ("has_figure", "incidents with a figure")]
    for key, label in labels:
        k, i = result["hits"]["killed"][key], result["hits"]["injured"][key]
        print(f"| {label} | {k / n:.3f} ({k}/{n}) | {i / n:.3f} ({i}/{n}) |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "gvc")
    ap.add_argument("--split", default="all", choices=["all", "train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=None, help="first N incidents (by id)")
    ap.add_argument("--show-misses", action="store_true",
                    help="list on stderr the incidents where some article states the gold count but the reconciled values miss it")
    a = ap.parse_args()
    print_table(run(a.corpus, a.split, a.limit, a.show_misses), a.split)


if __name__ == "__main__":
    main()
