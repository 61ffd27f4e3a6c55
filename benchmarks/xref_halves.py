"""Cluster purity and the largest cluster on the 600 dev bodies, whole and by half.

    python benchmarks/xref_halves.py            # halves A, B and the whole, through score_xref.py
    python benchmarks/xref_halves.py --half B   # one of them

The halves are fixed once by the rule of ``benchmarks/stance.py`` (:func:`half_of`: the first
byte of the sha256 of the body id, even → A, odd → B); each half is ingested into a database
of its own and scored as a corpus by ``../shared/eval/score_xref.py --skip-check``.  The bodies
are written to a temporary folder, never into the repository.  Prints one line per part.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT / "benchmarks"))

from stance import half_of  # noqa: E402


def score(bodies: Path, db: Path) -> dict:
    """``score_xref.py``'s purity figures for ``bodies`` (ingested into ``db``)."""
    out = subprocess.run([sys.executable, str(EVAL / "score_xref.py"), "--json", "--skip-check", "--bodies",
                          str(bodies), "--db", str(db), "--cmd", f"{sys.executable} -m claimcheck"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return json.loads(out)["purity"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("A", "B", "whole"), action="append")
    args = ap.parse_args()
    src = EVAL / "xref_fnc1_dev_bodies.jsonl"
    if not src.exists():
        print(f"skipped: {src} not found")
        return 0
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    with tempfile.TemporaryDirectory(prefix="xref-halves-") as tmp:
        for part in args.half or ("A", "B", "whole"):
            chosen = [x for x in lines if part == "whole" or half_of(str(json.loads(x)["id"])) == part]
            bodies = Path(tmp) / f"{part}.jsonl"
            bodies.write_text("".join(chosen), encoding="utf-8")
            p = score(bodies, Path(tmp) / f"{part}.db")
            print(f"{part:5} bodies {len(chosen):4}  multi-article clusters {p['multi_article_clusters']:4}  "
                  f"purity {p['purity']:.3f} ({p['pure']} pure)  largest {p['largest_cluster_articles']} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
