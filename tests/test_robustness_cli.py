"""Bad databases and misuse: one line on stderr, the right exit code, nothing lost."""

from __future__ import annotations

import json
import os
from contextlib import closing
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]



def one_line(proc: subprocess.CompletedProcess[str], code: int = 1) -> None:
    assert proc.returncode == code, proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr


def test_read_commands_do_not_create_a_missing_database(cc, tmp_path: Path) -> None:
    for args in (["report"], ["sources"], ["show", "k1"], ["actors"], ["check", "x"], ["review", "--list"]):
        one_line(cc(*args, "--db", "typo.db", cwd=tmp_path))
        assert not (tmp_path / "typo.db").exists()


def test_a_file_that_is_not_a_database_is_one_line(cc, tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("hello\n", encoding="utf-8")
    one_line(cc("report", "--db", "notes.db", cwd=tmp_path))


def test_export_never_writes_over_its_own_database(cc, tmp_path: Path) -> None:
    assert cc("ingest", str(ROOT / "seeds"), "--db", "s.db", "-q", cwd=tmp_path).returncode == 0
    before = (tmp_path / "s.db").read_bytes()[:16]
    one_line(cc("export", "s.db", "--format", "jsonl", "--overwrite", "--db", "s.db", cwd=tmp_path))
    assert (tmp_path / "s.db").read_bytes()[:16] == before == b"SQLite format 3\x00"
    assert cc("report", "--format", "json", "--db", "s.db", cwd=tmp_path).returncode == 0


def test_report_filters_take_their_value_literally(cc, tmp_path: Path) -> None:
    assert cc("ingest", str(ROOT / "seeds"), "--db", "s.db", "-q", cwd=tmp_path).returncode == 0
    everything = json.loads(cc("report", "--format", "json", "--db", "s.db", cwd=tmp_path).stdout)
    assert everything
    assert json.loads(cc("report", "--format", "json", "--actor", "%", "--db", "s.db", cwd=tmp_path).stdout) == []
    one_line(cc("show", " ", "--db", "s.db", cwd=tmp_path))


def test_an_interrupted_ingest_is_analysed_by_the_next_one(tmp_path: Path) -> None:
    from claimcheck import api

    db = str(tmp_path / "s.db")
    api.ingest([str(ROOT / "seeds")], db, analyse=False)  # as if stopped before the analysis
    assert api.report(db) == []
    again = api.ingest([str(ROOT / "seeds")], db)
    assert again.unchanged == 5 and again.ingested == 0
    assert api.report(db)  # analysed although nothing new came in


def test_db_check_accepts_a_handed_over_export(cc, tmp_path: Path) -> None:
    assert cc("ingest", str(ROOT / "seeds"), "--db", "s.db", "-q", cwd=tmp_path).returncode == 0
    assert cc("export", "handover.db", "--format", "sqlite", "--db", "s.db", cwd=tmp_path).returncode == 0
    proc = cc("db", "check", "--db", "handover.db", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr


def test_two_ingests_at_once_on_a_new_file_both_succeed(cc, tmp_path: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-m", "claimcheck", "ingest", str(ROOT / "seeds"), "--db", "cc.db", "-q"],
                              cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    rows = json.loads(cc("report", "--format", "json", "--db", "cc.db", cwd=tmp_path).stdout)
    assert rows
    import sqlite3

    con = sqlite3.connect(tmp_path / "cc.db")
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


def _claimcheck() -> list[str]:
    """The installed console script when there is one (completion is keyed to its name)."""
    script = Path(sys.executable).with_name("claimcheck")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "claimcheck"]


def test_version_names_the_package_and_the_extractor(cc, tmp_path: Path) -> None:
    from claimcheck import __version__
    from claimcheck.parse import extractor_version

    proc = cc("--version", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"claimcheck {__version__} (extractor {extractor_version()})\n"
    assert extractor_version().startswith(__version__ + "+")
    assert proc.stderr == ""


def test_shell_completion_is_on(tmp_path: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}  # wide: option names never cut
    helptext = subprocess.run([*_claimcheck(), "--help"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert helptext.returncode == 0, helptext.stderr
    assert "--install-completion" in helptext.stdout and "--show-completion" in helptext.stdout, helptext.stdout
    assert "--version" in helptext.stdout
    # the shell named on the command line, not detected from the process tree (shellingham
    # finds no shell above some test runners and typer then says "Shell  not supported")
    script = subprocess.run([*_claimcheck(), "--show-completion", "bash"], capture_output=True, text=True,
                            cwd=tmp_path, env={**env, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert script.returncode == 0 and "complete " in script.stdout, (script.stdout[:500], script.stderr)
    if len(_claimcheck()) == 1:  # the installed script: ask it to complete a command name, as bash does
        done = subprocess.run(_claimcheck(), capture_output=True, text=True, cwd=tmp_path,
                              env={**env, "_CLAIMCHECK_COMPLETE": "complete_bash", "COMP_WORDS": "claimcheck rep",
                                   "COMP_CWORD": "1"})
        # typer's bash completion prints the value, click's prints "plain,VALUE": either way one item, report
        items = [w.split(",", 1)[-1] for w in done.stdout.split()]
        assert done.returncode == 0 and items == ["report"], (done.stdout, done.stderr)


def test_help_and_version_stay_light() -> None:
    """``--help`` (< 0.3 s) imports neither the database layer nor the parsers; ``--version``
    not the database layer either: heavy imports stay inside the commands that need them."""
    probe = ("import sys; sys.argv = ['claimcheck', sys.argv[1]]\n"
             "from claimcheck.cli import app\n"
             "try:\n    app()\nexcept SystemExit:\n    pass\n"
             "heavy = ('sqlalchemy', 'alembic', 'dateparser', 'claimcheck.store', 'claimcheck.xref')\n"
             "print(sorted({m for m in sys.modules if m.startswith(heavy)}), file=sys.stderr)\n")
    for flag, also in (("--help", ("claimcheck.parse", "claimcheck.api", "claimcheck.model")), ("--version", ())):
        proc = subprocess.run([sys.executable, "-c", probe, flag], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        loaded = proc.stderr.strip().splitlines()[-1]
        assert loaded == "[]", f"{flag} imports {loaded}"
        if also:
            check = subprocess.run([sys.executable, "-c", probe.replace("heavy = (", f"heavy = {also!r} + ("), flag],
                                   capture_output=True, text=True)
            assert check.stderr.strip().splitlines()[-1] == "[]", f"{flag} imports {check.stderr}"


@pytest.mark.parametrize("args", [(), ("db",)], ids=["claimcheck", "claimcheck db"])
def test_no_arguments_print_the_usage_and_exit_0(cli, args: tuple[str, ...]) -> None:
    """A bare command group is a request for its usage, not an error: the usage and its commands
    on stdout, nothing on stderr, exit 0 (2 is only for our bugs)."""
    code, out, err = cli(*args)
    assert (code, err) == (0, ""), err
    usage = out.lstrip().splitlines()[0]  # "Usage: python -m claimcheck db [OPTIONS] COMMAND [ARGS]..."
    assert usage.startswith("Usage: ") and f"claimcheck{''.join(' ' + a for a in args)} [OPTIONS] COMMAND" in usage, usage
    for command in (("upgrade", "current", "check") if args else ("ingest", "report", "db", "actors")):
        assert command in out, out


def test_a_missing_command_after_an_option_is_one_line(cc, tmp_path: Path) -> None:
    """Options but no command: a user error (one line, exit 1), not the usage box."""
    one_line(cc("--csv-formulas", cwd=tmp_path))


SUPPORTED = "ar, de, en, es, fr, ru"  # en and the shipped lexicons/lang/*.toml


@pytest.mark.parametrize("command", ["ingest", "extract"])
@pytest.mark.parametrize("code", ["xx", "it", "english", "en-GB"])
def test_an_unsupported_language_is_one_line_before_anything_is_read(cc, tmp_path: Path, command: str,
                                                                      code: str) -> None:
    """``--language`` that no attribution lexicon reads: one line listing the supported codes,
    exit 1, nothing on stdout, and no database created (not a warning per article)."""
    args = [command, str(ROOT / "seeds"), "--language", code] + (["--db", "new.db"] if command == "ingest" else [])
    proc = cc(*args, cwd=tmp_path)
    one_line(proc)
    assert f"--language {code!r}: not a supported language" in proc.stderr and SUPPORTED in proc.stderr
    assert proc.stdout == "" and not (tmp_path / "new.db").exists()


@pytest.mark.parametrize("code", ["EN", " fr ", "es"])
def test_a_supported_language_in_any_case_is_taken(cc, tmp_path: Path, code: str) -> None:
    proc = cc("extract", str(ROOT / "seeds"), "--format", "jsonl", "--language", code, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert {json.loads(line)["article"]["language"] for line in proc.stdout.splitlines()} == {code.strip().lower()}


def test_a_user_lexicon_folder_adds_a_supported_language(cc, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lex" / "lang").mkdir(parents=True)
    (tmp_path / "lex" / "lang" / "it.toml").write_text(
        '[[entry]]\nid = "dire"\nkind = "cue"\nact = "assert"\nforms = ["ha detto"]\n'
        'examples = ["Il ministro ha detto che le truppe erano nella città."]\n', encoding="utf-8")
    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(tmp_path / "lex"))
    proc = cc("extract", str(ROOT / "seeds"), "--format", "jsonl", "--language", "it", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    one_line(cc("extract", str(ROOT / "seeds"), "--language", "xx", cwd=tmp_path))
    assert "ar, de, en, es, fr, it, ru" in cc("extract", str(ROOT / "seeds"), "--language", "xx", cwd=tmp_path).stderr


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _older_revision(cc, folder: Path) -> None:
    from claimcheck.store.migrate import head

    older = f"{int(head()) - 1:04d}"
    assert cc("db", "upgrade", older, "--db", "db.sqlite", cwd=folder).returncode == 0


def _half_built(cc, folder: Path) -> None:
    import sqlite3

    assert cc("db", "upgrade", "--db", "db.sqlite", cwd=folder).returncode == 0
    with closing(sqlite3.connect(folder / "db.sqlite")) as c:  # as a first migration killed half-way leaves it
        c.execute("DROP TABLE alembic_version")
        c.commit()


def _foreign(cc, folder: Path) -> None:
    import sqlite3

    with closing(sqlite3.connect(folder / "db.sqlite")) as c:
        c.execute("CREATE TABLE notes (body TEXT)")
        c.commit()


@pytest.mark.parametrize(("make", "says"), [
    (lambda cc, d: None, "no such database"),
    (lambda cc, d: (d / "db.sqlite").write_bytes(b""), "an empty file, not a claimcheck database"),
    (_foreign, "without claimcheck tables"),
    (_half_built, "not a claimcheck database (no schema revision)"),
    (_older_revision, "run `claimcheck db upgrade`"),
], ids=["missing", "empty", "another program's", "half-built", "older revision"])
def test_db_check_writes_nothing(cc, tmp_path: Path, make, says: str) -> None:
    """``db check`` only reads: a file that is not a claimcheck database at this version is one
    line and exit 1, and the folder holds byte for byte what it held (no file, schema, journal
    or migration added)."""
    make(cc, tmp_path)
    before = _files(tmp_path)
    proc = cc("db", "check", "--db", "db.sqlite", cwd=tmp_path)
    one_line(proc)
    assert says in proc.stderr, proc.stderr
    assert _files(tmp_path) == before
