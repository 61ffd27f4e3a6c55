"""A URL given to ``ingest`` is not fetched (issue 15, a new user's test): it said "no such file
or folder"; it now says in one line that web pages are not fetched and how to ingest the page,
and exits 1 when nothing else was ingested."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

CC = Callable[..., subprocess.CompletedProcess[str]]


@pytest.mark.parametrize("url", [
    "https://example.org/x.html",  # the new user's case
    "http://example.org/news/2024/03/06/port.html",
    "HTTPS://EXAMPLE.ORG/",
    "https://example.org/crawl.warc.gz",
    "ftp://example.org/pages/a.htm",
    "http://example.org/feed?id=3&lang=fr",
])
def test_a_url_is_not_fetched(url: str, cc: CC, tmp_path: Path) -> None:
    r = cc("ingest", url, "--db", str(tmp_path / "t.db"), "--quiet", cwd=tmp_path)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and url in lines[0]
    assert "not fetched" in lines[0] and "save the page" in lines[0]
    assert "no such file" not in r.stderr and "Traceback" not in r.stderr


def test_a_missing_path_still_says_so(cc: CC, tmp_path: Path) -> None:
    r = cc("ingest", str(tmp_path / "example.org" / "x.html"), "--db", str(tmp_path / "t.db"), "--quiet", cwd=tmp_path)
    assert r.returncode == 1 and "no such file or folder" in r.stderr and "not fetched" not in r.stderr
