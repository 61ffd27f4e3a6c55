"""Safe output: CSV cells a spreadsheet would run are neutralised; control characters in the
data are shown, not obeyed, in terminal output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from claimcheck.report.safe import csv_cell, csv_writer, terminal_text

ROOT = Path(__file__).resolve().parents[1]
SEED = str(sorted((ROOT / "seeds").glob("*.txt"))[0])


@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1+1", "'+1+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("plain", "plain"), ("a=b", "a=b"), ("", ""), (-5, -5), (3.5, 3.5), (None, None),
])
def test_csv_cell(value: object, expected: object) -> None:
    assert csv_cell(value) == expected
    assert csv_cell(value, allow=True) == value


def test_csv_writer_round_trip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_CSV_FORMULAS", raising=False)
    buf = io.StringIO()
    csv_writer(buf, lineterminator="\n").writerows([["=1+1", "ok", 7]])
    assert next(csv.reader(io.StringIO(buf.getvalue()))) == ["'=1+1", "ok", "7"]
    monkeypatch.setenv("CLAIMCHECK_CSV_FORMULAS", "1")
    buf = io.StringIO()
    csv_writer(buf).writerow(["=1+1"])
    assert buf.getvalue().strip() == "=1+1"


def test_terminal_text_keeps_newline_and_tab_and_length() -> None:
    s = "a\x1b[2Jb\x07c\x9bd\x7fe\nf\tg"
    out = terminal_text(s)
    assert len(out) == len(s) and "\n" in out and "\t" in out
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) < 0xA0 for c in out)
    assert "␛[2J" in out


def test_console_shows_escapes_instead_of_obeying_them() -> None:
    from rich.table import Table
    from rich.text import Text

    from claimcheck.report.theme import make_console

    buf = io.StringIO()
    t = Table("a")
    t.add_row(Text("evil\x1b]0;pwned\x07 title"))
    make_console(file=buf, width=80).print(t, "str \x1b[31m red")
    assert "\x1b" not in buf.getvalue() and "␛]0;pwned" in buf.getvalue() and "␛[31m" in buf.getvalue()



@pytest.fixture(scope="module")
def evil_db(cc, tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("evil")
    proc = cc("ingest", SEED, "--db", "e.db", "-q", "--title", "=HYPERLINK(\"http://x\",\"y\")",
              "--outlet", "Evil\x1b[2J\x1b]0;pwned\x07 News", cwd=d)
    assert proc.returncode == 0, proc.stderr
    return d


def test_export_csv_neutralises_formulas_unless_asked(cc, evil_db: Path) -> None:
    assert cc("export", "out", "--format", "csv", "--db", "e.db", cwd=evil_db).returncode == 0
    rows = list(csv.DictReader((evil_db / "out" / "articles.csv").open(encoding="utf-8")))
    assert rows[0]["title"] == "'=HYPERLINK(\"http://x\",\"y\")"
    assert cc("--csv-formulas", "export", "raw", "--format", "csv", "--db", "e.db", cwd=evil_db).returncode == 0
    rows = list(csv.DictReader((evil_db / "raw" / "articles.csv").open(encoding="utf-8")))
    assert rows[0]["title"] == "=HYPERLINK(\"http://x\",\"y\")"


def test_show_and_sources_do_not_print_escape_sequences(cc, evil_db: Path) -> None:
    rows = json.loads(cc("report", "--format", "json", "--db", "e.db", cwd=evil_db).stdout)
    shown = cc("show", rows[0]["cluster"], "--db", "e.db", cwd=evil_db)
    assert shown.returncode == 0 and "\x1b" not in shown.stdout and "␛[2J" in shown.stdout, shown.stdout
    for command in (["sources"], ["actors"], ["report"]):
        out = cc(*command, "--db", "e.db", cwd=evil_db)
        assert out.returncode == 0 and "\x1b" not in out.stdout and "\x07" not in out.stdout, command
