"""Styles named by meaning; rendering code never names a colour."""

from __future__ import annotations

import io
import os
import sys

STYLES = {
    "claim.corroborated": "green",
    "claim.contradicted": "bold red",
    "claim.single_source": "yellow",
    "claim.unattributed": "dim",
    "claim.no_evidence": "dim",
    "source.named": "cyan",
    "source.anonymous": "magenta",
    "source.sources_said": "yellow",
    "act.assert": "none",
    "act.confirm": "green",
    "act.deny": "red",
    "act.decline": "yellow",
    "act.hedge": "italic",
    "span.source": "bold cyan",
    "span.cue": "bold",
    "span.content": "underline",
    "grade.good": "green",
    "grade.poor": "red",
    "grade.unknown": "dim",
    "verdict": "bold blue",
    "muted": "dim",
}


def make_console(file=None, width: int | None = None, stderr: bool = False):  # noqa: ANN001, ANN201
    """A console with the theme; no colour when NO_COLOR is set or output is not a terminal."""
    from rich.theme import Theme

    from claimcheck.report.safe import terminal_console_class

    target = file if file is not None else (sys.stderr if stderr else sys.stdout)
    no_color = bool(os.environ.get("NO_COLOR")) or isinstance(target, io.StringIO)
    Console = terminal_console_class()  # control characters in the data shown, not obeyed
    return Console(file=target, width=width, theme=Theme(STYLES), no_color=no_color,
                   color_system=None if no_color else "auto", highlight=False, soft_wrap=False)
