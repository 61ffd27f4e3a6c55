"""Denials made as predications and non-answers, through ``ingest`` and ``report --format json``
(issue 9 items 2 and 3, stop 23; the parser-level classes are in
tests/parse/test_denial_verdicts.py).

An allegation reported in two outlets and answered there by the party it is about with a verdict
of falsehood ("the reports were “pure fabrication”", "“That is a lie,”") comes out
``contradicted``, the denier among its sources with the stance ``deny``; an allegation answered
with a refusal to go into it ("“I will not discuss operational matters”") shows a non-answer and
stays ``single_source``.  Invented names (Ruritania, Freedonia).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

Report = Callable[[Path, dict[str, tuple[dict, str]]], list[dict]]


def _art(title: str, body: str, outlet: str, day: int) -> tuple[dict, str]:
    return {"title": title, "outlet": outlet, "published": f"2024-03-{day:02d}"}, f"{title}\n\n{body}"


def _row(rows: list[dict], *words: str) -> dict:
    hits = [r for r in rows if all(w.lower() in r["claim"].lower() for w in words)]
    assert len(hits) == 1, [(r["claim"], r["status"]) for r in rows]
    return hits[0]


ARTICLES = {
    "a": _art("Freedonia accused of drone strikes on Velm",
              "Ruritanian officials said on Monday that Freedonia had carried out drone strikes on the port of Velm. "
              'The Freedonian ministry said the reports were "pure fabrication".', "Velm Courier", 4),
    "b": _art("Velm port hit by drones",
              "Ruritanian officials said Freedonia had carried out drone strikes on the port of Velm last week. "
              '"That is a lie," said the Freedonian defence minister.', "Northern Wire", 5),
    "c": _art("Freedonia silent on Glenport fire",
              "A Ruritanian army spokesman said Freedonian special forces had set fire to the fuel depot at Glenport. "
              '"I will not discuss operational matters," the Freedonian defence minister said.', "Glenport Times", 6),
}


@pytest.fixture(scope="module")
def rows(report: Report, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    return report(tmp_path_factory.mktemp("verdicts"), ARTICLES)


def test_a_pure_fabrication_verdict_contradicts_the_allegation(rows: list[dict]) -> None:
    r = _row(rows, "drone strikes", "Velm")
    assert r["status"] == "contradicted", r
    assert r["denials"] == 2 and r["articles"] == 2, r
    stances = {s["name"]: s["stance"] for s in r["sources"]}
    assert stances.get("Ruritanian officials") == "support", stances
    denied_by = [n for n, st in stances.items() if st == "deny"]
    assert len(denied_by) == 2 and all("Freedonian" in n for n in denied_by), stances
    # the verdicts' words are no claim of their own
    assert not [x for x in rows if "fabrication" in x["claim"].lower() or "lie" in x["claim"].lower().split()], rows


def test_i_will_not_discuss_is_a_non_answer(rows: list[dict]) -> None:
    r = _row(rows, "fuel depot", "Glenport")
    assert r["status"] == "single_source", r
    assert r["non_answers"] == 1 and r["denials"] == 0, r
    assert {(s["name"], s["stance"]) for s in r["sources"]} >= {("the Freedonian defence minister", "decline")}, r
    assert not [x for x in rows if "discuss" in x["claim"].lower()], rows
