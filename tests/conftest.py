"""Shared fixtures: the ../shared folder, the spaCy model, a PostgreSQL server."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CROSSCHECK_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (seeds, gold, scorer, corpora). Missing is a failure, never a skip."""
    if not (SHARED / "seeds").is_dir():
        pytest.fail(f"{SHARED} is missing: tests need ../shared (seeds, gold, tools, corpora)")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from crosscheck.extract.nlp import load_nlp

    return load_nlp()


def _start_postgres(base: Path) -> tuple[str, callable]:
    data, sock = base / "data", base / "sock"
    data.mkdir(parents=True)
    sock.mkdir()
    as_root = os.geteuid() == 0
    run = (lambda *a: ["runuser", "-u", "postgres", "--", *a]) if as_root else (lambda *a: list(a))
    if as_root:
        shutil.chown(base, "postgres", "postgres")
        for p in (data, sock):
            shutil.chown(p, "postgres", "postgres")
    port = str(55432 + os.getpid() % 1000)
    subprocess.run(run("initdb", "-D", str(data), "-U", "app", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"), check=True, capture_output=True)
    subprocess.run(run("pg_ctl", "-D", str(data), "-l", str(sock / "server.log"), "-w", "-o",
                       f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c fsync=off", "start"), check=True, capture_output=True)

    def stop():
        subprocess.run(run("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop"), capture_output=True)

    return f"host=127.0.0.1 port={port} user=app dbname=postgres", stop


@pytest.fixture(scope="session")
def postgres_dsn():
    """A PostgreSQL server: $CROSSCHECK_TEST_PG, or one started here with initdb."""
    dsn = os.environ.get("CROSSCHECK_TEST_PG")
    if dsn:
        yield dsn
        return
    if not shutil.which("initdb") or not shutil.which("pg_ctl"):
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries (initdb, pg_ctl) are missing in CI")
        pytest.skip("PostgreSQL binaries not installed")
    base = Path(tempfile.mkdtemp(prefix="crosscheck-pg-"))
    dsn, stop = _start_postgres(base)
    time.sleep(0.2)
    try:
        yield dsn
    finally:
        stop()
        shutil.rmtree(base, ignore_errors=True)
