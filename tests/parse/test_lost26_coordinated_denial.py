"""A denial of two coordinated deeds ("rejected claims that it had supplied drones to X and laid
mines in Y") is one denial of each deed, each answering its own claim, not one denial whose
text joins both (FINDINGS26, new problem 2: my5/e01; issue 9)."""

from __future__ import annotations

import pytest

# (body, denier, words of the two claims that must each be denied): the case and neighbours of our own
PAIRS = [
    ("Sylvania on Tuesday rejected claims that it had supplied drones to Borduria and laid mines in the Kessel "
     "river. Bordurian rebels said Sylvania had supplied drones to Borduria in June. Freedonian officials said "
     "Sylvanian engineers laid mines in the Kessel river.", "Sylvania", ("drones", "mines")),
    ("Freedonia denied that it had shelled Vorna and bombed the bridge at Brill. Residents said Freedonian "
     "artillery shelled Vorna. Monitors said Freedonian jets bombed the bridge at Brill.", "Freedonia",
     ("Vorna", "Brill")),
    ("Ruritania rejected reports that it had trained the rebels and paid their commanders. Officials said "
     "Ruritanian officers trained the rebels. A witness said Ruritanian agents paid their commanders.",
     "Ruritania", ("trained", "paid")),
    ("Borduria denied that it had sent tanks to Kolno and blocked the port of Selk. Officials said Borduria sent "
     "tanks to Kolno. Shipping agents said Bordurian ships blocked the port of Selk.", "Borduria",
     ("tanks", "port")),
    ("Syldavia dismissed claims that it had armed the militia and built a base near Tessel. Analysts said "
     "Syldavia armed the militia. Villagers said Syldavian troops built a base near Tessel.", "Syldavia",
     ("militia", "base")),
    ("Sylvania denied that it had laid mines in the river and sank the ferry. Officials said Sylvanian "
     "divers laid mines in the river. The captain said Sylvanian boats sank the ferry.", "Sylvania",
     ("mines", "ferry")),
]


@pytest.mark.parametrize(("body", "denier", "words"), PAIRS)
def test_each_coordinated_deed_is_denied_on_its_own(extract, body: str, denier: str, words: tuple) -> None:  # noqa: ANN001
    ex = extract(body)
    denials = [c for c in ex.claims if c.polarity == "negative" and c.attribution is not None
               and ex.attributions[c.attribution].act == "deny"]
    for w in words:
        other = next(x for x in words if x != w)
        assert [c for c in denials if w in c.text and other not in c.text], (w, [c.text for c in denials])
    assert not [c for c in denials if all(w in c.text for w in words)], [c.text for c in denials]


def test_one_deed_with_and_in_its_object_stays_one(extract) -> None:  # noqa: ANN001
    ex = extract("Sylvania denied that it had supplied drones and rifles to Borduria. "
                 "Officials said Sylvania had supplied drones and rifles to Borduria.")
    denials = [c for c in ex.claims if c.polarity == "negative"]
    assert denials and all("drones and rifles" in c.text for c in denials), [c.text for c in denials]


@pytest.mark.parametrize("body", [
    "The airline denied claims that it is planning to segregate men and women on its flights.",
    "The scholars rejected the connection between the folk tale and the custom, and suggest the latter is new.",
])
def test_and_before_no_past_verb_is_no_second_deed(extract, body: str) -> None:  # noqa: ANN001
    ex = extract(body)
    denials = [c for c in ex.claims if c.polarity == "negative"]
    assert len({c.span for c in denials}) <= 1, [c.text for c in denials]
