"""The command line: typer only. Each command parses options, makes one library call, renders,
and turns a ClaimcheckError into one line on stderr with exit code 1.

One module per command group, each registering on the apps of :mod:`claimcheck.cli.base`
(``ingesting``, ``database``, ``reporting``, ``actor_commands``, ``reviewing``; shared option types
in ``options``); every name the one-module ``cli.py`` had is importable from here."""

from __future__ import annotations

from claimcheck.cli.actor_commands import actors, actors_decisions, actors_merge, actors_split
from claimcheck.cli.base import FILTER_MAX, DbOpt, actors_app, app, db_app, fail, main
from claimcheck.cli.database import db_check, db_current, db_upgrade
from claimcheck.cli.ingesting import extract, ingest
from claimcheck.cli.options import (ExportFormat, ExtractFormat, ListFormat, ReportFormat, ShowFormat, Sort, StanceFormat,
                                    Status, TableJson)
from claimcheck.cli.reporting import check, report, show, sources, stance, xref
from claimcheck.cli.reviewing import export, review

__all__ = [
    "app", "db_app", "actors_app", "main", "fail", "DbOpt", "FILTER_MAX",
    "ExportFormat", "ExtractFormat", "ListFormat", "ReportFormat", "ShowFormat", "Sort", "StanceFormat", "Status",
    "TableJson",
    # the commands, in the order --help lists them
    "ingest", "extract", "xref", "report", "show", "sources", "check", "stance", "review", "export",
    "db_upgrade", "db_current", "db_check", "actors", "actors_merge", "actors_split", "actors_decisions",
]
