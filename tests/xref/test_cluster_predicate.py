"""The predicate in clustering (issue 9, stop 23): two claims about one event that say different
things of it ("the talks will address the release" / "we have agreed on the release") are two
propositions, told apart by their main verbs; restatements whose verbs are the same lemma, one action
class or listed equivalents still join.  Each claim's predicate is found as the parser finds it
(``claimcheck.parse.claims.predicate``); the texts and actors are invented, each pair first shown to
join without the predicate test, so that the test can fail."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref import cluster
from claimcheck.xref.cluster import predicate_classes, predicates_meet

LEX = load_lexicons()


# (claim A, claim B, actors A, actors B, action): two propositions of one event, their words shared
APART = [
    # the class (the corpus's talks in one capital / "we have agreed on the release")
    ("The talks in Kolno this week addressed the release of the Velmora schoolgirls and a ceasefire",
     "At the talks in Kolno the negotiators agreed on the release of the Velmora schoolgirls after a long night",
     ["Kolno", "Velmora"], ["Kolno", "Velmora"], "meeting"),
    # a video shows a hostage / a militant appears in the videos of the hostage
    ("The new video of the Marsh Front then shows the kneeling Velmora reporter Jan Novak in orange",
     "A Marsh Front militant is suspected of appearing in a video with the Velmora reporter Jan Novak",
     ["Marsh Front", "Jan Novak"], ["Marsh Front", "Jan Novak"], "support"),
    # a town became the focus of strikes / a state is part of the coalition conducting them
    ("Freedonia and Borduria are part of the Kolno coalition conducting air strikes against the Marsh Front in Dovra",
     "Dovra later became the focus of air strikes by the Kolno coalition against the Marsh Front fighters",
     ["Freedonia", "Borduria", "Kolno", "Marsh Front", "Dovra"], ["Dovra", "Kolno", "Marsh Front"], "air_strike"),
    # a recording is authentic / the recording is being investigated
    ("The police recording of the shots that killed Marta Lind in Kolno appeared authentic to two experts hired by her family",
     "The police recording that captured the shots that killed Marta Lind in Kolno is being investigated by federal agents",
     ["Kolno", "Marta Lind"], ["Kolno", "Marta Lind"], "attack"),
    # a restaurant chain expands / its proceeds are sent home
    ("Velmora is eyeing Borduria as the site of an expansion of the Kolno restaurant chain owned by the state",
     "Proceeds from the Kolno restaurant chain are funnelled back into the funds of Velmora’s government",
     ["Velmora", "Borduria", "Kolno"], ["Kolno", "Velmora"], "funding"),
    # a copula says what the subject is: "is responsible for …" / "was director of …" (the marshal's duties / his post)
    ("The Kolno marshal Jan Novak is responsible for safeguarding the security of the Velmora parliament",
     "Before his appointment as Kolno marshal, Jan Novak was director of operations at the Velmora parliament security",
     ["Kolno", "Jan Novak", "Velmora"], ["Kolno", "Jan Novak", "Velmora"], None),
    # the shooting at the memorial / the second attack this week
    ("The shooting started at the Kolno War Memorial, where one Velmora soldier on guard was killed at noon",
     "The shooting at the Kolno War Memorial represents the second attack this week on a Velmora soldier",
     ["Kolno War Memorial", "Velmora"], ["Kolno War Memorial", "Velmora"], "attack"),
]

# restatements: the same lemma, one action class, or listed equivalents (words shared a little less
# than near copies, so that the predicates decide)
TOGETHER = [
    ("Gunmen murdered the Velmora envoy Jan Novak outside his hotel in Kolno on Monday night after dinner",
     "The Velmora envoy Jan Novak was killed in Kolno on Monday by two masked gunmen", ["Velmora", "Jan Novak", "Kolno"],
     ["Velmora", "Jan Novak", "Kolno"], "attack"),
    ("Ruritania’s militias have received military training from Freedonia’s special forces near the coast this year",
     "Freedonia's special forces trained the militias of Ruritania in the north", ["Ruritania", "Freedonia"],
     ["Freedonia", "Ruritania"], "training"),
    ("The loud explosion occurred around 11 p.m. on Saturday near the Kolno airport of Velmora, witnesses said",
     "The blast in Kolno took place at around 11 p.m. near the Velmora airport and left a crater", ["Kolno", "Velmora"],
     ["Kolno", "Velmora"], "attack"),
    ("Intelligence reports of the stolen Velmora jetliners were distributed within the Kolno government",
     "Reports of the stolen Velmora jetliners were circulated within the Kolno government last week", ["Velmora", "Kolno"],
     ["Velmora", "Kolno"], "attack"),
    ("The Marsh Front launched an attack on the Velmora airport in Kolno at dawn",
     "The Marsh Front attacked the Velmora airport in Kolno at dawn on Sunday with rockets", ["Marsh Front", "Velmora", "Kolno"],
     ["Marsh Front", "Velmora", "Kolno"], "attack"),
    ("The Kolno marshal is responsible for training the guards of the Velmora parliament, the ministry said",
     "As Kolno marshal, Jan Novak is responsible for training all guards of the Velmora parliament buildings",
     ["Kolno", "Velmora"], ["Kolno", "Jan Novak", "Velmora"], "training"),
    ("Freedonia’s president authorised the deployment of 1,500 more troops to Kolno on Friday",
     "Freedonia’s government authorized the deployment of 1,500 troops to bolster Kolno’s forces", ["Freedonia", "Kolno"],
     ["Freedonia", "Kolno"], "deployment"),
]


@pytest.fixture()
def no_predicate_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "predicates_meet", lambda a, b: True)
    monkeypatch.setattr(cluster, "copulas_differ", lambda f, r: False)  # the copulas' own test (stop 24)


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b", "action"), APART)
def test_two_propositions_of_one_event_stay_apart(rec: Callable[..., ClaimRecord], together: Callable[..., bool], a: str, b: str, actors_a: list[str], actors_b: list[str],
                                                  action: str | None) -> None:
    assert not together(rec(0, a, actors_a, action), rec(1, b, actors_b, action))


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b", "action"), APART)
def test_the_apart_pairs_join_without_the_predicate_test(rec: Callable[..., ClaimRecord], together: Callable[..., bool], no_predicate_test: None, a: str, b: str,
                                                         actors_a: list[str], actors_b: list[str],
                                                         action: str | None) -> None:
    assert together(rec(0, a, actors_a, action), rec(1, b, actors_b, action))


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b", "action"), APART)
def test_without_a_stored_predicate_the_old_rule_applies(rec: Callable[..., ClaimRecord], together: Callable[..., bool], a: str, b: str, actors_a: list[str], actors_b: list[str],
                                                         action: str | None) -> None:
    # claims stored before migration 0009 have no predicate: clustering falls back to its rule without one
    assert together(rec(0, a, actors_a, action), rec(1, b, actors_b, action, with_predicate=False))


@pytest.fixture()
def predicate_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """The predicate test at every similarity (no near-copy exemption, ``predicate_free``)."""
    th = cluster.thresholds
    monkeypatch.setattr(cluster, "thresholds", lambda lx: dataclasses.replace(th(lx), predicate_free=None))


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b", "action"), TOGETHER)
def test_restatements_still_join(rec: Callable[..., ClaimRecord], together: Callable[..., bool], predicate_always: None, a: str, b: str, actors_a: list[str], actors_b: list[str],
                                 action: str | None) -> None:
    assert together(rec(0, a, actors_a, action), rec(1, b, actors_b, action))


NEAR_COPIES = [  # one long sentence, its verb paraphrased: over predicate_free, the predicates need not meet
    ("Commissioner Jan Novak, 45, shot himself in his police office in Kolno last Wednesday night",
     "Commissioner Jan Novak, 45, turned a gun on himself in his police office in Kolno last Wednesday night",
     ["Jan Novak", "Kolno"], ["Jan Novak", "Kolno"], "attack"),
    ("The Marsh Front fighters stormed the Velmora airport in Kolno at dawn on Sunday with rockets",
     "The Marsh Front fighters hit the Velmora airport in Kolno at dawn on Sunday with rockets",
     ["Marsh Front", "Velmora", "Kolno"], ["Marsh Front", "Velmora", "Kolno"], "attack"),
]


@pytest.mark.parametrize(("a", "b", "actors_a", "actors_b", "action"), NEAR_COPIES)
def test_near_copies_join_whatever_their_verbs(rec: Callable[..., ClaimRecord], together: Callable[..., bool], a: str, b: str, actors_a: list[str], actors_b: list[str],
                                               action: str | None) -> None:
    ra, rb = rec(0, a, actors_a, action), rec(1, b, actors_b, action)
    assert not predicates_meet(predicate_classes(ra.predicate, ra.predicate_lemma, action, LEX, a),
                               predicate_classes(rb.predicate, rb.predicate_lemma, action, LEX, b))
    assert together(ra, rb)


@pytest.mark.parametrize(("a", "b", "meet"), [
    (("stole", "steal", None, ""), ("stolen", "steal", None, ""), True),  # one lemma
    (("bombed", "bomb", "air_strike", ""), ("struck", "strike", "air_strike", ""), True),  # one action class
    (("murdered", "murder", None, ""), ("beheaded", "behead", None, ""), True),  # equivalents (killing)
    (("launched", "launch", "attack", "launched an attack on"), ("stormed", "storm", "attack", ""), True),  # a light verb's object
    (("addressed", "address", None, ""), ("agreed", "agree", None, ""), False),
    (("shows", "show", None, ""), ("suspected", "suspect", None, ""), False),
    (("launched", "launch", "attack", "launched a website on"), ("stormed", "storm", "attack", ""), False),
])
def test_predicates_meet(a: tuple, b: tuple, meet: bool) -> None:
    ca = predicate_classes(a[0], a[1], a[2], LEX, a[3])
    cb = predicate_classes(b[0], b[1], b[2], LEX, b[3])
    assert predicates_meet(ca, cb) is meet
    assert predicates_meet(ca, None) and predicates_meet(None, cb)  # no predicate: no constraint


@pytest.mark.parametrize("verb, lem", [("denied", "deny"), ("rejects", "reject"), ("dismissed", "dismiss"),
                                        ("refuted", "refute"), ("disputes", "dispute")])
def test_a_claim_that_denies_is_compared_by_its_words(verb: str, lem: str) -> None:
    # "Freedonia denied involvement in the shelling" (a claim its ministry asserts) answers "Freedonia shelled …"
    assert predicate_classes(verb, lem, None, LEX) is None
    assert predicates_meet(predicate_classes(verb, lem, None, LEX), predicate_classes("shelled", "shell", None, LEX))
