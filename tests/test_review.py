"""``claimcheck review`` end to end through a real terminal.

Each run is a child process on a pseudo-terminal (``pty.fork``): it reads single keys from the
terminal in cbreak mode (one key, no Enter) and the note as a line, exactly as with a person at
the keyboard. The test sends keys, waits for what the screen shows (escape codes stripped), and
checks what was stored with ``report --format json`` and ``review --list --format json``.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pytest

pty = pytest.importorskip("pty", reason="needs a POSIX pseudo-terminal")

ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>78])")
TIMEOUT = 60.0


class Terminal:
    """``claimcheck ARGS`` on a pseudo-terminal of 100 columns; ``expect`` reads the screen."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str]) -> None:
        full_env = {k: v for k, v in os.environ.items() if k not in ("CLAIMCHECK_DB", "NO_COLOR")}
        full_env.update({"COLUMNS": "100", "LINES": "50", "TERM": "xterm-256color", "PYTHONIOENCODING": "utf-8",
                         **env})
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the command (never return into pytest)
            try:
                os.chdir(cwd)
                os.execve(sys.executable, [sys.executable, "-m", "claimcheck", *args], full_env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.raw = ""
        self.pos = 0  # how far expect() has consumed the screen text
        self.code: int | None = None

    @property
    def screen(self) -> str:
        return ANSI.sub("", self.raw).replace("\r\n", "\n").replace("\r", "")

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            return False
        if not data:
            return False
        self.raw += data.decode("utf-8", "replace")
        return True

    def expect(self, pattern: str, timeout: float = TIMEOUT) -> re.Match[str]:
        """Wait until ``pattern`` (a regex) shows after what was already matched."""
        deadline = time.monotonic() + timeout
        while True:
            m = re.compile(pattern).search(self.screen, self.pos)
            if m:
                self.pos = m.end()
                return m
            if time.monotonic() > deadline or not self._read(0.2):
                m = re.compile(pattern).search(self.screen, self.pos)
                if m:
                    self.pos = m.end()
                    return m
                raise AssertionError(f"waited for {pattern!r}; the screen ends with:\n{self.screen[-3000:]}")

    def send(self, keys: str) -> None:
        os.write(self.fd, keys.encode("utf-8"))

    def wait(self, timeout: float = TIMEOUT) -> int:
        """Read to the end and return the exit code."""
        deadline = time.monotonic() + timeout
        while self._read(0.2) and time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                while self._read(0.05):
                    pass
                self.code = os.waitstatus_to_exitcode(status)
                break
        if self.code is None:
            _, status = os.waitpid(self.pid, 0)
            self.code = os.waitstatus_to_exitcode(status)
        os.close(self.fd)
        return self.code

    def kill(self) -> None:
        if self.code is None:
            try:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
            except OSError:
                pass


@pytest.fixture
def seeded(tmp_path: Path, seeds_dir: Path, cli) -> Path:  # noqa: ANN001
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    db = tmp_path / "review.db"
    code, _, err = cli("ingest", "seeds", "--db", db, "--quiet")
    assert code == 0, err
    return db


def review(db: Path, *args: str) -> Terminal:
    return Terminal(["review", "--db", str(db), *args], db.parent, {"CLAIMCHECK_REVIEWER": "tester"})


def queue(cli, db: Path, *args: str) -> list[dict[str, Any]]:  # noqa: ANN001
    code, out, err = cli("review", "--list", "--format", "json", "--db", db, *args)
    assert code == 0, err
    return json.loads(out)


HELP = r"c confirm · d dismiss · u unclear · n add a note · s skip · q quit"


def test_review_confirm_with_note_then_resume(cli, seeded: Path) -> None:  # noqa: ANN001
    before = queue(cli, seeded)
    assert len(before) >= 2 and all(r["status"] == "contradicted" for r in before)
    first, second = before[0]["cluster"], before[1]["cluster"]
    n = len(before)

    t = review(seeded)
    try:
        t.expect(rf"1/{n}\s+contradicted")
        t.expect(first[:8])
        t.expect(HELP)
        t.send("n")
        t.expect(r"note:")
        t.send("both sides are in the same article\r")
        t.expect(r"note kept for this cluster: both sides are in the same article")
        t.expect(HELP)
        t.send("c")  # one key, no Enter
        t.expect(r"→ confirmed \(note: both sides are in the same article\)")
        t.expect(rf"2/{n}\s+contradicted")
        t.expect(second[:8])
        t.expect(HELP)
        t.send("q")
        t.expect(r"stopped; the decisions made so far are saved")
        t.expect(r"1 confirmed, 0 dismissed, 0 unclear, 0 skipped")
        assert t.wait() == 0
    finally:
        t.kill()

    # stored with the reviewer's name and the note; visible to report and to review --list
    code, out, err = cli("report", "--format", "json", "--db", seeded)
    assert code == 0, err
    row = next(r for r in json.loads(out) if r["cluster"] == first)
    assert row["verdict"]["verdict"] == "confirmed"
    assert row["verdict"]["reviewer"] == "tester"
    assert row["verdict"]["note"] == "both sides are in the same article"
    assert row["verdict"]["at"]
    listed = {r["cluster"]: r for r in queue(cli, seeded)}
    assert listed[first]["verdict"]["verdict"] == "confirmed"
    assert listed[second]["verdict"] is None
    code, out, err = cli("report", "--db", seeded, env={"COLUMNS": "100"})
    assert "✓ confirmed" in out

    # resume: the reviewed cluster is skipped, the next one comes first; Ctrl-D quits cleanly
    t = review(seeded)
    try:
        t.expect(rf"1/{n - 1}\s+contradicted")
        t.expect(second[:8])
        t.expect(HELP)
        assert first[:8] not in t.screen
        t.send("\x04")
        t.expect(r"stopped; the decisions made so far are saved")
        assert t.wait() == 0
        assert "Traceback" not in t.screen and "internal error" not in t.screen
    finally:
        t.kill()

    # --all shows reviewed clusters again, first one first, with its verdict
    t = review(seeded, "--all")
    try:
        t.expect(rf"1/{n}\s+contradicted")
        t.expect(first[:8])
        t.expect(r"verdict: confirmed by tester")
        t.expect(HELP)
        t.send("q")
        assert t.wait() == 0
    finally:
        t.kill()


def test_review_to_the_end_then_nothing_left(cli, seeded: Path) -> None:  # noqa: ANN001
    n = len(queue(cli, seeded))
    t = review(seeded)
    try:
        for i in range(1, n + 1):
            t.expect(rf"{i}/{n}\s+contradicted")
            t.expect(HELP)
            t.send("x")  # an unknown key is named and changes nothing
            t.expect(r"unknown key 'x'")
            t.expect(HELP)
            t.send("d" if i % 2 else "u")
            t.expect(r"→ (dismissed|unclear)")
        t.expect(r"review finished")
        assert t.wait() == 0
    finally:
        t.kill()
    verdicts = [r["verdict"]["verdict"] for r in queue(cli, seeded)]
    assert verdicts.count("dismissed") == (n + 1) // 2 and verdicts.count("unclear") == n // 2

    t = review(seeded)
    try:
        t.expect(r"nothing to review \(use --all to see reviewed clusters again\)")
        assert t.wait() == 0
    finally:
        t.kill()


def test_review_skip_keeps_it_queued_and_ctrl_c_exits_130(cli, seeded: Path) -> None:  # noqa: ANN001
    before = queue(cli, seeded)
    t = review(seeded)
    try:
        t.expect(HELP)
        t.send("s")
        t.expect(r"→ skipped")
        t.expect(HELP)
        t.send("\x03")
        t.expect(r"interrupted")
        assert t.wait() == 130
    finally:
        t.kill()
    assert [r["verdict"] for r in queue(cli, seeded)] == [None] * len(before)


# ---------------------------------------------------------------- without a terminal, without click

NO_TTY = "claimcheck: review needs a terminal; use `review --list` in scripts"


def test_review_without_a_terminal_is_one_line(cli, seeded: Path) -> None:  # noqa: ANN001
    for stdin in ("", "c\nq\n"):  # /dev/null or a pipe: no keys can be read one by one
        code, out, err = cli("review", "--db", seeded, input=stdin)
        assert code == 1, err
        assert err == NO_TTY + "\n", err
        assert out == ""
    code, out, err = cli("review", "--list", "--db", seeded, input="")  # the scripted form still works
    assert code == 0 and "contradicted" in out, err


def test_no_module_imports_click() -> None:
    """typer ships its own copy of click and no longer depends on it: a plain ``pip install .``
    has no ``click``, so nothing of ours may import it."""
    import ast

    import claimcheck

    root = Path(claimcheck.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            found += [f"{path.relative_to(root)}:{node.lineno}: {n}" for n in names if n.split(".")[0] == "click"]
    assert found == []


def test_review_commands_run_without_click(seeded: Path, tmp_path: Path) -> None:
    """The CLI with ``click`` made unimportable, as on a plain install."""
    import subprocess

    code = ("import sys; sys.modules['click'] = None; sys.argv[0] = 'claimcheck'; "
            "from claimcheck.cli import app; app()")
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("CLAIMCHECK_DB", None)
    for args, want in ((["review", "--list", "--format", "json"], 0), (["review"], 1)):
        proc = subprocess.run([sys.executable, "-c", code, *args, "--db", str(seeded)], capture_output=True,
                              text=True, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, timeout=120)
        assert proc.returncode == want, proc.stderr
        assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
        if want:
            assert proc.stderr == NO_TTY + "\n"


def test_run_review_in_process_with_keys_from_a_list(seeded: Path) -> None:
    """The loop itself, with keys and a note from lists instead of a terminal."""
    import io

    from claimcheck import api
    from claimcheck.report.review import run_review
    from claimcheck.report.theme import make_console

    db = str(seeded)
    items = api.review_queue(db, ["contradicted"], include_reviewed=False)
    assert len(items) >= 2
    keys = iter(["n", "c", "q"])
    notes = iter(["seen twice"])
    saved: list[tuple[str, str, str | None]] = []
    out = io.StringIO()
    counts = run_review(items, lambda uid: api.show(db, uid), lambda *a: saved.append(a),
                        make_console(file=out, width=100), getchar=lambda: next(keys),
                        readline=lambda prompt: next(notes), keyboard=io.StringIO())
    assert counts == {"confirmed": 1, "dismissed": 0, "unclear": 0, "skipped": 0}
    assert saved == [(items[0].cluster, "confirmed", "seen twice")]
    assert "stopped; the decisions made so far are saved" in out.getvalue()


def test_run_review_without_a_terminal_or_key_reader_raises() -> None:
    import io

    from claimcheck.errors import UsageError
    from claimcheck.report.review import require_terminal, run_review

    with pytest.raises(UsageError, match="needs a terminal"):
        require_terminal(io.StringIO())
    with pytest.raises(UsageError, match="needs a terminal"):
        run_review([], lambda uid: {}, lambda *a: None, None, keyboard=io.StringIO())


def test_review_opens_the_database_once_per_session(seeded: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The command's own body, keys from a list: one ``open_store`` for the queue, every
    cluster shown and every verdict stored."""
    import functools
    import io

    from claimcheck import api, cli
    from claimcheck.report import review as ui

    n = len(api.review_queue(str(seeded)))
    assert n >= 2
    opened: list[object] = []
    real_open = api.open_store
    from claimcheck.api import analysing, checking, database, exporting, ingesting, reading
    for module in (api, analysing, checking, database, exporting, ingesting, reading):  # wherever a call opens one
        if hasattr(module, "open_store"):
            monkeypatch.setattr(module, "open_store", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    monkeypatch.setattr(ui, "require_terminal", lambda stream=None: None)
    keys = iter("d" * n)
    monkeypatch.setattr(ui, "run_review", functools.partial(ui.run_review, getchar=lambda: next(keys),
                                                            keyboard=io.StringIO()))
    cli.review(db=str(seeded), reviewer="tester", all_=False, single_source=False, list_=False,
               format=cli.TableJson.table)
    assert len(opened) == 1
    assert capsys.readouterr().out.splitlines()[-1] == f"0 confirmed, {n} dismissed, 0 unclear, 0 skipped"
    assert api.review_queue(str(seeded)) == []
    assert all(r.verdict and r.verdict["verdict"] == "dismissed" and r.verdict["reviewer"] == "tester"
               for r in api.review_queue(str(seeded), include_reviewed=True))


def test_review_outcome_lines() -> None:
    from claimcheck.report.review import outcome

    assert outcome(None, False) == "nothing to review (use --all to see reviewed clusters again)"
    assert outcome(None, True) == "nothing to review"
    assert outcome({"confirmed": 1, "dismissed": 0, "unclear": 2, "skipped": 3}, False) == (
        "1 confirmed, 0 dismissed, 2 unclear, 3 skipped")
