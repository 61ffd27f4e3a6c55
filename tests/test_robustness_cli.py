"""Bad databases and misuse: one line on stderr, the right exit code, nothing lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "NO_COLOR": "1"})


def one_line(proc: subprocess.CompletedProcess[str], code: int = 1) -> None:
    assert proc.returncode == code, proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr


def test_read_commands_do_not_create_a_missing_database(tmp_path: Path) -> None:
    for args in (["report"], ["sources"], ["show", "k1"], ["actors"], ["check", "x"], ["review", "--list"]):
        one_line(cc(*args, "--db", "typo.db", cwd=tmp_path))
        assert not (tmp_path / "typo.db").exists()


def test_a_file_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("hello\n", encoding="utf-8")
    one_line(cc("report", "--db", "notes.db", cwd=tmp_path))


def test_export_never_writes_over_its_own_database(tmp_path: Path) -> None:
    assert cc("ingest", str(ROOT / "seeds"), "--db", "s.db", "-q", cwd=tmp_path).returncode == 0
    before = (tmp_path / "s.db").read_bytes()[:16]
    one_line(cc("export", "s.db", "--format", "jsonl", "--overwrite", "--db", "s.db", cwd=tmp_path))
    assert (tmp_path / "s.db").read_bytes()[:16] == before == b"SQLite format 3\x00"
    assert cc("report", "--format", "json", "--db", "s.db", cwd=tmp_path).returncode == 0


def test_report_filters_take_their_value_literally(tmp_path: Path) -> None:
    assert cc("ingest", str(ROOT / "seeds"), "--db", "s.db", "-q", cwd=tmp_path).returncode == 0
    everything = json.loads(cc("report", "--format", "json", "--db", "s.db", cwd=tmp_path).stdout)
    assert everything
    assert json.loads(cc("report", "--format", "json", "--actor", "%", "--db", "s.db", cwd=tmp_path).stdout) == []
    one_line(cc("show", " ", "--db", "s.db", cwd=tmp_path))


def test_an_interrupted_ingest_is_analysed_by_the_next_one(tmp_path: Path) -> None:
    from claimcheck import api

    db = str(tmp_path / "s.db")
    api.ingest([str(ROOT / "seeds")], db, analyse=False)  # as if stopped before the analysis
    assert api.report(db) == []
    again = api.ingest([str(ROOT / "seeds")], db)
    assert again.unchanged == 5 and again.ingested == 0
    assert api.report(db)  # analysed although nothing new came in


def test_db_check_accepts_a_handed_over_export(tmp_path: Path) -> None:
    assert cc("ingest", str(ROOT / "seeds"), "--db", "s.db", "-q", cwd=tmp_path).returncode == 0
    assert cc("export", "handover.db", "--format", "sqlite", "--db", "s.db", cwd=tmp_path).returncode == 0
    proc = cc("db", "check", "--db", "handover.db", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr


def test_two_ingests_at_once_on_a_new_file_both_succeed(tmp_path: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-m", "claimcheck", "ingest", str(ROOT / "seeds"), "--db", "cc.db", "-q"],
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    rows = json.loads(cc("report", "--format", "json", "--db", "cc.db", cwd=tmp_path).stdout)
    assert rows
    import sqlite3

    con = sqlite3.connect(tmp_path / "cc.db")
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
