"""``claimcheck review`` end to end through a real terminal.

Each run is a child process on a pseudo-terminal (``pty.fork``): it reads keys with
``click.getchar`` (one key, no Enter) and the note as a line, exactly as with a person at the
keyboard. The test sends keys, waits for what the screen shows (escape codes stripped), and
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
