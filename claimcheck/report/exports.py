"""Exports, rendering side: CSV folder, JSON Lines, W3C PROV (PROV-JSON) and schema.org ClaimReview.

Input is plain data gathered by :mod:`claimcheck.store.export` (``table_rows`` for CSV,
``export_data`` for the rest); nothing here touches the database.

**PROV** (:func:`prov_document`): articles, claims, clusters and quoted statements are
entities; sources, outlets and intermediaries are agents; the analysis run is an activity.

- ``wasAttributedTo(article, outlet)``; ``wasAttributedTo(claim, source)``, or to the outlet
  when the claim is in the outlet's own voice;
- ``wasDerivedFrom(claim, article)``;
- ``wasQuotedFrom(claim, statement)`` for a direct quote, the statement being an entity of its
  own attributed to the source (what the source said, as opposed to what the article printed);
- ``wasInfluencedBy(claim, intermediary)`` for each link of the via chain ("cited by ...");
- ``hadMember(cluster, claim)``, ``used(run, claim)``, ``wasGeneratedBy(cluster, run)``.

**ClaimReview** (:func:`claimreview`): one JSON-LD object per cluster that carries a
reviewer's verdict. The reviewer judges a *flag* (a contradiction, or a claim resting on one
origin), not the truth of the claim, so ratings stay inside the scale and never reach its ends
(1 = false, 5 = confirmed by independent sources are left to the analyst):

=================  ==========================  =====  ===========================================
verdict            cluster status              value  alternateName
=================  ==========================  =====  ===========================================
confirmed          contradicted                2      Disputed: independent sources contradict it
confirmed          contradicted, denied only   3      Disputed only by a party to it
                   by a party the claim is
                   about
confirmed          single_source               3      Unverified: rests on a single source
confirmed          other                       3      Reviewed: flag confirmed
unclear            any                         3      Unclear: the reviewer could not decide
dismissed          any, >= 2 origins           4      Not disputed: the flag was dismissed
dismissed          any, < 2 origins            3      Unverified: the flag was dismissed
=================  ==========================  =====  ===========================================
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from claimcheck.report.safe import csv_writer

NAMESPACE = ("cc", "https://claimcheck.invalid/ns#")
SCALE = {"bestRating": 5, "worstRating": 1}


# ---------------------------------------------------------------- CSV

def _csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def export_csv(rows_by_table: Mapping[str, tuple[Sequence[str], Iterable[Sequence[Any]]]], folder: str,
               overwrite: bool = False) -> dict[str, int]:
    """One ``TABLE.csv`` per table (header row, then the rows; NULL as empty, booleans as 1/0,
    dates ISO) into ``folder``, created if needed. Returns ``{table: rows written}``."""
    from claimcheck.errors import UsageError

    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{folder!r}: is a file; a CSV export needs a folder")
    if not out.parent.is_dir():
        raise UsageError(f"{folder!r}: folder {str(out.parent)!r} does not exist")
    if not overwrite:
        clash = sorted(n for n in rows_by_table if (out / f"{n}.csv").exists())
        if clash:
            raise UsageError(f"{str(out / (clash[0] + '.csv'))!r} already exists (use --overwrite to replace it)")
    out.mkdir(exist_ok=True)
    counts: dict[str, int] = {}
    for name, (columns, rows) in rows_by_table.items():
        path = out / f"{name}.csv"
        tmp = out / f".{name}.csv.{os.getpid()}.tmp"
        n = 0
        try:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                w = csv_writer(fh)  # formula cells neutralised
                w.writerow(columns)
                for row in rows:
                    w.writerow([_csv_value(v) for v in row])
                    n += 1
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
        counts[name] = n
    return counts


# ---------------------------------------------------------------- JSON Lines

def jsonl_lines(data: Mapping[str, Any]) -> Iterable[str]:
    """One JSON object per cluster: the report row (status, grade, origins, sources, verdict) with
    its ``mentions`` (claim, sentence, attribution with via chain, article) and the run id."""
    run = (data.get("run") or {}).get("id")
    for c in data.get("clusters", []):
        yield json.dumps({**c, "run": run}, ensure_ascii=False)


def export_jsonl(data: Mapping[str, Any]) -> str:
    return "".join(line + "\n" for line in jsonl_lines(data))


# ---------------------------------------------------------------- PROV

def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]
    return f"{s}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}" if s else hashlib.sha1(
        text.encode("utf-8")).hexdigest()[:12]


def _prov_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    t = dt.datetime.fromisoformat(value)
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


_PERSON_TYPES = {"person"}
_ORG_TYPES = {"organisation", "organization", "outlet", "state", "group"}


def prov_document(data: Mapping[str, Any]):  # noqa: ANN201 - prov.model.ProvDocument
    """The latest analysis as a W3C PROV document (see the module docstring for the mapping)."""
    from prov.model import PROV, PROV_LABEL, PROV_LOCATION, PROV_TYPE, PROV_VALUE, XSD_DATE, Literal, ProvDocument

    doc = ProvDocument()
    cc = doc.add_namespace(*NAMESPACE)
    seen: set[str] = set()

    def once(key: str) -> bool:
        if key in seen:
            return False
        seen.add(key)
        return True

    def outlet_agent(name: str):  # noqa: ANN202
        q = cc[f"outlet/{_slug(name)}"]
        if once(str(q)):
            doc.agent(q, {PROV_TYPE: PROV["Organization"], PROV_LABEL: name, cc["role"]: "outlet"})
        return q

    run = data.get("run")
    run_q = None
    if run:
        run_q = cc[f"run/{run['id']}"]
        doc.activity(run_q, _prov_time(run.get("started_at")), _prov_time(run.get("finished_at")),
                     {PROV_TYPE: cc["Analysis"], PROV_LABEL: f"claimcheck analysis run {run['id']}",
                      cc["toolVersion"]: run.get("tool_version") or "",
                      cc["extractorVersion"]: run.get("extractor_version") or ""})
        tool = cc[f"software/claimcheck-{run.get('tool_version') or 'unknown'}"]
        doc.agent(tool, {PROV_TYPE: PROV["SoftwareAgent"], PROV_LABEL: f"claimcheck {run.get('tool_version')}"})
        doc.wasAssociatedWith(run_q, tool)

    for c in data.get("clusters", []):
        cq = cc[f"cluster/{c['cluster']}"]
        doc.entity(cq, {PROV_TYPE: PROV["Collection"], PROV_LABEL: c["claim"], cc["status"]: c["status"],
                        cc["credibility"]: int(c["credibility"]),
                        cc["independentOrigins"]: int(c["independent_origins"])})
        if run_q is not None:
            doc.wasGeneratedBy(cq, run_q)
        for m in c.get("mentions", []):
            art = m["article"]
            aq = cc[f"article/{art['id']}"]
            if once(str(aq)):
                attrs: dict[Any, Any] = {PROV_TYPE: cc["Article"], PROV_LABEL: art.get("title") or art["doc"],
                                         cc["doc"]: art["doc"]}
                if art.get("published"):
                    attrs[cc["published"]] = Literal(art["published"], XSD_DATE)
                if art.get("url"):
                    attrs[PROV_LOCATION] = art["url"]
                if art.get("outlet"):
                    attrs[cc["outlet"]] = art["outlet"]
                doc.entity(aq, attrs)
                if art.get("outlet"):
                    doc.wasAttributedTo(aq, outlet_agent(art["outlet"]))
            claim = m["claim"]
            kq = cc[f"claim/{claim['id']}"]
            if not once(str(kq)):
                doc.hadMember(cq, kq)
                continue
            doc.entity(kq, {PROV_TYPE: cc["Claim"], PROV_VALUE: claim["text"], cc["start"]: int(claim["start"]),
                            cc["end"]: int(claim["end"]), cc["polarity"]: claim["polarity"],
                            cc["modality"]: claim["modality"], cc["stance"]: m["stance"], cc["origin"]: m["origin"]})
            doc.wasDerivedFrom(kq, aq)
            doc.hadMember(cq, kq)
            if run_q is not None:
                doc.used(run_q, kq)
            att = m.get("attribution")
            src = att.get("source") if att else None
            if src is not None:
                sq = cc[f"source/{src.get('id') or _slug(src['text'])}"]
                if once(str(sq)):
                    sattrs: dict[Any, Any] = {PROV_LABEL: src.get("name") or src["text"], cc["kind"]: src["kind"] or ""}
                    if src.get("type") in _PERSON_TYPES:
                        sattrs[PROV_TYPE] = PROV["Person"]
                    elif src.get("type") in _ORG_TYPES:
                        sattrs[PROV_TYPE] = PROV["Organization"]
                    grade = (data.get("sources", {}).get(src.get("id") or "") or {}).get("grade")
                    if grade:
                        sattrs[cc["reliability"]] = grade
                    doc.agent(sq, sattrs)
                doc.wasAttributedTo(kq, sq, other_attributes={cc["act"]: att["cue"]["act"],
                                                              cc["cue"]: att["cue"]["text"]})
                if att.get("direct_quote"):
                    stq = cc[f"statement/{att['id']}"]
                    if once(str(stq)):
                        doc.entity(stq, {PROV_TYPE: cc["Statement"], PROV_LABEL: f"what {src['text']} said"})
                        doc.wasAttributedTo(stq, sq)
                    doc.wasQuotedFrom(kq, stq)
            elif art.get("outlet"):
                doc.wasAttributedTo(kq, outlet_agent(art["outlet"]), other_attributes={cc["voice"]: "own"})
            for pos, v in enumerate(att.get("via", []) if att else []):
                iq = cc[f"intermediary/{_slug(v['text'])}"]
                if once(str(iq)):
                    doc.agent(iq, {PROV_LABEL: v["text"], cc["role"]: "intermediary"})
                doc.wasInfluencedBy(kq, iq, other_attributes={cc["position"]: pos})
    return doc


def prov_json(data: Mapping[str, Any]) -> str:
    """PROV-JSON text; loads back with ``ProvDocument.deserialize(content=..., format="json")``."""
    return prov_document(data).serialize(format="json", indent=2) + "\n"


# ---------------------------------------------------------------- ClaimReview

# the reason code xref.grade stores with a contradicted cluster whose every denial comes from a
# party the claim is about (xref.grade.DENIED_ONLY_BY_PARTY; a report row's ``reason_codes``)
DENIED_ONLY_BY_PARTY = "denied_only_by_party"


def rating(verdict: str, status: str, independent_origins: int,
           reason_codes: Sequence[str] = ()) -> tuple[int, str]:
    """``(ratingValue, alternateName)`` on the 1-5 scale (the table in the module docstring);
    ``reason_codes`` are the cluster's stored status reason codes (``ReportRow.reason_codes``),
    so a denial only by a party the claim is about (``denied_only_by_party``) is never worded
    as independent sources contradicting it; the reasons in words are never read."""
    if verdict == "confirmed":
        if status == "contradicted":
            if DENIED_ONLY_BY_PARTY in reason_codes:
                return 3, "Disputed only by a party to it"
            return 2, "Disputed: independent sources contradict it"
        if status == "single_source":
            return 3, "Unverified: rests on a single source"
        return 3, "Reviewed: flag confirmed"
    if verdict == "dismissed":
        if independent_origins >= 2:
            return 4, "Not disputed: the flag was dismissed"
        return 3, "Unverified: the flag was dismissed"
    return 3, "Unclear: the reviewer could not decide"


_KIND_SUFFIX = {"anonymous": " (anonymous)", "sources_said": " (unspecified sources)"}


def _party(name: str, typ: str | None) -> dict[str, Any]:
    return {"@type": "Person" if typ in _PERSON_TYPES else "Organization", "name": name}


CLAIM_REVIEWED_MAX = 75  # Google: "less than 75 characters to minimize wrapping on a mobile device"


def _claim_item(c: Mapping[str, Any]) -> dict[str, Any]:
    """The ``itemReviewed`` Claim: the full claim text, who asserted it and where it appeared.

    schema.org's Claim: ``appearance`` is a CreativeWork the claim occurs in, ``firstAppearance``
    the first of them, ``datePublished`` when the claim was made (Google: "the date when the claim
    was made or entered public discourse").  So they come from the mentions that assert the claim
    (stance ``support``), never from a denial or a non-answer, whose article may be earlier or
    later than the claim: appearances by publication date (undated ones last, in mention order),
    ``firstAppearance`` the earliest, ``datePublished`` its date (left out when no assertion is
    dated).  The review's own date is the ClaimReview's ``datePublished`` (:func:`claimreview`)."""
    authors: list[dict[str, Any]] = []
    appearances: list[dict[str, Any]] = []
    seen_a: set[str] = set()
    seen_p: set[str] = set()
    for m in c.get("mentions", []):
        if m["stance"] != "support":
            continue
        src = (m.get("attribution") or {}).get("source")
        art = m["article"]
        if src:
            who = (src.get("name") or src["text"]) + _KIND_SUFFIX.get(src.get("kind") or "", "")
            typ = src.get("type")
        else:  # the outlet's own voice
            who, typ = art.get("outlet"), "outlet"
        if who and who not in seen_p:
            seen_p.add(who)
            authors.append(_party(who, typ))
        if art["id"] not in seen_a:
            seen_a.add(art["id"])
            work: dict[str, Any] = {"@type": "CreativeWork", "headline": art.get("title") or art["doc"]}
            if art.get("url"):
                work["url"] = art["url"]
            if art.get("published"):
                work["datePublished"] = art["published"]
            if art.get("outlet"):
                work["publisher"] = {"@type": "Organization", "name": art["outlet"]}
            appearances.append(work)
    # by date, undated last (a stable sort keeps the mention order among equals)
    appearances.sort(key=lambda w: (w.get("datePublished") is None, w.get("datePublished") or ""))
    item: dict[str, Any] = {"@type": "Claim", "text": c["claim"], "appearance": appearances}
    if appearances:
        item["firstAppearance"] = appearances[0]
    if authors:
        item["author"] = authors[0] if len(authors) == 1 else authors
    if appearances and appearances[0].get("datePublished"):
        item["datePublished"] = appearances[0]["datePublished"]
    return item


def claimreview(data: Mapping[str, Any], publisher: Any = None) -> list[dict[str, Any]]:
    """schema.org ClaimReview JSON-LD, one object per cluster with a reviewer verdict, in the
    shape Google's fact-check markup documents: ``url`` from ``publisher.review_url`` (a
    template with ``{cluster}``), ``author`` the publisher (``publisher.name``, ``publisher.url``,
    typed ``publisher.type``: Organization, or Person for one in their own name), the reviewer as ``contributor``, ``claimReviewed`` at most
    :data:`CLAIM_REVIEWED_MAX` characters (the full claim is ``itemReviewed.text``). Without a
    publisher the reviewer is the author and ``url`` is missing (Google requires it)."""
    from claimcheck.report.render import clip

    out = []
    for c in data.get("clusters", []):
        v = c.get("verdict")
        if not v:
            continue
        value, name = rating(v["verdict"], c["status"], int(c.get("independent_origins") or 0),
                             c.get("reason_codes") or ())
        reviewer = {"@type": "Person", "name": v["reviewer"]}
        review: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview", "identifier": c["cluster"]}
        if publisher is not None and publisher.review_url:
            review["url"] = publisher.review_url.replace("{cluster}", c["cluster"])
        review["claimReviewed"] = clip(c["claim"], CLAIM_REVIEWED_MAX)
        review["itemReviewed"] = _claim_item(c)
        review["reviewRating"] = {"@type": "Rating", "ratingValue": value, **SCALE, "alternateName": name,
                                  "name": name}
        if publisher is not None and publisher.name:
            review["author"] = {"@type": getattr(publisher, "type", None) or "Organization", "name": publisher.name}
            if publisher.url:
                review["author"]["url"] = publisher.url
            review["contributor"] = reviewer
        else:
            review["author"] = reviewer
        if v.get("at"):
            review["datePublished"] = v["at"][:10]
        if v.get("note"):
            review["reviewBody"] = v["note"]
        out.append(review)
    return out


def claimreview_json(data: Mapping[str, Any], publisher: Any = None) -> str:
    return json.dumps(claimreview(data, publisher), ensure_ascii=False, indent=2) + "\n"


def export_stream(fmt: str, data: Mapping[str, Any], publisher: Any = None) -> tuple[str, int, str]:
    """One of the single-text formats (``jsonl``, ``prov-json``, ``claimreview``) of
    :func:`claimcheck.store.export.export_data`'s ``data``: ``(text, how many, of what)`` for
    the one-line summary; ``publisher`` (an ``api.Publisher``) for ClaimReview. Raises
    ValueError for another format."""
    if fmt == "jsonl":
        return export_jsonl(data), len(data["clusters"]), "clusters"
    if fmt == "prov-json":
        return prov_json(data), len(data["clusters"]), "clusters as PROV"
    if fmt == "claimreview":
        reviews = claimreview(data, publisher)
        what = "ClaimReviews"
        if reviews and not (publisher is not None and publisher.review_url and publisher.name):
            what += " (without --review-url-template and --publisher they lack Google's url and publisher)"
        return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", len(reviews), what
    raise ValueError(f"not a single-text export format: {fmt!r}")


def write_text_file(out: str, text: str) -> None:
    """Write ``text`` (UTF-8) to the file ``out`` atomically: into a temporary file beside it,
    then renamed over it, so a reader never sees half an export."""
    p = Path(out)
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, p)
    finally:
        if tmp.exists():
            tmp.unlink()
