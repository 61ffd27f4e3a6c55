"""Claims that state the same thing, across articles: blocking, comparison, union-find.

Candidates are narrowed first: two claims are compared only when they share an actor and an
action class (or, without an action class, two actors), and within a large block only between
neighbours in time; so the cost grows with the corpus, not its square.  The comparison is the
Dice coefficient of the claims' stemmed content words, each actor mention replaced by its actor
key (so "Qaddafi" and "Gaddafi" are the same word); event-like action classes (meetings,
strikes) must also refer to dates within their window.  Thresholds live in ``xref.toml`` and
``actions.toml``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons
from claimcheck.model import ClaimRecord
from claimcheck.text.tokens import LETTER_OR_DIGIT_RUN, STOP_CLUSTER, light_stem


@dataclass(frozen=True, slots=True)
class Thresholds:
    same_action: float
    no_action: float
    wire_copy: float
    max_block: int
    window: int


def thresholds(lexicons: Lexicons) -> Thresholds:
    """The ``match`` thresholds of ``xref.toml`` (a user file's entry does not replace it:
    the first ``match`` entry wins, as before)."""
    e = next(x for x in lexicons["xref"] if x["id"] == "match")
    return Thresholds(e["same_action"], e["no_action"], e["wire_copy"], e["max_block"], e["window"])


def event_windows(lexicons: Lexicons) -> dict[str, int]:
    """Days within which two claims of an event-like action class can be the same event."""
    return {e["id"]: e["window_days"] for e in lexicons["actions"] if e.get("window_days")}


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


CONTAIN_MIN = 4  # words a claim needs before containment counts (short ones match too easily)
CONTAIN_WEIGHT = 0.8


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice, or (weighted) containment of the shorter claim in the longer one: a headline that
    restates a long body sentence is the same claim although Dice is low.  Two claims that both
    give numbers and share none of them state different things ("sent 12 drones" / "sent 300
    drones"): 0."""
    na = {w for w in a if w.isdigit()}
    nb = {w for w in b if w.isdigit()}
    if na and nb and not na & nb:
        return 0.0
    d = dice(a, b)
    small = min(len(a), len(b))
    if small < CONTAIN_MIN:
        return d
    return max(d, CONTAIN_WEIGHT * len(a & b) / small)


def claim_day(c: ClaimRecord) -> int | None:
    """The day a claim refers to (mid-month / mid-year for coarser dates), else its article's."""
    import datetime as dt

    r = c.refers_to
    try:
        if r and len(r) == 10:
            return dt.date.fromisoformat(r).toordinal()
        if r and len(r) == 7:
            return dt.date(int(r[:4]), int(r[5:7]), 15).toordinal()
        if r and len(r) == 4:
            return dt.date(int(r), 7, 1).toordinal()
    except ValueError:
        pass
    return c.published.toordinal() if c.published else None


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                self.parent[rb] = ra
            else:
                self.parent[ra] = rb


def normalise(text: str, actor_mentions: Sequence[tuple[str, str]]) -> list[str]:
    """Stemmed content words, lower-cased; each actor mention becomes one token ``@key``."""
    low = text.lower()
    keys = []
    for mention, key in sorted(actor_mentions, key=lambda m: -len(m[0])):
        if mention:
            low = low.replace(mention.lower(), " ")
            keys.append("@" + key)  # also an actor not named in the span (the agent of "X plans to …")
    return [light_stem(w) for w in LETTER_OR_DIGIT_RUN.findall(low) if w not in STOP_CLUSTER] + sorted(set(keys))


def cluster_claims(claims: Sequence[ClaimRecord], actor_keys: Callable[[str], Sequence[str]],
                   lexicons: Lexicons) -> list[list[int]]:
    """Groups of indices into ``claims`` that state the same thing (deterministic order).

    Claims with the same words, actors and action (and, for event-like actions, the same day)
    are united at once and only one of them enters the candidate blocks; a block larger than
    ``max_block`` is compared by its time-sorted neighbourhood of ``window`` claims."""
    th = thresholds(lexicons)
    windows = event_windows(lexicons)
    n = len(claims)
    uf = UnionFind(n)
    by_id = {c.claim_id: i for i, c in enumerate(claims)}
    features: dict[tuple, tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]] = {}
    keys: list[tuple[str, ...]] = []
    bags: list[frozenset[str]] = []
    days: list[int | None] = []
    reps: dict[tuple, int] = {}
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        fkey = (c.text, c.actors, c.action)
        f = features.get(fkey)
        if f is None:
            pairs = [(m, k) for m in c.actors for k in actor_keys(m)[:1]]
            extra = [k for m in c.actors for k in actor_keys(m)[1:]]
            norm = tuple(normalise(c.text, pairs))
            bag = frozenset(norm) | {"@" + k for k in extra} | ({"#" + c.action} if c.action else frozenset())
            f = features[fkey] = (tuple(sorted({k for _, k in pairs} | set(extra))), bag, norm)
        keys.append(f[0])
        bags.append(f[1])
        day = claim_day(c)
        days.append(day)
        if c.reverses_claim_id is not None and c.reverses_claim_id in by_id:
            uf.union(i, by_id[c.reverses_claim_id])
        dkey = (f[1], c.action, f[0], day if c.action in windows else None)
        if dkey in reps:  # the same claim again (wire copy, repetition): one representative
            uf.union(reps[dkey], i)
            continue
        reps[dkey] = i
        ks = f[0]
        if c.action:
            for k in ks:
                blocks[(c.action, k)].append(i)
        elif len(ks) >= 2:
            for a in range(len(ks)):
                for b in range(a + 1, min(len(ks), a + 4)):
                    blocks[("~", ks[a], ks[b])].append(i)
        elif f[2]:
            blocks[("=", *f[2])].append(i)

    def order(i: int) -> tuple:
        c = claims[i]
        return (c.published.toordinal() if c.published else 0, c.claim_uid)

    for key, members in blocks.items():
        if len(members) < 2:
            continue
        if key[0] == "=":
            for j in members[1:]:
                uf.union(members[0], j)
            continue
        limit = th.same_action if key[0] != "~" else th.no_action
        w = windows.get(key[0])
        members = sorted(members, key=order)
        reach = len(members) if len(members) <= th.max_block else th.window
        for a in range(len(members)):
            i = members[a]
            for b in range(a + 1, min(len(members), a + 1 + reach)):
                j = members[b]
                if w is not None and days[i] is not None and days[j] is not None and abs(days[i] - days[j]) > w:
                    continue
                if uf.find(i) == uf.find(j):
                    continue
                if similarity(bags[i], bags[j]) >= limit:
                    uf.union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    out = [sorted(g, key=lambda i: claims[i].claim_uid) for g in groups.values()]
    out.sort(key=lambda g: claims[g[0]].claim_uid)
    return out
