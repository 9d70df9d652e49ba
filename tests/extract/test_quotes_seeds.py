"""Quotes over the five development reports, scored against the shared gold.

Fails (does not skip) when ../shared is missing.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.nlp import load_nlp
from crosscheck.extract.quotes import extract_quotes
from crosscheck.records import content_hash
from crosscheck.reconcile.quote_matching import cluster_quotes

SHARED = Path("/work/shared")
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.jsonl"
SCORER = SHARED / "tools" / "score.py"
BARS = ["quote.f1=0.8", "quote.speaker_acc=0.8", "quote.cluster_recall=0.5"]


@pytest.fixture(scope="module")
def seed_quotes():
    files = sorted(SEEDS.glob("*.txt"))
    assert files, f"no seed reports in {SEEDS}"
    nlp = load_nlp()
    quotes = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        ctx = DocContext(document_id=content_hash(text), path=path.name)
        quotes += extract_quotes(nlp(text), ctx)
    return cluster_quotes(quotes)


def test_quotes_seeds_meet_scorer_bars(seed_quotes, tmp_path):
    assert GOLD.exists() and SCORER.exists()
    out = tmp_path / "quotes.jsonl"
    out.write_text("".join(json.dumps(q.export_dict(), ensure_ascii=False) + "\n" for q in seed_quotes),
                   encoding="utf-8")
    args = [sys.executable, str(SCORER), str(GOLD), str(out)]
    for bar in BARS:
        args += ["--min", bar]
    result = subprocess.run(args, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_quotes_seeds_offsets_match_text(seed_quotes):
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for q in seed_quotes:
        text = texts[q.document]
        assert q.text.split()[0] in text[q.char_start:q.char_end]
        assert q.sentence in text
        assert q.cluster is not None
