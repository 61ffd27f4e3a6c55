"""A denial answers the claim it names, not the nearest claim naming the denier (new user's finding
1, stop 24, deny24b: my2/b01).

"Sylvanian officials said Ruritania had poisoned wells near Brill. They also said Ruritanian jets had
bombed a school in Kessel. Ruritania denied poisoning the wells, calling the claim a lie." Both the
gerund's denial ("denied poisoning the wells") and the anaphoric one in its sentence ("calling the
claim a lie") answer the wells claim; the school claim, nearer and naming Ruritania too, is not
answered.
"""

from __future__ import annotations

import pytest

from claimcheck.model import Extraction


def _same(a: str, b: str) -> bool:
    return a[:1].lower() + a[1:] == b[:1].lower() + b[1:]  # a claim's text starts with a capital


def _answers_to(ex: Extraction, text: str) -> list[str]:
    """The claims that answer (``denies``) the claim whose text is ``text``."""
    return [c.text for c in ex.claims if c.denies is not None and _same(ex.claims[c.denies].text, text)]


CASES = [  # (body, the claim denied, the nearer claim naming the denier that is not denied)
    ("Sylvanian officials said Ruritania had poisoned wells near Brill. They also said Ruritanian jets had "
     "bombed a school in Kessel. Ruritania denied poisoning the wells, calling the claim a lie.",
     "Ruritania had poisoned wells near Brill", "Ruritanian jets had bombed a school in Kessel"),  # the new user's case
    ("Local officials said Freedonia had mined the harbour at Velm. They also said Freedonian gunboats had "
     "sunk a ferry near Tessel. Freedonia denied mining the harbour, calling the claim a fabrication.",
     "Freedonia had mined the harbour at Velm", "Freedonian gunboats had sunk a ferry near Tessel"),
    ("Witnesses said Borduria had burned crops near Klow. They also said Bordurian troops had looted a "
     "museum in Velm. Borduria denied burning the crops, calling the report a lie.",
     "Borduria had burned crops near Klow", "Bordurian troops had looted a museum in Velm"),
    ("Aid workers said Sylvania had blocked convoys near Brill. They also said Sylvanian artillery had "
     "shelled a hospital in Kessel. Sylvania denied blocking the convoys, calling the claim baseless.",
     "Sylvania had blocked convoys near Brill", "Sylvanian artillery had shelled a hospital in Kessel"),
    ("Monitors said Tomania had jammed radio stations in Osk. They also said Tomanian drones had hit a "
     "depot in Lutz. Tomania denied jamming the stations, calling the accusation a lie.",
     "Tomania had jammed radio stations in Osk", "Tomanian drones had hit a depot in Lutz"),
    ("Residents said Ruritania had flooded farmland near Dorn. They also said Ruritanian soldiers had "
     "seized a bridge in Marl. Ruritania denied flooding the farmland, calling the story a lie.",
     "Ruritania had flooded farmland near Dorn", "Ruritanian soldiers had seized a bridge in Marl"),
]


@pytest.mark.parametrize("body,denied,other", CASES)
def test_a_gerund_denial_and_its_sentence_answer_the_claim_named(extract, body: str, denied: str, other: str) -> None:
    ex = extract(body)
    assert len(_answers_to(ex, denied)) == 2, [(c.text, c.denies, c.polarity) for c in ex.claims]
    assert _answers_to(ex, other) == []
