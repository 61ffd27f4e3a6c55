"""One review item sized to the terminal: at 80×24 the claim, both sides and the keys are on
screen together.

The card is a head line (position in the queue, status, id, credibility), the claim (at most
three lines), then two panels side by side (one above the other below 70 columns): the mentions
asserting the claim, and those denying or not answering it. Each panel shows what fits; a long
side scrolls inside its panel (``j``/``k`` or the arrow keys), and says how many lines are above
and below. The keys close the card.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimcheck.report.render import CREDIBILITY, STANCE_STYLE, clip, short_id
from claimcheck.report.sides import mention_source, side_parts

FOR = ("support", "corroborate", "observe")
CLAIM_LINES = 3
SIDE_BY_SIDE = 70  # columns from which the two sides stand side by side


def _mention_text(m: dict[str, Any]):  # noqa: ANN202
    from rich.text import Text

    t = Text()
    t.append(f"[{m['stance']}] ", style=STANCE_STYLE.get(m["stance"], ""))
    att = m.get("attribution")
    kind = mention_source(m)[1]
    who, suffix = side_parts(*mention_source(m))
    t.append(who, style="muted" if kind == "unattributed" else f"source.{kind}")
    t.append(suffix, style="muted")
    if att:
        t.append(f" · “{att['cue']['text']}”", style="muted")
    a = m["article"]
    t.append(f"\n{a.get('outlet') or 'outlet unknown'}, {a.get('published') or 'undated'}", style="muted")
    t.append("\n" + " ".join(m["sentence"]["text"].split()))
    return t


def side_lines(console: Any, mentions: Sequence[dict[str, Any]], width: int) -> list[Any]:
    """The mentions of one side rendered to lines of ``width`` cells (rich Segment lists)."""
    from rich.console import Group
    from rich.text import Text

    parts: list[Any] = []
    for k, m in enumerate(mentions):
        if k:
            parts.append(Text(""))
        parts.append(_mention_text(m))
    if not parts:
        parts = [Text("none", style="muted")]
    return console.render_lines(Group(*parts), console.options.update(width=width, height=None), pad=False)


def _panel(title: str, lines: list[Any], offset: int, height: int, width: int):  # noqa: ANN202
    """A bordered panel of ``height`` rows showing ``lines[offset:]``, with scroll marks."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.segment import Segment
    from rich.text import Text

    inner = max(height - 2, 1)
    offset = max(0, min(offset, max(len(lines) - inner, 0)))
    shown = lines[offset:offset + inner]
    below = len(lines) - offset - len(shown)

    class _Lines:
        def __rich_console__(self, console: Any, options: Any):  # noqa: ANN204
            for line in shown:
                yield from line
                yield Segment.line()

    marks = []
    if offset:
        marks.append(f"↑ {offset} more")
    if below:
        marks.append(f"↓ {below} more")
    subtitle = " · ".join(marks) + (" (j/k)" if marks else "")
    return Panel(Group(_Lines()) if shown else Text(""), title=title, title_align="left", subtitle=subtitle or None,
                 subtitle_align="right", height=height, width=width, padding=(0, 1))


def review_card(d: dict[str, Any], position: int, total: int, console: Any, offset: int = 0,
                keys: str = "", height: int | None = None) -> tuple[Any, bool]:
    """The card for cluster ``d`` (``show``'s JSON), item ``position`` of ``total``, fitted to
    ``height`` rows (default: the console's) and the console's width; both sides scrolled by
    ``offset`` lines. Returns ``(renderable, more)`` where ``more`` tells whether a side has
    lines out of view (so scrolling does something)."""
    from rich.columns import Columns
    from rich.console import Group
    from rich.rule import Rule
    from rich.text import Text

    width = console.width
    rows = height or console.height or 24
    head = f"{position}/{total}  {d['status'].replace('_', ' ')}  {short_id(d['cluster'])} · credibility " \
           f"{d['credibility']} ({CREDIBILITY.get(d['credibility'], '?')})"
    claim = Text(clip(d["claim"], (width - 2) * CLAIM_LINES - 8), style="bold")
    extra: list[Any] = []
    if d.get("verdict"):
        v = d["verdict"]
        extra.append(Text(f"verdict: {v['verdict']} by {v['reviewer']}" + (f": {v['note']}" if v.get("note") else ""),
                          style="verdict"))
    claim_rows = min(CLAIM_LINES, len(console.render_lines(claim, console.options.update(width=width), pad=False)))
    keys_rows = len(console.render_lines(Text(keys), console.options.update(width=width), pad=False)) if keys else 0
    budget = max(rows - 1 - claim_rows - len(extra) - keys_rows - 1, 6)  # the rule, the claim, the keys, a prompt
    mentions = d.get("mentions_detail") or []
    for_it = [m for m in mentions if m["stance"] in FOR]
    against = [m for m in mentions if m["stance"] not in FOR]
    if width >= SIDE_BY_SIDE:
        w = (width - 1) // 2
        left = side_lines(console, for_it, w - 4)
        right = side_lines(console, against, w - 4)
        budget = min(budget, max(len(left), len(right)) + 2)  # no taller than the longer side
        panels: Any = Columns([_panel(f"for it ({len(for_it)})", left, offset, budget, w),
                               _panel(f"against / no answer ({len(against)})", right, offset, budget, w)],
                              padding=(0, 1), expand=False)
        more = max(len(left), len(right)) > budget - 2
    else:
        half = max(budget // 2, 3)
        left = side_lines(console, for_it, width - 4)
        right = side_lines(console, against, width - 4)
        panels = Group(_panel(f"for it ({len(for_it)})", left, offset, half, width),
                       _panel(f"against / no answer ({len(against)})", right, offset, budget - half, width))
        more = len(left) > half - 2 or len(right) > budget - half - 2
    parts: list[Any] = [Rule(head, style="muted"), claim, *extra, panels]
    if keys:
        parts.append(Text(keys, style="muted"))
    return Group(*parts), more
