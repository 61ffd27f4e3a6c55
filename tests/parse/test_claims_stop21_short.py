"""Claim texts, stop 21 (issue 9 item 1): a short attributed statement is a claim when it is a
complete clause, a subject with a content word before a finite verb and no word that needs text
before it ("A spokeswoman said the minister resigned." gave an attribution and no claim: the
rule of four content words dropped it); fragments ("the same", "However", "any involvement")
and short clauses whose subject is a pronoun or an anaphor stay no claims.  Invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.lexicons import Lexicons
from claimcheck.model import Extraction
from claimcheck.parse.claims import is_proposition
from claimcheck.parse.claims.statements import short_clause

SHORT_CLAIMS = [
    # (body, the claim text expected)
    ("A spokeswoman said the minister resigned.", "The minister resigned"),  # the new user's example
    ("The talks have collapsed, officials in Kolno said.", "The talks have collapsed"),
    ("Traders said prices rose.", "Prices rose"),
    ("A police spokesman said the driver was arrested.", "The driver was arrested"),
    ("The governor confirmed the dam burst.", "The dam burst"),
    ("Residents of Dovra said Ruritania shelled Marn.", "Ruritania shelled Marn"),
]


@pytest.mark.parametrize(("body", "expected"), SHORT_CLAIMS)
def test_a_short_complete_clause_is_a_claim(body: str, expected: str, extract: Callable[..., Extraction],
                                            check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    got = [c for c in ex.claims if c.text == expected]
    assert got, [c.text for c in ex.claims]
    assert got[0].attribution is not None  # the speaker's claim, not the outlet's


NOT_CLAIMS = [
    # (body, a text that must not be a claim)
    ("Karl Adler said the same.", "The same"),  # the fragments
    ("The ministry said however.", "However"),
    ("Kavar denied any involvement.", "Any involvement"),
    ("A spokesman said it collapsed.", "It collapsed"),
    ("Officials said that was wrong.", "That was wrong"),
    ("The mayor said they fled.", "They fled"),
]


@pytest.mark.parametrize(("body", "fragment"), NOT_CLAIMS)
def test_a_short_fragment_or_anaphor_is_no_claim(body: str, fragment: str,
                                                 extract: Callable[..., Extraction]) -> None:
    assert fragment not in [c.text for c in extract(body).claims]


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister resigned", True), ("The talks have collapsed", True), ("Prices rose", True),
    ("Microsoft will buy the studio", True), ("The aunt was arrested", True),
    ("the same", False), ("However", False), ("any involvement", False), ("He resigned", False),
    ("If a circulating story is true", False), ("Although the timetable is unknown", False),
    ("Repelled by armed women", False), ("The shootings as an isolated incident", False),
    ("The program to be invasive", False), ("The army said however", False),
])
def test_short_clause(text: str, expected: bool, lex: Lexicons) -> None:
    assert short_clause(text, lex) is expected
    assert is_proposition(text, lex) is expected


def test_four_content_words_need_no_short_clause(lex: Lexicons) -> None:
    """The rule widens the four-word rule and does not narrow it: a text of four content words
    or more is judged as before, whatever the short-clause test says of it."""
    text = "The degree to which the data is cherry-picked"
    assert not short_clause(text, lex) and is_proposition(text, lex)


@pytest.mark.parametrize("body", [
    "The cause of the blast is unknown, but it is widely believed the dam was attacked.",
    "It is said the minister resigned in Kolno.",
])
def test_a_short_clause_without_a_speaker_is_left_to_its_sentence(body: str, extract: Callable[..., Extraction]) -> None:
    """A short clause is a claim of a speaker; a sourceless hedge's short content ("it is widely
    believed | the dam was attacked") is not cut out of its sentence (the case
    ../shared/cases/xref/aide_is_not_the_principal: an unattributed hedge, credited to nobody)."""
    got = extract(body).claims
    assert not [c for c in got if c.text in ("The dam was attacked", "The minister resigned")], [c.text for c in got]
