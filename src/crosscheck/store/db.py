"""One small storage layer for SQLite (default) and PostgreSQL.

``open_store("crosscheck.db")`` opens (and creates or migrates) an SQLite file;
``open_store("postgresql://user@host:port/db")`` a PostgreSQL database. Records
go in and out as the dataclasses of :mod:`crosscheck.records`; list and dict
fields are stored as JSON text so every table stays plain SQL.
"""
from __future__ import annotations

import dataclasses
import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..records import ALL_RECORDS, CROSS_DOCUMENT, Document, Extraction, Record

SCHEMA_DIR = Path(__file__).parent / "migrations"
# Ordered migrations: NNN_name.sql in store/migrations/. Add a new file for every schema change;
# never edit one that has been released.
MIGRATIONS: list[tuple[int, str]] = sorted(
    (int(p.name.split("_", 1)[0]), p.name) for p in SCHEMA_DIR.glob("[0-9][0-9][0-9]_*.sql")
)
PER_DOCUMENT_TABLES = ("sentences", "figures", "quotes", "mentions", "alias_links", "date_refs", "labels")
RESERVED = {"group"}


def _quote(col: str) -> str:
    return f'"{col}"' if col in RESERVED else col


def _json_fields(cls) -> set[str]:
    return {f.name for f in dataclasses.fields(cls) if str(f.type).startswith(("list", "dict"))}


def _bool_fields(cls) -> set[str]:
    return {f.name for f in dataclasses.fields(cls) if str(f.type) == "bool"}


def encode_row(rec: Record) -> dict[str, Any]:
    row = rec.as_dict()
    for k in _json_fields(type(rec)):
        row[k] = json.dumps(row[k], ensure_ascii=False)
    for k in _bool_fields(type(rec)):
        row[k] = int(bool(row[k]))
    return row


def decode_row(cls, row: dict[str, Any]) -> Record:
    row = dict(row)
    for k in _json_fields(cls):
        if k in row:
            row[k] = json.loads(row[k]) if row[k] else []
    for k in _bool_fields(cls):
        if k in row:
            row[k] = bool(row[k])
    return cls.from_row(row)


