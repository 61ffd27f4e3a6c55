"""A verb of request or deliberation ("ask", "urge", "plead", "consider": the ``request`` lemmas
of ``cues.toml``) before an object and an infinitive, "for" and a noun, or a gerund reports an
act, not speech: "Freedonia asked Sylvania to send fuel, diplomats said" has one source, the
diplomats, not two (case ``action_verbs_are_not_cues``, a new user's finding: the cluster showed
two independent origins from one sentence).  An object and an infinitive make an act only in a
sentence with a speech tag of its own ("…, diplomats said"); alone, "X urged Y to V" stays X's
attribution, as PolNeAR reads it.  "asked whether C", "asked if C", "urged that C" and a tag
after a quotation stay cues."""

from __future__ import annotations

import re

import pytest


def _sources(attributions, text: str) -> list[str]:  # noqa: ANN001
    return [a.source.span.text for a in attributions(text) if a.source is not None and a.source.span is not None]


def _cues(attributions, text: str) -> list[str]:  # noqa: ANN001
    return [a.cue.text.lower() for a in attributions(text)]


ACTS = [
    # the new user's sentences
    ("Freedonia asked Sylvania to send fuel, diplomats said.", "Freedonia", "diplomats"),
    ("Freedonia is considering sending howitzers to Ruritania, a Freedonian official said.", "Freedonia",
     "official"),
    ("Freedonia asked Sylvania for fighter jets, officials said.", "Freedonia", "officials"),
    # neighbours of our own
    ("Ruritania urged Borduria to withdraw its troops, a diplomat said.", "Ruritania", "diplomat"),
    ("Borduria asked the UN for emergency aid, officials said.", "Borduria", "officials"),
    ("Velmora has asked its neighbours to close their airspace, the ministry said.", "Velmora", "ministry"),
    ("Ostland pleaded with Sylvania to release the sailors, according to two envoys.", "Ostland", "envoys"),
    ("Grand Fenwick is urging allies to supply air defences, a spokesman said.", "Grand Fenwick", "spokesman"),
    ("The Sylvanian cabinet is considering buying drones from Ostland, two officials said.", "cabinet",
     "officials"),
    ("Borduria asked for fighter jets, officials said.", "Borduria", "officials"),
    ("Sylvania urged Ostland to lift the blockade, officials said.", "Sylvania", "officials"),
    ("Ruritania asked Freedonia to extradite the pilot, two diplomats said.", "Ruritania", "diplomats"),
    ("Ostland has asked Velmora for two patrol boats, according to the navy.", "Ostland", "navy"),
]


@pytest.mark.parametrize(("text", "actor", "source"), ACTS, ids=lambda x: x[:30])
def test_a_request_with_an_object_and_infinitive_is_an_act(attributions, text, actor, source) -> None:  # noqa: ANN001
    sources = _sources(attributions, text)
    assert not any(re.search(rf"\b{actor}\b", s) for s in sources), (text, sources)
    assert any(source in s for s in sources), (text, sources)


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Freedonia asked whether the talks would resume.", "asked", "Freedonia"),
    ("The senator asked if the vote had been delayed.", "asked", "senator"),
    ("The minister urged that the border be reopened.", "urged", "minister"),
    ("“Why not?” the senator asked.", "asked", "senator"),
    ("Analysts are considering whether the truce will hold.", "considering", "Analysts"),
    ("The envoy urged: “Send the convoy now.”", "urged", "envoy"),
    # no tag of its own: PolNeAR reads "X urged Y to V" as X's request, made in words
    ("Ruritania has urged its allies to send air defences.", "urged", "Ruritania"),
], ids=lambda x: x[:30])
def test_a_question_or_that_clause_stays_a_cue(attributions, text, cue, source) -> None:  # noqa: ANN001
    hits = [a for a in attributions(text) if a.cue.text.lower().endswith(cue)]
    assert hits, (text, _cues(attributions, text))
    assert any(source in (a.source.span.text if a.source and a.source.span else "") for a in hits), text
