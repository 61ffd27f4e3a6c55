"""The interactive review loop: one flagged cluster at a time, a key per decision.

Keys are read one at a time without Enter from the terminal, held in cbreak mode for the whole
review (so keys typed ahead are kept); a note is read as a line. End of input (Ctrl-D, a closed
terminal) stops the review like ``q``: every decision already made is stored at once, so nothing
is lost. The review needs a terminal on standard input (:func:`require_terminal`); scripts use
``review --list``.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TextIO

from claimcheck.errors import UsageError
from claimcheck.model import ReportRow
from claimcheck.report.review_card import review_card

NO_TERMINAL = "review needs a terminal; use `review --list` in scripts"

KEYS = {"c": "confirmed", "d": "dismissed", "u": "unclear"}
HELP = "c confirm · d dismiss · u unclear · n add a note · s skip · q quit"
SCROLL_HELP = " · j/k scroll"
SCROLL = {"j": 3, "k": -3, "\x1b[B": 3, "\x1b[A": -3, " ": 10}  # down/up arrows; space: a page
QUIT_KEYS = ("q", "\x03", "\x04", "")  # q, Ctrl-C and Ctrl-D as raw bytes, end of input


class _Keys:
    """Single keys from ``getchar``. A read can return several characters (keys typed ahead or
    pasted): they are queued; an escape sequence (arrow keys, function keys) is one key."""

    def __init__(self, getchar: Callable[[], str]) -> None:
        self._getchar = getchar
        self._queue: list[str] = []

    def next(self) -> str:
        if not self._queue:
            try:
                chunk = self._getchar()
            except EOFError:
                return ""
            if not chunk:
                return ""
            self._queue = [chunk] if chunk.startswith("\x1b") else list(chunk)
        return self._queue.pop(0)

    def clear(self) -> None:
        self._queue.clear()


def is_terminal(stream: TextIO | None) -> bool:
    """True when ``stream`` is an open terminal (a closed, missing or redirected stream is not)."""
    try:
        return stream is not None and os.isatty(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def require_terminal(stream: TextIO | None = None) -> None:
    """Raise :class:`~claimcheck.errors.UsageError` unless ``stream`` (default: stdin) is a
    terminal: the interactive review reads single keys from it."""
    if not is_terminal(sys.stdin if stream is None else stream):
        raise UsageError(NO_TERMINAL)


def read_line(prompt: str) -> str:
    """Show ``prompt: `` and read one line from stdin (without its newline). Raises EOFError at
    end of input and KeyboardInterrupt on Ctrl-C, as ``input`` does."""
    return input(f"{prompt}: ")


@contextlib.contextmanager
def keys_mode(stream: TextIO | None) -> Iterator[tuple[Callable[[], Any], Callable[[], str] | None]]:
    """Keep a terminal in cbreak mode (keys arrive one by one, unechoed, Ctrl-C still
    interrupts) for the whole review, so a key pressed while a cluster is still being drawn is
    kept, not held back waiting for Enter nor flushed. Yields ``(cooked, read_key)``:
    ``cooked()`` is a context for reading a line (the note) and ``read_key()`` reads the next
    keys from the terminal. (Switching to raw mode with TCSAFLUSH on every key, as
    ``click.getchar`` does, would throw away keys typed ahead.) On Windows the console's own
    key reader (``msvcrt.getwch``) is used. Yields ``(nullcontext, None)`` when ``stream`` is
    not a terminal."""
    if not is_terminal(stream):
        yield contextlib.nullcontext, None
        return
    try:
        import termios
        import tty
    except ImportError:  # Windows: keys come one by one from the console anyway
        try:
            import msvcrt
        except ImportError:
            yield contextlib.nullcontext, None
            return
        yield contextlib.nullcontext, msvcrt.getwch
        return
    assert stream is not None
    fd = stream.fileno()
    old = termios.tcgetattr(fd)

    @contextlib.contextmanager
    def cooked() -> Iterator[None]:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)
        try:
            yield
        finally:
            tty.setcbreak(fd, termios.TCSADRAIN)

    def read_key() -> str:
        return os.read(fd, 32).decode(getattr(stream, "encoding", None) or "utf-8", "replace")

    tty.setcbreak(fd, termios.TCSADRAIN)
    try:
        yield cooked, read_key
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)


def _read_note(readline: Callable[[str], str]) -> str | None:
    """A line of text, or None when the reader gives up (Ctrl-D, Ctrl-C at the prompt)."""
    try:
        return readline("note").strip() or None
    except (EOFError, KeyboardInterrupt):
        return None


def run_review(queue: Sequence[ReportRow], detail: Callable[[str], dict[str, Any]],
               save: Callable[[str, str, str | None], None], console,  # noqa: ANN001
               getchar: Callable[[], str] | None = None, readline: Callable[[str], str] = read_line,
               keyboard: TextIO | None = None) -> dict[str, int]:
    """Walk the queue; ``save(cluster_uid, verdict, note)`` stores each decision at once, so a
    quit or a crash loses nothing already decided. Returns the counts of each decision.
    ``keyboard`` (default: stdin) is held in cbreak mode while the review runs; ``getchar``
    reads keys instead when it is not a terminal (tests). Raises UsageError when there is
    neither a terminal nor a ``getchar``."""
    with keys_mode(sys.stdin if keyboard is None else keyboard) as (cooked, read_key):
        reader = read_key or getchar
        if reader is None:
            raise UsageError(NO_TERMINAL)
        return _loop(queue, detail, save, console, _Keys(reader), readline, cooked)


def _loop(queue, detail, save, console, keys: _Keys, readline, cooked) -> dict[str, int]:  # noqa: ANN001
    counts = {"confirmed": 0, "dismissed": 0, "unclear": 0, "skipped": 0}
    for n, item in enumerate(queue, 1):
        d = detail(item.cluster)
        offset = 0
        card, more = review_card(d, n, len(queue), console, offset, HELP + SCROLL_HELP)
        console.print(card)
        note: str | None = None
        while True:
            key = keys.next()
            key = key.lower() if len(key) == 1 else key
            if key in SCROLL:
                step = SCROLL[key]
                if (step > 0 and more) or (step < 0 and offset > 0):
                    offset = max(0, offset + step)
                    card, more = review_card(d, n, len(queue), console, offset, HELP + SCROLL_HELP)
                    console.print(card)
                continue
            if key in KEYS:
                save(item.cluster, KEYS[key], note)
                counts[KEYS[key]] += 1
                console.print(f"→ {KEYS[key]}" + (f" (note: {note})" if note else ""), style="verdict", markup=False)
                break
            if key == "n":
                keys.clear()  # what follows is the note, read as a line
                with cooked():
                    note = _read_note(readline)
                if note:
                    console.print(f"note kept for this cluster: {note}", style="muted", markup=False)
                console.print(HELP, style="muted", markup=False)
                continue
            if key == "s":
                counts["skipped"] += 1
                console.print("→ skipped (it stays in the queue)", style="muted")
                break
            if key in QUIT_KEYS:
                console.print("stopped; the decisions made so far are saved", style="muted")
                return counts
            if key.strip():
                console.print(f"unknown key {key!r}; {HELP}{SCROLL_HELP}", style="muted", markup=False)
    console.print("review finished", style="muted")
    return counts


def outcome(counts: dict[str, int] | None, include_reviewed: bool) -> str:
    """The line that ends ``review``: the counts of each decision, or, when the queue was empty
    (``counts`` None), that there was nothing to review."""
    if counts is None:
        return "nothing to review" + ("" if include_reviewed else " (use --all to see reviewed clusters again)")
    return ", ".join(f"{v} {k}" for k, v in counts.items())
