"""Cross-referencing of all claims: clusters, their statuses and grades, and source grades.

Pure: claim records in, an :class:`Analysis` out; deterministic (the same input gives the same
clusters, statuses and uids, whatever the order of the input).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from claimcheck.lexicons import Lexicons
from claimcheck.model import ClaimRecord
from claimcheck.xref.cluster import cluster_claims, thresholds
from claimcheck.xref.grade import ClusterResult, assess, source_reliability
from claimcheck.xref.index import ActorIndex


@dataclass(frozen=True, slots=True)
class ClusterOut:
    uid: str
    canonical: str
    action: str | None
    actors: tuple[str, ...]
    status: str
    credibility: int
    reasons: tuple[str, ...]
    independent_origins: int
    n_articles: int
    first_seen: object
    last_seen: object
    members: tuple[tuple[int, str, str], ...]  # (claim_id, stance, origin)
    sources: tuple[tuple[str, str, str], ...]  # (name, kind, stance), distinct, in order
    outlets: tuple[str, ...]
    kinds: tuple[tuple[str, int], ...]  # mentions per source kind (+ "unattributed")
    n_denials: int
    n_non_answers: int
    article_uids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    clusters: tuple[ClusterOut, ...]
    source_grades: dict[int, tuple[str, list[str], tuple[int, int, int]]]
    settings: dict


def _canonical(claims: Sequence[ClaimRecord], r: ClusterResult) -> str:
    cands = [claims[i] for i, s in zip(r.members, r.stances) if s == "support"] or [claims[i] for i in r.members]
    named_first = sorted(cands, key=lambda c: (c.act is None, abs(len(c.text.split()) - 14), c.claim_uid))
    text = " ".join(named_first[0].text.split())
    return text if len(text) <= 240 else text[:237] + "..."


def analyse(claims: Sequence[ClaimRecord], index: ActorIndex, lexicons: Lexicons) -> Analysis:
    """Clusters of the claims that state the same thing, each assessed (origins, stances,
    wire copies), with the thresholds of ``lexicons``."""
    claims = sorted(claims, key=lambda c: c.claim_uid)
    th = thresholds(lexicons)
    actor_key = index.key
    actor_name = index.name
    groups = cluster_claims(claims, index.claim_keys, lexicons)
    out: list[ClusterOut] = []
    per_source: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    for g in groups:
        r = assess(claims, g, actor_key, th.wire_copy)
        cs = [claims[i] for i in g]
        dates = sorted(c.published for c in cs if c.published)
        keys = []
        for c in cs:
            for a in c.actors:
                for k in index.claim_keys(a):
                    if k not in keys:
                        keys.append(k)
        actors = tuple(actor_name(k) for k in keys[:8])
        actions = [c.action for c in cs if c.action]
        action = max(sorted(set(actions)), key=actions.count) if actions else None
        uid = "k" + hashlib.sha256(cs[0].claim_uid.encode()).hexdigest()[:20]
        out.append(ClusterOut(
            uid=uid, canonical=_canonical(claims, r), action=action, actors=actors, status=r.status,
            credibility=r.credibility, reasons=tuple(r.reasons),
            independent_origins=len(r.support_origins), n_articles=len({c.article_id for c in cs}),
            first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
            members=tuple((c.claim_id, s, o) for c, s, o in zip(cs, r.stances, r.origins)),
            sources=tuple(dict.fromkeys((c.source_name or "(no source)", c.source_kind or "sources_said", s)
                                        for c, s in zip(cs, r.stances) if c.act is not None)),
            outlets=tuple(sorted({c.outlet for c in cs if c.outlet})),
            kinds=tuple(sorted(Counter((c.source_kind or "sources_said") if c.act is not None else "unattributed"
                                       for c in cs).items())),
            n_denials=r.stances.count("deny"), n_non_answers=r.stances.count("decline"),
            article_uids=tuple(sorted({c.article_uid for c in cs}))))
        interested_only = r.status == "contradicted" and any(
            "party the claim is about" in x for x in r.reasons)
        for c, s in zip(cs, r.stances):
            sid = c.source_id if c.act is not None else c.outlet_source_id  # own voice: the outlet
            if sid is not None and s == "support":
                # denied only by the party it is about, yet independently confirmed: it counts
                # for the sources as corroboration, and the denial does not count against them
                graded = "corroborated" if interested_only and len(r.support_origins) >= 2 else r.status
                per_source[sid].append((graded, interested_only))
    return Analysis(tuple(out), source_reliability(per_source), {"thresholds": asdict(th)})
