"""Status of a user's claim from the evidence sentences found for it (``claimcheck check``)."""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"\w+")
CLOSE = 0.75  # evidence within this share of the best relatedness decides the cluster


def _origin(e: dict[str, Any]) -> str:
    src = e.get("source")
    if src and (src.get("name") or src.get("text")):
        return f"{src.get('kind')}:{' '.join(_WORD.findall((src.get('name') or src['text']).lower()))}"
    return f"outlet:{(e['article'].get('outlet') or e['article']['id']).lower()}"


def status_for(evidence: list[dict[str, Any]], clusters: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The status as in ``report``: that of the cluster the evidence sentences belong to most
    (weighted by how closely each addresses the claim), with its origins and grade; judged
    from the evidence alone only when no evidence sentence carries a clustered claim."""
    weight: dict[str, float] = {}
    top = max((e["score"] for e in evidence), default=0.0)
    for e in evidence:
        if e["score"] < CLOSE * top:
            continue  # only the sentences that address the claim most closely choose the cluster
        for uid in e.get("clusters") or ():
            weight[uid] = weight.get(uid, 0.0) + e["score"]
    supporting = [e for e in evidence if e["stance"] == "corroborate"
                  or (e["stance"] == "observe" and e.get("source"))]
    against = [e for e in evidence if e["stance"] == "contradict"]
    out: dict[str, Any] = {"origins_for": sorted({_origin(e) for e in supporting}),
                           "origins_against": sorted({_origin(e) for e in against})}
    best = max(sorted(weight), key=lambda u: weight[u]) if weight else None
    if best is not None and best in clusters:
        c = clusters[best]
        out.update(status=c["status"], cluster=best, independent_origins=c["independent_origins"],
                   credibility=c["credibility"], reasons=c["reasons"])
        return out
    if supporting and against:
        status = "contradicted"
    elif len(out["origins_for"]) >= 2:
        status = "corroborated"
    elif supporting:
        status = "single_source" if supporting[0].get("source") else "unattributed"
    elif against:
        status = "contradicted"
    else:
        status = "single_source" if any(e.get("source") for e in evidence) else "unattributed"
    out.update(status=status, independent_origins=len(out["origins_for"]))
    return out
