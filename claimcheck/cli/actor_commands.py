"""``claimcheck actors``: the actors with their aliases, and a researcher's merge/split decisions."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from claimcheck.cli.base import DbOpt, actors_app, guard, not_negative, reviewer_name
from claimcheck.cli.options import (FORMAT_HELP, AliasArg, By, CsvOpt, JsonOpt, ListFormat, ListFormatOpt, NlOpt, Note,
                                    TableJson)


@actors_app.callback()
@guard
def actors(ctx: typer.Context, db: DbOpt = None, format: ListFormatOpt = ListFormat.table,
           csv_: CsvOpt = False, json_: JsonOpt = False, nl: NlOpt = False) -> None:
    """List actors with their aliases, and the merges proposed but not applied (JSON: a list of
    {"name", "aliases", "type", "id", "origin", "proposed_merges"})."""
    if ctx.invoked_subcommand is not None:
        return
    from claimcheck import api
    from claimcheck.report import render

    from claimcheck.report.listing import pick_format, write_listing

    fmt = pick_format(format.value, csv_, json_, nl)
    acts, props = api.actors(db)  # JSON: a list of actors, each with its proposed merges
    write_listing(acts, fmt, sys.stdout, render.actors_table(acts, props) if fmt == "table" else None)



def _decide(action: str, a: str, b: str, db: str | None, by: str | None, note: str | None) -> None:
    from claimcheck import api

    typer.echo(api.actor_decision(db, action, a, b, reviewer_name(by), note))


@actors_app.command("merge")
@guard
def actors_merge(a: AliasArg, b: AliasArg, db: DbOpt = None, by: By = None, note: Note = None) -> None:
    """Merge two actors (by any of their aliases); the decision survives re-ingest."""
    _decide("merge", a, b, db, by, note)


@actors_app.command("split")
@guard
def actors_split(a: AliasArg, b: AliasArg, db: DbOpt = None, by: By = None, note: Note = None) -> None:
    """Keep two aliases apart as different actors; the decision survives re-ingest."""
    _decide("split", a, b, db, by, note)


@actors_app.command("decisions")
@guard
def actors_decisions(db: DbOpt = None,
                     undo: Annotated[Optional[int], typer.Option("--undo", metavar="ID", callback=not_negative,
                                                                 help="Undo the decision with this id and re-analyse.")] = None,
                     format: Annotated[TableJson, typer.Option("--format", "-f", help=FORMAT_HELP)] = TableJson.table) -> None:
    """List the merge and split decisions (id, action, the two names, who, when, note), or undo one."""
    from claimcheck import api
    from claimcheck.report import render
    from claimcheck.report.safe import terminal_text

    if undo is not None:
        typer.echo(api.undo_actor_decision(db, undo))
        return
    rows = api.actor_decisions(db)
    if format == TableJson.json:
        sys.stdout.write(render.to_json(rows))
        return
    for r in rows:
        note = f": {r['note']}" if r["note"] else ""
        typer.echo(terminal_text(f"{r['id']:>4}  {r['action']:<5}  {r['a']!r} / {r['b']!r}  by {r['decided_by']} "
                                 f"at {r['decided_at']}{note}"))
    if not rows:
        typer.echo("no decisions (claimcheck actors merge|split A B records one)")


