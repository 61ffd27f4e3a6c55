"""Contradictions that are no contradiction, on an analysed corpus database (issue 9 items 2-3,
neg26; READER26 "Main findings").

Counts, over the multi-article clusters of the latest analysis:

- ``contradicted``: clusters shown contradicted;
- ``negation_only``: contradicted clusters whose every ``deny`` member is a negative statement in
  its own words (negative polarity, no denial act, a negation word in its text) or has the
  speaker of a supporting member: no other voice negates the claim (READER26's ten clusters and
  kb502ca);
- ``called_false_support``: clusters with a ``support`` member whose claim is negative with no
  negation word in its text: a claim called false ("the suggestion that C is categorically
  false", text C) counted as support of C (READER26 kc70fc9, k7a3c59);
- ``called_false_corroborated``: those of them shown corroborated.

The negation words here are the benchmark's own short list (``NEGATION``), not the lexicon, so
the figure does not grade the rule with itself.  Reads the SQLite file with ``sqlite3``.

Usage::

    python benchmarks/negation_contradictions.py DB [DB ...] [--list]
"""

from __future__ import annotations

import argparse
import re
import sqlite3
from collections import defaultdict

NEGATION = re.compile(r"\b(?:not|no|never|nowhere|none|nobody|nothing|neither|nor|unaware|cannot|without|"
                      r"den(?:y|ies|ied)|declined|refused|failed)\b|n['’]t\b",
                      re.I)

QUERY = """
SELECT c.uid, c.status, m.stance, cl.text, cl.polarity, at.act, COALESCE(at.resolved_text, at.source_text)
FROM clusters AS c
JOIN cluster_members AS m ON m.cluster_id = c.id
JOIN claims AS cl ON cl.id = m.claim_id
LEFT JOIN attributions AS at ON at.id = cl.attribution_id
WHERE c.run_id = (SELECT max(id) FROM runs WHERE kind = 'xref' AND status = 'done') AND c.n_articles > 1
"""


def speaker(name: str | None) -> str | None:
    return " ".join(name.casefold().split()) if name else None


def counts(db: str) -> tuple[dict[str, int], dict[str, list[str]]]:
    """The counts above, and the cluster uids of each."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    clusters: dict[str, list[tuple]] = defaultdict(list)
    status = {}
    for uid, st, stance, text, pol, act, src in con.execute(QUERY):
        clusters[uid].append((stance, text, pol, act, src))
        status[uid] = st
    out: dict[str, list[str]] = {"contradicted": [], "negation_only": [], "called_false_support": [],
                                 "called_false_corroborated": []}
    for uid, ms in clusters.items():
        supporters = {speaker(s) for st, _, _, _, s in ms if st == "support"} - {None}
        if any(st == "support" and pol == "negative" and not NEGATION.search(t) for st, t, pol, _, _ in ms):
            out["called_false_support"].append(uid)
            if status[uid] == "corroborated":
                out["called_false_corroborated"].append(uid)
        if status[uid] != "contradicted":
            continue
        out["contradicted"].append(uid)
        against = [(t, pol, act, s) for st, t, pol, act, s in ms if st == "deny"]
        if against and all((pol == "negative" and act != "deny" and NEGATION.search(t))
                           or (speaker(s) is not None and speaker(s) in supporters) for t, pol, act, s in against):
            out["negation_only"].append(uid)
    return {k: len(v) for k, v in out.items()}, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", nargs="+")
    ap.add_argument("--list", action="store_true", help="print the cluster uids of each count")
    args = ap.parse_args()
    for db in args.db:
        n, uids = counts(db)
        print(db, " ".join(f"{k}={v}" for k, v in n.items()))
        if args.list:
            for k, v in uids.items():
                print(f"  {k}: {' '.join(sorted(v))}")


if __name__ == "__main__":
    main()
