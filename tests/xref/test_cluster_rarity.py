"""Rarity in clustering (issue 9, stop 21): two short claims that share only a broad actor, a broad
action group and common words are two stories, not one proposition; claims that share rare words
still join.  The words are weighed by their document frequency among the articles clustered
together (``claimcheck.xref.evidence``), so each test clusters its claims within a background of
articles in which the broad actor, the action and the common words are common (invented text and
actors throughout)."""

from __future__ import annotations

import dataclasses
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

# What two claims say, not only whom they are about (issue 9, stop 22; formerly its own file) ---------
# What two claims say, not only whom they are about (issue 9, stop 22): two propositions of one
# event that share rare actors and only common words said of them stay apart; restatements with one
# subject, or sharing a rare word, still join (``claimcheck.xref.evidence``, "What they say").
#
# The class is the corpus's: "The video then shows another American, journalist S." joined "E. is
# suspected of appearing in videos that showed the killings of journalists … S. …" (the rare names
# carried the rarity test alone; "video", "show", "journalist" are common); "The group began its
# offensive on K., capturing parts of the town" joined "R. was captured by the group in the town of
# K.".  Each test clusters its pair within a background of articles in which those words are common
# and every actor is rare (invented text and actors throughout).


def rec_attack(i: int, text: str, actors: Sequence[str], action: str | None = "attack") -> ClaimRecord:
    return rec(i, text, actors, action)


PLACES = [f"{a}{b}" for a in ("Vel", "Kor", "Tam", "Bru", "Ost", "Lin", "Mar", "Sel", "Dun", "Hal")
          for b in ("mora", "ava", "ingen", "holm", "ovo", "ath", "ezza", "ita")]


def content_background(n: int = 60) -> list[ClaimRecord]:
    """``n`` articles, each about a place of its own: "video", "show", "journalist", "worker",
    "town", "army", "group", "captured", "murder", "report" are common, every actor rare."""
    return [rec_attack(1000 + j, f"A new video of the group shows the journalist and the worker captured by the army in "
                          f"the town of {PLACES[j]} after the murder, residents reported", [PLACES[j]])
            for j in range(n)]


def feats(*cs: ClaimRecord):  # noqa: ANN202
    return [features(c, keys, action_groups(LEX), action_words(LEX), deny_noise(LEX), rules(LEX).predicate, roles(LEX))
            for c in cs]


def content_together(a: ClaimRecord, b: ClaimRecord) -> bool:
    groups = cluster_claims([a, b, *content_background()], keys, LEX)
    return any(0 in g and 1 in g for g in groups)


CONTENT_APART = [  # two propositions of one event: rare actors shared, only common words said of them, two subjects
    # the class (the corpus's video of a journalist / the man suspected of appearing in the videos)
    ("The video then shows the Velport Courier journalist Kalman Dross alive",
     "Vosk is suspected of appearing in videos that showed the murder of the Velport Courier journalist Kalman Dross",
     ["Velport Courier", "Kalman Dross"], ["Vosk", "Velport Courier", "Kalman Dross"]),
    # the offensive on a town / a fighter captured there
    ("The army of Ruritania began its attack on Dovra in May, capturing parts of the town",
     "Vera Lind was captured by the army of Ruritania in the embattled town of Dovra",
     ["Ruritania", "Dovra"], ["Vera Lind", "Ruritania", "Dovra"]),
    # a hostage's murder / the group's earlier warning
    ("Marek Olin is the third worker murdered by the Ostava Front on video",
     "The Ostava Front had warned of the murder of Marek Olin in an earlier video",
     ["Marek Olin", "Ostava Front"], ["Ostava Front", "Marek Olin"]),
    # the murder looked authentic / the videos the killer appeared in
    ("The murder of the worker Ilse Marr appeared authentic to the Kesh Brigade",
     "The Kesh Brigade released a series of videos showing the murder of the worker Ilse Marr",
     ["Ilse Marr", "Kesh Brigade"], ["Ilse Marr", "Kesh Brigade"]),
    # the attack on a town / a journalist's report from it
    ("Tomas Reld reported from a hotel in the town of Aldwick for the Harran Gazette",
     "The Harran Gazette reported the attack by the army on the town of Aldwick and the arrest of Tomas Reld",
     ["Tomas Reld", "Aldwick", "Harran Gazette"], ["Harran Gazette", "Aldwick", "Tomas Reld"]),
    # the group that captured a journalist / the video showing him
    ("The Sarn Legion captured the journalist Piet Vandel at his hotel in the town of Ostrel",
     "A video shows the journalist Piet Vandel in the town of Ostrel, the Sarn Legion reported",
     ["Sarn Legion", "Piet Vandel", "Ostrel"], ["Piet Vandel", "Ostrel", "Sarn Legion"]),
]


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b"), CONTENT_APART)
def test_rare_actors_and_common_words_are_two_propositions(a: str, b: str, actors_a: list[str],
                                                           actors_b: list[str]) -> None:
    ra, rb = rec_attack(1, a, actors_a), rec_attack(2, b, actors_b)
    fa, fb = feats(ra, rb)
    claims = [ra, rb, *content_background()]
    fs = feats(*claims)
    rare = rarity(((c.article_id, f.bag) for c, f in zip(claims, fs)), thresholds(LEX).evidence)
    without = dataclasses.replace(thresholds(LEX), content_evidence=None)
    # every other test is passed (words, actors, action, the rarity of all shared tokens): only what they say parts them
    assert max(matches(fb, fa, without, {}, rare), matches(fa, fb, without, {}, rare)) > 0
    assert matches(fb, fa, thresholds(LEX), {}, rare) == 0 and matches(fa, fb, thresholds(LEX), {}, rare) == 0
    assert not content_together(ra, rb)


