"""The whole analysis of a store in memory, step by step: CPU per step, peak memory, and a digest
of the result (to show two versions give the same clusters and grades).

    python benchmarks/xref_digest.py STORE.db
    PYTHONPATH=/path/to/other/checkout python benchmarks/xref_digest.py STORE.db   # the other version

The steps of ``api.analyse_store`` before its writes: load (claims, article texts, decisions,
speakers), the actor index, publishers (copy detection), ``xref.analyse.analyse``.  The digest is
a sha256 of the ``repr`` of the clusters and the sorted source grades.  Nothing is written.
"""

from __future__ import annotations

import hashlib
import resource
import sys
import time


def main(db: str) -> None:
    from claimcheck import api
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import read_scope
    from claimcheck.xref import analyse as xa

    laps: dict[str, float] = {}
    t = [time.process_time()]

    def lap(name: str) -> None:
        now = time.process_time()
        laps[name] = round(now - t[0], 2)
        t[0] = now

    engine = api.open_store(db, create=False)
    lex = load_lexicons()
    with read_scope(engine) as s:
        claims, articles = sa.load_claim_records(s), sa.load_article_texts(s)
        decisions, speakers = sa.actor_decisions(s), sa.load_named_speakers(s)
    lap("load")
    index = api._actor_index(claims, decisions, lex, speakers)
    lap("actor index")
    pubs = xa.article_publishers(articles, index, lex)
    lap("publishers")
    del articles
    res = xa.analyse(claims, index, lex, publishers_of=pubs)
    lap("analyse")
    digest = hashlib.sha256(repr((res.clusters, sorted(res.source_grades.items()))).encode()).hexdigest()[:16]
    print(laps, "total", round(sum(laps.values()), 2), "CPU-s; clusters", len(res.clusters), "digest", digest,
          "peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "MB")


if __name__ == "__main__":
    main(sys.argv[1])
