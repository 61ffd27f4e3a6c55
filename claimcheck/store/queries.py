"""Read-side queries for report, show, sources, review and check. Plain dicts out."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimcheck.errors import NotFoundError
from claimcheck.model import ReportRow, StatusCounts, rests_on_unnamed
from claimcheck.store.models import (
    Actor,
    Article,
    AttributionRow,
    ClaimRow,
    Cluster,
    ClusterMember,
    SentenceRow,
    SourceGrade,
    SourceRow,
    Verdict,
    ViaRow,
)
from claimcheck.store.actor_filter import ActorMatch, match_actor, resolve_actor, sql_prefilter
from claimcheck.store.repo import latest_run_id

STATUS_ORDER = {"contradicted": 0, "corroborated": 1, "single_source": 2, "unattributed": 3}
OTHER_STATUS = 9  # the rank of any other status (stored in clusters.status_rank: migration 0008)


def latest_verdicts(session: Session, uids: list[str] | None = None) -> dict[str, dict[str, Any]]:
    q = select(Verdict).order_by(Verdict.id)
    if uids is not None and len(uids) < 900:
        q = q.where(Verdict.cluster_uid.in_(uids))
    out = {}
    for v in session.execute(q).scalars():
        out[v.cluster_uid] = {"verdict": v.verdict, "reviewer": v.reviewer,
                              "at": v.decided_at.isoformat() if v.decided_at else None, "note": v.note}
    return out


_CLUSTER_COLUMNS = ("uid", "canonical", "status", "credibility", "credibility_reasons", "reason_codes",
                    "independent_origins",
                    "n_articles", "n_mentions", "action", "actors", "source_kinds", "sources", "outlets",
                    "n_denials", "n_non_answers", "first_seen", "last_seen")


def report_row(c: Any, verdict: dict[str, Any] | None = None, with_articles: bool = False) -> ReportRow:
    """A cluster row as a :class:`ReportRow`: ``c`` is a tuple of the :data:`_CLUSTER_COLUMNS`
    in that order (+ ``article_uids`` when ``with_articles``), or a ``Cluster`` object."""
    if isinstance(c, Cluster):
        c = tuple(getattr(c, name) for name in _CLUSTER_COLUMNS + (("article_uids",) if with_articles else ()))
    (uid, canonical, status, credibility, reasons, codes, origins, n_articles, n_mentions, action, actors, kinds,
     sources, outlets, n_denials, n_non_answers, first_seen, last_seen, *articles) = c
    # the JSON columns in one parse: one call instead of seven per row (a report can have 100,000 rows)
    decoded = json.loads(f"[{reasons},{actors or '[]'},{kinds or '{}'},{sources or '[]'},{outlets or '[]'},"
                         f"{codes or '[]'}{',' + articles[0] if articles else ''}]")
    return ReportRow(uid, canonical, status, credibility, tuple(decoded[0]), origins, n_articles, n_mentions,
                     action, tuple(decoded[1]), decoded[2], tuple(map(tuple, decoded[3])), tuple(decoded[4]),
                     n_denials, n_non_answers, first_seen, last_seen,
                     tuple(decoded[6]) if articles else None, verdict, reason_codes=tuple(decoded[5]))


def report_rows(session: Session, status: list[str] | None = None, actor: str | None = None,
                since: dt.date | None = None, until: dt.date | None = None, outlet: str | None = None,
                min_origins: int = 0, sort: str = "status", limit: int = 0,
                with_articles: bool = False) -> list[ReportRow]:
    """Clusters of the latest analysis, filtered and sorted in SQL (plain columns, no ORM
    objects), each with its latest verdict; ``limit`` > 0 keeps the first rows;
    ``with_articles`` fills ``article_ids`` (what ``report --format json`` shows).
    ``sort``: status | origins | credibility | date | mentions. Empty before any analysis."""
    run = latest_run_id(session)
    if run is None:
        return []
    t = Cluster.__table__
    cols = _CLUSTER_COLUMNS + (("article_uids",) if with_articles else ())
    q = _filtered(session, select(*(t.c[name] for name in cols)).where(t.c.run_id == run), status, actor, since,
                  until, outlet, min_origins)
    q = q.order_by(*_order(sort))
    exact = bool(actor or outlet)  # JSON columns: the SQL test is a prefilter, decided per row below
    if limit and not exact:
        q = q.limit(limit)
    with _no_gc():
        found = session.connection().execute(q).all()
        verdicts = latest_verdicts(session, [c[0] for c in found])
        get = verdicts.get
        rows = [report_row(c, get(c[0]), with_articles) for c in found]
    if exact:
        names = _actor_names(session, actor) if actor else None
        rows = [r for r in rows if _literal_match(r, names, actor or None, outlet or None)]
        if limit:
            rows = rows[:limit]
    return rows


def report_counts(session: Session, status: list[str] | None = None, actor: str | None = None,
                  since: dt.date | None = None, until: dt.date | None = None, outlet: str | None = None,
                  min_origins: int = 0, **_ignored: Any) -> StatusCounts:
    """Counts of ALL clusters of the latest analysis that the report filters keep (the same
    filters as :func:`report_rows`, no limit), by status, and of single-source ones resting on
    unnamed sources: two columns read per cluster (the whole rows only with an actor or
    outlet filter, whose exact test is per row). Empty before any analysis."""
    from collections import Counter

    if actor or outlet:
        rows = report_rows(session, status, actor, since, until, outlet, min_origins)
        pairs = [(r.status, r.source_kinds) for r in rows]
    else:
        run = latest_run_id(session)
        if run is None:
            return StatusCounts({})
        t = Cluster.__table__
        q = _filtered(session, select(t.c.status, t.c.source_kinds).where(t.c.run_id == run), status, actor,
                      since, until, outlet, min_origins)
        pairs = [(st, json.loads(k) if st == "single_source" and k else {})
                 for st, k in session.connection().execute(q)]
    return StatusCounts(dict(Counter(st for st, _ in pairs)),
                        sum(1 for st, k in pairs if rests_on_unnamed(st, k)))


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while many small containers are built at once (a
    report of 100,000 clusters): they hold no cycles, and each collection would scan them all."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _actor_names(session: Session, actor: str) -> ActorMatch:
    """What ``actor`` stands for and the clusters about it (:mod:`claimcheck.store.actor_filter`:
    the actors one of whose aliases is it, or holds it as whole words, and the clusters that
    name them among their actors, their members' actors or in their texts)."""
    return match_actor(session, actor)


def _literal_match(row: ReportRow, actor_names: ActorMatch | None, actor: str | None, outlet: str | None) -> bool:
    """The exact test behind the SQL prefilter: the JSON columns are searched as text in SQL, so
    a needle such as ``[`` or ``", "`` would match the JSON syntax; here the actor test is
    :func:`~claimcheck.store.actor_filter.match_actor`'s and each outlet name is compared on its
    own (case-insensitive substrings)."""
    if actor_names is not None and actor is not None and row.cluster not in actor_names.uids:
        return False
    return outlet is None or any(outlet.casefold() in o.casefold() for o in row.outlets)


def _filtered(session: Session, q: Any, status: list[str] | None, actor: str | None, since: dt.date | None,
              until: dt.date | None, outlet: str | None, min_origins: int) -> Any:
    """``q`` over the clusters table narrowed by the report filters (literal substrings)."""
    t = Cluster.__table__
    if status:
        q = q.where(t.c.status.in_(status))
    if actor:
        q = q.where(sql_prefilter(resolve_actor(session, actor)))
    if outlet:
        q = q.where(t.c.outlets.icontains(outlet, autoescape=True))
    if since:
        q = q.where(t.c.last_seen >= since)
    if until:
        q = q.where(t.c.first_seen <= until)
    if min_origins:
        q = q.where(t.c.independent_origins >= min_origins)
    return q


def _order(sort: str) -> tuple[Any, ...]:
    """ORDER BY terms for a report sort order (unknown: by status); ties broken by uid.  The
    status order is the stored ``status_rank`` (:data:`STATUS_ORDER`), indexed with the run, so
    the first rows need only the first status group sorted."""
    t = Cluster.__table__
    status_rank = t.c.status_rank
    orders = {
        "status": (status_rank, t.c.independent_origins.desc(), t.c.n_mentions.desc(), t.c.uid),
        "origins": (t.c.independent_origins.desc(), status_rank, t.c.uid),
        "credibility": (t.c.credibility, t.c.independent_origins.desc(), t.c.uid),
        "date": (t.c.first_seen.is_(None), t.c.first_seen, t.c.uid),
        "mentions": (t.c.n_mentions.desc(), t.c.uid),
    }
    return orders.get(sort, orders["status"])


def count_clusters(session: Session) -> int:
    run = latest_run_id(session)
    return 0 if run is None else session.execute(select(func.count()).where(Cluster.run_id == run)).scalar_one()


def find_cluster(session: Session, ref: str) -> Cluster:
    run = latest_run_id(session)
    if run is None:
        raise NotFoundError("no analysis yet: run `claimcheck xref` (or ingest articles) first")
    if not ref.strip():
        raise NotFoundError("empty cluster id (ids are shown by `claimcheck report`)")
    rows = session.execute(select(Cluster).where(Cluster.run_id == run,
                                                 Cluster.uid.startswith(ref.strip(), autoescape=True))).scalars().all()
    if not rows:
        raise NotFoundError(f"no cluster {ref!r} (ids are shown by `claimcheck report`)")
    if len(rows) > 1:
        raise NotFoundError(f"cluster id {ref!r} is ambiguous ({len(rows)} match); give more characters")
    return rows[0]


def cluster_detail(session: Session, ref: str) -> dict[str, Any]:
    c = find_cluster(session, ref)
    out = report_row(c, latest_verdicts(session, [c.uid]).get(c.uid)).to_json()
    out["mentions_detail"] = mentions(session, c.id)
    return out


def passage_sentences():  # noqa: ANN201
    """Two aliases of the sentences table, for the first and the last sentence of a claim's passage
    (join them with :func:`passage_on`)."""
    from sqlalchemy.orm import aliased

    return aliased(SentenceRow), aliased(SentenceRow)


def passage_on(sentence, end: str):  # noqa: ANN001, ANN201
    """The join condition of a sentences alias to the ``end`` ("first" or "last") sentence of the
    passage shown with a claim (``claims.passage_first`` / ``passage_last``; a claim stored before
    revision 0011 has none: its sentence alone)."""
    col = ClaimRow.passage_first if end == "first" else ClaimRow.passage_last
    return (sentence.article_id == ClaimRow.article_id) & (sentence.idx == func.coalesce(col, ClaimRow.sentence_idx))


def claim_parts(parts: str | None, start: int, end: int, text: str) -> list[dict[str, Any]]:
    """The exact spans a stored claim's text is made of (``claims.parts``), as ``{"text", "start",
    "end"}``; its span alone when it has none."""
    if not parts:
        return [{"text": text[start:end], "start": start, "end": end}]
    return [{"text": t, "start": s, "end": e} for s, e, t in json.loads(parts)]


def mentions(session: Session, cluster_id: int) -> list[dict[str, Any]]:
    first, last = passage_sentences()
    q = (select(ClusterMember.stance, ClusterMember.origin_key, ClaimRow, Article, AttributionRow, first.start,
                last.end, ClusterMember.origin_label, ClusterMember.origin_reason)
         .join(ClaimRow, ClaimRow.id == ClusterMember.claim_id)
         .join(Article, Article.id == ClaimRow.article_id)
         .outerjoin(AttributionRow, AttributionRow.id == ClaimRow.attribution_id)
         .outerjoin(first, passage_on(first, "first")).outerjoin(last, passage_on(last, "last"))
         .where(ClusterMember.cluster_id == cluster_id))
    out = []
    for stance, origin, claim, art, att, s0, s1, origin_label, origin_reason in session.execute(q).all():
        via = []
        if att is not None:
            via = [{"text": v.text, "start": v.start, "end": v.end} for v in session.execute(
                select(ViaRow).where(ViaRow.attribution_id == att.id).order_by(ViaRow.position)).scalars()]
        if s0 is None or s1 is None:
            s0, s1 = claim.start, claim.end
        out.append({
            "stance": stance, "origin": origin, "origin_label": origin_label, "origin_reason": origin_reason or "",
            "claim": {"text": art.text[claim.start:claim.end], "start": claim.start, "end": claim.end,
                      "statement": claim.text, "parts": claim_parts(claim.parts, claim.start, claim.end, art.text),
                      "polarity": claim.polarity,
                      "modality": claim.modality, "refers_to": claim.refers_to, "action": claim.action},
            "sentence": {"text": art.text[s0:s1], "start": s0, "end": s1},
            "attribution": None if att is None else {
                "source": None if att.source_text is None else {
                    "text": att.source_text, "start": att.source_start, "end": att.source_end,
                    "kind": att.source_kind, "type": att.source_type, "resolved": att.resolved_text,
                    "descriptor": att.descriptor},
                "cue": {"text": att.cue_text, "start": att.cue_start, "end": att.cue_end, "act": att.act},
                "direct_quote": att.direct_quote, "via": via},
            "article": {"id": art.uid, "title": art.title, "outlet": art.outlet, "doc": art.doc_key,
                        "url": art.url, "published": art.published.isoformat() if art.published else None},
        })
    # two mentions of one claim span (a denial and a non-answer of one sentence) in reading order of
    # their cues: the rows come in no fixed order, and the tie followed the ids (the paths)
    out.sort(key=lambda m: (m["article"]["published"] or "9999", m["article"]["id"], m["claim"]["start"],
                            m["attribution"]["cue"]["start"] if m["attribution"] else -1, m["claim"]["end"]))
    return out


def sources_rows(session: Session, kind: str | None = None) -> list[dict[str, Any]]:
    """One row per source as cited, except that the named sources of one resolved actor are one
    row under the actor's name ("X", "Gen.X" and "Y X", when the actor index makes them one):
    ``{"source" (uid of the first row), "name", "kind", "type", "grade", "reasons",
    "attributions", "articles", "corroborated", "contradicted", "single_source", "cited_as"
    (the names as cited, sorted)}``, sorted by grade, attributions, name.  The analysis grades
    every row of an actor with the actor's one track record (``xref.analyse``)."""
    run = latest_run_id(session)
    counts = dict(session.execute(select(AttributionRow.source_id, func.count()).group_by(AttributionRow.source_id)).all())
    grades = {} if run is None else {g.source_id: g for g in session.execute(
        select(SourceGrade).where(SourceGrade.run_id == run)).scalars()}
    actor_names = dict(session.execute(select(Actor.id, Actor.name)).all())
    q = select(SourceRow)
    if kind:
        q = q.where(SourceRow.kind == kind)
    groups: dict[tuple[str, int], list[SourceRow]] = {}
    for s in session.execute(q).scalars():
        one = s.kind == "named" and s.actor_id is not None and s.actor_id in actor_names
        groups.setdefault(("actor", s.actor_id) if one else ("source", s.id), []).append(s)
    art_rows = session.execute(select(AttributionRow.source_id, AttributionRow.article_id).distinct()).all()
    arts: dict[int, set[int]] = {}
    for sid, aid in art_rows:
        arts.setdefault(sid, set()).add(aid)
    out = []
    for (what, ident), rows in groups.items():
        rows.sort(key=lambda r: r.uid)
        graded = [grades[r.id] for r in rows if r.id in grades]
        g = max(graded, key=lambda x: (x.n_corroborated + x.n_contradicted + x.n_single, x.grade != "F", x.id),
                default=None)
        first = rows[0]
        out.append({"source": first.uid,
                    "name": actor_names[ident] if what == "actor" and len(rows) > 1 else first.name,
                    "kind": first.kind, "type": first.type,
                    "grade": g.grade if g else "F",
                    "reasons": json.loads(g.reasons) if g else ["no basis yet: none of its claims was cross-referenced"],
                    "attributions": sum(counts.get(r.id, 0) for r in rows),
                    "articles": len(set().union(*(arts.get(r.id, set()) for r in rows))),
                    "corroborated": g.n_corroborated if g else 0, "contradicted": g.n_contradicted if g else 0,
                    "single_source": g.n_single if g else 0,
                    "cited_as": sorted({r.name for r in rows}, key=lambda n: (n.casefold(), n))})
    out.sort(key=lambda r: (r["grade"], -r["attributions"], r["name"].lower()))
    return out


def add_verdict(session: Session, cluster_uid: str, verdict: str, reviewer: str, note: str | None) -> None:
    session.add(Verdict(cluster_uid=cluster_uid, verdict=verdict, reviewer=reviewer, note=note))


def review_queue(session: Session, statuses: list[str], include_reviewed: bool) -> list[ReportRow]:
    """The clusters of these statuses in report order; without a verdict unless ``include_reviewed``."""
    rows = report_rows(session, status=statuses)
    return [r for r in rows if include_reviewed or r.verdict is None]


def sentences_for_check(session: Session) -> list[tuple[str, str, str | None, str | None, int, int, str]]:
    """(article uid, title, outlet, published, start, end, sentence) of every body sentence of
    the current articles, for ``check``; the sentence is sliced in SQL (not the whole text)."""
    q = (select(Article.uid, Article.title, Article.outlet, Article.published, SentenceRow.start, SentenceRow.end,
                func.substr(Article.text, SentenceRow.start + 1, SentenceRow.end - SentenceRow.start))
         .join(SentenceRow, SentenceRow.article_id == Article.id)
         .where(Article.is_current.is_(True), SentenceRow.boilerplate.is_(False)))
    return [(uid_, title, outlet, pub.isoformat() if pub else None, s, e, sent)
            for uid_, title, outlet, pub, s, e, sent in session.execute(q)]


def attribution_at(session: Session, article_uid: str, start: int, end: int) -> dict[str, Any] | None:
    """The attribution whose content overlaps [start, end) in an article, if any."""
    q = (select(AttributionRow).join(Article, Article.id == AttributionRow.article_id)
         .where(Article.uid == article_uid, AttributionRow.content_start < end, AttributionRow.content_end > start)
         .order_by(AttributionRow.id.desc()).limit(1))
    a = session.execute(q).scalars().first()
    if a is None:
        return None
    name = None
    if a.source_id is not None:
        name = session.execute(select(SourceRow.name).where(SourceRow.id == a.source_id)).scalar()
    return {"text": a.source_text, "name": name or a.resolved_text or a.source_text, "kind": a.source_kind,
            "cue": a.cue_text, "act": a.act}


def clusters_at(session: Session, article_uid: str, start: int, end: int) -> list[str]:
    """Uids of the latest analysis' clusters with a claim inside [start, end) of an article."""
    run = latest_run_id(session)
    if run is None:
        return []
    q = (select(Cluster.uid).join(ClusterMember, ClusterMember.cluster_id == Cluster.id)
         .join(ClaimRow, ClaimRow.id == ClusterMember.claim_id).join(Article, Article.id == ClaimRow.article_id)
         .where(Cluster.run_id == run, Article.uid == article_uid, ClaimRow.start < end, ClaimRow.end > start))
    return sorted(set(session.execute(q).scalars()))
