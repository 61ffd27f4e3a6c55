"""``sources`` grades a resolved actor, not a spelling (issue 10, new-user test: three spellings
of one general graded apart while ``actors`` merged them), and ``actors split`` keeps two
spellings apart in ``actors``, ``sources`` and every later analysis (the split of two spellings
with one comparison key, "Gen.X" / "X", was dropped silently).  Asserted through the JSON of
``sources`` and ``actors``; all names are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

RUNNER = CliRunner()
FACTS = ["the Velmar ports had reopened after the repairs", "the Orla bridge had been closed to lorries",
         "the harbour works at Tessel had finished"]


def cc(*args: str) -> str:
    res = RUNNER.invoke(app, list(args))
    assert res.exit_code == 0, (args, res.output, res.exception)
    return res.stdout


def write(folder: Path, articles: list[tuple[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (outlet, body) in enumerate(articles):
        (folder / f"{i}.txt").write_text(f"Story {i}\n\n{body}\n", encoding="utf-8")
        (folder / f"{i}.meta.json").write_text(json.dumps({"outlet": outlet, "published": f"2024-01-{i + 1:02d}"}))
    return folder


def people(db: str, surname: str) -> tuple[list[dict], list[dict]]:
    """The ``sources`` rows and the ``actors`` of the names holding ``surname``."""
    srcs = [r for r in json.loads(cc("sources", "--db", db, "--format", "json"))
            if any(surname in n for n in r["cited_as"])]
    acts = [a for a in json.loads(cc("actors", "--db", db, "--format", "json"))
            if any(surname in n for n in a["aliases"])]
    return srcs, acts


# the spellings of one person across three articles
SPELLINGS = [
    ("title_dot", "Brenvik", ["Oskar Brenvik", "Brenvik", "Gen.Brenvik"]),
    ("title_word", "Marrow", ["Ilse Marrow", "Marrow", "Minister Marrow"]),
    ("particle", "Hassoun", ["Tariq al-Hassoun", "al-Hassoun", "Al-Hassoun"]),
    ("initial", "Vaskel", ["Pieter J. Vaskel", "Vaskel", "Pieter Vaskel"]),
    ("double_surname", "Tellado", ["Ana Ruiz Tellado", "Ruiz Tellado", "Ms. Ruiz Tellado"]),
    ("surname_first", "Quist", ["Mara Quist", "Quist", "Mrs Quist"]),
]


@pytest.mark.parametrize("case, surname, names", SPELLINGS, ids=[c[0] for c in SPELLINGS])
def test_sources_has_one_row_per_resolved_actor(case: str, surname: str, names: list[str], tmp_path: Path) -> None:
    folder = write(tmp_path / "a", [(f"Outlet {k}", f"{n} said on Monday that {f}.")
                                    for k, (n, f) in enumerate(zip(names, FACTS))])
    db = str(tmp_path / "c.db")
    cc("ingest", str(folder), "--db", db, "-q")
    srcs, acts = people(db, surname)
    assert acts, "no actor"
    # the rows of `sources` are the actors of `actors`: one row per actor, its spellings as cited
    assert len(srcs) == len(acts), (srcs, acts)
    assert sum(r["attributions"] for r in srcs) == 3
    for r in srcs:
        (mine,) = [a for a in acts if set(r["cited_as"]) <= set(a["aliases"])]
        assert r["name"] in mine["aliases"] or r["name"] == mine["name"]
        assert r["single_source"] == r["attributions"]  # one record: every claim counted once in it


def test_one_actors_track_record_is_graded_once_over_its_spellings(tmp_path: Path) -> None:
    """Three claims of one general under three spellings, each confirmed by an independent
    named source: three corroborations of one record (B), where each spelling alone had one
    (F: no basis)."""
    names = ["Oskar Brenvik", "Brenvik", "Gen.Brenvik"]
    others = ["Ilse Marrow", "Tariq Hassoun", "Ana Tellado"]
    arts = []
    for n, o, f in zip(names, others, FACTS):
        arts.append(("Outlet A", f"{n} said on Monday that {f}."))
        arts.append(("Outlet B", f"{o}, an engineer, said on Tuesday that {f}."))
    db = str(tmp_path / "c.db")
    cc("ingest", str(write(tmp_path / "a", arts)), "--db", db, "-q")
    srcs, acts = people(db, "Brenvik")
    assert len(acts) == 1 and len(srcs) == 1, (srcs, acts)
    (row,) = srcs
    assert (row["corroborated"], row["contradicted"], row["grade"]) == (3, 0, "B"), row
    assert sorted(row["cited_as"]) == sorted(names)
    assert any("cited as" in r for r in row["reasons"])


@pytest.mark.parametrize("a, b", [("Brenvik", "Gen.Brenvik"), ("Oskar Brenvik", "Brenvik"),
                                  ("Gen.Brenvik", "Oskar Brenvik")])
def test_actors_split_keeps_them_apart_in_actors_sources_and_later_analyses(a: str, b: str, tmp_path: Path) -> None:
    names = ["Oskar Brenvik", "Brenvik", "Gen.Brenvik"]
    folder = write(tmp_path / "a", [(f"Outlet {k}", f"{n} said on Monday that {f}.")
                                    for k, (n, f) in enumerate(zip(names, FACTS))])
    db = str(tmp_path / "c.db")
    cc("ingest", str(folder), "--db", db, "-q")
    srcs, acts = people(db, "Brenvik")
    assert len(acts) == 1 and len(srcs) == 1  # merged before
    assert "split" in cc("actors", "split", a, b, "--db", db)

    def apart() -> None:
        srcs, acts = people(db, "Brenvik")
        ta = [x for x in acts if a in x["aliases"]]
        tb = [x for x in acts if b in x["aliases"]]
        assert len(ta) == len(tb) == 1 and ta[0]["id"] != tb[0]["id"], acts
        sa = [r for r in srcs if a in r["cited_as"]]
        sb = [r for r in srcs if b in r["cited_as"]]
        assert len(sa) == len(sb) == 1 and sa[0]["source"] != sb[0]["source"], srcs

    apart()
    cc("xref", "--db", db)  # a re-analysis
    apart()
    (folder / "3.txt").write_text(f"Story 3\n\n{a} said on Friday that {FACTS[0]}.\n", encoding="utf-8")
    cc("ingest", str(folder), "--db", db, "-q")  # new articles, analysed again
    apart()


def test_a_split_of_one_spelling_is_refused(tmp_path: Path) -> None:
    folder = write(tmp_path / "a", [("Outlet A", f"Gen.Brenvik said on Monday that {FACTS[0]}.")])
    db = str(tmp_path / "c.db")
    cc("ingest", str(folder), "--db", db, "-q")
    res = RUNNER.invoke(app, ["actors", "split", "Gen.Brenvik", "gen.brenvik", "--db", db])
    assert res.exit_code == 1 and "same name" in res.stderr
