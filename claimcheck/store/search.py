"""Retrieval for ``check``: candidate sentences from the full-text index, and the claims in them.

The index is built at ingest (migration ``0003``): an FTS5 table ``sentences_fts`` on SQLite (rowid
= ``sentences.id``, porter stemmer), a ``tsvector`` table with a GIN index on PostgreSQL.  A
database without it (a SQLite built without FTS5) is scanned instead: the same candidates, found
slowly.  Nothing here judges a sentence; :mod:`claimcheck.xref.check` does.

The queries are plain SQL run on a ``sqlite3`` connection (:func:`open_sqlite_reader`: a SQLite
file at head, read-only, without importing SQLAlchemy) or on a SQLAlchemy ``Connection``
(PostgreSQL, an open ``api.Store``, a file that needs migrating first).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.model import ArticleText, ClaimRecord

INDEX = "sentences_fts"
DEFAULT_DB = "claimcheck.db"  # as ``store.session.DEFAULT_DB`` (tested equal)
BUSY_TIMEOUT_S = 30.0  # as ``store.session.BUSY_TIMEOUT_MS``

# Every query here is plain SQL with named parameters (``:name``), run either on a ``sqlite3``
# connection (``check`` on a SQLite file: no SQLAlchemy to import, most of a one-shot check's
# start-up) or on a SQLAlchemy ``Connection`` (PostgreSQL, a Store's engine).  A list parameter
# is expanded to ``:name_0, :name_1, …`` (:func:`_rows`).  ``"end"`` is quoted: a keyword.
_SENTENCE_TEXT = 'substr(a.text, s.start + 1, s."end" - s.start)'
_NAME_WORD = re.compile(r"\w+")
_PARAM = re.compile(r":([A-Za-z_]\w*)")
Conn = Any  # a sqlite3.Connection or a sqlalchemy.Connection


def norm_name(name: str) -> str:
    """A name as the alias table keys it (``store.repo.norm_name``, without loading the ORM)."""
    return " ".join(_NAME_WORD.findall(name.lower()))


_TERM = re.compile(r"[^\W_]+", re.UNICODE)


def dialect(conn: Conn) -> str:
    """``"sqlite"`` for a ``sqlite3`` connection, else the SQLAlchemy dialect's name."""
    return "sqlite" if isinstance(conn, sqlite3.Connection) else conn.dialect.name


