"""An interrupted ingest leaves no lock behind (issue 13 item 5, issue 11's SIGINT case).

A SIGINT sent to an ingest's parent alone (``kill -INT``, ``timeout -s INT``) raises
KeyboardInterrupt wherever the writer is; with worker processes parsing, that is mostly inside a
database statement.  A statement interrupted while its rows were being read stays open (the
traceback holds its cursor) and keeps a read lock on the write-ahead log, so the write-ahead log
could not be truncated at the end of the ingest's connection: the ingest waited the whole busy
timeout (30 s) and then exited 1 "locked by another process" instead of 130, in about one run of
six.  These tests interrupt the connection at that point, with a short busy timeout, and require
the interrupt to come out as it went in, at once, and the next write to go through."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from sqlalchemy import text


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    from claimcheck import api
    from claimcheck.store import session

    monkeypatch.setattr(session, "BUSY_TIMEOUT_MS", 1500)  # a lock left behind fails within 1.5 s, not 30
    engine = api.open_store(str(tmp_path / "i.db"))
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    with session_scope(engine) as s:
        run_id = repo.start_run(s, "ingest", "test", "test", {})
    with engine.begin() as conn:  # rows to read in several steps
        conn.execute(text("CREATE TABLE filler (x INTEGER)"))
        conn.execute(text("INSERT INTO filler VALUES " + ",".join(f"({i})" for i in range(2000))))
    yield engine, run_id
    engine.dispose()


def _finish(engine, run_id: int) -> str:  # noqa: ANN001
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    with session_scope(engine) as s:
        repo.finish_run(s, run_id, "failed", {})
    with engine.connect() as conn:
        return conn.execute(text("SELECT status FROM runs WHERE id = :i"), {"i": run_id}).scalar_one()


def _interrupt(engine, where: str, held: list) -> None:  # noqa: ANN001
    from claimcheck.store.session import connection_scope

    with connection_scope(engine) as conn:
        with conn.begin():
            if where != "reading":
                conn.execute(text("INSERT INTO filler VALUES (-1)"))
            if where != "between statements":
                rows = conn.execute(text("SELECT x FROM filler"))
                rows.fetchone()  # interrupted while its rows were read: the statement stays open
                held.append(rows)  # as the traceback of a real interrupt holds it
            raise KeyboardInterrupt


@pytest.mark.parametrize("where", ["reading", "reading in a write transaction", "between statements"])
def test_an_interrupt_in_the_writers_connection_leaves_no_lock(store, where: str) -> None:
    engine, run_id = store
    held: list = []
    t0 = time.monotonic()
    with pytest.raises(KeyboardInterrupt):  # not replaced by "database is locked"
        _interrupt(engine, where, held)
    assert time.monotonic() - t0 < 1.0  # the busy timeout (1.5 s) was not waited out
    assert _finish(engine, run_id) == "failed"  # the run is marked: its write was not locked out
    held.clear()  # the traceback goes, and the interrupted statement with it
    gc.collect()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM filler WHERE x = -1")).scalar_one() == 0  # rolled back
        assert conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()[0] == 0  # no reader left on the log
