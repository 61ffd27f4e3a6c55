"""An offer, a plan or a request is another proposition than the deed (issue 9 item 4, stop 24).

The seeds' corroborated training cluster joined "Egypt offers military training to Libya" (an
offer, 2014) with "his troops have received military training from the Egyptian Armed Forces" (the
deed, an interview).  A claim's action is now read in its mode (``check.toml``'s ``mode`` entries,
as ``check`` reads them: :func:`claimcheck.xref.cluster.action_mode`), and two claims in different
modes are two propositions.  Each row: two articles of two outlets through ``ingest`` and ``report
--format json``; the first word (the agent) picks the row's clusters.
"""

from __future__ import annotations

import pytest

APART = [  # (agent, first, second): an offer, plan or request, and the deed
    ("Sylvania", "Sylvania has offered to train Bordurian forces, officials said.",
     "Bordurian forces have received military training from Sylvania, diplomats said."),
    ("Velmora", "Velmora offered military training to Kolno, officials said.",
     "Velmora provided military training to Kolno, diplomats said."),
    ("Genovia", "Genovia offered attack drones to the army of Qumar, officials said.",
     "Genovia delivered attack drones to the army of Qumar, diplomats said."),
    ("Zembla", "Zembla has proposed to train the army of Novaria, officials said.",
     "Zembla trained the army of Novaria, diplomats said."),
    ("Marsovia", "Marsovia seeks military training for its special police units, officials said.",
     "Marsovia received military training for its special police units, diplomats said."),
    ("Elbonia", "Elbonia offered military funding to the government of Latveria, officials said.",
     "Elbonia provided military funding to the government of Latveria, diplomats said."),
    # stop 25: a numeral between the offer's verb and the action word ("offered to send 30 tanks")
    ("Freedonia", "Freedonia has offered to send 30 tanks to Ruritania, Foreign Minister Rufus Firefly said.",
     "Freedonia sent 30 tanks to Ruritania last week, Ruritanian officials said."),
    ("Moravia", "Moravia plans to deliver 1,000 rifles to the army of Tomainia, officials said.",
     "Moravia delivered 1,000 rifles to the army of Tomainia, diplomats said."),
]

JOIN = [  # one mode in other words
    ("Osterlich", "Osterlich has offered military training to Estovakia, officials said.",
     "Osterlich offers military training to Estovakia, diplomats said."),
    ("Granville", "Granville provided military training to Carpathia, officials said.",
     "Granville gave military training to Carpathia, diplomats said."),
]


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory, report, pair_articles) -> list[dict]:
    return report(tmp_path_factory.mktemp("offer"), pair_articles(APART + JOIN, "2025-09-10"))


def _of(rows: list[dict], agent: str) -> list[dict]:
    return [r for r in rows if agent in r["claim"]]


@pytest.mark.parametrize("agent,first,second", APART, ids=[r[0] for r in APART])
def test_an_offer_plan_or_request_is_not_the_deed(rows: list[dict], agent: str, first: str, second: str) -> None:
    held = _of(rows, agent)
    assert len(held) == 2 and all(r["articles"] == 1 for r in held), [(r["claim"], r["articles"]) for r in held]


@pytest.mark.parametrize("agent,first,second", JOIN, ids=[r[0] for r in JOIN])
def test_one_mode_joins(rows: list[dict], agent: str, first: str, second: str) -> None:
    held = _of(rows, agent)
    assert len(held) == 1 and held[0]["articles"] == 2, [(r["claim"], r["articles"]) for r in held]
