"""Claim texts, stop 21 (issue 9 item 1): a text that is a noun phrase is no claim, however
long.  Until stop 21 a text of ``LONG_ENOUGH`` content words or more had its predicate taken for
granted; now it needs a predicate (``clause:predicate``, ``clause:finite_verb``, an irregular
past) or a verb of the present (``clause:present_verb``).  A question is no claim in brackets
either.  The forms found on the tune half of benchmarks/claim_reading.py, rewritten as invented
text, with five neighbours or more."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.lexicons import Lexicons
from claimcheck.model import Extraction
from claimcheck.parse.claims import is_proposition

NOUN_PHRASES = [
    # found: "New York Times columnist X and Vice CEO Y at the Z Conference in New York"
    "Kolno Daily columnist Karl Adler and Dovra Bank chief Marta Lind at the Harbour Media Conference in Kolno",
    # found: "The unverified photo and news about the death of X by US airstrikes"
    "The unverified photo and news about the death of the Syldavian commander Jan Novak by Ruritanian airstrikes",
    "Remnants of the Ruritanian chemical weapons programme at the Dovra State Establishment near Marn",
    "The branch of the Kolno Bank on Harbour Street in Dovra with its famous clock tower over the square",
    "Syldavian opposition leader Karl Adler, 54, a former general of the Ruritanian army from Marn",
    "A convoy of Ruritanian trucks with food and medicine for the people of Dovra on the road from Kolno",
]


@pytest.mark.parametrize("body", NOUN_PHRASES)
def test_a_long_noun_phrase_is_no_claim(body: str, extract: Callable[..., Extraction], lex: Lexicons) -> None:
    assert not is_proposition(body, lex)
    assert [c.text for c in extract(body).claims] == []


PRESENT_TENSE = [
    "Analysts in Kolno expect the Dovra Bank to report record revenue of 26 billion dollars this quarter.",
    "The Kolno magazine considers factors such as upfront pay, profit shares and advertising work by Marta Lind.",
    "Currently the Dovra company earns money by selling stickers and photo filters to users in Kolno.",
    "Ruritanian farmers in the valley of Marn hope the Kolno government keeps the border open all winter.",
    "Karl Adler and Marta Lind believe the Syldavian army wants a base on the coast near Dovra by spring.",
    "The Kolno council requires every shop on Harbour Street to close at nine under the new Dovra rules.",
]


@pytest.mark.parametrize("body", PRESENT_TENSE)
def test_a_long_sentence_with_a_present_verb_is_a_claim(body: str, extract: Callable[..., Extraction],
                                                         lex: Lexicons) -> None:
    assert is_proposition(body.rstrip("."), lex)
    assert extract(body).claims


QUESTIONS = [
    "(Though, by that same logic, wouldn’t a hired gunman in Kolno have taken Karl Adler’s wallet and phone?)",
    "“Why would the Ruritanian army shell the market in Dovra on a Sunday morning?”",
    "Did the Kolno government know about the Syldavian convoy before it crossed the border at Marn?",
    "(Would Marta Lind have resigned from the Dovra Bank if the board had not voted against her?)",
    "[Is the Ruritanian army still holding the bridge over the river at Marn near Kolno?]",
]


@pytest.mark.parametrize("body", QUESTIONS)
def test_a_question_is_no_claim_in_brackets_or_quote_marks(body: str, extract: Callable[..., Extraction]) -> None:
    assert [c.text for c in extract(body).claims if c.attribution is None] == []


@pytest.mark.xfail(strict=True, reason="a plural noun that is also a verb of clause:predicate ('strikes', 'claims', "
                   "'plans') is read as the predicate: no part-of-speech reading tells them apart")
def test_a_noun_phrase_ending_on_a_verb_looking_plural(lex: Lexicons) -> None:
    assert not is_proposition("The unverified photo and news about the death of the Syldavian commander Jan Novak "
                              "in Ruritanian air strikes", lex)
