"""``export``: the database (or the clusters a report filter keeps) as CSV, JSONL, PROV-JSON,
ClaimReview or a SQLite handover file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimcheck.api.database import open_store
from claimcheck.api.reading import ReportFilters, _filter_kwargs
from claimcheck.errors import UsageError


EXPORT_FORMATS = ("csv", "jsonl", "prov-json", "claimreview", "sqlite")
EXPORT_STREAMS = ("jsonl", "prov-json", "claimreview")  # one text, to OUT or to stdout


@dataclass(frozen=True)
class ExportResult:
    """What ``export`` did: ``summary`` is one line for people (stderr); ``text`` is the export
    itself when a stream format was asked for without OUT (the caller writes it to stdout)."""

    summary: str
    text: str | None = None


@dataclass(frozen=True)
class Publisher:
    """Who publishes a ClaimReview: the organisation or person (``name``, ``url``) as its
    ``author``, typed by ``type`` (schema.org ``"Organization"`` or ``"Person"``: a fact-checker
    publishing in their own name is a Person), and ``review_url``, a template of the review page's
    address with ``{cluster}`` in it."""

    name: str | None = None
    url: str | None = None
    review_url: str | None = None
    type: str = "Organization"


def export(db: str | None, format: str, out: str | None, fts: bool = True, overwrite: bool = False,
           filters: ReportFilters | None = None, cluster: str | None = None,
           publisher: Publisher | None = None) -> ExportResult:
    """Export the database ``db`` as ``format``:

    - ``csv``: one file per table into the folder OUT (required);
    - ``jsonl``: one JSON object per cluster with its mentions, sources and verdict;
    - ``prov-json``: W3C PROV (PROV-JSON), loads back with the ``prov`` package;
    - ``claimreview``: schema.org ClaimReview JSON-LD (a JSON list) for clusters with a verdict,
      authored by ``publisher`` (the reviewer is a contributor);
    - ``sqlite``: the handover file OUT (required) with views, FTS5, data dictionary and a
      Datasette ``OUT.metadata.json`` beside it.

    ``filters`` (``report``'s) and ``cluster`` (one cluster, any unique prefix of its uid) keep
    only those clusters (not for ``sqlite``, a whole-database handover). A stream format without
    OUT returns its text in the result instead of writing a file. Raises UsageError for a bad
    combination or an existing OUT (without ``overwrite``), StoreError for a missing database,
    NotFoundError for an unknown cluster."""
    fmt = _export_checks(db, format, out, fts, overwrite)
    if publisher is not None and publisher.review_url and "{cluster}" not in publisher.review_url:
        raise UsageError(f"--review-url-template {publisher.review_url!r}: put {{cluster}} where the cluster id goes")
    picked = filters is not None and filters != ReportFilters() or cluster is not None
    if fmt == "sqlite" and picked:
        raise UsageError("export --format sqlite hands over the whole database: filters and --cluster do not apply")
    from claimcheck.store import export as store_export
    from claimcheck.store.session import read_scope

    engine = open_store(db, create=False)
    try:
        if fmt == "sqlite":
            info = store_export.export_sqlite(engine, out, fts=fts, overwrite=overwrite)  # type: ignore[arg-type]
            return ExportResult(f"wrote {info['path']} ({info['articles']} articles, {info['clusters']} clusters, "
                                f"FTS {'on' if fts else 'off'}); browse it: datasette {info['path']} "
                                f"--metadata {info['metadata']}")
        from claimcheck.report import exports

        with read_scope(engine) as s:  # one snapshot: never two analyses in one export
            keep = _export_clusters(s, filters, cluster) if picked else None
            if fmt == "csv":
                counts = exports.export_csv(store_export.table_rows(s, keep), out,  # type: ignore[arg-type]
                                            overwrite=overwrite)
                return ExportResult(f"wrote {len(counts)} CSV files ({sum(counts.values())} rows) to {out}")
            data = store_export.export_data(s, None if keep is None else {"clusters": keep})
        text, n, what = exports.export_stream(fmt, data, publisher)
    finally:
        engine.dispose()
    if out is None:
        return ExportResult(f"wrote {n} {what} to stdout", text)
    exports.write_text_file(out, text)
    return ExportResult(f"wrote {n} {what} to {out}")


def _export_clusters(session: Any, filters: ReportFilters | None, cluster: str | None) -> list[str]:
    """The uids of the clusters an export keeps: those ``report`` shows with ``filters``, and of
    them the one ``cluster`` names (a unique prefix). Raises NotFoundError, UsageError."""
    from claimcheck.store import queries

    uids = [r.cluster for r in queries.report_rows(session, **_filter_kwargs(filters or ReportFilters()))]
    if cluster is not None:
        uid = queries.find_cluster(session, cluster).uid
        uids = [u for u in uids if u == uid]
    return uids


def _export_checks(db: str | None, format: str, out: str | None, fts: bool, overwrite: bool) -> str:
    """The normalised format, after refusing what cannot work (before opening anything)."""
    from pathlib import Path

    from claimcheck.errors import StoreError
    from claimcheck.store.session import resolve_url

    fmt = (format or "").strip().lower()
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {format!r} (choose from {', '.join(EXPORT_FORMATS)})")
    if fmt == "csv" and not out:
        raise UsageError("export --format csv needs a folder to write to: claimcheck export --format csv FOLDER")
    if fmt == "sqlite" and not out:
        raise UsageError("export --format sqlite needs a file to write: claimcheck export --format sqlite OUT.db")
    if not fts and fmt != "sqlite":
        raise UsageError(f"--no-fts applies to --format sqlite only, not {fmt!r}")
    if out and fmt in EXPORT_STREAMS:
        p = Path(out)
        if p.is_dir():
            raise UsageError(f"{out!r}: is a folder; this format writes one file")
        if not p.parent.is_dir():
            raise UsageError(f"{out!r}: folder {str(p.parent)!r} does not exist")
        if p.exists() and not overwrite:
            raise UsageError(f"{out!r} already exists (use --overwrite to replace it)")
    url = resolve_url(db)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).is_file():
        raise StoreError(f"{url[len('sqlite:///'):]!r}: no such database (ingest articles first)")
    if out and url.startswith("sqlite:///"):
        source = Path(url[len("sqlite:///"):]).resolve()
        target = Path(out).resolve()
        if target in (source, source.with_name(source.name + "-wal"), source.with_name(source.name + "-shm")):
            raise UsageError(f"{out!r}: is the database being exported")
    return fmt
