"""``check`` reads the state ``report`` reads (issue 10, left from issue 11): one snapshot of the
database for all its queries, and it says so when the store holds articles the last analysis
has not read (``analysis_stale`` with a ``note`` in JSON, the note on stderr): it does not
silently mix them with the last analysis' clusters and actors.  All names are invented."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import api
from claimcheck.cli import app
from claimcheck.store import search

CLAIM = "Velmar troops shelled the port of Tessel"
ARTICLES = {
    "a": ("Harbour Times", "Port shelled\n\nMara Quist, the harbour master, said Velmar troops had shelled the port "
                           "of Tessel on Monday.\n"),
    "b": ("Orla Post", "Shelling at Tessel\n\nIvo Brenn, a Tessel councillor, said that Velmar troops shelled the "
                       "port of Tessel on Monday night.\n"),
}
LATE = ("Pell Courier", "Tessel denial\n\nThe Velmar defence ministry denied that Velmar troops had shelled the port "
                        "of Tessel.\n")


def write(folder: Path, name: str, outlet: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps({"outlet": outlet, "published": "2024-03-04"}))


@pytest.fixture()
def db(tmp_path: Path) -> str:
    for name, (outlet, text) in ARTICLES.items():
        write(tmp_path / "in", name, outlet, text)
    path = str(tmp_path / "c.db")
    assert api.ingest([str(tmp_path / "in")], path).ok
    return path


def stale_in_store(db: str) -> bool:
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import read_scope

    engine = api.open_store(db, create=False)
    try:
        with read_scope(engine) as s:
            return sa.analysis_stale(s)
    finally:
        engine.dispose()


def test_an_analysed_store_is_not_stale(db: str) -> None:
    d = api.check(db, CLAIM)
    assert d["analysis_stale"] is False and "note" not in d
    conn = sqlite3.connect(db)
    assert search.analysis_stale(conn) is stale_in_store(db) is False
    conn.close()


@pytest.mark.parametrize("how", ["new_article", "reparse_marker"])
def test_articles_the_last_analysis_did_not_read_are_said(db: str, tmp_path: Path, how: str) -> None:
    if how == "new_article":
        write(tmp_path / "late", "c", *LATE)
        assert api.ingest([str(tmp_path / "late")], db, analyse=False).ok
    else:  # an ingest killed between storing and analysing: the same fingerprint rule
        conn = sqlite3.connect(db)
        conn.execute("UPDATE runs SET summary = json_set(summary, '$.input[0]', -1) WHERE kind = 'xref'")
        conn.commit()
        conn.close()
    conn = sqlite3.connect(db)
    assert search.analysis_stale(conn) is stale_in_store(db) is True  # one rule, two readers
    conn.close()
    d = api.check(db, CLAIM)
    assert d["analysis_stale"] is True and "claimcheck xref" in d["note"]
    res = CliRunner().invoke(app, ["check", CLAIM, "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["analysis_stale"] is True
    assert res.stderr.startswith("note: ") and res.stderr.count("\n") == 1
    api.xref(db)  # analysed again: no note
    assert api.check(db, CLAIM)["analysis_stale"] is False


def test_check_reads_one_snapshot(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write committed while ``check`` reads (here every sentence, attribution and claim
    deleted by another connection, right after the candidate sentences were found) is not seen
    by its later queries."""
    before = api.check(db, CLAIM, 0)
    assert before["evidence"], before
    original = search.candidate_sentences

    def then_write(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        got = original(*args, **kwargs)
        other = sqlite3.connect(db)
        other.execute("PRAGMA foreign_keys = OFF")
        for table in ("claims", "attribution_via", "attributions", "sentences"):
            other.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
        other.commit()
        other.close()
        return got

    monkeypatch.setattr(search, "candidate_sentences", then_write)
    during = api.check(db, CLAIM, 0)
    assert (during["status"], len(during["evidence"]), during["independent_origins"]) == (
        before["status"], len(before["evidence"]), before["independent_origins"])
    monkeypatch.setattr(search, "candidate_sentences", original)
    after = api.check(db, CLAIM, 0)  # the write is seen by the next check
    assert after["status"] == "no_evidence" and not after["evidence"], after
