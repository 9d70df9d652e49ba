"""Extraction on a real local Dask cluster gives the same records as in-process extraction."""
import json

from typer.testing import CliRunner

from crosscheck.cli import app


def dump(db, tmp_path, name):
    out = tmp_path / name
    res = CliRunner().invoke(app, ["export", "--db", str(db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


def test_scale_dask_matches_local(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(5):
        (corpus / f"r{i}.txt").write_text(f"date 2026-04-0{i + 1}\n\nAt least {10 + i} people were killed in the floods, the agency said on Monday.\n")
    runner = CliRunner()
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    assert runner.invoke(app, ["add", str(corpus), "--db", str(local)]).exit_code == 0
    res = runner.invoke(app, ["add", str(corpus), "--db", str(dask), "--workers", "2", "--batch-size", "2"])
    assert res.exit_code == 0, res.output
    a, b = dump(local, tmp_path, "a.jsonl"), dump(dask, tmp_path, "b.jsonl")
    assert len(a) >= 5
    # paths and timestamps are identical; every record must match
    assert a == b
