"""Rarity in clustering (issue 9, stop 21): two short claims that share only a broad actor, a broad
action group and common words are two stories, not one proposition; claims that share rare words
still join.  The words are weighed by their document frequency among the articles clustered
together (``claimcheck.xref.evidence``), so each test clusters its claims within a background of
articles in which the broad actor, the action and the common words are common (invented text and
actors throughout)."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.parse.claims import rules
from claimcheck.xref.cluster import (action_groups, action_words, cluster_claims, deny_noise, features, matches, roles,
                                     thresholds)
from claimcheck.xref.evidence import MIN_ARTICLES, rarity

LEX = load_lexicons()
TOWNS = [f"{a}{b}" for a in ("Vel", "Kor", "Tam", "Bru", "Ost", "Lin", "Mar", "Sel") for b in ("mora", "ava", "ingen", "holm", "ovo", "ath", "ezza", "ita")]


def keys(m: str) -> Sequence[str]:
    return (m.lower().replace(" ", "-"),)


def rec(i: int, text: str, actors: Sequence[str], action: str | None = "air_strike") -> ClaimRecord:
    return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=i, article_uid=f"a{i:04d}", outlet=f"o{i}",
                       published=dt.date(2024, 5, 10), text=text, sentence_text=text, actors=tuple(actors),
                       action=action, polarity="positive", modality="asserted", refers_to=None, act=None,
                       language="en")


COMMON = ("new footage", "senior security officials", "the area", "in September", "the border", "left the country",
          "appeared", "one soldier")


def background(n: int = 60) -> list[ClaimRecord]:
    """``n`` articles, each reporting an air strike near a town of its own through Freedonia's
    officials, with two of the phrases of :data:`COMMON` in turn: "@freedonia", "#air_strike",
    "official", "reported" and the words of those phrases are common, each town rare."""
    k = len(COMMON)
    return [rec(1000 + j, f"Freedonia officials reported an air strike near {TOWNS[j]}, {COMMON[j % k]} and "
                          f"{COMMON[(j * 3 + 1) % k]} on the day of the visit", ["Freedonia", TOWNS[j]]) for j in range(n)]


def together(a: ClaimRecord, b: ClaimRecord, back: list[ClaimRecord] | None = None) -> bool:
    claims = [a, b, *(background() if back is None else back)]
    groups = cluster_claims(claims, keys, LEX)
    return any(0 in g and 1 in g for g in groups)


APART = [  # two stories that share Freedonia, an air strike and common words only
    # the class (the corpus's chlorine attack / strike on an aide): "officials", "reported"
    ("There have been no public statements from Freedonia officials on the reported air strikes",
     "A Freedonia official had no reports of the use of chlorine by the Marsh Front", ["Freedonia"],
     ["Freedonia", "Marsh Front"]),
    ("A senior security official confirmed it was a Freedonia air strike",
     "The journalist was killed during a rescue operation in the port, a senior official of Freedonia said",
     ["Freedonia"], ["Freedonia"]),
    ("In the new footage the bombs appear to be made in Freedonia",
     "The masked man first appeared in new footage of Freedonia air strikes posted online", ["Freedonia"], ["Freedonia"]),
    ("Freedonia officials reported the air strikes on the day of the visit to the coast",
     "Freedonia officials reported a bomb attack on a convoy on the day of the election", ["Freedonia"], ["Freedonia"]),
    ("The rebels attacked the area in late September, Freedonia officials reported",
     "A chlorine gas attack by the rebels occurred in September in the area of the lake, Freedonia officials reported",
     ["Freedonia"], ["Freedonia"]),
    ("Freedonia officials reported that the bombing near the border left one soldier wounded",
     "Freedonia officials reported an air strike near the border as the minister left the country",
     ["Freedonia"], ["Freedonia"]),
]


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b"), APART)
def test_common_words_a_broad_actor_and_action_are_no_proposition(a: str, b: str, actors_a: list[str],
                                                                   actors_b: list[str]) -> None:
    ra, rb = rec(1, a, actors_a), rec(2, b, actors_b)
    fa, fb = (features(c, keys, action_groups(LEX), action_words(LEX), deny_noise(LEX), rules(LEX).predicate, roles(LEX))
              for c in (ra, rb))
    assert matches(fb, fa, thresholds(LEX), {}) > 0  # words, actors, action agree: only their rarity parts them
    assert not together(ra, rb)


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b"), APART[:3])
def test_without_a_background_the_same_claims_are_not_weighed(a: str, b: str, actors_a: list[str],
                                                              actors_b: list[str]) -> None:
    # with fewer articles than MIN_ARTICLES no frequency tells common from rare: the other tests decide alone
    ra, rb = rec(1, a, actors_a), rec(2, b, actors_b)
    few = background(MIN_ARTICLES - 3)
    assert rarity([(c.article_id, frozenset(c.text.split())) for c in [ra, rb, *few]], 2.0).n < MIN_ARTICLES


JOIN = [  # restatements that share rare words (a memorial, a rare actor, a named weapon): one proposition
    ("Freedonia officials reported air strikes on the Kolno war memorial",
     "Freedonia air strikes damaged the Kolno war memorial overnight", ["Freedonia", "Kolno"], ["Freedonia", "Kolno"]),
    ("Freedonia officials reported that the Harran Brigade lost its commander in an air strike",
     "The Harran Brigade lost its commander in a Freedonia air strike on Tuesday", ["Freedonia", "Harran Brigade"],
     ["Harran Brigade", "Freedonia"]),
    ("The stolen jetliners could be used in air strikes across the desert, Freedonia officials reported",
     "Freedonia fears the stolen jetliners could be used in air strikes across the desert", ["Freedonia"], ["Freedonia"]),
    ("Freedonia officials reported air strikes on the chemical plant of Ostholm",
     "Air strikes hit the chemical plant of Ostholm overnight, according to Freedonia", ["Freedonia", "Ostholm"],
     ["Ostholm", "Freedonia"]),
    ("A Freedonia air strike destroyed the Velmora grain silos near the river",
     "Freedonia destroyed the Velmora grain silos in an air strike on Sunday", ["Freedonia", "Velmora"],
     ["Freedonia", "Velmora"]),
]


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b"), JOIN)
def test_rare_shared_words_still_join(a: str, b: str, actors_a: list[str], actors_b: list[str]) -> None:
    assert together(rec(1, a, actors_a), rec(2, b, actors_b))


def test_a_copy_needs_no_rare_word() -> None:
    bags = [(i, frozenset({"@freedonia", "#air_strike", "official", "report"})) for i in range(MIN_ARTICLES + 10)]
    r = rarity(bags, 2.0)
    short = frozenset({"@freedonia", "#air_strike", "official", "report"})
    assert r.informative(short, short | {"monday"})  # every token of the shorter claim in the other
    assert not r.informative(short | {"public"}, short | {"monday"})  # common tokens only, and one of its own


def test_document_frequency_counts_articles_not_claims_nor_order() -> None:
    bags = [(1, frozenset({"a", "b"})), (1, frozenset({"a"})), (2, frozenset({"a"})), (3, frozenset({"c"}))]
    r = rarity(bags, 2.0)
    assert (r.n, r.df["a"], r.df["b"], r.df["c"]) == (3, 2, 1, 1)
    shuffled = rarity(list(reversed(bags)), 2.0)
    assert dict(shuffled.df) == dict(r.df) and shuffled.n == r.n
    assert r.information(["a"]) == pytest.approx(math.log(3 / 2))


def test_the_margin_is_read_from_the_lexicon() -> None:
    assert thresholds(LEX).evidence is not None and thresholds(LEX).evidence > 0


def test_clusters_with_rarity_do_not_depend_on_input_order() -> None:
    claims = [rec(i, t, a) for i, (t, _, a, _) in enumerate(APART + JOIN, 1)]
    claims += [rec(i + 50, t, a) for i, (_, t, _, a) in enumerate(APART + JOIN, 1)]
    claims += background()
    want = sorted(tuple(claims[i].claim_uid for i in g) for g in cluster_claims(claims, keys, LEX))
    random.Random(7).shuffle(claims)
    got = sorted(tuple(claims[i].claim_uid for i in g) for g in cluster_claims(claims, keys, LEX))
    assert got == want
