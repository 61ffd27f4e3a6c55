"""Claim texts that are fragments: the share of claims whose text starts with a lower-case
function word or has fewer than four content words (issue 9: under 3 %); and claim texts that do
not read as propositions for reasons those two tests miss (``readability_reasons``: an unbalanced
bracket, a speech frame left inside, an unresolved pronoun or a gerund at the start, a source that
is no speaker), counted apart as "unreadable".

    python benchmarks/claim_texts.py                 # seeds/ and the 600 FNC-1 dev bodies
    python benchmarks/claim_texts.py --examples 20   # also print 20 fragments per corpus
    python benchmarks/claim_texts.py --raw           # measure the source spans instead of the
                                                     # composed claim texts (the old texts)

The text measured is what a reader is shown (``Claim.text``: the composed statement); with
``--raw`` it is the claim's outer source span (``Claim.span.text``), which is what claims showed
before statements were composed.  The dev bodies are split once by a stable hash of their id
(``half a`` / ``half b``) and both halves are reported with the whole.  The function words and
the content-word rule are this script's own (a fixed yardstick, not the parser's lists).
``../shared/eval`` is located relative to the repository root; without it only the seeds are
measured.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "eval" / "xref_fnc1_dev_bodies.jsonl"

# closed-class words: articles, determiners, pronouns, prepositions, conjunctions, auxiliaries,
# modals, the infinitive marker and a few adverbial particles
FUNCTION_WORDS = frozenset("""
a an the this that these those some any each every no all both either neither such another other
i me my we us our you your he him his she her it its they them their who whom whose which what
where when why how whether if unless because while although though as since until than so
of to in on at by for with from into onto about over under after before between through during
against among without within upon via per off out up down near across around behind beyond
and or but nor yet also then too not never only just even still already
is are was were be been being am has have had having do does did done
will would shall should can could may might must ought
there here
""".split())
# words a statement cannot start with, whatever their case: the subject is elsewhere (an
# auxiliary, "to"), or it continues or depends on something before it
GAP_WORDS = frozenset("""
is are was were be been being am has have had do does did will would shall should can could may might must
to of in on at by for with from into about over under after before during against among without
and or but nor yet so also then which whom whose whether
""".split())
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


# --- readability: kinds the two surface tests miss (issue 9's new-user test).  This script's own
# yardstick, written apart from the parser's rules in claims.toml.
SPEECH = r"(?:said|says|added|adds|tweeted|wrote|writes|stated|states|noted|explained|insisted|told|stressed|claimed)"
FRAME_START = re.compile(rf"^(?:[A-Z][\w’'.\-]*\s+){{1,5}}(?:also\s+)?{SPEECH}\s+(?:in|on|at|during|to|after|before)\b")
FRAME_END = re.compile(rf"[,.!?][”\"’]?\s*,?\s+(?:[\w’'.\-]+\s+){{1,8}}?{SPEECH}\s*\.?[\"”]?\s*$")
FRAME_MID = re.compile(rf"[,.!?][”\"’]\s*,?\s+(?:[A-Z][\w’'.\-]*\s+)(?:[\w’'.\-]+\s+){{0,6}}?{SPEECH}\.\s")
PRONOUN_START = frozenset("he she his her him its their they them".split())
NOT_GERUNDS = frozenset("nothing something anything everything during morning evening king thing spring building "
                        "meeting ceiling bring string".split())
DEPICTIONS = frozenset("photo photos photograph photographs picture pictures image images footage video videos "
                       "screenshot screenshots map maps chart charts graphic graphics caption captions".split())
CLAUSE_SOURCE = re.compile(r",\s+(?!who\b|which\b|whose\b)[a-z]+s\s+(?:in|on|up|out|off|down|back)\s")


def readability_reasons(text: str, source: str | None = None, cue: str | None = None) -> list[str]:
    """Why ``text`` (shown for a claim whose attribution has ``source`` and ``cue``, None in the
    outlet's voice) does not read as a proposition, beyond :func:`fragment_reasons`:
    ``"unbalanced bracket"`` ("… (LNA"), ``"speech frame"`` (the attribution's wording inside the
    claim: "X added in the second part of his interview, …", "…,” X tweeted."), ``"pronoun start"``
    (an unresolved he/his/their … opening the text, quotes aside), ``"gerund start"``
    ("Facilitating capabilities to counter …": no subject), ``"not a speaker"`` (the source is a
    picture, "photos showing X", or a clause, "its east, brings in …")."""
    out = []
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        out.append("unbalanced bracket")
    if FRAME_START.search(text) or FRAME_END.search(text) or FRAME_MID.search(text):
        out.append("speech frame")
    words = WORD.findall(text)
    first = words[0] if words else ""
    quoted = text.lstrip()[:1] in "\"“‘'«"
    if not quoted and first.lower() in PRONOUN_START:
        out.append("pronoun start")
    low = first.lower()
    if (not quoted and low.endswith("ing") and len(low) > 5 and low not in NOT_GERUNDS
            and "," not in text[:90]):
        out.append("gerund start")
    if source is not None and source not in text:  # a picture that is the claim's subject is no speaker of it
        last = WORD.findall(source)[-1:] or [""]
        if (last[0].lower() in DEPICTIONS and (cue or "").lower().startswith(("show", "depict"))) \
                or CLAUSE_SOURCE.search(source):
            out.append("not a speaker")
    return out


def fragment_reasons(text: str) -> list[str]:
    """Why ``text`` reads as a fragment: ``"function-word start"`` (its first word is a
    lower-case function word), ``"gap start"`` (its first word, in any case, is one of
    :data:`GAP_WORDS`: an auxiliary, a preposition, a conjunction), ``"few content words"`` (under four words outside
    :data:`FUNCTION_WORDS`); empty when neither."""
    words = WORD.findall(text)
    out = []
    if words and words[0] in FUNCTION_WORDS:
        out.append("function-word start")
    if words and words[0].lower() in GAP_WORDS:
        out.append("gap start")
    if sum(1 for w in words if w.lower() not in FUNCTION_WORDS) < 4:
        out.append("few content words")
    return out


def _seed_docs() -> Iterator[tuple[str, str]]:
    for p in sorted(SEEDS.glob("*.txt")):
        yield p.name, p.read_text(encoding="utf-8")


def _dev_docs() -> Iterator[tuple[str, str]]:
    with DEV.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                yield str(d["id"]), d["text"]


def half_of(doc_id: str) -> str:
    """The stable half (``"a"`` or ``"b"``) a document belongs to (sha1 of its id)."""
    return "a" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def measure(docs: Iterable[tuple[str, str]], raw: bool = False) -> list[tuple[str, str, list[str]]]:
    """``(doc id, claim text, reasons)`` for every claim of every document."""
    from claimcheck.ingest.pipeline import build
    from claimcheck.ingest.readers import RawDocument
    from claimcheck.lexicons import load_lexicons

    lex = load_lexicons()
    out = []
    for doc_id, text in docs:
        ex = build(RawDocument(doc_id, text, "file"), lexicons=lex)
        for c in ex.claims:
            shown = c.span.text if raw else getattr(c, "text", c.span.text)
            a = ex.attributions[c.attribution] if c.attribution is not None else None
            src = a.source.span.text if a is not None and a.source is not None and a.source.span is not None else None
            out.append((doc_id, shown, fragment_reasons(shown)
                        + readability_reasons(shown, src, a.cue.text if a is not None else None)))
    return out


KINDS = ("unbalanced bracket", "speech frame", "pronoun start", "gerund start", "not a speaker")


def summary(rows: list[tuple[str, str, list[str]]]) -> dict[str, float | int]:
    n = len(rows)
    frag = sum(1 for _, _, r in rows if set(r) - set(KINDS))
    unread = sum(1 for _, _, r in rows if set(r) & set(KINDS))
    kinds = {k.replace(" ", "_"): sum(1 for _, _, r in rows if k in r) for k in KINDS}
    fw = sum(1 for _, _, r in rows if "function-word start" in r)
    few = sum(1 for _, _, r in rows if "few content words" in r)
    gap = sum(1 for _, _, r in rows if "gap start" in r)
    return {"claims": n, "fragments": frag, "share": round(frag / n, 4) if n else 0.0,
            "function_word_start": fw, "gap_start": gap, "few_content_words": few,
            "unreadable": unread, "unreadable_share": round(unread / n, 4) if n else 0.0, **kinds}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=0, help="print this many fragments per corpus")
    ap.add_argument("--raw", action="store_true", help="measure the outer source spans (the old claim texts)")
    ap.add_argument("--kind", choices=KINDS, help="with --examples: print only claims of this kind")
    args = ap.parse_args(argv)
    corpora: dict[str, list[tuple[str, str, list[str]]]] = {"seeds": measure(_seed_docs(), args.raw)}
    if DEV.is_file():
        dev = measure(_dev_docs(), args.raw)
        corpora["dev600"] = dev
        corpora["dev600 half a"] = [r for r in dev if half_of(r[0]) == "a"]
        corpora["dev600 half b"] = [r for r in dev if half_of(r[0]) == "b"]
    else:
        print(f"{DEV} not found: the dev bodies are not measured", file=sys.stderr)
    for name, rows in corpora.items():
        s = summary(rows)
        print(f"{name:14} claims {s['claims']:5}  fragments {s['fragments']:4} ({100 * s['share']:.1f} %)"
              f"  function-word start {s['function_word_start']:4}  gap start {s['gap_start']:4}  under 4 content words {s['few_content_words']:4}")
        print(f"{'':14} unreadable {s['unreadable']:4} ({100 * s['unreadable_share']:.1f} %): "
              + "  ".join(f"{k} {s[k.replace(' ', '_')]}" for k in KINDS))
        if args.examples and "half" not in name:
            for doc_id, text, reasons in [r for r in rows if r[2] and (args.kind is None or args.kind in r[2])][:args.examples]:
                print(f"    {doc_id}: {text[:100]!r} ({', '.join(reasons)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
