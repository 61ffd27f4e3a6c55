"""``report --actor NAME``: which clusters of the latest analysis are about an actor.

A cluster's ``actors`` column holds at most eight actors' canonical names, and a claim names an
actor under any of its aliases, so matching the name against that column and the canonical
text alone misses clusters about the actor (the new user's finding, stop 20).  The rule:

1. ``NAME`` stands for the actors with an alias whose normalised form (``repo.norm_name``) is
   ``NAME``'s; if none, those with an alias that holds ``NAME``'s normalised words as whole
   words ("Lind" → the actor aliased "Marta Elin Lind"; "UN" is no part of "United
   Arab Emirates"); if none again, those with an alias that is ``NAME``'s last words ("Gen.
   Novak" → "Novak": a title the aliases lack); else ``NAME`` alone.
   An actor's own canonical name counts as one of its aliases (a gazetteer actor read only
   through a metonym, "Paris said", has no alias "France" of its own: src26).
2. A cluster is kept when one of those actors is among its actors, or when one of its member
   claims names one of them (a claim's actors, compared by normalised form) or rests on one of
   them (its source is the actor, or its source's name names it: "UN officials"), or when its
   canonical text or the text of one of its member claims names ``NAME`` or one of those
   actors' aliases: an acronym as a whole word in its case ("UN", never "until"), any other
   name at the start of a word, case aside ("Ruritania" in "Ruritanian forces", "Novak's").
   An alias other than ``NAME`` itself right after a ``locative`` preposition of ``places.toml``
   ("Talks were held in | Strelsau") names where something happened, not the actor: a capital
   stands for its government only as agent, source or recipient (src26).

``NAME`` is a literal: no pattern ("%" and "[" are characters).  The SQL prefilter (substrings,
both dialects) is broad; :func:`match_actor` decides exactly, per cluster.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from claimcheck.store.models import Actor, ActorAlias, AttributionRow, ClaimRow, Cluster, ClusterMember, SourceRow
from claimcheck.store.repo import latest_run_id, norm_name


@dataclass(frozen=True)
class ActorMatch:
    """What ``--actor NAME`` stands for: ``names`` (the canonical names of its actors),
    ``aliases`` (every alias of them, and ``NAME``), and ``uids``, the clusters of the latest
    analysis about them."""

    query: str
    names: frozenset[str]
    aliases: frozenset[str]
    uids: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[int] = field(default_factory=frozenset)  # the actors' ids

    def __iter__(self):  # noqa: ANN204 - the names, as the set this replaced gave them
        return iter(sorted(self.names | {self.query}))


def _words(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")


_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")


def _text_pattern(aliases: frozenset[str]) -> re.Pattern[str]:
    """Where a text names one of ``aliases``: an acronym ("UN", "U.S.") as a whole word in its
    case ("until" is no "UN"); any other alias at the start of a word, case aside ("Ruritania"
    in "Ruritanian", "Novak" in "Novak's")."""
    alts = sorted({" ".join(a.split()) for a in aliases if a.strip()}, key=lambda a: (-len(a), a))
    return re.compile("|".join(rf"(?<!\w){re.escape(a)}(?!\w)" if _ACRONYM.match(a) else
                               rf"(?<!\w)(?i:{re.escape(a)})" for a in alts) or "(?!)")


def _located(aliases: frozenset[str], query: str) -> Any:  # noqa: ANN401 - Callable[[str, re.Match], bool]
    """``located(text, m)``: is the match ``m`` of an alias other than ``query`` a place right after a
    ``locative`` preposition (``places.toml``, :mod:`claimcheck.parse.claims.place`)?"""
    others = {a.casefold() for a in aliases} - {query.casefold()}
    if not others:
        return lambda text, m: False
    from claimcheck.lexicons import load_lexicons
    from claimcheck.parse.claims.place import place_rules

    loc = place_rules(load_lexicons()).locative
    if loc is None:
        return lambda text, m: False
    return lambda text, m: m.group(0).casefold() in others and loc.search(text, max(0, m.start() - 40), m.start()) is not None


def _names_in(text: str, pattern: re.Pattern[str], located: Any) -> bool:  # noqa: ANN401
    """Does ``text`` name one of the aliases of ``pattern`` other than as where something happened?"""
    return any(not located(text, m) for m in pattern.finditer(text or ""))


def resolve_actor(session: Session, actor: str) -> ActorMatch:
    """``actor`` as the actors it stands for (rule 1 of the module docstring), no clusters yet."""
    key = norm_name(actor)
    rows = session.execute(select(ActorAlias.actor_id, ActorAlias.alias, ActorAlias.norm)).all() if key else []
    ids = {aid for aid, _, n in rows if n == key}
    if key:  # the actor's own name, even when none of its mentions is written so (src26)
        ids |= {aid for aid, name in session.execute(select(Actor.id, Actor.name)).all() if norm_name(name) == key}
    if not ids and key:
        inside = _words(key)
        ids = {aid for aid, _, n in rows if inside.search(n or "")}
    words = key.split()
    while not ids and len(words) > 1:  # a title or given name the aliases lack: "Gen. Novak" → "Novak"
        words = words[1:]
        ids = {aid for aid, _, n in rows if n == " ".join(words)}
    names = frozenset(session.execute(select(Actor.name).where(Actor.id.in_(sorted(ids)))).scalars()) if ids else frozenset()
    aliases = frozenset({actor} | {a for aid, a, _ in rows if aid in ids} | names)
    return ActorMatch(actor, names, aliases, ids=frozenset(ids))


def sql_prefilter(match: ActorMatch) -> Any:
    """A SQL condition on the clusters table that every cluster :func:`match_actor` keeps meets
    (substrings: broad, decided per cluster afterwards)."""
    t = Cluster.__table__
    members = (select(ClusterMember.cluster_id).join(ClaimRow, ClaimRow.id == ClusterMember.claim_id)
               .where(or_(*(c.icontains(a, autoescape=True) for a in sorted(match.aliases)
                            for c in (ClaimRow.text, ClaimRow.actors)))))
    return or_(*(t.c.actors.icontains(n, autoescape=True) for n in sorted(match.names | {match.query})),
               *(t.c.canonical.icontains(a, autoescape=True) for a in sorted(match.aliases)),
               t.c.id.in_(members), t.c.id.in_(_by_source(match).with_only_columns(ClusterMember.cluster_id)))


def _by_source(match: ActorMatch) -> Any:
    """The members whose claim's source is one of the actors, or is named by one of the aliases
    (substrings: a prefilter), as ``(cluster id, source name, source actor id)``."""
    cond = [SourceRow.name.icontains(a, autoescape=True) for a in sorted(match.aliases)]
    if match.ids:
        cond.append(SourceRow.actor_id.in_(sorted(match.ids)))
    return (select(ClusterMember.cluster_id, SourceRow.name, SourceRow.actor_id)
            .join(ClaimRow, ClaimRow.id == ClusterMember.claim_id)
            .join(AttributionRow, AttributionRow.id == ClaimRow.attribution_id)
            .join(SourceRow, SourceRow.id == AttributionRow.source_id)
            .where(or_(*cond)))


def match_actor(session: Session, actor: str) -> ActorMatch:
    """:func:`resolve_actor` with ``uids``: the clusters of the latest analysis about the actor
    (rule 2 of the module docstring)."""
    m = resolve_actor(session, actor)
    run = latest_run_id(session)
    if run is None:
        return m
    t = Cluster.__table__
    text = _text_pattern(m.aliases)
    located = _located(m.aliases, actor)
    folded = {norm_name(a) for a in m.aliases} - {""}
    names = m.names
    uids: set[str] = set()
    for uid, canonical, actors in session.execute(
            select(t.c.uid, t.c.canonical, t.c.actors).where(t.c.run_id == run, sql_prefilter(m))):
        if names.intersection(json.loads(actors or "[]")) or _names_in(canonical or "", text, located):
            uids.add(uid)
    q = (select(t.c.uid, ClaimRow.text, ClaimRow.actors).join(ClusterMember, ClusterMember.cluster_id == t.c.id)
         .join(ClaimRow, ClaimRow.id == ClusterMember.claim_id)
         .where(t.c.run_id == run, or_(*(c.icontains(a, autoescape=True) for a in sorted(m.aliases)
                                          for c in (ClaimRow.text, ClaimRow.actors)))))
    for uid, claim_text, claim_actors in session.execute(q):
        if uid in uids:
            continue
        if _names_in(claim_text or "", text, located) or \
                folded.intersection(norm_name(a) for a in json.loads(claim_actors or "[]")):
            uids.add(uid)
    src = _by_source(m).subquery()
    for uid, name, actor_id in session.execute(
            select(t.c.uid, src.c.name, src.c.actor_id).join(src, src.c.cluster_id == t.c.id).where(t.c.run_id == run)):
        if uid not in uids and (actor_id in m.ids or text.search(name or "")):
            uids.add(uid)
    return ActorMatch(m.query, m.names, m.aliases, frozenset(uids), m.ids)
