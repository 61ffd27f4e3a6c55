"""Engines and sessions. Nothing is created at import time."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from claimcheck.errors import StoreError

DEFAULT_DB = "claimcheck.db"
BUSY_TIMEOUT_MS = 30_000


def resolve_url(db: str | None) -> str:
    """``--db`` (a path or SQLAlchemy URL), else ``$CLAIMCHECK_DB``, else ``./claimcheck.db``."""
    value = db or os.environ.get("CLAIMCHECK_DB") or DEFAULT_DB
    if "://" in value:
        try:
            make_url(value)
        except ArgumentError:
            raise StoreError(f"{value!r} is not a database URL or path") from None
        return value
    path = Path(value).expanduser()
    if path.is_dir():
        raise StoreError(f"{value}: is a folder, not a database file")
    if not path.parent.exists():
        raise StoreError(f"{value}: folder {str(path.parent)!r} does not exist")
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    try:
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.OperationalError as exc:
        # a read-only file is read as it is; a file another process is setting up is in WAL
        # mode already (the mode is stored in the file)
        msg = str(exc).replace("-", "").replace(" ", "")
        if "readonly" not in msg and "locked" not in msg:
            raise
    cur.close()


def make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database {url!r}: {exc}") from None
    return engine


def check_connect(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DatabaseError as exc:
        msg = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError(f"cannot open database {engine.url.render_as_string(hide_password=True)}: {msg}") from None


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error."""
    maker = sessionmaker(engine, expire_on_commit=False)
    with maker() as session:
        with session.begin():
            yield session


@contextmanager
def connection_scope(engine: Engine) -> Iterator[Connection]:
    """One connection for a batch; the caller opens a transaction per unit of work.  On SQLite
    the write-ahead log is checkpointed every 10,000 pages instead of 1,000 during the batch
    (each checkpoint syncs the file: the main cost of a commit) and once, truncated, at the end."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=10000")
            conn.commit()
        try:
            yield conn
        finally:
            if sqlite:
                if conn.in_transaction():
                    conn.rollback()
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.exec_driver_sql("PRAGMA wal_autocheckpoint=1000")
                conn.commit()

