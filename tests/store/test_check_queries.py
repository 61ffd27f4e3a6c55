"""``check``'s queries, rewritten for speed (issue 13), give what the plain queries give."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.store import search
from claimcheck.store.migrate import head_fast

# invented articles: one story told with varied words, so that a query matches many sentences
TOWNS = ("Velmora", "Kavar", "Ostrel", "Dunmere", "Pell", "Harrow", "Sarn", "Tolve")


def _article(i: int) -> str:
    town = TOWNS[i % len(TOWNS)]
    return (f"Bridge report {i}\n\nThe bridge at {town} was closed on Monday after floods, officials said. "
            f"Engineers inspected the bridge at {town} for {i + 2} hours. "
            f"Residents of {town} said the river rose quickly. The bridge reopened to trucks on day {i}.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("checkq")
    folder = base / "in"
    folder.mkdir()
    for i in range(24):
        (folder / f"a{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    path = base / "c.db"
    assert api.ingest([str(folder)], str(path)).ingested == 24
    return path


def _joined(conn: sqlite3.Connection, words: list[str], limit: int) -> list[tuple[int, float]]:
    """The plain query: every match joined to its article before ranking."""
    match = " OR ".join(f'"{w}"' for w in words)
    sql = (f"SELECT f.rowid, bm25({search.INDEX}) AS r FROM {search.INDEX} f "
           "JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id "
           f"WHERE {search.INDEX} MATCH ? AND a.is_current ORDER BY r, f.rowid LIMIT ?")
    return [(sid, -r) for sid, r in conn.execute(sql, (match, limit))]


@pytest.mark.parametrize("superseded", [(), (0, 1, 2), tuple(range(0, 24, 2)), tuple(range(22))])
@pytest.mark.parametrize("limit", [1, 5, 12, 200])
def test_the_ranked_candidates_are_the_joined_querys(db: Path, tmp_path: Path, superseded: tuple[int, ...],
                                                     limit: int) -> None:
    """Ranking from the index alone, then keeping current articles' sentences, gives the plain
    query's answer, also when superseded versions fill the index's best rows (the fallback)."""
    copy = tmp_path / "c.db"
    copy.write_bytes(db.read_bytes())
    with sqlite3.connect(copy) as w:
        ids = [r[0] for r in w.execute("SELECT id FROM articles ORDER BY id")]
        w.executemany("UPDATE articles SET is_current = 0 WHERE id = ?", [(ids[i],) for i in superseded])
    conn = sqlite3.connect(copy)
    for words in (["bridge"], ["bridge", "closed", "floods"], ["river", "trucks", "velmora"], ["nothing"]):
        got = search._fts5(conn, words, [], limit)
        assert got == _joined(conn, words, limit)
        assert len(got) <= limit
    conn.close()


def test_cluster_siblings_are_the_plain_querys(db: Path) -> None:
    """The memberships found from the claims first are the ones found from the run's clusters."""
    conn = search.open_sqlite_reader(str(db), head_fast())
    assert conn is not None
    ids = [r[0] for r in conn.execute("SELECT claim_id FROM cluster_members ORDER BY claim_id")][::3]
    plain = ("SELECT m.cluster_id, m.claim_id, m.stance FROM cluster_members m WHERE m.cluster_id IN ("
             "SELECT m2.cluster_id FROM cluster_members m2 JOIN clusters c ON c.id = m2.cluster_id "
             "WHERE m2.claim_id IN (:ids) AND c.run_id = (SELECT max(run_id) FROM clusters))")
    rows = search._rows(conn, plain, {"ids": ids})
    want: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    for cid, claim_id, stance in rows:
        if claim_id in ids:
            want[claim_id] = (stance, [(c, s) for k, c, s in rows if k == cid and c != claim_id])
    assert ids and search.cluster_siblings(conn, ids) == want
    conn.close()


def test_stale_reads_the_same_fingerprint(db: Path, tmp_path: Path) -> None:
    """The reader's staleness test (count and highest id by their own statements) agrees with
    the store's: fresh after the ingest's analysis, stale once an article is added unanalysed."""
    from claimcheck.store import analysis
    from claimcheck.store.session import read_scope

    copy = tmp_path / "c.db"
    copy.write_bytes(db.read_bytes())

    def both() -> tuple[bool, bool]:
        conn = search.open_sqlite_reader(str(copy), head_fast())
        assert conn is not None
        fast = search.analysis_stale(conn)
        conn.close()
        engine = api.open_store(str(copy))
        with read_scope(engine) as s:
            slow = analysis.analysis_stale(s)
        engine.dispose()
        return fast, slow

    assert both() == (False, False)
    extra = tmp_path / "b.txt"
    extra.write_text(_article(99), encoding="utf-8")
    api.ingest([str(extra)], str(copy), analyse=False)
    assert both() == (True, True)
