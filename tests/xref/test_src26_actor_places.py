"""New user's findings, stop 26 (src26), end to end on invented articles (``claimcheck ingest``, then
``report --actor`` and ``actors``), with the invented states given as a user gazetteer
(``CLAIMCHECK_LEXICONS``): Ruritania, its capital Zenda as a metonym.

- item 3: "Talks were held in Zenda on Tuesday" made ``report --actor Ruritania`` return the claim
  (the capital after "in" read as the state) and ``actors`` list "Talks".  Where something happened
  is no actor; the capital stands for its state as a source, an agent or a recipient only.
- item 1: no actor and no source keeps a possessive ("Ruritania's president said").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# where something happened: never Ruritania's (the new user's case, then neighbours)
HELD_IN = [
    "Talks were held in Zenda on Tuesday between Borduria and Freedonia.",
    "Negotiations resumed in Zenda on Monday between Syldavia and Sylvania.",
    "Borduria and Syldavia signed a ceasefire in Zenda on Wednesday.",
    "Clashes broke out near Zenda between Bordurian and Syldavian smugglers on Sunday.",
    "Freedonia and Sylvania held a summit outside Zenda on Friday.",
    "Tomania and Borduria exchanged prisoners in Zenda on Thursday.",
]
# the capital as source, agent or recipient: Ruritania's
AS_STATE = [
    "Zenda said on Monday that observers would be sent to the border between Borduria and Freedonia.",
    "Borduria sent two fighter jets to Zenda on Monday under a new defence pact.",
]
POSSESSIVE = "Ruritania's president said on Monday that the border with Borduria would reopen in May."
# a place adjective whose place this article never writes (another article does): shown as the place
ADJECTIVE = ["The Syldavian defence ministry said on Monday that its troops had left the border area near Kolno.",
             "Syldavia closed its embassy in Borduria on Monday, officials in the region said."]


def _run(db: Path, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "claimcheck", *args, "--db", str(db)], capture_output=True,
                          text=True, env={**os.environ})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, write_gazetteer) -> Path:
    base = tmp_path_factory.mktemp("src26_places")
    lex = write_gazetteer(base / "lexicons")
    folder = base / "in"
    folder.mkdir()
    for k, body in enumerate([*HELD_IN, *AS_STATE, POSSESSIVE, *ADJECTIVE]):
        (folder / f"a{k:02d}.txt").write_text(f"Report {k}\n\n{body}\n", encoding="utf-8")
        (folder / f"a{k:02d}.meta.json").write_text(json.dumps({"outlet": f"Outlet {k}", "published": "2024-05-06"}),
                                                    encoding="utf-8")
    path = base / "c.db"
    old = os.environ.get("CLAIMCHECK_LEXICONS")
    os.environ["CLAIMCHECK_LEXICONS"] = str(lex)
    try:
        _run(path, "ingest", str(folder), "-q")
        yield path
    finally:
        if old is None:
            os.environ.pop("CLAIMCHECK_LEXICONS", None)
        else:
            os.environ["CLAIMCHECK_LEXICONS"] = old


def _claims(db: Path, *args: str) -> list[str]:
    return [r["claim"] for r in json.loads(_run(db, "report", "--format", "json", "--limit", "0", "--all", *args))]


@pytest.mark.parametrize("body", HELD_IN, ids=[b[:30] for b in HELD_IN])
def test_a_capital_where_something_happened_is_not_its_state(db: Path, body: str) -> None:
    got = _claims(db, "--actor", "Ruritania")
    words = body.split(" in Zenda")[0].split(" near Zenda")[0].split(" outside Zenda")[0]
    assert not [c for c in got if c.startswith(words[:25])], got


@pytest.mark.parametrize("body", AS_STATE, ids=[b[:30] for b in AS_STATE])
def test_a_capital_as_source_or_recipient_is_its_state(db: Path, body: str) -> None:
    got = _claims(db, "--actor", "Ruritania")
    key = "observers" if "observers" in body else "fighter jets"
    assert any(key in c.lower() for c in got), got


def test_no_opening_common_noun_and_no_possessive_is_an_actor(db: Path) -> None:
    actors = json.loads(_run(db, "actors", "--format", "json"))
    rows = actors["actors"] if isinstance(actors, dict) else actors
    names = {a["name"] for a in rows} | {x for a in rows for x in a.get("aliases", [])}
    assert not names & {"Talks", "Negotiations", "Clashes"}, sorted(names)
    assert not [n for n in names if n.endswith(("'s", "’s"))], sorted(names)


def test_a_possessive_principal_is_the_state_as_source(db: Path) -> None:
    rows = json.loads(_run(db, "report", "--format", "json", "--limit", "0", "--all"))
    row = next(r for r in rows if "reopen" in r["claim"])
    assert [s["name"] for s in row["sources"]] == ["Ruritania"], row["sources"]
    assert any("reopen" in c for c in _claims(db, "--actor", "Ruritania"))


def test_a_place_adjective_source_is_shown_as_its_place(db: Path) -> None:
    rows = json.loads(_run(db, "report", "--format", "json", "--limit", "0", "--all"))
    row = next(r for r in rows if "border area" in r["claim"])
    assert [s["name"] for s in row["sources"]] == ["Syldavia"], row["sources"]
    assert not [r for r in row["reasons"] if "Syldavian" in r], row["reasons"]
