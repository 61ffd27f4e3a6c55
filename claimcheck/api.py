"""The library calls behind each command: the CLI parses options, calls one of these, renders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimcheck import __version__
from claimcheck.errors import ArticleError, ClaimcheckError, NotFoundError, UsageError, excerpt
from claimcheck.ingest.decode import DEFAULT_MAX_BYTES
from claimcheck.model import Extraction, ReportPage, ReportRow, StatusCounts

if TYPE_CHECKING:  # imported where used: ``check`` and the read commands never load the readers
    from claimcheck.ingest.readers import RawDocument, Skip


@dataclass
class IngestSummary:
    ingested: int = 0
    new_versions: int = 0
    reparsed: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    run_id: int | None = None
    articles: int = 0  # documents seen (not counting skips)
    notes: list[tuple[str, str]] = field(default_factory=list)  # warnings, records counted not read

    @property
    def ok(self) -> bool:
        return not self.skipped and (self.ingested + self.new_versions + self.reparsed + self.unchanged) > 0

    def as_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "new_versions": self.new_versions, "reparsed": self.reparsed,
                "unchanged": self.unchanged, "skipped": [{"ref": r, "reason": m} for r, m in self.skipped],
                "notes": [{"ref": r, "note": m} for r, m in self.notes], "run_id": self.run_id}


def versions() -> tuple[str, str]:
    """``(package version, extractor version)``; the extractor version is the package version
    plus a digest of the lexicons in use (``0.1.0+1a2b3c4d5e``), as stored with every parse.
    Raises LexiconError when a user lexicon folder cannot be read."""
    from claimcheck.parse import extractor_version

    return __version__, extractor_version()


def extract(paths: list[str], overrides: dict[str, Any] | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Iterator[Extraction | Skip]:
    """Parse documents without a database, in input order; bad input yields a Skip."""
    from claimcheck.ingest.pipeline import build
    from claimcheck.ingest.readers import Skip, read_documents
    from claimcheck.lexicons import load_lexicons

    lexicons = load_lexicons()  # once, passed down to every parser
    for doc in read_documents(paths, max_bytes, encoding, lexicons=lexicons):
        if isinstance(doc, Skip):
            yield doc
            continue
        try:
            yield build(doc, overrides, lexicons=lexicons)
        except ArticleError as exc:
            yield Skip(doc.id, str(exc))


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


def _database_files(engine) -> frozenset[str]:  # noqa: ANN001
    """The real paths of a SQLite database file and its journal files (``-wal``, ``-shm``,
    ``-journal``): a folder being ingested may hold the database itself, which is not an
    article and not worth a skip line. Empty for a server database or an in-memory one."""
    import os

    name = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if not name or name == ":memory:":
        return frozenset()
    base = os.path.realpath(name)
    return frozenset({base} | {base + suffix for suffix in ("-wal", "-shm", "-journal")})


def ingest(paths: list[str], db: str | None, overrides: dict[str, Any] | None = None,
           max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
           progress: Callable[[str, str], None] | None = None,
           analyse: bool = True, quiet_unsupported: bool = False, workers: int | None = None) -> IngestSummary:
    """Ingest files and folders; a run row records the batch.  Articles are parsed in
    ``workers`` processes (default: the cores this process may use; 1: in this process) and
    written by this process in batches of ``store.bulk.BATCH_ARTICLES`` per transaction, in
    input order; a batch that fails is written again one article per transaction, so a bad
    article is skipped alone and nothing is half-written.  The results do not depend on
    ``workers``.  Files of unsupported types in a folder are skipped with a reason (silently with
    ``quiet_unsupported``); warnings and records counted but not read go to ``notes``.
    Raises UsageError for ``workers < 1``."""
    from claimcheck.ingest.readers import read_documents
    from claimcheck.ingest.work import Parser, default_workers
    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse import extractor_version
    from claimcheck.store import repo
    from claimcheck.store.bulk import BATCH_ARTICLES
    from claimcheck.store.session import connection_scope, session_scope

    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    engine = open_store(db)
    lexicons = load_lexicons()  # once, passed down to every parser
    version = extractor_version(lexicons)
    summary = IngestSummary()
    with session_scope(engine) as s:
        summary.run_id = repo.start_run(s, "ingest", __version__, version,
                                        {"paths": paths, "overrides": overrides or {}, "max_bytes": max_bytes})
    status = "failed"
    try:
        with connection_scope(engine) as conn, Parser(workers, lexicons, overrides) as parser:
            batch: list[RawDocument | Skip] = []
            in_flight = None
            for doc in read_documents(paths, max_bytes, encoding, quiet_unsupported=quiet_unsupported,
                                      exclude=_database_files(engine), lexicons=lexicons):
                batch.append(doc)
                if len(batch) >= BATCH_ARTICLES:
                    # parse this batch in the workers while the previous one is written here
                    submitted = _submit_batch(conn, parser, batch, version)
                    if in_flight is not None:
                        _write_batch(conn, in_flight, summary, version, progress)
                    in_flight, batch = submitted, []
            if in_flight is not None:
                _write_batch(conn, in_flight, summary, version, progress)
            if batch:
                _write_batch(conn, _submit_batch(conn, parser, batch, version), summary, version, progress)
        status = "done"
    finally:
        _finish_run(engine, summary, status)
    return _analyse_after_ingest(engine, summary, analyse)


def ingest_extractions(items: Iterable[Extraction | Skip], db: str | None, settings: dict[str, Any] | None = None,
                       analyse: bool = True) -> IngestSummary:
    """Store articles parsed elsewhere (``ingest.work.parse_document`` or ``parse_bytes`` run by
    a distributed engine's map, say): the one writer of such an ingest.  ``items`` are written
    in their order, in batches as :func:`ingest` does, then cross-referenced (``analyse``);
    a Skip is reported as skipped.  ``settings`` are recorded with the run."""
    from claimcheck.parse import extractor_version
    from claimcheck.store import repo
    from claimcheck.store.bulk import BATCH_ARTICLES
    from claimcheck.ingest.readers import Skip
    from claimcheck.ingest.work import Pending
    from claimcheck.store.session import connection_scope, session_scope

    engine = open_store(db)
    version = extractor_version()
    summary = IngestSummary()
    with session_scope(engine) as s:
        summary.run_id = repo.start_run(s, "ingest", __version__, version, settings or {})
    status = "failed"
    try:
        with connection_scope(engine) as conn:
            def write(batch: list[Any]) -> None:
                parsed = [x for x in batch if not isinstance(x, Skip)]
                _write_batch(conn, (batch, set(), Pending(lambda: parsed)), summary, version, None)

            batch: list[Any] = []
            for item in items:  # streamed: one batch in memory at a time
                batch.append(item)
                if len(batch) >= BATCH_ARTICLES:
                    write(batch)
                    batch = []
            write(batch)
        status = "done"
    finally:
        _finish_run(engine, summary, status)
    return _analyse_after_ingest(engine, summary, analyse)


def _finish_run(engine, summary: IngestSummary, status: str) -> None:  # noqa: ANN001
    """Record the ingest run's end (``status`` "done" or "failed") with its counts."""
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    with session_scope(engine) as s:
        repo.finish_run(s, summary.run_id, status, summary.as_dict())


def _analyse_after_ingest(engine, summary: IngestSummary, analyse: bool) -> IngestSummary:  # noqa: ANN001
    """Cross-reference the store when the ingest changed it (or an earlier one was interrupted
    before its analysis), close the engine and return ``summary``."""
    if analyse and (summary.ingested or summary.new_versions or summary.reparsed or _analysis_stale(engine)):
        analyse_store(engine)
    engine.dispose()
    return summary


def _analysis_stale(engine) -> bool:  # noqa: ANN001
    """Articles stored after the last finished analysis (an interrupted ingest, say)."""
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import read_scope

    with read_scope(engine) as s:
        return sa.analysis_stale(s)


def _submit_batch(conn, parser, batch: list[RawDocument | Skip], version: str):  # noqa: ANN001, ANN202
    """Of a batch read in input order: which documents are stored already (same text, parsed
    with this extractor version: not parsed again), and the parsing of the others, started."""
    from claimcheck.ingest.pipeline import content_hash
    from claimcheck.ingest.readers import Skip
    from claimcheck.store.bulk import already_stored_many

    docs = [d for d in batch if not isinstance(d, Skip)]
    with conn.begin():
        known = already_stored_many(conn, [(content_hash(d.text), d.id) for d in docs], version)
    stored = {id(d) for d, k in zip(docs, known) if k}
    return batch, stored, parser.submit([d for d in docs if id(d) not in stored])


def _write_batch(conn, submitted, summary: IngestSummary, version: str,  # noqa: ANN001
                 progress: Callable[[str, str], None] | None) -> None:
    """Write one submitted batch (one transaction, or one per article after a failure) and
    count every item of it in input order."""
    from claimcheck.ingest.readers import Skip
    from claimcheck.store.bulk import write_batch

    batch, stored, pending = submitted
    parsed = iter(pending.get())
    exs, outcomes = [], {}
    for item in batch:
        if not isinstance(item, Skip) and id(item) not in stored:
            result = next(parsed)
            if isinstance(result, Skip):
                outcomes[id(item)] = ("skipped", result.reason)
            else:
                exs.append((item, result))
    for (item, _), written in zip(exs, write_batch(conn, [ex for _, ex in exs], summary.run_id, version)):
        outcomes[id(item)] = (written.outcome, written.reason)
    warnings = {id(item): ex.warnings for item, ex in exs}
    for item in batch:
        if isinstance(item, Skip):
            (summary.notes if item.note else summary.skipped).append((item.ref, item.reason))
            if progress:
                progress(item.ref, "skipped")
            continue
        summary.articles += 1
        outcome, reason = outcomes.get(id(item), ("unchanged", ""))
        summary.notes.extend((item.id, w) for w in warnings.get(id(item), ()))
        if outcome == "skipped":
            summary.skipped.append((item.id, reason))
        else:
            setattr(summary, _COUNTER[outcome], getattr(summary, _COUNTER[outcome]) + 1)
        if progress:
            progress(item.id, outcome)


_COUNTER = {"ingested": "ingested", "new_version": "new_versions", "reparsed": "reparsed", "unchanged": "unchanged"}


def db_upgrade(db: str | None, revision: str = "head") -> str | None:
    """Migrate ``db`` (created when missing: the one db command that creates) to ``revision``
    and return the revision it is at.  claimcheck never downgrades: a target older than the
    database's revision (``base`` included) raises StoreError, as does an unknown one."""
    from claimcheck.store.migrate import current, upgrade
    from claimcheck.store.session import check_connect, make_engine, resolve_url

    engine = make_engine(resolve_url(db))
    check_connect(engine)
    upgrade(engine, revision)
    return current(engine)


def db_current(db: str | None) -> tuple[str | None, str]:
    """(the database's revision, the newest).  Reads only: a missing SQLite file raises StoreError."""
    from claimcheck.store.migrate import current, head
    from claimcheck.store.session import check_connect, make_engine, require_claimcheck_file, resolve_url

    url = resolve_url(db)
    require_claimcheck_file(url)
    engine = make_engine(url)
    check_connect(engine)
    return current(engine), head()


def db_check(db: str | None) -> list[str]:
    """Drift between the code's schema and the database, after bringing it to head.  A missing
    SQLite file raises StoreError (``db upgrade`` creates one)."""
    from claimcheck.store.migrate import check

    return check(open_store(db, create=False))


@dataclass
class XrefSummary:
    run_id: int
    claims: int
    clusters: int
    by_status: dict[str, int]


def analyse_store(engine, progress: Callable[[str], None] | None = None) -> XrefSummary:  # noqa: ANN001
    """Cross-reference every current claim in the store as one recorded, deterministic run."""
    from claimcheck.parse import extractor_version
    from claimcheck.store import analysis as store_analysis
    from claimcheck.store import repo
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store.session import read_scope, session_scope
    from claimcheck.xref.analyse import analyse

    lexicons = load_lexicons()  # once, passed down to the resolver and the clustering
    with session_scope(engine) as s:
        run_id = repo.start_run(s, "xref", __version__, extractor_version(lexicons), {})
    try:
        with read_scope(engine) as s:  # claims, texts and decisions of one state of the store
            claims = store_analysis.load_claim_records(s)
            articles = store_analysis.load_article_texts(s)
            decisions = store_analysis.actor_decisions(s)
            speakers = store_analysis.load_named_speakers(s)
            seen = store_analysis.input_fingerprint(s)  # what this analysis read (analysis_stale)
        index = _actor_index(claims, decisions, lexicons, speakers)
        result = analyse(claims, index, lexicons, articles)
        by_status: dict[str, int] = {}
        for c in result.clusters:
            by_status[c.status] = by_status.get(c.status, 0) + 1
        summary = XrefSummary(run_id, len(claims), len(result.clusters), by_status)
        with session_scope(engine) as s:  # one transaction: readers see the old analysis or this one
            if not store_analysis.lock_for_replace(s, run_id):  # a newer one finished meanwhile: it stays
                repo.finish_run(s, run_id, "superseded", {"claims": len(claims), "clusters": len(result.clusters)})
                return summary
            store_analysis.write_analysis(s, run_id, result)
            store_analysis.write_actors(s, index)
            store_analysis.prune_runs(s, run_id)
            repo.finish_run(s, run_id, "done", {"claims": len(claims), "clusters": len(result.clusters),
                                                "by_status": by_status, "input": seen, **result.settings})
    except BaseException:
        with session_scope(engine) as s:
            repo.finish_run(s, run_id, "failed", {})
        raise
    return summary


def _actor_index(claims, decisions, lexicons=None, speakers=frozenset()):  # noqa: ANN001, ANN202
    """The actor index over every name the claims carry, plus the named speakers whose words
    did not become a claim (``speakers``)."""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.xref.index import build_actor_index

    subjects = {n for c in claims for n in (*c.via, c.outlet, c.source_name if c.source_kind == "named" else None) if n}
    subjects.update(speakers)
    literals = {n for c in claims for n in c.actors}
    return build_actor_index(subjects, literals, decisions,
                             lexicons=lexicons if lexicons is not None else load_lexicons())


def xref(db: str | None) -> XrefSummary:
    return analyse_store(open_store(db, create=False))


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


def report(db: Db, **filters: Any) -> list[ReportRow]:
    """The clusters of the latest analysis as report rows; ``filters`` are those of
    :func:`claimcheck.store.queries.report_rows` (status, actor, since, until, outlet,
    min_origins, sort, limit, with_articles). Raises StoreError for a missing database."""
    from claimcheck.store import queries

    return _read(db, queries.report_rows, **filters)


@dataclass(frozen=True)
class ReportFilters:
    """Which clusters ``report`` shows, and in what order: statuses (none: all), an actor under
    any of its names and an outlet (literal substrings), dates seen as ``YYYY-MM-DD`` text,
    at least ``min_origins`` independent origins; ``sort``: status | origins | credibility |
    date | mentions."""

    status: tuple[str, ...] = ()
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    min_origins: int = 0
    sort: str = "status"


def report_page(db: Db, filters: ReportFilters, limit: int = 0, with_articles: bool = False,
                by_story: bool = False) -> ReportPage:
    """At most ``limit`` report rows (0: all) and whether more matched, each with the id of its
    story (:func:`claimcheck.xref.story.stories`, drawn among the rows returned); ``by_story``
    puts the clusters of one story together (after the first of them, in the order asked for);
    ``with_articles`` fills each row's ``article_ids`` and ``article_refs`` (ingest id, title,
    outlet, URL, date of each article). Raises UsageError for a date that is not YYYY-MM-DD and
    StoreError for a missing database."""
    from dataclasses import replace

    from claimcheck.store import queries
    from claimcheck.store.export import article_refs

    kw = _filter_kwargs(filters)

    def run(s: Any) -> tuple[list[ReportRow], StatusCounts | None]:
        rows = queries.report_rows(s, **kw, limit=limit + 1 if limit else 0,
                                   with_articles=with_articles)
        # cut at the limit: the counts by status are of every matching cluster (issue 14)
        totals = queries.report_counts(s, **kw) if limit and len(rows) > limit else None
        if not with_articles:
            return rows, totals
        refs = article_refs(s, {a for r in rows for a in r.article_ids or ()})
        return [replace(r, article_refs=tuple(refs[a] for a in r.article_ids or () if a in refs)) for r in rows], totals

    rows, totals = _read(db, run)
    more = bool(limit) and len(rows) > limit
    return ReportPage(tuple(_with_stories(rows[:limit] if more else rows, by_story)), limit, more, totals)


def _with_stories(rows: list[ReportRow], by_story: bool) -> list[ReportRow]:
    """``rows`` with their story ids; regrouped by story when ``by_story``."""
    from dataclasses import replace

    from claimcheck.xref.story import StoryItem, stories, story_order

    story_of = stories([StoryItem(r.cluster, r.actors, r.action, r.mentions, r.articles) for r in rows])
    rows = [replace(r, story=story_of[r.cluster]) for r in rows]
    if by_story:
        rows = [rows[i] for i in story_order([r.cluster for r in rows], story_of)]
    return rows


def report_stream(db: Db, filters: ReportFilters) -> Iterator[ReportRow]:
    """Every report row, as :func:`report_page` gives them with ``with_articles`` and no limit
    (story ids included), read and yielded block by block (``store.report_stream``): memory
    holds one block of rows plus, per cluster, what story grouping reads (a first, lighter pass
    over the same rows in the same snapshot: a story depends on every row).  The database is
    opened on the first row asked for and closed when the iteration ends.  Raises UsageError
    for a bad date and StoreError for a missing database."""
    from dataclasses import replace

    from claimcheck.store.report_stream import iter_report_rows
    from claimcheck.store.session import read_scope
    from claimcheck.xref.story import StoryItem, stories

    kw = _filter_kwargs(filters)
    engine = db.engine if isinstance(db, Store) else open_store(db, create=False)
    try:
        with read_scope(engine) as s:
            story_of = stories([StoryItem(r.cluster, r.actors, r.action, r.mentions, r.articles)
                                for r in iter_report_rows(s, **kw, with_articles=False)])
            for r in iter_report_rows(s, **kw):
                yield replace(r, story=story_of[r.cluster])
    finally:
        if not isinstance(db, Store):
            engine.dispose()


def _filter_kwargs(filters: ReportFilters) -> dict[str, Any]:
    """``filters`` as keywords of :func:`claimcheck.store.queries.report_rows` (dates parsed)."""
    return {"status": list(filters.status), "actor": filters.actor, "since": _date(filters.since, "--since"),
            "until": _date(filters.until, "--until"), "outlet": filters.outlet, "min_origins": filters.min_origins,
            "sort": filters.sort}


HTML_LIMIT = 1_000  # clusters in an HTML report by default: a page to mail, not a database dump


def report_html(db: Db, filters: ReportFilters, out: str | None, limit: int | None = None,
                overwrite: bool = False) -> str:
    """Write the report as one self-contained HTML page to ``out`` (``report --format html``):
    at most ``limit`` clusters (default :data:`HTML_LIMIT`; 0: all) of those ``filters`` keep,
    each with its provenance graph, timeline, verdict and sentences. Returns a one-line summary.
    Raises UsageError without ``out``, for a folder or an existing file (without
    ``overwrite``), StoreError for a missing database."""
    from pathlib import Path

    from claimcheck.report import exports, html
    from claimcheck.report.digest import counts_line
    from claimcheck.store import queries
    from claimcheck.store import export as store_export

    if not out:
        raise UsageError("report --format html needs a file to write: claimcheck report --format html OUT.html")
    target = Path(out)
    if target.is_dir():
        raise UsageError(f"{out!r}: is a folder; --format html writes one file")
    if not target.parent.is_dir():
        raise UsageError(f"{out!r}: folder {str(target.parent)!r} does not exist")
    if target.exists() and not overwrite:
        raise UsageError(f"{out!r} already exists (use --overwrite to replace it)")
    kw = _filter_kwargs(filters)
    cap = HTML_LIMIT if limit is None else limit

    def run(s: Any) -> tuple[list[ReportRow], dict[str, Any], StatusCounts | None]:
        rows = queries.report_rows(s, **kw, limit=cap + 1 if cap else 0)
        keep = rows[:cap] if cap else rows
        data = store_export.export_data(s, {**kw, "clusters": [r.cluster for r in keep]})
        return rows, data, queries.report_counts(s, **kw) if cap and len(rows) > cap else None

    rows, data, totals = _read(db, run)
    more = bool(cap) and len(rows) > cap
    shown = rows[:cap] if more else rows
    note = f"the first {cap} clusters; --limit 0 writes all" if more else ""
    exports.write_text_file(out, html.report_html(data["clusters"], counts_line(shown, more, totals),
                                                  str(target.resolve().parent), note))
    return f"wrote {out} ({len(data['clusters'])} clusters{', more match' if more else ''})"


def show_graph(db: Db, cluster: str, fmt: str) -> str:
    """One cluster's provenance graph as ``dot`` (Graphviz text) or ``svg`` (a standalone SVG
    document). Raises NotFoundError for an unknown cluster, UsageError for another format."""
    from claimcheck.report import graph

    if fmt not in ("dot", "svg"):
        raise UsageError(f"unknown graph format {fmt!r} (choose dot or svg)")
    d = show(db, cluster)
    g = graph.build(d, d["mentions_detail"])
    return graph.to_dot(g) if fmt == "dot" else '<?xml version="1.0" encoding="utf-8"?>\n' + graph.to_svg(g)


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


def show(db: Db, cluster: str) -> dict[str, Any]:
    """One cluster (any unique prefix of its uid) as a report row's JSON plus
    ``mentions_detail``, the provenance of each mention. Raises NotFoundError."""
    from claimcheck.store import queries

    return _read(db, queries.cluster_detail, cluster)


def sources(db: Db, kind: str | None = None) -> list[dict[str, Any]]:
    """Every source (of ``kind``, when given) with its grade, reasons and counts.  A "source"
    that is none (a pronoun, a relative pronoun, the expletive "it", a common noun where a name
    should be) is listed last as ``unresolved``, graded F with the reason."""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store import queries
    from claimcheck.xref.origins import mark_unresolved

    from claimcheck.model import SOURCE_KINDS

    if kind is not None and kind not in SOURCE_KINDS:
        raise UsageError(f"--kind {kind!r}: not a source kind; use one of {', '.join(SOURCE_KINDS)}")
    return mark_unresolved(_read(db, queries.sources_rows, kind), load_lexicons())


def actors(db: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Actors with aliases, and the proposed (unapplied) merges of the current analysis."""
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import read_scope
    engine = open_store(db, create=False)
    with read_scope(engine) as s:
        claims = sa.load_claim_records(s)
        decisions = sa.actor_decisions(s)
        speakers = sa.load_named_speakers(s)
    engine.dispose()
    index = _actor_index(claims, decisions, speakers=speakers)
    props = index.proposals_json()
    acts = []
    for a in index.actors():
        mine = [{"with": index.name(p["b_id"] if p["a_id"] == a.key else p["a_id"]),
                 "alias": p["a"] if p["a_id"] == a.key else p["b"],
                 "other_alias": p["b"] if p["a_id"] == a.key else p["a"],
                 "score": p["score"], "reason": p["reason"]}
                for p in props if a.key in (p["a_id"], p["b_id"])]
        acts.append({"name": a.name, "aliases": sorted(a.aliases), "type": a.type, "id": a.key,
                     "origin": a.origin, "proposed_merges": mine})
    return acts, props


def actor_decision(db: str | None, action: str, a: str, b: str, who: str, note: str | None) -> str:
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import session_scope

    if a.strip().lower() == b.strip().lower():
        raise ClaimcheckError(f"{action}: {a!r} and {b!r} are the same name")
    engine = open_store(db, create=False)
    with session_scope(engine) as s:
        unknown = _unknown_actor_names(s, (a, b))
        if unknown:
            engine.dispose()
            raise NotFoundError(f"{action}: no actor is named {unknown[0]!r} (see `claimcheck actors`)")
        sa.add_actor_decision(s, action, a, b, who, note)
    summary = analyse_store(engine)
    engine.dispose()
    return f"{action} {a!r} / {b!r} recorded by {who}; re-analysed: {summary.clusters} clusters"


def _unknown_actor_names(session: Any, names: tuple[str, ...]) -> list[str]:
    """The ``names`` that match no actor, alias or source the way the resolver compares them
    (its comparison key: case, titles and spelling variants aside)."""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store import repo
    from claimcheck.xref.actors import ActorResolver

    resolver = ActorResolver(lexicons=load_lexicons())
    known = {resolver._key(n) for n in repo.actor_names(session)}
    return [n for n in names if resolver._key(n) not in known]


def actor_decisions(db: str | None) -> list[dict[str, Any]]:
    """Every merge/split decision, oldest first: ``{"id", "action", "a", "b", "decided_by",
    "decided_at", "note"}``.  Raises StoreError for a missing database."""
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    engine = open_store(db, create=False)
    try:
        with session_scope(engine) as s:
            return repo.actor_decision_rows(s)
    finally:
        engine.dispose()


def undo_actor_decision(db: str | None, decision_id: int) -> str:
    """Remove merge/split decision ``decision_id`` and re-analyse; a one-line summary.  Raises
    NotFoundError when there is no such decision."""
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    engine = open_store(db, create=False)
    try:
        with session_scope(engine) as s:
            row = repo.delete_actor_decision(s, decision_id)
        if row is None:
            raise NotFoundError(f"actors decisions: no decision {decision_id} (see `claimcheck actors decisions`)")
        summary = analyse_store(engine)
    finally:
        engine.dispose()
    return (f"undid decision {decision_id} ({row['action']} {row['a']!r} / {row['b']!r}); "
            f"re-analysed: {summary.clusters} clusters")


def stance(path: str, claim: str | None) -> Iterator[dict[str, Any] | Skip]:
    """``{"id", "label"}`` per pair of a JSONL file, or for every article of PATH with
    ``claim`` (with the evidence sentences).  A bad line or file yields a Skip; the rest goes on."""
    import json
    from pathlib import Path

    from claimcheck.ingest.readers import Skip, read_documents
    from claimcheck.lexicons import load_lexicons
    from claimcheck.xref.stance import judge, judge_prepared, prepare

    p = Path(path)
    lexicons = load_lexicons()  # once, for every pair
    if claim is not None:
        pc = prepare(claim, lexicons)
        for doc in read_documents([path]):
            if isinstance(doc, Skip):
                yield doc
                continue
            r = judge_prepared(pc, doc.text)
            yield {"id": doc.id, "label": r.label, "score": round(r.score, 3),
                   "evidence": [{"start": e.start, "end": e.end, "label": e.label, "reason": e.reason,
                                 "text": doc.text[e.start:e.end]} for e in r.evidence]}
        return
    if p.is_dir():
        raise ArticleError(f"{path}: is a folder; give a JSONL file of {{\"id\", \"claim\", \"text\"}}, "
                           "or --claim TEXT with articles")
    if not p.exists():
        raise ArticleError(f"{path}: no such file")
    from claimcheck.ingest.decode import decode
    from claimcheck.ingest.readers import read_regular

    try:
        data = read_regular(p)
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from None
    text, _ = decode(data, path)
    pending: list[Skip] | None = []  # bad lines before the first good pair; None once one is read
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            cid, ctext, body = row["id"], row["claim"], row["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            skip = Skip(f"{path}:{n}", f"{path}:{n}: expected {{\"id\", \"claim\", \"text\"}} ({excerpt(exc)})")
            if pending is None:
                yield skip
                continue
            pending.append(skip)
            if len(pending) >= _NOT_PAIRS_AFTER:
                raise ArticleError(_not_pairs(path))
            continue
        if pending:
            yield from pending
        pending = None
        yield {"id": cid, "label": judge(str(ctext), str(body or ""), lexicons).label}
    if pending:
        raise ArticleError(_not_pairs(path))


# a file whose first non-blank lines (this many, or all of them) are none of them a pair is not
# a pairs file at all (an article given without --claim, say): one line for the file, not one a line
_NOT_PAIRS_AFTER = 3


def _not_pairs(path: str) -> str:
    return (f"{path} is not a pairs JSONL file (expected {{\"id\", \"claim\", \"text\"}} on each line); "
            "to judge articles use --claim")


def check(db: Db, claim: str, limit: int = 20) -> dict[str, Any]:
    """The evidence in the database for and against one claim, grouped by independent origin,
    and the status it supports (:mod:`claimcheck.xref.check`): the query is read as a
    proposition (agent, action, polarity), candidate sentences come from the full-text index
    built at ingest, only evidence about the same agent and action is kept, each piece is judged
    (flipped for a negated query) and the status comes from its origins by the rule ``report``
    uses, or is ``no_evidence``.

    Returns ``{"claim", "status", "credibility", "reasons", "proposition", "independent_origins",
    "origins": [{"origin", "label", "stance", "evidence": [indices]}], "evidence": [{"article",
    "sentence", "start", "end", "claim", "stance", "reason", "score", "source", "kind", "origin"}],
    "more_evidence"}`` with at most ``limit`` pieces of evidence shown (0: all; the status uses
    all of them).  Raises ClaimcheckError for an empty claim, StoreError for a missing database."""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store import search
    from claimcheck.xref import check as xcheck

    if not claim.strip():
        raise ClaimcheckError("check: the claim is empty")
    lexicons = load_lexicons()

    def run(s: Any) -> tuple[Any, list[Any], list[Any], dict[str, str], list[Any]]:  # s: a Connection
        prop = xcheck.parse_query(claim, lexicons, search.known_aliases(s, xcheck.query_ngrams(claim)))
        terms, phrases = xcheck.search_terms(prop)
        units = search.evidence_units(s, search.candidate_sentences(s, terms, phrases, xcheck.CANDIDATES))
        kept = [(u, j) for u, j in zip(units, xcheck.judge_units(prop, [u.record for u in units], lexicons))
                if j is not None]
        names = {n for u, _ in kept for n in (u.record.source_name, u.record.outlet, *u.record.via) if n}
        texts = search.article_texts(s, [u.record.article_id for u, _ in kept])
        return prop, [u for u, _ in kept], [j for _, j in kept], search.actor_keys(s, names), texts

    reader = None if isinstance(db, Store) else search.open_sqlite_reader(db, _head_fast())
    if reader is not None:  # a SQLite file at head: read with sqlite3, SQLAlchemy never loaded
        try:
            prop, units, judged, keys, texts = run(reader)
        finally:
            reader.close()
    else:
        engine = _check_engine(db)
        try:
            with engine.connect() as conn:  # reads only: a connection, no ORM session
                prop, units, judged, keys, texts = run(conn)
        finally:
            if not isinstance(db, Store):
                engine.dispose()
    found = xcheck.assess(prop, [u.record for u in units], judged, keys.get, lexicons, texts)
    return xcheck.check_json(prop, found, [u.display for u in units], judged, limit)


def _head_fast() -> str | None:
    from claimcheck.store.migrate import head_fast

    return head_fast()


def _check_engine(db: Db):  # noqa: ANN202
    """The engine ``check`` reads: a Store's, or one opened as :func:`open_store` does (a missing
    SQLite file refused) but without loading Alembic when the database is at head already (the
    usual case: most of a one-shot ``check``'s start-up went there)."""

    from claimcheck.store.migrate import ensure_head, is_at_head
    from claimcheck.store.session import check_connect, make_engine, require_claimcheck_file, resolve_url

    if isinstance(db, Store):
        return db.engine
    url = resolve_url(db)
    require_claimcheck_file(url)
    engine = make_engine(url)
    check_connect(engine)
    if not is_at_head(engine):
        ensure_head(engine)
    return engine


def review_queue(db: Db, statuses: list[str] | None = None, include_reviewed: bool = False,
                 single_source: bool = False) -> list[ReportRow]:
    """The clusters to review, in report order: of ``statuses`` (default: contradicted, and
    single-source too when ``single_source``), without a verdict unless ``include_reviewed``."""
    from claimcheck.store import queries

    if statuses is None:
        statuses = ["contradicted"] + (["single_source"] if single_source else [])
    return _read(db, queries.review_queue, statuses, include_reviewed)


def add_verdict(db: Db, cluster_uid: str, verdict: str, reviewer: str, note: str | None) -> None:
    """Store a reviewer's verdict (confirmed | dismissed | unclear) on a cluster, at once."""
    from claimcheck.store import queries

    _on(db, queries.add_verdict, (cluster_uid, verdict, reviewer, note), {}, write=True)


EXPORT_FORMATS = ("csv", "jsonl", "prov-json", "claimreview", "sqlite")
EXPORT_STREAMS = ("jsonl", "prov-json", "claimreview")  # one text, to OUT or to stdout


@dataclass(frozen=True)
class ExportResult:
    """What ``export`` did: ``summary`` is one line for people (stderr); ``text`` is the export
    itself when a stream format was asked for without OUT (the caller writes it to stdout)."""

    summary: str
    text: str | None = None


@dataclass(frozen=True)
class Publisher:
    """Who publishes a ClaimReview: the organisation (``name``, ``url``) as its ``author``, and
    ``review_url``, a template of the review page's address with ``{cluster}`` in it."""

    name: str | None = None
    url: str | None = None
    review_url: str | None = None


def export(db: str | None, format: str, out: str | None, fts: bool = True, overwrite: bool = False,
           filters: ReportFilters | None = None, cluster: str | None = None,
           publisher: Publisher | None = None) -> ExportResult:
    """Export the database ``db`` as ``format``:

    - ``csv``: one file per table into the folder OUT (required);
    - ``jsonl``: one JSON object per cluster with its mentions, sources and verdict;
    - ``prov-json``: W3C PROV (PROV-JSON), loads back with the ``prov`` package;
    - ``claimreview``: schema.org ClaimReview JSON-LD (a JSON list) for clusters with a verdict,
      authored by ``publisher`` (the reviewer is a contributor);
    - ``sqlite``: the handover file OUT (required) with views, FTS5, data dictionary and a
      Datasette ``OUT.metadata.json`` beside it.

    ``filters`` (``report``'s) and ``cluster`` (one cluster, any unique prefix of its uid) keep
    only those clusters (not for ``sqlite``, a whole-database handover). A stream format without
    OUT returns its text in the result instead of writing a file. Raises UsageError for a bad
    combination or an existing OUT (without ``overwrite``), StoreError for a missing database,
    NotFoundError for an unknown cluster."""
    fmt = _export_checks(db, format, out, fts, overwrite)
    if publisher is not None and publisher.review_url and "{cluster}" not in publisher.review_url:
        raise UsageError(f"--review-url-template {publisher.review_url!r}: put {{cluster}} where the cluster id goes")
    picked = filters is not None and filters != ReportFilters() or cluster is not None
    if fmt == "sqlite" and picked:
        raise UsageError("export --format sqlite hands over the whole database: filters and --cluster do not apply")
    from claimcheck.store import export as store_export
    from claimcheck.store.session import read_scope

    engine = open_store(db, create=False)
    try:
        if fmt == "sqlite":
            info = store_export.export_sqlite(engine, out, fts=fts, overwrite=overwrite)  # type: ignore[arg-type]
            return ExportResult(f"wrote {info['path']} ({info['articles']} articles, {info['clusters']} clusters, "
                                f"FTS {'on' if fts else 'off'}); browse it: datasette {info['path']} "
                                f"--metadata {info['metadata']}")
        from claimcheck.report import exports

        with read_scope(engine) as s:  # one snapshot: never two analyses in one export
            keep = _export_clusters(s, filters, cluster) if picked else None
            if fmt == "csv":
                counts = exports.export_csv(store_export.table_rows(s, keep), out,  # type: ignore[arg-type]
                                            overwrite=overwrite)
                return ExportResult(f"wrote {len(counts)} CSV files ({sum(counts.values())} rows) to {out}")
            data = store_export.export_data(s, None if keep is None else {"clusters": keep})
        text, n, what = exports.export_stream(fmt, data, publisher)
    finally:
        engine.dispose()
    if out is None:
        return ExportResult(f"wrote {n} {what} to stdout", text)
    exports.write_text_file(out, text)
    return ExportResult(f"wrote {n} {what} to {out}")


def _export_clusters(session: Any, filters: ReportFilters | None, cluster: str | None) -> list[str]:
    """The uids of the clusters an export keeps: those ``report`` shows with ``filters``, and of
    them the one ``cluster`` names (a unique prefix). Raises NotFoundError, UsageError."""
    from claimcheck.store import queries

    uids = [r.cluster for r in queries.report_rows(session, **_filter_kwargs(filters or ReportFilters()))]
    if cluster is not None:
        uid = queries.find_cluster(session, cluster).uid
        uids = [u for u in uids if u == uid]
    return uids


def _export_checks(db: str | None, format: str, out: str | None, fts: bool, overwrite: bool) -> str:
    """The normalised format, after refusing what cannot work (before opening anything)."""
    from pathlib import Path

    from claimcheck.errors import StoreError
    from claimcheck.store.session import resolve_url

    fmt = (format or "").strip().lower()
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {format!r} (choose from {', '.join(EXPORT_FORMATS)})")
    if fmt == "csv" and not out:
        raise UsageError("export --format csv needs a folder to write to: claimcheck export --format csv FOLDER")
    if fmt == "sqlite" and not out:
        raise UsageError("export --format sqlite needs a file to write: claimcheck export --format sqlite OUT.db")
    if not fts and fmt != "sqlite":
        raise UsageError(f"--no-fts applies to --format sqlite only, not {fmt!r}")
    if out and fmt in EXPORT_STREAMS:
        p = Path(out)
        if p.is_dir():
            raise UsageError(f"{out!r}: is a folder; this format writes one file")
        if not p.parent.is_dir():
            raise UsageError(f"{out!r}: folder {str(p.parent)!r} does not exist")
        if p.exists() and not overwrite:
            raise UsageError(f"{out!r} already exists (use --overwrite to replace it)")
    url = resolve_url(db)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).is_file():
        raise StoreError(f"{url[len('sqlite:///'):]!r}: no such database (ingest articles first)")
    if out and url.startswith("sqlite:///"):
        source = Path(url[len("sqlite:///"):]).resolve()
        target = Path(out).resolve()
        if target in (source, source.with_name(source.name + "-wal"), source.with_name(source.name + "-shm")):
            raise UsageError(f"{out!r}: is the database being exported")
    return fmt
