"""Integration: the whole pipeline on the development seeds, scored for reconciliation.

Runs ``crosscheck add`` and ``crosscheck export`` over /work/shared/seeds into
a temporary database and scores the export with the shared scorer. Fails
(never skips) when the shared folder is missing.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# ../shared beside the checkout, or where CROSSCHECK_SHARED says (as in tests/conftest.py)
SHARED = Path(os.environ.get("CROSSCHECK_SHARED", Path(__file__).resolve().parents[3] / "shared"))
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.jsonl"
SCORER = SHARED / "tools" / "score.py"
BOUNDS = ["--min", "conflict.recall=0.6", "--min", "event.recall=0.6", "--max", "conflict.updates_flagged=0"]


def cli() -> list[str]:
    script = Path(sys.executable).with_name("crosscheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "crosscheck"]


def run(args: list[str]) -> subprocess.CompletedProcess:
    proc = subprocess.run(args, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    assert SEEDS.is_dir() and GOLD.is_file() and SCORER.is_file(), f"shared folder missing under {SHARED}"
    tmp = tmp_path_factory.mktemp("seeds")
    db, out = tmp / "seeds.db", tmp / "export.jsonl"
    run(cli() + ["add", str(SEEDS), "--db", str(db)])
    run(cli() + ["export", "--db", str(db), "-o", str(out)])
    return out


@pytest.mark.slow
def test_reconcile_seeds_meet_conflict_and_event_bounds(export):
    proc = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(export), *BOUNDS],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_reconcile_seeds_every_conflict_names_two_exported_figures(export):
    records = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines() if line.strip()]
    figures = {r["id"] for r in records if r["type"] == "figure"}
    conflicts = [r for r in records if r["type"] == "conflict"]
    assert conflicts, "no conflict exported"
    for c in conflicts:
        assert len(set(c["figures"]) & figures) >= 2
        assert c["explanation"].strip()


@pytest.mark.slow
def test_reconcile_seeds_quantity_series_are_in_report_order(export):
    records = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines() if line.strip()]
    quantities = [r for r in records if r["type"] == "quantity"]
    assert quantities
    for q in quantities:
        dates = [e["date"] for e in q["series"]]
        dated = [d for d in dates if d]
        assert dated == sorted(dated)
        assert dates[:len(dated)] == dated, "undated entries must come last"
