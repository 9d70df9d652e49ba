"""Integration: the five seed reports through the CLI, scored against their gold annotation."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app


@pytest.fixture(scope="session")
def seeds_export(shared, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds")
    db, out = tmp / "s.db", tmp / "out.jsonl"
    runner = CliRunner()
    res = runner.invoke(app, ["add", str(shared / "seeds"), "--db", str(db)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["export", "--db", str(db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


def score(shared, export, *bounds):
    cmd = [sys.executable, str(shared / "tools" / "score.py"), str(shared / "gold" / "seeds.jsonl"), str(export), "--json"]
    for b in bounds:
        cmd += ["--min", b] if not b.startswith("max:") else ["--max", b[4:]]
    res = subprocess.run(cmd, capture_output=True, text=True)
    metrics = json.loads(res.stdout[: res.stdout.rindex("}") + 1])
    return res.returncode, metrics, res.stdout


def test_seeds_documents(shared, seeds_export):
    code, m, out = score(shared, seeds_export, "document.found=1.0", "document.published_acc=1.0", "document.outlet_acc=1.0")
    assert code == 0, out
