"""Engines and sessions. Nothing is created at import time."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError

from claimcheck.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEFAULT_DB = "claimcheck.db"
BUSY_TIMEOUT_MS = 30_000


def resolve_url(db: str | None) -> str:
    """``--db`` (a path or SQLAlchemy URL), else ``$CLAIMCHECK_DB``, else ``./claimcheck.db``."""
    value = db or os.environ.get("CLAIMCHECK_DB") or DEFAULT_DB
    if "://" in value:
        try:
            make_url(value)
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            raise StoreError(f"{value!r} is not a database URL or path") from None
        return value
    path = Path(value).expanduser()
    if path.is_dir():
        raise StoreError(f"{value}: is a folder, not a database file")
    if path.exists() and not path.is_file():  # a FIFO would block, a device is no database
        raise StoreError(f"{value}: is {_special_kind(path)}, not a database file")
    if not path.parent.exists():
        raise StoreError(f"{value}: folder {str(path.parent)!r} does not exist")
    return f"sqlite:///{path}"


def _special_kind(path: Path) -> str:
    """What a path that exists but is neither a folder nor a regular file is, in words."""
    import stat

    mode = path.stat().st_mode
    kinds = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


_CORE_TABLES = ("runs", "articles", "sentences", "attributions", "claims", "sources")  # any one: ours


def require_claimcheck_file(url: str) -> None:
    """For commands that only read: refuse a SQLite ``url`` whose file is missing, empty or a
    database of something else (no claimcheck tables), instead of migrating a schema into it.
    Raises StoreError with one line; anything else (a server URL, a claimcheck file, one that
    an interrupted first migration left half-built) passes."""
    if not url.startswith("sqlite:///"):
        return
    name = url[len("sqlite:///"):]
    path = Path(name)
    if not path.is_file():
        raise StoreError(f"{name}: no such database (ingest articles first)")
    if path.stat().st_size == 0:
        raise StoreError(f"{name}: an empty file, not a claimcheck database (ingest articles into it first)")
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return  # not SQLite at all: check_connect says so in its own words
    if not tables:  # what an ingest killed before its first migration committed leaves
        raise StoreError(f"{name}: a SQLite database with no tables yet (an ingest interrupted before it "
                         "made them, say): ingest articles into it first")
    if not tables & {"alembic_version", *_CORE_TABLES}:
        raise StoreError(f"{name}: a SQLite database without claimcheck tables (not written by claimcheck); "
                         "give another --db")


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


def _read_only_url(url: str) -> str:
    """A SQLite file in a folder this process cannot write (a read-only mount, say) is opened
    immutable: a database in WAL mode cannot otherwise be read there (its -shm file cannot be
    made).  Writes then fail as "read-only", one line."""
    if not url.startswith("sqlite:///") or "?" in url:
        return url
    path = Path(url[len("sqlite:///"):])
    if path.is_file() and not os.access(path.parent, os.W_OK):
        return f"sqlite:///file:{path.resolve()}?mode=ro&immutable=1&uri=true"
    return url


def make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            url = _read_only_url(url)
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except ImportError as exc:
        raise StoreError(f"cannot use database {url!r}: {exc}{_driver_hint(url, exc)}") from None
    except ArgumentError as exc:
        raise StoreError(f"cannot use database {url!r}: {exc}") from None
    return engine


def _driver_hint(url: str, exc: ImportError) -> str:
    """What to install when the database driver of ``url`` is missing: a plain ``pip install``
    carries SQLite only; PostgreSQL's driver (psycopg 3) is the ``postgres`` extra."""
    missing = (exc.name or "").split(".")[0]
    if url.startswith("postgresql") and missing in {"psycopg", "psycopg2", "psycopg_binary"}:
        return " (install the PostgreSQL driver: pip install 'claimcheck[postgres]')"
    if missing:
        package = _DRIVER_PACKAGES.get(missing, missing)
        return f" (the database driver {missing!r} is not installed: pip install {package})"
    return ""


# driver modules whose pip package has another name (SQLAlchemy's dialect documentation)
_DRIVER_PACKAGES = {"MySQLdb": "mysqlclient", "pymysql": "PyMySQL", "cx_Oracle": "cx-Oracle"}


