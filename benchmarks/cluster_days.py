"""Multi-article clusters whose members state days that exclude one event (issue 9, stop 27).

    python benchmarks/cluster_days.py --db DB [--list 20] [--times DB2]

For the clusters of the latest analysis in ``DB`` with more than one article, every pair of members
of different articles is compared by the time rule of clustering
(:func:`claimcheck.xref.cluster.dates_differ`, through parse.claims.times.claim_time and
times_conflict): resolved periods that do not overlap, or, for two claims of event classes, weekdays
that differ where one is unresolved (an undated article's "on Tuesday"); a statement's day reaches
two days back, the edge of a day one day each way, a denial's day is none.  Two counts:

* ``own``: the date each member states in its own sentence (its ``refers_to_raw`` is in the
  sentence), comparable between a database made before stop 27 and one made after;
* ``all``: with the dates members inherit from their passage or lede (parse.claims.times), which a
  database made before stop 27 does not have.

``--times DB2``: each member's date read from ``DB2`` instead (the claim of the same article uid and
text), so that the clusters of a database made before stop 27 are read with the dates the parser
gives now (DB2 ingested after). Read-only: the databases are opened in SQLite's read-only mode.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimcheck.lexicons import load_lexicons  # noqa: E402
from claimcheck.parse.claims.times import claim_time, event_groups, times_conflict  # noqa: E402


def conflict(a: tuple, b: tuple) -> bool:
    """Do two members' times ``(span, weekdays, event)`` (parse.claims.times.claim_time) exclude one
    event (the rule of ``xref.cluster.dates_differ``)?"""
    return times_conflict(a[:2], b[:2], a[2] and b[2])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--list", type=int, default=20, help="clusters listed (default 20)")
    ap.add_argument("--times", help="read each member's date from this database (same article uid and claim text)")
    args = ap.parse_args(argv)
    lex = load_lexicons()
    events = event_groups(lex)
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    run = con.execute("SELECT max(run_id) FROM clusters").fetchone()[0]
    rows = con.execute(
        "SELECT cl.uid, cl.canonical, c.article_id, c.refers_to, c.refers_to_raw, c.action, c.text, a.uid, "
        "substr(a.text, s.start + 1, s.\"end\" - s.start) FROM clusters cl "
        "JOIN cluster_members m ON m.cluster_id = cl.id JOIN claims c ON c.id = m.claim_id "
        "JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN sentences s ON s.article_id = c.article_id AND s.idx = c.sentence_idx "
        "WHERE cl.run_id = ? AND cl.n_articles > 1", (run,)).fetchall()
    times: dict[tuple, tuple] = {}
    if args.times:
        other = sqlite3.connect(f"file:{args.times}?mode=ro", uri=True)
        for auid, text, refers, raw in other.execute(
                "SELECT a.uid, c.text, c.refers_to, c.refers_to_raw FROM claims c JOIN articles a ON a.id = c.article_id"):
            times.setdefault((auid, text), (refers, raw))
    by: dict[str, list] = {}
    canon: dict[str, str] = {}
    for uid, canonical, art, refers, raw, action, text, auid, sent in rows:
        if args.times:
            refers, raw = times.get((auid, text), (None, None))
        canon[uid] = canonical
        own = bool(raw) and raw in (sent or text)
        stamp = (*claim_time(refers, raw, text, lex, sent or ""), (action or "") in events)
        by.setdefault(uid, []).append((art, stamp, own, raw, text))
    out = {}
    for kind in ("own", "all"):
        hit = {}
        for uid, ms in by.items():
            ms = [m for m in ms if (m[2] if kind == "own" else m[3])]
            pairs = [(x, y) for i, x in enumerate(ms) for y in ms[i + 1:] if x[0] != y[0] and conflict(x[1], y[1])]
            if pairs:
                hit[uid] = pairs
        out[kind] = hit
    print(f"{len(by)} multi-article clusters; with members of conflicting days: own {len(out['own'])} "
          f"({sum(len(p) for p in out['own'].values())} pairs), all {len(out['all'])} "
          f"({sum(len(p) for p in out['all'].values())} pairs)")
    for uid in sorted(out["all"], key=lambda u: -len(out["all"][u]))[: args.list]:
        x, y = out["all"][uid][0]
        print(f"{uid} {canon[uid][:70]!r}\n    {x[3]!r} {x[4][:80]!r}\n    {y[3]!r} {y[4][:80]!r}")
    print(json.dumps({k: len(v) for k, v in out.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
