#!/usr/bin/env python3
"""Does ``report --actor`` keep the same clusters whichever name of an actor is given?

    python benchmarks/actor_filter.py --db seeds.db

For each actor of the database with two or more aliases, runs the report filter once per alias
(``api.report_page`` with ``ReportFilters(actor=alias)``) and prints the actors whose aliases
keep different sets of clusters, with the count per alias; then the number of such actors.
"""

from __future__ import annotations

import argparse
import sqlite3

from claimcheck import api


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="a SQLite file")
    a = ap.parse_args()
    con = sqlite3.connect(a.db)
    try:
        aliases: dict[str, list[str]] = {}
        for name, alias in con.execute("SELECT a.name, al.alias FROM actors a JOIN actor_aliases al "
                                       "ON al.actor_id = a.id ORDER BY a.name, al.alias"):
            aliases.setdefault(name, []).append(alias)
    finally:
        con.close()
    differ = 0
    many = {n: al for n, al in aliases.items() if len(al) > 1}
    for name, al in many.items():
        kept = {x: {r.cluster for r in api.report_page(a.db, api.ReportFilters(actor=x)).rows} for x in al}
        if len({frozenset(v) for v in kept.values()}) > 1:
            differ += 1
            print(f"{name}: " + ", ".join(f"{x!r} {len(v)}" for x, v in kept.items()))
    print(f"{differ} of {len(many)} actors with two or more aliases: the aliases keep different clusters")


if __name__ == "__main__":
    main()
