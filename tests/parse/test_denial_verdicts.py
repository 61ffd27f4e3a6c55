"""Denials made as predications, non-answers that refuse to go into a question, and impersonal
passives of belief (issue 9 items 2 and 3, stop 23; found by a new user on invented articles).

1. "X said the reports were “pure fabrication”", "“That is a lie,” X said", "X said the claim has
   no basis in fact": the speaker calls what was reported false.  The attribution is a denial
   (act ``deny``) and its claim is the allegation's proposition, negated, linked (``denies``) to the
   claim it answers; never a claim whose text is "The reports were “pure fabrication”".
2. "“I will not discuss operational matters,” X said", "it would be inappropriate to comment":
   a non-answer (act ``decline``), no assertion and no denial.
3. "It is believed that C", "It is understood that C": nobody who believes is named; no source
   (not "sources said", not a person), the claim read as reported.
4. Negation in scope stays: "could not rule out", "did not deny", "cannot exclude" are no denials.
"""

from __future__ import annotations

import pytest

from claimcheck.model import Claim, Extraction

ALLEGATION = "Ruritanian officials said on Monday that Freedonia had carried out drone strikes on the port of Velm."
ALLEGED = "Freedonia had carried out drone strikes on the port of Velm"

VERDICTS = [  # the sentence after the allegation: a denial made as a predication
    'The Freedonian ministry said the reports were "pure fabrication".',  # the new user's case
    '"That is a lie," said the Freedonian defence minister.',
    "A Freedonian spokesman said these allegations were baseless.",
    "The Freedonian foreign ministry said the claim has no basis in fact.",
    "Freedonia's ambassador said the allegations were untrue and politically motivated.",
    "A Freedonian government spokeswoman said the accusations were a fabrication.",
    "“This is nonsense,” the Freedonian prime minister told reporters.",
    "“Pure fabrication,” a Freedonian army spokesman said.",
    "The Freedonian embassy said the reports were completely false.",
    "Freedonia's president called the allegations a lie.",
    "The Freedonian president dismissed the reports as propaganda.",
    'The Freedonian ministry described the reports as "pure fabrication".',
    "The Freedonian ministry said in a statement that the reports were false and misleading.",
    '"It\'s all lies," said a Freedonian spokesman.',
    'The Freedonian embassy called the claims "fake news".',
    'Freedonia\'s foreign minister said the accusation was "absurd".',
]


def _answer(ex: Extraction, allegation: Claim) -> list[Claim]:
    return [c for c in ex.claims if c.denies is not None and ex.claims[c.denies] is allegation]


@pytest.mark.parametrize("sentence", VERDICTS)
def test_a_verdict_of_falsehood_denies_the_allegation(extract, check_parts, sentence: str) -> None:
    ex = extract(f"{ALLEGATION} {sentence}")
    check_parts(ex)
    alleged = [c for c in ex.claims if c.text == ALLEGED and c.polarity == "positive"]
    assert len(alleged) == 1, [(c.text, c.polarity) for c in ex.claims]
    answers = _answer(ex, alleged[0])
    assert len(answers) == 1, [(c.text, c.polarity, c.denies) for c in ex.claims]
    d = answers[0]
    assert d.polarity == "negative" and d.text == ALLEGED
    assert ex.attributions[d.attribution].act == "deny"
    # the verdict's own words are no claim
    assert not any(w in c.text.lower() for c in ex.claims for w in ("fabrication", "a lie", "baseless", "no basis"))


@pytest.mark.parametrize("sentence", [
    "The ministry said it is false that the army withdrew from the port.",  # a negation with its own content
    "The minister said the report is false in parts but right about the casualties.",
    "The mayor said it is wrong to shell a city full of civilians.",
    "The general said the reports were true.",
    "The spokesman said the claims were published on Monday by a blog.",
])
def test_no_verdict_no_denial_act(attributions, sentence: str) -> None:
    atts = attributions(sentence)
    assert atts and all(a.act != "deny" for a in atts), [(a.cue.text, a.act, a.content.text) for a in atts]


NON_ANSWERS = [
    '"I will not discuss operational matters," the Freedonian defence minister said.',  # the case
    'A Freedonian spokesman said: "We won\'t go into operational details."',
    "A Freedonian official said it would be inappropriate to comment on the strikes.",
    '"We do not comment on intelligence matters," the Freedonian ministry said.',
    "The Freedonian army said it was not in a position to comment on the strikes.",
    "A Freedonian diplomat said he would not speculate on who carried out the strikes.",
    "The Freedonian embassy said it does not discuss military operations.",
]


