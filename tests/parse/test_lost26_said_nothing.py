""""X said nothing about Y" is a non-answer of X to the claim about Y, not X's own claim
(FINDINGS26, new problem 2: my5/e01's "Sylvania said nothing about the mines"; issue 9)."""

from __future__ import annotations

import pytest

# (body, source, a word of the claim it leaves unanswered): the case and neighbours of our own
SILENT = [
    ("Freedonian officials said Sylvanian engineers laid mines in the Kessel river. "
     "Sylvania said nothing about the mines.", "Sylvania", "mines"),
    ("Officials said Freedonian jets bombed Brill. Freedonia said nothing about the jets.", "Freedonia", "jets"),
    ("Residents said Bordurian tanks reached Kessel. Borduria has said nothing about the tanks.", "Borduria", "tanks"),
    ("Analysts said Ruritania trained the rebels. Ruritania says nothing about the rebels.", "Ruritania", "rebels"),
    ("Officials said Syldavian divers laid mines in the port. Syldavia said nothing on the mines.", "Syldavia",
     "mines"),
    ("Monitors said Sylvanian drones struck Tessel. Sylvania said nothing about the drones.", "Sylvania", "drones"),
]


@pytest.mark.parametrize(("body", "source", "word"), SILENT)
def test_said_nothing_is_a_non_answer(extract, body: str, source: str, word: str) -> None:  # noqa: ANN001
    ex = extract(body)
    mine = [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].source is not None
            and ex.attributions[c.attribution].source.span is not None
            and ex.attributions[c.attribution].source.span.text == source]
    assert mine and all(ex.attributions[c.attribution].act == "decline" for c in mine), \
        [(c.text, ex.attributions[c.attribution].act if c.attribution is not None else None) for c in ex.claims]
    assert any(c.denies is not None and word in ex.claims[c.denies].text for c in mine)
    assert not [c for c in mine if c.text.startswith(source + " said nothing")]


def test_said_that_is_still_a_claim(extract) -> None:  # noqa: ANN001
    ex = extract("Sylvania said the mines were old.")
    assert [c for c in ex.claims if ex.attributions[c.attribution].act == "assert"]
