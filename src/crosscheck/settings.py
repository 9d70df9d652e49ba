"""Settings shared by the CLI and the library: where the database is, which model to load."""
from __future__ import annotations

import os

DEFAULT_DB = "crosscheck.db"


def default_db() -> str:
    """``CROSSCHECK_DB`` if set, else ``./crosscheck.db``."""
    return os.environ.get("CROSSCHECK_DB") or DEFAULT_DB
