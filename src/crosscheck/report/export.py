"""Export stored records as JSON Lines (the contract in docs/export.md) or CSV."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..records import EXPORTED, Record

KINDS = {cls.record_type: cls for cls in EXPORTED}
ORDER = {
    "document": "path",
    "figure": "document, char_start",
    "quote": "document, char_start",
    "label": "document, entity, label",
    "quantity": "label",
    "conflict": "kind, id",
    "entity": "name",
    "event": "date, id",
}


def iter_export(store, kinds: Iterable[str] | None = None, with_repeats: bool = False) -> Iterator[dict]:
    """Export dicts of every stored record of the given kinds, in a stable order.

    A figure restating an earlier one of the same document (``repeat_of``) is left
    out unless ``with_repeats``: it is the same claim."""
    wanted = list(kinds) if kinds else list(KINDS)
    for kind in wanted:
        cls = KINDS[kind]
        where = "repeat_of IS NULL" if kind == "figure" and not with_repeats else ""
        for rec in store.load(cls, where=where, order=ORDER.get(kind, "")):
            yield rec.export_dict()


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def _cell(v):
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return "" if v is None else v


def write_csv(rows: Iterable[dict], out: IO[str]) -> int:
    """One CSV table; list fields as JSON text. Rows should be of one kind."""
    rows = list(rows)
    if not rows:
        return 0
    cols: list[str] = []
    for r in rows:
        cols.extend(c for c in r if c not in cols)
    w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: _cell(r.get(k)) for k in cols})
    return len(rows)


def export(store, fmt: str = "jsonl", output: str | Path | None = None, kinds: Iterable[str] | None = None,
           stdout: IO[str] | None = None, with_repeats: bool = False) -> dict[str, int]:
    """Write the export; returns counts per kind. CSV to a folder writes one file per kind."""
    kinds = list(kinds) if kinds else list(KINDS)
    for k in kinds:
        if k not in KINDS:
            raise ValueError(f"unknown record kind {k!r} (choose from {', '.join(KINDS)})")
    counts: dict[str, int] = {}
    if fmt == "jsonl":
        rows = list(iter_export(store, kinds, with_repeats))
        for r in rows:
            counts[r["type"]] = counts.get(r["type"], 0) + 1
        _write_atomic(output, stdout, lambda fh: write_jsonl(rows, fh))
    elif fmt == "csv":
        if output and (Path(output).is_dir() or len(kinds) > 1 and not str(output).endswith(".csv")):
            folder = Path(output)
            folder.mkdir(parents=True, exist_ok=True)
            for k in kinds:
                rows = list(iter_export(store, [k], with_repeats))
                counts[k] = len(rows)
                _write_atomic(folder / f"{KINDS[k].table}.csv", None, lambda fh, rows=rows: write_csv(rows, fh))
        else:
            if len(kinds) > 1:
                raise ValueError("CSV holds one kind per table: pass --type KIND, or -o FOLDER for one file per kind")
            rows = list(iter_export(store, kinds, with_repeats))
            counts[kinds[0]] = len(rows)
            _write_atomic(output, stdout, lambda fh: write_csv(rows, fh))
    else:
        raise ValueError(f"unknown export format {fmt!r} (jsonl or csv)")
    return counts


def _write_atomic(output, stdout, write) -> None:
    """Write to ``output`` via a temporary file renamed into place, or to ``stdout``."""
    import sys

    if output is None or str(output) == "-":
        write(stdout or sys.stdout)
        return
    path = Path(output)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        write(fh)
    tmp.replace(path)
