"""Page furniture and repeated sentences on real bodies: how many sentences each rule of
:mod:`claimcheck.ingest.furniture` sets aside, what they are, and what the pass costs.

    python benchmarks/furniture.py                  # the 1,683 FNC-1 bodies and the 600 dev bodies
    python benchmarks/furniture.py --examples 200   # also print the flagged sentences (to read them)

Counts are per corpus and per half (``crc32(id) % 2``: half 0 / half 1); the furniture patterns
were written after reading lines of the FNC-1 training bodies found by keyword (copyright,
"contributed to", "reporting by", "photo", "correction", "newsletter", "read more"), so neither
half of that corpus is untouched; the dev bodies were not read.  CPU: ``flag_sentences`` against
the whole of :func:`claimcheck.ingest.pipeline.build` on the same bodies (process time).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = {"fnc1_1683": SHARED / "corpus" / "fnc1_train_bodies.csv",
           "dev600": SHARED / "eval" / "xref_fnc1_dev_bodies.jsonl"}


def bodies(path: Path) -> list[tuple[str, str]]:
    """(id, text) of a corpus file: the FNC-1 CSV or a JSONL of {"id", "text"}."""
    if path.suffix == ".csv":
        csv.field_size_limit(1 << 24)
        with path.open(encoding="utf-8") as f:
            return [(r["Body ID"], r["articleBody"]) for r in csv.DictReader(f)]
    return [(d["id"], d["text"]) for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=0, help="print up to N flagged sentences per corpus")
    args = ap.parse_args()
    from claimcheck.ingest.furniture import flag_sentences, furniture_of
    from claimcheck.ingest.pipeline import build
    from claimcheck.ingest.readers import RawDocument
    from claimcheck.ingest.structure import analyse
    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse.sentences import split_sentences

    lex = load_lexicons([])
    for name, path in CORPORA.items():
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        docs = bodies(path)
        counts = [Counter(), Counter()]
        sentences = [0, 0]
        shown = 0
        t_flag = 0.0
        for doc_id, text in docs:
            half = zlib.crc32(doc_id.encode()) % 2
            st = analyse(text, lex)
            sents = split_sentences(text, st.lines, lexicons=lex)
            t0 = time.process_time()
            _, flagged = flag_sentences(text, st.lines, sents, lex)
            t_flag += time.process_time() - t0
            sentences[half] += sum(not s.boilerplate for s in sents)
            for before, after in zip(sents, flagged, strict=True):
                if after.boilerplate and not before.boilerplate:
                    raw = text[after.start:after.end]
                    why = furniture_of(raw, lex) or "repeated sentence"
                    counts[half][why] += 1
                    if shown < args.examples:
                        print(f"  [{name} {doc_id}] {why}: {raw[:160]!r}")
                        shown += 1
        t0 = time.process_time()
        for doc_id, text in docs:
            build(RawDocument(id=doc_id, text=text, origin="record"), lexicons=lex)
        t_build = time.process_time() - t0
        total = counts[0] + counts[1]
        print(f"{name}: {len(docs)} bodies, {sum(sentences)} mined sentences before; set aside "
              f"{sum(total.values())} (half 0: {sum(counts[0].values())} of {sentences[0]}, "
              f"half 1: {sum(counts[1].values())} of {sentences[1]})")
        for why, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"    {why:20s} {n:5d}  (half 0: {counts[0][why]}, half 1: {counts[1][why]})")
        print(f"    CPU: flag_sentences {t_flag:.2f} s of build {t_build:.2f} s "
              f"({100 * t_flag / t_build:.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
