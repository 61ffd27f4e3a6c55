"""The report's rows as a stream: read by blocks from one cursor, never all held at once.

``report --format json|jsonl|csv`` of a large store (100,000 clusters) writes each block of rows
as it is read: memory holds one block (its rows, verdicts and article references), whatever the
number of clusters.  The rows are those of :func:`claimcheck.store.queries.report_rows` with
``with_articles`` and the articles' references filled as ``api.report_page`` fills them, in the
same order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimcheck.model import ReportRow
from claimcheck.store import queries
from claimcheck.store.export import article_refs
from claimcheck.store.models import Cluster
from claimcheck.store.repo import latest_run_id

BLOCK = 500  # rows per block: verdicts are looked up with one IN (...) of this many uids


def iter_report_rows(session: Session, status: list[str] | None = None, actor: str | None = None,
                     since: dt.date | None = None, until: dt.date | None = None, outlet: str | None = None,
                     min_origins: int = 0, sort: str = "status", with_articles: bool = True,
                   stored_story: bool = False) -> Iterator[ReportRow]:
    """Every report row of the latest analysis (filters and ``sort`` as in
    :func:`queries.report_rows`), with the latest verdict and, ``with_articles``, ``article_ids``
    and ``article_refs``, yielded block by block from one streamed query; ``stored_story``: each
    row with the story id its analysis stored (``clusters.story``, see :func:`stories_stored`).
    Empty before any analysis."""
    run = latest_run_id(session)
    if run is None:
        return
    t = Cluster.__table__
    cols = queries._CLUSTER_COLUMNS + ("article_uids",)  # noqa: SLF001 - the one column list of a row
    if stored_story:
        cols += ("story",)
    q = queries._filtered(session, select(*(t.c[name] for name in cols)).where(t.c.run_id == run),  # noqa: SLF001
                          status, actor, since, until, outlet, min_origins).order_by(*queries._order(sort))  # noqa: SLF001
    names = queries._actor_names(session, actor) if actor else None  # noqa: SLF001
    exact = bool(actor or outlet)
    # the lookups run on the same connection while the streamed cursor stays open (both dialects allow it)
    result = session.connection().execution_options(yield_per=BLOCK).execute(q)
    for block in result.partitions(BLOCK):
        if stored_story:
            story = {c[0]: c[-1] for c in block}
            block = [c[:-1] for c in block]
        if not with_articles:
            rows = [queries.report_row(c[:-1]) for c in block]
            if exact:
                rows = [r for r in rows if queries._literal_match(r, names, actor or None, outlet or None)]  # noqa: SLF001
            yield from ([replace(r, story=story[r.cluster]) for r in rows] if stored_story else rows)
            continue
        verdicts = queries.latest_verdicts(session, [c[0] for c in block])
        rows = [queries.report_row(c, verdicts.get(c[0]), True) for c in block]
        if exact:
            rows = [r for r in rows if queries._literal_match(r, names, actor or None, outlet or None)]  # noqa: SLF001
        refs = article_refs(session, {a for r in rows for a in r.article_ids or ()})
        for r in rows:
            yield replace(r, article_refs=tuple(refs[a] for a in r.article_ids or () if a in refs),
                          **({"story": story[r.cluster]} if stored_story else {}))


def stories_stored(session: Session) -> bool:
    """Whether every cluster of the latest analysis has its story id stored (analyses made
    since revision 0007; an older one has NULL).  False before any analysis."""
    run = latest_run_id(session)
    if run is None:
        return False
    t = Cluster.__table__
    return session.execute(select(t.c.id).where(t.c.run_id == run, t.c.story.is_(None)).limit(1)).first() is None
