"""Stories: clusters about the same actors and event, grouped one level above clusters for display.

A cluster is one proposition; different propositions about the same actors ("is preparing to
send drones" / "delivered drones" / "used the drones") stay apart as clusters and are shown
together as one *story*.  Grouping follows the clustering rule one level up, on
representatives, so stories never chain: clusters are visited in a fixed order (most mentions,
then most articles, then most actors, then the cluster id) and each joins the first story
whose representative (its first cluster) it is :func:`about_the_same` as, or starts a story of
its own.  The result depends on the set of clusters only, never on their order; a story's id
is derived from its representative's id.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.text.tokens import STOP_CLUSTER, light_stem

SHARED_ACTORS = 2  # actors two clusters of one story share when their actions differ or are unknown
SHARED_WORDS = 1  # content words (actor names aside) a cluster shares with its story's representative


@dataclass(frozen=True, slots=True)
class StoryItem:
    """What story grouping reads of a cluster: its id, actor names, action class and size."""

    cluster: str
    actors: tuple[str, ...]
    action: str | None
    mentions: int = 1
    articles: int = 1
    words: frozenset[str] = frozenset()  # stemmed content words of its claim, actors aside (:func:`story_words`)


def about_the_same(a: StoryItem, rep: StoryItem) -> bool:
    """Is cluster ``a`` about the same actors and event as the representative ``rep``: at least
    ``SHARED_ACTORS`` actors in common, or one actor in common and the same action class; and
    in either case at least half the actors of the one naming fewer (a representative naming
    many actors does not take in every cluster that names two of them); and, where both claims
    have content words, ``SHARED_WORDS`` of them in common (the same actors in another event
    stay another story: on the corpus one story of 212 clusters held every claim naming
    Islamic State and Iraq)."""
    mine, theirs = {x.casefold() for x in a.actors}, {x.casefold() for x in rep.actors}
    shared = len(mine & theirs)
    if 2 * shared < min(len(mine), len(theirs)):
        return False
    if a.words and rep.words and len(a.words & rep.words) < SHARED_WORDS:
        return False  # the same actors, another event: no word of the claims in common
    if shared >= SHARED_ACTORS:
        return True
    return shared >= 1 and a.action is not None and a.action == rep.action


_WORD = re.compile(r"[^\W\d_]{4,}")


def story_words(claim: str, actors: Sequence[str]) -> frozenset[str]:
    """The content words of a cluster's claim for story grouping: words of four letters or more
    outside the closed-class ``STOP_CLUSTER`` and outside the actor names, lower-cased and
    stemmed (``light_stem``)."""
    low = claim.lower()
    for a in sorted(actors, key=len, reverse=True):
        if a:
            low = low.replace(a.lower(), " ")
    return frozenset(light_stem(w) for w in _WORD.findall(low) if w not in STOP_CLUSTER)


def story_id(representative: str) -> str:
    """The id of the story whose representative is cluster ``representative``: ``s`` and 20
    hex digits of its SHA-256."""
    return "s" + hashlib.sha256(representative.encode("utf-8")).hexdigest()[:20]


def _keys(it: StoryItem) -> set[tuple[str, ...]]:
    """The keys under which two clusters are :func:`about_the_same`: each actor with the
    action, each pair of actors (so a lookup finds exactly the representatives that match)."""
    names = sorted({x.casefold() for x in it.actors})
    keys: set[tuple[str, ...]] = {("pair", a, b) for i, a in enumerate(names) for b in names[i + 1:]}
    if it.action is not None:
        keys.update(("act", a, it.action) for a in names)
    return keys


def stories(items: Sequence[StoryItem]) -> dict[str, str]:
    """Cluster id → story id, for every cluster of ``items`` (a cluster that shares nothing is
    a story of its own).  Deterministic and independent of the order of ``items``; each
    cluster is compared only with the representatives registered under one of its keys."""
    order = sorted(items, key=lambda x: (-x.mentions, -x.articles, -len(x.actors), x.cluster))
    reps: list[StoryItem] = []
    posted: dict[tuple[str, ...], list[int]] = {}  # key → representatives registered under it
    out: dict[str, str] = {}
    for it in order:
        keys = _keys(it)
        cands = sorted({k for key in keys for k in posted.get(key, ())})
        home = next((k for k in cands if about_the_same(it, reps[k])), None)
        if home is None:
            home = len(reps)
            reps.append(it)
            for key in keys:
                posted.setdefault(key, []).append(home)
        out[it.cluster] = story_id(reps[home].cluster)
    return out


def story_order(clusters: Sequence[str], story_of: dict[str, str]) -> list[int]:
    """Indices of ``clusters`` (in the order shown) regrouped so each story's clusters follow
    its first one: stories in the order of their first cluster, clusters of a story in their
    own order."""
    first: dict[str, int] = {}
    for i, c in enumerate(clusters):
        first.setdefault(story_of.get(c, c), i)
    return sorted(range(len(clusters)), key=lambda i: (first[story_of.get(clusters[i], clusters[i])], i))