@pytest.mark.parametrize("sentence", NON_ANSWERS)
def test_refusing_to_go_into_it_is_a_non_answer(extract, sentence: str) -> None:
    ex = extract(f"{ALLEGATION} {sentence}")
    second = [a for a in ex.attributions if a.sentence == ex.attributions[0].sentence + 1]
    assert second and all(a.act == "decline" for a in second), [(a.cue.text, a.act) for a in ex.attributions]
    # no claim of the non-answer's own words, no denial, no assertion of it
    for c in ex.claims:
        act = ex.attributions[c.attribution].act if c.attribution is not None else None
        assert act != "deny", c.text
        assert not any(w in c.text.lower() for w in ("discuss", "comment", "go into", "speculate")), c.text
    alleged = [c for c in ex.claims if c.text == ALLEGED]
    assert [c.polarity for c in alleged if ex.attributions[c.attribution].act != "decline"] == ["positive"]


IMPERSONAL = [
    ("It is believed that Freedonian drones were launched from a ship.", "Freedonian drones were launched from a ship"),
    ("It is understood that the ship left the port of Velm on Sunday.", "The ship left the port of Velm on Sunday"),
    ("It is thought that the strikes killed four dock workers in Velm.", "The strikes killed four dock workers in Velm"),
    ("It was feared that the dam on the Velm river would give way.", "The dam on the Velm river would give way"),
    ("It is suspected that the drones were assembled in a Freedonian factory.",
     "The drones were assembled in a Freedonian factory"),
    ("It was assumed that the convoy had crossed the border at night.", "The convoy had crossed the border at night"),
]


@pytest.mark.parametrize(("body", "claim"), IMPERSONAL)
def test_an_impersonal_belief_has_no_source(extract, body: str, claim: str) -> None:
    ex = extract(body)
    assert len(ex.attributions) == 1, [(a.cue.text, a.act) for a in ex.attributions]
    a = ex.attributions[0]
    assert a.source is None and a.act == "hedge"
    assert [c.text for c in ex.claims] == [claim]
    assert ex.claims[0].modality == "reported"


@pytest.mark.parametrize("body", [
    "It was reported that the convoy had crossed the border at night.",
    "It is alleged that the convoy crossed the border at night.",
    "The convoy is said to have crossed the border at night.",
])
def test_an_impersonal_report_still_rests_on_reports(extract, body: str) -> None:
    a = extract(body).attributions[0]
    assert a.source is not None and a.source.kind == "sources_said"


@pytest.mark.parametrize("sentence", [
    "The Freedonian minister could not rule out that drones had been used.",
    "The Freedonian minister did not deny that drones had been used.",
    "The Freedonian ministry cannot exclude that drones had been used.",
    "The Freedonian minister said he could not rule out that the reports were true.",
    "A Freedonian spokesman did not dispute that the drones had been used.",
])
def test_negation_in_scope_is_no_denial(attributions, sentence: str) -> None:
    assert all(a.act != "deny" for a in attributions(sentence)), \
        [(a.cue.text, a.act) for a in attributions(sentence)]


BARE_NP = [  # (body, the allegation's start): a denial of a bare noun phrase answers the allegation
    ("Freedonia on Monday denied the drone strikes on Velm. " + ALLEGATION, "Freedonia had carried out"),
    (ALLEGATION + " Freedonia denied the drone strikes.", "Freedonia had carried out"),
    ("Karland rejected the shelling reports. Residents said Karland had been shelling the village of Tolk "
     "overnight.", "Karland had been shelling"),
    ("Zembla denies militia training. Two analysts said Zembla trained militia fighters near the border.",
     "Zembla trained militia"),
    ("Western diplomats said Ostrovia had delivered artillery shells to the rebels in March. Ostrovia denied "
     "the shell deliveries.", "Ostrovia had delivered artillery shells"),
    ("Marnia denied the port blockade. Shipping agents said Marnia had imposed a blockade on the port of "
     "Selk.", "Marnia had imposed a blockade"),
]


@pytest.mark.parametrize(("body", "start"), BARE_NP)
def test_a_denied_noun_phrase_answers_the_allegation(extract, body: str, start: str) -> None:
    ex = extract(body)
    alleged = [c for c in ex.claims if c.text.startswith(start) and c.polarity == "positive"]
    assert len(alleged) == 1, [(c.text, c.polarity) for c in ex.claims]
    answers = _answer(ex, alleged[0])
    assert len(answers) == 1 and answers[0].polarity == "negative", [(c.text, c.polarity, c.denies) for c in ex.claims]


@pytest.mark.parametrize("body", [
    "Freedonia denied the drone strikes on Velm. Ruritanian officials said Karland had carried out drone strikes "
    "on the port of Velm.",  # another party
    "Freedonia denied the tank deliveries. Ruritanian officials said Freedonia had delivered drones to the rebels.",
])
def test_a_denied_noun_phrase_answers_nothing_unrelated(extract, body: str) -> None:
    ex = extract(body)
    assert not [c for c in ex.claims if c.denies is not None], [(c.text, c.denies) for c in ex.claims]
