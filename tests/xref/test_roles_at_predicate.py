"""Roles read at the stored predicate when a claim has no action word (stop 23, new user's finding).

The roles test (:func:`claimcheck.xref.cluster.roles_conflict`) read agents and patients only
around an ``actions.toml`` action word, so "Borduria delivered rifles to Ruritania" and
"Ruritania delivered rifles to Borduria" (rifles are no listed arms word) shared every word and
actor and joined as one contradicted claim with two origins.  Now, without an action word, the
roles are read around the claim's stored predicate (:func:`claimcheck.xref.cluster.predicate_at`).
Each row: two articles of two outlets, one sentence each, through ``ingest`` and ``report --format
json``; swapped roles give two clusters, the same roles in other words one.
"""

from __future__ import annotations


import pytest

SWAPPED = [  # (goods words, first claim, the same with agent and patient swapped)
    # the case (the new user's dir3)
    ("rifles", "Borduria delivered rifles to Ruritania on Monday, officials said.",
     "Ruritania delivered rifles to Borduria on Monday, officials said."),
    ("grain", "Freedonia shipped grain to Sylvania last week, diplomats said.",
     "Sylvania shipped grain to Freedonia last week, diplomats said."),
    ("doctors", "Syldavia sent doctors to Kolno in March, aid workers said.",
     "Kolno sent doctors to Syldavia in March, aid workers said."),
    ("refugees", "Velmora returned refugees to Granville on Friday, officials said.",
     "Granville returned refugees to Velmora on Friday, officials said."),
    ("engineers", "Ostravia lent engineers to Tarlenheim for the dam, officials said.",
     "Tarlenheim lent engineers to Ostravia for the dam, officials said."),
    ("rice", "Zembla donated rice to Novaria after the floods, diplomats said.",
     "Novaria donated rice to Zembla after the floods, diplomats said."),
]

SAME_ROLES = [  # the same roles, other words
    ("vaccines", "Borduria delivered vaccines to Ruritania on Monday, officials said.",
     "Vaccines were delivered to Ruritania by Borduria on Monday, officials said."),
    ("tractors", "Freedonia shipped tractors to Sylvania last week, diplomats said.",
     "Freedonia has shipped tractors to Sylvania last week, diplomats said."),
]


@pytest.fixture(scope="module")
def swapped_rows(tmp_path_factory: pytest.TempPathFactory, report, pair_articles) -> list[dict]:
    return report(tmp_path_factory.mktemp("swapped"), pair_articles(SWAPPED, "2025-01-05"))


@pytest.fixture(scope="module")
def same_rows(tmp_path_factory: pytest.TempPathFactory, report, pair_articles) -> list[dict]:
    return report(tmp_path_factory.mktemp("same"), pair_articles(SAME_ROLES, "2025-01-05"))


@pytest.mark.parametrize("goods,first,second", SWAPPED, ids=[r[0] for r in SWAPPED])
def test_swapped_roles_are_two_propositions(swapped_rows: list[dict], holding, goods: str, first: str, second: str) -> None:
    rows = holding(swapped_rows, goods)
    assert len(rows) == 2, [(r["claim"], r["articles"]) for r in rows]
    assert all(r["articles"] == 1 for r in rows), [(r["claim"], r["articles"]) for r in rows]
    # each cluster's text keeps its own direction
    agents = sorted(r["claim"].split()[0] for r in rows)
    assert agents == sorted([first.split()[0], second.split()[0]])


@pytest.mark.parametrize("goods,first,second", SAME_ROLES, ids=[r[0] for r in SAME_ROLES])
def test_same_roles_in_other_words_join(same_rows: list[dict], holding, goods: str, first: str, second: str) -> None:
    rows = holding(same_rows, goods)
    assert len(rows) == 1 and rows[0]["articles"] == 2, [(r["claim"], r["articles"]) for r in rows]
