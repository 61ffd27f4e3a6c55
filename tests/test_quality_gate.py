"""Quality gate: floors on the shared evaluation data, scored by the shared scorers through
the installed command line (the interface the scorers use).

Floors sit a little under the figures recorded in docs/quality.md; raise a floor when quality
rises, never lower one silently.  Skips with a message where ../shared/eval is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
CMD = f"{sys.executable} -m claimcheck"

pytestmark = pytest.mark.skipif(not (EVAL / "score_attributions.py").is_file(),
                                reason=f"evaluation data not found at {EVAL} (../shared/eval beside the repository)")

ATTRIBUTION_FLOORS = {"cue": 0.71, "source_exact": 0.62, "content_partial": 0.63}
STANCE_FLOORS = {
    "stance_emergent_dev.jsonl": {"macro_f1": 0.78},
    "stance_fnc1_dev.jsonl": {"macro_f1": 0.63, "contradict_f1": 0.58},
}


def _score(script: str, gold: str) -> dict:
    proc = subprocess.run([sys.executable, str(EVAL / script), "--gold", str(EVAL / gold), "--cmd", CMD, "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def test_attribution_quality_on_polnear_dev() -> None:
    res = _score("score_attributions.py", "polnear_dev.jsonl")
    for key, floor in ATTRIBUTION_FLOORS.items():
        assert res[key]["F1"] >= floor, (key, res[key])


@pytest.mark.parametrize("gold", sorted(STANCE_FLOORS))
def test_stance_quality(gold: str) -> None:
    res = _score("score_stance.py", gold)["all"]
    assert res["macro_F1"] >= STANCE_FLOORS[gold]["macro_f1"], res
    if "contradict_f1" in STANCE_FLOORS[gold]:
        assert res["per_class"]["contradict"]["F1"] >= STANCE_FLOORS[gold]["contradict_f1"], res
