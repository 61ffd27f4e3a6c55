"""The seed articles: the phenomena of the brief come out as described."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def atts_of(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip(f"seed {prefix} not found in {SEEDS}")
    text = path.read_text(encoding="utf-8")
    return extract_attributions(text, split_sentences(text, lexicons=LEX), LEX)


def by_cue(atts, cue: str):
    hits = [a for a in atts if a.cue.text == cue or cue in a.cue.text]
    assert hits, f"no {cue!r} among {[a.cue.text for a in atts]}"
    return hits


def test_denial_and_non_answers():
    atts = atts_of("000")
    (deny,) = by_cue(atts, "denied")
    assert deny.act == "deny" and deny.source.span.text == "Egypt" and "involvement" in deny.content.text
    (dec,) = by_cue(atts, "declined comment")
    assert dec.act == "decline" and dec.source.kind == "anonymous"
    (resp,) = by_cue(atts, "has not formally responded")
    assert resp.act == "decline" and resp.source.span.text == "The UAE"


def test_named_source_with_descriptor():
    (a,) = by_cue(atts_of("000"), "confirmed")
    assert a.act == "confirm"
    assert a.source.kind == "named" and a.source.actor == "Ahmad Buzeyad Al-Missmari"
    assert a.source.descriptor.text == "spokesman of the Libyan General Chief of Staff"


def test_anonymous_sources():
    atts = atts_of("000")
    kinds = {a.source.span.text: a.source.kind for a in atts if a.source and a.source.span}
    assert kinds["An intelligence official"] == "anonymous"
    assert kinds["Egyptian security officials"] == "anonymous"
    assert kinds["U.S. officials"] == "anonymous"
    assert kinds["analysts"] == "anonymous"
    later = [a for a in atts if a.source and a.source.span and a.source.span.text == "the intelligence official"]
    assert later and later[0].source.resolved.text == "An intelligence official"


def test_sources_cited_by_an_outlet():
    (a,) = by_cue(atts_of("002"), "claimed")
    assert a.source.kind in ("anonymous", "sources_said")
    assert [v.text for v in a.via] == ["Middle East Monitor"]


def test_told_an_agency_is_a_via():
    atts = atts_of("002")
    told = [a for a in by_cue(atts, "told") if a.via]
    assert [v.text for v in told[0].via] == ["RIA Novosti"]
    acc = by_cue(atts, "According to")[0]
    assert acc.source.resolved is not None and acc.source.kind == "sources_said"


def test_interview_with_an_agency_is_a_via():
    atts = atts_of("001")
    said = [a for a in by_cue(atts, "said") if a.source and a.source.span.text == "Haftar"]
    assert said and any("Sputnik" in v.text for v in said[0].via)


def test_sources_told_the_news_site_and_they_added():
    atts = atts_of("004")
    told = by_cue(atts, "told")[0]
    assert told.source.span.text == "Sources" and told.source.kind == "sources_said"
    assert [v.text for v in told.via] == ["the news site"]
    (added,) = [a for a in atts if a.cue.text == "added" and a.source.span.text == "They"]
    assert added.source.resolved.text == "Sources"
    rep = by_cue(atts, "It was reported")[0]
    assert rep.source is None or rep.source.span is None
    assert "Russia had refused" in rep.content.text
    rev = by_cue(atts, "revealed")[0]
    assert rev.source.kind == "sources_said" and "Moscow had agreed" in rev.content.text


def test_every_seed_parses():
    for p in sorted(SEEDS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        for a in extract_attributions(text, split_sentences(text, lexicons=LEX), LEX):
            assert text[a.cue.start:a.cue.end] == a.cue.text
