"""A cluster's text is its most complete member, not a headline's clipped words (issue 9 item 6;
text27, FINDINGS26 new problem 5: "Troops crossed border" showed a cluster whose wire denials
said "Sylvania’s troops had crossed the border").  The case and invented neighbours: a party's
admission in a headline only, and two wire copies of its earlier denial in full sentences."""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.claims import completeness
from claimcheck.parse.claims.statements import headlinese

LEX = load_lexicons()

CASES = [  # (headline of the admission, the wire denial's sentence, the text expected)
    ("Sylvania admits troops crossed border", "Sylvania denied that its troops had crossed the border.",
     "Sylvania’s troops had crossed the border"),
    ("Ruritania admits jets bombed Kessel", "Ruritania denied that its jets had bombed Kessel.",
     "Ruritania’s jets had bombed Kessel"),
    ("Borduria admits drones hit Tessel", "Borduria denied that its drones had hit Tessel.",
     "Borduria’s drones had hit Tessel"),
    ("Freedonia admits tanks entered Vorna", "Freedonia denied that its tanks had entered Vorna.",
     "Freedonia’s tanks had entered Vorna"),
    ("Syldavia admits police arrested protesters", "Syldavia denied that its police had arrested protesters in Brill.",
     "Syldavia’s police had arrested protesters in Brill"),
    ("Molvania admits militia shelled Darn", "Molvania denied that its militia had shelled Darn.",
     "Molvania’s militia had shelled Darn"),
]


@pytest.mark.parametrize(("headline", "denial", "expected"), CASES)
def test_the_full_sentence_shows_the_cluster_not_the_headline(report, tmp_path, headline, denial, expected) -> None:
    articles = {f"w{j}": ({"outlet": f"Wire {j}", "published": "2024-07-01"}, f"Border talks resume\n\n{denial}\n")
                for j in range(2)}
    articles["h"] = ({"outlet": "Global Post", "published": "2024-07-04"},
                     f"{headline}\n\nThe statement came on Thursday.\n")
    rows = report(tmp_path, articles)
    (row,) = [r for r in rows if r["mentions"] == 3]  # the admission and both denials: one cluster
    assert row["claim"] == expected


@pytest.mark.parametrize(("text", "clipped"), [
    ("Troops crossed border", True), ("Drones supplied", True), ("General denies shelling", True),
    ("Freedonia sends tanks", True), ("Jets bombed Kessel market", True),
    ("The minister resigned", False), ("Prices rose in May", False),
    ("Sylvania’s troops had crossed the border", False), ("Freedonia sent tanks to Ruritania", False),
])
def test_headlinese(text, clipped) -> None:
    assert headlinese(text) is clipped


def test_a_clipped_headline_ranks_below_the_same_words_in_a_sentence() -> None:
    assert completeness("Troops crossed border", LEX) < completeness("Sylvania’s troops had crossed the border", LEX)
    assert completeness("Jets bombed Kessel market", LEX) < completeness("The jets bombed the Kessel market", LEX)
