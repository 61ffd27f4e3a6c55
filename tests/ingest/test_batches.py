"""Ingest by batches and with a pool of parsing processes: the same store as one article per
transaction in one process; a failed batch is written again article by article.  Work done
beside the main process (``ingest.work.Aside``): the copies among the articles found in another
process while the actor index is built give the analysis of one process; a process that fails
leaves the work to the caller."""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from claimcheck import api
from claimcheck.api import analysing
from claimcheck.errors import StoreError
from claimcheck.ingest import work
from claimcheck.ingest.readers import RawDocument, Skip, read_documents
from claimcheck.lexicons import load_lexicons
from claimcheck.store import bulk, repo
from claimcheck.xref import origins

STORY = ("{place} council approves the new {thing}\n\nBy Ann Other\n\n"
         "The {place} council approved the new {thing} on Tuesday, officials said. "
         "\"We will open it in {month},\" the mayor told reporters. "
         "Residents said the {thing} would cost more than planned.\n")


def write_corpus(folder: Path) -> None:
    """Twelve made-up articles, one of them twice under another name, and a JSONL file whose
    second record changes the text of the first (a new version within one batch)."""
    folder.mkdir()
    places = ("Northvale", "Eastport", "Westmoor", "Southby", "Lakeside", "Hillcrest")
    things = ("library", "bridge")
    for i, (place, thing) in enumerate((p, t) for p in places for t in things):
        (folder / f"{i:02d}.txt").write_text(STORY.format(place=place, thing=thing, month="May"), encoding="utf-8")
    (folder / "99_copy.txt").write_text(STORY.format(place="Eastport", thing="bridge", month="May"),
                                        encoding="utf-8")
    first = STORY.format(place="Riverton", thing="school", month="June").replace("\n", "\\n").replace('"', '\\"')
    second = first.replace("June", "July")
    (folder / "feed.jsonl").write_text(f'{{"id": "r1", "text": "{first}"}}\n{{"id": "r1", "text": "{second}"}}\n'
                                       '{"id": "bad", "text": ""}\n', encoding="utf-8")


def dump(url: str) -> dict[str, list[tuple]]:
    """Every table's content that ingest and analysis write, by stable keys (no row ids)."""
    engine = api.open_store(url)
    queries = {
        "articles": "SELECT uid, doc_key, version, is_current, title, outlet, published, n_words, "
                    "(SELECT uid FROM articles p WHERE p.id = a.supersedes_id) FROM articles a ORDER BY uid",
        "metadata": "SELECT a.uid, m.field, m.value, m.origin FROM article_metadata m "
                    "JOIN articles a ON a.id = m.article_id ORDER BY 1, 2",
        "lines": "SELECT a.uid, l.idx, l.start, l.\"end\", l.role FROM article_lines l "
                 "JOIN articles a ON a.id = l.article_id ORDER BY 1, 2",
        "sentences": "SELECT a.uid, s.idx, s.start, s.\"end\", s.boilerplate FROM sentences s "
                     "JOIN articles a ON a.id = s.article_id ORDER BY 1, 2",
        "attributions": "SELECT t.uid, s.uid, t.cue_text, t.content_text, t.act FROM attributions t "
                        "LEFT JOIN sources s ON s.id = t.source_id ORDER BY 1",
        "claims": "SELECT c.uid, t.uid, c.text, c.actors, c.action FROM claims c "
                  "LEFT JOIN attributions t ON t.id = c.attribution_id ORDER BY 1",
        "sources": "SELECT uid, name, kind, type FROM sources ORDER BY uid",
        "clusters": "SELECT uid, status, credibility, n_articles, article_uids FROM clusters ORDER BY uid",
        "members": "SELECT k.uid, c.uid, m.stance, m.origin_key FROM cluster_members m "
                   "JOIN clusters k ON k.id = m.cluster_id JOIN claims c ON c.id = m.claim_id ORDER BY 1, 2",
    }
    try:
        with engine.connect() as conn:
            return {name: [tuple(r) for r in conn.execute(text(q))] for name, q in queries.items()}
    finally:
        engine.dispose()


