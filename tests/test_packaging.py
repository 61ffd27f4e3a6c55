"""A plain (non-editable) wheel install works from another directory: migrations and lexicons
ship inside the package.  Slow: builds a wheel and a virtualenv."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def run(cmd: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMCHECK_DB", "PYTHONPATH")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the sources (the build leaves nothing in the repository)."""
    import shutil

    src = tmp_path_factory.mktemp("src")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    for name in ("claimcheck", "migrations"):
        shutil.copytree(REPO / name, src / name, ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    errors = []
    for extra in ([], ["--no-build-isolation"]):  # isolated build first; offline, the local setuptools
        proc = run([sys.executable, "-m", "pip", "wheel", "--no-deps", *extra, "-w", str(out), str(src)], cwd=out)
        if proc.returncode == 0:
            break
        errors.append(proc.stderr.strip().splitlines()[-1:] if proc.stderr.strip() else proc.returncode)
    else:
        pytest.skip(f"cannot build a wheel here (offline, no setuptools/wheel?): {errors}")
    [whl] = out.glob("claimcheck-*.whl")
    return whl


def test_wheel_contains_migrations_and_lexicons(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "claimcheck/migrations/env.py" in names
    assert "claimcheck/migrations/script.py.mako" in names
    assert any(n.startswith("claimcheck/migrations/versions/0001") for n in names)
    assert "claimcheck/lexicons/boilerplate.toml" in names
    assert {f"claimcheck/lexicons/lang/{c}.toml" for c in ("fr", "es", "de", "ru", "ar")} <= set(names)
    assert not any(n.startswith(("tests/", "seeds/", "benchmarks/")) for n in names)


def test_installed_wheel_migrates_and_ingests_from_another_directory(wheel: Path, tmp_path: Path,
                                                                       seeds_dir: Path) -> None:
    venv = tmp_path / "venv"
    proc = run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    if proc.returncode != 0:
        pytest.skip(f"cannot create a virtualenv: {proc.stderr.strip()}")
    py = venv / "bin" / "python"
    # the dependencies (sqlalchemy, alembic, ...) come from this interpreter's site-packages,
    # appended after the new venv's own; a path in a .pth file does not run that folder's .pth
    # files, so the editable install of the repository is not visible
    import site

    venv_site = Path(run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         cwd=tmp_path).stdout.strip())
    proc = run([str(py), "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
                str(wheel)], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    # written after the install, so pip does not see a claimcheck installed in those folders
    (venv_site / "_test_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    missing = run([str(py), "-c", "import sqlalchemy, alembic, typer, dateparser, rich, charset_normalizer"],
                  cwd=tmp_path)
    if missing.returncode != 0:
        pytest.skip("the interpreter's site packages lack claimcheck's dependencies")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # the installed copy, not the repository, is imported
    where = run([str(py), "-c", "import claimcheck, sys; print(claimcheck.__file__)"], cwd=elsewhere)
    assert where.returncode == 0, where.stderr
    assert str(venv) in where.stdout and str(REPO / "claimcheck") not in where.stdout
    exe = venv / "bin" / "claimcheck"
    proc = run([str(exe), "db", "upgrade", "--db", "x.db"], cwd=elsewhere)
    assert proc.returncode == 0, proc.stderr
    assert "database at revision" in proc.stdout
    proc = run([str(exe), "ingest", str(seeds_dir), "--db", "x.db"], cwd=elsewhere)
    assert proc.returncode == 0, proc.stderr
    assert "5 ingested" in proc.stderr
    proc = run([str(exe), "db", "check", "--db", "x.db"], cwd=elsewhere)
    assert proc.returncode == 0, proc.stderr
    # the per-language lexicons ship too: a French article is read with its own lexicon
    french = elsewhere / "fr.txt"
    french.write_text("Le Kavar dément avoir envoyé des troupes\n\n"
                      "Le ministre des Affaires étrangères Karim Sahli a démenti mardi avoir envoyé des troupes "
                      "dans la région. Selon des responsables occidentaux, le pays a mené des frappes aériennes "
                      "près du port le mois dernier. Le général a déclaré aux journalistes que l'armée restait "
                      "en état d'alerte et que la situation était sous contrôle.\n", encoding="utf-8")
    proc = run([str(exe), "ingest", str(french), "--db", "x.db"], cwd=elsewhere)
    assert proc.returncode == 0 and "1 ingested" in proc.stderr, proc.stderr
    proc = run([str(exe), "extract", str(french), "--format", "jsonl"], cwd=elsewhere)
    assert proc.returncode == 0, proc.stderr
    import json

    doc = json.loads(proc.stdout)
    assert doc["article"]["language"] == "fr"
    assert "deny" in [a["cue"]["act"] for a in doc["attributions"]]
    assert "air_strike" in [c["action"] for c in doc["claims"]]  # the French action patterns


def test_every_folder_of_package_data_is_a_declared_package() -> None:
    """setuptools warns ("Package 'claimcheck.lexicons.lang' is absent from the `packages`
    configuration") and may stop shipping a data folder that is not declared as a package:
    every folder under claimcheck/ holding data files is in ``packages``, with its data."""
    import tomllib

    conf = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    packages, data = set(conf["packages"]), conf["package-data"]
    for folder in sorted((REPO / "claimcheck").rglob("*")):
        if not folder.is_dir() or folder.name == "__pycache__":
            continue
        files = [p for p in folder.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc")]
        if not files:
            continue
        name = ".".join(folder.relative_to(REPO).parts)
        assert name in packages, name
        patterns = data.get(name, ())
        assert all(any(p.match(pat) for pat in patterns) for p in files), (name, patterns)
