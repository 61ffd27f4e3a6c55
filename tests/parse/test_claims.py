"""Claims: action classes, polarity, modality, reversals and dates (lexicon tables + behaviour)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from claimcheck.ingest.readers import RawDocument
from claimcheck.lexicons import load_lexicons
from claimcheck.parse.claims import actions_of, proper_nouns, resolve_date, rules

LEX = load_lexicons()

ACTIONS = LEX["actions"]
CUES = [e for e in LEX["claims"] if not str(e.get("sets", "")).startswith("role:")]  # role:* have their own runner (tests/test_lexicons_examples.py)


@pytest.mark.parametrize("entry, text", [(e, x) for e in ACTIONS for x in e.examples],
                         ids=lambda v: v if isinstance(v, str) else v.label)
def test_action_examples(entry, text: str) -> None:  # noqa: ANN001
    assert entry["id"] in actions_of(text, LEX)


@pytest.mark.parametrize("entry, text", [(e, x) for e in ACTIONS for x in e.counterexamples],
                         ids=lambda v: v if isinstance(v, str) else v.label)
def test_action_counterexamples(entry, text: str) -> None:  # noqa: ANN001
    assert entry["id"] not in actions_of(text, LEX)


def test_action_patterns_are_lower_case() -> None:
    # matched against lower-cased text without IGNORECASE
    for e in ACTIONS:
        assert not re.search(r"(?<!\\)[A-Z]", e["pattern"]), e.label


@pytest.mark.parametrize("entry, text, fires", [(e, x, True) for e in CUES for x in e.examples]
                         + [(e, x, False) for e in CUES for x in e.counterexamples],
                         ids=lambda v: v if isinstance(v, str) else getattr(v, "label", str(v)))
def test_claim_cue_examples(entry, text: str, fires: bool) -> None:  # noqa: ANN001
    assert bool(re.search(entry["pattern"], text, re.I)) is fires
    assert rules(LEX) is not None


PUB = dt.date(2014, 10, 1)  # a Wednesday


@pytest.mark.parametrize("expr, published, expected", [
    ("last month", PUB, "2014-09"),
    ("In April", PUB, "2014-04"),
    ("In November", PUB, "2013-11"),
    ("On December 19th", dt.date(2020, 1, 2), "2019-12-19"),
    ("Two years ago", PUB, "2012"),
    ("last June", PUB, "2014-06"),
    ("in 2011", PUB, "2011"),
    ("on Sunday", PUB, "2014-09-28"),
    ("yesterday", PUB, "2014-09-30"),
    ("next year", PUB, "2015"),
    ("3 March 2019", PUB, "2019-03-03"),
    ("June 2019", None, "2019-06"),
    ("last month", None, None),
    ("a few days ago", PUB, None),
    ("February 30", PUB, None),
])
def test_dates_resolve_against_publication(expr: str, published, expected) -> None:  # noqa: ANN001
    assert resolve_date(expr, published) == expected


def _claims(text: str, **meta):  # noqa: ANN003, ANN202
    from claimcheck.ingest.pipeline import build

    return build(RawDocument("t.txt", text, "file", metadata=meta, metadata_origin="sidecar" if meta else ""), lexicons=LEX)


def test_claim_properties_from_an_article() -> None:
    text = ("Ruritania denies arms deal\n\n"
            "It was reported that Ruritania had refused to supply arms to the rebels, however later reports "
            "revealed that the government in Strelsau had agreed to the deal.\n\n"
            "The minister is expected to visit Zenda next week, officials said.\n\n"
            "\"If we give arms to the national army, it can do the job,\" the president said last month.\n")
    # (text27: a first-person quotation shown alone needs more than four content words besides "we")
    ex = _claims(text, published="2020-05-10")
    by_text = {c.span.text: c for c in ex.claims}
    refused = next(c for t, c in by_text.items() if "refused to supply arms" in t)
    agreed = next(c for t, c in by_text.items() if "had agreed" in t)
    assert refused.polarity == "negative" and refused.action == "arming"
    assert agreed.polarity == "positive"
    assert agreed.reverses is not None and ex.claims[agreed.reverses] is refused
    assert agreed.action == "arming"  # inherited from the report it reverses
    visit = next(c for t, c in by_text.items() if "expected to visit" in t)
    assert visit.modality == "expected" and visit.action == "meeting"
    cond = next(c for t, c in by_text.items() if "If we give arms" in t)
    assert cond.modality == "hypothetical"
    for c in ex.claims:
        assert text[c.span.start:c.span.end] == c.span.text


def test_denial_links_to_the_claim_it_denies() -> None:
    text = ("Strikes on the port\n\n"
            "The port was hit by air strikes that Western officials said were carried out by Ruritania.\n\n"
            "Ruritania denied involvement in the strikes and Borduria has not responded to the allegations.\n")
    ex = _claims(text, published="2021-03-01")
    support = next(c for c in ex.claims if c.attribution is not None
                   and ex.attributions[c.attribution].act == "assert" and "carried out" in c.span.text)
    deny = [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].act == "deny"]
    decline = [c for c in ex.claims if c.attribution is not None and ex.attributions[c.attribution].act == "decline"]
    assert deny and deny[0].span == support.span and deny[0].polarity == "negative"
    assert decline and decline[0].span == support.span
    assert support.action == "air_strike"  # named in the sentence, outside the content


def test_proper_nouns_keep_titles_and_particles_and_stop_at_sentences() -> None:
    got = [t for _, _, t in proper_nouns("Turkey and Libya. We told Gen. Smith that Abdel-Fattah el-Sissi met "
                                         "the U.S. Army in Washington.", LEX)]
    assert got == ["Turkey", "Libya", "Gen. Smith", "Abdel-Fattah el-Sissi", "U.S. Army", "Washington"]
