"""Writing articles by batches: several articles per transaction, child rows by one executemany
per table, and a fallback that writes a failed batch again one article at a time.

The per-article logic (versions, duplicates, re-parses, sources) is :func:`repo.store_extraction`'s,
unchanged: this module only groups its statements.  While a batch is written, the rows of the
child tables (metadata, lines, sentences, via chains, claims) are collected instead of inserted
(``repo.PENDING_ROWS``) and inserted together before the commit; articles, attributions and
sources are still inserted as they come, since later statements read their ids.

Why (issue 13, ``docs/performance.md``): one transaction per article cost two commits and about
17 statements per article; a batch of 64 costs one commit and about 6 statements per article.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from claimcheck.errors import ClaimcheckError, DuplicateError
from claimcheck.model import Extraction
from claimcheck.store import repo
from claimcheck.store.models import Article, AttributionRow, ClaimRow

BATCH_ARTICLES = 64  # articles per transaction: past ~32 the commit no longer shows in a profile


@dataclass(frozen=True, slots=True)
class Written:
    """What became of one article of a batch: ``outcome`` is ``ingested``, ``new_version``,
    ``reparsed``, ``unchanged`` or ``skipped`` (then ``reason`` says why, in one line)."""

    outcome: str
    reason: str = ""


def already_stored_many(conn: Connection, docs: Sequence[tuple[str, str]], extractor_version: str) -> list[bool]:
    """For each ``(content hash, doc key)``: :func:`repo.already_stored` (the text is stored,
    current for that document or a duplicate of another, and parsed with ``extractor_version``),
    with one select for all the hashes and one per known text.  Runs in the caller's transaction."""
    if not docs:
        return []
    a = Article.__table__
    known = {r.content_hash: r for r in conn.execute(
        select(a.c.content_hash, a.c.id, a.c.doc_key, a.c.is_current)
        .where(a.c.content_hash.in_(bindparam("h", expanding=True))), {"h": sorted({h for h, _ in docs})})}
    parsed: dict[int, bool] = {}
    out = []
    for h, key in docs:
        k = known.get(h)
        if k is None or (k.doc_key == key and not k.is_current):
            out.append(False)
            continue
        if k.id not in parsed:
            parsed[k.id] = _parsed(conn, k.id, extractor_version)
        out.append(parsed[k.id])
    return out


def _parsed(conn: Connection, article_id: int, extractor_version: str) -> bool:
    t, c = AttributionRow.__table__, ClaimRow.__table__
    for table in (t, c):
        q = select(table.c.id).where(table.c.article_id == article_id,
                                     table.c.extractor_version == extractor_version).limit(1)
        if conn.execute(q).first() is not None:
            return True
    return False


def write_batch(conn: Connection, extractions: Sequence[Extraction], run_id: int,
                extractor_version: str) -> list[Written]:
    """Store ``extractions`` in order, all in one transaction; when any of them fails with a
    user-facing error (:class:`ClaimcheckError`, a duplicate stored meanwhile, a row the
    database refuses: a constraint, a value too long for its column), the batch is rolled back and written again one article per transaction, so a bad article is
    skipped alone and nothing of it is left half-written.  Any other exception (a bug, a full
    disk) propagates with the batch rolled back.  ``conn`` must not be in a transaction.
    Returns one :class:`Written` per extraction, in order."""
    if not extractions:
        return []
    try:
        with conn.begin():
            return _write_together(conn, extractions, run_id, extractor_version)
    except (ClaimcheckError, IntegrityError, DataError, sqlite3.IntegrityError):  # the latter from store.direct
        pass
    except DBAPIError as exc:
        if not _write_conflict(exc):
            raise
    finally:
        conn.info.pop(repo.PENDING_ROWS, None)
    return [write_one(conn, ex, run_id, extractor_version) for ex in extractions]


def write_one(conn: Connection, ex: Extraction, run_id: int, extractor_version: str) -> Written:
    """Store one extraction in its own transaction; a user-facing error skips it (nothing of it
    is kept), and so does a row of it that the database refuses (a constraint, a value too long
    for its column: PostgreSQL checks lengths, SQLite does not), with the database's reason in
    one line; a duplicate stored meanwhile by another process counts as ``unchanged``."""
    for attempt in range(5):
        try:
            with conn.begin():
                return Written(repo.store_extraction(conn, ex, run_id, extractor_version))
        except DuplicateError:
            return Written("unchanged")
        except ClaimcheckError as exc:
            return Written("skipped", str(exc))
        except (IntegrityError, DataError, sqlite3.IntegrityError) as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            return Written("skipped", f"{ex.id}: the database refused it: {reason[0] if reason else type(exc).__name__}")
        except DBAPIError as exc:
            if not _write_conflict(exc) or attempt == 4:
                raise
    raise AssertionError("unreachable")


def _write_conflict(exc: DBAPIError) -> bool:
    """A transaction the server aborted for another writer's sake (PostgreSQL: deadlock
    detected, 40P01, or serialization failure, 40001): written again, it succeeds.  A batch of
    articles inserts and renames shared sources article by article, so two concurrent batches
    can lock the same sources in opposite orders; PostgreSQL then aborts one of them."""
    return getattr(exc.orig, "sqlstate", None) in ("40P01", "40001")


def _write_together(conn: Connection, extractions: Sequence[Extraction], run_id: int,
                    extractor_version: str) -> list[Written]:
    pending: dict = {}
    conn.info[repo.PENDING_ROWS] = pending
    seen: set[str] = set()
    out = []
    for ex in extractions:
        if ex.content_hash in seen or ex.id in seen:
            # the same text or document again: what it reads back must be written first
            _flush(conn, pending)
        seen.update((ex.content_hash, ex.id))
        out.append(Written(repo.store_extraction(conn, ex, run_id, extractor_version)))
    _flush(conn, pending)
    return out


def _flush(conn: Connection, pending: dict) -> None:
    """Insert the collected child rows (parents are already in: any order of tables works)."""
    rows_by_table = list(pending.items())
    pending.clear()
    conn.info.pop(repo.PENDING_ROWS, None)
    try:
        for table, rows in rows_by_table:
            by_cols: dict[tuple[str, ...], list] = {}
            for r in rows:
                by_cols.setdefault(tuple(r), []).append(r)
            for group in by_cols.values():
                repo._bulk(conn, table, group)  # noqa: SLF001 - the same insert path, now for the batch
    finally:
        conn.info[repo.PENDING_ROWS] = pending
