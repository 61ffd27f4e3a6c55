"""Exports, store side: the SQLite handover file and the data gathering for the stream formats.

``export_sqlite`` writes one clean SQLite file: on SQLite with ``VACUUM INTO``, on PostgreSQL by
migrating a new SQLite file and copying every table through SQLAlchemy. Into the copy go the
views for the research questions (``corroboration``, ``contradictions``,
``single_source_claims``, and ``cluster_mentions`` beneath them), optional FTS5 indexes
(``articles_fts``, ``claims_fts``), the ``_data_dictionary`` and ``_runs`` tables and a
run row of kind ``export``; a Datasette ``<stem>.metadata.json`` is written beside it. The file
is built under a temporary name and renamed at the end, so nothing is half-written.

``table_rows`` and ``export_data`` gather plain values for ``claimcheck.report.exports``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import sqlite3
import urllib.parse
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from claimcheck.errors import StoreError, UsageError
from claimcheck.store import dictionary

LATEST_RUN = "(SELECT max(id) FROM runs WHERE kind = 'xref' AND status = 'done')"
_VERDICT = "(SELECT v.{col} FROM verdicts v WHERE v.cluster_uid = c.uid ORDER BY v.id DESC LIMIT 1)"

VIEWS: dict[str, str] = {
    "_runs": f"""
SELECT r.id, r.kind, r.status, r.tool_version, r.extractor_version, r.settings, r.summary,
       r.started_at, r.finished_at, COALESCE(r.id = {LATEST_RUN}, 0) AS latest_analysis
FROM runs r ORDER BY r.id""",
    "cluster_mentions": f"""
SELECT c.uid AS cluster, c.status AS status, m.stance AS stance, m.origin_key AS origin,
       cl.id AS claim_id, cl.text AS claim, cl.polarity AS polarity, cl.modality AS modality,
       COALESCE(s.name, att.source_text) AS source, att.source_kind AS source_kind, att.source_id AS source_id,
       att.cue_text AS cue, att.act AS act, att.direct_quote AS direct_quote,
       (SELECT group_concat(v.text, ' / ') FROM attribution_via v WHERE v.attribution_id = att.id) AS via,
       substr(a.text, se.start + 1, sl."end" - se.start) AS sentence,
       a.id AS article_id, a.title AS article, a.outlet AS outlet, a.published AS published,
       a.url AS url, a.doc_key AS doc_key
FROM clusters c
JOIN cluster_members m ON m.cluster_id = c.id
JOIN claims cl ON cl.id = m.claim_id
JOIN articles a ON a.id = cl.article_id
LEFT JOIN attributions att ON att.id = cl.attribution_id
LEFT JOIN sources s ON s.id = att.source_id
LEFT JOIN sentences se ON se.article_id = cl.article_id AND se.idx = COALESCE(cl.passage_first, cl.sentence_idx)
LEFT JOIN sentences sl ON sl.article_id = cl.article_id AND sl.idx = COALESCE(cl.passage_last, cl.sentence_idx)
WHERE c.run_id = {LATEST_RUN}""",
    "corroboration": f"""
SELECT c.uid AS cluster, c.canonical AS claim, c.status AS status, c.credibility AS credibility,
       c.independent_origins AS independent_origins, c.n_articles AS articles, c.n_mentions AS mentions,
       c.n_denials AS denials, c.n_non_answers AS non_answers, c.source_kinds AS source_kinds,
       c.outlets AS outlets,
       (SELECT group_concat(o, ' | ') FROM (SELECT DISTINCT m.origin_key AS o FROM cluster_members m
         WHERE m.cluster_id = c.id AND m.stance = 'support' ORDER BY m.origin_key)) AS origins,
       c.first_seen AS first_seen, c.last_seen AS last_seen, c.credibility_reasons AS credibility_reasons,
       {_VERDICT.format(col="verdict")} AS verdict, {_VERDICT.format(col="reviewer")} AS reviewer,
       c.run_id AS run_id
FROM clusters c
WHERE c.run_id = {LATEST_RUN}
ORDER BY CASE c.status WHEN 'contradicted' THEN 0 WHEN 'corroborated' THEN 1 WHEN 'single_source' THEN 2
         ELSE 3 END, c.independent_origins DESC, c.n_mentions DESC, c.uid""",
    "contradictions": f"""
