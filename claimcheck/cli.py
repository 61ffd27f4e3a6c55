"""The command line: typer only. Each command parses options, makes one library call, renders,
and turns a ClaimcheckError into one line on stderr with exit code 1."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.report.output import TABLE_LIMIT



class _OneLineGroup(TyperGroup):
    """The top command group: a command line the parser rejects (a value not among the choices,
    not a number, an unknown option or command) or a :class:`ClaimcheckError` raised by an option
    callback is one line on stderr and exit 1, like every other user error; no usage box."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, False, **extra)
        except ClaimcheckError as exc:
            sys.stderr.write(f"claimcheck: {exc}\n")
            sys.exit(1)
        except typer.Abort:
            sys.stderr.write("claimcheck: aborted\n")
            sys.exit(1)
        except Exception as exc:
            if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
                raise  # not the parser's: the command's own guard has reported it
            if type(exc).__name__ == "NoArgsIsHelpError":  # `claimcheck`, `claimcheck db`: the help was
                sys.exit(0)  # printed, as asked for (click's 2 would read as our bug)
            ctx = getattr(exc, "ctx", None)
            hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
            message = " ".join(str(exc.format_message()).replace("Value error, ", "").split())
            sys.stderr.write(f"claimcheck: {message}{hint}\n")
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


app = typer.Typer(help="Claim provenance and source reliability for news: who says so, who else "
                       "says so independently, who denies it.", no_args_is_help=True, cls=_OneLineGroup,
                  add_completion=True, pretty_exceptions_enable=False)
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


def _version(value: bool) -> None:
    """``--version``: the package and the extractor (parser + lexicons) versions, then exit."""
    if not value:
        return
    from claimcheck import api

    try:
        package, extractor = api.versions()
    except ClaimcheckError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"claimcheck {package} (extractor {extractor})")
    raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Print the claimcheck and extractor versions and exit.")] = False,
         csv_formulas: Annotated[bool, typer.Option(
             "--csv-formulas", help="Write CSV cells as they are: do not put an apostrophe before a cell "
                                    "that starts with = + - @ (which a spreadsheet would run).")] = False) -> None:
    if csv_formulas:
        import os

        from claimcheck.report.safe import FORMULAS_ENV

        os.environ[FORMULAS_ENV] = "1"  # read by every CSV writer of this process


def _guard(fn):  # noqa: ANN001, ANN202
    """Run a command body; a ClaimcheckError becomes one line on stderr."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any):  # noqa: ANN202
        try:
            return fn(*args, **kwargs)
        except ClaimcheckError as exc:
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            raise fail("interrupted; what was committed is kept", 130) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(1) from None
        except typer.Exit:
            raise
        except Exception as exc:  # an internal error: one line, the traceback only on request
            import os

            from claimcheck import api

            user = api.user_error(exc)  # a full disk, a permission, an unreachable server
            if user is not None:
                raise fail(str(user)) from None
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise fail(f"internal error: {type(exc).__name__}: {first[:300]} "
                       "(set CLAIMCHECK_DEBUG=1 for the traceback)", 2) from None

    return wrapper


FILTER_MAX = 1_000  # characters in a filter value (a database pattern has limits; no name is this long)


def _opt(param: typer.CallbackParam) -> str:
    return param.opts[0] if param.opts else str(param.name)


def _not_negative(param: typer.CallbackParam, value: Any) -> Any:
    """Option callback: a count that must be 0 or more."""
    if value is not None and value < 0:
        raise UsageError(f"{_opt(param)} {value}: must be 0 or more")
    return value


def _positive(param: typer.CallbackParam, value: Any) -> Any:
    """Option callback: a size that must be more than 0."""
    if value is not None and not value > 0:
        raise UsageError(f"{_opt(param)} {value}: must be more than 0")
    return value


def _short_text(param: typer.CallbackParam, value: Any) -> Any:
    """Option/argument callback: a filter value of at most FILTER_MAX characters."""
    if isinstance(value, str) and len(value) > FILTER_MAX:
        raise UsageError(f"{_opt(param)}: a value of {len(value):,} characters is too long "
                         f"(at most {FILTER_MAX:,})")
    return value


def _overrides(published, outlet, url, title, language=None) -> dict:  # noqa: ANN001
    return {k: v for k, v in (("published", published), ("outlet", outlet), ("url", url), ("title", title),
                              ("language", language)) if v is not None}


Published = Annotated[Optional[str], typer.Option(help="Publication date for every article (wins over the text).")]
Outlet = Annotated[Optional[str], typer.Option(help="Outlet for every article.")]
Url = Annotated[Optional[str], typer.Option(help="URL for every article.")]
Title = Annotated[Optional[str], typer.Option(help="Title for every article.")]
Language = Annotated[Optional[str], typer.Option(
    help="Language of every article (ISO 639-1: en, fr, es, de, ...), instead of detecting it; "
         "selects the attribution lexicon.")]
MaxSize = Annotated[float, typer.Option("--max-size", help="Largest file accepted, in MB.", callback=_positive)]
Encoding = Annotated[Optional[str], typer.Option(help="Decode input with this encoding instead of detecting.")]


@app.command()
@_guard
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
@_guard
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


@db_app.command("upgrade")
@_guard
def db_upgrade(db: DbOpt = None,
               revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Migrate the database to the newest schema (or to REVISION)."""
    from claimcheck import api

    typer.echo(f"database at revision {api.db_upgrade(db, revision) or '(empty)'}")


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


class ReportFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"


class ListFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


ListFormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format: table, json, "
                                                   "jsonl (one object a line), csv or markdown.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Shorthand for --format csv.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
NlOpt = Annotated[bool, typer.Option("--nl", help="Shorthand for --format jsonl (newline-delimited JSON).")]


FORMAT_HELP = "Output format: a table for people, JSON for scripts."
AliasArg = Annotated[str, typer.Argument(help="An actor's name or any of its aliases.")]


class TableJson(str, Enum):
    table = "table"
    json = "json"


class ShowFormat(str, Enum):
    table = "table"
    json = "json"
    dot = "dot"
    svg = "svg"


class Status(str, Enum):
    corroborated = "corroborated"
    contradicted = "contradicted"
    single_source = "single_source"
    unattributed = "unattributed"


class Sort(str, Enum):
    status = "status"
    origins = "origins"
    credibility = "credibility"
    date = "date"
    mentions = "mentions"


def _print(renderable) -> None:  # noqa: ANN001
    from claimcheck.report.theme import make_console

    make_console().print(renderable)


@app.command()
@_guard
def xref(db: DbOpt = None) -> None:
    """Cross-reference all claims now (ingest does this itself after adding articles)."""
    from claimcheck import api

    s = api.xref(db)
    typer.echo(f"run {s.run_id}: {s.claims} claims in {s.clusters} clusters ("
               + ", ".join(f"{v} {k}" for k, v in sorted(s.by_status.items())) + ")")


@app.command()
@_guard
def report(
    db: DbOpt = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")] = ReportFormat.table,
    status: Annotated[Optional[list[Status]], typer.Option("--status", help="Only clusters with this status (repeatable).")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Only clusters naming this actor (substring).",
                                                 callback=_short_text)] = None,
    since: Annotated[Optional[str], typer.Option(help="Only clusters seen on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only clusters seen on or before this date.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only clusters reported by this outlet (substring).",
                                                  callback=_short_text)] = None,
    min_origins: Annotated[int, typer.Option("--min-origins", help="Only clusters with at least N independent origins.",
                                             callback=_not_negative)] = 0,
    sort: Annotated[Sort, typer.Option(help="Sort order.")] = Sort.status,
    limit: Annotated[Optional[int], typer.Option(help=f"At most N rows (0: all; default: {TABLE_LIMIT} for the "
                                                       "table, all for the other formats).",
                                                  callback=_not_negative)] = None,
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
    if fmt == "html":
        typer.echo(api.report_html(db, filters, out, limit, overwrite), err=True)
        return
    if out is not None:
        raise fail(f"{out!r}: an output file is for --format html only (the other formats print)")
    if fmt in output.STREAMED_FORMATS and not limit and not by_story:  # every row, written as it is read
        return output.write_rows_stream(api.report_stream(db, filters), fmt, sys.stdout)
    page = api.report_page(db, filters, output.report_limit(fmt, limit),
                           with_articles=fmt in output.STREAMED_FORMATS, by_story=by_story)
    output.write_report(page, fmt, sys.stdout, sys.stderr, show_all=all_, by_story=by_story)


