"""Places and copulas in clustering (issue 9, stop 24).

Two claims of one agent and predicate in two places, neither within the other, are two events ("the
Marsh Front used chlorine in a crude way", in an article about Vesk, / "the Marsh Front used chlorine
gas on soldiers near Kolno"), whether a claim states its place or takes its article's
(``claimcheck.parse.claims.place``); near copies still join.  Two copulas that share one ordinary word
("was director of security operations" / "is in charge of security") say two things.  Texts, actors
and places are invented; each pair that stays apart is first shown to join without the change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.model import ClaimRecord, Span
from claimcheck.parse.claims.predicate import find_predicate, predicate_rules
from claimcheck.xref import cluster
from claimcheck.xref.cluster import cluster_claims
from claimcheck.xref.gazetteer import gazetteer, place_of, place_table, places_differ

LEX = load_lexicons()
PR = predicate_rules(LEX)


def keys(m: str) -> Sequence[str]:
    return (m.lower().replace(" ", "-"),)


def rec(i: int, text: str, actors: Sequence[str], action: str | None, place: str | None) -> ClaimRecord:
    got = find_predicate([Span(0, len(text), text)], PR)
    return ClaimRecord(claim_id=i, claim_uid=f"c{i:04d}", article_id=i, article_uid=f"a{i:04d}", outlet=f"o{i}",
                       published=dt.date(2024, 5, 10), text=text, sentence_text=text, actors=tuple(actors),
                       action=action, polarity="positive", modality="asserted", refers_to=None, act=None,
                       language="en", predicate=got[0].text if got else None, predicate_lemma=got[1] if got else None,
                       place=place)


def together(a: ClaimRecord, b: ClaimRecord) -> bool:
    groups = cluster_claims([a, b], keys, LEX)
    return any(0 in g and 1 in g for g in groups)


# (claim A, place A, claim B, place B, actors, action): one agent and predicate, two places
APART = [
    # the class: a sentence naming no place (its article's) / one naming another town
    ("The Marsh Front attacked Velmora police with chlorine gas in a crude and ineffective way", "Vesk",
     "The Marsh Front attacked Velmora soldiers with chlorine gas near Kolno", "Kolno", ["Marsh Front", "Velmora"],
     "attack"),
    ("The Velmora army shelled the Marsh Front positions on Monday, killing nine fighters and two civilians", "Dovra",
     "The Velmora army shelled Marsh Front positions in Tarn after the ceasefire collapsed", "Tarn",
     ["Velmora", "Marsh Front"], "air_strike"),
    ("Freedonia trained Sylvanian border guards for three months last year with new rifles", "Vesk",
     "Freedonia trained Sylvanian border guards at a camp in Kolno, the report says", "Kolno",
     ["Freedonia", "Sylvania"], "training"),
    ("The Marsh Front attacked a Velmora army convoy and burned its fuel trucks", "Tarn",
     "The Marsh Front attacked a Velmora army convoy outside Vesk before dawn", "Vesk", ["Marsh Front", "Velmora"],
     "attack"),
    # two places the gazetteer does not know (invented states read as towns)
    ("Sylvania deployed troops against the Marsh Front rebels in the capital after the riots", "Freedonia",
     "Sylvania deployed troops against the Marsh Front at the border crossing on Friday", "Ruritania",
     ["Sylvania", "Marsh Front"], "deployment"),
]

# the class's pair with places that may be one: one place, one spelling, a country holding a town, a region, none
_A = "The Marsh Front attacked Velmora police with chlorine gas in a crude and ineffective way"
_B = "The Marsh Front attacked Velmora soldiers with chlorine gas near {}"
TOGETHER = [
    (_A, "Vesk", _B.format("Vesk"), "Vesk", ["Marsh Front", "Velmora"], "attack"),
    (_A, "Kobano", _B.format("Kobane"), "Kobane", ["Marsh Front", "Velmora"], "attack"),
    (_A, "Iraq", _B.format("Vesk"), "Vesk", ["Marsh Front", "Velmora"], "attack"),
    (_A, "Middle East", _B.format("Vesk"), "Vesk", ["Marsh Front", "Velmora"], "attack"),
    (_A, None, _B.format("Vesk"), "Vesk", ["Marsh Front", "Velmora"], "attack"),
    # a copy joins whatever its place (one wire report in articles about two towns)
    (_A, "Vesk", _A, "Kolno", ["Marsh Front", "Velmora"], "attack"),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb", "actors", "action"), APART)
def test_one_agent_and_predicate_in_two_places_stay_apart(a: str, pa: str, b: str, pb: str, actors: list[str],
                                                          action: str | None) -> None:
    assert not together(rec(0, a, actors, action, pa), rec(1, b, actors, action, pb))


@pytest.mark.parametrize(("a", "pa", "b", "pb", "actors", "action"), APART)
def test_the_apart_pairs_join_without_places(a: str, pa: str, b: str, pb: str, actors: list[str],
                                             action: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert together(rec(0, a, actors, action, None), rec(1, b, actors, action, None))
    monkeypatch.setattr(cluster, "PLACES", False)
    assert together(rec(0, a, actors, action, pa), rec(1, b, actors, action, pb))


@pytest.mark.parametrize(("a", "pa", "b", "pb", "actors", "action"), TOGETHER)
def test_one_place_or_places_within_one_another_join(a: str, pa: str | None, b: str, pb: str, actors: list[str],
                                                     action: str | None) -> None:
    assert together(rec(0, a, actors, action, pa), rec(1, b, actors, action, pb))


def test_different_agents_are_not_compared_by_place() -> None:
    # the agent differs: the place test does not apply (the other tests decide), so it cannot part them
    a = rec(0, "Police said the Marsh Front used chlorine gas against the guards", ["Marsh Front"], None, "Vesk")
    b = rec(1, "The chlorine gas the Marsh Front used against the guards was confirmed", ["Marsh Front"], None, "Kolno")
    fa, fb = (cluster.features(c, keys, {}, cluster.action_words(LEX), frozenset(), None, None, LEX) for c in (a, b))
    assert not cluster.same_subject(fa, fb) and not fa.agent & fb.agent


GAZ, TABLE = gazetteer(LEX), place_table(LEX)


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("Vesk", "Kolno", True),  # two towns
    ("Kobani", "Kobane", False),  # one town, two spellings
    ("al-Vesk", "Vesk", False),
    ("Iraq", "Syria", True),  # two countries (a gazetteer state and a places.toml country)
    ("Iraq", "Vesk", False),  # a country may hold a town
    ("Egypt", "Cairo", False),  # a metonym's city in its state
    ("Russia", "Cairo", True),  # … not in another
    ("Texas", "Vesk", False),  # a region differs from nothing
    ("U.S.", "United States", False),
    (None, "Vesk", False),
    ("Iraqi", "Vesk", False),  # a demonym of a places.toml country is no place
    ("Somali", "Kolno", False),
    ("Indiana", "Vesk", False),  # a region, not India's demonym
])
def test_places_differ(a: str | None, b: str, differ: bool) -> None:
    pa, pb = place_of(a, GAZ, TABLE), place_of(b, GAZ, TABLE)
    assert places_differ(pa, pb) is differ and places_differ(pb, pa) is differ


def test_a_body_is_no_place() -> None:
    outlet = next(a.name for a in GAZ.actors.values() if a.type == "outlet")
    assert place_of(outlet, GAZ, TABLE) is None


# copulas: (claim A, claim B, actors)
_ACT = ["Marta Lind", "Kolno", "Velmora"]
_ACT2 = ["Jan Novak", "Kolno", "Velmora"]
COPULAS_APART = [
    # the class (the marshal's previous post / his present duties)
    ("Before his appointment, Jan Novak was director of security operations of the Kolno parliament in Velmora",
     "Jan Novak is in charge of security at the Kolno parliament in Velmora", _ACT2),
    ("Before her appointment, Marta Lind was treasurer of the finance committee of the Kolno council in Velmora",
     "Marta Lind is in charge of finance at the Kolno council in Velmora", _ACT),
    ("Before the war, Jan Novak was manager of the port operations of the Kolno harbour in Velmora",
     "Jan Novak is in charge of the port at the Kolno harbour in Velmora", _ACT2),
    ("Before the vote, Marta Lind was chair of the energy committee of the Kolno parliament in Velmora",
     "Marta Lind is responsible for energy at the Kolno parliament in Velmora", _ACT),
    ("Before the merger, Marta Lind was director of the research laboratory of the Kolno university in Velmora",
     "Marta Lind is proud of the research at the Kolno university in Velmora", _ACT),
]

COPULAS_TOGETHER = [
    ("Marta Lind was captain of the Velmora team in Kolno for two seasons",
     "Marta Lind is a former captain of the Velmora team in Kolno", _ACT),
    ("Marta Lind is head of the finance committee of the Kolno council in Velmora",
     "Marta Lind is the head of the Kolno council finance committee in Velmora", _ACT),
    ("Jan Novak is responsible for the safety and security of the Kolno parliament in Velmora",
     "Jan Novak is responsible for safeguarding the Kolno parliament in Velmora and its security", _ACT2),
    ("Jan Novak is director of security operations at the Kolno parliament in Velmora",
     "Jan Novak is the director of security operations for the Kolno parliament in Velmora", _ACT2),
    ("Jan Novak was in charge of security at the Kolno parliament in Velmora",
     "Jan Novak is in charge of security operations at the Kolno parliament of Velmora", _ACT2),
]


@pytest.mark.parametrize(("a", "b", "actors"), COPULAS_APART)
def test_copulas_sharing_one_word_stay_apart(a: str, b: str, actors: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert not together(rec(0, a, actors, None, None), rec(1, b, actors, None, None))
    monkeypatch.setattr(cluster, "copulas_differ", lambda f, r: False)
    assert together(rec(0, a, actors, None, None), rec(1, b, actors, None, None))  # joined without the test


@pytest.mark.parametrize(("a", "b", "actors"), COPULAS_TOGETHER)
def test_copulas_saying_one_thing_join(a: str, b: str, actors: list[str]) -> None:
    assert together(rec(0, a, actors, None, None), rec(1, b, actors, None, None))
