"""A report of a claim called false is a denial of the claim, never support for it (issue 10,
new-user test: "He said: Claims that four terrorists had crossed the border were false" was
counted as supporting "four terrorists had crossed the border").

Why it flipped: the content "Claims that C were false" was read as asserting C (the dismissal
frame knew "described the reports that C as false", not the copula "… were false"), and the
report noun "Claims" opening the sentence, taken as a cue with no source, asserted C too.  The
claims layer now reads ``relation:dismissal_copula`` (``lexicons/claims.toml``) after a report
noun, in the content or as the cue itself.

Each case: one article asserts C through a named source, another dismisses it; asserted through
``report --format json``: the status, the independent origins for C, and the stances.  All
names are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

C = "four fighters had crossed the southern border"
ASSERTION = f"Border crossing\n\nTom Reeve, a congressman, said on Tuesday that {C}.\n"

# (case, the second article's sentence, status, origins for C, stances of the second article)
CASES = [
    ("said_colon", f"Mara Quist, the homeland secretary, spoke on Wednesday. She said: Claims that {C} were false.",
     "contradicted", 1, {"deny"}),
    ("completely_untrue", f"Mara Quist, the homeland secretary, said reports that {C} were completely untrue.",
     "contradicted", 1, {"deny"}),
    ("report_noun_as_cue", f"Claims that {C} were false, the homeland secretary said.", "contradicted", 1, {"deny"}),
    ("fabrication", f"Mara Quist, the homeland secretary, said allegations that {C} were a fabrication.",
     "contradicted", 1, {"deny"}),
    ("have_been", f"Mara Quist, the homeland secretary, said rumours that {C} had been categorically false.",
     "contradicted", 1, {"deny"}),
    ("he_said", f"Mara Quist, the homeland secretary, spoke on Wednesday. He said: Claims that {C} were false.",
     "contradicted", 1, {"deny"}),
    # counter-case: a report of C confirmed is support (an independent origin)
    ("confirmed", f"Mara Quist, the homeland secretary, said that {C}, confirming earlier reports.",
     "corroborated", 2, {"support"}),
]

RUNNER = CliRunner()


def cc(*args: str) -> str:
    res = RUNNER.invoke(app, list(args))
    assert res.exit_code == 0, (args, res.output, res.exception)
    return res.stdout


@pytest.mark.parametrize("case, sentence, status, origins, stances", CASES, ids=[c[0] for c in CASES])
def test_a_report_called_false_denies_the_claim(case: str, sentence: str, status: str, origins: int,
                                                stances: set[str], tmp_path: Path) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    (src / "a.txt").write_text(ASSERTION, encoding="utf-8")
    (src / "a.meta.json").write_text(json.dumps({"outlet": "Ostra Ledger", "published": "2024-07-01"}))
    (src / "b.txt").write_text(f"Secretary answers\n\n{sentence}\n", encoding="utf-8")
    (src / "b.meta.json").write_text(json.dumps({"outlet": "Pell Evening News", "published": "2024-07-02"}))
    db = str(tmp_path / "c.db")
    cc("ingest", str(src), "--db", db, "-q")
    rows = [r for r in json.loads(cc("report", "--db", db, "--format", "json"))
            if "southern border" in r["claim"].lower()]
    row = max(rows, key=lambda r: r["mentions"])
    assert (row["status"], row["independent_origins"], row["articles"]) == (status, origins, 2), row
    assert "false" not in row["claim"].lower() and "untrue" not in row["claim"].lower(), row
    theirs = {s["stance"] for s in row["sources"] if s["name"] != "Tom Reeve"}
    assert theirs == stances, row["sources"]
    assert ("Tom Reeve", "named", "support") in {(s["name"], s["kind"], s["stance"]) for s in row["sources"]}
