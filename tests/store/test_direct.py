"""An ingest's per-article statements sent to SQLite's driver (``store.direct``) write the rows
that the SQLAlchemy statements write: versions, a text changed back, a duplicate under another
name, sources and attributions; an article stored meanwhile by another ingest is a duplicate."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.lexicons import load_lexicons
from claimcheck.ingest.readers import read_documents
from claimcheck.ingest.work import parse_document
from claimcheck.store import bulk, direct

STORY = ("Harbour talks stall in {town}\n\nBy Ann Other\n\nMarch {day}, 2024\n\n"
         "The {town} port authority said on Monday that the talks with the dock workers had stalled. "
         "\"We will not sign this contract,\" a union official told reporters, speaking on condition of "
         "anonymity. The mayor denied that the city had cut the port's budget.\n")
_TIMES = {"ingested_at", "started_at", "finished_at", "settings", "summary", "decided_at"}


def write_feed(folder: Path) -> list[str]:
    """Files and records that take every path of ``repo.store_extraction``: new articles, a new
    version, a text changed back to an earlier one, a duplicate text under another name, a
    text again under its own name; returns the paths to ingest, in order."""
    folder.mkdir()
    texts = {t: STORY.format(town=t, day=d) for t, d in (("Velmora", 3), ("Kavar", 4), ("Ostrel", 5))}
    for town, text in texts.items():
        (folder / f"{town}.txt").write_text(text, encoding="utf-8")
    records = [("r1", texts["Velmora"].replace("Monday", "Tuesday")), ("r1", texts["Velmora"].replace("Monday", "Friday")),
               ("r1", texts["Velmora"].replace("Monday", "Tuesday")), ("dup", texts["Kavar"]), ("r1", texts["Kavar"])]
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in records), encoding="utf-8")
    return [str(folder / f"{t}.txt") for t in texts] + [str(feed)]


def tables(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows in id order, timestamps and run settings aside."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"):
            cols = [r[1] for r in con.execute(f"PRAGMA table_info('{name}')") if r[1] not in _TIMES]
            out[name] = con.execute(f"SELECT {', '.join(repr(c) for c in cols)} FROM {name} ORDER BY rowid").fetchall()
        out["fts"] = con.execute("SELECT rowid, text FROM sentences_fts ORDER BY rowid").fetchall()
        return out
    finally:
        con.close()


def test_the_driver_statements_write_the_rows_of_the_sqlalchemy_ones(
        tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [str(seeds_dir), *write_feed(tmp_path / "news")]
    monkeypatch.setattr(bulk, "BATCH_ARTICLES", 3)  # versions and duplicates across and within batches
    fast = api.ingest(paths, str(tmp_path / "fast.db"), workers=1)
    calls: list[object] = []
    real = direct.statements

    def count(conn: object) -> object:
        calls.append(real(conn))  # type: ignore[arg-type]
        return None

    monkeypatch.setattr(direct, "statements", count)
    slow = api.ingest(paths, str(tmp_path / "slow.db"), workers=1)
    assert calls and all(c is not None for c in calls)  # the SQLite fast path was on offer, and refused
    assert (fast.ingested, fast.new_versions, fast.unchanged) == (slow.ingested, slow.new_versions, slow.unchanged)
    assert fast.new_versions >= 2 and fast.unchanged >= 1
    a, b = tables(tmp_path / "fast.db"), tables(tmp_path / "slow.db")
    assert a["articles"] and a["attributions"] and a["sources"] and a["claims"] and a["fts"]
    assert a == b
    assert stamp_shapes(tmp_path / "fast.db") == stamp_shapes(tmp_path / "slow.db") == {"0000-00-00 00:00:00.000000"}


def stamp_shapes(path: Path) -> set[str]:
    """The shapes of the articles' ``ingested_at`` as stored (digits as 0): the same type, bound the same way."""
    con = sqlite3.connect(path)
    try:
        return {re.sub(r"\d", "0", v) for (v,) in con.execute("SELECT ingested_at FROM articles")}
    finally:
        con.close()


def test_an_article_stored_meanwhile_is_a_duplicate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.store.session import connection_scope

    paths = write_feed(tmp_path / "news")[:1]
    lex = load_lexicons()
    ex = parse_document(next(iter(read_documents(paths, 1 << 20, None, lexicons=lex))), None, lex)
    api.ingest(paths, str(tmp_path / "x.db"), workers=1, analyse=False)
    # another ingest stored the text after this one looked: the check finds nothing, the insert fails
    monkeypatch.setattr(direct.SqliteStatements, "by_hash", lambda self, h: None)
    engine = api.open_store(str(tmp_path / "x.db"))
    try:
        with connection_scope(engine) as conn:
            written = bulk.write_batch(conn, [ex], 1, "0.0.0+test")
    finally:
        engine.dispose()
    assert [w.outcome for w in written] == ["unchanged"]
    assert len(tables(tmp_path / "x.db")["articles"]) == 1
