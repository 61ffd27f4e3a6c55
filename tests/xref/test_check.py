"""The status ``claimcheck check`` gives a user's claim, from ``claimcheck.xref.check.status_for``
on evidence built by hand (the shape ``api.check`` hands it: one dict per evidence sentence with
its stance, score, attribution and the uids of the clusters with a claim in it).

Each test cites the rule it checks, from ``claimcheck/xref/check.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimcheck.xref.check import CLOSE, status_for


def ev(stance: str, score: float = 0.8, *, source: tuple[str, str] | None = None,
       clusters: tuple[str, ...] = (), outlet: str | None = "Harbour Times", article: str = "a1") -> dict[str, Any]:
    """One evidence sentence; ``source`` is (kind, name) of the attribution it lies in, if any."""
    src = None if source is None else {"text": source[1], "name": source[1], "kind": source[0],
                                       "cue": "said", "act": "assert"}
    return {"article": {"id": article, "title": "A title", "outlet": outlet, "published": "2024-03-01"},
            "sentence": "A sentence.", "start": 0, "end": 11, "stance": stance, "score": score,
            "source": src, "reason": "", "clusters": list(clusters)}


def cluster(uid: str, status: str, origins: int = 1, credibility: int = 3) -> dict[str, Any]:
    """A report row of the latest analysis, as far as ``status_for`` reads it."""
    return {"cluster": uid, "status": status, "independent_origins": origins, "credibility": credibility,
            "reasons": [f"reasons of {uid}"], "claim": "a claim"}


CLUSTERS = {"kA": cluster("kA", "corroborated", 2, 1), "kB": cluster("kB", "contradicted", 1, 6)}


def test_no_evidence_is_unattributed_with_no_origins() -> None:
    """Rule: judged from the evidence alone when no evidence sentence carries a clustered claim;
    with no evidence at all, nothing asserts it and nothing is sourced.  (``api.check`` reports
    ``no_evidence`` itself and does not call ``status_for`` then.)"""
    assert status_for([], CLUSTERS) == {"origins_for": [], "origins_against": [], "status": "unattributed",
                                        "independent_origins": 0}


def test_the_status_is_that_of_the_cluster_the_evidence_belongs_to() -> None:
    """Rule: the status, origins and grade of the cluster the evidence sentences belong to, as in
    ``report``, even when the evidence alone would say otherwise."""
    out = status_for([ev("corroborate", 0.9, clusters=("kB",))], CLUSTERS)
    assert out == {"origins_for": ["outlet:harbour times"], "origins_against": [], "status": "contradicted",
                   "cluster": "kB", "independent_origins": 1, "credibility": 6, "reasons": ["reasons of kB"]}


def test_the_cluster_is_chosen_by_weight_among_the_closest_evidence_only() -> None:
    """Rule: only sentences scoring at least CLOSE x the best score choose the cluster, each
    weighted by its score: kB's 0.5 sentence is below 0.75 x 1.0, so kA (1.0) beats kB (0.8)."""
    evidence = [ev("corroborate", 1.0, clusters=("kA",)),
                ev("corroborate", 0.8, clusters=("kB",)),
                ev("corroborate", 0.5, clusters=("kB",))]
    assert CLOSE == 0.75
    assert status_for(evidence, CLUSTERS)["cluster"] == "kA"
    # with the third sentence close enough, kB's weight (0.8 + 0.76) wins
    evidence[2]["score"] = 0.76
    assert status_for(evidence, CLUSTERS)["cluster"] == "kB"


def test_a_tie_goes_to_the_first_cluster_uid() -> None:
    """Rule: ties between clusters are broken by uid order, so the answer is deterministic."""
    evidence = [ev("corroborate", 0.9, clusters=("kB",)), ev("corroborate", 0.9, clusters=("kA",))]
    assert status_for(evidence, CLUSTERS)["cluster"] == "kA"


def test_a_cluster_missing_from_the_report_does_not_decide() -> None:
    """Rule: a cluster uid that is not among the report's clusters does not decide; the status is
    judged from the evidence alone."""
    out = status_for([ev("corroborate", 0.9, source=("named", "Jane Minister"), clusters=("kGone",))], CLUSTERS)
    assert out == {"origins_for": ["named:jane minister"], "origins_against": [], "status": "single_source",
                   "independent_origins": 1}


@pytest.mark.parametrize("evidence, status, origins_for, origins_against", [
    # two supporting origins
    ([ev("corroborate", source=("named", "Jane Minister")),
      ev("corroborate", source=("anonymous", "port officials"), article="a2", outlet="Northern Ledger")],
     "corroborated", ["anonymous:port officials", "named:jane minister"], []),
    # the same source twice is one origin
    ([ev("corroborate", source=("named", "Jane Minister")),
      ev("corroborate", source=("named", "Jane  MINISTER"), article="a2", outlet="Northern Ledger")],
     "single_source", ["named:jane minister"], []),
    # an outlet's own voice: its outlet, else its article
    ([ev("corroborate")], "unattributed", ["outlet:harbour times"], []),
    ([ev("corroborate", outlet=None, article="a9")], "unattributed", ["outlet:a9"], []),
    ([ev("corroborate"), ev("corroborate", article="a2", outlet="Northern Ledger")],
     "corroborated", ["outlet:harbour times", "outlet:northern ledger"], []),
    # an attributed observation supports it; an unattributed one does not
    ([ev("observe", source=("named", "Jane Minister"))], "single_source", ["named:jane minister"], []),
    ([ev("observe")], "unattributed", [], []),
    # evidence for and against
    ([ev("corroborate", source=("named", "Jane Minister")), ev("contradict", source=("named", "Diego Fuentes"))],
     "contradicted", ["named:jane minister"], ["named:diego fuentes"]),
    # only evidence against
    ([ev("contradict", source=("named", "Diego Fuentes"))], "contradicted", [], ["named:diego fuentes"]),
])
def test_status_from_the_evidence_alone(evidence: list[dict[str, Any]], status: str, origins_for: list[str],
                                        origins_against: list[str]) -> None:
    """Rule: without a deciding cluster, supporting and contradicting evidence -> contradicted;
    two or more supporting origins -> corroborated; one -> single_source when it is attributed,
    else unattributed; only contradicting evidence -> contradicted.  Supporting evidence is a
    corroborating sentence or an attributed observation; origins are the source's kind and
    normalised name, or the outlet (else the article) for the outlet's own voice."""
    out = status_for(evidence, {})
    assert out == {"origins_for": origins_for, "origins_against": origins_against, "status": status,
                   "independent_origins": len(origins_for)}
