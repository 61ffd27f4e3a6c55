"""Does ``check`` agree with ``report``?  For each cluster of ``report --format json``, run
``api.check`` on its claim text and compare the two statuses.

    python benchmarks/report_check_agreement.py --db seeds.db [--show 40] [--json]

Prints the count of clusters whose status ``check`` gives differently, and the disagreements by
class (report's status → check's status), each with a few claims.  A cluster of one article's
own voice (``unattributed``) has no source to weigh: ``check`` reads the same sentence as the
outlet's own report, so the pair (unattributed, single_source) is counted apart as
``own_voice`` (see docs/quality.md, "New user's findings, stop 21").
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from claimcheck import api


def compare(db: str) -> list[dict]:
    """One dict per cluster: its uid, claim, report status and origins, check status and origins."""
    rows = api.report_page(db, api.ReportFilters(), limit=0).rows
    out = []
    for r in rows:
        got = api.check(db, r.claim, limit=0)
        out.append({"cluster": r.cluster, "claim": r.claim, "report": r.status, "report_origins": r.independent_origins,
                    "check": got["status"], "check_origins": got.get("independent_origins", 0),
                    "evidence": len(got.get("evidence", ()))})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--show", type=int, default=3, help="claims shown per class")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    rows = compare(a.db)
    differ = [r for r in rows if r["report"] != r["check"]]
    classes: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in differ:
        classes[(r["report"], r["check"])].append(r)
    if a.json:
        print(json.dumps({"clusters": len(rows), "disagree": len(differ),
                          "classes": {f"{k[0]}->{k[1]}": len(v) for k, v in sorted(classes.items())},
                          "rows": differ}, indent=1))
        return
    print(f"{len(differ)} of {len(rows)} clusters: check's status differs from report's")
    for (rep, chk), rs in sorted(classes.items(), key=lambda x: -len(x[1])):
        print(f"  {rep} -> {chk}: {len(rs)}")
        for r in rs[: a.show]:
            print(f"      [{r['report_origins']} / {r['check_origins']} origins, {r['evidence']} evidence] {r['claim'][:90]}")
    print(Counter(r["report"] for r in rows))


if __name__ == "__main__":
    main()
