"""Judging claims against text: ``stance`` (pairs or articles, no database) and ``check`` (one
claim against the evidence in the database)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from claimcheck.api.database import Db, Store
from claimcheck.errors import ArticleError, ClaimcheckError, excerpt

if TYPE_CHECKING:  # imported where used: ``check`` and the read commands never load the readers
    from claimcheck.ingest.readers import Skip


def stance(path: str, claim: str | None) -> Iterator[dict[str, Any] | Skip]:
    """``{"id", "label"}`` per pair of a JSONL file, or for every article of PATH with
    ``claim`` (with the evidence sentences).  A bad line or file yields a Skip; the rest goes on."""
    import json
    from pathlib import Path

    from claimcheck.ingest.readers import Skip, read_documents
    from claimcheck.lexicons import load_lexicons
    from claimcheck.xref.stance import judge, judge_prepared, prepare

    p = Path(path)
    lexicons = load_lexicons()  # once, for every pair
    if claim is not None:
        pc = prepare(claim, lexicons)
        for doc in read_documents([path]):
            if isinstance(doc, Skip):
                yield doc
                continue
            r = judge_prepared(pc, doc.text)
            yield {"id": doc.id, "label": r.label, "score": round(r.score, 3),
                   "evidence": [{"start": e.start, "end": e.end, "label": e.label, "reason": e.reason,
                                 "text": doc.text[e.start:e.end]} for e in r.evidence]}
        return
    if p.is_dir():
        raise ArticleError(f"{path}: is a folder; give a JSONL file of {{\"id\", \"claim\", \"text\"}}, "
                           "or --claim TEXT with articles")
    if not p.exists():
        raise ArticleError(f"{path}: no such file")
    from claimcheck.ingest.decode import decode
    from claimcheck.ingest.readers import read_regular

    try:
        data = read_regular(p)
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from None
    text, _ = decode(data, path)
    pending: list[Skip] | None = []  # bad lines before the first good pair; None once one is read
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            cid, ctext, body = row["id"], row["claim"], row["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            skip = Skip(f"{path}:{n}", f"{path}:{n}: expected {{\"id\", \"claim\", \"text\"}} ({excerpt(exc)})")
            if pending is None:
                yield skip
                continue
            pending.append(skip)
            if len(pending) >= _NOT_PAIRS_AFTER:
                raise ArticleError(_not_pairs(path))
            continue
        if pending:
            yield from pending
        pending = None
        yield {"id": cid, "label": judge(str(ctext), str(body or ""), lexicons).label}
    if pending:
        raise ArticleError(_not_pairs(path))


# a file whose first non-blank lines (this many, or all of them) are none of them a pair is not
# a pairs file at all (an article given without --claim, say): one line for the file, not one a line
_NOT_PAIRS_AFTER = 3


def _not_pairs(path: str) -> str:
    return (f"{path} is not a pairs JSONL file (expected {{\"id\", \"claim\", \"text\"}} on each line); "
            "to judge articles use --claim")


def check(db: Db, claim: str, limit: int = 20) -> dict[str, Any]:
    """The evidence in the database for and against one claim, grouped by independent origin,
    and the status it supports (:mod:`claimcheck.xref.check`): the query is read as a
    proposition (agent, action, polarity), candidate sentences come from the full-text index
    built at ingest, only evidence about the same agent and action is kept, each piece is judged
    (flipped for a negated query) and the status comes from its origins by the rule ``report``
    uses, or is ``no_evidence``.

    Returns ``{"claim", "status", "credibility", "reasons", "proposition", "independent_origins",
    "origins": [{"origin", "label", "stance", "evidence": [indices]}], "evidence": [{"article",
    "sentence", "start", "end", "claim", "stance", "reason", "score", "source", "kind", "origin"}],
    "more_evidence", "analysis_stale"}`` with at most ``limit`` pieces of evidence shown (0: all;
    the status uses all of them).  Everything is read in one snapshot of the database (as
    ``report`` reads); ``analysis_stale`` is true, with a ``note``, when that snapshot holds
    articles the last analysis did not read (their sentences are evidence too, but the clusters
    and actors ``check`` consults are the last analysis').  Raises ClaimcheckError for an empty
    claim, StoreError for a missing database."""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store import search
    from claimcheck.xref import check as xcheck
    from claimcheck.xref import check_context

    if not claim.strip():
        raise ClaimcheckError("check: the claim is empty")
    lexicons = load_lexicons()
    others: list[Any] = []  # units stating the content of "X says C" that are not X's

    def run(s: Any) -> tuple[Any, list[Any], list[Any], dict[str, str], list[Any]]:  # s: a Connection
        prop = xcheck.parse_query(claim, lexicons, search.known_aliases(s, xcheck.query_ngrams(claim)))
        terms, phrases = xcheck.search_terms(prop)
        units = search.evidence_units(s, search.candidate_sentences(s, terms, phrases, xcheck.CANDIDATES))
        elsewhere: list[int] = []
        kept = [(u, j) for u, j in zip(units, xcheck.judge_units(prop, [u.record for u in units], lexicons,
                                                                 elsewhere)) if j is not None]
        others.extend(units[i].record for i in elsewhere)
        same = check_context.cluster_evidence([u.record for u, _ in kept], [j for _, j in kept],
                                              search.cluster_siblings(s, [u.record.claim_id for u, _ in kept]))
        kept += [(u, same[u.record.claim_id]) for u in search.claim_units(s, list(same))
                 if xcheck.admissible(prop, u.record, lexicons)]
        names = {n for u, _ in kept for n in (u.record.source_name, u.record.outlet, *u.record.via) if n}
        # the states a source's words name and the query's agent, keyed as ``report`` keys them:
        # the principal of an organ ("Syldavia's interior ministry", "Syldavian officials") and
        # the party it may be (xref.origins.principal_of, read by xref.check.assess; origin27)
        names |= xcheck.principal_names([u.record for u, _ in kept], prop)
        texts = search.article_texts(s, [u.record.article_id for u, _ in kept])
        judged = check_context.refuted_in_context(prop, [u.record for u, _ in kept], [j for _, j in kept],
                                                  texts, lexicons)
        return prop, [u for u, _ in kept], judged, search.actor_keys(s, names), texts, search.analysis_stale(s)

    # one snapshot, as `report` reads: a re-analysis or an ingest committed meanwhile is not half seen
    reader = None if isinstance(db, Store) else search.open_sqlite_reader(db, _head_fast())
    if reader is not None:  # a SQLite file at head: read with sqlite3, SQLAlchemy never loaded
        try:
            search.begin_snapshot(reader)
            prop, units, judged, keys, texts, stale = run(reader)
        finally:
            reader.close()
    else:
        engine = _check_engine(db)
        try:
            with engine.connect() as conn, conn.begin():  # reads only: a connection, no ORM session
                search.begin_snapshot(conn)
                prop, units, judged, keys, texts, stale = run(conn)
        finally:
            if not isinstance(db, Store):
                engine.dispose()
    found = xcheck.other_speakers(prop, xcheck.assess(prop, [u.record for u in units], judged, keys.get, lexicons,
                                                      texts), others)
    out = xcheck.check_json(prop, found, [u.display for u in units], judged, limit)
    out["analysis_stale"] = stale
    if stale:
        out["note"] = STALE_NOTE
    return out


STALE_NOTE = ("the database holds articles the last analysis has not read (ingested or re-parsed since, "
              "or an ingest was interrupted): their sentences are searched, but clusters, actors and "
              "`report` are those of the last analysis; run `claimcheck xref` to bring them up to date")


def _head_fast() -> str | None:
    from claimcheck.store.migrate import head_fast

    return head_fast()


def _check_engine(db: Db):  # noqa: ANN202
    """The engine ``check`` reads: a Store's, or one opened as :func:`open_store` does (a missing
    SQLite file refused) but without loading Alembic when the database is at head already (the
    usual case: most of a one-shot ``check``'s start-up went there)."""

    from claimcheck.store.migrate import ensure_head, is_at_head
    from claimcheck.store.session import check_connect, make_engine, require_claimcheck_file, resolve_url

    if isinstance(db, Store):
        return db.engine
    url = resolve_url(db)
    require_claimcheck_file(url)
    engine = make_engine(url)
    check_connect(engine)
    if not is_at_head(engine):
        ensure_head(engine)
    return engine