def test_two_workers_and_small_batches_give_the_store_of_one_process(
        tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path / "news")
    paths = [str(seeds_dir), str(tmp_path / "news")]
    one = api.ingest(paths, f"sqlite:///{tmp_path / 'one.db'}", workers=1)

    pids = tmp_path / "pids"
    real_init = work._init_worker

    def init(*args: object) -> None:
        with pids.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        real_init(*args)

    monkeypatch.setattr(work, "_init_worker", init)
    monkeypatch.setattr(work, "POOL_MIN_DOCS", 2)
    monkeypatch.setattr(bulk, "BATCH_ARTICLES", 4)
    many = api.ingest(paths, f"sqlite:///{tmp_path / 'many.db'}", workers=2)

    workers = set(pids.read_text().split())
    assert len(workers) == 2 and str(os.getpid()) not in workers  # the parsing did run in two other processes
    assert (many.ingested, many.new_versions, many.unchanged) == (one.ingested, one.new_versions, one.unchanged)
    assert (one.ingested, one.new_versions, one.unchanged) == (5 + 12 + 1, 1, 1)
    assert many.skipped == one.skipped and [r for r, _ in one.skipped] == [f"{tmp_path / 'news' / 'feed.jsonl'}:3"]
    assert many.notes == one.notes
    first, second = dump(f"sqlite:///{tmp_path / 'one.db'}"), dump(f"sqlite:///{tmp_path / 'many.db'}")
    assert first["claims"] and first["clusters"] and first["members"]
    assert first == second


