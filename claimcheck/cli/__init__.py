"""The command line: typer only. Each command parses options, makes one library call, renders,
and turns a ClaimcheckError into one line on stderr with exit code 1.

One module per command group, each registering on the apps of :mod:`claimcheck.cli.base`;
they are imported here in the order ``--help`` lists the commands."""

from __future__ import annotations

from claimcheck.cli import actors, database, ingesting, reporting, reviewing  # noqa: F401  (registers the commands)
from claimcheck.cli.base import app

__all__ = ["app"]
