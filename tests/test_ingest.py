"""Ingestion through the library (``api.ingest``) and the command line (``claimcheck ingest``).

Decoding, bad input, JSONL, sidecars and overrides, idempotent re-ingest, versions, exit
codes and error lines.  Store-touching tests run on SQLite and, when configured, PostgreSQL.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from claimcheck import api

TABLES = ("articles", "article_metadata", "article_lines", "sentences", "attributions", "claims",
          "attribution_via", "sources")


# --------------------------------------------------------------------------- helpers

def ingest(paths: list[str], db: str, **kw: object) -> api.IngestSummary:
    """``api.ingest`` without the cross-referencing pass: these tests are about ingestion."""
    return api.ingest(paths, db, analyse=False, **kw)


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def query(url: str, sql: str, **params: object) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def counts(url: str) -> dict[str, int]:
    return {t: query(url, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def metadata(url: str, doc_key: str) -> dict[str, tuple]:
    rows = query(url, "SELECT m.field, m.value, m.origin, m.raw FROM article_metadata m "
                      "JOIN articles a ON a.id = m.article_id WHERE a.doc_key = :k AND a.is_current = :t",
                 k=doc_key, t=True)
    return {r[0]: r[1:] for r in rows}


def check_stderr(stderr: str, problems: int) -> list[str]:
    """One line per problem, no traceback; returns the problem lines."""
    assert "Traceback" not in stderr, stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    bad = [ln for ln in lines if ln.startswith(("skipped:", "claimcheck:"))]
    assert len(bad) == problems, stderr
    # every other line is the summary (no wrapped continuation lines of an error)
    others = [ln for ln in lines if ln not in bad]
    assert all(" ingested" in ln for ln in others), stderr
    return bad


def article(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


BODY_A = ("The harbour authority reopened the northern pier on Monday after three weeks of repairs. "
          "Officials said the work cost less than expected.")
BODY_B = ("A new ferry route between the two islands will start in May, the operator said on Friday. "
          "Tickets go on sale next week.")
BODY_C = ("The city council approved a larger budget for public libraries on Tuesday. "
          "Librarians said the money would pay for longer opening hours.")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with three small articles."""
    folder = tmp_path / "corpus"
    write(folder / "a.txt", article("Harbour reopens the northern pier", BODY_A))
    write(folder / "b.txt", article("Ferry route to link the islands", BODY_B))
    write(folder / "sub" / "c.txt", article("Libraries get a larger budget", BODY_C))
    return folder


# --------------------------------------------------------------------------- the library

def test_ingest_seeds_stores_text_exactly(db_url: str, seeds_dir: Path) -> None:
    summary = ingest([str(seeds_dir)], db_url)
    assert (summary.ingested, summary.unchanged, summary.skipped) == (5, 0, [])
    assert summary.ok
    rows = query(db_url, "SELECT id, doc_key, text, title, published, is_current, version FROM articles ORDER BY doc_key")
    assert len(rows) == 5
    for aid, key, body, title, _, current, version in rows:
        assert body == Path(key).read_text(encoding="utf-8")
        assert title and current and version == 1
        for start, end in query(db_url, "SELECT start, \"end\" FROM sentences WHERE article_id = :a", a=aid):
            assert body[start:end].strip() == body[start:end] != ""
    pub = {Path(k).name[:3]: p for _, k, _, _, p, _, _ in rows}
    assert str(pub["000"]) == "2014-10-01" and str(pub["004"]) == "2021-01-28"
    assert pub["001"] is None


def test_run_row_records_the_batch(db_url: str, corpus: Path) -> None:
    summary = ingest([str(corpus)], db_url)
    runs = query(db_url, "SELECT id, kind, status, summary, extractor_version FROM runs")
    assert len(runs) == 1
    rid, kind, status, summ, version = runs[0]
    assert (rid, kind, status) == (summary.run_id, "ingest", "done")
    assert json.loads(summ)["ingested"] == 3
    assert version
    assert {r[0] for r in query(db_url, "SELECT run_id FROM articles")} == {rid}


def test_utf8_bom_is_not_part_of_the_text(db_url: str, tmp_path: Path) -> None:
    body = article("Harbour reopens the northern pier", BODY_A)
    f = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + body.encode())
    ingest([str(f)], db_url)
    [(stored, enc)] = query(db_url, "SELECT text, encoding FROM articles")
    assert stored == body
    assert enc == "utf-8-sig"


