"""Measure cross-language clustering on the invented corpus ``tests/lang/xlang/`` (issue 15).

Every article of ``xlang/<event>/<language>.txt`` is ingested into a fresh SQLite database;
``xlang/gold.toml`` says which claims state which proposition.  Of the pairs of annotated
claims in two different languages, those of one proposition should share a cluster ("should
join") and those of two propositions should not ("should not join"; the "near misses" among
them are the pairs whose claims have the same action class).  Printed per language pair:

    python tests/lang/xlang_score.py [--json] [--corpus tuned|held_out|all]
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import sys
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).parent / "xlang"  # the corpus the rules were written with
HELD_OUT = Path(__file__).parent / "xlang_heldout"  # written after, measured without changing a rule


@dataclass
class Score:
    """Pair counts, overall and per language pair ("en-fr")."""

    should: Counter = field(default_factory=Counter)  # language pair -> pairs that should join
    joined: Counter = field(default_factory=Counter)  # ... of which share a cluster
    should_not: Counter = field(default_factory=Counter)
    false: Counter = field(default_factory=Counter)  # pairs that should not join and do
    near: int = 0  # should-not pairs with one action class
    near_false: int = 0
    misses: list = field(default_factory=list)  # (prop, a, b) pairs that should join and do not
    false_joins: list = field(default_factory=list)
    unmatched: list = field(default_factory=list)  # gold entries no claim holds

    def recall(self, pairs: tuple[str, ...] | None = None) -> float:
        keys = pairs or tuple(self.should)
        n = sum(self.should[k] for k in keys)
        return sum(self.joined[k] for k in keys) / n if n else 0.0

    def as_dict(self) -> dict:
        return {"should_join": sum(self.should.values()), "joined": sum(self.joined.values()),
                "recall": round(self.recall(), 3),
                "should_not_join": sum(self.should_not.values()), "false_joins": sum(self.false.values()),
                "near_misses": self.near, "near_miss_false_joins": self.near_false,
                "by_pair": {k: f"{self.joined[k]}/{self.should[k]}" for k in sorted(self.should)},
                "unmatched_gold": self.unmatched}


def articles(corpora: tuple[Path, ...] = (CORPUS,)) -> list[Path]:
    return sorted(p for c in corpora for p in c.glob("*/*.txt"))


def score(db_dir: Path | None = None, corpora: tuple[Path, ...] = (CORPUS,)) -> Score:
    """Ingest the corpora (into one database in ``db_dir``, else a temporary folder) and count."""
    from claimcheck import api

    folder = Path(db_dir or tempfile.mkdtemp(prefix="xlang-"))
    db = folder / "xlang.db"
    paths = articles(corpora)
    summary = api.ingest([str(p) for p in paths], str(db))
    assert summary.ingested == len(paths), summary
    by_title = {p.read_text(encoding="utf-8").split("\n", 1)[0].strip(): f"{p.parent.name}/{p.stem}" for p in paths}
    con = sqlite3.connect(db)
    rows = con.execute("""select c.id, c.text, a.title, c.action, m.cluster_id
                          from claims c join articles a on a.id = c.article_id
                          join cluster_members m on m.claim_id = c.id""").fetchall()
    gold = [g for c in corpora for g in tomllib.loads((c / "gold.toml").read_text(encoding="utf-8"))["claim"]]
    prop: dict[int, str] = {}
    info: dict[int, tuple[str, str, str | None, int]] = {}
    for cid, text, title, action, cluster in rows:
        art = by_title[title.strip()]
        info[cid] = (art, text, action, cluster)
    unmatched = []
    for g in gold:
        hits = [cid for cid, (art, text, _, _) in info.items() if art == g["article"] and g["text"].casefold() in text.casefold()]
        if not hits:
            unmatched.append(f"{g['article']}: {g['text']}")
        for cid in hits:
            if prop.get(cid, g["prop"]) != g["prop"]:
                raise ValueError(f"{info[cid][1]!r} is annotated as {prop[cid]} and {g['prop']}")
            prop[cid] = g["prop"]
    out = Score(unmatched=unmatched)
    for a, b in itertools.combinations(sorted(prop), 2):
        la, lb = info[a][0].split("/")[1], info[b][0].split("/")[1]
        if la == lb:
            continue
        key = "-".join(sorted((la, lb), key=lambda x: (x != "en", x)))
        same = info[a][3] == info[b][3]
        if prop[a] == prop[b]:
            out.should[key] += 1
            out.joined[key] += same
            if not same:
                out.misses.append((prop[a], info[a][:2], info[b][:2]))
        else:
            out.should_not[key] += 1
            out.false[key] += same
            near = info[a][2] is not None and info[a][2] == info[b][2]
            out.near += near
            out.near_false += near and same
            if same:
                out.false_joins.append((prop[a], prop[b], info[a][:2], info[b][:2]))
    return out


def main() -> int:
    which = sys.argv[sys.argv.index("--corpus") + 1] if "--corpus" in sys.argv else "tuned"
    s = score(corpora={"tuned": (CORPUS,), "held_out": (HELD_OUT,), "all": (CORPUS, HELD_OUT)}[which])
    if "--json" in sys.argv:
        print(json.dumps(s.as_dict(), ensure_ascii=False, indent=1))
        return 0
    d = s.as_dict()
    print(f"should join: {d['joined']}/{d['should_join']} pairs join (recall {d['recall']:.3f})")
    for k, v in d["by_pair"].items():
        print(f"  {k}: {v}")
    print(f"should not join: {d['false_joins']} of {d['should_not_join']} pairs join (false joins); "
          f"near misses (one action class): {d['near_miss_false_joins']} of {d['near_misses']}")
    for m in s.misses:
        print("  miss:", m)
    for f in s.false_joins:
        print("  FALSE:", f)
    for u in d["unmatched_gold"]:
        print("  gold entry without a claim:", u)
    return 0


if __name__ == "__main__":
    sys.exit(main())
