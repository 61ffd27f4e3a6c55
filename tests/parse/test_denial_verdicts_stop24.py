"""The new user's denial classes, more of their forms (issue 9 item 3, stop 24, deny24); the first
forms are in tests/parse/test_denial_verdicts.py (stop 23).  Invented names.

1. A verdict of falsehood in quotation marks after "as" or after the object ("described the
   reports as “a fabrication from start to finish”", "called the claims “a lie”") is a denial of the
   reported proposition (``claims.toml`` ``called_false``).
2. "refused to discuss", "refuses to discuss", "declines to discuss" are non-answers (``denials.toml``
   ``will-not-discuss``), never assertions of a claim of their own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.model import Extraction

ALLEGATION = "Ruritanian officials said Freedonian drones struck the port of Velm on Monday."

VERDICTS = [
    "The Freedonian foreign ministry described the reports as “a fabrication from start to finish”.",
    "The Freedonian army called the claims “a lie”.",
    "Anna Holm described the allegations as “pure fiction”.",
    "The Freedonian embassy described the reports as \"a hoax\".",
    "The Freedonian defence ministry called the accusations “utter nonsense”.",
]


@pytest.mark.parametrize("verdict", VERDICTS)
def test_a_quoted_verdict_of_falsehood_denies_the_allegation(extract: Callable[..., Extraction], verdict: str) -> None:
    ex = extract(f"{ALLEGATION} {verdict}")
    said = [k for k, c in enumerate(ex.claims) if "port of Velm" in c.text and c.polarity == "positive"]
    assert len(said) == 1, [(c.text, c.polarity) for c in ex.claims]
    denials = [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].act == "deny"]
    assert len(denials) == 1 and denials[0].denies == said[0] and denials[0].polarity == "negative", \
        [(c.text, c.polarity, c.denies) for c in ex.claims]
    assert not any(w in c.text.lower() for c in ex.claims for w in ("fabrication", "lie", "fiction", "hoax", "nonsense"))


REFUSALS = [
    "The Freedonian defence minister refused to discuss the reports.",
    "Anna Holm, the Freedonian foreign minister, refuses to discuss the strike.",
    "The Freedonian army wouldn't discuss the strike.",
    "A Freedonian spokesman declines to discuss the reports.",
    "The Freedonian embassy, refusing to discuss the reports, closed its doors.",
]


@pytest.mark.parametrize("refusal", REFUSALS)
def test_refusing_to_discuss_is_a_non_answer(extract: Callable[..., Extraction], refusal: str) -> None:
    ex = extract(f"{ALLEGATION} {refusal}")
    acts = [a.act for a in ex.attributions if "discuss" in a.cue.text]
    assert acts == ["decline"], [(a.cue.text, a.act, a.content.text) for a in ex.attributions]
    # no claim of the refusal's own words, and nothing asserted or denied by the refuser
    assert not any("discuss" in c.text for c in ex.claims), [c.text for c in ex.claims]
    assert not any(c.attribution is not None and ex.attributions[c.attribution].act == "deny" for c in ex.claims)
