"""Surface signatures of the new user's claim-text classes (issue 9, stop 23), counted per half of a
database built by ``benchmarks/claim_reading.py build``: a yardstick that needs no reading, beside
the hand counts of ``claim_reading.py sample``.

    python benchmarks/claim_signatures.py /tmp/reading.db [/tmp/other.db ...]

Signatures (this script's own patterns, written apart from the parser's rules; a count, not a
judgement: some matches are readable, some unreadable texts match none):

- ``tag inside``: a speech tag inside the claim text: at its end after a comma ("…, the Herald
  reports."), between commas inside an attributed claim ("…, X said, …"), or "according to" inside
  a claim of an "according to" attribution;
- ``anonymity``: the terms of a source's anonymity in the claim text ("on condition of anonymity");
- ``garbled possessor``: a text opening on a possessor with a post-modifier or a relative or a
  coordination before "’s" that the sentence does not hold ("President X of Freedonia’s troops");
- ``speaker+cue start``: an attributed claim that opens on its source and cue, no quotation in it
  (a whole clause: right for a cue with an object, "Rescuers found two rafts", wrong for a clause
  content, "X said the talks broke down").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import claim_reading as cr  # noqa: E402  (the benchmark's own DB reader and halves)

TAIL = re.compile(r",[”\"’]?\s+(?:[\w’'.\-]+\s+){1,8}?(?:reports|reported|writes|wrote|notes|noted|claimed|said|says|"
                  r"added|told\s+\S+)(?:\s+\w+){0,3}\s*\.?[”\"]?$")
MID = re.compile(r",\s+(?:[\w’'.\-]+\s+){1,5}?(?:said|says|added|reported|told\s+\S+),\s")
ACCORDING = re.compile(r"\baccording to\b", re.I)
POSSESSOR = re.compile(r"(.{1,90}?)’s\s")
POST_MODIFIER = re.compile(r"\b(?:of|from|for|who|which|and)\b|,")
QUOTE = re.compile(r"[“\"‘]")


def signatures(r: dict) -> set[str]:
    """The signatures of one claim row of :func:`claim_reading.rows`."""
    t, src, cue = r["text"], r["source_text"] or "", r["cue_text"] or ""
    out = set()
    if "anonymity" in t.lower() or "not to be named" in t.lower():
        out.add("anonymity")
    if TAIL.search(t) or (cue and MID.search(t)) or (cue.lower().startswith("according") and ACCORDING.search(t)):
        out.add("tag inside")
    m = POSSESSOR.match(t)
    if m and cue and (m.group(1) + "’s") not in r["sentence"] and (m.group(1) + "'s") not in r["sentence"] \
            and POST_MODIFIER.search(m.group(1)):
        out.add("garbled possessor")
    if src and cue and t.startswith(src[:1].upper() + src[1:] + " " + cue + " ") and not QUOTE.search(t):
        out.add("speaker+cue start")
    return out


def main(argv: list[str] | None = None) -> int:
    dbs = (argv if argv is not None else sys.argv[1:])
    if not dbs:
        print("usage: claim_signatures.py DB [DB ...]", file=sys.stderr)
        return 1
    for db in dbs:
        if not Path(db).is_file():
            print(f"claim_signatures: no such database: {db}", file=sys.stderr)
            return 1
        rows = cr.rows(Path(db))
        for half in ("tune", "held"):
            pool = [r for r in rows if cr.half_of(r["id"]) == half]
            counts: dict[str, int] = {}
            for r in pool:
                for s in signatures(r):
                    counts[s] = counts.get(s, 0) + 1
            shown = "  ".join(f"{k} {counts.get(k, 0)}" for k in ("tag inside", "anonymity", "garbled possessor",
                                                                   "speaker+cue start"))
            print(f"{Path(db).name:16} {half:5} claims {len(pool):6}  {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
