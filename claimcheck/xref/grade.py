"""Origins, statuses and Admiralty grades of clusters, and reliability of sources.

Origins: who a mention ultimately rests on.  A named source is its actor (two outlets quoting
one minister are one origin); an unnamed source is its description, behind the outlet it was
cited through if any ("sources cited by Y" → Y's sources); a "sources said" mention is the
intermediary it came through, else the outlet that printed it; the outlet's own voice is the
outlet.  An unattributed mention in an article whose attributed mention is in the same cluster
takes that origin (a headline summarising the article's own sources adds nothing), and
near-identical sentences in different articles (wire copy) share the earliest one's origin.

Credibility of information (1–6) and reliability of sources (A–F) follow the Admiralty code;
every grade carries its reasons in words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from claimcheck.model import ClaimRecord

_WORD = re.compile(r"\w+")

STATUSES = ("contradicted", "corroborated", "single_source", "unattributed")
CREDIBILITY = {1: "confirmed by independent sources", 2: "probably true", 3: "possibly true",
               4: "doubtful", 5: "improbable", 6: "cannot be judged"}
RELIABILITY = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
               "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}


def _norm(s: str | None) -> str:
    return " ".join(_WORD.findall((s or "").lower()))


def stance_of(c: ClaimRecord) -> str:
    """support, deny (a denial or the opposite polarity) or decline (no comment / no response)."""
    if c.act == "decline":
        return "decline"
    if c.act == "deny" or c.polarity == "negative":
        return "deny"
    return "support"


def origin_of(c: ClaimRecord, actor_key: Callable[[str], str | None]) -> str:
    outlet = f"outlet:{actor_key(c.outlet) or _norm(c.outlet)}" if c.outlet else f"article:{c.article_uid}"
    via = [actor_key(v) or _norm(v) for v in c.via]
    if c.act is None:
        return outlet
    if c.source_kind is None:  # "it was reported that …": reports behind the outlet
        return f"reports:{outlet}"
    if c.source_kind == "named":
        key = actor_key(c.source_name or "") or _norm(c.source_name)
        return f"named:{key}"
    if c.source_kind == "anonymous":
        # an unnamed source is known only by its description and by who cited it first
        return f"anonymous:{via[0] if via else outlet.split(':', 1)[1]}:{_norm(c.source_name)}"
    return f"reports:{via[0]}" if via else f"reports:{outlet}"


@dataclass
class ClusterResult:
    members: list[int]  # indices into the claims
    stances: list[str]
    origins: list[str]
    status: str = ""
    credibility: int = 6
    reasons: list[str] = field(default_factory=list)
    support_origins: list[str] = field(default_factory=list)
    deny_origins: list[str] = field(default_factory=list)
    decline_origins: list[str] = field(default_factory=list)


def _wire_copy_origins(claims: Sequence[ClaimRecord], members: list[int], origins: list[str],
                       threshold: float) -> None:
    """A sentence (nearly) identical to an earlier one of another article is a copy of it and
    takes its origin. Each sentence is normalised once; exact copies are found by lookup,
    near copies by one rapidfuzz search over the distinct earlier sentences."""
    from rapidfuzz import fuzz, process

    order = sorted(range(len(members)), key=lambda k: (
        claims[members[k]].published.toordinal() if claims[members[k]].published else 10**7,
        claims[members[k]].claim_uid))
    first: dict[str, int] = {}
    distinct: list[str] = []
    distinct_k: list[int] = []
    for k in order:
        c = claims[members[k]]
        norm = _norm(c.sentence_text)
        k0 = first.get(norm)
        if k0 is None and distinct:
            hit = process.extractOne(norm, distinct, scorer=fuzz.ratio, score_cutoff=threshold)
            if hit is not None:
                k0 = distinct_k[hit[2]]
        if k0 is not None and claims[members[k0]].article_id != c.article_id:
            origins[k] = origins[k0]
        if norm not in first:
            first[norm] = k
            distinct.append(norm)
            distinct_k.append(k)


def _same_unnamed_in_article(cs: Sequence[ClaimRecord], origins: list[str]) -> None:
    """In one article, "officials" and "U.S. officials" on the same claim are one unnamed
    origin: a description contained in another's is the same source, named again more briefly."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for k, o in enumerate(origins):
        if o.startswith("anonymous:"):
            by_article[cs[k].article_id].append(k)
    for ks in by_article.values():
        for k in ks:
            words = set(origins[k].rsplit(":", 1)[1].split())
            for k2 in ks:
                other = set(origins[k2].rsplit(":", 1)[1].split())
                if k2 != k and words < other:
                    origins[k] = origins[k2]
                    break


def assess(claims: Sequence[ClaimRecord], members: list[int],
           actor_key: Callable[[str], str | None], wire_copy: float) -> ClusterResult:
    cs = [claims[i] for i in members]
    stances = [stance_of(c) for c in cs]
    origins = [origin_of(c, actor_key) for c in cs]
    # an article's own voice restating what its sources said rests on those sources
    attributed_in_article: dict[int, str] = {}
    for c, o, s in zip(cs, origins, stances):
        if c.act is not None and s == "support":
            attributed_in_article.setdefault(c.article_id, o)
    for k, c in enumerate(cs):
        if c.act is None and c.article_id in attributed_in_article:
            origins[k] = attributed_in_article[c.article_id]
    _same_unnamed_in_article(cs, origins)
    if len({c.article_id for c in cs}) > 1:
        _wire_copy_origins(claims, members, origins, wire_copy)
    r = ClusterResult(members, stances, origins)
    r.support_origins = sorted({o for o, s in zip(origins, stances) if s == "support"})
    r.deny_origins = sorted({o for o, s in zip(origins, stances) if s == "deny"})
    r.decline_origins = sorted({o for o, s in zip(origins, stances) if s == "decline"})
    claim_actors = {actor_key(a) for c in cs for a in c.actors} - {None}
    labels: dict[str, str] = {}
    for c, o in zip(cs, origins):
        labels.setdefault(o, _label(o, c))
    _status_and_grade(r, cs, claim_actors, labels)
    return r


