#!/usr/bin/env python3
"""How long ``claimcheck check`` takes against the size of the database: 600, 6,000, 60,000 articles.

Databases:

- **600**: the dev corpus of ``../shared/eval/xref_fnc1_dev_bodies.jsonl`` (what
  ``score_xref.py`` ingests), queried with its 77 dev claims;
- **6,000 / 60,000**: real bodies of ``../shared/corpus/fnc1_train_bodies.csv`` (1,683), copied
  with names and numbers varied per copy (copy *k* of a body gives each capitalised word inside a
  sentence a suffix drawn for (*k*, word), and adds *k* to each number), so that the copies are
  different articles about different people, as a real archive is, not repeats that collapse.
  Queried with the 77 dev claims (most address nothing there: a search over the whole index all
  the same) and with 40 claims cut from the corpus's own first sentences (copy 0), which do.

Each size is ingested once into ``--workdir`` (kept between runs; ``--fresh`` rebuilds); the
60,000 store is ingested without the cross-referencing pass (``check`` reads sentences, claims,
attributions and actor aliases, not clusters; the alias table is then empty and agents come from
the query's capitals alone).  Timings: wall and CPU seconds of ``claimcheck check`` as a user runs
it (a new process each time, as ``score_xref.py`` does), median and 90th percentile, and the same
call in one process (``api.check`` on an open store: the work of a check without the start-up of
Python and its imports).  Results go to ``benchmarks/results/check.json``; the figures are
recorded in ``docs/performance.md`` ("check").

    python benchmarks/check.py                       # 600 and 6,000
    python benchmarks/check.py --sizes 600,6000,60000 --workdir /tmp/cc-check-bench
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_BODIES = SHARED / "eval" / "xref_fnc1_dev_bodies.jsonl"
DEV_GROUPS = SHARED / "eval" / "xref_fnc1_dev_groups.jsonl"
CORPUS = SHARED / "corpus" / "fnc1_train_bodies.csv"
RESULTS = ROOT / "benchmarks" / "results" / "check.json"
SUFFIXES = ("an", "ov", "el", "is", "ar", "ez", "ton", "ski", "ini", "berg", "ard", "ova", "ani", "son", "ek", "ura")
_CAPITAL_WORD = re.compile(r"(?<=[a-z,;:] )([A-Z][a-z]{3,})\b")
_NUMBER = re.compile(r"\b\d{1,6}\b")


def varied(text: str, k: int) -> str:
    """Copy ``k`` of a body: capitalised words inside sentences get a suffix drawn for (k, word),
    numbers grow by k (copy 0 is the body as it is)."""
    if k == 0:
        return text

    def name(m: re.Match[str]) -> str:
        h = int(hashlib.blake2b(f"{k}:{m.group(1)}".encode(), digest_size=4).hexdigest(), 16)
        return m.group(1) + SUFFIXES[h % len(SUFFIXES)]

    return _NUMBER.sub(lambda m: str(int(m.group(0)) + k), _CAPITAL_WORD.sub(name, text))


def bodies() -> list[tuple[str, str]]:
    csv.field_size_limit(10**8)
    with CORPUS.open(encoding="utf-8", newline="") as f:
        return [(row["Body ID"], row["articleBody"]) for row in csv.DictReader(f)]


def write_corpus(n: int, folder: Path, per_file: int = 5000) -> None:
    """``n`` articles as JSONL files of ``per_file`` lines in ``folder`` (a file stays under the
    ingest size limit): the bodies in turn, copy 0, 1, 2 … with outlets and dates spread."""
    src = bodies()
    start = dt.date(2015, 1, 1)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.jsonl"):
        old.unlink()
    out = None
    for i in range(n):
        if i % per_file == 0:
            if out is not None:
                out.close()
            out = (folder / f"part-{i // per_file:03d}.jsonl").open("w", encoding="utf-8")
        body_id, text = src[i % len(src)]
        k = i // len(src)
        out.write(json.dumps({"id": f"fnc-{body_id}-{k}", "text": varied(text, k),
                              "outlet": f"Outlet {i % 200:03d}",
                              "published": (start + dt.timedelta(days=i % 1000)).isoformat()}) + "\n")
    if out is not None:
        out.close()


def corpus_claims(n: int = 40) -> list[str]:
    """Claims cut from the first sentence of ``n`` bodies (copy 0): at most 12 words."""
    out = []
    for _, text in bodies()[::40][:n]:
        first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
        words = first.split()[:12]
        if len(words) >= 5:
            out.append(" ".join(words).rstrip(",;:"))
    return out


def build(size: int, workdir: Path, fresh: bool) -> Path:
    db = workdir / f"check_{size}.db"
    if db.exists() and not fresh:
        return db
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)
    if size == 600:
        src = DEV_BODIES
    else:
        src = workdir / f"corpus_{size}"
        write_corpus(size, src)
    from claimcheck import api

    t0 = time.perf_counter()
    summary = api.ingest([str(src)], str(db), analyse=size < 60000)  # 60,000: no cross-referencing
    print(f"  ingested {summary.ingested} articles into {db} in {time.perf_counter() - t0:.0f} s", flush=True)
    return db


def cli_times(db: Path, claims: list[str]) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system) seconds of ``claimcheck check CLAIM --format json``, one
    process per claim."""
    walls, cpus = [], []
    for claim in claims:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "claimcheck", "check", claim, "--db", str(db),
                               "--format", "json"], capture_output=True, text=True)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            raise SystemExit(f"check failed on {claim!r}: {proc.stderr[-300:]}")
    return walls, cpus


