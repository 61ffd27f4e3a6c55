"""The cheap pre-check before tokenising (``cue_gate``) never changes the output: with the gate
switched off every candidate goes through the full frame logic, and the result is the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import driver, extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
VOCAB = ["said", "told", "the state", "like", "her report", "plans", "his", "to say", "support",
         "Ana Ruiz", "officials", "he", "who", ",", ".", "“", "”", '"', "(R-Ga.)", "(", ")",
         "reportedly", "believe", "according to", "the", "denied", "declined to comment", "by",
         "publicly", "also", "adding", "saying", "\n\n", "claims", "that", "Reuters"]


def both(text: str):
    sents = split_sentences(text, lexicons=LEX)
    gated = extract_attributions(text, sents, LEX)
    saved = driver.cue_gate
    driver.cue_gate = lambda *a: True
    try:
        full = extract_attributions(text, sents, LEX)
    finally:
        driver.cue_gate = saved
    return gated, full


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:12])
def test_gate_keeps_seed_output(path):
    gated, full = both(path.read_text(encoding="utf-8"))
    assert gated == full


@pytest.mark.parametrize("text", [
    "adding said , the state claims",  # found by the property below on a clean-clone CI run
    "citing the delays , the union said the strike would go on",
    "warning that prices would rise , the bank raised its rate",
    "insisting the vote was fair , officials rejected the appeal",
    "noting the losses , the minister announced cuts",
    "arguing that the law is unjust , the group filed suit",
    "also saying told , her report",  # an adverb before the participle (a 20,000-draw search)
    "again warning that costs would rise , the board delayed the vote",
])
def test_gate_keeps_output_on_a_lower_case_leading_participle(text):
    gated, full = both(text)
    assert gated == full


@pytest.mark.parametrize("text", [
    "said by reportedly warning the state",  # found by a 20,000-draw search with stop 22's vocabulary
    "The union responded by publicly warning that strikes would follow.",
    "The mayor was criticised for repeatedly claiming that the vote was rigged.",
    "The envoy began by again insisting that the border was open.",
    "Officials were faulted for openly saying the dam was unsafe.",
    "The board ended the meeting without formally announcing the result.",
])
def test_gate_keeps_output_on_a_gerund_after_a_preposition_and_adverbs(text):
    gated, full = both(text)
    assert gated == full


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VOCAB), max_size=60))
def test_gate_keeps_output_on_attribution_like_text(parts):
    gated, full = both(" ".join(parts))
    assert gated == full
