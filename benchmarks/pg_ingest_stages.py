"""Where one ``api.ingest`` spends wall, client CPU and PostgreSQL server CPU, stage by stage.

    python benchmarks/pg_ingest_stages.py BODIES.jsonl postgresql+psycopg://claimcheck@127.0.0.1:5499/bench
    python benchmarks/pg_ingest_stages.py BODIES.jsonl /tmp/x.db          # SQLite: no server column

One ingest (cross-referencing included; ``W=2`` in the environment for two parsing workers,
default one) into a fresh database (the PostgreSQL database's ``public`` schema is dropped and
made again: give a database of its own; a SQLite file is removed first).  Each stage's library
call is wrapped: wall seconds (``perf_counter``), this process's CPU seconds (``process_time``)
and, on PostgreSQL, the server's CPU seconds over the call (``benchmarks/pg_ingest.py``'s
``server_cpu``: the postmaster and its children, from ``/proc``; so the server must run on this
machine).  Indented stages are parts of the cross-referencing.  Write the 1,683 bodies with
``python -c "import sys; sys.path.insert(0, 'benchmarks'); import ingest; from pathlib import Path;
ingest.write_jsonl(ingest.CORPUS, Path('/tmp/fnc.jsonl'))"``.  ``PYTHONPATH=<checkout>`` measures
another version the same way.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WALL: dict[str, float] = defaultdict(float)
CPU: dict[str, float] = defaultdict(float)
SERVER: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def _pg_ingest():  # noqa: ANN202 - benchmarks/pg_ingest.py, for its server CPU reading
    spec = importlib.util.spec_from_file_location("pg_ingest", ROOT / "benchmarks" / "pg_ingest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    jsonl, db = sys.argv[1], sys.argv[2]
    pgi = _pg_ingest()
    postmaster = pgi.reset_pg(db) if db.startswith("postgresql") else None
    if postmaster is None and os.path.exists(db):
        os.unlink(db)

    def server() -> float:
        return pgi.server_cpu(postmaster) if postmaster else 0.0

    def wrap(modname: str, attr: str, label: str) -> None:
        mod = importlib.import_module(modname)
        f = getattr(mod, attr)

        def w(*a, **k):  # noqa: ANN002, ANN003, ANN202
            t, c, s = time.perf_counter(), time.process_time(), server()
            try:
                return f(*a, **k)
            finally:
                WALL[label] += time.perf_counter() - t
                CPU[label] += time.process_time() - c
                SERVER[label] += server() - s
                CALLS[label] += 1

        setattr(mod, attr, w)

    from claimcheck import api
    import claimcheck.api.ingesting  # noqa: F401 - imports outside the timed region

    wrap("claimcheck.store.bulk", "already_stored_many", "store (already_stored_many)")
    wrap("claimcheck.store.bulk", "write_batch", "store (write_batch)")
    wrap("claimcheck.api.ingesting", "analyse_store", "xref (analyse_store)")
    wrap("claimcheck.store.analysis", "load_claim_records", " xref load claims")
    wrap("claimcheck.store.analysis", "load_article_texts", " xref load texts")
    wrap("claimcheck.store.analysis", "load_named_speakers", " xref load speakers")
    wrap("claimcheck.api.analysing", "_actor_index", " xref actor index")
    wrap("claimcheck.xref.analyse", "analyse", " xref analyse")
    wrap("claimcheck.store.analysis", "write_analysis", " xref write_analysis")
    wrap("claimcheck.store.analysis", "write_actors", " xref write_actors")
    wrap("claimcheck.store.analysis", "prune_runs", " xref prune_runs")
    t, c, s = time.perf_counter(), time.process_time(), server()
    summary = api.ingest([jsonl], db, max_bytes=1 << 30, workers=int(os.environ.get("W", "1")))
    print(f"total: wall {time.perf_counter() - t:.2f} s, client CPU {time.process_time() - c:.2f} s, "
          f"server CPU {server() - s:.2f} s; {summary.ingested} ingested")
    for k in WALL:
        print(f"{k:<30} wall {WALL[k]:7.2f}  client CPU {CPU[k]:7.2f}  server CPU {SERVER[k]:7.2f}  ({CALLS[k]} calls)")


if __name__ == "__main__":
    main()
