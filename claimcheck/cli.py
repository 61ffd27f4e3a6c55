"""The command line: typer only. Each command parses options, makes one library call, renders,
and turns a ClaimcheckError into one line on stderr with exit code 1."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck.errors import ClaimcheckError

app = typer.Typer(help="Claim provenance and source reliability for news: who says so, who else "
                       "says so independently, who denies it.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
db_app = typer.Typer(help="Database schema: Alembic migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")

DbOpt = Annotated[Optional[str], typer.Option("--db", help="Database path or SQLAlchemy URL "
                                               "(default: $CLAIMCHECK_DB, else ./claimcheck.db).")]


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def fail(message: str, code: int = 1) -> typer.Exit:
    sys.stderr.write(f"claimcheck: {message}\n")
    return typer.Exit(code)


def _guard(fn):  # noqa: ANN001, ANN202
    """Run a command body; a ClaimcheckError becomes one line on stderr."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN202
        try:
            return fn(*args, **kwargs)
        except ClaimcheckError as exc:
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            raise fail("interrupted; what was committed is kept", 130) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(1) from None

    return wrapper


def _overrides(published, outlet, url, title) -> dict:  # noqa: ANN001
    return {k: v for k, v in (("published", published), ("outlet", outlet), ("url", url), ("title", title))
            if v is not None}


Published = Annotated[Optional[str], typer.Option(help="Publication date for every article (wins over the text).")]
Outlet = Annotated[Optional[str], typer.Option(help="Outlet for every article.")]
Url = Annotated[Optional[str], typer.Option(help="URL for every article.")]
Title = Annotated[Optional[str], typer.Option(help="Title for every article.")]
MaxSize = Annotated[float, typer.Option("--max-size", help="Largest file accepted, in MB.")]
Encoding = Annotated[Optional[str], typer.Option(help="Decode input with this encoding instead of detecting.")]


@app.command()
@_guard
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (.txt, .jsonl).")],
    db: DbOpt = None, published: Published = None, outlet: Outlet = None, url: Url = None,
    title: Title = None, max_size: MaxSize = 20.0, encoding: Encoding = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Ingest articles into the database (idempotent: the same article twice adds nothing)."""
    from claimcheck import api
    from claimcheck.report.ingest import IngestProgress, render_summary

    with IngestProgress(enabled=not quiet) as progress:
        summary = api.ingest(paths, db, _overrides(published, outlet, url, title),
                             int(max_size * 1024 * 1024), encoding, progress.update)
    render_summary(summary, quiet)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
@_guard
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (.txt, .jsonl).")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.table,
    published: Published = None, outlet: Outlet = None, url: Url = None, title: Title = None,
    max_size: MaxSize = 20.0, encoding: Encoding = None,
) -> None:
    """Parse articles without a database and print what was found (one JSON object per article)."""
    from claimcheck import api
    from claimcheck.ingest.readers import Skip
    from claimcheck.report.extraction import extraction_table, extraction_to_json
    from claimcheck.report.theme import make_console

    skipped = 0
    docs = []
    console = make_console() if format == ExtractFormat.table else None
    for item in api.extract(paths, _overrides(published, outlet, url, title), int(max_size * 1024 * 1024), encoding):
        if isinstance(item, Skip):
            skipped += 1
            sys.stderr.write(f"claimcheck: skipped {item.reason}\n")
        elif format == ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(extraction_to_json(item), ensure_ascii=False) + "\n")
        elif format == ExtractFormat.json:
            docs.append(extraction_to_json(item))
        else:
            console.print(extraction_table(item))
    if format == ExtractFormat.json:
        sys.stdout.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
    if skipped:
        raise typer.Exit(1)


@db_app.command("upgrade")
@_guard
def db_upgrade(db: DbOpt = None,
               revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Migrate the database to the newest schema (or to REVISION)."""
    from claimcheck import api

    typer.echo(f"database at revision {api.db_upgrade(db, revision)}")


@db_app.command("current")
@_guard
def db_current(db: DbOpt = None) -> None:
    """Print the database's schema revision and the newest one."""
    from claimcheck import api

    cur, head = api.db_current(db)
    typer.echo(f"current: {cur or '(empty)'}\nhead:    {head}" + ("" if cur == head else "\n(run `claimcheck db upgrade`)"))


@db_app.command("check")
@_guard
def db_check(db: DbOpt = None) -> None:
    """Verify that the database schema matches this version of claimcheck (exit 1 on drift)."""
    from claimcheck import api

    diffs = api.db_check(db)
    if diffs:
        for d in diffs:
            sys.stderr.write(f"drift: {d}\n")
        raise fail(f"schema differs from the models in {len(diffs)} place(s)")
    typer.echo("schema matches the models")
