"""An event named only as a noun does not join a claim that says more of it (issue 9 item 4, stop 26).

On the 1,683 FNC-1 bodies, the Foley video's "U.S. air strikes against the militant group" (the
object of "referring to …": a noun phrase, no predicate of its own) joined "The American airstrikes
on Monday against the Shabab … succeeded in killing the group’s leader": every word of the noun
phrase is in the clause, so containment made them near copies.  A killing by air strikes and air
strikes are two propositions.  Two changes: an action word in -s before "against", "on", "near" …
is a noun, not the verb (``predicates.toml`` ``noun_before``), and "succeeded in killing" hands the
predicate to "killing" (a catenative before "in" and a gerund); then a claim of an event class
without a predicate (``nominal``) does not join a claim whose predicate is not its action
(``claimcheck.xref.cluster.lacks_predicate``).  Texts and actors are invented; each pair that stays
apart is first shown to join without the test."""

from __future__ import annotations

import pytest

from claimcheck.xref import cluster


# (noun phrase, its actors, clause, its actors, action)
APART = [
    # the case, in invented names: the noun phrase inside a killing
    ("Ruritanian air strikes against the militant group", ["Ruritanian"],
     "The Ruritanian airstrikes on Monday against the Marsh Front, the militant group in Kessel, succeeded in killing "
     "the group’s leader", ["Ruritanian", "Marsh Front", "Kessel"], "air_strike"),
    ("Ruritanian air strikes on the Marsh Front leader", ["Ruritanian", "Marsh Front"],
     "Ruritanian air strikes killed the Marsh Front leader", ["Ruritanian", "Marsh Front"], "air_strike"),
    ("Bordurian shelling of Brill", ["Bordurian", "Brill"],
     "Bordurian shelling destroyed the hospital in Brill", ["Bordurian", "Brill"], "air_strike"),
    ("Sylvanian air raids near Brill", ["Sylvanian", "Brill"],
     "Sylvanian air raids near Brill hit a crowded market", ["Sylvanian", "Brill"], "air_strike"),
    ("Freedonian bombings in Kessel", ["Freedonian", "Kessel"],
     "Freedonian bombings in Kessel were condemned by the town council", ["Freedonian", "Kessel"], "air_strike"),
    ("Freedonian attacks on the Kessel garrison", ["Freedonian", "Kessel"],
     "Freedonian attacks on the Kessel garrison have stopped", ["Freedonian", "Kessel"], "attack"),
]

TOGETHER = [
    # the clause's predicate is the action itself
    ("Ruritanian air strikes on the Marsh Front positions", ["Ruritanian", "Marsh Front"],
     "Ruritanian jets struck the Marsh Front positions", ["Ruritanian", "Marsh Front"], "air_strike"),
    # a light verb whose object is the action
    ("Ruritanian air strikes against the Marsh Front", ["Ruritanian", "Marsh Front"],
     "Ruritanian jets launched air strikes against the Marsh Front", ["Ruritanian", "Marsh Front"], "air_strike"),
    ("Freedonian bombing of the Kessel bridge", ["Freedonian", "Kessel"],
     "Freedonian jets bombed the Kessel bridge", ["Freedonian", "Kessel"], "air_strike"),
    # a copy of the noun phrase
    ("Sylvanian air raids near Brill", ["Sylvanian", "Brill"], "Sylvanian air raids near Brill", ["Sylvanian", "Brill"],
     "air_strike"),
    # two clauses of one predicate: "succeeded in killing" is a killing
    ("Ruritanian air strikes killed the leader of the Marsh Front", ["Ruritanian", "Marsh Front"],
     "The Ruritanian airstrikes on Monday succeeded in killing the leader of the Marsh Front",
     ["Ruritanian", "Marsh Front"], "air_strike"),
]


@pytest.mark.parametrize("a, aa, b, ba, action", APART)
def test_noun_phrase_and_clause_of_another_predicate_stay_apart(a, aa, b, ba, action, rec, together, monkeypatch):
    x, y = rec(1, a, aa, action), rec(2, b, ba, action)
    assert x.predicate is None and y.predicate is not None
    monkeypatch.setattr(cluster, "NOMINAL", False)
    assert together(x, y), "the pair must join without the test, or it shows nothing"
    monkeypatch.setattr(cluster, "NOMINAL", True)
    assert not together(x, y)


@pytest.mark.parametrize("a, aa, b, ba, action", TOGETHER)
def test_noun_phrase_joins_a_clause_of_its_action(a, aa, b, ba, action, rec, together):
    assert together(rec(1, a, aa, action), rec(2, b, ba, action))
