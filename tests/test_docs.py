"""Documentation stays in step with the code: generated pages, commands, tables, lexicons."""
import re
from pathlib import Path

import pytest

from crosscheck import docgen
from crosscheck.lexicons import BUNDLED

ROOT = Path(__file__).resolve().parents[1]


def test_docs_generated_pages_are_current():
    assert docgen.main(["--check"]) == 0, "run: python -m crosscheck.docgen"


def test_docs_every_command_documented():
    from crosscheck.cli import app

    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert set(docgen.COMMANDS) == names
    readme = (ROOT / "README.md").read_text()
    for name in names:
        assert f"crosscheck {name}" in readme or f"crosscheck {name}" in (ROOT / "docs" / "cli.md").read_text()


def test_docs_every_table_documented():
    schema = (ROOT / "docs" / "schema.md").read_text()
    sql = "".join(p.read_text() for p in (ROOT / "src" / "crosscheck" / "store" / "migrations").glob("*.sql"))
    for table in re.findall(r"CREATE TABLE (\w+)", sql):
        assert f"## {table}" in schema


@pytest.mark.parametrize("path", sorted(p.name for p in BUNDLED.iterdir() if p.suffix in {".txt", ".tsv"}))
def test_docs_every_lexicon_documented(path):
    readme = (BUNDLED / "README.md").read_text()
    assert f"`{path}`" in readme, f"{path} is not described in src/crosscheck/lexicons/README.md"


def test_docs_readme_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text()
    first_block = text.split("```sh", 1)[1].split("```", 1)[0]
    assert "make demo" in first_block and "make test" in first_block
