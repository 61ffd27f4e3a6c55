"""The place of a claim (issue 9, stop 24): the first place its words name, else its sentence's, else
the place its article is about, kept as an exact span of the article (``claimcheck.parse.claims.place``).
Invented articles and places."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.lexicons import Lexicons
from claimcheck.model import Extraction
from claimcheck.parse.claims.place import place_mentions, place_rules

# (sentence, the place mentions found, in order)
MENTIONS = [
    ("Militants used chlorine gas against soldiers near Dovra on Monday", ["Dovra"]),
    ("The attack happened in the town of Vesk, north of Kolno", ["Vesk", "Kolno"]),
    ("Troops moved into Marsh province and then into Dovra", ["Marsh", "Dovra"]),
    ("The minister said in March that nothing happened in Kolno’s parliament", []),
    ("The envoy spoke in Parliament about the talks", []),
    ("Two guards were killed in an attack in Velmora City", ["Velmora City"]),
    ("Fighting continued on the outskirts of al-Vesk and around Dovra", ["al-Vesk", "Dovra"]),
]


@pytest.mark.parametrize(("sentence", "want"), MENTIONS)
def test_place_mentions(lex: Lexicons, sentence: str, want: list[str]) -> None:
    assert [m.text for m in place_mentions(sentence, place_rules(lex))] == want


ARTICLE = ("Marsh Front fighters attacked police officers with chlorine gas in Vesk on Monday, officials said. "
           "Eleven officers were taken to a hospital in the nearby city of Dovra. "
           "The attack on Vesk was the first of its kind.\n\n"
           "The ministry said the Marsh Front had used the gas in a crude and ineffective way. "
           "A deputy said the Marsh Front had also used chlorine gas against soldiers near Kolno. "
           "Doctors in Vesk confirmed the gas.")


def test_a_claim_without_a_place_takes_its_articles(extract: Callable[..., Extraction]) -> None:
    ex = extract(ARTICLE)
    by = {c.text.split(" had ")[-1][:20]: c for c in ex.claims if " had " in c.text}
    crude = next(c for k, c in by.items() if k.startswith("used the gas"))
    near = next(c for k, c in by.items() if k.startswith("also used chlorine"))
    assert crude.place is not None and crude.place.text == "Vesk"  # the place the article is about
    assert not crude.span.start <= crude.place.start < crude.span.end  # inherited, outside its own words
    assert near.place is not None and near.place.text == "Kolno"  # stated in its own words
    for c in ex.claims:
        if c.place is not None:
            assert ex.text[c.place.start:c.place.end] == c.place.text


def test_an_article_about_no_place_gives_none(extract: Callable[..., Extraction]) -> None:
    ex = extract("The Marsh Front said the new rules were unfair. Its leader said the rules would be fought in court.")
    assert ex.claims and all(c.place is None for c in ex.claims)
