"""Domain word lists as plain data files.

One kind per file, one entry per line, ``#`` starts a comment. ``.txt``
files hold one entry per line; ``.tsv`` files hold tab-separated columns
(see README.md in this folder for each file's columns). A user can point
``--lexicons DIR`` (or ``CROSSCHECK_LEXICONS``) at a folder of their own
copies: a file there replaces the bundled file of the same name.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

BUNDLED = Path(__file__).parent


def lexicon_dirs() -> list[Path]:
    user = os.environ.get("CROSSCHECK_LEXICONS")
    return ([Path(user)] if user else []) + [BUNDLED]


def lexicon_path(name: str) -> Path:
    for d in lexicon_dirs():
        p = d / name
        if p.exists():
            return p
    raise FileNotFoundError(f"lexicon {name!r} not found in {', '.join(map(str, lexicon_dirs()))}")


def _lines(path: Path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if line.strip():
            out.append(line.strip("\n"))
    return out


@lru_cache(maxsize=None)
def _load(name: str, dirs: tuple[str, ...]) -> tuple:
    path = lexicon_path(name)
    lines = _lines(path)
    if name.endswith(".tsv"):
        return tuple(tuple(c.strip() for c in line.split("\t")) for line in lines)
    return tuple(line.strip() for line in lines)


def load_lexicon(name: str) -> tuple:
    """Entries of a lexicon file: strings for ``.txt``, tuples of columns for ``.tsv``."""
    return _load(name, tuple(map(str, lexicon_dirs())))


def load_words(name: str) -> frozenset[str]:
    """A ``.txt`` lexicon as a lower-cased set."""
    return frozenset(e.lower() for e in load_lexicon(name))


def load_mapping(name: str) -> dict[str, str]:
    """A two-column ``.tsv`` lexicon as a dict (first column lower-cased → second)."""
    return {row[0].lower(): (row[1] if len(row) > 1 else "") for row in load_lexicon(name)}
