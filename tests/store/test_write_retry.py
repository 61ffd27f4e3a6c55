"""A write the database server aborted for another writer's sake (a deadlock between two
concurrent batches, a serialization failure) is written again, not reported as a bug."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError


class _Orig(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


def _error(sqlstate: str) -> DBAPIError:
    return DBAPIError("INSERT ...", {}, _Orig(sqlstate))


@pytest.mark.parametrize(("sqlstate", "retried"), [("40P01", True), ("40001", True), ("23505", False),
                                                   ("42P01", False)])
def test_write_one_writes_again_after_a_deadlock_only(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                      sqlstate: str, retried: bool) -> None:
    from claimcheck import api
    from claimcheck.store import bulk, repo

    engine = api.open_store(sqlite_url)
    calls: list[int] = []

    def flaky(conn: Any, ex: Any, run_id: int, version: str) -> str:
        calls.append(1)
        if len(calls) == 1:
            raise _error(sqlstate)
        return "ingested"

    monkeypatch.setattr(repo, "store_extraction", flaky)
    with engine.connect() as conn:
        if retried:
            assert bulk.write_one(conn, object(), 1, "v").outcome == "ingested"  # type: ignore[arg-type]
            assert len(calls) == 2
        else:
            with pytest.raises(DBAPIError):
                bulk.write_one(conn, object(), 1, "v")  # type: ignore[arg-type]
            assert len(calls) == 1
    engine.dispose()
