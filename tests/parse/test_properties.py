"""Invariants on arbitrary and adversarial text: never raise, every span slices to its text
and lies in bounds, and the work stays linear."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.lexicons import load_lexicons
from claimcheck.model import Attribution, Span
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()

VOCAB = ["said", "says", "told", "according to", "denied", "declined to comment", "the", "a",
         "minister", "Reuters", "sources", "officials", "he", "she", "they", "who", ",", ".", ":",
         '"', "“", "”", "«", "»", "''", "'", "—", "\n", "\n\n", "It was reported that", "Ana Ruiz",
         "has not formally responded to", "cited by", "in an interview with", "the news agency",
         "reportedly", "that", "(", ")", "SAID", "WALLACE:", "adding", "believe", " ", "\t"]


def spans_of(a: Attribution) -> list[Span]:
    out = [a.cue, a.content, *a.content_fragments, *a.via]
    if a.source is not None:
        out += [x for x in (a.source.span, a.source.descriptor, a.source.resolved) if x is not None]
    return out


def check(text: str) -> tuple[Attribution, ...]:
    sents = split_sentences(text, lexicons=LEX)
    atts = extract_attributions(text, sents, LEX)
    for a in atts:
        assert 0 <= a.sentence < len(sents)
        assert a.act in ("assert", "confirm", "deny", "decline", "hedge")
        for s in spans_of(a):
            assert 0 <= s.start <= s.end <= len(text)
            assert text[s.start:s.end] == s.text
        if a.source is not None:
            assert a.source.kind in ("named", "anonymous", "sources_said")
    return atts


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text(text):
    check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VOCAB), max_size=80))
def test_attribution_like_text(parts):
    check(" ".join(parts))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VOCAB), max_size=40), st.text(max_size=40))
def test_mixed_with_noise(parts, noise):
    check(noise.join(parts))


ADVERSARIAL = {
    "repeated words": "said " * 10_000,
    "repeated quotes": '"' * 50_000,
    "mixed quotes": "“«\"''»”" * 7_000,
    "commas": "," * 50_000,
    "comma words": "the minister, " * 4_000,
    "no punctuation": "officials said the minister told reporters that sources claimed " * 800,
    "caps": ("THE MINISTER SAID THE PORT WOULD REOPEN " * 1_200),
    "one long token": "a" * 50_000,
    "colon lines": "WALLACE: yes\n" * 4_000,
    "apostrophes": "didn't didn’t n't '' ’’ " * 3_000,
    "according chains": "according to according to , " * 2_000,
    "unbalanced open quotes": "He said “ " * 6_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_is_fast_and_safe(name):
    text = ADVERSARIAL[name]
    t0 = time.perf_counter()
    check(text)
    assert time.perf_counter() - t0 < 10.0, name  # generous: linear work takes well under a second


def test_lower_changes_length():
    # "İ".lower() is two code points: the parser must keep offsets into the original text
    text = "İİİ The minister said the port would reopen. İstanbul officials said so too."
    atts = check(text)
    assert any(a.cue.text == "said" for a in atts)
