"""The cache of validated lexicon entries (``claimcheck/lexicons/cache.py``): a hit gives the
same entries as the files, anything wrong with it falls back to the files, and a change to any
lexicon file is a new key."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import LexiconError
from claimcheck.lexicons import load_lexicons


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE", str(folder))
    return folder


def test_a_hit_gives_the_entries_the_files_give(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_lexicons()
    files = list(cache_dir.glob("lexicons-*.json"))
    assert len(files) == 1
    second = load_lexicons()  # from the cache
    monkeypatch.setenv("CLAIMCHECK_CACHE", "off")
    plain = load_lexicons()
    assert dict(first.entries) == dict(second.entries) == dict(plain.entries)
    assert first.digest == second.digest == plain.digest


def test_a_damaged_cache_file_is_ignored(cache_dir: Path) -> None:
    load_lexicons()
    (path,) = cache_dir.glob("lexicons-*.json")
    path.write_text('{"key": "not this one", "cues": [', encoding="utf-8")
    again = load_lexicons()
    assert again["cues"], "loaded from the files"
    path.write_text('{"key": "%s", "cues": []}' % path.stem.split("-", 1)[1], encoding="utf-8")
    assert load_lexicons()["cues"], "a cache that lacks lexicons is not used"


def test_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_lexicons()
    assert not list(tmp_path.rglob("*.json"))


def test_a_changed_user_file_is_a_new_key_and_is_validated(cache_dir: Path, tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    base = load_lexicons(extra_dirs=[user])
    (user / "denials.toml").write_text('[[entry]]\nid = "x"\n', encoding="utf-8")
    with pytest.raises(LexiconError):
        load_lexicons(extra_dirs=[user])  # validated from the files: a cached hit would hide it
    assert len(list(cache_dir.glob("lexicons-*.json"))) == 1
    assert base["denials"]
