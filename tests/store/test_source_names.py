"""A source's display name follows a rule (``store.repo.name_rank``), not the order in which
articles were stored (issue 11 item 8: results do not depend on ingest order)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.store.repo import name_rank

ARTICLES = {
    "c.txt": "Storm\n\nOfficials said the storm damaged the harbour walls badly.\n",
    "d.txt": "Harbour\n\nThe harbour walls were damaged by the storm, officials said on Friday.\n",
    "e.txt": "Walls\n\nOFFICIALS SAID THE HARBOUR WALLS WOULD BE REBUILT.\n\nThe walls will be rebuilt, "
             "officials said.\n",
}


@pytest.mark.parametrize(("spellings", "best"), [
    (["Officials", "officials"], "officials"),  # the mid-sentence form
    (["Al-Masri", "al-Masri", "AL-MASRI"], "al-Masri"),
    (["KREMLIN", "Kremlin"], "Kremlin"),  # not the headline's capitals
    (["Gen Orlov", "Gen. Orlov"], "Gen. Orlov"),  # punctuation kept
    (["Daily Ledger", "Daily Ledger"], "Daily Ledger"),
    (["x", "X"], "x"),
])
def test_the_rule_picks_one_spelling_whatever_the_order(spellings: list[str], best: str) -> None:
    assert min(spellings, key=name_rank) == best
    assert min(reversed(spellings), key=name_rank) == best


def test_name_rank_is_a_total_order() -> None:
    names = ["a", "A", "ab", "AB", "Ab", "aB", "a.b", "A.B"]
    assert len({name_rank(n) for n in names}) == len(names)


def _reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _sources(db: str) -> list[tuple[str, str, str]]:
    from sqlalchemy import text

    from claimcheck import api

    engine = api.open_store(db, create=False)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text("SELECT uid, name, kind FROM sources ORDER BY uid"))]
    engine.dispose()
    return rows


@pytest.mark.parametrize("outlets", [False, True])
def test_source_names_do_not_depend_on_ingest_order(db_url: str, tmp_path: Path, outlets: bool) -> None:
    from claimcheck import api

    for name, body in ARTICLES.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    spelling = {"c.txt": "the Harbour Times", "d.txt": "The Harbour Times", "e.txt": "THE HARBOUR TIMES"}
    results = []
    for order in (["c.txt", "d.txt", "e.txt"], ["e.txt", "d.txt", "c.txt"], ["d.txt", "c.txt", "e.txt"]):
        db = f"sqlite:///{tmp_path / ('-'.join(order) + '.db')}" if db_url.startswith("sqlite") else db_url
        if not db_url.startswith("sqlite"):
            _reset_pg(db_url)
        for name in order:  # one ingest per article: the order in which they are stored
            overrides = {"outlet": spelling[name]} if outlets else None
            api.ingest([str(tmp_path / name)], db, overrides=overrides, analyse=False)
        results.append(_sources(db))
    assert results[0] == results[1] == results[2]
    names = {name for _, name, _ in results[0]}
    assert "officials" in names and "Officials" not in names
    if outlets:
        assert "the Harbour Times" in names and "The Harbour Times" not in names
