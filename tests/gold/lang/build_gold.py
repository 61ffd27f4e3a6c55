"""Build the per-language gold sets (``<lang>.jsonl``, read by ``../shared/eval/score_attributions.py``)
from their hand-written sources (``<lang>.toml``).

A source document is ``id``, ``text`` and ``att``: a list of attributions, each naming its
``source``, ``cue`` and ``content`` as substrings of the text (a list of substrings for a
discontinuous span; ``content = ""`` and no ``source`` are allowed), ``kind`` (named | unnamed |
pronoun | none) and optionally ``source_n``/``cue_n``/``content_n``: which occurrence (1-based) to
take.  Offsets are Python ``str`` indices into the text as stored, marks (U+200F, harakat,
tatweel) included.

The split is made here, once, by a stable hash of the id: ``crc32(id) % 3 == 0`` is held out
(about a third), the rest is the tuning part.  Rules are written looking at the tuning part only.

Usage: ``python tests/gold/lang/build_gold.py`` (rewrites every ``<lang>.jsonl``);
``--check`` exits 1 when a ``.jsonl`` file is not what its source builds.
"""

from __future__ import annotations

import json
import sys
import tomllib
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def split_of(doc_id: str) -> str:
    """``"heldout"`` for about a third of the ids (crc32 of the UTF-8 id, modulo 3 == 0), else ``"tune"``."""
    return "heldout" if zlib.crc32(doc_id.encode("utf-8")) % 3 == 0 else "tune"


def _find(text: str, what: str, n: int, after: int = 0) -> tuple[int, int]:
    pos = after - 1
    for _ in range(n):
        pos = text.find(what, pos + 1)
        if pos < 0:
            raise ValueError(f"{what!r} (occurrence {n}) not in {text!r}")
    return pos, pos + len(what)


def _spans(text: str, value: str | list[str], n: int) -> list[tuple[int, int]]:
    parts = [value] if isinstance(value, str) else value
    out, after = [], 0
    for i, part in enumerate(parts):
        s, e = _find(text, part, n if i == 0 else 1, after)
        out.append((s, e))
        after = e
    return out


def _field(text: str, att: dict, name: str) -> dict:
    value = att.get(name)
    if value is None or value == "":
        return {name: value or None, f"{name}_span": None, f"{name}_fragments": []}
    spans = _spans(text, value, att.get(f"{name}_n", 1))
    frags = [{"start": s, "end": e, "text": text[s:e]} for s, e in spans]
    return {name: " ".join(f["text"] for f in frags), f"{name}_span": [spans[0][0], spans[-1][1]],
            f"{name}_fragments": frags}


def build(source: Path) -> list[dict]:
    """The gold documents of one ``<lang>.toml`` in the scorer's format, each with its ``split``."""
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    docs = []
    for d in data["doc"]:
        text = d["text"]
        atts = []
        for a in d["att"]:
            row = {}
            for name in ("source", "cue", "content"):
                row.update(_field(text, a, name))
            row["source_kind"] = a["kind"]
            atts.append(row)
        docs.append({"doc_id": d["id"], "language": data["language"], "split": split_of(d["id"]),
                     "text": text, "attributions": atts})
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    bad = 0
    for src in sorted(HERE.glob("*.toml")):
        out = src.with_suffix(".jsonl")
        text = render(build(src))
        if "--check" in argv:
            if not out.is_file() or out.read_text(encoding="utf-8") != text:
                print(f"{out.name} is stale: run python {Path(__file__).name}", file=sys.stderr)
                bad = 1
        else:
            out.write_text(text, encoding="utf-8")
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
