"""Claim texts, stop 21 (issue 9 item 1): "X charged Y with DOING C" is not reduced to "Y DID C".

Decision (docs/quality.md, "Issue 9 claim texts, stop 21"): a charge is a legal act whose
record can be checked (a court filing), and the allegation it carries is still to be tried. The
claim a demanding fact-checker checks is the charge as stated, "Prosecutors charged Y with
hiding the losses"; shown without the article, "Y hid the losses" would read as a finding. The
same text comes out whether or not "charged" is read as a cue, and it is the text a passive
restatement ("Y was charged with …") can match.  An accusation ("accused Y of DOING") is
still reduced: there the accuser asserts the deed.  Invented text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.lexicons import Lexicons
from claimcheck.model import Attribution, Extraction, Sentence, Source, Span
from claimcheck.parse.claims import compose

CHARGES = [
    # the new user's form, then neighbours
    "Prosecutors charged Karl Adler with fraud.",
    "Prosecutors charged Karl Adler with hiding the losses of the Kolno port authority.",
    "The Kolno prosecutor charged Mayor Jan Novak with taking bribes from the builders of the bridge.",
    "Ruritanian police have charged Marta Lind with helping the militants cross the border.",
    "A court in Dovra charged two Syldavian officers with ordering the shelling of Marn.",
    "Federal prosecutors charged the Kavar Bank with laundering money for the cartel.",
]


@pytest.mark.parametrize("body", CHARGES)
def test_a_charge_stays_a_charge(body: str, extract: Callable[..., Extraction],
                                 check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    texts = [c.text for c in ex.claims]
    assert any("charged" in t for t in texts), texts
    assert not any(t.split()[0] != body.split()[0] and "charged" not in t for t in texts), texts


@pytest.mark.parametrize("body", CHARGES[1:])
def test_a_charge_read_as_an_accusation_keeps_the_whole_clause(body: str, lex: Lexicons) -> None:
    """The same text when "charged" is read as the cue (the attribution built by hand: the
    parser does not read "charged" as one)."""
    text = body
    cue = text.index(" charged ") + 1
    after = text.index(" ", cue) + 1
    a = Attribution(sentence=0, source=Source(Span(0, cue - 1, text[:cue - 1]), "named"),
                    cue=Span(cue, cue + 7, "charged"), act="assert",
                    content=Span(after, len(text) - 1, text[after:-1]))
    st = compose(text, a.content, a, Sentence(0, len(text), 0), lex)
    assert st is not None and st.text == text[:-1], st


def test_an_accusation_is_still_reduced(extract: Callable[..., Extraction]) -> None:
    ex = extract("Opposition leader Karl Adler accused the interior minister of ordering the arrests of twelve students.")
    assert "The interior minister ordered the arrests of twelve students" in [c.text for c in ex.claims]
