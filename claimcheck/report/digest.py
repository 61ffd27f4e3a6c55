"""The first screen of ``report``: a digest that tells the story before the table.

Counts by status; the contradicted and corroborated clusters first, each with who asserts and who
denies it; single-source claims that rest on unnamed sources next; one-mention claims in an
outlet's own voice folded into a count (``report --all`` lists them). The contradicted and
corroborated clusters and the same counts close the output, so a long table still ends on the
findings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimcheck.model import ReportRow, StatusCounts
from claimcheck.model import rests_on_unnamed as _unnamed

STATUS_ORDER = ("contradicted", "corroborated", "single_source", "unattributed")
SECTION_MAX = 5  # contradicted / corroborated clusters listed in the digest; the rest are counted
UNNAMED_MAX = 3  # single-source claims on unnamed sources listed in the digest


def is_folded(row: ReportRow) -> bool:
    """A row the table folds into a count unless ``--all``: one mention, in the outlet's own voice."""
    return row.status == "unattributed" and row.mentions <= 1


def rests_on_unnamed(row: ReportRow) -> bool:
    """A single-source row whose mentions name nobody: anonymous or "sources said" only."""
    return _unnamed(row.status, row.source_kinds)


def status_counts(rows: Sequence[ReportRow]) -> dict[str, int]:
    """``{status: number of rows}`` in :data:`STATUS_ORDER` (statuses with no rows left out)."""
    counts = {s: 0 for s in STATUS_ORDER}
    for r in rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    return {s: n for s, n in counts.items() if n}


def counts_line(rows: Sequence[ReportRow], more: bool = False, totals: StatusCounts | None = None) -> str:
    """``61 clusters: 2 contradicted · 1 corroborated · …``.  When the rows were cut at a
    limit (``more``) and ``totals`` counts every matching cluster (a count query), the counts
    are those totals and the number shown is stated apart: ``7384 clusters match (200 shown):
    …``; without ``totals`` they are the rows' own, said to be of the rows shown."""
    if more and totals is not None:
        counts = {s: totals.by_status[s] for s in (*STATUS_ORDER, *sorted(totals.by_status))
                  if totals.by_status.get(s)}
        unnamed, n = totals.unnamed, totals.total
        head = f"{n} cluster{'' if n == 1 else 's'} match ({len(rows)} shown)"
    else:
        counts = status_counts(rows)
        unnamed = sum(1 for r in rows if rests_on_unnamed(r))
        head = f"{len(rows)} cluster{'' if len(rows) == 1 else 's'}" + (" shown (more match)" if more else "")
    parts = [f"{n} {s.replace('_', ' ')}" for s, n in counts.items()]
    if unnamed:
        parts = [p + (f" ({unnamed} on unnamed sources)" if p.endswith("single source") else "") for p in parts]
    return head + (": " + " · ".join(parts) if parts else "")


def shown_count(shown: int, of: int | None) -> str:
    """A title's count: ``7`` for rows that are all there are (``of`` None), ``7 shown of 19``
    for a report cut at its limit (``of``: every matching one, counted in the store)."""
    return str(shown) if of is None else f"{shown} shown of {of}"


def who_said(row: ReportRow) -> str:
    """The sources of a row in words, grouped by what they do (:func:`claimcheck.report.sides.sides_line`):
    ``asserted by U.S. officials (unnamed) · denied by Ruritania (named)``."""
    from claimcheck.report.sides import sides_line

    return sides_line(row.sources)


def _section(title: str, rows: Sequence[ReportRow], limit: int = SECTION_MAX, of: int | None = None) -> list[Any]:
    """A digest section: ``title (N)``, or ``title (N shown of M)`` in a cut report (``of``)."""
    from rich.table import Table
    from rich.text import Text

    from claimcheck.report.render import clip, short_id

    out: list[Any] = [Text(f"{title} ({shown_count(len(rows), of)})", style="bold")]
    grid = Table.grid(padding=(0, 2, 0, 0), pad_edge=False)
    grid.add_column(no_wrap=True, style="muted")
    grid.add_column(ratio=1, overflow="fold")
    for r in rows[:limit]:
        cell = Text(clip(r.claim, 200))
        n = r.independent_origins
        cell.append(f"\n{n} independent origin{'' if n == 1 else 's'}, {r.articles} "
                    f"article{'' if r.articles == 1 else 's'}, cred {r.credibility} · {who_said(r)}", style="muted")
        if r.verdict:
            cell.append(f" · reviewed: {r.verdict['verdict']}", style="verdict")
        grid.add_row(short_id(r.cluster), cell)
    out.append(grid)
    if len(rows) > limit:
        out.append(Text(f"… and {len(rows) - limit} more in the table below", style="muted"))
    return out


