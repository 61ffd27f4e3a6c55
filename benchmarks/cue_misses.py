"""The tuning half's missed gold cues and unmatched predicted cues, for error analysis.

    python benchmarks/cue_misses.py                 # missed gold cues, grouped by cue text
    python benchmarks/cue_misses.py --false         # predicted cues with no gold cue
    python benchmarks/cue_misses.py --context 80    # with that many characters around each

Only the tuning half of PolNeAR dev (``quality.half_of(doc_id) == "tune"``) is ever listed: the
held-out half is scored by ``benchmarks/quality.py`` and never printed, so rules are written
without looking at it.  Pairing is the shared scorer's (cue tokens overlap, best content
overlap first, each gold and prediction used once).  Output goes to stdout only; nothing of the
evaluation text is written into the repository.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import GOLD, SCORER, half_of  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("score_attributions", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def misses(false_positives: bool = False) -> list[tuple[str, str, str]]:
    """(cue text lower-cased, sentence-ish context, doc id) for every missed gold cue of the
    tuning half (or, with ``false_positives``, every predicted cue no gold cue pairs with)."""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.model import attribution_to_json
    from claimcheck.parse.attributions import extract_attributions
    from claimcheck.parse.sentences import split_sentences

    sc = _scorer()
    lex = load_lexicons()
    out = []
    with GOLD.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            if half_of(doc["doc_id"]) != "tune":
                continue
            text = doc["text"]
            pred = [attribution_to_json(a) for a in
                    extract_attributions(text, split_sentences(text, lexicons=lex), lex)]
            gold = doc["attributions"]
            g_cue = [sc.tokens(text, sc.gold_spans(g, "cue")) for g in gold]
            g_con = [sc.tokens(text, sc.gold_spans(g, "content")) for g in gold]
            p_cue = [sc.tokens(text, sc.pred_span(p, "cue")) for p in pred]
            p_con = [sc.tokens(text, sc.pred_span(p, "content")) for p in pred]
            pairs = sorted(((sc.f1(p_con[i], g_con[j]), i, j) for i in range(len(pred))
                            for j in range(len(gold)) if p_cue[i] & g_cue[j]), reverse=True)
            used_p, used_g = set(), set()
            for _, i, j in pairs:
                if i not in used_p and j not in used_g:
                    used_p.add(i)
                    used_g.add(j)
            if false_positives:
                for i, p in enumerate(pred):
                    if i not in used_p:
                        a, b = p["cue"]["start"], p["cue"]["end"]
                        out.append((p["cue"]["text"].lower(), _ctx(text, a, b), doc["doc_id"]))
            else:
                for j, g in enumerate(gold):
                    if j not in used_g:
                        spans = sc.gold_spans(g, "cue")
                        a, b = spans[0][0], spans[-1][1]
                        out.append(((g.get("cue") or "").lower(), _ctx(text, a, b), doc["doc_id"]))
    return out


_WIDTH = 100


def _ctx(text: str, a: int, b: int) -> str:
    left = text[max(0, a - _WIDTH):a].replace("\n", " ")
    right = text[b:b + _WIDTH].replace("\n", " ")
    return f"{left}[[{text[a:b]}]]{right}"


def main() -> int:
    global _WIDTH
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--false", action="store_true", help="list unmatched predicted cues instead")
    ap.add_argument("--context", type=int, default=100)
    a = ap.parse_args()
    if not GOLD.is_file() or not SCORER.is_file():
        print("skipped: ../shared/eval not found")
        return 0
    _WIDTH = a.context
    rows = misses(a.false)
    by = collections.defaultdict(list)
    for cue, ctx, doc in rows:
        by[cue].append((ctx, doc))
    print(f"{len(rows)} {'unmatched predicted' if a.false else 'missed gold'} cues (tuning half)")
    for cue, items in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"\n== {cue!r} x{len(items)}")
        for ctx, doc in items:
            print(f"   {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
