"""Done-when of issue 11: ``ingest`` killed (a real subprocess, SIGKILL) at random points of
every phase (start-up, first migration, parse and store, analysis) at least ten times; after
each kill the next ``ingest`` completes and the tables equal an uninterrupted run's.  The
same for concurrent writers on one new file (SQLite here; PostgreSQL when
``CLAIMCHECK_TEST_PG_URL`` is set)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))[:1]]  # one article: the phases, quickly
KILLS = 10

pytestmark = pytest.mark.slow


def ingest_argv(db: str) -> list[str]:
    return [sys.executable, "-m", "claimcheck", "ingest", *SEEDS, "--db", db, "-q"]


def snapshot(db: str) -> dict[str, object]:
    """What must not depend on interruptions: stored articles, parses, clusters, sources,
    actors (stable ids and values; no row ids, times or runs)."""
    from sqlalchemy import text

    from claimcheck import api

    engine = api.open_store(db, create=False)
    queries = {
        "articles": "SELECT content_hash FROM articles ORDER BY 1",
        "claims": "SELECT uid, text FROM claims ORDER BY 1",
        "attributions": "SELECT uid FROM attributions ORDER BY 1",
        "sentences": "SELECT count(*) FROM sentences",
        # what readers see: the clusters of the newest finished analysis
        "clusters": "SELECT uid, status FROM clusters WHERE run_id = (SELECT max(id) FROM runs "
                    "WHERE kind = 'xref' AND status = 'done') ORDER BY 1",
        "sources": "SELECT uid, name FROM sources ORDER BY 1",
        "actors": "SELECT uid, name FROM actors ORDER BY 1",
        "running": "SELECT count(*) FROM runs WHERE status = 'running'",
    }
    with engine.connect() as conn:
        out = {k: [tuple(r) for r in conn.execute(text(q))] for k, q in queries.items()}
    engine.dispose()
    return out


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], float]:
    db = str(tmp_path_factory.mktemp("ref") / "ref.db")
    t = time.perf_counter()
    assert subprocess.run(ingest_argv(db), capture_output=True).returncode == 0
    return snapshot(db), time.perf_counter() - t


def test_killed_ingests_leave_a_database_the_next_ingest_completes(
        tmp_path: Path, reference: tuple[dict[str, object], float]) -> None:
    ref, duration = reference
    assert ref["claims"] and ref["clusters"]
    rng = random.Random(int(os.environ.get("CLAIMCHECK_KILL_SEED", "20261130")))
    for i in range(KILLS):
        db = str(tmp_path / f"k{i}.db")
        proc = subprocess.Popen(ingest_argv(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, duration * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        done = subprocess.run(ingest_argv(db), capture_output=True, text=True)
        assert done.returncode == 0, (i, done.stderr)
        assert snapshot(db) == ref, f"kill {i}: tables differ from an uninterrupted run"


@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_ingests_on_sqlite_lose_nothing(
        tmp_path: Path, reference: tuple[dict[str, object], float], writers: int) -> None:
    ref, _ = reference
    db = str(tmp_path / "c.db")
    procs = [subprocess.Popen(ingest_argv(db), stderr=subprocess.PIPE, text=True) for _ in range(writers)]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errs
    assert subprocess.run(ingest_argv(db)).returncode == 0  # analyses whatever a writer left stale
    assert snapshot(db) == ref


@pytest.mark.postgres
def test_concurrent_ingests_on_postgresql_lose_nothing(tmp_path: Path) -> None:
    """4 writers over overlapping input (every writer the same articles) on PostgreSQL: no
    crash on a shared row (sources), and the tables equal a single-writer run's."""
    from sqlalchemy import create_engine, text

    url = os.environ.get("CLAIMCHECK_TEST_PG_URL")
    if not url:
        pytest.skip("needs CLAIMCHECK_TEST_PG_URL")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:  # an empty public schema, as tests/conftest.py's db_url
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    argv = [sys.executable, "-m", "claimcheck", "ingest", *[str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))],
            "--db", url, "-q"]
    procs = [subprocess.Popen(argv, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    errs = [p.communicate(timeout=600)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errs
    assert subprocess.run(argv).returncode == 0
    single = str(tmp_path / "single.db")
    assert subprocess.run(argv[:-3] + ["--db", single, "-q"]).returncode == 0
    assert snapshot(url) == snapshot(single)