class Store:
    """A connection plus the few operations crosscheck needs."""

    def __init__(self, conn, dialect: str, location: str):
        self.conn = conn
        self.dialect = dialect          # "sqlite" | "postgresql"
        self.location = location
        self._in_tx = False

    # -- SQL helpers -------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence = ()):
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def query(self, sql: str, params: Sequence = ()) -> list[dict[str, Any]]:
        cur = self.execute(sql, params)
        cols = [d[0] for d in cur.description] if cur.description else []
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """Everything inside is committed together or not at all."""
        if self._in_tx:
            yield self
            return
        self._in_tx = True
        try:
            if self.dialect == "sqlite":
                self.conn.execute("BEGIN")
            yield self
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        finally:
            self._in_tx = False

    # -- schema --------------------------------------------------------------
    def schema_version(self) -> int:
        self.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
        self.conn.commit()
        rows = self.query("SELECT MAX(version) AS v FROM schema_migrations")
        return rows[0]["v"] or 0

    def migrate(self) -> int:
        """Apply the migrations this database has not seen; return the version."""
        current = self.schema_version()
        for version, name in MIGRATIONS:
            if version <= current:
                continue
            sql = (SCHEMA_DIR / name).read_text(encoding="utf-8")
            with self.transaction():
                for stmt in _split_sql(sql):
                    self.execute(stmt)
                self.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?, CURRENT_TIMESTAMP)", (version,))
            current = version
        return current

    def tables(self) -> list[str]:
        if self.dialect == "sqlite":
            rows = self.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        else:
            rows = self.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name")
        return [r["name"] for r in rows]

    # -- records -------------------------------------------------------------
    def insert(self, records: Iterable[Record], extra: dict[str, dict] | None = None) -> int:
        """Insert records (replacing rows with the same key); ``extra`` adds columns per record id."""
        n = 0
        for rec in records:
            row = encode_row(rec)
            if extra and getattr(rec, "id", None) in extra:
                row.update(extra[rec.id])
            cols = list(row)
            placeholders = ", ".join("?" for _ in cols)
            collist = ", ".join(_quote(c) for c in cols)
            if self.dialect == "sqlite":
                sql = f"INSERT OR REPLACE INTO {rec.table} ({collist}) VALUES ({placeholders})"
            else:
                key = "document_id, idx" if rec.table == "sentences" else "id"
                updates = ", ".join(f"{_quote(c)} = EXCLUDED.{_quote(c)}" for c in cols)
                sql = f"INSERT INTO {rec.table} ({collist}) VALUES ({placeholders}) ON CONFLICT ({key}) DO UPDATE SET {updates}"
            self.execute(sql, [row[c] for c in cols])
            n += 1
        return n

    def has_document(self, doc_id: str) -> bool:
        return bool(self.query("SELECT 1 AS x FROM documents WHERE id = ?", (doc_id,)))

    def delete_document_records(self, doc_id: str) -> None:
        for table in PER_DOCUMENT_TABLES:
            self.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))

    def write_extraction(self, ex: Extraction, extra_document_columns: dict | None = None) -> None:
        """Store one document and its records, replacing an earlier extraction of it."""
        with self.transaction():
            self.delete_document_records(ex.document.id)
            self.insert([ex.document], {ex.document.id: extra_document_columns or {}})
            self.insert(r for r in ex.records() if not isinstance(r, Document))

    def replace_cross_document(self, records_by_class: dict[type, list[Record]]) -> None:
        """Replace the reconciliation tables with new results, atomically."""
        with self.transaction():
            for cls in CROSS_DOCUMENT:
                if cls in records_by_class:
                    self.execute(f"DELETE FROM {cls.table}")
                    self.insert(records_by_class[cls])

    def load(self, cls, where: str = "", params: Sequence = (), order: str = "") -> list[Record]:
        cols = ", ".join(_quote(f.name) for f in dataclasses.fields(cls))
        sql = f"SELECT {cols} FROM {cls.table}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order}" if order else ""
        return [decode_row(cls, r) for r in self.query(sql, params)]

    # -- cached sentence vectors (see crosscheck.semantic) ------------------------
    def get_vectors(self, keys: Sequence[str]) -> dict[str, str]:
        """The cached vectors (base64 text) stored under ``keys``, by key."""
        found: dict[str, str] = {}
        keys = list(dict.fromkeys(keys))
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.query(f"SELECT key, vector FROM text_vectors WHERE key IN ({marks})", chunk):
                found[row["key"]] = row["vector"]
        return found

    def put_vectors(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Cache ``(key, model, vector)`` rows; a key already cached is kept."""
        with self.transaction():
            for key, model, vector in rows:
                self.execute("INSERT INTO text_vectors (key, model, vector) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
                             (key, model, vector))

    def count(self, table: str) -> int:
        return self.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]

    def close(self) -> None:
        self.conn.close()


def _split_sql(sql: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def open_store(location: str | Path) -> Store:
    """Open an SQLite file (created if missing) or a ``postgresql://`` URL, migrated to the latest schema."""
    loc = str(location)
    if loc.startswith(("postgresql://", "postgres://")) or loc.startswith("host="):
        try:
            import psycopg
        except ImportError:
            raise RuntimeError("PostgreSQL needs psycopg: pip install 'crosscheck[postgres]'") from None
        conn = psycopg.connect(loc)
        store = Store(conn, "postgresql", loc)
    else:
        if loc != ":memory:":
            Path(loc).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(loc, isolation_level=None)  # explicit BEGIN/COMMIT in Store.transaction
        if loc != ":memory:":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        store = Store(_SqliteConn(conn), "sqlite", loc)
    store.migrate()
    return store


class _SqliteConn:
    """sqlite3 connection in autocommit mode with commit/rollback that tolerate no open transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self._c = conn

    def cursor(self):
        return self._c.cursor()

    def execute(self, sql, params=()):
        return self._c.execute(sql, params)

    def commit(self):
        if self._c.in_transaction:
            self._c.execute("COMMIT")

    def rollback(self):
        if self._c.in_transaction:
            self._c.execute("ROLLBACK")

    def close(self):
        self._c.close()
