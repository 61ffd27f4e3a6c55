"""Origins and source grades on the 1,683 FNC-1 training bodies (``../shared/corpus``).

Ingests the bodies (as JSONL, ``fnc1-<Body ID>``) into a fresh SQLite file with the analysis,
then measures:

* ``sources``: how many rows are graded at all, that no pronoun / relative pronoun / common noun
  is graded (rows that are no source come back ``resolved: false``, grade F), that no source is
  A or B on fewer than three independent corroborations; the top 20 rows;
* origin tracing: the statuses of the clusters with the traced origins (wire credits, copies,
  normalised intermediaries and reports) against the plain origins (actor keys only), and how
  many mentions each fold reason accounts for;
* near-identical passages: the exact prefix-filter join of ``xref.origins.near_pairs`` against
  MinHash LSH (``datasketch``, when importable), on the same sentence shingles: pairs found and
  time.

Usage (from the repository root)::

    python benchmarks/origins.py [--out benchmarks/results/origins.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "fnc1_train_bodies.csv"
RESULTS = ROOT / "benchmarks" / "results" / "origins.json"


def write_jsonl(corpus: Path, out: Path) -> int:
    csv.field_size_limit(sys.maxsize)
    n = 0
    with corpus.open(encoding="utf-8", newline="") as fh, out.open("w", encoding="utf-8") as dst:
        for row in csv.DictReader(fh):
            dst.write(json.dumps({"id": f"fnc1-{row['Body ID']}", "text": row["articleBody"]}, ensure_ascii=False) + "\n")
            n += 1
    return n


def sources_figures(db: str) -> dict:
    from claimcheck import api

    rows = api.sources(db)
    graded = [r for r in rows if r["grade"] != "F"]
    unresolved = [r for r in rows if not r["resolved"]]
    return {
        "sources": len(rows), "graded": len(graded), "by_grade": dict(sorted(Counter(r["grade"] for r in rows).items())),
        "unresolved": len(unresolved), "unresolved_graded": sum(r["grade"] != "F" for r in unresolved),
        "a_or_b_under_3": sum(r["grade"] in "AB" and r["corroborated"] < 3 for r in rows),
        "unresolved_examples": sorted({r["name"] for r in unresolved})[:30],
        "top20": [{k: r[k] for k in ("grade", "name", "kind", "attributions", "corroborated", "contradicted",
                                     "single_source")} for r in rows[:20]],
    }


def origin_figures(db: str) -> dict:
    """Statuses with traced against plain origins, and the fold reasons, over the stored claims."""
    from claimcheck import api
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import session_scope
    from claimcheck.xref.cluster import cluster_claims, thresholds
    from claimcheck.xref.grade import assess
    from claimcheck.xref.origins import OriginContext, build_rules, publishers

    lex = load_lexicons()
    engine = api.open_store(db, create=False)
    with session_scope(engine) as s:
        claims = sorted(sa.load_claim_records(s), key=lambda c: c.claim_uid)
        articles = sa.load_article_texts(s)
        decisions = sa.actor_decisions(s)
    index = api._actor_index(claims, decisions, lex)
    rules = lex.derive(build_rules)
    base = OriginContext(index.key, index.name, rules)
    t0 = time.perf_counter()
    pubs = publishers(articles, base)
    t_pub = time.perf_counter() - t0
    ctx = OriginContext(index.key, index.name, rules, pubs)
    wire = thresholds(lex).wire_copy
    plain_status: Counter[str] = Counter()
    traced_status: Counter[str] = Counter()
    moved: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for g in cluster_claims(claims, index.claim_keys, lex):
        a = assess(claims, g, index.key, wire)
        b = assess(claims, g, index.key, wire, ctx)
        plain_status[a.status] += 1
        traced_status[b.status] += 1
        if a.status != b.status:
            moved[f"{a.status} -> {b.status}"] += 1
        for o in b.traced:
            if o.reason:
                reasons[o.reason.split(" (")[0].split(" via ")[0].split(" by ")[0].split(" in ")[0]] += 1
    credited = Counter(p.label for p in pubs.values() if p.reason.startswith("same wire credit"))
    copies = sum(1 for p in pubs.values() if p.reason.startswith("near-identical"))
    return {"articles": len(articles), "claims": len(claims), "publishers_s": round(t_pub, 2),
            "wire_credited_articles": sum(credited.values()), "by_wire": dict(credited.most_common()),
            "copied_articles": copies, "status_plain": dict(sorted(plain_status.items())),
            "status_traced": dict(sorted(traced_status.items())), "status_changes": dict(moved.most_common()),
            "fold_reasons": dict(reasons.most_common())}


def passage_figures(db: str) -> dict:
    """Exact prefix-filter join against MinHash LSH on the same shingle sets (Jaccard >= 0.7)."""
    from claimcheck import api
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import session_scope
    from claimcheck.xref.origins import NEAR, near_pairs, shingles

    engine = api.open_store(db, create=False)
    with session_scope(engine) as s:
        articles = sa.load_article_texts(s)
    keys, sets = [], []
    for a in articles:
        for i, sent in enumerate(a.sentences):
            sh = shingles(sent)
            if sh:
                keys.append((a.article_id, i))
                sets.append(sh)
    t0 = time.perf_counter()
    exact = {(i, j) for i, j in near_pairs(sets, NEAR) if keys[i][0] != keys[j][0]}
    t_exact = time.perf_counter() - t0
    out = {"sentences": len(sets), "threshold": NEAR, "exact_pairs": len(exact), "exact_s": round(t_exact, 2)}
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        out["minhash"] = "datasketch not importable"
        return out
    for perms in (64, 128):
        t0 = time.perf_counter()
        lsh = MinHashLSH(threshold=NEAR, num_perm=perms)
        mhs = []
        for k, sh in enumerate(sets):
            m = MinHash(num_perm=perms)
            m.update_batch([x.encode() for x in sh])
            lsh.insert(k, m)
            mhs.append(m)
        cand = {(min(k, j), max(k, j)) for k, m in enumerate(mhs) for j in lsh.query(m) if j != k}
        found = {(i, j) for i, j in cand if keys[i][0] != keys[j][0]
                 and len(sets[i] & sets[j]) / len(sets[i] | sets[j]) >= NEAR}  # verified, like ours
        t = time.perf_counter() - t0
        out[f"minhash_{perms}"] = {"candidates": len(cand), "pairs": len(found), "missed": len(exact - found),
                                   "recall": round(len(found & exact) / len(exact), 4) if exact else 1.0,
                                   "seconds": round(t, 2)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--db", help="SQLite file: ingested into when missing, reused when there (default: a temporary one)")
    args = ap.parse_args()
    from claimcheck import api

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "fnc1.db"
        db = f"sqlite:///{path}"
        if not path.exists():
            jsonl = Path(tmp) / "fnc1.jsonl"
            n = write_jsonl(args.corpus, jsonl)
            t0 = time.perf_counter()
            api.ingest([str(jsonl)], db, max_bytes=1 << 30)
            print(f"ingested {n} bodies with the analysis in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        result = {"corpus": args.corpus.name, "sources": sources_figures(db), "origins": origin_figures(db),
                  "passages": passage_figures(db)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    s = result["sources"]
    print(f"sources {s['sources']}, graded {s['graded']} {s['by_grade']}; unresolved {s['unresolved']} "
          f"(graded: {s['unresolved_graded']}); A/B on fewer than 3 corroborations: {s['a_or_b_under_3']}")
    for r in s["top20"]:
        print(f"  {r['grade']}  {r['name'][:40]:40} [{r['kind']}] att {r['attributions']} corr {r['corroborated']} "
              f"contr {r['contradicted']} single {r['single_source']}")
    print(json.dumps({k: result[k] for k in ("origins", "passages")}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