SELECT DISTINCT c.uid AS cluster, c.canonical AS claim, c.credibility AS credibility,
       p.source AS asserting_source, p.source_kind AS asserting_source_kind, p.act AS asserting_act,
       p.stance AS asserting_stance, p.sentence AS asserting_sentence, p.article AS asserting_article,
       p.outlet AS asserting_outlet, p.published AS asserting_published, p.article_id AS asserting_article_id,
       n.source AS denying_source, n.source_kind AS denying_source_kind, n.act AS denying_act,
       n.stance AS denying_stance, n.sentence AS denying_sentence, n.article AS denying_article,
       n.outlet AS denying_outlet, n.published AS denying_published, n.article_id AS denying_article_id,
       {_VERDICT.format(col="verdict")} AS verdict
FROM clusters c
JOIN cluster_mentions p ON p.cluster = c.uid AND p.stance = 'support'
JOIN cluster_mentions n ON n.cluster = c.uid AND n.stance IN ('deny', 'reverse')
WHERE c.run_id = {LATEST_RUN} AND c.status = 'contradicted'
ORDER BY c.uid, p.published, p.article_id, n.published, n.article_id""",
    "single_source_claims": f"""
SELECT DISTINCT c.uid AS cluster, c.canonical AS claim, c.credibility AS credibility, m.origin AS origin,
       m.source AS source, m.source_kind AS source_kind, m.cue AS cue, m.via AS via, m.sentence AS sentence,
       m.article AS article, m.outlet AS outlet, m.published AS published, m.article_id AS article_id,
       {_VERDICT.format(col="verdict")} AS verdict
