"""The library calls behind each command: the CLI parses options, calls one of these, renders.

Every call is importable from here (``from claimcheck import api``; ``api.ingest(...)``), as it
was when this was one module; the modules beside this one hold them by what they do:

- :mod:`~claimcheck.api.database`: opening a database (``open_store``, ``Store``), the ``db`` commands;
- :mod:`~claimcheck.api.ingesting`: ``extract``, ``ingest``, ``ingest_extractions``, ``versions``;
- :mod:`~claimcheck.api.analysing`: ``xref`` / ``analyse_store`` and the actor decisions;
- :mod:`~claimcheck.api.reading`: ``report`` (pages, streams, HTML), ``show``, ``sources``, review;
- :mod:`~claimcheck.api.checking`: ``stance`` and ``check``;
- :mod:`~claimcheck.api.exporting`: ``export``.
"""

from __future__ import annotations

from claimcheck import __version__
from claimcheck.api.analysing import (XrefSummary, _actor_index, actor_decision, actor_decisions, actors,
                                      analyse_store, undo_actor_decision, xref)
from claimcheck.api.checking import check, stance
from claimcheck.api.database import Db, Store, db_check, db_current, db_upgrade, open_store, user_error
from claimcheck.api.exporting import EXPORT_FORMATS, EXPORT_STREAMS, ExportResult, Publisher, export
from claimcheck.api.ingesting import IngestSummary, extract, ingest, ingest_extractions, versions
from claimcheck.api.reading import (HTML_LIMIT, ReportFilters, add_verdict, analysis_note, report, report_html,
                                    report_page, report_stream, review_queue, show, show_graph, sources, sources_listing)
# names the one-module api also had at hand (imported there), kept importable from here
from claimcheck.errors import ArticleError, ClaimcheckError, NotFoundError, UsageError, excerpt
from claimcheck.ingest.decode import DEFAULT_MAX_BYTES
from claimcheck.model import Extraction, ReportPage, ReportRow, StatusCounts

__all__ = [
    # database
    "Db", "Store", "db_check", "db_current", "db_upgrade", "open_store", "user_error",
    # ingesting
    "IngestSummary", "extract", "ingest", "ingest_extractions", "versions",
    # analysing
    "XrefSummary", "_actor_index", "actor_decision", "actor_decisions", "actors", "analyse_store",
    "undo_actor_decision", "xref",
    # reading
    "HTML_LIMIT", "ReportFilters", "add_verdict", "analysis_note", "report", "report_html", "report_page", "report_stream",
    "review_queue", "show", "show_graph", "sources", "sources_listing",
    # checking
    "check", "stance",
    # exporting
    "EXPORT_FORMATS", "EXPORT_STREAMS", "ExportResult", "Publisher", "export",
    # kept from the one-module api
    "__version__", "ArticleError", "ClaimcheckError", "NotFoundError", "UsageError", "excerpt",
    "DEFAULT_MAX_BYTES", "Extraction", "ReportPage", "ReportRow", "StatusCounts",
]
