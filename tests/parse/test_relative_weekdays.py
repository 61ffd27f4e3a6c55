"""Dates the claims refer to (issue 12 item 8): "next Friday" is after the publication date,
"last Monday" before it, a weekday spoken of in the future is the coming one."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ArticleMeta, MetaValue
from claimcheck.parse import parse_article
from claimcheck.parse.claims import resolve_date
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()
WED = dt.date(2024, 6, 12)  # a Wednesday


def _refers(text: str, published: dt.date = WED) -> list[str | None]:
    meta = ArticleMeta(published=MetaValue(published, "text", published.isoformat(), None))
    _, claims = parse_article(text, split_sentences(text, lexicons=LEX), meta, LEX)
    return [c.refers_to for c in claims]


def test_the_shared_case() -> None:
    # next_and_last_weekday: published Wednesday 2024-06-12
    text = "The union said the strike would begin next Friday. Port managers said talks had failed last Monday."
    assert _refers(text) == ["2024-06-14", "2024-06-10"]


@pytest.mark.parametrize("expr, want", [
    ("next Friday", "2024-06-14"),
    ("next Wednesday", "2024-06-19"),  # never the publication day itself
    ("next Monday", "2024-06-17"),
    ("this Friday", "2024-06-14"),
    ("coming Sunday", "2024-06-16"),
    ("last Monday", "2024-06-10"),
    ("last Wednesday", "2024-06-05"),
    ("last Friday", "2024-06-07"),
    ("Monday", "2024-06-10"),
    ("on Tuesday", "2024-06-11"),
])
def test_relative_weekdays(expr: str, want: str) -> None:
    assert resolve_date(expr, WED) == want


@pytest.mark.parametrize("text, want", [
    ("The union said the strike will begin on Friday.", "2024-06-14"),
    ("The union said the strike would begin on Monday.", "2024-06-17"),
    ("The union said the strike is due to start on Thursday.", "2024-06-13"),
    ("The union said the strike is set to begin on Saturday.", "2024-06-15"),
    ("The union said the strike began on Friday.", "2024-06-07"),
    ("The union said the strike had begun on Monday.", "2024-06-10"),
])
def test_tense_decides_a_bare_weekday(text: str, want: str) -> None:
    from claimcheck.parse.claims.dates import _date_of  # the date of a sentence (claims need a proposition)

    assert _date_of(text, WED)[0] == want
