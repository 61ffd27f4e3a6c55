"""A content that opens with an adverbial phrase set off by a comma ("During the last several
weeks, Freedonian officers trained …") is a proposition, not a fragment starting with a
preposition (new-user test, case ``same_unnamed_source_two_outlets``: the body quotes gave no
claim, so the two outlets' quotes never met in one cluster).  The example and five neighbours of
our own; counter-cases: a prepositional fragment with no clause after it stays no claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import Extraction
from claimcheck.parse.claims.statements import is_proposition

LEX = load_lexicons([])


QUOTES = [
    ("“During the last several weeks, Freedonian officers trained in Sylvania as part of the drone "
     "transfer deal,” a Western official told Channel 9 News.", "Freedonian officers trained"),
    ("“In the north of the country, the army shelled three villages near the river,” a local "
     "official said.", "the army shelled three villages"),
    ("“After the vote on Thursday, the council closed the depot for good,” a council member told "
     "the Kolno Herald.", "the council closed the depot"),
    ("“Over the past year, a militia group has seized the port and two oil terminals,” a "
     "diplomat said.", "a militia group has seized the port"),
    ("“For the past few weeks, Kavar has moved troops and artillery to the border,” an analyst "
     "at the institute said.", "Kavar has moved troops"),
    ("“Amid the protests, the government closed the border crossing at Rask,” a customs officer "
     "told reporters.", "the government closed the border crossing"),
]


@pytest.mark.parametrize(("body", "words"), QUOTES)
def test_a_quote_opening_with_an_adverbial_phrase_is_a_claim(body: str, words: str, extract: Callable[..., Extraction]) -> None:
    ex = extract(body)
    assert any(words in c.text for c in ex.claims), [c.text for c in ex.claims]
    for c in ex.claims:
        assert ex.text[c.span.start:c.span.end] == c.span.text


@pytest.mark.parametrize("text", [
    "in the afternoon that a warplane crashed near the airport",
    "for his release from the prison in the capital",
    "in the capital, where the talks were held last week",
    "after the vote, which was delayed twice by the speaker",
])
def test_a_prepositional_fragment_stays_no_proposition(text: str) -> None:
    assert not is_proposition(text, LEX)
