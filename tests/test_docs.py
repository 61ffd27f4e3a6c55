"""The docs are tested: every command has help text and a section in ``docs/cli.md`` that
mentions each of its options; the README's first two commands (install and run the main job;
install and run the tests) are there and name real commands; the guide shows the commands it
walks through."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from claimcheck.cli import app

REPO = Path(__file__).resolve().parent.parent
CLI_MD = REPO / "docs" / "cli.md"
GUIDE_MD = REPO / "docs" / "guide.md"
README = REPO / "README.md"


def walk(cmd: Any = None, path: tuple[str, ...] = ("claimcheck",), parent: Any = None) -> Iterator[tuple[str, Any]]:
    """``("claimcheck db upgrade", command)`` for the root and every command and subcommand.
    (typer ships its own copy of click: groups are found by ``list_commands``, not by type.)"""
    cmd = cmd if cmd is not None else typer.main.get_command(app)
    ctx = type(typer.main.get_command(app)).context_class(cmd, info_name=path[-1], parent=parent)
    yield " ".join(path), cmd
    if hasattr(cmd, "list_commands"):
        for name in cmd.list_commands(ctx):
            yield from walk(cmd.get_command(ctx, name), (*path, name), ctx)


COMMANDS = list(walk())
SUBCOMMANDS = [(name, cmd) for name, cmd in COMMANDS if name != "claimcheck"]


def sections(text: str) -> dict[str, str]:
    """The text under each heading that names a command in backticks (``### `claimcheck db upgrade` ``),
    up to the next heading of the same or a higher level."""
    heads = [(m.start(), len(m.group(1)), m.group(2)) for m in re.finditer(r"^(#+)\s+(.*)$", text, re.M)]
    out: dict[str, str] = {}
    for i, (start, level, title) in enumerate(heads):
        m = re.match(r"`(claimcheck(?: [a-z][a-z-]*)*)", title)
        if m:
            end = next((s for s, lv, _ in heads[i + 1:] if lv <= level), len(text))
            out[m.group(1)] = text[start:end]
    return out


def test_the_walk_finds_the_commands() -> None:
    names = {n for n, _ in COMMANDS}
    assert {"claimcheck ingest", "claimcheck report", "claimcheck review", "claimcheck db upgrade"} <= names


@pytest.mark.parametrize("name,cmd", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_help(name: str, cmd: Any) -> None:
    assert (cmd.help or "").strip(), f"`{name}` has no help text (a docstring or help=)"


@pytest.mark.parametrize("name,cmd", SUBCOMMANDS, ids=[n for n, _ in SUBCOMMANDS])
def test_every_command_is_in_the_cli_reference(name: str, cmd: Any) -> None:
    secs = sections(CLI_MD.read_text(encoding="utf-8"))
    assert name in secs, f"docs/cli.md has no heading for `{name}`"
    body = secs[name]
    for p in cmd.params:
        if p.param_type_name != "option":
            continue
        longs = [o for o in p.opts if o.startswith("--")] or p.opts
        assert any(o in body for o in longs), f"docs/cli.md: `{name}` does not describe {longs[0]}"
    assert "```" in body, f"docs/cli.md: `{name}` has no example (a fenced block)"


@pytest.mark.parametrize("name,cmd", SUBCOMMANDS, ids=[n for n, _ in SUBCOMMANDS])
def test_every_option_and_argument_has_help(name: str, cmd: Any) -> None:
    missing = [p.opts[0] for p in cmd.params if not (getattr(p, "help", None) or "").strip()]
    assert not missing, f"`{name}`: no help text for {missing}"


def test_cli_reference_explains_errors_and_exit_codes() -> None:
    text = CLI_MD.read_text(encoding="utf-8")
    for needle in ("stderr", "130", "CLAIMCHECK_DEBUG", "CLAIMCHECK_DB", "NO_COLOR"):
        assert needle in text, f"docs/cli.md does not mention {needle}"
    for code in ("0", "1", "2", "130"):
        assert re.search(rf"^\|\s*`?{code}`?\s*\|", text, re.M), f"docs/cli.md: no row for exit code {code}"


def fenced(text: str) -> list[str]:
    return re.findall(r"^```[a-z]*\n(.*?)^```", text, re.M | re.S)


def test_readme_first_two_commands_install_run_and_test() -> None:
    blocks = [b for b in fenced(README.read_text(encoding="utf-8")) if not b.startswith("$ ")]  # not printed output
    assert len(blocks) >= 2, "README needs its main command and its test command in fenced blocks"
    main, tests = blocks[0], blocks[1]
    assert "pip install" in main and "claimcheck ingest seeds/" in main and "claimcheck report" in main, main
    assert "pip install" in tests and ".[test]" in tests and "pytest" in tests, tests
    names = {n for n, _ in COMMANDS}
    for used in re.findall(r"\bclaimcheck ([a-z][a-z-]*)", main):
        assert f"claimcheck {used}" in names, f"README runs `claimcheck {used}`, which is not a command"
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r"^test\s*=", pyproject, re.M), "README installs '.[test]' but pyproject has no test extra"


def test_guide_walks_through_the_job() -> None:
    text = GUIDE_MD.read_text(encoding="utf-8")
    for cmd in ("claimcheck ingest", "claimcheck report", "claimcheck show", "claimcheck sources",
                "claimcheck check", "claimcheck review", "claimcheck export --format sqlite", "sqlite3", "datasette"):
        assert cmd in text, f"docs/guide.md does not show `{cmd}`"
    names = {n for n, _ in COMMANDS}
    for used in set(re.findall(r"^\$ claimcheck ([a-z][a-z-]*)", text, re.M)):
        assert f"claimcheck {used}" in names, f"docs/guide.md runs `claimcheck {used}`, which is not a command"
