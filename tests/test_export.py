"""Exports: the SQLite handover file (views, FTS5, data dictionary, Datasette metadata, served by
Datasette), CSV, JSON Lines, PROV-JSON and ClaimReview, built from the seeds with one verdict."""

from __future__ import annotations

import csv
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from claimcheck import api
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.report.exports import claimreview, rating
from claimcheck.store import dictionary


def export(db: str, fmt: str, out: str | None, **kw: bool) -> str:
    """``api.export``'s one-line summary; a stream without OUT is written to stdout, as the CLI does."""
    result = api.export(db, fmt, out, **kw)
    if result.text is not None:
        print(result.text, end="")
    return result.summary

REVIEWER = "Test Reviewer"
NOTE = "both sides checked against the articles"


def _contradictions(db: str) -> list[dict[str, Any]]:
    return [r.to_json() for r in api.report(db) if r.status == "contradicted"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, Any]:
    """The seeds ingested into a SQLite file, one contradiction reviewed, every format exported."""
    base = tmp_path_factory.mktemp("export")
    db = str(base / "store.db")
    api.ingest([str(seeds_dir)], db)
    contradicted = _contradictions(db)
    assert contradicted, "the seeds should yield at least one contradicted cluster"
    reviewed = contradicted[0]["cluster"]
    api.add_verdict(db, reviewed, "confirmed", REVIEWER, NOTE)
    out = base / "out"
    out.mkdir()
    summaries = {
        "sqlite": export(db, "sqlite", str(out / "handover.db")),
        "nofts": export(db, "sqlite", str(out / "plain.db"), fts=False),
        "csv": export(db, "csv", str(out / "csv")),
        "jsonl": export(db, "jsonl", str(out / "clusters.jsonl")),
        "prov": export(db, "prov-json", str(out / "prov.json")),
        "claimreview": export(db, "claimreview", str(out / "claimreview.json")),
    }
    return {"db": db, "out": out, "reviewed": reviewed, "summaries": summaries}


def _connect(path: Path) -> sqlite3.Connection:
    assert path.is_file(), f"{path} was not written"
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _objects(con: sqlite3.Connection) -> list[tuple[str, str]]:
    return con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
                       "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()


# ---------------------------------------------------------------- the SQLite handover file

def test_sqlite_file_is_clean_and_whole(store: dict[str, Any]) -> None:
    out: Path = store["out"]
    path = out / "handover.db"
    assert not (out / "handover.db-wal").exists() and not (out / "handover.db-shm").exists()
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")], "temporary files left behind"
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("PRAGMA foreign_keys=ON")
        assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        src = sqlite3.connect(store["db"])
        for table in ("articles", "claims", "attributions", "clusters", "verdicts"):
            n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert n == src.execute(f"SELECT count(*) FROM {table}").fetchone()[0] and n > 0, table
        src.close()
    finally:
        con.close()
    assert not (out / "handover.db-wal").exists() and not (out / "handover.db-shm").exists()
    assert "handover.db" in store["summaries"]["sqlite"] and "datasette" in store["summaries"]["sqlite"]


def test_views_answer_the_research_questions(store: dict[str, Any]) -> None:
    con = _connect(store["out"] / "handover.db")
    con.row_factory = sqlite3.Row
    try:
        status = Counter(r["status"] for r in con.execute("SELECT status FROM corroboration"))
        assert status["contradicted"] >= 1 and status["single_source"] >= 1  # no corroborated seed since stop 24
        assert sum(status.values()) == len(api.report(store["db"]))
        row = con.execute("SELECT * FROM corroboration WHERE status = 'contradicted' LIMIT 1").fetchone()
        assert row["independent_origins"] >= 1 and row["claim"] and row["origins"]
        reviewed = con.execute("SELECT verdict, reviewer FROM corroboration WHERE cluster = ?",
                               (store["reviewed"],)).fetchone()
        assert tuple(reviewed) == ("confirmed", REVIEWER)

        rows = con.execute("SELECT * FROM contradictions").fetchall()
        assert rows, "the seeds' contradiction is missing from the contradictions view"
        assert {r["cluster"] for r in rows} == {r["cluster"] for r in _contradictions(store["db"])}
        for r in rows:
            assert r["asserting_sentence"] and r["denying_sentence"] and r["asserting_article"] is not None
        # Egypt's public denial of the air strikes U.S. officials attributed to it
        assert any("denied" in r["denying_sentence"] and r["asserting_source"] == "U.S. officials" for r in rows)

        single = con.execute("SELECT * FROM single_source_claims").fetchall()
        assert single and all(r["sentence"] for r in single)
        runs = con.execute("SELECT kind, latest_analysis, tool_version, extractor_version, settings FROM _runs").fetchall()
        kinds = [r["kind"] for r in runs]
        assert "ingest" in kinds and "xref" in kinds and kinds[-1] == "export"
        assert sum(r["latest_analysis"] for r in runs) == 1
        assert all(r["tool_version"] and r["extractor_version"] and json.loads(r["settings"]) is not None for r in runs)
    finally:
        con.close()