CONTENT_JOIN = [  # restatements: one subject, or a rare word shared besides the actors
    ("Vera Lind was captured by the army of Ruritania in the town of Dovra",
     "Vera Lind was seized by the army of Ruritania in Dovra after the attack on the town",
     ["Vera Lind", "Ruritania", "Dovra"], ["Vera Lind", "Ruritania", "Dovra"]),
    ("The army of Ruritania began its attack on Dovra, capturing the granary of the town",
     "The granary of Dovra was captured by the army of Ruritania",
     ["Ruritania", "Dovra"], ["Dovra", "Ruritania"]),
    ("The video then shows the Velport Courier journalist Kalman Dross",
     "A new video shows the Velport Courier journalist Kalman Dross",
     ["Velport Courier", "Kalman Dross"], ["Velport Courier", "Kalman Dross"]),
    ("The Ostava Front demanded a ransom for the worker Marek Olin in the video",
     "In a video the Ostava Front demands a ransom for Marek Olin",
     ["Ostava Front", "Marek Olin"], ["Ostava Front", "Marek Olin"]),
    ("Tomas Reld reported the attack on the Aldwick lighthouse for the Harran Gazette",
     "The Harran Gazette journalist Tomas Reld reported the attack on the lighthouse of Aldwick",
     ["Tomas Reld", "Aldwick", "Harran Gazette"], ["Harran Gazette", "Tomas Reld", "Aldwick"]),
]


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b"), CONTENT_JOIN)
def test_one_subject_or_a_rare_word_still_joins(a: str, b: str, actors_a: list[str], actors_b: list[str]) -> None:
    assert content_together(rec_attack(1, a, actors_a), rec_attack(2, b, actors_b))


def test_content_words_weighed_apart_from_actors() -> None:
    bags = [(i, frozenset({"video", "show"})) for i in range(MIN_ARTICLES + 10)] + [(0, frozenset({"granary"}))]
    r = rarity(bags, 2.0)
    assert not r.says_enough(frozenset({"video", "show", "then"}), frozenset({"video", "show", "suspect"}), -2.0)
    assert r.says_enough(frozenset({"granary", "show", "then"}), frozenset({"granary", "suspect"}), -2.0)
    assert r.says_enough(frozenset({"video"}), frozenset({"video", "show"}), -2.0)  # one within the other
    assert r.says_enough(frozenset(), frozenset({"video"}), -2.0)  # no content words: the other tests decide
    few = rarity(bags[:MIN_ARTICLES - 1], 2.0)
    assert few.says_enough(frozenset({"video", "then"}), frozenset({"video", "suspect"}), -2.0)


def test_the_content_margin_is_read_from_the_lexicon() -> None:
    m = thresholds(LEX).content_evidence
    assert m is not None and -math.inf < m < 0


def test_content_clusters_do_not_depend_on_input_order() -> None:
    claims = [rec_attack(i, t, a) for i, (t, _, a, _) in enumerate(CONTENT_APART + CONTENT_JOIN, 1)]
    claims += [rec_attack(i + 50, t, a) for i, (_, t, _, a) in enumerate(CONTENT_APART + CONTENT_JOIN, 1)]
    claims += content_background()
    want = sorted(tuple(claims[i].claim_uid for i in g) for g in cluster_claims(claims, keys, LEX))
    random.Random(11).shuffle(claims)
    got = sorted(tuple(claims[i].claim_uid for i in g) for g in cluster_claims(claims, keys, LEX))
    assert got == want
