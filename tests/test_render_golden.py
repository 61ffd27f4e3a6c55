"""Golden-output tests for what researchers read: ``report``, ``show``, ``sources``, ``check``.

The seeds are ingested once into a temporary SQLite database (module fixture, through
``claimcheck.api.ingest`` with the working directory set so document paths read ``seeds/…``),
then each view is rendered to ``make_console(file=StringIO(), width=100)`` — no colour, fixed
width — and compared with the text committed in ``tests/golden/``. Trailing spaces are stripped
from every line (rich pads table cells; editors strip them), and the short cluster and article
ids are masked (`k#######`): they are content hashes that change with the extractor version.

When a change to parsing, cross-referencing or rendering changes the output on purpose, rewrite
the golden files and review the diff before committing::

    CLAIMCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_render_golden.py

The JSON outputs of the same commands (run through the CLI) are checked against their
documented shape: the schema dicts below (keys and types; extra keys are allowed, so the shape
can grow without breaking scripts).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimcheck import api
from claimcheck.model import ReportRow
from claimcheck.report import render
from claimcheck.report.theme import make_console

GOLDEN = Path(__file__).parent / "golden"
UPDATE = bool(os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"))
CHECK_CLAIM = "Egypt trained Haftar's forces"
STATUSES = {"corroborated", "contradicted", "single_source", "unattributed"}
KINDS = {"named", "anonymous", "sources_said", "unattributed"}


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> tuple[Path, str]:
    """(working folder, database URL) with the five seeds ingested as ``seeds/NAME.txt``."""
    work = tmp_path_factory.mktemp("golden")
    shutil.copytree(seeds_dir, work / "seeds")
    url = f"sqlite:///{work / 'seeds.db'}"
    with contextlib.chdir(work):
        summary = api.ingest(["seeds"], url)
    assert summary.ingested == 5 and not summary.skipped, summary.as_dict()
    return work, url


@pytest.fixture(scope="module")
def rows(seeded: tuple[Path, str]) -> list[ReportRow]:
    return api.report(seeded[1])


def find(rows: list[ReportRow], status: str, *words: str) -> ReportRow:
    """The cluster of ``status`` whose claim has all ``words`` (found by content, not by id)."""
    hits = [r for r in rows if r.status == status and all(w in r.claim.lower() for w in words)]
    assert hits, f"no {status} cluster with {words} among: " + "; ".join(
        f"{r.status}: {r.claim[:60]}" for r in rows if r.status == status)
    return hits[0]


# ---------------------------------------------------------------- rendering

SHORT_ID = re.compile(r"\b([ka])[0-9a-f]{7}\b")


def render_text(renderable: Any, width: int = 100) -> str:
    buf = io.StringIO()
    make_console(file=buf, width=width).print(renderable)
    return "\n".join(line.rstrip() for line in buf.getvalue().splitlines()) + "\n"


def mask_ids(text: str) -> str:
    """Cluster (k…) and article (a…) ids are content hashes that include the extractor version:
    any lexicon or parser change renews them all. The golden text keeps their place and length
    (``k#######``), so it changes only when what a reader sees changes."""
    return SHORT_ID.sub(lambda m: m.group(1) + "#" * 7, text)


def assert_golden(name: str, text: str) -> None:
    path = GOLDEN / f"{name}.txt"
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"{path} is missing: run with CLAIMCHECK_UPDATE_GOLDEN=1 to write it")
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        import difflib

        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                            f"golden/{name}.txt", "rendered", n=2))
        pytest.fail(f"{name} differs from its golden text (CLAIMCHECK_UPDATE_GOLDEN=1 rewrites it "
                    f"after a deliberate change):\n{diff[:6000]}")


def views(seeded: tuple[Path, str], rows: list[ReportRow]) -> dict[str, Callable[[], Any]]:
    url = seeded[1]
    airstrikes = find(rows, "contradicted", "staged by egypt")
    training = find(rows, "single_source", "received military training")  # the deed; the offer is apart
    return {
        "report": lambda: render.report_table(rows),
        "show_contradicted_airstrikes": lambda: render.show_tree(api.show(url, airstrikes.cluster)),
        "show_training_deed": lambda: render.show_tree(api.show(url, training.cluster)),
        "sources": lambda: render.sources_table(api.sources(url)),
        "check": lambda: render.check_table(api.check(url, CHECK_CLAIM)),
    }


