"""Origins: who a mention ultimately rests on.

A named source is its actor (two outlets quoting one minister are one origin); an unnamed source
is its description, behind the outlet it was cited through if any ("sources cited by Y" → Y's
sources); a "sources said" mention is the intermediary it came through, else the outlet that
printed it; the outlet's own voice is the outlet.  An unattributed mention in an article whose
attributed mention is in the same cluster takes that origin (a headline summarising the article's
own sources adds nothing), and near-identical sentences in different articles (wire copy) share
the earliest one's origin.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from claimcheck.model import ClaimRecord

_WORD = re.compile(r"\w+")


def _norm(s: str | None) -> str:
    return " ".join(_WORD.findall((s or "").lower()))


def origin_of(c: ClaimRecord, actor_key: Callable[[str], str | None]) -> str:
    """The origin key of one mention on its own ("named:<actor>", "anonymous:<via>:<desc>",
    "reports:<...>", "outlet:<...>" or "article:<uid>")."""
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


def trace_origins(claims: Sequence[ClaimRecord], members: list[int], stances: list[str],
                  actor_key: Callable[[str], str | None], wire_copy: float) -> list[str]:
    """The origin key of each member of one cluster (parallel to ``members``), after folding:
    an article's own voice restating its sources, shorter unnamed descriptions in one article,
    wire copies across articles.  ``stances`` is parallel to ``members``; ``wire_copy`` is a
    rapidfuzz ratio (0–100)."""
    cs = [claims[i] for i in members]
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
    return origins


def origin_label(origin: str, c: ClaimRecord) -> str:
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
