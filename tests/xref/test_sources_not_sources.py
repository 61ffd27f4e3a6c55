"""Issue 10, a new user's finding: ``sources`` on the seeds listed "east", "we" and "photos" as
sources.  None is one: a direction, a pronoun, a thing shown.  Where they come from: the
attribution parser puts them in a source's place ("Egypt, to its east, ..., seeking to ...",
"photos showing X", "we assume" inside a quotation); the listing now knows them by their word
kinds (``origins.toml``: ``pronouns``, ``directions``, ``not_a_speaker``, the ``evidence`` words),
never grades them, and leaves them out of ``sources`` unless ``--all``.  Invented text only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.xref.origins import build_rules, non_source_reason

LEX = load_lexicons()
RULES = LEX.derive(build_rules)


@pytest.mark.parametrize("name, kind", [
    # a direction (the new user's "east") and five neighbours
    ("east", "named"), ("the West", "named"), ("its east", "named"), ("North", "named"),
    ("south-east", "named"), ("Southwest", "named"),
    # a pronoun (the new user's "we") and five neighbours
    ("we", "anonymous"), ("We", "named"), ("they", "anonymous"), ("which", "named"), ("It's", "named"),
    ("us", "anonymous"),
    # a thing shown (the new user's "photos") and five neighbours
    ("photos", "anonymous"), ("Photos", "named"), ("the footage", "anonymous"), ("Footage", "named"),
    ("a video", "anonymous"), ("DNA tests", "anonymous"),
])
def test_a_name_that_is_no_source_has_a_reason(name, kind):
    assert non_source_reason(name, kind, RULES) is not None


@pytest.mark.parametrize("name, kind", [
    ("North Korea", "named"), ("Middle East Monitor", "named"), ("West Ham", "named"),
    ("US", "named"), ("a video by the Harbour Gazette", "named"), ("Harbour Pictures Ltd", "named"),
    ("analysts", "anonymous"), ("Ana Maro", "named"),
])
def test_a_source_has_no_such_reason(name, kind):
    assert non_source_reason(name, kind, RULES) is None


ARTICLE = """Borduria sends engineers to the dam

Borduria, to its east, brings in one of the largest armies in the region, seeking to repair a reputation damaged by the floods last year.

The ministry released photos showing Ana Maro, dressed in a grey coat, standing with the governor at the dam.

“If we give engineers and support to the valley, we assume the responsibility of the repairs,” Maro said on Monday.

Footage showing the flooded villages was shared widely, and the West said the repairs were overdue.

Ana Maro said the dam would reopen next month.
"""

NOT_SOURCES = {"east", "photos", "Footage", "West", "the West"}


@pytest.fixture(scope="module")
def db(cc, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("not_sources")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = cc("ingest", "a.txt", "--db", "a.db", "-q", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    return folder / "a.db"


def _sources(cc, db: Path, *extra: str) -> list[dict]:
    proc = cc("sources", "--db", str(db), "--format", "json", *extra, cwd=db.parent)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_sources_lists_no_name_that_is_no_source(cc, db):
    rows = _sources(cc, db)
    assert rows, "the article has sources"
    assert not NOT_SOURCES & {r["name"] for r in rows}
    assert all(r["resolved"] for r in rows)
    assert any(r["name"] in ("Ana Maro", "Maro") for r in rows)


def test_all_lists_them_last_ungraded_with_the_reason(cc, db):
    rows = _sources(cc, db, "--all")
    bad = [r for r in rows if not r["resolved"]]
    assert NOT_SOURCES & {r["name"] for r in bad}
    assert rows[-len(bad):] == bad  # last
    assert all(r["grade"] == "F" and "not" in r["reasons"][0] for r in bad)
    assert len(rows) == len(_sources(cc, db)) + len(bad)


def test_the_table_says_how_many_were_left_out(cc, db):
    proc = cc("sources", "--db", str(db), cwd=db.parent)
    assert proc.returncode == 0
    assert "--all lists them" in proc.stderr and proc.stderr.count("\n") == 1
    assert "photos" not in proc.stdout
    proc = cc("sources", "--db", str(db), "--all", cwd=db.parent)
    assert "photos" in proc.stdout and "--all lists them" not in proc.stderr
