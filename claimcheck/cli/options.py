"""Option and argument types shared by the command modules (typer annotations and choices)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer

from claimcheck.cli.base import positive, short_text, not_negative


def choices(name: str, *values: str) -> type[Enum]:
    """A ``str`` enum of an option's values, for typer to show and check as choices: member
    ``v`` (a "-" in a value is "_" in its member's name: ``ExportFormat.prov_json``)."""
    return Enum(name, [(v.replace("-", "_"), v) for v in values], type=str, module=__name__)  # type: ignore[return-value]


# the values each option takes
ExtractFormat = choices("ExtractFormat", "jsonl", "json", "table")
ReportFormat = choices("ReportFormat", "table", "json", "jsonl", "csv", "markdown", "html")
ListFormat = choices("ListFormat", "table", "json", "jsonl", "csv", "markdown")
TableJson = choices("TableJson", "table", "json")
PublisherType = choices("PublisherType", "organization", "person")
ShowFormat = choices("ShowFormat", "table", "json", "dot", "svg")
Status = choices("Status", "corroborated", "contradicted", "single_source", "unattributed")
Sort = choices("Sort", "status", "origins", "credibility", "date", "mentions")
StanceFormat = choices("StanceFormat", "jsonl", "table")
ExportFormat = choices("ExportFormat", "csv", "jsonl", "prov-json", "claimreview", "sqlite")


Published = Annotated[Optional[str], typer.Option(help="Publication date for every article (wins over the text).")]
Outlet = Annotated[Optional[str], typer.Option(help="Outlet for every article.")]
Url = Annotated[Optional[str], typer.Option(help="URL for every article.")]
Title = Annotated[Optional[str], typer.Option(help="Title for every article.")]
Language = Annotated[Optional[str], typer.Option(
    help="Language of every article (ISO 639-1: en, fr, es, de, ...), instead of detecting it; "
         "selects the attribution lexicon.")]
MaxSize = Annotated[float, typer.Option("--max-size", help="Largest file accepted, in MB.", callback=positive)]
Encoding = Annotated[Optional[str], typer.Option(help="Decode input with this encoding instead of detecting.")]


ListFormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format: table, json, "
                                                   "jsonl (one object a line), csv or markdown.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Shorthand for --format csv.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
NlOpt = Annotated[bool, typer.Option("--nl", help="Shorthand for --format jsonl (newline-delimited JSON).")]


FORMAT_HELP = "Output format: a table for people, JSON for scripts."
AliasArg = Annotated[str, typer.Argument(help="An actor's name or any of its aliases.")]


By = Annotated[Optional[str], typer.Option(help="Who decides (default: $CLAIMCHECK_REVIEWER or login).")]
Note = Annotated[Optional[str], typer.Option(help="Why.")]


StatusOpt = Annotated[Optional[list[Status]], typer.Option("--status", help="Only clusters with this status (repeatable).")]
ActorOpt = Annotated[Optional[str], typer.Option(help="Only clusters about this actor (any of its names; in its actors, claims or sources).", callback=short_text)]
SinceOpt = Annotated[Optional[str], typer.Option(help="Only clusters seen on or after this date (YYYY-MM-DD).")]
UntilOpt = Annotated[Optional[str], typer.Option(help="Only clusters seen on or before this date.")]
OutletOpt = Annotated[Optional[str], typer.Option(help="Only clusters reported by this outlet (substring).",
                                                  callback=short_text)]
MinOriginsOpt = Annotated[int, typer.Option("--min-origins", help="Only clusters with at least N independent origins.",
                                            callback=not_negative)]

