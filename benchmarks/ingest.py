"""Ingest speed on the FNC-1 training bodies (1,683 real news bodies, ~620k words).

    /work/venv/bin/python benchmarks/ingest.py            # 3 runs of each stage
    /work/venv/bin/python benchmarks/ingest.py --runs 5 --analyse

Writes the bodies of ``../shared/corpus/fnc1_train_bodies.csv`` (next to the repository root)
to a temporary JSONL file, then measures, each run in a fresh child process pinned to one core:

* ``front-end``: ``api.extract`` (decode, structure, metadata, sentences, attribution parser),
  no database;
* ``ingest``: ``api.ingest`` into a fresh SQLite file (front-end + one transaction per
  article), without the cross-referencing pass (``--analyse`` adds it as a third stage).

Reports the median articles/s and words/s and the peak resident memory of the child
(``ru_maxrss``), prints a table and writes ``benchmarks/results/ingest.json``.  Skips with a
message when the corpus is absent.  The corpus never enters the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "fnc1_train_bodies.csv"
RESULTS = ROOT / "benchmarks" / "results" / "ingest.json"
TARGET = 1000.0  # articles/s on one core (the brief)
_WORD = re.compile(r"\w+", re.UNICODE)


def write_jsonl(csv_path: Path, out: Path) -> tuple[int, int]:
    csv.field_size_limit(sys.maxsize)
    n = words = 0
    with csv_path.open(encoding="utf-8", newline="") as fh, out.open("w", encoding="utf-8") as dst:
        for row in csv.DictReader(fh):
            body = row["articleBody"]
            dst.write(json.dumps({"id": f"fnc1-{row['Body ID']}", "text": body}, ensure_ascii=False) + "\n")
            n += 1
            words += len(_WORD.findall(body))
    return n, words


def child(stage: str, jsonl: str, db: str, cpu: int | None) -> dict[str, float]:
    """One measured run, in this (fresh) process."""
    import resource

    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    from claimcheck import api
    from claimcheck.ingest.readers import Skip
    import claimcheck.ingest.pipeline  # noqa: F401 - imports outside the timed region
    import claimcheck.parse  # noqa: F401

    t0 = time.perf_counter()
    if stage == "front-end":
        done = sum(1 for x in api.extract([jsonl], max_bytes=1 << 30) if not isinstance(x, Skip))
        skipped = 0
    else:
        s = api.ingest([jsonl], db, max_bytes=1 << 30, analyse=(stage == "ingest+analyse"))
        done, skipped = s.ingested + s.unchanged + s.new_versions, len(s.skipped)
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return {"seconds": seconds, "articles": done, "skipped": skipped, "peak_mb": peak_kb / 1024}


def run_child(stage: str, jsonl: Path, tmp: Path, run: int, cpu: int | None) -> dict[str, float]:
    db = tmp / f"{stage}-{run}.db"
    cmd = [sys.executable, __file__, "--child", stage, str(jsonl), str(db), "" if cpu is None else str(cpu)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp)
    if proc.returncode != 0:
        raise SystemExit(f"{stage} run {run} failed:\n{proc.stderr.strip()}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--analyse", action="store_true", help="also time ingest with cross-referencing")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        stage, jsonl, db, cpu = args.child
        print(json.dumps(child(stage, jsonl, db, int(cpu) if cpu else None)))
        return 0
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS} (expected ../shared next to the repository)")
        return 0
    cpu = None
    if hasattr(os, "sched_getaffinity"):
        cpu = max(os.sched_getaffinity(0))  # the last core; the parent waits on another
    stages = ["front-end", "ingest"] + (["ingest+analyse"] if args.analyse else [])
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as d:
        tmp = Path(d)
        jsonl = tmp / "fnc1_bodies.jsonl"
        n, words = write_jsonl(CORPUS, jsonl)
        for stage in stages:
            runs = [run_child(stage, jsonl, tmp, i, cpu) for i in range(args.runs)]
            med = statistics.median(r["seconds"] for r in runs)
            results[stage] = {
                "runs_seconds": [round(r["seconds"], 3) for r in runs],
                "median_seconds": round(med, 3),
                "articles": runs[0]["articles"], "skipped": runs[0]["skipped"],
                "articles_per_s": round(n / med, 1),
                "words_per_s": round(words / med),
                "peak_rss_mb": round(max(r["peak_mb"] for r in runs), 1),
            }
    from claimcheck import __version__
    from claimcheck.parse import extractor_version

    report = {
        "corpus": "fnc1_train_bodies.csv", "documents": n, "words": words, "runs": args.runs,
        "pinned_cpu": cpu, "cpus": os.cpu_count(), "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}", "claimcheck": __version__,
        "extractor_version": extractor_version(), "target_articles_per_s": TARGET,
        "stages": results,
        "ingest_vs_target": round(results["ingest"]["articles_per_s"] / TARGET, 2),
        "date": time.strftime("%Y-%m-%d"),
    }
    print(f"{n} documents, {words:,} words; median of {args.runs} runs, one core (cpu {cpu})")
    print(f"{'stage':<16}{'median s':>10}{'articles/s':>12}{'words/s':>12}{'peak MB':>10}")
    for stage, r in results.items():
        print(f"{stage:<16}{r['median_seconds']:>10.2f}{r['articles_per_s']:>12.0f}{r['words_per_s']:>12,}"
              f"{r['peak_rss_mb']:>10.0f}")
    ing = results["ingest"]["articles_per_s"]
    print(f"ingest: {ing:.0f} articles/s = {ing / TARGET:.2f}x the target of {TARGET:.0f}/s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
