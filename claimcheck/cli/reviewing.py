"""``claimcheck review`` (the interactive review of flagged clusters) and ``claimcheck export``."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from claimcheck.cli.base import DbOpt, app, guard, reviewer_name, short_text
from claimcheck.cli.options import (ActorOpt, CsvOpt, ExportFormat, JsonOpt, ListFormat, ListFormatOpt, MinOriginsOpt, NlOpt,
                                    OutletOpt, PublisherType, SinceOpt, StatusOpt, UntilOpt)


@app.command()
@guard
def review(db: DbOpt = None,
           reviewer: Annotated[Optional[str], typer.Option(help="Your name (default: $CLAIMCHECK_REVIEWER or login).")] = None,
           all_: Annotated[bool, typer.Option("--all", help="Also show clusters already reviewed.")] = False,
           single_source: Annotated[bool, typer.Option("--single-source", help="Also review single-source claims.")] = False,
           list_: Annotated[bool, typer.Option("--list", help="Print the review queue and stop (for scripts).")] = False,
           format: ListFormatOpt = ListFormat.table, csv_: CsvOpt = False, json_: JsonOpt = False,
           nl: NlOpt = False) -> None:
    """Review flagged contradictions one by one; verdicts are stored with your name and the time."""
    from claimcheck import api
    from claimcheck.report import output, review as ui
    from claimcheck.report.theme import make_console

    if list_:
        from claimcheck.report.listing import pick_format

        output.write_rows(api.review_queue(db, include_reviewed=True, single_source=single_source),
                          pick_format(format.value, csv_, json_, nl), sys.stdout)
        return
    ui.require_terminal()
    who = reviewer_name(reviewer)
    with api.Store(db) as store:  # the database opened once for the whole review
        queue = api.review_queue(store, include_reviewed=all_, single_source=single_source)
        counts = ui.run_review(queue, lambda uid: api.show(store, uid),
                               lambda uid, verdict, note: api.add_verdict(store, uid, verdict, who, note),
                               make_console()) if queue else None
    typer.echo(ui.outcome(counts, all_))



@app.command()
@guard
def export(out: Annotated[Optional[str], typer.Argument(help="Output file (a folder for csv); stdout for jsonl, prov-json and claimreview when omitted.")] = None,
           format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")] = ExportFormat.jsonl,
           db: DbOpt = None,
           fts: Annotated[bool, typer.Option("--fts/--no-fts", help="sqlite: include the FTS5 full-text index.")] = True,
           overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace existing output files.")] = False,
           status: StatusOpt = None, actor: ActorOpt = None, since: SinceOpt = None, until: UntilOpt = None,
           outlet: OutletOpt = None, min_origins: MinOriginsOpt = 0,
           cluster: Annotated[Optional[str], typer.Option(help="Only this cluster (any unique prefix of its id).",
                                                          callback=short_text)] = None,
           publisher: Annotated[Optional[str], typer.Option(help="claimreview: the publishing organisation (the "
                                                                 "review's author).")] = None,
           publisher_url: Annotated[Optional[str], typer.Option("--publisher-url", help="claimreview: the "
                                                                "publisher's home page.")] = None,
           publisher_type: Annotated[PublisherType, typer.Option(
               "--publisher-type", help="claimreview: the publisher is an organization or a person "
                                        "(a fact-checker in their own name).")] = PublisherType.organization,
           review_url_template: Annotated[Optional[str], typer.Option(
               "--review-url-template", help="claimreview: the address of each review, with {cluster} in it "
                                             "(e.g. https://example.org/checks/{cluster}).")] = None) -> None:
    """Export the database: csv, jsonl, prov-json (W3C PROV), claimreview (schema.org), or a SQLite file
    to hand over; report's filters and --cluster keep only those clusters."""
    from claimcheck import api

    filters = api.ReportFilters(tuple(s.value for s in status or []), actor, since, until, outlet, min_origins)
    result = api.export(db, format.value, out, fts=fts, overwrite=overwrite, filters=filters, cluster=cluster,
                        publisher=api.Publisher(publisher, publisher_url, review_url_template,
                                                "Person" if publisher_type.value == "person" else "Organization"))
    if result.text is not None:
        sys.stdout.write(result.text)
        sys.stdout.flush()
    typer.echo(result.summary, err=True)