FROM clusters c
JOIN cluster_mentions m ON m.cluster = c.uid
WHERE c.run_id = {LATEST_RUN} AND c.status = 'single_source'
ORDER BY c.uid, m.published, m.article_id""",
}

FTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "articles_fts": ("articles", ("title", "text")),
    "claims_fts": ("claims", ("text",)),
}
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"

# Example queries: shipped as Datasette canned queries and shown in docs/schema.md.
QUERIES: dict[str, tuple[str, str]] = {
    "contradicted_both_sides": (
        "Contradicted clusters with both sides",
        "SELECT cluster, claim, asserting_source, asserting_outlet, asserting_sentence,\n"
        "       denying_source, denying_outlet, denying_sentence, verdict\n"
        "FROM contradictions ORDER BY cluster"),
    "anonymous_only": (
        "Claims resting on anonymous sources only",
        "SELECT cluster, claim, status, credibility, independent_origins FROM corroboration\n"
        "WHERE cluster IN (SELECT cluster FROM cluster_mentions WHERE stance = 'support'\n"
        "                  GROUP BY cluster HAVING sum(source_kind = 'anonymous') = count(*))\n"
        "ORDER BY credibility, independent_origins DESC"),
    "sources_by_grade": (
        "Sources by reliability grade",
        "SELECT g.grade, s.name, s.kind, g.n_corroborated, g.n_contradicted, g.n_single, g.reasons\n"
        "FROM source_grades g JOIN sources s ON s.id = g.source_id\n"
        "WHERE g.run_id = (SELECT max(id) FROM runs WHERE kind = 'xref' AND status = 'done')\n"
        "ORDER BY g.grade, g.n_corroborated DESC, s.name"),
}

SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def metadata_path(out_path: str | os.PathLike[str]) -> Path:
    """Where the Datasette metadata for ``out_path`` goes: ``OUT.metadata.json`` beside it."""
    p = Path(out_path)
    return p.with_name(p.stem + ".metadata.json")


def export_sqlite(engine: Engine, out_path: str, fts: bool = True, overwrite: bool = False) -> dict[str, Any]:
    """Write the handover file and its Datasette metadata. Returns what was written:
    ``{"path", "metadata", "tables", "views", "fts", "articles", "clusters", "undocumented"}``."""
    out = Path(out_path)
    meta = metadata_path(out)
    if out.suffix.lower() not in SQLITE_SUFFIXES:
        raise UsageError(f"{out_path!r}: a SQLite export needs a file name ending in .db (or .sqlite)")
    if not out.parent.is_dir():
        raise UsageError(f"{out_path!r}: folder {str(out.parent)!r} does not exist")
    if out.is_dir():
        raise UsageError(f"{out_path!r}: is a folder")
    if not overwrite:
        for p in (out, meta):
            if p.exists():
                raise UsageError(f"{str(p)!r} already exists (use --overwrite to replace it)")
    if engine.dialect.name == "sqlite" and engine.url.database:
        try:
            if Path(engine.url.database).resolve() == out.resolve():
                raise UsageError(f"{out_path!r}: is the database being exported")
        except OSError:
            pass
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    _remove(tmp)
    try:
        if engine.dialect.name == "sqlite":
            _vacuum_into(engine, tmp)
            dialect = "sqlite"
        else:
            _copy_to_sqlite(engine, tmp)
            dialect = engine.dialect.name
        info = _finish(tmp, fts, dialect)
        os.replace(tmp, out)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write {str(out)!r}: {exc}") from None
    finally:
        _remove(tmp)
    text = json.dumps(datasette_metadata(out.stem, info, fts), indent=2, ensure_ascii=False) + "\n"
    tmp_meta = meta.with_name(f".{meta.name}.{os.getpid()}.tmp")
    tmp_meta.write_text(text, encoding="utf-8")
    os.replace(tmp_meta, meta)
    info.update(path=str(out), metadata=str(meta))
    return info


def _remove(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def _vacuum_into(engine: Engine, tmp: Path) -> None:
    from sqlalchemy.exc import OperationalError

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM INTO ?", (str(tmp),))
    except OperationalError as exc:
        raise StoreError(f"cannot copy the database into {str(tmp)!r}: {exc.orig}") from None


def _copy_to_sqlite(engine: Engine, tmp: Path) -> None:
    """PostgreSQL (or any non-SQLite store): migrate a new SQLite file to head, copy every table."""
    from sqlalchemy import create_engine, insert

    from claimcheck.store.migrate import upgrade
    from claimcheck.store.models import Base

    target = create_engine(f"sqlite:///{tmp}")
    try:
        upgrade(target)
        with engine.connect() as src, target.begin() as dst:
            for table in Base.metadata.sorted_tables:
                q = select(table).order_by(*table.primary_key.columns)
                result = src.execution_options(yield_per=5000).execute(q)
                for part in result.partitions():
                    dst.execute(insert(table), [dict(r._mapping) for r in part])
    finally:
        target.dispose()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%d %H:%M:%S.%f")


def _finish(path: Path, fts: bool, dialect: str) -> dict[str, Any]:
    """Add the extras to the copy at ``path``: export run, views, FTS, data dictionary."""
    from claimcheck import __version__
    from claimcheck.store import search
    from claimcheck.parse import extractor_version

    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("BEGIN")
        search.drop_index_sqlite(con)  # check's ingest-time index: the handover file has its own FTS
        n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_clusters = con.execute(f"SELECT count(*) FROM clusters WHERE run_id = {LATEST_RUN}").fetchone()[0]
        now = _now()
        con.execute("INSERT INTO runs (kind, tool_version, extractor_version, settings, started_at, finished_at,"
                    " status, summary) VALUES ('export', ?, ?, ?, ?, ?, 'done', ?)",
                    (__version__, extractor_version(), json.dumps({"format": "sqlite", "fts": fts,
                                                                    "source_dialect": dialect}, sort_keys=True),
                     now, now, json.dumps({"articles": n_articles, "clusters": n_clusters}, sort_keys=True)))
        for name, sql in VIEWS.items():
            # _runs is a table: the record of what produced this file, as it stood at export
            kind = "TABLE" if name == "_runs" else "VIEW"
            con.execute(f'CREATE {kind} "{name}" AS {sql.strip()}')
        if fts:
            _add_fts(con)
        undocumented = _add_dictionary(con)
        con.execute("COMMIT")
        objects = con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')"
                              " AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    finally:
        con.close()
    return {"tables": [n for t, n in objects if t == "table"], "views": [n for t, n in objects if t == "view"],
            "fts": fts, "articles": n_articles, "clusters": n_clusters, "undocumented": undocumented}


def _add_fts(con: sqlite3.Connection) -> None:
    try:
        con.execute("CREATE VIRTUAL TABLE temp._probe USING fts5(x)")
        con.execute("DROP TABLE temp._probe")
    except sqlite3.OperationalError:
        raise StoreError("this SQLite has no FTS5: export with --no-fts") from None
    for name, (content, cols) in FTS.items():
        # content="..." in double quotes is what Datasette's FTS detection looks for.
        con.execute(f'CREATE VIRTUAL TABLE "{name}" USING fts5({", ".join(cols)}, content="{content}", '
                    f'content_rowid="id", tokenize="{FTS_TOKENIZE}")')
        con.execute(f"INSERT INTO \"{name}\"(\"{name}\") VALUES ('rebuild')")


def _add_dictionary(con: sqlite3.Connection) -> list[str]:
    """Fill ``_data_dictionary`` from the file's own catalogue; returns what lacks a description."""
    con.execute('CREATE TABLE "_data_dictionary" ("table" TEXT NOT NULL, "column" TEXT NOT NULL, '
                '"type" TEXT, "description" TEXT NOT NULL, PRIMARY KEY ("table", "column"))')
    objects = con.execute("SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view')"
                          " AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    rows, missing = [], []
    for name, typ, sql in objects:
        kind = "virtual table" if (sql or "").upper().startswith("CREATE VIRTUAL") else typ
        desc = dictionary.describe(name)
        if desc is None:
            missing.append(name)
        rows.append((name, "", kind, desc or "undocumented"))
        for _cid, col, ctype, *_ in con.execute(f'PRAGMA table_info("{name}")').fetchall():
            cdesc = dictionary.describe(name, col)
            if cdesc is None:
                missing.append(f"{name}.{col}")
            rows.append((name, col, ctype or None, cdesc or "undocumented"))
    con.executemany('INSERT INTO "_data_dictionary" VALUES (?, ?, ?, ?)', rows)
    return missing


RESEARCH_VIEWS = ("corroboration", "contradictions", "single_source_claims")
# Datasette prints a view's column descriptions above its rows: kept in a short box that scrolls,
# so the rows stay on the first screen (an inline stylesheet: the handover needs no other file)
COLUMN_NOTES_CSS = "data:text/css," + urllib.parse.quote(
    "dl.column-descriptions{max-height:5.5em;overflow:auto;font-size:0.85em;border:1px solid #ddd;"
    "padding:0.3em 0.6em;margin:0.5em 0}dl.column-descriptions dt{font-weight:bold}", safe="")


def _start_here(db_name: str) -> str:
    """HTML for Datasette's home and database pages: the three research views, linked, first."""
    items = "".join(f'<li><a href="/{db_name}/{v}">{v}</a>: {html.escape(dictionary.describe(v) or "")}</li>'
                    for v in RESEARCH_VIEWS)
    return (f"<p><strong>Start here:</strong></p><ol>{items}</ol><p>Every table and column is described in "
            f'<a href="/{db_name}/_data_dictionary">_data_dictionary</a>.</p>')


def datasette_metadata(db_name: str, info: dict[str, Any], fts: bool) -> dict[str, Any]:
    """Datasette ``metadata.json`` for the handover file named ``db_name`` (its stem)."""
    tables: dict[str, Any] = {}
    for name in info["tables"] + info["views"]:
        desc = dictionary.describe(name)
        if desc is None:  # FTS shadow tables: Datasette hides them itself
            continue
        t: dict[str, Any] = {"description": desc}
        cols = dictionary.COLUMNS.get(name)
        if cols:
            t["columns"] = dict(cols)
        if name in dictionary.LABELS:
            t["label_column"] = dictionary.LABELS[name]
        if name in dictionary.FACETS:
            t["facets"] = list(dictionary.FACETS[name])
        if name == "alembic_version":
            t["hidden"] = True
        if fts and name in ("articles", "claims"):
            t["fts_table"] = f"{name}_fts"
            t["fts_pk"] = "id"
        tables[name] = t
    start = _start_here(db_name)
    return {
        "title": f"claimcheck: {db_name}",
        "description_html": ("<p>Claims found in news articles, cross-referenced: who says so, who else says so "
                             "independently, who denies it, and what rests on a single unnamed source.</p>" + start),
        "source": "claimcheck",
        "extra_css_urls": [COLUMN_NOTES_CSS],
        "databases": {db_name: {
            "description_html": (f"<p>{info['articles']} articles, {info['clusters']} clusters in the latest "
                                 "analysis.</p>" + start),
            "tables": tables,
            "queries": {k: {"title": title, "sql": sql} for k, (title, sql) in QUERIES.items()},
        }},
    }


# ---------------------------------------------------------------- data for the stream formats

def table_rows(session: Session, clusters: Collection[str] | None = None
               ) -> dict[str, tuple[list[str], Iterator[tuple[Any, ...]]]]:
    """Every table of the schema as ``{name: (columns, rows)}``; rows are read lazily, in key order,
    while the session stays open. ``clusters`` (uids), when given, keeps only those clusters in
    ``clusters``, ``cluster_members`` and ``verdicts`` (an export with ``report``'s filters)."""
    from claimcheck.store.models import Base, Cluster, ClusterMember, Verdict

    keep = None if clusters is None else sorted(set(clusters))

    def rows(table) -> Iterator[tuple[Any, ...]]:  # noqa: ANN001
        q = select(table).order_by(*table.primary_key.columns)
        if keep is not None and table is Cluster.__table__:
            q = q.where(table.c.uid.in_(keep))
        elif keep is not None and table is ClusterMember.__table__:
            q = q.where(table.c.cluster_id.in_(select(Cluster.id).where(Cluster.uid.in_(keep))))
        elif keep is not None and table is Verdict.__table__:
            q = q.where(table.c.cluster_uid.in_(keep))
        for part in session.execute(q, execution_options={"yield_per": 2000}).partitions():
            yield from (tuple(r) for r in part)

    return {t.name: ([c.name for c in t.columns], rows(t)) for t in sorted(Base.metadata.sorted_tables,
                                                                            key=lambda t: t.name)}


def article_refs(session: Session, uids: Collection[str]) -> dict[str, dict[str, Any]]:
    """``{uid: {"id", "ingest_id", "title", "outlet", "url", "published"}}`` for the article uids
    given: how a reader finds each article again (``ingest_id`` is the path or JSONL id it was
    ingested under; ``published`` ISO or None). Unknown uids are left out."""
    from claimcheck.store.models import Article

    wanted = sorted(set(uids))
    out: dict[str, dict[str, Any]] = {}
    cols = (Article.uid, Article.doc_key, Article.title, Article.outlet, Article.url, Article.published)
    for k in range(0, len(wanted), 5000):
        for uid, doc, title, outlet, url, pub in session.execute(select(*cols).where(Article.uid.in_(wanted[k:k + 5000]))):
            out[uid] = {"id": uid, "ingest_id": doc, "title": title, "outlet": outlet, "url": url,
                        "published": _iso(pub)}
    return out


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v


def export_data(session: Session, filters: dict[str, Any] | None = None) -> dict[str, Any]:
    """The latest analysis as plain dicts: ``{"run", "clusters", "articles", "sources", "tool_version",
    "exported_at"}``. Each cluster is a ``report`` row (with its verdict) plus ``mentions`` in the
    shape of ``show``, with uids for claims, attributions, sources and articles. ``filters`` are
    :func:`claimcheck.store.queries.report_rows` keywords (status, actor, since, until, outlet,
    min_origins); ``filters["clusters"]``, a list of cluster uids, keeps only those."""
    from claimcheck import __version__
    from claimcheck.store.repo import latest_run_id
    from claimcheck.store.models import (
        Article,
        AttributionRow,
        ClaimRow,
        Cluster,
        ClusterMember,
        Run,
        SourceGrade,
        SourceRow,
        ViaRow,
    )
    from claimcheck.store.queries import passage_on, passage_sentences, report_rows

    out: dict[str, Any] = {"tool_version": __version__,
                           "exported_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
                           "run": None, "clusters": [], "articles": {}, "sources": {}}
    run_id = latest_run_id(session)
    if run_id is None:
        return out
    run = session.get(Run, run_id)
    out["run"] = {"id": run.id, "kind": run.kind, "tool_version": run.tool_version,
                  "extractor_version": run.extractor_version, "settings": json.loads(run.settings or "{}"),
                  "started_at": _iso(run.started_at), "finished_at": _iso(run.finished_at), "status": run.status}
    filters = dict(filters or {})
    only = filters.pop("clusters", None)
    clusters = [r.to_json() for r in report_rows(session, **filters)]
    if only is not None:
        clusters = [c for c in clusters if c["cluster"] in set(only)]
    ids = dict(session.execute(select(Cluster.id, Cluster.uid).where(Cluster.run_id == run_id)).all())
    grades = dict(session.execute(select(SourceGrade.source_id, SourceGrade.grade)
                                  .where(SourceGrade.run_id == run_id)).all())
    first, last = passage_sentences()
    sentence = func.substr(Article.text, first.start + 1, last.end - first.start)
    q = (select(ClusterMember.cluster_id, ClusterMember.stance, ClusterMember.origin_key, ClaimRow, Article.id,
                AttributionRow, SourceRow, first.start, last.end, sentence)
         .join(Cluster, Cluster.id == ClusterMember.cluster_id)
         .join(ClaimRow, ClaimRow.id == ClusterMember.claim_id)
         .join(Article, Article.id == ClaimRow.article_id)
         .outerjoin(AttributionRow, AttributionRow.id == ClaimRow.attribution_id)
         .outerjoin(SourceRow, SourceRow.id == AttributionRow.source_id)
         .outerjoin(first, passage_on(first, "first")).outerjoin(last, passage_on(last, "last"))
         .where(Cluster.run_id == run_id))
    via: dict[int, list[dict[str, Any]]] = {}
    for v in session.execute(
            select(ViaRow).join(AttributionRow, AttributionRow.id == ViaRow.attribution_id)
            .join(ClaimRow, ClaimRow.attribution_id == AttributionRow.id)
            .join(ClusterMember, ClusterMember.claim_id == ClaimRow.id)
            .join(Cluster, Cluster.id == ClusterMember.cluster_id)
            .where(Cluster.run_id == run_id).distinct().order_by(ViaRow.attribution_id, ViaRow.position)).scalars():
        via.setdefault(v.attribution_id, []).append({"text": v.text, "start": v.start, "end": v.end})
    by_cluster: dict[int, list[dict[str, Any]]] = {}
    article_ids: set[int] = set()
    for cid, stance, origin, claim, art_id, att, src, s0, s1, sent in session.execute(q).all():
        article_ids.add(art_id)
        if src is not None and src.uid not in out["sources"]:
            out["sources"][src.uid] = {"id": src.uid, "name": src.name, "kind": src.kind, "type": src.type,
                                       "grade": grades.get(src.id, "F")}
        if s0 is None:
            s0, s1, sent = claim.start, claim.end, claim.text
        by_cluster.setdefault(cid, []).append({
            "stance": stance, "origin": origin,
            "claim": {"id": claim.uid, "text": claim.text, "start": claim.start, "end": claim.end,
                      "polarity": claim.polarity, "modality": claim.modality, "refers_to": claim.refers_to,
                      "action": claim.action},
            "sentence": {"text": sent, "start": s0, "end": s1},
            "attribution": None if att is None else {
                "id": att.uid,
                "source": None if att.source_text is None else {
                    "id": src.uid if src is not None else None, "name": src.name if src is not None else None,
                    "text": att.source_text, "start": att.source_start, "end": att.source_end,
                    "kind": att.source_kind, "type": att.source_type, "resolved": att.resolved_text,
                    "descriptor": att.descriptor},
                "cue": {"text": att.cue_text, "start": att.cue_start, "end": att.cue_end, "act": att.act},
                "direct_quote": bool(att.direct_quote), "via": via.get(att.id, [])},
            "article_id": art_id,
        })
    arts: dict[int, dict[str, Any]] = {}
    cols = (Article.id, Article.uid, Article.title, Article.outlet, Article.byline, Article.doc_key, Article.url,
            Article.published, Article.language, Article.content_hash)
    wanted = sorted(article_ids)
    for k in range(0, len(wanted), 5000):
        for aid, uid_, title, outlet, byline, doc, url, pub, lang, h in session.execute(
                select(*cols).where(Article.id.in_(wanted[k:k + 5000]))):
            arts[aid] = {"id": uid_, "title": title, "outlet": outlet, "byline": byline, "doc": doc,
                         "ingest_id": doc, "url": url,
                         "published": _iso(pub), "language": lang, "content_hash": h}
    out["articles"] = {v["id"]: v for v in arts.values()}
    uid_of = {v: k for k, v in ids.items()}
    for c in clusters:
        ms = by_cluster.get(uid_of.get(c["cluster"], -1), [])
        for m in ms:
            m["article"] = arts[m.pop("article_id")]
        ms.sort(key=lambda m: (m["article"]["published"] or "9999", m["article"]["id"], m["claim"]["start"]))
        c["mentions"] = ms
    out["clusters"] = clusters
    return out
