"""Progress bar and end-of-batch summary for ``claimcheck ingest`` (on stderr)."""

from __future__ import annotations

from claimcheck.report.theme import make_console


class IngestProgress:
    """A progress line that counts documents as they go in (no total: folders are streamed)."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._progress = None
        self._task = None
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


def render_summary(summary, quiet: bool = False) -> None:  # noqa: ANN001
    import sys

    for ref, reason in summary.skipped:  # one unwrapped line per problem, for people and for grep
        sys.stderr.write((f"skipped: {reason}" if ref in reason else f"skipped: {ref}: {reason}") + "\n")
    if quiet:
        return
    console = make_console(stderr=True)
    parts = [f"{summary.ingested} ingested"]
    if summary.new_versions:
        parts.append(f"{summary.new_versions} new version(s) of changed documents")
    if summary.reparsed:
        parts.append(f"{summary.reparsed} re-parsed with a new extractor version")
    parts.append(f"{summary.unchanged} unchanged (already in the database)")
    parts.append(f"{len(summary.skipped)} skipped")
    console.print(", ".join(parts) + f" (run {summary.run_id})", markup=False)
