"""How far one new claim can reach in clustering: connected components of the claim–key graph.

    python benchmarks/xref_components.py STORE.db

A claim's clustering (``xref.cluster.assign``) reads only the representatives filed under its
own keys: (candidate block, token) postings, its actor keys (a denial without an action class
looks among the representatives naming its actors, in its own article), its exact-duplicate key
and its content words (a denial of the very words of a claim).  Claims that share no key, even
through others, cannot change each other's clusters; an incremental pass that re-clusters only
the components a new claim touches is exact, and cheap only when components are small.  Prints
the number of components and the largest, with the actor-key link taken store-wide (as the
postings are read, their first ``max_block`` entries) and per article, and for blocks alone.
Figures in ``docs/performance.md`` (issue 13, fourth pass).
"""

from __future__ import annotations

import sys
from collections import Counter


def main(db: str) -> None:
    from claimcheck import api
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import read_scope
    import claimcheck.xref.cluster as cl

    engine = api.open_store(db, create=False)
    lex = load_lexicons()
    with read_scope(engine) as s:
        claims = sa.load_claim_records(s)
        decisions, speakers = sa.actor_decisions(s), sa.load_named_speakers(s)
    index = api._actor_index(claims, decisions, lex, speakers)
    claims = sorted(claims, key=lambda c: c.claim_uid)
    got: dict = {}
    plain = cl.assign

    def grab(cs, feats, order, th, windows):  # noqa: ANN001, ANN202
        got.update(feats=feats, windows=windows)
        return plain(cs, feats, order, th, windows)

    cl.assign = grab
    cl.cluster_claims(claims, index.claim_keys, lex)
    cl.assign = plain
    feats, windows = got["feats"], got["windows"]

    def components(keys_of) -> Counter:  # noqa: ANN001
        parent = list(range(len(claims)))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        first: dict = {}
        for i, f in enumerate(feats):
            for key in keys_of(i, f):
                j = first.setdefault(key, i)
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        return Counter(find(i) for i in range(len(claims)))

    def full(per_article: bool):  # noqa: ANN202
        def keys(i: int, f) -> list:  # noqa: ANN001
            toks = [w for w in f.bag if w[:1] != "@"]
            out = [("P", *b, t) for b in cl.blocks_of(f) for t in toks]
            out += [("@", k, claims[i].article_id if per_article else None) for k in f.keys]
            out.append(("D", f.bag, f.group, f.keys, f.denial, f.day if f.group in windows else None,
                        f.agent, f.patient, f.refers))
            words = cl._content(f.bag)
            if len(words) >= cl.WORDED_MIN:
                out.append(("W", f.group, words))
            if claims[i].reverses_claim_id is not None:
                out.append(("R", min(claims[i].claim_id, claims[i].reverses_claim_id)))
            return out
        return keys

    print(f"{len(claims)} claims")
    for name, keys_of in (("all keys, actor link store-wide", full(False)),
                          ("all keys, actor link per article", full(True)),
                          ("blocks only", lambda i, f: [("P", *b) for b in cl.blocks_of(f)]
                           + [("@", k, claims[i].article_id) for k in f.keys])):
        sizes = components(keys_of)
        big = sizes.most_common(1)[0][1]
        print(f"{name}: {len(sizes)} components, largest {big} claims ({big / len(claims):.0%})")


if __name__ == "__main__":
    main(sys.argv[1])
