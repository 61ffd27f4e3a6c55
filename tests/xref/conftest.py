"""Shared set-up of the xref case tests (``test_check_cases``, ``test_origins_corpora``): a case's
articles written as a user's folder would hold them, and ingested once per test session; and the
end-to-end ``report`` / ``cluster_of`` of ``test_cluster_cases`` and ``test_denial_subject``."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pytest

Articles = Mapping[str, tuple[Mapping[str, str], str]]  # name -> (meta, text): name.txt + name.meta.json


def write_articles(folder: Path, articles: Articles) -> Path:
    """``folder`` (created) with ``NAME.txt`` (the text and a newline) and ``NAME.meta.json`` for
    each of ``articles``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (meta, text) in articles.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def case_articles() -> Callable[[Path, Articles], Path]:
    """:func:`write_articles`, for a test that ingests a case itself (on another dialect, say)."""
    return write_articles


@pytest.fixture(scope="session")
def case_db(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """``case_db(FOLDER)`` or ``case_db(NAME, ARTICLES)``: the database of one case, its articles
    (a copy of FOLDER, or ARTICLES written out) ingested with ``api.ingest`` into a fresh SQLite
    file the first time it is asked for, and the same file after that (the tests only read it).
    Fails unless every article was ingested."""
    from claimcheck import api

    made: dict[str, Path] = {}

    def get(case: Path | str, articles: Articles | None = None) -> Path:
        key = str(case)
        if key not in made:
            base = tmp_path_factory.mktemp(Path(key).name)
            folder = base / "articles"
            if articles is None:
                shutil.copytree(case, folder)
            else:
                write_articles(folder, articles)
            db = base / "c.db"
            summary = api.ingest([str(folder)], str(db))
            assert summary.ok and summary.ingested == len(list(folder.glob("*.txt"))), summary.as_dict()
            made[key] = db
        return made[key]

    return get


def _report(tmp_path: Path, articles: dict[str, tuple[dict, str]]) -> list[dict]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (meta, text) in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    db = tmp_path / "c.db"
    for args in (["ingest", str(folder), "-q"], ["report", "--format", "json", "--limit", "0"]):
        proc = subprocess.run([sys.executable, "-m", "claimcheck", *args, "--db", str(db)],
                              capture_output=True, text=True, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _cluster_of(rows: list[dict], *words: str) -> dict:
    hits = [r for r in rows if all(w.lower() in r["claim"].lower() for w in words)]
    assert hits, f"no cluster with {words}: {[r['claim'] for r in rows]}"
    return max(hits, key=lambda r: r["mentions"])


@pytest.fixture(scope="session")
def report() -> Callable[[Path, dict[str, tuple[dict, str]]], list[dict]]:
    """``report(tmp_path, {NAME: (META, TEXT)})``: the articles written to a folder, ingested with
    the command (``python -m claimcheck ingest``) into a fresh SQLite file, and the rows of
    ``report --format json --limit 0``. Fails unless both commands exit 0."""
    return _report


@pytest.fixture(scope="session")
def cluster_of() -> Callable[..., dict]:
    """``cluster_of(ROWS, *WORDS)``: the report row with the most mentions whose claim holds every
    word (case-insensitive). Fails when none does."""
    return _cluster_of


def _pair_articles(rows: list[tuple[str, str, str]], published: str = "2025-01-05") -> dict[str, tuple[dict, str]]:
    out = {}
    for k, (_key, a, b) in enumerate(rows):
        for side, text in (("a", a), ("b", b)):
            meta = {"outlet": f"Outlet {side.upper()}{k}", "published": published}
            out[f"{k:02d}{side}"] = (meta, f"Report {k}{side}\n\n{text}\n")
    return out


@pytest.fixture(scope="session")
def pair_articles() -> Callable[..., dict[str, tuple[dict, str]]]:
    """``pair_articles(ROWS, published="2025-01-05")``: for rows ``(KEY, FIRST, SECOND)``, the
    articles for :func:`report`: each sentence an article of its own outlet ("Outlet A0", "Outlet
    B0", …) under a headline of its own, all published on ``published``."""
    return _pair_articles


@pytest.fixture(scope="session")
def holding() -> Callable[[list[dict], str], list[dict]]:
    """``holding(ROWS, WORD)``: the report rows whose claim holds ``WORD`` (lower-case)."""
    return lambda rows, word: [r for r in rows if word in r["claim"].lower()]



@pytest.fixture(scope="session")
def rec() -> Callable[..., object]:
    """``rec(i, text, actors, action, with_predicate=True)``: a :class:`ClaimRecord` of one invented
    claim alone in article ``i`` (outlet ``o{i}``, published 2024-05-10, in the outlet's own voice, in
    English), its predicate found as the parser finds it (``parse.claims.predicate``; none with
    ``with_predicate=False``, as for a claim stored before revision 0009)."""
    import datetime as dt

    from claimcheck.lexicons import load_lexicons
    from claimcheck.model import ClaimRecord, Span
    from claimcheck.parse.claims.predicate import find_predicate, predicate_rules

    rules = predicate_rules(load_lexicons())

    def make(i: int, text: str, actors: Sequence[str], action: str | None, with_predicate: bool = True) -> ClaimRecord:
        got = find_predicate([Span(0, len(text), text)], rules) if with_predicate else None
        return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=i, article_uid=f"a{i:04d}", outlet=f"o{i}",
                           published=dt.date(2024, 5, 10), text=text, sentence_text=text, actors=tuple(actors),
                           action=action, polarity="positive", modality="asserted", refers_to=None, act=None,
                           language="en", predicate=got[0].text if got else None,
                           predicate_lemma=got[1] if got else None)

    return make


@pytest.fixture(scope="session")
def together() -> Callable[[object, object], bool]:
    """``together(a, b)``: do the claim records ``a`` and ``b`` (ids 0 and 1) fall in one cluster
    (``xref.cluster.cluster_claims`` with the shipped lexicons, each actor its own key)?"""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.xref.cluster import cluster_claims

    lex = load_lexicons()

    def keys(m: str) -> Sequence[str]:
        return (m.lower().replace(" ", "-"),)

    def joined(a: object, b: object) -> bool:
        groups = cluster_claims([a, b], keys, lex)
        return any(0 in g and 1 in g for g in groups)

    return joined


INVENTED_GAZETTEER = '''
[[entry]]
kind = "actor"
name = "Ruritania"
type = "state"
demonyms = ["Ruritanian", "Ruritanians"]
source = "invented, for a test"
examples = ["Ruritania"]

[[entry]]
kind = "alias"
name = "Zenda"
actor = "Ruritania"
metonym = true
source = "invented capital of Ruritania, for a test"
examples = ["Zenda"]

[[entry]]
kind = "actor"
name = "Freedonia"
type = "state"
demonyms = ["Freedonian", "Freedonians"]
source = "invented, for a test"
examples = ["Freedonia"]

[[entry]]
kind = "alias"
name = "Fredville"
actor = "Freedonia"
metonym = true
source = "invented capital of Freedonia, for a test"
examples = ["Fredville"]

[[entry]]
kind = "actor"
name = "Borduria"
type = "state"
demonyms = ["Bordurian", "Bordurians"]
source = "invented, for a test"
examples = ["Borduria"]
'''


def _write_gazetteer(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gazetteer.toml").write_text(INVENTED_GAZETTEER, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def write_gazetteer() -> Callable[[Path], Path]:
    """``write_gazetteer(FOLDER)``: FOLDER (created) holding a user's ``gazetteer.toml`` of invented
    states, as a user gives one in ``CLAIMCHECK_LEXICONS``: Ruritania (capital Zenda, a metonym),
    Freedonia (capital Fredville, a metonym) and Borduria, each with its demonyms."""
    return _write_gazetteer


@pytest.fixture()
def user_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder of :func:`write_gazetteer` under ``tmp_path``, set as ``CLAIMCHECK_LEXICONS`` for
    this test (commands run by the test inherit it)."""
    folder = _write_gazetteer(tmp_path / "lexicons")
    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(folder))
    return folder
