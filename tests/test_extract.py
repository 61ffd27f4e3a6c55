"""``claimcheck extract``: the brief's JSON shape, ids, metadata and span offsets, no database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck import api
from claimcheck.ingest.readers import Skip
from claimcheck.report.extraction import extraction_to_json

BODY = ("Harbour reopens the northern pier\n\nBy Jane Doe\n\nThe harbour authority reopened the pier on "
        "Monday, officials said. A spokesman, speaking on condition of anonymity, said that more ships "
        "were expected. “We are ready,” the mayor told reporters.\n")


def spans_of(obj: Any) -> list[dict[str, Any]]:
    """Every dict in ``obj`` that has text/start/end (spans at any depth)."""
    found = []
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys() and isinstance(obj["start"], int):
            found.append(obj)
        for v in obj.values():
            found.extend(spans_of(v))
    elif isinstance(obj, list):
        for v in obj:
            found.extend(spans_of(v))
    return found


def check_document(doc: dict[str, Any], text: str) -> None:
    """The brief's shape, and every span slices the text it was read from."""
    assert set(doc) >= {"id", "article", "attributions", "claims"}
    art = doc["article"]
    assert set(art) >= {"title", "outlet", "published", "language"}
    if art["published"] is not None:
        dt.date.fromisoformat(art["published"])
    assert isinstance(doc["attributions"], list) and isinstance(doc["claims"], list)
    for a in doc["attributions"]:
        assert set(a) >= {"source", "cue", "content", "direct_quote", "via"}
        assert a["source"] is None or {"text", "start", "end", "kind", "actor"} <= a["source"].keys()
        assert a["source"] is None or a["source"]["kind"] in ("named", "anonymous", "sources_said")
        assert {"text", "start", "end", "act"} <= a["cue"].keys()
        assert a["cue"]["act"] in ("assert", "confirm", "deny", "decline", "hedge")
        assert {"text", "start", "end"} <= a["content"].keys()
        assert isinstance(a["direct_quote"], bool) and isinstance(a["via"], list)
    for c in doc["claims"]:
        assert {"text", "start", "end", "attribution"} <= c.keys()
        assert c["attribution"] is None or 0 <= c["attribution"] < len(doc["attributions"])
    for span in spans_of(doc):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"]:span["end"]] == span["text"], span
    for key in ("title", "outlet", "byline", "published"):
        m = art.get("metadata", {}).get(key)
        if m and m.get("start") is not None and m["origin"] == "text":
            assert text[m["start"]:m["end"]].strip() in (m["raw"].strip(), str(m["value"]))


def test_library_extract_seeds_shape(seeds_dir: Path) -> None:
    items = list(api.extract([str(seeds_dir)]))
    assert len(items) == 5 and not any(isinstance(i, Skip) for i in items)
    for ex in items:
        doc = extraction_to_json(ex)
        assert doc["id"] == ex.id and Path(doc["id"]).is_file()
        check_document(doc, Path(doc["id"]).read_text(encoding="utf-8"))
        # the span check is not vacuous: at least the title line and its metadata are spans
        assert len(spans_of(doc)) >= 1 + len(doc["attributions"])


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_cli_extract_seeds(cli, seeds_dir: Path, fmt: str) -> None:  # noqa: ANN001
    code, out, err = cli("extract", seeds_dir, "--format", fmt)
    assert code == 0, err
    assert "Traceback" not in err
    docs = [json.loads(ln) for ln in out.splitlines()] if fmt == "jsonl" else json.loads(out)
    assert isinstance(docs, list) and len(docs) == 5
    by_name = {Path(d["id"]).name[:3]: d for d in docs}
    assert sorted(by_name) == ["000", "001", "002", "003", "004"]
    for d in docs:
        assert d["id"].startswith(str(seeds_dir))
        check_document(d, Path(d["id"]).read_text(encoding="utf-8"))
        assert d["article"]["language"] == "en"
    a0 = by_name["000"]["article"]
    assert (a0["title"], a0["outlet"], a0["published"]) == (
        "Egypt offers military training to Libya", "World Bulletin", "2014-10-01")
    assert by_name["004"]["article"]["published"] == "2021-01-28"
    assert by_name["001"]["article"]["published"] is None
    assert by_name["001"]["article"]["outlet"] is None


