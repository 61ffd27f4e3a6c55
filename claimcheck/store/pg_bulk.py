"""The per-article statements of an ingest and the bulk rows of a batch, sent to psycopg directly
(PostgreSQL).

Why (issue 13, item 6, ``docs/performance.md`` "PostgreSQL bulk path, stop 21"): through
SQLAlchemy an ingest on PostgreSQL took about twice SQLite's wall time.  Each statement pays
SQLAlchemy's Python around it, and the child rows of a batch (metadata, lines, sentences, via
chains, claims; an analysis' cluster members) went through SQLAlchemy's multi-row VALUES with
each value processed in Python.  Here, on the ``psycopg`` connection under the SQLAlchemy one
(the same connection, the same transaction):

* the per-article statements of :func:`claimcheck.store.repo.store_extraction` (is this text
  known, the document's current version, the article row, its sources, its attributions) are
  the SQL SQLAlchemy renders for them, run by psycopg (which prepares a statement on the server
  after its fifth run); the attributions of an article go in one ``executemany`` (psycopg runs
  it in pipeline mode: one round trip) returning their ids in order;
* child rows are sent by ``COPY ... FROM STDIN`` (:meth:`PgStatements.copy`), one per table
  and batch.

Values are bound through the columns' own bind processors for this dialect (booleans; dates and
timestamps psycopg adapts as it does under SQLAlchemy), so the rows written are the same as the
SQLAlchemy path's (``tests/store/test_pg_bulk.py`` compares every table).  A psycopg error is
raised as SQLAlchemy's exception for it (:class:`sqlalchemy.exc.IntegrityError` for a unique
violation, and so on, with the driver's exception as ``orig``), so the callers' handling (a
duplicate stored meanwhile, a batch written again one article at a time, a deadlock retried) is
the one of the SQLAlchemy path.  Only the ``psycopg`` driver (the ``postgres`` extra) takes this
path; another PostgreSQL driver keeps the SQLAlchemy statements.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError

from claimcheck.store.direct import Known, Previous


def available(conn: Connection) -> bool:
    """Whether ``conn`` is a PostgreSQL connection through psycopg (3), the driver this path uses."""
    return conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"


class PgStatements:
    """The statements :func:`claimcheck.store.repo.store_extraction` runs per article, and the
    batch's bulk rows, on the ``psycopg`` connection under ``conn`` (in ``conn``'s transaction)."""

    def __init__(self, conn: Connection) -> None:
        self._raw = conn.connection.driver_connection
        self._dialect = conn.dialect

    @contextmanager
    def _cursor(self, sql: str) -> Iterator[Any]:
        """A cursor; a psycopg error in its block raised as SQLAlchemy's exception for it."""
        error = self._dialect.loaded_dbapi.Error  # psycopg's, from the dialect that loaded it
        try:
            with self._raw.cursor() as cur:
                yield cur
        except error as exc:
            raise DBAPIError.instance(sql, None, exc, error, dialect=self._dialect) from exc

    def _one(self, sql: str, params: Sequence[Any]) -> tuple | None:
        with self._cursor(sql) as cur:
            return cur.execute(sql, params).fetchone()

    def by_hash(self, content_hash: str) -> Known | None:
        """The stored article with this text, if any."""
        row = self._one("SELECT id, doc_key, is_current FROM articles WHERE content_hash = %s", (content_hash,))
        return Known(row[0], row[1], bool(row[2])) if row is not None else None

    def parsed(self, article_id: int, extractor_version: str) -> bool:
        """Has article ``article_id`` an attribution or a claim of this extractor version?"""
        for table in ("attributions", "claims"):
            if self._one(f"SELECT id FROM {table} WHERE article_id = %s AND extractor_version = %s LIMIT 1",
                         (article_id, extractor_version)) is not None:
                return True
        return False

    def previous(self, doc_key: str) -> Previous | None:
        """The current version of document ``doc_key``, if any."""
        row = self._one("SELECT id, version FROM articles WHERE doc_key = %s AND is_current IS true "
                        "ORDER BY version DESC LIMIT 1", (doc_key,))
        return Previous(row[0], row[1]) if row is not None else None

    def insert(self, table: Table, row: dict[str, Any]) -> int:
        """Insert one row (every column but the key given); its new id."""
        sql, cols, procs = _insert(self._dialect, table, tuple(row), True)
        row_ = self._one(sql, _values(row, cols, procs))
        assert row_ is not None  # RETURNING gives one row
        return row_[0]

    def insert_each(self, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` (all with the keys of the first) in one pipelined ``executemany``;
        their new ids, in the order of ``rows``."""
        if not rows:
            return []
        sql, cols, procs = _insert(self._dialect, table, tuple(rows[0]), True)
        ids: list[int] = []
        with self._cursor(sql) as cur:
            cur.executemany(sql, [_values(r, cols, procs) for r in rows], returning=True)
            while True:
                ids.append(cur.fetchone()[0])
                if not cur.nextset():
                    break
        return ids

    def sources(self, uids: Sequence[str]) -> list[tuple[str, int, str]]:
        """``(uid, id, name)`` of the stored sources among ``uids``."""
        sql = "SELECT uid, id, name FROM sources WHERE uid = ANY(%s)"
        with self._cursor(sql) as cur:
            return cur.execute(sql, (list(uids),)).fetchall()

    def insert_missing_sources(self, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` (uid, name, kind, type) in order, skipping a uid already stored."""
        sql = ("INSERT INTO sources (uid, name, kind, type) VALUES (%s, %s, %s, %s) "
               "ON CONFLICT (uid) DO NOTHING")
        with self._cursor(sql) as cur:
            cur.executemany(sql, [(r["uid"], r["name"], r["kind"], r["type"]) for r in rows])

    def copy(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` (all with the keys of the first) by one ``COPY ... FROM STDIN``."""
        if not rows:
            return
        cols = tuple(rows[0])
        sql, procs = _copy(self._dialect, table, cols)
        with self._cursor(sql) as cur, cur.copy(sql) as cp:
            write = cp.write_row
            for r in rows:
                write(_values(r, cols, procs))


def _values(row: dict[str, Any], cols: tuple[str, ...], procs: tuple[Any, ...]) -> tuple:
    return tuple(p(row[c]) if p is not None else row[c] for c, p in zip(cols, procs))


def _quoted(cols: tuple[str, ...]) -> str:
    return ", ".join('"' + c + '"' for c in cols)


@cache
def _insert(dialect: Any, table: Table, cols: tuple[str, ...],
            returning: bool) -> tuple[str, tuple[str, ...], tuple[Any, ...]]:
    """The INSERT of ``cols`` into ``table`` (returning the new id) and each column's bind processor."""
    sql = f'INSERT INTO {table.name} ({_quoted(cols)}) VALUES ({", ".join("%s" for _ in cols)})'
    if returning:
        sql += " RETURNING id"
    return sql, cols, _processors(dialect, table, cols)


@cache
def _copy(dialect: Any, table: Table, cols: tuple[str, ...]) -> tuple[str, tuple[Any, ...]]:
    return f"COPY {table.name} ({_quoted(cols)}) FROM STDIN", _processors(dialect, table, cols)


def _processors(dialect: Any, table: Table, cols: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(table.c[c].type._cached_bind_processor(dialect) for c in cols)  # noqa: SLF001
