"""``claimcheck check`` as a table: the status and why, then the evidence origin by origin.

Input is the JSON-shaped answer of :func:`claimcheck.api.check` (``{"claim", "status",
"reasons", "proposition", "origins", "evidence", ...}``); styles are the theme's names.
"""

from __future__ import annotations

from typing import Any

from claimcheck.report.render import STANCE_STYLE, _article_label, _plural, _table, clip, short_id
from claimcheck.report.sides import side_name, side_parts

STANCE_STYLE_CHECK = {**STANCE_STYLE, "no comment": "act.decline", "mixed": "act.hedge"}


def _head(d: dict[str, Any]):  # noqa: ANN202
    """The claim as read and the status with its reasons, as a two-column grid (wrapped lines
    stay under their value)."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="muted", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_row("claim", Text(" ".join(d["claim"].split()), style="bold"))
    p = d.get("proposition") or {}
    bits = [f"agent: {p['agent']}" if p.get("agent") else "agent: not recognised"]
    if p.get("action"):
        bits.append(f"action: {p['action'].replace('_', ' ')}")
    if p.get("polarity") == "negative":
        bits.append("negated: evidence for the event counts against the claim")
    grid.add_row("read as", Text("; ".join(bits), style="muted"))
    status = Text(d["status"].replace("_", " "), style=f"claim.{d['status']}")
    if d["status"] != "no_evidence":
        status.append(f" · {_plural(d.get('independent_origins', 0), 'independent origin')} for it"
                      f" · credibility {d.get('credibility', 6)}", style="muted")
    grid.add_row("status", status)
    for reason in d.get("reasons") or ():
        grid.add_row("", Text(reason, style="muted"))
    return grid


def _piece(e: dict[str, Any]):  # noqa: ANN202
    from rich.text import Text

    cell = Text()
    src = e.get("source")
    if src:
        who, suffix = side_parts(src.get("name") or src.get("text"), e.get("kind") or src.get("kind"))
        cell.append(who, style=f"source.{src.get('kind') or 'sources_said'}")
        cell.append(suffix, style="muted")
        if src.get("cue"):
            cell.append(f" · “{src['cue']}”", style="muted")
        if src.get("via"):
            cell.append(f" · via {', '.join(src['via'])}", style="muted")
    else:
        cell.append(side_name(None, "unattributed"), style="muted")
    a = e["article"]
    cell.append(f"\n{_article_label(a)} · {clip(a.get('title') or short_id(a.get('id')), 56)}", style="muted")
    cell.append("\n" + " ".join(e["sentence"].split()))
    if e.get("reason"):
        cell.append(f"\n{e['reason']}", style="muted")
    return cell


def check_table(d: dict[str, Any]):  # noqa: ANN201
    """The renderable of one ``check`` answer: the claim as read, the status with its reasons,
    and a table of the evidence grouped by independent origin (stance of the origin, then each
    piece: who, where, the sentence and why it counts as it does)."""
    from rich.console import Group
    from rich.text import Text

    head = _head(d)
    if not d["evidence"]:
        return Group(head, Text(""), Text("no evidence in the database", style="muted"))
    n = len(d["evidence"]) + d.get("more_evidence", 0)
    title = f"Evidence: {_plural(n, 'piece')} from {_plural(len(d.get('origins') or ()), 'origin')}"
    if d.get("more_evidence"):
        title += f" (the first {len(d['evidence'])} shown; --limit 0 shows all)"
    t = _table(title=title, leading=1)
    t.add_column("stance", no_wrap=True)
    t.add_column("origin · who, where, the sentence", ratio=1, overflow="fold")
    for g in d.get("origins") or ():
        if not g["evidence"]:
            continue
        origin = Text(g["label"], style="bold")
        if g.get("pieces", 0) > 1:
            origin.append(f" · {_plural(g['pieces'], 'piece')} of evidence", style="muted")
        t.add_row(Text(g["stance"], style=STANCE_STYLE_CHECK.get(g["stance"], "")), origin)
        for i in g["evidence"]:
            e = d["evidence"][i]
            t.add_row(Text(f"  {e['stance']}", style=STANCE_STYLE_CHECK.get(e["stance"], "")), _piece(e))
    return Group(head, Text(""), t)
