"""The largest clusters of the 1,683 FNC-1 training bodies (``../shared/corpus``), to read by hand.

Issue 9's criterion "no cluster mixes stories" has no labels on this corpus, so a person reads
the clusters at the top: this script prints, for the top N clusters by articles and the top N
by mentions (members), the cluster's status, counts, canonical claim and every member's
statement (one line each, with its article and stance), so the write-up in ``docs/quality.md``
can be regenerated and checked.

Beyond the top, ``--loosest N`` lists the N multi-article clusters whose members share the fewest
words with the cluster's canonical text (a member's overlap coefficient of words of three letters
or more, the least of its members): where a false join between stories would show first.  The
members are read from the store with the stdlib ``sqlite3`` module (one query over the tables of
``claimcheck/store/models.py``), not one ``show`` per cluster.

The bodies are ingested as JSONL (``fnc1-<Body ID>``, ``benchmarks/origins.py``'s
``write_jsonl``) into a SQLite file with the analysis; everything is then read through the CLI's
JSON (``report --format json``, ``show --format json``), as a user would.

Usage (from the repository root)::

    python benchmarks/corpus_clusters.py [--db /tmp/fnc1.db] [-n 10] [--members 12] [--loosest 20] [--json OUT]

``--db``: ingested into when missing, reused when there (default: a temporary file).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from origins import CORPUS, write_jsonl  # noqa: E402


def cli(*args: str) -> str:
    """Run ``python -m claimcheck ARGS`` and return its stdout (raises on a non-zero exit)."""
    res = subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"claimcheck {' '.join(args)}: exit {res.returncode}: {res.stderr.strip()[-400:]}")
    return res.stdout


def top(rows: list[dict], key: str, n: int) -> list[dict]:
    """The ``n`` rows with the most ``key`` (ties by the other count, then the cluster id: a stable order)."""
    other = "mentions" if key == "articles" else "articles"
    return sorted(rows, key=lambda r: (-r[key], -r[other], r["cluster"]))[:n]


def describe(db: str, row: dict, members: int) -> dict:
    """One cluster with its member statements (``members`` at the most, distinct texts first)."""
    d = json.loads(cli("show", row["cluster"], "--db", db, "--format", "json"))
    seen: list[dict] = []
    texts: set[str] = set()
    for m in d["mentions_detail"]:
        text = m["claim"].get("statement") or m["claim"]["text"]
        if text.lower() in texts:
            continue
        texts.add(text.lower())
        seen.append({"article": m["article"]["doc"], "stance": m["stance"], "text": text,
                     "title": m["article"].get("title")})
    return {k: row[k] for k in ("cluster", "status", "articles", "mentions", "independent_origins",
                                "action", "actors", "claim")} | {"distinct_texts": len(seen),
                                                                   "members": seen[:members]}


# the members of every cluster of the latest finished analysis: cluster uid, article ingest id, claim text
MEMBERS_SQL = """
SELECT c.uid, a.doc_key, cl.text, m.stance
FROM clusters AS c
JOIN cluster_members AS m ON m.cluster_id = c.id
JOIN claims AS cl ON cl.id = m.claim_id
JOIN articles AS a ON a.id = cl.article_id
WHERE c.run_id = (SELECT max(id) FROM runs WHERE kind = 'xref' AND status = 'done') AND c.n_articles > 1
ORDER BY c.uid, cl.id
"""
STOP = frozenset("the and that this with from for was were has have had are its his her their they them not but "
                 "who which what when where will would could should been being also said says into than then "
                 "there about after over more some such".split())


def words(text: str) -> frozenset[str]:
    """Lower-cased words of three letters or more, less a few function words."""
    return frozenset(w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in STOP)


def loosest(path: Path, rows: list[dict], n: int) -> list[dict]:
    """The ``n`` multi-article clusters whose least similar member shares the fewest words with
    the canonical text (overlap coefficient |A∩B| / min(|A|, |B|)), with their members."""
    canonical = {r["cluster"]: r for r in rows}
    members: dict[str, list[tuple[str, str, str]]] = {}
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for uid, doc, text, stance in con.execute(MEMBERS_SQL):
            members.setdefault(uid, []).append((doc, text, stance))
    finally:
        con.close()
    scored = []
    for uid, ms in members.items():
        if uid not in canonical:
            continue
        c = words(canonical[uid]["claim"])
        least = min((len(c & words(t)) / max(1, min(len(c), len(words(t)))) for _, t, _ in ms), default=1.0)
        scored.append((least, uid))
    out = []
    for least, uid in sorted(scored)[:n]:
        r = canonical[uid]
        out.append({"cluster": uid, "least_overlap": round(least, 3), "status": r["status"], "articles": r["articles"],
                    "claim": r["claim"], "members": [{"article": d, "stance": s, "text": t} for d, t, s in members[uid]]})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--db", help="SQLite file: ingested into when missing, reused when there")
    ap.add_argument("-n", type=int, default=10, help="clusters per list (default 10)")
    ap.add_argument("--members", type=int, default=12, help="member statements shown per cluster (default 12)")
    ap.add_argument("--loosest", type=int, default=0, help="also list the N least cohesive multi-article clusters")
    ap.add_argument("--json", type=Path, help="also write the lists as JSON here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "fnc1.db"
        if not path.exists():
            jsonl = Path(tmp) / "fnc1.jsonl"
            n = write_jsonl(args.corpus, jsonl)
            t0 = time.perf_counter()
            cli("ingest", str(jsonl), "--db", str(path))
            print(f"ingested {n} bodies with the analysis in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        db = str(path)
        rows = json.loads(cli("report", "--db", db, "--format", "json"))
        multi = sum(r["articles"] > 1 for r in rows)
        print(f"{len(rows)} clusters, {multi} with more than one article")
        out = {}
        for key in ("articles", "mentions"):
            out[key] = [describe(db, r, args.members) for r in top(rows, key, args.n)]
            print(f"\n## top {args.n} by {key}")
            for i, c in enumerate(out[key], 1):
                print(f"\n{i}. {c['articles']} articles, {c['mentions']} mentions, {c['distinct_texts']} distinct texts, "
                      f"{c['status']}, {c['independent_origins']} origin(s), action {c['action']}, "
                      f"actors {', '.join(c['actors'][:4])}")
                print(f"   claim: {c['claim']}")
                for m in c["members"]:
                    print(f"   - [{m['stance']}] {m['article']}: {m['text'][:150]}")
        if args.loosest:
            out["loosest"] = loosest(path, rows, args.loosest)
            print(f"\n## the {args.loosest} multi-article clusters whose members share the fewest words with their text")
            for i, c in enumerate(out["loosest"], 1):
                print(f"\n{i}. overlap {c['least_overlap']}, {c['articles']} articles, {c['status']}: {c['claim'][:150]}")
                for m in c["members"][:args.members]:
                    print(f"   - [{m['stance']}] {m['article']}: {m['text'][:150]}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
