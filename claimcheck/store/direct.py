"""The per-article statements of an ingest, sent to SQLite's driver directly.

Why (issue 13, ``docs/performance.md`` fourth pass): an ingest runs about six small statements
per article (is this text known, the document's current version, the article row, its sources,
its attributions).  Through SQLAlchemy each costs some 60-100 µs of Python around 5-10 µs of
SQLite; sent to the ``sqlite3`` connection under the SQLAlchemy one (the same connection, the
same transaction) they cost the SQLite part only.  The SQL is what SQLAlchemy renders for the
statements of :mod:`claimcheck.store.repo`, and values are bound through the columns' own bind
processors (dates, timestamps and booleans stored exactly as SQLAlchemy stores them), so the
rows written are the same.  PostgreSQL through psycopg has its own direct statements
(:mod:`claimcheck.store.pg_bulk`); any other connection keeps the SQLAlchemy statements
(:func:`statements` returns None).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, Table

if TYPE_CHECKING:
    from claimcheck.store.pg_bulk import PgStatements


class Known(NamedTuple):
    """An article already stored with the same text."""

    id: int
    doc_key: str
    is_current: bool


class Previous(NamedTuple):
    """The current version of a document."""

    id: int
    version: int


def statements(conn: Connection) -> SqliteStatements | PgStatements | None:
    """The direct statements of ``conn``: on SQLite's driver, or on psycopg's for PostgreSQL
    (:mod:`claimcheck.store.pg_bulk`); None for any other connection (the SQLAlchemy path)."""
    if conn.dialect.name == "sqlite":
        return SqliteStatements(conn)
    from claimcheck.store import pg_bulk

    return pg_bulk.PgStatements(conn) if pg_bulk.available(conn) else None


class SqliteStatements:
    """The statements :func:`claimcheck.store.repo.store_extraction` runs per article, on the
    ``sqlite3`` connection under ``conn`` (in ``conn``'s transaction)."""

    def __init__(self, conn: Connection) -> None:
        self._raw = conn.connection.driver_connection
        self._dialect = conn.dialect

    def by_hash(self, content_hash: str) -> Known | None:
        row = self._raw.execute("SELECT id, doc_key, is_current FROM articles WHERE content_hash = ?",
                                (content_hash,)).fetchone()
        return Known(row[0], row[1], bool(row[2])) if row is not None else None

    def parsed(self, article_id: int, extractor_version: str) -> bool:
        """Has article ``article_id`` an attribution or a claim of this extractor version?"""
        for table in ("attributions", "claims"):
            if self._raw.execute(f"SELECT id FROM {table} WHERE article_id = ? AND extractor_version = ? LIMIT 1",
                                 (article_id, extractor_version)).fetchone() is not None:
                return True
        return False

    def previous(self, doc_key: str) -> Previous | None:
        row = self._raw.execute("SELECT id, version FROM articles WHERE doc_key = ? AND is_current IS 1 "
                                "ORDER BY version DESC LIMIT 1", (doc_key,)).fetchone()
        return Previous(row[0], row[1]) if row is not None else None

    def insert(self, table: Table, row: dict[str, Any]) -> int:
        """Insert one row (every column but the key given); its new id."""
        sql, cols, procs = _insert(self._dialect, table, tuple(row))
        values = tuple(p(row[c]) if p is not None else row[c] for c, p in zip(cols, procs))
        return self._raw.execute(sql, values).lastrowid

    def insert_each(self, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` one by one, in order; their new ids in that order."""
        return [self.insert(table, r) for r in rows]

    def sources(self, uids: Sequence[str]) -> list[tuple[str, int, str]]:
        """``(uid, id, name)`` of the stored sources among ``uids``."""
        out: list[tuple[str, int, str]] = []
        for i in range(0, len(uids), 500):  # under SQLite's bound-parameter limit
            part = uids[i:i + 500]
            out.extend(self._raw.execute(f"SELECT uid, id, name FROM sources WHERE uid IN ({', '.join('?' * len(part))})",
                                         tuple(part)).fetchall())
        return out

    def insert_missing_sources(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` (uid, name, kind, type) in order, skipping a uid already stored."""
        self._raw.executemany("INSERT INTO sources (uid, name, kind, type) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT (uid) DO NOTHING",
                              [(r["uid"], r["name"], r["kind"], r["type"]) for r in rows])


@cache
def _insert(dialect: Any, table: Table, cols: tuple[str, ...]) -> tuple[str, tuple[str, ...], tuple[Any, ...]]:
    """The INSERT of ``cols`` into ``table`` and each column's bind processor (None: as is)."""
    names = ", ".join('"' + c + '"' for c in cols)
    sql = f'INSERT INTO {table.name} ({names}) VALUES ({", ".join("?" for _ in cols)})'
    return sql, cols, tuple(table.c[c].type._cached_bind_processor(dialect) for c in cols)  # noqa: SLF001
