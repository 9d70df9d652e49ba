"""The same reports give the same export, run after run.

Analysts diff two exports to see what changed between runs; that only works when a run over the same
input writes the same bytes. Python salts string hashes per process (``PYTHONHASHSEED``), so any
output that follows the iteration order of a set would differ between two processes: the two runs
below use different seeds on purpose.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _export(corpus: Path, work: Path, seed: str) -> bytes:
    cli = [sys.executable, "-m", "crosscheck"]
    env = {k: v for k, v in os.environ.items() if k != "CROSSCHECK_LEXICONS"}
    env["PYTHONHASHSEED"] = seed
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src")] + [p for p in [os.environ.get("PYTHONPATH")] if p])
    db, out = work / f"run{seed}.db", work / f"run{seed}.jsonl"
    for args in (["add", str(corpus), "--db", str(db)], ["export", "--db", str(db), "-o", str(out)]):
        proc = subprocess.run(cli + args, capture_output=True, text=True, env=env, timeout=900)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return out.read_bytes()


@pytest.mark.slow
def test_two_runs_over_the_same_reports_write_the_same_export(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # the demo corpus (every reader) and one six-report set with merged people, titles and surnames
    for path in sorted((ROOT / "demo").iterdir()):
        if path.name != "README.md":
            shutil.copy(path, corpus / path.name)
    for path in sorted((ROOT / "tests" / "fixtures" / "blind_communal").glob("*.txt")):
        shutil.copy(path, corpus / path.name)
    first, second = _export(corpus, tmp_path, "1"), _export(corpus, tmp_path, "2")
    assert first.count(b"\n") > 100
    assert first == second
