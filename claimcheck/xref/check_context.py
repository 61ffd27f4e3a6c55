"""``check``'s evidence beyond one sentence: a contrary finding announced by the sentence before
a unit, and the members of ``report``'s cluster that a unit stating the query belongs to.

Pure functions over what :func:`claimcheck.api.check` reads (:mod:`claimcheck.store.search`);
the rest of ``check`` is in :mod:`claimcheck.xref.check`.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.lexicons import Lexicons
from claimcheck.model import ArticleText, ClaimRecord
from claimcheck.xref.check import _FLIP, Judged, Proposition, _keys
from claimcheck.xref.stance import find_cues

SAME_CLAIM = 0.6  # coverage from which a unit that is a cluster member brings its cluster's other members

FORWARD_REFUTATIONS = ("opposite-finding",)  # stance.toml entries that announce the next sentence's finding


def refuted_in_context(prop: Proposition, records: Sequence[ClaimRecord], judged: Sequence[Judged],
                       articles: Sequence[ArticleText], lexicons: Lexicons) -> list[Judged]:
    """``judged`` with the stance of a unit in the outlet's own voice turned against the claim
    when the sentence before it in its article announces a contrary finding ("But recent studies
    are proving just the opposite." then "They show that … is better …": the
    :data:`FORWARD_REFUTATIONS` entries of ``stance.toml``) and holds none of the query's words
    (it points to the next sentence, not to a topic of its own).  A unit already against, a
    non-answer and an attributed unit keep their stance; for a negative query the result is
    flipped as every stance is."""
    sentences = {a.article_id: a.sentences for a in articles}
    out = list(judged)
    for i, (r, j) in enumerate(zip(records, judged)):
        before = _FLIP.get(j.stance, j.stance) if prop.negative else j.stance
        if r.act is not None or before not in ("for", "observe"):
            continue
        sents = sentences.get(r.article_id, ())
        at = next((n for n, t in enumerate(sents) if t == r.sentence_text), None)
        if not at:
            continue
        prev = sents[at - 1]
        hit = next((h for h in find_cues(prev, ("hoax",), lexicons=lexicons) if h.id in FORWARD_REFUTATIONS), None)
        if hit is None or _keys(prev, lexicons) & prop.prepared.keys:
            continue
        stance = "for" if prop.negative else "against"
        reason = f"the sentence before it says the contrary ({hit.text!r})"
        out[i] = Judged(stance, reason + ("; the claim says the opposite" if prop.negative else ""), j.coverage)
    return out


# a member's stance in report's cluster → its side (a party's admission is for the claim, a denial
# it took back against it: xref.grade.party_turns)
_CLUSTER_SIDE = {"support": "support", "reverse": "support", "deny": "deny", "decline": "decline",
                 "admission": "support", "withdrawn": "deny", "unverified": "decline"}


def cluster_evidence(records: Sequence[ClaimRecord], judged: Sequence[Judged],
                     siblings: dict[int, tuple[str, list[tuple[int, str]]]]) -> dict[int, Judged]:
    """Evidence that ``report`` counts for the same claim: a unit that states the query (stance
    for or against, coverage ≥ ``SAME_CLAIM``) and is a member of a cluster brings the other
    members of its cluster (``siblings``: claim id → (its stance in the cluster, [(member id,
    stance)])), which the cross-referencing found to state the same thing in other words.  A
    member on the anchor's side of the cluster takes the anchor's stance, one on the other side
    the opposite, a non-answer stays one.  Returns member claim id → its judgement, for the
    members not among ``records`` already (``check`` and ``report`` then count the same
    mentions: issue 10 item 3)."""
    have = {r.claim_id for r in records}
    out: dict[int, Judged] = {}
    for r, j in sorted(zip(records, judged), key=lambda rj: -rj[1].coverage):
        if j.stance not in _FLIP or j.coverage < SAME_CLAIM or r.claim_id not in siblings:
            continue
        side, members = siblings[r.claim_id]
        for cid, stance in members:
            if cid in have or cid in out:
                continue
            theirs, mine = _CLUSTER_SIDE.get(stance, "support"), _CLUSTER_SIDE.get(side, "support")
            if theirs == "decline":
                st = "decline"
            else:
                st = j.stance if theirs == mine or mine == "decline" else _FLIP[j.stance]
            out[cid] = Judged(st, f"the same claim as {r.text[:60]!r} (one cluster in the report)", j.coverage)
    return out
