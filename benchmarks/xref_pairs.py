"""Article pairs joined by clustering on the 600 dev bodies: how many share a story (recall side)
and how many do not (the false joins purity counts by cluster).

    python benchmarks/xref_pairs.py --db DB         # a database score_xref.py ingested (its --db)
    python benchmarks/xref_pairs.py                 # ingests the dev bodies into a temporary file

For every multi-article cluster of ``report --format json --all``, each pair of its articles counts
as *same story* when the two bodies share a story label of ``../shared/eval/xref_fnc1_dev_stories.json``
(the labels ``score_xref.py`` reads), else as *other story*.  A stricter clustering that parts true
restatements loses same-story pairs; one that parts false joins loses other-story pairs.  The labels
are stories, not propositions: two different propositions of one story count as same story.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def cli(*args: str) -> str:
    """``python -m claimcheck ARGS``'s stdout (raises SystemExit on a non-zero exit)."""
    res = subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"claimcheck {' '.join(args)}: exit {res.returncode}: {res.stderr.strip()[-400:]}")
    return res.stdout


def pairs(db: str, stories: dict[str, list[str]]) -> dict[str, int]:
    """Counts of same-story and other-story article pairs in the multi-article clusters of ``db``."""
    rep = json.loads(cli("report", "--db", db, "--format", "json", "--all"))
    clusters = rep.get("clusters", rep) if isinstance(rep, dict) else rep
    with sqlite3.connect(db) as con:
        doc = dict(con.execute("select uid, doc_key from articles"))
    same = other = multi = 0
    for c in clusters:
        arts = sorted({doc.get(u, u) for u in c.get("article_ids", [])})
        if len(arts) < 2:
            continue
        multi += 1
        for a, b in itertools.combinations(arts, 2):
            if set(stories.get(a, ())) & set(stories.get(b, ())):
                same += 1
            else:
                other += 1
    return {"multi_article_clusters": multi, "same_story_pairs": same, "other_story_pairs": other}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="a database of the dev bodies (ingested into a temporary file when omitted)")
    args = ap.parse_args()
    bodies, labels = EVAL / "xref_fnc1_dev_bodies.jsonl", EVAL / "xref_fnc1_dev_stories.json"
    if not bodies.exists():
        print(f"skipped: {bodies} not found")
        return 0
    stories = json.loads(labels.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="xref-pairs-") as tmp:
        db = args.db or str(Path(tmp) / "dev.db")
        if not Path(db).exists():
            cli("ingest", str(bodies), "--db", db)
        print(json.dumps(pairs(db, stories)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
