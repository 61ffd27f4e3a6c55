"""Giving verbs the predicate lexicon calls one join (stop 23, new user's finding).

"Freedonia delivered attack drones to Ruritania last week" and "Freedonia has supplied attack
drones to Ruritania" stayed two single-source clusters: the stored predicates meet
(``predicates.toml``'s ``sending`` group), but the converse-pair tokens of the two verbs
(``%supply=deliver``, ``%supply=supply``) were the only content words left, and they differed.
When the predicates meet, a pair's giving verbs are now one word
(:func:`claimcheck.xref.cluster.one_transfer`).  Each row: two articles of two outlets through
``ingest`` and ``report --format json``; the goods word picks the row's clusters.
"""

from __future__ import annotations

import pytest

JOIN = [  # (goods, first, second): one proposition in two verbs of the sending group
    # the case (the new user's art/act, b and e)
    ("drones", "Freedonia delivered attack drones to Ruritania last week, officials said.",
     "Freedonia has supplied attack drones to Ruritania, a minister said."),
    ("howitzers", "Borduria sent howitzers to Syldavia, officials said.",
     "Borduria delivered howitzers to Syldavia, diplomats said."),
    ("missiles", "Velmora shipped missiles to Kolno, officials said.",
     "Velmora supplied missiles to Kolno, diplomats said."),
    ("rifles", "Ostravia provided rifles to the Marsh Front, officials said.",
     "Ostravia supplied rifles to the Marsh Front, diplomats said."),
    ("radars", "Zembla transferred radars to Novaria, officials said.",
     "Zembla delivered radars to Novaria, diplomats said."),
    ("tanks", "Granville gave tanks to Tarlenheim, officials said.",
     "Granville sent tanks to Tarlenheim, diplomats said."),
]

APART = [  # the same actors and goods, another proposition (actors of their own: no row meets another)
    ("mortars", "Elbonia delivered mortars to Latveria, officials said.",
     "Latveria used mortars against Elbonia, diplomats said."),
    ("jets", "Genovia is preparing to send jets to Qumar, officials said.",
     "Genovia delivered jets to Qumar, diplomats said."),
]


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory, report, pair_articles) -> list[dict]:
    return report(tmp_path_factory.mktemp("transfer"), pair_articles(JOIN + APART, "2025-09-10"))


@pytest.mark.parametrize("goods,first,second", JOIN, ids=[r[0] for r in JOIN])
def test_two_verbs_of_one_transfer_join(rows: list[dict], holding, goods: str, first: str, second: str) -> None:
    held = holding(rows, goods)
    assert len(held) == 1 and held[0]["articles"] == 2, [(r["claim"], r["articles"]) for r in held]


@pytest.mark.parametrize("goods,first,second", APART, ids=[r[0] for r in APART])
def test_another_proposition_stays_apart(rows: list[dict], holding, goods: str, first: str, second: str) -> None:
    held = holding(rows, goods)
    assert len(held) == 2 and all(r["articles"] == 1 for r in held), [(r["claim"], r["articles"]) for r in held]
