"""Opening the database: one engine per call or a :class:`Store` for several, the read/write
helpers every other call goes through, and the ``db`` commands."""

from __future__ import annotations

from typing import Any

from claimcheck.errors import ClaimcheckError


def user_error(exc: BaseException) -> ClaimcheckError | None:
    """``exc`` (raised by any call here) as a one-line user error when it is the user's to fix
    (a full disk, a permission, a database server that cannot be reached, ...); None for a bug."""
    from claimcheck.store.session import user_error as store_user_error

    return store_user_error(exc)


def open_store(db: str | None, create: bool = True):  # noqa: ANN201
    """An engine for ``db`` (path or URL), migrated to head.  ``create=False`` (commands that
    only read) refuses a SQLite file that does not exist instead of creating an empty one."""

    from claimcheck.store.migrate import ensure_head
    from claimcheck.store.session import check_connect, make_engine, require_claimcheck_file, resolve_url

    url = resolve_url(db)
    if not create:
        require_claimcheck_file(url)
    engine = make_engine(url)
    check_connect(engine)
    ensure_head(engine)
    _mark_interrupted(engine)
    return engine


def _mark_interrupted(engine) -> None:  # noqa: ANN001
    """Runs left ``running`` by a process that was killed become ``interrupted`` (a read-only
    database is left as it is)."""
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope, user_error

    try:
        with session_scope(engine) as s:
            repo.mark_interrupted(s)
    except Exception as exc:  # noqa: BLE001 - only a database the user cannot write is let pass
        if user_error(exc) is None:
            raise


def db_upgrade(db: str | None, revision: str = "head") -> str | None:
    """Migrate ``db`` (created when missing: the one db command that creates) to ``revision``
    and return the revision it is at.  claimcheck never downgrades: a target older than the
    database's revision (``base`` included) raises StoreError, as does an unknown one."""
    from claimcheck.store.migrate import current, upgrade
    from claimcheck.store.session import check_connect, make_engine, resolve_url

    engine = make_engine(resolve_url(db))
    try:
        check_connect(engine)
        upgrade(engine, revision)
        return current(engine)
    finally:
        engine.dispose()  # closed: a library caller keeps no connection (nor SQLite journal) open


def db_current(db: str | None) -> tuple[str | None, str]:
    """(the database's revision, the newest).  Reads only: a missing SQLite file raises StoreError."""
    from claimcheck.store.migrate import current, head
    from claimcheck.store.session import check_connect, make_engine, require_claimcheck_file, resolve_url

    url = resolve_url(db)
    require_claimcheck_file(url)
    engine = make_engine(url)
    try:
        check_connect(engine)
        return current(engine), head()
    finally:
        engine.dispose()


def db_check(db: str | None) -> list[str]:
    """Drift between the code's schema and the database (empty: in sync), read only: nothing is
    created, migrated or marked (``db upgrade`` is the one db command that writes).  Raises
    StoreError for a missing, empty or another program's SQLite file, for a database with no
    claimcheck schema (an empty server database, say) and for one at another revision than
    this version's (run ``db upgrade``)."""
    from claimcheck.errors import StoreError
    from claimcheck.store.migrate import check, current, head
    from claimcheck.store.session import check_connect, make_engine, require_claimcheck_file, resolve_url

    url = resolve_url(db)
    require_claimcheck_file(url)
    engine = make_engine(url)
    try:
        check_connect(engine)
        where = engine.url.render_as_string(hide_password=True)
        where = where[len("sqlite:///"):] if where.startswith("sqlite:///") else where
        revision, newest = current(engine), head()
        if revision is None:
            raise StoreError(f"{where}: not a claimcheck database (no schema revision); "
                             "`claimcheck db upgrade` creates or completes the schema")
        if revision != newest:
            raise StoreError(f"{where}: schema revision {revision}, this claimcheck's is {newest}; "
                             "run `claimcheck db upgrade`")
        return check(engine)
    finally:
        engine.dispose()


class Store:
    """An open database for several calls: one engine, opened and migration-checked once. Pass
    it instead of a path or URL to the read calls and ``add_verdict`` (an interactive review
    makes one per session); close it, or use it in a ``with`` block. Raises StoreError like
    :func:`open_store` (``create=False``: a missing SQLite file is refused)."""

    def __init__(self, db: str | None, create: bool = False) -> None:
        self.engine = open_store(db, create=create)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


Db = str | Store | None  # a database path or URL ($CLAIMCHECK_DB when None), or an open Store


def _read(db: Db, fn, *args: Any, **kwargs: Any):  # noqa: ANN001, ANN202
    """``fn(session, *args, **kwargs)`` in one read-only transaction on one snapshot (never two
    analyses mixed), on ``db`` (opened and closed here unless it is a Store)."""
    return _on(db, fn, args, kwargs, write=False)


def _on(db: Db, fn, args: tuple[Any, ...], kwargs: dict[str, Any], write: bool):  # noqa: ANN001, ANN202
    from claimcheck.store.session import read_scope, session_scope

    engine = db.engine if isinstance(db, Store) else open_store(db, create=False)
    try:
        with (session_scope if write else read_scope)(engine) as s:
            return fn(s, *args, **kwargs)
    finally:
        if not isinstance(db, Store):
            engine.dispose()
