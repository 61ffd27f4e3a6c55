"""Alembic, wired in code: the only module that calls ``alembic.command``.

The migration scripts live at the top level of the repository (``migrations/``) and ship
inside the package as ``claimcheck.migrations``, so they work after a plain ``pip install``.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import StoreError

if TYPE_CHECKING:  # annotations only: head_fast() is read without loading SQLAlchemy (check)
    from sqlalchemy import Engine


def _script_location() -> str:
    """``claimcheck/migrations`` in an installed package; the top-level ``migrations/`` when
    running from a source checkout (the same files, mapped by ``pyproject.toml``)."""
    here = Path(__file__).resolve().parents[1]
    for candidate in (here / "migrations", here.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return str(candidate)
    raise StoreError(f"migration scripts not found beside {here}")


def _config(engine: Engine, out: io.StringIO | None = None):  # noqa: ANN202
    from alembic.config import Config

    cfg = Config(stdout=out or io.StringIO())
    cfg.set_main_option("script_location", _script_location())
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def head() -> str:
    from alembic.script import ScriptDirectory
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", _script_location())
    heads = ScriptDirectory.from_config(cfg).get_heads()
    if len(heads) != 1:
        raise StoreError(f"migration chain has {len(heads)} heads: {heads}")
    return heads[0]


def current(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


# PostgreSQL advisory lock key held while migrating ("claimmig" read as a signed 64-bit integer)
MIGRATION_LOCK_KEY = int.from_bytes(b"claimmig", "big") - 2**63


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``.  On SQLite the whole upgrade (every step, the first included)
    runs in one ``BEGIN IMMEDIATE`` transaction: a process killed midway leaves the schema as it
    was (a new file: no tables at all), and a second process that migrates the same file at
    the same time waits for the first and then finds nothing to do.  PostgreSQL has
    transactional DDL already; there, an advisory lock makes a second migrator wait likewise.
    Raises StoreError for an unknown revision or a schema that an older, interrupted first
    migration left incomplete."""
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        if engine.dialect.name == "postgresql":
            from sqlalchemy import text

            with engine.connect() as conn:  # one migrator at a time; the others find nothing to do
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
                cfg = _config(engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                _refuse_downgrade(conn, cfg, revision)
                conn.commit()
            return
        if engine.dialect.name != "sqlite":
            command.upgrade(_config(engine), revision)
            return
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock now: one migrator at a time
            _repair_incomplete(conn, str(engine.url.database))
            cfg = _config(engine)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            _refuse_downgrade(conn, cfg, revision)
            conn.commit()
    except CommandError as exc:
        raise StoreError(f"cannot upgrade to {revision!r}: {exc}") from None


def _refuse_downgrade(conn, cfg, revision: str) -> None:  # noqa: ANN001
    """After an upgrade to ``revision``: a database left at another revision means the target
    was older than the database (Alembic's upgrade then does nothing); claimcheck does not
    downgrade, so that is refused (StoreError) rather than reported as done."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(cfg)
    try:
        target = script.as_revision_number(revision)
    except Exception:  # noqa: BLE001 - a relative target (+1, head-1): Alembic resolved it already
        return
    if isinstance(target, tuple):
        target = target[0] if len(target) == 1 else None
    at = MigrationContext.configure(conn).get_current_revision()
    older = target is None or target in {r.revision for r in script.iterate_revisions(at, "base")}
    if at != target and at is not None and older:
        raise StoreError(f"cannot upgrade to {revision!r}: the database is at {at}, newer "
                         "(claimcheck does not downgrade)")


def _repair_incomplete(conn, where: str) -> None:  # noqa: ANN001
    """A SQLite file with some of claimcheck's tables but no ``alembic_version`` is what a first
    migration killed midway left before migrations ran in one transaction.  Holding no rows,
    its tables are dropped (in this transaction) and the migration starts again; holding rows,
    it is refused with what to do."""
    from claimcheck.store.models import Base

    names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    ours = sorted(names & set(Base.metadata.tables))
    if "alembic_version" in names or not ours:
        return
    rows = sum(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() or 0 for t in ours)
    if rows:
        raise StoreError(f"{where}: an incomplete schema (a first migration was interrupted) that holds "
                         f"{rows} rows; move the file aside and ingest again into a new database")
    # triggers and views, then tables that are not models (full-text), then the models'
    # tables children first (a parent dropped first fails the foreign-key check of the child)
    others = conn.exec_driver_sql("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') "
                                  "ORDER BY type").all()
    extra = sorted(n for n in names - set(Base.metadata.tables) if not n.startswith("sqlite_"))
    models = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name in names]
    for kind, name in [*others, *(("table", n) for n in extra + models)]:
        conn.exec_driver_sql(f'DROP {kind.upper()} IF EXISTS "{name}"')


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        command.downgrade(_config(engine), revision)
    except CommandError as exc:
        raise StoreError(f"cannot downgrade to {revision!r}: {exc}") from None


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def head_fast() -> str | None:
    """The head revision read from the migration files without Alembic (a few milliseconds
    instead of loading Alembic): the one revision no other names as its ``down_revision``.
    None when that is not one revision (then ask :func:`head`)."""
    revs, downs = set(), set()
    for path in (Path(_script_location()) / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev:
            revs.add(rev.group(1))
        if down and down.group(1):
            downs.add(down.group(1))
    heads = revs - downs
    return next(iter(heads)) if len(heads) == 1 else None


def is_at_head(engine: Engine) -> bool:
    """Whether the database is at the head revision, checked without loading Alembic (read
    commands call it before :func:`ensure_head`, which they need only when it says no).  False
    too when the database cannot say (no version table yet)."""
    from sqlalchemy.exc import DatabaseError

    want = head_fast()
    if want is None:
        return False
    try:
        with engine.connect() as conn:
            got = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    except DatabaseError:
        return False
    return got == [want]


def ensure_head(engine: Engine) -> None:
    """Bring the database to head (every command that needs the database calls this)."""
    from sqlalchemy.exc import DatabaseError

    try:
        if current(engine) != head():
            try:
                upgrade(engine)
            except DatabaseError as exc:
                from claimcheck.store.session import user_error

                if (user := user_error(exc)) is not None and "locked" not in str(user):
                    raise user from None  # a full disk or a read-only file: waiting will not help
                # another process is migrating the same new file: wait for it to finish
                import time

                for _ in range(120):
                    time.sleep(0.25)
                    if current(engine) == head():
                        break
                else:
                    raise
    except DatabaseError as exc:
        from claimcheck.store.session import user_error

        if (user := user_error(exc)) is not None:
            raise user from None
        msg = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StoreError(f"cannot open or migrate database: {msg}") from None


def check(engine: Engine) -> list[str]:
    """Differences between the models and the database (empty when in sync)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from claimcheck.store.models import Base

    def ours(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
        # a handed-over export adds a data dictionary, full-text tables and views: not drift
        return not (type_ == "table" and reflected and compare_to is None
                    and (name.startswith("_") or "_fts" in name or name == "sqlite_stat1"))

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": ours})
        diffs = compare_metadata(ctx, Base.metadata)
    return [str(d) for d in diffs]
