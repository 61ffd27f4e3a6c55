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
  joins), with the words listed by ``--list`` for reading by hand;
- ``opener`` (stop 23): aliases whose first word is a sentence opener of ``names.toml``'s ``opener``
  entries, a participle or an adverb ("Asked", "Apparently Lenovo", "Trained"), or that are one
  capitalised word of its ``interjections`` or ``calendar`` entries ("Wow", "Tuesday");
- ``lower_case`` (stop 23): aliases without a capital letter (or a letter of a script without
  case) in any word but a determiner: common nouns and descriptions ("newspaper", "the
  newspaper", "this website", "hacker group") and numbers ("1993"); a lower-case web address
  ("mirror.co.uk") or user name ("strombone1") aside.

Stop 24 (actors24), the new user's actor findings:
- ``possessive_alias``: aliases ending on a possessive ("Russia's", "Forces'");
- ``double_alias``: aliases that two actors or more list (a capital both an alias of its state
  and an actor of its own);
- ``demonym_actor``: actors whose name is one word that is a demonym: a gazetteer demonym
  ("Russian") or another one-word actor's name plus a ``demonym_ending`` of ``names.toml``
  ("Ruritanian" beside "Ruritania");
- ``of_place``: one-word aliases of an actor "A of B" that are its B ("Freedonia" of "Rufus of
  Freedonia").

With ``--before OLD.json`` it also lists the aliases of OLD.json that no actor of the file holds
any more and that none of the classes above counts: the candidates for a real actor lost, to be
read by hand.
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


def opener_words() -> tuple[set[str], set[str]]:
    """(words that open a sentence: ``opener`` entries; words that alone are junk: ``interjections``
    and ``calendar`` entries) of ``names.toml``."""
    names = load_lexicons()["names"]
    return ({w for e in names if e.get("kind") == "opener" for w in e["words"]},
            {w for e in names if e.get("id") in ("interjections", "calendar") for w in e["words"]})


DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "our", "its", "their", "his", "her", "my", "your"}
HANDLE = re.compile(r"[^\W_]\.(?:[a-z]{2,}\.)*[a-z]{2,}\b|@\w|\b[a-z]{3,}\d+\b")


def junk_class(al: str, openers: set[str], alone: set[str]) -> str | None:
    """``opener``, ``lower_case`` or None for one alias."""
    words = re.findall(r"[^\W_][\w'’.-]*", al)
    if not words:
        return "lower_case"
    first = words[0].lower().rstrip("'’s")
    if words[0][0].isupper() and (first in openers or (len(words) == 1 and first in alone)):
        return "opener"
    rest = [w for w in words if w.lower() not in DETERMINERS]
    if not any(c.isupper() or (c.isalpha() and c.lower() == c.upper()) for w in rest for c in w) \
            and not HANDLE.search(al):
        return "lower_case"
    return None


POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])$")


def demonym_names(actors: list[dict]) -> set[str]:
    """The one-word actor names that are demonyms (gazetteer demonyms; another one-word actor's
    name plus a ``demonym_ending`` of ``names.toml``, a plural "s" aside)."""
    lex = load_lexicons()
    known = {d.lower() for e in lex["gazetteer"] if e.get("kind") == "actor" for d in e.get("demonyms", ())}
    endings = [w for e in lex["names"] if e.get("kind") == "demonym_ending" for w in e["words"]] or ["n", "ian", "ese"]
    ones = {a["name"].lower() for a in actors if len(a["name"].split()) == 1}
    out = set()
    for a in actors:
        n = a["name"]
        if len(n.split()) != 1:
            continue
        f = n.lower()
        stems = {f, f[:-1] if f.endswith("s") else f}
        if f in known or any(st.endswith(e) and len(st) - len(e) >= 5 and st[:-len(e)] in ones - {f}
                             for st in stems for e in endings):
            out.add(n)
    return out


def count(actors: list[dict]) -> dict[str, list[str]]:
    compass = compass_words()
    openers, alone = opener_words()
    out: dict[str, list[str]] = {"compass": [], "possessive_fragment": [], "short_forms": [], "opener": [],
                                 "lower_case": [], "possessive_alias": [], "double_alias": [], "demonym_actor": [],
                                 "of_place": []}
    held: dict[str, list[str]] = {}
    for a in actors:
        for al in a["aliases"]:
            held.setdefault(al, []).append(a["name"])
    out["double_alias"] = [f"{al} ({' / '.join(sorted(ns))})" for al, ns in held.items() if len(ns) > 1]
    out["demonym_actor"] = sorted(demonym_names(actors))
    for a in actors:
        words = a["name"].split()
        for al in a["aliases"]:
            if POSSESSIVE.search(al):
                out["possessive_alias"].append(f"{al} ({a['name']})")
            if len(al.split()) == 1 and "of" in words[1:-1] and al.lower() == words[-1].lower():
                out["of_place"].append(f"{al} ({a['name']})")
        for al in a["aliases"]:
            cls = junk_class(al, openers, alone)
            if cls:
                out[cls].append(f"{al} ({a['name']})")
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
    ap.add_argument("--before", help="an earlier actors JSON: list its aliases gone that no class counts")
    args = ap.parse_args()
    actors = json.load(sys.stdin if args.actors == "-" else open(args.actors, encoding="utf-8"))
    got = count(actors)
    aliases = {al for a in actors for al in a["aliases"]}
    print(f"actors {len(actors)}; aliases {len(aliases)}; " + "; ".join(f"{k} {len(v)}" for k, v in got.items()))
    if args.list:
        for k, v in got.items():
            print(f"{k}: {', '.join(sorted(v))}")
    if args.before:
        old = json.load(open(args.before, encoding="utf-8"))
        openers, alone = opener_words()
        compass = compass_words()
        gone = sorted({al for a in old for al in a["aliases"]} - aliases)
        demonyms = demonym_names(old)
        junk = [al for al in gone if junk_class(al, openers, alone)
                or all(w.lower() in compass for w in re.split(r"[\s\-]+", al) if w)
                or POSSESSIVE.search(al) or al in demonyms]
        real = [al for al in gone if al not in junk]
        print(f"aliases gone: {len(gone)} ({len(junk)} of the classes above; {len(real)} to read by hand)")
        print("to read: " + ", ".join(real))


if __name__ == "__main__":
    main()
