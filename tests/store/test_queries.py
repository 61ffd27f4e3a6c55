"""The read queries of ``claimcheck.store.queries``, called directly on a migrated database
holding the seeds (not through the CLI): filters, ordering, prefixes of cluster ids, verdicts
and the review queue, source rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.errors import NotFoundError
from claimcheck.store import queries
from claimcheck.store.session import session_scope

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
STATUSES = ("corroborated", "contradicted", "single_source", "unattributed")


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("queries") / "seeds.db")
    summary = api.ingest([str(SEEDS)], db)
    assert summary.ingested == len(list(SEEDS.glob("*.txt")))
    return db


@pytest.fixture()
def session(seeds_db: str) -> Iterator:
    engine = api.open_store(seeds_db, create=False)
    try:
        with session_scope(engine) as s:
            yield s
            s.rollback()  # what a test writes (verdicts) does not leak into the next one
    finally:
        engine.dispose()


def test_report_rows_cover_every_cluster_once(session) -> None:  # noqa: ANN001
    rows = queries.report_rows(session)
    assert len(rows) == queries.count_clusters(session) > 0
    assert len({r.cluster for r in rows}) == len(rows)
    assert {r.status for r in rows} <= set(STATUSES)
    assert all(1 <= r.credibility <= 6 and r.reasons for r in rows)
    assert all(r.article_ids is None for r in rows)  # filled only on request


@pytest.mark.parametrize("status", STATUSES)
def test_status_filter_keeps_exactly_that_status(session, status: str) -> None:  # noqa: ANN001
    every = queries.report_rows(session)
    kept = queries.report_rows(session, status=[status])
    assert [r.cluster for r in kept] == [r.cluster for r in every if r.status == status]


@pytest.mark.parametrize("least", [1, 2])
def test_min_origins_filter(session, least: int) -> None:  # noqa: ANN001
    every = queries.report_rows(session)
    kept = queries.report_rows(session, min_origins=least)
    assert {r.cluster for r in kept} == {r.cluster for r in every if r.independent_origins >= least}
    # since stop 24 no seed cluster has two origins (the training offer and deed are two claims)
    assert bool(kept) == (least == 1), "the seeds' clusters rest on one origin each"


def test_actor_filter_is_literal_and_alias_aware(session) -> None:  # noqa: ANN001
    every = queries.report_rows(session)
    actor = next(a for r in every for a in r.actors if len(a) > 4)
    kept = queries.report_rows(session, actor=actor)
    assert kept and all(r.cluster in {e.cluster for e in every} for r in kept)
    assert {r.cluster for r in every if actor in r.actors} <= {r.cluster for r in kept}
    assert queries.report_rows(session, actor="[") == []  # a literal, not a pattern
    assert queries.report_rows(session, actor="%") == []
    assert queries.report_rows(session, actor='", "') == []


def test_outlet_filter_is_literal(session) -> None:  # noqa: ANN001
    every = queries.report_rows(session)
    outlet = next(o for r in every for o in r.outlets)
    kept = queries.report_rows(session, outlet=outlet[2:-2].upper())
    assert {r.cluster for r in kept} == {r.cluster for r in every if any(outlet[2:-2].lower() in o.lower() for o in r.outlets)}
    assert queries.report_rows(session, outlet="[") == []
    assert queries.report_rows(session, outlet="]") == []
    assert [r.cluster for r in queries.report_rows(session, outlet=outlet, limit=1)] == [kept[0].cluster]


def test_date_filters_bound_first_and_last_seen(session) -> None:  # noqa: ANN001
    every = queries.report_rows(session)
    dated = [r for r in every if r.first_seen is not None]
    assert dated
    cut = sorted(r.last_seen for r in dated)[len(dated) // 2]
    since = queries.report_rows(session, since=cut)
    assert since and all(r.last_seen is not None and r.last_seen >= cut for r in since)
    until = queries.report_rows(session, until=cut - dt.timedelta(days=1))
    assert all(r.first_seen is not None and r.first_seen < cut for r in until)


@pytest.mark.parametrize("sort,key,reverse", [
    ("origins", lambda r: r.independent_origins, True),
    ("mentions", lambda r: r.mentions, True),
    ("credibility", lambda r: r.credibility, False),
])
def test_sort_orders(session, sort: str, key, reverse: bool) -> None:  # noqa: ANN001
    rows = queries.report_rows(session, sort=sort)
    values = [key(r) for r in rows]
    assert values == sorted(values, reverse=reverse)


def test_limit_keeps_the_first_rows(session) -> None:  # noqa: ANN001
    every = queries.report_rows(session)
    assert [r.cluster for r in queries.report_rows(session, limit=3)] == [r.cluster for r in every[:3]]


def test_with_articles_fills_article_ids(session) -> None:  # noqa: ANN001
    rows = queries.report_rows(session, with_articles=True)
    assert all(r.article_ids is not None and len(r.article_ids) == r.articles for r in rows)


def test_find_cluster_by_unique_prefix(session) -> None:  # noqa: ANN001
    uid = queries.report_rows(session)[0].cluster
    assert queries.find_cluster(session, uid).uid == uid
    assert queries.find_cluster(session, uid[:12]).uid == uid
    assert queries.find_cluster(session, f"  {uid}  ").uid == uid


@pytest.mark.parametrize("ref,message", [
    ("no-such-cluster", "no cluster"),
    ("", "empty cluster id"),
    ("   ", "empty cluster id"),
    ("k", "ambiguous"),  # every cluster id starts with k
    ("%", "no cluster"),  # LIKE wildcards are escaped
])
def test_find_cluster_refuses_bad_references(session, ref: str, message: str) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError, match=message):
        queries.find_cluster(session, ref)


def test_cluster_detail_lists_its_mentions(session) -> None:  # noqa: ANN001
    row = max(queries.report_rows(session), key=lambda r: r.mentions)
    detail = queries.cluster_detail(session, row.cluster)
    assert detail["cluster"] == row.cluster and detail["status"] == row.status
    assert len(detail["mentions_detail"]) == row.mentions
    for m in detail["mentions_detail"]:
        assert m["claim"]["text"] and m["sentence"]["text"]


def test_verdicts_latest_wins_and_leave_the_review_queue(session) -> None:  # noqa: ANN001
    queue = queries.review_queue(session, ["contradicted"], include_reviewed=False)
    assert queue and all(r.status == "contradicted" for r in queue)
    uid = queue[0].cluster
    queries.add_verdict(session, uid, "dismissed", "ana", None)
    queries.add_verdict(session, uid, "confirmed", "ben", "checked the wire")
    session.flush()
    latest = queries.latest_verdicts(session, [uid])[uid]
    assert (latest["verdict"], latest["reviewer"], latest["note"]) == ("confirmed", "ben", "checked the wire")
    assert uid not in {r.cluster for r in queries.review_queue(session, ["contradicted"], include_reviewed=False)}
    again = queries.review_queue(session, ["contradicted"], include_reviewed=True)
    assert next(r for r in again if r.cluster == uid).verdict["verdict"] == "confirmed"


def test_sources_rows_grades_and_counts(session) -> None:  # noqa: ANN001
    rows = queries.sources_rows(session)
    assert rows
    assert all(r["grade"] in {"A", "B", "C", "D", "E", "F"} for r in rows)
    assert all(r["attributions"] >= r["articles"] >= (1 if r["attributions"] else 0) for r in rows)
    keys = [(r["grade"], -r["attributions"], r["name"].lower()) for r in rows]
    assert keys == sorted(keys)
    anonymous = queries.sources_rows(session, kind="anonymous")
    assert anonymous and {r["kind"] for r in anonymous} == {"anonymous"}
    assert {r["source"] for r in anonymous} == {r["source"] for r in rows if r["kind"] == "anonymous"}


def test_queries_before_any_analysis(tmp_path: Path) -> None:
    engine = api.open_store(str(tmp_path / "empty.db"), create=True)
    try:
        with session_scope(engine) as s:
            assert queries.report_rows(s) == []
            assert queries.count_clusters(s) == 0
            with pytest.raises(NotFoundError, match="no analysis yet"):
                queries.find_cluster(s, "k")
    finally:
        engine.dispose()
