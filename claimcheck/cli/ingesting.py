"""Commands that read articles: ``ingest`` (into the database) and ``extract`` (without one)."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from claimcheck.cli.base import DbOpt, app, guard
from claimcheck.cli.options import Encoding, ExtractFormat, Language, MaxSize, Outlet, Published, Title, Url


def _overrides(published, outlet, url, title, language=None) -> dict:  # noqa: ANN001
    """The metadata options for every article; a bad ``--published`` is a user error before
    anything is read (:func:`claimcheck.ingest.pipeline.check_overrides`)."""
    from claimcheck.ingest.pipeline import check_overrides

    got = {k: v for k, v in (("published", published), ("outlet", outlet), ("url", url), ("title", title),
                             ("language", language)) if v is not None}
    check_overrides(got)
    return got



@app.command()
@guard
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (.txt, .jsonl, .html, .warc.gz).")],
    db: DbOpt = None, published: Published = None, outlet: Outlet = None, url: Url = None,
    title: Title = None, language: Language = None, max_size: MaxSize = 20.0, encoding: Encoding = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    quiet_unsupported: Annotated[bool, typer.Option(
        "--quiet-unsupported", help="Pass over files of unsupported types in folders without a word.")] = False,
    workers: Annotated[Optional[int], typer.Option(
        help="Processes that parse articles (default: the number of cores; one process writes).")] = None,
) -> None:
    """Ingest articles into the database (idempotent: the same article twice adds nothing)."""
    from claimcheck import api
    from claimcheck.report.progress import IngestProgress, note_lines, skipped_lines, summary_text
    from claimcheck.report.theme import make_console

    with IngestProgress(enabled=not quiet) as progress:
        summary = api.ingest(paths, db, _overrides(published, outlet, url, title, language),
                             int(max_size * 1024 * 1024), encoding, progress.update,
                             quiet_unsupported=quiet_unsupported, workers=workers)
    sys.stderr.write("".join(line + "\n" for line in skipped_lines(summary) + note_lines(summary)))
    if not quiet:
        make_console(stderr=True).print(summary_text(summary))
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
@guard
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (.txt, .jsonl).")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.table,
    published: Published = None, outlet: Outlet = None, url: Url = None, title: Title = None,
    language: Language = None, max_size: MaxSize = 20.0, encoding: Encoding = None,
) -> None:
    """Parse articles without a database and print what was found (one JSON object per article)."""
    from claimcheck import api
    from claimcheck.report import output

    items = api.extract(paths, _overrides(published, outlet, url, title, language), int(max_size * 1024 * 1024),
                        encoding)
    if output.write_extractions(items, format.value, sys.stdout, sys.stderr):
        raise typer.Exit(1)


