"""The README's and the guide's printed examples are what the current version prints.

Every fenced block (no language, or ``text``) whose first line is ``$ claimcheck COMMAND ...``
is run on the five seeds, in the order the document shows them, in a fresh folder holding
``seeds/`` (``COLUMNS=80``, ``NO_COLOR=1``), and what it prints (stdout, then stderr) must
match the lines under the command:

- a line that is only ``…`` stands for any number of lines left out (a trimmed example);
- ids are content hashes that change with the extractor version: cluster ids (``k`` + 7 hex)
  and article ids (``a`` + 7 hex) are compared masked; a cluster id in the command is found by
  the claim printed on the first line of the example (``show``) before running it.

``docs/cli.md`` shows outputs the shell way: in a ``sh`` block, ``# `` lines right under a
``claimcheck ...`` line are what it prints; those commands are run in order in a fresh folder
holding ``seeds/`` and compared the same way.

Blocks whose commands are interactive (``review``), piped or not claimcheck's are not run. When a
change to parsing or rendering changes what the docs show on purpose, rewrite the blocks (the
head and tail kept at their lengths, one ``…`` between them) and read the diff::

    CLAIMCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_doc_examples.py
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = {"README.md": REPO / "README.md", "guide.md": REPO / "docs" / "guide.md"}
RUN = {"ingest", "report", "show", "sources", "check", "export", "xref", "actors"}
UPDATE = bool(os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"))
BLOCK = re.compile(r"^```(?:text)?\n(\$ claimcheck [^\n]*)\n(.*?)^```", re.M | re.S)
IDS = re.compile(r"\b([ka])[0-9a-f]{7}\b")
GAP = "…"


def mask(text: str) -> str:
    return IDS.sub(lambda m: m.group(1) + "#" * 7, text)


def examples(text: str) -> list[tuple[re.Match[str], str, list[str]]]:
    """``(match, command, expected lines)`` for each block that is run."""
    out = []
    for m in BLOCK.finditer(text):
        cmd = m.group(1)[2:]
        words = cmd.split()
        if len(words) < 2 or words[1] not in RUN or "|" in cmd:
            continue
        out.append((m, cmd, m.group(2).rstrip("\n").split("\n")))
    return out


def segments(expected: list[str]) -> list[list[str]]:
    segs: list[list[str]] = [[]]
    for line in expected:
        if line.strip() == GAP:
            segs.append([])
        else:
            segs[-1].append(line.rstrip())
    return segs


def matches(expected: list[str], actual: list[str]) -> str | None:
    """None when ``actual`` fits ``expected`` (``…`` lines skip any number of lines), else why not."""
    segs = segments([mask(x) for x in expected])
    got = [mask(x.rstrip()) for x in actual]
    head, tail = segs[0], segs[-1] if len(segs) > 1 else None
    if got[:len(head)] != head:
        bad = next((i for i, (a, b) in enumerate(zip(head, got)) if a != b), min(len(head), len(got)))
        return f"line {bad + 1}: expected {head[bad] if bad < len(head) else '(end)'!r}, got " \
               f"{got[bad] if bad < len(got) else '(end)'!r}"
    pos = len(head)
    if tail is None:
        return None if pos == len(got) else f"{len(got) - pos} more lines printed than shown (end with …?)"
    for seg in segs[1:-1]:
        found = next((i for i in range(pos, len(got) - len(seg) + 1) if got[i:i + len(seg)] == seg), None)
        if found is None:
            return f"not found after line {pos}: {seg[:2]}"
        pos = found + len(seg)
    if tail and (len(got) - len(tail) < pos or got[len(got) - len(tail):] != tail):
        return f"the last lines differ: expected {tail[-3:]}, got {got[-3:]}"
    return None


def run(cmd: str, cwd: Path, first_line: str) -> list[str]:
    args = shlex.split(cmd.removeprefix("$ "))[1:]
    if args and args[0] == "show" and len(args) > 1 and IDS.fullmatch(args[1]):
        args[1] = find_cluster(cwd, first_line)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMCHECK_")}
    env.update({"COLUMNS": "80", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8", "LINES": "24"})
    proc = subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, f"`{cmd}` exited {proc.returncode}: {proc.stderr[-500:]}"
    return (proc.stdout + proc.stderr).rstrip("\n").split("\n")


def find_cluster(cwd: Path, claim: str) -> str:
    """The cluster whose claim is ``claim`` (the example's first line); else, so that an example
    can be rewritten after the claim's wording changed, the one sharing the most words with it."""
    from claimcheck import api

    rows = api.report(f"sqlite:///{cwd / 'claimcheck.db'}")
    exact = [r for r in rows if r.claim == claim.strip()]
    if exact:
        return exact[0].cluster
    words = set(claim.lower().split())
    best = max(rows, key=lambda r: len(words & set(r.claim.lower().split())), default=None)
    assert best is not None, "no clusters"
    return best.cluster


def rewritten(expected: list[str], actual: list[str]) -> list[str]:
    segs = segments(expected)
    if len(segs) == 1:
        return actual
    head, tail = len(segs[0]), len(segs[-1])
    return actual[:head] + [GAP] + (actual[len(actual) - tail:] if tail else [])


@pytest.mark.parametrize("name", list(DOCS))
def test_printed_examples_are_current(name: str, seeds_dir: Path, tmp_path: Path) -> None:
    path = DOCS[name]
    text = path.read_text(encoding="utf-8")
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    if name == "README.md":  # the README's main command ingests first
        run("$ claimcheck ingest seeds/ --db claimcheck.db -q", tmp_path, "")
    found = examples(text)
    assert found, f"{name} shows no printed example"
    problems, new_text, last = [], [], 0
    for m, cmd, expected in found:
        actual = run("$ " + cmd, tmp_path, expected[0] if expected else "")
        why = matches(expected, actual)
        if why and UPDATE:
            body = "\n".join(line.rstrip() for line in rewritten(expected, actual))
            new_text += [text[last:m.start(2)], body + "\n"]
            last = m.end(2)
        elif why:
            problems.append(f"`{cmd}`: {why}")
    if UPDATE and new_text:
        path.write_text("".join(new_text) + text[last:], encoding="utf-8")
    assert not problems, f"{name}: printed examples differ from what claimcheck prints now " \
                         "(CLAIMCHECK_UPDATE_GOLDEN=1 rewrites them):\n" + "\n".join(problems)


CLI_MD = REPO / "docs" / "cli.md"
SH_BLOCK = re.compile(r"^```sh\n(.*?)^```", re.M | re.S)


def cli_examples(text: str) -> list[tuple[str, list[str]]]:
    """``(command, expected lines)`` for each ``claimcheck`` line of a ``sh`` block that is
    followed by ``# `` output lines."""
    out = []
    for block in SH_BLOCK.finditer(text):
        lines = block.group(1).split("\n")
        for i, line in enumerate(lines):
            if not line.startswith("claimcheck "):
                continue
            said = []
            for x in lines[i + 1:]:
                if not x.startswith("# "):
                    break
                said.append(x[2:])
            if said:
                out.append((line, said))
    return out


def test_cli_reference_outputs_are_current(seeds_dir: Path, tmp_path: Path) -> None:
    """The outputs docs/cli.md shows (few, one-line: rewrite them by hand when this fails)."""
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    found = cli_examples(CLI_MD.read_text(encoding="utf-8"))
    assert found, "docs/cli.md shows no output"
    problems = []
    for cmd, expected in found:
        actual = run("$ " + cmd, tmp_path, "")
        if sorted(mask(x) for x in expected) != sorted(mask(x.rstrip()) for x in actual):  # stdout, stderr
            problems.append(f"`{cmd}`: shows {expected}, prints {actual}")
    assert not problems, "docs/cli.md: outputs differ from what claimcheck prints now:\n" + "\n".join(problems)


def test_the_matcher() -> None:
    assert matches(["a", "…", "z"], ["a", "b", "c", "z"]) is None
    assert matches(["a", "…"], ["a", "b"]) is None
    assert matches(["a", "…", "c", "…", "z"], ["a", "b", "c", "d", "z"]) is None
    assert matches(["a"], ["a", "b"]) is not None
    assert matches(["a", "…", "y"], ["a", "z"]) is not None
    assert matches(["k1234abc x"], ["kabcdef1 x"]) is None, "ids are masked"