def _rows(conn: Conn, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` with its named ``params`` on either kind of connection; a list or
    tuple value is expanded in place (an empty one to ``NULL``: ``IN (NULL)`` matches nothing)."""
    params = dict(params or {})
    for name, value in list(params.items()):
        if isinstance(value, (list, tuple)):
            del params[name]
            names = [f"{name}_{i}" for i in range(len(value))]
            params.update(zip(names, value))
            repl = ", ".join(f":{n}" for n in names) or "NULL"
            sql = re.sub(rf":{name}\b", repl, sql)
    if isinstance(conn, sqlite3.Connection):
        return conn.execute(sql, params).fetchall()
    from sqlalchemy import text

    return [tuple(r) for r in conn.execute(text(sql), params)]


def begin_snapshot(conn: Conn) -> None:
    """Start the one read transaction ``check`` reads in, as ``store.session.read_scope`` does:
    every later statement sees the database as it was at the first (a write committed meanwhile,
    a re-analysis say, is not half seen).  SQLite: an explicit ``BEGIN`` (neither driver starts
    one before a SELECT); PostgreSQL: ``REPEATABLE READ, READ ONLY``.  The caller ends it."""
    if isinstance(conn, sqlite3.Connection) or conn.dialect.name == "sqlite":
        (conn.execute if isinstance(conn, sqlite3.Connection) else conn.exec_driver_sql)("BEGIN")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def analysis_stale(conn: Conn) -> bool:
    """True when the store holds articles or parses the last finished analysis did not read:
    ``store.analysis.analysis_stale`` in plain SQL (the same input fingerprint: current
    articles, their count and id sum, and the claims, their count and highest id; a run
    without one compares run ids), for ``check``'s reader without SQLAlchemy."""
    last = _rows(conn, "SELECT id, summary FROM runs WHERE kind = 'xref' AND status = 'done' ORDER BY id DESC LIMIT 1")
    if not last:
        return bool(_rows(conn, "SELECT id FROM articles LIMIT 1"))
    run_id, summary = last[0]
    try:
        seen = json.loads(summary or "{}").get("input")
    except (ValueError, AttributeError):
        seen = None
    if isinstance(seen, list):
        # the claims first, each figure by the statement SQLite answers from a b-tree's size or
        # its last key (count(*), max(id)) rather than by reading every row: a store with new
        # parses differs there already
        ((n_claims,),) = _rows(conn, "SELECT count(*) FROM claims")
        ((max_claim,),) = _rows(conn, "SELECT coalesce(max(id), 0) FROM claims")
        if seen[2:] != [int(n_claims), int(max_claim)]:
            return True
        ((n_art, sum_art),) = _rows(conn, "SELECT count(*), coalesce(sum(id), 0) FROM articles WHERE is_current")
        return seen[:2] != [int(n_art), int(sum_art)]
    ((newest,),) = _rows(conn, "SELECT max(run_id) FROM articles")
    return newest is not None and newest > run_id


def _date(value: Any) -> date | None:
    """A stored date as a ``date``: SQLite keeps it as ISO text, PostgreSQL as a date."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def open_sqlite_reader(db: str | None, head: str | None) -> sqlite3.Connection | None:
    """A read-only ``sqlite3`` connection to the SQLite file that ``db`` names (a path, else
    ``$CLAIMCHECK_DB``, else ``./claimcheck.db``) when it is a database whose schema is at the
    revision ``head`` (``store.migrate.head_fast``); None in every other case (a URL, no such
    file, a folder it cannot write, not a database, not at head, ``head`` unknown), where the
    caller opens it the usual way, which migrates or names the error.  Raises nothing."""
    value = db or os.environ.get("CLAIMCHECK_DB") or DEFAULT_DB
    if head is None or "://" in value:
        return None
    path = Path(value).expanduser()
    try:
        if not path.is_file() or not os.access(path.parent, os.W_OK):
            return None  # a read-only folder: the usual way opens it immutable
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except (OSError, sqlite3.Error):
        return None
    try:
        got = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:
        got = []
    if got != [head]:
        conn.close()
        return None
    return conn


@dataclass(frozen=True, slots=True)
class Unit:
    """One piece of candidate evidence: a claim stored in a candidate sentence (its content and,
    when attributed, its source), or a whole sentence that holds no claim (``record.act`` None,
    ``record.claim_id`` the negated sentence id).  ``display`` is what ``check`` shows:
    ``{"article": {"id", "title", "outlet", "published"}, "sentence", "start", "end",
    "claim": {"text", "start", "end"}, "source": {"text", "name", "kind", "cue", "act"} | None}``;
    ``rank`` is the sentence's full-text rank (higher: closer to the query's words)."""

    record: ClaimRecord
    display: dict[str, Any]
    rank: float


def index_kind(conn: Conn) -> str | None:
    """``"fts5"`` or ``"tsvector"`` when the sentence index exists, else None (scan)."""
    kind = dialect(conn)
    if kind == "sqlite":
        found = _rows(conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n", {"n": INDEX})
        return "fts5" if found else None
    if kind == "postgresql":
        found = _rows(conn, "SELECT to_regclass(:n)", {"n": INDEX})
        return "tsvector" if found and found[0][0] else None
    return None


def _words(terms: Iterable[str]) -> list[str]:
    """Index terms: words of letters and digits, lower-cased, each once, in order."""
    return list(dict.fromkeys(w.lower() for t in terms for w in _TERM.findall(t)))


def candidate_sentences(session: Conn, terms: Sequence[str], phrases: Sequence[str] = (),
                        limit: int = 300) -> list[tuple[int, float]]:
    """``(sentence id, rank)`` of at most ``limit`` body sentences of current articles that share
    words with ``terms`` or hold one of ``phrases`` (names, matched word for word), best first.
    The rank is the index's (bm25 on SQLite, ``ts_rank_cd`` on PostgreSQL, shared words when
    scanning), higher is better; sentences of superseded article versions are left out."""
    words = _words(terms)
    phrase_words = [ws for ws in (_words([p]) for p in phrases) if ws]
    if not words and not phrase_words:
        return []
    kind = index_kind(session)
    if kind == "fts5":
        return _fts5(session, words, phrase_words, limit)
    if kind == "tsvector":
        return _tsvector(session, words, phrase_words, limit)
    return _scan(session, words, phrase_words, limit)


FTS_MARGIN = 2  # the index's best ``limit`` × this are read first, then kept when in a current article


def _fts5(session: Conn, words: list[str], phrases: list[list[str]], limit: int) -> list[tuple[int, float]]:
    """The index's best sentences (rank, then sentence id), of current articles.  The ranking
    is read from the index alone (``limit`` × :data:`FTS_MARGIN` rows), then the articles of
    those rows are looked up: joining every match to its sentence and article before sorting cost
    most of a ``check`` on 100,000 articles (82,000 matches for a seven-word claim).  When too
    many of them are superseded versions, the joined query gives the same answer."""
    match = " OR ".join([f'"{w}"' for w in words] + ['"' + " ".join(p) + '"' for p in phrases])
    wide = limit * FTS_MARGIN
    best = _rows(session, f"SELECT rowid, bm25({INDEX}) AS r FROM {INDEX} "  # noqa: S608 - fixed names, bound match
                          f"WHERE {INDEX} MATCH :m ORDER BY r, rowid LIMIT :k", {"m": match, "k": wide})
    if best:
        current = {r[0] for r in _rows(session, "SELECT s.id FROM sentences s JOIN articles a ON a.id = s.article_id "
                                                "WHERE s.id IN (:ids) AND a.is_current", {"ids": [r[0] for r in best]})}
        kept = [(sid, -rank) for sid, rank in best if sid in current]
        if len(kept) >= limit or len(best) < wide:
            return kept[:limit]
    sql = (f"SELECT f.rowid, bm25({INDEX}) AS r FROM {INDEX} f "  # noqa: S608 - fixed names, bound match
           "JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id "
           f"WHERE {INDEX} MATCH :m AND a.is_current ORDER BY r, f.rowid LIMIT :k")
    return [(sid, -rank) for sid, rank in _rows(session, sql, {"m": match, "k": limit})]


def _tsvector(session: Conn, words: list[str], phrases: list[list[str]], limit: int) -> list[tuple[int, float]]:
    parts = [f"plainto_tsquery('english', :w{i})" for i in range(len(words))]
    parts += [f"phraseto_tsquery('english', :p{i})" for i in range(len(phrases))]
    params: dict[str, Any] = {f"w{i}": w for i, w in enumerate(words)}
    params.update({f"p{i}": " ".join(p) for i, p in enumerate(phrases)})
    params["k"] = limit
    sql = (f"WITH q AS (SELECT ({' || '.join(parts)}) AS q) "  # noqa: S608 - fixed names, bound words
           f"SELECT f.sentence_id, ts_rank_cd(f.tsv, q.q) AS r FROM {INDEX} f CROSS JOIN q "
           "JOIN sentences s ON s.id = f.sentence_id JOIN articles a ON a.id = s.article_id "
           "WHERE f.tsv @@ q.q AND a.is_current ORDER BY r DESC, f.sentence_id LIMIT :k")
    return [(sid, float(rank)) for sid, rank in _rows(session, sql, params)]


def _scan(session: Conn, words: list[str], phrases: list[list[str]], limit: int) -> list[tuple[int, float]]:
    """Without an index: every body sentence, ranked by the query words it shares (slow)."""
    want = set(words)
    sql = (f"SELECT s.id, {_SENTENCE_TEXT} FROM sentences s JOIN articles a ON a.id = s.article_id "  # noqa: S608
           "WHERE a.is_current AND NOT s.boilerplate")
    scored = []
    for sid, sent in _rows(session, sql):
        toks = _words([sent])
        shared = len(want.intersection(toks))
        low = " ".join(toks)
        shared += sum(2 for p in phrases if " ".join(p) in low)
        if shared:
            scored.append((sid, float(shared)))
    scored.sort(key=lambda x: (-x[1], x[0]))
    return scored[:limit]


def evidence_units(session: Conn, ranked: Sequence[tuple[int, float]]) -> list[Unit]:
    """The units of evidence in the sentences ``ranked`` (``(sentence id, rank)``), in that
    order: the claims stored in each sentence (each article's latest parse); the attributions
    in it that carry no claim (a denial or non-answer whose content is no complete proposition,
    "X denied supplying drones"), their source counted among the actors of the content; and
    each sentence that holds neither, as a unit of its own (the outlet's voice)."""
    if not ranked:
        return []
    rank = dict(ranked)
    order = {sid: i for i, (sid, _) in enumerate(ranked)}
    sentences = _sentences(session, list(rank))
    claims = _claims(session, sentences)
    out: list[Unit] = []
    for sid in sorted(sentences, key=order.__getitem__):
        s = sentences[sid]
        mine = claims.get((s["article_id"], s["idx"]), [])
        if not mine:
            out.append(_sentence_unit(sid, s, rank[sid]))
        for rec, claim, source in mine:
            display = {"article": s["article"], "sentence": s["text"], "start": s["start"], "end": s["end"],
                       "claim": claim, "source": source}
            out.append(Unit(rec, display, rank[sid]))
    return out


def _sentences(session: Conn, ids: list[int]) -> dict[int, dict[str, Any]]:
    sql = (f"SELECT s.id, s.article_id, s.idx, s.start, s.\"end\", {_SENTENCE_TEXT}, "  # noqa: S608 - fixed
           "a.uid, a.title, a.outlet, a.published FROM sentences s JOIN articles a ON a.id = s.article_id "
           "WHERE s.id IN (:ids)")
    out = {}
    for sid, aid, idx, start, end, sent, auid, title, outlet, pub in _rows(session, sql, {"ids": ids}):
        pub = _date(pub)
        out[sid] = {"article_id": aid, "idx": idx, "start": start, "end": end, "text": sent,
                    "article": {"id": auid, "title": title, "outlet": outlet,
                                "published": pub.isoformat() if pub else None},
                    "published": pub}
    return out


def _latest_versions(session: Conn, article_ids: list[int]) -> dict[int, str]:
    """For each of the articles, the extractor version of its newest parse (by its claims, else
    by its attributions: an article can have attributions but no claim)."""
    best: dict[int, str] = {}
    for table in ("attributions", "claims"):  # claims last: they decide when both exist
        sql = (f"SELECT article_id, extractor_version, max(id) FROM {table} "  # noqa: S608 - fixed names
               "WHERE article_id IN (:ids) GROUP BY article_id, extractor_version")
        newest: dict[int, tuple[int, str]] = {}
        for aid, ver, mx in _rows(session, sql, {"ids": article_ids}):
            if aid not in newest or mx > newest[aid][0]:
                newest[aid] = (mx, ver)
        best.update({aid: ver for aid, (_, ver) in newest.items()})
    return best


_ATTRIBUTION_ID = 10**12  # units from an attribution without a claim: claim_id = -(this + attribution id)


def _claims(session: Conn, sentences: dict[int, dict[str, Any]]
            ) -> dict[tuple[int, int], list[tuple[ClaimRecord, dict[str, Any], dict[str, Any] | None]]]:
    """The units of the latest parse in these sentences, keyed by (article id, sentence idx): a
    record, the span it shows (``{"text", "start", "end"}``) and its source (or None)."""
    keys = {(s["article_id"], s["idx"]) for s in sentences.values()}
    by_key = {(s["article_id"], s["idx"]): s for s in sentences.values()}
    versions = _latest_versions(session, sorted({a for a, _ in keys}))
    if not versions:
        return {}
    ids = {"ids": sorted(versions)}
    atts = _attributions(session, ids, keys, versions)
    sql = ('SELECT id, uid, article_id, sentence_idx, text, start, "end", actors, action, polarity, modality, '
           "refers_to, attribution_id, reverses_idx, extractor_version FROM claims WHERE article_id IN (:ids) "
           "ORDER BY article_id, start, idx")
    out: dict[tuple[int, int], list[tuple[ClaimRecord, dict[str, Any], dict[str, Any] | None]]] = {}
    claimed: set[int] = set()
    own_voice: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence → spans of its own-voice claims
    for (cid, cuid, aid, sidx, ctext, cstart, cend, actors, action, polarity, modality, refers, att_id, rev,
         version) in _rows(session, sql, ids):
        if (aid, sidx) not in keys or version != versions[aid]:
            continue
        s = by_key[(aid, sidx)]
        att = atts.get(att_id) if att_id is not None else None
        if att_id is not None:
            claimed.add(att_id)
        else:
            own_voice.setdefault((aid, sidx), []).append((cstart, cend))
        rec = ClaimRecord(claim_id=cid, claim_uid=cuid, article_id=aid, article_uid=s["article"]["id"],
                          outlet=s["article"]["outlet"], published=s["published"], text=ctext,
                          sentence_text=s["text"], actors=tuple(json.loads(actors or "[]")), action=action,
                          polarity=polarity, modality=modality, refers_to=refers,
                          act=att["act"] if att else None, source_id=att["source_id"] if att else None,
                          source_kind=att["kind"] if att else None, source_name=att["name"] if att else None,
                          source_span=att["source_text"] if att else None,
                          via=tuple(att["via"]) if att else (), reverses_claim_id=-1 if rev is not None else None)
        out.setdefault((aid, sidx), []).append((rec, {"text": ctext, "start": cstart, "end": cend},
                                                _shown_source(att)))
    for att_id, att in atts.items():
        if att_id in claimed or _read_as_own_voice(att, own_voice):
            continue
        s = by_key[(att["article_id"], att["sentence_idx"])]
        who = att["resolved"] or att["source_text"]
        rec = ClaimRecord(claim_id=-(_ATTRIBUTION_ID + att_id), claim_uid=att["uid"], article_id=att["article_id"],
                          article_uid=s["article"]["id"], outlet=s["article"]["outlet"], published=s["published"],
                          text=att["content"], sentence_text=s["text"],
                          actors=(who,) if who and att["act"] in ("deny", "decline") else (),
                          action=None, polarity="negative" if att["act"] == "deny" else "positive",
                          modality="asserted", refers_to=None, act=att["act"], source_id=att["source_id"],
                          source_kind=att["kind"], source_name=att["name"], via=tuple(att["via"]),
                          source_span=att["source_text"])
        out.setdefault((att["article_id"], att["sentence_idx"]), []).append(
            (rec, {"text": att["content"], "start": att["content_start"], "end": att["content_end"]},
             _shown_source(att)))
    for units in out.values():
        units.sort(key=lambda u: u[1]["start"])
    return out


def _read_as_own_voice(att: dict[str, Any], own_voice: dict[tuple[int, int], list[tuple[int, int]]]) -> bool:
    """Whether the claims parser read this attribution's content as the outlet's own voice: an
    own-voice claim of its sentence overlaps its content (the parser judged its source no speaker,
    "photos showing X", or its cue no statement, "It was not made clear whether …").  ``check``
    then reads the sentence as ``report`` does, once, not also as that source's statement."""
    start, end = att["content_start"], att["content_end"]
    if start is None or end is None:
        return False
    return any(a < end and start < b for a, b in own_voice.get((att["article_id"], att["sentence_idx"]), ()))


def _attributions(session: Conn, ids: dict[str, Any], keys: set[tuple[int, int]],
                  versions: dict[int, str]) -> dict[int, dict[str, Any]]:
    """The attributions of the latest parse in the sentences ``keys``, by id, with their via chain."""
    sql = ("SELECT t.id, t.uid, t.article_id, t.sentence_idx, t.extractor_version, t.act, t.source_id, "
           "t.source_kind, src.name, t.source_text, t.resolved_text, t.cue_text, t.content_text, "
           "t.content_start, t.content_end FROM attributions t LEFT OUTER JOIN sources src ON src.id = t.source_id "
           "WHERE t.article_id IN (:ids)")
    out: dict[int, dict[str, Any]] = {}
    for (att_id, auid, aid, sidx, version, act, source_id, kind, name, source_text, resolved, cue, content,
         cstart, cend) in _rows(session, sql, ids):
        if (aid, sidx) in keys and version == versions[aid]:
            out[att_id] = {"uid": auid, "article_id": aid, "sentence_idx": sidx, "act": act,
                           "source_id": source_id, "kind": kind, "name": name, "source_text": source_text,
                           "resolved": resolved, "cue": cue, "content": content, "content_start": cstart,
                           "content_end": cend, "via": []}
    if out:
        sql = ("SELECT attribution_id, text FROM attribution_via WHERE attribution_id IN (:atts) "
               "ORDER BY attribution_id, position")
        for att_id, vtext in _rows(session, sql, {"atts": sorted(out)}):
            out[att_id]["via"].append(vtext)
    return out


def _shown_source(att: dict[str, Any] | None) -> dict[str, Any] | None:
    if att is None:
        return None
    return {"text": att["source_text"], "name": att["name"] or att["resolved"] or att["source_text"],
            "kind": att["kind"], "cue": att["cue"], "act": att["act"], "via": list(att["via"])}


def _sentence_unit(sid: int, s: dict[str, Any], rank: float) -> Unit:
    rec = ClaimRecord(claim_id=-sid, claim_uid=f"s{sid}", article_id=s["article_id"], article_uid=s["article"]["id"],
                      outlet=s["article"]["outlet"], published=s["published"], text=s["text"],
                      sentence_text=s["text"], actors=(), action=None, polarity="positive", modality="asserted",
                      refers_to=None)
    display = {"article": s["article"], "sentence": s["text"], "start": s["start"], "end": s["end"],
               "claim": {"text": s["text"], "start": s["start"], "end": s["end"]}, "source": None}
    return Unit(rec, display, rank)


def article_texts(session: Conn, article_ids: Sequence[int], head: int = 400, tail: int = 400) -> list[ArticleText]:
    """Of each of these articles: its first ``head`` and last ``tail`` characters and its body
    sentences, as ``store.analysis.load_article_texts`` reads every article for ``report`` (the
    wire credits and copied stories of :func:`claimcheck.xref.origins.publishers`)."""
    ids = sorted(set(article_ids))
    if not ids:
        return []
    sents: dict[int, list[str]] = {}
    sql = (f"SELECT s.article_id, {_SENTENCE_TEXT} FROM sentences s JOIN articles a ON a.id = s.article_id "  # noqa: S608
           "WHERE s.article_id IN (:ids) AND NOT s.boilerplate ORDER BY s.article_id, s.idx")
    for aid, sent in _rows(session, sql, {"ids": ids}):
        sents.setdefault(aid, []).append(sent)
    sql = ("SELECT id, uid, outlet, published, substr(text, 1, :head), "
           "substr(text, CASE WHEN length(text) > :tail THEN length(text) - :tail + 1 ELSE 1 END) "
           "FROM articles WHERE id IN (:ids) ORDER BY id")
    return [ArticleText(aid, uid, outlet, _date(pub), h or "", t or "", tuple(sents.get(aid, ())))
            for aid, uid, outlet, pub, h, t in _rows(session, sql, {"ids": ids, "head": head, "tail": tail})]


def cluster_siblings(session: Conn, claim_ids: Sequence[int]) -> dict[int, tuple[str, list[tuple[int, str]]]]:
    """For each of ``claim_ids`` (stored claims) that is a member of a cluster of the newest
    analysis: its stance in the cluster (support / deny / decline / reverse) and the other
    members, ``(claim id, stance)``.  Claims of no cluster are left out."""
    ids = sorted({i for i in claim_ids if i > 0})
    if not ids:
        return {}
    # "+c.run_id": no index on the run's clusters (SQLite would walk every cluster of the run,
    # 0.3 s at 100,000 articles), the claims' memberships first, by their index
    sql = ("SELECT m.cluster_id, m.claim_id, m.stance FROM cluster_members m WHERE m.cluster_id IN ("
           "SELECT m2.cluster_id FROM cluster_members m2 JOIN clusters c ON c.id = m2.cluster_id "
           "WHERE m2.claim_id IN (:ids) AND +c.run_id = (SELECT max(run_id) FROM clusters))")
    members: dict[int, list[tuple[int, str]]] = {}
    for cid, claim_id, stance in _rows(session, sql, {"ids": ids}):
        members.setdefault(cid, []).append((claim_id, stance))
    out: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    wanted = set(ids)
    for ms in members.values():
        for claim_id, stance in ms:
            if claim_id in wanted:
                out[claim_id] = (stance, [m for m in ms if m[0] != claim_id])
    return out


def claim_units(session: Conn, claim_ids: Sequence[int]) -> list[Unit]:
    """The units of these stored claims (as :func:`evidence_units` gives them, rank 0)."""
    ids = sorted({i for i in claim_ids if i > 0})
    if not ids:
        return []
    sql = ("SELECT DISTINCT s.id FROM claims c JOIN sentences s ON s.article_id = c.article_id "
           "AND s.idx = c.sentence_idx WHERE c.id IN (:ids)")
    sids = [(r[0], 0.0) for r in _rows(session, sql, {"ids": ids})]
    wanted = set(ids)
    return [u for u in evidence_units(session, sids) if u.record.claim_id in wanted]


def known_aliases(session: Conn, keys: Sequence[str]) -> set[str]:
    """Those of ``keys`` (word groups written as ``repo.norm_name`` writes them) that name a
    known actor: an alias of the actor table."""
    if not keys:
        return set()
    return {r[0] for r in _rows(session, "SELECT norm FROM actor_aliases WHERE norm IN (:keys)", {"keys": list(keys)})}


def actor_keys(session: Conn, names: Iterable[str]) -> dict[str, str]:
    """name → the uid of the actor one of whose aliases it is (as the latest analysis resolved
    it), for the names that have one."""
    by_norm: dict[str, list[str]] = {}
    for n in names:
        if n:
            by_norm.setdefault(norm_name(n), []).append(n)
    if not by_norm:
        return {}
    sql = ("SELECT al.norm, ac.uid FROM actor_aliases al JOIN actors ac ON ac.id = al.actor_id "
           "WHERE al.norm IN (:keys)")
    out = {}
    for norm, auid in _rows(session, sql, {"keys": sorted(by_norm)}):
        for n in by_norm[norm]:
            out[n] = auid
    return out


def drop_index_sqlite(con: Any) -> None:
    """Remove the sentence index and its triggers from a SQLite file opened with ``sqlite3``
    (``con``): the handover export carries full-text tables of its own (``articles_fts``,
    ``claims_fts``), and ``check`` on a file without the index scans instead."""
    con.execute("DROP TRIGGER IF EXISTS sentences_fts_insert")
    con.execute("DROP TRIGGER IF EXISTS sentences_fts_delete")
    con.execute(f"DROP TABLE IF EXISTS {INDEX}")