def test_a_failed_batch_is_written_again_one_article_at_a_time(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path / "news")
    real = repo._store_parse
    calls: list[str] = []

    def flaky(session, article_id, ex, *rest):  # noqa: ANN001, ANN002, ANN202
        calls.append(ex.id)
        if "Southby council approves the new bridge" in ex.text:
            raise StoreError("simulated write failure")
        return real(session, article_id, ex, *rest)

    monkeypatch.setattr(repo, "_store_parse", flaky)
    summary = api.ingest([str(tmp_path / "news")], db_url, analyse=False, workers=1)
    bad = str(tmp_path / "news" / "07.txt")
    assert (bad, "simulated write failure") in summary.skipped
    assert summary.ingested == 12 - 1 + 1 and summary.new_versions == 1
    assert calls.count(bad) == 2  # once in the batch, once alone
    # the batch was tried whole up to the failure, rolled back, then written one article at a time
    assert calls.count(str(tmp_path / "news" / "00.txt")) == 2
    assert calls.count(str(tmp_path / "news" / "08.txt")) == 1
    engine = api.open_store(db_url)
    try:
        with engine.connect() as conn:
            keys = [r[0] for r in conn.execute(text("SELECT doc_key FROM articles ORDER BY doc_key"))]
            assert bad not in keys and len(keys) == 13
            assert conn.execute(text("SELECT count(*) FROM sentences s JOIN articles a ON a.id = s.article_id "
                                     "WHERE a.text LIKE '%Southby council approves the new bridge%'")).scalar() == 0
            # every article written has all its rows: lines, sentences and claims
            for table in ("article_lines", "sentences", "claims"):
                orphans = conn.execute(text(f"SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                            f"(SELECT 1 FROM {table} x WHERE x.article_id = a.id)")).scalar()
                assert orphans == 0, table
    finally:
        engine.dispose()


def test_write_batch_returns_each_outcome_in_order(sqlite_url: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.ingest.pipeline import build
    from claimcheck.parse import extractor_version
    from claimcheck.store.session import session_scope

    lexicons = load_lexicons()
    texts = [STORY.format(place=p, thing="pier", month="May") for p in ("Aford", "Bford", "Cford")]
    exs = [build(RawDocument(f"d{i}", t, "record"), lexicons=lexicons) for i, t in enumerate(texts)]
    exs.append(build(RawDocument("d0-copy", texts[0], "record"), lexicons=lexicons))
    engine = api.open_store(sqlite_url)
    version = extractor_version(lexicons)
    try:
        with session_scope(engine) as s:
            run_id = repo.start_run(s, "ingest", "test", version, {})
        with engine.connect() as conn:
            got = bulk.write_batch(conn, exs, run_id, version)
            assert [w.outcome for w in got] == ["ingested", "ingested", "ingested", "unchanged"]
            assert bulk.write_batch(conn, exs[:2], run_id, version) == [bulk.Written("unchanged")] * 2
            with conn.begin():
                assert bulk.already_stored_many(conn, [(e.content_hash, e.id) for e in exs] + [("0" * 64, "x")],
                                                version) == [True, True, True, True, False]
            assert repo.PENDING_ROWS not in conn.info
    finally:
        engine.dispose()


def test_the_per_article_function_takes_bytes_and_gives_picklable_rows() -> None:
    data = STORY.format(place="Greenfield", thing="museum", month="March").encode("utf-8")
    ex = work.parse_bytes("g1", data, {"outlet": "The Greenfield Post", "published": "2024-03-02"})
    assert not isinstance(ex, Skip)
    assert ex.meta.value("outlet") == "The Greenfield Post" and ex.claims
    assert pickle.loads(pickle.dumps(ex)) == ex
    bad = work.parse_bytes("g2", b"\xff\xfe\x00\x00garbage\x00", {})
    assert isinstance(bad, Skip) and bad.ref == "g2"
    # a record's bad date costs the date, not the article (stop 23): a warning says so
    g3 = work.parse_bytes("g3", data, {"published": "not a date at all"})
    assert not isinstance(g3, Skip)
    assert g3.meta.published is None or g3.meta.published.origin == "text"
    assert any(w.startswith("warning: published 'not a date at all'") for w in g3.warnings)


def test_a_worker_s_result_comes_back_equal(seeds_dir: Path) -> None:
    lex = load_lexicons()
    docs = list(read_documents([str(seeds_dir)], 1 << 24, None, lexicons=lex))
    results = [work.parse_document(d, None, lex) for d in docs] + [Skip("x.txt", "not UTF-8 text")]
    assert any(r.claims and r.attributions and r.meta.published for r in results if not isinstance(r, Skip))
    for r in results:
        back = work.unpack(work.pack(r))
        assert back == r and type(back) is type(r)
    assert len(work.pack(results[0])) < len(pickle.dumps(results[0]))  # fields only, no state dicts


def test_workers_must_be_at_least_one(cli, seeds_dir: Path, tmp_path: Path) -> None:  # noqa: ANN001
    code, out, err = cli("ingest", str(seeds_dir), "--db", str(tmp_path / "w.db"), "--workers", "0")
    assert code == 1 and err.strip().splitlines() == ["claimcheck: --workers must be at least 1, not 0"]
    code, out, err = cli("ingest", str(seeds_dir), "--db", str(tmp_path / "w.db"), "--workers", "2", "-q")
    assert code == 0, err
    code, out, _ = cli("report", "--db", str(tmp_path / "w.db"), "--format", "json")
    assert code == 0 and out.startswith("[")


def _pid_and(x: int) -> tuple[int, int]:
    return os.getpid(), x * 2


def test_aside_runs_the_function_in_another_process() -> None:
    job = work.Aside(_pid_and, 21)
    pid, value = job.get()
    assert value == 42
    assert pid != os.getpid()


def _fails_elsewhere(parent: int) -> str:
    if os.getpid() != parent:
        raise RuntimeError("only in the other process")
    return "done here"


def test_a_failed_process_leaves_the_work_to_the_caller() -> None:
    assert work.Aside(_fails_elsewhere, os.getpid()).get() == "done here"


def _raises(_: int) -> None:
    raise ValueError("a bug")


def test_an_error_of_the_function_itself_is_raised_by_get() -> None:
    job = work.Aside(_raises, 1)
    with pytest.raises(ValueError, match="a bug"):
        job.get()


def test_cancel_stops_the_process() -> None:
    job = work.Aside(time.sleep, 30)
    proc = job._proc  # noqa: SLF001
    assert proc is not None and proc.is_alive()
    started = time.monotonic()
    job.cancel()
    assert time.monotonic() - started < 10
    assert not proc.is_alive()


def write_copies(folder: Path, seeds_dir: Path) -> None:
    """The seeds, and two near copies of each (a word changed in the first sentence): copies
    for ``origins.copy_roots`` to find, with their earliest article to trace them to."""
    folder.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt")):
        body = seed.read_text(encoding="utf-8")
        (folder / seed.name).write_text(body, encoding="utf-8")
        for k, word in enumerate(("Meanwhile,", "Separately,")):
            (folder / f"{seed.stem}_copy{k}.txt").write_text(f"{word} {body}\n\nUpdated.", encoding="utf-8")


def test_copies_found_aside_give_the_analysis_of_one_process(
        tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_copies(tmp_path / "news", seeds_dir)
    pids = tmp_path / "pids"
    found: list[dict[int, int]] = []
    real = origins.copy_roots

    def roots(*args: object, **kwargs: object) -> dict[int, int]:
        with pids.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        got = real(*args, **kwargs)
        found.append(got)
        return got

    monkeypatch.setattr(origins, "copy_roots", roots)
    one = api.ingest([str(tmp_path / "news")], f"sqlite:///{tmp_path / 'one.db'}", workers=1)
    assert pids.read_text().split() == [str(os.getpid())]  # in this process
    assert found and found[0]  # the copies were found: the comparison below is about something
    pids.unlink()

    monkeypatch.setattr(analysing, "COPIES_ASIDE_MIN", 0)
    many = api.ingest([str(tmp_path / "news")], f"sqlite:///{tmp_path / 'many.db'}", workers=2)
    beside = pids.read_text().split()
    assert len(beside) == 1 and beside[0] != str(os.getpid())  # in another process, once
    assert (many.ingested, many.unchanged) == (one.ingested, one.unchanged) == (15, 0)
    first, second = dump(f"sqlite:///{tmp_path / 'one.db'}"), dump(f"sqlite:///{tmp_path / 'many.db'}")
    assert first["clusters"] and first == second
