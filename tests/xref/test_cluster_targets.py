"""One event class, two kinds of target: two propositions (issue 9 item 4, stop 26).

A new user's test on invented articles: "Ruritanian jets bombed a school in Kessel on Friday"
(several sources) and "Separately, Ruritanian jets bombed a bridge in Kessel, residents said"
ended in one cluster, so the residents were counted as an origin of the school bombing.  Same agent,
same action, same town; what was bombed differs.  The kinds of target are data (``objects.toml``
entries with ``target = true``); two claims of an event class that name targets of kinds they do
not share do not join (``claimcheck.xref.cluster.targets_differ``), near copies excepted.  Texts and
actors are invented; each pair that stays apart is first shown to join without the test."""

from __future__ import annotations

import pytest

from claimcheck.xref import cluster


# (claim, its actors, claim, its actors, action)
APART = [
    # the case
    ("Ruritanian jets bombed a school in Kessel on Friday", ["Ruritanian", "Kessel"],
     "Separately, Ruritanian jets bombed a bridge in Kessel", ["Ruritanian", "Kessel"], "air_strike"),
    ("Freedonian artillery shelled a hospital in Brill", ["Freedonian", "Brill"],
     "Freedonian artillery shelled the market in Brill", ["Freedonian", "Brill"], "air_strike"),
    ("Bordurian drones struck a refugee camp near Kessel", ["Bordurian", "Kessel"],
     "Bordurian drones struck a convoy near Kessel", ["Bordurian", "Kessel"], "air_strike"),
    ("Marsh Front fighters attacked an army checkpoint outside Brill", ["Marsh Front", "Brill"],
     "Marsh Front fighters attacked the prison outside Brill", ["Marsh Front", "Brill"], "attack"),
    ("A Sylvanian missile hit the Kessel power station", ["Sylvanian", "Kessel"],
     "A Sylvanian missile hit the Kessel airport", ["Sylvanian", "Kessel"], "attack"),
    ("Ruritanian warplanes bombed a mosque in Brill overnight", ["Ruritanian", "Brill"],
     "Ruritanian warplanes bombed several homes in Brill overnight", ["Ruritanian", "Brill"], "air_strike"),
]

TOGETHER = [
    # one kind, in other words
    ("Ruritanian jets bombed a school in Kessel", ["Ruritanian", "Kessel"],
     "Ruritanian jets bombed a kindergarten in Kessel", ["Ruritanian", "Kessel"], "air_strike"),
    # one target shared among two
    ("Freedonian artillery shelled a hospital and a market in Brill", ["Freedonian", "Brill"],
     "Freedonian artillery shelled the hospital in Brill", ["Freedonian", "Brill"], "air_strike"),
    # one names no target
    ("Ruritanian jets bombed a school in Kessel", ["Ruritanian", "Kessel"],
     "Ruritanian jets bombed Kessel", ["Ruritanian", "Kessel"], "air_strike"),
    # a copy
    ("Bordurian drones struck a convoy near Kessel", ["Bordurian", "Kessel"],
     "Bordurian drones struck a convoy near Kessel", ["Bordurian", "Kessel"], "air_strike"),
    # a class that is no event: targets are not read (objects.toml's goods are)
    ("Sylvania funded a school in Brill", ["Sylvania", "Brill"],
     "Sylvania funded a clinic and a school in Brill", ["Sylvania", "Brill"], "funding"),
]


@pytest.mark.parametrize("a, aa, b, ba, action", APART)
def test_two_kinds_of_target_stay_apart(a, aa, b, ba, action, rec, together, monkeypatch):
    x, y = rec(1, a, aa, action), rec(2, b, ba, action)
    monkeypatch.setattr(cluster, "TARGETS", False)
    assert together(x, y), "the pair must join without the test, or it shows nothing"
    monkeypatch.setattr(cluster, "TARGETS", True)
    assert not together(x, y)


@pytest.mark.parametrize("a, aa, b, ba, action", TOGETHER)
def test_one_kind_of_target_or_none_joins(a, aa, b, ba, action, rec, together):
    assert together(rec(1, a, aa, action), rec(2, b, ba, action))


ARTICLES = {
    "a": ({"title": "Jets bomb school in Kessel", "outlet": "Brill Times", "published": "2025-03-08"},
          "Ruritanian jets bombed a school in Kessel on Friday, the Freedonian interior ministry said.\n\n"
          "At least twelve children were killed, according to the ministry.\n"),
    "b": ({"title": "School hit in Kessel", "outlet": "Kessel Courier", "published": "2025-03-08"},
          "Ruritanian jets bombed a school in Kessel on Friday, witnesses told the Kessel Courier.\n\n"
          "Separately, Ruritanian jets bombed a bridge in Kessel, residents said.\n"),
    "c": ({"title": "UN: school bombed", "outlet": "Global Wire", "published": "2025-03-09"},
          "Ruritanian jets bombed a school in Kessel on Friday, a United Nations official said.\n"),
}


def test_the_bridge_is_no_origin_of_the_school_bombing(tmp_path, report, cluster_of):
    rows = report(tmp_path, ARTICLES)
    school = cluster_of(rows, "school", "Kessel")
    bridge = cluster_of(rows, "bridge", "Kessel")
    assert school["cluster"] != bridge["cluster"]
    assert school["independent_origins"] == 3
    assert bridge["independent_origins"] == 1 and bridge["status"] == "single_source"
