"""A "no" before a noun negates its clause: "Freedonia says it sent no tanks" and '"No Freedonian
tank has crossed into Ruritania," said the ministry' are denials by the accused, not support
(FINDINGS26, new problem 3; issue 9).  "no fewer than", "no doubt", "No. 10" negate nothing."""

from __future__ import annotations

import pytest

# (body, words of the claim): the two cases and neighbours of our own
NO_DEED = [
    ("Freedonia says it sent no tanks.", "sent no tanks"),
    ('"No Freedonian tank has crossed into Ruritania," said the Freedonian defence ministry.', "No Freedonian tank"),
    ("The Sylvanian army said it had fired no shells at Kessel.", "fired no shells"),
    ("Borduria said it supplied no drones to the rebels.", "supplied no drones"),
    ('"No Ruritanian soldier has set foot in Vorna," the ministry said.', "No Ruritanian soldier"),
    ("The navy said no Freedonian ship had entered the strait.", "no Freedonian ship"),
    ("Officials in Strelsau said the army had laid no mines in the river.", "laid no mines"),
]
NOT_NEGATED = [
    ("Freedonia sent no fewer than 200 tanks to Ruritania, officials said.", "200 tanks"),
    ("There is no doubt that Borduria shelled Kessel, the monitors said.", "shelled Kessel"),
    ("Officials said Freedonia sent no more than a dozen advisers to Vorna.", "dozen advisers"),
    ("No. 10 said the army had shelled the bridge at Brill.", "shelled the bridge"),
    ("Borduria sent tanks to Kessel, officials said.", "sent tanks"),
]


def _polarity(extract, body: str, words: str) -> str:  # noqa: ANN001
    got = [c for c in extract(body).claims if words in c.span.text]
    assert got, (body, [c.span.text for c in extract(body).claims])
    return got[0].polarity


@pytest.mark.parametrize(("body", "words"), NO_DEED)
def test_no_before_a_noun_negates(extract, body: str, words: str) -> None:  # noqa: ANN001
    assert _polarity(extract, body, words) == "negative"


@pytest.mark.parametrize(("body", "words"), NOT_NEGATED)
def test_no_that_negates_nothing(extract, body: str, words: str) -> None:  # noqa: ANN001
    assert _polarity(extract, body, words) == "positive"
