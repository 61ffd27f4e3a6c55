"""claimcheck's per-article function under a distributed engine: a Dask bag, run locally.

    pip install dask            # not a dependency of claimcheck: only this example needs it
    python benchmarks/distributed.py                      # the FNC-1 bodies, 2 processes
    python benchmarks/distributed.py --workers 4 --db out.db --check

The parsing of an article is a pure function of its bytes and metadata
(``claimcheck.ingest.work.parse_bytes(doc_id, data, metadata)``) that returns an ``Extraction``:
picklable plain data, the rows of that article.  So any engine that maps a function over
records and hands the results back in order can run it: here a Dask bag of
``(id, bytes, metadata)`` records, partitioned, mapped by Dask's process scheduler (each process
loads the lexicons once).  The results are then written by ONE writer,
``claimcheck.api.ingest_extractions``, partition by partition in input order: SQLite allows
one writer, and the order keeps article versions and duplicates exactly as ``claimcheck ingest``
would.  Only a window of partitions is in memory at a time.  The same map works as
``ray.data.from_items(records).map(...)`` or Spark's ``rdd.map(...)`` with
``toLocalIterator()`` feeding the writer; Dask was chosen for the example because it is a pure
Python install that runs on a laptop with no cluster service, and its bag keeps partition order.

With ``--check`` the same records are also ingested by ``claimcheck.api.ingest(workers=1)``
into another database and the two reports are compared (they must be identical).  Skips with a
message when Dask or the corpus is absent.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "fnc1_train_bodies.csv"


def records(csv_path: Path, limit: int = 0) -> list[tuple[str, bytes, dict]]:
    """``(id, UTF-8 bytes, metadata)`` per FNC-1 body, as an engine would read them from storage."""
    csv.field_size_limit(sys.maxsize)
    out = []
    with csv_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.append((f"fnc1-{row['Body ID']}", row["articleBody"].encode("utf-8"), {}))
            if limit and len(out) >= limit:
                break
    return out


def parse_record(record: tuple[str, bytes, dict]):  # noqa: ANN201 - Extraction | Skip
    from claimcheck.ingest.work import parse_bytes

    doc_id, data, metadata = record
    return parse_bytes(doc_id, data, metadata)


def dask_extractions(recs: list, workers: int, partitions: int) -> Iterator:
    """The extractions of ``recs`` in input order, parsed by a Dask bag on ``workers``
    processes, ``workers`` partitions computed at a time."""
    import dask
    import dask.bag as db

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    bag = db.from_sequence(recs, npartitions=partitions).map(parse_record)
    parts = bag.to_delayed()
    # one pool for the whole run (Dask would otherwise start processes, which import claimcheck
    # and load the lexicons, at every compute)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool, \
            dask.config.set(scheduler="processes", pool=pool):
        for k in range(0, len(parts), workers):
            for part in dask.compute(*parts[k:k + workers]):
                yield from part


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=32)
    ap.add_argument("--limit", type=int, default=0, help="first N bodies only (0: all)")
    ap.add_argument("--db", help="database to write (default: a temporary file)")
    ap.add_argument("--check", action="store_true", help="compare with claimcheck's own ingest")
    args = ap.parse_args()
    try:
        import dask  # noqa: F401
    except ImportError:
        print("skipped: Dask is not installed (pip install dask)")
        return 0
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    from claimcheck import api

    recs = records(CORPUS, args.limit)
    with tempfile.TemporaryDirectory(prefix="claimcheck-dask-") as tmp:
        db_path = args.db or str(Path(tmp) / "dask.db")
        t0 = time.perf_counter()
        summary = api.ingest_extractions(dask_extractions(recs, args.workers, args.partitions), db_path,
                                         {"engine": "dask.bag", "workers": args.workers})
        wall = time.perf_counter() - t0
        print(f"dask bag, {args.workers} processes: {len(recs)} articles, {summary.ingested} ingested, "
              f"{len(summary.skipped)} skipped, {wall:.1f} s wall ({len(recs) / wall:.0f} articles/s), "
              "cross-referencing included")
        if args.check:
            jsonl = Path(tmp) / "bodies.jsonl"
            import json

            jsonl.write_text("".join(json.dumps({"id": i, "text": b.decode("utf-8")}) + "\n" for i, b, _ in recs),
                             encoding="utf-8")
            api.ingest([str(jsonl)], str(Path(tmp) / "one.db"), max_bytes=1 << 30, workers=1)
            ours = [r.to_json() for r in api.report(str(Path(tmp) / "one.db"))]
            theirs = [r.to_json() for r in api.report(db_path)]
            same = [{**r, "article_refs": None} for r in ours] == [{**r, "article_refs": None} for r in theirs]
            print(f"same report as claimcheck ingest (ingest ids aside): {same}")
            if not same:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
