"""Renderables and text formats for report, show, sources, check and actors.

Tables are rich renderables styled by meaning (``report/theme.py``); JSON, CSV and Markdown are
plain strings, deterministic for the same data.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from claimcheck.xref.grade import CREDIBILITY

KIND_ABBR = (("named", "N"), ("anonymous", "A"), ("sources_said", "S"), ("unattributed", "U"))


def kinds_mix(kinds: dict[str, int]) -> str:
    return " ".join(f"{abbr}{kinds[k]}" for k, abbr in KIND_ABBR if kinds.get(k))


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def _flat_report(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "cluster": r["cluster"], "status": r["status"], "credibility": r["credibility"], "claim": r["claim"],
        "independent_origins": r["independent_origins"], "articles": r["articles"], "mentions": r["mentions"],
        "named": r["source_kinds"].get("named", 0), "anonymous": r["source_kinds"].get("anonymous", 0),
        "sources_said": r["source_kinds"].get("sources_said", 0),
        "unattributed": r["source_kinds"].get("unattributed", 0),
        "denials": r["denials"], "non_answers": r["non_answers"],
        "sources": "; ".join(f"{s['name']} ({s['kind']}, {s['stance']})" for s in r["sources"]),
        "actors": "; ".join(r["actors"]), "first_seen": r["first_seen"] or "", "last_seen": r["last_seen"] or "",
        "verdict": (r.get("verdict") or {}).get("verdict", ""), "reasons": " | ".join(r["reasons"]),
    }


def report_csv(rows: Sequence[dict[str, Any]]) -> str:
    buf = io.StringIO()
    flat = [_flat_report(r) for r in rows]
    fields = list(_flat_report({"cluster": "", "status": "", "credibility": 0, "claim": "", "independent_origins": 0,
                                "articles": 0, "mentions": 0, "source_kinds": {}, "denials": 0, "non_answers": 0,
                                "sources": [], "actors": [], "first_seen": None, "last_seen": None,
                                "reasons": []}).keys())
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(flat)
    return buf.getvalue()


def _md(s: str) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def report_markdown(rows: Sequence[dict[str, Any]]) -> str:
    out = ["| cluster | status | cred. | origins / articles | sources (N/A/S/U) | denials | non-answers | claim |",
           "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        v = f" — reviewed: {r['verdict']['verdict']}" if r.get("verdict") else ""
        out.append(f"| {r['cluster'][:8]} | {r['status']}{v} | {r['credibility']} | {r['independent_origins']} / "
                   f"{r['articles']} | {kinds_mix(r['source_kinds'])} | {r['denials']} | {r['non_answers']} | "
                   f"{_md(r['claim'])} |")
    return "\n".join(out) + "\n"


def report_table(rows: Sequence[dict[str, Any]], width: int | None = None):  # noqa: ANN201
    from rich.table import Table
    from rich.text import Text

    t = Table(title=f"Corroboration table: {len(rows)} cluster(s)", title_justify="left", expand=False,
              show_lines=False, pad_edge=False, caption="sources: N named, A anonymous, S sources said, "
              "U outlet's own voice; cred.: Admiralty 1 (confirmed) … 6 (cannot be judged)", caption_justify="left")
    t.add_column("id", no_wrap=True, style="muted")
    t.add_column("status", no_wrap=True)
    t.add_column("cr", justify="right", no_wrap=True)
    t.add_column("orig/art", justify="right", no_wrap=True)
    t.add_column("sources", no_wrap=True)
    t.add_column("claim", ratio=1, overflow="fold")
    for r in rows:
        st = Text(r["status"].replace("_", " "), style=f"claim.{r['status']}")
        if r.get("verdict"):
            st.append(f"\n✓ {r['verdict']['verdict']}", style="verdict")
        extra = []
        if r["denials"]:
            extra.append(f"{r['denials']} denial(s)")
        if r["non_answers"]:
            extra.append(f"{r['non_answers']} no comment")
        claim = Text(r["claim"])
        if extra:
            claim.append("  [" + ", ".join(extra) + "]", style="muted")
        dates = r["first_seen"] or ""
        if r["last_seen"] and r["last_seen"] != r["first_seen"]:
            dates += f"…{r['last_seen']}"
        if dates:
            claim.append(f"  {dates}", style="muted")
        t.add_row(r["cluster"][:8], st, str(r["credibility"]), f"{r['independent_origins']}/{r['articles']}",
                  kinds_mix(r["source_kinds"]), claim)
    return t


def _highlight(sentence: dict[str, Any], spans: list[tuple[int, int, str]]):  # noqa: ANN202
    from rich.text import Text

    base = sentence["start"]
    t = Text(sentence["text"])
    for s, e, style in spans:
        if s is not None and e is not None and base <= s < e <= base + len(sentence["text"]):
            t.stylize(style, s - base, e - base)
    return t


def show_tree(d: dict[str, Any]):  # noqa: ANN201
    from rich.text import Text
    from rich.tree import Tree

    head = Text()
    head.append(f"{d['cluster']}  ", style="muted")
    head.append(d["status"].replace("_", " "), style=f"claim.{d['status']}")
    head.append(f"  credibility {d['credibility']} ({CREDIBILITY.get(d['credibility'], '')})  ")
    head.append(f"{d['independent_origins']} independent origin(s), {d['articles']} article(s)\n")
    head.append(d["claim"], style="bold")
    tree = Tree(head)
    if d.get("verdict"):
        v = d["verdict"]
        tree.add(Text(f"verdict: {v['verdict']} by {v['reviewer']} at {v['at']}" + (f": {v['note']}" if v["note"] else ""),
                      style="verdict"))
    why = tree.add("why")
    for r in d["reasons"]:
        why.add(r)
    for m in d["mentions_detail"]:
        a = m["article"]
        label = Text()
        label.append(f"[{m['stance']}] ", style={"support": "act.confirm", "deny": "act.deny",
                                                 "decline": "act.decline"}.get(m["stance"], ""))
        label.append(f"{a['outlet'] or '(outlet unknown)'}, {a['published'] or 'date unknown'}: ")
        label.append(a["title"] or a["doc"], style="italic")
        node = tree.add(label)
        att = m["attribution"]
        spans = [(m["claim"]["start"], m["claim"]["end"], "span.content")]
        if att:
            if att["source"]:
                spans.append((att["source"]["start"], att["source"]["end"], "span.source"))
            spans.append((att["cue"]["start"], att["cue"]["end"], "span.cue"))
        node.add(_highlight(m["sentence"], spans))
        if att:
            src = att["source"]
            t = Text()
            if src:
                t.append(src["text"], style=f"source.{src['kind']}")
                if src.get("resolved"):
                    t.append(f" (= {src['resolved']})")
                t.append(f" [{src['kind']}]", style="muted")
            else:
                t.append("(no source)", style="source.sources_said")
            t.append(f" —{att['cue']['text']}→ ({att['cue']['act']})")
            if att["via"]:
                t.append("  via " + " → ".join(v["text"] for v in att["via"]))
            node.add(t)
        else:
            node.add(Text("the outlet's own voice (unattributed)", style="muted"))
        node.add(Text(f"origin: {m['origin']}; article {a['id']} ({a['url'] or a['doc']})", style="muted"))
    return tree


def sources_table(rows: Sequence[dict[str, Any]]):  # noqa: ANN201
    from rich.table import Table
    from rich.text import Text

    t = Table(title=f"Sources: {len(rows)}", title_justify="left", pad_edge=False,
              caption="grade: Admiralty reliability A (reliable) … E (unreliable), F (no basis yet)",
              caption_justify="left")
    for col, kw in (("grade", {"no_wrap": True}), ("source", {"ratio": 2}), ("kind", {"no_wrap": True}),
                    ("att.", {"justify": "right"}), ("corr.", {"justify": "right"}),
                    ("contr.", {"justify": "right"}), ("single", {"justify": "right"}), ("why", {"ratio": 3})):
        t.add_column(col, overflow="fold", **kw)
    for r in rows:
        style = "grade.good" if r["grade"] in "ABC" else "grade.poor" if r["grade"] in "DE" else "grade.unknown"
        t.add_row(Text(r["grade"], style=style), r["name"], Text(r["kind"], style=f"source.{r['kind']}"),
                  str(r["attributions"]), str(r["corroborated"]), str(r["contradicted"]), str(r["single_source"]),
                  "; ".join(r["reasons"][1:] or r["reasons"]))
    return t


def check_table(d: dict[str, Any]):  # noqa: ANN201
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    head = Text()
    head.append("claim: ", style="muted")
    head.append(d["claim"] + "\n", style="bold")
    head.append("status: ", style="muted")
    head.append(d["status"].replace("_", " "), style=f"claim.{d['status']}")
    if d.get("cluster"):
        head.append(f"  (cluster {d['cluster'][:8]}, {d.get('independent_origins', 0)} independent origin(s))", style="muted")
    t = Table(pad_edge=False)
    for col, kw in (("stance", {"no_wrap": True}), ("article", {"ratio": 1}), ("source", {"ratio": 1}),
                    ("sentence", {"ratio": 3})):
        t.add_column(col, overflow="fold", **kw)
    for e in d["evidence"]:
        src = e.get("source")
        src_text = "-" if not src else f"{src.get('text') or '(no source)'} [{src.get('kind') or '?'}]"
        t.add_row(Text(e["stance"], style={"corroborate": "act.confirm", "contradict": "act.deny",
                                            "observe": "act.hedge"}.get(e["stance"], "")),
                  f"{e['article'].get('outlet') or '?'}, {e['article'].get('published') or '?'}",
                  src_text, e["sentence"])
    return Group(head, t) if d["evidence"] else Group(head, Text("no evidence in the database", style="muted"))


def actors_table(actors: Sequence[dict[str, Any]], proposals: Sequence[dict[str, Any]]):  # noqa: ANN201
    from rich.console import Group
    from rich.table import Table

    t = Table(title=f"Actors: {len(actors)}", title_justify="left", pad_edge=False)
    for col in ("name", "type", "aliases"):
        t.add_column(col, overflow="fold")
    for a in actors:
        t.add_row(a["name"], a["type"], ", ".join(a["aliases"]))
    p = Table(title=f"Proposed merges (not applied): {len(proposals)}", title_justify="left", pad_edge=False)
    for col in ("a", "b", "score", "reason"):
        p.add_column(col, overflow="fold")
    for m in proposals:
        p.add_row(m["a"], m["b"], f"{m['score']:.0f}", m["reason"])
    return Group(t, p)
