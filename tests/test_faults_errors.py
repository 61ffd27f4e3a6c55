"""Every user error is one line on stderr and exit 1 (2 only for a bug): a table of bad input.

Each row is a command line (``{db}`` is a database holding the seeds, ``{tmp}`` a scratch
folder), the exit code and a fragment of the one line.  The full-disk and read-only rows run in
a private mount namespace (a small tmpfs) and are skipped where that cannot be made.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")
SEED = str(sorted((ROOT / "seeds").glob("*.txt"))[0])  # one article: quicker where any will do
LONG = "x" * 60_000

ROWS: list[tuple[str, list[str], str]] = [
    ("report --format xml", ["report", "--db", "{db}", "--format", "xml"], "'xml' is not one of"),
    ("report --status bogus", ["report", "--db", "{db}", "--status", "bogus"], "'bogus' is not one of"),
    ("report --min-origins abc", ["report", "--db", "{db}", "--min-origins", "abc"], "--min-origins"),
    ("report --min-origins -1", ["report", "--db", "{db}", "--min-origins", "-1"], "must be 0 or more"),
    ("report --limit -5", ["report", "--db", "{db}", "--limit", "-5"], "--limit -5: must be 0 or more"),
    ("report --sort nope", ["report", "--db", "{db}", "--sort", "nope"], "'nope' is not one of"),
    ("report --since notadate", ["report", "--db", "{db}", "--since", "notadate"], "notadate"),
    ("report --actor too long", ["report", "--db", "{db}", "--actor", LONG], "too long"),
    ("report --outlet too long", ["report", "--db", "{db}", "--outlet", LONG], "too long"),
    ("show too long", ["show", LONG, "--db", "{db}"], "too long"),
    ("sources --kind too long", ["sources", "--db", "{db}", "--kind", LONG], "too long"),
    ("sources --kind bogus", ["sources", "--db", "{db}", "--kind", "bogus"], "use one of named, anonymous"),
    # read commands never create a database; `db upgrade` does, but never downgrades
    ("db current on a missing file", ["db", "current", "--db", "{tmp}/new.db"], "new.db: no such database"),
    ("db check on a missing file", ["db", "check", "--db", "{tmp}/missing.db"], "missing.db: no such database"),
    ("db upgrade base", ["db", "upgrade", "base", "--db", "{db}"], "cannot upgrade to 'base'"),
    ("db upgrade to an older revision", ["db", "upgrade", "0003", "--db", "{db}"], "does not downgrade"),
    ("db upgrade to an unknown revision", ["db", "upgrade", "nosuch", "--db", "{db}"], "cannot upgrade to 'nosuch'"),
    # an article given to stance without --claim: one line for the file, not one a line
    ("stance on an article", ["stance", "{tmp}/article.txt"], "article.txt is not a pairs JSONL file"),
    ("stance on a one-line non-pairs file", ["stance", "{tmp}/notes.txt"], "to judge articles use --claim"),
    ("sources --format xml", ["sources", "--db", "{db}", "--format", "xml"], "'xml' is not one of"),
    ("check --limit -1", ["check", "x", "--db", "{db}", "--limit", "-1"], "must be 0 or more"),
    ("check --limit abc", ["check", "x", "--db", "{db}", "--limit", "abc"], "--limit"),
    ("extract --format xml", ["extract", SEEDS, "--format", "xml"], "'xml' is not one of"),
    ("ingest --max-size 0", ["ingest", SEEDS, "--db", "{tmp}/n.db", "--max-size", "0"], "must be more than 0"),
    ("ingest --max-size abc", ["ingest", SEEDS, "--db", "{tmp}/n.db", "--max-size", "abc"], "--max-size"),
    # a size that is not finite (or overflows once counted in bytes): one line, not an OverflowError
    ("ingest --max-size inf", ["ingest", SEEDS, "--db", "{tmp}/n.db", "--max-size", "inf"], "must be a finite number"),
    ("extract --max-size inf", ["extract", SEEDS, "--max-size", "inf"], "must be a finite number"),
    ("ingest --max-size 1e308", ["ingest", SEEDS, "--db", "{tmp}/n.db", "--max-size", "1e308"], "must be a finite number"),
    ("ingest --max-size nan", ["ingest", SEEDS, "--db", "{tmp}/n.db", "--max-size", "nan"], "must be more than 0"),
    ("ingest --max-size -inf", ["ingest", SEEDS, "--db", "{tmp}/n.db", "--max-size", "-inf"], "must be more than 0"),
    ("ingest --max-size -1", ["ingest", SEEDS, "--db", "{tmp}/n.db", "--max-size", "-1"], "must be more than 0"),
    ("export --format xml", ["export", "--db", "{db}", "--format", "xml"], "'xml' is not one of"),
    ("unknown option", ["report", "--db", "{db}", "--colour"], "No such option"),
    ("unknown command", ["frobnicate"], "No such command"),
    ("missing argument", ["ingest"], "Missing argument"),
    ("url with a bad port", ["report", "--db", "postgresql+psycopg://u@127.0.0.1:abc/db"], "not a database URL"),
    ("url port out of range", ["report", "--db", "postgresql+psycopg://u@127.0.0.1:99999/db"], "port"),
    ("server not listening", ["report", "--db", "postgresql+psycopg://u@127.0.0.1:9/db"], "connect"),
    ("unknown dialect", ["report", "--db", "nosuch://x/y"], "cannot use database"),
    # a blank filter would match every row (a script's unset variable): refused, as an empty claim is
    ("report --actor ''", ["report", "--db", "{db}", "--actor", ""], "--actor: an empty value"),
    ("report --outlet blank", ["report", "--db", "{db}", "--outlet", "  "], "--outlet: an empty value"),
    ("sources --kind ''", ["sources", "--db", "{db}", "--kind", ""], "--kind: an empty value"),
    ("export --actor ''", ["export", "--format", "jsonl", "--db", "{db}", "--actor", ""], "an empty value"),
    ("stance --claim ''", ["stance", SEED, "--claim", ""], "--claim: the claim is empty"),
    ("check ''", ["check", "", "--db", "{db}"], "the claim is empty"),
    ("database in a missing folder", ["ingest", SEEDS, "--db", "{tmp}/no/such/x.db"], "does not exist"),
    ("database is a folder", ["report", "--db", "{tmp}"], "is a folder"),
    ("not a database", ["report", "--db", "{tmp}/notes.txt"], "cannot open database"),
    # an empty file, a FIFO, a device or another program's SQLite file is never made a database
    ("report on an empty file", ["report", "--db", "{tmp}/empty.txt"], "empty.txt: an empty file"),
    ("check on an empty file", ["check", "x", "--db", "{tmp}/empty.txt"], "empty.txt: an empty file"),
    ("sources on an empty file", ["sources", "--db", "{tmp}/empty.txt"], "empty.txt: an empty file"),
    ("export on an empty file", ["export", "--format", "jsonl", "--db", "{tmp}/empty.txt"], "an empty file"),
    ("report on a FIFO", ["report", "--db", "{tmp}/pipe"], "pipe: is a named pipe (FIFO), not a database"),
    ("ingest into a FIFO", ["ingest", SEED, "--db", "{tmp}/pipe"], "pipe: is a named pipe (FIFO)"),
    ("report on a device", ["report", "--db", "/dev/null"], "/dev/null: is a character device"),
    ("report on another program's SQLite", ["report", "--db", "{tmp}/other.db"], "without claimcheck tables"),
    # a SQLite file with no tables at all: what an ingest killed before its first migration leaves
    ("report on a bare SQLite file", ["report", "--db", "{tmp}/bare.db"], "bare.db: a SQLite database with no tables yet"),
    ("check on a bare SQLite file", ["check", "x", "--db", "{tmp}/bare.db"], "ingest articles into it first"),
    ("sources on a bare SQLite file", ["sources", "--db", "{tmp}/bare.db"], "no tables yet"),
    # extract names the input in every skip line
    ("extract a missing file", ["extract", "{tmp}/nosuch.txt"], "nosuch.txt: no such file"),
    ("extract an empty file", ["extract", "{tmp}/empty.txt"], "empty.txt: empty file"),
    ("extract a FIFO", ["extract", "{tmp}/pipe"], "pipe: a named pipe"),
    ("extract a binary file", ["extract", "{tmp}/bin.txt"], "bin.txt: binary file"),
    ("extract a bad JSONL line", ["extract", "{tmp}/bad.jsonl"], "bad.jsonl:1: not valid JSON"),
]


def run(args: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          env={**os.environ, "NO_COLOR": "1", "COLUMNS": "80"})


def assert_one_line(proc: subprocess.CompletedProcess[str], fragment: str, code: int = 1) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("claimcheck: "), proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    assert fragment in proc.stderr, proc.stderr


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("seeded")
    assert run([sys.executable, "-m", "claimcheck", "ingest", SEEDS, "--db", "s.db", "-q"], d).returncode == 0
    (d / "notes.txt").write_text("hello\n", encoding="utf-8")
    return d


@pytest.mark.parametrize(("name", "args", "fragment"), ROWS, ids=[r[0] for r in ROWS])
def test_user_error_is_one_line(seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                name: str, args: list[str], fragment: str) -> None:
    """In process (fast); the same entry point as the console script."""
    from typer.testing import CliRunner

    from claimcheck.cli import app

    (tmp_path / "notes.txt").write_text("hello\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "bad.jsonl").write_text("not json\n", encoding="utf-8")
    (tmp_path / "article.txt").write_text("Title\n\n" + "A sentence of the article.\n" * 19, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE notes (x)")
    other.commit()
    other.close()
    bare = sqlite3.connect(tmp_path / "bare.db")
    bare.execute("PRAGMA user_version = 1")  # a header page, no table
    bare.commit()
    bare.close()
    monkeypatch.chdir(tmp_path)
    argv = [a.replace("{db}", str(seeded / "s.db")).replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(app, argv, env={"NO_COLOR": "1", "CLAIMCHECK_DEBUG": ""})
    proc = subprocess.CompletedProcess(argv, result.exit_code, result.stdout, result.stderr)
    assert_one_line(proc, fragment)
    assert (tmp_path / "empty.txt").stat().st_size == 0  # still empty: not made a database
    assert not (tmp_path / "new.db").exists() and not (tmp_path / "missing.db").exists()
    assert {r[0] for r in sqlite3.connect(tmp_path / "other.db").execute("SELECT name FROM sqlite_master")} == {"notes"}


@pytest.mark.parametrize("args", [["report", "--format", "xml"], ["report", "--db", "x:abc//"],
                                  ["ingest", SEEDS, "--max-size", "-1"]])
def test_the_console_script_says_the_same(tmp_path: Path, args: list[str]) -> None:
    proc = run([sys.executable, "-m", "claimcheck", *args], tmp_path)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr


def _namespace_ok() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True)
    return probe.returncode == 0


def _in_small_disk(tmp_path: Path, size: str, script: str) -> subprocess.CompletedProcess[str]:
    """``script`` (sh) with a private tmpfs of ``size`` mounted on ``$M`` (gone when it ends)."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    cc = f"{sys.executable} -m claimcheck"
    body = f'M={mnt}; CC="{cc}"; mount -t tmpfs -o size={size} tmpfs "$M" && {script}'
    return run(["unshare", "-m", "sh", "-c", body], tmp_path, timeout=300)


