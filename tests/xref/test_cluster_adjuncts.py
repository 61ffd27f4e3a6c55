"""A claim's adjunct is not its proposition (issue 9 item 4, stop 27, events27).

On the 1,683 FNC-1 bodies one corroborated cluster of 7 articles held Foley's murder "in retaliation
for US air strikes in Iraq", an Islamic State statement "No Islamic State militants were killed in
the airstrikes" (another event) and an FBI bulletin "no specific or credible threats … in
retaliation for intensified airstrikes": all were read as the air-strike class, whose words stood in
the murder's motive.  A purpose, motive or cause adjunct ("in retaliation for X", "in response to
X", "after X", "amid X", "following X", "because of X": ``predicates.toml`` kind ``adjunct``) is
background: its action class token is marked (it meets only another adjunct's), and a claim whose
action stands only in an adjunct joins a claim of that class only when their predicates meet
(``claimcheck.xref.cluster.adjunct_event``).  Texts and actors are invented; each pair that stays
apart is first shown to join without the rule."""

from __future__ import annotations

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.xref import cluster

LEX = load_lexicons()

# (first claim, its actors, second claim, its actors, action class of both)
APART = [
    # the case: a killing "in retaliation for" air strikes / a killing in air strikes (another event)
    ("Marsh Front militants for murdering a Freedonian journalist in retaliation for Freedonian air strikes in Kessel",
     ["Marsh Front", "Freedonian", "Kessel"],
     "No Marsh Front militants were killed in the air strikes", ["Marsh Front"], "air_strike"),
    # the case: the same motive said of a threat (a copula) and of a killing
    ("Marsh Front militants for murdering a Freedonian journalist in retaliation for Freedonian air strikes in Kessel",
     ["Marsh Front", "Freedonian", "Kessel"],
     "There are no credible threats to Freedonian soil from the Marsh Front militants in retaliation for intensified "
     "Freedonian air strikes in Kessel", ["Freedonian", "Marsh Front", "Kessel"], "air_strike"),
    # the event of one is the adjunct of the other
    ("Ruritania closed its border after the Bordurian bombing of the fuel depot in Kessel",
     ["Ruritania", "Bordurian", "Kessel"], "Bordurian jets bombed the fuel depot in Kessel", ["Bordurian", "Kessel"],
     "air_strike"),
    ("Sylvania recalled its ambassador amid reports of Bordurian shelling of the port near Brill",
     ["Sylvania", "Bordurian", "Brill"], "Bordurian artillery was shelling the port near Brill", ["Bordurian", "Brill"],
     "air_strike"),
    ("Kessel residents for fleeing the city after Ruritanian air strikes on the dam", ["Kessel", "Ruritanian"],
     "Ruritanian air strikes hit the dam in Kessel", ["Ruritanian", "Kessel"], "air_strike"),
    # the same adjunct, two things done after it
    ("Ruritania recalled its envoy after the Bordurian bombing of the fuel depot in Kessel on Monday",
     ["Ruritania", "Bordurian", "Kessel"],
     "Ruritania closed its border after the Bordurian bombing of the fuel depot in Kessel on Monday",
     ["Ruritania", "Bordurian", "Kessel"], "air_strike"),
]

# one proposition, worded otherwise: still one cluster
JOIN = [
    ("Marsh Front militants beheaded a Freedonian reporter in retaliation for Freedonian air strikes",
     ["Marsh Front", "Freedonian"],
     "Marsh Front militants killed a Freedonian reporter in retaliation for the Freedonian air strikes",
     ["Marsh Front", "Freedonian"], "air_strike"),
    ("Ruritania bombed the fuel depot in Kessel after the talks collapsed", ["Ruritania", "Kessel"],
     "Ruritania bombed the fuel depot in Kessel", ["Ruritania", "Kessel"], "air_strike"),
    ("Following a bank robbery in Kessel, Ivan Petrov was charged with robbery and threats", ["Kessel", "Ivan Petrov"],
     "Ivan Petrov was charged in Kessel with robbery", ["Ivan Petrov", "Kessel"], None),
    ("Ruritanian jets bombed the Kessel fuel depot in response to the rocket fire", ["Ruritanian", "Kessel"],
     "Ruritanian jets bombed the Kessel fuel depot", ["Ruritanian", "Kessel"], "air_strike"),
    ("Marsh Front militants murdered a Freedonian aid worker in revenge for the air strikes on Kessel",
     ["Marsh Front", "Freedonian", "Kessel"],
     "Marsh Front militants killed a Freedonian aid worker in revenge for the air strikes on Kessel",
     ["Marsh Front", "Freedonian", "Kessel"], "air_strike"),
    ("The murder of the Freedonian reporter was in retaliation for the air strikes on Kessel",
     ["Freedonian", "Kessel"],
     "The murder of the Freedonian reporter was in retaliation for air strikes on Kessel", ["Freedonian", "Kessel"],
     "air_strike"),
]


@pytest.mark.parametrize(("a", "aa", "b", "ba", "action"), APART)
def test_adjunct_event_apart(rec, together, monkeypatch, a, aa, b, ba, action) -> None:  # noqa: ANN001
    x, y = rec(0, a, aa, action), rec(1, b, ba, action)
    assert not together(x, y), (a, b)
    monkeypatch.setattr(cluster, "ADJUNCTS", False)
    assert together(x, y), "joins without the rule: the row tests it"


@pytest.mark.parametrize(("a", "aa", "b", "ba", "action"), JOIN)
def test_same_proposition_joins(rec, together, a, aa, b, ba, action) -> None:  # noqa: ANN001
    assert together(rec(0, a, aa, action), rec(1, b, ba, action)), (a, b)


