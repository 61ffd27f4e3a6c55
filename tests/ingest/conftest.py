"""Shared fixtures of the ingest tests: an HTML page around a body (``html_page``) and the text of
a shared case copied into ``fixtures/cases/`` (``case_text``; ``../shared/cases/parse``, ours)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "fixtures" / "cases"


def page(body: str, title: str = "Port strike ends", lang: str = "en", head: str = "") -> str:
    """A whole HTML page of the outlet "Harbour Times": ``<title>`` "``title`` | Harbour Times",
    its ``og:site_name``, ``head`` (more ``<head>`` markup) and ``body`` inside ``<body>``."""
    return (f'<!doctype html><html lang="{lang}"><head><title>{title} | Harbour Times</title>'
            f'<meta property="og:site_name" content="Harbour Times">{head}</head><body>{body}</body></html>')


@pytest.fixture
def html_page() -> Callable[..., str]:
    """:func:`page`: ``html_page(body, title=..., lang=..., head=...)`` → the page's HTML."""
    return page


@pytest.fixture
def case_text() -> Callable[[str], str]:
    """``case_text(name)`` → the text of ``fixtures/cases/<name>.txt`` as read (UTF-8)."""
    return lambda name: (CASES / f"{name}.txt").read_text(encoding="utf-8")
