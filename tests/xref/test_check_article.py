"""``check``: evidence read through its article, a contrary finding announced by the sentence
before, and the cluster members ``report`` counts for the same claim (rules of
``claimcheck/xref/check.py``: ``judge_units``, ``refuted_in_context``, ``cluster_evidence``).
Invented articles and actors only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from claimcheck.lexicons import Lexicons, load_lexicons
from claimcheck.model import ArticleText, ClaimRecord
from claimcheck.xref import check as xc
from claimcheck.xref import check_context as cx


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return load_lexicons()


def rec(text: str, *, article: int = 1, n: int = 0, act: str | None = None, kind: str | None = None,
        name: str | None = None) -> ClaimRecord:
    return ClaimRecord(claim_id=article * 100 + n, claim_uid=f"c{article}-{n}", article_id=article,
                       article_uid=f"a{article}", outlet=None, published=dt.date(2024, 3, 1), text=text,
                       sentence_text=text, actors=(), action=None, polarity="positive", modality="asserted",
                       refers_to=None, act=act, source_kind=kind, source_name=name, via=())


def stances(lex: Lexicons, query: str, records: Sequence[ClaimRecord]) -> list[str | None]:
    prop = xc.parse_query(query, lex)
    return [j.stance if j else None for j in xc.judge_units(prop, records, lex)]


# --------------------------------------------------------------- evidence through its article

HEADLINE = "Teenager Wakes Up During Brain Surgery, Asks Doctors About Her Cat"


@pytest.mark.parametrize("article", [
    # the story told over two sentences, in other words: neither holds enough of the headline alone
    ["A teenager woke up during an operation on her brain in Vell.",
     "Lying on the table, the patient asked the doctors about her cat."],
    ["Surgeons in Port Alder were removing a tumour when the girl woke up.",
     "She then asked the doctors how her cat was doing, the hospital said."],
    ["The 19-year-old opened her eyes in the middle of brain surgery.",
     "Doctors said she asked about her cat."],
])
def test_an_article_that_tells_the_story_over_several_sentences_addresses_it(
        lex: Lexicons, article: list[str]) -> None:
    records = [rec(t, n=i) for i, t in enumerate(article)]
    assert any(s is not None for s in stances(lex, HEADLINE, records))


@pytest.mark.parametrize("article", [
    # the same words spread over an article about something else: too little of the headline
    ["The surgery wing of the hospital in Vell was closed.", "A cat was found in the car park."],
    ["Doctors in Port Alder went on strike.", "Brain research funding was cut."],
])
def test_an_article_holding_little_of_the_claim_does_not_address_it(lex: Lexicons, article: list[str]) -> None:
    records = [rec(t, n=i) for i, t in enumerate(article)]
    assert stances(lex, HEADLINE, records) == [None] * len(records)


def test_through_its_article_the_agent_is_still_required(lex: Lexicons) -> None:
    """A different agent doing the same thing is not evidence, through its article either."""
    q = "Sylvania supplied drones to Ruritania"
    records = [rec("Borduria supplied drones to the rebels last spring.", n=0),
               rec("The drones were delivered to Ruritania in crates.", n=1)]
    assert stances(lex, q, records) == [None, None]


@pytest.mark.parametrize("other", [
    "Borduria also plans to train Ruritanian forces.",
    "Neighbouring Borduria trained Ruritanian forces as well.",
    "Ostland has trained Ruritania's forces since May.",
])
def test_in_an_article_about_the_agent_another_agent_doing_it_is_not_evidence(lex: Lexicons, other: str) -> None:
    q = "Sylvania trained Ruritania's forces"
    records = [rec("Sylvania offered military training to Ruritania's forces, officials said.", n=0),
               rec(other, n=1)]
    assert stances(lex, q, records)[1] is None


@pytest.mark.parametrize("other, addresses", [
    ("This was not the first time that Sylvania had sent military aid to the rebels, the sources said.", False),
    ("Sylvania sent aircraft carrying equipment to Ruritanian airfields.", False),
    ("Sylvania has sent armoured tanks to the Ruritanian front before.", True),
])
def test_through_its_article_the_object_of_the_action_is_required(lex: Lexicons, other: str, addresses: bool) -> None:
    """The action's object ("Russian-made tanks") is part of the proposition: a unit about the
    agent sending something else is not evidence, in an article about the same things either."""
    q = "Sylvania sent Russian-made tanks to Ruritania"
    records = [rec("Officials in Ruritania said Russian equipment had been seen near the border.", n=0),
               rec(other, n=1)]
    assert (stances(lex, q, records)[1] is not None) is addresses


def test_through_its_article_a_different_action_is_not_evidence(lex: Lexicons) -> None:
    q = "Port Alder closed its ferry terminal"
    records = [rec("Port Alder opened its ferry terminal on Monday.", n=0),
               rec("Port Alder has closed the ferry terminal.", n=1)]
    assert stances(lex, q, records) == [None, "for"]


def test_a_part_of_the_claim_takes_no_side_by_a_negation(lex: Lexicons) -> None:
    """A unit read through its article states part of the claim: a negation or, for a negative
    query, a plain statement of that part does not contradict it (it is no evidence)."""
    q = "Teenager Did Not Wake Up During Brain Surgery, Did Not Ask Doctors About Her Cat"
    records = [rec("A teenager woke up during an operation on her brain in Vell.", n=0),
               rec("Lying on the table, the patient asked the doctors about her cat.", n=1)]
    assert "against" not in stances(lex, q, records)


# ------------------------------------------------------- a contrary finding announced before

Q_STUDY = "Interval training raises the risk of heart disease"


def context(lex: Lexicons, query: str, sentences: list[str], unit: str, act: str | None = None) -> str:
    prop = xc.parse_query(query, lex)
    r = rec(unit, act=act, kind="named" if act else None, name="Lind" if act else None)
    j = xc.judge_units(prop, [r], lex)[0]
    assert j is not None
    art = ArticleText(1, "a1", None, None, "", "", tuple(sentences))
    return cx.refuted_in_context(prop, [r], [j], [art], lex)[0].stance


@pytest.mark.parametrize("before", [
    "But recent studies are proving just the opposite.",
    "A new study finds the opposite.",
    "On the contrary, researchers say.",
    "Yet the data showed the reverse.",
    "The latest trial dashes any hope of that.",
])
def test_a_contrary_finding_announced_by_the_sentence_before_is_against(lex: Lexicons, before: str) -> None:
    unit = "They show that interval training lowers the risk of heart disease in patients."
    assert context(lex, Q_STUDY, ["Many people avoid exercise.", before, unit], unit) == "against"


@pytest.mark.parametrize("before, act", [
    ("The gym is on the opposite side of the street.", None),  # no finding announced
    ("Many people avoid exercise.", None),
    ("But recent studies are proving just the opposite.", "assert"),  # an attributed unit keeps its stance
])
def test_without_an_announced_finding_the_stance_stays(lex: Lexicons, before: str, act: str | None) -> None:
    unit = "Interval training raises the risk of heart disease, a study says."
    assert context(lex, Q_STUDY, [before, unit], unit, act) != "against"


def test_the_announced_finding_is_flipped_for_a_negative_query(lex: Lexicons) -> None:
    unit = "They show that interval training raises the risk of heart disease in patients."
    q = "Interval training does not raise the risk of heart disease"
    assert context(lex, q, ["But recent studies are proving just the opposite.", unit], unit) == "for"


# ----------------------------------------------------- the same claim as report's cluster


def judged(stance: str, coverage: float = 0.9) -> xc.Judged:
    return xc.Judged(stance, "test", coverage)


def test_a_unit_that_states_the_query_brings_its_cluster() -> None:
    r = rec("Sylvania supplied drones to Ruritania.")
    siblings = {r.claim_id: ("support", [(7, "support"), (8, "deny"), (9, "decline")])}
    got = cx.cluster_evidence([r], [judged("for")], siblings)
    assert {k: v.stance for k, v in got.items()} == {7: "for", 8: "against", 9: "decline"}


def test_a_unit_against_the_query_brings_its_cluster_flipped() -> None:
    r = rec("Sylvania denied supplying drones.", act="deny")
    siblings = {r.claim_id: ("deny", [(7, "support"), (8, "deny")])}
    got = cx.cluster_evidence([r], [judged("against")], siblings)
    assert {k: v.stance for k, v in got.items()} == {7: "for", 8: "against"}


@pytest.mark.parametrize("stance, coverage", [("observe", 0.9), ("for", 0.3), ("decline", 0.9)])
def test_only_a_unit_that_states_the_query_brings_its_cluster(stance: str, coverage: float) -> None:
    r = rec("Sylvania supplied drones to Ruritania.")
    siblings = {r.claim_id: ("support", [(7, "support")])}
    assert cx.cluster_evidence([r], [judged(stance, coverage)], siblings) == {}


def test_members_already_found_are_not_added_twice() -> None:
    a, b = rec("Sylvania supplied drones.", n=0), rec("Sylvania sent drones.", n=1)
    siblings = {a.claim_id: ("support", [(b.claim_id, "support")]), b.claim_id: ("support", [(a.claim_id, "support")])}
    assert cx.cluster_evidence([a, b], [judged("for"), judged("for")], siblings) == {}


# ------------------------------------------------------------------ the agent of a headline


@pytest.mark.parametrize("query, agent", [
    # a known name far into a Title Case headline is not its subject (as in a sentence)
    ("Missing Drone In Vell Sparks Intense Fears In Port Alder", None),
    ("Storm Damage To The Old Ferry Pier Worries Port Alder", None),
    # a known name among the first words is
    ("Port Alder Closes Its Ferry Terminal After The Storm", "Port Alder"),
    ("Why Port Alder Closed Its Ferry Terminal", "Port Alder"),
])
def test_a_known_name_far_into_a_headline_is_not_its_agent(lex: Lexicons, query: str, agent: str | None) -> None:
    assert xc.parse_query(query, lex, {"port alder"}).agent == agent
