"""Attribution cues, stop 22 (issue 12): classes found among the tuning half's missed and false
gold cues (PolNeAR dev, ``benchmarks/cue_misses.py``), each with invented sentences of our own
(never a sentence of the evaluation data) and counter-cases.

1. A verb of intention (plan, seek, intend: ``cues.toml`` ``plan-verbs``, ``complement =
   "finite"``) is a cue only before a finite clause; before an infinitive it states what its
   subject means to do, in the outlet's voice: no attribution, and its subject is no source
   (the seeds' "… also plans | to train …").
"""

from __future__ import annotations

import pytest


def _one(attributions, text: str, cue: str):  # noqa: ANN001, ANN202
    hits = [a for a in attributions(text) if a.cue.text.lower().endswith(cue)]
    return hits[0] if hits else None


def _sources(attributions, text: str) -> list[str]:  # noqa: ANN001
    return [a.source.span.text for a in attributions(text) if a.source is not None and a.source.span is not None]


# 1. an intention before an infinitive is no speech -------------------------------------------

INTENT_INFINITIVE = [
    # the seeds' case, with invented names
    ("With unrest spreading in the south, Borduria's northern neighbour Sylvania also plans to train "
     "Bordurian police officers.", "plans", "Sylvania"),
    ("Ruritania seeks to expand its naval base at Port Alder.", "seeks", "Ruritania"),
    ("The Freedonian cabinet intends to raise fuel duties next spring.", "intends", "cabinet"),
    ("Velmora's mayor has long planned to close the old harbour.", "planned", "mayor"),
    ("Ostland aims to double its grain exports by 2030.", "aims", "Ostland"),
    ("The consortium, which sought to buy the airline, withdrew its bid.", "sought", "consortium"),
    ("Sylvania plans eventually to build a second reactor.", "plans", "Sylvania"),
    ("Officials in Grand Fenwick are planning to reopen the border crossing.", "planning", "Officials"),
]


@pytest.mark.parametrize(("text", "cue", "subject"), INTENT_INFINITIVE, ids=lambda x: x[:30])
def test_an_intention_before_an_infinitive_is_no_cue(attributions, text, cue, subject) -> None:  # noqa: ANN001
    assert _one(attributions, text, cue) is None, text
    assert not any(subject in s for s in _sources(attributions, text)), text


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The ministry plans that the border will stay open.", "plans", "The ministry", "the border will stay open"),
    ("The senator intends that the vote be held in May.", "intends", "The senator", "the vote be held in May"),
    ("The board planned: “No cuts this year.”", "planned", "The board", "“No cuts this year.”"),
])
def test_an_intention_before_a_finite_clause_is_a_cue(attributions, text, cue, source, content) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    assert a is not None, text
    assert a.source is not None and a.source.span is not None and a.source.span.text == source
    assert a.content.text == content


@pytest.mark.parametrize(("text", "cue", "source"), [
    # a speech cue in front of the intention keeps its own attribution; the intention is its content
    ("A Sylvanian envoy said his country plans to train Bordurian police officers.", "said", "A Sylvanian envoy"),
    ("Ruritania plans to expand the base, according to a defence official.", "according to", "a defence official"),
    # the other verbs of the old class keep their infinitive ("refused to V", "agreed to V")
    ("The governor refused to release the records.", "refused", "The governor"),
])
def test_speech_around_an_intention_is_kept(attributions, text, cue, source) -> None:  # noqa: ANN001
    a = _one(attributions, text, cue)
    assert a is not None, text
    assert a.source is not None and a.source.span is not None and a.source.span.text == source
