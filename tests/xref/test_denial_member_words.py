"""A denial that repeats the very words of a cluster's member joins that cluster, whichever member
is its representative (stop 24, actors24).  Found once a demonym became its place: a headline
("Borduria attacked Syldavian troops …") joined the body's allegation and became its
representative, and the body's denial ("Borduria has denied any involvement", resolved to the
allegation's words) no longer met the representative's words: the allegation showed
``single_source`` with the denial in a cluster of its own.  Invented articles, one each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

RUNNER = CliRunner()


def _report(tmp_path: Path, title: str, body: str) -> list[dict]:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (d / "a.meta.json").write_text(json.dumps({"title": title, "outlet": "Site F", "published": "2022-08-04"}),
                                   encoding="utf-8")
    db = str(tmp_path / "a.db")
    res = RUNNER.invoke(app, ["ingest", str(d), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    res = RUNNER.invoke(app, ["report", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


CASES = [
    # (headline, body, words of the allegation)
    ("Borduria attacked Syldavian troops, backed rebels: UN experts",
     "Bordurian troops attacked soldiers inside Syldavia and aided the rebel group, according to a report by "
     "independent experts for the UN seen by the agency on Thursday. Borduria has repeatedly denied any involvement.",
     "attacked soldiers inside Syldavia"),
    ("Zembla attacked Velmoran troops, backed rebels: UN experts",
     "Zemblan troops attacked soldiers inside Velmora and aided the rebel group, according to a report by "
     "independent experts for the UN seen by the agency on Monday. Zembla has repeatedly denied any involvement.",
     "attacked soldiers inside Velmora"),
    ("Ruritania attacked Freedonian troops, backed rebels: UN experts",
     "Ruritanian troops attacked soldiers inside Freedonia and aided the rebel militia, according to a report by "
     "independent experts for the UN seen by the agency on Friday. Ruritania has denied any involvement.",
     "attacked soldiers inside Freedonia"),
    ("Velmora shelled Bordurian troops, armed rebels: UN experts",
     "Velmoran troops shelled soldiers inside Borduria and armed the rebel group, according to a report by "
     "independent experts for the UN seen by the agency on Tuesday. Velmora has repeatedly denied any involvement.",
     "shelled soldiers inside Borduria"),
    ("Syldavia attacked Zemblan troops, backed rebels: UN panel",
     "Syldavian troops attacked soldiers inside Zembla and aided the rebel group, according to a report by "
     "a panel of experts for the UN seen by the agency on Sunday. Syldavia has denied any involvement.",
     "attacked soldiers inside Zembla"),
    ("Freedonia attacked Ruritanian troops, backed rebels: UN experts",
     "Freedonian troops attacked soldiers inside Ruritania and helped the rebel group, according to a report by "
     "independent experts for the UN seen by the agency on Wednesday. Freedonia has repeatedly denied any "
     "involvement.", "attacked soldiers inside Ruritania"),
]


@pytest.mark.parametrize(("title", "body", "words"), CASES)
def test_the_denial_joins_the_allegation_whatever_the_representative(tmp_path: Path, title: str, body: str,
                                                                      words: str) -> None:
    rows = _report(tmp_path, title, body)
    about = [r for r in rows if words in r["claim"]]
    assert about, [r["claim"] for r in rows]
    assert len(about) == 1, [(r["claim"], r["status"], r["denials"]) for r in about]
    assert about[0]["status"] == "contradicted" and about[0]["denials"] >= 1, about[0]
