"""The modules of claimcheck.parse.attributions form a ladder: each imports only the rungs
below it (grammar words at the bottom, the driver at the top)."""

from __future__ import annotations

import ast
from pathlib import Path

import claimcheck.parse.attributions as pkg

LADDER = ["grammar", "tokens", "state", "phrases", "subjects", "refine", "sources", "gate", "content", "cue_classes", "frames", "open_frames", "paragraphs", "relays",
          "lang_grammar", "lang_phrases", "lang", "headlines", "driver"]
PKG = Path(pkg.__file__).parent
PREFIX = "claimcheck.parse.attributions."


def _imports(module: str) -> set[str]:
    tree = ast.parse((PKG / f"{module}.py").read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(PREFIX):
            out.add(node.module[len(PREFIX):])
    return out


def test_every_module_is_on_the_ladder() -> None:
    assert sorted(p.stem for p in PKG.glob("*.py") if p.stem != "__init__") == sorted(LADDER)


def test_each_module_imports_only_lower_rungs() -> None:
    for i, module in enumerate(LADDER):
        upward = _imports(module) - set(LADDER[:i])
        assert not upward, f"{module} imports {sorted(upward)}, not below it on the ladder"


def test_no_module_over_600_lines() -> None:
    for p in PKG.glob("*.py"):
        assert len(p.read_text(encoding="utf-8").splitlines()) <= 600, p.name
