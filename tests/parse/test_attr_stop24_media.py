"""New user's findings, stop 24 (src24): the medium of a speech act is not its source, and an
anonymity marker is not the source it modifies.  Invented sentences; each class has the
user's case and neighbours."""

from __future__ import annotations

import pytest


def _rows(ex):
    """(source text or None, cue, content, vias) of each attribution."""
    return [(a.source.span.text if a.source and a.source.span else None, a.cue.text, a.content.text,
             tuple(v.text for v in a.via)) for a in ex.attributions]


# --------------------------------------------------------------------------- 1. the medium

MEDIUM = [
    # (sentence, source, cue, content)
    ("Mayor Lena Voss said in a blog post that the bridge would reopen in May.",
     "Mayor Lena Voss", "said", "the bridge would reopen in May"),
    ("Karl Brandt said in a statement that the troops had left Dovra.",
     "Karl Brandt", "said", "the troops had left Dovra"),
    ("Karl Brandt said in a written statement that the troops had left Dovra.",
     "Karl Brandt", "said", "the troops had left Dovra"),
    ("The ministry said on Sunday in a statement that the troops had left Dovra.",
     "The ministry", "said", "the troops had left Dovra"),
    ("In a blog post, Mayor Lena Voss said the bridge would reopen in May.",
     "Mayor Lena Voss", "said", "the bridge would reopen in May"),
    ("Lena Voss wrote in a Facebook post that the bridge would reopen in May.",
     "Lena Voss", "wrote", "the bridge would reopen in May"),
    ("Karl Brandt said in a statement posted on the ministry's website that the troops had left Dovra.",
     "Karl Brandt", "said", "the troops had left Dovra"),
    ("The ministry said in a press release that the dam was sabotaged.",
     "The ministry", "said", "the dam was sabotaged"),
    ("Anna Kovic said in a video statement that the talks had collapsed.",
     "Anna Kovic", "said", "the talks had collapsed"),
    ("The ministry said in a statement that the reports were false.",
     "The ministry", "said", "the reports were false"),
    # an occasion after "told" is no addressee that relays ("a press" was a via, "conference …" the content)
    ("Karl Brandt told a press conference in Kolno that the troops had left Dovra.",
     "Karl Brandt", "told", "the troops had left Dovra"),
    ("Karl Brandt told a news conference that the troops had left Dovra.",
     "Karl Brandt", "told", "the troops had left Dovra"),
    ("Karl Brandt told a press briefing on Monday that the troops had left Dovra.",
     "Karl Brandt", "told", "the troops had left Dovra"),
]


@pytest.mark.parametrize("body,source,cue,content", MEDIUM, ids=[m[0][:40] for m in MEDIUM])
def test_a_medium_is_no_source_nor_a_second_attribution(extract, body, source, cue, content):
    rows = _rows(extract(body))
    assert [(s, c, x) for s, c, x, _ in rows] == [(source, cue, content)]
    assert rows[0][3] == ()  # the medium is no via either


MEDIUM_KEPT = [
    # a noun cue with no speech verb before its preposition is an attribution of its own
    ("Markets fell in Kolno on reports that the troops had left Dovra.", "reports"),
    # an outlet after "wrote in" is still a via
    ("Lena Voss wrote in the Dovra Times that the bridge would reopen.", "wrote"),
]


@pytest.mark.parametrize("body,cue", MEDIUM_KEPT)
def test_a_noun_cue_without_a_speech_verb_or_an_outlet_is_kept(extract, body, cue):
    rows = _rows(extract(body))
    assert any(c == cue for _, c, _, _ in rows), rows
    if cue == "wrote":
        assert rows[0][3] == ("the Dovra Times",)


# --------------------------------------------------------------------------- 2. anonymity markers

ANONYMITY = [
    ("An official speaking on condition of anonymity said the troops had crossed the river.", "An official"),
    ("A government source speaking on the condition of anonymity confirmed that the dam was sabotaged.",
     "A government source"),
    ("An official speaking anonymously said the troops had crossed the river.", "An official"),
    ("A diplomat who asked not to be named said the troops had crossed the river.",
     "A diplomat who asked not to be named"),
    ("The troops crossed the river on Sunday, an official speaking on condition of anonymity said.", "an official"),
    ("The troops crossed the river on Sunday, said an official speaking on condition of anonymity.", "an official"),
    ("Two diplomats speaking on condition of anonymity told the Kolno Herald that the talks had stalled.",
     "Two diplomats"),
    ("A Ruritanian official, speaking on condition of anonymity, said the troops had crossed the river.",
     "A Ruritanian official"),
]


@pytest.mark.parametrize("body,source", ANONYMITY, ids=[m[0][:40] for m in ANONYMITY])
def test_an_anonymity_marker_is_not_the_source(extract, body, source):
    ex = extract(body)
    assert len(ex.attributions) == 1, _rows(ex)
    a = ex.attributions[0]
    assert a.source is not None and a.source.span.text == source
    assert a.source.kind in ("anonymous", "sources_said")
    assert "anonymity" not in a.content.text and "named" not in a.content.text
