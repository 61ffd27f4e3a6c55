"""The PostgreSQL bulk path (``store.pg_bulk``: psycopg statements, ``COPY`` of child rows)
writes the rows of the SQLAlchemy path: the seeds and a feed of versions and duplicates are
ingested and cross-referenced both ways and every table is compared, row by row.  A batch that
the database refuses part of (a poisoned article) is written again one article at a time: the
poisoned article is skipped alone, with nothing of it stored, and the rest goes in.

PostgreSQL only: these tests run when ``CLAIMCHECK_TEST_PG_URL`` is set (``.ci/run`` sets it).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from claimcheck import api
from claimcheck.ingest.pipeline import build
from claimcheck.ingest.readers import RawDocument
from claimcheck.lexicons import load_lexicons
from claimcheck.store import bulk, direct, pg_bulk, repo

pytestmark = pytest.mark.postgres

_TIMES = {"ingested_at", "started_at", "finished_at", "settings", "summary", "decided_at"}
STORY = ("{place} council approves the new {thing}\n\nBy Ann Other\n\n"
         "The {place} council approved the new {thing} on Tuesday, officials said. "
         "\"We will open it in May,\" the mayor told reporters. "
         "Residents said the {thing} would cost more than planned.\n")


@pytest.fixture
def pg(pg_empty: str) -> str:
    """The empty PostgreSQL test database (the suite's ``pg_empty``)."""
    return pg_empty


def write_feed(folder: Path) -> list[str]:
    """Files and records that take every path of ``repo.store_extraction``: new articles, a new
    version, a text changed back to an earlier one, a duplicate text under another name, a
    text again under its own name; the paths to ingest, in order."""
    folder.mkdir()
    texts = {p: STORY.format(place=p, thing=t) for p, t in (("Velmora", "pier"), ("Kavar", "bridge"),
                                                            ("Ostrel", "school"))}
    for place, body in texts.items():
        (folder / f"{place}.txt").write_text(body, encoding="utf-8")
    v = texts["Velmora"]
    records = [("r1", v.replace("Tuesday", "Monday")), ("r1", v.replace("Tuesday", "Friday")),
               ("r1", v.replace("Tuesday", "Monday")), ("dup", texts["Kavar"]), ("r1", texts["Kavar"])]
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in records), encoding="utf-8")
    return [str(folder / f"{p}.txt") for p in texts] + [str(feed)]


def tables(url: str) -> dict[str, list[tuple]]:
    """Every table of the public schema in id order (the search index by sentence, its
    ``tsvector`` as text), timestamps and run settings aside."""
    engine = api.open_store(url)
    try:
        with engine.connect() as conn:
            names = [r[0] for r in conn.execute(text(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                "AND table_type = 'BASE TABLE' ORDER BY table_name"))]
            out = {}
            for name in names:
                cols = [r[0] for r in conn.execute(text(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                    "AND table_name = :t ORDER BY ordinal_position"), {"t": name}) if r[0] not in _TIMES]
                key = "id" if "id" in cols else cols[0]
                select = ", ".join(f'"{c}"::text' if c == "tsv" else f'"{c}"' for c in cols)
                out[name] = [tuple(r) for r in conn.execute(text(f'SELECT {select} FROM {name} ORDER BY "{key}"'))]
            return out
    finally:
        engine.dispose()


