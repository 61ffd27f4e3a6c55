"""Writing and reading the store. Each article is written in one transaction by the caller."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from claimcheck.model import Extraction
from claimcheck.store.models import (
    Article,
    ArticleLine,
    ArticleMetadata,
    AttributionRow,
    ClaimRow,
    Run,
    SentenceRow,
    SourceRow,
    ViaRow,
)

_WORD = re.compile(r"\w+", re.UNICODE)


def uid(prefix: str, *parts: object) -> str:
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return prefix + h.hexdigest()[:20]


def norm_name(name: str) -> str:
    return " ".join(_WORD.findall(name.lower()))


def start_run(session: Session, kind: str, tool_version: str, extractor_version: str,
              settings: dict[str, Any]) -> int:
    run = Run(kind=kind, tool_version=tool_version, extractor_version=extractor_version,
              settings=json.dumps(settings, sort_keys=True, default=str))
    session.add(run)
    session.flush()
    return run.id


def finish_run(session: Session, run_id: int, status: str, summary: dict[str, Any]) -> None:
    session.execute(update(Run).where(Run.id == run_id).values(
        status=status, finished_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        summary=json.dumps(summary, sort_keys=True)))


def _source_id(session: Session, cache: dict[str, int], name: str, kind: str, typ: str) -> int:
    key = uid("s", kind, norm_name(name))
    if key in cache:
        return cache[key]
    found = session.execute(select(SourceRow.id).where(SourceRow.uid == key)).scalar()
    if found is None:
        found = session.execute(insert(SourceRow).values(uid=key, name=name.strip(), kind=kind, type=typ)
                                .returning(SourceRow.id)).scalar_one()
    cache[key] = found
    return found


def store_extraction(session: Session, ex: Extraction, run_id: int, extractor_version: str) -> str:
    """Store one analysed article. Returns what happened: ``ingested``, ``new_version``
    (the same document with changed text), ``reparsed`` (known text, new extractor version) or
    ``unchanged`` (nothing added)."""
    known = session.execute(
        select(Article.id, Article.doc_key, Article.is_current).where(Article.content_hash == ex.content_hash)).first()
    existing = known.id if known is not None else None
    reverted = False
    if known is not None and known.doc_key == ex.id and not known.is_current:
        # the file changed back to an earlier text: that version is current again
        session.execute(update(Article).where(Article.doc_key == ex.id, Article.is_current.is_(True))
                        .values(is_current=False))
        session.execute(update(Article).where(Article.id == existing).values(is_current=True))
        reverted = True
    if existing is not None:
        done = session.execute(select(AttributionRow.id).where(
            AttributionRow.article_id == existing,
            AttributionRow.extractor_version == extractor_version).limit(1)).scalar()
        parsed = done is not None or session.execute(select(ClaimRow.id).where(
            ClaimRow.article_id == existing, ClaimRow.extractor_version == extractor_version).limit(1)).scalar()
        if parsed or not (ex.attributions or ex.claims):
            return "new_version" if reverted else "unchanged"
        _store_parse(session, existing, ex, extractor_version)
        return "new_version" if reverted else "reparsed"

    prev = session.execute(select(Article.id, Article.version).where(
        Article.doc_key == ex.id, Article.is_current.is_(True)).order_by(Article.version.desc()).limit(1)).first()
    version, outcome = 1, "ingested"
    if prev is not None:
        version, outcome = prev.version + 1, "new_version"
        session.execute(update(Article).where(Article.id == prev.id).values(is_current=False))
    m = ex.meta
    pub = m.published_date()
    article_id = session.execute(insert(Article).values(
        uid=uid("a", ex.content_hash), content_hash=ex.content_hash, doc_key=ex.id, version=version,
        supersedes_id=prev.id if prev is not None else None, is_current=True, text=ex.text,
        encoding=ex.encoding,
        title=m.value("title"), outlet=m.value("outlet"), byline=m.value("byline"),
        published=pub, published_raw=m.published.raw if m.published else None,
        published_precision=m.published_precision, language=m.value("language"), url=m.value("url"),
        n_chars=len(ex.text), n_words=len(_WORD.findall(ex.text)), run_id=run_id,
    ).returning(Article.id)).scalar_one()

    meta_rows = []
    for name in ("title", "outlet", "byline", "published", "language", "url"):
        mv = getattr(m, name)
        if mv is None:
            continue
        val = mv.value.isoformat() if isinstance(mv.value, dt.date) else str(mv.value)
        meta_rows.append(dict(article_id=article_id, field=name, value=val, origin=mv.origin, raw=mv.raw,
                              start=mv.span[0] if mv.span else None, end=mv.span[1] if mv.span else None))
    if meta_rows:
        session.execute(insert(ArticleMetadata), meta_rows)
    if ex.lines:
        session.execute(insert(ArticleLine), [
            dict(article_id=article_id, idx=i, start=ln.start, end=ln.end, role=ln.role, reason=ln.reason or None)
            for i, ln in enumerate(ex.lines)])
    if ex.sentences:
        session.execute(insert(SentenceRow), [
            dict(article_id=article_id, idx=i, start=s.start, end=s.end, line_idx=s.paragraph,
                 boilerplate=s.boilerplate) for i, s in enumerate(ex.sentences)])
    _store_parse(session, article_id, ex, extractor_version)
    return outcome


def _store_parse(session: Session, article_id: int, ex: Extraction, extractor_version: str) -> None:
    cache: dict[str, int] = {}
    att_ids: list[int] = []
    via_rows = []
    for i, a in enumerate(ex.attributions):
        src = a.source
        source_id = None
        if src is not None and src.span is not None:
            name = src.actor or (src.resolved.text if src.resolved else src.span.text)
            source_id = _source_id(session, cache, name, src.kind, src.type)
        aid = session.execute(insert(AttributionRow).values(
            uid=uid("t", ex.content_hash, extractor_version, i), article_id=article_id,
            extractor_version=extractor_version, idx=i, sentence_idx=a.sentence, source_id=source_id,
            source_text=src.span.text if src and src.span else None,
            source_start=src.span.start if src and src.span else None,
            source_end=src.span.end if src and src.span else None,
            source_kind=src.kind if src else None, source_type=src.type if src else None,
            descriptor=src.descriptor.text if src and src.descriptor else None,
            resolved_text=src.resolved.text if src and src.resolved else None,
            resolved_start=src.resolved.start if src and src.resolved else None,
            resolved_end=src.resolved.end if src and src.resolved else None,
            cue_text=a.cue.text, cue_start=a.cue.start, cue_end=a.cue.end, act=a.act,
            content_text=a.content.text, content_start=a.content.start, content_end=a.content.end,
            content_fragments=json.dumps([[f.start, f.end] for f in a.content_fragments]) if a.content_fragments else None,
            direct_quote=a.direct_quote,
        ).returning(AttributionRow.id)).scalar_one()
        att_ids.append(aid)
        via_rows.extend(dict(attribution_id=aid, position=k, text=v.text, start=v.start, end=v.end)
                        for k, v in enumerate(a.via))
    if via_rows:
        session.execute(insert(ViaRow), via_rows)
    if ex.claims:
        session.execute(insert(ClaimRow), [dict(
            uid=uid("c", ex.content_hash, extractor_version, i), article_id=article_id,
            extractor_version=extractor_version, idx=i,
            attribution_id=att_ids[c.attribution] if c.attribution is not None else None,
            sentence_idx=c.sentence, text=c.span.text, start=c.span.start, end=c.span.end,
            actors=json.dumps(list(c.actors)), action=c.action, polarity=c.polarity, modality=c.modality,
            refers_to=c.refers_to, refers_to_raw=c.refers_to_raw, reverses_idx=c.reverses)
            for i, c in enumerate(ex.claims)])
