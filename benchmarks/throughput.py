"""Throughput and memory of crosscheck on real news text, as ratios to spaCy alone.

usage: python benchmarks/throughput.py [--docs N] [--workers W] [--out docs/performance.md]

Reads N articles of the BBC News corpus (../shared/corpora/bbc-news), then, in
this one process and session:

1. baseline: spaCy's ``nlp.pipe`` over the texts (the parse every extractor needs);
2. extract: ``extract_documents`` (parse + every extractor), no storage;
3. ingest: ``crosscheck add`` as a library call into a fresh SQLite file
   (read, clean, extract, store) and ``reconcile_store``;
4. dask: the same ingest with extraction on a local Dask cluster of W workers.

Reports words per second and the ratio of each to the baseline, and the peak
resident memory of this process. Ratios, not seconds, are the result: they
hold across machines of different speed.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news" / "bbc"


def load_articles(n: int) -> list[Path]:
    files = sorted(CORPUS.rglob("*.txt"))
    if not files:
        sys.exit(f"error: no articles under {CORPUS}")
    step = max(1, len(files) // n)
    return files[::step][:n]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=None, help="write the Markdown table to this file")
    a = ap.parse_args()

    from crosscheck.extract.nlp import load_nlp
    from crosscheck.extract.pipeline import extract_documents
    from crosscheck.ingest import ingest, read_documents
    from crosscheck.reconcile.run import reconcile_store
    from crosscheck.store.db import open_store

    files = load_articles(a.docs)
    tmp = Path(tempfile.mkdtemp(prefix="cc-bench-"))
    corpus = tmp / "corpus"
    corpus.mkdir()
    for f in files:
        (corpus / f"{f.parent.name}-{f.name}").write_bytes(f.read_bytes())
    docs = [p.document for p in read_documents([corpus])]
    words = sum(d.words for d in docs)
    nlp = load_nlp()
    nlp(docs[0].text)  # warm up

    rows = []
    t = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=32):
        pass
    base = time.perf_counter() - t
    rows.append(("spaCy nlp.pipe (baseline)", base))

    t = time.perf_counter()
    n_fig = sum(len(ex.figures) for ex in extract_documents(docs, nlp=nlp))
    rows.append(("extract_documents (parse + extractors)", time.perf_counter() - t))

    t = time.perf_counter()
    store = open_store(tmp / "a.db")
    ingest([corpus], store, nlp=nlp)
    reconcile_store(store)
    rows.append(("ingest to SQLite + reconcile", time.perf_counter() - t))
    store.close()

    if a.workers:
        t = time.perf_counter()
        store = open_store(tmp / "b.db")
        ingest([corpus], store, workers=a.workers)
        reconcile_store(store)
        rows.append((f"ingest on Dask ({a.workers} workers) + reconcile", time.perf_counter() - t))
        store.close()
    shutil.rmtree(tmp, ignore_errors=True)

    lines = [
        f"{len(docs)} BBC News articles, {words:,} words, {n_fig} figures; peak memory {peak_rss_mb():.0f} MB.",
        "",
        "| step | words/s | time vs. baseline |",
        "|---|---:|---:|",
    ]
    for name, secs in rows:
        lines.append(f"| {name} | {words / secs:,.0f} | {secs / base:.2f}× |")
    table = "\n".join(lines)
    print(table)
    if a.out:
        a.out.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
