"""Corroborated clusters that rest on one article (issue 10 item 1).

Within one article, the same evidence or source description named twice, its own voice, and
mentions with no identity of their own ("reports said", an unresolved "he") can never make two
independent origins.  This benchmark ingests the first ``--n`` bodies of
``../shared/corpus/fnc1_train_bodies.csv`` (as JSONL, ``fnc1-<Body ID>``, one process) into a
fresh SQLite file and counts, through ``report --format json``, the corroborated clusters and
those of them whose mentions all come from one article, with the origins each one counts.

Usage (from the repository root; ``PYTHONPATH=/path/to/other/checkout`` measures another
version with the same script)::

    python benchmarks/one_article.py [--n 800] [--db /tmp/fnc800.db] [--out FILE.json] [--list]
    python benchmarks/one_article.py --n 1683 --tuned 800   # held-out bodies counted apart
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "fnc1_train_bodies.csv"


def write_jsonl(corpus: Path, out: Path, n: int) -> int:
    """The first ``n`` bodies of the FNC-1 CSV as JSONL records ``{"id", "text"}``; returns how many."""
    csv.field_size_limit(sys.maxsize)
    k = 0
    with corpus.open(encoding="utf-8", newline="") as fh, out.open("w", encoding="utf-8") as dst:
        for row in csv.DictReader(fh):
            if k >= n:
                break
            dst.write(json.dumps({"id": f"fnc1-{row['Body ID']}", "text": row["articleBody"]}, ensure_ascii=False) + "\n")
            k += 1
    return k


def tuned_ids(corpus: Path, n: int) -> set[str]:
    """The ingest ids (``fnc1-<Body ID>``) of the first ``n`` bodies: the part the rules were
    tuned on (the one-article cases of the new-user test came from them)."""
    csv.field_size_limit(sys.maxsize)
    with corpus.open(encoding="utf-8", newline="") as fh:
        return {f"fnc1-{row['Body ID']}" for _, row in zip(range(n), csv.DictReader(fh))}


def figures(db: str, tuned: set[str] | None = None) -> dict:
    """Counts over the report rows of ``db``: clusters, corroborated, corroborated on one article
    (with claim, origins and the reasons' first line for each); with ``tuned`` (ingest ids), the
    one-article ones split into tuned and held-out bodies."""
    from typer.testing import CliRunner

    from claimcheck.cli import app

    res = CliRunner().invoke(app, ["report", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    corr = [r for r in rows if r["status"] == "corroborated"]
    one = [r for r in corr if r["articles"] == 1]
    split = {}
    if tuned is not None:
        ids = [{a["ingest_id"] for a in r.get("article_refs", [])} for r in corr]
        split = {"corroborated_tuned": sum(i <= tuned for i in ids),
                 "corroborated_held_out": sum(not (i & tuned) for i in ids),
                 "one_article_tuned": sum(r["articles"] == 1 and i <= tuned for r, i in zip(corr, ids)),
                 "one_article_held_out": sum(r["articles"] == 1 and not (i & tuned) for r, i in zip(corr, ids))}
    return {
        **split,
        "clusters": len(rows), "corroborated": len(corr), "corroborated_one_article": len(one),
        "one_article": [{"claim": r["claim"][:120], "origins": r["independent_origins"],
                         "why": r["reasons"][0][:200]} for r in one],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=800, help="bodies to ingest (default 800)")
    ap.add_argument("--db", help="SQLite file to build (or reuse if it exists)")
    ap.add_argument("--out", help="write the figures as JSON here")
    ap.add_argument("--list", action="store_true", help="print the one-article corroborated clusters")
    ap.add_argument("--tuned", type=int, default=800,
                    help="the first N bodies are the tuned part; the rest are reported apart (default 800)")
    args = ap.parse_args()
    from typer.testing import CliRunner

    from claimcheck.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "fnc.db")
        if not Path(db).exists():
            src = Path(tmp) / "bodies.jsonl"
            write_jsonl(CORPUS, src, args.n)
            res = CliRunner().invoke(app, ["ingest", str(src), "--db", db, "--workers", "1", "-q"])
            assert res.exit_code == 0, res.output
        out = figures(db, tuned_ids(CORPUS, args.tuned) if args.n > args.tuned else None)
    out["n"] = args.n
    if args.list:
        for r in out["one_article"]:
            print(f"{r['origins']}  {r['claim']}\n     {r['why']}")
    summary = {k: v for k, v in out.items() if k != "one_article"}
    print(json.dumps(summary))
    if args.out:
        Path(args.out).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
