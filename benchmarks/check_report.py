#!/usr/bin/env python3
"""Do ``check`` and ``report`` agree on the same claim?  (issue 10 item 4)

    python benchmarks/check_report.py                       # the seeds, ingested into a temporary file
    python benchmarks/check_report.py --db /tmp/seeds.db    # an existing database
    python benchmarks/check_report.py --rows                # every disagreement with its class

For each cluster of ``report --format json`` it runs ``check`` on the cluster's own claim text
(:func:`claimcheck.api.check`, the call behind the command) and compares the two statuses.
Each disagreement is put in one class, by rule (``docs/quality.md`` explains each):

- ``more_origins``: ``check`` finds the cluster's side and more independent origins for it than
  the cluster has (other clusters, or sentences holding no claim, state the same thing: the
  clustering did not join them; ``check`` reads every sentence);
- ``evidence_against``: ``check`` finds evidence against that the cluster does not hold (a
  denial or contrary finding that the clustering kept apart);
- ``same_article_source``: the cluster is an article's own voice (``unattributed``); ``check``
  also finds, in the same article, a sourced sentence on the same claim, and one article is one
  origin whose own voice folds into its sourced mention (``xref.origins.trace``): ``single_source``;
- ``not_found``: ``check`` answers ``no_evidence``: the cluster's text does not address itself
  under ``check``'s evidence rules (agent first, action, coverage);
- ``other``: anything else (printed with its reasons).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def classify(row: dict, out: dict) -> str:
    """The class of one disagreement (see the module docstring)."""
    codes = set(out.get("reason_codes", ()))
    if out["status"] == "no_evidence":
        return "not_found"
    if row["status"] != "contradicted" and ("origins_for_and_against" in codes or "all_against" in codes):
        return "evidence_against"
    if out.get("independent_origins", 0) > row.get("independent_origins", 0):
        return "more_origins"
    if row["status"] == "unattributed" and out["status"] == "single_source" and out.get("independent_origins") == 1:
        return "same_article_source"
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="SQLite file (default: the seeds ingested into a temporary file)")
    ap.add_argument("--rows", action="store_true", help="print each disagreement")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    from claimcheck import api

    db = a.db
    if db is None or not Path(db).exists():
        db = db or str(Path(tempfile.mkdtemp(prefix="check-report-")) / "seeds.db")
        api.ingest([str(ROOT / "seeds")], db)
    rows = []
    with api.Store(db) as store:
        report = api.report(store)
        for row in report:
            row = row.to_json() if hasattr(row, "to_json") else row
            out = api.check(store, row["claim"], limit=0)
            rows.append((row, out))
    differ = [(r, o) for r, o in rows if r["status"] != o["status"]]
    classes = collections.Counter(classify(r, o) for r, o in differ)
    summary = {"clusters": len(rows), "agree": len(rows) - len(differ), "differ": len(differ),
               "classes": dict(sorted(classes.items()))}
    if a.json:
        print(json.dumps(summary, indent=1))
    else:
        print(f"clusters {summary['clusters']}  agree {summary['agree']}  differ {summary['differ']}  "
              + "  ".join(f"{k} {v}" for k, v in summary["classes"].items()))
    if a.rows:
        for r, o in differ:
            print(f"\n[{classify(r, o)}] report {r['status']} ({r.get('independent_origins')} origins) -> "
                  f"check {o['status']} ({o.get('independent_origins')} origins) {o.get('reason_codes')}")
            print(f"   {r['claim'][:140]!r}")
            print(f"   report: {r['reasons'][:2]}")
            print(f"   check:  {o['reasons'][:2]}")
            for g in o["origins"][:6]:
                ev = o["evidence"][g["evidence"][0]] if g["evidence"] else {}
                print(f"     - {g['stance']:11} {g['label'][:40]:40} {ev.get('sentence', '')[:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
