"""Everything imported under claimcheck/ is declared: a third-party module that only a test extra
brings in (as datasette once brought click) would pass every test and break a plain
``pip install .``.  The walk reads the source (every ``import`` statement, lazy ones inside
functions included) and maps each top-level module to the distributions that provide it."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "claimcheck"

# Modules imported only behind an optional extra, each with the extra that provides it.  Such an
# import must sit inside ``try: ... except ImportError`` that raises a one-line ClaimcheckError
# naming the extra (the walk checks the try; the smoke stage in .ci/smoke checks the message).
OPTIONAL: dict[str, str] = {}


def _norm(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _declared() -> tuple[set[str], dict[str, set[str]]]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = {_norm(d) for d in project["dependencies"]}
    extras = {name: {_norm(d) for d in deps} for name, deps in project.get("optional-dependencies", {}).items()}
    return runtime, extras


def third_party_imports(root: Path = PACKAGE) -> dict[str, list[tuple[str, int, bool]]]:
    """``{top-level module: [(file, line, guarded by except ImportError), ...]}`` for every
    absolute import under ``root`` that is neither stdlib nor claimcheck itself."""
    found: dict[str, list[tuple[str, int, bool]]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        guarded: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Try) and any(
                    isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                    for h in node.handlers):
                guarded.update(id(n) for stmt in node.body for n in ast.walk(stmt))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top in ("claimcheck", "__future__"):
                    continue
                found.setdefault(top, []).append((str(path.relative_to(root.parent)), node.lineno, id(node) in guarded))
    return found


def test_the_walk_sees_lazy_imports(tmp_path: Path) -> None:
    """The walk must find imports inside functions and tell guarded ones apart, or the main test
    below could pass on a package it cannot read."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "m.py").write_text("import os\nfrom claimcheck import api\n"
                              "def f():\n    import click\n    from rich.table import Table\n"
                              "try:\n    import psycopg\nexcept ImportError:\n    psycopg = None\n")
    found = third_party_imports(pkg)
    assert sorted(found) == ["click", "psycopg", "rich"]
    assert found["click"][0][2] is False
    assert found["psycopg"][0][2] is True


def test_every_third_party_import_is_a_declared_runtime_dependency() -> None:
    runtime, extras = _declared()
    dists = metadata.packages_distributions()
    problems = []
    for top, places in sorted(third_party_imports().items()):
        providers = {_norm(d) for d in dists.get(top, [top])}
        where = ", ".join(f"{f}:{line}" for f, line, _ in places[:3])
        if providers & runtime:
            continue
        extra = OPTIONAL.get(top)
        if extra and providers & extras.get(extra, set()) and all(g for _, _, g in places):
            continue
        problems.append(f"{top} (imported at {where}) is provided by {sorted(providers)}, "
                        f"not a runtime dependency in pyproject.toml")
    assert not problems, "\n".join(problems)


def test_click_is_not_used_directly() -> None:
    """typer vendors its own click and no longer depends on click: a direct import only works
    where something else (a test extra) installed it."""
    assert "click" not in third_party_imports()


@pytest.mark.parametrize("module", sorted(OPTIONAL))
def test_optional_imports_are_guarded(module: str) -> None:
    places = third_party_imports().get(module, [])
    assert all(guarded for _, _, guarded in places), places


def test_every_package_is_listed_for_the_wheel() -> None:
    """pyproject.toml lists the packages a plain ``pip install .`` ships: a package folder left out
    (as claimcheck/api/ once was) works in an editable install and is missing from the wheel."""
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in PACKAGE.rglob("__init__.py")}
    assert found - listed == set()
