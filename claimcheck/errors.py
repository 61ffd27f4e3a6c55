"""Every exception claimcheck raises on purpose. The CLI turns these into one line on stderr."""

from __future__ import annotations


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
