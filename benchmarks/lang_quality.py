"""Attribution quality per language on the gold sets of ``tests/gold/lang/<lang>.jsonl``.

Each part of a gold set (``--split tune``, ``heldout`` or ``all``; the split is stored in the
file, made once by crc32 of the id) is written to a temporary file and scored by the shared
scorer ``../shared/eval/score_attributions.py`` through the installed command line, exactly as
for PolNeAR.  Prints one line per language and part (cue, source partial and content partial
P/R/F1), or JSON with ``--json``.

Usage: ``python benchmarks/lang_quality.py --lang ru ar [--split tune heldout all] [--json]``

``--detect`` measures language detection instead (``claimcheck.ingest.language.detect``, no
scorer): the first 1, 2 and 3 sentences of every gold document of ``--lang`` (language known),
and of the English dev bodies ``../shared/eval/xref_fnc1_dev_bodies.jsonl`` (``en``; halves A/B
by the first byte of the sha256 of the body id, even -> A), each prefix judged on its own: per
language, part and prefix length the share detected right, ``und`` and wrong.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "lang"
SCORER = ROOT.parent / "shared" / "eval" / "score_attributions.py"


def score(lang: str, split: str) -> dict:
    """The shared scorer's figures for one part of one language's gold set.  Raises
    ``RuntimeError`` with the scorer's stderr when it fails."""
    docs = [json.loads(ln) for ln in (GOLD / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    docs = [d for d in docs if split == "all" or d["split"] == split]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{lang}-{split}.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        proc = subprocess.run([sys.executable, str(SCORER), "--gold", str(path), "--json",
                               "--cmd", f"{sys.executable} -m claimcheck"], capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(proc.stderr[-2000:])
    res = json.loads(proc.stdout)
    res["docs"] = len(docs)
    return res


DEV_BODIES = ROOT.parent / "shared" / "eval" / "xref_fnc1_dev_bodies.jsonl"
_SENT = __import__("re").compile(r"(?<=[.!?؟。])\s+")


def detection(langs: list[str]) -> dict[str, dict]:
    """``{"<lang>:<part>:<k>": {"n", "right", "und", "wrong"}}`` for prefixes of k = 1..3 sentences."""
    import hashlib

    from claimcheck.ingest.language import detect
    from claimcheck.lexicons import load_lexicons

    lex = load_lexicons()
    sets: list[tuple[str, str, str]] = []  # (language, part, text)
    for lang in langs:
        for ln in (GOLD / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            if ln.strip():
                d = json.loads(ln)
                sets.append((lang, d.get("split", "all"), d["text"]))
    if DEV_BODIES.exists():
        for ln in DEV_BODIES.read_text(encoding="utf-8").splitlines():
            d = json.loads(ln)
            part = "A" if hashlib.sha256(d["id"].encode()).digest()[0] % 2 == 0 else "B"
            sets.append(("en", part, d["text"]))
    out: dict[str, dict] = {}
    for lang, part, text in sets:
        sents = [x for x in _SENT.split(text.strip()) if x]
        for k in (1, 2, 3):
            if len(sents) < k:
                continue
            got = detect(" ".join(sents[:k]), lex)
            row = out.setdefault(f"{lang}:{part}:{k}", {"n": 0, "right": 0, "und": 0, "wrong": 0})
            row["n"] += 1
            row["right" if got == lang else "und" if got == "und" else "wrong"] += 1
    return dict(sorted(out.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", nargs="+", default=["ru", "ar"])
    ap.add_argument("--split", nargs="+", default=["tune", "heldout", "all"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--detect", action="store_true", help="measure language detection on 1-3 sentence prefixes")
    a = ap.parse_args()
    if a.detect:
        got = detection(a.lang)
        if a.json:
            print(json.dumps(got, indent=1))
            return
        for key, r in got.items():
            print(f"{key:10} n {r['n']:4}  right {r['right'] / r['n']:.3f}  und {r['und'] / r['n']:.3f}  "
                  f"wrong {r['wrong'] / r['n']:.3f}")
        return
    out = {f"{lang}:{split}": score(lang, split) for lang in a.lang for split in a.split}
    if a.json:
        print(json.dumps(out, indent=1))
        return
    for key, r in out.items():
        cells = "  ".join(f"{k} P {r[k]['P']:.3f} R {r[k]['R']:.3f} F1 {r[k]['F1']:.3f}"
                          for k in ("cue", "source_partial", "content_partial"))
        print(f"{key:12} docs {r['docs']:3} gold {r['gold']:3} predicted {r['predicted']:3}  {cells}")


if __name__ == "__main__":
    main()
