"""How reconciliation grows with the size of the store, on real news text.

usage: python benchmarks/reconcile_scale.py [--docs 250,500,1000] [--out FILE]

Ingests the BBC News corpus (../shared/corpora/bbc-news) in growing batches into
one SQLite store (``crosscheck add --no-reconcile``, as one would for a large
corpus), and after each batch times ``reconcile_store`` on a copy of the store:
once cold (no cached sentence vectors; models already loaded) and once again
(the re-run a user makes after adding a few reports, when quotation vectors
come from the store's cache).

The result is a ratio, measured in this one session: the time per document at
each size divided by the time per document at the smallest size. A ratio near
1.0 means reconciliation grows linearly with the store; a ratio that doubles
with the size means it grows with its square.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news" / "bbc"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", default="250,500,1000", help="store sizes, comma-separated, increasing")
    ap.add_argument("--out", type=Path, default=None, help="write the Markdown table to this file")
    a = ap.parse_args()
    sizes = [int(x) for x in a.docs.split(",")]

    from crosscheck.extract.nlp import load_nlp
    from crosscheck.ingest import ingest
    from crosscheck.reconcile.run import reconcile_store
    from crosscheck.store.db import open_store

    files = sorted(CORPUS.rglob("*.txt"))
    if len(files) < sizes[-1]:
        sys.exit(f"error: {CORPUS} has {len(files)} articles, fewer than {sizes[-1]}")
    tmp = Path(tempfile.mkdtemp(prefix="cc-scale-"))
    nlp = load_nlp()
    from crosscheck import semantic
    from crosscheck.reconcile.timeline import load_stop_words

    if semantic.is_available():  # load the optional sentence model before any timing
        semantic.encode(["warm-up"])
    load_stop_words()
    db = tmp / "store.db"
    rows = []
    done = 0
    for size in sizes:
        batch = tmp / f"batch-{size}"
        batch.mkdir()
        for f in files[done:size]:
            (batch / f"{f.parent.name}-{f.name}").write_bytes(f.read_bytes())
        store = open_store(db)
        ingest([batch], store, nlp=nlp)
        store.close()
        done = size
        copy = tmp / f"copy-{size}.db"
        shutil.copy(db, copy)
        store = open_store(copy)
        n_docs = store.count("documents")
        n_records = sum(store.count(t) for t in ("figures", "quotes", "mentions", "date_refs", "labels"))
        t = time.perf_counter()
        reconcile_store(store)
        cold = time.perf_counter() - t
        t = time.perf_counter()
        reconcile_store(store)
        warm = time.perf_counter() - t
        store.close()
        rows.append((size, n_docs, n_records, cold, warm))
        print(f"{size} articles: {n_docs} documents, {n_records} records, reconcile {cold:.1f} s, again {warm:.1f} s", flush=True)
    shutil.rmtree(tmp, ignore_errors=True)

    base_cold = rows[0][3] / rows[0][1]
    base_warm = rows[0][4] / rows[0][1]
    lines = [
        "| articles | documents | per-document records | reconcile, s per 100 documents | time per document vs. smallest | re-run, s per 100 documents | re-run vs. smallest |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, n_docs, n_records, cold, warm in rows:
        lines.append(f"| {size:,} | {n_docs:,} | {n_records:,} | {100 * cold / n_docs:.1f} | {cold / n_docs / base_cold:.2f}× "
                     f"| {100 * warm / n_docs:.1f} | {warm / n_docs / base_warm:.2f}× |")
    table = "\n".join(lines)
    print(table)
    if a.out:
        a.out.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
