#!/usr/bin/env python3
"""How the parser reads answers on real news: speech acts, denials joined to what they deny,
reversals, impersonal beliefs (issue 9 items 2-3).

    python benchmarks/denial_links.py            # ../shared/eval/xref_fnc1_dev_bodies.jsonl (600 bodies)
    python benchmarks/denial_links.py FILE.jsonl  # any {"id", "text"} file

Prints one JSON object: attributions per speech act; ``hedge_no_source`` (a belief credited to
nobody: "It is believed that C"); ``vague_no_span`` ("it was reported": sources said, no mention);
denial claims linked to the claim they answer (``deny_linked``, ``Claim.denies``) or standing on
their own words (``deny_own``); claims that reverse another (``reverses``).  Counts only: no
label is read, so neither half of the dev file is tuned on by running it.  Skips with a message
when the file is absent.  The evaluation texts never enter the repository.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "xref_fnc1_dev_bodies.jsonl"


def counts(path: Path) -> dict[str, int]:
    """The counts described in the module docstring, over the JSONL file ``path``."""
    from claimcheck.ingest.pipeline import build
    from claimcheck.ingest.readers import RawDocument
    from claimcheck.lexicons import load_lexicons

    lex = load_lexicons([])
    out: collections.Counter[str] = collections.Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            ex = build(RawDocument(str(d["id"]), d["text"], "jsonl"), lexicons=lex)
            for a in ex.attributions:
                out[f"act_{a.act}"] += 1
                out["hedge_no_source"] += a.act == "hedge" and a.source is None
                out["vague_no_span"] += a.source is not None and a.source.span is None
            for c in ex.claims:
                out["reverses"] += c.reverses is not None
                if c.attribution is not None and ex.attributions[c.attribution].act == "deny":
                    out["deny_linked" if c.denies is not None else "deny_own"] += 1
    return dict(sorted(out.items()))


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.is_file():
        print(f"skipped: {path} not found", file=sys.stderr)
        return 0
    print(json.dumps(counts(path)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
