"""Migrations that survive a kill: a new SQLite database ends up with no schema or a complete
one, never half; a half schema left by an older version is repaired when it holds nothing and
refused in one line when it holds rows."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = str(sorted((ROOT / "seeds").glob("*.txt"))[0])
MIGRATE = "from claimcheck import api; api.open_store({db!r})"


def cc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True,
                          cwd=cwd, env={**os.environ, "NO_COLOR": "1"}, timeout=120)


def tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as c:
        return {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_killed_first_migration_leaves_nothing_or_everything(tmp_path: Path) -> None:
    from claimcheck.store.migrate import head

    complete: set[str] | None = None
    rng = random.Random(11)
    outcomes = []
    for i in range(4):
        db = tmp_path / f"k{i}.db"
        proc = subprocess.Popen([sys.executable, "-c", MIGRATE.format(db=str(db))])
        time.sleep(rng.uniform(0.2, 2.5))  # imports take ~1 s, the migration ~1 s
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        found = tables(db) if db.exists() else set()
        outcomes.append(len(found))
        if found:
            with sqlite3.connect(db) as c:
                assert c.execute("SELECT version_num FROM alembic_version").fetchall() == [(head(),)], found
        done = cc("db", "upgrade", "--db", str(db), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        complete = complete or tables(db)
        assert tables(db) == complete
    assert any(n == 0 for n in outcomes), outcomes  # at least one kill landed before the commit


def _half_schema(tmp_path: Path, rows: bool) -> Path:
    db = tmp_path / "half.db"
    assert cc("ingest", SEED, "--db", str(db), "-q", cwd=tmp_path).returncode == 0
    with sqlite3.connect(db) as c:
        if not rows:
            c.execute("PRAGMA foreign_keys=OFF")
            for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                  "'sqlite_%' AND name NOT LIKE '%fts%'").fetchall():
                c.execute(f'DELETE FROM "{t}"')
        c.execute("DROP TABLE alembic_version")
        c.execute("DROP TABLE cluster_members")  # as if killed between two CREATE TABLEs
    return db


def test_an_empty_half_schema_is_repaired(tmp_path: Path) -> None:
    db = _half_schema(tmp_path, rows=False)
    done = cc("ingest", SEED, "--db", str(db), "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "cluster_members" in tables(db) and "alembic_version" in tables(db)
    assert cc("db", "check", "--db", str(db), cwd=tmp_path).returncode == 0


def test_a_half_schema_with_rows_is_one_line_at_once(tmp_path: Path) -> None:
    db = _half_schema(tmp_path, rows=True)
    t = time.perf_counter()
    for args in (["report"], ["ingest", SEED], ["db", "upgrade"]):
        proc = cc(*args, "--db", str(db), cwd=tmp_path)
        assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
        assert "incomplete schema" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert time.perf_counter() - t < 30  # no 30 s wait for a migration that is not running


def test_concurrent_first_migrations_of_one_new_file(tmp_path: Path, writers: int = 4) -> None:
    db = tmp_path / "c.db"
    procs = [subprocess.Popen([sys.executable, "-c", MIGRATE.format(db=str(db))], stderr=subprocess.PIPE,
                              text=True) for _ in range(writers)]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errs
    assert cc("db", "check", "--db", str(db), cwd=tmp_path).returncode == 0
