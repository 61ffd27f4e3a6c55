"""Alembic on both dialects: empty -> head -> no drift; one head; down to base and up again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from claimcheck.store import migrate
from claimcheck.store.models import Base
from claimcheck.store.session import make_engine


@pytest.fixture
def engine(db_url: str):  # noqa: ANN201
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def tables(engine) -> set[str]:  # noqa: ANN001
    return set(inspect(engine).get_table_names())


def test_exactly_one_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", migrate._script_location())
    script = ScriptDirectory.from_config(cfg)
    assert len(script.get_heads()) == 1
    assert migrate.head() == script.get_current_head()
    bases = script.get_bases()
    assert len(bases) == 1
    # every revision file is on the one chain from base to head
    chain = list(script.walk_revisions())
    files = [p for p in (Path(migrate._script_location()) / "versions").glob("*.py") if p.name != "__init__.py"]
    assert len(chain) == len(files)
    assert {Path(r.path).name for r in chain} == {p.name for p in files}


def test_empty_to_head_has_no_drift(engine) -> None:  # noqa: ANN001
    assert migrate.current(engine) is None
    migrate.upgrade(engine)
    assert migrate.current(engine) == migrate.head()
    # besides the models: the sentence index of ``check`` (migration 0003; FTS5 shadow tables on SQLite)
    search = {t for t in tables(engine) if t.startswith("sentences_fts")}
    assert "sentences_fts" in search
    assert tables(engine) - search == set(Base.metadata.tables) | {"alembic_version"}
    assert migrate.check(engine) == []


def test_drift_is_detected(engine) -> None:  # noqa: ANN001
    from sqlalchemy import text

    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE stray (id INTEGER PRIMARY KEY)"))
    diffs = migrate.check(engine)
    assert diffs and any("stray" in d for d in diffs)


def test_downgrade_to_base_and_up_again(engine) -> None:  # noqa: ANN001
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert tables(engine) <= {"alembic_version"}
    assert migrate.current(engine) is None
    migrate.upgrade(engine)
    assert migrate.current(engine) == migrate.head()
    assert migrate.check(engine) == []


def test_step_by_step_up_and_down(engine) -> None:  # noqa: ANN001
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", migrate._script_location())
    revisions = [r.revision for r in reversed(list(ScriptDirectory.from_config(cfg).walk_revisions()))]
    for rev in revisions:
        migrate.upgrade(engine, rev)
        assert migrate.current(engine) == rev
    for rev in reversed(revisions[:-1]):
        migrate.downgrade(engine, rev)
        assert migrate.current(engine) == rev
    migrate.downgrade(engine, "base")
    assert tables(engine) <= {"alembic_version"}


def test_ensure_head_is_idempotent(engine) -> None:  # noqa: ANN001
    migrate.ensure_head(engine)
    migrate.ensure_head(engine)
    assert migrate.current(engine) == migrate.head()


def test_cli_db_commands(cli, db_url: str) -> None:  # noqa: ANN001
    head = migrate.head()
    code, out, err = cli("db", "current", "--db", db_url)
    if db_url.startswith("sqlite"):  # a missing file: refused and not created (a read command)
        assert code == 1 and "no such database" in err and err.count("\n") == 1, err
        code, out, err = cli("db", "check", "--db", db_url)
        assert code == 1 and "no such database" in err, err
        assert not Path(db_url.removeprefix("sqlite:///")).exists()
    else:  # an empty server database: db check reads it and creates nothing
        assert code == 0, err
        assert "current: (empty)" in out and f"head:    {head}" in out and "claimcheck db upgrade" in out
        code, out, err = cli("db", "check", "--db", db_url)
        assert code == 1 and "not a claimcheck database" in err and err.count("\n") == 1, err
        assert "current: (empty)" in cli("db", "current", "--db", db_url)[1]
        engine = make_engine(db_url)
        try:
            with engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM information_schema.tables "
                                            "WHERE table_schema = 'public'").scalar() == 0
        finally:
            engine.dispose()
    code, out, err = cli("db", "upgrade", "--db", db_url)
    assert code == 0, err
    assert out.strip() == f"database at revision {head}"
    code, out, err = cli("db", "current", "--db", db_url)
    assert code == 0, err
    assert f"current: {head}" in out and "db upgrade" not in out
    code, out, err = cli("db", "check", "--db", db_url)
    assert (code, out.strip()) == (0, "schema matches the models"), err


def test_cli_db_check_reports_drift(cli, tmp_path: Path) -> None:  # noqa: ANN001
    import sqlite3

    db = tmp_path / "x.db"
    code, _, err = cli("db", "upgrade", "--db", db)
    assert code == 0, err
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE stray (id INTEGER PRIMARY KEY)")
    code, out, err = cli("db", "check", "--db", db)
    assert code == 1
    assert "Traceback" not in err
    assert any(ln.startswith("drift:") and "stray" in ln for ln in err.splitlines())
    assert err.strip().splitlines()[-1].startswith("claimcheck: schema differs")


def test_cli_db_upgrade_unknown_revision_is_one_line(cli, tmp_path: Path) -> None:  # noqa: ANN001
    code, out, err = cli("db", "upgrade", "nonexistent", "--db", tmp_path / "x.db")
    assert code == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("claimcheck: ")


def test_cli_env_var_selects_the_database(cli, tmp_path: Path) -> None:  # noqa: ANN001
    db = tmp_path / "env.db"
    code, out, err = cli("db", "upgrade", env={"CLAIMCHECK_DB": str(db)})
    assert code == 0, err
    assert db.is_file()
    assert not (tmp_path / "claimcheck.db").exists()


def test_0002_moves_the_article_ids_out_of_report_json(engine) -> None:  # noqa: ANN001
    """A 0001 database keeps each cluster's articles: ``report_json`` → ``article_uids``; down again
    the old column comes back (empty: revision 0001's report then asks for ``xref``)."""
    import json

    from sqlalchemy import text

    migrate.upgrade(engine, "0001")
    row = {"cluster": "k1", "claim": "x", "article_ids": ["a2", "a1"], "verdict": None}
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO runs (id, kind, tool_version, extractor_version, settings, started_at, status) "
                          "VALUES (1, 'xref', '0', '0', '{}', '2026-01-01 00:00:00', 'done')"))
        for cid, rj in ((1, json.dumps(row)), (2, "{}"), (3, "not json")):
            conn.execute(text(
                "INSERT INTO clusters (id, uid, run_id, canonical, status, credibility, credibility_reasons, "
                "independent_origins, n_articles, n_mentions, n_denials, n_non_answers, source_kinds, sources, "
                "outlets, report_json) VALUES (:id, :uid, 1, 'x', 'single_source', 6, '[]', 1, 1, 1, 0, 0, '{}', "
                "'[]', '[]', :rj)"), {"id": cid, "uid": f"k{cid}", "rj": rj})
    migrate.upgrade(engine)
    assert migrate.check(engine) == []
    cols = {c["name"] for c in inspect(engine).get_columns("clusters")}
    assert "article_uids" in cols and "report_json" not in cols
    with engine.connect() as conn:
        got = dict(conn.execute(text("SELECT id, article_uids FROM clusters ORDER BY id")).all())
    assert got == {1: '["a2", "a1"]', 2: "[]", 3: "[]"}
    migrate.downgrade(engine, "0001")
    cols = {c["name"] for c in inspect(engine).get_columns("clusters")}
    assert "report_json" in cols and "article_uids" not in cols


