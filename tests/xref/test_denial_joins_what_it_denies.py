"""Denials join what they deny (issue 9 item 3, new user's finding on integ4, deny25).

Two classes, invented articles each:
- a denial whose subject is an actor's phrase ("Bordurian forces had shelled Vorna") joins the
  allegation naming the same actor with another head noun ("Bordurian artillery shelled Vorna"):
  the phrase's head noun was counted as the denial's own content word and the denial stayed alone;
- a gerund denial ("Sylvania denied arming Bordurian rebels") answers the allegation that drops the
  name's adjective ("Sylvania had armed the rebels with rifles"): no claim was made of it at all.
In both the report and ``check`` now agree: contradicted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

RUNNER = CliRunner()


def _ingest(tmp_path: Path, title: str, body: str) -> str:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (d / "a.meta.json").write_text(json.dumps({"title": title, "outlet": "Global Wire", "published": "2024-09-07"}),
                                   encoding="utf-8")
    db = str(tmp_path / "a.db")
    res = RUNNER.invoke(app, ["ingest", str(d), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    return db


def _rows(db: str) -> list[dict]:
    res = RUNNER.invoke(app, ["report", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


SUBJECT_CASES = [
    # (title, body, words of the allegation)
    ("Ruritania says Borduria shelled Vorna",
     "Ruritania's government said Borduria shelled Vorna on Sunday. The Ruritanian foreign ministry said Borduria "
     "shelled Vorna on Sunday. Strelsau said Bordurian artillery shelled Vorna on Sunday. Bordurian Defence "
     "Minister Olaf Krenz denied that Bordurian forces had shelled Vorna.", "shelled Vorna"),
    ("Zembla accused over Kessel",
     "Velmoran officials said Zemblan artillery shelled Kessel on Monday. Zemblan army spokesman Ivo Brandt denied "
     "that Zemblan troops had shelled Kessel.", "shelled Kessel"),
    ("Freedonia accused over Tarsk",
     "Ruritanian officials said Freedonian jets bombed Tarsk on Friday. Freedonian Defence Minister Ana Voss denied "
     "that Freedonian aircraft had bombed Tarsk.", "bombed Tarsk"),
    ("Syldavia accused over Melk",
     "Bordurian officials said Syldavian forces shelled Melk on Tuesday. Syldavian Interior Minister Paul Kron denied "
     "that Syldavian artillery had shelled Melk.", "shelled Melk"),
    ("Velmora accused over Drin",
     "Zemblan officials said Velmoran gunners shelled Drin on Wednesday. Velmoran army chief Lars Odo denied "
     "that Velmoran troops had shelled Drin.", "shelled Drin"),
    ("Borduria accused over Ostra",
     "Syldavian officials said Bordurian soldiers shelled Ostra on Thursday. Bordurian Defence Minister Olaf Krenz "
     "denied that Bordurian units had shelled Ostra.", "shelled Ostra"),
]


@pytest.mark.parametrize(("title", "body", "words"), SUBJECT_CASES)
def test_a_denial_naming_the_actor_by_another_noun_joins_the_allegation(tmp_path: Path, title: str, body: str,
                                                                        words: str) -> None:
    rows = _rows(_ingest(tmp_path, title, body))
    about = [r for r in rows if words in r["claim"]]
    assert len(about) == 1, [(r["claim"], r["status"], r["denials"]) for r in about]
    assert about[0]["status"] == "contradicted" and about[0]["denials"] >= 1, about[0]


GERUND_CASES = [
    # (title, body, words of the allegation, check sentence)
    ("Sylvania denies arming Bordurian rebels",
     "Sylvania denied arming Bordurian rebels. Bordurian officials said Sylvania had armed the rebels with rifles.",
     "armed the rebels", "Sylvania armed Bordurian rebels"),
    ("Freedonia denies arming Zemblan militias",
     "Freedonia denied arming Zemblan militias. Zemblan officials said Freedonia had armed the militias with mortars.",
     "armed the militias", "Freedonia armed Zemblan militias"),
    ("Ruritania denies training Velmoran rebels",
     "Ruritania denied training Velmoran rebels. Velmoran officials said Ruritania had trained the rebels in camps.",
     "trained the rebels", "Ruritania trained Velmoran rebels"),
    ("Syldavia denies arming Bordurian separatists",
     "Syldavia denied arming Bordurian separatists. Officials in Szohod said Syldavia had armed the separatists "
     "with rockets.", "armed the separatists", "Syldavia armed Bordurian separatists"),
    ("Zembla denies funding Ruritanian rebels",
     "Zembla denied funding Ruritanian rebels. Ruritanian officials said Zembla had funded the rebels for years.",
     "funded the rebels", "Zembla funded Ruritanian rebels"),
    ("Velmora denies arming Freedonian rebels",
     "Velmora denied arming Freedonian rebels. Freedonian officials said Velmora had armed the rebels with rifles.",
     "armed the rebels", "Velmora armed Freedonian rebels"),
]


@pytest.mark.parametrize(("title", "body", "words", "sentence"), GERUND_CASES)
def test_a_gerund_denial_answers_the_allegation_without_the_adjective(tmp_path: Path, title: str, body: str,
                                                                      words: str, sentence: str) -> None:
    db = _ingest(tmp_path, title, body)
    about = [r for r in _rows(db) if words in r["claim"]]
    assert len(about) == 1, about
    assert about[0]["status"] == "contradicted" and about[0]["denials"] >= 1, about[0]
    res = RUNNER.invoke(app, ["check", sentence, "--db", db])
    assert "contradicted" in res.stdout, res.stdout


def test_another_name_before_the_noun_is_not_the_denied_claim(tmp_path: Path) -> None:
    """"denied arming Bordurian rebels" does not answer "had armed Ruritanian rebels"."""
    rows = _rows(_ingest(tmp_path, "Sylvania denies arming Bordurian rebels",
                         "Sylvania denied arming Bordurian rebels. Bordurian officials said Sylvania had armed "
                         "Ruritanian rebels with rifles."))
    about = [r for r in rows if "Ruritanian rebels" in r["claim"]]
    assert about and about[0]["denials"] == 0, about