def check_connect(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DatabaseError as exc:
        msg = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError(f"cannot open database {engine.url.render_as_string(hide_password=True)}: {msg}") from None


# Database messages (lower case) that mean the user must act, and what to tell them.
_DB_USER_ERRORS = (
    ("database or disk is full", "the disk is full (or the database reached its size limit); free some space "
                                 "and run the command again: what was committed is kept"),
    ("readonly database", "the database is read-only here (file or folder permissions, or a read-only "
                          "mount); check them or give another --db"),
    ("unable to open database file", "cannot open the database file: check that its folder exists and is "
                                     "writable"),
    ("disk i/o error", "the disk reported an I/O error (a read-only or failing disk, or a file removed "
                       "underneath); check it and run the command again"),
    ("database is locked", "the database stayed locked by another process for 30 s; try again when it "
                           "has finished"),
    ("pattern too complex", "a filter value is too long"),
    ("connection refused", "cannot connect to the database server (connection refused): is it running, "
                           "and are host and port right?"),
    ("could not translate host name", "cannot connect to the database server: unknown host name"),
    ("password authentication failed", "the database server refused the login (password authentication "
                                       "failed)"),
    ("does not exist", "the database server has no such database or role"),
)
_OS_USER_ERRORS = {
    errno.ENOSPC: "no space left on the device; free some space and run the command again",
    errno.EDQUOT: "disk quota exceeded; free some space and run the command again",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EROFS: "read-only file system",
}


def user_error(exc: BaseException) -> StoreError | None:
    """``exc`` as a one-line :class:`StoreError` when it is the user's to fix: a full disk, a
    permission, a read-only file or mount, a server that cannot be reached, a pattern too long
    for the database.  None for anything else (a bug, reported as an internal error)."""
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error) and exc.errno in _OS_USER_ERRORS:
        where = f"{exc.filename}: " if exc.filename else ""
        return StoreError(f"{where}{_OS_USER_ERRORS[exc.errno]}")
    if isinstance(exc, DBAPIError):
        text = str(exc.orig or exc)
    elif isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        text = str(exc)
    else:
        return None
    low = text.lower()
    for needle, message in _DB_USER_ERRORS:
        if needle in low:
            return StoreError(message)
    if isinstance(exc, OperationalError) and "connection" in low:
        first = text.strip().splitlines()[0] if text.strip() else text
        return StoreError(f"cannot use the database server: {first[:300]}")
    return None


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error."""
    from sqlalchemy.orm import sessionmaker  # here: a command that reads through a Connection never loads the ORM

    maker = sessionmaker(engine, expire_on_commit=False)
    with maker() as session:
        with session.begin():
            yield session


@contextmanager
def read_scope(engine: Engine) -> Iterator[Session]:
    """One read-only transaction on one snapshot: every statement in it sees the database as
    it was at the first, so a read never mixes two analyses (one committed between two of its
    statements).  PostgreSQL: ``REPEATABLE READ, READ ONLY`` (a reader never blocks a writer
    nor fails for one); SQLite: an explicit ``BEGIN`` (the driver starts none before a
    SELECT), whose snapshot the write-ahead log keeps for it.  Writing in it is an error."""
    from sqlalchemy.orm import sessionmaker

    maker = sessionmaker(engine, expire_on_commit=False)
    with maker() as session:
        with session.begin():
            conn = session.connection()
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            elif conn.dialect.name == "sqlite":
                conn.exec_driver_sql("BEGIN")
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
        except BaseException:
            if sqlite:
                _abandon(conn)
            raise
        if sqlite:
            if conn.in_transaction():
                conn.rollback()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=1000")
            conn.commit()


def _abandon(conn: Connection) -> None:
    """After an exception (a Ctrl-C above all) in a SQLite writer's connection: roll back on the
    driver and drop the connection, without the checkpoint of a normal end.  A statement
    interrupted while its rows were read stays open as long as the traceback holds its cursor,
    and keeps a read lock on the write-ahead log: truncating the log would wait out the busy
    timeout (30 s) and replace the interrupt by "database is locked".  The rollback releases the
    write lock whatever statements are open (the next write, marking the run, goes through);
    the read lock goes with the cursor."""
    try:
        dbapi = conn.connection.dbapi_connection
        if dbapi is not None:
            dbapi.rollback()
    except Exception:  # noqa: BLE001 - the original exception is the one to report
        pass
    conn.invalidate()

