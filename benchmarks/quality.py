"""Attribution quality on PolNeAR dev and parser speed on the FNC-1 bodies.

    python benchmarks/quality.py              # score + speed, print a summary
    python benchmarks/quality.py --record     # also write benchmarks/results/attributions.json
    python benchmarks/quality.py --no-speed   # quality only
    python benchmarks/quality.py --split tune # quality on one half of the dev documents
    python benchmarks/quality.py --split all  # tune, held-out and whole, one after another
    python benchmarks/quality.py --split all --no-speed --word-cues  # also: without punctuation-only cues

Quality: every gold document goes through ``split_sentences`` + ``extract_attributions``; the
predictions are written as JSON Lines (``{"id", "attributions"}``) and scored by the shared
scorer (``../shared/eval/score_attributions.py --pred FILE --json``).  Speed: articles per
second for split + extract over ``../shared/corpus/fnc1_train_bodies.csv``, median of runs.

``../shared`` is located relative to the repository root; when it is absent the benchmark says
so and exits 0 (the data may not be shipped or copied into the repository).
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
GOLD = EVAL / "polnear_dev.jsonl"
SCORER = EVAL / "score_attributions.py"
CORPUS = SHARED / "corpus" / "fnc1_train_bodies.csv"
RESULTS = ROOT / "benchmarks" / "results" / "attributions.json"


def half_of(doc_id: str) -> str:
    """The half of PolNeAR dev a document belongs to, fixed once by a stable hash of its id:
    ``"tune"`` (rules may be written looking at it) or ``"heldout"`` (only ever scored)."""
    import hashlib

    return "tune" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def subset(gold: Path, half: str, out: Path) -> Path:
    """Write the documents of ``gold`` in ``half`` ("tune" / "heldout"; "whole" = all) to ``out``."""
    if half == "whole":
        return gold
    with gold.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        for line in fh:
            if line.strip() and half_of(json.loads(line)["doc_id"]) == half:
                dst.write(line)
    return out


def predict(gold: Path, out: Path) -> int:
    from claimcheck.model import attribution_to_json
    from claimcheck.parse.attributions import extract_attributions
    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse.sentences import split_sentences

    lex = load_lexicons()
    n = 0
    with gold.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            atts = extract_attributions(text, split_sentences(text, lexicons=lex), lex)
            dst.write(json.dumps({"id": doc["doc_id"],
                                  "attributions": [attribution_to_json(a) for a in atts]},
                                 ensure_ascii=False) + "\n")
            n += 1
    return n


def score(pred: Path, gold: Path = GOLD) -> dict:
    proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def word_cues_only(gold: Path, pred: Path, gold_out: Path, pred_out: Path) -> tuple[int, int]:
    """Write ``gold`` and ``pred`` without the attributions whose cue holds no word character
    (a dash or a colon): the shared scorer pairs cues by word tokens, so such an attribution
    can never be matched, gold or predicted.  Returns how many of each were left out."""
    import re

    word = re.compile(r"\w")
    n_gold = n_pred = 0
    with gold.open(encoding="utf-8") as fh, gold_out.open("w", encoding="utf-8") as dst:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            keep = []
            for g in doc["attributions"]:
                spans = [(f["start"], f["end"]) for f in g.get("cue_fragments") or []] or [tuple(g["cue_span"])]
                if any(word.search(text, a, b) for a, b in spans):
                    keep.append(g)
            n_gold += len(doc["attributions"]) - len(keep)
            doc["attributions"] = keep
            dst.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with pred.open(encoding="utf-8") as fh, pred_out.open("w", encoding="utf-8") as dst:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            keep = [p for p in row["attributions"] if word.search(p["cue"]["text"])]
            n_pred += len(row["attributions"]) - len(keep)
            row["attributions"] = keep
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
    return n_gold, n_pred


def speed(runs: int = 5) -> dict:
    from claimcheck.parse.attributions import extract_attributions
    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse.sentences import split_sentences

    lex = load_lexicons()
    csv.field_size_limit(10**8)
    with CORPUS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    bodies = [r.get("articleBody") or list(r.values())[-1] for r in rows]
    extract_attributions(bodies[0], split_sentences(bodies[0], lexicons=lex), lex)  # compile the lexicons once
    both, parse_only = [], []
    n_att = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        sents = [split_sentences(b, lexicons=lex) for b in bodies]
        t1 = time.perf_counter()
        n_att = sum(len(extract_attributions(b, s, lex)) for b, s in zip(bodies, sents))
        t2 = time.perf_counter()
        both.append(len(bodies) / (t2 - t0))
        parse_only.append((t2 - t1) / len(bodies) * 1000)
    return {"articles": len(bodies), "runs": runs,
            "split_extract_articles_per_s": round(statistics.median(both)),
            "extract_ms_per_article": round(statistics.median(parse_only), 3),
            "attributions": n_att}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--record", action="store_true", help=f"write {RESULTS.relative_to(ROOT)}")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--pred", help="also keep the predictions in this file")
    ap.add_argument("--split", choices=("whole", "tune", "heldout", "all"), default="whole",
                    help="score one half of the dev documents (by a stable hash of the id), or all three")
    ap.add_argument("--word-cues", action="store_true",
                    help="also score with every gold and predicted attribution whose cue has no word "
                         "(\"―\", \":\", \"--\") left out: the scorer matches cues by word tokens, so "
                         "those can never match and this shows what it can reach")
    a = ap.parse_args()
    if not GOLD.is_file() or not SCORER.is_file():
        print(f"skipped: {EVAL} not found (the evaluation data lives outside the repository)")
        return 0
    result: dict = {}
    halves = ("tune", "heldout", "whole") if a.split == "all" else (a.split,)
    with tempfile.TemporaryDirectory() as tmp:
        for half in halves:
            gold = subset(GOLD, half, Path(tmp) / f"gold_{half}.jsonl")
            pred = Path(a.pred) if a.pred and half == halves[-1] else Path(tmp) / f"pred_{half}.jsonl"
            predict(gold, pred)
            result["quality" if half == "whole" else f"quality_{half}"] = q = score(pred, gold)
            _print_quality(half, q)
            if a.word_cues:
                wg, wp = Path(tmp) / f"wgold_{half}.jsonl", Path(tmp) / f"wpred_{half}.jsonl"
                n_gold, n_pred = word_cues_only(gold, pred, wg, wp)
                result[f"quality_word_cues_{half}"] = q = score(wp, wg)
                print(f"  without punctuation-only cues ({n_gold} gold, {n_pred} predicted left out):")
                _print_quality(half, q)
    if not a.no_speed:
        if CORPUS.is_file():
            result["speed"] = sp = speed()
            print(f"speed: {sp['split_extract_articles_per_s']} articles/s (split + extract, median of "
                  f"{sp['runs']}), extract {sp['extract_ms_per_article']} ms/article, {sp['articles']} bodies")
        else:
            print(f"speed skipped: {CORPUS} not found")
    if a.record:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(f"recorded in {RESULTS.relative_to(ROOT)}")
    return 0


def _print_quality(half: str, q: dict) -> None:
    print(f"PolNeAR dev ({half}): {q['docs']} docs, {q['gold']} gold, {q['predicted']} predicted")
    print(f"{'':18}{'P':>7}{'R':>7}{'F1':>7}")
    for k in ("cue", "source_exact", "source_partial", "content_exact", "content_partial"):
        v = q[k]
        print(f"{k:18}{v['P']:7.3f}{v['R']:7.3f}{v['F1']:7.3f}")
    print("recall by subset:")
    for k, v in q["recall_by_subset"].items():
        print(f"  {k:28}{v['recall']:7.3f}  (n={v['n']})")


if __name__ == "__main__":
    sys.exit(main())
