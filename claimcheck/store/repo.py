"""Writing and reading the store. Each article is written in one transaction by the caller."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from claimcheck.errors import DuplicateError

from claimcheck.model import Extraction
from claimcheck.store import direct
from claimcheck.store.models import (
    Article,
    ArticleLine,
    ArticleMetadata,
    AttributionRow,
    ClaimRow,
    Run,
    SentenceRow,
    SourceRow,
    ViaRow,
)

_WORD = re.compile(r"\w+", re.UNICODE)


def uid(prefix: str, *parts: object) -> str:
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return prefix + h.hexdigest()[:20]


def norm_name(name: str) -> str:
    return " ".join(_WORD.findall(name.lower()))


def start_run(session: Session, kind: str, tool_version: str, extractor_version: str,
              settings: dict[str, Any]) -> int:
    """A ``running`` row for this process' run (its pid and host kept in the settings, so the
    next command can tell a killed run from one still going: :func:`mark_interrupted`)."""
    import os
    import socket

    owner = {"pid": os.getpid(), "host": socket.gethostname()}
    run = Run(kind=kind, tool_version=tool_version, extractor_version=extractor_version,
              settings=json.dumps({**settings, "process": owner}, sort_keys=True, default=str))
    session.add(run)
    session.flush()
    return run.id


def finish_run(session: Session, run_id: int, status: str, summary: dict[str, Any]) -> None:
    session.execute(update(Run).where(Run.id == run_id).values(
        status=status, finished_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        summary=json.dumps(summary, sort_keys=True)))


def mark_interrupted(session: Session) -> int:
    """Mark ``interrupted`` every ``running`` run started on this host by a process that no
    longer exists (killed, or the machine restarted); returns how many.  A run of another host,
    or of a live process, is left alone."""
    import os
    import socket

    host = socket.gethostname()
    dead = []
    for run_id, settings in session.execute(select(Run.id, Run.settings).where(Run.status == "running")).all():
        try:
            owner = json.loads(settings or "{}").get("process") or {}
        except ValueError:
            continue
        pid = owner.get("pid")
        if owner.get("host") != host or not isinstance(pid, int) or pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            dead.append(run_id)
        except PermissionError:
            pass  # alive, another user's
    if dead:
        session.execute(update(Run).where(Run.id.in_(dead), Run.status == "running").values(
            status="interrupted", finished_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0)))
    return len(dead)


def actor_names(session: Session) -> set[str]:
    """Every name an actor decision may use: actors' names, their aliases, sources as cited and
    the actors named in claims (as written)."""
    from claimcheck.store.models import Actor, ActorAlias, SourceRow

    names = set(session.execute(select(Actor.name).union(
        select(ActorAlias.alias), select(SourceRow.name), select(AttributionRow.source_text),
        select(AttributionRow.resolved_text))).scalars()) - {None}
    for (listed,) in session.execute(select(ClaimRow.actors).distinct()):
        try:
            names.update(n for n in json.loads(listed or "[]") if isinstance(n, str))
        except ValueError:
            continue
    return names


def actor_decision_rows(session: Session) -> list[dict[str, Any]]:
    """Every merge/split decision, oldest first: ``{"id", "action", "a", "b", "decided_by",
    "decided_at" (ISO 8601), "note"}``."""
    from claimcheck.store.models import ActorDecision

    return [{"id": r.id, "action": r.action, "a": r.a, "b": r.b, "decided_by": r.decided_by,
             "decided_at": r.decided_at.isoformat() if r.decided_at else None, "note": r.note}
            for r in session.execute(select(ActorDecision).order_by(ActorDecision.id)).scalars()]


def delete_actor_decision(session: Session, decision_id: int) -> dict[str, Any] | None:
    """Remove decision ``decision_id``; returns it as :func:`actor_decision_rows` does, or None
    when there is no such decision."""
    from claimcheck.store.models import ActorDecision

    row = next((r for r in actor_decision_rows(session) if r["id"] == decision_id), None)
    if row is not None:
        session.execute(ActorDecision.__table__.delete().where(ActorDecision.id == decision_id))
    return row


def latest_run_id(session: Session, kind: str = "xref") -> int | None:
    """The id of the newest finished run of this kind (the analysis that read commands show)."""
    return session.execute(select(func.max(Run.id)).where(Run.kind == kind, Run.status == "done")).scalar()


@cache
def _stmts() -> dict[str, Any]:
    """Statements built once: constructing a statement costs more than running it on SQLite."""
    a, t, src = Article.__table__, AttributionRow.__table__, SourceRow.__table__
    c = ClaimRow.__table__
    return {
        "by_hash": select(a.c.id, a.c.doc_key, a.c.is_current).where(a.c.content_hash == bindparam("h")),
        "att_done": select(t.c.id).where(t.c.article_id == bindparam("a"), t.c.extractor_version == bindparam("v")).limit(1),
        "claim_done": select(c.c.id).where(c.c.article_id == bindparam("a"), c.c.extractor_version == bindparam("v")).limit(1),
        "prev": select(a.c.id, a.c.version).where(a.c.doc_key == bindparam("k"), a.c.is_current.is_(True))
        .order_by(a.c.version.desc()).limit(1),
        "sources": select(src.c.uid, src.c.id, src.c.name).where(src.c.uid.in_(bindparam("u", expanding=True))),
        "att_ids": select(t.c.id).where(t.c.article_id == bindparam("a"), t.c.extractor_version == bindparam("v"))
        .order_by(t.c.idx),
        "article": a.insert().returning(a.c.id),
        "attributions": t.insert().returning(t.c.id, sort_by_parameter_order=True),
    }


# key of ``Connection.info``: while it holds a dict (``store.bulk.write_batch``), ``_bulk`` adds
# rows there (table -> rows) instead of inserting them; the batch writer inserts them together
PENDING_ROWS = "claimcheck_pending_rows"


def _bulk(conn, table, rows: list[dict[str, Any]]) -> None:  # noqa: ANN001
    """Insert many rows. On SQLite the driver's executemany is called directly (SQLAlchemy's
    per-row parameter processing costs more than the insert); values are plain ints, strings,
    booleans (bound as 0/1) and None, which need no conversion.  On PostgreSQL through psycopg,
    one ``COPY`` (:meth:`claimcheck.store.pg_bulk.PgStatements.copy`).  Rows of child tables only (nothing reads
    them back while a batch is written): deferred while ``conn.info[PENDING_ROWS]`` is set."""
    if not rows:
        return
    pending = conn.info.get(PENDING_ROWS)
    if pending is not None:  # a batch of articles is being written: one executemany per table at its end
        pending.setdefault(table, []).extend(rows)
        return
    if conn.dialect.name != "sqlite":
        fast = direct.statements(conn)
        if fast is not None:  # PostgreSQL through psycopg: one COPY (store.pg_bulk)
            fast.copy(table, rows)
        else:
            conn.execute(table.insert(), rows)
        return
    cols = tuple(rows[0])
    sql = _insert_sql(table.name, cols)
    row = itemgetter(*cols) if len(cols) > 1 else (lambda r: (r[cols[0]],))  # sqlite3 binds bool as 0/1
    conn.connection.driver_connection.executemany(sql, [row(r) for r in rows])


@cache
def _insert_sql(table: str, cols: tuple[str, ...]) -> str:
    names = ", ".join('"' + c + '"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    return f"INSERT INTO {table} ({names}) VALUES ({marks})"


def _insert_article(conn, st, row: dict[str, Any]) -> int:  # noqa: ANN001
    return conn.execute(st["article"], row).scalar_one()


@lru_cache(maxsize=1 << 16)
def name_rank(name: str) -> tuple[int, int, int, str]:
    """The order in which spellings of one source compete for its display name (the smallest
    wins), so the name does not depend on which article was stored first.  Spellings of one
    source differ in case and punctuation only (they share ``norm_name``); the rule prefers
    1. a spelling that is not all capitals (an all-caps one comes from a headline),
    2. the fewest capital letters (the form used mid-sentence: "officials" over the
       sentence-initial "Officials", "al-Rami" over "Al-Rami"),
    3. the longest (punctuation kept: "Gen. Marsh" over "Gen Marsh"),
    4. the first in code-point order (a total order: any two spellings are ranked).
    Remembered per string (an ingest ranks the same few thousand names again and again)."""
    letters = [c for c in name if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    shouting = int(len(letters) > 1 and upper == len(letters))
    return shouting, upper, -len(name), name


def _source_ids(session, wanted: dict[str, tuple[str, str, str]]) -> dict[str, int]:  # noqa: ANN001
    """Ids of sources by uid, inserting the missing ones (``wanted``: uid -> (name, kind,
    type)).  Safe with concurrent writers on both dialects: missing rows are inserted ON
    CONFLICT DO NOTHING in uid order (two transactions never wait on each other's rows in
    opposite orders) and read back; a stored name is replaced by a spelling that ranks before
    it (:func:`name_rank`) with a compare-and-set update, in id order."""
    if not wanted:
        return {}
    q = _stmts()["sources"]
    fast = direct.statements(session) if isinstance(session, Connection) else None
    found = {u: (i, n) for u, i, n in (fast.sources(list(wanted)) if fast else session.execute(q, {"u": list(wanted)}))}
    missing = [dict(uid=u, name=wanted[u][0], kind=wanted[u][1], type=wanted[u][2])
               for u in sorted(wanted) if u not in found]
    if missing:
        uids = [m["uid"] for m in missing]
        if fast:
            fast.insert_missing_sources(missing)
            found.update({u: (i, n) for u, i, n in fast.sources(uids)})
        else:
            dialect = session.dialect.name if hasattr(session, "dialect") else session.get_bind().dialect.name
            session.execute(insert_missing(dialect, SourceRow.__table__, "uid"), missing)
            found.update({u: (i, n) for u, i, n in session.execute(q, {"u": uids})})
    better = sorted((found[u][0], found[u][1], name) for u, (name, _, _) in wanted.items()
                    if name_rank(name) < name_rank(found[u][1]))
    for sid, stored, name in better:
        _rename_source(session, sid, stored, name)
    return {u: i for u, (i, _) in found.items()}


def _rename_source(session, sid: int, stored: str, name: str) -> None:  # noqa: ANN001
    """Set source ``sid``'s name to ``name`` unless it holds a spelling that ranks before it:
    compare-and-set (``WHERE name = stored``), re-read and retried when another writer renamed
    it meanwhile (names only move forward in :func:`name_rank`, so this ends)."""
    t = SourceRow.__table__
    while name_rank(name) < name_rank(stored):
        done = session.execute(update(t).where(t.c.id == sid, t.c.name == stored).values(name=name)).rowcount
        if done:
            return
        stored = session.execute(select(t.c.name).where(t.c.id == sid)).scalar_one()


def insert_missing(dialect: str, table: Any, key: str) -> Any:
    """An INSERT of ``table`` rows that skips a row whose unique ``key`` is taken (``ON CONFLICT
    DO NOTHING``) on SQLite and PostgreSQL; a plain INSERT elsewhere."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:
        return insert(table)
    return dialect_insert(table).on_conflict_do_nothing(index_elements=[key])


