"""Two paths into a cluster that skipped the comparison of what claims say (issue 9, stop 22):

- a claim the parser reads as reversing another ("X never did A, but believes Y did B") joined the
  reversed claim's cluster whatever it said: it now joins it only when the two share a content
  word or an action group (the seeds' "Russia had refused to supply arms … later reports revealed
  Moscow had agreed to supply arms" still does);
- a denial of two content words met a claim by one of them ("denied he was suspended for a
  month" / "was taking a break … last month"): a denial's own words must now be met twice when it
  has two or more, and at least half of them as before.

Found on the corpus (1,683 bodies): a man's denial that he named his employer joined by his belief
that someone at the firm looked him up; a golfer's suspension denied, joined to his taking a break;
a denial that an official was a leader's ex-wife joined to a denial of the wife's arrest.
Invented names throughout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.parse.claims import rules
from claimcheck.xref.cluster import (action_groups, action_words, cluster_claims, deny_noise, features, own_words_met,
                                     reverses_it, roles)

LEX = load_lexicons()


def keys(m: str) -> Sequence[str]:
    return (m.lower().replace(" ", "-"),)


def rec(i: int, text: str, actors: Sequence[str], *, article: int | None = None, act: str | None = None,
        source: str | None = None, reverses: int | None = None, action: str | None = None,
        polarity: str = "positive") -> ClaimRecord:
    a = i if article is None else article
    return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=a, article_uid=f"a{a:04d}", outlet=f"o{a}",
                       published=dt.date(2024, 5, 10), text=text, sentence_text=text, actors=tuple(actors),
                       action=action, polarity=polarity, modality="asserted", refers_to=None, act=act,
                       source_kind="named" if source else None, source_name=source, reverses_claim_id=reverses)


def feat(c: ClaimRecord):  # noqa: ANN201
    return features(c, keys, action_groups(LEX), action_words(LEX), deny_noise(LEX), rules(LEX).predicate, roles(LEX))


def together(claims: list[ClaimRecord], a: int, b: int) -> bool:
    return any(a in g and b in g for g in cluster_claims(claims, keys, LEX))


# (the claim reversed, the claim read as reversing it, actors of each)
REVERSAL_APART = [
    # the class: a belief after "but" is a second proposition
    ("Tarn never mentioned his employer by name", "Someone in the Velcor office looked him up online",
     ["Tarn"], ["Velcor"]),
    ("The minister never visited the Dovra plant", "Her aides believe the rival party leaked the photographs",
     [], []),
    ("Ruritania has not closed its border with Sylvania", "Freedonia fears a wave of refugees this winter",
     ["Ruritania", "Sylvania"], ["Freedonia"]),
    ("The coach did not pick Ilse Marr for the final", "The player thinks the club wants to sell her in summer",
     ["Ilse Marr"], []),
    ("Vosk never owned the yacht seized in Ostrel", "Investigators suspect a cousin paid the crew in cash",
     ["Vosk", "Ostrel"], []),
    ("The Kesh Brigade did not claim the bombing", "Analysts say a splinter group recruited its fighters online",
     ["Kesh Brigade"], []),
]

REVERSAL_JOIN = [  # the same proposition turned round: shared words or action
    ("Ruritania had refused to supply arms to the Sarn Legion",
     "Ruritania had agreed to supply arms to the Sarn Legion", ["Ruritania", "Sarn Legion"], ["Ruritania", "Sarn Legion"]),
    ("The mayor ruled out closing the Dovra bridge", "The mayor later ordered the Dovra bridge closed",
     ["Dovra"], ["Dovra"]),
    ("The club denied any offer for Ilse Marr", "The club had made an offer for Ilse Marr in May",
     ["Ilse Marr"], ["Ilse Marr"]),
    ("Freedonia said it would not hold elections this year", "Freedonia set elections for November",
     ["Freedonia"], ["Freedonia"]),
    ("The company never planned layoffs at the Velcor plant", "The company announced layoffs at the Velcor plant",
     ["Velcor"], ["Velcor"]),
]


@pytest.mark.parametrize(("first", "second", "actors_1", "actors_2"), REVERSAL_APART)
def test_a_second_proposition_after_but_is_no_reversal(first: str, second: str, actors_1: list[str],
                                                       actors_2: list[str]) -> None:
    a = rec(1, first, actors_1, article=1, polarity="negative")
    b = rec(2, second, actors_2, article=1, reverses=1)
    assert not reverses_it(feat(b), feat(a))
    assert not together([a, b], 0, 1)


@pytest.mark.parametrize(("first", "second", "actors_1", "actors_2"), REVERSAL_JOIN)
def test_a_reversal_of_the_same_proposition_joins_it(first: str, second: str, actors_1: list[str],
                                                     actors_2: list[str]) -> None:
    a = rec(1, first, actors_1, article=1, polarity="negative")
    b = rec(2, second, actors_2, article=2, reverses=1)
    assert reverses_it(feat(b), feat(a))
    assert together([a, b], 0, 1)


# (a denial's text, its denier, the claim of its own article it must not answer, actors)
DENIAL_APART = [
    # the class: a suspension denied; the break he is taking shares "month" only
    ("Karl Brenn has been suspended for a month by the league", "the league",
     "Karl Brenn was taking a break after withdrawing from the open last month", ["Karl Brenn"]),
    ("An aide of Vosk was his ex wife", "an aide of Vosk",
     "Vosk's wife had been arrested at the border, the police said", ["Vosk"]),
    ("Ilse Marr resigned from the board in March", "Ilse Marr",
     "Ilse Marr sold her shares in the firm in March", ["Ilse Marr"]),
    ("The Kesh Brigade recruited children in Dovra", "the Kesh Brigade",
     "The Kesh Brigade lost control of Dovra last week", ["Kesh Brigade", "Dovra"]),
    ("Tarn leaked the budget", "Tarn",
     "Tarn presented the budget to the assembly", ["Tarn"]),
    ("Ostrel closed its port", "the port authority",
     "Ostrel reopened its port after the storm", ["Ostrel"]),
]

DENIAL_JOIN = [  # the denial's words are in the claim it answers
    ("Karl Brenn has been suspended for a month by the league", "the league",
     "The league suspended Karl Brenn for a month", ["Karl Brenn"]),
    ("Vosk's wife had been arrested", "Vosk", "Vosk's wife was arrested at the border", ["Vosk"]),
    ("Ilse Marr resigned from the board", "Ilse Marr", "Ilse Marr resigned from the board on Monday", ["Ilse Marr"]),
    ("The Kesh Brigade recruited children", "the Kesh Brigade",
     "The Kesh Brigade recruited children in the camps", ["Kesh Brigade"]),
    ("Tarn leaked the budget", "Tarn", "Tarn leaked the budget to reporters", ["Tarn"]),
]


@pytest.mark.parametrize(("denied", "denier", "other", "actors"), DENIAL_APART)
def test_a_denial_meets_no_claim_by_one_common_word(denied: str, denier: str, other: str, actors: list[str]) -> None:
    claim = rec(1, other, actors, article=1)
    denial = rec(2, denied, actors, article=1, act="deny", source=denier, polarity="negative")
    assert not own_words_met(feat(denial), feat(claim))
    assert not together([claim, denial], 0, 1)


@pytest.mark.parametrize(("denied", "denier", "other", "actors"), DENIAL_JOIN)
def test_a_denial_joins_the_claim_of_its_words(denied: str, denier: str, other: str, actors: list[str]) -> None:
    claim = rec(1, other, actors, article=1)
    denial = rec(2, denied, actors, article=1, act="deny", source=denier, polarity="negative")
    assert own_words_met(feat(denial), feat(claim))
    assert together([claim, denial], 0, 1)
