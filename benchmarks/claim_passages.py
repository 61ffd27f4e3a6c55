"""How long are the passages shown beside claims?  Counts the claims whose passage (the sentences
``passage_first`` .. ``passage_last`` a reader is shown with the claim, ``parse.claims.spans``)
runs over ``--sentences`` sentences, crosses a line break (a paragraph) or is over ``--chars``
characters; over every current claim of a database and over the mentions of its multi-article
clusters (what ``show`` and the handover's views print; READER26 counted 253 of 3,664 such
mentions spanning a line break and 84 over 600 characters on the corpus).  Issue 9 item 1, text27.

    python benchmarks/claim_passages.py --db DB                  # all, and halves a / b
    python benchmarks/claim_passages.py --db DB --examples 5     # also print 5 long passages (article text:
                                                                 # print it, never commit it)

Halves: by the sha256 of the article's document key (``fnc1-body-N``), first byte even = ``a``.
The database is read with the stdlib ``sqlite3`` (the tables of ``claimcheck/store/models.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
from collections import Counter


def half(doc_key: str) -> str:
    """``a`` or ``b``: the first byte of the sha256 of the document key, even or odd."""
    return "a" if hashlib.sha256(doc_key.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def rows(db: str) -> list[tuple[str, int, bool, int, bool, str]]:
    """``(doc key, sentences shown, crosses a line break, characters, in a multi-article cluster, passage)``
    for every claim of the current articles (their latest extractor version)."""
    con = sqlite3.connect(db)
    multi: set[int] = set()
    run = con.execute("select max(id) from runs").fetchone()[0]
    if run is not None:
        multi = {r[0] for r in con.execute(
            "select m.claim_id from cluster_members m join clusters c on c.id = m.cluster_id "
            "where c.run_id = (select max(run_id) from clusters) and c.n_articles > 1")}
    latest = dict(con.execute("select article_id, max(extractor_version) from claims group by article_id"))
    sents: dict[int, dict[int, tuple[int, int]]] = {}
    for aid, idx, s, e in con.execute('select article_id, idx, start, "end" from sentences'):
        sents.setdefault(aid, {})[idx] = (s, e)
    texts = dict(con.execute("select id, text from articles where is_current"))
    keys = dict(con.execute("select id, doc_key from articles where is_current"))
    out = []
    for cid, aid, ver, k, first, last in con.execute(
            "select id, article_id, extractor_version, sentence_idx, passage_first, passage_last from claims"):
        if aid not in texts or latest.get(aid) != ver:
            continue
        first = k if first is None else first
        last = k if last is None else last
        ss = sents.get(aid, {})
        if first not in ss or last not in ss:
            continue
        lo, hi = ss[first][0], ss[last][1]
        passage = texts[aid][lo:hi]
        out.append((keys[aid], last - first + 1, "\n" in passage, hi - lo, cid in multi, passage))
    return out


def summary(rs: list, n_sent: int, n_chars: int) -> dict[str, int]:
    return {"claims": len(rs), f"over_{n_sent}_sentences": sum(1 for r in rs if r[1] > n_sent),
            "over_1_sentence": sum(1 for r in rs if r[1] > 1), "line_break": sum(1 for r in rs if r[2]),
            f"over_{n_chars}_chars": sum(1 for r in rs if r[3] > n_chars)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--sentences", type=int, default=10)
    ap.add_argument("--chars", type=int, default=600)
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args(argv)
    try:
        rs = rows(args.db)
    except sqlite3.Error as exc:
        print(f"{args.db}: {exc}", file=sys.stderr)
        return 1
    groups = {"all": rs, "half a": [r for r in rs if half(r[0]) == "a"], "half b": [r for r in rs if half(r[0]) == "b"],
              "multi-article mentions": [r for r in rs if r[4]]}
    for name, g in groups.items():
        s = summary(g, args.sentences, args.chars)
        print(f"{name:24} " + "  ".join(f"{k} {v}" for k, v in s.items()))
    by = Counter(min(r[1], 12) for r in rs)
    print("sentences shown: " + "  ".join(f"{k if k < 12 else '12+'}: {by[k]}" for k in sorted(by)))
    for r in sorted(rs, key=lambda r: -r[3])[:args.examples]:
        print(f"  {r[0]}: {r[1]} sentences, {r[3]} chars: {r[5][:160]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
