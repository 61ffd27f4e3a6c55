"""Migrations that survive a kill: a half schema left by an older version is repaired when it
holds nothing and refused in one line when it holds rows.  (Kills during the first migration,
and concurrent first migrations, are in test_faults_kill.py.)"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = str(sorted((ROOT / "seeds").glob("*.txt"))[0])



def tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as c:
        return {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _half_schema(cc, tmp_path: Path, rows: bool) -> Path:
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


def test_an_empty_half_schema_is_repaired(cc, tmp_path: Path) -> None:
    db = _half_schema(cc, tmp_path, rows=False)
    done = cc("ingest", SEED, "--db", str(db), "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "cluster_members" in tables(db) and "alembic_version" in tables(db)
    assert cc("db", "check", "--db", str(db), cwd=tmp_path).returncode == 0


def test_a_half_schema_with_rows_is_one_line_at_once(cc, tmp_path: Path) -> None:
    db = _half_schema(cc, tmp_path, rows=True)
    t = time.perf_counter()
    for args in (["report"], ["ingest", SEED], ["db", "upgrade"]):
        proc = cc(*args, "--db", str(db), cwd=tmp_path)
        assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
        assert "incomplete schema" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert time.perf_counter() - t < 30  # no 30 s wait for a migration that is not running
