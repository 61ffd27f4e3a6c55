"""Status of a user's claim from the evidence sentences found for it (``claimcheck check``)."""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"\w+")


def _origin(e: dict[str, Any]) -> str:
    src = e.get("source")
    if src and src.get("text"):
        return f"{src.get('kind')}:{' '.join(_WORD.findall(src['text'].lower()))}"
    return f"outlet:{(e['article'].get('outlet') or e['article']['id']).lower()}"


def status_for(claim: str, evidence: list[dict[str, Any]], clusters: list[dict[str, Any]]) -> dict[str, Any]:
    """The status as in ``report``: taken from the cluster that holds the best evidence
    sentences when there is one, else judged from the evidence itself."""
    from rapidfuzz import fuzz

    supporting = [e for e in evidence if e["stance"] == "corroborate"
                  or (e["stance"] == "observe" and e.get("source"))]
    against = [e for e in evidence if e["stance"] == "contradict"]
    origins_for = sorted({_origin(e) for e in supporting})
    origins_against = sorted({_origin(e) for e in against})
    best, best_score = None, 0.0
    for c in clusters:
        score = fuzz.token_set_ratio(claim.lower(), c["claim"].lower())
        if score > best_score:
            best, best_score = c, score
    out: dict[str, Any] = {"origins_for": origins_for, "origins_against": origins_against}
    if supporting and against:
        status = "contradicted"
    elif len(origins_for) >= 2:
        status = "corroborated"
    elif supporting:
        status = "single_source" if supporting[0].get("source") else "unattributed"
    elif against:
        status = "contradicted"
    else:
        status = "single_source" if any(e.get("source") for e in evidence) else "unattributed"
    out["status"] = status
    if best is not None and best_score >= 80:
        out["cluster"] = best["cluster"]
        out["cluster_status"] = best["status"]
        out["independent_origins"] = best["independent_origins"]
        out["credibility"] = best["credibility"]
    else:
        out["independent_origins"] = len(origins_for)
    return out