namespace = pytest.mark.skipif(not _namespace_ok(), reason="needs root and mount namespaces (unshare -m)")


@namespace
@pytest.mark.parametrize("size,first", [
    ("400k", ""),  # fills up while migrating
    # fills up while storing articles: migrated first, then all but ~80k taken (room to reopen it) (articles are
    # written by batches, so the seeds alone no longer outgrow what the migration needed)
    ("1m", '$CC db upgrade --db "$M/x.db" >/dev/null && '
           'head -c $(( $(df -k --output=avail "$M" | tail -1) * 1024 - 80000 )) /dev/zero > "$M/pad" && '),
])
def test_a_full_disk_is_one_line(tmp_path: Path, size: str, first: str) -> None:
    proc = _in_small_disk(tmp_path, size, f'{first}$CC ingest {SEEDS} --db "$M/x.db" -q')
    assert_one_line(proc, "the disk is full")


@namespace
def test_a_read_only_mount_is_one_line_and_still_readable(tmp_path: Path) -> None:
    script = (f'$CC ingest {SEED} --db "$M/x.db" -q && mount -o remount,ro "$M" && '
              f'$CC report --db "$M/x.db" -f json >/dev/null && echo READ-OK && '
              f'$CC ingest {SEEDS} --db "$M/x.db" -q')
    proc = _in_small_disk(tmp_path, "5m", script)
    assert "READ-OK" in proc.stdout, proc.stderr
    assert_one_line(proc, "read-only")


