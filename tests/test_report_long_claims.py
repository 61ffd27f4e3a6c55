"""A cluster's claim text is data: the machine-readable outputs (report JSON and CSV, the
exported SQLite file) carry it whole, however long; only the terminal table may cut it."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

# invented articles, each one long attributed sentence (well over 240 characters)
LONG = {
    "bridge": ("The transport ministry said on Tuesday that the new bridge over the river, which was built by a "
               "consortium of three regional firms over a period of six years at a cost of four hundred million "
               "euros, will be closed to heavy traffic from next month because engineers found deep cracks in two "
               "of its main supporting pillars during a routine inspection."),
    "harbour": ("Port officials said the northern harbour, dredged last spring at a cost the city council has never "
                "published and reopened to container ships in the autumn after a dispute with the dock workers' "
                "union over night shifts, will stay closed to tankers until the breakwater damaged in the January "
                "storms has been rebuilt and inspected by the maritime authority."),
    "vaccine": ("The health agency said that the second batch of the vaccine, which had been held at a warehouse "
                "near the airport for eleven days while inspectors checked the cold chain records kept by the "
                "private contractor that had won the tender in a disputed process last year, was safe to use and "
                "would reach clinics in all provinces by the end of the week."),
}


def cc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("long")
    for name, sentence in LONG.items():
        (d / f"{name}.txt").write_text(f"A report on the {name}\n\n{sentence}\n", encoding="utf-8")
    assert cc("ingest", str(d), "--db", "l.db", "-q", cwd=d).returncode == 0
    return d / "l.db"


def _is_whole(text: str) -> bool:
    """``text`` is one of the long sentences' content, uncut (no ellipsis, its last words kept)."""
    return len(text) > 240 and not text.endswith(("...", "…")) and any(
        s.rstrip(".").endswith(text.rstrip(".")[-30:]) for s in LONG.values())


def test_report_json_carries_whole_texts(db: Path) -> None:
    proc = cc("report", "--db", str(db), "--format", "json", "--all", cwd=db.parent)
    assert proc.returncode == 0, proc.stderr
    texts = [r["claim"] for r in json.loads(proc.stdout)]
    assert sum(_is_whole(t) for t in texts) == len(LONG), texts


def test_report_csv_carries_whole_texts(db: Path) -> None:
    proc = cc("report", "--db", str(db), "--format", "csv", cwd=db.parent)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert sum(_is_whole(r["claim"]) for r in rows) == len(LONG), rows


def test_exported_file_carries_whole_texts(db: Path) -> None:
    out = db.parent / "handover.db"
    proc = cc("export", "--db", str(db), "--format", "sqlite", str(out), cwd=db.parent)
    assert proc.returncode == 0, proc.stderr
    con = sqlite3.connect(out)
    texts = [t for (t,) in con.execute("SELECT canonical FROM clusters")]
    con.close()
    assert sum(_is_whole(t) for t in texts) == len(LONG), texts
