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
OTHER_EVENTS = Path(__file__).resolve().parents[1] / "fixtures" / "other_events"


def extract_folder(folder: Path):
    files = sorted(folder.glob("*.txt"))
    assert files, f"no reports in {folder}"
    nlp = load_nlp()
    quotes = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        ctx = DocContext(document_id=content_hash(text), path=path.name)
        quotes += extract_quotes(nlp(text), ctx)
    return cluster_quotes(quotes)


def run_scorer(gold: Path, quotes, tmp_path, bars):
    assert gold.exists() and SCORER.exists()
    out = tmp_path / "quotes.jsonl"
    out.write_text("".join(json.dumps(q.export_dict(), ensure_ascii=False) + "\n" for q in quotes),
                   encoding="utf-8")
    args = [sys.executable, str(SCORER), str(gold), str(out)]
    for bar in bars:
        args += ["--min", bar]
    return subprocess.run(args, capture_output=True, text=True)


@pytest.fixture(scope="module")
def seed_quotes():
    return extract_folder(SEEDS)


def test_quotes_seeds_meet_scorer_bars(seed_quotes, tmp_path):
    result = run_scorer(GOLD, seed_quotes, tmp_path, BARS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_quotes_other_events_fixture_meets_scorer_bars(tmp_path):
    """Three invented events (quake, shooting, ferry) written by the project: other styles, other names."""
    quotes = extract_folder(OTHER_EVENTS)
    result = run_scorer(OTHER_EVENTS / "gold.jsonl", quotes, tmp_path, BARS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_quotes_seeds_offsets_match_text(seed_quotes):
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for q in seed_quotes:
        text = texts[q.document]
        assert q.text.split()[0] in text[q.char_start:q.char_end]
        assert q.sentence in text
        assert q.cluster is not None
