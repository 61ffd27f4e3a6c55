"""One unnamed source relayed by one outlet is one origin however the outlet's name is spelled
("the Free-Beacon" / "The Washington Free Beacon", "NYT" / "The New York Times", "the Post" after
"The Washington Post"): outlet names are normalised (case, hyphens, a leading "the", the other
names of ``origins.toml``'s ``outlet`` entries) and a short form takes the one full name it fits
in its article or its cluster (:mod:`claimcheck.xref.origin_names`).

The new user's case (stop 20) and five neighbours end to end through ``api.ingest`` and
``report --format json``; then the rule's table.  All names but the outlets' are invented.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.lexicons import load_lexicons
from claimcheck.xref.origin_names import full_names, is_short_form
from claimcheck.xref.origin_rules import build_rules, strip_suffixes

RULES = load_lexicons().derive(build_rules)
RUNNER = CliRunner()


def _two(outlet_a: str, via_a: str, outlet_b: str, via_b: str, extra_b: str = "") -> dict[str, Any]:
    """Two articles of two outlets, each relaying an unnamed official through an intermediary."""
    a = (f"Dredging contract\n\nThe harbour dredging contract at Velm went to a foreign firm, an official "
         f"familiar with the tender told {via_a}.\n\nLocal firms complained.")
    b = (f"Dredging deal\n\n{extra_b}An official familiar with the tender told {via_b} that the harbour "
         f"dredging contract at Velm went to a foreign firm.\n\nThe port declined to comment.")
    return {"a": ({"title": "Dredging contract", "outlet": outlet_a, "published": "2024-04-09"}, a),
            "b": ({"title": "Dredging deal", "outlet": outlet_b, "published": "2024-04-10"}, b)}


CASES = [
    # (id, articles, independent origins of the dredging claim)
    ("the_case_free_beacon_hyphen", _two("Site U", "The Washington Free Beacon", "Site V", "the Free-Beacon"), 1),
    ("acronym_from_the_lexicon", _two("Site U", "The New York Times", "Site V", "NYT"), 1),
    ("dotted_acronym", _two("Site U", "the New York Times", "Site V", "the N.Y. Times"), 1),
    ("short_form_in_its_own_article",
     _two("Site U", "The Orla Morning Post", "Site V", "the Post",
          "Staff at The Orla Morning Post had asked about it for weeks. "), 1),
    ("invented_acronym_of_a_name_in_the_cluster", _two("Site U", "the Velm Evening Courier", "Site V", "VEC News"), 1),
    # controls: two different outlets stay two origins
    ("control_two_outlets", _two("Site U", "The Orla Morning Post", "Site V", "the Velm Courier"), 2),
    ("control_kind_of_outlet_is_no_short_form", _two("Site U", "the Associated Press", "Site V", "the press"), 2),
]


def _rows(case_db, name: str, articles: dict[str, Any]) -> list[dict[str, Any]]:
    db = case_db(f"userfix_outlets_{name}", articles)
    res = RUNNER.invoke(app, ["report", "--db", str(db), "--format", "json", "--all"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


@pytest.mark.parametrize("name, articles, origins", CASES, ids=[c[0] for c in CASES])
def test_one_outlet_spelled_two_ways_is_one_origin(case_db, name: str, articles: dict[str, Any], origins: int) -> None:
    rows = [r for r in _rows(case_db, name, articles) if "dredging contract" in r["claim"].lower() and r["articles"] == 2]
    assert len(rows) == 1, [(r["claim"], r["articles"]) for r in _rows(case_db, name, articles)]
    row = rows[0]
    assert row["independent_origins"] == origins, row
    assert row["status"] == ("single_source" if origins == 1 else "corroborated"), row


@pytest.mark.parametrize("a, b", [
    ("the Free-Beacon", "The Washington Free Beacon"), ("NYT", "The New York Times"),
    ("N.Y.T.", "the New York Times"), ("New York Times Online", "NYT"), ("WaPo", "Washington Post"),
])
def test_other_names_of_one_outlet_normalise_alike(a: str, b: str) -> None:
    assert strip_suffixes(a, RULES) == strip_suffixes(b, RULES)


@pytest.mark.parametrize("a, b", [("NYT", "The New York Post"), ("the Post", "The Washington Post"),
                                  ("Free Beacon", "Beacon Journal")])
def test_different_or_short_names_do_not_normalise_alike(a: str, b: str) -> None:
    assert strip_suffixes(a, RULES) != strip_suffixes(b, RULES)


@pytest.mark.parametrize("short, full, expected", [
    ("post", "washington post", True),                # a suffix
    ("free beacon", "washington free beacon", True),  # a suffix of two words
    ("vec", "velm evening courier", True),            # initials
    ("hor", "house of representatives", True),        # initials with the function word
    ("hr", "house of representatives", True),         # ... or without it
    ("press", "associated press", False),             # a kind of outlet (not_a_short_form)
    ("washington", "washington post", False),         # a prefix is no short form
    ("vc", "velm evening courier", False),            # initials of some words only
    ("courier", "courier", False),                    # the name itself
])
def test_is_short_form(short: str, full: str, expected: bool) -> None:
    assert is_short_form(short, full, RULES.short_stop) is expected


def test_a_short_form_takes_the_full_name_of_its_own_article_first() -> None:
    names = [(1, "washington post"), (2, "new york post"), (2, "post"), (3, "post")]
    got = full_names(names, RULES.short_stop)
    assert got[(2, "post")] == "new york post"  # its own article names it in full
    assert (3, "post") not in got  # two full names fit in the cluster, none in its article: itself


def test_a_short_form_fitting_one_full_name_of_the_cluster_takes_it() -> None:
    names = [(1, "washington free beacon"), (2, "free beacon"), (2, "beacon")]
    got = full_names(names, RULES.short_stop)
    assert got == {(2, "free beacon"): "washington free beacon", (2, "beacon"): "washington free beacon"}


def test_nothing_to_fold_gives_nothing() -> None:
    assert full_names([(1, "orla post"), (2, "velm courier")], RULES.short_stop) == {}
    assert full_names([(1, "orla post")], RULES.short_stop) == {}
