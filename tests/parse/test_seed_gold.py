"""Quality gate on the hand-annotated seeds (tests/gold/seed_attributions.json).

A predicted attribution matches a gold one when their cues overlap and the acts agree.
Floors are raised when quality rises, never lowered silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.lexicons import load_lexicons
from claimcheck.parse.attributions import extract_attributions
from claimcheck.parse.sentences import split_sentences

LEX = load_lexicons()

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "seed_attributions.json"
FLOORS = {"recall": 0.83, "precision": 0.74, "source_kind": 0.97}


def _cue_span(text: str, cue: str, occurrence: int) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.index(cue, pos + 1)
    return pos, pos + len(cue)


def _score() -> dict[str, float]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    tp = n_gold = n_pred = kind_ok = 0
    for name, items in gold.items():
        text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
        preds = list(extract_attributions(text, split_sentences(text, lexicons=LEX), LEX))
        n_pred += len(preds)
        items = [g for g in items if not (g.get("note") or "").startswith("BORDERLINE:")]
        n_gold += len(items)
        used: set[int] = set()
        for g in items:
            a, b = _cue_span(text, g["cue"], g.get("occurrence", 1))
            for i, p in enumerate(preds):
                if i in used or p.cue.end <= a or b <= p.cue.start or p.act != g["act"]:
                    continue
                used.add(i)
                tp += 1
                if p.source is not None and p.source.kind == g.get("kind"):
                    kind_ok += 1
                break
    return {"recall": tp / n_gold, "precision": tp / max(n_pred, 1), "source_kind": kind_ok / max(tp, 1)}


@pytest.mark.skipif(not GOLD.is_file(), reason="tests/gold/seed_attributions.json not written yet")
def test_seed_gold_floors():
    got = _score()
    for k, floor in FLOORS.items():
        assert got[k] >= floor, f"{k} {got[k]:.3f} below floor {floor} ({got})"
