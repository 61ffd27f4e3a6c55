"""CPU seconds of one ``api.ingest`` of a JSONL file, pinned to one core: to compare two
versions of claimcheck in the same minute (run it alternately with ``PYTHONPATH`` set to each
checkout).

    python benchmarks/ingest_cpu.py BODIES.jsonl [--analyse]

Write the bodies with ``python -c "import sys; sys.path.insert(0, 'benchmarks'); import ingest;
from pathlib import Path; ingest.write_jsonl(ingest.CORPUS, Path('/tmp/fnc.jsonl'))"``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("jsonl")
    ap.add_argument("--analyse", action="store_true", help="include cross-referencing")
    args = ap.parse_args()
    import claimcheck
    from claimcheck import api
    import claimcheck.ingest.pipeline  # noqa: F401 - imports outside the timed region
    import claimcheck.parse  # noqa: F401

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})
    kw = {"workers": 1} if "workers" in api.ingest.__code__.co_varnames else {}
    with tempfile.TemporaryDirectory() as tmp:
        t = time.process_time()
        s = api.ingest([args.jsonl], str(Path(tmp) / "x.db"), max_bytes=1 << 30, analyse=args.analyse, **kw)
        print(f"{claimcheck.__file__}: {time.process_time() - t:.2f} CPU-s, {s.ingested} ingested")


if __name__ == "__main__":
    main()