def _label(origin: str, c: ClaimRecord) -> str:
    """An origin in words, from the first mention that has it: names, not keys."""
    kind = origin.partition(":")[0]
    name = " ".join((c.source_name or "").split())
    where = f"via {c.via[0]}" if c.via else (f"in {c.outlet}" if c.outlet else "in an article without outlet")
    if kind == "named":
        return f"{name} (named)"
    if kind == "anonymous":
        return f"{name} (unnamed, {where})"
    if kind == "reports":
        return f"reports {where}"
    if kind == "outlet":
        return f"{c.outlet} (own voice)"
    return "an article's own voice (no outlet known)"


def _interested(origin: str, claim_actors: set[str]) -> bool:
    kind, _, rest = origin.partition(":")
    return kind == "named" and rest in claim_actors


def _status_and_grade(r: ClusterResult, cs: list[ClaimRecord], claim_actors: set[str],
                      labels: dict[str, str]) -> None:
    def _describe(origin: str) -> str:
        return labels.get(origin, origin)

    sup, den = r.support_origins, r.deny_origins
    reasons = r.reasons
    reversed_ = any(c.reverses_claim_id is not None for c in cs)
    attributed = [o for o in sup if not o.startswith(("outlet:", "article:"))]
    if sup and den:
        r.status = "contradicted"
        interested = [o for o in den if _interested(o, claim_actors)]
        reasons.append(f"asserted by {len(sup)} origin(s): {', '.join(map(_describe, sup))}")
        reasons.append(f"denied or reported otherwise by {len(den)} origin(s): {', '.join(map(_describe, den))}")
        if reversed_:
            reasons.append("a later report reverses an earlier one")
        if interested and len(interested) == len(den):
            r.credibility = 6 if len(sup) < 2 else 3
            reasons.append("the denial comes from a party the claim is about: a signal of its own, "
                           "not independent evidence against it")
        else:
            r.credibility = 5
    elif len(sup) >= 2:
        r.status = "corroborated"
        named = [o for o in sup if o.startswith("named:")]
        r.credibility = 1 if named and len(sup) - len([o for o in sup if _interested(o, claim_actors)]) >= 1 else 2
        if len(sup) >= 3 and not named:
            r.credibility = 2
        reasons.append(f"{len(sup)} independent origins: {', '.join(map(_describe, sup))}")
        if r.credibility == 1:
            reasons.append("at least one origin is a named, on-record source")
        else:
            reasons.append("no named, on-record source among them")
    elif attributed:
        r.status = "single_source"
        o = attributed[0]
        reasons.append(f"rests on one origin: {_describe(o)}")
        if o.startswith("named:"):
            r.credibility = 3
            reasons.append("a named source, not confirmed by an independent one")
        else:
            r.credibility = 4
            reasons.append("an unnamed or vague source, not confirmed by an independent one")
        n_articles = len({c.article_id for c in cs})
        if n_articles > 1:
            reasons.append(f"repeated in {n_articles} articles, which does not make it independent")
    elif sup:
        r.status = "unattributed"
        r.credibility = 6
        reasons.append(f"stated only in the outlet's own voice ({', '.join(map(_describe, sup))}); no source given")
    else:
        # only declines, or only denials: nothing asserts it
        r.status = "single_source" if den else "unattributed"
        r.credibility = 6
        reasons.append("only denials or non-answers, nothing asserting it" if den
                       else "only non-answers, nothing asserting it")
    if r.decline_origins:
        reasons.append(f"no comment or no response from: {', '.join(map(_describe, r.decline_origins))} "
                       "(neither a denial nor a confirmation)")


def source_reliability(per_source: dict[int, list[tuple[str, bool]]]) -> dict[int, tuple[str, list[str], tuple[int, int, int]]]:
    """Grade A–F per source from its clusters: (status, was the contradiction only an
    interested party's denial).  F while there is no basis."""
    out = {}
    for sid, items in per_source.items():
        corr = sum(1 for s, _ in items if s == "corroborated")
        contra = sum(1 for s, interested in items if s == "contradicted" and not interested)
        contra_int = sum(1 for _, interested in items if interested)
        single = sum(1 for s, _ in items if s == "single_source")
        reasons = [f"{corr} claim(s) corroborated by independent origins, {contra} contradicted, "
                   f"{single} resting on it alone"]
        if contra_int:
            reasons.append(f"{contra_int} denied only by a party the claim is about (not counted against it)")
        if corr + contra == 0:
            grade = "F"
            reasons.append("no basis yet: nothing it said has been checked against an independent origin")
        elif contra == 0:
            grade = "A" if corr >= 5 else "B" if corr >= 2 else "C"
        elif corr > 2 * contra:
            grade = "C"
        elif corr >= contra:
            grade = "D"
        else:
            grade = "E"
        reasons.insert(0, RELIABILITY[grade])
        out[sid] = (grade, reasons, (corr, contra, single))
    return out
