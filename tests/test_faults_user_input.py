"""The new user's minor findings of stop 21, each a class through the CLI (the case and its neighbours):

- a JSONL field of the wrong type is named as such, not reported as missing ("text": 42);
- an article given twice is counted once (the same path twice, a file and its folder, a record
  repeated in a JSONL file): "5 ingested" for five articles, never "5 ingested, 5 unchanged";
- a date window that no date can fall in (``--since`` after ``--until``) is one line and exit 1,
  not an empty report.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ARTICLES = [
    "Ruritania said on Monday that the northern dam had been repaired.",
    "Freedonia's foreign ministry said the talks with Sylvania would resume in May.",
    "Officials in Borduria said the bridge at Klopstokia would reopen next week.",
    "The port authority of Syldavia said exports of grain rose by a third.",
    "A spokeswoman for Carpania said the border crossing was closed overnight.",
]


def _folder(tmp_path: Path) -> Path:
    d = tmp_path / "arts"
    d.mkdir()
    for i, text in enumerate(ARTICLES):
        (d / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
    return d


def _counts(out: str) -> tuple[int, int, int]:
    """(ingested, unchanged, skipped) of an ingest summary (its line may wrap)."""
    words = " ".join(out.split()).replace(",", "").split()
    return (int(words[words.index("ingested") - 1]), int(words[words.index("unchanged") - 1]),
            int(words[words.index("skipped") - 1]))


# --------------------------------------------------------------------------- JSONL field types

# (record, fragment of its skip line)
WRONG_TYPES = [
    ({"id": "a", "text": 42}, '"text" must be a string, not a number (42)'),  # the user's case
    ({"id": "b", "text": 4.5}, '"text" must be a string, not a number (4.5)'),
    ({"id": "c", "text": True}, '"text" must be a string, not a boolean (true)'),
    ({"id": "d", "text": ["Ruritania said so."]}, '"text" must be a string, not an array'),
    ({"id": "e", "text": {"body": "Ruritania said so."}}, '"text" must be a string, not an object'),
    ({"id": "f", "html": 7}, '"html" must be a string, not a number (7)'),
    ({"id": "g", "text": "", "html": ["<p>x</p>"]}, '"html" must be a string, not an array'),
]
# controls: a record that truly has no text, or an empty one, is told so
NO_TEXT = [
    ({"id": "h"}, 'record has no "text" (or "html")'),
    ({"id": "i", "text": None}, 'record has no "text" (or "html")'),
    ({"id": "j", "text": "   "}, '"text" is empty'),
    ({"id": "k", "html": ""}, '"html" is empty'),
]


@pytest.mark.parametrize(("record", "fragment"), WRONG_TYPES + NO_TEXT,
                         ids=[json.dumps(r) for r, _ in WRONG_TYPES + NO_TEXT])
def test_a_jsonl_record_without_usable_text_says_why(cc, tmp_path: Path, record: dict, fragment: str) -> None:
    good = {"id": "ok", "text": ARTICLES[0]}
    (tmp_path / "in.jsonl").write_text(json.dumps(record) + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    proc = cc("ingest", "in.jsonl", "--db", "x.db", cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr  # a skip in the batch: exit 1, the rest goes in
    lines = [x for x in proc.stderr.splitlines() if x.startswith("skipped:")]
    assert len(lines) == 1 and lines[0].startswith(f"skipped: in.jsonl:1: {fragment}"), proc.stderr
    assert "Traceback" not in proc.stderr
    assert _counts(proc.stdout + proc.stderr) == (1, 0, 1)


def test_extract_names_the_wrong_type_too(cc, tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": 42}) + "\n", encoding="utf-8")
    proc = cc("extract", "in.jsonl", cwd=tmp_path)
    assert '"text" must be a string, not a number (42)' in proc.stderr, proc.stderr
    assert "no \"text\"" not in proc.stderr


# --------------------------------------------------------------------------- counts of articles given twice


def _jsonl(tmp_path: Path, name: str, times: int) -> Path:
    path = tmp_path / name
    recs = [json.dumps({"id": f"r{i}", "text": t}) for i, t in enumerate(ARTICLES)]
    path.write_text("\n".join(recs * times) + "\n", encoding="utf-8")
    return path


def _twice(kind: str, tmp_path: Path) -> list[str]:
    """Command-line paths that name the five articles twice, in one of several ways."""
    d = _folder(tmp_path)
    if kind == "folder twice":  # the user's case
        return ["arts", "arts"]
    if kind == "folder and ./folder":
        return ["arts", "./arts/"]
    if kind == "folder and its files":
        return ["arts", *sorted(str(p.relative_to(tmp_path)) for p in d.glob("*.txt"))]
    if kind == "files twice":
        files = sorted(str(p.relative_to(tmp_path)) for p in d.glob("*.txt"))
        return files + files
    if kind == "a symlink to the folder":
        os.symlink(d, tmp_path / "link")
        return ["arts", "link"]
    if kind == "jsonl twice":
        _jsonl(tmp_path, "recs.jsonl", 1)
        return ["recs.jsonl", "recs.jsonl"]
    if kind == "jsonl holding each record twice":
        _jsonl(tmp_path, "recs.jsonl", 2)
        return ["recs.jsonl"]
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["folder twice", "folder and ./folder", "folder and its files", "files twice",
                                  "a symlink to the folder", "jsonl twice", "jsonl holding each record twice"])
def test_five_articles_given_twice_count_as_five(cc, tmp_path: Path, kind: str) -> None:
    paths = _twice(kind, tmp_path)
    first = cc("ingest", *paths, "--db", "x.db", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert _counts(first.stdout + first.stderr) == (5, 0, 0), first.stdout + first.stderr
    again = cc("ingest", *paths, "--db", "x.db", cwd=tmp_path)
    assert _counts(again.stdout + again.stderr) == (0, 5, 0), again.stdout + again.stderr


def test_one_text_under_two_ids_is_still_two_records(cc, tmp_path: Path) -> None:
    """Control: two records with different ids are two inputs, though their texts are one (the
    second is found unchanged: the store keeps one copy of a text)."""
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": ARTICLES[0]}) + "\n"
                    + json.dumps({"id": "x2", "text": ARTICLES[0]}) + "\n", encoding="utf-8")
    proc = cc("ingest", "two.jsonl", "--db", "x.db", cwd=tmp_path)
    ingested, unchanged, skipped = _counts(proc.stdout + proc.stderr)
    assert ingested + unchanged == 2 and ingested >= 1 and skipped == 0, proc.stdout + proc.stderr


def test_the_same_missing_path_twice_is_one_skip(cc, tmp_path: Path) -> None:
    _folder(tmp_path)
    proc = cc("ingest", "arts", "nope.txt", "nope.txt", "--db", "x.db", cwd=tmp_path)
    assert proc.stderr.count("nope.txt: no such file or folder") == 1, proc.stderr
    assert _counts(proc.stdout + proc.stderr) == (5, 0, 1)


# --------------------------------------------------------------------------- --since after --until


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory, cc) -> Path:
    tmp = tmp_path_factory.mktemp("window")
    _folder(tmp)
    proc = cc("ingest", "arts", "--db", "w.db", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    return tmp


EMPTY_WINDOWS = [
    ["report", "--since", "2020-01-01", "--until", "2019-01-01", "--format", "json"],  # the user's case
    ["report", "--since", "2020-01-01", "--until", "2019-12-31"],
    ["report", "--since", "2020-01-02", "--until", "2020-01-01", "--format", "csv"],
    ["report", "--since", "2024-06-01", "--until", "2024-05-31", "--format", "jsonl"],
    ["report", "--since", "2030-01-01", "--until", "1999-01-01", "--format", "html", "out.html"],
    ["export", "--since", "2020-01-01", "--until", "2019-01-01", "--format", "jsonl"],
    ["export", "out_csv", "--since", "2020-01-01", "--until", "2019-01-01", "--format", "csv"],
]


@pytest.mark.parametrize("args", EMPTY_WINDOWS, ids=[" ".join(a) for a in EMPTY_WINDOWS])
def test_since_after_until_is_one_line_and_exit_1(cc, small_db: Path, args: list[str]) -> None:
    proc = cc(*args, "--db", "w.db", cwd=small_db)
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stderr.count("\n") == 1 and "is after --until" in proc.stderr, proc.stderr
    assert proc.stdout == ""  # nothing half-written, not even "[]"
    assert not (small_db / "out.html").exists() and not (small_db / "out_csv").exists()


@pytest.mark.parametrize("since,until", [("2020-01-01", "2020-01-01"), ("2019-01-01", "2020-01-01"),
                                         ("2020-01-01", None), (None, "2019-01-01")])
def test_a_window_dates_can_fall_in_is_no_error(cc, small_db: Path, since: str | None, until: str | None) -> None:
    args = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    proc = cc("report", *args, "--format", "json", "--db", "w.db", cwd=small_db)
    assert proc.returncode == 0, proc.stderr
    assert isinstance(json.loads(proc.stdout), list)


def test_a_text_changed_and_changed_back_is_three_versions_not_a_repeat(cc, tmp_path: Path) -> None:
    """Control: "r1" as A, B, A is three versions (the last one current), not A counted twice; A
    again right after A is a repeat."""
    a, b = ARTICLES[0], ARTICLES[0].replace("Monday", "Friday")
    path = tmp_path / "versions.jsonl"
    path.write_text("".join(json.dumps({"id": "r1", "text": t}) + "\n" for t in (a, b, a, a)), encoding="utf-8")
    proc = cc("ingest", "versions.jsonl", "--db", "x.db", cwd=tmp_path)
    out = " ".join((proc.stdout + proc.stderr).split())
    assert proc.returncode == 0, out
    assert "1 ingested, 2 new version(s) of changed documents, 0 unchanged" in out, out
