"""Done-when of issue 11: ``ingest`` killed (a real subprocess, SIGKILL) at random points of
every phase -- start-up, first migration, parse and store, analysis -- at least ten times;
after each kill the next ``ingest`` completes and the tables equal an uninterrupted run's.
The same with 2 and 4 concurrent writers over overlapping input, each killed at a random
point of a random phase or left to finish.  On SQLite, and on PostgreSQL when
``CLAIMCHECK_TEST_PG_URL`` is set (``.ci/run`` sets it).

How a kill is aimed: the child is the real command line (``claimcheck.cli``) run by a small
wrapper that writes a line to a pipe when a phase begins (when the first migration starts,
when the ingest run and the analysis run are recorded); nothing else is changed in it.  The
parent knows each phase's length from an uninterrupted run of the same wrapper, waits for the
phase's line, sleeps a random part of that length and sends SIGKILL.  The phase the process was
in when killed is the last line it wrote; every phase must have been hit.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))[:3]]
PHASES = ("startup", "migrate", "store", "analyse")
KILLS = 10  # single writer: every phase two or three times
ROUNDS = {2: 6, 4: 3}  # concurrent writers: rounds, every writer killed (but one in the first round): >= 10 kills

pytestmark = pytest.mark.slow

# The wrapper: marks the phases on the file descriptor argv[1], then runs the real CLI with argv[2:].
CHILD = r"""
import os, sys, time
fd = int(sys.argv[1])
def mark(name):
    os.write(fd, f"{name} {time.monotonic():.6f}\n".encode())
mark("startup")
from claimcheck.store import migrate, repo
def hook(module, attr, name_of):
    real = getattr(module, attr)
    def wrapped(*args, **kwargs):
        name = name_of(*args, **kwargs)
        if name:
            mark(name)
        return real(*args, **kwargs)
    setattr(module, attr, wrapped)
real_upgrade = migrate.upgrade
def upgrade(*args, **kwargs):
    mark("migrate")
    real_upgrade(*args, **kwargs)
    mark("migrated")
migrate.upgrade = upgrade
hook(repo, "start_run", lambda s, kind, *a, **k: {"ingest": "store", "xref": "analyse"}.get(kind))
from claimcheck.cli import app
try:
    app(sys.argv[2:], prog_name="claimcheck")
finally:
    mark("end")
