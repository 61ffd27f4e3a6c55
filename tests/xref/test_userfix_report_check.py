"""``check`` on a cluster's own text gives the cluster's status when nothing else in the
database bears on it (the new user's finding, stop 20: "report and check disagree").

The class fixed: a sentence the claims parser reads in the outlet's own voice, although the
attribution parser found a "source" in it that is no speaker ("photos showing X": a caption;
"It was not made clear whether …": a statement of ignorance), was read twice by ``check``: as
the own-voice claim and as that source's statement, so ``check`` said ``single_source`` where
``report`` says ``unattributed``.  ``check`` now reads such a sentence once, as ``report`` does
(:func:`claimcheck.store.search._read_as_own_voice`).  The case and five invented neighbours,
each alone in its database; a control with a real speaker keeps its source in both.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck import api
from claimcheck.cli import app

RUNNER = CliRunner()

SENTENCES = [
    ("the_case_photos_showing", "The presidency released photos showing the minister Ana Diaz sitting with "
                                "the Orla governor and his head of security."),
    ("photographs_showing", "The palace distributed photographs showing the Orla governor greeting the Velm "
                            "harbour master at the airport."),
    ("footage_showing", "State television aired footage showing the harbour master of Velm touring the "
                        "damaged docks with engineers."),
    ("shared_photos_showing", "The governor shared photos showing the Velm harbour master meeting traders in "
                              "the old market."),
    ("not_made_clear_whether", "It was not made clear whether the Velm harbour master would also meet the "
                               "Orla governor in the capital."),
    ("not_made_clear_whether_sign", "It was not made clear whether the Orla governor would sign the harbour "
                                    "agreement with Velm."),
]


def _db(case_db, name: str, sentence: str) -> str:
    text = f"Harbour news\n\n{sentence}\n\nLocal traders said business was slow."
    return str(case_db(f"userfix_report_check_{name}",
                       {"a": ({"title": "Harbour news", "outlet": "Site U", "published": "2024-07-01"}, text)}))


def _report(db: str) -> list[dict[str, Any]]:
    res = RUNNER.invoke(app, ["report", "--db", db, "--format", "json", "--all"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


@pytest.mark.parametrize("name, sentence", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_check_reads_an_own_voice_sentence_as_report_does(case_db, name: str, sentence: str) -> None:
    db = _db(case_db, name, sentence)
    rows = [r for r in _report(db) if r["claim"].split()[:4] == sentence.split()[:4]
            or sentence.startswith(r["claim"].rstrip("."))]
    assert rows, [r["claim"] for r in _report(db)]
    row = rows[0]
    assert row["status"] == "unattributed", row
    got = api.check(db, row["claim"], limit=0)
    assert got["status"] == row["status"], (got["status"], got["reasons"])
    assert not any(e["source"] for e in got["evidence"] if e["sentence"].strip() == sentence), got["evidence"]


def test_a_real_speaker_keeps_its_source_in_both(case_db) -> None:
    sentence = "The Velm harbour master said the damaged docks would reopen to traders in the spring."
    db = _db(case_db, "control_real_speaker", sentence)
    row = next(r for r in _report(db) if "docks would reopen" in r["claim"])
    assert row["status"] == "single_source", row
    got = api.check(db, row["claim"], limit=0)
    assert got["status"] == "single_source"
    assert any(e["source"] for e in got["evidence"])
