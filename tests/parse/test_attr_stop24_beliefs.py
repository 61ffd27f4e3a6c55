"""New user's findings, stop 24 (src24): an impersonal passive of belief with an adverb ("It is
widely believed that C", "It is now thought that C", "X is widely believed to …") is a belief
credited to nobody, as stop 23 made "It is believed that C": no source (never a vague
``sources_said`` one), and its claim is in the outlet's own voice.  Invented sentences."""

from __future__ import annotations

import pytest

BELIEFS = [
    "It is widely believed that the troops left Dovra on Sunday.",
    "It is now believed that Freedonian drones were launched from a ship.",
    "It is generally thought that the strikes killed four people.",
    "It was widely feared that the dam at Dovra would give way.",
    "It is widely understood that the ferry to Kolno will stop in May.",
    "The convoy is widely believed to have crossed the border at night.",
    "Freedonian agents are widely thought to have planted the bomb.",
    "It is believed that the troops left Dovra on Sunday.",  # stop 23's form, unchanged
]


@pytest.mark.parametrize("body", BELIEFS, ids=[b[:40] for b in BELIEFS])
def test_an_impersonal_belief_has_no_source(extract, body):
    ex = extract(body)
    assert len(ex.attributions) == 1
    a = ex.attributions[0]
    assert a.act == "hedge" and a.source is None, a
    assert all(c.attribution is None for c in ex.claims), ex.claims


REPORTS = [
    "It is widely reported that the troops left Dovra on Sunday.",
    "It was reported that the troops left Dovra on Sunday.",
]


@pytest.mark.parametrize("body", REPORTS)
def test_an_impersonal_report_still_rests_on_reports(extract, body):
    ex = extract(body)
    assert [a.source.kind for a in ex.attributions if a.source is not None] == ["sources_said"]
