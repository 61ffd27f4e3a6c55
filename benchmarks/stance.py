"""Stance quality on the Emergent (headlines) and FNC-1 (bodies) dev files.

    /work/venv/bin/python benchmarks/stance.py            # both files, all rows
    /work/venv/bin/python benchmarks/stance.py --half even  # tuning half; --half odd to check
    /work/venv/bin/python benchmarks/stance.py --split all  # halves A (tune), B (held out), whole

The halves A and B are fixed once by a stable hash of the pair id (:func:`half_of`): rules are
tuned looking at A only; B is only ever scored.  The older even/odd row halves stay for
comparison with earlier figures.

Calls :func:`claimcheck.xref.stance.judge` directly, writes the predictions to a temporary
JSONL file, scores it with ``../shared/eval/score_stance.py --pred FILE --json`` and prints the
figures; ``--out FILE`` also writes them as JSON (default: benchmarks/results/stance.json when
all rows are scored).  Skips with a message when ``../shared/eval`` (next to the repository
root) is absent.  The evaluation texts never enter the repository.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
FILES = {"emergent": "stance_emergent_dev.jsonl", "fnc1": "stance_fnc1_dev.jsonl"}
TARGETS = {"emergent": {"macro_F1": 0.80}, "fnc1": {"macro_F1": 0.65, "contradict_F1": 0.50}}


def half_of(pair_id: str) -> str:
    """The half of a dev file a pair belongs to, fixed once by a stable hash (sha256) of its id:
    ``"A"`` (rules may be tuned looking at it) or ``"B"`` (held out, only ever scored)."""
    return "A" if hashlib.sha256(pair_id.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def load(name: str, half: str) -> list[dict]:
    """The rows of dev file ``name``: ``half`` is all, even, odd (rows by position), A or B (by
    :func:`half_of`)."""
    rows = [json.loads(line) for line in (EVAL / FILES[name]).open(encoding="utf-8") if line.strip()]
    if half in ("A", "B"):
        rows = [r for r in rows if half_of(r["id"]) == half]
    elif half == "even":
        rows = rows[0::2]
    elif half == "odd":
        rows = rows[1::2]
    return rows


def predict(rows: list[dict]) -> tuple[list[dict], float]:
    from claimcheck.lexicons import load_lexicons
    from claimcheck.xref.stance import judge_prepared, prepare

    lex = load_lexicons()
    out = []
    cache: dict[str, object] = {}
    t0 = time.perf_counter()
    for r in rows:
        text = r.get("article_text") or r.get("headline") or ""
        pc = cache.get(r["claim"])
        if pc is None:
            pc = cache[r["claim"]] = prepare(r["claim"], lex)
        res = judge_prepared(pc, text)  # type: ignore[arg-type]
        out.append({"id": r["id"], "label": res.label, "gold": r["label_mapped"]})
    return out, time.perf_counter() - t0


def score(preds: list[dict], gold_rows: list[dict], name: str, half: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "pred.jsonl"
        gold_path = Path(tmp) / "gold.jsonl"
        pred_path.write_text("".join(json.dumps({"id": p["id"], "label": p["label"]}) + "\n" for p in preds))
        if half == "all":
            gold_path = EVAL / FILES[name]
        else:
            gold_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold_rows))
        proc = subprocess.run([sys.executable, str(EVAL / "score_stance.py"), "--gold", str(gold_path),
                               "--pred", str(pred_path), "--json"], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def confusion(preds: list[dict]) -> dict[str, dict[str, int]]:
    c: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for p in preds:
        c[p["gold"]][p["label"]] += 1
    return {g: dict(v) for g, v in sorted(c.items())}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("all", "even", "odd"), default="all")
    ap.add_argument("--split", choices=("whole", "A", "B", "all"), default=None,
                    help="halves by a stable hash of the pair id: A (tune), B (held out), whole, or all three")
    ap.add_argument("--out", help="write the figures as JSON here")
    a = ap.parse_args()
    if a.split is not None:
        if a.split != "all":
            a.half = "all" if a.split == "whole" else a.split
            return run(a)
        for h in ("A", "B", "all"):
            a.half = h
            run(a, write=h == "all" and a.out is not None)
        return 0
    return run(a)


def run(a: argparse.Namespace, write: bool = True) -> int:
    """Score both dev files on ``a.half`` and print (and write, see ``--out``) the figures."""
    if not EVAL.is_dir():
        print(f"skipped: evaluation data not found at {EVAL} (expected ../shared/eval next to the repo)")
        return 0
    sys.path.insert(0, str(ROOT))
    report: dict[str, dict] = {}
    for name in FILES:
        rows = load(name, a.half)
        preds, secs = predict(rows)
        res = score(preds, rows, name, a.half)
        res["confusion_gold_to_pred"] = confusion(preds)
        res["seconds"] = round(secs, 3)
        res["pairs_per_second"] = round(len(rows) / secs, 1) if secs else None
        report[name] = res
        m = res["all"]
        print(f"{name} ({a.half}): n={m['n']} accuracy={m['accuracy']:.3f} macro-F1={m['macro_F1']:.3f}"
              f"  [{len(rows) / secs:.0f} pairs/s]")
        for c, v in m["per_class"].items():
            print(f"  {c:12} P={v['P']:.3f} R={v['R']:.3f} F1={v['F1']:.3f} (n={v['n']})")
        if "related_only" in res:
            r = res["related_only"]
            print(f"  related only: accuracy={r['accuracy']:.3f} macro-F1={r['macro_F1']:.3f}")
        print(f"  confusion (gold -> predicted): {res['confusion_gold_to_pred']}")
        t = TARGETS[name]
        ok = m["macro_F1"] >= t["macro_F1"] and m["per_class"].get("contradict", {}).get("F1", 1) >= t.get("contradict_F1", 0)
        print(f"  target {t}: {'met' if ok else 'NOT met'}")
    out = a.out or (str(ROOT / "benchmarks" / "results" / "stance.json") if a.half == "all" else None)
    if out and write:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(report, indent=1) + "\n")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
