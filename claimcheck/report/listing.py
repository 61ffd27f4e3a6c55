"""Listings (``sources``, ``actors``) in the formats every listing offers: table, json, jsonl,
csv, markdown, in the conventions of sqlite-utils (``--csv``, ``--json``, ``--nl`` as shorthands
of ``--format``; JSON Lines is one object a line; CSV has a header row and flattens lists).
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any

LISTING_FORMATS = ("table", "json", "jsonl", "csv", "markdown")


def pick_format(fmt: str, csv_: bool = False, json_: bool = False, nl: bool = False) -> str:
    """The format asked for: a shorthand flag (``--csv``, ``--json``, ``--nl`` = JSON Lines)
    wins over ``--format``. Raises UsageError for two shorthands at once."""
    from claimcheck.errors import UsageError

    flags = [name for name, on in (("csv", csv_), ("json", json_), ("jsonl", nl)) if on]
    if len(flags) > 1:
        raise UsageError(f"choose one of --csv, --json, --nl (got {', '.join('--' + f for f in flags)})")
    return flags[0] if flags else fmt


def flat(value: Any) -> str:
    """A cell value as text: lists joined by ``; ``, dicts as compact JSON, None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(flat(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def fields_of(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The keys of the rows, in first-seen order."""
    out: dict[str, None] = {}
    for r in rows:
        out.update(dict.fromkeys(r))
    return list(out)


def to_jsonl(rows: Sequence[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def to_csv(rows: Sequence[dict[str, Any]], fields: Sequence[str] | None = None) -> str:
    """A header and one line per row; lists flattened (:func:`flat`); a cell a spreadsheet
    would run as a formula gets a leading apostrophe (``report/safe.py``)."""
    from claimcheck.report.safe import csv_writer

    fields = list(fields or fields_of(rows))
    buf = io.StringIO()
    w = csv_writer(buf, lineterminator="\n")  # formula cells neutralised, as in report --format csv
    w.writerow(fields)
    w.writerows([flat(r.get(f)) for f in fields] for r in rows)
    return buf.getvalue()


def to_markdown(rows: Sequence[dict[str, Any]], fields: Sequence[str] | None = None) -> str:
    """A pipe table; ``|`` and newlines in cells escaped."""
    fields = list(fields or fields_of(rows))
    out = ["| " + " | ".join(fields) + " |", "|" + "---|" * len(fields)]
    for r in rows:
        out.append("| " + " | ".join(flat(r.get(f)).replace("|", "\\|").replace("\n", " ") for f in fields) + " |")
    return "\n".join(out) + "\n"


def write_listing(rows: Sequence[dict[str, Any]], fmt: str, out: Any, table: Any = None) -> None:
    """``rows`` (plain dicts) as ``fmt``; ``table`` is the rich renderable for ``table``."""
    from claimcheck.report.render import to_json

    if fmt == "json":
        out.write(to_json(list(rows)))
    elif fmt == "jsonl":
        out.write(to_jsonl(rows))
    elif fmt == "csv":
        out.write(to_csv(rows))
    elif fmt == "markdown":
        out.write(to_markdown(rows))
    else:
        from claimcheck.report.theme import make_console

        make_console(file=out).print(table)