"""


class Child:
    """One ``claimcheck ARGS`` under the phase-marking wrapper."""

    def __init__(self, args: list[str]) -> None:
        self.read_end, write_end = os.pipe()
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD, str(write_end), *args], pass_fds=(write_end,),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(write_end)
        os.set_blocking(self.read_end, False)
        self.marks: dict[str, float] = {}
        self.last = "startup"
        self._buf = b""

    def poll_marks(self) -> None:
        try:
            while chunk := os.read(self.read_end, 4096):
                self._buf += chunk
        except BlockingIOError:
            pass
        *lines, self._buf = self._buf.split(b"\n")
        for line in lines:
            name, t = line.decode().split()
            self.marks.setdefault(name, float(t))
            self.last = name

    def kill(self) -> str | None:
        """SIGKILL now; the phase it was in, or None when it had ended already."""
        self.poll_marks()
        if self.proc.poll() is not None or "end" in self.marks:
            return None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        return self.last

    def finish(self, timeout: float = 600) -> tuple[int, str]:
        err = self.proc.communicate(timeout=timeout)[1].decode(errors="replace")
        self.poll_marks()
        os.close(self.read_end)
        return self.proc.returncode, err


def ingest_args(db: str, order: list[str] | None = None) -> list[str]:
    return ["ingest", *(order or SEEDS), "--db", db, "-q"]


def durations(marks: dict[str, float]) -> dict[str, float]:
    """How long each phase lasts: start-up until the migration, the migration itself, parse
    and store until the analysis, the analysis until the end."""
    ends = {"startup": "migrate", "migrate": "migrated", "store": "analyse", "analyse": "end"}
    return {p: marks[ends[p]] - marks[p] for p in PHASES}


def snapshot(db: str) -> dict[str, object]:
    """What must not depend on interruptions: stored articles, parses, clusters, sources,
    actors (stable ids and values; no row ids, times or runs)."""
    from sqlalchemy import text

    from claimcheck import api

    engine = api.open_store(db, create=False)
    queries = {
        "articles": "SELECT content_hash, is_current FROM articles ORDER BY 1",
        "claims": "SELECT uid, text FROM claims ORDER BY 1",
        "attributions": "SELECT uid, source_text FROM attributions ORDER BY 1",
        "sentences": "SELECT count(*) FROM sentences",
        "clusters": "SELECT uid, status, independent_origins FROM clusters ORDER BY 1",
        "analyses": "SELECT count(DISTINCT run_id) FROM clusters",
        "sources": "SELECT uid, name FROM sources ORDER BY 1",
        "actors": "SELECT uid, name FROM actors ORDER BY 1",
        "aliases": "SELECT norm, alias FROM actor_aliases ORDER BY 1",
        "running": "SELECT count(*) FROM runs WHERE status = 'running'",
    }
    with engine.connect() as conn:
        out = {k: [tuple(r) for r in conn.execute(text(q))] for k, q in queries.items()}
    engine.dispose()
    return out


def complete(db: str) -> None:
    """The next ingest, in this process (the same command line; quicker than a new process)."""
    from typer.testing import CliRunner

    from claimcheck.cli import app

    result = CliRunner().invoke(app, ingest_args(db), env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], scope="module")
def fresh(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Callable[[], str]:
    """A function that returns a new empty database on the dialect (a new SQLite file, or the
    PostgreSQL test database emptied)."""
    if request.param == "sqlite":
        base = tmp_path_factory.mktemp("kill")
        counter = iter(range(10_000))
        return lambda: str(base / f"k{next(counter)}.db")
    url = os.environ.get("CLAIMCHECK_TEST_PG_URL")
    if not url:
        pytest.skip("needs CLAIMCHECK_TEST_PG_URL")

    def reset() -> str:
        from sqlalchemy import create_engine, text

        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("SET lock_timeout = '15s'"))
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        return url

    return reset


@pytest.fixture(scope="module")
def reference(fresh: Callable[[], str]) -> tuple[dict[str, object], dict[str, float]]:
    """An uninterrupted run: its tables and the length of each phase."""
    db = fresh()
    child = Child(ingest_args(db))
    code, err = child.finish()
    assert code == 0, err
    assert set(child.marks) >= {*PHASES, "migrated", "end"}, f"a phase mark is missing: {child.marks} (did ingest change?)"
    ref = snapshot(db)
    assert ref["claims"] and ref["clusters"] and ref["actors"] and ref["analyses"] == [(1,)]
    return ref, durations(child.marks)


def aim(child: Child, phase: str, frac: float, lengths: dict[str, float], deadline: float) -> Iterator[None]:
    """Wait (yielding between polls) for ``phase`` to begin, then ``frac`` of its length.  A
    writer that skips the phase (the migration, done by another writer) is aimed at the
    phase it is in instead."""
    while phase not in child.marks:
        child.poll_marks()
        later = [p for p in PHASES[PHASES.index(phase) + 1:] if p in child.marks]
        if later:
            phase = later[-1]
            break
        if child.proc.poll() is not None:
            return
        assert time.monotonic() < deadline, f"phase {phase!r} never began"
        yield
    at = child.marks[phase] + frac * lengths[phase]
    while time.monotonic() < at:
        yield


def run_round(db: str, plans: list[tuple[list[str], tuple[str, float] | None]],
              lengths: dict[str, float], rng: random.Random) -> list[str | None]:
    """Start one writer per plan (its input order, and where to kill it or None); kill each
    as planned; the writers not killed must succeed.  Returns where each kill landed."""
    children = [Child(ingest_args(db, order)) for order, _ in plans]
    deadline = time.monotonic() + 300
    waits = {i: aim(c, *plan, lengths, deadline) for i, (c, (_, plan)) in enumerate(zip(children, plans)) if plan}
    landed: dict[int, str | None] = {}
    while waits:
        for i in list(waits):
            try:
                next(waits[i])
            except StopIteration:
                del waits[i]
                landed[i] = children[i].kill()
        select.select([], [], [], 0.005)
    for i, c in enumerate(children):
        code, err = c.finish()
        if landed.get(i) is None:
            assert code == 0, f"writer {i} (not killed) failed: {err}"
    return [landed.get(i) for i in range(len(children))]


def test_killed_ingests_leave_a_database_the_next_ingest_completes(
        fresh: Callable[[], str], reference: tuple[dict[str, object], dict[str, float]]) -> None:
    ref, lengths = reference
    rng = random.Random(int(os.environ.get("CLAIMCHECK_KILL_SEED", "20261130")))
    plan = [("migrate", "store", "analyse", "startup")[i % len(PHASES)] for i in range(KILLS)]
    rng.shuffle(plan)
    landed = []
    # a kill can come after its process has ended (a loaded machine shifts the phases' timing): the
    # plan goes round again, up to twice, until ten kills have landed in every phase
    for i in range(2 * KILLS):
        hits = Counter(p for p in landed if p)
        if i >= KILLS and sum(hits.values()) >= 10 and set(PHASES) <= set(hits):
            break
        phase = plan[i % KILLS]
        db = fresh()
        where = run_round(db, [(SEEDS, (phase, rng.uniform(0.0, 0.8)))], lengths, rng)[0]
        landed.append(where)
        complete(db)
        assert snapshot(db) == ref, f"kill {i} (in {where}): tables differ from an uninterrupted run"
    hits = Counter(p for p in landed if p)
    assert sum(hits.values()) >= 10 and set(PHASES) <= set(hits), hits


@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_killed_ingests_lose_nothing(
        fresh: Callable[[], str], reference: tuple[dict[str, object], dict[str, float]], writers: int) -> None:
    """``writers`` ingests at once over the same articles in different orders, on a new
    database; each is killed at a random point of a random phase (the last writer of the first
    round runs to the end and must succeed); then one more ingest, and the tables equal a lone
    run's.  At least ten kills for each number of writers."""
    ref, lengths = reference
    rng = random.Random(int(os.environ.get("CLAIMCHECK_KILL_SEED", "20261130")) + writers)
    hits: Counter[str] = Counter()
    for r in range(ROUNDS[writers]):
        plans: list[tuple[list[str], tuple[str, float] | None]] = []
        for w in range(writers):
            order = SEEDS[w % len(SEEDS):] + SEEDS[:w % len(SEEDS)]  # overlapping input, rotated
            survivor = r == 0 and w == writers - 1
            plans.append((order, None if survivor else (rng.choice(PHASES), rng.uniform(0.0, 0.8))))
        db = fresh()
        hits.update(p for p in run_round(db, plans, lengths, rng) if p)
        complete(db)
        assert snapshot(db) == ref, f"round {r}: tables differ from a lone uninterrupted run"
    assert sum(hits.values()) >= 10, hits
