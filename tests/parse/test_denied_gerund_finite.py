"""A denied gerund is shown in its finite past only when that makes a sentence (text27; READER26's
garbled canonical "Paler Lin staged any of his films or having met Thomas before the $100
exchange"): a negative-polarity word ("any", "ever") or a second gerund coordinated keeps the
denial from being composed as "X DID …".  The case (names invented) and neighbours, each failing
before; a plain denied gerund is still composed."""

from __future__ import annotations

import pytest

ROWS = [  # (body, wording that must not be shown)
    ("However, Tomas Reyes argued that Marek chose the store because it was closest to his spot.\n\n"
     "But he strongly denied staging any of his films or having met Marek before the $100 exchange.",
     "staged any of his films"),
    ("Freedonia denied supplying any drones to the rebels in Kessel.", "supplied any drones"),
    ("Freedonia denied supplying drones to the rebels or training their pilots in Kessel.", "or training"),
    ("Borduria denied shelling any homes in Vorna on Sunday.", "shelled any homes"),
    ("Sylvania denied laying mines in the Kessel river or arming the rebels in Brill.", "or arming"),
    ("Syldavia denied selling anything to the militia in Brill last year.", "sold anything"),
]


@pytest.mark.parametrize(("body", "wrong"), ROWS)
def test_no_garbled_finite_denial(extract, check_parts, body, wrong) -> None:
    ex = extract(body)
    check_parts(ex)
    assert not [c.text for c in ex.claims if wrong in c.text]


@pytest.mark.parametrize(("body", "shown"), [
    ("Freedonia denied supplying drones to the rebels in Kessel.", "Freedonia supplied drones to the rebels in Kessel"),
    ("Borduria denied shelling homes in Vorna on Sunday.", "Borduria shelled homes in Vorna on Sunday"),
])
def test_a_plain_denied_gerund_is_still_composed(extract, body, shown) -> None:
    assert shown in [c.text for c in extract(body).claims]
