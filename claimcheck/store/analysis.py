"""Reading claims for cross-referencing and writing its results (one run, one transaction)."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import and_, case, func, insert, select
from sqlalchemy.orm import Session

from claimcheck.model import ArticleText, ClaimRecord
from claimcheck.store.models import (
    Article,
    AttributionRow,
    ClaimRow,
    Cluster,
    ClusterMember,
    SentenceRow,
    SourceGrade,
    SourceRow,
    ViaRow,
)
from claimcheck.store.repo import latest_run_id


def latest_versions(session: Session) -> dict[int, str]:
    """For each current article, the newest extractor version it was parsed with."""
    rows = session.execute(
        select(ClaimRow.article_id, ClaimRow.extractor_version, func.max(ClaimRow.id))
        .join(Article, Article.id == ClaimRow.article_id).where(Article.is_current.is_(True))
        .group_by(ClaimRow.article_id, ClaimRow.extractor_version)).all()
    best: dict[int, tuple[int, str]] = {}
    for aid, ver, mx in rows:
        if aid not in best or mx > best[aid][0]:
            best[aid] = (mx, ver)
    return {aid: ver for aid, (_, ver) in best.items()}


def load_claim_records(session: Session) -> list[ClaimRecord]:
    """Every current claim (the latest extractor version of each current article) as a
    :class:`ClaimRecord`, read from one streamed query: equal strings that recur across claims
    (outlets, article uids, source names, actors, kinds, the sentence of several claims) are
    one object each, and no row is held after its record is made (memory: 100,000 articles
    have about a million claims)."""
    versions = latest_versions(session)
    if not versions:
        return []
    q = (select(ClaimRow.id, ClaimRow.uid, ClaimRow.article_id, Article.uid, Article.outlet, Article.published,
                ClaimRow.text, func.substr(Article.text, SentenceRow.start + 1, SentenceRow.end - SentenceRow.start),
                SentenceRow.start, SentenceRow.end, ClaimRow.actors, ClaimRow.action,
                ClaimRow.polarity, ClaimRow.modality, ClaimRow.refers_to, ClaimRow.extractor_version,
                ClaimRow.attribution_id, ClaimRow.reverses_idx, ClaimRow.idx,
                AttributionRow.act, AttributionRow.source_id, AttributionRow.source_kind, SourceRow.name,
                AttributionRow.source_type, Article.language, ClaimRow.predicate, ClaimRow.predicate_lemma,
                ClaimRow.place, AttributionRow.source_text, ClaimRow.refers_to_raw)
         .join(Article, Article.id == ClaimRow.article_id)
         .outerjoin(SentenceRow, and_(SentenceRow.article_id == ClaimRow.article_id,
                                      SentenceRow.idx == ClaimRow.sentence_idx))
         .outerjoin(AttributionRow, AttributionRow.id == ClaimRow.attribution_id)
         .outerjoin(SourceRow, SourceRow.id == AttributionRow.source_id)
         .where(Article.is_current.is_(True)).order_by(ClaimRow.article_id, ClaimRow.id))
    via: dict[int, list[str]] = {}
    for att_id, text in session.execute(select(ViaRow.attribution_id, ViaRow.text).order_by(
            ViaRow.attribution_id, ViaRow.position)):
        via.setdefault(att_id, []).append(text)
    from claimcheck.store.repo import outlet_source_uid

    outlet_ids = dict(session.execute(select(SourceRow.uid, SourceRow.id).where(SourceRow.type == "outlet")).all())
    # the claims a reversing claim points to, by (article, index): asked first, so that no
    # lookup of every claim is kept (a reversal is rare)
    wanted = {(aid, rev) for aid, rev, ver in session.execute(
        select(ClaimRow.article_id, ClaimRow.reverses_idx, ClaimRow.extractor_version)
        .where(ClaimRow.reverses_idx.is_not(None))) if versions.get(aid) == ver}
    share: dict[object, object] = {}  # one object per distinct recurring value
    one = share.setdefault
    sentences: dict[int, str] = {}  # sentence start → its text, shared by its claims (one article at a time)
    outlet_id: dict[str, int | None] = {}
    article = None
    by_idx: dict[tuple[int, int], int] = {}
    pending: list[tuple[int, tuple[int, int]]] = []
    out: list[ClaimRecord] = []
    for r in session.connection().execution_options(yield_per=2000).execute(q):
        if versions.get(r[2]) != r[15]:
            continue
        if r[2] != article:
            article = r[2]
            sentences.clear()
        if r[7] is not None:  # the sentence, sliced in SQL (not the whole text)
            sent = sentences.get(r[8])
            if sent is None:
                sent = sentences[r[8]] = r[7]
        else:
            sent = r[6]
        if (r[2], r[18]) in wanted:
            by_idx[(r[2], r[18])] = r[0]
        if r[17] is not None:
            pending.append((len(out), (r[2], r[17])))
        outlet = one(r[4], r[4])
        if outlet and outlet not in outlet_id:
            outlet_id[outlet] = outlet_ids.get(outlet_source_uid(outlet))
        out.append(ClaimRecord(
            claim_id=r[0], claim_uid=r[1], article_id=r[2], article_uid=one(r[3], r[3]), outlet=outlet,
            published=one(r[5], r[5]), text=r[6], sentence_text=sent,
            actors=tuple(one(a, a) for a in json.loads(r[10] or "[]")), action=one(r[11], r[11]),
            polarity=one(r[12], r[12]), modality=one(r[13], r[13]), refers_to=one(r[14], r[14]), act=one(r[19], r[19]),
            source_id=r[20], source_kind=one(r[21], r[21]), source_name=one(r[22], r[22]),
            via=tuple(one(v, v) for v in via.get(r[16], ())) if r[16] else (),
            outlet_source_id=outlet_id[outlet] if outlet else None,
            source_type=one(r[23], r[23]), language=one(r[24], r[24]), predicate=one(r[25], r[25]),
            predicate_lemma=one(r[26], r[26]), place=one(r[27], r[27]),
            source_span=one(r[28], r[28]), refers_to_raw=one(r[29], r[29])))  # who speaks for a party (xref.grade.speaks_for)
    for k, key in pending:
        if key in by_idx:
            out[k] = replace(out[k], reverses_claim_id=by_idx[key])
    return out


def load_named_speakers(session: Session) -> set[str]:
    """The names of the named sources of every current attribution (latest extractor version
    of each article), whether or not its content became a claim: a speaker is an actor even
    when what they said is too short to be a claim ("Kyiv says deliveries continue")."""
    versions = latest_versions(session)
    if not versions:
        return set()
    q = (select(AttributionRow.article_id, AttributionRow.extractor_version, SourceRow.name)
         .join(SourceRow, SourceRow.id == AttributionRow.source_id)
         .join(Article, Article.id == AttributionRow.article_id)
         .where(Article.is_current.is_(True), AttributionRow.source_kind == "named"))
    return {name for aid, ver, name in session.execute(q) if name and versions.get(aid) == ver}


def load_article_texts(session: Session, head: int = 400, tail: int = 400) -> list[ArticleText]:
    """Of each current article: its first ``head`` and last ``tail`` characters (sliced in SQL)
    and its body sentences (not boilerplate), for wire credits and near-identical passages."""
    sents: dict[int, list[str]] = {}
    q = (select(SentenceRow.article_id, func.substr(Article.text, SentenceRow.start + 1, SentenceRow.end - SentenceRow.start))
         .join(Article, Article.id == SentenceRow.article_id)
         .where(Article.is_current.is_(True), SentenceRow.boilerplate.is_(False))
         .order_by(SentenceRow.article_id, SentenceRow.idx))
    for aid, text in session.execute(q):
        sents.setdefault(aid, []).append(text)
    n = func.length(Article.text)
    q2 = (select(Article.id, Article.uid, Article.outlet, Article.published, func.substr(Article.text, 1, head),
                 func.substr(Article.text, case((n > tail, n - tail + 1), else_=1)))
          .where(Article.is_current.is_(True)).order_by(Article.id))
    return [ArticleText(aid, uid_, outlet, pub, h or "", t or "", tuple(sents.get(aid, ())))
            for aid, uid_, outlet, pub, h, t in session.execute(q2)]


def write_analysis(session: Session, run_id: int, analysis, chunk: int = 5_000) -> None:  # noqa: ANN001
    """Store one analysis run's clusters, members and source grades (bulk inserts, ``chunk``
    clusters at a time: the rows to insert are never all built at once). List and mapping
    values go into JSON text columns; how a report shows a cluster is decided when it is read
    (``store.queries.report_row``), not here."""
    def js(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    # Core statements (the ORM's bulk path costs more than the inserts); members and grades,
    # plain ints and strings, through the driver's executemany on SQLite (``repo._bulk``); on
    # PostgreSQL through psycopg, clusters, members and grades by COPY (``store.pg_bulk``)
    from claimcheck.store import direct
    from claimcheck.store.queries import OTHER_STATUS, STATUS_ORDER
    from claimcheck.store.repo import _bulk

    conn = session.connection()
    clusters = analysis.clusters
    for k in range(0, len(clusters), chunk):
        part = clusters[k:k + chunk]
        rows = [dict(uid=c.uid, run_id=run_id, canonical=c.canonical, action=c.action, actors=js(list(c.actors)),
                     status=c.status, credibility=c.credibility, credibility_reasons=js(list(c.reasons)),
                     reason_codes=js(list(c.reason_codes)),
                     independent_origins=c.independent_origins, n_articles=c.n_articles, n_mentions=len(c.members),
                     n_denials=c.n_denials, n_non_answers=c.n_non_answers, source_kinds=js(dict(c.kinds)),
                     sources=js([list(x) for x in c.sources]), outlets=js(list(c.outlets)),
                     article_uids=js(list(c.article_uids)), first_seen=c.first_seen, last_seen=c.last_seen,
                     story=c.story, status_rank=STATUS_ORDER.get(c.status, OTHER_STATUS))
                for c in part]
        fast = direct.statements(conn) if conn.dialect.name == "postgresql" else None
        if fast is not None:  # psycopg: one COPY (store.pg_bulk); the ids are read back by uid below
            fast.copy(Cluster.__table__, rows)
        else:
            conn.execute(insert(Cluster.__table__), rows)
        del rows
        ids = dict(conn.execute(select(Cluster.uid, Cluster.id).where(
            Cluster.run_id == run_id, Cluster.uid.in_([c.uid for c in part]))).all())
        members = [dict(cluster_id=ids[c.uid], claim_id=cid, stance=st, origin_key=org, origin_label=label,
                        origin_reason=reason or None, similarity=1.0)
                   for c in part for cid, st, org, label, reason in c.members]
        if members:
            _bulk(conn, ClusterMember.__table__, members)
    grades = [dict(run_id=run_id, source_id=sid, grade=g, reasons=json.dumps(reasons, ensure_ascii=False), n_corroborated=n[0],
                   n_contradicted=n[1], n_single=n[2]) for sid, (g, reasons, n) in sorted(analysis.source_grades.items())]
    if grades:
        _bulk(conn, SourceGrade.__table__, grades)


def input_fingerprint(session: Session) -> list[int]:
    """What an analysis reads, in four numbers: the current articles (how many, the sum of
    their ids) and the claims (how many, the highest id).  Any article stored, replaced or
    re-parsed changes it; read in the analysis' own snapshot and kept with its run."""
    n_art, sum_art = session.execute(select(func.count(Article.id), func.coalesce(func.sum(Article.id), 0))
                                     .where(Article.is_current.is_(True))).one()
    n_claims = session.execute(select(func.count()).select_from(ClaimRow)).scalar()  # count(*): the b-tree's size
    max_claim = session.execute(select(func.coalesce(func.max(ClaimRow.id), 0))).scalar()
    return [int(n_art), int(sum_art), int(n_claims), int(max_claim)]


