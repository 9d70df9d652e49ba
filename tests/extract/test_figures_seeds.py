"""Accuracy gate: figures extracted from the five development reports, scored against gold.

Floors only rise. The bars asked for were f1 0.85, source_acc 0.85, qualifier_acc 0.9,
period_start_acc 0.7; measured when pinned: f1 1.0, source_acc 1.0, qualifier_acc 1.0,
period_start_acc 0.955 with text-inferred dates, 0.909 without (precision 1.0). The floors sit a little under what was measured.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import subprocess
import sys

import pytest

from crosscheck.extract.context import DocContext
from crosscheck.extract.dates import infer_document_date
from crosscheck.extract.figures import extract_figures

FLOORS = {
    "figure.f1": 0.95,
    "figure.precision": 0.95,
    "figure.source_acc": 0.95,
    "figure.qualifier_acc": 0.95,
    "figure.period_start_acc": 0.85,
}


@dataclasses.dataclass(slots=True, frozen=True)
class SeedContext(DocContext):
    """DocContext plus how the date was found (the pipeline marks text-inferred dates)."""

    published_from: str | None = None


def _context_for(path, text: str) -> SeedContext:
    m = re.match(r"date\s+(\d{4}-\d{2}-\d{2})", text)
    if m:
        return SeedContext(path.name, str(path), dt.date.fromisoformat(m.group(1)), published_from="text")
    inferred = infer_document_date(text)
    if inferred:
        return SeedContext(path.name, str(path), dt.date.fromisoformat(inferred), published_from="inferred")
    return SeedContext(path.name, str(path), None)


@pytest.fixture(scope="module")
def seed_export(shared, nlp, tmp_path_factory):
    paths = sorted((shared / "seeds").glob("*.txt"))
    assert paths, "no seeds in ../shared/seeds"
    out = tmp_path_factory.mktemp("figures") / "figures.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for path in paths:
            text = path.read_text(encoding="utf-8").strip()
            for figure in extract_figures(nlp(text), _context_for(path, text)):
                fh.write(json.dumps(figure.export_dict()) + "\n")
    return out


def test_figures_seeds_meet_floors(shared, seed_export):
    args = [sys.executable, str(shared / "tools" / "score.py"), str(shared / "gold" / "seeds.jsonl"),
            str(seed_export), "--json"]
    for metric, floor in FLOORS.items():
        args += ["--min", f"{metric}={floor}"]
    result = subprocess.run(args, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_figures_seeds_records_are_exportable(seed_export):
    rows = [json.loads(line) for line in seed_export.read_text(encoding="utf-8").splitlines()]
    assert rows and all(r["type"] == "figure" and r["qualifier"] and r["measure"] for r in rows)
    assert all(r["sentence"] and r["document"] for r in rows)
