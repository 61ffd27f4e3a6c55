"""The one calendar table and the word tools: forms the parsers build from them, the stemmers."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.text.calendar import (
    MONTH_NUMBER, MONTH_WORDS, WEEKDAY_NUMBER, WEEKDAYS, alternation,
)
from claimcheck.text.tokens import (
    NUMBER_WORDS, STOP_CLUSTER, STOP_MATCHING, light_stem, normalise, stem,
)


def test_month_alternation_lists_full_names_before_abbreviations() -> None:
    assert alternation(MONTH_WORDS, capitalised=True) == (
        "January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
    assert alternation(WEEKDAYS) == "monday|tuesday|wednesday|thursday|friday|saturday|sunday"


def test_month_and_weekday_numbers_follow_the_calendar() -> None:
    assert MONTH_NUMBER["sept"] == MONTH_NUMBER["september"] == 9
    assert MONTH_NUMBER["may"] == 5 and len(MONTH_NUMBER) == 24
    for day in WEEKDAYS:
        monday = dt.date(2024, 1, 1)  # a Monday
        assert (monday + dt.timedelta(days=WEEKDAY_NUMBER[day])).strftime("%A").lower() == day


def test_tables_are_read_only() -> None:
    with pytest.raises(TypeError):
        MONTH_NUMBER["smarch"] = 13  # type: ignore[index]
    with pytest.raises(TypeError):
        NUMBER_WORDS["gazillion"] = "0"  # type: ignore[index]


@pytest.mark.parametrize("word,key", [
    ("arrested", "arrest"), ("arrests", "arrest"), ("arresting", "arrest"), ("stopped", "stop"),
    ("buried", "buri"), ("twice", "2"), ("dozen", "12"), ("3rd", "3"), ("1990s", "1990"), ("news", "new"),
])
def test_stem(word: str, key: str) -> None:
    assert stem(word) == key


@pytest.mark.parametrize("word,key", [
    ("training", "train"), ("trained", "train"), ("trains", "train"), ("forces", "forc"),
    ("supplied", "supply"), ("@acme_corp", "@acme_corp"),
])
def test_light_stem(word: str, key: str) -> None:
    assert light_stem(word) == key


def test_normalise_drops_possessives_and_dots() -> None:
    assert normalise("Obama’s") == "obama" and normalise("U.S.") == "us" and normalise("forces'") == "forces"


def test_clustering_stop_words_are_matching_stop_words() -> None:
    assert STOP_CLUSTER <= STOP_MATCHING
