"""Build a gold file in the shared scorer's format from its annotated source.

Usage: ``python tests/gold/lang/annotate.py tests/gold/lang/fr.gold.txt > tests/gold/lang/fr.jsonl``

The annotated source (written by hand, wire-copy style, no copied text) is a list of
documents::

    # doc fr-01
    One paragraph of text.
    Another paragraph.
    A: source | cue | content | kind

An ``A:`` line is one attribution: source, cue and content as literal substrings of the
document (``-`` for none: a dropped subject, a non-answer without object); pieces of a split
span are joined by `` ++ ``; ``text@N`` is the N-th occurrence (from 1).  Each span is looked
for after the start of the previous attribution's cue (so a repeated word resolves to the
next one).  ``kind`` is named, anonymous or sources_said.  The output is one JSON object a line:
``{"doc_id", "text", "attributions": [{"source", "source_span", "cue", "cue_span", "content",
"content_span", "source_kind", "*_fragments"}]}``, as ``polnear_dev.jsonl`` (PolNeAR).
"""

from __future__ import annotations

import json
import re
import sys


def _find(text: str, piece: str, after: int) -> tuple[int, int]:
    m = re.fullmatch(r"(.*)@(\d+)", piece)
    nth = 1
    if m:
        piece, nth = m.group(1), int(m.group(2))
        after = 0
    at = after - 1
    for _ in range(nth):
        at = text.find(piece, at + 1)
        if at < 0:
            raise SystemExit(f"not found after {after}: {piece!r} in {text[:60]!r}")
    return at, at + len(piece)


def _span(text: str, field: str, after: int) -> list[tuple[int, int]]:
    field = field.strip()
    if field == "-":
        return []
    return [_find(text, p.strip(), after) for p in field.split(" ++ ")]


def build(lines: list[str]) -> list[dict]:
    docs: list[dict] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("# doc "):
            docs.append({"doc_id": line[6:].strip(), "paras": [], "atts": []})
        elif line.startswith("A: "):
            docs[-1]["atts"].append(line[3:].split(" | "))
        elif line.strip() and docs:
            docs[-1]["paras"].append(line.strip())
    out = []
    for d in docs:
        text = "\n\n".join(d["paras"]) + "\n"
        atts = []
        pos = 0
        for fields in d["atts"]:
            if len(fields) != 4:
                raise SystemExit(f"{d['doc_id']}: an A: line needs 4 fields: {fields}")
            src, cue, con, kind = fields
            cue_s = _span(text, cue, pos)
            # the source and content may stand before the cue: look for them in the sentence
            base = text.rfind("\n", 0, cue_s[0][0]) + 1
            dot = text.rfind(". ", base, cue_s[0][0])
            sent = dot + 2 if dot >= 0 else base
            src_s = _span(text, src, min(sent, cue_s[0][0]))
            con_s = _span(text, con, min(sent, cue_s[0][0]))
            pos = cue_s[0][0] + 1
            a: dict = {}
            for name, spans in (("source", src_s), ("cue", cue_s), ("content", con_s)):
                if spans:
                    a[name] = " ".join(text[s:e] for s, e in spans)
                    a[f"{name}_span"] = [spans[0][0], spans[-1][1]]
                    a[f"{name}_fragments"] = [{"start": s, "end": e, "text": text[s:e]} for s, e in spans]
                else:
                    a[name] = None
                    a[f"{name}_span"] = None
            a["source_kind"] = kind.strip()
            atts.append(a)
        out.append({"doc_id": d["doc_id"], "text": text, "attributions": atts})
    return out


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        for doc in build(fh.readlines()):
            print(json.dumps(doc, ensure_ascii=False))
