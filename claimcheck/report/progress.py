"""Progress and end-of-batch summary for ``claimcheck ingest`` (the CLI shows them on stderr).

:class:`IngestProgress` is a live progress line; :func:`skipped_lines` and :func:`summary_text`
return what to show after the batch; nothing here writes by itself but the live line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimcheck.report.theme import make_console

if TYPE_CHECKING:
    from rich.text import Text


class IngestProgress:
    """A progress line that counts documents as they go in (no total: folders are streamed).
    Drawn on stderr, and only on a terminal; ``update(ref, outcome)`` is the ingest callback."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._progress: Any = None
        self._task: Any = None
        self.counts: dict[str, int] = {}

    def __enter__(self) -> IngestProgress:
        if self.enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            console = make_console(stderr=True)
            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                      TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                                      console=console, transient=True, disable=not console.is_terminal)
            self._progress.__enter__()
            self._task = self._progress.add_task("ingesting", total=None)
        return self

    def update(self, ref: str, outcome: str) -> None:
        self.counts[outcome] = self.counts.get(outcome, 0) + 1
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=f"ingesting {ref[-40:]}")

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)


def skipped_lines(summary: Any) -> list[str]:
    """One unwrapped line per skipped document (``skipped: PATH: reason``), for people and for
    grep; ``summary`` is an :class:`claimcheck.api.IngestSummary`."""
    return [f"skipped: {reason}" if ref in reason else f"skipped: {ref}: {reason}" for ref, reason in summary.skipped]


_NO_LEXICONS = "has no attribution lexicons"
_WARNING = "warning: "  # an article's warning printed as such (claimcheck.ingest.pipeline.WARNING)


def note_lines(summary: Any) -> list[str]:
    """One line per note of the batch (``note: PATH: text``: a page stored but not mined, a
    dropped date, archive records counted but not read; ``warning: PATH: text``: a record's bad
    metadata value ignored), and one ``warning:`` line for the
    whole batch naming the languages without attribution lexicons and how many articles each."""
    langs: dict[str, int] = {}
    out: list[str] = []
    for ref, text in summary.notes:
        if _NO_LEXICONS in text:
            lang = text.split("'")[1] if text.count("'") >= 2 else text
            langs[lang] = langs.get(lang, 0) + 1
        else:
            head, text = ("warning", text[len(_WARNING):]) if text.startswith(_WARNING) else ("note", text)
            out.append(f"{head}: {text}" if ref in text else f"{head}: {ref}: {text}")
    if langs:
        from claimcheck.report.output import language_warning

        out.append(language_warning(langs))
    return out


def summary_text(summary: Any) -> Text:
    """The end-of-batch counts as one line: ingested, new versions, re-parsed, unchanged,
    skipped, and the run id."""
    from rich.text import Text

    parts = [f"{summary.ingested} ingested"]
    if summary.new_versions:
        parts.append(f"{summary.new_versions} new version(s) of changed documents")
    if summary.reparsed:
        parts.append(f"{summary.reparsed} re-parsed with a new extractor version")
    parts.append(f"{summary.unchanged} unchanged (already in the database)")
    parts.append(f"{len(summary.skipped)} skipped")
    return Text(", ".join(parts) + f" (run {summary.run_id})")
