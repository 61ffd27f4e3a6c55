"""Claim texts, stop 21 (issue 9 item 1): captions, photo credits, embedded posts and link lines
are no claims (``claims.toml`` ``clause:caption``); body sentences that share their words stay
claims.  The forms found on the tune half of benchmarks/claim_reading.py, rewritten as invented
text, and five neighbours or more."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.lexicons import Lexicons
from claimcheck.model import Extraction
from claimcheck.parse.claims import is_proposition

CAPTIONS = [
    "(L) Ruritanian riot police fire tear gas along the main road in Kolno.",  # found: "(L) … Police fire tear gas …"
    "The parliament buildings of Kolno and the Dovra hills are in the background.",  # found: "… are in the background."
    "— Marta Lind (@martalind) January 9, 2015",  # found: a post's signature
    "Read more Kolno Studios Moves Forward With Its Harbour Movie (Exclusive)",  # found: a link line
    "Mourners flock to the university in Kolno to give Karl Adler a send off pic.twitter.com/gZYa4joW",
    "Karl Adler speaks to supporters of the Ruritanian opposition in Kolno (Photo: Marta Lind/Kolno Daily)",
    "Villagers gather outside the damaged mosque in Dovra after the Ruritanian strike / Getty Images",
    "Photo via Jan Novak / Flickr of the Ruritanian border post near Marn",
    "Karl Adler (left) and Marta Lind arrive for the talks on the Ruritanian border in Kolno.",
    "Syldavian soldiers patrol the harbour of Kolno, http://t.co/4DZT7oTuHY via Karl Adler",
]


@pytest.mark.parametrize("body", CAPTIONS)
def test_a_caption_is_no_claim(body: str, extract: Callable[..., Extraction], lex: Lexicons) -> None:
    ex = extract(body)
    assert [c.text for c in ex.claims] == []
    assert not is_proposition(body, lex)


BODY_SENTENCES = [
    "Ruritanian riot police fired tear gas along the main road in Kolno on Monday.",
    "Karl Adler (pictured) was arrested by Ruritanian police in Kolno on Monday.",
    "The talks between Kolno and Dovra were held in the background of the crisis over the dam.",
    "Karl Adler told the Kolno Daily that the photo had been taken in Dovra in 2012.",
    "Reading more than a page a day helped the children of Kolno, the Dovra study found.",
    "Syldavian soldiers left the harbour of Kolno on Monday after the talks in Dovra.",
]


@pytest.mark.parametrize("body", BODY_SENTENCES)
def test_a_body_sentence_with_the_same_words_is_a_claim(body: str, extract: Callable[..., Extraction]) -> None:
    assert extract(body).claims
