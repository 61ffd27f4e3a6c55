"""Option and argument types shared by the command modules (typer annotations and choices)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer

from claimcheck.cli.base import positive, short_text, not_negative


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"



Published = Annotated[Optional[str], typer.Option(help="Publication date for every article (wins over the text).")]
Outlet = Annotated[Optional[str], typer.Option(help="Outlet for every article.")]
Url = Annotated[Optional[str], typer.Option(help="URL for every article.")]
Title = Annotated[Optional[str], typer.Option(help="Title for every article.")]
Language = Annotated[Optional[str], typer.Option(
    help="Language of every article (ISO 639-1: en, fr, es, de, ...), instead of detecting it; "
         "selects the attribution lexicon.")]
MaxSize = Annotated[float, typer.Option("--max-size", help="Largest file accepted, in MB.", callback=positive)]
Encoding = Annotated[Optional[str], typer.Option(help="Decode input with this encoding instead of detecting.")]


class ReportFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"


class ListFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


ListFormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format: table, json, "
                                                   "jsonl (one object a line), csv or markdown.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Shorthand for --format csv.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
NlOpt = Annotated[bool, typer.Option("--nl", help="Shorthand for --format jsonl (newline-delimited JSON).")]


FORMAT_HELP = "Output format: a table for people, JSON for scripts."
AliasArg = Annotated[str, typer.Argument(help="An actor's name or any of its aliases.")]


class TableJson(str, Enum):
    table = "table"
    json = "json"


class ShowFormat(str, Enum):
    table = "table"
    json = "json"
    dot = "dot"
    svg = "svg"


class Status(str, Enum):
    corroborated = "corroborated"
    contradicted = "contradicted"
    single_source = "single_source"
    unattributed = "unattributed"


class Sort(str, Enum):
    status = "status"
    origins = "origins"
    credibility = "credibility"
    date = "date"
    mentions = "mentions"


class StanceFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"



By = Annotated[Optional[str], typer.Option(help="Who decides (default: $CLAIMCHECK_REVIEWER or login).")]
Note = Annotated[Optional[str], typer.Option(help="Why.")]


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    prov_json = "prov-json"
    claimreview = "claimreview"
    sqlite = "sqlite"


StatusOpt = Annotated[Optional[list[Status]], typer.Option("--status", help="Only clusters with this status (repeatable).")]
ActorOpt = Annotated[Optional[str], typer.Option(help="Only clusters naming this actor (substring).", callback=short_text)]
SinceOpt = Annotated[Optional[str], typer.Option(help="Only clusters seen on or after this date (YYYY-MM-DD).")]
UntilOpt = Annotated[Optional[str], typer.Option(help="Only clusters seen on or before this date.")]
OutletOpt = Annotated[Optional[str], typer.Option(help="Only clusters reported by this outlet (substring).",
                                                  callback=short_text)]
MinOriginsOpt = Annotated[int, typer.Option("--min-origins", help="Only clusters with at least N independent origins.",
                                            callback=not_negative)]

