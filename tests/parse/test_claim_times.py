"""A claim of an event takes its time from its own words, else from its passage or its article's
lede (parse.claims.times; issue 9, stop 27): the FNC-1 bodies state the day of the strikes two
sentences before "units were hit", and a headline is dated by its lede.  Invented names only."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ArticleMeta, MetaValue
from claimcheck.parse import parse_article
from claimcheck.parse.claims.dates import _date_of
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()
OCT1 = dt.date(2024, 10, 1)  # a Tuesday: "on Sunday" is 29 September


def _times(text: str, published: dt.date | None = OCT1) -> dict[str, tuple[str | None, str | None]]:
    meta = ArticleMeta(published=MetaValue(published, "text", published.isoformat(), None)) if published else ArticleMeta()
    _, claims = parse_article(text, split_sentences(text, lexicons=LEX), meta, LEX)
    return {c.text: (c.refers_to, c.refers_to_raw) for c in claims}


CASES = [
    # a headline takes its lede's day
    ("headline", "Ruritania says Freedonia shelled Kessel\n\nThe Ruritanian government said Freedonian artillery "
     "shelled Kessel on Sunday.", OCT1, "Freedonia shelled Kessel", ("2024-09-29", "on Sunday")),
    # a sentence of the same event after it
    ("passage", "A report\n\nFreedonian artillery shelled Kessel on Sunday, officials said. The shelling destroyed the "
     "Kessel bridge, officials said.", OCT1, "The shelling destroyed the Kessel bridge", ("2024-09-29", "on Sunday")),
    # a denial of the event in the next sentence
    ("denial", "A report\n\nRuritanian officials said Freedonian artillery shelled Kessel on Sunday. Freedonian minister "
     "Otto Brand denied that Freedonian forces had shelled Kessel.", OCT1, "Freedonian forces had shelled Kessel",
     ("2024-09-29", "on Sunday")),
    # an undated article keeps the weekday unresolved, and prefers it to "Yesterday" (nothing to read it against)
    ("undated_corpus_class", "A report\n\nYesterday the Ruritanian air force staged 29 air strikes on rebel targets near "
     "Kessel on Wednesday, the task force said. The action included 17 air strikes near Kessel. A variety of rebel "
     "buildings, fighting positions and units were hit by the air strikes.", None,
     "A variety of rebel buildings, fighting positions and units were hit by the air strikes.", (None, "on Wednesday")),
    ("undated_headline", "Ruritania says Freedonia shelled Kessel\n\nThe Ruritanian government said Freedonian artillery "
     "shelled Kessel on Sunday.", None, "Freedonia shelled Kessel", (None, "on Sunday")),
    # no inheritance: a relationship (training lasts), another kind of event, a claim far from any dated one
    ("relationship", "A report\n\nFreedonia trained Ruritanian pilots on Monday, officials said. Freedonia has trained "
     "Ruritanian troops for years, officials said.", OCT1, "Freedonia has trained Ruritanian troops for years", (None, None)),
    ("other_event", "A report\n\nFreedonian artillery shelled Kessel on Sunday, officials said. The Sylvanian president "
     "met the Ruritanian envoy in Brill, officials said.", OCT1, "The Sylvanian president met the Ruritanian envoy in Brill",
     (None, None)),
    # the day strikes were announced is the statement's, not the strikes': no anchor for the next sentence
    ("statement_day_no_anchor", "A report\n\nOn Tuesday, the Ruritanian military announced four air strikes near "
     "Kessel. The air strikes destroyed a rebel depot, officials said.", None,
     "The air strikes destroyed a rebel depot", (None, None)),
    ("far_away", "A report\n\nFreedonian artillery shelled Kessel on Sunday, officials said. The town has a market. It "
     "lies on a river. Its mayor is Anna Holt. Farmers grow wheat there. Freedonian artillery shelled the Kessel market, "
     "officials said.", OCT1, "Freedonian artillery shelled the Kessel market", (None, None)),
]


@pytest.mark.parametrize(("name", "text", "published", "claim", "want"), CASES, ids=[c[0] for c in CASES])
def test_claim_time(name: str, text: str, published: dt.date | None, claim: str, want: tuple) -> None:
    got = _times(text, published)
    assert claim in got, list(got)
    assert got[claim] == want


def test_a_stated_date_is_kept() -> None:
    got = _times("A report\n\nFreedonian artillery shelled Kessel on Sunday, officials said. Freedonian artillery "
                 "shelled the Kessel market on Monday, officials said.")
    assert got["Freedonian artillery shelled the Kessel market on Monday"] == ("2024-09-30", "on Monday")


@pytest.mark.parametrize(("text", "published", "want"), [
    ("Yesterday the allies staged 29 air strikes on Wednesday.", None, (None, "on Wednesday")),
    ("Yesterday the allies staged 29 air strikes on Wednesday.", dt.date(2014, 10, 16), ("2014-10-15", "Yesterday")),
    ("Yesterday the allies staged 29 air strikes.", None, (None, "Yesterday")),
    ("On Tuesday, the military announced four air strikes.", None, (None, "On Tuesday")),
])
def test_undated_weekday_preferred_to_a_relative_day(text: str, published: dt.date | None, want: tuple) -> None:
    assert _date_of(text, published) == want
