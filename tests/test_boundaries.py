"""Architecture kept by tools: the import-linter contracts in .importlinter (layers, SQLAlchemy
only in store/, rich only in report/ and cli/, typer only in cli/) and ruff (ruff.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed: it is in the test extras (pip install '.[test]')")
    return found


def test_import_contracts_hold() -> None:
    proc = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


def test_the_contracts_cover_every_layer() -> None:
    """A package missing from the layers contract would be unchecked: every subpackage and
    top-level module of claimcheck is named in it (or is the package root)."""
    config = (REPO / ".importlinter").read_text(encoding="utf-8")
    layers = config.split("[importlinter:contract:layers]")[1].split("[importlinter:contract:")[0]
    names = {p.stem if p.is_file() else p.name for p in (REPO / "claimcheck").iterdir()
             if (p.is_dir() and (p / "__init__.py").exists()) or (p.suffix == ".py" and p.stem != "__init__")}
    missing = sorted(n for n in names if f"claimcheck.{n}" not in layers)
    assert not missing, f"not in the layers contract of .importlinter: {missing}"


def test_ruff_passes() -> None:
    proc = subprocess.run([_tool("ruff"), "check", "--no-cache", "claimcheck", "tests", "benchmarks", "migrations"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