def test_fts_finds_egypts_denial(store: dict[str, Any]) -> None:
    con = _connect(store["out"] / "handover.db")
    try:
        hits = con.execute("SELECT a.id, a.text FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                           "WHERE articles_fts MATCH 'denied'").fetchall()
        assert any("Egypt publicly denied involvement" in text for _id, text in hits)
        assert con.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'Egypt'").fetchone()[0] > 0
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        assert 'content="articles"' in sql  # what Datasette's FTS detection looks for
    finally:
        con.close()


def test_no_fts_leaves_no_fts_tables(store: dict[str, Any]) -> None:
    con = _connect(store["out"] / "plain.db")
    try:
        names = [n for _t, n in _objects(con)]
        assert not [n for n in names if "_fts" in n]
        assert "corroboration" in names and "_data_dictionary" in names
        assert con.execute("SELECT count(*) FROM _data_dictionary WHERE \"table\" LIKE '%fts%'").fetchone()[0] == 0
    finally:
        con.close()
    meta = json.loads((store["out"] / "plain.metadata.json").read_text(encoding="utf-8"))
    assert "fts_table" not in json.dumps(meta)


@pytest.mark.parametrize("name", ["handover.db", "plain.db"])
def test_data_dictionary_covers_every_column(store: dict[str, Any], name: str) -> None:
    con = _connect(store["out"] / name)
    try:
        described = {(t, c): (typ, d) for t, c, typ, d in
                     con.execute('SELECT "table", "column", "type", "description" FROM _data_dictionary')}
        missing = []
        for _kind, table in _objects(con):
            if (table, "") not in described:
                missing.append(table)
            for col in con.execute(f'PRAGMA table_info("{table}")').fetchall():
                if (table, col[1]) not in described:
                    missing.append(f"{table}.{col[1]}")
        assert missing == []
        bad = [k for k, (_typ, d) in described.items() if not d or d == "undocumented"]
        assert bad == [], f"described as 'undocumented' (add them to claimcheck/store/dictionary.py): {bad}"
    finally:
        con.close()


def test_every_schema_column_has_a_description() -> None:
    """Fails when a table or column is added to the models without a line in the dictionary."""
    from claimcheck.store.models import Base

    missing = [t.name for t in Base.metadata.sorted_tables if not dictionary.describe(t.name)]
    missing += [f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables for c in t.columns
                if not dictionary.describe(t.name, c.name)]
    assert missing == [], f"add descriptions to claimcheck/store/dictionary.py: {missing}"


def test_datasette_metadata_names_existing_tables(store: dict[str, Any]) -> None:
    meta = json.loads((store["out"] / "handover.metadata.json").read_text(encoding="utf-8"))
    assert meta["title"] and meta["description_html"]
    db = meta["databases"]["handover"]
    con = _connect(store["out"] / "handover.db")
    try:
        names = {n for _t, n in _objects(con)}
        for table, conf in db["tables"].items():
            assert table in names, table
            assert conf["description"]
            cols = {c[1] for c in con.execute(f'PRAGMA table_info("{table}")')}
            for col in [conf.get("label_column"), *conf.get("facets", [])]:
                assert col is None or col in cols, (table, col)
        for q in db["queries"].values():
            con.execute(q["sql"]).fetchall()  # every canned query runs
    finally:
        con.close()
    assert "status" in db["tables"]["clusters"]["facets"] and "kind" in db["tables"]["sources"]["facets"]
    assert db["tables"]["clusters"]["label_column"] == "canonical"
    assert {"corroboration", "contradictions", "single_source_claims", "_data_dictionary", "_runs"} <= set(db["tables"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - localhost
        return resp.status, resp.read().decode("utf-8")


def test_datasette_serves_the_file(store: dict[str, Any]) -> None:
    pytest.importorskip("datasette")
    out: Path = store["out"]
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", "handover.db", "--metadata",
                             "handover.metadata.json", "--port", str(port), "--host", "127.0.0.1"],
                            cwd=out, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                status, body = _get(f"{base}/-/metadata.json")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"datasette did not start: {proc.stdout.read().decode()[-2000:]}") from None
                time.sleep(0.2)
        assert status == 200 and json.loads(body)["title"] == "claimcheck: handover"
        status, page = _get(f"{base}/handover/clusters")
        assert status == 200 and "contradicted" in page
        status, home = _get(f"{base}/")  # the three research views are linked first
        links = [home.find(f'href="/handover/{v}"') for v in ("corroboration", "contradictions",
                                                              "single_source_claims")]
        assert status == 200 and all(k >= 0 for k in links), "the home page links the research views"
        first_table = home.find('href="/handover/articles"')
        assert first_table < 0 or max(links) < first_table, "the views come before the tables"
        status, view = _get(f"{base}/handover/corroboration")
        assert status == 200 and "column-descriptions" in view, "column descriptions are in the metadata"
        assert "data:text/css," in view and "max-height" in urllib.parse.unquote(view), \
            "the descriptions sit in a short scrolling box: the rows stay on the first screen"
        status, body = _get(f"{base}/handover/articles.json?_search=denied&_shape=array&_col=title")
        rows = json.loads(body)
        assert status == 200 and len(rows) >= 1
        status, body = _get(f"{base}/handover/contradictions.json?_shape=array")
        assert status == 200 and json.loads(body)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


def test_existing_file_is_not_overwritten(store: dict[str, Any]) -> None:
    path = store["out"] / "handover.db"
    before = path.stat().st_mtime_ns
    with pytest.raises(UsageError, match="handover.db"):
        export(store["db"], "sqlite", str(path))
    assert path.stat().st_mtime_ns == before
    target = store["out"] / "again.db"
    export(store["db"], "sqlite", str(target))
    export(store["db"], "sqlite", str(target), overwrite=True)
    con = _connect(target)
    assert con.execute("SELECT count(*) FROM corroboration").fetchone()[0] > 0
    con.close()


@pytest.mark.parametrize(("fmt", "out", "message"), [
    ("xml", None, "'xml'"),
    ("csv", None, "folder"),
    ("sqlite", None, "OUT.db"),
    ("sqlite", "handover.txt", "handover.txt"),
])
def test_bad_requests_are_one_line_errors(store: dict[str, Any], fmt: str, out: str | None, message: str) -> None:
    target = None if out is None else str(store["out"] / out)
    with pytest.raises(ClaimcheckError, match=message.replace(".", r"\.")) as exc:
        export(store["db"], fmt, target)
    assert "\n" not in str(exc.value)


# ---------------------------------------------------------------- stream formats and CSV

def test_csv_folder_has_one_file_per_table(store: dict[str, Any]) -> None:
    from claimcheck.store.models import Base

    folder = store["out"] / "csv"
    tables = {t.name: [c.name for c in t.columns] for t in Base.metadata.sorted_tables}
    assert {p.stem for p in folder.glob("*.csv")} == set(tables)
    src = sqlite3.connect(store["db"])
    for name, columns in tables.items():
        with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == columns, name
        assert len(rows) - 1 == src.execute(f"SELECT count(*) FROM {name}").fetchone()[0], name
    src.close()
    with (folder / "articles.csv").open(encoding="utf-8", newline="") as fh:
        art = next(csv.DictReader(fh))
    text = sqlite3.connect(store["db"]).execute("SELECT text FROM articles WHERE id = ?", (art["id"],)).fetchone()[0]
    assert art["text"] == text  # newlines and quotes survive


def test_jsonl_has_one_cluster_per_line(store: dict[str, Any]) -> None:
    lines = (store["out"] / "clusters.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == len(api.report(store["db"]))
    for r in rows:
        assert {"cluster", "claim", "status", "credibility", "sources", "verdict", "mentions"} <= set(r)
        assert r["mentions"], r["cluster"]
        for m in r["mentions"]:
            assert m["sentence"]["text"] and m["article"]["id"] and m["stance"]
    reviewed = [r for r in rows if r["verdict"]]
    assert [r["cluster"] for r in reviewed] == [store["reviewed"]]
    assert reviewed[0]["verdict"]["reviewer"] == REVIEWER


def test_jsonl_to_stdout(store: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    summary = export(store["db"], "jsonl", None)
    out = capsys.readouterr().out
    assert "stdout" in summary
    assert len(out.splitlines()) == len(api.report(store["db"]))


def test_prov_loads_back_with_the_expected_relations(store: dict[str, Any]) -> None:
    from prov.model import PROV, PROV_TYPE, ProvDocument

    text = (store["out"] / "prov.json").read_text(encoding="utf-8")
    doc = ProvDocument.deserialize(content=text, format="json")
    again = ProvDocument.deserialize(content=doc.serialize(format="json"), format="json")
    assert again == doc
    kinds = Counter(type(r).__name__ for r in doc.get_records())
    rows = [json.loads(x) for x in (store["out"] / "clusters.jsonl").read_text(encoding="utf-8").splitlines()]
    claims = {m["claim"]["id"] for r in rows for m in r["mentions"]}
    articles = {m["article"]["id"] for r in rows for m in r["mentions"]}
    attributed = {m["claim"]["id"] for r in rows for m in r["mentions"]
                  if m["attribution"] and m["attribution"]["source"]}
    quotes = {m["claim"]["id"] for r in rows for m in r["mentions"]
              if m["attribution"] and m["attribution"]["source"] and m["attribution"]["direct_quote"]}
    assert kinds["ProvActivity"] == 1
    assert kinds["ProvGeneration"] == len(rows)
    assert kinds["ProvMembership"] == len(claims)
    derivations = [r for r in doc.get_records() if type(r).__name__ == "ProvDerivation"]
    quotations = [r for r in derivations if PROV["Quotation"] in r.get_asserted_types()]
    assert len(derivations) - len(quotations) == len(claims)  # wasDerivedFrom claim -> article
    assert len(quotations) == len(quotes) and quotes, "the seeds have direct quotes"
    attributions = [r for r in doc.get_records() if type(r).__name__ == "ProvAttribution"]
    claim_attr = {str(r.formal_attributes[0][1]).split("claim/")[-1] for r in attributions
                  if "claim/" in str(r.formal_attributes[0][1])}
    assert attributed <= claim_attr
    entity_ids = {str(r.identifier) for r in doc.get_records() if type(r).__name__ == "ProvEntity"}
    assert all(any(i.endswith(f"article/{a}") for i in entity_ids) for a in articles)
    agents = [r for r in doc.get_records() if type(r).__name__ == "ProvAgent"]
    assert any(PROV["Organization"] in a.get_asserted_types() for a in agents)
    assert any(a.get_attribute(PROV_TYPE) == {PROV["SoftwareAgent"]} for a in agents)


def test_claimreview_only_for_reviewed_clusters(store: dict[str, Any]) -> None:
    reviews = json.loads((store["out"] / "claimreview.json").read_text(encoding="utf-8"))
    assert [r["identifier"] for r in reviews] == [store["reviewed"]]
    r = reviews[0]
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    assert r["claimReviewed"] and r["datePublished"]
    assert r["author"] == {"@type": "Person", "name": REVIEWER}
    assert r["reviewBody"] == NOTE
    rr = r["reviewRating"]
    assert rr["@type"] == "Rating" and rr["worstRating"] <= rr["ratingValue"] <= rr["bestRating"]
    row = next(r for r in api.report(store["db"]) if r.cluster == store["reviewed"])
    assert (rr["ratingValue"], rr["alternateName"]) == rating("confirmed", "contradicted", 2, row.reason_codes)
    item = r["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"] and item["appearance"]
    for work in item["appearance"]:
        assert work["@type"] == "CreativeWork" and (work.get("url") or work.get("headline"))


def test_claimreview_party_denial_is_not_independent(store: dict[str, Any], tmp_path: Path) -> None:
    """Issue 14: the seeds' air-strikes cluster is denied only by a party it is about; its rating
    must say so, never "independent sources contradict it"."""
    rows = [r for r in api.report(store["db"]) if r.status == "contradicted" and "denied_only_by_party" in r.reason_codes]
    assert rows, "the seeds should have a contradiction denied only by an interested party"
    assert all(any("a party the claim is about" in x for x in r.reasons) for r in rows)  # said in words too
    db = str(tmp_path / "party.db")
    api.ingest([str(Path(__file__).resolve().parent.parent / "seeds")], db)
    api.add_verdict(db, rows[0].cluster, "confirmed", REVIEWER, NOTE)
    reviews = json.loads(api.export(db, "claimreview", None).text)
    rr = next(r for r in reviews if r["identifier"] == rows[0].cluster)["reviewRating"]
    assert "independent" not in rr["alternateName"].lower()
    assert rr["alternateName"] == "Disputed only by a party to it" and rr["ratingValue"] == 3


def _contradicted(reasons: list[str], codes: list[str] | None) -> dict[str, Any]:
    row = {"cluster": "k1", "claim": "Ruritania shelled the port", "status": "contradicted",
           "independent_origins": 2, "reasons": reasons, "mentions": [],
           "verdict": {"verdict": "confirmed", "reviewer": "r", "note": "", "at": "2026-01-01"}}
    return {"clusters": [row | ({} if codes is None else {"reason_codes": codes})]}


PARTY_WORDS = "the denial comes from a party the claim is about: a signal of its own, not independent evidence against it"


@pytest.mark.parametrize(("reasons", "codes", "value", "independent"), [
    (["asserted by 1 origin(s): Ruritania (named)", "denied or reported otherwise by 1 origin(s): Freedonia (named)"],
     None, 2, True),
    (["asserted by 2 origin(s): A, B", "denied or reported otherwise by 1 origin(s): Freedonia (named)", PARTY_WORDS],
     ["denied_only_by_party"], 3, False),
    ([PARTY_WORDS], None, 2, True),  # the words without the code: the words are never read
    ([PARTY_WORDS], [], 2, True),
    ([], ["denied_only_by_party"], 3, False),  # the code without the words (another language, say)
    (["asserted by 1 origin(s)"], ["some_later_code"], 2, True),  # an unknown code changes nothing
])
def test_claimreview_wording_follows_the_reason_codes(reasons: list[str], codes: list[str] | None, value: int,
                                                      independent: bool) -> None:
    (review,) = claimreview(_contradicted(reasons, codes))
    rr = review["reviewRating"]
    assert rr["ratingValue"] == value
    assert ("independent sources contradict" in rr["alternateName"]) is independent


def test_the_reason_code_is_the_one_xref_stores() -> None:
    """report/ may not import xref/ (sibling layers): the code is written twice, and must agree."""
    from claimcheck.report import exports
    from claimcheck.xref import grade

    assert exports.DENIED_ONLY_BY_PARTY == grade.DENIED_ONLY_BY_PARTY in grade.REASON_CODES
    party = grade.status_from_origins(["named:a"], ["named:b"], interested=lambda o: o == "named:b")
    other = grade.status_from_origins(["named:a"], ["named:b", "named:c"], interested=lambda o: o == "named:b")
    assert (party.codes, other.codes) == (("denied_only_by_party",), ())
    assert grade.status_from_origins(["named:a", "named:b"], []).codes == ()


def test_jsonl_export_and_report_json_carry_the_reason_codes(store: dict[str, Any]) -> None:
    rows = [r for r in api.report(store["db"]) if r.reason_codes]
    assert rows and all(r.status == "contradicted" for r in rows)
    coded = {r.cluster: list(r.reason_codes) for r in rows}
    exported = [json.loads(line) for line in api.export(store["db"], "jsonl", None).text.splitlines()]
    assert {c["cluster"]: c["reason_codes"] for c in exported if "reason_codes" in c} == coded


def test_claimreview_nothing_without_verdicts() -> None:
    data = {"clusters": [{"cluster": "k1", "claim": "x", "status": "contradicted", "independent_origins": 2,
                          "verdict": None, "mentions": []}]}
    assert claimreview(data) == []


@pytest.mark.parametrize(("verdict", "status", "origins", "value"), [
    ("confirmed", "contradicted", 3, 2),
    ("confirmed", "single_source", 1, 3),
    ("unclear", "contradicted", 3, 3),
    ("dismissed", "contradicted", 3, 4),
    ("dismissed", "single_source", 1, 3),
])
def test_verdict_rating_mapping(verdict: str, status: str, origins: int, value: int) -> None:
    got, name = rating(verdict, status, origins)
    assert got == value and name


# ---------------------------------------------------------------- PostgreSQL source

def test_sqlite_export_from_postgresql(db_url: str, seeds_dir: Path, tmp_path: Path) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the SQLite source is covered by the module fixture")
    api.ingest([str(seeds_dir)], db_url)
    out = tmp_path / "from_pg.db"
    export(db_url, "sqlite", str(out))
    assert not (tmp_path / "from_pg.db-wal").exists()
    con = sqlite3.connect(out)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert con.execute("SELECT count(*) FROM contradictions").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'denied'").fetchone()[0] >= 1
        from claimcheck.store.migrate import head

        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head()
    finally:
        con.close()


# ---------------------------------------------------------------- fit for publishers (issue 14)

# Google's fact-check markup (developers.google.com/search/docs/appearance/structured-data/factcheck):
# required and recommended properties, by object.
GOOGLE_CLAIMREVIEW = {
    "ClaimReview": {"required": ("claimReviewed", "reviewRating", "url"), "recommended": ("author", "itemReviewed")},
    "author": {"required": (), "recommended": ("name", "url")},
    "Rating": {"required": ("alternateName",), "recommended": ("bestRating", "ratingValue", "worstRating", "name")},
    "Claim": {"required": (), "recommended": ("appearance", "author", "datePublished", "firstAppearance")},
}


def google_problems(review: dict[str, Any]) -> list[str]:
    """What Google's fact-check documentation would flag in one ClaimReview: a missing required
    or recommended property, a ``claimReviewed`` of 75 characters or more, a rating out of scale,
    an author that is not an Organization or Person, a ``url`` that is not absolute."""
    problems = []

    def need(obj: dict[str, Any], kind: str) -> None:
        for level in ("required", "recommended"):
            problems.extend(f"{kind}.{p} ({level}) missing" for p in GOOGLE_CLAIMREVIEW[kind][level]
                            if obj.get(p) in (None, "", [], {}))

    need(review, "ClaimReview")
    if len(review.get("claimReviewed") or "") >= 75:
        problems.append(f"claimReviewed is {len(review['claimReviewed'])} characters (keep it under 75)")
    if not str(review.get("url") or "").startswith(("https://", "http://")):
        problems.append("url is not an absolute URL")
    author = review.get("author") or {}
    if author.get("@type") not in ("Organization", "Person"):
        problems.append("author is not an Organization or Person")
    need(author, "author")
    rating_ = review.get("reviewRating") or {}
    need(rating_, "Rating")
    if not rating_.get("worstRating", 1) <= rating_.get("ratingValue", 0) <= rating_.get("bestRating", 5):
        problems.append("ratingValue outside worstRating..bestRating")
    need(review.get("itemReviewed") or {}, "Claim")
    return problems


def test_claimreview_meets_googles_fields(store: dict[str, Any]) -> None:
    pub = api.Publisher("Example Checks", "https://example.org", "https://example.org/checks/{cluster}")
    text = api.export(store["db"], "claimreview", None, publisher=pub).text
    reviews = json.loads(text or "[]")
    assert reviews, "one cluster was reviewed"
    for r in reviews:
        assert google_problems(r) == [], r
        assert r["url"] == f"https://example.org/checks/{r['identifier']}"
        assert r["author"] == {"@type": "Organization", "name": "Example Checks", "url": "https://example.org"}
        assert r["contributor"] == {"@type": "Person", "name": REVIEWER}
        full = next(c.claim for c in api.report(store["db"]) if c.cluster == r["identifier"])
        assert r["itemReviewed"]["text"] == full, "the full claim is kept"
        assert full.startswith(r["claimReviewed"].rstrip("…").rstrip())


def test_claimreview_validator_catches_what_google_flags() -> None:
    bad = {"@type": "ClaimReview", "claimReviewed": "x" * 80, "author": {"@type": "Person", "name": "login"},
           "reviewRating": {"ratingValue": 9, "bestRating": 5, "worstRating": 1}, "itemReviewed": {}}
    found = " | ".join(google_problems(bad))
    for needle in ("ClaimReview.url (required)", "80 characters", "author.url", "Rating.alternateName",
                   "outside", "Claim.appearance"):
        assert needle in found, needle


def test_review_url_template_needs_the_cluster(store: dict[str, Any]) -> None:
    with pytest.raises(UsageError, match="cluster"):
        api.export(store["db"], "claimreview", None, publisher=api.Publisher("X", None, "https://x.org/c"))


def test_export_takes_reports_filters(store: dict[str, Any], tmp_path: Path) -> None:
    db = store["db"]
    contradicted = {c["cluster"] for c in _contradictions(db)}
    filters = api.ReportFilters(status=("contradicted",))
    api.export(db, "csv", str(tmp_path / "c"), filters=filters)
    with (tmp_path / "c" / "clusters.csv").open(encoding="utf-8") as fh:
        assert {r["uid"] for r in csv.DictReader(fh)} == contradicted
    lines = (api.export(db, "jsonl", None, filters=filters).text or "").splitlines()
    assert {json.loads(line)["cluster"] for line in lines} == contradicted
    with pytest.raises(UsageError, match="whole database"):
        api.export(db, "sqlite", str(tmp_path / "x.db"), filters=filters)


def test_prov_json_for_one_cluster(store: dict[str, Any]) -> None:
    from prov.model import ProvDocument

    one = store["reviewed"]
    text = api.export(store["db"], "prov-json", None, cluster=one[:8]).text or ""
    ProvDocument.deserialize(content=text, format="json")  # loads back
    clusters = [k for k in json.loads(text)["entity"] if "cluster/" in k]
    assert clusters == [f"cc:cluster/{one}"], clusters


def test_report_rows_are_traceable(store: dict[str, Any], seeds_dir: Path) -> None:
    """report --format json|jsonl|csv list each article with its ingest id, title, outlet, URL, date."""
    page = api.report_page(store["db"], api.ReportFilters(), with_articles=True)
    names = {p.name for p in seeds_dir.iterdir()}
    for row in page.rows:
        assert row.article_refs and len(row.article_refs) == len(row.article_ids or ())
        for a in row.article_refs:
            assert set(a) == {"id", "ingest_id", "title", "outlet", "url", "published"}
            assert Path(a["ingest_id"]).name in names
    from claimcheck.report import render

    rows = list(csv.DictReader(render.report_csv(page.rows).splitlines()))
    assert all(Path(r["article_ingest_ids"].split("; ")[0]).name in names for r in rows)


# ---------------------------------------------------------------- the publisher's type (stop 24, actors24)

@pytest.mark.parametrize(("given", "typed"), [
    ("Person", "Person"),  # found: a fact-checker in their own name was typed Organization
    ("Organization", "Organization"),
])
def test_claimreview_author_takes_the_publishers_type(store: dict[str, Any], given: str, typed: str) -> None:
    pub = api.Publisher("Ana Maro", "https://anamaro.example", "https://anamaro.example/checks/{cluster}", given)
    reviews = json.loads(api.export(store["db"], "claimreview", None, publisher=pub).text or "[]")
    assert reviews
    for r in reviews:
        assert r["author"]["@type"] == typed and r["author"]["name"] == "Ana Maro"
        assert google_problems(r) == [], r


@pytest.mark.parametrize(("args", "typed"), [
    (["--publisher-type", "person"], "Person"),
    (["--publisher-type", "organization"], "Organization"),
    ([], "Organization"),  # the default, as before
])
def test_cli_publisher_type(store: dict[str, Any], args: list[str], typed: str) -> None:
    from typer.testing import CliRunner

    from claimcheck.cli import app

    res = CliRunner().invoke(app, ["export", "--format", "claimreview", "--db", store["db"], "--publisher", "Ana Maro",
                                   "--publisher-url", "https://anamaro.example", *args])
    assert res.exit_code == 0, res.output
    assert {r["author"]["@type"] for r in json.loads(res.stdout)} == {typed}


def test_cli_publisher_type_rejects_other_values(store: dict[str, Any]) -> None:
    from typer.testing import CliRunner

    from claimcheck.cli import app

    res = CliRunner().invoke(app, ["export", "--format", "claimreview", "--db", store["db"], "--publisher", "X",
                                   "--publisher-type", "robot"])
    assert res.exit_code != 0
