"""Clustering: one proposition per cluster, no chaining, denials joined to what they deny, order
independence. Labelled pairs are our own invented sentences (same / different proposition)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref.cluster import cluster_claims

LEX = load_lexicons()
# an invented actor index: each mention → its key(s); a demonym also stands for its state
KEYS = {"Freedonia": ("freedonia",), "Freedonian": ("freedonian", "freedonia"), "Sylvania": ("sylvania",),
        "Ruritania": ("ruritania",), "Borduria": ("borduria",), "Bordurian troops": ("bordurian-troops", "borduria"),
        "Syldavia": ("syldavia",), "Marsh Front": ("marsh-front",), "Ivan Petrov": ("ivan-petrov",),
        "Granville": ("granville",)}


def keys(m: str) -> Sequence[str]:
    return KEYS.get(m, ())


def rec(i: int, text: str, actors: Sequence[str], action: str | None, act: str | None = "assert",
        source: str | None = None, day: int = 1) -> ClaimRecord:
    return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=i, article_uid=f"a{i:04d}", outlet=f"o{i}",
                       published=dt.date(2024, 5, day), text=text, sentence_text=text, actors=tuple(actors),
                       action=action, polarity="negative" if act == "deny" else "positive", modality="asserted",
                       refers_to=None, act=act, source_name=source, source_kind="named" if source else None)


def together(a: ClaimRecord, b: ClaimRecord) -> bool:
    groups = cluster_claims([a, b], keys, LEX)
    return len(groups) == 1


SAME = [  # (claim, claim): one proposition
    (("Freedonia sent attack drones to Sylvania in May", ["Freedonia", "Sylvania"], "arming"),
     ("Freedonian officials sent attack drones to Sylvania in May", ["Freedonian", "Sylvania"], "arming")),
    (("Freedonia supplied Sylvania with drones", ["Freedonia", "Sylvania"], "arming"),
     ("drones were supplied by Freedonia to Sylvania", ["Freedonia", "Sylvania"], "arming")),
    (("Ruritania carried out air strikes on Granville", ["Ruritania", "Granville"], "air_strike"),
     ("Ruritania bombed Granville", ["Ruritania", "Granville"], "air_strike")),
    (("the Marsh Front was funded by Ivan Petrov through shell companies", ["Marsh Front", "Ivan Petrov"], "funding"),
     ("Ivan Petrov funded the Marsh Front through shell companies", ["Ivan Petrov", "Marsh Front"], "funding")),
    (("Borduria trained Syldavia's border police", ["Borduria", "Syldavia"], "training"),
     ("Borduria has trained border police of Syldavia", ["Borduria", "Syldavia"], "training")),
]

DIFFERENT = [  # same actors or words, another proposition
    (("Freedonia is preparing to send drones to Sylvania", ["Freedonia", "Sylvania"], "arming"),
     ("Sylvania used drones in strikes on power stations", ["Sylvania"], "arming")),
    (("Freedonia sent 12 drones to Sylvania", ["Freedonia", "Sylvania"], "arming"),
     ("Freedonia sent 300 drones to Sylvania", ["Freedonia", "Sylvania"], "arming")),
    (("Freedonia sent drones to Sylvania", ["Freedonia", "Sylvania"], "arming"),
     ("Freedonia sent drones to Ruritania", ["Freedonia", "Ruritania"], "arming")),
    (("Borduria trained Syldavia's border police", ["Borduria", "Syldavia"], "training"),
     ("Borduria funded Syldavia's border police", ["Borduria", "Syldavia"], "funding")),
    (("Ruritania carried out air strikes on Granville", ["Ruritania", "Granville"], "air_strike"),
     ("Ruritania and Borduria met in Granville to discuss trade", ["Ruritania", "Borduria", "Granville"], "meeting")),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_proposition_pairs_cluster(a: tuple, b: tuple) -> None:
    assert together(rec(1, *a), rec(2, *b))


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_proposition_pairs_stay_apart(a: tuple, b: tuple) -> None:
    assert not together(rec(1, *a), rec(2, *b))


def test_no_chaining_a_member_must_match_the_representative() -> None:
    # B is close to A and to C; A and C are different propositions: never one cluster of three
    a = rec(1, "Freedonia sent attack drones and tanks to Sylvania in May", ["Freedonia", "Sylvania"], "arming")
    b = rec(2, "Freedonia sent attack drones to Sylvania", ["Freedonia", "Sylvania"], "arming")
    c = rec(3, "Sylvania used attack drones from Freedonia", ["Freedonia", "Sylvania"], "arming")
    groups = cluster_claims([a, b, c], keys, LEX)
    assert max(len(g) for g in groups) < 3


def test_clusters_do_not_depend_on_input_order() -> None:
    claims = [rec(i + 1, *x) for i, x in enumerate([p for pair in SAME + DIFFERENT for p in pair])]

    def canon(cs: list[ClaimRecord]) -> list[list[str]]:
        return sorted(sorted(cs[i].claim_uid for i in g) for g in cluster_claims(cs, keys, LEX))

    want = canon(claims)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = claims[:]
        rng.shuffle(shuffled)
        assert canon(shuffled) == want


@pytest.mark.parametrize(("allegation", "denial"), [
    # the denier is the agent; the denial names the action by another word
    (("Bordurian troops attacked soldiers inside Syldavia", ["Bordurian troops", "Syldavia"], "attack"),
     ("Borduria was not involved in the attack", [], "attack", "deny", "Borduria")),
    (("Ruritania carried out air strikes on Granville", ["Ruritania", "Granville"], "air_strike"),
     ("Ruritania denied any involvement in the bombings", ["Ruritania"], "air_strike", "deny", "Ruritania")),
    (("Ruritania was behind the explosion of the dam in Granville", ["Ruritania", "Granville"], "attack"),
     ("Ruritania was not behind the sabotage of the dam", ["Ruritania"], "attack", "deny", "Ruritania")),
    (("Freedonia supplied drones to Sylvania", ["Freedonia", "Sylvania"], "arming"),
     ("Freedonia did not supply drones to Sylvania", ["Freedonia", "Sylvania"], "arming", "deny", "Freedonia")),
    # an air strike is an attack: a denial of "the attack" answers the air strikes
    (("Ruritania carried out air strikes on Granville", ["Ruritania", "Granville"], "air_strike"),
     ("Ruritania had no part in the attack on Granville", ["Ruritania", "Granville"], "attack", "deny", "Ruritania")),
])
def test_denial_joins_the_proposition_it_denies(allegation: tuple, denial: tuple) -> None:
    assert together(rec(1, *allegation), rec(2, *denial))


def test_denial_without_its_action_joins_the_allegation_of_its_article() -> None:
    # "Borduria has repeatedly denied any involvement" (no action class): the allegation about
    # Borduria in the same article
    a = rec(1, "Bordurian troops attacked soldiers inside Syldavia", ["Bordurian troops", "Syldavia"], "attack")
    d = rec(2, "any involvement", ["Borduria"], None, "deny", "Borduria")
    d = ClaimRecord(**{**{f: getattr(d, f) for f in d.__slots__}, "article_id": 1, "article_uid": "a0001"})
    assert len(cluster_claims([a, d], keys, LEX)) == 1


def test_denial_of_something_else_stays_apart() -> None:
    a = rec(1, "Ruritania carried out air strikes on Granville", ["Ruritania", "Granville"], "air_strike")
    d = rec(2, "Ruritania denied its policy is a failure of reliance on air strikes", ["Ruritania"], "air_strike",
            "deny", "Ruritania")
    e = rec(3, "Sylvania denied involvement in the bombings", ["Sylvania"], "air_strike", "deny", "Sylvania")
    assert not together(a, d)
    assert not together(a, e)


def test_fragments_join_nothing_but_their_exact_copies() -> None:
    a = rec(1, "to calm down", [], None)
    b = rec(2, "with him to calm down now", [], None)
    c = rec(3, "it", [], None)
    d = rec(4, "it", [], None)
    assert len(cluster_claims([a, b, c, d], keys, LEX)) == 4