@namespace
def test_export_to_a_read_only_mount_is_one_line(tmp_path: Path) -> None:
    script = (f'$CC ingest {SEED} --db x.db -q && mount -o remount,ro "$M" && '
              f'$CC export "$M/out" --format csv --db x.db')
    proc = _in_small_disk(tmp_path, "1m", script)
    assert_one_line(proc, "read-only file system")


def test_classifier_maps_os_and_database_errors() -> None:
    import errno
    import sqlite3

    from claimcheck import api

    assert "permission denied" in str(api.user_error(PermissionError(errno.EACCES, "Permission denied", "/x")))
    assert "no space left" in str(api.user_error(OSError(errno.ENOSPC, "No space left on device")))
    assert "disk is full" in str(api.user_error(sqlite3.OperationalError("database or disk is full")))
    assert "too long" in str(api.user_error(sqlite3.OperationalError("LIKE or GLOB pattern too complex")))
    assert api.user_error(ValueError("a bug")) is None
    assert api.user_error(sqlite3.OperationalError("no such column: x")) is None


@pytest.mark.parametrize("payload", [bytes(range(256)) * 12, b"\x1b[31m" * 300, "\u200b\u202e".encode() * 400])
def test_a_reader_message_quotes_a_short_printable_excerpt(tmp_path: Path, payload: bytes) -> None:
    """A gzip of garbage: the reader's message quotes the bad bytes; the skip line escapes
    control characters and stays short (issue 11)."""
    import gzip

    from typer.testing import CliRunner

    from claimcheck.cli import app

    (tmp_path / "bad.warc.gz").write_bytes(gzip.compress(payload))
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "bad.warc.gz"), "--db", str(tmp_path / "x.db")],
                                env={"NO_COLOR": "1", "CLAIMCHECK_DEBUG": ""})
    assert result.exit_code == 1, result.stderr
    lines = result.stderr.splitlines()
    skip = [ln for ln in lines if "bad.warc.gz" in ln]
    assert len(skip) == 1 and len(skip[0]) < 400, result.stderr
    assert all(c.isprintable() for ln in lines for c in ln), result.stderr


def test_excerpt_escapes_and_caps() -> None:
    from claimcheck.errors import excerpt

    assert excerpt("a\x00b\nc") == "a\\x00b\\nc"
    long = excerpt("\x01" * 100, 20)
    assert len(long) <= 20 and long.endswith("…") and long[:-1].count("\\x01") == len(long[:-1]) // 4
    assert excerpt("plain text") == "plain text"


def test_stance_keeps_bad_lines_before_a_good_pair_as_skips(tmp_path: Path) -> None:
    """One or two bad lines before the first pair are still a pairs file: each bad line is a
    skip and the pairs after them are judged."""
    import json

    from claimcheck import api
    from claimcheck.ingest.readers import Skip

    good = json.dumps({"id": "a", "claim": "The mayor resigned", "text": "The price of wheat rose."})
    (tmp_path / "p.jsonl").write_text('{"id": 1}\nnot json\n' + good + "\n", encoding="utf-8")
    got = list(api.stance(str(tmp_path / "p.jsonl"), None))
    assert [g.ref.rsplit(":", 1)[1] for g in got if isinstance(g, Skip)] == ["1", "2"]
    assert [g["id"] for g in got if not isinstance(g, Skip)] == ["a"]
