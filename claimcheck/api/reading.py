"""The read calls over the latest analysis: ``report`` (rows, pages, streams, HTML), ``show``,
``sources``, and the review queue with its verdicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from claimcheck.api.database import Db, Store, _on, _read, open_store
from claimcheck.errors import UsageError
from claimcheck.model import ReportPage, ReportRow, StatusCounts


def report(db: Db, **filters: Any) -> list[ReportRow]:
    """The clusters of the latest analysis as report rows; ``filters`` are those of
    :func:`claimcheck.store.queries.report_rows` (status, actor, since, until, outlet,
    min_origins, sort, limit, with_articles). Raises StoreError for a missing database."""
    from claimcheck.store import queries

    return _read(db, queries.report_rows, **filters)


@dataclass(frozen=True)
class ReportFilters:
    """Which clusters ``report`` shows, and in what order: statuses (none: all), an actor under
    any of its names (:mod:`claimcheck.store.actor_filter`) and an outlet (a literal substring), dates seen as ``YYYY-MM-DD`` text,
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

    from claimcheck.xref.story import StoryItem, stories, story_order, story_words

    story_of = stories([StoryItem(r.cluster, r.actors, r.action, r.mentions, r.articles, story_words(r.claim, r.actors))
                        for r in rows])
    rows = [replace(r, story=story_of[r.cluster]) for r in rows]
    if by_story:
        rows = [rows[i] for i in story_order([r.cluster for r in rows], story_of)]
    return rows


def report_stream(db: Db, filters: ReportFilters) -> Iterator[ReportRow]:
    """Every report row, as :func:`report_page` gives them with ``with_articles`` and no limit
    (story ids included), read and yielded block by block (``store.report_stream``): memory
    holds one block of rows.  Unfiltered, the story ids are those the analysis stored (drawn
    among every cluster); filtered (stories drawn among the rows kept) or over an analysis made
    before they were stored, a first, lighter pass over the same rows in the same snapshot
    keeps per cluster what story grouping reads.  The database is
    opened on the first row asked for and closed when the iteration ends.  Raises UsageError
    for a bad date and StoreError for a missing database."""
    from dataclasses import replace

    from claimcheck.store.report_stream import iter_report_rows, stories_stored
    from claimcheck.store.session import read_scope
    from claimcheck.xref.story import StoryItem, stories, story_words

    kw = _filter_kwargs(filters)
    engine = db.engine if isinstance(db, Store) else open_store(db, create=False)
    try:
        with read_scope(engine) as s:
            if filters == ReportFilters(sort=filters.sort) and stories_stored(s):
                # every cluster shown: the stories its analysis stored are these (drawn among all)
                yield from iter_report_rows(s, **kw, stored_story=True)
                return
            story_of = stories([StoryItem(r.cluster, r.actors, r.action, r.mentions, r.articles,
                                          story_words(r.claim, r.actors))
                                for r in iter_report_rows(s, **kw, with_articles=False)])
            for r in iter_report_rows(s, **kw):
                yield replace(r, story=story_of[r.cluster])
    finally:
        if not isinstance(db, Store):
            engine.dispose()


def _filter_kwargs(filters: ReportFilters) -> dict[str, Any]:
    """``filters`` as keywords of :func:`claimcheck.store.queries.report_rows` (dates parsed).
    Raises UsageError for a date that is not YYYY-MM-DD and for ``since`` after ``until`` (a
    window no cluster can fall in: an empty report would look like an empty database)."""
    since, until = _date(filters.since, "--since"), _date(filters.until, "--until")
    if since is not None and until is not None and since > until:
        raise UsageError(f"--since {filters.since} is after --until {filters.until}: no date can be in both; "
                         "swap them?")
    return {"status": list(filters.status), "actor": filters.actor, "since": since,
            "until": until, "outlet": filters.outlet, "min_origins": filters.min_origins,
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


def sources_listing(db: Db, kind: str | None = None, unresolved: bool = False) -> tuple[list[dict[str, Any]], int]:
    """What ``claimcheck sources`` lists: the rows of :func:`sources` that are sources, and how
    many rows were left out because their name is no source (``resolved`` False: a pronoun, a
    common noun, a direction, a thing shown); with ``unresolved`` every row, those last, and 0."""
    rows = sources(db, kind)
    if unresolved:
        return rows, 0
    kept = [r for r in rows if r.get("resolved", True)]
    return kept, len(rows) - len(kept)


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


NO_ANALYSIS_NOTE = ("the database holds articles but no analysis of them yet (an ingest was interrupted "
                    "before it, say): run `claimcheck xref` to cluster and grade them")


def analysis_note(db: Db) -> str | None:
    """A one-line note for a reader of ``report``/``sources`` when what they show is not the
    store's current content: no analysis at all though articles are stored
    (:data:`NO_ANALYSIS_NOTE`), or articles ingested or re-parsed since the last analysis
    (``checking.STALE_NOTE``, the note ``check`` gives).  None when the analysis is current or
    the store is empty.  Raises StoreError for a missing database."""
    from claimcheck.api.checking import STALE_NOTE
    from claimcheck.store.analysis import analysis_stale
    from claimcheck.store.queries import latest_run_id

    def run(s: Any) -> str | None:
        if not analysis_stale(s):
            return None
        return NO_ANALYSIS_NOTE if latest_run_id(s) is None else STALE_NOTE

    return _read(db, run)
