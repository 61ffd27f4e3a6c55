"""Stance on the classes of issue 9, stop 23 (``stance.toml`` entries ``called-a-lie``,
``refuses-to-discuss``, ``impersonal-belief``, ``denial-taken-back``): a verdict of falsehood made
as a predication contradicts; a refusal to go into the question observes (a non-answer); an
impersonal passive of belief observes (a hedge, nobody named); taking back one's own denial
corroborates.  Negation in scope stays as it was ("could not rule out", "did not deny", "cannot
exclude": no contradiction).  Invented names; pairs of our own, not from ../shared/eval.
"""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.xref.stance import judge

LEX = load_lexicons([])
CLAIM = "Freedonia carried out drone strikes on the port of Velm"
ASKED = "Asked about the drone strikes on the port of Velm"

PAIRS = [
    # verdicts of falsehood
    (f'{ASKED}, the Freedonian minister said: "That is a lie."', "contradict"),
    ("Freedonia said claims of drone strikes on the port of Velm have no basis in fact.", "contradict"),
    (f"{ASKED}, a Freedonian spokesman said the reports were a pack of lies.", "contradict"),
    ("Freedonia called the reports of drone strikes on the port of Velm groundless.", "contradict"),
    (f"{ASKED}, the ministry said the allegations were without foundation.", "contradict"),
    (f'{ASKED}, the Freedonian ambassador said: "This is an outright lie."', "contradict"),
    # refusals to go into it: non-answers
    (f'{ASKED}, the Freedonian minister said: "I will not discuss operational matters."', "observe"),
    (f"{ASKED}, a Freedonian official said it would be inappropriate to comment.", "observe"),
    (f'{ASKED}, the ministry said: "We do not comment on intelligence matters."', "observe"),
    (f"{ASKED}, a spokesman said the army was not in a position to comment.", "observe"),
    (f'{ASKED}, the general said: "We won\'t go into operational details."', "observe"),
    (f"{ASKED}, the embassy said it would not speculate on who was behind them.", "observe"),
    # impersonal passives of belief: hedges
    ("It is believed that Freedonia carried out drone strikes on the port of Velm.", "observe"),
    ("It is understood that Freedonia carried out drone strikes on the port of Velm.", "observe"),
    ("It is thought that Freedonia carried out the drone strikes on the port of Velm.", "observe"),
    ("It is widely believed that Freedonia carried out drone strikes on the port of Velm.", "observe"),
    ("It was assumed in Velm that Freedonia carried out the drone strikes on the port.", "observe"),
    # a denial taken back
    ("Freedonia walked back its denial of drone strikes on the port of Velm.", "corroborate"),
    ("Freedonia later retracted its earlier denial of the drone strikes on the port of Velm.", "corroborate"),
    ("The Freedonian army backtracked on its denial of drone strikes on the port of Velm.", "corroborate"),
    ("Freedonia walked back the denial it issued after drone strikes on the port of Velm.", "corroborate"),
    ("On Friday Freedonia walked back its initial denial of the drone strikes on the port of Velm.", "corroborate"),
    # negation in scope (issue 9 item 2): unchanged
    ("Freedonia could not rule out that its forces carried out drone strikes on the port of Velm.", "observe"),
    ("Freedonia did not deny that it carried out drone strikes on the port of Velm.", "observe"),
    ("Freedonia cannot exclude that its drones struck the port of Velm.", "observe"),
    # and denials stay denials
    ("Freedonia denied carrying out drone strikes on the port of Velm.", "contradict"),
    ("Freedonia repeated its denial of the drone strikes on the port of Velm.", "contradict"),
]


@pytest.mark.parametrize(("text", "label"), PAIRS)
def test_stance_of_verdicts_non_answers_and_reversals(text: str, label: str) -> None:
    got = judge(CLAIM, text, LEX)
    assert got.label == label, (got.label, getattr(got, "reason", ""))
