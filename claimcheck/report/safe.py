"""Output that cannot run: CSV cells a spreadsheet would take for formulas, and control
characters that a terminal would obey.

* :func:`csv_cell` / :func:`csv_writer`: a text cell starting with ``=``, ``+``, ``-``, ``@``, tab
  or carriage return gets a leading apostrophe (the OWASP "CSV injection" advice, as
  spreadsheet-safe exporters do), unless ``CLAIMCHECK_CSV_FORMULAS=1`` (set by the global
  ``--csv-formulas`` flag) asks for the cells as they are.  Numbers are left alone.
* :func:`terminal_console_class`: every control character but newline and tab in what a table
  or tree draws is replaced by a visible stand-in (the Unicode control pictures: ESC shows as
  ``␛``), on a terminal and through a pipe alike; used by ``report.theme.make_console``.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULAS_ENV = "CLAIMCHECK_CSV_FORMULAS"

# C0 controls but \t and \n -> U+2400 + code; DEL -> U+2421; C1 controls -> U+FFFD
_TERMINAL = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_TERMINAL[0x7F] = 0x2421
_TERMINAL.update({c: 0xFFFD for c in range(0x80, 0xA0)})


def formulas_allowed() -> bool:
    """True when the user asked for CSV cells as they are (``--csv-formulas``)."""
    return os.environ.get(FORMULAS_ENV, "") not in ("", "0")


def csv_cell(value: Any, allow: bool = False) -> Any:
    """``value`` with a leading apostrophe when it is text a spreadsheet would run (starts with
    one of :data:`FORMULA_START`); anything else unchanged."""
    if not allow and isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class _SafeWriter:
    """``csv.writer`` whose rows go through :func:`csv_cell`."""

    def __init__(self, out: Any, **fmt: Any) -> None:
        self._w = csv.writer(out, **fmt)
        self._allow = formulas_allowed()

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._w.writerow([csv_cell(v, self._allow) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(out: Any, **fmt: Any) -> _SafeWriter:
    """A ``csv.writer(out, **fmt)`` that neutralises formula cells (see the module)."""
    return _SafeWriter(out, **fmt)


def terminal_text(text: str) -> str:
    """``text`` with control characters (but newline and tab) replaced one for one."""
    return text.translate(_TERMINAL)


def terminal_console_class() -> type:
    """A ``rich.console.Console`` subclass whose output passes every text segment through
    :func:`terminal_text` (rich's own styling is applied apart from the text and stays) and
    whose lines end without the spaces rich pads them with to the full width (issue 14: a
    table padded every line to the terminal's width)."""
    from rich.console import Console
    from rich.segment import Segment

    def stripped(line: list[Any]) -> list[Any]:
        while line and line[-1].control is None and not line[-1].text.rstrip(" "):
            line.pop()
        if line and line[-1].control is None and line[-1].text.endswith(" "):
            last = line[-1]
            line[-1] = Segment(last.text.rstrip(" "), last.style, last.control)
        return line

    class TerminalSafeConsole(Console):
        def render(self, renderable: Any, options: Any = None) -> Any:  # type: ignore[override]
            line: list[Any] = []
            for seg in super().render(renderable, options):
                if seg.control is not None or not seg.text:
                    line.append(seg)
                    continue
                parts = seg.text.translate(_TERMINAL).split("\n")
                for i, part in enumerate(parts):
                    if i:
                        yield from stripped(line)
                        yield Segment("\n", seg.style)
                        line = []
                    if part:
                        line.append(Segment(part, seg.style))
            yield from line

    return TerminalSafeConsole
