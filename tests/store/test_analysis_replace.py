"""An analysis replaces the previous one atomically (issue 11 item 4): while several analyses
run at once, a reader always sees exactly one analysis' clusters, all of them; afterwards one
analysis is left, and the actor tables equal a lone analysis' (actors and aliases are upserted
by uid and normal form, so their rows survive re-analysis under the same ids)."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))


def _state(engine) -> dict[str, object]:  # noqa: ANN001
    from claimcheck.store.session import read_scope

    with read_scope(engine) as s:
        q = {"runs": "SELECT count(DISTINCT run_id) FROM clusters",
             "clusters": "SELECT uid, status FROM clusters ORDER BY uid",
             "grades": "SELECT count(DISTINCT run_id) FROM source_grades",
             "actors": "SELECT uid, name, type FROM actors ORDER BY uid",
             "aliases": "SELECT a.uid, l.norm, l.alias FROM actor_aliases l JOIN actors a ON a.id = l.actor_id "
                        "ORDER BY l.norm",
             "links": "SELECT s.uid, a.uid FROM sources s LEFT JOIN actors a ON a.id = s.actor_id ORDER BY s.uid"}
        return {k: [tuple(r) for r in s.execute(text(v))] for k, v in q.items()}


def test_concurrent_analyses_never_show_two_or_none(db_url: str) -> None:
    from claimcheck import api
    from claimcheck.store.session import make_engine

    api.ingest(SEEDS, db_url)
    engine = api.open_store(db_url, create=False)
    ref = _state(engine)
    ref_ids = dict(engine.connect().execute(text("SELECT uid, id FROM actors")).all())
    assert ref["runs"] == [(1,)] and ref["clusters"] and ref["actors"] and ref["aliases"]

    errors: list[BaseException] = []
    done = threading.Event()

    def analyse() -> None:
        own = make_engine(engine.url.render_as_string(hide_password=False))
        try:
            for _ in range(2):
                api.analyse_store(own)
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            errors.append(exc)
        finally:
            own.dispose()

    seen: list[dict[str, object]] = []

    def read() -> None:
        own = make_engine(engine.url.render_as_string(hide_password=False))
        try:
            while not done.is_set():
                seen.append(_state(own))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            own.dispose()

    writers = [threading.Thread(target=analyse) for _ in range(3)]
    reader = threading.Thread(target=read)
    reader.start()
    for t in writers:
        t.start()
    for t in writers:
        t.join(timeout=600)
    done.set()
    reader.join(timeout=60)
    assert not errors, errors
    assert seen
    for state in seen:  # every snapshot: one analysis, complete
        assert state["runs"] == [(1,)] and state["grades"] == ref["grades"]
        assert state["clusters"] == ref["clusters"]
        assert (state["actors"], state["aliases"], state["links"]) == (ref["actors"], ref["aliases"], ref["links"])
    assert _state(engine) == ref
    with engine.connect() as conn:
        statuses = dict(conn.execute(text("SELECT status, count(*) FROM runs WHERE kind = 'xref' GROUP BY status")).all())
        assert dict(conn.execute(text("SELECT uid, id FROM actors")).all()) == ref_ids  # same rows, kept
    assert set(statuses) <= {"done", "superseded"} and sum(statuses.values()) == 7, statuses
    engine.dispose()


def test_an_older_analysis_finishing_last_does_not_replace_a_newer_one(sqlite_url: str) -> None:
    from claimcheck import api
    from claimcheck.store import analysis as sa
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    api.ingest(SEEDS[:2], sqlite_url)
    engine = api.open_store(sqlite_url, create=False)
    with session_scope(engine) as s:
        old = repo.start_run(s, "xref", "t", "t", {})
    newer = api.analyse_store(engine).run_id
    assert newer > old
    with session_scope(engine) as s:
        assert sa.lock_for_replace(s, old) is False
        assert sa.lock_for_replace(s, newer + 1) is True
    engine.dispose()


def test_an_article_committed_after_a_newer_analysis_read_the_store_makes_it_stale(sqlite_url: str) -> None:
    """Two writers: the first stores an article after the second's analysis read the store,
    and is killed before its own analysis.  The next ingest must see the analysis as stale,
    though the article's ingest run is older than the analysis run."""
    from claimcheck import api
    from claimcheck.store import analysis as sa
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    engine = api.open_store(sqlite_url)
    with session_scope(engine) as s:
        early = repo.start_run(s, "ingest", "t", "t", {})  # the first writer's run, older
    api.ingest(SEEDS[:1], sqlite_url)  # the second writer: stores and analyses
    with session_scope(engine) as s:
        assert not sa.analysis_stale(s)
    api.ingest(SEEDS[1:2], sqlite_url, analyse=False)  # the first writer's article, stored late ...
    with session_scope(engine) as s:
        s.execute(text("UPDATE articles SET run_id = :r WHERE run_id = (SELECT max(run_id) FROM articles)"),
                  {"r": early})  # ... under its own, older run
        assert sa.analysis_stale(s)
    api.ingest(SEEDS[:2], sqlite_url)  # the next ingest: nothing new, but analyses
    with session_scope(engine) as s:
        assert not sa.analysis_stale(s)
        n = s.execute(text("SELECT count(DISTINCT c.article_id) FROM cluster_members m "
                           "JOIN claims c ON c.id = m.claim_id")).scalar()
    assert n == 2
    engine.dispose()
