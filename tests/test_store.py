"""The store on SQLite and PostgreSQL: round trip, constraints, pragmas, 64-bit keys, stable
uids and one transaction per article."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from claimcheck import api
from claimcheck.errors import StoreError
from claimcheck.ingest.pipeline import build, content_hash
from claimcheck.ingest.readers import RawDocument
from claimcheck.model import (
    ArticleMeta,
    Attribution,
    Claim,
    Extraction,
    Line,
    MetaValue,
    Sentence,
    Source,
    Span,
)
from claimcheck.store import repo
from claimcheck.store.models import Article, Run, SentenceRow
from claimcheck.store.session import session_scope

TEXT = ("Harbour reopens the northern pier\n\n"
        "The pier reopened on Monday, the harbour master said. \u201cWe are ready,\u201d "
        "Anna Berg told Radio North. Officials denied any delay.\n")


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    eng = api.open_store(db_url)
    yield eng
    eng.dispose()


def span(sub: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(sub, start + 1)
    return Span(start, start + len(sub), sub)


def made_up_extraction(doc_id: str = "pier.txt", text: str = TEXT) -> Extraction:
    """An extraction with every kind of value filled in, independent of the parsers."""
    title_end = text.index("\n")
    body_start = title_end + 2
    s1_end = text.index("said.") + 5
    s2_start = text.index("\u201cWe")
    s2_end = text.index("North.") + 6
    s3_start = text.index("Officials")
    meta = ArticleMeta(
        title=MetaValue(text[:title_end], "text", text[:title_end], (0, title_end)),
        outlet=MetaValue("Harbour Times", "option", "Harbour Times"),
        published=MetaValue(dt.date(2019, 3, 4), "sidecar", "4 March 2019"),
        published_precision="day",
        language=MetaValue("en", "detected"),
        url=MetaValue("https://example.org/pier", "record", "https://example.org/pier"),
    )
    lines = (Line(0, title_end, "title", "headline"), Line(body_start, len(text) - 1, "body"))
    sentences = (Sentence(0, title_end, 0), Sentence(body_start, s1_end, 1),
                 Sentence(s2_start, s2_end, 1), Sentence(s3_start, len(text) - 1, 1))
    attributions = (
        Attribution(Source(span("the harbour master"), "named", "person"), span("said"), "assert",
                    span("The pier reopened on Monday"), sentence=1),
        Attribution(Source(span("Anna Berg"), "named", "person", actor="Anna Berg"), span("told"), "assert",
                    span("We are ready,"), direct_quote=True, via=(span("Radio North"),), sentence=2),
        Attribution(Source(span("Officials"), "anonymous", "group"), span("denied"), "deny",
                    span("any delay"), sentence=3),
    )
    claims = (Claim(span("The pier reopened on Monday"), 0, sentence=1, actors=("harbour",), action="reopen"),
              Claim(span("any delay"), 2, sentence=3, polarity="negative"))
    return Extraction(doc_id, text, meta, lines, sentences, attributions, claims, content_hash(text), "utf-8")


def store(engine: Engine, ex: Extraction, version: str = "test+1") -> str:
    with session_scope(engine) as s:
        run_id = repo.start_run(s, "ingest", "0", version, {})
    with session_scope(engine) as s:
        return repo.store_extraction(s, ex, run_id, version)


def rows(engine: Engine, sql: str, **params: object) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def test_round_trip_of_an_extraction(engine: Engine) -> None:
    ex = made_up_extraction()
    assert store(engine, ex) == "ingested"
    [(aid, stored, title, outlet, pub, raw, prec, lang, url, n_chars, uid_)] = rows(
        engine, "SELECT id, text, title, outlet, published, published_raw, published_precision, language, url, "
                "n_chars, uid FROM articles")
    assert stored == TEXT
    assert (title, outlet, str(pub), raw, prec, lang, url) == (
        "Harbour reopens the northern pier", "Harbour Times", "2019-03-04", "4 March 2019", "day", "en",
        "https://example.org/pier")
    assert n_chars == len(TEXT)
    assert uid_ == repo.uid("a", ex.content_hash)
    meta = {r[0]: r[1:] for r in rows(engine, "SELECT field, value, origin, raw, start, \"end\" FROM article_metadata")}
    assert meta["title"] == ("Harbour reopens the northern pier", "text", "Harbour reopens the northern pier", 0, 33)
    assert meta["outlet"][:2] == ("Harbour Times", "option")
    assert meta["published"][:3] == ("2019-03-04", "sidecar", "4 March 2019")
    assert meta["url"][:2] == ("https://example.org/pier", "record")
    assert meta["language"] == ("en", "detected", None, None, None)
    lines = rows(engine, "SELECT idx, start, \"end\", role, reason FROM article_lines ORDER BY idx")
    assert [(s, e, r) for _, s, e, r, _ in lines] == [(ln.start, ln.end, ln.role) for ln in ex.lines]
    sents = rows(engine, "SELECT start, \"end\", line_idx, boilerplate FROM sentences ORDER BY idx")
    assert [(s, e, p, bool(b)) for s, e, p, b in sents] == [(s.start, s.end, s.paragraph, s.boilerplate)
                                                            for s in ex.sentences]
    atts = rows(engine, "SELECT idx, source_text, source_start, source_end, source_kind, cue_text, cue_start, "
                        "cue_end, act, content_text, content_start, content_end, direct_quote, sentence_idx, "
                        "article_id FROM attributions ORDER BY idx")
    assert len(atts) == 3
    for row, a in zip(atts, ex.attributions):
        assert row[1:5] == (a.source.span.text, a.source.span.start, a.source.span.end, a.source.kind)
        assert row[5:9] == (a.cue.text, a.cue.start, a.cue.end, a.act)
        assert row[9:12] == (a.content.text, a.content.start, a.content.end)
        assert (bool(row[12]), row[13], row[14]) == (a.direct_quote, a.sentence, aid)
        for t, s, e in (row[1:4], (row[5], row[6], row[7]), row[9:12]):
            assert stored[s:e] == t
    [(via_text, vs, ve, pos)] = rows(engine, "SELECT text, start, \"end\", position FROM attribution_via")
    assert (via_text, stored[vs:ve], pos) == ("Radio North", "Radio North", 0)
    claims = rows(engine, "SELECT c.text, c.start, c.\"end\", a.idx, c.polarity, c.actors, c.action "
                          "FROM claims c LEFT JOIN attributions a ON a.id = c.attribution_id ORDER BY c.idx")
    assert [(t, stored[s:e], i, p) for t, s, e, i, p, _, _ in claims] == [
        ("The pier reopened on Monday", "The pier reopened on Monday", 0, "positive"),
        ("any delay", "any delay", 2, "negative")]
    assert json.loads(claims[0][5]) == ["harbour"] and claims[0][6] == "reopen"
    sources = {r[0]: r[1] for r in rows(engine, "SELECT name, kind FROM sources WHERE type != 'outlet'")}
    assert sources == {"the harbour master": "named", "Anna Berg": "named", "Officials": "anonymous"}
    # the outlet is a source of what it states in its own voice
    assert rows(engine, "SELECT name, kind FROM sources WHERE type = 'outlet'") == [("Harbour Times", "named")]


def test_storing_the_same_extraction_twice_adds_nothing(engine: Engine) -> None:
    ex = made_up_extraction()
    assert store(engine, ex) == "ingested"
    before = rows(engine, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM attributions), "
                          "(SELECT count(*) FROM claims), (SELECT count(*) FROM sentences)")
    assert store(engine, ex) == "unchanged"
    assert rows(engine, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM attributions), "
                        "(SELECT count(*) FROM claims), (SELECT count(*) FROM sentences)") == before


def test_new_extractor_version_reparses_known_text(engine: Engine) -> None:
    ex = made_up_extraction()
    store(engine, ex, "v1")
    assert store(engine, ex, "v2") == "reparsed"
    assert rows(engine, "SELECT count(*) FROM articles") == [(1,)]
    versions = rows(engine, "SELECT extractor_version, count(*) FROM attributions GROUP BY extractor_version "
                            "ORDER BY extractor_version")
    assert versions == [("v1", 3), ("v2", 3)]


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with pytest.raises(IntegrityError):
        with session_scope(engine) as s:
            s.execute(insert(SentenceRow).values(article_id=987654, idx=0, start=0, end=1, line_idx=0,
                                                 boilerplate=False))
    assert rows(engine, "SELECT count(*) FROM sentences") == [(0,)]


def test_deleting_an_article_cascades(engine: Engine) -> None:
    store(engine, made_up_extraction())
    with session_scope(engine) as s:
        s.execute(text("DELETE FROM articles"))
    for table in ("article_metadata", "article_lines", "sentences", "attributions", "attribution_via", "claims"):
        assert rows(engine, f"SELECT count(*) FROM {table}") == [(0,)], table


def test_sqlite_pragmas(sqlite_url: str) -> None:
    engine = api.open_store(sqlite_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        engine.dispose()


def test_id_columns_are_64_bit(engine: Engine) -> None:
    insp = inspect(engine)
    # the full-text index (an FTS5 virtual table and its shadow tables) is keyed by rowid, not id
    tables = [t for t in insp.get_table_names() if t != "alembic_version" and not t.startswith("sentences_fts")]
    assert len(tables) >= 10
    for table in tables:
        cols = {c["name"]: c for c in insp.get_columns(table)}
        typ = str(cols["id"]["type"]).upper()
        if engine.dialect.name == "postgresql":
            assert typ == "BIGINT", (table, typ)
            for name, col in cols.items():  # foreign keys to 64-bit ids are 64-bit too
                if name.endswith("_id"):
                    assert str(col["type"]).upper() == "BIGINT", (table, name, col["type"])
        else:
            assert typ == "INTEGER", (table, typ)  # the rowid alias: 64-bit and autoincrementing
    # an id past 2**31 round-trips and the next one still autoincrements
    big = 2**40
    with session_scope(engine) as s:
        s.execute(insert(Run).values(id=big, kind="ingest", tool_version="0", extractor_version="x", settings="{}"))
        if engine.dialect.name == "postgresql":
            s.execute(text("SELECT setval(pg_get_serial_sequence('runs', 'id'), :v)"), {"v": big})
        nxt = repo.start_run(s, "ingest", "0", "x", {})
    assert nxt == big + 1
    assert rows(engine, "SELECT id FROM runs ORDER BY id") == [(big,), (big + 1,)]


def test_uids_are_stable_across_fresh_databases(db_url: str, tmp_path: Path, seeds_dir: Path) -> None:
    other = f"sqlite:///{tmp_path / 'other.db'}"

    def uids(url: str) -> dict[str, list[str]]:
        api.ingest([str(seeds_dir)], url, analyse=False)
        eng = api.open_store(url)
        try:
            return {t: [r[0] for r in rows(eng, f"SELECT uid FROM {t} ORDER BY uid")]
                    for t in ("articles", "attributions", "claims", "sources")}
        finally:
            eng.dispose()

    first, second = uids(db_url), uids(other)
    assert first == second
    assert len(first["articles"]) == 5
    assert len(set(first["articles"])) == 5


def test_failure_mid_article_leaves_nothing(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(repo, "_store_parse", boom)
    with pytest.raises(RuntimeError):
        store(engine, made_up_extraction())
    for table in ("articles", "article_metadata", "article_lines", "sentences", "attributions", "claims"):
        assert rows(engine, f"SELECT count(*) FROM {table}") == [(0,)], table


def test_failed_article_in_a_batch_is_skipped_and_others_kept(db_url: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for name, word in (("a", "northern"), ("b", "southern"), ("c", "eastern")):
        (tmp_path / f"{name}.txt").write_text(f"Harbour reopens the {word} pier\n\nThe {word} pier reopened "
                                              "on Monday, officials said.\n", encoding="utf-8")
    real = repo._store_parse

    def flaky(session, article_id, ex, version, *more):  # noqa: ANN001, ANN202
        if "southern" in ex.text:
            raise StoreError("simulated write failure")
        return real(session, article_id, ex, version, *more)

    monkeypatch.setattr(repo, "_store_parse", flaky)
    summary = api.ingest([str(tmp_path)], db_url, analyse=False)
    assert summary.ingested == 2
    assert summary.skipped == [(str(tmp_path / "b.txt"), "simulated write failure")]
    engine = api.open_store(db_url)
    try:
        keys = [r[0] for r in rows(engine, "SELECT doc_key FROM articles ORDER BY doc_key")]
        assert keys == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]
        assert rows(engine, "SELECT count(*) FROM sentences s JOIN articles a ON a.id = s.article_id "
                            "WHERE a.text LIKE '%southern%'") == [(0,)]
    finally:
        engine.dispose()


def test_crash_marks_the_run_failed(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Harbour reopens\n\nThe pier reopened on Monday, officials said.\n",
                                    encoding="utf-8")

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(repo, "_store_parse", boom)
    with pytest.raises(RuntimeError):
        api.ingest([str(tmp_path)], db_url, analyse=False)
    engine = api.open_store(db_url)
    try:
        assert rows(engine, "SELECT status FROM runs") == [("failed",)]
        assert rows(engine, "SELECT count(*) FROM articles") == [(0,)]
    finally:
        engine.dispose()


def test_seed_extraction_round_trip_through_the_pipeline(engine: Engine, seeds_dir: Path) -> None:
    path = next(seeds_dir.glob("002_*.txt"))
    ex = build(RawDocument(str(path), path.read_text(encoding="utf-8"), "file", path=str(path)))
    store(engine, ex)
    with session_scope(engine) as s:
        art = s.execute(select(Article)).scalar_one()
        assert art.text == ex.text and art.content_hash == ex.content_hash
        assert art.title == ex.meta.value("title")
        n = s.execute(select(SentenceRow).where(SentenceRow.article_id == art.id)).scalars().all()
        assert len(n) == len(ex.sentences)
    stored = rows(engine, "SELECT cue_text, cue_start, cue_end, content_text, content_start, content_end "
                          "FROM attributions ORDER BY idx")
    assert len(stored) == len(ex.attributions)
    for cue, cs, ce, content, ts, te in stored:
        assert ex.text[cs:ce] == cue and ex.text[ts:te] == content
