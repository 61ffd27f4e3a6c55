"""A possessive pronoun's possessor, stop 24 (actors24; the new user's class): a head made of a
determiner and head nouns only ("The Ministry | of Defence of Freedonia said its troops …") is
no short form of the name: "The Ministry’s troops" drops whose ministry it is.  The whole clause
is shown instead.  A head with a name in it ("The Defence Ministry", "President Ana Ruiz") keeps
its short form.  Invented names; every claim's parts slice to its text (``check_parts``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.model import Extraction


def texts(ex: Extraction) -> list[str]:
    return [c.text for c in ex.claims]


BARE_HEADS = [
    # (body, the possessor a reader must not be shown)
    ("The Ministry of Defence of Freedonia said its troops had left the border area on Sunday.", "The Ministry’s"),
    ("The Army of Borduria said its soldiers had crossed the river at Dovra on Monday.", "The Army’s"),
    ("The Council of Zembla said its members would meet in Kolno on Friday.", "The Council’s"),
    ("The Bank of Ruritania said its reserves had fallen by a third in March.", "The Bank’s"),
    ("The Office of the President of Velmora said its staff had left the palace on Sunday.", "The Office’s"),
    ("The Ministry of Health of Freedonia said its hospitals were full on Tuesday.", "The Ministry’s"),
]


@pytest.mark.parametrize(("body", "garbled"), BARE_HEADS)
def test_a_bare_head_noun_is_no_possessor(body: str, garbled: str, extract: Callable[..., Extraction],
                                          check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert not [t for t in texts(ex) if garbled in t], texts(ex)
    assert not [t for t in texts(ex) if t.split()[0].lower() in ("its", "their")], texts(ex)


NAMED_HEADS = [
    ("The Defence Ministry of Freedonia said its troops had left the border area on Sunday.",
     "The Defence Ministry’s troops had left the border area on Sunday"),
    ("President Ana Ruiz of Freedonia said her troops had left the border area on Sunday.",
     "President Ana Ruiz’s troops had left the border area on Sunday"),
    ("Queen Ana of Borduria said her army had left the border area on Sunday.",
     "Queen Ana’s army had left the border area on Sunday"),
    ("Fredo Ruiz of Freedonia said his troops had left the border area on Sunday.",
     "Fredo Ruiz’s troops had left the border area on Sunday"),
    ("The Ruritanian Army of the North said its soldiers had crossed the river at Dovra on Monday.",
     "The Ruritanian Army’s soldiers had crossed the river at Dovra on Monday"),
]


@pytest.mark.parametrize(("body", "expected"), NAMED_HEADS)
def test_a_head_with_a_name_keeps_its_short_form(body: str, expected: str, extract: Callable[..., Extraction],
                                                 check_parts: Callable[[Extraction], None]) -> None:
    ex = extract(body)
    check_parts(ex)
    assert expected in texts(ex), texts(ex)
