"""The command line is a package (claimcheck/cli/, one module per command group): every name the
one-module cli.py had is still importable from ``claimcheck.cli``, and it is the same command."""

from __future__ import annotations

import claimcheck.cli as cli

OLD_NAMES = ["app", "db_app", "actors_app", "main", "fail", "DbOpt", "FILTER_MAX", "ExportFormat", "ExtractFormat",
             "ListFormat", "ReportFormat", "ShowFormat", "Sort", "StanceFormat", "Status", "TableJson", "ingest",
             "extract", "xref", "report", "show", "sources", "check", "stance", "review", "export", "db_upgrade",
             "db_current", "db_check", "actors", "actors_merge", "actors_split", "actors_decisions"]


def test_every_old_name_is_importable() -> None:
    missing = [n for n in OLD_NAMES if not hasattr(cli, n)]
    assert not missing, missing
    assert sorted(cli.__all__) == sorted(OLD_NAMES)


def test_each_command_function_is_the_registered_one() -> None:
    registered = {c.callback.__name__ for c in cli.app.registered_commands}
    assert registered == {"ingest", "extract", "xref", "report", "show", "sources", "check", "stance", "review", "export"}
    for name in registered:
        assert callable(getattr(cli, name))
