"""The whole command line on PostgreSQL: same records as on SQLite."""
import json
import uuid

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app


@pytest.fixture
def pg_database(postgres_dsn):
    import psycopg

    name = f"cc_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield " ".join(p for p in postgres_dsn.split() if not p.startswith("dbname=")) + f" dbname={name}"
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def export_rows(db, tmp_path, name):
    out = tmp_path / name
    res = CliRunner().invoke(app, ["export", "--db", str(db), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return sorted(json.dumps(json.loads(line), sort_keys=True) for line in out.read_text().splitlines())


def test_postgres_cli_matches_sqlite(tmp_path, pg_database):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("date 2026-04-01\n\nAt least 12 people were killed in the floods, the Hill Rescue Agency (HRA) said on Tuesday.\n")
    (corpus / "b.txt").write_text("date 2026-04-03\n\nThe death toll rose to 27, the HRA said. \u201cWe are still searching,\u201d said agency chief Rosa Imre.\n")
    runner = CliRunner()
    res = runner.invoke(app, ["add", str(corpus), "--db", pg_database])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["add", str(corpus), "--db", pg_database])
    assert "unchanged" in res.output
    sqlite_db = tmp_path / "s.db"
    assert runner.invoke(app, ["add", str(corpus), "--db", str(sqlite_db)]).exit_code == 0
    pg_rows, sqlite_rows = export_rows(pg_database, tmp_path, "pg.jsonl"), export_rows(sqlite_db, tmp_path, "sq.jsonl")
    assert any('"type": "figure"' in r and '"value": 27.0' in r for r in pg_rows)
    assert pg_rows == sqlite_rows
