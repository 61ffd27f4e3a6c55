"""A cluster resting on two independent origins, end to end: invented articles written as a user's
folder (``.txt`` + ``.meta.json``), ``claimcheck ingest``, ``report --format json``, ``report
--min-origins``, and the exports' views of it.  Since stop 24 the seeds hold no cluster of two
origins (the tests over them check one origin per cluster), so the filter and the views' origin
columns are checked here on articles of our own: a minister quoted by one outlet and a United Nations
panel reported by another say the same thing; a third article rests on one ministry."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ARTICLES = {
    "minister": ({"title": "Freedonia sent drones to Ruritania, minister says", "outlet": "Harbour Times",
                  "published": "2024-03-04"},
                 "Freedonia sent drones to Ruritania, minister says\n\n"
                 "Freedonia sent attack drones to Ruritania last month, the Ruritanian defence minister Karl Adler "
                 "said on Monday. Adler said the drones were delivered to an airbase near Brill.\n\n"
                 "The harbour in Velmora reopened on Tuesday after three weeks of repairs."),
    "panel": ({"title": "UN panel: drones from Freedonia reached Ruritania", "outlet": "Velmora Courier",
               "published": "2024-03-06"},
              "UN panel: drones from Freedonia reached Ruritania\n\n"
              "A United Nations panel of experts said on Wednesday that Freedonia sent attack drones to Ruritania "
              "last month. The panel's report said the drones were seen at an airbase near Brill.\n\n"
              "Separately, the Syldavian parliament approved a new budget for the railways."),
    "border": ({"title": "Borduria closes its border crossings", "outlet": "Tessel Herald", "published": "2024-03-08"},
               "Borduria closes its border crossings\n\n"
               "Borduria closed two border crossings with Syldavia on Friday, the Bordurian interior ministry said. "
               "The ministry gave no reason for the closures."),
}
DRONES = "Freedonia sent attack drones to Ruritania"


def _ok(res: subprocess.CompletedProcess[str]) -> str:
    assert res.returncode == 0, res.stderr
    return res.stdout


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory, case_articles: Callable[..., Path],
        cc: Callable[..., subprocess.CompletedProcess[str]]) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("two_origins")
    case_articles(work / "articles", ARTICLES)
    db = str(work / "two.db")
    _ok(cc("ingest", "articles", "--db", db, "-q", cwd=work))
    out: dict[str, Any] = {"work": work, "db": db}
    out["report"] = json.loads(_ok(cc("report", "--db", db, "--format", "json", cwd=work)))
    for n in (1, 2, 3):
        out[n] = json.loads(_ok(cc("report", "--db", db, "--format", "json", "--min-origins", str(n), cwd=work)))
    _ok(cc("export", "--db", db, "--format", "sqlite", str(work / "handover.db"), cwd=work))
    out["jsonl"] = [json.loads(ln) for ln in _ok(cc("export", "--db", db, "--format", "jsonl", "--min-origins", "2",
                                                     cwd=work)).splitlines() if ln.strip()]
    return out


def _drones(rows: list[dict[str, Any]]) -> dict[str, Any]:
    found = [r for r in rows if r["claim"].startswith(DRONES)]
    assert len(found) == 1, [r["claim"] for r in rows]
    return found[0]


def test_two_outlets_two_sources_are_two_origins(two: dict[str, Any]) -> None:
    row = _drones(two["report"])
    assert row["status"] == "corroborated" and row["independent_origins"] == 2 and row["articles"] == 2
    assert set(row["outlets"]) == {"Harbour Times", "Velmora Courier"}
    border = [r for r in two["report"] if "border crossings" in r["claim"]]
    assert border and all(r["independent_origins"] == 1 for r in border)


@pytest.mark.parametrize("least", [1, 2, 3])
def test_min_origins_keeps_exactly_the_clusters_with_that_many(two: dict[str, Any], least: int) -> None:
    every = two["report"]
    kept = two[least]
    assert {r["cluster"] for r in kept} == {r["cluster"] for r in every if r["independent_origins"] >= least}
    # the filter is not empty and not everything: it parts the two-origin clusters from the others
    assert bool(kept) == (least <= 2)
    if least == 2:
        assert _drones(kept)["independent_origins"] == 2 and len(kept) < len(every)
        assert not any("border crossings" in r["claim"] for r in kept)


def test_the_handover_views_show_both_origins(two: dict[str, Any]) -> None:
    row = _drones(two["report"])
    con = sqlite3.connect(f"file:{two['work'] / 'handover.db'}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        view = con.execute("SELECT * FROM corroboration WHERE cluster = ?", (row["cluster"],)).fetchone()
        assert view["status"] == "corroborated" and view["independent_origins"] == 2 and view["articles"] == 2
        assert len(set(view["origins"].split(" | "))) == 2, view["origins"]
        mentions = con.execute("SELECT * FROM cluster_mentions WHERE cluster = ? AND stance = 'support'",
                               (row["cluster"],)).fetchall()
        assert len({m["origin"] for m in mentions}) == 2 and len({m["article_id"] for m in mentions}) == 2
        # each mention's passage holds the words of its claim (parse.claims.spans)
        assert all("drones" in m["sentence"] for m in mentions)
        single = {r["cluster"] for r in con.execute("SELECT cluster FROM single_source_claims")}
        assert row["cluster"] not in single
        assert any("border crossings" in r["claim"] for r in con.execute("SELECT claim FROM single_source_claims"))
    finally:
        con.close()


def test_the_jsonl_export_takes_the_filter(two: dict[str, Any]) -> None:
    assert {c["cluster"] for c in two["jsonl"]} == {r["cluster"] for r in two[2]}
    for c in two["jsonl"]:
        assert c["independent_origins"] >= 2
        assert len({m["origin"] for m in c["mentions"] if m["stance"] == "support"}) >= 2
