"""A source that takes back its own denial (issue 9 item 3, stop 23; parse/claims/reversal.py).

"The ministry denied that its troops had crossed the border. … Later, the ministry admitted that a
unit had entered the territory": the admission's claim reverses the denial's (``Claim.reverses``),
whatever words each uses.  Admissions are the ``cues.toml`` ``admission`` entry (admitted,
acknowledged, conceded, owned up to); a walk-back of the denial itself ("walked back its denial",
``denials.toml`` ``walk-back`` with ``claims.toml`` ``relation:denial_object``) confirms the denied
proposition.  Another source's admission, or an admission with no denial before it, reverses
nothing.  Invented names.
"""

from __future__ import annotations

import pytest

from claimcheck.model import Extraction

DENIAL = "The Freedonian ministry denied that its troops had crossed the border into Ruritania."

REVERSALS = [  # (the sentences after the denial, the start of the reversing claim)
    ("Later, the ministry admitted that a unit had entered the territory.", "A unit had entered the territory"),
    ("On Friday the ministry acknowledged that soldiers had crossed the border.", "Soldiers had crossed the border"),
    ("The ministry later conceded that two platoons had spent a night on Ruritanian soil.",
     "Two platoons had spent a night"),
    ("Ruritanian officials published photographs of the convoy. The ministry then admitted that a convoy had "
     "driven into the Ruritanian district of Kolb.", "A convoy had driven into"),
    ("Two days later the Freedonian ministry acknowledged that an engineering unit had been deployed across "
     "the frontier.", "An engineering unit had been deployed"),
    ("The ministry later owned up to the fact that a patrol had strayed into Ruritania.", None),
]


def _denial_index(ex: Extraction) -> int:
    ks = [k for k, c in enumerate(ex.claims) if c.attribution is not None
          and ex.attributions[c.attribution].act == "deny" and c.polarity == "negative"]
    assert len(ks) == 1, [(c.text, c.polarity) for c in ex.claims]
    return ks[0]


@pytest.mark.parametrize(("after", "start"), REVERSALS)
def test_an_admission_reverses_the_same_sources_denial(extract, check_parts, after: str, start: str | None) -> None:
    ex = extract(f"{DENIAL} {after}")
    check_parts(ex)
    k = _denial_index(ex)
    rev = [c for c in ex.claims if c.reverses == k]
    assert len(rev) == 1, [(c.text, c.reverses) for c in ex.claims]
    assert rev[0].polarity == "positive"
    assert ex.attributions[rev[0].attribution].act == "confirm"
    if start is not None:
        assert rev[0].text.startswith(start), rev[0].text


WALK_BACKS = [
    "The ministry later walked back its denial.",
    "On Tuesday the Freedonian ministry walked back its earlier denial.",
    "The ministry retracted its denial on Friday.",
    "A week later the ministry backtracked on its denial.",
    "The ministry has since walked back the denial.",
]


@pytest.mark.parametrize("after", WALK_BACKS)
def test_walking_back_a_denial_confirms_what_was_denied(extract, after: str) -> None:
    ex = extract(f"{DENIAL} {after}")
    k = _denial_index(ex)
    rev = [c for c in ex.claims if c.reverses == k]
    assert len(rev) == 1, [(c.text, c.reverses, c.polarity) for c in ex.claims]
    c = rev[0]
    assert c.polarity == "positive" and c.text == ex.claims[k].text
    assert ex.attributions[c.attribution].act == "confirm"


@pytest.mark.parametrize("body", [
    # another source admits: no self-reversal
    f"{DENIAL} A Ruritanian general admitted that his own troops had crossed the border first.",
    f"{DENIAL} The Ruritanian army acknowledged that the border was poorly marked.",
    # an admission with no denial before it
    "The Freedonian ministry admitted that a unit had entered the territory.",
    # the admission comes first
    "The Freedonian ministry admitted that a unit had entered the territory. "
    "The Ruritanian ministry denied that its troops had fired on the unit.",
    # a walk-back of a claim, not of a denial: a denial of it, no confirmation
    "The Freedonian minister said the army had withdrawn from the border. "
    "The minister later walked back his claim that the army had withdrawn.",
])
def test_no_self_reversal(extract, body: str) -> None:
    ex = extract(body)
    for c in ex.claims:
        if c.reverses is None:
            continue
        a, b = ex.attributions[c.attribution], ex.attributions[ex.claims[c.reverses].attribution]
        assert not (b.act == "deny" and a.act == "confirm"), (c.text, ex.claims[c.reverses].text)
    assert not [a for a in ex.attributions if a.act == "confirm" and "walked back" in a.cue.text]


CLAIM = "The Freedonian minister said the army had withdrawn from the border."
TAKE_BACKS = [
    "The minister later backtracked on his claims.",
    "The minister walked back his remarks on Tuesday.",
    "A day later the Freedonian minister retracted the statement.",
    "The minister has since walked back the comments.",
    "The minister backpedalled on his statement.",
]


@pytest.mark.parametrize("after", TAKE_BACKS)
def test_taking_back_ones_own_claim_denies_and_reverses_it(extract, after: str) -> None:
    ex = extract(f"{CLAIM} {after}")
    said = [k for k, c in enumerate(ex.claims) if c.polarity == "positive" and c.text == "The army had withdrawn from the border"]
    assert len(said) == 1, [(c.text, c.polarity) for c in ex.claims]
    back = [c for c in ex.claims if c.reverses == said[0]]
    assert len(back) == 1, [(c.text, c.polarity, c.reverses, c.denies) for c in ex.claims]
    assert back[0].polarity == "negative" and back[0].denies == said[0]
    # never a claim made of the object's words ("his claims", "the comments")
    assert all(c.text == "The army had withdrawn from the border" for c in ex.claims), [c.text for c in ex.claims]


@pytest.mark.parametrize("body", [
    f"{CLAIM} A Ruritanian general later backtracked on his claims.",  # another source
    "The Velm Courier retracted its own May 16 article.",  # nothing of the source's before it
    "The minister later walked back his remarks.",
])
def test_a_take_back_with_nothing_of_its_own_before_it_makes_no_claim(extract, body: str) -> None:
    ex = extract(body)
    assert not [c for c in ex.claims if c.polarity == "negative"], [(c.text, c.polarity) for c in ex.claims]
