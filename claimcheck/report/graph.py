"""One cluster's provenance as a graph: who said it, through whom, printed where.

Read left to right: outlets → intermediaries (the via chain: "cited by", "according to") →
sources → mentions (one per sentence, marked by stance) → the claim. Each origin (asserting,
denying or not answering) has its own colour and number, numbered as ``show`` numbers them, so
mentions that count as one origin are visibly one; denials are red and dashed, non-answers amber
and dotted. How many of them count as independent origins for the claim is the analysis's figure
(``independent_origins``), printed beside the graph, not recounted here.

Two renderings: DOT text (:func:`to_dot`, for Graphviz users) and a self-contained SVG laid out
here in columns (:func:`to_svg`): the graph is layered by construction, so a column layout is
exact and needs no layout engine (docs/decisions.md says why not Graphviz).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from claimcheck.report.sides import kind_word, mention_source, side_name

LAYERS = ("outlet", "intermediary", "source", "mention", "claim")
LAYER_TITLE = {"outlet": "outlets", "intermediary": "via", "source": "sources", "mention": "mentions",
               "claim": "claim"}
# origin colours (Okabe-Ito, distinguishable with colour-blindness), cycled
ORIGIN_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
STANCE_STROKE = {"support": ("#2e7d32", ""), "corroborate": ("#2e7d32", ""), "deny": ("#c62828", "6 3"),
                 "contradict": ("#c62828", "6 3"), "decline": ("#b26a00", "2 3"), "observe": ("#555555", "1 2"),
                 "admission": ("#2e7d32", "4 2"), "withdrawn": ("#999999", "1 3"), "unverified": ("#999999", "1 3")}
STANCE_WORD = {"support": "asserts", "corroborate": "asserts", "deny": "denies", "contradict": "denies",
               "decline": "no answer", "observe": "reports", "admission": "admits (a party)",
               "withdrawn": "took back its denial", "unverified": "could not verify"}


@dataclass
class Node:
    """A box in the graph: ``layer`` one of :data:`LAYERS`; ``origin`` the 1-based origin number
    for mentions and sources (0: none)."""

    id: str
    layer: str
    label: str
    detail: str = ""
    origin: int = 0
    stance: str = ""


@dataclass
class Graph:
    """Nodes (in layer order, each layer in first-seen order) and edges ``(from, to, stance)``."""

    title: str
    status: str
    nodes: list[Node] = field(default_factory=list)
    edges: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, node: Node) -> str:
        if not any(n.id == node.id for n in self.nodes):
            self.nodes.append(node)
        return node.id

    def link(self, a: str, b: str, stance: str = "") -> None:
        if (a, b, stance) not in self.edges:
            self.edges.append((a, b, stance))


def _source_of(m: Mapping[str, Any]) -> tuple[str, str]:
    """``(name, kind)`` of a mention's source, in the shapes of ``show`` and of the exports; the
    name as :func:`claimcheck.report.sides.side_name` words it."""
    name, kind = mention_source(m)
    return side_name(name, kind), kind


def build(cluster: Mapping[str, Any], mentions: Iterable[Mapping[str, Any]]) -> Graph:
    """The provenance graph of ``cluster`` (a report row's JSON) from its mentions (``show``'s
    ``mentions_detail`` or an export's ``mentions``)."""
    g = Graph(str(cluster.get("claim") or ""), str(cluster.get("status") or ""))
    claim = g.add(Node("claim", "claim", g.title, str(cluster.get("status") or "").replace("_", " ")))
    origins: dict[str, int] = {}
    for i, m in enumerate(mentions):
        num = origins.setdefault(str(m.get("origin")), len(origins) + 1)
        stance = str(m.get("stance") or "")
        art = m.get("article") or {}
        sent = (m.get("sentence") or {}).get("text") or (m.get("claim") or {}).get("text") or ""
        mid = g.add(Node(f"m{i}", "mention", sent, f"{STANCE_WORD.get(stance, stance)} · "
                         f"{art.get('published') or 'undated'}", num, stance))
        g.link(mid, claim, stance)
        text, kind = _source_of(m)
        sid = g.add(Node(f"s:{num}:{text}", "source", text, kind_word(kind), num, stance))
        g.link(sid, mid, stance)
        upstream = sid
        for v in reversed((m.get("attribution") or {}).get("via") or []):
            vid = g.add(Node(f"v:{v.get('text')}", "intermediary", str(v.get("text") or "?"), "via"))
            g.link(vid, upstream)
            upstream = vid
        outlet = str(art.get("outlet") or "outlet unknown")
        oid = g.add(Node(f"o:{outlet}", "outlet", outlet, str(art.get("title") or "")))
        g.link(oid, upstream)
    return g


def _dot_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(g: Graph) -> str:
    """The graph as Graphviz DOT text (left to right, one rank per layer)."""
    from claimcheck.report.render import clip

    out = ["digraph provenance {", "  rankdir=LR;", '  node [shape=box, style="rounded", fontname="Helvetica"];',
           f"  label={_dot_str(clip(g.title, 120))}; labelloc=t;"]
    for layer in LAYERS:
        members = [n for n in g.nodes if n.layer == layer]
        if not members:
            continue
        out.append("  { rank=same;")
        for n in members:
            colour = ORIGIN_COLOURS[(n.origin - 1) % len(ORIGIN_COLOURS)] if n.origin else "#444444"
            label = clip(n.label, 60) + (f"\n{n.detail}" if n.detail else "") + (f"\norigin {n.origin}" if n.origin
                                                                                  and layer == "source" else "")
            out.append(f"    {_dot_str(n.id)} [label={_dot_str(label)}, color={_dot_str(colour)}];")
        out.append("  }")
    for a, b, stance in g.edges:
        colour, dash = STANCE_STROKE.get(stance, ("#444444", ""))
        style = "dashed" if dash.startswith("6") else "dotted" if dash else "solid"
        out.append(f"  {_dot_str(a)} -> {_dot_str(b)} [color={_dot_str(colour)}, style={style}];")
    out.append("}")
    return "\n".join(out) + "\n"


BOX_W = {"outlet": 150, "intermediary": 140, "source": 170, "mention": 260, "claim": 200}
GAP_X, GAP_Y, LINE_H, PAD = 40, 14, 14, 8


def _wrap(text: str, width_chars: int, lines: int) -> list[str]:
    from claimcheck.report.render import clip

    words, out, cur = " ".join(text.split()).split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width_chars:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        out.append(cur)
    if len(out) > lines:
        out = out[:lines - 1] + [clip(" ".join(out[lines - 1:]), width_chars)]
    return [clip(x, width_chars) for x in out] or [""]


def _layout(g: Graph) -> tuple[dict[str, tuple[float, float, float, float, list[str]]], float, float]:
    """``{node id: (x, y, w, h, lines)}`` and the canvas size: one column per layer."""
    boxes: dict[str, tuple[float, float, float, float, list[str]]] = {}
    x, height = float(PAD), 0.0
    for layer in LAYERS:
        w = BOX_W[layer]
        y = 28.0
        members = [n for n in g.nodes if n.layer == layer]
        for n in members:
            lines = _wrap(n.label, int(w / 6.2), 4 if layer in ("mention", "claim") else 2)
            if n.detail:
                lines.append(_wrap(n.detail, int(w / 6.2), 1)[0])
            h = PAD + LINE_H * len(lines) + PAD / 2
            boxes[n.id] = (x, y, w, h, lines)
            y += h + GAP_Y
        height = max(height, y)
        if members:
            x += w + GAP_X
    return boxes, x, height


def to_svg(g: Graph, element_id: str = "") -> str:
    """The graph as one self-contained SVG element (no scripts, no external references): boxes in
    columns, curved edges coloured by stance, origins by colour and number."""
    boxes, width, height = _layout(g)
    ident = f' id="{escape(element_id)}"' if element_id else ""
    out = [f'<svg xmlns="http://www.w3.org/2000/svg"{ident} class="graph" viewBox="0 0 {width:.0f} {height:.0f}" '
           f'width="{width:.0f}" height="{height:.0f}" role="img" font-family="sans-serif" font-size="11">',
           f"<title>{escape('Provenance of: ' + g.title)}</title>"]
    for layer in LAYERS:  # column titles
        xs = [boxes[n.id][0] for n in g.nodes if n.layer == layer]
        if xs:
            out.append(f'<text x="{xs[0]:.0f}" y="16" font-weight="bold" fill="#555">{LAYER_TITLE[layer]}</text>')
    for a, b, stance in g.edges:
        if a not in boxes or b not in boxes:
            continue
        ax, ay, aw, ah, _ = boxes[a]
        bx, by, _, bh, _ = boxes[b]
        x1, y1, x2, y2 = ax + aw, ay + ah / 2, bx, by + bh / 2
        colour, dash = STANCE_STROKE.get(stance, ("#888888", ""))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        mid = (x1 + x2) / 2
        out.append(f'<path d="M{x1:.1f},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} {x2:.1f},{y2:.1f}" '
                   f'fill="none" stroke="{colour}" stroke-width="1.5"{dash_attr} class="edge {escape(stance)}"/>')
    for n in g.nodes:
        x, y, w, h, lines = boxes[n.id]
        colour = ORIGIN_COLOURS[(n.origin - 1) % len(ORIGIN_COLOURS)] if n.origin else "#666666"
        fill = {"claim": "#f4f4f4", "mention": "#ffffff"}.get(n.layer, "#fbfbfb")
        width_px = 3 if n.layer == "source" else 1.5
        stance_cls = f" {escape(n.stance)}" if n.stance else ""
        out.append(f'<g class="node {n.layer}{stance_cls}" data-origin="{n.origin}">')
        out.append(f"<title>{escape(n.label)}{escape(' — ' + n.detail) if n.detail else ''}</title>")
        out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w}" height="{h:.1f}" rx="5" fill="{fill}" '
                   f'stroke="{colour}" stroke-width="{width_px}"/>')
        for k, line in enumerate(lines):
            fill_attr = ' fill="#666"' if k == len(lines) - 1 and n.detail else ""
            out.append(f'<text x="{x + 6:.1f}" y="{y + PAD + LINE_H * k + 8:.1f}"{fill_attr}>{escape(line)}</text>')
        if n.origin and n.layer == "source":
            out.append(f'<circle cx="{x + w - 10:.1f}" cy="{y + 10:.1f}" r="8" fill="{colour}"/>'
                       f'<text x="{x + w - 10:.1f}" y="{y + 14:.1f}" text-anchor="middle" fill="#fff" '
                       f'font-weight="bold">{n.origin}</text>')
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def origins_in(g: Graph) -> Sequence[int]:
    """The origin numbers drawn, in order."""
    return sorted({n.origin for n in g.nodes if n.origin})
