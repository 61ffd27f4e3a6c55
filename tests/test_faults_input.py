"""Non-regular files among the inputs: skipped with a reason, never a blocked read."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


def cc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True,
                          cwd=cwd, env={**os.environ, "NO_COLOR": "1"}, timeout=120)


def _batch(tmp_path: Path) -> Path:
    """A folder with a FIFO, a socket and a good article, all named .txt."""
    d = tmp_path / "in"
    d.mkdir()
    os.mkfifo(d / "a_pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(d / "b_socket.txt"))
    sock.close()
    shutil.copy(SEED, d / "c_good.txt")
    return d


def test_read_documents_skips_fifos_and_sockets_with_a_reason(tmp_path: Path) -> None:
    from claimcheck.ingest.readers import RawDocument, Skip, read_documents

    d = _batch(tmp_path)
    out = list(read_documents([str(d), "/dev/null", str(d / "a_pipe.txt")]))
    skips = {Path(x.ref).name: x.reason for x in out if isinstance(x, Skip)}
    assert "named pipe (FIFO)" in skips["a_pipe.txt"]
    assert "socket" in skips["b_socket.txt"]
    assert "character device" in skips["null"]
    assert [Path(x.id).name for x in out if isinstance(x, RawDocument)] == ["c_good.txt"]


def test_a_fifo_sidecar_is_a_skip_not_a_hang(tmp_path: Path) -> None:
    from claimcheck.ingest.readers import Skip, read_documents

    shutil.copy(SEED, tmp_path / "a.txt")
    os.mkfifo(tmp_path / "a.meta.json")
    (out,) = list(read_documents([str(tmp_path / "a.txt")]))
    assert isinstance(out, Skip) and "named pipe" in out.reason


@pytest.mark.parametrize("command", [["ingest", "--db", "x.db"], ["extract"], ["stance", "--claim", "it rained"]])
def test_commands_skip_a_fifo_and_go_on(tmp_path: Path, command: list[str]) -> None:
    d = _batch(tmp_path)
    proc = cc(*command, str(d), cwd=tmp_path)  # the timeout fails the test if a read blocks
    assert "a_pipe.txt" in proc.stderr and "named pipe (FIFO)" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    if command[0] == "ingest":
        assert "1 ingested" in proc.stdout + proc.stderr, proc.stdout


def test_stance_pairs_file_that_is_a_fifo_is_one_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pairs.jsonl")
    proc = cc("stance", "pairs.jsonl", cwd=tmp_path)
    assert proc.returncode == 1 and "named pipe" in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr


def test_a_nul_byte_anywhere_is_refused_at_decode_time(tmp_path: Path) -> None:
    import json

    from claimcheck.ingest.readers import RawDocument, Skip, read_documents

    good = SEED.read_bytes()
    (tmp_path / "late_nul.txt").write_bytes(good + b"\n" + b"x" * 9000 + b"\x00 tail\n")
    (tmp_path / "records.jsonl").write_text(
        json.dumps({"id": "a", "text": "Officials said it rained.\u0000"}) + "\n"
        + json.dumps({"id": "b", "text": "Officials said it rained."}) + "\n", encoding="utf-8")
    out = list(read_documents([str(tmp_path)]))
    skips = [x.reason for x in out if isinstance(x, Skip)]
    assert len(skips) == 2 and all("NUL character" in r for r in skips), skips
    assert [x.id for x in out if isinstance(x, RawDocument)] == ["b"]