def test_cli_extract_jsonl_input_uses_record_ids(cli, tmp_path: Path) -> None:  # noqa: ANN001
    records = [{"id": "rec-1", "text": BODY, "outlet": "Harbour Times", "published": "2019-03-04"},
               {"id": 42, "text": BODY.replace("Monday", "Tuesday").replace("\n", "\r\n")}]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    code, out, err = cli("extract", f, "--format", "jsonl")
    assert code == 0, err
    docs = [json.loads(ln) for ln in out.splitlines()]
    assert [d["id"] for d in docs] == ["rec-1", "42"]
    for d, r in zip(docs, records):
        check_document(d, r["text"])
    assert docs[0]["article"]["outlet"] == "Harbour Times"
    assert docs[0]["article"]["published"] == "2019-03-04"
    assert docs[0]["article"]["metadata"]["published"]["origin"] == "record"
    assert docs[0]["article"]["title"] == "Harbour reopens the northern pier"
    assert docs[1]["article"]["title"] == "Harbour reopens the northern pier"
    assert docs[1]["article"]["published"] is None


def test_cli_extract_overrides(cli, tmp_path: Path) -> None:  # noqa: ANN001
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    code, out, err = cli("extract", f, "--format", "json", "--published", "2020-02-29", "--outlet", "Pier Post")
    assert code == 0, err
    [doc] = json.loads(out)
    assert doc["id"] == str(f)
    assert doc["article"]["published"] == "2020-02-29"
    assert doc["article"]["outlet"] == "Pier Post"
    assert doc["article"]["metadata"]["outlet"]["origin"] == "option"


def test_cli_extract_table(cli, seeds_dir: Path) -> None:  # noqa: ANN001
    code, out, err = cli("extract", next(seeds_dir.glob("004_*.txt")), "--format", "table")
    assert code == 0, err
    assert "Haftar seeks military support from Egypt" in out
    assert "2021-01-28" in out
    assert "Traceback" not in err


def test_cli_extract_bad_input_reported_rest_printed(cli, tmp_path: Path) -> None:  # noqa: ANN001
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = cli("extract", empty, good, tmp_path / "missing.txt", "--format", "jsonl")
    assert code == 1
    assert [json.loads(ln)["id"] for ln in out.splitlines()] == [str(good)]
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all(ln.startswith("claimcheck: skipped") for ln in lines)
    assert "empty file" in lines[0] and "no such file or folder" in lines[1]
    assert "Traceback" not in err


def test_cli_extract_unknown_format_is_a_usage_error(cli, tmp_path: Path) -> None:  # noqa: ANN001
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    code, out, err = cli("extract", f, "--format", "xml")
    assert code == 1  # a user error: one line (issue 11), no longer click's exit 2 and usage box
    assert out == "" and "Traceback" not in err and err.count("\n") == 1


def test_write_extractions_in_each_format_counts_skips(tmp_path: Path, article_text: str) -> None:
    import io

    from claimcheck.report import output

    good = tmp_path / "a.txt"
    good.write_text(article_text, encoding="utf-8")
    items = list(api.extract([str(good), str(tmp_path / "missing.txt")]))
    assert sum(isinstance(i, Skip) for i in items) == 1
    for fmt in ("jsonl", "json", "table"):
        out, err = io.StringIO(), io.StringIO()
        assert output.write_extractions(items, fmt, out, err) == 1
        assert err.getvalue().startswith("claimcheck: skipped ") and err.getvalue().count("\n") == 1
        if fmt == "jsonl":
            assert [json.loads(x) for x in out.getvalue().splitlines()] == [extraction_to_json(items[0])]
        elif fmt == "json":
            assert json.loads(out.getvalue()) == [extraction_to_json(items[0])]
        else:
            assert "Harbour authority reopens the northern pier" in out.getvalue()
