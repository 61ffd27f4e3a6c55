"""Score the attribution reader on the gold sets of tests/gold/lang with the shared scorer.

Usage: ``python tests/gold/lang/score.py [fr es de ...] [--part all|tuning|held_out] [--json]``
(run from the repository root; the shared scorer is ``../shared/eval/score_attributions.py``).

The split is made once by a stable hash of the document id: ``crc32(doc_id) % 3 == 0`` is
held out (not looked at while the rules were written), the rest is the tuning part.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).parent
# ../shared beside the repository (CLAIMCHECK_SHARED names another place, e.g. for a worktree)
SHARED = Path(os.environ.get("CLAIMCHECK_SHARED") or HERE.parents[2].parent / "shared")
SCORER = SHARED / "eval" / "score_attributions.py"


def held_out(doc_id: str) -> bool:
    """Is the document in the held-out third (a stable hash of its id)?"""
    return zlib.crc32(doc_id.encode()) % 3 == 0


def load_scorer(path: Path = SCORER):  # noqa: ANN201 - the scorer module
    spec = importlib.util.spec_from_file_location("score_attributions", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def docs_of(code: str, part: str = "all") -> list[dict]:
    docs = [json.loads(x) for x in (HERE / f"{code}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    if part == "tuning":
        return [d for d in docs if not held_out(d["doc_id"])]
    if part == "held_out":
        return [d for d in docs if held_out(d["doc_id"])]
    return docs


def score(code: str, part: str = "all", cmd: str | None = None) -> dict:
    """The shared scorer's figures for language ``code`` on ``part`` of its gold set, running
    ``claimcheck extract`` (``cmd``, by default this interpreter's ``-m claimcheck``) on the
    documents as a JSONL file without a language given (the language is detected)."""
    sc = load_scorer()
    docs = docs_of(code, part)
    preds, _ = sc.run_tool(docs, cmd or f"{sys.executable} -m claimcheck")
    return sc.score(docs, preds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("langs", nargs="*", default=sorted(p.stem for p in HERE.glob("*.jsonl")))
    ap.add_argument("--part", default="all", choices=("all", "tuning", "held_out"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    out = {}
    for code in a.langs:
        r = score(code, a.part)
        out[code] = r
        if not a.json:
            print(f"{code} ({a.part}): {r['docs']} docs, {r['gold']} gold, {r['predicted']} predicted; "
                  + "  ".join(f"{k} P {r[k]['P']:.3f} R {r[k]['R']:.3f}"
                              for k in ("cue", "source_partial", "content_partial")))
    if a.json:
        print(json.dumps(out, indent=1))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    main()