def test_crlf_is_kept_and_offsets_still_slice(db_url: str, tmp_path: Path) -> None:
    body = article("Harbour reopens the northern pier", BODY_A).replace("\n", "\r\n")
    f = write(tmp_path / "crlf.txt", body)
    ingest([str(f)], db_url)
    [(aid, stored, title)] = query(db_url, "SELECT id, text, title FROM articles")
    assert stored == body and "\r\n" in stored
    assert title == "Harbour reopens the northern pier"
    sentences = query(db_url, "SELECT start, \"end\" FROM sentences WHERE article_id = :a ORDER BY idx", a=aid)
    assert [stored[s:e] for s, e in sentences] == [
        "Harbour reopens the northern pier", "The harbour authority reopened the northern pier on Monday "
        "after three weeks of repairs.", "Officials said the work cost less than expected."]
    for field, s, e, raw in query(db_url, "SELECT field, start, \"end\", raw FROM article_metadata "
                                           "WHERE start IS NOT NULL"):
        assert stored[s:e].strip() == raw.strip(), field


def test_utf16_with_bom(db_url: str, tmp_path: Path) -> None:
    body = article("Harbour reopens the northern pier", BODY_A + " Café owners cheered.")
    f = write(tmp_path / "u16.txt", body.encode("utf-16"))
    summary = ingest([str(f)], db_url)
    assert summary.ingested == 1
    [(stored, enc)] = query(db_url, "SELECT text, encoding FROM articles")
    assert stored == body
    assert enc.startswith("utf-16")


def test_latin1_is_detected(db_url: str, tmp_path: Path) -> None:
    body = ("Le port rouvre la jetée nord\n\nLe ministre des Affaires étrangères a déclaré mardi que "
            "les négociations étaient terminées. Selon lui, l'accord prévoit un retrait progressif "
            "d'ici à la fin de l'année. « Nous avons fait ce qu'il fallait », a-t-il ajouté à Genève.\n")
    f = write(tmp_path / "fr.txt", body.encode("latin-1"))
    summary = ingest([str(f)], db_url)
    assert summary.ingested == 1, summary.skipped
    [(stored, enc, lang)] = query(db_url, "SELECT text, encoding, language FROM articles")
    assert stored == body
    assert enc != "utf-8"
    assert lang == "fr"


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\r\n\t", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    ("noise.txt", bytes((i * 97 + 13) % 255 + 1 for i in range(4000)), "not UTF-8"),
    ("notes.md", b"# A markdown file\n\nText.", "unsupported file type '.md'"),
])
def test_bad_file_is_skipped_with_a_reason_and_the_rest_goes_in(db_url: str, corpus: Path, name: str,
                                                                content: bytes, reason: str) -> None:
    bad = write(corpus.parent / name, content)
    summary = ingest([str(corpus), str(bad)], db_url)
    assert summary.ingested == 3
    assert len(summary.skipped) == 1
    ref, msg = summary.skipped[0]
    assert ref == str(bad)
    assert reason in msg and "\n" not in msg
    assert not summary.ok
    assert counts(db_url)["articles"] == 3


