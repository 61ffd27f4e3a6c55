"""What two claims say, not only whom they are about (issue 9, stop 22): two propositions of one
event that share rare actors and only common words said of them stay apart; restatements with one
subject, or sharing a rare word, still join (``claimcheck.xref.evidence``, "What they say").

The class is the corpus's: "The video then shows another American, journalist S." joined "E. is
suspected of appearing in videos that showed the killings of journalists … S. …" (the rare names
carried the rarity test alone; "video", "show", "journalist" are common); "The group began its
offensive on K., capturing parts of the town" joined "R. was captured by the group in the town of
K.".  Each test clusters its pair within a background of articles in which those words are common
and every actor is rare (invented text and actors throughout)."""

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
PLACES = [f"{a}{b}" for a in ("Vel", "Kor", "Tam", "Bru", "Ost", "Lin", "Mar", "Sel", "Dun", "Hal")
          for b in ("mora", "ava", "ingen", "holm", "ovo", "ath", "ezza", "ita")]


def keys(m: str) -> Sequence[str]:
    return (m.lower().replace(" ", "-"),)


def rec(i: int, text: str, actors: Sequence[str], action: str | None = "attack") -> ClaimRecord:
    return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=i, article_uid=f"a{i:04d}", outlet=f"o{i}",
                       published=dt.date(2024, 5, 10), text=text, sentence_text=text, actors=tuple(actors),
                       action=action, polarity="positive", modality="asserted", refers_to=None, act=None,
                       language="en")


def background(n: int = 60) -> list[ClaimRecord]:
    """``n`` articles, each about a place of its own: "video", "show", "journalist", "worker",
    "town", "army", "group", "captured", "murder", "report" are common, every actor rare."""
    return [rec(1000 + j, f"A new video of the group shows the journalist and the worker captured by the army in "
                          f"the town of {PLACES[j]} after the murder, residents reported", [PLACES[j]])
            for j in range(n)]


def feats(*cs: ClaimRecord):  # noqa: ANN202
    return [features(c, keys, action_groups(LEX), action_words(LEX), deny_noise(LEX), rules(LEX).predicate, roles(LEX))
            for c in cs]


def together(a: ClaimRecord, b: ClaimRecord) -> bool:
    groups = cluster_claims([a, b, *background()], keys, LEX)
    return any(0 in g and 1 in g for g in groups)


APART = [  # two propositions of one event: rare actors shared, only common words said of them, two subjects
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


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b"), APART)
def test_rare_actors_and_common_words_are_two_propositions(a: str, b: str, actors_a: list[str],
                                                           actors_b: list[str]) -> None:
    ra, rb = rec(1, a, actors_a), rec(2, b, actors_b)
    fa, fb = feats(ra, rb)
    claims = [ra, rb, *background()]
    fs = feats(*claims)
    rare = rarity(((c.article_id, f.bag) for c, f in zip(claims, fs)), thresholds(LEX).evidence)
    without = dataclasses.replace(thresholds(LEX), content_evidence=None)
    # every other test is passed (words, actors, action, the rarity of all shared tokens): only what they say parts them
    assert max(matches(fb, fa, without, {}, rare), matches(fa, fb, without, {}, rare)) > 0
    assert matches(fb, fa, thresholds(LEX), {}, rare) == 0 and matches(fa, fb, thresholds(LEX), {}, rare) == 0
    assert not together(ra, rb)


JOIN = [  # restatements: one subject, or a rare word shared besides the actors
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


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b"), JOIN)
def test_one_subject_or_a_rare_word_still_joins(a: str, b: str, actors_a: list[str], actors_b: list[str]) -> None:
    assert together(rec(1, a, actors_a), rec(2, b, actors_b))


def test_content_words_weighed_apart_from_actors() -> None:
    bags = [(i, frozenset({"video", "show"})) for i in range(MIN_ARTICLES + 10)] + [(0, frozenset({"granary"}))]
    r = rarity(bags, 2.0)
    assert not r.says_enough(frozenset({"video", "show", "then"}), frozenset({"video", "show", "suspect"}), -2.0)
    assert r.says_enough(frozenset({"granary", "show", "then"}), frozenset({"granary", "suspect"}), -2.0)
    assert r.says_enough(frozenset({"video"}), frozenset({"video", "show"}), -2.0)  # one within the other
    assert r.says_enough(frozenset(), frozenset({"video"}), -2.0)  # no content words: the other tests decide
    few = rarity(bags[:MIN_ARTICLES - 1], 2.0)
    assert few.says_enough(frozenset({"video", "then"}), frozenset({"video", "suspect"}), -2.0)


def test_the_margin_is_read_from_the_lexicon() -> None:
    m = thresholds(LEX).content_evidence
    assert m is not None and -math.inf < m < 0


def test_clusters_do_not_depend_on_input_order() -> None:
    claims = [rec(i, t, a) for i, (t, _, a, _) in enumerate(APART + JOIN, 1)]
    claims += [rec(i + 50, t, a) for i, (_, t, _, a) in enumerate(APART + JOIN, 1)]
    claims += background()
    want = sorted(tuple(claims[i].claim_uid for i in g) for g in cluster_claims(claims, keys, LEX))
    random.Random(11).shuffle(claims)
    got = sorted(tuple(claims[i].claim_uid for i in g) for g in cluster_claims(claims, keys, LEX))
    assert got == want
