"""The library calls behind each command: the CLI parses options, calls one of these, renders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from claimcheck import __version__
from claimcheck.errors import ArticleError, ClaimcheckError
from claimcheck.ingest.decode import DEFAULT_MAX_BYTES
from claimcheck.ingest.readers import RawDocument, Skip, read_documents
from claimcheck.model import Extraction


@dataclass
class IngestSummary:
    ingested: int = 0
    new_versions: int = 0
    reparsed: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    run_id: int | None = None
    articles: int = 0  # documents seen (not counting skips)

    @property
    def ok(self) -> bool:
        return not self.skipped and (self.ingested + self.new_versions + self.reparsed + self.unchanged) > 0

    def as_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "new_versions": self.new_versions, "reparsed": self.reparsed,
                "unchanged": self.unchanged, "skipped": [{"ref": r, "reason": m} for r, m in self.skipped],
                "run_id": self.run_id}


def extract(paths: list[str], overrides: dict[str, Any] | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Iterator[Extraction | Skip]:
    """Parse documents without a database, in input order; bad input yields a Skip."""
    from claimcheck.ingest.pipeline import build

    for doc in read_documents(paths, max_bytes, encoding):
        if isinstance(doc, Skip):
            yield doc
            continue
        try:
            yield build(doc, overrides)
        except ArticleError as exc:
            yield Skip(doc.id, str(exc))


def open_store(db: str | None):  # noqa: ANN201
    """An engine for ``db`` (path or URL), migrated to head."""
    from claimcheck.store.migrate import ensure_head
    from claimcheck.store.session import check_connect, make_engine, resolve_url

    engine = make_engine(resolve_url(db))
    check_connect(engine)
    ensure_head(engine)
    return engine


def ingest(paths: list[str], db: str | None, overrides: dict[str, Any] | None = None,
           max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
           progress: Callable[[str, str], None] | None = None,
           analyse: bool = True) -> IngestSummary:
    """Ingest files and folders; one transaction per article; a run row records the batch."""
    from claimcheck.ingest.pipeline import build
    from claimcheck.parse import extractor_version
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    engine = open_store(db)
    version = extractor_version()
    summary = IngestSummary()
    with session_scope(engine) as s:
        summary.run_id = repo.start_run(s, "ingest", __version__, version,
                                        {"paths": paths, "overrides": overrides or {}, "max_bytes": max_bytes})
    status = "failed"
    try:
        for doc in read_documents(paths, max_bytes, encoding):
            if isinstance(doc, Skip):
                summary.skipped.append((doc.ref, doc.reason))
                if progress:
                    progress(doc.ref, "skipped")
                continue
            summary.articles += 1
            outcome = _ingest_one(engine, doc, overrides, summary, version, build)
            if progress:
                progress(doc.id, outcome)
        status = "done"
    finally:
        with session_scope(engine) as s:
            repo.finish_run(s, summary.run_id, status, summary.as_dict())
    if analyse and (summary.ingested or summary.new_versions or summary.reparsed):
        try:
            from claimcheck.xref.run import analyse_store  # cross-referencing (issue 4)
        except ImportError:
            pass
        else:
            analyse_store(engine)
    engine.dispose()
    return summary


def _ingest_one(engine, doc: RawDocument, overrides, summary: IngestSummary, version: str, build) -> str:  # noqa: ANN001
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    try:
        ex = build(doc, overrides)
        with session_scope(engine) as s:
            outcome = repo.store_extraction(s, ex, summary.run_id, version)
    except ClaimcheckError as exc:
        summary.skipped.append((doc.id, str(exc)))
        return "skipped"
    if outcome == "ingested":
        summary.ingested += 1
    elif outcome == "new_version":
        summary.new_versions += 1
    elif outcome == "reparsed":
        summary.reparsed += 1
    else:
        summary.unchanged += 1
    return outcome


def db_upgrade(db: str | None, revision: str = "head") -> str | None:
    from claimcheck.store.migrate import current, upgrade
    from claimcheck.store.session import check_connect, make_engine, resolve_url

    engine = make_engine(resolve_url(db))
    check_connect(engine)
    upgrade(engine, revision)
    return current(engine)


def db_current(db: str | None) -> tuple[str | None, str]:
    from claimcheck.store.migrate import current, head
    from claimcheck.store.session import check_connect, make_engine, resolve_url

    engine = make_engine(resolve_url(db))
    check_connect(engine)
    return current(engine), head()


def db_check(db: str | None) -> list[str]:
    """Drift between the code's schema and the database, after bringing it to head."""
    from claimcheck.store.migrate import check

    return check(open_store(db))