def analysis_stale(session: Session) -> bool:
    """True when the store holds articles or parses the last finished analysis did not read:
    its input fingerprint (:func:`input_fingerprint`, kept in its run's summary) differs from
    the store's now.  This holds whatever the order of concurrent writers' commits (an article
    committed after a newer analysis had read the store, by an ingest killed before its own
    analysis, say).  A run recorded without a fingerprint (older versions) is compared by run
    ids: articles stored by an ingest run newer than the analysis."""
    from claimcheck.store.models import Run

    last = latest_run_id(session)
    if last is None:
        return session.execute(select(Article.id).limit(1)).first() is not None
    summary = session.execute(select(Run.summary).where(Run.id == last)).scalar()
    try:
        seen = json.loads(summary or "{}").get("input")
    except ValueError:
        seen = None
    if isinstance(seen, list):
        return seen != input_fingerprint(session)
    newest = session.execute(select(func.max(Article.run_id))).scalar()
    return newest is not None and newest > last


# The key of PostgreSQL's transaction-level advisory lock that serialises analysis writes
# (any 64-bit number no other lock of this database uses: "claimchk" read as an integer).
ANALYSIS_LOCK_KEY = int.from_bytes(b"claimchk", "big") - 2**63


def lock_for_replace(session: Session, run_id: int) -> bool:
    """Take the analysis write lock for the rest of this transaction (``session`` must not have
    read anything yet), then say whether analysis ``run_id`` may replace the current one: False
    when a newer analysis (a higher run id) has finished meanwhile, which then stays.

    One analysis writes at a time: on PostgreSQL a transaction-level advisory lock (released at
    commit or rollback, and when a killed client's connection drops), on SQLite the database's
    write lock (an update of the run's own row).  Readers see either the old analysis or the new
    one, never both or none: the new one's clusters, grades and actors are written, and the older
    ones pruned, in this one transaction; read commands read in one snapshot
    (``store.session.read_scope``)."""
    from sqlalchemy import text, update

    from claimcheck.store.models import Run

    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ANALYSIS_LOCK_KEY})
    else:  # the first write of the transaction takes SQLite's write lock (waiting up to the busy timeout)
        conn.execute(update(Run).where(Run.id == run_id).values(status="running"))
    newest = latest_run_id(session)
    return newest is None or newest < run_id


