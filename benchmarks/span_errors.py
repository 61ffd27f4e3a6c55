"""List the source and content spans that differ from PolNeAR's gold on attributions whose cue
is matched, on the TUNING half of PolNeAR dev only (issue 12, stop 21).

    python benchmarks/span_errors.py                  # both fields, printed to stdout
    python benchmarks/span_errors.py --field source   # only sources
    python benchmarks/span_errors.py --field content --out /tmp/content.txt

The pairing is the shared scorer's (``../shared/eval/score_attributions.py``: a predicted cue
overlapping a gold cue, the best content overlap first, each used once); a source is wrong when
its word tokens differ from the gold's, a content when its token F1 is under 0.5 (the scorer's
"partial").  Each line shows the sentence-sized context, the gold and the predicted span.

The held-out half is never listed (``half_of`` in ``benchmarks/quality.py``): it is only scored.
The output holds evaluation text: print it or write it outside the repository, never commit it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import quality  # noqa: E402  (the benchmark next to this file)


def _scorer():
    spec = importlib.util.spec_from_file_location("score_attributions", quality.SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _show(text: str, spans: list[tuple[int, int]]) -> str:
    return " | ".join(text[s:e] for s, e in spans) or "∅"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--field", choices=("source", "content", "both"), default="both")
    ap.add_argument("--out", help="write here instead of stdout (outside the repository)")
    a = ap.parse_args()
    if not quality.GOLD.is_file():
        print(f"skipped: {quality.EVAL} not found")
        return 0
    if a.out and Path(a.out).resolve().is_relative_to(ROOT):
        print("error: --out must be outside the repository (the listing holds evaluation text)", file=sys.stderr)
        return 1
    sc = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        gold_path = quality.subset(quality.GOLD, "tune", Path(tmp) / "gold.jsonl")
        pred_path = Path(tmp) / "pred.jsonl"
        quality.predict(gold_path, pred_path)
        docs = [json.loads(l) for l in gold_path.open(encoding="utf-8") if l.strip()]
        preds = sc.parse_pred(pred_path.read_text(encoding="utf-8").splitlines(), docs)
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    counts = {"source": 0, "content": 0, "matched": 0}
    for d in docs:
        text, gold, pred = d["text"], d["attributions"], preds.get(d["doc_id"], [])
        g_cue = [sc.tokens(text, sc.gold_spans(g, "cue")) for g in gold]
        p_cue = [sc.tokens(text, sc.pred_span(p, "cue")) for p in pred]
        p_src = [sc.tokens(text, sc.pred_span(p, "source")) for p in pred]
        g_src = [sc.tokens(text, sc.gold_spans(g, "source")) for g in gold]
        g_con = [sc.tokens(text, sc.gold_spans(g, "content")) for g in gold]
        p_con = [sc.tokens(text, sc.pred_span(p, "content")) - p_src[i] - p_cue[i] for i, p in enumerate(pred)]
        pairs = sorted(((sc.f1(p_con[i], g_con[j]), i, j) for i in range(len(pred)) for j in range(len(gold))
                        if p_cue[i] & g_cue[j]), reverse=True)
        used_p, used_g, match = set(), set(), {}
        for _, i, j in pairs:
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
                match[j] = i
        for j, i in sorted(match.items(), key=lambda kv: sc.gold_spans(gold[kv[0]], "cue")[0]):
            counts["matched"] += 1
            g, p = gold[j], pred[i]
            cue = sc.gold_spans(g, "cue")
            lo = min(s for s, _ in cue + sc.gold_spans(g, "source") + sc.gold_spans(g, "content"))
            hi = max(e for _, e in cue + sc.gold_spans(g, "source") + sc.gold_spans(g, "content"))
            bad = []
            if a.field in ("source", "both") and g_src[j] != p_src[i] and (g_src[j] or p_src[i]):
                bad.append(("SRC", _show(text, sc.gold_spans(g, "source")), _show(text, sc.pred_span(p, "source"))))
                counts["source"] += 1
            if a.field in ("content", "both") and g_con[j] and sc.f1(p_con[i], g_con[j]) < 0.5:
                bad.append(("CON", _show(text, sc.gold_spans(g, "content")), _show(text, sc.pred_span(p, "content"))))
                counts["content"] += 1
            if not bad:
                continue
            print(f"=== {d['doc_id']} @{lo} cue={_show(text, cue)!r} pred cue={p['cue']['text']!r}", file=out)
            print("    " + text[max(0, lo - 80):hi + 40].replace("\n", " ⏎ "), file=out)
            for tag, gs, ps in bad:
                print(f"  {tag} gold: {gs}", file=out)
                print(f"  {tag} pred: {ps}", file=out)
    print(f"matched {counts['matched']}, wrong source {counts['source']}, wrong content {counts['content']}",
          file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
