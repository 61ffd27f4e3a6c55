"""Cross-referencing the store (``xref``) and the actor merge/split decisions that steer it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from claimcheck import __version__
from claimcheck.api.database import open_store
from claimcheck.errors import ClaimcheckError, NotFoundError


@dataclass
class XrefSummary:
    run_id: int
    claims: int
    clusters: int
    by_status: dict[str, int]


def analyse_store(engine, progress: Callable[[str], None] | None = None,  # noqa: ANN001
                  workers: int = 1) -> XrefSummary:
    """Cross-reference every current claim in the store as one recorded, deterministic run.
    With ``workers`` > 1 the copies among the articles' texts (``xref.origins.copy_roots``,
    which needs no actor) are found in another process while this one builds the actor index:
    the same result, sooner on two cores."""
    from claimcheck.parse import extractor_version
    from claimcheck.store import analysis as store_analysis
    from claimcheck.store import repo
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store.session import read_scope, session_scope
    from claimcheck.xref.analyse import analyse, article_publishers

    lexicons = load_lexicons()  # once, passed down to the resolver and the clustering
    with session_scope(engine) as s:
        run_id = repo.start_run(s, "xref", __version__, extractor_version(lexicons), {})
    try:
        with read_scope(engine) as s:  # claims, texts and decisions of one state of the store
            claims = store_analysis.load_claim_records(s)
            articles = store_analysis.load_article_texts(s)
            decisions = store_analysis.actor_decisions(s)
            speakers = store_analysis.load_named_speakers(s)
            seen = store_analysis.input_fingerprint(s)  # what this analysis read (analysis_stale)
        roots = _copies_aside(articles) if workers > 1 and len(articles) >= COPIES_ASIDE_MIN else None
        try:
            index = _actor_index(claims, decisions, lexicons, speakers)
            pubs = article_publishers(articles, index, lexicons, roots.get() if roots is not None else None)
        finally:
            if roots is not None:
                roots.cancel()
        del articles  # the bodies' sentences are read for copies only: freed before clustering
        result = analyse(claims, index, lexicons, publishers_of=pubs)
        by_status: dict[str, int] = {}
        for c in result.clusters:
            by_status[c.status] = by_status.get(c.status, 0) + 1
        summary = XrefSummary(run_id, len(claims), len(result.clusters), by_status)
        with session_scope(engine) as s:  # one transaction: readers see the old analysis or this one
            if not store_analysis.lock_for_replace(s, run_id):  # a newer one finished meanwhile: it stays
                repo.finish_run(s, run_id, "superseded", {"claims": len(claims), "clusters": len(result.clusters)})
                return summary
            store_analysis.write_analysis(s, run_id, result)
            store_analysis.write_actors(s, index)
            store_analysis.prune_runs(s, run_id)
            repo.finish_run(s, run_id, "done", {"claims": len(claims), "clusters": len(result.clusters),
                                                "by_status": by_status, "input": seen, **result.settings})
    except BaseException:
        with session_scope(engine) as s:
            repo.finish_run(s, run_id, "failed", {})
        raise
    return summary


# below this many articles, starting a process costs more than finding the copies
COPIES_ASIDE_MIN = 200


def _copies_aside(articles):  # noqa: ANN001, ANN202
    """``copy_roots`` of ``articles`` in article id order (as ``xref.origins.publishers`` draws
    them), started in another process (:class:`claimcheck.ingest.work.Aside`)."""
    from claimcheck.ingest.work import Aside
    from claimcheck.xref.origins import copy_roots

    return Aside(copy_roots, sorted(articles, key=lambda a: a.article_id))


def _actor_index(claims, decisions, lexicons=None, speakers=frozenset()):  # noqa: ANN001, ANN202
    """The actor index over every name the claims carry, plus the named speakers whose words
    did not become a claim (``speakers``)."""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.xref.index import build_actor_index

    subjects = {n for c in claims for n in (*c.via, c.outlet, c.source_name if c.source_kind == "named" else None) if n}
    subjects.update(speakers)
    literals = {n for c in claims for n in c.actors}
    return build_actor_index(subjects, literals, decisions,
                             lexicons=lexicons if lexicons is not None else load_lexicons(),
                             texts={c.sentence_text for c in claims})


def xref(db: str | None) -> XrefSummary:
    return analyse_store(open_store(db, create=False))


def actors(db: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Actors with aliases, and the proposed (unapplied) merges of the current analysis."""
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import read_scope
    engine = open_store(db, create=False)
    with read_scope(engine) as s:
        claims = sa.load_claim_records(s)
        decisions = sa.actor_decisions(s)
        speakers = sa.load_named_speakers(s)
    engine.dispose()
    index = _actor_index(claims, decisions, speakers=speakers)
    props = index.proposals_json()
    acts = []
    for a in index.actors():
        mine = [{"with": index.name(p["b_id"] if p["a_id"] == a.key else p["a_id"]),
                 "alias": p["a"] if p["a_id"] == a.key else p["b"],
                 "other_alias": p["b"] if p["a_id"] == a.key else p["a"],
                 "score": p["score"], "reason": p["reason"]}
                for p in props if a.key in (p["a_id"], p["b_id"])]
        acts.append({"name": a.name, "aliases": sorted(a.aliases), "type": a.type, "id": a.key,
                     "origin": a.origin, "proposed_merges": mine})
    return acts, props