VIEWS = ["report", "show_contradicted_airstrikes", "show_training_deed", "sources", "check"]


@pytest.mark.parametrize("name", VIEWS)
def test_golden(name: str, seeded: tuple[Path, str], rows: list[ReportRow]) -> None:
    with contextlib.chdir(seeded[0]):
        renderable = views(seeded, rows)[name]()
    text = render_text(renderable)
    if name == "sources":
        assert not SHORT_ID.search(text), "sources are not clusters: no cluster ids"
    elif name != "check":  # check shows an id only when its evidence belongs to a cluster
        assert SHORT_ID.search(text), "short ids are shown"
    text = mask_ids(text)
    assert "\x1b" not in text, "ANSI escape codes in output without colour"
    assert str(seeded[0]) not in text, "an absolute temporary path leaked into the output"
    assert_golden(name, text)


@pytest.mark.parametrize("name", VIEWS)
def test_fits_80_columns(name: str, seeded: tuple[Path, str], rows: list[ReportRow]) -> None:
    """At 80 columns every line fits, ids are short, and the legend is not cut mid-line."""
    from rich.cells import cell_len

    with contextlib.chdir(seeded[0]):
        text = render_text(views(seeded, rows)[name](), width=80)
    too_wide = [line for line in text.splitlines() if cell_len(line) > 80]
    assert not too_wide, too_wide[:3]
    assert not any(r.cluster in text for r in rows), "full cluster ids: tables show the short ones"
    if name == "report":
        legend = text.splitlines()[-3:]
        assert [line.split()[0] for line in legend] == ["cred", "orig/art", "sources"], legend


def test_absolute_doc_paths_are_shown_relative_or_by_name(tmp_path: Path) -> None:
    inside = Path.cwd() / "seeds" / "a.txt"
    assert render.doc_label(str(inside)) == os.path.join("seeds", "a.txt")
    assert render.doc_label(str(tmp_path / "x" / "b.txt")) in ("b.txt", os.path.relpath(tmp_path / "x" / "b.txt"))
    assert render.doc_label("seeds/c.txt") == "seeds/c.txt"
    assert render.doc_label("https://example.org/a") == "https://example.org/a"


def test_clip_cuts_at_a_word() -> None:
    assert render.clip("short", 10) == "short"
    out = render.clip("the quick brown fox jumps over the lazy dog", 20)
    text = "the quick brown fox jumps over the lazy dog"
    kept = out[:-1].rstrip()
    assert len(out) <= 20 and out.endswith("…") and len(kept.split()) >= 3
    assert text.startswith(kept) and text[len(kept)] == " ", "cut at a word boundary, no word dropped inside"
    assert render.clip("the quick brown fox jumps", 25) == "the quick brown fox jumps"


