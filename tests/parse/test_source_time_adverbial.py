"""A time noun phrase after a preposition is the adverbial's, not the speaker's (text27; READER26's
garbled canonical "The time civil defense services had managed to save …" from "At the time civil
defense services said that they had …").  The case and invented neighbours, each failing before."""

from __future__ import annotations

import pytest

ROWS = [  # (body, the source, a claim text expected)
    ("At the time civil defense services said that they had managed to save seven people in Kessel.",
     "civil defense services", "Civil defense services had managed to save seven people in Kessel"),
    ("At the time Kessel officials said that they had evacuated the town.",
     "Kessel officials", "Kessel officials had evacuated the town"),
    ("At the moment rescue teams said that they had found two survivors in Brill.",
     "rescue teams", "Rescue teams had found two survivors in Brill"),
    ("At the same time Vorna police said that they had arrested three men.",
     "Vorna police", "Vorna police had arrested three men"),
    ("By the time Freedonian officials said that they had closed the border, the convoy had left.",
     "Freedonian officials", "Freedonian officials had closed the border"),
    ("At the outset Ruritanian engineers said that they had inspected the dam twice.",
     "Ruritanian engineers", "Ruritanian engineers had inspected the dam twice"),
    ("At the end Syldavian negotiators said that they had reached a deal with Borduria.",
     "Syldavian negotiators", "Syldavian negotiators had reached a deal with Borduria"),
]


@pytest.mark.parametrize(("body", "source", "claim"), ROWS)
def test_the_time_adverbial_is_not_the_source(extract, check_parts, body, source, claim) -> None:
    ex = extract(body)
    check_parts(ex)
    assert [a.source.span.text for a in ex.attributions if a.source is not None] == [source]
    assert any(c.text.startswith(claim) for c in ex.claims), [c.text for c in ex.claims]


@pytest.mark.parametrize("body, source", [
    ("The time commission said the clocks were wrong.", "The time commission"),
    ("At the ministry, spokesman Ivo Bran said the talks had failed.", "spokesman Ivo Bran"),
])
def test_a_time_word_that_is_the_source_stays(extract, body, source) -> None:
    ex = extract(body)
    assert [a.source.span.text for a in ex.attributions if a.source is not None] == [source]