def test_missing_path_and_empty_folder(db_url: str, tmp_path: Path, corpus: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    write(empty / "readme.md", "not an article")
    missing = tmp_path / "nope.txt"
    summary = ingest([str(missing), str(empty), str(corpus)], db_url)
    assert summary.ingested == 3
    reasons = dict(summary.skipped)
    assert reasons[str(missing)] == "no such file or folder"
    assert "folder holds no articles" in reasons[str(empty)]


def test_nothing_ingested_is_not_ok(db_url: str, tmp_path: Path) -> None:
    summary = ingest([str(tmp_path / "nope")], db_url)
    assert summary.ingested == 0 and not summary.ok
    assert counts(db_url)["articles"] == 0


def test_file_larger_than_the_limit_is_skipped(db_url: str, tmp_path: Path, corpus: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: no 2 MB actually written
        fh.truncate(2 * 1024 * 1024)
    summary = ingest([str(big), str(corpus)], db_url, max_bytes=1024 * 1024)
    assert summary.ingested == 3
    [(ref, msg)] = summary.skipped
    assert ref == str(big)
    assert "larger than the limit" in msg and "--max-size" in msg


def test_jsonl_good_and_bad_lines(db_url: str, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": article("Harbour reopens the northern pier", BODY_A),
                    "outlet": "Harbour Times", "published": "2019-03-04", "url": "https://example.org/r1"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "r3", "text": "   "}),
        "",
        json.dumps({"id": "r4", "text": article("Ferry route to link the islands", BODY_B), "title": "Ferry news"}),
        json.dumps({"id": "r5", "text": BODY_C, "published": "whenever"}),
    ]
    f = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    summary = ingest([str(f)], db_url)
    assert summary.ingested == 3
    refs = [r for r, _ in summary.skipped]
    assert refs == [f"{f}:2", f"{f}:3", f"{f}:4"]
    msgs = [m for _, m in summary.skipped]
    assert "not valid JSON" in msgs[0] and "JSON object" in msgs[1] and '"text"' in msgs[2]
    # a bad date costs the date, not the article (stop 23): kept without it, with a warning
    [(ref, note)] = [n for n in summary.notes if "whenever" in n[1]]
    assert ref == "r5" and note.startswith("warning: ") and "not a date" in note
    assert sorted(r[0] for r in query(db_url, "SELECT doc_key FROM articles")) == ["r1", "r4", "r5"]
    assert "published" not in metadata(db_url, "r5")
    m1 = metadata(db_url, "r1")
    assert m1["outlet"] == ("Harbour Times", "record", "Harbour Times")
    assert m1["published"][:2] == ("2019-03-04", "record")
    assert m1["url"][:2] == ("https://example.org/r1", "record")
    assert m1["title"][:2] == ("Harbour reopens the northern pier", "text")
    assert metadata(db_url, "r4")["title"][:2] == ("Ferry news", "record")


def test_jsonl_record_without_id_gets_file_and_line(db_url: str, tmp_path: Path) -> None:
    f = write(tmp_path / "noid.jsonl", json.dumps({"text": article("Harbour reopens the northern pier", BODY_A)}))
    ingest([str(f)], db_url)
    assert query(db_url, "SELECT doc_key FROM articles") == [(f"{f}:1",)]