@app.command()
@_guard
def show(cluster: Annotated[str, typer.Argument(help="Cluster id (or its first characters) from `report`.",
                                                callback=_short_text)],
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
        _print(render.show_tree(d))


@app.command()
@_guard
def sources(db: DbOpt = None,
            format: ListFormatOpt = ListFormat.table, csv_: CsvOpt = False, json_: JsonOpt = False, nl: NlOpt = False,
            kind: Annotated[Optional[str], typer.Option(help="Only sources of this kind.",
                                                        callback=_short_text)] = None) -> None:
    """Sources with kind, reliability grade A–F and its reasons, and counts of their claims."""
    from claimcheck import api
    from claimcheck.report import render

    from claimcheck.report.listing import pick_format, write_listing

    fmt = pick_format(format.value, csv_, json_, nl)
    rows = api.sources(db, kind)
    write_listing(rows, fmt, sys.stdout, render.sources_table(rows) if fmt == "table" else None)


@app.command()
@_guard
def check(claim: Annotated[str, typer.Argument(help="The claim to check, in your words.")],
          db: DbOpt = None,
          format: Annotated[TableJson, typer.Option("--format", "-f", help=FORMAT_HELP)] = TableJson.table,
          limit: Annotated[int, typer.Option(help="At most N evidence sentences.", callback=_not_negative)] = 20) -> None:
    """The evidence in the database for and against one claim."""
    from claimcheck import api
    from claimcheck.report import render

    d = api.check(db, claim, limit)
    if d.get("analysis_stale"):
        sys.stderr.write(f"note: {d['note']}\n")
    sys.stdout.write(render.to_json(d)) if format == TableJson.json else _print(render.check_table(d))


class StanceFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


@app.command()
@_guard
def stance(pairs: Annotated[Optional[Path], typer.Argument(help="JSONL of {\"id\", \"claim\", \"text\"}, or an article with --claim.")] = None,
           claim: Annotated[Optional[str], typer.Option(help="Judge one article (PAIRS is then its path).")] = None,
           format: Annotated[StanceFormat, typer.Option("--format", "-f", help="Output format: one JSON object a line, or id<TAB>label.")] = StanceFormat.jsonl) -> None:
    """Does a text corroborate, contradict, observe (report without taking a side) or not address a claim?"""
    from claimcheck import api
    from claimcheck.report import output

    if pairs is None:
        raise fail("give a PAIRS.jsonl file, or --claim TEXT and an article path")
    if output.write_stances(api.stance(str(pairs), claim), format.value, sys.stdout, sys.stderr):
        raise typer.Exit(1)


actors_app = typer.Typer(help="Actors and their aliases; merge or split them by hand.", invoke_without_command=True)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
@_guard
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


def _reviewer(name: str | None) -> str:
    import getpass
    import os

    return name or os.environ.get("CLAIMCHECK_REVIEWER") or getpass.getuser()


By = Annotated[Optional[str], typer.Option(help="Who decides (default: $CLAIMCHECK_REVIEWER or login).")]
Note = Annotated[Optional[str], typer.Option(help="Why.")]


def _decide(action: str, a: str, b: str, db: str | None, by: str | None, note: str | None) -> None:
    from claimcheck import api

    typer.echo(api.actor_decision(db, action, a, b, _reviewer(by), note))


@actors_app.command("merge")
@_guard
def actors_merge(a: AliasArg, b: AliasArg, db: DbOpt = None, by: By = None, note: Note = None) -> None:
    """Merge two actors (by any of their aliases); the decision survives re-ingest."""
    _decide("merge", a, b, db, by, note)


@actors_app.command("split")
@_guard
def actors_split(a: AliasArg, b: AliasArg, db: DbOpt = None, by: By = None, note: Note = None) -> None:
    """Keep two aliases apart as different actors; the decision survives re-ingest."""
    _decide("split", a, b, db, by, note)


@actors_app.command("decisions")
@_guard
def actors_decisions(db: DbOpt = None,
                     undo: Annotated[Optional[int], typer.Option("--undo", metavar="ID", callback=_not_negative,
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


@app.command()
@_guard
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
    who = _reviewer(reviewer)
    with api.Store(db) as store:  # the database opened once for the whole review
        queue = api.review_queue(store, include_reviewed=all_, single_source=single_source)
        counts = ui.run_review(queue, lambda uid: api.show(store, uid),
                               lambda uid, verdict, note: api.add_verdict(store, uid, verdict, who, note),
                               make_console()) if queue else None
    typer.echo(ui.outcome(counts, all_))


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    prov_json = "prov-json"
    claimreview = "claimreview"
    sqlite = "sqlite"


StatusOpt = Annotated[Optional[list[Status]], typer.Option("--status", help="Only clusters with this status (repeatable).")]
ActorOpt = Annotated[Optional[str], typer.Option(help="Only clusters naming this actor (substring).", callback=_short_text)]
SinceOpt = Annotated[Optional[str], typer.Option(help="Only clusters seen on or after this date (YYYY-MM-DD).")]
UntilOpt = Annotated[Optional[str], typer.Option(help="Only clusters seen on or before this date.")]
OutletOpt = Annotated[Optional[str], typer.Option(help="Only clusters reported by this outlet (substring).",
                                                  callback=_short_text)]
MinOriginsOpt = Annotated[int, typer.Option("--min-origins", help="Only clusters with at least N independent origins.",
                                            callback=_not_negative)]


@app.command()
@_guard
def export(out: Annotated[Optional[str], typer.Argument(help="Output file (a folder for csv); stdout for jsonl, prov-json and claimreview when omitted.")] = None,
           format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")] = ExportFormat.jsonl,
           db: DbOpt = None,
           fts: Annotated[bool, typer.Option("--fts/--no-fts", help="sqlite: include the FTS5 full-text index.")] = True,
           overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace existing output files.")] = False,
           status: StatusOpt = None, actor: ActorOpt = None, since: SinceOpt = None, until: UntilOpt = None,
           outlet: OutletOpt = None, min_origins: MinOriginsOpt = 0,
           cluster: Annotated[Optional[str], typer.Option(help="Only this cluster (any unique prefix of its id).",
                                                          callback=_short_text)] = None,
           publisher: Annotated[Optional[str], typer.Option(help="claimreview: the publishing organisation (the "
                                                                 "review's author).")] = None,
           publisher_url: Annotated[Optional[str], typer.Option("--publisher-url", help="claimreview: the "
                                                                "publisher's home page.")] = None,
           review_url_template: Annotated[Optional[str], typer.Option(
               "--review-url-template", help="claimreview: the address of each review, with {cluster} in it "
                                             "(e.g. https://example.org/checks/{cluster}).")] = None) -> None:
    """Export the database: csv, jsonl, prov-json (W3C PROV), claimreview (schema.org), or a SQLite file
    to hand over; report's filters and --cluster keep only those clusters."""
    from claimcheck import api

    filters = api.ReportFilters(tuple(s.value for s in status or []), actor, since, until, outlet, min_origins)
    result = api.export(db, format.value, out, fts=fts, overwrite=overwrite, filters=filters, cluster=cluster,
                        publisher=api.Publisher(publisher, publisher_url, review_url_template))
    if result.text is not None:
        sys.stdout.write(result.text)
        sys.stdout.flush()
    typer.echo(result.summary, err=True)
