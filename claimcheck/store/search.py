"""Retrieval for ``check``: candidate sentences from the full-text index, and the claims in them.

The index is built at ingest (migration ``0003``): an FTS5 table ``sentences_fts`` on SQLite (rowid
= ``sentences.id``, porter stemmer), a ``tsvector`` table with a GIN index on PostgreSQL.  A
database without it (a SQLite built without FTS5) is scanned instead: the same candidates, found
slowly.  Nothing here judges a sentence; :mod:`claimcheck.xref.check` does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Connection, Date, bindparam, column, func, select, table, text

from claimcheck.model import ClaimRecord

INDEX = "sentences_fts"

# The columns read here, as plain Core tables: ``check`` starts without loading the ORM models
# (``store/models.py`` holds the schema; these name a subset of its columns).
_articles = table("articles", column("id"), column("uid"), column("title"), column("outlet"),
                  column("published", Date), column("text"), column("is_current", Boolean))
_sources = table("sources", column("id"), column("name"))
_actors = table("actors", column("id"), column("uid"))
Article = _articles.c
SentenceRow = table("sentences", column("id"), column("article_id"), column("idx"), column("start"),
                    column("end"), column("boilerplate", Boolean)).c
ClaimRow = table("claims", column("id"), column("uid"), column("article_id"), column("extractor_version"), column("idx"),
                 column("attribution_id"), column("sentence_idx"), column("text"), column("start"), column("end"),
                 column("actors"), column("action"), column("polarity"), column("modality"), column("refers_to"),
                 column("reverses_idx")).c
AttributionRow = table("attributions", column("id"), column("uid"), column("article_id"),
                       column("extractor_version"), column("sentence_idx"), column("source_id"),
                       column("source_text"), column("source_kind"), column("resolved_text"), column("cue_text"),
                       column("act"), column("content_text"), column("content_start"), column("content_end")).c
SourceRow = _sources.c
ViaRow = table("attribution_via", column("attribution_id"), column("position"), column("text")).c
ActorAlias = table("actor_aliases", column("actor_id"), column("norm")).c
Actor = _actors.c
_NAME_WORD = re.compile(r"\w+")


def norm_name(name: str) -> str:
    """A name as the alias table keys it (``store.repo.norm_name``, without loading the ORM)."""
    return " ".join(_NAME_WORD.findall(name.lower()))
_TERM = re.compile(r"[^\W_]+", re.UNICODE)


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


def index_kind(conn: Connection) -> str | None:
    """``"fts5"`` or ``"tsvector"`` when the sentence index exists, else None (scan)."""
    if conn.dialect.name == "sqlite":
        found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                     (INDEX,)).first()
        return "fts5" if found else None
    if conn.dialect.name == "postgresql":
        found = conn.execute(text("SELECT to_regclass(:n)"), {"n": INDEX}).scalar()
        return "tsvector" if found else None
    return None


def _words(terms: Iterable[str]) -> list[str]:
    """Index terms: words of letters and digits, lower-cased, each once, in order."""
    return list(dict.fromkeys(w.lower() for t in terms for w in _TERM.findall(t)))


def candidate_sentences(session: Connection, terms: Sequence[str], phrases: Sequence[str] = (),
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


def _fts5(session: Connection, words: list[str], phrases: list[list[str]], limit: int) -> list[tuple[int, float]]:
    match = " OR ".join([f'"{w}"' for w in words] + ['"' + " ".join(p) + '"' for p in phrases])
    q = text(f"SELECT f.rowid, bm25({INDEX}) AS r FROM {INDEX} f "  # noqa: S608 - fixed names, bound match
             "JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id "
             f"WHERE {INDEX} MATCH :m AND a.is_current ORDER BY r LIMIT :k")
    return [(sid, -rank) for sid, rank in session.execute(q, {"m": match, "k": limit})]


def _tsvector(session: Connection, words: list[str], phrases: list[list[str]], limit: int) -> list[tuple[int, float]]:
    parts = [f"plainto_tsquery('english', :w{i})" for i in range(len(words))]
    parts += [f"phraseto_tsquery('english', :p{i})" for i in range(len(phrases))]
    params: dict[str, Any] = {f"w{i}": w for i, w in enumerate(words)}
    params.update({f"p{i}": " ".join(p) for i, p in enumerate(phrases)})
    params["k"] = limit
    q = text(f"WITH q AS (SELECT ({' || '.join(parts)}) AS q) "  # noqa: S608 - fixed names, bound words
             f"SELECT f.sentence_id, ts_rank_cd(f.tsv, q.q) AS r FROM {INDEX} f CROSS JOIN q "
             "JOIN sentences s ON s.id = f.sentence_id JOIN articles a ON a.id = s.article_id "
             "WHERE f.tsv @@ q.q AND a.is_current ORDER BY r DESC, f.sentence_id LIMIT :k")
    return [(sid, float(rank)) for sid, rank in session.execute(q, params)]


def _scan(session: Connection, words: list[str], phrases: list[list[str]], limit: int) -> list[tuple[int, float]]:
    """Without an index: every body sentence, ranked by the query words it shares (slow)."""
    want = set(words)
    q = (select(SentenceRow.id, func.substr(Article.text, SentenceRow.start + 1, SentenceRow.end - SentenceRow.start))
         .join(_articles, Article.id == SentenceRow.article_id)
         .where(Article.is_current.is_(True), SentenceRow.boilerplate.is_(False)))
    scored = []
    for sid, sent in session.execute(q):
        toks = _words([sent])
        shared = len(want.intersection(toks))
        low = " ".join(toks)
        shared += sum(2 for p in phrases if " ".join(p) in low)
        if shared:
            scored.append((sid, float(shared)))
    scored.sort(key=lambda x: (-x[1], x[0]))
    return scored[:limit]


def evidence_units(session: Connection, ranked: Sequence[tuple[int, float]]) -> list[Unit]:
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


def _sentences(session: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    q = (select(SentenceRow.id, SentenceRow.article_id, SentenceRow.idx, SentenceRow.start, SentenceRow.end,
                func.substr(Article.text, SentenceRow.start + 1, SentenceRow.end - SentenceRow.start),
                Article.uid, Article.title, Article.outlet, Article.published)
         .join(_articles, Article.id == SentenceRow.article_id)
         .where(SentenceRow.id.in_(bindparam("ids", expanding=True))))
    out = {}
    for sid, aid, idx, start, end, sent, auid, title, outlet, pub in session.execute(q, {"ids": ids}):
        out[sid] = {"article_id": aid, "idx": idx, "start": start, "end": end, "text": sent,
                    "article": {"id": auid, "title": title, "outlet": outlet,
                                "published": pub.isoformat() if pub else None},
                    "published": pub}
    return out


def _latest_versions(session: Connection, article_ids: list[int]) -> dict[int, str]:
    """For each of the articles, the extractor version of its newest parse (by its claims, else
    by its attributions: an article can have attributions but no claim)."""
    best: dict[int, str] = {}
    for rows in (AttributionRow, ClaimRow):  # claims last: they decide when both exist
        q = (select(rows.article_id, rows.extractor_version, func.max(rows.id))
             .where(rows.article_id.in_(bindparam("ids", expanding=True)))
             .group_by(rows.article_id, rows.extractor_version))
        newest: dict[int, tuple[int, str]] = {}
        for aid, ver, mx in session.execute(q, {"ids": article_ids}):
            if aid not in newest or mx > newest[aid][0]:
                newest[aid] = (mx, ver)
        best.update({aid: ver for aid, (_, ver) in newest.items()})
    return best


_ATTRIBUTION_ID = 10**12  # units from an attribution without a claim: claim_id = -(this + attribution id)


def _claims(session: Connection, sentences: dict[int, dict[str, Any]]
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
    q = (select(ClaimRow.id, ClaimRow.uid, ClaimRow.article_id, ClaimRow.sentence_idx, ClaimRow.text,
                ClaimRow.start, ClaimRow.end, ClaimRow.actors, ClaimRow.action, ClaimRow.polarity,
                ClaimRow.modality, ClaimRow.refers_to, ClaimRow.attribution_id, ClaimRow.reverses_idx,
                ClaimRow.extractor_version)
         .where(ClaimRow.article_id.in_(bindparam("ids", expanding=True)))
         .order_by(ClaimRow.article_id, ClaimRow.start, ClaimRow.idx))
    out: dict[tuple[int, int], list[tuple[ClaimRecord, dict[str, Any], dict[str, Any] | None]]] = {}
    claimed: set[int] = set()
    for (cid, cuid, aid, sidx, ctext, cstart, cend, actors, action, polarity, modality, refers, att_id, rev,
         version) in session.execute(q, ids):
        if (aid, sidx) not in keys or version != versions[aid]:
            continue
        s = by_key[(aid, sidx)]
        att = atts.get(att_id) if att_id is not None else None
        if att_id is not None:
            claimed.add(att_id)
        rec = ClaimRecord(claim_id=cid, claim_uid=cuid, article_id=aid, article_uid=s["article"]["id"],
                          outlet=s["article"]["outlet"], published=s["published"], text=ctext,
                          sentence_text=s["text"], actors=tuple(json.loads(actors or "[]")), action=action,
                          polarity=polarity, modality=modality, refers_to=refers,
                          act=att["act"] if att else None, source_id=att["source_id"] if att else None,
                          source_kind=att["kind"] if att else None, source_name=att["name"] if att else None,
                          via=tuple(att["via"]) if att else (), reverses_claim_id=-1 if rev is not None else None)
        out.setdefault((aid, sidx), []).append((rec, {"text": ctext, "start": cstart, "end": cend},
                                                _shown_source(att)))
    for att_id, att in atts.items():
        if att_id in claimed:
            continue
        s = by_key[(att["article_id"], att["sentence_idx"])]
        who = att["resolved"] or att["source_text"]
        rec = ClaimRecord(claim_id=-(_ATTRIBUTION_ID + att_id), claim_uid=att["uid"], article_id=att["article_id"],
                          article_uid=s["article"]["id"], outlet=s["article"]["outlet"], published=s["published"],
                          text=att["content"], sentence_text=s["text"],
                          actors=(who,) if who and att["act"] in ("deny", "decline") else (),
                          action=None, polarity="negative" if att["act"] == "deny" else "positive",
                          modality="asserted", refers_to=None, act=att["act"], source_id=att["source_id"],
                          source_kind=att["kind"], source_name=att["name"], via=tuple(att["via"]))
        out.setdefault((att["article_id"], att["sentence_idx"]), []).append(
            (rec, {"text": att["content"], "start": att["content_start"], "end": att["content_end"]},
             _shown_source(att)))
    for units in out.values():
        units.sort(key=lambda u: u[1]["start"])
    return out


def _attributions(session: Connection, ids: dict[str, Any], keys: set[tuple[int, int]],
                  versions: dict[int, str]) -> dict[int, dict[str, Any]]:
    """The attributions of the latest parse in the sentences ``keys``, by id, with their via chain."""
    q = (select(AttributionRow.id, AttributionRow.uid, AttributionRow.article_id, AttributionRow.sentence_idx,
                AttributionRow.extractor_version, AttributionRow.act, AttributionRow.source_id,
                AttributionRow.source_kind, SourceRow.name, AttributionRow.source_text,
                AttributionRow.resolved_text, AttributionRow.cue_text, AttributionRow.content_text,
                AttributionRow.content_start, AttributionRow.content_end)
         .outerjoin(_sources, SourceRow.id == AttributionRow.source_id)
         .where(AttributionRow.article_id.in_(bindparam("ids", expanding=True))))
    out: dict[int, dict[str, Any]] = {}
    for (att_id, auid, aid, sidx, version, act, source_id, kind, name, source_text, resolved, cue, content,
         cstart, cend) in session.execute(q, ids):
        if (aid, sidx) in keys and version == versions[aid]:
            out[att_id] = {"uid": auid, "article_id": aid, "sentence_idx": sidx, "act": act,
                           "source_id": source_id, "kind": kind, "name": name, "source_text": source_text,
                           "resolved": resolved, "cue": cue, "content": content, "content_start": cstart,
                           "content_end": cend, "via": []}
    if out:
        q = (select(ViaRow.attribution_id, ViaRow.text)
             .where(ViaRow.attribution_id.in_(bindparam("atts", expanding=True)))
             .order_by(ViaRow.attribution_id, ViaRow.position))
        for att_id, vtext in session.execute(q, {"atts": sorted(out)}):
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


def known_aliases(session: Connection, keys: Sequence[str]) -> set[str]:
    """Those of ``keys`` (word groups written as ``repo.norm_name`` writes them) that name a
    known actor: an alias of the actor table."""
    if not keys:
        return set()
    q = select(ActorAlias.norm).where(ActorAlias.norm.in_(bindparam("keys", expanding=True)))
    return set(session.execute(q, {"keys": list(keys)}).scalars())


def actor_keys(session: Connection, names: Iterable[str]) -> dict[str, str]:
    """name → the uid of the actor one of whose aliases it is (as the latest analysis resolved
    it), for the names that have one."""
    by_norm: dict[str, list[str]] = {}
    for n in names:
        if n:
            by_norm.setdefault(norm_name(n), []).append(n)
    if not by_norm:
        return {}
    q = (select(ActorAlias.norm, Actor.uid).join(_actors, Actor.id == ActorAlias.actor_id)
         .where(ActorAlias.norm.in_(bindparam("keys", expanding=True))))
    out = {}
    for norm, auid in session.execute(q, {"keys": sorted(by_norm)}):
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