def actor_decision(db: str | None, action: str, a: str, b: str, who: str, note: str | None) -> str:
    from claimcheck.store import analysis as sa
    from claimcheck.store.session import session_scope

    if a.strip().lower() == b.strip().lower():
        raise ClaimcheckError(f"{action}: {a!r} and {b!r} are the same name")
    engine = open_store(db, create=False)
    with session_scope(engine) as s:
        unknown = _unknown_actor_names(s, (a, b))
        if unknown:
            engine.dispose()
            raise NotFoundError(f"{action}: no actor is named {unknown[0]!r} (see `claimcheck actors`)")
        sa.add_actor_decision(s, action, a, b, who, note)
    summary = analyse_store(engine)
    engine.dispose()
    return f"{action} {a!r} / {b!r} recorded by {who}; re-analysed: {summary.clusters} clusters"


def _unknown_actor_names(session: Any, names: tuple[str, ...]) -> list[str]:
    """The ``names`` that match no actor, alias or source the way the resolver compares them
    (its comparison key: case, titles and spelling variants aside)."""
    from claimcheck.lexicons import load_lexicons
    from claimcheck.store import repo
    from claimcheck.xref.actors import ActorResolver

    resolver = ActorResolver(lexicons=load_lexicons())
    known = {resolver._key(n) for n in repo.actor_names(session)}
    return [n for n in names if resolver._key(n) not in known]


def actor_decisions(db: str | None) -> list[dict[str, Any]]:
    """Every merge/split decision, oldest first: ``{"id", "action", "a", "b", "decided_by",
    "decided_at", "note"}``.  Raises StoreError for a missing database."""
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    engine = open_store(db, create=False)
    try:
        with session_scope(engine) as s:
            return repo.actor_decision_rows(s)
    finally:
        engine.dispose()


def undo_actor_decision(db: str | None, decision_id: int) -> str:
    """Remove merge/split decision ``decision_id`` and re-analyse; a one-line summary.  Raises
    NotFoundError when there is no such decision."""
    from claimcheck.store import repo
    from claimcheck.store.session import session_scope

    engine = open_store(db, create=False)
    try:
        with session_scope(engine) as s:
            row = repo.delete_actor_decision(s, decision_id)
        if row is None:
            raise NotFoundError(f"actors decisions: no decision {decision_id} (see `claimcheck actors decisions`)")
        summary = analyse_store(engine)
    finally:
        engine.dispose()
    return (f"undid decision {decision_id} ({row['action']} {row['a']!r} / {row['b']!r}); "
            f"re-analysed: {summary.clusters} clusters")
