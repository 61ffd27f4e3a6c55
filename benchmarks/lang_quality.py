"""Attribution quality per language on the gold sets of ``tests/gold/lang/<lang>.jsonl``.

Each part of a gold set (``--split tune``, ``heldout`` or ``all``; the split is stored in the
file, made once by crc32 of the id) is written to a temporary file and scored by the shared
scorer ``../shared/eval/score_attributions.py`` through the installed command line, exactly as
for PolNeAR.  Prints one line per language and part (cue, source partial and content partial
P/R/F1), or JSON with ``--json``.

Usage: ``python benchmarks/lang_quality.py --lang ru ar [--split tune heldout all] [--json]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "lang"
SCORER = ROOT.parent / "shared" / "eval" / "score_attributions.py"


def score(lang: str, split: str) -> dict:
    """The shared scorer's figures for one part of one language's gold set.  Raises
    ``RuntimeError`` with the scorer's stderr when it fails."""
    docs = [json.loads(ln) for ln in (GOLD / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    docs = [d for d in docs if split == "all" or d["split"] == split]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{lang}-{split}.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(path), "--json",
                               "--cmd", f"{sys.executable} -m claimcheck"], capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(proc.stderr[-2000:])
    res = json.loads(proc.stdout)
    res["docs"] = len(docs)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", nargs="+", default=["ru", "ar"])
    ap.add_argument("--split", nargs="+", default=["tune", "heldout", "all"])
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    out = {f"{lang}:{split}": score(lang, split) for lang in a.lang for split in a.split}
    if a.json:
        print(json.dumps(out, indent=1))
        return
    for key, r in out.items():
        cells = "  ".join(f"{k} P {r[k]['P']:.3f} R {r[k]['R']:.3f} F1 {r[k]['F1']:.3f}"
                          for k in ("cue", "source_partial", "content_partial"))
        print(f"{key:12} docs {r['docs']:3} gold {r['gold']:3} predicted {r['predicted']:3}  {cells}")


if __name__ == "__main__":
    main()
