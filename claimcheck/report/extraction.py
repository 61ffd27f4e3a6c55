"""Rendering of parse results (``claimcheck extract``): the brief's JSON shape and a table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimcheck.model import Extraction, MetaValue, attribution_to_json


def _mv(mv: MetaValue | None) -> dict[str, Any] | None:
    if mv is None:
        return None
    v = mv.value.isoformat() if isinstance(mv.value, dt.date) else mv.value
    out: dict[str, Any] = {"value": v, "origin": mv.origin}
    if mv.raw is not None:
        out["raw"] = mv.raw
    if mv.span is not None:
        out["start"], out["end"] = mv.span
    return out


def claim_to_json(c) -> dict[str, Any]:  # noqa: ANN001
    return {"text": c.span.text, "start": c.span.start, "end": c.span.end, "attribution": c.attribution,
            "sentence": c.sentence, "actors": list(c.actors), "action": c.action, "polarity": c.polarity,
            "modality": c.modality, "refers_to": c.refers_to, "refers_to_raw": c.refers_to_raw,
            "reverses": c.reverses, "statement": c.text, "denies": c.denies,
            "parts": [p.to_json() for p in c.parts] if c.parts else [c.span.to_json()]}


def extraction_to_json(ex: Extraction) -> dict[str, Any]:
    m = ex.meta
    pub = m.published_date()
    article = {
        "title": m.value("title"), "outlet": m.value("outlet"), "byline": m.value("byline"),
        "published": pub.isoformat() if pub else None,
        "published_raw": m.published.raw if m.published else None,
        "published_precision": m.published_precision,
        "language": m.value("language"), "url": m.value("url"),
        "content_hash": ex.content_hash, "encoding": ex.encoding,
        "metadata": {k: _mv(getattr(m, k)) for k in ("title", "outlet", "byline", "published", "language", "url")
                     if getattr(m, k) is not None},
        "lines": [{"start": ln.start, "end": ln.end, "role": ln.role, "reason": ln.reason,
                   "text": ex.text[ln.start:ln.end]} for ln in ex.lines if ln.role != "body"],
        "sentences": len(ex.sentences),
    }
    return {"id": ex.id, "article": article,
            "attributions": [attribution_to_json(a) for a in ex.attributions],
            "claims": [claim_to_json(c) for c in ex.claims]}


def extraction_table(ex: Extraction):  # noqa: ANN201
    """A rich renderable: the article's metadata and its attributions."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    m = ex.meta
    head = Text()
    head.append(f"{ex.id}\n", style="bold")
    for name in ("title", "outlet", "byline", "published", "language"):
        mv = getattr(m, name)
        if mv is not None:
            v = mv.value.isoformat() if isinstance(mv.value, dt.date) else mv.value
            head.append(f"  {name}: ", style="dim")
            head.append(f"{v}")
            head.append(f"  ({mv.origin}{', raw ' + repr(mv.raw) if mv.raw and mv.raw.strip() != str(v) else ''})\n",
                        style="dim")
    flagged = [ln for ln in ex.lines if ln.role == "boilerplate"]
    if flagged:
        head.append(f"  set aside: {len(flagged)} line(s): ", style="dim")
        head.append("; ".join(repr(ex.text[ln.start:ln.end][:40]) for ln in flagged) + "\n", style="dim")
    table = Table(show_lines=False, expand=False, pad_edge=False)
    for col, kw in (("#", {"justify": "right"}), ("source", {}), ("kind", {}), ("act", {}),
                    ("cue", {}), ("content", {"ratio": 3}), ("via", {})):
        table.add_column(col, overflow="fold", **kw)
    for i, a in enumerate(ex.attributions):
        src = "-"
        kind = "-"
        if a.source is not None and a.source.span is not None:
            src = a.source.span.text
            if a.source.resolved is not None:
                src += f" → {a.source.resolved.text}"
            kind = a.source.kind
        content = a.content.text if len(a.content.text) <= 160 else a.content.text[:157] + "..."
        if a.direct_quote and content[:1] not in "\"“«'‘":
            content = f"“{content}”"
        table.add_row(str(i), src, kind, a.act, a.cue.text, content, ", ".join(v.text for v in a.via) or "-",
                      style=f"act.{a.act}")
    return Group(head, table)
