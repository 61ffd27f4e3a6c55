"""Left from stop 22, mended at stop 24 (src24): "Under X's plan, C, according to Y" keeps Y's
attribution; a cue in a restrictive relative clause followed by its object and the main verb
("Anyone who has read the plan knows C") is no cue: the relative clause belongs to the main
verb's source.  Invented sentences."""

from __future__ import annotations

import pytest

ACCORDING_AFTER_POSSESSED = [
    # (sentence, the according-to source)
    ("Under Brandt's plan, the border would close in May, according to the ministry.", "the ministry"),
    ("Under the senator's plan, tuition would be free, according to a summary released by her office.",
     "a summary released by her office"),
    ("By the minister's own admission, the figures were wrong, according to the Kolno Herald.", "the Kolno Herald"),
    ("Under the mayor's proposal, the ferry would stop in May, according to two council members.",
     "two council members"),
    ("Under Freedonia's offer, the troops would leave Dovra, according to two Freedonian diplomats.",
     "two Freedonian diplomats"),
]


@pytest.mark.parametrize("body,source", ACCORDING_AFTER_POSSESSED, ids=[s[0][:40] for s in ACCORDING_AFTER_POSSESSED])
def test_according_to_after_a_possessed_cue_is_kept(extract, body, source):
    ex = extract(body)
    acc = [a for a in ex.attributions if a.cue.text.lower() == "according to"]
    assert acc and acc[0].source is not None and acc[0].source.span.text == source, ex.attributions
    assert all("according to" not in a.content.text for a in ex.attributions)


def test_a_possessed_cue_alone_is_still_read(extract):
    ex = extract("Under the governor's proposal, tuition would be free.")
    assert [(a.cue.text, a.content.text) for a in ex.attributions] == [("proposal", "tuition would be free")]


RELATIVE_OBJECTS = [
    # (sentence, source, cue)
    ("Anyone who has read the plan knows it will fail.", "Anyone who has read the plan", "knows"),
    ("Anyone who has seen the footage knows the troops fired first.", "Anyone who has seen the footage", "knows"),
    ("Those who have seen the video say the troops fired first.", "Those who have seen the video", "say"),
    ("Those who have read the report say the troops fired first.", "Those who have read the report", "say"),
    ("Everyone who has read the report agrees that the dam was weak.", "Everyone who has read the report", "agrees"),
    ("Officials who have seen the letter say it was sent in May.", "Officials who have seen the letter", "say"),
    ("Anyone who has read the plan knows that it will fail.", "Anyone who has read the plan", "knows"),
]


@pytest.mark.parametrize("body,source,cue", RELATIVE_OBJECTS, ids=[s[0][:40] for s in RELATIVE_OBJECTS])
def test_a_relative_clause_verb_with_its_object_is_no_cue(extract, body, source, cue):
    ex = extract(body)
    assert [(a.source.span.text if a.source else None, a.cue.text) for a in ex.attributions] == [(source, cue)]
    assert ex.attributions[0].source.kind == "anonymous"


def test_a_relative_clause_with_a_clause_is_still_speech(extract):
    # "who has said that C" reports what the relative's antecedent said
    ex = extract("Marta Lind, who has said that the dam was weak, resigned on Monday.")
    assert any(a.cue.text.endswith("said") and "dam was weak" in a.content.text for a in ex.attributions)
