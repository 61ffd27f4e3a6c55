"""A report called false with its verdict quoted is a denial of what it reports, worded as
that (issue 9 item 3, neg26; READER26 k7a3c59: DHS's "the assertion that … is “categorically
false”" gave the claim "… is “categorically false”", positive, read as support).  The claim
must be C, negative (``claims.toml`` ``dismissal_copula_quoted``; ``xref.grade.member_kind``
then reads it as ``dismissed``: a denial of C).  Invented neighbours."""

from __future__ import annotations

import pytest


CALLED_FALSE = [
    # (sentence, the claim text it must give: C, not the whole sentence)
    ('The ministry said the assertion that Freedonian agents were arrested at the border is “categorically false.”',
     "Freedonian agents were arrested at the border"),
    ('Jane Roe said the suggestion that Ruritanian agents were arrested at the border is categorically false.',
     "Ruritanian agents were arrested at the border"),
    ('The governor said reports that the harbour had been sold are "entirely untrue".',
     "the harbour had been sold"),
    ('The palace said rumours that the king had abdicated were "completely untrue."',
     "the king had abdicated"),
    ('The Sylvanian navy said the report that a frigate sank the ferry was "baseless".',
     "a frigate sank the ferry"),
    ('A spokesman said the suggestion that the mayor had fled to Freedonia is “categorically false.”',
     "the mayor had fled to Freedonia"),
]


@pytest.mark.parametrize(("sentence", "claim"), CALLED_FALSE)
def test_the_parser_reads_the_claim_called_false(extract, sentence: str, claim: str) -> None:
    ex = extract(sentence)
    got = [c for c in ex.claims if c.attribution is not None]
    assert got and got[0].text.lower().rstrip(".") == claim.lower(), [c.text for c in ex.claims]
    assert got[0].polarity == "negative"
