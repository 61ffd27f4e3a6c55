"""Effect of the clustering threshold (``xref.toml``: match.same_action) on the seeds and the
test articles about other actors: which expected links hold, which false links appear, and how
many claims end up clustered, for a range of thresholds.

    python benchmarks/xref_thresholds.py

The expected links are the cases the tests assert (tests/xref/test_xref_seeds.py); the
unwanted ones are pairs a reader would not call the same claim.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SAME = [  # pairs of claim-text fragments that must share a cluster
    ("Egypt had offered training for troops", "his troops have received military training"),
    ("Egypt offers military training to Libya", "Egypt had offered training for troops"),
    ("Russian-made tanks", "Egypt to send tanks"),
    ("Russia had refused to supply arms", "Moscow had agreed"),
    ("Iran has supplied hundreds of attack drones", "Iran had supplied hundreds of attack drones"),
    ("Iran has supplied hundreds of attack drones", "supplying weapons to Russia"),
    ("Dock workers in Valparaiso", "Dock workers in Valparaiso"),
]
APART = [  # pairs that must not
    ("to train Libyan forces", "Egypt had offered training for troops"),
    ("Egypt encourages Tobruk", "military support from Egypt"),
    ("Turkey would further military cooperation", "Egypt encourages Tobruk"),
    ("Erdogan and Putin then held a phone call", "Haftar is set to meet in Cairo"),
    ("Egypt has provided funding and arms", "Russian-made tanks"),
]


def main() -> int:
    from claimcheck import api
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import session_scope
    from claimcheck.xref import analyse as an
    from claimcheck.lexicons import load_lexicons
    from claimcheck.xref import cluster

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "t.db")
        api.ingest([str(ROOT / "seeds"), str(ROOT / "tests" / "xref" / "articles")], db, analyse=False)
        engine = api.open_store(db)
        with session_scope(engine) as s:
            claims = sa.load_claim_records(s)
        engine.dispose()
    lex = load_lexicons()
    index = api._actor_index(claims, [], lex)
    base = cluster.thresholds(lex)
    by_id = {c.claim_id: c for c in claims}
    print(f"{len(claims)} claims; threshold sweep of match.same_action (current {base.same_action})")
    notes: list[str] = []
    print(f"{'threshold':>9} {'same ok':>8} {'apart ok':>9} {'clustered':>10} {'clusters>1':>11}")
    for th in (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
        patched = dataclasses.replace(base, same_action=th)
        an.thresholds = cluster.thresholds = lambda _lex, p=patched: p  # type: ignore[assignment]
        result = an.analyse(claims, index, lex)
        where: dict[str, set[int]] = {}
        for k, c in enumerate(result.clusters):
            for cid, _, _ in c.members:
                where.setdefault(by_id[cid].text, set()).add(k)

        def clusters_of(fragment: str) -> set[int]:
            return set().union(*[v for t, v in where.items() if fragment in t] or [set()])

        def together(a: str, b: str) -> bool:
            return bool(clusters_of(a) & clusters_of(b)) if a != b else any(
                len([m for m in c.members if a in by_id[m[0]].text]) > 1 for c in result.clusters)

        same = sum(together(a, b) for a, b in SAME)
        apart = sum(not together(a, b) for a, b in APART)
        multi = [c for c in result.clusters if len(c.members) > 1]
        print(f"{th:>9.2f} {same:>5}/{len(SAME)} {apart:>6}/{len(APART)} "
              f"{sum(len(c.members) for c in multi):>10} {len(multi):>11}")
        if th == base.same_action:
            missed = [f"{a!r} / {b!r}" for a, b in SAME if not together(a, b)]
            wrong = [f"{a!r} / {b!r}" for a, b in APART if together(a, b)]
            notes.append(f"at {th}: missed links {missed or 'none'}; false links {wrong or 'none'}")
    for n in notes:
        print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
