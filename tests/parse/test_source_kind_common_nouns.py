"""Source kinds of common-noun sources (src23, a new user's class): a bare definite noun for a
medium ("the newspaper", "the broadcaster") is unnamed unless it resolves to an outlet named
before it; a plural common noun group with an adjective ("Independent monitors") is an unnamed
group, however its first word is capitalised."""

from __future__ import annotations

import pytest

MEDIA = ["newspaper", "broadcaster", "agency", "channel", "website", "news site"]


@pytest.mark.parametrize("noun", MEDIA)
def test_bare_medium_is_unnamed(attributions, noun: str) -> None:
    (a,) = attributions(f"The {noun} reported that Freedonia has supplied drones to Ruritania.")
    assert (a.source.kind, a.source.actor) == ("anonymous", None)


@pytest.mark.parametrize(("outlet", "noun"), [("The Zenda Times", "newspaper"), ("The Zenda Post", "website"),
                                              ("Radio Strelsau", "broadcaster"), ("The Freedonia Herald", "paper"),
                                              ("The Tarn Gazette", "newspaper")])
def test_medium_resolves_to_outlet_named_before(attributions, outlet: str, noun: str) -> None:
    text = f"{outlet} reported on Monday that Freedonia has supplied drones. The {noun} said they reached Zenda."
    a = attributions(text)[-1]
    assert a.source.span.text == f"The {noun}" and a.source.kind == "named"
    assert a.source.resolved is not None and a.source.resolved.text == outlet


@pytest.mark.parametrize("group", ["Independent monitors", "independent monitors", "Foreign diplomats",
                                   "Local residents", "Press officers", "Western analysts", "Senior commanders"])
@pytest.mark.parametrize("frame", ["{g} said that troops crossed the river near Zenda.",
                                   "Troops crossed the river near Zenda, {g} said."])
def test_adjective_plural_group_is_unnamed(attributions, source_text, group: str, frame: str) -> None:
    text = frame.format(g=group if frame.startswith("{") else group.lower())
    (a,) = attributions(text)
    assert source_text(a).lower() == group.lower()
    assert a.source.kind == "anonymous" and a.source.actor is None


@pytest.mark.parametrize(("text", "actor"), [
    ("The news agency Tass reported that troops crossed the river.", "Tass"),
    ("The Ruritania Independent reported that troops crossed the river.", "Ruritania Independent"),
    ("The Zenda Monitor reported that troops crossed the river.", "Zenda Monitor"),
])
def test_named_outlets_stay_named(attributions, text: str, actor: str) -> None:
    (a,) = attributions(text)
    assert (a.source.kind, a.source.type, a.source.actor) == ("named", "outlet", actor)