def test_sidecar_and_overrides_with_origin(db_url: str, tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", article("Harbour reopens the northern pier", BODY_A))
    write(tmp_path / "a.meta.json", json.dumps({"published": "12 March 2019", "outlet": "Harbour Times",
                                                "url": "https://example.org/a"}))
    g = write(tmp_path / "b.txt", article("Ferry route to link the islands", BODY_B))
    summary = ingest([str(tmp_path)], db_url, overrides={"outlet": "Island Post", "title": "Ferry!"})
    assert summary.ingested == 2, summary.skipped
    ma = metadata(db_url, str(f))
    assert ma["published"] == ("2019-03-12", "sidecar", "12 March 2019")
    assert ma["url"][:2] == ("https://example.org/a", "sidecar")
    assert ma["outlet"][:2] == ("Island Post", "option")  # the command line wins over the sidecar
    assert ma["title"][:2] == ("Ferry!", "option")
    assert ma["language"][:2] == ("en", "detected")
    mb = metadata(db_url, str(g))
    assert mb["outlet"][:2] == ("Island Post", "option")
    assert "published" not in mb
    [(outlet, pub)] = query(db_url, "SELECT outlet, published FROM articles WHERE doc_key = :k", k=str(f))
    assert outlet == "Island Post" and str(pub) == "2019-03-12"


@pytest.mark.parametrize("sidecar,reason", [
    ("{broken", "sidecar is not valid JSON"),
    ('["x"]', "sidecar must be a JSON object"),
    ('{"author": "Jane"}', "unknown sidecar keys ['author']"),
])
def test_bad_sidecar_skips_its_article_only(db_url: str, corpus: Path, sidecar: str, reason: str) -> None:
    write(corpus / "a.meta.json", sidecar)
    summary = ingest([str(corpus)], db_url)
    assert summary.ingested == 2
    [(ref, msg)] = summary.skipped
    assert ref == str(corpus / "a.txt")
    assert reason in msg


def test_a_bad_sidecar_date_costs_the_date_only(db_url: str, corpus: Path) -> None:
    # stop 23: a value that is no date is ignored with a warning; the article goes in
    write(corpus / "a.meta.json", '{"published": "not a date at all", "outlet": "Island Post"}')
    summary = ingest([str(corpus)], db_url)
    assert summary.ingested == 3 and summary.skipped == []
    [(ref, note)] = [n for n in summary.notes if "not a date" in n[1]]
    assert ref == str(corpus / "a.txt") and note.startswith("warning: published 'not a date at all' (sidecar)")
    assert metadata(db_url, str(corpus / "a.txt"))["outlet"][:2] == ("Island Post", "sidecar")


def test_reingest_adds_nothing(db_url: str, corpus: Path, seeds_dir: Path) -> None:
    first = ingest([str(corpus), str(seeds_dir)], db_url)
    assert first.ingested == 8
    before = counts(db_url)
    second = ingest([str(corpus), str(seeds_dir)], db_url)
    assert (second.ingested, second.new_versions, second.unchanged, second.skipped) == (0, 0, 8, [])
    assert second.ok
    assert counts(db_url) == before
    assert query(db_url, "SELECT count(*) FROM runs") == [(2,)]


def test_changed_file_becomes_a_new_version(db_url: str, corpus: Path) -> None:
    ingest([str(corpus)], db_url)
    a = corpus / "a.txt"
    write(a, article("Harbour reopens the northern pier", BODY_A + " Repairs resume in June."))
    summary = ingest([str(corpus)], db_url)
    assert (summary.ingested, summary.new_versions, summary.unchanged) == (0, 1, 2)
    rows = query(db_url, "SELECT id, version, supersedes_id, is_current, text FROM articles "
                         "WHERE doc_key = :k ORDER BY version", k=str(a))
    assert len(rows) == 2
    (old_id, v1, sup1, cur1, text1), (_, v2, sup2, cur2, text2) = rows
    assert (v1, sup1, bool(cur1)) == (1, None, False)
    assert (v2, sup2, bool(cur2)) == (2, old_id, True)
    assert "June" in text2 and "June" not in text1
    # the old version's lines and sentences are kept
    assert query(db_url, "SELECT count(*) FROM sentences WHERE article_id = :a", a=old_id)[0][0] > 0


def test_file_changed_back_is_current_again(db_url: str, corpus: Path) -> None:
    # FOUNDATION BUG: store_extraction returns "unchanged" when the content hash is known, even
    # when that row is an old, non-current version of the same document; after a revert the
    # database still calls the edited text current.
    a = corpus / "a.txt"
    original = a.read_text(encoding="utf-8")
    ingest([str(a)], db_url)
    write(a, original + "\nA correction was appended later.\n")
    ingest([str(a)], db_url)
    write(a, original)
    ingest([str(a)], db_url)
    current = query(db_url, "SELECT text FROM articles WHERE doc_key = :k AND is_current = :t", k=str(a), t=True)
    assert current == [(original,)]


def test_same_text_under_another_name_is_stored_once(db_url: str, corpus: Path) -> None:
    copy = write(corpus.parent / "copy.txt", (corpus / "a.txt").read_bytes())
    summary = ingest([str(corpus), str(copy)], db_url)
    assert (summary.ingested, summary.unchanged) == (3, 1)
    assert counts(db_url)["articles"] == 3


def test_bad_override_date_is_one_clear_reason(db_url: str, corpus: Path) -> None:
    summary = ingest([str(corpus)], db_url, overrides={"published": "someday"})
    assert summary.ingested == 0
    assert len(summary.skipped) == 3
    assert all("'someday'" in m and "(option) is not a date" in m for _, m in summary.skipped)


# --------------------------------------------------------------------------- the command line

def test_cli_ingest_seeds_then_again(cli, db_url: str, seeds_dir: Path) -> None:  # noqa: ANN001
    code, out, err = cli("ingest", seeds_dir, "--db", db_url)
    assert code == 0, err
    assert "5 ingested" in err and "0 skipped" in err
    check_stderr(err, 0)
    code, out, err = cli("ingest", seeds_dir, "--db", db_url)
    assert code == 0, err
    assert "0 ingested" in err and "5 unchanged" in err


def test_cli_default_database_and_env(cli, tmp_path: Path, corpus: Path) -> None:  # noqa: ANN001
    work = tmp_path / "work"
    work.mkdir()
    code, _, err = cli("ingest", corpus, cwd=work)
    assert code == 0, err
    assert (work / "claimcheck.db").is_file()
    env_db = tmp_path / "env.db"
    code, _, err = cli("ingest", corpus, cwd=work, env={"CLAIMCHECK_DB": str(env_db)})
    assert code == 0, err
    assert env_db.is_file()
    assert "3 ingested" in err


def test_cli_batch_with_bad_files(cli, db_url: str, tmp_path: Path, corpus: Path) -> None:  # noqa: ANN001
    deep = tmp_path / ("a-rather-long-folder-name-to-make-paths-wide" * 2)
    bad = [write(deep / "empty.txt", b""), write(deep / "binary.txt", b"\x00\x01\x02" * 50),
           write(deep / "noise.txt", bytes((i * 97 + 13) % 255 + 1 for i in range(4000)))]
    missing = tmp_path / "missing.txt"
    code, out, err = cli("ingest", corpus, *bad, missing, "--db", db_url)
    assert code == 1
    problems = check_stderr(err, 4)
    for path in [*bad, missing]:
        assert sum(str(path) in ln for ln in problems) == 1, (path, err)
    assert "3 ingested" in err and "4 skipped" in err
    assert query(db_url, "SELECT count(*) FROM articles") == [(3,)]


def test_cli_nothing_ingested_exits_non_zero(cli, tmp_path: Path) -> None:  # noqa: ANN001
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = cli("ingest", empty, "--db", tmp_path / "x.db")
    assert code == 1
    [line] = check_stderr(err, 1)
    assert "folder holds no articles" in line


def test_cli_max_size(cli, tmp_path: Path, corpus: Path) -> None:  # noqa: ANN001
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(3 * 1024 * 1024)
    code, _, err = cli("ingest", big, corpus, "--max-size", "1", "--db", tmp_path / "x.db")
    assert code == 1
    [line] = check_stderr(err, 1)
    assert str(big) in line and "3 MB is larger than the limit of 1 MB (--max-size)" in line
    assert "3 ingested" in err


def test_cli_jsonl_bad_line_reported_rest_ingested(cli, tmp_path: Path) -> None:  # noqa: ANN001
    f = write(tmp_path / "b.jsonl", "\n".join([
        json.dumps({"id": "one", "text": article("Harbour reopens the northern pier", BODY_A)}),
        "{oops",
        json.dumps({"id": "two", "text": article("Ferry route to link the islands", BODY_B)}),
    ]))
    db = tmp_path / "x.db"
    code, _, err = cli("ingest", f, "--db", db)
    assert code == 1
    [line] = check_stderr(err, 1)
    assert f"{f}:2" in line and "not valid JSON" in line
    assert "2 ingested" in err
    assert sorted(query(f"sqlite:///{db}", "SELECT doc_key FROM articles")) == [("one",), ("two",)]


def test_cli_overrides_recorded_with_origin(cli, db_url: str, tmp_path: Path) -> None:  # noqa: ANN001
    f = write(tmp_path / "a.txt", article("Harbour reopens the northern pier", BODY_A))
    code, _, err = cli("ingest", f, "--db", db_url, "--published", "2020-02-29", "--outlet", "Harbour Times",
                       "--title", "Pier reopens", "--url", "https://example.org/pier")
    assert code == 0, err
    m = metadata(db_url, str(f))
    assert m["published"][:2] == ("2020-02-29", "option")
    assert m["outlet"][:2] == ("Harbour Times", "option")
    assert m["title"][:2] == ("Pier reopens", "option")
    assert m["url"][:2] == ("https://example.org/pier", "option")
    assert query(db_url, "SELECT title, outlet, url FROM articles") == [
        ("Pier reopens", "Harbour Times", "https://example.org/pier")]


def test_cli_bad_override_is_one_line_before_anything_is_read(cli, tmp_path: Path, corpus: Path) -> None:  # noqa: ANN001
    # stop 23: the option is checked once, before any file is read (it was one line per article)
    code, _, err = cli("ingest", corpus, "--published", "someday", "--db", tmp_path / "x.db")
    assert code == 1
    [line] = check_stderr(err, 1)
    assert line.startswith("claimcheck: --published 'someday' is not a date")
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("db,needle", [("{tmp}/no/such/folder/x.db", "does not exist"),
                                        ("{tmp}", "is a folder")])
def test_cli_bad_database_path_is_one_line(cli, tmp_path: Path, corpus: Path, db: str, needle: str) -> None:  # noqa: ANN001
    code, out, err = cli("ingest", corpus, "--db", db.format(tmp=tmp_path))
    assert code == 1
    assert "Traceback" not in err
    [line] = err.strip().splitlines()
    assert line.startswith("claimcheck: ") and needle in line


def test_cli_unreachable_postgres_is_one_line(cli, corpus: Path) -> None:  # noqa: ANN001
    code, _, err = cli("ingest", corpus, "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert code == 1
    assert "Traceback" not in err
    [line] = err.strip().splitlines()
    assert line.startswith("claimcheck: cannot open database")
