#!/usr/bin/env python3
"""Denials left alone: how many denials stand in clusters that hold no assertion of what they
deny (issue 9 item 3, "denials join what they deny"; the issue counted 29 of 56 in a field test).

    python benchmarks/denials_alone.py --db DB            # any ingested database (seeds, dev bodies)
    python benchmarks/denials_alone.py                    # the 600 dev bodies, ingested into a temporary file
    python benchmarks/denials_alone.py --db DB --rows     # also each lone cluster's claim text

Reads ``report --format json --all``.  A cluster is *lone* when it holds a denial (or a non-answer)
and no source that supports it: the denial answers nothing the corpus asserts, and its allegation
(if reported) is shown without it.  Prints one JSON object: ``denials`` (denial mentions in all
clusters), ``denials_alone`` (in lone clusters), ``lone_denial_clusters``, the same three for
non-answers, and ``contradicted`` clusters.  Counts only: no label is read, so neither half of the
dev file is tuned on by running it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "xref_fnc1_dev_bodies.jsonl"


def cli(*args: str) -> str:
    """``python -m claimcheck ARGS``'s stdout (raises SystemExit on a non-zero exit)."""
    res = subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"claimcheck {' '.join(args)}: exit {res.returncode}: {res.stderr.strip()[-400:]}")
    return res.stdout


def lone(rows: list[dict]) -> dict[str, object]:
    """The counts of the module docstring over report rows ``rows``; ``rows_alone`` lists the lone
    clusters' (status, denials, non-answers, claim)."""
    out: dict[str, object] = {"clusters": len(rows), "contradicted": sum(r["status"] == "contradicted" for r in rows)}
    alone = []
    for kind, field in (("denial", "denials"), ("non_answer", "non_answers")):
        total = sum(r.get(field, 0) for r in rows)
        lonely = [r for r in rows if r.get(field, 0) and not any(s["stance"] == "support" for s in r["sources"])]
        out[f"{kind}s"] = total
        out[f"{kind}s_alone"] = sum(r[field] for r in lonely)
        out[f"lone_{kind}_clusters"] = len(lonely)
        alone += [(r["status"], r.get("denials", 0), r.get("non_answers", 0), r["claim"]) for r in lonely]
    out["rows_alone"] = sorted(set(alone), key=lambda x: x[3])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="an ingested database (the dev bodies are ingested into a temporary file when omitted)")
    ap.add_argument("--rows", action="store_true", help="also print each lone cluster's claim")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="denials-alone-") as tmp:
        db = args.db or str(Path(tmp) / "dev.db")
        if not Path(db).exists():
            if not DEV.exists():
                print(f"skipped: {DEV} not found")
                return 0
            cli("ingest", str(DEV), "--db", db)
        rep = json.loads(cli("report", "--db", db, "--format", "json", "--all"))
    rows = rep.get("clusters", rep) if isinstance(rep, dict) else rep
    got = lone(rows)
    listed = got.pop("rows_alone")
    print(json.dumps(got))
    if args.rows:
        for r in listed:  # type: ignore[union-attr]
            print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
