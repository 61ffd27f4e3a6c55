"""A fragment inside a longer claim that adds actors (issue 9, stop 24b).

"The weapons showed in the ISIS video" is a noun phrase (the object of "referring to …") whose
clause was cut; every one of its words is in "ISIS videos have showed its fighters driving U.S.
tanks, MRAPs, Humvees", which names its subject and adds the actors after its verb: another video,
another event.  A claim with no subject actor of its own, wholly contained in a longer claim whose
subject it names and which names other actors, does not join it, as a near copy neither
(``claimcheck.xref.cluster.adds_actors``).  Texts and
actors are invented; each pair that stays apart is first shown to join without the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.model import ClaimRecord
from claimcheck.xref import cluster


# (short fragment, its actors, longer claim, its actors, action)
APART = [
    # the class: a noun phrase with a reduced relative, inside a claim adding the object's actors
    ("The weapons showed in the Marsh Front video", ["Marsh Front"],
     "Marsh Front videos have showed its fighters driving Velmora tanks, Sylvanian trucks", ["Marsh Front", "Velmora", "Sylvanian"],
     "arming"),
    ("The rifles shown in the Marsh Front footage", ["Marsh Front"],
     "Marsh Front footage has shown its fighters carrying Velmora rifles and Sylvanian rockets",
     ["Marsh Front", "Velmora", "Sylvanian"], "arming"),
    ("the drones seized in the Marsh Front raid", ["Marsh Front"],
     "The Marsh Front raid seized drones from Velmora depots and Sylvanian convoys", ["Marsh Front", "Velmora", "Sylvanian"],
     "arming"),
    ("the missiles delivered in the Freedonia shipment", ["Freedonia"],
     "the Freedonia shipment delivered missiles to Sylvania and the Marsh Front", ["Freedonia", "Sylvania", "Marsh Front"],
     "arming"),
    ("The weapons displayed in the Marsh Front parade", ["Marsh Front"],
     "The Marsh Front parade displayed weapons taken from Velmora and Sylvania", ["Marsh Front", "Velmora", "Sylvania"],
     "arming"),
]

TOGETHER = [
    # a copy
    ("Marsh Front videos have showed its fighters driving Velmora tanks, Sylvanian trucks", ["Marsh Front", "Velmora", "Sylvanian"],
     "Marsh Front videos have showed its fighters driving Velmora tanks, Sylvanian trucks", ["Marsh Front", "Velmora", "Sylvanian"],
     "arming"),
    # the short one has a subject of its own: a headline restating the body
    ("The Marsh Front showed Velmora weapons in its video", ["Marsh Front", "Velmora"],
     "The Marsh Front showed Velmora weapons and Sylvanian trucks in its video", ["Marsh Front", "Velmora", "Sylvanian"],
     "arming"),
    # the longer one adds its speaker, not an object: a report of the same words
    ("the weapons were shown in the Marsh Front video", ["Marsh Front"],
     "Sylvania's ministry said the weapons were shown in the Marsh Front video", ["Sylvania", "Marsh Front"], "arming"),
    # no actor added: the longer one says more of the same event
    ("The weapons showed in the Marsh Front video", ["Marsh Front"],
     "Marsh Front videos have showed its fighters carrying the weapons", ["Marsh Front"], "arming"),
]


@pytest.mark.parametrize(("a", "aa", "b", "ba", "action"), APART)
def test_a_fragment_inside_a_claim_adding_actors_stays_apart(rec: Callable[..., ClaimRecord], together: Callable[..., bool], a: str, aa: list[str], b: str, ba: list[str],
                                                             action: str) -> None:
    assert not together(rec(0, a, aa, action), rec(1, b, ba, action))


@pytest.mark.parametrize(("a", "aa", "b", "ba", "action"), APART)
def test_the_apart_pairs_join_without_the_test(rec: Callable[..., ClaimRecord], together: Callable[..., bool], a: str, aa: list[str], b: str, ba: list[str], action: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "ADDED_ROLES", False)
    monkeypatch.setattr(cluster, "kinds_differ", lambda *_a, **_k: False)  # stop 24's goods kinds part some rows too
    assert together(rec(0, a, aa, action), rec(1, b, ba, action))


@pytest.mark.parametrize(("a", "aa", "b", "ba", "action"), TOGETHER)
def test_copies_and_restatements_join(rec: Callable[..., ClaimRecord], together: Callable[..., bool], a: str, aa: list[str], b: str, ba: list[str], action: str) -> None:
    assert together(rec(0, a, aa, action), rec(1, b, ba, action))
