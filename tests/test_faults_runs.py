"""Runs and decisions: a killed run is marked ``interrupted`` by the next command; ``actors
merge|split`` refuse names that match no actor; ``actors decisions`` lists and undoes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")



def test_a_killed_ingest_is_marked_interrupted_by_the_next_command(cc, tmp_path: Path) -> None:
    from claimcheck import api

    db = tmp_path / "r.db"
    api.open_store(str(db)).dispose()
    proc = subprocess.Popen([sys.executable, "-m", "claimcheck", "ingest", SEEDS, "--db", str(db), "-q"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill it once its run row is there
        with sqlite3.connect(db) as c:
            if c.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()[0]:
                break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT status FROM runs").fetchall() == [("running",)]
    assert cc("sources", "--db", str(db), cwd=tmp_path).returncode == 0
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT status FROM runs ORDER BY id").fetchall()[0] == ("interrupted",)


def test_a_live_run_is_left_running(tmp_path: Path) -> None:
    from claimcheck import api
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    db = str(tmp_path / "l.db")
    engine = api.open_store(db)
    with session_scope(engine) as s:
        run_id = repo.start_run(s, "ingest", "t", "t", {})
    with session_scope(api.open_store(db)) as s:  # this process is alive
        assert repo.mark_interrupted(s) == 0
    with session_scope(engine) as s:
        s.execute(repo.update(repo.Run).where(repo.Run.id == run_id).values(
            settings=json.dumps({"process": {"pid": 2**22 + 12345, "host": os.uname().nodename}})))
        assert repo.mark_interrupted(s) == 1  # no such process


@pytest.fixture(scope="module")
def seeded(cc, tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("actors")
    assert cc("ingest", SEEDS, "--db", "a.db", "-q", cwd=d).returncode == 0
    return d


def test_merge_and_split_refuse_unknown_names(cc, seeded: Path) -> None:
    from claimcheck import api
    from claimcheck.errors import NotFoundError

    db = str(seeded / "a.db")
    known = api.actors(db)[0][0]["name"]
    for action in ("merge", "split"):
        with pytest.raises(NotFoundError, match="no actor is named 'Nobody Of That Name'"):
            api.actor_decision(db, action, known, "Nobody Of That Name", "k", None)
    assert api.actor_decisions(db) == []
    proc = cc("actors", "merge", "Nobody", known, "--db", "a.db", cwd=seeded)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "no actor is named" in proc.stderr


def test_decisions_list_and_undo(cc, seeded: Path) -> None:
    from claimcheck import api
    from claimcheck.errors import NotFoundError

    db = str(seeded / "a.db")
    actors = api.actors(db)[0]
    a, b = actors[0]["name"], actors[1]["name"]
    api.actor_decision(db, "merge", a, b, "k", "test")
    listed = api.actor_decisions(db)
    assert [(d["action"], d["a"], d["b"], d["decided_by"], d["note"]) for d in listed] == [("merge", a, b, "k", "test")]
    assert len(api.actors(db)[0]) == len(actors) - 1
    table = cc("actors", "decisions", "--db", "a.db", cwd=seeded)
    assert f"{listed[0]['id']:>4}  merge" in table.stdout and "by k" in table.stdout, table.stderr
    undo = cc("actors", "decisions", "--undo", str(listed[0]["id"]), "--db", "a.db", cwd=seeded)
    assert undo.returncode == 0 and "undid decision" in undo.stdout, undo.stderr
    assert api.actor_decisions(db) == []
    assert len(api.actors(db)[0]) == len(actors)
    with pytest.raises(NotFoundError, match="no decision"):
        api.undo_actor_decision(db, listed[0]["id"])
