"""Headline forms read as speech in the wrong shape (new user, issue 9, stop 23, deny23):

1. "Sylvania denies, then admits, border incursion": Sylvania is the source of both cues and
   "border incursion" their content (the cue reader made "border incursion" the source of "then
   admits" and a cluster "Sylvania denies").
2. "Ruritanian army accused of shelling Zenda hospital": the army is the one accused, not a source;
   the accuser is unnamed and the claim is "Ruritanian army shelled Zenda hospital".
"""

from __future__ import annotations

import pytest

TURNS = [  # (headline, source, content)
    ("Sylvania denies, then admits, border incursion", "Sylvania", "border incursion"),  # the new user's case
    ("Freedonia denies, then admits, drone strikes on Velm", "Freedonia", "drone strikes on Velm"),
    ("Ruritania denies, then admits, artillery strike on Kolno", "Ruritania", "artillery strike on Kolno"),
    ("Borduria admits, then denies, arms deliveries to Syldavia", "Borduria", "arms deliveries to Syldavia"),
    ("Tomania denies, then confirms, troop movements near Strelsau", "Tomania", "troop movements near Strelsau"),
    ("Grand Fenwick denies, then acknowledges, border raid", "Grand Fenwick", "border raid"),
]


@pytest.mark.parametrize("title,who,what", TURNS)
def test_a_turn_headline_has_one_source_and_one_content(extract, title: str, who: str, what: str) -> None:
    ex = extract("Officials in the region said on Monday that the matter was under review.", title=title)
    head = [a for a in ex.attributions if a.sentence == 0]
    assert len(head) == 2, [(a.source, a.cue.text, a.content.text) for a in head]
    assert {a.source.span.text for a in head if a.source and a.source.span} == {who}
    assert {a.content.text for a in head} == {what}
    assert [a.act for a in head] in (["deny", "confirm"], ["confirm", "deny"])
    assert not any(c.text.lower().startswith(who.lower() + " den") for c in ex.claims), [c.text for c in ex.claims]


PASSIVES = [  # (headline or sentence, the accused, the claim)
    ("Ruritanian army accused of shelling Zenda hospital", "Ruritanian army",
     "Ruritanian army shelled Zenda hospital"),  # the new user's case
    ("Kolno police accused of torturing detainees", "Kolno police", "Kolno police tortured detainees"),
    ("Sylvanian army accused of killing civilians in Strelsau", "Sylvanian army",
     "Sylvanian army killed civilians in Strelsau"),
    ("Sylvanian police accused of beating protesters in Strelsau", "Sylvanian police",
     "Sylvanian police beat protesters in Strelsau"),
    ("Syldavian border guards accused of shooting at refugees near Klow", "Syldavian border guards",
     "Syldavian border guards shot at refugees near Klow"),
    ("Tomanian troops accused of looting shops in Velm", "Tomanian troops",
     "Tomanian troops looted shops in Velm"),
]


@pytest.mark.parametrize("title,accused,claim", PASSIVES)
def test_a_passive_accusation_names_no_source_and_states_the_deed(extract, title: str, accused: str,
                                                                  claim: str) -> None:
    ex = extract("Officials in the region said on Monday that the matter was under review.", title=title)
    head = [a for a in ex.attributions if a.sentence == 0]
    assert head, "the accusation is read"
    assert all(a.source is None or a.source.span is None for a in head), [a.source for a in head]
    mine = [c for c in ex.claims if c.sentence == 0]
    assert [c.text for c in mine] == [claim]
    assert any(accused.split()[0] in x for x in mine[0].actors), mine[0].actors


ACTIVE = [  # the accuser named: read as before ("X accused Y of …" is Y's deed, X the source)
    "Ruritania accused Freedonia of shelling the Zenda hospital on Monday.",
    "The army was accused by the medical association of shelling the hospital.",
]


UNREAD = [  # headlines the cue reader does not read as speech at all: the accused is no source either
    "Freedonian navy accused of sinking two fishing boats",
    "Bordurian militia blamed for burning the village of Tarlenheim",
    "Freedonian air force accused of bombing a school in Velm",
]


@pytest.mark.parametrize("title", UNREAD)
def test_an_accused_is_never_a_source(extract, title: str) -> None:
    ex = extract("Officials in the region said on Monday that the matter was under review.", title=title)
    assert not any(a.source is not None and a.source.span is not None for a in ex.attributions if a.sentence == 0)


@pytest.mark.parametrize("sentence", ACTIVE)
def test_a_named_accuser_stays_the_source(extract, sentence: str) -> None:
    ex = extract(sentence)
    assert any(a.source is not None and a.source.span is not None for a in ex.attributions), ex.attributions
