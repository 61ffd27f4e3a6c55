"""Junk sources (the new user's finding, stop 20: "east", "photos", "By Tuesday" read as
sources): a compass word, a thing shown or a time phrase in the subject slot is no speaker.  The
classes are data (``origins.toml``: ``directions``, the ``evidence`` entries, ``time_phrases``
and the weekdays and function words of ``not_a_source``); ``sources`` lists such a name only with
``--all``, unresolved and ungraded.  Each class: the case and five invented neighbours, with
names that merely hold such a word as counterexamples.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.lexicons import load_lexicons
from claimcheck.xref.origin_rules import build_rules, non_source_reason

RULES = load_lexicons().derive(build_rules)
RUNNER = CliRunner()

JUNK = {
    "compass": ["east", "its east", "the West", "North", "south-east", "Northwest"],
    "thing shown": ["photos", "Pictures", "the footage", "A video", "Satellite images", "Screenshots"],
    "time": ["By Tuesday", "Last week", "Overnight", "Early on Monday", "Two days ago", "Since Friday"],
}
NAMES = ["East Timor", "Middle East Monitor", "Weekend Argus", "the Morning Star", "Friday Mensah",
         "Harbour Evening Post", "Late Show host Ana Diaz", "Picture Desk editor Jan Novak", "North Korea"]


@pytest.mark.parametrize("kind", ["named", "anonymous"])
@pytest.mark.parametrize("name", [n for ns in JUNK.values() for n in ns])
def test_junk_in_the_subject_slot_is_no_source(name: str, kind: str) -> None:
    assert non_source_reason(name, kind, RULES) is not None


@pytest.mark.parametrize("name", NAMES)
def test_a_name_holding_such_a_word_is_a_source(name: str) -> None:
    assert non_source_reason(name, "named", RULES) is None


ARTICLE = ("Port news\n\nLast week announced the closure of the port of Velm.\n\n"
           "East announced the closure of the port of Velm as well.\n\n"
           "Pictures posted online show the flooded dam at Orla.\n\n"
           "Harbour master Ana Diaz said the port of Velm would reopen in June.")


def _sources(db: str, *flags: str) -> list[dict[str, Any]]:
    res = RUNNER.invoke(app, ["sources", "--db", db, "--format", "json", *flags])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_sources_lists_junk_only_with_all_unresolved(case_db) -> None:
    db = str(case_db("userfix_junk_sources", {"a": ({"title": "Port news", "outlet": "Site U",
                                                       "published": "2024-06-01"}, ARTICLE)}))
    every = _sources(db, "--all")
    junk = {r["name"] for r in every if not r["resolved"]}
    # the parser reads each junk subject as a source (stored as written, or its head word)
    assert {"East", "Pictures"} <= junk and any(n.startswith("Last") for n in junk), every
    assert all(r["grade"] == "F" and r["reasons"][0].startswith("no basis yet") for r in every if not r["resolved"])
    shown = {r["name"] for r in _sources(db)}
    assert not shown & junk
    assert "Ana Diaz" in shown  # the real speaker stays