class _FakeTerminal:
    """A file that says it is a terminal, to see what a real terminal would receive."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, s: str) -> int:
        self.parts.append(s)
        return len(s)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_no_color_means_no_escape_codes(monkeypatch: pytest.MonkeyPatch, rows: list[ReportRow]) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    term = _FakeTerminal()
    make_console(file=term, width=80).print(render.report_table(rows[:3]))
    assert "\x1b[" in "".join(term.parts), "a terminal gets colour"
    monkeypatch.setenv("NO_COLOR", "1")
    term = _FakeTerminal()
    make_console(file=term, width=80).print(render.report_table(rows[:3]))
    assert "\x1b" not in "".join(term.parts), "NO_COLOR: no escape codes at all (no bold either)"


def test_piped_cli_output_has_no_escape_codes(cli, seeded: tuple[Path, str]) -> None:  # noqa: ANN001
    code, out, err = cli("report", "--db", seeded[1], "--limit", "3", env={"NO_COLOR": "", "COLUMNS": "80"})
    assert code == 0, err
    assert "\x1b" not in out and "Corroboration table" in out


# ---------------------------------------------------------------- JSON shapes

OPT_STR = (str, type(None))
VERDICT = {"verdict": {"confirmed", "dismissed", "unclear"}, "reviewer": str, "at": OPT_STR, "note": OPT_STR}
REPORT_ROW = {
    "cluster": str, "claim": str, "status": STATUSES, "credibility": range(1, 7),
    "independent_origins": int, "articles": int,
    "sources": [{"name": str, "kind": KINDS, "stance": str}],
    "source_kinds": {str: int}, "denials": int, "non_answers": int,
    "first_seen": OPT_STR, "last_seen": OPT_STR, "verdict": (type(None), VERDICT),
}
SHOW = {
    **REPORT_ROW, "reasons": [str],
    "mentions_detail": [{
        "stance": str, "origin": str,
        "claim": {"text": str, "start": int, "end": int},
        "sentence": {"text": str, "start": int, "end": int},
        "attribution": (type(None), {"source": (type(None), {"text": str, "start": int, "end": int, "kind": KINDS}),
                                     "cue": {"text": str, "start": int, "end": int, "act": str},
                                     "direct_quote": bool, "via": [{"text": str, "start": int, "end": int}]}),
        "article": {"id": str, "title": OPT_STR, "outlet": OPT_STR, "doc": str, "url": OPT_STR, "published": OPT_STR},
    }],
}
SOURCE_ROW = {"source": str, "name": str, "kind": KINDS, "grade": {"A", "B", "C", "D", "E", "F"}, "reasons": [str],
              "attributions": int, "corroborated": int, "contradicted": int, "single_source": int}
CHECK = {
    "claim": str, "status": STATUSES | {"no_evidence"}, "credibility": range(1, 7), "reasons": [str],
    "proposition": {"content": str, "agent": OPT_STR, "action": OPT_STR, "polarity": {"positive", "negative"},
                    "speaker": OPT_STR},
    "independent_origins": int, "more_evidence": int,
    "origins": [{"origin": str, "label": str, "stance": {"corroborate", "contradict", "observe", "no comment", "mixed"},
                 "evidence": [int], "pieces": int}],
    "evidence": [{"article": {"id": str, "title": OPT_STR, "outlet": OPT_STR, "published": OPT_STR},
                  "sentence": str, "start": int, "end": int, "claim": {"text": str, "start": int, "end": int},
                  "stance": {"corroborate", "contradict", "observe", "no comment"}, "reason": str, "score": float,
                  "kind": KINDS, "origin": str,
                  "source": (type(None), {"text": OPT_STR, "name": OPT_STR, "kind": (type(None), KINDS), "act": str,
                                          "cue": OPT_STR, "via": [str]})}],
}


def validate(value: Any, schema: Any, where: str = "$") -> None:
    """A small shape checker. A type: isinstance (bool is not an int). A set: one of its
    values. A range: an int in it. A tuple: any of the alternatives. ``[s]``: a list of s.
    ``{str: s}``: a mapping of strings to s. Any other dict: these keys (at least), each of
    its shape."""
    if isinstance(schema, tuple):
        errors = []
        for alt in schema:
            try:
                validate(value, alt, where)
                return
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{where}: matches none of the alternatives: {errors}")
    if isinstance(schema, type):
        ok = isinstance(value, schema) and not (schema is int and isinstance(value, bool))
        assert ok, f"{where}: expected {schema.__name__}, got {value!r:.80}"
    elif isinstance(schema, (set, frozenset)):
        assert value in schema, f"{where}: {value!r} not one of {sorted(schema)}"
    elif isinstance(schema, range):
        assert isinstance(value, int) and value in schema, f"{where}: {value!r} not in {schema}"
    elif isinstance(schema, list):
        assert isinstance(value, list), f"{where}: expected a list, got {value!r:.80}"
        for i, item in enumerate(value):
            validate(item, schema[0], f"{where}[{i}]")
    elif isinstance(schema, dict) and list(schema) == [str]:
        assert isinstance(value, dict), f"{where}: expected an object"
        for k, v in value.items():
            validate(k, str, f"{where}.{k}")
            validate(v, schema[str], f"{where}.{k}")
    elif isinstance(schema, dict):
        assert isinstance(value, dict), f"{where}: expected an object, got {value!r:.80}"
        missing = sorted(set(schema) - set(value))
        assert not missing, f"{where}: missing keys {missing}"
        for k, s in schema.items():
            validate(value[k], s, f"{where}.{k}")
    else:  # pragma: no cover - a mistake in the schema itself
        raise TypeError(f"bad schema at {where}: {schema!r}")


def test_validate_catches_a_wrong_shape() -> None:
    with pytest.raises(AssertionError, match="missing keys"):
        validate({"cluster": "x"}, REPORT_ROW)
    with pytest.raises(AssertionError, match="not one of"):
        validate({"name": "a", "kind": "rumour", "stance": "support"}, REPORT_ROW["sources"][0])
    with pytest.raises(AssertionError, match="expected int"):
        validate(True, int)


def _json(cli, *args: str) -> Any:  # noqa: ANN001
    code, out, err = cli(*args)
    assert code == 0, err
    return json.loads(out)


def test_report_json_shape(cli, seeded: tuple[Path, str]) -> None:  # noqa: ANN001
    data = _json(cli, "report", "--db", seeded[1], "--format", "json")
    assert isinstance(data, list) and data
    for i, row in enumerate(data):
        validate(row, REPORT_ROW, f"report[{i}]")
    # the seeds hold no corroborated cluster (the training offer and deed are two single-source claims)
    assert {r["status"] for r in data} >= {"single_source", "contradicted", "unattributed"}


def test_show_json_shape(cli, seeded: tuple[Path, str], rows: list[ReportRow]) -> None:  # noqa: ANN001
    uid = find(rows, "contradicted", "staged by egypt").cluster
    data = _json(cli, "show", uid[:8], "--db", seeded[1], "--format", "json")
    validate(data, SHOW, "show")
    assert data["cluster"] == uid
    for m in data["mentions_detail"]:  # spans are offsets into the article text
        s = m["sentence"]
        assert 0 <= s["start"] < s["end"] and s["end"] - s["start"] == len(s["text"])
        c = m["claim"]  # a claim's text is its composed statement; start..end its outer extent
        assert 0 <= c["start"] < c["end"] and c["text"]
    assert {m["stance"] for m in data["mentions_detail"]} >= {"support", "deny"}


def test_sources_json_shape(cli, seeded: tuple[Path, str]) -> None:  # noqa: ANN001
    data = _json(cli, "sources", "--db", seeded[1], "--format", "json")
    assert isinstance(data, list) and data
    for i, row in enumerate(data):
        validate(row, SOURCE_ROW, f"sources[{i}]")


def test_check_json_shape(cli, seeded: tuple[Path, str]) -> None:  # noqa: ANN001
    data = _json(cli, "check", CHECK_CLAIM, "--db", seeded[1], "--format", "json")
    validate(data, CHECK, "check")
    assert data["claim"] == CHECK_CLAIM and data["evidence"]


def test_review_list_json_shape(cli, seeded: tuple[Path, str]) -> None:  # noqa: ANN001
    data = _json(cli, "review", "--list", "--db", seeded[1], "--format", "json")
    assert data and all(r["status"] == "contradicted" for r in data)
    for i, row in enumerate(data):
        validate(row, REPORT_ROW, f"review[{i}]")


# ---------------------------------------------------------------- output: formats, truncation, skips

def _fixed_rows() -> list[ReportRow]:
    """Two report rows built by hand (no parser involved)."""
    import datetime as dt

    return [
        ReportRow("k1111111aaaa", "The minister resigned", "contradicted", 5, ("asserted by 1 origin(s)",), 1, 2, 3,
                  "resign", ("The Minister",), {"named": 2, "unattributed": 1},
                  (("Agency", "named", "support"), ("Ministry", "named", "deny")), ("Daily", "Weekly"), 1, 0,
                  dt.date(2021, 1, 2), dt.date(2021, 1, 5), ("a1", "a2"),
                  {"verdict": "confirmed", "reviewer": "r", "at": "2021-02-01T00:00:00", "note": None}),
        ReportRow("k2222222bbbb", "Rain fell | all day", "single_source", 6, (), 1, 1, 1, None, (), {}, (), (), 0, 0,
                  None, None),
    ]


def test_report_row_json_is_one_shape() -> None:
    a, b = _fixed_rows()
    assert list(a.to_json()) == ["cluster", "claim", "status", "credibility", "reasons", "independent_origins",
                                 "articles", "mentions", "action", "actors", "source_kinds", "sources", "outlets",
                                 "denials", "non_answers", "first_seen", "last_seen", "article_ids", "verdict"]
    assert "article_ids" not in b.to_json()
    assert a.to_json()["sources"][1] == {"name": "Ministry", "kind": "named", "stance": "deny"}
    assert (a.to_json()["first_seen"], b.to_json()["last_seen"]) == ("2021-01-02", None)
    text = render.report_json(_fixed_rows())
    assert text.startswith("[\n{") and text.endswith("}\n]\n") and len(text.splitlines()) == 4
    assert json.loads(text) == [a.to_json(), b.to_json()]
    assert render.to_json(_fixed_rows()) == text  # model values are written as their to_json()
    assert render.report_json([]) == "[]\n"


def test_report_csv_and_markdown_from_fixed_rows() -> None:
    import csv

    rows = list(csv.DictReader(io.StringIO(render.report_csv(_fixed_rows()))))
    assert rows[0]["sources"] == "Agency (named, support); Ministry (named, deny)"
    assert (rows[0]["named"], rows[0]["unattributed"], rows[0]["verdict"]) == ("2", "1", "confirmed")
    assert (rows[1]["first_seen"], rows[1]["verdict"], rows[1]["reasons"]) == ("", "", "")
    md = render.report_markdown(_fixed_rows()).splitlines()
    assert md[2].startswith("| k1111111 | contradicted — reviewed: confirmed | 5 | 1 / 2 | N2 U1 | 1 | 0 |")
    assert md[3].endswith("| Rain fell \\| all day |")


def test_write_report_names_what_was_left_out() -> None:
    from claimcheck.model import ReportPage
    from claimcheck.report import output

    assert output.report_limit("table", None) == output.TABLE_LIMIT
    assert output.report_limit("json", None) == 0 and output.report_limit("table", 5) == 5
    out, err = io.StringIO(), io.StringIO()
    output.write_report(ReportPage(tuple(_fixed_rows()), 2, True), "json", out, err)
    assert err.getvalue() == ("claimcheck: showing the first 2 clusters; --limit 0 shows all, "
                              "--format json|csv gives all to scripts\n")
    assert out.getvalue() == render.report_json(_fixed_rows())
    out, err = io.StringIO(), io.StringIO()
    output.write_report(ReportPage(tuple(_fixed_rows())), "table", out, err)
    assert err.getvalue() == "" and "Corroboration table: 2 clusters" in out.getvalue()


def test_report_page_limits_and_refuses_bad_dates(seeded: tuple[Path, str]) -> None:
    from claimcheck.errors import UsageError

    url = seeded[1]
    everything = api.report(url)
    page = api.report_page(url, api.ReportFilters(), limit=2)
    assert all(r.story for r in page.rows)  # each row with its story; the rest as api.report gives it
    assert (tuple(replace(r, story=None) for r in page.rows), page.limit, page.more) == (tuple(everything[:2]), 2, True)
    page = api.report_page(url, api.ReportFilters(status=("contradicted",)), limit=0, with_articles=True)
    assert not page.more and page.rows and all(r.status == "contradicted" and r.article_ids for r in page.rows)
    with pytest.raises(UsageError, match=r"--since '2021-13-01' is not a date \(YYYY-MM-DD\)"):
        api.report_page(url, api.ReportFilters(since="2021-13-01"))


def test_write_stances_counts_and_names_skips() -> None:
    from types import SimpleNamespace

    from claimcheck.report import output

    rows = [{"id": "1", "label": "corroborate"}, SimpleNamespace(reason="x.jsonl:2: bad line"),
            {"id": "3", "label": "unrelated"}]
    out, err = io.StringIO(), io.StringIO()
    assert output.write_stances(rows, "table", out, err) == 1
    assert out.getvalue() == "1\tcorroborate\n3\tunrelated\n"
    assert err.getvalue() == "claimcheck: skipped x.jsonl:2: bad line\n"
    out = io.StringIO()
    assert output.write_stances(rows[:1], "jsonl", out, io.StringIO()) == 0
    assert out.getvalue() == '{"id": "1", "label": "corroborate"}\n'
