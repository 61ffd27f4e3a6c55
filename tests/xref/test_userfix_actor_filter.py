"""``report --actor NAME`` keeps every cluster about the actor NAME stands for, whichever of its
names a claim uses, and no cluster that only holds NAME's letters (the new user's finding, stop
20: "--actor misses a cluster whose actors lack the name").  The rule is in
:mod:`claimcheck.store.actor_filter`; here it is asserted end to end on invented articles.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

RUNNER = CliRunner()

ARTICLES = {
    "a": ({"title": "Port to close", "outlet": "Site U", "published": "2024-05-02"},
          "Port to close\n\nRuritanian defence minister Ana Lucia Maro said on Monday that the port of Velm "
          "would close for repairs.\n\nDock workers protested outside the gates."),
    "b": ({"title": "Velm port", "outlet": "Site V", "published": "2024-05-03"},
          "Velm port\n\nThe port of Velm will close for repairs, Maro told the Orla Courier.\n\n"
          "Gen. Maro also said the army would leave the town of Orla by June."),
    "c": ({"title": "Bridge", "outlet": "Site W", "published": "2024-05-04"},
          "Bridge\n\nThe council said the bridge at Tessel would stay shut until spring.\n\n"
          "UN officials said food aid reached the town of Orla on Friday."),
    "d": ({"title": "Aid", "outlet": "Site X", "published": "2024-05-05"},
          "Aid\n\nThe United Nations said food aid reached the town of Orla on Friday.\n\n"
          "A Ruritanian army spokesman said the army would leave the town of Orla by June."),
}


def _report(db: Path, *args: str) -> list[dict[str, Any]]:
    res = RUNNER.invoke(app, ["report", "--db", str(db), "--format", "json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def _about(db: Path, word: str) -> set[str]:
    """The clusters one of whose member claims names ``word`` or rests on a source whose name
    holds it (read straight from the file, as a user's SQL would)."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT k.uid FROM cluster_members m JOIN clusters k ON k.id = m.cluster_id "
            "JOIN claims c ON c.id = m.claim_id LEFT JOIN attributions a ON a.id = c.attribution_id "
            "LEFT JOIN sources s ON s.id = a.source_id WHERE k.run_id = (SELECT max(run_id) FROM clusters) "
            "AND (instr(c.text, ?) OR instr(coalesce(s.name, ''), ?))", (word, word))
        return {uid for (uid,) in rows}
    finally:
        con.close()


@pytest.fixture(scope="module")
def db(case_db) -> Path:
    return case_db("userfix_actor_filter", ARTICLES)


def _kept(db: Path, name: str) -> set[str]:
    return {r["cluster"] for r in _report(db, "--actor", name)}


@pytest.mark.parametrize("name", ["Ana Lucia Maro", "Maro", "Gen. Maro", "maro", "ANA LUCIA MARO"])
def test_every_name_of_one_actor_keeps_the_same_clusters(db: Path, name: str) -> None:
    assert _kept(db, name) == _kept(db, "Ana Lucia Maro")


@pytest.mark.parametrize("name", ["Ana Lucia Maro", "Gen. Maro"])
def test_a_cluster_whose_member_claim_names_or_rests_on_the_actor_is_kept(db: Path, name: str) -> None:
    """Every cluster one of whose member claims names the actor or rests on its word (under any
    of its names) is kept, whether or not its canonical text or its actors column names it."""
    about = _about(db, "Maro")
    assert about, "the minister is a source of some claim"
    assert about <= _kept(db, name)


def test_the_actors_column_alone_would_miss_some(db: Path) -> None:
    """The case: a cluster about the actor whose shown actors lack its name, kept all the same."""
    rows = {r["cluster"]: r for r in _report(db)}
    kept = _kept(db, "Ana Lucia Maro")
    lacking = [u for u in kept if not any("Maro" in a for a in rows[u]["actors"]) and "Maro" not in rows[u]["claim"]]
    assert lacking, [(rows[u]["claim"], rows[u]["actors"]) for u in kept]  # e.g. the port closing Maro announced


def test_an_acronym_is_a_whole_word_in_its_case(db: Path) -> None:
    kept = _kept(db, "UN")
    rows = {r["cluster"]: r for r in _report(db)}
    assert kept, "the UN's aid claim is kept"
    assert not any("until spring" in rows[u]["claim"] for u in kept)  # "until" is no "UN"
    assert any("food aid" in rows[u]["claim"].lower() for u in kept)  # rests on "UN officials"


def test_a_name_that_is_no_alias_keeps_only_what_names_it(db: Path) -> None:
    assert _kept(db, "Tessel") and all("Tessel" in r["claim"] for r in _report(db, "--actor", "Tessel"))
    assert _kept(db, "Nowhere Atall") == set()
    assert _kept(db, "%") == set() and _kept(db, "[") == set()  # literals, not patterns
