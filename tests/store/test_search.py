"""``store/search.py``: the plain-SQL queries behind ``check`` on either kind of connection, and
the read-only ``sqlite3`` path that lets ``check`` answer without loading SQLAlchemy."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.store import search
from claimcheck.store.migrate import head_fast

ARTICLE = ("Crossings shut\n\nBorduria closed its eastern border with Syldavia on Friday, interior minister "
           "Petra Vance said. The Bordurian government on Saturday denied closing its eastern border.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("search")
    (base / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (base / "a.meta.json").write_text(json.dumps({"outlet": "Northern Ledger", "published": "2023-05-06"}),
                                      encoding="utf-8")
    path = base / "c.db"
    assert api.ingest([str(base / "a.txt")], str(path)).ingested == 1
    return path


def test_rows_expands_lists_on_sqlite3() -> None:
    """A list parameter becomes one placeholder per item; an empty one matches nothing."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x INTEGER)")
    con.executemany("INSERT INTO t VALUES (?)", [(1,), (2,), (3,)])
    assert search._rows(con, "SELECT x FROM t WHERE x IN (:xs) ORDER BY x", {"xs": [3, 1]}) == [(1,), (3,)]
    assert search._rows(con, "SELECT x FROM t WHERE x IN (:xs)", {"xs": []}) == []
    assert search._rows(con, "SELECT x FROM t WHERE x > :lo AND x IN (:xs)", {"lo": 1, "xs": (1, 2, 3)}) == [
        (2,), (3,)]


def test_the_reader_opens_only_a_sqlite_file_at_head(db: Path, tmp_path: Path) -> None:
    """A path to a database at head gives a read-only connection; a URL, a missing file, a file
    that is no database, a database at another revision or an unknown head give None (the
    usual way then migrates or names the error)."""
    head = head_fast()
    con = search.open_sqlite_reader(str(db), head)
    assert con is not None
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        con.execute("DELETE FROM articles")
    con.close()
    assert search.open_sqlite_reader(f"sqlite:///{db}", head) is None
    assert search.open_sqlite_reader(str(tmp_path / "missing.db"), head) is None
    (tmp_path / "notes.txt").write_text("not a database\n", encoding="utf-8")
    assert search.open_sqlite_reader(str(tmp_path / "notes.txt"), head) is None
    assert search.open_sqlite_reader(str(db), "0000_another_revision") is None
    assert search.open_sqlite_reader(str(db), None) is None


def test_the_default_database_name_is_the_sessions() -> None:
    from claimcheck.store import session

    assert (search.DEFAULT_DB, search.BUSY_TIMEOUT_S) == (session.DEFAULT_DB, session.BUSY_TIMEOUT_MS / 1000)


def test_both_connections_give_the_same_answer(db: Path) -> None:
    """``check`` on the file (sqlite3) and on an open Store (SQLAlchemy): the same JSON."""
    claim = "Borduria closed its eastern border"
    by_path = api.check(str(db), claim, limit=0)
    with api.Store(str(db)) as store:
        by_store = api.check(store, claim, limit=0)
    assert by_path == by_store
    assert by_path["status"] == "contradicted" and len(by_path["evidence"]) >= 2


def test_check_on_a_sqlite_file_does_not_load_sqlalchemy(db: Path) -> None:
    """Most of a one-shot ``check``'s start-up was importing SQLAlchemy: a file at head is read
    without it (a fresh process, so nothing else has imported it)."""
    code = ("import sys, json; from claimcheck import api; "
            f"d = api.check({str(db)!r}, 'Borduria closed its eastern border'); "
            "print(json.dumps([d['status'], sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == ["contradicted", []]
