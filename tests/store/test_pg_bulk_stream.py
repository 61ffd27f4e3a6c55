"""Memory on PostgreSQL (issue 13, item 5, where it concerns the store): what streams on SQLite
streams on PostgreSQL too.  ``report --format json|jsonl|csv`` reads its rows block by block
from a server-side cursor (psycopg's named cursor: the server holds the result, the client one
block), with the bytes of the whole-page path; cross-referencing reads the claims the same way.

PostgreSQL only: these tests run when ``CLAIMCHECK_TEST_PG_URL`` is set (``.ci/run`` sets it).
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.report import output
from claimcheck.store import analysis, report_stream

pytestmark = pytest.mark.postgres
psycopg = pytest.importorskip("psycopg")


@pytest.fixture
def named_cursors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The queries psycopg runs on server-side cursors while the test runs."""
    queries_run: list[str] = []
    real = psycopg.ServerCursor.execute

    def execute(self, query, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        queries_run.append(str(query))
        return real(self, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.ServerCursor, "execute", execute)
    return queries_run


def _from(queries_run: list[str], table: str) -> list[str]:
    return [q for q in queries_run if f"FROM {table}" in q]


@pytest.fixture
def seeded(pg_empty: str, tmp_path: Path, seeds_dir: Path) -> str:
    """The seeds ingested into the empty PostgreSQL test database (emptied again after the test)."""
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    api.ingest([str(tmp_path / "seeds")], pg_empty, workers=1)
    return pg_empty


def test_the_report_streams_from_a_server_side_cursor_block_by_block(
        seeded: str, named_cursors: list[str], monkeypatch: pytest.MonkeyPatch, verdict_reads: list[int]) -> None:
    monkeypatch.setattr(report_stream, "BLOCK", 3)
    for fmt in ("json", "jsonl", "csv"):
        whole, streamed = io.StringIO(), io.StringIO()
        output.write_rows(api.report_page(seeded, api.ReportFilters(), 0, with_articles=True).rows, fmt, whole)
        output.write_rows_stream(api.report_stream(seeded, api.ReportFilters()), fmt, streamed)
        assert streamed.getvalue() == whole.getvalue() and whole.getvalue().strip()
    asked = verdict_reads
    asked.clear()  # the whole-page reads above are not the stream's
    named_cursors.clear()
    rows = api.report_stream(seeded, api.ReportFilters())
    try:
        next(rows)
        assert asked == [3] and len(_from(named_cursors, "clusters")) == 1  # one block read, from a server-side cursor
        rest = list(rows)
    finally:
        rows.close()  # an unfinished stream keeps its transaction (and the next test's DROP waiting)
    assert len(rest) > 6 and max(asked) == 3 and sum(asked) == 1 + len(rest)


def test_cross_referencing_reads_the_claims_from_a_server_side_cursor(
        seeded: str, named_cursors: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[int] = []
    real = analysis.load_claim_records

    def spy(session):  # noqa: ANN001, ANN202
        before = len(_from(named_cursors, "claims"))
        records = real(session)
        opened.append(len(_from(named_cursors, "claims")) - before)
        return records

    monkeypatch.setattr(analysis, "load_claim_records", spy)
    engine = api.open_store(seeded)
    try:
        summary = api.analyse_store(engine)
    finally:
        engine.dispose()
    assert summary.claims > 0 and opened == [1]
