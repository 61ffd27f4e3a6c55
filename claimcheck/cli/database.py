"""``claimcheck db upgrade|current|check``: the schema's Alembic migrations."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from claimcheck.cli.base import DbOpt, db_app, fail, guard


@db_app.command("upgrade")
@guard
def db_upgrade(db: DbOpt = None,
               revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Migrate the database to the newest schema (or to REVISION)."""
    from claimcheck import api

    typer.echo(f"database at revision {api.db_upgrade(db, revision) or '(empty)'}")


@db_app.command("current")
@guard
def db_current(db: DbOpt = None) -> None:
    """Print the database's schema revision and the newest one."""
    from claimcheck import api

    cur, head = api.db_current(db)
    typer.echo(f"current: {cur or '(empty)'}\nhead:    {head}" + ("" if cur == head else "\n(run `claimcheck db upgrade`)"))


@db_app.command("check")
@guard
def db_check(db: DbOpt = None) -> None:
    """Verify that the database schema matches this version of claimcheck (exit 1 on drift)."""
    from claimcheck import api

    diffs = api.db_check(db)
    if diffs:
        for d in diffs:
            sys.stderr.write(f"drift: {d}\n")
        raise fail(f"schema differs from the models in {len(diffs)} place(s)")
    typer.echo("schema matches the models")


