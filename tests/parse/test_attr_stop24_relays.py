"""New user's findings, stop 24 (src24): a relay named beside the speaker is a via of the
speaker's attribution ("X, as quoted by Y, said C"; "C, X said, according to Y"), never part
of the source nor a second source of C.  Invented sentences."""

from __future__ import annotations

import pytest

RELAYS = [
    # (sentence, source, via)
    ("Ruritanian Defence Minister Karl Brandt, as quoted by the state news agency, said the dam was sabotaged.",
     "Ruritanian Defence Minister Karl Brandt", "the state news agency"),
    ("Karl Brandt, quoted by Interfax, said the dam was sabotaged.", "Karl Brandt", "Interfax"),
    ("The Freedonian envoy, as cited by the Kolno Herald, said the talks had collapsed.",
     "The Freedonian envoy", "the Kolno Herald"),
    ("The dam was sabotaged, Karl Brandt said, according to Interfax.", "Karl Brandt", "Interfax"),
    ("The dam was sabotaged, the defence minister told reporters, according to the Dovra Times.",
     "the defence minister", "the Dovra Times"),
    ("Karl Brandt, according to Interfax, said the dam was sabotaged.", "Karl Brandt", "Interfax"),
    ("Anna Kovic said, according to Radio Lutha, that the talks had collapsed.", "Anna Kovic", "Radio Lutha"),
    # already read before stop 24: kept
    ("According to Ruritanian officials, cited by the Kolno Herald, the dam was sabotaged.",
     "Ruritanian officials", "the Kolno Herald"),
    ("The dam was sabotaged, according to Anna Kovic, as quoted by the Dovra Times.", "Anna Kovic", "the Dovra Times"),
]


@pytest.mark.parametrize("body,source,via", RELAYS, ids=[r[0][:40] for r in RELAYS])
def test_a_relay_beside_the_speaker_is_a_via(extract, body, source, via):
    ex = extract(body)
    rows = [(a.source.span.text if a.source and a.source.span else None, a.cue.text, tuple(v.text for v in a.via))
            for a in ex.attributions]
    assert len(rows) == 1, rows
    assert rows[0][0] == source and rows[0][2] == (via,), rows
    assert "sabotaged" in ex.attributions[0].content.text or "collapsed" in ex.attributions[0].content.text


NOT_RELAYS = [
    # "according to Y" with no speaker before it is Y's own attribution
    ("The dam was sabotaged, according to Interfax.", "Interfax"),
    # a second speaker after a full stop is no relay
    ("The dam was sabotaged, Karl Brandt said. According to Interfax, the army was on alert.", "Interfax"),
]


@pytest.mark.parametrize("body,source", NOT_RELAYS)
def test_according_to_alone_is_a_source(extract, body, source):
    ex = extract(body)
    assert source in [a.source.span.text for a in ex.attributions if a.source and a.source.span]