def digest(rows: Sequence[ReportRow], more: bool = False, totals: StatusCounts | None = None):  # noqa: ANN201
    """The one-screen digest: the counts, then contradicted, corroborated and single-source
    claims on unnamed sources, each with who asserts and who denies it (``totals``: see
    :func:`counts_line`)."""
    from rich.console import Group
    from rich.text import Text

    parts: list[Any] = [Text(counts_line(rows, more, totals), style="bold")]
    cut = more and totals is not None  # each title then says how many of all that match it shows
    for title, picked, limit, of in (
            ("Contradicted", [r for r in rows if r.status == "contradicted"], SECTION_MAX,
             totals.by_status.get("contradicted", 0) if cut else None),
            ("Corroborated", [r for r in rows if r.status == "corroborated"], SECTION_MAX,
             totals.by_status.get("corroborated", 0) if cut else None),
            ("Single source, resting on unnamed sources", [r for r in rows if rests_on_unnamed(r)], UNNAMED_MAX,
             totals.unnamed if cut else None)):
        if picked:
            parts.append(Text(""))
            parts.extend(_section(title, picked, limit, of))
    return Group(*parts)


def findings(rows: Sequence[ReportRow], more: bool = False, totals: StatusCounts | None = None):  # noqa: ANN201
    """The digest again in brief, to close the output: the contradicted and corroborated
    clusters (at most :data:`SECTION_MAX` of each) one a row, id, status, the claim wrapped at
    word boundaries and its independent origins; then the counts, the last line printed."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from claimcheck.report.render import CLAIM_CHARS, clip, short_id

    parts: list[Any] = []
    picked = [r for status in ("contradicted", "corroborated")
              for r in [r for r in rows if r.status == status][:SECTION_MAX]]
    if picked:
        parts.append(Text("Findings (claimcheck show ID: who said what, through whom)", style="bold"))
        grid = Table.grid(padding=(0, 2, 0, 0), pad_edge=False)
        grid.add_column(no_wrap=True, style="muted")
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")
        for r in picked:
            n = r.independent_origins
            cell = Text(clip(r.claim, CLAIM_CHARS))
            cell.append(f" · {n} independent origin{'' if n == 1 else 's'}", style="muted")
            if r.verdict:
                cell.append(f" · reviewed: {r.verdict['verdict']}", style="verdict")
            grid.add_row(short_id(r.cluster), Text(r.status.replace("_", " "), style=f"claim.{r.status}"), cell)
        parts.extend([grid, Text("")])
    parts.append(Text(counts_line(rows, more, totals), style="bold"))
    return Group(*parts)


def report_screen(rows: Sequence[ReportRow], more: bool = False, show_all: bool = False,  # noqa: ANN201
                  totals: StatusCounts | None = None):
    """What ``report`` prints to a person: the digest, the table (one-mention unattributed rows
    folded into a count unless ``show_all``), the legend, and :func:`findings` (the
    contradicted and corroborated clusters again, then the counts), so the last screen tells
    the story too.  Cut at a limit (``more``, with ``totals``), every title counts the rows it
    shows of all that match: ``Contradicted (5 shown of 9)``, ``Corroboration table: 200
    shown of 7384 clusters``."""
    from rich.console import Group
    from rich.text import Text

    from claimcheck.report.render import report_table

    shown = list(rows) if show_all else [r for r in rows if not is_folded(r)]
    folded = len(rows) - len(shown)
    of = totals.total if more and totals is not None else None  # a cut table: "10 shown of 72 clusters"
    parts: list[Any] = [digest(rows, more, totals), Text(""), report_table(shown, of=of)]
    if folded:
        parts.append(Text(f"{folded} one-mention claim{'' if folded == 1 else 's'} in an outlet's own voice "
                          "not listed (--all lists them)", style="muted"))
    parts.append(Text(""))
    parts.append(findings(rows, more, totals))
    return Group(*parts)
