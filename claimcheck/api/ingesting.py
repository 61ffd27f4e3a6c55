"""Parsing and storing articles: ``extract`` (no database), ``ingest`` and ``ingest_extractions``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimcheck import __version__
from claimcheck.api.analysing import analyse_store
from claimcheck.api.database import open_store
from claimcheck.errors import ArticleError, UsageError
from claimcheck.ingest.decode import DEFAULT_MAX_BYTES
from claimcheck.model import Extraction

if TYPE_CHECKING:  # imported where used: ``check`` and the read commands never load the readers
    from claimcheck.ingest.readers import RawDocument, Skip


@dataclass
class IngestSummary:
    ingested: int = 0
    new_versions: int = 0
    reparsed: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    run_id: int | None = None
    articles: int = 0  # documents seen (not counting skips)
    notes: list[tuple[str, str]] = field(default_factory=list)  # warnings, records counted not read

    @property
    def ok(self) -> bool:
        return not self.skipped and (self.ingested + self.new_versions + self.reparsed + self.unchanged) > 0

    def as_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "new_versions": self.new_versions, "reparsed": self.reparsed,
                "unchanged": self.unchanged, "skipped": [{"ref": r, "reason": m} for r, m in self.skipped],
                "notes": [{"ref": r, "note": m} for r, m in self.notes], "run_id": self.run_id}


def versions() -> tuple[str, str]:
    """``(package version, extractor version)``; the extractor version is the package version
    plus a digest of the lexicons in use (``0.1.0+1a2b3c4d5e``), as stored with every parse.
    Raises LexiconError when a user lexicon folder cannot be read."""
    from claimcheck.parse import extractor_version

    return __version__, extractor_version()


def extract(paths: list[str], overrides: dict[str, Any] | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Iterator[Extraction | Skip]:
    """Parse documents without a database, in input order; bad input yields a Skip.  Raises
    UsageError (on the first item asked for) for a ``language`` override that no attribution
    lexicon reads."""
    from claimcheck.ingest.pipeline import build
    from claimcheck.ingest.readers import Skip, read_documents
    from claimcheck.lexicons import load_lexicons

    lexicons = load_lexicons()  # once, passed down to every parser
    _check_language(overrides, lexicons)
    for doc in read_documents(paths, max_bytes, encoding, lexicons=lexicons):
        if isinstance(doc, Skip):
            yield doc
            continue
        try:
            yield build(doc, overrides, lexicons=lexicons)
        except ArticleError as exc:
            yield Skip(doc.id, str(exc))


def _check_language(overrides: dict[str, Any] | None, lexicons: Any) -> None:
    """Refuse a ``language`` override (``--language``) that no attribution lexicon reads: every
    article would go in with no attribution.  Raises UsageError naming the supported codes
    (``en`` and each ``lexicons/lang/<code>.toml``, shipped or a user's)."""
    from claimcheck.parse.attributions import attribution_language

    value = (overrides or {}).get("language")
    if value is None or attribution_language(str(value).strip(), lexicons) is not None:
        return
    codes = ", ".join(sorted({"en", *lexicons.languages()}))
    raise UsageError(f"--language {value!r}: not a supported language; give an ISO 639-1 code among {codes}")


def _database_files(engine) -> frozenset[str]:  # noqa: ANN001
    """The real paths of a SQLite database file and its journal files (``-wal``, ``-shm``,
    ``-journal``): a folder being ingested may hold the database itself, which is not an
    article and not worth a skip line. Empty for a server database or an in-memory one."""
    import os

    name = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if not name or name == ":memory:":
        return frozenset()
    base = os.path.realpath(name)
    return frozenset({base} | {base + suffix for suffix in ("-wal", "-shm", "-journal")})


def ingest(paths: list[str], db: str | None, overrides: dict[str, Any] | None = None,
           max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
           progress: Callable[[str, str], None] | None = None,
           analyse: bool = True, quiet_unsupported: bool = False, workers: int | None = None) -> IngestSummary:
    """Ingest files and folders; a run row records the batch.  Articles are parsed in
    ``workers`` processes (default: the cores this process may use; 1: in this process) and
    written by this process in batches of ``store.bulk.BATCH_ARTICLES`` per transaction, in
    input order; a batch that fails is written again one article per transaction, so a bad
    article is skipped alone and nothing is half-written.  The results do not depend on
    ``workers``.  Files of unsupported types in a folder are skipped with a reason (silently with
    ``quiet_unsupported``); warnings and records counted but not read go to ``notes``.
    Raises UsageError for ``workers < 1`` and for a ``language`` override that no attribution
    lexicon reads (before the database is opened)."""
    from claimcheck.ingest.readers import read_documents
    from claimcheck.ingest.work import Parser, default_workers
    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse import extractor_version
    from claimcheck.store import repo
    from claimcheck.store.bulk import BATCH_ARTICLES
    from claimcheck.store.session import connection_scope, session_scope

    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    lexicons = load_lexicons()  # once, passed down to every parser
    _check_language(overrides, lexicons)  # before the database is opened (or created)
    engine = open_store(db)
    version = extractor_version(lexicons)
    summary = IngestSummary()
    with session_scope(engine) as s:
        summary.run_id = repo.start_run(s, "ingest", __version__, version,
                                        {"paths": paths, "overrides": overrides or {}, "max_bytes": max_bytes})
    status = "failed"
    try:
        with connection_scope(engine) as conn, Parser(workers, lexicons, overrides) as parser:
            batch: list[RawDocument | Skip] = []
            in_flight = None
            repeated = _Repeats()
            for doc in read_documents(paths, max_bytes, encoding, quiet_unsupported=quiet_unsupported,
                                      exclude=_database_files(engine), lexicons=lexicons):
                if repeated(doc):
                    continue  # the same record twice in the input ("a.jsonl" holding it twice): one article
                batch.append(doc)
                if len(batch) >= BATCH_ARTICLES:
                    # parse this batch in the workers while the previous one is written here
                    submitted = _submit_batch(conn, parser, batch, version)
                    if in_flight is not None:
                        _write_batch(conn, in_flight, summary, version, progress)
                    in_flight, batch = submitted, []
            if in_flight is not None:
                _write_batch(conn, in_flight, summary, version, progress)
            if batch:
                _write_batch(conn, _submit_batch(conn, parser, batch, version), summary, version, progress)
        status = "done"
    finally:
        _finish_run(engine, summary, status)
    return _analyse_after_ingest(engine, summary, analyse, workers)


class _Repeats:
    """Tells a document that repeats the one read last under its id in the same ingest: same
    text, same metadata (a JSONL file or a folder given twice, "a.jsonl" holding one record
    twice).  Such a repeat is one article, counted once.  A text changed and changed back
    ("r1": A, B, A) is no repeat: each is a version, as when ingested one by one."""

    def __init__(self) -> None:
        self.last: dict[str, tuple[str, str]] = {}  # id -> (text hash, metadata) of the last document read

    def __call__(self, doc: RawDocument | Skip) -> bool:
        from claimcheck.ingest.pipeline import content_hash
        from claimcheck.ingest.readers import Skip

        if isinstance(doc, Skip):
            return False
        seen = (content_hash(doc.text), repr(sorted(doc.metadata.items(), key=lambda kv: kv[0])))
        if self.last.get(doc.id) == seen:
            return True
        self.last[doc.id] = seen
        return False


def ingest_extractions(items: Iterable[Extraction | Skip], db: str | None, settings: dict[str, Any] | None = None,
                       analyse: bool = True) -> IngestSummary:
    """Store articles parsed elsewhere (``ingest.work.parse_document`` or ``parse_bytes`` run by
    a distributed engine's map, say): the one writer of such an ingest.  ``items`` are written
    in their order, in batches as :func:`ingest` does, then cross-referenced (``analyse``);
    a Skip is reported as skipped.  ``settings`` are recorded with the run."""
    from claimcheck.parse import extractor_version
    from claimcheck.store import repo
    from claimcheck.store.bulk import BATCH_ARTICLES
    from claimcheck.ingest.readers import Skip
    from claimcheck.ingest.work import Pending
    from claimcheck.store.session import connection_scope, session_scope

    engine = open_store(db)
    version = extractor_version()
    summary = IngestSummary()
    with session_scope(engine) as s:
        summary.run_id = repo.start_run(s, "ingest", __version__, version, settings or {})
    status = "failed"
    try:
        with connection_scope(engine) as conn:
            def write(batch: list[Any]) -> None:
                parsed = [x for x in batch if not isinstance(x, Skip)]
                _write_batch(conn, (batch, set(), Pending(lambda: parsed)), summary, version, None)

            batch: list[Any] = []
            for item in items:  # streamed: one batch in memory at a time
                batch.append(item)
                if len(batch) >= BATCH_ARTICLES:
                    write(batch)
                    batch = []
            write(batch)
        status = "done"
    finally:
        _finish_run(engine, summary, status)
    return _analyse_after_ingest(engine, summary, analyse)


def _finish_run(engine, summary: IngestSummary, status: str) -> None:  # noqa: ANN001
    """Record the ingest run's end (``status`` "done" or "failed") with its counts."""
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    with session_scope(engine) as s:
        repo.finish_run(s, summary.run_id, status, summary.as_dict())


def _analyse_after_ingest(engine, summary: IngestSummary, analyse: bool, workers: int = 1) -> IngestSummary:  # noqa: ANN001
    """Cross-reference the store when the ingest changed it (or an earlier one was interrupted
    before its analysis), with the ingest's ``workers``; close the engine and return ``summary``."""
    if analyse and (summary.ingested or summary.new_versions or summary.reparsed or _analysis_stale(engine)):
        analyse_store(engine, workers=workers)
    engine.dispose()
    return summary


def _analysis_stale(engine) -> bool:  # noqa: ANN001
    """Articles stored after the last finished analysis (an interrupted ingest, say)."""
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import read_scope

    with read_scope(engine) as s:
        return sa.analysis_stale(s)


def _submit_batch(conn, parser, batch: list[RawDocument | Skip], version: str):  # noqa: ANN001, ANN202
    """Of a batch read in input order: which documents are stored already (same text, parsed
    with this extractor version: not parsed again), and the parsing of the others, started."""
    from claimcheck.ingest.pipeline import identity_hash
    from claimcheck.ingest.readers import Skip
    from claimcheck.store.bulk import already_stored_many

    docs = [d for d in batch if not isinstance(d, Skip)]
    with conn.begin():
        # the identity of the given metadata (outlet, URL): a wire text another outlet carries is no duplicate
        known = already_stored_many(conn, [(identity_hash(d.text, d.metadata), d.id) for d in docs], version)
    stored = {id(d) for d, k in zip(docs, known) if k}
    return batch, stored, parser.submit([d for d in docs if id(d) not in stored])


def _write_batch(conn, submitted, summary: IngestSummary, version: str,  # noqa: ANN001
                 progress: Callable[[str, str], None] | None) -> None:
    """Write one submitted batch (one transaction, or one per article after a failure) and
    count every item of it in input order."""
    from claimcheck.ingest.readers import Skip
    from claimcheck.store.bulk import write_batch

    batch, stored, pending = submitted
    parsed = iter(pending.get())
    exs, outcomes = [], {}
    for item in batch:
        if not isinstance(item, Skip) and id(item) not in stored:
            result = next(parsed)
            if isinstance(result, Skip):
                outcomes[id(item)] = ("skipped", result.reason)
            else:
                exs.append((item, result))
    for (item, _), written in zip(exs, write_batch(conn, [ex for _, ex in exs], summary.run_id, version)):
        outcomes[id(item)] = (written.outcome, written.reason)
    warnings = {id(item): ex.warnings for item, ex in exs}
    for item in batch:
        if isinstance(item, Skip):
            (summary.notes if item.note else summary.skipped).append((item.ref, item.reason))
            if progress:
                progress(item.ref, "skipped")
            continue
        summary.articles += 1
        outcome, reason = outcomes.get(id(item), ("unchanged", ""))
        summary.notes.extend((item.id, w) for w in warnings.get(id(item), ()))
        if outcome == "skipped":
            summary.skipped.append((item.id, reason))
        else:
            setattr(summary, _COUNTER[outcome], getattr(summary, _COUNTER[outcome]) + 1)
        if progress:
            progress(item.id, outcome)


_COUNTER = {"ingested": "ingested", "new_version": "new_versions", "reparsed": "reparsed", "unchanged": "unchanged"}
