"""The command line, run as a newcomer would: real files, real model, real SQLite."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

runner = CliRunner()


def run(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "one.txt").write_text("date 2026-04-03\n\nAt least 12 people were killed when the dam failed on Tuesday, the agency said.\n")
    (d / "two.txt").write_text("RIVERTON, April 4, 2026 (Wirepress) – The death toll rose to 27 on Wednesday, officials said.\n")
    return d


def test_cli_help_on_every_command():
    for cmd in ([], ["add"], ["export"], ["report"], ["reconcile"], ["entities"]):
        res = run(*cmd, "--help")
        assert res.exit_code == 0, res.output
        assert "Usage" in res.output


def test_cli_add_export_roundtrip_and_idempotent(tmp_path, corpus):
    db = tmp_path / "c.db"
    res = run("add", corpus, "--db", db)
    assert res.exit_code == 0, res.output
    assert "Added 2 document" in res.output
    res = run("add", corpus, "--db", db)
    assert res.exit_code == 0
    assert "unchanged" in res.output and "Added 0 document" in res.output
    out = tmp_path / "out.jsonl"
    assert run("export", "--db", db, "-o", out).exit_code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    docs = {r["path"].split("/")[-1]: r for r in rows if r["type"] == "document"}
    assert docs["one.txt"]["published"] == "2026-04-03" and docs["one.txt"]["published_from"] == "text"
    assert docs["two.txt"]["outlet"] == "Wirepress" and docs["two.txt"]["published"] == "2026-04-04"
    assert all("text" not in r for r in rows if r["type"] == "document")


def test_cli_db_from_environment(tmp_path, corpus):
    db = tmp_path / "env.db"
    res = run("add", corpus / "one.txt", env={"CROSSCHECK_DB": str(db)})
    assert res.exit_code == 0, res.output
    assert db.exists()


def test_cli_bad_input_named_rest_stored_exit_nonzero(tmp_path, corpus):
    (corpus / "empty.txt").write_text("")
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02\x03garbage")
    (corpus / "lines.jsonl").write_text('{"text": "Three people were injured in the blast."}\n{oops\n')
    db = tmp_path / "c.db"
    res = run("add", corpus, "--db", db, "--no-reconcile")
    assert res.exit_code == 1
    errors = [line for line in res.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("empty.txt" in e for e in errors) and any("bin.txt" in e for e in errors) and any("lines.jsonl:2" in e for e in errors)
    out = tmp_path / "o.jsonl"
    run("export", "--db", db, "-o", out, "--type", "document")
    assert len(out.read_text().splitlines()) == 3


def test_cli_missing_path_fails(tmp_path):
    res = run("add", tmp_path / "nope", "--db", tmp_path / "x.db")
    assert res.exit_code == 1 and "nope" in res.output


def test_cli_export_csv_and_report(tmp_path, corpus):
    db = tmp_path / "c.db"
    run("add", corpus, "--db", db)
    folder = tmp_path / "csv"
    assert run("export", "--db", db, "--format", "csv", "-o", folder).exit_code == 0
    assert (folder / "documents.csv").read_text().startswith("type,id,path")
    html = tmp_path / "r.html"
    md = tmp_path / "r.md"
    assert run("report", "--db", db, "-o", html).exit_code == 0
    assert run("report", "--db", db, "-o", md, "--format", "md").exit_code == 0
    assert "<h2 id=\"documents\">Documents (2)</h2>" in html.read_text()
    assert "| one.txt |" in md.read_text()
    assert run("export", "--db", db, "--format", "xml").exit_code == 2


def test_cli_console_script_runs(tmp_path):
    res = subprocess.run([sys.executable, "-m", "crosscheck", "--version"], capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout.startswith("crosscheck ")


def test_cli_alias_file_beside_database_applied_on_every_run(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("date 2026-04-03\n\nThe Harbour Rescue Service said 12 people drowned. Harbour Rescue Service divers searched overnight.\n")
    (d / "b.txt").write_text("date 2026-04-04\n\nThe Coastal Lifeboat Crew said 14 people drowned. Coastal Lifeboat Crew boats returned to port.\n")
    db = tmp_path / "c.db"
    (tmp_path / "aliases.yaml").write_text("merge:\n  - [Harbour Rescue Service, Coastal Lifeboat Crew]\n")
    res = run("add", d, "--db", db)
    assert res.exit_code == 0, res.output
    assert "aliases.yaml" in res.output
    out = tmp_path / "e.jsonl"
    run("export", "--db", db, "-o", out, "--type", "entity")
    ents = [json.loads(line) for line in out.read_text().splitlines()]
    merged = [e for e in ents if {"Harbour Rescue Service", "Coastal Lifeboat Crew"} <= set(e["aliases"])]
    assert len(merged) == 1
    assert any(ev.get("why") and "user" in str(ev.get("why")).lower() for ev in merged[0]["evidence"])
    (tmp_path / "aliases.yaml").unlink()
    assert run("reconcile", "--db", db).exit_code == 0
    run("export", "--db", db, "-o", out, "--type", "entity")
    ents = [json.loads(line) for line in out.read_text().splitlines()]
    assert not [e for e in ents if {"Harbour Rescue Service", "Coastal Lifeboat Crew"} <= set(e["aliases"])]
    assert run("reconcile", "--db", db, "--aliases", tmp_path / "missing.yaml").exit_code == 2


def test_cli_extractor_failure_names_document_and_batch_goes_on(tmp_path, corpus, monkeypatch):
    """A document that breaks an extractor is reported by name; the others are stored."""
    from crosscheck.extract import pipeline

    real = pipeline.extract_parsed

    def flaky(doc, document, options=None):
        if "dam failed" in document.text:
            raise ValueError("cannot handle this sentence")
        return real(doc, document, options)

    monkeypatch.setattr(pipeline, "extract_parsed", flaky)
    db = tmp_path / "c.db"
    res = run("add", corpus, "--db", db)
    assert res.exit_code == 1
    assert "one.txt: extraction failed (ValueError: cannot handle this sentence)" in res.output
    assert "Added 1 document" in res.output
    out = tmp_path / "o.jsonl"
    run("export", "--db", db, "-o", out, "--type", "document")
    assert [json.loads(line)["path"].split("/")[-1] for line in out.read_text().splitlines()] == ["two.txt"]


def test_cli_stuck_document_is_stopped_and_batch_goes_on(tmp_path, corpus, monkeypatch):
    """A document whose extraction never ends is stopped at --time-limit, reported by name; the others are stored."""
    from crosscheck.extract import pipeline

    real = pipeline.extract_parsed

    def stuck(doc, document, options=None):
        while "dam failed" in document.text:
            pass
        return real(doc, document, options)

    monkeypatch.setattr(pipeline, "extract_parsed", stuck)
    db = tmp_path / "c.db"
    res = run("add", corpus, "--db", db, "--time-limit", "2")
    assert res.exit_code == 1
    assert "one.txt: extraction stopped after 2 s" in res.output
    assert "Added 1 document" in res.output


def test_cli_user_lexicons_and_single_victims(tmp_path, monkeypatch):
    # `--lexicons` sets CROSSCHECK_LEXICONS in this process (for Dask workers): setenv first, so that
    # monkeypatch removes it again when the test ends and no later test reads these lexicons
    monkeypatch.setenv("CROSSCHECK_LEXICONS", str(tmp_path))
    monkeypatch.delenv("CROSSCHECK_LEXICONS")
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("date 2026-04-03\n\nLIVE UPDATES FROM THE VALLEY\nA man was shot and killed outside a bar on Main Street on Friday night, police said.\n")
    own = tmp_path / "lex"
    own.mkdir()
    (own / "furniture.txt").write_text("# my furniture\n^live updates from .*$\n")
    db, out = tmp_path / "c.db", tmp_path / "o.jsonl"
    res = run("add", d, "--db", db, "--lexicons", own, "--count-single-victims")
    assert res.exit_code == 0, res.output
    run("export", "--db", db, "-o", out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert not any("LIVE UPDATES" in r.get("sentence", "") for r in rows)
    figs = [r for r in rows if r["type"] == "figure"]
    assert [(f["value"], f["measure"]) for f in figs] == [(1.0, "killed")]
    # without the flag and the user lexicons: no figure, the furniture line stays
    db2 = tmp_path / "d.db"
    monkeypatch.delenv("CROSSCHECK_LEXICONS", raising=False)
    assert run("add", d, "--db", db2).exit_code == 0
    run("export", "--db", db2, "-o", out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert not [r for r in rows if r["type"] == "figure"]
    assert run("add", d, "--db", db2, "--lexicons", tmp_path / "nope").exit_code == 2


def test_cli_near_duplicate_wire_copy_marked(tmp_path):
    story = ("At least 14 people were killed and 30 injured when a fire swept through a garment factory in the "
             "industrial district of Port Alder on Monday night, the city fire service said on Tuesday. Firefighters "
             "fought the blaze for six hours before bringing it under control, and rescuers were still searching the "
             "upper floors for workers who had been trapped by locked exits, a spokesperson for the service said.")
    d = tmp_path / "in"
    d.mkdir()
    (d / "site_a.txt").write_text("date 2026-06-02\n\n" + story + "\n")
    (d / "site_b.txt").write_text("date 2026-06-02\n\n" + story.replace("a spokesperson", "the spokesperson") + "\nMore news on our site.\n")
    (d / "other.txt").write_text("date 2026-06-03\n\nThe death toll from the Port Alder factory fire rose to 17, hospital officials said.\n")
    db, out = tmp_path / "c.db", tmp_path / "o.jsonl"
    res = run("add", d, "--db", db)
    assert res.exit_code == 0, res.output
    assert "near-duplicate" in res.output and "site_b.txt" in res.output
    run("export", "--db", db, "-o", out, "--type", "document")
    docs = {json.loads(line)["path"].split("/")[-1]: json.loads(line) for line in out.read_text().splitlines()}
    assert docs["site_b.txt"]["duplicate_of"] == docs["site_a.txt"]["id"]
    assert docs["site_a.txt"]["duplicate_of"] is None and docs["other.txt"]["duplicate_of"] is None


def test_cli_restated_figure_exported_once(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("date 2026-05-04\n\nAt least 12 miners were killed in the collapse, the mine operator said.\n"
                             "Rescuers recovered the bodies of the 12 miners killed on Sunday night.\n")
    db, out = tmp_path / "c.db", tmp_path / "o.jsonl"
    assert run("add", d, "--db", db).exit_code == 0
    run("export", "--db", db, "-o", out, "--type", "figure")
    figs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(f["value"], f["qualifier"]) for f in figs] == [(12.0, "at_least")]
    run("export", "--db", db, "-o", out, "--type", "figure", "--with-repeats")
    figs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(figs) == 2 and figs[1]["repeat_of"] == figs[0]["id"]


def test_cli_dateline_without_year_dated_from_the_corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("date 2026-12-30\n\nAt least 12 people were killed when the dam failed on Tuesday.\n")
    (d / "b.txt").write_text("RIVERTON, Jan 2 (Wirepress) - The death toll rose to 27 on Thursday, officials said.\n")
    (d / "c.txt").write_text("RIVERTON, Dec 29 (Wirepress) - Twelve people died when the dam failed, officials said.\n")
    db = tmp_path / "c.db"
    assert run("add", d, "--db", db).exit_code == 0
    out = tmp_path / "out.jsonl"
    assert run("export", "--db", db, "-o", out).exit_code == 0
    docs = {r["path"].split("/")[-1]: r for r in map(json.loads, out.read_text().splitlines()) if r["type"] == "document"}
    # the year that puts the dateline nearest the dated reports: across the new year, the next one
    assert docs["b.txt"]["published"] == "2027-01-02" and docs["b.txt"]["published_from"] == "text"
    assert docs["c.txt"]["published"] == "2026-12-29"
    figures = [r for r in map(json.loads, out.read_text().splitlines()) if r["type"] == "figure" and r["value"] == 27]
    # "on Thursday" resolves against the dated dateline: Thursday before Saturday 2027-01-02
    assert figures and figures[0]["reported_on"] == "2026-12-31"


@pytest.mark.parametrize("text, md", [("Oct 15", "10-15"), ("15 October", "10-15"), ("Sept. 3", "09-03"),
                                       ("March 41", None), ("Tuesday", None)])
def test_cli_month_day_of_a_dateline(text, md):
    from crosscheck.ingest.metadata import month_day

    assert month_day(text) == md
