"""The interactive review loop: one flagged cluster at a time, a key per decision."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claimcheck.report.render import show_tree

KEYS = {"c": "confirmed", "d": "dismissed", "u": "unclear"}
HELP = "[c] confirm  [d] dismiss  [u] unclear  [n] add a note  [s] skip  [q] quit"


def run_review(queue: list[dict[str, Any]], detail: Callable[[str], dict[str, Any]],
               save: Callable[[str, str, str | None], None], console, getchar: Callable[[], str],
               readline: Callable[[str], str]) -> dict[str, int]:  # noqa: ANN001
    """Walk the queue; ``save(cluster_uid, verdict, note)`` stores each decision at once, so a
    quit or a crash loses nothing already decided."""
    counts = {"confirmed": 0, "dismissed": 0, "unclear": 0, "skipped": 0}
    for n, item in enumerate(queue, 1):
        console.rule(f"{n}/{len(queue)}  {item['status'].replace('_', ' ')}")
        console.print(show_tree(detail(item["cluster"])))
        note: str | None = None
        while True:
            console.print(HELP, style="muted")
            key = (getchar() or "").strip().lower()[:1]
            if key in KEYS:
                save(item["cluster"], KEYS[key], note)
                counts[KEYS[key]] += 1
                console.print(f"→ {KEYS[key]}" + (f" (note: {note})" if note else ""), style="verdict")
                break
            if key == "n":
                note = readline("note: ").strip() or None
                continue
            if key == "s":
                counts["skipped"] += 1
                break
            if key in ("q", "\x03", "\x04"):
                console.print("stopped; decisions so far are saved", style="muted")
                return counts
            console.print(f"unknown key {key!r}", style="muted")
    console.print("review finished", style="muted")
    return counts
