"""Names across scripts: how often a Russian or Arabic spelling meets its Latin spelling.

Reads ``tests/xref/data/cross_script_names.tsv`` (script form, Latin form per line) and prints,
per language, how many pairs get equal keys (Russian: the transliteration key; Arabic: the
consonant skeleton), how many reach the resolver's ``auto_merge`` similarity, and how many of
the cross pairs (different people) get equal keys.  With ``--library anyascii`` or
``--library unidecode`` (installed by hand; not dependencies) the romanisation of non-Latin
words is that library's instead of the ``names.toml`` tables, everything else unchanged.

Usage: ``python benchmarks/translit.py [--library tables|anyascii|unidecode] [-v]``
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from rapidfuzz.distance import Indel

from claimcheck.lexicons import load_lexicons
from claimcheck.xref import names
from claimcheck.xref.gazetteer import normalise

DATA = Path(__file__).resolve().parents[1] / "tests" / "xref" / "data" / "cross_script_names.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--library", default="tables", choices=["tables", "anyascii", "unidecode"])
    ap.add_argument("-v", action="store_true", help="list the pairs that miss")
    a = ap.parse_args()
    lex = load_lexicons()
    rules = names.name_rules(lex)
    if a.library != "tables":
        lib = getattr(importlib.import_module(a.library), a.library)

        def romanise(word: str, _rules: names.NameRules) -> str:
            return word if word.isascii() else names.fold(lib(word).lower())

        names.romanise = romanise  # the translit key calls it through the module
    pairs = [ln.split("\t") for ln in DATA.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    th = rules.thresholds.auto_merge

    def key(text: str, lang: str) -> str:
        k = normalise(text, lex)
        return names.translit_words(k, rules) if lang == "ru" else names.skeleton_key(k, rules)

    for lang in ("ru", "ar"):
        p = [(x, y) for lg, x, y in pairs if lg == lang]
        eq = sum(key(x, lang) == key(y, lang) for x, y in p)
        near = sum(Indel.normalized_similarity(key(x, lang), key(y, lang)) >= th for x, y in p)
        cross = [(p[i][0], p[j][1]) for i in range(len(p)) for j in range(len(p)) if i != j]
        false = sum(key(x, lang) == key(y, lang) for x, y in cross)
        print(f"{a.library:9} {lang}: equal key {eq}/{len(p)}, similarity >= {th} {near}/{len(p)}, "
              f"different people with equal keys {false}/{len(cross)}")
        if a.v:
            for x, y in p:
                if key(x, lang) != key(y, lang):
                    print(f"    {x} [{key(x, lang)}]  /  {y} [{key(y, lang)}]")


if __name__ == "__main__":
    main()
