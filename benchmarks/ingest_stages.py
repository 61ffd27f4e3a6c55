"""Where the CPU time of ``claimcheck ingest`` goes, stage by stage: one ``api.ingest`` of a JSONL
file (cross-referencing included unless ``--no-xref``), each stage's library call wrapped with
``time.process_time`` (no profiler, so the shares are not skewed towards Python-heavy code).

    python benchmarks/ingest_stages.py BODIES.jsonl [--no-xref]      # W=2 in the environment: 2 workers

Write the bodies with ``python -c "import sys; sys.path.insert(0, 'benchmarks'); import ingest;
from pathlib import Path; ingest.write_jsonl(ingest.CORPUS, Path('/tmp/fnc.jsonl'))"``.  Prints
CPU seconds, milliseconds per article (of 1,683) and the share of the total per stage; indented
stages are parts of the one above.  With workers the front-end stages run in other processes and
are not counted here (the total is this process's CPU).  ``PYTHONPATH=<checkout>`` measures
another version the same way.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
from collections import defaultdict

T: dict[str, float] = defaultdict(float)
N: dict[str, int] = defaultdict(int)


def wrap(modname: str, attr: str, label: str) -> None:
    mod = importlib.import_module(modname)
    f = getattr(mod, attr)

    def w(*a, **k):  # noqa: ANN002, ANN003, ANN202
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            T[label] += time.process_time() - t
            N[label] += 1

    setattr(mod, attr, w)


def main() -> None:
    from claimcheck import api
    import claimcheck.api.ingesting  # noqa: F401 - imports outside the timed region
    import claimcheck.ingest.pipeline  # noqa: F401
    import claimcheck.parse  # noqa: F401

    wrap("claimcheck.ingest.pipeline", "build", "front-end (build)")
    wrap("claimcheck.ingest.pipeline", "analyse", " structure")
    wrap("claimcheck.ingest.pipeline", "flag_sentences", " furniture")
    wrap("claimcheck.ingest.pipeline", "split_sentences", " sentences")
    wrap("claimcheck.ingest.language", "detect", " language")
    wrap("claimcheck.parse.attributions", "extract_attributions", " attribution parser")
    wrap("claimcheck.parse.claims", "extract_claims", " claims")
    wrap("claimcheck.store.bulk", "write_batch", "store (write_batch)")
    wrap("claimcheck.store.bulk", "already_stored_many", "store (already_stored_many)")
    wrap("claimcheck.api.ingesting", "analyse_store", "xref (analyse_store)")
    wrap("claimcheck.store.analysis", "load_claim_records", " xref load claims")
    wrap("claimcheck.store.analysis", "load_article_texts", " xref load texts")
    wrap("claimcheck.api.analysing", "_actor_index", " xref actor index")
    wrap("claimcheck.xref.analyse", "article_publishers", " xref copies")
    wrap("claimcheck.xref.analyse", "analyse", " xref analyse")
    wrap("claimcheck.xref.analyse", "cluster_claims", "  xref cluster_claims")
    wrap("claimcheck.xref.analyse", "assess", "  xref assess")
    wrap("claimcheck.store.analysis", "write_analysis", " xref write_analysis")
    wrap("claimcheck.store.analysis", "write_actors", " xref write_actors")
    jsonl = sys.argv[1]
    with open(jsonl, encoding="utf-8") as fh:
        docs = sum(1 for line in fh if line.strip())
    analyse = "--no-xref" not in sys.argv
    workers = int(os.environ.get("W", "1"))
    with tempfile.TemporaryDirectory() as d:
        c0 = time.process_time()
        s = api.ingest([jsonl], os.path.join(d, "x.db"), max_bytes=1 << 30, analyse=analyse, workers=workers)
        tot = time.process_time() - c0
    print(f"total {tot:.2f} CPU-s, {docs} documents, {s.ingested} ingested, {1000 * tot / docs:.2f} ms per "
          f"document, {docs / tot:.0f} documents per CPU-s")
    for k, v in T.items():
        print(f"{k:<30}{v:8.2f} s {1000 * v / docs:7.2f} ms/doc {100 * v / tot:5.1f} %  ({N[k]} calls)")


if __name__ == "__main__":
    main()
