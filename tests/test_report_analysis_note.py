"""``report`` says on stderr when what it shows is not the store's content: articles with no
analysis yet (an ingest interrupted before its analysis), or articles the last analysis did not
read.  The rows on stdout stay what they are (valid JSON, CSV), and ``xref`` clears the note."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def cc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"})


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("note")
    assert cc("ingest", str(ROOT / "seeds"), "--db", "s.db", "-q", cwd=d).returncode == 0
    return d / "s.db"


def _copy(seeded: Path, tmp_path: Path, sql: str) -> Path:
    db = tmp_path / "c.db"
    shutil.copy(seeded, db)
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=ON")
    con.executescript(sql)
    con.close()
    return db


NO_ANALYSIS = ("DELETE FROM verdicts; DELETE FROM cluster_members; DELETE FROM clusters; "
               "DELETE FROM runs WHERE kind = 'xref';")
# an article stored after the analysis read the store: its recorded input no longer matches
STALE = "UPDATE runs SET summary = json_set(summary, '$.input', json('[1, 1, 1, 1]')) WHERE kind = 'xref';"


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "jsonl"])
def test_current_analysis_gives_no_note(seeded: Path, fmt: str) -> None:
    proc = cc("report", "--db", str(seeded), "--format", fmt, cwd=seeded.parent)
    assert proc.returncode == 0, proc.stderr
    assert "note:" not in proc.stderr


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_articles_without_analysis_say_run_xref(seeded: Path, tmp_path: Path, fmt: str) -> None:
    db = _copy(seeded, tmp_path, NO_ANALYSIS)
    proc = cc("report", "--db", str(db), "--format", fmt, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "no analysis of them yet" in proc.stderr and "claimcheck xref" in proc.stderr
    assert proc.stderr.count("\n") == 1
    if fmt == "json":
        assert json.loads(proc.stdout) == []  # stdout stays a document a script can read


def test_articles_newer_than_the_analysis_say_stale(seeded: Path, tmp_path: Path) -> None:
    db = _copy(seeded, tmp_path, STALE)
    proc = cc("report", "--db", str(db), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)  # the last analysis' rows are still shown
    assert "has not read" in proc.stderr and "claimcheck xref" in proc.stderr


def test_xref_clears_the_note(seeded: Path, tmp_path: Path) -> None:
    db = _copy(seeded, tmp_path, NO_ANALYSIS)
    assert cc("xref", "--db", str(db), cwd=tmp_path).returncode == 0
    proc = cc("report", "--db", str(db), "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0 and "note:" not in proc.stderr
    assert json.loads(proc.stdout)


def test_missing_database_is_still_one_error(tmp_path: Path) -> None:
    proc = cc("report", "--db", str(tmp_path / "none.db"), cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "no such database" in proc.stderr
