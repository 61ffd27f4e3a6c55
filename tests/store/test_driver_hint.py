"""A database URL whose driver is not installed names what to install, in one line."""

from __future__ import annotations

import sys

import pytest

from claimcheck.errors import StoreError
from claimcheck.store.session import make_engine


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://u@127.0.0.1/db",
    "postgresql://u@127.0.0.1/db",
    "postgresql+psycopg://reader:secret@db.example.org:5433/claims",
])
def test_missing_postgres_driver_names_the_extra(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    for mod in ("psycopg", "psycopg2"):
        monkeypatch.setitem(sys.modules, mod, None)  # import of it now raises ModuleNotFoundError
    with pytest.raises(StoreError) as err:
        make_engine(url).connect()
    msg = str(err.value)
    assert "pip install 'claimcheck[postgres]'" in msg, msg
    assert "\n" not in msg


def test_other_missing_driver_names_its_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pg8000", None)
    with pytest.raises(StoreError) as err:
        make_engine("postgresql+pg8000://u@127.0.0.1/db")
    assert "pip install pg8000" in str(err.value)
    assert "claimcheck[postgres]" not in str(err.value)


def test_unknown_dialect_has_no_install_hint() -> None:
    with pytest.raises(StoreError) as err:
        make_engine("nosuch://x/y")
    assert "cannot use database" in str(err.value)
    assert "pip install" not in str(err.value)


def test_a_driver_module_named_otherwise_on_pip_gives_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "MySQLdb", None)
    with pytest.raises(StoreError) as err:
        make_engine("mysql://u@127.0.0.1/db")
    assert "pip install mysqlclient" in str(err.value)
