"""Writing and reading an analysis in bounded pieces gives what the whole does: clusters and
members written a chunk at a time, claims read from one streamed query with shared strings."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.store import analysis as store_analysis
from claimcheck.store.session import read_scope


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    work = tmp_path_factory.mktemp("scale")
    shutil.copytree(seeds_dir, work / "seeds")
    api.ingest([str(work / "seeds")], f"sqlite:///{work / 'seeds.db'}", workers=1)
    return work / "seeds.db"


def tables(path: Path) -> tuple[list, list]:
    con = sqlite3.connect(path)
    try:
        clusters = con.execute("SELECT uid, canonical, status, credibility, actors, sources, article_uids, story "
                               "FROM clusters ORDER BY uid").fetchall()
        members = con.execute("SELECT c.uid, m.claim_id, m.stance, m.origin_key, m.origin_label, m.origin_reason "
                              "FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id "
                              "ORDER BY c.uid, m.claim_id").fetchall()
    finally:
        con.close()
    return clusters, members


def test_an_analysis_written_in_small_chunks_is_the_same(seeded: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "chunks.db"
    shutil.copy(seeded, path)
    whole = tables(seeded)
    assert len(whole[0]) > 10
    real = store_analysis.write_analysis
    sizes: list[int] = []

    def small(session, run_id, analysis, chunk=5_000):  # noqa: ANN001, ANN202
        sizes.append(len(analysis.clusters))
        return real(session, run_id, analysis, chunk=4)

    monkeypatch.setattr(store_analysis, "write_analysis", small)
    api.xref(f"sqlite:///{path}")
    assert sizes and sizes[0] > 8  # several chunks
    assert tables(path) == whole


def test_claims_share_recurring_strings_and_keep_reversals(seeded: Path) -> None:
    engine = api.open_store(f"sqlite:///{seeded}", create=False)
    try:
        with read_scope(engine) as s:
            claims = store_analysis.load_claim_records(s)
    finally:
        engine.dispose()
    by_article: dict[int, list] = {}
    for c in claims:
        by_article.setdefault(c.article_id, []).append(c)
    for cs in by_article.values():  # one article uid object per article, however many claims
        assert len({id(c.article_uid) for c in cs}) == 1
    same_sentence = [(a, b) for cs in by_article.values() for a in cs for b in cs
                     if a is not b and a.sentence_text == b.sentence_text]
    assert same_sentence and all(a.sentence_text is b.sentence_text for a, b in same_sentence)
    ids = {c.claim_id for c in claims}
    assert all(c.reverses_claim_id in ids for c in claims if c.reverses_claim_id is not None)
    assert any(c.reverses_claim_id is not None for c in claims)  # the seeds' "however later reports"
