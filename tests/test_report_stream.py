"""``report --format json|jsonl|csv`` streams: the same bytes as the whole-page path, read and
written block by block."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.report import output
from claimcheck.store import report_stream


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> str:
    work = tmp_path_factory.mktemp("stream")
    shutil.copytree(seeds_dir, work / "seeds")
    url = f"sqlite:///{work / 'seeds.db'}"
    api.ingest([str(work / "seeds")], url, workers=1)
    return url


def whole(url: str, filters: api.ReportFilters, fmt: str) -> str:
    buf = io.StringIO()
    output.write_rows(api.report_page(url, filters, 0, with_articles=True).rows, fmt, buf)
    return buf.getvalue()


def streamed(url: str, filters: api.ReportFilters, fmt: str) -> str:
    buf = io.StringIO()
    output.write_rows_stream(api.report_stream(url, filters), fmt, buf)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@pytest.mark.parametrize("filters", [
    api.ReportFilters(),
    api.ReportFilters(sort="mentions"),
    api.ReportFilters(status=("contradicted", "single_source"), sort="date"),
    api.ReportFilters(actor="Egypt"),
    api.ReportFilters(outlet="["),  # matches the JSON syntax in SQL, no outlet in fact: no rows
], ids=["all", "by-mentions", "statuses", "actor", "nothing"])
def test_streamed_rows_are_the_bytes_of_the_whole_page(seeded: str, fmt: str, filters: api.ReportFilters,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_stream, "BLOCK", 3)  # many blocks even on the seeds
    expected = whole(seeded, filters, fmt)
    assert streamed(seeded, filters, fmt) == expected
    if fmt == "json":
        assert isinstance(json.loads(expected), list)


def test_rows_are_read_block_by_block(seeded: str, monkeypatch: pytest.MonkeyPatch, verdict_reads: list[int]) -> None:
    monkeypatch.setattr(report_stream, "BLOCK", 4)
    asked = verdict_reads
    rows = api.report_stream(seeded, api.ReportFilters())
    first = next(rows)
    assert asked == [4]  # one block read for the first row, not the whole report
    rest = list(rows)
    total = 1 + len(rest)
    assert total > 8 and max(asked) == 4 and sum(asked) == total
    assert first.article_refs and all(r.article_refs for r in rest)


def test_a_missing_database_writes_nothing(tmp_path: Path) -> None:
    buf = io.StringIO()
    with pytest.raises(Exception, match="no such database"):
        output.write_rows_stream(api.report_stream(str(tmp_path / "none.db"), api.ReportFilters()), "json", buf)
    assert buf.getvalue() == ""


def test_cli_streams_all_rows_and_pages_a_limit(cli, seeded: str) -> None:  # noqa: ANN001
    code, out, err = cli("report", "--db", seeded, "--format", "jsonl")
    assert code == 0 and err == ""
    assert out == whole(seeded, api.ReportFilters(), "jsonl")
    code, out, err = cli("report", "--db", seeded, "--format", "jsonl", "--limit", "2")
    assert code == 0 and len(out.splitlines()) == 2 and "showing the first 2" in err


def test_unfiltered_stream_reads_the_stored_stories_in_one_pass(seeded: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis stores each cluster's story id (drawn among all clusters), so the unfiltered
    stream writes its first row without a first pass over every row, and the ids are those the
    whole page computes."""
    from claimcheck.xref import story

    expected = {r.cluster: r.story for r in api.report_page(seeded, api.ReportFilters(), 0).rows}
    passes: list[bool] = []
    real = report_stream.iter_report_rows

    def spy(*a, **k):  # noqa: ANN002, ANN003, ANN202
        passes.append(k.get("stored_story", False))
        return real(*a, **k)

    monkeypatch.setattr(report_stream, "iter_report_rows", spy)
    monkeypatch.setattr(story, "stories", lambda *_a, **_k: pytest.fail("stories computed on read"))
    got = {r.cluster: r.story for r in api.report_stream(seeded, api.ReportFilters(sort="date"))}
    assert passes == [True]
    assert got == expected and len(set(got.values())) < len(got)  # some story holds two clusters


def test_an_analysis_without_stored_stories_computes_them(tmp_path: Path, seeded: str) -> None:
    """An analysis made before revision 0007 has NULL story ids: the stream draws the stories
    itself, with the same bytes."""
    import sqlite3

    path = tmp_path / "old.db"
    shutil.copy(seeded.removeprefix("sqlite:///"), path)
    url = f"sqlite:///{path}"
    expected = streamed(url, api.ReportFilters(), "json")
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE clusters SET story = NULL")
    con.close()
    assert streamed(url, api.ReportFilters(), "json") == expected
