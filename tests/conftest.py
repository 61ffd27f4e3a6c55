"""Shared fixtures: a database URL on each dialect, the seeds, and the CLI in a subprocess (``cli``)
or in this process (``cc``).

``db_url`` runs a test once on SQLite (a fresh file in ``tmp_path``) and once on PostgreSQL
when ``CLAIMCHECK_TEST_PG_URL`` is set (e.g.
``postgresql+psycopg://claimcheck@127.0.0.1:5433/claimcheck_test``).  Every PostgreSQL test
starts from an empty ``public`` schema.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PG_ENV = "CLAIMCHECK_TEST_PG_URL"


def pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def reset_pg(url: str) -> None:
    """Drop everything in the PostgreSQL test database: a clean ``public`` schema."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SET lock_timeout = '15s'"))
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL for an empty database, on SQLite and (when configured) PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    url = pg_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql+psycopg://claimcheck@127.0.0.1:5433/claimcheck_test)")
    try:
        reset_pg(url)
    except Exception as exc:  # noqa: BLE001 - a server that is down is a setup failure, say so
        pytest.fail(f"cannot reset PostgreSQL test database {url}: {exc}")
    yield url


@pytest.fixture(scope="session")
def pg_reset() -> Callable[[str], None]:
    """The suite's :func:`reset_pg` (a clean ``public`` schema, with a lock timeout so that a
    test's leftover transaction fails the reset instead of hanging it), for tests that reset
    the PostgreSQL test database themselves, between two ingests say."""
    return reset_pg


@pytest.fixture
def pg_empty(pg_reset: Callable[[str], None]) -> Iterator[str]:
    """The PostgreSQL test database's URL, empty before and after the test; skips the test
    without ``CLAIMCHECK_TEST_PG_URL``."""
    url = pg_url()
    if url is None:
        pytest.skip(f"needs {PG_ENV}")
    pg_reset(url)
    yield url
    pg_reset(url)


@pytest.fixture
def verdict_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many clusters each call of ``store.queries.latest_verdicts`` asked for while the test
    runs (the report reads one block of rows per call: a streamed report calls it once a block)."""
    from claimcheck.store import queries

    asked: list[int] = []
    real = queries.latest_verdicts

    def spy(session, uids=None):  # noqa: ANN001, ANN202
        asked.append(len(uids or ()))
        return real(session, uids)

    monkeypatch.setattr(queries, "latest_verdicts", spy)
    return asked


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = REPO / "seeds"
    assert len(list(path.glob("*.txt"))) == 5, f"expected the five seed articles in {path}"
    return path


CliResult = tuple[int, str, str]


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., CliResult]:
    """Run ``claimcheck ARGS`` in a subprocess; returns ``(exit code, stdout, stderr)``.

    Runs in ``tmp_path`` by default with ``CLAIMCHECK_DB`` unset, so nothing touches the repo.
    """

    def run(*args: str | os.PathLike[str], cwd: Path | None = None, env: dict[str, str] | None = None,
            input: str | None = None, timeout: float = 120) -> CliResult:
        full_env = {k: v for k, v in os.environ.items() if k != "CLAIMCHECK_DB"}
        full_env.update({"PYTHONIOENCODING": "utf-8", "COLUMNS": "120", "NO_COLOR": "1"})
        if env:
            full_env.update(env)
        proc = subprocess.run([sys.executable, "-m", "claimcheck", *map(str, args)],
                              cwd=cwd or tmp_path, env=full_env, input=input, capture_output=True,
                              text=True, encoding="utf-8", timeout=timeout)
        return proc.returncode, proc.stdout, proc.stderr

    return run


def _cc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    from typer.testing import CliRunner

    from claimcheck.cli import app

    here = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "CLAIMCHECK_DEBUG": ""})
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout, result.stderr)


@pytest.fixture(scope="session")
def cc() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``claimcheck ARGS`` in ``cwd`` (``cc(*args, cwd=PATH)``) in this process: the console
    script's entry point, without a new interpreter's start-up, for tests of the command rather
    than the process (``cli`` runs a subprocess).  Returns a CompletedProcess (``returncode``,
    ``stdout``, ``stderr``).  Session-scoped: module fixtures that build a database use it too."""
    return _cc


ARTICLE = (
    "Harbour authority reopens the northern pier\n\n"
    "By Jane Doe, Staff Writer\n\n"
    "The harbour authority reopened the northern pier on Monday after three weeks of repairs. "
    "Officials said the work cost less than expected.\n\n"
    "A spokesman for the port, speaking on condition of anonymity, said more ships were expected. "
    "Local fishermen welcomed the decision.\n"
)


@pytest.fixture
def article_text() -> str:
    """A small made-up article with a title, a byline and two body paragraphs."""
    return ARTICLE
