"""``origins.passage_pairs`` (copy detection at scale) gives the pairs of the plain rule: every
near-identical pair of sentences of two articles (``near_pairs``), less those with a sentence
near-identical to sentences of more than ``spread`` other articles (a template line)."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from claimcheck.xref.origins import near_pairs, passage_pairs


def reference(sets: list[frozenset[int]], arts: list[int], threshold: float, spread: int) -> list[tuple[int, int]]:
    pairs = [(i, j) for i, j in near_pairs(sets, threshold) if arts[i] != arts[j]]
    near: dict[int, set[int]] = defaultdict(set)
    for i, j in pairs:
        near[i].add(arts[j])
        near[j].add(arts[i])
    return [(i, j) for i, j in pairs if len(near[i]) <= spread and len(near[j]) <= spread]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("spread", [1, 3, 6, 1000])
def test_the_same_pairs_as_the_plain_rule(seed: int, spread: int) -> None:
    rnd = random.Random(seed)
    base = [frozenset(rnd.sample(range(60), rnd.randint(4, 14))) for _ in range(25)]
    sets, arts = [], []
    for _ in range(180):  # sentences: copies of a base line with a word or two changed, in 40 articles
        s = set(rnd.choice(base))
        for _ in range(rnd.randint(0, 2)):
            s.discard(rnd.choice(sorted(s)))
            s.add(rnd.randrange(60, 90))
        sets.append(frozenset(s))
        arts.append(rnd.randrange(40))
    sets.append(frozenset())
    arts.append(0)
    for t in (0.5, 0.7):
        want = reference(sets, arts, t, spread)
        assert passage_pairs(sets, arts, t, spread) == want
        if spread == 1:
            assert len(want) < len(reference(sets, arts, t, 1000))  # templates were left out


def test_a_line_in_every_article_is_a_template() -> None:
    line = frozenset(range(20))
    sets = [line] * 30 + [frozenset(range(100, 120)), frozenset(range(100, 119))]
    arts = list(range(30)) + [30, 31]
    assert passage_pairs(sets, arts, 0.7, 25) == [(30, 31)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("spread", [1, 3, 6, 1000])
def test_shared_sets_are_compared_as_groups_with_the_same_pairs(seed: int, spread: int) -> None:
    """Sentences given one set object (copies repeating a line, as ``copy_roots`` shares them)
    are compared as a group: the pairs are the plain rule's, within a group, across groups, a
    line repeated in one article included."""
    rnd = random.Random(100 + seed)
    base = [frozenset(rnd.sample(range(60), rnd.randint(4, 14))) for _ in range(20)]
    variants = []
    for _ in range(50):  # distinct lines: a base line with a word or two changed
        s = set(rnd.choice(base))
        for _ in range(rnd.randint(0, 2)):
            s.discard(rnd.choice(sorted(s)))
            s.add(rnd.randrange(60, 90))
        variants.append(frozenset(s))
    sets, arts = [], []
    for _ in range(220):  # sentences: each one of the variants (the very object), in 30 articles
        sets.append(rnd.choice(variants))
        arts.append(rnd.randrange(30))
    sets.append(frozenset())
    arts.append(0)
    for t in (0.5, 0.7):
        assert passage_pairs(sets, arts, t, spread) == reference(sets, arts, t, spread)
