"""Alembic, wired in code: the only module that calls ``alembic.command``.

The migration scripts live at the top level of the repository (``migrations/``) and ship
inside the package as ``claimcheck.migrations``, so they work after a plain ``pip install``.
"""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import Engine

from claimcheck.errors import StoreError


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


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        command.upgrade(_config(engine), revision)
    except CommandError as exc:
        raise StoreError(f"cannot upgrade to {revision!r}: {exc}") from None


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        command.downgrade(_config(engine), revision)
    except CommandError as exc:
        raise StoreError(f"cannot downgrade to {revision!r}: {exc}") from None


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
