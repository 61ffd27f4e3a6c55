"""One origin count everywhere (issue 14): the independent origins of a cluster that ``report``
prints are the ones ``show``, the digest, the HTML page and every export print, for every
cluster of the seeds.

Each screen reads the count the analysis stored (``clusters.independent_origins``); none
recounts it from the mentions. How the count is made is ``xref``'s business (origins.py,
grade.py); this test only holds the screens to one figure. The CLI runs in this process
(typer's runner) on one database of the seeds.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

RUNNER = CliRunner()


def cc(*args: str) -> str:
    res = RUNNER.invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert res.exit_code == 0, f"claimcheck {' '.join(args)}: exit {res.exit_code}: {res.output[-800:]}"
    return res.stdout


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("origins")
    shutil.copytree(seeds_dir, work / "seeds")
    db = str(work / "seeds.db")
    with contextlib.chdir(work):
        cc("ingest", "seeds", "--db", db, "-q")
        report = json.loads(cc("report", "--db", db, "--format", "json"))
        cc("report", "--db", db, "--format", "html", str(work / "report.html"))
    return {"work": work, "db": db, "report": {r["cluster"]: r for r in report}}


def test_the_seeds_have_clusters_of_every_kind(seeded: dict[str, Any]) -> None:
    counts = {r["independent_origins"] for r in seeded["report"].values()}
    # since stop 24 the seeds hold no cluster of two origins (the training offer and deed are two
    # propositions): every cluster rests on one origin, none on zero
    assert len(seeded["report"]) >= 20 and counts == {1}, counts


def test_report_and_show_json_agree_for_every_cluster(seeded: dict[str, Any]) -> None:
    """``report --format json`` against ``show --format json``, and ``show``'s head line."""
    db = seeded["db"]
    for uid, row in seeded["report"].items():
        shown = json.loads(cc("show", uid, "--db", db, "--format", "json"))
        n = row["independent_origins"]
        assert shown["independent_origins"] == n, (uid, row["claim"], n, shown["independent_origins"])
        assert shown["articles"] == row["articles"] and shown["status"] == row["status"]
        head = cc("show", uid[:10], "--db", db).splitlines()
        figure = f"{n} independent origin{'' if n == 1 else 's'} for it"
        assert any(figure in line for line in head[:4]), (uid, figure, head[:4])


def test_the_digest_the_table_and_the_findings_print_the_same_count(seeded: dict[str, Any]) -> None:
    out = cc("report", "--db", seeded["db"], "--all")
    lines = out.splitlines()
    table_at = next(i for i, line in enumerate(lines) if line.startswith("Corroboration table"))
    findings_at = next(i for i, line in enumerate(lines) if line.startswith("Findings"))
    parts = {"digest": lines[:table_at], "table": lines[table_at:findings_at], "findings": lines[findings_at:]}
    listed = {"digest": 0, "findings": 0}
    for uid, row in seeded["report"].items():
        n, short = row["independent_origins"], uid[:8]
        figure = f"{n} independent origin{'' if n == 1 else 's'}"
        row_at = [i for i, line in enumerate(parts["table"]) if line.startswith(short)]
        assert len(row_at) == 1, f"{short} not once in the table"
        table_line = parts["table"][row_at[0]]
        assert re.search(rf"\s{n}/{row['articles']}\s", table_line), (short, n, table_line)
        for part in ("digest", "findings"):
            at = [i for i, line in enumerate(parts[part]) if line.startswith(short)]
            if at:  # listed there too: its origin figure is the same
                block = " ".join(" ".join(parts[part][at[0]:at[0] + 6]).split())
                assert re.search(rf"(?<![\d/]){figure}\b", block), (part, short, figure, block)
                listed[part] += 1
    assert listed["digest"] >= 2 and listed["findings"] >= 2, listed  # the seeds' two contradicted clusters at least


def test_the_html_page_prints_the_same_count(seeded: dict[str, Any]) -> None:
    page = (seeded["work"] / "report.html").read_text(encoding="utf-8")
    rows = dict(re.findall(r'<tr class="cluster" data-cluster="(\w+)".*?<td class="num">\d+</td>'
                           r'<td class="num">(\d+/\d+)</td>', page, re.S))
    assert len(rows) == len(seeded["report"])
    details = dict(re.findall(r'<tr class="detail" id="d-(\w+)">(.*?)</tr>', page, re.S))
    for uid, row in seeded["report"].items():
        n = row["independent_origins"]
        assert rows[uid] == f"{n}/{row['articles']}", uid
        assert f"<p>{n} independent origin{'' if n == 1 else 's'} for it · " in details[uid], uid


def test_the_exports_carry_the_same_count(seeded: dict[str, Any]) -> None:
    db, report = seeded["db"], seeded["report"]
    jsonl = [json.loads(line) for line in cc("export", "--db", db, "--format", "jsonl").splitlines()]
    assert {c["cluster"]: c["independent_origins"] for c in jsonl} == \
        {uid: r["independent_origins"] for uid, r in report.items()}
    prov = json.loads(cc("export", "--db", db, "--format", "prov-json"))
    from_prov = {k.split("cluster/", 1)[1]: v["cc:independentOrigins"] for k, v in prov["entity"].items()
                 if "cluster/" in k}
    assert {k: int(v["$"] if isinstance(v, dict) else v) for k, v in from_prov.items()} == \
        {uid: r["independent_origins"] for uid, r in report.items()}
    table = list(csv.DictReader(io.StringIO(cc("report", "--db", db, "--format", "csv"))))
    assert {r["cluster"]: int(r["independent_origins"]) for r in table} == \
        {uid: r["independent_origins"] for uid, r in report.items()}
