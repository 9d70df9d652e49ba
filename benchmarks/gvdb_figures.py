"""Figures on the Gun Violence Database (dev split): does an article's largest killed / injured
figure equal the number of killed / injured victims its annotators listed?

usage: python benchmarks/gvdb_figures.py [--corpus ../shared/corpora/gvdb] [--limit N]

Prints a Markdown table. GVDB counts come from per-victim entries (noisy, and an
article that names one victim without a number — "a man was shot dead" — has a
count of 1 but no figure), so this is a number to improve, not a threshold.
An article with no killed (injured) figure is read as 0 killed (injured).
The second row turns on ``count_single_victims`` ("a man was shot dead" → 1 killed).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from crosscheck.extract.context import DocContext  # noqa: E402
from crosscheck.extract.figures import extract_figures  # noqa: E402
from crosscheck.extract.nlp import load_nlp  # noqa: E402


def read_articles(corpus: Path, limit: int | None) -> list[dict]:
    path = corpus / "gvdb_casualties_dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def largest(figures, measure: str) -> int:
    """The largest stated count of a measure (a vague count by its low bound); 0 when none."""
    values = [f.value if f.value is not None else f.low for f in figures if f.measure == measure]
    values = [v for v in values if v is not None]
    return int(max(values)) if values else 0


def published_date(row: dict) -> dt.date | None:
    try:
        return dt.date.fromisoformat(row.get("date") or "")
    except ValueError:
        return None


def run(corpus: Path, limit: int | None, count_single_victims: bool = False) -> dict:
    nlp = load_nlp()
    rows = read_articles(corpus, limit)
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parsed = time.perf_counter()
    killed_ok = injured_ok = both_ok = 0
    for row, doc in zip(rows, docs):
        ctx = DocContext(row["article_id"], row.get("url") or row["article_id"], published_date(row))
        figures = extract_figures(doc, ctx, count_single_victims=count_single_victims)
        k = largest(figures, "killed") == row["n_victims_killed"]
        i = largest(figures, "injured") == row["n_victims_injured_not_killed"]
        killed_ok += k
        injured_ok += i
        both_ok += k and i
    finished = time.perf_counter()
    n = len(rows)
    return {
        "setting": "count_single_victims" if count_single_victims else "default",
        "n": n, "words": words,
        "killed_acc": killed_ok / n, "injured_acc": injured_ok / n, "both_acc": both_ok / n,
        "words_per_s_total": words / (finished - started),
        "words_per_s_figures": words / (finished - parsed),
    }


def format_table(rows: list[dict]) -> str:
    lines = [
        "| extract_figures | articles | words | killed acc | injured acc | both acc | words/s (parse + figures) "
        "| words/s (figures only) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for m in rows:
        lines.append(
            f"| {m['setting']} | {m['n']} | {m['words']} | {m['killed_acc']:.3f} | {m['injured_acc']:.3f} "
            f"| {m['both_acc']:.3f} | {m['words_per_s_total']:,.0f} | {m['words_per_s_figures']:,.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "gvdb")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not (args.corpus / "gvdb_casualties_dev.jsonl").exists():
        print(f"missing {args.corpus}/gvdb_casualties_dev.jsonl", file=sys.stderr)
        return 1
    rows = [run(args.corpus, args.limit), run(args.corpus, args.limit, count_single_victims=True)]
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
