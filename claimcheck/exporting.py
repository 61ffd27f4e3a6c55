"""The library call behind ``claimcheck export``: one function, every format.

- ``csv``: one file per table into the folder OUT (required);
- ``jsonl``: one JSON object per cluster with its mentions, sources and verdict;
- ``prov-json``: W3C PROV (PROV-JSON), loads back with the ``prov`` package;
- ``claimreview``: schema.org ClaimReview JSON-LD (a JSON list) for clusters with a verdict;
- ``sqlite``: the handover file OUT.db (required) with views, FTS5, data dictionary and a
  Datasette ``OUT.metadata.json`` beside it.

The stream formats go to ``sys.stdout`` when OUT is not given.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from claimcheck.errors import StoreError, UsageError

FORMATS = ("csv", "jsonl", "prov-json", "claimreview", "sqlite")
STREAMS = ("jsonl", "prov-json", "claimreview")


def export(db: str | None, format: str, out: str | None, fts: bool = True, overwrite: bool = False) -> str:
    """Export the database ``db`` as ``format`` to ``out``; returns a one-line summary."""
    fmt = (format or "").strip().lower()
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {format!r} (choose from {', '.join(FORMATS)})")
    if fmt == "csv" and not out:
        raise UsageError("export --format csv needs a folder to write to: claimcheck export --format csv FOLDER")
    if fmt == "sqlite" and not out:
        raise UsageError("export --format sqlite needs a file to write: claimcheck export --format sqlite OUT.db")
    if not fts and fmt != "sqlite":
        raise UsageError(f"--no-fts applies to --format sqlite only, not {fmt!r}")
    if out and fmt in STREAMS:
        _check_file(out, overwrite)

    from claimcheck.api import open_store
    from claimcheck.store import export as store_export
    from claimcheck.store.session import resolve_url, session_scope

    url = resolve_url(db)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).is_file():
        raise StoreError(f"{url[len('sqlite:///'):]!r}: no such database (ingest articles first)")
    if out and url.startswith("sqlite:///"):
        source = Path(url[len("sqlite:///"):]).resolve()
        target = Path(out).resolve()
        if target in (source, source.with_name(source.name + "-wal"), source.with_name(source.name + "-shm")):
            raise UsageError(f"{out!r}: is the database being exported")
    engine = open_store(db)
    try:
        if fmt == "sqlite":
            info = store_export.export_sqlite(engine, out, fts=fts, overwrite=overwrite)  # type: ignore[arg-type]
            return (f"wrote {info['path']} ({info['articles']} articles, {info['clusters']} clusters, "
                    f"FTS {'on' if fts else 'off'}); browse it: datasette {info['path']} "
                    f"--metadata {info['metadata']}")
        from claimcheck.report import exports

        if fmt == "csv":
            with session_scope(engine) as s:
                counts = exports.export_csv(store_export.table_rows(s), out, overwrite=overwrite)  # type: ignore[arg-type]
            return f"wrote {len(counts)} CSV files ({sum(counts.values())} rows) to {out}"
        with session_scope(engine) as s:
            data = store_export.export_data(s)
        if fmt == "jsonl":
            text, n, what = exports.export_jsonl(data), len(data["clusters"]), "clusters"
        elif fmt == "prov-json":
            text, n, what = exports.prov_json(data), len(data["clusters"]), "clusters as PROV"
        else:
            reviews = exports.claimreview(data)
            import json

            text, n, what = json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", len(reviews), "ClaimReviews"
    finally:
        engine.dispose()
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return f"wrote {n} {what} to stdout"
    _write(out, text)
    return f"wrote {n} {what} to {out}"


def _check_file(out: str, overwrite: bool) -> None:
    p = Path(out)
    if p.is_dir():
        raise UsageError(f"{out!r}: is a folder; this format writes one file")
    if not p.parent.is_dir():
        raise UsageError(f"{out!r}: folder {str(p.parent)!r} does not exist")
    if p.exists() and not overwrite:
        raise UsageError(f"{out!r} already exists (use --overwrite to replace it)")


def _write(out: str, text: str) -> None:
    p = Path(out)
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, p)
    finally:
        if tmp.exists():
            tmp.unlink()
