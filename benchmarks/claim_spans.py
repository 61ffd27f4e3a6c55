"""Can every claim's text be checked against its article?  Counts, by kind, the claims whose
shown text cannot be traced to exact spans of the article or does not lie in the passage of
sentences shown beside it (issue 9 item 1; the invariant is :func:`claimcheck.parse.claims.spans.violations`):

* ``part_not_in_text``: a stored part whose offsets do not slice the article to its stored text;
* ``part_outside_span``: a part outside the claim's span (the span is the parts' outer extent);
* ``span_text``: a claim without parts whose text is not its span's text;
* ``statement_untraceable``: a word of the text shown that no part gives, in reading order (save a
  possessive "’s" and a gerund's past form, which the composer adds);
* ``no_passage`` / ``outside_passage``: a part (or the span) outside the passage shown (the
  sentences ``passage_first`` .. ``passage_last``, else the claim's sentence alone);
* ``found_outside_passage``: the sentence the claim was found in (``sentence_idx``) outside it.

    python benchmarks/claim_spans.py --db DB              # every claim stored in DB
    python benchmarks/claim_spans.py --db DB --halves     # ... by halves of the document ids
    python benchmarks/claim_spans.py --parse seeds        # parse in memory: seeds/ ...
    python benchmarks/claim_spans.py --parse dev          # ... the 600 FNC-1 dev bodies (by halves)
    python benchmarks/claim_spans.py --parse corpus       # ... the 1,683 FNC-1 training bodies
    python benchmarks/claim_spans.py --parse dev --examples 5   # also print 5 claims per kind

A database stored before revision 0011 has no parts and no passage: its composed claims count as
``span_text`` and its sentence alone is the passage, which is what was shown then.  ``--examples``
prints article text: print it, never commit it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "xref_fnc1_dev_bodies.jsonl"
CORPUS = SHARED / "corpus" / "fnc1_train_bodies.csv"


def half(doc_id: str) -> str:
    """``a`` or ``b``, fixed once by the sha1 of the document id (``claim_texts.py``'s halves)."""
    return "a" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "b"  # noqa: S324 - not security


def _docs(which: str) -> Iterator[tuple[str, str]]:
    if which == "seeds":
        for p in sorted((ROOT / "seeds").glob("*.txt")):
            yield p.name, p.read_text(encoding="utf-8")
    elif which == "dev":
        for line in DEV.open(encoding="utf-8"):
            if line.strip():
                d = json.loads(line)
                yield d["id"], d["text"]
    elif which == "corpus":
        csv.field_size_limit(10**9)
        with CORPUS.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                yield f"fnc1-{r['Body ID']}", r["articleBody"]
    else:
        raise SystemExit(f"error: --parse takes seeds, dev or corpus, not {which!r}")


def parsed(which: str) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(document id, claim text, violations) for each claim of the documents of ``which``, parsed
    in memory by the pipeline (``claimcheck.ingest.pipeline.build``)."""
    from claimcheck.ingest.pipeline import build
    from claimcheck.ingest.readers import RawDocument
    from claimcheck.parse.claims.spans import violations

    for doc_id, text in _docs(which):
        ex = build(RawDocument(doc_id, text, "record"))
        for c in ex.claims:
            yield doc_id, c.text, violations(ex.text, ex.sentences, c.text, c.span, c.parts, c.sentence,
                                             getattr(c, "passage", None))


def stored(db: str) -> Iterator[tuple[str, str, list[tuple[str, str]]]]:
    """(article doc key, claim text, violations) for every claim stored in the SQLite file ``db``."""
    from claimcheck.model import Sentence, Span
    from claimcheck.parse.claims.spans import violations

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    cols = {r[1] for r in con.execute("PRAGMA table_info(claims)")}
    extra = "parts, passage_first, passage_last" if "parts" in cols else "NULL, NULL, NULL"
    article, text, sentences = None, "", []
    for aid, key, sidx, ctext, start, end, parts, first, last in con.execute(
            f'SELECT c.article_id, a.doc_key, c.sentence_idx, c.text, c.start, c."end", {extra} '  # noqa: S608
            "FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.article_id, c.id"):
        if aid != article:
            article = aid
            text = con.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
            sentences = [Sentence(s, e, 0) for s, e in con.execute(
                'SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', (aid,))]
        ps = [Span(s, e, t) for s, e, t in json.loads(parts)] if parts else []
        shown = (first, last) if first is not None and last is not None else None
        yield key, ctext, violations(text, sentences, ctext, Span(start, end, text[start:end]), ps, sidx, shown)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--db", help="a claimcheck SQLite database: every claim stored in it")
    src.add_argument("--parse", choices=("seeds", "dev", "corpus"), help="parse these documents in memory")
    ap.add_argument("--examples", type=int, default=0, help="print this many claims of each kind (article text)")
    ap.add_argument("--halves", action="store_true",
                    help="count by halves of a stable hash of the document id (--parse dev does)")
    a = ap.parse_args()
    if a.parse in ("dev", "corpus") and not (DEV if a.parse == "dev" else CORPUS).is_file():
        print(f"skipped: {DEV if a.parse == 'dev' else CORPUS} not found")
        return 0
    rows = stored(a.db) if a.db else parsed(a.parse)
    claims: Counter[str] = Counter()
    bad: Counter[tuple[str, str]] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for doc_id, ctext, found in rows:
        h = half(doc_id) if a.parse == "dev" or a.halves else "all"
        claims[h] += 1
        for kind, detail in found:
            bad[(h, kind)] += 1
            if len(examples[kind]) < a.examples:
                examples[kind].append(f"  {doc_id}: {ctext[:120]!r}  [{detail}]")
        if found:
            bad[(h, "claims with any")] += 1
    from claimcheck.parse.claims.spans import KINDS

    halves = sorted(claims)
    print("kind".ljust(24) + "".join(f"{'half ' + h if h != 'all' else 'all':>10}" for h in halves)
          + (f"{'whole':>10}" if len(halves) > 1 else ""))
    for kind in ("claims", *KINDS, "claims with any"):
        vals = [claims[h] if kind == "claims" else bad[(h, kind)] for h in halves]
        print(kind.ljust(24) + "".join(f"{v:>10,}" for v in vals) + (f"{sum(vals):>10,}" if len(halves) > 1 else ""))
    for kind, lines in examples.items():
        if not lines:
            continue
        print(f"\n== {kind}")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