def inproc_times(db: Path, claims: list[str]) -> tuple[list[float], list[float]]:
    from claimcheck import api

    walls, cpus = [], []
    with api.Store(str(db)) as store:
        api.check(store, claims[0])  # imports and first compilations out of the figures
        for claim in claims:
            t0, c0 = time.perf_counter(), time.process_time()
            api.check(store, claim)
            walls.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
    return walls, cpus


def summary(xs: list[float]) -> dict[str, float]:
    xs = sorted(xs)
    return {"median": round(statistics.median(xs), 3), "p90": round(xs[int(0.9 * (len(xs) - 1))], 3),
            "max": round(xs[-1], 3), "n": len(xs)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="600,6000")
    ap.add_argument("--workdir", default="/tmp/claimcheck-check-bench")
    ap.add_argument("--fresh", action="store_true", help="rebuild the databases")
    ap.add_argument("--cli-claims", type=int, default=25, help="claims run as a new process each (per set)")
    a = ap.parse_args()
    if not CORPUS.exists() or not DEV_BODIES.exists():
        print(f"skipped: {SHARED} (the shared corpus and eval data) is not beside the repository")
        return 0
    workdir = Path(a.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    dev = [json.loads(line)["claim"] for line in DEV_GROUPS.open(encoding="utf-8")]
    own = corpus_claims()
    results = {"machine": {"cpus": os.cpu_count(), "load": os.getloadavg()}, "sizes": {}}
    for size in [int(s) for s in a.sizes.split(",")]:
        print(f"{size} articles", flush=True)
        db = build(size, workdir, a.fresh)
        sets = {"dev claims": dev} if size == 600 else {"dev claims": dev, "corpus claims": own}
        row: dict[str, dict] = {}
        for name, claims in sets.items():
            walls, cpus = inproc_times(db, claims)
            cwall, ccpu = cli_times(db, claims[:a.cli_claims])
            row[name] = {"in_process_wall": summary(walls), "in_process_cpu": summary(cpus),
                         "cli_wall": summary(cwall), "cli_cpu": summary(ccpu)}
            print(f"  {name}: in process median {row[name]['in_process_wall']['median']} s "
                  f"(CPU {row[name]['in_process_cpu']['median']}); as a command median "
                  f"{row[name]['cli_wall']['median']} s wall, {row[name]['cli_cpu']['median']} s CPU", flush=True)
        results["sizes"][str(size)] = row
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