def prune_runs(session: Session, run_id: int) -> None:
    """Drop cluster rows of analysis runs older than ``run_id`` (the run rows stay as history).
    Only older ones: an analysis running at the same time in another process keeps its rows."""
    from sqlalchemy import delete

    session.execute(delete(Cluster).where(Cluster.run_id < run_id))
    session.execute(delete(SourceGrade).where(SourceGrade.run_id < run_id))


def actor_decisions(session: Session) -> list[tuple[str, str, str]]:
    from claimcheck.store.models import ActorDecision

    return [(r.action, r.a, r.b) for r in session.execute(
        select(ActorDecision).order_by(ActorDecision.id)).scalars()]


def add_actor_decision(session: Session, action: str, a: str, b: str, who: str, note: str | None) -> None:
    from claimcheck.store.models import ActorDecision

    session.add(ActorDecision(action=action, a=a, b=b, decided_by=who, note=note))


def write_actors(session: Session, index) -> None:  # noqa: ANN001
    """Bring the actor tables to this analysis' actors and link sources to them, changing only
    what differs: actors are kept by uid (a stable id across analyses), new ones inserted ON
    CONFLICT DO NOTHING and read back, changed ones updated, gone ones deleted; aliases
    likewise by their normalised form; a source's ``actor_id`` is updated only when its actor
    changed.  Updates go in id order (a concurrent ingest renaming sources waits, never
    deadlocks).  Called under :func:`lock_for_replace`."""
    from sqlalchemy import bindparam, delete

    from claimcheck.store.models import Actor, ActorAlias
    from claimcheck.store.repo import insert_missing, norm_name, uid

    conn = session.connection()
    dialect = conn.dialect.name
    at, al, st = Actor.__table__, ActorAlias.__table__, SourceRow.__table__
    actors = index.actors()
    want = {uid("p", a.key): a for a in actors}
    have = {r.uid: r for r in conn.execute(select(at.c.id, at.c.uid, at.c.name, at.c.type, at.c.origin))}
    new = [dict(uid=u, name=a.name, type=a.type, origin=a.origin) for u, a in sorted(want.items()) if u not in have]
    if new:
        conn.execute(insert_missing(dialect, at, "uid"), new)
    changed = sorted((r.id, want[u]) for u, r in have.items()
                     if u in want and (r.name, r.type, r.origin) != (want[u].name, want[u].type, want[u].origin))
    if changed:
        conn.execute(at.update().where(at.c.id == bindparam("i")).values(
            name=bindparam("n"), type=bindparam("t"), origin=bindparam("o")),
            [{"i": i, "n": a.name, "t": a.type, "o": a.origin} for i, a in changed])
    by_uid = dict(conn.execute(select(at.c.uid, at.c.id)).all())
    ids = {a.key: by_uid[u] for u, a in want.items()}

    aliases: dict[str, tuple[int, str, str]] = {}  # norm -> (actor id, alias, origin); first actor keeps it
    for a in actors:
        for alias in a.aliases:
            n = norm_name(alias)[:200]
            if n and n not in aliases:
                aliases[n] = (ids[a.key], alias, a.origin)
    old = {r.norm: r for r in conn.execute(select(al.c.id, al.c.norm, al.c.actor_id, al.c.alias, al.c.origin))}
    gone = sorted(r.id for n, r in old.items() if n not in aliases)
    if gone:
        conn.execute(delete(al).where(al.c.id.in_(gone)))
    moved = sorted((old[n].id, v) for n, v in aliases.items()
                   if n in old and (old[n].actor_id, old[n].alias, old[n].origin) != v)
    if moved:
        conn.execute(al.update().where(al.c.id == bindparam("i")).values(
            actor_id=bindparam("a"), alias=bindparam("n"), origin=bindparam("o")),
            [{"i": i, "a": a, "n": name, "o": o} for i, (a, name, o) in moved])
    fresh = [dict(actor_id=a, alias=name, norm=n, origin=o) for n, (a, name, o) in sorted(aliases.items())
             if n not in old]
    if fresh:
        conn.execute(insert_missing(dialect, al, "norm"), fresh)

    links = sorted((sid, ids.get(index.key(name)) if name else None, cur)
                   for sid, name, cur in conn.execute(select(st.c.id, st.c.name, st.c.actor_id)))
    relink = [{"sid": sid, "aid": aid} for sid, aid, cur in links if aid != cur]
    if relink:
        conn.execute(st.update().where(st.c.id == bindparam("sid")).values(actor_id=bindparam("aid")), relink)
    dead = sorted(r.id for u, r in have.items() if u not in want)
    if dead:  # aliases of a gone actor were deleted or moved above, its sources relinked
        conn.execute(delete(at).where(at.c.id.in_(dead)))
