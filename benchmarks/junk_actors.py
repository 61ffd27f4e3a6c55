"""Count junk actors of the classes mended at stop 22 in ``claimcheck actors --format json`` output.

    claimcheck actors --db S.db --format json > actors.json
    python benchmarks/junk_actors.py actors.json [--list]

Counts (each alias once):
- ``compass``: aliases that are a compass word alone or after a determiner ("East", "the West",
  "its east"); the words are ``names.toml``'s ``directions`` entry;
- ``possessive_fragment``: aliases "P's H" with a one-word head H that is a word of an
  institution's name which needs its complement ("House", "Ministry", "Council", "Chamber",
  "Office", "Court", "Department", "Committee": the head of "House of Representatives" cut off);
- ``short_forms``: one-word aliases of an actor whose name has more words (the partial-name rule's
  joins), with the words listed by ``--list`` for reading by hand.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from claimcheck.lexicons import load_lexicons

HEADS = ("House", "Ministry", "Council", "Chamber", "Office", "Court", "Department", "Committee")
POSSESSIVE_FRAGMENT = re.compile(rf"^\S+(?: \S+)*?['’]s (?:{'|'.join(HEADS)})$")


def compass_words() -> set[str]:
    entries = [e for e in load_lexicons()["names"] if e.get("id") == "directions"]
    return {w for e in entries for w in e["words"]}


def count(actors: list[dict]) -> dict[str, list[str]]:
    compass = compass_words()
    out: dict[str, list[str]] = {"compass": [], "possessive_fragment": [], "short_forms": []}
    for a in actors:
        for al in a["aliases"]:
            bare = re.sub(r"^(?:the|its|their)\s+", "", al.strip(), flags=re.I).lower()
            if all(w in compass for w in re.split(r"[\s\-]+", bare) if w):
                out["compass"].append(f"{al} ({a['name']})")
            if POSSESSIVE_FRAGMENT.match(al):
                out["possessive_fragment"].append(f"{al} ({a['name']})")
            if len(al.split()) == 1 and len(a["name"].split()) > 1:
                out["short_forms"].append(f"{al} ({a['name']})")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("actors", help="claimcheck actors --format json output ('-' for stdin)")
    ap.add_argument("--list", action="store_true", help="list the aliases counted")
    args = ap.parse_args()
    actors = json.load(sys.stdin if args.actors == "-" else open(args.actors, encoding="utf-8"))
    got = count(actors)
    print(f"actors {len(actors)}; " + "; ".join(f"{k} {len(v)}" for k, v in got.items()))
    if args.list:
        for k, v in got.items():
            print(f"{k}: {', '.join(sorted(v))}")


if __name__ == "__main__":
    main()
