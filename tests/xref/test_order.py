"""The same set of articles gives the same report whatever the order or batching of ingestion:
actors, clusters, statuses, texts and ids (issue 9, item 5): the full ``report --format json``
and ``actors --format json`` of the seeds and the test articles, in three orders and batchings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "xref" / "articles").glob("*.txt"))


def cc(*args: str, db: Path) -> str:
    proc = subprocess.run([sys.executable, "-m", "claimcheck", *args, "--db", str(db)],
                          capture_output=True, text=True, cwd=db.parent)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def report_after(batches: list[list[Path]], db: Path) -> str:
    """The full ``report --format json`` and ``actors --format json`` after ingesting ``batches``
    in turn (each batch one ``ingest`` command)."""
    for batch in batches:
        cc("ingest", *map(str, batch), "-q", db=db)
    return cc("report", "--format", "json", "--limit", "0", db=db) + cc("actors", "--format", "json", db=db)


def test_report_is_the_same_in_three_orders_and_batchings(tmp_path: Path) -> None:
    assert len(ARTICLES) >= 10
    one = report_after([ARTICLES], tmp_path / "one.db")
    reverse = report_after([ARTICLES[::-1]], tmp_path / "reverse.db")
    # in three batches, interleaved: the odd articles, then the even ones in reverse, then all again
    batched = report_after([ARTICLES[1::2], ARTICLES[::2][::-1], ARTICLES], tmp_path / "batched.db")
    assert '"cluster"' in one and '"aliases"' in one  # both outputs are compared, whole
    assert reverse == one
    assert batched == one
