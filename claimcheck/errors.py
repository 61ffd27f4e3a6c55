"""Every exception claimcheck raises on purpose. The CLI turns these into one line on stderr."""

from __future__ import annotations

EXCERPT_CHARS = 120  # a quoted reader's message: enough to recognise, short enough for one line
LINE_CHARS = 600  # a whole skip/error line at most


def excerpt(text: object, limit: int = EXCERPT_CHARS) -> str:
    """``text`` fit to quote in a one-line message: control and other non-printable characters
    escaped (``\\x00``, ``\\n``, ``\\u200b``), then cut to ``limit`` characters with ``…``.
    A reader's exception may carry raw bytes of a bad file (a gzip of random bytes, say)."""
    pieces = [c if c.isprintable() else repr(c)[1:-1] for c in str(text)]
    if sum(map(len, pieces)) <= limit:
        return "".join(pieces)
    out, n = [], 0
    for p in pieces:  # never cut an escape in two
        if n + len(p) > limit - 1:
            break
        out.append(p)
        n += len(p)
    return "".join(out) + "…"


class ClaimcheckError(Exception):
    """A user's mistake or bad input: reported in one line, never as a traceback."""


class ArticleError(ClaimcheckError):
    """An input file or record that cannot be read as an article."""


class LexiconError(ClaimcheckError):
    """A lexicon data file with a bad entry (the message names file and entry)."""


class StoreError(ClaimcheckError):
    """The database cannot be opened, migrated or written."""


class DuplicateError(StoreError):
    """The article was stored meanwhile by another process (two ingests of the same files)."""


class NotFoundError(ClaimcheckError):
    """A cluster, actor or other thing named by the user does not exist."""


class UsageError(ClaimcheckError):
    """Options that contradict each other or name nothing."""