def already_stored(conn: Connection, content_hash: str, doc_key: str, extractor_version: str) -> bool:
    """True when this exact text is in the store, current for this document (or stored under
    another name: a duplicate), and parsed with this extractor version: ingest can skip it
    without analysing it again."""
    st = _stmts()
    known = conn.execute(st["by_hash"], {"h": content_hash}).first()
    if known is None or (known.doc_key == doc_key and not known.is_current):
        return False
    params = {"a": known.id, "v": extractor_version}
    return (conn.execute(st["att_done"], params).scalar() is not None
            or conn.execute(st["claim_done"], params).scalar() is not None)


def _stored_by_text_alone(session: Connection, st: dict, fast: Any, ex: Extraction) -> Any:
    """The current row of this document stored before the article's identity took in its outlet
    and URL (``pipeline.content_hash``: its hash is of the text alone), when it has the same text,
    outlet and URL: re-ingesting the file into an older database adds nothing.  None otherwise."""
    from claimcheck.ingest.pipeline import content_hash

    bare = content_hash(ex.text)
    if bare == ex.content_hash:
        return None
    row = fast.by_hash(bare) if fast else session.execute(st["by_hash"], {"h": bare}).first()
    if row is None or row.doc_key != ex.id or not row.is_current:
        return None
    old = session.execute(select(Article.outlet, Article.url).where(Article.id == row.id)).first()
    same = old is not None and (old.outlet, old.url) == (ex.meta.value("outlet"), ex.meta.value("url"))
    return row if same else None


