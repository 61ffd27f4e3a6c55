"""New user's findings, stop 24 (src24): a closing quotation mark typed as an opening one
("… our forces “, the statement said") closes the quotation: the content ends at the
quotation, and the tag after it is the attribution.  Invented sentences and the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.ingest.pipeline import build
from claimcheck.ingest.readers import RawDocument

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

MISTYPED = [
    # (sentence, source, content)
    ("“The troops are moving towards the border and will hold their positions “, the statement said.",
     "the statement", "“The troops are moving towards the border and will hold their positions"),
    ("“The border will stay closed until the elections“, Karl Brandt said.",
     "Karl Brandt", "“The border will stay closed until the elections"),
    ("“The dam was sabotaged “ the ministry said on Sunday.", "the ministry", "“The dam was sabotaged"),
    ("Karl Brandt said: “The troops will stay in Dovra “.", "Karl Brandt", "“The troops will stay in Dovra"),
    ("“The talks have collapsed“, the envoy said.", "the envoy", "“The talks have collapsed"),
    ("“The convoy left Kolno at dawn “, said Marta Lind.", "Marta Lind", "“The convoy left Kolno at dawn"),
]


@pytest.mark.parametrize("body,source,content", MISTYPED, ids=[m[0][:40] for m in MISTYPED])
def test_a_mistyped_closing_mark_closes_the_quotation(extract, body, source, content):
    ex = extract(body)
    assert [(a.source.span.text if a.source else None, a.content.text, a.direct_quote) for a in ex.attributions] \
        == [(source, content, True)]
    assert not [c.text for c in ex.claims if "said" in c.text or "“" in c.text[-2:]]


def test_a_real_opening_mark_still_opens(extract):
    ex = extract("Karl Brandt said: “The troops will stay in Dovra. “We will not leave,” he added.”")
    assert ex.attributions and ex.attributions[0].source.span.text == "Karl Brandt"


def test_the_seed_statement_is_its_own_attribution(lex):
    text = (SEEDS / "002_405d89bf9eb430b9.txt").read_text(encoding="utf-8")
    ex = build(RawDocument("s.txt", text, "file"), lexicons=lex)
    told = [a for a in ex.attributions if a.cue.text == "told" and "surrounded the city" in a.content.text]
    assert told and "statement" not in told[0].content.text
    said = [a for a in ex.attributions if a.source and a.source.span and a.source.span.text == "the statement"]
    assert said and said[0].content.text.startswith("“The armed forces") and said[0].direct_quote
    assert said[0].content.text.endswith("our armed forces")
    assert not [c.text for c in ex.claims if "the statement said" in c.text]


STATEMENT_OF = [
    # (body, the actor "the statement" resolves to, or None)
    ("The Ruritanian army said on Facebook that its troops held the bridge. “The bridge is ours “, the statement said.",
     "named"),
    ("Marta Lind said in a letter that the port was closed. The letter said the ferries would stop.", "named"),
    # src26: "the ministry" with no ministry named before is an unnamed body, and so is its statement
    ("The ministry said the border was shut. The statement added that the army was ready.", "anonymous"),
    ("The Ruritanian Ministry of Defence said the border was shut. The statement added that the army was ready.",
     "named"),
    ("An official told reporters the border was shut. The statement added that the army was ready.", "anonymous"),
]


@pytest.mark.parametrize("body,kind", STATEMENT_OF, ids=[s[0][:40] for s in STATEMENT_OF])
def test_the_statement_is_the_statement_of_the_source_before(extract, body, kind):
    ex = extract(body)
    later = [a for a in ex.attributions if a.source and a.source.span and a.source.span.text.lower().startswith("the ")
             and a.source.span.text.split()[-1] in ("statement", "letter")]
    assert later and later[0].source.resolved is not None and later[0].source.kind == kind, ex.attributions


def test_the_report_is_a_document_of_its_own(extract):
    ex = extract("The ministry said the border was shut. The report said the army was ready.")
    rep = [a for a in ex.attributions if a.source and a.source.span and a.source.span.text == "The report"]
    assert rep and rep[0].source.resolved is None