@pytest.mark.parametrize(("text", "want"), [
    ("Marsh Front militants beheaded a reporter in retaliation for air strikes in Kessel, officials said",
     ["in retaliation for air strikes in Kessel"]),
    ("After the talks collapsed, Ruritania bombed the depot", ["After the talks collapsed"]),
    ("Borduria recalled its envoy amid reports of shelling (officials said)", ["amid reports of shelling "]),
    ("The murder was reportedly in retaliation for the air strikes", []),  # the predicate, after "be"
    ("The army shelled Brill the following day", []),
    ("He was named after his grandfather, after all", ["after his grandfather"]),
    ("After seeing his body I picked up his gun and fought", []),  # an opening adjunct needs its comma
    ('Petrov told the paper "After seeing his body I picked up his gun"', []),
])
def test_adjunct_spans(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in cluster.adjunct_spans(text, LEX)] == want


def test_core_predicate_skips_names() -> None:
    """The rest of a claim without a stored predicate is read for a verb of an equivalent group,
    never a name ("Islamic State" is no "state" of saying)."""
    assert cluster.core_predicate("Marsh State militants for murdering a reporter", LEX) == frozenset({"=murder", "~killing"})
    assert cluster.core_predicate("Marsh State militants", LEX) is None


@pytest.mark.parametrize(("part", "clause"), [
    ("after two fighters reportedly contracted the virus", True),
    ("a day after he shot the gunman", True),
    ("after a complicated five-hour surgery", False),
    ("following a bank robbery in Kessel", False),
])
def test_adjunct_clause(part: str, clause: bool) -> None:
    """The measured alternative (``MARK_CLAUSE``, off): an adjunct with a predicate of its own is a clause."""
    assert cluster.adjunct_clause(part, LEX) is clause


# a premise or background in an adjunct is no near copy of the proposition that states it: the
# near-copy exemption for two predicates that do not meet is read outside the adjuncts
# (``core_similarity``; the FNC-1 corpus: an Ebola fear and its premise, the sergeant-at-arms
# applauded "a day after he shot …" and "shot one gunman dead")
PREMISE_APART = [
 ("Fears have been raised that the Marsh Front could target Freedonia with a Kessel fever attack after two of the group's fighters reportedly contracted the deadly Kessel fever", ["Marsh Front", "Freedonia", "Kessel fever"],
  "Some of the group's fighters have contracted the deadly Kessel fever", ["Kessel fever"], "attack"),
 ("Ivan Petrov, the Ruritanian envoy, becomes emotional as deputies applaud him on Thursday, a day after he shot one gunman dead in the Ruritanian parliament", ["Ivan Petrov", "Ruritanian"],
  "The Ruritanian envoy, Ivan Petrov, shot one gunman dead", ["Ruritanian", "Ivan Petrov"], "attack"),
 ("Freedonian markets fell sharply on Monday after the Freedonia central bank paid 9 billion in loans to the Kessel banks", ["Freedonian", "Freedonia", "Kessel"],
  "The Freedonia central bank paid 9 billion in loans to the Kessel banks on Monday", ["Freedonia", "Kessel"], "funding"),
 ("The Borduria minister resigned amid reports that the Borduria army had sold rifles to the Marsh Front rebels", ["Borduria", "Marsh Front"],
  "The Borduria army had sold rifles to the Marsh Front rebels", ["Borduria", "Marsh Front"], "arming"),
 ("The Ruritanian president resigned on Monday amid reports that Freedonia had shipped howitzers to the Borduria rebels", ["Ruritanian", "Freedonia", "Borduria"],
  "Freedonia had shipped howitzers to the Borduria rebels", ["Freedonia", "Borduria"], "arming"),
 ("Sylvania recalled its ambassador on Monday, a day after Bordurian soldiers stormed the Sylvanian embassy in Brill", ["Sylvania", "Bordurian", "Brill"],
  "Bordurian soldiers stormed the Sylvanian embassy in Brill", ["Bordurian", "Sylvania", "Brill"], "attack"),
]

PREMISE_JOIN = [  # one background stated by both; an adjunct added to the same proposition
 ("Ivan Petrov was found dead on Friday in his Kessel apartment after police responded to a call from a neighbour", ["Ivan Petrov", "Kessel"],
  "Several unconfirmed reports say Ivan Petrov was found dead on Friday in his Kessel apartment after police responded to a call from a neighbour", ["Ivan Petrov", "Kessel"], "attack"),
 ("The reporter Ivan Petrov is on a leave of absence from Kessel Media after disagreements with its owners", ["Ivan Petrov", "Kessel Media"],
  "Ivan Petrov takes a leave of absence from Kessel Media", ["Ivan Petrov", "Kessel Media"], "support"),
]


@pytest.mark.parametrize(("a", "aa", "b", "ba", "action"), PREMISE_APART)
def test_premise_is_no_near_copy(rec, together, monkeypatch, a, aa, b, ba, action) -> None:  # noqa: ANN001
    x, y = rec(0, a, aa, action), rec(1, b, ba, action)
    assert not together(x, y), (a, b)
    monkeypatch.setattr(cluster, "CORE_NEAR_COPY", False)
    assert together(x, y), "joins without the rule: the row tests it"


@pytest.mark.parametrize(("a", "aa", "b", "ba", "action"), PREMISE_JOIN)
def test_shared_background_still_joins(rec, together, a, aa, b, ba, action) -> None:  # noqa: ANN001
    assert together(rec(0, a, aa, action), rec(1, b, ba, action)), (a, b)
