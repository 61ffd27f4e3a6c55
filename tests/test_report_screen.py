"""The first screen of ``report`` (issue 14): a digest of the findings before the table, the same
counts at the end, one-mention unattributed rows folded unless ``--all``, and a table that keeps
every word of a claim down to 60 columns."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.model import ReportRow
from claimcheck.report import digest, render
from claimcheck.report.theme import make_console


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> list[ReportRow]:
    work = tmp_path_factory.mktemp("screen")
    shutil.copytree(seeds_dir, work / "seeds")
    url = f"sqlite:///{work / 'seeds.db'}"
    with contextlib.chdir(work):
        api.ingest(["seeds"], url)
    return api.report(url)


def text_of(renderable: object, width: int) -> str:
    buf = io.StringIO()
    make_console(file=buf, width=width).print(renderable)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines())


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("width", [60, 80, 100])
def test_no_word_of_a_claim_is_lost(rows: list[ReportRow], width: int) -> None:
    from rich.cells import cell_len

    out = text_of(render.report_table(rows), width)
    assert all(cell_len(line) <= width for line in out.splitlines())
    flat = words(out.replace("│", " "))
    for r in rows:
        shown = render.clip(r.claim, render.CLAIM_CHARS)
        assert words(shown) in flat, f"{width} columns: {shown!r} not whole in the table"
        if shown != words(r.claim):
            assert shown.endswith("…"), "a cut claim ends in an ellipsis"
    for r in rows:  # dates whole, never "2014-10"
        if r.first_seen:
            assert r.first_seen.isoformat() in out


def test_the_screen_opens_and_ends_on_the_counts(rows: list[ReportRow]) -> None:
    out = text_of(digest.report_screen(rows), 80).strip().splitlines()
    line = words(digest.counts_line(rows))
    assert words(" ".join(out[:2])).startswith(line) and words(" ".join(out[-2:])).endswith(line)
    for status, n in digest.status_counts(rows).items():
        assert f"{n} {status.replace('_', ' ')}" in line


def test_the_digest_leads_with_contradictions_and_corroborations(rows: list[ReportRow]) -> None:
    out = text_of(digest.digest(rows), 100)
    flat = words(out)
    firsts = [r for r in rows if r.status in ("contradicted", "corroborated")][:digest.SECTION_MAX]
    assert firsts, "the seeds have contradicted or corroborated clusters"
    for r in firsts:
        assert render.short_id(r.cluster) in out and words(digest.who_said(r)) in flat
    if any(r.status == "contradicted" for r in rows):
        assert out.index("Contradicted") < out.index("Single source") if "Single source" in out else True


def test_one_mention_unattributed_rows_are_folded_unless_all(rows: list[ReportRow]) -> None:
    folded = [r for r in rows if digest.is_folded(r)]
    assert folded, "the seeds have one-mention claims in an outlet's own voice"
    short = text_of(digest.report_screen(rows), 100)
    full = text_of(digest.report_screen(rows, show_all=True), 100)
    assert f"{len(folded)} one-mention claim" in short and "--all" in short
    assert render.short_id(folded[0].cluster) not in short
    assert render.short_id(folded[0].cluster) in full


def test_cli_report_ends_on_the_findings(cli, seeds_dir: Path, tmp_path: Path) -> None:  # noqa: ANN001
    """The README's main command at 60 columns: its last screen (24 rows) holds every
    contradicted and corroborated cluster with its claim whole and its origin count, then the
    counts; no line is wider than the terminal."""
    from rich.cells import cell_len

    shutil.copytree(seeds_dir, tmp_path / "seeds")
    assert cli("ingest", "seeds/", "--db", "claimcheck.db", "-q")[0] == 0
    code, out, _ = cli("report", "--db", "claimcheck.db", env={"COLUMNS": "60"})
    assert code == 0
    lines = out.splitlines()
    assert all(cell_len(line.rstrip()) <= 60 for line in lines)
    last = [line for line in lines if line.strip()][-2:]
    assert "clusters:" in " ".join(last), last
    screen = words(" ".join(lines[-23:]))
    rows = api.report(f"sqlite:///{tmp_path / 'claimcheck.db'}")
    findings = [r for r in rows if r.status in ("contradicted", "corroborated")][:digest.SECTION_MAX]
    assert findings, "the seeds have contradicted and corroborated clusters"
    for r in findings:
        n = r.independent_origins
        assert render.short_id(r.cluster) in screen, r.cluster
        assert words(render.clip(r.claim, render.CLAIM_CHARS)) + f" · {n} independent origin" in screen, r.claim


def test_counts_are_of_all_matching_clusters_when_cut(tmp_path: Path, seeds_dir: Path) -> None:
    """Issue 14: a report cut at its limit counts every matching cluster by status (a count
    query), and says how many rows it shows apart; filters still apply to the counts."""
    db = str(tmp_path / "s.db")
    api.ingest([str(seeds_dir)], db)
    every = api.report(db)
    assert len(every) > 3, "the seeds should give more clusters than the limit below"
    full = api.report_page(db, api.ReportFilters(), limit=0)
    assert not full.more and full.totals is None
    cut = api.report_page(db, api.ReportFilters(sort="origins"), limit=3)
    assert cut.more and len(cut.rows) == 3
    assert cut.totals is not None and cut.totals.total == len(every)
    assert dict(cut.totals.by_status) == digest.status_counts(every)
    assert cut.totals.unnamed == sum(1 for r in every if digest.rests_on_unnamed(r))
    line = digest.counts_line(cut.rows, cut.more, cut.totals)
    assert line == digest.counts_line(every).replace(f"{len(every)} clusters", f"{len(every)} clusters match (3 shown)")
    screen = text_of(digest.report_screen(cut.rows, cut.more, totals=cut.totals), 120)
    assert words(screen).count(words(line)) == 2  # the digest's first line and the closing one
    single = api.report_page(db, api.ReportFilters(status=("single_source",)), limit=1)
    n_single = sum(1 for r in every if r.status == "single_source")
    if n_single > 1:
        assert single.totals is not None and dict(single.totals.by_status) == {"single_source": n_single}
    from claimcheck.report.output import write_report

    out, err = io.StringIO(), io.StringIO()
    write_report(cut, "table", out, err)
    assert words(line) in words(out.getvalue()) and "showing the first 3 clusters" in err.getvalue()


@pytest.mark.parametrize("limit", [1, 3, 10])
@pytest.mark.parametrize("width", [60, 100])
def test_cut_titles_count_the_rows_shown_of_all_that_match(rows: list[ReportRow], limit: int, width: int) -> None:
    """Cut at a limit, the digest's section titles and the table's title say how many rows they
    show of all that match ("3 shown of 17"); uncut, they count the rows as they are."""
    from claimcheck.model import StatusCounts

    every = sorted(rows, key=lambda r: digest.STATUS_ORDER.index(r.status))  # as report's status sort
    assert len(every) > 10
    cut = every[:limit]
    totals = StatusCounts(digest.status_counts(every), sum(1 for r in every if digest.rests_on_unnamed(r)))
    screen = text_of(digest.report_screen(cut, True, totals=totals), width)
    sections = {"Contradicted": [r for r in cut if r.status == "contradicted"],
                "Corroborated": [r for r in cut if r.status == "corroborated"],
                "Single source, resting on unnamed sources": [r for r in cut if digest.rests_on_unnamed(r)]}
    alls = {"Contradicted": totals.by_status.get("contradicted", 0),
            "Corroborated": totals.by_status.get("corroborated", 0),
            "Single source, resting on unnamed sources": totals.unnamed}
    titled = [line for line in screen.splitlines() if line.endswith(")") and "shown of" in line]
    for title, shown in sections.items():
        if shown:
            assert f"{title} ({len(shown)} shown of {alls[title]})" in titled, (title, titled)
        else:
            assert not any(line.startswith(title + " (") for line in screen.splitlines())
    listed = [r for r in cut if not digest.is_folded(r)]
    assert f"Corroboration table: {len(listed)} shown of {len(every)} cluster" in screen
    assert screen.count("shown of") == sum(1 for s in sections.values() if s) + 1
    # uncut: the same rows count themselves, and nothing says "shown of"
    whole = text_of(digest.report_screen(every), width)
    assert "shown of" not in whole
    assert f"Corroboration table: {sum(1 for r in every if not digest.is_folded(r))} clusters" in whole
    for title in sections:
        n = sum(1 for r in every if (r.status == title.lower() if title != list(sections)[2] else digest.rests_on_unnamed(r)))
        if n:
            assert f"{title} ({n})" in whole


def test_cli_cut_report_titles(cli, seeds_dir: Path, tmp_path: Path) -> None:  # noqa: ANN001
    """The command itself, cut at --limit 4: its titles say "shown of", its counts line agrees."""
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    assert cli("ingest", "seeds", "--db", "s.db", "-q")[0] == 0
    code, out, err = cli("report", "--db", "s.db", "--limit", "4")
    assert code == 0 and "showing the first 4 clusters" in err
    m = re.search(r"^(\d+) clusters match \(4 shown\)", out, re.M)
    assert m, out[:300]
    assert re.search(rf"^Corroboration table: \d shown of {m.group(1)} clusters$", out, re.M), out
    assert re.search(r"^Contradicted \(\d+ shown of \d+\)$", out, re.M), out


@pytest.mark.parametrize("colour", [False, True])
def test_table_lines_have_no_trailing_spaces(rows: list[ReportRow], colour: bool) -> None:
    """Issue 14: rich pads each line to the console width; the lines printed end on their text
    (with and without colour codes), and the text itself is unchanged."""
    buf = io.StringIO()
    console = make_console(file=buf, width=140)
    if colour:
        from rich.console import ColorSystem

        console.no_color, console._color_system = False, ColorSystem.STANDARD
    console.print(digest.report_screen(rows))
    lines = buf.getvalue().splitlines()
    assert len(lines) > 20 and ("\x1b[" in buf.getvalue()) is colour
    assert not [line for line in lines if line.endswith(" ")]
    plain = re.sub(r"\x1b\[[0-9;]*m", "", buf.getvalue())
    assert words(plain) == words(text_of(digest.report_screen(rows), 140))
