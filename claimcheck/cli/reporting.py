"""Commands that read the analysis: ``xref``, ``report``, ``show``, ``sources``, ``check``, ``stance``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimcheck.cli.base import DbOpt, app, fail, guard, not_negative, print_renderable, short_text
from claimcheck.cli.options import (FORMAT_HELP, CsvOpt, JsonOpt, ListFormat, ListFormatOpt, NlOpt, ReportFormat,
                                    ShowFormat, Sort, StanceFormat, Status, TableJson)
from claimcheck.report.output import TABLE_LIMIT


@app.command()
@guard
def xref(db: DbOpt = None) -> None:
    """Cross-reference all claims now (ingest does this itself after adding articles)."""
    from claimcheck import api

    s = api.xref(db)
    typer.echo(f"run {s.run_id}: {s.claims} claims in {s.clusters} clusters ("
               + ", ".join(f"{v} {k}" for k, v in sorted(s.by_status.items())) + ")")


@app.command()
@guard
def report(
    db: DbOpt = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")] = ReportFormat.table,
    status: Annotated[Optional[list[Status]], typer.Option("--status", help="Only clusters with this status (repeatable).")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Only clusters about this actor (any of its names; in its actors, claims or sources).",
                                                 callback=short_text)] = None,
    since: Annotated[Optional[str], typer.Option(help="Only clusters seen on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only clusters seen on or before this date.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only clusters reported by this outlet (substring).",
                                                  callback=short_text)] = None,
    min_origins: Annotated[int, typer.Option("--min-origins", help="Only clusters with at least N independent origins.",
                                             callback=not_negative)] = 0,
    sort: Annotated[Sort, typer.Option(help="Sort order.")] = Sort.status,
    limit: Annotated[Optional[int], typer.Option(help=f"At most N rows (0: all; default: {TABLE_LIMIT} for the "
                                                       "table, all for the other formats).",
                                                  callback=not_negative)] = None,
    all_: Annotated[bool, typer.Option("--all", help="Table: also list the one-mention claims in an outlet's "
                                                     "own voice (folded into a count by default).")] = False,
    csv_: CsvOpt = False, json_: JsonOpt = False, nl: NlOpt = False,
    out: Annotated[Optional[str], typer.Argument(help="With --format html: the page to write.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="--format html: replace OUT.")] = False,
    by_story: Annotated[bool, typer.Option("--by-story", help="Show the clusters of one story (same actors "
                                                             "and event) together, under its heading.")] = False,
) -> None:
    """The corroboration table: a digest of the findings, then every cluster with status,
    credibility, origins and sources; --format html OUT.html writes one self-contained page
    with each cluster's provenance graph, timeline and sentences."""
    from claimcheck import api
    from claimcheck.report import output
    from claimcheck.report.listing import pick_format

    fmt = pick_format(format.value, csv_, json_, nl)
    filters = api.ReportFilters(tuple(s.value for s in status or []), actor, since, until, outlet, min_origins,
                                sort.value)
    if out is not None and fmt != "html":
        raise fail(f"{out!r}: an output file is for --format html only (the other formats print)")
    note = api.analysis_note(db)  # first: a missing database is refused before any output
    if fmt == "html":
        typer.echo(api.report_html(db, filters, out, limit, overwrite), err=True)
    elif fmt in output.STREAMED_FORMATS and not limit and not by_story:  # every row, written as it is read
        output.write_rows_stream(api.report_stream(db, filters), fmt, sys.stdout)
    else:
        page = api.report_page(db, filters, output.report_limit(fmt, limit),
                               with_articles=fmt in output.STREAMED_FORMATS, by_story=by_story)
        output.write_report(page, fmt, sys.stdout, sys.stderr, show_all=all_, by_story=by_story)
    if note:
        sys.stderr.write(f"note: {note}\n")


@app.command()
@guard
def show(cluster: Annotated[str, typer.Argument(help="Cluster id (or its first characters) from `report`.",
                                                callback=short_text)],
         db: DbOpt = None,
         format: Annotated[ShowFormat, typer.Option("--format", "-f", help="Output format: the tree, JSON, or the "
                                                    "provenance graph as Graphviz dot or SVG.")] = ShowFormat.table) -> None:
    """The provenance tree of one cluster: each mention, its sentence, source, cue, via chain and article."""
    from claimcheck import api
    from claimcheck.report import render

    if format in (ShowFormat.dot, ShowFormat.svg):
        sys.stdout.write(api.show_graph(db, cluster, format.value))
        return
    d = api.show(db, cluster)
    if format == ShowFormat.json:
        sys.stdout.write(render.to_json(d))
    else:
        print_renderable(render.show_tree(d))


@app.command()
@guard
def sources(db: DbOpt = None,
            format: ListFormatOpt = ListFormat.table, csv_: CsvOpt = False, json_: JsonOpt = False, nl: NlOpt = False,
            kind: Annotated[Optional[str], typer.Option(help="Only sources of this kind.",
                                                        callback=short_text)] = None,
            all_: Annotated[bool, typer.Option("--all", help="Also list the names that are no source (a pronoun, "
                                                             "a common noun, a direction, a thing shown), "
                                                             "unresolved and ungraded.")] = False) -> None:
    """Sources with kind, reliability grade A–F and its reasons, and counts of their claims."""
    from claimcheck import api
    from claimcheck.report import render

    from claimcheck.report.listing import pick_format, write_listing

    fmt = pick_format(format.value, csv_, json_, nl)
    rows, hidden = api.sources_listing(db, kind, unresolved=all_)
    write_listing(rows, fmt, sys.stdout, render.sources_table(rows) if fmt == "table" else None)
    if hidden and fmt == "table":
        sys.stderr.write(f"note: {hidden} name(s) that are no source (pronouns, common nouns, directions, "
                         "things shown) not listed; --all lists them\n")


@app.command()
@guard
def check(claim: Annotated[str, typer.Argument(help="The claim to check, in your words.")],
          db: DbOpt = None,
          format: Annotated[TableJson, typer.Option("--format", "-f", help=FORMAT_HELP)] = TableJson.table,
          limit: Annotated[int, typer.Option(help="At most N evidence sentences.", callback=not_negative)] = 20) -> None:
    """The evidence in the database for and against one claim."""
    from claimcheck import api
    from claimcheck.report import render

    d = api.check(db, claim, limit)
    if d.get("analysis_stale"):
        sys.stderr.write(f"note: {d['note']}\n")
    sys.stdout.write(render.to_json(d)) if format == TableJson.json else print_renderable(render.check_table(d))



@app.command()
@guard
def stance(pairs: Annotated[Optional[Path], typer.Argument(help="JSONL of {\"id\", \"claim\", \"text\"}, or an article with --claim.")] = None,
           claim: Annotated[Optional[str], typer.Option(help="Judge one article (PAIRS is then its path).")] = None,
           format: Annotated[StanceFormat, typer.Option("--format", "-f", help="Output format: one JSON object a line, or id<TAB>label.")] = StanceFormat.jsonl) -> None:
    """Does a text corroborate, contradict, observe (report without taking a side) or not address a claim?"""
    from claimcheck import api
    from claimcheck.report import output

    if pairs is None:
        raise fail("give a PAIRS.jsonl file, or --claim TEXT and an article path")
    if claim is not None and not claim.strip():
        raise fail("--claim: the claim is empty")
    if output.write_stances(api.stance(str(pairs), claim), format.value, sys.stdout, sys.stderr):
        raise typer.Exit(1)