def test_0002_down_and_up_keeps_an_analysis(tmp_path: Path, seeds_dir: Path) -> None:
    """The column changes alter the table in place: no copy of ``clusters`` that would
    cascade-delete its members, and the report reads the same after 0002 down and up (but the
    articles of each cluster, which 0001 kept only in its rendered rows)."""
    from sqlalchemy import text

    from claimcheck import api

    db = str(tmp_path / "s.db")
    api.ingest([str(seeds_dir)], db)
    before = [r.to_json() for r in api.report(db)]
    eng = make_engine(f"sqlite:///{db}")
    try:
        with eng.connect() as conn:
            members = conn.execute(text("SELECT count(*) FROM cluster_members")).scalar()
        assert members
        migrate.downgrade(eng, "0001")
        migrate.upgrade(eng)
        with eng.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM cluster_members")).scalar() == members
    finally:
        eng.dispose()
    assert [r.to_json() for r in api.report(db)] == before


def unindexed_foreign_keys(engine) -> list[str]:  # noqa: ANN001
    """``table(columns)`` of every foreign key of the database that no index, unique constraint
    or primary key leads with (the parent's delete then scans the whole child table)."""
    insp = inspect(engine)
    missing = []
    for table in insp.get_table_names():
        led = [tuple(ix["column_names"]) for ix in insp.get_indexes(table)]
        led += [tuple(uq["column_names"]) for uq in insp.get_unique_constraints(table)]
        led.append(tuple(insp.get_pk_constraint(table)["constrained_columns"]))
        for fk in insp.get_foreign_keys(table):
            cols = tuple(fk["constrained_columns"])
            if not any(ix[:len(cols)] == cols for ix in led):
                missing.append(f"{table}({', '.join(cols)})")
    return sorted(missing)


def test_every_foreign_key_is_indexed(engine) -> None:  # noqa: ANN001
    migrate.upgrade(engine)
    fks = [fk for t in inspect(engine).get_table_names() for fk in inspect(engine).get_foreign_keys(t)]
    assert len(fks) >= 18  # the schema's foreign keys are all seen (sentences_fts adds one on PostgreSQL)
    assert unindexed_foreign_keys(engine) == []


def test_an_unindexed_foreign_key_is_found(engine) -> None:  # noqa: ANN001
    from sqlalchemy import text

    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE stray (id INTEGER PRIMARY KEY, article_id INTEGER REFERENCES articles (id), "
                          "run_id INTEGER REFERENCES runs (id))"))
        conn.execute(text("CREATE INDEX ix_stray_run_id_id ON stray (run_id, id)"))
    assert unindexed_foreign_keys(engine) == ["stray(article_id)"]


def test_foreign_key_indexes_go_with_a_downgrade(engine) -> None:  # noqa: ANN001
    migrate.upgrade(engine)
    migrate.downgrade(engine, "0004")
    assert unindexed_foreign_keys(engine) == ["articles(supersedes_id)", "attribution_via(actor_id)"]
    migrate.upgrade(engine)
    assert unindexed_foreign_keys(engine) == [] and migrate.check(engine) == []


def test_0006_gives_stored_clusters_their_reason_codes(db_url: str, seeds_dir: Path) -> None:
    """An analysis stored before clusters had reason codes gets them from the words it was
    stored with, once, in the migration (0006); after it the words are never read."""
    from claimcheck import api

    api.ingest([str(seeds_dir)], db_url)
    coded = {r.cluster: r.reason_codes for r in api.report(db_url)}
    assert ("denied_only_by_party",) in coded.values()  # the seeds' air strikes: denied only by a party
    eng = make_engine(db_url)
    try:
        migrate.downgrade(eng, "0005")
        assert migrate.current(eng) == "0005"
        migrate.upgrade(eng)
    finally:
        eng.dispose()
    assert {r.cluster: r.reason_codes for r in api.report(db_url)} == coded