def store_extraction(session: Session | Connection, ex: Extraction, run_id: int, extractor_version: str) -> str:
    """Store one analysed article. Returns what happened: ``ingested``, ``new_version``
    (the same document with changed text), ``reparsed`` (known text, new extractor version) or
    ``unchanged`` (nothing added).  Core statements on the session's connection: the ORM's
    per-row bookkeeping is not needed for rows written once; on SQLite the per-article ones go
    to the driver directly (:mod:`claimcheck.store.direct`, the same SQL and values)."""
    if isinstance(session, Session):
        session = session.connection()
    st = _stmts()
    fast = direct.statements(session)
    known = fast.by_hash(ex.content_hash) if fast else session.execute(st["by_hash"], {"h": ex.content_hash}).first()
    if known is None:
        known = _stored_by_text_alone(session, st, fast, ex)
    existing = known.id if known is not None else None
    reverted = False
    if known is not None and known.doc_key == ex.id and not known.is_current:
        # the file changed back to an earlier text: that version is current again
        session.execute(update(Article).where(Article.doc_key == ex.id, Article.is_current.is_(True))
                        .values(is_current=False))
        session.execute(update(Article).where(Article.id == existing).values(is_current=True))
        reverted = True
    if existing is not None:
        if fast:
            parsed = fast.parsed(existing, extractor_version)
        else:
            params = {"a": existing, "v": extractor_version}
            parsed = (session.execute(st["att_done"], params).scalar() is not None
                      or session.execute(st["claim_done"], params).scalar() is not None)
        if parsed or not (ex.attributions or ex.claims):
            return "new_version" if reverted else "unchanged"
        _store_parse(session, existing, ex, extractor_version)
        return "new_version" if reverted else "reparsed"

    prev = fast.previous(ex.id) if fast else session.execute(st["prev"], {"k": ex.id}).first()
    version, outcome = 1, "ingested"
    if prev is not None:
        version, outcome = prev.version + 1, "new_version"
        session.execute(update(Article).where(Article.id == prev.id).values(is_current=False))
    m = ex.meta
    pub = m.published_date()
    row = dict(
        uid=uid("a", ex.content_hash), content_hash=ex.content_hash, doc_key=ex.id, version=version,
        supersedes_id=prev.id if prev is not None else None, is_current=True, text=ex.text,
        encoding=ex.encoding,
        title=m.value("title"), outlet=m.value("outlet"), byline=m.value("byline"),
        published=pub, published_raw=m.published.raw if m.published else None,
        published_precision=m.published_precision, language=m.value("language"), url=m.value("url"),
        n_chars=len(ex.text), n_words=len(_WORD.findall(ex.text)), run_id=run_id,
        ingested_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
    try:
        article_id = fast.insert(Article.__table__, row) if fast else _insert_article(session, st, row)
    except (IntegrityError, sqlite3.IntegrityError):
        raise DuplicateError(f"{ex.id}: stored meanwhile by another ingest") from None

    meta_rows = []
    for name in ("title", "outlet", "byline", "published", "language", "url", "retrieved_at", "source_sha256"):
        mv = getattr(m, name)
        if mv is None:
            continue
        val = mv.value.isoformat() if isinstance(mv.value, dt.date) else str(mv.value)
        meta_rows.append(dict(article_id=article_id, field=name, value=val, origin=mv.origin, raw=mv.raw,
                              start=mv.span[0] if mv.span else None, end=mv.span[1] if mv.span else None))
    if meta_rows:
        _bulk(session, ArticleMetadata.__table__, meta_rows)
    if ex.lines:
        _bulk(session, ArticleLine.__table__, [
            dict(article_id=article_id, idx=i, start=ln.start, end=ln.end, role=ln.role, reason=ln.reason or None)
            for i, ln in enumerate(ex.lines)])
    if ex.sentences:
        _bulk(session, SentenceRow.__table__, [
            dict(article_id=article_id, idx=i, start=s.start, end=s.end, line_idx=s.paragraph,
                 boilerplate=s.boilerplate) for i, s in enumerate(ex.sentences)])
    outlet = m.value("outlet")
    # the outlet is a source too (of what it states in its own voice): stored with the
    # attributions' sources, in one statement
    own = {outlet_source_uid(outlet): (outlet.strip(), "named", "outlet")} if outlet else {}
    _store_parse(session, article_id, ex, extractor_version, own)
    return outcome


def outlet_source_uid(outlet: str) -> str:
    return uid("s", "named", norm_name(outlet))


def _store_parse(session, article_id: int, ex: Extraction, extractor_version: str,  # noqa: ANN001
                 sources: dict[str, tuple[str, str, str]] | None = None) -> None:
    """Attributions, their sources and via chains, and claims: bulk inserts, ids read back once.
    ``sources`` (uid -> (name, kind, type)): more sources to store with the attributions' (the
    outlet's)."""
    keys: list[str | None] = []
    wanted: dict[str, tuple[str, str, str]] = dict(sources or {})
    for a in ex.attributions:
        src = a.source
        if src is not None and src.span is not None:
            name = (src.actor or (src.resolved.text if src.resolved else src.span.text)).strip()
            key = uid("s", src.kind, norm_name(name))
            have = wanted.get(key)
            if have is None:
                wanted[key] = (name, src.kind, src.type)
            elif name_rank(name) < name_rank(have[0]):  # one article, two spellings: the rule again
                wanted[key] = (name, have[1], have[2])
            keys.append(key)
        else:
            keys.append(None)
    source_ids = _source_ids(session, wanted)
    rows = []
    for i, (a, key) in enumerate(zip(ex.attributions, keys)):
        src = a.source if key else None
        rows.append(dict(
            uid=uid("t", ex.content_hash, extractor_version, i), article_id=article_id,
            extractor_version=extractor_version, idx=i, sentence_idx=a.sentence,
            source_id=source_ids.get(key) if key else None,
            source_text=src.span.text if src else None, source_start=src.span.start if src else None,
            source_end=src.span.end if src else None, source_kind=src.kind if src else None,
            source_type=src.type if src else None,
            descriptor=src.descriptor.text if src and src.descriptor else None,
            resolved_text=src.resolved.text if src and src.resolved else None,
            resolved_start=src.resolved.start if src and src.resolved else None,
            resolved_end=src.resolved.end if src and src.resolved else None,
            cue_text=a.cue.text, cue_start=a.cue.start, cue_end=a.cue.end, act=a.act,
            content_text=a.content.text, content_start=a.content.start, content_end=a.content.end,
            content_fragments=json.dumps([[f.start, f.end] for f in a.content_fragments], ensure_ascii=False) if a.content_fragments else None,
            direct_quote=a.direct_quote))
    att_ids: list[int] = []
    if rows:
        fast = direct.statements(session) if isinstance(session, Connection) else None
        att_ids = (fast.insert_each(AttributionRow.__table__, rows) if fast
                   else list(session.execute(_stmts()["attributions"], rows).scalars()))
        via_rows = [dict(attribution_id=att_ids[i], position=k, text=v.text, start=v.start, end=v.end)
                    for i, a in enumerate(ex.attributions) for k, v in enumerate(a.via)]
        if via_rows:
            _bulk(session, ViaRow.__table__, via_rows)
    if ex.claims:
        _bulk(session, ClaimRow.__table__, [dict(
            uid=uid("c", ex.content_hash, extractor_version, i), article_id=article_id,
            extractor_version=extractor_version, idx=i,
            attribution_id=att_ids[c.attribution] if c.attribution is not None else None,
            sentence_idx=c.sentence, text=c.text, start=c.span.start, end=c.span.end,
            actors=json.dumps(list(c.actors), ensure_ascii=False), action=c.action, polarity=c.polarity, modality=c.modality,
            refers_to=c.refers_to, refers_to_raw=c.refers_to_raw, reverses_idx=c.reverses,
            predicate=c.predicate.text if c.predicate else None,
            predicate_start=c.predicate.start if c.predicate else None,
            predicate_end=c.predicate.end if c.predicate else None, predicate_lemma=c.predicate_lemma,
            place=c.place.text if c.place else None, place_start=c.place.start if c.place else None,
            place_end=c.place.end if c.place else None,
            parts=json.dumps([[p.start, p.end, p.text] for p in c.parts], ensure_ascii=False) if c.parts else None,
            passage_first=c.passage[0] if c.passage else None, passage_last=c.passage[1] if c.passage else None)
            for i, c in enumerate(ex.claims)])
