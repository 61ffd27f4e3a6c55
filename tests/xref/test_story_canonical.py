"""A cluster's text, its sources' order and the story level above clusters (issue 9 items 4–6):
rules on content, never on the order of arrival or on ids."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref.analyse import analyse
from claimcheck.xref.index import build_actor_index
from claimcheck.xref.story import StoryItem, about_the_same, stories, story_order

LEX = load_lexicons()


def rec(i: int, text: str, actors: Sequence[str], action: str | None, act: str | None = "assert",
        source: str | None = None, polarity: str = "positive") -> ClaimRecord:
    return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=i, article_uid=f"a{i:04d}", outlet=f"Outlet {i}",
                       published=dt.date(2024, 5, 1), text=text, sentence_text=text, actors=tuple(actors),
                       action=action, polarity=polarity, modality="asserted", refers_to=None, act=act,
                       source_name=source, source_kind="named" if source else None)


def run(claims: list[ClaimRecord]):  # noqa: ANN201
    names = {a for c in claims for a in c.actors} | {c.source_name for c in claims if c.source_name}
    index = build_actor_index(names, names, lexicons=LEX)
    return analyse(claims, index, LEX)


def cluster_with(analysis, words: str):  # noqa: ANN001, ANN201
    (c,) = [c for c in analysis.clusters if words in c.canonical]
    return c


# --------------------------------------------------------------------------- the canonical text

def test_the_canonical_text_is_the_most_complete_member_whatever_the_order() -> None:
    claims = [
        rec(1, "Freedonia sent attack drones to Sylvania", ["Freedonia", "Sylvania"], "arming", source="Ana Ruiz"),
        rec(2, "Freedonia sent attack drones and spare parts to Sylvania in May, before the offensive on Marn",
            ["Freedonia", "Sylvania"], "arming", source="Ivo Bran"),
        rec(3, "Freedonia sent attack drones to Sylvania in May", ["Freedonia", "Sylvania"], "arming",
            source="Lea Tomm"),
    ]
    texts = set()
    rng = random.Random(3)
    for _ in range(4):
        shuffled = claims[:]
        rng.shuffle(shuffled)
        # the uids decide nothing: renumber them against the content
        renumbered = [rec(9 - k, c.text, c.actors, c.action, source=c.source_name) for k, c in enumerate(shuffled)]
        a = run(renumbered)
        assert len(a.clusters) == 1, [c.canonical for c in a.clusters]
        texts.add(a.clusters[0].canonical)
    assert texts == {"Freedonia sent attack drones and spare parts to Sylvania in May, before the offensive on Marn"}


def test_a_fragment_never_shows_a_cluster_when_a_statement_is_there() -> None:
    claims = [
        rec(1, "Borduria funded the Marsh Front through shell companies", ["Borduria", "Marsh Front"], "funding",
            source="Ana Ruiz"),
        rec(2, "funded the Marsh Front through shell companies", ["Borduria", "Marsh Front"], "funding",
            source="Ivo Bran"),
    ]
    a = run(claims)
    assert {c.canonical for c in a.clusters} >= {"Borduria funded the Marsh Front through shell companies"}
    assert all(not c.canonical.startswith("funded") or len(c.members) == 1 for c in a.clusters)


# --------------------------------------------------------------------------- the order of a row's sources

def test_sources_are_listed_by_stance_then_name() -> None:
    claims = [
        rec(5, "Ruritania carried out air strikes on Granville", ["Ruritania", "Granville"], "air_strike",
            source="Zora Field"),
        rec(1, "Ruritania carried out air strikes on Granville", ["Ruritania", "Granville"], "air_strike",
            source="Ruritania", act="deny", polarity="negative"),
        rec(3, "Ruritania carried out air strikes on Granville", ["Ruritania", "Granville"], "air_strike",
            source="Anton Berg"),
    ]
    (c,) = run(claims).clusters
    assert [(n, s) for n, _, s in c.sources] == [("Anton Berg", "support"), ("Zora Field", "support"),
                                                 ("Ruritania", "deny")]


# --------------------------------------------------------------------------- stories

DRONES = [
    StoryItem("k01", ("Freedonia", "Sylvania"), "arming", 5, 3),  # is preparing to send drones
    StoryItem("k02", ("Freedonia", "Sylvania"), "arming", 2, 2),  # delivered drones
    StoryItem("k03", ("Sylvania",), "arming", 4, 2),  # used the drones
    StoryItem("k04", ("Sylvania", "Marn"), "attack", 3, 1),  # the drones struck Marn
    StoryItem("k05", ("Ostra",), "election", 6, 4),  # another story
    StoryItem("k06", ("Ostra", "Ana Ruiz"), None, 1, 1),
    StoryItem("k07", (), None, 9, 1),  # no actors: a story of its own
]


def test_clusters_about_the_same_actors_and_event_are_one_story() -> None:
    got = stories(DRONES)
    assert got["k01"] == got["k02"] == got["k03"]  # same actors, same action
    assert got["k04"] != got["k01"]  # one actor in common, another action
    assert got["k05"] != got["k01"] and got["k06"] != got["k05"]  # one actor, no common action
    assert got["k07"] not in {got[k] for k in ("k01", "k04", "k05", "k06")}


def test_stories_do_not_chain() -> None:
    # b shares two actors with a and two with c; a and c share one actor and no action: a story holds
    # only what matches its representative, so a and c are never one story through b
    a = StoryItem("ka", ("Freedonia", "Sylvania"), "arming", 9, 3)
    b = StoryItem("kb", ("Freedonia", "Sylvania", "Ostra", "Marn"), None, 5, 2)
    c = StoryItem("kc", ("Ostra", "Marn", "Freedonia"), "election", 1, 1)
    assert about_the_same(b, a) and about_the_same(c, b) and not about_the_same(c, a)
    got = stories([a, b, c])
    assert got["ka"] == got["kb"] and got["kc"] != got["ka"]


def test_stories_do_not_depend_on_the_order_of_the_clusters() -> None:
    want = stories(DRONES)
    rng = random.Random(11)
    for _ in range(6):
        shuffled = DRONES[:]
        rng.shuffle(shuffled)
        assert stories(shuffled) == want


def test_story_order_puts_a_storys_clusters_after_its_first() -> None:
    got = stories(DRONES)
    shown = ["k05", "k01", "k04", "k03", "k06", "k02", "k07"]
    order = [shown[i] for i in story_order(shown, got)]
    assert order == ["k05", "k01", "k03", "k02", "k04", "k06", "k07"]


def test_a_representative_naming_many_actors_does_not_take_in_every_pair_of_them() -> None:
    big = StoryItem("kbig", ("Freedonia", "Sylvania", "Ostra", "Marn", "Vell", "Kessel"), None, 9, 5)
    pair = StoryItem("kpair", ("Freedonia", "Sylvania", "Ana Ruiz", "Ivo Bran", "Lea Tomm"), None, 1, 1)
    close = StoryItem("kclose", ("Freedonia", "Sylvania", "Ostra"), None, 1, 1)
    got = stories([big, pair, close])
    assert got["kclose"] == got["kbig"] and got["kpair"] != got["kbig"]
