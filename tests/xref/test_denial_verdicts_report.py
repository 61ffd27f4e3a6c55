"""Denials made as predications and non-answers, through ``ingest`` and ``report --format json``
(issue 9 items 2 and 3, stop 23; the parser-level classes are in
tests/parse/test_denial_verdicts.py).

An allegation reported in two outlets and answered there by the party it is about with a verdict
of falsehood ("the reports were “pure fabrication”", "“That is a lie,”") comes out
``contradicted``, the denier among its sources with the stance ``deny``; an allegation answered
with a refusal to go into it ("“I will not discuss operational matters”") shows a non-answer and
stays ``single_source``; "It is believed that C" is credited to nobody (``unattributed``, no source,
never "sources said"); a source taking back its own denial is one cluster with the denial.  Invented names (Ruritania, Freedonia).
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
    "i": _art("Drones launched from a ship",
              "It is believed that Freedonian drones were launched from a ship off Velm. It is understood that the "
              "ship left the port of Selk on Sunday.", "Selk Daily", 6),
}


@pytest.fixture(scope="module")
def rows(report: Report, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    return report(tmp_path_factory.mktemp("verdicts"), ARTICLES)


def test_a_pure_fabrication_verdict_contradicts_the_allegation(rows: list[dict]) -> None:
    r = _row(rows, "drone strikes", "Velm")
    assert r["status"] == "contradicted", r
    # the ministry and the defence minister are organs of one state: one denying origin (party26)
    assert r["denials"] == 1 and r["articles"] == 2, r
    stances = {s["name"]: s["stance"] for s in r["sources"]}
    assert stances.get("Ruritanian officials") == "support", stances
    denied_by = [n for n, st in stances.items() if st == "deny"]
    # "the Freedonian government" is shown by its principal, Freedonia (src26)
    assert len(denied_by) == 2 and all("Freedonia" in n for n in denied_by), stances
    # the verdicts' words are no claim of their own
    assert not [x for x in rows if "fabrication" in x["claim"].lower() or "lie" in x["claim"].lower().split()], rows


def test_i_will_not_discuss_is_a_non_answer(rows: list[dict]) -> None:
    r = _row(rows, "fuel depot", "Glenport")
    assert r["status"] == "single_source", r
    assert r["non_answers"] == 1 and r["denials"] == 0, r
    assert {(s["name"], s["stance"]) for s in r["sources"]} >= {("the Freedonian defence minister", "decline")}, r
    assert not [x for x in rows if "discuss" in x["claim"].lower()], rows


# a source that takes back its own denial (issue 9 item 3, stop 23): the admission joins the
# denial's cluster though the two share no content word, and the cluster says who reversed itself
REVERSAL = {
    "r": _art("Freedonia admits incursion",
              "The Freedonian ministry denied on Monday that its troops had crossed the border into Ruritania. "
              "Later, the ministry admitted that a unit had entered the territory.", "Kolb Herald", 7),
    "w": _art("Freedonia walks back denial on Tolk shelling",
              "Ruritanian officials said Freedonian artillery had shelled the village of Tolk. The Freedonian army "
              "denied shelling the village. On Friday the Freedonian army walked back its denial.", "Tolk Post", 8),
}


@pytest.fixture(scope="module")
def reversal_rows(report: Report, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    return report(tmp_path_factory.mktemp("reversal"), REVERSAL)


def test_an_admission_joins_and_reverses_the_denial(reversal_rows: list[dict]) -> None:
    rows = [r for r in reversal_rows if "unit had entered" in r["claim"] or "crossed the border" in r["claim"]]
    assert len(rows) == 1, [(r["claim"], r["status"]) for r in reversal_rows]
    r = rows[0]
    # deny24: the denial taken back is shown but disputes nothing: the ministry's admission is the
    # one origin left (was contradicted, "disputed only by a party"); stop 26 (admit26): shown with
    # the stances "withdrawn" and "admission", and a taken-back denial is no denial in the count
    assert r["status"] == "single_source" and r["denials"] == 0 and r["independent_origins"] == 1, r
    assert {s["stance"] for s in r["sources"]} == {"admission", "withdrawn"}, r
    assert any(x.startswith("self-reversal:") and x.endswith("took back an earlier denial") for x in r["reasons"]), r["reasons"]
    assert any("denied it, then admitted it" in x for x in r["reasons"]), r["reasons"]


def test_walking_back_a_denial_supports_the_allegation(reversal_rows: list[dict]) -> None:
    r = _row(reversal_rows, "shelled the village of Tolk")
    # deny24: the denial was taken back; stop 26 (admit26): the army's walk-back is the party's own
    # admission, not a second independent origin (it made the claim "corroborated, 2 origins")
    assert r["status"] == "single_source" and r["independent_origins"] == 1 and r["credibility"] == 2, r
    assert r["denials"] == 0, r  # the walk-back is no second denial, and the denial it takes back none
    stances = sorted((s["name"], s["stance"]) for s in r["sources"])
    assert ("Ruritanian officials", "support") in stances and sum(st == "support" for _, st in stances) == 1, stances
    assert {st for _, st in stances} == {"support", "admission", "withdrawn"}, stances
    assert any(x.startswith("self-reversal:") and x.endswith("took back an earlier denial") for x in r["reasons"]), r["reasons"]


@pytest.mark.parametrize("words", [("launched from a ship off Velm",), ("ship left the port of Selk",)])
def test_an_impersonal_belief_is_credited_to_nobody(rows: list[dict], words: tuple[str, ...]) -> None:
    r = _row(rows, *words)
    assert r["sources"] == [] and r["status"] == "unattributed", r
    # the headline "Drones launched from a ship" restates the body's belief and joins it (origin27,
    # cluster.headline_joins): every mention in the outlet's own voice, none credited to anyone
    assert set(r["source_kinds"]) == {"unattributed"}, r