def test_the_bulk_path_writes_the_rows_of_the_sqlalchemy_path(
        pg: str, pg_reset, tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    paths = [str(seeds_dir), *write_feed(tmp_path / "news")]
    monkeypatch.setattr(bulk, "BATCH_ARTICLES", 3)  # versions and duplicates across and within batches
    used: list[str] = []
    real_copy = pg_bulk.PgStatements.copy

    def copy(self, table, rows):  # noqa: ANN001, ANN202
        used.append(table.name)
        return real_copy(self, table, rows)

    monkeypatch.setattr(pg_bulk.PgStatements, "copy", copy)
    fast = api.ingest(paths, pg, workers=1)
    fast_tables = tables(pg)
    assert {"article_metadata", "article_lines", "sentences", "claims", "cluster_members"} <= set(used)

    pg_reset(pg)
    offered: list[object] = []
    real = direct.statements

    def refuse(conn: object) -> object:
        offered.append(real(conn))  # type: ignore[arg-type]
        return None

    monkeypatch.setattr(direct, "statements", refuse)
    slow = api.ingest(paths, pg, workers=1)
    slow_tables = tables(pg)
    assert offered and all(isinstance(o, pg_bulk.PgStatements) for o in offered)  # offered, and refused
    assert (fast.ingested, fast.new_versions, fast.unchanged) == (slow.ingested, slow.new_versions, slow.unchanged)
    assert fast.new_versions >= 2 and fast.unchanged >= 1
    for name in ("articles", "article_metadata", "article_lines", "sentences", "sentences_fts", "sources",
                 "attributions", "attribution_via", "claims", "clusters", "cluster_members", "source_grades",
                 "actors", "actor_aliases"):
        assert fast_tables[name], name  # every table the comparison is about holds rows
    assert fast_tables.keys() == slow_tables.keys()
    for name in fast_tables:
        assert fast_tables[name] == slow_tables[name], name


def _extractions(n: int) -> list:
    lexicons = load_lexicons()
    places = ("Aford", "Bford", "Cford", "Dford", "Eford")[:n]
    return [build(RawDocument(f"d{i}", STORY.format(place=p, thing="pier"), "record"), lexicons=lexicons)
            for i, p in enumerate(places)]


def _poison_claim(ex):  # noqa: ANN001, ANN202 - a claim the database refuses (modality longer than its column)
    assert ex.claims
    return dataclasses.replace(ex, claims=(dataclasses.replace(ex.claims[0], modality="m" * 40), *ex.claims[1:]))


def _poison_attribution(ex):  # noqa: ANN001, ANN202 - an attribution the database refuses (act too long)
    assert ex.attributions
    first = dataclasses.replace(ex.attributions[0], act="a" * 40)
    return dataclasses.replace(ex, attributions=(first, *ex.attributions[1:]))


@pytest.mark.parametrize("poison", [_poison_claim, _poison_attribution], ids=["copy", "executemany"])
@pytest.mark.parametrize("path", ["bulk", "sqlalchemy"])
def test_a_poisoned_article_is_skipped_alone_and_nothing_of_it_is_written(
        pg: str, poison, path: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from claimcheck.parse import extractor_version
    from claimcheck.store.session import session_scope

    if path == "sqlalchemy":
        monkeypatch.setattr(direct, "statements", lambda conn: None)
    exs = _extractions(5)
    exs[2] = poison(exs[2])
    engine = api.open_store(pg)
    version = extractor_version()
    tried: list[str] = []
    real = repo.store_extraction

    def store(conn, ex, *rest):  # noqa: ANN001, ANN002, ANN202
        tried.append(ex.id)
        return real(conn, ex, *rest)

    monkeypatch.setattr(repo, "store_extraction", store)
    try:
        with session_scope(engine) as s:
            run_id = repo.start_run(s, "ingest", "test", version, {})
        with engine.connect() as conn:
            written = bulk.write_batch(conn, exs, run_id, version)
        assert [w.outcome for w in written] == ["ingested", "ingested", "skipped", "ingested", "ingested"]
        assert written[2].reason.startswith("d2: the database refused it")
        # tried in the batch up to the failure (the claims go in at the batch's end), then one by one
        first = 5 if poison is _poison_claim else 3
        assert tried == ["d0", "d1", "d2", "d3", "d4"][:first] + ["d0", "d1", "d2", "d3", "d4"]
        with engine.connect() as conn:
            keys = [r[0] for r in conn.execute(text("SELECT doc_key FROM articles ORDER BY doc_key"))]
            assert keys == ["d0", "d1", "d3", "d4"]
            for table in ("article_metadata", "article_lines", "sentences", "attributions", "claims"):
                orphans = conn.execute(text(f"SELECT count(*) FROM {table} x WHERE NOT EXISTS "
                                            "(SELECT 1 FROM articles a WHERE a.id = x.article_id)")).scalar()
                missing = conn.execute(text(f"SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                            f"(SELECT 1 FROM {table} x WHERE x.article_id = a.id)")).scalar()
                assert (orphans, missing) == (0, 0), table
            assert conn.execute(text("SELECT count(*) FROM sources s WHERE NOT EXISTS "
                                     "(SELECT 1 FROM attributions t WHERE t.source_id = s.id) "
                                     "AND s.type <> 'outlet'")).scalar() == 0
    finally:
        engine.dispose()
